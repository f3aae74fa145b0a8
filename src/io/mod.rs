//! Formats: the data set in JSON and JSON Lines, and the flat record kinds in CSV — readers and
//! writers that go through the values' own parsers, so that a bad value is reported with its
//! own message and its place (field path, line, column).
//!
//! | you want | call / type | notes |
//! | --- | --- | --- |
//! | a registry from a file, whatever its format | [`load_path`] | by extension: `.json` or `.jsonl`; every problem in one [`LoadError`](json::LoadError) |
//! | a registry from a JSON document, every problem reported | [`json::load_file`], [`json::load`] | a file is read record by record, never held whole |
//! | a registry from a JSON Lines stream, every problem reported | [`jsonl::load`] | one error per unreadable line, then validation's issues |
//! | a data set from JSON, failing on the first problem | [`json::from_str`], [`json::read`] | field path, line and column in the [`IoError`] |
//! | the readable records of a bad JSON document | [`json::read_collecting`] | no validation |
//! | a data set as JSON | [`json::to_string`], [`json::to_string_pretty`], [`json::write`], [`json::write_pretty`] | the serde form of [`Dataset`](crate::Dataset) |
//! | a data set as JSON Lines | [`jsonl::write`]; [`jsonl::write_header`] then [`jsonl::write_record`] to stream | a header line, one record a line |
//! | a data set from JSON Lines, failing on the first bad line | [`jsonl::read_dataset`] | the [`IoError`] names the line |
//! | records of a stream too large for memory | [`jsonl::Reader`] | an iterator; stop at or skip bad lines ([`jsonl::ErrorPolicy`]), bounded lines |
//! | the flat record kinds for spreadsheets | [`csv::read_institutions`], [`csv::write_institutions`], … | one pair per kind; documented headers, Russian terms read |
//! | events, institutions, service points for a website | [`jsonld::events`], [`jsonld::institution`], [`jsonld::service_point`], [`jsonld::script`] | schema.org JSON-LD |
//! | a registry as Open Referral HSDS 3.x | `hsds::export` (feature `hsds`) | what HSDS cannot hold is counted |
//! | record kinds as Arrow batches and Parquet files | `arrow` (feature `arrow`) | Snappy-compressed; a data set's tables in a directory |
//! | a file or folder written so that an interruption never leaves half of it | [`atomic`] | a new file synced, then renamed over the old |
//! | a data set in PostgreSQL: migrations, save, load, attendance by `COPY`, figures as SQL views | `postgres` (feature `postgres`) | one transaction; every cell read back through its value's parser |
//! | attendance files of any size, without a registry | [`stream`](crate::stream) | its own guide table |
//!
//! # Errors
//!
//! Every reader fails with an [`IoError`] (the attendance streams with
//! [`StreamError`](crate::stream::StreamError), below). Its message says *where* — the table,
//! the row or line, the column, the field path — and its [`source`](std::error::Error::source)
//! says *what*: the value's own typed error ([`ValueError`](crate::ValueError) with its
//! [`IdentifierErrorKind`](crate::values::IdentifierErrorKind) …, [`RecordError`](crate::RecordError)),
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
mod path;
#[cfg(feature = "postgres")]
pub mod postgres;

pub use error::{Cause, Chain, IoError, Problem};
pub use path::load_path;
