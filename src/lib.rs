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

// The entry points an application starts from; everything else is in its module, each with a
// guide table in its docs: values, records, registry, aggregate, report, stream, io.

// The data set, its validation and the checked registry.
pub use registry::{
    Dataset, FORMAT_VERSION, Issue, Registry, Severity, ValidationOptions, ValidationReport,
    validate,
};

// The record kinds a data set holds.
pub use records::{
    Appointment, Cohort, Event, Institution, NetworkPlan, Person, Programme, Service, ServicePoint,
    ServiceStatistics, StatedFigure, TrainingSite,
};

// Reading a file, and the report.
pub use io::load_path;
pub use report::{NetworkReportOptions, Report, network_report};

// The error of each layer.
pub use io::IoError;
pub use records::RecordError;
pub use report::ReportError;
pub use values::ValueError;
