//! Institutions and their departments.

use crate::values::{Address, Email, Inn, KnownDate, Kpp, Ogrn, Phone, RegionCode, Url};

use super::vocabulary::vocabulary;
use super::{DepartmentId, Extra, InstitutionId, Source};

vocabulary! {
    /// What an institution is: a social-service centre, a family MFC, an authority, a fund …
    ///
    /// An open vocabulary: kinds outside the list are kept as `Other`.
    ///
    /// # Example
    /// ```
    /// use social_services::records::InstitutionKind;
    /// assert_eq!("Семейный МФЦ".parse::<InstitutionKind>().unwrap(), InstitutionKind::FamilyMfc);
    /// assert_eq!("ministry".parse::<InstitutionKind>().unwrap(), InstitutionKind::Ministry);
    /// ```
    pub enum InstitutionKind {
        /// Комплексный центр социального обслуживания населения.
        Kcson = "kcson", "КЦСОН", "комплексный центр социального обслуживания населения";
        /// Центр социальной помощи семье и детям.
        FamilySupportCentre = "family_support_centre", "центр социальной помощи семье и детям", "ЦСПСиД";
        /// Семейный многофункциональный центр as a whole institution.
        FamilyMfc = "family_mfc", "семейный МФЦ", "семейный многофункциональный центр", "СМФЦ";
        /// Учреждение дополнительного образования (a children's creativity centre …).
        SupplementaryEducation = "supplementary_education", "учреждение дополнительного образования";
        /// A ministry (федеральное или региональное министерство).
        Ministry = "ministry", "министерство";
        /// A regional department (департамент) of the executive.
        Department = "department", "департамент";
        /// A regional government (правительство субъекта).
        Government = "government", "правительство";
        /// A fund (фонд), e.g. the Fund for children in difficult life situations.
        Fund = "fund", "фонд";
        /// A public organisation (общественная организация).
        PublicOrganisation = "public_organisation", "общественная организация";
        /// A regional branch of a public organisation (региональное отделение).
        PublicOrganisationBranch = "public_organisation_branch", "региональное отделение общественной организации", "региональное отделение";
    }
    open Other
}

vocabulary! {
    /// The organisational and legal form as stated (ОБУСО, ГУ, МБУДО …).
    ///
    /// An open vocabulary: the abbreviations in use vary by region and are kept as written.
    ///
    /// # Example
    /// ```
    /// use social_services::records::LegalForm;
    /// assert_eq!("ОБУСО".parse::<LegalForm>().unwrap(), LegalForm::Obuso);
    /// assert_eq!("ГУ ТО".parse::<LegalForm>().unwrap(), LegalForm::Other("ГУ ТО".to_owned()));
    /// ```
    pub enum LegalForm {
        /// Областное бюджетное учреждение социального обслуживания.
        Obuso = "obuso", "ОБУСО", "областное бюджетное учреждение социального обслуживания";
        /// Государственное учреждение.
        Gu = "gu", "ГУ", "государственное учреждение";
        /// Государственное бюджетное учреждение.
        Gbu = "gbu", "ГБУ", "государственное бюджетное учреждение";
        /// Государственное казённое учреждение.
        Gku = "gku", "ГКУ", "государственное казённое учреждение";
        /// Государственное автономное учреждение.
        Gau = "gau", "ГАУ", "государственное автономное учреждение";
        /// Муниципальное бюджетное учреждение.
        Mbu = "mbu", "МБУ", "муниципальное бюджетное учреждение";
        /// Муниципальное бюджетное учреждение дополнительного образования.
        Mbudo = "mbudo", "МБУДО", "муниципальное бюджетное учреждение дополнительного образования";
        /// Автономная некоммерческая организация.
        Ano = "ano", "АНО", "автономная некоммерческая организация";
    }
    open Other
}

vocabulary! {
    /// The level of government an institution or event belongs to.
    ///
    /// A closed vocabulary.
    ///
    /// # Example
    /// ```
    /// use social_services::records::Level;
    /// assert_eq!("региональный".parse::<Level>().unwrap(), Level::Regional);
    /// ```
    pub enum Level {
        /// Federal (the Russian Federation).
        Federal = "federal", "федеральный";
        /// Regional (a federal subject).
        Regional = "regional", "региональный", "областной", "субъектовый";
        /// Municipal.
        Municipal = "municipal", "муниципальный";
        /// Non-state: public organisations, NGOs, business.
        NonState = "non_state", "негосударственный";
    }
    closed Unrecognised
}

vocabulary! {
    /// What a department (отделение, управление, служба) of an institution does.
    ///
    /// An open vocabulary.
    ///
    /// # Example
    /// ```
    /// use social_services::records::DepartmentKind;
    /// assert_eq!("Семейный МФЦ".parse::<DepartmentKind>().unwrap(), DepartmentKind::FamilyMfc);
    /// ```
    pub enum DepartmentKind {
        /// A family MFC run as a department of a larger institution.
        FamilyMfc = "family_mfc", "семейный МФЦ", "семейный многофункциональный центр";
        /// Социальное сопровождение семей с детьми.
        FamilySupport = "family_support", "сопровождение семей с детьми", "отделение социального сопровождения семей с детьми";
        /// Реабилитация и абилитация, ранняя помощь.
        Rehabilitation = "rehabilitation", "реабилитация и абилитация, ранняя помощь", "ранняя помощь";
        /// A division of an authority (управление).
        Directorate = "directorate", "управление";
    }
    open Other
}

/// A social-service institution, authority, fund or organisation.
///
/// # Example
/// ```
/// use social_services::{records::{InstitutionId, InstitutionKind, Level}, Institution};
///
/// let tula = Institution::new(
///     InstitutionId::from_name("ГУ ТО «СМФЦ «Мой семейный центр»»"),
///     "Семейный МФЦ «Мой семейный центр»",
///     InstitutionKind::FamilyMfc,
///     Level::Regional,
/// );
/// assert!(tula.is_family_mfc());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Institution {
    /// The id.
    pub id: InstitutionId,
    /// The official name.
    pub name: String,
    /// The short name in common use (`Вичугский КЦСОН`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    /// What the institution is.
    pub kind: InstitutionKind,
    /// The organisational and legal form as stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_form: Option<LegalForm>,
    /// The level of government.
    pub level: Level,
    /// The federal subject; none for federal bodies that serve the whole country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<RegionCode>,
    /// The institution this one belongs to (a branch's head organisation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<InstitutionId>,
    /// The taxpayer number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inn: Option<Inn>,
    /// The state registration number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ogrn: Option<Ogrn>,
    /// The registration reason code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kpp: Option<Kpp>,
    /// The legal or main address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    /// Public phone numbers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    /// Public e-mail addresses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<Email>,
    /// The website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<Url>,
    /// The departments (отделения, управления, службы).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub departments: Vec<Department>,
    /// When it opened: on a day, in a month or a year, or only bounded («не позднее 2023-05»).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened: Option<KnownDate>,
    /// When it closed, known as `opened` is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<KnownDate>,
    /// Where these facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// [`Institution`] for the formats: its fields and their shapes (see `records::kinds`), handed to
/// `$then!`. A field added to the struct is added here too, or nothing that builds a
/// `Institution` from a row compiles.
macro_rules! institution_kind {
    ($then:ident) => {
        $then! {
            Institution {
                record: "institution", table: "institutions",
                csv: INSTITUTIONS, arrow: INSTITUTIONS,
                name: |r| r.id.to_string(),
                fields: [
                    #[new] id: id,
                    #[new] name: text,
                    short_name: opt_text,
                    #[new] kind: vocab,
                    legal_form: opt_vocab,
                    #[new] level: vocab,
                    region: opt_region,
                    parent: opt_id,
                    inn: opt_display,
                    ogrn: opt_display,
                    kpp: opt_display,
                    address: address,
                    phones: display_list,
                    emails: display_list,
                    website: opt_display = proptest::option::of(proptest::prelude::any::<crate::values::Url>()),
                    opened: opt_known_date,
                    closed: opt_known_date,
                    departments: json,
                    sources: json,
                ]
            }
        }
    };
}

pub(crate) use institution_kind;

impl Institution {
    /// An institution with its required fields; everything else empty.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{InstitutionId, InstitutionKind, Level}, Institution};
    /// let i = Institution::new(InstitutionId::new_v4(), "Фонд", InstitutionKind::Fund, Level::Federal);
    /// assert!(i.departments.is_empty());
    /// ```
    pub fn new(
        id: InstitutionId,
        name: impl Into<String>,
        kind: InstitutionKind,
        level: Level,
    ) -> Self {
        Self {
            id,
            name: name.into(),
            short_name: None,
            kind,
            legal_form: None,
            level,
            region: None,
            parent: None,
            inn: None,
            ogrn: None,
            kpp: None,
            address: None,
            phones: Vec::new(),
            emails: Vec::new(),
            website: None,
            departments: Vec::new(),
            opened: None,
            closed: None,
            sources: Vec::new(),
            extra: Extra::new(),
        }
    }

    /// Whether the institution as a whole is a family MFC (a department that is one does not
    /// make its institution one; see [`Department::is_family_mfc`]).
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{InstitutionId, InstitutionKind, Level}, Institution};
    /// let i = Institution::new(InstitutionId::new_v4(), "КЦСОН", InstitutionKind::Kcson, Level::Regional);
    /// assert!(!i.is_family_mfc());
    /// ```
    pub fn is_family_mfc(&self) -> bool {
        self.kind == InstitutionKind::FamilyMfc
    }

    /// The department with this id.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{Department, DepartmentId, DepartmentKind, InstitutionId, InstitutionKind, Level}, Institution};
    /// let mut i = Institution::new(InstitutionId::new_v4(), "КЦСОН", InstitutionKind::Kcson, Level::Regional);
    /// let id = DepartmentId::new_v4();
    /// i.departments.push(Department::new(id, "Семейный МФЦ", DepartmentKind::FamilyMfc));
    /// assert_eq!(i.department(id).unwrap().name, "Семейный МФЦ");
    /// ```
    pub fn department(&self, id: DepartmentId) -> Option<&Department> {
        self.departments.iter().find(|d| d.id == id)
    }
}

/// A department (отделение, управление, служба) inside an institution.
///
/// # Example
/// ```
/// use social_services::records::{Department, DepartmentId, DepartmentKind};
/// let d = Department::new(DepartmentId::new_v4(), "Семейный многофункциональный центр", DepartmentKind::FamilyMfc);
/// assert!(d.is_family_mfc());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Department {
    /// The id.
    pub id: DepartmentId,
    /// The name as stated.
    pub name: String,
    /// What it does.
    pub kind: DepartmentKind,
    /// When it opened: on a day, in a month or a year, or only bounded («не позднее 2023-05»).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened: Option<KnownDate>,
    /// When it closed, known as `opened` is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<KnownDate>,
    /// Where these facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

impl Department {
    /// A department with its required fields; everything else empty.
    ///
    /// # Example
    /// ```
    /// use social_services::records::{Department, DepartmentId, DepartmentKind};
    /// let d = Department::new(DepartmentId::new_v4(), "Управление", DepartmentKind::Directorate);
    /// assert!(d.opened.is_none());
    /// ```
    pub fn new(id: DepartmentId, name: impl Into<String>, kind: DepartmentKind) -> Self {
        Self {
            id,
            name: name.into(),
            kind,
            opened: None,
            closed: None,
            sources: Vec::new(),
            extra: Extra::new(),
        }
    }

    /// Whether this department is a family MFC.
    ///
    /// # Example
    /// ```
    /// use social_services::records::{Department, DepartmentId, DepartmentKind};
    /// let d = Department::new(DepartmentId::new_v4(), "Ранняя помощь", DepartmentKind::Rehabilitation);
    /// assert!(!d.is_family_mfc());
    /// ```
    pub fn is_family_mfc(&self) -> bool {
        self.kind == DepartmentKind::FamilyMfc
    }
}
