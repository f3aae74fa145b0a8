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
//!
//! `--write-layouts DIR` instead reads the file and writes its rows again in every
//! [`stream::Layout`] (`DIR/jsonl-python.jsonl`, `DIR/csv-spreadsheet.csv` …), with
//! `DIR/names.csv` pairing each region name and kind label written with its code and canonical
//! name, so that another tool's table of a layout can be checked against the crate's.

use std::fs::File;
use std::path::Path;
use std::process::ExitCode;

mod common;
use std::time::Instant;

use social_services::aggregate::AttendanceByRegionKind;
use social_services::records::Vocabulary;
use social_services::stream::{self, Format, Layout, StreamError};
use social_services::{records::InstitutionKind, values::RegionCode};

/// Writes the rows of `path` in every layout into `dir`, and `dir/names.csv`.
fn write_layouts(path: &str, format: Format, dir: &Path) -> Result<(), String> {
    let table = stream::par_load_file(path, format)
        .map_err(|e| format!("{path}: {}", social_services::io::Chain(&e)))?;
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    // Each layout's file is written atomically, one after the other (a killed run leaves no
    // cut file).
    let mut line = Vec::new();
    for layout in Layout::ALL {
        let file = dir.join(layout.file_name());
        social_services::io::atomic::write_file(&file, |out| {
            let mut header = Vec::new();
            layout.write_header(&mut header);
            out.write_all(&header)?;
            for index in 0..table.len() {
                line.clear();
                layout.write_row(&table.row(index), &mut line);
                out.write_all(&line)?;
            }
            Ok::<(), std::io::Error>(())
        })
        .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    }
    let mut names = vec!["field,text,canonical".to_owned()];
    names.extend(
        RegionCode::all().map(|region| format!("region,{},{region}", region.subject().name())),
    );
    names.extend(
        InstitutionKind::known()
            .iter()
            .map(|kind| format!("institution_kind,{},{}", kind.label_ru(), kind.as_str())),
    );
    let names = names.join("\n") + "\n";
    common::write(&dir.join("names.csv"), &names)?;
    eprintln!(
        "wrote {} rows in {} layouts to {}",
        table.len(),
        Layout::ALL.len(),
        dir.display()
    );
    Ok(())
}

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
    let failed = |e: StreamError| {
        let chain = social_services::io::Chain(&e);
        format!("{}: {chain}", path.unwrap_or("example"))
    };
    let Some(path) = path else {
        return stream::par_aggregate(stream::EXAMPLE_CSV.as_bytes(), format).map_err(failed);
    };
    let start = Instant::now();
    // The file is opened once, by the reader of the mode: a FIFO gives its rows to one open.
    let open = || File::open(path).map_err(|e| format!("cannot open {path}: {e}"));
    let table = match mode {
        Mode::Parallel => stream::par_aggregate_file(path, format).map_err(failed)?,
        Mode::ParallelReader => stream::par_aggregate(open()?, format).map_err(failed)?,
        Mode::Sequential => stream::aggregate(open()?, format).map_err(failed)?,
        Mode::Reference => stream::reference_aggregate(open()?, format).map_err(failed)?,
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

const HELP: &str = "usage: attendance [FILE.jsonl|FILE.csv] [--sequential|--reader|--reference|--load] [--write-layouts DIR]";

fn run() -> Result<(), String> {
    let mut path = None;
    let mut mode = Mode::Parallel;
    let mut layouts = None;
    let go = common::parse_flags(HELP, |flag, value| {
        match flag {
            "--write-layouts" => layouts = Some(value.get()?),
            "--sequential" => mode = Mode::Sequential,
            "--reader" => mode = Mode::ParallelReader,
            "--reference" => mode = Mode::Reference,
            "--load" => mode = Mode::Load,
            flag if flag.starts_with('-') => return Ok(false),
            file if path.is_none() => path = Some(file.to_owned()),
            extra => return Err(format!("a second file {extra:?}\n{HELP}")),
        }
        Ok(true)
    })?;
    if !go {
        return Ok(());
    }
    let format = match &path {
        None => Format::Csv,
        Some(path) => path
            .rsplit_once('.')
            .and_then(|(_, extension)| Format::from_extension(extension))
            .ok_or(format!("{path}: expected a .jsonl, .ndjson or .csv file"))?,
    };
    if let Some(dir) = layouts {
        let path = path.ok_or("--write-layouts needs a file to read")?;
        return write_layouts(&path, format, Path::new(&dir));
    }
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
