//! The HSDS export as a directory that reads HSDS meets it: every object has the fields HSDS
//! requires, every id is a UUID, every reference resolves, identifiers and schedules carry the
//! registry's values, and the same registry always gives the same text.
#![cfg(feature = "hsds")]

use std::collections::BTreeSet;

use serde_json::Value;
use social_services::io::hsds;
use social_services::{
    Dataset, Registry, Service, ServicePoint, ValidationOptions,
    records::{
        FamilyCategory, ServiceCategory, ServiceId, ServicePointId, ServicePointKind,
        ServicePointStatus,
    },
    sample,
};

/// The HSDS object kinds of the export, in the order of HSDS's tabular schema.
const KINDS: [&str; 11] = [
    "organization",
    "service",
    "service_at_location",
    "location",
    "phone",
    "address",
    "schedule",
    "organization_identifier",
    "taxonomy",
    "taxonomy_term",
    "attribute",
];

/// The fields HSDS requires of each object kind: the `required` and `tabular_required` lists of
/// the HSDS schema files (github.com/openreferral/specification, `schema/organization.json`,
/// `organization_identifier.json`, `location.json`, `address.json`, `schedule.json`,
/// `service.json`, `service_at_location.json`, `phone.json` of 3.0; 3.1's
/// `schema/compiled/tabular.json` has the same lists). `tabular_required` holds the foreign
/// keys that the tabular shape needs in place of nesting.
const REQUIRED: [(&str, &[&str]); 11] = [
    ("taxonomy", &["id", "name", "description"]),
    ("taxonomy_term", &["id", "name", "description"]),
    (
        "attribute",
        &["id", "link_id", "taxonomy_term_id", "link_entity"],
    ),
    ("organization", &["id", "name", "description"]),
    ("service", &["id", "name", "status", "organization_id"]),
    ("service_at_location", &["id", "service_id", "location_id"]),
    ("location", &["id", "location_type"]),
    ("phone", &["id", "number"]),
    (
        "address",
        &[
            "id",
            "address_1",
            "city",
            "state_province",
            "postal_code",
            "country",
            "address_type",
        ],
    ),
    ("schedule", &["id"]),
    (
        "organization_identifier",
        &["id", "identifier_type", "identifier", "organization_id"],
    ),
];

/// The enumerations of the HSDS schema files for the fields this export writes.
const ENUMS: [(&str, &str, &[&str]); 4] = [
    (
        "location",
        "location_type",
        &["physical", "postal", "virtual"],
    ),
    (
        "address",
        "address_type",
        &["physical", "postal", "virtual"],
    ),
    (
        "service",
        "status",
        &["active", "inactive", "defunct", "temporarily closed"],
    ),
    ("schedule", "freq", &["WEEKLY", "MONTHLY"]),
];

// Identifiers valid by their checksums (the ИНН, ОГРН and КПП of another organisation, the
// Sberbank); the seeds state none, so they are set here only, on the Tula centre.
const INN: &str = "7707083893";
const OGRN: &str = "1027700132195";
const KPP: &str = "773601001";
const TULA_CENTRE: &str = "Семейный МФЦ «Мой семейный центр»";
const VICHUGA: &str = "Вичугский КЦСОН";

/// The sample with what it lacks to exercise every HSDS object: identifiers and a phone of the
/// Tula centre; a postal code, a point and opening hours of its flagship; a temporarily closed
/// point run by the Vichuga КЦСОН's family MFC department; three services — one at two Tula
/// points, one at the Tula flagship and the Vichuga point (two organizations), one nowhere.
fn fixture() -> Registry {
    Registry::with_options(fixture_dataset(), &ValidationOptions::default()).unwrap()
}

fn fixture_dataset() -> Dataset {
    let mut dataset = sample::dataset();
    let tula = dataset
        .institutions
        .iter_mut()
        .find(|i| i.short_name.as_deref() == Some(TULA_CENTRE))
        .unwrap();
    tula.inn = Some(INN.parse().unwrap());
    tula.ogrn = Some(OGRN.parse().unwrap());
    tula.kpp = Some(KPP.parse().unwrap());
    tula.phones.push("+7 4872 12-34-56".parse().unwrap());
    tula.emails.push("info@example.ru".parse().unwrap());
    // Typed without a scheme, as registries copy it: HSDS `format: uri` needs the scheme.
    tula.website = Some("example.ru".parse().unwrap());
    let tula = tula.id;
    let vichuga = dataset
        .institutions
        .iter()
        .find(|i| i.short_name.as_deref() == Some(VICHUGA))
        .unwrap();
    let (vichuga, mfc) = (vichuga.id, vichuga.departments[0].id);

    let nanny = ServiceId::from_name("test: Социальная няня");
    let psychologist = ServiceId::from_name("test: Консультация психолога");
    let nowhere = ServiceId::from_name("test: Консультация юриста");
    let mut service = Service::new(nanny, "Социальная няня", ServiceCategory::ChildCare);
    service.description = Some("Присмотр за детьми, пока родители работают".to_owned());
    service.eligible = vec![FamilyCategory::LargeFamily, FamilyCategory::LowIncome];
    dataset.services.push(service);
    dataset.services.push(Service::new(
        psychologist,
        "Консультация психолога",
        ServiceCategory::PsychologicalHelp,
    ));
    dataset.services.push(Service::new(
        nowhere,
        "Консультация юриста",
        ServiceCategory::LegalAdvice,
    ));

    let points = &mut dataset.service_points;
    assert_eq!(points[0].institution, tula, "the flagship comes first");
    points[0].address = Some(
        "300041, Тульская область, г. Тула, ул. Гоголевская, д. 71; 54.193122,37.617348"
            .parse()
            .unwrap(),
    );
    points[0].schedule = Some("Mo-Fr 09:00-18:00; Sa 10:00-14:00".parse().unwrap());
    points[0].services = vec![nanny, psychologist];
    points[1].services = vec![nanny];
    let mut point = ServicePoint::new(
        ServicePointId::from_name("test: Вичуга, Семейный МФЦ"),
        vichuga,
        "Семейный МФЦ Вичугского КЦСОН",
        ServicePointKind::Branch,
    );
    point.department = Some(mfc);
    point.status = ServicePointStatus::TemporarilyClosed;
    point.services = vec![psychologist];
    points.push(point);
    dataset
}

/// The fixture with the pinned cases of the standards: a Cyrillic e-mail domain (the Vichuga
/// КЦСОН's), a point open 24 hours (the second Tula point), and an online point with its web
/// page (the Vichuga КЦСОН's, with no address: its zone is its institution's region's).
fn pinned() -> Registry {
    let mut dataset = fixture_dataset();
    let vichuga = dataset
        .institutions
        .iter_mut()
        .find(|i| i.short_name.as_deref() == Some(VICHUGA))
        .unwrap();
    vichuga.emails = vec!["info@кцсон.рф".parse().unwrap()];
    let vichuga = vichuga.id;
    dataset.service_points[1].schedule = Some("24/7".parse().unwrap());
    let mut online = ServicePoint::new(
        ServicePointId::from_name("test: Вичуга, онлайн-приёмная"),
        vichuga,
        "Онлайн-приёмная Вичугского КЦСОН",
        ServicePointKind::Online,
    );
    online.url = Some("вичуга-кцсон.рф/приёмная".parse().unwrap());
    online.schedule = Some("Mo-Fr 08:00-17:00".parse().unwrap());
    dataset.service_points.push(online);
    Registry::with_options(dataset, &ValidationOptions::default()).unwrap()
}

fn json(registry: &Registry) -> Value {
    serde_json::from_str(&hsds::to_string_pretty(&hsds::export(registry).data)).unwrap()
}

fn objects<'a>(json: &'a Value, kind: &str) -> &'a [Value] {
    json[kind].as_array().map_or(&[], Vec::as_slice)
}

fn ids(json: &Value, kind: &str) -> BTreeSet<String> {
    objects(json, kind)
        .iter()
        .map(|o| o["id"].as_str().unwrap().to_owned())
        .collect()
}

fn registries() -> [(&'static str, Registry); 3] {
    [
        ("the sample", sample::registry()),
        ("the fixture", fixture()),
        ("the pinned cases", pinned()),
    ]
}

#[test]
fn the_export_has_exactly_the_kinds_of_hsds_tabular_json() {
    for (name, registry) in registries() {
        let json = json(&registry);
        let keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut expected = KINDS.to_vec();
        expected.sort_unstable();
        assert_eq!(keys, expected, "{name}");
    }
}

#[test]
fn every_object_has_the_fields_hsds_requires_and_only_enumerated_values() {
    for (name, registry) in registries() {
        let json = json(&registry);
        for (kind, fields) in REQUIRED {
            for object in objects(&json, kind) {
                for field in fields {
                    let value = &object[field];
                    let present = value.as_str().map_or(!value.is_null(), |s| !s.is_empty());
                    assert!(present, "{name}: {kind} without {field}: {object}");
                }
            }
        }
        for (kind, field, allowed) in ENUMS {
            for object in objects(&json, kind) {
                if let Some(value) = object.get(field) {
                    assert!(
                        allowed.contains(&value.as_str().unwrap()),
                        "{name}: {kind}.{field} {value}"
                    );
                }
            }
        }
        for address in objects(&json, "address") {
            assert_eq!(address["country"], "RU", "{name}: ISO 3166-1 alpha-2");
        }
    }
}

#[test]
fn every_id_and_reference_is_a_lowercase_hyphenated_uuid_and_ids_are_unique() {
    for (name, registry) in registries() {
        let json = json(&registry);
        for kind in KINDS {
            let objects = objects(&json, kind);
            assert_eq!(
                ids(&json, kind).len(),
                objects.len(),
                "{name}: {kind} ids unique"
            );
            for object in objects {
                for (field, value) in object.as_object().unwrap() {
                    if field == "id" || field.ends_with("_id") {
                        let text = value.as_str().unwrap();
                        let uuid = uuid::Uuid::parse_str(text).unwrap();
                        assert_eq!(
                            uuid.hyphenated().to_string(),
                            text,
                            "{name}: {kind}.{field}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn every_reference_points_to_an_object_of_the_export() {
    // (kind, field, the kind it refers to)
    const REFERENCES: [(&str, &str, &str); 11] = [
        ("attribute", "taxonomy_term_id", "taxonomy_term"),
        ("taxonomy_term", "taxonomy_id", "taxonomy"),
        ("organization", "parent_organization_id", "organization"),
        ("organization_identifier", "organization_id", "organization"),
        ("phone", "organization_id", "organization"),
        ("location", "organization_id", "organization"),
        ("address", "location_id", "location"),
        ("schedule", "location_id", "location"),
        ("service", "organization_id", "organization"),
        ("service_at_location", "service_id", "service"),
        ("service_at_location", "location_id", "location"),
    ];
    for (name, registry) in registries() {
        let json = json(&registry);
        let mut checked = 0;
        for (kind, field, target) in REFERENCES {
            let targets = ids(&json, target);
            for object in objects(&json, kind) {
                if let Some(id) = object.get(field) {
                    assert!(
                        targets.contains(id.as_str().unwrap()),
                        "{name}: {kind}.{field} {id} names no {target}"
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 0, "{name}: references were checked");
        // An attribute's link names an object of the table its link_entity names.
        for attribute in objects(&json, "attribute") {
            let entity = attribute["link_entity"].as_str().unwrap();
            assert!(
                ids(&json, entity).contains(attribute["link_id"].as_str().unwrap()),
                "{name}: {attribute}"
            );
        }
    }
    // Every kind of reference occurs in the fixture, so none of the checks above is vacuous.
    let json = json(&fixture());
    for (kind, field, _) in REFERENCES {
        assert!(
            objects(&json, kind).iter().any(|o| o.get(field).is_some()),
            "the fixture has a {kind}.{field}"
        );
    }
}

#[test]
fn organizations_keep_the_registrys_ids_and_departments_name_their_institution() {
    let registry = sample::registry();
    let export = hsds::export(&registry).data;
    let expected: usize = registry
        .institutions()
        .map(|i| 1 + i.departments.len())
        .sum();
    assert_eq!(export.organization.len(), expected);
    for (institution, department) in registry.departments() {
        let organization = export
            .organization
            .iter()
            .find(|o| o.id == *department.id.as_uuid())
            .unwrap();
        assert_eq!(organization.name, department.name);
        assert_eq!(
            organization.parent_organization_id,
            Some(*institution.id.as_uuid())
        );
    }
    let union_branch = export
        .organization
        .iter()
        .find(|o| o.name == "Тульское региональное отделение Союза женщин России")
        .unwrap();
    let union = export
        .organization
        .iter()
        .find(|o| o.name == "Союз женщин России")
        .unwrap();
    assert_eq!(union_branch.parent_organization_id, Some(union.id));
    for (point, location) in registry.service_points().zip(&export.location) {
        assert_eq!(location.id, *point.id.as_uuid());
        assert_eq!(location.name, point.name);
    }
}

#[test]
fn identifiers_carry_the_inn_ogrn_and_kpp_with_their_schemes() {
    let registry = fixture();
    let export = hsds::export(&registry).data;
    let tula = registry
        .institutions()
        .find(|i| i.short_name.as_deref() == Some(TULA_CENTRE))
        .unwrap();
    let found: Vec<(Option<&str>, &str, &str)> = export
        .organization_identifier
        .iter()
        .map(|i| {
            assert_eq!(i.organization_id, *tula.id.as_uuid());
            (
                i.identifier_scheme.as_deref(),
                i.identifier_type.as_str(),
                i.identifier.as_str(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (Some("RU-INN"), "ИНН", INN),
            (Some("RU-OGRN"), "ОГРН", OGRN),
            (None, "КПП", KPP),
        ]
    );
    let organization = export
        .organization
        .iter()
        .find(|o| o.id == *tula.id.as_uuid())
        .unwrap();
    assert_eq!(organization.email.as_deref(), Some("info@example.ru"));
    assert_eq!(organization.website.as_deref(), Some("https://example.ru/"));
    assert_eq!(export.phone.len(), 1);
    assert_eq!(export.phone[0].number, "+74872123456");
}

#[test]
fn the_flagship_has_its_address_point_and_weekly_schedules() {
    let export = hsds::export(&fixture()).data;
    let flagship = &export.location[0];
    assert_eq!(flagship.location_type, hsds::LocationType::Physical);
    assert_eq!(
        (flagship.latitude, flagship.longitude),
        (Some(54.193_122), Some(37.617_348))
    );
    assert_eq!(export.address.len(), 1);
    let address = &export.address[0];
    assert_eq!(address.location_id, flagship.id);
    assert_eq!(
        (
            address.address_1.as_str(),
            address.city.as_str(),
            address.state_province.as_str(),
            address.postal_code.as_str(),
            address.country.as_str(),
            address.address_type.as_str(),
        ),
        (
            "ул. Гоголевская, д. 71",
            "г. Тула",
            "Тульская область",
            "300041",
            "RU",
            "physical"
        )
    );
    let schedules: Vec<(&str, &str, &str, &str)> = export
        .schedule
        .iter()
        .map(|s| {
            assert_eq!(s.location_id, flagship.id);
            assert_eq!(s.freq, hsds::Frequency::Weekly);
            // Tula is on Moscow time.
            assert_eq!(s.timezone, 3);
            assert_eq!(s.notes, "часовой пояс Europe/Moscow");
            (
                s.byday.as_str(),
                s.opens_at.as_str(),
                s.closes_at.as_str(),
                s.description.as_str(),
            )
        })
        .collect();
    assert_eq!(
        schedules,
        [
            (
                "MO,TU,WE,TH,FR",
                "09:00:00+03:00",
                "18:00:00+03:00",
                "Mo-Fr 09:00-18:00"
            ),
            ("SA", "10:00:00+03:00", "14:00:00+03:00", "Sa 10:00-14:00"),
        ]
    );
}

#[test]
fn an_address_without_a_postal_code_stays_text_in_the_description_and_is_counted() {
    let export = hsds::export(&sample::registry());
    assert!(export.data.address.is_empty());
    assert_eq!(
        export.data.location[0].description.as_deref(),
        Some(
            "флагманское отделение; адрес (почтовый индекс не указан): Тульская область, г. Тула, ул. Гоголевская, д. 71"
        )
    );
    let left_out = export
        .left_out
        .iter()
        .find(|l| l.what == "service_points[].address")
        .unwrap();
    assert_eq!(left_out.count, 1);
}

#[test]
fn services_are_per_providing_organization_with_status_from_their_points() {
    let registry = fixture();
    let export = hsds::export(&registry).data;
    let nanny = ServiceId::from_name("test: Социальная няня");
    let tula = registry
        .institutions()
        .find(|i| i.short_name.as_deref() == Some(TULA_CENTRE))
        .unwrap();
    let mfc = registry
        .institutions()
        .find(|i| i.short_name.as_deref() == Some(VICHUGA))
        .unwrap()
        .departments[0]
        .id;
    let services: Vec<(&str, uuid::Uuid, hsds::ServiceStatus)> = export
        .service
        .iter()
        .map(|s| (s.name.as_str(), s.organization_id, s.status))
        .collect();
    assert_eq!(
        services,
        [
            (
                "Социальная няня",
                *tula.id.as_uuid(),
                hsds::ServiceStatus::Active
            ),
            (
                "Консультация психолога",
                *tula.id.as_uuid(),
                hsds::ServiceStatus::Active
            ),
            (
                "Консультация психолога",
                *mfc.as_uuid(),
                hsds::ServiceStatus::TemporarilyClosed
            ),
        ]
    );
    // One provider: the catalogue's id; two: one id per organization, neither the catalogue's.
    assert_eq!(export.service[0].id, *nanny.as_uuid());
    assert_ne!(export.service[1].id, export.service[2].id);
    let psychologist = ServiceId::from_name("test: Консультация психолога");
    assert!(
        export.service[1..]
            .iter()
            .all(|s| s.id != *psychologist.as_uuid())
    );
    assert_eq!(
        export.service[0].eligibility_description.as_deref(),
        Some("многодетные семьи; малоимущие семьи")
    );
    // Each service at each point that lists it: the nanny at two Tula points, the psychologist
    // at the flagship and at the Vichuga point.
    let joined: Vec<(uuid::Uuid, uuid::Uuid)> = export
        .service_at_location
        .iter()
        .map(|j| (j.service_id, j.location_id))
        .collect();
    let point = |i: usize| *registry.dataset().service_points[i].id.as_uuid();
    assert_eq!(
        joined,
        [
            (export.service[0].id, point(0)),
            (export.service[0].id, point(1)),
            (export.service[1].id, point(0)),
            (export.service[2].id, point(5)),
        ]
    );
    assert_eq!(export.location[5].organization_id, *mfc.as_uuid());
}

#[test]
fn what_hsds_cannot_hold_is_listed_with_counts() {
    let counts = |registry: &Registry| -> Vec<(&'static str, usize)> {
        hsds::export(registry)
            .left_out
            .iter()
            .map(|l| (l.what, l.count))
            .collect()
    };
    assert_eq!(
        counts(&sample::registry()),
        [
            ("institutions[].sources", 12),
            ("institutions[].departments[].sources", 3),
            ("service_points[].address", 1),
            ("service_points[].sources", 5),
            ("persons", 14),
            ("appointments", 15),
            ("events", 2),
            ("programmes", 3),
            ("training_sites", 1),
            ("stated_figures", 5),
        ]
    );
    let fixture = counts(&fixture());
    for expected in [
        ("institutions[].address", 0),
        // Status and category are attributes now.
        ("service_points[].status", 0),
        ("services[].category", 0),
        ("services", 1),
    ] {
        let found = fixture.iter().find(|(what, _)| *what == expected.0);
        assert_eq!(found.map_or(0, |f| f.1), expected.1, "{}", expected.0);
    }
}

#[test]
fn the_same_registry_gives_the_same_text_byte_for_byte() {
    for (name, registry) in registries() {
        let first = hsds::to_string_pretty(&hsds::export(&registry).data);
        // The registry read back from its own JSON: nothing depends on memory or time.
        let text = social_services::io::json::to_string(registry.dataset());
        let dataset: Dataset = social_services::io::json::from_str(&text).unwrap();
        let again = Registry::with_options(dataset, &ValidationOptions::default()).unwrap();
        assert_eq!(
            hsds::to_string_pretty(&hsds::export(&again).data),
            first,
            "{name}"
        );
    }
}

#[test]
fn the_samples_hsds_json() {
    insta::assert_snapshot!(hsds::to_string_pretty(
        &hsds::export(&sample::registry()).data
    ));
}

#[test]
fn the_fixtures_hsds_json() {
    insta::assert_snapshot!(hsds::to_string_pretty(&hsds::export(&fixture()).data));
}

#[cfg(feature = "synth")]
#[test]
fn a_generated_registry_exports_with_every_reference_resolved() {
    let dataset = social_services::synth::generate(&social_services::synth::Options {
        scale: 0.001,
        seed: 7,
    });
    let registry = Registry::with_options(dataset, &ValidationOptions::default()).unwrap();
    let json = json(&registry);
    let organizations = ids(&json, "organization");
    let locations = ids(&json, "location");
    assert!(!locations.is_empty());
    for location in objects(&json, "location") {
        assert!(organizations.contains(location["organization_id"].as_str().unwrap()));
    }
    for address in objects(&json, "address") {
        assert!(locations.contains(address["location_id"].as_str().unwrap()));
    }
    for schedule in objects(&json, "schedule") {
        assert!(locations.contains(schedule["location_id"].as_str().unwrap()));
    }
}

// ---------------------------------------------------------------------------------------------
// Conformance: every object against a JSON Schema written here from the documented rules of
// HSDS 3.x (the properties of each object with their types, formats and enumerations, the
// `required` and `tabular_required` lists, no property HSDS does not define), and the package
// against its own datapackage.json and its foreign keys. No schema file is copied: the rules
// are those of the specification's reference pages for each object.
// ---------------------------------------------------------------------------------------------

/// `(property, JSON type, format, enumeration)` of an HSDS object.
type Property = (
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static [&'static str],
);

const LOCATION_TYPES: &[&str] = &["physical", "postal", "virtual"];
const NONE: &[&str] = &[];

/// The HSDS properties of each object kind (the scalar ones: the export links objects by
/// their `…_id` fields) and the fields HSDS requires of it (`required` and
/// `tabular_required`).
#[allow(clippy::too_many_lines)] // one table of the standard's rules, read as one
fn hsds_rules(kind: &str) -> (Vec<Property>, &'static [&'static str]) {
    let s = |name| (name, "string", None, NONE);
    let uuid = |name| (name, "string", Some("uuid"), NONE);
    let uri = |name| (name, "string", Some("uri"), NONE);
    let email = |name| (name, "string", Some("email"), NONE);
    let number = |name| (name, "number", None, NONE);
    let time = |name| (name, "string", Some("time"), NONE);
    match kind {
        "organization" => (
            vec![
                uuid("id"),
                s("name"),
                s("alternate_name"),
                s("description"),
                email("email"),
                uri("website"),
                s("tax_status"),
                s("tax_id"),
                number("year_incorporated"),
                s("legal_status"),
                uri("logo"),
                uri("uri"),
                uuid("parent_organization_id"),
            ],
            &["id", "name", "description"],
        ),
        "service" => (
            vec![
                uuid("id"),
                uuid("organization_id"),
                uuid("program_id"),
                s("name"),
                s("alternate_name"),
                s("description"),
                uri("url"),
                email("email"),
                (
                    "status",
                    "string",
                    None,
                    &["active", "inactive", "defunct", "temporarily closed"],
                ),
                s("interpretation_services"),
                s("application_process"),
                s("fees_description"),
                s("wait_time"),
                s("fees"),
                s("accreditations"),
                s("eligibility_description"),
                number("minimum_age"),
                number("maximum_age"),
                s("assured_date"),
                email("assurer_email"),
                s("licenses"),
                s("alert"),
            ],
            &["id", "name", "status", "organization_id"],
        ),
        "service_at_location" => (
            vec![
                uuid("id"),
                uuid("service_id"),
                uuid("location_id"),
                s("description"),
            ],
            &["id", "service_id", "location_id"],
        ),
        "location" => (
            vec![
                uuid("id"),
                ("location_type", "string", None, LOCATION_TYPES),
                uri("url"),
                uuid("organization_id"),
                s("name"),
                s("alternate_name"),
                s("description"),
                s("transportation"),
                number("latitude"),
                number("longitude"),
                s("external_identifier"),
                s("external_identifier_type"),
            ],
            &["id", "location_type"],
        ),
        "phone" => (
            vec![
                uuid("id"),
                uuid("location_id"),
                uuid("service_id"),
                uuid("organization_id"),
                uuid("contact_id"),
                uuid("service_at_location_id"),
                s("number"),
                number("extension"),
                s("type"),
                s("description"),
            ],
            &["id", "number"],
        ),
        "address" => (
            vec![
                uuid("id"),
                uuid("location_id"),
                s("attention"),
                s("address_1"),
                s("address_2"),
                s("city"),
                s("region"),
                s("state_province"),
                s("postal_code"),
                s("country"),
                ("address_type", "string", None, LOCATION_TYPES),
            ],
            &[
                "id",
                "address_1",
                "city",
                "state_province",
                "postal_code",
                "country",
                "address_type",
            ],
        ),
        "schedule" => (
            vec![
                uuid("id"),
                uuid("service_id"),
                uuid("location_id"),
                uuid("service_at_location_id"),
                s("valid_from"),
                s("valid_to"),
                s("dtstart"),
                number("timezone"),
                s("until"),
                number("count"),
                (
                    "wkst",
                    "string",
                    None,
                    &["MO", "TU", "WE", "TH", "FR", "SA", "SU"],
                ),
                ("freq", "string", None, &["WEEKLY", "MONTHLY"]),
                number("interval"),
                s("byday"),
                s("byweekno"),
                s("bymonthday"),
                s("byyearday"),
                s("description"),
                time("opens_at"),
                time("closes_at"),
                uri("schedule_link"),
                s("attending_type"),
                s("notes"),
            ],
            &["id"],
        ),
        "organization_identifier" => (
            vec![
                uuid("id"),
                uuid("organization_id"),
                s("identifier_scheme"),
                s("identifier_type"),
                s("identifier"),
            ],
            &["id", "identifier_type", "identifier", "organization_id"],
        ),
        "taxonomy" => (
            vec![
                uuid("id"),
                s("name"),
                s("description"),
                uri("uri"),
                s("version"),
            ],
            &["id", "name", "description"],
        ),
        "taxonomy_term" => (
            vec![
                uuid("id"),
                s("code"),
                s("name"),
                s("description"),
                uuid("parent_id"),
                s("taxonomy"),
                s("language"),
                uuid("taxonomy_id"),
                uri("term_uri"),
            ],
            &["id", "name", "description"],
        ),
        "attribute" => (
            vec![
                uuid("id"),
                uuid("link_id"),
                uuid("taxonomy_term_id"),
                s("link_type"),
                s("link_entity"),
                s("value"),
                s("label"),
            ],
            &["id", "link_id", "taxonomy_term_id", "link_entity"],
        ),
        other => panic!("no HSDS rules written for {other}"),
    }
}

/// The JSON Schema (2020-12) of an HSDS object kind, from [`hsds_rules`]: a required text is
/// also non-empty (HSDS requires a value, not a key).
fn hsds_schema(kind: &str) -> Value {
    let (properties, required) = hsds_rules(kind);
    let mut props = serde_json::Map::new();
    for (name, json_type, format, values) in properties {
        let mut property = serde_json::json!({"type": json_type});
        if let Some(format) = format {
            property["format"] = format.into();
        }
        if !values.is_empty() {
            property["enum"] = values.into();
        }
        if required.contains(&name) && json_type == "string" {
            property["minLength"] = 1.into();
        }
        props.insert(name.to_owned(), property);
    }
    serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "properties": props,
        "required": required,
        "additionalProperties": false,
    })
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(schema)
        .unwrap()
}

/// Every object of every kind of `json` against its schema; returns how many were checked.
fn check_objects(name: &str, json: &Value) -> usize {
    let mut checked = 0;
    for kind in KINDS {
        let validator = validator(&hsds_schema(kind));
        for object in objects(json, kind) {
            let errors: Vec<String> = validator
                .iter_errors(object)
                .map(|e| e.to_string())
                .collect();
            assert!(errors.is_empty(), "{name}: {kind} {object}: {errors:?}");
            checked += 1;
        }
    }
    checked
}

/// The columns of a package's resource are typed, formatted, required and enumerated as HSDS
/// types them.
fn check_fields(name: &str, kind: &str, fields: &[Value]) {
    let (rules, required) = hsds_rules(kind);
    for field in fields {
        let field_name = field["name"].as_str().unwrap();
        let (_, json_type, format, values) = rules
            .iter()
            .find(|r| r.0 == field_name)
            .unwrap_or_else(|| panic!("{name}: {kind}.{field_name} is no HSDS field"));
        // The Frictionless type of each column as HSDS types it.
        let expected = match (*json_type, *format) {
            ("number", _) => "number",
            (_, Some("time")) => "time",
            _ => "string",
        };
        assert_eq!(field["type"], expected, "{name}: {kind}.{field_name}");
        if let Some(format) = format.filter(|f| *f != "time") {
            assert_eq!(field["format"], *format, "{name}: {kind}.{field_name}");
        }
        assert_eq!(
            field["constraints"]["required"].as_bool().unwrap_or(false),
            required.contains(&field_name),
            "{name}: {kind}.{field_name} required"
        );
        if !values.is_empty() {
            assert_eq!(field["constraints"]["enum"], serde_json::json!(values));
        }
    }
}

/// The package of `registry`: every table's header is its resource's fields, every row
/// (as an object, its empty cells absent, number columns as numbers) valid against the HSDS
/// schema of its kind and its resource's constraints, ids unique, every foreign key resolving.
fn check_package(name: &str, registry: &Registry) {
    let files = hsds::package(&hsds::export(registry).data);
    let text = |path: &str| {
        files
            .iter()
            .find(|f| f.path == path)
            .unwrap_or_else(|| panic!("{name}: no {path}"))
            .text
            .as_str()
    };
    let package: Value = serde_json::from_str(text("datapackage.json")).unwrap();
    assert_eq!(package["profile"], "tabular-data-package");
    let resources = package["resources"].as_array().unwrap();
    assert_eq!(
        resources.len() + 1,
        files.len(),
        "{name}: a resource per file"
    );
    let mut tables: std::collections::BTreeMap<String, Vec<Value>> =
        std::collections::BTreeMap::default();
    for resource in resources {
        let kind = resource["name"].as_str().unwrap();
        assert_eq!(resource["profile"], "tabular-data-resource");
        assert_eq!(resource["schema"]["primaryKey"], "id");
        let fields = resource["schema"]["fields"].as_array().unwrap();
        let mut reader =
            csv::Reader::from_reader(text(resource["path"].as_str().unwrap()).as_bytes());
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        let names: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
        assert_eq!(header, names, "{name}: {kind} header");
        check_fields(name, kind, fields);
        let validator = validator(&hsds_schema(kind));
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.unwrap();
            let mut row = serde_json::Map::new();
            for (field, cell) in fields.iter().zip(record.iter()) {
                if cell.is_empty() {
                    continue;
                }
                let value = if field["type"] == "number" {
                    Value::from(cell.parse::<f64>().unwrap())
                } else {
                    Value::from(cell)
                };
                row.insert(field["name"].as_str().unwrap().to_owned(), value);
            }
            let row = Value::Object(row);
            let errors: Vec<String> = validator.iter_errors(&row).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{name}: {kind} row {row}: {errors:?}");
            rows.push(row);
        }
        tables.insert(kind.to_owned(), rows);
    }
    let ids = |kind: &str| -> BTreeSet<String> {
        tables[kind]
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .collect()
    };
    for resource in resources {
        let kind = resource["name"].as_str().unwrap();
        assert_eq!(
            ids(kind).len(),
            tables[kind].len(),
            "{name}: {kind} ids unique"
        );
        for key in resource["schema"]["foreignKeys"].as_array().unwrap() {
            let field = key["fields"].as_str().unwrap();
            let target = match key["reference"]["resource"].as_str().unwrap() {
                "" => kind,
                other => other,
            };
            assert_eq!(key["reference"]["fields"], "id");
            let targets = ids(target);
            for row in &tables[kind] {
                if let Some(id) = row.get(field) {
                    assert!(
                        targets.contains(id.as_str().unwrap()),
                        "{name}: {kind}.{field} {id} names no {target}"
                    );
                }
            }
        }
    }
    // The attributes' links, which no single foreign key can state.
    for attribute in &tables["attribute"] {
        let entity = attribute["link_entity"].as_str().unwrap();
        assert!(
            ids(entity).contains(attribute["link_id"].as_str().unwrap()),
            "{name}: {attribute}"
        );
    }
}

#[test]
fn every_object_is_valid_against_the_hsds_rules() {
    for (name, registry) in registries() {
        assert!(check_objects(name, &json(&registry)) > 0, "{name}");
    }
}

#[test]
fn the_hsds_rules_refuse_what_hsds_refuses() {
    // The schemas are not vacuous: each rule refuses an object that breaks it.
    let json = json(&pinned());
    let organization = objects(&json, "organization")[0].clone();
    let validator = validator(&hsds_schema("organization"));
    assert!(validator.is_valid(&organization));
    let broken = |key: &str, value: Value| {
        let mut object = organization.clone();
        object[key] = value;
        object
    };
    assert!(!validator.is_valid(&broken("website", "vichuga-kcson.ru".into())));
    assert!(!validator.is_valid(&broken("email", "info@кцсон.рф".into())));
    assert!(!validator.is_valid(&broken("id", "42".into())));
    assert!(!validator.is_valid(&broken("year_opened", 2024.into())));
    assert!(!validator.is_valid(&serde_json::json!({"id": organization["id"], "name": "x"})));
    let schedule = validator_for_kind("schedule");
    let object = objects(&json, "schedule")[0].clone();
    assert!(schedule.is_valid(&object));
    for bad in ["24:00:00+03:00", "09:00", "09:00:00"] {
        let mut object = object.clone();
        object["closes_at"] = bad.into();
        assert!(!schedule.is_valid(&object), "{bad}");
    }
}

fn validator_for_kind(kind: &str) -> jsonschema::Validator {
    validator(&hsds_schema(kind))
}

#[test]
fn every_package_is_valid_and_its_foreign_keys_resolve() {
    for (name, registry) in registries() {
        check_package(name, &registry);
    }
}

#[test]
fn a_schemeless_website_is_written_with_https() {
    let export = hsds::export(&pinned()).data;
    let websites: Vec<&str> = export
        .organization
        .iter()
        .filter_map(|o| o.website.as_deref())
        .collect();
    assert!(websites.contains(&"https://example.ru/"), "{websites:?}");
}

#[test]
fn a_cyrillic_e_mail_domain_is_written_in_punycode() {
    let export = hsds::export(&pinned()).data;
    let vichuga = export
        .organization
        .iter()
        .find(|o| o.alternate_name.as_deref() == Some(VICHUGA))
        .unwrap();
    assert_eq!(vichuga.email.as_deref(), Some("info@xn--j1agcly.xn--p1ai"));
}

#[test]
fn a_24_hour_schedule_opens_at_midnight_and_closes_at_the_last_second() {
    let registry = pinned();
    let export = hsds::export(&registry).data;
    let point = *registry.dataset().service_points[1].id.as_uuid();
    let schedules: Vec<(&str, &str, &str, i8)> = export
        .schedule
        .iter()
        .filter(|s| s.location_id == point)
        .map(|s| {
            (
                s.byday.as_str(),
                s.opens_at.as_str(),
                s.closes_at.as_str(),
                s.timezone,
            )
        })
        .collect();
    assert_eq!(
        schedules,
        [(
            "MO,TU,WE,TH,FR,SA,SU",
            "00:00:00+03:00",
            "23:59:59+03:00",
            3
        )]
    );
}

#[test]
fn an_online_point_is_a_virtual_location_with_its_url_and_hours() {
    let registry = pinned();
    let export = hsds::export(&registry).data;
    let online = export
        .location
        .iter()
        .find(|l| l.name == "Онлайн-приёмная Вичугского КЦСОН")
        .unwrap();
    assert_eq!(online.location_type, hsds::LocationType::Virtual);
    assert_eq!(
        online.url.as_deref(),
        Some(
            "https://xn----7sbfeypvh0ap1bg.xn--p1ai/%D0%BF%D1%80%D0%B8%D1%91%D0%BC%D0%BD%D0%B0%D1%8F"
        )
    );
    // No address: the zone is the Ivanovo region's (the institution's).
    let hours: Vec<&str> = export
        .schedule
        .iter()
        .filter(|s| s.location_id == online.id)
        .map(|s| s.opens_at.as_str())
        .collect();
    assert_eq!(hours, ["08:00:00+03:00"]);
}

#[test]
fn a_legal_address_is_a_postal_location_of_its_organization() {
    let mut dataset = fixture_dataset();
    let tula = dataset
        .institutions
        .iter_mut()
        .find(|i| i.short_name.as_deref() == Some(TULA_CENTRE))
        .unwrap();
    tula.address = Some(
        "300041, Тульская область, г. Тула, ул. Гоголевская, д. 73"
            .parse()
            .unwrap(),
    );
    let tula = *tula.id.as_uuid();
    let registry = Registry::with_options(dataset, &ValidationOptions::default()).unwrap();
    let export = hsds::export(&registry);
    let postal: Vec<&hsds::Location> = export
        .data
        .location
        .iter()
        .filter(|l| l.location_type == hsds::LocationType::Postal)
        .collect();
    assert_eq!(postal.len(), 1);
    assert_eq!(postal[0].organization_id, tula);
    let address = export
        .data
        .address
        .iter()
        .find(|a| a.location_id == postal[0].id)
        .unwrap();
    assert_eq!(address.address_type, "postal");
    assert_eq!(address.address_1, "ул. Гоголевская, д. 73");
    assert!(
        !export
            .left_out
            .iter()
            .any(|l| l.what == "institutions[].address")
    );
    check_objects("a legal address", &json(&registry));
}

#[test]
fn categories_kinds_levels_and_statuses_are_taxonomy_terms_of_attributes() {
    let registry = fixture();
    let export = hsds::export(&registry).data;
    let term = |link: uuid::Uuid, link_type: &str| -> Vec<(String, String)> {
        export
            .attribute
            .iter()
            .filter(|a| a.link_id == link && a.link_type == link_type)
            .map(|a| {
                let term = export
                    .taxonomy_term
                    .iter()
                    .find(|t| t.id == a.taxonomy_term_id)
                    .unwrap();
                (term.code.clone(), term.name.clone())
            })
            .collect()
    };
    let nanny = *ServiceId::from_name("test: Социальная няня").as_uuid();
    assert_eq!(
        term(nanny, "service_category"),
        [(
            "child_care".to_owned(),
            "присмотр и уход за детьми".to_owned()
        )]
    );
    let vichuga = registry
        .institutions()
        .find(|i| i.short_name.as_deref() == Some(VICHUGA))
        .unwrap();
    assert_eq!(
        term(*vichuga.id.as_uuid(), "institution_kind"),
        [("kcson".to_owned(), "КЦСОН".to_owned())]
    );
    assert_eq!(
        term(*vichuga.id.as_uuid(), "institution_level")[0].0,
        "regional"
    );
    let closed = *ServicePointId::from_name("test: Вичуга, Семейный МФЦ").as_uuid();
    assert_eq!(
        term(closed, "service_point_status")[0].0,
        "temporarily_closed"
    );
    assert_eq!(term(closed, "service_point_kind")[0].0, "branch");
}

#[cfg(feature = "synth")]
#[test]
fn a_generated_registry_is_valid_against_the_hsds_rules() {
    let dataset = social_services::synth::generate(&social_services::synth::Options {
        scale: 0.001,
        seed: 11,
    });
    let registry = Registry::with_options(dataset, &ValidationOptions::default()).unwrap();
    assert!(check_objects("synth", &json(&registry)) > 0);
    check_package("synth", &registry);
}

#[cfg(feature = "proptest")]
mod generated {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]
        #[test]
        fn every_valid_dataset_exports_valid_hsds(dataset in social_services::strategy::valid_dataset()) {
            let registry = Registry::with_options(dataset, &ValidationOptions::default()).unwrap();
            check_objects("proptest", &json(&registry));
            check_package("proptest", &registry);
            let schema = validator(&dereferenced_service_schema());
            for service in hsds::services(&hsds::export(&registry).data) {
                prop_assert!(schema.is_valid(&service), "{}", service);
            }
        }
    }
}

/// The schema of `kind` with the nested objects `nested` as further properties.
fn with_nested(kind: &str, nested: Vec<(&str, Value)>) -> Value {
    let mut schema = hsds_schema(kind);
    for (key, value) in nested {
        schema["properties"][key] = value;
    }
    schema
}

fn array_of(schema: &Value) -> Value {
    serde_json::json!({"type": "array", "items": schema})
}

/// A service as HSDS's `/services/{id}` returns it: its organization (with phones,
/// identifiers, attributes), its services at locations with their locations (with addresses,
/// schedules, attributes), its attributes with their terms and taxonomies.
fn dereferenced_service_schema() -> Value {
    let attribute = with_nested(
        "attribute",
        vec![(
            "taxonomy_term",
            with_nested(
                "taxonomy_term",
                vec![("taxonomy_detail", hsds_schema("taxonomy"))],
            ),
        )],
    );
    let organization = with_nested(
        "organization",
        vec![
            ("phones", array_of(&hsds_schema("phone"))),
            (
                "organization_identifiers",
                array_of(&hsds_schema("organization_identifier")),
            ),
            ("attributes", array_of(&attribute)),
        ],
    );
    let location = with_nested(
        "location",
        vec![
            ("addresses", array_of(&hsds_schema("address"))),
            ("schedules", array_of(&hsds_schema("schedule"))),
            ("attributes", array_of(&attribute)),
        ],
    );
    let mut at_location = with_nested("service_at_location", vec![("location", location)]);
    at_location["required"] = serde_json::json!(["id", "location"]);
    let mut service = with_nested(
        "service",
        vec![
            ("organization", organization),
            ("service_at_locations", array_of(&at_location)),
            ("attributes", array_of(&attribute)),
        ],
    );
    service["required"] = serde_json::json!(["id", "name", "status", "organization"]);
    service
}

#[test]
fn every_dereferenced_service_is_valid_and_nests_what_it_refers_to() {
    let validator = validator(&dereferenced_service_schema());
    for (name, registry) in registries() {
        let export = hsds::export(&registry).data;
        let services = hsds::services(&export);
        assert_eq!(services.len(), export.service.len(), "{name}");
        for service in &services {
            let errors: Vec<String> = validator
                .iter_errors(service)
                .map(|e| e.to_string())
                .collect();
            assert!(errors.is_empty(), "{name}: {service}: {errors:?}");
            assert_eq!(service["organization"]["id"], service["organization_id"]);
            for joint in service["service_at_locations"].as_array().unwrap() {
                assert_eq!(joint["location"]["id"], joint["location_id"]);
                assert_eq!(joint["service_id"], service["id"]);
            }
        }
    }
    // The fixture's nanny at the Tula flagship: its address, schedules and category.
    let export = hsds::export(&fixture()).data;
    let nanny = hsds::service(
        &export,
        *ServiceId::from_name("test: Социальная няня").as_uuid(),
    )
    .unwrap();
    let flagship = &nanny["service_at_locations"][0]["location"];
    assert_eq!(flagship["addresses"][0]["postal_code"], "300041");
    assert_eq!(flagship["schedules"][0]["opens_at"], "09:00:00+03:00");
    assert_eq!(
        nanny["service_at_locations"].as_array().map(Vec::len),
        Some(2)
    );
    assert_eq!(
        nanny["attributes"][0]["taxonomy_term"]["code"],
        "child_care"
    );
    assert_eq!(
        nanny["attributes"][0]["taxonomy_term"]["taxonomy_detail"]["name"],
        "social-services: service_category"
    );
    assert_eq!(nanny["organization"]["phones"][0]["number"], "+74872123456");
    assert_eq!(
        nanny["organization"]["organization_identifiers"]
            .as_array()
            .map(Vec::len),
        Some(3)
    );
    // And the schema refuses a service with no organization nested.
    let mut bare = nanny.clone();
    bare.as_object_mut().unwrap().remove("organization");
    assert!(!validator.is_valid(&bare));
}
