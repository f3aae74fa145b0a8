//! The data set as JSON Lines: a header line, then one record a line, for streams that do not
//! fit in memory.
//!
//! # Form
//! ```text
//! {"dataset":{"format_version":2}}
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
//!
//! # Limits
//! A line may be at most [`DEFAULT_MAX_LINE_BYTES`] long (16 MiB; set another limit with
//! [`Reader::max_line_bytes`]); a longer line gives [`IoError::LineTooLong`] and is skipped
//! without ever being held whole, so the reader's memory is bounded by the limit whatever the
//! size of the stream. Arrays and objects in a line nest at most
//! [`MAX_NESTING`](super::json::MAX_NESTING) deep ([`IoError::TooDeep`]). A reader that skips
//! bad lines keeps at most [`DEFAULT_MAX_ERRORS`] errors ([`Reader::max_errors`]) and then stops
//! with [`IoError::TooManyErrors`]. There is no limit on the number of lines.

use std::io::{BufRead, Write};

use crate::records::{
    Appointment, Cohort, Event, Extra, Institution, NetworkPlan, Person, Programme, Service,
    ServicePoint, ServiceStatistics, StatedFigure, TrainingSite, record_kinds,
};
use crate::registry::{Dataset, Issue, IssuePath, Registry, ValidationOptions, ValidationReport};

use super::IoError;
use super::json::LoadError;

mod line;
mod reader;

pub use reader::{DEFAULT_MAX_ERRORS, DEFAULT_MAX_LINE_BYTES, ErrorPolicy, Reader};

/// The JSON Lines forms of every record kind of [`record_kinds!`]: [`Record`] and its
/// `kind`, the borrowed [`RecordRef`] and the [`Line`] as read, and how a data set becomes
/// lines and back.
macro_rules! jsonl_kinds {
    ($($ty:ident => $key:literal, $field:ident, $doc:literal, $line_doc:literal;)*) => {
        /// One record of a JSON Lines stream, tagged with its kind.
        ///
        /// # Example
        /// ```
        /// use social_services::io::jsonl::Record;
        /// use social_services::{records::PersonId, Person};
        ///
        /// let person = Person::new(PersonId::from_name("Егорова Е.В."), "Егорова Е.В.".parse()?);
        /// let line = serde_json::to_string(&Record::Person(person))?;
        /// assert!(line.starts_with(r#"{"person":{"id":"#));
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[non_exhaustive]
        pub enum Record {
            $(
                #[doc = $doc]
                #[serde(rename = $key)]
                $ty($ty),
            )*
        }

        impl Record {
            /// The kind of record, as written in the stream (`service_point`).
            ///
            /// # Example
            /// ```
            /// use social_services::io::jsonl::Record;
            /// use social_services::{records::{InstitutionId, InstitutionKind, Level}, Institution};
            /// let i = Institution::new(InstitutionId::new_v4(), "Фонд", InstitutionKind::Fund, Level::Federal);
            /// assert_eq!(Record::Institution(i).kind(), "institution");
            /// ```
            pub fn kind(&self) -> &'static str {
                match self {
                    $(Self::$ty(_) => $key,)*
                }
            }
        }

        /// A line as read: the header or a record (the same wrapping as [`Record`]).
        #[derive(serde::Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub(crate) enum Line {
            #[serde(rename = "dataset")]
            Dataset(DatasetHeader),
            $(
                #[serde(rename = $key)]
                $ty($ty),
            )*
        }

        impl Line {
            fn into_record(self) -> Result<Record, DatasetHeader> {
                Ok(match self {
                    Self::Dataset(header) => return Err(header),
                    $(Self::$ty(r) => Record::$ty(r),)*
                })
            }
        }

        /// A record borrowed for writing, in the same form as [`Record`].
        #[derive(serde::Serialize)]
        enum RecordRef<'a> {
            #[serde(rename = "dataset")]
            Dataset(&'a DatasetHeader),
            $(
                #[serde(rename = $key)]
                $ty(&'a $ty),
            )*
        }

        impl<'a> RecordRef<'a> {
            /// The record borrowed.
            fn of(record: &'a Record) -> Self {
                match record {
                    $(Record::$ty(r) => Self::$ty(r),)*
                }
            }

            /// Every record of a data set, kind by kind in the order of its fields.
            fn all(dataset: &'a Dataset) -> impl Iterator<Item = Self> {
                std::iter::empty()
                    $(.chain(dataset.$field.iter().map(Self::$ty)))*
            }
        }

        /// Adds a record to the list of its kind.
        fn push(dataset: &mut Dataset, record: Record) {
            match record {
                $(Record::$ty(r) => dataset.$field.push(r),)*
            }
        }
    };
}

record_kinds!(jsonl_kinds);

/// The header line of a JSON Lines stream: the data set's format version and own extra fields.
///
/// # Example
/// ```
/// use social_services::io::jsonl::DatasetHeader;
/// assert_eq!(DatasetHeader::default().format_version, social_services::FORMAT_VERSION);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
/// assert_eq!(String::from_utf8(out).unwrap(), "{\"dataset\":{\"format_version\":2}}\n");
/// # Ok::<(), social_services::io::IoError>(())
/// ```
pub fn write(dataset: &Dataset, mut writer: impl Write) -> Result<(), IoError> {
    let header = DatasetHeader {
        format_version: dataset.format_version,
        extra: dataset.extra.clone(),
    };
    write_line(&RecordRef::Dataset(&header), &mut writer)?;
    let lines = RecordRef::all(dataset);
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
/// assert_eq!(out, b"{\"dataset\":{\"format_version\":2}}\n");
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
/// use social_services::{records::PersonId, Person};
/// let person = Person::new(PersonId::from_name("x"), "Егорова Е.В.".parse()?);
/// let mut out = Vec::new();
/// jsonl::write_record(&Record::Person(person), &mut out)?;
/// assert!(out.ends_with(b"}}\n"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_record(record: &Record, writer: impl Write) -> Result<(), IoError> {
    let line = RecordRef::of(record);
    write_line(&line, writer)
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
        push(&mut dataset, record?);
    }
    if let Some(header) = reader.header.take() {
        dataset.format_version = header.format_version;
        dataset.extra = header.extra;
    }
    dataset.upgrade();
    Ok(dataset)
}

/// The code of the issue for a line of a JSON Lines stream that [`load`] could not read: a line
/// that is not JSON or not a record, a bad value in a record, a missing or second header, a line
/// over the length limit, or the end of reading after too many such lines.
pub const CODE_LINE_UNREADABLE: &str = "jsonl.unreadable_line";

/// Reads a whole data set from a JSON Lines stream and validates it into a [`Registry`],
/// reporting every problem of the stream at once: the collecting counterpart of
/// [`read_dataset`], as [`json::load`](super::json::load) is of
/// [`json::from_str`](super::json::from_str).
///
/// The stream is read with [`ErrorPolicy::SkipAndCollect`] and the default limits: every line
/// that can be read is kept, and each line that cannot gives one `jsonl.unreadable_line` error
/// ([`CODE_LINE_UNREADABLE`]) whose message is the line's [`IoError`] (`line 3, column 66:
/// person.name: …`). The readable records are then validated with [`Registry::with_options`];
/// the paths of validation's issues number the records of each kind in the order they were read
/// (`persons[0]`), lines that could not be read not counted. A record that refers to the record
/// of an unreadable line is reported as well (the line's text, and so its id, is not kept).
///
/// # Errors
/// [`LoadError::Io`] when the underlying reader fails; [`LoadError::Invalid`] when any line
/// could not be read or the records break any rule of the domain: the unreadable lines' errors
/// first, in the order of the stream, then validation's issues (errors and warnings).
///
/// # Example
/// ```
/// use social_services::io::{json::LoadError, jsonl};
/// use social_services::ValidationOptions;
///
/// let text = "{\"dataset\":{\"format_version\":1}}\n\
///             {\"person\":{\"id\":\"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11\",\"name\":\"Егорова Е.В.\"}}\n";
/// let registry = jsonl::load(text.as_bytes(), &ValidationOptions::default())?;
/// assert_eq!(registry.persons().count(), 1);
///
/// let bad = text.replace("Егорова Е.В.", "");
/// let Err(LoadError::Invalid(report)) = jsonl::load(bad.as_bytes(), &ValidationOptions::default()) else {
///     panic!("an empty name is not a person's name");
/// };
/// assert_eq!(report.issues()[0].code, "jsonl.unreadable_line");
/// assert!(report.issues()[0].message.starts_with("line 2, column "));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn load(reader: impl BufRead, options: &ValidationOptions) -> Result<Registry, LoadError> {
    let mut reader = Reader::with_policy(reader, ErrorPolicy::SkipAndCollect);
    let mut dataset = Dataset::new();
    let mut report = ValidationReport::default();
    for record in reader.by_ref() {
        match record {
            Ok(record) => push(&mut dataset, record),
            // The skipping reader yields an error only when the underlying reader fails.
            Err(IoError::Io(e)) => return Err(LoadError::Io(e)),
            Err(other) => report.push(unreadable_line(&other)),
        }
    }
    if let Some(header) = reader.header.take() {
        dataset.format_version = header.format_version;
        dataset.extra = header.extra;
    }
    for error in reader.into_errors() {
        report.push(unreadable_line(&error));
    }
    match Registry::with_options(dataset, options) {
        Ok(registry) if report.is_empty() => Ok(registry),
        Ok(registry) => {
            report.extend(registry.warnings().clone());
            Err(LoadError::Invalid(report))
        }
        Err(validation) => {
            report.extend(validation);
            Err(LoadError::Invalid(report))
        }
    }
}

/// The issue [`load`] reports for a line it could not read.
fn unreadable_line(error: &IoError) -> Issue {
    Issue::error(
        CODE_LINE_UNREADABLE,
        IssuePath::root(),
        crate::io::Chain(error).to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::error::Chained;
    use proptest::prelude::*;

    const HEADER: &str = "{\"dataset\":{\"format_version\":1}}\n";
    const PERSON: &str = "{\"person\":{\"id\":\"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11\",\"name\":\"Егорова Е.В.\"}}\n";
    const BAD_PERSON: &str =
        "{\"person\":{\"id\":\"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f12\",\"name\":\"Е\"}}\n";

    fn messages(errors: &[IoError]) -> Vec<String> {
        errors.iter().map(Chained::chained).collect()
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
            err.chained()
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
            err.chained(),
            r#"line 1: expected the header {"dataset":{"format_version":…}} first, found the end of the stream"#
        );
    }

    #[test]
    fn reports_trailing_text_on_a_line() {
        let text = format!("{HEADER}{} x\n", PERSON.trim_end());
        let err = read_dataset(text.as_bytes()).unwrap_err();
        assert_eq!(err.chained(), "line 2, column 89: trailing characters");
    }

    #[test]
    fn header_keeps_the_data_set_extra_fields() {
        let text = "{\"dataset\":{\"format_version\":1,\"region_note\":\"37\"}}\n";
        let dataset = read_dataset(text.as_bytes()).unwrap();
        assert_eq!(dataset.extra["region_note"], "37");
    }

    #[test]
    fn a_line_over_the_limit_is_skipped_and_the_next_one_read() {
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
        let IoError::JsonLine { source, .. } = &err else {
            panic!("{err:?}")
        };
        // The phone's own error is the source, typed.
        assert!(
            source.downcast_ref::<crate::ValueError>().is_some(),
            "{source:?}"
        );
        let message = source.to_string();
        assert!(
            message.len() <= crate::io::error::MAX_MESSAGE_BYTES + '…'.len_utf8(),
            "{}",
            message.len()
        );
        assert!(message.starts_with("invalid phone \"ЖЖЖ"), "{message}");
        // The value error itself quotes the value cut (values::MAX_QUOTED_CHARS).
        assert!(message.contains("Ж…\" (100000 characters)"), "{message}");
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
            err.chained(),
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
            err.chained(),
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
                .chain(dataset.services.iter().cloned().map(Record::Service))
                .chain(dataset.service_statistics.iter().cloned().map(Record::ServiceStatistics))
                .chain(dataset.network_plans.iter().cloned().map(Record::NetworkPlan))
                .chain(dataset.stated_figures.iter().cloned().map(Record::StatedFigure))
                .collect();
            for record in &records {
                write_record(record, &mut out).unwrap();
            }
            let read: Vec<Record> = Reader::new(&out[..]).collect::<Result<_, _>>().unwrap();
            prop_assert_eq!(read, records);
        }
    }
}
