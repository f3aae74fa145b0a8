//! The network's growth: family MFCs and regions covered at the end of each quarter (a column
//! chart in HTML), openings per year, each plan against the openings of its period, and the
//! families served.
//!
//! ```text
//! cargo run --example network_growth                          # Markdown, the embedded sample
//! cargo run --example network_growth -- --input data/published_network.json --until 2025-08-31
//! cargo run --example network_growth -- --input data/published_network.json --until 2025-08-31 --format html --out growth.html
//! cargo run --example network_growth -- --input registry.jsonl --region 71 --until 2025-06-30
//! ```
//!
//! The sample (the two seed news items) gives no opening dates, plans or statistics, and the
//! report says so. `data/published_network.json` holds published national totals as stated
//! figures, country rows and plans (21 centres in 8 regions by April 2023, 55 opened in 2023, a
//! plan of 57 for 2024, 144 centres in 55 regions by August 2025, families served), without
//! centres: no source at hand names them.
//!
//! Options:
//! - `--input FILE`: a dataset document (`.json`) or JSON Lines (`.jsonl`); default: the sample;
//! - `--region CODE|NAME`: one federal subject; default: the whole network;
//! - `--until YYYY-MM-DD`: the last day of the series; default: the last day of the latest
//!   opening or closing date in the data (or of the latest event when there is none);
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

use chrono::NaiveDate;
use social_services::{NetworkReportOptions, Registry, report::growth_report, values::RegionCode};

struct Args {
    input: Option<PathBuf>,
    region: Option<RegionCode>,
    until: Option<NaiveDate>,
    format: Format,
    out: Option<PathBuf>,
    excel: bool,
    list_warnings: bool,
}

const HELP: &str = "usage: network_growth [--input FILE] [--region CODE|NAME] [--until YYYY-MM-DD] [--format md|html|csv|json] [--excel] [--out PATH] [--warnings]";

fn parse_args() -> Result<Option<Args>, String> {
    let mut args = Args {
        input: None,
        region: None,
        until: None,
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
            "--until" => {
                args.until = Some(value.get()?.parse().map_err(|e| format!("--until: {e}"))?);
            }
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

/// The last day of the latest opening or closing date of an institution or department (of the
/// date a bound names, for a bound).
fn latest_change(registry: &Registry) -> Option<NaiveDate> {
    registry
        .institutions()
        .flat_map(|i| {
            let own = [i.opened, i.closed];
            let departments = i.departments.iter().flat_map(|d| [d.opened, d.closed]);
            own.into_iter().chain(departments)
        })
        .flatten()
        .map(|date| date.date().last_day())
        .max()
}

fn run() -> Result<(), String> {
    let Some(args) = parse_args()? else {
        return Ok(());
    };
    let registry = common::load(args.input.as_deref())?;
    common::warnings(&registry, args.list_warnings);
    let until = args
        .until
        .or_else(|| latest_change(&registry))
        .or_else(|| NetworkReportOptions::default_date(&registry))
        .ok_or("the data has no dates to end the series on: give --until")?;
    let options = NetworkReportOptions {
        date: until,
        region: args.region,
    };
    let report = growth_report(&registry, &options);
    if args.input.is_none() {
        eprintln!(
            "the embedded sample states no opening dates, plans or statistics; \
             try --input data/published_network.json"
        );
    }
    common::emit(
        &report,
        args.format.excel(args.excel)?,
        args.out,
        "growth-csv",
    )
}

fn main() -> ExitCode {
    common::exit(run())
}
