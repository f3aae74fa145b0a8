//! Why an attendance file could not be read.

/// Why an attendance file could not be streamed: the stream failed, the CSV header is not the
/// attendance header, or a line is not a valid attendance row.
///
/// # Example
/// ```
/// use social_services::stream::{self, Format, StreamError};
///
/// let text = "event,date,person,institution,region\n";
/// let err = stream::aggregate(text.as_bytes(), Format::Csv).unwrap_err();
/// assert!(matches!(err, StreamError::Header { .. }));
/// assert_eq!(err.to_string(), "line 1: csv header: missing column institution_kind");
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StreamError {
    /// Reading the underlying stream failed.
    #[error("i/o failed: {0}")]
    Io(#[from] std::io::Error),
    /// The first line of a CSV file is not the attendance header.
    #[error("line 1: csv header: {message}")]
    Header {
        /// What is wrong with it: a missing, unknown or repeated column.
        message: String,
    },
    /// A line that is not a valid attendance row.
    #[error("line {line}, column {column}: {}{message}", field_prefix(field))]
    Row {
        /// The line number in the file, from 1.
        line: u64,
        /// Where in the line: the byte column for JSON Lines, the cell for CSV, from 1 (0 when
        /// not known).
        column: usize,
        /// The field of the bad value (`region`); empty when the line itself is malformed.
        field: String,
        /// What is wrong: the value's own message, quoting the value.
        message: String,
    },
    /// A line longer than the reader accepts (no valid row is anywhere near it).
    #[error("line {line}: longer than {limit} bytes")]
    LineTooLong {
        /// The line number in the file, from 1.
        line: u64,
        /// The limit in bytes.
        limit: usize,
    },
}

fn field_prefix(field: &str) -> String {
    if field.is_empty() {
        String::new()
    } else {
        format!("{field}: ")
    }
}
