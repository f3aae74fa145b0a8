//! The JSON Schemas in `schema/`: the committed files are what the code generates, the
//! documents the crate writes and reads are valid against them, and documents both refuse are
//! refused by both — with the boundary (what only the crate checks) pinned.
#![cfg(feature = "schema")]

use social_services::io::Chain;
use std::path::PathBuf;

use jsonschema::{Draft, Validator};
use serde_json::{Value, json};
use social_services::io::{self, jsonl};
use social_services::{Dataset, sample, schema};

/// The command that regenerates every committed schema file.
const REGENERATE: &str = "UPDATE_SCHEMA=1 cargo test --features schema --test schema";

fn schema_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema")
}

fn data(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

/// The committed schema file `name` as JSON.
fn committed(name: &str) -> Value {
    let path = schema_dir().join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; regenerate with `{REGENERATE}`", path.display()));
    serde_json::from_str(&text).unwrap()
}

/// A validator of `schema` that asserts formats (`uuid`) and fetches nothing.
fn validator(schema: &Value) -> Validator {
    jsonschema::options()
        .with_draft(Draft::Draft202012)
        .should_validate_formats(true)
        .build(schema)
        .unwrap()
}

/// A validator of the committed schema file `name`.
fn committed_validator(name: &str) -> Validator {
    validator(&committed(name))
}

/// A validator of the definition `name` of the committed data set schema.
fn definition(name: &str) -> Validator {
    let dataset = committed("dataset.schema.json");
    assert!(dataset["$defs"].get(name).is_some(), "no definition {name}");
    validator(&json!({
        "$schema": dataset["$schema"],
        "$ref": format!("#/$defs/{name}"),
        "$defs": dataset["$defs"],
    }))
}

/// Whether the crate reads `text` as a `T`.
fn reads<T: std::str::FromStr>(text: &str) -> bool {
    text.parse::<T>().is_ok()
}

/// Whether the crate refuses `text` as a `T`.
fn refuses<T: std::str::FromStr>(text: &str) -> bool {
    text.parse::<T>().is_err()
}

/// The errors of `instance` against `validator`, as text, to show when a test fails.
fn errors(validator: &Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[track_caller]
fn assert_valid(validator: &Validator, instance: &Value) {
    let errors = errors(validator, instance);
    assert!(errors.is_empty(), "{errors:#?}\nin {instance}");
}

/// Checks every line of the JSON Lines form of `dataset` against the schema of its kind and the
/// schema of any line.
fn assert_jsonl_lines_valid(dataset: &Dataset) {
    let mut out = Vec::new();
    jsonl::write(dataset, &mut out).unwrap();
    let any_line = committed_validator("jsonl-line.schema.json");
    let text = String::from_utf8(out).unwrap();
    for (n, line) in text.lines().enumerate() {
        let value: Value = serde_json::from_str(line).unwrap();
        let kind = value.as_object().unwrap().keys().next().unwrap().clone();
        assert_eq!(n == 0, kind == "dataset", "line {}: {kind}", n + 1);
        assert_valid(
            &committed_validator(&format!("jsonl-{kind}.schema.json")),
            &value,
        );
        assert_valid(&any_line, &value);
    }
}

// ── The committed files ──────────────────────────────────────────────────────────────────

#[test]
fn committed_schema_files_are_what_the_code_generates() {
    let update = std::env::var_os("UPDATE_SCHEMA").is_some();
    let mut stale = Vec::new();
    for (name, generated) in schema::files() {
        let path = schema_dir().join(&name);
        let text = schema::to_file_text(&generated);
        if update {
            std::fs::write(&path, &text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "the committed schema files {stale:?} differ from what the code generates; regenerate \
         them all with `{REGENERATE}`"
    );
}

#[test]
fn schema_folder_holds_only_the_generated_files_and_its_readme() {
    let mut expected: Vec<String> = schema::files().into_iter().map(|(name, _)| name).collect();
    expected.push("README.md".to_owned());
    expected.sort();
    let mut found: Vec<String> = std::fs::read_dir(schema_dir())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    found.sort();
    assert_eq!(found, expected);
}

#[test]
fn committed_schemas_are_valid_json_schema_2020_12() {
    for (name, _) in schema::files() {
        let schema = committed(&name);
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        assert!(
            jsonschema::meta::is_valid(&schema),
            "{name} is not a valid schema"
        );
    }
}

#[test]
fn any_line_is_the_header_or_one_record_kind_line() {
    let any_line = schema::jsonl_line();
    let branches = any_line["oneOf"].as_array().unwrap();
    let mut kinds = vec!["dataset"];
    kinds.extend(schema::JSONL_RECORD_KINDS);
    assert_eq!(branches.len(), kinds.len());
    for (branch, kind) in branches.iter().zip(kinds) {
        let line = if kind == "dataset" {
            schema::jsonl_header()
        } else {
            schema::jsonl_record(kind).unwrap()
        };
        for keyword in ["type", "properties", "required", "additionalProperties"] {
            assert_eq!(branch[keyword], line[keyword], "{kind}: {keyword}");
        }
    }
}

// ── Documents the crate writes and reads are valid ───────────────────────────────────────

#[test]
fn the_sample_data_set_is_valid_as_committed_and_as_written() {
    let schema = committed_validator("dataset.schema.json");
    let committed_text: Value = serde_json::from_str(&data("sample.json")).unwrap();
    assert_valid(&schema, &committed_text);
    let written: Value = serde_json::from_str(&io::json::to_string(&sample::dataset())).unwrap();
    assert_valid(&schema, &written);
}

#[test]
fn the_published_network_data_set_is_valid() {
    let text = data("published_network.json");
    io::json::from_str(&text).unwrap();
    let document: Value = serde_json::from_str(&text).unwrap();
    assert_valid(&committed_validator("dataset.schema.json"), &document);
}

#[test]
fn each_json_lines_line_of_the_sample_is_valid_against_its_kind() {
    assert_jsonl_lines_valid(&sample::dataset());
}

#[test]
fn each_json_lines_line_of_the_published_network_is_valid_against_its_kind() {
    assert_jsonl_lines_valid(&io::json::from_str(&data("published_network.json")).unwrap());
}

/// Neither data file has a cohort: one written by hand, with enrollments and head-counts.
#[test]
fn a_cohort_line_the_crate_reads_is_valid() {
    let line = json!({ "cohort": {
        "id": "3d6b9f0a-3f0e-4f0e-8b1a-6c2d9e4f5a61",
        "site": INSTITUTION_ID,
        "title": "Стажировка специалистов семейных МФЦ",
        "dates": "2024-11-11/2024-11-15",
        "format": "очный",
        "capacity": 30,
        "enrollments": [{ "home_region": "Ивановская область", "status": "completed" }],
        "head_counts": [{ "region": "37", "count": 12 }],
        "x_note": "kept as read",
    }});
    let text = format!("{{\"dataset\":{{\"format_version\":1}}}}\n{line}\n");
    let dataset = jsonl::read_dataset(text.as_bytes()).unwrap();
    assert_eq!(dataset.cohorts.len(), 1);
    assert_valid(&committed_validator("jsonl-cohort.schema.json"), &line);
    assert_valid(&committed_validator("jsonl-line.schema.json"), &line);
    assert_jsonl_lines_valid(&dataset);
}

/// Lenient spellings the crate reads, each a value of the named definition: the schema must
/// not refuse what the crate reads.
#[test]
fn lenient_spellings_the_crate_reads_are_valid() {
    use social_services::{
        records::{Level, ServicePointStatus, StatedCount, StatisticsScope},
        values::{Inn, Phone, RegionCode, ReportingPeriod, Snils},
    };
    /// Whether the crate reads the text as the value.
    type Reads = fn(&str) -> bool;
    let cases: &[(&str, &str, Reads)] = &[
        ("Phone", "8 (4872) 12-34-56", reads::<Phone>),
        ("Phone", "+7 4872 123456", reads::<Phone>),
        ("Phone", "8.4872.12.34.56", reads::<Phone>),
        ("Phone", "4872123456", reads::<Phone>),
        ("Snils", "11223344595", reads::<Snils>),
        ("Inn", "500100732259", reads::<Inn>),
        ("RegionCode", "Ивановская обл.", reads::<RegionCode>),
        ("RegionCode", " 37 ", reads::<RegionCode>),
        ("ReportingPeriod", "2025-h1", reads::<ReportingPeriod>),
        ("ReportingPeriod", "2024-02-29", reads::<ReportingPeriod>),
        (
            "StatisticsScope",
            "region:Тульская область",
            reads::<StatisticsScope>,
        ),
        (
            "StatisticsScope",
            "institution:6F1C1B2E8D7A4C559A530D8D0E0B6F11",
            reads::<StatisticsScope>,
        ),
        ("StatedCount", "почти 150 тыс.", reads::<StatedCount>),
        ("StatedCount", "БОЛЕЕ 1 000", reads::<StatedCount>),
        ("StatedCount", "more than 250", reads::<StatedCount>),
        ("StatedCount", "250", reads::<StatedCount>),
        ("Level", "областной", reads::<Level>),
        (
            "ServicePointStatus",
            "на ремонте",
            reads::<ServicePointStatus>,
        ),
    ];
    for &(name, text, crate_reads) in cases {
        assert!(crate_reads(text), "the crate does not read {name} {text:?}");
        assert_valid(&definition(name), &json!(text));
    }
    assert_valid(&definition("PersonName"), &json!("Баталина О.Ю."));
    assert_valid(&definition("StatedCount"), &json!(250.0));
}

/// Forms of values that the crate refuses and the schema's patterns refuse too.
#[test]
fn malformed_values_are_refused_by_their_patterns_and_their_parsers() {
    use social_services::{
        records::{StatedCount, StatisticsScope},
        values::{
            DateRange, Email, Inn, Kpp, Oktmo, PartialDate, Phone, PostalCode, ReportingPeriod,
            Snils,
        },
    };
    /// Whether the crate refuses the text as the value.
    type Refuses = fn(&str) -> bool;
    let cases: &[(&str, &str, Refuses)] = &[
        ("PartialDate", "0000", refuses::<PartialDate>),
        ("PartialDate", "2024-02-30", refuses::<PartialDate>),
        ("PartialDate", "2024-04-31", refuses::<PartialDate>),
        ("PartialDate", "2024-09-00", refuses::<PartialDate>),
        ("PartialDate", " 2024", refuses::<PartialDate>),
        ("DateRange", "2024-09/2024-10", refuses::<DateRange>),
        ("DateRange", "2024-10-03/04", refuses::<DateRange>),
        ("ReportingPeriod", "2025-H3", refuses::<ReportingPeriod>),
        ("Inn", "77070838931", refuses::<Inn>),
        ("Inn", "7707 083893", refuses::<Inn>),
        ("Kpp", "7707АВ001", refuses::<Kpp>),
        ("Snils", "112-233-44595", refuses::<Snils>),
        ("Oktmo", "7070100", refuses::<Oktmo>),
        ("PostalCode", "30004", refuses::<PostalCode>),
        ("Phone", "+7 4872 12345", refuses::<Phone>),
        ("Phone", "8 4872 123456 доб. 12", refuses::<Phone>),
        ("Email", "info@mfc71", refuses::<Email>),
        ("Email", "info mfc@mfc71.ru", refuses::<Email>),
        ("Email", "ivanov..mfc@mfc71.ru", refuses::<Email>),
        ("Email", "ivanov.@mfc71.ru", refuses::<Email>),
        (
            "KnownDate",
            "не позднее 2024-02-30",
            refuses::<social_services::values::KnownDate>,
        ),
        (
            "KnownDate",
            "2024-9",
            refuses::<social_services::values::KnownDate>,
        ),
        ("StatedCount", "до250", refuses::<StatedCount>),
        ("StatedCount", "более", refuses::<StatedCount>),
        ("StatisticsScope", "город:Тула", refuses::<StatisticsScope>),
        (
            "StatisticsScope",
            "institution:42",
            refuses::<StatisticsScope>,
        ),
        (
            "RegionCode",
            "7",
            refuses::<social_services::values::RegionCode>,
        ),
    ];
    for &(name, text, crate_refuses) in cases {
        assert!(crate_refuses(text), "the crate reads {name} {text:?}");
        assert!(
            !definition(name).is_valid(&json!(text)),
            "the schema admits {name} {text:?}"
        );
    }
}

// ── Generated data sets are valid ────────────────────────────────────────────────────────

#[cfg(feature = "proptest")]
mod generated {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn valid_data_sets_are_valid_against_the_schemas(
            dataset in social_services::strategy::valid_dataset()
        ) {
            let document: Value = serde_json::from_str(&io::json::to_string(&dataset)).unwrap();
            let errors = errors(&committed_validator("dataset.schema.json"), &document);
            prop_assert!(errors.is_empty(), "{:#?}", errors);
            assert_jsonl_lines_valid(&dataset);
        }

        /// Arbitrary data sets (not referentially valid, with unknown fields and terms outside
        /// the vocabularies) are what the crate reads and writes, so the schema admits them too.
        #[test]
        fn arbitrary_data_sets_are_valid_against_the_schema(dataset in any::<Dataset>()) {
            let document: Value = serde_json::from_str(&io::json::to_string(&dataset)).unwrap();
            let errors = errors(&committed_validator("dataset.schema.json"), &document);
            prop_assert!(errors.is_empty(), "{:#?}", errors);
        }
    }
}

#[cfg(feature = "synth")]
#[test]
fn a_generated_registry_is_valid_against_the_schemas() {
    use social_services::synth;
    let dataset = synth::generate(&synth::Options {
        scale: 0.0002,
        seed: 7,
    });
    assert!(dataset.len() > 10, "{}", dataset.len());
    let document: Value = serde_json::from_str(&io::json::to_string(&dataset)).unwrap();
    assert_valid(&committed_validator("dataset.schema.json"), &document);
    assert_jsonl_lines_valid(&dataset);
}

// ── Documents both refuse ────────────────────────────────────────────────────────────────

const INSTITUTION_ID: &str = "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11";

/// A data set of one institution with `changes` applied to it (`null` removes a field).
fn one_institution(changes: &Value) -> Value {
    let mut institution = json!({
        "id": INSTITUTION_ID,
        "name": "ОБУСО «Вичугский КЦСОН»",
        "kind": "kcson",
        "level": "regional",
    });
    for (key, value) in changes.as_object().unwrap() {
        if value.is_null() {
            institution.as_object_mut().unwrap().remove(key);
        } else {
            institution[key] = value.clone();
        }
    }
    json!({ "format_version": 1, "institutions": [institution] })
}

/// A data set of one event whose participation is `participation`.
fn one_event(participation: &Value) -> Value {
    json!({
        "format_version": 1,
        "events": [{
            "id": INSTITUTION_ID, "title": "Семинар-совещание", "kind": "seminar_meeting",
            "level": "regional", "dates": "2024-10-03", "participation": participation,
        }]
    })
}

/// Asserts that the committed data set schema refuses `document` and that the crate refuses it
/// with `message`.
#[track_caller]
fn assert_both_refuse(document: &Value, message: &str) {
    let schema = committed_validator("dataset.schema.json");
    assert!(!schema.is_valid(document), "the schema admits {document}");
    let err = io::json::from_str(&document.to_string()).unwrap_err();
    assert_eq!(Chain(&err).to_string(), message);
}

#[test]
fn both_refuse_a_value_of_the_wrong_type() {
    assert_both_refuse(
        &one_institution(&json!({ "name": 5 })),
        "line 1, column 123: institutions[0].name: invalid type: integer `5`, expected a string",
    );
}

#[test]
fn both_refuse_a_record_without_a_required_field() {
    assert_both_refuse(
        &one_institution(&json!({ "kind": null })),
        "line 1, column 154: institutions[0]: missing field `kind`",
    );
}

#[test]
fn both_refuse_a_date_of_a_bad_form() {
    assert_both_refuse(
        &one_institution(&json!({ "opened": "2024-9" })),
        "line 1, column 187: institutions[0].opened: invalid date \"2024-9\": expected the form YYYY, YYYY-MM or YYYY-MM-DD",
    );
}

#[test]
fn both_refuse_a_month_that_does_not_exist() {
    assert_both_refuse(
        &one_institution(&json!({ "opened": "2024-13" })),
        "line 1, column 188: institutions[0].opened: invalid date \"2024-13\": no such month 13",
    );
}

#[test]
fn both_refuse_a_bound_on_a_month_that_does_not_exist() {
    assert_both_refuse(
        &one_institution(&json!({ "opened": "не позднее 2024-13" })),
        "line 1, column 208: institutions[0].opened: invalid date \"не позднее 2024-13\": no such month 13",
    );
}

#[test]
fn both_accept_an_opening_known_as_a_bound_in_any_of_its_spellings() {
    let schema = committed_validator("dataset.schema.json");
    for opened in [
        "не позднее 2023-05",
        "Не ранее 2025",
        "no later than 2023-05-12",
    ] {
        let document = one_institution(&json!({ "opened": opened }));
        assert!(schema.is_valid(&document), "the schema refuses {document}");
        io::json::from_str(&document.to_string()).expect("the crate reads it");
    }
}

#[test]
fn both_refuse_an_inn_of_nine_digits() {
    assert_both_refuse(
        &one_institution(&json!({ "inn": "770708389" })),
        "line 1, column 98: institutions[0].inn: invalid ИНН \"770708389\": expected 10 or 12 digits, found 9 characters",
    );
}

#[test]
fn both_refuse_an_id_that_is_not_a_uuid() {
    assert_both_refuse(
        &one_institution(&json!({ "id": "6f1c1b2e-8d7a-4c55-9a53" })),
        "line 1, column 67: institutions[0].id: UUID parsing failed: invalid group count: expected 5, found 4",
    );
}

#[test]
fn both_refuse_a_negative_head_count() {
    assert_both_refuse(
        &one_event(&json!({ "by_region": [{ "region": "37", "count": -3 }] })),
        "line 1, column 162: events[0].participation.by_region[0].count: invalid value: integer `-3`, expected u32",
    );
}

#[test]
fn both_refuse_a_negative_stated_count() {
    assert_both_refuse(
        &json!({
            "format_version": 2,
            "stated_figures": [{
                "id": INSTITUTION_ID, "measure": "federal_subjects", "scope": "network",
                "value": -69, "date": "2024-10-03",
            }]
        }),
        "line 1, column 161: stated_figures[0].value: invalid stated count -69: a count cannot be negative",
    );
}

#[test]
fn both_refuse_an_unknown_field_where_none_is_kept() {
    assert_both_refuse(
        &one_event(&json!({ "by_region": [{ "region": "37", "count": 3, "note": "x" }] })),
        "line 1, column 168: events[0].participation.by_region[0].note: unknown field `note`, expected `region` or `count`",
    );
}

#[test]
fn both_refuse_a_format_version_of_the_wrong_type() {
    assert_both_refuse(
        &json!({ "format_version": "1" }),
        "line 1, column 21: format_version: invalid type: string \"1\", expected u32",
    );
}

#[test]
fn both_refuse_a_region_code_no_subject_has() {
    assert_both_refuse(
        &one_institution(&json!({ "region": "80" })),
        "line 1, column 183: institutions[0].region: invalid region \"80\": no federal subject has code 80",
    );
}

#[test]
fn both_refuse_a_quarter_that_does_not_exist() {
    let document = json!({
        "format_version": 1,
        "service_statistics": [{ "scope": "country", "period": "2025-Q5", "families_served": 10 }]
    });
    assert_both_refuse(
        &document,
        "line 1, column 82: service_statistics[0].period: invalid reporting period \"2025-Q5\": no such quarter 5",
    );
}

#[test]
fn both_refuse_a_point_off_the_earth() {
    let address = json!({ "region": "71", "locality": "г. Тула", "house": "71", "geo": { "lat": 91.0, "lon": 37.6 } });
    assert_both_refuse(
        &one_institution(&json!({ "address": address })),
        "line 1, column 77: institutions[0].address.geo: invalid geo point \"91,37.6\": latitude is outside -90..=90",
    );
}

/// The line kinds are a closed set: a line of another kind is refused by the schema of any
/// line and by the reader. (A record's vocabularies are not: the crate reads any term.)
#[test]
fn both_refuse_a_line_of_an_unknown_kind() {
    let line = json!({ "workshop": { "id": INSTITUTION_ID } });
    assert!(!committed_validator("jsonl-line.schema.json").is_valid(&line));
    let text = format!("{{\"dataset\":{{\"format_version\":1}}}}\n{line}\n");
    let err = jsonl::read_dataset(text.as_bytes()).unwrap_err();
    assert_eq!(
        Chain(&err).to_string(),
        "line 2, column 11: unknown variant `workshop`, expected one of `dataset`, `institution`, `service_point`, `person`, `appointment`, `event`, `programme`, `training_site`, `cohort`, `service`, `service_statistics`, `network_plan`, `stated_figure`"
    );
}

#[test]
fn both_refuse_a_record_line_with_a_second_key() {
    let line = json!({ "person": { "id": INSTITUTION_ID, "name": "Егорова Е.В." }, "note": 1 });
    assert!(!committed_validator("jsonl-person.schema.json").is_valid(&line));
    assert!(!committed_validator("jsonl-line.schema.json").is_valid(&line));
    let text = format!("{{\"dataset\":{{\"format_version\":1}}}}\n{line}\n");
    let err = jsonl::read_dataset(text.as_bytes()).unwrap_err();
    assert!(
        Chain(&err).to_string().starts_with("line 2, column "),
        "{err}"
    );
}

// ── The boundary: what the schema admits and only the crate refuses ─────────────────────

#[test]
fn an_inn_with_a_wrong_check_digit_is_admitted_by_the_schema_and_refused_by_the_crate() {
    let document = one_institution(&json!({ "inn": "7707083890" }));
    assert_valid(&committed_validator("dataset.schema.json"), &document);
    let err = io::json::from_str(&document.to_string()).unwrap_err();
    assert_eq!(
        Chain(&err).to_string(),
        "line 1, column 99: institutions[0].inn: invalid ИНН \"7707083890\": check digit is 0, expected 3"
    );
    let description = committed("dataset.schema.json")["$defs"]["Inn"]["description"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        description.contains("The check digits are verified by the crate, not by the schema."),
        "{description}"
    );
}

#[test]
fn a_reference_to_a_missing_record_is_admitted_by_the_schema_and_refused_by_validation() {
    let document = json!({
        "format_version": 1,
        "service_points": [{
            "id": "0b8f7a0e-52c2-4b8e-9c55-1f3b7c1e2a10", "institution": INSTITUTION_ID,
            "name": "Онлайн-приёмная", "kind": "online", "status": "active",
        }]
    });
    assert_valid(&committed_validator("dataset.schema.json"), &document);
    let dataset = io::json::from_str(&document.to_string()).unwrap();
    let report =
        social_services::validate(&dataset, &social_services::ValidationOptions::default());
    assert!(
        report
            .errors()
            .any(|issue| issue.code == "reference.unknown_institution"),
        "{report:?}"
    );
    let description = committed("dataset.schema.json")["$defs"]["InstitutionId"]["description"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(description.contains("the schema does not"), "{description}");
}
