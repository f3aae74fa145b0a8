//! The training report: what the training sites have trained, as stated and as recorded.

use crate::aggregate;
use crate::records::EnrollmentStatus;
use crate::registry::Registry;

use super::{Cell, Column, Report, ReportError, Section, Share, Table, count_ru, stated_count_ru};

const SPECIALISTS: [&str; 3] = ["специалист", "специалиста", "специалистов"];

/// The report on the training sites: specialists trained per site (as sources state and as
/// the registry's cohorts count), and for each site with cohorts, per year with the running
/// total and per home region, with the sites' sources.
///
/// A figure no source and no record gives is left out («—» in a table, «нет данных» in the
/// text), never written as zero; a site without cohort records has no tables by year or region.
///
/// # Panics
/// Never on any registry: every table of the report is built with cells that fit its columns
/// (a panic would be a bug of this crate; the tests build the report on the sample, on
/// generated national registries and on proptest registries).
///
/// # Example
/// ```
/// use social_services::report::training_report;
///
/// // The sample's federal site states «более 250» trained and records no cohorts.
/// let report = training_report(&social_services::sample::registry());
/// let text = report.to_markdown();
/// assert!(text.contains("обучение прошли более 250 специалистов"));
/// assert!(!text.contains("| 0 |"));
/// ```
pub fn training_report(registry: &Registry) -> Report {
    build_training_report(registry).expect("the training report's cells fit its columns")
}

fn build_training_report(registry: &Registry) -> Result<Report, ReportError> {
    let mut sites = Table::new(
        "Обучено специалистов по площадкам",
        [
            Column::text("Площадка"),
            Column::stated("Обучено"),
            Column::count("Учтено по записям"),
            Column::share("Завершили обучение"),
        ],
    );
    let mut sections = Vec::new();
    let mut sources = Vec::new();
    for site in registry.training_sites() {
        let Some(output) = aggregate::training_output(registry, site.id) else {
            continue;
        };
        for source in &site.sources {
            if !sources.contains(source) {
                sources.push(source.clone());
            }
        }
        let completed = output.by_status.get(&EnrollmentStatus::Completed);
        let ended = completed + output.by_status.get(&EnrollmentStatus::Withdrawn);
        sites.push_row([
            Cell::text(&site.topic),
            if output.stated.is_none() && output.cohorts == 0 {
                Cell::Empty
            } else {
                output.best().into()
            },
            // Without cohort records the count is unknown, not zero.
            if output.cohorts == 0 {
                Cell::Empty
            } else {
                Cell::count(output.trained())
            },
            Share::new(completed, ended).map_or(Cell::Empty, Cell::from),
        ])?;
        let mut by_year = Table::new(
            format!("«{}»: обучено по годам", site.topic),
            [
                Column::text("Год"),
                Column::count("Обучено"),
                Column::count("Нарастающим итогом"),
            ],
        );
        for (year, n, running) in output.cumulative() {
            by_year.push_row([
                Cell::text(year.map_or_else(|| "год не указан".to_owned(), |y| y.to_string())),
                Cell::count(n),
                Cell::count(running),
            ])?;
        }
        let mut by_region = Table::new(
            format!("«{}»: обучено по субъектам", site.topic),
            [Column::text("Субъект"), Column::count("Обучено")],
        );
        for (region, n) in output.by_home_region.top(usize::MAX) {
            by_region.push_row([Cell::text(region.subject().name()), Cell::count(n)])?;
        }
        let mut section = Section::new(format!("Площадка «{}»", site.topic));
        let recorded = output.cohorts > 0;
        section = section.paragraph(match (output.stated, recorded) {
            (Some(stated), true) => format!(
                "По данным источника обучение прошли {}; по записям реестра — {}.",
                stated_count_ru(stated, SPECIALISTS),
                count_ru(output.trained(), SPECIALISTS)
            ),
            (Some(stated), false) => format!(
                "По данным источника обучение прошли {}; записей о группах обучения в реестре нет.",
                stated_count_ru(stated, SPECIALISTS)
            ),
            (None, true) => format!(
                "По записям реестра обучение прошли {}; источник числа обученных не называет.",
                count_ru(output.trained(), SPECIALISTS)
            ),
            (None, false) => {
                "Число обученных: нет данных (его не называют ни источник, ни записи реестра)."
                    .to_owned()
            }
        });
        // Tables by year and by region only from records: without them there is nothing to
        // show, not zeros.
        if recorded {
            section = section
                .table(by_year.chart("Обучено")?.with_sources(site.sources.clone()))
                .table(by_region.chart("Обучено")?);
        }
        sections.push(section);
    }
    let mut report = Report::new("Стажировочные площадки: подготовка специалистов")
        .section(Section::new("Все площадки").table(sites.chart("Обучено")?.with_sources(sources)));
    for section in sections {
        report.push(section);
    }
    Ok(report)
}
