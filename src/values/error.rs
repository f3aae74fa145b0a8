//! The error of the values layer.

/// Why a text could not be read as one of the crate's validated values.
///
/// Every variant names the kind of value, quotes the input and says what is wrong, so the
/// message is enough to find and fix the value: `invalid ИНН "7830002290": check digit is 0,
/// expected 3`. Messages are lowercase and have no trailing period; the caller adds context.
///
/// Personal data is never quoted whole: the input of a [`ValueError::Snils`] keeps only its
/// last two characters. A long input is quoted cut, in the message only: its first
/// [`MAX_QUOTED_CHARS`] characters, `…` and its length (`"ИвановИванов…" (5000 characters)`);
/// the `input` field keeps it whole.
///
/// # Example
/// ```
/// use social_services::{values::Inn, ValueError};
///
/// let err = "7830002290".parse::<Inn>().unwrap_err();
/// assert!(matches!(err, ValueError::Inn { .. }));
/// assert_eq!(err.to_string(), r#"invalid ИНН "7830002290": check digit is 0, expected 3"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ValueError {
    // ── identifiers: ИНН, ОГРН, ОГРНИП, КПП, СНИЛС ────────────────────────────────────────
    /// A taxpayer number (ИНН) that is malformed or fails its checksum.
    #[error("invalid ИНН {}: {kind}", Quoted(input))]
    Inn {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        kind: IdentifierErrorKind,
    },
    /// A primary state registration number of an organisation (ОГРН) that is malformed, has a
    /// record type other than 1 or 5, or fails its checksum.
    #[error("invalid ОГРН {}: {kind}", Quoted(input))]
    Ogrn {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        kind: IdentifierErrorKind,
    },
    /// A primary state registration number of an individual entrepreneur (ОГРНИП) that is
    /// malformed, has a record type other than 3, or fails its checksum.
    #[error("invalid ОГРНИП {}: {kind}", Quoted(input))]
    Ogrnip {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        kind: IdentifierErrorKind,
    },
    /// A tax registration reason code (КПП) that is malformed.
    #[error("invalid КПП {}: {kind}", Quoted(input))]
    Kpp {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        kind: IdentifierErrorKind,
    },
    /// An individual insurance account number (СНИЛС) that is malformed or fails its checksum.
    ///
    /// A СНИЛС is personal data, so `input` is the text as given with every digit except the
    /// last two replaced by `*` (a Cyrillic `О` or `З` typed for a digit counts as a digit;
    /// other characters are kept): `invalid СНИЛС "***-***-*** 96": check digits are 96,
    /// expected 95`. The `kind` may still name one offending character or the check digits.
    #[error("invalid СНИЛС {}: {kind}", Quoted(input))]
    Snils {
        /// The text as given, masked: every digit except the last two replaced by `*`.
        input: String,
        /// What is wrong with it.
        kind: IdentifierErrorKind,
    },
    // ── region, ОКТМО, postal code, address, geo point ────────────────────────────────────
    /// A federal subject given by a code or name that is not in the table of subjects.
    #[error("invalid region {}: {kind}", Quoted(input))]
    Region {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        kind: crate::values::RegionErrorKind,
    },
    /// An ОКТМО code that is not 8 or 11 ASCII digits.
    #[error("invalid ОКТМО {}: {kind}", Quoted(input))]
    Oktmo {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        kind: IdentifierErrorKind,
    },
    /// A postal code that is not 6 ASCII digits.
    #[error("invalid postal code {}: {kind}", Quoted(input))]
    PostalCode {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        kind: IdentifierErrorKind,
    },
    /// A geographic point with a coordinate out of range or not a number.
    #[error("invalid geo point {}: {kind}", Quoted(input))]
    GeoPoint {
        /// The text as given (for [`GeoPoint::new`](crate::values::GeoPoint::new), the two numbers).
        input: String,
        /// What is wrong with it.
        kind: super::GeoErrorKind,
    },
    /// An address line, or one of its parts (locality, street, house), that cannot be read.
    #[error("invalid address {}: {kind}", Quoted(input))]
    Address {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        kind: super::AddressErrorKind,
    },

    // ── person name ───────────────────────────────────────────────────────────────────────
    /// A person's name that cannot be read or breaks a rule of how names are written.
    #[error("invalid person name {}: {kind}", Quoted(input))]
    PersonName {
        /// The text as given (for a name built from parts, the parts joined by spaces).
        input: String,
        /// What is wrong with it.
        kind: crate::values::NameErrorKind,
    },
    // ── phone, e-mail ─────────────────────────────────────────────────────────────────────
    /// A telephone number that is not a Russian number in a recognised layout.
    #[error("invalid phone {}: {kind}", Quoted(input))]
    Phone {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        kind: super::PhoneErrorKind,
    },
    /// An e-mail address that is malformed.
    #[error("invalid e-mail {}: {kind}", Quoted(input))]
    Email {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        kind: super::EmailErrorKind,
    },
    /// A web address that is malformed, has a scheme other than `http` or `https`, or a host
    /// without a dot.
    #[error("invalid web address {}: {kind}", Quoted(input))]
    Url {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        kind: super::UrlErrorKind,
    },
    // ── dates, date ranges, weekly schedule ───────────────────────────────────────────────
    /// A calendar date ([`PartialDate`](crate::values::PartialDate)) that is malformed or does not exist.
    #[error("invalid date {}: {kind}", Quoted(input))]
    Date {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        kind: crate::values::DateErrorKind,
    },
    /// A [`DateRange`](crate::values::DateRange) that is malformed, names a day that does not exist or
    /// ends before it starts.
    #[error("invalid date range {}: {kind}", Quoted(input))]
    DateRange {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        kind: crate::values::DateErrorKind,
    },
    /// A [`ReportingPeriod`](crate::values::ReportingPeriod) that is malformed or names a month,
    /// quarter, half-year or day that does not exist.
    #[error("invalid reporting period {}: {kind}", Quoted(input))]
    ReportingPeriod {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        kind: crate::values::DateErrorKind,
    },
    /// A [`WeeklySchedule`](crate::values::WeeklySchedule) that is malformed, uses syntax outside the
    /// accepted subset of OpenStreetMap `opening_hours`, or has impossible or overlapping hours.
    #[error("invalid weekly schedule {}: {kind}", Quoted(input))]
    Schedule {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        kind: crate::values::ScheduleErrorKind,
    },
}

/// The most characters of a value a [`ValueError`] message quotes; a longer value is cut.
///
/// # Example
/// ```
/// use social_services::{values::Inn, values::MAX_QUOTED_CHARS};
///
/// let long = "7".repeat(5000);
/// let err = long.parse::<Inn>().unwrap_err().to_string();
/// let quoted = format!("\"{}…\" (5000 characters)", "7".repeat(MAX_QUOTED_CHARS));
/// assert_eq!(err, format!("invalid ИНН {quoted}: expected 10 or 12 digits, found 5000 characters"));
/// ```
pub const MAX_QUOTED_CHARS: usize = 64;

/// A value quoted in a message: as `{:?}` writes it, cut to [`MAX_QUOTED_CHARS`] characters.
struct Quoted<'a>(&'a str);

/// `text` quoted in a message as a [`ValueError`] quotes its input: cut to
/// [`MAX_QUOTED_CHARS`] characters, with its length when cut.
pub(crate) fn quoted(text: &str) -> impl std::fmt::Display + '_ {
    Quoted(text)
}

impl std::fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0.char_indices().nth(MAX_QUOTED_CHARS) {
            None => write!(f, "{:?}", self.0),
            Some((end, _)) => {
                let shown = format!("{}…", &self.0[..end]);
                write!(f, "{shown:?} ({} characters)", self.0.chars().count())
            }
        }
    }
}

/// What is wrong with an identifier made of digits (ИНН, ОГРН, КПП, СНИЛС, ОКТМО, postal code).
///
/// # Example
/// ```
/// use social_services::{values::{IdentifierErrorKind, Inn}, ValueError};
///
/// match "78300022".parse::<Inn>() {
///     Err(ValueError::Inn { kind: IdentifierErrorKind::Length { found, .. }, .. }) => {
///         assert_eq!(found, 8)
///     }
///     other => panic!("unexpected {other:?}"),
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IdentifierErrorKind {
    /// The text is empty (or only white space).
    #[error("empty")]
    Empty,
    /// The number of characters is not one of the allowed lengths.
    #[error("expected {expected}, found {found} characters")]
    Length {
        /// The allowed lengths in words, e.g. `"10 or 12 digits"`.
        expected: &'static str,
        /// The number of characters found.
        found: usize,
    },
    /// A character that is not allowed at its place.
    #[error("character {found:?} at position {position} is not {expected}")]
    Character {
        /// One-based position of the character, counted in characters.
        position: usize,
        /// The character found.
        found: char,
        /// What is allowed there, e.g. `"a digit"`.
        expected: &'static str,
    },
    /// A Cyrillic letter that looks like the digit or Latin letter that belongs there.
    #[error(
        "character {found:?} at position {position} is a Cyrillic letter that looks like {looks_like:?}"
    )]
    LookAlike {
        /// One-based position of the character, counted in characters.
        position: usize,
        /// The Cyrillic character found.
        found: char,
        /// The digit or Latin letter it looks like.
        looks_like: char,
    },
    /// The text has the right characters but not the layout the identifier is written in.
    #[error("expected the form {expected}")]
    Format {
        /// The accepted layouts, e.g. `"NNN-NNN-NNN NN or NNNNNNNNNNN"`.
        expected: &'static str,
    },
    /// The single check digit does not match the others.
    #[error("check digit is {found}, expected {expected}")]
    CheckDigit {
        /// The check digit found.
        found: u8,
        /// The check digit the other digits give.
        expected: u8,
    },
    /// The two check digits (a 12-digit ИНН, a СНИЛС) do not match the others.
    #[error("check digits are {found:02}, expected {expected:02}")]
    CheckDigits {
        /// The two check digits found, as a number 0–99.
        found: u8,
        /// The two check digits the other digits give, as a number 0–99.
        expected: u8,
    },
    /// A digit whose value has a meaning (a record type, a month) holds a value that has none.
    #[error("{what} is {found}, expected {expected}")]
    Field {
        /// The field, e.g. `"record type digit"`.
        what: &'static str,
        /// The text found in the field.
        found: String,
        /// The allowed values in words, e.g. `"1 or 5"`.
        expected: &'static str,
    },
}
