//! A data set in PostgreSQL (feature `postgres`): the schema as versioned migrations, saving
//! and loading a [`Dataset`] in one transaction with `COPY`, national-size attendance streamed
//! in with `COPY`, and the main figures as SQL views that equal the crate's own functions.
//!
//! # Why the sync `postgres` crate
//! The crate is synchronous everywhere else, and the applications that save a registry do it
//! in a batch step. The [`postgres`](https://docs.rs/postgres) crate is
//! [`tokio-postgres`](https://docs.rs/tokio-postgres) behind a blocking API: it runs
//! its own single-threaded tokio runtime inside the [`Client`], so users of this feature need
//! no async runtime of their own and users who do not enable it get no tokio at all. Its
//! `copy_in` gives a [`Write`](std::io::Write) for `COPY … FROM STDIN`, which is all the bulk
//! path needs: rows are encoded in COPY's text format by the crate, as their values'
//! `Display` forms, so the server parses nothing the crate would not read back.
//!
//! # The schema
//! [`migrate`] applies the SQL files of the crate's `migrations/` folder that the database
//! lacks, each once, in order, recording them in `schema_migrations`, in the first schema of
//! the connection's `search_path` (so one database holds several registries, one per schema):
//! - `0001_schema.sql`: the table of federal subjects (`regions`), the `dataset` row (format
//!   version and unknown top-level fields), one table per record kind (`institutions`,
//!   `service_points`, `persons`, `appointments`, `events`, `programmes`, `training_sites`,
//!   `cohorts`, `services`, `service_statistics`, `network_plans`, `stated_figures`), one per
//!   nested list the registry refers to (`departments`, `enrollments`), and `attendance`.
//!   Primary keys are the ids (a key text for statistics rows); foreign keys (deferred to
//!   commit) for every scalar reference; CHECK constraints for the closed vocabularies, the
//!   shapes of identifiers and dates and the ordering of date ranges (`daterange`); indexes
//!   for the aggregations' keys; comments on every table and column.
//! - `0002_figures.sql`: the views of the figures (see [Figures](#figures)).
//!
//! Columns follow the record kinds' descriptions (`records::kinds`) as CSV does: a value is
//! the text its `Display` writes (ids are `uuid`, region codes `smallint` referring to
//! `regions`, flags `boolean`, a [`StatedCount`](crate::records::StatedCount) a `numeric` with a
//! `…_qualifier` column, a [`DateRange`](crate::values::DateRange) a `daterange`, lists arrays, an
//! address its eight `address_…` columns as in CSV); what has no column of its own (sources,
//! agenda, participation, head-counts) is `jsonb` in its JSON form; every record's unknown
//! fields (`extra`) are a `jsonb` object, so a round trip loses nothing. References inside
//! arrays and `jsonb` have no foreign keys (PostgreSQL has none for them): the registry checks
//! them on load, as it checks everything.
//!
//! # Reading goes through the parsers
//! The database does not have the last word: [`load`] reads every cell as text and parses it
//! with the value's own parser, so a row edited by hand to hold an ИНН with a wrong check
//! digit or a region that is no federal subject is refused with the table, the row's id, the
//! column and the value's message ([`PgError::Cell`]). The data set read back then goes through
//! [`Registry::new`](crate::Registry::new) like one read from a file, with the same
//! [`ValidationReport`].
//!
//! # Figures
//! `0002_figures.sql` defines views whose rows equal the crate's aggregations, documented in
//! the file and read back by [`figures`]: `family_mfcs` (one row per family MFC, as
//! [`FamilyMfcsByRegion::centres`](crate::aggregate::FamilyMfcsByRegion::centres)),
//! `family_mfcs_by_region`, `attendance_by_region_kind` (the events' attendees, as
//! [`attendance_by_region_kind`](crate::aggregate::attendance_by_region_kind)) and
//! `streamed_attendance_by_region_kind` (the `attendance` table, as
//! [`stream::aggregate`](crate::stream::aggregate)) and `families_served` (families served by
//! region and period with the finest-level-wins rule, as
//! [`families_served`](crate::aggregate::families_served)`(registry, None).cells()`), built on
//! `families_served_places` and `families_served_rows` and the aggregate `stated_qualifier`
//! (the qualifier of a sum of stated counts, as [`StatedTotal`](crate::aggregate::StatedTotal)).
//!
//! # Example
//! ```no_run
//! use social_services::io::postgres;
//!
//! let mut client = postgres::connect("postgresql://postgres@127.0.0.1:5432/test")?;
//! postgres::migrate(&mut client)?;
//! let dataset = social_services::sample::dataset();
//! postgres::save(&mut client, &dataset)?;
//! assert_eq!(postgres::load(&mut client)?, dataset);
//! # Ok::<(), postgres::PgError>(())
//! ```

mod attendance;
mod copy;
mod error;
pub mod figures;
mod kinds;
mod migrate;
mod nested;
mod read;
mod store;
#[cfg(test)]
mod tests;

pub use ::postgres::{Client, Error as DbError};
pub use attendance::copy_attendance;
pub use error::{CellError, PgError};
pub use migrate::{MIGRATIONS, Migration, migrate};

use crate::registry::{Dataset, Registry, ValidationOptions, ValidationReport};

use copy::CopyRows;
use read::Cells;

/// How one table is written and read: its columns after `position` (and `key`), and the
/// functions between a record and its row.
struct Table<T> {
    /// The table's name in SQL.
    relation: &'static str,
    /// The columns of the primary key, `, `-separated: `id`, `key` (written from `name`) or
    /// `cohort, position`.
    conflict: &'static str,
    /// The SQL expression of the row's id or key, for messages.
    row_id: &'static str,
    /// The columns `write` writes, in order, and `read` reads.
    columns: &'static [&'static str],
    /// Those of them that are arrays.
    arrays: &'static [&'static str],
    /// The record's id or key, for messages and the `key` column.
    name: fn(&T) -> String,
    /// Writes the record's cells.
    write: fn(&T, &mut CopyRows) -> Result<(), PgError>,
    /// Reads a record from its row.
    read: fn(&Cells<'_>) -> Result<T, PgError>,
}

/// What [`save`] changed: rows inserted or updated, and rows deleted, over all tables. A row
/// whose every column is unchanged is not written.
///
/// # Example
/// ```
/// let changes = social_services::io::postgres::Changes::default();
/// assert_eq!(changes.written + changes.deleted, 0);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Changes {
    /// Rows inserted or updated.
    pub written: u64,
    /// Rows deleted because their record is gone.
    pub deleted: u64,
}

/// Connects to a PostgreSQL server without TLS (a server on the same host or network).
///
/// # Errors
/// [`PgError::Db`] when the URL is not a connection string or the server cannot be reached.
///
/// # Example
/// ```no_run
/// let client = social_services::io::postgres::connect("postgresql://postgres@127.0.0.1:5432/test")?;
/// # Ok::<(), social_services::io::postgres::PgError>(())
/// ```
pub fn connect(url: &str) -> Result<Client, PgError> {
    Ok(Client::connect(url, ::postgres::NoTls)?)
}

/// Saves a data set into the schema, in one transaction: each table's rows are sent with
/// `COPY` into a temporary table, then rows whose id (or key) is gone are deleted and rows
/// that are new or changed are inserted or updated — so saving the same data set twice writes
/// nothing the second time, and saving an edited one writes only what changed.
///
/// The schema's constraints hold at commit: a data set whose references do not resolve, or
/// with two records of one id, is refused by the server ([`PgError::Db`]) and nothing is
/// written. A [`Registry`]'s data set always saves.
///
/// # Errors
/// [`PgError::Unstorable`] for a text holding a NUL character (PostgreSQL cannot store one);
/// [`PgError::Db`] when the server refuses a row or the connection fails; [`PgError::Copy`]
/// when the `COPY` stream breaks.
///
/// # Example
/// ```no_run
/// use social_services::io::postgres;
/// let mut client = postgres::connect("postgresql://postgres@127.0.0.1:5432/test")?;
/// postgres::migrate(&mut client)?;
/// let first = postgres::save(&mut client, &social_services::sample::dataset())?;
/// let again = postgres::save(&mut client, &social_services::sample::dataset())?;
/// assert!(first.written > 0 && again.written == 0);
/// # Ok::<(), postgres::PgError>(())
/// ```
pub fn save(client: &mut Client, dataset: &Dataset) -> Result<Changes, PgError> {
    store::save(client, dataset)
}

/// Reads the data set saved in the schema, every cell through its value's parser, in one
/// read-only transaction (one snapshot of every table); records come back in the order they
/// were saved in.
///
/// # Errors
/// [`PgError::Cell`] at the first cell the crate would refuse, with its table, row and column
/// (tables are read in the order of the [`Dataset`] fields, rows in their saved order,
/// columns in table order); [`PgError::NoDataset`] when nothing was saved; [`PgError::Db`].
///
/// # Example
/// ```no_run
/// use social_services::io::postgres;
/// let mut client = postgres::connect("postgresql://postgres@127.0.0.1:5432/test")?;
/// let dataset = postgres::load(&mut client)?;
/// println!("{} records", dataset.len());
/// # Ok::<(), postgres::PgError>(())
/// ```
pub fn load(client: &mut Client) -> Result<Dataset, PgError> {
    store::load(client)
}

/// Reads the data set saved in the schema and builds the registry from it, with the same
/// validation as a data set read from a file: the inner `Err` is the [`ValidationReport`]
/// [`Registry::with_options`] gives.
///
/// # Errors
/// As [`load`].
///
/// # Example
/// ```no_run
/// use social_services::{ValidationOptions, io::postgres};
/// let mut client = postgres::connect("postgresql://postgres@127.0.0.1:5432/test")?;
/// match postgres::load_registry(&mut client, &ValidationOptions::default())? {
///     Ok(registry) => println!("{} institutions", registry.institutions().count()),
///     Err(report) => eprintln!("{report}"),
/// }
/// # Ok::<(), postgres::PgError>(())
/// ```
pub fn load_registry(
    client: &mut Client,
    options: &ValidationOptions,
) -> Result<Result<Registry, ValidationReport>, PgError> {
    Ok(Registry::with_options(load(client)?, options))
}
