//! Rows of statistics placed in the hierarchy country → region → institution → department →
//! service point, and the finest-level-wins resolution of their figures.

use std::collections::BTreeMap;

use crate::records::{DepartmentId, InstitutionId, ServiceStatistics, StatisticsScope};
use crate::registry::Registry;
use crate::values::{RegionCode, ReportingPeriod};

use super::FamilyFigures;

/// Where a row of statistics sits: the country, a region, an institution (with its region), a
/// department of an institution, or the service points of an institution — those of one of its
/// departments, or those run by no department (rows of the points of one department, or of the
/// points without one, are summed: they are disjoint parts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Place {
    Country,
    Region(RegionCode),
    Institution(Option<RegionCode>, InstitutionId),
    Department(Option<RegionCode>, InstitutionId, DepartmentId),
    Points(Option<RegionCode>, InstitutionId, Option<DepartmentId>),
}

impl Place {
    /// The place of a scope of one of the registry's rows.
    ///
    /// Panics when the scope names a point, department or institution the registry does not
    /// hold.
    pub(crate) fn of(registry: &Registry, scope: StatisticsScope) -> Self {
        let region_of = |id: InstitutionId| {
            registry
                .institution(id)
                .unwrap_or_else(|| panic!("institution {id} of a row from another registry"))
                .region
        };
        match scope {
            StatisticsScope::Country => Self::Country,
            StatisticsScope::Region(region) => Self::Region(region),
            StatisticsScope::Institution(id) => Self::Institution(region_of(id), id),
            StatisticsScope::ServicePoint(id) => {
                let point = registry
                    .service_point(id)
                    .unwrap_or_else(|| panic!("service point {id} of a row from another registry"));
                Self::Points(
                    region_of(point.institution),
                    point.institution,
                    point.department,
                )
            }
            StatisticsScope::Department(id) => {
                let (institution, _) = registry
                    .department(id)
                    .unwrap_or_else(|| panic!("department {id} of a row from another registry"));
                Self::Department(institution.region, institution.id, id)
            }
        }
    }

    /// Whether the place is inside `region` (`None`: the whole network, where every place is).
    pub(crate) fn is_in(self, region: Option<RegionCode>) -> bool {
        let Some(of) = region else {
            return true;
        };
        match self {
            Self::Region(r)
            | Self::Institution(Some(r), _)
            | Self::Department(Some(r), ..)
            | Self::Points(Some(r), ..) => r == of,
            Self::Country
            | Self::Institution(None, _)
            | Self::Department(None, ..)
            | Self::Points(None, ..) => false,
        }
    }
}

/// The figures of one key and period, resolved by the finest-level-wins rule.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Resolved {
    /// The figure of each region with one; under `None` what belongs to no region (the
    /// institutions without a region, or the country's own row when nothing finer reports).
    /// The cells partition the total.
    pub(crate) cells: BTreeMap<Option<RegionCode>, FamilyFigures>,
    /// The whole: the sum of the cells.
    pub(crate) total: FamilyFigures,
    /// Whether the `None` cell is the country's own row (nothing finer reported), rather than
    /// the institutions without a region.
    pub(crate) country: bool,
}

/// The rows of one institution: its own, its departments' (each with its own row and the sum
/// of its points' rows), and the sum of the rows of its points run by no department.
#[derive(Default)]
struct InstitutionRows {
    own: Option<FamilyFigures>,
    departments: BTreeMap<DepartmentId, (Option<FamilyFigures>, Option<FamilyFigures>)>,
    loose_points: Option<FamilyFigures>,
}

impl InstitutionRows {
    /// The institution's figure, finest level first: a department is its points' sum when they
    /// report, else its own row; the institution is the sum of its departments and loose
    /// points when any report, else its own row.
    fn resolve(self) -> Option<FamilyFigures> {
        let mut parts: Option<FamilyFigures> = self.loose_points;
        for (own, points) in self.departments.into_values() {
            if let Some(figures) = points.or(own) {
                parts.get_or_insert_default().merge(figures);
            }
        }
        parts.or(self.own)
    }
}

/// Resolves the rows of one key and period.
pub(crate) fn resolve(places: &BTreeMap<Place, FamilyFigures>) -> Resolved {
    let mut institutions: BTreeMap<(Option<RegionCode>, InstitutionId), InstitutionRows> =
        BTreeMap::new();
    let mut region_rows = BTreeMap::new();
    let mut country = None;
    for (&place, &figures) in places {
        match place {
            Place::Country => country = Some(figures),
            Place::Region(region) => {
                region_rows.insert(region, figures);
            }
            Place::Institution(region, id) => {
                institutions.entry((region, id)).or_default().own = Some(figures);
            }
            Place::Department(region, id, department) => {
                let rows = institutions.entry((region, id)).or_default();
                rows.departments.entry(department).or_default().0 = Some(figures);
            }
            Place::Points(region, id, Some(department)) => {
                let rows = institutions.entry((region, id)).or_default();
                rows.departments.entry(department).or_default().1 = Some(figures);
            }
            Place::Points(region, id, None) => {
                institutions.entry((region, id)).or_default().loose_points = Some(figures);
            }
        }
    }
    let mut cells: BTreeMap<Option<RegionCode>, FamilyFigures> = BTreeMap::new();
    for ((region, _), rows) in institutions {
        if let Some(figures) = rows.resolve() {
            cells.entry(region).or_default().merge(figures);
        }
    }
    for (region, figures) in region_rows {
        cells.entry(Some(region)).or_insert(figures);
    }
    let mut from_country = false;
    if cells.is_empty()
        && let Some(figures) = country
    {
        cells.insert(None, figures);
        from_country = true;
    }
    let mut total = FamilyFigures::default();
    for figures in cells.values() {
        total.merge(*figures);
    }
    Resolved {
        cells,
        total,
        country: from_country,
    }
}

/// Rows of statistics by key (a service, a category, or nothing for totals) and period, each
/// placed in the hierarchy; rows of one key, period and place are summed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tree<K: Ord> {
    rows: BTreeMap<(K, ReportingPeriod), BTreeMap<Place, FamilyFigures>>,
}

impl<K: Ord> Default for Tree<K> {
    fn default() -> Self {
        Self {
            rows: BTreeMap::new(),
        }
    }
}

impl<K: Ord + Clone> Tree<K> {
    /// Adds the figures of one row under `key`.
    pub(crate) fn add(&mut self, key: K, place: Place, row: &ServiceStatistics) {
        self.rows
            .entry((key, row.period))
            .or_default()
            .entry(place)
            .or_default()
            .add(row);
    }

    /// Adds every row of another tree (associative and commutative).
    pub(crate) fn merge(&mut self, other: Self) {
        for (key, places) in other.rows {
            let mine = self.rows.entry(key).or_default();
            for (place, figures) in places {
                mine.entry(place).or_default().merge(figures);
            }
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Every key and period with rows, sorted, each resolved.
    pub(crate) fn resolved(&self) -> impl Iterator<Item = (&K, &ReportingPeriod, Resolved)> {
        self.rows
            .iter()
            .map(|((key, period), places)| (key, period, resolve(places)))
    }

    /// One key and period, resolved (empty when it has no rows).
    pub(crate) fn get(&self, key: K, period: ReportingPeriod) -> Resolved {
        self.rows
            .get(&(key, period))
            .map(resolve)
            .unwrap_or_default()
    }

    /// The keys and periods with rows, sorted.
    pub(crate) fn keys(&self) -> impl Iterator<Item = &(K, ReportingPeriod)> {
        self.rows.keys()
    }
}
