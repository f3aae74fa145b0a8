//! Weekly opening hours as the rules that directory formats write: one rule per opening interval,
//! with the days of the week that have it.

use chrono::Weekday;

use crate::values::{RegionCode, TimeInterval, TimeZone, WeeklySchedule};

/// The days of the week, Monday first.
const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// One opening interval and the days of the week that have it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hours {
    /// The days, Monday first.
    pub(crate) days: Vec<Weekday>,
    /// When it opens and closes, as the schedule has it.
    pub(crate) interval: TimeInterval,
}

impl Hours {
    /// The opening time, `HH:MM:SS` with the zone's offset when it is known (`09:00:00+03:00`),
    /// as schema.org's `Time` (XML Schema `time`) and RFC 3339's `full-time` (HSDS
    /// `format: time`) write a time of day.
    pub(crate) fn opens(&self, zone: Option<TimeZone>) -> String {
        time_of_day(self.interval.start_minutes(), zone)
    }

    /// The closing time, as [`Hours::opens`]; midnight at the end of the day, which the crate
    /// writes `24:00`, is `23:59:59`: RFC 3339 times have no hour 24, and schema.org documents
    /// a day open until midnight as closing at the last minute of the day (`23:59`), which the
    /// `hh:mm:ss` form makes the last second.
    pub(crate) fn closes(&self, zone: Option<TimeZone>) -> String {
        time_of_day(self.interval.end_minutes(), zone)
    }
}

/// `HH:MM:SS[+HH:MM]` for minutes after midnight; the end of the day (1440) as `23:59:59`.
fn time_of_day(minutes: u16, zone: Option<TimeZone>) -> String {
    let offset = zone.map(TimeZone::utc_offset).unwrap_or_default();
    if minutes >= 24 * 60 {
        return format!("23:59:59{offset}");
    }
    format!("{:02}:{:02}:00{offset}", minutes / 60, minutes % 60)
}

/// The time zone of a place in a federal subject.
pub(crate) fn zone_of(region: RegionCode) -> TimeZone {
    region.subject().time_zone()
}

/// The opening intervals of a schedule, each with the days that have exactly it, ordered by the
/// first such day (Monday first) and then by opening time. A schedule closed all week gives none.
pub(crate) fn weekly_hours(schedule: &WeeklySchedule) -> Vec<Hours> {
    let mut rules: Vec<Hours> = Vec::new();
    for day in WEEK {
        for &interval in schedule.intervals(day) {
            match rules.iter_mut().find(|rule| rule.interval == interval) {
                Some(rule) => rule.days.push(day),
                None => rules.push(Hours {
                    days: vec![day],
                    interval,
                }),
            }
        }
    }
    rules
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(text: &str) -> Vec<(String, String, String)> {
        let schedule: WeeklySchedule = text.parse().unwrap();
        weekly_hours(&schedule)
            .iter()
            .map(|h| {
                let days: Vec<String> = h.days.iter().map(ToString::to_string).collect();
                (days.join(","), h.opens(None), h.closes(None))
            })
            .collect()
    }

    #[test]
    fn groups_the_days_of_each_interval_monday_first() {
        assert_eq!(
            rules("Mo-Fr 09:00-13:00,14:00-18:00; Sa 10:00-14:00"),
            [
                (
                    "Mon,Tue,Wed,Thu,Fri".into(),
                    "09:00:00".into(),
                    "13:00:00".into()
                ),
                (
                    "Mon,Tue,Wed,Thu,Fri".into(),
                    "14:00:00".into(),
                    "18:00:00".into()
                ),
                ("Sat".into(), "10:00:00".into(), "14:00:00".into()),
            ]
        );
    }

    #[test]
    fn an_interval_first_seen_later_in_the_week_comes_after_the_earlier_days() {
        assert_eq!(
            rules("Mo 09:00-12:00; Tu,Th 09:00-18:00; We 09:00-12:00"),
            [
                ("Mon,Wed".into(), "09:00:00".into(), "12:00:00".into()),
                ("Tue,Thu".into(), "09:00:00".into(), "18:00:00".into()),
            ]
        );
    }

    #[test]
    fn midnight_at_the_end_of_the_day_is_the_last_second_of_the_day() {
        assert_eq!(
            rules("24/7"),
            [(
                "Mon,Tue,Wed,Thu,Fri,Sat,Sun".into(),
                "00:00:00".into(),
                "23:59:59".into()
            )]
        );
    }

    #[test]
    fn times_carry_the_offset_of_the_zone() {
        let schedule: WeeklySchedule = "Mo 09:30-24:00".parse().unwrap();
        let hours = &weekly_hours(&schedule)[0];
        assert_eq!(hours.opens(Some(TimeZone::Samara)), "09:30:00+04:00");
        assert_eq!(hours.closes(Some(TimeZone::Samara)), "23:59:59+04:00");
        assert_eq!(hours.closes(Some(TimeZone::Kamchatka)), "23:59:59+12:00");
    }

    #[test]
    fn a_schedule_closed_all_week_has_no_rules() {
        assert!(rules("off").is_empty());
    }
}
