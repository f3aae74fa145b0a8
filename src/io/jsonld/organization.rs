//! Institutions as schema.org `GovernmentOrganization` or `Organization`.

use serde_json::{Map, Value};

use crate::records::{Institution, Level};
use crate::registry::Registry;
use crate::values::KnownDate;

use super::place::{identified, place, postal_address, typed};

/// `GovernmentOrganization` for an institution of the federal, regional or municipal level,
/// `Organization` otherwise (non-state, or a level this crate does not recognise).
pub(super) fn organization_type(institution: &Institution) -> &'static str {
    match institution.level {
        Level::Federal | Level::Regional | Level::Municipal => "GovernmentOrganization",
        Level::NonState | Level::Unrecognised(_) => "Organization",
    }
}

/// A reference to an institution inside another node: type, id and name.
pub(super) fn reference(institution: &Institution) -> Value {
    Value::Object(identified(
        organization_type(institution),
        institution.id.as_uuid(),
        institution.name.clone(),
    ))
}

/// The whole institution: names, identifiers, contacts, address, dates, departments, parent
/// and service points.
pub(super) fn organization(registry: &Registry, institution: &Institution) -> Map<String, Value> {
    let kind = organization_type(institution);
    let mut node = identified(kind, institution.id.as_uuid(), institution.name.clone());
    if let Some(short) = &institution.short_name {
        node.insert("alternateName".into(), short.clone().into());
    }
    if let Some(inn) = &institution.inn {
        node.insert("taxID".into(), inn.as_str().into());
    }
    let mut identifiers = Vec::new();
    if let Some(ogrn) = &institution.ogrn {
        identifiers.push(property_value(Some("RU-OGRN"), "ОГРН", ogrn.as_str()));
    }
    if let Some(kpp) = &institution.kpp {
        identifiers.push(property_value(None, "КПП", kpp.as_str()));
    }
    if !identifiers.is_empty() {
        node.insert("identifier".into(), Value::Array(identifiers));
    }
    if let Some(address) = &institution.address {
        node.insert("address".into(), postal_address(address));
    }
    if !institution.phones.is_empty() {
        let phones = institution.phones.iter().map(|p| p.to_string().into());
        node.insert("telephone".into(), Value::Array(phones.collect()));
    }
    if !institution.emails.is_empty() {
        let emails = institution.emails.iter().map(|e| e.as_str().into());
        node.insert("email".into(), Value::Array(emails.collect()));
    }
    if let Some(website) = &institution.website {
        node.insert("url".into(), website.to_string().into());
    }
    insert_dates(&mut node, institution.opened, institution.closed);
    if let Some(parent) = institution.parent.and_then(|id| registry.institution(id)) {
        node.insert("parentOrganization".into(), reference(parent));
    }
    if !institution.departments.is_empty() {
        let departments = institution.departments.iter().map(|department| {
            let mut node = identified(kind, department.id.as_uuid(), department.name.clone());
            insert_dates(&mut node, department.opened, department.closed);
            Value::Object(node)
        });
        node.insert("department".into(), Value::Array(departments.collect()));
    }
    let places: Vec<Value> = registry
        .service_points_of(institution.id)
        .map(|point| Value::Object(place(point)))
        .collect();
    if !places.is_empty() {
        node.insert("location".into(), Value::Array(places));
    }
    node
}

/// `foundingDate` and `dissolutionDate` ← opened and closed, to the precision known; a date
/// known only as a bound has no schema.org form and is left out.
fn insert_dates(
    node: &mut Map<String, Value>,
    opened: Option<KnownDate>,
    closed: Option<KnownDate>,
) {
    if let Some(opened) = opened.and_then(|d| d.on()) {
        node.insert("foundingDate".into(), opened.to_string().into());
    }
    if let Some(closed) = closed.and_then(|d| d.on()) {
        node.insert("dissolutionDate".into(), closed.to_string().into());
    }
}

/// A `PropertyValue`: the identifier's standard code when there is one, its name and value.
fn property_value(code: Option<&str>, name: &str, value: &str) -> Value {
    let mut node = typed("PropertyValue");
    if let Some(code) = code {
        node.insert("propertyID".into(), code.into());
    }
    node.insert("name".into(), name.into());
    node.insert("value".into(), value.into());
    Value::Object(node)
}
