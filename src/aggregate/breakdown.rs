//! Families served by service and by category of families, and the share under social support.

use serde::Serialize;

use crate::records::{FamilyCategory, ServiceId, ServiceStatistics};
use crate::registry::Registry;
use crate::values::{RegionCode, ReportingPeriod};

use super::FamilyFigures;
use super::families::{Place, Tree};

/// The figures of one part (a service, or a category of families) in one period, for the whole
/// the rows were picked for.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let by_service = aggregate::families_by_service(&social_services::sample::registry(), None);
/// assert!(by_service.cells().is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BreakdownCell<K> {
    /// The service or the category.
    pub key: K,
    /// The period.
    pub period: ReportingPeriod,
    /// The figures; [`FamilyFigures::support_share`] is the share under social support.
    pub figures: FamilyFigures,
}

/// Families served broken down by one dimension — a service ([`FamiliesByService`]) or a
/// category of families ([`FamiliesByCategory`]) — and period, from the rows with exactly that
/// dimension set (a row for one service *and* one category is in neither).
///
/// The rule of [`FamiliesServed`](super::FamiliesServed) applies to each part and period: the
/// finest level present wins, so a service point's row and its institution's row for the same
/// service are not added together. A family counts in every category it belongs to, so the
/// parts may add up to more than the total. Partial results merge (associative and
/// commutative, the empty value as identity).
///
/// # Example
/// ```
/// use social_services::{records::{InstitutionId, InstitutionKind, Level, ServiceCategory, ServiceId, StatedCount, StatisticsScope}, Dataset, Institution, Registry, Service, ServiceStatistics};
/// use social_services::aggregate;
///
/// let (centre, nanny) = (InstitutionId::from_name("Семейный МФЦ № 1"), ServiceId::from_name("Социальная няня"));
/// let mut institution = Institution::new(centre, "Семейный МФЦ № 1", InstitutionKind::FamilyMfc, Level::Regional);
/// institution.opened = Some("2023".parse()?);
/// let mut row = ServiceStatistics::new(StatisticsScope::Institution(centre), "2025-H1".parse()?);
/// row.service = Some(nanny);
/// row.families_served = Some(StatedCount::exact(10));
/// let mut dataset = Dataset::new();
/// dataset.institutions.push(institution);
/// dataset.services.push(Service::new(nanny, "Социальная няня", ServiceCategory::ChildCare));
/// dataset.service_statistics.push(row);
/// let registry = Registry::new(dataset)?;
///
/// let by_service = aggregate::families_by_service(&registry, None);
/// assert_eq!(by_service.get(&nanny, &"2025-H1".parse()?).served, Some(StatedCount::exact(10)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamiliesBreakdown<K: Ord> {
    tree: Tree<K>,
}

/// Families served by service and period (see [`FamiliesBreakdown`]).
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let by_service = aggregate::families_by_service(&social_services::sample::registry(), None);
/// assert!(by_service.keys().is_empty());
/// ```
pub type FamiliesByService = FamiliesBreakdown<ServiceId>;

/// Families served by category of families and period (see [`FamiliesBreakdown`]).
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let by_category = aggregate::families_by_category(&social_services::sample::registry(), None);
/// assert!(by_category.cells().is_empty());
/// ```
pub type FamiliesByCategory = FamiliesBreakdown<FamilyCategory>;

impl<K: Ord> Default for FamiliesBreakdown<K> {
    /// The empty breakdown: the identity of [`FamiliesBreakdown::merge`].
    fn default() -> Self {
        Self {
            tree: Tree::default(),
        }
    }
}

impl FamiliesBreakdown<ServiceId> {
    /// Counts one row of the registry's statistics, if it is for one service and all families.
    ///
    /// # Panics
    /// When the row's scope names a service point, department or institution that `registry`
    /// does not hold.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamiliesByService;
    /// let registry = social_services::sample::registry();
    /// let mut by_service = FamiliesByService::default();
    /// for row in registry.service_statistics() {
    ///     by_service.add(&registry, row);
    /// }
    /// assert!(by_service.is_empty());
    /// ```
    pub fn add(&mut self, registry: &Registry, row: &ServiceStatistics) {
        if let (Some(service), None) = (row.service, &row.family_category) {
            self.tree.add(service, Place::of(registry, row.scope), row);
        }
    }
}

impl FamiliesBreakdown<FamilyCategory> {
    /// Counts one row of the registry's statistics, if it is for one category of families and
    /// all services.
    ///
    /// # Panics
    /// When the row's scope names a service point, department or institution that `registry`
    /// does not hold.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamiliesByCategory;
    /// let registry = social_services::sample::registry();
    /// let mut by_category = FamiliesByCategory::default();
    /// for row in registry.service_statistics() {
    ///     by_category.add(&registry, row);
    /// }
    /// assert!(by_category.is_empty());
    /// ```
    pub fn add(&mut self, registry: &Registry, row: &ServiceStatistics) {
        if let (None, Some(category)) = (row.service, &row.family_category) {
            self.tree
                .add(category.clone(), Place::of(registry, row.scope), row);
        }
    }
}

impl<K: Ord + Clone> FamiliesBreakdown<K> {
    /// Adds every row counted by another result (associative and commutative).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamiliesByCategory;
    /// let mut a = FamiliesByCategory::default();
    /// a.merge(FamiliesByCategory::default());
    /// assert!(a.is_empty());
    /// ```
    pub fn merge(&mut self, other: Self) {
        self.tree.merge(other.tree);
    }

    /// Whether no row was counted.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamiliesByService;
    /// assert!(FamiliesByService::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.tree.is_empty()
    }

    /// The figures of each part in each period, sorted by part then period.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamiliesByService;
    /// assert!(FamiliesByService::default().cells().is_empty());
    /// ```
    pub fn cells(&self) -> Vec<BreakdownCell<K>> {
        self.tree
            .resolved()
            .map(|(key, &period, resolved)| BreakdownCell {
                key: key.clone(),
                period,
                figures: resolved.total,
            })
            .collect()
    }

    /// The parts with rows, sorted.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::FamiliesByCategory;
    /// assert!(FamiliesByCategory::default().keys().is_empty());
    /// ```
    pub fn keys(&self) -> Vec<K> {
        let mut keys: Vec<K> = self.tree.keys().map(|(key, _)| key.clone()).collect();
        keys.dedup();
        keys
    }

    /// The figures of one part in one period; all `None` when no row is for it.
    ///
    /// # Example
    /// ```
    /// use social_services::records::FamilyCategory;
    /// use social_services::aggregate::FamiliesByCategory;
    /// assert!(FamiliesByCategory::default().get(&FamilyCategory::LargeFamily, &"2025".parse()?).is_empty());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn get(&self, key: &K, period: &ReportingPeriod) -> FamilyFigures {
        self.tree.get(key.clone(), *period).total
    }
}

impl<K: Ord + Clone + Serialize> Serialize for FamiliesBreakdown<K> {
    /// As its cells: `{"cells": [{"key", "period", "figures"}, …]}`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Form<K> {
            cells: Vec<BreakdownCell<K>>,
        }
        Form {
            cells: self.cells(),
        }
        .serialize(serializer)
    }
}

/// Families served by service and period in the network (`region` `None`) or one federal
/// subject, by the finest-level-wins rule.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// assert!(aggregate::families_by_service(&social_services::sample::registry(), None).is_empty());
/// ```
pub fn families_by_service(registry: &Registry, region: Option<RegionCode>) -> FamiliesByService {
    let mut by_service = FamiliesByService::default();
    for row in registry.service_statistics() {
        if let (Some(service), None) = (row.service, &row.family_category) {
            let place = Place::of(registry, row.scope);
            if place.is_in(region) {
                by_service.tree.add(service, place, row);
            }
        }
    }
    by_service
}

/// Families served by category of families and period in the network (`region` `None`) or one
/// federal subject, by the finest-level-wins rule.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// assert!(aggregate::families_by_category(&social_services::sample::registry(), Some("37".parse()?)).is_empty());
/// # Ok::<(), social_services::ValueError>(())
/// ```
pub fn families_by_category(registry: &Registry, region: Option<RegionCode>) -> FamiliesByCategory {
    let mut by_category = FamiliesByCategory::default();
    for row in registry.service_statistics() {
        if let (None, Some(category)) = (row.service, &row.family_category) {
            let place = Place::of(registry, row.scope);
            if place.is_in(region) {
                by_category.tree.add(category.clone(), place, row);
            }
        }
    }
    by_category
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::aggregate::families::fixture::{
        TULA_CENTRE, institution, nanny, point, registry, row, rows,
    };
    use crate::records::{StatedCount, StatisticsScope};

    #[allow(clippy::unnecessary_wraps)] // reads as the optional figure it stands for
    fn count(s: &str) -> Option<StatedCount> {
        Some(s.parse().unwrap())
    }
    fn period(s: &str) -> ReportingPeriod {
        s.parse().unwrap()
    }
    fn for_service(mut row: ServiceStatistics) -> ServiceStatistics {
        row.service = Some(nanny());
        row
    }
    fn for_category(mut row: ServiceStatistics, category: FamilyCategory) -> ServiceStatistics {
        row.family_category = Some(category);
        row
    }

    #[test]
    fn a_service_point_wins_over_its_institution_for_the_same_service() {
        let centre = StatisticsScope::Institution(institution(TULA_CENTRE));
        let mut own = for_service(row(centre, "2025-H1", "10"));
        own.families_supported = count("4");
        let registry = registry(vec![
            own,
            for_service(row(StatisticsScope::ServicePoint(point(0)), "2025-H1", "6")),
            row(centre, "2025-H1", "100"),
        ]);
        let by_service = families_by_service(&registry, None);
        let figures = by_service.get(&nanny(), &period("2025-H1"));
        assert_eq!(figures.served, count("6"));
        assert_eq!(figures.supported, None);
        assert_eq!(by_service.keys(), [nanny()]);
    }

    #[test]
    fn the_share_under_social_support_is_per_service() {
        let centre = StatisticsScope::Institution(institution(TULA_CENTRE));
        let mut own = for_service(row(centre, "2025-H1", "10"));
        own.families_supported = count("4");
        let by_service = families_by_service(&registry(vec![own]), None);
        let cell = &by_service.cells()[0];
        assert_eq!((cell.key, cell.period), (nanny(), period("2025-H1")));
        assert_eq!(cell.figures.support_share(), Some(0.4));
    }

    #[test]
    fn categories_are_kept_apart_and_rows_of_both_dimensions_are_in_neither() {
        let centre = StatisticsScope::Institution(institution(TULA_CENTRE));
        let mut both = for_category(row(centre, "2025", "3"), FamilyCategory::LowIncome);
        both.service = Some(nanny());
        let registry = registry(vec![
            for_category(row(centre, "2025", "20"), FamilyCategory::LargeFamily),
            for_category(row(centre, "2025", "5"), FamilyCategory::LowIncome),
            both,
            for_category(
                row(StatisticsScope::Region("37".parse().unwrap()), "2025", "7"),
                FamilyCategory::LargeFamily,
            ),
        ]);
        let by_category = families_by_category(&registry, None);
        let cells: Vec<_> = by_category
            .cells()
            .into_iter()
            .map(|c| (c.key, c.figures.served))
            .collect();
        assert_eq!(
            cells,
            [
                (FamilyCategory::LargeFamily, count("27")),
                (FamilyCategory::LowIncome, count("5")),
            ]
        );
        let ivanovo = families_by_category(&registry, Some("37".parse().unwrap()));
        assert_eq!(ivanovo.keys(), [FamilyCategory::LargeFamily]);
        assert!(families_by_service(&registry, None).is_empty());
    }

    #[test]
    fn the_sample_has_no_breakdowns() {
        let registry = crate::sample::registry();
        assert!(families_by_service(&registry, None).cells().is_empty());
        assert!(families_by_category(&registry, None).cells().is_empty());
    }

    fn by_service(rows: &[ServiceStatistics]) -> FamiliesByService {
        let registry = registry(Vec::new());
        let mut b = FamiliesByService::default();
        for row in rows {
            b.add(&registry, row);
        }
        b
    }

    fn by_category(rows: &[ServiceStatistics]) -> FamiliesByCategory {
        let registry = registry(Vec::new());
        let mut b = FamiliesByCategory::default();
        for row in rows {
            b.add(&registry, row);
        }
        b
    }

    proptest! {
        #[test]
        fn split_then_merge_equals_whole(rows in rows(), at in 0usize..24) {
            let at = at.min(rows.len());
            let mut services = by_service(&rows[..at]);
            services.merge(by_service(&rows[at..]));
            prop_assert_eq!(services, by_service(&rows));
            let mut categories = by_category(&rows[..at]);
            categories.merge(by_category(&rows[at..]));
            prop_assert_eq!(categories, by_category(&rows));
        }

        #[test]
        fn merge_is_commutative_and_associative(a in rows(), b in rows(), c in rows()) {
            let mut ab = by_category(&a);
            ab.merge(by_category(&b));
            let mut ba = by_category(&b);
            ba.merge(by_category(&a));
            prop_assert_eq!(&ab, &ba);
            ab.merge(by_category(&c));
            let mut bc = by_category(&b);
            bc.merge(by_category(&c));
            let mut right = by_category(&a);
            right.merge(bc);
            prop_assert_eq!(ab, right);
            let mut with_empty = by_service(&a);
            with_empty.merge(FamiliesByService::default());
            prop_assert_eq!(with_empty, by_service(&a));
        }
    }
}
