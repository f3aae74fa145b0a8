//! Counts an attendance file (JSON Lines or CSV, by extension) by region × institution kind
//! with the streaming aggregation, every field validated, and prints the table as CSV on
//! stdout and the time taken on stderr — the crate's side of `benches/compare/run.sh`.
//!
//! ```text
//! cargo run --release --all-features --example attendance -- target/synth/attendance.jsonl
//! cargo run --release --all-features --example attendance -- attendance.csv --sequential
//! cargo run --release --all-features --example attendance -- attendance.jsonl --load
//! ```
//!
//! By default the file is read with `par_aggregate_file` (each thread reads and parses its own
//! ranges); `--reader` uses `par_aggregate` (one reader, parallel parsing), `--sequential`
//! one thread, `--reference` the normal (serde / `csv` crate) path only on one thread;
//! `--load` reads the file into typed records in memory (`par_load_file`) and then times the
//! group-by on them. Without a file, the crate's two-row example file is counted.

use std::fs::File;
use std::process::ExitCode;

mod common;
use std::time::Instant;

use social_services::Vocabulary;
use social_services::aggregate::AttendanceByRegionKind;
use social_services::stream::{self, Format, StreamError};

#[derive(PartialEq)]
enum Mode {
    Parallel,
    ParallelReader,
    Sequential,
    Reference,
    Load,
}

fn count(
    path: Option<&str>,
    format: Format,
    mode: &Mode,
) -> Result<AttendanceByRegionKind, String> {
    let failed = |e: StreamError| format!("{}: {e}", path.unwrap_or("example"));
    let Some(path) = path else {
        return stream::par_aggregate(stream::EXAMPLE_CSV.as_bytes(), format).map_err(failed);
    };
    let start = Instant::now();
    let file = File::open(path).map_err(|e| format!("cannot open {path}: {e}"))?;
    let table = match mode {
        Mode::Parallel => stream::par_aggregate_file(path, format).map_err(failed)?,
        Mode::ParallelReader => stream::par_aggregate(file, format).map_err(failed)?,
        Mode::Sequential => stream::aggregate(file, format).map_err(failed)?,
        Mode::Reference => stream::reference_aggregate(file, format).map_err(failed)?,
        Mode::Load => {
            let records = stream::par_load_file(path, format).map_err(failed)?;
            let loaded = start.elapsed();
            // The group-by on loaded records, repeated for a stable figure.
            let runs = 20;
            let start = Instant::now();
            let mut table = AttendanceByRegionKind::default();
            for _ in 0..runs {
                table = records.par_by_region_kind();
            }
            let grouped = start.elapsed() / runs;
            eprintln!(
                "load_seconds {:.4}\ngroupby_seconds {:.6}\nrecords {}\nrecord_bytes {}",
                loaded.as_secs_f64(),
                grouped.as_secs_f64(),
                records.len(),
                std::mem::size_of::<stream::AttendanceRecord>()
            );
            return Ok(table);
        }
    };
    eprintln!(
        "seconds {:.4}\nrecords {}",
        start.elapsed().as_secs_f64(),
        table.total()
    );
    Ok(table)
}

fn run() -> Result<(), String> {
    let mut path = None;
    let mut mode = Mode::Parallel;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--sequential" => mode = Mode::Sequential,
            "--reader" => mode = Mode::ParallelReader,
            "--reference" => mode = Mode::Reference,
            "--load" => mode = Mode::Load,
            flag if flag.starts_with("--") => return Err(format!("unknown argument {flag:?}")),
            file => path = Some(file.to_owned()),
        }
    }
    let format = match &path {
        None => Format::Csv,
        Some(path) => path
            .rsplit_once('.')
            .and_then(|(_, extension)| Format::from_extension(extension))
            .ok_or(format!("{path}: expected a .jsonl, .ndjson or .csv file"))?,
    };
    let table = count(path.as_deref(), format, &mode)?;
    println!("region,institution_kind,count");
    for (region, kind, count) in table.cells() {
        println!("{region},{},{count}", kind.as_str());
    }
    Ok(())
}

fn main() -> ExitCode {
    common::exit(run())
}
