//! The flat record kinds as CSV tables for spreadsheet users: institutions, service points,
//! persons, appointments, enrollments, services, service statistics and network plans.
//!
//! # Common rules
//! - The first row is the header. Columns may come in any order; a reader needs only the
//!   required columns (marked **required** below) and treats a missing optional column as
//!   empty cells. A column named twice is an error.
//! - A cell holds the value's text form — what its `Display` writes and its `FromStr` reads
//!   (ids are hyphenated UUIDs; vocabularies are written by their English name, `kcson`, and
//!   read from the Russian term too, `КЦСОН`). An empty cell is an absent value.
//! - Lists (phones, e-mails, service ids, family categories) are joined with `; `; on reading,
//!   items are split at `;` and trimmed, empty items skipped. A term with a comma is one item
//!   (`многодетные; семьи, воспитывающие детей-инвалидов` is two categories).
//! - An address is flattened into eight columns: `address_region` (subject code, `71`),
//!   `address_district` (`Лежневский муниципальный район`), `address_locality` (`г. Тула`),
//!   `address_street` (`ул. Гоголевская`), `address_house` (`71`), `address_postal_code`,
//!   `address_oktmo`, `address_geo` (`54.193122,37.617348`). All empty is no address; otherwise
//!   region and locality are required (an address may stop at the street or the settlement).
//!   A file without `address_district` reads as one with the column empty.
//! - What does not fit one row — an institution's departments, any record's sources — is a
//!   cell holding the JSON array of the records in their JSON form (empty when there are
//!   none). Nothing of a record is left out of its row.
//! - Columns the header has beyond the ones below are kept in the record's `extra`, each
//!   non-empty cell as a JSON string, and are written back as columns after the known ones, in
//!   name order. An extra field that is not a string is written as its JSON text and so reads
//!   back as that text (the number `5` comes back as the string `"5"`).
//! - A writer refuses, with [`IoError::CsvUnwritable`], what a cell could not give back: an
//!   optional text or extra field that is empty (it would read back as absent), a list item
//!   that is empty, has a `;` or white space at an end, and an extra field named like a column.
//!   The tables of services and service statistics also refuse a term outside a vocabulary
//!   (`Other`) that is empty or that would read back as one of the vocabulary's known terms.
//! - A UTF-8 byte order mark before the header is skipped; rows may end with LF or CRLF; a
//!   quoted cell may span lines (the line of a later row is still its true line).
//! - A reader reports a bad cell with [`IoError::CsvCell`]: its line (the header is line 1),
//!   its column from 1, the column's name and the value's own message.
//!
//! # Institutions ([`write_institutions`], [`read_institutions`])
//! | column | meaning | text form |
//! | --- | --- | --- |
//! | `id` | the id, **required** | UUID |
//! | `name` | the official name, **required** | text |
//! | `short_name` | the short name | text |
//! | `kind` | what it is, **required** | [`InstitutionKind`](crate::records::InstitutionKind) |
//! | `legal_form` | the legal form as stated | [`LegalForm`](crate::records::LegalForm) |
//! | `level` | the level of government, **required** | [`Level`](crate::records::Level) |
//! | `region` | the federal subject | [`RegionCode`](crate::values::RegionCode), `71` |
//! | `parent` | the institution it belongs to | UUID |
//! | `inn`, `ogrn`, `kpp` | the identifiers | [`Inn`](crate::values::Inn), [`Ogrn`](crate::values::Ogrn), [`Kpp`](crate::values::Kpp) |
//! | `address_…` | the address, seven columns | see above |
//! | `phones` | phone numbers | [`Phone`](crate::values::Phone)s joined with `; ` |
//! | `emails` | e-mail addresses | [`Email`](crate::values::Email)s joined with `; ` |
//! | `website` | the website | text |
//! | `opened`, `closed` | when it opened and closed | [`KnownDate`](crate::values::KnownDate): `2024-09`, `не позднее 2023-05` |
//! | `departments` | the departments | JSON array of [`Department`](crate::records::Department)s |
//! | `sources` | the sources | JSON array of [`Source`](crate::records::Source)s |
//!
//! # Service points ([`write_service_points`], [`read_service_points`])
//! | column | meaning | text form |
//! | --- | --- | --- |
//! | `id` | the id, **required** | UUID |
//! | `institution` | the institution that runs it, **required** | UUID |
//! | `department` | the department that runs it | UUID |
//! | `name` | the name, **required** | text |
//! | `kind` | what kind of point, **required** | [`ServicePointKind`](crate::records::ServicePointKind) |
//! | `status` | whether it receives families, **required** | [`ServicePointStatus`](crate::records::ServicePointStatus) |
//! | `address_…` | the address, seven columns | see above |
//! | `schedule` | the opening hours | [`WeeklySchedule`](crate::values::WeeklySchedule) |
//! | `url` | its web page (an online point's) | [`Url`](crate::values::Url) |
//! | `services` | the services offered | [`ServiceId`](crate::records::ServiceId)s joined with `; ` |
//! | `opened`, `closed` | when it opened and closed | [`KnownDate`](crate::values::KnownDate) |
//! | `sources` | the sources | JSON array of [`Source`](crate::records::Source)s |
//!
//! # Persons ([`write_persons`], [`read_persons`])
//! | column | meaning | text form |
//! | --- | --- | --- |
//! | `id` | the id, **required** | UUID |
//! | `name` | the name, **required** | [`PersonName`](crate::values::PersonName), `Егорова Е.В.` |
//! | `snils` | the insurance number | [`Snils`](crate::values::Snils) |
//! | `phones` | phone numbers | [`Phone`](crate::values::Phone)s joined with `; ` |
//! | `emails` | e-mail addresses | [`Email`](crate::values::Email)s joined with `; ` |
//! | `sources` | the sources | JSON array of [`Source`](crate::records::Source)s |
//!
//! # Appointments ([`write_appointments`], [`read_appointments`])
//! | column | meaning | text form |
//! | --- | --- | --- |
//! | `id` | the id, **required** | UUID |
//! | `person` | who holds the post, **required** | UUID |
//! | `institution` | where, **required** | UUID |
//! | `department` | the department | UUID |
//! | `role` | the role, **required** | [`Role`](crate::records::Role) |
//! | `title` | the title exactly as stated | text |
//! | `acting` | held as acting («и.о.») | `true` or `false` (empty is `false`) |
//! | `start`, `end` | when the post was taken and left | [`PartialDate`](crate::values::PartialDate) |
//! | `sources` | the sources | JSON array of [`Source`](crate::records::Source)s |
//!
//! # Enrollments ([`write_enrollments`], [`read_enrollments`])
//! One row per enrollment, with the id of its cohort; the cohorts themselves (title, dates,
//! head-counts) stay in JSON or JSON Lines.
//!
//! | column | meaning | text form |
//! | --- | --- | --- |
//! | `cohort` | the cohort, **required** | UUID |
//! | `person` | the trainee, when named | UUID |
//! | `home_region` | the federal subject the trainee came from | [`RegionCode`](crate::values::RegionCode) |
//! | `home_institution` | the institution the trainee came from | UUID |
//! | `status` | where the trainee stands, **required** | [`EnrollmentStatus`](crate::records::EnrollmentStatus) |
//!
//! # Services ([`write_services`], [`read_services`])
//! | column | meaning | text form |
//! | --- | --- | --- |
//! | `id` | the id, **required** | UUID |
//! | `name` | the name in the catalogue, **required** | text |
//! | `category` | what kind of help it is, **required** | [`ServiceCategory`](crate::records::ServiceCategory), `child_care` or `социальная няня` |
//! | `description` | what it gives | text |
//! | `eligible` | the families it is for; empty for every family | [`FamilyCategory`](crate::records::FamilyCategory)s joined with `; ` |
//! | `sources` | the sources | JSON array of [`Source`](crate::records::Source)s |
//!
//! # Service statistics ([`write_service_statistics`], [`read_service_statistics`])
//! One row per scope, period, service and category of families: the figures a spreadsheet
//! user fills in each month. A row with neither `service` nor `family_category` is the scope's
//! total for the period.
//!
//! | column | meaning | text form |
//! | --- | --- | --- |
//! | `scope` | whom the figures are for, **required** | [`StatisticsScope`](crate::records::StatisticsScope): `service_point:<id>`, `department:<id>`, `institution:<id>`, `region:71` (or `region:Тульская область`), `country` |
//! | `period` | the period they are for, **required** | [`ReportingPeriod`](crate::values::ReportingPeriod): `2025-03`, `2025-Q1`, `2025-H1`, `2025`, `2022-11-01/2023-04-30` |
//! | `service` | the one service; empty for all | UUID |
//! | `family_category` | the one category of families; empty for all | [`FamilyCategory`](crate::records::FamilyCategory), `large_family` or `многодетные` |
//! | `families_served` | families that got help | [`StatedCount`](crate::records::StatedCount): `1200`, `более 38000` (`почти 150 тыс.` reads too) |
//! | `families_supported` | of those, families under social support | [`StatedCount`](crate::records::StatedCount) |
//! | `appeals` | appeals | [`StatedCount`](crate::records::StatedCount) |
//! | `sources` | the sources | JSON array of [`Source`](crate::records::Source)s |
//!
//! # Network plans ([`write_network_plans`], [`read_network_plans`])
//! | column | meaning | text form |
//! | --- | --- | --- |
//! | `id` | the id, **required** | UUID |
//! | `title` | what the plan is, as stated, **required** | text |
//! | `period` | the period the openings are planned for, **required** | [`ReportingPeriod`](crate::values::ReportingPeriod) |
//! | `region` | the federal subject; empty for the whole network | [`RegionCode`](crate::values::RegionCode) |
//! | `centres` | family MFCs to open | [`StatedCount`](crate::records::StatedCount) |
//! | `regions` | federal subjects in which they are to open | [`StatedCount`](crate::records::StatedCount) |
//! | `owner` | who set the plan | UUID |
//! | `programme` | the programme the plan belongs to | UUID |
//! | `sources` | the sources | JSON array of [`Source`](crate::records::Source)s |
//!
//! # Stated figures ([`write_stated_figures`], [`read_stated_figures`])
//! | column | meaning | text form |
//! | --- | --- | --- |
//! | `id` | the id, **required** | UUID |
//! | `measure` | what is measured, **required** | [`Measure`](crate::records::Measure): `family_mfcs`, `specialists_trained` |
//! | `scope` | whom it is for, **required** | [`FigureScope`](crate::records::FigureScope): `network`, `region:71`, `training_site:<uuid>` |
//! | `value` | the value as stated, **required** | [`FigureValue`](crate::records::FigureValue): `144`, `более 250`, `13-й` |
//! | `date` | the date it holds at | [`KnownDate`](crate::values::KnownDate): `2024-05-17`, `не позднее 2023-05` |
//! | `period` | the period it is for | [`ReportingPeriod`](crate::values::ReportingPeriod) |
//! | `sources` | the sources | JSON array of [`Source`](crate::records::Source)s |

use std::io::{Read, Write};

use crate::records::{
    Appointment, CohortId, Enrollment, Institution, NetworkPlan, Person, Service, ServicePoint,
    ServiceStatistics, StatedFigure,
};

use super::IoError;

mod kinds;
mod table;

use table::{read_table, write_table};

/// Writes institutions as a CSV table (see the [module docs](self) for the columns).
///
/// # Errors
/// [`IoError::CsvUnwritable`] for a record a row could not give back (see the module docs);
/// [`IoError::Io`] when the writer fails.
///
/// # Example
/// ```
/// use social_services::io::csv;
/// use social_services::{records::{InstitutionId, InstitutionKind, Level}, Institution};
///
/// let mut kcson = Institution::new(
///     InstitutionId::from_name("Вичугский КЦСОН"), "ОБУСО «Вичугский КЦСОН»", InstitutionKind::Kcson, Level::Regional,
/// );
/// kcson.region = Some("37".parse()?);
/// let mut out = Vec::new();
/// csv::write_institutions(&[kcson.clone()], &mut out)?;
/// assert!(String::from_utf8(out.clone())?.starts_with("id,name,short_name,kind,legal_form,level,region,"));
/// assert_eq!(csv::read_institutions(&out[..])?, [kcson]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_institutions(records: &[Institution], writer: impl Write) -> Result<(), IoError> {
    write_table(&kinds::INSTITUTIONS, records, writer)
}

/// Reads institutions from a CSV table (see the [module docs](self) for the columns).
///
/// # Errors
/// [`IoError::CsvCell`] with the line and column of a bad cell; [`IoError::CsvMissingColumn`],
/// [`IoError::CsvDuplicateColumn`] for a bad header; [`IoError::CsvSyntax`] for text that is
/// not CSV; [`IoError::Io`] when the reader fails.
///
/// # Example
/// ```
/// use social_services::io::{csv, IoError};
///
/// let text = "id,name,kind,level,inn\n\
///             6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11,ОБУСО «Вичугский КЦСОН»,КЦСОН,региональный,7830002290\n";
/// let err = csv::read_institutions(text.as_bytes()).unwrap_err();
/// assert_eq!(
///     social_services::io::Chain(&err).to_string(),
///     "line 2, column 5 (inn): invalid ИНН \"7830002290\": check digit is 0, expected 3"
/// );
/// ```
pub fn read_institutions(reader: impl Read) -> Result<Vec<Institution>, IoError> {
    read_table(&kinds::INSTITUTIONS, reader)
}

/// Writes service points as a CSV table (see the [module docs](self) for the columns).
///
/// # Errors
/// [`IoError::CsvUnwritable`] for an extra field a cell could not give back;
/// [`IoError::Io`] when the writer fails.
///
/// # Example
/// ```
/// use social_services::io::csv;
/// use social_services::{records::{InstitutionId, ServiceId, ServicePointId, ServicePointKind}, ServicePoint};
///
/// let mut point = ServicePoint::new(
///     ServicePointId::from_name("флагман"), InstitutionId::from_name("СМФЦ"), "Флагманское отделение", ServicePointKind::Flagship,
/// );
/// point.address = Some("Тульская область, г. Тула, ул. Гоголевская, 71".parse()?);
/// point.services = vec![ServiceId::from_name("Социальная няня"), ServiceId::from_name("Консультация психолога")];
/// let mut out = Vec::new();
/// csv::write_service_points(&[point.clone()], &mut out)?;
/// let services = format!(",{}; {},", point.services[0], point.services[1]);
/// assert!(String::from_utf8(out.clone())?.contains(&services));
/// assert_eq!(csv::read_service_points(&out[..])?, [point]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_service_points(records: &[ServicePoint], writer: impl Write) -> Result<(), IoError> {
    write_table(&kinds::SERVICE_POINTS, records, writer)
}

/// Reads service points from a CSV table (see the [module docs](self) for the columns).
///
/// # Errors
/// As [`read_institutions`].
///
/// # Example
/// ```
/// use social_services::io::csv;
///
/// let text = "id,institution,name,kind,status,address_locality\n\
///             6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11,6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f12,Точка,филиал,работает,г. Тула\n";
/// let err = csv::read_service_points(text.as_bytes()).unwrap_err();
/// assert_eq!(
///     social_services::io::Chain(&err).to_string(),
///     "line 2, column 0 (address_region): required when another address cell is filled"
/// );
/// ```
pub fn read_service_points(reader: impl Read) -> Result<Vec<ServicePoint>, IoError> {
    read_table(&kinds::SERVICE_POINTS, reader)
}

/// Writes persons as a CSV table (see the [module docs](self) for the columns).
///
/// # Errors
/// [`IoError::CsvUnwritable`] for an extra field a cell could not give back;
/// [`IoError::Io`] when the writer fails.
///
/// # Example
/// ```
/// use social_services::io::csv;
/// use social_services::{records::PersonId, Person};
///
/// let person = Person::new(PersonId::from_name("Егорова"), "Егорова Е.В.".parse()?);
/// let mut out = Vec::new();
/// csv::write_persons(&[person.clone()], &mut out)?;
/// assert_eq!(csv::read_persons(&out[..])?, [person]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_persons(records: &[Person], writer: impl Write) -> Result<(), IoError> {
    write_table(&kinds::PERSONS, records, writer)
}

/// Reads persons from a CSV table (see the [module docs](self) for the columns).
///
/// # Errors
/// As [`read_institutions`].
///
/// # Example
/// ```
/// use social_services::io::csv;
///
/// let text = "id,name,region_note\n6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11,Баталина О.Ю.,Тула\n";
/// let persons = csv::read_persons(text.as_bytes())?;
/// assert_eq!(persons[0].name.short(), "Баталина О.Ю.");
/// assert_eq!(persons[0].extra["region_note"], "Тула");
/// # Ok::<(), social_services::io::IoError>(())
/// ```
pub fn read_persons(reader: impl Read) -> Result<Vec<Person>, IoError> {
    read_table(&kinds::PERSONS, reader)
}

/// Writes appointments as a CSV table (see the [module docs](self) for the columns).
///
/// # Errors
/// [`IoError::CsvUnwritable`] for a record a row could not give back, such as an empty
/// title; [`IoError::Io`] when the writer fails.
///
/// # Example
/// ```
/// use social_services::io::csv;
/// use social_services::{records::{AppointmentId, InstitutionId, PersonId, Role}, Appointment};
///
/// let mut post = Appointment::new(AppointmentId::from_name("a"), PersonId::from_name("p"), InstitutionId::from_name("i"), Role::Director);
/// post.acting = true;
/// post.title = Some("и.о. директора".to_owned());
/// let mut out = Vec::new();
/// csv::write_appointments(&[post.clone()], &mut out)?;
/// assert!(String::from_utf8(out.clone())?.contains(",director,и.о. директора,true,"));
/// assert_eq!(csv::read_appointments(&out[..])?, [post]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_appointments(records: &[Appointment], writer: impl Write) -> Result<(), IoError> {
    write_table(&kinds::APPOINTMENTS, records, writer)
}

/// Reads appointments from a CSV table (see the [module docs](self) for the columns).
///
/// # Errors
/// As [`read_institutions`].
///
/// # Example
/// ```
/// use social_services::io::csv;
///
/// let text = "id,person,institution,role,acting\n\
///             6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11,6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f12,6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f13,директор,да\n";
/// let err = csv::read_appointments(text.as_bytes()).unwrap_err();
/// assert_eq!(social_services::io::Chain(&err).to_string(), "line 2, column 5 (acting): expected true or false, found \"да\"");
/// ```
pub fn read_appointments(reader: impl Read) -> Result<Vec<Appointment>, IoError> {
    read_table(&kinds::APPOINTMENTS, reader)
}

/// Writes enrollments, each with the id of its cohort, as a CSV table (see the
/// [module docs](self) for the columns).
///
/// # Errors
/// [`IoError::CsvUnwritable`] for an extra field a cell could not give back;
/// [`IoError::Io`] when the writer fails.
///
/// # Example
/// ```
/// use social_services::io::csv;
/// use social_services::{records::{CohortFormat, CohortId, Enrollment, EnrollmentStatus, TrainingSiteId}, Cohort};
///
/// let mut cohort = Cohort::new(CohortId::from_name("поток 1"), TrainingSiteId::from_name("площадка"), "Поток 1", CohortFormat::InPerson);
/// cohort.enrollments.push(Enrollment { home_region: Some("37".parse()?), ..Enrollment::new(EnrollmentStatus::Completed) });
/// let rows: Vec<_> = cohort.enrollments.iter().map(|e| (cohort.id, e.clone())).collect();
/// let mut out = Vec::new();
/// csv::write_enrollments(&rows, &mut out)?;
/// assert_eq!(String::from_utf8(out.clone())?.lines().next(), Some("cohort,person,home_region,home_institution,status"));
/// assert_eq!(csv::read_enrollments(&out[..])?, rows);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_enrollments(
    records: &[(CohortId, Enrollment)],
    writer: impl Write,
) -> Result<(), IoError> {
    write_table(&kinds::ENROLLMENTS, records, writer)
}

/// Reads enrollments from a CSV table, each with the id of its cohort (see the
/// [module docs](self) for the columns).
///
/// # Errors
/// As [`read_institutions`].
///
/// # Example
/// ```
/// use social_services::io::csv;
/// use social_services::records::EnrollmentStatus;
///
/// let text = "cohort,status,home_region\n6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11,обучение пройдено,37\n";
/// let rows = csv::read_enrollments(text.as_bytes())?;
/// assert_eq!(rows[0].1.status, EnrollmentStatus::Completed);
/// assert_eq!(rows[0].1.home_region.unwrap().to_string(), "37");
/// # Ok::<(), social_services::io::IoError>(())
/// ```
pub fn read_enrollments(reader: impl Read) -> Result<Vec<(CohortId, Enrollment)>, IoError> {
    read_table(&kinds::ENROLLMENTS, reader)
}

/// Writes services as a CSV table (see the [module docs](self) for the columns).
///
/// # Errors
/// [`IoError::CsvUnwritable`] for a record a row could not give back, such as an empty
/// description or a family category with a `;`; [`IoError::Io`] when the writer fails.
///
/// # Example
/// ```
/// use social_services::io::csv;
/// use social_services::{records::{FamilyCategory, ServiceCategory, ServiceId}, Service};
///
/// let mut nanny = Service::new(ServiceId::from_name("Социальная няня"), "Социальная няня", ServiceCategory::ChildCare);
/// nanny.eligible = vec![FamilyCategory::LargeFamily, FamilyCategory::DisabledChild];
/// let mut out = Vec::new();
/// csv::write_services(&[nanny.clone()], &mut out)?;
/// assert!(String::from_utf8(out.clone())?.contains(",Социальная няня,child_care,,large_family; disabled_child,"));
/// assert_eq!(csv::read_services(&out[..])?, [nanny]);
///
/// let mut odd = Service::new(ServiceId::from_name("досуг"), "Семейный досуг", ServiceCategory::Other("досуг".to_owned()));
/// odd.eligible = vec![FamilyCategory::Other("опекуны; приёмные семьи".to_owned())];
/// let err = csv::write_services(&[odd.clone()], Vec::new()).unwrap_err();
/// assert_eq!(
///     social_services::io::Chain(&err).to_string(),
///     format!("service {}: eligible item \"опекуны; приёмные семьи\" has a `;`, which separates items, so it would not read back", odd.id)
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_services(records: &[Service], writer: impl Write) -> Result<(), IoError> {
    write_table(&kinds::SERVICES, records, writer)
}

/// Reads services from a CSV table (see the [module docs](self) for the columns).
///
/// # Errors
/// As [`read_institutions`].
///
/// # Example
/// ```
/// use social_services::io::csv;
/// use social_services::records::{FamilyCategory, ServiceCategory};
///
/// let text = "id,name,category,eligible\n\
///             6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11,Социальная няня,Социальная няня,\"многодетные; семьи, воспитывающие детей-инвалидов\"\n";
/// let services = csv::read_services(text.as_bytes())?;
/// assert_eq!(services[0].category, ServiceCategory::ChildCare);
/// assert_eq!(services[0].eligible, [FamilyCategory::LargeFamily, FamilyCategory::DisabledChild]);
/// # Ok::<(), social_services::io::IoError>(())
/// ```
pub fn read_services(reader: impl Read) -> Result<Vec<Service>, IoError> {
    read_table(&kinds::SERVICES, reader)
}

/// Writes rows of service statistics as a CSV table (see the [module docs](self) for the
/// columns).
///
/// # Errors
/// [`IoError::CsvUnwritable`] for a row a CSV row could not give back, such as an empty family
/// category; [`IoError::Io`] when the writer fails.
///
/// # Example
/// ```
/// use social_services::io::csv;
/// use social_services::{records::{FamilyCategory, StatedCount, StatisticsScope}, ServiceStatistics};
///
/// let mut march = ServiceStatistics::new(StatisticsScope::Region("71".parse()?), "2025-03".parse()?);
/// march.family_category = Some(FamilyCategory::LargeFamily);
/// march.families_served = Some(StatedCount::exact(1200));
/// march.appeals = Some("более 3 тыс.".parse()?);
/// let mut out = Vec::new();
/// csv::write_service_statistics(&[march.clone()], &mut out)?;
/// assert_eq!(
///     String::from_utf8(out.clone())?,
///     "scope,period,service,family_category,families_served,families_supported,appeals,sources\n\
///      region:71,2025-03,,large_family,1200,,более 3000,\n"
/// );
/// assert_eq!(csv::read_service_statistics(&out[..])?, [march]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_service_statistics(
    records: &[ServiceStatistics],
    writer: impl Write,
) -> Result<(), IoError> {
    write_table(&kinds::SERVICE_STATISTICS, records, writer)
}

/// Reads rows of service statistics from a CSV table (see the [module docs](self) for the
/// columns): Russian terms and figures as people type them (`многодетные`, `почти 150 тыс.`)
/// read.
///
/// # Errors
/// As [`read_institutions`].
///
/// # Example
/// ```
/// use social_services::io::csv;
/// use social_services::records::{FamilyCategory, StatedCount};
///
/// let text = "scope,period,family_category,families_served\n\
///             region:Тульская область,2025-H1,многодетные,почти 150 тыс.\n";
/// let rows = csv::read_service_statistics(text.as_bytes())?;
/// assert_eq!(rows[0].scope.to_string(), "region:71");
/// assert_eq!(rows[0].family_category, Some(FamilyCategory::LargeFamily));
/// assert_eq!(rows[0].families_served, Some("почти 150000".parse::<StatedCount>()?));
///
/// let bad = "scope,period,families_served\nregion:71,2025-Q5,1200\n";
/// let err = csv::read_service_statistics(bad.as_bytes()).unwrap_err();
/// assert_eq!(
///     social_services::io::Chain(&err).to_string(),
///     "line 2, column 2 (period): invalid reporting period \"2025-Q5\": no such quarter 5"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read_service_statistics(reader: impl Read) -> Result<Vec<ServiceStatistics>, IoError> {
    read_table(&kinds::SERVICE_STATISTICS, reader)
}

/// Writes network plans as a CSV table (see the [module docs](self) for the columns).
///
/// # Errors
/// [`IoError::CsvUnwritable`] for an extra field a cell could not give back;
/// [`IoError::Io`] when the writer fails.
///
/// # Example
/// ```
/// use social_services::io::csv;
/// use social_services::{records::{NetworkPlanId, StatedCount}, NetworkPlan};
///
/// // «ещё 18 центров планируется открыть до конца 2026 года в 8 регионах»
/// let mut plan = NetworkPlan::new(NetworkPlanId::from_name("план 2026"), "Открытие семейных МФЦ до конца 2026 года", "2025-07-01/2026-12-31".parse()?);
/// plan.centres = Some(StatedCount::exact(18));
/// plan.regions = Some(StatedCount::exact(8));
/// let mut out = Vec::new();
/// csv::write_network_plans(&[plan.clone()], &mut out)?;
/// assert!(String::from_utf8(out.clone())?.contains(",Открытие семейных МФЦ до конца 2026 года,2025-07-01/2026-12-31,,18,8,,,"));
/// assert_eq!(csv::read_network_plans(&out[..])?, [plan]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_network_plans(records: &[NetworkPlan], writer: impl Write) -> Result<(), IoError> {
    write_table(&kinds::NETWORK_PLANS, records, writer)
}

/// Reads network plans from a CSV table (see the [module docs](self) for the columns).
///
/// # Errors
/// As [`read_institutions`].
///
/// # Example
/// ```
/// use social_services::io::csv;
///
/// let text = "id,title,period,centres\n\
///             6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11,План на 2026 год,2026,около двадцати\n";
/// let err = csv::read_network_plans(text.as_bytes()).unwrap_err();
/// assert_eq!(
///     social_services::io::Chain(&err).to_string(),
///     "line 2, column 4 (centres): invalid stated count \"около двадцати\": expected a whole number, optionally after более, до, около or почти"
/// );
/// ```
pub fn read_network_plans(reader: impl Read) -> Result<Vec<NetworkPlan>, IoError> {
    read_table(&kinds::NETWORK_PLANS, reader)
}

/// Writes stated figures as a CSV table (see the [module docs](self) for the columns).
///
/// # Errors
/// [`IoError::Io`] when the writer fails.
///
/// # Example
/// ```
/// use social_services::io::csv;
/// use social_services::{records::{Measure, StatedFigureId}, StatedFigure};
///
/// // «В Туле открылся 13-й семейный МФЦ региона»
/// let mut nth = StatedFigure::new(StatedFigureId::from_name("tula 13"), Measure::FamilyMfcs, "region:71".parse()?, "13-й".parse()?);
/// nth.date = Some("2024-05-17".parse()?);
/// let mut out = Vec::new();
/// csv::write_stated_figures(&[nth.clone()], &mut out)?;
/// assert!(String::from_utf8(out.clone())?.contains(",family_mfcs,region:71,13-й,2024-05-17,,"));
/// assert_eq!(csv::read_stated_figures(&out[..])?, [nth]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_stated_figures(records: &[StatedFigure], writer: impl Write) -> Result<(), IoError> {
    write_table(&kinds::STATED_FIGURES, records, writer)
}

/// Reads stated figures from a CSV table (see the [module docs](self) for the columns).
///
/// # Errors
/// As [`read_institutions`].
///
/// # Example
/// ```
/// use social_services::io::csv;
///
/// let text = "id,measure,scope,value,date\n\
///             6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11,family_mfcs,region:71,0-й,2024-05-17\n";
/// let err = csv::read_stated_figures(text.as_bytes()).unwrap_err();
/// assert_eq!(
///     social_services::io::Chain(&err).to_string(),
///     "line 2, column 4 (value): invalid figure value \"0-й\": an ordinal is a whole number from 1 followed by -й"
/// );
/// ```
pub fn read_stated_figures(reader: impl Read) -> Result<Vec<StatedFigure>, IoError> {
    read_table(&kinds::STATED_FIGURES, reader)
}

#[cfg(test)]
mod tests;
