//! Dates as sources give them: on a day, a month or a year, or bounded on one side
//! («не позднее мая 2023», «не ранее 2024»).

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use super::{PartialDate, ValueError};

/// A date as it is known: on a day, in a month or a year ([`PartialDate`]), or only bounded on
/// one side — no later than (`не позднее`) or no earlier than (`не ранее`) a day, month or year.
///
/// The text form is the date (`2023-05-12`, `2023-05`, `2023`), optionally after `не позднее`
/// or `не ранее`; parsing also reads `не позже`, `не раньше`, `no later than` and
/// `no earlier than`, in any case. [`Display`](fmt::Display) writes what
/// [`FromStr`] reads, so the two are inverse.
///
/// # Example
/// ```
/// use social_services::values::KnownDate;
///
/// let by: KnownDate = "не позднее 2023-05".parse()?;
/// assert_eq!(by.to_string(), "не позднее 2023-05");
/// assert_eq!(by.latest(), Some("2023-05-31".parse()?));
/// assert_eq!(by.earliest(), None);
/// assert!(by.known_by("2023-06-01".parse()?));
///
/// let on: KnownDate = "2022-11".parse()?;
/// assert_eq!((on.earliest(), on.latest()), (Some("2022-11-01".parse()?), Some("2022-11-30".parse()?)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KnownDate {
    /// On this day, in this month or this year.
    On(PartialDate),
    /// On or before the end of this day, month or year (`не позднее`).
    NoLaterThan(PartialDate),
    /// On or after the start of this day, month or year (`не ранее`).
    NoEarlierThan(PartialDate),
}

/// How a bound word makes a [`KnownDate`] of the date after it.
type Bound = fn(PartialDate) -> KnownDate;

/// The words of a bound, each with the bound it states; the first of each is the one written.
const BOUNDS: &[(&str, Bound)] = &[
    ("не позднее", KnownDate::NoLaterThan),
    ("не позже", KnownDate::NoLaterThan),
    ("no later than", KnownDate::NoLaterThan),
    ("не ранее", KnownDate::NoEarlierThan),
    ("не раньше", KnownDate::NoEarlierThan),
    ("no earlier than", KnownDate::NoEarlierThan),
];

impl KnownDate {
    /// The day, month or year the date names or is bounded by.
    ///
    /// # Example
    /// ```
    /// use social_services::values::KnownDate;
    /// let d: KnownDate = "не ранее 2024".parse()?;
    /// assert_eq!(d.date().to_string(), "2024");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub const fn date(&self) -> PartialDate {
        match *self {
            Self::On(d) | Self::NoLaterThan(d) | Self::NoEarlierThan(d) => d,
        }
    }

    /// The first day it can be: the first day of its day, month or year; `None` for a date
    /// only known to be no later than something.
    ///
    /// # Example
    /// ```
    /// use social_services::values::KnownDate;
    /// let d: KnownDate = "не ранее 2024".parse()?;
    /// assert_eq!(d.earliest(), Some("2024-01-01".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn earliest(&self) -> Option<NaiveDate> {
        match self {
            Self::On(d) | Self::NoEarlierThan(d) => Some(d.first_day()),
            Self::NoLaterThan(_) => None,
        }
    }

    /// The last day it can be: the last day of its day, month or year; `None` for a date only
    /// known to be no earlier than something.
    ///
    /// # Example
    /// ```
    /// use social_services::values::KnownDate;
    /// let d: KnownDate = "2024".parse()?;
    /// assert_eq!(d.latest(), Some("2024-12-31".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn latest(&self) -> Option<NaiveDate> {
        match self {
            Self::On(d) | Self::NoLaterThan(d) => Some(d.last_day()),
            Self::NoEarlierThan(_) => None,
        }
    }

    /// Whether the date is known to have come by `day`: its last possible day is on or before
    /// it.
    ///
    /// # Example
    /// ```
    /// use social_services::values::KnownDate;
    /// let d: KnownDate = "2024-03".parse()?;
    /// assert!(!d.known_by("2024-03-30".parse()?));
    /// assert!(d.known_by("2024-03-31".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn known_by(&self, day: NaiveDate) -> bool {
        self.latest().is_some_and(|last| last <= day)
    }

    /// Whether the date may have come by `day`: its first possible day is on or before it (a
    /// date known only to be no later than something may have come on any day). The other
    /// side of [`known_by`](Self::known_by): a date known by a day may have come by it.
    pub(crate) fn may_have_come_by(self, day: NaiveDate) -> bool {
        self.earliest().is_none_or(|first| first <= day)
    }

    /// Whether the date is surely before `other`: its last possible day is before the first
    /// possible day of `other` (a bound open at that end is never surely before or after).
    pub(crate) fn surely_before(self, other: Self) -> bool {
        self.latest()
            .zip(other.earliest())
            .is_some_and(|(last, first)| last < first)
    }

    /// The day, month or year it is on; `None` for a bound, which names no date of its own.
    ///
    /// # Example
    /// ```
    /// use social_services::values::KnownDate;
    /// let on: KnownDate = "2024-03".parse()?;
    /// assert_eq!(on.on().map(|d| d.to_string()).as_deref(), Some("2024-03"));
    /// let by: KnownDate = "не позднее 2024-03".parse()?;
    /// assert_eq!(by.on(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn on(&self) -> Option<PartialDate> {
        match *self {
            Self::On(d) => Some(d),
            Self::NoLaterThan(_) | Self::NoEarlierThan(_) => None,
        }
    }
}

impl From<PartialDate> for KnownDate {
    fn from(date: PartialDate) -> Self {
        Self::On(date)
    }
}

impl fmt::Display for KnownDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::On(d) => write!(f, "{d}"),
            Self::NoLaterThan(d) => write!(f, "не позднее {d}"),
            Self::NoEarlierThan(d) => write!(f, "не ранее {d}"),
        }
    }
}

impl FromStr for KnownDate {
    type Err = ValueError;

    /// Reads a [`PartialDate`], optionally after `не позднее` or `не ранее` (see [`KnownDate`]).
    ///
    /// # Errors
    /// [`ValueError::Date`] naming the whole text when the date after the optional bound is
    /// not `YYYY`, `YYYY-MM` or `YYYY-MM-DD` or names a day that does not exist.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let text = s.trim();
        let lower = text.to_lowercase();
        let (bound, rest): (Bound, &str) = BOUNDS
            .iter()
            .find_map(|&(word, bound)| {
                lower
                    .strip_prefix(word)
                    .filter(|r| r.starts_with(char::is_whitespace))
                    .map(|r| (bound, r.trim()))
            })
            .unwrap_or((KnownDate::On, text));
        rest.parse::<PartialDate>()
            .map(bound)
            .map_err(|error| match error {
                ValueError::Date { kind, .. } => ValueError::Date {
                    input: s.to_owned(),
                    kind,
                },
                other => other,
            })
    }
}

text_conversions!(KnownDate);

impl serde::Serialize for KnownDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for KnownDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(any(test, feature = "proptest"))]
impl proptest::arbitrary::Arbitrary for KnownDate {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        (0u8..3, any::<PartialDate>())
            .prop_map(|(bound, date)| match bound {
                0 => Self::On(date),
                1 => Self::NoLaterThan(date),
                _ => Self::NoEarlierThan(date),
            })
            .boxed()
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn reads_bounds_in_either_language_and_any_case() {
        let may: PartialDate = "2023-05".parse().unwrap();
        for text in [
            "не позднее 2023-05",
            "Не позже 2023-05",
            "no later than 2023-05",
        ] {
            assert_eq!(text.parse(), Ok(KnownDate::NoLaterThan(may)), "{text}");
        }
        for text in [
            "не ранее 2023-05",
            "НЕ РАНЬШЕ  2023-05",
            "no earlier than 2023-05",
        ] {
            assert_eq!(text.parse(), Ok(KnownDate::NoEarlierThan(may)), "{text}");
        }
        assert_eq!(" 2023-05 ".parse(), Ok(KnownDate::On(may)));
    }

    #[test]
    fn a_bound_spans_to_the_far_end_of_its_day_month_or_year() {
        let by: KnownDate = "не позднее 2023".parse().unwrap();
        assert_eq!((by.earliest(), by.latest()), (None, Some(d("2023-12-31"))));
        let from: KnownDate = "не ранее 2023-02".parse().unwrap();
        assert_eq!(
            (from.earliest(), from.latest()),
            (Some(d("2023-02-01")), None)
        );
        assert!(!from.known_by(d("2099-12-31")));
    }

    #[test]
    fn rejects_a_bound_without_a_date_naming_the_whole_text() {
        assert_eq!(
            "не позднее мая"
                .parse::<KnownDate>()
                .unwrap_err()
                .to_string(),
            r#"invalid date "не позднее мая": expected the form YYYY, YYYY-MM or YYYY-MM-DD"#
        );
        assert_eq!(
            "не позднее".parse::<KnownDate>().unwrap_err().to_string(),
            r#"invalid date "не позднее": expected the form YYYY, YYYY-MM or YYYY-MM-DD"#
        );
    }

    #[test]
    fn json_is_the_text_form() {
        let by: KnownDate = "не позднее 2023-05-12".parse().unwrap();
        let json = serde_json::to_string(&by).unwrap();
        assert_eq!(json, r#""не позднее 2023-05-12""#);
        assert_eq!(serde_json::from_str::<KnownDate>(&json).unwrap(), by);
    }

    proptest! {
        #[test]
        fn display_then_parse_is_identity(date in any::<KnownDate>()) {
            prop_assert_eq!(date.to_string().parse::<KnownDate>(), Ok(date));
        }

        #[test]
        fn known_by_its_latest_day_and_not_the_day_before(date in any::<KnownDate>()) {
            if let Some(last) = date.latest() {
                prop_assert!(date.known_by(last));
                if let Some(before) = last.pred_opt() {
                    prop_assert!(!date.known_by(before));
                }
            }
            if let (Some(first), Some(last)) = (date.earliest(), date.latest()) {
                prop_assert!(first <= last);
            }
        }

        #[test]
        fn what_is_known_by_a_day_may_have_come_by_it(date in any::<KnownDate>(), day in any::<PartialDate>()) {
            let day = day.first_day();
            if date.known_by(day) {
                prop_assert!(date.may_have_come_by(day));
            }
        }

        #[test]
        fn surely_before_is_never_both_ways_nor_of_itself(a in any::<KnownDate>(), b in any::<KnownDate>()) {
            prop_assert!(!(a.surely_before(b) && b.surely_before(a)));
            prop_assert!(!a.surely_before(a));
        }
    }

    #[test]
    fn a_bound_is_surely_before_only_from_its_closed_end() {
        let k = |s: &str| s.parse::<KnownDate>().unwrap();
        assert!(k("2022").surely_before(k("2023-01")));
        assert!(!k("2023").surely_before(k("2023-06")));
        assert!(k("не позднее 2022").surely_before(k("не ранее 2023")));
        assert!(!k("не ранее 2020").surely_before(k("2030")));
        assert!(!k("2020").surely_before(k("не позднее 2030")));
        assert!(k("не позднее 2023-05").may_have_come_by(d("1900-01-01")));
        assert!(!k("не ранее 2025").may_have_come_by(d("2024-12-31")));
    }
}
