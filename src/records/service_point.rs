//! Service points (точки присутствия): where an institution receives families.

use crate::values::{Address, KnownDate, Url, WeeklySchedule};

use super::vocabulary::vocabulary;
use super::{DepartmentId, Extra, InstitutionId, ServiceId, ServicePointId, Source};

vocabulary! {
    /// What kind of service point it is.
    ///
    /// A closed vocabulary.
    ///
    /// # Example
    /// ```
    /// use social_services::records::ServicePointKind;
    /// assert_eq!("флагманское отделение".parse::<ServicePointKind>().unwrap(), ServicePointKind::Flagship);
    /// ```
    pub enum ServicePointKind {
        /// The flagship office (флагманское отделение).
        Flagship = "flagship", "флагманское отделение", "флагман";
        /// A branch office (филиал, отделение).
        Branch = "branch", "филиал", "отделение";
        /// An outreach or mobile point (выездная, мобильная бригада).
        Outreach = "outreach", "мобильная точка", "выездная", "мобильная";
        /// An online service point (онлайн-приёмная).
        Online = "online", "онлайн", "онлайн-приёмная";
    }
    closed Unrecognised
}

vocabulary! {
    /// Whether a service point is receiving families.
    ///
    /// A closed vocabulary (after FHIR Location.status).
    ///
    /// # Example
    /// ```
    /// use social_services::records::ServicePointStatus;
    /// assert_eq!("active".parse::<ServicePointStatus>().unwrap(), ServicePointStatus::Active);
    /// ```
    pub enum ServicePointStatus {
        /// Open and receiving families.
        Active = "active", "работает";
        /// Temporarily closed.
        TemporarilyClosed = "temporarily_closed", "временно закрыта";
        /// Closed for good.
        Closed = "closed", "закрыта";
    }
    closed Unrecognised
}

/// A service point (точка присутствия) of an institution.
///
/// # Example
/// ```
/// use social_services::{records::{InstitutionId, ServicePointId, ServicePointKind}, ServicePoint};
///
/// let p = ServicePoint::new(
///     ServicePointId::new_v4(),
///     InstitutionId::new_v4(),
///     "Флагманское отделение",
///     ServicePointKind::Flagship,
/// );
/// assert!(p.address.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ServicePoint {
    /// The id.
    pub id: ServicePointId,
    /// The institution that runs it.
    pub institution: InstitutionId,
    /// The department of that institution that runs it, if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<DepartmentId>,
    /// The name as stated.
    pub name: String,
    /// What kind of point it is.
    pub kind: ServicePointKind,
    /// Whether it is receiving families.
    pub status: ServicePointStatus,
    /// Where it is; required unless the point is online.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    /// Opening hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<WeeklySchedule>,
    /// Where families reach it on the web: the page of an online point (онлайн-приёмная), or
    /// of any point that has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
    /// The services of the catalogue ([`Dataset::services`](crate::Dataset::services))
    /// offered there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<ServiceId>,
    /// When it opened: on a day, in a month or a year, or only bounded («не позднее 2023-05»).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened: Option<KnownDate>,
    /// When it closed, known as `opened` is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<KnownDate>,
    /// Where these facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// [`ServicePoint`] for the formats: its fields and their shapes (see `records::kinds`), handed to
/// `$then!`. A field added to the struct is added here too, or nothing that builds a
/// `ServicePoint` from a row compiles.
macro_rules! service_point_kind {
    ($then:ident) => {
        $then! {
            ServicePoint {
                record: "service point", table: "service_points",
                csv: SERVICE_POINTS, arrow: SERVICE_POINTS,
                name: |r| r.id.to_string(),
                fields: [
                    #[new] id: id,
                    #[new] institution: id,
                    department: opt_id,
                    #[new] name: text,
                    #[new] kind: vocab,
                    status: vocab,
                    address: address,
                    schedule: opt_display,
                    url: opt_display = proptest::option::of(proptest::prelude::any::<crate::values::Url>()),
                    services: id_list,
                    opened: opt_known_date,
                    closed: opt_known_date,
                    sources: json,
                ]
            }
        }
    };
}

pub(crate) use service_point_kind;

impl ServicePoint {
    /// An active service point with its required fields; everything else empty.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{InstitutionId, ServicePointId, ServicePointKind, ServicePointStatus}, ServicePoint};
    /// let p = ServicePoint::new(ServicePointId::new_v4(), InstitutionId::new_v4(), "Онлайн", ServicePointKind::Online);
    /// assert_eq!(p.status, ServicePointStatus::Active);
    /// ```
    pub fn new(
        id: ServicePointId,
        institution: InstitutionId,
        name: impl Into<String>,
        kind: ServicePointKind,
    ) -> Self {
        Self {
            id,
            institution,
            department: None,
            name: name.into(),
            kind,
            status: ServicePointStatus::Active,
            address: None,
            schedule: None,
            url: None,
            services: Vec::new(),
            opened: None,
            closed: None,
            sources: Vec::new(),
            extra: Extra::new(),
        }
    }
}
