//! An inclusive range of calendar days.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};

use super::partial_date::read_date;
use super::{DateErrorKind, ValueError};

/// The layouts a [`DateRange`] is written in, for error messages.
const RANGE_FORMS: &str = "YYYY-MM-DD/YYYY-MM-DD or YYYY-MM-DD";

/// An inclusive range of calendar days, `start ≤ end`, years 1–9999.
///
/// Text form: an ISO 8601 interval of two calendar dates, `2024-10-03/2024-10-04`. A one-day
/// range is written canonically as the single date, `2024-09-24` (a calendar date is itself the
/// ISO 8601 name of that day), and `2024-09-24/2024-09-24` is read as the same value. Reduced
/// precision (`2024-09/2024-10`), abbreviated ends (`2024-10-03/04`), durations (`P2D`) and
/// white space are not accepted.
///
/// Order: by start, then by end.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use social_services::values::DateRange;
///
/// let tula: DateRange = "2024-10-03/2024-10-04".parse()?;
/// assert_eq!(tula.days(), 2);
/// assert!(tula.contains(NaiveDate::from_ymd_opt(2024, 10, 4).unwrap()));
///
/// let ivanovo: DateRange = "2024-09-24".parse()?;
/// assert_eq!(ivanovo.start(), ivanovo.end());
/// assert_eq!(ivanovo.to_string(), "2024-09-24");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct DateRange {
    start: NaiveDate,
    end: NaiveDate,
}

impl DateRange {
    /// The days from `start` to `end`, both included.
    ///
    /// # Errors
    /// [`ValueError::DateRange`] when `end` is before `start` or a year is not 1–9999.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use social_services::values::DateRange;
    ///
    /// let day = |d| NaiveDate::from_ymd_opt(2024, 10, d).unwrap();
    /// assert_eq!(DateRange::new(day(3), day(4))?.to_string(), "2024-10-03/2024-10-04");
    /// assert_eq!(
    ///     DateRange::new(day(3), day(2)).unwrap_err().to_string(),
    ///     r#"invalid date range "2024-10-03/2024-10-02": end 2024-10-02 is before start 2024-10-03"#
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(start: NaiveDate, end: NaiveDate) -> Result<Self, ValueError> {
        check(start, end).map_err(|kind| ValueError::DateRange {
            input: format!("{start}/{end}"),
            kind,
        })
    }

    /// The range of the single day `day`.
    ///
    /// # Errors
    /// [`ValueError::DateRange`] when the year is not 1–9999 (chrono allows a wider range).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use social_services::values::DateRange;
    ///
    /// let range = DateRange::single(NaiveDate::from_ymd_opt(2024, 9, 24).unwrap())?;
    /// assert_eq!(range.days(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn single(day: NaiveDate) -> Result<Self, ValueError> {
        check(day, day).map_err(|kind| ValueError::DateRange {
            input: day.to_string(),
            kind,
        })
    }

    /// A range from days already known to be in order and in years 1–9999.
    pub(super) fn from_checked(start: NaiveDate, end: NaiveDate) -> Self {
        debug_assert!(check(start, end).is_ok());
        Self { start, end }
    }

    /// The first day.
    ///
    /// # Example
    /// ```
    /// # use social_services::values::DateRange;
    /// let range: DateRange = "2024-10-03/2024-10-04".parse()?;
    /// assert_eq!(range.start().to_string(), "2024-10-03");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn start(&self) -> NaiveDate {
        self.start
    }

    /// The last day (included).
    ///
    /// # Example
    /// ```
    /// # use social_services::values::DateRange;
    /// let range: DateRange = "2024-10-03/2024-10-04".parse()?;
    /// assert_eq!(range.end().to_string(), "2024-10-04");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn end(&self) -> NaiveDate {
        self.end
    }

    /// The number of days, both ends included (1 for a one-day range).
    ///
    /// # Example
    /// ```
    /// # use social_services::values::DateRange;
    /// assert_eq!("2024-01-01/2024-12-31".parse::<DateRange>()?.days(), 366);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn days(&self) -> u32 {
        // Years 1–9999 span fewer than 3.7 million days, so the count fits.
        u32::try_from((self.end - self.start).num_days() + 1).unwrap_or(u32::MAX)
    }

    /// Whether `date` is one of the days of the range.
    ///
    /// # Example
    /// ```
    /// # use social_services::values::DateRange;
    /// # use chrono::NaiveDate;
    /// let range: DateRange = "2024-10-03/2024-10-04".parse()?;
    /// assert!(!range.contains(NaiveDate::from_ymd_opt(2024, 10, 5).unwrap()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    /// Whether the two ranges share at least one day.
    ///
    /// # Example
    /// ```
    /// # use social_services::values::DateRange;
    /// let a: DateRange = "2024-10-03/2024-10-04".parse()?;
    /// let b: DateRange = "2024-10-04/2024-10-10".parse()?;
    /// let c: DateRange = "2024-10-05".parse()?;
    /// assert!(a.overlaps(&b));
    /// assert!(!a.overlaps(&c));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn overlaps(&self, other: &DateRange) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    /// The days of the range in order.
    ///
    /// # Example
    /// ```
    /// # use social_services::values::DateRange;
    /// let range: DateRange = "2024-10-03/2024-10-04".parse()?;
    /// let days: Vec<String> = range.iter_days().map(|d| d.to_string()).collect();
    /// assert_eq!(days, ["2024-10-03", "2024-10-04"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn iter_days(&self) -> impl Iterator<Item = NaiveDate> + Clone + use<> {
        let end = self.end;
        self.start.iter_days().take_while(move |day| *day <= end)
    }
}

/// Checks the order and the years of a range.
fn check(start: NaiveDate, end: NaiveDate) -> Result<DateRange, DateErrorKind> {
    for year in [start.year(), end.year()] {
        if !(1..=9999).contains(&year) {
            return Err(DateErrorKind::YearOutOfRange { year });
        }
    }
    if end < start {
        return Err(DateErrorKind::EndBeforeStart { start, end });
    }
    Ok(DateRange { start, end })
}

/// Reads one full date of a range; `offset` counts the characters before it.
fn read_day(text: &str, offset: usize) -> Result<NaiveDate, DateErrorKind> {
    let date = read_date(text, offset, true, RANGE_FORMS)?;
    Ok(date.first_day())
}

impl fmt::Display for DateRange {
    /// `start/end`, or the single date for a one-day range.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.start == self.end {
            write!(f, "{}", self.start)
        } else {
            write!(f, "{}/{}", self.start, self.end)
        }
    }
}

impl FromStr for DateRange {
    type Err = ValueError;

    /// Reads `YYYY-MM-DD/YYYY-MM-DD` or a single `YYYY-MM-DD`.
    ///
    /// # Errors
    /// [`ValueError::DateRange`] when the text is not one of these forms, a date does not
    /// exist, or the end is before the start.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parsed = if s.is_empty() {
            Err(DateErrorKind::Empty)
        } else if let Some((start, end)) = s.split_once('/') {
            // A second `/` makes the end text malformed and is reported there.
            read_day(start, 0).and_then(|start_day| {
                let end_day = read_day(end, start.chars().count() + 1)?;
                check(start_day, end_day)
            })
        } else {
            read_day(s, 0).map(|day| DateRange {
                start: day,
                end: day,
            })
        };
        parsed.map_err(|kind| ValueError::DateRange {
            input: s.to_owned(),
            kind,
        })
    }
}

text_conversions!(DateRange);

#[cfg(any(test, feature = "proptest"))]
mod arbitrary {
    use chrono::{Days, NaiveDate};
    use proptest::prelude::*;

    use super::DateRange;
    use crate::values::PartialDate;

    impl Arbitrary for DateRange {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;

        /// Starts on any day of an arbitrary [`PartialDate`]'s year; lengths mostly one day to
        /// a few weeks (events, stays), sometimes up to several years (programmes).
        fn arbitrary_with((): ()) -> Self::Strategy {
            let length = prop_oneof![
                3 => Just(0u64),
                4 => 1u64..14,
                2 => 14u64..400,
                1 => 400u64..4000,
            ];
            (any::<PartialDate>(), 0u64..366, length)
                .prop_map(|(date, offset, length)| {
                    let year = date.to_range();
                    let start = year
                        .start()
                        .checked_add_days(Days::new(offset % u64::from(year.days())))
                        .unwrap_or(year.start());
                    let last = NaiveDate::from_ymd_opt(9999, 12, 31).expect("a real day");
                    let end = start
                        .checked_add_days(Days::new(length))
                        .map_or(last, |end| end.min(last));
                    DateRange::new(start, end).expect("generated range is valid")
                })
                .boxed()
        }
    }
}

#[cfg(test)]
mod tests;
