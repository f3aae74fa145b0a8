//! CSV: one table per file, machine forms, written with the `csv` crate.
//!
//! A CSV file holds one table's data: a header row with the column names, then one record per
//! row. Cells are in their machine forms — counts as plain digits (`1234`), stated counts with
//! their qualifier word (`более 250`, which [`StatedCount`](crate::StatedCount) reads back),
//! shares as a percentage with a decimal point and one decimal (`12.5`), dates and periods in
//! ISO 8601 (`2024-09`, `2024-10-03/2024-10-04`), an empty cell as an empty field. The title,
//! the total row, the notes and the sources are not data and are left out (the total can be
//! computed from the rows). UTF-8 without a byte-order mark, `\n` line ends, fields quoted only
//! when needed.
//!
//! A whole [`Report`] becomes one CSV file per table ([`Report::to_csv_files`]), not one file
//! with sections: no CSV reader understands sections.

use super::format::machine;
use super::{Report, Table};

/// One table of a report as a CSV file: a file name, the table's title and the CSV text.
///
/// # Example
/// ```
/// use social_services::{Column, Report, Section, Table};
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
    /// The table's header and rows as CSV, cells in their machine forms.
    ///
    /// # Panics
    /// Never: the CSV is written to memory, which cannot fail.
    ///
    /// # Example
    /// ```
    /// use social_services::{Cell, Column, Share, StatedCount, Table};
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
        let mut writer = ::csv::WriterBuilder::new()
            .flexible(false)
            .from_writer(Vec::new());
        let expect = "writing CSV to memory cannot fail";
        writer
            .write_record(self.columns().iter().map(|c| c.name.as_str()))
            .expect(expect);
        for row in self.rows() {
            writer.write_record(row.iter().map(machine)).expect(expect);
        }
        let bytes = writer.into_inner().expect(expect);
        // Every field written is a Rust string, so the bytes are UTF-8.
        String::from_utf8(bytes).expect(expect)
    }
}

impl Report {
    /// One CSV file per table of the report, in reading order, named `table-01.csv`,
    /// `table-02.csv` … (three digits from the hundredth table on).
    ///
    /// # Example
    /// ```
    /// use social_services::{Column, Report, Section, Table};
    /// let report = Report::new("Сеть").section(
    ///     Section::new("А")
    ///         .table(Table::new("Т1", [Column::text("Регион")]))
    ///         .table(Table::new("Т2", [Column::count("Точек")])),
    /// );
    /// let names: Vec<_> = report.to_csv_files().into_iter().map(|f| f.file_name).collect();
    /// assert_eq!(names, ["table-01.csv", "table-02.csv"]);
    /// ```
    pub fn to_csv_files(&self) -> Vec<CsvFile> {
        let count = self.tables().count();
        let width = count.to_string().len().max(2);
        self.tables()
            .enumerate()
            .map(|(i, table)| CsvFile {
                file_name: format!("table-{:0width$}.csv", i + 1),
                title: table.title().to_owned(),
                contents: table.to_csv(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Cell, Column, Section};

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
