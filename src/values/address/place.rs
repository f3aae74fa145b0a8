//! A locality (`г. Тула`) and a street (`ул. Гоголевская`): a kind and a name.

use std::fmt;
use std::str::FromStr;

use super::AddressErrorKind;
use super::kind::{Kind, LocalityKind, StreetKind, split_kind};
use crate::values::ValueError;

/// A locality (населённый пункт): its kind and its name, `г. Тула`, `с. Сосновка`.
///
/// The text form is the kind's abbreviation, a space and the name. Reading accepts the kinds'
/// other spellings (see [`LocalityKind`]), collapses runs of white space in the name to one
/// space and rejects a name that is empty or has a `,` or `;` (they separate the parts of an
/// address line) or a control character.
///
/// # Example
/// ```
/// use social_services::values::{Locality, LocalityKind};
///
/// let tula: Locality = "город  Тула".parse()?;
/// assert_eq!(tula.to_string(), "г. Тула");
/// assert_eq!(tula.name(), "Тула");
/// assert_eq!(tula, Locality::new(LocalityKind::City, "Тула")?);
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct Locality {
    kind: LocalityKind,
    name: String,
}

/// A street (элемент улично-дорожной сети): its kind and its name, `ул. Гоголевская`.
///
/// The text form is the kind's abbreviation, a space and the name. Reading accepts the kinds'
/// other spellings, also after the name (`Гоголевская улица`; see [`StreetKind`]), collapses
/// runs of white space in the name and rejects a name that is empty or has a `,`, `;` or
/// control character.
///
/// # Example
/// ```
/// use social_services::values::{Street, StreetKind};
///
/// let street: Street = "Гоголевская ул.".parse()?;
/// assert_eq!(street.to_string(), "ул. Гоголевская");
/// assert_eq!(street, Street::new(StreetKind::Street, "Гоголевская")?);
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct Street {
    kind: StreetKind,
    name: String,
}

/// Trims `name`, collapses its white space and checks its characters.
pub(super) fn clean_name(part: &'static str, name: &str) -> Result<String, AddressErrorKind> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(AddressErrorKind::EmptyName { part });
    }
    if let Some(found) = name
        .chars()
        .find(|&c| c == ',' || c == ';' || c.is_control())
    {
        return Err(AddressErrorKind::NameCharacter { part, found });
    }
    Ok(name)
}

/// Reads `<kind> <name>` (or, with `suffix`, `<name> <kind>`).
fn parse_place<K: Kind + Clone>(
    part: &'static str,
    text: &str,
    suffix: bool,
) -> Result<(K, String), AddressErrorKind> {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.is_empty() {
        return Err(AddressErrorKind::EmptyName { part });
    }
    if super::district::read_district(&collapsed).is_some() {
        return Err(AddressErrorKind::ReadsAsDistrict {
            part,
            found: collapsed,
        });
    }
    let (kind, name) =
        split_kind::<K>(&collapsed, suffix).ok_or_else(|| AddressErrorKind::Kind {
            part,
            found: collapsed.clone(),
            examples: K::EXAMPLES,
        })?;
    Ok((kind, clean_name(part, name)?))
}

/// Builds a place from a typed kind and a name, checking that its text reads back to it.
fn new_place<K: Kind + Clone + fmt::Display>(
    part: &'static str,
    kind: K,
    name: &str,
    suffix: bool,
) -> Result<(K, String), ValueError> {
    let name = clean_name(part, name).map_err(|kind| ValueError::Address {
        input: name.to_owned(),
        kind,
    })?;
    let text = format!("{kind} {name}");
    match parse_place::<K>(part, &text, suffix) {
        Ok((k, n)) if k == kind && n == name => Ok((kind, name)),
        Ok(_) | Err(_) => Err(ValueError::Address {
            input: text,
            kind: AddressErrorKind::Ambiguous { part },
        }),
    }
}

impl Locality {
    /// Builds a locality from its kind and name.
    ///
    /// # Errors
    /// [`ValueError::Address`] when the name is empty or has a `,`, `;` or control character,
    /// or when an `Other` kind is not one lowercase word distinct from the known kinds (the
    /// text would read back as something else).
    ///
    /// # Example
    /// ```
    /// use social_services::values::{Locality, LocalityKind};
    ///
    /// let aul = Locality::new(LocalityKind::Other("аул".into()), "Эндирей")?;
    /// assert_eq!(aul.to_string(), "аул Эндирей");
    /// assert!(Locality::new(LocalityKind::Other("г.".into()), "Тула").is_err());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn new(kind: LocalityKind, name: &str) -> Result<Self, ValueError> {
        let (kind, name) = new_place("locality", kind, name, false)?;
        Ok(Self { kind, name })
    }

    /// The kind of the locality.
    ///
    /// # Example
    /// ```
    /// use social_services::values::{Locality, LocalityKind};
    ///
    /// let l: Locality = "пгт Заокский".parse()?;
    /// assert_eq!(*l.kind(), LocalityKind::UrbanSettlement);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn kind(&self) -> &LocalityKind {
        &self.kind
    }

    /// The name of the locality, without its kind.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Locality;
    ///
    /// let l: Locality = "г. Вичуга".parse()?;
    /// assert_eq!(l.name(), "Вичуга");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Street {
    /// Builds a street from its kind and name.
    ///
    /// # Errors
    /// [`ValueError::Address`] when the name is empty or has a `,`, `;` or control character,
    /// or when the text would read back as something else (an `Other` kind that is not one
    /// lowercase word distinct from the known kinds, or a name that ends with a known kind
    /// after an `Other` kind).
    ///
    /// # Example
    /// ```
    /// use social_services::values::{Street, StreetKind};
    ///
    /// let street = Street::new(StreetKind::Avenue, "Ленина")?;
    /// assert_eq!(street.to_string(), "пр-т Ленина");
    /// assert!(Street::new(StreetKind::Street, " ").is_err());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn new(kind: StreetKind, name: &str) -> Result<Self, ValueError> {
        let (kind, name) = new_place("street", kind, name, true)?;
        Ok(Self { kind, name })
    }

    /// The kind of the street.
    ///
    /// # Example
    /// ```
    /// use social_services::values::{Street, StreetKind};
    ///
    /// let s: Street = "наб. Дубровского".parse()?;
    /// assert_eq!(*s.kind(), StreetKind::Embankment);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn kind(&self) -> &StreetKind {
        &self.kind
    }

    /// The name of the street, without its kind.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Street;
    ///
    /// let s: Street = "ул. Гоголевская".parse()?;
    /// assert_eq!(s.name(), "Гоголевская");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// Reads a locality, for [`Locality::from_str`] and the address line.
pub(super) fn parse_locality(text: &str) -> Result<Locality, AddressErrorKind> {
    let (kind, name) = parse_place("locality", text, false)?;
    Ok(Locality { kind, name })
}

/// Reads a street, for [`Street::from_str`] and the address line.
pub(super) fn parse_street(text: &str) -> Result<Street, AddressErrorKind> {
    let (kind, name) = parse_place("street", text, true)?;
    Ok(Street { kind, name })
}

impl FromStr for Locality {
    type Err = ValueError;

    /// Reads `<kind> <name>`, e.g. `г. Тула`, `село Сосновка`, `аул Эндирей`.
    ///
    /// # Errors
    /// [`ValueError::Address`] when the text does not start with a kind (a known one, or a
    /// lowercase word), or the name is empty or has a `,`, `;` or control character.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_locality(s).map_err(|kind| ValueError::Address {
            input: s.to_owned(),
            kind,
        })
    }
}

impl FromStr for Street {
    type Err = ValueError;

    /// Reads `<kind> <name>` or `<name> <known kind>`, e.g. `ул. Гоголевская`,
    /// `Гоголевская улица`, `аллея Славы`.
    ///
    /// # Errors
    /// [`ValueError::Address`] when the text has no kind, or the name is empty or has a `,`,
    /// `;` or control character.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_street(s).map_err(|kind| ValueError::Address {
            input: s.to_owned(),
            kind,
        })
    }
}

impl fmt::Display for Locality {
    /// `<abbreviation> <name>`, e.g. `г. Тула`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.kind, self.name)
    }
}

impl fmt::Display for Street {
    /// `<abbreviation> <name>`, e.g. `ул. Гоголевская`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.kind, self.name)
    }
}

text_conversions!(Locality);
text_conversions!(Street);

#[cfg(any(test, feature = "proptest"))]
mod arbitrary {
    use super::{Locality, LocalityKind, Street, StreetKind};
    use proptest::prelude::*;

    /// Names as they are written: one or two capitalised words, sometimes hyphenated or with
    /// a number (`8 Марта`), and a few real ones.
    fn name() -> impl Strategy<Value = String> {
        prop_oneof![
            2 => prop::sample::select(vec![
                "Тула", "Вичуга", "Иваново", "Шуя", "Гоголевская", "Московская",
                "Гаврилов-Ям", "8 Марта", "Николо-Гастунь", "Ленина", "Дубровского",
            ])
            .prop_map(str::to_owned),
            3 => "[А-ЯЁ][а-яё]{2,12}( [А-ЯЁ][а-яё]{2,10})?",
            1 => "[А-ЯЁ][а-яё]{2,8}-[А-ЯЁ][а-яё]{2,8}",
            1 => "[1-9][0-9]? [А-ЯЁ][а-яё]{3,10}",
        ]
    }

    impl Arbitrary for LocalityKind {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;

        /// Every known kind, and a few `Other` kinds met in registries.
        fn arbitrary_with((): ()) -> Self::Strategy {
            prop_oneof![
                8 => prop::sample::select(LocalityKind::KNOWN),
                1 => prop::sample::select(vec!["аул", "нп", "снт", "ст.", "сл."])
                    .prop_map(|w| LocalityKind::Other(w.to_owned())),
            ]
            .boxed()
        }
    }

    impl Arbitrary for StreetKind {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;

        /// Every known kind (streets most often), and a few `Other` kinds.
        fn arbitrary_with((): ()) -> Self::Strategy {
            prop_oneof![
                4 => Just(StreetKind::Street),
                4 => prop::sample::select(StreetKind::KNOWN),
                1 => prop::sample::select(vec!["аллея", "тупик", "линия", "кв-л"])
                    .prop_map(|w| StreetKind::Other(w.to_owned())),
            ]
            .boxed()
        }
    }

    impl Arbitrary for Locality {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;

        /// Localities of every kind with varied names.
        fn arbitrary_with((): ()) -> Self::Strategy {
            (any::<LocalityKind>(), name())
                .prop_filter_map("reads back", |(kind, name)| Locality::new(kind, &name).ok())
                .boxed()
        }
    }

    impl Arbitrary for Street {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;

        /// Streets of every kind with varied names.
        fn arbitrary_with((): ()) -> Self::Strategy {
            (any::<StreetKind>(), name())
                .prop_filter_map("reads back", |(kind, name)| Street::new(kind, &name).ok())
                .boxed()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn message<T: FromStr<Err = ValueError> + fmt::Debug>(s: &str) -> String {
        s.parse::<T>().unwrap_err().to_string()
    }

    #[test]
    fn reads_locality_in_every_spelling() {
        for (text, canonical) in [
            ("г. Тула", "г. Тула"),
            ("город Тула", "г. Тула"),
            ("г.Тула", "г. Тула"),
            ("Г. Тула", "г. Тула"),
            ("поселок Заокский", "пос. Заокский"),
            ("деревня Малые Горки", "д. Малые Горки"),
            ("ст-ца Старощербиновская", "ст-ца Старощербиновская"),
        ] {
            let l: Locality = text.parse().unwrap();
            assert_eq!(l.to_string(), canonical, "{text}");
        }
    }

    #[test]
    fn reads_street_with_kind_before_or_after_the_name() {
        for (text, canonical) in [
            ("ул. Гоголевская", "ул. Гоголевская"),
            ("улица Гоголевская", "ул. Гоголевская"),
            ("Гоголевская ул.", "ул. Гоголевская"),
            ("Гоголевская улица", "ул. Гоголевская"),
            ("проспект Ленина", "пр-т Ленина"),
            ("Красноармейский пр-кт", "пр-т Красноармейский"),
            ("ул. 8 Марта", "ул. 8 Марта"),
        ] {
            let s: Street = text.parse().unwrap();
            assert_eq!(s.to_string(), canonical, "{text}");
        }
    }

    #[test]
    fn collapses_white_space_in_names() {
        let s: Street = "  ул.   Малая   Лесная ".parse().unwrap();
        assert_eq!(s.name(), "Малая Лесная");
    }

    #[test]
    fn rejects_locality_without_kind() {
        assert_eq!(
            message::<Locality>("Тула"),
            r#"invalid address "Тула": locality "Тула" does not start with its kind (such as г., с., пос. or a lowercase word)"#
        );
    }

    #[test]
    fn rejects_empty_name() {
        assert_eq!(
            message::<Street>("ул. "),
            r#"invalid address "ул. ": street name is empty"#
        );
        assert_eq!(
            message::<Locality>(""),
            r#"invalid address "": locality name is empty"#
        );
    }

    #[test]
    fn rejects_separators_in_name() {
        assert_eq!(
            message::<Street>("ул. Гоголевская; 71"),
            r#"invalid address "ул. Гоголевская; 71": street name has the character ';'"#
        );
    }

    #[test]
    fn rejects_typed_place_that_reads_back_differently() {
        let err = Locality::new(LocalityKind::Other("город".into()), "Тула").unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"invalid address "город Тула": locality would read back as a different kind or name"#
        );
        assert!(Street::new(StreetKind::Other("аллея".into()), "Славы ул.").is_err());
        assert!(Street::new(StreetKind::Other("Аллея".into()), "Славы").is_err());
    }

    #[test]
    fn serializes_as_canonical_strings() {
        let l: Locality = "город Тула".parse().unwrap();
        assert_eq!(serde_json::to_string(&l).unwrap(), r#""г. Тула""#);
    }

    #[test]
    fn bad_json_fails_with_the_from_str_message() {
        let err = serde_json::from_value::<Locality>(serde_json::json!("Тула")).unwrap_err();
        assert_eq!(err.to_string(), message::<Locality>("Тула"));
    }

    proptest! {
        #[test]
        fn locality_display_parses_back(l: Locality) {
            prop_assert_eq!(l.to_string().parse::<Locality>().unwrap(), l);
        }

        #[test]
        fn street_display_parses_back(s: Street) {
            prop_assert_eq!(s.to_string().parse::<Street>().unwrap(), s);
        }

        #[test]
        fn street_json_round_trips(s: Street) {
            let json = serde_json::to_string(&s).unwrap();
            prop_assert_eq!(serde_json::from_str::<Street>(&json).unwrap(), s);
        }

        #[test]
        fn locality_json_round_trips(l: Locality) {
            let json = serde_json::to_string(&l).unwrap();
            prop_assert_eq!(serde_json::from_str::<Locality>(&json).unwrap(), l);
        }
    }
}
