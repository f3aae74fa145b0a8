//! Nothing a user wrote is lost: valid data sets with unknown fields on every kind of object
//! (nested JSON values among them) and unknown vocabulary terms read, write and read back
//! equal in every format, the written text reads and writes back to the very same text, and
//! lenient validation keeps all of it.
//!
//! The valid data sets come from `social_services::strategy`, behind the `proptest` feature.
#![cfg(feature = "proptest")]

use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use serde_json::Value;

use social_services::io::{csv, json, jsonl};
use social_services::strategy::valid_dataset;
use social_services::{Dataset, Registry, ValidationOptions, records::Extra};

/// An unknown field's value: any JSON a user might write, nested objects and arrays included.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e6f64..1e6).prop_map(Value::from),
        "[а-яА-Я0-9 «»\"\\\\,.-]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..3).prop_map(Value::Array),
            btree_map("[a-zа-я_]{1,6}", inner, 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Unknown fields (`x_…`, which no known field is named), with any JSON values.
fn extra() -> impl Strategy<Value = Extra> {
    btree_map("x_[a-z]{1,6}", json_value(), 1..3)
}

/// Unknown fields as a CSV table holds them: non-empty texts.
fn cell_extra() -> impl Strategy<Value = Extra> {
    btree_map(
        "x_[a-z]{1,6}",
        "[а-яА-Я0-9][а-яА-Я0-9 ,;\"\n-]{0,10}".prop_map(Value::String),
        1..3,
    )
}

/// Adds `extra` to the data set and to every object of it that keeps unknown fields.
fn add_everywhere(dataset: &mut Dataset, extra: &Extra) {
    let add = |target: &mut Extra| target.extend(extra.clone());
    add(&mut dataset.extra);
    for r in &mut dataset.institutions {
        add(&mut r.extra);
        r.departments.iter_mut().for_each(|d| add(&mut d.extra));
        r.sources.iter_mut().for_each(|s| add(&mut s.extra));
    }
    for r in &mut dataset.service_points {
        add(&mut r.extra);
    }
    for r in &mut dataset.persons {
        add(&mut r.extra);
    }
    for r in &mut dataset.appointments {
        add(&mut r.extra);
    }
    for r in &mut dataset.events {
        add(&mut r.extra);
        add(&mut r.venue.extra);
        add(&mut r.participation.extra);
        add(&mut r.participation.stated.extra);
        r.participation
            .attendees
            .iter_mut()
            .for_each(|a| add(&mut a.extra));
        for item in &mut r.agenda {
            add(&mut item.extra);
            item.speakers.iter_mut().for_each(|s| add(&mut s.extra));
        }
    }
    for r in &mut dataset.programmes {
        add(&mut r.extra);
    }
    for r in &mut dataset.training_sites {
        add(&mut r.extra);
    }
    for r in &mut dataset.cohorts {
        add(&mut r.extra);
        r.enrollments.iter_mut().for_each(|e| add(&mut e.extra));
    }
    for r in &mut dataset.services {
        add(&mut r.extra);
        r.sources.iter_mut().for_each(|s| add(&mut s.extra));
    }
    for r in &mut dataset.service_statistics {
        add(&mut r.extra);
        r.sources.iter_mut().for_each(|s| add(&mut s.extra));
    }
    for r in &mut dataset.network_plans {
        add(&mut r.extra);
        r.sources.iter_mut().for_each(|s| add(&mut s.extra));
    }
    for r in &mut dataset.stated_figures {
        add(&mut r.extra);
        r.sources.iter_mut().for_each(|s| add(&mut s.extra));
    }
}

fn with_extra_everywhere() -> impl Strategy<Value = Dataset> {
    (valid_dataset(), extra()).prop_map(|(mut dataset, extra)| {
        add_everywhere(&mut dataset, &extra);
        dataset
    })
}

fn jsonl_text(dataset: &Dataset) -> Vec<u8> {
    let mut out = Vec::new();
    jsonl::write(dataset, &mut out).unwrap();
    out
}

/// Writes records as a CSV table, reads it back, and checks the records and the text.
macro_rules! csv_cycle {
    ($records:expr, $write:path, $read:path) => {{
        let records = $records;
        let mut text = Vec::new();
        $write(&records, &mut text).unwrap();
        let read = $read(&text[..]).unwrap();
        prop_assert_eq!(&read, &records);
        let mut again = Vec::new();
        $write(&read, &mut again).unwrap();
        prop_assert_eq!(again, text);
    }};
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn json_read_write_cycle_is_lossless(dataset in with_extra_everywhere()) {
        let text = json::to_string_pretty(&dataset);
        let read = json::from_str(&text).unwrap();
        prop_assert_eq!(&read, &dataset);
        prop_assert_eq!(json::to_string_pretty(&read), text);
    }

    #[test]
    fn json_lines_read_write_cycle_is_lossless(dataset in with_extra_everywhere()) {
        let text = jsonl_text(&dataset);
        let read = jsonl::read_dataset(&text[..]).unwrap();
        prop_assert_eq!(&read, &dataset);
        prop_assert_eq!(jsonl_text(&read), text);
    }

    #[test]
    fn json_to_json_lines_and_back_is_lossless(dataset in with_extra_everywhere()) {
        let from_json = json::from_str(&json::to_string(&dataset)).unwrap();
        let through_lines = jsonl::read_dataset(&jsonl_text(&from_json)[..]).unwrap();
        prop_assert_eq!(json::to_string(&through_lines), json::to_string(&dataset));
    }

    #[test]
    fn lenient_loading_keeps_every_unknown_field(dataset in with_extra_everywhere()) {
        let registry = json::load(&json::to_string(&dataset), &ValidationOptions::default()).unwrap();
        prop_assert!(registry.warnings().issues().iter().any(|i| i.code == "record.unknown_field"));
        prop_assert_eq!(registry.dataset(), &dataset);
    }

    #[test]
    fn csv_read_write_cycle_is_lossless_for_every_table(
        mut dataset in valid_dataset(),
        extra in cell_extra(),
    ) {
        add_everywhere(&mut dataset, &extra);
        csv_cycle!(dataset.institutions.clone(), csv::write_institutions, csv::read_institutions);
        csv_cycle!(dataset.service_points.clone(), csv::write_service_points, csv::read_service_points);
        csv_cycle!(dataset.persons.clone(), csv::write_persons, csv::read_persons);
        csv_cycle!(dataset.appointments.clone(), csv::write_appointments, csv::read_appointments);
        let enrollments: Vec<_> = dataset
            .cohorts
            .iter()
            .flat_map(|c| c.enrollments.iter().map(|e| (c.id, e.clone())))
            .collect();
        csv_cycle!(enrollments, csv::write_enrollments, csv::read_enrollments);
        csv_cycle!(dataset.services.clone(), csv::write_services, csv::read_services);
        csv_cycle!(
            dataset.service_statistics.clone(),
            csv::write_service_statistics,
            csv::read_service_statistics
        );
        csv_cycle!(dataset.network_plans.clone(), csv::write_network_plans, csv::read_network_plans);
        csv_cycle!(dataset.stated_figures.clone(), csv::write_stated_figures, csv::read_stated_figures);
    }
}

#[test]
fn unknown_vocabulary_terms_are_kept_and_written_back() {
    let text = r#"{"format_version": 1,
      "institutions": [{"id": "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11", "name": "Приют «Надежда»",
        "kind": "приют", "level": "regional"}],
      "service_points": [{"id": "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f12",
        "institution": "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11", "name": "Онлайн-приёмная",
        "kind": "online", "status": "на ремонте"}]}"#;
    let registry = json::load(text, &ValidationOptions::default()).unwrap();
    let warnings: Vec<String> = registry
        .warnings()
        .issues()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        warnings,
        [
            "warning[vocabulary.unrecognised_term] service_points[0].status: unrecognised term \"на ремонте\" (known: active, temporarily_closed, closed)"
        ]
    );
    let written = json::to_string(registry.dataset());
    assert!(written.contains(r#""kind":"приют""#), "{written}");
    assert!(written.contains(r#""status":"на ремонте""#), "{written}");
    let again = Registry::with_options(
        json::from_str(&written).unwrap(),
        &ValidationOptions::default(),
    )
    .unwrap();
    assert_eq!(again.dataset(), registry.dataset());
}
