//! The individual insurance account number (СНИЛС).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::digits::digit_look_alike;
use super::{IdentifierErrorKind, ValueError};

/// The layouts [`Snils`] reads, in words.
const LAYOUTS: &str = "NNN-NNN-NNN NN or NNNNNNNNNNN";

/// The largest number (first nine digits) that carries no checksum: 001-001-998.
const LAST_WITHOUT_CHECKSUM: u32 = 1_001_998;

/// An individual insurance account number (СНИЛС): nine digits of the number and two check
/// digits, verified.
///
/// The check digits are the sum of the first nine digits weighted 9, 8, … 1, mod 101, then mod
/// 100 (so sums giving 100 and 101 both give `00`). Numbers up to 001-001-998 were issued
/// before the checksum and carry none: any check digits are accepted for them.
///
/// The canonical text is `NNN-NNN-NNN NN`; the eleven digits alone are read too. A СНИЛС is
/// personal data: [`Debug`](fmt::Debug) and the input quoted in a [`ValueError::Snils`] show
/// only its last two digits, and [`Snils::masked`] gives the same masked text for logs.
/// `Display` and serde give the whole number, since that is what they are for.
///
/// # Example
/// ```
/// use social_services::values::Snils;
///
/// // The well-known sample СНИЛС.
/// let snils: Snils = "11223344595".parse()?;
/// assert_eq!(snils.to_string(), "112-233-445 95");
/// assert_eq!(format!("{snils:?}"), "Snils(***-***-*** 95)");
///
/// let err = "112-233-445 96".parse::<Snils>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     r#"invalid СНИЛС "***-***-*** 96": check digits are 96, expected 95"#
/// );
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(into = "String")]
pub struct Snils {
    /// The first nine digits as a number, 0–999 999 999.
    number: u32,
    /// The two check digits as a number, 0–99.
    check: u8,
}

impl Snils {
    /// The canonical text with every digit except the two check digits replaced by `*`, for
    /// logs and messages: `***-***-*** 95`.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Snils;
    ///
    /// let snils: Snils = "112-233-445 95".parse()?;
    /// assert_eq!(snils.masked(), "***-***-*** 95");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn masked(&self) -> String {
        format!("***-***-*** {:02}", self.check)
    }
}

/// The check digits of the first nine digits `number`: the weighted sum mod 101, then mod 100.
fn check_digits(number: u32) -> u8 {
    let mut rest = number;
    let mut sum = 0;
    // The last digit has weight 1, the first weight 9.
    for weight in 1..=9 {
        sum += rest % 10 * weight;
        rest /= 10;
    }
    // Below 100 after `% 100`, so the cast cannot truncate.
    #[allow(clippy::cast_possible_truncation)]
    let check = (sum % 101 % 100) as u8;
    check
}

/// Whether `c` is, or is typed for, a digit: the characters masked in an error's input.
fn digit_like(c: char) -> bool {
    c.is_numeric() || digit_look_alike(c).is_some()
}

/// `input` with every digit except the last two replaced by `*`, other characters kept.
fn mask(input: &str) -> String {
    let digits = input.chars().filter(|&c| digit_like(c)).count();
    let keep_from = digits.saturating_sub(2);
    let mut seen = 0;
    input
        .chars()
        .map(|c| {
            if !digit_like(c) {
                return c;
            }
            seen += 1;
            if seen > keep_from { c } else { '*' }
        })
        .collect()
}

/// Whether `s` is laid out as `NNN-NNN-NNN NN` (every character already known to be a digit,
/// `-` or a space).
fn has_canonical_layout(s: &str) -> bool {
    s.len() == 14
        && s.bytes().enumerate().all(|(i, b)| match i {
            3 | 7 => b == b'-',
            11 => b == b' ',
            _ => b.is_ascii_digit(),
        })
}

/// Reads and checks a СНИЛС; the reason only, the caller adds the masked input.
///
/// Checks, in order: empty, each character (a digit, `-` or a space; a Cyrillic look-alike of
/// a digit is named), the number of digits when there are no separators, the layout when
/// there are, then the checksum.
fn parse(s: &str) -> Result<Snils, IdentifierErrorKind> {
    if s.trim().is_empty() {
        return Err(IdentifierErrorKind::Empty);
    }
    let mut separators = false;
    for (index, c) in s.chars().enumerate() {
        let position = index + 1;
        if c.is_ascii_digit() {
            continue;
        }
        if c == '-' || c == ' ' {
            separators = true;
        } else if let Some(looks_like) = digit_look_alike(c) {
            return Err(IdentifierErrorKind::LookAlike {
                position,
                found: c,
                looks_like,
            });
        } else {
            return Err(IdentifierErrorKind::Character {
                position,
                found: c,
                expected: "a digit, hyphen or space",
            });
        }
    }
    if separators {
        if !has_canonical_layout(s) {
            return Err(IdentifierErrorKind::Format { expected: LAYOUTS });
        }
    } else if s.len() != 11 {
        return Err(IdentifierErrorKind::Length {
            expected: "11 digits",
            found: s.len(),
        });
    }
    let mut digits = s.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0');
    let number = digits
        .by_ref()
        .take(9)
        .fold(0, |n, d| n * 10 + u32::from(d));
    let check = digits.fold(0, |n, d| n * 10 + d);
    if number > LAST_WITHOUT_CHECKSUM {
        let expected = check_digits(number);
        if check != expected {
            return Err(IdentifierErrorKind::CheckDigits {
                found: check,
                expected,
            });
        }
    }
    Ok(Snils { number, check })
}

impl FromStr for Snils {
    type Err = ValueError;

    /// Reads a СНИЛС written as `NNN-NNN-NNN NN` or as eleven digits.
    ///
    /// # Errors
    /// [`ValueError::Snils`], with the input masked, when the text is empty, has a character
    /// other than a digit, `-` or a space (a Cyrillic `О` or `З` is named as a look-alike),
    /// does not have eleven digits, is laid out otherwise, or fails its check digits (numbers
    /// up to 001-001-998 have none).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s).map_err(|kind| ValueError::Snils {
            input: mask(s),
            kind,
        })
    }
}

text_conversions!(Snils);

impl fmt::Display for Snils {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.number;
        write!(
            f,
            "{:03}-{:03}-{:03} {:02}",
            n / 1_000_000,
            n / 1_000 % 1_000,
            n % 1_000,
            self.check
        )
    }
}

/// Reads a СНИЛС from a string through [`FromStr`] (asking a self-describing format for any
/// value, so that a number reaches this code rather than the format's own error, which quotes
/// it whole). Any other type is refused without
/// quoting it whole: a number (`11223344595` typed without quotes) is quoted masked as the
/// parser's errors are, `invalid type: integer "*********95", expected a СНИЛС as a string`.
impl<'de> Deserialize<'de> for Snils {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(SnilsVisitor)
    }
}

struct SnilsVisitor;

impl SnilsVisitor {
    /// The error for a number given where the СНИЛС's text belongs: its digits masked.
    fn number<E: serde::de::Error>(self, what: &str, digits: &str) -> E {
        let unexpected = format!("{what} {:?}", mask(digits));
        E::invalid_type(serde::de::Unexpected::Other(&unexpected), &self)
    }
}

impl serde::de::Visitor<'_> for SnilsVisitor {
    type Value = Snils;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a СНИЛС as a string")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Snils, E> {
        text.parse().map_err(E::custom)
    }

    fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Snils, E> {
        Err(self.number("integer", &n.to_string()))
    }

    fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Snils, E> {
        Err(self.number("integer", &n.to_string()))
    }

    fn visit_u128<E: serde::de::Error>(self, n: u128) -> Result<Snils, E> {
        Err(self.number("integer", &n.to_string()))
    }

    fn visit_i128<E: serde::de::Error>(self, n: i128) -> Result<Snils, E> {
        Err(self.number("integer", &n.to_string()))
    }

    fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<Snils, E> {
        Err(self.number("floating point", &n.to_string()))
    }
}

impl fmt::Debug for Snils {
    /// Masked: a СНИЛС is personal data.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Snils({})", self.masked())
    }
}

#[cfg(any(test, feature = "proptest"))]
impl proptest::arbitrary::Arbitrary for Snils {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    /// Mostly numbers with a checksum, with their check digits; sometimes an early number
    /// (up to 001-001-998) with any check digits.
    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        prop_oneof![
            9 => (LAST_WITHOUT_CHECKSUM + 1..=999_999_999).prop_map(|number| Snils {
                number,
                check: check_digits(number),
            }),
            1 => (0..=LAST_WITHOUT_CHECKSUM, 0u8..100)
                .prop_map(|(number, check)| Snils { number, check }),
        ]
        .boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn error(input: &str) -> (String, IdentifierErrorKind) {
        match input.parse::<Snils>() {
            Err(ValueError::Snils { input, kind }) => (input, kind),
            other => panic!("expected a СНИЛС error for {input:?}, got {other:?}"),
        }
    }

    #[test]
    fn accepts_published_snils() {
        for (snils, canonical, source) in [
            (
                "112-233-445 95",
                "112-233-445 95",
                "the canonical sample (validators cite ПФР order 323р for it)",
            ),
            (
                "11223344595",
                "112-233-445 95",
                "the same sample, digits only",
            ),
            (
                "123-456-789 64",
                "123-456-789 64",
                "the sample of validators' and forms' docs",
            ),
            (
                "34293244776",
                "342-932-447 76",
                "a validateSnils test suite",
            ),
            (
                "586-595-917 80",
                "586-595-917 80",
                "node-ru-codes __tests__/isSNILS.js",
            ),
            (
                "087-654-303 00",
                "087-654-303 00",
                "validators' tests: sum 202, mod 101 gives 0",
            ),
            (
                "087-654-302 00",
                "087-654-302 00",
                "validators' tests: sum 201, mod 101 gives 100, mod 100 gives 00",
            ),
            (
                "021-006-999 00",
                "021-006-999 00",
                "validators' tests: sum 101 gives 00",
            ),
            (
                "001-001-998 00",
                "001-001-998 00",
                "the last number without a checksum (SNILS_CheckAndCount readme)",
            ),
        ] {
            let parsed: Snils = snils.parse().unwrap_or_else(|e| panic!("{source}: {e}"));
            assert_eq!(parsed.to_string(), canonical, "{source}");
        }
    }

    #[test]
    fn accepts_any_check_digits_up_to_001_001_998() {
        assert!("001-001-998 57".parse::<Snils>().is_ok());
        assert!("000-000-001 99".parse::<Snils>().is_ok());
        // 001-001-999 is the first number with a checksum:
        // 1·7 + 1·4 + 9·3 + 9·2 + 9·1 = 65.
        assert_eq!(check_digits(1_001_999), 65);
        assert_eq!(
            error("001-001-999 00").1,
            IdentifierErrorKind::CheckDigits {
                found: 0,
                expected: 65
            }
        );
    }

    #[test]
    fn check_digits_are_the_weighted_sum_mod_101_then_mod_100() {
        // 112-233-445: 1·9 + 1·8 + 2·7 + 2·6 + 3·5 + 3·4 + 4·3 + 4·2 + 5·1 = 95.
        assert_eq!(check_digits(112_233_445), 95);
        // Sums 100 and 101 give 00, and so do 201 (mod 101 = 100) and 202 (mod 101 = 0).
        assert_eq!(check_digits(87_654_303), 0);
        assert_eq!(check_digits(87_654_302), 0);
        assert_eq!(check_digits(21_006_999), 0);
    }

    #[test]
    fn rejects_snils_with_wrong_check_digits_and_masks_the_input() {
        // The specification's sample with its last digit changed.
        assert_eq!(
            "112-233-445 96".parse::<Snils>().unwrap_err().to_string(),
            r#"invalid СНИЛС "***-***-*** 96": check digits are 96, expected 95"#
        );
        assert_eq!(
            error("11223344594"),
            (
                "*********94".to_owned(),
                IdentifierErrorKind::CheckDigits {
                    found: 94,
                    expected: 95
                }
            )
        );
    }

    #[test]
    fn rejects_snils_of_wrong_length() {
        assert_eq!(
            "1122334459".parse::<Snils>().unwrap_err().to_string(),
            r#"invalid СНИЛС "********59": expected 11 digits, found 10 characters"#
        );
    }

    #[test]
    fn rejects_other_layouts() {
        // node-ru-codes' negative cases: separators in the wrong places.
        for input in [
            "586 595-917 80",
            "586-595 917 80",
            "586-595-917-80",
            "112-233-44 95",
            "112 233 445 95",
        ] {
            assert_eq!(
                error(input).1,
                IdentifierErrorKind::Format { expected: LAYOUTS },
                "{input}"
            );
        }
        assert_eq!(
            "586-595-917-80".parse::<Snils>().unwrap_err().to_string(),
            r#"invalid СНИЛС "***-***-***-80": expected the form NNN-NNN-NNN NN or NNNNNNNNNNN"#
        );
    }

    #[test]
    fn rejects_snils_with_other_characters() {
        assert_eq!(
            "112_233_445 95".parse::<Snils>().unwrap_err().to_string(),
            r#"invalid СНИЛС "***_***_*** 95": character '_' at position 4 is not a digit, hyphen or space"#
        );
    }

    #[test]
    fn names_a_cyrillic_look_alike_in_a_snils_and_masks_it() {
        // The sample typed with a Cyrillic З for the 3 at position 6: masked as a digit.
        assert_eq!(
            "112-2З3-445 95".parse::<Snils>().unwrap_err().to_string(),
            r#"invalid СНИЛС "***-***-*** 95": character 'З' at position 6 is a Cyrillic letter that looks like '3'"#
        );
    }

    #[test]
    fn rejects_empty_snils() {
        assert_eq!(
            "".parse::<Snils>().unwrap_err().to_string(),
            r#"invalid СНИЛС "": empty"#
        );
    }

    #[test]
    fn masks_every_digit_but_the_last_two_and_keeps_other_characters() {
        assert_eq!(mask("112-233-445 95"), "***-***-*** 95");
        assert_eq!(mask("СНИЛС 112-233-445 95!"), "СНИЛС ***-***-*** 95!");
        assert_eq!(mask("1"), "1");
        assert_eq!(mask("x"), "x");
        // A non-ASCII digit is still a digit of the number.
        assert_eq!(mask("٣12"), "*12");
    }

    #[test]
    fn debug_and_masked_hide_all_but_the_check_digits() {
        let snils: Snils = "123-456-789 64".parse().unwrap();
        assert_eq!(format!("{snils:?}"), "Snils(***-***-*** 64)");
        assert_eq!(snils.masked(), "***-***-*** 64");
        assert_eq!(format!("{:?}", Some(snils)), "Some(Snils(***-***-*** 64))");
    }

    #[test]
    fn every_way_in_is_the_same_parser() {
        let snils: Snils = "11223344595".parse().unwrap();
        assert_eq!(Snils::try_from("112-233-445 95").unwrap(), snils);
        assert_eq!(Snils::try_from(String::from("11223344595")).unwrap(), snils);
        assert_eq!(String::from(snils), "112-233-445 95");
    }

    #[test]
    fn bad_json_fails_with_the_from_str_message() {
        let from_str = "112-233-445 96".parse::<Snils>().unwrap_err().to_string();
        let json =
            serde_json::from_value::<Snils>(serde_json::json!("112-233-445 96")).unwrap_err();
        assert_eq!(json.to_string(), from_str);
        assert!(!json.to_string().contains("112"));
    }

    #[test]
    fn a_snils_given_as_a_json_number_is_refused_masked() {
        let message = |json: &str| serde_json::from_str::<Snils>(json).unwrap_err().to_string();
        assert_eq!(
            message("11223344595"),
            r#"invalid type: integer "*********95", expected a СНИЛС as a string at line 1 column 11"#
        );
        assert_eq!(
            message("-11223344595"),
            r#"invalid type: integer "-*********95", expected a СНИЛС as a string at line 1 column 12"#
        );
        assert_eq!(
            message("11223344595.0"),
            r#"invalid type: floating point "*********95", expected a СНИЛС as a string at line 1 column 13"#
        );
        assert_eq!(
            message("true"),
            "invalid type: boolean `true`, expected a СНИЛС as a string at line 1 column 4"
        );
        assert_eq!(
            serde_json::from_str::<Snils>(r#""11223344595""#)
                .unwrap()
                .to_string(),
            "112-233-445 95"
        );
    }

    #[test]
    fn a_remainder_moving_between_0_and_100_is_the_one_change_check_digits_miss() {
        // The published 087-654-303 00 (sum 202, remainder 0) and 087-654-302 00 (sum 201,
        // remainder 100) differ in one digit and both have check digits 00.
        let (a, b) = ("087-654-303 00", "087-654-302 00");
        assert_eq!(remainder(&[0, 8, 7, 6, 5, 4, 3, 0, 3]), 0);
        assert_eq!(remainder(&[0, 8, 7, 6, 5, 4, 3, 0, 2]), 100);
        assert!(a.parse::<Snils>().is_ok() && b.parse::<Snils>().is_ok());
    }

    /// The first nine digits and the two check digits of a СНИЛС's eleven digits.
    fn split(d: &[u8]) -> (u32, u8) {
        let number = d[..9].iter().fold(0, |n, &x| n * 10 + u32::from(x));
        (number, d[9] * 10 + d[10])
    }

    /// The weighted sum of the first nine digits, mod 101.
    fn remainder(d: &[u8]) -> u32 {
        d[..9]
            .iter()
            .zip((1..=9).rev())
            .map(|(&x, w)| u32::from(x) * w)
            .sum::<u32>()
            % 101
    }

    proptest! {
        #[test]
        fn display_then_parse_gives_the_same_snils(snils in any::<Snils>()) {
            prop_assert_eq!(snils.to_string().parse::<Snils>().unwrap(), snils);
            // The digits-only layout reads to the same value.
            let digits: String = snils.to_string().chars().filter(char::is_ascii_digit).collect();
            prop_assert_eq!(digits.parse::<Snils>().unwrap(), snils);
        }

        #[test]
        fn json_round_trip_gives_the_same_snils(snils in any::<Snils>()) {
            let json = serde_json::to_string(&snils).unwrap();
            prop_assert_eq!(serde_json::from_str::<Snils>(&json).unwrap(), snils);
        }

        /// A change of one digit of a СНИЛС is rejected, except where the rule cannot see it.
        ///
        /// 1. A number up to 001-001-998 after the change has no checksum: accepted.
        /// 2. Changing a check digit is otherwise always seen (the sum does not move).
        /// 3. Changing digit `i` of the number by `δ` moves the sum by `δ·(9−i)`, at most 81 in
        ///    size and never 0, so its remainder mod 101 always moves; the check digits miss
        ///    the change exactly when the remainder moves between 0 and 100 (both give 00).
        #[test]
        fn a_changed_digit_is_rejected_unless_the_rule_cannot_see_it(
            snils in any::<Snils>(),
            position in 0usize..11,
            step in 1u8..10,
        ) {
            let original: Vec<u8> = snils
                .to_string()
                .bytes()
                .filter(u8::is_ascii_digit)
                .map(|b| b - b'0')
                .collect();
            let mut changed = original.clone();
            changed[position] = (changed[position] + step) % 10;
            let text: String = changed.iter().map(|d| char::from(b'0' + d)).collect();

            let (number, _) = split(&changed);
            let (before, after) = (remainder(&original), remainder(&changed));
            let undetectable = if number <= LAST_WITHOUT_CHECKSUM {
                true
            } else if position >= 9 {
                prop_assert_eq!(before, after);
                false
            } else {
                prop_assert_ne!(before, after);
                // The original passed its check (or had none, then any check digits were
                // allowed and the new number must match them).
                let (original_number, original_check) = split(&original);
                if original_number <= LAST_WITHOUT_CHECKSUM {
                    u32::from(original_check) == after % 100
                } else {
                    matches!((before, after), (0, 100) | (100, 0))
                }
            };
            prop_assert_eq!(text.parse::<Snils>().is_ok(), undetectable, "{} -> {}", snils, text);
        }
    }
}
