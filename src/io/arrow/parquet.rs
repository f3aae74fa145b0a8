//! The tables as Parquet files: Snappy-compressed, the Arrow schema (with its metadata)
//! embedded, so that `DuckDB`, polars or this crate read back the same types.
//!
//! [`write()`] writes records to any [`Write`]; a [`Writer`] takes them in parts, for a table
//! too large to hold at once. [`read`] reads a whole file back from anything Parquet can read
//! from ([`ChunkReader`]: a [`File`](std::fs::File), [`Bytes`]); [`batches`] reads it a batch
//! at a time. A bad value is reported with its row, counted from 1 over the whole file.
//!
//! # Example
//! ```
//! use social_services::io::arrow::parquet;
//! use social_services::{sample, Appointment};
//!
//! let appointments = sample::dataset().appointments;
//! let mut file = Vec::new();
//! let written = parquet::write(&appointments, &mut file)?;
//! assert_eq!(written.rows, appointments.len() as u64);
//! assert_eq!(written.bytes, file.len() as u64);
//! assert_eq!(&file[..4], b"PAR1");
//! let back: Vec<Appointment> = parquet::read(parquet::Bytes::from(file))?;
//! assert_eq!(back, appointments);
//! # Ok::<(), social_services::IoError>(())
//! ```

use std::io::Write;
use std::marker::PhantomData;

use ::parquet::arrow::ArrowWriter;
use ::parquet::arrow::arrow_reader::{ParquetRecordBatchReader, ParquetRecordBatchReaderBuilder};
use ::parquet::basic::Compression;
use ::parquet::errors::ParquetError;
use ::parquet::file::properties::WriterProperties;
use arrow_array::RecordBatch;
use arrow_schema::ArrowError;

pub use ::parquet::file::reader::ChunkReader;
pub use bytes::Bytes;

use super::super::IoError;
use super::Table;

/// The most rows a record batch holds when written or read: so many that a batch is cheap to
/// handle, and few enough that an `Int16` dictionary key can number every distinct term of a
/// batch.
pub const BATCH_ROWS: usize = 32_768;

/// What a writer wrote: the rows and the bytes of the file.
///
/// # Example
/// ```
/// use social_services::io::arrow::parquet;
/// use social_services::Person;
///
/// let written = parquet::write::<Person>(&[], Vec::new())?;
/// assert_eq!(written.rows, 0);
/// assert!(written.bytes > 0);
/// # Ok::<(), social_services::IoError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    /// The rows written.
    pub rows: u64,
    /// The bytes of the file.
    pub bytes: u64,
}

/// The error of the Parquet library, for the table `table`.
fn parquet_error(table: &'static str, error: ParquetError) -> IoError {
    match error {
        ParquetError::External(inner) => match inner.downcast::<std::io::Error>() {
            Ok(io) => IoError::Io(*io),
            Err(inner) => match inner.downcast::<ArrowError>() {
                Ok(arrow) => arrow_error(table, *arrow),
                Err(inner) => IoError::Parquet {
                    table,
                    message: inner.to_string(),
                },
            },
        },
        ParquetError::General(message)
        | ParquetError::NYI(message)
        | ParquetError::EOF(message)
        | ParquetError::ArrowError(message) => IoError::Parquet { table, message },
        other => IoError::Parquet {
            table,
            message: other.to_string(),
        },
    }
}

/// The error of the Arrow library while reading or writing Parquet, for the table `table`.
fn arrow_error(table: &'static str, error: ArrowError) -> IoError {
    match error {
        ArrowError::IoError(_, io) => IoError::Io(io),
        ArrowError::ParquetError(message) => IoError::Parquet { table, message },
        other => IoError::Parquet {
            table,
            message: other.to_string(),
        },
    }
}

/// Writes a table as a Parquet file in parts: records are added with [`Writer::write`] or
/// [`Writer::write_iter`] and the file ends with [`Writer::finish`].
///
/// The output need not be `Send` or seekable: the file is encoded into a buffer, which is
/// moved to the output each time the Parquet writer adds to it, so the memory held is about
/// one row group (up to a million rows, encoded and compressed) whatever the file's size.
///
/// # Example
/// ```
/// use social_services::io::arrow::parquet;
/// use social_services::stream::AttendanceRow;
/// use social_services::records::{EventId, InstitutionId, InstitutionKind, PersonId};
///
/// let row = |n: u32| AttendanceRow {
///     event: EventId::from_name("семинар"),
///     date: "2024-10-03".parse().unwrap(),
///     person: PersonId::from_name(&n.to_string()),
///     institution: InstitutionId::from_name("СМФЦ"),
///     region: "71".parse().unwrap(),
///     institution_kind: InstitutionKind::FamilyMfc,
/// };
/// let mut file = Vec::new();
/// let mut writer = parquet::Writer::<AttendanceRow, _>::new(&mut file)?;
/// writer.write_iter((0..100_000).map(row))?;
/// let written = writer.finish()?;
/// assert_eq!(written.rows, 100_000);
/// let back: Vec<AttendanceRow> = parquet::read(parquet::Bytes::from(file))?;
/// assert_eq!(back[99_999], row(99_999));
/// # Ok::<(), social_services::IoError>(())
/// ```
pub struct Writer<T: Table, W: Write> {
    parquet: ArrowWriter<Vec<u8>>,
    out: W,
    written: Written,
    records: PhantomData<fn(&T)>,
}

impl<T: Table, W: Write> Writer<T, W> {
    /// A writer of the table `T` to `out`, Snappy-compressed.
    ///
    /// # Errors
    /// [`IoError::Parquet`] when the Parquet writer cannot start (it does not happen with the
    /// tables' schemas).
    ///
    /// # Example
    /// ```
    /// use social_services::io::arrow::parquet;
    /// use social_services::Service;
    ///
    /// let writer = parquet::Writer::<Service, _>::new(Vec::new())?;
    /// assert_eq!(writer.finish()?.rows, 0);
    /// # Ok::<(), social_services::IoError>(())
    /// ```
    pub fn new(out: W) -> Result<Self, IoError> {
        let properties = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by(format!("social-services {}", env!("CARGO_PKG_VERSION")))
            .build();
        let parquet = ArrowWriter::try_new(Vec::new(), T::schema(), Some(properties))
            .map_err(|e| parquet_error(T::NAME, e))?;
        Ok(Self {
            parquet,
            out,
            written: Written { rows: 0, bytes: 0 },
            records: PhantomData,
        })
    }

    /// Moves what the Parquet writer has encoded to the output.
    fn drain(&mut self) -> Result<(), IoError> {
        let buffer = self.parquet.inner_mut();
        if !buffer.is_empty() {
            self.out.write_all(buffer)?;
            self.written.bytes += buffer.len() as u64;
            buffer.clear();
        }
        Ok(())
    }

    /// Adds records, in batches of up to [`BATCH_ROWS`] rows.
    ///
    /// # Errors
    /// As [`Table::to_batch`]; [`IoError::Io`] when the output fails.
    ///
    /// # Example
    /// ```
    /// use social_services::io::arrow::parquet;
    /// use social_services::{sample, Institution};
    ///
    /// let institutions = sample::dataset().institutions;
    /// let mut writer = parquet::Writer::new(Vec::new())?;
    /// writer.write(&institutions[..5])?;
    /// writer.write(&institutions[5..])?;
    /// assert_eq!(writer.finish()?.rows, 12);
    /// # Ok::<(), social_services::IoError>(())
    /// ```
    pub fn write(&mut self, records: &[T]) -> Result<(), IoError> {
        for chunk in records.chunks(BATCH_ROWS) {
            let batch = T::to_batch(chunk)?;
            self.write_batch(&batch)?;
        }
        Ok(())
    }

    fn write_batch(&mut self, batch: &RecordBatch) -> Result<(), IoError> {
        self.parquet
            .write(batch)
            .map_err(|e| parquet_error(T::NAME, e))?;
        self.written.rows += batch.num_rows() as u64;
        self.drain()
    }

    /// Adds the records of an iterator, gathered into batches of [`BATCH_ROWS`] rows, so that
    /// no more than one batch of records is held at once.
    ///
    /// # Errors
    /// As [`Writer::write`].
    ///
    /// # Example
    /// ```
    /// use social_services::io::arrow::parquet;
    /// use social_services::{records::{CohortId, Enrollment}, sample};
    ///
    /// let dataset = sample::dataset();
    /// let enrollments = dataset.cohorts.iter().flat_map(|c| c.enrollments.iter().map(|e| (c.id, e.clone())));
    /// let mut writer = parquet::Writer::<(CohortId, Enrollment), _>::new(Vec::new())?;
    /// writer.write_iter(enrollments)?;
    /// let total: usize = dataset.cohorts.iter().map(|c| c.enrollments.len()).sum();
    /// assert_eq!(writer.finish()?.rows, total as u64);
    /// # Ok::<(), social_services::IoError>(())
    /// ```
    pub fn write_iter(&mut self, records: impl IntoIterator<Item = T>) -> Result<(), IoError> {
        let mut chunk = Vec::with_capacity(BATCH_ROWS);
        for record in records {
            chunk.push(record);
            if chunk.len() == BATCH_ROWS {
                self.write(&chunk)?;
                chunk.clear();
            }
        }
        self.write(&chunk)
    }

    /// Ends the file (its footer holds the schema and the row groups' places) and flushes
    /// the output.
    ///
    /// # Errors
    /// [`IoError::Parquet`] when the Parquet writer cannot end the file; [`IoError::Io`] when
    /// the output fails.
    ///
    /// # Example
    /// ```
    /// use social_services::io::arrow::parquet;
    /// use social_services::{sample, Person};
    ///
    /// let mut file = Vec::new();
    /// let mut writer = parquet::Writer::new(&mut file)?;
    /// writer.write(&sample::dataset().persons)?;
    /// let written = writer.finish()?;
    /// assert!(file.ends_with(b"PAR1"));
    /// assert_eq!(written.bytes, file.len() as u64);
    /// # Ok::<(), social_services::IoError>(())
    /// ```
    pub fn finish(mut self) -> Result<Written, IoError> {
        self.parquet
            .finish()
            .map_err(|e| parquet_error(T::NAME, e))?;
        self.drain()?;
        self.out.flush()?;
        Ok(self.written)
    }
}

/// Writes records as a Parquet file of the table `T` (see the [module docs](super) for the
/// columns).
///
/// # Errors
/// As [`Table::to_batch`]; [`IoError::Io`] when the output fails.
///
/// # Example
/// ```
/// use social_services::io::arrow::parquet;
/// use social_services::{sample, ServicePoint};
///
/// let points = sample::dataset().service_points;
/// let mut file = Vec::new();
/// parquet::write(&points, &mut file)?;
/// assert_eq!(parquet::read::<ServicePoint>(parquet::Bytes::from(file))?, points);
/// # Ok::<(), social_services::IoError>(())
/// ```
pub fn write<T: Table>(records: &[T], out: impl Write) -> Result<Written, IoError> {
    let mut writer = Writer::new(out)?;
    writer.write(records)?;
    writer.finish()
}

/// The records of a Parquet file, a batch at a time; made by [`batches`].
///
/// # Example
/// ```
/// use social_services::io::arrow::parquet;
/// use social_services::{sample, Person};
///
/// let mut file = Vec::new();
/// parquet::write(&sample::dataset().persons, &mut file)?;
/// let mut batches = parquet::batches::<Person>(parquet::Bytes::from(file))?;
/// let first = batches.next().expect("one batch")?;
/// assert_eq!(first, sample::dataset().persons);
/// assert!(batches.next().is_none());
/// # Ok::<(), social_services::IoError>(())
/// ```
pub struct Batches<T: Table> {
    reader: ParquetRecordBatchReader,
    next_row: u64,
    records: PhantomData<fn() -> T>,
}

impl<T: Table> Iterator for Batches<T> {
    type Item = Result<Vec<T>, IoError>;

    fn next(&mut self) -> Option<Self::Item> {
        let batch = match self.reader.next()? {
            Ok(batch) => batch,
            Err(e) => return Some(Err(arrow_error(T::NAME, e))),
        };
        let first_row = self.next_row;
        self.next_row += batch.num_rows() as u64;
        Some(T::SPEC.read_batch(&batch, first_row))
    }
}

/// Opens a Parquet file of the table `T` to read it a batch (up to [`BATCH_ROWS`] rows) at a
/// time; the file's schema is checked first, so a file without a required column fails here
/// even when it has no rows.
///
/// # Errors
/// [`IoError::Parquet`] for input that is not a Parquet file; [`IoError::ArrowMissingColumn`],
/// [`IoError::ArrowColumnType`] and [`IoError::ArrowSchema`] for a schema the table cannot
/// read. Each batch then fails as [`Table::from_batch`] does, with rows counted over the file.
///
/// # Example
/// ```
/// use social_services::io::{arrow::parquet, IoError};
/// use social_services::{sample, Institution, Person};
///
/// let mut file = Vec::new();
/// parquet::write(&sample::dataset().persons, &mut file)?;
/// let err = parquet::batches::<Institution>(parquet::Bytes::from(file)).err().unwrap();
/// assert_eq!(
///     social_services::io::Chain(&err).to_string(),
///     "table institutions: the schema's metadata names the table \"persons\", not \"institutions\""
/// );
///
/// let err = parquet::batches::<Person>(parquet::Bytes::from_static(b"id,name\n")).err().unwrap();
/// assert!(matches!(err, IoError::Parquet { table: "persons", .. }));
/// # Ok::<(), IoError>(())
/// ```
pub fn batches<T: Table>(input: impl ChunkReader + 'static) -> Result<Batches<T>, IoError> {
    let builder =
        ParquetRecordBatchReaderBuilder::try_new(input).map_err(|e| parquet_error(T::NAME, e))?;
    T::SPEC.read_batch(&RecordBatch::new_empty(builder.schema().clone()), 1)?;
    let reader = builder
        .with_batch_size(BATCH_ROWS)
        .build()
        .map_err(|e| parquet_error(T::NAME, e))?;
    Ok(Batches {
        reader,
        next_row: 1,
        records: PhantomData,
    })
}

/// Reads a whole Parquet file of the table `T` (see the [module docs](super) for the columns).
///
/// # Errors
/// As [`batches`], and the first bad value of any batch.
///
/// # Example
/// ```
/// use std::sync::Arc;
/// use arrow_array::{RecordBatch, StringArray};
/// use social_services::io::arrow::parquet;
/// use social_services::Person;
///
/// // A file another tool wrote, with the ids as text and a bad СНИЛС in its second row.
/// let text = |values: &[&str]| Arc::new(StringArray::from(values.to_vec())) as _;
/// let batch = RecordBatch::try_from_iter([
///     ("id", text(&["6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11", "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f12"])),
///     ("name", text(&["Егорова Е.В.", "Вдовин А.Н."])),
///     ("snils", text(&["112-233-445 95", "112-233-445 96"])),
/// ])?;
/// let mut file = Vec::new();
/// let mut writer = ::parquet::arrow::ArrowWriter::try_new(&mut file, batch.schema(), None)?;
/// writer.write(&batch)?;
/// writer.close()?;
/// let err = parquet::read::<Person>(parquet::Bytes::from(file)).unwrap_err();
/// let chain = social_services::io::Chain(&err).to_string();
/// assert!(chain.starts_with("table persons, row 2, column snils: invalid СНИЛС"), "{chain}");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read<T: Table>(input: impl ChunkReader + 'static) -> Result<Vec<T>, IoError> {
    let mut records = Vec::new();
    for batch in batches::<T>(input)? {
        records.extend(batch?);
    }
    Ok(records)
}
