//! Proptest strategies that generate **valid** data sets, for property tests of code that takes
//! a data set or a registry (enabled by the `proptest` feature).
//!
//! [`valid_dataset`] generates data sets that pass validation: every reference resolves (to a
//! record of the right kind, a department of the right institution, an appointment of the
//! speaker's own person, a programme of the cohort's own site), ids are unique across all
//! kinds, every pair of dates is in order (and no service point opens after its institution
//! closed), no institution has two permanent directors at once, every speaker is an attendee
//! where attendance is recorded per person, and every stated count is possible (no more
//! regions than there are federal subjects, totals no smaller than the head-counts under
//! them, capacities no smaller than the cohorts they hold). Services, service statistics and
//! network plans follow their rules too: service points offer services of the catalogue; each
//! row of statistics is for a generated service point, department or institution, a region or
//! the country, has at least one figure and a key (scope, period, service, category) of its
//! own, no more families under social support than served, and no more families served than
//! the total row of its scope and period; each plan states centres, regions or both, no more
//! federal subjects than there are (one for a plan of one subject) nor than the centres, and
//! names a generated owner and programme when it names one. Family MFCs usually have an
//! opening date. Building a `Registry` from one always succeeds; it may carry warnings (an
//! event with no organizer, an acting post without an end, a person known by initials who
//! could be another, a family MFC without an opening date), which inform and do not block.
//!
//! The values inside come from the values' own `Arbitrary` impls (`any::<RegionCode>()`,
//! `any::<PersonName>()`, `any::<Address>()` …). Open vocabularies take any term, `Other`
//! included; closed ones take only their known terms, and no record has unknown fields, so the
//! data sets pass strict validation too.
//!
//! # Example
//! ```
//! use proptest::prelude::*;
//! use social_services::strategy::valid_dataset;
//!
//! proptest!(ProptestConfig::with_cases(16), |(dataset in valid_dataset())| {
//!     // every service point belongs to an institution of the data set
//!     for point in &dataset.service_points {
//!         prop_assert!(dataset.institutions.iter().any(|i| i.id == point.institution));
//!     }
//! });
//! ```

mod assemble;
mod draft;
mod services;

use proptest::collection::vec;
use proptest::prelude::*;

use crate::registry::Dataset;

/// The most records of each top-level kind that [`valid_dataset`] generates.
pub const DEFAULT_SIZE: usize = 4;

/// Valid data sets of up to [`DEFAULT_SIZE`] records of each top-level kind (see the
/// [module docs](self) for what "valid" covers).
///
/// # Example
/// ```
/// use proptest::prelude::*;
/// use social_services::strategy::valid_dataset;
///
/// proptest!(ProptestConfig::with_cases(16), |(dataset in valid_dataset())| {
///     prop_assert!(dataset.institutions.len() <= social_services::strategy::DEFAULT_SIZE);
/// });
/// ```
pub fn valid_dataset() -> impl Strategy<Value = Dataset> {
    valid_dataset_with(DEFAULT_SIZE)
}

/// Valid data sets of up to `size` records of each top-level kind (institutions, service
/// points, persons, appointments, events, programmes, training sites, cohorts, services, rows
/// of service statistics, network plans, stated figures of the network or a region); nested
/// records (departments, agenda items, attendees, enrollments) are up to three per holder.
/// Events, programmes and training sites may also have stated figures of their own (the
/// participants, organisations and federal subjects of an event at its last day, a
/// programme's federal subjects, the specialists a site trained), each possible beside what
/// the records count.
///
/// A record that needs another kind to refer to (a service point needs an institution) is left
/// out when the data set has none of that kind, so small sizes give small, often sparse data
/// sets; a row of statistics whose scope would name a record of a kind the data set has none
/// of is for a region instead. `size` 0 gives only empty data sets.
///
/// # Example
/// ```
/// use proptest::prelude::*;
/// use social_services::strategy::valid_dataset_with;
///
/// proptest!(ProptestConfig::with_cases(16), |(dataset in valid_dataset_with(2))| {
///     prop_assert!(dataset.events.len() <= 2);
///     for cohort in &dataset.cohorts {
///         prop_assert!(dataset.training_sites.iter().any(|s| s.id == cohort.site));
///     }
/// });
/// ```
pub fn valid_dataset_with(size: usize) -> impl Strategy<Value = Dataset> {
    let n = 0..=size;
    (
        (
            vec(draft::institution(), n.clone()),
            vec(draft::service_point(), n.clone()),
            vec(draft::person(), n.clone()),
            vec(draft::appointment(), n.clone()),
        ),
        (
            vec(draft::event(), n.clone()),
            vec(draft::programme(), n.clone()),
            vec(draft::training_site(), n.clone()),
            vec(draft::cohort(), n),
        ),
        services::drafts(size),
        any::<u128>(),
    )
        .prop_map(
            |(
                (institutions, service_points, persons, appointments),
                (events, programmes, training_sites, cohorts),
                services,
                id_base,
            )| {
                assemble::assemble(
                    draft::Drafts {
                        institutions,
                        service_points,
                        persons,
                        appointments,
                        events,
                        programmes,
                        training_sites,
                        cohorts,
                        services,
                    },
                    id_base,
                )
            },
        )
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use proptest::prelude::*;
    use proptest::strategy::ValueTree;
    use uuid::Uuid;

    use super::*;

    /// Every id of a data set, departments included, in the order met.
    fn all_ids(dataset: &Dataset) -> Vec<Uuid> {
        let mut ids = Vec::new();
        for institution in &dataset.institutions {
            ids.push(*institution.id.as_uuid());
            ids.extend(institution.departments.iter().map(|d| *d.id.as_uuid()));
        }
        ids.extend(dataset.service_points.iter().map(|r| *r.id.as_uuid()));
        ids.extend(dataset.persons.iter().map(|r| *r.id.as_uuid()));
        ids.extend(dataset.appointments.iter().map(|r| *r.id.as_uuid()));
        ids.extend(dataset.events.iter().map(|r| *r.id.as_uuid()));
        ids.extend(dataset.programmes.iter().map(|r| *r.id.as_uuid()));
        ids.extend(dataset.training_sites.iter().map(|r| *r.id.as_uuid()));
        ids.extend(dataset.cohorts.iter().map(|r| *r.id.as_uuid()));
        ids.extend(dataset.services.iter().map(|r| *r.id.as_uuid()));
        ids.extend(dataset.network_plans.iter().map(|r| *r.id.as_uuid()));
        ids
    }

    #[test]
    fn size_zero_gives_the_empty_dataset() {
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let tree = valid_dataset_with(0).new_tree(&mut runner).unwrap();
        assert_eq!(tree.current(), Dataset::new());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn generated_ids_are_unique_across_kinds(dataset in valid_dataset()) {
            let ids = all_ids(&dataset);
            let unique: BTreeSet<_> = ids.iter().collect();
            prop_assert_eq!(unique.len(), ids.len());
        }

        #[test]
        fn generated_datasets_respect_the_size(dataset in valid_dataset_with(2)) {
            for len in [
                dataset.institutions.len(),
                dataset.service_points.len(),
                dataset.persons.len(),
                dataset.appointments.len(),
                dataset.events.len(),
                dataset.programmes.len(),
                dataset.training_sites.len(),
                dataset.cohorts.len(),
                dataset.services.len(),
                dataset.service_statistics.len(),
                dataset.network_plans.len(),
            ] {
                prop_assert!(len <= 2);
            }
        }
    }
}
