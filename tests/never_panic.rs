//! Arbitrary bytes and arbitrary text into every reader and every value parser: each returns
//! `Ok` or `Err`, never panics — and what it reads, it writes back and reads back equal.
//!
//! The checks are the fuzz targets' own (`fuzz/fuzz_targets/harness.rs`), run here on
//! proptest's inputs so that a plain `cargo test` exercises them too.

#[path = "../fuzz/fuzz_targets/harness.rs"]
mod harness;

use proptest::collection::vec;
use proptest::prelude::*;

/// Text made of what the crate's values are made of — digits, Cyrillic and Latin letters and
/// their punctuation — so that parsers get past their first character more often than on
/// arbitrary text.
fn value_like() -> impl Strategy<Value = String> {
    "[0-9А-Яа-яЁёA-Za-z .,;:()«»+@/_*-]{0,40}"
}

/// A JSON-ish document: the sample's own fragments and JSON punctuation.
fn json_like() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just(",".to_owned()),
        Just(":".to_owned()),
        Just("\"format_version\"".to_owned()),
        Just("1".to_owned()),
        Just("\"persons\"".to_owned()),
        Just("\"institutions\"".to_owned()),
        Just("\"id\"".to_owned()),
        Just("\"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11\"".to_owned()),
        Just("\"name\"".to_owned()),
        Just("\"Егорова Е.В.\"".to_owned()),
        Just("\"x_note\"".to_owned()),
        Just("null".to_owned()),
        Just("\n".to_owned()),
        "\"[а-я0-9 -]{0,8}\"",
    ];
    vec(token, 0..40).prop_map(|tokens| tokens.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn value_parsers_never_panic_on_arbitrary_text(text in any::<String>()) {
        harness::values(text.as_bytes());
    }

    #[test]
    fn value_parsers_never_panic_on_value_like_text(text in value_like()) {
        harness::values(text.as_bytes());
    }

    #[test]
    fn value_parsers_never_panic_on_arbitrary_bytes(bytes in vec(any::<u8>(), 0..64)) {
        harness::values(&bytes);
    }

    #[test]
    fn json_readers_never_panic_on_arbitrary_bytes(bytes in vec(any::<u8>(), 0..256)) {
        harness::json_dataset(&bytes);
    }

    #[test]
    fn json_readers_never_panic_on_json_like_text(text in json_like()) {
        harness::json_dataset(text.as_bytes());
    }

    #[test]
    fn json_lines_reader_never_panics_on_arbitrary_bytes(bytes in vec(any::<u8>(), 0..256)) {
        harness::jsonl(&bytes);
    }

    #[test]
    fn json_lines_reader_never_panics_on_json_like_lines(text in json_like()) {
        let stream = format!("{{\"dataset\":{{\"format_version\":1}}}}\n{text}");
        harness::jsonl(stream.as_bytes());
    }

    #[test]
    fn stream_readers_agree_on_arbitrary_bytes(bytes in vec(any::<u8>(), 0..256)) {
        harness::stream(&bytes);
    }

    #[test]
    fn stream_readers_agree_on_arbitrary_text_under_the_attendance_header(text in any::<String>()) {
        let table = format!("event,date,person,institution,region,institution_kind\n{text}");
        harness::stream(table.as_bytes());
    }

    #[test]
    fn csv_readers_never_panic_on_arbitrary_bytes(bytes in vec(any::<u8>(), 0..256)) {
        harness::csv(&bytes);
    }

    #[test]
    fn csv_readers_never_panic_on_arbitrary_text_under_a_known_header(text in any::<String>()) {
        let table = format!("id,name,snils,phones,emails,sources\n{text}");
        harness::csv(table.as_bytes());
    }

    #[test]
    fn csv_readers_never_panic_on_value_like_statistics_rows(
        cells in vec(value_like(), 0..8),
    ) {
        let table = format!(
            "scope,period,service,family_category,families_served,families_supported,appeals\n{}\n",
            cells.join(",")
        );
        harness::csv(table.as_bytes());
    }
}
