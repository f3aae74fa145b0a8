//! What each table is: its name, columns, and how records become columns and back.

use arrow_array::{RecordBatch, RecordBatchOptions};
use arrow_schema::SchemaRef;

use super::super::IoError;
use super::read::Batch;
use super::schema::{Column, schema};
use super::write::{Columns, Unwritable};

/// One record kind as an Arrow table.
pub struct Spec<T: 'static> {
    /// The table's name, and its file's without `.parquet` (`institutions`).
    pub name: &'static str,
    /// The kind of record, for messages (`institution`).
    pub record: &'static str,
    /// The columns, in order.
    pub columns: &'static [Column],
    /// What names a record in messages (its id).
    pub id: fn(&T) -> String,
    /// Builds every column, in order, from the records.
    pub write: fn(&[T], &mut Columns) -> Result<(), Unwritable>,
    /// Reads the records of a batch.
    pub read: fn(&Batch<'_>) -> Result<Vec<T>, IoError>,
}

impl<T> Spec<T> {
    /// The table's Arrow schema.
    pub fn schema(&self) -> SchemaRef {
        schema(self.name, self.columns)
    }

    /// The records as one record batch.
    pub fn to_batch(&self, records: &[T]) -> Result<RecordBatch, IoError> {
        let mut columns = Columns::new(records.len());
        (self.write)(records, &mut columns).map_err(|u| IoError::ArrowUnwritable {
            table: self.name,
            record: self.record,
            id: (self.id)(&records[u.index]),
            reason: u.reason,
        })?;
        let options = RecordBatchOptions::new().with_row_count(Some(records.len()));
        RecordBatch::try_new_with_options(self.schema(), columns.finish(), &options).map_err(|e| {
            IoError::ArrowSchema {
                table: self.name,
                message: e.to_string(),
            }
        })
    }

    /// The records of a batch whose first row is row `first_row` (from 1) of its file.
    pub fn read_batch(&self, batch: &RecordBatch, first_row: u64) -> Result<Vec<T>, IoError> {
        (self.read)(&Batch::new(self.name, self.columns, batch, first_row)?)
    }
}

/// The record kinds that are tables; implemented only in this crate.
pub trait HasSpec: Sized + 'static {
    /// The table.
    const SPEC: Spec<Self>;
}
