//! The hostile-names corpus (`tests/hostile/mod.rs`) through the network report in every
//! format: HTML shows it as text, CSV neutralises the formulas, Markdown escapes the markup.

mod hostile;

use hostile::{CARRIAGE_RETURN, FORMULA, SCRIPT, SIGNS, STYLE_END, TAB};
use social_services::{NetworkReportOptions, Report, network_report, report::CsvDialect};

fn report() -> Report {
    let registry = hostile::registry();
    let day = NetworkReportOptions::default_date(&registry).unwrap();
    network_report(&registry, &NetworkReportOptions::on(day))
}

#[test]
fn html_shows_hostile_names_as_text() {
    let html = report().to_html();
    // Markup from the data is escaped: no element, no handler, the style sheet closed once.
    assert!(!html.contains("<script"), "a script element");
    assert!(!html.contains("<b onclick"), "an element from the data");
    assert_eq!(html.matches("</style>").count(), 1);
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; «Центр»"));
    assert!(html.contains("&lt;/style&gt;&lt;b onclick=&quot;alert(2)&quot;&gt;Центр&lt;/b&gt;"));
    // A carriage return is a line break, as a newline is.
    assert!(
        html.contains("Первая строка<br/>вторая строка"),
        "carriage return"
    );
    assert!(!html.contains('\r'));
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(&html, options).expect("well-formed");
    assert!(html.contains(&FORMULA.replace('"', "&quot;")));
}

#[test]
fn csv_neutralises_every_formula_in_both_dialects() {
    for dialect in [CsvDialect::Plain, CsvDialect::Excel] {
        let delimiter = if dialect == CsvDialect::Excel {
            b';'
        } else {
            b','
        };
        let mut seen = 0;
        for file in report().to_csv_files_in(dialect) {
            let text = file.contents.trim_start_matches('\u{feff}');
            let mut reader = csv::ReaderBuilder::new()
                .delimiter(delimiter)
                .has_headers(false)
                .from_reader(text.as_bytes());
            for record in reader.records() {
                for field in &record.unwrap() {
                    assert!(
                        !field.starts_with(['=', '+', '-', '@', '\t', '\r']),
                        "{}: {field:?}",
                        file.file_name
                    );
                    if field.starts_with('\'') {
                        seen += 1;
                    }
                }
            }
        }
        // The event title and the three programmes.
        assert!(seen >= 4, "{seen} neutralised fields");
        let all: String = report()
            .to_csv_files_in(dialect)
            .into_iter()
            .map(|f| f.contents)
            .collect();
        assert!(
            all.contains(&format!("'{}", FORMULA.replace('"', "\"\""))),
            "{all}"
        );
        for sign in SIGNS {
            assert!(all.contains(&format!("'{sign}")), "{sign:?}");
        }
    }
}

#[test]
fn markdown_escapes_hostile_names() {
    let md = report().to_markdown();
    // Every `<` from the data has a backslash before it.
    let unescaped = md.replace("\\<", "").replace("<br>", "");
    assert!(!unescaped.contains('<'), "raw markup");
    assert!(md.contains(r"\<script\>alert(1)\</script\> «Центр»"));
    assert!(md.contains(r#"\</style\>\<b onclick="alert(2)"\>Центр\</b\>"#));
    // A carriage return inside a table cell is a <br>, not the end of the row.
    assert!(md.contains("Первая строка<br>вторая строка"), "{md}");
    assert!(!md.contains('\r'));
    assert!(!SCRIPT.is_empty() && !STYLE_END.is_empty() && !CARRIAGE_RETURN.is_empty());
}

#[test]
fn a_title_led_by_a_tab_is_refused_before_it_reaches_a_report() {
    let mut dataset = social_services::sample::dataset();
    TAB.clone_into(&mut dataset.training_sites[0].topic);
    let report = social_services::Registry::new(dataset).expect_err("a tab-led topic");
    let codes: Vec<_> = report.errors().map(|issue| issue.code).collect();
    assert_eq!(codes, ["record.invalid_name"], "{report}");
}
