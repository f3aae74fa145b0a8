//! Service points by region and by institution, open on a given day.

use chrono::NaiveDate;

use crate::records::{InstitutionId, ServicePoint, ServicePointKind, ServicePointStatus};
use crate::registry::Registry;
use crate::values::RegionCode;

use super::period::open_on;
use super::{Counter, RegionCounter};

/// Service points open on one day, by federal subject, institution and kind.
///
/// A point is open on the day when it had opened by then (an unknown opening counts as long
/// ago), had not closed (its closing date, or a status `closed` with no date), and is not
/// temporarily closed; temporarily closed points are counted apart. Its region is that of its
/// address, or else of its institution.
///
/// # Example
/// ```
/// use social_services::aggregate;
///
/// let registry = social_services::sample::registry();
/// let tula_centre = registry.institutions().find(|i| i.name.contains("Мой семейный центр")).unwrap();
/// let open = aggregate::service_points_open_on(&registry, "2024-10-03".parse()?);
/// assert_eq!(open.by_institution().get(&tula_centre.id), 5);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ServicePointsOpen {
    date: NaiveDate,
    by_region: RegionCounter,
    without_region: u64,
    by_institution: Counter<InstitutionId>,
    by_kind: Counter<ServicePointKind>,
    temporarily_closed: u64,
}

impl ServicePointsOpen {
    /// An empty count for a day.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::ServicePointsOpen;
    /// let open = ServicePointsOpen::new("2024-10-03".parse()?);
    /// assert_eq!(open.total(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(date: NaiveDate) -> Self {
        Self {
            date,
            by_region: RegionCounter::default(),
            without_region: 0,
            by_institution: Counter::new(),
            by_kind: Counter::new(),
            temporarily_closed: 0,
        }
    }

    /// Counts one service point, given the region of its institution (used when the point has
    /// no address).
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{InstitutionId, ServicePointId, ServicePointKind}, ServicePoint};
    /// use social_services::aggregate::ServicePointsOpen;
    ///
    /// let point = ServicePoint::new(ServicePointId::new_v4(), InstitutionId::new_v4(), "Онлайн", ServicePointKind::Online);
    /// let mut open = ServicePointsOpen::new("2024-10-03".parse()?);
    /// open.add(&point, Some("71".parse()?));
    /// assert_eq!(open.by_region().get("71".parse()?), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add(&mut self, point: &ServicePoint, institution_region: Option<RegionCode>) {
        let closed_without_date =
            point.status == ServicePointStatus::Closed && point.closed.is_none();
        if closed_without_date || !open_on(point.opened, point.closed, self.date) {
            return;
        }
        if point.status == ServicePointStatus::TemporarilyClosed {
            self.temporarily_closed += 1;
            return;
        }
        match point
            .address
            .as_ref()
            .map(crate::values::Address::region)
            .or(institution_region)
        {
            Some(region) => self.by_region.increment(region),
            None => self.without_region += 1,
        }
        self.by_institution.increment(point.institution);
        self.by_kind.increment(point.kind.clone());
    }

    /// Adds everything counted by another result for the same day.
    ///
    /// # Panics
    /// When the two results are for different days: their counts mean different things.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::ServicePointsOpen;
    /// let mut a = ServicePointsOpen::new("2024-10-03".parse()?);
    /// a.merge(ServicePointsOpen::new("2024-10-03".parse()?));
    /// assert_eq!(a.total(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn merge(&mut self, other: ServicePointsOpen) {
        assert_eq!(
            self.date, other.date,
            "service point counts for different days do not merge"
        );
        self.by_region.merge(&other.by_region);
        self.without_region += other.without_region;
        self.by_institution.merge(other.by_institution);
        self.by_kind.merge(other.by_kind);
        self.temporarily_closed += other.temporarily_closed;
    }

    /// The day counted.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::ServicePointsOpen;
    /// let open = ServicePointsOpen::new("2024-10-03".parse()?);
    /// assert_eq!(open.date().to_string(), "2024-10-03");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// Open points per federal subject.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::ServicePointsOpen;
    /// assert_eq!(ServicePointsOpen::new("2024-10-03".parse()?).by_region().total(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn by_region(&self) -> &RegionCounter {
        &self.by_region
    }

    /// Open points per institution.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::ServicePointsOpen;
    /// assert!(ServicePointsOpen::new("2024-10-03".parse()?).by_institution().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn by_institution(&self) -> &Counter<InstitutionId> {
        &self.by_institution
    }

    /// Open points per kind (flagship, branch …).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::ServicePointsOpen;
    /// assert!(ServicePointsOpen::new("2024-10-03".parse()?).by_kind().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn by_kind(&self) -> &Counter<ServicePointKind> {
        &self.by_kind
    }

    /// Points temporarily closed on the day (not in the other counts).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::ServicePointsOpen;
    /// assert_eq!(ServicePointsOpen::new("2024-10-03".parse()?).temporarily_closed(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn temporarily_closed(&self) -> u64 {
        self.temporarily_closed
    }

    /// All open points.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::ServicePointsOpen;
    /// assert_eq!(ServicePointsOpen::new("2024-10-03".parse()?).total(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn total(&self) -> u64 {
        self.by_institution.total()
    }
}

/// Service points of a registry open on `date`, by region, institution and kind.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let open = aggregate::service_points_open_on(&social_services::sample::registry(), "2024-10-03".parse()?);
/// assert_eq!(open.total(), 5);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn service_points_open_on(registry: &Registry, date: NaiveDate) -> ServicePointsOpen {
    let mut open = ServicePointsOpen::new(date);
    for point in registry.service_points() {
        let region = registry
            .institution(point.institution)
            .and_then(|i| i.region);
        open.add(point, region);
    }
    open
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::ServicePointId;

    fn point(
        name: &str,
        status: ServicePointStatus,
        opened: Option<&str>,
        closed: Option<&str>,
    ) -> ServicePoint {
        let mut p = ServicePoint::new(
            ServicePointId::from_name(name),
            InstitutionId::from_name("i"),
            name,
            ServicePointKind::Branch,
        );
        p.status = status;
        p.opened = opened.map(|d| d.parse().unwrap());
        p.closed = closed.map(|d| d.parse().unwrap());
        p
    }

    #[test]
    fn counts_only_points_open_on_the_day() {
        let tula = Some("71".parse().unwrap());
        let mut open = ServicePointsOpen::new("2024-10-03".parse().unwrap());
        open.add(
            &point("open", ServicePointStatus::Active, Some("2023"), None),
            tula,
        );
        open.add(
            &point("not yet", ServicePointStatus::Active, Some("2024-11"), None),
            tula,
        );
        open.add(
            &point(
                "gone",
                ServicePointStatus::Closed,
                Some("2023"),
                Some("2024-01"),
            ),
            tula,
        );
        open.add(
            &point(
                "closed, date unknown",
                ServicePointStatus::Closed,
                None,
                None,
            ),
            tula,
        );
        open.add(
            &point("paused", ServicePointStatus::TemporarilyClosed, None, None),
            tula,
        );
        assert_eq!(open.total(), 1);
        assert_eq!(open.temporarily_closed(), 1);
        assert_eq!(open.by_region().get("71".parse().unwrap()), 1);
    }

    #[test]
    fn a_point_closed_later_was_open_before() {
        let mut open = ServicePointsOpen::new("2023-06-01".parse().unwrap());
        open.add(
            &point(
                "gone",
                ServicePointStatus::Closed,
                Some("2023"),
                Some("2024-01"),
            ),
            None,
        );
        assert_eq!(open.total(), 1);
        assert_eq!(open.by_region().total(), 0);
    }
}
