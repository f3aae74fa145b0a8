//! A municipal district or okrug (`Лежневский муниципальный район`, `городской округ Шуя`):
//! the municipality of the first level that a settlement lies in.

use std::fmt;
use std::str::FromStr;

use super::AddressErrorKind;
use super::kind::fold;
use super::place::clean_name;
use crate::values::ValueError;

/// The kind of a [`District`]: a municipal district, a municipal okrug or an urban okrug.
///
/// Each kind is read from its full words and usual abbreviations, in any case, before or
/// after the name; it prints in full, after the name for a district or a municipal okrug
/// (`Лежневский муниципальный район`) and before it for an urban okrug (`городской округ Шуя`),
/// as they are usually written:
///
/// | variant | canonical | also read |
/// | --- | --- | --- |
/// | `MunicipalDistrict` | `<name> муниципальный район` | `район`, `р-н`, `м.р.`, `м. р.` |
/// | `MunicipalOkrug` | `<name> муниципальный округ` | `м.о.`, `м. о.` |
/// | `UrbanOkrug` | `городской округ <name>` | `г.о.`, `г. о.` |
///
/// # Example
/// ```
/// use social_services::values::{District, DistrictKind};
///
/// let district: District = "Лежневский р-н".parse()?;
/// assert_eq!(*district.kind(), DistrictKind::MunicipalDistrict);
/// assert_eq!(district.to_string(), "Лежневский муниципальный район");
/// assert_eq!(DistrictKind::UrbanOkrug.words(), "городской округ");
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum DistrictKind {
    /// Муниципальный район.
    MunicipalDistrict,
    /// Муниципальный округ.
    MunicipalOkrug,
    /// Городской округ.
    UrbanOkrug,
}

impl DistrictKind {
    /// Every kind, in the order of the variants.
    pub const ALL: &'static [DistrictKind] = &[
        Self::MunicipalDistrict,
        Self::MunicipalOkrug,
        Self::UrbanOkrug,
    ];

    /// The kind in full words, as printed: `муниципальный район`.
    ///
    /// # Example
    /// ```
    /// use social_services::values::DistrictKind;
    ///
    /// assert_eq!(DistrictKind::MunicipalOkrug.words(), "муниципальный округ");
    /// ```
    pub fn words(self) -> &'static str {
        self.synonyms()[0]
    }

    /// The ways the kind is written, lowercase; the first is canonical.
    fn synonyms(self) -> &'static [&'static str] {
        match self {
            Self::MunicipalDistrict => &["муниципальный район", "район", "р-н", "м.р.", "м. р."],
            Self::MunicipalOkrug => &["муниципальный округ", "м.о.", "м. о."],
            Self::UrbanOkrug => &["городской округ", "г.о.", "г. о."],
        }
    }

    /// Whether the kind is printed before the name.
    fn prefixed(self) -> bool {
        self == Self::UrbanOkrug
    }
}

impl fmt::Display for DistrictKind {
    /// The kind in full words.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.words())
    }
}

/// A municipal district or okrug (муниципальный район, муниципальный округ, городской округ):
/// its kind and its name, the part of an address between the federal subject and a settlement
/// that lies outside a city.
///
/// The text form is `<name> муниципальный район`, `<name> муниципальный округ` or
/// `городской округ <name>` (see [`DistrictKind`]). The name starts with an uppercase letter or
/// a digit (so that a locality or a street, which start with their lowercase kind, never reads
/// as a district) and has no `,`, `;` or control character; white space is collapsed.
///
/// # Example
/// ```
/// use social_services::values::{District, DistrictKind};
///
/// let shuya: District = "г.о. Шуя".parse()?;
/// assert_eq!(shuya.to_string(), "городской округ Шуя");
/// assert_eq!(shuya.name(), "Шуя");
/// assert_eq!(shuya, District::new(DistrictKind::UrbanOkrug, "Шуя")?);
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct District {
    kind: DistrictKind,
    name: String,
}

/// `text` without its last `suffix` chars compared folded, when they are preceded by a space.
fn strip_suffix_words(text: &[char], suffix: &str) -> Option<usize> {
    let suffix: Vec<char> = suffix.chars().collect();
    let start = text.len().checked_sub(suffix.len() + 1)?;
    let matches = text[start] == ' '
        && text[start + 1..]
            .iter()
            .zip(&suffix)
            .all(|(&a, &b)| fold(a) == fold(b));
    matches.then_some(start)
}

/// The length in chars of `prefix` and the space after it, if `text` starts with them.
fn strip_prefix_words(text: &[char], prefix: &str) -> Option<usize> {
    let prefix: Vec<char> = prefix.chars().collect();
    let matches = text.len() > prefix.len() + 1
        && text[prefix.len()] == ' '
        && text.iter().zip(&prefix).all(|(&a, &b)| fold(a) == fold(b));
    matches.then_some(prefix.len() + 1)
}

/// Reads a district, if `text` is one: a kind before or after a name that starts with an
/// uppercase letter or a digit. The longest matching spelling of a kind wins, a suffix over a
/// prefix of the same length.
pub(super) fn read_district(text: &str) -> Option<Result<District, AddressErrorKind>> {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let chars: Vec<char> = collapsed.chars().collect();
    let mut best: Option<(usize, DistrictKind, String)> = None;
    for &kind in DistrictKind::ALL {
        for synonym in kind.synonyms() {
            let len = synonym.chars().count();
            let candidates = [
                strip_suffix_words(&chars, synonym).map(|end| chars[..end].iter().collect()),
                strip_prefix_words(&chars, synonym).map(|start| chars[start..].iter().collect()),
            ];
            for name in candidates.into_iter().flatten() {
                let name: String = name;
                let starts_well = name
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
                if starts_well && best.as_ref().is_none_or(|(l, _, _)| len > *l) {
                    best = Some((len, kind, name));
                }
            }
        }
    }
    let (_, kind, name) = best?;
    Some(clean_name("district", &name).map(|name| District { kind, name }))
}

impl District {
    /// Builds a district from its kind and name.
    ///
    /// # Errors
    /// [`ValueError::Address`] when the name is empty, has a `,`, `;` or control character,
    /// or its text would read back as something else (a name that does not start with an
    /// uppercase letter or a digit, or that ends or starts with the words of a kind).
    ///
    /// # Example
    /// ```
    /// use social_services::values::{District, DistrictKind};
    ///
    /// let district = District::new(DistrictKind::MunicipalOkrug, "Ильинский")?;
    /// assert_eq!(district.to_string(), "Ильинский муниципальный округ");
    /// assert!(District::new(DistrictKind::MunicipalDistrict, "лежневский").is_err());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn new(kind: DistrictKind, name: &str) -> Result<Self, ValueError> {
        let error = |input: String, kind| ValueError::Address { input, kind };
        let name = clean_name("district", name).map_err(|k| error(name.to_owned(), k))?;
        let district = Self { kind, name };
        let text = district.to_string();
        match read_district(&text) {
            Some(Ok(read)) if read == district => Ok(district),
            _ => Err(error(
                text,
                AddressErrorKind::Ambiguous { part: "district" },
            )),
        }
    }

    /// The kind of the district.
    ///
    /// # Example
    /// ```
    /// use social_services::values::{District, DistrictKind};
    ///
    /// let d: District = "Лежневский муниципальный район".parse()?;
    /// assert_eq!(*d.kind(), DistrictKind::MunicipalDistrict);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn kind(&self) -> &DistrictKind {
        &self.kind
    }

    /// The name of the district, without its kind.
    ///
    /// # Example
    /// ```
    /// use social_services::values::District;
    ///
    /// let d: District = "Лежневский муниципальный район".parse()?;
    /// assert_eq!(d.name(), "Лежневский");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl FromStr for District {
    type Err = ValueError;

    /// Reads a district in the forms described on [`DistrictKind`].
    ///
    /// # Errors
    /// [`ValueError::Address`] when the text has no kind of district before or after a name
    /// starting with an uppercase letter or a digit, or the name has a `,`, `;` or control
    /// character.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let read = read_district(s).unwrap_or_else(|| {
            Err(AddressErrorKind::DistrictKind {
                found: s.split_whitespace().collect::<Vec<_>>().join(" "),
            })
        });
        read.map_err(|kind| ValueError::Address {
            input: s.to_owned(),
            kind,
        })
    }
}

impl fmt::Display for District {
    /// `<name> <kind>`, or `городской округ <name>`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.kind.prefixed() {
            write!(f, "{} {}", self.kind, self.name)
        } else {
            write!(f, "{} {}", self.name, self.kind)
        }
    }
}

text_conversions!(District);

#[cfg(any(test, feature = "proptest"))]
impl proptest::arbitrary::Arbitrary for District {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    /// Districts of every kind, with real and varied names.
    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        let name = prop_oneof![
            prop::sample::select(vec![
                "Лежневский",
                "Шуя",
                "Гаврилово-Посадский",
                "Ильинский",
                "Вичуга",
                "Заокский",
            ])
            .prop_map(str::to_owned),
            "[А-ЯЁ][а-яё]{2,12}( [А-ЯЁ][а-яё]{2,10})?",
        ];
        (prop::sample::select(DistrictKind::ALL), name)
            .prop_filter_map("reads back", |(kind, name)| District::new(kind, &name).ok())
            .boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn message(s: &str) -> String {
        s.parse::<District>().unwrap_err().to_string()
    }

    #[test]
    fn reads_every_spelling_before_or_after_the_name() {
        for (text, canonical) in [
            (
                "Лежневский муниципальный район",
                "Лежневский муниципальный район",
            ),
            ("Лежневский район", "Лежневский муниципальный район"),
            ("Лежневский  р-н", "Лежневский муниципальный район"),
            (
                "муниципальный район Лежневский",
                "Лежневский муниципальный район",
            ),
            ("Ильинский м.о.", "Ильинский муниципальный округ"),
            (
                "Ильинский Муниципальный Округ",
                "Ильинский муниципальный округ",
            ),
            ("городской округ Шуя", "городской округ Шуя"),
            ("г.о. Шуя", "городской округ Шуя"),
            ("Шуя городской округ", "городской округ Шуя"),
        ] {
            assert_eq!(
                text.parse::<District>().unwrap().to_string(),
                canonical,
                "{text}"
            );
        }
    }

    #[test]
    fn is_not_read_from_a_locality_a_street_or_a_region() {
        for text in [
            "пос. Лежнево",
            "ул. Районная",
            "р-н",
            "Ненецкий автономный округ",
        ] {
            assert!(read_district(text).is_none(), "{text}");
        }
    }

    #[test]
    fn rejects_text_without_a_kind() {
        assert_eq!(
            message("Лежневский"),
            r#"invalid address "Лежневский": district "Лежневский" has no kind (муниципальный район, муниципальный округ or городской округ) before or after a name starting with an uppercase letter or a digit"#
        );
        assert_eq!(
            message("Лежневский; Шуйский район"),
            r#"invalid address "Лежневский; Шуйский район": district name has the character ';'"#
        );
    }

    #[test]
    fn rejects_typed_district_that_reads_back_differently() {
        let err = District::new(DistrictKind::MunicipalDistrict, "лежневский");
        assert_eq!(
            err.unwrap_err().to_string(),
            r#"invalid address "лежневский муниципальный район": district would read back as a different kind or name"#
        );
    }

    #[test]
    fn serializes_as_canonical_string() {
        let d: District = "Лежневский р-н".parse().unwrap();
        assert_eq!(
            serde_json::to_string(&d).unwrap(),
            r#""Лежневский муниципальный район""#
        );
        let err = serde_json::from_str::<District>(r#""Лежневский""#).unwrap_err();
        assert_eq!(err.to_string(), message("Лежневский"));
    }

    proptest! {
        #[test]
        fn display_parses_back(d: District) {
            prop_assert_eq!(d.to_string().parse::<District>().unwrap(), d);
        }
    }
}
