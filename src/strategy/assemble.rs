//! Turns drafts into a valid data set: gives every record a unique id and resolves every
//! positional reference to a record that exists, fixing up what the rules of the domain require.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use proptest::sample::Index;
use uuid::Uuid;

use super::draft::{
    AgendaDraft, CohortDraft, Drafts, EventDraft, ParticipationDraft, ProgrammeDraft,
    ServicePointDraft, TrainingSiteDraft, stated,
};
use super::services;
use crate::records::{
    AgendaItem, Appointment, Attendee, Cohort, Enrollment, Event, Id, Institution,
    InstitutionHeadCount, InstitutionId, NetworkPlan, Participation, Programme, RegionHeadCount,
    Role, ServicePoint, Speaker, StatedCount, StatedFigure, StatedParticipation, TrainingSite,
    Venue,
};
use crate::records::{FigureScope, Measure, Source};
use crate::registry::Dataset;
use crate::values::{KnownDate, PartialDate, RegionCode};

/// Hands out ids that are unique within one data set: consecutive UUIDs from a random base.
struct Ids(u128);

impl Ids {
    fn next<T>(&mut self) -> Id<T> {
        let id = Id::from_uuid(Uuid::from_u128(self.0));
        self.0 = self.0.wrapping_add(1);
        id
    }
}

/// The element at a position, or `None` when there are no elements.
pub(super) fn pick<T>(index: Index, items: &[T]) -> Option<&T> {
    (!items.is_empty()).then(|| index.get(items))
}

/// The items in their first order, each once.
fn unique<T: Ord + Copy>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut seen = BTreeSet::new();
    items
        .into_iter()
        .filter(|item| seen.insert(*item))
        .collect()
}

/// Head-counts merged per key (one entry per institution or region), in first order.
fn merged<K: Ord + Copy>(counts: impl IntoIterator<Item = (K, u32)>) -> Vec<(K, u32)> {
    let mut order = Vec::new();
    let mut sums = BTreeMap::new();
    for (key, count) in counts {
        let sum = sums.entry(key).or_insert_with(|| {
            order.push(key);
            0u32
        });
        *sum = sum.saturating_add(count);
    }
    order.into_iter().map(|key| (key, sums[&key])).collect()
}

pub(super) fn assemble(drafts: Drafts, id_base: u128) -> Dataset {
    let mut ids = Ids(id_base);
    let mut dataset = Dataset::new();

    for mut service in drafts.services.services {
        service.id = ids.next();
        dataset.services.push(service);
    }

    for (position, draft) in drafts.institutions.into_iter().enumerate() {
        let mut record = draft.record;
        record.id = ids.next();
        for department in &mut record.departments {
            department.id = ids.next();
        }
        // A parent among the institutions before this one: parent links never form a cycle.
        record.parent = draft
            .parent
            .and_then(|index| pick(index, &dataset.institutions[..position]))
            .map(|parent| parent.id);
        dataset.institutions.push(record);
    }

    for draft in drafts.service_points {
        if let Some(point) = service_point(draft, &mut ids, &dataset) {
            dataset.service_points.push(point);
        }
    }

    for mut person in drafts.persons {
        person.id = ids.next();
        dataset.persons.push(person);
    }

    let mut with_director = HashSet::new();
    for draft in drafts.appointments {
        let (Some(person), Some(institution)) = (
            pick(draft.person, &dataset.persons),
            pick(draft.institution, &dataset.institutions),
        ) else {
            continue;
        };
        let mut record: Appointment = draft.record;
        record.id = ids.next();
        record.person = person.id;
        record.institution = institution.id;
        record.department = draft
            .department
            .and_then(|index| pick(index, &institution.departments))
            .map(|department| department.id);
        // One permanent director per institution; any other director is acting.
        if record.role == Role::Director && !record.acting && !with_director.insert(institution.id)
        {
            record.acting = true;
        }
        dataset.appointments.push(record);
    }

    let mut figures = Vec::new();
    let programmes: Vec<Programme> = drafts
        .programmes
        .into_iter()
        .map(|draft| programme(draft, &mut ids, &dataset.institutions, &mut figures))
        .collect();
    dataset.programmes = programmes;

    let events: Vec<Event> = drafts
        .events
        .into_iter()
        .map(|draft| event(draft, &mut ids, &dataset, &mut figures))
        .collect();
    dataset.events = events;

    for draft in drafts.training_sites {
        if let Some(site) = training_site(draft, &mut ids, &dataset, &mut figures) {
            dataset.training_sites.push(site);
        }
    }
    dataset.stated_figures = figures;

    for draft in drafts.cohorts {
        if let Some(cohort) = cohort(draft, &mut ids, &dataset) {
            dataset.cohorts.push(cohort);
        }
    }

    dataset.service_statistics = services::statistics(
        drafts.services.statistics,
        drafts.services.statistics_limit,
        &dataset,
    );
    let plans: Vec<NetworkPlan> = drafts
        .services
        .plans
        .into_iter()
        .map(|draft| services::network_plan(draft, ids.next(), &dataset))
        .collect();
    dataset.network_plans = plans;
    for mut figure in drafts.services.figures {
        figure.id = ids.next();
        dataset.stated_figures.push(figure);
    }

    dataset
}

/// A point of an institution of the data set, offering services of its catalogue; none when
/// there is no institution.
fn service_point(
    draft: ServicePointDraft,
    ids: &mut Ids,
    dataset: &Dataset,
) -> Option<ServicePoint> {
    let institution = pick(draft.institution, &dataset.institutions)?;
    let mut record = draft.record;
    record.id = ids.next();
    record.institution = institution.id;
    record.department = draft
        .department
        .and_then(|index| pick(index, &institution.departments))
        .map(|department| department.id);
    record.services = unique(
        draft
            .services
            .iter()
            .filter_map(|index| pick(*index, &dataset.services))
            .map(|service| service.id),
    );
    // A point does not open after its institution closed.
    if let (Some(opened), Some(closed)) = (record.opened, institution.closed)
        && closed.surely_before(opened)
    {
        record.opened = None;
    }
    Some(record)
}

/// A stated figure of a record, with the record's sources.
fn figure(
    ids: &mut Ids,
    measure: Measure,
    scope: FigureScope,
    count: StatedCount,
    date: KnownDate,
    sources: &[Source],
) -> StatedFigure {
    let mut figure = StatedFigure::new(ids.next(), measure, scope, count.into());
    figure.date = Some(date);
    figure.sources = sources.to_vec();
    figure
}

fn programme(
    draft: ProgrammeDraft,
    ids: &mut Ids,
    institutions: &[Institution],
    figures: &mut Vec<StatedFigure>,
) -> Programme {
    let regions = unique(draft.regions);
    let (start, end) = draft.dates;
    let programme = Programme {
        start,
        end,
        owner: draft
            .owner
            .and_then(|index| pick(index, institutions))
            .map(|owner| owner.id),
        sources: draft.sources,
        ..Programme::new(ids.next(), draft.title, draft.kind)
    };
    // The number of participating regions, stated at the programme's start (inside its life).
    if let Some(count) = stated(draft.stated_regions, regions.len(), Some(RegionCode::COUNT)) {
        let date = start
            .or(end)
            .unwrap_or_else(|| "2024".parse().expect("a year"));
        figures.push(figure(
            ids,
            Measure::FederalSubjects,
            FigureScope::Programme(programme.id),
            count,
            KnownDate::from(date),
            &programme.sources,
        ));
    }
    Programme {
        regions,
        ..programme
    }
}

fn event(
    draft: EventDraft,
    ids: &mut Ids,
    dataset: &Dataset,
    figures: &mut Vec<StatedFigure>,
) -> Event {
    let institution_ids = |indices: Vec<Index>| {
        unique(
            indices
                .iter()
                .filter_map(|index| pick(*index, &dataset.institutions))
                .map(|institution| institution.id),
        )
    };
    let point = draft
        .venue
        .service_point
        .and_then(|index| pick(index, &dataset.service_points));
    let venue = Venue {
        // The venue's institution is the one that runs the venue's service point.
        institution: point.map(|p| p.institution).or_else(|| {
            draft
                .venue
                .institution
                .and_then(|index| pick(index, &dataset.institutions))
                .map(|institution| institution.id)
        }),
        service_point: point.map(|p| p.id),
        address: draft.venue.address,
        region: draft.venue.region,
        locality: draft.venue.locality,
        extra: crate::records::Extra::new(),
    };
    let agenda: Vec<AgendaItem> = draft
        .agenda
        .into_iter()
        .map(|item| agenda_item(item, dataset))
        .collect();
    let (participation, counts) = participation(draft.participation, &agenda, dataset);
    let event = Event {
        venue,
        organizers: institution_ids(draft.organizers),
        programmes: unique(
            draft
                .programmes
                .iter()
                .filter_map(|index| pick(*index, &dataset.programmes))
                .map(|programme| programme.id),
        ),
        agenda,
        participation,
        outcomes: draft.outcomes,
        sources: draft.sources,
        ..Event::new(
            ids.next(),
            draft.title,
            draft.kind,
            draft.level,
            draft.dates,
        )
    };
    // The stated counts of participation, at the event's last day.
    let last_day = PartialDate::try_from(event.dates.end())
        .unwrap_or_else(|_| "2024".parse().expect("a year"))
        .into();
    for (measure, count) in counts {
        figures.push(figure(
            ids,
            measure,
            FigureScope::Event(event.id),
            count,
            last_day,
            &event.sources,
        ));
    }
    event
}

fn agenda_item(draft: AgendaDraft, dataset: &Dataset) -> AgendaItem {
    let mut speakers: Vec<Speaker> = Vec::new();
    for speaker in draft.speakers {
        let resolved = match pick(speaker.position, &dataset.appointments) {
            Some(appointment) if speaker.with_appointment => Some(Speaker {
                appointment: Some(appointment.id),
                ..Speaker::new(appointment.person)
            }),
            _ => pick(speaker.position, &dataset.persons).map(|person| Speaker::new(person.id)),
        };
        if let Some(resolved) = resolved
            && speakers.iter().all(|s| s.person != resolved.person)
        {
            speakers.push(resolved);
        }
    }
    AgendaItem {
        title: draft.title,
        speakers,
        service_point: draft
            .service_point
            .and_then(|index| pick(index, &dataset.service_points))
            .map(|point| point.id),
        ..AgendaItem::new(draft.kind)
    }
}

fn participation(
    draft: ParticipationDraft,
    agenda: &[AgendaItem],
    dataset: &Dataset,
) -> (Participation, Vec<(Measure, StatedCount)>) {
    let mut attendees: Vec<Attendee> = draft
        .attendees
        .into_iter()
        .map(|attendee| Attendee {
            person: attendee
                .person
                .and_then(|index| pick(index, &dataset.persons))
                .map(|person| person.id),
            institution: attendee
                .institution
                .and_then(|index| pick(index, &dataset.institutions))
                .map(|institution| institution.id),
            region: attendee.region,
            ..Attendee::default()
        })
        .collect();
    // Where attendance is per person, every speaker is an attendee.
    if attendees.iter().any(|a| a.person.is_some()) {
        for speaker in agenda.iter().flat_map(|item| &item.speakers) {
            if attendees.iter().all(|a| a.person != Some(speaker.person)) {
                attendees.push(Attendee {
                    person: Some(speaker.person),
                    ..Attendee::default()
                });
            }
        }
    }
    let by_institution: Vec<InstitutionHeadCount> =
        merged(draft.by_institution.iter().filter_map(|(index, count)| {
            pick(*index, &dataset.institutions).map(|institution| (institution.id, *count))
        }))
        .into_iter()
        .map(|(institution, count)| InstitutionHeadCount { institution, count })
        .collect();
    let by_region: Vec<RegionHeadCount> = merged(draft.by_region)
        .into_iter()
        .map(|(region, count)| RegionHeadCount { region, count })
        .collect();

    let sum = |counts: &mut dyn Iterator<Item = u32>| counts.map(u64::from).sum::<u64>();
    let people = [
        attendees.len() as u64,
        sum(&mut by_institution.iter().map(|c| c.count)),
        sum(&mut by_region.iter().map(|c| c.count)),
    ]
    .into_iter()
    .max()
    .unwrap_or(0);
    let institutions: BTreeSet<InstitutionId> = attendees
        .iter()
        .filter_map(|a| a.institution)
        .chain(by_institution.iter().map(|c| c.institution))
        .collect();
    let regions: BTreeSet<RegionCode> = attendees
        .iter()
        .filter_map(|a| a.region)
        .chain(by_region.iter().map(|c| c.region))
        .collect();
    let counts = [
        (
            Measure::Participants,
            stated(
                draft.participants,
                usize::try_from(people).unwrap_or(usize::MAX),
                None,
            ),
        ),
        (
            Measure::Organisations,
            stated(draft.institutions, institutions.len(), None),
        ),
        (
            Measure::FederalSubjects,
            stated(draft.regions, regions.len(), Some(RegionCode::COUNT)),
        ),
    ]
    .into_iter()
    .filter_map(|(measure, count)| Some((measure, count?)))
    .collect();
    let stated = StatedParticipation {
        groups: draft.groups,
        ..StatedParticipation::default()
    };
    let participation = Participation {
        attendees,
        by_institution,
        by_region,
        stated,
        ..Participation::default()
    };
    (participation, counts)
}

fn training_site(
    draft: TrainingSiteDraft,
    ids: &mut Ids,
    dataset: &Dataset,
    figures: &mut Vec<StatedFigure>,
) -> Option<TrainingSite> {
    let institution = pick(draft.institution, &dataset.institutions)?;
    let site = TrainingSite {
        programmes: unique(
            draft
                .programmes
                .iter()
                .filter_map(|index| pick(*index, &dataset.programmes))
                .map(|programme| programme.id),
        ),
        sources: draft.sources,
        ..TrainingSite::new(ids.next(), institution.id, draft.level, draft.topic)
    };
    if let Some((count, date)) = draft.stated_trained {
        figures.push(figure(
            ids,
            Measure::SpecialistsTrained,
            FigureScope::TrainingSite(site.id),
            count,
            date,
            &site.sources,
        ));
    }
    Some(site)
}

fn cohort(draft: CohortDraft, ids: &mut Ids, dataset: &Dataset) -> Option<Cohort> {
    let site = pick(draft.site, &dataset.training_sites)?;
    let enrollments: Vec<Enrollment> = draft
        .enrollments
        .into_iter()
        .map(|enrollment| Enrollment {
            person: enrollment
                .person
                .and_then(|index| pick(index, &dataset.persons))
                .map(|person| person.id),
            home_region: enrollment.home_region,
            home_institution: enrollment
                .home_institution
                .and_then(|index| pick(index, &dataset.institutions))
                .map(|institution| institution.id),
            ..Enrollment::new(enrollment.status)
        })
        .collect();
    let head_counts: Vec<RegionHeadCount> = merged(draft.head_counts)
        .into_iter()
        .map(|(region, count)| RegionHeadCount { region, count })
        .collect();
    let trainees = u32::try_from(enrollments.len())
        .unwrap_or(u32::MAX)
        .saturating_add(head_counts.iter().map(|c| c.count).sum());
    Some(Cohort {
        dates: draft.dates,
        // A capacity no smaller than the trainees the cohort holds.
        capacity: draft
            .capacity_margin
            .map(|margin| trainees.saturating_add(margin)),
        // A programme of the cohort's own site.
        programme: draft
            .programme
            .and_then(|index| pick(index, &site.programmes))
            .copied(),
        enrollments,
        head_counts,
        sources: draft.sources,
        ..Cohort::new(ids.next(), site.id, draft.title, draft.format)
    })
}
