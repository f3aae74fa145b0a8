//! The flat tables as Parquet files: every table of the sample registry (and, with `synth`, of
//! a generated national registry; with `proptest`, of arbitrary data sets) is written and
//! read back equal, and a file with a bad value or a schema the table cannot read is refused
//! with the crate's message, naming the table, the row and the column.
#![cfg(feature = "arrow")]

use social_services::io::Chain;
use std::sync::Arc;

use arrow_array::types::Int8Type;
use arrow_array::{
    ArrayRef, Date32Array, DictionaryArray, FixedSizeBinaryArray, Int64Array, RecordBatch,
    StringArray,
};
use parquet::arrow::ArrowWriter;

use social_services::io::IoError;
use social_services::io::arrow::{Table, export, parquet as pq};
use social_services::stream::{self, AttendanceRow};
use social_services::{
    Dataset, Institution, NetworkPlan, Person, Service, ServiceStatistics,
    records::{
        CohortId, Enrollment, EventId, InstitutionId, InstitutionKind, Level, PersonId, Qualifier,
        StatedCount,
    },
    sample,
};

/// The records written as a Parquet file by the crate.
fn file_of<T: Table>(records: &[T]) -> pq::Bytes {
    let mut out = Vec::new();
    pq::write(records, &mut out).unwrap();
    pq::Bytes::from(out)
}

/// Record batches written as a Parquet file as another tool would, with their own schema.
fn foreign_file(batches: &[RecordBatch]) -> pq::Bytes {
    let mut out = Vec::new();
    let mut writer = ArrowWriter::try_new(&mut out, batches[0].schema(), None).unwrap();
    for batch in batches {
        writer.write(batch).unwrap();
    }
    writer.close().unwrap();
    pq::Bytes::from(out)
}

fn texts(values: &[&str]) -> ArrayRef {
    Arc::new(StringArray::from(values.to_vec()))
}

fn enrollments(dataset: &Dataset) -> Vec<(CohortId, Enrollment)> {
    dataset
        .cohorts
        .iter()
        .flat_map(|c| c.enrollments.iter().map(|e| (c.id, e.clone())))
        .collect()
}

/// Writes each table of the data set to Parquet, reads it back, and checks it is the same.
fn assert_every_table_reads_back(dataset: &Dataset) {
    fn cycle<T: Table + PartialEq + std::fmt::Debug>(records: &[T]) {
        let back: Vec<T> = pq::read(file_of(records)).unwrap();
        assert_eq!(back, records, "table {}", T::NAME);
    }
    cycle(&dataset.institutions);
    cycle(&dataset.service_points);
    cycle(&dataset.persons);
    cycle(&dataset.appointments);
    cycle(&enrollments(dataset));
    cycle(&dataset.services);
    cycle(&dataset.service_statistics);
    cycle(&dataset.network_plans);
    cycle(&dataset.stated_figures);
    cycle(&stream::attendance_rows(dataset).collect::<Vec<_>>());
}

#[test]
fn every_table_of_the_sample_registry_reads_back_from_parquet_equal() {
    let dataset = sample::dataset();
    assert!(!dataset.institutions.is_empty() && !dataset.service_points.is_empty());
    assert!(stream::attendance_rows(&dataset).count() > 0);
    assert_every_table_reads_back(&dataset);
}

#[test]
fn every_table_of_the_sample_registry_reads_back_from_one_record_batch_equal() {
    let dataset = sample::dataset();
    let batch = Institution::to_batch(&dataset.institutions).unwrap();
    assert_eq!(batch.schema(), Institution::schema());
    assert_eq!(
        Institution::from_batch(&batch).unwrap(),
        dataset.institutions
    );
    let batch = ServiceStatistics::to_batch(&dataset.service_statistics).unwrap();
    assert_eq!(
        ServiceStatistics::from_batch(&batch).unwrap(),
        dataset.service_statistics
    );
}

#[test]
fn the_export_of_the_sample_writes_every_table_to_its_file() {
    let dir = std::env::temp_dir().join(format!("parquet-export-{}", std::process::id()));
    let dataset = sample::dataset();
    let files = export::write_dataset(&dataset, &dir).unwrap();
    let names: Vec<&str> = files.iter().map(|f| f.table).collect();
    assert_eq!(
        names,
        [
            "institutions",
            "service_points",
            "persons",
            "appointments",
            "enrollments",
            "services",
            "service_statistics",
            "network_plans",
            "stated_figures",
            "attendance"
        ]
    );
    for file in &files {
        assert_eq!(file.path, dir.join(format!("{}.parquet", file.table)));
        assert_eq!(std::fs::metadata(&file.path).unwrap().len(), file.bytes);
    }
    let open = |name: &str| std::fs::File::open(dir.join(name)).unwrap();
    let persons: Vec<Person> = pq::read(open("persons.parquet")).unwrap();
    assert_eq!(persons, dataset.persons);
    assert_eq!(files[2].rows, dataset.persons.len() as u64);
    let rows: Vec<AttendanceRow> = pq::read(open("attendance.parquet")).unwrap();
    assert_eq!(rows, stream::attendance_rows(&dataset).collect::<Vec<_>>());
    let mut left: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left.len(), 10, "no temporary file is left: {left:?}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[cfg(feature = "synth")]
#[test]
fn every_table_of_a_generated_registry_reads_back_from_parquet_equal() {
    use social_services::synth;
    let dataset = synth::generate(&synth::Options {
        scale: 0.002,
        seed: 5,
    });
    let counts = synth::Counts::at(0.002);
    assert_eq!(dataset.institutions.len(), counts.institutions);
    assert_eq!(enrollments(&dataset).len(), counts.enrollments);
    assert_eq!(stream::attendance_rows(&dataset).count(), counts.attendance);
    assert_every_table_reads_back(&dataset);
}

#[cfg(feature = "synth")]
#[test]
fn a_generated_attendance_of_many_batches_aggregates_from_parquet_as_from_csv() {
    use social_services::synth;
    let dataset = synth::generate(&synth::Options {
        scale: 0.02,
        seed: 3,
    });
    let rows: Vec<AttendanceRow> = synth::attendance_rows(&dataset).collect();
    assert!(rows.len() > 3 * pq::BATCH_ROWS);
    let mut csv = Vec::new();
    stream::write_csv_header(&mut csv);
    for r in &rows {
        r.write_csv(&mut csv);
    }
    let from_csv = stream::aggregate(&csv[..], stream::Format::Csv).unwrap();
    let mut from_parquet = Tally::default();
    for batch in pq::batches::<AttendanceRow>(file_of(&rows)).unwrap() {
        for row in batch.unwrap() {
            from_parquet.add(&row);
        }
    }
    assert_eq!(from_parquet.total, from_csv.total());
    for (key, count) in &from_parquet.counts {
        assert_eq!(from_csv.get(key.0, &key.1), *count, "{key:?}");
    }
}

/// Counts by region and kind, built by hand from the rows read back.
#[cfg(feature = "synth")]
#[derive(Default)]
struct Tally {
    counts: std::collections::BTreeMap<(social_services::values::RegionCode, InstitutionKind), u64>,
    total: u64,
}

#[cfg(feature = "synth")]
impl Tally {
    fn add(&mut self, row: &AttendanceRow) {
        *self
            .counts
            .entry((row.region, row.institution_kind.clone()))
            .or_default() += 1;
        self.total += 1;
    }
}

#[cfg(feature = "proptest")]
mod arbitrary {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn arbitrary_records_read_back_from_parquet_equal(dataset in any::<Dataset>()) {
            assert_every_table_reads_back(&dataset);
        }

        #[test]
        fn valid_data_sets_read_back_from_parquet_equal(
            dataset in social_services::strategy::valid_dataset(),
        ) {
            assert_every_table_reads_back(&dataset);
        }
    }
}

fn kcson(name: &str) -> Institution {
    Institution::new(
        InstitutionId::from_name(name),
        name,
        InstitutionKind::Kcson,
        Level::Regional,
    )
}

#[test]
fn rejects_a_file_with_an_invalid_inn_naming_its_row_and_column() {
    let batch = RecordBatch::try_from_iter([
        (
            "id",
            texts(&[
                "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11",
                "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f12",
            ]),
        ),
        (
            "name",
            texts(&[
                "ГУ ТО «СМФЦ «Мой семейный центр»»",
                "ОБУСО «Вичугский КЦСОН»",
            ]),
        ),
        ("kind", texts(&["Семейный МФЦ", "КЦСОН"])),
        ("level", texts(&["regional", "региональный"])),
        ("inn", texts(&["7830002293", "7830002290"])),
    ])
    .unwrap();
    let err = pq::read::<Institution>(foreign_file(&[batch])).unwrap_err();
    assert_eq!(
        Chain(&err).to_string(),
        "table institutions, row 2, column inn: invalid ИНН \"7830002290\": check digit is 0, expected 3"
    );
    assert!(matches!(
        err,
        IoError::ArrowCell {
            table: "institutions",
            row: 2,
            column: "inn",
            ..
        }
    ));
}

/// Attendance rows for one event, one person each.
fn attendance(n: usize) -> Vec<AttendanceRow> {
    (0..n)
        .map(|i| AttendanceRow {
            event: EventId::from_name("семинар"),
            date: "2024-10-03".parse().unwrap(),
            person: PersonId::from_name(&i.to_string()),
            institution: InstitutionId::from_name("СМФЦ"),
            region: if i % 2 == 0 { "71" } else { "37" }.parse().unwrap(),
            institution_kind: InstitutionKind::FamilyMfc,
        })
        .collect()
}

#[test]
fn rejects_an_unknown_region_in_a_later_batch_with_its_row_counted_over_the_file() {
    let rows = attendance(pq::BATCH_ROWS + 10);
    let first = AttendanceRow::to_batch(&rows[..pq::BATCH_ROWS]).unwrap();
    let second = AttendanceRow::to_batch(&rows[pq::BATCH_ROWS..]).unwrap();
    let mut regions: Vec<String> = rows[pq::BATCH_ROWS..]
        .iter()
        .map(|r| r.region.to_string())
        .collect();
    regions[6] = "99".to_owned();
    let regions: DictionaryArray<Int8Type> = regions.iter().map(String::as_str).collect();
    let index = second.schema().index_of("region").unwrap();
    let mut columns = second.columns().to_vec();
    columns[index] = Arc::new(regions);
    let second = RecordBatch::try_new(second.schema(), columns).unwrap();
    let err = pq::read::<AttendanceRow>(foreign_file(&[first, second])).unwrap_err();
    let row = pq::BATCH_ROWS + 7;
    assert_eq!(
        Chain(&err).to_string(),
        format!(
            "table attendance, row {row}, column region: invalid region \"99\": no federal subject has code 99"
        )
    );
}

#[test]
fn rejects_a_file_missing_a_required_column_even_with_no_rows() {
    let batch = RecordBatch::try_from_iter([("id", texts(&[]))]).unwrap();
    let err = pq::read::<Person>(foreign_file(&[batch])).unwrap_err();
    assert_eq!(Chain(&err).to_string(), "table persons: no column \"name\"");
    assert!(matches!(
        err,
        IoError::ArrowMissingColumn {
            table: "persons",
            column: "name"
        }
    ));
}

#[test]
fn rejects_a_column_of_a_type_the_table_cannot_read() {
    let ids: ArrayRef = Arc::new(
        FixedSizeBinaryArray::try_from_iter(
            [EventId::from_name("e").as_uuid().as_bytes()].into_iter(),
        )
        .unwrap(),
    );
    let batch = RecordBatch::try_from_iter([
        ("event", ids.clone()),
        ("date", texts(&["2024-10-03"])),
        ("person", ids.clone()),
        ("institution", ids),
        ("region", texts(&["71"])),
        ("institution_kind", texts(&["family_mfc"])),
    ])
    .unwrap();
    let err = AttendanceRow::from_batch(&batch).unwrap_err();
    assert_eq!(
        Chain(&err).to_string(),
        "table attendance: column \"date\" is Utf8, expected Date32"
    );
}

#[test]
fn rejects_a_file_of_another_table() {
    let err = pq::read::<Institution>(file_of(&sample::dataset().persons)).unwrap_err();
    assert_eq!(
        Chain(&err).to_string(),
        "table institutions: the schema's metadata names the table \"persons\", not \"institutions\""
    );
}

#[test]
fn rejects_a_column_named_twice() {
    let id = "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11";
    let batch = RecordBatch::try_from_iter([
        ("id", texts(&[id])),
        ("name", texts(&["Егорова Е.В."])),
        ("name", texts(&["Вдовин А.Н."])),
    ])
    .unwrap();
    let err = Person::from_batch(&batch).unwrap_err();
    assert_eq!(
        Chain(&err).to_string(),
        "table persons: column \"name\" is named twice"
    );
}

#[test]
fn rejects_a_month_date_that_is_not_the_first_of_its_month() {
    let mut point = kcson("Вичугский КЦСОН");
    point.opened = Some("2024-09".parse().unwrap());
    let batch = Institution::to_batch(&[point]).unwrap();
    let index = batch.schema().index_of("opened").unwrap();
    let mut columns = batch.columns().to_vec();
    // 2024-09-15 is day 19981 from 1970-01-01.
    columns[index] = Arc::new(Date32Array::from(vec![Some(19_981)]));
    let batch = RecordBatch::try_new(batch.schema(), columns).unwrap();
    let err = Institution::from_batch(&batch).unwrap_err();
    assert_eq!(
        Chain(&err).to_string(),
        "table institutions, row 1, column opened: 2024-09-15 is not the first day of a month, as a date known to the month is written"
    );
}

#[test]
fn reads_dates_and_counts_of_another_tool_without_precision_or_qualifier_columns() {
    let batch = RecordBatch::try_from_iter([
        ("scope", texts(&["region", "country"])),
        ("scope_region", texts(&["Тульская область", ""])),
        ("period", texts(&["2025-H1", "2025"])),
        (
            "families_served",
            Arc::new(Int64Array::from(vec![Some(150_000), None])) as ArrayRef,
        ),
    ])
    .unwrap();
    let err = ServiceStatistics::from_batch(&batch).unwrap_err();
    assert_eq!(
        Chain(&err).to_string(),
        "table service_statistics, row 2, column scope_region: invalid region \"\": empty"
    );
    let batch = RecordBatch::try_from_iter([
        ("scope", texts(&["region"])),
        ("scope_region", texts(&["Тульская область"])),
        ("period", texts(&["2025-H1"])),
        (
            "families_served",
            Arc::new(Int64Array::from(vec![150_000])) as ArrayRef,
        ),
        ("families_served_qualifier", texts(&["almost"])),
    ])
    .unwrap();
    let rows = ServiceStatistics::from_batch(&batch).unwrap();
    assert_eq!(rows[0].scope.to_string(), "region:71");
    assert_eq!(
        rows[0].families_served,
        Some(StatedCount::new(Qualifier::Almost, 150_000))
    );
    let institution = |extra: (&str, ArrayRef)| {
        RecordBatch::try_from_iter([
            ("id", texts(&["6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11"])),
            ("name", texts(&["ОБУСО «Вичугский КЦСОН»"])),
            ("kind", texts(&["kcson"])),
            ("level", texts(&["regional"])),
            extra,
        ])
        .unwrap()
    };
    // 2024-09-01 is day 19967 from 1970-01-01; without a precision it is a full date.
    let opened = Arc::new(Date32Array::from(vec![19_967])) as ArrayRef;
    let rows = Institution::from_batch(&institution(("opened", opened))).unwrap();
    assert_eq!(rows[0].opened, Some("2024-09-01".parse().unwrap()));
    let err =
        Institution::from_batch(&institution(("closed_precision", texts(&["year"])))).unwrap_err();
    assert_eq!(
        Chain(&err).to_string(),
        "table institutions, row 1, column closed_precision: a precision without a date"
    );
}

#[test]
fn rejects_a_negative_count_and_a_qualifier_without_a_count() {
    let batch = RecordBatch::try_from_iter([
        ("id", texts(&["6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11"])),
        ("title", texts(&["План"])),
        ("period", texts(&["2026"])),
        ("centres", Arc::new(Int64Array::from(vec![-18])) as ArrayRef),
    ])
    .unwrap();
    let err = NetworkPlan::from_batch(&batch).unwrap_err();
    assert_eq!(
        Chain(&err).to_string(),
        "table network_plans, row 1, column centres: negative count -18"
    );
    let batch = RecordBatch::try_from_iter([
        ("id", texts(&["6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11"])),
        ("title", texts(&["План"])),
        ("period", texts(&["2026"])),
        ("regions_qualifier", texts(&["more_than"])),
    ])
    .unwrap();
    let err = NetworkPlan::from_batch(&batch).unwrap_err();
    assert_eq!(
        Chain(&err).to_string(),
        "table network_plans, row 1, column regions_qualifier: a qualifier without a count"
    );
}

#[test]
fn rejects_a_scope_without_the_id_its_level_needs() {
    let batch = RecordBatch::try_from_iter([
        ("scope", texts(&["institution"])),
        ("period", texts(&["2025-03"])),
    ])
    .unwrap();
    let err = ServiceStatistics::from_batch(&batch).unwrap_err();
    assert_eq!(
        Chain(&err).to_string(),
        "table service_statistics, row 1, column scope_id: required for scope institution"
    );
}

#[test]
fn rejects_a_scope_whose_id_or_region_does_not_fit_its_level() {
    let id = "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11";
    let read = |scope: &str, scope_id: Option<&str>, scope_region: Option<&str>| {
        let batch = RecordBatch::try_from_iter([
            ("scope", texts(&[scope])),
            (
                "scope_id",
                Arc::new(StringArray::from(vec![scope_id])) as ArrayRef,
            ),
            (
                "scope_region",
                Arc::new(StringArray::from(vec![scope_region])) as ArrayRef,
            ),
            ("period", texts(&["2025-03"])),
        ])
        .unwrap();
        ServiceStatistics::from_batch(&batch).map_err(|e| Chain(&e).to_string())
    };
    let row = "table service_statistics, row 1, column";
    let cases = [
        (
            "region",
            Some(id),
            None,
            "scope_id: must be null for scope region",
        ),
        (
            "country",
            Some(id),
            None,
            "scope_id: must be null for scope country",
        ),
        (
            "institution",
            Some(id),
            Some("71"),
            "scope_region: must be null for scope institution",
        ),
        (
            "department",
            None,
            Some("71"),
            "scope_region: must be null for scope department",
        ),
        (
            "country",
            None,
            Some("71"),
            "scope_region: must be null for scope country",
        ),
        (
            "region",
            None,
            None,
            "scope_region: required for scope region",
        ),
        (
            "service_point",
            None,
            None,
            "scope_id: required for scope service_point",
        ),
    ];
    for (scope, scope_id, scope_region, message) in cases {
        assert_eq!(
            read(scope, scope_id, scope_region).unwrap_err(),
            format!("{row} {message}"),
            "{scope} {scope_id:?} {scope_region:?}"
        );
    }
    let scopes = [
        (
            "service_point",
            Some(id),
            None,
            format!("service_point:{id}"),
        ),
        ("department", Some(id), None, format!("department:{id}")),
        ("institution", Some(id), None, format!("institution:{id}")),
        ("region", None, Some("71"), "region:71".to_owned()),
        ("country", None, None, "country".to_owned()),
    ];
    for (scope, scope_id, scope_region, written) in scopes {
        let rows = read(scope, scope_id, scope_region).unwrap();
        assert_eq!(rows[0].scope.to_string(), written);
    }
}

#[test]
fn rejects_a_null_in_a_required_column() {
    let batch = RecordBatch::try_from_iter([
        (
            "id",
            Arc::new(StringArray::from(vec![None::<&str>])) as ArrayRef,
        ),
        ("name", texts(&["Егорова Е.В."])),
    ])
    .unwrap();
    let err = Person::from_batch(&batch).unwrap_err();
    assert_eq!(
        Chain(&err).to_string(),
        "table persons, row 1, column id: required value is null"
    );
}

#[test]
fn rejects_input_that_is_not_parquet() {
    let err = pq::read::<Person>(pq::Bytes::from_static(b"id,name\n1,2\n")).unwrap_err();
    assert!(
        matches!(
            err,
            IoError::Parquet {
                table: "persons",
                ..
            }
        ),
        "{err}"
    );
    assert!(
        Chain(&err)
            .to_string()
            .starts_with("table persons: parquet: "),
        "{err}"
    );
    let mut file = file_of(&sample::dataset().persons).to_vec();
    file.truncate(file.len() / 2);
    let err = pq::read::<Person>(pq::Bytes::from(file)).unwrap_err();
    assert!(matches!(err, IoError::Parquet { .. }), "{err}");
}

#[test]
fn refuses_to_write_a_term_that_would_read_back_as_a_known_one() {
    let mut odd = kcson("Приют");
    odd.kind = InstitutionKind::Other("КЦСОН".to_owned());
    let err = pq::write(&[odd.clone()], Vec::new()).unwrap_err();
    assert_eq!(
        Chain(&err).to_string(),
        format!(
            "table institutions: institution {}: kind term \"КЦСОН\" is kept as written but reads back as the known term \"kcson\"",
            odd.id
        )
    );
}

#[test]
fn keeps_empty_texts_and_terms_that_a_csv_cell_cannot_tell_from_absent_ones() {
    let mut odd = kcson("Приют");
    odd.short_name = Some(String::new());
    odd.legal_form = Some(String::new().into());
    let mut service = Service::new(
        social_services::records::ServiceId::from_name("s"),
        "",
        social_services::records::ServiceCategory::Other(String::new()),
    );
    service.description = Some(String::new());
    let back: Vec<Institution> = pq::read(file_of(&[odd.clone()])).unwrap();
    assert_eq!(back, [odd]);
    let back: Vec<Service> = pq::read(file_of(&[service.clone()])).unwrap();
    assert_eq!(back, [service]);
}

#[test]
fn a_writer_that_fails_reports_the_io_error() {
    struct Full;
    impl std::io::Write for Full {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk full"))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let err = pq::write(&sample::dataset().institutions, Full).unwrap_err();
    assert_eq!(
        social_services::io::Chain(&err).to_string(),
        "i/o failed: disk full"
    );
}
