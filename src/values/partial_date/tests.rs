use chrono::NaiveDate;
use proptest::prelude::*;

use super::{DateErrorKind, DatePrecision, PartialDate};
use crate::values::ValueError;

fn date(s: &str) -> PartialDate {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn error(s: &str) -> String {
    s.parse::<PartialDate>().unwrap_err().to_string()
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn reads_seed_day_24_september_2024() {
    let d = date("2024-09-24");
    assert_eq!((d.year(), d.month(), d.day()), (2024, Some(9), Some(24)));
    assert_eq!(d.precision(), DatePrecision::Day);
    assert_eq!(d.first_day(), ymd(2024, 9, 24));
    assert_eq!(d.last_day(), ymd(2024, 9, 24));
}

#[test]
fn reads_seed_programme_years_2023_and_2024() {
    assert_eq!(date("2023").precision(), DatePrecision::Year);
    assert_eq!(date("2024").last_day(), ymd(2024, 12, 31));
}

#[test]
fn reads_year_month() {
    let d = date("2024-10");
    assert_eq!((d.year(), d.month(), d.day()), (2024, Some(10), None));
    assert_eq!(d.first_day(), ymd(2024, 10, 1));
    assert_eq!(d.last_day(), ymd(2024, 10, 31));
}

#[test]
fn last_day_of_february_follows_leap_years() {
    assert_eq!(date("2024-02").last_day(), ymd(2024, 2, 29));
    assert_eq!(date("2023-02").last_day(), ymd(2023, 2, 28));
    assert_eq!(date("1900-02").last_day(), ymd(1900, 2, 28));
    assert_eq!(date("2000-02").last_day(), ymd(2000, 2, 29));
}

#[test]
fn contains_days_of_its_year_or_month_only() {
    let september = date("2024-09");
    assert!(september.contains(ymd(2024, 9, 1)));
    assert!(september.contains(ymd(2024, 9, 30)));
    assert!(!september.contains(ymd(2024, 10, 1)));
    assert!(!september.contains(ymd(2024, 8, 31)));
    assert!(date("2024-09-24").contains(ymd(2024, 9, 24)));
    assert!(!date("2024-09-24").contains(ymd(2024, 9, 25)));
}

#[test]
fn orders_by_first_day_then_coarser_first() {
    let sorted = [
        "2023-12-31",
        "2024",
        "2024-01",
        "2024-01-01",
        "2024-01-02",
        "2024-02",
        "2025",
    ];
    let mut dates: Vec<PartialDate> = sorted.iter().rev().map(|s| date(s)).collect();
    dates.sort();
    let texts: Vec<String> = dates.iter().map(ToString::to_string).collect();
    assert_eq!(texts, sorted);
}

#[test]
fn converts_from_naive_date() {
    assert_eq!(
        PartialDate::try_from(ymd(2024, 10, 3)).unwrap(),
        date("2024-10-03")
    );
}

#[test]
fn rejects_naive_date_beyond_year_9999() {
    let err = PartialDate::try_from(ymd(10000, 1, 1)).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"invalid date "10000-01-01": year 10000 is not between 1 and 9999"#
    );
}

#[test]
fn rejects_empty_text() {
    assert_eq!(error(""), r#"invalid date "": empty"#);
}

#[test]
fn rejects_other_layouts() {
    let message =
        |s: &str| format!(r#"invalid date "{s}": expected the form YYYY, YYYY-MM or YYYY-MM-DD"#);
    for s in [
        "24.09.2024",
        "2024-9-24",
        "20240924",
        " 2024",
        "2024-09-24 ",
        "24",
    ] {
        assert_eq!(error(s), message(s));
    }
}

#[test]
fn rejects_non_digit_in_place_of_digit() {
    assert_eq!(
        error("2024-09-2x"),
        r#"invalid date "2024-09-2x": character 'x' at position 10 is not a digit"#
    );
    assert_eq!(
        error("2О24"),
        r#"invalid date "2О24": character 'О' at position 2 is not a digit"#
    );
}

#[test]
fn rejects_year_zero() {
    assert_eq!(
        error("0000"),
        r#"invalid date "0000": year 0 is not between 1 and 9999"#
    );
}

#[test]
fn rejects_month_13_and_month_00() {
    assert_eq!(
        error("2024-13"),
        r#"invalid date "2024-13": no such month 13"#
    );
    assert_eq!(
        error("2024-00-10"),
        r#"invalid date "2024-00-10": no such month 00"#
    );
}

#[test]
fn rejects_day_that_does_not_exist() {
    assert_eq!(
        error("2024-02-30"),
        r#"invalid date "2024-02-30": no such day 2024-02-30"#
    );
    assert_eq!(
        error("2023-02-29"),
        r#"invalid date "2023-02-29": no such day 2023-02-29"#
    );
    assert_eq!(
        error("2024-09-00"),
        r#"invalid date "2024-09-00": no such day 2024-09-00"#
    );
    assert_eq!(
        error("2024-09-31"),
        r#"invalid date "2024-09-31": no such day 2024-09-31"#
    );
}

#[test]
fn typed_constructors_check_like_the_parser() {
    assert_eq!(PartialDate::from_year(2024).unwrap(), date("2024"));
    assert_eq!(
        PartialDate::from_year_month(2024, 9).unwrap(),
        date("2024-09")
    );
    assert_eq!(
        PartialDate::from_ymd(2024, 9, 24).unwrap(),
        date("2024-09-24")
    );
    assert_eq!(
        PartialDate::from_year(10_000).unwrap_err().to_string(),
        r#"invalid date "10000": year 10000 is not between 1 and 9999"#
    );
    assert_eq!(
        PartialDate::from_year_month(2024, 0)
            .unwrap_err()
            .to_string(),
        r#"invalid date "2024-00": no such month 00"#
    );
    assert_eq!(
        PartialDate::from_ymd(2024, 2, 30).unwrap_err().to_string(),
        r#"invalid date "2024-02-30": no such day 2024-02-30"#
    );
    assert_eq!(
        PartialDate::from_ymd(2024, 2, 0).unwrap_err().to_string(),
        r#"invalid date "2024-02-00": no such day 2024-02-00"#
    );
}

#[test]
fn error_keeps_input_and_kind() {
    let err = "2024-13".parse::<PartialDate>().unwrap_err();
    assert_eq!(
        err,
        ValueError::Date {
            input: "2024-13".into(),
            kind: DateErrorKind::NoSuchMonth { month: 13 },
        }
    );
}

#[test]
fn text_conversions_use_the_parser() {
    assert_eq!(PartialDate::try_from("2024-09").unwrap(), date("2024-09"));
    assert!(PartialDate::try_from(String::from("2024-02-30")).is_err());
    assert_eq!(String::from(date("2024-09-24")), "2024-09-24");
}

#[test]
fn serializes_as_text() {
    let json = serde_json::to_string(&date("2024-09")).unwrap();
    assert_eq!(json, r#""2024-09""#);
}

#[test]
fn bad_json_fails_with_the_parser_message() {
    let err = serde_json::from_str::<PartialDate>(r#""2024-02-30""#).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"invalid date "2024-02-30": no such day 2024-02-30"#
    );
}

proptest! {
    #[test]
    fn display_then_parse_gives_back_the_value(d in any::<PartialDate>()) {
        prop_assert_eq!(d.to_string().parse::<PartialDate>().unwrap(), d);
    }

    #[test]
    fn serde_json_round_trips(d in any::<PartialDate>()) {
        let json = serde_json::to_string(&d).unwrap();
        prop_assert_eq!(serde_json::from_str::<PartialDate>(&json).unwrap(), d);
    }

    #[test]
    fn order_is_first_day_then_precision(a in any::<PartialDate>(), b in any::<PartialDate>()) {
        let key = |d: &PartialDate| (d.first_day(), d.precision());
        prop_assert_eq!(a.cmp(&b), key(&a).cmp(&key(&b)));
    }

    #[test]
    fn contains_exactly_first_to_last_day(d in any::<PartialDate>()) {
        prop_assert!(d.contains(d.first_day()) && d.contains(d.last_day()));
        prop_assert!(d.first_day() <= d.last_day());
        if let Some(before) = d.first_day().pred_opt() {
            prop_assert!(!d.contains(before));
        }
    }

    #[test]
    fn parser_agrees_with_chrono_on_every_full_date(y in 1i32..=9999, m in 0u32..=13, day in 0u32..=32) {
        let text = format!("{y:04}-{m:02}-{day:02}");
        let ours = text.parse::<PartialDate>().ok().map(|d| d.first_day());
        prop_assert_eq!(ours, NaiveDate::from_ymd_opt(y, m, day));
    }
}
