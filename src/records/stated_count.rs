//! Figures as a source states them: «более 250» is not 250.

use std::fmt;
use std::str::FromStr;

use super::RecordError;

/// How a stated figure relates to the true number.
///
/// # Example
/// ```
/// use social_services::records::{Qualifier, StatedCount};
/// let c: StatedCount = "более 250".parse()?;
/// assert_eq!(c.qualifier(), Qualifier::MoreThan);
/// # Ok::<(), social_services::RecordError>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// Exactly the number (`13 учреждений`).
    Exact,
    /// More than the number (`более 250`, `свыше 250`).
    MoreThan,
    /// Up to the number (`до 250`).
    UpTo,
    /// About the number, either side (`около 250`).
    About,
    /// A little less than the number (`почти 150 тыс.`).
    Almost,
}

impl Qualifier {
    /// The Russian word that states this qualifier, empty for [`Qualifier::Exact`].
    ///
    /// # Example
    /// ```
    /// use social_services::records::Qualifier;
    /// assert_eq!(Qualifier::MoreThan.word_ru(), "более");
    /// ```
    pub const fn word_ru(self) -> &'static str {
        match self {
            Self::Exact => "",
            Self::MoreThan => "более",
            Self::UpTo => "до",
            Self::About => "около",
            Self::Almost => "почти",
        }
    }
}

/// A count as a source states it: a number with its qualifier («более 250»).
///
/// The text form is the Russian phrase with the number in digits: `250`, `более 250`,
/// `до 250`, `около 250`, `почти 150000`. Parsing also reads `свыше`/`больше` (more than),
/// `примерно` (about), the English words `more than`, `up to`, `about`, `almost`, spaces or
/// non-breaking spaces between groups of digits, and the multipliers `тыс.` (thousand) and
/// `млн` (million): `почти 150 тыс.` reads as `почти 150000`. In JSON an exact count is a number
/// and a qualified one a string.
///
/// # Example
/// ```
/// use social_services::records::{Qualifier, StatedCount};
///
/// let trained: StatedCount = "более 250".parse()?;
/// assert_eq!(trained.value(), 250);
/// assert_eq!(trained.qualifier(), Qualifier::MoreThan);
/// assert_eq!(trained.to_string(), "более 250");
///
/// let families: StatedCount = "почти 150 тыс.".parse()?;
/// assert_eq!(families.to_string(), "почти 150000");
/// assert_eq!(StatedCount::exact(13).to_string(), "13");
/// # Ok::<(), social_services::RecordError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StatedCount {
    qualifier: Qualifier,
    value: u64,
}

impl StatedCount {
    /// A count with a qualifier.
    ///
    /// # Example
    /// ```
    /// use social_services::records::{Qualifier, StatedCount};
    /// assert_eq!(StatedCount::new(Qualifier::UpTo, 30).to_string(), "до 30");
    /// ```
    pub const fn new(qualifier: Qualifier, value: u64) -> Self {
        Self { qualifier, value }
    }

    /// An exact count.
    ///
    /// # Example
    /// ```
    /// use social_services::records::StatedCount;
    /// assert!(StatedCount::exact(69).is_exact());
    /// ```
    pub const fn exact(value: u64) -> Self {
        Self::new(Qualifier::Exact, value)
    }

    /// A count stated as «более N».
    ///
    /// # Example
    /// ```
    /// use social_services::records::StatedCount;
    /// assert_eq!(StatedCount::more_than(250).to_string(), "более 250");
    /// ```
    pub const fn more_than(value: u64) -> Self {
        Self::new(Qualifier::MoreThan, value)
    }

    /// The number as stated.
    ///
    /// # Example
    /// ```
    /// use social_services::records::StatedCount;
    /// assert_eq!(StatedCount::more_than(250).value(), 250);
    /// ```
    pub const fn value(self) -> u64 {
        self.value
    }

    /// How the number relates to the true count.
    ///
    /// # Example
    /// ```
    /// use social_services::records::{Qualifier, StatedCount};
    /// assert_eq!(StatedCount::exact(5).qualifier(), Qualifier::Exact);
    /// ```
    pub const fn qualifier(self) -> Qualifier {
        self.qualifier
    }

    /// Whether the count is exact.
    ///
    /// # Example
    /// ```
    /// use social_services::records::StatedCount;
    /// assert!(!StatedCount::more_than(250).is_exact());
    /// ```
    pub const fn is_exact(self) -> bool {
        matches!(self.qualifier, Qualifier::Exact)
    }
}

impl fmt::Display for StatedCount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.qualifier {
            Qualifier::Exact => write!(f, "{}", self.value),
            q => write!(f, "{} {}", q.word_ru(), self.value),
        }
    }
}

/// The qualifier words, longest first so that `более` is not read as a prefix of another.
pub(crate) const WORDS: &[(&str, Qualifier)] = &[
    ("more than", Qualifier::MoreThan),
    ("примерно", Qualifier::About),
    ("больше", Qualifier::MoreThan),
    ("свыше", Qualifier::MoreThan),
    ("более", Qualifier::MoreThan),
    ("около", Qualifier::About),
    ("почти", Qualifier::Almost),
    ("almost", Qualifier::Almost),
    ("about", Qualifier::About),
    ("up to", Qualifier::UpTo),
    ("до", Qualifier::UpTo),
];

impl FromStr for StatedCount {
    type Err = RecordError;

    /// # Errors
    /// [`RecordError::StatedCount`] when the text is not an optional qualifier word followed by
    /// a whole number and an optional `тыс.`/`млн`.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let fail = |reason: &'static str| RecordError::StatedCount {
            input: input.to_owned(),
            reason,
        };
        let text = input.trim();
        let lower = text.to_lowercase();
        let (qualifier, rest) = WORDS
            .iter()
            .find_map(|&(word, q)| {
                lower
                    .strip_prefix(word)
                    .filter(|r| r.is_empty() || r.starts_with(char::is_whitespace))
                    .map(|r| (q, r))
            })
            .unwrap_or((Qualifier::Exact, lower.as_str()));
        let rest = rest.trim();
        let (number, multiplier) = if let Some(n) = rest
            .strip_suffix("тыс.")
            .or_else(|| rest.strip_suffix("тыс"))
        {
            (n, 1_000)
        } else if let Some(n) = rest
            .strip_suffix("млн.")
            .or_else(|| rest.strip_suffix("млн"))
        {
            (n, 1_000_000)
        } else {
            (rest, 1)
        };
        let digits: String = number
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
            .collect();
        if digits.is_empty() {
            return Err(fail("no number"));
        }
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(fail(
                "expected a whole number, optionally after более, до, около or почти",
            ));
        }
        let value: u64 = digits.parse().map_err(|_| fail("number too large"))?;
        let value = value
            .checked_mul(multiplier)
            .ok_or_else(|| fail("number too large"))?;
        Ok(Self { qualifier, value })
    }
}

impl TryFrom<&str> for StatedCount {
    type Error = RecordError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl serde::Serialize for StatedCount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.is_exact() {
            serializer.serialize_u64(self.value)
        } else {
            serializer.collect_str(self)
        }
    }
}

impl<'de> serde::Deserialize<'de> for StatedCount {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = StatedCount;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a whole number or a stated count such as \"более 250\"")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<StatedCount, E> {
                Ok(StatedCount::exact(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<StatedCount, E> {
                u64::try_from(v).map(StatedCount::exact).map_err(|_| {
                    E::custom(format_args!(
                        "invalid stated count {v}: a count cannot be negative"
                    ))
                })
            }
            /// A number with a fraction or an exponent: a whole one that is exactly a count
            /// (`250.0`, `2.5e2`) is read, anything else refused with a message that says why.
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<StatedCount, E> {
                // 2^53: from there on an f64 no longer tells neighbouring whole numbers apart
                // (`9007199254740993.0` reads as 2^53), so a count written as a decimal must be
                // below it to be read as written.
                const INEXACT: f64 = 9_007_199_254_740_992.0;
                let reason = if v < 0.0 {
                    "a count cannot be negative"
                } else if v.fract() != 0.0 || !v.is_finite() {
                    "a count is a whole number"
                } else if v >= INEXACT {
                    "out of range for a count written with a fraction or an exponent (at most 9007199254740991)"
                } else {
                    // Whole, non-negative and below 2^53: the cast is exact.
                    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                    return Ok(StatedCount::exact(v as u64));
                };
                let shown = if v.abs() >= 1e15 {
                    format!("{v:e}")
                } else {
                    v.to_string()
                };
                Err(E::custom(format_args!(
                    "invalid stated count {shown}: {reason}"
                )))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<StatedCount, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

#[cfg(any(test, feature = "proptest"))]
impl proptest::arbitrary::Arbitrary for StatedCount {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;
    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        let qualifier = prop_oneof![
            Just(Qualifier::Exact),
            Just(Qualifier::MoreThan),
            Just(Qualifier::UpTo),
            Just(Qualifier::About),
            Just(Qualifier::Almost),
        ];
        (qualifier, 0u64..10_000_000)
            .prop_map(|(q, v)| Self::new(q, v))
            .boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_the_seed_figures() {
        assert_eq!(
            "более 250".parse::<StatedCount>().unwrap(),
            StatedCount::more_than(250)
        );
        assert_eq!("13".parse::<StatedCount>().unwrap(), StatedCount::exact(13));
        assert_eq!("69".parse::<StatedCount>().unwrap(), StatedCount::exact(69));
    }

    #[test]
    fn reads_thousands_and_synonyms() {
        assert_eq!(
            "почти 150 тыс.".parse::<StatedCount>().unwrap(),
            StatedCount::new(Qualifier::Almost, 150_000)
        );
        assert_eq!(
            "свыше 38 тыс".parse::<StatedCount>().unwrap(),
            StatedCount::more_than(38_000)
        );
        assert_eq!(
            "более 40 000".parse::<StatedCount>().unwrap(),
            StatedCount::more_than(40_000)
        );
        assert_eq!(
            "Около 30".parse::<StatedCount>().unwrap(),
            StatedCount::new(Qualifier::About, 30)
        );
        assert_eq!(
            "up to 18".parse::<StatedCount>().unwrap(),
            StatedCount::new(Qualifier::UpTo, 18)
        );
    }

    #[test]
    fn reads_a_whole_json_float_and_refuses_one_out_of_range_or_with_a_fraction() {
        let read =
            |json: &str| serde_json::from_str::<StatedCount>(json).map_err(|e| e.to_string());
        assert_eq!(read("250.0"), Ok(StatedCount::exact(250)));
        assert_eq!(
            read("1e30").unwrap_err(),
            "invalid stated count 1e30: out of range for a count written with a fraction or an exponent (at most 9007199254740991) at line 1 column 4"
        );
        // 2^53 + 1 reads as 2^53: refused, not rounded; the largest exact one is read.
        assert_eq!(
            read("9007199254740993.0").unwrap_err(),
            "invalid stated count 9.007199254740992e15: out of range for a count written with a fraction or an exponent (at most 9007199254740991) at line 1 column 18"
        );
        assert!(read("9007199254740992.0").is_err());
        assert_eq!(
            read("9007199254740991.0"),
            Ok(StatedCount::exact(9_007_199_254_740_991))
        );
        // Written as a whole number, any u64 is exact.
        assert_eq!(
            read("9007199254740993"),
            Ok(StatedCount::exact(9_007_199_254_740_993))
        );
        assert_eq!(
            read("2.5").unwrap_err(),
            "invalid stated count 2.5: a count is a whole number at line 1 column 3"
        );
        assert_eq!(
            read("-1e20").unwrap_err(),
            "invalid stated count -1e20: a count cannot be negative at line 1 column 5"
        );
    }

    #[test]
    fn rejects_text_without_a_number_with_a_message() {
        let err = "более".parse::<StatedCount>().unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid stated count "более": no number"#
        );
        let err = "много".parse::<StatedCount>().unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid stated count "много": expected a whole number, optionally after более, до, около or почти"#
        );
        let err = "-5".parse::<StatedCount>().unwrap_err();
        assert!(err.to_string().starts_with(r#"invalid stated count "-5""#));
        let err = "99999999999999999999".parse::<StatedCount>().unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid stated count "99999999999999999999": number too large"#
        );
    }

    #[test]
    fn json_writes_exact_counts_as_numbers_and_qualified_ones_as_text() {
        assert_eq!(
            serde_json::to_string(&StatedCount::exact(13)).unwrap(),
            "13"
        );
        assert_eq!(
            serde_json::to_string(&StatedCount::more_than(250)).unwrap(),
            "\"более 250\""
        );
        let err = serde_json::from_str::<StatedCount>("-3").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("invalid stated count -3: a count cannot be negative")
        );
    }

    proptest! {
        #[test]
        fn display_then_parse_is_identity(c in any::<StatedCount>()) {
            prop_assert_eq!(c.to_string().parse::<StatedCount>().unwrap(), c);
        }

        #[test]
        fn json_round_trip_is_identity(c in any::<StatedCount>()) {
            let json = serde_json::to_string(&c).unwrap();
            prop_assert_eq!(serde_json::from_str::<StatedCount>(&json).unwrap(), c);
        }
    }
}
