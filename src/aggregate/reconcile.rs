//! Reconciliation: where what sources state and what records count disagree — the table an
//! analyst checks before publishing.

use chrono::NaiveDate;
use serde::Serialize;

use crate::records::{
    FigureScope, FigureValue, Measure, NetworkPlanId, Qualifier, Source, StatedFigure,
    StatedFigureId,
};
use crate::registry::Registry;

use super::growth::network_growth;
use super::institutions::centres_of;
use super::period::known_open_on;
use super::plans::PlanProgress;
use super::service_points::service_points_open_on;
use super::training::training_output;

/// Where a stated value comes from: a stated figure or a network plan.
///
/// # Example
/// ```
/// use social_services::records::StatedFigureId;
/// use social_services::aggregate::Origin;
/// let origin = Origin::Figure(StatedFigureId::from_name("21"));
/// assert!(matches!(origin, Origin::Figure(_)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "id")]
pub enum Origin {
    /// A [`StatedFigure`].
    Figure(StatedFigureId),
    /// A [`NetworkPlan`](crate::NetworkPlan): centres to open in its period.
    Plan(NetworkPlanId),
}

/// One place where a stated value and the records disagree, with both values, the date and
/// the sources.
///
/// # Example
/// ```
/// use social_services::{Dataset, Registry, aggregate};
/// // Nothing stated, nothing to disagree with.
/// let rows = aggregate::reconcile(&Registry::new(Dataset::new())?, "2025-08-31".parse()?);
/// assert!(rows.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Disagreement {
    /// The stated figure or plan.
    pub origin: Origin,
    /// What is measured (`family_mfcs` for a plan's centres to open).
    pub measure: Measure,
    /// Whom it is for.
    pub scope: FigureScope,
    /// The date or period the stated value holds at, as written (`2024-05-17`, `не позднее
    /// 2023-05`, `2024`).
    pub when: String,
    /// The day the records are counted on: the last day the stated value can hold at.
    pub counted_on: NaiveDate,
    /// The value as stated.
    pub stated: FigureValue,
    /// What the records count on `counted_on` (for a plan: openings within its period).
    pub counted: u64,
    /// Records in the scope that could not be counted for lack of a date (family MFCs without
    /// an opening date); they may account for a shortfall.
    pub undated: u64,
    /// Where the stated value was published.
    pub sources: Vec<Source>,
}

/// Whether the true number `n` can be what `stated` says.
///
/// An exact count admits only itself; «более N» more than N; «до N» at most N; «около N»
/// within a tenth of N (at least 1) either side; «почти N» at most N and within a tenth of it
/// below; an ordinal «N-й» at least N.
///
/// # Example
/// ```
/// use social_services::aggregate::admits;
/// assert!(admits("более 250".parse()?, 251));
/// assert!(!admits("более 250".parse()?, 0));
/// assert!(admits("14-й".parse()?, 14) && !admits("14-й".parse()?, 1));
/// assert!(admits("около 50".parse()?, 45) && !admits("около 50".parse()?, 44));
/// # Ok::<(), social_services::RecordError>(())
/// ```
pub fn admits(stated: FigureValue, n: u64) -> bool {
    let count = match stated {
        FigureValue::Ordinal(k) => return n >= k.get(),
        FigureValue::Count(count) => count,
    };
    let v = count.value();
    let slack = (v / 10).max(1);
    match count.qualifier() {
        Qualifier::Exact => n == v,
        Qualifier::MoreThan => n > v,
        Qualifier::UpTo => n <= v,
        Qualifier::About => n.abs_diff(v) <= slack,
        Qualifier::Almost => n <= v && v - n <= slack,
    }
}

/// Every stated figure the records can count and every network plan whose period has ended by
/// `as_of`, where the records do not admit the stated value (see [`admits`]), in the order of
/// the data set (figures first, then plans).
///
/// What the records count, on the last day the figure can hold at (`as_of` for a figure
/// dated only «не ранее»):
/// - `family_mfcs` for the network, a federal subject or an institution: its family MFCs known
///   open (as [`network_growth`](super::network_growth) counts), with those lacking an
///   opening date in `undated`;
/// - `federal_subjects` for the network: the subjects with a family MFC known open; for a
///   programme: the subjects it lists;
/// - `service_points` for the network, a federal subject or an institution: the points open;
/// - `specialists_trained` for a training site: its trained specialists (completed
///   enrollments and head-counts), for the network: all sites';
/// - a plan's centres: the family MFCs known to have opened within its period.
///
/// Other measures (families, appeals, participants…) have no records to count and are not
/// listed: the crate holds only stated figures of them.
///
/// # Example
/// ```
/// use social_services::{records::{FigureScope, Measure, Source, StatedFigureId}, Dataset, Registry, StatedFigure};
/// use social_services::aggregate;
///
/// let mut dataset = Dataset::new();
/// let mut stated = StatedFigure::new(StatedFigureId::from_name("21"), Measure::FamilyMfcs, FigureScope::Network, "21".parse()?);
/// stated.date = Some("2023-04-30".parse()?);
/// stated.sources.push(Source::titled("Минтруд: 21 семейный МФЦ в 8 регионах"));
/// dataset.stated_figures.push(stated);
/// let rows = aggregate::reconcile(&Registry::new(dataset)?, "2025-08-31".parse()?);
/// assert_eq!((rows[0].stated.to_string(), rows[0].counted), ("21".to_owned(), 0));
/// assert_eq!(rows[0].when, "2023-04-30");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn reconcile(registry: &Registry, as_of: NaiveDate) -> Vec<Disagreement> {
    let mut rows: Vec<Disagreement> = registry
        .stated_figures()
        .filter_map(|figure| {
            let on = figure.last_day().unwrap_or(as_of);
            let (counted, undated) = count(registry, figure, on)?;
            (!admits(figure.value, counted)).then(|| Disagreement {
                origin: Origin::Figure(figure.id),
                measure: figure.measure.clone(),
                scope: figure.scope,
                when: when(figure),
                counted_on: on,
                stated: figure.value,
                counted,
                undated,
                sources: figure.sources.clone(),
            })
        })
        .collect();
    for plan in registry.network_plans() {
        let (Some(centres), true) = (plan.centres, plan.period.last_day() <= as_of) else {
            continue;
        };
        let progress = PlanProgress::of(registry, plan, as_of);
        if admits(centres.into(), progress.opened) {
            continue;
        }
        rows.push(Disagreement {
            origin: Origin::Plan(plan.id),
            measure: Measure::FamilyMfcs,
            scope: plan
                .region
                .map_or(FigureScope::Network, FigureScope::Region),
            when: plan.period.to_string(),
            counted_on: plan.period.last_day(),
            stated: centres.into(),
            counted: progress.opened,
            undated: progress.uncertain,
            sources: plan.sources.clone(),
        });
    }
    rows
}

/// The date or period of a figure as written.
fn when(figure: &StatedFigure) -> String {
    figure
        .date
        .map(|d| d.to_string())
        .or_else(|| figure.period.map(|p| p.to_string()))
        .unwrap_or_default()
}

/// What the records count for a figure on `on`, and how many could not be counted for lack
/// of a date; `None` when the records cannot count its measure for its scope.
fn count(registry: &Registry, figure: &StatedFigure, on: NaiveDate) -> Option<(u64, u64)> {
    match (&figure.measure, figure.scope) {
        (Measure::FamilyMfcs, FigureScope::Network) => {
            let growth = network_growth(registry, None, &[on]);
            Some((growth.points()[0].centres, growth.without_opening_date()))
        }
        (Measure::FamilyMfcs, FigureScope::Region(code)) => {
            let growth = network_growth(registry, Some(code), &[on]);
            Some((growth.points()[0].centres, growth.without_opening_date()))
        }
        (Measure::FamilyMfcs, FigureScope::Institution(id)) => {
            let centres = centres_of(registry.institution(id)?);
            let open = centres
                .iter()
                .filter(|c| known_open_on(c.opened, c.closed, on))
                .count() as u64;
            let undated = centres
                .iter()
                .filter(|c| c.opened.and_then(|o| o.on()).is_none())
                .count() as u64;
            Some((open, undated))
        }
        (Measure::FederalSubjects, FigureScope::Network) => {
            let growth = network_growth(registry, None, &[on]);
            Some((growth.points()[0].regions, growth.without_opening_date()))
        }
        (Measure::FederalSubjects, FigureScope::Programme(id)) => {
            Some((registry.programme(id)?.regions.len() as u64, 0))
        }
        (Measure::ServicePoints, scope) => {
            let open = service_points_open_on(registry, on);
            let n = match scope {
                FigureScope::Network => open.total(),
                FigureScope::Region(code) => open.by_region().get(code),
                FigureScope::Institution(id) => open.by_institution().get(&id),
                _ => return None,
            };
            Some((n, 0))
        }
        (Measure::SpecialistsTrained, FigureScope::TrainingSite(site)) => {
            Some((training_output(registry, site)?.trained(), 0))
        }
        (Measure::SpecialistsTrained, FigureScope::Network) => Some((
            registry
                .training_sites()
                .filter_map(|site| training_output(registry, site.id))
                .map(|output| output.trained())
                .sum(),
            0,
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{
        Cohort, CohortId, Institution, InstitutionId, InstitutionKind, Level, NetworkPlan,
        StatedCount, TrainingSite, TrainingSiteId,
    };
    use crate::registry::Dataset;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn centre(n: usize, region: &str, opened: Option<&str>) -> Institution {
        let name = format!("Семейный МФЦ № {n}");
        let mut i = Institution::new(
            InstitutionId::from_name(&name),
            name,
            InstitutionKind::FamilyMfc,
            Level::Regional,
        );
        i.region = Some(region.parse().unwrap());
        i.opened = opened.map(|o| o.parse().unwrap());
        i
    }

    fn figure(
        n: usize,
        measure: Measure,
        scope: FigureScope,
        value: &str,
        date: &str,
    ) -> StatedFigure {
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

    fn rows(dataset: Dataset) -> Vec<(String, String, String, u64, u64)> {
        reconcile(&Registry::new(dataset).unwrap(), d("2025-08-31"))
            .into_iter()
            .map(|r| {
                (
                    r.scope.to_string(),
                    r.when,
                    r.stated.to_string(),
                    r.counted,
                    r.undated,
                )
            })
            .collect()
    }

    #[test]
    fn lists_a_region_said_to_have_more_centres_than_its_records_with_its_undated_ones() {
        let mut dataset = Dataset::new();
        dataset.institutions = vec![
            centre(1, "71", Some("2023-02")),
            centre(2, "71", None),
            centre(3, "37", Some("2023-01")),
        ];
        let tula = FigureScope::Region("71".parse().unwrap());
        let ivanovo = FigureScope::Region("37".parse().unwrap());
        dataset.stated_figures = vec![
            figure(0, Measure::FamilyMfcs, tula, "3", "2024-01-01"),
            figure(1, Measure::FamilyMfcs, ivanovo, "1", "2024-01-01"),
            figure(2, Measure::FamilyMfcs, tula, "2-й", "2023-03"),
            figure(
                3,
                Measure::FamilyMfcs,
                FigureScope::Network,
                "более 1",
                "2023-03",
            ),
        ];
        assert_eq!(
            rows(dataset),
            [
                ("region:71".into(), "2024-01-01".into(), "3".into(), 1, 1),
                ("region:71".into(), "2023-03".into(), "2-й".into(), 1, 1),
            ]
        );
    }

    #[test]
    fn lists_more_than_250_trained_against_no_enrollment() {
        let mut dataset = Dataset::new();
        let host = centre(1, "71", Some("2023"));
        let site = TrainingSite::new(
            TrainingSiteId::from_name("site"),
            host.id,
            Level::Federal,
            "Семейные МФЦ",
        );
        dataset.cohorts.push(Cohort::new(
            CohortId::from_name("cohort"),
            site.id,
            "Поток 1",
            crate::records::CohortFormat::InPerson,
        ));
        dataset.stated_figures.push(figure(
            0,
            Measure::SpecialistsTrained,
            FigureScope::TrainingSite(site.id),
            "более 250",
            "2024-10",
        ));
        dataset.institutions.push(host);
        dataset.training_sites.push(site);
        let site = dataset.training_sites[0].id;
        assert_eq!(
            rows(dataset),
            [(
                format!("training_site:{site}"),
                "2024-10".into(),
                "более 250".into(),
                0,
                0
            )]
        );
    }

    #[test]
    fn lists_a_plan_of_57_against_52_openings_once_its_period_has_ended() {
        let mut dataset = Dataset::new();
        dataset.institutions = (0..52).map(|n| centre(n, "71", Some("2024-06"))).collect();
        let mut plan = NetworkPlan::new(
            NetworkPlanId::from_name("2024"),
            "План на 2024 год",
            "2024".parse().unwrap(),
        );
        plan.centres = Some(StatedCount::exact(57));
        let mut later = NetworkPlan::new(
            NetworkPlanId::from_name("2026"),
            "План до 2026 года",
            "2026".parse().unwrap(),
        );
        later.centres = Some(StatedCount::exact(18));
        dataset.network_plans = vec![plan, later];
        let all = reconcile(&Registry::new(dataset).unwrap(), d("2025-08-31"));
        assert_eq!(all.len(), 1);
        assert_eq!(
            all[0].origin,
            Origin::Plan(NetworkPlanId::from_name("2024"))
        );
        assert_eq!(
            (all[0].stated.to_string(), all[0].counted, all[0].counted_on),
            ("57".to_owned(), 52, d("2024-12-31"))
        );
    }

    #[test]
    fn leaves_out_what_agrees_and_what_records_cannot_count() {
        let mut dataset = Dataset::new();
        dataset.institutions = vec![
            centre(1, "71", Some("2023-02")),
            centre(2, "37", Some("2023-01")),
        ];
        dataset.stated_figures = vec![
            figure(
                0,
                Measure::FamilyMfcs,
                FigureScope::Network,
                "около 2",
                "2024-01-01",
            ),
            figure(
                1,
                Measure::FederalSubjects,
                FigureScope::Network,
                "2",
                "2024-01-01",
            ),
            figure(
                2,
                Measure::FamiliesServed,
                FigureScope::Network,
                "более 40000",
                "2024-01-01",
            ),
        ];
        assert_eq!(rows(dataset), []);
    }
}
