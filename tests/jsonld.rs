//! The schema.org JSON-LD of the sample as a centre's website publishes it: every event has the
//! properties search engines read, of the documented types; the facts of the two seed news items
//! are visible in it (dates, places, organizers, speakers); no personal data of a person gets in.

use std::collections::BTreeSet;

use serde_json::Value;
use social_services::io::jsonld;
use social_services::{
    Dataset, Event, Institution, Registry, ValidationOptions,
    records::{EventKind, ServicePointKind},
    sample,
    values::WeeklySchedule,
};

const IVANOVO: &str =
    "Областной семинар-совещание в отделении Семейный многофункциональный центр Вичугского КЦСОН";
const TULA: &str = "Семейные МФЦ: отработка модели и новые подходы";

fn graph() -> Value {
    jsonld::events(&sample::registry())
}

fn event<'a>(graph: &'a Value, name: &str) -> &'a Value {
    let found: Vec<&Value> = graph["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["name"] == name)
        .collect();
    assert_eq!(found.len(), 1, "one event named {name:?}");
    found[0]
}

/// The values of `key` in the nodes of an array.
fn values<'a>(nodes: &'a Value, key: &str) -> Vec<&'a str> {
    nodes
        .as_array()
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .map(|n| n[key].as_str().unwrap())
        .collect()
}

/// Every performer of every sub-event, by name.
fn performers(event: &Value) -> Vec<&str> {
    event["subEvent"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|item| values(&item["performer"], "name"))
        .collect()
}

fn urn(id: impl std::fmt::Display) -> String {
    format!("urn:uuid:{id}")
}

#[test]
fn the_graph_has_the_schema_org_context_and_every_event_of_the_registry() {
    let registry = sample::registry();
    let graph = jsonld::events(&registry);
    assert_eq!(graph["@context"], "https://schema.org");
    let ids = values(&graph["@graph"], "@id");
    let expected: Vec<String> = registry.events().map(|e| urn(e.id)).collect();
    assert_eq!(ids, expected);
}

#[test]
fn every_event_has_the_required_properties_of_the_documented_type() {
    let registry = sample::registry();
    let graph = jsonld::events(&registry);
    for (event, node) in registry.events().zip(graph["@graph"].as_array().unwrap()) {
        let expected = match event.kind {
            EventKind::Training | EventKind::Workshop => "EducationEvent",
            _ => "Event",
        };
        assert_eq!(node["@type"], expected, "{}", event.title);
        for key in [
            "@id",
            "@type",
            "name",
            "startDate",
            "endDate",
            "location",
            "eventStatus",
        ] {
            assert!(node.get(key).is_some(), "{}: no {key}", event.title);
        }
        // An enumeration member as an IRI, not text.
        assert_eq!(
            node["eventStatus"],
            serde_json::json!({"@id": "https://schema.org/EventScheduled"})
        );
        assert_eq!(node["location"]["@type"], "Place");
        assert_eq!(node["location"]["address"]["@type"], "PostalAddress");
        assert_eq!(node["location"]["address"]["addressCountry"], "RU");
        for item in node["subEvent"].as_array().unwrap() {
            assert_eq!(item["@type"], "Event");
            assert!(item["name"].is_string());
        }
    }
}

#[test]
fn training_and_workshops_are_education_events_and_other_kinds_events() {
    let registry = sample::registry();
    let mut dataset = registry.dataset().clone();
    let kinds = [
        (EventKind::Training, "EducationEvent"),
        (EventKind::Workshop, "EducationEvent"),
        (EventKind::SeminarMeeting, "Event"),
        (EventKind::Conference, "Event"),
        (EventKind::RoundTable, "Event"),
        (EventKind::SiteVisit, "Event"),
        (EventKind::Other("форум".to_owned()), "Event"),
    ];
    for (kind, expected) in kinds {
        dataset.events[0].kind = kind.clone();
        let registry =
            Registry::with_options(dataset.clone(), &ValidationOptions::default()).unwrap();
        let node = jsonld::event(&registry, &registry.dataset().events[0]);
        assert_eq!(node["@type"], expected, "{kind}");
    }
}

#[test]
fn the_ivanovo_seminar_on_24_september_at_the_vichuga_kcson_with_its_speakers() {
    let graph = graph();
    let seminar = event(&graph, IVANOVO);
    assert_eq!(seminar["@type"], "Event");
    assert_eq!(seminar["startDate"], "2024-09-24");
    assert_eq!(seminar["endDate"], "2024-09-24");
    let place = &seminar["location"];
    assert_eq!(
        place["name"],
        "Вичугский комплексный центр социального обслуживания населения"
    );
    assert_eq!(place["address"]["addressRegion"], "Ивановская область");
    // Seed 1 names no organizer: none is invented.
    assert!(seminar.get("organizer").is_none());
    assert_eq!(
        performers(seminar),
        [
            "Дёмина Анна Юрьевна",
            "Слабнова Елена Борисовна",
            "Киселёва Надежда Юрьевна",
            "Жалова Анна Алексеевна",
            "Смирнова Анастасия Евгеньевна",
            "Комова Ольга Викторовна",
            "Воронина Светлана Михайловна",
            "Лялина Елена Владимировна",
        ]
    );
    let agenda = seminar["subEvent"].as_array().unwrap();
    assert_eq!(agenda.len(), 8);
    assert_eq!(
        agenda[6]["name"],
        "Работа с обучающими кейсами «Мы едем в МФЦ»"
    );
    let demina = &agenda[0]["performer"][0];
    assert_eq!(demina["@type"], "Person");
    assert_eq!(
        (
            &demina["familyName"],
            &demina["givenName"],
            &demina["additionalName"]
        ),
        (
            &Value::from("Дёмина"),
            &Value::from("Анна"),
            &Value::from("Юрьевна")
        )
    );
    assert_eq!(
        demina["worksFor"]["name"],
        "Департамент социальной защиты населения Ивановской области"
    );
    assert_eq!(demina["worksFor"]["@type"], "GovernmentOrganization");
    // Institutions that took part, each once.
    let attendees = values(&seminar["attendee"], "name");
    assert!(attendees.contains(&"Центр детского творчества г. Шуя"));
    let unique: std::collections::BTreeSet<&str> = attendees.iter().copied().collect();
    assert_eq!(unique.len(), attendees.len(), "{attendees:?}");
}

#[test]
fn the_tula_meeting_on_3_and_4_october_with_its_organizers_speakers_and_site_visit() {
    let graph = graph();
    let meeting = event(&graph, TULA);
    assert_eq!(meeting["startDate"], "2024-10-03");
    assert_eq!(meeting["endDate"], "2024-10-04");
    let address = &meeting["location"]["address"];
    assert_eq!(address["addressLocality"], "Тула");
    assert_eq!(address["addressRegion"], "Тульская область");
    assert_eq!(
        values(&meeting["organizer"], "name"),
        [
            "Министерство труда и социальной защиты Российской Федерации",
            "Фонд поддержки детей, находящихся в трудной жизненной ситуации",
            "Правительство Тульской области",
        ]
    );
    assert_eq!(
        performers(meeting),
        [
            "Марков Д. С.",
            "Баталина О. Ю.",
            "Абросимова Т. А.",
            "Шубинская Эвелина",
            "Шубинская Эвелина",
        ]
    );
    // Names known only by initials: the initials stay in `name`, never in `givenName`.
    let batalina = &meeting["subEvent"][1]["performer"][0];
    assert_eq!(batalina["familyName"], "Баталина");
    assert!(batalina.get("givenName").is_none() && batalina.get("additionalName").is_none());
    assert_eq!(
        batalina["worksFor"]["name"],
        "Министерство труда и социальной защиты Российской Федерации"
    );
    let shubinskaya = &meeting["subEvent"][2]["performer"][0];
    assert_eq!(shubinskaya["givenName"], "Эвелина");
    assert!(shubinskaya.get("additionalName").is_none());
    // The site visit took place at the flagship, 71 Gogolevskaya Street.
    let visit = &meeting["subEvent"][4];
    assert_eq!(
        visit["location"]["name"],
        "Флагманское отделение Семейного МФЦ «Мой семейный центр»"
    );
    assert_eq!(
        visit["location"]["address"]["streetAddress"],
        "ул. Гоголевская, д. 71"
    );
    assert_eq!(visit["location"]["address"]["addressLocality"], "г. Тула");
    // 69 federal subjects is a stated figure: schema.org has no attendance count, and
    // maximumAttendeeCapacity (the venue's capacity) is not one.
    assert!(numbers(meeting).is_empty(), "{:?}", numbers(meeting));
    assert!(!jsonld::to_string_pretty(meeting).contains("maximumAttendeeCapacity"));
}

/// Every number anywhere in a JSON value.
fn numbers(value: &Value) -> Vec<f64> {
    match value {
        Value::Number(n) => n.as_f64().into_iter().collect(),
        Value::Array(items) => items.iter().flat_map(numbers).collect(),
        Value::Object(map) => map.values().flat_map(numbers).collect(),
        _ => Vec::new(),
    }
}

/// The sample with the personal data a registry may hold on two speakers; the values as the
/// data set writes them, and every text form of them that must not be shown.
fn registry_with_personal_data() -> (Registry, Vec<String>, Vec<String>) {
    let mut dataset: Dataset = sample::dataset();
    let (mut written, mut forbidden) = (Vec::new(), Vec::new());
    for (short, snils, phone, email) in [
        (
            "Дёмина А.Ю.",
            "112-233-445 95",
            "+7 4932 12-34-56",
            "a.demina.private@example.ru",
        ),
        (
            "Баталина О.Ю.",
            "123-456-789 64",
            "+7 916 765-43-21",
            "batalina.home@example.ru",
        ),
    ] {
        let person = dataset
            .persons
            .iter_mut()
            .find(|p| p.name.short() == short)
            .unwrap();
        let snils: social_services::values::Snils = snils.parse().unwrap();
        let phone: social_services::values::Phone = phone.parse().unwrap();
        let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
        written.extend([snils.to_string(), phone.to_string(), email.to_owned()]);
        forbidden.extend([
            snils.to_string(),
            digits(&snils.to_string()),
            phone.to_string(),
            digits(&phone.to_string())[1..].to_owned(),
            email.to_owned(),
        ]);
        person.snils = Some(snils);
        person.phones.push(phone);
        person.emails.push(email.parse().unwrap());
        person
            .extra
            .insert("x_home_phone".to_owned(), phone.to_string().into());
    }
    let registry = Registry::with_options(dataset, &ValidationOptions::default()).unwrap();
    (registry, written, forbidden)
}

#[test]
fn no_snils_phone_or_email_of_a_person_reaches_the_json_ld() {
    let (registry, written, forbidden) = registry_with_personal_data();
    // Else the test could not fail.
    let dataset = social_services::io::json::to_string(registry.dataset());
    for value in &written {
        assert!(dataset.contains(value.as_str()), "{value}");
    }
    let mut texts = vec![
        jsonld::to_string_pretty(&jsonld::events(&registry)),
        jsonld::script(&jsonld::events(&registry)),
    ];
    texts.extend(
        registry
            .institutions()
            .map(|i| jsonld::to_string_pretty(&jsonld::institution(&registry, i))),
    );
    for text in &texts {
        // The speakers are there, by name.
        for needle in &forbidden {
            assert!(!text.contains(needle.as_str()), "{needle} in {text}");
        }
        assert!(!text.contains("x_home_phone"));
    }
    assert!(texts[0].contains("Дёмина Анна Юрьевна") && texts[0].contains("Баталина О. Ю."));
}

/// An institution with every field the JSON-LD writes, and a service point with hours.
fn institution_fixture() -> (Registry, Institution) {
    let mut dataset = sample::dataset();
    let tula = dataset
        .institutions
        .iter_mut()
        .find(|i| i.short_name.as_deref() == Some("Семейный МФЦ «Мой семейный центр»"))
        .unwrap();
    // Identifiers valid by their checksums (another organisation's); the seeds state none.
    tula.inn = Some("7707083893".parse().unwrap());
    tula.ogrn = Some("1027700132195".parse().unwrap());
    tula.kpp = Some("773601001".parse().unwrap());
    tula.opened = Some("2023-10".parse().unwrap());
    tula.phones.push("+7 4872 12-34-56".parse().unwrap());
    tula.emails.push("info@example.ru".parse().unwrap());
    // Typed without a scheme, as registries copy it: written with https://.
    tula.website = Some("example.ru".parse().unwrap());
    let tula = tula.clone();
    let flagship = &mut dataset.service_points[0];
    flagship.address = Some(
        "300041, Тульская область, г. Тула, ул. Гоголевская, д. 71; 54.193122,37.617348"
            .parse()
            .unwrap(),
    );
    flagship.schedule = Some("Mo-Fr 09:00-18:00; Sa 10:00-14:00".parse().unwrap());
    let registry = Registry::with_options(dataset, &ValidationOptions::default()).unwrap();
    (registry, tula)
}

#[test]
fn an_institution_with_its_identifiers_founding_date_and_places() {
    let (registry, tula) = institution_fixture();
    let node = jsonld::institution(&registry, &tula);
    assert_eq!(node["@context"], "https://schema.org");
    assert_eq!(node["@type"], "GovernmentOrganization");
    assert_eq!(node["@id"], urn(tula.id));
    assert_eq!(node["taxID"], "7707083893");
    assert_eq!(
        node["identifier"],
        serde_json::json!([
            {"@type": "PropertyValue", "propertyID": "RU-OGRN", "name": "ОГРН", "value": "1027700132195"},
            {"@type": "PropertyValue", "name": "КПП", "value": "773601001"},
        ])
    );
    // A month-only date stays a month.
    assert_eq!(node["foundingDate"], "2023-10");
    assert_eq!(node["telephone"][0], "+74872123456");
    assert_eq!(node["url"], "https://example.ru/");
    let places = node["location"].as_array().unwrap();
    assert_eq!(places.len(), 5);
    let flagship = &places[0];
    assert_eq!(flagship["@type"], "Place");
    assert_eq!(flagship["address"]["postalCode"], "300041");
    assert_eq!(flagship["geo"]["latitude"], 54.193_122);
    assert_eq!(
        flagship["openingHoursSpecification"],
        serde_json::json!([
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": [
                    {"@id": "https://schema.org/Monday"}, {"@id": "https://schema.org/Tuesday"},
                    {"@id": "https://schema.org/Wednesday"}, {"@id": "https://schema.org/Thursday"},
                    {"@id": "https://schema.org/Friday"},
                ],
                // Tula: Moscow time.
                "opens": "09:00:00+03:00",
                "closes": "18:00:00+03:00",
            },
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": [{"@id": "https://schema.org/Saturday"}],
                "opens": "10:00:00+03:00",
                "closes": "14:00:00+03:00",
            },
        ])
    );
    assert_eq!(
        jsonld::service_point(&registry.dataset().service_points[0])["@context"],
        "https://schema.org"
    );
}

#[test]
fn state_institutions_are_government_organizations_and_non_state_ones_organizations() {
    let registry = sample::registry();
    let union = registry
        .institutions()
        .find(|i| i.name == "Тульское региональное отделение Союза женщин России")
        .unwrap();
    let node = jsonld::institution(&registry, union);
    assert_eq!(node["@type"], "Organization");
    assert_eq!(node["parentOrganization"]["name"], "Союз женщин России");
    let department = registry
        .institutions()
        .find(|i| i.name == "Департамент социальной защиты населения Ивановской области")
        .unwrap();
    let node = jsonld::institution(&registry, department);
    assert_eq!(node["@type"], "GovernmentOrganization");
    assert_eq!(
        node["department"][0],
        serde_json::json!({
            "@type": "GovernmentOrganization",
            "@id": urn(department.departments[0].id),
            "name": "управление по делам семей, воспитывающих детей",
        })
    );
}

#[test]
fn a_schedule_open_until_midnight_closes_at_the_last_second_of_the_day() {
    let (registry, _) = institution_fixture();
    let mut point = registry.dataset().service_points[0].clone();
    point.schedule = Some("Mo-Su 20:00-24:00".parse::<WeeklySchedule>().unwrap());
    let node = jsonld::service_point(&point);
    // schema.org documents a day open until midnight as closing at 23:59; its `Time` is
    // hh:mm:ss with an offset, so the last second of the day.
    assert_eq!(
        node["openingHoursSpecification"][0]["closes"],
        "23:59:59+03:00"
    );
    assert_eq!(
        node["openingHoursSpecification"][0]["opens"],
        "20:00:00+03:00"
    );
}

#[test]
fn a_24_hour_schedule_opens_at_midnight_and_closes_at_the_last_second() {
    let (registry, _) = institution_fixture();
    let mut point = registry.dataset().service_points[0].clone();
    point.schedule = Some("24/7".parse::<WeeklySchedule>().unwrap());
    let hours = &jsonld::service_point(&point)["openingHoursSpecification"];
    assert_eq!(hours.as_array().map(Vec::len), Some(1));
    assert_eq!(hours[0]["dayOfWeek"].as_array().map(Vec::len), Some(7));
    assert_eq!(hours[0]["opens"], "00:00:00+03:00");
    assert_eq!(hours[0]["closes"], "23:59:59+03:00");
}

#[test]
fn opening_hours_carry_the_offset_of_the_federal_subjects_zone() {
    let (registry, _) = institution_fixture();
    let mut point = registry.dataset().service_points[0].clone();
    point.address = Some(
        "410012, Саратовская область, г. Саратов, ул. Московская, д. 72"
            .parse()
            .unwrap(),
    );
    let node = jsonld::service_point(&point);
    assert_eq!(
        node["openingHoursSpecification"][0]["opens"],
        "09:00:00+04:00"
    );
    point.address = Some(
        "Камчатский край, г. Петропавловск-Камчатский, ул. Ленинская, д. 1"
            .parse()
            .unwrap(),
    );
    let node = jsonld::service_point(&point);
    assert_eq!(
        node["openingHoursSpecification"][0]["opens"],
        "09:00:00+12:00"
    );
}

#[test]
fn an_online_point_is_a_virtual_location_with_its_url() {
    let (registry, _) = institution_fixture();
    let mut point = registry.dataset().service_points[0].clone();
    point.kind = ServicePointKind::Online;
    point.address = None;
    point.url = Some("мойсемейныйцентр.рф/приёмная".parse().unwrap());
    let node = jsonld::service_point(&point);
    assert_eq!(node["@type"], "VirtualLocation");
    assert_eq!(
        node["url"],
        "https://xn--e1aaancaqclcc7aew1d7d.xn--p1ai/%D0%BF%D1%80%D0%B8%D1%91%D0%BC%D0%BD%D0%B0%D1%8F"
    );
    // schema.org gives a virtual location no address or opening hours.
    assert!(node.get("openingHoursSpecification").is_none());
    assert!(node.get("address").is_none());
}

#[test]
fn an_event_with_no_known_place_has_no_location() {
    let registry = sample::registry();
    let mut event: Event = registry.dataset().events[1].clone();
    event.venue = social_services::records::Venue::default();
    assert!(jsonld::event(&registry, &event).get("location").is_none());
}

#[test]
fn the_samples_events_as_json_ld() {
    insta::assert_snapshot!(jsonld::to_string_pretty(&graph()));
}

// ---------------------------------------------------------------------------------------------
// Conformance: every property of every node is a schema.org property whose domain includes
// the node's type (or a type it is a subtype of), as schema.org's pages for each type list
// them; enumeration members are IRIs; times are schema.org `Time`; URLs are absolute.
// ---------------------------------------------------------------------------------------------

/// The properties schema.org gives every `Thing`, and the JSON-LD keywords.
const THING: &[&str] = &[
    "@context",
    "@id",
    "@type",
    "name",
    "alternateName",
    "description",
    "identifier",
    "url",
];

/// The properties of each type the crate writes, besides those of `Thing` (schema.org's
/// domains: `Organization` for `GovernmentOrganization`, `Event` for `EducationEvent`).
fn properties_of(kind: &str) -> &'static [&'static str] {
    match kind {
        "Event" | "EducationEvent" => &[
            "startDate",
            "endDate",
            "eventStatus",
            "location",
            "organizer",
            "attendee",
            "subEvent",
            "performer",
        ],
        "Organization" | "GovernmentOrganization" => &[
            "taxID",
            "address",
            "telephone",
            "email",
            "foundingDate",
            "dissolutionDate",
            "parentOrganization",
            "department",
            "location",
        ],
        "Place" => &["address", "geo", "openingHoursSpecification", "telephone"],
        "VirtualLocation" => &[],
        "PostalAddress" => &[
            "streetAddress",
            "addressLocality",
            "addressRegion",
            "postalCode",
            "addressCountry",
        ],
        "GeoCoordinates" => &["latitude", "longitude"],
        "OpeningHoursSpecification" => &["dayOfWeek", "opens", "closes"],
        "PropertyValue" => &["propertyID", "value"],
        "Person" => &[
            "familyName",
            "givenName",
            "additionalName",
            "jobTitle",
            "worksFor",
        ],
        other => panic!("a type the crate should not write: {other}"),
    }
}

/// The members of the enumerations the crate writes.
const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn is_time(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| b[range].iter().all(u8::is_ascii_digit);
    let hour: u8 = text.get(..2).and_then(|h| h.parse().ok()).unwrap_or(99);
    b.len() >= 8
        && digits(0..2)
        && b[2] == b':'
        && digits(3..5)
        && b[5] == b':'
        && digits(6..8)
        && hour < 24
        && (b.len() == 8
            || text[8..] == *"Z"
            || (b.len() == 14 && matches!(b[8], b'+' | b'-') && digits(9..11) && b[11] == b':'))
}

/// Checks `node` and every node inside it; returns the types seen.
fn check_node(node: &Value, seen: &mut BTreeSet<String>) {
    match node {
        Value::Array(items) => items.iter().for_each(|item| check_node(item, seen)),
        Value::Object(map) => {
            let kind = map["@type"]
                .as_str()
                .unwrap_or_else(|| panic!("a node without @type: {node}"));
            seen.insert(kind.to_owned());
            let allowed = properties_of(kind);
            for (key, value) in map {
                assert!(
                    THING.contains(&key.as_str()) || allowed.contains(&key.as_str()),
                    "{kind}.{key} is not a property of {kind}"
                );
                match key.as_str() {
                    "dayOfWeek" => {
                        for day in value.as_array().unwrap() {
                            let iri = day["@id"].as_str().unwrap();
                            let member = iri.strip_prefix("https://schema.org/").unwrap();
                            assert!(DAYS.contains(&member), "{iri}");
                            assert_eq!(day.as_object().unwrap().len(), 1);
                        }
                    }
                    "eventStatus" => {
                        assert_eq!(
                            *value,
                            serde_json::json!({"@id": "https://schema.org/EventScheduled"})
                        );
                    }
                    "opens" | "closes" => {
                        assert!(is_time(value.as_str().unwrap()), "{kind}.{key} {value}");
                    }
                    "url" => {
                        let url = value.as_str().unwrap();
                        assert!(
                            url.starts_with("https://") || url.starts_with("http://"),
                            "{url}"
                        );
                        assert!(url.is_ascii(), "{url}");
                    }
                    "@id" => assert!(value.as_str().unwrap().starts_with("urn:uuid:")),
                    "@context" | "@type" => {}
                    _ => check_node_values(value, seen),
                }
            }
        }
        _ => {}
    }
}

fn check_node_values(value: &Value, seen: &mut BTreeSet<String>) {
    match value {
        Value::Object(_) => check_node(value, seen),
        Value::Array(items) => items.iter().for_each(|item| check_node_values(item, seen)),
        _ => {}
    }
}

#[test]
fn every_node_uses_schema_org_properties_within_their_domains() {
    let (registry, _) = institution_fixture();
    let mut dataset = registry.dataset().clone();
    let mut online = dataset.service_points[0].clone();
    online.id = social_services::records::ServicePointId::from_name("test: онлайн");
    online.kind = ServicePointKind::Online;
    online.address = None;
    online.url = Some("example.ru/online".parse().unwrap());
    dataset.service_points.push(online);
    dataset.service_points[1].schedule = Some("24/7".parse().unwrap());
    dataset.events[0].kind = EventKind::Training;
    let registry = Registry::with_options(dataset, &ValidationOptions::default()).unwrap();
    let mut seen = BTreeSet::new();
    for registry in [sample::registry(), registry] {
        check_node(&jsonld::events(&registry)["@graph"], &mut seen);
        for institution in registry.institutions() {
            check_node(&jsonld::institution(&registry, institution), &mut seen);
        }
        for point in registry.service_points() {
            check_node(&jsonld::service_point(point), &mut seen);
        }
    }
    // Every type of the mapping occurred, so no check above is vacuous.
    for kind in [
        "Event",
        "EducationEvent",
        "GovernmentOrganization",
        "Organization",
        "Place",
        "VirtualLocation",
        "PostalAddress",
        "GeoCoordinates",
        "OpeningHoursSpecification",
        "PropertyValue",
        "Person",
    ] {
        assert!(seen.contains(kind), "no {kind} written: {seen:?}");
    }
}

#[test]
fn the_time_check_refuses_what_schema_org_time_refuses() {
    assert!(is_time("09:00:00+03:00"));
    assert!(is_time("23:59:59"));
    for bad in ["24:00:00+03:00", "09:00", "9:00:00", "09:00:00+3"] {
        assert!(!is_time(bad), "{bad}");
    }
}
