//! The bad-input corpus: each file in `tests/bad_inputs/` is one bad (or awkward) input, and
//! `<file>.expected` beside it holds exactly what the crate's public readers give for it, as an
//! application calls them.
//!
//! - `<case>.json`: `read:` what `io::json::read` gives (the first problem, with its line,
//!   column and path), and `load:` what `io::json::load` gives (every problem, each with its
//!   code and path, after validation).
//! - `<case>.jsonl`: `read:` what `io::jsonl::read_dataset` gives (stopping at the first bad
//!   line), and `skip:` what a `Reader` that skips bad lines yields and collects.
//! - `<case>.<kind>.csv`: `read:` what `io::csv::read_<kind>` gives.
//! - `<case>.generate`: a descriptor of an input too large to commit (a 10,000-deep nesting, a
//!   100 MiB line), generated here at run time: `<format> <shape> <size>`.
//!
//! Set `BLESS_BAD_INPUTS=1` to write the `.expected` files from what the crate gives now; the
//! diff is then the change of behaviour, to be reviewed.

use std::fmt::Write as _;
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use social_services::io::{Chain, csv, json, jsonl};
use social_services::{ValidationOptions, records::Extra};

const ID: &str = "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11";

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_inputs")
}

/// `n` records, in words.
fn records(n: usize) -> String {
    format!("ok, {n} record{}", if n == 1 { "" } else { "s" })
}

/// The extra fields of records, as `key="value"`, for the outcome of a lenient read.
fn extra_of<'a>(extras: impl Iterator<Item = &'a Extra>) -> String {
    let kept: Vec<String> = extras
        .flat_map(|extra| extra.iter().map(|(k, v)| format!("{k}={v}")))
        .collect();
    if kept.is_empty() {
        String::new()
    } else {
        format!("; extra fields kept: {}", kept.join(", "))
    }
}

fn json_outcome(bytes: &[u8]) -> String {
    let mut out = String::new();
    match json::read(bytes) {
        Ok(dataset) => {
            let extras =
                std::iter::once(&dataset.extra).chain(dataset.persons.iter().map(|p| &p.extra));
            writeln!(out, "read: {}{}", records(dataset.len()), extra_of(extras)).unwrap();
        }
        Err(e) => writeln!(out, "read: {}", Chain(&e)).unwrap(),
    }
    match std::str::from_utf8(bytes) {
        Err(_) => writeln!(out, "load: (not UTF-8 text, which `load` cannot be given)").unwrap(),
        Ok(text) => match json::load(text, &ValidationOptions::default()) {
            Ok(registry) => {
                writeln!(out, "load: ok").unwrap();
                for warning in registry.warnings().issues() {
                    writeln!(out, "load: {warning}").unwrap();
                }
            }
            Err(report) => {
                for issue in report.issues() {
                    writeln!(out, "load: {issue}").unwrap();
                }
            }
        },
    }
    out
}

/// The outcome of a JSON Lines stream, read twice: `stream` makes it afresh each time.
fn jsonl_outcome<R: BufRead>(stream: impl Fn() -> R) -> String {
    let mut out = String::new();
    match jsonl::read_dataset(stream()) {
        Ok(dataset) => writeln!(out, "read: {}", records(dataset.len())).unwrap(),
        Err(e) => writeln!(out, "read: {}", Chain(&e)).unwrap(),
    }
    let mut reader = jsonl::Reader::with_policy(stream(), jsonl::ErrorPolicy::SkipAndCollect);
    let yielded = reader.by_ref().count();
    writeln!(out, "skip: {}", records(yielded)).unwrap();
    for error in reader.errors() {
        writeln!(out, "skip: {}", Chain(error)).unwrap();
    }
    out
}

fn csv_outcome(kind: &str, bytes: &[u8]) -> String {
    let outcome = match kind {
        "institutions" => csv::read_institutions(bytes).map(|r| {
            format!(
                "{}{}",
                records(r.len()),
                extra_of(r.iter().map(|x| &x.extra))
            )
        }),
        "service_points" => csv::read_service_points(bytes).map(|r| {
            format!(
                "{}{}",
                records(r.len()),
                extra_of(r.iter().map(|x| &x.extra))
            )
        }),
        "persons" => csv::read_persons(bytes).map(|r| {
            format!(
                "{}{}",
                records(r.len()),
                extra_of(r.iter().map(|x| &x.extra))
            )
        }),
        "appointments" => csv::read_appointments(bytes).map(|r| {
            format!(
                "{}{}",
                records(r.len()),
                extra_of(r.iter().map(|x| &x.extra))
            )
        }),
        "enrollments" => csv::read_enrollments(bytes).map(|r| {
            format!(
                "{}{}",
                records(r.len()),
                extra_of(r.iter().map(|x| &x.1.extra))
            )
        }),
        other => panic!("no CSV reader for {other:?}"),
    };
    match outcome {
        Ok(summary) => format!("read: {summary}\n"),
        Err(e) => format!("read: {}\n", Chain(&e)),
    }
}

/// Arrays nested `depth` deep.
fn nested_arrays(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

/// Generates the input a descriptor describes and gives its outcome.
fn generated_outcome(descriptor: &str) -> String {
    let words: Vec<&str> = descriptor.split_whitespace().collect();
    let [format, shape, size] = words[..] else {
        panic!("a descriptor is `<format> <shape> <size>`: {descriptor:?}")
    };
    let size: usize = size.parse().expect("a size");
    let header = "{\"dataset\":{\"format_version\":1}}\n";
    let person = |extra: &str| {
        format!("{{\"person\":{{\"id\":\"{ID}\",\"name\":\"Егорова Е.В.\"{extra}}}}}\n")
    };
    match (format, shape) {
        ("json", "nested_arrays") => json_outcome(nested_arrays(size).as_bytes()),
        ("json", "extra_nested_arrays") => {
            let text = format!(
                "{{\"format_version\": 1, \"x_deep\": {}}}",
                nested_arrays(size)
            );
            json_outcome(text.as_bytes())
        }
        ("jsonl", "extra_nested_arrays") => {
            let text = format!(
                "{header}{}{}",
                person(&format!(",\"x_deep\":{}", nested_arrays(size))),
                person("")
            );
            jsonl_outcome(|| text.as_bytes())
        }
        ("jsonl", "long_line") => {
            // A person whose note fills the line to `size` bytes, then a good line: made as it
            // is read, so that the test never holds the long line either.
            let start =
                format!("{{\"person\":{{\"id\":\"{ID}\",\"name\":\"Егорова Е.В.\",\"x_note\":\"");
            let end = "\"}}\n";
            let fill = (size - start.len() - end.len() + 1) as u64;
            let good = person("");
            jsonl_outcome(|| {
                BufReader::new(
                    header
                        .as_bytes()
                        .chain(start.as_bytes())
                        .chain(std::io::repeat(b'a').take(fill))
                        .chain(end.as_bytes())
                        .chain(good.as_bytes()),
                )
            })
        }
        _ => panic!("unknown descriptor {descriptor:?}"),
    }
}

fn outcome(name: &str, bytes: &[u8]) -> String {
    let path = Path::new(name);
    match path.extension().and_then(|e| e.to_str()) {
        Some("generate") => {
            generated_outcome(std::str::from_utf8(bytes).expect("a text descriptor"))
        }
        Some("csv") => {
            // `<case>.<kind>.csv`: the kind is the stem's own extension.
            let kind = Path::new(path.file_stem().unwrap_or_default())
                .extension()
                .and_then(|e| e.to_str())
                .unwrap_or_default();
            csv_outcome(kind, bytes)
        }
        Some("jsonl") => jsonl_outcome(|| bytes),
        Some("json") => json_outcome(bytes),
        _ => panic!("{name}: no reader for this kind of file"),
    }
}

#[test]
fn every_bad_input_gives_exactly_its_expected_outcome() {
    let bless = std::env::var_os("BLESS_BAD_INPUTS").is_some();
    let mut names: Vec<String> = fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| !n.ends_with(".expected"))
        .collect();
    names.sort();
    assert!(names.len() >= 30, "the corpus has {} cases", names.len());
    let mut failures = Vec::new();
    for name in &names {
        let bytes = fs::read(corpus().join(name)).unwrap();
        let got = outcome(name, &bytes);
        let expected_path = corpus().join(format!("{name}.expected"));
        if bless {
            fs::write(&expected_path, &got).unwrap();
            continue;
        }
        match fs::read_to_string(&expected_path) {
            Ok(expected) if expected == got => {}
            Ok(expected) => failures.push(format!("{name}:\n  expected:\n{expected}  got:\n{got}")),
            Err(_) => failures.push(format!("{name}: no {name}.expected; got:\n{got}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_expected_outcome_has_its_input() {
    for entry in fs::read_dir(corpus()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if let Some(input) = name.strip_suffix(".expected") {
            assert!(corpus().join(input).exists(), "{name} has no input {input}");
        }
    }
}
