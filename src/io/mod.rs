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
//! - [`atomic`]: writing any of them to a file so that an interrupted write never leaves a
//!   half-written file.
//!
//! # Errors
//!
//! Every reader fails with an [`IoError`] (the attendance streams with
//! [`StreamError`](crate::stream::StreamError), below). Its message says *where* — the table,
//! the row or line, the column, the field path — and its [`source`](std::error::Error::source)
//! says *what*: the value's own typed error ([`ValueError`](crate::ValueError) with its
//! [`IdentifierErrorKind`](crate::IdentifierErrorKind) …, [`RecordError`](crate::RecordError)),
//! the [`std::io::Error`], or a [`Problem`] the reader found. A message never repeats its
//! source's text, so a reporter that walks the chain (`{:#}` of `anyhow`, or [`Chain`], which
//! joins the parts with `: ` as the examples print them) writes each part once:
//! `line 2, column 3 (inn): invalid ИНН "7830002290": check digit is 0, expected 3`.
//!
//! **Decision: `#[non_exhaustive]` enums with public fields, not opaque errors with
//! accessors.** `semver` and `http` keep their fields private because their errors are few and
//! say little beyond their message; here a caller routinely needs the place of a bad cell (to
//! point a spreadsheet user at it) and the kind of a bad value (to tell a mistyped ИНН from a
//! missing one), and a `match` on a variant with named fields is the shortest way to both.
//! The cost is that every variant's fields are a promise; it is bounded by marking every error
//! enum (and every enum of error kinds) `#[non_exhaustive]`, so that variants can be added,
//! and by keeping what varies — the cause — behind [`Cause`] (a boxed error reached through
//! `source()` and `downcast_ref`), so that a new cause type changes no field. This holds for
//! every error of the crate: [`IoError`], [`StreamError`](crate::stream::StreamError),
//! [`ValueError`](crate::ValueError), [`RecordError`](crate::RecordError) and the registry's.
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

pub use error::{Cause, Chain, IoError, Problem};
