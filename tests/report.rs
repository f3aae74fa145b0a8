//! The report layer as an application uses it: a hand-made report in the shape of the network
//! report, pinned in every format by snapshots, and its HTML checked by an XML parser.

use social_services::{
    Report, ReportError,
    records::{Qualifier, Source, StatedCount},
    report::{Cell, Column, Section, Share, Table, count_ru, stated_count_ru},
    values::PartialDate,
};

const INSTITUTIONS: [&str; 3] = ["учреждение", "учреждения", "учреждений"];
const SUBJECTS: [&str; 3] = ["субъект", "субъекта", "субъектов"];
const SPECIALISTS: [&str; 3] = ["специалист", "специалиста", "специалистов"];

fn tula_source() -> Source {
    let mut source = Source::titled("Тула на Всероссийском семинаре-совещании по семейным МФЦ");
    source.publisher = Some("ГУ ТО «СМФЦ «Мой семейный центр»»".to_owned());
    source.url = Some("https://example.org/news?id=1&lang=ru".parse().unwrap());
    source.note = Some("год не указан в источнике, выведен из контекста".to_owned());
    source
}

fn ivanovo_source() -> Source {
    let mut source = Source::titled("Областной семинар-совещание в Вичугском КЦСОН");
    source.publisher = Some("ОБУСО «Вичугский КЦСОН»".to_owned());
    source.published = Some(PartialDate::from_ymd(2024, 9, 24).unwrap());
    source
}

fn network_table() -> Result<Table, ReportError> {
    Table::new(
        "Учреждения и точки присутствия по регионам",
        [
            Column::text("Регион"),
            Column::count("Учреждений"),
            Column::count("Точек присутствия"),
            Column::date("Первый Семейный МФЦ"),
        ],
    )
    .row([
        Cell::text("Ивановская область"),
        Cell::count(1),
        Cell::count(1),
        Cell::Date("2023".parse().unwrap()),
    ])?
    .row([
        Cell::text("Тульская область"),
        Cell::count(1),
        Cell::count(5),
        Cell::Date("2023-06".parse().unwrap()),
    ])?
    .row([
        Cell::text("Регион с «кавычками», <тегами> & | чертой\nи переносом"),
        Cell::count(1234),
        Cell::count(0),
        Cell::Empty,
    ])?
    .total([
        Cell::text("Итого"),
        Cell::count(1236),
        Cell::count(6),
        Cell::Empty,
    ])?
    .note("Отделение «Семейный МФЦ» внутри КЦСОН считается одним учреждением.")
    .source(ivanovo_source())
    .source(tula_source())
    .chart("Точек присутствия")
}

fn events_table() -> Result<Table, ReportError> {
    Table::new(
        "Мероприятия",
        [
            Column::text("Мероприятие"),
            Column::period("Даты"),
            Column::stated("Участники"),
            Column::share("Охват субъектов"),
        ],
    )
    .row([
        Cell::text("Областной семинар-совещание"),
        Cell::Period("2024-09-24".parse().unwrap()),
        StatedCount::exact(13).into(),
        Cell::Empty,
    ])?
    .row([
        Cell::text(
            "Всероссийский семинар-совещание «Семейные МФЦ: отработка модели и новые подходы»",
        ),
        Cell::Period("2024-10-03/2024-10-04".parse().unwrap()),
        StatedCount::exact(69).into(),
        Share::new(69, 89)?.into(),
    ])?
    .note("Участники: учреждения на областном семинаре, субъекты РФ на всероссийском.")
    .chart("Участники")
}

fn training_table() -> Result<Table, ReportError> {
    Table::new(
        "Стажировочная площадка",
        [
            Column::text("Площадка"),
            Column::stated("Обучено специалистов"),
        ],
    )
    .row([
        Cell::text("«Создание Семейных МФЦ», Тула"),
        StatedCount::more_than(250).into(),
    ])?
    .row([
        Cell::text("Другие площадки (условный пример)"),
        StatedCount::new(Qualifier::Almost, 1_500).into(),
    ])?
    .source(tula_source())
    .chart("Обучено специалистов")
}

fn empty_table() -> Table {
    Table::new(
        "Вакансии руководителей",
        [Column::text("Учреждение"), Column::count("Вакансий")],
    )
    .chart("Вакансий")
    .unwrap()
}

fn sample_report() -> Result<Report, ReportError> {
    Ok(Report::new("Сеть Семейных МФЦ: сводка по публикациям")
        .paragraph("Сводка составлена по двум публикациям 2024 года.\nЦифры даны так, как их называют источники.")
        .section(
            Section::new("Сеть")
                .paragraph(format!(
                    "В областном семинаре-совещании участвовали {}; во всероссийском — {}.",
                    count_ru(13, INSTITUTIONS),
                    count_ru(69, SUBJECTS)
                ))
                .table(network_table()?),
        )
        .section(Section::new("Мероприятия").table(events_table()?))
        .section(
            Section::new("Обучение")
                .paragraph(format!(
                    "На федеральной стажировочной площадке обучено {} со всей России.",
                    stated_count_ru(StatedCount::more_than(250), SPECIALISTS)
                ))
                .table(training_table()?)
                .table(empty_table()),
        ))
}

#[test]
fn the_sample_report_in_markdown() {
    insta::assert_snapshot!(sample_report().unwrap().to_markdown());
}

#[test]
fn the_sample_report_in_html() {
    insta::assert_snapshot!(sample_report().unwrap().to_html());
}

#[test]
fn the_sample_report_in_json() {
    insta::assert_snapshot!(sample_report().unwrap().to_json());
}

#[test]
fn the_sample_report_as_csv_files() {
    let files = sample_report().unwrap().to_csv_files();
    let names: Vec<&str> = files.iter().map(|f| f.file_name.as_str()).collect();
    assert_eq!(
        names,
        [
            "table-01.csv",
            "table-02.csv",
            "table-03.csv",
            "table-04.csv"
        ]
    );
    for file in &files {
        insta::assert_snapshot!(
            file.file_name.clone(),
            file.contents,
            &format!("{}: {}", file.file_name, file.title)
        );
    }
}

#[test]
fn a_single_table_in_every_format() {
    let table = training_table().unwrap();
    insta::assert_snapshot!("training_markdown", table.to_markdown());
    insta::assert_snapshot!("training_csv", table.to_csv());
    insta::assert_snapshot!("training_json", table.to_json());
    insta::assert_snapshot!("training_html", table.to_html());
}

/// The text of an element and its descendants.
fn text_of(node: roxmltree::Node<'_, '_>) -> String {
    node.descendants()
        .filter(roxmltree::Node::is_text)
        .filter_map(|n| n.text())
        .collect()
}

fn parse(html: &str) -> roxmltree::Document<'_> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(html, options)
        .unwrap_or_else(|e| panic!("the HTML is not well-formed: {e}\n{html}"))
}

#[test]
fn the_html_is_well_formed_and_each_chart_has_one_bar_per_row() {
    let report = sample_report().unwrap();
    let html = report.to_html();
    let doc = parse(&html);
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "html");
    assert_eq!(root.attribute("lang"), Some("ru"));

    let figures: Vec<_> = root
        .descendants()
        .filter(|n| n.has_tag_name("figure"))
        .collect();
    let tables: Vec<&Table> = report.tables().collect();
    assert_eq!(figures.len(), tables.len());

    for (figure, table) in figures.iter().zip(&tables) {
        let body_rows = figure
            .descendants()
            .find(|n| n.has_tag_name("tbody"))
            .unwrap()
            .children()
            .filter(|n| n.has_tag_name("tr"))
            .count();
        assert_eq!(body_rows, table.rows().len(), "{}", table.title());
        let svg = figure.descendants().find(|n| n.has_tag_name("svg"));
        if table.is_empty() {
            assert!(svg.is_none(), "{}: no chart without rows", table.title());
            continue;
        }
        let svg = svg.unwrap_or_else(|| panic!("{}: no chart", table.title()));
        assert_eq!(
            svg.tag_name().namespace(),
            Some("http://www.w3.org/2000/svg")
        );
        let bars: Vec<_> = svg
            .descendants()
            .filter(|n| n.has_tag_name("rect"))
            .collect();
        assert_eq!(bars.len(), table.rows().len(), "{}", table.title());
        // Every bar fits the drawing and is labelled with the row's value as the table shows it.
        let width: f64 = svg.attribute("width").unwrap().parse().unwrap();
        for bar in &bars {
            let x: f64 = bar.attribute("x").unwrap().parse().unwrap();
            let w: f64 = bar.attribute("width").unwrap().parse().unwrap();
            assert!(w >= 0.0 && x + w <= width);
        }
    }

    // The stated counts keep their qualifiers in the chart labels.
    let labels: Vec<String> = root
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(text_of)
        .collect();
    assert!(labels.iter().any(|l| l == "более 250"), "{labels:?}");
    assert!(labels.iter().any(|l| l == "почти 1\u{a0}500"), "{labels:?}");
}

#[test]
fn the_html_keeps_hostile_text_as_text() {
    let html = sample_report().unwrap().to_html();
    let doc = parse(&html);
    let cell = doc
        .descendants()
        .find(|n| n.has_tag_name("td") && text_of(*n).starts_with("Регион с"))
        .unwrap();
    let parts: Vec<String> = cell
        .children()
        .map(|n| {
            if n.is_element() {
                format!("<{}>", n.tag_name().name())
            } else {
                n.text().unwrap_or_default().to_owned()
            }
        })
        .collect();
    assert_eq!(
        parts,
        [
            "Регион с «кавычками», <тегами> & | чертой",
            "<br>",
            "и переносом"
        ]
    );
    assert!(!doc.descendants().any(|n| n.has_tag_name("тегами")));
    assert!(!doc.descendants().any(|n| n.has_tag_name("script")));
}

#[test]
fn a_longest_bar_spans_the_bar_area_and_the_others_scale() {
    let table = Table::new("Т", [Column::text("Регион"), Column::count("Точек")])
        .row([Cell::text("А"), Cell::count(5)])
        .unwrap()
        .row([Cell::text("Б"), Cell::count(1)])
        .unwrap()
        .chart("Точек")
        .unwrap();
    let html = table.to_html();
    let doc = parse(&html);
    let widths: Vec<f64> = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect"))
        .map(|n| n.attribute("width").unwrap().parse().unwrap())
        .collect();
    assert_eq!(widths.len(), 2);
    assert!((widths[0] / widths[1] - 5.0).abs() < 1e-9, "{widths:?}");
}

mod properties {
    use proptest::prelude::*;
    use social_services::{
        records::{Qualifier, StatedCount},
        report::{Cell, Column, Table},
    };

    /// Any stated count, built through the public constructor (the crate's own `Arbitrary`
    /// needs the `proptest` feature, and this suite runs without it too).
    fn stated() -> impl Strategy<Value = StatedCount> {
        let qualifier = prop_oneof![
            Just(Qualifier::Exact),
            Just(Qualifier::MoreThan),
            Just(Qualifier::UpTo),
            Just(Qualifier::About),
            Just(Qualifier::Almost),
        ];
        (qualifier, any::<u64>()).prop_map(|(q, v)| StatedCount::new(q, v))
    }

    /// Any text, including markup, quotes, pipes, control characters and line breaks.
    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            "[a-zа-яё <>&\"'|*_`\\[\\]\\\\#\n-]{0,20}",
            any::<String>().prop_map(|s| s.chars().take(20).collect()),
        ]
    }

    fn table() -> impl Strategy<Value = Table> {
        let row = (text(), any::<u64>(), stated());
        (text(), prop::collection::vec(row, 0..8)).prop_map(|(title, rows)| {
            let mut table = Table::new(
                title,
                [
                    Column::text("Текст"),
                    Column::count("Число"),
                    Column::stated("Заявлено"),
                ],
            )
            .chart("Заявлено")
            .unwrap();
            for (t, n, s) in rows {
                table
                    .push_row([Cell::Text(t), Cell::count(n), s.into()])
                    .unwrap();
            }
            table
        })
    }

    /// The unescaped pipes of a Markdown line.
    fn pipes(line: &str) -> usize {
        let mut count = 0;
        let mut escaped = false;
        for c in line.chars() {
            match (c, escaped) {
                ('\\', false) => escaped = true,
                ('|', false) => count += 1,
                _ => escaped = false,
            }
        }
        count
    }

    proptest! {
        #[test]
        fn any_table_renders_well_formed_html_with_one_bar_per_row(table in table()) {
            let html = table.to_html();
            let options = roxmltree::ParsingOptions { allow_dtd: true, ..Default::default() };
            let doc = roxmltree::Document::parse_with_options(&html, options);
            prop_assert!(doc.is_ok(), "{:?}\n{}", doc.err(), html);
            let doc = doc.unwrap();
            let bars = doc.descendants().filter(|n| n.has_tag_name("rect")).count();
            // One bar per row shown, or no chart when it would compare nothing.
            let charted: Vec<&Cell> = table
                .chart_column()
                .map(|c| table.shown_rows().iter().map(|r| &r[c]).collect())
                .unwrap_or_default();
            let magnitude = |cell: &Cell| match cell {
                Cell::Stated(s) => s.value(),
                Cell::Count(n) => *n,
                _ => 0,
            };
            let compares = charted.iter().any(|c| magnitude(c) != magnitude(charted[0]));
            prop_assert_eq!(bars, if compares { table.shown_rows().len() } else { 0 });
            prop_assert!(!doc.descendants().any(|n| n.has_tag_name("script")));
        }

        #[test]
        fn any_table_renders_one_markdown_line_per_row_with_one_cell_per_column(table in table()) {
            let md = table.to_markdown();
            let lines: Vec<&str> = md.lines().filter(|l| l.starts_with('|')).collect();
            // Header, alignment, then one line per row.
            prop_assert_eq!(lines.len(), table.rows().len() + 2, "{}", md);
            for line in lines {
                prop_assert_eq!(pipes(line), table.columns().len() + 1, "{}", line);
            }
        }

        #[test]
        fn any_table_renders_csv_that_reads_back_to_its_machine_forms(table in table()) {
            let csv = table.to_csv();
            let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
            let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
            prop_assert_eq!(records.len(), table.rows().len());
            for (record, row) in records.iter().zip(table.rows()) {
                let Cell::Text(text) = &row[0] else { unreachable!() };
                // A text a spreadsheet would run as a formula is neutralised by a leading «'».
                if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                    prop_assert_eq!(&record[0], format!("'{text}"));
                } else {
                    prop_assert_eq!(&record[0], text.as_str());
                }
                let Cell::Stated(stated) = row[2] else { unreachable!() };
                prop_assert_eq!(record[2].parse::<StatedCount>().unwrap(), stated);
            }
        }
    }
}
