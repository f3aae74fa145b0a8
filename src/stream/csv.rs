//! The fast path of the CSV form: unquoted lines split in place, with the `csv` crate (the
//! normal path) for the header and for any line this path does not read itself.

use memchr::{memchr_iter, memchr2};

use super::Parsed;
use super::fields::{self, csv_text};
use super::row::{AttendanceRow, CSV_HEADER};

/// Where each field of [`CSV_HEADER`] is in the file: its column index, in header order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Columns(pub(super) [usize; 6]);

impl Columns {
    /// The columns of a header record: each of the six names exactly once, no other.
    pub(super) fn of(header: &csv::StringRecord) -> Result<Self, String> {
        let mut at = [usize::MAX; 6];
        for (column, name) in header.iter().enumerate() {
            let Some(field) = CSV_HEADER.iter().position(|known| *known == name) else {
                return Err(format!("unknown column {name:?}"));
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

/// Reads one line (without its `\n`) as an attendance row, or `None` when this path does not
/// read it (a quote, a carriage return inside, a wrong number of cells, an invalid value …): the
/// caller then reads the line with the `csv` crate, which accepts it or says why not.
#[inline]
pub(super) fn parse(line: &[u8], columns: &Columns) -> Option<Parsed> {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if columns.0 == [0, 1, 2, 3, 4, 5]
        && let Some(parsed) = canonical(line)
    {
        return Some(parsed);
    }
    if memchr2(b'"', b'\r', line).is_some() {
        return None;
    }
    let mut cells: [&[u8]; 6] = [&[]; 6];
    let mut start = 0;
    let mut count = 0;
    for comma in memchr_iter(b',', line) {
        if count == 5 {
            return None;
        }
        cells[count] = &line[start..comma];
        count += 1;
        start = comma + 1;
    }
    if count != 5 {
        return None;
    }
    cells[5] = &line[start..];
    let cell = |field: usize| cells[columns.0[field]];
    let (institution_kind, slot) = fields::kind(cell(5), csv_text)?;
    Some(Parsed {
        row: AttendanceRow {
            event: fields::uuid(cell(0), csv_text)?.into(),
            date: fields::date(cell(1), csv_text)?,
            person: fields::uuid(cell(2), csv_text)?.into(),
            institution: fields::uuid(cell(3), csv_text)?.into(),
            region: fields::region(cell(4), csv_text)?,
            institution_kind,
        },
        slot,
    })
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
    fn leaves_quotes_and_wrong_cell_counts_to_the_csv_crate() {
        let columns = Columns([0, 1, 2, 3, 4, 5]);
        let line = "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11,2024-10-03,0b3c6a43-5f2e-4a51-9bd1-3c4a2f1e0d9a,9e6a0c1d-2b3f-4d5e-8f70-1a2b3c4d5e6f,71,kcson";
        assert!(canonical(line.as_bytes()).is_some());
        assert!(parse(line.as_bytes(), &columns).is_some());
        assert!(parse(format!("{line}\r").as_bytes(), &columns).is_some());
        assert!(parse(line.replace("71", "\"71\"").as_bytes(), &columns).is_none());
        assert!(parse(format!("{line},x").as_bytes(), &columns).is_none());
        assert!(parse(line.replace(",71", "").as_bytes(), &columns).is_none());
        assert!(parse(line.replace(",71", ",99").as_bytes(), &columns).is_none());
    }
}
