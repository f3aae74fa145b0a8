//! The error of the records layer.

use std::error::Error;

/// The error of the part of a composite value that did not read (the id or the region of a
/// scope): a [`ValueError`](crate::ValueError) or a [`RecordError`].
pub type PartError = Box<dyn Error + Send + Sync + 'static>;

/// Why a text could not be read as one of the records layer's own values (ids, stated counts).
///
/// The message names the kind of value, quotes the text and says what is wrong with it as a
/// whole; when a part of it did not read (the id of a scope, its region), that part's own
/// error is the [`source`](Error::source), and the message does not repeat it.
///
/// # Example
/// ```
/// use social_services::{records::EventId, RecordError};
/// let err = "42".parse::<EventId>().unwrap_err();
/// assert!(matches!(err, RecordError::Id { .. }));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RecordError {
    /// A record id that is not a UUID; what the UUID parser found wrong is the source.
    #[error("invalid id {}", crate::values::quoted(input))]
    Id {
        /// The text as given.
        input: String,
        /// What the UUID parser found wrong.
        #[source]
        source: uuid::Error,
    },
    /// A [`StatisticsScope`](crate::records::StatisticsScope) that is not one of its forms, or whose id
    /// or region does not read.
    #[error("invalid statistics scope {}: {reason}", crate::values::quoted(input))]
    Scope {
        /// The text as given.
        input: String,
        /// What is wrong with it (`expected …`, `the region does not read`).
        reason: String,
        /// The error of the part that did not read, if that is what is wrong.
        #[source]
        source: Option<PartError>,
    },
    /// A stated count that is not a qualifier word and a whole number.
    #[error("invalid stated count {}: {reason}", crate::values::quoted(input))]
    StatedCount {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// A [`FigureScope`](crate::records::FigureScope) that is not one of its forms, or whose id or
    /// region does not read.
    #[error("invalid figure scope {}: {reason}", crate::values::quoted(input))]
    FigureScope {
        /// The text as given.
        input: String,
        /// What is wrong with it (`expected …`, `the id does not read`).
        reason: String,
        /// The error of the part that did not read, if that is what is wrong.
        #[source]
        source: Option<PartError>,
    },
    /// A [`FigureValue`](crate::records::FigureValue) that is neither a stated count nor an ordinal.
    #[error("invalid figure value {}: {reason}", crate::values::quoted(input))]
    FigureValue {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        reason: String,
    },
}
