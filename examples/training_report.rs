//! A training site's output as a self-contained HTML page with bar charts: trained
//! specialists per site (as stated and as counted), per year with the running total, and per
//! home region — the crate's `training_report`, written as HTML. A figure neither a source
//! nor a record gives is «—» or «нет данных», never a zero.
//!
//! ```text
//! cargo run --example training_report                      # HTML to stdout, sample data
//! cargo run --example training_report -- --out training.html
//! cargo run --example training_report -- --input registry.json --out training.html
//! ```
//!
//! Bad input ends the program with the validation report on stderr and exit code 1.

use std::process::ExitCode;

mod common;

use social_services::report::training_report;

const HELP: &str = "usage: training_report [--input FILE] [--out FILE] [--warnings]";

fn run() -> Result<(), String> {
    let (mut input, mut out, mut list_warnings) = (None, None, false);
    let go = common::parse_flags(HELP, |flag, value| {
        match flag {
            "--input" => input = Some(value.get()?),
            "--out" => out = Some(value.get()?),
            "--warnings" => list_warnings = true,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    if !go {
        return Ok(());
    }
    let registry = common::load(input.as_deref().map(std::path::Path::new))?;
    common::warnings(&registry, list_warnings);
    let html = training_report(&registry).to_html();
    common::output(out.as_deref().map(std::path::Path::new), &html)
}

fn main() -> ExitCode {
    common::exit(run())
}
