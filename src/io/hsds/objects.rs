//! The HSDS 3.x objects this export writes, with the fields it fills.
//!
//! Field names and enumerations are those of the HSDS schema files (`schema/*.json` of
//! `openreferral/specification`, 3.0 and 3.1: 3.1 only added fields). Optional fields the crate
//! has no value for are not written.

use uuid::Uuid;

/// An HSDS `organization`: an institution, or a department of one (with
/// `parent_organization_id`).
///
/// # Example
/// ```
/// use social_services::io::hsds;
///
/// let export = hsds::export(&social_services::sample::registry());
/// let vichuga = export.data.organization.iter().find(|o| o.alternate_name.as_deref() == Some("Вичугский КЦСОН")).unwrap();
/// assert_eq!(vichuga.description, "КЦСОН (ОБУСО), региональный уровень, Ивановская область");
/// ```
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Organization {
    /// The institution's or department's id.
    pub id: Uuid,
    /// The official name.
    pub name: String,
    /// The short name in common use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternate_name: Option<String>,
    /// What the organization is, composed from the crate's facts (kind, legal form, level,
    /// federal subject; a department's kind and institution).
    pub description: String,
    /// The first public e-mail address that can be written in ASCII, as HSDS `format: email`
    /// needs: a Cyrillic domain in punycode (`info@xn--j1agcly.xn--p1ai`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The website, with its scheme (`https://vichuga-kcson.ru/`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// The organisational and legal form as stated (ОБУСО, ГУ …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_status: Option<String>,
    /// The head organization of a branch, or the institution of a department.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_organization_id: Option<Uuid>,
}

/// An HSDS `organization_identifier`: an ИНН, ОГРН or КПП of an organization.
///
/// # Example
/// ```
/// use social_services::io::hsds;
/// // The sample states no identifiers.
/// assert!(hsds::export(&social_services::sample::registry()).data.organization_identifier.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OrganizationIdentifier {
    /// Derived from the organization's id and the identifier's type.
    pub id: Uuid,
    /// The organization it identifies.
    pub organization_id: Uuid,
    /// The org-id.guide scheme: `RU-INN`, `RU-OGRN`; none for a КПП (org-id.guide lists no
    /// scheme for it: it is a registration reason, not an identifier of its own).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier_scheme: Option<String>,
    /// `ИНН`, `ОГРН` or `КПП`.
    pub identifier_type: String,
    /// The number, digits only.
    pub identifier: String,
}

/// The kind of an HSDS `location`.
///
/// # Example
/// ```
/// use social_services::io::hsds::LocationType;
/// assert_eq!(serde_json::to_string(&LocationType::Physical).unwrap(), r#""physical""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LocationType {
    /// A place families come to (every service point but an online one).
    Physical,
    /// An institution's legal address (юридический адрес), where mail reaches it.
    Postal,
    /// An online service point, with its `url`.
    Virtual,
}

/// An HSDS `location`: a service point.
///
/// # Example
/// ```
/// use social_services::io::hsds::{self, LocationType};
///
/// let export = hsds::export(&social_services::sample::registry());
/// let (postal, points): (Vec<_>, Vec<_>) =
///     export.data.location.iter().partition(|l| l.location_type == LocationType::Postal);
/// assert_eq!(points.len(), 5);
/// assert!(points.iter().all(|l| l.location_type == LocationType::Physical));
/// assert!(postal.iter().all(|l| l.name.starts_with(|c: char| c.is_uppercase())));
/// ```
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Location {
    /// The service point's id.
    pub id: Uuid,
    /// Physical for a service point, virtual for an online one, postal for an institution's
    /// legal address.
    pub location_type: LocationType,
    /// The point's web page (an online point's, or any point's that states one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The organization that runs the point (its department when the point names one, else
    /// its institution), or whose legal address it is.
    pub organization_id: Uuid,
    /// The name as stated.
    pub name: String,
    /// The kind of point in Russian, and the address as text when it cannot be an HSDS
    /// `address` (see [`Address`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Degrees north (WGS 84), when the address has a point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    /// Degrees east (WGS 84), when the address has a point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
}

/// An HSDS `address` of a location: `physical` for a service point's, `postal` for an
/// institution's legal address.
///
/// HSDS requires a postal code; an address of the crate without one is not written as an
/// `address` (its text goes to the location's description, and the export's
/// [`left_out`](super::HsdsExport::left_out) counts it).
///
/// # Example
/// ```
/// use social_services::io::hsds;
/// // The sample's only address, the Tula flagship's, states no postal code.
/// assert!(hsds::export(&social_services::sample::registry()).data.address.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Address {
    /// Derived from the location's id.
    pub id: Uuid,
    /// The location it is the address of.
    pub location_id: Uuid,
    /// The street and house (`ул. Гоголевская, д. 71`), or the house alone.
    pub address_1: String,
    /// The locality with its kind (`г. Тула`).
    pub city: String,
    /// The federal subject's name (`Тульская область`).
    pub state_province: String,
    /// The postal index.
    pub postal_code: String,
    /// Always `RU`.
    pub country: String,
    /// `physical` or `postal`, as its location.
    pub address_type: String,
}

/// How often an HSDS `schedule` repeats.
///
/// # Example
/// ```
/// use social_services::io::hsds::Frequency;
/// assert_eq!(serde_json::to_string(&Frequency::Weekly).unwrap(), r#""WEEKLY""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Frequency {
    /// Every week (the crate's schedules are weekly).
    Weekly,
}

/// An HSDS `schedule`: one opening interval of a service point's week and the days that have it.
///
/// # Example
/// ```
/// use social_services::io::hsds;
/// // The sample states no opening hours.
/// assert!(hsds::export(&social_services::sample::registry()).data.schedule.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Schedule {
    /// Derived from the location's id, the days and the hours.
    pub id: Uuid,
    /// The location whose regular hours these are.
    pub location_id: Uuid,
    /// Always `WEEKLY`.
    pub freq: Frequency,
    /// The days, comma-separated iCal codes, Monday first (`MO,TU,WE,TH,FR`).
    pub byday: String,
    /// `HH:MM:SS` with the offset of the point's time zone (`09:00:00+03:00`): RFC 3339
    /// `full-time`, HSDS's `format: time` with the timezone information HSDS asks for.
    pub opens_at: String,
    /// As `opens_at`; midnight at the end of the day as `23:59:59` (RFC 3339 has no hour 24).
    pub closes_at: String,
    /// Hours east of UTC of the times, HSDS's `timezone` (a number).
    pub timezone: i8,
    /// The rule in the OpenStreetMap form the crate reads (`Mo-Fr 09:00-18:00`).
    pub description: String,
    /// The IANA time zone of the point's federal subject (`часовой пояс Europe/Samara`).
    pub notes: String,
}

/// The status of an HSDS `service`.
///
/// # Example
/// ```
/// use social_services::io::hsds::ServiceStatus;
/// assert_eq!(serde_json::to_string(&ServiceStatus::TemporarilyClosed).unwrap(), r#""temporarily closed""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ServiceStatus {
    /// Offered at a service point that is receiving families.
    #[serde(rename = "active")]
    Active,
    /// Offered at no point that is receiving families or temporarily closed, and at one whose
    /// status this crate does not recognise.
    #[serde(rename = "inactive")]
    Inactive,
    /// Offered only at points closed for good.
    #[serde(rename = "defunct")]
    Defunct,
    /// Offered at no point that is receiving families, and at one that is temporarily closed.
    #[serde(rename = "temporarily closed")]
    TemporarilyClosed,
}

/// An HSDS `service`: a service of the catalogue as one organization provides it.
///
/// # Example
/// ```
/// use social_services::io::hsds;
/// // The sample's catalogue is empty.
/// assert!(hsds::export(&social_services::sample::registry()).data.service.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Service {
    /// The service's id when one organization provides it; derived from the service's and the
    /// organization's ids when several do.
    pub id: Uuid,
    /// The organization whose service points offer it.
    pub organization_id: Uuid,
    /// The name as the catalogue states it.
    pub name: String,
    /// What it gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// From the statuses of the organization's points that offer it.
    pub status: ServiceStatus,
    /// The categories of families it is for, in Russian, `; `-separated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
}

/// An HSDS `service_at_location`: a service offered at a service point.
///
/// # Example
/// ```
/// use social_services::io::hsds;
/// assert!(hsds::export(&social_services::sample::registry()).data.service_at_location.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ServiceAtLocation {
    /// Derived from the location's id and the service's.
    pub id: Uuid,
    /// The service.
    pub service_id: Uuid,
    /// The location.
    pub location_id: Uuid,
}

/// An HSDS `phone`: a public phone number of an organization.
///
/// # Example
/// ```
/// use social_services::io::hsds;
/// // The sample states no phone numbers.
/// assert!(hsds::export(&social_services::sample::registry()).data.phone.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Phone {
    /// Derived from the organization's id and the phone's place in its list.
    pub id: Uuid,
    /// The organization.
    pub organization_id: Uuid,
    /// The number, `+7` and ten digits.
    pub number: String,
}

/// An HSDS `taxonomy`: one of the crate's vocabularies (service categories, institution kinds
/// and levels, department kinds, service point kinds and statuses), embedded in the export,
/// since no published taxonomy has their terms.
///
/// # Example
/// ```
/// use social_services::io::hsds;
/// let data = hsds::export(&social_services::sample::registry()).data;
/// assert!(data.taxonomy.iter().any(|t| t.name == "social-services: institution_kind"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Taxonomy {
    /// Derived from the vocabulary's name.
    pub id: Uuid,
    /// `social-services: <vocabulary>` (`social-services: service_category`).
    pub name: String,
    /// What the vocabulary classifies, in Russian.
    pub description: String,
}

/// An HSDS `taxonomy_term`: a value of a vocabulary that the export uses.
///
/// # Example
/// ```
/// use social_services::io::hsds;
/// let data = hsds::export(&social_services::sample::registry()).data;
/// assert!(data.taxonomy_term.iter().any(|t| t.code == "kcson" && t.name == "КЦСОН"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TaxonomyTerm {
    /// Derived from the taxonomy's id and the code.
    pub id: Uuid,
    /// The value's code in the crate's formats (`child_care`, `regional`), or the text as
    /// stated for a value the crate does not recognise.
    pub code: String,
    /// The value's Russian label.
    pub name: String,
    /// The value with its vocabulary, in Russian.
    pub description: String,
    /// The taxonomy (vocabulary) of the term.
    pub taxonomy_id: Uuid,
    /// Always `ru`: the names are Russian.
    pub language: String,
}

/// An HSDS `attribute`: a taxonomy term applied to an organization, service or location.
///
/// # Example
/// ```
/// use social_services::io::hsds;
/// let data = hsds::export(&social_services::sample::registry()).data;
/// assert!(data.attribute.iter().any(|a| a.link_entity == "organization"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Attribute {
    /// Derived from the linked object's id and the term's.
    pub id: Uuid,
    /// The organization, service or location it describes.
    pub link_id: Uuid,
    /// The table of `link_id`: `organization`, `service` or `location`.
    pub link_entity: String,
    /// What the term says of it: the vocabulary's name (`service_category`).
    pub link_type: String,
    /// The term.
    pub taxonomy_term_id: Uuid,
}

/// A whole HSDS export in the 3.1 "tabular" JSON shape (`schema/compiled/tabular.json`): one
/// array per object kind, keyed by the object's name, objects linked by their `…_id` fields.
///
/// # Example
/// ```
/// use social_services::io::hsds;
/// let data = hsds::export(&social_services::sample::registry()).data;
/// let json: serde_json::Value = serde_json::from_str(&hsds::to_string_pretty(&data))?;
/// assert_eq!(json["organization"].as_array().map(Vec::len), Some(data.organization.len()));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Tabular {
    /// Institutions, each followed by its departments.
    pub organization: Vec<Organization>,
    /// Services, in the order of the catalogue.
    pub service: Vec<Service>,
    /// Each service at each service point that offers it.
    pub service_at_location: Vec<ServiceAtLocation>,
    /// Service points, then institutions' legal addresses (postal).
    pub location: Vec<Location>,
    /// Institutions' public phones.
    pub phone: Vec<Phone>,
    /// Service points' addresses, then institutions' legal addresses.
    pub address: Vec<Address>,
    /// Service points' opening hours.
    pub schedule: Vec<Schedule>,
    /// Institutions' ИНН, ОГРН and КПП.
    pub organization_identifier: Vec<OrganizationIdentifier>,
    /// The crate's vocabularies the export uses.
    pub taxonomy: Vec<Taxonomy>,
    /// Their values the export uses.
    pub taxonomy_term: Vec<TaxonomyTerm>,
    /// The values of organizations, services and locations.
    pub attribute: Vec<Attribute>,
}
