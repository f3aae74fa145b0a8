//! The error of the report layer.

use super::ColumnKind;

/// Why a report table could not be built as asked.
///
/// # Example
/// ```
/// use social_services::{report::{Cell, Column, Table}, ReportError};
///
/// let err = Table::new("Учреждения", [Column::text("Регион"), Column::count("Учреждений")])
///     .row([Cell::text("Тульская область"), Cell::text("пять")])
///     .unwrap_err();
/// assert!(matches!(err, ReportError::CellKind { .. }));
/// assert_eq!(
///     err.to_string(),
///     r#"table "Учреждения": rows[0][1] ("Учреждений"): expected a count, found text "пять""#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReportError {
    /// A row whose number of cells differs from the table's number of columns.
    #[error("table {table:?}: rows[{row}]: expected {expected} cells, found {found}")]
    RowLength {
        /// The table's title.
        table: String,
        /// The index of the row, counted from 0 (the total row is `total`).
        row: String,
        /// The number of columns.
        expected: usize,
        /// The number of cells given.
        found: usize,
    },
    /// A cell whose kind does not fit its column.
    #[error(
        "table {table:?}: rows[{row}][{index}] ({column:?}): expected {expected}, found {found}"
    )]
    CellKind {
        /// The table's title.
        table: String,
        /// The index of the row, counted from 0 (the total row is `total`).
        row: String,
        /// The index of the column, counted from 0.
        index: usize,
        /// The column's name.
        column: String,
        /// The kind the column holds.
        expected: ColumnKind,
        /// The cell given, described with its value.
        found: String,
    },
    /// A chart asked for a column the table does not have.
    #[error("table {table:?}: no column named {column:?} to chart")]
    UnknownColumn {
        /// The table's title.
        table: String,
        /// The name asked for.
        column: String,
    },
    /// A chart asked for a column that does not hold numbers.
    #[error("table {table:?}: column {column:?} holds {kind}, not numbers, and cannot be charted")]
    NotNumeric {
        /// The table's title.
        table: String,
        /// The column's name.
        column: String,
        /// What the column holds.
        kind: ColumnKind,
    },
    /// A stacked chart asked to cut its bars by a column that does not hold text.
    #[error(
        "table {table:?}: column {column:?} holds {kind}, not text, and cannot cut a stacked chart"
    )]
    NotText {
        /// The table's title.
        table: String,
        /// The column's name.
        column: String,
        /// What the column holds.
        kind: ColumnKind,
    },
    /// A share whose whole is zero or whose part exceeds the whole.
    #[error("invalid share {part} of {whole}: {reason}")]
    Share {
        /// The part.
        part: u64,
        /// The whole.
        whole: u64,
        /// What is wrong with it.
        reason: &'static str,
    },
}
