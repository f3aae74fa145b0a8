//! The error of the formats layer.

use std::error::Error;

/// Why a document, a line or a cell could not be read or written.
///
/// Every variant says where: the field path and the line and column for JSON, the line (and the
/// path inside it) for JSON Lines, the line and column of the cell for CSV. The message of a bad
/// value is the value's own message (`invalid ИНН "7830002290": check digit is 0, expected 3`).
///
/// # Example
/// ```
/// use social_services::io::{json, Chain, IoError};
///
/// let err = json::from_str(r#"{"format_version": "one"}"#).unwrap_err();
/// assert!(matches!(err, IoError::Json { .. }));
/// // The place is the error's own message; what is wrong is its source.
/// assert_eq!(err.to_string(), "line 1, column 24: format_version");
/// assert_eq!(
///     Chain(&err).to_string(),
///     "line 1, column 24: format_version: invalid type: string \"one\", expected u32"
/// );
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IoError {
    /// Reading or writing the underlying stream failed (the [`std::io::Error`] is the
    /// source).
    #[error("i/o failed")]
    Io(#[from] std::io::Error),
    /// A JSON document that is not valid JSON or whose content is not a valid data set. What
    /// is wrong is the [`source`](Error::source): the value's own error
    /// ([`ValueError`](crate::ValueError), [`RecordError`](crate::RecordError)) when a value of
    /// the document does not read, otherwise a [`Problem`], what the JSON parser found.
    #[error("line {line}, column {column}{}", path_suffix(path))]
    Json {
        /// The field path of the bad value (`events[1].dates`); empty for the whole document.
        path: String,
        /// The line of the bad value, from 1.
        line: usize,
        /// The column of the bad value, from 1, counted in bytes of UTF-8 as the JSON parser
        /// counts it (a Cyrillic letter is two).
        column: usize,
        /// What is wrong.
        #[source]
        source: Cause,
    },
    /// A line of a JSON Lines stream that could not be read. What is wrong is the
    /// [`source`](Error::source): the value's own error ([`ValueError`](crate::ValueError),
    /// [`RecordError`](crate::RecordError)) when a value of the line does not read, otherwise
    /// what the JSON parser found.
    #[error("line {line}, column {column}{}", path_suffix(path))]
    JsonLine {
        /// The line number in the stream, from 1.
        line: u64,
        /// The column inside the line, from 1, in bytes of UTF-8 (0 when not known).
        column: usize,
        /// The field path inside the line (`institution.inn`); empty for the whole line.
        path: String,
        /// What is wrong.
        #[source]
        source: Cause,
    },
    /// A JSON document or JSON Lines line whose arrays and objects nest deeper than
    /// [`MAX_NESTING`](super::json::MAX_NESTING).
    #[error("line {line}, column {column}: arrays and objects nested deeper than {limit} levels")]
    TooDeep {
        /// The line of the document (or of the JSON Lines stream), from 1.
        line: u64,
        /// The column inside the line, from 1, in bytes of UTF-8.
        column: usize,
        /// The limit, [`MAX_NESTING`](super::json::MAX_NESTING).
        limit: usize,
    },
    /// A JSON Lines line longer than the reader's limit
    /// ([`Reader::max_line_bytes`](super::jsonl::Reader::max_line_bytes)); the line is skipped
    /// without being held in memory.
    #[error("line {line}: longer than the limit of {limit} bytes")]
    LineTooLong {
        /// The line number in the stream, from 1.
        line: u64,
        /// The limit, in bytes (the line end not counted).
        limit: usize,
    },
    /// A JSON Lines stream, read skipping bad lines, with more errors than the reader keeps
    /// ([`Reader::max_errors`](super::jsonl::Reader::max_errors)): the reading stops at this
    /// line, so that the kept errors, too, stay bounded in memory.
    #[error("line {line}: more than {limit} errors, reading stopped")]
    TooManyErrors {
        /// The line of the error past the limit, from 1.
        line: u64,
        /// The limit, in errors.
        limit: usize,
    },
    /// A JSON Lines stream whose first line is not the data set header.
    #[error(
        "line {line}: expected the header {{\"dataset\":{{\"format_version\":…}}}} first, found {found}"
    )]
    MissingHeader {
        /// The line number of the first record, from 1.
        line: u64,
        /// What was found instead (`a record of kind "institution"` or `the end of the stream`).
        found: String,
    },
    /// A JSON Lines header after the first line.
    #[error("line {line}: a second data set header")]
    SecondHeader {
        /// The line number of the second header, from 1.
        line: u64,
    },
    /// A CSV file that is not well-formed CSV (a row with a different number of cells …).
    #[error("line {line}: {message}")]
    CsvSyntax {
        /// The line of the bad row, from 1.
        line: u64,
        /// What the CSV reader found.
        message: String,
    },
    /// A CSV cell whose text is not a valid value for its column. What is wrong is the
    /// [`source`](Error::source): the value's own error ([`ValueError`](crate::ValueError),
    /// [`RecordError`](crate::RecordError)) when the text does not read as the column's value,
    /// otherwise what the reader found (`required cell is empty`).
    #[error("line {line}, column {column} ({name})")]
    CsvCell {
        /// The line of the row, from 1 (the header is line 1).
        line: u64,
        /// The column of the cell, from 1.
        column: usize,
        /// The column's name in the header.
        name: String,
        /// What is wrong.
        #[source]
        source: Cause,
    },
    /// A CSV header that lacks a required column.
    #[error("the header has no column {name:?}")]
    CsvMissingColumn {
        /// The missing column.
        name: &'static str,
    },
    /// A CSV header that names one column twice.
    #[error("the header names column {name:?} twice")]
    CsvDuplicateColumn {
        /// The repeated column.
        name: String,
    },
    /// A CSV header with a column named after a field that CSV writes over other columns (the
    /// `address` of an institution is the `address_…` columns): read as an extra field, it
    /// would clash with the record's own field in JSON.
    #[error("the header has column {name:?}, a field that CSV holds in the {columns} columns")]
    CsvJsonOnlyColumn {
        /// The column (`address`).
        name: String,
        /// The columns that hold the field (`address_…`).
        columns: &'static str,
    },
    /// A record that cannot be written as a CSV row without losing something.
    #[error("{record} {id}: {reason}")]
    CsvUnwritable {
        /// The kind of record (`institution`).
        record: &'static str,
        /// The record's id.
        id: String,
        /// Why (`extra field "name" has the name of a column`).
        reason: String,
    },
    /// A cell of an Arrow record batch or a Parquet file whose value is not valid for its
    /// column (the `arrow` feature). What is wrong is the [`source`](Error::source), the
    /// value's own error when there is one.
    #[cfg(feature = "arrow")]
    #[error("table {table}, row {row}, column {column}")]
    ArrowCell {
        /// The table ([`Table::NAME`](super::arrow::Table::NAME), `institutions`).
        table: &'static str,
        /// The row, from 1, counted over the whole file (over the batch for one batch).
        row: u64,
        /// The column's name.
        column: &'static str,
        /// What is wrong.
        #[source]
        source: Cause,
    },
    /// An Arrow record batch or a Parquet file without a required column (the `arrow`
    /// feature).
    #[cfg(feature = "arrow")]
    #[error("table {table}: no column {column:?}")]
    ArrowMissingColumn {
        /// The table (`institutions`).
        table: &'static str,
        /// The missing column.
        column: &'static str,
    },
    /// A column of an Arrow record batch or a Parquet file whose Arrow type the table cannot
    /// read (the `arrow` feature).
    #[cfg(feature = "arrow")]
    #[error("table {table}: column {column:?} is {found}, expected {expected}")]
    ArrowColumnType {
        /// The table (`institutions`).
        table: &'static str,
        /// The column.
        column: &'static str,
        /// The Arrow type found (`Int32`).
        found: String,
        /// The Arrow types the column can be read from (`Date32`).
        expected: &'static str,
    },
    /// An Arrow schema that is not the table's: a column named twice, the metadata of another
    /// table or of another format version (the `arrow` feature).
    #[cfg(feature = "arrow")]
    #[error("table {table}: {message}")]
    ArrowSchema {
        /// The table (`institutions`).
        table: &'static str,
        /// What is wrong (`column "id" is named twice`).
        message: String,
    },
    /// A record that cannot be written as a row of an Arrow table without losing something
    /// (the `arrow` feature).
    #[cfg(feature = "arrow")]
    #[error("table {table}: {record} {id}: {reason}")]
    ArrowUnwritable {
        /// The table (`services`).
        table: &'static str,
        /// The kind of record (`service`).
        record: &'static str,
        /// The record's id, or what names it.
        id: String,
        /// Why (`category term "социальная няня" is kept as written but reads back as the
        /// known term "child_care"`).
        reason: String,
    },
    /// A Parquet file that could not be written or read: not Parquet, truncated, or a column
    /// the Parquet reader could not decode (the `arrow` feature).
    #[cfg(feature = "arrow")]
    #[error("table {table}: parquet: {message}")]
    Parquet {
        /// The table (`attendance`).
        table: &'static str,
        /// What the Parquet library found.
        message: String,
    },
}

/// The longest message of a bad value in a JSON document, a JSON Lines line or a CSV cell that
/// an error keeps, in bytes: a message that quotes a long value (the JSON parser quotes a
/// string of the wrong type whole) is cut there and ends with `…`.
pub(super) const MAX_MESSAGE_BYTES: usize = 1024;

/// A message written cut to [`MAX_MESSAGE_BYTES`], at a character boundary.
struct Cut<'a>(&'a str);

impl std::fmt::Display for Cut<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.len() <= MAX_MESSAGE_BYTES {
            return f.write_str(self.0);
        }
        let mut end = MAX_MESSAGE_BYTES;
        while !self.0.is_char_boundary(end) {
            end -= 1;
        }
        write!(f, "{}…", &self.0[..end])
    }
}

fn path_suffix(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!(": {path}")
    }
}

/// The cause of a cell or line error: the typed error of the value that did not read, or a
/// [`Problem`] that the format found.
pub type Cause = Box<dyn Error + Send + Sync + 'static>;

/// What a reader found wrong with a cell or a line when no value's own error says it (`required
/// cell is empty`, what the JSON parser found): the [`source`](Error::source) of
/// [`IoError::CsvCell`], [`IoError::JsonLine`] and [`IoError::ArrowCell`] in those cases.
/// Its message is cut to 1024 bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem(String);

impl Problem {
    /// The problem with `message`, cut to 1024 bytes at a character boundary.
    pub(crate) fn new(message: impl Into<String>) -> Self {
        let message = message.into();
        Self(Cut(&message).to_string())
    }

    /// The problem as a [`Cause`].
    pub(crate) fn cause(message: impl Into<String>) -> Cause {
        Box::new(Self::new(message))
    }

    /// What is wrong.
    pub fn message(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Error for Problem {}

/// An error and its [`source`](Error::source)s, each after `: ` — the whole message, as a
/// reporter that walks the chain writes it (`line 2, column 3 (inn): invalid ИНН "7830002290":
/// check digit is 0, expected 3`).
///
/// # Example
/// ```
/// use social_services::io::{csv, Chain};
///
/// let text = "id,name\n6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11,\n";
/// let err = csv::read_persons(text.as_bytes()).unwrap_err();
/// assert_eq!(err.to_string(), "line 2, column 2 (name)");
/// assert_eq!(Chain(&err).to_string(), "line 2, column 2 (name): required cell is empty");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Chain<'a>(pub &'a (dyn Error + 'static));

impl std::fmt::Display for Chain<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)?;
        let mut next = self.0.source();
        while let Some(cause) = next {
            write!(f, ": {cause}")?;
            next = cause.source();
        }
        Ok(())
    }
}

/// The typed error of the value at `path` of a JSON text (a JSON Lines line or a whole
/// document), when the value is text the crate reads whose error is `message`: `serde` keeps
/// only the message of the value's error, so the text is read again by the parser whose error
/// that is.
pub(super) fn typed_cause(json: &[u8], path: &str, message: &str) -> Option<Cause> {
    use crate::records::{FigureScope, FigureValue, StatisticsScope};
    use crate::values::{
        DateRange, Email, Inn, KnownDate, Kpp, Ogrn, Ogrnip, Oktmo, PartialDate, PersonName, Phone,
        PostalCode, RegionCode, ReportingPeriod, Snils, Url, WeeklySchedule,
    };
    fn try_parse<T: std::str::FromStr<Err: std::error::Error + Send + Sync + 'static>>(
        text: &str,
        message: &str,
    ) -> Option<Cause> {
        let err = text.parse::<T>().err()?;
        (Chain(&err).to_string() == message).then(|| Box::new(err) as Cause)
    }
    // Only a value's own error is worth reading the text again for: serde's own messages
    // (`invalid type: …`, `invalid value: …`, `invalid length …`) are no parser's.
    let serde_own = ["invalid type:", "invalid value:", "invalid length "];
    if !message.starts_with("invalid ") || serde_own.iter().any(|own| message.starts_with(own)) {
        return None;
    }
    let value: serde_json::Value = serde_json::from_slice(json).ok()?;
    let mut at = &value;
    for part in path.split('.') {
        let (name, mut indexes) = match part.find('[') {
            Some(open) => (&part[..open], &part[open..]),
            None => (part, ""),
        };
        if !name.is_empty() {
            at = at.get(name)?;
        }
        while let Some(rest) = indexes.strip_prefix('[') {
            let close = rest.find(']')?;
            at = at.get(rest[..close].parse::<usize>().ok()?)?;
            indexes = &rest[close + 1..];
        }
    }
    let text = at.as_str()?;
    [
        try_parse::<Inn>,
        try_parse::<Ogrn>,
        try_parse::<Ogrnip>,
        try_parse::<Kpp>,
        try_parse::<Snils>,
        try_parse::<Oktmo>,
        try_parse::<PostalCode>,
        try_parse::<RegionCode>,
        try_parse::<Phone>,
        try_parse::<Email>,
        try_parse::<Url>,
        try_parse::<DateRange>,
        try_parse::<PartialDate>,
        try_parse::<KnownDate>,
        try_parse::<PersonName>,
        try_parse::<ReportingPeriod>,
        try_parse::<WeeklySchedule>,
        try_parse::<StatisticsScope>,
        try_parse::<FigureScope>,
        try_parse::<FigureValue>,
    ]
    .iter()
    .find_map(|parse| parse(text, message))
}

/// The whole message of an error in the crate's tests: [`Chain`]'s text.
#[cfg(test)]
pub(crate) trait Chained {
    fn chained(&self) -> String;
}

#[cfg(test)]
impl<E: Error + 'static> Chained for E {
    fn chained(&self) -> String {
        Chain(self).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_value_of_the_wrong_type_is_quoted_cut() {
        let long = "Ж".repeat(100_000);
        let json = format!(r#"{{"format_version": "{long}"}}"#);
        let message = Chain(&crate::io::json::from_str(&json).unwrap_err()).to_string();
        assert!(message.len() < 1100, "{} bytes", message.len());
        assert!(
            message
                .starts_with(r#"line 1, column 200021: format_version: invalid type: string "ЖЖ"#),
            "{message}"
        );
        assert!(message.ends_with("Ж…"), "{message}");
    }

    #[test]
    fn a_short_message_is_written_whole() {
        assert_eq!(Cut("expected u32").to_string(), "expected u32");
        assert_eq!(Cut(&"ж".repeat(512)).to_string(), "ж".repeat(512));
        assert_eq!(Cut(&"ж".repeat(513)).to_string(), "ж".repeat(512) + "…");
    }
}
