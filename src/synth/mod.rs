//! A deterministic generator of a valid national-scale registry, for benches and comparisons
//! (the `synth` feature).
//!
//! [`generate`] builds a [`Dataset`] of every federal subject at a chosen scale from a seed:
//! the same seed and scale give the same records, so the same bytes when written. At scale 1
//! there are about 10,000 institutions, 50,000 service points, 200,000 persons and posts,
//! 20,000 events with 5,000,000 individual attendance records, and 5,000 training cohorts
//! with 1,000,000 enrollments. Regions are weighted by population (Moscow and the large
//! regions hold more), identifiers have valid check digits (ИНН, ОГРН), service points have
//! addresses, and every record passes validation: the registry builds with no error and no
//! warning, even in strict mode.
//!
//! [`attendance_rows`] flattens the events' attendees into the
//! [`AttendanceRow`]s of the streaming files.
//!
//! | you want | call / type | notes |
//! | --- | --- | --- |
//! | a national-scale data set | [`generate`] with [`Options`] | same seed and scale, same data set |
//! | how many records a scale gives | [`Counts::at`] | each count at least 1 |
//! | the events' attendance as streaming rows | [`attendance_rows`] | for [`stream`](crate::stream) |
//!
//! # Example
//! ```
//! use social_services::{Registry, synth};
//!
//! let options = synth::Options { scale: 0.001, seed: 7 };
//! let dataset = synth::generate(&options);
//! assert_eq!(dataset, synth::generate(&options));
//! let rows = synth::attendance_rows(&dataset).count();
//! assert_eq!(rows, synth::Counts::at(0.001).attendance);
//! let registry = Registry::new(dataset).expect("a valid registry");
//! assert_eq!(registry.events().count(), 20);
//! ```

mod activity;
mod identifiers;
mod lexicon;
mod network;
mod rng;

use crate::registry::Dataset;
use crate::stream::AttendanceRow;

/// What to generate: the scale (1 is national scale) and the seed.
///
/// # Example
/// ```
/// let options = social_services::synth::Options::default();
/// assert_eq!(options.scale, 1.0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// The size relative to national scale: 1 for 5,000,000 attendance records, 0.001 for a
    /// test-sized registry.
    pub scale: f64,
    /// The seed of the pseudo-random generator.
    pub seed: u64,
}

impl Default for Options {
    /// National scale, seed 1.
    fn default() -> Self {
        Self {
            scale: 1.0,
            seed: 1,
        }
    }
}

/// How many records of each kind a scale gives.
///
/// # Example
/// ```
/// use social_services::synth::Counts;
/// let counts = Counts::at(1.0);
/// assert_eq!(counts.attendance, 5_000_000);
/// assert_eq!(Counts::at(0.001).institutions, 10);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Institutions.
    pub institutions: usize,
    /// Service points (at least one per institution).
    pub service_points: usize,
    /// Persons.
    pub persons: usize,
    /// Appointments (one per person, up to the number of persons).
    pub appointments: usize,
    /// Events.
    pub events: usize,
    /// Individual attendance records over all events.
    pub attendance: usize,
    /// Training sites.
    pub training_sites: usize,
    /// Training cohorts.
    pub cohorts: usize,
    /// Enrollments over all cohorts.
    pub enrollments: usize,
}

impl Counts {
    /// The counts at a scale (each at least 1).
    ///
    /// # Example
    /// ```
    /// assert_eq!(social_services::synth::Counts::at(0.5).events, 10_000);
    /// ```
    pub fn at(scale: f64) -> Self {
        #[allow(
            clippy::cast_precision_loss,
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss
        )]
        let n = |full: usize| ((full as f64 * scale).round() as usize).max(1);
        Self {
            institutions: n(10_000),
            service_points: n(50_000),
            persons: n(200_000),
            appointments: n(200_000),
            events: n(20_000),
            attendance: n(5_000_000),
            training_sites: n(100),
            cohorts: n(5_000),
            enrollments: n(1_000_000),
        }
    }
}

/// A valid registry's data set at a scale, from a seed: the same options, the same data set.
///
/// # Example
/// ```
/// use social_services::synth;
/// let dataset = synth::generate(&synth::Options { scale: 0.001, seed: 1 });
/// assert_eq!(dataset.institutions.len(), 10);
/// ```
pub fn generate(options: &Options) -> Dataset {
    let counts = Counts::at(options.scale);
    let rng = rng::Rng::new(options.seed);
    let mut dataset = Dataset::new();
    network::institutions(&mut rng.fork(1), &counts, &mut dataset);
    network::service_points(&mut rng.fork(2), &counts, &mut dataset);
    network::staff(&mut rng.fork(3), &counts, &mut dataset);
    activity::events(&mut rng.fork(4), &counts, &mut dataset);
    activity::programmes(&mut rng.fork(5), &mut dataset);
    activity::training(&mut rng.fork(6), &counts, &mut dataset);
    dataset
}

/// The attendees of a data set's events as flat rows (those named with a person, an
/// institution of the data set and a region), in the order of events and attendees: the
/// rows of [`stream::attendance_rows`](crate::stream::attendance_rows).
///
/// # Example
/// ```
/// use social_services::synth;
/// let dataset = synth::generate(&synth::Options { scale: 0.001, seed: 1 });
/// let first = synth::attendance_rows(&dataset).next().unwrap();
/// assert_eq!(first.event, dataset.events[0].id);
/// ```
pub fn attendance_rows(dataset: &Dataset) -> impl Iterator<Item = AttendanceRow> + '_ {
    crate::stream::attendance_rows(dataset)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::{Registry, ValidationOptions};

    #[test]
    fn a_small_scale_builds_a_registry_with_no_error_or_warning_even_when_strict() {
        let options = Options {
            scale: 0.002,
            seed: 11,
        };
        let dataset = generate(&options);
        let counts = Counts::at(options.scale);
        assert_eq!(dataset.institutions.len(), counts.institutions);
        assert_eq!(dataset.service_points.len(), counts.service_points);
        assert_eq!(dataset.persons.len(), counts.persons);
        assert_eq!(dataset.appointments.len(), counts.appointments);
        assert_eq!(dataset.events.len(), counts.events);
        assert_eq!(attendance_rows(&dataset).count(), counts.attendance);
        assert_eq!(dataset.cohorts.len(), counts.cohorts);
        let enrollments: usize = dataset.cohorts.iter().map(|c| c.enrollments.len()).sum();
        assert_eq!(enrollments, counts.enrollments);
        assert!(
            dataset
                .institutions
                .iter()
                .all(|i| i.inn.is_some() && i.ogrn.is_some())
        );
        let strict = ValidationOptions {
            strict: true,
            ..ValidationOptions::default()
        };
        let registry = Registry::with_options(dataset, &strict);
        assert!(registry.is_ok(), "{}", registry.err().unwrap());
        let registry = registry.unwrap();
        assert!(registry.warnings().is_empty(), "{}", registry.warnings());
    }

    #[test]
    fn the_same_seed_gives_the_same_bytes_and_another_seed_others() {
        let at = |seed| crate::io::json::to_string(&generate(&Options { scale: 0.001, seed }));
        assert_eq!(at(5), at(5));
        assert_ne!(at(5), at(6));
    }
}
