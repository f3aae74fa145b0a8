//! CSV: one table per file, machine forms, written with the `csv` crate.
//!
//! A CSV file holds one table's data: a header row with the column names, then one record per
//! row. Cells are in their machine forms — counts as plain digits (`1234`), stated counts with
//! their qualifier word (`более 250`, which [`StatedCount`](crate::records::StatedCount) reads back),
//! shares as a percentage with a decimal point and one decimal (`12.5`), dates and periods in
//! ISO 8601 (`2024-09`, `2024-10-03/2024-10-04`), an empty cell as an empty field. The title,
//! the total row, the notes and the sources are not data and are left out (the total can be
//! computed from the rows). UTF-8 without a byte-order mark, `\n` line ends, fields quoted only
//! when needed ([`CsvDialect::Plain`]); or, for a spreadsheet in a Russian locale, UTF-8 with a
//! byte-order mark, `;` between fields and a decimal comma in shares ([`CsvDialect::Excel`]).
//!
//! These CSV files are for people, who open them in a spreadsheet: a field that begins with
//! `=`, `+`, `-`, `@`, a tab or a carriage return — which a spreadsheet would run as a formula
//! (OWASP "CSV injection") — is written with a `'` before it (`=1+1` → `'=1+1`), in the header
//! too. Numbers never begin so: counts are digits. The registry's data CSV
//! ([`io::csv`](crate::io::csv)) is lossless instead and writes every text as it is; see
//! `SECURITY.md`.
//!
//! A whole [`Report`] becomes one CSV file per table ([`Report::to_csv_files`]), not one file
//! with sections: no CSV reader understands sections.

use super::format::machine;
use super::{Cell, Report, Table};

/// How a report's CSV is written: for programs and most tools, or for a spreadsheet in a
/// Russian locale.
///
/// # Example
/// ```
/// use social_services::report::{Cell, Column, CsvDialect, Share, Table};
/// let table = Table::new("Т", [Column::text("Площадка"), Column::share("Доля")])
///     .row([Cell::text("=HYPERLINK(\"x\")"), Share::new(1, 8)?.into()])?;
/// assert_eq!(
///     table.to_csv_in(CsvDialect::Plain),
///     "Площадка,Доля\n\"'=HYPERLINK(\"\"x\"\")\",12.5\n"
/// );
/// assert_eq!(
///     table.to_csv_in(CsvDialect::Excel),
///     "\u{feff}Площадка;Доля\n\"'=HYPERLINK(\"\"x\"\")\";12,5\n"
/// );
/// # Ok::<(), social_services::ReportError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum CsvDialect {
    /// UTF-8 without a byte-order mark, `,` between fields, a decimal point.
    #[default]
    Plain,
    /// UTF-8 with a byte-order mark, `;` between fields, a decimal comma in shares: what a
    /// spreadsheet in a Russian locale opens into columns with Cyrillic intact.
    Excel,
}

/// A field that a spreadsheet would read as a formula, with a `'` before it; any other field
/// as it is.
fn neutralised(field: String) -> String {
    if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{field}")
    } else {
        field
    }
}

/// One table of a report as a CSV file: a file name, the table's title and the CSV text.
///
/// # Example
/// ```
/// use social_services::{report::{Column, Section, Table}, Report};
/// let report = Report::new("Сеть")
///     .section(Section::new("А").table(Table::new("Точки", [Column::text("Регион")])));
/// let files = report.to_csv_files();
/// assert_eq!(files[0].file_name, "table-01.csv");
/// assert_eq!(files[0].title, "Точки");
/// assert_eq!(files[0].contents, "Регион\n");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvFile {
    /// A file name made from the table's place in the report: `table-01.csv`, `table-02.csv` …
    pub file_name: String,
    /// The table's title.
    pub title: String,
    /// The CSV text.
    pub contents: String,
}

impl Table {
    /// The table's header and rows as CSV ([`CsvDialect::Plain`]), cells in their machine
    /// forms, fields a spreadsheet would run as formulas neutralised (see the module docs).
    ///
    /// # Panics
    /// Never: the CSV is written to memory, which cannot fail.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::StatedCount, report::{Cell, Column, Share, Table}};
    /// let table = Table::new(
    ///     "Обучение",
    ///     [Column::text("Площадка"), Column::stated("Обучено"), Column::share("Завершили")],
    /// )
    /// .row([Cell::text("Тула, \"СМФЦ\""), StatedCount::more_than(250).into(), Share::new(1, 8)?.into()])?;
    /// assert_eq!(
    ///     table.to_csv(),
    ///     "Площадка,Обучено,Завершили\n\"Тула, \"\"СМФЦ\"\"\",более 250,12.5\n"
    /// );
    /// # Ok::<(), social_services::ReportError>(())
    /// ```
    pub fn to_csv(&self) -> String {
        self.to_csv_in(CsvDialect::Plain)
    }

    /// The table's header and rows as CSV in `dialect`: every row, also of a table that
    /// Markdown and HTML show only the first rows of.
    ///
    /// # Panics
    /// Never: the CSV is written to memory, which cannot fail.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Cell, Column, CsvDialect, Table};
    /// let table = Table::new("Т", [Column::text("Регион")]).row([Cell::text("Тула")])?;
    /// assert_eq!(table.to_csv_in(CsvDialect::Excel), "\u{feff}Регион\nТула\n");
    /// # Ok::<(), social_services::ReportError>(())
    /// ```
    pub fn to_csv_in(&self, dialect: CsvDialect) -> String {
        let excel = dialect == CsvDialect::Excel;
        let mut writer = ::csv::WriterBuilder::new()
            .flexible(false)
            .delimiter(if excel { b';' } else { b',' })
            .from_writer(Vec::new());
        let expect = "writing CSV to memory cannot fail";
        writer
            .write_record(self.columns().iter().map(|c| neutralised(c.name.clone())))
            .expect(expect);
        for row in self.rows() {
            let fields = row.iter().map(|cell| {
                let field = machine(cell);
                match cell {
                    Cell::Share(_) if excel => field.replace('.', ","),
                    _ => neutralised(field),
                }
            });
            writer.write_record(fields).expect(expect);
        }
        let bytes = writer.into_inner().expect(expect);
        // Every field written is a Rust string, so the bytes are UTF-8.
        let text = String::from_utf8(bytes).expect(expect);
        if excel {
            format!("\u{feff}{text}")
        } else {
            text
        }
    }
}

impl Report {
    /// One CSV file per table of the report, in reading order, named `table-01.csv`,
    /// `table-02.csv` … (three digits from the hundredth table on).
    ///
    /// # Example
    /// ```
    /// use social_services::{report::{Column, Section, Table}, Report};
    /// let report = Report::new("Сеть").section(
    ///     Section::new("А")
    ///         .table(Table::new("Т1", [Column::text("Регион")]))
    ///         .table(Table::new("Т2", [Column::count("Точек")])),
    /// );
    /// let names: Vec<_> = report.to_csv_files().into_iter().map(|f| f.file_name).collect();
    /// assert_eq!(names, ["table-01.csv", "table-02.csv"]);
    /// ```
    pub fn to_csv_files(&self) -> Vec<CsvFile> {
        self.to_csv_files_in(CsvDialect::Plain)
    }

    /// One CSV file per table of the report in `dialect`, named as by
    /// [`Report::to_csv_files`].
    ///
    /// # Example
    /// ```
    /// use social_services::{report::{Column, CsvDialect, Section, Table}, Report};
    /// let report = Report::new("Сеть")
    ///     .section(Section::new("А").table(Table::new("Т", [Column::text("Регион")])));
    /// let files = report.to_csv_files_in(CsvDialect::Excel);
    /// assert_eq!(files[0].contents, "\u{feff}Регион\n");
    /// ```
    pub fn to_csv_files_in(&self, dialect: CsvDialect) -> Vec<CsvFile> {
        let count = self.tables().count();
        let width = count.to_string().len().max(2);
        self.tables()
            .enumerate()
            .map(|(i, table)| CsvFile {
                file_name: format!("table-{:0width$}.csv", i + 1),
                title: table.title().to_owned(),
                contents: table.to_csv_in(dialect),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Column, Section, Share};

    #[test]
    fn quotes_fields_with_commas_quotes_and_newlines() {
        let table = Table::new("Т", [Column::text("a"), Column::count("b")])
            .row([Cell::text("x, \"y\"\nz"), Cell::count(1234)])
            .unwrap();
        assert_eq!(table.to_csv(), "a,b\n\"x, \"\"y\"\"\nz\",1234\n");
    }

    #[test]
    fn leaves_markup_characters_alone() {
        let table = Table::new("Т", [Column::text("a")])
            .row([Cell::text("<b> & | 'q'")])
            .unwrap();
        assert_eq!(table.to_csv(), "a\n<b> & | 'q'\n");
    }

    #[test]
    fn neutralises_fields_a_spreadsheet_would_run_as_formulas() {
        let table = Table::new("Т", [Column::text("=a"), Column::count("b")])
            .row([Cell::text("=1+1"), Cell::count(1)])
            .unwrap()
            .row([Cell::text("+7 999"), Cell::count(2)])
            .unwrap()
            .row([Cell::text("-2"), Cell::count(3)])
            .unwrap()
            .row([Cell::text("@SUM(A1)"), Cell::count(4)])
            .unwrap()
            .row([Cell::text("\tx"), Cell::count(5)])
            .unwrap()
            .row([Cell::text("\rx"), Cell::count(6)])
            .unwrap()
            .row([Cell::text("a=b"), Cell::count(7)])
            .unwrap();
        assert_eq!(
            table.to_csv(),
            "'=a,b\n'=1+1,1\n'+7 999,2\n'-2,3\n'@SUM(A1),4\n'\tx,5\n\"'\rx\",6\na=b,7\n"
        );
    }

    #[test]
    fn writes_for_a_russian_spreadsheet_with_a_bom_semicolons_and_decimal_commas() {
        let table = Table::new("Т", [Column::text("a, б"), Column::share("c")])
            .row([Cell::text("x;y"), Share::new(1, 8).unwrap().into()])
            .unwrap();
        assert_eq!(
            table.to_csv_in(CsvDialect::Excel),
            "\u{feff}a, б;c\n\"x;y\";12,5\n"
        );
    }

    #[test]
    fn writes_an_empty_table_as_its_header_and_empty_cells_as_empty_fields() {
        let table = Table::new("Т", [Column::text("a"), Column::date("b")]);
        assert_eq!(table.to_csv(), "a,b\n");
        let table = table
            .row([Cell::text("x"), Cell::Empty])
            .unwrap()
            .row([Cell::text("y"), Cell::Date("2024-09-24".parse().unwrap())])
            .unwrap();
        assert_eq!(table.to_csv(), "a,b\nx,\ny,2024-09-24\n");
    }

    #[test]
    fn leaves_out_title_total_notes_and_sources() {
        let table = Table::new("Заголовок", [Column::text("a"), Column::count("b")])
            .row([Cell::text("x"), Cell::count(1)])
            .unwrap()
            .total([Cell::text("Итого"), Cell::count(1)])
            .unwrap()
            .note("заметка");
        assert_eq!(table.to_csv(), "a,b\nx,1\n");
    }

    #[test]
    fn names_files_with_enough_digits_for_every_table() {
        let mut section = Section::new("S");
        for i in 0..100 {
            section = section.table(Table::new(format!("T{i}"), [Column::text("a")]));
        }
        let files = Report::new("R").section(section).to_csv_files();
        assert_eq!(files[0].file_name, "table-001.csv");
        assert_eq!(files[99].file_name, "table-100.csv");
        assert_eq!(files[99].title, "T99");
    }
}
