//! Plans for the network against the facts: family MFCs planned and opened in a period.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Serialize;

use crate::records::{NetworkPlan, NetworkPlanId, StatedCount};
use crate::registry::Registry;
use crate::values::{KnownDate, RegionCode, ReportingPeriod};

use super::institutions::centres_of;

/// One network plan with the openings of its period: planned centres and regions as stated,
/// and the family MFCs that opened.
///
/// A family MFC opened in the plan's period when its opening date lies **wholly** within the
/// period (an opening known to the month of July 2025 is within a plan for 2025); it is
/// **uncertain** when its opening date straddles an edge of the period (an opening known only
/// as «2025» for a plan from 2025-07-01) or the day the plan is measured on, and counted in neither way when it lies outside. Only
/// family MFCs of the plan's region count for a plan of one region; every one counts for a plan
/// of the whole network. A family MFC that opened and has since closed still opened. Only
/// openings known by the day the plan is measured on count (an opening's date must end on or
/// before it), so a plan is never measured against the future; a plan whose period has not
/// begun by then has no fulfilment ([`PlanProgress::started`]).
///
/// # Example
/// ```
/// use social_services::{records::{InstitutionId, InstitutionKind, Level, NetworkPlanId, StatedCount}, Dataset, Institution, NetworkPlan, Registry};
/// use social_services::aggregate;
///
/// let mut dataset = Dataset::new();
/// for (n, opened) in [(1, "2024-03"), (2, "2024-11-20"), (3, "2023")] {
///     let name = format!("Семейный МФЦ № {n}");
///     let mut centre = Institution::new(InstitutionId::from_name(&name), name, InstitutionKind::FamilyMfc, Level::Regional);
///     centre.region = Some("71".parse()?);
///     centre.opened = Some(opened.parse()?);
///     dataset.institutions.push(centre);
/// }
/// let mut plan = NetworkPlan::new(NetworkPlanId::from_name("2024"), "План на 2024 год", "2024".parse()?);
/// plan.centres = Some(StatedCount::exact(4));
/// dataset.network_plans.push(plan);
/// let registry = Registry::new(dataset)?;
///
/// let progress = &aggregate::plan_against_fact(&registry, None, "2024-12-31".parse()?)[0];
/// assert_eq!((progress.opened, progress.regions_opened, progress.uncertain), (2, 1, 0));
/// assert_eq!(progress.fulfilment(), Some(0.5));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanProgress {
    /// The plan.
    pub plan: NetworkPlanId,
    /// What the plan is, as stated.
    pub title: String,
    /// The period of the openings planned.
    pub period: ReportingPeriod,
    /// The federal subject of the plan; `None` for the whole network.
    pub region: Option<RegionCode>,
    /// Family MFCs planned to open.
    pub centres: Option<StatedCount>,
    /// Federal subjects planned to cover.
    pub regions: Option<StatedCount>,
    /// Family MFCs whose opening date lies wholly within the period.
    pub opened: u64,
    /// Distinct federal subjects of those openings.
    pub regions_opened: u64,
    /// Family MFCs whose opening date is known too coarsely to tell: it straddles an edge of
    /// the period, or is a bound («не позднее 2025-06») that leaves it open whether it came
    /// within the period.
    pub uncertain: u64,
    /// The day the plan is measured on: openings known by then count.
    pub as_of: NaiveDate,
}

/// Where an opening date lies relative to a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Placement {
    Within,
    Straddles,
    Outside,
}

/// Where `opened` lies: from its earliest day to its latest (a bound is open at one end).
fn placement(opened: KnownDate, period: &ReportingPeriod) -> Placement {
    let first = opened.earliest().unwrap_or(NaiveDate::MIN);
    let last = opened.latest().unwrap_or(NaiveDate::MAX);
    if period.first_day() <= first && last <= period.last_day() {
        Placement::Within
    } else if first <= period.last_day() && period.first_day() <= last {
        Placement::Straddles
    } else {
        Placement::Outside
    }
}

impl PlanProgress {
    /// A plan compared with the openings of a registry's family MFCs known by `as_of`.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{NetworkPlanId, StatedCount}, NetworkPlan};
    /// use social_services::aggregate::PlanProgress;
    /// let mut plan = NetworkPlan::new(NetworkPlanId::new_v4(), "План", "2026".parse()?);
    /// plan.centres = Some(StatedCount::exact(18));
    /// let progress = PlanProgress::of(&social_services::sample::registry(), &plan, "2025-08-31".parse()?);
    /// assert_eq!(progress.opened, 0);
    /// assert!(!progress.started());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn of(registry: &Registry, plan: &NetworkPlan, as_of: NaiveDate) -> Self {
        let (mut opened, mut uncertain) = (0, 0);
        let mut regions = BTreeSet::new();
        let centres = registry
            .institutions()
            .filter(|i| plan.region.is_none() || i.region == plan.region)
            .flat_map(centres_of);
        for centre in centres {
            let Some(date) = centre.opened.filter(|d| d.may_have_come_by(as_of)) else {
                continue;
            };
            match placement(date, &plan.period) {
                Placement::Within if date.known_by(as_of) => {
                    opened += 1;
                    regions.extend(centre.mfc.region);
                }
                // Within the period but not known to have opened by `as_of` (an opening known
                // to the month of the day measured on), or straddling an edge of the period.
                Placement::Within | Placement::Straddles => uncertain += 1,
                Placement::Outside => {}
            }
        }
        Self {
            plan: plan.id,
            title: plan.title.clone(),
            period: plan.period,
            region: plan.region,
            centres: plan.centres,
            regions: plan.regions,
            opened,
            regions_opened: regions.len() as u64,
            uncertain,
            as_of,
        }
    }

    /// Whether the plan's period had begun by the day it is measured on.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::NetworkPlanId, NetworkPlan};
    /// use social_services::aggregate::PlanProgress;
    /// let plan = NetworkPlan::new(NetworkPlanId::new_v4(), "План", "2024".parse()?);
    /// let registry = social_services::sample::registry();
    /// assert!(PlanProgress::of(&registry, &plan, "2024-01-01".parse()?).started());
    /// assert!(!PlanProgress::of(&registry, &plan, "2023-12-31".parse()?).started());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn started(&self) -> bool {
        self.period.first_day() <= self.as_of
    }

    /// The share of the planned centres that opened (opened / planned, from the number as
    /// stated); `None` when the plan states no centres or zero, or its period had not begun.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{NetworkPlanId, StatedCount}, NetworkPlan};
    /// use social_services::aggregate::PlanProgress;
    /// let plan = NetworkPlan::new(NetworkPlanId::new_v4(), "План", "2026".parse()?);
    /// assert_eq!(PlanProgress::of(&social_services::sample::registry(), &plan, "2026-06-30".parse()?).fulfilment(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn fulfilment(&self) -> Option<f64> {
        let planned = self.centres?.value();
        if !self.started() {
            return None;
        }
        // Counts of centres are far below 2^52: the conversion is exact.
        #[allow(clippy::cast_precision_loss)]
        (planned > 0).then(|| self.opened as f64 / planned as f64)
    }
}

/// Every network plan — of the whole network and of every region (`region` `None`), or of one
/// federal subject only — against the openings of its period known by `as_of`, in registry
/// order.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// // The sample has no plans.
/// assert!(aggregate::plan_against_fact(&social_services::sample::registry(), None, "2024-10-04".parse()?).is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn plan_against_fact(
    registry: &Registry,
    region: Option<RegionCode>,
    as_of: NaiveDate,
) -> Vec<PlanProgress> {
    registry
        .network_plans()
        .filter(|p| region.is_none() || p.region == region)
        .map(|p| PlanProgress::of(registry, p, as_of))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{
        Department, DepartmentId, DepartmentKind, Institution, InstitutionId, InstitutionKind,
        Level,
    };
    use crate::registry::Dataset;

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

    fn plan(title: &str, period: &str, region: Option<&str>, centres: u64) -> NetworkPlan {
        let mut plan = NetworkPlan::new(
            NetworkPlanId::from_name(title),
            title,
            period.parse().unwrap(),
        );
        plan.region = region.map(|r| r.parse().unwrap());
        plan.centres = Some(StatedCount::exact(centres));
        plan
    }

    fn registry() -> Registry {
        let mut kcson = Institution::new(
            InstitutionId::from_name("КЦСОН"),
            "КЦСОН",
            InstitutionKind::Kcson,
            Level::Regional,
        );
        kcson.region = Some("37".parse().unwrap());
        let mut department = Department::new(
            DepartmentId::from_name("КЦСОН/МФЦ"),
            "Семейный МФЦ",
            DepartmentKind::FamilyMfc,
        );
        department.opened = Some("2025-09-01".parse().unwrap());
        kcson.departments.push(department);
        let mut dataset = Dataset::new();
        dataset.institutions = vec![
            centre(1, "71", Some("2025-07")),
            centre(2, "71", Some("2025")),
            centre(3, "77", Some("2025-12-31")),
            centre(4, "77", Some("2025-06-30")),
            centre(5, "71", None),
            kcson,
        ];
        dataset.network_plans = vec![
            plan(
                "Вторая половина 2025 года",
                "2025-07-01/2025-12-31",
                None,
                8,
            ),
            plan("Тула, 2025", "2025", Some("71"), 2),
            plan("Москва, 2026", "2026", Some("77"), 0),
        ];
        Registry::new(dataset).unwrap()
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn counts_only_openings_known_by_the_day_measured_on() {
        // On 2025-09-01: № 1 (July) has opened; the department opens that very day; № 3 (31
        // December) has not; № 2 («2025») straddles the period's start.
        let progress = plan_against_fact(&registry(), None, day("2025-09-01"));
        let h2 = &progress[0];
        assert_eq!((h2.opened, h2.uncertain), (2, 1));
        assert_eq!(h2.fulfilment(), Some(2.0 / 8.0));
        // A plan whose period has not begun has no fulfilment yet.
        let moscow_2026 = PlanProgress::of(
            &registry(),
            &plan("2026", "2026", None, 5),
            day("2025-09-01"),
        );
        assert!(!moscow_2026.started());
        assert_eq!(moscow_2026.fulfilment(), None);
    }

    #[test]
    fn counts_openings_wholly_within_the_period_and_those_that_straddle_it() {
        let progress = plan_against_fact(&registry(), None, day("2026-12-31"));
        let h2 = &progress[0];
        // № 1 (July), № 3 (31 December) and the department (1 September) are within; № 2
        // («2025») straddles 1 July; № 4 (30 June) is outside; № 5 has no date.
        assert_eq!((h2.opened, h2.regions_opened, h2.uncertain), (3, 3, 1));
        assert_eq!(h2.fulfilment(), Some(3.0 / 8.0));
        assert_eq!(h2.title, "Вторая половина 2025 года");
    }

    #[test]
    fn a_regional_plan_counts_the_openings_of_its_region() {
        let progress = plan_against_fact(&registry(), None, day("2026-12-31"));
        let tula = &progress[1];
        assert_eq!(
            (tula.opened, tula.regions_opened, tula.uncertain),
            (2, 1, 0)
        );
        assert_eq!(tula.fulfilment(), Some(1.0));
        let moscow = &progress[2];
        assert_eq!((moscow.opened, moscow.uncertain), (0, 0));
        assert_eq!(
            moscow.fulfilment(),
            None,
            "a plan of zero centres has no fulfilment"
        );
    }

    #[test]
    fn a_region_gets_its_own_plans_in_registry_order() {
        let registry = registry();
        let titles = |region: Option<&str>| -> Vec<String> {
            plan_against_fact(
                &registry,
                region.map(|r| r.parse().unwrap()),
                day("2026-12-31"),
            )
            .into_iter()
            .map(|p| p.title)
            .collect()
        };
        assert_eq!(titles(Some("71")), ["Тула, 2025"]);
        assert_eq!(titles(None).len(), 3);
        assert!(titles(Some("37")).is_empty());
    }

    #[test]
    fn the_sample_has_no_plans() {
        assert!(plan_against_fact(&crate::sample::registry(), None, day("2024-10-04")).is_empty());
    }
}
