//! One event's summary, and events by month and level over a period.

use std::collections::HashSet;

use chrono::Datelike;

use crate::records::Event;
use crate::records::{
    AgendaKind, EventId, EventKind, EventLevel, FigureScope, InstitutionId, Level, Measure,
    PersonId, StatedCount,
};
use crate::registry::Registry;
use crate::values::{DateRange, PartialDate, RegionCode};

use super::Counter;

/// Where a reconciled figure was taken from.
///
/// # Example
/// ```
/// use social_services::aggregate::Basis;
/// assert_eq!(Basis::Stated.label(), "по данным источника");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Counted from individual attendee records.
    Attendees,
    /// Counted from head-counts per institution or per region.
    HeadCounts,
    /// As the source states it.
    Stated,
}

impl Basis {
    /// A short Russian label for reports.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::Basis;
    /// assert_eq!(Basis::Attendees.label(), "по спискам участников");
    /// ```
    pub const fn label(self) -> &'static str {
        match self {
            Self::Attendees => "по спискам участников",
            Self::HeadCounts => "по численности делегаций",
            Self::Stated => "по данным источника",
        }
    }
}

/// A figure known from up to three places — attendee records, head-counts, and the latest
/// [`StatedFigure`](crate::StatedFigure) for the event (`participants`, `organisations` or
/// `federal_subjects`) — and the one a report should print, labelled by where it came from.
///
/// A count from records is a lower bound: the attendees count the persons among them (an
/// organisation or a region taking part without a head count is no participant), and none at
/// all when none is a person.
///
/// The figure to print is the stated one when the source states it (it speaks of the whole
/// event, while records are often incomplete), otherwise the larger of the counted ones
/// (attendee records before head-counts when equal). `consistent` is false when a counted
/// figure exceeds an exact or «до N» stated one.
///
/// # Example
/// ```
/// use social_services::aggregate::{self, Basis};
/// let registry = social_services::sample::registry();
/// let tula = registry.events().find(|e| e.title.contains("отработка модели")).unwrap();
/// let summary = aggregate::event_summary(&registry, tula.id).unwrap();
/// assert_eq!(summary.regions.value.unwrap().to_string(), "69");
/// assert_eq!(summary.regions.basis, Some(Basis::Stated));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Reconciled {
    /// Counted from attendee records, when there are any.
    pub from_attendees: Option<u64>,
    /// Counted from head-counts, when there are any.
    pub from_head_counts: Option<u64>,
    /// As the source states it.
    pub stated: Option<StatedCount>,
    /// The figure to print.
    pub value: Option<StatedCount>,
    /// Where `value` came from.
    pub basis: Option<Basis>,
    /// Whether the counted figures fit the stated one.
    pub consistent: bool,
}

impl Reconciled {
    fn new(
        from_attendees: Option<u64>,
        from_head_counts: Option<u64>,
        stated: Option<StatedCount>,
    ) -> Self {
        let counted = match (from_attendees, from_head_counts) {
            (Some(a), Some(h)) if h > a => Some((h, Basis::HeadCounts)),
            (Some(a), _) => Some((a, Basis::Attendees)),
            (None, Some(h)) => Some((h, Basis::HeadCounts)),
            (None, None) => None,
        };
        let (value, basis) = match (stated, counted) {
            (Some(s), _) => (Some(s), Some(Basis::Stated)),
            (None, Some((n, basis))) => (Some(StatedCount::exact(n)), Some(basis)),
            (None, None) => (None, None),
        };
        let consistent = match (stated, counted) {
            (Some(s), Some((n, _))) => match s.qualifier() {
                crate::records::Qualifier::Exact | crate::records::Qualifier::UpTo => {
                    n <= s.value()
                }
                _ => true,
            },
            _ => true,
        };
        Self {
            from_attendees,
            from_head_counts,
            stated,
            value,
            basis,
            consistent,
        }
    }
}

/// One event in figures: who came, from where, who spoke, what was on the agenda.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let registry = social_services::sample::registry();
/// let ivanovo = registry.events().find(|e| e.dates.to_string() == "2024-09-24").unwrap();
/// let summary = aggregate::event_summary(&registry, ivanovo.id).unwrap();
/// assert_eq!(summary.institutions.value.unwrap().to_string(), "13");
/// assert!(summary.speakers > 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EventSummary {
    /// The event.
    pub event: EventId,
    /// Its title.
    pub title: String,
    /// Its kind.
    pub kind: EventKind,
    /// Its level.
    pub level: EventLevel,
    /// Its dates.
    pub dates: DateRange,
    /// The federal subject where it took place (the venue's, or its host institution's).
    pub region: Option<RegionCode>,
    /// Its organizers.
    pub organizers: Vec<InstitutionId>,
    /// How many people took part.
    pub participants: Reconciled,
    /// How many institutions took part.
    pub institutions: Reconciled,
    /// How many federal subjects took part.
    pub regions: Reconciled,
    /// How many distinct people spoke.
    pub speakers: u64,
    /// Distinct speakers by the level of the institution they spoke for (`None`: unknown).
    pub speakers_by_level: Counter<Option<Level>>,
    /// Agenda items by kind.
    pub agenda_by_kind: Counter<AgendaKind>,
    /// What was decided, as stated.
    pub outcomes: Vec<String>,
}

/// The region of an event: its venue's, or its venue institution's.
pub(crate) fn event_region(registry: &Registry, event: &Event) -> Option<RegionCode> {
    event
        .venue
        .region
        .or_else(|| {
            event
                .venue
                .address
                .as_ref()
                .map(crate::values::Address::region)
        })
        .or_else(|| {
            event
                .venue
                .institution
                .and_then(|id| registry.institution(id))
                .and_then(|i| i.region)
        })
}

/// The level of the institution a speaker spoke for: the institution of the appointment they
/// spoke in, or else of their only appointment.
fn speaker_level(
    registry: &Registry,
    person: PersonId,
    appointment: Option<crate::records::AppointmentId>,
) -> Option<Level> {
    let institution = if let Some(a) = appointment.and_then(|id| registry.appointment(id)) {
        a.institution
    } else {
        let mut posts = registry.appointments_of(person);
        let first = posts.next()?;
        if posts.next().is_some() {
            return None;
        }
        first.institution
    };
    registry.institution(institution).map(|i| i.level.clone())
}

/// The summary of one event; `None` when the registry has no event with that id.
///
/// # Example
/// ```
/// use social_services::{aggregate, records::EventId};
/// assert!(aggregate::event_summary(&social_services::sample::registry(), EventId::new_v4()).is_none());
/// ```
pub fn event_summary(registry: &Registry, id: EventId) -> Option<EventSummary> {
    let event = registry.event(id)?;
    let participation = &event.participation;

    // An attendee without a person is its institution or region taking part with no head
    // count: the attendees count the persons among them, a lower bound like every count from
    // records, and no count at all when none is a person.
    let persons = participation
        .attendees
        .iter()
        .filter(|a| a.person.is_some())
        .count();
    let attendees = (persons > 0).then_some(persons as u64);
    let by_institution: u64 = participation
        .by_institution
        .iter()
        .map(|c| u64::from(c.count))
        .sum();
    let by_region: u64 = participation
        .by_region
        .iter()
        .map(|c| u64::from(c.count))
        .sum();
    let head_counts = (!participation.by_institution.is_empty()
        || !participation.by_region.is_empty())
    .then_some(by_institution.max(by_region));

    let attendee_institutions: HashSet<InstitutionId> = participation
        .attendees
        .iter()
        .filter_map(|a| a.institution)
        .collect();
    let counted_institutions: HashSet<InstitutionId> = participation
        .by_institution
        .iter()
        .map(|c| c.institution)
        .collect();

    let institution_region = |id: InstitutionId| registry.institution(id).and_then(|i| i.region);
    let attendee_regions: HashSet<RegionCode> = participation
        .attendees
        .iter()
        .filter_map(|a| {
            a.region
                .or_else(|| a.institution.and_then(institution_region))
        })
        .collect();
    let counted_regions: HashSet<RegionCode> = participation
        .by_region
        .iter()
        .map(|c| c.region)
        .chain(
            participation
                .by_institution
                .iter()
                .filter_map(|c| institution_region(c.institution)),
        )
        .collect();

    let nonempty = |n: usize| (n > 0).then_some(n as u64);
    let stated = |measure: Measure| {
        super::stated::latest_stated(registry, &measure, FigureScope::Event(event.id))
    };
    let mut speakers = HashSet::new();
    let mut speakers_by_level = Counter::new();
    let mut agenda_by_kind = Counter::new();
    for item in &event.agenda {
        agenda_by_kind.increment(item.kind.clone());
        for speaker in &item.speakers {
            if speakers.insert(speaker.person) {
                speakers_by_level.increment(speaker_level(
                    registry,
                    speaker.person,
                    speaker.appointment,
                ));
            }
        }
    }

    Some(EventSummary {
        event: event.id,
        title: event.title.clone(),
        kind: event.kind.clone(),
        level: event.level.clone(),
        dates: event.dates,
        region: event_region(registry, event),
        organizers: event.organizers.clone(),
        participants: Reconciled::new(attendees, head_counts, stated(Measure::Participants)),
        institutions: Reconciled::new(
            nonempty(attendee_institutions.len()),
            nonempty(counted_institutions.len()),
            stated(Measure::Organisations),
        ),
        regions: Reconciled::new(
            nonempty(attendee_regions.len()),
            nonempty(counted_regions.len()),
            stated(Measure::FederalSubjects),
        ),
        speakers: speakers.len() as u64,
        speakers_by_level,
        agenda_by_kind,
        outcomes: event.outcomes.clone(),
    })
}

/// Events by the month they start in and their level, over a period.
///
/// # Example
/// ```
/// use social_services::{aggregate, records::EventLevel};
/// let registry = social_services::sample::registry();
/// let months = aggregate::events_by_month(&registry, Some("2024-01-01/2024-12-31".parse()?));
/// assert_eq!(months.get("2024-10".parse()?, &EventLevel::AllRussian), 1);
/// assert_eq!(months.total(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "EventsByMonthForm")]
pub struct EventsByMonth {
    period: Option<DateRange>,
    cells: Counter<(PartialDate, EventLevel)>,
    by_month: Counter<PartialDate>,
    by_level: Counter<EventLevel>,
}

impl EventsByMonth {
    /// An empty count over a period (`None`: all time).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::EventsByMonth;
    /// assert_eq!(EventsByMonth::new(None).total(), 0);
    /// ```
    pub fn new(period: Option<DateRange>) -> Self {
        Self {
            period,
            ..Self::default()
        }
    }

    /// Counts one event if it starts within the period.
    ///
    /// # Example
    /// ```
    /// use social_services::{aggregate::EventsByMonth, records::{EventId, EventKind, EventLevel}, Event};
    /// let mut months = EventsByMonth::new(None);
    /// months.add(&Event::new(EventId::new_v4(), "Круглый стол", EventKind::RoundTable, EventLevel::Regional, "2024-09-24".parse()?));
    /// assert_eq!(months.by_month().get(&"2024-09".parse()?), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add(&mut self, event: &Event) {
        let start = event.dates.start();
        if self.period.is_some_and(|p| !p.contains(start)) {
            return;
        }
        let Ok(month) = PartialDate::from_year_month(start.year(), start.month()) else {
            return;
        };
        self.cells.increment((month, event.level.clone()));
        self.by_month.increment(month);
        self.by_level.increment(event.level.clone());
    }

    /// Adds everything counted by another result over the same period.
    ///
    /// # Panics
    /// When the two results are over different periods.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::EventsByMonth;
    /// let mut a = EventsByMonth::new(None);
    /// a.merge(EventsByMonth::new(None));
    /// assert_eq!(a.total(), 0);
    /// ```
    pub fn merge(&mut self, other: EventsByMonth) {
        assert_eq!(
            self.period, other.period,
            "event counts over different periods do not merge"
        );
        self.cells.merge(other.cells);
        self.by_month.merge(other.by_month);
        self.by_level.merge(other.by_level);
    }

    /// Events starting in `month` at `level`.
    ///
    /// # Example
    /// ```
    /// use social_services::{aggregate::EventsByMonth, records::EventLevel};
    /// assert_eq!(EventsByMonth::new(None).get("2024-10".parse()?, &EventLevel::Regional), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn get(&self, month: PartialDate, level: &EventLevel) -> u64 {
        self.cells.get(&(month, level.clone()))
    }

    /// The cells, sorted by month then level.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::EventsByMonth;
    /// assert!(EventsByMonth::new(None).cells().is_empty());
    /// ```
    pub fn cells(&self) -> Vec<(&(PartialDate, EventLevel), u64)> {
        self.cells.sorted()
    }

    /// Events per month.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::EventsByMonth;
    /// assert!(EventsByMonth::new(None).by_month().is_empty());
    /// ```
    pub fn by_month(&self) -> &Counter<PartialDate> {
        &self.by_month
    }

    /// Events per level.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::EventsByMonth;
    /// assert!(EventsByMonth::new(None).by_level().is_empty());
    /// ```
    pub fn by_level(&self) -> &Counter<EventLevel> {
        &self.by_level
    }

    /// All events counted.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::EventsByMonth;
    /// assert_eq!(EventsByMonth::new(None).total(), 0);
    /// ```
    pub fn total(&self) -> u64 {
        self.cells.total()
    }
}

/// Events of a registry by month and level, over `period` (`None`: all time).
///
/// # Example
/// ```
/// use social_services::aggregate;
/// assert_eq!(aggregate::events_by_month(&social_services::sample::registry(), None).total(), 2);
/// ```
pub fn events_by_month(registry: &Registry, period: Option<DateRange>) -> EventsByMonth {
    let mut months = EventsByMonth::new(period);
    for event in registry.events() {
        months.add(event);
    }
    months
}

/// The serde form of [`EventsByMonth`]: what it serializes, read back with the margins
/// checked against the cells.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct EventsByMonthForm {
    period: Option<DateRange>,
    cells: Counter<(PartialDate, EventLevel)>,
    by_month: Counter<PartialDate>,
    by_level: Counter<EventLevel>,
}

impl TryFrom<EventsByMonthForm> for EventsByMonth {
    type Error = String;

    fn try_from(form: EventsByMonthForm) -> Result<Self, String> {
        let mut months = EventsByMonth::new(form.period);
        for ((month, level), count) in form.cells.iter() {
            months.cells.add((*month, level.clone()), count);
            months.by_month.add(*month, count);
            months.by_level.add(level.clone(), count);
        }
        if months.by_month != form.by_month || months.by_level != form.by_level {
            return Err("events by month: the margins do not add up to the cells".into());
        }
        Ok(months)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stated_figures_win_and_are_labelled() {
        let r = Reconciled::new(Some(10), Some(12), Some(StatedCount::exact(13)));
        assert_eq!(r.value, Some(StatedCount::exact(13)));
        assert_eq!(r.basis, Some(Basis::Stated));
        assert!(r.consistent);
    }

    #[test]
    fn without_a_statement_the_larger_count_wins() {
        let r = Reconciled::new(Some(10), Some(12), None);
        assert_eq!(r.value, Some(StatedCount::exact(12)));
        assert_eq!(r.basis, Some(Basis::HeadCounts));
        let r = Reconciled::new(Some(12), Some(12), None);
        assert_eq!(r.basis, Some(Basis::Attendees));
        assert_eq!(Reconciled::new(None, None, None).value, None);
    }

    #[test]
    fn counts_above_an_exact_statement_are_inconsistent() {
        assert!(!Reconciled::new(Some(14), None, Some(StatedCount::exact(13))).consistent);
        assert!(Reconciled::new(Some(300), None, Some(StatedCount::more_than(250))).consistent);
    }

    #[test]
    fn events_outside_the_period_are_not_counted() {
        let event = |d: &str| {
            Event::new(
                EventId::from_name(d),
                d,
                EventKind::SeminarMeeting,
                EventLevel::Regional,
                d.parse().unwrap(),
            )
        };
        let mut months = EventsByMonth::new(Some("2024-09-01/2024-09-30".parse().unwrap()));
        months.add(&event("2024-09-24"));
        months.add(&event("2024-10-03/2024-10-04"));
        assert_eq!(months.total(), 1);
        assert_eq!(months.by_level().get(&EventLevel::Regional), 1);
    }

    #[test]
    fn an_organisation_taking_part_without_a_head_count_is_never_a_participant_count() {
        use crate::records::{Attendee, Institution, InstitutionId, InstitutionKind, Level};
        use crate::registry::Dataset;
        let kcson = Institution::new(
            InstitutionId::from_name("КЦСОН"),
            "КЦСОН",
            InstitutionKind::Kcson,
            Level::Regional,
        );
        let mut event = Event::new(
            EventId::from_name("консультации"),
            "Консультации",
            EventKind::SeminarMeeting,
            EventLevel::Regional,
            "2024-09-24".parse().unwrap(),
        );
        event.participation.attendees.push(Attendee {
            institution: Some(kcson.id),
            region: Some("37".parse().unwrap()),
            ..Attendee::default()
        });
        let mut dataset = Dataset::new();
        dataset.institutions.push(kcson);
        dataset.events.push(event);
        let registry = Registry::new(dataset).unwrap();
        let summary = event_summary(&registry, EventId::from_name("консультации")).unwrap();
        assert_eq!(summary.participants.value, None);
        assert_eq!(summary.institutions.value, Some(StatedCount::exact(1)));
        assert_eq!(summary.regions.value, Some(StatedCount::exact(1)));
    }

    #[test]
    fn named_persons_beside_organisations_count_as_the_persons_only() {
        use crate::records::{Attendee, PersonId};
        use crate::registry::Dataset;
        let mut event = Event::new(
            EventId::from_name("консультации"),
            "Консультации",
            EventKind::SeminarMeeting,
            EventLevel::Regional,
            "2024-09-24".parse().unwrap(),
        );
        let organisation = Attendee {
            region: Some("37".parse().unwrap()),
            ..Attendee::default()
        };
        let person = |name: &str| Attendee {
            person: Some(PersonId::from_name(name)),
            ..Attendee::default()
        };
        event.participation.attendees = vec![
            organisation.clone(),
            person("Иванова"),
            organisation,
            person("Петрова"),
        ];
        let mut dataset = Dataset::new();
        dataset.events.push(event);
        for name in ["Иванова", "Петрова"] {
            let full = format!("{name} Анна Юрьевна");
            dataset.persons.push(crate::records::Person::new(
                PersonId::from_name(name),
                full.parse().unwrap(),
            ));
        }
        let registry = Registry::new(dataset).unwrap();
        let summary = event_summary(&registry, EventId::from_name("консультации")).unwrap();
        // Two persons counted: a lower bound of the participants (reports print «не менее 2»).
        assert_eq!(summary.participants.from_attendees, Some(2));
        assert_eq!(summary.participants.value, Some(StatedCount::exact(2)));
        assert_eq!(summary.participants.basis, Some(Basis::Attendees));
    }
}
