//! Data sets and the checked registry: the serde form of a whole data set, its validation, and
//! the indexed [`Registry`] that only a valid data set becomes.
//!
//! A [`Dataset`] is plain data (public fields, one `Vec` per record kind) that may break any
//! rule; a [`Registry`] holds a data set that passed every rule, so code that takes a registry
//! never checks a reference again. Validation never stops at the first problem: a
//! [`ValidationReport`] lists every [`Issue`], each with a stable [`IssueCode`], a
//! [`Severity`], an [`IssuePath`] and a message.
//!
//! | you want | call / type | notes |
//! | --- | --- | --- |
//! | a registry from a file | [`io::load_path`](crate::io::load_path) | `.json` or `.jsonl`; reads and validates, every problem in one report |
//! | a registry from a data set in memory | [`Registry::new`], [`Registry::with_options`] | `Err` is the [`ValidationReport`]; `Ok` keeps the warnings: [`Registry::warnings`] |
//! | strict or lenient rules, the day "today" is | [`ValidationOptions`] | `strict` turns unknown fields and unrecognised terms into errors |
//! | the problems of a data set, without building a registry | [`validate`] | the same rules as [`Registry::with_options`] |
//! | what a program can match an issue on | [`Issue::code`], [`IssueCode::as_str`] | codes never change; messages may improve |
//! | an empty data set to fill | [`Dataset::new`] | at [`FORMAT_VERSION`]; documents from [`OLDEST_FORMAT_VERSION`] on are read |
//! | a data set without personal data | [`Dataset::redacted`] | persons lose СНИЛС, phones, e-mails and extra fields; names and posts stay |
//! | one record by id | [`Registry::institution`], [`Registry::event`], [`Registry::person`], … | one lookup per record kind |
//! | every record of a kind | [`Registry::institutions`], [`Registry::events`], [`Registry::stated_figures`], … | in data set order |
//! | what a record refers to | [`Registry::institution_of`], [`Registry::holder_of`], [`Registry::site_of`] | never fails: the references were checked |
//! | records by region or owner | [`Registry::institutions_in`], [`Registry::events_in`], [`Registry::service_points_of`], [`Registry::appointments_of`], [`Registry::children_of`], [`Registry::services_at`] | indexed, no scan |
//! | figures a source states | [`Registry::stated`] | by measure and scope |
//! | the data set back | [`Registry::dataset`], [`Registry::into_dataset`] | to write it in a format of [`io`](crate::io) |
//! | figures computed from a registry | [`aggregate`](crate::aggregate) | its own guide table |

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
