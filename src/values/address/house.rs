//! A house number: `71`, `71А`, `71/2`, `71 к. 2`, `71 стр. 3`.

use std::fmt;
use std::str::FromStr;

use super::AddressErrorKind;
use super::kind::strip_prefix_folded;
use crate::values::ValueError;

/// A house number (номер дома) with its optional parts: a letter (`71А`), a second number of
/// a corner house (`71/2`), a корпус (`к. 2`) and a строение (`стр. 3`).
///
/// The text form is `<number>[<letter>][/<number>][ к. <number>][ стр. <number>]`, such as
/// `71`, `71А`, `12/3`, `71 к. 2`, `5Б к. 1 стр. 2`. Reading is lenient: an optional `д.`,
/// `д` or `дом` in front; the letter in either case (`71а`), printed uppercase; `к2`, `к.2`,
/// `к 2`, `корп. 2`, `корпус 2` for the корпус and `стр3`, `стр. 3`, `строение 3` for the
/// строение. Numbers are 1 to 65535; the letter is one Cyrillic letter. Flats, offices and
/// владения are not part of a house number and are rejected.
///
/// Houses are ordered by number, then letter, second number, корпус and строение.
///
/// # Example
/// ```
/// use social_services::values::House;
///
/// let house: House = "д. 71а корп. 2".parse()?;
/// assert_eq!(house.to_string(), "71А к. 2");
/// assert_eq!(house.number(), 71);
/// assert_eq!(house.letter(), Some('А'));
/// assert_eq!(house.building(), Some(2));
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct House {
    number: u16,
    letter: Option<char>,
    fraction: Option<u16>,
    building: Option<u16>,
    structure: Option<u16>,
}

impl House {
    /// A house with a number only.
    ///
    /// # Errors
    /// [`ValueError::Address`] when the number is 0.
    ///
    /// # Example
    /// ```
    /// use social_services::values::House;
    ///
    /// assert_eq!(House::new(71)?.to_string(), "71");
    /// assert!(House::new(0).is_err());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn new(number: u16) -> Result<Self, ValueError> {
        if number == 0 {
            return Err(ValueError::Address {
                input: "0".to_owned(),
                kind: AddressErrorKind::House {
                    found: "0".to_owned(),
                },
            });
        }
        Ok(Self {
            number,
            letter: None,
            fraction: None,
            building: None,
            structure: None,
        })
    }

    /// The house number, `71` in `71А/2 к. 3`.
    ///
    /// # Example
    /// ```
    /// use social_services::values::House;
    ///
    /// assert_eq!("71А/2 к. 3".parse::<House>()?.number(), 71);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn number(self) -> u16 {
        self.number
    }

    /// The letter after the number, uppercase: `А` in `71А`.
    ///
    /// # Example
    /// ```
    /// use social_services::values::House;
    ///
    /// assert_eq!("71а".parse::<House>()?.letter(), Some('А'));
    /// assert_eq!("71".parse::<House>()?.letter(), None);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn letter(self) -> Option<char> {
        self.letter
    }

    /// The second number of a corner house: `2` in `71/2`.
    ///
    /// # Example
    /// ```
    /// use social_services::values::House;
    ///
    /// assert_eq!("71/2".parse::<House>()?.fraction(), Some(2));
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn fraction(self) -> Option<u16> {
        self.fraction
    }

    /// The корпус: `2` in `71 к. 2`.
    ///
    /// # Example
    /// ```
    /// use social_services::values::House;
    ///
    /// assert_eq!("71 к2".parse::<House>()?.building(), Some(2));
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn building(self) -> Option<u16> {
        self.building
    }

    /// The строение: `3` in `71 стр. 3`.
    ///
    /// # Example
    /// ```
    /// use social_services::values::House;
    ///
    /// assert_eq!("71 стр. 3".parse::<House>()?.structure(), Some(3));
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn structure(self) -> Option<u16> {
        self.structure
    }
}

/// Reads a positive number at the start of `text`; the number and the rest.
fn number(text: &str) -> Option<(u16, &str)> {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let n: u16 = text[..end].parse().ok()?;
    (n > 0).then_some((n, &text[end..]))
}

/// Reads the number after one of `prefixes` (longest first) at the start of `text`.
fn labelled<'a>(text: &'a str, prefixes: &[&str]) -> Option<(u16, &'a str)> {
    prefixes.iter().find_map(|prefix| {
        let rest = strip_prefix_folded(text, prefix)?;
        number(rest.trim_start())
    })
}

/// Reads a house number in any of the accepted spellings.
pub(super) fn parse_house(text: &str) -> Result<House, AddressErrorKind> {
    let error = || AddressErrorKind::House {
        found: text.trim().to_owned(),
    };
    let mut rest = text.trim();
    for prefix in ["дом", "д.", "д"] {
        if let Some(after) = strip_prefix_folded(rest, prefix) {
            let after = after.trim_start();
            if after.starts_with(|c: char| c.is_ascii_digit()) {
                rest = after;
                break;
            }
        }
    }
    let (n, after) = number(rest).ok_or_else(error)?;
    let mut house = House {
        number: n,
        letter: None,
        fraction: None,
        building: None,
        structure: None,
    };
    rest = after;
    let mut chars = rest.chars();
    if let Some(c) = chars.next() {
        let next = chars.next();
        let ends = next.is_none_or(|n| n.is_whitespace() || n == '/');
        if ends && matches!(c, 'А'..='Я' | 'а'..='я' | 'Ё' | 'ё') {
            house.letter = c.to_uppercase().next();
            rest = &rest[c.len_utf8()..];
        }
    }
    if let Some(after) = rest.strip_prefix('/') {
        let (n, after) = number(after).ok_or_else(error)?;
        house.fraction = Some(n);
        rest = after;
    }
    rest = rest.trim_start();
    if let Some((n, after)) = labelled(rest, &["корпус", "корп.", "корп", "к.", "к"])
    {
        house.building = Some(n);
        rest = after.trim_start();
    }
    if let Some((n, after)) = labelled(rest, &["строение", "стр.", "стр"]) {
        house.structure = Some(n);
        rest = after.trim_start();
    }
    if rest.is_empty() {
        Ok(house)
    } else {
        Err(error())
    }
}

impl FromStr for House {
    type Err = ValueError;

    /// Reads a house number in any of the spellings described on [`House`].
    ///
    /// # Errors
    /// [`ValueError::Address`] when the text is empty or not a number with an optional letter,
    /// second number, корпус and строение.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_house(s).map_err(|kind| ValueError::Address {
            input: s.to_owned(),
            kind,
        })
    }
}

impl fmt::Display for House {
    /// `<number>[<letter>][/<number>][ к. <number>][ стр. <number>]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.number)?;
        if let Some(letter) = self.letter {
            write!(f, "{letter}")?;
        }
        if let Some(fraction) = self.fraction {
            write!(f, "/{fraction}")?;
        }
        if let Some(building) = self.building {
            write!(f, " к. {building}")?;
        }
        if let Some(structure) = self.structure {
            write!(f, " стр. {structure}")?;
        }
        Ok(())
    }
}

text_conversions!(House);

#[cfg(any(test, feature = "proptest"))]
impl proptest::arbitrary::Arbitrary for House {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    /// Houses as they are numbered: mostly small numbers, sometimes with a letter, a second
    /// number, a корпус or a строение.
    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        let small = || prop_oneof![4 => 1..=9u16, 1 => 10..=99u16];
        let part = move || prop::option::weighted(0.15, small());
        (
            prop_oneof![4 => 1..=200u16, 1 => 1..=u16::MAX],
            prop::option::weighted(
                0.2,
                prop::sample::select(vec!['А', 'Б', 'В', 'Г', 'Д', 'Е']),
            ),
            part(),
            part(),
            part(),
        )
            .prop_map(|(number, letter, fraction, building, structure)| House {
                number,
                letter,
                fraction,
                building,
                structure,
            })
            .boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn canonical(s: &str) -> String {
        s.parse::<House>()
            .unwrap_or_else(|e| panic!("{s:?}: {e}"))
            .to_string()
    }

    #[test]
    fn reads_plain_number() {
        assert_eq!(canonical("71"), "71");
        assert_eq!(canonical(" 71 "), "71");
    }

    #[test]
    fn reads_and_drops_house_prefix() {
        assert_eq!(canonical("д. 71"), "71");
        assert_eq!(canonical("д.71"), "71");
        assert_eq!(canonical("дом 71"), "71");
        assert_eq!(canonical("Д. 71"), "71");
    }

    #[test]
    fn reads_letter_in_either_case() {
        assert_eq!(canonical("71А"), "71А");
        assert_eq!(canonical("71а"), "71А");
    }

    #[test]
    fn reads_corner_house_number() {
        assert_eq!(canonical("12/3"), "12/3");
        assert_eq!(canonical("12б/3"), "12Б/3");
    }

    #[test]
    fn reads_building_in_every_spelling() {
        for text in [
            "71 к2",
            "71к2",
            "71 к.2",
            "71 к. 2",
            "71 корп. 2",
            "71 корпус 2",
        ] {
            assert_eq!(canonical(text), "71 к. 2", "{text}");
        }
    }

    #[test]
    fn reads_structure_in_every_spelling() {
        for text in ["71 стр. 3", "71 стр3", "71 строение 3", "71стр.3"] {
            assert_eq!(canonical(text), "71 стр. 3", "{text}");
        }
        assert_eq!(canonical("5Б к1 стр2"), "5Б к. 1 стр. 2");
    }

    #[test]
    fn rejects_empty_house() {
        assert_eq!(
            " ".parse::<House>().unwrap_err().to_string(),
            r#"invalid address " ": house "" is not of the form 71, 71А, 71/2, 71 к. 2 or 71 стр. 3"#
        );
    }

    #[test]
    fn rejects_text_that_is_not_a_house_number() {
        assert_eq!(
            "71 кв. 5".parse::<House>().unwrap_err().to_string(),
            r#"invalid address "71 кв. 5": house "71 кв. 5" is not of the form 71, 71А, 71/2, 71 к. 2 or 71 стр. 3"#
        );
        for bad in [
            "0",
            "А71",
            "71AB",
            "71 стр. 3 к. 2",
            "70000",
            "71/",
            "д. ",
            "71 к. 0",
        ] {
            assert!(bad.parse::<House>().is_err(), "{bad}");
        }
    }

    #[test]
    fn builds_from_number() {
        assert_eq!(House::new(71).unwrap(), "71".parse().unwrap());
        assert_eq!(
            House::new(0).unwrap_err().to_string(),
            r#"invalid address "0": house "0" is not of the form 71, 71А, 71/2, 71 к. 2 or 71 стр. 3"#
        );
    }

    #[test]
    fn orders_by_number_first() {
        let a: House = "9Б".parse().unwrap();
        let b: House = "10".parse().unwrap();
        assert!(a < b);
    }

    #[test]
    fn bad_json_fails_with_the_from_str_message() {
        let err = serde_json::from_value::<House>(serde_json::json!("71 кв. 5")).unwrap_err();
        let expected = "71 кв. 5".parse::<House>().unwrap_err();
        assert_eq!(err.to_string(), expected.to_string());
    }

    proptest! {
        #[test]
        fn display_parses_back(h: House) {
            prop_assert_eq!(h.to_string().parse::<House>().unwrap(), h);
        }

        #[test]
        fn json_round_trips(h: House) {
            let json = serde_json::to_string(&h).unwrap();
            prop_assert_eq!(serde_json::from_str::<House>(&json).unwrap(), h);
        }
    }
}
