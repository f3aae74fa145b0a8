//! The network's growth: family MFCs open and regions covered at each date, openings and
//! closings per year.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::records::Institution;
use crate::registry::Registry;
use crate::values::{PartialDate, RegionCode, ReportingPeriod};

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
/// and it has not closed: a closing date counts from its first day. A department closes with
/// its institution if that is earlier. Family MFCs without an opening date are left out of the
/// points and the openings and counted in [`NetworkGrowth::without_opening_date`] (validation
/// warns of each, `family_mfc.no_opening_date`); closings count every closing date stated.
///
/// Partial results for the same dates merge (associative and commutative, the empty value as
/// identity).
///
/// # Example
/// ```
/// use social_services::{Dataset, Institution, InstitutionId, InstitutionKind, Level, Registry};
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
    /// use social_services::{Institution, InstitutionId, InstitutionKind, Level};
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
            if let Some(closed) = centre.closed {
                self.closings.increment(closed.year());
            }
            let Some(opened) = centre.opened else {
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

    /// Family MFCs left out of the points and openings for lack of an opening date.
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
/// quarter of the first known opening of a family MFC (in the network, or in one federal
/// subject) to `until`, and `until` itself when it is not the last day of a quarter; empty when
/// no opening is known on or before `until`.
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
        .filter_map(|c| c.opened.map(|o: PartialDate| o.first_day()))
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
