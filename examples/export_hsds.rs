//! A registry as Open Referral HSDS 3.x JSON (the tabular shape: one array per HSDS object
//! kind), for directories and referral tools that read HSDS. Needs the `hsds` feature.
//!
//! ```text
//! cargo run --features hsds --example export_hsds                         # the sample, to stdout
//! cargo run --features hsds --example export_hsds -- registry.json --out hsds.json
//! cargo run --features hsds --example export_hsds -- --input registry.jsonl --out hsds.json
//! ```
//!
//! Options:
//! - `FILE` or `--input FILE`: a dataset document (`.json`) or JSON Lines (`.jsonl`); default:
//!   the embedded sample;
//! - `--out FILE`: the file to write (atomically: an interrupted run leaves an old file whole);
//!   default: stdout.
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
}

const HELP: &str = "usage: export_hsds [FILE | --input FILE] [--out FILE]";

fn parse_args() -> Result<Option<Args>, String> {
    let mut args = Args {
        input: None,
        out: None,
    };
    let go = common::parse_flags(HELP, |flag, value| {
        match flag {
            "--input" => args.input = Some(value.get()?.into()),
            "--out" => args.out = Some(value.get()?.into()),
            other if other.starts_with('-') => return Ok(false),
            path if args.input.is_none() => args.input = Some(path.into()),
            extra => return Err(format!("a second input {extra:?}\n{HELP}")),
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
    let export = hsds::export(&registry);
    let text = hsds::to_string_pretty(&export.data);
    common::output(args.out.as_deref(), &text)?;
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
