use proptest::collection::vec;
use proptest::prelude::*;
use serde_json::Value;

use super::*;
use crate::records::{Extra, InstitutionId, InstitutionKind, Level, PersonId};

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
        err.to_string(),
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
        err.to_string(),
        format!(
            "institution {}: short_name is an empty text, which a cell cannot tell from an absent one",
            i.id
        )
    );
}

#[test]
fn refuses_to_write_a_service_with_a_semicolon() {
    let mut p = ServicePoint::new(
        crate::records::ServicePointId::from_name("p"),
        InstitutionId::from_name("i"),
        "Точка",
        crate::records::ServicePointKind::Branch,
    );
    p.services = vec!["консультации; досуг".to_owned()];
    let err = write_service_points(&[p], Vec::new()).unwrap_err();
    assert!(
        err.to_string().ends_with(
            "services item \"консультации; досуг\" is empty, has a `;` or white space at an end, and would not read back"
        ),
        "{err}"
    );
}

#[test]
fn reports_a_missing_required_column_and_a_repeated_one() {
    let err = read_persons(format!("id\n{ID}\n").as_bytes()).unwrap_err();
    assert_eq!(err.to_string(), "the header has no column \"name\"");
    let err = read_persons("id,name,name\n".as_bytes()).unwrap_err();
    assert_eq!(err.to_string(), "the header names column \"name\" twice");
}

#[test]
fn reports_a_row_with_too_many_cells() {
    let text = format!("id,name\n{ID},Егорова Е.В.,лишнее\n");
    let err = read_persons(text.as_bytes()).unwrap_err();
    assert_eq!(err.to_string(), "line 2: the row has 3 cells, the header 2");
}

#[test]
fn reports_an_empty_required_cell_and_a_bad_list_item() {
    let text = "name,id\nЕгорова Е.В.,\n";
    assert_eq!(
        read_persons(text.as_bytes()).unwrap_err().to_string(),
        "line 2, column 2 (id): required cell is empty"
    );
    let text = format!("id,name,phones\n{ID},Егорова Е.В.,\"+7 4932 12-34-56; 12\"\n");
    let err = read_persons(text.as_bytes()).unwrap_err().to_string();
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
    let err = read_persons(text.as_bytes()).unwrap_err().to_string();
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
    let err = read_persons(text.as_bytes()).unwrap_err().to_string();
    assert_eq!(
        err,
        "line 2, column 3 (sources): arrays and objects nested deeper than 127 levels"
    );
    let text = format!(
        "id,name,sources\n{ID},Егорова Е.В.,\"[{{\"\"note\"\": \"\"а\"\", \"\"x_a\"\": 1, \"\"x_a\"\": 2}}]\"\n"
    );
    let err = read_persons(text.as_bytes()).unwrap_err().to_string();
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

#[test]
fn an_empty_extra_cell_is_an_absent_field() {
    let text = format!("id,name,x_note\n{ID},Егорова Е.В.,\n");
    assert!(read_persons(text.as_bytes()).unwrap()[0].extra.is_empty());
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
}
