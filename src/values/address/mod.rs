//! Postal addresses: region, locality, street, house, and the codes and point that go with them.

use std::fmt;
use std::str::FromStr;

use super::{GeoPoint, Oktmo, PostalCode, RegionCode, ValueError};

mod house;
mod kind;
mod place;

pub use house::House;
pub use kind::{LocalityKind, StreetKind};
pub use place::{Locality, Street};

/// A postal address in Russia: federal subject, locality, optional street, house, and
/// optionally its postal code, ОКТМО and geographic point.
///
/// # Text form
/// The canonical text is the postal line, then the ОКТМО and the point if known, each after
/// `; `:
///
/// ```text
/// [<postal code>, ]<subject name>, <locality>[, <street>], д. <house>[; ОКТМО <code>][; <lat>,<lon>]
/// 300041, Тульская область, г. Тула, ул. Гоголевская, д. 71; ОКТМО 70701000; 54.193122,37.617348
/// ```
///
/// The subject is printed by its name from the table of subjects
/// ([`RegionCode::subject`]); the locality, street and house in their canonical forms
/// ([`Locality`], [`Street`], [`House`]). [`postal_line`](Address::postal_line) gives the line
/// without the ОКТМО and the point.
///
/// Reading is an exact inverse of that text and also accepts what people write: any spelling
/// of the subject that [`RegionCode`] reads, placed first or last
/// (`г. Тула, улица Гоголевская 71, Тульская область`); the spellings of kinds and houses that
/// [`Locality`], [`Street`] and [`House`] read; the house with or without `д.`, as its own part
/// or at the end of the street's part (`ул. Гоголевская 71`). The locality must have its kind
/// (`г. Тула`, not `Тула`): a bare name could be a city or a village.
///
/// # Serde form
/// An object whose fields go through their values' parsers; the optional ones may be left out
/// and are not written when absent:
///
/// ```json
/// {"region": "71", "locality": "г. Тула", "street": "ул. Гоголевская", "house": "71",
///  "postal_code": "300041", "oktmo": "70701000", "geo": {"lat": 54.193122, "lon": 37.617348}}
/// ```
///
/// # Example
/// ```
/// use social_services::Address;
///
/// let address: Address = "Тульская область, г. Тула, ул. Гоголевская, 71".parse()?;
/// assert_eq!(address.to_string(), "Тульская область, г. Тула, ул. Гоголевская, д. 71");
/// assert_eq!(address.region().to_string(), "71");
/// assert_eq!(address.locality().name(), "Тула");
/// assert_eq!(address.house().number(), 71);
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Address {
    region: RegionCode,
    locality: Locality,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    street: Option<Street>,
    house: House,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    postal_code: Option<PostalCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    oktmo: Option<Oktmo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    geo: Option<GeoPoint>,
}

/// What is wrong with an address or one of its parts.
///
/// # Example
/// ```
/// use social_services::{Address, AddressErrorKind, ValueError};
///
/// match "Тульская область, г. Тула".parse::<Address>() {
///     Err(ValueError::Address { kind, .. }) => assert_eq!(kind, AddressErrorKind::Format),
///     other => panic!("unexpected {other:?}"),
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AddressErrorKind {
    /// The text is empty (or only white space).
    #[error("empty")]
    Empty,
    /// The text does not have the parts of an address line.
    #[error("expected [<postal code>, ]<region>, <locality>, [<street>, ]<house>")]
    Format,
    /// A part that is another value (region, postal code, ОКТМО, geo point) and is invalid.
    #[error("{error}")]
    Part {
        /// The part's own error.
        error: Box<ValueError>,
    },
    /// A locality or street without a kind.
    #[error("{part} {found:?} does not start with its kind (such as {examples})")]
    Kind {
        /// `"locality"` or `"street"`.
        part: &'static str,
        /// The part as written.
        found: String,
        /// Some kinds, in words.
        examples: &'static str,
    },
    /// A locality or street whose name is empty.
    #[error("{part} name is empty")]
    EmptyName {
        /// `"locality"` or `"street"`.
        part: &'static str,
    },
    /// A locality or street name with a `,`, `;` or control character.
    #[error("{part} name has the character {found:?}")]
    NameCharacter {
        /// `"locality"` or `"street"`.
        part: &'static str,
        /// The character found.
        found: char,
    },
    /// A locality or street built from a kind and a name whose text would read back as
    /// something else.
    #[error("{part} would read back as a different kind or name")]
    Ambiguous {
        /// `"locality"` or `"street"`.
        part: &'static str,
    },
    /// A house number that is not of an accepted form.
    #[error("house {found:?} is not of the form 71, 71А, 71/2, 71 к. 2 or 71 стр. 3")]
    House {
        /// The house part as written.
        found: String,
    },
    /// A part after `;` that is neither an ОКТМО nor a point, or is given twice.
    #[error("part {found:?} after ';' is not one ОКТМО <code> or one <latitude>,<longitude>")]
    Extra {
        /// The part as written.
        found: String,
    },
}

impl Address {
    /// An address from its typed parts; the postal code, ОКТМО and point are added with
    /// [`with_postal_code`](Address::with_postal_code), [`with_oktmo`](Address::with_oktmo) and
    /// [`with_geo`](Address::with_geo).
    ///
    /// Each part is already valid and no rule ties them together (a postal code or an ОКТМО
    /// cannot be checked against the subject without a directory), so this cannot fail.
    ///
    /// # Example
    /// ```
    /// use social_services::{Address, House, Locality, RegionCode, Street};
    ///
    /// let address = Address::new(
    ///     RegionCode::new(71)?,
    ///     "г. Тула".parse::<Locality>()?,
    ///     Some("ул. Гоголевская".parse::<Street>()?),
    ///     House::new(71)?,
    /// );
    /// assert_eq!(address.to_string(), "Тульская область, г. Тула, ул. Гоголевская, д. 71");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn new(
        region: RegionCode,
        locality: Locality,
        street: Option<Street>,
        house: House,
    ) -> Self {
        Self {
            region,
            locality,
            street,
            house,
            postal_code: None,
            oktmo: None,
            geo: None,
        }
    }

    /// The address with its postal code.
    ///
    /// # Example
    /// ```
    /// use social_services::Address;
    ///
    /// let address: Address = "Тульская область, г. Тула, ул. Гоголевская, д. 71".parse()?;
    /// let address = address.with_postal_code("300041".parse()?);
    /// assert!(address.to_string().starts_with("300041, Тульская область"));
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    #[must_use]
    pub fn with_postal_code(self, postal_code: PostalCode) -> Self {
        Self {
            postal_code: Some(postal_code),
            ..self
        }
    }

    /// The address with its ОКТМО.
    ///
    /// # Example
    /// ```
    /// use social_services::Address;
    ///
    /// let address: Address = "Тульская область, г. Тула, ул. Гоголевская, д. 71".parse()?;
    /// let address = address.with_oktmo("70701000".parse()?);
    /// assert!(address.to_string().ends_with("; ОКТМО 70701000"));
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    #[must_use]
    pub fn with_oktmo(self, oktmo: Oktmo) -> Self {
        Self {
            oktmo: Some(oktmo),
            ..self
        }
    }

    /// The address with its geographic point.
    ///
    /// # Example
    /// ```
    /// use social_services::{Address, GeoPoint};
    ///
    /// let address: Address = "Тульская область, г. Тула, ул. Гоголевская, д. 71".parse()?;
    /// let address = address.with_geo(GeoPoint::new(54.193122, 37.617348)?);
    /// assert!(address.to_string().ends_with("; 54.193122,37.617348"));
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    #[must_use]
    pub fn with_geo(self, geo: GeoPoint) -> Self {
        Self {
            geo: Some(geo),
            ..self
        }
    }

    /// The federal subject.
    ///
    /// # Example
    /// ```
    /// use social_services::Address;
    ///
    /// let address: Address = "Ивановская обл., г. Вичуга, ул. Ленинградская, д. 6".parse()?;
    /// assert_eq!(address.region().subject().name(), "Ивановская область");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn region(&self) -> RegionCode {
        self.region
    }

    /// The locality.
    ///
    /// # Example
    /// ```
    /// use social_services::{Address, LocalityKind};
    ///
    /// let address: Address = "Тульская область, г. Тула, ул. Гоголевская, д. 71".parse()?;
    /// assert_eq!(*address.locality().kind(), LocalityKind::City);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn locality(&self) -> &Locality {
        &self.locality
    }

    /// The street, if the address has one (a village may have none).
    ///
    /// # Example
    /// ```
    /// use social_services::Address;
    ///
    /// let address: Address = "Тульская область, г. Тула, ул. Гоголевская, д. 71".parse()?;
    /// assert_eq!(address.street().map(|s| s.name()), Some("Гоголевская"));
    /// let village: Address = "Тульская область, д. Ивановка, д. 5".parse()?;
    /// assert_eq!(village.street(), None);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn street(&self) -> Option<&Street> {
        self.street.as_ref()
    }

    /// The house.
    ///
    /// # Example
    /// ```
    /// use social_services::Address;
    ///
    /// let address: Address = "Тульская область, г. Тула, ул. Гоголевская, д. 71 к2".parse()?;
    /// assert_eq!(address.house().to_string(), "71 к. 2");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn house(&self) -> House {
        self.house
    }

    /// The postal code, if known.
    ///
    /// # Example
    /// ```
    /// use social_services::Address;
    ///
    /// let address: Address = "300041, Тульская область, г. Тула, ул. Гоголевская, 71".parse()?;
    /// assert_eq!(address.postal_code().map(|p| p.to_string()), Some("300041".to_owned()));
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn postal_code(&self) -> Option<PostalCode> {
        self.postal_code
    }

    /// The ОКТМО of the municipality or settlement, if known.
    ///
    /// # Example
    /// ```
    /// use social_services::Address;
    ///
    /// let address: Address =
    ///     "Тульская область, г. Тула, ул. Гоголевская, д. 71; ОКТМО 70701000".parse()?;
    /// assert_eq!(address.oktmo().map(|o| o.to_string()), Some("70701000".to_owned()));
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn oktmo(&self) -> Option<Oktmo> {
        self.oktmo
    }

    /// The geographic point, if known.
    ///
    /// # Example
    /// ```
    /// use social_services::Address;
    ///
    /// let address: Address =
    ///     "Тульская область, г. Тула, ул. Гоголевская, д. 71; 54.193122,37.617348".parse()?;
    /// assert_eq!(address.geo().map(|g| g.latitude()), Some(54.193122));
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn geo(&self) -> Option<GeoPoint> {
        self.geo
    }

    /// The street line: the street, if any, and the house — `ул. Гоголевская, д. 71`.
    ///
    /// # Example
    /// ```
    /// use social_services::Address;
    ///
    /// let address: Address = "Тульская область, г. Тула, ул. Гоголевская, д. 71".parse()?;
    /// assert_eq!(address.street_line(), "ул. Гоголевская, д. 71");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn street_line(&self) -> String {
        match &self.street {
            Some(street) => format!("{street}, д. {}", self.house),
            None => format!("д. {}", self.house),
        }
    }

    /// The postal line: the text form without the ОКТМО and the point.
    ///
    /// # Example
    /// ```
    /// use social_services::Address;
    ///
    /// let address: Address =
    ///     "Тульская область, г. Тула, ул. Гоголевская, д. 71; ОКТМО 70701000".parse()?;
    /// assert_eq!(address.postal_line(), "Тульская область, г. Тула, ул. Гоголевская, д. 71");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn postal_line(&self) -> String {
        let mut line = String::new();
        if let Some(postal_code) = self.postal_code {
            line.push_str(postal_code.as_str());
            line.push_str(", ");
        }
        line.push_str(self.region.subject().name());
        line.push_str(", ");
        line.push_str(&self.locality.to_string());
        line.push_str(", ");
        line.push_str(&self.street_line());
        line
    }
}

/// Wraps another value's error as the error of an address part.
fn part(error: ValueError) -> AddressErrorKind {
    AddressErrorKind::Part {
        error: Box::new(error),
    }
}

/// Reads the parts after the postal line: `ОКТМО <code>` and `<lat>,<lon>`, each at most once.
fn parse_extras<'a>(
    extras: impl Iterator<Item = &'a str>,
) -> Result<(Option<Oktmo>, Option<GeoPoint>), AddressErrorKind> {
    let (mut oktmo, mut geo) = (None, None);
    for extra in extras {
        let extra = extra.trim();
        let repeated = || AddressErrorKind::Extra {
            found: extra.to_owned(),
        };
        if let Some(code) = kind::strip_prefix_folded(extra, "ОКТМО") {
            let code = code.trim().parse().map_err(part)?;
            oktmo.replace(code).map_or(Ok(()), |_| Err(repeated()))?;
        } else if extra.contains(',') {
            let point = extra.parse().map_err(part)?;
            geo.replace(point).map_or(Ok(()), |_| Err(repeated()))?;
        } else {
            return Err(repeated());
        }
    }
    Ok((oktmo, geo))
}

/// Splits `text` into a street and a house written after it (`ул. Гоголевская 71`), at the
/// first space after which a house number reads.
fn split_street_house(text: &str) -> Option<(Street, House)> {
    text.match_indices(' ').find_map(|(i, _)| {
        let (street, house) = (&text[..i], &text[i + 1..]);
        let house = house::parse_house(house).ok()?;
        Some((place::parse_street(street).ok()?, house))
    })
}

/// Reads an address line in any of the accepted forms.
fn parse(input: &str) -> Result<Address, AddressErrorKind> {
    if input.trim().is_empty() {
        return Err(AddressErrorKind::Empty);
    }
    let mut segments = input.split(';');
    let line = segments.next().unwrap_or_default();
    let (oktmo, geo) = parse_extras(segments)?;
    let mut parts: Vec<&str> = line.split(',').map(str::trim).collect();
    if parts.iter().any(|p| p.is_empty()) {
        return Err(AddressErrorKind::Format);
    }
    let mut postal_code = None;
    if parts.len() > 1 && parts[0].len() > 2 && parts[0].bytes().all(|b| b.is_ascii_digit()) {
        postal_code = Some(parts.remove(0).parse::<PostalCode>().map_err(part)?);
    }
    let region = match parts[0].parse::<RegionCode>() {
        Ok(region) => {
            parts.remove(0);
            region
        }
        // Last, only by name: a last part of digits is the house, not a subject code.
        Err(first) => match parts
            .last()
            .filter(|p| !p.bytes().all(|b| b.is_ascii_digit()))
            .map(|p| p.parse::<RegionCode>())
        {
            Some(Ok(region)) if parts.len() > 1 => {
                parts.pop();
                region
            }
            _ => return Err(part(first)),
        },
    };
    let (locality, street, house) = match parts[..] {
        [locality, street, house] => (
            place::parse_locality(locality)?,
            Some(place::parse_street(street)?),
            house::parse_house(house)?,
        ),
        [locality, rest] => {
            let locality = place::parse_locality(locality)?;
            if let Ok(house) = house::parse_house(rest) {
                (locality, None, house)
            } else {
                let (street, house) = split_street_house(rest).ok_or(AddressErrorKind::Format)?;
                (locality, Some(street), house)
            }
        }
        _ => return Err(AddressErrorKind::Format),
    };
    Ok(Address {
        region,
        locality,
        street,
        house,
        postal_code,
        oktmo,
        geo,
    })
}

impl FromStr for Address {
    type Err = ValueError;

    /// Reads an address line in the forms described on [`Address`].
    ///
    /// # Errors
    /// [`ValueError::Address`] when the line does not have the parts of an address, or a part
    /// is invalid: the error names the part (an invalid region, postal code, ОКТМО or point
    /// carries that value's own error).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s).map_err(|kind| ValueError::Address {
            input: s.to_owned(),
            kind,
        })
    }
}

impl fmt::Display for Address {
    /// The postal line, then `; ОКТМО <code>` and `; <lat>,<lon>` when known.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.postal_line())?;
        if let Some(oktmo) = self.oktmo {
            write!(f, "; ОКТМО {oktmo}")?;
        }
        if let Some(geo) = self.geo {
            write!(f, "; {geo}")?;
        }
        Ok(())
    }
}

text_conversions!(Address);

#[cfg(any(test, feature = "proptest"))]
impl proptest::arbitrary::Arbitrary for Address {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    /// Addresses in every subject, with and without a street, postal code, ОКТМО and point.
    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        (
            any::<RegionCode>(),
            any::<Locality>(),
            prop::option::weighted(0.8, any::<Street>()),
            any::<House>(),
            prop::option::of(any::<PostalCode>()),
            prop::option::of(any::<Oktmo>()),
            prop::option::of(any::<GeoPoint>()),
        )
            .prop_map(
                |(region, locality, street, house, postal_code, oktmo, geo)| Address {
                    region,
                    locality,
                    street,
                    house,
                    postal_code,
                    oktmo,
                    geo,
                },
            )
            .boxed()
    }
}

#[cfg(test)]
mod tests;
