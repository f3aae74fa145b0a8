//! Events and programmes: `event.no_organizer`, `event.speaker_not_participant` and the
//! `count.impossible` rules on participation.

use crate::registry::IssueCode;
use std::collections::HashSet;

use crate::records::{Event, FigureScope, FigureValue, Measure, Qualifier, StatedCount};
use crate::registry::IssuePath;
use crate::values::RegionCode;

use super::{Checker, at};

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
        }
        self.stated_participation();
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

    /// A count stated for an event or a programme as a stated figure must not be surely
    /// exceeded by what its records name: the distinct federal subjects of the attendees and
    /// head-counts (or of the programme's list) under `federal_subjects`, the head-counts per
    /// region and per institution and the persons among the attendees under `participants`,
    /// the distinct institutions named under `organisations`.
    pub(super) fn stated_participation(&mut self) {
        let dataset = self.dataset;
        for (i, figure) in dataset.stated_figures.iter().enumerate() {
            let FigureValue::Count(stated) = figure.value else {
                continue;
            };
            let path = || at("stated_figures", i).field("value");
            match figure.scope {
                FigureScope::Event(id) => {
                    if let Some(&e) = self.index.events.get(&id) {
                        self.event_counts(path, &dataset.events[e], &figure.measure, stated);
                    }
                }
                FigureScope::Programme(id) if figure.measure == Measure::FederalSubjects => {
                    if let Some(&p) = self.index.programmes.get(&id) {
                        let named = distinct_regions(dataset.programmes[p].regions.iter().copied());
                        self.not_more_than(
                            path(),
                            named,
                            "distinct federal subjects are listed for the programme",
                            stated,
                            "federal subjects",
                        );
                    }
                }
                _ => {}
            }
        }
    }

    /// One count stated for `event` against its participation records.
    fn event_counts(
        &mut self,
        path: impl Fn() -> IssuePath,
        event: &Event,
        measure: &Measure,
        stated: StatedCount,
    ) {
        let participation = &event.participation;
        let sum = |counts: &mut dyn Iterator<Item = u32>| counts.map(u64::from).sum::<u64>();
        match measure {
            Measure::FederalSubjects => {
                let named = distinct_regions(
                    participation
                        .attendees
                        .iter()
                        .filter_map(|a| a.region)
                        .chain(participation.by_region.iter().map(|c| c.region)),
                );
                self.not_more_than(
                    path(),
                    named,
                    "distinct federal subjects are named in the event's participation",
                    stated,
                    "federal subjects",
                );
            }
            Measure::Organisations => {
                let named: HashSet<_> = participation
                    .attendees
                    .iter()
                    .filter_map(|a| a.institution)
                    .chain(participation.by_institution.iter().map(|c| c.institution))
                    .collect();
                self.not_more_than(
                    path(),
                    named.len() as u64,
                    "distinct institutions are named in the event's participation",
                    stated,
                    "organisations",
                );
            }
            Measure::Participants => {
                let by_region = sum(&mut participation.by_region.iter().map(|c| c.count));
                self.not_more_than(
                    path(),
                    by_region,
                    "participants in the event's head-counts per region",
                    stated,
                    "participants",
                );
                let by_institution = sum(&mut participation.by_institution.iter().map(|c| c.count));
                self.not_more_than(
                    path(),
                    by_institution,
                    "participants in the event's head-counts per institution",
                    stated,
                    "participants",
                );
                // An attendee without a person is an organisation or a region taking part with
                // no head count: only the persons among the attendees are participants.
                let persons = participation
                    .attendees
                    .iter()
                    .filter(|a| a.person.is_some())
                    .count();
                self.not_more_than(
                    path(),
                    persons as u64,
                    "persons are listed among the event's attendees",
                    stated,
                    "participants",
                );
            }
            _ => {}
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
        // Figure 1 is event 1's 69 federal subjects, figure 3 the pilot project's.
        dataset.stated_figures[1].value = StatedCount::more_than(89).into();
        dataset.stated_figures[3].value = StatedCount::exact(90).into();
        assert_eq!(
            issues(&dataset),
            [
                row(
                    "error",
                    "count.impossible",
                    "stated_figures[1].value",
                    "более 89 federal subjects stated, but there are only 89"
                ),
                row(
                    "error",
                    "count.impossible",
                    "stated_figures[3].value",
                    "90 federal subjects stated, but there are only 89"
                ),
            ]
        );
    }

    #[test]
    fn rejects_more_distinct_regions_than_stated() {
        let mut dataset = valid();
        // Event 1 names regions 37 and 71; programme 1 lists 71 and 37.
        dataset.stated_figures[1].value = StatedCount::new(Qualifier::UpTo, 1).into();
        dataset.stated_figures[3].value = StatedCount::exact(1).into();
        assert_eq!(
            issues(&dataset),
            [
                row(
                    "error",
                    "count.impossible",
                    "stated_figures[1].value",
                    "2 distinct federal subjects are named in the event's participation, more than the stated до 1 federal subjects"
                ),
                row(
                    "error",
                    "count.impossible",
                    "stated_figures[3].value",
                    "2 distinct federal subjects are listed for the programme, more than the stated 1 federal subjects"
                ),
            ]
        );
    }

    #[test]
    fn rejects_more_distinct_institutions_than_stated_organisations() {
        let mut dataset = valid();
        // Event 0's attendees name two institutions.
        dataset.stated_figures[0].value = StatedCount::exact(0).into();
        assert_eq!(
            issues(&dataset),
            [row(
                "error",
                "count.impossible",
                "stated_figures[0].value",
                "2 distinct institutions are named in the event's participation, more than the stated 0 organisations"
            )]
        );
    }

    #[test]
    fn rejects_head_counts_that_sum_to_more_than_the_stated_participants() {
        let mut dataset = valid();
        // Figure 2 states «до 300» participants of event 1: make 12 + 295 by region and 301 by
        // institution.
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
                    "stated_figures[2].value",
                    "307 participants in the event's head-counts per region, more than the stated до 300 participants"
                ),
                row(
                    "error",
                    "count.impossible",
                    "stated_figures[2].value",
                    "301 participants in the event's head-counts per institution, more than the stated до 300 participants"
                ),
            ]
        );
    }

    /// Event 0 with a stated exact number of participants, as figure 5.
    fn participants_of_event_0(dataset: &mut crate::registry::Dataset, count: StatedCount) {
        let mut figure = dataset.stated_figures[2].clone();
        figure.id = crate::records::StatedFigureId::from_name("figure 5");
        figure.scope = crate::records::FigureScope::Event(dataset.events[0].id);
        figure.date = Some("2024-09-24".parse().unwrap());
        figure.value = count.into();
        dataset.stated_figures.push(figure);
    }

    #[test]
    fn rejects_more_attendees_than_an_exact_total() {
        let mut dataset = valid();
        participants_of_event_0(&mut dataset, StatedCount::exact(2));
        assert_eq!(
            issues(&dataset),
            [row(
                "error",
                "count.impossible",
                "stated_figures[5].value",
                "3 persons are listed among the event's attendees, more than the stated 2 participants"
            )]
        );
    }

    #[test]
    fn an_organisation_taking_part_without_a_head_count_is_no_participant() {
        let mut dataset = valid();
        // Event 0 lists 3 persons; two organisations more took part with no head count.
        for code in ["37", "71"] {
            dataset.events[0].participation.attendees.push(Attendee {
                region: Some(region(code)),
                ..Attendee::default()
            });
        }
        participants_of_event_0(&mut dataset, StatedCount::exact(3));
        assert!(issues(&dataset).is_empty(), "{:?}", issues(&dataset));
        dataset.stated_figures[5].value = StatedCount::exact(2).into();
        assert_eq!(
            issues(&dataset),
            [row(
                "error",
                "count.impossible",
                "stated_figures[5].value",
                "3 persons are listed among the event's attendees, more than the stated 2 participants"
            )]
        );
    }

    #[test]
    fn accepts_any_head_count_under_a_total_stated_as_more_than_or_about() {
        let mut dataset = valid();
        dataset.events[1].participation.by_region[1].count = 10_000;
        dataset.stated_figures[2].value = StatedCount::more_than(250).into();
        assert!(issues(&dataset).is_empty());
        dataset.stated_figures[2].value = StatedCount::new(Qualifier::About, 250).into();
        assert!(issues(&dataset).is_empty());
    }
}
