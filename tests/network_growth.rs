//! The published national figures of the family-MFC network, held as what they are — stated
//! figures, country rows and plans with their sources (`tests/published/mod.rs`) — and got
//! back through the public API: the network's history shows them over time beside what records
//! count (none: the set has no centres), and the reconciliation lists every figure records
//! cannot count. The committed `data/published_network.json` is kept in step with its builder.
//!
//! After a change to the builder, write the document again with
//! `SOCIAL_SERVICES_WRITE_PUBLISHED=1 cargo test --test network_growth` and review the diff.

mod published;

use chrono::NaiveDate;
use social_services::aggregate::{self, FamilyFigures};
use social_services::{
    Dataset, Registry, ValidationOptions, records::StatedCount, values::ReportingPeriod,
};

const JSON_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/published_network.json");

fn registry() -> Registry {
    Registry::new(published::dataset()).expect("the published data set is valid")
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn period(s: &str) -> ReportingPeriod {
    s.parse().unwrap()
}

fn count(s: &str) -> StatedCount {
    s.parse().unwrap()
}

#[test]
fn the_published_data_set_is_valid_without_warnings_and_invents_no_centre() {
    let strict = ValidationOptions {
        strict: true,
        ..ValidationOptions::default()
    };
    let registry = Registry::with_options(published::dataset(), &strict)
        .expect("the published data set is valid when strict");
    assert!(
        registry.warnings().is_empty(),
        "{:?}",
        registry.warnings().issues()
    );
    let dataset = published::dataset();
    assert!(dataset.institutions.is_empty() && dataset.service_points.is_empty());
    assert!(dataset.persons.is_empty() && dataset.appointments.is_empty());
    assert_eq!(aggregate::family_mfcs_by_region(&registry).total(), 0);
    // Every figure, row and plan says where it comes from, and that it is a summary.
    let sources = dataset
        .stated_figures
        .iter()
        .map(|f| &f.sources)
        .chain(dataset.service_statistics.iter().map(|r| &r.sources))
        .chain(dataset.network_plans.iter().map(|p| &p.sources));
    for sources in sources {
        let note = sources[0].note.as_deref().unwrap();
        assert!(note.contains("точная публикация"), "{note}");
    }
}

#[test]
fn the_history_shows_the_stated_totals_over_time_beside_zero_counted() {
    let registry = registry();
    let history = aggregate::network_history(
        &registry,
        None,
        &[
            date("2022-10-31"),
            date("2023-04-30"),
            date("2024-12-31"),
            date("2025-08-31"),
        ],
    );
    let side_by_side: Vec<_> = history
        .points()
        .iter()
        .map(|p| {
            let stated = |k: &aggregate::Known| {
                k.stated
                    .as_ref()
                    .map(|f| (f.value.to_string(), f.date.map(|d| d.to_string())))
            };
            (
                p.date,
                (p.centres.counted, p.centres.lower_bound),
                stated(&p.centres),
                (p.regions.counted, p.regions.lower_bound),
                stated(&p.regions),
            )
        })
        .collect();
    let at = |v: &str, d: &str| Some((v.to_owned(), Some(d.to_owned())));
    assert_eq!(
        side_by_side,
        [
            (date("2022-10-31"), (0, 0), None, (0, 0), None),
            (
                date("2023-04-30"),
                (0, 0),
                at("21", "2023-04-30"),
                (0, 0),
                at("8", "2023-04-30")
            ),
            // The latest stated figure at or before the date, with its date.
            (
                date("2024-12-31"),
                (0, 0),
                at("21", "2023-04-30"),
                (0, 0),
                at("8", "2023-04-30")
            ),
            (
                date("2025-08-31"),
                (0, 0),
                at("144", "2025-08-31"),
                (0, 0),
                at("55", "2025-08-31")
            ),
        ]
    );
}

#[test]
fn the_reconciliation_lists_every_total_that_records_cannot_count() {
    let rows = aggregate::reconcile(&registry(), date("2025-08-31"));
    let rows: Vec<_> = rows
        .iter()
        .map(|r| {
            (
                r.measure.to_string(),
                r.when.as_str(),
                r.stated.to_string(),
                r.counted,
                r.sources[0].title.clone(),
            )
        })
        .collect();
    let title = Some("Опубликованные общероссийские итоги сети семейных МФЦ (сводка)".to_owned());
    let row =
        |m: &str, when, stated: &str| (m.to_owned(), when, stated.to_owned(), 0, title.clone());
    assert_eq!(
        rows,
        [
            row("family_mfcs", "2023-04-30", "21"),
            row("federal_subjects", "2023-04-30", "8"),
            row("family_mfcs", "2025-08-31", "144"),
            row("federal_subjects", "2025-08-31", "55"),
            // The plan of 57 for 2024 against no recorded opening.
            row("family_mfcs", "2024", "57"),
        ]
    );
}

#[test]
fn fifty_five_family_mfcs_opened_in_2023_is_a_stated_figure_of_a_period() {
    let dataset = published::dataset();
    let opened: Vec<_> = dataset
        .stated_figures
        .iter()
        .filter(|f| f.measure == published::opened())
        .map(|f| (f.value.to_string(), f.period.map(|p| p.to_string())))
        .collect();
    assert_eq!(opened, [("55".to_owned(), Some("2023".to_owned()))]);
    // No record has an opening date: the counted openings are none, not 55.
    let growth = aggregate::network_growth(&registry(), None, &[]);
    assert!(growth.openings_by_year().is_empty());
}

#[test]
fn the_2024_plan_of_57_centres_against_no_recorded_opening() {
    let progress = aggregate::plan_against_fact(&registry(), None, date("2025-08-31"));
    let plan_2024 = &progress[0];
    assert_eq!(plan_2024.period, period("2024"));
    assert_eq!(plan_2024.centres, Some(StatedCount::exact(57)));
    assert_eq!(
        (
            plan_2024.opened,
            plan_2024.regions_opened,
            plan_2024.uncertain
        ),
        (0, 0, 0)
    );
}

#[test]
fn eighteen_more_centres_in_eight_regions_by_the_end_of_2026() {
    let progress = aggregate::plan_against_fact(&registry(), None, date("2025-08-31"));
    let more = &progress[1];
    assert_eq!(more.period.last_day(), date("2026-12-31"));
    assert_eq!(more.centres, Some(StatedCount::exact(18)));
    assert_eq!(more.regions, Some(StatedCount::exact(8)));
    assert_eq!((more.opened, more.uncertain), (0, 0));
    // Measured on 31 August 2025, the plan's period has not begun: no fulfilment yet.
    assert!(!more.started());
    assert_eq!(more.fulfilment(), None);
    // A plan of the whole network is not a plan of one region.
    assert!(
        aggregate::plan_against_fact(&registry(), Some("71".parse().unwrap()), date("2025-08-31"))
            .is_empty()
    );
}

#[test]
fn more_than_40_thousand_families_since_november_2022() {
    let registry = registry();
    let since =
        aggregate::families_served_between(&registry, None, date("2022-11-01"), date("2023-04-30"))
            .unwrap();
    assert!(since.stated && since.complete);
    assert_eq!(since.figures.served, Some(count("более 40 тыс.")));
    assert_eq!(since.figures.served.unwrap().to_string(), "более 40000");
}

#[test]
fn almost_150_thousand_families_in_the_first_half_of_2025() {
    let families = aggregate::families_served(&registry(), None);
    assert_eq!(
        families.periods(),
        [period("2022-11-01/2023-04-30"), period("2025-H1")]
    );
    let h1 = families.for_period(&period("2025-H1"));
    assert_eq!(
        h1,
        FamilyFigures {
            served: Some(count("почти 150 тыс.")),
            supported: Some(count("более 38 тыс.")),
            appeals: None,
            support_base: Some(count("почти 150 тыс.")),
        }
    );
    let share = h1.support_share().unwrap();
    assert!((share - 38_000.0 / 150_000.0).abs() < 1e-12, "{share}");
    // Only the country reports: the figure belongs to no one region.
    assert!(families.regions_reporting(&period("2025-H1")).is_empty());
    assert_eq!(families.get(None, &period("2025-H1")), h1);
}

#[test]
fn the_network_profile_carries_the_stated_figures() {
    let registry = registry();
    let profile = aggregate::network_profile(&registry, date("2025-08-31"));
    assert_eq!(profile.family_mfcs.total(), 0);
    assert_eq!(profile.plans.len(), 2);
    assert_eq!(
        profile.families,
        aggregate::families_served(&registry, None)
    );
    let tula = aggregate::regional_profile(&registry, "71".parse().unwrap(), date("2025-08-31"));
    assert!(tula.families.is_empty(), "country rows are not a region's");
    assert!(tula.plans.is_empty());
}

fn written() -> String {
    let mut json =
        serde_json::to_string_pretty(&published::dataset()).expect("a dataset serialises");
    json.push('\n');
    json
}

#[test]
fn committed_published_network_json_is_what_the_builder_writes() {
    let json = written();
    if std::env::var_os("SOCIAL_SERVICES_WRITE_PUBLISHED").is_some() {
        std::fs::write(JSON_PATH, &json).expect("data/published_network.json is writable");
        return;
    }
    let committed = std::fs::read_to_string(JSON_PATH).expect("data/published_network.json");
    assert!(
        committed == json,
        "data/published_network.json differs from the builder's output; write it again (see the module docs)"
    );
}

#[test]
fn published_network_json_reads_back_as_the_builder_dataset() {
    let committed = std::fs::read_to_string(JSON_PATH).expect("data/published_network.json");
    let dataset: Dataset = serde_json::from_str(&committed).expect("a dataset document");
    assert_eq!(dataset, published::dataset());
}
