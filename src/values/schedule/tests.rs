use chrono::{NaiveTime, Weekday};
use proptest::prelude::*;

use super::{ScheduleErrorKind, TimeInterval, WeeklySchedule};
use crate::values::ValueError;

fn schedule(s: &str) -> WeeklySchedule {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn error(s: &str) -> String {
    s.parse::<WeeklySchedule>().unwrap_err().to_string()
}

fn at(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn interval(s: u16, e: u16) -> TimeInterval {
    TimeInterval::from_minutes(s, e).unwrap()
}

#[test]
fn example_from_the_issue_is_open_tuesday_noon_closed_sunday_49_hours() {
    let hours = schedule("Mo-Fr 09:00-18:00; Sa 10:00-14:00");
    assert!(hours.is_open(Weekday::Tue, at(12, 0)));
    assert!(!hours.is_open(Weekday::Sun, at(12, 0)));
    assert!(hours.intervals(Weekday::Sun).is_empty());
    assert!((hours.hours_per_week() - 49.0).abs() < f64::EPSILON);
    assert_eq!(hours.minutes_per_week(), 49 * 60);
    assert_eq!(hours.to_string(), "Mo-Fr 09:00-18:00; Sa 10:00-14:00");
}

#[test]
fn lunch_break_gives_40_hours() {
    let hours = schedule("Mo-Fr 09:00-13:00,14:00-18:00");
    assert_eq!(hours.minutes_per_week(), 40 * 60);
    assert!((hours.hours_per_week() - 40.0).abs() < f64::EPSILON);
    assert!(!hours.is_open(Weekday::Mon, at(13, 30)));
    assert_eq!(
        hours.intervals(Weekday::Fri),
        [interval(540, 780), interval(840, 1080)]
    );
}

#[test]
fn interval_includes_start_and_excludes_end() {
    let hours = schedule("Mo 09:00-18:00");
    assert!(hours.is_open(Weekday::Mon, at(9, 0)));
    assert!(hours.is_open(Weekday::Mon, NaiveTime::from_hms_opt(17, 59, 59).unwrap()));
    assert!(!hours.is_open(Weekday::Mon, at(18, 0)));
    assert!(!hours.is_open(Weekday::Mon, at(8, 59)));
}

#[test]
fn reads_day_lists_and_mixed_lists() {
    let hours = schedule("Mo-We,Fr 10:00-12:00");
    let open: Vec<bool> = super::WEEK
        .iter()
        .map(|&d| hours.is_open(d, at(11, 0)))
        .collect();
    assert_eq!(open, [true, true, true, false, true, false, false]);
    assert_eq!(hours.to_string(), "Mo-We,Fr 10:00-12:00");
}

#[test]
fn reads_wrapping_day_range() {
    assert_eq!(
        schedule("Sa-Mo 10:00-12:00").to_string(),
        "Mo,Sa,Su 10:00-12:00"
    );
}

#[test]
fn later_rule_replaces_earlier_hours_of_its_days() {
    let hours = schedule("Mo-Fr 09:00-18:00; We 10:00-12:00; Fr off");
    assert_eq!(hours.intervals(Weekday::Wed), [interval(600, 720)]);
    assert!(hours.intervals(Weekday::Fri).is_empty());
    assert_eq!(hours.to_string(), "Mo,Tu,Th 09:00-18:00; We 10:00-12:00");
}

#[test]
fn rule_without_days_applies_to_every_day() {
    assert_eq!(schedule("10:00-20:00").minutes_per_week(), 7 * 600);
    assert!(schedule("off").is_closed_all_week());
}

#[test]
fn every_day_all_day_is_written_24_7() {
    assert_eq!(schedule("Mo-Su 00:00-24:00").to_string(), "24/7");
    assert_eq!(schedule("24/7"), WeeklySchedule::always_open());
    assert_eq!(schedule("24/7; Su off").to_string(), "Mo-Sa 00:00-24:00");
}

#[test]
fn closed_every_day_is_written_off() {
    assert_eq!(schedule("Mo-Su off").to_string(), "off");
    assert_eq!(WeeklySchedule::closed().to_string(), "off");
}

#[test]
fn canonical_text_groups_identical_days_ordered_from_monday() {
    let hours = schedule("Su 10:00-14:00; Sa 10:00-14:00; Fr 09:00-17:00; Mo-Th 09:00-18:00");
    assert_eq!(
        hours.to_string(),
        "Mo-Th 09:00-18:00; Fr 09:00-17:00; Sa,Su 10:00-14:00"
    );
}

#[test]
fn sorts_intervals_and_merges_touching_ones() {
    assert_eq!(
        schedule("Mo 14:00-18:00,09:00-13:00").to_string(),
        "Mo 09:00-13:00,14:00-18:00"
    );
    assert_eq!(
        schedule("Mo 09:00-13:00,13:00-18:00"),
        schedule("Mo 09:00-18:00")
    );
}

#[test]
fn tolerates_white_space_around_separators() {
    assert_eq!(
        schedule("  Mo-Fr  09:00-13:00, 14:00-18:00 ;Sa 10:00-14:00 "),
        schedule("Mo-Fr 09:00-13:00,14:00-18:00; Sa 10:00-14:00")
    );
}

#[test]
fn with_hours_replaces_one_day() {
    let hours = schedule("Mo-Fr 09:00-18:00")
        .with_hours(Weekday::Wed, [])
        .unwrap();
    assert_eq!(hours.to_string(), "Mo,Tu,Th,Fr 09:00-18:00");
    let err = WeeklySchedule::closed()
        .with_hours(Weekday::Tue, [interval(540, 780), interval(720, 1080)])
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"invalid weekly schedule "Tu 09:00-13:00,12:00-18:00": intervals 09:00-13:00 and 12:00-18:00 on Tu overlap"#
    );
}

#[test]
fn rejects_empty_text() {
    assert_eq!(error("  "), r#"invalid weekly schedule "  ": empty"#);
}

#[test]
fn rejects_empty_rule() {
    assert_eq!(
        error("Mo 09:00-18:00;"),
        r#"invalid weekly schedule "Mo 09:00-18:00;": rule 2 is empty"#
    );
}

#[test]
fn rejects_interval_ending_before_it_starts() {
    assert_eq!(
        error("Mo-Fr 18:00-09:00"),
        r#"invalid weekly schedule "Mo-Fr 18:00-09:00": interval 18:00-09:00 on Mo ends before it starts"#
    );
}

#[test]
fn rejects_empty_interval() {
    assert_eq!(
        error("We 09:00-09:00"),
        r#"invalid weekly schedule "We 09:00-09:00": interval 09:00-09:00 on We is empty"#
    );
}

#[test]
fn rejects_overlapping_intervals() {
    assert_eq!(
        error("Tu 09:00-13:00,12:00-18:00"),
        r#"invalid weekly schedule "Tu 09:00-13:00,12:00-18:00": intervals 09:00-13:00 and 12:00-18:00 on Tu overlap"#
    );
}

#[test]
fn rejects_times_that_do_not_exist() {
    assert_eq!(
        error("Mo 09:00-25:00"),
        r#"invalid weekly schedule "Mo 09:00-25:00": no such time 25:00"#
    );
    assert_eq!(
        error("Mo 09:60-12:00"),
        r#"invalid weekly schedule "Mo 09:60-12:00": no such time 09:60"#
    );
    assert_eq!(
        error("Mo 20:00-24:30"),
        r#"invalid weekly schedule "Mo 20:00-24:30": no such time 24:30"#
    );
}

#[test]
fn rejects_interval_not_written_hh_mm() {
    assert_eq!(
        error("Mo 9:00-18:00"),
        r#"invalid weekly schedule "Mo 9:00-18:00": expected an interval HH:MM-HH:MM, found "9:00-18:00""#
    );
    assert_eq!(
        error("Mo 09:00–18:00"),
        r#"invalid weekly schedule "Mo 09:00–18:00": expected an interval HH:MM-HH:MM, found "09:00–18:00""#
    );
    assert_eq!(
        error("Mo off,09:00-12:00"),
        r#"invalid weekly schedule "Mo off,09:00-12:00": expected an interval HH:MM-HH:MM, found "off""#
    );
}

#[test]
fn rejects_malformed_day_selector() {
    assert_eq!(
        error("Mo- 09:00-18:00"),
        r#"invalid weekly schedule "Mo- 09:00-18:00": expected weekdays such as Mo-Fr or Mo,We,Fr, found "Mo-""#
    );
    assert_eq!(
        error("Mo-We-Fr 09:00-18:00"),
        r#"invalid weekly schedule "Mo-We-Fr 09:00-18:00": expected weekdays such as Mo-Fr or Mo,We,Fr, found "Mo-We-Fr""#
    );
}

#[test]
fn rejects_days_without_hours() {
    assert_eq!(
        error("Mo-Fr"),
        r#"invalid weekly schedule "Mo-Fr": rule "Mo-Fr" has no hours (write 00:00-24:00 or off)"#
    );
}

#[test]
fn rejects_unsupported_osm_syntax_naming_the_token() {
    let cases = [
        ("Mo-Fr 09:00-18:00; PH off", "PH"),
        ("Mo-Fr,SH 09:00-18:00", "SH"),
        ("Jan-Mar Mo-Fr 09:00-18:00", "Jan"),
        ("week 01-10 Mo 09:00-12:00", "week"),
        ("Mo sunrise-sunset", "sunrise-sunset"),
        ("sunrise-sunset", "sunrise"),
        ("Mo[1] 09:00-12:00", "Mo[1]"),
        ("Mo 10:00+", "10:00+"),
        ("Mo 10:00-16:00/01:30", "10:00-16:00/01:30"),
        (
            r#"Mo-Fr 09:00-18:00 "by appointment""#,
            r#""by appointment""#,
        ),
        ("Mo-Fr 09:00-18:00 || PH off", "||"),
        ("Mo 09:00-12:00, We 10:00-12:00", "We"),
        ("Mo-Fr 09:00-18:00 open", "open"),
        ("mo-fr 09:00-18:00", "mo"),
        ("Пн-Пт 09:00-18:00", "Пн"),
        ("Mo-Fr: 09:00-18:00", "Fr:"),
    ];
    for (input, token) in cases {
        let err = input.parse::<WeeklySchedule>().unwrap_err();
        assert_eq!(
            err,
            ValueError::Schedule {
                input: input.to_owned(),
                kind: ScheduleErrorKind::Unsupported {
                    token: token.to_owned()
                },
            },
            "{input}"
        );
    }
    assert_eq!(
        error("PH off"),
        r#"invalid weekly schedule "PH off": unsupported token "PH" (accepted: weekdays Mo-Su, times HH:MM-HH:MM, off, 24/7)"#
    );
}

#[test]
fn rejects_intervals_past_midnight() {
    assert_eq!(
        error("Fr 22:00-02:00"),
        r#"invalid weekly schedule "Fr 22:00-02:00": interval 22:00-02:00 on Fr ends before it starts"#
    );
}

#[test]
fn serializes_as_text() {
    let json = serde_json::to_string(&schedule("Mo-Fr 09:00-18:00")).unwrap();
    assert_eq!(json, r#""Mo-Fr 09:00-18:00""#);
}

#[test]
fn bad_json_fails_with_the_parser_message() {
    let err = serde_json::from_str::<WeeklySchedule>(r#""Mo-Fr 18:00-09:00""#).unwrap_err();
    assert_eq!(err.to_string(), error("Mo-Fr 18:00-09:00"));
}

#[test]
fn text_conversions_use_the_parser() {
    assert_eq!(
        WeeklySchedule::try_from("Sa 10:00-14:00").unwrap(),
        schedule("Sa 10:00-14:00")
    );
    assert!(WeeklySchedule::try_from(String::from("PH off")).is_err());
    assert_eq!(String::from(schedule("24/7")), "24/7");
}

proptest! {
    #[test]
    fn display_then_parse_gives_back_the_value(s in any::<WeeklySchedule>()) {
        prop_assert_eq!(s.to_string().parse::<WeeklySchedule>().unwrap(), s);
    }

    #[test]
    fn serde_json_round_trips(s in any::<WeeklySchedule>()) {
        let json = serde_json::to_string(&s).unwrap();
        prop_assert_eq!(serde_json::from_str::<WeeklySchedule>(&json).unwrap(), s);
    }

    #[test]
    fn minutes_per_week_sums_the_days(s in any::<WeeklySchedule>()) {
        let sum: u32 = super::WEEK.iter().map(|&d| s.minutes_on(d)).sum();
        prop_assert_eq!(s.minutes_per_week(), sum);
        prop_assert!(s.minutes_per_week() <= 7 * 24 * 60);
    }

    #[test]
    fn is_open_matches_the_intervals(s in any::<WeeklySchedule>(), d in 0usize..7, minute in 0u32..1440) {
        let day = super::WEEK[d];
        let time = at(minute / 60, minute % 60);
        let inside = s.intervals(day).iter().any(|i| {
            u32::from(i.start_minutes()) <= minute && minute < u32::from(i.end_minutes())
        });
        prop_assert_eq!(s.is_open(day, time), inside);
    }

    #[test]
    fn a_single_interval_displays_as_it_reads(i in any::<TimeInterval>()) {
        let text = format!("Mo {i}");
        prop_assert_eq!(text.parse::<WeeklySchedule>().unwrap().to_string(), text);
    }
}
