//! Weekly opening hours as the rules that directory formats write: one rule per opening interval,
//! with the days of the week that have it.

use chrono::Weekday;

use crate::values::{TimeInterval, WeeklySchedule};

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
    /// The opening time, `HH:MM`.
    pub(crate) fn opens_at(&self) -> String {
        hh_mm(self.interval.start_minutes())
    }

    /// The closing time, `HH:MM`; midnight at the end of the day is written `23:59`, as the
    /// HSDS guidance on schedules and schema.org's examples write "open until midnight".
    pub(crate) fn closes_at(&self) -> String {
        hh_mm(self.interval.end_minutes())
    }
}

/// `HH:MM` for minutes after midnight; the end of the day (1440) as `23:59`.
fn hh_mm(minutes: u16) -> String {
    let minutes = minutes.min(24 * 60 - 1);
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
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
                (days.join(","), h.opens_at(), h.closes_at())
            })
            .collect()
    }

    #[test]
    fn groups_the_days_of_each_interval_monday_first() {
        assert_eq!(
            rules("Mo-Fr 09:00-13:00,14:00-18:00; Sa 10:00-14:00"),
            [
                ("Mon,Tue,Wed,Thu,Fri".into(), "09:00".into(), "13:00".into()),
                ("Mon,Tue,Wed,Thu,Fri".into(), "14:00".into(), "18:00".into()),
                ("Sat".into(), "10:00".into(), "14:00".into()),
            ]
        );
    }

    #[test]
    fn an_interval_first_seen_later_in_the_week_comes_after_the_earlier_days() {
        assert_eq!(
            rules("Mo 09:00-12:00; Tu,Th 09:00-18:00; We 09:00-12:00"),
            [
                ("Mon,Wed".into(), "09:00".into(), "12:00".into()),
                ("Tue,Thu".into(), "09:00".into(), "18:00".into()),
            ]
        );
    }

    #[test]
    fn midnight_at_the_end_of_the_day_is_written_23_59() {
        assert_eq!(
            rules("24/7"),
            [(
                "Mon,Tue,Wed,Thu,Fri,Sat,Sun".into(),
                "00:00".into(),
                "23:59".into()
            )]
        );
    }

    #[test]
    fn a_schedule_closed_all_week_has_no_rules() {
        assert!(rules("off").is_empty());
    }
}
