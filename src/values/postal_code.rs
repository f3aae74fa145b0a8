//! Russian postal code (почтовый индекс).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::ValueError;
use super::digits::read_digits;

/// A Russian postal code (почтовый индекс): exactly six ASCII digits, such as `"300041"`.
///
/// Only the form is checked: whether an office with that code exists is a question for the
/// postal directory, not for this type. The value is stored inline (no heap allocation).
///
/// # Example
/// ```
/// use social_services::values::PostalCode;
///
/// let code: PostalCode = "155331".parse()?;
/// assert_eq!(code.as_str(), "155331");
/// assert_eq!(code.to_string(), "155331");
/// assert!("15533".parse::<PostalCode>().is_err());
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PostalCode([u8; PostalCode::LEN]);

impl PostalCode {
    /// The number of digits in a postal code.
    pub const LEN: usize = 6;

    /// The six digits as text.
    ///
    /// # Example
    /// ```
    /// use social_services::values::PostalCode;
    ///
    /// let code: PostalCode = "300041".parse()?;
    /// assert_eq!(code.as_str(), "300041");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        // Only ASCII digits are ever stored, so the bytes are always UTF-8.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl FromStr for PostalCode {
    type Err = ValueError;

    /// Reads exactly six ASCII digits.
    ///
    /// # Errors
    /// [`ValueError::PostalCode`] when the text is empty, has a character that is not an ASCII
    /// digit (a Cyrillic `О` or `З` is named as a look-alike), or does not have six digits.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let digits =
            read_digits(s, &[Self::LEN], "6 digits").map_err(|kind| ValueError::PostalCode {
                input: s.to_owned(),
                kind,
            })?;
        let mut bytes = [0; Self::LEN];
        for (byte, digit) in bytes.iter_mut().zip(digits.as_slice()) {
            *byte = b'0' + digit;
        }
        Ok(Self(bytes))
    }
}

impl fmt::Display for PostalCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

text_conversions!(PostalCode);

#[cfg(any(test, feature = "proptest"))]
impl proptest::arbitrary::Arbitrary for PostalCode {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    /// Six digits whose first digit is 1–6, the range Russian postal codes are issued in.
    fn arbitrary_with((): Self::Parameters) -> Self::Strategy {
        use proptest::prelude::*;
        (1u8..=6, proptest::array::uniform5(0u8..=9))
            .prop_map(|(first, rest)| {
                let mut bytes = [b'0' + first; Self::LEN];
                for (byte, digit) in bytes[1..].iter_mut().zip(rest) {
                    *byte = b'0' + digit;
                }
                Self(bytes)
            })
            .boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::IdentifierErrorKind;
    use proptest::prelude::*;

    #[test]
    fn reads_six_digits() {
        let code: PostalCode = "155331".parse().unwrap();
        assert_eq!(code.as_str(), "155331");
    }

    #[test]
    fn keeps_leading_zeros() {
        let code: PostalCode = "012345".parse().unwrap();
        assert_eq!(code.to_string(), "012345");
    }

    #[test]
    fn rejects_empty_postal_code() {
        let err = "".parse::<PostalCode>().unwrap_err();
        assert_eq!(err.to_string(), r#"invalid postal code "": empty"#);
    }

    #[test]
    fn rejects_postal_code_of_wrong_length() {
        let err = "30004".parse::<PostalCode>().unwrap_err();
        assert_eq!(
            err,
            ValueError::PostalCode {
                input: "30004".into(),
                kind: IdentifierErrorKind::Length {
                    expected: "6 digits",
                    found: 5
                }
            }
        );
        assert_eq!(
            err.to_string(),
            r#"invalid postal code "30004": expected 6 digits, found 5 characters"#
        );
    }

    #[test]
    fn rejects_postal_code_with_a_space() {
        let err = "300 041".parse::<PostalCode>().unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid postal code "300 041": character ' ' at position 4 is not a digit"#
        );
    }

    #[test]
    fn names_a_cyrillic_o_in_a_postal_code() {
        let err = "3ОO041".parse::<PostalCode>().unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid postal code "3ОO041": character 'О' at position 2 is a Cyrillic letter that looks like '0'"#
        );
    }

    #[test]
    fn converts_through_try_from_and_into_string() {
        let code = PostalCode::try_from("300041").unwrap();
        assert_eq!(String::from(code), "300041");
        assert_eq!(PostalCode::try_from(String::from("300041")).unwrap(), code);
    }

    #[test]
    fn serializes_as_a_string() {
        let code: PostalCode = "300041".parse().unwrap();
        assert_eq!(serde_json::to_string(&code).unwrap(), r#""300041""#);
    }

    #[test]
    fn bad_json_fails_with_the_parse_message() {
        let err = serde_json::from_value::<PostalCode>(serde_json::json!("30004")).unwrap_err();
        let parse_err = "30004".parse::<PostalCode>().unwrap_err();
        assert_eq!(err.to_string(), parse_err.to_string());
    }

    proptest! {
        #[test]
        fn display_parses_back(code: PostalCode) {
            prop_assert_eq!(code.to_string().parse::<PostalCode>().unwrap(), code);
        }

        #[test]
        fn json_round_trips(code: PostalCode) {
            let json = serde_json::to_string(&code).unwrap();
            prop_assert_eq!(serde_json::from_str::<PostalCode>(&json).unwrap(), code);
        }

        #[test]
        fn any_six_ascii_digits_parse(s in "[0-9]{6}") {
            let code: PostalCode = s.parse().unwrap();
            prop_assert_eq!(code.as_str(), s.as_str());
        }
    }
}
