use proptest::prelude::*;

use super::*;
use crate::records::{Institution, InstitutionId, InstitutionKind, Level, Source, StatedFigureId};
use crate::registry::Dataset;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn centre(n: usize, region: &str, opened: Option<&str>, closed: Option<&str>) -> Institution {
    let name = format!("Семейный МФЦ № {n}");
    let mut i = Institution::new(
        InstitutionId::from_name(&name),
        name,
        InstitutionKind::FamilyMfc,
        Level::Regional,
    );
    i.region = Some(region.parse().unwrap());
    i.opened = opened.map(|o| o.parse().unwrap());
    i.closed = closed.map(|c| c.parse().unwrap());
    i
}

fn figure(n: usize, measure: Measure, scope: FigureScope, value: &str, date: &str) -> StatedFigure {
    let mut f = StatedFigure::new(
        StatedFigureId::from_name(&format!("figure {n}")),
        measure,
        scope,
        value.parse().unwrap(),
    );
    f.date = Some(date.parse().unwrap());
    f.sources.push(Source::titled(format!("Источник {n}")));
    f
}

fn registry(institutions: Vec<Institution>, figures: Vec<StatedFigure>) -> Registry {
    let mut dataset = Dataset::new();
    dataset.institutions = institutions;
    dataset.stated_figures = figures;
    Registry::new(dataset).unwrap()
}

fn region(code: &str) -> FigureScope {
    FigureScope::Region(code.parse().unwrap())
}

/// `(counted, lower bound, stated)` of centres at each date.
fn centres(history: &NetworkHistory) -> Vec<(u64, u64, Option<String>)> {
    history
        .points()
        .iter()
        .map(|p| {
            let c = &p.centres;
            (
                c.counted,
                c.lower_bound,
                c.stated.as_ref().map(|f| f.value.to_string()),
            )
        })
        .collect()
}

#[test]
fn the_nth_centre_of_a_region_bounds_it_while_the_others_have_no_date() {
    let mut all: Vec<_> = (1..=12).map(|n| centre(n, "71", None, None)).collect();
    all.push(centre(13, "71", Some("2024-05-17"), None));
    let registry = registry(
        all,
        vec![figure(
            0,
            Measure::FamilyMfcs,
            region("71"),
            "13-й",
            "2024-05-17",
        )],
    );
    let dates = [d("2024-05-16"), d("2024-05-17")];
    let tula = network_history(&registry, Some("71".parse().unwrap()), &dates);
    assert_eq!(centres(&tula), [(0, 0, None), (1, 13, None)]);
    assert_eq!(tula.without_opening_date(), 12);
    let regions = &tula.points()[1].regions;
    assert_eq!((regions.counted, regions.lower_bound), (1, 1));
}

#[test]
fn an_open_by_figure_counts_an_undated_centre_from_its_date_only_in_the_bound() {
    let undated = centre(1, "37", None, None);
    let by = figure(
        0,
        Measure::FamilyMfcs,
        FigureScope::Institution(undated.id),
        "1",
        "не позднее 2023-05",
    );
    let registry = registry(vec![undated], vec![by]);
    let history = network_history(&registry, None, &[d("2023-05-30"), d("2023-05-31")]);
    assert_eq!(centres(&history), [(0, 0, None), (0, 1, None)]);
    assert_eq!(history.points()[1].regions.lower_bound, 1);
}

#[test]
fn an_ordinal_bound_loses_the_centres_closed_since() {
    let registry = registry(
        vec![
            centre(1, "16", Some("2023-01-10"), Some("2024-02")),
            centre(2, "16", Some("2023-06-01"), None),
        ],
        vec![figure(
            0,
            Measure::FamilyMfcs,
            region("16"),
            "5-й",
            "2023-06-01",
        )],
    );
    let history = network_history(&registry, None, &[d("2023-12-31"), d("2024-03-01")]);
    assert_eq!(centres(&history), [(2, 5, None), (1, 4, None)]);
}

#[test]
fn shows_the_latest_stated_count_beside_the_counted_one() {
    let registry = registry(
        vec![centre(1, "71", Some("2022-11"), None)],
        vec![
            figure(
                0,
                Measure::FamilyMfcs,
                FigureScope::Network,
                "21",
                "2023-04-30",
            ),
            figure(
                1,
                Measure::FamilyMfcs,
                FigureScope::Network,
                "более 140",
                "2025-08",
            ),
            figure(
                2,
                Measure::FamilyMfcs,
                FigureScope::Network,
                "200",
                "не ранее 2025",
            ),
            figure(
                3,
                Measure::FederalSubjects,
                FigureScope::Network,
                "8",
                "2023-04-30",
            ),
        ],
    );
    let history = network_history(
        &registry,
        None,
        &[d("2023-04-29"), d("2023-04-30"), d("2025-08-31")],
    );
    assert_eq!(
        centres(&history),
        [
            (1, 1, None),
            (1, 1, Some("21".to_owned())),
            (1, 1, Some("более 140".to_owned())),
        ]
    );
    let stated = history.points()[1].regions.stated.as_ref().unwrap();
    assert_eq!(stated.sources[0].title.as_deref(), Some("Источник 3"));
    // A region's history does not show the network's figures.
    let tula = network_history(&registry, Some("71".parse().unwrap()), &[d("2025-08-31")]);
    assert_eq!(centres(&tula), [(1, 1, None)]);
}

#[test]
fn the_network_bound_adds_the_regions_bounds_and_takes_a_larger_national_ordinal() {
    let registry = registry(
        vec![
            centre(1, "71", Some("2023"), None),
            centre(2, "37", None, None),
        ],
        vec![
            figure(0, Measure::FamilyMfcs, region("37"), "4-й", "2024-03-01"),
            figure(1, Measure::FamilyMfcs, region("52"), "2-й", "2024-03-01"),
        ],
    );
    let history = network_history(&registry, None, &[d("2024-03-01")]);
    assert_eq!(centres(&history), [(1, 7, None)]);
    assert_eq!(history.points()[0].regions.lower_bound, 3);
    let registry = registry_with_national_ordinal();
    let history = network_history(&registry, None, &[d("2024-03-01")]);
    assert_eq!(centres(&history), [(1, 60, None)]);
}

fn registry_with_national_ordinal() -> Registry {
    registry(
        vec![centre(1, "71", Some("2023"), None)],
        vec![figure(
            0,
            Measure::FamilyMfcs,
            FigureScope::Network,
            "60-й",
            "2024-02",
        )],
    )
}

/// A true network: centres with their true opening days (in order), a region each.
fn world() -> impl Strategy<Value = Vec<(u32, usize, bool)>> {
    // (day offset of the opening, region index, whether the record states its opening)
    proptest::collection::vec((0u32..1000, 0usize..3, any::<bool>()), 1..15)
}

const REGIONS: [&str; 3] = ["71", "37", "16"];

fn day(offset: u32) -> NaiveDate {
    d("2022-11-01") + chrono::Days::new(u64::from(offset))
}

proptest! {
    #[test]
    fn adding_a_stated_figure_never_changes_a_counted_one(
        world in world(),
        value in any::<FigureValue>(),
        offset in 0u32..1000,
        scope in 0usize..4,
        national in any::<bool>(),
    ) {
        let institutions: Vec<_> = world
            .iter()
            .enumerate()
            .map(|(n, &(o, r, dated))| {
                let opened = dated.then(|| day(o).to_string());
                centre(n, REGIONS[r], opened.as_deref(), None)
            })
            .collect();
        let scope = if scope == 3 || national { FigureScope::Network } else { region(REGIONS[scope]) };
        // More federal subjects than there are is refused by validation.
        prop_assume!(!(national && value.lower_bound() > 89));
        let measure = if national { Measure::FederalSubjects } else { Measure::FamilyMfcs };
        let mut added = figure(0, measure, scope, "1", &day(offset).to_string());
        added.value = value;
        let dates = [day(0), day(300), day(999)];
        let without = network_history(&registry(institutions.clone(), vec![]), None, &dates);
        let with = network_history(&registry(institutions, vec![added]), None, &dates);
        for (a, b) in without.points().iter().zip(with.points()) {
            prop_assert_eq!(a.centres.counted, b.centres.counted);
            prop_assert_eq!(a.regions.counted, b.regions.counted);
            prop_assert!(b.centres.lower_bound >= b.centres.counted);
        }
    }

    #[test]
    fn a_bound_is_never_above_a_stated_exact_figure_it_agrees_with(world in world(), at in 0u32..1000) {
        // The truth: centre k opens on its day; sources state each region's ordinal at each
        // opening and the exact national count at `at`.
        let mut world = world;
        world.sort_by_key(|&(o, _, _)| o);
        let mut seen = [0u64; 3];
        let mut institutions = Vec::new();
        let mut figures = Vec::new();
        for (n, &(o, r, dated)) in world.iter().enumerate() {
            seen[r] += 1;
            let opened = dated.then(|| day(o).to_string());
            institutions.push(centre(n, REGIONS[r], opened.as_deref(), None));
            figures.push(figure(n, Measure::FamilyMfcs, region(REGIONS[r]), &format!("{}-й", seen[r]), &day(o).to_string()));
        }
        let truth = world.iter().filter(|&&(o, _, _)| day(o) <= day(at)).count();
        figures.push(figure(world.len(), Measure::FamilyMfcs, FigureScope::Network, &truth.to_string(), &day(at).to_string()));
        let registry = registry(institutions, figures);
        let history = network_history(&registry, None, &[day(at)]);
        let point = &history.points()[0];
        prop_assert_eq!(point.centres.stated.as_ref().map(|f| f.value.lower_bound()), Some(truth as u64));
        prop_assert!(point.centres.lower_bound <= truth as u64);
        prop_assert!(point.centres.counted <= point.centres.lower_bound);
    }
}
