//! What validation found: issues with a severity, a stable code, a path and a message.

use std::fmt;

/// How serious an issue is: an error blocks building a `Registry`, a warning
/// informs and is kept on the registry.
///
/// # Example
/// ```
/// use social_services::Severity;
/// assert!(Severity::Error > Severity::Warning);
/// assert_eq!(Severity::Error.to_string(), "error");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Informs; the data set is still usable.
    Warning,
    /// Blocks building a registry.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Warning => "warning",
            Self::Error => "error",
        })
    }
}

/// Where in a data set an issue is: `events[1].agenda[0].speakers[0].person`.
///
/// Built segment by segment while walking a data set; the text form is the one people read in
/// messages and programs can compare.
///
/// # Example
/// ```
/// use social_services::registry::IssuePath;
/// let path = IssuePath::root().field("events").index(1).field("agenda").index(0).field("speakers").index(0).field("person");
/// assert_eq!(path.to_string(), "events[1].agenda[0].speakers[0].person");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IssuePath(String);

impl IssuePath {
    /// The path of the whole document (empty text).
    ///
    /// # Example
    /// ```
    /// use social_services::registry::IssuePath;
    /// assert_eq!(IssuePath::root().to_string(), "");
    /// ```
    pub fn root() -> Self {
        Self(String::new())
    }

    /// This path followed by a field.
    ///
    /// # Example
    /// ```
    /// use social_services::registry::IssuePath;
    /// assert_eq!(IssuePath::root().field("institutions").to_string(), "institutions");
    /// ```
    #[must_use]
    pub fn field(&self, name: &str) -> Self {
        let mut text = String::with_capacity(self.0.len() + 1 + name.len());
        text.push_str(&self.0);
        if !text.is_empty() {
            text.push('.');
        }
        text.push_str(name);
        Self(text)
    }

    /// This path followed by an array index.
    ///
    /// # Example
    /// ```
    /// use social_services::registry::IssuePath;
    /// assert_eq!(IssuePath::root().field("events").index(3).to_string(), "events[3]");
    /// ```
    #[must_use]
    pub fn index(&self, index: usize) -> Self {
        Self(format!("{}[{index}]", self.0))
    }

    /// The text form.
    ///
    /// # Example
    /// ```
    /// use social_services::registry::IssuePath;
    /// assert_eq!(IssuePath::root().field("persons").index(0).as_str(), "persons[0]");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for IssuePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for IssuePath {
    /// A path from its text form, as read from elsewhere (e.g. a serde error path).
    fn from(text: &str) -> Self {
        Self(text.to_owned())
    }
}

impl serde::Serialize for IssuePath {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// One problem found in a data set.
///
/// The `code` is stable and for programs to match on; the `message` is for people and may
/// improve between versions.
///
/// # Example
/// ```
/// use social_services::{registry::IssuePath, Issue, Severity};
/// let issue = Issue::error(
///     "reference.unknown_institution",
///     IssuePath::root().field("service_points").index(0).field("institution"),
///     "no institution has id 6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11",
/// );
/// assert_eq!(issue.severity, Severity::Error);
/// assert_eq!(
///     issue.to_string(),
///     "error[reference.unknown_institution] service_points[0].institution: no institution has id 6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Issue {
    /// Whether it blocks building a registry.
    pub severity: Severity,
    /// The stable machine code of the rule, e.g. `reference.unknown_institution`.
    pub code: &'static str,
    /// Where in the data set.
    pub path: IssuePath,
    /// What is wrong, for people.
    pub message: String,
}

impl Issue {
    /// An error.
    ///
    /// # Example
    /// ```
    /// use social_services::{registry::IssuePath, Issue, Severity};
    /// assert_eq!(Issue::error("x.y", IssuePath::root(), "m").severity, Severity::Error);
    /// ```
    pub fn error(code: &'static str, path: IssuePath, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            code,
            path,
            message: message.into(),
        }
    }

    /// A warning.
    ///
    /// # Example
    /// ```
    /// use social_services::{registry::IssuePath, Issue, Severity};
    /// assert_eq!(Issue::warning("x.y", IssuePath::root(), "m").severity, Severity::Warning);
    /// ```
    pub fn warning(code: &'static str, path: IssuePath, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            code,
            path,
            message: message.into(),
        }
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]", self.severity, self.code)?;
        if !self.path.as_str().is_empty() {
            write!(f, " {}", self.path)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem found in a data set, never stopping at the first.
///
/// # Example
/// ```
/// use social_services::{registry::IssuePath, Issue, ValidationReport};
/// let mut report = ValidationReport::default();
/// report.push(Issue::warning("event.no_organizer", IssuePath::root().field("events").index(0), "the event has no organizer"));
/// assert!(!report.has_errors());
/// assert_eq!(report.warnings().count(), 1);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ValidationReport {
    issues: Vec<Issue>,
}

impl ValidationReport {
    /// Adds an issue.
    ///
    /// # Example
    /// ```
    /// use social_services::{registry::IssuePath, Issue, ValidationReport};
    /// let mut r = ValidationReport::default();
    /// r.push(Issue::error("x.y", IssuePath::root(), "m"));
    /// assert!(r.has_errors());
    /// ```
    pub fn push(&mut self, issue: Issue) {
        self.issues.push(issue);
    }

    /// All issues, in the order found.
    ///
    /// # Example
    /// ```
    /// use social_services::ValidationReport;
    /// assert!(ValidationReport::default().issues().is_empty());
    /// ```
    pub fn issues(&self) -> &[Issue] {
        &self.issues
    }

    /// The errors.
    ///
    /// # Example
    /// ```
    /// use social_services::ValidationReport;
    /// assert_eq!(ValidationReport::default().errors().count(), 0);
    /// ```
    pub fn errors(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| i.severity == Severity::Error)
    }

    /// The warnings.
    ///
    /// # Example
    /// ```
    /// use social_services::ValidationReport;
    /// assert_eq!(ValidationReport::default().warnings().count(), 0);
    /// ```
    pub fn warnings(&self) -> impl Iterator<Item = &Issue> {
        self.issues
            .iter()
            .filter(|i| i.severity == Severity::Warning)
    }

    /// Whether any issue is an error.
    ///
    /// # Example
    /// ```
    /// use social_services::ValidationReport;
    /// assert!(!ValidationReport::default().has_errors());
    /// ```
    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }

    /// Whether there are no issues at all.
    ///
    /// # Example
    /// ```
    /// use social_services::ValidationReport;
    /// assert!(ValidationReport::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.issues.is_empty()
    }

    /// Adds every issue of another report.
    ///
    /// # Example
    /// ```
    /// use social_services::{registry::IssuePath, Issue, ValidationReport};
    /// let mut a = ValidationReport::default();
    /// let mut b = ValidationReport::default();
    /// b.push(Issue::error("x.y", IssuePath::root(), "m"));
    /// a.extend(b);
    /// assert_eq!(a.issues().len(), 1);
    /// ```
    pub fn extend(&mut self, other: ValidationReport) {
        self.issues.extend(other.issues);
    }
}

impl fmt::Display for ValidationReport {
    /// One issue a line, errors and warnings as found; a summary line last.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for issue in &self.issues {
            writeln!(f, "{issue}")?;
        }
        let plural = |n: usize, word: &str| {
            if n == 1 {
                format!("1 {word}")
            } else {
                format!("{n} {word}s")
            }
        };
        write!(
            f,
            "{}, {}",
            plural(self.errors().count(), "error"),
            plural(self.warnings().count(), "warning")
        )
    }
}

impl std::error::Error for ValidationReport {}

impl IntoIterator for ValidationReport {
    type Item = Issue;
    type IntoIter = std::vec::IntoIter<Issue>;
    fn into_iter(self) -> Self::IntoIter {
        self.issues.into_iter()
    }
}
