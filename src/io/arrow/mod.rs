//! The flat tables as Arrow record batches and Parquet files (the `arrow` feature): the
//! record kinds that have CSV tables ([`io::csv`](super::csv)) and the large table of event
//! attendance, for `DuckDB`, polars, pandas and Spark.
//!
//! Every table is a [`Table`]: [`Table::to_batch`] builds one record batch of records,
//! [`Table::from_batch`] reads them back through the values' own parsers, so that a bad cell
//! is reported with the value's message, its row and its column. [`parquet`] writes and reads
//! them as Snappy-compressed Parquet files, and [`export`] writes every table of a data set to
//! a directory.
//!
//! # Example
//! ```
//! use social_services::io::arrow::{Table, parquet};
//! use social_services::{Institution, sample};
//!
//! let dataset = sample::dataset();
//! let batch = Institution::to_batch(&dataset.institutions)?;
//! assert_eq!(batch.num_rows(), 12);
//! assert_eq!(Institution::from_batch(&batch)?, dataset.institutions);
//!
//! let mut file = Vec::new();
//! parquet::write(&dataset.institutions, &mut file)?;
//! let back: Vec<Institution> = parquet::read(parquet::Bytes::from(file))?;
//! assert_eq!(back, dataset.institutions);
//! # Ok::<(), social_services::IoError>(())
//! ```
//!
//! # Common rules
//! - **Ids** are `FixedSizeBinary(16)`: the UUID's 16 bytes in order (`DuckDB` and polars show
//!   them as a blob; `uuid::Uuid::from_slice` reads them). A reader also takes a text column
//!   of hyphenated UUIDs.
//! - **Terms of a vocabulary** (kinds, levels, roles, statuses, categories) are
//!   `Dictionary(Int16, Utf8)` of the canonical English name (`family_mfc`); a term outside
//!   the list (`Other`, `Unrecognised`) is its text as written. A reader takes any text, the
//!   Russian term too (`КЦСОН`), as the vocabulary's parser does.
//! - **Codes** of small closed sets are `Dictionary(Int8, Utf8)`: the region code as two
//!   digits (`71`; a reader also takes a subject's name, `Тульская область`), the precision of
//!   a date, the qualifier of a count, the level of a statistics scope.
//! - **Dates** ([`PartialDate`](crate::values::PartialDate)) are two columns: `<name>` is the `Date32`
//!   of the first day, `<name>_precision` says how much of it is known — `day`, `month` (the
//!   date is the first of the month: `2024-09` is 2024-09-01) or `year` (the date is 1
//!   January). A reader takes a date without a precision (a column another tool wrote) as a
//!   full date, and refuses a precision without a date or a `month` date that is not the
//!   first of its month.
//! - **Stated counts** ([`StatedCount`](crate::records::StatedCount)) are two columns too: `<name>` is
//!   the number (`UInt64`; a reader also takes `Int64` without negative numbers) and
//!   `<name>_qualifier` the qualifier (`exact`, `more_than`, `up_to`, `about`, `almost`;
//!   absent is `exact`).
//! - **Identifiers and other values** (ИНН, ОГРН, КПП, СНИЛС, names, schedules, reporting
//!   periods) are `Utf8` of their text form, what their `Display` writes and their `FromStr`
//!   reads.
//! - **Lists** (phones, e-mails, family categories) are `List<Utf8>`, lists of ids
//!   `List<FixedSizeBinary(16)>`; neither is ever null (no items is an empty list).
//! - **Nested records** (an institution's departments, any record's sources) are `Utf8`
//!   holding the JSON array of the records in their JSON form, null when there are none; the
//!   **`extra`** column holds the record's unknown fields as one JSON object, null when there
//!   are none. So nothing of a record is left out of its row, and reading a written batch
//!   gives back the records exactly.
//! - A writer refuses, with [`IoError::ArrowUnwritable`], only a term outside a vocabulary
//!   that would read back as one of its known terms (`Other("КЦСОН")`). Unlike a CSV cell, a
//!   column tells an empty text from an absent one, so empty texts and empty escape terms are
//!   kept.
//! - A reader needs only the required columns, in any order; a missing optional column reads
//!   as all null (or all empty), columns it does not know are ignored, and a column named
//!   twice is an error. Text columns may be `Utf8`, `LargeUtf8`, `Utf8View` or a dictionary
//!   of them.
//! - Errors name the table, the row (from 1, counted over the whole file) and the column:
//!   [`IoError::ArrowCell`] for a bad value, [`IoError::ArrowMissingColumn`],
//!   [`IoError::ArrowColumnType`] and [`IoError::ArrowSchema`] for a schema the table cannot
//!   read.
//! - The schema's metadata names the table ([`TABLE_KEY`]) and the crate's data set format
//!   version ([`FORMAT_VERSION_KEY`], [`FORMAT_VERSION`](crate::FORMAT_VERSION)); a reader
//!   refuses a schema whose metadata names another table or version, and reads one without
//!   them.
//!
//! What these tables do not hold: events (other than their attendance), programmes, training
//! sites and cohorts (other than their enrollments) stay in JSON or JSON Lines, as they do
//! for CSV.
//!
//! In the tables below, *nullable* is whether the column may hold nulls; a column that is not
//! nullable must be in a batch unless it is a list or a flag (which read as empty and `false`
//! when missing).
//!
//! ## `institutions`
//! [`Institution`]s.
//!
//! | column | Arrow type | nullable | meaning |
//! | --- | --- | --- | --- |
//! | `id` | `FixedSizeBinary(16)` | no | the id |
//! | `name` | `Utf8` | no | the official name |
//! | `short_name` | `Utf8` | yes | the short name |
//! | `kind` | `Dictionary(Int16, Utf8)` | no | what it is, an [`InstitutionKind`](crate::records::InstitutionKind) |
//! | `legal_form` | `Dictionary(Int16, Utf8)` | yes | the legal form, a [`LegalForm`](crate::records::LegalForm) |
//! | `level` | `Dictionary(Int16, Utf8)` | no | the level of government, a [`Level`](crate::records::Level) |
//! | `region` | `Dictionary(Int8, Utf8)` | yes | the federal subject's code |
//! | `parent` | `FixedSizeBinary(16)` | yes | the institution it belongs to |
//! | `inn` | `Utf8` | yes | the [`Inn`](crate::values::Inn) |
//! | `ogrn` | `Utf8` | yes | the [`Ogrn`](crate::values::Ogrn) |
//! | `kpp` | `Utf8` | yes | the [`Kpp`](crate::values::Kpp) |
//! | `address_region` | `Dictionary(Int8, Utf8)` | yes | the address: the federal subject's code; required when another address column is filled |
//! | `address_district` | `Utf8` | yes | the [`District`](crate::values::District), `Лежневский муниципальный район` |
//! | `address_locality` | `Utf8` | yes | the [`Locality`](crate::values::Locality), `г. Тула`; required likewise |
//! | `address_street` | `Utf8` | yes | the [`Street`](crate::values::Street), `ул. Гоголевская` |
//! | `address_house` | `Utf8` | yes | the [`House`](crate::values::House), `71`; null for an address that stops at the street or settlement |
//! | `address_postal_code` | `Utf8` | yes | the [`PostalCode`](crate::values::PostalCode) |
//! | `address_oktmo` | `Utf8` | yes | the [`Oktmo`](crate::values::Oktmo) code |
//! | `address_latitude` | `Float64` | yes | degrees north, with `address_longitude` |
//! | `address_longitude` | `Float64` | yes | degrees east, with `address_latitude` |
//! | `phones` | `List<Utf8>` | no | [`Phone`](crate::values::Phone)s |
//! | `emails` | `List<Utf8>` | no | [`Email`](crate::values::Email)s |
//! | `website` | `Utf8` | yes | the website |
//! | `opened` | `Date32` | yes | when it opened (first day of the day, month or year named) |
//! | `opened_precision` | `Dictionary(Int8, Utf8)` | yes | `day`, `month` or `year` |
//! | `opened_bound` | `Dictionary(Int8, Utf8)` | yes | `no_later_than` or `no_earlier_than` for a [`KnownDate`](crate::values::KnownDate) that is a bound; null (or no column) for a date it is on |
//! | `closed` | `Date32` | yes | when it closed (first day) |
//! | `closed_precision` | `Dictionary(Int8, Utf8)` | yes | `day`, `month` or `year` |
//! | `closed_bound` | `Dictionary(Int8, Utf8)` | yes | as `opened_bound` |
//! | `departments` | `Utf8` | yes | JSON array of [`Department`](crate::records::Department)s |
//! | `sources` | `Utf8` | yes | JSON array of [`Source`](crate::records::Source)s |
//! | `extra` | `Utf8` | yes | JSON object of unknown fields |
//!
//! ## `service_points`
//! [`ServicePoint`]s; the address as in `institutions`.
//!
//! | column | Arrow type | nullable | meaning |
//! | --- | --- | --- | --- |
//! | `id` | `FixedSizeBinary(16)` | no | the id |
//! | `institution` | `FixedSizeBinary(16)` | no | the institution that runs it |
//! | `department` | `FixedSizeBinary(16)` | yes | the department that runs it |
//! | `name` | `Utf8` | no | the name |
//! | `kind` | `Dictionary(Int16, Utf8)` | no | a [`ServicePointKind`](crate::records::ServicePointKind) |
//! | `status` | `Dictionary(Int16, Utf8)` | no | a [`ServicePointStatus`](crate::records::ServicePointStatus) |
//! | `address_region` | `Dictionary(Int8, Utf8)` | yes | see `institutions` |
//! | `address_district` | `Utf8` | yes | see `institutions` |
//! | `address_locality` | `Utf8` | yes | see `institutions` |
//! | `address_street` | `Utf8` | yes | see `institutions` |
//! | `address_house` | `Utf8` | yes | see `institutions` |
//! | `address_postal_code` | `Utf8` | yes | see `institutions` |
//! | `address_oktmo` | `Utf8` | yes | see `institutions` |
//! | `address_latitude` | `Float64` | yes | see `institutions` |
//! | `address_longitude` | `Float64` | yes | see `institutions` |
//! | `schedule` | `Utf8` | yes | the opening hours, a [`WeeklySchedule`](crate::values::WeeklySchedule) |
//! | `url` | `Utf8` | yes | its web page (an online point's), a [`Url`](crate::values::Url) |
//! | `services` | `List<FixedSizeBinary(16)>` | no | the services offered |
//! | `opened` | `Date32` | yes | when it opened (first day of the day, month or year named) |
//! | `opened_precision` | `Dictionary(Int8, Utf8)` | yes | `day`, `month` or `year` |
//! | `opened_bound` | `Dictionary(Int8, Utf8)` | yes | `no_later_than` or `no_earlier_than` for a [`KnownDate`](crate::values::KnownDate) that is a bound; null (or no column) for a date it is on |
//! | `closed` | `Date32` | yes | when it closed (first day) |
//! | `closed_precision` | `Dictionary(Int8, Utf8)` | yes | `day`, `month` or `year` |
//! | `closed_bound` | `Dictionary(Int8, Utf8)` | yes | as `opened_bound` |
//! | `sources` | `Utf8` | yes | JSON array of [`Source`](crate::records::Source)s |
//! | `extra` | `Utf8` | yes | JSON object of unknown fields |
//!
//! ## `persons`
//! [`Person`]s.
//!
//! | column | Arrow type | nullable | meaning |
//! | --- | --- | --- | --- |
//! | `id` | `FixedSizeBinary(16)` | no | the id |
//! | `name` | `Utf8` | no | the [`PersonName`](crate::values::PersonName), `Егорова Е. В.` |
//! | `snils` | `Utf8` | yes | the [`Snils`](crate::values::Snils) |
//! | `phones` | `List<Utf8>` | no | [`Phone`](crate::values::Phone)s |
//! | `emails` | `List<Utf8>` | no | [`Email`](crate::values::Email)s |
//! | `sources` | `Utf8` | yes | JSON array of [`Source`](crate::records::Source)s |
//! | `extra` | `Utf8` | yes | JSON object of unknown fields |
//!
//! ## `appointments`
//! [`Appointment`]s.
//!
//! | column | Arrow type | nullable | meaning |
//! | --- | --- | --- | --- |
//! | `id` | `FixedSizeBinary(16)` | no | the id |
//! | `person` | `FixedSizeBinary(16)` | no | who holds the post |
//! | `institution` | `FixedSizeBinary(16)` | no | where |
//! | `department` | `FixedSizeBinary(16)` | yes | the department |
//! | `role` | `Dictionary(Int16, Utf8)` | no | a [`Role`](crate::records::Role) |
//! | `title` | `Utf8` | yes | the title exactly as stated |
//! | `acting` | `Boolean` | no | held as acting («и.о.»); `false` when the column is missing |
//! | `start` | `Date32` | yes | when the post was taken (first day) |
//! | `start_precision` | `Dictionary(Int8, Utf8)` | yes | `day`, `month` or `year` |
//! | `end` | `Date32` | yes | when the post was left (first day) |
//! | `end_precision` | `Dictionary(Int8, Utf8)` | yes | `day`, `month` or `year` |
//! | `sources` | `Utf8` | yes | JSON array of [`Source`](crate::records::Source)s |
//! | `extra` | `Utf8` | yes | JSON object of unknown fields |
//!
//! ## `enrollments`
//! The [`Enrollment`]s of every cohort, each with its cohort's id: records
//! `(CohortId, Enrollment)`.
//!
//! | column | Arrow type | nullable | meaning |
//! | --- | --- | --- | --- |
//! | `cohort` | `FixedSizeBinary(16)` | no | the cohort |
//! | `person` | `FixedSizeBinary(16)` | yes | the trainee, when named |
//! | `home_region` | `Dictionary(Int8, Utf8)` | yes | the federal subject the trainee came from |
//! | `home_institution` | `FixedSizeBinary(16)` | yes | the institution the trainee came from |
//! | `status` | `Dictionary(Int16, Utf8)` | no | an [`EnrollmentStatus`](crate::records::EnrollmentStatus) |
//! | `extra` | `Utf8` | yes | JSON object of unknown fields |
//!
//! ## `services`
//! [`Service`]s of the catalogue.
//!
//! | column | Arrow type | nullable | meaning |
//! | --- | --- | --- | --- |
//! | `id` | `FixedSizeBinary(16)` | no | the id |
//! | `name` | `Utf8` | no | the name in the catalogue |
//! | `category` | `Dictionary(Int16, Utf8)` | no | a [`ServiceCategory`](crate::records::ServiceCategory) |
//! | `description` | `Utf8` | yes | what it gives |
//! | `eligible` | `List<Utf8>` | no | [`FamilyCategory`](crate::records::FamilyCategory) terms; empty for every family |
//! | `sources` | `Utf8` | yes | JSON array of [`Source`](crate::records::Source)s |
//! | `extra` | `Utf8` | yes | JSON object of unknown fields |
//!
//! ## `service_statistics`
//! Rows of [`ServiceStatistics`]. The scope is three columns:
//! `scope` is its level, `scope_id` the id of a service point, department or institution,
//! `scope_region` the code of a region; the one the level needs is filled, the others null.
//!
//! | column | Arrow type | nullable | meaning |
//! | --- | --- | --- | --- |
//! | `scope` | `Dictionary(Int8, Utf8)` | no | `service_point`, `department`, `institution`, `region` or `country` |
//! | `scope_id` | `FixedSizeBinary(16)` | yes | the id of the scope's service point, department or institution |
//! | `scope_region` | `Dictionary(Int8, Utf8)` | yes | the code of the scope's region |
//! | `period` | `Utf8` | no | a [`ReportingPeriod`](crate::values::ReportingPeriod): `2025-03`, `2025-Q1`, `2022-11-01/2023-04-30` |
//! | `service` | `FixedSizeBinary(16)` | yes | the one service; null for all |
//! | `family_category` | `Dictionary(Int16, Utf8)` | yes | the one [`FamilyCategory`](crate::records::FamilyCategory); null for all |
//! | `families_served` | `UInt64` | yes | families that got help |
//! | `families_served_qualifier` | `Dictionary(Int8, Utf8)` | yes | its qualifier |
//! | `families_supported` | `UInt64` | yes | of those, families under social support |
//! | `families_supported_qualifier` | `Dictionary(Int8, Utf8)` | yes | its qualifier |
//! | `appeals` | `UInt64` | yes | appeals |
//! | `appeals_qualifier` | `Dictionary(Int8, Utf8)` | yes | its qualifier |
//! | `sources` | `Utf8` | yes | JSON array of [`Source`](crate::records::Source)s |
//! | `extra` | `Utf8` | yes | JSON object of unknown fields |
//!
//! ## `network_plans`
//! [`NetworkPlan`]s.
//!
//! | column | Arrow type | nullable | meaning |
//! | --- | --- | --- | --- |
//! | `id` | `FixedSizeBinary(16)` | no | the id |
//! | `title` | `Utf8` | no | what the plan is, as stated |
//! | `period` | `Utf8` | no | the [`ReportingPeriod`](crate::values::ReportingPeriod) the openings are planned for |
//! | `region` | `Dictionary(Int8, Utf8)` | yes | the federal subject; null for the whole network |
//! | `centres` | `UInt64` | yes | family MFCs to open |
//! | `centres_qualifier` | `Dictionary(Int8, Utf8)` | yes | its qualifier |
//! | `regions` | `UInt64` | yes | federal subjects in which they are to open |
//! | `regions_qualifier` | `Dictionary(Int8, Utf8)` | yes | its qualifier |
//! | `owner` | `FixedSizeBinary(16)` | yes | who set the plan |
//! | `programme` | `FixedSizeBinary(16)` | yes | the programme the plan belongs to |
//! | `sources` | `Utf8` | yes | JSON array of [`Source`](crate::records::Source)s |
//! | `extra` | `Utf8` | yes | JSON object of unknown fields |
//!
//! ## `stated_figures`
//! [`StatedFigure`]s.
//!
//! | column | Arrow type | nullable | meaning |
//! | --- | --- | --- | --- |
//! | `id` | `FixedSizeBinary(16)` | no | the id |
//! | `measure` | `Dictionary(Int16, Utf8)` | no | the [`Measure`](crate::records::Measure) |
//! | `scope` | `Utf8` | no | the [`FigureScope`](crate::records::FigureScope): `network`, `region:71`, `institution:<uuid>` |
//! | `value` | `Utf8` | no | the [`FigureValue`](crate::records::FigureValue): `144`, `более 250`, `13-й` |
//! | `date` | `Utf8` | yes | the [`KnownDate`](crate::values::KnownDate): `2024-05-17`, `не позднее 2023-05` |
//! | `period` | `Utf8` | yes | the [`ReportingPeriod`](crate::values::ReportingPeriod) |
//! | `sources` | `Utf8` | yes | JSON array of [`Source`](crate::records::Source)s |
//! | `extra` | `Utf8` | yes | JSON object of unknown fields |
//!
//! ## `attendance`
//! [`AttendanceRow`]s: one person at one event, with the region
//! and kind of their institution, so that `GROUP BY region, institution_kind` is answered from
//! the file alone.
//!
//! | column | Arrow type | nullable | meaning |
//! | --- | --- | --- | --- |
//! | `event` | `FixedSizeBinary(16)` | no | the event attended |
//! | `date` | `Date32` | no | the event's first day |
//! | `date_precision` | `Dictionary(Int8, Utf8)` | yes | `day`, `month` or `year` (written for every row; absent is `day`) |
//! | `person` | `FixedSizeBinary(16)` | no | who attended |
//! | `institution` | `FixedSizeBinary(16)` | no | the institution they came from |
//! | `region` | `Dictionary(Int8, Utf8)` | no | the federal subject's code |
//! | `institution_kind` | `Dictionary(Int16, Utf8)` | no | the institution's [`InstitutionKind`](crate::records::InstitutionKind) |

mod attendance;
pub mod export;
mod kinds;
pub mod parquet;
mod read;
mod schema;
mod scope;
mod spec;
mod write;

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;

use crate::records::{
    Appointment, CohortId, Enrollment, Institution, NetworkPlan, Person, Service, ServicePoint,
    ServiceStatistics, StatedFigure,
};
use crate::stream::AttendanceRow;

use super::IoError;
use spec::HasSpec;

pub use schema::{FORMAT_VERSION_KEY, TABLE_KEY};

/// A record kind stored as an Arrow table: its schema, and its records as a record batch and
/// back (see the [module docs](self) for the columns of each).
///
/// Implemented by this crate for [`Institution`], [`ServicePoint`], [`Person`],
/// [`Appointment`], `(CohortId, Enrollment)`, [`Service`], [`ServiceStatistics`],
/// [`NetworkPlan`] and [`AttendanceRow`]; it cannot be implemented outside it.
///
/// # Example
/// ```
/// use social_services::io::arrow::Table;
/// use social_services::{records::PersonId, Person};
///
/// let persons = vec![Person::new(PersonId::from_name("Егорова"), "Егорова Е.В.".parse()?)];
/// let batch = Person::to_batch(&persons)?;
/// assert_eq!(batch.schema(), Person::schema());
/// assert_eq!(Person::NAME, "persons");
/// assert_eq!(Person::from_batch(&batch)?, persons);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait Table: HasSpec {
    /// The table's name, and its Parquet file's without `.parquet` (`persons`).
    const NAME: &'static str = Self::SPEC.name;

    /// The table's Arrow schema, with the metadata naming the table and the format version.
    ///
    /// # Example
    /// ```
    /// use social_services::io::arrow::Table;
    /// use social_services::stream::AttendanceRow;
    ///
    /// let schema = AttendanceRow::schema();
    /// let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
    /// assert_eq!(names, ["event", "date", "date_precision", "person", "institution", "region", "institution_kind"]);
    /// assert_eq!(schema.field(5).data_type().to_string(), "Dictionary(Int8, Utf8)");
    /// ```
    fn schema() -> SchemaRef {
        Self::SPEC.schema()
    }

    /// The records as one record batch of the table's schema.
    ///
    /// # Errors
    /// [`IoError::ArrowUnwritable`] for a term outside a vocabulary that would read back as a
    /// known term, or (for more than 32,768 records) more distinct terms in one column than
    /// an `Int16` dictionary key holds.
    ///
    /// # Example
    /// ```
    /// use social_services::io::{arrow::Table, IoError};
    /// use social_services::{records::{ServiceCategory, ServiceId}, Service};
    ///
    /// let nanny = Service::new(ServiceId::from_name("няня"), "Социальная няня", ServiceCategory::ChildCare);
    /// assert_eq!(Service::to_batch(&[nanny.clone()])?.num_rows(), 1);
    ///
    /// let odd = Service::new(nanny.id, "Социальная няня", ServiceCategory::Other("социальная няня".into()));
    /// let err = Service::to_batch(&[odd]).unwrap_err();
    /// assert!(matches!(err, IoError::ArrowUnwritable { .. }));
    /// assert_eq!(
    ///     social_services::io::Chain(&err).to_string(),
    ///     format!("table services: service {}: category term \"социальная няня\" is kept as written but reads back as the known term \"child_care\"", nanny.id)
    /// );
    /// # Ok::<(), IoError>(())
    /// ```
    fn to_batch(records: &[Self]) -> Result<RecordBatch, IoError> {
        Self::SPEC.to_batch(records)
    }

    /// Reads the records of a record batch: the table's required columns in any order, the
    /// others optional, each value through its own parser (rows counted from 1 in messages).
    ///
    /// # Errors
    /// [`IoError::ArrowCell`] for a bad value, with its row and column;
    /// [`IoError::ArrowMissingColumn`], [`IoError::ArrowColumnType`] and
    /// [`IoError::ArrowSchema`] for a schema the table cannot read.
    ///
    /// # Example
    /// ```
    /// use std::sync::Arc;
    /// use arrow_array::{RecordBatch, StringArray};
    /// use social_services::io::arrow::Table;
    /// use social_services::Institution;
    ///
    /// let text = |values: &[&str]| Arc::new(StringArray::from(values.to_vec())) as _;
    /// let batch = RecordBatch::try_from_iter([
    ///     ("id", text(&["6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11"])),
    ///     ("name", text(&["ОБУСО «Вичугский КЦСОН»"])),
    ///     ("kind", text(&["КЦСОН"])),
    ///     ("level", text(&["региональный"])),
    ///     ("inn", text(&["7830002290"])),
    /// ])?;
    /// let err = Institution::from_batch(&batch).unwrap_err();
    /// assert_eq!(
    ///     social_services::io::Chain(&err).to_string(),
    ///     "table institutions, row 1, column inn: invalid ИНН \"7830002290\": check digit is 0, expected 3"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn from_batch(batch: &RecordBatch) -> Result<Vec<Self>, IoError> {
        Self::SPEC.read_batch(batch, 1)
    }
}

macro_rules! tables {
    ($($record:ty => $spec:expr),* $(,)?) => {
        $(
            impl HasSpec for $record {
                const SPEC: spec::Spec<Self> = $spec;
            }
            impl Table for $record {}
        )*
    };
}

tables! {
    Institution => kinds::INSTITUTIONS,
    ServicePoint => kinds::SERVICE_POINTS,
    Person => kinds::PERSONS,
    Appointment => kinds::APPOINTMENTS,
    (CohortId, Enrollment) => attendance::ENROLLMENTS,
    Service => kinds::SERVICES,
    ServiceStatistics => kinds::SERVICE_STATISTICS,
    NetworkPlan => kinds::NETWORK_PLANS,
    StatedFigure => kinds::STATED_FIGURES,
    AttendanceRow => attendance::ATTENDANCE,
}

/// Every table's name and columns, for the tests of the schema.
#[cfg(test)]
mod tables {
    use super::schema::Column;
    use super::{attendance, kinds};

    pub const ALL: [(&str, &[Column]); 10] = [
        ("institutions", kinds::INSTITUTIONS.columns),
        ("service_points", kinds::SERVICE_POINTS.columns),
        ("persons", kinds::PERSONS.columns),
        ("appointments", kinds::APPOINTMENTS.columns),
        ("enrollments", attendance::ENROLLMENT_COLUMNS),
        ("services", kinds::SERVICES.columns),
        ("service_statistics", kinds::SERVICE_STATISTICS.columns),
        ("network_plans", kinds::NETWORK_PLANS.columns),
        ("stated_figures", kinds::STATED_FIGURES.columns),
        ("attendance", attendance::ATTENDANCE_COLUMNS),
    ];

    pub const ATTENDANCE: &[Column] = attendance::ATTENDANCE_COLUMNS;
}
