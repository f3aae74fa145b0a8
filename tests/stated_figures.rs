//! Published figures over time, as a new user writes them by hand in the dataset format: a
//! region whose 13th family MFC opened on a known date while the others have no date, national
//! totals, a centre known only to be open by a month, trained specialists with no enrollment
//! and a plan — read in strict mode, then the history, the reconciliation and the network
//! report.

use social_services::aggregate;
use social_services::io::json;
use social_services::{NetworkReportOptions, Registry, ValidationOptions, network_report};

/// The document, written by hand.
const DOCUMENT: &str = r#"{
  "format_version": 2,
  "institutions": [
    {"id": "00000000-0000-4000-8000-000000000001", "name": "Семейный МФЦ Тулы", "kind": "family_mfc", "level": "regional", "region": "71", "opened": "2024-05-17"},
    {"id": "00000000-0000-4000-8000-000000000002", "name": "Семейный МФЦ Новомосковска", "kind": "family_mfc", "level": "regional", "region": "71"},
    {"id": "00000000-0000-4000-8000-000000000003", "name": "Семейный МФЦ Вичуги", "kind": "family_mfc", "level": "regional", "region": "37"}
  ],
  "service_points": [
    {"id": "00000000-0000-4000-8000-000000000011", "institution": "00000000-0000-4000-8000-000000000001", "name": "Онлайн-приёмная", "kind": "online", "status": "active"},
    {"id": "00000000-0000-4000-8000-000000000012", "institution": "00000000-0000-4000-8000-000000000002", "name": "Онлайн-приёмная", "kind": "online", "status": "active"},
    {"id": "00000000-0000-4000-8000-000000000013", "institution": "00000000-0000-4000-8000-000000000003", "name": "Онлайн-приёмная", "kind": "online", "status": "active"},
    {"id": "00000000-0000-4000-8000-000000000014", "institution": "00000000-0000-4000-8000-000000000003", "name": "Отделение в Лежневе", "kind": "branch", "status": "active",
     "address": {"region": "37", "locality": "пос. Лежнево", "district": "Лежневский р-н"}}
  ],
  "services": [
    {"id": "00000000-0000-4000-8000-000000000051", "name": "Социальная няня", "category": "child_care"}
  ],
  "training_sites": [
    {"id": "00000000-0000-4000-8000-000000000021", "institution": "00000000-0000-4000-8000-000000000001", "level": "federal", "topic": "Создание Семейных МФЦ"}
  ],
  "network_plans": [
    {"id": "00000000-0000-4000-8000-000000000031", "title": "Открытие семейных МФЦ в 2024 году", "period": "2024", "region": "71", "centres": 3}
  ],
  "stated_figures": [
    {"id": "00000000-0000-4000-8000-000000000041", "measure": "family_mfcs", "scope": "region:71", "value": "13-й", "date": "2024-05-17",
     "sources": [{"title": "В Туле открылся 13-й семейный МФЦ региона"}]},
    {"id": "00000000-0000-4000-8000-000000000042", "measure": "семейные МФЦ", "scope": "network", "value": 144, "date": "2025-08-31",
     "sources": [{"title": "Минтруд: 144 семейных МФЦ в 55 регионах"}]},
    {"id": "00000000-0000-4000-8000-000000000043", "measure": "family_mfcs", "scope": "institution:00000000-0000-4000-8000-000000000003", "value": 1, "date": "не позднее 2023-05",
     "sources": [{"title": "Вичугский семейный МФЦ принял первых посетителей"}]},
    {"id": "00000000-0000-4000-8000-000000000044", "measure": "specialists_trained", "scope": "training_site:00000000-0000-4000-8000-000000000021", "value": "более 250", "date": "2024-10",
     "sources": [{"title": "Тула на Всероссийском семинаре-совещании"}]},
    {"id": "00000000-0000-4000-8000-000000000045", "measure": "families_served", "scope": "region:71", "value": "почти 2 тыс.", "period": "2025-H1",
     "sources": [{"title": "Итоги полугодия"}]},
    {"id": "00000000-0000-4000-8000-000000000046", "measure": "получатели услуги", "scope": "service:00000000-0000-4000-8000-000000000051", "value": "около 40", "period": "2025-H1",
     "sources": [{"title": "Социальной няней воспользовались около 40 семей"}]},
    {"id": "00000000-0000-4000-8000-000000000047", "measure": "contracts", "scope": "service:00000000-0000-4000-8000-000000000051", "value": "более 30", "date": "2025-06-30",
     "sources": [{"title": "Более 30 семей заключили договоры на услугу"}]}
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

#[test]
fn loads_in_strict_mode_with_the_missing_opening_dates_and_house_as_warnings() {
    let registry = registry();
    let mut codes: Vec<_> = registry
        .warnings()
        .issues()
        .iter()
        .map(|i| (i.code, i.path.to_string()))
        .collect();
    codes.sort_unstable();
    assert_eq!(
        codes,
        [
            ("address.no_house", "service_points[3].address".to_owned()),
            (
                "family_mfc.no_opening_date",
                "institutions[1].opened".to_owned()
            ),
            (
                "family_mfc.no_opening_date",
                "institutions[2].opened".to_owned()
            ),
        ]
    );
    assert_eq!(registry.stated_figures().len(), 7);
    // The point known only by its settlement is kept.
    assert_eq!(registry.service_points().count(), 4);
}

#[test]
fn a_services_recipients_and_contracts_are_stated_figures_no_record_counts() {
    let registry = registry();
    let of_the_service: Vec<_> = registry
        .stated_figures()
        .filter(|f| f.scope.to_string() == "service:00000000-0000-4000-8000-000000000051")
        .map(|f| (f.measure.to_string(), f.value.to_string()))
        .collect();
    assert_eq!(
        of_the_service,
        [
            ("recipients".to_owned(), "около 40".to_owned()),
            ("contracts".to_owned(), "более 30".to_owned()),
        ]
    );
    // Records count neither, so the reconciliation has no row of them.
    let rows = aggregate::reconcile(&registry, "2025-08-31".parse().unwrap());
    assert!(
        rows.iter()
            .all(|r| !r.scope.to_string().starts_with("service:"))
    );
}

#[test]
fn the_region_is_counted_bounded_and_stated_side_by_side() {
    let registry = registry();
    let dates = ["2023-05-31".parse().unwrap(), "2024-05-17".parse().unwrap()];
    let tula = aggregate::network_history(&registry, Some("71".parse().unwrap()), &dates);
    let centres: Vec<_> = tula
        .points()
        .iter()
        .map(|p| (p.centres.counted, p.centres.lower_bound))
        .collect();
    assert_eq!(centres, [(0, 0), (1, 13)]);
    let network = aggregate::network_history(&registry, None, &dates);
    let centres: Vec<_> = network
        .points()
        .iter()
        .map(|p| (p.centres.counted, p.centres.lower_bound))
        .collect();
    // Vichuga counts in the bound from May 2023, by its «не позднее» figure.
    assert_eq!(centres, [(0, 1), (1, 14)]);
    let regions: Vec<_> = network
        .points()
        .iter()
        .map(|p| (p.regions.counted, p.regions.lower_bound))
        .collect();
    assert_eq!(regions, [(0, 1), (1, 2)]);
    let on_the_day = aggregate::network_history(&registry, None, &["2025-08-31".parse().unwrap()]);
    let stated = on_the_day.points()[0].centres.stated.as_ref().unwrap();
    assert_eq!(
        (stated.value.to_string(), stated.sources[0].title.as_deref()),
        (
            "144".to_owned(),
            Some("Минтруд: 144 семейных МФЦ в 55 регионах")
        )
    );
}

#[test]
fn the_reconciliation_lists_each_disagreement_with_both_values() {
    let rows: Vec<_> = aggregate::reconcile(&registry(), "2025-08-31".parse().unwrap())
        .into_iter()
        .map(|r| {
            (
                r.scope.to_string(),
                r.when,
                r.stated.to_string(),
                r.counted,
                r.undated,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                "region:71".to_owned(),
                "2024-05-17".to_owned(),
                "13-й".to_owned(),
                1,
                1
            ),
            (
                "network".to_owned(),
                "2025-08-31".to_owned(),
                "144".to_owned(),
                1,
                2
            ),
            (
                "institution:00000000-0000-4000-8000-000000000003".to_owned(),
                "не позднее 2023-05".to_owned(),
                "1".to_owned(),
                0,
                1
            ),
            (
                "training_site:00000000-0000-4000-8000-000000000021".to_owned(),
                "2024-10".to_owned(),
                "более 250".to_owned(),
                0,
                0
            ),
            (
                "region:71".to_owned(),
                "2024".to_owned(),
                "3".to_owned(),
                1,
                0
            ),
        ]
    );
}

#[test]
fn the_report_says_both_where_counted_and_stated_differ() {
    let report = network_report(
        &registry(),
        &NetworkReportOptions::on("2025-08-31".parse().unwrap()),
    )
    .to_markdown();
    assert!(
        report.contains("семейных МФЦ (самостоятельных и в составе других учреждений) — 3 (по данным источников — 144 на 2025-08-31; не менее 14 с учётом порядковых номеров и дат «не позднее»)"),
        "{report}"
    );
    assert!(report.contains("По записям с датой открытия на 31.08.2025 — 1 семейный МФЦ в 1 субъекте. Источник «Минтруд: 144 семейных МФЦ в 55 регионах» называет 144 семейных МФЦ на 2025-08-31. Нижняя граница с учётом порядковых номеров и дат «не позднее»: 14 семейных МФЦ. Нижняя граница с учётом порядковых номеров и дат «не позднее»: 2 субъекта с семейным МФЦ."), "{report}");
    assert!(report.contains("## Сверка: заявленное и учтённое"));
    assert!(report.contains("| семейные МФЦ | Тульская область | 2024-05-17 | 13-й (порядковый номер) | 1 | 1 | В Туле открылся 13-й семейный МФЦ региона |"), "{report}");
    assert!(
        report.contains("| план: семейные МФЦ | Тульская область | 2024 | 3 | 1 | 0 |"),
        "{report}"
    );
}
