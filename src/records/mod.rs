//! Records: institutions, departments, service points, people and their posts, events,
//! programmes, training sites and cohorts, services, service statistics, network plans and
//! stated figures — plain structs with public fields built from
//! validated values.
//!
//! Every record kind has a typed id ([`Id<T>`]), so an event id never type-checks where an
//! institution id is expected. Closed and open vocabularies are enums implementing
//! [`Vocabulary`]. Every record keeps the fields this version of the crate does not know in its
//! `extra` map, so reading and writing a document loses nothing.
//!
//! | you want | call / type | notes |
//! | --- | --- | --- |
//! | an institution, authority or fund, its departments | [`Institution`], [`Department`] | [`InstitutionKind`], [`DepartmentKind`], [`LegalForm`], [`Level`] |
//! | a place where families are served | [`ServicePoint`] | [`ServicePointKind`], [`ServicePointStatus`], opening hours and address |
//! | a person and the posts they hold | [`Person`], [`Appointment`] | [`Role`]; acting posts («и.о.») and periods |
//! | a seminar, conference, training or visit | [`Event`] | [`AgendaItem`] ([`Speaker`]s), [`Participation`]: [`Attendee`]s, head-counts, [`StatedParticipation`]; [`Venue`] |
//! | a programme or project | [`Programme`] | [`ProgrammeKind`] |
//! | a training site and its cohorts | [`TrainingSite`], [`Cohort`], [`Enrollment`] | [`CohortFormat`], [`EnrollmentStatus`] |
//! | a service of the catalogue, and its statistics | [`Service`], [`ServiceStatistics`] | [`ServiceCategory`], [`FamilyCategory`]; [`StatisticsScope`], [`ScopeLevel`] |
//! | a plan figure for the network | [`NetworkPlan`] | set against openings by [`plan_against_fact`](crate::aggregate::plan_against_fact) |
//! | a figure as a source states it | [`StatedFigure`] | [`Measure`], [`FigureScope`] ([`ScopeKind`]), [`FigureValue`] |
//! | a count as stated («более 250») | [`StatedCount`] | its [`Qualifier`] is never lost |
//! | where a record's facts come from | [`Source`] | publication, date, what was inferred |
//! | a record's id | [`Id<T>`] and its aliases ([`InstitutionId`], [`EventId`], …) | [`Id::from_name`] for stable ids, [`Id::new_v4`] for random ones |
//! | a domain term as read and written | [`Vocabulary`] | English `snake_case` or the Russian term; unknown terms kept as `Other` where the vocabulary is open |
//! | the fields this crate does not know | [`Extra`] | kept as read, written back |
//! | why an id or a stated count was refused | [`RecordError`] | names the field and quotes the value |
//! | the records of a whole data set, checked | [`Dataset`](crate::registry::Dataset), [`Registry`](crate::registry::Registry) | see [`registry`](crate::registry) |

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
