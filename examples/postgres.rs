//! Saves a registry into PostgreSQL, reads it back, and prints the main figures computed in
//! SQL (the views of `migrations/0002_figures.sql`) beside the crate's own.
//!
//! ```text
//! cargo run --features postgres --example postgres -- --database-url postgresql://postgres@127.0.0.1:5432/test --input data/sample.json
//! cargo run --release --features postgres --example postgres -- --attendance attendance.csv
//! ```
//!
//! The database is `--database-url`, else `DATABASE_URL`, else
//! `postgresql://postgres@127.0.0.1:5432/test`; the input `--input` (a data set document or
//! JSON Lines), else `data/sample.json`, else the embedded sample. The work is done in a
//! temporary schema dropped at the end, unless `--schema NAME` names one to keep (created if
//! missing, migrated, and the data set saved into it: only what changed is written).
//!
//! `--attendance FILE` instead streams an attendance file (`.csv` or `.jsonl`) into the
//! `attendance` table with `COPY`, prints the rows and the time the copy took on stderr, and
//! the figure by region × kind from SQL beside the crate's streaming aggregation of the file
//! (`--no-check` leaves the comparison out: what `benches/postgres/run.sh` times).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

mod common;

use social_services::aggregate::{self, AttendanceByRegionKind};
use social_services::io::postgres::{self, Client, figures};
use social_services::stream::{self, Format};
use social_services::{Registry, records::Vocabulary, values::RegionCode};

const USAGE: &str = "usage: postgres [--database-url URL] [--input FILE] [--schema NAME] \
                     [--attendance FILE [--no-check]]";

struct Options {
    url: String,
    input: Option<PathBuf>,
    schema: Option<String>,
    attendance: Option<PathBuf>,
    check: bool,
}

fn main() -> ExitCode {
    common::exit(run())
}

fn run() -> Result<(), String> {
    let mut options = Options {
        url: std::env::var("DATABASE_URL")
            .unwrap_or_else(|_| "postgresql://postgres@127.0.0.1:5432/test".to_owned()),
        input: None,
        schema: None,
        attendance: None,
        check: true,
    };
    let go = common::parse_flags(USAGE, |flag, value| {
        match flag {
            "--database-url" => options.url = value.get()?,
            "--input" => options.input = Some(value.get()?.into()),
            "--schema" => options.schema = Some(value.get()?),
            "--attendance" => options.attendance = Some(value.get()?.into()),
            "--no-check" => options.check = false,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    if !go {
        return Ok(());
    }
    let mut client =
        postgres::connect(&options.url).map_err(|e| format!("{}: {e}", options.url))?;
    let (schema, temporary) = match &options.schema {
        Some(name) => (name.clone(), false),
        None => (format!("example_{}", uuid::Uuid::new_v4().simple()), true),
    };
    if !schema
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return Err(format!("--schema {schema:?}: letters, digits and _ only"));
    }
    client
        .batch_execute(&format!(
            "CREATE SCHEMA IF NOT EXISTS {schema}; SET search_path TO {schema}"
        ))
        .map_err(|e| e.to_string())?;
    let result = work(&mut client, &options);
    if temporary {
        client
            .batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
            .map_err(|e| e.to_string())?;
    }
    result
}

fn work(client: &mut Client, options: &Options) -> Result<(), String> {
    postgres::migrate(client).map_err(|e| e.to_string())?;
    if let Some(path) = &options.attendance {
        return attendance(client, path, options.check);
    }
    let input = options.input.clone().or_else(|| {
        let default = PathBuf::from("data/sample.json");
        default.exists().then_some(default)
    });
    let registry = common::load(input.as_deref())?;
    let started = Instant::now();
    let changes = postgres::save(client, registry.dataset()).map_err(|e| e.to_string())?;
    let saved = started.elapsed();
    let started = Instant::now();
    let loaded = postgres::load_registry(client, &social_services::ValidationOptions::default())
        .map_err(|e| e.to_string())?
        .map_err(|report| format!("the data set read back does not validate:\n{report}"))?;
    let read = started.elapsed();
    eprintln!(
        "saved {} records ({} rows written, {} deleted) in {saved:.2?}, read back in {read:.2?}",
        registry.dataset().len(),
        changes.written,
        changes.deleted
    );
    if loaded.dataset() != registry.dataset() {
        return Err("the data set read back differs from the one saved".into());
    }
    print_figures(client, &loaded)
}

fn print_figures(client: &mut Client, registry: &Registry) -> Result<(), String> {
    let mfcs = aggregate::family_mfcs_by_region(registry);
    let sql = figures::family_mfcs_by_region(client).map_err(|e| e.to_string())?;
    println!("Family MFCs by region (standalone + departments)");
    println!("| region | SQL | crate |");
    println!("| --- | --- | --- |");
    for row in &sql {
        let crate_side = match row.region {
            Some(region) => (
                mfcs.standalone().get(region),
                mfcs.departments().get(region),
            ),
            None => (mfcs.without_region(), 0),
        };
        let name = row.region.map_or_else(
            || "без региона".to_owned(),
            |r| format!("{r} {}", r.subject().name()),
        );
        println!(
            "| {name} | {} + {} | {} + {} |",
            row.standalone, row.departments, crate_side.0, crate_side.1
        );
    }
    let total: u64 = sql.iter().map(|r| r.standalone + r.departments).sum();
    println!("| всего | {total} | {} |", mfcs.total());

    let sql = figures::attendance_by_region_kind(client).map_err(|e| e.to_string())?;
    let own = aggregate::attendance_by_region_kind(registry);
    print_attendance("Event attendees by region × institution kind", &sql, &own);
    if sql != own {
        return Err("the SQL figures differ from the crate's".into());
    }
    Ok(())
}

/// Prints a table by region × kind, SQL beside the crate, the first 20 cells and the totals.
fn print_attendance(title: &str, sql: &AttendanceByRegionKind, own: &AttendanceByRegionKind) {
    let mut cells: BTreeMap<(RegionCode, String), (u64, u64)> = BTreeMap::new();
    for (region, kind, count) in sql.cells() {
        cells
            .entry((region, kind.as_str().to_owned()))
            .or_default()
            .0 = count;
    }
    for (region, kind, count) in own.cells() {
        cells
            .entry((region, kind.as_str().to_owned()))
            .or_default()
            .1 = count;
    }
    println!("\n{title}");
    println!("| region | kind | SQL | crate |");
    println!("| --- | --- | --- | --- |");
    for ((region, kind), (ours, theirs)) in cells.iter().take(20) {
        println!("| {region} | {kind} | {ours} | {theirs} |");
    }
    if cells.len() > 20 {
        println!("| … {} more cells | | | |", cells.len() - 20);
    }
    println!("| всего | | {} | {} |", sql.total(), own.total());
}

fn attendance(client: &mut Client, path: &std::path::Path, check: bool) -> Result<(), String> {
    let format = path
        .extension()
        .and_then(|e| e.to_str())
        .and_then(Format::from_extension)
        .ok_or_else(|| format!("{}: not a .csv or .jsonl file", path.display()))?;
    let open =
        || std::fs::File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()));
    let started = Instant::now();
    let rows = postgres::copy_attendance(client, open()?, format).map_err(|e| e.to_string())?;
    let elapsed = started.elapsed();
    #[allow(clippy::cast_precision_loss)] // a rate for people to read
    let rate = rows as f64 / elapsed.as_secs_f64();
    eprintln!("copied {rows} attendance rows in {elapsed:.2?} ({rate:.0} rows/s)");
    if check {
        let sql = figures::streamed_attendance_by_region_kind(client).map_err(|e| e.to_string())?;
        let own = stream::aggregate(open()?, format).map_err(|e| e.to_string())?;
        print_attendance("Attendance by region × institution kind", &sql, &own);
        if sql != own {
            return Err("the SQL figures differ from the crate's".into());
        }
    }
    Ok(())
}
