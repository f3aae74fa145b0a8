//! The network's history with partial knowledge: at each date, what the records count, the
//! least the stated ordinals and «open by» figures imply, and what a source last stated.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::records::{FigureScope, FigureValue, Measure, StatedFigure};
use crate::registry::Registry;
use crate::values::RegionCode;

use super::growth::network_growth;
use super::institutions::{Centre, centres_of};
use super::period::{bounded_open_on, may_have_closed_by, not_closed_on};

/// One date of [`NetworkHistory`]: family MFCs and the federal subjects they are in, counted,
/// bounded and stated side by side.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let history = aggregate::network_history(&social_services::sample::registry(), None, &["2024-10-03".parse()?]);
/// let point = &history.points()[0];
/// assert_eq!((point.centres.counted, point.centres.lower_bound), (0, 0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryPoint {
    /// The date.
    pub date: NaiveDate,
    /// Family MFCs open on it.
    pub centres: Known,
    /// Federal subjects with at least one family MFC open on it.
    pub regions: Known,
}

/// What is known of one number on one date, three ways that are never mixed.
///
/// # Example
/// ```
/// use social_services::aggregate::Known;
/// let known = Known { counted: 1, lower_bound: 14, stated: None, counted_when_stated: None };
/// assert!(known.lower_bound >= known.counted);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Known {
    /// Counted from the records with a known opening date (as
    /// [`network_growth`](super::network_growth) counts).
    pub counted: u64,
    /// The least number the records, the stated ordinals and the «open by» figures imply
    /// together (never below `counted`).
    pub lower_bound: u64,
    /// The latest figure stated as a count at or before the date, with its sources; `None`
    /// when no source states one.
    pub stated: Option<StatedFigure>,
    /// What the records count on the last day `stated` can hold at, to compare like with like
    /// (`None` without a stated figure).
    pub counted_when_stated: Option<u64>,
}

impl Known {
    /// Whether what is known differs from what is counted: a lower bound above the count, or
    /// a stated figure the records do not admit on its own date (see
    /// [`admits`](super::admits)).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::Known;
    /// let known = Known { counted: 1, lower_bound: 14, stated: None, counted_when_stated: None };
    /// assert!(known.differs());
    /// ```
    pub fn differs(&self) -> bool {
        self.lower_bound > self.counted
            || self
                .stated
                .as_ref()
                .zip(self.counted_when_stated)
                .is_some_and(|(f, n)| !super::admits(f.value, n))
    }
}

/// The network of family MFCs (or one federal subject's) over time with partial knowledge:
/// for each date, the number counted from dated records, the lower bound that ordinals and
/// «open by» figures imply, and the latest stated figure, side by side.
///
/// The rules:
/// - **counted** is [`network_growth`](super::network_growth)'s count: records known to have
///   opened by the date and not closed.
/// - **lower bound**, per federal subject: the greater of (a) the records known open by their
///   own dates — counted, or opened no later than a date that has passed («не позднее
///   2023-05» from 31 May 2023) — plus those that may have opened by the date (no opening
///   date, or «не ранее» one that has come) whose own stated figure (`family_mfcs` for their
///   institution or department, at least 1) holds by the date, none of them closed by then,
///   and (b) the largest ordinal («N-й семейный МФЦ региона») stated for the subject by the
///   date, less the subject's family MFCs that may have closed by the date (a closing from its
///   first day; one «не позднее» a date from any day). For the network: the greater of the sum of
///   the subjects' bounds (with the records of no subject) and the largest ordinal stated for
///   the network less all closings. Regions: the subjects whose bound is at least 1, or the
///   largest ordinal of `federal_subjects` for the network, whichever is greater.
/// - **stated** is the figure of `family_mfcs` (`federal_subjects` for regions) for the scope
///   stated as a count whose date or period ends latest on or before the date (the last in
///   the data set among equals). A figure dated only «не ранее» never holds by a date.
///
/// Stated figures never change what is counted: `counted` reads records only.
///
/// # Example
/// ```
/// use social_services::{records::{FigureScope, InstitutionId, InstitutionKind, Level, Measure, StatedFigureId}, Dataset, Institution, Registry, StatedFigure};
/// use social_services::aggregate;
///
/// let mut dataset = Dataset::new();
/// for n in 1..=3 {
///     let name = format!("Семейный МФЦ № {n}");
///     let mut centre = Institution::new(InstitutionId::from_name(&name), name, InstitutionKind::FamilyMfc, Level::Regional);
///     centre.region = Some("71".parse()?);
///     if n == 3 { centre.opened = Some("2024-05-17".parse()?); }
///     dataset.institutions.push(centre);
/// }
/// // «В Туле открылся 14-й семейный МФЦ»: the third record is the 14th centre.
/// let mut nth = StatedFigure::new(StatedFigureId::from_name("14"), Measure::FamilyMfcs, "region:71".parse()?, "14-й".parse()?);
/// nth.date = Some("2024-05-17".parse()?);
/// dataset.stated_figures.push(nth);
/// let registry = Registry::new(dataset)?;
/// let history = aggregate::network_history(&registry, Some("71".parse()?), &["2024-05-31".parse()?]);
/// let centres = &history.points()[0].centres;
/// assert_eq!((centres.counted, centres.lower_bound), (1, 14));
/// assert_eq!(history.without_opening_date(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NetworkHistory {
    region: Option<RegionCode>,
    points: Vec<HistoryPoint>,
    without_opening_date: u64,
}

impl NetworkHistory {
    /// The federal subject, or `None` for the whole network.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate;
    /// assert!(aggregate::network_history(&social_services::sample::registry(), None, &[]).region().is_none());
    /// ```
    pub fn region(&self) -> Option<RegionCode> {
        self.region
    }

    /// The dates, sorted, each once.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate;
    /// assert!(aggregate::network_history(&social_services::sample::registry(), None, &[]).points().is_empty());
    /// ```
    pub fn points(&self) -> &[HistoryPoint] {
        &self.points
    }

    /// Family MFCs in the scope without an opening date (never counted, possibly bounded).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate;
    /// assert_eq!(aggregate::network_history(&social_services::sample::registry(), None, &[]).without_opening_date(), 2);
    /// ```
    pub fn without_opening_date(&self) -> u64 {
        self.without_opening_date
    }
}

/// The history of the network (`region` `None`) or of one federal subject's family MFCs at the
/// given dates (see [`NetworkHistory`] for the rules).
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let registry = social_services::sample::registry();
/// let history = aggregate::network_history(&registry, None, &["2024-12-31".parse()?]);
/// // The sample's two family MFCs have no opening date: nothing counted, nothing bounded.
/// assert_eq!(history.points()[0].centres.counted, 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn network_history(
    registry: &Registry,
    region: Option<RegionCode>,
    dates: &[NaiveDate],
) -> NetworkHistory {
    let growth = network_growth(registry, region, dates);
    let centres: Vec<Centre> = registry
        .institutions()
        .filter(|i| region.is_none() || i.region == region)
        .flat_map(centres_of)
        .collect();
    let scope = region.map_or(FigureScope::Network, FigureScope::Region);
    let mut counted_by_day: BTreeMap<NaiveDate, super::GrowthPoint> = BTreeMap::new();
    let points = growth
        .points()
        .iter()
        .map(|point| {
            let date = point.date;
            let by_region = bounds_by_region(registry, region, &centres, date);
            let mut centres_bound: u64 = by_region.values().sum();
            let mut regions_bound = by_region
                .iter()
                .filter(|&(r, &n)| r.is_some() && n > 0)
                .count() as u64;
            if region.is_none() {
                let closed = closed_by(centres.iter(), date);
                centres_bound = centres_bound.max(
                    largest_ordinal(registry, &Measure::FamilyMfcs, scope, date)
                        .saturating_sub(closed),
                );
                regions_bound = regions_bound.max(largest_ordinal(
                    registry,
                    &Measure::FederalSubjects,
                    scope,
                    date,
                ));
            }
            let centres_stated = latest_count(registry, &Measure::FamilyMfcs, scope, date);
            let regions_stated = latest_count(registry, &Measure::FederalSubjects, scope, date);
            let mut counted_on = |figure: &Option<StatedFigure>, regions: bool| {
                let day = figure.as_ref()?.last_day()?;
                let point = *counted_by_day
                    .entry(day)
                    .or_insert_with(|| network_growth(registry, region, &[day]).points()[0]);
                Some(if regions {
                    point.regions
                } else {
                    point.centres
                })
            };
            HistoryPoint {
                date,
                centres: Known {
                    counted: point.centres,
                    lower_bound: centres_bound.max(point.centres),
                    counted_when_stated: counted_on(&centres_stated, false),
                    stated: centres_stated,
                },
                regions: Known {
                    counted: point.regions,
                    lower_bound: regions_bound.max(point.regions),
                    counted_when_stated: counted_on(&regions_stated, true),
                    stated: regions_stated,
                },
            }
        })
        .collect();
    NetworkHistory {
        region,
        points,
        without_opening_date: growth.without_opening_date(),
    }
}

/// The lower bound of family MFCs open on `date` in each federal subject (`None`: no subject)
/// of `region`, or of the network when `region` is `None`.
fn bounds_by_region(
    registry: &Registry,
    region: Option<RegionCode>,
    centres: &[Centre],
    date: NaiveDate,
) -> BTreeMap<Option<RegionCode>, u64> {
    let mut known: BTreeMap<Option<RegionCode>, u64> = BTreeMap::new();
    for centre in centres {
        // Open by its own dates (a bound «не позднее» included), or by a figure stated for it
        // when its own dates let it have opened by then.
        let may_have_opened = centre.opened.is_none_or(|o| o.may_have_come_by(date));
        let open = bounded_open_on(centre.opened, centre.closed, date)
            || (may_have_opened
                && not_closed_on(centre.closed, date)
                && stated_open_by(registry, centre, date));
        *known.entry(centre.mfc.region).or_default() += u64::from(open);
    }
    for (region, bound) in &mut known {
        let Some(code) = *region else { continue };
        let in_region = centres.iter().filter(|c| c.mfc.region == Some(code));
        let ordinal = largest_ordinal(
            registry,
            &Measure::FamilyMfcs,
            FigureScope::Region(code),
            date,
        );
        *bound = (*bound).max(ordinal.saturating_sub(closed_by(in_region, date)));
    }
    // Subjects with an ordinal but no record.
    for figure in registry.stated_figures() {
        if let FigureScope::Region(code) = figure.scope
            && figure.measure == Measure::FamilyMfcs
            && matches!(figure.value, FigureValue::Ordinal(_))
            && figure.holds_by(date)
            && !known.contains_key(&Some(code))
            && region.is_none_or(|r| r == code)
        {
            let entry = known.entry(Some(code)).or_default();
            *entry = (*entry).max(figure.value.lower_bound());
        }
    }
    known
}

/// Whether a source states the centre open by `date`: a `family_mfcs` figure of at least 1 for
/// its department, or for its institution when it is the institution itself.
fn stated_open_by(registry: &Registry, centre: &Centre, date: NaiveDate) -> bool {
    let scope = match centre.mfc.department {
        Some(department) => FigureScope::Department(department),
        None => FigureScope::Institution(centre.mfc.institution),
    };
    registry
        .stated(&Measure::FamilyMfcs, scope)
        .any(|f| f.holds_by(date) && f.value.lower_bound() >= 1)
}

/// The family MFCs among `centres` that may have closed by `date` (a closing counts from its
/// first day; one known only to be no later than a date, from any day).
fn closed_by<'a>(centres: impl Iterator<Item = &'a Centre>, date: NaiveDate) -> u64 {
    centres
        .filter(|c| may_have_closed_by(c.closed, date))
        .count() as u64
}

/// The largest ordinal of `measure` stated for `scope` by `date`, 0 without one.
fn largest_ordinal(
    registry: &Registry,
    measure: &Measure,
    scope: FigureScope,
    date: NaiveDate,
) -> u64 {
    registry
        .stated(measure, scope)
        .filter(|f| matches!(f.value, FigureValue::Ordinal(_)) && f.holds_by(date))
        .map(|f| f.value.lower_bound())
        .max()
        .unwrap_or(0)
}

/// The count of `measure` for `scope` stated latest on or before `date`.
fn latest_count(
    registry: &Registry,
    measure: &Measure,
    scope: FigureScope,
    date: NaiveDate,
) -> Option<StatedFigure> {
    registry
        .stated(measure, scope)
        .filter(|f| matches!(f.value, FigureValue::Count(_)) && f.holds_by(date))
        .filter_map(|f| Some((f.last_day()?, f)))
        .fold(
            None,
            |best: Option<(NaiveDate, &StatedFigure)>, (day, f)| match best {
                Some((best_day, _)) if best_day > day => best,
                _ => Some((day, f)),
            },
        )
        .map(|(_, f)| f.clone())
}

#[cfg(test)]
mod tests;
