//! Reading a federal subject from its name.
//!
//! Every accepted spelling of every subject is listed once, normalized, in a map built on first
//! use; a unit test checks that no spelling belongs to two subjects.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::table::SUBJECTS;
use super::{RegionErrorKind, SubjectKind};

/// Spellings of each kind word, already normalized (see [`normalize`]).
fn kind_words(kind: SubjectKind) -> &'static [&'static str] {
    match kind {
        SubjectKind::Republic => &["республика", "респ"],
        SubjectKind::Krai => &["край"],
        SubjectKind::Oblast => &["область", "обл"],
        SubjectKind::FederalCity => &["город федерального значения", "город", "г"],
        SubjectKind::AutonomousOblast => &["автономная область", "автономная обл", "аобл", "ао"],
        SubjectKind::AutonomousOkrug => &["автономный округ", "ао"],
    }
}

/// Checks that every `(` in `s` is closed and every `)` opened, so that [`normalize`], which
/// drops the text in parentheses, never drops the rest of a name.
pub(super) fn check_parentheses(s: &str) -> Result<(), RegionErrorKind> {
    let mut open = Vec::new();
    for (index, c) in s.chars().enumerate() {
        match c {
            '(' => open.push(index + 1),
            ')' if open.pop().is_none() => {
                return Err(RegionErrorKind::UnopenedParenthesis {
                    position: index + 1,
                });
            }
            _ => {}
        }
    }
    match open.first() {
        Some(&position) => Err(RegionErrorKind::UnclosedParenthesis { position }),
        None => Ok(()),
    }
}

/// The form names are compared in: lower case, `ё` read as `е`, text in parentheses dropped,
/// dots, commas and quotes read as spaces, every dash read as `-` with no spaces around it, and
/// runs of white space as one space.
pub(super) fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    let mut space = false;
    let mut after_dash = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => {
                out.push('-');
                space = false;
                after_dash = true;
            }
            '.' | ',' | '"' | '«' | '»' | '\'' => space = true,
            c if c.is_whitespace() => space = true,
            c => {
                if space && !after_dash && !out.is_empty() {
                    out.push(' ');
                }
                out.push(if c == 'ё' { 'е' } else { c });
                space = false;
                after_dash = false;
            }
        }
    }
    out
}

/// Every accepted spelling of every subject, normalized, with the subject's code.
static FORMS: LazyLock<HashMap<String, u8>> = LazyLock::new(|| {
    let mut forms = HashMap::new();
    for (form, code) in all_forms() {
        forms.entry(form).or_insert(code);
    }
    forms
});

/// The code of the subject whose name, normalized, is `normalized`.
pub(super) fn code_of(normalized: &str) -> Option<u8> {
    FORMS.get(normalized).copied()
}

/// Every accepted spelling of every subject, normalized, with the subject's code (a spelling
/// may repeat for one subject, never for two: see the tests).
///
/// For each subject: its name and its English name; each stem alone (`Тульская`, `Татарстан`);
/// each stem with each spelling of its kind word before or after it (`Тульская обл`,
/// `г Москва`, `Республика Чувашия`); and, where the name ends in ` — tail` (`Кузбасс`, `Югра`),
/// the first stem with its kind word followed by the tail (`Кемеровская обл — Кузбасс`).
pub(super) fn all_forms() -> Vec<(String, u8)> {
    let mut forms = Vec::new();
    for subject in &SUBJECTS {
        let code = subject.code;
        forms.push((normalize(subject.name), code));
        forms.push((normalize(subject.name_en), code));
        let tail = subject
            .name
            .split_once(" — ")
            .map(|(_, tail)| normalize(tail));
        for (i, stem) in subject.stems.iter().enumerate() {
            let stem = normalize(stem);
            for word in kind_words(subject.kind) {
                for form in [format!("{word} {stem}"), format!("{stem} {word}")] {
                    if let (0, Some(tail)) = (i, &tail) {
                        forms.push((format!("{form}-{tail}"), code));
                    }
                    forms.push((form, code));
                }
            }
            forms.push((stem, code));
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_case_yo_dots_dashes_and_parentheses() {
        assert_eq!(normalize("  Ивановская   обл. "), "ивановская обл");
        assert_eq!(normalize("г.Москва"), "г москва");
        assert_eq!(normalize("Республика Саха (Якутия)"), "республика саха");
        assert_eq!(
            normalize("Республика Северная Осетия — Алания"),
            "республика северная осетия-алания"
        );
        assert_eq!(
            normalize("Кемеровская область - Кузбасс"),
            "кемеровская область-кузбасс"
        );
        assert_eq!(normalize("ЁЛКИНСКАЯ"), "елкинская");
    }

    #[test]
    fn no_spelling_names_two_subjects() {
        let mut seen: HashMap<String, u8> = HashMap::new();
        for (form, code) in all_forms() {
            let first = *seen.entry(form.clone()).or_insert(code);
            assert_eq!(first, code, "{form:?} names both {first:02} and {code:02}");
        }
    }
}
