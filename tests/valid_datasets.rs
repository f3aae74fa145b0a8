//! The strategies of `social_services::strategy` generate data sets that validate: building a
//! registry from one always succeeds, in lenient and in strict mode.
#![cfg(feature = "proptest")]

use proptest::prelude::*;
use social_services::strategy::{valid_dataset, valid_dataset_with};
use social_services::{Registry, ValidationOptions, validate};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn registry_accepts_every_generated_dataset(dataset in valid_dataset()) {
        let len = dataset.len();
        match Registry::new(dataset) {
            Ok(registry) => prop_assert_eq!(registry.dataset().len(), len),
            Err(report) => {
                let errors: Vec<_> = report.errors().map(ToString::to_string).collect();
                prop_assert!(false, "rejected: {:#?}", errors);
            }
        }
    }

    #[test]
    fn strict_validation_finds_no_error_in_generated_datasets(dataset in valid_dataset()) {
        let strict = ValidationOptions { strict: true, ..ValidationOptions::default() };
        let report = validate(&dataset, &strict);
        let errors: Vec<_> = report.errors().map(ToString::to_string).collect();
        prop_assert!(errors.is_empty(), "{:#?}", errors);
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn registry_accepts_larger_generated_datasets(dataset in valid_dataset_with(12)) {
        let report = validate(&dataset, &ValidationOptions::default());
        let errors: Vec<_> = report.errors().map(ToString::to_string).collect();
        prop_assert!(errors.is_empty(), "{:#?}", errors);
    }
}
