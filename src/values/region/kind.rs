//! The kinds of federal subjects and the federal districts.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{FederalSubject, table::SUBJECTS};

/// The kind of a federal subject, as Article 65 of the Constitution groups them.
///
/// Serialized in `snake_case` (`"oblast"`, `"federal_city"`); [`Display`](fmt::Display) prints
/// the Russian name.
///
/// # Example
/// ```
/// use social_services::values::{RegionCode, SubjectKind};
///
/// let tula: RegionCode = "71".parse()?;
/// assert_eq!(tula.subject().kind(), SubjectKind::Oblast);
/// assert_eq!(SubjectKind::Oblast.to_string(), "область");
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubjectKind {
    /// Республика (24 subjects).
    Republic,
    /// Край (9 subjects).
    Krai,
    /// Область (48 subjects).
    Oblast,
    /// Город федерального значения: Москва, Санкт-Петербург, Севастополь.
    FederalCity,
    /// Автономная область: Еврейская автономная область.
    AutonomousOblast,
    /// Автономный округ (4 subjects).
    AutonomousOkrug,
}

impl SubjectKind {
    /// Every kind, in the order of Article 65.
    ///
    /// # Example
    /// ```
    /// use social_services::values::SubjectKind;
    ///
    /// assert_eq!(SubjectKind::ALL.len(), 6);
    /// ```
    pub const ALL: [SubjectKind; 6] = [
        SubjectKind::Republic,
        SubjectKind::Krai,
        SubjectKind::Oblast,
        SubjectKind::FederalCity,
        SubjectKind::AutonomousOblast,
        SubjectKind::AutonomousOkrug,
    ];

    /// The Russian name of the kind, in lower case: `"республика"`, `"край"`, `"область"`,
    /// `"город федерального значения"`, `"автономная область"`, `"автономный округ"`.
    ///
    /// # Example
    /// ```
    /// use social_services::values::SubjectKind;
    ///
    /// assert_eq!(SubjectKind::AutonomousOkrug.name(), "автономный округ");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            SubjectKind::Republic => "республика",
            SubjectKind::Krai => "край",
            SubjectKind::Oblast => "область",
            SubjectKind::FederalCity => "город федерального значения",
            SubjectKind::AutonomousOblast => "автономная область",
            SubjectKind::AutonomousOkrug => "автономный округ",
        }
    }

    /// The English name of the kind, in lower case: `"republic"`, `"krai"`, `"oblast"`,
    /// `"federal city"`, `"autonomous oblast"`, `"autonomous okrug"`.
    ///
    /// # Example
    /// ```
    /// use social_services::values::SubjectKind;
    ///
    /// assert_eq!(SubjectKind::FederalCity.name_en(), "federal city");
    /// ```
    pub const fn name_en(self) -> &'static str {
        match self {
            SubjectKind::Republic => "republic",
            SubjectKind::Krai => "krai",
            SubjectKind::Oblast => "oblast",
            SubjectKind::FederalCity => "federal city",
            SubjectKind::AutonomousOblast => "autonomous oblast",
            SubjectKind::AutonomousOkrug => "autonomous okrug",
        }
    }

    /// The subjects of this kind, in the order of their codes.
    ///
    /// # Example
    /// ```
    /// use social_services::values::SubjectKind;
    ///
    /// let cities: Vec<&str> = SubjectKind::FederalCity.subjects().map(|s| s.name()).collect();
    /// assert_eq!(cities, ["Москва", "Санкт-Петербург", "Севастополь"]);
    /// ```
    pub fn subjects(self) -> impl Iterator<Item = &'static FederalSubject> {
        SUBJECTS.iter().filter(move |s| s.kind == self)
    }
}

impl fmt::Display for SubjectKind {
    /// Prints the Russian name, as [`SubjectKind::name`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One of the eight federal districts (федеральные округа) the subjects are grouped in.
///
/// Serialized in `snake_case` (`"central"`, `"north_western"`); [`Display`](fmt::Display)
/// prints the abbreviation (`ЦФО`), the form report tables use.
///
/// # Example
/// ```
/// use social_services::values::{FederalDistrict, RegionCode};
///
/// let ivanovo: RegionCode = "37".parse()?;
/// let district = ivanovo.subject().district();
/// assert_eq!(district, FederalDistrict::Central);
/// assert_eq!(district.to_string(), "ЦФО");
/// assert_eq!(district.name(), "Центральный федеральный округ");
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FederalDistrict {
    /// Центральный федеральный округ (ЦФО).
    Central,
    /// Северо-Западный федеральный округ (СЗФО).
    NorthWestern,
    /// Южный федеральный округ (ЮФО).
    Southern,
    /// Северо-Кавказский федеральный округ (СКФО).
    NorthCaucasian,
    /// Приволжский федеральный округ (ПФО).
    Volga,
    /// Уральский федеральный округ (УФО).
    Ural,
    /// Сибирский федеральный округ (СФО).
    Siberian,
    /// Дальневосточный федеральный округ (ДФО).
    FarEastern,
}

impl FederalDistrict {
    /// Every district, in the official order (west to east).
    ///
    /// # Example
    /// ```
    /// use social_services::values::FederalDistrict;
    ///
    /// assert_eq!(FederalDistrict::ALL.len(), 8);
    /// assert_eq!(FederalDistrict::ALL[0], FederalDistrict::Central);
    /// ```
    pub const ALL: [FederalDistrict; 8] = [
        FederalDistrict::Central,
        FederalDistrict::NorthWestern,
        FederalDistrict::Southern,
        FederalDistrict::NorthCaucasian,
        FederalDistrict::Volga,
        FederalDistrict::Ural,
        FederalDistrict::Siberian,
        FederalDistrict::FarEastern,
    ];

    /// The Russian name: `"Центральный федеральный округ"`.
    ///
    /// # Example
    /// ```
    /// use social_services::values::FederalDistrict;
    ///
    /// assert_eq!(FederalDistrict::Volga.name(), "Приволжский федеральный округ");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            FederalDistrict::Central => "Центральный федеральный округ",
            FederalDistrict::NorthWestern => "Северо-Западный федеральный округ",
            FederalDistrict::Southern => "Южный федеральный округ",
            FederalDistrict::NorthCaucasian => "Северо-Кавказский федеральный округ",
            FederalDistrict::Volga => "Приволжский федеральный округ",
            FederalDistrict::Ural => "Уральский федеральный округ",
            FederalDistrict::Siberian => "Сибирский федеральный округ",
            FederalDistrict::FarEastern => "Дальневосточный федеральный округ",
        }
    }

    /// The Russian abbreviation: `"ЦФО"`, `"СЗФО"`, `"ЮФО"`, `"СКФО"`, `"ПФО"`, `"УФО"`,
    /// `"СФО"`, `"ДФО"`.
    ///
    /// # Example
    /// ```
    /// use social_services::values::FederalDistrict;
    ///
    /// assert_eq!(FederalDistrict::NorthWestern.abbreviation(), "СЗФО");
    /// ```
    pub const fn abbreviation(self) -> &'static str {
        match self {
            FederalDistrict::Central => "ЦФО",
            FederalDistrict::NorthWestern => "СЗФО",
            FederalDistrict::Southern => "ЮФО",
            FederalDistrict::NorthCaucasian => "СКФО",
            FederalDistrict::Volga => "ПФО",
            FederalDistrict::Ural => "УФО",
            FederalDistrict::Siberian => "СФО",
            FederalDistrict::FarEastern => "ДФО",
        }
    }

    /// The English name: `"Central Federal District"`.
    ///
    /// # Example
    /// ```
    /// use social_services::values::FederalDistrict;
    ///
    /// assert_eq!(FederalDistrict::FarEastern.name_en(), "Far Eastern Federal District");
    /// ```
    pub const fn name_en(self) -> &'static str {
        match self {
            FederalDistrict::Central => "Central Federal District",
            FederalDistrict::NorthWestern => "Northwestern Federal District",
            FederalDistrict::Southern => "Southern Federal District",
            FederalDistrict::NorthCaucasian => "North Caucasian Federal District",
            FederalDistrict::Volga => "Volga Federal District",
            FederalDistrict::Ural => "Ural Federal District",
            FederalDistrict::Siberian => "Siberian Federal District",
            FederalDistrict::FarEastern => "Far Eastern Federal District",
        }
    }

    /// The subjects in this district, in the order of their codes.
    ///
    /// # Example
    /// ```
    /// use social_services::values::FederalDistrict;
    ///
    /// assert_eq!(FederalDistrict::Central.subjects().count(), 18);
    /// assert!(FederalDistrict::Central.subjects().any(|s| s.name() == "Тульская область"));
    /// ```
    pub fn subjects(self) -> impl Iterator<Item = &'static FederalSubject> {
        SUBJECTS.iter().filter(move |s| s.district == self)
    }
}

impl fmt::Display for FederalDistrict {
    /// Prints the abbreviation, as [`FederalDistrict::abbreviation`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.abbreviation())
    }
}
