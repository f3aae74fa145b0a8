//! JSON: the typed model as serde writes it.
//!
//! A table is an object `{title, columns, rows, total?, notes, sources, chart?}`: each column
//! `{name, kind}` with the kind in snake case (`text`, `count`, `stated`, `share`, `date`,
//! `period`); each row an array of cells in their machine forms — a count as a number, a stated
//! count as its text with the qualifier (`"более 250"`, and `"13"` for an exact one, so that a
//! column has one JSON type), a share as the percentage rounded to one decimal (`12.5`), dates
//! and periods as ISO 8601 strings, an empty cell as `null`; `chart` is the charted column's
//! name. A report is `{title, lead, sections}`, each section `{heading, blocks}`, each block
//! `{"paragraph": text}` or `{"table": table}`. Sources are written as the records layer
//! writes them.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::{Cell, Column, Report, Table};

impl Serialize for Cell {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Empty => serializer.serialize_none(),
            Self::Text(t) => serializer.serialize_str(t),
            Self::Count(n) => serializer.serialize_u64(*n),
            Self::Stated(c) => serializer.collect_str(c),
            Self::AtLeast(n) => serializer.collect_str(&format_args!("не менее {n}")),
            Self::Share(s) => serializer.serialize_f64(s.percent()),
            Self::Date(d) => serializer.collect_str(d),
            Self::Period(p) => serializer.collect_str(p),
        }
    }
}

impl Serialize for Column {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Column", 2)?;
        s.serialize_field("name", &self.name)?;
        s.serialize_field("kind", &self.kind)?;
        s.end()
    }
}

impl Serialize for Table {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let total = self.total_row();
        let chart = self.chart_column();
        let fields = 5 + usize::from(total.is_some()) + usize::from(chart.is_some());
        let mut s = serializer.serialize_struct("Table", fields)?;
        s.serialize_field("title", self.title())?;
        s.serialize_field("columns", self.columns())?;
        s.serialize_field("rows", self.rows())?;
        if let Some(total) = total {
            s.serialize_field("total", total)?;
        }
        s.serialize_field("notes", self.notes())?;
        s.serialize_field("sources", self.sources())?;
        if let Some(chart) = chart {
            s.serialize_field("chart", &self.columns()[chart].name)?;
        }
        s.end()
    }
}

impl Table {
    /// The table as pretty-printed JSON (see the module documentation for the shape).
    ///
    /// # Panics
    /// Never: every value of the model serialises.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::StatedCount, report::{Cell, Column, Table}};
    /// let table = Table::new("Т", [Column::count("Учреждений"), Column::stated("Обучено")])
    ///     .row([Cell::count(13), StatedCount::more_than(250).into()])?;
    /// let json: serde_json::Value = serde_json::from_str(&table.to_json()).unwrap();
    /// assert_eq!(json["rows"][0], serde_json::json!([13, "более 250"]));
    /// assert_eq!(json["columns"][1]["kind"], "stated");
    /// # Ok::<(), social_services::ReportError>(())
    /// ```
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("every value of the model serialises")
    }
}

impl Report {
    /// The report as pretty-printed JSON (see the module documentation for the shape).
    ///
    /// # Panics
    /// Never: every value of the model serialises.
    ///
    /// # Example
    /// ```
    /// use social_services::{report::Section, Report};
    /// let report = Report::new("Сеть").section(Section::new("Итоги").paragraph("Текст."));
    /// let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
    /// assert_eq!(json["sections"][0]["blocks"][0]["paragraph"], "Текст.");
    /// ```
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("every value of the model serialises")
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::records::{Qualifier, Source, StatedCount};
    use crate::report::{Section, Share};

    fn value<T: Serialize>(v: &T) -> serde_json::Value {
        serde_json::to_value(v).unwrap()
    }

    #[test]
    fn writes_each_cell_kind_in_its_machine_form() {
        assert_eq!(value(&Cell::Empty), json!(null));
        assert_eq!(value(&Cell::text("<a> & \"b\"")), json!("<a> & \"b\""));
        assert_eq!(value(&Cell::count(1234)), json!(1234));
        assert_eq!(
            value(&Cell::from(StatedCount::more_than(250))),
            json!("более 250")
        );
        assert_eq!(value(&Cell::from(StatedCount::exact(13))), json!("13"));
        assert_eq!(
            value(&Cell::from(StatedCount::new(Qualifier::Almost, 150_000))),
            json!("почти 150000")
        );
        assert_eq!(value(&Cell::from(Share::new(1, 8).unwrap())), json!(12.5));
        assert_eq!(
            value(&Cell::Date("2024-09".parse().unwrap())),
            json!("2024-09")
        );
        assert_eq!(
            value(&Cell::Period("2024-10-03/2024-10-04".parse().unwrap())),
            json!("2024-10-03/2024-10-04")
        );
    }

    #[test]
    fn writes_a_table_with_its_columns_total_notes_sources_and_chart() {
        let table = Table::new("Т", [Column::text("Регион"), Column::count("Точек")])
            .row([Cell::text("Тульская область"), Cell::count(5)])
            .unwrap()
            .total([Cell::text("Итого"), Cell::count(5)])
            .unwrap()
            .note("заметка")
            .source(Source::titled("Новость"))
            .chart("Точек")
            .unwrap();
        assert_eq!(
            value(&table),
            json!({
                "title": "Т",
                "columns": [{"name": "Регион", "kind": "text"}, {"name": "Точек", "kind": "count"}],
                "rows": [["Тульская область", 5]],
                "total": ["Итого", 5],
                "notes": ["заметка"],
                "sources": [{"title": "Новость"}],
                "chart": "Точек",
            })
        );
    }

    #[test]
    fn writes_an_empty_table_without_total_or_chart() {
        let table = Table::new("Т", [Column::text("a")]);
        assert_eq!(
            value(&table),
            json!({"title": "Т", "columns": [{"name": "a", "kind": "text"}], "rows": [], "notes": [], "sources": []})
        );
    }

    #[test]
    fn writes_a_report_as_sections_of_tagged_blocks() {
        let report = Report::new("R").paragraph("lead").section(
            Section::new("S")
                .paragraph("p")
                .table(Table::new("T", [Column::count("n")])),
        );
        assert_eq!(
            value(&report),
            json!({
                "title": "R",
                "lead": ["lead"],
                "sections": [{
                    "heading": "S",
                    "blocks": [
                        {"paragraph": "p"},
                        {"table": {"title": "T", "columns": [{"name": "n", "kind": "count"}], "rows": [], "notes": [], "sources": []}},
                    ],
                }],
            })
        );
    }
}
