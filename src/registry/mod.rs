//! Data sets and the checked registry: the serde form of a whole data set, its validation, and
//! the indexed `Registry` that only a valid data set becomes.

mod dataset;
mod report;

pub use dataset::{Dataset, FORMAT_VERSION};
pub use report::{Issue, IssuePath, Severity, ValidationReport};
