//! What each fuzz target does with its input, shared with the crate's tests: the fuzz targets
//! (`fuzz/fuzz_targets/*.rs`), the regression test (`tests/fuzz_regressions.rs`) and the
//! never-panic properties (`tests/never_panic.rs`) all include this file, so that a regression
//! input runs through exactly the code path that found it.
//!
//! Every function takes any bytes and returns normally: each reader and parser must give `Ok`
//! or `Err`, never panic. Where a read succeeds, what was read must also write back and read
//! back equal (nothing lost); a failure of that check panics, which the fuzzer reports.

use std::fmt::{Debug, Display};
use std::str::FromStr;

use social_services::io::{csv, json, jsonl};
use social_services::{
    NetworkReportOptions, ValidationOptions,
    records::{
        AgendaKind, CohortFormat, DepartmentKind, EnrollmentStatus, EventKind, EventLevel,
        FamilyCategory, InstitutionId, InstitutionKind, LegalForm, Level, ProgrammeKind, Role,
        ServiceCategory, ServicePointKind, ServicePointStatus, StatedCount, StatisticsScope,
    },
    values::{
        Address, DateRange, Email, GeoPoint, House, Inn, Kpp, Locality, Ogrn, Ogrnip, Oktmo,
        PartialDate, PersonName, Phone, PostalCode, RegionCode, ReportingPeriod, Snils, Street,
        WeeklySchedule,
    },
};

/// Reads `text` as a `T`; when it reads, its text form must read back as the same value, and
/// when it does not, the error must say why (its message is made, and must not be empty).
fn round_trip<T>(text: &str)
where
    T: FromStr + Display + PartialEq + Debug,
    T::Err: Display,
{
    match text.parse::<T>() {
        Ok(value) => {
            let written = value.to_string();
            match written.parse::<T>() {
                Ok(again) => assert_eq!(again, value, "{text:?} was written as {written:?}"),
                Err(e) => panic!(
                    "{text:?} reads as {value:?}, written as {written:?}, which does not read: {e}"
                ),
            }
            // The masked or debug forms must not panic either.
            let _ = format!("{value:?}");
        }
        Err(e) => assert!(!e.to_string().is_empty(), "an empty message for {text:?}"),
    }
}

/// Every value parser and vocabulary, fed the same text (the input as UTF-8, bad bytes replaced).
pub fn values(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    // Identifiers.
    round_trip::<Inn>(text);
    round_trip::<Ogrn>(text);
    round_trip::<Ogrnip>(text);
    round_trip::<Kpp>(text);
    round_trip::<Snils>(text);
    round_trip::<Oktmo>(text);
    round_trip::<PostalCode>(text);
    round_trip::<InstitutionId>(text);
    // Regions, names, contacts, places.
    round_trip::<RegionCode>(text);
    round_trip::<PersonName>(text);
    round_trip::<Phone>(text);
    round_trip::<Email>(text);
    round_trip::<GeoPoint>(text);
    round_trip::<Address>(text);
    round_trip::<Locality>(text);
    round_trip::<Street>(text);
    round_trip::<House>(text);
    // Dates, schedules, counts.
    round_trip::<PartialDate>(text);
    round_trip::<DateRange>(text);
    round_trip::<WeeklySchedule>(text);
    round_trip::<StatedCount>(text);
    round_trip::<ReportingPeriod>(text);
    round_trip::<StatisticsScope>(text);
    // Vocabularies.
    round_trip::<InstitutionKind>(text);
    round_trip::<LegalForm>(text);
    round_trip::<Level>(text);
    round_trip::<DepartmentKind>(text);
    round_trip::<ServicePointKind>(text);
    round_trip::<ServicePointStatus>(text);
    round_trip::<Role>(text);
    round_trip::<EventKind>(text);
    round_trip::<EventLevel>(text);
    round_trip::<AgendaKind>(text);
    round_trip::<ProgrammeKind>(text);
    round_trip::<CohortFormat>(text);
    round_trip::<EnrollmentStatus>(text);
    round_trip::<ServiceCategory>(text);
    round_trip::<FamilyCategory>(text);
}

/// The data set JSON readers: the first-error reader over bytes and over text, the collecting
/// reader, and `load` (validation and the registry); a readable document must write back and
/// read back equal, in JSON and in JSON Lines, and a valid one must give a network report.
pub fn json_dataset(data: &[u8]) {
    let read = json::read(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let from_text = json::from_str(text);
        assert_eq!(
            from_text.as_ref().ok(),
            read.as_ref().ok(),
            "the text and byte readers disagree"
        );
        let collected = json::read_collecting(text);
        let _ = collected.report.to_string();
        if let Ok(registry) = json::load(text, &ValidationOptions::default()) {
            let on = "2024-10-04".parse().expect("a valid date");
            // Never panics, whatever the registry: the fuzzer checks it.
            let report = social_services::network_report(&registry, &NetworkReportOptions::on(on));
            let _ = report.to_markdown();
        }
    }
    if let Ok(dataset) = read {
        let written = json::to_string(&dataset);
        assert_eq!(
            json::from_str(&written).ok(),
            Some(dataset.clone()),
            "JSON lost something"
        );
        jsonl_round_trip(dataset);
    }
}

/// Writes a data set as JSON Lines and checks it reads back equal.
fn jsonl_round_trip(dataset: social_services::Dataset) {
    let mut lines = Vec::new();
    jsonl::write(&dataset, &mut lines).expect("writing to memory");
    assert_eq!(
        jsonl::read_dataset(&lines[..]).ok(),
        Some(dataset),
        "JSON Lines lost something"
    );
}

/// The JSON Lines reader, collecting errors under small limits (line length, errors kept), and
/// stopping at the first; a stream that reads whole must write back and read back equal.
pub fn jsonl(data: &[u8]) {
    let mut reader = jsonl::Reader::with_policy(data, jsonl::ErrorPolicy::SkipAndCollect)
        .max_line_bytes(4096)
        .max_errors(64);
    for record in reader.by_ref() {
        let _ = record.map(|r| r.kind());
    }
    for error in reader.errors() {
        assert!(!error.to_string().is_empty());
    }
    if let Ok(dataset) = jsonl::read_dataset(data) {
        jsonl_round_trip(dataset);
    }
}

/// Writes what was read and checks it reads back equal.
macro_rules! csv_round_trip {
    ($data:expr, $read:path, $write:path) => {
        if let Ok(records) = $read($data) {
            let mut out = Vec::new();
            // What a reader read, a writer can write (cells give back cells).
            $write(&records, &mut out).expect("what was read writes back");
            assert_eq!(
                $read(&out[..]).ok(),
                Some(records),
                "CSV lost something: {}",
                String::from_utf8_lossy(&out)
            );
        }
    };
}

/// Every CSV reader, fed the same bytes.
pub fn csv(data: &[u8]) {
    csv_round_trip!(data, csv::read_institutions, csv::write_institutions);
    csv_round_trip!(data, csv::read_service_points, csv::write_service_points);
    csv_round_trip!(data, csv::read_persons, csv::write_persons);
    csv_round_trip!(data, csv::read_appointments, csv::write_appointments);
    csv_round_trip!(data, csv::read_enrollments, csv::write_enrollments);
    csv_round_trip!(data, csv::read_services, csv::write_services);
    csv_round_trip!(
        data,
        csv::read_service_statistics,
        csv::write_service_statistics
    );
    csv_round_trip!(data, csv::read_network_plans, csv::write_network_plans);
}

/// Every attendance stream reader, fed the same bytes in each format: the fast paths
/// (`stream::aggregate`, `stream::load`), the reference path (`stream::reference_aggregate`,
/// `serde` and the `csv` crate) and, with rayon, the parallel ones (`stream::par_aggregate`,
/// `stream::par_load`) must give the same table or the same first error, message and all.
pub fn stream(data: &[u8]) {
    use social_services::stream::{self, Format};
    for format in [Format::JsonLines, Format::Csv] {
        let outcome = |result: Result<_, stream::StreamError>| result.map_err(|e| e.to_string());
        let fast = outcome(stream::aggregate(data, format));
        let outcomes = [
            (
                "reference_aggregate",
                outcome(stream::reference_aggregate(data, format)),
            ),
            (
                "load",
                outcome(stream::load(data, format).map(|t| t.by_region_kind())),
            ),
            #[cfg(feature = "rayon")]
            (
                "par_aggregate",
                outcome(stream::par_aggregate(data, format)),
            ),
            #[cfg(feature = "rayon")]
            (
                "par_load",
                outcome(stream::par_load(data, format).map(|t| t.by_region_kind())),
            ),
        ];
        for (name, other) in outcomes {
            assert_eq!(
                other,
                fast,
                "{name} and aggregate differ on {format:?} {:?}",
                String::from_utf8_lossy(data)
            );
        }
    }
}
