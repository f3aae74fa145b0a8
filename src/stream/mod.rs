//! Streaming: event attendance files of any size aggregated without building a
//! [`Registry`](crate::Registry), in memory bounded by the partial results and two read
//! buffers, and read into compact typed records when they are wanted in memory.
//!
//! The files hold one [`AttendanceRow`] a line, as JSON Lines or as CSV with a header
//! ([`Format`]). Every field of every row is validated by the crate's own parsers: ids as
//! UUIDs, the date as a [`PartialDate`](crate::values::PartialDate), the region against the table of
//! federal subjects, the kind against the vocabulary.
//!
//! | you want | call / type | notes |
//! | --- | --- | --- |
//! | attendance by region × institution kind of a file | [`aggregate`] | one thread; `par_aggregate`, `par_aggregate_file` with the `rayon` feature |
//! | the rows in memory, typed and compact | [`load`] → [`AttendanceTable`] of [`AttendanceRecord`]s | 32 bytes a record; `par_load`, `par_load_file` with `rayon` |
//! | the same figure from rows in memory | [`AttendanceTable::by_region_kind`] | equal to [`aggregate`] of the file |
//! | the format of a file from its name | [`Format::from_extension`] | `jsonl`/`ndjson`, `csv` |
//! | rows from the events of a data set | [`attendance_rows`] → [`AttendanceRow`]s | the attendees named with a person and an institution of the data set |
//! | a file written | [`AttendanceRow::write_jsonl`], [`AttendanceRow::write_csv`] after [`write_csv_header`] | [`CSV_HEADER`] is the column order |
//! | the layouts other tools write | [`Layout`] | every one reads back into the same table |
//! | a check of the fast path | [`reference_aggregate`] | the normal path alone; same answer, slower |
//! | why a file was refused | [`StreamError`] | the line and column, and the value's own message |
//! | the whole registry, not attendance | [`io::load_path`](crate::io::load_path) | the formats of [`io`](crate::io) |
//!
//! # Fast and normal paths
//! Each line is first read in place by a fast path that knows the canonical form of each field
//! (a hyphenated UUID, `YYYY-MM-DD`, a two-digit code, a canonical kind name) and reads it
//! without allocating; it also reads quoted CSV cells, CRLF line ends, columns in any order,
//! JSON with white space, keys in any order and escaped strings, and region names and kind
//! aliases (each spelling parsed once by the crate's parser, then looked up). Anything else —
//! a doubled quote, an escaped key, an invalid value — is handed to the normal path (serde
//! for JSON Lines, the `csv` crate's reader for CSV, the values' parsers for the fields),
//! which accepts the line or reports why not. So the fast path never accepts what the normal
//! path rejects, and errors are the normal path's. [`reference_aggregate`] runs the normal
//! path alone. [`Layout`] writes the same rows in the layouts other tools write.
//!
//! CSV rows may not span lines (a quoted cell with a line break is reported as an error).
//!
//! # One thread, all threads
//! [`aggregate`] and [`load`] read any [`Read`] in 512 KiB blocks through two reused buffers
//! on one thread. With the `rayon` feature, `par_aggregate` and `par_load` cut each
//! 2 MiB block into pieces parsed on all threads while the next block is read, and
//! `par_aggregate_file` and `par_load_file` let each thread read its own ranges of a file
//! on disk. Every partial result merges into the answer of one pass, and the first error is
//! the one the sequential reader reports. Memory is the partial results and the buffers: a
//! few megabytes whatever the file size (records aside, for the loading functions).
//!
//! # Example
//! ```
//! use social_services::stream::{self, Format};
//! use social_services::records::InstitutionKind;
//!
//! let table = stream::aggregate(stream::EXAMPLE_CSV.as_bytes(), Format::Csv)?;
//! assert_eq!(table.get("71".parse()?, &InstitutionKind::FamilyMfc), 1);
//! assert_eq!(table.total(), 2);
//!
//! let bad = stream::EXAMPLE_CSV.replace(",71,", ",99,");
//! let err = stream::aggregate(bad.as_bytes(), Format::Csv).unwrap_err();
//! assert_eq!(
//!     err.to_string(),
//!     r#"line 2, column 5: region: invalid region "99": no federal subject has code 99"#
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod csv;
mod error;
mod fields;
#[cfg(all(feature = "rayon", any(unix, windows)))]
mod file;
mod jsonl;
mod layout;
#[cfg(feature = "rayon")]
mod parallel;
mod reader;
mod reference;
mod row;
mod table;

use std::io::Read;

pub use error::StreamError;
pub use layout::Layout;
pub use reference::reference_aggregate;
pub use row::{AttendanceRow, CSV_HEADER, attendance_rows, write_csv_header};
pub use table::{AttendanceRecord, AttendanceTable};

use crate::aggregate::AttendanceByRegionKind;
use crate::aggregate::attendance::kind_slot;

/// A two-row attendance file in CSV, for examples and tests.
pub const EXAMPLE_CSV: &str = "\
event,date,person,institution,region,institution_kind
6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11,2024-10-03,0b3c6a43-5f2e-4a51-9bd1-3c4a2f1e0d9a,9e6a0c1d-2b3f-4d5e-8f70-1a2b3c4d5e6f,71,family_mfc
6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11,2024-10-03,1c4d7b54-6a3f-4b62-8ce2-4d5b3a2f1e0a,2f7b1d2e-3c4a-4e6f-9a81-2b3c4d5e6f70,37,kcson
";

/// The form of an attendance file.
///
/// # Example
/// ```
/// use social_services::stream::Format;
/// assert_eq!(Format::from_extension("jsonl"), Some(Format::JsonLines));
/// assert_eq!(Format::from_extension("csv"), Some(Format::Csv));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// One JSON object a line.
    JsonLines,
    /// A header line, then one row a line.
    Csv,
}

impl Format {
    /// The format of a file name's extension: `jsonl` or `ndjson`, `csv`.
    ///
    /// # Example
    /// ```
    /// use social_services::stream::Format;
    /// assert_eq!(Format::from_extension("ndjson"), Some(Format::JsonLines));
    /// assert_eq!(Format::from_extension("json"), None);
    /// ```
    pub fn from_extension(extension: &str) -> Option<Self> {
        match extension {
            "jsonl" | "ndjson" => Some(Self::JsonLines),
            "csv" => Some(Self::Csv),
            _ => None,
        }
    }
}

/// A row read, with the dense-table column of its kind.
pub(crate) struct Parsed {
    row: AttendanceRow,
    slot: Option<usize>,
}

impl Parsed {
    /// A row read by the normal path.
    fn of(row: AttendanceRow) -> Self {
        let slot = kind_slot(&row.institution_kind);
        Self { row, slot }
    }
}

/// What rows are read into: a partial result that merges.
pub(crate) trait Sink: Default + Send {
    /// Takes one row, read from line `line`.
    fn push(&mut self, parsed: Parsed, line: u64) -> Result<(), StreamError>;
    /// Takes everything another partial result holds, read after this one's.
    #[cfg_attr(not(feature = "rayon"), allow(dead_code))] // only the parallel readers merge
    fn merge(&mut self, other: Self) -> Result<(), StreamError>;
}

impl Sink for AttendanceByRegionKind {
    #[inline]
    fn push(&mut self, parsed: Parsed, _line: u64) -> Result<(), StreamError> {
        match parsed.slot {
            Some(slot) => self.add_slot(parsed.row.region.index(), slot, 1),
            None => self.add(parsed.row.region, &parsed.row.institution_kind),
        }
        Ok(())
    }

    fn merge(&mut self, other: Self) -> Result<(), StreamError> {
        AttendanceByRegionKind::merge(self, &other);
        Ok(())
    }
}

/// Counts the rows of an attendance file by region × institution kind, reading it in 512 KiB
/// blocks through two reused buffers, on one thread.
///
/// # Errors
/// [`StreamError::Io`] when reading fails, [`StreamError::Header`] when a CSV file does not
/// start with the attendance header, [`StreamError::Row`] at the first line that is not a
/// valid row, [`StreamError::LineTooLong`] at a line of 1 MiB or more.
///
/// # Example
/// ```
/// use social_services::stream::{self, Format};
/// let table = stream::aggregate(stream::EXAMPLE_CSV.as_bytes(), Format::Csv)?;
/// assert_eq!(table.total(), 2);
/// # Ok::<(), stream::StreamError>(())
/// ```
pub fn aggregate(reader: impl Read, format: Format) -> Result<AttendanceByRegionKind, StreamError> {
    reader::read_all(reader, format == Format::Csv)
}

/// [`aggregate`] on all of rayon's threads: each block cut into pieces read in parallel while
/// the next block is read, the partial tables merged. The same answer and the same first
/// error.
///
/// # Errors
/// As [`aggregate`].
///
/// # Example
/// ```
/// use social_services::stream::{self, Format};
/// let text = stream::EXAMPLE_CSV.as_bytes();
/// assert_eq!(stream::par_aggregate(text, Format::Csv)?, stream::aggregate(text, Format::Csv)?);
/// # Ok::<(), stream::StreamError>(())
/// ```
#[cfg(feature = "rayon")]
pub fn par_aggregate(
    reader: impl Read + Send,
    format: Format,
) -> Result<AttendanceByRegionKind, StreamError> {
    parallel::read_all(reader, format == Format::Csv)
}

/// [`par_aggregate`] of a file on disk, faster: each thread reads its own 4 MiB ranges of the
/// file with positional reads and parses them, so that copying out of the page cache is
/// shared by the threads too. The same answer and the same first error.
///
/// # Errors
/// As [`aggregate`], and [`StreamError::Io`] when the file cannot be opened.
///
/// # Example
/// ```
/// use social_services::stream::{self, Format};
/// let path = std::env::temp_dir().join("social-services-doc-example.csv");
/// std::fs::write(&path, stream::EXAMPLE_CSV)?;
/// assert_eq!(stream::par_aggregate_file(&path, Format::Csv)?.total(), 2);
/// # std::fs::remove_file(&path)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg(all(feature = "rayon", any(unix, windows)))]
pub fn par_aggregate_file(
    path: impl AsRef<std::path::Path>,
    format: Format,
) -> Result<AttendanceByRegionKind, StreamError> {
    file::read_file(path.as_ref(), format)
}

/// [`par_load`] of a file on disk, its ranges read and parsed by each thread (as
/// [`par_aggregate_file`]): the same records in the same order.
///
/// # Errors
/// As [`par_aggregate_file`].
///
/// # Example
/// ```
/// use social_services::stream::{self, Format};
/// let path = std::env::temp_dir().join("social-services-doc-example-load.csv");
/// std::fs::write(&path, stream::EXAMPLE_CSV)?;
/// assert_eq!(stream::par_load_file(&path, Format::Csv)?.len(), 2);
/// # std::fs::remove_file(&path)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg(all(feature = "rayon", any(unix, windows)))]
pub fn par_load_file(
    path: impl AsRef<std::path::Path>,
    format: Format,
) -> Result<AttendanceTable, StreamError> {
    file::read_file(path.as_ref(), format)
}

/// Reads an attendance file into compact typed records in memory, on one thread.
///
/// # Errors
/// As [`aggregate`].
///
/// # Example
/// ```
/// use social_services::stream::{self, Format};
/// let table = stream::load(stream::EXAMPLE_CSV.as_bytes(), Format::Csv)?;
/// assert_eq!(table.len(), 2);
/// # Ok::<(), stream::StreamError>(())
/// ```
pub fn load(reader: impl Read, format: Format) -> Result<AttendanceTable, StreamError> {
    reader::read_all(reader, format == Format::Csv)
}

/// Reads an attendance file block by block on one thread, handing each block's rows (every
/// one validated) to `each` before the next block is read: what the PostgreSQL loader
/// streams into `COPY`, in memory bounded by one block.
#[cfg(feature = "postgres")]
pub(crate) fn for_each_block(
    reader: impl Read,
    format: Format,
    each: impl FnMut(&[AttendanceRow]) -> Result<(), StreamError>,
) -> Result<(), StreamError> {
    reader::for_each_block(reader, format == Format::Csv, each)
}

/// [`load`] on all of rayon's threads: the same records in the same order.
///
/// # Errors
/// As [`aggregate`].
///
/// # Example
/// ```
/// use social_services::stream::{self, Format};
/// let text = stream::EXAMPLE_CSV.as_bytes();
/// assert_eq!(stream::par_load(text, Format::Csv)?.row(1), stream::load(text, Format::Csv)?.row(1));
/// # Ok::<(), stream::StreamError>(())
/// ```
#[cfg(feature = "rayon")]
pub fn par_load(reader: impl Read + Send, format: Format) -> Result<AttendanceTable, StreamError> {
    parallel::read_all(reader, format == Format::Csv)
}
