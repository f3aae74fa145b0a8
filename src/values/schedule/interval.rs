//! One opening interval within a day.

use std::fmt;

use chrono::{NaiveTime, Timelike};

/// Minutes in a day: the end of an interval that lasts until midnight (`24:00`).
pub(super) const DAY_MINUTES: u16 = 24 * 60;

/// A half-open interval of the day, `start ≤ t < end`, in whole minutes from `00:00` to
/// `24:00`, with `start < end`: one stretch of opening hours of a [`WeeklySchedule`].
///
/// Written `HH:MM-HH:MM` (`09:00-13:00`, `20:00-24:00`). `24:00` stands for the midnight at
/// the end of the day and can only end an interval; `chrono::NaiveTime` cannot hold it, so the
/// bounds are given in minutes since midnight. Intervals order by start, then end.
///
/// [`WeeklySchedule`]: crate::values::WeeklySchedule
///
/// # Example
/// ```
/// use social_services::values::TimeInterval;
///
/// let morning = TimeInterval::from_minutes(9 * 60, 13 * 60).unwrap();
/// assert_eq!(morning.to_string(), "09:00-13:00");
/// assert_eq!(morning.minutes(), 240);
/// assert!(TimeInterval::from_minutes(13 * 60, 9 * 60).is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeInterval {
    start: u16,
    end: u16,
}

impl TimeInterval {
    /// The interval from `start` to `end` minutes after midnight, or `None` unless
    /// `start < end ≤ 1440` (1440 is `24:00`).
    ///
    /// # Example
    /// ```
    /// use social_services::values::TimeInterval;
    ///
    /// let evening = TimeInterval::from_minutes(20 * 60, 1440).unwrap();
    /// assert_eq!(evening.to_string(), "20:00-24:00");
    /// assert!(TimeInterval::from_minutes(600, 600).is_none());
    /// ```
    pub fn from_minutes(start: u16, end: u16) -> Option<Self> {
        (start < end && end <= DAY_MINUTES).then_some(Self { start, end })
    }

    /// The whole day, `00:00-24:00`.
    ///
    /// # Example
    /// ```
    /// use social_services::values::TimeInterval;
    ///
    /// assert_eq!(TimeInterval::whole_day().to_string(), "00:00-24:00");
    /// ```
    pub fn whole_day() -> Self {
        Self {
            start: 0,
            end: DAY_MINUTES,
        }
    }

    /// The start, in minutes after midnight (0–1439).
    ///
    /// # Example
    /// ```
    /// # use social_services::values::TimeInterval;
    /// assert_eq!(TimeInterval::from_minutes(540, 780).unwrap().start_minutes(), 540);
    /// ```
    pub fn start_minutes(&self) -> u16 {
        self.start
    }

    /// The end (excluded), in minutes after midnight (1–1440).
    ///
    /// # Example
    /// ```
    /// # use social_services::values::TimeInterval;
    /// assert_eq!(TimeInterval::from_minutes(540, 780).unwrap().end_minutes(), 780);
    /// ```
    pub fn end_minutes(&self) -> u16 {
        self.end
    }

    /// The length in minutes.
    ///
    /// # Example
    /// ```
    /// # use social_services::values::TimeInterval;
    /// assert_eq!(TimeInterval::whole_day().minutes(), 1440);
    /// ```
    pub fn minutes(&self) -> u16 {
        self.end - self.start
    }

    /// Whether `time` falls in the interval (start included, end excluded).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveTime;
    /// use social_services::values::TimeInterval;
    ///
    /// let morning = TimeInterval::from_minutes(9 * 60, 13 * 60).unwrap();
    /// assert!(morning.contains(NaiveTime::from_hms_opt(12, 59, 59).unwrap()));
    /// assert!(!morning.contains(NaiveTime::from_hms_opt(13, 0, 0).unwrap()));
    /// ```
    pub fn contains(&self, time: NaiveTime) -> bool {
        let second = time.num_seconds_from_midnight();
        u32::from(self.start) * 60 <= second && second < u32::from(self.end) * 60
    }

    /// Whether the two intervals share a moment (touching ends do not).
    pub(super) fn overlaps(self, other: Self) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// An interval from bounds the caller has checked.
    pub(super) fn from_checked(start: u16, end: u16) -> Self {
        debug_assert!(start < end && end <= DAY_MINUTES);
        Self { start, end }
    }

    /// The same interval with its end moved to `end`.
    pub(super) fn with_end(self, end: u16) -> Self {
        Self::from_checked(self.start, end)
    }
}

impl fmt::Display for TimeInterval {
    /// `HH:MM-HH:MM`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:02}:{:02}-{:02}:{:02}",
            self.start / 60,
            self.start % 60,
            self.end / 60,
            self.end % 60
        )
    }
}

#[cfg(any(test, feature = "proptest"))]
mod arbitrary {
    use proptest::prelude::*;

    use super::{DAY_MINUTES, TimeInterval};

    impl Arbitrary for TimeInterval {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;

        /// Mostly on the half hour, sometimes any minute; lengths from a minute to a day.
        fn arbitrary_with((): ()) -> Self::Strategy {
            let half_hours = (0u16..48)
                .prop_flat_map(|s| (Just(s), s + 1..=48))
                .prop_map(|(s, e)| TimeInterval::from_checked(s * 30, e * 30));
            let minutes = (0..DAY_MINUTES)
                .prop_flat_map(|s| (Just(s), s + 1..=DAY_MINUTES))
                .prop_map(|(s, e)| TimeInterval::from_checked(s, e));
            prop_oneof![3 => half_hours, 1 => minutes].boxed()
        }
    }
}
