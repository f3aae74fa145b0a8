//! Scale-out in miniature: splits a generated national registry (the `synth` feature) into
//! shards by federal subject, aggregates each shard **in its own process** from its files
//! alone, sends each partial result back as JSON (serde), merges them, and checks that the
//! merged figures are exactly the single-pass answer over the whole registry.
//!
//! ```text
//! cargo run --features synth --example shard_merge
//! cargo run --release --features synth --example shard_merge -- --scale 0.1 --shards 8
//! cargo run --features synth --example shard_merge -- --keep target/shards
//! ```
//!
//! Each shard is two files, as a regional department or a worker of a larger engine would hold
//! them: `shard-K.jsonl` (the JSON Lines records of the institutions of its subjects, and one
//! in `--shards` of the events) and `shard-K-attendance.csv` (the attendance rows of attendees
//! from its subjects). The worker (this program run with `--worker`) reads them record by
//! record — no registry, no cross-references — and prints one JSON object: institutions by
//! region × kind, family MFCs by region, events by month × level, attendance by region ×
//! institution kind. The figures compared are these four; the run fails (exit code 1) if any
//! merged figure differs from the one-pass figure. With `--keep DIR` the shard files and
//! each partial result (`shard-K.partial.json`) stay in DIR; otherwise a temporary directory
//! is used and removed.

use social_services::io::Chain;
use std::fs::File;
use std::io::{BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

mod common;

use serde::{Deserialize, Serialize};
use social_services::aggregate::{
    self, AttendanceByRegionKind, EventsByMonth, FamilyMfcsByRegion, InstitutionsByRegionKind,
};
use social_services::io::jsonl::{self, Record};
use social_services::stream::{self, Format};
use social_services::{Dataset, Institution, Registry, synth};

/// The mergeable partial results of one shard, as a worker prints them.
#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Partial {
    institutions: InstitutionsByRegionKind,
    family_mfcs: FamilyMfcsByRegion,
    events_by_month: EventsByMonth,
    attendance: AttendanceByRegionKind,
}

impl Partial {
    fn merge(&mut self, other: Partial) {
        self.institutions.merge(other.institutions);
        self.family_mfcs.merge(other.family_mfcs);
        self.events_by_month.merge(other.events_by_month);
        self.attendance.merge(&other.attendance);
    }

    /// The same figures in one pass over the whole registry.
    fn one_pass(registry: &Registry) -> Self {
        Self {
            institutions: aggregate::institutions_by_region_kind(registry),
            family_mfcs: aggregate::family_mfcs_by_region(registry),
            events_by_month: aggregate::events_by_month(registry, None),
            attendance: aggregate::attendance_by_region_kind(registry),
        }
    }
}

struct Args {
    options: synth::Options,
    shards: usize,
    keep: Option<PathBuf>,
}

const HELP: &str = "usage: shard_merge [--scale N] [--seed N] [--shards N] [--keep DIR]";

fn args() -> Result<Option<Args>, String> {
    let mut args = Args {
        options: synth::Options {
            scale: 0.01,
            seed: 1,
        },
        shards: 4,
        keep: None,
    };
    let go = common::parse_flags(HELP, |flag, value| {
        match flag {
            "--scale" => {
                args.options.scale = common::parse_scale(&value.get()?)?;
            }
            "--seed" => {
                args.options.seed = common::parse_seed(&value.get()?)?;
            }
            "--shards" => {
                let text = value.get()?;
                args.shards =
                    text.parse()
                        .ok()
                        .filter(|n| (1..=256).contains(n))
                        .ok_or(format!(
                            "invalid --shards {text:?}: expected a whole number from 1 to 256"
                        ))?;
            }
            "--keep" => args.keep = Some(PathBuf::from(value.get()?)),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    if !go {
        return Ok(None);
    }
    Ok(Some(args))
}

/// The shard of an institution: by its federal subject (federal bodies go to shard 0).
fn shard_of(institution: &Institution, shards: usize) -> usize {
    institution.region.map_or(0, |r| r.index() % shards)
}

/// Writes the file at `path` atomically (a killed run leaves no cut shard file).
fn create(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), String> {
    social_services::io::atomic::write_file(path, write)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The two files of shard `k` in `dir`: its records and its attendance rows.
fn shard_paths(dir: &Path, k: usize) -> (PathBuf, PathBuf) {
    (
        dir.join(format!("shard-{k}.jsonl")),
        dir.join(format!("shard-{k}-attendance.csv")),
    )
}

/// Writes the shard files into `dir`, moving the records into one data set per shard; returns
/// the number of attendance rows written.
fn split(dataset: Dataset, shards: usize, dir: &Path) -> Result<u64, String> {
    let paths: Vec<(PathBuf, PathBuf)> = (0..shards).map(|k| shard_paths(dir, k)).collect();
    // Each shard's attendance rows are gathered, then every file written atomically.
    let mut attendance = vec![Vec::new(); shards];
    for out in &mut attendance {
        stream::write_csv_header(out);
    }
    let mut rows = 0;
    for row in stream::attendance_rows(&dataset) {
        row.write_csv(&mut attendance[row.region.index() % shards]);
        rows += 1;
    }
    for (bytes, (_, path)) in attendance.iter().zip(&paths) {
        create(path, |out| out.write_all(bytes))?;
    }

    let mut parts = vec![Dataset::new(); shards];
    for institution in dataset.institutions {
        parts[shard_of(&institution, shards)]
            .institutions
            .push(institution);
    }
    for (n, event) in dataset.events.into_iter().enumerate() {
        parts[n % shards].events.push(event);
    }
    for (part, (path, _)) in parts.iter().zip(&paths) {
        social_services::io::atomic::write_file(path, |out| jsonl::write(part, out)).map_err(
            |e| {
                let chain = social_services::io::Chain(&e);
                format!("cannot write {}: {chain}", path.display())
            },
        )?;
    }
    Ok(rows)
}

/// The worker: the partial results of one shard's two files, printed as JSON on stdout.
fn worker(records_path: &Path, attendance_path: &Path) -> Result<(), String> {
    let open =
        |path: &Path| File::open(path).map_err(|e| format!("cannot open {}: {e}", path.display()));
    let mut partial = Partial::default();
    for record in jsonl::Reader::new(BufReader::new(open(records_path)?)) {
        match record.map_err(|e| format!("{}: {}", records_path.display(), Chain(&e)))? {
            Record::Institution(institution) => {
                partial.institutions.add(&institution);
                partial.family_mfcs.add(&institution);
            }
            Record::Event(event) => partial.events_by_month.add(&event),
            other => return Err(format!("a shard holds no {} records", other.kind())),
        }
    }
    partial.attendance = stream::aggregate(open(attendance_path)?, Format::Csv)
        .map_err(|e| format!("{}: {}", attendance_path.display(), Chain(&e)))?;
    let json = serde_json::to_string(&partial).map_err(|e| e.to_string())?;
    println!("{json}");
    Ok(())
}

/// One row of the comparison: the figure's total merged and in one pass, and whether the two
/// results are equal (every cell, not just the totals).
struct Compared {
    name: &'static str,
    merged: u64,
    whole: u64,
    equal: bool,
}

fn compared<T: PartialEq>(
    name: &'static str,
    merged: &T,
    whole: &T,
    total: fn(&T) -> u64,
) -> Compared {
    Compared {
        name,
        merged: total(merged),
        whole: total(whole),
        equal: merged == whole,
    }
}

fn run(args: &Args) -> Result<(), String> {
    let registry = Registry::new(synth::generate(&args.options)).map_err(|r| r.to_string())?;
    let whole = Partial::one_pass(&registry);
    let dataset = registry.into_dataset();
    eprintln!(
        "generated: scale {}, seed {}: {} institutions, {} events",
        args.options.scale,
        args.options.seed,
        dataset.institutions.len(),
        dataset.events.len(),
    );
    let temporary = args.keep.is_none();
    let dir = args.keep.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("shard_merge-{}", std::process::id()))
    });
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let result = split_and_merge(args, dataset, &dir);
    if temporary {
        std::fs::remove_dir_all(&dir)
            .map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
    }
    let merged = result?;

    let figures = [
        compared(
            "institutions by region × kind",
            &merged.institutions,
            &whole.institutions,
            InstitutionsByRegionKind::total,
        ),
        compared(
            "family MFCs by region",
            &merged.family_mfcs,
            &whole.family_mfcs,
            FamilyMfcsByRegion::total,
        ),
        compared(
            "events by month × level",
            &merged.events_by_month,
            &whole.events_by_month,
            EventsByMonth::total,
        ),
        compared(
            "attendance by region × institution kind",
            &merged.attendance,
            &whole.attendance,
            AttendanceByRegionKind::total,
        ),
    ];
    println!(
        "| figure | merged from {} shards | one pass | equal |",
        args.shards
    );
    println!("| --- | ---: | ---: | --- |");
    for figure in &figures {
        let equal = if figure.equal { "yes" } else { "NO" };
        println!(
            "| {} | {} | {} | {equal} |",
            figure.name, figure.merged, figure.whole
        );
    }
    if figures.iter().all(|f| f.equal) {
        Ok(())
    } else {
        Err("the merged partial results differ from the single-pass answer".into())
    }
}

/// Splits, runs one worker process per shard (all at once), reads and merges their results.
fn split_and_merge(args: &Args, dataset: Dataset, dir: &Path) -> Result<Partial, String> {
    let rows = split(dataset, args.shards, dir)?;
    eprintln!("split into {} shards ({rows} attendance rows)", args.shards);
    let exe = std::env::current_exe().map_err(|e| format!("cannot find this program: {e}"))?;
    let children = (0..args.shards)
        .map(|k| {
            let (records, attendance) = shard_paths(dir, k);
            Command::new(&exe)
                .arg("--worker")
                .arg(records)
                .arg(attendance)
                .stdout(Stdio::piped())
                .stderr(Stdio::inherit())
                .spawn()
                .map_err(|e| format!("cannot start a worker: {e}"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut merged = Partial::default();
    for (k, child) in children.into_iter().enumerate() {
        let output = child
            .wait_with_output()
            .map_err(|e| format!("worker {k}: {e}"))?;
        if !output.status.success() {
            return Err(format!("worker {k} failed: {}", output.status));
        }
        if args.keep.is_some() {
            let path = dir.join(format!("shard-{k}.partial.json"));
            common::write(&path, &String::from_utf8_lossy(&output.stdout))?;
        }
        let partial: Partial = serde_json::from_slice(&output.stdout)
            .map_err(|e| format!("worker {k}: its result does not read back: {e}"))?;
        eprintln!(
            "shard {k}: {} institutions, {} events, {} attendance rows",
            partial.institutions.total(),
            partial.events_by_month.total(),
            partial.attendance.total()
        );
        merged.merge(partial);
    }
    Ok(merged)
}

fn main() -> ExitCode {
    let mut it = std::env::args().skip(1).peekable();
    if it.peek().is_some_and(|a| a == "--worker") {
        let (Some(records), Some(attendance)) = (it.nth(1), it.next()) else {
            return common::exit(Err("--worker needs two files".into()));
        };
        return common::exit(worker(Path::new(&records), Path::new(&attendance)));
    }
    common::exit(args().and_then(|args| args.map_or(Ok(()), |args| run(&args))))
}
