//! The network report: institutions, family MFCs, service points, staff, events, programmes
//! and training, from the crate's embedded sample data or from your own files.
//!
//! ```text
//! cargo run --example report                                  # Markdown to stdout, sample data
//! cargo run --example report -- --region 71 --format html --out tula.html
//! cargo run --example report -- --input registry.json --date 2024-12-31 --format csv --out tables/
//! ```
//!
//! Options:
//! - `--input FILE`: a dataset document (`.json`) or JSON Lines (`.jsonl`); default: the sample;
//! - `--region CODE|NAME`: one federal subject (`71`, `Тульская область`); default: all;
//! - `--date YYYY-MM-DD`: the day service points and posts are counted on; default: the last
//!   day of the latest event in the data;
//! - `--format md|html|csv|json`: default `md`;
//! - `--out PATH`: a file (for `csv`: a directory, one file per table); default: stdout.
//!
//! Bad input ends the program with the validation report on stderr and exit code 1.

use std::path::PathBuf;
use std::process::ExitCode;

mod common;

use common::Format;

use social_services::{NetworkReportOptions, RegionCode, network_report};

struct Args {
    input: Option<PathBuf>,
    region: Option<RegionCode>,
    date: Option<chrono::NaiveDate>,
    format: Format,
    out: Option<PathBuf>,
}

const HELP: &str = "usage: report [--input FILE] [--region CODE|NAME] [--date YYYY-MM-DD] [--format md|html|csv|json] [--out PATH]";

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        input: None,
        region: None,
        date: None,
        format: Format::Markdown,
        out: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--input" => args.input = Some(value()?.into()),
            "--region" => {
                args.region = Some(value()?.parse().map_err(|e| format!("--region: {e}"))?);
            }
            "--date" => args.date = Some(value()?.parse().map_err(|e| format!("--date: {e}"))?),
            "--format" => args.format = Format::parse(&value()?)?,
            "--out" => args.out = Some(value()?.into()),
            "-h" | "--help" => return Err(HELP.to_owned()),
            other => return Err(format!("unknown option {other:?}\n{HELP}")),
        }
    }
    Ok(args)
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let registry = common::load(args.input.as_deref())?;
    for warning in registry.warnings().warnings() {
        eprintln!("{warning}");
    }
    let date = args
        .date
        .or_else(|| NetworkReportOptions::default_date(&registry))
        .ok_or("the data has no events to take a date from: give --date")?;
    let options = NetworkReportOptions {
        date,
        region: args.region,
    };
    let report = network_report(&registry, &options).map_err(|e| e.to_string())?;
    common::emit(&report, args.format, args.out, "report-csv")
}

fn main() -> ExitCode {
    common::exit(run())
}
