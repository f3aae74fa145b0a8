//! The machinery shared by every CSV kind: a header of known columns then extra columns, cells
//! written from values' text forms and read back through their parsers, with the line and
//! column of a bad cell.

use std::collections::BTreeSet;
use std::error::Error;
use std::fmt::Display;
use std::io::{Read, Write};
use std::str::FromStr;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::records::{Extra, Vocabulary};
use crate::values::{
    Address, District, GeoPoint, House, Locality, Oktmo, PostalCode, RegionCode, Street,
};

use super::super::IoError;
use super::super::error::{Cause, Problem};

/// The separator of list items in a cell.
pub(super) const LIST_SEPARATOR: &str = "; ";

/// The columns of a flattened address, after `address_`.
pub(super) const ADDRESS_PARTS: [&str; 8] = [
    "address_region",
    "address_district",
    "address_locality",
    "address_street",
    "address_house",
    "address_postal_code",
    "address_oktmo",
    "address_geo",
];

/// One kind of record as a table.
pub(super) struct Table<T> {
    /// The kind, for messages (`institution`).
    pub kind: &'static str,
    /// The known columns, in order.
    pub columns: &'static [&'static str],
    /// The columns a header must have.
    pub required: &'static [&'static str],
    /// The text that names a record in messages (its id).
    pub name: fn(&T) -> String,
    /// The record's unknown fields.
    pub extra: fn(&T) -> &Extra,
    /// The record's unknown fields, to fill in.
    pub extra_mut: fn(&mut T) -> &mut Extra,
    /// Writes the known cells, in column order.
    pub write: fn(&T, &mut RowWriter) -> Result<(), String>,
    /// Reads the known cells.
    pub read: fn(&Row<'_>) -> Result<T, IoError>,
}

/// A reader that counts the line ends of what it passes on (`\n`, `\r\n`, or a lone `\r`,
/// each one end), so that a row's line can be told from its byte offset: the `csv` crate's own
/// line count skips blank lines and a `\r`-only line end (every row of such a file would be on
/// line 1).
struct LineEnds<R> {
    inner: R,
    /// Bytes passed on so far.
    offset: u64,
    /// The last byte passed on was a `\r` (whether a `\n` follows is not known yet).
    pending_cr: bool,
    /// The line ends passed on and not yet asked about, in order: the offsets of their first
    /// and last bytes (two bytes for `\r\n`).
    ends: std::collections::VecDeque<(u64, u64)>,
    /// The line ends before the offset last asked about.
    before: u64,
}

impl<R> LineEnds<R> {
    fn new(inner: R) -> Self {
        Self {
            inner,
            offset: 0,
            pending_cr: false,
            ends: std::collections::VecDeque::new(),
            before: 0,
        }
    }

    /// The line, from 1, of a position the `csv` crate gives (offsets are asked about in
    /// increasing order, as rows are read). The crate's position of a row is where its reading
    /// began, before the blank lines it skipped: they are skipped here too.
    fn line(&mut self, position: Option<&::csv::Position>) -> u64 {
        let Some(position) = position else { return 0 };
        let mut at = position.byte();
        while let Some(&(start, end)) = self.ends.front() {
            if start > at {
                break;
            }
            // A line end the position is at (or inside: the `\n` of a `\r\n`) is one more
            // blank line before the row.
            at = at.max(end + 1);
            self.ends.pop_front();
            self.before += 1;
        }
        self.before + 1
    }
}

impl<R: Read> Read for LineEnds<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf)?;
        if read == 0 {
            if std::mem::take(&mut self.pending_cr) {
                let at = self.offset - 1;
                self.ends.push_back((at, at));
            }
            return Ok(0);
        }
        for (i, byte) in buf[..read].iter().enumerate() {
            let at = self.offset + i as u64;
            let after_cr = std::mem::take(&mut self.pending_cr);
            match byte {
                b'\n' if after_cr => self.ends.push_back((at - 1, at)),
                b'\n' => self.ends.push_back((at, at)),
                _ if after_cr => self.ends.push_back((at - 1, at - 1)),
                _ => {}
            }
            if *byte == b'\r' {
                self.pending_cr = true;
            }
        }
        self.offset += read as u64;
        Ok(read)
    }
}

fn csv_error(error: ::csv::Error) -> IoError {
    csv_error_at(error, |p| p.map_or(0, ::csv::Position::line))
}

fn csv_error_at(
    error: ::csv::Error,
    line: impl FnOnce(Option<&::csv::Position>) -> u64,
) -> IoError {
    let line = line(error.position());
    let message = match error.kind() {
        ::csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("the row has {len} cells, the header {expected_len}"),
        ::csv::ErrorKind::Utf8 { err, .. } => {
            format!("cell {} is not UTF-8 text", err.field() + 1)
        }
        _ => error.to_string(),
    };
    match error.into_kind() {
        ::csv::ErrorKind::Io(e) => IoError::Io(e),
        _ => IoError::CsvSyntax { line, message },
    }
}

/// Writes records as a table: the known columns, then every extra field any record has, in
/// name order.
pub(super) fn write_table<T>(
    table: &Table<T>,
    records: &[T],
    writer: impl Write,
) -> Result<(), IoError> {
    let unwritable = |record: &T, reason: String| IoError::CsvUnwritable {
        record: table.kind,
        id: (table.name)(record),
        reason,
    };
    let mut extra_columns = BTreeSet::new();
    for record in records {
        for (key, value) in (table.extra)(record) {
            if table.columns.contains(&key.as_str()) {
                let reason = format!("extra field {key:?} has the name of a column");
                return Err(unwritable(record, reason));
            }
            if value.as_str() == Some("") {
                let reason = format!(
                    "extra field {key:?} is an empty text, which a cell cannot tell from an absent field"
                );
                return Err(unwritable(record, reason));
            }
            extra_columns.insert(key.as_str());
        }
    }
    let mut out = ::csv::Writer::from_writer(writer);
    out.write_record(table.columns.iter().chain(&extra_columns))
        .map_err(csv_error)?;
    let mut row = RowWriter { cells: Vec::new() };
    for record in records {
        row.cells.clear();
        (table.write)(record, &mut row).map_err(|reason| unwritable(record, reason))?;
        debug_assert_eq!(row.cells.len(), table.columns.len());
        let extra = (table.extra)(record);
        for key in &extra_columns {
            row.cells.push(match extra.get(*key) {
                None => String::new(),
                Some(Value::String(text)) => text.clone(),
                Some(other) => other.to_string(),
            });
        }
        out.write_record(&row.cells).map_err(csv_error)?;
    }
    out.flush()?;
    Ok(())
}

/// Reads a table: the header must name every required column once; columns it does not know
/// become extra fields of each record (an empty cell is an absent field).
pub(super) fn read_table<T>(table: &Table<T>, reader: impl Read) -> Result<Vec<T>, IoError> {
    let mut input = ::csv::Reader::from_reader(LineEnds::new(reader));
    let header = match input.headers() {
        Ok(header) => header.clone(),
        Err(e) => return Err(csv_error_at(e, |p| input.get_mut().line(p))),
    };
    let mut positions = vec![None; table.columns.len()];
    let mut extra_columns = Vec::new();
    let mut seen = BTreeSet::new();
    for (index, name) in header.iter().enumerate() {
        if !seen.insert(name) {
            return Err(IoError::CsvDuplicateColumn {
                name: name.to_owned(),
            });
        }
        match table.columns.iter().position(|c| *c == name) {
            Some(known) => positions[known] = Some(index),
            None if name == "address" && table.columns.contains(&ADDRESS_PARTS[0]) => {
                // As an extra field it would stand beside the record's own `address` in JSON,
                // which then does not read back.
                return Err(IoError::CsvJsonOnlyColumn {
                    name: name.to_owned(),
                    columns: "address_…",
                });
            }
            None => extra_columns.push((index, name.to_owned())),
        }
    }
    if let Some(missing) = table
        .required
        .iter()
        .find(|r| !header.iter().any(|name| name == **r))
    {
        return Err(IoError::CsvMissingColumn { name: missing });
    }
    let mut records = Vec::new();
    let mut record = ::csv::StringRecord::new();
    loop {
        match input.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(csv_error_at(e, |p| input.get_mut().line(p))),
        }
        let row = Row {
            cells: &record,
            columns: table.columns,
            positions: &positions,
            line: input.get_mut().line(record.position()),
        };
        let mut item = (table.read)(&row)?;
        let extra = (table.extra_mut)(&mut item);
        for (index, name) in &extra_columns {
            match record.get(*index) {
                Some(cell) if !cell.is_empty() => {
                    extra.insert(name.clone(), Value::String(cell.to_owned()));
                }
                _ => {}
            }
        }
        records.push(item);
    }
    Ok(records)
}

/// The cells of one row being written, in column order.
pub(super) struct RowWriter {
    cells: Vec<String>,
}

impl RowWriter {
    /// A text as is.
    pub fn text(&mut self, text: &str) {
        self.cells.push(text.to_owned());
    }

    /// An optional text; an empty one cannot be told from an absent one.
    pub fn opt_text(&mut self, column: &str, text: Option<&String>) -> Result<(), String> {
        if text.is_some_and(String::is_empty) {
            return Err(format!(
                "{column} is an empty text, which a cell cannot tell from an absent one"
            ));
        }
        self.text(text.map_or("", String::as_str));
        Ok(())
    }

    /// A value in its text form.
    pub fn value(&mut self, value: &impl Display) {
        self.cells.push(value.to_string());
    }

    /// An optional value in its text form; empty when absent.
    pub fn opt(&mut self, value: Option<&impl Display>) {
        self.cells
            .push(value.map(ToString::to_string).unwrap_or_default());
    }

    /// `true` or `false`.
    pub fn flag(&mut self, flag: bool) {
        self.value(&flag);
    }

    /// Values in their text forms, joined with `; `.
    pub fn list<T: Display>(&mut self, values: &[T]) {
        let texts: Vec<String> = values.iter().map(ToString::to_string).collect();
        self.cells.push(texts.join(LIST_SEPARATOR));
    }

    /// A term of a vocabulary, which must read back as itself: an escape term (`Other`) may
    /// be neither empty (an empty cell is an absent value) nor a text that reads as a known
    /// term.
    pub fn term<V: Vocabulary>(&mut self, column: &str, term: &V) -> Result<(), String> {
        check_term(column, term)?;
        self.text(term.as_str());
        Ok(())
    }

    /// An optional term of a vocabulary; empty when absent.
    pub fn opt_term<V: Vocabulary>(
        &mut self,
        column: &str,
        term: Option<&V>,
    ) -> Result<(), String> {
        if let Some(term) = term {
            return self.term(column, term);
        }
        self.cells.push(String::new());
        Ok(())
    }

    /// Terms of a vocabulary joined with `; `, each of which must read back as itself: besides
    /// what [`RowWriter::term`] refuses, an item with a `;` or white space at an end.
    pub fn terms<V: Vocabulary>(&mut self, column: &str, terms: &[V]) -> Result<(), String> {
        for term in terms {
            let text = term.as_str();
            let problem = if text.is_empty() {
                "is empty, which reading skips"
            } else if text.contains(';') {
                "has a `;`, which separates items"
            } else if text.trim() != text {
                "has white space at an end, which reading trims"
            } else {
                check_term(column, term)?;
                continue;
            };
            return Err(format!(
                "{column} item {text:?} {problem}, so it would not read back"
            ));
        }
        let texts: Vec<&str> = terms.iter().map(Vocabulary::as_str).collect();
        self.cells.push(texts.join(LIST_SEPARATOR));
        Ok(())
    }

    /// Records as one JSON array; empty when there are none.
    pub fn json<T: Serialize>(&mut self, values: &[T]) {
        self.cells.push(if values.is_empty() {
            String::new()
        } else {
            serde_json::to_string(values).unwrap_or_default()
        });
    }

    /// An address over the eight `address_…` columns.
    pub fn address(&mut self, address: Option<&Address>) {
        match address {
            None => self.cells.extend(ADDRESS_PARTS.map(|_| String::new())),
            Some(a) => {
                self.value(&a.region());
                self.opt(a.district());
                self.value(a.locality());
                self.opt(a.street());
                self.opt(a.house().as_ref());
                self.opt(a.postal_code().as_ref());
                self.opt(a.oktmo().as_ref());
                self.opt(a.geo().as_ref());
            }
        }
    }
}

/// Refuses an escape term that a cell would not give back.
fn check_term<V: Vocabulary>(column: &str, term: &V) -> Result<(), String> {
    if term.is_known() {
        return Ok(());
    }
    let text = term.as_str();
    if text.is_empty() {
        return Err(format!(
            "{column} is an empty term, which a cell cannot tell from an absent one"
        ));
    }
    if let Some(known) = V::parse_known(text) {
        return Err(format!(
            "{column} term {text:?} is kept as written but reads back as the known term {:?}",
            known.as_str()
        ));
    }
    Ok(())
}

/// One row being read.
pub(super) struct Row<'a> {
    cells: &'a ::csv::StringRecord,
    columns: &'static [&'static str],
    positions: &'a [Option<usize>],
    line: u64,
}

impl Row<'_> {
    /// The cell of a known column and its column number from 1; `("", 0)` when the header has
    /// no such column.
    fn cell(&self, column: &str) -> (&str, usize) {
        let known = self
            .columns
            .iter()
            .position(|c| *c == column)
            .unwrap_or_else(|| unreachable!("{column} is not a known column"));
        match self.positions[known] {
            Some(index) => (self.cells.get(index).unwrap_or(""), index + 1),
            None => ("", 0),
        }
    }

    /// The error of the cell of a column: what the reader found wrong.
    pub fn error(&self, column: &str, message: impl Into<String>) -> IoError {
        self.caused(column, Problem::cause(message))
    }

    /// The error of the cell of a column, caused by the value's own error.
    pub fn caused(&self, column: &str, source: impl Into<Cause>) -> IoError {
        IoError::CsvCell {
            line: self.line,
            column: self.cell(column).1,
            name: column.to_owned(),
            source: source.into(),
        }
    }

    /// A text as is (empty when absent).
    pub fn text(&self, column: &str) -> String {
        self.cell(column).0.to_owned()
    }

    /// A text, none when the cell is empty.
    pub fn opt_text(&self, column: &str) -> Option<String> {
        Some(self.cell(column).0)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
    }

    /// A value that must be there.
    pub fn req<T: FromStr<Err: Error + Send + Sync + 'static>>(
        &self,
        column: &str,
    ) -> Result<T, IoError> {
        self.opt(column)?
            .ok_or_else(|| self.error(column, "required cell is empty"))
    }

    /// A value, none when the cell is empty.
    pub fn opt<T: FromStr<Err: Error + Send + Sync + 'static>>(
        &self,
        column: &str,
    ) -> Result<Option<T>, IoError> {
        match self.cell(column).0 {
            "" => Ok(None),
            text => text.parse().map(Some).map_err(|e| self.caused(column, e)),
        }
    }

    /// `true`, `false`, or empty for `false`.
    pub fn flag(&self, column: &str) -> Result<bool, IoError> {
        match self.cell(column).0 {
            "" | "false" => Ok(false),
            "true" => Ok(true),
            other => Err(self.error(column, format!("expected true or false, found {other:?}"))),
        }
    }

    /// Values separated by `;` (white space around each is ignored, empty items skipped).
    pub fn list<T: FromStr<Err: Error + Send + Sync + 'static>>(
        &self,
        column: &str,
    ) -> Result<Vec<T>, IoError> {
        self.cell(column)
            .0
            .split(';')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(|t| t.parse().map_err(|e| self.caused(column, e)))
            .collect()
    }

    /// A JSON array of records; empty when the cell is empty.
    pub fn json<T: DeserializeOwned>(&self, column: &str) -> Result<Vec<T>, IoError> {
        match self.cell(column).0 {
            "" => Ok(Vec::new()),
            text => {
                let records =
                    serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_str(text))
                        .map_err(|e| {
                            if super::super::keys::is_too_deep(e.inner()) {
                                // No path: it would be 127 levels of `[0]`.
                                let limit = super::super::json::MAX_NESTING;
                                let message =
                                    format!("arrays and objects nested deeper than {limit} levels");
                                return self.error(column, message);
                            }
                            let path = e.path().to_string();
                            let message = super::super::json::bare_message(e.inner());
                            self.error(column, format!("{path}: {message}"))
                        })?;
                super::super::keys::check_unique_keys(text.as_bytes()).map_err(|d| {
                    let message = super::super::json::bare_message(&d.error);
                    self.error(column, format!("{}: {message}", d.path))
                })?;
                Ok(records)
            }
        }
    }

    /// A part of an address that must be there when any part is.
    fn address_part<T: FromStr<Err: Error + Send + Sync + 'static>>(
        &self,
        column: &str,
    ) -> Result<T, IoError> {
        if self.cell(column).0.is_empty() {
            return Err(self.error(column, "required when another address cell is filled"));
        }
        self.req(column)
    }

    /// An address from the eight `address_…` columns; none when all are empty. The street and
    /// the house may be empty (an address that stops at the street or the settlement).
    pub fn address(&self) -> Result<Option<Address>, IoError> {
        if ADDRESS_PARTS.iter().all(|c| self.cell(c).0.is_empty()) {
            return Ok(None);
        }
        let region: RegionCode = self.address_part("address_region")?;
        let locality: Locality = self.address_part("address_locality")?;
        let street: Option<Street> = self.opt("address_street")?;
        let house: Option<House> = self.opt("address_house")?;
        let mut address = match (street, house) {
            (street, Some(house)) => Address::new(region, locality, street, house),
            (None, None) => Address::settlement(region, locality),
            (Some(street), None) => Address::on_street(region, locality, street)
                .map_err(|e| self.error("address_street", e.to_string()))?,
        };
        if let Some(district) = self.opt::<District>("address_district")? {
            address = address.with_district(district);
        }
        if let Some(code) = self.opt::<PostalCode>("address_postal_code")? {
            address = address.with_postal_code(code);
        }
        if let Some(oktmo) = self.opt::<Oktmo>("address_oktmo")? {
            address = address.with_oktmo(oktmo);
        }
        if let Some(geo) = self.opt::<GeoPoint>("address_geo")? {
            address = address.with_geo(geo);
        }
        Ok(Some(address))
    }
}
