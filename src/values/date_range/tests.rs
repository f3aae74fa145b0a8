use chrono::NaiveDate;
use proptest::prelude::*;

use super::DateRange;

fn range(s: &str) -> DateRange {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn error(s: &str) -> String {
    s.parse::<DateRange>().unwrap_err().to_string()
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn reads_seed_tula_seminar_3_to_4_october_2024() {
    let r = range("2024-10-03/2024-10-04");
    assert_eq!((r.start(), r.end()), (ymd(2024, 10, 3), ymd(2024, 10, 4)));
    assert_eq!(r.days(), 2);
    assert_eq!(r.to_string(), "2024-10-03/2024-10-04");
}

#[test]
fn reads_seed_ivanovo_seminar_24_september_2024_as_one_day() {
    let r = range("2024-09-24");
    assert_eq!((r.start(), r.end()), (ymd(2024, 9, 24), ymd(2024, 9, 24)));
    assert_eq!(r.days(), 1);
}

#[test]
fn one_day_range_is_written_as_the_single_date() {
    let long = range("2024-09-24/2024-09-24");
    assert_eq!(long, range("2024-09-24"));
    assert_eq!(long.to_string(), "2024-09-24");
    assert_eq!(
        DateRange::single(ymd(2024, 9, 24)).unwrap().to_string(),
        "2024-09-24"
    );
}

#[test]
fn reads_seed_programme_period_2023_to_2024() {
    let r = range("2023-01-01/2024-12-31");
    assert_eq!(r.days(), 365 + 366);
}

#[test]
fn rejects_end_before_start() {
    assert_eq!(
        error("2024-10-03/2024-10-02"),
        r#"invalid date range "2024-10-03/2024-10-02": end 2024-10-02 is before start 2024-10-03"#
    );
    assert_eq!(
        DateRange::new(ymd(2024, 10, 3), ymd(2024, 10, 2))
            .unwrap_err()
            .to_string(),
        r#"invalid date range "2024-10-03/2024-10-02": end 2024-10-02 is before start 2024-10-03"#
    );
}

#[test]
fn rejects_empty_text() {
    assert_eq!(error(""), r#"invalid date range "": empty"#);
}

#[test]
fn rejects_other_layouts() {
    let message = |s: &str| {
        format!(
            r#"invalid date range "{s}": expected the form YYYY-MM-DD/YYYY-MM-DD or YYYY-MM-DD"#
        )
    };
    for s in [
        "2024-10-03–2024-10-04",
        "2024-10-03 / 2024-10-04",
        "2024-10-03/04",
        "2024-09/2024-10",
        "2024",
        "2024-10-03/",
        "/2024-10-03",
        "2024-10-03/2024-10-04/2024-10-05",
    ] {
        assert_eq!(error(s), message(s), "{s}");
    }
}

#[test]
fn rejects_non_digit_with_position_in_whole_input() {
    assert_eq!(
        error("2024-10-03/2024-1x-04"),
        r#"invalid date range "2024-10-03/2024-1x-04": character 'x' at position 18 is not a digit"#
    );
}

#[test]
fn rejects_day_that_does_not_exist_on_either_end() {
    assert_eq!(
        error("2024-02-30/2024-03-01"),
        r#"invalid date range "2024-02-30/2024-03-01": no such day 2024-02-30"#
    );
    assert_eq!(
        error("2024-02-01/2024-13-01"),
        r#"invalid date range "2024-02-01/2024-13-01": no such month 13"#
    );
}

#[test]
fn rejects_years_beyond_9999_from_chrono_dates() {
    assert_eq!(
        DateRange::single(ymd(10_000, 1, 1))
            .unwrap_err()
            .to_string(),
        r#"invalid date range "+10000-01-01": year 10000 is not between 1 and 9999"#
    );
}

#[test]
fn contains_both_ends_and_nothing_outside() {
    let r = range("2024-10-03/2024-10-04");
    assert!(r.contains(ymd(2024, 10, 3)) && r.contains(ymd(2024, 10, 4)));
    assert!(!r.contains(ymd(2024, 10, 2)) && !r.contains(ymd(2024, 10, 5)));
}

#[test]
fn overlaps_when_sharing_a_day_only() {
    let r = range("2024-10-03/2024-10-04");
    assert!(r.overlaps(&range("2024-10-04/2024-10-10")));
    assert!(r.overlaps(&range("2024-09-01/2024-12-31")));
    assert!(!r.overlaps(&range("2024-10-05")));
    assert!(!r.overlaps(&range("2024-09-24")));
}

#[test]
fn iterates_every_day_in_order() {
    let days: Vec<NaiveDate> = range("2024-02-28/2024-03-01").iter_days().collect();
    assert_eq!(days, [ymd(2024, 2, 28), ymd(2024, 2, 29), ymd(2024, 3, 1)]);
}

#[test]
fn iterates_up_to_the_last_representable_day() {
    assert_eq!(range("9999-12-30/9999-12-31").iter_days().count(), 2);
}

#[test]
fn serializes_as_text() {
    let json = serde_json::to_string(&range("2024-10-03/2024-10-04")).unwrap();
    assert_eq!(json, r#""2024-10-03/2024-10-04""#);
}

#[test]
fn bad_json_fails_with_the_parser_message() {
    let err = serde_json::from_str::<DateRange>(r#""2024-10-03/2024-10-02""#).unwrap_err();
    assert_eq!(err.to_string(), error("2024-10-03/2024-10-02"));
}

proptest! {
    #[test]
    fn display_then_parse_gives_back_the_value(r in any::<DateRange>()) {
        prop_assert_eq!(r.to_string().parse::<DateRange>().unwrap(), r);
    }

    #[test]
    fn serde_json_round_trips(r in any::<DateRange>()) {
        let json = serde_json::to_string(&r).unwrap();
        prop_assert_eq!(serde_json::from_str::<DateRange>(&json).unwrap(), r);
    }

    #[test]
    fn days_counts_the_iterated_days(r in any::<DateRange>()) {
        prop_assume!(r.days() < 5000);
        prop_assert_eq!(r.iter_days().count(), r.days() as usize);
    }

    #[test]
    fn overlap_is_symmetric_and_means_a_shared_day(a in any::<DateRange>(), b in any::<DateRange>()) {
        prop_assert_eq!(a.overlaps(&b), b.overlaps(&a));
        let shared = a.contains(b.start()) || b.contains(a.start());
        prop_assert_eq!(a.overlaps(&b), shared);
    }
}
