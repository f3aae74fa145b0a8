//! The network and growth reports on small registries built for the purpose: the order of the
//! rows of tables of centres and institutions (subject code, then name — never the order of
//! the identifiers), and Russian agreement of the verbs and participles with the numbers the
//! reports count.

use social_services::{
    Appointment, Dataset, Institution, NetworkReportOptions, Person, Registry, Report,
    ServicePoint, TrainingSite, network_report,
    records::{
        AppointmentId, InstitutionId, InstitutionKind, Level, PersonId, Role, ServicePointId,
        ServicePointKind, TrainingSiteId,
    },
    report::{Cell, growth_report},
};

/// The centres of the order test: (subject code, name). Ivanovo (37) comes before Tula (71)
/// and, within a subject, the names in alphabetical order.
const CENTRES: [(&str, &str); 6] = [
    ("71", "Семейный МФЦ «Ясная Поляна»"),
    ("37", "Семейный МФЦ «Шуя»"),
    ("71", "Семейный МФЦ «Алексин»"),
    ("71", "Семейный МФЦ «Богородицк»"),
    ("37", "Семейный МФЦ «Вичуга»"),
    ("71", "Семейный МФЦ «Новомосковск»"),
];

/// In human order: by subject code, then by name.
fn human_order() -> Vec<&'static str> {
    let mut centres = CENTRES.to_vec();
    centres.sort_unstable();
    centres.into_iter().map(|(_, name)| name).collect()
}

/// Each centre of `CENTRES` a family-MFC institution with one employee, one service point and
/// one training site (named as the centre).
fn registry() -> Registry {
    let mut dataset = Dataset::new();
    for (n, (region, name)) in CENTRES.into_iter().enumerate() {
        let id = InstitutionId::from_name(name);
        let mut institution =
            Institution::new(id, name, InstitutionKind::FamilyMfc, Level::Regional);
        institution.region = Some(region.parse().unwrap());
        dataset.institutions.push(institution);
        let person = PersonId::from_name(&format!("сотрудник: {name}"));
        let letter = "АБВГДЕ".chars().nth(n).unwrap();
        dataset.persons.push(Person::new(
            person,
            format!("Иванова {letter}.{letter}.").parse().unwrap(),
        ));
        dataset.appointments.push(Appointment::new(
            AppointmentId::from_name(&format!("должность: {name}")),
            person,
            id,
            Role::Specialist,
        ));
        dataset.service_points.push(ServicePoint::new(
            ServicePointId::from_name(&format!("точка: {name}")),
            id,
            format!("Приёмная: {name}"),
            ServicePointKind::Branch,
        ));
        dataset.training_sites.push(TrainingSite::new(
            TrainingSiteId::from_name(&format!("площадка: {name}")),
            id,
            Level::Regional,
            name,
        ));
    }
    Registry::new(dataset).expect("a valid registry")
}

fn report(registry: &Registry) -> Report {
    network_report(
        registry,
        &NetworkReportOptions::on("2025-08-31".parse().unwrap()),
    )
}

/// The text of the first column of each row of the table whose title starts with `title`.
fn first_column(report: &Report, title: &str, column: usize) -> Vec<String> {
    let table = report
        .tables()
        .find(|t| t.title().starts_with(title))
        .unwrap_or_else(|| panic!("no table «{title}»"));
    table
        .rows()
        .iter()
        .map(|row| match &row[column] {
            Cell::Text(text) => text.clone(),
            other => panic!("not text: {other:?}"),
        })
        .collect()
}

#[test]
fn the_identifiers_are_not_in_the_order_of_the_names() {
    // Otherwise the order tests below could pass by sorting on the identifiers.
    let mut by_id = CENTRES.to_vec();
    by_id.sort_by_key(|(_, name)| InstitutionId::from_name(name));
    let by_id: Vec<&str> = by_id.into_iter().map(|(_, name)| name).collect();
    assert_ne!(by_id, human_order());
}

#[test]
fn the_table_of_family_mfcs_is_in_human_order() {
    assert_eq!(
        first_column(&report(&registry()), "Семейные МФЦ", 1),
        human_order()
    );
}

#[test]
fn the_staff_per_centre_table_is_in_human_order() {
    assert_eq!(
        first_column(&report(&registry()), "Сотрудники семейных МФЦ", 1),
        human_order()
    );
}

#[test]
fn the_service_points_by_institution_table_is_in_human_order() {
    assert_eq!(
        first_column(&report(&registry()), "Точки присутствия, работающие", 0),
        human_order()
    );
}

#[test]
fn the_training_sites_table_is_in_human_order() {
    let report = report(&registry());
    assert_eq!(
        first_column(&report, "Стажировочные площадки", 0),
        human_order()
    );
    assert_eq!(
        first_column(&report, "Стажировочные площадки", 1),
        human_order()
    );
}

/// `n` family MFCs in Tula with no opening date, and `n` service points of the first.
fn centres_without_dates(n: usize) -> Registry {
    let mut dataset = Dataset::new();
    let first = InstitutionId::from_name("Семейный МФЦ № 1");
    for k in 1..=n {
        let name = format!("Семейный МФЦ № {k}");
        let mut institution = Institution::new(
            InstitutionId::from_name(&name),
            &name,
            InstitutionKind::FamilyMfc,
            Level::Regional,
        );
        institution.region = Some("71".parse().unwrap());
        dataset.institutions.push(institution);
        dataset.service_points.push(ServicePoint::new(
            ServicePointId::from_name(&format!("точка: {name}")),
            first,
            format!("Точка № {k}"),
            ServicePointKind::Branch,
        ));
    }
    Registry::new(dataset).expect("a valid registry")
}

fn growth_text(n: usize) -> String {
    growth_report(
        &centres_without_dates(n),
        &NetworkReportOptions::on("2025-08-31".parse().unwrap()),
    )
    .to_markdown()
}

#[test]
fn the_centres_left_out_of_the_growth_agree_with_their_number() {
    let sentence = |n| format!("Без даты открытия и потому {n} в росте сети");
    assert!(
        growth_text(1).contains(&(sentence("не учтён") + " 1 семейный МФЦ.")),
        "{}",
        growth_text(1)
    );
    assert!(growth_text(2).contains(&(sentence("не учтены") + " 2 семейных МФЦ.")));
    assert!(growth_text(5).contains(&(sentence("не учтены") + " 5 семейных МФЦ.")));
    assert!(growth_text(11).contains(&(sentence("не учтены") + " 11 семейных МФЦ.")));
    assert!(growth_text(21).contains(&(sentence("не учтён") + " 21 семейный МФЦ.")));
}

#[test]
fn the_working_service_points_agree_with_their_number() {
    let lead = |n| report(&centres_without_dates(n)).to_markdown();
    assert!(lead(1).contains("на 31.08.2025 работает 1 точка присутствия"));
    assert!(lead(2).contains("на 31.08.2025 работают 2 точки присутствия"));
    assert!(lead(11).contains("на 31.08.2025 работают 11 точек присутствия"));
    assert!(lead(21).contains("на 31.08.2025 работает 21 точка присутствия"));
}
