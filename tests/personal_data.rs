//! Personal data as an application publishing a registry meets it: a person's СНИЛС, phones and
//! e-mails appear in no report format, not in `Debug`, and not in the redacted data set; and
//! every type a server shares between threads is `Send + Sync`.

use social_services::io::{csv, json, jsonl};
use social_services::{
    Dataset, NetworkReportOptions, Registry, ValidationOptions, network_report, sample,
};

const SNILS: &str = "112-233-445 95";
const PHONE: &str = "+7 4932 12-34-56";
const EMAIL: &str = "e.egorova.private@example.ru";

/// Every text form of the personal data that must not be shown: each value as written, as its
/// value's `Display` writes it, and as bare digits.
fn forbidden() -> Vec<String> {
    let snils: social_services::values::Snils = SNILS.parse().unwrap();
    let phone: social_services::values::Phone = PHONE.parse().unwrap();
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    vec![
        SNILS.to_owned(),
        snils.to_string(),
        digits(SNILS),
        PHONE.to_owned(),
        phone.to_string(),
        digits(PHONE),
        // The local part of the phone, as a report might print it without the country code.
        "12-34-56".to_owned(),
        EMAIL.to_owned(),
        "e.egorova.private".to_owned(),
    ]
}

fn assert_free_of_personal_data(what: &str, text: &str) {
    for needle in forbidden() {
        assert!(!text.contains(&needle), "{what} contains {needle:?}");
    }
}

/// The sample, with a personal СНИЛС, phone and e-mail (and a personal extra field) on the
/// head of the Vichuga family MFC department.
fn dataset_with_personal_data() -> Dataset {
    let mut dataset = sample::dataset();
    let person = dataset
        .persons
        .iter_mut()
        .find(|p| p.name.short() == "Егорова Е.В.")
        .expect("the sample names Егорова Е.В.");
    person.snils = Some(SNILS.parse().unwrap());
    person.phones.push(PHONE.parse().unwrap());
    person.emails.push(EMAIL.parse().unwrap());
    person.extra.insert("x_home_phone".to_owned(), PHONE.into());
    dataset
}

fn registry() -> Registry {
    Registry::with_options(dataset_with_personal_data(), &ValidationOptions::default()).unwrap()
}

#[test]
fn the_fixture_does_carry_the_personal_data() {
    // Else the tests below could not fail.
    let text = json::to_string(&dataset_with_personal_data());
    for needle in [SNILS, EMAIL] {
        assert!(text.contains(needle), "{needle}");
    }
}

#[test]
fn no_report_format_prints_a_persons_snils_phones_or_emails() {
    let registry = registry();
    let date = NetworkReportOptions::default_date(&registry).unwrap();
    let report = network_report(&registry, &NetworkReportOptions::on(date));
    let markdown = report.to_markdown();
    // The report does name the official: names and posts are public.
    assert!(markdown.contains("Егорова"), "{markdown}");
    assert_free_of_personal_data("the Markdown report", &markdown);
    assert_free_of_personal_data("the HTML report", &report.to_html());
    assert_free_of_personal_data("the JSON report", &report.to_json());
    for file in report.to_csv_files() {
        assert_free_of_personal_data(&file.file_name, &file.contents);
    }
}

#[test]
fn debug_of_a_person_a_data_set_and_a_registry_hides_the_personal_data() {
    let dataset = dataset_with_personal_data();
    let person = dataset.persons.iter().find(|p| p.snils.is_some()).unwrap();
    let debug = format!("{person:?}");
    assert!(
        debug
            .contains("snils: Some(Snils(***-***-*** 95)), phones: [1 hidden], emails: [1 hidden]")
    );
    assert!(debug.contains(r#"extra: {"x_home_phone": …}"#), "{debug}");
    assert_free_of_personal_data("Debug of the person", &debug);
    assert_free_of_personal_data("Debug of the data set", &format!("{dataset:?}"));
    assert_free_of_personal_data("Debug of the registry", &format!("{:?}", registry()));
}

#[test]
fn the_redacted_data_set_keeps_names_and_posts_and_loses_personal_data_in_every_format() {
    let dataset = dataset_with_personal_data();
    let open = dataset.redacted();
    let text = json::to_string_pretty(&open);
    assert_free_of_personal_data("the redacted JSON", &text);
    let mut lines = Vec::new();
    jsonl::write(&open, &mut lines).unwrap();
    assert_free_of_personal_data(
        "the redacted JSON Lines",
        &String::from_utf8(lines).unwrap(),
    );
    let mut table = Vec::new();
    csv::write_persons(&open.persons, &mut table).unwrap();
    assert_free_of_personal_data(
        "the redacted persons CSV",
        &String::from_utf8(table).unwrap(),
    );
    // Names, posts and everything else stay; the redacted data set is still a valid registry.
    assert!(text.contains("Егорова"));
    assert_eq!(open.appointments, dataset.appointments);
    assert_eq!(open.institutions, dataset.institutions);
    assert_eq!(open.persons.len(), dataset.persons.len());
    Registry::with_options(open, &ValidationOptions::default()).unwrap();
}

/// Compiles only for a type that can be shared between threads.
fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn the_registry_the_data_set_and_every_record_can_be_shared_between_threads() {
    use social_services::io::jsonl::Record;
    use social_services::records::{AgendaItem, Department, Enrollment, Participation, Source};
    use social_services::*;
    assert_send_sync::<Registry>();
    assert_send_sync::<Dataset>();
    assert_send_sync::<Record>();
    assert_send_sync::<ValidationReport>();
    assert_send_sync::<Institution>();
    assert_send_sync::<Department>();
    assert_send_sync::<ServicePoint>();
    assert_send_sync::<Person>();
    assert_send_sync::<Appointment>();
    assert_send_sync::<Event>();
    assert_send_sync::<AgendaItem>();
    assert_send_sync::<Participation>();
    assert_send_sync::<Programme>();
    assert_send_sync::<TrainingSite>();
    assert_send_sync::<Cohort>();
    assert_send_sync::<Enrollment>();
    assert_send_sync::<Source>();
    assert_send_sync::<Report>();
    assert_send_sync::<IoError>();
    // And one registry serves several threads at once.
    let registry = std::sync::Arc::new(registry());
    let counts: Vec<usize> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..2)
            .map(|_| {
                let registry = std::sync::Arc::clone(&registry);
                scope.spawn(move || registry.dataset().persons.len())
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(counts[0], counts[1]);
}
