//! The hostile-names corpus: the sample registry with names and titles that are markup, script,
//! spreadsheet formulas, the end of a style sheet and carriage returns. Shared by
//! `tests/report_hostile.rs` and `tests/browser.rs`.

#![allow(dead_code)]

use social_services::Registry;

/// A script element, which a page must show as text.
pub const SCRIPT: &str = "<script>alert(1)</script> «Центр»";
/// The end of the page's style sheet followed by markup.
pub const STYLE_END: &str = "</style><b onclick=\"alert(2)\">Центр</b>";
/// A spreadsheet formula.
pub const FORMULA: &str = "=HYPERLINK(\"http://example.invalid\",\"Семинар\")";
/// Formulas after a plus, a minus and an at sign.
pub const SIGNS: [&str; 3] = ["+7 (999) Программа", "-1+1 Программа", "@SUM(A1) Программа"];
/// A title led by a tab: the registry refuses it (`record.invalid_name`), so it never reaches
/// a report; the CSV writer neutralises a tab-led cell all the same (`report::csv`'s tests).
pub const TAB: &str = "\tТабуляция";
/// A carriage return inside a name.
pub const CARRIAGE_RETURN: &str = "Первая строка\rвторая строка";

/// The sample registry with the hostile names in place.
///
/// # Panics
/// If the sample no longer has the records renamed here, or the names are refused.
pub fn registry() -> Registry {
    let mut dataset = social_services::sample::dataset();
    SCRIPT.clone_into(&mut dataset.institutions[0].name);
    dataset.institutions[0].short_name = Some(SCRIPT.to_owned());
    STYLE_END.clone_into(&mut dataset.institutions[1].name);
    dataset.institutions[1].short_name = Some(STYLE_END.to_owned());
    // The Tula centre, named in the tables of centres, service points and training.
    dataset.institutions[5].short_name = Some(CARRIAGE_RETURN.to_owned());
    FORMULA.clone_into(&mut dataset.events[0].title);
    for (programme, name) in dataset.programmes.iter_mut().zip(SIGNS) {
        name.clone_into(&mut programme.title);
    }
    Registry::new(dataset).expect("the hostile names are valid data")
}
