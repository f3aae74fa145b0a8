//! The rules of the domain: every check a data set must pass to become a
//! [`Registry`](super::Registry), each with a stable code.
//!
//! [`validate`] walks a whole data set once, collecting every problem (it never stops at the
//! first) into a [`ValidationReport`]. The rules live in one submodule per family: ids,
//! references, dates, staff, events, training, vocabulary and unknown fields.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use uuid::Uuid;

use super::index::Index;
use super::{
    Dataset, FORMAT_VERSION, Issue, IssueCode, IssuePath, OLDEST_FORMAT_VERSION, ValidationReport,
};

mod dates;
mod events;
mod figures;
mod ids;
mod institutions;
mod names;
mod parents;
mod references;
mod services;
mod staff;
mod terms;
mod training;

#[cfg(test)]
pub(crate) mod fixture;

/// How to validate: strict or lenient, the date "today" is, and the ids of records that could
/// not be read.
///
/// The default is lenient, with no `as_of` date and no ignored ids.
///
/// # Example
/// ```
/// use social_services::ValidationOptions;
///
/// let options = ValidationOptions { strict: true, ..ValidationOptions::default() };
/// assert!(options.as_of.is_none());
/// assert!(options.ignore_references_to.is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ValidationOptions {
    /// Report an unrecognised term of a closed vocabulary (`vocabulary.unrecognised_term`) and a
    /// field this crate does not know (`record.unknown_field`) as errors rather than warnings.
    pub strict: bool,
    /// The date that open periods run to, for rules that measure them
    /// (`appointment.long_acting`); without it an open period is not measured.
    pub as_of: Option<NaiveDate>,
    /// Ids of records that could not be read: references to them are not reported as unknown
    /// again (the reader has reported the record itself).
    pub ignore_references_to: BTreeSet<Uuid>,
}

/// Checks a data set against every rule of the domain and reports every problem found.
///
/// Errors are what stops [`Registry`](super::Registry) construction; warnings inform. The
/// report is empty for a data set that breaks no rule. Each issue has a stable code, one of
/// [`IssueCode`] (its docs list every code with its severity).
///
/// # Example
/// ```
/// use social_services::{
///     records::{InstitutionId, InstitutionKind, Level, ServicePointId, ServicePointKind},
///     validate, Dataset, Institution, ServicePoint, ValidationOptions,
/// };
///
/// let mut dataset = Dataset::new();
/// dataset.service_points.push(ServicePoint::new(
///     ServicePointId::from_name("point"),
///     InstitutionId::from_name("nowhere"),
///     "Онлайн-приёмная",
///     ServicePointKind::Online,
/// ));
/// let report = validate(&dataset, &ValidationOptions::default());
/// let issue = &report.issues()[0];
/// assert_eq!(issue.code, "reference.unknown_institution");
/// assert_eq!(issue.path.as_str(), "service_points[0].institution");
/// ```
pub fn validate(dataset: &Dataset, options: &ValidationOptions) -> ValidationReport {
    check(dataset, options).report
}

/// What validation found: the report, and the references it did not report because they name
/// an id in [`ValidationOptions::ignore_references_to`].
pub(crate) struct Outcome {
    pub(crate) report: ValidationReport,
    pub(crate) suppressed: Vec<(IssuePath, Uuid)>,
    pub(crate) index: Index,
}

/// Runs every rule.
pub(crate) fn check(dataset: &Dataset, options: &ValidationOptions) -> Outcome {
    let mut checker = Checker {
        dataset,
        options,
        index: Index::build(dataset),
        report: ValidationReport::default(),
        suppressed: Vec::new(),
    };
    checker.check_version();
    checker.check_ids();
    checker.check_references();
    checker.check_dates();
    checker.check_institutions();
    checker.check_parents();
    checker.check_names();
    checker.check_staff();
    checker.check_events();
    checker.check_training();
    checker.check_services();
    checker.check_figures();
    checker.check_terms();
    Outcome {
        report: checker.report,
        suppressed: checker.suppressed,
        index: checker.index,
    }
}

/// The state of one validation run.
struct Checker<'a> {
    dataset: &'a Dataset,
    options: &'a ValidationOptions,
    index: Index,
    report: ValidationReport,
    suppressed: Vec<(IssuePath, Uuid)>,
}

impl Checker<'_> {
    fn error(&mut self, code: IssueCode, path: IssuePath, message: impl Into<String>) {
        self.report.push(Issue::error(code.as_str(), path, message));
    }

    fn warning(&mut self, code: IssueCode, path: IssuePath, message: impl Into<String>) {
        self.report
            .push(Issue::warning(code.as_str(), path, message));
    }

    fn check_version(&mut self) {
        let version = self.dataset.format_version;
        if !(OLDEST_FORMAT_VERSION..=FORMAT_VERSION).contains(&version) {
            self.error(
                IssueCode::DatasetUnsupportedVersion,
                IssuePath::root().field("format_version"),
                format!("format version {version} is not supported (this crate reads versions {OLDEST_FORMAT_VERSION} to {FORMAT_VERSION})"),
            );
        }
    }
}

/// The path of the `index`-th record of the array `array`: `events[1]`.
fn at(array: &str, index: usize) -> IssuePath {
    IssuePath::root().field(array).index(index)
}

#[cfg(test)]
mod tests {
    use super::fixture::{issues, valid};
    use super::*;

    #[test]
    fn the_valid_fixture_has_no_issue() {
        let report = validate(&valid(), &ValidationOptions::default());
        assert!(report.is_empty(), "{report}");
    }

    #[test]
    fn the_valid_fixture_has_no_issue_in_strict_mode_as_of_today() {
        let options = ValidationOptions {
            strict: true,
            as_of: NaiveDate::from_ymd_opt(2025, 6, 1),
            ..ValidationOptions::default()
        };
        let report = validate(&valid(), &options);
        assert!(report.is_empty(), "{report}");
    }

    #[test]
    fn rejects_an_unsupported_format_version() {
        let mut dataset = valid();
        dataset.format_version = 3;
        assert_eq!(
            issues(&dataset),
            [(
                "error",
                "dataset.unsupported_version",
                "format_version".to_owned(),
                "format version 3 is not supported (this crate reads versions 1 to 2)".to_owned(),
            )]
        );
        dataset.format_version = 1;
        assert_eq!(issues(&dataset), []);
    }
}
