//! `reference.*`: every id field of every record names a record of the right kind, and the
//! records it names agree with each other.

use crate::registry::IssueCode;
use rustc_hash::FxHashMap as HashMap;
use std::hash::Hash;

use crate::records::{
    AppointmentId, DepartmentId, Id, InstitutionId, PersonId, ProgrammeId, ServicePointId,
    TrainingSiteId,
};
use crate::registry::IssuePath;

use super::{Checker, at};

/// Where an id is looked up, and how a miss is reported.
fn find<T, V: Copy>(map: &HashMap<Id<T>, V>, id: Id<T>) -> Option<V>
where
    Id<T>: Hash + Eq,
{
    map.get(&id).copied()
}

impl Checker<'_> {
    /// The position `found` of the record `id` names, or an issue `code` at `path` when there is
    /// none (nothing when the id is one the caller asked to ignore).
    pub(super) fn resolve<T, V>(
        &mut self,
        found: Option<V>,
        id: Id<T>,
        code: IssueCode,
        noun: &str,
        path: impl FnOnce() -> IssuePath,
    ) -> Option<V> {
        if found.is_none() {
            let uuid = *id.as_uuid();
            if self.options.ignore_references_to.contains(&uuid) {
                self.suppressed.push((path(), uuid));
            } else {
                self.error(code, path(), format!("no {noun} has id {id}"));
            }
        }
        found
    }

    pub(super) fn institution_ref(
        &mut self,
        id: InstitutionId,
        path: impl FnOnce() -> IssuePath,
    ) -> Option<usize> {
        let found = find(&self.index.institutions, id);
        self.resolve(
            found,
            id,
            IssueCode::ReferenceUnknownInstitution,
            "institution",
            path,
        )
    }

    pub(super) fn service_point_ref(
        &mut self,
        id: ServicePointId,
        path: impl FnOnce() -> IssuePath,
    ) {
        let found = find(&self.index.service_points, id);
        self.resolve(
            found,
            id,
            IssueCode::ReferenceUnknownServicePoint,
            "service point",
            path,
        );
    }

    fn person_ref(&mut self, id: PersonId, path: impl FnOnce() -> IssuePath) -> Option<usize> {
        let found = find(&self.index.persons, id);
        self.resolve(found, id, IssueCode::ReferenceUnknownPerson, "person", path)
    }

    pub(super) fn programme_ref(&mut self, id: ProgrammeId, path: impl FnOnce() -> IssuePath) {
        let found = find(&self.index.programmes, id);
        self.resolve(
            found,
            id,
            IssueCode::ReferenceUnknownProgramme,
            "programme",
            path,
        );
    }

    /// Resolves a department and checks that it is one of the departments of `institution`
    /// (the position of the institution the same record names, when that resolved).
    fn department_ref(
        &mut self,
        id: DepartmentId,
        institution: Option<usize>,
        path: impl Fn() -> IssuePath,
    ) {
        let found = find(&self.index.departments, id);
        let Some((owner, _)) = self.resolve(
            found,
            id,
            IssueCode::ReferenceUnknownDepartment,
            "department",
            &path,
        ) else {
            return;
        };
        if let Some(institution) = institution.filter(|&i| i != owner) {
            let named = self.dataset.institutions[institution].id;
            self.error(
                IssueCode::ReferenceDepartmentOfOtherInstitution,
                path(),
                format!(
                    "department {id} is a department of institutions[{owner}], not of institution {named}"
                ),
            );
        }
    }

    /// Resolves the appointment a speaker spoke in and checks that the speaker holds it.
    fn speaker_appointment_ref(
        &mut self,
        id: AppointmentId,
        speaker: PersonId,
        path: impl Fn() -> IssuePath,
    ) {
        let found = find(&self.index.appointments, id);
        let Some(index) = self.resolve(
            found,
            id,
            IssueCode::ReferenceUnknownAppointment,
            "appointment",
            &path,
        ) else {
            return;
        };
        let holder = self.dataset.appointments[index].person;
        if holder != speaker {
            self.error(
                IssueCode::ReferenceAppointmentOfOtherPerson,
                path(),
                format!(
                    "appointment {id} is held by person {holder}, not by the speaker {speaker}"
                ),
            );
        }
    }

    fn training_site_ref(&mut self, id: TrainingSiteId, path: impl FnOnce() -> IssuePath) {
        let found = find(&self.index.training_sites, id);
        self.resolve(
            found,
            id,
            IssueCode::ReferenceUnknownTrainingSite,
            "training site",
            path,
        );
    }

    /// Checks every reference of every record.
    pub(super) fn check_references(&mut self) {
        let dataset = self.dataset;
        for (i, institution) in dataset.institutions.iter().enumerate() {
            if let Some(parent) = institution.parent {
                self.institution_ref(parent, || at("institutions", i).field("parent"));
            }
        }
        for (i, point) in dataset.service_points.iter().enumerate() {
            let path = || at("service_points", i);
            let institution =
                self.institution_ref(point.institution, || path().field("institution"));
            if let Some(department) = point.department {
                self.department_ref(department, institution, || path().field("department"));
            }
        }
        for (i, appointment) in dataset.appointments.iter().enumerate() {
            let path = || at("appointments", i);
            self.person_ref(appointment.person, || path().field("person"));
            let institution =
                self.institution_ref(appointment.institution, || path().field("institution"));
            if let Some(department) = appointment.department {
                self.department_ref(department, institution, || path().field("department"));
            }
        }
        self.check_event_references();
        for (i, programme) in dataset.programmes.iter().enumerate() {
            if let Some(owner) = programme.owner {
                self.institution_ref(owner, || at("programmes", i).field("owner"));
            }
        }
        for (i, site) in dataset.training_sites.iter().enumerate() {
            let path = || at("training_sites", i);
            self.institution_ref(site.institution, || path().field("institution"));
            for (k, &programme) in site.programmes.iter().enumerate() {
                self.programme_ref(programme, || path().field("programmes").index(k));
            }
        }
        for (i, cohort) in dataset.cohorts.iter().enumerate() {
            let path = || at("cohorts", i);
            self.training_site_ref(cohort.site, || path().field("site"));
            if let Some(programme) = cohort.programme {
                self.programme_ref(programme, || path().field("programme"));
            }
            for (k, enrollment) in cohort.enrollments.iter().enumerate() {
                let path = || path().field("enrollments").index(k);
                if let Some(person) = enrollment.person {
                    self.person_ref(person, || path().field("person"));
                }
                if let Some(institution) = enrollment.home_institution {
                    self.institution_ref(institution, || path().field("home_institution"));
                }
            }
        }
    }

    fn check_event_references(&mut self) {
        for (i, event) in self.dataset.events.iter().enumerate() {
            let path = || at("events", i);
            let venue = || path().field("venue");
            if let Some(institution) = event.venue.institution {
                self.institution_ref(institution, || venue().field("institution"));
            }
            if let Some(point) = event.venue.service_point {
                self.service_point_ref(point, || venue().field("service_point"));
            }
            for (k, &organizer) in event.organizers.iter().enumerate() {
                self.institution_ref(organizer, || path().field("organizers").index(k));
            }
            for (k, &programme) in event.programmes.iter().enumerate() {
                self.programme_ref(programme, || path().field("programmes").index(k));
            }
            for (a, item) in event.agenda.iter().enumerate() {
                let item_path = || path().field("agenda").index(a);
                for (s, speaker) in item.speakers.iter().enumerate() {
                    let speaker_path = || item_path().field("speakers").index(s);
                    let known = self.person_ref(speaker.person, || speaker_path().field("person"));
                    if let Some(appointment) = speaker.appointment {
                        if known.is_some() {
                            self.speaker_appointment_ref(appointment, speaker.person, || {
                                speaker_path().field("appointment")
                            });
                        } else {
                            let found = find(&self.index.appointments, appointment);
                            self.resolve(
                                found,
                                appointment,
                                IssueCode::ReferenceUnknownAppointment,
                                "appointment",
                                || speaker_path().field("appointment"),
                            );
                        }
                    }
                }
                if let Some(point) = item.service_point {
                    self.service_point_ref(point, || item_path().field("service_point"));
                }
            }
            let participation = || path().field("participation");
            for (k, attendee) in event.participation.attendees.iter().enumerate() {
                let attendee_path = || participation().field("attendees").index(k);
                if let Some(person) = attendee.person {
                    self.person_ref(person, || attendee_path().field("person"));
                }
                if let Some(institution) = attendee.institution {
                    self.institution_ref(institution, || attendee_path().field("institution"));
                }
            }
            for (k, count) in event.participation.by_institution.iter().enumerate() {
                self.institution_ref(count.institution, || {
                    participation()
                        .field("by_institution")
                        .index(k)
                        .field("institution")
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{
        appointment_id, department_id, institution_id, issues, row, valid,
    };
    use crate::records::{
        AppointmentId, DepartmentId, InstitutionId, PersonId, ProgrammeId, ServicePointId,
        TrainingSiteId,
    };

    #[test]
    fn rejects_a_service_point_of_an_unknown_institution() {
        let mut dataset = valid();
        let ghost = InstitutionId::from_name("ghost");
        dataset.service_points[0].institution = ghost;
        let found = issues(&dataset);
        assert!(
            found.contains(&row(
                "error",
                "reference.unknown_institution",
                "service_points[0].institution",
                &format!("no institution has id {ghost}"),
            )),
            "{found:?}"
        );
    }

    #[test]
    fn rejects_an_unknown_parent_and_an_unknown_organizer() {
        let mut dataset = valid();
        let ghost = InstitutionId::from_name("ghost");
        dataset.institutions[1].parent = Some(ghost);
        dataset.events[1].organizers[1] = ghost;
        assert_eq!(
            issues(&dataset),
            [
                row(
                    "error",
                    "reference.unknown_institution",
                    "institutions[1].parent",
                    &format!("no institution has id {ghost}")
                ),
                row(
                    "error",
                    "reference.unknown_institution",
                    "events[1].organizers[1]",
                    &format!("no institution has id {ghost}")
                ),
            ]
        );
    }

    #[test]
    fn rejects_an_id_of_another_kind_where_a_person_is_expected() {
        let mut dataset = valid();
        // The id of an institution is not the id of a person.
        let id = PersonId::from_uuid(*institution_id(0).as_uuid());
        dataset.events[0].agenda[0].speakers[0].person = id;
        dataset.events[0].participation.attendees[1].person = Some(id);
        let found = issues(&dataset);
        assert_eq!(
            found,
            [
                row(
                    "error",
                    "reference.unknown_person",
                    "events[0].agenda[0].speakers[0].person",
                    &format!("no person has id {id}")
                ),
                row(
                    "error",
                    "reference.unknown_person",
                    "events[0].participation.attendees[1].person",
                    &format!("no person has id {id}")
                ),
            ]
        );
    }

    #[test]
    fn rejects_unknown_references_of_every_other_kind() {
        let mut dataset = valid();
        let department = DepartmentId::from_name("ghost");
        let point = ServicePointId::from_name("ghost");
        let appointment = AppointmentId::from_name("ghost");
        let programme = ProgrammeId::from_name("ghost");
        let site = TrainingSiteId::from_name("ghost");
        dataset.appointments[0].department = Some(department);
        dataset.events[1].agenda[1].service_point = Some(point);
        dataset.events[1].agenda[0].speakers[1].appointment = Some(appointment);
        dataset.events[1].programmes[0] = programme;
        dataset.cohorts[0].site = site;
        assert_eq!(
            issues(&dataset),
            [
                row(
                    "error",
                    "reference.unknown_department",
                    "appointments[0].department",
                    &format!("no department has id {department}")
                ),
                row(
                    "error",
                    "reference.unknown_programme",
                    "events[1].programmes[0]",
                    &format!("no programme has id {programme}")
                ),
                row(
                    "error",
                    "reference.unknown_appointment",
                    "events[1].agenda[0].speakers[1].appointment",
                    &format!("no appointment has id {appointment}")
                ),
                row(
                    "error",
                    "reference.unknown_service_point",
                    "events[1].agenda[1].service_point",
                    &format!("no service point has id {point}")
                ),
                row(
                    "error",
                    "reference.unknown_training_site",
                    "cohorts[0].site",
                    &format!("no training site has id {site}")
                ),
            ]
        );
    }

    #[test]
    fn ignores_references_to_ids_the_reader_could_not_read() {
        let mut dataset = valid();
        let ghost = InstitutionId::from_name("unreadable");
        dataset.institutions[1].parent = Some(ghost);
        let options = crate::registry::ValidationOptions {
            ignore_references_to: [*ghost.as_uuid()].into(),
            ..crate::registry::ValidationOptions::default()
        };
        let report = crate::registry::validate(&dataset, &options);
        assert!(report.is_empty(), "{report}");
    }

    #[test]
    fn rejects_a_department_of_another_institution() {
        let mut dataset = valid();
        // Department 0 belongs to institution 0, the point to institution 2.
        dataset.service_points[0].department = Some(department_id(0));
        let institution = institution_id(2);
        assert_eq!(
            issues(&dataset),
            [row(
                "error",
                "reference.department_of_other_institution",
                "service_points[0].department",
                &format!(
                    "department {} is a department of institutions[0], not of institution {institution}",
                    department_id(0)
                ),
            )]
        );
    }

    #[test]
    fn rejects_an_appointment_of_another_person_for_a_speaker() {
        let mut dataset = valid();
        // Speaker 0 of event 0 is person 0; appointment 1 is person 1's.
        dataset.events[0].agenda[0].speakers[0].appointment = Some(appointment_id(1));
        let holder = dataset.persons[1].id;
        let speaker = dataset.persons[0].id;
        assert_eq!(
            issues(&dataset),
            [row(
                "error",
                "reference.appointment_of_other_person",
                "events[0].agenda[0].speakers[0].appointment",
                &format!(
                    "appointment {} is held by person {holder}, not by the speaker {speaker}",
                    appointment_id(1)
                ),
            )]
        );
    }
}
