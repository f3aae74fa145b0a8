//! Weekly opening hours in a subset of the OpenStreetMap `opening_hours` syntax.

mod interval;
mod parse;

use std::fmt;
use std::str::FromStr;

use chrono::{NaiveTime, Weekday};

pub use interval::TimeInterval;

use super::ValueError;

/// The days of the week in schedule order, Monday first.
const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// The two-letter OpenStreetMap code of a weekday (`Mo` … `Su`).
fn day_code(day: Weekday) -> &'static str {
    ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"][day_index(day)]
}

/// 0 for Monday … 6 for Sunday.
fn day_index(day: Weekday) -> usize {
    day.num_days_from_monday() as usize
}

/// What is wrong with a weekly schedule.
///
/// # Example
/// ```
/// use social_services::{values::{ScheduleErrorKind, WeeklySchedule}, ValueError};
///
/// match "Mo-Fr 09:00-18:00; PH off".parse::<WeeklySchedule>() {
///     Err(ValueError::Schedule { kind: ScheduleErrorKind::Unsupported { token }, .. }) => {
///         assert_eq!(token, "PH")
///     }
///     other => panic!("unexpected {other:?}"),
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ScheduleErrorKind {
    /// The text is empty or only white space.
    #[error("empty")]
    Empty,
    /// A rule between `;` separators is empty (`Mo 09:00-18:00;`).
    #[error("rule {number} is empty")]
    EmptyRule {
        /// One-based number of the rule.
        number: usize,
    },
    /// Syntax of OpenStreetMap `opening_hours` outside the accepted subset (public holidays
    /// `PH`, months, weeks, `sunrise`, comments, open ends `+`, fallback rules `||` …), or a
    /// word that is not part of the syntax at all.
    #[error("unsupported token {token:?} (accepted: weekdays Mo-Su, times HH:MM-HH:MM, off, 24/7)")]
    Unsupported {
        /// The token, as written.
        token: String,
    },
    /// A day selector that is not a list of weekdays and weekday ranges (`Mo-`, `Mo,,Fr`).
    #[error("expected weekdays such as Mo-Fr or Mo,We,Fr, found {token:?}")]
    DayFormat {
        /// The day selector, as written.
        token: String,
    },
    /// A rule with days but no hours (`Mo-Fr`); write `00:00-24:00` or `off`.
    #[error("rule {rule:?} has no hours (write 00:00-24:00 or off)")]
    MissingHours {
        /// The rule, as written.
        rule: String,
    },
    /// Hours that are not written `HH:MM-HH:MM` (`9:00-18:00`, `09.00-18.00`).
    #[error("expected an interval HH:MM-HH:MM, found {token:?}")]
    IntervalFormat {
        /// The text found where an interval belongs.
        token: String,
    },
    /// A time that does not exist (`25:00`, `10:60`, `24:30`).
    #[error("no such time {time}")]
    NoSuchTime {
        /// The time, as written.
        time: String,
    },
    /// An interval whose end comes before its start (`18:00-09:00`; intervals past midnight
    /// are not accepted: split them at `24:00`).
    #[error("interval {interval} on {} ends before it starts", day_code(*.day))]
    EndsBeforeStart {
        /// The interval, as written.
        interval: String,
        /// The (first) day the interval was given for.
        day: Weekday,
    },
    /// An interval that ends when it starts (`09:00-09:00`).
    #[error("interval {interval} on {} is empty", day_code(*.day))]
    EmptyInterval {
        /// The interval, as written.
        interval: String,
        /// The (first) day the interval was given for.
        day: Weekday,
    },
    /// Two intervals of one day share a moment (touching intervals are merged instead).
    #[error("intervals {first} and {second} on {} overlap", day_code(*.day))]
    Overlap {
        /// The interval that starts first.
        first: TimeInterval,
        /// The interval that starts inside `first`.
        second: TimeInterval,
        /// The (first) day the intervals were given for.
        day: Weekday,
    },
}

/// Opening hours for each day of the week: zero or more [`TimeInterval`]s per day (several
/// for a lunch break), sorted, not overlapping and not touching.
///
/// # Text form
/// A subset of the OpenStreetMap [`opening_hours`](https://wiki.openstreetmap.org/wiki/Key:opening_hours)
/// syntax, with its meaning:
///
/// - Rules are separated by `;` (white space around it is ignored; canonical is `"; "`).
/// - A rule is `<days> <hours>`: days are `Mo Tu We Th Fr Sa Su` (case-sensitive), ranges
///   `Mo-Fr` (a range may wrap: `Sa-Mo`), lists `Mo,We,Fr` and mixtures `Mo-We,Fr`; hours are
///   `off` or a comma-separated list of `HH:MM-HH:MM` intervals (`09:00-13:00,14:00-18:00`),
///   two digits each, from `00:00` to `24:00`, start before end within one day.
/// - A rule without days (`10:00-20:00`, `off`) applies to every day; `24/7` alone as a rule
///   means every day `00:00-24:00`.
/// - As in OpenStreetMap, a later rule replaces the hours of the days it names
///   (`Mo-Fr 09:00-18:00; We off` closes Wednesday). Days named by no rule are closed.
/// - Intervals of one rule may come in any order; overlapping ones are an error, touching ones
///   are merged (`09:00-13:00,13:00-18:00` is `09:00-18:00`).
///
/// Not accepted, each an error naming the token: public and school holidays (`PH`, `SH`),
/// months, dates, weeks and years, `sunrise`/`sunset`/`dawn`/`dusk`, nth weekday (`Mo[1]`),
/// open ends (`10:00+`), intervals past midnight (`22:00-02:00`), periodic times (`/`),
/// comments (`"…"`), `open`/`closed`/`unknown` modifiers, fallback (`||`) and additional
/// (`, `) rule separators, lower-case or localized day names. A day with no hours must be
/// written with `off` or left out, never bare (`Mo-Fr` alone is an error, not "all day").
///
/// # Canonical form
/// `Display` writes `24/7` when every day is `00:00-24:00`, `off` when every day is closed,
/// and otherwise one rule per group of days with identical hours, groups ordered by their first
/// day (Monday first), closed days left out. The days of a group are runs of consecutive days
/// from Monday to Sunday: three or more as a range (`Mo-Fr`), two or one as a list
/// (`Sa,Su`, `Mo,We`). So reading the canonical text gives back an equal value and writing a
/// value read from canonical text gives back that text.
///
/// # Example
/// ```
/// use chrono::{NaiveTime, Weekday};
/// use social_services::values::WeeklySchedule;
///
/// let hours: WeeklySchedule = "Mo-Fr 09:00-18:00; Sa 10:00-14:00".parse()?;
/// assert!(hours.is_open(Weekday::Tue, NaiveTime::from_hms_opt(12, 0, 0).unwrap()));
/// assert!(!hours.is_open(Weekday::Sun, NaiveTime::from_hms_opt(12, 0, 0).unwrap()));
/// assert_eq!(hours.hours_per_week(), 49.0);
/// assert_eq!(hours.to_string(), "Mo-Fr 09:00-18:00; Sa 10:00-14:00");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct WeeklySchedule {
    /// Monday's intervals, then Tuesday's …, each day's sorted, apart and not touching.
    intervals: Vec<TimeInterval>,
    /// `ends[d]` is the index in `intervals` after the last interval of day `d`.
    ends: [u16; 7],
}

impl WeeklySchedule {
    /// Closed every day (`off`).
    ///
    /// # Example
    /// ```
    /// # use social_services::values::WeeklySchedule;
    /// assert_eq!(WeeklySchedule::closed().to_string(), "off");
    /// ```
    pub fn closed() -> Self {
        Self {
            intervals: Vec::new(),
            ends: [0; 7],
        }
    }

    /// Open every day, all day (`24/7`).
    ///
    /// # Example
    /// ```
    /// # use social_services::values::WeeklySchedule;
    /// assert_eq!(WeeklySchedule::always_open().minutes_per_week(), 7 * 24 * 60);
    /// ```
    pub fn always_open() -> Self {
        Self::from_days(&std::array::from_fn(|_| vec![TimeInterval::whole_day()]))
    }

    /// The same schedule with the hours of `day` replaced by `intervals` (in any order;
    /// touching intervals are merged, none means closed).
    ///
    /// # Errors
    /// [`ValueError::Schedule`] when two intervals overlap; the input quoted is the day's rule.
    ///
    /// # Example
    /// ```
    /// use chrono::Weekday;
    /// use social_services::values::{TimeInterval, WeeklySchedule};
    ///
    /// let at = |h: u16, m: u16| h * 60 + m;
    /// let hours = WeeklySchedule::closed().with_hours(
    ///     Weekday::Mon,
    ///     [
    ///         TimeInterval::from_minutes(at(14, 0), at(18, 0)).unwrap(),
    ///         TimeInterval::from_minutes(at(9, 0), at(13, 0)).unwrap(),
    ///     ],
    /// )?;
    /// assert_eq!(hours.to_string(), "Mo 09:00-13:00,14:00-18:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_hours(
        &self,
        day: Weekday,
        intervals: impl IntoIterator<Item = TimeInterval>,
    ) -> Result<Self, ValueError> {
        let given: Vec<TimeInterval> = intervals.into_iter().collect();
        let hours = parse::normalize(day, given.clone()).map_err(|kind| {
            let listed: Vec<String> = given.iter().map(ToString::to_string).collect();
            let input = if listed.is_empty() {
                format!("{} off", day_code(day))
            } else {
                format!("{} {}", day_code(day), listed.join(","))
            };
            ValueError::Schedule { input, kind }
        })?;
        let mut days = self.days();
        days[day_index(day)] = hours;
        Ok(Self::from_days(&days))
    }

    /// A schedule from per-day interval lists already sorted, apart and not touching.
    fn from_days(days: &[Vec<TimeInterval>; 7]) -> Self {
        let mut intervals = Vec::with_capacity(days.iter().map(Vec::len).sum());
        let mut ends = [0; 7];
        for (end, hours) in ends.iter_mut().zip(days) {
            intervals.extend_from_slice(hours);
            // At most 720 intervals fit in a day, 5040 in a week.
            *end = u16::try_from(intervals.len()).unwrap_or(u16::MAX);
        }
        Self { intervals, ends }
    }

    /// The intervals of each day, Monday first.
    fn days(&self) -> [Vec<TimeInterval>; 7] {
        std::array::from_fn(|d| self.intervals(WEEK[d]).to_vec())
    }

    /// The opening intervals of `day`, sorted; empty when closed that day.
    ///
    /// # Example
    /// ```
    /// use chrono::Weekday;
    /// use social_services::values::WeeklySchedule;
    ///
    /// let hours: WeeklySchedule = "Mo-Fr 09:00-13:00,14:00-18:00".parse()?;
    /// assert_eq!(hours.intervals(Weekday::Mon).len(), 2);
    /// assert!(hours.intervals(Weekday::Sat).is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn intervals(&self, day: Weekday) -> &[TimeInterval] {
        let d = day_index(day);
        let start = if d == 0 { 0 } else { self.ends[d - 1] };
        &self.intervals[usize::from(start)..usize::from(self.ends[d])]
    }

    /// Whether the place is open on `day` at `time` (interval starts included, ends excluded).
    ///
    /// # Example
    /// ```
    /// use chrono::{NaiveTime, Weekday};
    /// use social_services::values::WeeklySchedule;
    ///
    /// let hours: WeeklySchedule = "Mo-Fr 09:00-13:00,14:00-18:00".parse()?;
    /// let at = |h| NaiveTime::from_hms_opt(h, 30, 0).unwrap();
    /// assert!(hours.is_open(Weekday::Wed, at(10)));
    /// assert!(!hours.is_open(Weekday::Wed, at(13)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_open(&self, day: Weekday, time: NaiveTime) -> bool {
        self.intervals(day).iter().any(|i| i.contains(time))
    }

    /// The opening minutes on `day`.
    ///
    /// # Example
    /// ```
    /// # use chrono::Weekday;
    /// # use social_services::values::WeeklySchedule;
    /// let hours: WeeklySchedule = "Sa 10:00-14:00".parse()?;
    /// assert_eq!(hours.minutes_on(Weekday::Sat), 240);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn minutes_on(&self, day: Weekday) -> u32 {
        self.intervals(day)
            .iter()
            .map(|i| u32::from(i.minutes()))
            .sum()
    }

    /// The opening minutes in a week (at most 10 080).
    ///
    /// # Example
    /// ```
    /// # use social_services::values::WeeklySchedule;
    /// let hours: WeeklySchedule = "Mo-Fr 09:00-13:00,14:00-18:00".parse()?;
    /// assert_eq!(hours.minutes_per_week(), 40 * 60);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn minutes_per_week(&self) -> u32 {
        self.intervals.iter().map(|i| u32::from(i.minutes())).sum()
    }

    /// The opening hours in a week, as a fraction where minutes do not make whole hours.
    ///
    /// # Example
    /// ```
    /// # use social_services::values::WeeklySchedule;
    /// let hours: WeeklySchedule = "Mo 09:00-09:30".parse()?;
    /// assert_eq!(hours.hours_per_week(), 0.5);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn hours_per_week(&self) -> f64 {
        f64::from(self.minutes_per_week()) / 60.0
    }

    /// Whether the place is closed every day.
    ///
    /// # Example
    /// ```
    /// # use social_services::values::WeeklySchedule;
    /// assert!("Mo-Su off".parse::<WeeklySchedule>()?.is_closed_all_week());
    /// assert!(!"Su 10:00-12:00".parse::<WeeklySchedule>()?.is_closed_all_week());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_closed_all_week(&self) -> bool {
        self.intervals.is_empty()
    }
}

impl fmt::Display for WeeklySchedule {
    /// The canonical text (see the type's documentation).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_closed_all_week() {
            return f.write_str("off");
        }
        let whole_day = [TimeInterval::whole_day()];
        if WEEK.iter().all(|&d| self.intervals(d) == whole_day) {
            return f.write_str("24/7");
        }
        let mut written = [false; 7];
        let mut first_rule = true;
        for d in 0..7 {
            let hours = self.intervals(WEEK[d]);
            if written[d] || hours.is_empty() {
                continue;
            }
            let mut group = [false; 7];
            for e in d..7 {
                if self.intervals(WEEK[e]) == hours {
                    group[e] = true;
                    written[e] = true;
                }
            }
            if !first_rule {
                f.write_str("; ")?;
            }
            first_rule = false;
            write_days(f, group)?;
            for (i, interval) in hours.iter().enumerate() {
                f.write_str(if i == 0 { " " } else { "," })?;
                write!(f, "{interval}")?;
            }
        }
        Ok(())
    }
}

/// Writes the days of `group` as runs: three or more consecutive days as a range, fewer as a
/// list, runs separated by `,`.
fn write_days(f: &mut fmt::Formatter<'_>, group: [bool; 7]) -> fmt::Result {
    let mut first = true;
    let mut d = 0;
    while d < 7 {
        if !group[d] {
            d += 1;
            continue;
        }
        let mut end = d;
        while end + 1 < 7 && group[end + 1] {
            end += 1;
        }
        let sep = |first: bool| if first { "" } else { "," };
        if end - d >= 2 {
            write!(
                f,
                "{}{}-{}",
                sep(first),
                day_code(WEEK[d]),
                day_code(WEEK[end])
            )?;
        } else {
            for day in &WEEK[d..=end] {
                write!(f, "{}{}", sep(first), day_code(*day))?;
                first = false;
            }
        }
        first = false;
        d = end + 1;
    }
    Ok(())
}

impl FromStr for WeeklySchedule {
    type Err = ValueError;

    /// Reads the accepted subset of OpenStreetMap `opening_hours` (see the type's docs).
    ///
    /// # Errors
    /// [`ValueError::Schedule`] when the text is outside the subset, names a time that does
    /// not exist, or gives a day an interval that ends before it starts or intervals that
    /// overlap.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse::parse(s)
            .map(|days| Self::from_days(&days))
            .map_err(|kind| ValueError::Schedule {
                input: s.to_owned(),
                kind,
            })
    }
}

text_conversions!(WeeklySchedule);

#[cfg(any(test, feature = "proptest"))]
mod arbitrary {
    use std::collections::BTreeSet;

    use proptest::prelude::*;

    use super::{TimeInterval, WeeklySchedule, interval::DAY_MINUTES};

    /// Intervals between distinct sorted boundaries taken in pairs: apart, never touching.
    fn from_boundaries(bounds: &BTreeSet<u16>) -> Vec<TimeInterval> {
        let bounds: Vec<u16> = bounds.iter().copied().collect();
        bounds
            .chunks_exact(2)
            .map(|pair| TimeInterval::from_checked(pair[0], pair[1]))
            .collect()
    }

    /// One day's hours: office hours with or without a lunch break, all day, or random.
    fn day_hours() -> impl Strategy<Value = Vec<TimeInterval>> {
        let office = (14u16..=22, 30u16..=42, any::<bool>()).prop_map(|(open, close, lunch)| {
            let (open, close) = (open * 30, close * 30);
            if lunch {
                vec![
                    TimeInterval::from_checked(open, 13 * 60),
                    TimeInterval::from_checked(14 * 60, close),
                ]
            } else {
                vec![TimeInterval::from_checked(open, close)]
            }
        });
        let random_half_hours = proptest::collection::btree_set(0u16..=48, 0..=6)
            .prop_map(|b| from_boundaries(&b.iter().map(|h| h * 30).collect()));
        let random_minutes = proptest::collection::btree_set(0..=DAY_MINUTES, 0..=10)
            .prop_map(|b| from_boundaries(&b));
        prop_oneof![
            4 => office,
            1 => Just(vec![TimeInterval::whole_day()]),
            2 => random_half_hours,
            1 => random_minutes,
        ]
    }

    impl Arbitrary for WeeklySchedule {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;

        /// A usual day's hours repeated on most days, with some days closed and some with hours
        /// of their own, so that grouping into ranges and lists gets exercised.
        fn arbitrary_with((): ()) -> Self::Strategy {
            let choice = prop_oneof![
                3 => Just(None),
                1 => Just(Some(Vec::new())),
                1 => day_hours().prop_map(Some),
            ];
            (day_hours(), proptest::array::uniform7(choice))
                .prop_map(|(usual, days)| {
                    let days = days.map(|own| own.unwrap_or_else(|| usual.clone()));
                    WeeklySchedule::from_days(&days)
                })
                .boxed()
        }
    }
}

#[cfg(test)]
mod tests;
