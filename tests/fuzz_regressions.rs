//! Every input the fuzzers ever crashed on (`fuzz/regressions/<target>/`), and every seed of
//! their corpus (`fuzz/corpus/<target>/`), run through the fuzz target's own code path
//! (`fuzz/fuzz_targets/harness.rs`): a fixed crash stays fixed without a fuzzer at hand.

#[path = "../fuzz/fuzz_targets/harness.rs"]
mod harness;

use std::fs;
use std::path::Path;

/// Runs every file of `fuzz/<folder>/<target>/` through `check`; the number of files run.
fn replay(folder: &str, target: &str, check: Check) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join(folder)
        .join(target);
    let Ok(entries) = fs::read_dir(&dir) else {
        return 0;
    };
    let mut count = 0;
    for entry in entries {
        let path = entry.unwrap().path();
        if path.file_name().is_some_and(|n| n == ".gitkeep") {
            continue;
        }
        let bytes = fs::read(&path).unwrap();
        let result = std::panic::catch_unwind(|| check(&bytes));
        assert!(result.is_ok(), "{} panics", path.display());
        count += 1;
    }
    count
}

/// What a fuzz target does with its input.
type Check = fn(&[u8]);

const TARGETS: [(&str, Check); 5] = [
    ("values", harness::values),
    ("json_dataset", harness::json_dataset),
    ("jsonl", harness::jsonl),
    ("csv", harness::csv),
    ("stream", harness::stream),
];

#[test]
fn every_regression_input_runs_without_a_panic() {
    for (target, check) in TARGETS {
        replay("regressions", target, check);
    }
}

#[test]
fn every_seed_of_the_fuzz_corpus_runs_without_a_panic() {
    for (target, check) in TARGETS {
        let seeds = replay("corpus", target, check);
        assert!(seeds > 0, "the corpus of {target} has no seeds");
    }
}
