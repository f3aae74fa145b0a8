//! A regional profile: every figure of the report for one federal subject.

use chrono::NaiveDate;
use serde::Serialize;

use crate::registry::Registry;
use crate::values::{DateRange, RegionCode};

use super::events::event_region;
use super::{
    EventSummary, EventsByMonth, FamilyMfcsByRegion, InstitutionsByRegionKind, ProgrammeCoverage,
    ServicePointsOpen, StaffOnDate, TrainingOutput, event_summary, training_output,
};

/// Every figure of the network report for one federal subject, on one day.
///
/// What belongs to the region: institutions whose region it is (and their departments,
/// service points and staff); events held there; programmes that list it; training sites run
/// by its institutions; and the trainees from it at any site.
///
/// # Example
/// ```
/// use social_services::aggregate;
///
/// let registry = social_services::sample::registry();
/// let tula = aggregate::regional_profile(&registry, "71".parse()?, "2024-10-03".parse()?);
/// assert_eq!(tula.service_points.total(), 5);
/// assert_eq!(tula.family_mfcs.total(), 1);
/// assert_eq!(tula.events.len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionalProfile {
    /// The federal subject.
    pub region: RegionCode,
    /// The day the open service points and staff are counted on.
    pub date: NaiveDate,
    /// Its institutions by kind.
    pub institutions: InstitutionsByRegionKind,
    /// Its family MFCs.
    pub family_mfcs: FamilyMfcsByRegion,
    /// Its service points open on the day.
    pub service_points: ServicePointsOpen,
    /// Staff of its institutions on the day.
    pub staff: StaffOnDate,
    /// Events held there.
    pub events: Vec<EventSummary>,
    /// Events held there by month and level.
    pub events_by_month: EventsByMonth,
    /// Programmes that list it.
    pub programmes: Vec<ProgrammeCoverage>,
    /// Training sites run by its institutions.
    pub training: Vec<TrainingOutput>,
    /// Specialists from the region trained at any site (completed enrollments and head-counts).
    pub trained_from_region: u64,
}

/// The profile of one federal subject on `date`.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let registry = social_services::sample::registry();
/// let ivanovo = aggregate::regional_profile(&registry, "37".parse()?, "2024-09-24".parse()?);
/// assert_eq!(ivanovo.family_mfcs.departments().total(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn regional_profile(
    registry: &Registry,
    region: RegionCode,
    date: NaiveDate,
) -> RegionalProfile {
    let in_region = |id| {
        registry
            .institution(id)
            .is_some_and(|i| i.region == Some(region))
    };

    let mut institutions = InstitutionsByRegionKind::default();
    let mut family_mfcs = FamilyMfcsByRegion::default();
    for institution in registry.institutions().filter(|i| i.region == Some(region)) {
        institutions.add(institution);
        family_mfcs.add(institution);
    }

    let mut service_points = ServicePointsOpen::new(date);
    for point in registry.service_points() {
        let point_region = point.address.as_ref().map(crate::Address::region);
        let institution_region = registry
            .institution(point.institution)
            .and_then(|i| i.region);
        if point_region.or(institution_region) == Some(region) {
            service_points.add(point, institution_region);
        }
    }

    let mut staff = StaffOnDate::new(date);
    for appointment in registry.appointments().filter(|a| in_region(a.institution)) {
        staff.add(appointment);
    }

    let mut events = Vec::new();
    let mut events_by_month = EventsByMonth::new(None::<DateRange>);
    for event in registry
        .events()
        .filter(|e| event_region(registry, e) == Some(region))
    {
        events_by_month.add(event);
        events.extend(event_summary(registry, event.id));
    }

    let programmes = registry
        .programmes()
        .filter(|p| p.regions.contains(&region))
        .map(ProgrammeCoverage::of)
        .collect();

    let training = registry
        .training_sites()
        .filter(|s| in_region(s.institution))
        .filter_map(|s| training_output(registry, s.id))
        .collect();

    let trained_from_region = registry
        .training_sites()
        .filter_map(|s| training_output(registry, s.id))
        .map(|output| output.by_home_region.get(region))
        .sum();

    RegionalProfile {
        region,
        date,
        institutions,
        family_mfcs,
        service_points,
        staff,
        events,
        events_by_month,
        programmes,
        training,
        trained_from_region,
    }
}
