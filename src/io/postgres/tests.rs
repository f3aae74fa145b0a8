//! Property tests against a real server (`DATABASE_URL`, by default
//! `postgresql://postgres@127.0.0.1:5432/test`): valid data sets of every shape saved and read
//! back whole, with the SQL figures equal to the crate's. Here rather than in
//! `tests/postgres.rs` because the strategies of valid data sets are the crate's own (`cfg(test)`
//! or the `proptest` feature); each case in a schema of its own, dropped at the end.

use proptest::prelude::*;

use crate::aggregate;
use crate::registry::{Dataset, Registry};
use crate::strategy::valid_dataset;

use super::{Client, connect, figures, load, migrate, save};

struct Schema {
    client: Client,
    name: String,
}

impl Schema {
    fn new() -> Self {
        let url = std::env::var("DATABASE_URL")
            .unwrap_or_else(|_| "postgresql://postgres@127.0.0.1:5432/test".to_owned());
        let mut client =
            connect(&url).unwrap_or_else(|e| panic!("no PostgreSQL server at {url} ({e})"));
        let name = format!("unit_{}", uuid::Uuid::new_v4().simple());
        client
            .batch_execute(&format!("CREATE SCHEMA {name}; SET search_path TO {name}"))
            .unwrap();
        migrate(&mut client).unwrap();
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

fn round_trip(dataset: &Dataset) -> Result<(), TestCaseError> {
    let mut s = Schema::new();
    save(&mut s.client, dataset).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let loaded = load(&mut s.client).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(&loaded, dataset);
    let registry = Registry::new(loaded).map_err(|r| TestCaseError::fail(r.to_string()))?;
    let mfcs = aggregate::family_mfcs_by_region(&registry);
    prop_assert_eq!(figures::family_mfcs(&mut s.client).unwrap(), mfcs.centres());
    let total: u64 = figures::family_mfcs_by_region(&mut s.client)
        .unwrap()
        .iter()
        .map(|r| r.standalone + r.departments)
        .sum();
    prop_assert_eq!(total, mfcs.total());
    prop_assert_eq!(
        figures::attendance_by_region_kind(&mut s.client).unwrap(),
        aggregate::attendance_by_region_kind(&registry)
    );
    prop_assert_eq!(
        figures::families_served(&mut s.client).unwrap(),
        aggregate::families_served(&registry, None).cells()
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn valid_datasets_come_back_whole_with_the_crate_s_figures(dataset in valid_dataset()) {
        round_trip(&dataset)?;
    }

    #[test]
    fn statistics_at_every_level_give_the_crate_s_families_served(
        rows in aggregate::families_fixture::rows()
    ) {
        // The fixture's rows need not be a valid set: keep one row per key, with a figure.
        let mut keys = std::collections::HashSet::new();
        let mut dataset = aggregate::families_fixture::dataset();
        dataset.service_statistics = rows
            .into_iter()
            .filter(|r| r.families_served.is_some() || r.families_supported.is_some() || r.appeals.is_some())
            .filter(|r| keys.insert(r.key()))
            .collect();
        let valid = Registry::new(dataset.clone()).is_ok();
        prop_assume!(valid);
        round_trip(&dataset)?;
    }
}
