//! A hand-made data set with the shape of the published national figures of the family-MFC
//! network, for the tests of the growth, families-served, plan and staff aggregations and for
//! the example that reads `data/published_network.json`.
//!
//! **The institutions, departments, service points, people and posts here are placeholders,
//! not real records**: «Семейный МФЦ № 17», «КЦСОН № 17», «Онлайн-приёмная», staff named by
//! common surnames. They are laid out so that the crate's aggregations give back the national
//! totals as published:
//!
//! - family MFCs open from November 2022; 21 open in 8 federal subjects on 2023-04-30;
//! - 55 opened in 2023; a plan of 57 centres for 2024 (52 of the placeholders open in 2024);
//! - 144 open in 55 federal subjects on 2025-08-31;
//! - country rows: «более 40 тыс.» families served from 2022-11-01 to 2023-04-30, and in the
//!   first half of 2025 «почти 150 тыс.» served, «более 38 тыс.» of them under social support;
//! - a plan of 18 more centres in 8 federal subjects by the end of 2026;
//! - one regional centre with 8 employees (8 posts held);
//! - the «Социальная няня» service with 10 families served in the first half of 2025.
//!
//! The federal subjects are real; which placeholder centre is in which subject, and its opening
//! month, are not. Only the country rows, the plans and the stated figures (the national
//! totals of centres and subjects at two dates) carry published figures. Every
//! institution, person, post and row carries a source note saying which it is, since JSON has
//! no comments (service points and departments belong to a placeholder institution).

use social_services::{
    Appointment, AppointmentId, Dataset, Department, DepartmentId, DepartmentKind, FigureScope,
    Institution, InstitutionId, InstitutionKind, Level, Measure, NetworkPlan, NetworkPlanId,
    Person, PersonId, RegionCode, Role, Service, ServiceCategory, ServiceId, ServicePoint,
    ServicePointId, ServicePointKind, ServiceStatistics, Source, StatedCount, StatedFigure,
    StatedFigureId, StatisticsScope,
};

/// The note on every placeholder record.
const PLACEHOLDER: &str =
    "Заполнитель: не реальная запись; набор воспроизводит опубликованные общероссийские итоги";
/// The note on the rows and plans that carry the published figures.
const PUBLISHED: &str = "Общероссийский итог, как он опубликован; учреждения набора — заполнители";

/// The eight federal subjects of the first centres, then every other subject in the order of
/// the table, up to 55.
fn regions() -> Vec<RegionCode> {
    let first: Vec<RegionCode> = ["71", "37", "16", "52", "66", "23", "54", "74"]
        .iter()
        .map(|code| code.parse().expect("a subject code"))
        .collect();
    let rest = RegionCode::all().filter(|r| !first.contains(r));
    first.iter().copied().chain(rest).take(55).collect()
}

/// The opening month and region of the `i`-th family MFC (0-based), in order of opening.
fn opening(i: usize, regions: &[RegionCode]) -> (String, RegionCode) {
    match i {
        // 2022: five centres in the first five subjects, from November.
        0..5 => (format!("2022-{}", if i < 2 { 11 } else { 12 }), regions[i]),
        // 2023 to the end of April: sixteen more in the first eight subjects (21 in 8).
        5..21 => (format!("2023-{:02}", (i - 5) / 4 + 1), regions[(i - 5) % 8]),
        // The rest of 2023 (39), 2024 (52) and 2025 to August (32), covering subjects 9 to 55.
        _ => {
            let region = regions[8 + (i - 21) % 47];
            let month = match i {
                21..60 => format!("2023-{:02}", (i - 21) % 8 + 5),
                60..112 => format!("2024-{:02}", (i - 60) % 12 + 1),
                _ => format!("2025-{:02}", (i - 112) % 8 + 1),
            };
            (month, region)
        }
    }
}

fn note(text: &str) -> Vec<Source> {
    vec![Source {
        note: Some(text.to_owned()),
        ..Source::titled("Набор data/published_network.json")
    }]
}

/// The first regional centre, whose eight employees hold posts.
pub const CENTRE_WITH_STAFF: &str = "Семейный МФЦ № 1";

/// The «Социальная няня» service.
pub fn nanny() -> ServiceId {
    ServiceId::from_name("published/Социальная няня")
}

/// The 144 family MFCs: every seventh after the first 21 is a department of a КЦСОН.
fn institutions() -> (Vec<Institution>, Vec<ServicePoint>) {
    let regions = regions();
    let mut institutions = Vec::new();
    let mut points = Vec::new();
    for i in 0..144 {
        let n = i + 1;
        let (month, region) = opening(i, &regions);
        let centre = format!("Семейный МФЦ № {n}");
        let mut institution = if i >= 21 && i % 7 == 0 {
            let name = format!("КЦСОН № {n}");
            let mut kcson = Institution::new(
                InstitutionId::from_name(&format!("published/{name}")),
                name,
                InstitutionKind::Kcson,
                Level::Regional,
            );
            let mut department = Department::new(
                DepartmentId::from_name(&format!("published/{centre}")),
                centre,
                DepartmentKind::FamilyMfc,
            );
            department.opened = Some(month.parse().expect("a month"));
            kcson.departments.push(department);
            kcson
        } else {
            let mut institution = Institution::new(
                InstitutionId::from_name(&format!("published/{centre}")),
                centre,
                InstitutionKind::FamilyMfc,
                Level::Regional,
            );
            institution.opened = Some(month.parse().expect("a month"));
            institution
        };
        institution.region = Some(region);
        institution.sources = note(PLACEHOLDER);
        let point = ServicePoint::new(
            ServicePointId::from_name(&format!("published/{}/online", institution.name)),
            institution.id,
            "Онлайн-приёмная",
            ServicePointKind::Online,
        );
        points.push(point);
        institutions.push(institution);
    }
    (institutions, points)
}

/// Eight employees of the first centre, each holding one post.
fn staff(centre: InstitutionId) -> (Vec<Person>, Vec<Appointment>) {
    let names = [
        "Андреева А.А.",
        "Борисова Б.Б.",
        "Васильева В.В.",
        "Григорьева Г.Г.",
        "Дмитриева Д.Д.",
        "Егорова Е.Е.",
        "Жукова Ж.Ж.",
        "Зайцева З.З.",
    ];
    let mut persons = Vec::new();
    let mut posts = Vec::new();
    for (k, name) in names.iter().enumerate() {
        let mut person = Person::new(
            PersonId::from_name(&format!("published/person/{name}")),
            name.parse().expect("a name"),
        );
        person.sources = note(PLACEHOLDER);
        let role = if k == 0 {
            Role::Director
        } else {
            Role::Specialist
        };
        let mut post = Appointment::new(
            AppointmentId::from_name(&format!("published/post/{name}")),
            person.id,
            centre,
            role,
        );
        post.start = Some("2022-11".parse().expect("a month"));
        post.sources = note(PLACEHOLDER);
        persons.push(person);
        posts.push(post);
    }
    (persons, posts)
}

fn country(period: &str, served: &str, supported: Option<&str>) -> ServiceStatistics {
    let mut row =
        ServiceStatistics::new(StatisticsScope::Country, period.parse().expect("a period"));
    row.families_served = Some(served.parse().expect("a stated count"));
    row.families_supported = supported.map(|s| s.parse().expect("a stated count"));
    row.sources = note(PUBLISHED);
    row
}

fn plan(title: &str, period: &str, centres: u64, regions: Option<u64>) -> NetworkPlan {
    let mut plan = NetworkPlan::new(
        NetworkPlanId::from_name(&format!("published/{title}")),
        title,
        period.parse().expect("a period"),
    );
    plan.centres = Some(StatedCount::exact(centres));
    plan.regions = regions.map(StatedCount::exact);
    plan.sources = note(PUBLISHED);
    plan
}

/// A national total as published: `measure` of the network at `date`.
fn national(name: &str, measure: Measure, value: u64, date: &str) -> StatedFigure {
    let mut figure = StatedFigure::new(
        StatedFigureId::from_name(&format!("published/{name}")),
        measure,
        FigureScope::Network,
        StatedCount::exact(value).into(),
    );
    figure.date = Some(date.parse().expect("a date"));
    figure.sources = note(PUBLISHED);
    figure
}

/// The published national totals as stated figures: 21 family MFCs in 8 federal subjects on
/// 2023-04-30, 144 in 55 on 2025-08-31.
pub fn stated_figures() -> Vec<StatedFigure> {
    vec![
        national("21 centres", Measure::FamilyMfcs, 21, "2023-04-30"),
        national("8 subjects", Measure::FederalSubjects, 8, "2023-04-30"),
        national("144 centres", Measure::FamilyMfcs, 144, "2025-08-31"),
        national("55 subjects", Measure::FederalSubjects, 55, "2025-08-31"),
    ]
}

/// The data set.
pub fn dataset() -> Dataset {
    let mut dataset = Dataset::new();
    let (institutions, points) = institutions();
    let centre = institutions[0].id;
    (dataset.persons, dataset.appointments) = staff(centre);
    dataset.institutions = institutions;
    dataset.service_points = points;

    let mut service = Service::new(nanny(), "Социальная няня", ServiceCategory::ChildCare);
    service.sources = note(PLACEHOLDER);
    dataset.services.push(service);

    let mut nanny_row = ServiceStatistics::new(
        StatisticsScope::Institution(centre),
        "2025-H1".parse().expect("a period"),
    );
    nanny_row.service = Some(nanny());
    nanny_row.families_served = Some(StatedCount::exact(10));
    nanny_row.sources = note(PLACEHOLDER);
    dataset.service_statistics = vec![
        country("2022-11-01/2023-04-30", "более 40 тыс.", None),
        country("2025-H1", "почти 150 тыс.", Some("более 38 тыс.")),
        nanny_row,
    ];
    dataset.network_plans = vec![
        plan("Открытие семейных МФЦ в 2024 году", "2024", 57, None),
        plan(
            "Ещё 18 семейных МФЦ в 8 регионах до конца 2026 года",
            "2025-09-01/2026-12-31",
            18,
            Some(8),
        ),
    ];
    dataset.stated_figures = stated_figures();
    dataset
}
