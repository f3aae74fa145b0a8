//! Writes a generated national-scale registry (the `synth` feature) to a directory: the data
//! set as JSON and JSON Lines, its flat tables as CSV, and the events' attendance as the flat
//! files of the streaming aggregation, in JSON Lines and CSV. A progress bar on stderr.
//!
//! ```text
//! cargo run --release --features synth --example synth -- --out target/synth
//! cargo run --release --features synth --example synth -- --scale 0.01 --seed 7 --out data/
//! cargo run --release --features synth --example synth -- --only attendance --out target/synth
//! ```
//!
//! Files: `registry.json`, `registry.jsonl`, `institutions.csv`, `service_points.csv`,
//! `persons.csv`, `appointments.csv`, `enrollments.csv`, `attendance.jsonl`,
//! `attendance.csv`. With `--only attendance`, the last two only. Without `--out`, a scale of
//! 0.001 is checked and summarised on stdout and nothing is written.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod common;

use indicatif::{ProgressBar, ProgressStyle};
use social_services::stream::{self, AttendanceRow};
use social_services::{Dataset, Registry, io, synth};

struct Args {
    options: synth::Options,
    out: Option<PathBuf>,
    attendance_only: bool,
}

const HELP: &str = "usage: synth [--scale N] [--seed N] [--out DIR] [--only attendance]";

fn args() -> Result<Option<Args>, String> {
    let mut args = Args {
        options: synth::Options {
            scale: 1.0,
            seed: 1,
        },
        out: None,
        attendance_only: false,
    };
    let mut scale_given = false;
    let go = common::parse_flags(HELP, |flag, value| {
        match flag {
            "--scale" => {
                args.options.scale = common::parse_scale(&value.get()?)?;
                scale_given = true;
            }
            "--seed" => {
                args.options.seed = common::parse_seed(&value.get()?)?;
            }
            "--out" => args.out = Some(PathBuf::from(value.get()?)),
            "--only" => match value.get()?.as_str() {
                "attendance" => args.attendance_only = true,
                other => return Err(format!("invalid --only {other:?}: expected attendance")),
            },
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    if !go {
        return Ok(None);
    }
    if args.out.is_none() && !scale_given {
        args.options.scale = 0.001;
    }
    Ok(Some(args))
}

fn bar(len: u64, what: &str) -> ProgressBar {
    let bar = ProgressBar::new(len);
    bar.set_style(
        ProgressStyle::with_template(
            "{msg:>24} [{bar:40}] {human_pos}/{human_len} {per_sec} {eta}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    bar.set_message(what.to_owned());
    bar
}

/// Writes `dir/name` atomically (`io::atomic`): a run that is killed or fails leaves the old
/// file whole, never a cut one.
fn write_to(
    dir: &Path,
    name: &str,
    write: impl FnOnce(&mut dyn Write) -> Result<(), io::IoError>,
) -> Result<(), String> {
    io::atomic::write_file(dir.join(name), write)
        .map_err(|e| format!("cannot write {name}: {}", io::Chain(&e)))
}

fn write_attendance(dataset: &Dataset, dir: &Path) -> Result<u64, String> {
    let total: u64 = dataset
        .events
        .iter()
        .map(|e| e.participation.attendees.len() as u64)
        .sum();
    let progress = bar(total, "attendance rows");
    let mut rows = 0u64;
    // Both files are written in one pass, each to its own temporary file; the CSV is renamed
    // into place first, then the JSON Lines.
    write_to(dir, "attendance.jsonl", |jsonl| {
        io::atomic::write_file(
            dir.join("attendance.csv"),
            |csv| -> Result<(), io::IoError> {
                let (mut json_buf, mut csv_buf) = (Vec::new(), Vec::new());
                stream::write_csv_header(&mut csv_buf);
                for row in synth::attendance_rows(dataset) {
                    AttendanceRow::write_jsonl(&row, &mut json_buf);
                    row.write_csv(&mut csv_buf);
                    rows += 1;
                    if json_buf.len() > 1 << 20 {
                        jsonl.write_all(&json_buf)?;
                        csv.write_all(&csv_buf)?;
                        json_buf.clear();
                        csv_buf.clear();
                        progress.set_position(rows);
                    }
                }
                jsonl.write_all(&json_buf)?;
                csv.write_all(&csv_buf).map_err(io::IoError::from)
            },
        )
    })?;
    progress.finish();
    Ok(rows)
}

fn write_registry(dataset: &Dataset, dir: &Path) -> Result<(), String> {
    let progress = bar(7, "registry files");
    write_to(dir, "registry.json", |out| io::json::write(dataset, out))?;
    progress.inc(1);
    write_to(dir, "registry.jsonl", |out| io::jsonl::write(dataset, out))?;
    progress.inc(1);
    write_to(dir, "institutions.csv", |out| {
        io::csv::write_institutions(&dataset.institutions, out)
    })?;
    progress.inc(1);
    write_to(dir, "service_points.csv", |out| {
        io::csv::write_service_points(&dataset.service_points, out)
    })?;
    progress.inc(1);
    write_to(dir, "persons.csv", |out| {
        io::csv::write_persons(&dataset.persons, out)
    })?;
    progress.inc(1);
    write_to(dir, "appointments.csv", |out| {
        io::csv::write_appointments(&dataset.appointments, out)
    })?;
    progress.inc(1);
    let enrollments: Vec<_> = dataset
        .cohorts
        .iter()
        .flat_map(|c| c.enrollments.iter().map(|e| (c.id, e.clone())))
        .collect();
    write_to(dir, "enrollments.csv", |out| {
        io::csv::write_enrollments(&enrollments, out)
    })?;
    progress.finish();
    Ok(())
}

fn run() -> Result<(), String> {
    let Some(args) = args()? else {
        return Ok(());
    };
    let spinner = ProgressBar::new_spinner();
    spinner.set_message(format!(
        "generating scale {} seed {}",
        args.options.scale, args.options.seed
    ));
    let dataset = synth::generate(&args.options);
    spinner.finish_and_clear();
    let Some(dir) = args.out else {
        let rows = synth::attendance_rows(&dataset).count();
        let registry = Registry::new(dataset).map_err(|report| format!("invalid:\n{report}"))?;
        let mut by_code = std::collections::BTreeMap::new();
        for issue in registry.warnings().issues() {
            *by_code.entry(issue.code).or_insert(0usize) += 1;
        }
        println!(
            "scale {}: {} institutions, {} service points, {} persons, {} events, {rows} attendance rows, {} cohorts; valid, {} warnings {by_code:?}",
            args.options.scale,
            registry.institutions().count(),
            registry.service_points().count(),
            registry.persons().count(),
            registry.events().count(),
            registry.cohorts().count(),
            registry.warnings().issues().len(),
        );
        return Ok(());
    };
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let rows = write_attendance(&dataset, &dir)?;
    if !args.attendance_only {
        write_registry(&dataset, &dir)?;
    }
    eprintln!("wrote {rows} attendance rows to {}", dir.display());
    Ok(())
}

fn main() -> ExitCode {
    common::exit(run())
}
