//! Opening and closing dates known only as bounds, as news items give them: «центр работает
//! не позднее чем с мая 2023 года», «откроется не ранее 2025 года», «закрыт не позднее конца
//! 2024 года». Read in strict mode from a document written by hand, then counted, bounded and
//! written to every format.

use social_services::aggregate;
use social_services::io::{csv, json, jsonld};
use social_services::{Institution, Registry, ValidationOptions, values::KnownDate};

/// Ivanovo oblast: one centre with an exact opening, one open no later than May 2023, one to
/// open no earlier than 2025, and a department closed no later than the end of 2024.
const DOCUMENT: &str = r#"{
  "format_version": 2,
  "institutions": [
    {"id": "00000000-0000-4000-8000-000000000001", "name": "Семейный МФЦ Иванова", "kind": "family_mfc", "level": "regional", "region": "37", "opened": "2023-03-01"},
    {"id": "00000000-0000-4000-8000-000000000002", "name": "Семейный МФЦ Вичуги", "kind": "family_mfc", "level": "regional", "region": "37", "opened": "не позднее 2023-05"},
    {"id": "00000000-0000-4000-8000-000000000003", "name": "Семейный МФЦ Шуи", "kind": "family_mfc", "level": "regional", "region": "37", "opened": "не ранее 2025"},
    {"id": "00000000-0000-4000-8000-000000000004", "name": "КЦСОН Кинешмы", "short_name": "КЦСОН Кинешмы", "kind": "kcson", "level": "regional", "region": "37",
     "departments": [
       {"id": "00000000-0000-4000-8000-000000000041", "name": "Отделение «Семейный МФЦ»", "kind": "family_mfc", "opened": "2022", "closed": "не позднее 2024"}
     ]}
  ]
}"#;

fn registry() -> Registry {
    let dataset = json::from_str(DOCUMENT).expect("the document reads");
    let strict = ValidationOptions {
        strict: true,
        ..ValidationOptions::default()
    };
    Registry::with_options(dataset, &strict).expect("valid in strict mode")
}

fn day(text: &str) -> chrono::NaiveDate {
    text.parse().unwrap()
}

#[test]
fn a_bound_is_a_date_validation_does_not_warn_of_as_missing() {
    let registry = registry();
    let warnings: Vec<_> = registry
        .warnings()
        .issues()
        .iter()
        .map(|i| (i.code, i.path.to_string(), i.message.clone()))
        .collect();
    // No `family_mfc.no_opening_date`: a bound is a date; the document has no service points.
    assert!(
        warnings
            .iter()
            .all(|(code, _, _)| *code == "institution.no_service_point"),
        "{warnings:?}"
    );
    let vichuga = registry.institutions().nth(1).unwrap();
    assert_eq!(
        vichuga.opened,
        Some(KnownDate::NoLaterThan("2023-05".parse().unwrap()))
    );
}

#[test]
fn the_growth_counts_only_dated_openings_and_says_how_many_it_left_out() {
    let registry = registry();
    let dates = [day("2022-12-31"), day("2023-05-31"), day("2025-12-31")];
    let growth = aggregate::network_growth(&registry, None, &dates);
    let counted: Vec<_> = growth.points().iter().map(|p| p.centres).collect();
    // The department (opened 2022) may have closed on any day up to the end of 2024, so it is
    // never counted as surely open; Ivanovo counts from 1 March 2023.
    assert_eq!(counted, [0, 1, 1]);
    assert_eq!(growth.without_opening_date(), 2);
    assert_eq!(growth.openings_by_year(), [(2022, 1), (2023, 1)]);
    // A closing known only as a bound has no year.
    assert!(growth.closings_by_year().is_empty());
}

#[test]
fn the_history_takes_a_no_later_than_opening_into_its_lower_bound_from_its_last_day() {
    let registry = registry();
    let dates = [day("2023-05-30"), day("2023-05-31"), day("2025-12-31")];
    let history = aggregate::network_history(&registry, Some("37".parse().unwrap()), &dates);
    let known: Vec<_> = history
        .points()
        .iter()
        .map(|p| (p.centres.counted, p.centres.lower_bound))
        .collect();
    // «не позднее 2023-05» from 31 May; «не ранее 2025» never; the department never surely.
    assert_eq!(known, [(1, 1), (1, 2), (1, 2)]);
    assert!(history.points()[1].centres.differs());
}

#[test]
fn csv_writes_the_bound_as_text_and_reads_it_back() {
    let registry = registry();
    let institutions: Vec<Institution> = registry.institutions().cloned().collect();
    let mut bytes = Vec::new();
    csv::write_institutions(&institutions, &mut bytes).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains(",не позднее 2023-05,"), "{text}");
    assert!(text.contains(",не ранее 2025,"), "{text}");
    assert_eq!(
        csv::read_institutions(text.as_bytes()).unwrap(),
        institutions
    );
}

#[test]
fn a_csv_cell_with_a_bound_in_other_words_is_read_and_written_in_the_crate_s_words() {
    let registry = registry();
    let institutions: Vec<Institution> = registry.institutions().take(1).cloned().collect();
    let mut bytes = Vec::new();
    csv::write_institutions(&institutions, &mut bytes).unwrap();
    let text = String::from_utf8(bytes)
        .unwrap()
        .replace(",2023-03-01,", ",No later than 2023-03-01,");
    let read = csv::read_institutions(text.as_bytes()).unwrap();
    assert_eq!(read[0].opened.unwrap().to_string(), "не позднее 2023-03-01");
}

#[test]
fn a_bad_bound_is_refused_with_the_field_and_the_whole_text() {
    let document = DOCUMENT.replace("не ранее 2025", "не ранее весны 2025");
    let error = social_services::io::Chain(&json::from_str(&document).unwrap_err()).to_string();
    assert_eq!(
        error,
        r#"line 6, column 196: institutions[2].opened: invalid date "не ранее весны 2025": expected the form YYYY, YYYY-MM or YYYY-MM-DD"#
    );
}

#[test]
fn json_ld_gives_a_founding_date_only_for_a_date_it_can_write() {
    let registry = registry();
    let nodes: Vec<_> = registry
        .institutions()
        .map(|i| jsonld::institution(&registry, i))
        .collect();
    assert_eq!(nodes[0]["foundingDate"], "2023-03-01");
    assert!(nodes[1].get("foundingDate").is_none());
    assert!(nodes[2].get("foundingDate").is_none());
    let department = &nodes[3]["department"][0];
    assert_eq!(department["foundingDate"], "2022");
    assert!(department.get("dissolutionDate").is_none());
}

#[cfg(feature = "arrow")]
#[test]
fn arrow_writes_the_day_its_precision_and_its_bound_and_reads_them_back() {
    use arrow_array::cast::AsArray;
    use arrow_array::types::Int8Type;
    use social_services::io::arrow::Table;

    let registry = registry();
    let institutions: Vec<Institution> = registry.institutions().cloned().collect();
    let batch = Institution::to_batch(&institutions).unwrap();
    let bound = batch
        .column_by_name("opened_bound")
        .unwrap()
        .as_dictionary::<Int8Type>();
    let names = bound.values().as_string::<i32>();
    let cells: Vec<_> = bound
        .keys()
        .iter()
        .map(|key| key.map(|key| names.value(usize::try_from(key).unwrap())))
        .collect();
    assert_eq!(
        cells,
        [None, Some("no_later_than"), Some("no_earlier_than"), None]
    );
    assert_eq!(Institution::from_batch(&batch).unwrap(), institutions);
}
