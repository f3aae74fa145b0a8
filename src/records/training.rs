//! Training sites (стажировочные площадки), their cohorts and enrollments.

use crate::values::{DateRange, RegionCode};

use super::event::RegionHeadCount;
use super::vocabulary::vocabulary;
use super::{CohortId, Extra, InstitutionId, Level, PersonId, ProgrammeId, Source, TrainingSiteId};

/// A training site (стажировочная площадка): an institution that trains specialists of other
/// institutions on a topic.
///
/// How many specialists a source says it has trained («более 250») is a
/// [`StatedFigure`](super::StatedFigure) of `specialists_trained` for the site, not a field of
/// it (a version-1 document's `stated_trained` and `stated_as_of` are read into one).
///
/// # Example
/// ```
/// use social_services::{records::{InstitutionId, Level, TrainingSiteId}, TrainingSite};
/// let site = TrainingSite::new(TrainingSiteId::new_v4(), InstitutionId::new_v4(), Level::Federal, "Создание Семейных МФЦ");
/// assert_eq!(site.topic, "Создание Семейных МФЦ");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TrainingSite {
    /// The id.
    pub id: TrainingSiteId,
    /// The institution that runs it.
    pub institution: InstitutionId,
    /// Its level (a federal training site trains specialists from all regions).
    pub level: Level,
    /// The topic (направление), as stated.
    pub topic: String,
    /// The programmes its cohorts may belong to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub programmes: Vec<ProgrammeId>,
    /// Where these facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

impl TrainingSite {
    /// A training site with its required fields; everything else empty.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{InstitutionId, Level, TrainingSiteId}, TrainingSite};
    /// let site = TrainingSite::new(TrainingSiteId::new_v4(), InstitutionId::new_v4(), Level::Regional, "Ранняя помощь");
    /// assert!(site.programmes.is_empty());
    /// ```
    pub fn new(
        id: TrainingSiteId,
        institution: InstitutionId,
        level: Level,
        topic: impl Into<String>,
    ) -> Self {
        Self {
            id,
            institution,
            level,
            topic: topic.into(),
            programmes: Vec::new(),
            sources: Vec::new(),
            extra: Extra::new(),
        }
    }
}

vocabulary! {
    /// How a cohort is taught.
    ///
    /// A closed vocabulary.
    ///
    /// # Example
    /// ```
    /// use social_services::records::CohortFormat;
    /// assert_eq!("очно".parse::<CohortFormat>().unwrap(), CohortFormat::InPerson);
    /// ```
    pub enum CohortFormat {
        /// In person (очно).
        InPerson = "in_person", "очно", "очный";
        /// Online (дистанционно).
        Online = "online", "дистанционно", "онлайн";
        /// Blended (смешанный).
        Blended = "blended", "смешанный", "очно-заочно";
    }
    closed Unrecognised
}

vocabulary! {
    /// Where a trainee stands in a cohort.
    ///
    /// A closed vocabulary.
    ///
    /// # Example
    /// ```
    /// use social_services::records::EnrollmentStatus;
    /// assert_eq!("обучение пройдено".parse::<EnrollmentStatus>().unwrap(), EnrollmentStatus::Completed);
    /// ```
    pub enum EnrollmentStatus {
        /// Enrolled, not yet finished.
        Enrolled = "enrolled", "зачислен";
        /// Completed the training.
        Completed = "completed", "обучение пройдено", "завершил";
        /// Left before completing.
        Withdrawn = "withdrawn", "отчислен", "выбыл";
    }
    closed Unrecognised
}

/// One trainee of a cohort: a named person, or an anonymous trainee known by home region and
/// institution.
///
/// # Example
/// ```
/// use social_services::records::{Enrollment, EnrollmentStatus};
/// let e = Enrollment { home_region: Some("37".parse()?), ..Enrollment::new(EnrollmentStatus::Completed) };
/// assert!(e.person.is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Enrollment {
    /// The trainee, when named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<PersonId>,
    /// The federal subject the trainee came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_region: Option<RegionCode>,
    /// The institution the trainee came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_institution: Option<InstitutionId>,
    /// Where the trainee stands.
    pub status: EnrollmentStatus,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

impl Enrollment {
    /// An anonymous enrollment with a status; everything else empty.
    ///
    /// # Example
    /// ```
    /// use social_services::records::{Enrollment, EnrollmentStatus};
    /// assert!(Enrollment::new(EnrollmentStatus::Enrolled).home_region.is_none());
    /// ```
    pub fn new(status: EnrollmentStatus) -> Self {
        Self {
            person: None,
            home_region: None,
            home_institution: None,
            status,
            extra: Extra::new(),
        }
    }
}

/// A cohort (поток, группа) of a training site.
///
/// # Example
/// ```
/// use social_services::{records::{CohortFormat, CohortId, TrainingSiteId}, Cohort};
/// let c = Cohort::new(CohortId::new_v4(), TrainingSiteId::new_v4(), "Поток 1", CohortFormat::InPerson);
/// assert!(c.enrollments.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Cohort {
    /// The id.
    pub id: CohortId,
    /// The training site.
    pub site: TrainingSiteId,
    /// The title as stated.
    pub title: String,
    /// When it ran.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dates: Option<DateRange>,
    /// How it was taught.
    pub format: CohortFormat,
    /// How many places it had.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u32>,
    /// The programme it belongs to; must be one of its site's programmes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<ProgrammeId>,
    /// The trainees, when known one by one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub enrollments: Vec<Enrollment>,
    /// Head-counts of trainees per home region, when persons are unknown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub head_counts: Vec<RegionHeadCount>,
    /// Where these facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

impl Cohort {
    /// A cohort with its required fields; everything else empty.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{CohortFormat, CohortId, TrainingSiteId}, Cohort};
    /// let c = Cohort::new(CohortId::new_v4(), TrainingSiteId::new_v4(), "Поток 2", CohortFormat::Online);
    /// assert!(c.capacity.is_none());
    /// ```
    pub fn new(
        id: CohortId,
        site: TrainingSiteId,
        title: impl Into<String>,
        format: CohortFormat,
    ) -> Self {
        Self {
            id,
            site,
            title: title.into(),
            dates: None,
            format,
            capacity: None,
            programme: None,
            enrollments: Vec::new(),
            head_counts: Vec::new(),
            sources: Vec::new(),
            extra: Extra::new(),
        }
    }
}
