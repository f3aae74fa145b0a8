//! The network's growth: family MFCs open and regions covered at each date, openings and
//! closings per year.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::records::Institution;
use crate::registry::Registry;
use crate::values::{RegionCode, ReportingPeriod};

use super::institutions::centres_of;
use super::period::known_open_on;
use super::{Counter, RegionCounter};

/// Family MFCs open, and the federal subjects they are in, on one date.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let growth = aggregate::network_growth(&social_services::sample::registry(), None, &["2024-10-03".parse()?]);
/// assert_eq!(growth.points()[0].centres, 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct GrowthPoint {
    /// The date.
    pub date: NaiveDate,
    /// Family MFCs known to be open on it.
    pub centres: u64,
    /// Federal subjects with at least one of them.
    pub regions: u64,
}

/// The network of family MFCs over time: how many are open and in how many federal subjects at
/// each of a series of dates, and how many opened and closed each year.
///
/// A family MFC is an institution of kind family MFC or a family-MFC department of another
/// institution (as in [`FamilyMfcsByRegion`](super::FamilyMfcsByRegion)); a department takes
/// its institution's region. It counts as open on a date when **its opening date's last day is
/// on or before the date** — an opening known only to the year counts from 31 December, one
/// known to the month from the month's last day: only what is known to have opened is counted —
/// and it has not closed: a closing date counts from its first day, and a closing known only to
/// be no later than a date may have come on any day. A department closes with its institution
/// if that is earlier. Family MFCs without an opening date of their own — none, or only a bound
/// («не позднее 2023-05», «не ранее 2024»), which
/// [`network_history`](super::network_history) takes into its lower bound — are left out of the
/// points and the openings and counted in [`NetworkGrowth::without_opening_date`] (validation
/// warns of each one without any date, `family_mfc.no_opening_date`); closings count every
/// closing on a day, month or year stated (not a bound, whose year is not known).
///
/// Partial results for the same dates merge (associative and commutative, the empty value as
/// identity).
///
/// # Example
/// ```
/// use social_services::{records::{InstitutionId, InstitutionKind, Level}, Dataset, Institution, Registry};
/// use social_services::aggregate;
///
/// let mut dataset = Dataset::new();
/// for (n, region, opened) in [(1, "71", "2022-11-15"), (2, "71", "2023-03"), (3, "37", "2023")] {
///     let name = format!("Семейный МФЦ № {n}");
///     let mut centre = Institution::new(InstitutionId::from_name(&name), name, InstitutionKind::FamilyMfc, Level::Regional);
///     centre.region = Some(region.parse()?);
///     centre.opened = Some(opened.parse()?);
///     dataset.institutions.push(centre);
/// }
/// let registry = Registry::new(dataset)?;
/// let growth = aggregate::network_growth(&registry, None, &["2023-04-30".parse()?, "2023-12-31".parse()?]);
/// let counts: Vec<_> = growth.points().iter().map(|p| (p.centres, p.regions)).collect();
/// assert_eq!(counts, [(2, 1), (3, 2)]);
/// assert_eq!(growth.openings_by_year(), [(2022, 1), (2023, 2)]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkGrowth {
    points: Vec<GrowthPoint>,
    regions: Vec<RegionCounter>,
    openings: Counter<i32>,
    closings: Counter<i32>,
    without_opening_date: u64,
}

impl NetworkGrowth {
    /// An empty count for a series of dates (sorted, each date once).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::NetworkGrowth;
    /// let growth = NetworkGrowth::new(&["2024-12-31".parse()?, "2023-12-31".parse()?]);
    /// assert_eq!(growth.points()[0].date.to_string(), "2023-12-31");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(dates: &[NaiveDate]) -> Self {
        let mut dates = dates.to_vec();
        dates.sort_unstable();
        dates.dedup();
        Self {
            regions: vec![RegionCounter::new(); dates.len()],
            points: dates
                .into_iter()
                .map(|date| GrowthPoint {
                    date,
                    centres: 0,
                    regions: 0,
                })
                .collect(),
            openings: Counter::new(),
            closings: Counter::new(),
            without_opening_date: 0,
        }
    }

    /// Counts the family MFCs of one institution: itself, or its family-MFC departments.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{InstitutionId, InstitutionKind, Level}, Institution};
    /// use social_services::aggregate::NetworkGrowth;
    ///
    /// let mut centre = Institution::new(InstitutionId::new_v4(), "Семейный МФЦ № 1", InstitutionKind::FamilyMfc, Level::Regional);
    /// centre.opened = Some("2024".parse()?);
    /// let mut growth = NetworkGrowth::new(&["2024-12-30".parse()?, "2024-12-31".parse()?]);
    /// growth.add(&centre);
    /// assert_eq!(growth.points()[0].centres, 0); // known only to the year: open from 31 December
    /// assert_eq!(growth.points()[1].centres, 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add(&mut self, institution: &Institution) {
        for centre in centres_of(institution) {
            if let Some(closed) = centre.closed.and_then(|c| c.on()) {
                self.closings.increment(closed.year());
            }
            let Some(opened) = centre.opened.and_then(|o| o.on()) else {
                self.without_opening_date += 1;
                continue;
            };
            self.openings.increment(opened.year());
            for (point, regions) in self.points.iter_mut().zip(&mut self.regions) {
                if known_open_on(centre.opened, centre.closed, point.date) {
                    point.centres += 1;
                    if let Some(region) = centre.mfc.region {
                        regions.increment(region);
                    }
                    point.regions = regions.regions() as u64;
                }
            }
        }
    }

    /// Adds everything counted by another result for the same dates.
    ///
    /// # Panics
    /// When the two results are for different dates.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::NetworkGrowth;
    /// let dates = ["2024-12-31".parse()?];
    /// let mut a = NetworkGrowth::new(&dates);
    /// a.merge(NetworkGrowth::new(&dates));
    /// assert_eq!(a.points()[0].centres, 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn merge(&mut self, other: NetworkGrowth) {
        assert!(
            self.points.len() == other.points.len()
                && self
                    .points
                    .iter()
                    .zip(&other.points)
                    .all(|(a, b)| a.date == b.date),
            "network growth for different dates does not merge"
        );
        for ((point, regions), (theirs, their_regions)) in self
            .points
            .iter_mut()
            .zip(&mut self.regions)
            .zip(other.points.iter().zip(&other.regions))
        {
            point.centres += theirs.centres;
            regions.merge(their_regions);
            point.regions = regions.regions() as u64;
        }
        self.openings.merge(other.openings);
        self.closings.merge(other.closings);
        self.without_opening_date += other.without_opening_date;
    }

    /// The family MFCs open and the regions covered at each date, sorted by date.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::NetworkGrowth;
    /// assert!(NetworkGrowth::new(&[]).points().is_empty());
    /// ```
    pub fn points(&self) -> &[GrowthPoint] {
        &self.points
    }

    /// The federal subjects with an open family MFC at the `i`-th date of
    /// [`NetworkGrowth::points`], and how many each has; `None` past the last date.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::NetworkGrowth;
    /// let growth = NetworkGrowth::new(&["2024-12-31".parse()?]);
    /// assert_eq!(growth.regions_at(0).unwrap().total(), 0);
    /// assert!(growth.regions_at(1).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn regions_at(&self, i: usize) -> Option<&RegionCounter> {
        self.regions.get(i)
    }

    /// Family MFCs opened each year (of those with an opening date), sorted by year.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::NetworkGrowth;
    /// assert!(NetworkGrowth::new(&[]).openings_by_year().is_empty());
    /// ```
    pub fn openings_by_year(&self) -> Vec<(i32, u64)> {
        self.openings
            .sorted()
            .into_iter()
            .map(|(&y, n)| (y, n))
            .collect()
    }

    /// Family MFCs closed each year, sorted by year.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::NetworkGrowth;
    /// assert!(NetworkGrowth::new(&[]).closings_by_year().is_empty());
    /// ```
    pub fn closings_by_year(&self) -> Vec<(i32, u64)> {
        self.closings
            .sorted()
            .into_iter()
            .map(|(&y, n)| (y, n))
            .collect()
    }

    /// Family MFCs left out of the points and openings for lack of an opening date on a day,
    /// month or year (none, or only a bound).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate;
    /// // The sample's two family MFCs have no opening date.
    /// let growth = aggregate::network_growth(&social_services::sample::registry(), None, &[]);
    /// assert_eq!(growth.without_opening_date(), 2);
    /// ```
    pub fn without_opening_date(&self) -> u64 {
        self.without_opening_date
    }
}

impl Serialize for NetworkGrowth {
    /// As `{"points", "openings_by_year", "closings_by_year", "without_opening_date"}`, years
    /// as `[year, count]` pairs.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Form<'a> {
            points: &'a [GrowthPoint],
            openings_by_year: Vec<(i32, u64)>,
            closings_by_year: Vec<(i32, u64)>,
            without_opening_date: u64,
        }
        Form {
            points: &self.points,
            openings_by_year: self.openings_by_year(),
            closings_by_year: self.closings_by_year(),
            without_opening_date: self.without_opening_date,
        }
        .serialize(serializer)
    }
}

/// The growth of the network (`region` `None`) or of one federal subject's family MFCs at the
/// given dates (see [`NetworkGrowth`] for what counts as open).
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let registry = social_services::sample::registry();
/// let dates = aggregate::growth_dates(&registry, None, "2025-08-31".parse()?);
/// let growth = aggregate::network_growth(&registry, None, &dates);
/// // The sample has no opening dates: no series, no openings.
/// assert!(growth.points().is_empty() && growth.openings_by_year().is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn network_growth(
    registry: &Registry,
    region: Option<RegionCode>,
    dates: &[NaiveDate],
) -> NetworkGrowth {
    let mut growth = NetworkGrowth::new(dates);
    for institution in registry.institutions() {
        if region.is_none() || institution.region == region {
            growth.add(institution);
        }
    }
    growth
}

/// The standard series of dates for [`network_growth`]: the last day of each quarter from the
/// quarter of the first opening date of a family MFC (in the network, or in one federal
/// subject; the date a bound names counts too) to `until`, and `until` itself when it is not
/// the last day of a quarter; empty when no opening date is on or before `until`.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// // The sample has no opening dates.
/// assert!(aggregate::growth_dates(&social_services::sample::registry(), None, "2025-08-31".parse()?).is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn growth_dates(
    registry: &Registry,
    region: Option<RegionCode>,
    until: NaiveDate,
) -> Vec<NaiveDate> {
    let first = registry
        .institutions()
        .filter(|i| region.is_none() || i.region == region)
        .flat_map(centres_of)
        .filter_map(|c| c.opened.map(|o| o.date().first_day()))
        .min();
    let Some(first) = first else {
        return Vec::new();
    };
    quarter_ends(first, until)
}

/// The last day of each quarter from the one holding `from` to `until`, then `until` when it
/// is not one of them; empty when `from` is after `until`.
fn quarter_ends(from: NaiveDate, until: NaiveDate) -> Vec<NaiveDate> {
    if from > until {
        return Vec::new();
    }
    let mut dates = Vec::new();
    let (mut year, mut quarter) = (from.year(), from.month0() / 3 + 1);
    while let Ok(period) = ReportingPeriod::quarter(year, quarter) {
        let end = period.last_day();
        if end > until {
            break;
        }
        dates.push(end);
        (year, quarter) = if quarter == 4 {
            (year + 1, 1)
        } else {
            (year, quarter + 1)
        };
    }
    if dates.last() != Some(&until) {
        dates.push(until);
    }
    dates
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::records::{
        Department, DepartmentId, DepartmentKind, InstitutionId, InstitutionKind, Level,
    };

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn centre(
        n: usize,
        region: Option<&str>,
        opened: Option<&str>,
        closed: Option<&str>,
    ) -> Institution {
        let name = format!("Семейный МФЦ № {n}");
        let mut i = Institution::new(
            InstitutionId::from_name(&name),
            name,
            InstitutionKind::FamilyMfc,
            Level::Regional,
        );
        i.region = region.map(|r| r.parse().unwrap());
        i.opened = opened.map(|o| o.parse().unwrap());
        i.closed = closed.map(|c| c.parse().unwrap());
        i
    }

    fn kcson(n: usize, region: &str, departments: &[(Option<&str>, Option<&str>)]) -> Institution {
        let name = format!("КЦСОН № {n}");
        let mut i = Institution::new(
            InstitutionId::from_name(&name),
            name.clone(),
            InstitutionKind::Kcson,
            Level::Regional,
        );
        i.region = Some(region.parse().unwrap());
        i.opened = Some("1998".parse().unwrap());
        for (k, (opened, closed)) in departments.iter().enumerate() {
            let mut dep = Department::new(
                DepartmentId::from_name(&format!("{name}/{k}")),
                "Семейный МФЦ",
                DepartmentKind::FamilyMfc,
            );
            dep.opened = opened.map(|o| o.parse().unwrap());
            dep.closed = closed.map(|c| c.parse().unwrap());
            i.departments.push(dep);
        }
        i
    }

    fn grown(institutions: &[Institution], dates: &[NaiveDate]) -> NetworkGrowth {
        let mut growth = NetworkGrowth::new(dates);
        for i in institutions {
            growth.add(i);
        }
        growth
    }

    fn counts(growth: &NetworkGrowth) -> Vec<(u64, u64)> {
        growth
            .points()
            .iter()
            .map(|p| (p.centres, p.regions))
            .collect()
    }

    #[test]
    fn an_opening_counts_from_the_last_day_of_its_date() {
        let all = [
            centre(1, Some("71"), Some("2023"), None),
            centre(2, Some("71"), Some("2023-04"), None),
            centre(3, Some("37"), Some("2023-04-15"), None),
        ];
        let growth = grown(
            &all,
            &[
                d("2023-04-14"),
                d("2023-04-15"),
                d("2023-04-30"),
                d("2023-12-31"),
            ],
        );
        assert_eq!(counts(&growth), [(0, 0), (1, 1), (2, 2), (3, 2)]);
    }

    #[test]
    fn a_closing_counts_from_its_first_day() {
        let all = [centre(1, Some("71"), Some("2022-11"), Some("2024"))];
        let growth = grown(&all, &[d("2023-12-31"), d("2024-01-01")]);
        assert_eq!(counts(&growth), [(1, 1), (0, 0)]);
        assert_eq!(growth.closings_by_year(), [(2024, 1)]);
        assert_eq!(growth.openings_by_year(), [(2022, 1)]);
    }

    #[test]
    fn a_department_takes_its_institutions_region_and_closing() {
        let mut host = kcson(1, "37", &[(Some("2023-02"), None), (None, None)]);
        host.closed = Some("2025-06".parse().unwrap());
        let growth = grown(&[host], &[d("2023-12-31"), d("2025-06-01")]);
        assert_eq!(counts(&growth), [(1, 1), (0, 0)]);
        assert_eq!(growth.regions_at(0).unwrap().get("37".parse().unwrap()), 1);
        assert_eq!(growth.without_opening_date(), 1);
        assert_eq!(growth.closings_by_year(), [(2025, 2)]);
    }

    #[test]
    fn centres_without_an_opening_date_are_left_out_and_counted() {
        let all = [
            centre(1, Some("71"), None, None),
            centre(2, None, Some("2024-05"), None),
        ];
        let growth = grown(&all, &[d("2024-12-31")]);
        // A centre without a region is open but covers no region.
        assert_eq!(counts(&growth), [(1, 0)]);
        assert_eq!(growth.without_opening_date(), 1);
        assert_eq!(growth.openings_by_year(), [(2024, 1)]);
    }

    #[test]
    fn the_standard_series_is_quarter_ends_and_the_last_day() {
        assert_eq!(
            quarter_ends(d("2022-11-15"), d("2023-08-31")),
            [
                d("2022-12-31"),
                d("2023-03-31"),
                d("2023-06-30"),
                d("2023-08-31")
            ]
        );
        assert_eq!(
            quarter_ends(d("2023-01-01"), d("2023-03-31")),
            [d("2023-03-31")]
        );
        assert_eq!(
            quarter_ends(d("2023-02-01"), d("2023-02-10")),
            [d("2023-02-10")]
        );
        assert!(quarter_ends(d("2024-01-01"), d("2023-12-31")).is_empty());
    }

    #[test]
    fn growth_dates_start_at_the_first_opening_of_the_region() {
        let mut dataset = crate::registry::Dataset::new();
        dataset.institutions = vec![
            centre(1, Some("71"), Some("2022-11"), None),
            centre(2, Some("37"), Some("2024-02-10"), None),
        ];
        let registry = Registry::new(dataset).unwrap();
        let until = d("2024-09-30");
        assert_eq!(growth_dates(&registry, None, until)[0], d("2022-12-31"));
        assert_eq!(
            growth_dates(&registry, Some("37".parse().unwrap()), until),
            [d("2024-03-31"), d("2024-06-30"), d("2024-09-30")]
        );
        assert!(growth_dates(&registry, Some("77".parse().unwrap()), until).is_empty());
        let tula = network_growth(&registry, Some("71".parse().unwrap()), &[until]);
        assert_eq!(counts(&tula), [(1, 1)]);
    }

    #[test]
    fn the_sample_has_no_opening_dates() {
        let registry = crate::sample::registry();
        assert!(growth_dates(&registry, None, d("2025-08-31")).is_empty());
        let growth = network_growth(&registry, None, &[d("2025-08-31")]);
        assert_eq!(counts(&growth), [(0, 0)]);
        assert!(growth.openings_by_year().is_empty());
        assert_eq!(growth.without_opening_date(), 2);
    }

    #[test]
    #[should_panic(expected = "network growth for different dates does not merge")]
    fn refuses_to_merge_different_dates() {
        NetworkGrowth::new(&[d("2024-12-31")]).merge(NetworkGrowth::new(&[d("2025-12-31")]));
    }

    fn institutions() -> impl Strategy<Value = Vec<Institution>> {
        let dates = [
            None,
            Some("2022-11"),
            Some("2023"),
            Some("2023-04-30"),
            Some("2024-06"),
            Some("2025"),
        ];
        let one = (
            0usize..1000,
            0usize..3,
            0..dates.len(),
            0..dates.len(),
            any::<bool>(),
        )
            .prop_map(move |(n, region, opened, closed, department)| {
                let region = ["71", "37", "77"][region];
                if department {
                    kcson(n, region, &[(dates[opened], dates[closed])])
                } else {
                    centre(n, Some(region), dates[opened], dates[closed])
                }
            });
        proptest::collection::vec(one, 0..12)
    }

    proptest! {
        #[test]
        fn split_then_merge_equals_whole(all in institutions(), at in 0usize..12) {
            let dates = [d("2022-12-31"), d("2023-04-30"), d("2024-12-31"), d("2025-08-31")];
            let at = at.min(all.len());
            let mut left = grown(&all[..at], &dates);
            left.merge(grown(&all[at..], &dates));
            prop_assert_eq!(left, grown(&all, &dates));
        }

        #[test]
        fn merge_is_commutative_and_associative(a in institutions(), b in institutions(), c in institutions()) {
            let dates = [d("2023-04-30"), d("2025-08-31")];
            let mut ab = grown(&a, &dates);
            ab.merge(grown(&b, &dates));
            let mut ba = grown(&b, &dates);
            ba.merge(grown(&a, &dates));
            prop_assert_eq!(&ab, &ba);
            ab.merge(grown(&c, &dates));
            let mut bc = grown(&b, &dates);
            bc.merge(grown(&c, &dates));
            let mut right = grown(&a, &dates);
            right.merge(bc);
            prop_assert_eq!(&ab, &right);
            let mut with_empty = grown(&a, &dates);
            with_empty.merge(NetworkGrowth::new(&dates));
            prop_assert_eq!(with_empty, grown(&a, &dates));
        }

        #[test]
        fn the_network_never_shrinks_without_closings(all in institutions()) {
            let all: Vec<_> = all.into_iter().map(|mut i| { i.closed = None; for dep in &mut i.departments { dep.closed = None; } i }).collect();
            let growth = grown(&all, &[d("2022-12-31"), d("2023-04-30"), d("2024-12-31"), d("2025-12-31")]);
            prop_assert!(growth.points().windows(2).all(|w| w[0].centres <= w[1].centres && w[0].regions <= w[1].regions));
            let opened: u64 = growth.openings_by_year().iter().map(|&(_, n)| n).sum();
            prop_assert_eq!(growth.points()[3].centres, opened);
        }
    }
}
