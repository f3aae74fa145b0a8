//! The published national figures of the family-MFC network as a data set of what they are —
//! stated figures, country rows of families served and plans, each with its source — for the
//! tests of the network's history, the reconciliation, the families-served and plan
//! aggregations, and for the example that reads `data/published_network.json`.
//!
//! The figures:
//!
//! - 21 family MFCs open in 8 federal subjects on 2023-04-30;
//! - 55 family MFCs opened in 2023 (a count of openings in a period: the open measure
//!   `family_mfcs_opened`);
//! - 144 family MFCs open in 55 federal subjects on 2025-08-31;
//! - country rows: «более 40 тыс.» families served from 2022-11-01 to 2023-04-30, and in the
//!   first half of 2025 «почти 150 тыс.» served, «более 38 тыс.» of them under social support;
//! - a plan of 57 centres for 2024, and of 18 more centres in 8 federal subjects by the end of
//!   2026.
//!
//! **There are no institutions here.** The set once invented 144 placeholder centres, their
//! staff and a service row so that counting records gave these totals back; no source at hand
//! names those centres, their places or opening dates, so they are gone, and the totals are
//! held as stated figures. The figures of one unnamed regional centre that the placeholders
//! carried (8 employees; 10 families served by «Социальная няня» in the first half of 2025)
//! are left out: a figure about a centre needs that centre's record. The real centres that the
//! seeds name are in the sample (`data/sample.json`), not repeated here. Where a public source
//! names a centre with its opening date and place, it belongs here as a record with that
//! source.
//!
//! The exact publications of these figures (which release, date and address) were not
//! recorded when the set was made: each figure's source says so in its note rather than
//! pretending to cite one.

use social_services::{
    Dataset, NetworkPlan, ServiceStatistics, StatedFigure,
    records::{
        FigureScope, Measure, NetworkPlanId, Source, StatedCount, StatedFigureId, StatisticsScope,
    },
    values::ReportingPeriod,
};

/// The source of every figure here: a summary, not a citable publication.
fn summary() -> Vec<Source> {
    vec![Source {
        note: Some(
            "Сводка опубликованных общероссийских итогов сети семейных МФЦ; точная публикация \
             (издание, дата, адрес) при составлении набора не записана"
                .to_owned(),
        ),
        ..Source::titled("Опубликованные общероссийские итоги сети семейных МФЦ (сводка)")
    }]
}

fn country(period: &str, served: &str, supported: Option<&str>) -> ServiceStatistics {
    let mut row =
        ServiceStatistics::new(StatisticsScope::Country, period.parse().expect("a period"));
    row.families_served = Some(served.parse().expect("a stated count"));
    row.families_supported = supported.map(|s| s.parse().expect("a stated count"));
    row.sources = summary();
    row
}

fn plan(title: &str, period: &str, centres: u64, regions: Option<u64>) -> NetworkPlan {
    let mut plan = NetworkPlan::new(
        NetworkPlanId::from_name(&format!("published/{title}")),
        title,
        period.parse().expect("a period"),
    );
    plan.centres = Some(StatedCount::exact(centres));
    plan.regions = regions.map(StatedCount::exact);
    plan.sources = summary();
    plan
}

/// A national total as published: `measure` of the network at `date`.
fn national(name: &str, measure: Measure, value: u64, date: &str) -> StatedFigure {
    let mut figure = StatedFigure::new(
        StatedFigureId::from_name(&format!("published/{name}")),
        measure,
        FigureScope::Network,
        StatedCount::exact(value).into(),
    );
    figure.date = Some(date.parse().expect("a date"));
    figure.sources = summary();
    figure
}

/// The measure of the centres opened in a period.
pub fn opened() -> Measure {
    "family_mfcs_opened".parse().expect("an open measure")
}

/// The published national totals as stated figures: 21 family MFCs in 8 federal subjects on
/// 2023-04-30, 55 opened in 2023, 144 in 55 subjects on 2025-08-31.
pub fn stated_figures() -> Vec<StatedFigure> {
    let mut opened_2023 = StatedFigure::new(
        StatedFigureId::from_name("published/55 opened in 2023"),
        opened(),
        FigureScope::Network,
        StatedCount::exact(55).into(),
    );
    opened_2023.period = Some("2023".parse::<ReportingPeriod>().expect("a period"));
    opened_2023.sources = summary();
    vec![
        national("21 centres", Measure::FamilyMfcs, 21, "2023-04-30"),
        national("8 subjects", Measure::FederalSubjects, 8, "2023-04-30"),
        opened_2023,
        national("144 centres", Measure::FamilyMfcs, 144, "2025-08-31"),
        national("55 subjects", Measure::FederalSubjects, 55, "2025-08-31"),
    ]
}

/// The data set.
pub fn dataset() -> Dataset {
    let mut dataset = Dataset::new();
    dataset.service_statistics = vec![
        country("2022-11-01/2023-04-30", "более 40 тыс.", None),
        country("2025-H1", "почти 150 тыс.", Some("более 38 тыс.")),
    ];
    dataset.network_plans = vec![
        plan("Открытие семейных МФЦ в 2024 году", "2024", 57, None),
        plan(
            "Ещё 18 семейных МФЦ в 8 регионах до конца 2026 года",
            "2025-09-01/2026-12-31",
            18,
            Some(8),
        ),
    ];
    dataset.stated_figures = stated_figures();
    dataset
}
