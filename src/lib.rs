#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod aggregate;
pub mod io;
pub mod records;
pub mod registry;
pub mod report;
pub mod sample;
#[cfg(feature = "schema")]
pub mod schema;
#[cfg(any(test, feature = "proptest"))]
pub mod strategy;
pub mod stream;
#[cfg(feature = "synth")]
pub mod synth;
pub mod values;

// Values: identifiers, regions, names, contacts, addresses, dates, schedules.
pub use values::{
    Address, AddressErrorKind, AddressPrecision, DateErrorKind, DatePrecision, DateRange, District,
    DistrictKind, Email, EmailErrorKind, FederalDistrict, FederalSubject, GeoErrorKind, GeoPoint,
    House, IdentifierErrorKind, Inn, KnownDate, Kpp, Locality, LocalityKind, NameErrorKind,
    NamePart, Ogrn, Ogrnip, Oktmo, PartialDate, PeriodKind, PersonName, Phone, PhoneErrorKind,
    PostalCode, RegionCode, RegionErrorKind, ReportingPeriod, ScheduleErrorKind, Snils, Street,
    StreetKind, SubjectKind, TimeInterval, Url, UrlErrorKind, ValueError, WeeklySchedule,
};
// The time zone of a federal subject.
pub use values::TimeZone;

// Records: typed ids, vocabularies, stated figures, and the record kinds.
pub use records::{
    AgendaItem, AgendaKind, Appointment, AppointmentId, Attendee, Cohort, CohortFormat, CohortId,
    Department, DepartmentId, DepartmentKind, Enrollment, EnrollmentStatus, Event, EventId,
    EventKind, EventLevel, Extra, FamilyCategory, FigureScope, FigureValue, Id, Institution,
    InstitutionHeadCount, InstitutionId, InstitutionKind, LegalForm, Level, Measure, NetworkPlan,
    NetworkPlanId, Participation, Person, PersonId, Programme, ProgrammeId, ProgrammeKind,
    Qualifier, RecordError, RegionHeadCount, Role, ScopeKind, ScopeLevel, Service, ServiceCategory,
    ServiceId, ServicePoint, ServicePointId, ServicePointKind, ServicePointStatus,
    ServiceStatistics, Source, Speaker, StatedCount, StatedFigure, StatedFigureId,
    StatedParticipation, StatisticsScope, TrainingSite, TrainingSiteId, Venue, Vocabulary,
};

// Data sets, validation and the checked registry.
pub use registry::{
    Dataset, FORMAT_VERSION, Issue, IssuePath, OLDEST_FORMAT_VERSION, Severity, ValidationReport,
};
pub use registry::{Registry, ValidationOptions, validate};

// Aggregation.
pub use aggregate::{Counter, RegionCounter, StatedTotal};

// Reports.
pub use report::{
    Block, Cell, ChartKind, Column, ColumnKind, CsvDialect, CsvFile, NetworkReportOptions, Report,
    ReportError, Section, Share, Table, agree_ru, count_ru, escape_markdown, growth_report,
    network_report, plural_ru, stated_count_ru, training_report,
};

// Formats.
pub use io::IoError;
