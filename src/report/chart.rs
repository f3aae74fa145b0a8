//! The inline SVG charts of a table's charted column: horizontal bars for categories, and
//! vertical columns for a series over time ([`ChartKind`]).
//!
//! One `<rect>` per row shown (the total row is never charted), each in a `<g>` with the row's
//! label — its text cells joined by « — » — on the left and the value as the table shows it on
//! the right (a stated count keeps its qualifier: the bar of «более 250» is drawn at 250). Bars
//! are scaled to the largest value; an empty cell draws a bar of width 0. A chart compares, so
//! a table of one row or of rows that are all equal gets none. A label too long for its room is
//! cut with «…», and each bar's `<title>` holds its full label and value (a tooltip). The markup is well-formed XML in the SVG namespace, with
//! colours and fonts as attributes so that it reads the same without the page's style sheet.

use std::fmt::Write as _;

use super::format;
use super::html::escape;
use super::{Cell, ChartKind, ColumnKind, Table};

const BAR_HEIGHT: u64 = 20;
const ROW_HEIGHT: u64 = 28;
const PADDING: u64 = 8;
const BAR_AREA: u64 = 400;
const VALUE_AREA: u64 = 120;
const LABEL_CHARS: usize = 36;
/// The room of one character of a label at 13 px, wide enough for capital Cyrillic letters.
const CHAR_WIDTH: u64 = 9;
/// The longest label under a column of a column chart (slanted, it must stay in the SVG).
const COLUMN_LABEL_CHARS: usize = 16;

/// A bar: its full label, its value as the table shows it, and its magnitude.
type Bar = (String, String, u64);

/// The chart of the table's charted column, or `None` when it has no chart, or compares
/// nothing: fewer than two rows, or every value the same.
pub(crate) fn svg(table: &Table) -> Option<String> {
    let column = table.chart_column()?;
    if let Some(by) = table.stacked_by() {
        return stacked(table, column, by);
    }
    let bars = bars(table, column);
    let first = bars.first()?.2;
    if bars.iter().all(|b| b.2 == first) {
        return None;
    }
    match table.chart_kind()? {
        ChartKind::Columns => Some(columns(table, &bars)),
        _ => Some(horizontal(table, &bars)),
    }
}

/// The caption of the table's chart: a sentence naming the column and the table.
pub(crate) fn caption(table: &Table) -> String {
    let column = table
        .chart_column()
        .map_or("", |c| table.columns()[c].name.as_str());
    let Some(by) = table.stacked_by() else {
        return format!(
            "На диаграмме — столбец «{column}» таблицы «{}».",
            table.title()
        );
    };
    let columns = table.columns();
    let groups: Vec<String> = label_columns(table, by)
        .into_iter()
        .map(|i| format!("«{}»", columns[i].name))
        .collect();
    format!(
        "На диаграмме — столбец «{column}» таблицы «{}»: полоса на каждое значение {}, её части — по столбцу «{}».",
        table.title(),
        groups.join(" и "),
        columns[by].name
    )
}

/// The text columns that name a stacked chart's bars: every text column but the one it is
/// stacked by.
fn label_columns(table: &Table, by: usize) -> Vec<usize> {
    let columns = table.columns();
    (0..columns.len())
        .filter(|&i| i != by && columns[i].kind == ColumnKind::Text)
        .collect()
}

/// The fills of the segments of a stacked chart, in the order of the legend; after the
/// twelfth they repeat.
const PALETTE: [&str; 12] = [
    "#3b6ea5", "#e08a2c", "#4e9a5a", "#c44e52", "#8172b2", "#937860", "#d77fb8", "#7f7f7f",
    "#b8a93a", "#4fa3c0", "#2f4f4f", "#a0522d",
];
/// The height of a line of the legend of a stacked chart, and the side of its swatch.
const LEGEND_ROW: u64 = 20;
const SWATCH: u64 = 12;

/// One bar of a stacked chart: its label and its segments (the series' index, its value as
/// the table shows it, its magnitude), in the order of the rows.
type Stack = (String, Vec<(usize, String, u64)>);

/// The bars of a stacked chart, in the order of their first rows, and the names of the
/// segments, in the order they first appear.
fn stacks(table: &Table, column: usize, by: usize) -> (Vec<String>, Vec<Stack>) {
    let labels = label_columns(table, by);
    let mut series: Vec<String> = Vec::new();
    let mut stacks: Vec<Stack> = Vec::new();
    for (n, row) in table.shown_rows().iter().enumerate() {
        let parts: Vec<String> = labels
            .iter()
            .filter_map(|&i| format::cell(&row[i]))
            .collect();
        let label = if parts.is_empty() {
            (n + 1).to_string()
        } else {
            one_line(&parts.join(" — "))
        };
        let name = format::cell(&row[by]).map_or_else(|| "не указано".to_owned(), |t| one_line(&t));
        let index = series.iter().position(|s| *s == name).unwrap_or_else(|| {
            series.push(name);
            series.len() - 1
        });
        let cell: &Cell = &row[column];
        let segment = (
            index,
            format::cell(cell).unwrap_or_else(|| "—".to_owned()),
            cell.magnitude().unwrap_or(0),
        );
        match stacks.iter_mut().find(|(l, _)| *l == label) {
            Some((_, segments)) => segments.push(segment),
            None => stacks.push((label, vec![segment])),
        }
    }
    (series, stacks)
}

/// Horizontal bars of the other text columns' values, each cut into segments by the values of
/// the column `by`, on one scale (the longest bar fills the bar area), with the total after
/// each bar and a legend below; `None` when it compares nothing: fewer than two bars, or bars
/// all alike (the same segments of the same lengths), or nothing but zeros.
fn stacked(table: &Table, column: usize, by: usize) -> Option<String> {
    let (series, stacks) = stacks(table, column, by);
    let composition = |segments: &[(usize, String, u64)]| {
        let mut parts: Vec<(usize, u64)> = segments
            .iter()
            .map(|&(s, _, m)| (s, m))
            .filter(|&(_, m)| m > 0)
            .collect();
        parts.sort_unstable();
        parts
    };
    let first = composition(&stacks.first()?.1);
    if stacks.len() < 2 || stacks.iter().all(|(_, s)| composition(s) == first) {
        return None;
    }
    let total = |segments: &[(usize, String, u64)]| segments.iter().map(|s| s.2).sum::<u64>();
    let max = stacks.iter().map(|(_, s)| total(s)).max().unwrap_or(0);
    if max == 0 {
        return None;
    }
    let longest = stacks
        .iter()
        .map(|(l, _)| l.chars().count().min(LABEL_CHARS))
        .max()
        .unwrap_or(0);
    let label_width = (u64::try_from(longest).unwrap_or(u64::MAX) * CHAR_WIDTH + 2 * PADDING)
        .clamp(60, LABEL_CHARS as u64 * CHAR_WIDTH + 2 * PADDING);
    let width = label_width + BAR_AREA + VALUE_AREA;
    let rows = u64::try_from(stacks.len()).unwrap_or(u64::MAX);
    let legend_top = PADDING + rows * ROW_HEIGHT + PADDING;
    let entries = u64::try_from(series.len()).unwrap_or(u64::MAX);
    let height = legend_top + entries * LEGEND_ROW + PADDING;
    let name = escape(&caption(table));
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" \
         width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" \
         font-family=\"sans-serif\" font-size=\"13\">\n<title>{name}</title>\n"
    );
    for (row, (label, segments)) in (0_u64..).zip(&stacks) {
        let y = PADDING + row * ROW_HEIGHT;
        let text_y = y + BAR_HEIGHT - 6;
        let sum = total(segments);
        let _ = write!(
            out,
            "<g class=\"stack\"><title>{full}: {sum}</title>\
             <text x=\"{label_x}\" y=\"{text_y}\" text-anchor=\"end\" fill=\"#222\">{short}</text>",
            full = escape(label),
            sum = format::group_digits(sum),
            label_x = label_width - PADDING,
            short = escape(&shorten(label, LABEL_CHARS)),
        );
        // Each segment ends where the running total ends on the scale, so that the segments
        // touch and the bar is as long as its total.
        let (mut start, mut running) = (label_width * 10, 0);
        for (index, value, magnitude) in segments {
            running += magnitude;
            let end = label_width * 10 + scaled_tenths(running, max, BAR_AREA);
            let _ = write!(
                out,
                "<g class=\"bar\"><title>{full} — {kind}: {value}</title>\
                 <rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{BAR_HEIGHT}\" fill=\"{fill}\"/></g>",
                full = escape(label),
                kind = escape(&series[*index]),
                value = escape(value),
                x = decimal(start),
                w = decimal(end - start),
                fill = PALETTE[index % PALETTE.len()],
            );
            start = end;
        }
        let _ = writeln!(
            out,
            "<text x=\"{x}\" y=\"{text_y}\" fill=\"#222\">{sum}</text></g>",
            x = decimal(start + 60),
            sum = format::group_digits(sum),
        );
    }
    legend(&mut out, &series, label_width, legend_top);
    out.push_str("</svg>\n");
    Some(out)
}

/// The legend of a stacked chart: one line per segment's name with a swatch of its fill,
/// from `top`, under the bars, from their left edge `left`.
fn legend(out: &mut String, series: &[String], left: u64, top: u64) {
    let room = usize::try_from((BAR_AREA + VALUE_AREA - SWATCH - 6 - PADDING) / CHAR_WIDTH)
        .unwrap_or(LABEL_CHARS);
    out.push_str("<g class=\"legend\">\n");
    for (n, kind) in (0_u64..).zip(series) {
        let y = top + n * LEGEND_ROW;
        let _ = writeln!(
            out,
            "<g class=\"legend-item\"><title>{full}</title>\
             <rect x=\"{left}\" y=\"{y}\" width=\"{SWATCH}\" height=\"{SWATCH}\" fill=\"{fill}\"/>\
             <text x=\"{text_x}\" y=\"{text_y}\" fill=\"#222\">{short}</text></g>",
            full = escape(kind),
            fill = PALETTE[usize::try_from(n).unwrap_or(0) % PALETTE.len()],
            text_x = left + SWATCH + 6,
            text_y = y + SWATCH - 1,
            short = escape(&shorten(kind, room)),
        );
    }
    out.push_str("</g>\n");
}

/// Each shown row's label, value as the table shows it, and magnitude. The label is the row's
/// text cells joined (a subject and a kind name one bar, not five bars «Ивановская область»);
/// without text cells, the first other column; without one, the row's number.
fn bars(table: &Table, column: usize) -> Vec<Bar> {
    let columns = table.columns();
    let mut label_columns: Vec<usize> = (0..columns.len())
        .filter(|&i| i != column && columns[i].kind == ColumnKind::Text)
        .collect();
    if label_columns.is_empty() {
        label_columns.extend((0..columns.len()).find(|&i| i != column));
    }
    table
        .shown_rows()
        .iter()
        .enumerate()
        .map(|(n, row)| {
            let parts: Vec<String> = label_columns
                .iter()
                .filter_map(|&i| format::cell(&row[i]))
                .collect();
            let label = if parts.is_empty() {
                (n + 1).to_string()
            } else {
                parts.join(" — ")
            };
            let cell: &Cell = &row[column];
            let value = format::cell(cell).unwrap_or_else(|| "—".to_owned());
            (one_line(&label), value, cell.magnitude().unwrap_or(0))
        })
        .collect()
}

fn horizontal(table: &Table, bars: &[Bar]) -> String {
    let max = bars.iter().map(|b| b.2).max().unwrap_or(0);
    let longest = bars
        .iter()
        .map(|b| b.0.chars().count().min(LABEL_CHARS))
        .max()
        .unwrap_or(0);
    let label_width = (u64::try_from(longest).unwrap_or(u64::MAX) * CHAR_WIDTH + 2 * PADDING)
        .clamp(60, LABEL_CHARS as u64 * CHAR_WIDTH + 2 * PADDING);
    let width = label_width + BAR_AREA + VALUE_AREA;
    let rows = u64::try_from(bars.len()).unwrap_or(u64::MAX);
    let height = rows * ROW_HEIGHT + PADDING;
    let name = escape(&caption(table));

    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" \
         width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" \
         font-family=\"sans-serif\" font-size=\"13\">\n<title>{name}</title>\n"
    );
    for (row, (label, value, magnitude)) in (0_u64..).zip(bars) {
        let y = PADDING + row * ROW_HEIGHT;
        let text_y = y + BAR_HEIGHT - 6;
        let tenths = bar_tenths(*magnitude, max);
        let bar = decimal(tenths);
        let value_x = decimal(tenths + (label_width + 6) * 10);
        let _ = writeln!(
            out,
            "<g class=\"bar\"><title>{full}: {value}</title>\
             <text x=\"{label_x}\" y=\"{text_y}\" text-anchor=\"end\" fill=\"#222\">{label}</text>\
             <rect x=\"{label_width}\" y=\"{y}\" width=\"{bar}\" height=\"{BAR_HEIGHT}\" fill=\"#3b6ea5\"/>\
             <text x=\"{value_x}\" y=\"{text_y}\" fill=\"#222\">{value}</text>\
             </g>",
            label_x = label_width - PADDING,
            full = escape(label),
            label = escape(&shorten(label, LABEL_CHARS)),
            value = escape(value),
        );
    }
    out.push_str("</svg>\n");
    out
}

/// Column chart geometry: the width of a column and the gap after it, the height of the
/// tallest column, and the room below the axis for the slanted labels.
const COLUMN_WIDTH: u64 = 28;
const COLUMN_GAP: u64 = 14;
const COLUMN_AREA: u64 = 220;
const VALUE_ROOM: u64 = 20;
const LABEL_ROOM: u64 = 100;
/// Room left of the first column for the end of its slanted label.
const LEFT_ROOM: u64 = 80;

/// Vertical columns left to right, the value above each and the label slanted below.
fn columns(table: &Table, bars: &[Bar]) -> String {
    let max = bars.iter().map(|b| b.2).max().unwrap_or(0);
    let count = u64::try_from(bars.len()).unwrap_or(u64::MAX);
    let width = 2 * PADDING + LEFT_ROOM + count * (COLUMN_WIDTH + COLUMN_GAP);
    let axis = PADDING + VALUE_ROOM + COLUMN_AREA;
    let height = axis + LABEL_ROOM;
    let name = escape(&caption(table));
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" \
         width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" \
         font-family=\"sans-serif\" font-size=\"11\">\n<title>{name}</title>\n\
         <line x1=\"{left}\" y1=\"{axis}\" x2=\"{end}\" y2=\"{axis}\" stroke=\"#888\"/>\n",
        left = PADDING + LEFT_ROOM,
        end = width - PADDING,
    );
    for (n, (label, value, magnitude)) in (0_u64..).zip(bars) {
        let x = PADDING + LEFT_ROOM + n * (COLUMN_WIDTH + COLUMN_GAP) + COLUMN_GAP / 2;
        let tenths = scaled_tenths(*magnitude, max, COLUMN_AREA);
        let top = axis * 10 - tenths;
        let middle = x + COLUMN_WIDTH / 2;
        let label_y = axis + 14;
        let _ = writeln!(
            out,
            "<g class=\"bar\"><title>{full}: {value}</title>\
             <rect x=\"{x}\" y=\"{y}\" width=\"{COLUMN_WIDTH}\" height=\"{h}\" fill=\"#3b6ea5\"/>\
             <text x=\"{middle}\" y=\"{value_y}\" text-anchor=\"middle\" fill=\"#222\">{value}</text>\
             <text x=\"{middle}\" y=\"{label_y}\" text-anchor=\"end\" fill=\"#222\" \
             transform=\"rotate(-45 {middle} {label_y})\">{label}</text>\
             </g>",
            y = decimal(top),
            h = decimal(tenths),
            value_y = decimal(top.saturating_sub(40)),
            full = escape(label),
            label = escape(&shorten(label, COLUMN_LABEL_CHARS)),
            value = escape(value),
        );
    }
    out.push_str("</svg>\n");
    out
}

/// A length in tenths of a pixel, `magnitude` of `max` scaled to `area` pixels.
fn scaled_tenths(magnitude: u64, max: u64, area: u64) -> u64 {
    if max == 0 {
        return 0;
    }
    let tenths = u128::from(magnitude) * u128::from(area * 10) / u128::from(max);
    u64::try_from(tenths).unwrap_or(area * 10)
}

/// A bar's width in tenths of a pixel.
fn bar_tenths(magnitude: u64, max: u64) -> u64 {
    scaled_tenths(magnitude, max, BAR_AREA)
}

/// Tenths as a decimal number with a point (`1234` → `123.4`).
fn decimal(tenths: u64) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// A label on one line, its runs of white space as one space.
fn one_line(label: &str) -> String {
    label.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A label cut to `chars` characters with an ellipsis.
fn shorten(label: &str, chars: usize) -> String {
    if label.chars().count() <= chars {
        label.to_owned()
    } else {
        let mut short: String = label.chars().take(chars - 1).collect();
        short.push('…');
        short
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::StatedCount;
    use crate::report::Column;

    fn table() -> Table {
        Table::new("Т", [Column::text("Регион"), Column::stated("Обучено")])
            .row([Cell::text("А & Б"), StatedCount::more_than(250).into()])
            .unwrap()
            .row([Cell::text("В"), Cell::Empty])
            .unwrap()
            .row([Cell::text("Г"), StatedCount::exact(125).into()])
            .unwrap()
            .chart("Обучено")
            .unwrap()
    }

    #[test]
    fn draws_one_bar_per_row_scaled_to_the_largest() {
        let svg = svg(&table()).unwrap();
        assert_eq!(svg.matches("<rect ").count(), 3);
        assert!(svg.contains("width=\"400.0\""), "{svg}");
        assert!(svg.contains("width=\"0.0\""), "{svg}");
        assert!(svg.contains("width=\"200.0\""), "{svg}");
    }

    #[test]
    fn labels_bars_with_escaped_text_and_values_with_qualifiers() {
        let svg = svg(&table()).unwrap();
        assert!(svg.contains(">А &amp; Б</text>"), "{svg}");
        assert!(svg.contains(">более 250</text>"), "{svg}");
        assert!(svg.contains(">—</text>"), "{svg}");
    }

    #[test]
    fn draws_nothing_without_a_chart_column_or_rows() {
        let no_chart = Table::new("Т", [Column::count("n")])
            .row([Cell::count(1)])
            .unwrap();
        assert!(svg(&no_chart).is_none());
        let no_rows = Table::new("Т", [Column::count("n")]).chart("n").unwrap();
        assert!(svg(&no_rows).is_none());
    }

    #[test]
    fn draws_zero_width_bars_for_zeros() {
        let zeros = Table::new("Т", [Column::count("n")])
            .row([Cell::count(0)])
            .unwrap()
            .row([Cell::count(3)])
            .unwrap()
            .chart("n")
            .unwrap();
        let svg = svg(&zeros).unwrap();
        assert!(svg.contains("width=\"0.0\""));
        // Without another column, rows are labelled by number.
        assert!(svg.contains(">1</text>"), "{svg}");
    }

    #[test]
    fn draws_a_series_as_columns_left_to_right_from_one_axis() {
        let series = Table::new("Рост", [Column::period("Период"), Column::count("Центров")])
            .row([Cell::Period("2023-Q1".parse().unwrap()), Cell::count(21)])
            .unwrap()
            .row([Cell::Period("2023-Q2".parse().unwrap()), Cell::count(42)])
            .unwrap()
            .chart_over_time("Центров")
            .unwrap();
        let svg = svg(&series).unwrap();
        assert_eq!(svg.matches("<rect ").count(), 2);
        // The tallest column fills the area; the other is half as tall, on the same axis.
        assert!(
            svg.contains("y=\"28.0\" width=\"28\" height=\"220.0\""),
            "{svg}"
        );
        assert!(
            svg.contains("y=\"138.0\" width=\"28\" height=\"110.0\""),
            "{svg}"
        );
        assert!(svg.contains(">I кв. 2023</text>"), "{svg}");
        assert!(svg.find(">21</text>") < svg.find(">42</text>"), "{svg}");
        assert!(roxmltree::Document::parse(&svg).is_ok(), "{svg}");
    }

    #[test]
    fn shortens_long_labels_to_one_line_and_keeps_the_full_text_in_a_title() {
        assert_eq!(one_line("а\nб"), "а б");
        let long = "Я".repeat(50);
        assert_eq!(shorten(&long, LABEL_CHARS).chars().count(), LABEL_CHARS);
        assert!(shorten(&long, LABEL_CHARS).ends_with('…'));
        let table = Table::new("Т", [Column::text("Учреждение"), Column::count("n")])
            .row([Cell::text(long.clone()), Cell::count(2)])
            .unwrap()
            .row([Cell::text("Б"), Cell::count(1)])
            .unwrap()
            .chart("n")
            .unwrap();
        let svg = svg(&table).unwrap();
        assert!(svg.contains(&format!("<title>{long}: 2</title>")), "{svg}");
        assert!(svg.contains(&format!(">{}…</text>", "Я".repeat(LABEL_CHARS - 1))));
    }

    #[test]
    fn draws_no_chart_of_one_bar_or_of_equal_bars() {
        let one = Table::new("Т", [Column::text("a"), Column::count("n")])
            .row([Cell::text("x"), Cell::count(5)])
            .unwrap()
            .chart("n")
            .unwrap();
        assert!(svg(&one).is_none());
        let equal = one.row([Cell::text("y"), Cell::count(5)]).unwrap();
        assert!(svg(&equal).is_none());
    }

    #[test]
    fn labels_a_bar_with_every_text_cell_of_its_row() {
        let table = Table::new(
            "Т",
            [
                Column::text("Субъект"),
                Column::text("Вид"),
                Column::count("n"),
            ],
        )
        .row([
            Cell::text("Ивановская область"),
            Cell::text("КЦСОН"),
            Cell::count(2),
        ])
        .unwrap()
        .row([
            Cell::text("Ивановская область"),
            Cell::text("СРЦН"),
            Cell::count(1),
        ])
        .unwrap()
        .chart("n")
        .unwrap();
        let svg = svg(&table).unwrap();
        assert!(svg.contains(">Ивановская область — КЦСОН</text>"), "{svg}");
        assert!(svg.contains(">Ивановская область — СРЦН</text>"), "{svg}");
    }

    fn institutions() -> Table {
        let mut table = Table::new(
            "Учреждения",
            [
                Column::text("Субъект"),
                Column::text("Вид"),
                Column::count("Учреждений"),
            ],
        );
        for (region, kind, n) in [
            ("Ивановская область", "КЦСОН", 3),
            ("Ивановская область", "СРЦН", 1),
            ("Тульская область", "КЦСОН", 1),
            ("Тульская область", "Семейный МФЦ", 1),
            ("Москва", "Семейный МФЦ", 2),
        ] {
            table
                .push_row([Cell::text(region), Cell::text(kind), Cell::count(n)])
                .unwrap();
        }
        table.chart_stacked("Учреждений", "Вид").unwrap()
    }

    #[test]
    fn stacks_the_kinds_of_each_subject_on_one_scale() {
        let svg = svg(&institutions()).unwrap();
        assert!(roxmltree::Document::parse(&svg).is_ok(), "{svg}");
        assert_eq!(svg.matches("<g class=\"stack\">").count(), 3);
        assert_eq!(svg.matches("<g class=\"bar\">").count(), 5);
        // The longest bar (4) fills the 400 px; its segments touch: 3 then 1.
        let label_width = 18 * CHAR_WIDTH + 2 * PADDING;
        assert!(
            svg.contains(&format!(
                "<title>Ивановская область — КЦСОН: 3</title><rect x=\"{label_width}.0\" y=\"8\" width=\"300.0\""
            )),
            "{svg}"
        );
        assert!(
            svg.contains(&format!(
                "<title>Ивановская область — СРЦН: 1</title><rect x=\"{}.0\" y=\"8\" width=\"100.0\"",
                label_width + 300
            )),
            "{svg}"
        );
        // Moscow's 2 is half of the longest bar.
        assert!(
            svg.contains("<title>Москва — Семейный МФЦ: 2</title>"),
            "{svg}"
        );
        assert!(svg.contains("width=\"200.0\""), "{svg}");
        // Totals after the bars, in the legend each kind once, in the colour of its segments.
        assert!(
            svg.contains("<title>Ивановская область: 4</title>"),
            "{svg}"
        );
        assert_eq!(svg.matches("<g class=\"legend-item\">").count(), 3);
        assert!(
            svg.contains(&format!("fill=\"{}\"/><text", PALETTE[2])),
            "{svg}"
        );
        assert!(svg.contains(">Семейный МФЦ</text>"), "{svg}");
        assert!(
            caption(&institutions())
                .contains("полоса на каждое значение «Субъект», её части — по столбцу «Вид»")
        );
    }

    #[test]
    fn draws_no_stacked_chart_of_one_bar_or_of_bars_all_alike() {
        let one = Table::new(
            "Т",
            [
                Column::text("Субъект"),
                Column::text("Вид"),
                Column::count("n"),
            ],
        )
        .row([Cell::text("А"), Cell::text("x"), Cell::count(2)])
        .unwrap()
        .row([Cell::text("А"), Cell::text("y"), Cell::count(1)])
        .unwrap()
        .chart_stacked("n", "Вид")
        .unwrap();
        assert!(svg(&one).is_none());
        let alike = one
            .row([Cell::text("Б"), Cell::text("x"), Cell::count(2)])
            .unwrap()
            .row([Cell::text("Б"), Cell::text("y"), Cell::count(1)])
            .unwrap();
        assert!(svg(&alike).is_none());
        let different = alike
            .row([Cell::text("В"), Cell::text("x"), Cell::count(1)])
            .unwrap();
        assert!(svg(&different).is_some());
    }

    #[test]
    fn a_stacked_chart_is_cut_by_a_text_column() {
        let table = Table::new("Т", [Column::text("Субъект"), Column::count("n")]);
        assert!(matches!(
            table.clone().chart_stacked("n", "n"),
            Err(crate::report::ReportError::NotText { .. })
        ));
        assert!(matches!(
            table.chart_stacked("n", "Вид"),
            Err(crate::report::ReportError::UnknownColumn { .. })
        ));
    }
}
