//! Families served: by region and period, with the stated qualifiers carried through, never
//! counting a service point and its institution (or an institution and its region) twice.

mod tree;

use chrono::NaiveDate;
use serde::Serialize;

use crate::records::{Qualifier, ServiceStatistics, StatedCount};
use crate::registry::Registry;
use crate::values::{RegionCode, ReportingPeriod};

use super::StatedTotal;

pub(crate) use tree::{Place, Tree};

/// The three figures of a row of service statistics, or their sum over rows: families served,
/// families under social support, appeals — each `None` when no row states it.
///
/// Sums keep the qualifiers as [`StatedTotal`] does (`более 40000` + `1000` = `более 41000`).
/// A figure that some rows state and others do not is the sum of the rows that state it.
///
/// # Example
/// ```
/// use social_services::{ServiceStatistics, StatedCount, StatisticsScope};
/// use social_services::aggregate::FamilyFigures;
///
/// let mut h1 = ServiceStatistics::new(StatisticsScope::Country, "2025-H1".parse()?);
/// h1.families_served = Some("почти 150 тыс.".parse()?);
/// h1.families_supported = Some("более 38 тыс.".parse()?);
/// let mut figures = FamilyFigures::default();
/// figures.add(&h1);
/// assert_eq!(figures.served.unwrap().to_string(), "почти 150000");
/// assert!(figures.appeals.is_none());
/// assert!((figures.support_share().unwrap() - 38.0 / 150.0).abs() < 1e-12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
pub struct FamilyFigures {
    /// Families that got help.
    pub served: Option<StatedCount>,
    /// Of those, families under social support (социальное сопровождение).
    pub supported: Option<StatedCount>,
    /// Appeals (one family may appeal several times).
    pub appeals: Option<StatedCount>,
}

/// The sum of two optional stated counts: `None` is the identity.
fn sum(a: Option<StatedCount>, b: Option<StatedCount>) -> Option<StatedCount> {
    match (a, b) {
        (Some(a), Some(b)) => {
            let mut total = StatedTotal::from(a);
            total.add(b);
            Some(total.total())
        }
        (a, b) => a.or(b),
    }
}

impl FamilyFigures {
    /// Adds the figures of one row (whatever its scope, period or breakdown: the caller picks
    /// the rows that belong together).
    ///
    /// # Example
    /// ```
    /// use social_services::{ServiceStatistics, StatedCount, StatisticsScope};
    /// use social_services::aggregate::FamilyFigures;
    /// let mut row = ServiceStatistics::new(StatisticsScope::Country, "2024".parse()?);
    /// row.appeals = Some(StatedCount::exact(30));
    /// let mut figures = FamilyFigures::default();
    /// figures.add(&row);
    /// figures.add(&row);
    /// assert_eq!(figures.appeals, Some(StatedCount::exact(60)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add(&mut self, row: &ServiceStatistics) {
        self.merge(Self {
            served: row.families_served,
            supported: row.families_supported,
            appeals: row.appeals,
        });
    }

    /// Adds the figures of another sum (associative and commutative, the default as identity).
    ///
    /// # Example
    /// ```
    /// use social_services::StatedCount;
    /// use social_services::aggregate::FamilyFigures;
    /// let mut a = FamilyFigures { served: Some(StatedCount::more_than(40_000)), ..FamilyFigures::default() };
    /// a.merge(FamilyFigures { served: Some(StatedCount::exact(1_000)), ..FamilyFigures::default() });
    /// assert_eq!(a.served.unwrap().to_string(), "более 41000");
    /// ```
    pub fn merge(&mut self, other: FamilyFigures) {
        self.served = sum(self.served, other.served);
        self.supported = sum(self.supported, other.supported);
        self.appeals = sum(self.appeals, other.appeals);
    }

    /// The share of the families served that are under social support, from the numbers as
    /// stated (`более 38000` of `почти 150000` is 38000 / 150000); `None` when either figure is
    /// missing or no family is served.
    ///
    /// # Example
    /// ```
    /// use social_services::StatedCount;
    /// use social_services::aggregate::FamilyFigures;
    /// let f = FamilyFigures { served: Some(StatedCount::exact(200)), supported: Some(StatedCount::exact(50)), appeals: None };
    /// assert_eq!(f.support_share(), Some(0.25));
    /// assert_eq!(FamilyFigures::default().support_share(), None);
    /// ```
    pub fn support_share(&self) -> Option<f64> {
        let (served, supported) = (self.served?, self.supported?);
        // Counts of families are far below 2^52: the conversion is exact.
        #[allow(clippy::cast_precision_loss)]
        (served.value() > 0).then(|| supported.value() as f64 / served.value() as f64)
    }

    /// Whether no figure is stated.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamilyFigures;
    /// assert!(FamilyFigures::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.served.is_none() && self.supported.is_none() && self.appeals.is_none()
    }

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
        }
    }
}

/// The figures of one region (or of what belongs to no region) in one period.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let families = aggregate::families_served(&social_services::sample::registry(), None);
/// assert!(families.cells().is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FamiliesCell {
    /// The period.
    pub period: ReportingPeriod,
    /// The federal subject; `None` for what belongs to no subject: the country's own row when
    /// nothing finer reports for the period, and institutions without a region.
    pub region: Option<RegionCode>,
    /// The figures.
    pub figures: FamilyFigures,
}

/// Families served by region and period, from the total rows of service statistics (rows with
/// neither a service nor a family category).
///
/// **The finest level present wins.** Figures are never added across levels for the same
/// families: for a period, an institution's figure is the sum of the rows of its service points
/// and departments when any of them reports for that period, else the institution's own row; a
/// region's figure is the sum of its institutions' figures when any of them has one, else the
/// region's own row; the country's figure is the sum of the regions' (and of institutions
/// without a region) when any has one, else the country's own row. A service point or a
/// department belongs to its institution, an institution to its `region`. Rows of different
/// periods are never mixed: a month, a quarter and a year are separate cells, since families
/// are distinct families and a family that came in March and in May is one family of the
/// half-year.
///
/// The cells of a period partition its total: [`FamiliesServed::for_period`] is the sum of the
/// period's [`FamiliesServed::cells`]. Partial results merge (associative and commutative, the
/// empty value as identity), so rows split across shards give the same answer.
///
/// # Example
/// ```
/// use social_services::{Dataset, Institution, InstitutionId, InstitutionKind, Level, Registry, ServiceStatistics, StatedCount, StatisticsScope};
/// use social_services::aggregate;
///
/// let centre = InstitutionId::from_name("Семейный МФЦ № 1");
/// let mut institution = Institution::new(centre, "Семейный МФЦ № 1", InstitutionKind::FamilyMfc, Level::Regional);
/// institution.region = Some("71".parse()?);
/// institution.opened = Some("2023".parse()?);
/// let mut own = ServiceStatistics::new(StatisticsScope::Institution(centre), "2025-H1".parse()?);
/// own.families_served = Some(StatedCount::exact(1200));
/// let mut region = ServiceStatistics::new(StatisticsScope::Region("71".parse()?), "2025-H1".parse()?);
/// region.families_served = Some(StatedCount::exact(5000));
/// let mut dataset = Dataset::new();
/// dataset.institutions.push(institution);
/// dataset.service_statistics.extend([own, region]);
/// let registry = Registry::new(dataset)?;
///
/// let families = aggregate::families_served(&registry, None);
/// // The institution reports, so the region's own row is not added on top of it.
/// assert_eq!(families.for_period(&"2025-H1".parse()?).served, Some(StatedCount::exact(1200)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FamiliesServed {
    tree: Tree<()>,
}

impl FamiliesServed {
    /// Counts one row of the registry's statistics, if it is a total row (rows for one service
    /// or one category of families are left out).
    ///
    /// # Panics
    /// When the row's scope names a service point, department or institution that `registry`
    /// does not hold (a row of the registry always names one it holds).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamiliesServed;
    /// let registry = social_services::sample::registry();
    /// let mut families = FamiliesServed::default();
    /// for row in registry.service_statistics() {
    ///     families.add(&registry, row);
    /// }
    /// assert!(families.is_empty());
    /// ```
    pub fn add(&mut self, registry: &Registry, row: &ServiceStatistics) {
        if row.is_total() {
            self.tree.add((), Place::of(registry, row.scope), row);
        }
    }

    /// Adds every row counted by another result (associative and commutative).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamiliesServed;
    /// let mut a = FamiliesServed::default();
    /// a.merge(FamiliesServed::default());
    /// assert!(a.is_empty());
    /// ```
    pub fn merge(&mut self, other: FamiliesServed) {
        self.tree.merge(other.tree);
    }

    /// Whether no row was counted.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamiliesServed;
    /// assert!(FamiliesServed::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.tree.is_empty()
    }

    /// The periods with rows, sorted (by first day, longer periods first).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamiliesServed;
    /// assert!(FamiliesServed::default().periods().is_empty());
    /// ```
    pub fn periods(&self) -> Vec<ReportingPeriod> {
        self.tree.keys().map(|&((), period)| period).collect()
    }

    /// The figures of each region in each period, sorted by period then region (`None`, what
    /// belongs to no region, first).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamiliesServed;
    /// assert!(FamiliesServed::default().cells().is_empty());
    /// ```
    pub fn cells(&self) -> Vec<FamiliesCell> {
        self.tree
            .resolved()
            .flat_map(|((), &period, resolved)| {
                resolved
                    .cells
                    .into_iter()
                    .map(move |(region, figures)| FamiliesCell {
                        period,
                        region,
                        figures,
                    })
            })
            .collect()
    }

    /// The figures of the whole (of the network, or of the region the rows were picked for) in
    /// one period; all `None` when no row is for that period.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamiliesServed;
    /// assert!(FamiliesServed::default().for_period(&"2025-H1".parse()?).is_empty());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn for_period(&self, period: &ReportingPeriod) -> FamilyFigures {
        self.tree.get((), *period).total
    }

    /// The figures of one region (`None`: what belongs to no region) in one period.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamiliesServed;
    /// assert!(FamiliesServed::default().get(Some("71".parse()?), &"2025".parse()?).is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn get(&self, region: Option<RegionCode>, period: &ReportingPeriod) -> FamilyFigures {
        self.tree
            .get((), *period)
            .cells
            .get(&region)
            .copied()
            .unwrap_or_default()
    }

    /// The federal subjects with a figure for the period, sorted.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamiliesServed;
    /// assert!(FamiliesServed::default().regions_reporting(&"2025".parse()?).is_empty());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn regions_reporting(&self, period: &ReportingPeriod) -> Vec<RegionCode> {
        self.tree
            .get((), *period)
            .cells
            .into_keys()
            .flatten()
            .collect()
    }

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
    /// cover every day.
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
                stated: true,
                complete: true,
            });
        }
        let mut taken: Vec<ReportingPeriod> = Vec::new();
        for period in periods {
            let inside = since <= period.first_day() && period.last_day() <= until;
            let clear = taken
                .last()
                .is_none_or(|last| last.last_day() < period.first_day());
            if inside && clear {
                taken.push(period);
            }
        }
        let (first, last) = (taken.first()?, taken.last()?);
        let contiguous = taken
            .windows(2)
            .all(|w| w[0].last_day().succ_opt() == Some(w[1].first_day()));
        let complete = contiguous && first.first_day() == since && last.last_day() == until;
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
            stated: false,
            complete,
        })
    }
}

impl Serialize for FamiliesServed {
    /// As its cells: `{"cells": [{"period", "region", "figures"}, …]}`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Form {
            cells: Vec<FamiliesCell>,
        }
        Form {
            cells: self.cells(),
        }
        .serialize(serializer)
    }
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
    /// Whether the figures are the rows' own for exactly these days (not a sum).
    pub stated: bool,
    /// Whether the periods taken cover every day from `since` to `until`.
    pub complete: bool,
}

/// Families served by region and period in the whole network (`region` `None`) or in one
/// federal subject, by the finest-level-wins rule of [`FamiliesServed`]. For one subject, the
/// rows of its own scope, its institutions, their service points and departments count; the
/// country's rows do not.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// // The sample states no statistics: the result is empty, not zeros.
/// let families = aggregate::families_served(&social_services::sample::registry(), None);
/// assert!(families.is_empty() && families.periods().is_empty());
/// ```
pub fn families_served(registry: &Registry, region: Option<RegionCode>) -> FamiliesServed {
    let mut families = FamiliesServed::default();
    for row in registry.service_statistics().filter(|r| r.is_total()) {
        let place = Place::of(registry, row.scope);
        if place.is_in(region) {
            families.tree.add((), place, row);
        }
    }
    families
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
