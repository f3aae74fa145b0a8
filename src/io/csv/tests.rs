use proptest::collection::vec;
use proptest::prelude::*;
use serde_json::Value;

use super::*;
use crate::io::error::Chained;
use crate::records::{
    Extra, FamilyCategory, InstitutionId, InstitutionKind, Level, NetworkPlanId, PersonId,
    ServiceCategory, ServiceId, StatedCount, StatisticsScope,
};

const ID: &str = "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11";

/// Extra fields as a CSV table keeps them: every value as its text.
fn as_cells(extra: &mut Extra) {
    for value in extra.values_mut() {
        if !value.is_string() {
            *value = Value::String(value.to_string());
        }
    }
}

fn text_of(write: impl FnOnce(&mut Vec<u8>) -> Result<(), IoError>) -> String {
    let mut out = Vec::new();
    write(&mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn institution() -> Institution {
    Institution::new(
        InstitutionId::from_name("КЦСОН"),
        "ОБУСО «Вичугский КЦСОН»",
        InstitutionKind::Kcson,
        Level::Regional,
    )
}

#[test]
fn writes_extra_fields_as_columns_after_the_known_ones() {
    let mut person = Person::new(PersonId::from_name("p"), "Егорова Е.В.".parse().unwrap());
    person.extra.insert("x_rank".to_owned(), Value::from(5));
    person
        .extra
        .insert("x_note".to_owned(), Value::from("заведующая"));
    let text = text_of(|out| write_persons(&[person], out));
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("id,name,snils,phones,emails,sources,x_note,x_rank")
    );
    let row = lines.next().unwrap();
    assert!(row.ends_with(",Егорова Е. В.,,,,,заведующая,5"), "{row}");
}

#[test]
fn reads_russian_terms_and_columns_in_any_order() {
    let text = format!("level,kind,name,id\nобластной,Семейный МФЦ,СМФЦ,{ID}\n");
    let read = read_institutions(text.as_bytes()).unwrap();
    assert_eq!(read[0].kind, InstitutionKind::FamilyMfc);
    assert_eq!(read[0].level, Level::Regional);
}

#[test]
fn refuses_to_write_an_extra_field_named_like_a_column() {
    let mut i = institution();
    i.extra.insert("inn".to_owned(), Value::from("7830002293"));
    let err = write_institutions(&[i.clone()], Vec::new()).unwrap_err();
    assert_eq!(
        err.chained(),
        format!(
            "institution {}: extra field \"inn\" has the name of a column",
            i.id
        )
    );
}

#[test]
fn refuses_to_write_an_empty_optional_text() {
    let mut i = institution();
    i.short_name = Some(String::new());
    let err = write_institutions(&[i.clone()], Vec::new()).unwrap_err();
    assert_eq!(
        err.chained(),
        format!(
            "institution {}: short_name is an empty text, which a cell cannot tell from an absent one",
            i.id
        )
    );
}

#[test]
fn reports_a_missing_required_column_and_a_repeated_one() {
    let err = read_persons(format!("id\n{ID}\n").as_bytes()).unwrap_err();
    assert_eq!(err.chained(), "the header has no column \"name\"");
    let err = read_persons("id,name,name\n".as_bytes()).unwrap_err();
    assert_eq!(err.chained(), "the header names column \"name\" twice");
}

#[test]
fn reports_a_row_with_too_many_cells() {
    let text = format!("id,name\n{ID},Егорова Е.В.,лишнее\n");
    let err = read_persons(text.as_bytes()).unwrap_err();
    assert_eq!(err.chained(), "line 2: the row has 3 cells, the header 2");
}

#[test]
fn reports_an_empty_required_cell_and_a_bad_list_item() {
    let text = "name,id\nЕгорова Е.В.,\n";
    assert_eq!(
        read_persons(text.as_bytes()).unwrap_err().chained(),
        "line 2, column 2 (id): required cell is empty"
    );
    let text = format!("id,name,phones\n{ID},Егорова Е.В.,\"+7 4932 12-34-56; 12\"\n");
    let err = read_persons(text.as_bytes()).unwrap_err().chained();
    assert!(
        err.starts_with("line 2, column 3 (phones): invalid phone \"12\": "),
        "{err}"
    );
}

#[test]
fn reports_a_bad_json_cell_with_its_path() {
    let text = format!(
        "id,name,sources\n{ID},Егорова Е.В.,\"[{{\"\"published\"\": \"\"2024-13\"\"}}]\"\n"
    );
    let err = read_persons(text.as_bytes()).unwrap_err().chained();
    assert!(
        err.starts_with("line 2, column 3 (sources): [0].published: invalid date \"2024-13\": "),
        "{err}"
    );
}

#[test]
fn reports_a_json_cell_nested_too_deep_or_naming_a_key_twice() {
    let deep = format!(
        "[{{\"note\": \"а\", \"x_deep\": {}{}}}]",
        "[".repeat(200),
        "]".repeat(200)
    );
    let text = format!(
        "id,name,sources\n{ID},Егорова Е.В.,\"{}\"\n",
        deep.replace('"', "\"\"")
    );
    let err = read_persons(text.as_bytes()).unwrap_err().chained();
    assert_eq!(
        err,
        "line 2, column 3 (sources): arrays and objects nested deeper than 127 levels"
    );
    let text = format!(
        "id,name,sources\n{ID},Егорова Е.В.,\"[{{\"\"note\"\": \"\"а\"\", \"\"x_a\"\": 1, \"\"x_a\"\": 2}}]\"\n"
    );
    let err = read_persons(text.as_bytes()).unwrap_err().chained();
    assert_eq!(
        err,
        "line 2, column 3 (sources): [0]: duplicate key \"x_a\""
    );
}

#[test]
fn skips_a_byte_order_mark_and_reads_crlf_line_ends() {
    let text = format!("\u{feff}id,name\r\n{ID},Егорова Е.В.\r\n");
    assert_eq!(read_persons(text.as_bytes()).unwrap().len(), 1);
}

/// Reads one byte at a time: every `\r` falls at the end of a read.
struct ByteByByte<'a>(&'a [u8]);

impl std::io::Read for ByteByByte<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let Some((first, rest)) = self.0.split_first() else {
            return Ok(0);
        };
        buf[0] = *first;
        self.0 = rest;
        Ok(1)
    }
}

#[test]
fn counts_lines_ended_by_a_lone_carriage_return() {
    for end in ["\r", "\n", "\r\n"] {
        let cell = format!("id,name{end}{ID},Егорова Е.В.{end}{end}{ID},{end}");
        let syntax = format!("id,name{end}{ID},Егорова Е.В.{end}{ID},а,б{end}");
        for (text, expected) in [
            (cell, "line 4, column 2 (name): required cell is empty"),
            (syntax, "line 3: the row has 3 cells, the header 2"),
        ] {
            let whole = read_persons(text.as_bytes()).unwrap_err().chained();
            let bytes = read_persons(ByteByByte(text.as_bytes()))
                .unwrap_err()
                .chained();
            assert_eq!(
                (whole.as_str(), bytes.as_str()),
                (expected, expected),
                "{end:?}"
            );
        }
    }
    // Mixed line ends, and a `\r` inside a quoted cell, are lines too.
    let text = format!("id,name,x_note\r\n{ID},Егорова Е.В.,\"а\rб\"\r{ID},,\n");
    assert_eq!(
        read_persons(text.as_bytes()).unwrap_err().chained(),
        "line 4, column 2 (name): required cell is empty"
    );
}

#[test]
fn refuses_a_column_named_after_the_address_and_keeps_other_extra_columns_through_json() {
    let mut text = Vec::new();
    write_institutions(&[institution()], &mut text).unwrap();
    let text = String::from_utf8(text).unwrap();
    let (header, row) = text.split_once('\n').unwrap();
    let with = |column: &str| format!("{header},{column}\n{},\"ул. Ленина, 1\"\n", row.trim_end());
    assert_eq!(
        read_institutions(with("address").as_bytes())
            .unwrap_err()
            .chained(),
        "the header has column \"address\", a field that CSV holds in the address_… columns"
    );
    // An extra column of another name goes to `extra` and through JSON and back.
    let read = read_institutions(with("address_note").as_bytes()).unwrap();
    assert_eq!(read[0].extra["address_note"], "ул. Ленина, 1");
    let mut dataset = crate::Dataset::new();
    dataset.institutions = read;
    let back = crate::io::json::from_str(&crate::io::json::to_string(&dataset)).unwrap();
    assert_eq!(back, dataset);
}

#[test]
fn an_empty_extra_cell_is_an_absent_field() {
    let text = format!("id,name,x_note\n{ID},Егорова Е.В.,\n");
    assert!(read_persons(text.as_bytes()).unwrap()[0].extra.is_empty());
}

fn nanny() -> Service {
    Service::new(
        ServiceId::from_name("Социальная няня"),
        "Социальная няня",
        ServiceCategory::ChildCare,
    )
}

fn march() -> ServiceStatistics {
    ServiceStatistics::new(StatisticsScope::Country, "2025-03".parse().unwrap())
}

#[test]
fn reads_russian_family_categories_with_a_comma_as_one_item() {
    let text = format!(
        "id,name,category,eligible\n\
         {ID},Няня,социальная няня,\"Многодетные;семьи, воспитывающие детей-инвалидов ; ТЖС;\"\n"
    );
    let read = read_services(text.as_bytes()).unwrap();
    assert_eq!(
        read[0].eligible,
        [
            FamilyCategory::LargeFamily,
            FamilyCategory::DisabledChild,
            FamilyCategory::DifficultSituation
        ]
    );
}

#[test]
fn a_list_of_categories_separated_by_commas_is_one_term_outside_the_vocabulary() {
    // Commas do not separate items (a term may have one), so a user's «многодетные, малоимущие»
    // is kept as one term of its own rather than guessed at.
    let text =
        format!("id,name,category,eligible\n{ID},Няня,child_care,\"многодетные, малоимущие\"\n");
    let read = read_services(text.as_bytes()).unwrap();
    assert_eq!(
        read[0].eligible,
        [FamilyCategory::Other("многодетные, малоимущие".to_owned())]
    );
}

#[test]
fn refuses_to_write_a_family_category_that_would_not_read_back() {
    let refused = |term: &str| {
        let mut s = nanny();
        s.eligible = vec![
            FamilyCategory::LargeFamily,
            FamilyCategory::Other(term.to_owned()),
        ];
        write_services(&[s], Vec::new()).unwrap_err().chained()
    };
    let id = nanny().id;
    assert_eq!(
        refused("опекуны; приёмные"),
        format!(
            "service {id}: eligible item \"опекуны; приёмные\" has a `;`, which separates items, so it would not read back"
        )
    );
    assert_eq!(
        refused("опекуны "),
        format!(
            "service {id}: eligible item \"опекуны \" has white space at an end, which reading trims, so it would not read back"
        )
    );
    assert_eq!(
        refused(""),
        format!(
            "service {id}: eligible item \"\" is empty, which reading skips, so it would not read back"
        )
    );
    assert_eq!(
        refused("Многодетные"),
        format!(
            "service {id}: eligible term \"Многодетные\" is kept as written but reads back as the known term \"large_family\""
        )
    );
}

#[test]
fn refuses_to_write_an_empty_category_or_description() {
    let mut s = nanny();
    s.category = ServiceCategory::Other(String::new());
    assert_eq!(
        write_services(&[s], Vec::new()).unwrap_err().chained(),
        format!(
            "service {}: category is an empty term, which a cell cannot tell from an absent one",
            nanny().id
        )
    );
    let mut s = nanny();
    s.description = Some(String::new());
    assert_eq!(
        write_services(&[s], Vec::new()).unwrap_err().chained(),
        format!(
            "service {}: description is an empty text, which a cell cannot tell from an absent one",
            nanny().id
        )
    );
}

#[test]
fn names_a_statistics_row_by_its_key_when_refusing_it() {
    let mut row = march();
    row.service = Some(nanny().id);
    row.family_category = Some(FamilyCategory::Other(String::new()));
    assert_eq!(
        write_service_statistics(&[row], Vec::new())
            .unwrap_err()
            .chained(),
        format!(
            "service statistics row for country, 2025-03, service {}, category : family_category is an empty term, which a cell cannot tell from an absent one",
            nanny().id
        )
    );
    let mut row = march();
    row.extra.insert("appeals".to_owned(), Value::from("5"));
    assert_eq!(
        write_service_statistics(&[row], Vec::new())
            .unwrap_err()
            .chained(),
        "service statistics row for country, 2025-03: extra field \"appeals\" has the name of a column"
    );
}

#[test]
fn reads_a_monthly_row_as_a_spreadsheet_user_types_it() {
    let text = format!(
        "period,scope,family_category,families_served,families_supported,appeals,comment\n\
         2025-03,institution:{ID},многодетные,\"1 200\",более 380,почти 2 тыс.,по данным журнала\n"
    );
    let rows = read_service_statistics(text.as_bytes()).unwrap();
    let mut expected = ServiceStatistics::new(
        StatisticsScope::Institution(ID.parse().unwrap()),
        "2025-03".parse().unwrap(),
    );
    expected.family_category = Some(FamilyCategory::LargeFamily);
    expected.families_served = Some(StatedCount::exact(1200));
    expected.families_supported = Some(StatedCount::more_than(380));
    expected.appeals = Some("почти 2000".parse().unwrap());
    expected
        .extra
        .insert("comment".to_owned(), Value::from("по данным журнала"));
    assert_eq!(rows, [expected]);
}

#[test]
fn reports_a_bad_scope_and_a_missing_period() {
    let text = "scope,period\nрегион:71,2025\n";
    assert_eq!(
        read_service_statistics(text.as_bytes())
            .unwrap_err()
            .chained(),
        "line 2, column 1 (scope): invalid statistics scope \"регион:71\": expected service_point:<id>, department:<id>, institution:<id>, region:<code> or country"
    );
    let text = "scope,families_served\ncountry,5\n";
    assert_eq!(
        read_service_statistics(text.as_bytes())
            .unwrap_err()
            .chained(),
        "the header has no column \"period\""
    );
    let text = "scope,period\ncountry,\n";
    assert_eq!(
        read_service_statistics(text.as_bytes())
            .unwrap_err()
            .chained(),
        "line 2, column 2 (period): required cell is empty"
    );
}

#[test]
fn reports_a_bad_region_of_a_network_plan() {
    let text = format!("id,title,period,region\n{ID},План,2026,99\n");
    assert_eq!(
        read_network_plans(text.as_bytes()).unwrap_err().chained(),
        "line 2, column 4 (region): invalid region \"99\": no federal subject has code 99"
    );
}

#[test]
fn writes_a_network_plan_of_one_region_with_its_owner() {
    let mut plan = NetworkPlan::new(
        NetworkPlanId::from_name("Тула 2026"),
        "План открытия центров",
        "2026".parse().unwrap(),
    );
    plan.region = Some("71".parse().unwrap());
    plan.centres = Some(StatedCount::exact(3));
    plan.owner = Some(InstitutionId::from_name("министерство"));
    let text = text_of(|out| write_network_plans(&[plan.clone()], out));
    assert_eq!(
        text,
        format!(
            "id,title,period,region,centres,regions,owner,programme,sources\n{},План открытия центров,2026,71,3,,{},,\n",
            plan.id,
            plan.owner.unwrap()
        )
    );
    assert_eq!(read_network_plans(text.as_bytes()).unwrap(), [plan]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn institutions_read_back_equal(mut records in vec(any::<Institution>(), 0..4)) {
        for r in &mut records { as_cells(&mut r.extra); }
        let mut out = Vec::new();
        write_institutions(&records, &mut out).unwrap();
        prop_assert_eq!(read_institutions(&out[..]).unwrap(), records);
    }

    #[test]
    fn service_points_read_back_equal(mut records in vec(any::<ServicePoint>(), 0..4)) {
        for r in &mut records { as_cells(&mut r.extra); }
        let mut out = Vec::new();
        write_service_points(&records, &mut out).unwrap();
        prop_assert_eq!(read_service_points(&out[..]).unwrap(), records);
    }

    #[test]
    fn persons_read_back_equal(mut records in vec(any::<Person>(), 0..4)) {
        for r in &mut records { as_cells(&mut r.extra); }
        let mut out = Vec::new();
        write_persons(&records, &mut out).unwrap();
        prop_assert_eq!(read_persons(&out[..]).unwrap(), records);
    }

    #[test]
    fn appointments_read_back_equal(mut records in vec(any::<Appointment>(), 0..4)) {
        for r in &mut records { as_cells(&mut r.extra); }
        let mut out = Vec::new();
        write_appointments(&records, &mut out).unwrap();
        prop_assert_eq!(read_appointments(&out[..]).unwrap(), records);
    }

    #[test]
    fn enrollments_read_back_equal(
        mut records in vec((any::<CohortId>(), any::<Enrollment>()), 0..4)
    ) {
        for (_, e) in &mut records { as_cells(&mut e.extra); }
        let mut out = Vec::new();
        write_enrollments(&records, &mut out).unwrap();
        prop_assert_eq!(read_enrollments(&out[..]).unwrap(), records);
    }

    #[test]
    fn services_read_back_equal(mut records in vec(any::<Service>(), 0..4)) {
        for r in &mut records { as_cells(&mut r.extra); }
        let mut out = Vec::new();
        write_services(&records, &mut out).unwrap();
        prop_assert_eq!(read_services(&out[..]).unwrap(), records);
    }

    #[test]
    fn service_statistics_read_back_equal(mut records in vec(any::<ServiceStatistics>(), 0..4)) {
        for r in &mut records { as_cells(&mut r.extra); }
        let mut out = Vec::new();
        write_service_statistics(&records, &mut out).unwrap();
        prop_assert_eq!(read_service_statistics(&out[..]).unwrap(), records);
    }

    #[test]
    fn network_plans_read_back_equal(mut records in vec(any::<NetworkPlan>(), 0..4)) {
        for r in &mut records { as_cells(&mut r.extra); }
        let mut out = Vec::new();
        write_network_plans(&records, &mut out).unwrap();
        prop_assert_eq!(read_network_plans(&out[..]).unwrap(), records);
    }

    #[test]
    fn stated_figures_read_back_equal(mut records in vec(any::<crate::records::StatedFigure>(), 0..4)) {
        for r in &mut records { as_cells(&mut r.extra); }
        let mut out = Vec::new();
        write_stated_figures(&records, &mut out).unwrap();
        prop_assert_eq!(read_stated_figures(&out[..]).unwrap(), records);
    }
}
