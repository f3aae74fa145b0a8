//! The federal subjects of the Russian Federation and their codes.
//!
//! # The table
//! [`FederalSubject::all`] lists the 89 subjects named in Article 65 of the Constitution in its
//! current wording (since the amendment of October 2022): 24 republics, 9 krais, 48 oblasts,
//! 3 cities of federal significance, 1 autonomous oblast and 4 autonomous okrugs. Each has:
//! - its two-digit code, the subject code of the tax service (ФНС, справочник «Субъекты
//!   Российской Федерации») that the state registers also use: `37` Ивановская область, `71`
//!   Тульская область, `77` Москва, `78` Санкт-Петербург, `91` Республика Крым, `92`
//!   Севастополь, and for the subjects admitted in 2022 `90` Запорожская область, `93` Донецкая
//!   Народная Республика, `94` Луганская Народная Республика, `95` Херсонская область. Codes
//!   80–82, 84, 85 and 88 belonged to autonomous okrugs merged into other subjects between 2005
//!   and 2008 and are unused;
//! - its name as Article 65 writes it, an English name, its [`SubjectKind`] and its
//!   [`FederalDistrict`].
//!
//! The subject code is neither an ОКАТО nor an [`Oktmo`](crate::values::Oktmo) prefix (Ивановская
//! область: code 37, ОКТМО prefix 24), and not always the first two digits of an ИНН.
//!
//! How names are read is documented on [`RegionCode`], where users of the crate see it.

mod kind;
mod name;
mod table;
mod time_zone;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::ValueError;
pub use kind::{FederalDistrict, SubjectKind};
use table::SUBJECTS;
pub use time_zone::TimeZone;

/// One federal subject of the Russian Federation: a row of the table of subjects.
///
/// Only the crate builds these; get one from [`RegionCode::subject`] or [`FederalSubject::all`].
///
/// The table holds the 89 subjects named in Article 65 of the Constitution in its current
/// wording (since October 2022): 24 republics, 9 krais, 48 oblasts, 3 cities of federal
/// significance, 1 autonomous oblast and 4 autonomous okrugs. The codes are the two-digit
/// subject codes of the tax service (ФНС) that the state registers use: `37` Ивановская
/// область, `71` Тульская область, `90` Запорожская область, `93` Донецкая Народная
/// Республика, `94` Луганская Народная Республика, `95` Херсонская область. A subject code is
/// not an ОКАТО or [`Oktmo`](crate::values::Oktmo) prefix.
///
/// # Example
/// ```
/// use social_services::values::{FederalDistrict, FederalSubject, RegionCode, SubjectKind};
///
/// let tula: &FederalSubject = "Тульская область".parse::<RegionCode>()?.subject();
/// assert_eq!(tula.code().to_string(), "71");
/// assert_eq!(tula.name(), "Тульская область");
/// assert_eq!(tula.name_en(), "Tula Oblast");
/// assert_eq!(tula.kind(), SubjectKind::Oblast);
/// assert_eq!(tula.district(), FederalDistrict::Central);
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct FederalSubject {
    code: u8,
    name: &'static str,
    name_en: &'static str,
    kind: SubjectKind,
    district: FederalDistrict,
    /// Names without the kind word, first the one the name is built on (see `name.rs`).
    stems: &'static [&'static str],
}

impl FederalSubject {
    /// The number of federal subjects: 89.
    ///
    /// # Example
    /// ```
    /// use social_services::values::FederalSubject;
    ///
    /// assert_eq!(FederalSubject::all().len(), FederalSubject::COUNT);
    /// ```
    pub const COUNT: usize = table::COUNT;

    /// Every federal subject, in the order of their codes.
    ///
    /// # Example
    /// ```
    /// use social_services::values::FederalSubject;
    ///
    /// let all = FederalSubject::all();
    /// assert_eq!(all.len(), 89);
    /// assert_eq!(all[0].name(), "Республика Адыгея (Адыгея)");
    /// ```
    pub fn all() -> &'static [FederalSubject] {
        &SUBJECTS
    }

    /// The subject's code.
    ///
    /// # Example
    /// ```
    /// use social_services::values::FederalSubject;
    ///
    /// let moscow = FederalSubject::all().iter().find(|s| s.name() == "Москва").unwrap();
    /// assert_eq!(moscow.code().to_string(), "77");
    /// ```
    pub fn code(&self) -> RegionCode {
        RegionCode(self.code)
    }

    /// The name as Article 65 of the Constitution writes it: `"Ивановская область"`,
    /// `"Республика Татарстан (Татарстан)"`, `"Москва"`.
    ///
    /// # Example
    /// ```
    /// use social_services::values::RegionCode;
    ///
    /// assert_eq!("37".parse::<RegionCode>()?.subject().name(), "Ивановская область");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The English name: `"Ivanovo Oblast"`, `"Republic of Tatarstan"`, `"Moscow"`.
    ///
    /// # Example
    /// ```
    /// use social_services::values::RegionCode;
    ///
    /// assert_eq!("37".parse::<RegionCode>()?.subject().name_en(), "Ivanovo Oblast");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn name_en(&self) -> &'static str {
        self.name_en
    }

    /// The kind of subject: republic, krai, oblast …
    ///
    /// # Example
    /// ```
    /// use social_services::values::{RegionCode, SubjectKind};
    ///
    /// assert_eq!("77".parse::<RegionCode>()?.subject().kind(), SubjectKind::FederalCity);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn kind(&self) -> SubjectKind {
        self.kind
    }

    /// The federal district the subject belongs to.
    ///
    /// # Example
    /// ```
    /// use social_services::values::{FederalDistrict, RegionCode};
    ///
    /// let crimea: RegionCode = "91".parse()?;
    /// assert_eq!(crimea.subject().district(), FederalDistrict::Southern);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn district(&self) -> FederalDistrict {
        self.district
    }

    /// The subject's time zone (its capital's, for a subject that spans several), with its
    /// offset from UTC; see [`TimeZone`] for the sources.
    ///
    /// # Panics
    /// Never: every subject of the table has a zone (checked when the crate is compiled).
    ///
    /// # Example
    /// ```
    /// use social_services::values::{RegionCode, TimeZone};
    ///
    /// assert_eq!("37".parse::<RegionCode>()?.subject().time_zone(), TimeZone::Moscow);
    /// assert_eq!("66".parse::<RegionCode>()?.subject().time_zone().to_string(), "Asia/Yekaterinburg");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn time_zone(&self) -> TimeZone {
        let index = table::index_of(self.code).expect("a subject of the table has its code");
        time_zone::zone_at(index)
    }
}

impl fmt::Display for FederalSubject {
    /// Prints the name, as [`FederalSubject::name`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

/// Why a text is not a federal subject.
///
/// # Example
/// ```
/// use social_services::{values::{RegionCode, RegionErrorKind}, ValueError};
///
/// let err = "99".parse::<RegionCode>().unwrap_err();
/// assert_eq!(
///     err,
///     ValueError::Region { input: "99".into(), kind: RegionErrorKind::UnknownCode { code: 99 } }
/// );
/// assert_eq!(err.to_string(), r#"invalid region "99": no federal subject has code 99"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RegionErrorKind {
    /// The text is empty (or only white space).
    #[error("empty")]
    Empty,
    /// The text is all digits, but not two of them.
    #[error("a subject code has 2 digits, found {found}")]
    CodeLength {
        /// The number of digits found.
        found: usize,
    },
    /// Two digits that are not the code of any subject (`00`, `80`, `99` …).
    #[error("no federal subject has code {code:02}")]
    UnknownCode {
        /// The code found, 0–99.
        code: u8,
    },
    /// Text that is not the name of any subject in any accepted spelling (names are read in
    /// the nominative case only).
    #[error("no federal subject has this name")]
    UnknownName,
    /// A `(` with no `)` after it: the rest of the text would be read as a remark and
    /// dropped (`Тульская (Ивановская область`).
    #[error("the parenthesis at position {position} is not closed")]
    UnclosedParenthesis {
        /// One-based position of the `(`, counted in characters.
        position: usize,
    },
    /// A `)` with no `(` before it.
    #[error("the parenthesis at position {position} closes none")]
    UnopenedParenthesis {
        /// One-based position of the `)`, counted in characters.
        position: usize,
    },
}

/// A federal subject of the Russian Federation, by its two-digit code (`37` is Ивановская
/// область).
///
/// Prints the two-digit code, the canonical form: the name is
/// [`subject().name()`](FederalSubject::name). Serialized as that code string; reading JSON goes
/// through the same parser, so a name in JSON is accepted too. Ordered by code.
///
/// # Reading
/// Reads the two-digit code (`"37"`) or a name in the nominative case. Names are
/// compared in lower case, with `ё` read as `е`, any dash as `-`, dots as spaces and text in
/// parentheses ignored. Accepted for each subject:
/// - its name as in the table (`Республика Саха (Якутия)`, `Кемеровская область — Кузбасс`)
///   and its English name (`Ivanovo Oblast`);
/// - its name without the kind word (`Тульская`, `Татарстан`, `Москва`), since no two subjects
///   share one (a test checks that every accepted spelling names one subject only), plus a few
///   common alternatives (`Чувашия`, `Якутия`, `Кузбасс`, `Югра`, `ХМАО`, `ДНР`);
/// - that name with the kind word before or after it, spelled in full or abbreviated:
///   `область`/`обл.`, `республика`/`Респ.`, `край`, `город`/`г.`, `автономный округ`/`АО`,
///   `автономная область`/`АО`: `Ивановская обл.`, `Респ. Татарстан`, `г. Москва`,
///   `Москва г`, `Ненецкий АО`.
///
/// Inflected forms (`Ивановской области`) are not read.
///
/// # Example
/// ```
/// use social_services::values::RegionCode;
///
/// let ivanovo: RegionCode = "Ивановская область".parse()?;
/// assert_eq!(ivanovo.to_string(), "37");
/// assert_eq!(ivanovo, "37".parse()?);
/// assert_eq!(ivanovo.subject().name(), "Ивановская область");
/// assert_eq!("г. Москва".parse::<RegionCode>()?.to_string(), "77");
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RegionCode(u8);

impl RegionCode {
    /// The number of federal subjects, so the number of distinct codes: 89.
    ///
    /// # Example
    /// ```
    /// use social_services::values::RegionCode;
    ///
    /// let mut per_region = [0u32; RegionCode::COUNT];
    /// per_region["71".parse::<RegionCode>()?.index()] += 1;
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub const COUNT: usize = table::COUNT;

    /// The subject with the code `code`.
    ///
    /// # Errors
    /// [`ValueError::Region`] with [`RegionErrorKind::UnknownCode`] when no subject has that
    /// code.
    ///
    /// # Example
    /// ```
    /// use social_services::values::RegionCode;
    ///
    /// assert_eq!(RegionCode::new(71)?.subject().name(), "Тульская область");
    /// assert!(RegionCode::new(80).is_err());
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn new(code: u8) -> Result<Self, ValueError> {
        match table::index_of(code) {
            Some(_) => Ok(Self(code)),
            None => Err(ValueError::Region {
                input: format!("{code:02}"),
                kind: RegionErrorKind::UnknownCode { code },
            }),
        }
    }

    /// The code as a number, 1–95.
    ///
    /// # Example
    /// ```
    /// use social_services::values::RegionCode;
    ///
    /// assert_eq!("07".parse::<RegionCode>()?.number(), 7);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn number(self) -> u8 {
        self.0
    }

    /// The row of the table of subjects: name, kind, federal district.
    ///
    /// # Example
    /// ```
    /// use social_services::values::RegionCode;
    ///
    /// assert_eq!("92".parse::<RegionCode>()?.subject().name(), "Севастополь");
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn subject(self) -> &'static FederalSubject {
        &SUBJECTS[self.index()]
    }

    /// The position of the subject in [`FederalSubject::all`], `0..RegionCode::COUNT`: an index
    /// for dense per-region arrays. Positions follow the order of codes.
    ///
    /// # Example
    /// ```
    /// use social_services::values::RegionCode;
    ///
    /// let region: RegionCode = "37".parse()?;
    /// assert!(region.index() < RegionCode::COUNT);
    /// assert_eq!(RegionCode::from_index(region.index()), Some(region));
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn index(self) -> usize {
        // Every `RegionCode` holds the code of a subject, so the lookup always succeeds.
        table::index_of(self.0).unwrap_or_default()
    }

    /// The subject at position `index` of [`FederalSubject::all`], if `index` is below
    /// [`RegionCode::COUNT`].
    ///
    /// # Example
    /// ```
    /// use social_services::values::RegionCode;
    ///
    /// assert_eq!(RegionCode::from_index(0).map(|r| r.to_string()), Some("01".to_owned()));
    /// assert_eq!(RegionCode::from_index(RegionCode::COUNT), None);
    /// ```
    pub fn from_index(index: usize) -> Option<Self> {
        SUBJECTS.get(index).map(FederalSubject::code)
    }

    /// Every subject's code, in order.
    ///
    /// # Example
    /// ```
    /// use social_services::values::RegionCode;
    ///
    /// assert_eq!(RegionCode::all().count(), 89);
    /// assert!(RegionCode::all().any(|r| r.to_string() == "95"));
    /// ```
    pub fn all() -> impl ExactSizeIterator<Item = RegionCode> + DoubleEndedIterator + Clone {
        SUBJECTS.iter().map(FederalSubject::code)
    }
}

impl FromStr for RegionCode {
    type Err = ValueError;

    /// Reads a two-digit subject code or a subject's name (see [`RegionCode`]).
    /// Leading and trailing white space is ignored.
    ///
    /// # Errors
    /// [`ValueError::Region`] when the text is empty ([`RegionErrorKind::Empty`]), is all digits
    /// but not two ([`RegionErrorKind::CodeLength`]), is two digits no subject has
    /// ([`RegionErrorKind::UnknownCode`]), or is no subject's name
    /// ([`RegionErrorKind::UnknownName`]).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let error = |kind| ValueError::Region {
            input: s.to_owned(),
            kind,
        };
        let text = s.trim();
        if text.is_empty() {
            return Err(error(RegionErrorKind::Empty));
        }
        if text.bytes().all(|b| b.is_ascii_digit()) {
            return match text.as_bytes() {
                &[tens, units] => {
                    let code = (tens - b'0') * 10 + (units - b'0');
                    match table::index_of(code) {
                        Some(_) => Ok(Self(code)),
                        None => Err(error(RegionErrorKind::UnknownCode { code })),
                    }
                }
                digits => Err(error(RegionErrorKind::CodeLength {
                    found: digits.len(),
                })),
            };
        }
        name::check_parentheses(text).map_err(error)?;
        name::code_of(&name::normalize(text))
            .map(Self)
            .ok_or_else(|| error(RegionErrorKind::UnknownName))
    }
}

impl fmt::Display for RegionCode {
    /// Prints the two-digit code: `"37"`, `"07"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}", self.0)
    }
}

text_conversions!(RegionCode);

#[cfg(any(test, feature = "proptest"))]
impl proptest::arbitrary::Arbitrary for RegionCode {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    /// Any of the 89 subjects, each as likely as the others.
    fn arbitrary_with((): Self::Parameters) -> Self::Strategy {
        use proptest::prelude::*;
        proptest::sample::select(RegionCode::all().collect::<Vec<_>>()).boxed()
    }
}

#[cfg(test)]
mod tests;
