//! The seeds as sample data: every fact of the two seed documents (the Ivanovo regional
//! seminar-meeting of 24 September and the all-Russian seminar-meeting in Tula on 3–4 October)
//! as one data set, embedded in the crate.
//!
//! The document is `data/sample.json`. It holds what the seeds say and nothing more: no
//! identifiers (ИНН, ОГРН), addresses, dates or figures the seeds do not give. Where a record
//! needs a fact the seeds leave implicit — the year of both seminars (2024), the level of an
//! institution read from its legal form — the record's source note says that it was inferred
//! and from what. The four service points of the Tula centre besides its flagship are named
//! for what they are («Точка присутствия 2 (адрес в источнике не указан)» …). Ids are UUID v5
//! derived from stable descriptive names ([`Id::from_name`](crate::records::Id::from_name)), so they are
//! the same in every build.
//!
//! | you want | call / type | notes |
//! | --- | --- | --- |
//! | the sample, checked | [`registry`] | validates with no error (tested) |
//! | the sample as plain data, to change or write | [`dataset`] | read from [`JSON`] |
//! | the document's text | [`JSON`] | `data/sample.json`, pretty-printed |
//!
//! # Example
//! ```
//! use social_services::sample;
//!
//! let dataset = sample::dataset();
//! let tula = dataset
//!     .events
//!     .iter()
//!     .find(|e| e.title == "Семейные МФЦ: отработка модели и новые подходы")
//!     .expect("the Tula seminar-meeting");
//! assert_eq!(tula.dates.to_string(), "2024-10-03/2024-10-04");
//! let regions = dataset
//!     .stated_figures
//!     .iter()
//!     .find(|f| f.scope == social_services::records::FigureScope::Event(tula.id))
//!     .expect("the Tula seminar's federal subjects");
//! assert_eq!(regions.value.to_string(), "69");
//! ```

use crate::registry::{Dataset, Registry};

/// The sample data set as JSON text (`data/sample.json`), pretty-printed.
///
/// # Example
/// ```
/// assert!(social_services::sample::JSON.starts_with("{\n  \"format_version\": 2,"));
/// ```
pub const JSON: &str = include_str!("../data/sample.json");

/// The sample data set, read from [`JSON`].
///
/// # Panics
/// Never: the embedded document is read by the crate's own tests (`tests/sample_json.rs`), so a
/// document that did not read would not have been released.
///
/// # Example
/// ```
/// let dataset = social_services::sample::dataset();
/// assert_eq!(dataset.institutions.len(), 12);
/// assert_eq!(dataset.service_points.len(), 5);
/// ```
pub fn dataset() -> Dataset {
    serde_json::from_str(JSON).expect("data/sample.json is a valid dataset document (tested)")
}

/// The sample data set as a checked registry.
///
/// # Panics
/// Never: the sample data set validates without errors, which the crate's own tests check
/// (`tests/seed_facts.rs`). Its warnings, each explained there, are on
/// [`Registry::warnings`].
///
/// # Example
/// ```
/// use social_services::sample;
///
/// let registry = sample::registry();
/// let tula = registry
///     .institutions()
///     .find(|i| i.short_name.as_deref() == Some("Семейный МФЦ «Мой семейный центр»"))
///     .expect("the Tula centre");
/// assert_eq!(registry.service_points_of(tula.id).count(), 5);
/// ```
pub fn registry() -> Registry {
    Registry::new(dataset()).expect("the sample data set validates without errors (tested)")
}
