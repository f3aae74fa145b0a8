//! Saving a data set (upsert by key, delete what is gone, in one transaction, rows through
//! `COPY`) and loading it back.

use std::collections::HashMap;
use std::io::Write as _;

use postgres::{Client, IsolationLevel, Transaction};

use crate::records::{CohortId, Department, Enrollment, Extra, InstitutionId};
use crate::registry::Dataset;

use super::copy::CopyRows;
use super::kinds::{
    APPOINTMENTS, INSTITUTIONS, NETWORK_PLANS, PERSONS, SERVICE_POINTS, SERVICE_STATISTICS,
    SERVICES, STATED_FIGURES,
};
use super::nested::{COHORTS, DEPARTMENTS, ENROLLMENTS, EVENTS, PROGRAMMES, TRAINING_SITES};
use super::read::{Cells, select_list};
use super::{Changes, PgError, Table};

/// How many bytes of rows are buffered before they are sent to the server.
const FLUSH: usize = 1 << 20;

/// Stages `items` (record, position) in a temporary copy of the table with `COPY`, then
/// deletes the rows whose key is gone and upserts the rows that are new or changed.
fn sync<'a, T: 'a>(
    tx: &mut Transaction<'_>,
    table: &Table<T>,
    items: impl Iterator<Item = (&'a T, usize)>,
    changes: &mut Changes,
) -> Result<(), PgError> {
    let name = table.relation;
    let stage = format!("stage_{name}");
    tx.batch_execute(&format!(
        "CREATE TEMP TABLE \"{stage}\" (LIKE \"{name}\" INCLUDING DEFAULTS) ON COMMIT DROP"
    ))?;
    let mut all = vec!["position"];
    if table.conflict == "key" {
        all.push("key");
    }
    all.extend_from_slice(table.columns);
    let list = quoted(&all);
    let mut writer = tx.copy_in(&format!("COPY \"{stage}\" ({list}) FROM STDIN"))?;
    let mut rows = CopyRows::new(name);
    for (record, position) in items {
        rows.begin((table.name)(record));
        rows.value("position", &position)?;
        if table.conflict == "key" {
            let key = (table.name)(record);
            rows.text("key", &key)?;
        }
        (table.write)(record, &mut rows)?;
        rows.end();
        if rows.out.len() >= FLUSH {
            writer.write_all(&rows.out).map_err(copy_error)?;
            rows.out.clear();
        }
    }
    writer.write_all(&rows.out).map_err(copy_error)?;
    writer.finish()?;

    let keys: Vec<&str> = table.conflict.split(", ").collect();
    let matches = keys
        .iter()
        .map(|k| format!("s.\"{k}\" = t.\"{k}\""))
        .collect::<Vec<_>>()
        .join(" AND ");
    changes.deleted += tx.execute(
        &format!(
            "DELETE FROM \"{name}\" t WHERE NOT EXISTS (SELECT 1 FROM \"{stage}\" s WHERE {matches})"
        ),
        &[],
    )?;
    let updated: Vec<&str> = all.iter().copied().filter(|c| !keys.contains(c)).collect();
    let set = quoted(&updated);
    let excluded = updated
        .iter()
        .map(|c| format!("EXCLUDED.\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let current = updated
        .iter()
        .map(|c| format!("t.\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let conflict = quoted(&keys);
    changes.written += tx.execute(
        &format!(
            "INSERT INTO \"{name}\" AS t ({list}) SELECT {list} FROM \"{stage}\" \
             ON CONFLICT ({conflict}) DO UPDATE SET ({set}) = ROW({excluded}) \
             WHERE ROW({current}) IS DISTINCT FROM ROW({excluded})"
        ),
        &[],
    )?;
    tx.batch_execute(&format!("DROP TABLE \"{stage}\""))?;
    Ok(())
}

fn quoted(columns: &[&str]) -> String {
    columns
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A write into the COPY stream failed: the server's error comes with `finish`, or the
/// connection broke.
fn copy_error(error: std::io::Error) -> PgError {
    PgError::Copy(error)
}

pub(super) fn save(client: &mut Client, dataset: &Dataset) -> Result<Changes, PgError> {
    let mut tx = client.transaction()?;
    let mut changes = Changes::default();
    let extra = serde_json::to_string(&dataset.extra).unwrap_or_default();
    if extra.contains("\\u0000") {
        return Err(PgError::Unstorable {
            table: "dataset",
            row: "the data set".into(),
            column: "extra".into(),
            reason: "text with a NUL character, which PostgreSQL cannot store",
        });
    }
    changes.written += tx.execute(
        "INSERT INTO dataset AS t (singleton, format_version, extra) VALUES (true, $1::text::integer, $2::text::jsonb) \
         ON CONFLICT (singleton) DO UPDATE SET (format_version, extra) = ROW(EXCLUDED.format_version, EXCLUDED.extra) \
         WHERE ROW(t.format_version, t.extra) IS DISTINCT FROM ROW(EXCLUDED.format_version, EXCLUDED.extra)",
        &[&dataset.format_version.to_string(), &extra],
    )?;
    let d = dataset;
    sync(
        &mut tx,
        &INSTITUTIONS,
        positioned(&d.institutions),
        &mut changes,
    )?;
    let departments = departments_of(d);
    sync(
        &mut tx,
        &DEPARTMENTS,
        departments.iter().map(|(r, p)| (r, *p)),
        &mut changes,
    )?;
    sync(&mut tx, &SERVICES, positioned(&d.services), &mut changes)?;
    sync(
        &mut tx,
        &SERVICE_POINTS,
        positioned(&d.service_points),
        &mut changes,
    )?;
    sync(&mut tx, &PERSONS, positioned(&d.persons), &mut changes)?;
    sync(
        &mut tx,
        &APPOINTMENTS,
        positioned(&d.appointments),
        &mut changes,
    )?;
    sync(
        &mut tx,
        &PROGRAMMES,
        positioned(&d.programmes),
        &mut changes,
    )?;
    sync(&mut tx, &EVENTS, positioned(&d.events), &mut changes)?;
    sync(
        &mut tx,
        &TRAINING_SITES,
        positioned(&d.training_sites),
        &mut changes,
    )?;
    sync(&mut tx, &COHORTS, positioned(&d.cohorts), &mut changes)?;
    let enrollments = enrollments_of(d);
    sync(
        &mut tx,
        &ENROLLMENTS,
        enrollments.iter().map(|(r, p)| (r, *p)),
        &mut changes,
    )?;
    sync(
        &mut tx,
        &SERVICE_STATISTICS,
        positioned(&d.service_statistics),
        &mut changes,
    )?;
    sync(
        &mut tx,
        &NETWORK_PLANS,
        positioned(&d.network_plans),
        &mut changes,
    )?;
    sync(
        &mut tx,
        &STATED_FIGURES,
        positioned(&d.stated_figures),
        &mut changes,
    )?;
    tx.commit()?;
    Ok(changes)
}

/// Every department with its institution and its place in the institution's list.
fn departments_of(d: &Dataset) -> Vec<((InstitutionId, Department), usize)> {
    d.institutions
        .iter()
        .flat_map(|i| {
            i.departments
                .iter()
                .enumerate()
                .map(move |(p, dep)| ((i.id, dep.clone()), p))
        })
        .collect()
}

/// Every enrollment with its cohort and its place in the cohort's list.
fn enrollments_of(d: &Dataset) -> Vec<((CohortId, Enrollment), usize)> {
    d.cohorts
        .iter()
        .flat_map(|c| {
            c.enrollments
                .iter()
                .enumerate()
                .map(move |(p, e)| ((c.id, e.clone()), p))
        })
        .collect()
}

fn positioned<T>(records: &[T]) -> impl Iterator<Item = (&T, usize)> {
    records.iter().zip(0..)
}

/// Every row of a table, in the order of its positions, read through `table.read`.
fn read_all<T>(
    client: &mut Transaction<'_>,
    table: &Table<T>,
    order: &str,
) -> Result<Vec<T>, PgError> {
    let list = select_list(table.row_id, table.columns, table.arrays);
    let rows = client.query(
        &format!("SELECT {list} FROM \"{}\" ORDER BY {order}", table.relation),
        &[],
    )?;
    rows.iter()
        .map(|row| (table.read)(&Cells::new(table.relation, row)))
        .collect()
}

pub(super) fn load(client: &mut Client) -> Result<Dataset, PgError> {
    // One snapshot for every table: a save committed while the tables are read is not half seen.
    let mut tx = client
        .build_transaction()
        .isolation_level(IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()?;
    let dataset = load_in(&mut tx)?;
    tx.commit()?;
    Ok(dataset)
}

fn load_in(client: &mut Transaction<'_>) -> Result<Dataset, PgError> {
    let row = client
        .query_opt("SELECT format_version::text, extra::text FROM dataset", &[])?
        .ok_or(PgError::NoDataset)?;
    let mut dataset = Dataset::new();
    {
        let cells = Cells {
            table: "dataset",
            row: &row,
            id: "the data set".into(),
        };
        let version: String = cells.text("format_version")?;
        dataset.format_version = version.parse().map_err(|_| {
            cells.error(
                "format_version",
                super::CellError::Number {
                    value: version.clone(),
                    expected: "a format version",
                },
            )
        })?;
        dataset.extra = cells.json::<Extra>("extra")?;
    }
    let c = client;
    dataset.institutions = read_all(c, &INSTITUTIONS, "position")?;
    let mut departments: HashMap<InstitutionId, Vec<_>> = HashMap::new();
    for (institution, department) in read_all(c, &DEPARTMENTS, "institution, position")? {
        departments.entry(institution).or_default().push(department);
    }
    for institution in &mut dataset.institutions {
        if let Some(list) = departments.remove(&institution.id) {
            institution.departments = list;
        }
    }
    dataset.services = read_all(c, &SERVICES, "position")?;
    dataset.service_points = read_all(c, &SERVICE_POINTS, "position")?;
    dataset.persons = read_all(c, &PERSONS, "position")?;
    dataset.appointments = read_all(c, &APPOINTMENTS, "position")?;
    dataset.programmes = read_all(c, &PROGRAMMES, "position")?;
    dataset.events = read_all(c, &EVENTS, "position")?;
    dataset.training_sites = read_all(c, &TRAINING_SITES, "position")?;
    dataset.cohorts = read_all(c, &COHORTS, "position")?;
    let mut enrollments: HashMap<CohortId, Vec<_>> = HashMap::new();
    for (cohort, enrollment) in read_all(c, &ENROLLMENTS, "cohort, position")? {
        enrollments.entry(cohort).or_default().push(enrollment);
    }
    for cohort in &mut dataset.cohorts {
        if let Some(list) = enrollments.remove(&cohort.id) {
            cohort.enrollments = list;
        }
    }
    dataset.service_statistics = read_all(c, &SERVICE_STATISTICS, "position")?;
    dataset.network_plans = read_all(c, &NETWORK_PLANS, "position")?;
    dataset.stated_figures = read_all(c, &STATED_FIGURES, "position")?;
    Ok(dataset)
}
