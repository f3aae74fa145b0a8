//! One step of reading a registry file, alone in its process, so that `/usr/bin/time -v`
//! gives its time and peak memory: the figures of `BENCHMARKS.md` ("the main job at national
//! scale", `benches/national/run.sh`).
//!
//! ```text
//! cargo run --release --example load_steps -- value   registry.json   # the text, then serde_json::Value
//! cargo run --release --example load_steps -- dataset registry.json   # the text, then json::from_str
//! cargo run --release --example load_steps -- load    registry.json   # json::load_file into a Registry
//! cargo run --release --example load_steps -- jsonl   registry.jsonl  # jsonl::read_dataset, Registry::new
//! ```
//!
//! Each step prints what it read and how long its parts took on stderr. Without arguments,
//! every step runs once on the embedded sample, written to a temporary directory.

use social_services::io::Chain;
use std::io::BufReader;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

mod common;

use social_services::io::{json, jsonl};
use social_services::{Registry, ValidationOptions};

const HELP: &str = "usage: load_steps [value|dataset|load|jsonl FILE]";

fn timed<T>(what: &str, f: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    let start = Instant::now();
    let result = f()?;
    eprintln!("{what}: {:.2} s", start.elapsed().as_secs_f64());
    Ok(result)
}

fn text(path: &Path) -> Result<Vec<u8>, String> {
    timed("read the text", || {
        std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    })
}

fn run() -> Result<(), String> {
    let mut args = Vec::new();
    let go = common::parse_flags(HELP, |arg, _| {
        if arg.starts_with('-') {
            return Ok(false);
        }
        args.push(arg.to_owned());
        Ok(true)
    })?;
    if !go {
        return Ok(());
    }
    match &args[..] {
        [step, file] => run_step(step, Path::new(file)),
        [] => sample(),
        _ => Err(HELP.to_owned()),
    }
}

/// Every step on the embedded sample.
fn sample() -> Result<(), String> {
    let dir = std::env::temp_dir().join(format!("load_steps-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let dataset = social_services::sample::dataset();
    let (json_path, jsonl_path) = (dir.join("sample.json"), dir.join("sample.jsonl"));
    common::write(&json_path, &json::to_string(&dataset))?;
    let mut lines = Vec::new();
    jsonl::write(&dataset, &mut lines).map_err(|e| Chain(&e).to_string())?;
    common::write(&jsonl_path, &String::from_utf8_lossy(&lines))?;
    let result = ["value", "dataset", "load"]
        .iter()
        .try_for_each(|step| run_step(step, &json_path))
        .and_then(|()| run_step("jsonl", &jsonl_path));
    std::fs::remove_dir_all(&dir).map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
    result
}

/// One step on one file.
fn run_step(step: &str, path: &Path) -> Result<(), String> {
    let options = ValidationOptions::default();
    let records = match step {
        "value" => {
            let text = text(path)?;
            let value: serde_json::Value = timed("serde_json::Value", || {
                serde_json::from_slice(&text).map_err(|e| e.to_string())
            })?;
            value.as_object().map_or(0, serde_json::Map::len)
        }
        "dataset" => {
            let text = text(path)?;
            let text = std::str::from_utf8(&text).map_err(|e| e.to_string())?;
            let dataset = timed("json::from_str (Dataset)", || {
                json::from_str(text).map_err(|e| e.to_string())
            })?;
            dataset.len()
        }
        "load" => {
            let registry = timed("json::load_file (Registry)", || {
                json::load_file(path, &options).map_err(|e| Chain(&e).to_string())
            })?;
            registry.into_dataset().len()
        }
        "jsonl" => {
            let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
            let dataset = timed("jsonl::read_dataset (Dataset)", || {
                jsonl::read_dataset(BufReader::with_capacity(1 << 20, file))
                    .map_err(|e| Chain(&e).to_string())
            })?;
            let registry = timed("Registry::with_options", || {
                Registry::with_options(dataset, &options).map_err(|r| r.to_string())
            })?;
            registry.into_dataset().len()
        }
        other => return Err(format!("unknown step {other:?}\n{HELP}")),
    };
    eprintln!("{records} top-level records or fields");
    Ok(())
}

fn main() -> ExitCode {
    common::exit(run())
}
