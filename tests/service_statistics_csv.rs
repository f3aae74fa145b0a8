//! Service statistics as a spreadsheet user keeps them: monthly rows typed with Russian terms and
//! «тыс.», read from CSV, put into a data set with the services and the centre they name, and
//! built into a registry; a bad cell is reported with its line, column and the value's message.

use social_services::io::Chain;
use social_services::io::csv;
use social_services::{
    Dataset, Institution, Registry, ServicePoint,
    records::{
        FamilyCategory, InstitutionId, InstitutionKind, Level, Qualifier, ServicePointId,
        ServicePointKind, StatedCount, StatisticsScope,
    },
};

const CENTRE: &str = "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f21";
const NANNY: &str = "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f31";
const LAWYER: &str = "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f32";

/// The catalogue of the centre, as its own spreadsheet.
fn services_csv() -> String {
    format!(
        "id,name,category,eligible\n\
         {NANNY},Социальная няня,Социальная няня,\"многодетные; семьи, воспитывающие детей-инвалидов\"\n\
         {LAWYER},Консультация юриста,правовая помощь,\n"
    )
}

/// Two months of a centre's figures: a total per month, then parts by service and by category
/// of families, with a column of notes the crate does not know.
fn statistics_csv() -> String {
    format!(
        "scope,period,service,family_category,families_served,families_supported,appeals,примечание\n\
         institution:{CENTRE},2025-01,,,\"1 150\",более 300,почти 2 тыс.,\n\
         institution:{CENTRE},2025-01,{NANNY},,120,,,\n\
         institution:{CENTRE},2025-01,,многодетные,почти 1 тыс.,,,оценка\n\
         institution:{CENTRE},2025-02,,,1200,380,2100,с учётом выездов\n\
         institution:{CENTRE},2025-02,{LAWYER},Участники СВО,45,,60,\n\
         region:Тульская область,2025-Q1,,,более 3 тыс.,,,\n"
    )
}

fn centre() -> Institution {
    let mut centre = Institution::new(
        CENTRE.parse().unwrap(),
        "ГУ ТО «СМФЦ «Мой семейный центр»»",
        InstitutionKind::FamilyMfc,
        Level::Regional,
    );
    centre.region = Some("71".parse().unwrap());
    centre.opened = Some("2023-04".parse().unwrap());
    centre
}

#[test]
fn a_spreadsheet_of_monthly_rows_builds_a_registry_with_the_services_and_centre_it_names() {
    let services = csv::read_services(services_csv().as_bytes()).unwrap();
    let rows = csv::read_service_statistics(statistics_csv().as_bytes()).unwrap();

    let mut dataset = Dataset::new();
    let mut flagship = ServicePoint::new(
        ServicePointId::from_name("флагман"),
        centre().id,
        "Флагманское отделение",
        ServicePointKind::Flagship,
    );
    flagship.address = Some(
        "Тульская область, г. Тула, ул. Гоголевская, 71"
            .parse()
            .unwrap(),
    );
    flagship.services = services.iter().map(|s| s.id).collect();
    dataset.institutions.push(centre());
    dataset.service_points.push(flagship);
    dataset.services = services;
    dataset.service_statistics = rows;
    let registry = match Registry::new(dataset) {
        Ok(registry) => registry,
        Err(report) => panic!("refused:\n{report}"),
    };
    // The notes column is kept on the rows that fill it in, and named as unknown (an error only
    // when validating strictly).
    let warnings: Vec<String> = registry
        .warnings()
        .issues()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        warnings,
        [
            "warning[record.unknown_field] service_statistics[2].примечание: unknown field \"примечание\", kept as read",
            "warning[record.unknown_field] service_statistics[3].примечание: unknown field \"примечание\", kept as read",
        ]
    );

    let rows: Vec<_> = registry.service_statistics().collect();
    assert_eq!(rows.len(), 6);
    let january = rows[0];
    assert_eq!(
        january.scope,
        StatisticsScope::Institution(InstitutionId::from_uuid(CENTRE.parse().unwrap()))
    );
    assert!(january.is_total());
    assert_eq!(january.families_served, Some(StatedCount::exact(1150)));
    assert_eq!(
        january.families_supported,
        Some(StatedCount::more_than(300))
    );
    assert_eq!(
        january.appeals,
        Some(StatedCount::new(Qualifier::Almost, 2000))
    );
    assert_eq!(rows[2].family_category, Some(FamilyCategory::LargeFamily));
    assert_eq!(rows[2].extra["примечание"], "оценка");
    assert_eq!(
        rows[4].family_category,
        Some(FamilyCategory::MilitaryService)
    );
    assert_eq!(
        registry.service(rows[4].service.unwrap()).unwrap().name,
        "Консультация юриста"
    );
    assert_eq!(rows[5].scope.to_string(), "region:71");

    // Written back, the table reads as the same rows, in the crate's own terms.
    let mut out = Vec::new();
    csv::write_service_statistics(&registry.dataset().service_statistics, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(
        text.lines().next(),
        Some(
            "scope,period,service,family_category,families_served,families_supported,appeals,sources,примечание"
        )
    );
    assert_eq!(
        text.lines().nth(3),
        Some(format!("institution:{CENTRE},2025-01,,large_family,почти 1000,,,,оценка").as_str())
    );
    assert_eq!(
        csv::read_service_statistics(text.as_bytes()).unwrap(),
        registry.dataset().service_statistics
    );
}

#[test]
fn a_spreadsheet_with_a_figure_in_words_is_refused_at_its_cell() {
    let text = format!(
        "scope,period,family_category,families_served\n\
         institution:{CENTRE},2025-03,,1210\n\
         institution:{CENTRE},2025-03,многодетные,около полутора тысяч\n"
    );
    let err = csv::read_service_statistics(text.as_bytes()).unwrap_err();
    assert_eq!(
        Chain(&err).to_string(),
        "line 3, column 4 (families_served): invalid stated count \"около полутора тысяч\": expected a whole number, optionally after более, до, около or почти"
    );
}

#[test]
fn a_spreadsheet_with_a_month_in_words_is_refused_at_its_cell() {
    let text = format!("scope,period,families_served\ninstitution:{CENTRE},март 2025,1210\n");
    let err = csv::read_service_statistics(text.as_bytes()).unwrap_err();
    assert_eq!(
        Chain(&err).to_string(),
        "line 2, column 2 (period): invalid reporting period \"март 2025\": expected the form YYYY, YYYY-MM, YYYY-QN, YYYY-HN, YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD"
    );
}
