//! The table model: typed columns, rows of typed cells checked against them, notes, sources
//! and the column to chart.

use std::fmt;

use crate::records::{Source, StatedCount};
use crate::values::{DateRange, PartialDate, ReportingPeriod};

use super::{ReportError, Share};

/// What a column holds; every cell of the column is of this kind or [`Cell::Empty`].
///
/// # Example
/// ```
/// use social_services::report::ColumnKind;
/// assert!(ColumnKind::Count.is_numeric());
/// assert!(!ColumnKind::Text.is_numeric());
/// assert_eq!(ColumnKind::Stated.to_string(), "a stated count");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ColumnKind {
    /// Free text: a region, an institution, a role.
    Text,
    /// A whole number counted from the records.
    Count,
    /// A figure as a source states it, with its qualifier («более 250»).
    Stated,
    /// A part of a whole, shown as a percentage.
    Share,
    /// A date known to the year, the month or the day.
    Date,
    /// A period: a range of days (an event held 3–4 October), a month, a quarter, a
    /// half-year or a year.
    Period,
}

impl ColumnKind {
    /// Whether the column holds numbers and so can be charted and is right-aligned.
    ///
    /// # Example
    /// ```
    /// use social_services::report::ColumnKind;
    /// assert!(ColumnKind::Share.is_numeric());
    /// assert!(!ColumnKind::Date.is_numeric());
    /// ```
    pub const fn is_numeric(self) -> bool {
        matches!(self, Self::Count | Self::Stated | Self::Share)
    }
}

impl fmt::Display for ColumnKind {
    /// What the column holds, in words: `text`, `a count`, `a stated count`, `a share`,
    /// `a date`, `a period`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Text => "text",
            Self::Count => "a count",
            Self::Stated => "a stated count",
            Self::Share => "a share",
            Self::Date => "a date",
            Self::Period => "a period",
        })
    }
}

/// A column of a [`Table`]: its heading and the kind of its cells.
///
/// # Example
/// ```
/// use social_services::report::{Column, ColumnKind};
/// let column = Column::count("Учреждений");
/// assert_eq!(column.name, "Учреждений");
/// assert_eq!(column.kind, ColumnKind::Count);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Column {
    /// The heading shown above the column.
    pub name: String,
    /// What the column holds.
    pub kind: ColumnKind,
}

impl Column {
    /// A column of the given kind.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Column, ColumnKind};
    /// assert_eq!(Column::new("Дата", ColumnKind::Date), Column::date("Дата"));
    /// ```
    pub fn new(name: impl Into<String>, kind: ColumnKind) -> Self {
        Self {
            name: name.into(),
            kind,
        }
    }

    /// A column of text.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Column, ColumnKind};
    /// assert_eq!(Column::text("Регион").kind, ColumnKind::Text);
    /// ```
    pub fn text(name: impl Into<String>) -> Self {
        Self::new(name, ColumnKind::Text)
    }

    /// A column of counts.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Column, ColumnKind};
    /// assert_eq!(Column::count("Учреждений").kind, ColumnKind::Count);
    /// ```
    pub fn count(name: impl Into<String>) -> Self {
        Self::new(name, ColumnKind::Count)
    }

    /// A column of stated counts.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Column, ColumnKind};
    /// assert_eq!(Column::stated("Обучено").kind, ColumnKind::Stated);
    /// ```
    pub fn stated(name: impl Into<String>) -> Self {
        Self::new(name, ColumnKind::Stated)
    }

    /// A column of shares.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Column, ColumnKind};
    /// assert_eq!(Column::share("Охват").kind, ColumnKind::Share);
    /// ```
    pub fn share(name: impl Into<String>) -> Self {
        Self::new(name, ColumnKind::Share)
    }

    /// A column of dates.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Column, ColumnKind};
    /// assert_eq!(Column::date("Открыт").kind, ColumnKind::Date);
    /// ```
    pub fn date(name: impl Into<String>) -> Self {
        Self::new(name, ColumnKind::Date)
    }

    /// A column of periods.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Column, ColumnKind};
    /// assert_eq!(Column::period("Даты").kind, ColumnKind::Period);
    /// ```
    pub fn period(name: impl Into<String>) -> Self {
        Self::new(name, ColumnKind::Period)
    }
}

/// One cell of a [`Table`]: a typed value, or nothing.
///
/// # Example
/// ```
/// use social_services::{records::StatedCount, report::{Cell, ColumnKind}};
/// assert_eq!(Cell::count(13).kind(), Some(ColumnKind::Count));
/// assert_eq!(Cell::from(StatedCount::more_than(250)).kind(), Some(ColumnKind::Stated));
/// assert_eq!(Cell::Empty.kind(), None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Cell {
    /// No value; fits every column, shown as a dash (empty in CSV, `null` in JSON).
    Empty,
    /// Text.
    Text(String),
    /// A count.
    Count(u64),
    /// A stated count, with its qualifier.
    Stated(StatedCount),
    /// A lower bound counted from the records, in a column of stated counts: the records name
    /// this many and there may be more («не менее 4»).
    AtLeast(u64),
    /// A share.
    Share(Share),
    /// A date.
    Date(PartialDate),
    /// A period: a run of days, a month, a quarter, a half-year or a year.
    Period(ReportingPeriod),
}

impl Cell {
    /// A text cell.
    ///
    /// # Example
    /// ```
    /// use social_services::report::Cell;
    /// assert_eq!(Cell::text("Тула"), Cell::Text("Тула".to_owned()));
    /// ```
    pub fn text(text: impl Into<String>) -> Self {
        Self::Text(text.into())
    }

    /// A count cell.
    ///
    /// # Example
    /// ```
    /// use social_services::report::Cell;
    /// assert_eq!(Cell::count(5), Cell::Count(5));
    /// ```
    pub const fn count(n: u64) -> Self {
        Self::Count(n)
    }

    /// What the cell holds, or `None` for [`Cell::Empty`].
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Cell, ColumnKind};
    /// assert_eq!(Cell::text("Тула").kind(), Some(ColumnKind::Text));
    /// ```
    pub const fn kind(&self) -> Option<ColumnKind> {
        Some(match self {
            Self::Empty => return None,
            Self::Text(_) => ColumnKind::Text,
            Self::Count(_) => ColumnKind::Count,
            Self::Stated(_) | Self::AtLeast(_) => ColumnKind::Stated,
            Self::Share(_) => ColumnKind::Share,
            Self::Date(_) => ColumnKind::Date,
            Self::Period(_) => ColumnKind::Period,
        })
    }

    /// Whether the cell may stand in a column of `kind`: [`Cell::Empty`] fits every column.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Cell, ColumnKind};
    /// assert!(Cell::count(5).fits(ColumnKind::Count));
    /// assert!(!Cell::count(5).fits(ColumnKind::Text));
    /// assert!(Cell::Empty.fits(ColumnKind::Date));
    /// ```
    pub fn fits(&self, kind: ColumnKind) -> bool {
        self.kind().is_none_or(|k| k == kind)
    }

    /// The cell's magnitude for a chart: a count, a stated count's number, a share in tenths
    /// of a percent; `None` for an empty or non-numeric cell.
    pub(crate) fn magnitude(&self) -> Option<u64> {
        match self {
            Self::Count(n) | Self::AtLeast(n) => Some(*n),
            Self::Stated(c) => Some(c.value()),
            Self::Share(s) => Some(u64::from(s.percent_tenths())),
            _ => None,
        }
    }

    /// The cell described with its value, for error messages.
    fn describe(&self) -> String {
        match self {
            Self::Empty => "an empty cell".to_owned(),
            Self::Text(t) => format!("text {t:?}"),
            Self::Count(n) => format!("count {n}"),
            Self::Stated(c) => format!("stated count \"{c}\""),
            Self::AtLeast(n) => format!("lower bound {n}"),
            Self::Share(s) => format!("share {} of {}", s.part(), s.whole()),
            Self::Date(d) => format!("date {d}"),
            Self::Period(p) => format!("period {p}"),
        }
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Self {
        Self::text(text)
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<u64> for Cell {
    fn from(n: u64) -> Self {
        Self::Count(n)
    }
}

impl From<u32> for Cell {
    fn from(n: u32) -> Self {
        Self::Count(n.into())
    }
}

impl From<usize> for Cell {
    fn from(n: usize) -> Self {
        // usize is at most 64 bits on every supported target.
        Self::Count(u64::try_from(n).unwrap_or(u64::MAX))
    }
}

impl From<StatedCount> for Cell {
    fn from(c: StatedCount) -> Self {
        Self::Stated(c)
    }
}

impl From<Share> for Cell {
    fn from(s: Share) -> Self {
        Self::Share(s)
    }
}

impl From<PartialDate> for Cell {
    fn from(d: PartialDate) -> Self {
        Self::Date(d)
    }
}

impl From<DateRange> for Cell {
    fn from(p: DateRange) -> Self {
        Self::Period(p.into())
    }
}

impl From<ReportingPeriod> for Cell {
    fn from(p: ReportingPeriod) -> Self {
        Self::Period(p)
    }
}

impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(value: Option<T>) -> Self {
        value.map_or(Self::Empty, Into::into)
    }
}

/// A report table: a title, typed columns, rows of cells checked against the columns, an
/// optional total row, notes, sources and optionally a numeric column to chart.
///
/// Rows are checked when added: a row with the wrong number of cells or a cell of the wrong
/// kind is refused, so a table that exists renders without surprises.
///
/// # Example
/// ```
/// use social_services::{records::{Source, StatedCount}, report::{Cell, Column, Table}};
///
/// let table = Table::new(
///     "Обучение на стажировочной площадке",
///     [Column::text("Площадка"), Column::stated("Обучено специалистов")],
/// )
/// .row([
///     Cell::text("«Создание Семейных МФЦ», Тула"),
///     StatedCount::more_than(250).into(),
/// ])?
/// .note("Число обученных указано в источнике приблизительно.")
/// .source(Source::titled("Тула на Всероссийском семинаре-совещании"))
/// .chart("Обучено специалистов")?;
///
/// assert_eq!(table.rows().len(), 1);
/// assert_eq!(table.chart_column(), Some(1));
/// assert!(table.to_markdown().contains("более 250"));
/// # Ok::<(), social_services::ReportError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    title: String,
    columns: Vec<Column>,
    rows: Vec<Vec<Cell>>,
    total: Option<Vec<Cell>>,
    notes: Vec<String>,
    sources: Vec<Source>,
    chart: Option<(usize, ChartKind)>,
    /// The text column whose values are the segments of a stacked chart.
    stacked_by: Option<usize>,
}

/// How a table's charted column is drawn in HTML.
///
/// # Example
/// ```
/// use social_services::report::{ChartKind, Column, Table};
/// let table = Table::new("Рост сети", [Column::date("Дата"), Column::count("Центров")])
///     .chart_over_time("Центров")?;
/// assert_eq!(table.chart_kind(), Some(ChartKind::Columns));
/// # Ok::<(), social_services::ReportError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChartKind {
    /// Horizontal bars, one per row, labelled on the left: for categories.
    Bars,
    /// Vertical columns, one per row from left to right, labelled below: for a series over
    /// time (rows in time order).
    Columns,
    /// Horizontal stacked bars with a legend, for a table of two categories (a subject × an
    /// institution kind): one bar per value of the other text columns, cut into one segment
    /// per value of the column it is stacked by ([`Table::chart_stacked`]).
    Stacked,
}

impl Table {
    /// How many rows a table shows in Markdown and HTML: a longer table shows its first rows
    /// and its total, with a note that the whole table is in the CSV output.
    pub const SHOWN_ROWS: usize = 50;

    /// An empty table with a title and columns.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Column, Table};
    /// let table = Table::new("Учреждения", [Column::text("Регион")]);
    /// assert!(table.is_empty());
    /// assert_eq!(table.title(), "Учреждения");
    /// ```
    pub fn new(title: impl Into<String>, columns: impl IntoIterator<Item = Column>) -> Self {
        Self {
            title: title.into(),
            columns: columns.into_iter().collect(),
            rows: Vec::new(),
            total: None,
            notes: Vec::new(),
            sources: Vec::new(),
            chart: None,
            stacked_by: None,
        }
    }

    /// The table with one more row.
    ///
    /// # Errors
    /// [`ReportError::RowLength`] when the row has not one cell per column;
    /// [`ReportError::CellKind`] when a cell does not fit its column.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Cell, Column, Table};
    /// let table = Table::new("Т", [Column::text("Регион"), Column::count("Точек")])
    ///     .row([Cell::text("Тульская область"), Cell::count(5)])?;
    /// assert_eq!(table.rows()[0][1], Cell::count(5));
    /// # Ok::<(), social_services::ReportError>(())
    /// ```
    pub fn row(mut self, cells: impl IntoIterator<Item = Cell>) -> Result<Self, ReportError> {
        self.push_row(cells)?;
        Ok(self)
    }

    /// Adds a row in place, for tables filled in a loop.
    ///
    /// # Errors
    /// As [`Table::row`]; the table is left unchanged.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Cell, Column, Table};
    /// let mut table = Table::new("Т", [Column::count("N")]);
    /// for n in 1..=3_u64 {
    ///     table.push_row([Cell::count(n)])?;
    /// }
    /// assert!(table.push_row([Cell::text("x")]).is_err());
    /// assert_eq!(table.rows().len(), 3);
    /// # Ok::<(), social_services::ReportError>(())
    /// ```
    pub fn push_row(&mut self, cells: impl IntoIterator<Item = Cell>) -> Result<(), ReportError> {
        let row = self.check(self.rows.len().to_string(), cells)?;
        self.rows.push(row);
        Ok(())
    }

    /// The table with a total row, shown after the rows and never charted.
    ///
    /// # Errors
    /// As [`Table::row`], with the row named `total` in the message.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Cell, Column, Table};
    /// let table = Table::new("Т", [Column::text("Регион"), Column::count("Точек")])
    ///     .row([Cell::text("Тульская область"), Cell::count(5)])?
    ///     .total([Cell::text("Итого"), Cell::count(5)])?;
    /// assert_eq!(table.total_row().map(<[_]>::len), Some(2));
    /// # Ok::<(), social_services::ReportError>(())
    /// ```
    pub fn total(mut self, cells: impl IntoIterator<Item = Cell>) -> Result<Self, ReportError> {
        self.total = Some(self.check("total".to_owned(), cells)?);
        Ok(self)
    }

    /// The table with one more note, shown below it.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Column, Table};
    /// let table = Table::new("Т", [Column::text("Регион")]).note("Данные на 1 октября.");
    /// assert_eq!(table.notes(), ["Данные на 1 октября."]);
    /// ```
    #[must_use]
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// The table with one more source, listed below it.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::Source, report::{Column, Table}};
    /// let table = Table::new("Т", [Column::text("Регион")]).source(Source::titled("Новость"));
    /// assert_eq!(table.sources().len(), 1);
    /// ```
    #[must_use]
    pub fn source(mut self, source: Source) -> Self {
        self.sources.push(source);
        self
    }

    /// The table with sources added, listed below it.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::Source, report::{Column, Table}};
    /// let table = Table::new("Т", [Column::text("Регион")])
    ///     .with_sources([Source::titled("Новость"), Source::titled("Отчёт")]);
    /// assert_eq!(table.sources().len(), 2);
    /// ```
    #[must_use]
    pub fn with_sources(mut self, sources: impl IntoIterator<Item = Source>) -> Self {
        self.sources.extend(sources);
        self
    }

    /// The table with a bar chart of the named column (in HTML).
    ///
    /// # Errors
    /// [`ReportError::UnknownColumn`] when no column has that name;
    /// [`ReportError::NotNumeric`] when the column does not hold counts, stated counts or
    /// shares.
    ///
    /// # Example
    /// ```
    /// use social_services::{report::{Column, Table}, ReportError};
    /// let table = Table::new("Т", [Column::text("Регион"), Column::count("Точек")]);
    /// assert_eq!(table.clone().chart("Точек")?.chart_column(), Some(1));
    /// assert!(matches!(table.chart("Регион"), Err(ReportError::NotNumeric { .. })));
    /// # Ok::<(), social_services::ReportError>(())
    /// ```
    pub fn chart(self, column: &str) -> Result<Self, ReportError> {
        self.charted(column, ChartKind::Bars)
    }

    /// The table with a column chart of the named column over its rows, left to right (in
    /// HTML): for a series over time, one row per date or period.
    ///
    /// # Errors
    /// As [`Table::chart`].
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Cell, Column, Table};
    /// let table = Table::new("Рост сети", [Column::date("Дата"), Column::count("Центров")])
    ///     .row([Cell::Date("2023-04".parse()?), Cell::count(21)])?
    ///     .row([Cell::Date("2025-08".parse()?), Cell::count(144)])?
    ///     .chart_over_time("Центров")?;
    /// assert_eq!(table.to_html().matches("<rect ").count(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn chart_over_time(self, column: &str) -> Result<Self, ReportError> {
        self.charted(column, ChartKind::Columns)
    }

    /// The table with a stacked bar chart of the named column (in HTML): one bar per value of
    /// the other text columns (a subject), cut into one segment per value of the text column
    /// `by` (an institution kind), with a legend of the segments. Rows of the same bar should
    /// be next to each other; each segment's length is its value on the scale of the longest
    /// bar.
    ///
    /// # Errors
    /// As [`Table::chart`]; [`ReportError::UnknownColumn`] too when no column is named `by`,
    /// and [`ReportError::NotText`] when it is not a text column.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Cell, ChartKind, Column, Table};
    /// let table = Table::new(
    ///     "Учреждения",
    ///     [Column::text("Субъект"), Column::text("Вид"), Column::count("Учреждений")],
    /// )
    /// .row([Cell::text("Ивановская область"), Cell::text("КЦСОН"), Cell::count(3)])?
    /// .row([Cell::text("Ивановская область"), Cell::text("СРЦН"), Cell::count(1)])?
    /// .row([Cell::text("Тульская область"), Cell::text("КЦСОН"), Cell::count(2)])?
    /// .chart_stacked("Учреждений", "Вид")?;
    /// assert_eq!(table.chart_kind(), Some(ChartKind::Stacked));
    /// // Two bars of three segments in all, and a legend of two kinds.
    /// let html = table.to_html();
    /// assert_eq!(html.matches("<g class=\"stack\">").count(), 2);
    /// assert_eq!(html.matches("<g class=\"bar\">").count(), 3);
    /// assert_eq!(html.matches("<g class=\"legend-item\">").count(), 2);
    /// # Ok::<(), social_services::ReportError>(())
    /// ```
    pub fn chart_stacked(self, column: &str, by: &str) -> Result<Self, ReportError> {
        let index = self
            .columns
            .iter()
            .position(|c| c.name == by)
            .ok_or_else(|| ReportError::UnknownColumn {
                table: self.title.clone(),
                column: by.to_owned(),
            })?;
        if self.columns[index].kind != ColumnKind::Text {
            return Err(ReportError::NotText {
                table: self.title.clone(),
                column: by.to_owned(),
                kind: self.columns[index].kind,
            });
        }
        let mut table = self.charted(column, ChartKind::Stacked)?;
        table.stacked_by = Some(index);
        Ok(table)
    }

    /// The text column a stacked chart is cut into segments by, if the table has one.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Column, Table};
    /// let table = Table::new("Т", [Column::text("Субъект"), Column::text("Вид"), Column::count("N")])
    ///     .chart_stacked("N", "Вид")?;
    /// assert_eq!(table.stacked_by(), Some(1));
    /// # Ok::<(), social_services::ReportError>(())
    /// ```
    pub fn stacked_by(&self) -> Option<usize> {
        self.stacked_by
            .filter(|_| self.chart_kind() == Some(ChartKind::Stacked))
    }

    fn charted(mut self, column: &str, chart: ChartKind) -> Result<Self, ReportError> {
        let index = self
            .columns
            .iter()
            .position(|c| c.name == column)
            .ok_or_else(|| ReportError::UnknownColumn {
                table: self.title.clone(),
                column: column.to_owned(),
            })?;
        let kind = self.columns[index].kind;
        if !kind.is_numeric() {
            return Err(ReportError::NotNumeric {
                table: self.title.clone(),
                column: column.to_owned(),
                kind,
            });
        }
        self.chart = Some((index, chart));
        Ok(self)
    }

    /// The title.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Column, Table};
    /// assert_eq!(Table::new("Т", [Column::text("Регион")]).title(), "Т");
    /// ```
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The columns, in order.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Column, Table};
    /// let table = Table::new("Т", [Column::text("Регион")]);
    /// assert_eq!(table.columns()[0].name, "Регион");
    /// ```
    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    /// The rows, each with one cell per column.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Cell, Column, Table};
    /// let table = Table::new("Т", [Column::count("N")]).row([Cell::count(1)])?;
    /// assert_eq!(table.rows(), [vec![Cell::count(1)]]);
    /// # Ok::<(), social_services::ReportError>(())
    /// ```
    pub fn rows(&self) -> &[Vec<Cell>] {
        &self.rows
    }

    /// The rows the human formats (Markdown, HTML and the chart) show: the first
    /// [`Table::SHOWN_ROWS`], or every row of a shorter table. CSV and JSON keep every row.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Cell, Column, Table};
    /// let mut table = Table::new("Т", [Column::count("N")]);
    /// for n in 0..60_u64 {
    ///     table.push_row([Cell::count(n)])?;
    /// }
    /// assert_eq!(table.shown_rows().len(), Table::SHOWN_ROWS);
    /// assert_eq!(table.hidden_rows(), 10);
    /// # Ok::<(), social_services::ReportError>(())
    /// ```
    pub fn shown_rows(&self) -> &[Vec<Cell>] {
        &self.rows[..self.rows.len().min(Self::SHOWN_ROWS)]
    }

    /// How many rows the human formats leave out (see [`Table::shown_rows`]).
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Column, Table};
    /// assert_eq!(Table::new("Т", [Column::count("N")]).hidden_rows(), 0);
    /// ```
    pub fn hidden_rows(&self) -> usize {
        self.rows.len() - self.shown_rows().len()
    }

    /// The total row, if any.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Column, Table};
    /// assert!(Table::new("Т", [Column::count("N")]).total_row().is_none());
    /// ```
    pub fn total_row(&self) -> Option<&[Cell]> {
        self.total.as_deref()
    }

    /// The notes, in order.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Column, Table};
    /// assert!(Table::new("Т", [Column::count("N")]).notes().is_empty());
    /// ```
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    /// The sources, in order.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Column, Table};
    /// assert!(Table::new("Т", [Column::count("N")]).sources().is_empty());
    /// ```
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// The index of the charted column, if any.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Column, Table};
    /// assert_eq!(Table::new("Т", [Column::count("N")]).chart_column(), None);
    /// ```
    pub fn chart_column(&self) -> Option<usize> {
        self.chart.map(|(column, _)| column)
    }

    /// How the charted column is drawn, if the table has one.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{ChartKind, Column, Table};
    /// let table = Table::new("Т", [Column::count("N")]).chart("N")?;
    /// assert_eq!(table.chart_kind(), Some(ChartKind::Bars));
    /// # Ok::<(), social_services::ReportError>(())
    /// ```
    pub fn chart_kind(&self) -> Option<ChartKind> {
        self.chart.map(|(_, kind)| kind)
    }

    /// Whether the table has no rows.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Column, Table};
    /// assert!(Table::new("Т", [Column::count("N")]).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    fn check(
        &self,
        row: String,
        cells: impl IntoIterator<Item = Cell>,
    ) -> Result<Vec<Cell>, ReportError> {
        let cells: Vec<Cell> = cells.into_iter().collect();
        if cells.len() != self.columns.len() {
            return Err(ReportError::RowLength {
                table: self.title.clone(),
                row,
                expected: self.columns.len(),
                found: cells.len(),
            });
        }
        for (index, (cell, column)) in cells.iter().zip(&self.columns).enumerate() {
            if !cell.fits(column.kind) {
                return Err(ReportError::CellKind {
                    table: self.title.clone(),
                    row,
                    index,
                    column: column.name.clone(),
                    expected: column.kind,
                    found: cell.describe(),
                });
            }
        }
        Ok(cells)
    }
}
