//! The versioned migrations of the schema, applied in order, each once.

use postgres::Client;

use super::PgError;

/// One migration of the schema: a version, a name and the SQL of the committed file
/// `migrations/<version>_<name>.sql`.
///
/// # Example
/// ```
/// use social_services::io::postgres::MIGRATIONS;
/// assert_eq!(MIGRATIONS[0].version, 1);
/// assert!(MIGRATIONS[0].sql.contains("CREATE TABLE institutions"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Migration {
    /// The version, from 1, one more for each migration.
    pub version: i32,
    /// The name, as in the file name.
    pub name: &'static str,
    /// The SQL it runs.
    pub sql: &'static str,
}

/// The migrations of this version of the crate, in order.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "schema",
        sql: include_str!("../../../migrations/0001_schema.sql"),
    },
    Migration {
        version: 2,
        name: "figures",
        sql: include_str!("../../../migrations/0002_figures.sql"),
    },
];

/// Applies the migrations the schema lacks, in order, each in its own transaction, recording
/// each in the table `schema_migrations`; returns how many it applied. The schema is the first
/// of the connection's `search_path` (`SET search_path TO registry_71` to keep a registry in
/// its own schema).
///
/// # Errors
/// [`PgError::SchemaTooNew`] when the schema has a migration this crate does not know (a newer
/// version of the crate wrote it); [`PgError::Db`] when a migration fails (nothing of it is
/// applied).
///
/// # Example
/// ```no_run
/// use social_services::io::postgres;
/// let mut client = postgres::connect("postgresql://postgres@127.0.0.1:5432/test")?;
/// postgres::migrate(&mut client)?;
/// assert_eq!(postgres::migrate(&mut client)?, 0);
/// # Ok::<(), postgres::PgError>(())
/// ```
pub fn migrate(client: &mut Client) -> Result<usize, PgError> {
    client.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version integer PRIMARY KEY,
             name text NOT NULL,
             applied_at timestamptz NOT NULL DEFAULT now()
         );
         COMMENT ON TABLE schema_migrations IS 'The migrations of social_services::io::postgres applied to this schema.';",
    )?;
    let mut applied = 0;
    for migration in MIGRATIONS {
        let mut tx = client.transaction()?;
        // One migrator at a time per schema: the lock is released at commit.
        tx.execute(
            "SELECT pg_advisory_xact_lock(hashtext(current_schema()))",
            &[],
        )?;
        let newest: Option<i32> = tx
            .query_one("SELECT max(version) FROM schema_migrations", &[])?
            .get(0);
        let known = MIGRATIONS.last().map_or(0, |m| m.version);
        if let Some(found) = newest.filter(|&found| found > known) {
            return Err(PgError::SchemaTooNew { found, known });
        }
        if newest.is_some_and(|newest| newest >= migration.version) {
            continue;
        }
        tx.batch_execute(migration.sql)?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
            &[&migration.version, &migration.name],
        )?;
        tx.commit()?;
        applied += 1;
    }
    Ok(applied)
}
