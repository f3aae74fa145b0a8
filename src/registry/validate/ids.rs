//! `record.duplicate_id`: every id names one record, within a kind and across kinds.

use crate::registry::IssueCode;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

use uuid::Uuid;

use super::{Checker, at};
use crate::registry::IssuePath;

impl Checker<'_> {
    /// Reports every id used a second time (a department id equal to an institution id
    /// collides too), at the later record, naming the first.
    pub(super) fn check_ids(&mut self) {
        let dataset = self.dataset;
        let mut seen: HashMap<Uuid, IssuePath> = HashMap::with_capacity(dataset.len());
        let mut claim =
            |checker: &mut Self, id: Uuid, place: &dyn Fn() -> IssuePath| match seen.entry(id) {
                Entry::Vacant(slot) => {
                    slot.insert(place());
                }
                Entry::Occupied(first) => checker.error(
                    IssueCode::RecordDuplicateId,
                    place().field("id"),
                    format!("id {id} is also used at {}", first.get()),
                ),
            };
        for (i, institution) in dataset.institutions.iter().enumerate() {
            claim(self, *institution.id.as_uuid(), &|| at("institutions", i));
            for (j, department) in institution.departments.iter().enumerate() {
                claim(self, *department.id.as_uuid(), &|| {
                    at("institutions", i).field("departments").index(j)
                });
            }
        }
        macro_rules! claim_all {
            ($($array:ident),+) => {$(
                for (i, record) in dataset.$array.iter().enumerate() {
                    claim(self, *record.id.as_uuid(), &|| at(stringify!($array), i));
                }
            )+};
        }
        claim_all!(
            service_points,
            persons,
            appointments,
            events,
            programmes,
            training_sites,
            cohorts,
            services,
            network_plans,
            stated_figures
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{issues, row, valid};
    use crate::records::{CohortId, DepartmentId};

    #[test]
    fn rejects_an_id_used_twice_within_a_kind() {
        let mut dataset = valid();
        let id = dataset.persons[1].id;
        let mut again = dataset.persons[1].clone();
        again.name = "Слабнова Елена".parse().unwrap();
        dataset.persons.push(again);
        assert_eq!(
            issues(&dataset),
            [row(
                "error",
                "record.duplicate_id",
                "persons[5].id",
                &format!("id {id} is also used at persons[1]"),
            )]
        );
    }

    #[test]
    fn rejects_a_department_id_equal_to_an_institution_id() {
        let mut dataset = valid();
        let id = *dataset.institutions[0].id.as_uuid();
        dataset.institutions[1].departments[1].id = DepartmentId::from_uuid(id);
        assert_eq!(
            issues(&dataset),
            [row(
                "error",
                "record.duplicate_id",
                "institutions[1].departments[1].id",
                &format!("id {id} is also used at institutions[0]"),
            )]
        );
    }

    #[test]
    fn rejects_an_id_shared_by_records_of_different_kinds() {
        let mut dataset = valid();
        // Nothing refers to the cohort by id, so the collision is the only issue.
        let person = *dataset.persons[0].id.as_uuid();
        dataset.cohorts[0].id = CohortId::from_uuid(person);
        assert_eq!(
            issues(&dataset),
            [row(
                "error",
                "record.duplicate_id",
                "cohorts[0].id",
                &format!("id {person} is also used at persons[0]"),
            )]
        );
    }
}
