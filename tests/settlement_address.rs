//! A centre known only by its settlement and district («пос. Лежнево, Лежневский
//! муниципальный район»), written by hand in the dataset format: it loads in strict mode with a
//! warning that a house is expected, and its point is kept and counted.

use social_services::aggregate;
use social_services::io::json;
use social_services::{Registry, ValidationOptions, values::AddressPrecision};

const DOCUMENT: &str = r#"{
  "format_version": 1,
  "institutions": [
    {"id": "00000000-0000-4000-8000-000000000001", "name": "Семейный МФЦ Лежневского района", "kind": "family_mfc", "level": "regional", "region": "37", "opened": "2024-03"}
  ],
  "service_points": [
    {"id": "00000000-0000-4000-8000-000000000011", "institution": "00000000-0000-4000-8000-000000000001", "name": "Отделение в Лежневе", "kind": "branch", "status": "active",
     "address": {"region": "Ивановская область", "locality": "пос. Лежнево", "district": "Лежневский муниципальный район"}}
  ]
}"#;

fn strict() -> ValidationOptions {
    ValidationOptions {
        strict: true,
        ..ValidationOptions::default()
    }
}

#[test]
fn a_centre_known_only_by_its_settlement_loads_in_strict_mode_with_a_warning() {
    let dataset = json::from_str(DOCUMENT).expect("the document reads");
    let registry = Registry::with_options(dataset, &strict()).expect("valid in strict mode");
    let warnings: Vec<_> = registry
        .warnings()
        .issues()
        .iter()
        .map(|i| (i.code, i.path.to_string(), i.message.clone()))
        .collect();
    assert_eq!(
        warnings,
        [(
            "address.no_house",
            "service_points[0].address".to_owned(),
            "the address of this service point stops at the settlement («Ивановская область, \
             Лежневский муниципальный район, пос. Лежнево»): a house number is expected"
                .to_owned()
        )]
    );
    // The point is kept, with its address as the source gives it, and counted.
    let points: Vec<_> = registry.service_points().collect();
    assert_eq!(points.len(), 1);
    let address = points[0].address.as_ref().unwrap();
    assert_eq!(address.precision(), AddressPrecision::Settlement);
    assert_eq!(address.district().unwrap().name(), "Лежневский");
    let by_region = aggregate::family_mfcs_by_region(&registry);
    assert_eq!(by_region.total(), 1);
    let growth = aggregate::network_growth(&registry, None, &["2024-12-31".parse().unwrap()]);
    assert_eq!(growth.points()[0].centres, 1);
}

#[test]
fn the_settlement_address_round_trips_through_json() {
    let dataset = json::from_str(DOCUMENT).expect("the document reads");
    let text = json::to_string(&dataset);
    assert!(
        text.contains(r#""address":{"region":"37","district":"Лежневский муниципальный район","locality":"пос. Лежнево"}"#),
        "{text}"
    );
    assert_eq!(json::from_str(&text).expect("reads back"), dataset);
}
