//! Writes the tables of a generated national registry (the `synth` feature) as Parquet files
//! (the `arrow` feature), one per table, each written atomically, and prints the rows and
//! bytes of each file.
//!
//! ```text
//! cargo run --features arrow,synth --example export_parquet
//! cargo run --release --features arrow,synth --example export_parquet -- --scale 1 --out target/parquet
//! cargo run --release --features arrow,synth --example export_parquet -- --scale 0.01 --seed 7 --out data/
//! ```
//!
//! Files: `institutions.parquet`, `service_points.parquet`, `persons.parquet`,
//! `appointments.parquet`, `enrollments.parquet`, `services.parquet`,
//! `service_statistics.parquet`, `network_plans.parquet`, `attendance.parquet` (see
//! `social_services::io::arrow` for their columns). The default scale is 0.001; without
//! `--out` the files are written to a temporary directory, summarised, read back and checked
//! against the generated records, and the directory is removed.

use social_services::io::Chain;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

mod common;

use social_services::io::arrow::{Table, export, parquet};
use social_services::stream::AttendanceRow;
use social_services::{Dataset, Institution, Person, synth};

struct Args {
    options: synth::Options,
    out: Option<PathBuf>,
}

const HELP: &str = "usage: export_parquet [--scale N] [--seed N] [--out DIR]";

fn args() -> Result<Option<Args>, String> {
    let mut args = Args {
        options: synth::Options {
            scale: 0.001,
            seed: 1,
        },
        out: None,
    };
    let go = common::parse_flags(HELP, |flag, value| {
        match flag {
            "--scale" => {
                args.options.scale = common::parse_scale(&value.get()?)?;
            }
            "--seed" => {
                args.options.seed = common::parse_seed(&value.get()?)?;
            }
            "--out" => args.out = Some(PathBuf::from(value.get()?)),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    if !go {
        return Ok(None);
    }
    Ok(Some(args))
}

/// Reads a table's file back and checks it holds the records it was written from.
fn check<T: Table + PartialEq>(dir: &Path, records: &[T]) -> Result<(), String> {
    let path = dir.join(format!("{}.parquet", T::NAME));
    let file = File::open(&path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    let back: Vec<T> = parquet::read(file)
        .map_err(|e| format!("cannot read {}: {}", path.display(), Chain(&e)))?;
    if back != records {
        return Err(format!(
            "{} does not read back as the records written",
            path.display()
        ));
    }
    Ok(())
}

/// Checks the tables that show the most of the format: institutions (addresses, dates,
/// departments), persons and the attendance.
fn check_tables(dataset: &Dataset, dir: &Path) -> Result<(), String> {
    check::<Institution>(dir, &dataset.institutions)?;
    check::<Person>(dir, &dataset.persons)?;
    let rows: Vec<AttendanceRow> = synth::attendance_rows(dataset).collect();
    check(dir, &rows)
}

fn run() -> Result<(), String> {
    let Some(args) = args()? else {
        return Ok(());
    };
    let started = Instant::now();
    let dataset = synth::generate(&args.options);
    let generated = started.elapsed();
    let (dir, temporary) = match &args.out {
        Some(dir) => (dir.clone(), false),
        None => (
            std::env::temp_dir().join(format!("export_parquet-{}", std::process::id())),
            true,
        ),
    };
    let started = Instant::now();
    let files = export::write_dataset(&dataset, &dir).map_err(|e| {
        format!(
            "cannot write the tables to {}: {}",
            dir.display(),
            Chain(&e)
        )
    })?;
    let written = started.elapsed();
    println!(
        "scale {}, seed {}: {} files in {}",
        args.options.scale,
        args.options.seed,
        files.len(),
        dir.display()
    );
    println!("{:<28} {:>10} {:>12}", "file", "rows", "bytes");
    for file in &files {
        let name = file.path.file_name().unwrap_or_default().to_string_lossy();
        println!("{name:<28} {:>10} {:>12}", file.rows, file.bytes);
    }
    let total: u64 = files.iter().map(|f| f.bytes).sum();
    println!("{:<28} {:>10} {total:>12}", "total", "");
    eprintln!(
        "generated in {:.3} s, written in {:.3} s",
        generated.as_secs_f64(),
        written.as_secs_f64()
    );
    if temporary {
        let checked = check_tables(&dataset, &dir);
        std::fs::remove_dir_all(&dir)
            .map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
        checked?;
        println!(
            "read back and checked institutions, persons and attendance; removed the directory"
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    common::exit(run())
}
