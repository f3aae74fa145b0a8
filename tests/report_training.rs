//! The training report (`training_report`, the `training_report` example's page): a count no
//! source and no record gives is «—» or «нет данных», never 0; counts from cohorts where the
//! registry has them.

use social_services::{
    Cohort, Dataset, Institution, Registry, TrainingSite,
    records::{
        CohortFormat, CohortId, Enrollment, EnrollmentStatus, InstitutionId, InstitutionKind,
        Level, TrainingSiteId,
    },
    report::{Cell, training_report},
};

#[test]
fn the_sample_states_more_than_250_and_counts_nothing_it_has_no_records_of() {
    let report = training_report(&social_services::sample::registry());
    let sites = report.tables().next().unwrap();
    assert_eq!(sites.title(), "Обучено специалистов по площадкам");
    // «Учтено по записям» and «Завершили обучение»: no cohorts, so no figure — not 0.
    assert_eq!(sites.rows()[0][2], Cell::Empty);
    assert_eq!(sites.rows()[0][3], Cell::Empty);
    assert!(!sites.sources().is_empty());
    let text = report.to_markdown();
    assert!(text.contains(
        "По данным источника обучение прошли более 250 специалистов; записей о группах обучения в реестре нет."
    ));
    assert!(!text.contains("| 0 |"), "{text}");
    assert!(!text.contains("учтено 0"), "{text}");
    // Without cohorts there are no tables by year or by region to fill with zeros.
    assert_eq!(report.tables().count(), 1);
}

/// A site with no stated figure and, when `cohorts`, one cohort of 2024: 21 completed from
/// Tula and one withdrawn.
fn site(cohorts: bool) -> Registry {
    let institution = InstitutionId::from_name("Семейный МФЦ");
    let site = TrainingSiteId::from_name("площадка");
    let mut dataset = Dataset::new();
    dataset.institutions.push(Institution::new(
        institution,
        "Семейный МФЦ",
        InstitutionKind::FamilyMfc,
        Level::Regional,
    ));
    dataset.training_sites.push(TrainingSite::new(
        site,
        institution,
        Level::Regional,
        "Ранняя помощь",
    ));
    if cohorts {
        let mut cohort = Cohort::new(
            CohortId::from_name("поток"),
            site,
            "Поток 1",
            CohortFormat::InPerson,
        );
        cohort.dates = Some("2024-03-01/2024-03-05".parse().unwrap());
        for _ in 0..21 {
            cohort.enrollments.push(Enrollment {
                home_region: Some("71".parse().unwrap()),
                ..Enrollment::new(EnrollmentStatus::Completed)
            });
        }
        cohort
            .enrollments
            .push(Enrollment::new(EnrollmentStatus::Withdrawn));
        dataset.cohorts.push(cohort);
    }
    Registry::new(dataset).expect("a valid registry")
}

#[test]
fn a_site_with_neither_figure_nor_records_says_there_are_no_data() {
    let report = training_report(&site(false));
    let sites = report.tables().next().unwrap();
    assert_eq!(sites.rows()[0][1], Cell::Empty);
    assert_eq!(sites.rows()[0][2], Cell::Empty);
    let text = report.to_markdown();
    assert!(text.contains("Число обученных: нет данных"), "{text}");
    assert!(!text.contains("| 0 |"), "{text}");
}

#[test]
fn a_site_with_cohorts_is_counted_by_year_and_region_in_agreement() {
    let report = training_report(&site(true));
    let sites = report.tables().next().unwrap();
    assert_eq!(sites.rows()[0][2], Cell::count(21));
    let text = report.to_markdown();
    assert!(
        text.contains("По записям реестра обучение прошли 21 специалист; источник числа обученных не называет."),
        "{text}"
    );
    assert!(text.contains("| 2024 | 21 | 21 |"), "{text}");
    assert!(text.contains("| Тульская область | 21 |"), "{text}");
}
