//! Rows in the text format of `COPY … FROM STDIN`: cells separated by tabs, rows ended by a
//! newline, `\N` for null, backslash escapes for the characters that would end a cell.

use std::fmt::{Display, Write as _};

use serde::Serialize;

use crate::records::Vocabulary;
use crate::records::{Qualifier, StatedCount};
use crate::values::{Address, RegionCode};

use super::PgError;

/// Why a cell cannot be written: PostgreSQL's `text` and `jsonb` hold no NUL character.
const NUL: &str = "text with a NUL character, which PostgreSQL cannot store";

/// The rows of one table being encoded, with the name of the row being written for messages.
pub(super) struct CopyRows {
    pub(super) table: &'static str,
    pub(super) out: Vec<u8>,
    row: String,
    first: bool,
    scratch: String,
}

impl CopyRows {
    pub(super) fn new(table: &'static str) -> Self {
        Self {
            table,
            out: Vec::new(),
            row: String::new(),
            first: true,
            scratch: String::new(),
        }
    }

    /// Starts a row named `row` in messages.
    pub(super) fn begin(&mut self, row: String) {
        self.row = row;
        self.first = true;
    }

    /// Ends the row.
    pub(super) fn end(&mut self) {
        self.out.push(b'\n');
    }

    fn separate(&mut self) {
        if !self.first {
            self.out.push(b'\t');
        }
        self.first = false;
    }

    fn unstorable(&self, column: &str) -> PgError {
        PgError::Unstorable {
            table: self.table,
            row: self.row.clone(),
            column: column.to_owned(),
            reason: NUL,
        }
    }

    /// Appends `text` escaped for COPY.
    fn escaped(&mut self, column: &str, text: &str) -> Result<(), PgError> {
        if text.contains('\0') {
            return Err(self.unstorable(column));
        }
        escape_into(&mut self.out, text);
        Ok(())
    }

    pub(super) fn null(&mut self) {
        self.separate();
        self.out.extend_from_slice(b"\\N");
    }

    pub(super) fn text(&mut self, column: &str, text: &str) -> Result<(), PgError> {
        self.separate();
        self.escaped(column, text)
    }

    pub(super) fn opt_text(&mut self, column: &str, text: Option<&String>) -> Result<(), PgError> {
        if let Some(text) = text {
            self.text(column, text)
        } else {
            self.null();
            Ok(())
        }
    }

    pub(super) fn value(&mut self, column: &str, value: &impl Display) -> Result<(), PgError> {
        self.scratch.clear();
        let _ = write!(self.scratch, "{value}");
        let text = std::mem::take(&mut self.scratch);
        let written = self.text(column, &text);
        self.scratch = text;
        written
    }

    pub(super) fn opt(
        &mut self,
        column: &str,
        value: Option<&impl Display>,
    ) -> Result<(), PgError> {
        if let Some(value) = value {
            self.value(column, value)
        } else {
            self.null();
            Ok(())
        }
    }

    pub(super) fn term<V: Vocabulary>(&mut self, column: &str, term: &V) -> Result<(), PgError> {
        self.text(column, term.as_str())
    }

    pub(super) fn opt_term<V: Vocabulary>(
        &mut self,
        column: &str,
        term: Option<&V>,
    ) -> Result<(), PgError> {
        if let Some(term) = term {
            self.term(column, term)
        } else {
            self.null();
            Ok(())
        }
    }

    pub(super) fn flag(&mut self, flag: bool) {
        self.separate();
        self.out.push(if flag { b't' } else { b'f' });
    }

    /// A PostgreSQL array literal of the items' text forms, every item quoted.
    pub(super) fn list<T: Display>(&mut self, column: &str, items: &[T]) -> Result<(), PgError> {
        let mut literal = String::from("{");
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                literal.push(',');
            }
            literal.push('"');
            for c in item.to_string().chars() {
                if c == '"' || c == '\\' {
                    literal.push('\\');
                }
                literal.push(c);
            }
            literal.push('"');
        }
        literal.push('}');
        self.text(column, &literal)
    }

    pub(super) fn terms<V: Vocabulary>(
        &mut self,
        column: &str,
        terms: &[V],
    ) -> Result<(), PgError> {
        let texts: Vec<&str> = terms.iter().map(Vocabulary::as_str).collect();
        self.list(column, &texts)
    }

    pub(super) fn regions(&mut self, column: &str, regions: &[RegionCode]) -> Result<(), PgError> {
        let numbers: Vec<u8> = regions.iter().map(|r| r.number()).collect();
        self.list(column, &numbers)
    }

    pub(super) fn json(&mut self, column: &str, value: &impl Serialize) -> Result<(), PgError> {
        // A record's JSON form always serializes; an error would be a bug of its Serialize.
        let text = serde_json::to_string(value).unwrap_or_default();
        if text.contains("\\u0000") {
            return Err(self.unstorable(column));
        }
        self.text(column, &text)
    }

    pub(super) fn region(&mut self, region: Option<RegionCode>) {
        match region {
            Some(region) => {
                self.separate();
                self.out
                    .extend_from_slice(region.number().to_string().as_bytes());
            }
            None => self.null(),
        }
    }

    /// The number and qualifier columns of a stated count.
    pub(super) fn count(&mut self, count: Option<StatedCount>) {
        if let Some(count) = count {
            self.separate();
            self.out
                .extend_from_slice(count.value().to_string().as_bytes());
            self.separate();
            self.out
                .extend_from_slice(qualifier_name(count.qualifier()).as_bytes());
        } else {
            self.null();
            self.null();
        }
    }

    /// The eight `address_…` columns.
    pub(super) fn address(&mut self, address: Option<&Address>) -> Result<(), PgError> {
        match address {
            None => {
                for _ in 0..8 {
                    self.null();
                }
                Ok(())
            }
            Some(a) => {
                self.region(Some(a.region()));
                self.opt("address_district", a.district())?;
                self.value("address_locality", a.locality())?;
                self.opt("address_street", a.street())?;
                self.opt("address_house", a.house().as_ref())?;
                self.opt("address_postal_code", a.postal_code().as_ref())?;
                self.opt("address_oktmo", a.oktmo().as_ref())?;
                self.opt("address_geo", a.geo().as_ref())
            }
        }
    }
}

/// Appends `text` to `out` with COPY's text-format escapes.
pub(super) fn escape_into(out: &mut Vec<u8>, text: &str) {
    for &b in text.as_bytes() {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => out.push(b),
        }
    }
}

/// The name of a qualifier in the `…_qualifier` columns.
pub(super) const fn qualifier_name(qualifier: Qualifier) -> &'static str {
    match qualifier {
        Qualifier::Exact => "exact",
        Qualifier::MoreThan => "more_than",
        Qualifier::UpTo => "up_to",
        Qualifier::About => "about",
        Qualifier::Almost => "almost",
    }
}

/// The qualifier a `…_qualifier` column names.
pub(super) fn qualifier_of(name: &str) -> Option<Qualifier> {
    Some(match name {
        "exact" => Qualifier::Exact,
        "more_than" => Qualifier::MoreThan,
        "up_to" => Qualifier::UpTo,
        "about" => Qualifier::About,
        "almost" => Qualifier::Almost,
        _ => return None,
    })
}
