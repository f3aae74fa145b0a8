//! The fast path of the CSV form: unquoted lines split in place, with the `csv` crate (the
//! normal path) for the header and for any line this path does not read itself.

use csv_core::ReadRecordResult;
use memchr::{memchr, memchr_iter, memchr3};

use super::error::StreamError;
use super::fields::{self, Memo, csv_text};
use super::row::{AttendanceRow, CSV_HEADER};
use super::{Parsed, reference};

/// Where each field of [`CSV_HEADER`] is in the file: its column index, in header order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Columns(pub(super) [usize; 6]);

impl Columns {
    /// The columns of a header record: each of the six names exactly once, no other.
    pub(super) fn of(header: &csv::StringRecord) -> Result<Self, String> {
        let mut at = [usize::MAX; 6];
        for (column, name) in header.iter().enumerate() {
            let Some(field) = CSV_HEADER.iter().position(|known| *known == name) else {
                return Err(format!("unknown column {}", super::error::quoted(name)));
            };
            if at[field] != usize::MAX {
                return Err(format!("column {name} appears twice"));
            }
            at[field] = column;
        }
        if let Some(missing) = at.iter().position(|&column| column == usize::MAX) {
            return Err(format!("missing column {}", CSV_HEADER[missing]));
        }
        Ok(Self(at))
    }

    /// The columns of the header line, read by the `csv` crate (a UTF-8 byte order mark is
    /// skipped).
    pub(super) fn of_line(line: &[u8]) -> Result<Self, String> {
        let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(line);
        let mut record = csv::StringRecord::new();
        match reader.read_record(&mut record) {
            Ok(true) => Self::of(&record),
            Ok(false) => Self::of(&csv::StringRecord::new()),
            Err(err) => Err(err.to_string()),
        }
    }
}

/// Reads a line laid out exactly as [`AttendanceRow::write_csv`] writes it (a hyphenated UUID,
/// `YYYY-MM-DD`, a two-digit code, a canonical kind, in header order): fixed offsets, no
/// search. Every byte is checked (separators, digits, the kind's name), so a quote or a
/// carriage return cannot pass.
#[inline]
fn canonical(line: &[u8]) -> Option<Parsed> {
    const D: usize = 37;
    const P: usize = D + 11;
    const I: usize = P + 37;
    const R: usize = I + 37;
    const K: usize = R + 3;
    if line.len() <= K
        || line[D - 1] != b','
        || line[P - 1] != b','
        || line[I - 1] != b','
        || line[R - 1] != b','
        || line[K - 1] != b','
    {
        return None;
    }
    let no_text = |_: &[u8]| None;
    let (institution_kind, slot) = fields::known_kind(&line[K..])?;
    Some(Parsed {
        row: AttendanceRow {
            event: fields::uuid(&line[..D - 1], no_text)?.into(),
            date: fields::date(&line[D..P - 1], no_text)?,
            person: fields::uuid(&line[P..I - 1], no_text)?.into(),
            institution: fields::uuid(&line[I..R - 1], no_text)?.into(),
            region: fields::region(&line[R..K - 1], no_text)?,
            institution_kind,
        },
        slot,
    })
}

/// The cells of one line (without its `\n` and `\r`) split in place: unquoted cells, and
/// quoted cells with their quotes taken off. `None` when the line is not six such cells, or
/// when a cell holds what the `csv` crate reads in its own way (a doubled quote inside quotes,
/// a quote or a carriage return inside an unquoted cell): the caller then reads it with the
/// `csv` crate.
#[inline]
fn cells(line: &[u8]) -> Option<[&[u8]; 6]> {
    let mut cells: [&[u8]; 6] = [&[]; 6];
    let mut at = 0;
    for (index, cell) in cells.iter_mut().enumerate() {
        let last = index == 5;
        let end = if line.get(at) == Some(&b'"') {
            let close = at + 1 + memchr(b'"', &line[at + 1..])?;
            *cell = &line[at + 1..close];
            close + 1
        } else {
            let end = memchr3(b',', b'"', b'\r', &line[at..]).map_or(line.len(), |i| at + i);
            *cell = &line[at..end];
            end
        };
        match line.get(end) {
            None if last => return Some(cells),
            Some(b',') if !last => at = end + 1,
            _ => return None,
        }
    }
    None
}

/// Reads one line (without its `\n`) as an attendance row, or `None` when this path does not
/// read it (a doubled quote, a carriage return inside, a wrong number of cells, an invalid
/// value …): the caller then reads the line with the `csv` crate, which accepts it or says why
/// not.
#[inline]
pub(super) fn parse(line: &[u8], columns: &Columns, memo: &mut Memo) -> Option<Parsed> {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if columns.0 == [0, 1, 2, 3, 4, 5]
        && let Some(parsed) = canonical(line)
    {
        return Some(parsed);
    }
    let cells = cells(line)?;
    let cell = |field: usize| cells[columns.0[field]];
    let (institution_kind, slot) = memo.kind(cell(5), csv_text)?;
    Some(Parsed {
        row: AttendanceRow {
            event: fields::uuid(cell(0), csv_text)?.into(),
            date: fields::date(cell(1), csv_text)?,
            person: fields::uuid(cell(2), csv_text)?.into(),
            institution: fields::uuid(cell(3), csv_text)?.into(),
            region: memo.region(cell(4), csv_text)?,
            institution_kind,
        },
        slot,
    })
}

/// The `csv` crate's reader for the lines the fast path leaves, made once and reset for each
/// line (making one costs microseconds: it builds its state machine).
#[derive(Debug)]
pub(super) struct Fallback {
    reader: csv_core::Reader,
    out: Vec<u8>,
    ends: Vec<usize>,
}

impl Default for Fallback {
    fn default() -> Self {
        Self {
            reader: csv_core::Reader::new(),
            out: vec![0; 1 << 10],
            ends: vec![0; 8],
        }
    }
}

impl Fallback {
    /// Reads one line (without its `\n`) as the `csv` crate reads it and hands each row to
    /// `row` (a carriage return alone ends a record, so there may be two; an empty line has
    /// none), or says why a record is not a valid row.
    pub(super) fn read(
        &mut self,
        line: &[u8],
        columns: &Columns,
        number: u64,
        mut row: impl FnMut(AttendanceRow) -> Result<(), StreamError>,
    ) -> Result<(), StreamError> {
        if memchr_iter(b'"', line).count() % 2 == 1 {
            return Err(StreamError::Row {
                line: number,
                column: 0,
                field: String::new(),
                message: "a quoted cell runs past the end of the line (rows may not span lines)"
                    .to_owned(),
            });
        }
        self.reader.reset();
        // A reset reader skips a byte order mark; in the middle of a file the csv crate does
        // not, so the first byte goes alone.
        let mut input = line;
        if line.starts_with(b"\xEF") {
            let (_, read, _, _) = self.reader.read_record(&line[..1], &mut self.out, &mut []);
            input = &line[read..];
        }
        let (mut out, mut ends) = (0, 0);
        loop {
            let (result, read, wrote, ended) =
                self.reader
                    .read_record(input, &mut self.out[out..], &mut self.ends[ends..]);
            input = &input[read..];
            out += wrote;
            ends += ended;
            match result {
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull => self.out.resize(self.out.len() * 2, 0),
                ReadRecordResult::OutputEndsFull => self.ends.resize(self.ends.len() * 2, 0),
                ReadRecordResult::Record => {
                    row(self.record(out, ends, columns, number)?)?;
                    (out, ends) = (0, 0);
                }
                ReadRecordResult::End => return Ok(()),
            }
        }
    }

    /// The record of the first `out` bytes and `ends` cells read, as a row.
    fn record(
        &self,
        out: usize,
        ends: usize,
        columns: &Columns,
        number: u64,
    ) -> Result<AttendanceRow, StreamError> {
        let ends = &self.ends[..ends];
        let mut cells = [""; 6];
        let mut start = 0;
        for (index, &end) in ends.iter().enumerate() {
            let bytes = &self.out[start..end.min(out)];
            let text = std::str::from_utf8(bytes).map_err(|error| {
                reference::invalid_utf8(columns, index, error.valid_up_to(), number)
            })?;
            if let Some(cell) = cells.get_mut(index) {
                *cell = text;
            }
            start = end;
        }
        reference::csv_cells(ends.len(), |index| cells[index], columns, number)
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_columns_in_any_order() {
        let columns =
            Columns::of_line(b"region,event,date,person,institution,institution_kind").unwrap();
        assert_eq!(columns.0, [1, 2, 3, 4, 0, 5]);
    }

    #[test]
    fn rejects_a_header_with_a_missing_unknown_or_repeated_column() {
        assert_eq!(
            Columns::of_line(b"event,date,person,institution,region").unwrap_err(),
            "missing column institution_kind"
        );
        assert_eq!(
            Columns::of_line(b"event,date,person,institution,region,institution_kind,x")
                .unwrap_err(),
            "unknown column \"x\""
        );
        assert_eq!(
            Columns::of_line(b"event,date,person,institution,region,region").unwrap_err(),
            "column region appears twice"
        );
    }

    #[test]
    fn reads_quoted_cells_and_leaves_doubled_quotes_and_wrong_cell_counts_to_the_csv_crate() {
        let columns = Columns([0, 1, 2, 3, 4, 5]);
        let memo = &mut Memo::default();
        let line = "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11,2024-10-03,0b3c6a43-5f2e-4a51-9bd1-3c4a2f1e0d9a,9e6a0c1d-2b3f-4d5e-8f70-1a2b3c4d5e6f,71,kcson";
        assert!(canonical(line.as_bytes()).is_some());
        assert!(parse(line.as_bytes(), &columns, memo).is_some());
        assert!(parse(format!("{line}\r").as_bytes(), &columns, memo).is_some());
        let quoted = format!("\"{}\"\r", line.replace(',', "\",\""));
        assert_eq!(
            parse(quoted.as_bytes(), &columns, memo).map(|parsed| parsed.row),
            parse(line.as_bytes(), &columns, memo).map(|parsed| parsed.row)
        );
        assert!(
            parse(
                line.replace("kcson", "\"kc\"\"son\"").as_bytes(),
                &columns,
                memo
            )
            .is_none()
        );
        assert!(parse(line.replace("kcson", "kc\"son").as_bytes(), &columns, memo).is_none());
        assert!(parse(line.replace("kcson", "kc\rson").as_bytes(), &columns, memo).is_none());
        assert!(parse(format!("{line},x").as_bytes(), &columns, memo).is_none());
        assert!(parse(line.replace(",71", "").as_bytes(), &columns, memo).is_none());
        assert!(parse(line.replace(",71", ",99").as_bytes(), &columns, memo).is_none());
    }
}
