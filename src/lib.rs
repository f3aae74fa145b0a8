#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod values;

pub use values::{IdentifierErrorKind, ValueError};

// ── identifiers: ИНН, ОГРН, ОГРНИП, КПП, СНИЛС ────────────────────────────────────────────

// ── region, ОКТМО, postal code, address, geo point ────────────────────────────────────────

// ── person name ───────────────────────────────────────────────────────────────────────────
pub use values::{NameErrorKind, NamePart, PersonName};

// ── phone, e-mail ─────────────────────────────────────────────────────────────────────────

// ── dates, date ranges, weekly schedule ───────────────────────────────────────────────────
