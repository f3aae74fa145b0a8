//! HTML: one self-contained HTML5 document, with inline SVG bar charts.
//!
//! The document has its style sheet inline, no scripts, no images, fonts or other files: it
//! reads the same in any browser, offline. Every text from the model is escaped (`& < > " '`),
//! a newline in a cell or a paragraph becomes `<br/>`, and the markup is well-formed XML
//! (void elements closed with `/>`, no named entities but the five of XML, the no-break space
//! written as the character itself), so that an XML parser can check it. Numbers are written
//! Russian-style (see the [`report`](crate::report) module) and right-aligned. A source's
//! address becomes a link only when it is an `http` or `https` address.

use std::fmt::Write as _;

use super::format::{self, source_line};
use super::{Block, Cell, Report, Table, chart};

const STYLE: &str = "\
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;line-height:1.45;color:#222;background:#fff;margin:0}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.7rem}h2{font-size:1.35rem;margin-top:2rem}
figure{margin:1.5rem 0}
h1,h2,p,li,caption{overflow-wrap:anywhere}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:.5rem 0}
caption{text-align:left;font-weight:bold;padding:.3rem 0}
th,td{border:1px solid #ccc;padding:.3rem .6rem;vertical-align:top;text-align:left}
thead th{background:#eef2f7}
tfoot td{font-weight:bold;background:#f6f6f6}
.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.empty,.notes,.sources,.chart-caption{color:#555;font-size:.92rem}
svg.chart{display:block;margin:.5rem 0}
@media (max-width:40rem){main{padding:.75rem}h1{font-size:1.35rem}h2{font-size:1.15rem}th,td{padding:.25rem .4rem}}
";

impl Table {
    /// The table alone as a self-contained HTML5 document, with its chart if it has one.
    ///
    /// # Example
    /// ```
    /// use social_services::report::{Cell, Column, Table};
    /// let table = Table::new("Точки <присутствия>", [Column::text("Регион"), Column::count("Точек")])
    ///     .row([Cell::text("Тульская область"), Cell::count(5)])?
    ///     .row([Cell::text("Ивановская область"), Cell::count(1)])?
    ///     .chart("Точек")?;
    /// let html = table.to_html();
    /// assert!(html.starts_with("<!DOCTYPE html>"));
    /// assert!(html.contains("<caption>Точки &lt;присутствия&gt;</caption>"));
    /// assert_eq!(html.matches("<rect ").count(), 2);
    /// # Ok::<(), social_services::ReportError>(())
    /// ```
    pub fn to_html(&self) -> String {
        let mut out = open(self.title());
        write_table(&mut out, self);
        close(out)
    }
}

impl Report {
    /// The report as one self-contained HTML5 document: title, lead paragraphs, sections with
    /// their paragraphs, tables and charts.
    ///
    /// # Example
    /// ```
    /// use social_services::{report::Section, Report};
    /// let report = Report::new("Сеть").section(Section::new("Итоги").paragraph("«А» & Б"));
    /// let html = report.to_html();
    /// assert!(html.contains("<h1>Сеть</h1>"));
    /// assert!(html.contains("<p>«А» &amp; Б</p>"));
    /// assert!(!html.contains("<script"));
    /// ```
    pub fn to_html(&self) -> String {
        let mut out = open(self.title());
        let _ = writeln!(out, "<h1>{}</h1>", escape(self.title()));
        for text in self.lead() {
            write_paragraph(&mut out, text);
        }
        for section in self.sections() {
            out.push_str("<section>\n");
            let _ = writeln!(out, "<h2>{}</h2>", escape(section.heading()));
            for block in section.blocks() {
                match block {
                    Block::Paragraph(text) => write_paragraph(&mut out, text),
                    Block::Table(table) => write_table(&mut out, table),
                }
            }
            out.push_str("</section>\n");
        }
        close(out)
    }
}

fn open(title: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ru\">\n<head>\n\
         <meta charset=\"utf-8\"/>\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n",
        escape(title)
    )
}

fn close(mut out: String) -> String {
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn write_paragraph(out: &mut String, text: &str) {
    let _ = writeln!(out, "<p>{}</p>", multiline(text));
}

fn write_table(out: &mut String, table: &Table) {
    // The table and its chart scroll sideways inside the page's column when they are wider
    // than it, instead of widening the page (a phone's screen, a table of many columns).
    out.push_str("<figure>\n<div class=\"scroll\">\n<table>\n");
    let _ = writeln!(out, "<caption>{}</caption>", escape(table.title()));
    out.push_str("<thead>\n<tr>");
    for column in table.columns() {
        let _ = write!(
            out,
            "<th scope=\"col\"{}>{}</th>",
            class(column.kind.is_numeric()),
            multiline(&column.name)
        );
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");
    let numeric: Vec<bool> = table
        .columns()
        .iter()
        .map(|c| c.kind.is_numeric())
        .collect();
    for row in table.shown_rows() {
        write_row(out, row, &numeric);
    }
    out.push_str("</tbody>\n");
    // An empty table has no total: «Итого 0» beside «Нет данных.» would be a zero made up.
    if let Some(total) = table.total_row().filter(|_| !table.is_empty()) {
        out.push_str("<tfoot>\n");
        write_row(out, total, &numeric);
        out.push_str("</tfoot>\n");
    }
    out.push_str("</table>\n</div>\n");
    if table.is_empty() {
        out.push_str("<p class=\"empty\">Нет данных.</p>\n");
    }
    if let Some(svg) = chart::svg(table) {
        let _ = writeln!(
            out,
            "<p class=\"chart-caption\">{}</p>\n<div class=\"scroll\">",
            escape(&chart::caption(table))
        );
        out.push_str(&svg);
        out.push_str("</div>\n");
    }
    let notes: Vec<String> = table
        .notes()
        .iter()
        .cloned()
        .chain(format::hidden_note(table))
        .collect();
    if !notes.is_empty() {
        out.push_str("<div class=\"notes\">\n<p>Примечания:</p>\n<ul>\n");
        for note in &notes {
            let _ = writeln!(out, "<li>{}</li>", multiline(note));
        }
        out.push_str("</ul>\n</div>\n");
    }
    if !table.sources().is_empty() {
        out.push_str("<div class=\"sources\">\n<p>Источники:</p>\n<ul>\n");
        for source in table.sources() {
            let mut line = escape(&source_line(source));
            if let Some(url) = &source.url {
                if !line.is_empty() {
                    line.push_str(", ");
                }
                line.push_str(&link(url.as_str()));
            }
            let _ = writeln!(out, "<li>{line}</li>");
        }
        out.push_str("</ul>\n</div>\n");
    }
    out.push_str("</figure>\n");
}

/// One row; a cell of a numeric column is right-aligned, its «—» for no value too.
fn write_row(out: &mut String, row: &[Cell], numeric: &[bool]) {
    out.push_str("<tr>");
    for (cell, &numeric) in row.iter().zip(numeric) {
        let text = format::cell(cell).map_or_else(|| "—".to_owned(), |t| multiline(&t));
        let _ = write!(out, "<td{}>{text}</td>", class(numeric));
    }
    out.push_str("</tr>\n");
}

fn class(numeric: bool) -> &'static str {
    if numeric { " class=\"num\"" } else { "" }
}

fn link(url: &str) -> String {
    if url.starts_with("https://") || url.starts_with("http://") {
        let url = escape(url);
        format!("<a href=\"{url}\">{url}</a>")
    } else {
        escape(url)
    }
}

/// Text escaped, with each line break (`\n`, `\r\n` or a lone `\r`) as `<br/>`.
fn multiline(text: &str) -> String {
    format::line_breaks(text)
        .map(escape)
        .collect::<Vec<_>>()
        .join("<br/>")
}

/// Text escaped for an HTML or XML text node or attribute value.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters other than tab and line ends are not allowed in XML.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{Source, StatedCount};
    use crate::report::{Column, Share};

    fn two_columns() -> Table {
        Table::new("Т", [Column::text("Название"), Column::count("Число")])
    }

    #[test]
    fn escapes_markup_quotes_and_ampersands_everywhere() {
        let table = Table::new("<T> & \"q\"", [Column::text("<c>"), Column::count("n")])
            .row([
                Cell::text("<script>alert('x')</script> & \"y\""),
                Cell::count(1),
            ])
            .unwrap()
            .note("<note>");
        let html = table.to_html();
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("<title>&lt;T&gt; &amp; &quot;q&quot;</title>"));
        assert!(html.contains("<th scope=\"col\">&lt;c&gt;</th>"));
        assert!(html.contains(
            "<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;</td>"
        ));
        assert!(html.contains("<li>&lt;note&gt;</li>"));
    }

    #[test]
    fn turns_newlines_into_line_breaks_and_pipes_stay_as_they_are() {
        let table = two_columns()
            .row([Cell::text("a|b\nc"), Cell::count(1)])
            .unwrap();
        assert!(table.to_html().contains("<td>a|b<br/>c</td>"));
    }

    #[test]
    fn right_aligns_numbers_written_russian_style() {
        let table = Table::new(
            "Т",
            [Column::count("n"), Column::stated("s"), Column::share("p")],
        )
        .row([
            Cell::count(1234),
            StatedCount::more_than(250).into(),
            Share::new(1, 8).unwrap().into(),
        ])
        .unwrap();
        assert!(table.to_html().contains(
            "<tr><td class=\"num\">1\u{a0}234</td><td class=\"num\">более 250</td>\
             <td class=\"num\">12,5\u{a0}%</td></tr>"
        ));
    }

    #[test]
    fn shows_an_empty_table_with_a_no_data_line_and_no_chart() {
        let html = two_columns().chart("Число").unwrap().to_html();
        assert!(html.contains("<tbody>\n</tbody>"));
        assert!(html.contains("<p class=\"empty\">Нет данных.</p>"));
        assert!(!html.contains("<svg"));
    }

    #[test]
    fn links_only_http_addresses() {
        assert_eq!(
            link("https://a.b/?x=1&y=2"),
            "<a href=\"https://a.b/?x=1&amp;y=2\">https://a.b/?x=1&amp;y=2</a>"
        );
        assert_eq!(link("javascript:alert(1)"), "javascript:alert(1)");
    }

    #[test]
    fn lists_sources_with_their_publisher_and_note() {
        let mut source = Source::titled("Новость");
        source.publisher = Some("ГУ ТО «СМФЦ»".to_owned());
        source.published = Some("2024-10".parse().unwrap());
        let html = two_columns().source(source).to_html();
        assert!(
            html.contains("<li>«Новость», ГУ ТО «СМФЦ», 10.2024</li>"),
            "{html}"
        );
    }

    #[test]
    fn has_no_scripts_and_no_external_assets() {
        let html = two_columns()
            .row([Cell::text("x"), Cell::count(1)])
            .unwrap()
            .chart("Число")
            .unwrap()
            .to_html();
        for banned in ["<script", "<link", "<img", "src=", "@import", "url("] {
            assert!(!html.contains(banned), "{banned}");
        }
    }

    #[test]
    fn replaces_control_characters_that_xml_forbids() {
        assert_eq!(escape("a\u{1}b"), "a\u{fffd}b");
    }
}
