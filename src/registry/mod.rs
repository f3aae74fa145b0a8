//! Data sets and the checked registry: the serde form of a whole data set, its validation, and
//! the indexed `Registry` that only a valid data set becomes.

mod dataset;
mod index;
mod issue_code;
mod redact;
mod report;
// The file name is the one the design gives; the type is re-exported from here.
#[allow(clippy::module_inception)]
mod registry;
mod validate;

pub use dataset::{Dataset, FORMAT_VERSION, OLDEST_FORMAT_VERSION};
pub use issue_code::IssueCode;
pub use registry::Registry;
pub use report::{Issue, IssuePath, Severity, ValidationReport};
pub use validate::{ValidationOptions, validate};
