//! Postal addresses: region, district, locality, street, house, and the codes and point that go
//! with them; an address may stop at a street or a settlement.

use std::fmt;
use std::str::FromStr;

use super::{GeoPoint, Oktmo, PostalCode, RegionCode, ValueError};

mod district;
mod house;
mod kind;
mod place;

pub use district::{District, DistrictKind};
pub use house::House;
pub use kind::{LocalityKind, StreetKind};
pub use place::{Locality, Street};

/// A postal address in Russia: federal subject, optional municipal district or okrug,
/// locality, optional street and house, and optionally its postal code, ОКТМО and geographic
/// point.
///
/// An address may stop at a street (`ул. Гоголевская`, no house) or at the settlement itself
/// (`пос. Лежнево` in `Лежневский муниципальный район`), as a source that names only the
/// settlement gives it; [`precision`](Address::precision) says which, from what is there.
///
/// # Text form
/// The canonical text is the postal line, then the ОКТМО and the point if known, each after
/// `; `:
///
/// ```text
/// [<postal code>, ]<subject name>, [<district>, ]<locality>[, <street>][, д. <house>][; ОКТМО <code>][; <lat>,<lon>]
/// 300041, Тульская область, г. Тула, ул. Гоголевская, д. 71; ОКТМО 70701000; 54.193122,37.617348
/// Ивановская область, Лежневский муниципальный район, пос. Лежнево
/// ```
///
/// The subject is printed by its name from the table of subjects
/// ([`RegionCode::subject`]); the district, locality, street and house in their canonical
/// forms ([`District`], [`Locality`], [`Street`], [`House`]).
/// [`postal_line`](Address::postal_line) gives the line without the ОКТМО and the point.
///
/// Reading is an exact inverse of that text and also accepts what people write: any spelling
/// of the subject that [`RegionCode`] reads, placed first or last
/// (`г. Тула, улица Гоголевская 71, Тульская область`); the district anywhere after the subject
/// (`пос. Лежнево, Лежневский р-н`); the spellings of kinds and houses that [`District`],
/// [`Locality`], [`Street`] and [`House`] read; the house with or without `д.`, as its own part
/// or at the end of the street's part (`ул. Гоголевская 71`). The locality must have its kind
/// (`г. Тула`, not `Тула`): a bare name could be a city or a village. A street's part that
/// ends with a house number is read as the street and its house, so an address without a house
/// cannot have a street whose text reads so (`ул. Парковая 2`, see
/// [`on_street`](Address::on_street)).
///
/// # Serde form
/// An object whose fields go through their values' parsers; the optional ones may be left out
/// and are not written when absent. The object is checked as the text is: a street without a
/// house must not read as a street and a house.
///
/// ```json
/// {"region": "71", "locality": "г. Тула", "street": "ул. Гоголевская", "house": "71",
///  "postal_code": "300041", "oktmo": "70701000", "geo": {"lat": 54.193122, "lon": 37.617348}}
/// {"region": "37", "district": "Лежневский муниципальный район", "locality": "пос. Лежнево"}
/// ```
///
/// # Example
/// ```
/// use social_services::values::{Address, AddressPrecision};
///
/// let address: Address = "Тульская область, г. Тула, ул. Гоголевская, 71".parse()?;
/// assert_eq!(address.to_string(), "Тульская область, г. Тула, ул. Гоголевская, д. 71");
/// assert_eq!(address.region().to_string(), "71");
/// assert_eq!(address.locality().name(), "Тула");
/// assert_eq!(address.house().map(|h| h.number()), Some(71));
/// assert_eq!(address.precision(), AddressPrecision::House);
///
/// let lezhnevo: Address = "Ивановская обл., пос. Лежнево, Лежневский муниципальный район".parse()?;
/// assert_eq!(
///     lezhnevo.to_string(),
///     "Ивановская область, Лежневский муниципальный район, пос. Лежнево"
/// );
/// assert_eq!(lezhnevo.precision(), AddressPrecision::Settlement);
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Address {
    region: RegionCode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    district: Option<District>,
    locality: Locality,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    street: Option<Street>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    house: Option<House>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    postal_code: Option<PostalCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    oktmo: Option<Oktmo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    geo: Option<GeoPoint>,
}

/// The fields of an address as read from serde, before the checks of [`Address`].
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields, rename = "Address")]
struct AddressFields {
    region: RegionCode,
    #[serde(default)]
    district: Option<District>,
    locality: Locality,
    #[serde(default)]
    street: Option<Street>,
    #[serde(default)]
    house: Option<House>,
    #[serde(default)]
    postal_code: Option<PostalCode>,
    #[serde(default)]
    oktmo: Option<Oktmo>,
    #[serde(default)]
    geo: Option<GeoPoint>,
}

impl<'de> serde::Deserialize<'de> for Address {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let f = AddressFields::deserialize(deserializer)?;
        let mut address = match (f.street, f.house) {
            (street, Some(house)) => Address::new(f.region, f.locality, street, house),
            (None, None) => Address::settlement(f.region, f.locality),
            (Some(street), None) => Address::on_street(f.region, f.locality, street)
                .map_err(serde::de::Error::custom)?,
        };
        address.district = f.district;
        address.postal_code = f.postal_code;
        address.oktmo = f.oktmo;
        address.geo = f.geo;
        Ok(address)
    }
}

/// How far down an address goes: to the settlement, the street or the house.
///
/// It follows from the parts an [`Address`] has ([`Address::precision`]), so it can never
/// disagree with them. The order is from the coarsest: `Settlement < Street < House`.
///
/// # Example
/// ```
/// use social_services::values::{Address, AddressPrecision};
///
/// let street: Address = "Тульская область, г. Тула, ул. Гоголевская".parse()?;
/// assert_eq!(street.precision(), AddressPrecision::Street);
/// assert_eq!(street.precision().as_str(), "street");
/// assert!(AddressPrecision::Settlement < AddressPrecision::House);
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum AddressPrecision {
    /// The settlement (and its district) only: no street, no house.
    Settlement,
    /// A street without a house number.
    Street,
    /// A house number (with or without a street: a village may have none).
    House,
}

impl AddressPrecision {
    /// The precision as a word: `settlement`, `street`, `house`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Settlement => "settlement",
            Self::Street => "street",
            Self::House => "house",
        }
    }
}

impl fmt::Display for AddressPrecision {
    /// The precision as a word.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What is wrong with an address or one of its parts.
///
/// # Example
/// ```
/// use social_services::{values::{Address, AddressErrorKind}, ValueError};
///
/// match "Тульская область, Лежневский р-н".parse::<Address>() {
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
    #[error("expected [<postal code>, ]<region>, [<district>, ]<locality>[, <street>][, <house>]")]
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
    /// A district without the words of its kind before or after a name that starts with an
    /// uppercase letter or a digit.
    #[error(
        "district {found:?} has no kind (муниципальный район, муниципальный округ or городской округ) before or after a name starting with an uppercase letter or a digit"
    )]
    DistrictKind {
        /// The part as written.
        found: String,
    },
    /// A locality or street whose text reads as a district (`городской округ Шуя`).
    #[error("{part} {found:?} reads as a municipal district or okrug")]
    ReadsAsDistrict {
        /// `"locality"` or `"street"`.
        part: &'static str,
        /// The part as written.
        found: String,
    },
    /// A street, in an address without a house, whose text reads as a street and a house or
    /// as a house (`ул. Парковая 2`).
    #[error("street {found:?} without a house would read back as a street and a house")]
    StreetReadsAsHouse {
        /// The street as written.
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
    /// An address down to its house, from its typed parts; the district, postal code, ОКТМО
    /// and point are added with [`with_district`](Address::with_district),
    /// [`with_postal_code`](Address::with_postal_code), [`with_oktmo`](Address::with_oktmo) and
    /// [`with_geo`](Address::with_geo). [`settlement`](Address::settlement) and
    /// [`on_street`](Address::on_street) build the coarser ones.
    ///
    /// Each part is already valid and no rule ties them together (a postal code or an ОКТМО
    /// cannot be checked against the subject without a directory), so this cannot fail.
    ///
    /// # Example
    /// ```
    /// use social_services::values::{Address, House, Locality, RegionCode, Street};
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
            district: None,
            locality,
            street,
            house: Some(house),
            postal_code: None,
            oktmo: None,
            geo: None,
        }
    }

    /// An address that stops at the settlement: no street, no house
    /// ([`AddressPrecision::Settlement`]).
    ///
    /// # Example
    /// ```
    /// use social_services::values::{Address, AddressPrecision, District, Locality, RegionCode};
    ///
    /// let address = Address::settlement(RegionCode::new(37)?, "пос. Лежнево".parse::<Locality>()?)
    ///     .with_district("Лежневский р-н".parse::<District>()?);
    /// assert_eq!(
    ///     address.to_string(),
    ///     "Ивановская область, Лежневский муниципальный район, пос. Лежнево"
    /// );
    /// assert_eq!(address.precision(), AddressPrecision::Settlement);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn settlement(region: RegionCode, locality: Locality) -> Self {
        Self {
            region,
            district: None,
            locality,
            street: None,
            house: None,
            postal_code: None,
            oktmo: None,
            geo: None,
        }
    }

    /// An address that stops at a street: no house ([`AddressPrecision::Street`]).
    ///
    /// # Errors
    /// [`ValueError::Address`] ([`AddressErrorKind::StreetReadsAsHouse`]) when the street's
    /// text would read back as a street and a house (`ул. Парковая 2`) or as a house: written
    /// without a house after it, the line would read as another address.
    ///
    /// # Example
    /// ```
    /// use social_services::values::{Address, Locality, RegionCode, Street};
    ///
    /// let tula = || "г. Тула".parse::<Locality>();
    /// let address = Address::on_street(RegionCode::new(71)?, tula()?, "ул. Гоголевская".parse()?)?;
    /// assert_eq!(address.to_string(), "Тульская область, г. Тула, ул. Гоголевская");
    /// let ambiguous: Street = "ул. Парковая 2".parse()?;
    /// assert!(Address::on_street(RegionCode::new(71)?, tula()?, ambiguous).is_err());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn on_street(
        region: RegionCode,
        locality: Locality,
        street: Street,
    ) -> Result<Self, ValueError> {
        let text = street.to_string();
        if house::parse_house(&text).is_ok() || split_street_house(&text).is_some() {
            return Err(ValueError::Address {
                input: text.clone(),
                kind: AddressErrorKind::StreetReadsAsHouse { found: text },
            });
        }
        Ok(Self {
            street: Some(street),
            ..Self::settlement(region, locality)
        })
    }

    /// The address with its municipal district or okrug.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Address;
    ///
    /// let address: Address = "Ивановская область, пос. Лежнево".parse()?;
    /// let address = address.with_district("Лежневский р-н".parse()?);
    /// assert_eq!(address.district().map(|d| d.name()), Some("Лежневский"));
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    #[must_use]
    pub fn with_district(self, district: District) -> Self {
        Self {
            district: Some(district),
            ..self
        }
    }

    /// The address with its postal code.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Address;
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
    /// use social_services::values::Address;
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
    /// use social_services::values::{Address, GeoPoint};
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
    /// use social_services::values::Address;
    ///
    /// let address: Address = "Ивановская обл., г. Вичуга, ул. Ленинградская, д. 6".parse()?;
    /// assert_eq!(address.region().subject().name(), "Ивановская область");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn region(&self) -> RegionCode {
        self.region
    }

    /// The municipal district or okrug, if given.
    ///
    /// # Example
    /// ```
    /// use social_services::values::{Address, DistrictKind};
    ///
    /// let address: Address = "Ивановская область, Лежневский район, пос. Лежнево".parse()?;
    /// assert_eq!(address.district().map(|d| *d.kind()), Some(DistrictKind::MunicipalDistrict));
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn district(&self) -> Option<&District> {
        self.district.as_ref()
    }

    /// The locality.
    ///
    /// # Example
    /// ```
    /// use social_services::values::{Address, LocalityKind};
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
    /// use social_services::values::Address;
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

    /// The house, if the address goes down to one.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Address;
    ///
    /// let address: Address = "Тульская область, г. Тула, ул. Гоголевская, д. 71 к2".parse()?;
    /// assert_eq!(address.house().map(|h| h.to_string()), Some("71 к. 2".to_owned()));
    /// let settlement: Address = "Ивановская область, пос. Лежнево".parse()?;
    /// assert_eq!(settlement.house(), None);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn house(&self) -> Option<House> {
        self.house
    }

    /// How far down the address goes: [`House`](AddressPrecision::House) when it has a house,
    /// else [`Street`](AddressPrecision::Street) when it has a street, else
    /// [`Settlement`](AddressPrecision::Settlement).
    ///
    /// # Example
    /// ```
    /// use social_services::values::{Address, AddressPrecision};
    ///
    /// let village: Address = "Тульская область, д. Ивановка, д. 5".parse()?;
    /// assert_eq!(village.precision(), AddressPrecision::House);
    /// let settlement: Address = "Ивановская область, пос. Лежнево".parse()?;
    /// assert_eq!(settlement.precision(), AddressPrecision::Settlement);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn precision(&self) -> AddressPrecision {
        match (&self.street, self.house) {
            (_, Some(_)) => AddressPrecision::House,
            (Some(_), None) => AddressPrecision::Street,
            (None, None) => AddressPrecision::Settlement,
        }
    }

    /// The postal code, if known.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Address;
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
    /// use social_services::values::Address;
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
    /// use social_services::values::Address;
    ///
    /// let address: Address =
    ///     "Тульская область, г. Тула, ул. Гоголевская, д. 71; 54.193122,37.617348".parse()?;
    /// assert_eq!(address.geo().map(|g| g.latitude()), Some(54.193122));
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn geo(&self) -> Option<GeoPoint> {
        self.geo
    }

    /// The street line: the street and the house, those that are there —
    /// `ул. Гоголевская, д. 71`, `д. 5`, `ул. Гоголевская`; none for an address that stops at
    /// the settlement.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Address;
    ///
    /// let address: Address = "Тульская область, г. Тула, ул. Гоголевская, д. 71".parse()?;
    /// assert_eq!(address.street_line().as_deref(), Some("ул. Гоголевская, д. 71"));
    /// let settlement: Address = "Ивановская область, пос. Лежнево".parse()?;
    /// assert_eq!(settlement.street_line(), None);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn street_line(&self) -> Option<String> {
        match (&self.street, self.house) {
            (Some(street), Some(house)) => Some(format!("{street}, д. {house}")),
            (None, Some(house)) => Some(format!("д. {house}")),
            (Some(street), None) => Some(street.to_string()),
            (None, None) => None,
        }
    }

    /// The postal line: the text form without the ОКТМО and the point.
    ///
    /// # Example
    /// ```
    /// use social_services::values::Address;
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
        if let Some(district) = &self.district {
            line.push_str(&district.to_string());
            line.push_str(", ");
        }
        line.push_str(&self.locality.to_string());
        if let Some(street_line) = self.street_line() {
            line.push_str(", ");
            line.push_str(&street_line);
        }
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
    let mut district = None;
    let mut rest = Vec::with_capacity(parts.len());
    for p in parts {
        match district::read_district(p) {
            Some(read) if district.is_none() => district = Some(read?),
            Some(_) => return Err(AddressErrorKind::Format),
            None => rest.push(p),
        }
    }
    let (locality, street, house) = match rest[..] {
        [locality] => (place::parse_locality(locality)?, None, None),
        [locality, street, house] => (
            place::parse_locality(locality)?,
            Some(place::parse_street(street)?),
            Some(house::parse_house(house)?),
        ),
        [locality, rest] => {
            let locality = place::parse_locality(locality)?;
            if let Ok(house) = house::parse_house(rest) {
                (locality, None, Some(house))
            } else if let Some((street, house)) = split_street_house(rest) {
                (locality, Some(street), Some(house))
            } else {
                (locality, Some(place::parse_street(rest)?), None)
            }
        }
        _ => return Err(AddressErrorKind::Format),
    };
    Ok(Address {
        region,
        district,
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

    /// Addresses in every subject, at every precision, with and without a district, postal
    /// code, ОКТМО and point.
    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        (
            any::<RegionCode>(),
            prop::option::weighted(0.3, any::<District>()),
            any::<Locality>(),
            prop::option::weighted(0.8, any::<Street>()),
            prop::option::weighted(0.8, any::<House>()),
            prop::option::of(any::<PostalCode>()),
            prop::option::of(any::<Oktmo>()),
            prop::option::of(any::<GeoPoint>()),
        )
            .prop_filter_map(
                "a street without a house that reads as one",
                |(region, district, locality, street, house, postal_code, oktmo, geo)| {
                    let address = match (street, house) {
                        (street, Some(house)) => Address::new(region, locality, street, house),
                        (None, None) => Address::settlement(region, locality),
                        (Some(street), None) => {
                            Address::on_street(region, locality, street).ok()?
                        }
                    };
                    Some(Address {
                        district,
                        postal_code,
                        oktmo,
                        geo,
                        ..address
                    })
                },
            )
            .boxed()
    }
}

#[cfg(test)]
mod tests;
