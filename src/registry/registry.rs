//! The checked registry: a data set that passed validation, indexed by id and by relation.

use std::hash::Hash;

use rustc_hash::FxHashMap as HashMap;

use crate::records::{Event, InstitutionId, PersonId, ServicePoint, TrainingSiteId};
use crate::values::RegionCode;

use super::index::Index;
use super::validate::{ValidationOptions, check};
use super::{Dataset, Issue, ValidationReport};

/// A data set that passed validation, indexed for the lookups a report needs.
///
/// The only way to build one is through validation ([`Registry::new`],
/// [`Registry::with_options`], `Registry::try_from(dataset)`), so code that holds a `Registry`
/// knows that every id is used once and every reference resolves. Warnings are kept
/// ([`Registry::warnings`]). Lookups by id and by relation go through maps built once.
///
/// # Example
/// ```
/// use social_services::{
///     records::{InstitutionId, InstitutionKind, Level, ServicePointId, ServicePointKind},
///     Dataset, Institution, Registry, ServicePoint,
/// };
///
/// let tula = InstitutionId::from_name("ГУ ТО «СМФЦ «Мой семейный центр»»");
/// let mut dataset = Dataset::new();
/// let mut centre = Institution::new(tula, "Мой семейный центр", InstitutionKind::FamilyMfc, Level::Regional);
/// centre.opened = Some("2023".parse()?);
/// dataset.institutions.push(centre);
/// let mut flagship = ServicePoint::new(ServicePointId::from_name("flagship"), tula, "Флагманское отделение", ServicePointKind::Flagship);
/// flagship.address = Some("Тульская область, г. Тула, ул. Гоголевская, 71".parse()?);
/// dataset.service_points.push(flagship);
///
/// let registry = Registry::new(dataset)?;
/// assert_eq!(registry.service_points_of(tula).count(), 1);
/// assert!(registry.warnings().is_empty());
///
/// // A broken reference stops construction; the report says where.
/// let mut broken = registry.into_dataset();
/// broken.service_points[0].institution = InstitutionId::from_name("nowhere");
/// let report = Registry::new(broken).unwrap_err();
/// assert_eq!(report.errors().next().unwrap().path.as_str(), "service_points[0].institution");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Registry {
    dataset: Dataset,
    warnings: ValidationReport,
    index: Index,
    relations: Relations,
}

/// Positions of records by the record they relate to.
#[derive(Debug, Clone, Default)]
struct Relations {
    service_points_of: HashMap<InstitutionId, Vec<usize>>,
    appointments_of: HashMap<PersonId, Vec<usize>>,
    appointments_in: HashMap<InstitutionId, Vec<usize>>,
    children_of: HashMap<InstitutionId, Vec<usize>>,
    institutions_in: HashMap<RegionCode, Vec<usize>>,
    events_in: HashMap<RegionCode, Vec<usize>>,
    cohorts_of: HashMap<TrainingSiteId, Vec<usize>>,
    training_sites_of: HashMap<InstitutionId, Vec<usize>>,
}

/// Groups positions by key.
fn group<K: Eq + Hash>(keys: impl Iterator<Item = Option<K>>) -> HashMap<K, Vec<usize>> {
    let mut map: HashMap<K, Vec<usize>> = HashMap::default();
    for (i, key) in keys.enumerate() {
        if let Some(key) = key {
            map.entry(key).or_default().push(i);
        }
    }
    map
}

/// The records of `items` at `positions`.
fn pick<'a, T>(items: &'a [T], positions: Option<&'a Vec<usize>>) -> impl Iterator<Item = &'a T> {
    positions.into_iter().flatten().map(|&i| &items[i])
}

impl Relations {
    fn build(dataset: &Dataset, index: &Index) -> Self {
        let institution_region = |id: InstitutionId| {
            index
                .institutions
                .get(&id)
                .and_then(|&i| dataset.institutions[i].region)
        };
        let point_region = |id| {
            index.service_points.get(&id).and_then(|&i| {
                let point: &ServicePoint = &dataset.service_points[i];
                point
                    .address
                    .as_ref()
                    .map(crate::values::Address::region)
                    .or_else(|| institution_region(point.institution))
            })
        };
        let event_region = |event: &Event| {
            let venue = &event.venue;
            venue
                .region
                .or_else(|| venue.address.as_ref().map(crate::values::Address::region))
                .or_else(|| venue.institution.and_then(institution_region))
                .or_else(|| venue.service_point.and_then(point_region))
        };
        Self {
            service_points_of: group(dataset.service_points.iter().map(|p| Some(p.institution))),
            appointments_of: group(dataset.appointments.iter().map(|a| Some(a.person))),
            appointments_in: group(dataset.appointments.iter().map(|a| Some(a.institution))),
            children_of: group(dataset.institutions.iter().map(|i| i.parent)),
            institutions_in: group(dataset.institutions.iter().map(|i| i.region)),
            events_in: group(dataset.events.iter().map(event_region)),
            cohorts_of: group(dataset.cohorts.iter().map(|c| Some(c.site))),
            training_sites_of: group(dataset.training_sites.iter().map(|s| Some(s.institution))),
        }
    }
}

impl Registry {
    /// Validates a data set with the default (lenient) options and indexes it.
    ///
    /// # Errors
    /// The whole [`ValidationReport`], errors and warnings, when validation finds any error.
    ///
    /// # Example
    /// ```
    /// use social_services::{Dataset, Registry};
    /// let registry = Registry::new(Dataset::new())?;
    /// assert_eq!(registry.institutions().count(), 0);
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn new(dataset: Dataset) -> Result<Self, ValidationReport> {
        Self::with_options(dataset, &ValidationOptions::default())
    }

    /// Validates a data set with the given options and indexes it. A data set of format
    /// version 1 is first upgraded ([`Dataset::upgrade`]): its published figures become stated
    /// figures.
    ///
    /// References to an id in [`ValidationOptions::ignore_references_to`] are not reported as
    /// unknown, since the reader has reported the record it could not read. They still do not
    /// resolve, so a registry cannot hold them: when the report would otherwise have no error,
    /// each such reference is reported as `reference.unreadable_record`.
    ///
    /// # Errors
    /// The whole [`ValidationReport`] when validation finds any error (in strict mode, an
    /// unrecognised term or an unknown field is one).
    ///
    /// # Example
    /// ```
    /// use social_services::{Dataset, Registry, ValidationOptions};
    ///
    /// let mut dataset = Dataset::new();
    /// dataset.extra.insert("comment".to_owned(), "written by hand".into());
    /// assert_eq!(Registry::with_options(dataset.clone(), &ValidationOptions::default())?.warnings().warnings().count(), 1);
    ///
    /// let strict = ValidationOptions { strict: true, ..ValidationOptions::default() };
    /// let report = Registry::with_options(dataset, &strict).unwrap_err();
    /// assert_eq!(report.errors().next().unwrap().code, "record.unknown_field");
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn with_options(
        dataset: Dataset,
        options: &ValidationOptions,
    ) -> Result<Self, ValidationReport> {
        let mut dataset = dataset;
        dataset.upgrade();
        let outcome = check(&dataset, options);
        let mut report = outcome.report;
        if !report.has_errors() {
            for (path, id) in outcome.suppressed {
                report.push(Issue::error(
                    "reference.unreadable_record",
                    path,
                    format!("{id} is the id of a record that could not be read"),
                ));
            }
        }
        if report.has_errors() {
            return Err(report);
        }
        let relations = Relations::build(&dataset, &outcome.index);
        Ok(Self {
            dataset,
            warnings: report,
            index: outcome.index,
            relations,
        })
    }

    /// The warnings validation found (the registry has no errors).
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{EventId, EventKind, EventLevel}, Dataset, Event, Registry};
    /// let mut dataset = Dataset::new();
    /// dataset.events.push(Event::new(EventId::new_v4(), "Круглый стол", EventKind::RoundTable, EventLevel::Regional, "2024-09-24/2024-09-24".parse()?));
    /// let registry = Registry::new(dataset)?;
    /// assert_eq!(registry.warnings().issues()[0].code, "event.no_organizer");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn warnings(&self) -> &ValidationReport {
        &self.warnings
    }

    /// The data set.
    ///
    /// # Example
    /// ```
    /// use social_services::{Dataset, Registry};
    /// assert!(Registry::new(Dataset::new())?.dataset().is_empty());
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// The data set, giving up the indexes (to change it and validate it again).
    ///
    /// # Example
    /// ```
    /// use social_services::{Dataset, Registry};
    /// assert_eq!(Registry::new(Dataset::new())?.into_dataset(), Dataset::new());
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn into_dataset(self) -> Dataset {
        self.dataset
    }
}

impl TryFrom<Dataset> for Registry {
    type Error = ValidationReport;

    /// Same as [`Registry::new`].
    fn try_from(dataset: Dataset) -> Result<Self, Self::Error> {
        Self::new(dataset)
    }
}

mod figures;
mod lookups;
mod services;

#[cfg(test)]
mod tests {
    use super::super::validate::fixture::{
        appointment_id, date, department_id, institution_id, person_id, programme_id, region,
        service_point_id, site_id, valid,
    };
    use super::*;
    use crate::records::{CohortId, DepartmentId, EventId, Vocabulary};

    fn registry() -> Registry {
        Registry::new(valid()).unwrap()
    }

    #[test]
    fn builds_from_a_valid_data_set_by_every_constructor() {
        let registry = registry();
        assert!(registry.warnings().is_empty());
        assert_eq!(registry.dataset(), &valid());
        assert_eq!(Registry::try_from(valid()).unwrap().into_dataset(), valid());
    }

    #[test]
    fn looks_records_up_by_id() {
        let registry = registry();
        assert_eq!(
            registry.institution(institution_id(2)).unwrap().name,
            "ГУ ТО «СМФЦ «Мой семейный центр»»"
        );
        let (institution, department) = registry.department(department_id(2)).unwrap();
        assert_eq!(institution.id, institution_id(1));
        assert_eq!(
            department.name,
            "Отделение социального сопровождения семей с детьми"
        );
        assert_eq!(
            registry.service_point(service_point_id(1)).unwrap().name,
            "Онлайн-приёмная"
        );
        assert_eq!(
            registry.person(person_id(3)).unwrap().name.full(),
            "Шубинская Эвелина"
        );
        assert!(registry.appointment(appointment_id(2)).unwrap().acting);
        assert_eq!(
            registry
                .event(EventId::from_name("event 1"))
                .unwrap()
                .dates
                .days(),
            2
        );
        assert_eq!(
            registry.programme(programme_id(0)).unwrap().regions,
            [region("37")]
        );
        assert_eq!(
            registry.training_site(site_id(0)).unwrap().institution,
            institution_id(2)
        );
        assert_eq!(
            registry
                .cohort(CohortId::from_name("cohort 0"))
                .unwrap()
                .title,
            "Поток 1"
        );
        // An id of another kind is not found, though its UUID is in the registry.
        assert!(
            registry
                .person(PersonId::from_uuid(*institution_id(0).as_uuid()))
                .is_none()
        );
        assert!(
            registry
                .department(DepartmentId::from_uuid(*institution_id(1).as_uuid()))
                .is_none()
        );
    }

    #[test]
    fn resolves_the_references_of_its_own_records() {
        let registry = registry();
        let institutions: Vec<_> = registry
            .service_points()
            .map(|p| registry.institution_of(p).id)
            .collect();
        assert_eq!(institutions, [institution_id(2), institution_id(1)]);
        let (person, institution) = registry.holder_of(&registry.dataset().appointments[4]);
        assert_eq!(
            (person.id, institution.id),
            (person_id(4), institution_id(3))
        );
        assert_eq!(
            registry.site_of(&registry.dataset().cohorts[0]).id,
            site_id(0)
        );
    }

    #[test]
    #[should_panic(expected = "is not an id of this registry")]
    fn panics_on_a_record_from_elsewhere() {
        let registry = registry();
        let mut stranger = registry.dataset().service_points[0].clone();
        stranger.institution = InstitutionId::from_name("elsewhere");
        let _ = registry.institution_of(&stranger);
    }

    #[test]
    fn iterates_over_every_kind() {
        let registry = registry();
        let counts = [
            registry.institutions().len(),
            registry.departments().count(),
            registry.service_points().len(),
            registry.persons().len(),
            registry.appointments().len(),
            registry.events().len(),
            registry.programmes().len(),
            registry.training_sites().len(),
            registry.cohorts().len(),
        ];
        assert_eq!(counts, [5, 3, 2, 5, 5, 2, 2, 1, 1]);
    }

    #[test]
    fn follows_relations() {
        let mut dataset = valid();
        dataset.institutions[2].parent = Some(institution_id(4));
        let registry = Registry::new(dataset).unwrap();
        let ids = |it: &mut dyn Iterator<Item = InstitutionId>| it.collect::<Vec<_>>();
        assert_eq!(
            ids(&mut registry.children_of(institution_id(4)).map(|i| i.id)),
            [institution_id(2)]
        );
        assert_eq!(
            ids(&mut registry.institutions_in(region("37")).map(|i| i.id)),
            [institution_id(0), institution_id(1)]
        );
        assert_eq!(
            registry
                .service_points_of(institution_id(1))
                .next()
                .unwrap()
                .id,
            service_point_id(1)
        );
        assert_eq!(registry.service_points_of(institution_id(3)).count(), 0);
        let roles: Vec<_> = registry
            .appointments_in(institution_id(1))
            .map(|a| (a.role.as_str(), a.acting))
            .collect();
        assert_eq!(roles, [("director", false), ("director", true)]);
        assert_eq!(
            registry.appointments_of(person_id(4)).next().unwrap().id,
            appointment_id(4)
        );
        assert_eq!(registry.cohorts_of(site_id(0)).count(), 1);
        assert_eq!(
            registry
                .training_sites_of(institution_id(2))
                .next()
                .unwrap()
                .id,
            site_id(0)
        );
        assert_eq!(registry.training_sites_of(institution_id(1)).count(), 0);
    }

    #[test]
    fn places_events_by_venue_region_then_address_institution_or_service_point() {
        let mut dataset = valid();
        // Event 0: venue institution 1 (region 37). Event 1: venue region 71.
        let mut by_point = dataset.events[1].clone();
        by_point.id = EventId::from_name("event 2");
        by_point.venue = crate::records::Venue {
            service_point: Some(service_point_id(0)),
            ..Default::default()
        };
        dataset.events.push(by_point);
        let mut nowhere = dataset.events[1].clone();
        nowhere.id = EventId::from_name("event 3");
        nowhere.venue = crate::records::Venue::default();
        dataset.events.push(nowhere);
        let registry = Registry::new(dataset).unwrap();
        let titles = |code| {
            registry
                .events_in(region(code))
                .map(|e| e.id)
                .collect::<Vec<_>>()
        };
        assert_eq!(titles("37"), [EventId::from_name("event 0")]);
        assert_eq!(
            titles("71"),
            [EventId::from_name("event 1"), EventId::from_name("event 2")]
        );
        assert_eq!(registry.events().count(), 4);
    }

    #[test]
    fn keeps_warnings_and_refuses_errors() {
        let mut dataset = valid();
        dataset.events[0].organizers.clear();
        let registry = Registry::new(dataset.clone()).unwrap();
        assert_eq!(registry.warnings().issues()[0].code, "event.no_organizer");
        dataset.service_points[0].opened = Some(date("2024"));
        dataset.service_points[0].closed = Some(date("2023"));
        let report = Registry::new(dataset).unwrap_err();
        let codes: Vec<_> = report.issues().iter().map(|i| i.code).collect();
        assert_eq!(codes, ["dates.end_before_start", "event.no_organizer"]);
    }

    #[test]
    fn refuses_references_to_unreadable_records_that_nothing_else_explains() {
        let mut dataset = valid();
        let ghost = InstitutionId::from_name("unreadable");
        dataset.events[0].organizers[0] = ghost;
        let options = ValidationOptions {
            ignore_references_to: [*ghost.as_uuid()].into(),
            ..ValidationOptions::default()
        };
        let report = Registry::with_options(dataset.clone(), &options).unwrap_err();
        assert_eq!(
            report.to_string(),
            format!(
                "error[reference.unreadable_record] events[0].organizers[0]: {ghost} is the id of a record that could not be read\n1 error, 0 warnings"
            )
        );
        // With another error, only that one is reported: the reader has reported the record.
        dataset.format_version = 9;
        let report = Registry::with_options(dataset, &options).unwrap_err();
        let codes: Vec<_> = report.issues().iter().map(|i| i.code).collect();
        assert_eq!(codes, ["dataset.unsupported_version"]);
    }
}
