//! Families served: by region and period, with the stated qualifiers carried through, never
//! counting a service point and its institution (or an institution and its region) twice.

mod between;
#[cfg(test)]
pub(crate) mod fixture;
mod tree;

use serde::Serialize;

use crate::records::{ServiceStatistics, StatedCount};
use crate::registry::Registry;
use crate::values::{RegionCode, ReportingPeriod};

use super::StatedTotal;

pub use between::{FamiliesBetween, families_served_between};
pub(crate) use tree::{Place, Tree};

/// The three figures of a row of service statistics, or their sum over rows: families served,
/// families under social support, appeals — each `None` when no row states it.
///
/// Sums keep the qualifiers as [`StatedTotal`] does (`более 40000` + `1000` = `более 41000`).
/// A figure that some rows state and others do not is the sum of the rows that state it.
///
/// # Example
/// ```
/// use social_services::{records::{StatedCount, StatisticsScope}, ServiceStatistics};
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
    /// Families served at the places whose rows state the families under social support: the
    /// base of [`FamilyFigures::support_share`]. `None` when no row states the support figure,
    /// or when one states it without the families served (the share is then unknown).
    pub support_base: Option<StatedCount>,
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
    /// use social_services::{records::{StatedCount, StatisticsScope}, ServiceStatistics};
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
            support_base: row.families_supported.and(row.families_served),
        });
    }

    /// Adds the figures of another sum (associative and commutative, the default as identity).
    ///
    /// # Example
    /// ```
    /// use social_services::records::StatedCount;
    /// use social_services::aggregate::FamilyFigures;
    /// let mut a = FamilyFigures { served: Some(StatedCount::more_than(40_000)), ..FamilyFigures::default() };
    /// a.merge(FamilyFigures { served: Some(StatedCount::exact(1_000)), ..FamilyFigures::default() });
    /// assert_eq!(a.served.unwrap().to_string(), "более 41000");
    /// ```
    pub fn merge(&mut self, other: FamilyFigures) {
        self.support_base = match (self.supported.is_some(), other.supported.is_some()) {
            (false, false) => None,
            (true, false) => self.support_base,
            (false, true) => other.support_base,
            // A part that states the support figure without its base leaves the share unknown.
            (true, true) => match (self.support_base, other.support_base) {
                (Some(_), Some(_)) => sum(self.support_base, other.support_base),
                _ => None,
            },
        };
        self.served = sum(self.served, other.served);
        self.supported = sum(self.supported, other.supported);
        self.appeals = sum(self.appeals, other.appeals);
    }

    /// The share of the families served that are under social support, from the numbers as
    /// stated (`более 38000` of `почти 150000` is 38000 / 150000), over the places that state
    /// both figures ([`FamilyFigures::support_base`]): a centre that states only the families
    /// served does not dilute the share of one that states both. `None` when no place states
    /// both, a place states the support figure alone, or no family is served.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{StatedCount, StatisticsScope}, ServiceStatistics};
    /// use social_services::aggregate::FamilyFigures;
    ///
    /// let mut tula = ServiceStatistics::new(StatisticsScope::Region("71".parse()?), "2025".parse()?);
    /// tula.families_served = Some(StatedCount::exact(200));
    /// tula.families_supported = Some(StatedCount::exact(50));
    /// let mut ivanovo = ServiceStatistics::new(StatisticsScope::Region("37".parse()?), "2025".parse()?);
    /// ivanovo.families_served = Some(StatedCount::exact(800));
    /// let mut figures = FamilyFigures::default();
    /// figures.add(&tula);
    /// figures.add(&ivanovo);
    /// assert_eq!(figures.served, Some(StatedCount::exact(1000)));
    /// assert_eq!(figures.support_share(), Some(0.25)); // 50 of Tula's 200, not of 1000
    /// assert_eq!(FamilyFigures::default().support_share(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn support_share(&self) -> Option<f64> {
        let (served, supported) = (self.support_base?, self.supported?);
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
    /// Whether the figures are the country's own row (the `None` cell when nothing finer
    /// reports for the period), rather than those of institutions without a region.
    pub country: bool,
}

/// Families served by region and period, from the total rows of service statistics (rows with
/// neither a service nor a family category).
///
/// **The finest level present wins.** Figures are never added across levels for the same
/// families: for a period, a department's figure is the sum of the rows of its service points
/// when any of them reports, else the department's own row; an institution's figure is the sum
/// of its departments' figures and of the rows of its service points run by no department when
/// any of them reports, else the institution's own row; a region's figure is the sum of its institutions' figures when any of them has one, else the
/// region's own row; the country's figure is the sum of the regions' (and of institutions
/// without a region) when any has one, else the country's own row. A service point belongs to
/// its department when it names one, else to its institution; a department to its institution;
/// an institution to its `region`. Rows of different
/// periods are never mixed: a month, a quarter and a year are separate cells, since families
/// are distinct families and a family that came in March and in May is one family of the
/// half-year. For a cumulative figure or coarser periods, see [`FamiliesServed::between`] and
/// [`FamiliesServed::by_period_kind`].
///
/// Consequences worth knowing: when only some institutions of a region report for a period,
/// the region's figure is their sum, and the region's own (larger) row is not shown — the rule
/// prefers what can be traced to its parts; likewise a КЦСОН that reports both its own total
/// and its family-MFC department's figure counts as the department's figure (the families the
/// rest of the КЦСОН served are not families of the family MFC, and the department's row is the
/// finer one); and a figure that only some of the winning rows state (appeals, say) is the sum
/// of those that state it — the share under social support is therefore taken only over the
/// places that state both figures ([`FamilyFigures::support_share`]).
///
/// The cells of a period partition its total: [`FamiliesServed::for_period`] is the sum of the
/// period's [`FamiliesServed::cells`]. Partial results merge (associative and commutative, the
/// empty value as identity), so rows split across shards give the same answer.
///
/// # Example
/// ```
/// use social_services::{records::{InstitutionId, InstitutionKind, Level, StatedCount, StatisticsScope}, Dataset, Institution, Registry, ServiceStatistics};
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
                let country = resolved.country;
                resolved
                    .cells
                    .into_iter()
                    .map(move |(region, figures)| FamiliesCell {
                        period,
                        region,
                        figures,
                        country: region.is_none() && country,
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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::fixture::{
        FEDERAL, IVANOVO_CENTRE, TULA_CENTRE, TULA_KCSON, department, institution, nanny, point,
        registry, row, rows,
    };
    use super::*;
    use crate::records::{FamilyCategory, StatisticsScope};

    #[allow(clippy::unnecessary_wraps)] // reads as the optional figure it stands for
    fn count(s: &str) -> Option<StatedCount> {
        Some(s.parse().unwrap())
    }
    fn period(s: &str) -> ReportingPeriod {
        s.parse().unwrap()
    }
    fn region(s: &str) -> RegionCode {
        s.parse().unwrap()
    }
    fn at(name: &str) -> StatisticsScope {
        StatisticsScope::Institution(institution(name))
    }

    #[test]
    fn service_points_win_over_their_institution() {
        let registry = registry(vec![
            row(at(TULA_CENTRE), "2025-H1", "100"),
            row(
                StatisticsScope::ServicePoint(point(0)),
                "2025-H1",
                "более 30",
            ),
            row(StatisticsScope::ServicePoint(point(1)), "2025-H1", "40"),
        ]);
        let families = families_served(&registry, None);
        assert_eq!(
            families.for_period(&period("2025-H1")).served,
            count("более 70")
        );
        assert_eq!(
            families.get(Some(region("71")), &period("2025-H1")).served,
            count("более 70")
        );
    }

    #[test]
    fn a_department_is_a_part_of_its_institution() {
        let registry = registry(vec![
            row(at(TULA_KCSON), "2025-H1", "50"),
            row(StatisticsScope::Department(department()), "2025-H1", "20"),
        ]);
        let families = families_served(&registry, None);
        assert_eq!(families.for_period(&period("2025-H1")).served, count("20"));
    }

    #[test]
    fn points_of_a_department_are_inside_it_and_other_points_beside_it() {
        let dept = StatisticsScope::Department(department());
        let h1 = period("2025-H1");
        // A point of the department is part of the department: its figure wins, not added.
        let registry1 = registry(vec![
            row(dept, "2025-H1", "20"),
            row(StatisticsScope::ServicePoint(point(2)), "2025-H1", "15"),
        ]);
        assert_eq!(
            families_served(&registry1, None).for_period(&h1).served,
            count("15")
        );
        // A point run by no department is a part of the institution beside the department.
        let registry2 = registry(vec![
            row(dept, "2025-H1", "20"),
            row(StatisticsScope::ServicePoint(point(3)), "2025-H1", "10"),
        ]);
        assert_eq!(
            families_served(&registry2, None).for_period(&h1).served,
            count("30")
        );
        // All of them and the institution's own row: the parts win over the institution.
        let registry3 = registry(vec![
            row(at(TULA_KCSON), "2025-H1", "50"),
            row(dept, "2025-H1", "20"),
            row(StatisticsScope::ServicePoint(point(2)), "2025-H1", "15"),
            row(StatisticsScope::ServicePoint(point(3)), "2025-H1", "10"),
        ]);
        assert_eq!(
            families_served(&registry3, None).for_period(&h1).served,
            count("25")
        );
    }

    #[test]
    fn institutions_win_over_their_region_and_regions_over_the_country() {
        let registry = registry(vec![
            row(at(TULA_CENTRE), "2025-H1", "70"),
            row(at(TULA_KCSON), "2025-H1", "20"),
            row(StatisticsScope::Region(region("71")), "2025-H1", "500"),
            row(StatisticsScope::Region(region("37")), "2025-H1", "300"),
            row(StatisticsScope::Country, "2025-H1", "почти 150000"),
        ]);
        let families = families_served(&registry, None);
        let h1 = period("2025-H1");
        assert_eq!(families.get(Some(region("71")), &h1).served, count("90"));
        assert_eq!(families.get(Some(region("37")), &h1).served, count("300"));
        assert_eq!(families.get(None, &h1), FamilyFigures::default());
        assert_eq!(families.for_period(&h1).served, count("390"));
        assert_eq!(
            families.regions_reporting(&h1),
            [region("37"), region("71")]
        );
    }

    #[test]
    fn the_country_row_counts_when_nothing_finer_reports() {
        let registry = registry(vec![
            row(StatisticsScope::Country, "2025-H1", "почти 150000"),
            row(at(TULA_CENTRE), "2025-Q1", "70"),
        ]);
        let families = families_served(&registry, None);
        assert_eq!(
            families.for_period(&period("2025-H1")).served,
            count("почти 150000")
        );
        assert_eq!(
            families.get(None, &period("2025-H1")).served,
            count("почти 150000")
        );
        assert!(families.regions_reporting(&period("2025-H1")).is_empty());
        let cells = families.cells();
        let h1 = cells
            .iter()
            .find(|c| c.period == period("2025-H1"))
            .unwrap();
        assert!(h1.country && h1.region.is_none());
        let federal = families_served(
            &super::fixture::registry(vec![row(at(FEDERAL), "2025-H1", "10")]),
            None,
        );
        assert!(
            !federal.cells()[0].country,
            "an institution without a region is not the country"
        );
    }

    #[test]
    fn institutions_without_a_region_count_for_the_country_only() {
        let registry = registry(vec![
            row(at(FEDERAL), "2025", "10"),
            row(at(IVANOVO_CENTRE), "2025", "5"),
            row(StatisticsScope::Country, "2025", "1000"),
        ]);
        let families = families_served(&registry, None);
        assert_eq!(families.get(None, &period("2025")).served, count("10"));
        assert_eq!(families.for_period(&period("2025")).served, count("15"));
        assert_eq!(families.regions_reporting(&period("2025")), [region("37")]);
    }

    #[test]
    fn rows_of_different_periods_are_never_mixed() {
        let registry = registry(vec![
            row(at(TULA_CENTRE), "2025-01", "10"),
            row(at(TULA_CENTRE), "2025-02", "12"),
            row(at(TULA_CENTRE), "2025-Q1", "15"),
        ]);
        let families = families_served(&registry, None);
        assert_eq!(
            families.periods(),
            [period("2025-Q1"), period("2025-01"), period("2025-02")]
        );
        assert_eq!(families.for_period(&period("2025-Q1")).served, count("15"));
        assert_eq!(families.for_period(&period("2025-01")).served, count("10"));
        let cells: Vec<_> = families.cells().iter().map(|c| c.period).collect();
        assert_eq!(cells, families.periods());
    }

    #[test]
    fn breakdown_rows_are_not_totals() {
        let mut by_service = row(at(TULA_CENTRE), "2025-H1", "10");
        by_service.service = Some(nanny());
        let mut by_category = row(at(TULA_CENTRE), "2025-H1", "20");
        by_category.family_category = Some(FamilyCategory::LargeFamily);
        let registry = registry(vec![by_service, by_category]);
        assert!(families_served(&registry, None).is_empty());
    }

    #[test]
    fn a_region_takes_its_own_rows_and_not_the_country() {
        let registry = registry(vec![
            row(StatisticsScope::ServicePoint(point(0)), "2025-H1", "30"),
            row(at(IVANOVO_CENTRE), "2025-H1", "5"),
            row(StatisticsScope::Country, "2024", "1000"),
        ]);
        let tula = families_served(&registry, Some(region("71")));
        assert_eq!(tula.periods(), [period("2025-H1")]);
        assert_eq!(tula.for_period(&period("2025-H1")).served, count("30"));
        assert!(families_served(&registry, Some(region("77"))).is_empty());
    }

    #[test]
    fn figures_keep_their_qualifiers_and_missing_figures_stay_missing() {
        let mut a = row(at(TULA_CENTRE), "2025", "более 40000");
        a.families_supported = count("до 100");
        let mut b = row(at(IVANOVO_CENTRE), "2025", "1000");
        b.appeals = count("3000");
        let families = families_served(&registry(vec![a, b]), None);
        let figures = families.for_period(&period("2025"));
        assert_eq!(figures.served, count("более 41000"));
        assert_eq!(figures.supported, count("до 100"));
        assert_eq!(figures.appeals, count("3000"));
        // The share is Tula's own: Ivanovo states no support figure to dilute it with.
        assert_eq!(figures.support_base, count("более 40000"));
    }

    #[test]
    fn support_share_is_from_the_stated_numbers() {
        let mut h1 = row(StatisticsScope::Country, "2025-H1", "почти 150000");
        h1.families_supported = count("более 38000");
        let mut f = FamilyFigures::default();
        f.add(&h1);
        assert!((f.support_share().unwrap() - 38_000.0 / 150_000.0).abs() < 1e-12);
        let none_served = FamilyFigures {
            support_base: count("0"),
            ..f
        };
        assert_eq!(none_served.support_share(), None);
        let unknown = FamilyFigures {
            supported: None,
            ..f
        };
        assert_eq!(unknown.support_share(), None);
    }

    #[test]
    fn a_support_figure_without_its_base_leaves_the_share_unknown() {
        let mut both = row(at(TULA_CENTRE), "2025", "200");
        both.families_supported = count("50");
        let mut alone = ServiceStatistics::new(at(IVANOVO_CENTRE), period("2025"));
        alone.families_supported = count("10");
        let figures =
            families_served(&registry(vec![both.clone(), alone]), None).for_period(&period("2025"));
        assert_eq!(figures.supported, count("60"));
        assert_eq!(figures.support_share(), None);
        let served_only = row(at(IVANOVO_CENTRE), "2025", "800");
        let figures =
            families_served(&registry(vec![both, served_only]), None).for_period(&period("2025"));
        assert_eq!(figures.served, count("1000"));
        assert_eq!(figures.support_share(), Some(0.25));
    }

    #[test]
    fn the_sample_has_no_statistics() {
        let registry = crate::sample::registry();
        let families = families_served(&registry, None);
        assert!(families.is_empty());
        assert!(families.cells().is_empty() && families.periods().is_empty());
        assert_eq!(serde_json::to_string(&families).unwrap(), r#"{"cells":[]}"#);
    }

    #[test]
    fn serialises_as_its_cells() {
        let families = families_served(
            &registry(vec![row(at(TULA_CENTRE), "2025-H1", "более 30")]),
            None,
        );
        assert_eq!(
            serde_json::to_string(&families).unwrap(),
            r#"{"cells":[{"period":"2025-H1","region":"71","figures":{"served":"более 30","supported":null,"appeals":null,"support_base":null},"country":false}]}"#
        );
    }

    fn served(rows: &[ServiceStatistics]) -> FamiliesServed {
        let registry = registry(Vec::new());
        let mut families = FamiliesServed::default();
        for row in rows {
            families.add(&registry, row);
        }
        families
    }

    proptest! {
        #[test]
        fn cells_partition_the_total(rows in rows()) {
            let families = served(&rows);
            for period in families.periods() {
                let mut sum = FamilyFigures::default();
                for cell in families.cells().iter().filter(|c| c.period == period) {
                    sum.merge(cell.figures);
                }
                prop_assert_eq!(sum, families.for_period(&period));
            }
        }

        #[test]
        fn split_then_merge_equals_whole(rows in rows(), at in 0usize..24) {
            let at = at.min(rows.len());
            let mut left = served(&rows[..at]);
            left.merge(served(&rows[at..]));
            prop_assert_eq!(left, served(&rows));
        }

        #[test]
        fn merge_is_commutative_with_the_empty_value_as_identity(a in rows(), b in rows()) {
            let mut ab = served(&a);
            ab.merge(served(&b));
            let mut ba = served(&b);
            ba.merge(served(&a));
            prop_assert_eq!(&ab, &ba);
            let mut with_empty = served(&a);
            with_empty.merge(FamiliesServed::default());
            prop_assert_eq!(with_empty, served(&a));
        }

        #[test]
        fn merge_is_associative(a in rows(), b in rows(), c in rows()) {
            let mut left = served(&a);
            left.merge(served(&b));
            left.merge(served(&c));
            let mut bc = served(&b);
            bc.merge(served(&c));
            let mut right = served(&a);
            right.merge(bc);
            prop_assert_eq!(left, right);
        }

        #[test]
        fn family_figures_merge_laws(a in rows(), b in rows(), c in rows()) {
            let sum = |rows: &[ServiceStatistics]| {
                let mut f = FamilyFigures::default();
                for row in rows {
                    f.add(row);
                }
                f
            };
            let mut ab = sum(&a);
            ab.merge(sum(&b));
            let mut ba = sum(&b);
            ba.merge(sum(&a));
            prop_assert_eq!(ab, ba);
            let whole: Vec<_> = a.iter().chain(&b).cloned().collect();
            prop_assert_eq!(ab, sum(&whole));
            let mut left = ab;
            left.merge(sum(&c));
            let mut bc = sum(&b);
            bc.merge(sum(&c));
            let mut right = sum(&a);
            right.merge(bc);
            prop_assert_eq!(left, right);
            let mut with_empty = sum(&a);
            with_empty.merge(FamilyFigures::default());
            prop_assert_eq!(with_empty, sum(&a));
        }
    }
}
