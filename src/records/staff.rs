//! People and the posts they hold.

use std::fmt;

use crate::values::{Email, PartialDate, PersonName, Phone, Snils};

use super::vocabulary::vocabulary;
use super::{AppointmentId, DepartmentId, Extra, InstitutionId, PersonId, Source};

/// A person named in the data: an official, a specialist, a speaker.
///
/// The СНИЛС, the phones, the e-mails and the extra fields of a person are personal data:
/// [`Debug`](fmt::Debug) shows the СНИЛС masked (as [`Snils`] does), counts the phones and
/// e-mails without showing them, and names the extra fields without their values. The name and
/// the sources are shown: officials' names are public. `Dataset::redacted` drops the personal
/// data for publication.
///
/// # Example
/// ```
/// use social_services::{records::PersonId, values::PersonName, Person};
/// let mut p = Person::new(PersonId::from_name("Баталина"), "Баталина О.Ю.".parse()?);
/// assert_eq!(p.name.short(), "Баталина О.Ю.");
///
/// p.snils = Some("112-233-445 95".parse()?);
/// p.phones.push("+7 495 123-45-67".parse()?);
/// p.emails.push("o.batalina@example.ru".parse()?);
/// let debug = format!("{p:?}");
/// assert!(debug.contains("snils: Some(Snils(***-***-*** 95)), phones: [1 hidden], emails: [1 hidden]"));
/// assert!(!debug.contains("123-45-67") && !debug.contains("batalina@"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Person {
    /// The id.
    pub id: PersonId,
    /// The name, possibly known only by initials.
    pub name: PersonName,
    /// The insurance number (personal data).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snils: Option<Snils>,
    /// Phone numbers (personal data unless official).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    /// E-mail addresses (personal data unless official).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<Email>,
    /// Where these facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// [`Person`] for the formats: its fields and their shapes (see `records::kinds`), handed to
/// `$then!`. A field added to the struct is added here too, or nothing that builds a
/// `Person` from a row compiles.
macro_rules! person_kind {
    ($then:ident) => {
        $then! {
            Person {
                record: "person", table: "persons",
                csv: PERSONS, arrow: PERSONS,
                name: |r| r.id.to_string(),
                fields: [
                    #[new] id: id,
                    #[new] name: display,
                    snils: opt_display,
                    phones: display_list,
                    emails: display_list,
                    sources: json,
                ]
            }
        }
    };
}

pub(crate) use person_kind;

impl Person {
    /// A person known by name only.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::PersonId, Person};
    /// let p = Person::new(PersonId::new_v4(), "Марков Д.С.".parse()?);
    /// assert!(p.snils.is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(id: PersonId, name: PersonName) -> Self {
        Self {
            id,
            name,
            snils: None,
            phones: Vec::new(),
            emails: Vec::new(),
            sources: Vec::new(),
            extra: Extra::new(),
        }
    }
}

impl fmt::Debug for Person {
    /// The person with the personal data hidden: the СНИЛС masked, phones and e-mails counted,
    /// extra fields named without their values.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        /// A list shown by its length only.
        struct Hidden(usize);
        impl fmt::Debug for Hidden {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "[{} hidden]", self.0)
            }
        }
        /// Extra fields shown by their names only.
        struct Keys<'a>(&'a Extra);
        impl fmt::Debug for Keys<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_map()
                    .entries(self.0.keys().map(|key| (key, format_args!("…"))))
                    .finish()
            }
        }
        f.debug_struct("Person")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("snils", &self.snils)
            .field("phones", &Hidden(self.phones.len()))
            .field("emails", &Hidden(self.emails.len()))
            .field("sources", &self.sources)
            .field("extra", &Keys(&self.extra))
            .finish()
    }
}

vocabulary! {
    /// The role of a post.
    ///
    /// An open vocabulary; the title exactly as stated is kept on the [`Appointment`].
    ///
    /// # Example
    /// ```
    /// use social_services::records::Role;
    /// assert_eq!("заведующий отделением".parse::<Role>().unwrap(), Role::HeadOfDepartment);
    /// assert_eq!("Первый заместитель Министра".parse::<Role>().unwrap(), Role::FirstDeputyMinister);
    /// ```
    pub enum Role {
        /// Director (директор).
        Director = "director", "директор";
        /// Deputy director (заместитель директора).
        DeputyDirector = "deputy_director", "заместитель директора";
        /// Head of a department (заведующий отделением).
        HeadOfDepartment = "head_of_department", "заведующий отделением", "заведующая отделением";
        /// Head of a division of an authority (начальник управления).
        HeadOfDivision = "head_of_division", "начальник управления";
        /// Deputy head of a division (заместитель начальника управления).
        DeputyHeadOfDivision = "deputy_head_of_division", "заместитель начальника управления";
        /// Minister (министр).
        Minister = "minister", "министр";
        /// First deputy minister (первый заместитель министра).
        FirstDeputyMinister = "first_deputy_minister", "первый заместитель министра";
        /// Deputy minister (заместитель министра).
        DeputyMinister = "deputy_minister", "заместитель министра";
        /// Deputy chair of a regional government (заместитель председателя правительства).
        DeputyChairOfGovernment = "deputy_chair_of_government", "заместитель председателя правительства";
        /// Member of a board (член правления).
        BoardMember = "board_member", "член правления";
        /// Specialist (специалист).
        Specialist = "specialist", "специалист";
    }
    open Other
}

/// A post held by a person in an institution, possibly acting («и.о.»), for a period.
///
/// # Example
/// ```
/// use social_services::{records::{AppointmentId, InstitutionId, PersonId, Role}, Appointment};
/// let mut a = Appointment::new(AppointmentId::new_v4(), PersonId::new_v4(), InstitutionId::new_v4(), Role::Director);
/// a.acting = true;
/// a.title = Some("и.о. директора".to_owned());
/// assert!(a.acting);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Appointment {
    /// The id.
    pub id: AppointmentId,
    /// Who holds the post.
    pub person: PersonId,
    /// Where.
    pub institution: InstitutionId,
    /// The department, if the post is in one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<DepartmentId>,
    /// The role.
    pub role: Role,
    /// The title exactly as stated (`заведующий отделением социального сопровождения семей с детьми`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Whether the post is held as acting («исполняющий обязанности», «и.о.»).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub acting: bool,
    /// When the post was taken, to the precision known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PartialDate>,
    /// When the post was left, to the precision known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
    /// Where these facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// [`Appointment`] for the formats: its fields and their shapes (see `records::kinds`), handed to
/// `$then!`. A field added to the struct is added here too, or nothing that builds a
/// `Appointment` from a row compiles.
macro_rules! appointment_kind {
    ($then:ident) => {
        $then! {
            Appointment {
                record: "appointment", table: "appointments",
                csv: APPOINTMENTS, arrow: APPOINTMENTS,
                name: |r| r.id.to_string(),
                fields: [
                    #[new] id: id,
                    #[new] person: id,
                    #[new] institution: id,
                    department: opt_id,
                    #[new] role: vocab,
                    title: opt_text,
                    acting: flag,
                    start: opt_date,
                    end: opt_date,
                    sources: json,
                ]
            }
        }
    };
}

pub(crate) use appointment_kind;

impl Appointment {
    /// A permanent appointment with no dates; everything else empty.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{AppointmentId, InstitutionId, PersonId, Role}, Appointment};
    /// let a = Appointment::new(AppointmentId::new_v4(), PersonId::new_v4(), InstitutionId::new_v4(), Role::Minister);
    /// assert!(!a.acting);
    /// ```
    pub fn new(
        id: AppointmentId,
        person: PersonId,
        institution: InstitutionId,
        role: Role,
    ) -> Self {
        Self {
            id,
            person,
            institution,
            department: None,
            role,
            title: None,
            acting: false,
            start: None,
            end: None,
            sources: Vec::new(),
            extra: Extra::new(),
        }
    }
}
