//! Every table of a data set as Parquet files in one directory, each written atomically.
//!
//! [`write_dataset`] writes `institutions.parquet`, `service_points.parquet`,
//! `persons.parquet`, `appointments.parquet`, `enrollments.parquet`, `services.parquet`,
//! `service_statistics.parquet`, `network_plans.parquet`, `stated_figures.parquet` and
//! `attendance.parquet` (the
//! events' attendees flattened by [`stream::attendance_rows`]).
//! Each file is written to a temporary file beside it and renamed into place
//! ([`atomic::write_file`]), so a reader sees the old file
//! or the whole new one.
//!
//! # Example
//! ```
//! use social_services::io::arrow::{export, parquet};
//! use social_services::{sample, Institution};
//!
//! let dir = std::env::temp_dir().join(format!("export-doc-{}", std::process::id()));
//! let dataset = sample::dataset();
//! let files = export::write_dataset(&dataset, &dir)?;
//! assert_eq!(files.len(), 10);
//! assert_eq!(files[0].table, "institutions");
//! assert_eq!(files[0].rows, 12);
//! let file = std::fs::File::open(dir.join("institutions.parquet"))?;
//! assert_eq!(parquet::read::<Institution>(file)?, dataset.institutions);
//! # std::fs::remove_dir_all(&dir)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::records::{CohortId, Enrollment};
use crate::registry::Dataset;
use crate::stream::{self, AttendanceRow};

use super::super::{IoError, atomic};
use super::Table;
use super::parquet::{Writer, Written};

/// One file that [`write_dataset`] wrote.
///
/// # Example
/// ```
/// use social_services::io::arrow::export;
///
/// let dir = std::env::temp_dir().join(format!("export-file-doc-{}", std::process::id()));
/// let files = export::write_dataset(&social_services::Dataset::new(), &dir)?;
/// assert!(files.iter().all(|f| f.rows == 0 && f.bytes > 0));
/// assert_eq!(files[9].path, dir.join("attendance.parquet"));
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportedFile {
    /// The table ([`Table::NAME`]).
    pub table: &'static str,
    /// The file's path: the directory joined with the table's name and `.parquet`.
    pub path: PathBuf,
    /// The rows written.
    pub rows: u64,
    /// The file's size in bytes.
    pub bytes: u64,
}

/// Writes one table's file atomically: `write` adds the records to the table's writer.
fn write_table<T: Table>(
    dir: &Path,
    write: impl FnOnce(&mut Writer<T, &mut dyn Write>) -> Result<(), IoError>,
) -> Result<ExportedFile, IoError> {
    let path = dir.join(format!("{}.parquet", T::NAME));
    let mut written = Written { rows: 0, bytes: 0 };
    atomic::write_file(&path, |out: &mut dyn Write| {
        let mut writer = Writer::<T, _>::new(out)?;
        write(&mut writer)?;
        written = writer.finish()?;
        Ok::<(), IoError>(())
    })?;
    Ok(ExportedFile {
        table: T::NAME,
        path,
        rows: written.rows,
        bytes: written.bytes,
    })
}

/// Writes every table of `dataset` as a Parquet file in `dir` (created if need be), one file
/// at a time, each atomically; returns the files in the order of the [module docs](self).
///
/// # Errors
/// [`IoError::Io`] when the directory or a file cannot be created or written (the file being
/// written is left as it was, the ones before it are written); a table's error as
/// [`Table::to_batch`].
///
/// # Example
/// ```
/// use social_services::io::arrow::{export, parquet};
/// use social_services::{sample, stream};
///
/// let dir = std::env::temp_dir().join(format!("export-attendance-doc-{}", std::process::id()));
/// let dataset = sample::dataset();
/// let files = export::write_dataset(&dataset, &dir)?;
/// let attendance = files.iter().find(|f| f.table == "attendance").unwrap();
/// assert_eq!(attendance.rows, stream::attendance_rows(&dataset).count() as u64);
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_dataset(
    dataset: &Dataset,
    dir: impl AsRef<Path>,
) -> Result<Vec<ExportedFile>, IoError> {
    let dir = dir.as_ref();
    std::fs::create_dir_all(dir)?;
    let enrollments = dataset
        .cohorts
        .iter()
        .flat_map(|c| c.enrollments.iter().map(|e| (c.id, e.clone())));
    Ok(vec![
        write_table(dir, |w| w.write(&dataset.institutions))?,
        write_table(dir, |w| w.write(&dataset.service_points))?,
        write_table(dir, |w| w.write(&dataset.persons))?,
        write_table(dir, |w| w.write(&dataset.appointments))?,
        write_table::<(CohortId, Enrollment)>(dir, |w| w.write_iter(enrollments))?,
        write_table(dir, |w| w.write(&dataset.services))?,
        write_table(dir, |w| w.write(&dataset.service_statistics))?,
        write_table(dir, |w| w.write(&dataset.network_plans))?,
        write_table(dir, |w| w.write(&dataset.stated_figures))?,
        write_table::<AttendanceRow>(dir, |w| w.write_iter(stream::attendance_rows(dataset)))?,
    ])
}
