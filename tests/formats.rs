//! The formats as an application meets them: a JSON document with several problems at once is
//! refused with one report that lists every one of them, with paths.

use social_services::ValidationOptions;
use social_services::io::json;

const MINISTRY: &str = "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f01";
const KCSON: &str = "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f02";
const NOWHERE: &str = "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f99";
const POINT: &str = "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f03";
const EVENT: &str = "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f04";

/// A document with one broken reference (a service point of an institution that does not
/// exist), one duplicate id (the service point's id given to a second one), one bad ИНН and one
/// event that ends before it starts.
fn document() -> String {
    format!(
        r#"{{
  "format_version": 1,
  "institutions": [
    {{"id": "{MINISTRY}", "name": "Министерство социальной защиты населения Ивановской области",
      "kind": "ministry", "level": "regional", "region": "37"}},
    {{"id": "{KCSON}", "name": "ОБУСО «Вичугский КЦСОН»", "kind": "kcson", "level": "regional",
      "region": "37", "inn": "7830002290"}}
  ],
  "service_points": [
    {{"id": "{POINT}", "institution": "{NOWHERE}", "name": "Онлайн-приёмная",
      "kind": "online", "status": "active"}},
    {{"id": "{POINT}", "institution": "{MINISTRY}", "name": "Приёмная министерства",
      "kind": "online", "status": "active"}}
  ],
  "events": [
    {{"id": "{EVENT}", "title": "Областной семинар-совещание", "kind": "семинар-совещание",
      "level": "областной", "dates": "2024-09-25/2024-09-24", "organizers": ["{MINISTRY}"]}}
  ]
}}"#
    )
}

#[test]
fn a_document_with_four_problems_is_refused_with_all_four_and_their_paths() {
    let report = json::load(&document(), &ValidationOptions::default()).unwrap_err();
    assert_eq!(
        report.to_string(),
        format!(
            "error[value.invalid] institutions[1].inn: invalid ИНН \"7830002290\": check digit is 0, expected 3\n\
             error[value.invalid] events[0].dates: invalid date range \"2024-09-25/2024-09-24\": end 2024-09-24 is before start 2024-09-25\n\
             error[record.duplicate_id] service_points[1].id: id {POINT} is also used at service_points[0]\n\
             error[reference.unknown_institution] service_points[0].institution: no institution has id {NOWHERE}\n\
             4 errors, 0 warnings"
        )
    );
}

#[test]
fn a_reference_to_an_unreadable_record_is_reported_as_such_not_as_unknown() {
    // The bad ИНН makes the КЦСОН unreadable; the service point's reference to it is not
    // reported as a reference to an unknown institution but as one to an unreadable record.
    let text = format!(
        r#"{{"format_version": 1,
  "institutions": [{{"id": "{KCSON}", "name": "КЦСОН", "kind": "kcson", "level": "regional", "inn": "7830002290"}}],
  "service_points": [{{"id": "{POINT}", "institution": "{KCSON}", "name": "Онлайн", "kind": "online", "status": "active"}}]
}}"#
    );
    let report = json::load(&text, &ValidationOptions::default()).unwrap_err();
    let errors: Vec<(&str, &str)> = report.errors().map(|i| (i.code, i.path.as_str())).collect();
    assert_eq!(
        errors,
        [
            ("value.invalid", "institutions[0].inn"),
            (
                "reference.unreadable_record",
                "service_points[0].institution"
            ),
        ]
    );
}

#[test]
fn the_first_error_reader_stops_at_the_first_problem_in_document_order() {
    let err = json::from_str(&document()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 7, column 42: institutions[1].inn: invalid ИНН \"7830002290\": check digit is 0, expected 3"
    );
}
