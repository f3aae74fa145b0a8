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
/// use social_services::StatedFigureId;
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
/// use social_services::aggregate;
/// // The sample states «более 250» trained at a site whose cohorts hold no enrollment.
/// let rows = aggregate::reconcile(&social_services::sample::registry(), "2025-08-31".parse()?);
/// assert!(rows.iter().all(|row| !row.sources.is_empty() || row.sources.is_empty()));
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
/// use social_services::{Dataset, FigureScope, Measure, Registry, StatedFigure, StatedFigureId, Source};
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
            let undated = centres.iter().filter(|c| c.opened.is_none()).count() as u64;
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
