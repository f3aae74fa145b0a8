//! Reports: a table model with typed columns and its renderers — Markdown, CSV, JSON and
//! self-contained HTML with inline SVG bar charts — and Russian grammar for running text
//! (noun plurals and the agreement of verbs and participles with a number, in `ru.rs`).
//!
//! A [`Table`] has a title, typed [`Column`]s, rows of [`Cell`]s checked against the columns
//! when added, an optional total row, notes, [`Source`](crate::records::Source)s and optionally a numeric
//! column to chart. A [`Report`] is a titled document of [`Section`]s, each a heading followed
//! by paragraphs and tables.
//!
//! | you want | call / type | notes |
//! | --- | --- | --- |
//! | the report on the family MFC network | [`network_report`] with [`NetworkReportOptions`] | the main job: every figure of [`aggregate`](crate::aggregate), in Russian |
//! | the network's growth over time | [`growth_report`] | openings and regions covered, charted |
//! | a table of your own | [`Table::new`] of [`Column`]s ([`ColumnKind`]), then [`Table::row`] of [`Cell`]s | a cell that does not fit its column is a [`ReportError`] |
//! | a total row, notes, sources | [`Table::total`], [`Table::note`], [`Table::source`] | sources are printed under the table |
//! | a bar chart of a column | [`Table::chart`], [`Table::chart_over_time`] | [`ChartKind`]; drawn as inline SVG in HTML |
//! | a document of sections | [`Report::new`], [`Report::section`], [`Section::new`], [`Section::paragraph`], [`Section::table`] | [`Block`]s in order |
//! | a share of a whole | [`Share::new`] | tenths of a percent, exact |
//! | the CSV for Excel or for programs | [`Table::to_csv_in`], [`Report::to_csv_files_in`] with [`CsvDialect`] | one [`CsvFile`] per table |
//! | a noun after a number, a verb agreeing with it | [`count_ru`], [`stated_count_ru`], [`plural_ru`], [`agree_ru`] | «13 учреждений», «более 250 участников» |
//! | a name from the data inside hand-written Markdown | [`escape_markdown`] | markup characters escaped, line ends made spaces |
//!
//! Formats, and how numbers are written in each:
//!
//! | format | method | numbers |
//! | --- | --- | --- |
//! | Markdown | [`Table::to_markdown`], [`Report::to_markdown`] | Russian: `1 234`, `12,5 %`, `24.09.2024` |
//! | HTML | [`Table::to_html`], [`Report::to_html`] | Russian, as Markdown |
//! | CSV | [`Table::to_csv`], [`Report::to_csv_files`] (one file per table) | machine: `1234`, `12.5`, `2024-09-24` |
//! | JSON | [`Table::to_json`], [`Report::to_json`] | machine: numbers, ISO dates |
//!
//! In the human formats thousands are grouped with a no-break space (U+00A0), a share has a
//! decimal comma, one decimal and a no-break space before `%`, and a date is written day first.
//! Everywhere a stated count keeps its qualifier: «более 250» is printed as such.
//!
//! # Example
//! ```
//! use social_services::{records::StatedCount, report::{count_ru, Cell, Column, Section, Table}, Report};
//!
//! const INSTITUTIONS: [&str; 3] = ["учреждение", "учреждения", "учреждений"];
//! let table = Table::new("Участники семинара", [Column::text("Регион"), Column::count("Учреждений")])
//!     .row([Cell::text("Ивановская область"), Cell::count(13)])?
//!     .row([Cell::text("Тульская область"), Cell::count(4)])?
//!     .chart("Учреждений")?;
//! let report = Report::new("Семинары")
//!     .section(
//!         Section::new("Областной семинар-совещание")
//!             .paragraph(format!("Участвовали {}.", count_ru(13, INSTITUTIONS)))
//!             .table(table),
//!     );
//! assert!(report.to_markdown().contains("Участвовали 13 учреждений."));
//! assert!(report.to_html().contains("<svg"));
//! # Ok::<(), social_services::ReportError>(())
//! ```

mod chart;
mod csv;
mod document;
mod error;
mod format;
mod html;
mod json;
mod markdown;
mod network;
mod ru;
mod share;
mod table;
mod training;

pub use csv::{CsvDialect, CsvFile};
pub use document::{Block, Report, Section};
pub use error::ReportError;
pub use markdown::escape_markdown;
pub use network::{NetworkReportOptions, growth_report, network_report};
pub use ru::{agree_ru, count_ru, plural_ru, stated_count_ru};
pub use share::Share;
pub use table::{Cell, ChartKind, Column, ColumnKind, Table};
pub use training::training_report;
