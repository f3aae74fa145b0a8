//! The published national figures of the family-MFC network, got back through the public API
//! from a hand-made data set of placeholder institutions (`tests/published/mod.rs`), and the
//! committed `data/published_network.json` kept in step with its builder.
//!
//! After a change to the builder, write the document again with
//! `SOCIAL_SERVICES_WRITE_PUBLISHED=1 cargo test --test network_growth` and review the diff.

mod published;

use chrono::NaiveDate;
use social_services::aggregate::{self, FamilyFigures};
use social_services::{Dataset, Registry, ReportingPeriod, StatedCount};

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
fn the_published_data_set_is_valid_without_warnings() {
    let registry = registry();
    assert!(
        registry.warnings().is_empty(),
        "{:?}",
        registry.warnings().issues()
    );
    assert_eq!(aggregate::family_mfcs_by_region(&registry).total(), 144);
}

#[test]
fn twenty_one_family_mfcs_in_eight_regions_on_30_april_2023() {
    let registry = registry();
    let growth = aggregate::network_growth(
        &registry,
        None,
        &[date("2022-10-31"), date("2023-04-30"), date("2025-08-31")],
    );
    let points: Vec<_> = growth
        .points()
        .iter()
        .map(|p| (p.date, p.centres, p.regions))
        .collect();
    assert_eq!(
        points,
        [
            (date("2022-10-31"), 0, 0),
            (date("2023-04-30"), 21, 8),
            (date("2025-08-31"), 144, 55),
        ]
    );
    assert_eq!(growth.without_opening_date(), 0);
    assert!(growth.closings_by_year().is_empty());
}

#[test]
fn fifty_five_family_mfcs_opened_in_2023() {
    let growth = aggregate::network_growth(&registry(), None, &[]);
    assert_eq!(
        growth.openings_by_year(),
        [(2022, 5), (2023, 55), (2024, 52), (2025, 32)]
    );
}

#[test]
fn the_standard_series_runs_from_the_first_opening_to_the_day() {
    let registry = registry();
    let dates = aggregate::growth_dates(&registry, None, date("2025-08-31"));
    assert_eq!(dates.first(), Some(&date("2022-12-31")));
    assert_eq!(dates.last(), Some(&date("2025-08-31")));
    assert_eq!(dates.len(), 12);
    let growth = aggregate::network_growth(&registry, None, &dates);
    let last = growth.points().last().unwrap();
    assert_eq!((last.centres, last.regions), (144, 55));
    assert!(
        growth
            .points()
            .windows(2)
            .all(|w| w[0].centres <= w[1].centres)
    );
}

#[test]
fn the_2024_plan_of_57_centres_against_the_openings_of_2024() {
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
        (52, 47, 0)
    );
    assert!((plan_2024.fulfilment().unwrap() - 52.0 / 57.0).abs() < 1e-12);
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
fn a_regional_centre_with_eight_employees() {
    let registry = registry();
    let staff = aggregate::staff_per_family_mfc(&registry, None, date("2025-08-31"));
    assert_eq!(staff.centres().len(), 1);
    assert_eq!(staff.centres()[0].centre.name, published::CENTRE_WITH_STAFF);
    assert_eq!(staff.centres()[0].people, 8);
    assert_eq!(staff.mean(), Some(8.0));
    let tula =
        aggregate::staff_per_family_mfc(&registry, Some("71".parse().unwrap()), date("2025-08-31"));
    assert_eq!(tula, staff);
}

#[test]
fn ten_families_served_by_the_social_nanny() {
    let registry = registry();
    let by_service = aggregate::families_by_service(&registry, None);
    let figures = by_service.get(&published::nanny(), &period("2025-H1"));
    assert_eq!(figures.served, Some(StatedCount::exact(10)));
    assert_eq!(
        registry.service(published::nanny()).unwrap().name,
        "Социальная няня"
    );
    // A service row is a part, not a total: the country's figure is unchanged.
    let families = aggregate::families_served(&registry, None);
    assert_eq!(
        families.for_period(&period("2025-H1")).served,
        Some(count("почти 150 тыс."))
    );
    assert!(aggregate::families_by_category(&registry, None).is_empty());
}

#[test]
fn the_network_profile_carries_the_new_figures() {
    let registry = registry();
    let profile = aggregate::network_profile(&registry, date("2025-08-31"));
    assert_eq!(profile.family_mfcs.total(), 144);
    let last = profile.growth.points().last().unwrap();
    assert_eq!(
        (last.date, last.centres, last.regions),
        (date("2025-08-31"), 144, 55)
    );
    assert_eq!(profile.plans.len(), 2);
    assert_eq!(profile.staff_per_family_mfc.mean(), Some(8.0));
    assert_eq!(
        profile.families,
        aggregate::families_served(&registry, None)
    );
    let tula = aggregate::regional_profile(&registry, "71".parse().unwrap(), date("2025-08-31"));
    assert!(tula.families.is_empty(), "country rows are not a region's");
    assert!(tula.plans.is_empty());
    assert_eq!(tula.growth.points().last().unwrap().regions, 1);
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

#[test]
fn the_published_totals_are_stated_figures_the_placeholders_agree_with() {
    let registry = registry();
    let history =
        aggregate::network_history(&registry, None, &[date("2023-04-30"), date("2025-08-31")]);
    let side_by_side: Vec<_> = history
        .points()
        .iter()
        .map(|p| {
            let stated = |k: &aggregate::Known| k.stated.as_ref().map(|f| f.value.to_string());
            (
                p.centres.counted,
                stated(&p.centres),
                p.regions.counted,
                stated(&p.regions),
            )
        })
        .collect();
    assert_eq!(
        side_by_side,
        [
            (21, Some("21".to_owned()), 8, Some("8".to_owned())),
            (144, Some("144".to_owned()), 55, Some("55".to_owned())),
        ]
    );
    // Only the plan of 57 for 2024 against its 52 openings disagrees.
    let rows = aggregate::reconcile(&registry, date("2025-08-31"));
    let rows: Vec<_> = rows
        .iter()
        .map(|r| (r.when.as_str(), r.stated.to_string(), r.counted))
        .collect();
    assert_eq!(rows, [("2024", "57".to_owned(), 52)]);
}
