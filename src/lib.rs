#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod values;

pub use values::{IdentifierErrorKind, ValueError};

// ── identifiers: ИНН, ОГРН, ОГРНИП, КПП, СНИЛС ────────────────────────────────────────────
pub use values::{Inn, Kpp, Ogrn, Ogrnip, Snils};

// ── region, ОКТМО, postal code, address, geo point ────────────────────────────────────────
pub use values::{
    Address, AddressErrorKind, GeoErrorKind, GeoPoint, House, Locality, LocalityKind, Street,
    StreetKind,
};

pub use values::{
    FederalDistrict, FederalSubject, Oktmo, PostalCode, RegionCode, RegionErrorKind, SubjectKind,
};

// ── person name ───────────────────────────────────────────────────────────────────────────
pub use values::{NameErrorKind, NamePart, PersonName};

// ── phone, e-mail ─────────────────────────────────────────────────────────────────────────
pub use values::{Email, EmailErrorKind, Phone, PhoneErrorKind};

// ── dates, date ranges, weekly schedule ───────────────────────────────────────────────────
pub use values::{
    DateErrorKind, DatePrecision, DateRange, PartialDate, ScheduleErrorKind, TimeInterval,
    WeeklySchedule,
};
