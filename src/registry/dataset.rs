//! The serde form of a whole data set: one document, an array per record kind.

use crate::records::{
    Appointment, Cohort, Event, Extra, Institution, NetworkPlan, Person, Programme, Service,
    ServicePoint, ServiceStatistics, StatedFigure, TrainingSite,
};

/// The version of the dataset document format this crate writes.
///
/// `stated_figures` was added within version 1 (a new optional array); see
/// [`OLDEST_FORMAT_VERSION`] for the oldest version read.
pub const FORMAT_VERSION: u32 = 1;

/// The oldest version of the dataset document format this crate reads.
pub const OLDEST_FORMAT_VERSION: u32 = 1;

/// A whole data set as one document: a format version and an array per record kind.
///
/// A `Dataset` is what is read and written; it may be inconsistent (a reference to an id that
/// does not exist, two directors at once). `Registry` is the checked form,
/// built only by validating a `Dataset`.
///
/// # Example
/// ```
/// use social_services::{Dataset, Institution, InstitutionId, InstitutionKind, Level};
///
/// let mut dataset = Dataset::new();
/// dataset.institutions.push(Institution::new(
///     InstitutionId::new_v4(),
///     "ОБУСО «Вичугский КЦСОН»",
///     InstitutionKind::Kcson,
///     Level::Regional,
/// ));
/// assert_eq!(dataset.format_version, social_services::FORMAT_VERSION);
/// assert_eq!(dataset.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Dataset {
    /// The version of the document format ([`FORMAT_VERSION`] for documents this crate writes).
    pub format_version: u32,
    /// Institutions, authorities, funds and organisations, each with its departments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub institutions: Vec<Institution>,
    /// Service points.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub service_points: Vec<ServicePoint>,
    /// People.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub persons: Vec<Person>,
    /// Posts held by people.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub appointments: Vec<Appointment>,
    /// Events, each with its agenda and participation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
    /// Programmes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub programmes: Vec<Programme>,
    /// Training sites.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub training_sites: Vec<TrainingSite>,
    /// Training cohorts, each with its enrollments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cohorts: Vec<Cohort>,
    /// The catalogue of services that service points offer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<Service>,
    /// Service statistics: families served, by scope and period.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub service_statistics: Vec<ServiceStatistics>,
    /// Plans for the network's growth.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub network_plans: Vec<NetworkPlan>,
    /// Figures as sources state them: the network's size at a date, «the N-th centre»,
    /// specialists trained, families served.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stated_figures: Vec<StatedFigure>,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

impl Dataset {
    /// An empty data set of the current format version.
    ///
    /// # Example
    /// ```
    /// use social_services::Dataset;
    /// assert!(Dataset::new().is_empty());
    /// ```
    pub fn new() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            institutions: Vec::new(),
            service_points: Vec::new(),
            persons: Vec::new(),
            appointments: Vec::new(),
            events: Vec::new(),
            programmes: Vec::new(),
            training_sites: Vec::new(),
            cohorts: Vec::new(),
            services: Vec::new(),
            service_statistics: Vec::new(),
            network_plans: Vec::new(),
            stated_figures: Vec::new(),
            extra: Extra::new(),
        }
    }

    /// The number of top-level records of all kinds, service statistics rows included
    /// (departments, agenda items, attendees and enrollments are counted with the record that
    /// holds them).
    ///
    /// # Example
    /// ```
    /// use social_services::Dataset;
    /// assert_eq!(Dataset::new().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.institutions.len()
            + self.service_points.len()
            + self.persons.len()
            + self.appointments.len()
            + self.events.len()
            + self.programmes.len()
            + self.training_sites.len()
            + self.cohorts.len()
            + self.services.len()
            + self.service_statistics.len()
            + self.network_plans.len()
            + self.stated_figures.len()
    }

    /// Whether the data set has no records.
    ///
    /// # Example
    /// ```
    /// use social_services::Dataset;
    /// assert!(Dataset::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Default for Dataset {
    /// An empty data set of the current format version.
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(any(test, feature = "proptest"))]
impl proptest::arbitrary::Arbitrary for Dataset {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    /// Small data sets (up to two records of each kind, nested lists shorter still) of
    /// arbitrary records, with extra fields; not necessarily referentially valid.
    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::collection::vec;
        use proptest::prelude::*;
        (
            (
                vec(any::<Institution>(), 0..3),
                vec(any::<ServicePoint>(), 0..3),
                vec(any::<Person>(), 0..3),
                vec(any::<Appointment>(), 0..3),
            ),
            (
                vec(any::<Event>(), 0..3),
                vec(any::<Programme>(), 0..3),
                vec(any::<TrainingSite>(), 0..3),
                vec(any::<Cohort>(), 0..3),
                crate::records::arbitrary::extra(),
            ),
            (
                vec(any::<Service>(), 0..3),
                vec(any::<ServiceStatistics>(), 0..3),
                vec(any::<NetworkPlan>(), 0..3),
                vec(any::<StatedFigure>(), 0..3),
            ),
        )
            .prop_map(
                |(
                    (institutions, service_points, persons, appointments),
                    (events, programmes, training_sites, cohorts, extra),
                    (services, service_statistics, network_plans, stated_figures),
                )| Self {
                    format_version: FORMAT_VERSION,
                    institutions,
                    service_points,
                    persons,
                    appointments,
                    events,
                    programmes,
                    training_sites,
                    cohorts,
                    services,
                    service_statistics,
                    network_plans,
                    stated_figures,
                    extra,
                },
            )
            .boxed()
    }
}
