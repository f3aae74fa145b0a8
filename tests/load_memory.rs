//! Loading a generated registry from its file holds the registry, not the file's text: the
//! peak memory of a process that loads one stays under a stated multiple of the file's size.
//!
//! Each load runs in a child process (this test binary again, told what to load by an
//! environment variable), so that its peak resident memory (`VmHWM`) counts that load alone,
//! not the generation of the file; a child that loads an empty data set gives the baseline of
//! the binary itself.

#![cfg(feature = "synth")]

use std::io::BufReader;
use std::path::Path;
use std::process::Command;

use social_services::io::{json, jsonl};
use social_services::{Registry, ValidationOptions, synth};

/// What the child loads: `json:PATH` or `jsonl:PATH`.
const CHILD: &str = "LOAD_MEMORY_CHILD";
const TEST: &str = "loading_a_registry_file_stays_under_a_stated_multiple_of_its_size";

/// The stated bounds: the peak above the binary's baseline, as a multiple of the file's size.
const JSON_MULTIPLE: f64 = 1.1;
const JSONL_MULTIPLE: f64 = 1.1;

/// The peak resident memory of this process so far, in KiB (`VmHWM`), where Linux tells it.
fn peak_resident_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// In the child: loads the file and prints the peak.
fn load(what: &str) {
    let (kind, path) = what.split_once(':').expect("kind:path");
    let options = ValidationOptions::default();
    let registry = if kind == "json" {
        json::load_file(Path::new(path), &options).expect("a valid registry")
    } else {
        let file = std::fs::File::open(path).expect("the file");
        let dataset = jsonl::read_dataset(BufReader::new(file)).expect("a data set");
        Registry::with_options(dataset, &options).expect("a valid registry")
    };
    println!("records {}", registry.persons().count());
    println!("peak {}", peak_resident_kib().unwrap_or(0));
}

/// The peak memory, in bytes, of a child that loads `what`; `None` where Linux does not tell.
fn peak_of(what: &str) -> Option<u64> {
    let out = Command::new(std::env::current_exe().expect("this test binary"))
        .args(["--exact", TEST, "--nocapture", "--test-threads=1"])
        .env(CHILD, what)
        .output()
        .expect("the child runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("text");
    let kib: u64 = stdout
        .lines()
        .find_map(|l| l.strip_prefix("peak "))
        .expect("the child's peak")
        .parse()
        .expect("a number");
    (kib > 0).then_some(kib << 10)
}

/// `part / whole`, for sizes far below 2^52 bytes (exact in `f64`).
#[allow(clippy::cast_precision_loss)]
fn ratio(part: u64, whole: u64) -> f64 {
    part as f64 / whole as f64
}

#[test]
fn loading_a_registry_file_stays_under_a_stated_multiple_of_its_size() {
    if let Ok(what) = std::env::var(CHILD) {
        load(&what);
        return;
    }
    let dir = std::env::temp_dir().join(format!("load_memory-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let dataset = synth::generate(&synth::Options {
        scale: 0.02,
        seed: 3,
    });
    let (json_path, jsonl_path, empty_path) = (
        dir.join("registry.json"),
        dir.join("registry.jsonl"),
        dir.join("empty.json"),
    );
    json::write(&dataset, std::fs::File::create(&json_path).unwrap()).unwrap();
    jsonl::write(&dataset, std::fs::File::create(&jsonl_path).unwrap()).unwrap();
    std::fs::write(&empty_path, r#"{"format_version": 1}"#).unwrap();
    drop(dataset);

    let peaks = (
        peak_of(&format!("json:{}", empty_path.display())),
        peak_of(&format!("json:{}", json_path.display())),
        peak_of(&format!("jsonl:{}", jsonl_path.display())),
    );
    let size = |path: &Path| std::fs::metadata(path).unwrap().len();
    let (document_size, lines_size) = (size(&json_path), size(&jsonl_path));
    std::fs::remove_dir_all(&dir).unwrap();
    let (Some(baseline), Some(document_peak), Some(lines_peak)) = peaks else {
        return; // no VmHWM on this system
    };
    let multiple = |peak: u64, size: u64| ratio(peak.saturating_sub(baseline), size);
    let (document_multiple, lines_multiple) = (
        multiple(document_peak, document_size),
        multiple(lines_peak, lines_size),
    );
    eprintln!(
        "json {document_size} bytes: {document_multiple:.2} x; jsonl {lines_size} bytes: {lines_multiple:.2} x"
    );
    assert!(
        document_multiple < JSON_MULTIPLE,
        "json::load_file of {document_size} bytes: peak {document_multiple:.2} x the file, bound {JSON_MULTIPLE} x"
    );
    assert!(
        lines_multiple < JSONL_MULTIPLE,
        "jsonl::read_dataset of {lines_size} bytes: peak {lines_multiple:.2} x the file, bound {JSONL_MULTIPLE} x"
    );
}
