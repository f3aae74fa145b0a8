//! A registry as Open Referral HSDS 3.x, for directories and referral tools that read HSDS:
//! the HSDS Tabular Data Package (a CSV file per table and `datapackage.json`), or the crate's
//! own one-object JSON container (an array per HSDS object kind). Needs the `hsds` feature.
//!
//! ```text
//! cargo run --features hsds --example export_hsds                         # the sample, to stdout
//! cargo run --features hsds --example export_hsds -- registry.json --out hsds.json
//! cargo run --features hsds --example export_hsds -- --input registry.jsonl --out hsds.json
//! cargo run --features hsds --example export_hsds -- registry.json --package hsds/
//! cargo run --features hsds --example export_hsds -- registry.json --services services.json
//! ```
//!
//! Options:
//! - `FILE` or `--input FILE`: a dataset document (`.json`) or JSON Lines (`.jsonl`); default:
//!   the embedded sample;
//! - `--out FILE`: the file to write the JSON container to (atomically: an interrupted run
//!   leaves an old file whole); default: stdout;
//! - `--package DIR`: write the Tabular Data Package as the folder `DIR` instead (atomically:
//!   a fresh folder swapped for the old one);
//! - `--services FILE`: write dereferenced JSON instead: an array of full services, each as
//!   the HSDS API's `/services/{id}` returns it (organization and locations nested).
//!
//! What HSDS cannot hold (events, staff, training, statistics, plans …) is listed on stderr,
//! with counts. Bad input ends the program with the validation report on stderr and exit code 1.

use std::path::PathBuf;
use std::process::ExitCode;

mod common;

use social_services::io::hsds;

struct Args {
    input: Option<PathBuf>,
    out: Option<PathBuf>,
    package: Option<PathBuf>,
    services: Option<PathBuf>,
}

const HELP: &str =
    "usage: export_hsds [FILE | --input FILE] [--out FILE | --package DIR | --services FILE]";

fn parse_args() -> Result<Option<Args>, String> {
    let mut args = Args {
        input: None,
        out: None,
        package: None,
        services: None,
    };
    let go = common::parse_flags(HELP, |flag, value| {
        match flag {
            "--input" => args.input = Some(value.get()?.into()),
            "--out" => args.out = Some(value.get()?.into()),
            "--package" => args.package = Some(value.get()?.into()),
            "--services" => args.services = Some(value.get()?.into()),
            other if other.starts_with('-') => return Ok(false),
            path if args.input.is_none() => args.input = Some(path.into()),
            extra => return Err(format!("a second input {extra:?}\n{HELP}")),
        }
        Ok(true)
    })?;
    let outputs = [
        args.out.is_some(),
        args.package.is_some(),
        args.services.is_some(),
    ];
    if outputs.into_iter().filter(|&given| given).count() > 1 {
        return Err(format!(
            "--out, --package and --services exclude each other\n{HELP}"
        ));
    }
    Ok(go.then_some(args))
}

fn run() -> Result<(), String> {
    let Some(args) = parse_args()? else {
        return Ok(());
    };
    let registry = common::load(args.input.as_deref())?;
    let export = hsds::export(&registry);
    if let Some(dir) = &args.package {
        hsds::write_package(&export.data, dir)
            .map_err(|e| format!("cannot write the package {}: {e}", dir.display()))?;
        eprintln!("wrote the HSDS package to {}", dir.display());
    } else if let Some(path) = &args.services {
        let services = serde_json::Value::Array(hsds::services(&export.data));
        let mut text = serde_json::to_string_pretty(&services).map_err(|e| e.to_string())?;
        text.push('\n');
        common::output(Some(path), &text)?;
    } else {
        let text = hsds::to_string_pretty(&export.data);
        common::output(args.out.as_deref(), &text)?;
    }
    if !export.left_out.is_empty() {
        eprintln!("left out of the HSDS export (HSDS cannot hold them):");
        for left_out in &export.left_out {
            eprintln!("- {left_out}");
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    common::exit(run())
}
