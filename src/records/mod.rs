//! Records: institutions, departments, service points, people and their posts, events,
//! programmes, training sites and cohorts, services, service statistics, network plans and
//! stated figures — plain structs with public fields built from
//! validated values.
//!
//! Every record kind has a typed id ([`Id<T>`]), so an event id never type-checks where an
//! institution id is expected. Closed and open vocabularies are enums implementing
//! [`Vocabulary`]. Every record keeps the fields this version of the crate does not know in its
//! `extra` map, so reading and writing a document loses nothing.

#[cfg(any(test, feature = "proptest"))]
pub(crate) mod arbitrary;
mod error;
mod event;
mod figure_scope;
mod id;
mod institution;
pub(crate) mod kinds;
mod plan;
mod programme;
mod service;
mod service_point;
mod source;
mod staff;
pub(crate) mod stated_count;
mod stated_figure;
mod statistics;
mod training;
pub(crate) mod vocabulary;

pub use error::{PartError, RecordError};
pub use event::{
    AgendaItem, AgendaKind, Attendee, Event, EventKind, EventLevel, InstitutionHeadCount,
    Participation, RegionHeadCount, Speaker, StatedParticipation, Venue,
};
pub use figure_scope::{FigureScope, ScopeKind};
pub use id::Id;
pub(crate) use institution::institution_kind;
pub use institution::{Department, DepartmentKind, Institution, InstitutionKind, LegalForm, Level};
pub(crate) use kinds::{flat_kinds, record_kinds};
pub use plan::NetworkPlan;
pub(crate) use plan::network_plan_kind;
pub use programme::{Programme, ProgrammeKind};
pub(crate) use service::service_kind;
pub use service::{FamilyCategory, Service, ServiceCategory};
pub(crate) use service_point::service_point_kind;
pub use service_point::{ServicePoint, ServicePointKind, ServicePointStatus};
pub use source::Source;
pub use staff::{Appointment, Person, Role};
pub(crate) use staff::{appointment_kind, person_kind};
pub use stated_count::{Qualifier, StatedCount};
pub(crate) use stated_figure::stated_figure_kind;
pub use stated_figure::{FigureValue, Measure, StatedFigure};
pub(crate) use statistics::service_statistics_kind;
pub use statistics::{ScopeLevel, ServiceStatistics, StatisticsScope};
pub use training::{Cohort, CohortFormat, Enrollment, EnrollmentStatus, TrainingSite};
pub use vocabulary::Vocabulary;

/// Fields of a record that this version of the crate does not know, kept as read so that a
/// read–write cycle loses nothing.
pub type Extra = std::collections::BTreeMap<String, serde_json::Value>;

/// The id of an [`Institution`].
pub type InstitutionId = Id<Institution>;
/// The id of a [`Department`].
pub type DepartmentId = Id<Department>;
/// The id of a [`ServicePoint`].
pub type ServicePointId = Id<ServicePoint>;
/// The id of a [`Person`].
pub type PersonId = Id<Person>;
/// The id of an [`Appointment`].
pub type AppointmentId = Id<Appointment>;
/// The id of an [`Event`].
pub type EventId = Id<Event>;
/// The id of a [`Programme`].
pub type ProgrammeId = Id<Programme>;
/// The id of a [`TrainingSite`].
pub type TrainingSiteId = Id<TrainingSite>;
/// The id of a [`Cohort`].
pub type CohortId = Id<Cohort>;
/// The id of a [`Service`].
pub type ServiceId = Id<Service>;
/// The id of a [`NetworkPlan`].
pub type NetworkPlanId = Id<NetworkPlan>;
/// The id of a [`StatedFigure`].
pub type StatedFigureId = Id<StatedFigure>;
