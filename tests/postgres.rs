//! A data set in PostgreSQL, against a real server: `DATABASE_URL`, by default
//! `postgresql://postgres@127.0.0.1:5432/test` (`.ci/run` makes sure one answers). Each test
//! works in a schema of its own, created fresh and dropped at the end, so tests run in
//! parallel and leave nothing behind. No test is skipped for want of a server: without one
//! they fail.
#![cfg(feature = "postgres")]

use std::sync::atomic::{AtomicU32, Ordering};

use social_services::io::postgres::{self, Client, PgError, figures};
use social_services::stream::{self, Format};
use social_services::{
    Dataset, Registry, ValidationOptions, aggregate, io, sample, values::FederalSubject,
};

/// The server the tests use.
fn database_url() -> String {
    std::env::var("DATABASE_URL")
        .unwrap_or_else(|_| "postgresql://postgres@127.0.0.1:5432/test".to_owned())
}

/// A fresh, migrated schema, dropped when the value is.
struct Schema {
    client: Client,
    name: String,
}

impl Schema {
    fn new() -> Self {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "test_{}_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed),
            uuid::Uuid::new_v4().simple()
        );
        let mut client = postgres::connect(&database_url()).unwrap_or_else(|e| {
            panic!(
                "no PostgreSQL server at {} ({e}): set DATABASE_URL",
                database_url()
            )
        });
        client
            .batch_execute(&format!("CREATE SCHEMA {name}; SET search_path TO {name}"))
            .unwrap();
        assert_eq!(
            postgres::migrate(&mut client).unwrap(),
            postgres::MIGRATIONS.len()
        );
        Self { client, name }
    }
}

impl Drop for Schema {
    fn drop(&mut self) {
        let _ = self
            .client
            .batch_execute(&format!("DROP SCHEMA {} CASCADE", self.name));
    }
}

/// The constraint a statement broke, as the server names it.
fn constraint(error: &postgres::DbError) -> Option<&str> {
    error.as_db_error().and_then(|db| db.constraint())
}

fn sample_file() -> Dataset {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/sample.json")).unwrap();
    io::json::from_str(&text).unwrap()
}

/// The data set saved and loaded back is the original; the registry built from it has the
/// report of the original; the SQL figures equal the crate's.
fn check_round_trip_and_figures(dataset: &Dataset) {
    let mut s = Schema::new();
    postgres::save(&mut s.client, dataset).unwrap();
    let loaded = postgres::load(&mut s.client).unwrap();
    assert!(loaded == *dataset, "the data set read back differs");
    let options = ValidationOptions::default();
    let from_db = postgres::load_registry(&mut s.client, &options).unwrap();
    let from_file = Registry::with_options(dataset.clone(), &options);
    let registry = match (from_db, from_file) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a.warnings(), b.warnings());
            b
        }
        (Err(a), Err(b)) => {
            assert_eq!(a, b);
            return;
        }
        _ => panic!("the registry from the database and from the file disagree"),
    };
    check_figures(&mut s.client, &registry);
}

fn check_figures(client: &mut Client, registry: &Registry) {
    let mfcs = aggregate::family_mfcs_by_region(registry);
    assert_eq!(figures::family_mfcs(client).unwrap(), mfcs.centres());
    let rows = figures::family_mfcs_by_region(client).unwrap();
    for row in &rows {
        match row.region {
            Some(region) => {
                assert_eq!(row.standalone, mfcs.standalone().get(region), "{region}");
                assert_eq!(row.departments, mfcs.departments().get(region), "{region}");
            }
            None => assert_eq!(row.standalone + row.departments, mfcs.without_region()),
        }
    }
    assert_eq!(
        rows.iter()
            .map(|r| r.standalone + r.departments)
            .sum::<u64>(),
        mfcs.total()
    );
    assert_eq!(
        figures::attendance_by_region_kind(client).unwrap(),
        aggregate::attendance_by_region_kind(registry)
    );
    assert_eq!(
        figures::families_served(client).unwrap(),
        aggregate::families_served(registry, None).cells()
    );
}

#[test]
fn migrations_apply_once_and_record_their_versions() {
    let mut s = Schema::new();
    assert_eq!(postgres::migrate(&mut s.client).unwrap(), 0);
    let versions: Vec<i32> = s
        .client
        .query(
            "SELECT version FROM schema_migrations ORDER BY version",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(versions, [1, 2]);
}

#[test]
fn regions_table_is_the_table_of_federal_subjects() {
    let mut s = Schema::new();
    let rows = s
        .client
        .query(
            "SELECT code, name, federal_district FROM regions ORDER BY code",
            &[],
        )
        .unwrap();
    let subjects = FederalSubject::all();
    assert_eq!(rows.len(), subjects.len());
    for (row, subject) in rows.iter().zip(subjects) {
        assert_eq!(row.get::<_, i16>(0), i16::from(subject.code().number()));
        assert_eq!(row.get::<_, String>(1), subject.name());
        assert_eq!(row.get::<_, String>(2), subject.district().name());
    }
}

#[test]
fn every_table_and_column_has_a_comment() {
    let mut s = Schema::new();
    let missing: Vec<String> = s
        .client
        .query(
            "SELECT c.table_name || '.' || c.column_name FROM information_schema.columns c \
             JOIN pg_class t ON t.relname = c.table_name AND t.relnamespace = current_schema()::regnamespace \
             WHERE c.table_schema = current_schema() AND t.relkind = 'r' \
             AND c.table_name <> 'schema_migrations' \
             AND col_description(t.oid, c.ordinal_position::int) IS NULL",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(missing.is_empty(), "columns without a comment: {missing:?}");
}

#[test]
fn sample_saved_and_loaded_back_is_the_original() {
    let dataset = sample_file();
    assert_eq!(dataset, sample::dataset());
    check_round_trip_and_figures(&dataset);
}

#[test]
fn unknown_fields_survive_the_round_trip() {
    let mut dataset = sample::dataset();
    let value = |text: &str| serde_json::from_str::<serde_json::Value>(text).unwrap();
    dataset.extra.insert(
        "exported_by".into(),
        value(r#"{"system": "ЕГИССО", "n": 1.25}"#),
    );
    dataset.institutions[0]
        .extra
        .insert("okpo".into(), value(r#""12345678""#));
    let institution = dataset
        .institutions
        .iter_mut()
        .find(|i| !i.departments.is_empty())
        .unwrap();
    institution.departments[0]
        .extra
        .insert("floor".into(), value("3"));
    dataset.events[0]
        .extra
        .insert("stream_url".into(), value(r#"["a", null, true]"#));
    dataset.persons[0]
        .extra
        .insert("note".into(), value(r#""tab\there, line\nthere \\ ok""#));
    check_round_trip_and_figures(&dataset);
}

#[cfg(feature = "synth")]
#[test]
fn generated_registry_at_scale_0_1_saved_and_loaded_back_is_the_original() {
    let dataset = social_services::synth::generate(&social_services::synth::Options {
        scale: 0.1,
        seed: 7,
    });
    check_round_trip_and_figures(&dataset);
}

#[test]
fn saving_again_writes_nothing_and_an_edit_writes_only_what_changed() {
    let mut s = Schema::new();
    let mut dataset = sample::dataset();
    let first = postgres::save(&mut s.client, &dataset).unwrap();
    assert!(first.written > u64::try_from(dataset.len()).unwrap());
    assert_eq!(first.deleted, 0);
    assert_eq!(
        postgres::save(&mut s.client, &dataset).unwrap(),
        postgres::Changes::default()
    );
    dataset.institutions[0].short_name = Some("Новое имя".into());
    let removed = dataset
        .stated_figures
        .pop()
        .expect("the sample states figures");
    let changes = postgres::save(&mut s.client, &dataset).unwrap();
    assert_eq!(
        changes,
        postgres::Changes {
            written: 1,
            deleted: 1
        },
        "{removed:?}"
    );
    assert_eq!(postgres::load(&mut s.client).unwrap(), dataset);
}

#[test]
fn a_dangling_reference_is_refused_and_nothing_is_written() {
    let mut s = Schema::new();
    let mut dataset = sample::dataset();
    let mut point = dataset.service_points[0].clone();
    point.id = social_services::records::ServicePointId::new_v4();
    point.institution = social_services::records::InstitutionId::new_v4();
    dataset.service_points.push(point);
    let error = postgres::save(&mut s.client, &dataset).unwrap_err();
    assert!(matches!(error, PgError::Db(_)), "{error}");
    assert!(
        error
            .to_string()
            .contains("service_points_institution_fkey"),
        "{error}"
    );
    assert!(matches!(
        postgres::load(&mut s.client),
        Err(PgError::NoDataset)
    ));
}

#[test]
fn an_inn_edited_by_hand_with_a_wrong_check_digit_is_refused_on_load() {
    let mut s = Schema::new();
    let mut dataset = sample::dataset();
    dataset.institutions[0].inn = Some("7830002293".parse().unwrap());
    postgres::save(&mut s.client, &dataset).unwrap();
    assert_eq!(postgres::load(&mut s.client).unwrap(), dataset);
    let id = dataset.institutions[0].id;
    s.client
        .execute(
            "UPDATE institutions SET inn = '7830002290' WHERE id = $1::text::uuid",
            &[&id.to_string()],
        )
        .unwrap();
    let error = postgres::load(&mut s.client).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            r#"table institutions, row {id}, column inn: invalid ИНН "7830002290": check digit is 0, expected 3"#
        )
    );
    assert!(matches!(
        error,
        PgError::Cell {
            table: "institutions",
            ..
        }
    ));
}

#[test]
fn an_unknown_region_edited_by_hand_is_refused_on_load() {
    let mut s = Schema::new();
    let dataset = sample::dataset();
    postgres::save(&mut s.client, &dataset).unwrap();
    let id = dataset
        .institutions
        .iter()
        .find(|i| i.region.is_some())
        .unwrap()
        .id;
    // The foreign key to `regions` refuses the edit ...
    let refused = s
        .client
        .execute(
            "UPDATE institutions SET region = 99 WHERE id = $1::text::uuid",
            &[&id.to_string()],
        )
        .unwrap_err();
    assert_eq!(constraint(&refused), Some("institutions_region_fkey"));
    // ... so edit it as a restore without triggers would (replica mode skips foreign keys):
    // the loader still refuses it.
    s.client
        .batch_execute("SET session_replication_role = replica")
        .unwrap();
    s.client
        .execute(
            "UPDATE institutions SET region = 99 WHERE id = $1::text::uuid",
            &[&id.to_string()],
        )
        .unwrap();
    s.client
        .batch_execute("SET session_replication_role = DEFAULT")
        .unwrap();
    let error = postgres::load(&mut s.client).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            r#"table institutions, row {id}, column region: invalid region "99": no federal subject has code 99"#
        )
    );
}

#[test]
fn a_closed_vocabulary_outside_its_terms_is_refused_by_the_schema() {
    let mut s = Schema::new();
    postgres::save(&mut s.client, &sample::dataset()).unwrap();
    let error = s
        .client
        .execute("UPDATE institutions SET level = 'galactic'", &[])
        .unwrap_err();
    assert_eq!(constraint(&error), Some("institutions_level_check"));
}

#[test]
fn attendance_streams_in_with_copy_and_its_figure_is_the_crate_s() {
    let mut s = Schema::new();
    let rows =
        postgres::copy_attendance(&mut s.client, stream::EXAMPLE_CSV.as_bytes(), Format::Csv)
            .unwrap();
    assert_eq!(rows, 2);
    assert_eq!(
        figures::streamed_attendance_by_region_kind(&mut s.client).unwrap(),
        stream::aggregate(stream::EXAMPLE_CSV.as_bytes(), Format::Csv).unwrap()
    );
}

#[cfg(feature = "synth")]
#[test]
fn attendance_of_many_blocks_streams_in_whole() {
    let dataset = social_services::synth::generate(&social_services::synth::Options {
        scale: 0.01,
        seed: 3,
    });
    let mut file = Vec::new();
    stream::write_csv_header(&mut file);
    for row in social_services::synth::attendance_rows(&dataset) {
        row.write_csv(&mut file);
    }
    assert!(file.len() > 4 << 20, "more than a few blocks");
    let mut s = Schema::new();
    let rows = postgres::copy_attendance(&mut s.client, file.as_slice(), Format::Csv).unwrap();
    let expected = stream::aggregate(file.as_slice(), Format::Csv).unwrap();
    assert_eq!(rows, expected.total());
    assert_eq!(
        figures::streamed_attendance_by_region_kind(&mut s.client).unwrap(),
        expected
    );
}

#[test]
fn a_bad_attendance_row_aborts_the_copy_with_its_line_and_nothing_is_written() {
    let mut s = Schema::new();
    let bad = stream::EXAMPLE_CSV.replace(",37,", ",99,");
    let error = postgres::copy_attendance(&mut s.client, bad.as_bytes(), Format::Csv).unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"attendance: line 3, column 5: region: invalid region "99": no federal subject has code 99"#
    );
    let count: i64 = s
        .client
        .query_one("SELECT count(*) FROM attendance", &[])
        .unwrap()
        .get(0);
    assert_eq!(count, 0);
}
