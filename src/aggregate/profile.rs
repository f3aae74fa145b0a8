//! A regional profile: every figure of the report for one federal subject.

use chrono::NaiveDate;
use serde::Serialize;

use crate::registry::Registry;
use crate::values::{DateRange, RegionCode};

use super::events::event_region;
use super::{
    EventSummary, EventsByMonth, FamiliesServed, FamilyMfcsByRegion, InstitutionsByRegionKind,
    NetworkGrowth, PlanProgress, ProgrammeCoverage, ServicePointsOpen, StaffOnDate,
    StaffPerFamilyMfc, TrainingOutput, event_summary, families_served, growth_dates,
    network_growth, plan_against_fact, staff_per_family_mfc, training_output,
};

/// Every figure of the network report — for the whole network, or for one federal subject —
/// on one day.
///
/// What belongs to a region: institutions whose region it is (and their departments, service
/// points and staff); events held there; programmes that list it; training sites run by its
/// institutions; the trainees from it at any site; the statistics rows of it, its institutions,
/// their points and departments; and the network plans for it. For the whole network
/// everything belongs.
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
/// // The sample states no statistics, plans or opening dates: those figures are empty.
/// assert!(tula.families.is_empty() && tula.plans.is_empty() && tula.growth.points().is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Profile {
    /// The federal subject, or `None` for the whole network.
    pub region: Option<RegionCode>,
    /// The day the open service points and staff are counted on.
    pub date: NaiveDate,
    /// Institutions by region and kind.
    pub institutions: InstitutionsByRegionKind,
    /// Family MFCs.
    pub family_mfcs: FamilyMfcsByRegion,
    /// Service points open on the day.
    pub service_points: ServicePointsOpen,
    /// Staff on the day.
    pub staff: StaffOnDate,
    /// Event summaries, in registry order.
    pub events: Vec<EventSummary>,
    /// Events by month and level.
    pub events_by_month: EventsByMonth,
    /// Programme coverage.
    pub programmes: Vec<ProgrammeCoverage>,
    /// Training sites' output.
    pub training: Vec<TrainingOutput>,
    /// Specialists from the region (for the whole network: from anywhere) trained at any site,
    /// counted from completed enrollments and head-counts.
    pub trained_from_region: u64,
    /// Families served by region and period (see [`FamiliesServed`] for the rule).
    pub families: FamiliesServed,
    /// Family MFCs open and regions covered at the end of each quarter from the first known
    /// opening to the profile's day, and on the day itself ([`growth_dates`]).
    pub growth: NetworkGrowth,
    /// Network plans against the openings of their periods: all plans for the whole network,
    /// the region's own plans for a region.
    pub plans: Vec<PlanProgress>,
    /// Staff per family MFC on the day, where appointments are known.
    pub staff_per_family_mfc: StaffPerFamilyMfc,
}

/// The profile of the whole network on `date`.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let registry = social_services::sample::registry();
/// let network = aggregate::network_profile(&registry, "2024-10-03".parse()?);
/// assert_eq!(network.institutions.total(), registry.institutions().count() as u64);
/// assert_eq!(network.events.len(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn network_profile(registry: &Registry, date: NaiveDate) -> Profile {
    profile(registry, None, date)
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
pub fn regional_profile(registry: &Registry, region: RegionCode, date: NaiveDate) -> Profile {
    profile(registry, Some(region), date)
}

fn profile(registry: &Registry, region: Option<RegionCode>, date: NaiveDate) -> Profile {
    let belongs = |r: Option<RegionCode>| region.is_none() || r == region;
    let institution_region = |id| registry.institution(id).and_then(|i| i.region);

    let mut institutions = InstitutionsByRegionKind::default();
    let mut family_mfcs = FamilyMfcsByRegion::default();
    for institution in registry.institutions().filter(|i| belongs(i.region)) {
        institutions.add(institution);
        family_mfcs.add(institution);
    }

    let mut service_points = ServicePointsOpen::new(date);
    for point in registry.service_points() {
        let home = institution_region(point.institution);
        if belongs(
            point
                .address
                .as_ref()
                .map(crate::values::Address::region)
                .or(home),
        ) {
            service_points.add(point, home);
        }
    }

    let mut staff = StaffOnDate::new(date);
    for appointment in registry
        .appointments()
        .filter(|a| belongs(institution_region(a.institution)))
    {
        staff.add(appointment);
    }

    let mut events = Vec::new();
    let mut events_by_month = EventsByMonth::new(None::<DateRange>);
    for event in registry
        .events()
        .filter(|e| belongs(event_region(registry, e)))
    {
        events_by_month.add(event);
        events.extend(event_summary(registry, event.id));
    }

    let programmes = registry
        .programmes()
        .filter(|p| region.is_none_or(|r| p.regions.contains(&r)))
        .map(|p| super::programmes::coverage_in(registry, p))
        .collect();

    let outputs: Vec<TrainingOutput> = registry
        .training_sites()
        .filter_map(|s| training_output(registry, s.id))
        .collect();
    let trained_from_region = match region {
        Some(r) => outputs.iter().map(|o| o.by_home_region.get(r)).sum(),
        None => outputs.iter().map(TrainingOutput::trained).sum(),
    };
    let training = outputs
        .into_iter()
        .filter(|o| {
            registry
                .training_site(o.site)
                .is_some_and(|s| belongs(institution_region(s.institution)))
        })
        .collect();

    let growth = network_growth(registry, region, &growth_dates(registry, region, date));

    Profile {
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
        families: families_served(registry, region),
        growth,
        plans: plan_against_fact(registry, region, date),
        staff_per_family_mfc: staff_per_family_mfc(registry, region, date),
    }
}
