//! Validated values: identifiers, regions, names, contacts, addresses, dates and schedules.
//!
//! Every type here has private fields. The only ways in are [`FromStr`](std::str::FromStr),
//! `TryFrom<&str>`, `TryFrom<String>` and, where useful, a typed constructor; `Display` prints
//! the canonical text that parsing reads back to an equal value; serde reads and writes the same
//! text through the same parser, so bad JSON is rejected with the same message as bad text.
//!
//! | you want | call / type | notes |
//! | --- | --- | --- |
//! | a taxpayer number (ИНН) | [`Inn`] | 10 digits (organisation) or 12 (individual); check digits verified |
//! | a state registration number (ОГРН, ОГРНИП) | [`Ogrn`], [`Ogrnip`] | 13 and 15 digits; check digit verified |
//! | a tax registration reason code (КПП) | [`Kpp`] | 9 characters |
//! | an insurance account number (СНИЛС) | [`Snils`] | check digits verified; personal data |
//! | a federal subject | [`RegionCode`] → [`RegionCode::subject`] ([`FederalSubject`]) | by code or name (`37`, `Ивановская обл.`); [`FederalDistrict`], [`SubjectKind`] |
//! | a municipality or settlement code (ОКТМО), a postal code | [`Oktmo`], [`PostalCode`] | 8 or 11 digits; 6 digits, form only |
//! | an address | [`Address`] of [`Locality`], [`Street`], [`House`] | kinds read from their abbreviations: [`LocalityKind`], [`StreetKind`] |
//! | a point on the map | [`GeoPoint`] | WGS 84 degrees |
//! | a person's name | [`PersonName`] of [`NamePart`]s | `Дёмина Анна Юрьевна`, `Егорова Е.В.`, `А.Н. Вдовин` |
//! | contacts | [`Phone`], [`Email`], [`Url`] | `http`/`https` only for a web address |
//! | a date known to the year, month or day | [`PartialDate`] ([`DatePrecision`]) | `2024`, `2024-10`, `2024-10-03` |
//! | a date known only as a bound | [`KnownDate`] | «не позднее», «не ранее» |
//! | a run of dates | [`DateRange`] | `2024-10-03/2024-10-04`; the end never before the start |
//! | the period a figure is for | [`ReportingPeriod`] ([`PeriodKind`]) | a month, quarter, half-year, year or run of days |
//! | opening hours | [`WeeklySchedule`] of [`TimeInterval`]s | sorted, never overlapping |
//! | why a text was refused | [`ValueError`] | one variant per kind of value, with its `*ErrorKind` ([`IdentifierErrorKind`], [`RegionErrorKind`], …) |

/// Implements `TryFrom<&str>`, `TryFrom<String>` and `From<T> for String` for a value type
/// through its `FromStr` and `Display`, so that every way in is the same parser.
macro_rules! text_conversions {
    ($ty:ty) => {
        impl ::core::convert::TryFrom<&str> for $ty {
            type Error = $crate::values::ValueError;
            fn try_from(s: &str) -> Result<Self, Self::Error> {
                s.parse()
            }
        }

        impl ::core::convert::TryFrom<String> for $ty {
            type Error = $crate::values::ValueError;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                s.parse()
            }
        }

        impl ::core::convert::From<$ty> for String {
            fn from(value: $ty) -> String {
                value.to_string()
            }
        }
    };
}

mod digits;
mod error;

pub(crate) use error::quoted;
pub use error::{IdentifierErrorKind, MAX_QUOTED_CHARS, ValueError};

// ── identifiers: ИНН, ОГРН, ОГРНИП, КПП, СНИЛС ────────────────────────────────────────────
mod inn;
mod kpp;
mod ogrn;
mod snils;

pub use inn::Inn;
pub use kpp::Kpp;
pub use ogrn::{Ogrn, Ogrnip};
pub use snils::Snils;

// ── region, ОКТМО, postal code, address, geo point ────────────────────────────────────────
mod address;
mod geo;
pub use address::{
    Address, AddressErrorKind, AddressPrecision, District, DistrictKind, House, Locality,
    LocalityKind, Street, StreetKind,
};
pub use geo::{GeoErrorKind, GeoPoint};

mod oktmo;
mod postal_code;
mod region;

pub use oktmo::Oktmo;
pub use postal_code::PostalCode;
pub use region::{
    FederalDistrict, FederalSubject, RegionCode, RegionErrorKind, SubjectKind, TimeZone,
};

// ── person name ───────────────────────────────────────────────────────────────────────────
pub(crate) mod name;
pub use name::{NameErrorKind, NamePart, PersonName};

// ── phone, e-mail ─────────────────────────────────────────────────────────────────────────
mod email;
mod phone;
mod url;
pub use email::{Email, EmailErrorKind};
pub use phone::{Phone, PhoneErrorKind};
pub use url::{Url, UrlErrorKind};

// ── dates, date ranges, weekly schedule ───────────────────────────────────────────────────
mod date_range;
mod known_date;
mod partial_date;
mod reporting_period;
mod schedule;

pub use date_range::DateRange;
pub use known_date::KnownDate;
pub use partial_date::{DateErrorKind, DatePrecision, PartialDate};
pub use reporting_period::{PeriodKind, ReportingPeriod};
pub use schedule::{ScheduleErrorKind, TimeInterval, WeeklySchedule};
