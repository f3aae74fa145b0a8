//! What the network does: events with their attendees, programmes, training sites and
//! cohorts with their enrollments.

use chrono::NaiveDate;

use super::Counts;
use super::network::regions;
use super::rng::Rng;
use crate::records::Level;
use crate::records::Vocabulary;
use crate::records::{
    Attendee, Cohort, CohortFormat, Enrollment, EnrollmentStatus, Event, EventKind, EventLevel, Id,
    InstitutionId, PersonId, Programme, ProgrammeKind, TrainingSite,
};
use crate::registry::Dataset;
use crate::values::{DateRange, PartialDate, RegionCode};

/// People with the institution and region of their post, all and per region.
struct Staff {
    all: Vec<(PersonId, InstitutionId, RegionCode)>,
    by_region: Vec<Vec<(PersonId, InstitutionId, RegionCode)>>,
}

impl Staff {
    fn of(dataset: &Dataset) -> Self {
        let region_of: rustc_hash::FxHashMap<InstitutionId, RegionCode> = dataset
            .institutions
            .iter()
            .filter_map(|i| Some((i.id, i.region?)))
            .collect();
        let all: Vec<_> = dataset
            .appointments
            .iter()
            .filter_map(|a| Some((a.person, a.institution, *region_of.get(&a.institution)?)))
            .collect();
        let mut by_region = vec![Vec::new(); RegionCode::COUNT];
        for &entry in &all {
            by_region[entry.2.index()].push(entry);
        }
        Self { all, by_region }
    }
}

/// The greatest common divisor.
fn gcd(mut a: usize, mut b: usize) -> usize {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// `count` entries of `from`, all different while there are enough: a random start and a
/// random step prime to the length.
fn sample<T: Copy>(rng: &mut Rng, from: &[T], count: usize, into: &mut Vec<T>) {
    let n = from.len();
    if n == 0 {
        return;
    }
    let start = rng.below(n);
    let mut step = 1 + rng.below(n);
    while gcd(step, n) != 1 {
        step = 1 + rng.below(n);
    }
    into.extend((0..count).map(|i| from[(start + i * step) % n]));
}

/// Splits `total` into `parts` shares of random size (each about `total / parts`, from half
/// to one and a half times that), heavier where `weight` says so.
fn shares(rng: &mut Rng, total: usize, weights: &[f64]) -> Vec<usize> {
    let random: Vec<f64> = weights.iter().map(|w| w * (0.5 + rng.unit())).collect();
    let sum: f64 = random.iter().sum();
    #[allow(
        clippy::cast_precision_loss,
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss
    )]
    let mut shares: Vec<usize> = random
        .iter()
        .map(|r| (total as f64 * r / sum).floor() as usize)
        .collect();
    let missing = total - shares.iter().sum::<usize>().min(total);
    let len = shares.len();
    for i in 0..missing {
        shares[i % len] += 1;
    }
    shares
}

/// A day of 2023–2025 and the range of an event starting on it.
fn event_dates(rng: &mut Rng) -> Option<DateRange> {
    let start = NaiveDate::from_ymd_opt(2023, 1, 1)?
        .checked_add_days(chrono::Days::new(rng.below(3 * 365) as u64))?;
    let end = start.checked_add_days(chrono::Days::new(rng.below(2) as u64))?;
    DateRange::new(start, end).ok()
}

/// Events hosted by institutions, with attendees from the host's region (municipal and
/// regional events) or from anywhere (interregional and all-Russian ones).
pub(super) fn events(rng: &mut Rng, counts: &Counts, dataset: &mut Dataset) {
    let staff = Staff::of(dataset);
    if staff.all.is_empty() || dataset.institutions.is_empty() {
        return;
    }
    let levels: Vec<EventLevel> = (0..counts.events)
        .map(|_| match rng.below(20) {
            0 => EventLevel::AllRussian,
            1 | 2 => EventLevel::Interregional,
            3..=5 => EventLevel::Municipal,
            _ => EventLevel::Regional,
        })
        .collect();
    let weights: Vec<f64> = levels
        .iter()
        .map(|level| match level {
            EventLevel::AllRussian => 4.0,
            EventLevel::Interregional => 2.0,
            EventLevel::Municipal => 0.5,
            _ => 1.0,
        })
        .collect();
    let sizes = shares(rng, counts.attendance, &weights);
    let kinds = [
        EventKind::SeminarMeeting,
        EventKind::Conference,
        EventKind::Workshop,
        EventKind::RoundTable,
        EventKind::Training,
        EventKind::SiteVisit,
    ];
    let mut people = Vec::new();
    for (n, (level, size)) in levels.into_iter().zip(sizes).enumerate() {
        let host = rng.pick(&dataset.institutions);
        let Some(dates) = event_dates(rng) else {
            continue;
        };
        let kind = rng.pick(&kinds).clone();
        let title = format!("{} № {}", kind.label_ru(), n + 1);
        let mut event = Event::new(Id::from_uuid(rng.uuid()), title, kind, level.clone(), dates);
        event.venue.region = host.region;
        event.venue.institution = Some(host.id);
        event.organizers.push(host.id);
        let local = host
            .region
            .map(|r| staff.by_region[r.index()].as_slice())
            .filter(|local| !local.is_empty());
        let from = match (&level, local) {
            (EventLevel::Municipal | EventLevel::Regional, Some(local)) => local,
            _ => staff.all.as_slice(),
        };
        people.clear();
        sample(rng, from, size, &mut people);
        event.participation.attendees = people
            .iter()
            .map(|&(person, institution, region)| Attendee {
                person: Some(person),
                institution: Some(institution),
                region: Some(region),
                ..Attendee::default()
            })
            .collect();
        dataset.events.push(event);
    }
}

/// The federal programmes of the seeds: the complex of measures, the pilot project in 69
/// subjects, the «Я могу» project.
pub(super) fn programmes(rng: &mut Rng, dataset: &mut Dataset) {
    let (regions, _) = regions();
    let mut measures = Programme::new(
        Id::from_uuid(rng.uuid()),
        "Комплекс мер по созданию семейных МФЦ на 2023–2024 годы",
        ProgrammeKind::ComplexOfMeasures,
    );
    measures.start = PartialDate::from_year(2023).ok();
    measures.end = PartialDate::from_year(2024).ok();
    let mut pilot = Programme::new(
        Id::from_uuid(rng.uuid()),
        "Пилотный проект по созданию семейных МФЦ",
        ProgrammeKind::PilotProject,
    );
    let mut chosen = Vec::new();
    sample(rng, &regions, 69.min(regions.len()), &mut chosen);
    chosen.sort_unstable();
    pilot.regions = chosen;
    let project = Programme::new(
        Id::from_uuid(rng.uuid()),
        "Я могу. Лаборатория мастерства",
        ProgrammeKind::SocialProject,
    );
    dataset.programmes.extend([measures, pilot, project]);
}

/// Training sites at family MFCs (or any institution when there is none), their cohorts in
/// the pilot project, and enrollments of staff.
pub(super) fn training(rng: &mut Rng, counts: &Counts, dataset: &mut Dataset) {
    let staff = Staff::of(dataset);
    let Some(pilot) = dataset.programmes.get(1).map(|p| p.id) else {
        return;
    };
    let hosts: Vec<InstitutionId> = {
        let mfcs: Vec<_> = dataset
            .institutions
            .iter()
            .filter(|i| i.kind == crate::records::InstitutionKind::FamilyMfc)
            .map(|i| i.id)
            .collect();
        if mfcs.is_empty() {
            dataset.institutions.iter().map(|i| i.id).collect()
        } else {
            mfcs
        }
    };
    if hosts.is_empty() || staff.all.is_empty() {
        return;
    }
    for n in 0..counts.training_sites {
        let level = if n == 0 {
            Level::Federal
        } else {
            Level::Regional
        };
        let mut site = TrainingSite::new(
            Id::from_uuid(rng.uuid()),
            *rng.pick(&hosts),
            level,
            "Создание Семейных МФЦ",
        );
        site.programmes.push(pilot);
        dataset.training_sites.push(site);
    }
    let sizes = shares(rng, counts.enrollments, &vec![1.0; counts.cohorts]);
    let formats = [
        CohortFormat::InPerson,
        CohortFormat::Online,
        CohortFormat::Blended,
    ];
    let mut trainees = Vec::new();
    for (n, size) in sizes.into_iter().enumerate() {
        let site = rng.pick(&dataset.training_sites).id;
        let mut cohort = Cohort::new(
            Id::from_uuid(rng.uuid()),
            site,
            format!("Поток {}", n + 1),
            rng.pick(&formats).clone(),
        );
        cohort.programme = Some(pilot);
        cohort.dates = event_dates(rng);
        trainees.clear();
        sample(rng, &staff.all, size, &mut trainees);
        cohort.enrollments = trainees
            .iter()
            .map(|&(person, institution, region)| Enrollment {
                person: Some(person),
                home_region: Some(region),
                home_institution: Some(institution),
                ..Enrollment::new(match rng.below(20) {
                    0 => EnrollmentStatus::Withdrawn,
                    1..=3 => EnrollmentStatus::Enrolled,
                    _ => EnrollmentStatus::Completed,
                })
            })
            .collect();
        dataset.cohorts.push(cohort);
    }
}
