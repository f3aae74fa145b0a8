//! A small valid data set modelled on the seeds, for the tests of every rule: each test breaks
//! one thing in it and pins what validation says. (Test data, not the sample: the sample with
//! every fact of the seeds is `data/sample.json`.)

use crate::records::{
    AgendaItem, AgendaKind, Appointment, AppointmentId, Attendee, Cohort, CohortFormat, CohortId,
    Department, DepartmentId, DepartmentKind, Enrollment, EnrollmentStatus, Event, EventId,
    EventKind, EventLevel, Institution, InstitutionId, InstitutionKind, LegalForm, Level, Person,
    PersonId, Programme, ProgrammeId, ProgrammeKind, RegionHeadCount, Role, ServicePoint,
    ServicePointId, ServicePointKind, Speaker, StatedCount, TrainingSite, TrainingSiteId,
};
use crate::records::{
    FamilyCategory, NetworkPlan, NetworkPlanId, Service, ServiceCategory, ServiceId,
    ServiceStatistics, StatisticsScope,
};
use crate::records::{FigureScope, Measure, StatedFigure, StatedFigureId};
use crate::registry::Dataset;
use crate::values::RegionCode;

use super::{ValidationOptions, validate};

pub(crate) fn region(code: &str) -> RegionCode {
    code.parse().unwrap()
}

pub(crate) fn institution_id(n: usize) -> InstitutionId {
    InstitutionId::from_name(&format!("institution {n}"))
}
pub(crate) fn department_id(n: usize) -> DepartmentId {
    DepartmentId::from_name(&format!("department {n}"))
}
pub(crate) fn person_id(n: usize) -> PersonId {
    PersonId::from_name(&format!("person {n}"))
}
pub(crate) fn appointment_id(n: usize) -> AppointmentId {
    AppointmentId::from_name(&format!("appointment {n}"))
}
pub(crate) fn programme_id(n: usize) -> ProgrammeId {
    ProgrammeId::from_name(&format!("programme {n}"))
}
pub(crate) fn service_point_id(n: usize) -> ServicePointId {
    ServicePointId::from_name(&format!("service point {n}"))
}
pub(crate) fn service_id(n: usize) -> ServiceId {
    ServiceId::from_name(&format!("service {n}"))
}
pub(crate) fn site_id(n: usize) -> TrainingSiteId {
    TrainingSiteId::from_name(&format!("training site {n}"))
}

fn person(n: usize, name: &str) -> Person {
    Person::new(person_id(n), name.parse().unwrap())
}

fn appointment(n: usize, person: usize, institution: usize, role: Role) -> Appointment {
    Appointment::new(
        appointment_id(n),
        person_id(person),
        institution_id(institution),
        role,
    )
}

fn speaker(person: usize, appointment: usize) -> Speaker {
    Speaker {
        appointment: Some(appointment_id(appointment)),
        ..Speaker::new(person_id(person))
    }
}

/// Institutions: 0 the Ivanovo department of social protection (with a directorate),
/// 1 the Vichuga КЦСОН (with a family MFC and a family-support department), 2 the Tula family
/// MFC, 3 the federal ministry, 4 the Tula regional government.
fn institutions() -> Vec<Institution> {
    let mut ivanovo = Institution::new(
        institution_id(0),
        "Департамент социальной защиты населения Ивановской области",
        InstitutionKind::Department,
        Level::Regional,
    );
    ivanovo.region = Some(region("37"));
    ivanovo.departments.push(Department::new(
        department_id(0),
        "Управление по делам семей, воспитывающих детей",
        DepartmentKind::Directorate,
    ));
    let mut vichuga = Institution::new(
        institution_id(1),
        "ОБУСО «Вичугский КЦСОН»",
        InstitutionKind::Kcson,
        Level::Regional,
    );
    vichuga.legal_form = Some(LegalForm::Obuso);
    vichuga.region = Some(region("37"));
    let mut mfc = Department::new(
        department_id(1),
        "Семейный многофункциональный центр",
        DepartmentKind::FamilyMfc,
    );
    mfc.opened = Some("2024".parse().unwrap());
    vichuga.departments.push(mfc);
    vichuga.departments.push(Department::new(
        department_id(2),
        "Отделение социального сопровождения семей с детьми",
        DepartmentKind::FamilySupport,
    ));
    let mut tula = Institution::new(
        institution_id(2),
        "ГУ ТО «СМФЦ «Мой семейный центр»»",
        InstitutionKind::FamilyMfc,
        Level::Regional,
    );
    tula.region = Some(region("71"));
    tula.opened = Some("2023".parse().unwrap());
    let ministry = Institution::new(
        institution_id(3),
        "Минтруд России",
        InstitutionKind::Ministry,
        Level::Federal,
    );
    let mut government = Institution::new(
        institution_id(4),
        "Правительство Тульской области",
        InstitutionKind::Government,
        Level::Regional,
    );
    government.region = Some(region("71"));
    vec![ivanovo, vichuga, tula, ministry, government]
}

/// Service points: 0 the Tula flagship (Гоголевская, 71), 1 an online point of the Vichuga
/// family MFC department.
fn service_points() -> Vec<ServicePoint> {
    let mut flagship = ServicePoint::new(
        service_point_id(0),
        institution_id(2),
        "Флагманское отделение",
        ServicePointKind::Flagship,
    );
    flagship.address = Some(
        "Тульская область, г. Тула, ул. Гоголевская, 71"
            .parse()
            .unwrap(),
    );
    flagship.opened = Some("2023-06".parse().unwrap());
    flagship.services = vec![service_id(0)];
    let mut online = ServicePoint::new(
        service_point_id(1),
        institution_id(1),
        "Онлайн-приёмная",
        ServicePointKind::Online,
    );
    online.department = Some(department_id(1));
    vec![flagship, online]
}

/// Persons 0–4 and their appointments 0–4 (appointment n is person n's).
fn staff() -> (Vec<Person>, Vec<Appointment>) {
    let persons = vec![
        person(0, "Дёмина Анна Юрьевна"),
        person(1, "Слабнова Елена Борисовна"),
        person(2, "Вдовин А.Н."),
        person(3, "Эвелина Шубинская"),
        person(4, "Баталина О.Ю."),
    ];
    let mut acting = appointment(2, 2, 1, Role::DeputyDirector);
    acting.role = Role::Director;
    acting.acting = true;
    acting.start = Some("2024-09".parse().unwrap());
    let mut director = appointment(1, 1, 1, Role::Director);
    director.start = Some("2015".parse().unwrap());
    let appointments = vec![
        appointment(0, 0, 0, Role::Director),
        director,
        acting,
        appointment(3, 3, 2, Role::Director),
        appointment(4, 4, 3, Role::FirstDeputyMinister),
    ];
    (persons, appointments)
}

/// Events: 0 the regional seminar of 24 September 2024 (attendees named one by one), 1 the
/// all-Russian seminar of 3–4 October 2024 (participation by region).
fn events() -> Vec<Event> {
    let mut regional = Event::new(
        EventId::from_name("event 0"),
        "Областной семинар-совещание",
        EventKind::SeminarMeeting,
        EventLevel::Regional,
        "2024-09-24/2024-09-24".parse().unwrap(),
    );
    regional.venue.institution = Some(institution_id(1));
    regional.organizers.push(institution_id(0));
    regional.programmes.push(programme_id(0));
    let mut welcome = AgendaItem::new(AgendaKind::Welcome);
    welcome.speakers = vec![speaker(0, 0), speaker(1, 1)];
    regional.agenda.push(welcome);
    regional.participation.attendees = vec![
        Attendee {
            person: Some(person_id(2)),
            institution: Some(institution_id(1)),
            ..Attendee::default()
        },
        Attendee {
            person: Some(person_id(0)),
            institution: Some(institution_id(0)),
            region: Some(region("37")),
            ..Attendee::default()
        },
        Attendee {
            person: Some(person_id(1)),
            institution: Some(institution_id(1)),
            ..Attendee::default()
        },
    ];

    let mut federal = Event::new(
        EventId::from_name("event 1"),
        "Семейные МФЦ: отработка модели и новые подходы",
        EventKind::SeminarMeeting,
        EventLevel::AllRussian,
        "2024-10-03/2024-10-04".parse().unwrap(),
    );
    federal.venue.region = Some(region("71"));
    federal.organizers = vec![institution_id(3), institution_id(4)];
    federal.programmes.push(programme_id(1));
    let mut plenary = AgendaItem::new(AgendaKind::Plenary);
    plenary.speakers = vec![speaker(3, 3), speaker(4, 4)];
    let mut visit = AgendaItem::new(AgendaKind::SiteVisit);
    visit.service_point = Some(service_point_id(0));
    federal.agenda = vec![plenary, visit];
    federal.participation.by_region = vec![
        RegionHeadCount {
            region: region("37"),
            count: 2,
        },
        RegionHeadCount {
            region: region("71"),
            count: 10,
        },
    ];
    federal.participation.by_institution = vec![crate::records::InstitutionHeadCount {
        institution: institution_id(2),
        count: 5,
    }];
    vec![regional, federal]
}

/// Programmes: 0 the Ivanovo complex of measures for 2023–2024, 1 the federal pilot project.
fn programmes() -> Vec<Programme> {
    let mut measures = Programme::new(
        programme_id(0),
        "Комплекс мер по созданию Семейных многофункциональных центров Ивановской области",
        ProgrammeKind::ComplexOfMeasures,
    );
    measures.start = Some("2023".parse().unwrap());
    measures.end = Some("2024".parse().unwrap());
    measures.owner = Some(institution_id(0));
    measures.regions = vec![region("37")];
    let mut pilot = Programme::new(
        programme_id(1),
        "Пилотный проект по созданию семейных многофункциональных центров",
        ProgrammeKind::PilotProject,
    );
    pilot.owner = Some(institution_id(3));
    pilot.regions = vec![region("71"), region("37")];
    vec![measures, pilot]
}

/// One training site (the Tula family MFC) with one cohort of the pilot project.
fn training() -> (Vec<TrainingSite>, Vec<Cohort>) {
    let mut site = TrainingSite::new(
        site_id(0),
        institution_id(2),
        Level::Federal,
        "Создание Семейных МФЦ",
    );
    site.programmes.push(programme_id(1));
    let mut cohort = Cohort::new(
        CohortId::from_name("cohort 0"),
        site_id(0),
        "Поток 1",
        CohortFormat::InPerson,
    );
    cohort.programme = Some(programme_id(1));
    cohort.capacity = Some(12);
    cohort.enrollments = vec![
        Enrollment {
            person: Some(person_id(2)),
            home_institution: Some(institution_id(1)),
            home_region: Some(region("37")),
            ..Enrollment::new(EnrollmentStatus::Completed)
        },
        Enrollment {
            home_region: Some(region("37")),
            ..Enrollment::new(EnrollmentStatus::Withdrawn)
        },
    ];
    cohort.head_counts = vec![RegionHeadCount {
        region: region("71"),
        count: 10,
    }];
    (vec![site], vec![cohort])
}

/// Services: 0 «Социальная няня» for large families, 1 psychological help for everyone.
fn services() -> Vec<Service> {
    let mut nanny = Service::new(service_id(0), "Социальная няня", ServiceCategory::ChildCare);
    nanny.eligible = vec![FamilyCategory::LargeFamily];
    let help = Service::new(
        service_id(1),
        "Психологическая помощь",
        ServiceCategory::PsychologicalHelp,
    );
    vec![nanny, help]
}

/// Statistics for the first half of 2025: 0 the Tula centre's total (1200 served, 300 under
/// social support), 1 its flagship point, 2 the Tula centre's «Социальная няня».
fn service_statistics() -> Vec<ServiceStatistics> {
    let h1: crate::values::ReportingPeriod = "2025-H1".parse().unwrap();
    let mut total = ServiceStatistics::new(StatisticsScope::Institution(institution_id(2)), h1);
    total.families_served = Some(StatedCount::exact(1200));
    total.families_supported = Some(StatedCount::exact(300));
    let mut flagship =
        ServiceStatistics::new(StatisticsScope::ServicePoint(service_point_id(0)), h1);
    flagship.families_served = Some(StatedCount::exact(500));
    let mut nanny = ServiceStatistics::new(StatisticsScope::Institution(institution_id(2)), h1);
    nanny.service = Some(service_id(0));
    nanny.families_served = Some(StatedCount::exact(10));
    vec![total, flagship, nanny]
}

/// Plans: 0 the ministry's 57 centres in 2024 under the pilot project, 1 18 centres in 8
/// regions by the end of 2026.
fn network_plans() -> Vec<NetworkPlan> {
    let mut y2024 = NetworkPlan::new(
        NetworkPlanId::from_name("plan 0"),
        "План открытия семейных МФЦ на 2024 год",
        "2024".parse().unwrap(),
    );
    y2024.centres = Some(StatedCount::exact(57));
    y2024.owner = Some(institution_id(3));
    y2024.programme = Some(programme_id(1));
    let mut y2026 = NetworkPlan::new(
        NetworkPlanId::from_name("plan 1"),
        "Открытие семейных МФЦ до конца 2026 года",
        "2025-07-01/2026-12-31".parse().unwrap(),
    );
    y2026.centres = Some(StatedCount::exact(18));
    y2026.regions = Some(StatedCount::exact(8));
    vec![y2024, y2026]
}

/// The valid data set.
pub(crate) fn valid() -> Dataset {
    let mut dataset = Dataset::new();
    dataset.institutions = institutions();
    dataset.service_points = service_points();
    (dataset.persons, dataset.appointments) = staff();
    dataset.events = events();
    dataset.programmes = programmes();
    (dataset.training_sites, dataset.cohorts) = training();
    dataset.services = services();
    dataset.service_statistics = service_statistics();
    dataset.network_plans = network_plans();
    dataset.stated_figures = stated_figures();
    dataset
}

/// Stated figures: 0 event 0's 13 institutions, 1 event 1's 69 federal subjects, 2 event 1's
/// «до 300» participants, 3 the pilot project's 69 federal subjects, 4 the training site's
/// «более 250» trained.
fn stated_figures() -> Vec<StatedFigure> {
    let figure = |n: usize, measure, scope, value: StatedCount, date: &str| {
        let mut f = StatedFigure::new(
            StatedFigureId::from_name(&format!("figure {n}")),
            measure,
            scope,
            value.into(),
        );
        f.date = Some(date.parse().unwrap());
        f
    };
    let (regional, federal) = (EventId::from_name("event 0"), EventId::from_name("event 1"));
    vec![
        figure(
            0,
            Measure::Organisations,
            FigureScope::Event(regional),
            StatedCount::exact(13),
            "2024-09-24",
        ),
        figure(
            1,
            Measure::FederalSubjects,
            FigureScope::Event(federal),
            StatedCount::exact(69),
            "2024-10-04",
        ),
        figure(
            2,
            Measure::Participants,
            FigureScope::Event(federal),
            StatedCount::new(crate::records::Qualifier::UpTo, 300),
            "2024-10-04",
        ),
        figure(
            3,
            Measure::FederalSubjects,
            FigureScope::Programme(programme_id(1)),
            StatedCount::exact(69),
            "2024-10-03",
        ),
        figure(
            4,
            Measure::SpecialistsTrained,
            FigureScope::TrainingSite(site_id(0)),
            StatedCount::more_than(250),
            "2024-10",
        ),
    ]
}

/// One issue as `(severity, code, path, message)`, to compare whole reports at a glance.
pub(crate) type Row = (&'static str, &'static str, String, String);

/// The issues of a data set under `options`.
pub(crate) fn issues_with(dataset: &Dataset, options: &ValidationOptions) -> Vec<Row> {
    validate(dataset, options)
        .into_iter()
        .map(|issue| {
            let severity = match issue.severity {
                crate::registry::Severity::Error => "error",
                crate::registry::Severity::Warning => "warning",
            };
            (severity, issue.code, issue.path.to_string(), issue.message)
        })
        .collect()
}

/// The issues of a data set under the default options.
pub(crate) fn issues(dataset: &Dataset) -> Vec<Row> {
    issues_with(dataset, &ValidationOptions::default())
}

/// One expected issue.
pub(crate) fn row(severity: &'static str, code: &'static str, path: &str, message: &str) -> Row {
    (severity, code, path.to_owned(), message.to_owned())
}

/// A date (a partial or a known one, as the field wants) from its text.
pub(crate) fn date<T: std::str::FromStr<Err: std::fmt::Debug>>(text: &str) -> T {
    text.parse().unwrap()
}
