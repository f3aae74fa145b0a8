//! Families served over a run of days: the source's own cumulative figure, or an honest sum
//! over the periods inside.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::records::{Qualifier, StatedCount};
use crate::registry::Registry;
use crate::values::{PeriodKind, RegionCode, ReportingPeriod};

use super::{FamiliesServed, FamilyFigures, families_served};

impl FamilyFigures {
    /// The figures as bounds for a union of periods: families counted in several periods may
    /// be the same families, so the sum of their counts is at most the number of distinct
    /// families — «до N» when every part was exact or bounded above (exact, «до», «почти»),
    /// «около N» when a part was «более» or «около» (no bound survives). Appeals add up and
    /// are kept as they are.
    fn as_union(self) -> Self {
        let bound = |count: Option<StatedCount>| {
            count.map(|c| match c.qualifier() {
                Qualifier::Exact | Qualifier::UpTo | Qualifier::Almost => {
                    StatedCount::new(Qualifier::UpTo, c.value())
                }
                Qualifier::MoreThan | Qualifier::About => {
                    StatedCount::new(Qualifier::About, c.value())
                }
            })
        };
        Self {
            served: bound(self.served),
            supported: bound(self.supported),
            appeals: self.appeals,
            // A share of bounds of different periods means nothing.
            support_base: None,
        }
    }
}

impl FamiliesServed {
    /// The families served from `since` to `until` (both included), cumulatively; `None` when
    /// no period with rows lies within those days (or `since` is after `until`).
    ///
    /// When a period of the rows is exactly those days (`2022-11-01/2023-04-30` for «с ноября
    /// 2022 года по апрель 2023 года»), its figures are the answer: the source's own cumulative
    /// count of distinct families. Otherwise the figures are summed over periods within the
    /// days that do not overlap — taken in order of first day, the longer first, skipping any
    /// that overlaps one already taken — and, when more than one is summed, families served and
    /// supported become bounds of the union: «до N» (a family may come in several periods) when
    /// every part was exact or bounded above, «около N» when a part was «более» or «около».
    /// Appeals add up exactly. [`FamiliesBetween::complete`] says whether the periods taken
    /// cover every day and every region with a figure in a skipped period has one in a taken
    /// period too: when places report for periods of different lengths (one region by quarter,
    /// another by month), the skipped periods are in [`FamiliesBetween::skipped`], and a region
    /// that reported only in them is missing from the sum, which is then not complete.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamiliesServed;
    /// assert!(FamiliesServed::default().between("2023-01-01".parse()?, "2023-12-31".parse()?).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn between(&self, since: NaiveDate, until: NaiveDate) -> Option<FamiliesBetween> {
        if since > until {
            return None;
        }
        let periods = self.periods();
        if let Some(&period) = periods
            .iter()
            .find(|p| p.first_day() == since && p.last_day() == until)
        {
            return Some(FamiliesBetween {
                since,
                until,
                figures: self.for_period(&period),
                periods: vec![period],
                skipped: periods
                    .iter()
                    .copied()
                    .filter(|p| *p != period && since <= p.first_day() && p.last_day() <= until)
                    .collect(),
                stated: true,
                complete: true,
            })
            .map(|mut found| {
                found.complete = self.skipped_are_covered(&found.skipped, &found.periods);
                found
            });
        }
        let mut taken: Vec<ReportingPeriod> = Vec::new();
        let mut skipped: Vec<ReportingPeriod> = Vec::new();
        for period in periods {
            let inside = since <= period.first_day() && period.last_day() <= until;
            let clear = taken
                .last()
                .is_none_or(|last| last.last_day() < period.first_day());
            match (inside, clear) {
                (true, true) => taken.push(period),
                (true, false) => skipped.push(period),
                (false, _) => {}
            }
        }
        let (first, last) = (taken.first()?, taken.last()?);
        let contiguous = taken
            .windows(2)
            .all(|w| w[0].last_day().succ_opt() == Some(w[1].first_day()));
        let complete = contiguous
            && first.first_day() == since
            && last.last_day() == until
            && self.skipped_are_covered(&skipped, &taken);
        let mut figures = FamilyFigures::default();
        for period in &taken {
            figures.merge(self.for_period(period));
        }
        if taken.len() > 1 {
            figures = figures.as_union();
        }
        Some(FamiliesBetween {
            since,
            until,
            figures,
            periods: taken,
            skipped,
            stated: false,
            complete,
        })
    }
    /// Whether every region (or the no-region cell) with a figure in a skipped period has one
    /// in a taken period overlapping it: otherwise a place that reported only for the skipped
    /// periods is missing from the sum.
    fn skipped_are_covered(&self, skipped: &[ReportingPeriod], taken: &[ReportingPeriod]) -> bool {
        let regions = |p: &ReportingPeriod| -> BTreeSet<Option<RegionCode>> {
            self.tree.get((), *p).cells.into_keys().collect()
        };
        skipped.iter().all(|s| {
            let mut have = BTreeSet::new();
            for t in taken
                .iter()
                .filter(|t| t.first_day() <= s.last_day() && s.first_day() <= t.last_day())
            {
                have.extend(regions(t));
            }
            regions(s).is_subset(&have)
        })
    }

    /// The figures by calendar period of one kind — each year, half-year, quarter or month
    /// with rows inside it — each as [`FamiliesServed::between`] its first and last day gives
    /// it: the period's own row when there is one, else the sum of the rows inside it with
    /// families as bounds of the union («до N»: monthly figures do not add up to a year's
    /// distinct families) and appeals exact. A period that no row lies within (a month inside a
    /// quarter's row) is left out, not estimated. For [`PeriodKind::Days`], every period of the
    /// rows as stated. Sorted by period.
    ///
    /// # Example
    /// ```
    /// use social_services::values::PeriodKind;
    /// use social_services::aggregate::FamiliesServed;
    /// assert!(FamiliesServed::default().by_period_kind(PeriodKind::Year).is_empty());
    /// ```
    pub fn by_period_kind(&self, kind: PeriodKind) -> Vec<(ReportingPeriod, FamiliesBetween)> {
        let mut calendar: Vec<ReportingPeriod> = self
            .periods()
            .into_iter()
            .filter_map(|p| match kind {
                PeriodKind::Days => Some(p),
                _ => calendar_period(kind, p.first_day()),
            })
            .collect();
        calendar.sort_unstable();
        calendar.dedup();
        calendar
            .into_iter()
            .filter_map(|p| Some((p, self.between(p.first_day(), p.last_day())?)))
            .collect()
    }
}

/// The calendar period of `kind` (not [`PeriodKind::Days`]) that holds `date`.
fn calendar_period(kind: PeriodKind, date: NaiveDate) -> Option<ReportingPeriod> {
    let (year, month) = (date.year(), date.month());
    match kind {
        PeriodKind::Year => ReportingPeriod::year(year),
        PeriodKind::HalfYear => ReportingPeriod::half_year(year, (month - 1) / 6 + 1),
        PeriodKind::Quarter => ReportingPeriod::quarter(year, (month - 1) / 3 + 1),
        PeriodKind::Month => ReportingPeriod::month(year, month),
        PeriodKind::Days => return None,
    }
    .ok()
}

/// Families served over a run of days: the source's own cumulative figure, or a sum over the
/// periods inside (see [`FamiliesServed::between`]).
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let registry = social_services::sample::registry();
/// assert!(aggregate::families_served_between(&registry, None, "2022-11-01".parse()?, "2023-04-30".parse()?).is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FamiliesBetween {
    /// The first day.
    pub since: NaiveDate,
    /// The last day.
    pub until: NaiveDate,
    /// The figures.
    pub figures: FamilyFigures,
    /// The periods whose figures were taken, sorted.
    pub periods: Vec<ReportingPeriod>,
    /// Periods inside the days that were not taken because they overlap one taken before
    /// (rows of different lengths for the same days), sorted.
    pub skipped: Vec<ReportingPeriod>,
    /// Whether the figures are the rows' own for exactly these days (not a sum).
    pub stated: bool,
    /// Whether the periods taken cover every day from `since` to `until`, and every region with
    /// a figure in a skipped period has one in a taken period overlapping it.
    pub complete: bool,
}

/// The families served from `since` to `until` in the network or one federal subject: the
/// rows' own figure for exactly those days, or a sum over the periods inside them (see
/// [`FamiliesServed::between`]); `None` when no period with rows lies within those days.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let registry = social_services::sample::registry();
/// assert!(aggregate::families_served_between(&registry, Some("71".parse()?), "2025-01-01".parse()?, "2025-06-30".parse()?).is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn families_served_between(
    registry: &Registry,
    region: Option<RegionCode>,
    since: NaiveDate,
    until: NaiveDate,
) -> Option<FamiliesBetween> {
    families_served(registry, region).between(since, until)
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{IVANOVO_CENTRE, TULA_CENTRE, institution, registry, row};
    use super::*;
    use crate::records::StatisticsScope;

    #[allow(clippy::unnecessary_wraps)] // reads as the optional figure it stands for
    fn count(s: &str) -> Option<StatedCount> {
        Some(s.parse().unwrap())
    }
    fn period(s: &str) -> ReportingPeriod {
        s.parse().unwrap()
    }
    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }
    fn at(name: &str) -> StatisticsScope {
        StatisticsScope::Institution(institution(name))
    }

    #[test]
    fn between_takes_the_sources_own_cumulative_figure() {
        let registry = registry(vec![
            row(
                StatisticsScope::Country,
                "2022-11-01/2023-04-30",
                "более 40000",
            ),
            row(StatisticsScope::Country, "2023-01", "9000"),
        ]);
        let since =
            families_served_between(&registry, None, date("2022-11-01"), date("2023-04-30"))
                .unwrap();
        assert!(since.stated && since.complete);
        assert_eq!(since.figures.served, count("более 40000"));
        assert_eq!(since.periods, [period("2022-11-01/2023-04-30")]);
    }

    #[test]
    fn between_sums_periods_inside_as_an_upper_bound() {
        let mut january = row(at(TULA_CENTRE), "2025-01", "10");
        january.appeals = count("25");
        let mut february = row(at(TULA_CENTRE), "2025-02", "12");
        february.appeals = count("30");
        let registry = registry(vec![
            january,
            february,
            row(at(TULA_CENTRE), "2025-03", "более 5"),
            // Overlaps January, which comes first: left out.
            row(at(TULA_CENTRE), "2025-01-15/2025-02-15", "7"),
        ]);
        let two = families_served_between(&registry, None, date("2025-01-01"), date("2025-02-28"))
            .unwrap();
        // The overlapping run of days is skipped; the same centre reported for the months taken.
        assert!(!two.stated && two.complete);
        assert_eq!(two.periods, [period("2025-01"), period("2025-02")]);
        assert_eq!(two.skipped, [period("2025-01-15/2025-02-15")]);
        assert_eq!(two.figures.served, count("до 22"));
        assert_eq!(two.figures.appeals, count("55"));
        let three =
            families_served_between(&registry, None, date("2025-01-01"), date("2025-03-31"))
                .unwrap();
        assert_eq!(three.figures.served, count("около 27"));
        let gap = families_served_between(&registry, None, date("2024-12-01"), date("2025-01-31"))
            .unwrap();
        assert!(!gap.complete);
        assert_eq!(gap.figures.served, count("10"));
        assert!(
            families_served_between(&registry, None, date("2024-01-01"), date("2024-12-31"))
                .is_none()
        );
        assert!(
            families_served_between(&registry, None, date("2025-02-01"), date("2025-01-01"))
                .is_none()
        );
    }

    #[test]
    fn places_reporting_periods_of_different_lengths_make_the_sum_incomplete() {
        let registry = registry(vec![
            row(at(TULA_CENTRE), "2025-Q1", "30"),
            row(at(IVANOVO_CENTRE), "2025-01", "5"),
            row(at(IVANOVO_CENTRE), "2025-02", "6"),
            row(at(IVANOVO_CENTRE), "2025-03", "7"),
        ]);
        let q1 = families_served_between(&registry, None, date("2025-01-01"), date("2025-03-31"))
            .unwrap();
        // The quarter is the stated figure for those days, but only Tula's: Ivanovo reported by
        // month, so its months are skipped and the figure is not complete.
        assert!(q1.stated && !q1.complete);
        assert_eq!(q1.skipped.len(), 3);
        let h1 = families_served_between(&registry, None, date("2025-01-01"), date("2025-06-30"))
            .unwrap();
        assert_eq!(h1.periods, [period("2025-Q1")]);
        assert_eq!(
            h1.skipped,
            [period("2025-01"), period("2025-02"), period("2025-03")]
        );
        assert!(!h1.complete);
    }

    #[test]
    fn by_period_kind_takes_own_rows_or_bounds_of_the_months() {
        let mut january = row(at(TULA_CENTRE), "2025-01", "10");
        january.appeals = count("25");
        let registry = registry(vec![
            january,
            row(at(TULA_CENTRE), "2025-02", "12"),
            row(at(TULA_CENTRE), "2025-Q2", "30"),
            row(at(TULA_CENTRE), "2025-05", "11"),
            row(at(TULA_CENTRE), "2024", "100"),
        ]);
        let families = super::super::families_served(&registry, None);
        let quarters: Vec<_> = families
            .by_period_kind(PeriodKind::Quarter)
            .into_iter()
            .map(|(p, b)| (p, b.figures.served, b.figures.appeals, b.stated, b.complete))
            .collect();
        assert_eq!(
            quarters,
            [
                (period("2025-Q1"), count("до 22"), count("25"), false, false),
                (period("2025-Q2"), count("30"), None, true, true),
            ]
        );
        let years: Vec<_> = families
            .by_period_kind(PeriodKind::Year)
            .into_iter()
            .map(|(p, b)| (p, b.figures.served))
            .collect();
        // 2025: Q2 (30) and its May overlap; the quarter comes first and is taken.
        assert_eq!(
            years,
            [
                (period("2024"), count("100")),
                (period("2025"), count("до 52"))
            ]
        );
        // A month is not estimated from the quarter holding it.
        let months: Vec<_> = families
            .by_period_kind(PeriodKind::Month)
            .into_iter()
            .map(|(p, _)| p)
            .collect();
        assert_eq!(
            months,
            [period("2025-01"), period("2025-02"), period("2025-05")]
        );
        assert_eq!(families.by_period_kind(PeriodKind::Days).len(), 5);
    }

    #[test]
    fn the_sample_has_no_cumulative_figures() {
        let registry = crate::sample::registry();
        assert!(
            families_served_between(&registry, None, date("2022-11-01"), date("2025-08-31"))
                .is_none()
        );
    }
}
