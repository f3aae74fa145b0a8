//! Open Referral HSDS 3.x export (feature `hsds`): a checked registry as the organizations,
//! locations, services and schedules of the Human Services Data Specification, for directories
//! and referral tools that read HSDS.
//!
//! # Serialisations
//! The two that HSDS documents, and the crate's own:
//! - the **Tabular Data Package** ([`package`], [`write_package`]): a CSV file per HSDS table
//!   and `datapackage.json` (Frictionless), the exchange format of HSDS;
//! - **dereferenced JSON** ([`services`], [`service`]): a full service with its organization
//!   and its locations nested, as the HSDS API's `/services/{id}` returns it;
//! - [`Tabular`] and [`to_string_pretty`]: the crate's own container, described below.
//!
//! # Shape
//! [`Tabular`] is the crate's own container, not a serialisation HSDS documents: one JSON
//! object with an array per HSDS object kind, keyed by the object's name — `organization`,
//! `service`, `service_at_location`, `location`, `phone`, `address`, `schedule`,
//! `organization_identifier`, `taxonomy`, `taxonomy_term`, `attribute` — each object as HSDS
//! writes it alone, linked by their `…_id` fields as the tabular data package's CSV files are.
//! Every array is written, empty or not. The required fields of each object (the schema
//! files' `required` and `tabular_required` lists) are always written; optional fields only
//! when the crate has a value.
//!
//! # Mapping
//! | crate | HSDS |
//! | --- | --- |
//! | [`Institution`](crate::Institution) | `organization`: `name`; `alternate_name` ← short name; `description` composed from kind, legal form, level and federal subject (`КЦСОН (ОБУСО), региональный уровень, Ивановская область`); `email` ← the first e-mail that ASCII can write, its domain in punycode (HSDS `format: email`: `info@кцсон.рф` as `info@xn--j1agcly.xn--p1ai`); `website` (with its scheme, see [`Url`](crate::values::Url)); `legal_status` ← legal form; `parent_organization_id` ← parent; `attribute`s ← kind and level |
//! | its legal `address` | a `location` of `location_type` `postal` of the organization, with an `address` of `address_type` `postal` (or, without a postal code, the address as text in the location's `description`) |
//! | the vocabularies: institution kind and level, department kind, service point kind and status, service category | a `taxonomy` per vocabulary (`social-services: service_category` …) embedded in the export, a `taxonomy_term` per value used (`code` ← the crate's code, `name` ← the Russian label, `language` `ru`), and an `attribute` per value of an object (`link_entity` `organization`, `location` or `service`, `link_type` ← the vocabulary) |
//! | ИНН, ОГРН, КПП | `organization_identifier`: `identifier_scheme` `RU-INN`, `RU-OGRN` (the org-id.guide codes) and none for the КПП (org-id.guide has no scheme for it); `identifier_type` `ИНН`, `ОГРН`, `КПП`; `identifier` the digits |
//! | institution's phones | `phone` with `organization_id` |
//! | [`Department`](crate::records::Department) | `organization` with `parent_organization_id` ← its institution; `description` ← its kind and institution; `attribute` ← its kind. A department is a part of an organization, which HSDS models as a child organization; an HSDS `program` groups services, which a department need not |
//! | [`ServicePoint`](crate::ServicePoint) | `location`: `location_type` `physical` (`virtual` for an online point); `url` ← its web page; `organization_id` ← the point's department if it names one, else its institution; `name`; `description` ← the kind of point in Russian; `latitude`/`longitude` ← the address's point; `attribute`s ← kind and status |
//! | its [`Address`](crate::values::Address) | `address`: `address_type` `physical`; `address_1` ← street and house (for an address that stops at the settlement, the settlement and its municipal district); `city` ← locality with its kind (`г. Тула`); `state_province` ← the federal subject's name; `postal_code`; `country` `RU`. HSDS's optional `region` (an area inside a state) is not written. An address without a postal code, which HSDS requires, is written as text in the location's `description` instead |
//! | its [`WeeklySchedule`](crate::values::WeeklySchedule) | `schedule` per opening interval: `freq` `WEEKLY`, `byday` ← the days with that interval (`MO,TU,WE,TH,FR`), `opens_at`/`closes_at` `HH:MM:SS` with the UTC offset of the point's time zone (`09:00:00+03:00`: RFC 3339 `full-time`, HSDS's `format: time`, with the timezone information HSDS's description asks for); midnight at the end of a day as `23:59:59` (RFC 3339 has no hour 24); `timezone` ← that offset in hours (a number, as HSDS types it); `notes` ← the IANA zone (`часовой пояс Europe/Samara`); `description` ← the rule's text (`Mo-Fr 09:00-18:00`). The zone is the [`TimeZone`](crate::values::TimeZone) of the federal subject of the point's address, else of its institution's region or address |
//! | [`Service`](crate::Service) | `service` per organization whose points offer it: `organization_id` ← that organization (as for locations); `name`; `description`; `eligibility_description` ← the families it is for, in Russian; `status` ← `active` if one of those points is receiving families, else `temporarily closed` if one is temporarily closed, else `inactive` if one has a status this crate does not recognise, else `defunct` |
//! | [`ServicePoint::services`](crate::ServicePoint::services) | `service_at_location` for each service at each point that lists it |
//!
//! # Ids
//! Organizations, locations and services keep the crate's UUIDs (hyphenated, lowercase). A
//! service offered by the points of several organizations is one HSDS `service` per
//! organization, each with an id derived from the service's and the organization's. The objects
//! the crate does not have — identifiers, phones, addresses, schedules, services at locations —
//! get UUID v5 ids with the parent's id as namespace and the object's role as name (`address
//! physical`, `organization_identifier ИНН`, `schedule WEEKLY MO,TU 09:00-18:00`, `phone 0`,
//! `service_at_location <service id>`), so that one registry always gives the same export, byte
//! for byte.
//!
//! # What HSDS cannot hold
//! Left out, and counted in [`HsdsExport::left_out`] (only what the registry has):
//! - **institutions**: an `address` without a postal code (kept as text in its postal
//!   location's description), e-mails after the first that ASCII can write, `opened`
//!   (`year_incorporated` is the year of legal formation, not of opening), `closed`,
//!   `sources`, `extra`; of their **departments**: `opened`, `closed`, `sources`, `extra`. An
//!   institution's `region` is in its description only.
//! - **service points**: an `address` without a postal code (kept as text in the
//!   description), the address's `oktmo`, a `schedule` closed all week (HSDS states opening
//!   hours only) or of a point whose federal subject nothing states (HSDS reads times without
//!   a zone as UTC), `opened`, `closed`, `sources`, `extra`.
//! - **services**: `sources`, `extra`; a service offered at no service point (HSDS needs the
//!   organization that provides it) is not written at all.
//! - **persons** and **appointments**: an HSDS `contact` could hold a name and a post's title,
//!   but this export publishes no personal data, so people and the posts that name them are
//!   left out by choice (privacy). **Events** with their agenda, speakers, participation,
//!   stated figures and outcomes (HSDS has no events), **programmes** (an HSDS program groups
//!   one organization's services), **training sites**, **cohorts** and their
//!   **enrollments**, **service statistics**, **network plans**, and the data set's own
//!   unknown fields.
//!
//! # Example
//! ```
//! use social_services::io::hsds;
//!
//! let export = hsds::export(&social_services::sample::registry());
//! assert_eq!(export.data.organization.len(), 12 + 3); // institutions, then departments
//! let points = export.data.location.iter().filter(|l| l.location_type != hsds::LocationType::Postal);
//! assert_eq!(points.count(), 5);
//! let json = hsds::to_string_pretty(&export.data);
//! assert!(json.contains(r#""location_type": "physical""#));
//! for left_out in &export.left_out {
//!     eprintln!("{left_out}");
//! }
//! ```

mod dereferenced;
mod left_out;
mod map;
mod objects;
mod package;

pub use dereferenced::{service, services};
pub use left_out::LeftOut;
pub use objects::{
    Address, Attribute, Frequency, Location, LocationType, Organization, OrganizationIdentifier,
    Phone, Schedule, Service, ServiceAtLocation, ServiceStatus, Tabular, Taxonomy, TaxonomyTerm,
};
pub use package::{PackageFile, package, write_package};

use crate::registry::Registry;

/// An HSDS export: the objects, and what of the registry they leave out.
///
/// Serialises as `{"data": {…}, "left_out": [{"what", "count", "reason"}, …]}`, for a caller that
/// logs both; [`to_string_pretty`] writes the HSDS objects alone.
///
/// # Example
/// ```
/// use social_services::io::hsds;
///
/// let export = hsds::export(&social_services::sample::registry());
/// assert!(export.left_out.iter().any(|l| l.what == "persons"));
/// let log = serde_json::to_value(&export)?;
/// assert_eq!(log["left_out"][0]["what"], "institutions[].sources");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct HsdsExport {
    /// The HSDS objects.
    pub data: Tabular,
    /// What HSDS cannot hold, per record kind and field, with counts; empty kinds are not
    /// listed.
    pub left_out: Vec<LeftOut>,
}

/// The registry as HSDS objects, with what they leave out.
///
/// # Example
/// ```
/// use social_services::io::hsds;
///
/// let registry = social_services::sample::registry();
/// assert_eq!(hsds::export(&registry), hsds::export(&registry));
/// ```
pub fn export(registry: &Registry) -> HsdsExport {
    let mut data = Tabular::default();
    map::organizations(registry, &mut data);
    map::locations(registry, &mut data);
    map::legal_addresses(registry, &mut data);
    let nowhere = map::services(registry, &mut data);
    let mut tally = left_out::Tally::default();
    left_out::tally(registry, &mut tally);
    tally.add(
        "services",
        nowhere,
        "offered at no service point: HSDS needs the organization that provides a service",
    );
    HsdsExport {
        data,
        left_out: tally.into_vec(),
    }
}

/// The objects as pretty-printed JSON (two-space indent, a final newline).
///
/// # Panics
/// Never: the objects have only text map keys, the only thing JSON cannot write.
///
/// # Example
/// ```
/// use social_services::io::hsds;
/// let text = hsds::to_string_pretty(&hsds::Tabular::default());
/// assert!(text.starts_with("{\n  \"organization\": [],"));
/// assert!(text.ends_with("}\n"));
/// ```
pub fn to_string_pretty(data: &Tabular) -> String {
    let mut text =
        serde_json::to_string_pretty(data).expect("HSDS objects have only text map keys");
    text.push('\n');
    text
}
