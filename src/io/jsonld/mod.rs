//! schema.org JSON-LD: events, institutions and service points as a centre's website embeds
//! them in `<script type="application/ld+json">`, for search engines and aggregators.
//!
//! Every node has `@type` and, for a record with an id, `@id` `urn:uuid:<id>`; a top-level
//! value has `@context` `https://schema.org`. Object keys are written in sorted order, so one
//! registry always gives the same text.
//!
//! # Mapping
//! | crate | schema.org |
//! | --- | --- |
//! | [`Event`] | `EducationEvent` for the kinds training (обучение, стажировка) and workshop (мастер-класс, практикум), `Event` for the others (seminar-meetings, conferences, round tables, visits, other kinds); `name` ← title; `startDate`, `endDate` ← the dates, ISO 8601 calendar dates (a one-day event has both equal); `eventStatus` `{"@id": "https://schema.org/EventScheduled"}` (an enumeration member as an IRI; the crate records no cancellations or postponements, and schema.org assumes that status by default); `location` (below); `organizer` ← the organising institutions; `attendee` ← the institutions that took part, named by attendees or head-counts; `subEvent` ← the agenda |
//! | [`Venue`](crate::records::Venue) | the service point's `Place`; else a `Place` named after the host institution with a `PostalAddress` — the venue's address, the host's, or the locality and federal subject as stated |
//! | [`AgendaItem`](crate::records::AgendaItem) | `Event`: `name` ← title (or the kind, in Russian); `performer` ← speakers; `location` ← its service point |
//! | [`Speaker`](crate::records::Speaker) | `Person`: `name` ← the full name as known (`Баталина О. Ю.`), `familyName`, `givenName` and `additionalName` (patronymic) only when known as words, not initials; `jobTitle` ← the post's title as stated (or its role); `worksFor` ← the post's institution |
//! | [`Institution`] | `GovernmentOrganization` for the federal, regional and municipal levels, `Organization` for non-state ones; `name`, `alternateName` ← short name; `taxID` ← ИНН; `identifier` ← `PropertyValue`s: ОГРН (`propertyID` `RU-OGRN`, its org-id.guide code) and КПП (no standard code, so no `propertyID`); `address`, `telephone`, `email`, `url`; `foundingDate`, `dissolutionDate` ← opened, closed, to the precision known (`2024`, `2024-10`, `2024-10-03`; a date known only as a bound is left out); `parentOrganization`; `department` ← departments, of the same type; `location` ← its service points |
//! | [`ServicePoint`] | `Place`: `name`, `url` ← its web page, `address` (`PostalAddress`: `streetAddress` ← street and house, `addressLocality` ← locality with its kind, `addressRegion` ← federal subject, `postalCode`, `addressCountry` `RU`), `geo` (`GeoCoordinates`), `openingHoursSpecification` ← one per opening interval with its days (`dayOfWeek` as IRIs, `{"@id": "https://schema.org/Monday"}`; `opens`, `closes` as schema.org `Time`, `hh:mm:ss` with the UTC offset of the address's federal subject's [`TimeZone`](crate::values::TimeZone), `09:00:00+03:00`; midnight at the end of a day as `23:59:59`, the last second of the day, as schema.org's documented `23:59` for a day open until midnight) |
//! | an online [`ServicePoint`] | `VirtualLocation`: `name`, `url` ← its web page (schema.org gives a virtual location no address or opening hours, so its schedule is left out) |
//!
//! # Left out
//! - The figures a source states about participation (people, institutions, regions): schema.org
//!   has no property for how many attended (schemaorg issue #1814 asks for one);
//!   `maximumAttendeeCapacity` is the capacity of the venue, not attendance, so it is not used.
//!   The groups who took part, as stated, and the outcomes are left out too, as are an event's
//!   level, programmes and sources.
//! - Persons appear only as speakers, by name and post: their СНИЛС, phones, e-mails and
//!   extra fields are never read. Attending persons are not listed (only their institutions).
//! - A service point's kind, status and dates, an online point's schedule; an institution's
//!   kind, level, region and sources; an opening or closing known only as a bound («не
//!   позднее 2023-05»): schema.org's `foundingDate` and `dissolutionDate` are dates, with no
//!   form for a bound.
//!
//! # Example
//! ```
//! use social_services::io::jsonld;
//!
//! let registry = social_services::sample::registry();
//! let graph = jsonld::events(&registry);
//! let tula = &graph["@graph"][1];
//! assert_eq!(tula["@type"], "Event");
//! assert_eq!(tula["startDate"], "2024-10-03");
//! assert_eq!(tula["location"]["address"]["addressLocality"], "Тула");
//! let html = jsonld::script(&graph);
//! assert!(html.starts_with(r#"<script type="application/ld+json">"#));
//! ```

mod event;
mod organization;
mod place;

use serde_json::{Map, Value};
use uuid::Uuid;

use crate::records::{Event, Institution, ServicePoint};
use crate::registry::Registry;

/// The JSON-LD context of every document: schema.org.
///
/// # Example
/// ```
/// use social_services::io::jsonld;
/// let graph = jsonld::events(&social_services::sample::registry());
/// assert_eq!(graph["@context"], jsonld::CONTEXT);
/// ```
pub const CONTEXT: &str = "https://schema.org";

/// `urn:uuid:<id>`.
fn urn(uuid: &Uuid) -> String {
    format!("urn:uuid:{uuid}")
}

/// A node as a top-level document: with `@context`.
fn document(mut node: Map<String, Value>) -> Value {
    node.insert("@context".into(), CONTEXT.into());
    Value::Object(node)
}

/// All the registry's events as one document: `@context` and a `@graph` of events, in the
/// order of the data set.
///
/// # Example
/// ```
/// use social_services::io::jsonld;
///
/// let graph = jsonld::events(&social_services::sample::registry());
/// let names: Vec<_> = graph["@graph"].as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap()).collect();
/// assert_eq!(names[1], "Семейные МФЦ: отработка модели и новые подходы");
/// ```
pub fn events(registry: &Registry) -> Value {
    let nodes = registry
        .events()
        .map(|e| Value::Object(event::event(registry, e)));
    let mut graph = Map::new();
    graph.insert("@graph".into(), Value::Array(nodes.collect()));
    document(graph)
}

/// One event as a document, with its place, organizers, agenda and speakers.
///
/// # Example
/// ```
/// use social_services::io::jsonld;
///
/// let registry = social_services::sample::registry();
/// let seminar = registry.events().next().unwrap();
/// let node = jsonld::event(&registry, seminar);
/// assert_eq!(node["startDate"], "2024-09-24");
/// assert_eq!(node["endDate"], "2024-09-24");
/// assert_eq!(node["@id"], format!("urn:uuid:{}", seminar.id));
/// ```
pub fn event(registry: &Registry, event: &Event) -> Value {
    document(event::event(registry, event))
}

/// One institution as a document, with its identifiers, contacts, departments and service
/// points.
///
/// # Example
/// ```
/// use social_services::io::jsonld;
///
/// let registry = social_services::sample::registry();
/// let vichuga = registry.institutions().find(|i| i.short_name.as_deref() == Some("Вичугский КЦСОН")).unwrap();
/// let node = jsonld::institution(&registry, vichuga);
/// assert_eq!(node["@type"], "GovernmentOrganization");
/// assert_eq!(node["department"][0]["name"], "Семейный многофункциональный центр");
/// ```
pub fn institution(registry: &Registry, institution: &Institution) -> Value {
    document(organization::organization(registry, institution))
}

/// One service point as a `Place` document, with its address and opening hours.
///
/// # Example
/// ```
/// use social_services::io::jsonld;
///
/// let registry = social_services::sample::registry();
/// let flagship = registry.service_points().next().unwrap();
/// let node = jsonld::service_point(flagship);
/// assert_eq!(node["address"]["streetAddress"], "ул. Гоголевская, д. 71");
/// ```
pub fn service_point(point: &ServicePoint) -> Value {
    document(place::place(point))
}

/// The document as an HTML `<script type="application/ld+json">` element, pretty-printed, with
/// `<`, `>` and `&` written as JSON escapes so that no text of the data can end the element.
///
/// # Example
/// ```
/// use social_services::io::jsonld;
///
/// let html = jsonld::script(&serde_json::json!({"name": "</script><b>"}));
/// assert_eq!(html, "<script type=\"application/ld+json\">\n{\n  \"name\": \"\\u003c/script\\u003e\\u003cb\\u003e\"\n}\n</script>\n");
/// ```
pub fn script(document: &Value) -> String {
    let json = to_string_pretty(document)
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026");
    format!("<script type=\"application/ld+json\">\n{json}\n</script>\n")
}

/// The document as pretty-printed JSON (two-space indentation).
///
/// # Example
/// ```
/// use social_services::io::jsonld;
/// assert_eq!(jsonld::to_string_pretty(&serde_json::json!({"@type": "Event"})), "{\n  \"@type\": \"Event\"\n}");
/// ```
pub fn to_string_pretty(document: &Value) -> String {
    // A `Value` has only text keys and finite numbers: writing it cannot fail.
    serde_json::to_string_pretty(document).unwrap_or_default()
}
