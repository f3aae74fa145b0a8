//! Validation as an application meets it: a data set built in code, with several problems at
//! once, is refused by `Registry::new` with a report that lists every one of them.

use social_services::{
    Dataset, Event, Institution, Programme, Registry, ServicePoint, Severity,
    records::{
        EventId, EventKind, EventLevel, InstitutionId, InstitutionKind, Level, ProgrammeId,
        ProgrammeKind, ServicePointId, ServicePointKind, StatedCount,
    },
};
use social_services::{
    StatedFigure,
    records::{FigureScope, Measure, StatedFigureId},
};

fn seminar() -> Event {
    let mut event = Event::new(
        EventId::from_name("Всероссийский семинар-совещание, Тула"),
        "Семейные МФЦ: отработка модели и новые подходы",
        EventKind::SeminarMeeting,
        EventLevel::AllRussian,
        "2024-10-03/2024-10-04".parse().unwrap(),
    );
    event.venue.region = Some("71".parse().unwrap());
    event
}

#[test]
fn a_data_set_with_four_problems_is_refused_with_all_four_and_their_paths() {
    let ministry = InstitutionId::from_name("Минтруд России");
    let tula = InstitutionId::from_name("ГУ ТО «СМФЦ «Мой семейный центр»»");
    let mut dataset = Dataset::new();
    dataset.institutions.push(Institution::new(
        ministry,
        "Минтруд России",
        InstitutionKind::Ministry,
        Level::Federal,
    ));
    let mut centre = Institution::new(
        tula,
        "Мой семейный центр",
        InstitutionKind::FamilyMfc,
        Level::Regional,
    );
    centre.opened = Some("2023".parse().unwrap());
    dataset.institutions.push(centre);
    let mut online = ServicePoint::new(
        ServicePointId::from_name("online"),
        tula,
        "Онлайн-приёмная",
        ServicePointKind::Online,
    );
    online.opened = Some("2024".parse().unwrap());
    dataset.service_points.push(online);

    // 1. A broken reference: an organizer nobody defined.
    let mut event = seminar();
    let nowhere = InstitutionId::from_name("Правительство Тульской области");
    event.organizers = vec![ministry, nowhere];
    // 2. An impossible count: more federal subjects than there are.
    let mut regions = StatedFigure::new(
        StatedFigureId::from_name("96 субъектов"),
        Measure::FederalSubjects,
        FigureScope::Event(event.id),
        StatedCount::exact(96).into(),
    );
    regions.date = Some("2024-10-04".parse().unwrap());
    dataset.stated_figures.push(regions);
    dataset.events.push(event);
    // 3. A duplicate id: a second event under the first one's id.
    let mut again = seminar();
    again.organizers = vec![ministry];
    dataset.events.push(again);
    // 4. An end before its start.
    let mut measures = Programme::new(
        ProgrammeId::from_name("Комплекс мер"),
        "Комплекс мер на 2023–2024 годы",
        ProgrammeKind::ComplexOfMeasures,
    );
    measures.start = Some("2024".parse().unwrap());
    measures.end = Some("2023-12".parse().unwrap());
    dataset.programmes.push(measures);

    let report = Registry::new(dataset).unwrap_err();
    assert!(
        report
            .issues()
            .iter()
            .all(|i| i.severity == Severity::Error)
    );
    let found: Vec<(&str, &str, &str)> = report
        .issues()
        .iter()
        .map(|i| (i.code, i.path.as_str(), i.message.as_str()))
        .collect();
    let first = EventId::from_name("Всероссийский семинар-совещание, Тула");
    assert_eq!(
        found,
        [
            (
                "record.duplicate_id",
                "events[1].id",
                format!("id {first} is also used at events[0]").as_str()
            ),
            (
                "reference.unknown_institution",
                "events[0].organizers[1]",
                format!("no institution has id {nowhere}").as_str()
            ),
            (
                "dates.end_before_start",
                "programmes[0].end",
                "end 2023-12 is before start 2024"
            ),
            (
                "count.impossible",
                "stated_figures[0].value",
                "96 federal subjects stated, but there are only 89"
            ),
        ]
    );
    assert!(
        report.to_string().ends_with("4 errors, 0 warnings"),
        "{report}"
    );
}

#[test]
fn a_valid_data_set_becomes_a_registry_that_answers_lookups() {
    let tula = InstitutionId::from_name("ГУ ТО «СМФЦ «Мой семейный центр»»");
    let mut dataset = Dataset::new();
    let mut institution = Institution::new(
        tula,
        "Мой семейный центр",
        InstitutionKind::FamilyMfc,
        Level::Regional,
    );
    institution.region = Some("71".parse().unwrap());
    institution.opened = Some("2023".parse().unwrap());
    dataset.institutions.push(institution);
    let mut flagship = ServicePoint::new(
        ServicePointId::from_name("flagship"),
        tula,
        "Флагманское отделение",
        ServicePointKind::Flagship,
    );
    flagship.address = Some(
        "Тульская область, г. Тула, ул. Гоголевская, 71"
            .parse()
            .unwrap(),
    );
    dataset.service_points.push(flagship);
    let mut event = seminar();
    event.organizers = vec![tula];
    dataset.events.push(event);

    let registry = Registry::new(dataset).unwrap();
    assert!(registry.warnings().is_empty(), "{}", registry.warnings());
    let region = "Тульская область".parse().unwrap();
    assert_eq!(registry.institutions_in(region).count(), 1);
    assert_eq!(registry.events_in(region).count(), 1);
    assert_eq!(
        registry.service_points_of(tula).next().unwrap().name,
        "Флагманское отделение"
    );
}
