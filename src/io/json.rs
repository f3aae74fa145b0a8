//! The data set as one JSON document: compact or pretty, read at once or record by record.
//!
//! The document is the serde form of [`Dataset`]: a `format_version` and an array per record
//! kind (`institutions`, `service_points`, `persons`, `appointments`, `events`, `programmes`,
//! `training_sites`, `cohorts`, `services`, `service_statistics`, `network_plans`,
//! `stated_figures`); fields this crate does not know are kept in the `extra` map of
//! the record (or of the data set) that holds them and written back.
//!
//! Two ways to read:
//! - [`from_str`] and [`read`] fail on the first problem, with the field path
//!   (`events[1].dates`), the line and column, and the value's own message;
//! - [`read_collecting`] reads record by record, keeps every readable record and reports one
//!   issue per unreadable one, and [`load`] goes on to validate what it read into a
//!   [`Registry`], so that one report lists every problem of a document: the values that could
//!   not be read and the rules the readable records break.

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::Path;

use serde::de::DeserializeOwned;
use serde_json::Value;
use uuid::Uuid;

use crate::records::record_kinds;
use crate::registry::{Dataset, Issue, IssuePath, Registry, ValidationOptions, ValidationReport};

use super::error::{Problem, typed_cause};
use super::keys::{check_unique_keys, is_too_deep};
use super::{Chain, IoError};

mod places;

pub use super::keys::MAX_NESTING;

mod stream;

pub(super) use stream::keys_are_plainly_unique;

/// The compact JSON text of a data set (no white space between tokens).
///
/// # Panics
/// Never: every map in a data set has text keys, the only thing JSON cannot write.
///
/// # Example
/// ```
/// use social_services::{io::json, Dataset};
/// assert_eq!(json::to_string(&Dataset::new()), r#"{"format_version":2}"#);
/// ```
pub fn to_string(dataset: &Dataset) -> String {
    serde_json::to_string(dataset).expect("a data set has only text map keys")
}

/// The pretty JSON text of a data set (two-space indentation, one field a line).
///
/// # Panics
/// Never: every map in a data set has text keys, the only thing JSON cannot write.
///
/// # Example
/// ```
/// use social_services::{io::json, Dataset};
/// assert_eq!(json::to_string_pretty(&Dataset::new()), "{\n  \"format_version\": 2\n}");
/// ```
pub fn to_string_pretty(dataset: &Dataset) -> String {
    serde_json::to_string_pretty(dataset).expect("a data set has only text map keys")
}

/// Writes a data set as compact JSON, as [`to_string`] gives it (`serde_json::to_writer`).
///
/// # Errors
/// [`IoError::Io`] when the writer fails.
///
/// # Example
/// ```
/// use social_services::{io::json, Dataset};
/// let mut out = Vec::new();
/// json::write(&Dataset::new(), &mut out)?;
/// assert_eq!(out, br#"{"format_version":2}"#);
/// # Ok::<(), social_services::io::IoError>(())
/// ```
pub fn write(dataset: &Dataset, writer: impl Write) -> Result<(), IoError> {
    serde_json::to_writer(writer, dataset).map_err(|e| IoError::Io(e.into()))
}

/// Writes a data set as pretty JSON, as [`to_string_pretty`] gives it
/// (`serde_json::to_writer_pretty`).
///
/// # Errors
/// [`IoError::Io`] when the writer fails.
///
/// # Example
/// ```
/// use social_services::{io::json, Dataset};
/// let mut out = Vec::new();
/// json::write_pretty(&Dataset::new(), &mut out)?;
/// assert_eq!(out, b"{\n  \"format_version\": 2\n}");
/// # Ok::<(), social_services::io::IoError>(())
/// ```
pub fn write_pretty(dataset: &Dataset, writer: impl Write) -> Result<(), IoError> {
    serde_json::to_writer_pretty(writer, dataset).map_err(|e| IoError::Io(e.into()))
}

/// Reads a data set from JSON text, failing on the first problem.
///
/// A leading UTF-8 byte order mark is skipped; line ends may be LF or CRLF.
///
/// # Errors
/// [`IoError::Json`] with the field path, line and column of the first problem and what is
/// wrong as its source (the value's typed error, or what the JSON parser found): bad
/// JSON, a missing field, a value its parser rejects, or a key named twice in one object
/// (`duplicate key "x_note"`, with the path of the object: the second value is never silently
/// kept over the first). The line and column are where the JSON parser noticed the problem: for
/// a value rejected by its own parser (a text value such as a date range), that is the end of
/// the object that holds it. [`IoError::TooDeep`] for arrays and objects nested deeper than
/// [`MAX_NESTING`].
///
/// # Example
/// ```
/// use social_services::io::{Chain, json};
///
/// let text = r#"{
///   "format_version": 1,
///   "events": [{
///     "id": "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11", "title": "Семинар-совещание",
///     "kind": "seminar_meeting", "level": "regional", "dates": "2024-10-04/2024-10-03"
///   }]
/// }"#;
/// let err = json::from_str(text).unwrap_err();
/// assert_eq!(
///     Chain(&err).to_string(),
///     "line 6, column 3: events[0].dates: invalid date range \"2024-10-04/2024-10-03\": \
///      end 2024-10-03 is before start 2024-10-04"
/// );
/// ```
pub fn from_str(text: &str) -> Result<Dataset, IoError> {
    from_slice(text.as_bytes())
}

/// Reads a data set from a stream of JSON, failing on the first problem.
///
/// The whole stream is read into memory first (the data set is held whole anyway); to read a
/// data set too large for that, use [JSON Lines](super::jsonl).
///
/// # Errors
/// [`IoError::Io`] when the reader fails; otherwise as [`from_str`]. Bytes that are not UTF-8
/// inside a text give [`IoError::Json`] with their place (`invalid unicode code point`).
///
/// # Example
/// ```
/// use social_services::io::json;
/// let dataset = json::read(&br#"{"format_version": 1}"#[..])?;
/// assert!(dataset.is_empty());
/// # Ok::<(), social_services::io::IoError>(())
/// ```
pub fn read(mut reader: impl Read) -> Result<Dataset, IoError> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes)?;
    from_slice(&bytes)
}

/// Reads a data set from the bytes of a JSON document: the whole of [`from_str`] and [`read`].
fn from_slice(bytes: &[u8]) -> Result<Dataset, IoError> {
    let bytes = strip_bom(bytes);
    let mut dataset: Dataset =
        parse_with_path(bytes).map_err(|e| json_error(bytes, e.path.to_string(), e.error))?;
    check_unique_keys(bytes).map_err(|d| json_error(bytes, d.path.to_string(), d.error))?;
    dataset.upgrade();
    Ok(dataset)
}

/// A JSON parse error and the path of the value where it happened.
pub(super) struct PathError {
    pub path: IssuePath,
    pub error: serde_json::Error,
}

/// Parses the whole of `bytes` (no trailing text) into a `T`; on failure, parses again with
/// the path of each value tracked, for the path of the error (the same parse fails the same
/// way), so that a valid text pays nothing for the path.
pub(super) fn parse_with_path<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, PathError> {
    if let Ok(parsed) = serde_json::from_slice(bytes) {
        return Ok(parsed);
    }
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let parsed = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| PathError {
        path: append_path(IssuePath::root(), e.path()),
        error: e.into_inner(),
    })?;
    deserializer.end().map_err(|error| PathError {
        path: IssuePath::root(),
        error,
    })?;
    Ok(parsed)
}

/// The UTF-8 byte order mark that some editors and spreadsheet exports put first.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The bytes without a leading byte order mark: a document that starts with one reads as if it
/// did not (columns on its first line are counted after it).
pub(super) fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(BOM).unwrap_or(bytes)
}

/// What [`read_collecting`] read: the readable records, one issue per unreadable one, and the
/// ids of the unreadable records.
///
/// # Example
/// ```
/// use social_services::io::json;
/// let read = json::read_collecting(r#"{"format_version": 1}"#);
/// assert!(read.report.is_empty() && read.unreadable_ids.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CollectedRead {
    /// The records that could be read, each kind in document order.
    pub dataset: Dataset,
    /// One `value.invalid` error per unreadable record or field of the document (or one
    /// `json.syntax` error for text that is not JSON).
    pub report: ValidationReport,
    /// The ids of the unreadable records (and of their departments) whose `id` field could
    /// itself be read, so that references to them need not be reported as unknown as well.
    pub unreadable_ids: BTreeSet<Uuid>,
}

/// The code of an issue for a record or field that could not be read.
pub const CODE_VALUE_INVALID: &str = "value.invalid";
/// The code of the issue for a text that is not JSON at all.
pub const CODE_JSON_SYNTAX: &str = "json.syntax";
/// The code of the issue for arrays and objects nested deeper than [`MAX_NESTING`].
pub const CODE_JSON_TOO_DEEP: &str = "json.too_deep";
/// The code of the issue for an object that names a key twice.
pub const CODE_JSON_DUPLICATE_KEY: &str = "json.duplicate_key";

/// Reads a data set from JSON text record by record, keeping every record that can be read.
///
/// Each record of each array is read on its own, from its own text: a document is never held
/// as JSON values as a whole, only a record that cannot be read is parsed to a JSON value to
/// report it. A record that cannot be read is left out and gives one `value.invalid` error whose path
/// is the record's place followed by the path of its first bad field
/// (`institutions[0].inn`) and whose message is the value's own message. A top-level field
/// that is not an array of records where one is expected gives one such error and no records.
/// Text that is not JSON gives one `json.syntax` error and an empty data set, and text nested
/// deeper than [`MAX_NESTING`] one `json.too_deep` error. An object that names a key twice gives
/// a `json.duplicate_key` error at the path of the object (the records are still read, so that
/// the other problems are reported too; the error keeps [`load`] from accepting the document).
/// A leading UTF-8 byte order mark is skipped.
///
/// # Example
/// ```
/// use social_services::io::json;
///
/// let read = json::read_collecting(r#"{"format_version": 1, "persons": [
///     {"id": "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11", "name": "Егорова Е.В."},
///     {"id": "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f12", "name": "Егорова Е.В.", "snils": "1"}
/// ]}"#);
/// assert_eq!(read.dataset.persons.len(), 1);
/// assert_eq!(read.report.issues()[0].path.as_str(), "persons[1].snils");
/// assert_eq!(read.unreadable_ids.len(), 1);
/// ```
pub fn read_collecting(text: &str) -> CollectedRead {
    let bytes = strip_bom(text.as_bytes());
    let mut read =
        stream::read(stream::Scanner::of_slice(bytes)).unwrap_or_else(|_| read_carefully(bytes));
    read.dataset.upgrade();
    read
}

/// [`read_collecting`] by way of a JSON value of the whole document: the reader of documents
/// that the record-by-record scan leaves to it (a key named twice, text that is not JSON, a
/// nesting near the limit), which gives the exact place of the problem.
fn read_carefully(bytes: &[u8]) -> CollectedRead {
    let mut read = CollectedRead {
        dataset: Dataset::new(),
        report: ValidationReport::default(),
        unreadable_ids: BTreeSet::new(),
    };
    let bytes = strip_bom(bytes);
    let value: Value = match serde_json::from_slice(bytes) {
        Ok(value) => value,
        Err(e) => {
            let code = if is_too_deep(&e) {
                CODE_JSON_TOO_DEEP
            } else {
                CODE_JSON_SYNTAX
            };
            let message = Chain(&json_error(bytes, String::new(), e)).to_string();
            read.report
                .push(Issue::error(code, IssuePath::root(), message));
            return read;
        }
    };
    if let Err(duplicate) = check_unique_keys(bytes) {
        let e = duplicate.error;
        read.report.push(Issue::error(
            CODE_JSON_DUPLICATE_KEY,
            duplicate.path,
            format!(
                "line {}, column {}: {}",
                e.line(),
                e.column(),
                bare_message(&e)
            ),
        ));
    }
    let Value::Object(mut fields) = value else {
        read.report.push(Issue::error(
            CODE_VALUE_INVALID,
            IssuePath::root(),
            format!(
                "expected a data set object, found {}",
                kind_of_value(&value)
            ),
        ));
        return read;
    };
    let (dataset, report, ids) = (
        &mut read.dataset,
        &mut read.report,
        &mut read.unreadable_ids,
    );
    match fields.remove("format_version") {
        Some(value) => match serde_path_to_error::deserialize::<_, u32>(&value) {
            Ok(version) => dataset.format_version = version,
            Err(e) => report.push(value_issue(&IssuePath::root().field("format_version"), &e)),
        },
        None => report.push(Issue::error(
            CODE_VALUE_INVALID,
            IssuePath::root().field("format_version"),
            "missing field `format_version`",
        )),
    }
    // The record kinds in the order of the data set's fields, whatever the document's order.
    macro_rules! kinds {
        ($($ty:ident => $kind:literal, $field:ident, $doc:literal, $line:literal;)*) => {$(
            if let Some(value) = fields.remove(stringify!($field)) {
                let path = IssuePath::root().field(stringify!($field));
                collect(&mut dataset.$field, &value, &path, report, ids);
            }
        )*};
    }
    record_kinds!(kinds);
    dataset.extra.extend(fields);
    read
}

/// Reads a data set from JSON text and validates it into a [`Registry`], reporting every
/// problem of the document at once.
///
/// The text is read by [`read_collecting`]; the readable records are validated with
/// [`Registry::with_options`], with the ids of the unreadable records added to
/// [`ValidationOptions::ignore_references_to`] so that a reference to a record already reported
/// as unreadable is not reported again as unknown.
///
/// # Errors
/// A [`ValidationReport`] when the document has any unreadable record or field, or breaks any
/// rule of the domain: the reader's `value.invalid` issues first, then validation's issues
/// (errors and warnings).
///
/// # Example
/// ```
/// use social_services::{io::json, ValidationOptions};
///
/// let report = json::load(r#"{"format_version": 1, "service_points": [{
///     "id": "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11", "institution": "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f12",
///     "name": "Онлайн-приёмная", "kind": "online", "status": "active", "opened": "2024-13"
/// }]}"#, &ValidationOptions::default()).unwrap_err();
/// assert_eq!(report.issues().len(), 1);
/// assert_eq!(report.issues()[0].path.as_str(), "service_points[0].opened");
///
/// let registry = json::load(r#"{"format_version": 1}"#, &ValidationOptions::default())?;
/// assert!(registry.warnings().is_empty());
/// # Ok::<(), social_services::ValidationReport>(())
/// ```
pub fn load(text: &str, options: &ValidationOptions) -> Result<Registry, ValidationReport> {
    validated(read_collecting(text), options)
}

/// Why [`load_file`] gave no registry: the file could not be read, or its document is not a
/// valid registry.
///
/// # Example
/// ```
/// use social_services::{io::json, ValidationOptions};
/// let err = json::load_file("no/such/registry.json".as_ref(), &ValidationOptions::default()).unwrap_err();
/// assert!(matches!(err, json::LoadError::Io(_)));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// Opening or reading the file failed (the [`std::io::Error`] is the source).
    #[error("i/o failed")]
    Io(#[from] std::io::Error),
    /// The document has unreadable records or breaks rules of the domain: every problem, as
    /// [`load`] reports them.
    #[error("{0}")]
    Invalid(ValidationReport),
    /// [`io::load_path`](super::load_path) was given a path whose extension names no format it
    /// reads (neither `.json` nor `.jsonl`).
    #[error("unknown format of {path:?}: the extension is neither .json nor .jsonl")]
    UnknownFormat {
        /// The path as given.
        path: std::path::PathBuf,
    },
}

/// Reads the data set document in a file and validates it into a [`Registry`], as [`load`]
/// does, without holding the file's text: records are read one at a time as the file is read,
/// so that memory holds the registry and one record's text.
///
/// A document that the record-by-record reading leaves to the careful reader (a key named
/// twice, text that is not JSON, a nesting near [`MAX_NESTING`]) is read again whole, so that
/// its report is exactly [`load`]'s.
///
/// # Errors
/// [`LoadError::Io`] when the file cannot be opened or read; [`LoadError::Invalid`] with the
/// report [`load`] gives for its text otherwise.
///
/// # Example
/// ```
/// use social_services::{io::json, ValidationOptions};
///
/// let path = std::env::temp_dir().join(format!("load_file-{}.json", std::process::id()));
/// std::fs::write(&path, r#"{"format_version": 1, "persons": [
///     {"id": "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11", "name": "Егорова Е.В."}
/// ]}"#)?;
/// let registry = json::load_file(&path, &ValidationOptions::default())?;
/// assert_eq!(registry.persons().count(), 1);
///
/// std::fs::write(&path, r#"{"format_version": 1, "x_note": 1, "x_note": 2}"#)?;
/// let err = json::load_file(&path, &ValidationOptions::default()).unwrap_err();
/// assert_eq!(
///     err.to_string().lines().next(),
///     Some("error[json.duplicate_key]: line 1, column 43: duplicate key \"x_note\"")
/// );
/// std::fs::remove_file(&path)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn load_file(path: &Path, options: &ValidationOptions) -> Result<Registry, LoadError> {
    let file = std::fs::File::open(path)?;
    let read = match stream::Scanner::of_reader(file).and_then(stream::read) {
        Ok(read) => read,
        Err(stream::Irregular::Io(e)) => return Err(e.into()),
        Err(stream::Irregular::Careful) => read_carefully(&std::fs::read(path)?),
    };
    validated(read, options).map_err(LoadError::Invalid)
}

/// Validates what a collecting read read, its unreadable records' ids ignored as references.
fn validated(
    read: CollectedRead,
    options: &ValidationOptions,
) -> Result<Registry, ValidationReport> {
    let mut options = options.clone();
    options.ignore_references_to.extend(read.unreadable_ids);
    // Validation numbers the records it is given; a path names the record's place in the file.
    let dropped = places::dropped(&read.report);
    let mut report = read.report;
    match Registry::with_options(read.dataset, &options) {
        Ok(registry) if report.is_empty() => Ok(registry),
        Ok(registry) => {
            report.extend(places::in_document(registry.warnings().clone(), &dropped));
            Err(report)
        }
        Err(validation) => {
            report.extend(places::in_document(validation, &dropped));
            Err(report)
        }
    }
}

/// Reads each element of an array of records, keeping the readable ones.
fn collect<T: DeserializeOwned>(
    out: &mut Vec<T>,
    value: &Value,
    path: &IssuePath,
    report: &mut ValidationReport,
    unreadable_ids: &mut BTreeSet<Uuid>,
) {
    let Value::Array(items) = value else {
        report.push(Issue::error(
            CODE_VALUE_INVALID,
            path.clone(),
            format!(
                "expected an array of records, found {}",
                kind_of_value(value)
            ),
        ));
        return;
    };
    for (index, item) in items.iter().enumerate() {
        collect_one(out, item, &path.index(index), report, unreadable_ids);
    }
}

/// Reads one record at `path`, keeping it if it can be read.
fn collect_one<T: DeserializeOwned>(
    out: &mut Vec<T>,
    item: &Value,
    path: &IssuePath,
    report: &mut ValidationReport,
    unreadable_ids: &mut BTreeSet<Uuid>,
) {
    match serde_path_to_error::deserialize::<_, T>(item) {
        Ok(record) => out.push(record),
        Err(e) => {
            report.push(value_issue(path, &e));
            unreadable_ids.extend(ids_of(item));
        }
    }
}

/// The readable ids of a record and of its departments.
fn ids_of(record: &Value) -> impl Iterator<Item = Uuid> + '_ {
    let id = |value: &Value| {
        value
            .get("id")?
            .as_str()
            .and_then(|s| Uuid::try_parse(s).ok())
    };
    let departments = record
        .get("departments")
        .and_then(Value::as_array)
        .into_iter()
        .flatten();
    id(record).into_iter().chain(departments.filter_map(id))
}

/// The `value.invalid` issue of a value that could not be read.
fn value_issue(base: &IssuePath, error: &serde_path_to_error::Error<serde_json::Error>) -> Issue {
    Issue::error(
        CODE_VALUE_INVALID,
        append_path(base.clone(), error.path()),
        bare_message(error.inner()),
    )
}

/// `base` followed by the segments of a serde path.
pub(super) fn append_path(base: IssuePath, path: &serde_path_to_error::Path) -> IssuePath {
    use serde_path_to_error::Segment;
    path.iter().fold(base, |acc, segment| match segment {
        Segment::Seq { index } => acc.index(*index),
        Segment::Map { key } => acc.field(key),
        Segment::Enum { variant } => acc.field(variant),
        // A key that could not be read, or the document itself at a syntax error: nothing to name.
        Segment::Unknown => acc,
    })
}

/// The message of a JSON error without the ` at line L column C` that `serde_json` appends.
pub(super) fn bare_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match text.strip_suffix(&suffix) {
        Some(bare) => bare.to_owned(),
        None => text,
    }
}

/// The error of `error`, found reading the document `bytes` at `path`, with the value's own
/// error as its source where the bad value is text the crate reads.
fn json_error(bytes: &[u8], path: String, error: serde_json::Error) -> IoError {
    if error.is_io() {
        return IoError::Io(error.into());
    }
    if is_too_deep(&error) {
        return IoError::TooDeep {
            line: error.line() as u64,
            column: error.column(),
            limit: MAX_NESTING,
        };
    }
    let message = bare_message(&error);
    let source = typed_cause(bytes, &path, &message).unwrap_or_else(|| Problem::cause(message));
    IoError::Json {
        path,
        line: error.line(),
        column: error.column(),
        source,
    }
}

/// A short description of what kind of JSON value this is, for messages.
fn kind_of_value(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const EVENT_ID: &str = "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11";

    fn event(dates: &str) -> String {
        format!(
            r#"{{"id": "{EVENT_ID}", "title": "Семинар", "kind": "seminar_meeting", "level": "regional", "dates": "{dates}"}}"#
        )
    }

    #[test]
    fn reports_the_path_line_column_and_message_of_a_bad_value() {
        let text = format!(
            "{{\"format_version\": 1,\n\"events\": [\n{},\n{}]}}",
            event("2024-10-03/2024-10-04"),
            event("2024-10-04/2024-10-03")
        );
        let err = from_str(&text).unwrap_err();
        let IoError::Json {
            path,
            line,
            column,
            source,
        } = &err
        else {
            panic!("{err:?}")
        };
        assert_eq!(path, "events[1].dates");
        // Columns count bytes, as serde_json does: each Cyrillic letter is two.
        assert_eq!((*line, *column), (4, 155));
        // The cause is the date range's own typed error, not its text.
        assert!(
            source.downcast_ref::<crate::values::ValueError>().is_some(),
            "{source:?}"
        );
        assert_eq!(
            source.to_string(),
            "invalid date range \"2024-10-04/2024-10-03\": end 2024-10-03 is before start 2024-10-04"
        );
    }

    #[test]
    fn reports_a_missing_field_at_its_record() {
        let err = from_str(
            r#"{"format_version": 1, "persons": [{"id": "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11"}]}"#,
        )
        .unwrap_err();
        assert_eq!(
            Chain(&err).to_string(),
            "line 1, column 80: persons[0]: missing field `name`"
        );
    }

    #[test]
    fn reports_text_that_is_not_json() {
        let err = from_str("{\"format_version\": 1,").unwrap_err();
        assert_eq!(
            Chain(&err).to_string(),
            "line 1, column 21: EOF while parsing a value"
        );
    }

    #[test]
    fn rejects_trailing_text_after_the_document() {
        let err = from_str(r#"{"format_version": 1} x"#).unwrap_err();
        assert_eq!(
            Chain(&err).to_string(),
            "line 1, column 23: trailing characters"
        );
    }

    #[test]
    fn skips_a_byte_order_mark() {
        assert_eq!(
            from_str("\u{feff}{\"format_version\": 1}").unwrap(),
            Dataset::new()
        );
        let read = read_collecting("\u{feff}{\"format_version\": 1}");
        assert!(read.report.is_empty(), "{}", read.report);
    }

    #[test]
    fn refuses_an_unknown_key_named_twice_rather_than_keep_the_last() {
        let text = format!(
            r#"{{"format_version": 1, "persons": [{{"id": "{EVENT_ID}", "name": "Егорова Е.В.", "x_note": "a", "x_note": "b"}}]}}"#
        );
        assert_eq!(
            Chain(&from_str(&text).unwrap_err()).to_string(),
            "line 1, column 137: persons[0]: duplicate key \"x_note\""
        );
        assert_eq!(
            read_collecting(&text).report.issues()[0].to_string(),
            "error[json.duplicate_key] persons[0]: line 1, column 137: duplicate key \"x_note\""
        );
    }

    #[test]
    fn refuses_a_document_nested_deeper_than_the_limit() {
        let nested = |depth: usize| {
            format!(
                r#"{{"format_version": 1, "x_deep": {}{}}}"#,
                "[".repeat(depth - 1),
                "]".repeat(depth - 1)
            )
        };
        assert!(from_str(&nested(MAX_NESTING)).is_ok());
        let err = from_str(&nested(MAX_NESTING + 1)).unwrap_err();
        assert_eq!(
            Chain(&err).to_string(),
            "line 1, column 159: arrays and objects nested deeper than 127 levels"
        );
        assert_eq!(
            read_collecting(&nested(MAX_NESTING + 1)).report.issues()[0].to_string(),
            "error[json.too_deep]: line 1, column 159: arrays and objects nested deeper than 127 levels"
        );
    }

    #[test]
    fn keeps_a_decimal_number_of_an_unknown_field_to_the_last_digit() {
        // Found by the lossless property: without serde_json's `float_roundtrip` the parser
        // may round the last digit, and a read-write cycle changed the number.
        let text = r#"{"format_version":2,"x_a":{"a":954502.4769002921}}"#;
        assert_eq!(to_string(&from_str(text).unwrap()), text);
    }

    #[test]
    fn read_reports_a_failing_reader_as_io() {
        struct Failing;
        impl Read for Failing {
            fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("disk gone"))
            }
        }
        let err = read(Failing).unwrap_err();
        assert_eq!(crate::io::Chain(&err).to_string(), "i/o failed: disk gone");
    }

    #[test]
    fn collecting_reader_keeps_readable_records_and_reports_each_unreadable_one() {
        let text = format!(
            r#"{{"format_version": 1, "note": "kept",
                "events": [{}, {}, {}],
                "persons": {{"not": "an array"}}}}"#,
            event("2024-10-04/2024-10-03"),
            event("2024-10-03/2024-10-04"),
            r#"{"id": 7}"#
        );
        let read = read_collecting(&text);
        assert_eq!(read.dataset.events.len(), 1);
        assert_eq!(read.dataset.extra["note"], "kept");
        let issues: Vec<String> = read
            .report
            .issues()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            issues,
            [
                "error[value.invalid] persons: expected an array of records, found an object",
                "error[value.invalid] events[0].dates: invalid date range \"2024-10-04/2024-10-03\": end 2024-10-03 is before start 2024-10-04",
                "error[value.invalid] events[2].id: invalid type: integer `7`, expected a formatted UUID string",
            ]
        );
        assert_eq!(
            read.unreadable_ids.into_iter().collect::<Vec<_>>(),
            [Uuid::parse_str(EVENT_ID).unwrap()]
        );
    }

    #[test]
    fn collecting_reader_returns_the_ids_of_departments_of_an_unreadable_institution() {
        let read = read_collecting(
            r#"{"format_version": 1, "institutions": [{
                "id": "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11", "name": "КЦСОН", "kind": "kcson",
                "level": "regional", "inn": "7830002290",
                "departments": [{"id": "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f12", "name": "МФЦ", "kind": "family_mfc"}]
            }]}"#,
        );
        assert!(read.dataset.institutions.is_empty());
        assert_eq!(read.unreadable_ids.len(), 2);
        assert_eq!(
            read.report.issues()[0].to_string(),
            "error[value.invalid] institutions[0].inn: invalid ИНН \"7830002290\": check digit is 0, expected 3"
        );
    }

    #[test]
    fn collecting_reader_reports_text_that_is_not_json_and_a_missing_version() {
        let read = read_collecting("[1,");
        assert_eq!(
            read.report.issues()[0].to_string(),
            "error[json.syntax]: line 1, column 3: EOF while parsing a value"
        );
        let read = read_collecting("{}");
        assert_eq!(
            read.report.issues()[0].to_string(),
            "error[value.invalid] format_version: missing field `format_version`"
        );
        let read = read_collecting("[]");
        assert_eq!(
            read.report.issues()[0].to_string(),
            "error[value.invalid]: expected a data set object, found an array"
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn compact_json_reads_back_equal(dataset in any::<Dataset>()) {
            prop_assert_eq!(from_str(&to_string(&dataset)).unwrap(), dataset);
        }

        #[test]
        fn pretty_json_reads_back_equal(dataset in any::<Dataset>()) {
            let mut out = Vec::new();
            write_pretty(&dataset, &mut out).unwrap();
            prop_assert_eq!(String::from_utf8(out.clone()).unwrap(), to_string_pretty(&dataset));
            prop_assert_eq!(read(&out[..]).unwrap(), dataset);
        }

        #[test]
        fn collecting_reader_reads_a_written_data_set_without_issues(dataset in any::<Dataset>()) {
            let read = read_collecting(&to_string(&dataset));
            prop_assert!(read.report.is_empty(), "{}", read.report);
            prop_assert_eq!(read.dataset, dataset);
        }
    }
}
