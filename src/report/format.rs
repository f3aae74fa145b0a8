//! Russian number and date forms for the human formats (Markdown, HTML).
//!
//! Thousands are grouped with a no-break space (U+00A0) — `1 234`, `150 000` — so that a number
//! never breaks across lines; shares have a decimal comma and a no-break space before the
//! percent sign (`12,5 %`); dates are written day first with dots (`24.09.2024`, `09.2024`,
//! `2024`), runs of days with an en dash between the days (`03.10.2024–04.10.2024`) and
//! calendar periods in words (`апрель 2023`, `I кв. 2025`, `I полугодие 2025`, `2025 г.`).

use chrono::{Datelike, NaiveDate};

use crate::records::StatedCount;
use crate::values::{DatePrecision, PartialDate, PeriodKind, ReportingPeriod};

use super::{Cell, Share, Table, count_ru};

/// The no-break space used between groups of digits and before `%`.
pub(crate) const NBSP: char = '\u{a0}';

/// A whole number with its thousands grouped by no-break spaces.
pub(crate) fn group_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(NBSP);
        }
        out.push(c);
    }
    out
}

/// A stated count: its qualifier word, a space, the grouped number (`более 250`).
pub(crate) fn stated(c: StatedCount) -> String {
    let word = c.qualifier().word_ru();
    if word.is_empty() {
        group_digits(c.value())
    } else {
        format!("{word} {}", group_digits(c.value()))
    }
}

/// A share: percent with one decimal, a decimal comma and ` %` (`12,5 %`).
pub(crate) fn share(s: Share) -> String {
    let tenths = s.percent_tenths();
    format!("{},{}{NBSP}%", tenths / 10, tenths % 10)
}

/// A partial date, day first with dots.
pub(crate) fn date(d: PartialDate) -> String {
    match d.precision() {
        DatePrecision::Year => format!("{:04}", d.year()),
        DatePrecision::Month => format!("{:02}.{:04}", d.month().unwrap_or(1), d.year()),
        DatePrecision::Day => day(d.first_day()),
    }
}

fn day(d: NaiveDate) -> String {
    format!("{:02}.{:02}.{:04}", d.day(), d.month(), d.year())
}

/// Roman numerals of quarters and half-years.
const ROMAN: [&str; 4] = ["I", "II", "III", "IV"];

/// Russian month names in the nominative, for a month on its own (`апрель 2023`).
const MONTHS: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];

/// A period: one day, or the first and last days with an en dash; a month by name
/// (`апрель 2023`), a quarter (`I кв. 2025`), a half-year (`I полугодие 2025`) or a year
/// (`2025 г.`).
pub(crate) fn period(p: ReportingPeriod) -> String {
    let (first, last) = (p.first_day(), p.last_day());
    let year = first.year();
    match p.kind() {
        PeriodKind::Year => format!("{year:04}{NBSP}г."),
        PeriodKind::HalfYear => {
            format!(
                "{} полугодие {year:04}",
                ROMAN[(first.month0() / 6) as usize]
            )
        }
        PeriodKind::Quarter => {
            format!("{} кв. {year:04}", ROMAN[(first.month0() / 3) as usize])
        }
        PeriodKind::Month => format!("{} {year:04}", MONTHS[first.month0() as usize]),
        PeriodKind::Days if first == last => day(first),
        PeriodKind::Days => format!("{}–{}", day(first), day(last)),
    }
}

/// A cell as people read it; `None` for an empty cell, which each format shows its own way.
pub(crate) fn cell(c: &Cell) -> Option<String> {
    Some(match c {
        Cell::Empty => return None,
        Cell::Text(t) => t.clone(),
        Cell::Count(n) => group_digits(*n),
        Cell::Stated(s) => stated(*s),
        Cell::AtLeast(n) => format!("не менее {}", group_digits(*n)),
        Cell::Share(s) => share(*s),
        Cell::Date(d) => date(*d),
        Cell::Period(p) => period(*p),
    })
}

/// The lines of a text, split at `\n`, `\r\n` and a lone `\r` alike (a lone carriage return
/// is a line end to Markdown and to a spreadsheet, so the human formats treat it as one).
pub(crate) fn line_breaks(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .flat_map(|line| line.split('\r'))
}

/// The note under a table that shows only its first rows in Markdown and HTML, or `None`
/// when it shows them all.
pub(crate) fn hidden_note(table: &Table) -> Option<String> {
    let hidden = table.hidden_rows();
    (hidden > 0).then(|| {
        let all = table.rows().len() as u64;
        format!(
            "Показаны первые {} из {}; полная таблица — в выводе CSV (--format csv).",
            group_digits(table.shown_rows().len() as u64),
            count_ru(all, ROWS),
        )
    })
}

const ROWS: [&str; 3] = ["строки", "строк", "строк"];

/// A cell in its machine form (CSV): digits without grouping, stated counts with their
/// qualifier word, shares as a percentage with a decimal point, ISO dates; empty for an empty
/// cell.
pub(crate) fn machine(c: &Cell) -> String {
    match c {
        Cell::Empty => String::new(),
        Cell::Text(t) => t.clone(),
        Cell::Count(n) => n.to_string(),
        Cell::Stated(s) => s.to_string(),
        Cell::AtLeast(n) => format!("не менее {n}"),
        Cell::Share(s) => {
            let tenths = s.percent_tenths();
            format!("{}.{}", tenths / 10, tenths % 10)
        }
        Cell::Date(d) => d.to_string(),
        Cell::Period(p) => p.to_string(),
    }
}

/// A source in one line: title, publisher, date, and the note in parentheses (the address is
/// left to the caller, which may make it a link).
pub(crate) fn source_line(s: &crate::records::Source) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(title) = &s.title {
        parts.push(format!("«{title}»"));
    }
    if let Some(publisher) = &s.publisher {
        parts.push(publisher.clone());
    }
    if let Some(published) = s.published {
        parts.push(date(published));
    }
    let mut line = parts.join(", ");
    if let Some(note) = &s.note {
        if !line.is_empty() {
            line.push(' ');
        }
        line.push('(');
        line.push_str(note);
        line.push(')');
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::Qualifier;

    #[test]
    fn groups_thousands_with_no_break_spaces() {
        assert_eq!(group_digits(0), "0");
        assert_eq!(group_digits(999), "999");
        assert_eq!(group_digits(1234), "1\u{a0}234");
        assert_eq!(group_digits(150_000), "150\u{a0}000");
        assert_eq!(group_digits(1_234_567), "1\u{a0}234\u{a0}567");
    }

    #[test]
    fn writes_shares_with_a_decimal_comma() {
        assert_eq!(share(Share::new(1, 8).unwrap()), "12,5\u{a0}%");
        assert_eq!(share(Share::new(69, 89).unwrap()), "77,5\u{a0}%");
        assert_eq!(share(Share::new(0, 3).unwrap()), "0,0\u{a0}%");
        assert_eq!(share(Share::new(3, 3).unwrap()), "100,0\u{a0}%");
    }

    #[test]
    fn keeps_the_qualifier_of_a_stated_count() {
        assert_eq!(stated(StatedCount::more_than(250)), "более 250");
        assert_eq!(
            stated(StatedCount::new(Qualifier::Almost, 150_000)),
            "почти 150\u{a0}000"
        );
        assert_eq!(stated(StatedCount::exact(13)), "13");
    }

    #[test]
    fn writes_dates_day_first_to_their_precision() {
        assert_eq!(date("2024".parse().unwrap()), "2024");
        assert_eq!(date("2024-09".parse().unwrap()), "09.2024");
        assert_eq!(date("2024-09-24".parse().unwrap()), "24.09.2024");
        assert_eq!(
            period("2024-10-03/2024-10-04".parse().unwrap()),
            "03.10.2024–04.10.2024"
        );
        assert_eq!(period("2024-09-24".parse().unwrap()), "24.09.2024");
    }

    #[test]
    fn writes_calendar_periods_in_words() {
        let p = |s: &str| period(s.parse().unwrap());
        assert_eq!(p("2023-04"), "апрель 2023");
        assert_eq!(p("2025-Q4"), "IV кв. 2025");
        assert_eq!(p("2025-H1"), "I полугодие 2025");
        assert_eq!(p("2025"), "2025\u{a0}г.");
        assert_eq!(p("2022-11-01/2023-04-30"), "01.11.2022–30.04.2023");
        assert_eq!(
            machine(&Cell::Period("2025-H1".parse().unwrap())),
            "2025-H1"
        );
    }

    #[test]
    fn machine_forms_are_plain() {
        assert_eq!(machine(&Cell::count(1234)), "1234");
        assert_eq!(machine(&Cell::Share(Share::new(1, 8).unwrap())), "12.5");
        assert_eq!(machine(&StatedCount::more_than(250).into()), "более 250");
        assert_eq!(machine(&Cell::Empty), "");
    }
}
