//! Markdown: GitHub-flavoured tables, numbers right-aligned and written Russian-style.
//!
//! Every text from the model is escaped: the characters Markdown or inline HTML would read
//! (backslash, `|`, `<`, `>`, `&`, `*`, `_`, backtick, `[`, `]`) get a backslash, a newline
//! inside a cell becomes `<br>`, and a line of running text that would start a heading or a
//! list has its marker escaped. An empty cell
//! is shown as a dash `—`; a table without rows is followed by «Нет данных.».

use std::fmt::Write as _;

use super::format::{self, source_line};
use super::{Block, Cell, Report, Table};

impl Table {
    /// The table as Markdown: a `##` heading, a GitHub table (numbers right-aligned, the total
    /// row in bold), then its notes and sources as lists.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Cell, Column, Table};
    /// let table = Table::new("Точки", [Column::text("Регион"), Column::count("Точек")])
    ///     .row([Cell::text("Тульская | область"), Cell::count(1234)])?;
    /// assert_eq!(
    ///     table.to_markdown(),
    ///     "## Точки\n\n| Регион | Точек |\n| :-- | --: |\n| Тульская \\| область | 1\u{a0}234 |\n"
    /// );
    /// # Ok::<(), social_services::ReportError>(())
    /// ```
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        write_table(&mut out, self, "##");
        out
    }
}

impl Report {
    /// The report as one Markdown document: `#` title, lead paragraphs, `##` sections with
    /// their paragraphs and `###` tables.
    ///
    /// # Example
    /// ```
    /// use social_services::{report::Section, Report};
    /// let report = Report::new("Сеть").section(Section::new("Итоги").paragraph("Сеть *растёт*."));
    /// assert_eq!(report.to_markdown(), "# Сеть\n\n## Итоги\n\nСеть \\*растёт\\*.\n");
    /// ```
    pub fn to_markdown(&self) -> String {
        let mut out = format!("# {}\n", inline(self.title()));
        for text in self.lead() {
            out.push('\n');
            write_paragraph(&mut out, text);
        }
        for section in self.sections() {
            let _ = write!(out, "\n## {}\n", inline(section.heading()));
            for block in section.blocks() {
                out.push('\n');
                match block {
                    Block::Paragraph(text) => write_paragraph(&mut out, text),
                    Block::Table(table) => write_table(&mut out, table, "###"),
                }
            }
        }
        out
    }
}

fn write_table(out: &mut String, table: &Table, heading: &str) {
    let _ = write!(out, "{heading} {}\n\n", inline(table.title()));
    out.push('|');
    for column in table.columns() {
        let _ = write!(out, " {} |", cell_text(&column.name));
    }
    out.push_str("\n|");
    for column in table.columns() {
        out.push_str(if column.kind.is_numeric() {
            " --: |"
        } else {
            " :-- |"
        });
    }
    out.push('\n');
    for row in table.shown_rows() {
        write_row(out, row, false);
    }
    // An empty table has no total: «Итого 0» beside «Нет данных.» would be a zero made up.
    if let Some(total) = table.total_row().filter(|_| !table.is_empty()) {
        write_row(out, total, true);
    }
    if table.is_empty() {
        out.push_str("\nНет данных.\n");
    }
    let notes: Vec<String> = table
        .notes()
        .iter()
        .cloned()
        .chain(format::hidden_note(table))
        .collect();
    if !notes.is_empty() {
        out.push_str("\nПримечания:\n\n");
        for note in &notes {
            let _ = writeln!(out, "- {}", inline(note));
        }
    }
    if !table.sources().is_empty() {
        out.push_str("\nИсточники:\n\n");
        for source in table.sources() {
            let mut line = inline(&source_line(source));
            if let Some(url) = &source.url {
                if !line.is_empty() {
                    line.push_str(", ");
                }
                line.push_str(&link(url.as_str()));
            }
            let _ = writeln!(out, "- {line}");
        }
    }
}

fn write_row(out: &mut String, row: &[Cell], bold: bool) {
    out.push('|');
    for cell in row {
        let text = format::cell(cell).map_or_else(|| "—".to_owned(), |t| cell_text(&t));
        if bold {
            let _ = write!(out, " **{text}** |");
        } else {
            let _ = write!(out, " {text} |");
        }
    }
    out.push('\n');
}

fn write_paragraph(out: &mut String, text: &str) {
    let lines: Vec<String> = format::line_breaks(text)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| block_safe(&inline(l)))
        .collect();
    out.push_str(&lines.join("\\\n"));
    out.push('\n');
}

/// Text for a table cell: escaped, line ends (`\n`, `\r\n`, a lone `\r`) as `<br>`.
fn cell_text(text: &str) -> String {
    format::line_breaks(text)
        .map(inline)
        .collect::<Vec<_>>()
        .join("<br>")
}

/// Text for inline Markdown written by hand (a heading, a list item, emphasis): every
/// character Markdown or inline HTML would read gets a backslash, and line ends become spaces,
/// so that a name from the data can neither add markup nor end the line it is on.
///
/// # Example
/// ```
/// use social_services::report::escape_markdown;
/// assert_eq!(escape_markdown("<b>*Тула*</b>"), r"\<b\>\*Тула\*\</b\>");
/// assert_eq!(format!("# {}", escape_markdown("a\r# b")), "# a \\# b");
/// ```
pub fn escape_markdown(text: &str) -> String {
    inline(text).replace('#', "\\#")
}

/// Text with every character Markdown or inline HTML would read escaped by a backslash.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '|' | '<' | '>' | '&' | '*' | '_' | '`' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// A line of running text that cannot start a heading, a list or a thematic break.
fn block_safe(line: &str) -> String {
    let starts_block = line.starts_with(['#', '-', '+', '=']);
    if starts_block {
        return format!("\\{line}");
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && line[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    line.to_owned()
}

/// An address as an autolink when it can be one, else as escaped text.
fn link(url: &str) -> String {
    let linkable = (url.starts_with("https://") || url.starts_with("http://"))
        && !url.contains(|c: char| c.is_whitespace() || c == '<' || c == '>');
    if linkable {
        format!("<{url}>")
    } else {
        inline(url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{Source, StatedCount};
    use crate::report::{Column, Section, Share};

    fn two_columns() -> Table {
        Table::new("Т", [Column::text("Название"), Column::count("Число")])
    }

    #[test]
    fn escapes_pipes_markup_and_html_in_cells() {
        let table = two_columns()
            .row([
                Cell::text("a|b <script> & *x* _y_ `z` [l](u) \\"),
                Cell::count(1),
            ])
            .unwrap();
        let md = table.to_markdown();
        assert!(
            md.contains(r"| a\|b \<script\> \& \*x\* \_y\_ \`z\` \[l\](u) \\ | 1 |"),
            "{md}"
        );
    }

    #[test]
    fn turns_newlines_in_cells_into_line_breaks() {
        let table = two_columns()
            .row([Cell::text("первая\nвторая"), Cell::count(1)])
            .unwrap();
        assert!(table.to_markdown().contains("| первая<br>вторая | 1 |"));
    }

    #[test]
    fn keeps_quotes_as_they_are() {
        let table = two_columns()
            .row([
                Cell::text("ГУ ТО «СМФЦ \"Мой семейный центр\"»"),
                Cell::count(1),
            ])
            .unwrap();
        assert!(
            table
                .to_markdown()
                .contains("| ГУ ТО «СМФЦ \"Мой семейный центр\"» | 1 |")
        );
    }

    #[test]
    fn right_aligns_numbers_and_left_aligns_text() {
        let table = Table::new(
            "Т",
            [
                Column::text("a"),
                Column::count("b"),
                Column::stated("c"),
                Column::share("d"),
                Column::date("e"),
                Column::period("f"),
            ],
        );
        assert!(
            table
                .to_markdown()
                .contains("| :-- | --: | --: | --: | :-- | :-- |\n")
        );
    }

    #[test]
    fn shows_an_empty_table_with_its_header_and_no_data_line() {
        assert_eq!(
            two_columns().to_markdown(),
            "## Т\n\n| Название | Число |\n| :-- | --: |\n\nНет данных.\n"
        );
    }

    #[test]
    fn stated_counts_keep_their_qualifier_and_shares_use_a_decimal_comma() {
        let table = Table::new("Т", [Column::stated("Обучено"), Column::share("Охват")])
            .row([
                StatedCount::more_than(250).into(),
                Share::new(1, 8).unwrap().into(),
            ])
            .unwrap()
            .row([Cell::Empty, Cell::Empty])
            .unwrap();
        let md = table.to_markdown();
        assert!(md.contains("| более 250 | 12,5\u{a0}% |"), "{md}");
        assert!(md.contains("| — | — |"), "{md}");
    }

    #[test]
    fn writes_total_in_bold_then_notes_and_sources() {
        let mut source = Source::titled("Новость");
        source.publisher = Some("ГУ ТО «СМФЦ»".to_owned());
        source.url = Some("https://example.org/a_b".parse().unwrap());
        source.note = Some("год выведен из контекста".to_owned());
        let table = two_columns()
            .row([Cell::text("a"), Cell::count(2)])
            .unwrap()
            .total([Cell::text("Итого"), Cell::count(2)])
            .unwrap()
            .note("Заметка <1>")
            .source(source);
        assert_eq!(
            table.to_markdown(),
            "## Т\n\n| Название | Число |\n| :-- | --: |\n| a | 2 |\n| **Итого** | **2** |\n\
             \nПримечания:\n\n- Заметка \\<1\\>\n\
             \nИсточники:\n\n- «Новость», ГУ ТО «СМФЦ» (год выведен из контекста), <https://example.org/a_b>\n"
        );
    }

    #[test]
    fn running_text_cannot_start_a_heading_or_a_list() {
        let report = Report::new("R").section(
            Section::new("S").paragraph("# не заголовок\n- не список\n1. не пункт\nобычная строка"),
        );
        assert_eq!(
            report.to_markdown(),
            "# R\n\n## S\n\n\\# не заголовок\\\n\\- не список\\\n1\\. не пункт\\\nобычная строка\n"
        );
    }

    #[test]
    fn does_not_link_an_address_that_is_not_http() {
        assert_eq!(link("javascript:alert(1)"), "javascript:alert(1)");
        assert_eq!(link("https://a.b/<x>"), r"https://a.b/\<x\>");
    }
}
