//! The id index of a data set: where each record is, by kind. Shared by validation (to resolve
//! references) and by the registry (to look records up).

use std::hash::Hash;

use rustc_hash::{FxBuildHasher, FxHashMap as HashMap};

use crate::records::{
    AppointmentId, CohortId, DepartmentId, EventId, InstitutionId, NetworkPlanId, PersonId,
    ProgrammeId, ServiceId, ServicePointId, TrainingSiteId,
};

use super::Dataset;

/// The position of every record by its id, one map per kind. When an id is used twice (an
/// error validation reports), the first record keeps it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    pub(crate) institutions: HashMap<InstitutionId, usize>,
    /// A department's institution index and its index among that institution's departments.
    pub(crate) departments: HashMap<DepartmentId, (usize, usize)>,
    pub(crate) service_points: HashMap<ServicePointId, usize>,
    pub(crate) persons: HashMap<PersonId, usize>,
    pub(crate) appointments: HashMap<AppointmentId, usize>,
    pub(crate) events: HashMap<EventId, usize>,
    pub(crate) programmes: HashMap<ProgrammeId, usize>,
    pub(crate) training_sites: HashMap<TrainingSiteId, usize>,
    pub(crate) cohorts: HashMap<CohortId, usize>,
    pub(crate) services: HashMap<ServiceId, usize>,
    pub(crate) network_plans: HashMap<NetworkPlanId, usize>,
}

/// A map from each id to its first position.
fn positions<K: Eq + Hash + Copy, V>(
    items: impl ExactSizeIterator<Item = (K, V)>,
) -> HashMap<K, V> {
    let mut map = HashMap::with_capacity_and_hasher(items.len(), FxBuildHasher);
    for (key, value) in items {
        map.entry(key).or_insert(value);
    }
    map
}

impl Index {
    /// Indexes every record of a data set.
    pub(crate) fn build(dataset: &Dataset) -> Self {
        let mut departments = HashMap::default();
        for (i, institution) in dataset.institutions.iter().enumerate() {
            for (j, department) in institution.departments.iter().enumerate() {
                departments.entry(department.id).or_insert((i, j));
            }
        }
        Self {
            institutions: positions(
                dataset
                    .institutions
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (r.id, i)),
            ),
            departments,
            service_points: positions(
                dataset
                    .service_points
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (r.id, i)),
            ),
            persons: positions(dataset.persons.iter().enumerate().map(|(i, r)| (r.id, i))),
            appointments: positions(
                dataset
                    .appointments
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (r.id, i)),
            ),
            events: positions(dataset.events.iter().enumerate().map(|(i, r)| (r.id, i))),
            programmes: positions(
                dataset
                    .programmes
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (r.id, i)),
            ),
            training_sites: positions(
                dataset
                    .training_sites
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (r.id, i)),
            ),
            cohorts: positions(dataset.cohorts.iter().enumerate().map(|(i, r)| (r.id, i))),
            services: positions(dataset.services.iter().enumerate().map(|(i, r)| (r.id, i))),
            network_plans: positions(
                dataset
                    .network_plans
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (r.id, i)),
            ),
        }
    }
}
