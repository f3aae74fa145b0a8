//! The error of the records layer.

/// Why a text could not be read as one of the records layer's own values (ids, stated counts).
///
/// # Example
/// ```
/// use social_services::{EventId, RecordError};
/// let err = "42".parse::<EventId>().unwrap_err();
/// assert!(matches!(err, RecordError::Id { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RecordError {
    /// A record id that is not a UUID.
    #[error("invalid id {input:?}: {reason}")]
    Id {
        /// The text as given.
        input: String,
        /// What the UUID parser found wrong.
        reason: String,
    },
    /// A [`StatisticsScope`](crate::StatisticsScope) that is not one of its forms, or whose id
    /// or region does not read.
    #[error("invalid statistics scope {input:?}: {reason}")]
    Scope {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A stated count that is not a qualifier word and a whole number.
    #[error("invalid stated count {input:?}: {reason}")]
    StatedCount {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// A [`FigureScope`](crate::FigureScope) that is not one of its forms, or whose id or
    /// region does not read.
    #[error("invalid figure scope {input:?}: {reason}")]
    FigureScope {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A [`FigureValue`](crate::FigureValue) that is neither a stated count nor an ordinal.
    #[error("invalid figure value {input:?}: {reason}")]
    FigureValue {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        reason: String,
    },
}
