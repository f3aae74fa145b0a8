//! ОКТМО: the code of a municipal territory in the All-Russian classifier of territories of
//! municipal formations.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::ValueError;
use super::digits::read_digits;

/// The longest ОКТМО: the code of a settlement inside a municipality.
const MAX_LEN: usize = 11;

/// An ОКТМО code: 8 digits for a municipality (муниципальное образование), or 11 digits for a
/// settlement (населённый пункт) inside one, such as `"24605000"` or `"24605101001"`.
///
/// The first two digits are the classifier's own prefix for a federal subject's territory; see
/// [`Oktmo::region_prefix`] for why it is not a [`RegionCode`](crate::values::RegionCode). The value is
/// stored inline (no heap allocation).
///
/// # Example
/// ```
/// use social_services::values::Oktmo;
///
/// let oktmo: Oktmo = "24605101001".parse()?;
/// assert!(oktmo.is_settlement());
/// assert_eq!(oktmo.municipality().as_str(), "24605101");
/// assert_eq!(oktmo.region_prefix(), "24");
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Oktmo {
    /// ASCII digits, then zero bytes past `len` (so the derived order is the order of the text).
    bytes: [u8; MAX_LEN],
    len: u8,
}

impl Oktmo {
    /// The number of digits in the ОКТМО of a municipality.
    pub const MUNICIPALITY_LEN: usize = 8;
    /// The number of digits in the ОКТМО of a settlement.
    pub const SETTLEMENT_LEN: usize = 11;

    /// The digits as text: 8 or 11 characters.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Oktmo;
    ///
    /// let oktmo: Oktmo = "70701000".parse()?;
    /// assert_eq!(oktmo.as_str(), "70701000");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        // Only ASCII digits are ever stored below `len`, so the bytes are always UTF-8.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }

    /// Whether this is the 11-digit code of a settlement rather than the 8-digit code of a
    /// municipality.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Oktmo;
    ///
    /// assert!(!"70701000".parse::<Oktmo>()?.is_settlement());
    /// assert!("70701000001".parse::<Oktmo>()?.is_settlement());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn is_settlement(&self) -> bool {
        usize::from(self.len) == Self::SETTLEMENT_LEN
    }

    /// The 8-digit code of the municipality: the first eight digits of a settlement's code, or
    /// the code itself when it already is a municipality's.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Oktmo;
    ///
    /// let settlement: Oktmo = "70701000001".parse()?;
    /// assert_eq!(settlement.municipality().to_string(), "70701000");
    /// assert_eq!(settlement.municipality().municipality(), settlement.municipality());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    #[must_use]
    pub fn municipality(&self) -> Oktmo {
        let mut bytes = [0; MAX_LEN];
        bytes[..Self::MUNICIPALITY_LEN].copy_from_slice(&self.bytes[..Self::MUNICIPALITY_LEN]);
        #[allow(clippy::cast_possible_truncation)] // 8 fits in a u8
        let len = Self::MUNICIPALITY_LEN as u8;
        Oktmo { bytes, len }
    }

    /// The first two digits: the classifier's prefix of the federal subject's territory.
    ///
    /// This prefix is **not** the subject code of [`RegionCode`](crate::values::RegionCode) used by the
    /// tax service and most registries. ОКТМО numbers subjects in its own order: Ивановская
    /// область has ОКТМО prefix `24` but subject code `37`; Тульская область has `70` but `71`.
    /// The crate never converts one into the other, since that needs a mapping table.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Oktmo;
    ///
    /// // A municipality of Ивановская область (subject code 37).
    /// let oktmo: Oktmo = "24605000".parse()?;
    /// assert_eq!(oktmo.region_prefix(), "24");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn region_prefix(&self) -> &str {
        &self.as_str()[..2]
    }
}

impl FromStr for Oktmo {
    type Err = ValueError;

    /// Reads 8 or 11 ASCII digits.
    ///
    /// # Errors
    /// [`ValueError::Oktmo`] when the text is empty, has a character that is not an ASCII digit
    /// (a Cyrillic `О` or `З` is named as a look-alike), or does not have 8 or 11 digits.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let digits = read_digits(
            s,
            &[Self::MUNICIPALITY_LEN, Self::SETTLEMENT_LEN],
            "8 or 11 digits",
        )
        .map_err(|kind| ValueError::Oktmo {
            input: s.to_owned(),
            kind,
        })?;
        let digits = digits.as_slice();
        let mut bytes = [0; MAX_LEN];
        for (byte, digit) in bytes.iter_mut().zip(digits) {
            *byte = b'0' + digit;
        }
        #[allow(clippy::cast_possible_truncation)] // 8 or 11 fits in a u8
        let len = digits.len() as u8;
        Ok(Self { bytes, len })
    }
}

impl fmt::Display for Oktmo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

text_conversions!(Oktmo);

#[cfg(any(test, feature = "proptest"))]
impl proptest::arbitrary::Arbitrary for Oktmo {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    /// Municipalities and settlements in equal measure, with any digits.
    fn arbitrary_with((): Self::Parameters) -> Self::Strategy {
        use proptest::prelude::*;
        (
            proptest::array::uniform11(0u8..=9),
            prop_oneof![Just(Self::MUNICIPALITY_LEN), Just(Self::SETTLEMENT_LEN)],
        )
            .prop_map(|(digits, len)| {
                let mut bytes = [0; MAX_LEN];
                for (byte, digit) in bytes.iter_mut().zip(&digits[..len]) {
                    *byte = b'0' + digit;
                }
                #[allow(clippy::cast_possible_truncation)] // 8 or 11 fits in a u8
                let len = len as u8;
                Self { bytes, len }
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
    fn reads_a_municipality_code() {
        let oktmo: Oktmo = "24605000".parse().unwrap();
        assert_eq!(oktmo.as_str(), "24605000");
        assert!(!oktmo.is_settlement());
    }

    #[test]
    fn reads_a_settlement_code() {
        let oktmo: Oktmo = "24605000001".parse().unwrap();
        assert_eq!(oktmo.as_str(), "24605000001");
        assert!(oktmo.is_settlement());
        assert_eq!(oktmo.municipality().as_str(), "24605000");
    }

    #[test]
    fn region_prefix_is_the_first_two_digits_not_the_subject_code() {
        // Ивановская область: ОКТМО prefix 24, subject code 37.
        assert_eq!("24605000".parse::<Oktmo>().unwrap().region_prefix(), "24");
        // Тульская область: ОКТМО prefix 70, subject code 71.
        assert_eq!("70701000".parse::<Oktmo>().unwrap().region_prefix(), "70");
    }

    #[test]
    fn orders_as_its_text() {
        let a: Oktmo = "24605000".parse().unwrap();
        let b: Oktmo = "24605000001".parse().unwrap();
        let c: Oktmo = "24605001".parse().unwrap();
        assert!(a < b && b < c);
    }

    #[test]
    fn rejects_empty_oktmo() {
        let err = "".parse::<Oktmo>().unwrap_err();
        assert_eq!(err.to_string(), r#"invalid ОКТМО "": empty"#);
    }

    #[test]
    fn rejects_oktmo_of_ten_digits() {
        let err = "2460500000".parse::<Oktmo>().unwrap_err();
        assert_eq!(
            err,
            ValueError::Oktmo {
                input: "2460500000".into(),
                kind: IdentifierErrorKind::Length {
                    expected: "8 or 11 digits",
                    found: 10
                }
            }
        );
        assert_eq!(
            err.to_string(),
            r#"invalid ОКТМО "2460500000": expected 8 or 11 digits, found 10 characters"#
        );
    }

    #[test]
    fn rejects_oktmo_with_a_letter() {
        let err = "2460500x".parse::<Oktmo>().unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid ОКТМО "2460500x": character 'x' at position 8 is not a digit"#
        );
    }

    #[test]
    fn names_a_cyrillic_o_in_an_oktmo() {
        let err = "246О5000".parse::<Oktmo>().unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid ОКТМО "246О5000": character 'О' at position 4 is a Cyrillic letter that looks like '0'"#
        );
    }

    #[test]
    fn converts_through_try_from_and_into_string() {
        let oktmo = Oktmo::try_from("70701000").unwrap();
        assert_eq!(String::from(oktmo), "70701000");
        assert_eq!(Oktmo::try_from(String::from("70701000")).unwrap(), oktmo);
    }

    #[test]
    fn serializes_as_a_string() {
        let oktmo: Oktmo = "70701000".parse().unwrap();
        assert_eq!(serde_json::to_string(&oktmo).unwrap(), r#""70701000""#);
    }

    #[test]
    fn bad_json_fails_with_the_parse_message() {
        let err = serde_json::from_value::<Oktmo>(serde_json::json!("7070100")).unwrap_err();
        let parse_err = "7070100".parse::<Oktmo>().unwrap_err();
        assert_eq!(err.to_string(), parse_err.to_string());
    }

    proptest! {
        #[test]
        fn display_parses_back(oktmo: Oktmo) {
            prop_assert_eq!(oktmo.to_string().parse::<Oktmo>().unwrap(), oktmo);
        }

        #[test]
        fn json_round_trips(oktmo: Oktmo) {
            let json = serde_json::to_string(&oktmo).unwrap();
            prop_assert_eq!(serde_json::from_str::<Oktmo>(&json).unwrap(), oktmo);
        }

        #[test]
        fn municipality_is_a_prefix(oktmo: Oktmo) {
            let municipality = oktmo.municipality();
            prop_assert!(oktmo.as_str().starts_with(municipality.as_str()));
            prop_assert!(!municipality.is_settlement());
        }
    }
}
