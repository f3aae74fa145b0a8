//! The network's growth and the families served as reports, as the `network_growth` example and
//! the main report show them: on the published national totals held as stated figures, country
//! rows and plans without centres (`tests/published/mod.rs`, committed as
//! `data/published_network.json`), and on the sample, which states none of these figures.

mod published;

use social_services::{
    NetworkReportOptions, Registry, Report, network_report, report::growth_report, sample,
};

fn registry() -> Registry {
    Registry::new(published::dataset()).expect("the published data set is valid")
}

fn options(date: &str) -> NetworkReportOptions {
    NetworkReportOptions::on(date.parse().unwrap())
}

fn growth() -> Report {
    growth_report(&registry(), &options("2025-08-31"))
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
    let text = network_report(&registry(), &options("2025-08-31")).to_markdown();
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
    let text = growth_report(&registry, &options("2024-10-04")).to_markdown();
    assert!(text.contains("Даты открытия семейных МФЦ в данных не указаны"));
    assert!(text.contains("В данных нет сведений о числе семей, получивших помощь"));
    assert!(text.contains("Планов открытия семейных МФЦ в данных нет."));
    assert!(!text.contains("| 0 |"), "{text}");
}

/// The table of `report` whose title starts with `title`.
fn table<'a>(report: &'a Report, title: &str) -> &'a social_services::report::Table {
    report
        .tables()
        .find(|t| t.title().starts_with(title))
        .unwrap_or_else(|| panic!("no table «{title}»"))
}

/// Three dated family MFCs in two subjects, two from a publication and one a placeholder.
fn dated_network() -> Registry {
    let centre = |n: u32, region: &str, opened: &str, source: &str| {
        format!(
            r#"{{"id": "{id}", "name": "Семейный МФЦ {n}", "kind": "family_mfc", "level": "regional",
                "region": "{region}", "opened": "{opened}", "sources": [{source}]}}"#,
            id = social_services::records::InstitutionId::from_name(&format!("centre {n}")),
        )
    };
    let news = r#"{"title": "Открылся семейный МФЦ", "publisher": "Минсоцзащиты"}"#;
    let placeholder =
        r#"{"title": "Набор для проверки", "note": "Заполнитель: не реальная запись"}"#;
    let text = format!(
        r#"{{"format_version": 2, "institutions": [{}, {}, {}]}}"#,
        centre(1, "71", "2023-02", news),
        centre(2, "37", "2023-09", news),
        centre(3, "71", "2024-03", placeholder),
    );
    social_services::io::json::load(&text, &social_services::ValidationOptions::default())
        .expect("the dated network is valid")
}

#[test]
fn every_table_of_the_growth_report_lists_the_sources_of_its_records() {
    let report = growth_report(&dated_network(), &options("2024-12-31"));
    for title in ["Семейные МФЦ и субъекты", "Открытия и закрытия"]
    {
        let table = table(&report, title);
        assert!(!table.sources().is_empty(), "«{title}» lists no sources");
        // Each source once, though two centres share one.
        let mut unique = table.sources().to_vec();
        unique.dedup();
        assert_eq!(unique.len(), table.sources().len(), "{title}");
        assert_eq!(table.sources().len(), 2, "{title}");
    }
    let text = report.to_markdown();
    assert!(text.contains("Источники:"), "{text}");
    assert!(text.contains("«Открылся семейный МФЦ»"), "{text}");
}

#[test]
fn the_growth_report_says_which_tables_count_placeholders() {
    let report = growth_report(&dated_network(), &options("2024-12-31"));
    // One of the three centres is a placeholder: the series and the openings say so.
    for title in ["Семейные МФЦ и субъекты", "Открытия и закрытия"]
    {
        let table = table(&report, title);
        assert!(
            table.title().ends_with("(часть записей — заполнители)"),
            "{}",
            table.title()
        );
        assert!(
            table
                .notes()
                .iter()
                .any(|n| n.starts_with("Заполнители: 1 из 3")),
            "{:?}",
            table.notes()
        );
    }
    // The published totals are no placeholders.
    let published = growth();
    assert!(!published.to_markdown().contains("заполнител"));
}

#[test]
fn the_sample_marks_no_placeholders() {
    let registry = sample::registry();
    let text = network_report(&registry, &options("2024-10-04")).to_markdown();
    assert!(!text.contains("заполнител"), "{text}");
    assert!(!text.contains("Заполнител"), "{text}");
}
