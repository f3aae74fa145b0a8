//! The data set as JSON Lines: a header line, then one record a line, for streams that do not
//! fit in memory.
//!
//! # Form
//! ```text
//! {"dataset":{"format_version":1}}
//! {"institution":{"id":"…","name":"ОБУСО «Вичугский КЦСОН»","kind":"kcson","level":"regional"}}
//! {"service_point":{"id":"…","institution":"…","name":"Флагманское отделение","kind":"flagship","status":"active"}}
//! ```
//! The first line is the header, `{"dataset":{…}}`, with the data set's `format_version` and
//! the data set's own extra fields. Every other line is one record wrapped in an object whose
//! only key names its kind: `institution`, `service_point`, `person`, `appointment`, `event`,
//! `programme`, `training_site`, `cohort`. Blank lines are skipped.
//!
//! The kind wraps the record rather than sitting beside its fields (`{"kind":"institution",
//! …}`) because institutions, service points, events and programmes have a field of their own
//! named `kind`; a wrapper also keeps unknown fields in `extra` exactly as JSON does and gives
//! error paths that name the kind (`institution.inn`).
//!
//! # Limits
//! A line may be at most [`DEFAULT_MAX_LINE_BYTES`] long (16 MiB; set another limit with
//! [`Reader::max_line_bytes`]); a longer line gives [`IoError::LineTooLong`] and is skipped
//! without ever being held whole, so the reader's memory is bounded by the limit whatever the
//! size of the stream. Arrays and objects in a line nest at most
//! [`MAX_NESTING`] deep ([`IoError::TooDeep`]). A reader that skips bad lines keeps at most
//! [`DEFAULT_MAX_ERRORS`] errors ([`Reader::max_errors`]) and then stops with
//! [`IoError::TooManyErrors`]. There is no limit on the number of lines.

use std::io::{BufRead, Write};

use crate::records::{
    Appointment, Cohort, Event, Extra, Institution, Person, Programme, ServicePoint, TrainingSite,
};
use crate::registry::{Dataset, IssuePath};

use super::IoError;
use super::json::{MAX_NESTING, append_path, bare_message, strip_bom};
use super::keys::{check_unique_keys, is_too_deep};

mod line;

use line::read_line_bounded;

/// The longest line a [`Reader`] reads unless told otherwise: 16 MiB, in bytes before the LF
/// line end.
///
/// # Example
/// ```
/// assert_eq!(social_services::io::jsonl::DEFAULT_MAX_LINE_BYTES, 16 * 1024 * 1024);
/// ```
pub const DEFAULT_MAX_LINE_BYTES: usize = 16 * 1024 * 1024;

/// The most errors a [`Reader`] that skips bad lines keeps unless told otherwise: 10,000.
///
/// # Example
/// ```
/// assert_eq!(social_services::io::jsonl::DEFAULT_MAX_ERRORS, 10_000);
/// ```
pub const DEFAULT_MAX_ERRORS: usize = 10_000;

/// One record of a JSON Lines stream, tagged with its kind.
///
/// # Example
/// ```
/// use social_services::io::jsonl::Record;
/// use social_services::{Person, PersonId};
///
/// let person = Person::new(PersonId::from_name("Егорова Е.В."), "Егорова Е.В.".parse()?);
/// let line = serde_json::to_string(&Record::Person(person))?;
/// assert!(line.starts_with(r#"{"person":{"id":"#));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Record {
    /// An institution, with its departments.
    Institution(Institution),
    /// A service point.
    ServicePoint(ServicePoint),
    /// A person.
    Person(Person),
    /// An appointment.
    Appointment(Appointment),
    /// An event, with its agenda and participation.
    Event(Event),
    /// A programme.
    Programme(Programme),
    /// A training site.
    TrainingSite(TrainingSite),
    /// A cohort, with its enrollments.
    Cohort(Cohort),
}

impl Record {
    /// The kind of record, as written in the stream (`service_point`).
    ///
    /// # Example
    /// ```
    /// use social_services::io::jsonl::Record;
    /// use social_services::{Institution, InstitutionId, InstitutionKind, Level};
    /// let i = Institution::new(InstitutionId::new_v4(), "Фонд", InstitutionKind::Fund, Level::Federal);
    /// assert_eq!(Record::Institution(i).kind(), "institution");
    /// ```
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Institution(_) => "institution",
            Self::ServicePoint(_) => "service_point",
            Self::Person(_) => "person",
            Self::Appointment(_) => "appointment",
            Self::Event(_) => "event",
            Self::Programme(_) => "programme",
            Self::TrainingSite(_) => "training_site",
            Self::Cohort(_) => "cohort",
        }
    }
}

/// The header line of a JSON Lines stream: the data set's format version and own extra fields.
///
/// # Example
/// ```
/// use social_services::io::jsonl::DatasetHeader;
/// assert_eq!(DatasetHeader::default().format_version, social_services::FORMAT_VERSION);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DatasetHeader {
    /// The version of the document format.
    pub format_version: u32,
    /// The data set's fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

impl Default for DatasetHeader {
    /// The header of the current format version, with no extra fields.
    fn default() -> Self {
        Self {
            format_version: crate::registry::FORMAT_VERSION,
            extra: Extra::new(),
        }
    }
}

/// A line as read: the header or a record (the same wrapping as [`Record`]).
#[derive(serde::Deserialize)]
#[serde(rename_all = "snake_case")]
enum Line {
    Dataset(DatasetHeader),
    Institution(Institution),
    ServicePoint(ServicePoint),
    Person(Person),
    Appointment(Appointment),
    Event(Event),
    Programme(Programme),
    TrainingSite(TrainingSite),
    Cohort(Cohort),
}

impl Line {
    fn into_record(self) -> Result<Record, DatasetHeader> {
        Ok(match self {
            Self::Dataset(header) => return Err(header),
            Self::Institution(r) => Record::Institution(r),
            Self::ServicePoint(r) => Record::ServicePoint(r),
            Self::Person(r) => Record::Person(r),
            Self::Appointment(r) => Record::Appointment(r),
            Self::Event(r) => Record::Event(r),
            Self::Programme(r) => Record::Programme(r),
            Self::TrainingSite(r) => Record::TrainingSite(r),
            Self::Cohort(r) => Record::Cohort(r),
        })
    }
}

/// A record borrowed for writing, in the same form as [`Record`].
#[derive(serde::Serialize)]
#[serde(rename_all = "snake_case")]
enum RecordRef<'a> {
    Dataset(&'a DatasetHeader),
    Institution(&'a Institution),
    ServicePoint(&'a ServicePoint),
    Person(&'a Person),
    Appointment(&'a Appointment),
    Event(&'a Event),
    Programme(&'a Programme),
    TrainingSite(&'a TrainingSite),
    Cohort(&'a Cohort),
}

fn write_line(line: &RecordRef<'_>, mut writer: impl Write) -> Result<(), IoError> {
    serde_json::to_writer(&mut writer, line).map_err(|e| IoError::Io(e.into()))?;
    writer.write_all(b"\n")?;
    Ok(())
}

/// Writes a whole data set: the header line, then every record, one a line, kind by kind in
/// the order of the [`Dataset`] fields.
///
/// # Errors
/// [`IoError::Io`] when the writer fails.
///
/// # Example
/// ```
/// use social_services::{io::jsonl, Dataset};
/// let mut out = Vec::new();
/// jsonl::write(&Dataset::new(), &mut out)?;
/// assert_eq!(String::from_utf8(out).unwrap(), "{\"dataset\":{\"format_version\":1}}\n");
/// # Ok::<(), social_services::io::IoError>(())
/// ```
pub fn write(dataset: &Dataset, mut writer: impl Write) -> Result<(), IoError> {
    let header = DatasetHeader {
        format_version: dataset.format_version,
        extra: dataset.extra.clone(),
    };
    write_line(&RecordRef::Dataset(&header), &mut writer)?;
    let lines = (dataset.institutions.iter().map(RecordRef::Institution))
        .chain(dataset.service_points.iter().map(RecordRef::ServicePoint))
        .chain(dataset.persons.iter().map(RecordRef::Person))
        .chain(dataset.appointments.iter().map(RecordRef::Appointment))
        .chain(dataset.events.iter().map(RecordRef::Event))
        .chain(dataset.programmes.iter().map(RecordRef::Programme))
        .chain(dataset.training_sites.iter().map(RecordRef::TrainingSite))
        .chain(dataset.cohorts.iter().map(RecordRef::Cohort));
    for line in lines {
        write_line(&line, &mut writer)?;
    }
    Ok(())
}

/// Writes the header line of a stream (to be written once, first).
///
/// # Errors
/// [`IoError::Io`] when the writer fails.
///
/// # Example
/// ```
/// use social_services::io::jsonl::{self, DatasetHeader};
/// let mut out = Vec::new();
/// jsonl::write_header(&DatasetHeader::default(), &mut out)?;
/// assert_eq!(out, b"{\"dataset\":{\"format_version\":1}}\n");
/// # Ok::<(), social_services::io::IoError>(())
/// ```
pub fn write_header(header: &DatasetHeader, writer: impl Write) -> Result<(), IoError> {
    write_line(&RecordRef::Dataset(header), writer)
}

/// Writes one record as one line.
///
/// # Errors
/// [`IoError::Io`] when the writer fails.
///
/// # Example
/// ```
/// use social_services::io::jsonl::{self, Record};
/// use social_services::{Person, PersonId};
/// let person = Person::new(PersonId::from_name("x"), "Егорова Е.В.".parse()?);
/// let mut out = Vec::new();
/// jsonl::write_record(&Record::Person(person), &mut out)?;
/// assert!(out.ends_with(b"}}\n"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_record(record: &Record, writer: impl Write) -> Result<(), IoError> {
    let line = match record {
        Record::Institution(r) => RecordRef::Institution(r),
        Record::ServicePoint(r) => RecordRef::ServicePoint(r),
        Record::Person(r) => RecordRef::Person(r),
        Record::Appointment(r) => RecordRef::Appointment(r),
        Record::Event(r) => RecordRef::Event(r),
        Record::Programme(r) => RecordRef::Programme(r),
        Record::TrainingSite(r) => RecordRef::TrainingSite(r),
        Record::Cohort(r) => RecordRef::Cohort(r),
    };
    write_line(&line, writer)
}

/// What a [`Reader`] does with a line it cannot read.
///
/// # Example
/// ```
/// use social_services::io::jsonl::ErrorPolicy;
/// assert_eq!(ErrorPolicy::default(), ErrorPolicy::Stop);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum ErrorPolicy {
    /// Yield the error, then end the iteration.
    #[default]
    Stop,
    /// Keep the error (see [`Reader::errors`]) and go on with the next line.
    SkipAndCollect,
}

/// A streaming reader of a JSON Lines data set over any [`BufRead`]: an iterator of records.
///
/// The header line is read on the way and kept ([`Reader::header`]); it is not yielded. A bad
/// line gives an error with its line number (and the column and field path inside the line).
/// With [`ErrorPolicy::Stop`] the error is yielded and the iteration ends; with
/// [`ErrorPolicy::SkipAndCollect`] the error is kept, the line skipped, and only records are
/// yielded. A stream that does not start with the header gives [`IoError::MissingHeader`]
/// (under `SkipAndCollect` the first record is still yielded). A line that is not UTF-8 text, or
/// longer than the limit ([`Reader::max_line_bytes`], [`IoError::LineTooLong`]), is a bad line
/// like any other. A failure of the underlying reader always ends the iteration. One line
/// buffer, never longer than the limit, is reused for the whole stream. A UTF-8 byte order mark
/// before the first line is skipped; lines may end with LF or CRLF.
///
/// # Example
/// ```
/// use social_services::io::jsonl::{ErrorPolicy, Reader, Record};
///
/// let text = "{\"dataset\":{\"format_version\":1}}\n\
///             {\"person\":{\"id\":\"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11\",\"name\":\"Егорова Е.В.\"}}\n\
///             {\"person\":{\"id\":\"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f12\",\"name\":\"\"}}\n";
/// let mut reader = Reader::with_policy(text.as_bytes(), ErrorPolicy::SkipAndCollect);
/// let records: Vec<Record> = reader.by_ref().collect::<Result<_, _>>()?;
/// assert_eq!(records.len(), 1);
/// assert_eq!(reader.errors().len(), 1);
/// assert!(reader.errors()[0].to_string().starts_with("line 3, column "));
/// # Ok::<(), social_services::io::IoError>(())
/// ```
pub struct Reader<R> {
    source: R,
    buffer: Vec<u8>,
    max_line_bytes: usize,
    max_errors: usize,
    line: u64,
    policy: ErrorPolicy,
    header: Option<DatasetHeader>,
    header_error_given: bool,
    errors: Vec<IoError>,
    done: bool,
}

impl<R> std::fmt::Debug for Reader<R> {
    /// The reader's place and settings; not the text of the line it holds, which may be
    /// personal data.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reader")
            .field("line", &self.line)
            .field("policy", &self.policy)
            .field("max_line_bytes", &self.max_line_bytes)
            .field("max_errors", &self.max_errors)
            .field("header", &self.header)
            .field("errors", &self.errors.len())
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

impl<R: BufRead> Reader<R> {
    /// A reader that stops at the first bad line.
    ///
    /// # Example
    /// ```
    /// use social_services::io::jsonl::Reader;
    /// let mut reader = Reader::new(&b"{\"dataset\":{\"format_version\":1}}\n"[..]);
    /// assert!(reader.next().is_none());
    /// assert_eq!(reader.header().unwrap().format_version, 1);
    /// ```
    pub fn new(reader: R) -> Self {
        Self::with_policy(reader, ErrorPolicy::Stop)
    }

    /// A reader with the given error policy.
    ///
    /// # Example
    /// ```
    /// use social_services::io::jsonl::{ErrorPolicy, Reader};
    /// let mut reader = Reader::with_policy(&b"not json\n"[..], ErrorPolicy::SkipAndCollect);
    /// assert!(reader.next().is_none());
    /// assert_eq!(reader.errors().len(), 2); // the bad line, and no header
    /// ```
    pub fn with_policy(reader: R, policy: ErrorPolicy) -> Self {
        Self {
            source: reader,
            buffer: Vec::new(),
            max_line_bytes: DEFAULT_MAX_LINE_BYTES,
            max_errors: DEFAULT_MAX_ERRORS,
            line: 0,
            policy,
            header: None,
            header_error_given: false,
            errors: Vec::new(),
            done: false,
        }
    }

    /// The same reader with another limit on the length of a line, in bytes before the LF line
    /// end (the default is [`DEFAULT_MAX_LINE_BYTES`]).
    ///
    /// # Example
    /// ```
    /// use social_services::io::jsonl::Reader;
    ///
    /// let text = format!("{{\"dataset\":{{\"format_version\":1,\"note\":\"{}\"}}}}\n", "x".repeat(100));
    /// let mut reader = Reader::new(text.as_bytes()).max_line_bytes(64);
    /// let err = reader.next().unwrap().unwrap_err();
    /// assert_eq!(err.to_string(), "line 1: longer than the limit of 64 bytes");
    /// ```
    #[must_use]
    pub fn max_line_bytes(mut self, limit: usize) -> Self {
        self.max_line_bytes = limit;
        self
    }

    /// The same reader keeping at most `limit` errors under [`ErrorPolicy::SkipAndCollect`]
    /// (the default is [`DEFAULT_MAX_ERRORS`]): at the next error it keeps
    /// [`IoError::TooManyErrors`] instead and stops reading.
    ///
    /// # Example
    /// ```
    /// use social_services::io::jsonl::{ErrorPolicy, Reader};
    ///
    /// let text = "{\"dataset\":{\"format_version\":1}}\nx\ny\nz\n";
    /// let mut reader = Reader::with_policy(text.as_bytes(), ErrorPolicy::SkipAndCollect).max_errors(1);
    /// assert_eq!(reader.by_ref().count(), 0);
    /// let errors: Vec<String> = reader.errors().iter().map(ToString::to_string).collect();
    /// assert_eq!(errors[1], "line 3: more than 1 errors, reading stopped");
    /// assert_eq!(errors.len(), 2);
    /// ```
    #[must_use]
    pub fn max_errors(mut self, limit: usize) -> Self {
        self.max_errors = limit;
        self
    }

    /// The header, once its line has been read.
    ///
    /// # Example
    /// ```
    /// use social_services::io::jsonl::Reader;
    /// let mut reader = Reader::new(&b"{\"dataset\":{\"format_version\":1,\"note\":\"x\"}}\n"[..]);
    /// reader.next();
    /// assert_eq!(reader.header().unwrap().extra["note"], "x");
    /// ```
    pub fn header(&self) -> Option<&DatasetHeader> {
        self.header.as_ref()
    }

    /// The errors kept under [`ErrorPolicy::SkipAndCollect`], in the order found.
    ///
    /// # Example
    /// ```
    /// use social_services::io::jsonl::Reader;
    /// assert!(Reader::new(&b""[..]).errors().is_empty());
    /// ```
    pub fn errors(&self) -> &[IoError] {
        &self.errors
    }

    /// The kept errors, by value.
    ///
    /// # Example
    /// ```
    /// use social_services::io::jsonl::{ErrorPolicy, Reader};
    /// let mut reader = Reader::with_policy(&b""[..], ErrorPolicy::SkipAndCollect);
    /// reader.by_ref().for_each(drop);
    /// assert_eq!(reader.into_errors().len(), 1); // no header
    /// ```
    pub fn into_errors(self) -> Vec<IoError> {
        self.errors
    }

    /// The number of the last line read, from 1 (0 before the first).
    ///
    /// # Example
    /// ```
    /// use social_services::io::jsonl::Reader;
    /// let mut reader = Reader::new(&b"\n{\"dataset\":{\"format_version\":1}}\n"[..]);
    /// reader.next();
    /// assert_eq!(reader.line(), 2);
    /// ```
    pub fn line(&self) -> u64 {
        self.line
    }

    /// Applies the policy to an error: `Some` to yield it, `None` to go on.
    fn fail(&mut self, error: IoError) -> Option<Result<Record, IoError>> {
        match self.policy {
            ErrorPolicy::Stop => {
                self.done = true;
                Some(Err(error))
            }
            ErrorPolicy::SkipAndCollect => {
                if self.errors.len() < self.max_errors {
                    self.errors.push(error);
                } else {
                    let (line, limit) = (self.line, self.max_errors);
                    self.errors.push(IoError::TooManyErrors { line, limit });
                    self.done = true;
                }
                None
            }
        }
    }

    fn missing_header(&mut self, found: String) -> Option<Result<Record, IoError>> {
        self.header_error_given = true;
        let line = self.line;
        self.fail(IoError::MissingHeader { line, found })
    }
}

/// The longest message an error of a JSON Lines line keeps, in bytes: a message that quotes a
/// value of a long line is cut (and ends with `…`), so that the errors a reader keeps stay small.
const MAX_MESSAGE_BYTES: usize = 1024;

/// The message, cut to at most [`MAX_MESSAGE_BYTES`] (at a character boundary) and `…`.
fn shortened(mut message: String) -> String {
    if message.len() > MAX_MESSAGE_BYTES {
        let mut end = MAX_MESSAGE_BYTES;
        while !message.is_char_boundary(end) {
            end -= 1;
        }
        message.truncate(end);
        message.push('…');
    }
    message
}

fn parse_line(bytes: &[u8], line: u64) -> Result<Line, IoError> {
    let text = std::str::from_utf8(bytes).map_err(|e| IoError::JsonLine {
        line,
        column: e.valid_up_to() + 1,
        path: String::new(),
        message: "not UTF-8 text".to_owned(),
    })?;
    let error = |path: String, e: &serde_json::Error| {
        if is_too_deep(e) {
            IoError::TooDeep {
                line,
                column: e.column(),
                limit: MAX_NESTING,
            }
        } else {
            IoError::JsonLine {
                line,
                column: e.column(),
                path,
                message: shortened(bare_message(e)),
            }
        }
    };
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let parsed = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = append_path(IssuePath::root(), e.path()).to_string();
        error(path, e.inner())
    })?;
    deserializer.end().map_err(|e| error(String::new(), &e))?;
    check_unique_keys(text.as_bytes()).map_err(|d| error(d.path.to_string(), &d.error))?;
    Ok(parsed)
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = Result<Record, IoError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match read_line_bounded(&mut self.source, &mut self.buffer, self.max_line_bytes) {
                Ok(None) => {
                    self.done = true;
                    if self.header.is_none() && !self.header_error_given {
                        self.line += 1;
                        return self.missing_header("the end of the stream".to_owned());
                    }
                    return None;
                }
                Ok(Some(within_limit)) => {
                    self.line += 1;
                    if !within_limit {
                        let (line, limit) = (self.line, self.max_line_bytes);
                        if let Some(yielded) = self.fail(IoError::LineTooLong { line, limit }) {
                            return Some(yielded);
                        }
                        continue;
                    }
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(e.into()));
                }
            }
            let bytes = if self.line == 1 {
                strip_bom(&self.buffer)
            } else {
                &self.buffer
            };
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let parsed = parse_line(bytes, self.line);
            let record = match parsed.map(Line::into_record) {
                Err(e) => {
                    if let Some(yielded) = self.fail(e) {
                        return Some(yielded);
                    }
                    continue;
                }
                Ok(Err(header)) => {
                    if self.header.is_some() || self.header_error_given {
                        let line = self.line;
                        if let Some(yielded) = self.fail(IoError::SecondHeader { line }) {
                            return Some(yielded);
                        }
                    } else {
                        self.header = Some(header);
                    }
                    continue;
                }
                Ok(Ok(record)) => record,
            };
            if self.header.is_none() && !self.header_error_given {
                let found = format!("a record of kind {:?}", record.kind());
                if let Some(yielded) = self.missing_header(found) {
                    return Some(yielded);
                }
            }
            return Some(Ok(record));
        }
        None
    }
}

/// Reads a whole data set from a JSON Lines stream, failing on the first bad line.
///
/// # Errors
/// The first [`IoError`] of the stream: a bad line, a missing or second header, or a failure
/// of the reader.
///
/// # Example
/// ```
/// use social_services::{io::jsonl, Dataset};
/// let mut out = Vec::new();
/// jsonl::write(&Dataset::new(), &mut out)?;
/// assert_eq!(jsonl::read_dataset(&out[..])?, Dataset::new());
/// # Ok::<(), social_services::io::IoError>(())
/// ```
pub fn read_dataset(reader: impl BufRead) -> Result<Dataset, IoError> {
    let mut reader = Reader::new(reader);
    let mut dataset = Dataset::new();
    for record in reader.by_ref() {
        match record? {
            Record::Institution(r) => dataset.institutions.push(r),
            Record::ServicePoint(r) => dataset.service_points.push(r),
            Record::Person(r) => dataset.persons.push(r),
            Record::Appointment(r) => dataset.appointments.push(r),
            Record::Event(r) => dataset.events.push(r),
            Record::Programme(r) => dataset.programmes.push(r),
            Record::TrainingSite(r) => dataset.training_sites.push(r),
            Record::Cohort(r) => dataset.cohorts.push(r),
        }
    }
    if let Some(header) = reader.header {
        dataset.format_version = header.format_version;
        dataset.extra = header.extra;
    }
    Ok(dataset)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const HEADER: &str = "{\"dataset\":{\"format_version\":1}}\n";
    const PERSON: &str = "{\"person\":{\"id\":\"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11\",\"name\":\"Егорова Е.В.\"}}\n";
    const BAD_PERSON: &str =
        "{\"person\":{\"id\":\"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f12\",\"name\":\"Е\"}}\n";

    fn messages(errors: &[IoError]) -> Vec<String> {
        errors.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn stop_policy_yields_the_error_with_its_line_and_ends() {
        let text = format!("{HEADER}{PERSON}\n{BAD_PERSON}{PERSON}");
        let items: Vec<_> = Reader::new(text.as_bytes()).collect();
        assert_eq!(items.len(), 2);
        assert!(items[0].is_ok());
        let err = items[1].as_ref().unwrap_err();
        assert!(matches!(err, IoError::JsonLine { line: 4, .. }), "{err:?}");
        assert!(
            err.to_string()
                .starts_with("line 4, column 66: person.name: invalid person name \"Е\": "),
            "{err}"
        );
    }

    #[test]
    fn skip_policy_collects_errors_and_yields_the_rest() {
        let text = format!("{HEADER}{BAD_PERSON}{{\"workshop\":{{}}}}\n{PERSON}{HEADER}");
        let mut reader = Reader::with_policy(text.as_bytes(), ErrorPolicy::SkipAndCollect);
        let records: Vec<Record> = reader.by_ref().map(Result::unwrap).collect();
        assert_eq!(records.len(), 1);
        let errors = messages(reader.errors());
        assert_eq!(errors.len(), 3);
        assert!(
            errors[0].starts_with("line 2, column 66: person.name: "),
            "{}",
            errors[0]
        );
        assert!(
            errors[1].starts_with("line 3, column 11: unknown variant `workshop`, expected one of"),
            "{}",
            errors[1]
        );
        assert_eq!(errors[2], "line 5: a second data set header");
    }

    #[test]
    fn a_stream_without_a_header_is_reported_and_its_records_kept_when_skipping() {
        let mut reader = Reader::with_policy(PERSON.as_bytes(), ErrorPolicy::SkipAndCollect);
        assert_eq!(reader.by_ref().count(), 1);
        assert_eq!(
            messages(reader.errors()),
            [
                r#"line 1: expected the header {"dataset":{"format_version":…}} first, found a record of kind "person""#
            ]
        );
        let err = read_dataset(&b""[..]).unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"line 1: expected the header {"dataset":{"format_version":…}} first, found the end of the stream"#
        );
    }

    #[test]
    fn reports_trailing_text_on_a_line() {
        let text = format!("{HEADER}{} x\n", PERSON.trim_end());
        let err = read_dataset(text.as_bytes()).unwrap_err();
        assert_eq!(err.to_string(), "line 2, column 89: trailing characters");
    }

    #[test]
    fn header_keeps_the_data_set_extra_fields() {
        let text = "{\"dataset\":{\"format_version\":1,\"region_note\":\"37\"}}\n";
        let dataset = read_dataset(text.as_bytes()).unwrap();
        assert_eq!(dataset.extra["region_note"], "37");
    }

    #[test]
    fn a_line_over_the_limit_is_skipped_without_being_held() {
        use std::io::Read;
        // A 10 MiB line between two good ones, read with a 1 MiB limit.
        let long = std::io::repeat(b'x').take(10 << 20);
        let rest = format!("\n{PERSON}");
        let text = HEADER.as_bytes().chain(long).chain(rest.as_bytes());
        let mut reader =
            Reader::with_policy(std::io::BufReader::new(text), ErrorPolicy::SkipAndCollect)
                .max_line_bytes(1 << 20);
        assert_eq!(reader.by_ref().count(), 1);
        assert_eq!(
            messages(reader.errors()),
            ["line 2: longer than the limit of 1048576 bytes"]
        );
        assert!(
            reader.buffer.capacity() <= 2 << 20,
            "{}",
            reader.buffer.capacity()
        );
    }

    #[test]
    fn debug_does_not_show_the_line_it_holds() {
        let text = format!("{HEADER}{PERSON}");
        let mut reader = Reader::new(text.as_bytes());
        reader.next();
        let debug = format!("{reader:?}");
        assert!(
            !debug.contains("Егорова") && !debug.contains("6f1c1b2e"),
            "{debug}"
        );
        assert!(
            debug.starts_with("Reader { line: 2, policy: Stop, "),
            "{debug}"
        );
    }

    #[test]
    fn a_reader_that_skips_bad_lines_stops_past_its_error_limit() {
        let bad = "x\n".repeat(5);
        let text = format!("{HEADER}{PERSON}{bad}{PERSON}");
        let mut reader =
            Reader::with_policy(text.as_bytes(), ErrorPolicy::SkipAndCollect).max_errors(3);
        assert_eq!(reader.by_ref().count(), 1);
        let errors = messages(reader.errors());
        assert_eq!(errors.len(), 4);
        assert_eq!(errors[3], "line 6: more than 3 errors, reading stopped");
    }

    #[test]
    fn an_error_quoting_a_long_value_keeps_only_the_start_of_it() {
        let phone = "Ж".repeat(100_000);
        let text = format!(
            "{HEADER}{{\"person\":{{\"id\":\"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11\",\"name\":\"Егорова Е.В.\",\"phones\":[\"{phone}\"]}}}}\n"
        );
        let err = read_dataset(text.as_bytes()).unwrap_err();
        let IoError::JsonLine { message, .. } = &err else {
            panic!("{err:?}")
        };
        assert!(
            message.len() <= MAX_MESSAGE_BYTES + '…'.len_utf8(),
            "{}",
            message.len()
        );
        assert!(message.starts_with("invalid phone \"ЖЖЖ"), "{message}");
        assert!(message.ends_with("Ж…"), "{message}");
    }

    #[test]
    fn a_line_that_is_not_utf8_is_a_bad_line_like_any_other() {
        let mut text = format!("{HEADER}{PERSON}").into_bytes();
        text.extend_from_slice(b"{\"person\":\"\xff\"}\n");
        text.extend_from_slice(PERSON.as_bytes());
        let mut reader = Reader::with_policy(&text[..], ErrorPolicy::SkipAndCollect);
        assert_eq!(reader.by_ref().count(), 2);
        assert_eq!(
            messages(reader.errors()),
            ["line 3, column 12: not UTF-8 text"]
        );
    }

    #[test]
    fn skips_a_byte_order_mark_and_reads_crlf_line_ends() {
        let text = format!("\u{feff}{}\r\n{}\r\n", HEADER.trim_end(), PERSON.trim_end());
        let dataset = read_dataset(text.as_bytes()).unwrap();
        assert_eq!(dataset.persons.len(), 1);
    }

    #[test]
    fn refuses_a_key_named_twice_in_a_line() {
        let text = format!(
            "{HEADER}{{\"person\":{{\"id\":\"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11\",\"name\":\"Егорова Е.В.\",\"x_a\":1,\"x_a\":2}}}}\n"
        );
        let err = read_dataset(text.as_bytes()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 2, column 99: person: duplicate key \"x_a\""
        );
    }

    #[test]
    fn refuses_a_line_nested_too_deep() {
        let text = format!(
            "{HEADER}{{\"person\":{{\"id\":\"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11\",\"name\":\"Егорова Е.В.\",\"x_deep\":{}{}}}}}\n",
            "[".repeat(200),
            "]".repeat(200)
        );
        let err = read_dataset(text.as_bytes()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 2, column 221: arrays and objects nested deeper than 127 levels"
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn json_lines_read_back_equal(dataset in any::<Dataset>()) {
            let mut out = Vec::new();
            write(&dataset, &mut out).unwrap();
            let text = String::from_utf8(out).unwrap();
            prop_assert_eq!(text.lines().count(), dataset.len() + 1);
            prop_assert_eq!(read_dataset(text.as_bytes()).unwrap(), dataset);
        }

        #[test]
        fn records_written_one_by_one_read_back_equal(dataset in any::<Dataset>()) {
            let mut out = Vec::new();
            write_header(&DatasetHeader::default(), &mut out).unwrap();
            let records: Vec<Record> = dataset.persons.iter().cloned().map(Record::Person)
                .chain(dataset.events.iter().cloned().map(Record::Event))
                .collect();
            for record in &records {
                write_record(record, &mut out).unwrap();
            }
            let read: Vec<Record> = Reader::new(&out[..]).collect::<Result<_, _>>().unwrap();
            prop_assert_eq!(read, records);
        }
    }
}
