//! Drafts: records whose values are generated but whose references are still positions
//! (`Index`) into lists that do not exist yet; `assemble` turns them into a data set.

use std::fmt::Debug;

use proptest::collection::vec;
use proptest::option::{of, weighted};
use proptest::prelude::*;
use proptest::sample::{Index, select};
use uuid::Uuid;

use crate::records::arbitrary::record;
use crate::records::{
    AgendaKind, Appointment, CohortFormat, Department, DepartmentKind, EnrollmentStatus, EventKind,
    EventLevel, Id, Institution, InstitutionKind, LegalForm, Level, Person, ProgrammeKind,
    Qualifier, Role, ServicePoint, ServicePointKind, ServicePointStatus, Source, StatedCount,
    Vocabulary,
};
use crate::values::{
    Address, DateRange, Email, Inn, KnownDate, Kpp, Ogrn, PartialDate, PersonName, Phone,
    RegionCode, Snils, Url, WeeklySchedule,
};

/// All drafts of a data set.
#[derive(Debug, Clone)]
pub(super) struct Drafts {
    pub(super) institutions: Vec<InstitutionDraft>,
    pub(super) service_points: Vec<ServicePointDraft>,
    pub(super) persons: Vec<Person>,
    pub(super) appointments: Vec<AppointmentDraft>,
    pub(super) events: Vec<EventDraft>,
    pub(super) programmes: Vec<ProgrammeDraft>,
    pub(super) training_sites: Vec<TrainingSiteDraft>,
    pub(super) cohorts: Vec<CohortDraft>,
    pub(super) services: super::services::ServiceDrafts,
}

/// The id every draft carries until it is assembled.
pub(super) fn placeholder<T>() -> Id<T> {
    Id::from_uuid(Uuid::nil())
}

// ── building blocks ───────────────────────────────────────────────────────────────────────

/// A few Russian words, capitalised: a name, a title or a topic.
pub(super) fn text() -> impl Strategy<Value = String> {
    "[А-ЯЁ][а-яё]{1,11}( [а-яё]{1,11}){0,3}"
}

/// Only the known terms of a vocabulary (for closed ones, whose escape strict mode rejects).
fn known<T: Vocabulary + Clone + Debug>() -> impl Strategy<Value = T> {
    select(T::known())
}

/// Two dates, the second not before the first (either may be unknown).
fn ordered_dates() -> impl Strategy<Value = (Option<PartialDate>, Option<PartialDate>)> {
    (of(any::<PartialDate>()), of(any::<PartialDate>())).prop_map(|(a, b)| match (a, b) {
        (Some(a), Some(b)) if b.first_day() < a.first_day() => (Some(b), Some(a)),
        pair => pair,
    })
}

/// Opening and closing dates in order as [`ordered_dates`] makes them, each now and then only
/// a bound («не позднее», «не ранее»): a bound only widens a date at one end, so the pair
/// stays in order.
fn ordered_known_dates() -> impl Strategy<Value = (Option<KnownDate>, Option<KnownDate>)> {
    (ordered_dates(), bound(), bound()).prop_map(|((opened, closed), on_open, on_close)| {
        (opened.map(on_open), closed.map(on_close))
    })
}

/// How a date is known: on it, mostly, or bounded by it.
fn bound() -> impl Strategy<Value = fn(PartialDate) -> KnownDate> {
    prop_oneof![
        6 => Just(KnownDate::On as fn(PartialDate) -> KnownDate),
        1 => Just(KnownDate::NoLaterThan as fn(PartialDate) -> KnownDate),
        1 => Just(KnownDate::NoEarlierThan as fn(PartialDate) -> KnownDate),
    ]
}

/// A count as a source states it, no smaller than what the data itself shows: a qualifier and
/// a margin below `max` to add to the shown number.
fn stated_margin(max: u64) -> impl Strategy<Value = Option<(Qualifier, u64)>> {
    of((
        prop_oneof![
            Just(Qualifier::Exact),
            Just(Qualifier::MoreThan),
            Just(Qualifier::UpTo)
        ],
        0..max,
    ))
}

/// The stated count for `shown` records with a margin, at most `limit` (for «more than», one
/// less, so that «more than N» is still possible).
pub(super) fn stated(
    margin: Option<(Qualifier, u64)>,
    shown: usize,
    limit: Option<usize>,
) -> Option<StatedCount> {
    margin.map(|(qualifier, extra)| {
        let mut value = shown as u64 + extra;
        if let Some(limit) = limit {
            let limit = limit as u64 - u64::from(qualifier == Qualifier::MoreThan);
            value = value.min(limit);
        }
        StatedCount::new(qualifier, value)
    })
}

fn source() -> impl Strategy<Value = Source> {
    (
        of(text()),
        of(text()),
        of(any::<Url>()),
        of(any::<PartialDate>()),
        of(text()),
    )
        .prop_map(|(title, publisher, url, published, note)| Source {
            title,
            publisher,
            url,
            published,
            note,
            extra: crate::records::Extra::new(),
        })
}

pub(super) fn sources() -> impl Strategy<Value = Vec<Source>> {
    vec(source(), 0..=2)
}

/// A head-count: small enough that sums of a few never overflow.
fn head_count() -> impl Strategy<Value = u32> {
    0u32..1000
}

// ── institutions and service points ───────────────────────────────────────────────────────

#[derive(Debug, Clone)]
pub(super) struct InstitutionDraft {
    pub(super) record: Institution,
    pub(super) parent: Option<Index>,
}

/// A date to open a family MFC that has none on, usually: the network's growth is counted
/// from opening dates, and one without is only warned of (`family_mfc.no_opening_date`).
fn fallback_opening() -> impl Strategy<Value = Option<PartialDate>> {
    weighted(0.85, any::<PartialDate>())
}

/// The opening date of a family MFC: its own, else the fallback, but never after `closed`.
fn family_mfc_opened(
    opened: Option<KnownDate>,
    closed: Option<KnownDate>,
    fallback: Option<PartialDate>,
) -> Option<KnownDate> {
    opened.or_else(|| {
        fallback.map(|date| match closed {
            Some(closed) if closed.surely_before(KnownDate::On(date)) => closed,
            _ => KnownDate::On(date),
        })
    })
}

fn department() -> impl Strategy<Value = Department> {
    (
        text(),
        // Family MFCs often, the departments the network's growth counts.
        prop_oneof![1 => Just(DepartmentKind::FamilyMfc), 3 => any::<DepartmentKind>()],
        ordered_known_dates(),
        fallback_opening(),
        sources(),
    )
        .prop_map(|(name, kind, (opened, closed), fallback, sources)| {
            let mut department = Department::new(placeholder(), name, kind);
            department.opened = if department.is_family_mfc() {
                family_mfc_opened(opened, closed, fallback)
            } else {
                opened
            };
            department.closed = closed;
            department.sources = sources;
            department
        })
}

pub(super) fn institution() -> impl Strategy<Value = InstitutionDraft> {
    (
        (
            text(),
            of(text()),
            // Family MFCs often, the institutions the network's growth counts.
            prop_oneof![1 => Just(InstitutionKind::FamilyMfc), 3 => any::<InstitutionKind>()],
            of(any::<LegalForm>()),
            known::<Level>(),
            of(any::<RegionCode>()),
            of(any::<Inn>()),
            of(any::<Ogrn>()),
            of(any::<Kpp>()),
            of(any::<Address>()),
        ),
        (
            vec(any::<Phone>(), 0..=2),
            vec(any::<Email>(), 0..=2),
            of(any::<Url>()),
            vec(department(), 0..=3),
            ordered_known_dates(),
            fallback_opening(),
            sources(),
            of(any::<Index>()),
        ),
    )
        .prop_map(
            |(
                (name, short_name, kind, legal_form, level, region, inn, ogrn, kpp, address),
                (phones, emails, website, departments, (opened, closed), fallback, sources, parent),
            )| {
                let mut record = Institution::new(placeholder(), name, kind, level);
                record.short_name = short_name;
                record.legal_form = legal_form;
                // The region of the address, when there is one, so the two never disagree.
                record.region = address.as_ref().map(Address::region).or(region);
                record.inn = inn;
                record.ogrn = ogrn;
                record.kpp = kpp;
                record.address = address;
                record.phones = phones;
                record.emails = emails;
                record.website = website;
                record.departments = departments;
                record.opened = if record.is_family_mfc() {
                    family_mfc_opened(opened, closed, fallback)
                } else {
                    opened
                };
                record.closed = closed;
                record.sources = sources;
                InstitutionDraft { record, parent }
            },
        )
}

#[derive(Debug, Clone)]
pub(super) struct ServicePointDraft {
    pub(super) record: ServicePoint,
    pub(super) institution: Index,
    pub(super) department: Option<Index>,
    /// Positions among the services of the catalogue.
    pub(super) services: Vec<Index>,
}

pub(super) fn service_point() -> impl Strategy<Value = ServicePointDraft> {
    (
        (
            text(),
            known::<ServicePointKind>(),
            known::<ServicePointStatus>(),
            any::<Address>(),
            any::<bool>(),
            of(any::<WeeklySchedule>()),
        ),
        (
            ordered_known_dates(),
            sources(),
            any::<Index>(),
            of(any::<Index>()),
            vec(any::<Index>(), 0..=3),
        ),
    )
        .prop_map(
            |(
                (name, kind, status, address, online_without_address, schedule),
                ((opened, closed), sources, institution, department, services),
            )| {
                let without_address = kind == ServicePointKind::Online && online_without_address;
                let mut record = ServicePoint::new(placeholder(), placeholder(), name, kind);
                record.status = status;
                record.address = (!without_address).then_some(address);
                record.schedule = schedule;
                record.opened = opened;
                record.closed = closed;
                record.sources = sources;
                ServicePointDraft {
                    record,
                    institution,
                    department,
                    services,
                }
            },
        )
}

// ── people and posts ──────────────────────────────────────────────────────────────────────

pub(super) fn person() -> impl Strategy<Value = Person> {
    (
        any::<PersonName>(),
        of(any::<Snils>()),
        vec(any::<Phone>(), 0..=1),
        vec(any::<Email>(), 0..=1),
        sources(),
    )
        .prop_map(|(name, snils, phones, emails, sources)| Person {
            snils,
            phones,
            emails,
            sources,
            ..Person::new(placeholder(), name)
        })
}

#[derive(Debug, Clone)]
pub(super) struct AppointmentDraft {
    pub(super) record: Appointment,
    pub(super) person: Index,
    pub(super) institution: Index,
    pub(super) department: Option<Index>,
}

pub(super) fn appointment() -> impl Strategy<Value = AppointmentDraft> {
    (
        // Directors often, so that the one-permanent-director rule is exercised.
        prop_oneof![1 => Just(Role::Director), 2 => any::<Role>()],
        of(text()),
        any::<bool>(),
        ordered_dates(),
        sources(),
        any::<Index>(),
        any::<Index>(),
        of(any::<Index>()),
    )
        .prop_map(
            |(role, title, acting, (start, end), sources, person, institution, department)| {
                let mut record =
                    Appointment::new(placeholder(), placeholder(), placeholder(), role);
                record.title = title;
                record.acting = acting;
                record.start = start;
                record.end = end;
                record.sources = sources;
                AppointmentDraft {
                    record,
                    person,
                    institution,
                    department,
                }
            },
        )
}

// ── events ────────────────────────────────────────────────────────────────────────────────

#[derive(Debug, Clone)]
pub(super) struct VenueDraft {
    pub(super) institution: Option<Index>,
    pub(super) service_point: Option<Index>,
    pub(super) address: Option<Address>,
    pub(super) region: Option<RegionCode>,
    pub(super) locality: Option<String>,
}

/// A speaker: a position among appointments (the person is the appointment's) or, when
/// `with_appointment` is false or there are none, among persons.
#[derive(Debug, Clone)]
pub(super) struct SpeakerDraft {
    pub(super) position: Index,
    pub(super) with_appointment: bool,
}

#[derive(Debug, Clone)]
pub(super) struct AgendaDraft {
    pub(super) kind: AgendaKind,
    pub(super) title: Option<String>,
    pub(super) speakers: Vec<SpeakerDraft>,
    pub(super) service_point: Option<Index>,
}

#[derive(Debug, Clone)]
pub(super) struct AttendeeDraft {
    pub(super) person: Option<Index>,
    pub(super) institution: Option<Index>,
    pub(super) region: Option<RegionCode>,
}

#[derive(Debug, Clone)]
pub(super) struct ParticipationDraft {
    pub(super) attendees: Vec<AttendeeDraft>,
    pub(super) by_institution: Vec<(Index, u32)>,
    pub(super) by_region: Vec<(RegionCode, u32)>,
    pub(super) participants: Option<(Qualifier, u64)>,
    pub(super) institutions: Option<(Qualifier, u64)>,
    pub(super) regions: Option<(Qualifier, u64)>,
    pub(super) groups: Vec<String>,
}

#[derive(Debug, Clone)]
pub(super) struct EventDraft {
    pub(super) title: String,
    pub(super) kind: EventKind,
    pub(super) level: EventLevel,
    pub(super) dates: DateRange,
    pub(super) venue: VenueDraft,
    pub(super) organizers: Vec<Index>,
    pub(super) programmes: Vec<Index>,
    pub(super) agenda: Vec<AgendaDraft>,
    pub(super) participation: ParticipationDraft,
    pub(super) outcomes: Vec<String>,
    pub(super) sources: Vec<Source>,
}

fn venue() -> impl Strategy<Value = VenueDraft> {
    record! {
        VenueDraft {
            institution: of(any::<Index>()),
            service_point: of(any::<Index>()),
            address: of(any::<Address>()),
            region: of(any::<RegionCode>()),
            locality: of(text()),
        }
    }
}

fn agenda_item() -> impl Strategy<Value = AgendaDraft> {
    record! {
        AgendaDraft {
            kind: any::<AgendaKind>(),
            title: of(text()),
            speakers: vec((any::<Index>(), any::<bool>()).prop_map(|(position, with_appointment)| SpeakerDraft { position, with_appointment, }), 0..=2),
            service_point: of(any::<Index>()),
        }
    }
}

fn participation() -> impl Strategy<Value = ParticipationDraft> {
    (
        vec(
            record! {
                AttendeeDraft {
                    person: of(any::<Index>()),
                    institution: of(any::<Index>()),
                    region: of(any::<RegionCode>()),
                }
            },
            0..=3,
        ),
        vec((any::<Index>(), head_count()), 0..=3),
        vec((any::<RegionCode>(), head_count()), 0..=3),
        stated_margin(1000),
        stated_margin(50),
        // Past the number of federal subjects at times, so that the cap is exercised.
        stated_margin(100),
        vec(text(), 0..=2),
    )
        .prop_map(
            |(
                attendees,
                by_institution,
                by_region,
                participants,
                institutions,
                regions,
                groups,
            )| {
                ParticipationDraft {
                    attendees,
                    by_institution,
                    by_region,
                    participants,
                    institutions,
                    regions,
                    groups,
                }
            },
        )
}

pub(super) fn event() -> impl Strategy<Value = EventDraft> {
    record! {
        EventDraft {
            title: text(),
            kind: any::<EventKind>(),
            level: known::<EventLevel>(),
            dates: any::<DateRange>(),
            venue: venue(),
            organizers: vec(any::<Index>(), 0..=2),
            programmes: vec(any::<Index>(), 0..=2),
            agenda: vec(agenda_item(), 0..=3),
            participation: participation(),
            outcomes: vec(text(), 0..=2),
            sources: sources(),
        }
    }
}

// ── programmes, training sites, cohorts ───────────────────────────────────────────────────

#[derive(Debug, Clone)]
pub(super) struct ProgrammeDraft {
    pub(super) title: String,
    pub(super) kind: ProgrammeKind,
    pub(super) dates: (Option<PartialDate>, Option<PartialDate>),
    pub(super) owner: Option<Index>,
    pub(super) regions: Vec<RegionCode>,
    pub(super) stated_regions: Option<(Qualifier, u64)>,
    pub(super) sources: Vec<Source>,
}

pub(super) fn programme() -> impl Strategy<Value = ProgrammeDraft> {
    record! {
        ProgrammeDraft {
            title: text(),
            kind: any::<ProgrammeKind>(),
            dates: ordered_dates(),
            owner: of(any::<Index>()),
            regions: vec(any::<RegionCode>(), 0..=4),
            stated_regions: stated_margin(100),
            sources: sources(),
        }
    }
}

#[derive(Debug, Clone)]
pub(super) struct TrainingSiteDraft {
    pub(super) institution: Index,
    pub(super) level: Level,
    pub(super) topic: String,
    pub(super) programmes: Vec<Index>,
    /// The count of specialists trained a source states for the site, and its date.
    pub(super) stated_trained: Option<(StatedCount, KnownDate)>,
    pub(super) sources: Vec<Source>,
}

pub(super) fn training_site() -> impl Strategy<Value = TrainingSiteDraft> {
    record! {
        TrainingSiteDraft {
            institution: any::<Index>(),
            level: known::<Level>(),
            topic: text(),
            programmes: vec(any::<Index>(), 0..=2),
            stated_trained: of((any::<StatedCount>(), any::<KnownDate>())),
            sources: sources(),
        }
    }
}

#[derive(Debug, Clone)]
pub(super) struct EnrollmentDraft {
    pub(super) person: Option<Index>,
    pub(super) home_region: Option<RegionCode>,
    pub(super) home_institution: Option<Index>,
    pub(super) status: EnrollmentStatus,
}

#[derive(Debug, Clone)]
pub(super) struct CohortDraft {
    pub(super) site: Index,
    pub(super) title: String,
    pub(super) dates: Option<DateRange>,
    pub(super) format: CohortFormat,
    pub(super) capacity_margin: Option<u32>,
    pub(super) programme: Option<Index>,
    pub(super) enrollments: Vec<EnrollmentDraft>,
    pub(super) head_counts: Vec<(RegionCode, u32)>,
    pub(super) sources: Vec<Source>,
}

pub(super) fn cohort() -> impl Strategy<Value = CohortDraft> {
    record! {
        CohortDraft {
            site: any::<Index>(),
            title: text(),
            dates: of(any::<DateRange>()),
            format: known::<CohortFormat>(),
            capacity_margin: of(0u32..30),
            programme: of(any::<Index>()),
            enrollments: vec((of(any::<Index>()), of(any::<RegionCode>()), of(any::<Index>()), known::<EnrollmentStatus>()) .prop_map(|(person, home_region, home_institution, status)| { EnrollmentDraft { person, home_region, home_institution, status, } }), 0..=3),
            head_counts: vec((any::<RegionCode>(), head_count()), 0..=3),
            sources: sources(),
        }
    }
}
