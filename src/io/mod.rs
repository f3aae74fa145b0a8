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
//! | a data set as JSON | [`json::to_string`], [`json::to_string_pretty`], [`json::write`] | the serde form of [`Dataset`](crate::Dataset) |
//! | a data set as JSON Lines | [`jsonl::write`]; [`jsonl::write_header`] then [`jsonl::write_record`] to stream | a header line, one record a line |
//! | a data set from JSON Lines, failing on the first bad line | [`jsonl::read_dataset`] | the [`IoError`] names the line |
//! | records of a stream too large for memory | [`jsonl::Reader`] | an iterator; stop at or skip bad lines ([`jsonl::ErrorPolicy`]), bounded lines |
//! | the flat record kinds for spreadsheets | [`csv::read_institutions`], [`csv::write_institutions`], … | one pair per kind; documented headers, Russian terms read |
//! | events, institutions, service points for a website | [`jsonld::events`], [`jsonld::institution`], [`jsonld::service_point`], [`jsonld::script`] | schema.org JSON-LD |
//! | a registry as Open Referral HSDS 3.x | `hsds::export` (feature `hsds`) | what HSDS cannot hold is counted |
//! | record kinds as Arrow batches and Parquet files | `arrow` (feature `arrow`) | Snappy-compressed; a data set's tables in a directory |
//! | a file or folder written so that an interruption never leaves half of it | [`atomic`] | a new file synced, then renamed over the old |
//! | attendance files of any size, without a registry | [`stream`](crate::stream) | its own guide table |
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

pub use error::IoError;
pub use path::load_path;
