//! Streaming attendance files: the fast paths give the answer of the normal path and of the
//! registry, accept and reject the same rows, and the parallel paths give the sequential
//! answer.
#![cfg(feature = "synth")]

use social_services::aggregate::{self, AttendanceByRegionKind};
use social_services::stream::{self, AttendanceRow, Format};
use social_services::{Registry, synth};

/// A generated registry and its attendance as JSON Lines and CSV.
fn generated(scale: f64) -> (Registry, Vec<AttendanceRow>, Vec<u8>, Vec<u8>) {
    let dataset = synth::generate(&synth::Options { scale, seed: 42 });
    let rows: Vec<AttendanceRow> = synth::attendance_rows(&dataset).collect();
    let (mut jsonl, mut csv) = (Vec::new(), Vec::new());
    stream::write_csv_header(&mut csv);
    for row in &rows {
        row.write_jsonl(&mut jsonl);
        row.write_csv(&mut csv);
    }
    let registry = Registry::new(dataset).expect("the generated registry is valid");
    (registry, rows, jsonl, csv)
}

fn every_path(text: &[u8], format: Format) -> Vec<AttendanceByRegionKind> {
    #[cfg_attr(not(feature = "rayon"), allow(unused_mut))] // the parallel paths add to it
    let mut answers = vec![
        stream::aggregate(text, format).unwrap(),
        stream::reference_aggregate(text, format).unwrap(),
        stream::load(text, format).unwrap().by_region_kind(),
    ];
    #[cfg(feature = "rayon")]
    {
        answers.extend([
            stream::par_aggregate(text, format).unwrap(),
            stream::par_load(text, format).unwrap().par_by_region_kind(),
        ]);
        let path = temp_file(text);
        answers.extend([
            stream::par_aggregate_file(&path, format).unwrap(),
            stream::par_load_file(&path, format)
                .unwrap()
                .by_region_kind(),
        ]);
        std::fs::remove_file(path).unwrap();
    }
    answers
}

/// A file of its own holding `text`.
#[cfg(feature = "rayon")]
fn temp_file(text: &[u8]) -> std::path::PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let path = std::env::temp_dir().join(format!("stream-test-{}-{n}", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn streaming_a_generated_file_gives_the_registry_answer() {
    let (registry, rows, jsonl, csv) = generated(0.004);
    let expected = aggregate::attendance_by_region_kind(&registry);
    assert_eq!(expected.total(), rows.len() as u64);
    for answer in every_path(&jsonl, Format::JsonLines) {
        assert_eq!(answer, expected);
    }
    for answer in every_path(&csv, Format::Csv) {
        assert_eq!(answer, expected);
    }
}

#[test]
fn loading_keeps_every_row_in_order() {
    let (_, rows, jsonl, csv) = generated(0.002);
    for (text, format) in [(&jsonl, Format::JsonLines), (&csv, Format::Csv)] {
        let table = stream::load(text.as_slice(), format).unwrap();
        let read: Vec<AttendanceRow> = (0..table.len()).map(|i| table.row(i)).collect();
        assert_eq!(read, rows);
        #[cfg(feature = "rayon")]
        {
            let table = stream::par_load(text.as_slice(), format).unwrap();
            let read: Vec<AttendanceRow> = (0..table.len()).map(|i| table.row(i)).collect();
            assert_eq!(read, rows);
        }
    }
}

#[cfg(feature = "rayon")]
#[test]
fn parallel_aggregation_over_a_registry_gives_the_sequential_answer() {
    let (registry, ..) = generated(0.002);
    assert_eq!(
        aggregate::par_attendance_by_region_kind(&registry),
        aggregate::attendance_by_region_kind(&registry)
    );
}

const EVENT: &str = "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11";
const PERSON: &str = "0b3c6a43-5f2e-4a51-9bd1-3c4a2f1e0d9a";
const INSTITUTION: &str = "9e6a0c1d-2b3f-4d5e-8f70-1a2b3c4d5e6f";

fn json_line(date: &str, region: &str, kind: &str) -> String {
    format!(
        r#"{{"event":"{EVENT}","date":"{date}","person":"{PERSON}","institution":"{INSTITUTION}","region":"{region}","institution_kind":"{kind}"}}"#
    )
}

fn csv_file(lines: &[String]) -> String {
    let mut text = "event,date,person,institution,region,institution_kind\n".to_owned();
    for line in lines {
        text.push_str(line);
        text.push('\n');
    }
    text
}

fn csv_line(date: &str, region: &str, kind: &str) -> String {
    format!("{EVENT},{date},{PERSON},{INSTITUTION},{region},{kind}")
}

/// The error of every path, which must be one and the same.
fn errors(text: &str, format: Format) -> String {
    let fast = stream::aggregate(text.as_bytes(), format)
        .unwrap_err()
        .to_string();
    let normal = stream::reference_aggregate(text.as_bytes(), format)
        .unwrap_err()
        .to_string();
    let loaded = stream::load(text.as_bytes(), format)
        .unwrap_err()
        .to_string();
    assert_eq!(fast, loaded);
    #[cfg(feature = "rayon")]
    {
        let parallel = [
            stream::par_aggregate(text.as_bytes(), format)
                .unwrap_err()
                .to_string(),
            stream::par_load(text.as_bytes(), format)
                .unwrap_err()
                .to_string(),
        ];
        let path = temp_file(text.as_bytes());
        let from_file = [
            stream::par_aggregate_file(&path, format)
                .unwrap_err()
                .to_string(),
            stream::par_load_file(&path, format)
                .unwrap_err()
                .to_string(),
        ];
        std::fs::remove_file(path).unwrap();
        for (name, error) in [
            "par_aggregate",
            "par_load",
            "par_aggregate_file",
            "par_load_file",
        ]
        .iter()
        .zip(parallel.iter().chain(&from_file))
        {
            assert_eq!(error, &fast, "{name} on {text:?}");
        }
    }
    assert_eq!(fast, normal, "{text}");
    fast
}

#[test]
fn the_fast_and_normal_paths_reject_the_same_json_lines() {
    let good = json_line("2024-10-03", "71", "family_mfc");
    let cases = [
        (
            json_line("2024-10-03", "99", "kcson"),
            "region: invalid region \"99\": no federal subject has code 99",
        ),
        (
            json_line("2024-10-03", "7", "kcson"),
            "region: invalid region \"7\": a subject code has 2 digits, found 1",
        ),
        (
            json_line("2023-02-29", "71", "kcson"),
            "date: invalid date \"2023-02-29\"",
        ),
        (
            json_line("2024-13-01", "71", "kcson"),
            "date: invalid date \"2024-13-01\"",
        ),
        (
            good.replace(EVENT, "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f1g"),
            "event: UUID parsing failed: invalid character",
        ),
        (
            good.replace(r#","region":"71""#, ""),
            "missing field `region`",
        ),
        (
            good.replace(r#""region":"71""#, r#""region":"71","x":"y""#),
            "unknown field `x`",
        ),
        (
            good.replace(r#""region":"71""#, r#""region":71"#),
            "region: invalid type: integer `71`",
        ),
        (
            good.replace(r#","region":"71""#, r#","region":"71","region":"71""#),
            "duplicate field `region`",
        ),
        (
            good[..good.len() - 1].to_owned(),
            "EOF while parsing an object",
        ),
        (format!("{good}x"), "trailing characters"),
    ];
    for (line, expected) in cases {
        let text = format!("{good}\n{line}\n{good}\n");
        let error = errors(&text, Format::JsonLines);
        assert!(error.starts_with("line 2, column "), "{error}");
        assert!(
            error.contains(expected),
            "{error} does not contain {expected}"
        );
    }
}

#[test]
fn the_fast_and_normal_paths_reject_the_same_csv_rows() {
    let good = csv_line("2024-10-03", "71", "family_mfc");
    let cases = [
        (
            csv_line("2024-10-03", "99", "kcson"),
            "line 3, column 5: region: invalid region \"99\": no federal subject has code 99",
        ),
        (
            csv_line("2023-02-29", "71", "kcson"),
            "line 3, column 2: date: invalid date \"2023-02-29\"",
        ),
        (
            csv_line("2024-10-03", "", "kcson"),
            "line 3, column 5: region: invalid region \"\": empty",
        ),
        (
            good.replace(PERSON, "not-a-uuid"),
            "line 3, column 3: person: invalid id \"not-a-uuid\"",
        ),
        (
            format!("{good},extra"),
            "line 3, column 0: found 7 cells, expected 6",
        ),
        (
            good.replace(",71,", ","),
            "line 3, column 0: found 5 cells, expected 6",
        ),
        (
            good.replace(",71,", ",\"71,"),
            "line 3, column 0: a quoted cell runs past the end of the line",
        ),
    ];
    for (line, expected) in cases {
        let text = csv_file(&[good.clone(), line, good.clone()]);
        let error = errors(&text, Format::Csv);
        assert!(
            error.starts_with(expected),
            "{error} does not start with {expected}"
        );
    }
}

#[test]
fn the_fast_and_normal_paths_accept_the_same_unusual_rows() {
    let json = [
        json_line("2024-10-03", "Тульская обл.", "СМФЦ"),
        json_line("2024-10", "7\\u0031", "fami\\u006cy_mfc"),
        json_line("2024", "37", "приют"),
        json_line("2024-10-03", "71", "kcson").replace(EVENT, &EVENT.to_uppercase()),
        json_line("2024-10-03", "71", "kcson").replace(PERSON, &PERSON.replace('-', "")),
        format!(
            "  {}  \r",
            json_line("2024-10-03", "71", "kcson").replace(':', " : ")
        ),
        String::new(),
        "   ".to_owned(),
    ];
    let text = json.join("\n");
    let answers = every_path(text.as_bytes(), Format::JsonLines);
    assert_eq!(answers[0].total(), 6);
    for answer in &answers {
        assert_eq!(answer, &answers[0]);
    }
    let csv = csv_file(&[
        csv_line("2024-10-03", "Тульская обл.", "СМФЦ"),
        csv_line("2024-10-03", "\"71\"", "\"приют, временный\""),
        format!("{}\r", csv_line("2024-10-03", "71", "kcson")),
        csv_line("2024-10-03", " 37 ", "family_mfc"),
        String::new(),
    ]);
    let csv = format!("\u{feff}{csv}");
    let answers = every_path(csv.as_bytes(), Format::Csv);
    assert_eq!(answers[0].total(), 4);
    for answer in &answers {
        assert_eq!(answer, &answers[0]);
    }
}

#[test]
fn every_path_refuses_a_line_over_the_limit_at_its_number() {
    let good = json_line("2024-10-03", "71", "family_mfc");
    let long = format!("{good}\n{good}\n{}\n{good}\n", " ".repeat(1 << 20));
    let error = errors(&long, Format::JsonLines);
    assert_eq!(error, "line 3: longer than 1048576 bytes");
    let csv = csv_file(&[csv_line("2024-10-03", "71", "kcson"), "x".repeat(1 << 20)]);
    assert_eq!(
        errors(&csv, Format::Csv),
        "line 3: longer than 1048576 bytes"
    );
}

#[test]
fn every_path_cuts_a_long_name_or_value_in_its_message() {
    let long = "ж".repeat(5000);
    let cut = format!("{}…", "ж".repeat(64));
    let good = json_line("2024-10-03", "71", "family_mfc");
    let unknown = format!(
        "{good}\n{}\n",
        good.replacen('{', &format!("{{\"{long}\":1,"), 1)
    );
    let message = errors(&unknown, Format::JsonLines);
    assert_eq!(
        message,
        format!(
            "line 2, column 10003: {cut}: unknown field `{cut}` (5000 characters), expected one of `event`, `date`, `person`, `institution`, `region`, `institution_kind`"
        )
    );
    assert!(message.chars().count() < 300, "{message}");
    let wrong_type = format!(
        "{good}\n{}\n",
        good.replacen("\"71\"", &format!("[\"{long}\"]"), 1)
    );
    let message = errors(&wrong_type, Format::JsonLines);
    assert!(message.chars().count() < 300, "{message}");
    let header = format!("event,date,person,institution,region,{long}\n");
    assert_eq!(
        errors(&header, Format::Csv),
        format!("line 1: csv header: unknown column \"{cut}\" (5000 characters)")
    );
}

#[test]
fn a_bad_utf8_cell_is_reported_alike_on_every_path() {
    let mut text = csv_file(&[csv_line("2024-10-03", "71", "kcson")]).into_bytes();
    text.extend_from_slice(csv_line("2024-10-03", "71", "при").as_bytes());
    text.truncate(text.len() - 1);
    text.push(b'\n');
    let fast = stream::aggregate(&text[..], Format::Csv)
        .unwrap_err()
        .to_string();
    let normal = stream::reference_aggregate(&text[..], Format::Csv)
        .unwrap_err()
        .to_string();
    assert_eq!(fast, normal);
    assert_eq!(
        fast,
        "line 3, column 6: institution_kind: not UTF-8 after byte 4 of the cell"
    );
}

#[cfg(all(unix, feature = "rayon"))]
#[test]
fn a_device_is_read_as_a_stream_not_as_an_empty_file() {
    let error = stream::par_aggregate_file("/dev/zero", Format::JsonLines).unwrap_err();
    assert_eq!(error.to_string(), "line 1: longer than 1048576 bytes");
    let empty = stream::par_aggregate_file("/dev/null", Format::JsonLines).unwrap();
    assert_eq!(empty.total(), 0);
}

/// A FIFO has no length: the parallel file readers read it as a stream, once, and count its
/// rows (`examples/attendance.rs` opens its input once for the same reason).
#[cfg(all(unix, feature = "rayon"))]
#[test]
fn a_fifo_is_read_as_a_stream() {
    let text = csv_file(&[
        csv_line("2024-10-03", "71", "kcson"),
        csv_line("2024-10-04", "37", "family_mfc"),
    ]);
    let expected = stream::aggregate(text.as_bytes(), Format::Csv).unwrap();
    assert_eq!(expected.total(), 2);
    let path = std::env::temp_dir().join(format!("stream-fifo-{}", std::process::id()));
    let _ = std::fs::remove_file(&path);
    let made = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    for read in [
        |path: &std::path::Path| stream::par_aggregate_file(path, Format::Csv).unwrap(),
        |path: &std::path::Path| {
            stream::par_load_file(path, Format::Csv)
                .unwrap()
                .by_region_kind()
        },
    ] {
        let writer = {
            let (path, text) = (path.clone(), text.clone());
            std::thread::spawn(move || std::fs::write(path, text).unwrap())
        };
        assert_eq!(read(&path), expected);
        writer.join().unwrap();
    }
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn a_stored_attendance_record_takes_at_most_48_bytes() {
    assert!(std::mem::size_of::<stream::AttendanceRecord>() <= 48);
}
