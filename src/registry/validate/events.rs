//! Events and programmes: `event.no_organizer`, `event.speaker_not_participant` and the
//! `count.impossible` rules on participation.

use crate::registry::IssueCode;
use std::collections::HashSet;

use crate::records::{Event, Qualifier, StatedCount};
use crate::registry::IssuePath;
use crate::values::{FederalSubject, RegionCode};

use super::{Checker, at};

/// The least the true number can be, when the statement bounds it from below: `13` is at least
/// 13, `более 250` at least 251.
pub(super) fn at_least(count: StatedCount) -> Option<u64> {
    match count.qualifier() {
        Qualifier::Exact => Some(count.value()),
        Qualifier::MoreThan => Some(count.value().saturating_add(1)),
        _ => None,
    }
}

/// The most the true number can be, when the statement bounds it from above: `13`, `до 13` and
/// `почти 13` are at most 13.
pub(super) fn at_most(count: StatedCount) -> Option<u64> {
    match count.qualifier() {
        Qualifier::Exact | Qualifier::UpTo | Qualifier::Almost => Some(count.value()),
        _ => None,
    }
}

/// The number of distinct regions among `regions`, without hashing: a flag per subject.
fn distinct_regions(regions: impl Iterator<Item = RegionCode>) -> u64 {
    let mut seen = [false; RegionCode::COUNT];
    let mut distinct = 0;
    for region in regions {
        if !std::mem::replace(&mut seen[region.index()], true) {
            distinct += 1;
        }
    }
    distinct
}

impl Checker<'_> {
    pub(super) fn check_events(&mut self) {
        for (i, event) in self.dataset.events.iter().enumerate() {
            let path = at("events", i);
            if event.organizers.is_empty() {
                self.warning(
                    IssueCode::EventNoOrganizer,
                    path.field("organizers"),
                    "the event has no organizer",
                );
            }
            self.speakers_are_participants(&path, event);
            self.participation_counts(&path.field("participation"), event);
        }
        for (i, programme) in self.dataset.programmes.iter().enumerate() {
            let path = at("programmes", i);
            if let Some(stated) = programme.stated_regions {
                self.regions_stated(&path.field("stated_regions"), stated);
                let named = distinct_regions(programme.regions.iter().copied());
                self.not_more_than(
                    path.field("regions"),
                    named,
                    "distinct federal subjects are listed",
                    stated,
                    "federal subjects",
                );
            }
        }
    }

    /// Where participation is per person (an attendee names a person), every speaker who is a
    /// known person must be one of the attendees. One set of attendees per event.
    fn speakers_are_participants(&mut self, path: &IssuePath, event: &Event) {
        let attendees: HashSet<_> = event
            .participation
            .attendees
            .iter()
            .filter_map(|a| a.person)
            .collect();
        if attendees.is_empty() {
            return;
        }
        for (a, item) in event.agenda.iter().enumerate() {
            for (s, speaker) in item.speakers.iter().enumerate() {
                let Some(&person) = self.index.persons.get(&speaker.person) else {
                    continue;
                };
                if !attendees.contains(&speaker.person) {
                    self.error(
                        IssueCode::EventSpeakerNotParticipant,
                        path.field("agenda")
                            .index(a)
                            .field("speakers")
                            .index(s)
                            .field("person"),
                        format!(
                            "speaker «{}» (person {}) is not among the event's attendees",
                            self.dataset.persons[person].name.full(),
                            speaker.person
                        ),
                    );
                }
            }
        }
    }

    /// A stated number of federal subjects that surely exceeds how many there are.
    fn regions_stated(&mut self, path: &IssuePath, stated: StatedCount) {
        if at_least(stated).is_some_and(|n| n > FederalSubject::COUNT as u64) {
            self.error(
                IssueCode::CountImpossible,
                path.clone(),
                format!(
                    "{stated} federal subjects stated, but there are only {}",
                    FederalSubject::COUNT
                ),
            );
        }
    }

    /// `actual` (what the records show) must not surely exceed `stated`.
    fn not_more_than(
        &mut self,
        path: IssuePath,
        actual: u64,
        what: &str,
        stated: StatedCount,
        noun: &str,
    ) {
        if at_most(stated).is_some_and(|n| actual > n) {
            self.error(
                IssueCode::CountImpossible,
                path,
                format!("{actual} {what}, more than the stated {stated} {noun}"),
            );
        }
    }

    fn participation_counts(&mut self, path: &IssuePath, event: &Event) {
        let participation = &event.participation;
        let stated = &participation.stated;
        if let Some(regions) = stated.regions {
            self.regions_stated(&path.field("stated").field("regions"), regions);
            let named = distinct_regions(
                participation
                    .attendees
                    .iter()
                    .filter_map(|a| a.region)
                    .chain(participation.by_region.iter().map(|c| c.region)),
            );
            self.not_more_than(
                path.field("stated").field("regions"),
                named,
                "distinct federal subjects are named",
                regions,
                "federal subjects",
            );
        }
        if let Some(participants) = stated.participants {
            let by_region = participation
                .by_region
                .iter()
                .map(|c| u64::from(c.count))
                .sum();
            self.not_more_than(
                path.field("by_region"),
                by_region,
                "participants in the head-counts per region",
                participants,
                "participants",
            );
            let by_institution = participation
                .by_institution
                .iter()
                .map(|c| u64::from(c.count))
                .sum();
            self.not_more_than(
                path.field("by_institution"),
                by_institution,
                "participants in the head-counts per institution",
                participants,
                "participants",
            );
            self.not_more_than(
                path.field("attendees"),
                participation.attendees.len() as u64,
                "attendees are listed",
                participants,
                "participants",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{issues, person_id, region, row, valid};
    use crate::records::{Attendee, Qualifier, RegionHeadCount, StatedCount};

    #[test]
    fn warns_of_an_event_with_no_organizer() {
        let mut dataset = valid();
        dataset.events[1].organizers.clear();
        assert_eq!(
            issues(&dataset),
            [row(
                "warning",
                "event.no_organizer",
                "events[1].organizers",
                "the event has no organizer"
            )]
        );
    }

    #[test]
    fn rejects_a_speaker_who_is_not_an_attendee_where_attendees_are_named() {
        let mut dataset = valid();
        let attendee = dataset.events[0].participation.attendees.remove(1);
        let person = attendee.person.unwrap();
        assert_eq!(
            issues(&dataset),
            [row(
                "error",
                "event.speaker_not_participant",
                "events[0].agenda[0].speakers[0].person",
                &format!(
                    "speaker «Дёмина Анна Юрьевна» (person {person}) is not among the event's attendees"
                ),
            )]
        );
    }

    #[test]
    fn accepts_speakers_of_an_event_whose_participation_is_not_per_person() {
        let mut dataset = valid();
        // Event 1 has speakers and head-counts, but no named attendee: only anonymous ones.
        dataset.events[1].participation.attendees.push(Attendee {
            region: Some(region("71")),
            ..Attendee::default()
        });
        assert!(issues(&dataset).is_empty());
        dataset.events[1].participation.attendees[0].person = Some(person_id(3));
        let found = issues(&dataset);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2, "events[1].agenda[0].speakers[1].person");
    }

    #[test]
    fn rejects_more_stated_regions_than_there_are_federal_subjects() {
        let mut dataset = valid();
        dataset.events[1].participation.stated.regions = Some(StatedCount::more_than(89));
        dataset.programmes[1].stated_regions = Some(StatedCount::exact(90));
        assert_eq!(
            issues(&dataset),
            [
                row(
                    "error",
                    "count.impossible",
                    "events[1].participation.stated.regions",
                    "более 89 federal subjects stated, but there are only 89"
                ),
                row(
                    "error",
                    "count.impossible",
                    "programmes[1].stated_regions",
                    "90 federal subjects stated, but there are only 89"
                ),
            ]
        );
    }

    #[test]
    fn rejects_more_distinct_regions_than_stated() {
        let mut dataset = valid();
        // Event 1 names regions 37 and 71; programme 1 lists 71 and 37.
        dataset.events[1].participation.stated.regions = Some(StatedCount::new(Qualifier::UpTo, 1));
        dataset.programmes[1].stated_regions = Some(StatedCount::exact(1));
        assert_eq!(
            issues(&dataset),
            [
                row(
                    "error",
                    "count.impossible",
                    "events[1].participation.stated.regions",
                    "2 distinct federal subjects are named, more than the stated до 1 federal subjects"
                ),
                row(
                    "error",
                    "count.impossible",
                    "programmes[1].regions",
                    "2 distinct federal subjects are listed, more than the stated 1 federal subjects"
                ),
            ]
        );
    }

    #[test]
    fn rejects_head_counts_that_sum_to_more_than_the_stated_participants() {
        let mut dataset = valid();
        // Event 1 states «до 300» participants: make 12 + 295 by region and 301 by institution.
        dataset.events[1]
            .participation
            .by_region
            .push(RegionHeadCount {
                region: region("50"),
                count: 295,
            });
        dataset.events[1].participation.by_institution[0].count = 301;
        assert_eq!(
            issues(&dataset),
            [
                row(
                    "error",
                    "count.impossible",
                    "events[1].participation.by_region",
                    "307 participants in the head-counts per region, more than the stated до 300 participants"
                ),
                row(
                    "error",
                    "count.impossible",
                    "events[1].participation.by_institution",
                    "301 participants in the head-counts per institution, more than the stated до 300 participants"
                ),
            ]
        );
    }

    #[test]
    fn rejects_more_attendees_than_an_exact_total() {
        let mut dataset = valid();
        dataset.events[0].participation.stated.participants = Some(StatedCount::exact(2));
        assert_eq!(
            issues(&dataset),
            [row(
                "error",
                "count.impossible",
                "events[0].participation.attendees",
                "3 attendees are listed, more than the stated 2 participants"
            )]
        );
    }

    #[test]
    fn accepts_any_head_count_under_a_total_stated_as_more_than_or_about() {
        let mut dataset = valid();
        dataset.events[1].participation.by_region[1].count = 10_000;
        dataset.events[1].participation.stated.participants = Some(StatedCount::more_than(250));
        assert!(issues(&dataset).is_empty());
        dataset.events[1].participation.stated.participants =
            Some(StatedCount::new(Qualifier::About, 250));
        assert!(issues(&dataset).is_empty());
    }
}
