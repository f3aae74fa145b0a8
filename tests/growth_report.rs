//! The network's growth and the families served as reports, as the `network_growth` example and
//! the main report show them: on the published national totals held as stated figures, country
//! rows and plans without centres (`tests/published/mod.rs`, committed as
//! `data/published_network.json`), and on the sample, which states none of these figures.

mod published;

use social_services::{
    NetworkReportOptions, Registry, Report, growth_report, network_report, sample,
};

fn registry() -> Registry {
    Registry::new(published::dataset()).expect("the published data set is valid")
}

fn options(date: &str) -> NetworkReportOptions {
    NetworkReportOptions::on(date.parse().unwrap())
}

fn growth() -> Report {
    growth_report(&registry(), &options("2025-08-31")).unwrap()
}

#[test]
fn the_growth_report_in_markdown() {
    insta::assert_snapshot!(growth().to_markdown());
}

#[test]
fn the_growth_report_states_the_published_figures_beside_what_records_count() {
    let text = growth().to_markdown();
    // No record counts a centre; the report says both, and whose figure the stated one is.
    assert!(
        text.contains(
            "По записям с датой открытия на 31.08.2025 — 0 семейных МФЦ в 0 субъектах. \
             Источник «Опубликованные общероссийские итоги сети семейных МФЦ (сводка)» называет \
             144 семейных МФЦ на 2025-08-31."
        ),
        "{text}"
    );
    assert!(
        text.contains("называет 55 субъектов с семейным МФЦ на 2025-08-31"),
        "{text}"
    );
    let plan = text
        .lines()
        .find(|l| l.starts_with("| Открытие семейных МФЦ в 2024 году |"))
        .unwrap();
    assert!(plan.contains("| 57 | 0 |"), "{plan}");
    let h1 = text
        .lines()
        .find(|l| l.starts_with("| I полугодие 2025 | почти 150\u{a0}000 |"))
        .unwrap();
    // «более 38 тыс.» of «почти 150 тыс.»: the share of the numbers as stated.
    assert!(h1.contains("| более 38\u{a0}000 | 25,3\u{a0}% |"), "{h1}");
    assert!(
        text.contains("| 01.11.2022–30.04.2023 | более 40\u{a0}000 |"),
        "{text}"
    );
}

#[test]
fn the_main_report_reconciles_every_published_total_with_no_record() {
    let text = network_report(&registry(), &options("2025-08-31"))
        .unwrap()
        .to_markdown();
    assert!(text.contains("## Семьи, получившие помощь"));
    assert!(text.contains("## Рост сети семейных МФЦ"));
    for stated in ["| 21 |", "| 8 |", "| 144 |", "| 55 |", "| 57 |"] {
        assert!(
            text.lines()
                .any(|l| l.contains(stated) && l.contains("| 0 |")),
            "{stated}: {text}"
        );
    }
}

#[test]
fn the_sample_says_it_has_no_such_figures_rather_than_zeros() {
    let registry = sample::registry();
    let text = growth_report(&registry, &options("2024-10-04"))
        .unwrap()
        .to_markdown();
    assert!(text.contains("Даты открытия семейных МФЦ в данных не указаны"));
    assert!(text.contains("В данных нет сведений о числе семей, получивших помощь"));
    assert!(text.contains("Планов открытия семейных МФЦ в данных нет."));
    assert!(!text.contains("| 0 |"), "{text}");
}

/// The table of `report` whose title starts with `title`.
fn table<'a>(report: &'a Report, title: &str) -> &'a social_services::Table {
    report
        .tables()
        .find(|t| t.title().starts_with(title))
        .unwrap_or_else(|| panic!("no table «{title}»"))
}

#[test]
fn every_table_of_the_growth_report_lists_the_sources_of_its_records() {
    let report = growth();
    for title in [
        "Семейные МФЦ и субъекты",
        "Открытия и закрытия",
        "План и факт",
        "Семьи, получившие помощь, по периодам",
        "Семьи, получившие помощь, по субъектам",
        "Семьи, получившие помощь, по услугам",
    ] {
        let table = table(&report, title);
        assert!(!table.sources().is_empty(), "«{title}» lists no sources");
        // Each source once, though 144 centres share one.
        let mut unique = table.sources().to_vec();
        unique.dedup();
        assert_eq!(unique.len(), table.sources().len(), "{title}");
    }
    let text = report.to_markdown();
    assert!(
        text.contains("Источники:\n\n- «Набор data/published\\_network.json» (Заполнитель:"),
        "{text}"
    );
}

#[test]
fn the_growth_report_says_which_tables_count_placeholders() {
    let report = growth();
    // The centres are placeholders: the series, its chart and the openings say so.
    let series = table(&report, "Семейные МФЦ и субъекты");
    assert!(
        series.title().ends_with("(записи — заполнители)"),
        "{}",
        series.title()
    );
    assert!(
        series.notes().iter().any(|n| n.starts_with(
            "Заполнители: все 144 записи, по которым построена таблица, — не реальные"
        )),
        "{:?}",
        series.notes()
    );
    assert!(
        table(&report, "Открытия и закрытия")
            .title()
            .ends_with("(записи — заполнители)")
    );
    assert!(report.to_html().contains(
        "<p class=\"chart-caption\">На диаграмме — столбец «Семейных МФЦ» таблицы «Семейные МФЦ и субъекты, где они работают, на конец каждого квартала и на 31.08.2025 (записи — заполнители)»."
    ));
    // The plans are published, the centres counted against them placeholders.
    let plans = table(&report, "План и факт");
    assert!(plans.title().ends_with("(часть записей — заполнители)"));
    assert!(
        plans
            .notes()
            .iter()
            .any(|n| n.starts_with("Заполнители: 144 из 146 записей,")),
        "{:?}",
        plans.notes()
    );
    // The published totals are not placeholders; the one row of the nanny service is.
    assert_eq!(
        table(&report, "Семьи, получившие помощь, по периодам").title(),
        "Семьи, получившие помощь, по периодам"
    );
    let nanny = table(&report, "Семьи, получившие помощь, по услугам");
    assert!(nanny.title().ends_with("(записи — заполнители)"));
    assert!(
        nanny
            .notes()
            .iter()
            .any(|n| n.starts_with("Заполнитель: единственная запись, по которой")),
        "{:?}",
        nanny.notes()
    );
}

#[test]
fn the_sample_marks_no_placeholders() {
    let registry = sample::registry();
    let text = network_report(&registry, &options("2024-10-04"))
        .unwrap()
        .to_markdown();
    assert!(!text.contains("заполнител"), "{text}");
    assert!(!text.contains("Заполнител"), "{text}");
}
