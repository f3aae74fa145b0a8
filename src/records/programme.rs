//! Programmes: complexes of measures, pilot projects, social projects.

use crate::values::{PartialDate, RegionCode};

use super::vocabulary::vocabulary;
use super::{Extra, InstitutionId, ProgrammeId, Source};

vocabulary! {
    /// What kind of programme it is.
    ///
    /// An open vocabulary.
    ///
    /// # Example
    /// ```
    /// use social_services::records::ProgrammeKind;
    /// assert_eq!("пилотный проект".parse::<ProgrammeKind>().unwrap(), ProgrammeKind::PilotProject);
    /// ```
    pub enum ProgrammeKind {
        /// A complex of measures (комплекс мер).
        ComplexOfMeasures = "complex_of_measures", "комплекс мер";
        /// A pilot project (пилотный проект).
        PilotProject = "pilot_project", "пилотный проект";
        /// A social project (социальный проект).
        SocialProject = "social_project", "социальный проект";
        /// A national or federal project (национальный проект).
        NationalProject = "national_project", "национальный проект", "федеральный проект";
    }
    open Other
}

/// A programme: a complex of measures, a pilot project or a social project, with its period,
/// owner and participating regions.
///
/// How many federal subjects a source says take part («69 субъектов») is a
/// [`StatedFigure`](super::StatedFigure) of `federal_subjects` for the programme, not a field
/// of it (a version-1 document's `stated_regions` is read into one).
///
/// # Example
/// ```
/// use social_services::{records::{ProgrammeId, ProgrammeKind}, Programme};
/// let p = Programme::new(ProgrammeId::new_v4(), "Пилотный проект по созданию семейных МФЦ", ProgrammeKind::PilotProject);
/// assert!(p.regions.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Programme {
    /// The id.
    pub id: ProgrammeId,
    /// The title as stated.
    pub title: String,
    /// What kind of programme.
    pub kind: ProgrammeKind,
    /// The first period it covers (`2023` in «на 2023–2024 годы»).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PartialDate>,
    /// The last period it covers (`2024` in «на 2023–2024 годы»).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
    /// Who owns it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<InstitutionId>,
    /// The federal subjects known to take part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<RegionCode>,
    /// Where these facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

impl Programme {
    /// A programme with its required fields; everything else empty.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{ProgrammeId, ProgrammeKind}, Programme};
    /// let p = Programme::new(ProgrammeId::new_v4(), "Я могу", ProgrammeKind::SocialProject);
    /// assert!(p.owner.is_none());
    /// ```
    pub fn new(id: ProgrammeId, title: impl Into<String>, kind: ProgrammeKind) -> Self {
        Self {
            id,
            title: title.into(),
            kind,
            start: None,
            end: None,
            owner: None,
            regions: Vec::new(),
            sources: Vec::new(),
            extra: Extra::new(),
        }
    }
}
