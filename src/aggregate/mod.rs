//! Aggregation: accumulators whose partial results merge, and the domain figures a report
//! needs, computed from a checked registry.
//!
//! Every accumulator's `merge` is associative and commutative with the empty accumulator as
//! identity, so results computed per shard, per thread or on another engine combine into the
//! same answer as one pass. The record-by-record accumulators — [`Counter`],
//! [`RegionCounter`], [`AttendanceByRegionKind`], [`InstitutionsByRegionKind`],
//! [`FamilyMfcsByRegion`], [`EventsByMonth`] — also read back with serde (`Deserialize`) from
//! the form they serialize to, with their margins checked, so a partial result can be written
//! by one process or machine and merged in another (`examples/shard_merge.rs`). Each domain figure is an accumulator (`add` one record, `merge`
//! two partial results) and a function over a [`Registry`](crate::registry::Registry):
//!
//! | figure | function |
//! | --- | --- |
//! | institutions by region × kind | [`institutions_by_region_kind`] |
//! | event attendance by region × institution kind | [`attendance_by_region_kind`] |
//! | family MFCs by region | [`family_mfcs_by_region`] |
//! | service points open on a day | [`service_points_open_on`] |
//! | staff by role on a day, acting posts | [`staff_on`] |
//! | one event's summary | [`event_summary`] |
//! | events by month and level | [`events_by_month`] |
//! | programme coverage | [`programme_coverage`] |
//! | training output of a site | [`training_output`], [`stated_trained_total`] |
//! | families served by region and period (finest level wins), cumulative, by year / quarter | [`families_served`], [`families_served_between`], [`FamiliesServed::by_period_kind`] |
//! | families by service, by category; share under social support | [`families_by_service`], [`families_by_category`], [`FamilyFigures::support_share`] |
//! | family MFCs open and regions covered over time, openings per year | [`network_growth`], [`growth_dates`] |
//! | network plans against openings | [`plan_against_fact`] |
//! | staff per family MFC | [`staff_per_family_mfc`] |
//! | all of these for the network or one region | [`network_profile`], [`regional_profile`] |

pub(crate) mod attendance;
mod breakdown;
mod centre_staff;
mod counter;
mod events;
mod families;
/// The test network of the families-served tests, for the PostgreSQL views' tests.
#[cfg(all(test, feature = "postgres"))]
pub(crate) use families::fixture as families_fixture;
mod growth;
mod history;
mod institutions;
mod period;
mod plans;
mod profile;
mod programmes;
mod reconcile;
mod region;
mod service_points;
mod staff;
mod stated;
mod training;

#[cfg(feature = "rayon")]
pub use attendance::par_attendance_by_region_kind;
pub use attendance::{AttendanceByRegionKind, attendance_by_region_kind};
pub use breakdown::{
    BreakdownCell, FamiliesBreakdown, FamiliesByCategory, FamiliesByService, families_by_category,
    families_by_service,
};
pub use centre_staff::{CentreStaff, StaffPerFamilyMfc, staff_per_family_mfc};
pub use counter::Counter;
pub use events::{Basis, EventSummary, EventsByMonth, Reconciled, event_summary, events_by_month};
pub use families::{
    FamiliesBetween, FamiliesCell, FamiliesServed, FamilyFigures, families_served,
    families_served_between,
};
pub use growth::{GrowthPoint, NetworkGrowth, growth_dates, network_growth};
pub use history::{HistoryPoint, Known, NetworkHistory, network_history};
pub use institutions::{
    FamilyMfc, FamilyMfcsByRegion, InstitutionsByRegionKind, family_mfcs_by_region,
    institutions_by_region_kind,
};
pub use plans::{PlanProgress, plan_against_fact};
pub use profile::{Profile, network_profile, regional_profile};
pub use programmes::{ProgrammeCoverage, programme_coverage};
pub use reconcile::{Disagreement, Origin, admits, reconcile};
pub use region::RegionCounter;
pub use service_points::{ServicePointsOpen, service_points_open_on};
pub use staff::{ActingPost, StaffOnDate, staff_on};
pub use stated::StatedTotal;
pub use training::{TrainingOutput, stated_trained_total, training_output};
