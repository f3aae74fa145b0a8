//! The normal path: every line read by serde (JSON Lines) or the `csv` crate (CSV) and the
//! crate's value parsers. The fast paths hand it every line they do not read themselves, and
//! it is the baseline they are measured and tested against.

use std::io::{BufRead, BufReader, Read};

use super::csv::{Columns, Fallback};
use super::error::StreamError;
use super::reader::MAX_LINE;
use super::row::AttendanceRow;
use super::{Format, jsonl};
use crate::aggregate::AttendanceByRegionKind;
use crate::records::InstitutionKind;

/// The message of a JSON error without the ` at line L column C` that `serde_json` appends,
/// every quoted name or value in it cut as a value's own error cuts it.
fn bare_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    super::error::cut_quotes(text.strip_suffix(&suffix).unwrap_or(&text))
}

/// Reads one JSON Lines line with serde, or says why it is not an attendance row.
pub(super) fn jsonl_line(line: &[u8], number: u64) -> Result<AttendanceRow, StreamError> {
    let error = |field: String, inner: &serde_json::Error| StreamError::Row {
        line: number,
        column: inner.column(),
        field,
        message: bare_message(inner),
    };
    let mut deserializer = serde_json::Deserializer::from_slice(line);
    let row: AttendanceRow = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let field = e.path().to_string();
        // The path names an unknown field whole: it is cut as a quoted value is.
        let field = match field.char_indices().nth(crate::values::MAX_QUOTED_CHARS) {
            _ if field == "." => String::new(),
            Some((end, _)) => format!("{}…", &field[..end]),
            None => field,
        };
        error(field, e.inner())
    })?;
    deserializer
        .end()
        .map_err(|inner| error(String::new(), &inner))?;
    Ok(row)
}

/// Reads the `count` cells of one CSV record with the crate's value parsers.
pub(super) fn csv_cells<'a>(
    count: usize,
    cell: impl Fn(usize) -> &'a str,
    columns: &Columns,
    number: u64,
) -> Result<AttendanceRow, StreamError> {
    if count != 6 {
        return Err(StreamError::Row {
            line: number,
            column: 0,
            field: String::new(),
            message: format!("found {count} cells, expected 6"),
        });
    }
    let bad = |field: usize, message: String| StreamError::Row {
        line: number,
        column: columns.0[field] + 1,
        field: super::CSV_HEADER[field].to_owned(),
        message,
    };
    let cell = |field: usize| cell(columns.0[field]);
    Ok(AttendanceRow {
        event: cell(0).parse().map_err(|e| bad(0, format!("{e}")))?,
        date: cell(1).parse().map_err(|e| bad(1, format!("{e}")))?,
        person: cell(2).parse().map_err(|e| bad(2, format!("{e}")))?,
        institution: cell(3).parse().map_err(|e| bad(3, format!("{e}")))?,
        region: cell(4).parse().map_err(|e| bad(4, format!("{e}")))?,
        institution_kind: InstitutionKind::from(cell(5)),
    })
}

/// The error of a CSV cell that is not UTF-8: cell `index` of the line (from 0), valid up to
/// byte `valid`.
pub(super) fn invalid_utf8(
    columns: &Columns,
    index: usize,
    valid: usize,
    line: u64,
) -> StreamError {
    let field = columns
        .0
        .iter()
        .position(|&column| column == index)
        .map_or_else(String::new, |field| super::CSV_HEADER[field].to_owned());
    StreamError::Row {
        line,
        column: index + 1,
        field,
        message: format!("not UTF-8 after byte {valid} of the cell"),
    }
}

/// Reads the next line of `reader` into `line` (its `\n` included); `false` at the end of the
/// stream. A line of [`MAX_LINE`] bytes or more is refused, as the fast path refuses it.
fn next_line(
    reader: &mut impl BufRead,
    line: &mut Vec<u8>,
    number: u64,
) -> Result<bool, StreamError> {
    line.clear();
    let read = reader.take(MAX_LINE as u64).read_until(b'\n', line)?;
    if read == MAX_LINE && !line.ends_with(b"\n") {
        return Err(StreamError::LineTooLong {
            line: number,
            limit: MAX_LINE,
        });
    }
    Ok(read > 0)
}

/// [`aggregate`](super::aggregate) on the normal path only: serde for every JSON Lines line,
/// the `csv` crate's reader for every CSV line, the crate's parsers for every value.
///
/// The baseline that the fast paths are tested against (same answer, same errors) and
/// measured against. Lines are numbered as the fast paths number them (a CSV row may not span
/// lines), and limited to the same length.
///
/// # Errors
/// As [`aggregate`](super::aggregate).
///
/// # Example
/// ```
/// use social_services::stream::{self, Format};
/// let text = "event,date,person,institution,region,institution_kind\n";
/// assert_eq!(stream::reference_aggregate(text.as_bytes(), Format::Csv)?.total(), 0);
/// # Ok::<(), social_services::stream::StreamError>(())
/// ```
pub fn reference_aggregate(
    reader: impl Read,
    format: Format,
) -> Result<AttendanceByRegionKind, StreamError> {
    let mut table = AttendanceByRegionKind::default();
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let mut line = Vec::new();
    let mut number = 0;
    let mut columns = None;
    let mut fallback = Fallback::default();
    while next_line(&mut reader, &mut line, number + 1)? {
        number += 1;
        let text = line.strip_suffix(b"\n").unwrap_or(&line);
        match (format, &columns) {
            (Format::JsonLines, _) => {
                if !jsonl::is_blank(text) {
                    let row = jsonl_line(text, number)?;
                    table.add(row.region, &row.institution_kind);
                }
            }
            (Format::Csv, None) => {
                let text = text.strip_suffix(b"\r").unwrap_or(text);
                columns = Some(
                    Columns::of_line(text).map_err(|message| StreamError::Header { message })?,
                );
            }
            (Format::Csv, Some(columns)) => fallback.read(text, columns, number, |row| {
                table.add(row.region, &row.institution_kind);
                Ok(())
            })?,
        }
    }
    if format == Format::Csv && columns.is_none() {
        Columns::of_line(b"").map_err(|message| StreamError::Header { message })?;
    }
    Ok(table)
}
