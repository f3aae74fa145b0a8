//! Events as schema.org `Event` or `EducationEvent`, their agenda as sub-events and their
//! speakers as performers.

use serde_json::{Map, Value};

use crate::records::{AgendaItem, Event, EventKind, InstitutionId, Speaker, Venue, Vocabulary};
use crate::registry::Registry;

use super::organization::reference;
use super::place::{identified, iri, partial_address, place, postal_address, typed};

/// `EducationEvent` for training (обучение, стажировка) and workshops (мастер-класс,
/// практикум); `Event` for every other kind.
pub(super) fn event_type(kind: &EventKind) -> &'static str {
    match kind {
        EventKind::Training | EventKind::Workshop => "EducationEvent",
        _ => "Event",
    }
}

/// The event node: type, id, name, dates, status, place, organizers, attending institutions
/// and the agenda.
pub(super) fn event(registry: &Registry, event: &Event) -> Map<String, Value> {
    let mut node = identified(
        event_type(&event.kind),
        event.id.as_uuid(),
        event.title.clone(),
    );
    node.insert("startDate".into(), event.dates.start().to_string().into());
    node.insert("endDate".into(), event.dates.end().to_string().into());
    // The crate records events that were held or are planned, never a cancellation or a
    // postponement: schema.org's default status.
    node.insert(
        "eventStatus".into(),
        iri("https://schema.org/EventScheduled"),
    );
    if let Some(location) = venue(registry, &event.venue) {
        node.insert("location".into(), location);
    }
    let organizers = institutions(registry, event.organizers.iter().copied());
    if !organizers.is_empty() {
        node.insert("organizer".into(), Value::Array(organizers));
    }
    let participation = &event.participation;
    let attending = participation
        .attendees
        .iter()
        .filter_map(|a| a.institution)
        .chain(participation.by_institution.iter().map(|c| c.institution));
    let attendees = institutions(registry, attending);
    if !attendees.is_empty() {
        node.insert("attendee".into(), Value::Array(attendees));
    }
    if !event.agenda.is_empty() {
        let items = event.agenda.iter().map(|item| agenda_item(registry, item));
        node.insert("subEvent".into(), Value::Array(items.collect()));
    }
    node
}

/// References to the institutions of `ids`, each once, in the order first named.
fn institutions(registry: &Registry, ids: impl Iterator<Item = InstitutionId>) -> Vec<Value> {
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for id in ids {
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        if let Some(institution) = registry.institution(id) {
            out.push(reference(institution));
        }
    }
    out
}

/// Where the event took place: the service point's `Place`; else a `Place` named after the host
/// institution with the venue's (or the institution's) address, or with the locality and
/// federal subject as stated; none when nothing is known.
fn venue(registry: &Registry, venue: &Venue) -> Option<Value> {
    if let Some(point) = venue
        .service_point
        .and_then(|id| registry.service_point(id))
    {
        return Some(Value::Object(place(point)));
    }
    let host = venue.institution.and_then(|id| registry.institution(id));
    let address = match venue
        .address
        .as_ref()
        .or(host.and_then(|h| h.address.as_ref()))
    {
        Some(address) => Some(postal_address(address)),
        None => partial_address(venue.locality.as_deref(), venue.region),
    };
    if host.is_none() && address.is_none() {
        return None;
    }
    let mut node = typed("Place");
    if let Some(host) = host {
        node.insert("name".into(), host.name.clone().into());
    }
    if let Some(address) = address {
        node.insert("address".into(), address);
    }
    Some(Value::Object(node))
}

/// An agenda item as a sub-event: its title (or its kind, in Russian), speakers, and the service
/// point where it took place when not the event's venue.
fn agenda_item(registry: &Registry, item: &AgendaItem) -> Value {
    let mut node = typed("Event");
    let name = item
        .title
        .clone()
        .unwrap_or_else(|| item.kind.label_ru().to_owned());
    node.insert("name".into(), name.into());
    let performers: Vec<Value> = item
        .speakers
        .iter()
        .filter_map(|speaker| performer(registry, speaker))
        .collect();
    if !performers.is_empty() {
        node.insert("performer".into(), Value::Array(performers));
    }
    if let Some(point) = item.service_point.and_then(|id| registry.service_point(id)) {
        node.insert("location".into(), Value::Object(place(point)));
    }
    Value::Object(node)
}

/// A speaker as a `Person`: the name as the crate knows it (a given name or patronymic known
/// only by its initial is written in `name` only), and the post spoken in. Nothing else of the
/// person is read: no СНИЛС, phone or e-mail can reach the output.
fn performer(registry: &Registry, speaker: &Speaker) -> Option<Value> {
    let person = registry.person(speaker.person)?;
    let name = &person.name;
    let mut node = identified("Person", person.id.as_uuid(), name.full());
    node.insert("familyName".into(), name.surname().into());
    if let Some(given) = name.given().as_word() {
        node.insert("givenName".into(), given.into());
    }
    if let Some(patronymic) = name.patronymic().and_then(|p| p.as_word()) {
        node.insert("additionalName".into(), patronymic.into());
    }
    if let Some(appointment) = speaker.appointment.and_then(|id| registry.appointment(id)) {
        let title = appointment
            .title
            .clone()
            .unwrap_or_else(|| appointment.role.label_ru().to_owned());
        node.insert("jobTitle".into(), title.into());
        if let Some(institution) = registry.institution(appointment.institution) {
            node.insert("worksFor".into(), reference(institution));
        }
    }
    Some(Value::Object(node))
}
