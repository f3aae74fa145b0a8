//! The serde form of a whole data set: one document, an array per record kind.

use crate::records::{
    Appointment, Cohort, Event, Extra, FigureScope, FigureValue, Institution, Measure, NetworkPlan,
    Person, Programme, Service, ServicePoint, ServiceStatistics, Source, StatedCount, StatedFigure,
    StatedFigureId, TrainingSite, Vocabulary,
};
use crate::values::{KnownDate, PartialDate};

/// The version of the dataset document format this crate writes.
///
/// Version 2 holds every published figure as a [`StatedFigure`] (one array,
/// `stated_figures`); version 1 also held some in fields of their records (a training site's
/// `stated_trained` and `stated_as_of`, a programme's `stated_regions`, an event's
/// `participation.stated.participants`, `institutions` and `regions`). A version-1 document is
/// still read: [`Dataset::upgrade`] moves those fields into stated figures, and every reader of
/// this crate and [`Registry`](crate::Registry) call it. See [`OLDEST_FORMAT_VERSION`] for the
/// oldest version read.
pub const FORMAT_VERSION: u32 = 2;

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
/// use social_services::{records::{InstitutionId, InstitutionKind, Level}, Dataset, Institution};
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

    /// Brings a document of format version 1 to [`FORMAT_VERSION`] in place, and returns how
    /// many stated figures it made; a document of any other version is left as it is (an
    /// unsupported version is reported by validation).
    ///
    /// Version 1 held some published figures in fields of their records; read by this crate,
    /// those fields land in the records' extra fields, and the upgrade moves each into a
    /// [`StatedFigure`] with the record's sources:
    ///
    /// | version 1 | version 2 |
    /// | --- | --- |
    /// | training site `stated_trained`, `stated_as_of` | `specialists_trained` for the site, dated `stated_as_of` |
    /// | programme `stated_regions` | `federal_subjects` for the programme, with no date |
    /// | event `participation.stated.participants` | `participants` for the event, at its last day |
    /// | event `participation.stated.institutions` | `organisations` for the event, at its last day |
    /// | event `participation.stated.regions` | `federal_subjects` for the event, at its last day |
    ///
    /// Each figure's id is [`StatedFigureId::from_name`] of the record's id, `/` and the
    /// measure (`…/specialists_trained`), so the same document always upgrades to the same
    /// data set. A value that does not read as a stated count (or a date, for `stated_as_of`) is
    /// left where it is, and validation reports it as an unknown field.
    ///
    /// # Example
    /// ```
    /// use social_services::{io::json, records::Measure, Dataset, FORMAT_VERSION};
    ///
    /// let mut dataset = json::from_str(r#"{"format_version": 1, "programmes": [{
    ///     "id": "7f94024a-8147-5cbd-b66e-34bc22f4d397", "title": "Пилотный проект",
    ///     "kind": "pilot_project", "stated_regions": 69
    /// }]}"#)?;
    /// assert_eq!(dataset.format_version, FORMAT_VERSION);
    /// assert_eq!(dataset.stated_figures[0].measure, Measure::FederalSubjects);
    /// assert_eq!(dataset.stated_figures[0].value.to_string(), "69");
    /// assert!(dataset.programmes[0].extra.is_empty());
    /// assert_eq!(dataset.upgrade(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn upgrade(&mut self) -> usize {
        if self.format_version != 1 {
            return 0;
        }
        self.format_version = FORMAT_VERSION;
        let before = self.stated_figures.len();
        let mut figures = Vec::new();
        for site in &mut self.training_sites {
            let Some(trained) = take::<StatedCount>(&mut site.extra, "stated_trained") else {
                continue;
            };
            let mut figure = upgraded(
                &site.id.to_string(),
                Measure::SpecialistsTrained,
                FigureScope::TrainingSite(site.id),
                trained,
                &site.sources,
            );
            figure.date = take::<PartialDate>(&mut site.extra, "stated_as_of").map(KnownDate::from);
            figures.push(figure);
        }
        for programme in &mut self.programmes {
            if let Some(regions) = take::<StatedCount>(&mut programme.extra, "stated_regions") {
                figures.push(upgraded(
                    &programme.id.to_string(),
                    Measure::FederalSubjects,
                    FigureScope::Programme(programme.id),
                    regions,
                    &programme.sources,
                ));
            }
        }
        for event in &mut self.events {
            let last_day = PartialDate::try_from(event.dates.end())
                .ok()
                .map(KnownDate::from);
            let stated = &mut event.participation.stated.extra;
            for (field, measure) in [
                ("participants", Measure::Participants),
                ("institutions", Measure::Organisations),
                ("regions", Measure::FederalSubjects),
            ] {
                if let Some(count) = take::<StatedCount>(stated, field) {
                    let mut figure = upgraded(
                        &event.id.to_string(),
                        measure,
                        FigureScope::Event(event.id),
                        count,
                        &event.sources,
                    );
                    figure.date = last_day;
                    figures.push(figure);
                }
            }
        }
        self.stated_figures.extend(figures);
        self.stated_figures.len() - before
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

/// Removes `field` from `extra` and reads it as a `T`; `None` (and the field kept) when it is
/// absent or does not read.
fn take<T: serde::de::DeserializeOwned>(extra: &mut Extra, field: &str) -> Option<T> {
    let value = serde_json::from_value(extra.get(field)?.clone()).ok()?;
    extra.remove(field);
    Some(value)
}

/// The stated figure an upgrade makes of a version-1 field of the record `record`.
fn upgraded(
    record: &str,
    measure: Measure,
    scope: FigureScope,
    count: StatedCount,
    sources: &[Source],
) -> StatedFigure {
    let id = StatedFigureId::from_name(&format!("{record}/{}", measure.as_str()));
    let mut figure = StatedFigure::new(id, measure, scope, FigureValue::Count(count));
    figure.sources = sources.to_vec();
    figure
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::{Registry, ValidationOptions};

    /// A version-1 document with each field that version 2 holds as a stated figure.
    const VERSION_1: &str = r#"{"format_version": 1,
      "institutions": [{"id": "00000000-0000-4000-8000-000000000001", "name": "ГУ ТО «СМФЦ»",
        "kind": "family_mfc", "level": "regional", "region": "71",
        "opened": "2023"}],
      "events": [{"id": "00000000-0000-4000-8000-000000000002", "title": "Семинар",
        "kind": "seminar_meeting", "level": "all_russian", "dates": "2024-10-03/2024-10-04",
        "organizers": ["00000000-0000-4000-8000-000000000001"],
        "participation": {"stated": {"participants": "до 300", "institutions": 13,
          "regions": 69, "groups": ["руководители"]}},
        "sources": [{"title": "Тула на семинаре"}]}],
      "programmes": [{"id": "00000000-0000-4000-8000-000000000003", "title": "Пилот",
        "kind": "pilot_project", "stated_regions": 69}],
      "training_sites": [{"id": "00000000-0000-4000-8000-000000000004",
        "institution": "00000000-0000-4000-8000-000000000001", "level": "federal",
        "topic": "Создание Семейных МФЦ", "stated_trained": "более 250",
        "stated_as_of": "2024-10"}]
    }"#;

    fn figures(dataset: &Dataset) -> Vec<(String, String, String, Option<String>)> {
        dataset
            .stated_figures
            .iter()
            .map(|f| {
                (
                    f.measure.to_string(),
                    f.scope.kind().as_str().to_owned(),
                    f.value.to_string(),
                    f.date.map(|d| d.to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn a_version_1_document_is_read_with_its_fields_as_stated_figures() {
        let text = VERSION_1.to_owned();
        let dataset = crate::io::json::from_str(&text).unwrap();
        assert_eq!(dataset.format_version, FORMAT_VERSION);
        let row = |m: &str, s: &str, v: &str, d: Option<&str>| {
            (
                m.to_owned(),
                s.to_owned(),
                v.to_owned(),
                d.map(str::to_owned),
            )
        };
        assert_eq!(
            figures(&dataset),
            [
                row(
                    "specialists_trained",
                    "training_site",
                    "более 250",
                    Some("2024-10")
                ),
                row("federal_subjects", "programme", "69", None),
                row("participants", "event", "до 300", Some("2024-10-04")),
                row("organisations", "event", "13", Some("2024-10-04")),
                row("federal_subjects", "event", "69", Some("2024-10-04")),
            ]
        );
        assert!(dataset.training_sites[0].extra.is_empty());
        assert!(dataset.programmes[0].extra.is_empty());
        let stated = &dataset.events[0].participation.stated;
        assert!(stated.extra.is_empty() && stated.groups.len() == 1);
        assert_eq!(dataset.stated_figures[2].sources, dataset.events[0].sources);
        // Upgrading again makes nothing: the document is of the current version now.
        let mut again = dataset.clone();
        assert_eq!(again.upgrade(), 0);
        assert_eq!(again, dataset);
        // The same document always upgrades to the same ids.
        assert_eq!(crate::io::json::from_str(&text).unwrap(), dataset);
        // It loads in strict mode: no unknown field is left; the programme's figure has no
        // date (a warning), and the centre no service point.
        let strict = ValidationOptions {
            strict: true,
            ..ValidationOptions::default()
        };
        let registry = Registry::with_options(dataset, &strict).unwrap();
        let codes: Vec<_> = registry
            .warnings()
            .issues()
            .iter()
            .map(|i| i.code)
            .collect();
        assert_eq!(
            codes,
            ["institution.no_service_point", "stated_figure.no_date"]
        );
    }

    #[test]
    fn a_registry_upgrades_a_version_1_data_set_built_in_code() {
        let mut dataset: Dataset = serde_json::from_str(VERSION_1).unwrap();
        assert_eq!(dataset.format_version, 1);
        assert!(dataset.stated_figures.is_empty());
        let registry = Registry::new(dataset.clone()).unwrap();
        assert_eq!(registry.dataset().stated_figures.len(), 5);
        dataset.upgrade();
        assert_eq!(registry.dataset(), &dataset);
    }

    #[test]
    fn an_unreadable_version_1_field_and_a_version_2_one_are_left_as_unknown_fields() {
        let text = VERSION_1.replace(r#""stated_regions": 69"#, r#""stated_regions": "много""#);
        let dataset = crate::io::json::from_str(&text).unwrap();
        assert_eq!(dataset.stated_figures.len(), 4);
        assert_eq!(dataset.programmes[0].extra["stated_regions"], "много");
        let version_2 = VERSION_1.replace(r#""format_version": 1"#, r#""format_version": 2"#);
        let dataset = crate::io::json::from_str(&version_2).unwrap();
        assert!(dataset.stated_figures.is_empty());
        assert_eq!(dataset.programmes[0].extra["stated_regions"], 69);
    }
}
