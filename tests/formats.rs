//! The formats as an application meets them: a JSON document with several problems at once is
//! refused with one report that lists every one of them, with paths; a JSON Lines stream of
//! services, their statistics and plans reads back as written, and a bad line is reported with
//! its line and field.

use social_services::io::Chain;
use social_services::io::json;
use social_services::io::jsonl::{self, DatasetHeader, Record};
use social_services::{
    NetworkPlan, Service, ServiceStatistics, ValidationOptions,
    records::{
        FamilyCategory, NetworkPlanId, ServiceCategory, ServiceId, Source, StatedCount,
        StatisticsScope,
    },
};

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
        Chain(&err).to_string(),
        "line 7, column 42: institutions[1].inn: invalid ИНН \"7830002290\": check digit is 0, expected 3"
    );
}

/// A service, a row of its statistics and a plan, with the fields a source gives.
fn services_records() -> (Service, ServiceStatistics, NetworkPlan) {
    let mut nanny = Service::new(
        ServiceId::from_name("Социальная няня"),
        "Социальная няня",
        ServiceCategory::ChildCare,
    );
    nanny.eligible = vec![FamilyCategory::LargeFamily, FamilyCategory::DisabledChild];
    nanny.description = Some("Присмотр за детьми, пока родители работают".to_owned());
    let mut h1 = ServiceStatistics::new(
        StatisticsScope::Region("71".parse().unwrap()),
        "2025-H1".parse().unwrap(),
    );
    h1.service = Some(nanny.id);
    h1.family_category = Some(FamilyCategory::LargeFamily);
    h1.families_served = Some("почти 150 тыс.".parse().unwrap());
    h1.families_supported = Some("более 38 тыс.".parse().unwrap());
    h1.sources.push(Source::titled("Итоги первого полугодия"));
    let mut plan = NetworkPlan::new(
        NetworkPlanId::from_name("план 2026"),
        "Открытие семейных МФЦ до конца 2026 года",
        "2025-07-01/2026-12-31".parse().unwrap(),
    );
    plan.centres = Some(StatedCount::exact(18));
    plan.regions = Some(StatedCount::exact(8));
    plan.extra.insert(
        "x_note".to_owned(),
        serde_json::Value::from("по данным Минтруда"),
    );
    (nanny, h1, plan)
}

#[test]
fn a_json_lines_stream_of_a_service_its_statistics_and_a_plan_reads_back_equal() {
    let (service, row, plan) = services_records();
    let records = [
        Record::Service(service.clone()),
        Record::ServiceStatistics(row.clone()),
        Record::NetworkPlan(plan.clone()),
    ];
    let mut out = Vec::new();
    jsonl::write_header(&DatasetHeader::default(), &mut out).unwrap();
    for record in &records {
        jsonl::write_record(record, &mut out).unwrap();
    }
    let text = String::from_utf8(out).unwrap();
    let kinds: Vec<&str> = text
        .lines()
        .map(|line| &line[2..line.find("\":").unwrap()])
        .collect();
    assert_eq!(
        kinds,
        ["dataset", "service", "service_statistics", "network_plan"]
    );
    let read: Vec<Record> = jsonl::Reader::new(text.as_bytes())
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(read, records);
    let dataset = jsonl::read_dataset(text.as_bytes()).unwrap();
    assert_eq!(
        (
            dataset.services,
            dataset.service_statistics,
            dataset.network_plans
        ),
        (vec![service], vec![row], vec![plan])
    );
}

#[test]
fn a_bad_period_in_a_json_lines_statistics_row_is_reported_with_its_line_and_field() {
    let (service, ..) = services_records();
    let text = format!(
        "{{\"dataset\":{{\"format_version\":1}}}}\n\
         {}\n\
         {{\"service_statistics\":{{\"scope\":\"country\",\"period\":\"2025-03\",\"appeals\":12}}}}\n\
         {{\"service_statistics\":{{\"scope\":\"country\",\"period\":\"2025-Q5\",\"families_served\":1200}}}}\n",
        serde_json::to_string(&Record::Service(service)).unwrap()
    );
    let err = jsonl::read_dataset(text.as_bytes()).unwrap_err();
    assert_eq!(
        Chain(&err).to_string(),
        "line 4, column 59: service_statistics.period: invalid reporting period \"2025-Q5\": no such quarter 5"
    );
}
