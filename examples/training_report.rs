//! A training site's output as a self-contained HTML page with bar charts: trained
//! specialists per site (as stated and as counted), per year with the running total, and per
//! home region.
//!
//! ```text
//! cargo run --example training_report                      # HTML to stdout, sample data
//! cargo run --example training_report -- --out training.html
//! cargo run --example training_report -- --input registry.json --out training.html
//! ```
//!
//! Bad input ends the program with the validation report on stderr and exit code 1.

use std::process::ExitCode;

mod common;

use social_services::{
    Cell, Column, EnrollmentStatus, Registry, Report, Section, Share, Table, aggregate,
};

fn report(registry: &Registry) -> Result<Report, social_services::ReportError> {
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
    for site in registry.training_sites() {
        let Some(output) = aggregate::training_output(registry, site.id) else {
            continue;
        };
        let completed = output.by_status.get(&EnrollmentStatus::Completed);
        let ended = completed + output.by_status.get(&EnrollmentStatus::Withdrawn);
        sites.push_row([
            Cell::text(&site.topic),
            output.best().into(),
            Cell::count(output.trained()),
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
        let mut section = Section::new(format!("Площадка «{}»", site.topic))
            .table(by_year.chart("Обучено")?.with_sources(site.sources.clone()))
            .table(by_region.chart("Обучено")?);
        if let Some(stated) = output.stated {
            section = section.paragraph(format!(
                "По данным источника обучение прошли {stated} специалистов; по записям реестра учтено {}.",
                output.trained()
            ));
        }
        sections.push(section);
    }
    let mut report = Report::new("Стажировочные площадки: подготовка специалистов")
        .section(Section::new("Все площадки").table(sites.chart("Обучено")?));
    for section in sections {
        report.push(section);
    }
    Ok(report)
}

const HELP: &str = "usage: training_report [--input FILE] [--out FILE] [--warnings]";

fn run() -> Result<(), String> {
    let (mut input, mut out, mut list_warnings) = (None, None, false);
    let go = common::parse_flags(HELP, |flag, value| {
        match flag {
            "--input" => input = Some(value.get()?),
            "--out" => out = Some(value.get()?),
            "--warnings" => list_warnings = true,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    if !go {
        return Ok(());
    }
    let registry = common::load(input.as_deref().map(std::path::Path::new))?;
    common::warnings(&registry, list_warnings);
    let html = report(&registry).map_err(|e| e.to_string())?.to_html();
    common::output(out.as_deref().map(std::path::Path::new), &html)
}

fn main() -> ExitCode {
    common::exit(run())
}
