//! Russian telephone numbers, normalised to E.164 (`+7XXXXXXXXXX`).

use std::fmt;
use std::str::FromStr;

use super::ValueError;
use super::digits::digit_look_alike;

/// The smallest national number: ten digits, the first of them at least 3.
#[cfg(any(test, feature = "proptest"))]
const MIN_NATIONAL: u64 = 3_000_000_000;
/// The largest national number.
const MAX_NATIONAL: u64 = 9_999_999_999;
/// The first three digits of toll-free numbers (`8 800 …`).
const TOLL_FREE_CODE: u64 = 800;

/// A Russian telephone number: country code 7 and a ten-digit national number.
///
/// The text is read leniently and kept in one canonical form, E.164 `+7XXXXXXXXXX`:
///
/// - separators are ignored: spaces (also no-break spaces), `-` and the Unicode hyphens and
///   en dash, `.`, and one pair of parentheses around a code: `+7 (4932) 12-34-56`,
///   `8-800-555-35-35`, `+7 4872 123456`, `8.4872.12.34.56`;
/// - the digits are either the ten of the national number (`4872123456`), or eleven with the
///   trunk prefix `8` (`84872123456`) or the country code `7` (`74872123456`) in front; after a
///   leading `+` they must be eleven and start with the country code `7`;
/// - the national number starts with 3, 4 (geographic codes), 8 (non-geographic: 800 toll-free
///   and others) or 9 (mobile). Numbers with country code 7 starting with 6 or 7 are
///   Kazakhstan's, and 0, 1, 2 and 5 start no number, so these are rejected;
/// - letters, extensions (`доб. 12`) and other characters are rejected; a Cyrillic `О` or `З`
///   among the digits is named as a look-alike of `0` or `3`.
///
/// [`formatted`](Phone::formatted) gives the form people read. The value stores the national
/// number as an integer: it is `Copy` and never allocates. Numbers are ordered by their digits.
///
/// # Example
/// ```
/// use social_services::values::Phone;
///
/// let phone: Phone = "8 (4872) 12-34-56".parse()?;
/// assert_eq!(phone.to_string(), "+74872123456");
/// assert_eq!(phone.formatted(), "+7 (487) 212-34-56");
/// assert_eq!(phone, "+7 4872 123456".parse()?);
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct Phone {
    /// The ten digits after the country code, 3 000 000 000 to 9 999 999 999.
    national: u64,
}

/// What is wrong with a telephone number.
///
/// # Example
/// ```
/// use social_services::{values::{Phone, PhoneErrorKind}, ValueError};
///
/// match "+375 29 123-45-67".parse::<Phone>() {
///     Err(ValueError::Phone { kind, .. }) => assert_eq!(kind, PhoneErrorKind::CountryCode),
///     other => panic!("unexpected {other:?}"),
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PhoneErrorKind {
    /// The text is empty (or only white space).
    #[error("empty")]
    Empty,
    /// A character that is neither a digit nor a separator.
    #[error("character {found:?} at position {position} is not allowed in a phone number")]
    Character {
        /// One-based position of the character, counted in characters.
        position: usize,
        /// The character found.
        found: char,
    },
    /// A Cyrillic letter that looks like the digit that belongs there.
    #[error(
        "character {found:?} at position {position} is a Cyrillic letter that looks like {looks_like:?}"
    )]
    LookAlike {
        /// One-based position of the character, counted in characters.
        position: usize,
        /// The Cyrillic character found.
        found: char,
        /// The digit it looks like.
        looks_like: char,
    },
    /// Parentheses that are unbalanced, nested or more than one pair.
    #[error("parentheses are unbalanced or more than one pair")]
    Parentheses,
    /// The number after a leading `+` does not start with Russia's country code 7.
    #[error("country code is not 7")]
    CountryCode,
    /// Eleven digits without `+` that start with neither the trunk prefix 8 nor the country
    /// code 7.
    #[error("11 digits start with {found}, expected 8 or 7")]
    Prefix {
        /// The first digit found.
        found: u8,
    },
    /// Too few or too many digits.
    #[error("expected {expected}, found {found} digits")]
    DigitCount {
        /// The allowed numbers of digits in words.
        expected: &'static str,
        /// The number of digits found.
        found: usize,
    },
    /// The national number starts with a digit that starts no Russian number.
    #[error("national number starts with {found}, expected 3, 4, 8 or 9")]
    NationalPrefix {
        /// The first digit of the national number.
        found: u8,
    },
}

impl Phone {
    /// Builds a number from its ten national digits (without the country code or trunk
    /// prefix), e.g. `4_872_123_456` for `+7 (4872) 12-34-56`.
    ///
    /// # Errors
    /// [`ValueError::Phone`] when the number has not ten digits or its first digit is not 3,
    /// 4, 8 or 9.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Phone;
    ///
    /// let phone = Phone::from_national_number(8_005_553_535)?;
    /// assert_eq!(phone.to_string(), "+78005553535");
    /// assert!(Phone::from_national_number(123).is_err());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn from_national_number(national: u64) -> Result<Self, ValueError> {
        let error = |kind| ValueError::Phone {
            input: national.to_string(),
            kind,
        };
        if !(1_000_000_000..=MAX_NATIONAL).contains(&national) {
            return Err(error(PhoneErrorKind::DigitCount {
                expected: "10 digits",
                found: national.to_string().len(),
            }));
        }
        check_national(national).map_err(error)
    }

    /// The ten digits after the country code, as an integer.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Phone;
    ///
    /// let phone: Phone = "+7 (4932) 12-34-56".parse()?;
    /// assert_eq!(phone.national_number(), 4_932_123_456);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn national_number(self) -> u64 {
        self.national
    }

    /// Whether this is a toll-free number, national code 800 (`8 800 …`).
    ///
    /// # Example
    /// ```
    /// use social_services::values::Phone;
    ///
    /// assert!("8-800-555-35-35".parse::<Phone>()?.is_toll_free());
    /// assert!(!"+7 4872 123456".parse::<Phone>()?.is_toll_free());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn is_toll_free(self) -> bool {
        self.national / 10_000_000 == TOLL_FREE_CODE
    }

    /// Whether this is a mobile number, national number starting with 9.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Phone;
    ///
    /// assert!("8 (910) 123-45-67".parse::<Phone>()?.is_mobile());
    /// assert!(!"8 (4872) 12-34-56".parse::<Phone>()?.is_mobile());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn is_mobile(self) -> bool {
        self.national / 1_000_000_000 == 9
    }

    /// The number as people write it: `+7 (XXX) XXX-XX-XX`, and `8 (800) XXX-XX-XX` for
    /// toll-free numbers (dialled with the trunk prefix within Russia).
    ///
    /// The three digits in parentheses are the code of the numbering plan (ABC or DEF); a
    /// city's longer dialling code such as 4932 runs on into the next group, which is how the
    /// plan itself writes them. The result parses back to the same number.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Phone;
    ///
    /// let phone: Phone = "+7 (4932) 12-34-56".parse()?;
    /// assert_eq!(phone.formatted(), "+7 (493) 212-34-56");
    /// let free: Phone = "88005553535".parse()?;
    /// assert_eq!(free.formatted(), "8 (800) 555-35-35");
    /// assert_eq!(free.formatted().parse::<Phone>()?, free);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn formatted(self) -> String {
        let n = self.national;
        let code = n / 10_000_000;
        let first = n / 10_000 % 1000;
        let second = n / 100 % 100;
        let third = n % 100;
        let prefix = if self.is_toll_free() { "8" } else { "+7" };
        format!("{prefix} ({code:03}) {first:03}-{second:02}-{third:02}")
    }
}

/// Checks the first digit of a ten-digit national number.
fn check_national(national: u64) -> Result<Phone, PhoneErrorKind> {
    let first = national / 1_000_000_000;
    if matches!(first, 3 | 4 | 8 | 9) {
        Ok(Phone { national })
    } else {
        // `first` is a single digit, so the cast cannot truncate.
        #[allow(clippy::cast_possible_truncation)]
        let found = first as u8;
        Err(PhoneErrorKind::NationalPrefix { found })
    }
}

/// Whether `c` separates groups of digits and is otherwise ignored.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{202f}' | '-' | '\u{2010}'..='\u{2013}' | '.'
    )
}

/// Reads a number in any of the accepted layouts.
fn parse(input: &str) -> Result<Phone, PhoneErrorKind> {
    if input.trim().is_empty() {
        return Err(PhoneErrorKind::Empty);
    }
    let mut value: u64 = 0;
    let mut count = 0;
    let mut first_digit = 0;
    let mut plus = false;
    let mut started = false;
    // 0: no parenthesis yet, 1: inside the pair, 2: after the pair.
    let mut parens = 0;
    for (index, c) in input.chars().enumerate() {
        let position = index + 1;
        match c {
            '0'..='9' => {
                let d = u64::from(c) - u64::from('0');
                if count == 0 {
                    // A single digit: the cast cannot truncate.
                    #[allow(clippy::cast_possible_truncation)]
                    let d = d as u8;
                    first_digit = d;
                }
                if count < 11 {
                    value = value * 10 + d;
                }
                count += 1;
                started = true;
            }
            '+' if !started => {
                plus = true;
                started = true;
            }
            '(' if parens == 0 => {
                parens = 1;
                started = true;
            }
            ')' if parens == 1 => parens = 2,
            '(' | ')' => return Err(PhoneErrorKind::Parentheses),
            c if is_separator(c) => {}
            c => {
                return Err(match digit_look_alike(c) {
                    Some(looks_like) => PhoneErrorKind::LookAlike {
                        position,
                        found: c,
                        looks_like,
                    },
                    None => PhoneErrorKind::Character { position, found: c },
                });
            }
        }
    }
    if parens == 1 {
        return Err(PhoneErrorKind::Parentheses);
    }
    let national = if plus {
        if count == 0 || first_digit != 7 {
            return Err(PhoneErrorKind::CountryCode);
        }
        if count != 11 {
            return Err(PhoneErrorKind::DigitCount {
                expected: "11 digits after '+'",
                found: count,
            });
        }
        value % 10_000_000_000
    } else {
        match count {
            10 => value,
            11 if matches!(first_digit, 7 | 8) => value % 10_000_000_000,
            11 => return Err(PhoneErrorKind::Prefix { found: first_digit }),
            _ => {
                return Err(PhoneErrorKind::DigitCount {
                    expected: "10 digits, or 11 starting with 8 or 7",
                    found: count,
                });
            }
        }
    };
    check_national(national)
}

impl FromStr for Phone {
    type Err = ValueError;

    /// Reads a Russian number in any of the layouts described on [`Phone`].
    ///
    /// # Errors
    /// [`ValueError::Phone`] when the text has other characters than digits and separators,
    /// the wrong number of digits, another country code than 7, or a national number that
    /// starts with a digit other than 3, 4, 8 or 9.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s).map_err(|kind| ValueError::Phone {
            input: s.to_owned(),
            kind,
        })
    }
}

impl fmt::Display for Phone {
    /// The E.164 form, `+7` and the ten national digits.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "+7{:010}", self.national)
    }
}

text_conversions!(Phone);

#[cfg(any(test, feature = "proptest"))]
impl proptest::arbitrary::Arbitrary for Phone {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    /// Valid numbers of every kind: geographic (3, 4), toll-free (800), other
    /// non-geographic (8) and mobile (9).
    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        prop_oneof![
            3 => MIN_NATIONAL..5_000_000_000u64,
            1 => (TOLL_FREE_CODE * 10_000_000)..(TOLL_FREE_CODE + 1) * 10_000_000,
            1 => 8_000_000_000..9_000_000_000u64,
            3 => 9_000_000_000..=MAX_NATIONAL,
        ]
        .prop_map(|national| Phone { national })
        .boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn phone(s: &str) -> Phone {
        s.parse().unwrap_or_else(|e| panic!("{s:?}: {e}"))
    }

    fn kind(s: &str) -> PhoneErrorKind {
        match s.parse::<Phone>() {
            Err(ValueError::Phone { kind, .. }) => kind,
            other => panic!("{s:?}: unexpected {other:?}"),
        }
    }

    #[test]
    fn reads_international_form_with_parentheses_and_dashes() {
        assert_eq!(phone("+7 (4932) 12-34-56").to_string(), "+74932123456");
    }

    #[test]
    fn reads_trunk_prefix_8() {
        assert_eq!(phone("8 (4872) 12-34-56").to_string(), "+74872123456");
        assert_eq!(phone("84872123456").to_string(), "+74872123456");
    }

    #[test]
    fn reads_toll_free_with_dashes() {
        assert_eq!(phone("8-800-555-35-35").to_string(), "+78005553535");
    }

    #[test]
    fn reads_spaces_dots_and_no_break_spaces() {
        assert_eq!(phone("+7 4872 123456").to_string(), "+74872123456");
        assert_eq!(phone("8.4872.12.34.56").to_string(), "+74872123456");
        assert_eq!(
            phone("+7\u{a0}4872\u{a0}12–34–56").to_string(),
            "+74872123456"
        );
    }

    #[test]
    fn reads_ten_national_digits_and_country_code_without_plus() {
        assert_eq!(phone("(910) 123-45-67").to_string(), "+79101234567");
        assert_eq!(phone("74872123456").to_string(), "+74872123456");
    }

    #[test]
    fn formats_geographic_and_mobile_with_plus_seven() {
        assert_eq!(phone("84872123456").formatted(), "+7 (487) 212-34-56");
        assert_eq!(phone("89101234567").formatted(), "+7 (910) 123-45-67");
    }

    #[test]
    fn formats_toll_free_with_trunk_prefix() {
        assert_eq!(phone("+78005553535").formatted(), "8 (800) 555-35-35");
        // 8-804 is non-geographic but not toll-free.
        assert_eq!(phone("88041234567").formatted(), "+7 (804) 123-45-67");
    }

    #[test]
    fn classifies_mobile_and_toll_free() {
        assert!(phone("+79101234567").is_mobile());
        assert!(phone("+78005553535").is_toll_free());
        assert!(!phone("+78045553535").is_toll_free());
        assert!(!phone("+74872123456").is_mobile());
    }

    #[test]
    fn rejects_empty_input() {
        assert_eq!(kind(""), PhoneErrorKind::Empty);
        assert_eq!(kind("   "), PhoneErrorKind::Empty);
    }

    #[test]
    fn rejects_letters() {
        let err = "+7 4872 12345x".parse::<Phone>().unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid phone "+7 4872 12345x": character 'x' at position 14 is not allowed in a phone number"#
        );
        assert!(matches!(
            kind("8 (4872) 12-34-56 доб. 12"),
            PhoneErrorKind::Character { found: 'д', .. }
        ));
    }

    #[test]
    fn names_cyrillic_look_alike_of_zero() {
        let err = "8 8О0 555 35 35".parse::<Phone>().unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid phone "8 8О0 555 35 35": character 'О' at position 4 is a Cyrillic letter that looks like '0'"#
        );
    }

    #[test]
    fn rejects_plus_after_digits() {
        assert_eq!(
            kind("8+74872123456"),
            PhoneErrorKind::Character {
                position: 2,
                found: '+'
            }
        );
    }

    #[test]
    fn rejects_unbalanced_or_repeated_parentheses() {
        let err = "+7 (4872 12-34-56".parse::<Phone>().unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid phone "+7 (4872 12-34-56": parentheses are unbalanced or more than one pair"#
        );
        assert_eq!(kind("+7 4872) 123456"), PhoneErrorKind::Parentheses);
        assert_eq!(kind("+7 (4872) (12) 3456"), PhoneErrorKind::Parentheses);
    }

    #[test]
    fn rejects_other_country_code() {
        let err = "+375 29 123-45-67".parse::<Phone>().unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid phone "+375 29 123-45-67": country code is not 7"#
        );
        assert_eq!(kind("+"), PhoneErrorKind::CountryCode);
    }

    #[test]
    fn rejects_eleven_digits_without_trunk_prefix_or_country_code() {
        let err = "34872123456".parse::<Phone>().unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid phone "34872123456": 11 digits start with 3, expected 8 or 7"#
        );
    }

    #[test]
    fn rejects_too_few_or_too_many_digits() {
        let err = "12-34-56".parse::<Phone>().unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid phone "12-34-56": expected 10 digits, or 11 starting with 8 or 7, found 6 digits"#
        );
        let err = "+7 4872 1234567".parse::<Phone>().unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid phone "+7 4872 1234567": expected 11 digits after '+', found 12 digits"#
        );
        assert!(matches!(
            kind("8 4872 123456 78 90 12 34 56 78"),
            PhoneErrorKind::DigitCount { found: 23, .. }
        ));
    }

    #[test]
    fn rejects_national_number_starting_with_a_digit_no_russian_number_has() {
        let err = "+7 (727) 123-45-67".parse::<Phone>().unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid phone "+7 (727) 123-45-67": national number starts with 7, expected 3, 4, 8 or 9"#
        );
        for bad in [
            "80123456789",
            "+71234567890",
            "+72234567890",
            "5234567890",
            "6234567890",
        ] {
            assert!(
                matches!(kind(bad), PhoneErrorKind::NationalPrefix { .. }),
                "{bad}"
            );
        }
    }

    #[test]
    fn builds_from_national_number() {
        assert_eq!(
            Phone::from_national_number(4_872_123_456).unwrap(),
            phone("+74872123456")
        );
        let err = Phone::from_national_number(487_212_345).unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid phone "487212345": expected 10 digits, found 9 digits"#
        );
        let err = Phone::from_national_number(2_872_123_456).unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid phone "2872123456": national number starts with 2, expected 3, 4, 8 or 9"#
        );
    }

    #[test]
    fn orders_by_digits() {
        assert!(phone("+73000000000") < phone("+79999999999"));
    }

    #[test]
    fn serializes_as_e164_string() {
        let json = serde_json::to_string(&phone("8 (4872) 12-34-56")).unwrap();
        assert_eq!(json, r#""+74872123456""#);
    }

    #[test]
    fn bad_json_fails_with_the_from_str_message() {
        let json = serde_json::json!("+375 29 123-45-67");
        let err = serde_json::from_value::<Phone>(json).unwrap_err();
        let expected = "+375 29 123-45-67".parse::<Phone>().unwrap_err();
        assert_eq!(err.to_string(), expected.to_string());
    }

    proptest! {
        #[test]
        fn display_parses_back(p: Phone) {
            prop_assert_eq!(p.to_string().parse::<Phone>().unwrap(), p);
        }

        #[test]
        fn formatted_parses_back(p: Phone) {
            prop_assert_eq!(p.formatted().parse::<Phone>().unwrap(), p);
        }

        #[test]
        fn json_round_trips(p: Phone) {
            let json = serde_json::to_string(&p).unwrap();
            prop_assert_eq!(serde_json::from_str::<Phone>(&json).unwrap(), p);
        }
    }
}
