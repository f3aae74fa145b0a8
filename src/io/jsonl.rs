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
//! `programme`, `training_site`, `cohort`, `service`, `service_statistics`, `network_plan`.
//! Blank lines are skipped.
//!
//! The kind wraps the record rather than sitting beside its fields (`{"kind":"institution",
//! …}`) because institutions, service points, events and programmes have a field of their own
//! named `kind`; a wrapper also keeps unknown fields in `extra` exactly as JSON does and gives
//! error paths that name the kind (`institution.inn`).

use std::io::{BufRead, Write};

use crate::records::{
    Appointment, Cohort, Event, Extra, Institution, NetworkPlan, Person, Programme, Service,
    ServicePoint, ServiceStatistics, TrainingSite,
};
use crate::registry::{Dataset, IssuePath};

use super::IoError;
use super::json::{append_path, bare_message};

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
    /// A service of the catalogue.
    Service(Service),
    /// A row of service statistics.
    ServiceStatistics(ServiceStatistics),
    /// A plan for the network's growth.
    NetworkPlan(NetworkPlan),
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
            Self::Service(_) => "service",
            Self::ServiceStatistics(_) => "service_statistics",
            Self::NetworkPlan(_) => "network_plan",
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
    Service(Service),
    ServiceStatistics(ServiceStatistics),
    NetworkPlan(NetworkPlan),
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
            Self::Service(r) => Record::Service(r),
            Self::ServiceStatistics(r) => Record::ServiceStatistics(r),
            Self::NetworkPlan(r) => Record::NetworkPlan(r),
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
    Service(&'a Service),
    ServiceStatistics(&'a ServiceStatistics),
    NetworkPlan(&'a NetworkPlan),
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
        .chain(dataset.cohorts.iter().map(RecordRef::Cohort))
        .chain(dataset.services.iter().map(RecordRef::Service))
        .chain(
            dataset
                .service_statistics
                .iter()
                .map(RecordRef::ServiceStatistics),
        )
        .chain(dataset.network_plans.iter().map(RecordRef::NetworkPlan));
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
        Record::Service(r) => RecordRef::Service(r),
        Record::ServiceStatistics(r) => RecordRef::ServiceStatistics(r),
        Record::NetworkPlan(r) => RecordRef::NetworkPlan(r),
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
/// (under `SkipAndCollect` the first record is still yielded). A failure of the underlying
/// reader, including text that is not UTF-8, always ends the iteration. One line buffer is
/// reused for the whole stream.
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
#[derive(Debug)]
pub struct Reader<R> {
    source: R,
    buffer: String,
    line: u64,
    policy: ErrorPolicy,
    header: Option<DatasetHeader>,
    header_error_given: bool,
    errors: Vec<IoError>,
    done: bool,
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
            buffer: String::new(),
            line: 0,
            policy,
            header: None,
            header_error_given: false,
            errors: Vec::new(),
            done: false,
        }
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
                self.errors.push(error);
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

fn parse_line(text: &str, line: u64) -> Result<Line, IoError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let error = |path: String, e: &serde_json::Error| IoError::JsonLine {
        line,
        column: e.column(),
        path,
        message: bare_message(e),
    };
    let parsed = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = append_path(IssuePath::root(), e.path()).to_string();
        error(path, e.inner())
    })?;
    deserializer.end().map_err(|e| error(String::new(), &e))?;
    Ok(parsed)
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = Result<Record, IoError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buffer.clear();
            match self.source.read_line(&mut self.buffer) {
                Ok(0) => {
                    self.done = true;
                    if self.header.is_none() && !self.header_error_given {
                        self.line += 1;
                        return self.missing_header("the end of the stream".to_owned());
                    }
                    return None;
                }
                Ok(_) => self.line += 1,
                Err(e) => {
                    self.done = true;
                    return Some(Err(e.into()));
                }
            }
            if self.buffer.trim().is_empty() {
                continue;
            }
            let parsed = parse_line(&self.buffer, self.line);
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
            Record::Service(r) => dataset.services.push(r),
            Record::ServiceStatistics(r) => dataset.service_statistics.push(r),
            Record::NetworkPlan(r) => dataset.network_plans.push(r),
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
                .chain(dataset.services.iter().cloned().map(Record::Service))
                .chain(dataset.service_statistics.iter().cloned().map(Record::ServiceStatistics))
                .chain(dataset.network_plans.iter().cloned().map(Record::NetworkPlan))
                .collect();
            for record in &records {
                write_record(record, &mut out).unwrap();
            }
            let read: Vec<Record> = Reader::new(&out[..]).collect::<Result<_, _>>().unwrap();
            prop_assert_eq!(read, records);
        }
    }
}
