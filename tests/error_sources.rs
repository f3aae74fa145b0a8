//! Errors keep their causes: a value that fails inside a format is the typed `source()` of the
//! format's error, and no message repeats the text of its source (a reporter that walks the
//! chain writes each part once).

use std::error::Error;

use social_services::io::{Chain, IoError, csv, json, jsonl};
use social_services::stream::{self, Format};
use social_services::{
    Dataset, Institution, ValueError,
    records::{InstitutionId, InstitutionKind, Level},
    values::IdentifierErrorKind,
};

const VALID_INN: &str = "7830002293";
const BAD_INN: &str = "7830002290";

fn dataset() -> Dataset {
    let mut institution = Institution::new(
        InstitutionId::from_name("КЦСОН"),
        "ОБУСО «Вичугский КЦСОН»",
        InstitutionKind::Kcson,
        Level::Regional,
    );
    institution.inn = Some(VALID_INN.parse().unwrap());
    let mut dataset = Dataset::new();
    dataset.institutions.push(institution);
    dataset
}

/// The errors of the chain below `err`, in order.
fn causes<'a>(err: &'a (dyn Error + 'static)) -> Vec<&'a (dyn Error + 'static)> {
    let mut chain = Vec::new();
    let mut next = err.source();
    while let Some(cause) = next {
        chain.push(cause);
        next = cause.source();
    }
    chain
}

/// The kind of the bad ИНН found by walking `err`'s sources.
fn inn_kind(err: &(dyn Error + 'static)) -> Option<IdentifierErrorKind> {
    causes(err)
        .into_iter()
        .find_map(|e| match e.downcast_ref::<ValueError>() {
            Some(ValueError::Inn { kind, .. }) => Some(kind.clone()),
            _ => None,
        })
}

#[test]
fn a_bad_inn_check_digit_in_an_institutions_csv_is_the_source_of_the_cell_error() {
    let mut text = Vec::new();
    csv::write_institutions(&dataset().institutions, &mut text).unwrap();
    let text = String::from_utf8(text).unwrap().replace(VALID_INN, BAD_INN);
    let err = csv::read_institutions(text.as_bytes()).unwrap_err();
    let IoError::CsvCell { line, name, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!((*line, name.as_str()), (2, "inn"));
    assert!(
        matches!(inn_kind(&err), Some(IdentifierErrorKind::CheckDigit { .. })),
        "{err:?}"
    );
    assert!(!err.to_string().contains(BAD_INN), "{err}");
    assert!(
        Chain(&err).to_string().ends_with(&format!(
            "(inn): invalid ИНН \"{BAD_INN}\": check digit is 0, expected 3"
        )),
        "{}",
        Chain(&err)
    );
}

#[test]
fn a_bad_inn_check_digit_in_a_json_lines_line_is_the_source_of_the_line_error() {
    let mut text = Vec::new();
    jsonl::write(&dataset(), &mut text).unwrap();
    let text = String::from_utf8(text).unwrap().replace(VALID_INN, BAD_INN);
    let err = jsonl::read_dataset(text.as_bytes()).unwrap_err();
    let IoError::JsonLine { line, path, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!((*line, path.as_str()), (2, "institution.inn"));
    assert!(
        matches!(inn_kind(&err), Some(IdentifierErrorKind::CheckDigit { .. })),
        "{err:?}"
    );
    assert_eq!(
        Chain(&err).to_string(),
        format!("{err}: invalid ИНН \"{BAD_INN}\": check digit is 0, expected 3")
    );
}

#[test]
fn a_bad_inn_check_digit_in_a_json_document_is_the_source_of_the_document_error() {
    let text = json::to_string_pretty(&dataset()).replace(VALID_INN, BAD_INN);
    let err = json::from_str(&text).unwrap_err();
    let IoError::Json { path, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(path, "institutions[0].inn");
    assert!(
        matches!(inn_kind(&err), Some(IdentifierErrorKind::CheckDigit { .. })),
        "{err:?}"
    );
    assert!(!err.to_string().contains(BAD_INN), "{err}");
    assert_eq!(
        Chain(&err).to_string(),
        format!("{err}: invalid ИНН \"{BAD_INN}\": check digit is 0, expected 3")
    );
}

#[test]
fn a_json_syntax_error_has_what_the_parser_found_as_its_source() {
    let err = json::from_str("{\"format_version\": 2,").unwrap_err();
    let source = err.source().expect("a source");
    assert!(
        source
            .downcast_ref::<social_services::io::Problem>()
            .is_some()
    );
    assert_eq!(err.to_string(), "line 1, column 21");
    assert_eq!(source.to_string(), "EOF while parsing a value");
}

#[test]
fn a_bad_id_of_a_scope_in_a_csv_cell_chains_down_to_the_uuid_parser() {
    let text = "scope,period\ninstitution:42,2025-03\n";
    let err = csv::read_service_statistics(text.as_bytes()).unwrap_err();
    let chain = causes(&err);
    assert!(
        chain
            .iter()
            .any(|e| e.downcast_ref::<social_services::RecordError>().is_some()),
        "{err:?}"
    );
    assert_eq!(
        Chain(&err).to_string(),
        "line 2, column 1 (scope): invalid statistics scope \"institution:42\": the id does not read: invalid id \"42\": failed to parse a UUID"
    );
}

/// Errors of the formats and of the streams, each built by a reader from bad input.
fn constructed() -> Vec<Box<dyn Error + 'static>> {
    let mut errors: Vec<Box<dyn Error>> = Vec::new();
    let mut csv_text = Vec::new();
    csv::write_institutions(&dataset().institutions, &mut csv_text).unwrap();
    let bad_csv = String::from_utf8(csv_text)
        .unwrap()
        .replace(VALID_INN, BAD_INN);
    errors.push(Box::new(
        csv::read_institutions(bad_csv.as_bytes()).unwrap_err(),
    ));
    errors.push(Box::new(
        csv::read_persons("id,name\n42,Егорова Е.В.\n".as_bytes()).unwrap_err(),
    ));
    errors.push(Box::new(
        csv::read_service_statistics("scope,period\nregion:99,2025\n".as_bytes()).unwrap_err(),
    ));
    let mut lines = Vec::new();
    jsonl::write(&dataset(), &mut lines).unwrap();
    let lines = String::from_utf8(lines).unwrap();
    for bad in [
        lines.replace(VALID_INN, BAD_INN),
        lines.replace("\"kcson\"", "42"),
        format!("{lines}{{\"workshop\":{{}}}}\n"),
    ] {
        errors.push(Box::new(jsonl::read_dataset(bad.as_bytes()).unwrap_err()));
    }
    let document = json::to_string(&dataset());
    for bad in [
        document.replace(VALID_INN, BAD_INN),
        document.replace("\"kcson\"", "42"),
        format!("{document},"),
    ] {
        errors.push(Box::new(json::from_str(&bad).unwrap_err()));
    }
    errors.push(Box::new(IoError::from(std::io::Error::other("disk full"))));
    errors.push(Box::new(
        json::load_file(
            "no/such/file.json".as_ref(),
            &social_services::ValidationOptions::default(),
        )
        .unwrap_err(),
    ));
    errors.push(Box::new(stream::StreamError::from(std::io::Error::other(
        "disk full",
    ))));
    errors.push(Box::new(
        "institution:42"
            .parse::<social_services::records::StatisticsScope>()
            .unwrap_err(),
    ));
    errors.push(Box::new(
        "42".parse::<social_services::records::EventId>()
            .unwrap_err(),
    ));
    errors.push(Box::new(
        stream::aggregate("event\n".as_bytes(), Format::Csv).unwrap_err(),
    ));
    errors
}

#[test]
fn no_message_repeats_the_text_of_its_source() {
    for err in constructed() {
        let Some(source) = err.source() else {
            continue;
        };
        assert!(
            !err.to_string().contains(&source.to_string()),
            "{err} repeats its source {source}"
        );
    }
    // Every error above but the stream header has a source.
    let with_source = constructed()
        .iter()
        .filter(|e| e.source().is_some())
        .count();
    assert_eq!(with_source, constructed().len() - 1);
}
