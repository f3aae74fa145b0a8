//! Addresses, service points and opening hours as schema.org `PostalAddress`, `Place` and
//! `OpeningHoursSpecification`.

use chrono::Weekday;
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::io::hours::{weekly_hours, zone_of};
use crate::records::{ServicePoint, ServicePointKind};
use crate::values::{Address, RegionCode, TimeZone, WeeklySchedule};

use super::urn;

/// A `PostalAddress` of an address: street and house (none for an address that stops at the
/// settlement), locality with its kind, federal subject, postal code, country `RU`.
pub(super) fn postal_address(address: &Address) -> Value {
    let mut node = typed("PostalAddress");
    if let Some(street_line) = address.street_line() {
        node.insert("streetAddress".into(), street_line.into());
    }
    node.insert(
        "addressLocality".into(),
        address.locality().to_string().into(),
    );
    node.insert(
        "addressRegion".into(),
        address.region().subject().name().into(),
    );
    if let Some(code) = address.postal_code() {
        node.insert("postalCode".into(), code.as_str().into());
    }
    node.insert("addressCountry".into(), "RU".into());
    Value::Object(node)
}

/// A `PostalAddress` of what is known when there is no address: the place as stated and the
/// federal subject; none when neither is known.
pub(super) fn partial_address(locality: Option<&str>, region: Option<RegionCode>) -> Option<Value> {
    if locality.is_none() && region.is_none() {
        return None;
    }
    let mut node = typed("PostalAddress");
    if let Some(locality) = locality {
        node.insert("addressLocality".into(), locality.into());
    }
    if let Some(region) = region {
        node.insert("addressRegion".into(), region.subject().name().into());
    }
    node.insert("addressCountry".into(), "RU".into());
    Some(Value::Object(node))
}

/// A service point as a `Place` (id, name, address, geographic point, opening hours, web
/// page), or an online one as a `VirtualLocation` (id, name, web page: schema.org gives a
/// virtual location no address or opening hours).
pub(super) fn place(point: &ServicePoint) -> Map<String, Value> {
    if point.kind == ServicePointKind::Online {
        let mut node = identified("VirtualLocation", point.id.as_uuid(), point.name.clone());
        if let Some(url) = &point.url {
            node.insert("url".into(), url.to_string().into());
        }
        return node;
    }
    let mut node = identified("Place", point.id.as_uuid(), point.name.clone());
    if let Some(url) = &point.url {
        node.insert("url".into(), url.to_string().into());
    }
    if let Some(address) = &point.address {
        node.insert("address".into(), postal_address(address));
        if let Some(geo) = address.geo() {
            let mut coordinates = typed("GeoCoordinates");
            coordinates.insert("latitude".into(), geo.latitude().into());
            coordinates.insert("longitude".into(), geo.longitude().into());
            node.insert("geo".into(), Value::Object(coordinates));
        }
    }
    if let Some(schedule) = &point.schedule {
        let zone = point.address.as_ref().map(|a| zone_of(a.region()));
        let hours = opening_hours(schedule, zone);
        if !hours.is_empty() {
            node.insert("openingHoursSpecification".into(), Value::Array(hours));
        }
    }
    node
}

/// One `OpeningHoursSpecification` per opening interval, with the days that have it (as
/// IRIs) and the times with the offset of the zone when known (schema.org `Time`:
/// `hh:mm:ss[Z|(+|-)hh:mm]`).
fn opening_hours(schedule: &WeeklySchedule, zone: Option<TimeZone>) -> Vec<Value> {
    weekly_hours(schedule)
        .iter()
        .map(|hours| {
            let mut node = typed("OpeningHoursSpecification");
            let days: Vec<Value> = hours.days.iter().map(|&d| iri(day_of_week(d))).collect();
            node.insert("dayOfWeek".into(), Value::Array(days));
            node.insert("opens".into(), hours.opens(zone).into());
            node.insert("closes".into(), hours.closes(zone).into());
            Value::Object(node)
        })
        .collect()
}

/// The schema.org `DayOfWeek` of a weekday.
fn day_of_week(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "https://schema.org/Monday",
        Weekday::Tue => "https://schema.org/Tuesday",
        Weekday::Wed => "https://schema.org/Wednesday",
        Weekday::Thu => "https://schema.org/Thursday",
        Weekday::Fri => "https://schema.org/Friday",
        Weekday::Sat => "https://schema.org/Saturday",
        Weekday::Sun => "https://schema.org/Sunday",
    }
}

/// A reference to a node by its IRI, `{"@id": …}`: an enumeration member, which JSON-LD
/// expands as an IRI whatever the context says of the property (a bare string would be text).
pub(super) fn iri(iri: &str) -> Value {
    let mut node = Map::new();
    node.insert("@id".into(), iri.into());
    Value::Object(node)
}

/// An object with its `@type`.
pub(super) fn typed(kind: &str) -> Map<String, Value> {
    let mut node = Map::new();
    node.insert("@type".into(), kind.into());
    node
}

/// An object with its `@type`, its `@id` `urn:uuid:<id>` and its `name`.
pub(super) fn identified(kind: &str, id: &Uuid, name: impl Into<Value>) -> Map<String, Value> {
    let mut node = typed(kind);
    node.insert("@id".into(), urn(id).into());
    node.insert("name".into(), name.into());
    node
}
