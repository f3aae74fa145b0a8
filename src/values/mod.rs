//! Validated values: identifiers, regions, names, contacts, addresses, dates and schedules.
//!
//! Every type here has private fields. The only ways in are [`FromStr`](std::str::FromStr),
//! `TryFrom<&str>`, `TryFrom<String>` and, where useful, a typed constructor; `Display` prints
//! the canonical text that parsing reads back to an equal value; serde reads and writes the same
//! text through the same parser, so bad JSON is rejected with the same message as bad text.

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
pub use address::{Address, AddressErrorKind, House, Locality, LocalityKind, Street, StreetKind};
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
