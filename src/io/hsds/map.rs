//! From the registry's records to HSDS objects.

use uuid::Uuid;

use crate::io::hours::{Hours, weekly_hours, zone_of};
use crate::records::{
    Department, Institution, Service as CatalogueService, ServicePoint, ServicePointKind,
    ServicePointStatus, Vocabulary,
};
use crate::registry::Registry;
use crate::values::{
    Address as PostalAddress, Email, GeoPoint, Inn, Kpp, Ogrn, TimeZone, WeeklySchedule,
};

use super::objects::{
    Address, Attribute, Frequency, Location, LocationType, Organization, OrganizationIdentifier,
    Phone, Schedule, Service, ServiceAtLocation, ServiceStatus, Tabular, Taxonomy, TaxonomyTerm,
};

/// The id of an object the crate does not have: UUID v5 with the parent's id as namespace and
/// the object's role as name, so that the same registry always gives the same ids.
pub(super) fn derived(parent: &Uuid, role: &str) -> Uuid {
    Uuid::new_v5(parent, role.as_bytes())
}

/// An e-mail address as HSDS `format: email` (RFC 5321 with RFC 5891's
/// host names, ASCII) takes it: the domain in punycode (IDNA); none when the local part is
/// not an RFC 5321 dot-string (not ASCII, which needs `idn-email`; two dots in a row) or a label of the domain is one IDNA refuses (hyphens
/// in the third and fourth places but no `xn--` label, RFC 5891 § 4.2.3.1; a hyphen first
/// or last).
pub(super) fn ascii_email(email: &Email) -> Option<String> {
    // RFC 5321 `Dot-string`: atoms of `atext` joined by single dots.
    let atext = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c);
    let dot_string = email
        .local_part()
        .split('.')
        .all(|atom| !atom.is_empty() && atom.chars().all(atext));
    if !dot_string {
        return None;
    }
    let url::Host::Domain(domain) = url::Host::parse(email.domain()).ok()? else {
        return None;
    };
    // `Host::parse` has checked the `xn--` labels (they decode); any other label with
    // hyphens in the third and fourth places is reserved.
    let reserved = |label: &str| label.get(2..4) == Some("--") && !label.starts_with("xn--");
    if domain
        .split('.')
        .any(|label| reserved(label) || label.starts_with('-') || label.ends_with('-'))
    {
        return None;
    }
    Some(format!("{}@{domain}", email.local_part()))
}

/// The time zone of a point's opening hours: that of its address's federal subject, else of
/// its institution's region, else of its institution's address; none when nothing says.
pub(super) fn zone(registry: &Registry, point: &ServicePoint) -> Option<TimeZone> {
    let institution = registry.institution(point.institution);
    point
        .address
        .as_ref()
        .map(PostalAddress::region)
        .or_else(|| institution.and_then(|i| i.region))
        .or_else(|| {
            institution
                .and_then(|i| i.address.as_ref())
                .map(PostalAddress::region)
        })
        .map(zone_of)
}

/// The vocabularies of the crate as HSDS taxonomies: `(name, what it classifies, table)`.
const TAXONOMIES: [(&str, &str, &str); 6] = [
    (
        "institution_kind",
        "вид учреждения (КЦСОН, семейный МФЦ …)",
        "organization",
    ),
    (
        "institution_level",
        "уровень учреждения (федеральный, региональный, муниципальный, негосударственный)",
        "organization",
    ),
    (
        "department_kind",
        "вид подразделения учреждения",
        "organization",
    ),
    (
        "service_point_kind",
        "вид точки присутствия (флагманское отделение, филиал, мобильная, онлайн)",
        "location",
    ),
    (
        "service_point_status",
        "принимает ли точка присутствия семьи",
        "location",
    ),
    ("service_category", "категория социальной услуги", "service"),
];

/// The attribute `value` of `vocabulary` for the object `link_id`, with its taxonomy and term
/// added the first time they are used.
fn classify(out: &mut Tabular, vocabulary: &str, link_id: Uuid, value: &impl Vocabulary) {
    let (name, what, entity) = TAXONOMIES
        .iter()
        .copied()
        .find(|(name, _, _)| *name == vocabulary)
        .expect("the vocabularies of the export are in the table");
    let taxonomy = derived(
        &Uuid::NAMESPACE_URL,
        &format!("urn:social-services:taxonomy:{name}"),
    );
    if !out.taxonomy.iter().any(|t| t.id == taxonomy) {
        out.taxonomy.push(Taxonomy {
            id: taxonomy,
            name: format!("social-services: {name}"),
            description: format!("Словарь крейта social-services: {what}"),
        });
    }
    let code = value.as_str();
    let term = derived(&taxonomy, &format!("taxonomy_term {code}"));
    if !out.taxonomy_term.iter().any(|t| t.id == term) {
        out.taxonomy_term.push(TaxonomyTerm {
            id: term,
            code: code.to_owned(),
            name: value.label_ru().to_owned(),
            description: format!("{}: {}", what, value.label_ru()),
            taxonomy_id: taxonomy,
            language: "ru".to_owned(),
        });
    }
    out.attribute.push(Attribute {
        id: derived(&link_id, &format!("attribute {name} {code}")),
        link_id,
        link_entity: entity.to_owned(),
        link_type: name.to_owned(),
        taxonomy_term_id: term,
    });
}

/// The organizations, identifiers and phones of the institutions and their departments.
pub(super) fn organizations(registry: &Registry, out: &mut Tabular) {
    for institution in registry.institutions() {
        let id = *institution.id.as_uuid();
        out.organization.push(Organization {
            id,
            name: institution.name.clone(),
            alternate_name: institution.short_name.clone(),
            description: describe_institution(institution),
            email: institution.emails.iter().find_map(ascii_email),
            website: institution.website.as_ref().map(ToString::to_string),
            legal_status: institution
                .legal_form
                .as_ref()
                .map(|f| f.label_ru().to_owned()),
            parent_organization_id: institution.parent.map(|p| *p.as_uuid()),
        });
        classify(out, "institution_kind", id, &institution.kind);
        classify(out, "institution_level", id, &institution.level);
        let identifiers = [
            (
                Some("RU-INN"),
                "ИНН",
                institution.inn.as_ref().map(Inn::as_str),
            ),
            (
                Some("RU-OGRN"),
                "ОГРН",
                institution.ogrn.as_ref().map(Ogrn::as_str),
            ),
            (None, "КПП", institution.kpp.as_ref().map(Kpp::as_str)),
        ];
        for (scheme, kind, value) in identifiers {
            if let Some(value) = value {
                out.organization_identifier.push(OrganizationIdentifier {
                    id: derived(&id, &format!("organization_identifier {kind}")),
                    organization_id: id,
                    identifier_scheme: scheme.map(str::to_owned),
                    identifier_type: kind.to_owned(),
                    identifier: value.to_owned(),
                });
            }
        }
        for (index, phone) in institution.phones.iter().enumerate() {
            out.phone.push(Phone {
                id: derived(&id, &format!("phone {index}")),
                organization_id: id,
                number: phone.to_string(),
            });
        }
        for department in &institution.departments {
            out.organization.push(Organization {
                id: *department.id.as_uuid(),
                name: department.name.clone(),
                alternate_name: None,
                description: describe_department(institution, department),
                email: None,
                website: None,
                legal_status: None,
                parent_organization_id: Some(id),
            });
            classify(
                out,
                "department_kind",
                *department.id.as_uuid(),
                &department.kind,
            );
        }
    }
}

/// `КЦСОН (ОБУСО), региональный уровень, Ивановская область`.
fn describe_institution(institution: &Institution) -> String {
    let mut text = institution.kind.label_ru().to_owned();
    if let Some(form) = &institution.legal_form {
        text.push_str(" (");
        text.push_str(form.label_ru());
        text.push(')');
    }
    text.push_str(", ");
    text.push_str(institution.level.label_ru());
    text.push_str(" уровень");
    if let Some(region) = institution.region {
        text.push_str(", ");
        text.push_str(region.subject().name());
    }
    text
}

/// `семейный МФЦ — подразделение учреждения «Вичугский комплексный центр …»`.
fn describe_department(institution: &Institution, department: &Department) -> String {
    format!(
        "{} — подразделение учреждения «{}»",
        department.kind.label_ru(),
        institution.name
    )
}

/// The organization that runs a point: its department when it names one, else its institution.
pub(super) fn operator(point: &ServicePoint) -> Uuid {
    point
        .department
        .map_or(*point.institution.as_uuid(), |d| *d.as_uuid())
}

/// The locations of the service points, with their addresses and schedules.
pub(super) fn locations(registry: &Registry, out: &mut Tabular) {
    for point in registry.service_points() {
        let id = *point.id.as_uuid();
        let geo = point.address.as_ref().and_then(PostalAddress::geo);
        let mut description = point.kind.label_ru().to_owned();
        if let Some(address) = &point.address {
            if let Some(address) = address_of(id, address, "physical") {
                out.address.push(address);
            } else {
                description.push_str("; адрес (почтовый индекс не указан): ");
                description.push_str(&address.postal_line());
            }
        }
        out.location.push(Location {
            id,
            location_type: if point.kind == ServicePointKind::Online {
                LocationType::Virtual
            } else {
                LocationType::Physical
            },
            url: point.url.as_ref().map(ToString::to_string),
            organization_id: operator(point),
            name: point.name.clone(),
            description: Some(description),
            latitude: geo.map(GeoPoint::latitude),
            longitude: geo.map(GeoPoint::longitude),
        });
        classify(out, "service_point_kind", id, &point.kind);
        classify(out, "service_point_status", id, &point.status);
        if let (Some(schedule), Some(zone)) = (&point.schedule, zone(registry, point)) {
            out.schedule.extend(schedules_of(id, schedule, zone));
        }
    }
}

/// The institutions' legal addresses as `postal` locations of their organizations.
pub(super) fn legal_addresses(registry: &Registry, out: &mut Tabular) {
    for institution in registry.institutions() {
        let Some(address) = &institution.address else {
            continue;
        };
        let organization = *institution.id.as_uuid();
        let id = derived(&organization, "location postal");
        let mut description = "юридический адрес учреждения".to_owned();
        if let Some(address) = address_of(id, address, "postal") {
            out.address.push(address);
        } else {
            description.push_str(" (почтовый индекс не указан): ");
            description.push_str(&address.postal_line());
        }
        out.location.push(Location {
            id,
            location_type: LocationType::Postal,
            url: None,
            organization_id: organization,
            name: institution.name.clone(),
            description: Some(description),
            latitude: None,
            longitude: None,
        });
    }
}

/// The HSDS address of a location, if the address has the postal code HSDS requires.
fn address_of(location: Uuid, address: &PostalAddress, kind: &str) -> Option<Address> {
    let postal_code = address.postal_code()?;
    Some(Address {
        id: derived(&location, &format!("address {kind}")),
        location_id: location,
        // An address that stops at the settlement has no street line; HSDS requires a first
        // line, so it is the settlement with its municipal district, as a letter would say it.
        address_1: address
            .street_line()
            .unwrap_or_else(|| match address.district() {
                Some(district) => format!("{}, {district}", address.locality()),
                None => address.locality().to_string(),
            }),
        city: address.locality().to_string(),
        state_province: address.region().subject().name().to_owned(),
        postal_code: postal_code.as_str().to_owned(),
        country: "RU".to_owned(),
        address_type: kind.to_owned(),
    })
}

/// One schedule per opening interval of the week, with the days that have it.
fn schedules_of(location: Uuid, schedule: &WeeklySchedule, zone: TimeZone) -> Vec<Schedule> {
    weekly_hours(schedule)
        .iter()
        .map(|hours| {
            let byday = byday(hours);
            let rule = osm_rule(hours);
            Schedule {
                // The rule's text, not the written times: an id stays when a zone's offset
                // or the way times are written changes.
                id: derived(&location, &format!("schedule WEEKLY {rule}")),
                location_id: location,
                freq: Frequency::Weekly,
                byday,
                opens_at: hours.opens(Some(zone)),
                closes_at: hours.closes(Some(zone)),
                timezone: zone.utc_offset_hours(),
                description: rule,
                notes: format!("часовой пояс {zone}"),
            }
        })
        .collect()
}

/// `MO,TU,WE`: the iCal codes of the days.
fn byday(hours: &Hours) -> String {
    const ICAL: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    let codes: Vec<&str> = hours
        .days
        .iter()
        .map(|d| ICAL[d.num_days_from_monday() as usize])
        .collect();
    codes.join(",")
}

/// The rule as the crate's schedule text writes it: `Mo-Fr 09:00-18:00`.
fn osm_rule(hours: &Hours) -> String {
    hours
        .days
        .iter()
        .try_fold(WeeklySchedule::closed(), |schedule, &day| {
            schedule.with_hours(day, [hours.interval])
        })
        .expect("one interval a day never overlaps")
        .to_string()
}

/// The services as the organizations provide them, and where. Returns the number of services
/// offered at no service point (HSDS needs the organization that provides a service).
pub(super) fn services(registry: &Registry, out: &mut Tabular) -> usize {
    let mut nowhere = 0;
    for service in registry.services() {
        let points: Vec<&ServicePoint> = registry
            .service_points()
            .filter(|p| p.services.contains(&service.id))
            .collect();
        let mut providers: Vec<Uuid> = Vec::new();
        for point in &points {
            if !providers.contains(&operator(point)) {
                providers.push(operator(point));
            }
        }
        if providers.is_empty() {
            nowhere += 1;
        }
        let shared = providers.len() > 1;
        for provider in providers {
            let own: Vec<&ServicePoint> = points
                .iter()
                .copied()
                .filter(|p| operator(p) == provider)
                .collect();
            let id = if shared {
                derived(service.id.as_uuid(), &format!("service of {provider}"))
            } else {
                *service.id.as_uuid()
            };
            out.service.push(service_of(service, id, provider, &own));
            classify(out, "service_category", id, &service.category);
            for point in own {
                let location = *point.id.as_uuid();
                out.service_at_location.push(ServiceAtLocation {
                    id: derived(&location, &format!("service_at_location {id}")),
                    service_id: id,
                    location_id: location,
                });
            }
        }
    }
    nowhere
}

fn service_of(
    service: &CatalogueService,
    id: Uuid,
    provider: Uuid,
    points: &[&ServicePoint],
) -> Service {
    let eligible: Vec<&str> = service.eligible.iter().map(Vocabulary::label_ru).collect();
    Service {
        id,
        organization_id: provider,
        name: service.name.clone(),
        description: service.description.clone(),
        status: status(points.iter().map(|p| &p.status)),
        eligibility_description: (!eligible.is_empty()).then(|| eligible.join("; ")),
    }
}

/// Active if a point is receiving families; else temporarily closed if one is; else inactive
/// if one has a status the crate does not recognise; else (all closed for good) defunct.
fn status<'a>(statuses: impl Iterator<Item = &'a ServicePointStatus>) -> ServiceStatus {
    let rank = |status: &ServicePointStatus| match status {
        ServicePointStatus::Active => 3,
        ServicePointStatus::TemporarilyClosed => 2,
        ServicePointStatus::Unrecognised(_) => 1,
        ServicePointStatus::Closed => 0,
    };
    match statuses.map(rank).max() {
        Some(3) => ServiceStatus::Active,
        Some(2) => ServiceStatus::TemporarilyClosed,
        Some(1) => ServiceStatus::Inactive,
        _ => ServiceStatus::Defunct,
    }
}
