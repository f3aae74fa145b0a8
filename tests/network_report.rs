//! The main job as an application runs it: the network report of the embedded sample, pinned
//! in every format by snapshots, with the seed figures in it and its HTML checked by a parser.

use social_services::{NetworkReportOptions, Report, network_report, report::Cell, sample};

fn report(region: Option<&str>) -> Report {
    let registry = sample::registry();
    let date = NetworkReportOptions::default_date(&registry).expect("the sample has events");
    let options = NetworkReportOptions {
        date,
        region: region.map(|r| r.parse().unwrap()),
    };
    network_report(&registry, &options)
}

#[test]
fn the_report_counts_on_the_last_day_of_the_latest_event() {
    let date = NetworkReportOptions::default_date(&sample::registry()).unwrap();
    assert_eq!(date.to_string(), "2024-10-04");
}

#[test]
fn the_network_report_states_the_four_seed_figures() {
    let text = report(None).to_markdown();
    // 13 institutions at the Ivanovo seminar-meeting, as stated.
    let ivanovo = text
        .lines()
        .find(|l| l.starts_with("| Областной семинар-совещание"))
        .unwrap();
    assert!(ivanovo.contains("| 13 |"), "{ivanovo}");
    // 69 federal subjects at the Tula seminar-meeting, as stated.
    let tula = text
        .lines()
        .find(|l| l.starts_with("| Семейные МФЦ: отработка модели"))
        .unwrap();
    assert!(tula.contains("| 69 |"), "{tula}");
    // More than 250 trained at the federal training site: the qualifier is kept.
    assert!(text.contains("подготовили более 250 специалистов"));
    assert!(
        text.lines()
            .any(|l| l.starts_with("| Создание Семейных МФЦ") && l.contains("| более 250 |"))
    );
    // 5 service points of the Tula centre.
    assert!(
        text.lines()
            .any(|l| l.starts_with("| Семейный МФЦ «Мой семейный центр» | 5 |"))
    );
}

#[test]
fn the_network_report_in_markdown() {
    insta::assert_snapshot!(report(None).to_markdown());
}

#[test]
fn the_network_report_in_html() {
    insta::assert_snapshot!(report(None).to_html());
}

#[test]
fn the_network_report_in_json() {
    insta::assert_snapshot!(report(None).to_json());
}

#[test]
fn the_network_report_in_csv() {
    for file in report(None).to_csv_files() {
        insta::assert_snapshot!(
            format!("network_{}", file.file_name),
            file.contents,
            &file.title
        );
    }
}

#[test]
fn the_tula_regional_report_in_markdown() {
    let text = report(Some("Тульская область")).to_markdown();
    assert!(text.starts_with("# Тульская область: "));
    insta::assert_snapshot!(text);
}

#[test]
fn the_html_is_well_formed_and_each_chart_has_one_bar_per_row() {
    // Of the sample's charts only the institutions by subject and kind compares something
    // (the subjects' bars differ); the others would have one bar or bars all equal.
    assert_eq!(html_charts(&report(None)), 1);
    // A network of dated centres in several subjects: its growth compares figures. (The
    // published network holds stated figures only, with no centre to chart.)
    let mut dataset = social_services::Dataset::new();
    for (n, (region, opened)) in [("71", "2023-02"), ("37", "2023-09"), ("71", "2024-03")]
        .into_iter()
        .enumerate()
    {
        let name = format!("Семейный МФЦ {n}");
        let mut centre = social_services::Institution::new(
            social_services::records::InstitutionId::from_name(&name),
            name,
            social_services::records::InstitutionKind::FamilyMfc,
            social_services::records::Level::Regional,
        );
        centre.region = Some(region.parse().unwrap());
        centre.opened = Some(opened.parse().unwrap());
        dataset.institutions.push(centre);
    }
    let dated = social_services::Registry::new(dataset).unwrap();
    let options = NetworkReportOptions::on("2024-12-31".parse().unwrap());
    assert!(html_charts(&network_report(&dated, &options)) >= 1);
}

/// The charts of the report's HTML, after checking that it is well-formed and self-contained
/// and that each chart has one bar per row.
fn html_charts(report: &Report) -> usize {
    let html = report.to_html();
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(&html, options)
        .unwrap_or_else(|e| panic!("the HTML is not well-formed: {e}"));
    let figures: Vec<_> = doc
        .root_element()
        .descendants()
        .filter(|n| n.has_tag_name("figure"))
        .collect();
    let tables: Vec<_> = report.tables().collect();
    assert_eq!(figures.len(), tables.len());
    let mut charts = 0;
    for (figure, table) in figures.iter().zip(&tables) {
        let Some(svg) = figure.descendants().find(|n| n.has_tag_name("svg")) else {
            // A chart compares: none for one row, or for rows that are all equal.
            if table.stacked_by().is_some() {
                continue;
            }
            let compares = table.chart_column().is_some_and(|c| {
                let values: Vec<_> = table.rows().iter().map(|r| &r[c]).collect();
                values.iter().any(|v| *v != values[0])
            });
            assert!(!compares, "{}", table.title());
            continue;
        };
        charts += 1;
        let bars = svg
            .descendants()
            .filter(|n| n.has_tag_name("g") && n.attribute("class") == Some("bar"))
            .count();
        assert_eq!(bars, table.shown_rows().len(), "{}", table.title());
    }
    // Self-contained: no scripts, no style sheets or images loaded from elsewhere.
    for node in doc.descendants().filter(roxmltree::Node::is_element) {
        assert!(
            !node.has_tag_name("script") && !node.has_tag_name("link"),
            "{:?}",
            node.tag_name()
        );
        assert!(
            node.attribute("src").is_none(),
            "{:?} loads an asset",
            node.tag_name()
        );
    }
    charts
}

#[test]
fn an_empty_registry_gives_no_made_up_zeros() {
    let registry = social_services::Registry::new(social_services::Dataset::new()).unwrap();
    let options = NetworkReportOptions::on("2024-10-04".parse().unwrap());
    let md = network_report(&registry, &options).to_markdown();
    for zero in [
        "работают 0",
        "подготовили 0",
        "Итого** | **0",
        "Учтено 0",
        "Учтены 0",
    ] {
        assert!(!md.contains(zero), "{zero:?} in\n{md}");
    }
    assert!(md.contains("В реестре нет данных на эту дату."), "{md}");
}

#[test]
fn the_lead_agrees_with_one_event_and_leaves_out_points_it_has_none_of() {
    // Ivanovo: one event, and no service point open on the day.
    let md = report(Some("37")).to_markdown();
    let lead = md.lines().nth(2).unwrap();
    assert_eq!(
        lead,
        "В реестре 5 учреждений; семейных МФЦ (самостоятельных и в составе других учреждений) — 1. Учтено 1 мероприятие, 2 программы."
    );
    assert!(md.contains(
        "Всего 1 семейный МФЦ: самостоятельных учреждений — 0, отделений других учреждений — 1."
    ));
}

#[test]
fn every_table_names_a_centre_as_the_rest_of_the_report_does() {
    // The Tula centre's institution is «СМФЦ «Мой семейный центр»» in full and «Семейный МФЦ
    // «Мой семейный центр»» for short: every table gives the short name, none the full one.
    let registry = sample::registry();
    let report = report(None);
    let renamed: Vec<_> = registry
        .institutions()
        .filter(|i| i.short_name.as_ref().is_some_and(|s| *s != i.name))
        .collect();
    assert!(!renamed.is_empty());
    for institution in renamed {
        for table in report.tables() {
            for row in table.rows() {
                assert!(
                    !row.contains(&Cell::text(&institution.name)),
                    "«{}» names «{}» by its full name",
                    table.title(),
                    institution.name
                );
            }
        }
    }
    let tula = Cell::text("Семейный МФЦ «Мой семейный центр»");
    for title in [
        "Семейные МФЦ",
        "Сотрудники семейных МФЦ",
        "Точки присутствия, работающие",
    ] {
        let table = report
            .tables()
            .find(|t| t.title().starts_with(title))
            .unwrap();
        assert!(
            table.rows().iter().any(|row| row.contains(&tula)),
            "{title}"
        );
    }
}
