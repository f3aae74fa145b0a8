//! The layouts other tools write attendance files in: the same rows as the crate's own JSON
//! Lines and CSV, laid out as Python's `json` module, a spreadsheet export or a hand-made
//! file lays them out, for the benches, the comparison script and the tests.

use std::io::Write;

use super::Format;
use super::row::{AttendanceRow, CSV_HEADER};
use crate::records::Vocabulary;

/// The columns of [`Layout::CsvReordered`], by their position in [`CSV_HEADER`].
const REORDERED: [usize; 6] = [4, 5, 1, 0, 2, 3];

/// A way an attendance file is laid out: every one is read by the streaming functions into
/// the same table.
///
/// # Example
/// ```
/// use social_services::stream::{self, Layout};
///
/// let rows = stream::load(stream::EXAMPLE_CSV.as_bytes(), stream::Format::Csv)?;
/// let mut file = Vec::new();
/// Layout::CsvSpreadsheet.write_header(&mut file);
/// for index in 0..rows.len() {
///     Layout::CsvSpreadsheet.write_row(&rows.row(index), &mut file);
/// }
/// assert!(file.starts_with(b"\xEF\xBB\xBF\"event\",\"date\""));
/// let table = stream::aggregate(&file[..], Layout::CsvSpreadsheet.format())?;
/// assert_eq!(table, rows.by_region_kind());
/// # Ok::<(), stream::StreamError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Layout {
    /// JSON Lines as [`AttendanceRow::write_jsonl`] writes it.
    JsonLines,
    /// JSON Lines as Python's `json.dumps(row, sort_keys=True)` writes it: keys sorted, a
    /// space after each `:` and `,`.
    JsonLinesPython,
    /// [`JsonLinesPython`](Self::JsonLinesPython) with the region's name and the kind's
    /// Russian label instead of the code and the canonical name, every non-ASCII character
    /// escaped (`\u0422`) as Python's `ensure_ascii` writes it.
    JsonLinesNames,
    /// CSV as [`AttendanceRow::write_csv`] writes it.
    Csv,
    /// CSV as a spreadsheet exports it: a UTF-8 byte order mark, every cell quoted, CRLF line
    /// ends.
    CsvSpreadsheet,
    /// CSV with the columns in another order: `region,institution_kind,date,event,person,institution`.
    CsvReordered,
    /// CSV with the region's name and the kind's Russian label instead of the code and the
    /// canonical name.
    CsvNames,
}

impl Layout {
    /// Every layout.
    pub const ALL: [Layout; 7] = [
        Layout::JsonLines,
        Layout::JsonLinesPython,
        Layout::JsonLinesNames,
        Layout::Csv,
        Layout::CsvSpreadsheet,
        Layout::CsvReordered,
        Layout::CsvNames,
    ];

    /// A short name for file names and tables: `jsonl`, `jsonl-python`, `csv-spreadsheet` …
    ///
    /// # Example
    /// ```
    /// use social_services::stream::Layout;
    /// assert_eq!(Layout::JsonLinesNames.name(), "jsonl-names");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Layout::JsonLines => "jsonl",
            Layout::JsonLinesPython => "jsonl-python",
            Layout::JsonLinesNames => "jsonl-names",
            Layout::Csv => "csv",
            Layout::CsvSpreadsheet => "csv-spreadsheet",
            Layout::CsvReordered => "csv-reordered",
            Layout::CsvNames => "csv-names",
        }
    }

    /// The format of the layout's files.
    ///
    /// # Example
    /// ```
    /// use social_services::stream::{Format, Layout};
    /// assert_eq!(Layout::CsvNames.format(), Format::Csv);
    /// ```
    pub fn format(self) -> Format {
        match self {
            Layout::JsonLines | Layout::JsonLinesPython | Layout::JsonLinesNames => {
                Format::JsonLines
            }
            Layout::Csv | Layout::CsvSpreadsheet | Layout::CsvReordered | Layout::CsvNames => {
                Format::Csv
            }
        }
    }

    /// A file name for the layout: its name and the extension of its format
    /// (`csv-names.csv`, `jsonl-python.jsonl`).
    ///
    /// # Example
    /// ```
    /// use social_services::stream::Layout;
    /// assert_eq!(Layout::JsonLinesPython.file_name(), "jsonl-python.jsonl");
    /// ```
    pub fn file_name(self) -> String {
        let extension = match self.format() {
            Format::JsonLines => "jsonl",
            Format::Csv => "csv",
        };
        format!("{}.{extension}", self.name())
    }

    /// Appends what comes before the rows: the CSV header line (nothing for JSON Lines).
    ///
    /// # Example
    /// ```
    /// use social_services::stream::Layout;
    /// let mut out = Vec::new();
    /// Layout::CsvReordered.write_header(&mut out);
    /// assert_eq!(out, b"region,institution_kind,date,event,person,institution\n");
    /// ```
    pub fn write_header(self, out: &mut Vec<u8>) {
        match self {
            Layout::JsonLines | Layout::JsonLinesPython | Layout::JsonLinesNames => {}
            Layout::Csv | Layout::CsvNames => super::write_csv_header(out),
            Layout::CsvSpreadsheet => {
                out.extend_from_slice(b"\xEF\xBB\xBF");
                let cells = CSV_HEADER.map(|name| format!("\"{name}\""));
                out.extend_from_slice(cells.join(",").as_bytes());
                out.extend_from_slice(b"\r\n");
            }
            Layout::CsvReordered => {
                out.extend_from_slice(
                    REORDERED
                        .map(|field| CSV_HEADER[field])
                        .join(",")
                        .as_bytes(),
                );
                out.push(b'\n');
            }
        }
    }

    /// Appends one row in the layout, its line end included.
    ///
    /// # Example
    /// ```
    /// use social_services::stream::{self, Layout};
    /// let rows = stream::load(stream::EXAMPLE_CSV.as_bytes(), stream::Format::Csv)?;
    /// let mut out = Vec::new();
    /// Layout::JsonLinesNames.write_row(&rows.row(0), &mut out);
    /// let text = String::from_utf8(out).unwrap();
    /// assert!(text.starts_with(r#"{"date": "2024-10-03", "event": "#), "{text}");
    /// assert!(text.contains(r#""region": "\u0422\u0443\u043b\u044c\u0441\u043a\u0430\u044f"#));
    /// # Ok::<(), stream::StreamError>(())
    /// ```
    pub fn write_row(self, row: &AttendanceRow, out: &mut Vec<u8>) {
        match self {
            Layout::JsonLines => row.write_jsonl(out),
            Layout::Csv => row.write_csv(out),
            Layout::JsonLinesPython => python_json(&texts(row, false), out),
            Layout::JsonLinesNames => python_json(&texts(row, true), out),
            Layout::CsvSpreadsheet => {
                let texts = texts(row, false);
                let cells: Vec<String> = texts.iter().map(|text| quoted(text)).collect();
                out.extend_from_slice(cells.join(",").as_bytes());
                out.extend_from_slice(b"\r\n");
            }
            Layout::CsvReordered => {
                let mut texts = texts(row, false);
                let cells = REORDERED.map(|field| std::mem::take(&mut texts[field]));
                csv_line(&cells, out);
            }
            Layout::CsvNames => csv_line(&texts(row, true), out),
        }
    }
}

/// The six fields' texts in the order of [`CSV_HEADER`]; with `names`, the region's name and
/// the kind's Russian label.
fn texts(row: &AttendanceRow, names: bool) -> [String; 6] {
    let (region, kind) = if names {
        (
            row.region.subject().name().to_owned(),
            row.institution_kind.label_ru().to_owned(),
        )
    } else {
        (
            row.region.to_string(),
            row.institution_kind.as_str().to_owned(),
        )
    };
    [
        row.event.to_string(),
        row.date.to_string(),
        row.person.to_string(),
        row.institution.to_string(),
        region,
        kind,
    ]
}

/// A CSV cell in quotes, quotes inside doubled.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// A CSV line of `cells`, each quoted only when it must be.
fn csv_line(cells: &[String], out: &mut Vec<u8>) {
    for (index, cell) in cells.iter().enumerate() {
        if index > 0 {
            out.push(b',');
        }
        if cell.contains([',', '"', '\n', '\r']) || cell.trim() != cell {
            out.extend_from_slice(quoted(cell).as_bytes());
        } else {
            out.extend_from_slice(cell.as_bytes());
        }
    }
    out.push(b'\n');
}

/// A row as `json.dumps(row, sort_keys=True)` writes it, with `texts` as the values.
fn python_json(texts: &[String; 6], out: &mut Vec<u8>) {
    // The fields in the order of their names: date, event, institution, institution_kind,
    // person, region.
    const SORTED: [usize; 6] = [1, 0, 3, 5, 2, 4];
    out.push(b'{');
    for (index, &field) in SORTED.iter().enumerate() {
        if index > 0 {
            out.extend_from_slice(b", ");
        }
        python_string(CSV_HEADER[field], out);
        out.extend_from_slice(b": ");
        python_string(&texts[field], out);
    }
    out.extend_from_slice(b"}\n");
}

/// A JSON string as Python's `json` module writes it with `ensure_ascii`: every character
/// outside ASCII as `\uXXXX` (two of them, a surrogate pair, beyond the first plane).
fn python_string(text: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    for c in text.chars() {
        match c {
            '"' => out.extend_from_slice(b"\\\""),
            '\\' => out.extend_from_slice(b"\\\\"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\u{8}' => out.extend_from_slice(b"\\b"),
            '\u{c}' => out.extend_from_slice(b"\\f"),
            ' '..='~' => out.push(c as u8),
            _ => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
        }
    }
    out.push(b'"');
}
