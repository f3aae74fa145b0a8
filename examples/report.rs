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
//! - `--out PATH`: a file (for `csv`: a directory, one file per table); default: stdout;
//! - `--excel`: with `--format csv`, files for a spreadsheet in a Russian locale (UTF-8 with a
//!   byte-order mark, `;` between fields, decimal commas);
//! - `--warnings`: list the data's warnings on stderr instead of one summary line.
//!
//! Bad input ends the program with the validation report on stderr and exit code 1.

use std::path::PathBuf;
use std::process::ExitCode;

mod common;

use common::Format;

use social_services::{NetworkReportOptions, network_report, values::RegionCode};

struct Args {
    input: Option<PathBuf>,
    region: Option<RegionCode>,
    date: Option<chrono::NaiveDate>,
    format: Format,
    out: Option<PathBuf>,
    excel: bool,
    list_warnings: bool,
}

const HELP: &str = "usage: report [--input FILE] [--region CODE|NAME] [--date YYYY-MM-DD] [--format md|html|csv|json] [--excel] [--out PATH] [--warnings]";

fn parse_args() -> Result<Option<Args>, String> {
    let mut args = Args {
        input: None,
        region: None,
        date: None,
        format: Format::Markdown,
        out: None,
        excel: false,
        list_warnings: false,
    };
    let go = common::parse_flags(HELP, |flag, value| {
        match flag {
            "--input" => args.input = Some(value.get()?.into()),
            "--region" => {
                args.region = Some(value.get()?.parse().map_err(|e| format!("--region: {e}"))?);
            }
            "--date" => args.date = Some(value.get()?.parse().map_err(|e| format!("--date: {e}"))?),
            "--format" => args.format = Format::parse(&value.get()?)?,
            "--out" => args.out = Some(value.get()?.into()),
            "--excel" => args.excel = true,
            "--warnings" => args.list_warnings = true,
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
    common::warnings(&registry, args.list_warnings);
    let date = args
        .date
        .or_else(|| NetworkReportOptions::default_date(&registry))
        .ok_or("the data has no events to take a date from: give --date")?;
    let options = NetworkReportOptions {
        date,
        region: args.region,
    };
    let report = network_report(&registry, &options);
    common::emit(
        &report,
        args.format.excel(args.excel)?,
        args.out,
        "report-csv",
    )
}

fn main() -> ExitCode {
    common::exit(run())
}
