//! The catalogue of services: what a centre offers, and to which families.

use super::vocabulary::vocabulary;
use super::{Extra, ServiceId, Source};

vocabulary! {
    /// What kind of help a service is.
    ///
    /// An open vocabulary: the catalogues of the regions name more kinds than these.
    ///
    /// # Example
    /// ```
    /// use social_services::records::ServiceCategory;
    /// assert_eq!("социальное сопровождение".parse::<ServiceCategory>().unwrap(), ServiceCategory::SocialSupport);
    /// assert_eq!("Социальная няня".parse::<ServiceCategory>().unwrap(), ServiceCategory::ChildCare);
    /// ```
    pub enum ServiceCategory {
        /// A social service (социальная услуга) under the law on social services.
        SocialService = "social_service", "социальная услуга", "социальные услуги", "социальное обслуживание";
        /// Social support of a family (социальное сопровождение): a plan of help from several
        /// agencies, followed over months.
        SocialSupport = "social_support", "социальное сопровождение";
        /// Advice of a lawyer (консультация юриста, правовая помощь).
        LegalAdvice = "legal_advice", "консультация юриста", "юридическая консультация", "правовая помощь";
        /// Help of a psychologist (консультация психолога, психологическая помощь).
        PsychologicalHelp = "psychological_help", "психологическая помощь", "консультация психолога";
        /// Applying for a payment or benefit (оформление выплат и пособий, мер социальной
        /// поддержки).
        BenefitApplication = "benefit_application", "оформление выплат и пособий", "меры социальной поддержки", "назначение пособий";
        /// Child care while parents work or study («Социальная няня», присмотр за детьми).
        ChildCare = "child_care", "присмотр и уход за детьми", "социальная няня", "присмотр за детьми";
    }
    open Other
}

vocabulary! {
    /// A category of families that reports count and that services are meant for.
    ///
    /// An open vocabulary: regions define further categories.
    ///
    /// # Example
    /// ```
    /// use social_services::records::FamilyCategory;
    /// assert_eq!("многодетные".parse::<FamilyCategory>().unwrap(), FamilyCategory::LargeFamily);
    /// assert_eq!("участники СВО".parse::<FamilyCategory>().unwrap(), FamilyCategory::MilitaryService);
    /// ```
    pub enum FamilyCategory {
        /// Large families (многодетные семьи).
        LargeFamily = "large_family", "многодетные семьи", "многодетные", "многодетная семья";
        /// Low-income families (малоимущие семьи).
        LowIncome = "low_income", "малоимущие семьи", "малоимущие", "малоимущая семья";
        /// Families raising a disabled child (семьи, воспитывающие ребёнка-инвалида).
        DisabledChild = "disabled_child", "семьи, воспитывающие детей-инвалидов", "семьи с детьми-инвалидами", "семья, воспитывающая ребёнка-инвалида";
        /// Families of servicemen in the special military operation (семьи участников СВО).
        MilitaryService = "military_service", "семьи участников СВО", "участники СВО", "семьи военнослужащих";
        /// Pregnant women (беременные женщины).
        PregnantWomen = "pregnant_women", "беременные женщины", "беременные";
        /// Families in a difficult life situation (семьи в трудной жизненной ситуации).
        DifficultSituation = "difficult_situation", "семьи в трудной жизненной ситуации", "трудная жизненная ситуация", "ТЖС";
    }
    open Other
}

/// A service of the catalogue: what it is, and which families may receive it.
///
/// Service points list the services they offer by id
/// ([`ServicePoint::services`](crate::ServicePoint::services)); validation reports an id that
/// names no service.
///
/// # Example
/// ```
/// use social_services::{records::{FamilyCategory, ServiceCategory, ServiceId}, Service};
///
/// let mut nanny = Service::new(ServiceId::from_name("Социальная няня"), "Социальная няня", ServiceCategory::ChildCare);
/// nanny.eligible.push(FamilyCategory::LargeFamily);
/// assert!(nanny.is_for(&FamilyCategory::LargeFamily));
/// assert!(!nanny.is_for(&FamilyCategory::LowIncome));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Service {
    /// The id.
    pub id: ServiceId,
    /// The name as the catalogue states it.
    pub name: String,
    /// What kind of help it is.
    pub category: ServiceCategory,
    /// What it gives, in a sentence or two.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The categories of families it is for; empty when it is for every family with children.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub eligible: Vec<FamilyCategory>,
    /// Where these facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// [`Service`] for the formats: its fields and their shapes (see `records::kinds`), handed to
/// `$then!`. A field added to the struct is added here too, or nothing that builds a
/// `Service` from a row compiles.
macro_rules! service_kind {
    ($then:ident) => {
        $then! {
            Service {
                record: "service", table: "services",
                csv: SERVICES, arrow: SERVICES,
                name: |r| r.id.to_string(),
                fields: [
                    #[new] id: id,
                    #[new] name: text,
                    #[new] category: open_vocab,
                    description: opt_text,
                    eligible: open_vocab_list,
                    sources: json,
                ]
            }
        }
    };
}

pub(crate) use service_kind;

impl Service {
    /// A service for every family, with its required fields; everything else empty.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{ServiceCategory, ServiceId}, Service};
    /// let s = Service::new(ServiceId::new_v4(), "Консультация психолога", ServiceCategory::PsychologicalHelp);
    /// assert!(s.eligible.is_empty());
    /// ```
    pub fn new(id: ServiceId, name: impl Into<String>, category: ServiceCategory) -> Self {
        Self {
            id,
            name: name.into(),
            category,
            description: None,
            eligible: Vec::new(),
            sources: Vec::new(),
            extra: Extra::new(),
        }
    }

    /// Whether a family of `category` may receive the service: it lists the category, or it
    /// lists none (it is for every family).
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{FamilyCategory, ServiceCategory, ServiceId}, Service};
    /// let s = Service::new(ServiceId::new_v4(), "Консультация юриста", ServiceCategory::LegalAdvice);
    /// assert!(s.is_for(&FamilyCategory::PregnantWomen));
    /// ```
    pub fn is_for(&self, category: &FamilyCategory) -> bool {
        self.eligible.is_empty() || self.eligible.contains(category)
    }
}
