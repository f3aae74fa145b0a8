//! The errors of the PostgreSQL format.

use std::convert::Infallible;

use crate::records::RecordError;
use crate::stream::StreamError;
use crate::values::ValueError;

/// What went wrong reading from or writing to PostgreSQL.
///
/// A value the crate refuses is reported with the table, the row (its id, or its key for a
/// table without ids) and the column, and the value's own message:
/// `table institutions, row 2f7b…, column inn: invalid ИНН "7830002290": check digit is 0, expected 3`.
///
/// # Example
/// ```
/// use social_services::io::postgres::{CellError, PgError};
/// let error = PgError::Cell {
///     table: "persons",
///     row: "0b3c6a43-5f2e-4a51-9bd1-3c4a2f1e0d9a".into(),
///     column: "name".into(),
///     cause: Box::new(CellError::Null),
/// };
/// assert_eq!(
///     error.to_string(),
///     "table persons, row 0b3c6a43-5f2e-4a51-9bd1-3c4a2f1e0d9a, column name: null in a required column"
/// );
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PgError {
    /// The server refused a statement or the connection failed.
    #[error("postgresql: {}", db_message(.0))]
    Db(#[from] postgres::Error),
    /// A cell of a row read back holds what the crate would refuse.
    #[error("table {table}, row {row}, column {column}: {cause}")]
    Cell {
        /// The table.
        table: &'static str,
        /// The row: its id, or its key where the table has no id column.
        row: String,
        /// The column.
        column: String,
        /// What is wrong with the value.
        #[source]
        cause: Box<CellError>,
    },
    /// A record that PostgreSQL cannot store as it is (its text holds a NUL character, which
    /// a `text` or `jsonb` value cannot hold).
    #[error("table {table}, row {row}, column {column}: {reason}")]
    Unstorable {
        /// The table.
        table: &'static str,
        /// The row: the record's id or key.
        row: String,
        /// The column.
        column: String,
        /// Why it cannot be stored.
        reason: &'static str,
    },
    /// The schema in the database is newer than this version of the crate knows.
    #[error("the schema is at migration {found}, newer than the newest this crate knows ({known})")]
    SchemaTooNew {
        /// The newest migration applied in the database.
        found: i32,
        /// The newest migration of this crate.
        known: i32,
    },
    /// Sending rows to `COPY` failed (the connection broke; the server's own error, if any,
    /// is reported when the copy ends).
    #[error("copy: {0}")]
    Copy(#[source] std::io::Error),
    /// The `dataset` table holds no row: nothing was saved in this schema.
    #[error("no data set is saved in this schema (the dataset table is empty)")]
    NoDataset,
    /// An attendance file could not be read, or a row of it is invalid.
    #[error("attendance: {0}")]
    Stream(#[source] Box<StreamError>),
}

/// The server's own message when there is one (`postgres::Error` displays only `db error`).
fn db_message(error: &postgres::Error) -> String {
    match error.as_db_error() {
        Some(db) => match db.detail() {
            Some(detail) => format!("{} ({detail})", db.message()),
            None => db.message().to_owned(),
        },
        None => error.to_string(),
    }
}

/// What is wrong with one cell read back from PostgreSQL.
///
/// # Example
/// ```
/// use social_services::io::postgres::CellError;
/// let cause: CellError = "7830002290".parse::<social_services::values::Inn>().unwrap_err().into();
/// assert_eq!(cause.to_string(), r#"invalid ИНН "7830002290": check digit is 0, expected 3"#);
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CellError {
    /// A required column holds null.
    #[error("null in a required column")]
    Null,
    /// The value's parser refused the text.
    #[error(transparent)]
    Value(#[from] ValueError),
    /// The record's parser refused the text (an id, a count, a scope).
    #[error(transparent)]
    Record(#[from] RecordError),
    /// A JSON column does not hold what the record's JSON form reads.
    #[error("{0}")]
    Json(#[from] serde_json::Error),
    /// A number outside what the field holds.
    #[error("{value} is not {expected}")]
    Number {
        /// The number as stored.
        value: String,
        /// What the field holds.
        expected: &'static str,
    },
    /// A qualifier of a stated count that is not one of the five.
    #[error("unknown qualifier {0:?} (expected exact, more_than, up_to, about or almost)")]
    Qualifier(String),
    /// The database could not give the value as text.
    #[error("{}", db_message(.0))]
    Db(#[from] postgres::Error),
}

impl From<Infallible> for CellError {
    fn from(never: Infallible) -> Self {
        match never {}
    }
}
