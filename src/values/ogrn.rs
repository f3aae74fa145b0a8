//! The primary state registration numbers of organisations (ОГРН) and of individual
//! entrepreneurs (ОГРНИП).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::digits::read_digits;
use super::{IdentifierErrorKind, ValueError};

/// The digits (each 0–9) read as one decimal number.
fn number(digits: &[u8]) -> u64 {
    digits.iter().fold(0, |n, &d| n * 10 + u64::from(d))
}

/// The check digit of a registration number: its body as a number mod `modulus`, then mod 10.
fn check_digit(body: &[u8], modulus: u64) -> u8 {
    // Below 10 after `% 10`, so the cast cannot truncate.
    #[allow(clippy::cast_possible_truncation)]
    let digit = (number(body) % modulus % 10) as u8;
    digit
}

/// The rules of one kind of registration number.
struct Rules {
    /// The length in words, for errors.
    length: &'static str,
    /// The allowed record type digits.
    record_types: &'static [u8],
    /// The allowed record type digits in words, for errors.
    record_types_words: &'static str,
    /// The modulus of the check digit (11 for ОГРН, 13 for ОГРНИП).
    modulus: u64,
}

const OGRN: Rules = Rules {
    length: "13 digits",
    record_types: &[1, 5],
    record_types_words: "1 or 5",
    modulus: 11,
};

const OGRNIP: Rules = Rules {
    length: "15 digits",
    record_types: &[3],
    record_types_words: "3",
    modulus: 13,
};

/// Reads `N` digits, checks the record type digit, then the check digit; returns the ASCII
/// digits.
fn parse<const N: usize>(s: &str, rules: &Rules) -> Result<[u8; N], IdentifierErrorKind> {
    let digits = read_digits(s, &[N], rules.length)?;
    let d = digits.as_slice();
    if !rules.record_types.contains(&d[0]) {
        return Err(IdentifierErrorKind::Field {
            what: "record type digit",
            found: d[0].to_string(),
            expected: rules.record_types_words,
        });
    }
    let expected = check_digit(&d[..N - 1], rules.modulus);
    if d[N - 1] != expected {
        return Err(IdentifierErrorKind::CheckDigit {
            found: d[N - 1],
            expected,
        });
    }
    Ok(ascii(d))
}

/// The ASCII text of `N` digits (each 0–9).
fn ascii<const N: usize>(digits: &[u8]) -> [u8; N] {
    let mut ascii = [0; N];
    for (slot, &d) in ascii.iter_mut().zip(digits) {
        *slot = b'0' + d;
    }
    ascii
}

/// The value of the two ASCII digits at `at` and `at + 1`.
fn two_digits(ascii: &[u8], at: usize) -> u8 {
    (ascii[at] - b'0') * 10 + (ascii[at + 1] - b'0')
}

/// The primary state registration number of an organisation (ОГРН): 13 digits, with its
/// check digit verified.
///
/// Digit 1 is the record type (1 or 5 for an ОГРН), digits 2–3 the last two digits of the year
/// of the record, digits 4–5 the code of the federal subject, digits 6–12 the number of the
/// record; digit 13 is the first twelve read as a number, mod 11, then mod 10. The subject code
/// is given as a number and is not checked against a table of subjects.
///
/// The canonical text is the digits alone.
///
/// # Example
/// ```
/// use social_services::values::Ogrn;
///
/// // ПАО Сбербанк, from its registry card.
/// let ogrn: Ogrn = "1027700132195".parse()?;
/// assert_eq!((ogrn.record_type(), ogrn.year(), ogrn.subject_code()), (1, 2, 77));
/// assert_eq!(ogrn.to_string(), "1027700132195");
///
/// let err = "1027700132196".parse::<Ogrn>().unwrap_err();
/// assert_eq!(err.to_string(), r#"invalid ОГРН "1027700132196": check digit is 6, expected 5"#);
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Ogrn([u8; 13]);

/// The primary state registration number of an individual entrepreneur (ОГРНИП): 15 digits,
/// with its check digit verified.
///
/// Digit 1 is the record type (3), digits 2–3 the last two digits of the year of the record,
/// digits 4–5 the code of the federal subject, digits 6–14 the number of the record; digit 15
/// is the first fourteen read as a number, mod 13, then mod 10 (remainders 10, 11 and 12 give
/// 0, 1 and 2; validators that only map 10 to 0 reject valid numbers). The subject code is given
/// as a number and is not checked against a table of subjects.
///
/// The canonical text is the digits alone.
///
/// # Example
/// ```
/// use social_services::values::Ogrnip;
///
/// // The sample ОГРНИП of many validators, paired with the sample ИНН 500100732259.
/// let ogrnip: Ogrnip = "304500116000157".parse()?;
/// assert_eq!((ogrnip.record_type(), ogrnip.year(), ogrnip.subject_code()), (3, 4, 50));
///
/// let err = "104500116000157".parse::<Ogrnip>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     r#"invalid ОГРНИП "104500116000157": record type digit is 1, expected 3"#
/// );
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Ogrnip([u8; 15]);

/// The accessors both registration numbers share (their layouts differ only after digit 5).
macro_rules! registration_number_accessors {
    ($ty:ident, $example:literal, $record_type:literal, $year:literal, $subject:literal) => {
        impl $ty {
            /// The record type: the first digit.
            ///
            /// # Example
            /// ```
            #[doc = concat!("use social_services::values::", stringify!($ty), ";")]
            ///
            #[doc = concat!("let n: ", stringify!($ty), " = \"", $example, "\".parse()?;")]
            #[doc = concat!("assert_eq!(n.record_type(), ", $record_type, ");")]
            /// # Ok::<(), social_services::ValueError>(())
            /// ```
            pub fn record_type(&self) -> u8 {
                self.0[0] - b'0'
            }

            /// The last two digits of the year of the record (digits 2–3), as a number.
            ///
            /// # Example
            /// ```
            #[doc = concat!("use social_services::values::", stringify!($ty), ";")]
            ///
            #[doc = concat!("let n: ", stringify!($ty), " = \"", $example, "\".parse()?;")]
            #[doc = concat!("assert_eq!(n.year(), ", $year, ");")]
            /// # Ok::<(), social_services::ValueError>(())
            /// ```
            pub fn year(&self) -> u8 {
                two_digits(&self.0, 1)
            }

            /// The code of the federal subject where the record was made (digits 4–5), as a
            /// number; it is not checked against a table of subjects.
            ///
            /// # Example
            /// ```
            #[doc = concat!("use social_services::values::", stringify!($ty), ";")]
            ///
            #[doc = concat!("let n: ", stringify!($ty), " = \"", $example, "\".parse()?;")]
            #[doc = concat!("assert_eq!(n.subject_code(), ", $subject, ");")]
            /// # Ok::<(), social_services::ValueError>(())
            /// ```
            pub fn subject_code(&self) -> u8 {
                two_digits(&self.0, 3)
            }

            /// The canonical text: the digits.
            ///
            /// # Example
            /// ```
            #[doc = concat!("use social_services::values::", stringify!($ty), ";")]
            ///
            #[doc = concat!("let n: ", stringify!($ty), " = \"", $example, "\".parse()?;")]
            #[doc = concat!("assert_eq!(n.as_str(), \"", $example, "\");")]
            /// # Ok::<(), social_services::ValueError>(())
            /// ```
            pub fn as_str(&self) -> &str {
                // Only ASCII digits are ever stored, so the text is always UTF-8.
                std::str::from_utf8(&self.0).unwrap_or_default()
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl fmt::Debug for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!(stringify!($ty), "({})"), self.as_str())
            }
        }

        text_conversions!($ty);
    };
}

registration_number_accessors!(Ogrn, "1027700132195", "1", "2", "77");
registration_number_accessors!(Ogrnip, "304500116000157", "3", "4", "50");

impl FromStr for Ogrn {
    type Err = ValueError;

    /// Reads an ОГРН from its 13 digits.
    ///
    /// # Errors
    /// [`ValueError::Ogrn`] when the text is empty, holds anything but ASCII digits (a Cyrillic
    /// `О` or `З` is named as a look-alike), does not have 13 digits, starts with a digit
    /// other than 1 or 5, or fails its check digit.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s, &OGRN).map(Ogrn).map_err(|kind| ValueError::Ogrn {
            input: s.to_owned(),
            kind,
        })
    }
}

impl FromStr for Ogrnip {
    type Err = ValueError;

    /// Reads an ОГРНИП from its 15 digits.
    ///
    /// # Errors
    /// [`ValueError::Ogrnip`] when the text is empty, holds anything but ASCII digits (a
    /// Cyrillic `О` or `З` is named as a look-alike), does not have 15 digits, starts with a
    /// digit other than 3, or fails its check digit.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s, &OGRNIP)
            .map(Ogrnip)
            .map_err(|kind| ValueError::Ogrnip {
                input: s.to_owned(),
                kind,
            })
    }
}

#[cfg(any(test, feature = "proptest"))]
mod arbitrary {
    use proptest::prelude::*;

    use super::{OGRN, OGRNIP, Ogrn, Ogrnip, Rules, ascii, check_digit};

    /// A valid number: a record type, a year (any two digits), a subject code 01–99, the record
    /// number and its check digit.
    fn digits<const N: usize>(rules: &'static Rules) -> impl Strategy<Value = [u8; N]> {
        (
            proptest::sample::select(rules.record_types),
            proptest::array::uniform2(0u8..10),
            1u8..100,
            proptest::collection::vec(0u8..10, N - 6),
        )
            .prop_map(|(record_type, year, subject, record)| {
                let mut d = Vec::with_capacity(N);
                d.push(record_type);
                d.extend_from_slice(&year);
                d.extend_from_slice(&[subject / 10, subject % 10]);
                d.extend_from_slice(&record);
                d.push(check_digit(&d, rules.modulus));
                ascii(&d)
            })
    }

    impl Arbitrary for Ogrn {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;

        fn arbitrary_with((): ()) -> Self::Strategy {
            digits::<13>(&OGRN).prop_map(Ogrn).boxed()
        }
    }

    impl Arbitrary for Ogrnip {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;

        fn arbitrary_with((): ()) -> Self::Strategy {
            digits::<15>(&OGRNIP).prop_map(Ogrnip).boxed()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ogrn_kind(input: &str) -> IdentifierErrorKind {
        match input.parse::<Ogrn>() {
            Err(ValueError::Ogrn { kind, .. }) => kind,
            other => panic!("expected an ОГРН error for {input:?}, got {other:?}"),
        }
    }

    fn ogrnip_kind(input: &str) -> IdentifierErrorKind {
        match input.parse::<Ogrnip>() {
            Err(ValueError::Ogrnip { kind, .. }) => kind,
            other => panic!("expected an ОГРНИП error for {input:?}, got {other:?}"),
        }
    }

    #[test]
    fn accepts_published_ogrn() {
        for (ogrn, source, year, subject) in [
            (
                "1027700132195",
                "ПАО Сбербанк, registry card (ЕГРЮЛ)",
                2,
                77,
            ),
            (
                "1027700070518",
                "ПАО «Газпром», registry card (ЕГРЮЛ)",
                2,
                77,
            ),
            (
                "1027700229193",
                "ООО «Яндекс», registry card (ЕГРЮЛ)",
                2,
                77,
            ),
            (
                "1137847171846",
                "python-stdnum tests/test_ru_ogrn.doctest",
                13,
                78,
            ),
            (
                "1159102022738",
                "python-stdnum tests/test_ru_ogrn.doctest",
                15,
                91,
            ),
            (
                "5077746725964",
                "a validateOgrn test suite; record type 5",
                7,
                77,
            ),
        ] {
            let parsed: Ogrn = ogrn.parse().unwrap_or_else(|e| panic!("{source}: {e}"));
            assert_eq!(parsed.as_str(), ogrn, "{source}");
            assert_eq!((parsed.year(), parsed.subject_code()), (year, subject));
        }
    }

    #[test]
    fn accepts_published_ogrnip() {
        for (ogrnip, source) in [
            (
                "304500116000157",
                "the sample ОГРНИП of many validators (paired with ИНН 500100732259)",
            ),
            ("309565808600188", "a validateOgrn test suite"),
            ("319631300041247", "IBM ia.custom.ru TestOGRN"),
            ("385768585948949", "python-stdnum stdnum/ru/ogrn.py doctest"),
            // Remainders 12, 11 and 10: check digits 2, 1 and 0. Each is printed in the
            // requisites an entrepreneur publishes on their own site or app.
            (
                "312091715800012",
                "published requisites of an entrepreneur (2012)",
            ),
            (
                "323570000015061",
                "published requisites of an entrepreneur (2023)",
            ),
            (
                "322774600583080",
                "published requisites of an entrepreneur (2022)",
            ),
        ] {
            let parsed: Ogrnip = ogrnip.parse().unwrap_or_else(|e| panic!("{source}: {e}"));
            assert_eq!(parsed.as_str(), ogrnip, "{source}");
            assert_eq!(parsed.record_type(), 3);
        }
    }

    #[test]
    fn ogrnip_check_digit_is_the_remainder_mod_13_then_mod_10() {
        // A remainder of 11 or 12 gives check digit 1 or 2. Validators that only turn 10 into
        // 0 expect 11 or 12 there and reject such numbers; these published ones are valid.
        assert_eq!(number(&digits_of("31209171580001")) % 13, 12);
        assert!("312091715800012".parse::<Ogrnip>().is_ok());
        assert_eq!(number(&digits_of("32357000001506")) % 13, 11);
        assert!("323570000015061".parse::<Ogrnip>().is_ok());
        assert_eq!(
            ogrnip_kind("323570000015060"),
            IdentifierErrorKind::CheckDigit {
                found: 0,
                expected: 1
            }
        );
    }

    #[test]
    fn rejects_ogrn_with_wrong_check_digit() {
        // Сбербанк's ОГРН with its check digit changed.
        assert_eq!(
            "1027700132196".parse::<Ogrn>().unwrap_err().to_string(),
            r#"invalid ОГРН "1027700132196": check digit is 6, expected 5"#
        );
        // python-stdnum's doctest: 1022500001325 with check digit 8.
        assert_eq!(
            ogrn_kind("1022500001328"),
            IdentifierErrorKind::CheckDigit {
                found: 8,
                expected: 5
            }
        );
    }

    #[test]
    fn rejects_ogrnip_with_wrong_check_digit() {
        // The sample ОГРНИП with its check digit changed.
        assert_eq!(
            "304500116000150".parse::<Ogrnip>().unwrap_err().to_string(),
            r#"invalid ОГРНИП "304500116000150": check digit is 0, expected 7"#
        );
    }

    #[test]
    fn rejects_ogrn_with_a_record_type_other_than_1_or_5() {
        // python-stdnum's doctest: a record starting with 0.
        assert_eq!(
            "0022500001325".parse::<Ogrn>().unwrap_err().to_string(),
            r#"invalid ОГРН "0022500001325": record type digit is 0, expected 1 or 5"#
        );
        // A state registration number (ГРН, type 2) is not an ОГРН, even with a valid check digit.
        assert_eq!(
            ogrn_kind("2027700132194"),
            IdentifierErrorKind::Field {
                what: "record type digit",
                found: "2".into(),
                expected: "1 or 5"
            }
        );
    }

    #[test]
    fn rejects_ogrnip_with_a_record_type_other_than_3() {
        // The sample ОГРНИП with the ОГРН record type 1.
        assert_eq!(
            "104500116000157".parse::<Ogrnip>().unwrap_err().to_string(),
            r#"invalid ОГРНИП "104500116000157": record type digit is 1, expected 3"#
        );
        assert_eq!(
            ogrnip_kind("104500116000157"),
            IdentifierErrorKind::Field {
                what: "record type digit",
                found: "1".into(),
                expected: "3"
            }
        );
    }

    #[test]
    fn rejects_registration_numbers_of_wrong_length() {
        // python-stdnum's doctest: a 14-digit ОГРН. An ОГРНИП is not an ОГРН and back.
        assert_eq!(
            "10277395526422".parse::<Ogrn>().unwrap_err().to_string(),
            r#"invalid ОГРН "10277395526422": expected 13 digits, found 14 characters"#
        );
        assert_eq!(
            "1027700132195".parse::<Ogrnip>().unwrap_err().to_string(),
            r#"invalid ОГРНИП "1027700132195": expected 15 digits, found 13 characters"#
        );
        assert_eq!(
            ogrn_kind("304500116000157"),
            IdentifierErrorKind::Length {
                expected: "13 digits",
                found: 15
            }
        );
    }

    #[test]
    fn rejects_registration_numbers_with_non_digits() {
        assert_eq!(
            "OGRN 1027739552642"
                .parse::<Ogrn>()
                .unwrap_err()
                .to_string(),
            r#"invalid ОГРН "OGRN 1027739552642": character 'O' at position 1 is not a digit"#
        );
        assert_eq!(
            "30450011600015x".parse::<Ogrnip>().unwrap_err().to_string(),
            r#"invalid ОГРНИП "30450011600015x": character 'x' at position 15 is not a digit"#
        );
    }

    #[test]
    fn names_a_cyrillic_look_alike_in_a_registration_number() {
        // Сбербанк's ОГРН typed with a Cyrillic О; the sample ОГРНИП with a Cyrillic З.
        assert_eq!(
            "1О27700132195".parse::<Ogrn>().unwrap_err().to_string(),
            r#"invalid ОГРН "1О27700132195": character 'О' at position 2 is a Cyrillic letter that looks like '0'"#
        );
        assert_eq!(
            "З04500116000157".parse::<Ogrnip>().unwrap_err().to_string(),
            r#"invalid ОГРНИП "З04500116000157": character 'З' at position 1 is a Cyrillic letter that looks like '3'"#
        );
    }

    #[test]
    fn rejects_empty_registration_numbers() {
        assert_eq!(
            "".parse::<Ogrn>().unwrap_err().to_string(),
            r#"invalid ОГРН "": empty"#
        );
        assert_eq!(
            " ".parse::<Ogrnip>().unwrap_err().to_string(),
            r#"invalid ОГРНИП " ": empty"#
        );
    }

    #[test]
    fn every_way_in_is_the_same_parser() {
        let ogrn: Ogrn = "1027700132195".parse().unwrap();
        assert_eq!(Ogrn::try_from("1027700132195").unwrap(), ogrn);
        assert_eq!(Ogrn::try_from(String::from("1027700132195")).unwrap(), ogrn);
        assert_eq!(String::from(ogrn), "1027700132195");
        assert_eq!(format!("{ogrn:?}"), "Ogrn(1027700132195)");
        let ogrnip: Ogrnip = "304500116000157".parse().unwrap();
        assert_eq!(Ogrnip::try_from("304500116000157").unwrap(), ogrnip);
        assert_eq!(String::from(ogrnip), "304500116000157");
        assert_eq!(format!("{ogrnip:?}"), "Ogrnip(304500116000157)");
    }

    #[test]
    fn bad_json_fails_with_the_from_str_message() {
        let from_str = "1027700132196".parse::<Ogrn>().unwrap_err().to_string();
        let json = serde_json::from_value::<Ogrn>(serde_json::json!("1027700132196")).unwrap_err();
        assert_eq!(json.to_string(), from_str);
        let from_str = "304500116000150".parse::<Ogrnip>().unwrap_err().to_string();
        let json =
            serde_json::from_value::<Ogrnip>(serde_json::json!("304500116000150")).unwrap_err();
        assert_eq!(json.to_string(), from_str);
    }

    #[test]
    fn a_remainder_moving_between_0_and_10_is_the_one_change_a_check_digit_misses() {
        // ОГРН: 100000000000 mod 11 = 10 (10^11 ≡ -1), check digit 0; changing the 12th digit
        // to 1 gives remainder 0, check digit 0 again. Both pass.
        assert_eq!(number(&digits_of("100000000000")) % 11, 10);
        assert_eq!(number(&digits_of("100000000001")) % 11, 0);
        assert!("1000000000000".parse::<Ogrn>().is_ok());
        assert!("1000000000010".parse::<Ogrn>().is_ok());
        // ОГРНИП: the published 322774600583080 has remainder 10; its 2nd digit changed to 5
        // gives remainder 0, and both have check digit 0.
        assert_eq!(number(&digits_of("32277460058308")) % 13, 10);
        assert_eq!(number(&digits_of("35277460058308")) % 13, 0);
        assert!("352774600583080".parse::<Ogrnip>().is_ok());
    }

    /// The digits (0–9) of a registration number's text.
    fn digits_of(text: &str) -> Vec<u8> {
        text.bytes().map(|b| b - b'0').collect()
    }

    /// Whether a body digit change moved the remainder between two values with the same last
    /// digit: the only changes a "mod m, then mod 10" check digit cannot see.
    fn collides(before: u64, after: u64) -> bool {
        before % 10 == after % 10
    }

    proptest! {
        #[test]
        fn display_then_parse_gives_the_same_ogrn(ogrn in any::<Ogrn>()) {
            prop_assert_eq!(ogrn.to_string().parse::<Ogrn>().unwrap(), ogrn);
        }

        #[test]
        fn json_round_trip_gives_the_same_ogrn(ogrn in any::<Ogrn>()) {
            let json = serde_json::to_string(&ogrn).unwrap();
            prop_assert_eq!(serde_json::from_str::<Ogrn>(&json).unwrap(), ogrn);
        }

        #[test]
        fn display_then_parse_gives_the_same_ogrnip(ogrnip in any::<Ogrnip>()) {
            prop_assert_eq!(ogrnip.to_string().parse::<Ogrnip>().unwrap(), ogrnip);
        }

        #[test]
        fn json_round_trip_gives_the_same_ogrnip(ogrnip in any::<Ogrnip>()) {
            let json = serde_json::to_string(&ogrnip).unwrap();
            prop_assert_eq!(serde_json::from_str::<Ogrnip>(&json).unwrap(), ogrnip);
        }

        /// A change of one digit of an ОГРН is rejected, except where the rule cannot see it.
        ///
        /// Changing the check digit is always seen. Changing the record type digit to
        /// anything but 1 or 5 is seen by the record type rule. Changing body digit `k` by `δ`
        /// moves the body's remainder mod 11 by `δ·10^k mod 11`, never 0 (11 is prime and
        /// coprime to 10 and to δ), so the check digit misses the change exactly when the
        /// remainder moves between 0 and 10 (both give check digit 0).
        #[test]
        fn a_changed_ogrn_digit_is_rejected_unless_the_rule_cannot_see_it(
            ogrn in any::<Ogrn>(),
            position in 0usize..13,
            step in 1u8..10,
        ) {
            let original = digits_of(ogrn.as_str());
            let mut changed = original.clone();
            changed[position] = (changed[position] + step) % 10;
            let text: String = changed.iter().map(|d| char::from(b'0' + d)).collect();

            let (before, after) = (number(&original[..12]) % 11, number(&changed[..12]) % 11);
            // A changed check digit, or a record type other than 1 or 5, is always seen.
            let seen_anyway = position == 12 || !matches!(changed[0], 1 | 5);
            let undetectable = if seen_anyway {
                false
            } else {
                prop_assert_ne!(before, after);
                prop_assert_eq!(
                    collides(before, after),
                    matches!((before, after), (0, 10) | (10, 0))
                );
                collides(before, after)
            };
            prop_assert_eq!(text.parse::<Ogrn>().is_ok(), undetectable, "{} -> {}", ogrn, text);
        }

        /// A change of one digit of an ОГРНИП is rejected, except where the rule cannot see it.
        ///
        /// As for an ОГРН, with modulus 13: the body's remainder always moves, and the check
        /// digit misses the change exactly when it moves between 0 and 10, 1 and 11, or 2 and
        /// 12. Changing the record type digit 3 is always seen by the record type rule.
        #[test]
        fn a_changed_ogrnip_digit_is_rejected_unless_the_rule_cannot_see_it(
            ogrnip in any::<Ogrnip>(),
            position in 0usize..15,
            step in 1u8..10,
        ) {
            let original = digits_of(ogrnip.as_str());
            let mut changed = original.clone();
            changed[position] = (changed[position] + step) % 10;
            let text: String = changed.iter().map(|d| char::from(b'0' + d)).collect();

            let (before, after) = (number(&original[..14]) % 13, number(&changed[..14]) % 13);
            // A changed check digit or record type digit is always seen.
            let undetectable = if position == 14 || position == 0 {
                false
            } else {
                prop_assert_ne!(before, after);
                prop_assert_eq!(
                    collides(before, after),
                    matches!(
                        (before, after),
                        (0, 10) | (10, 0) | (1, 11) | (11, 1) | (2, 12) | (12, 2)
                    )
                );
                collides(before, after)
            };
            prop_assert_eq!(
                text.parse::<Ogrnip>().is_ok(), undetectable, "{} -> {}", ogrnip, text
            );
        }
    }
}
