//! Loading a registry from a file by its extension, as an application starts: a JSON document
//! and a JSON Lines stream of one data set give equal registries, every problem of a JSON Lines
//! stream is reported at once, and a path whose extension names no format is refused by name
//! before the file is opened.

use std::path::{Path, PathBuf};

use social_services::io::json::{self, LoadError};
use social_services::io::{self, jsonl};
use social_services::{Registry, ValidationOptions, sample};

const HEADER: &str = "{\"dataset\":{\"format_version\":1}}\n";
const MINISTRY: &str = "{\"institution\":{\"id\":\"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f01\",\"name\":\"Министерство социальной защиты населения Ивановской области\",\"kind\":\"ministry\",\"level\":\"regional\",\"region\":\"37\"}}\n";
const BAD_INN: &str = "{\"institution\":{\"id\":\"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f02\",\"name\":\"ОБУСО «Вичугский КЦСОН»\",\"kind\":\"kcson\",\"level\":\"regional\",\"region\":\"37\",\"inn\":\"7830002290\"}}\n";
const POINT_OF_NOWHERE: &str = "{\"service_point\":{\"id\":\"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f03\",\"institution\":\"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f99\",\"name\":\"Онлайн-приёмная\",\"kind\":\"online\",\"status\":\"active\"}}\n";

/// A fresh directory of this test process for the files of one test.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("load_path-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap();
}

fn load(path: &Path) -> Result<Registry, LoadError> {
    io::load_path(path, &ValidationOptions::default())
}

fn jsonl_text(dataset: &social_services::Dataset) -> Vec<u8> {
    let mut out = Vec::new();
    jsonl::write(dataset, &mut out).unwrap();
    out
}

#[test]
fn json_and_jsonl_files_of_one_data_set_give_equal_registries() {
    let dir = scratch("equal");
    let dataset = sample::dataset();
    let (json_path, jsonl_path) = (dir.join("sample.json"), dir.join("sample.jsonl"));
    write(&json_path, json::to_string_pretty(&dataset).as_bytes());
    write(&jsonl_path, &jsonl_text(&dataset));

    let from_json = load(&json_path).expect("the sample as a JSON document");
    let from_jsonl = load(&jsonl_path).expect("the sample as JSON Lines");
    assert_eq!(from_json.dataset(), from_jsonl.dataset());
    assert_eq!(from_json.dataset(), &dataset);
    assert_eq!(from_json.warnings(), from_jsonl.warnings());
    assert!(from_json.institutions().count() > 0);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_extension_is_matched_without_regard_to_ascii_case() {
    let dir = scratch("case");
    let dataset = sample::dataset();
    let (json_path, jsonl_path) = (dir.join("SAMPLE.JSON"), dir.join("sample.JsonL"));
    write(&json_path, json::to_string(&dataset).as_bytes());
    write(&jsonl_path, &jsonl_text(&dataset));
    assert_eq!(load(&json_path).unwrap().dataset(), &dataset);
    assert_eq!(load(&jsonl_path).unwrap().dataset(), &dataset);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_json_file_is_read_as_json_load_file_reads_it() {
    let dir = scratch("json");
    let path = dir.join("registry.json");
    write(&path, br#"{"format_version": 1, "x_note": 1, "x_note": 2}"#);
    let by_path = load(&path).unwrap_err().to_string();
    let by_reader = json::load_file(&path, &ValidationOptions::default())
        .unwrap_err()
        .to_string();
    assert_eq!(by_path, by_reader);
    assert_eq!(
        by_path.lines().next(),
        Some("error[json.duplicate_key]: line 1, column 43: duplicate key \"x_note\"")
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn rejects_an_unknown_extension_by_name_without_opening_the_file() {
    // The file does not exist: the extension is refused before any reading.
    let err = load(Path::new("no/such/registry.csv")).unwrap_err();
    assert!(
        matches!(&err, LoadError::UnknownFormat { path } if path == Path::new("no/such/registry.csv"))
    );
    assert_eq!(
        err.to_string(),
        r#"unknown format of "no/such/registry.csv": the extension is neither .json nor .jsonl"#
    );
}

#[test]
fn rejects_a_path_without_an_extension() {
    let dir = scratch("bare");
    let path = dir.join("registry");
    write(&path, json::to_string(&sample::dataset()).as_bytes());
    let err = load(&path).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "unknown format of {:?}: the extension is neither .json nor .jsonl",
            path.display().to_string()
        )
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_missing_file_is_an_io_error_for_either_format() {
    for name in ["no/such/registry.json", "no/such/registry.jsonl"] {
        let err = load(Path::new(name)).unwrap_err();
        match err {
            LoadError::Io(e) => assert_eq!(e.kind(), std::io::ErrorKind::NotFound, "{name}"),
            other => panic!("{name}: expected an i/o error, got {other:?}"),
        }
    }
}

#[test]
fn jsonl_load_reports_every_unreadable_line_and_then_the_broken_rules() {
    let text = format!("{HEADER}{MINISTRY}{BAD_INN}not json\n{POINT_OF_NOWHERE}");
    let Err(LoadError::Invalid(report)) =
        jsonl::load(text.as_bytes(), &ValidationOptions::default())
    else {
        panic!("a stream with bad lines is not a registry");
    };
    let issues: Vec<String> = report.issues().iter().map(ToString::to_string).collect();
    assert_eq!(
        issues,
        [
            r#"error[jsonl.unreadable_line]: line 3, column 181: institution.inn: invalid ИНН "7830002290": check digit is 0, expected 3"#,
            "error[jsonl.unreadable_line]: line 4, column 1: expected value",
            "error[reference.unknown_institution] service_points[0].institution: no institution has id 6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f99",
        ]
    );
}

#[test]
fn jsonl_load_reports_a_stream_without_its_header() {
    let Err(LoadError::Invalid(report)) =
        jsonl::load(MINISTRY.as_bytes(), &ValidationOptions::default())
    else {
        panic!("a stream without a header is not a registry");
    };
    assert_eq!(report.issues()[0].code, jsonl::CODE_LINE_UNREADABLE);
    assert_eq!(
        report.issues()[0].message,
        r#"line 1: expected the header {"dataset":{"format_version":…}} first, found a record of kind "institution""#
    );
}

#[test]
fn jsonl_load_of_a_valid_stream_keeps_its_warnings_in_the_registry() {
    let dataset = sample::dataset();
    let registry = jsonl::load(&jsonl_text(&dataset)[..], &ValidationOptions::default())
        .expect("the sample is a valid registry");
    let direct = Registry::new(dataset).unwrap();
    assert_eq!(registry.dataset(), direct.dataset());
    assert_eq!(registry.warnings(), direct.warnings());
}

#[test]
fn a_jsonl_file_by_path_reports_as_jsonl_load_does() {
    let dir = scratch("jsonl-report");
    let path = dir.join("registry.jsonl");
    let text = format!("{HEADER}{MINISTRY}{BAD_INN}{POINT_OF_NOWHERE}");
    write(&path, text.as_bytes());
    let by_path = load(&path).unwrap_err().to_string();
    let by_reader = jsonl::load(text.as_bytes(), &ValidationOptions::default())
        .unwrap_err()
        .to_string();
    assert_eq!(by_path, by_reader);
    std::fs::remove_dir_all(&dir).unwrap();
}
