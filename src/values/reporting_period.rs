//! Reporting periods: the month, quarter, half-year, year or run of days a figure is for.

use std::cmp::{Ordering, Reverse};
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use super::partial_date::read_date;
use super::{DateErrorKind, DateRange, PartialDate, ValueError};

/// The layouts a [`ReportingPeriod`] is written in, for error messages.
const PERIOD_FORMS: &str = "YYYY, YYYY-MM, YYYY-QN, YYYY-HN, YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD";

/// How long a [`ReportingPeriod`] is, from the calendar unit it names.
///
/// # Example
/// ```
/// use social_services::values::{PeriodKind, ReportingPeriod};
/// let p: ReportingPeriod = "2025-H1".parse()?;
/// assert_eq!(p.kind(), PeriodKind::HalfYear);
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    /// A calendar year (`2024`).
    Year,
    /// A half-year (`2025-H1`: January to June).
    HalfYear,
    /// A quarter (`2025-Q2`: April to June).
    Quarter,
    /// A month (`2023-04`).
    Month,
    /// Any run of days (`2022-11-01/2023-04-30`), as a source states it.
    Days,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Inner {
    Year(u16),
    Half(u16, u8),
    Quarter(u16, u8),
    Month(u16, u8),
    Days(DateRange),
}

/// The period a figure is for: a month (`2023-04`), a quarter (`2025-Q1`), a half-year
/// (`2025-H1`), a year (`2024`) or any run of days (`2022-11-01/2023-04-30`, or one day
/// `2024-10-04`).
///
/// Text form: exactly one of `YYYY`, `YYYY-MM`, `YYYY-QN` (N 1–4), `YYYY-HN` (N 1–2),
/// `YYYY-MM-DD` or `YYYY-MM-DD/YYYY-MM-DD`; `q` and `h` are read in either case and written
/// upper-case. A run of days that is exactly a calendar month, quarter, half-year or year is
/// kept as the run of days it was written as: `2025-01-01/2025-06-30` and `2025-H1` cover the
/// same days but are different values, as a source stated them.
///
/// Order: by first day, then longer periods first, then by kind, so a year sorts before its
/// first half, which sorts before its first quarter and its January.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use social_services::values::{PeriodKind, ReportingPeriod};
///
/// let h1: ReportingPeriod = "2025-H1".parse()?;
/// assert_eq!(h1.first_day(), NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
/// assert_eq!(h1.last_day(), NaiveDate::from_ymd_opt(2025, 6, 30).unwrap());
/// assert_eq!(h1.to_string(), "2025-H1");
///
/// let since: ReportingPeriod = "2022-11-01/2023-04-30".parse()?;
/// assert_eq!(since.kind(), PeriodKind::Days);
/// assert!(since.contains(NaiveDate::from_ymd_opt(2023, 1, 15).unwrap()));
///
/// let err = "2025-Q5".parse::<ReportingPeriod>().unwrap_err();
/// assert_eq!(err.to_string(), r#"invalid reporting period "2025-Q5": no such quarter 5"#);
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ReportingPeriod(Inner);

impl ReportingPeriod {
    /// A calendar year.
    ///
    /// # Errors
    /// [`ValueError::ReportingPeriod`] when the year is not 1–9999.
    ///
    /// # Example
    /// ```
    /// use social_services::values::ReportingPeriod;
    /// assert_eq!(ReportingPeriod::year(2024)?.to_string(), "2024");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn year(year: i32) -> Result<Self, ValueError> {
        check_year(year)
            .map(|y| Self(Inner::Year(y)))
            .map_err(|kind| period_error(format!("{year:04}"), kind))
    }

    /// A half-year, 1 (January–June) or 2 (July–December).
    ///
    /// # Errors
    /// [`ValueError::ReportingPeriod`] when the year is not 1–9999 or the half not 1 or 2.
    ///
    /// # Example
    /// ```
    /// use social_services::values::ReportingPeriod;
    /// assert_eq!(ReportingPeriod::half_year(2025, 1)?.to_string(), "2025-H1");
    /// assert!(ReportingPeriod::half_year(2025, 3).is_err());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn half_year(year: i32, half: u32) -> Result<Self, ValueError> {
        let input = || format!("{year:04}-H{half}");
        let y = check_year(year).map_err(|kind| period_error(input(), kind))?;
        let h = part(half, 2)
            .ok_or_else(|| period_error(input(), DateErrorKind::NoSuchHalf { half }))?;
        Ok(Self(Inner::Half(y, h)))
    }

    /// A quarter, 1–4.
    ///
    /// # Errors
    /// [`ValueError::ReportingPeriod`] when the year is not 1–9999 or the quarter not 1–4.
    ///
    /// # Example
    /// ```
    /// use social_services::values::ReportingPeriod;
    /// assert_eq!(ReportingPeriod::quarter(2025, 2)?.to_string(), "2025-Q2");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn quarter(year: i32, quarter: u32) -> Result<Self, ValueError> {
        let input = || format!("{year:04}-Q{quarter}");
        let y = check_year(year).map_err(|kind| period_error(input(), kind))?;
        let q = part(quarter, 4)
            .ok_or_else(|| period_error(input(), DateErrorKind::NoSuchQuarter { quarter }))?;
        Ok(Self(Inner::Quarter(y, q)))
    }

    /// A month, 1–12.
    ///
    /// # Errors
    /// [`ValueError::ReportingPeriod`] when the year is not 1–9999 or the month not 1–12.
    ///
    /// # Example
    /// ```
    /// use social_services::values::ReportingPeriod;
    /// assert_eq!(ReportingPeriod::month(2023, 4)?.to_string(), "2023-04");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn month(year: i32, month: u32) -> Result<Self, ValueError> {
        let input = || format!("{year:04}-{month:02}");
        let y = check_year(year).map_err(|kind| period_error(input(), kind))?;
        let m = part(month, 12)
            .ok_or_else(|| period_error(input(), DateErrorKind::NoSuchMonth { month }))?;
        Ok(Self(Inner::Month(y, m)))
    }

    /// The period that a [`PartialDate`] stands for: its year, its month or its one day.
    ///
    /// # Example
    /// ```
    /// use social_services::values::{PartialDate, ReportingPeriod};
    /// let april: PartialDate = "2023-04".parse()?;
    /// assert_eq!(ReportingPeriod::of_date(april).to_string(), "2023-04");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn of_date(date: PartialDate) -> Self {
        // A `PartialDate`'s year is 1–9999 and its month 1–12.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let year = date.year() as u16;
        match (date.month(), date.day()) {
            #[allow(clippy::cast_possible_truncation)]
            (Some(month), None) => Self(Inner::Month(year, month as u8)),
            (Some(_), Some(_)) => Self(Inner::Days(date.to_range())),
            _ => Self(Inner::Year(year)),
        }
    }

    /// What calendar unit the period names.
    ///
    /// # Example
    /// ```
    /// use social_services::values::{PeriodKind, ReportingPeriod};
    /// assert_eq!("2025-Q1".parse::<ReportingPeriod>()?.kind(), PeriodKind::Quarter);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn kind(&self) -> PeriodKind {
        match self.0 {
            Inner::Year(_) => PeriodKind::Year,
            Inner::Half(..) => PeriodKind::HalfYear,
            Inner::Quarter(..) => PeriodKind::Quarter,
            Inner::Month(..) => PeriodKind::Month,
            Inner::Days(_) => PeriodKind::Days,
        }
    }

    /// The first day of the period.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use social_services::values::ReportingPeriod;
    /// let q2: ReportingPeriod = "2025-Q2".parse()?;
    /// assert_eq!(q2.first_day(), NaiveDate::from_ymd_opt(2025, 4, 1).unwrap());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn first_day(&self) -> NaiveDate {
        match self.0 {
            Inner::Year(y) => ymd(y, 1, 1),
            Inner::Half(y, h) => ymd(y, u32::from(h) * 6 - 5, 1),
            Inner::Quarter(y, q) => ymd(y, u32::from(q) * 3 - 2, 1),
            Inner::Month(y, m) => ymd(y, u32::from(m), 1),
            Inner::Days(range) => range.start(),
        }
    }

    /// The last day of the period.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use social_services::values::ReportingPeriod;
    /// let feb: ReportingPeriod = "2024-02".parse()?;
    /// assert_eq!(feb.last_day(), NaiveDate::from_ymd_opt(2024, 2, 29).unwrap());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn last_day(&self) -> NaiveDate {
        let last_of_month = |y: u16, m: u32| {
            PartialDate::from_year_month(i32::from(y), m)
                .map_or(NaiveDate::MAX, |month| month.last_day())
        };
        match self.0 {
            Inner::Year(y) => ymd(y, 12, 31),
            Inner::Half(y, h) => last_of_month(y, u32::from(h) * 6),
            Inner::Quarter(y, q) => last_of_month(y, u32::from(q) * 3),
            Inner::Month(y, m) => last_of_month(y, u32::from(m)),
            Inner::Days(range) => range.end(),
        }
    }

    /// The days of the period as a [`DateRange`].
    ///
    /// # Example
    /// ```
    /// use social_services::values::ReportingPeriod;
    /// let y: ReportingPeriod = "2023".parse()?;
    /// assert_eq!(y.to_range().to_string(), "2023-01-01/2023-12-31");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn to_range(&self) -> DateRange {
        match self.0 {
            Inner::Days(range) => range,
            _ => DateRange::from_checked(self.first_day(), self.last_day()),
        }
    }

    /// Whether `date` is one of the period's days.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use social_services::values::ReportingPeriod;
    /// let y: ReportingPeriod = "2023".parse()?;
    /// assert!(y.contains(NaiveDate::from_ymd_opt(2023, 7, 1).unwrap()));
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.first_day() <= date && date <= self.last_day()
    }

    /// Whether every day of `other` is a day of this period.
    ///
    /// # Example
    /// ```
    /// use social_services::values::ReportingPeriod;
    /// let y: ReportingPeriod = "2025".parse()?;
    /// assert!(y.covers(&"2025-Q3".parse()?));
    /// assert!(!y.covers(&"2024-12-01/2025-01-31".parse()?));
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn covers(&self, other: &ReportingPeriod) -> bool {
        self.first_day() <= other.first_day() && other.last_day() <= self.last_day()
    }

    fn rank(&self) -> u8 {
        match self.0 {
            Inner::Year(_) => 0,
            Inner::Half(..) => 1,
            Inner::Quarter(..) => 2,
            Inner::Month(..) => 3,
            Inner::Days(_) => 4,
        }
    }
}

impl Ord for ReportingPeriod {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.first_day(), Reverse(self.last_day()), self.rank()).cmp(&(
            other.first_day(),
            Reverse(other.last_day()),
            other.rank(),
        ))
    }
}

impl PartialOrd for ReportingPeriod {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl From<DateRange> for ReportingPeriod {
    /// The run of days of a range.
    fn from(range: DateRange) -> Self {
        Self(Inner::Days(range))
    }
}

impl fmt::Display for ReportingPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Inner::Year(y) => write!(f, "{y:04}"),
            Inner::Half(y, h) => write!(f, "{y:04}-H{h}"),
            Inner::Quarter(y, q) => write!(f, "{y:04}-Q{q}"),
            Inner::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            Inner::Days(range) => range.fmt(f),
        }
    }
}

impl FromStr for ReportingPeriod {
    type Err = ValueError;

    /// Reads `YYYY`, `YYYY-MM`, `YYYY-QN`, `YYYY-HN`, `YYYY-MM-DD` or
    /// `YYYY-MM-DD/YYYY-MM-DD`.
    ///
    /// # Errors
    /// [`ValueError::ReportingPeriod`] when the text is none of these forms, or names a month,
    /// quarter, half-year or day that does not exist, or a range that ends before it starts.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s).map_err(|kind| period_error(s.to_owned(), kind))
    }
}

text_conversions!(ReportingPeriod);

fn parse(s: &str) -> Result<ReportingPeriod, DateErrorKind> {
    let b = s.as_bytes();
    if b.is_empty() {
        return Err(DateErrorKind::Empty);
    }
    if b.len() == 7 && b[4] == b'-' && matches!(b[5], b'Q' | b'q' | b'H' | b'h') {
        let year = read_date(&s[..4], 0, false, PERIOD_FORMS)?.year();
        let n = b[6].wrapping_sub(b'0');
        if n > 9 {
            return Err(DateErrorKind::Character {
                position: 7,
                found: s[6..].chars().next().unwrap_or('?'),
            });
        }
        let y = check_year(year)?;
        let n32 = u32::from(n);
        return if matches!(b[5], b'Q' | b'q') {
            part(n32, 4)
                .map(|q| ReportingPeriod(Inner::Quarter(y, q)))
                .ok_or(DateErrorKind::NoSuchQuarter { quarter: n32 })
        } else {
            part(n32, 2)
                .map(|h| ReportingPeriod(Inner::Half(y, h)))
                .ok_or(DateErrorKind::NoSuchHalf { half: n32 })
        };
    }
    if b.len() == 4 || b.len() == 7 {
        let date = read_date(s, 0, false, PERIOD_FORMS)?;
        return Ok(ReportingPeriod::of_date(date));
    }
    match s.parse::<DateRange>() {
        Ok(range) => Ok(ReportingPeriod(Inner::Days(range))),
        Err(ValueError::DateRange { kind, .. }) => Err(match kind {
            DateErrorKind::Format { .. } => DateErrorKind::Format {
                expected: PERIOD_FORMS,
            },
            other => other,
        }),
        Err(_) => Err(DateErrorKind::Format {
            expected: PERIOD_FORMS,
        }),
    }
}

fn period_error(input: String, kind: DateErrorKind) -> ValueError {
    ValueError::ReportingPeriod { input, kind }
}

fn check_year(year: i32) -> Result<u16, DateErrorKind> {
    u16::try_from(year)
        .ok()
        .filter(|y| (1..=9999).contains(y))
        .ok_or(DateErrorKind::YearOutOfRange { year })
}

/// `n` as a part number 1..=`max`.
fn part(n: u32, max: u8) -> Option<u8> {
    u8::try_from(n).ok().filter(|n| (1..=max).contains(n))
}

fn ymd(year: u16, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(i32::from(year), month, day).unwrap_or(NaiveDate::MIN)
}

#[cfg(any(test, feature = "proptest"))]
mod arbitrary {
    use proptest::prelude::*;

    use super::{Inner, ReportingPeriod};
    use crate::values::DateRange;

    impl Arbitrary for ReportingPeriod {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;

        /// Every kind of period, years mostly near today.
        fn arbitrary_with((): ()) -> Self::Strategy {
            let year = prop_oneof![4 => 2015u16..2031, 1 => 1u16..=9999];
            prop_oneof![
                year.clone().prop_map(|y| ReportingPeriod(Inner::Year(y))),
                (year.clone(), 1u8..=2).prop_map(|(y, h)| ReportingPeriod(Inner::Half(y, h))),
                (year.clone(), 1u8..=4).prop_map(|(y, q)| ReportingPeriod(Inner::Quarter(y, q))),
                (year, 1u8..=12).prop_map(|(y, m)| ReportingPeriod(Inner::Month(y, m))),
                any::<DateRange>().prop_map(|r| ReportingPeriod(Inner::Days(r))),
            ]
            .boxed()
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn p(s: &str) -> ReportingPeriod {
        s.parse().unwrap()
    }

    fn err(s: &str) -> String {
        s.parse::<ReportingPeriod>().unwrap_err().to_string()
    }

    #[test]
    fn reads_every_form() {
        assert_eq!(p("2024").kind(), PeriodKind::Year);
        assert_eq!(p("2025-h1").to_string(), "2025-H1");
        assert_eq!(p("2025-q4").to_string(), "2025-Q4");
        assert_eq!(p("2023-04").kind(), PeriodKind::Month);
        assert_eq!(p("2024-10-04").kind(), PeriodKind::Days);
        assert_eq!(p("2024-10-04").to_string(), "2024-10-04");
        assert_eq!(
            p("2022-11-01/2023-04-30").to_string(),
            "2022-11-01/2023-04-30"
        );
    }

    #[test]
    fn knows_the_days_of_each_kind() {
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(p("2025-H2").first_day(), day("2025-07-01"));
        assert_eq!(p("2025-H2").last_day(), day("2025-12-31"));
        assert_eq!(p("2025-Q1").last_day(), day("2025-03-31"));
        assert_eq!(p("2023-02").last_day(), day("2023-02-28"));
        assert_eq!(p("2023").last_day(), day("2023-12-31"));
    }

    #[test]
    fn rejects_what_is_not_a_period() {
        assert_eq!(err(""), r#"invalid reporting period "": empty"#);
        assert_eq!(
            err("2025-Q0"),
            r#"invalid reporting period "2025-Q0": no such quarter 0"#
        );
        assert_eq!(
            err("2025-H3"),
            r#"invalid reporting period "2025-H3": no such half-year 3"#
        );
        assert_eq!(
            err("2025-13"),
            r#"invalid reporting period "2025-13": no such month 13"#
        );
        assert_eq!(
            err("2024-02-30"),
            r#"invalid reporting period "2024-02-30": no such day 2024-02-30"#
        );
        assert_eq!(
            err("2025-QX"),
            r#"invalid reporting period "2025-QX": character 'X' at position 7 is not a digit"#
        );
        assert_eq!(
            err("первое полугодие"),
            r#"invalid reporting period "первое полугодие": expected the form YYYY, YYYY-MM, YYYY-QN, YYYY-HN, YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD"#
        );
        assert_eq!(
            err("2025-03-01/2025-02-01"),
            r#"invalid reporting period "2025-03-01/2025-02-01": end 2025-02-01 is before start 2025-03-01"#
        );
    }

    #[test]
    fn a_run_of_days_stays_as_written() {
        assert_ne!(p("2025-01-01/2025-06-30"), p("2025-H1"));
        assert_eq!(
            p("2025-01-01/2025-06-30").to_range(),
            p("2025-H1").to_range()
        );
    }

    #[test]
    fn sorts_longer_periods_first_on_the_same_day() {
        let mut periods = [
            p("2025-01"),
            p("2025-Q1"),
            p("2025"),
            p("2025-H1"),
            p("2024-12"),
        ];
        periods.sort();
        let texts: Vec<String> = periods.iter().map(ToString::to_string).collect();
        assert_eq!(texts, ["2024-12", "2025", "2025-H1", "2025-Q1", "2025-01"]);
    }

    #[test]
    fn serde_goes_through_the_parser() {
        let json = serde_json::to_string(&p("2025-H1")).unwrap();
        assert_eq!(json, r#""2025-H1""#);
        let bad = serde_json::from_str::<ReportingPeriod>(r#""2025-Q9""#).unwrap_err();
        assert_eq!(
            bad.to_string(),
            r#"invalid reporting period "2025-Q9": no such quarter 9"#
        );
    }

    proptest! {
        #[test]
        fn display_and_from_str_are_inverses(period in any::<ReportingPeriod>()) {
            prop_assert_eq!(period.to_string().parse::<ReportingPeriod>().unwrap(), period);
        }

        #[test]
        fn order_agrees_with_eq(a in any::<ReportingPeriod>(), b in any::<ReportingPeriod>()) {
            prop_assert_eq!(a.cmp(&b) == Ordering::Equal, a == b);
        }

        #[test]
        fn never_panics_on_any_text(text in "\\PC{0,24}") {
            let _ = text.parse::<ReportingPeriod>();
        }
    }
}
