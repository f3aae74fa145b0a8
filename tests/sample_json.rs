//! `data/sample.json` is the seeds as records, built in `sample_json/build.rs` with the crate's
//! own types; this test keeps the committed document and the builder in step.
//!
//! After a change to the builder, write the document again with
//! `SOCIAL_SERVICES_WRITE_SAMPLE=1 cargo test --test sample_json` (the tests that read the
//! embedded document fail in that run: it was compiled in before the write) and review the diff.

#[path = "sample_json/build.rs"]
mod build;
#[path = "sample_json/events.rs"]
mod events;

use social_services::sample;

fn written() -> String {
    let mut json = serde_json::to_string_pretty(&build::dataset()).expect("a dataset serialises");
    json.push('\n');
    json
}

#[test]
fn committed_sample_json_is_what_the_builder_writes() {
    let json = written();
    if std::env::var_os("SOCIAL_SERVICES_WRITE_SAMPLE").is_some() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/sample.json");
        std::fs::write(path, &json).expect("data/sample.json is writable");
        return;
    }
    assert!(
        sample::JSON == json,
        "data/sample.json differs from the builder's output; write it again (see the module docs)"
    );
}

#[test]
fn sample_dataset_reads_back_as_the_builder_dataset() {
    assert_eq!(sample::dataset(), build::dataset());
}

#[test]
fn sample_json_is_read_and_written_without_loss() {
    let dataset = sample::dataset();
    let mut again = serde_json::to_string_pretty(&dataset).expect("a dataset serialises");
    again.push('\n');
    assert_eq!(again, sample::JSON);
}
