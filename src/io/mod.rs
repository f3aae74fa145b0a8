//! Formats: the data set in JSON and JSON Lines, and the flat record kinds in CSV — readers and
//! writers that go through the values' own parsers, so that a bad value is reported with its
//! own message and its place (field path, line, column).
//!
//! - [`json`]: the whole data set as one document, compact or pretty; a reader that fails on
//!   the first problem and one that collects every problem and goes on to validation.
//! - [`jsonl`]: one record a line after a header line; a streaming reader over any
//!   [`BufRead`](std::io::BufRead) that can stop at or skip bad lines.
//! - [`csv`]: institutions, service points, persons, appointments, enrollments, services,
//!   service statistics and network plans as spreadsheet tables with documented headers.
//! - `hsds` (feature `hsds`): a registry as Open Referral HSDS 3.x organizations, locations,
//!   services and schedules, with what HSDS cannot hold counted.
//! - [`jsonld`]: events, institutions and service points as schema.org JSON-LD, for a centre's
//!   website.
//! - `arrow` (the `arrow` feature): the flat record kinds and the event attendance as Arrow
//!   record batches and Snappy-compressed Parquet files, and a whole data set's tables as
//!   Parquet files in a directory.
//! - `postgres` (the `postgres` feature): a data set in PostgreSQL — versioned migrations,
//!   saving and loading in one transaction with `COPY`, attendance streamed in with `COPY`,
//!   and the main figures as SQL views.
//! - [`atomic`]: writing any of them to a file so that an interrupted write never leaves a
//!   half-written file.
//!
//! # Example
//! ```
//! use social_services::{io, Dataset};
//!
//! let dataset = Dataset::new();
//! let text = io::json::to_string_pretty(&dataset);
//! assert_eq!(io::json::from_str(&text)?, dataset);
//! # Ok::<(), social_services::io::IoError>(())
//! ```

#[cfg(feature = "arrow")]
pub mod arrow;
pub mod atomic;
pub mod csv;
mod error;
mod hours;
#[cfg(feature = "hsds")]
pub mod hsds;
pub mod json;
pub mod jsonl;
pub mod jsonld;
mod keys;
#[cfg(feature = "postgres")]
pub mod postgres;

pub use error::IoError;
