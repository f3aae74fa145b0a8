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

use social_services::{
    NetworkReportOptions, RegionCode, Registry, ValidationOptions, network_report,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Markdown,
    Html,
    Csv,
    Json,
}

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
            "--format" => {
                args.format = match value()?.as_str() {
                    "md" | "markdown" => Format::Markdown,
                    "html" => Format::Html,
                    "csv" => Format::Csv,
                    "json" => Format::Json,
                    other => {
                        return Err(format!(
                            "--format: unknown format {other:?}, expected md, html, csv or json"
                        ));
                    }
                }
            }
            "--out" => args.out = Some(value()?.into()),
            "-h" | "--help" => return Err(HELP.to_owned()),
            other => return Err(format!("unknown option {other:?}\n{HELP}")),
        }
    }
    Ok(args)
}

fn load(input: Option<&PathBuf>) -> Result<Registry, String> {
    let Some(path) = input else {
        return Ok(social_services::sample::registry());
    };
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let options = ValidationOptions::default();
    let loaded = if path.extension().is_some_and(|e| e == "jsonl") {
        social_services::io::jsonl::read_dataset(text.as_bytes())
            .map_err(|e| e.to_string())
            .and_then(|dataset| {
                Registry::with_options(dataset, &options).map_err(|r| r.to_string())
            })
    } else {
        social_services::io::json::load(&text, &options).map_err(|report| report.to_string())
    };
    loaded.map_err(|message| format!("{} is not a valid registry:\n{message}", path.display()))
}

/// Writes a file atomically: an interrupted run leaves the old file whole.
fn write(path: &PathBuf, text: &str) -> Result<(), String> {
    social_services::io::atomic::write_file(path, |out| out.write_all(text.as_bytes()))
        .map_err(|e: std::io::Error| format!("cannot write {}: {e}", path.display()))
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let registry = load(args.input.as_ref())?;
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
    let text = match args.format {
        Format::Markdown => report.to_markdown(),
        Format::Html => report.to_html(),
        Format::Json => report.to_json(),
        Format::Csv => {
            let dir = args.out.unwrap_or_else(|| PathBuf::from("report-csv"));
            std::fs::create_dir_all(&dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            for file in report.to_csv_files() {
                let path = dir.join(&file.file_name);
                write(&path, &file.contents)?;
                eprintln!("{}: {}", path.display(), file.title);
            }
            return Ok(());
        }
    };
    if let Some(path) = args.out {
        write(&path, &text)
    } else {
        print!("{text}");
        Ok(())
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
