//! A report document: a title, lead paragraphs and sections of running text and tables.

use super::Table;

/// One piece of a section, in reading order.
///
/// # Example
/// ```
/// use social_services::report::{Block, Column, Section, Table};
/// let section = Section::new("Сеть")
///     .paragraph("Текст.")
///     .table(Table::new("Т", [Column::text("Регион")]));
/// assert!(matches!(section.blocks()[0], Block::Paragraph(_)));
/// assert!(matches!(section.blocks()[1], Block::Table(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Block {
    /// A paragraph of running text (plain text; every format escapes it).
    Paragraph(String),
    /// A table.
    Table(Table),
}

/// A section of a [`Report`]: a heading, then paragraphs and tables in order.
///
/// # Example
/// ```
/// use social_services::report::{count_ru, Section};
/// let section = Section::new("Мероприятия")
///     .paragraph(format!("В семинаре участвовали {}.", count_ru(13, ["учреждение", "учреждения", "учреждений"])));
/// assert_eq!(section.heading(), "Мероприятия");
/// assert_eq!(section.blocks().len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Section {
    heading: String,
    blocks: Vec<Block>,
}

impl Section {
    /// An empty section with a heading.
    ///
    /// # Example
    /// ```
    /// use social_services::report::Section;
    /// assert!(Section::new("Итоги").blocks().is_empty());
    /// ```
    pub fn new(heading: impl Into<String>) -> Self {
        Self {
            heading: heading.into(),
            blocks: Vec::new(),
        }
    }

    /// The section with one more paragraph.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Block, Section};
    /// let section = Section::new("Итоги").paragraph("Сеть растёт.");
    /// assert_eq!(section.blocks(), [Block::Paragraph("Сеть растёт.".to_owned())]);
    /// ```
    #[must_use]
    pub fn paragraph(mut self, text: impl Into<String>) -> Self {
        self.blocks.push(Block::Paragraph(text.into()));
        self
    }

    /// The section with one more table.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Column, Section, Table};
    /// let section = Section::new("Итоги").table(Table::new("Т", [Column::text("Регион")]));
    /// assert_eq!(section.tables().count(), 1);
    /// ```
    #[must_use]
    pub fn table(mut self, table: Table) -> Self {
        self.blocks.push(Block::Table(table));
        self
    }

    /// Adds a block in place, for sections filled in a loop.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Block, Section};
    /// let mut section = Section::new("Итоги");
    /// section.push(Block::Paragraph("Текст.".to_owned()));
    /// assert_eq!(section.blocks().len(), 1);
    /// ```
    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    /// The heading.
    ///
    /// # Example
    /// ```
    /// use social_services::report::Section;
    /// assert_eq!(Section::new("Итоги").heading(), "Итоги");
    /// ```
    pub fn heading(&self) -> &str {
        &self.heading
    }

    /// The paragraphs and tables, in order.
    ///
    /// # Example
    /// ```
    /// use social_services::report::Section;
    /// assert!(Section::new("Итоги").blocks().is_empty());
    /// ```
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The section's tables, in order.
    ///
    /// # Example
    /// ```
    /// use social_services::report::Section;
    /// assert_eq!(Section::new("Итоги").paragraph("Текст.").tables().count(), 0);
    /// ```
    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Table(t) => Some(t),
            Block::Paragraph(_) => None,
        })
    }
}

/// A titled report document: lead paragraphs, then sections of running text and tables. It
/// renders to Markdown, HTML and JSON as one document, and to CSV as one file per table
/// ([`Report::to_csv_files`]).
///
/// # Example
/// ```
/// use social_services::{report::{Cell, Column, Section, Table}, Report};
///
/// let table = Table::new("Точки присутствия", [Column::text("Регион"), Column::count("Точек")])
///     .row([Cell::text("Тульская область"), Cell::count(5)])?
///     .row([Cell::text("Ивановская область"), Cell::count(1)])?
///     .chart("Точек")?;
/// let report = Report::new("Сеть семейных МФЦ")
///     .paragraph("Сводка по данным публикаций.")
///     .section(Section::new("Точки присутствия").table(table));
///
/// assert!(report.to_markdown().starts_with("# Сеть семейных МФЦ\n"));
/// assert!(report.to_html().contains("<rect"));
/// assert_eq!(report.to_csv_files().len(), 1);
/// # Ok::<(), social_services::ReportError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Report {
    title: String,
    lead: Vec<String>,
    sections: Vec<Section>,
}

impl Report {
    /// An empty report with a title.
    ///
    /// # Example
    /// ```
    /// use social_services::Report;
    /// assert_eq!(Report::new("Сеть").title(), "Сеть");
    /// ```
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            lead: Vec::new(),
            sections: Vec::new(),
        }
    }

    /// The report with one more lead paragraph, shown before the sections.
    ///
    /// # Example
    /// ```
    /// use social_services::Report;
    /// assert_eq!(Report::new("Сеть").paragraph("Вводный текст.").lead(), ["Вводный текст."]);
    /// ```
    #[must_use]
    pub fn paragraph(mut self, text: impl Into<String>) -> Self {
        self.lead.push(text.into());
        self
    }

    /// The report with one more section.
    ///
    /// # Example
    /// ```
    /// use social_services::{report::Section, Report};
    /// let report = Report::new("Сеть").section(Section::new("Итоги"));
    /// assert_eq!(report.sections().len(), 1);
    /// ```
    #[must_use]
    pub fn section(mut self, section: Section) -> Self {
        self.sections.push(section);
        self
    }

    /// Adds a section in place.
    ///
    /// # Example
    /// ```
    /// use social_services::{report::Section, Report};
    /// let mut report = Report::new("Сеть");
    /// report.push(Section::new("Итоги"));
    /// assert_eq!(report.sections().len(), 1);
    /// ```
    pub fn push(&mut self, section: Section) {
        self.sections.push(section);
    }

    /// The title.
    ///
    /// # Example
    /// ```
    /// use social_services::Report;
    /// assert_eq!(Report::new("Сеть").title(), "Сеть");
    /// ```
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The lead paragraphs.
    ///
    /// # Example
    /// ```
    /// use social_services::Report;
    /// assert!(Report::new("Сеть").lead().is_empty());
    /// ```
    pub fn lead(&self) -> &[String] {
        &self.lead
    }

    /// The sections, in order.
    ///
    /// # Example
    /// ```
    /// use social_services::Report;
    /// assert!(Report::new("Сеть").sections().is_empty());
    /// ```
    pub fn sections(&self) -> &[Section] {
        &self.sections
    }

    /// Every table of the report, in reading order.
    ///
    /// # Example
    /// ```
    /// use social_services::{report::{Column, Section, Table}, Report};
    /// let report = Report::new("Сеть")
    ///     .section(Section::new("А").table(Table::new("Т1", [Column::text("Регион")])))
    ///     .section(Section::new("Б").table(Table::new("Т2", [Column::text("Регион")])));
    /// let titles: Vec<_> = report.tables().map(|t| t.title()).collect();
    /// assert_eq!(titles, ["Т1", "Т2"]);
    /// ```
    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.sections.iter().flat_map(Section::tables)
    }
}
