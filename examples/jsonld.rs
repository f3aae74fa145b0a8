//! A registry's events as schema.org JSON-LD (one `@graph`), for a centre's website to embed in
//! a `<script type="application/ld+json">` element so that search engines show them.
//!
//! ```text
//! cargo run --example jsonld                          # the sample's events, JSON
//! cargo run --example jsonld -- --html                # the same inside a <script> element
//! cargo run --example jsonld -- --input registry.json --out events.jsonld
//! ```
//!
//! Options:
//! - `--input FILE`: a dataset document (`.json`) or JSON Lines (`.jsonl`); default: the
//!   embedded sample;
//! - `--html`: write the `<script type="application/ld+json">` element, ready to paste;
//! - `--out FILE`: the file to write (atomically); default: stdout.
//!
//! Speakers appear by name and post only: no СНИЛС, phone or e-mail of a person is written.
//! Bad input ends the program with the validation report on stderr and exit code 1.

use std::path::PathBuf;
use std::process::ExitCode;

mod common;

use social_services::io::jsonld;

struct Args {
    input: Option<PathBuf>,
    html: bool,
    out: Option<PathBuf>,
}

const HELP: &str = "usage: jsonld [--input FILE] [--html] [--out FILE]";

fn parse_args() -> Result<Option<Args>, String> {
    let mut args = Args {
        input: None,
        html: false,
        out: None,
    };
    let go = common::parse_flags(HELP, |flag, value| {
        match flag {
            "--input" => args.input = Some(value.get()?.into()),
            "--html" => args.html = true,
            "--out" => args.out = Some(value.get()?.into()),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(go.then_some(args))
}

fn run() -> Result<(), String> {
    let Some(args) = parse_args()? else {
        return Ok(());
    };
    let registry = common::load(args.input.as_deref())?;
    let graph = jsonld::events(&registry);
    let text = if args.html {
        jsonld::script(&graph)
    } else {
        let mut text = jsonld::to_string_pretty(&graph);
        text.push('\n');
        text
    };
    common::output(args.out.as_deref(), &text)
}

fn main() -> ExitCode {
    common::exit(run())
}
