//! Events: seminar-meetings, conferences, site visits, with their agenda and participation.

use crate::values::{Address, DateRange, RegionCode};

use super::vocabulary::vocabulary;
use super::{
    AppointmentId, EventId, Extra, InstitutionId, PersonId, ProgrammeId, ServicePointId, Source,
};

vocabulary! {
    /// What kind of event it is.
    ///
    /// An open vocabulary.
    ///
    /// # Example
    /// ```
    /// use social_services::records::EventKind;
    /// assert_eq!("семинар-совещание".parse::<EventKind>().unwrap(), EventKind::SeminarMeeting);
    /// ```
    pub enum EventKind {
        /// Семинар-совещание.
        SeminarMeeting = "seminar_meeting", "семинар-совещание";
        /// Конференция.
        Conference = "conference", "конференция";
        /// Мастер-класс, практикум.
        Workshop = "workshop", "мастер-класс", "практикум";
        /// Круглый стол.
        RoundTable = "round_table", "круглый стол";
        /// Обучение, стажировка.
        Training = "training", "обучение", "стажировка";
        /// Визит, экскурсия.
        SiteVisit = "site_visit", "визит", "экскурсия";
    }
    open Other
}

vocabulary! {
    /// The level of an event: who it gathers.
    ///
    /// A closed vocabulary.
    ///
    /// # Example
    /// ```
    /// use social_services::records::EventLevel;
    /// assert_eq!("Всероссийский".parse::<EventLevel>().unwrap(), EventLevel::AllRussian);
    /// assert_eq!("областной".parse::<EventLevel>().unwrap(), EventLevel::Regional);
    /// ```
    pub enum EventLevel {
        /// Municipal (муниципальный).
        Municipal = "municipal", "муниципальный";
        /// Regional (региональный, областной).
        Regional = "regional", "региональный", "областной", "краевой", "республиканский";
        /// Interregional (межрегиональный).
        Interregional = "interregional", "межрегиональный";
        /// All-Russian (всероссийский).
        AllRussian = "all_russian", "всероссийский", "федеральный";
    }
    closed Unrecognised
}

vocabulary! {
    /// What happens in an agenda item.
    ///
    /// An open vocabulary.
    ///
    /// # Example
    /// ```
    /// use social_services::records::AgendaKind;
    /// assert_eq!("приветственное слово".parse::<AgendaKind>().unwrap(), AgendaKind::Welcome);
    /// ```
    pub enum AgendaKind {
        /// A welcome address (приветственное слово).
        Welcome = "welcome", "приветственное слово", "приветствие";
        /// A plenary session (пленарное заседание).
        Plenary = "plenary", "пленарное заседание";
        /// A report (выступление, доклад).
        Report = "report", "выступление", "доклад";
        /// A thematic session (тематическая площадка).
        ThematicSession = "thematic_session", "тематическая площадка", "секция";
        /// A workshop or case study (работа с кейсами, практикум).
        Workshop = "workshop", "работа с кейсами", "практикум", "кейс";
        /// A site visit (посещение, экскурсия).
        SiteVisit = "site_visit", "экскурсия", "посещение";
        /// The summing-up (подведение итогов).
        Summary = "summary", "подведение итогов", "итоги";
    }
    open Other
}

/// Where an event took place: an institution, a service point, an address, a region — any
/// that are known.
///
/// # Example
/// ```
/// use social_services::records::Venue;
/// let venue = Venue { region: Some("71".parse()?), ..Venue::default() };
/// assert!(venue.institution.is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Venue {
    /// The host institution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub institution: Option<InstitutionId>,
    /// The service point where it took place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_point: Option<ServicePointId>,
    /// The address, when not that of the institution or service point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    /// The federal subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<RegionCode>,
    /// The city or place as stated (`Тула`), when nothing more precise is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// A speaker of an agenda item: the person, and the post they spoke in when known.
///
/// # Example
/// ```
/// use social_services::records::{PersonId, Speaker};
/// let s = Speaker::new(PersonId::new_v4());
/// assert!(s.appointment.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Speaker {
    /// Who spoke.
    pub person: PersonId,
    /// The post they spoke in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appointment: Option<AppointmentId>,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

impl Speaker {
    /// A speaker known by person only.
    ///
    /// # Example
    /// ```
    /// use social_services::records::{PersonId, Speaker};
    /// let id = PersonId::new_v4();
    /// assert_eq!(Speaker::new(id).person, id);
    /// ```
    pub fn new(person: PersonId) -> Self {
        Self {
            person,
            appointment: None,
            extra: Extra::new(),
        }
    }
}

/// One item of an event's agenda.
///
/// # Example
/// ```
/// use social_services::records::{AgendaItem, AgendaKind};
/// let item = AgendaItem::new(AgendaKind::Welcome);
/// assert!(item.speakers.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AgendaItem {
    /// What happens.
    pub kind: AgendaKind,
    /// The title or topic as stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Who spoke.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub speakers: Vec<Speaker>,
    /// The service point where this item took place, if not the event's venue (a site visit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_point: Option<ServicePointId>,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

impl AgendaItem {
    /// An agenda item of a kind; everything else empty.
    ///
    /// # Example
    /// ```
    /// use social_services::records::{AgendaItem, AgendaKind};
    /// assert!(AgendaItem::new(AgendaKind::Summary).title.is_none());
    /// ```
    pub fn new(kind: AgendaKind) -> Self {
        Self {
            kind,
            title: None,
            speakers: Vec::new(),
            service_point: None,
            extra: Extra::new(),
        }
    }
}

/// One person who attended, with what is known of where they came from — or, with no
/// `person`, an institution or a federal subject that took part with no head count: it counts
/// among the institutions and regions taking part, and the attendees then give no participant
/// count (a summary never prints one that no source states and no record counts).
///
/// # Example
/// ```
/// use social_services::records::{Attendee, PersonId};
/// let a = Attendee { person: Some(PersonId::new_v4()), ..Attendee::default() };
/// assert!(a.region.is_none());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Attendee {
    /// The person, when named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<PersonId>,
    /// The institution they came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub institution: Option<InstitutionId>,
    /// The federal subject they came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<RegionCode>,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// A head-count of participants from one institution.
///
/// It has no `extra` map: a field other than `institution` and `count` is refused when read
/// (`unknown field`), never silently dropped.
///
/// # Example
/// ```
/// use social_services::records::{InstitutionHeadCount, InstitutionId};
/// let c = InstitutionHeadCount { institution: InstitutionId::new_v4(), count: 3 };
/// assert_eq!(c.count, 3);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// Two fields and no `extra` (the type is `Copy`): an unknown field is refused rather than dropped.
#[serde(deny_unknown_fields)]
pub struct InstitutionHeadCount {
    /// The institution.
    pub institution: InstitutionId,
    /// How many came from it.
    pub count: u32,
}

/// A head-count of participants (or trainees) from one federal subject.
///
/// It has no `extra` map: a field other than `region` and `count` is refused when read
/// (`unknown field`), never silently dropped.
///
/// # Example
/// ```
/// use social_services::records::RegionHeadCount;
/// let c = RegionHeadCount { region: "37".parse()?, count: 12 };
/// assert_eq!(c.count, 12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// Two fields and no `extra` (the type is `Copy`): an unknown field is refused rather than dropped.
#[serde(deny_unknown_fields)]
pub struct RegionHeadCount {
    /// The federal subject.
    pub region: RegionCode,
    /// How many came from it.
    pub count: u32,
}

/// Who took part, as the source describes it in words.
///
/// How many took part — people, organisations, federal subjects — is a
/// [`StatedFigure`](super::StatedFigure) for the event (`participants`, `organisations`,
/// `federal_subjects`), not a field here: a version-1 document's `participants`,
/// `institutions` and `regions` are read into such figures.
///
/// # Example
/// ```
/// use social_services::records::StatedParticipation;
/// let s = StatedParticipation { groups: vec!["директора учреждений".into()], ..StatedParticipation::default() };
/// assert_eq!(s.groups.len(), 1);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StatedParticipation {
    /// Who took part, in the source's words (`директора учреждений социального обслуживания …`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<String>,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// Who took part in an event: individual attendees, head-counts per institution and per
/// region, and who the source says took part.
///
/// # Example
/// ```
/// use social_services::records::Participation;
/// assert!(Participation::default().attendees.is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Participation {
    /// Individual attendees.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<Attendee>,
    /// Head-counts per institution.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub by_institution: Vec<InstitutionHeadCount>,
    /// Head-counts per federal subject.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub by_region: Vec<RegionHeadCount>,
    /// Who took part, in the source's words.
    #[serde(default, skip_serializing_if = "is_default")]
    pub stated: StatedParticipation,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// An event: a seminar-meeting, conference, training or visit.
///
/// # Example
/// ```
/// use social_services::{records::{EventId, EventKind, EventLevel}, Event};
/// let e = Event::new(
///     EventId::new_v4(),
///     "Семейные МФЦ: отработка модели и новые подходы",
///     EventKind::SeminarMeeting,
///     EventLevel::AllRussian,
///     "2024-10-03/2024-10-04".parse()?,
/// );
/// assert_eq!(e.dates.days(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Event {
    /// The id.
    pub id: EventId,
    /// The title as stated.
    pub title: String,
    /// What kind of event.
    pub kind: EventKind,
    /// Who it gathers.
    pub level: EventLevel,
    /// When.
    pub dates: DateRange,
    /// Where.
    #[serde(default, skip_serializing_if = "is_default")]
    pub venue: Venue,
    /// Who organised it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organizers: Vec<InstitutionId>,
    /// The programmes it belongs to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub programmes: Vec<ProgrammeId>,
    /// The agenda, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<AgendaItem>,
    /// Who took part.
    #[serde(default, skip_serializing_if = "is_default")]
    pub participation: Participation,
    /// What was decided or concluded, as stated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outcomes: Vec<String>,
    /// Where these facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

impl Event {
    /// An event with its required fields; everything else empty.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{EventId, EventKind, EventLevel}, values::DateRange, Event};
    /// let e = Event::new(EventId::new_v4(), "Круглый стол", EventKind::RoundTable, EventLevel::Regional, "2024-09-24/2024-09-24".parse()?);
    /// assert!(e.agenda.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(
        id: EventId,
        title: impl Into<String>,
        kind: EventKind,
        level: EventLevel,
        dates: DateRange,
    ) -> Self {
        Self {
            id,
            title: title.into(),
            kind,
            level,
            dates,
            venue: Venue::default(),
            organizers: Vec::new(),
            programmes: Vec::new(),
            agenda: Vec::new(),
            participation: Participation::default(),
            outcomes: Vec::new(),
            sources: Vec::new(),
            extra: Extra::new(),
        }
    }
}
