//! The taxpayer identification number (ИНН).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::digits::{read_digits, weighted_sum};
use super::{IdentifierErrorKind, ValueError};

/// Weights of the check digit of a 10-digit ИНН (an organisation).
const WEIGHTS_10: [u32; 9] = [2, 4, 10, 3, 5, 9, 4, 6, 8];
/// Weights of the 11th digit of a 12-digit ИНН (an individual).
const WEIGHTS_11: [u32; 10] = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
/// Weights of the 12th digit of a 12-digit ИНН (an individual).
const WEIGHTS_12: [u32; 11] = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/// A taxpayer identification number (ИНН): 10 digits for an organisation, 12 for an
/// individual (including an individual entrepreneur), with its check digits verified.
///
/// The first four digits are the code of the tax office that assigned the number; its first
/// two are a tax-office region code, which is not always the code of a federal subject, so the
/// prefix is never checked (the real ИНН `7830002293` starts with 78, and `005826107187` with
/// 00). The check digit of a 10-digit ИНН is the weighted sum of the first nine digits (weights
/// 2, 4, 10, 3, 5, 9, 4, 6, 8) mod 11, then mod 10; a 12-digit ИНН has two such check digits.
///
/// The canonical text is the digits alone; nothing else is accepted (no spaces, no prefix).
///
/// # Example
/// ```
/// use social_services::values::Inn;
///
/// // ПАО Сбербанк, from its registry card.
/// let inn: Inn = "7707083893".parse()?;
/// assert!(inn.is_organisation());
/// assert_eq!(inn.tax_office_code(), "7707");
/// assert_eq!(inn.to_string(), "7707083893");
///
/// let err = "7707083890".parse::<Inn>().unwrap_err();
/// assert_eq!(err.to_string(), r#"invalid ИНН "7707083890": check digit is 0, expected 3"#);
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Inn {
    /// ASCII digits, padded with zero bytes after a 10-digit number (so the derived order is
    /// the order of the text).
    ascii: [u8; 12],
    /// 10 or 12.
    len: u8,
}

impl Inn {
    /// Whether this is the 10-digit ИНН of an organisation (a 12-digit one belongs to an
    /// individual).
    ///
    /// # Example
    /// ```
    /// use social_services::values::Inn;
    ///
    /// assert!("7707083893".parse::<Inn>()?.is_organisation());
    /// assert!(!"500100732259".parse::<Inn>()?.is_organisation());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn is_organisation(&self) -> bool {
        self.len == 10
    }

    /// The code of the tax office that assigned the number: its first four digits.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Inn;
    ///
    /// let inn: Inn = "7830002293".parse()?;
    /// assert_eq!(inn.tax_office_code(), "7830");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn tax_office_code(&self) -> &str {
        &self.as_str()[..4]
    }

    /// The canonical text: the 10 or 12 digits.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Inn;
    ///
    /// let inn: Inn = "500100732259".parse()?;
    /// assert_eq!(inn.as_str(), "500100732259");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        // Only ASCII digits are ever stored, so the text is always UTF-8.
        std::str::from_utf8(&self.ascii[..usize::from(self.len)]).unwrap_or_default()
    }

    /// Builds an ИНН from digits (each 0–9) whose check digits have been verified.
    fn from_verified(digits: &[u8]) -> Self {
        let mut ascii = [0; 12];
        for (slot, &d) in ascii.iter_mut().zip(digits) {
            *slot = b'0' + d;
        }
        Inn {
            ascii,
            // 10 or 12: the lengths `read_digits` was given.
            #[allow(clippy::cast_possible_truncation)]
            len: digits.len() as u8,
        }
    }
}

/// The check digit over `digits` with `weights`: the weighted sum mod 11, then mod 10.
fn check_digit(digits: &[u8], weights: &[u32]) -> u8 {
    // Below 10 after `% 10`, so the cast cannot truncate.
    #[allow(clippy::cast_possible_truncation)]
    let digit = (weighted_sum(digits, weights) % 11 % 10) as u8;
    digit
}

/// The two check digits of a 12-digit ИНН from its first ten digits.
fn check_digits_12(first_ten: &[u8]) -> (u8, u8) {
    let eleventh = check_digit(first_ten, &WEIGHTS_11);
    let mut first_eleven = [0; 11];
    first_eleven[..10].copy_from_slice(&first_ten[..10]);
    first_eleven[10] = eleventh;
    (eleventh, check_digit(&first_eleven, &WEIGHTS_12))
}

/// Reads and checks the digits; the reason only, the caller adds the input.
fn parse(s: &str) -> Result<Inn, IdentifierErrorKind> {
    let digits = read_digits(s, &[10, 12], "10 or 12 digits")?;
    let d = digits.as_slice();
    if d.len() == 10 {
        let expected = check_digit(&d[..9], &WEIGHTS_10);
        if d[9] != expected {
            return Err(IdentifierErrorKind::CheckDigit {
                found: d[9],
                expected,
            });
        }
    } else {
        let (eleventh, twelfth) = check_digits_12(&d[..10]);
        if (d[10], d[11]) != (eleventh, twelfth) {
            return Err(IdentifierErrorKind::CheckDigits {
                found: d[10] * 10 + d[11],
                expected: eleventh * 10 + twelfth,
            });
        }
    }
    Ok(Inn::from_verified(d))
}

impl FromStr for Inn {
    type Err = ValueError;

    /// Reads an ИНН from its 10 or 12 digits.
    ///
    /// # Errors
    /// [`ValueError::Inn`] when the text is empty, holds anything but ASCII digits (a Cyrillic
    /// `О` or `З` is named as a look-alike), has neither 10 nor 12 digits, or fails a check
    /// digit (both check digits of a 12-digit ИНН are reported together).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s).map_err(|kind| ValueError::Inn {
            input: s.to_owned(),
            kind,
        })
    }
}

text_conversions!(Inn);

impl fmt::Display for Inn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Inn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Inn({})", self.as_str())
    }
}

#[cfg(any(test, feature = "proptest"))]
impl proptest::arbitrary::Arbitrary for Inn {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    /// Organisations' and individuals' numbers, any digits, with their check digits.
    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        prop_oneof![
            proptest::array::uniform9(0u8..10).prop_map(|body| {
                let mut d = [0; 10];
                d[..9].copy_from_slice(&body);
                d[9] = check_digit(&body, &WEIGHTS_10);
                Inn::from_verified(&d)
            }),
            proptest::array::uniform10(0u8..10).prop_map(|body| {
                let mut d = [0; 12];
                d[..10].copy_from_slice(&body);
                (d[10], d[11]) = check_digits_12(&body);
                Inn::from_verified(&d)
            }),
        ]
        .boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn kind(input: &str) -> IdentifierErrorKind {
        match input.parse::<Inn>() {
            Err(ValueError::Inn { kind, .. }) => kind,
            other => panic!("expected an ИНН error for {input:?}, got {other:?}"),
        }
    }

    #[test]
    fn accepts_published_organisation_numbers() {
        for (inn, source) in [
            ("7707083893", "ПАО Сбербанк, registry card (ЕГРЮЛ)"),
            ("7736050003", "ПАО «Газпром», registry card (ЕГРЮЛ)"),
            ("7736207543", "ООО «Яндекс», registry card (ЕГРЮЛ)"),
            (
                "7707329152",
                "ФНС России, the prefix of its open-data sets on nalog.gov.ru",
            ),
            (
                "7830002293",
                "DESIGN.md; the 10-digit example of many validators",
            ),
            ("0273074555", "python-stdnum tests/test_ru_inn.doctest"),
        ] {
            let parsed: Inn = inn.parse().unwrap_or_else(|e| panic!("{source}: {e}"));
            assert!(parsed.is_organisation(), "{source}");
            assert_eq!(parsed.as_str(), inn, "{source}");
        }
    }

    #[test]
    fn accepts_published_individual_numbers() {
        for (inn, source) in [
            ("500100732259", "the 12-digit sample of many validators"),
            ("005826107187", "python-stdnum tests/test_ru_inn.doctest"),
        ] {
            let parsed: Inn = inn.parse().unwrap_or_else(|e| panic!("{source}: {e}"));
            assert!(!parsed.is_organisation(), "{source}");
            assert_eq!(parsed.as_str(), inn, "{source}");
        }
    }

    #[test]
    fn does_not_reject_on_the_region_prefix() {
        // 78 is Санкт-Петербург's tax-office region code; 00 is no federal subject at all,
        // yet 005826107187 is a published, valid ИНН (python-stdnum's test list).
        assert_eq!(
            "7830002293".parse::<Inn>().unwrap().tax_office_code(),
            "7830"
        );
        assert_eq!(
            "005826107187".parse::<Inn>().unwrap().tax_office_code(),
            "0058"
        );
    }

    #[test]
    fn rejects_inn_with_wrong_check_digit() {
        // 7830002293 with its check digit changed (the error.rs example).
        let err = "7830002290".parse::<Inn>().unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid ИНН "7830002290": check digit is 0, expected 3"#
        );
        // Сбербанк's ИНН with its check digit changed.
        assert_eq!(
            kind("7707083894"),
            IdentifierErrorKind::CheckDigit {
                found: 4,
                expected: 3
            }
        );
    }

    #[test]
    fn reports_both_check_digits_of_an_individual_number_together() {
        // 500100732259 with its last digit changed, then with its 11th digit changed.
        assert_eq!(
            "500100732258".parse::<Inn>().unwrap_err().to_string(),
            r#"invalid ИНН "500100732258": check digits are 58, expected 59"#
        );
        assert_eq!(
            kind("500100732209"),
            IdentifierErrorKind::CheckDigits {
                found: 9,
                expected: 59
            }
        );
        // A changed body digit (the 7th), so that both check digits are wrong.
        assert_eq!(
            kind("500101732259"),
            IdentifierErrorKind::CheckDigits {
                found: 59,
                expected: 5
            }
        );
    }

    #[test]
    fn rejects_inn_of_wrong_length() {
        // Сбербанк's ИНН missing its last digit; 11 digits is neither kind.
        assert_eq!(
            "770708389".parse::<Inn>().unwrap_err().to_string(),
            r#"invalid ИНН "770708389": expected 10 or 12 digits, found 9 characters"#
        );
        assert_eq!(
            kind("77070838931"),
            IdentifierErrorKind::Length {
                expected: "10 or 12 digits",
                found: 11
            }
        );
    }

    #[test]
    fn rejects_inn_with_non_digits() {
        assert_eq!(
            "7707-083893".parse::<Inn>().unwrap_err().to_string(),
            r#"invalid ИНН "7707-083893": character '-' at position 5 is not a digit"#
        );
        // Surrounding white space is not trimmed: the canonical text is the digits alone.
        assert!(matches!(
            kind(" 7707083893"),
            IdentifierErrorKind::Character { position: 1, .. }
        ));
    }

    #[test]
    fn names_a_cyrillic_look_alike_in_an_inn() {
        // Сбербанк's ИНН typed with a Cyrillic О for the zero.
        assert_eq!(
            "77О7083893".parse::<Inn>().unwrap_err().to_string(),
            r#"invalid ИНН "77О7083893": character 'О' at position 3 is a Cyrillic letter that looks like '0'"#
        );
    }

    #[test]
    fn rejects_empty_inn() {
        assert_eq!(
            "".parse::<Inn>().unwrap_err().to_string(),
            r#"invalid ИНН "": empty"#
        );
    }

    #[test]
    fn every_way_in_is_the_same_parser() {
        let from_str: Inn = "7707083893".parse().unwrap();
        assert_eq!(Inn::try_from("7707083893").unwrap(), from_str);
        assert_eq!(Inn::try_from(String::from("7707083893")).unwrap(), from_str);
        assert_eq!(String::from(from_str), "7707083893");
        assert_eq!(format!("{from_str:?}"), "Inn(7707083893)");
    }

    #[test]
    fn bad_json_fails_with_the_from_str_message() {
        let from_str = "7830002290".parse::<Inn>().unwrap_err().to_string();
        let json = serde_json::from_value::<Inn>(serde_json::json!("7830002290")).unwrap_err();
        assert_eq!(json.to_string(), from_str);
    }

    #[test]
    fn orders_as_the_text_does() {
        let a: Inn = "500100732259".parse().unwrap();
        let b: Inn = "7707083893".parse().unwrap();
        let c: Inn = "7736050003".parse().unwrap();
        assert!(a < b && b < c);
    }

    /// The remainders mod 11 of the check sums of an ИНН (one for 10 digits, two for 12).
    fn remainders(d: &[u8]) -> Vec<u32> {
        if d.len() == 10 {
            vec![weighted_sum(&d[..9], &WEIGHTS_10) % 11]
        } else {
            vec![
                weighted_sum(&d[..10], &WEIGHTS_11) % 11,
                weighted_sum(&d[..11], &WEIGHTS_12) % 11,
            ]
        }
    }

    proptest! {
        #[test]
        fn display_then_parse_gives_the_same_inn(inn in any::<Inn>()) {
            prop_assert_eq!(inn.to_string().parse::<Inn>().unwrap(), inn);
        }

        #[test]
        fn json_round_trip_gives_the_same_inn(inn in any::<Inn>()) {
            let json = serde_json::to_string(&inn).unwrap();
            prop_assert_eq!(&json, &format!("\"{inn}\""));
            prop_assert_eq!(serde_json::from_str::<Inn>(&json).unwrap(), inn);
        }

        /// A change of one digit is rejected, except where the rule provably cannot see it.
        ///
        /// A check digit is `r mod 10` for a remainder `r` mod 11 of a weighted sum. Changing
        /// a check digit alone is always seen (the remainders do not move). Changing a body
        /// digit by `δ` moves each remainder by `w·δ mod 11`, never 0 (11 is prime, `w` and
        /// `δ` are 1–10 and 1–9), so the only change a check digit cannot see is a remainder
        /// moving between 0 and 10 (both give check digit 0). A 12-digit ИНН misses a change
        /// only if both of its remainders do that.
        #[test]
        fn a_changed_digit_is_rejected_unless_the_rule_cannot_see_it(
            inn in any::<Inn>(),
            position in 0usize..12,
            step in 1u8..10,
        ) {
            let original: Vec<u8> = inn.as_str().bytes().map(|b| b - b'0').collect();
            let position = position % original.len();
            let mut changed = original.clone();
            changed[position] = (changed[position] + step) % 10;
            let text: String = changed.iter().map(|d| char::from(b'0' + d)).collect();

            let body_len = if inn.is_organisation() { 9 } else { 10 };
            let (before, after) = (remainders(&original), remainders(&changed));
            if position < body_len {
                // A body digit moves every remainder (the weights and 11 are coprime).
                for (b, a) in before.iter().zip(&after) {
                    prop_assert_ne!(b, a);
                }
            }
            // The collisions: every remainder moved between 0 and 10.
            let undetectable = position < body_len
                && before
                    .iter()
                    .zip(&after)
                    .all(|pair| matches!(pair, (0, 10) | (10, 0)));
            prop_assert_eq!(text.parse::<Inn>().is_ok(), undetectable, "{} -> {}", inn, text);
        }
    }

    #[test]
    fn a_remainder_moving_between_0_and_10_is_the_one_change_a_check_digit_misses() {
        // 000000000|0: weighted sum 0, remainder 0, check digit 0. Changing the 5th digit
        // (weight 5) from 0 to 2 gives sum 10, remainder 10, check digit 10 mod 10 = 0 again:
        // both numbers pass, so a digit changed between them cannot be caught.
        assert_eq!(weighted_sum(&[0; 9], &WEIGHTS_10) % 11, 0);
        assert_eq!(
            weighted_sum(&[0, 0, 0, 0, 2, 0, 0, 0, 0], &WEIGHTS_10) % 11,
            10
        );
        assert!("0000000000".parse::<Inn>().is_ok());
        assert!("0000200000".parse::<Inn>().is_ok());
    }
}
