//! Dates known to the year, the month or the day, and the fast reading of ISO 8601 dates.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};

use super::{DateRange, ValueError};

/// The layouts a [`PartialDate`] is written in, for error messages.
const PARTIAL_FORMS: &str = "YYYY, YYYY-MM or YYYY-MM-DD";

/// What is wrong with a date or a date range.
///
/// # Example
/// ```
/// use social_services::{values::{DateErrorKind, PartialDate}, ValueError};
///
/// match "2024-02-30".parse::<PartialDate>() {
///     Err(ValueError::Date { kind: DateErrorKind::NoSuchDay { day, .. }, .. }) => {
///         assert_eq!(day, 30)
///     }
///     other => panic!("unexpected {other:?}"),
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DateErrorKind {
    /// The text is empty.
    #[error("empty")]
    Empty,
    /// The text is not laid out as one of the accepted forms.
    #[error("expected the form {expected}")]
    Format {
        /// The accepted layouts, e.g. `"YYYY, YYYY-MM or YYYY-MM-DD"`.
        expected: &'static str,
    },
    /// The layout is right but a character where a digit belongs is not one.
    #[error("character {found:?} at position {position} is not a digit")]
    Character {
        /// One-based position of the character in the whole input, counted in characters.
        position: usize,
        /// The character found.
        found: char,
    },
    /// The year is outside 1–9999 (years are written with exactly four digits).
    #[error("year {year} is not between 1 and 9999")]
    YearOutOfRange {
        /// The year given.
        year: i32,
    },
    /// The month is not 1–12.
    #[error("no such month {month:02}")]
    NoSuchMonth {
        /// The month given.
        month: u32,
    },
    /// The quarter is not 1–4.
    #[error("no such quarter {quarter}")]
    NoSuchQuarter {
        /// The quarter given.
        quarter: u32,
    },
    /// The half-year is not 1 or 2.
    #[error("no such half-year {half}")]
    NoSuchHalf {
        /// The half-year given.
        half: u32,
    },
    /// The day does not exist in its month (`2024-02-30`, `2023-02-29`, day `00`).
    #[error("no such day {year:04}-{month:02}-{day:02}")]
    NoSuchDay {
        /// The year given.
        year: i32,
        /// The month given (a real month).
        month: u32,
        /// The day given.
        day: u32,
    },
    /// A date range whose end comes before its start.
    #[error("end {end} is before start {start}")]
    EndBeforeStart {
        /// The first day of the range.
        start: NaiveDate,
        /// The last day of the range, before `start`.
        end: NaiveDate,
    },
}

/// How precisely a [`PartialDate`] is known, from coarse to fine.
///
/// # Example
/// ```
/// use social_services::values::{DatePrecision, PartialDate};
///
/// let date: PartialDate = "2024-09".parse()?;
/// assert_eq!(date.precision(), DatePrecision::Month);
/// assert!(DatePrecision::Year < DatePrecision::Day);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DatePrecision {
    /// Only the year is known (`2024`).
    Year,
    /// The year and the month are known (`2024-09`).
    Month,
    /// The exact day is known (`2024-09-24`).
    Day,
}

/// A calendar date known to the year (`2024`), the month (`2024-09`) or the day (`2024-09-24`).
///
/// Text form: exactly `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ISO 8601 calendar dates, reduced
/// precision allowed), years 0001–9999 written with four digits, no surrounding white space.
/// The month and the day must exist (`2024-02-29` is a date, `2023-02-29` is not).
///
/// Order: by first day, then coarser precision first, so
/// `2024` < `2024-01` < `2024-01-01` < `2024-01-02` < `2024-02` < `2025`. This order is total
/// and consistent with `Eq` (two dates are equal only with the same precision and fields).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use social_services::values::{DatePrecision, PartialDate};
///
/// let september: PartialDate = "2024-09".parse()?;
/// assert_eq!(september.precision(), DatePrecision::Month);
/// assert_eq!(september.last_day(), NaiveDate::from_ymd_opt(2024, 9, 30).unwrap());
/// assert!(september.contains(NaiveDate::from_ymd_opt(2024, 9, 24).unwrap()));
/// assert_eq!(september.to_string(), "2024-09");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct PartialDate {
    // Field order makes the derived `Ord` the documented one: 0 stands for an unknown month or
    // day and sorts before every real one.
    year: u16,
    month: u8,
    day: u8,
}

impl PartialDate {
    /// A date known only to the year.
    ///
    /// # Errors
    /// [`ValueError::Date`] when the year is not 1–9999.
    ///
    /// # Example
    /// ```
    /// use social_services::values::PartialDate;
    ///
    /// assert_eq!(PartialDate::from_year(2024)?.to_string(), "2024");
    /// assert!(PartialDate::from_year(0).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_year(year: i32) -> Result<Self, ValueError> {
        check_ymd(year, 0, 0).map_err(|kind| date_error(year.to_string(), kind))
    }

    /// A date known to the month.
    ///
    /// # Errors
    /// [`ValueError::Date`] when the year is not 1–9999 or the month not 1–12.
    ///
    /// # Example
    /// ```
    /// use social_services::values::PartialDate;
    ///
    /// assert_eq!(PartialDate::from_year_month(2024, 9)?.to_string(), "2024-09");
    /// assert_eq!(
    ///     PartialDate::from_year_month(2024, 13).unwrap_err().to_string(),
    ///     r#"invalid date "2024-13": no such month 13"#
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_year_month(year: i32, month: u32) -> Result<Self, ValueError> {
        if month == 0 {
            let kind = DateErrorKind::NoSuchMonth { month };
            return Err(date_error(format!("{year:04}-00"), kind));
        }
        check_ymd(year, month, 0).map_err(|kind| date_error(format!("{year:04}-{month:02}"), kind))
    }

    /// A date known to the day, from its year, month and day.
    ///
    /// # Errors
    /// [`ValueError::Date`] when the year is not 1–9999 or the day does not exist.
    ///
    /// # Example
    /// ```
    /// use social_services::values::PartialDate;
    ///
    /// assert_eq!(PartialDate::from_ymd(2024, 9, 24)?.to_string(), "2024-09-24");
    /// assert!(PartialDate::from_ymd(2023, 2, 29).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Result<Self, ValueError> {
        let input = || format!("{year:04}-{month:02}-{day:02}");
        if month == 0 {
            return Err(date_error(input(), DateErrorKind::NoSuchMonth { month }));
        }
        if day == 0 {
            return Err(date_error(
                input(),
                DateErrorKind::NoSuchDay { year, month, day },
            ));
        }
        check_ymd(year, month, day).map_err(|kind| date_error(input(), kind))
    }

    /// The year.
    ///
    /// # Example
    /// ```
    /// # use social_services::values::PartialDate;
    /// assert_eq!("2024-09".parse::<PartialDate>()?.year(), 2024);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn year(&self) -> i32 {
        i32::from(self.year)
    }

    /// The month (1–12), if known.
    ///
    /// # Example
    /// ```
    /// # use social_services::values::PartialDate;
    /// assert_eq!("2024-09".parse::<PartialDate>()?.month(), Some(9));
    /// assert_eq!("2024".parse::<PartialDate>()?.month(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn month(&self) -> Option<u32> {
        (self.month != 0).then_some(u32::from(self.month))
    }

    /// The day of the month (1–31), if known.
    ///
    /// # Example
    /// ```
    /// # use social_services::values::PartialDate;
    /// assert_eq!("2024-09-24".parse::<PartialDate>()?.day(), Some(24));
    /// assert_eq!("2024-09".parse::<PartialDate>()?.day(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn day(&self) -> Option<u32> {
        (self.day != 0).then_some(u32::from(self.day))
    }

    /// How precisely the date is known.
    ///
    /// # Example
    /// ```
    /// # use social_services::values::{DatePrecision, PartialDate};
    /// assert_eq!("2024".parse::<PartialDate>()?.precision(), DatePrecision::Year);
    /// assert_eq!("2024-09-24".parse::<PartialDate>()?.precision(), DatePrecision::Day);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn precision(&self) -> DatePrecision {
        match (self.month, self.day) {
            (0, _) => DatePrecision::Year,
            (_, 0) => DatePrecision::Month,
            _ => DatePrecision::Day,
        }
    }

    /// The first day the date may stand for (1 January of a year, the 1st of a month).
    ///
    /// # Example
    /// ```
    /// # use social_services::values::PartialDate;
    /// # use chrono::NaiveDate;
    /// let first = "2024".parse::<PartialDate>()?.first_day();
    /// assert_eq!(first, NaiveDate::from_ymd_opt(2024, 1, 1).unwrap());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn first_day(&self) -> NaiveDate {
        let month = self.month().unwrap_or(1);
        let day = self.day().unwrap_or(1);
        naive(self.year(), month, day)
    }

    /// The last day the date may stand for (31 December of a year, the end of a month).
    ///
    /// # Example
    /// ```
    /// # use social_services::values::PartialDate;
    /// # use chrono::NaiveDate;
    /// let last = "2024-02".parse::<PartialDate>()?.last_day();
    /// assert_eq!(last, NaiveDate::from_ymd_opt(2024, 2, 29).unwrap());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn last_day(&self) -> NaiveDate {
        let month = self.month().unwrap_or(12);
        let day = self
            .day()
            .unwrap_or_else(|| days_in_month(self.year, month));
        naive(self.year(), month, day)
    }

    /// Whether `date` falls within the year, month or day this date stands for.
    ///
    /// # Example
    /// ```
    /// # use social_services::values::PartialDate;
    /// # use chrono::NaiveDate;
    /// let year: PartialDate = "2024".parse()?;
    /// assert!(year.contains(NaiveDate::from_ymd_opt(2024, 10, 3).unwrap()));
    /// assert!(!year.contains(NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.first_day() <= date && date <= self.last_day()
    }

    /// The days this date stands for, as a range from [`first_day`](Self::first_day) to
    /// [`last_day`](Self::last_day).
    ///
    /// # Example
    /// ```
    /// # use social_services::values::PartialDate;
    /// let september: PartialDate = "2024-09".parse()?;
    /// assert_eq!(september.to_range().to_string(), "2024-09-01/2024-09-30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_range(&self) -> DateRange {
        DateRange::from_checked(self.first_day(), self.last_day())
    }
}

impl TryFrom<NaiveDate> for PartialDate {
    type Error = ValueError;

    /// A date known to the day.
    ///
    /// # Errors
    /// [`ValueError::Date`] when the year is not 1–9999 (chrono allows a wider range).
    fn try_from(date: NaiveDate) -> Result<Self, Self::Error> {
        Self::from_ymd(date.year(), date.month(), date.day())
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if self.month != 0 {
            write!(f, "-{:02}", self.month)?;
        }
        if self.day != 0 {
            write!(f, "-{:02}", self.day)?;
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = ValueError;

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    ///
    /// # Errors
    /// [`ValueError::Date`] when the text is not one of these forms or names a month or day
    /// that does not exist.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        read_date(s, 0, false, PARTIAL_FORMS).map_err(|kind| date_error(s.to_owned(), kind))
    }
}

text_conversions!(PartialDate);

fn date_error(input: String, kind: DateErrorKind) -> ValueError {
    ValueError::Date { input, kind }
}

/// A `NaiveDate` from fields already checked to exist.
fn naive(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN)
}

/// Whether `year` is a leap year of the proleptic Gregorian calendar.
fn is_leap(year: u16) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

/// The number of days in `month` (1–12) of `year`.
fn days_in_month(year: u16, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Checks year, month (0 = unknown) and day (0 = unknown) and builds the date.
fn check_ymd(year: i32, month: u32, day: u32) -> Result<PartialDate, DateErrorKind> {
    let year16 = u16::try_from(year)
        .ok()
        .filter(|y| (1..=9999).contains(y))
        .ok_or(DateErrorKind::YearOutOfRange { year })?;
    if month > 12 {
        return Err(DateErrorKind::NoSuchMonth { month });
    }
    if day > days_in_month(year16, month) {
        return Err(DateErrorKind::NoSuchDay { year, month, day });
    }
    // Both are at most 31 here.
    #[allow(clippy::cast_possible_truncation)]
    Ok(PartialDate {
        year: year16,
        month: month as u8,
        day: day as u8,
    })
}

/// The value of the ASCII digits `bytes[range]`, or `None` if one is not a digit.
fn number(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |acc, &b| {
        let d = b.wrapping_sub(b'0');
        (d < 10).then(|| acc * 10 + u32::from(d))
    })
}

/// Reads `text` as `YYYY-MM-DD` (or, unless `full_only`, `YYYY` or `YYYY-MM`) without
/// allocating. `offset` is the number of characters before `text` in the whole input, for
/// error positions; `expected` names the accepted forms in a layout error.
pub(super) fn read_date(
    text: &str,
    offset: usize,
    full_only: bool,
    expected: &'static str,
) -> Result<PartialDate, DateErrorKind> {
    let b = text.as_bytes();
    let fields = match b.len() {
        10 if b[4] == b'-' && b[7] == b'-' => {
            (number(&b[..4]), number(&b[5..7]), number(&b[8..10]))
        }
        7 if !full_only && b[4] == b'-' => (number(&b[..4]), number(&b[5..7]), Some(0)),
        4 if !full_only => (number(b), Some(0), Some(0)),
        _ => (None, None, None),
    };
    match fields {
        (Some(year), Some(month), Some(day)) => {
            if b.len() >= 7 && month == 0 {
                return Err(DateErrorKind::NoSuchMonth { month });
            }
            #[allow(clippy::cast_possible_wrap)] // at most 9999
            let year = year as i32;
            if b.len() == 10 && day == 0 && month <= 12 {
                return Err(DateErrorKind::NoSuchDay { year, month, day });
            }
            check_ymd(year, month, day)
        }
        _ => Err(layout_error(text, offset, full_only, expected)),
    }
}

/// Why `text` is not laid out as a date: a non-digit in a digit's place when the length and
/// the dashes fit a form, a layout error otherwise.
fn layout_error(
    text: &str,
    offset: usize,
    full_only: bool,
    expected: &'static str,
) -> DateErrorKind {
    if text.is_empty() && !full_only {
        return DateErrorKind::Empty;
    }
    let count = text.chars().count();
    let fits = if full_only {
        count == 10
    } else {
        matches!(count, 4 | 7 | 10)
    };
    if !fits {
        return DateErrorKind::Format { expected };
    }
    let mut bad_digit = None;
    for (index, c) in text.chars().enumerate() {
        if index == 4 || index == 7 {
            if c != '-' {
                return DateErrorKind::Format { expected };
            }
        } else if !c.is_ascii_digit() && bad_digit.is_none() {
            bad_digit = Some(DateErrorKind::Character {
                position: offset + index + 1,
                found: c,
            });
        }
    }
    bad_digit.unwrap_or(DateErrorKind::Format { expected })
}

#[cfg(any(test, feature = "proptest"))]
mod arbitrary {
    use proptest::prelude::*;

    use super::{PartialDate, check_ymd, days_in_month};

    impl Arbitrary for PartialDate {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;

        /// Mostly years around today, sometimes any year 1–9999; all three precisions, days
        /// spread over the whole month (29 February of leap years included).
        fn arbitrary_with((): ()) -> Self::Strategy {
            let year = prop_oneof![4 => 1990u16..=2035, 1 => 1u16..=9999];
            (year, 0u8..3, 1u32..=12, 1u32..=31)
                .prop_map(|(year, precision, month, day)| {
                    let day = (day - 1) % days_in_month(year, month) + 1;
                    let (month, day) = match precision {
                        0 => (0, 0),
                        1 => (month, 0),
                        _ => (month, day),
                    };
                    check_ymd(i32::from(year), month, day).expect("generated date is valid")
                })
                .boxed()
        }
    }
}

#[cfg(test)]
mod tests;
