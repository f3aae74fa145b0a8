//! The tax registration reason code (КПП).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::digits::{digit_look_alike, latin_look_alike};
use super::{IdentifierErrorKind, ValueError};

/// What may stand at positions 5–6, in words.
const REASON_CHARACTER: &str = "a digit or a Latin capital letter";

/// A tax registration reason code (КПП): 9 characters, four digits of the tax office, two
/// characters of the reason for the registration (digits or, since 2013, Latin capitals
/// `A`–`Z`), and a three-digit serial number.
///
/// A КПП has no check digit. Cyrillic letters that look like the Latin capitals allowed at
/// positions 5–6 (`А`, `В`, `Е`, `К`, `М`, `Н`, `О`, `Р`, `С`, `Т`, `Х`), and a Cyrillic `О`
/// or `З` among the digits, are named as look-alikes rather than silently replaced.
///
/// The canonical text is the nine characters.
///
/// # Example
/// ```
/// use social_services::values::Kpp;
///
/// // ПАО Сбербанк, from its registry card.
/// let kpp: Kpp = "773601001".parse()?;
/// assert_eq!((kpp.tax_office_code(), kpp.reason_code()), ("7736", "01"));
///
/// let err = "7707АВ001".parse::<Kpp>().unwrap_err(); // Cyrillic А
/// assert_eq!(
///     err.to_string(),
///     r#"invalid КПП "7707АВ001": character 'А' at position 5 is a Cyrillic letter that looks like 'A'"#
/// );
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Kpp([u8; 9]);

impl Kpp {
    /// The code of the tax office where the organisation is registered: characters 1–4.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Kpp;
    ///
    /// assert_eq!("770401001".parse::<Kpp>()?.tax_office_code(), "7704");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn tax_office_code(&self) -> &str {
        &self.as_str()[..4]
    }

    /// The reason for the registration: characters 5–6 (`01` is the organisation's own
    /// address, `43` a branch; letters are used too).
    ///
    /// # Example
    /// ```
    /// use social_services::values::Kpp;
    ///
    /// assert_eq!("7707AB001".parse::<Kpp>()?.reason_code(), "AB");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn reason_code(&self) -> &str {
        &self.as_str()[4..6]
    }

    /// The canonical text: the nine characters.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Kpp;
    ///
    /// assert_eq!("773601001".parse::<Kpp>()?.as_str(), "773601001");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        // Only ASCII digits and capitals are ever stored, so the text is always UTF-8.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

/// Reads the nine characters; the reason only, the caller adds the input.
///
/// Checks, in order: empty, each character (positions past the ninth are read as digits),
/// then the length.
fn parse(s: &str) -> Result<Kpp, IdentifierErrorKind> {
    if s.trim().is_empty() {
        return Err(IdentifierErrorKind::Empty);
    }
    let mut ascii = [0; 9];
    let mut count = 0;
    for (index, c) in s.chars().enumerate() {
        let position = index + 1;
        let reason_position = matches!(position, 5 | 6);
        let allowed = c.is_ascii_digit() || (reason_position && c.is_ascii_uppercase());
        if allowed {
            if let Some(slot) = ascii.get_mut(index) {
                // ASCII, so the cast cannot truncate.
                #[allow(clippy::cast_possible_truncation)]
                let byte = c as u8;
                *slot = byte;
            }
            count += 1;
            continue;
        }
        let looks_like = if reason_position {
            latin_look_alike(c).or_else(|| digit_look_alike(c))
        } else {
            digit_look_alike(c)
        };
        return Err(match looks_like {
            Some(looks_like) => IdentifierErrorKind::LookAlike {
                position,
                found: c,
                looks_like,
            },
            None => IdentifierErrorKind::Character {
                position,
                found: c,
                expected: if reason_position {
                    REASON_CHARACTER
                } else {
                    "a digit"
                },
            },
        });
    }
    if count != 9 {
        return Err(IdentifierErrorKind::Length {
            expected: "9 characters",
            found: count,
        });
    }
    Ok(Kpp(ascii))
}

impl FromStr for Kpp {
    type Err = ValueError;

    /// Reads a КПП from its nine characters.
    ///
    /// # Errors
    /// [`ValueError::Kpp`] when the text is empty, has a character that is not allowed at its
    /// place (a Cyrillic look-alike is named as such), or does not have nine characters.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s).map_err(|kind| ValueError::Kpp {
            input: s.to_owned(),
            kind,
        })
    }
}

text_conversions!(Kpp);

impl fmt::Display for Kpp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Kpp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Kpp({})", self.as_str())
    }
}

#[cfg(any(test, feature = "proptest"))]
impl proptest::arbitrary::Arbitrary for Kpp {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    /// Any tax office; mostly the common reasons (01 own address, 02–05 property, 43 branch,
    /// 50 major taxpayer), sometimes any two of `0-9A-Z`; any serial number.
    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        const REASON: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        const COMMON: &[[u8; 2]] = &[*b"01", *b"02", *b"03", *b"05", *b"43", *b"50"];
        let common = proptest::sample::select(COMMON);
        let any_reason = proptest::array::uniform2(proptest::sample::select(REASON));
        (
            proptest::array::uniform4(b'0'..=b'9'),
            prop_oneof![3 => common, 1 => any_reason],
            proptest::array::uniform3(b'0'..=b'9'),
        )
            .prop_map(|(office, reason, serial)| {
                let mut ascii = [0; 9];
                ascii[..4].copy_from_slice(&office);
                ascii[4..6].copy_from_slice(&reason);
                ascii[6..].copy_from_slice(&serial);
                Kpp(ascii)
            })
            .boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn kind(input: &str) -> IdentifierErrorKind {
        match input.parse::<Kpp>() {
            Err(ValueError::Kpp { kind, .. }) => kind,
            other => panic!("expected a КПП error for {input:?}, got {other:?}"),
        }
    }

    #[test]
    fn accepts_published_kpp() {
        for (kpp, source) in [
            ("773601001", "ПАО Сбербанк, registry card (ЕГРЮЛ)"),
            ("770401001", "ООО «Яндекс», registry card (ЕГРЮЛ)"),
            ("771401001", "node-ru-codes __tests__/isKPP.js"),
            (
                "7707AB001",
                "a form-mask library's documented ruKpp example (letters at 5–6)",
            ),
            ("7736AB001", "a requisites checker's test of a lettered КПП"),
        ] {
            let parsed: Kpp = kpp.parse().unwrap_or_else(|e| panic!("{source}: {e}"));
            assert_eq!(parsed.as_str(), kpp, "{source}");
        }
    }

    #[test]
    fn splits_kpp_into_office_and_reason() {
        let kpp: Kpp = "773601001".parse().unwrap();
        assert_eq!(kpp.tax_office_code(), "7736");
        assert_eq!(kpp.reason_code(), "01");
    }

    #[test]
    fn rejects_kpp_of_wrong_length() {
        // node-ru-codes' negative case: 771401001 with an extra digit.
        assert_eq!(
            "7714010011".parse::<Kpp>().unwrap_err().to_string(),
            r#"invalid КПП "7714010011": expected 9 characters, found 10 characters"#
        );
        assert_eq!(
            kind("77360100"),
            IdentifierErrorKind::Length {
                expected: "9 characters",
                found: 8
            }
        );
    }

    #[test]
    fn rejects_letters_outside_the_reason_code() {
        assert_eq!(
            "77A601001".parse::<Kpp>().unwrap_err().to_string(),
            r#"invalid КПП "77A601001": character 'A' at position 3 is not a digit"#
        );
    }

    #[test]
    fn rejects_lowercase_and_other_characters_in_the_reason_code() {
        assert_eq!(
            "7707ab001".parse::<Kpp>().unwrap_err().to_string(),
            r#"invalid КПП "7707ab001": character 'a' at position 5 is not a digit or a Latin capital letter"#
        );
        assert!(matches!(
            kind("7707-1001"),
            IdentifierErrorKind::Character { position: 5, .. }
        ));
    }

    #[test]
    fn names_a_cyrillic_look_alike_in_the_reason_code() {
        // The documented example typed with a Cyrillic А at position 5, then a Cyrillic В at 6.
        assert_eq!(
            "7707АB001".parse::<Kpp>().unwrap_err().to_string(),
            r#"invalid КПП "7707АB001": character 'А' at position 5 is a Cyrillic letter that looks like 'A'"#
        );
        assert_eq!(
            kind("7707AВ001"),
            IdentifierErrorKind::LookAlike {
                position: 6,
                found: 'В',
                looks_like: 'B'
            }
        );
        // Every Cyrillic capital that looks like a Latin one.
        for (cyrillic, latin) in [
            ('А', 'A'),
            ('В', 'B'),
            ('Е', 'E'),
            ('К', 'K'),
            ('М', 'M'),
            ('Н', 'H'),
            ('О', 'O'),
            ('Р', 'P'),
            ('С', 'C'),
            ('Т', 'T'),
            ('Х', 'X'),
        ] {
            assert_eq!(
                kind(&format!("7707{cyrillic}1001")),
                IdentifierErrorKind::LookAlike {
                    position: 5,
                    found: cyrillic,
                    looks_like: latin
                }
            );
        }
    }

    #[test]
    fn names_a_cyrillic_o_among_the_digits() {
        // Сбербанк's КПП typed with a Cyrillic О in the serial number.
        assert_eq!(
            "7736010О1".parse::<Kpp>().unwrap_err().to_string(),
            r#"invalid КПП "7736010О1": character 'О' at position 8 is a Cyrillic letter that looks like '0'"#
        );
    }

    #[test]
    fn rejects_empty_kpp() {
        assert_eq!(
            "".parse::<Kpp>().unwrap_err().to_string(),
            r#"invalid КПП "": empty"#
        );
    }

    #[test]
    fn every_way_in_is_the_same_parser() {
        let kpp: Kpp = "773601001".parse().unwrap();
        assert_eq!(Kpp::try_from("773601001").unwrap(), kpp);
        assert_eq!(Kpp::try_from(String::from("773601001")).unwrap(), kpp);
        assert_eq!(String::from(kpp), "773601001");
        assert_eq!(format!("{kpp:?}"), "Kpp(773601001)");
    }

    #[test]
    fn bad_json_fails_with_the_from_str_message() {
        let from_str = "7707АВ001".parse::<Kpp>().unwrap_err().to_string();
        let json = serde_json::from_value::<Kpp>(serde_json::json!("7707АВ001")).unwrap_err();
        assert_eq!(json.to_string(), from_str);
    }

    proptest! {
        #[test]
        fn display_then_parse_gives_the_same_kpp(kpp in any::<Kpp>()) {
            prop_assert_eq!(kpp.to_string().parse::<Kpp>().unwrap(), kpp);
        }

        #[test]
        fn json_round_trip_gives_the_same_kpp(kpp in any::<Kpp>()) {
            let json = serde_json::to_string(&kpp).unwrap();
            prop_assert_eq!(serde_json::from_str::<Kpp>(&json).unwrap(), kpp);
        }
    }
}
