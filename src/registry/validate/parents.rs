//! `institution.parent_cycle`: the chain of parents of an institution ends, never returning
//! to an institution already on it (an institution its own parent, or two each other's).

use super::{Checker, at};
use crate::registry::IssueCode;

impl Checker<'_> {
    /// Follows every institution's chain of parents and reports each cycle once, at the
    /// `parent` of the institution of the cycle that comes first in the data set. A parent
    /// that names no institution ends its chain (`reference.unknown_institution` reports it).
    pub(super) fn check_parents(&mut self) {
        let institutions = &self.dataset.institutions;
        // 0: not yet walked; 1: on the chain being walked; 2: its chain ends.
        let mut state = vec![0u8; institutions.len()];
        for start in 0..institutions.len() {
            let mut chain = Vec::new();
            let mut at_index = Some(start);
            while let Some(i) = at_index {
                if state[i] != 0 {
                    break;
                }
                state[i] = 1;
                chain.push(i);
                at_index = institutions[i]
                    .parent
                    .and_then(|parent| self.index.institutions.get(&parent).copied());
            }
            if let Some(repeated) = at_index.filter(|&i| state[i] == 1) {
                let from = chain.iter().position(|&i| i == repeated).unwrap_or(0);
                self.report_cycle(&chain[from..]);
            }
            for i in chain {
                state[i] = 2;
            }
        }
    }

    fn report_cycle(&mut self, cycle: &[usize]) {
        let institutions = &self.dataset.institutions;
        let Some(&first) = cycle.iter().min() else {
            return;
        };
        let message = if let [only] = cycle {
            format!(
                "institution «{}» is its own parent",
                institutions[*only].name
            )
        } else {
            let start = cycle.iter().position(|&i| i == first).unwrap_or(0);
            let names: Vec<String> = cycle[start..]
                .iter()
                .chain(&cycle[..start])
                .chain(std::iter::once(&first))
                .map(|&i| format!("«{}»", institutions[i].name))
                .collect();
            format!(
                "the parents of institutions form a cycle: {}",
                names.join(" → ")
            )
        };
        self.error(
            IssueCode::InstitutionParentCycle,
            at("institutions", first).field("parent"),
            message,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{institution_id, issues, issues_with, row, valid};
    use crate::records::{Institution, InstitutionKind, Level};
    use crate::registry::ValidationOptions;

    #[test]
    fn rejects_an_institution_that_is_its_own_parent_even_when_lenient() {
        let mut dataset = valid();
        dataset.institutions[1].parent = Some(institution_id(1));
        let expected = [row(
            "error",
            "institution.parent_cycle",
            "institutions[1].parent",
            "institution «ОБУСО «Вичугский КЦСОН»» is its own parent",
        )];
        assert_eq!(issues(&dataset), expected);
        let strict = ValidationOptions {
            strict: true,
            ..ValidationOptions::default()
        };
        assert!(issues_with(&dataset, &strict).contains(&expected[0]));
    }

    #[test]
    fn rejects_a_cycle_of_parents_once_from_its_first_institution() {
        let mut dataset = valid();
        let n = dataset.institutions.len();
        for k in 0..2 {
            let mut branch = Institution::new(
                institution_id(100 + k),
                format!("Филиал {k}"),
                InstitutionKind::Other("branch".into()),
                Level::Regional,
            );
            branch.parent = Some(institution_id(100 + (k + 1) % 2));
            dataset.institutions.push(branch);
        }
        // A third one whose chain runs into the cycle is not a cycle of its own.
        let mut leaf = Institution::new(
            institution_id(102),
            "Филиал 2",
            InstitutionKind::Other("branch".into()),
            Level::Regional,
        );
        leaf.parent = Some(institution_id(101));
        dataset.institutions.insert(n, leaf);
        let cycles: Vec<_> = issues(&dataset)
            .into_iter()
            .filter(|issue| issue.1 == "institution.parent_cycle")
            .collect();
        assert_eq!(
            cycles,
            [row(
                "error",
                "institution.parent_cycle",
                &format!("institutions[{}].parent", n + 1),
                "the parents of institutions form a cycle: «Филиал 0» → «Филиал 1» → «Филиал 0»",
            )]
        );
    }

    #[test]
    fn accepts_a_chain_of_parents_that_ends() {
        let mut dataset = valid();
        dataset.institutions[1].parent = Some(institution_id(0));
        assert!(
            issues(&dataset)
                .iter()
                .all(|issue| issue.1 != "institution.parent_cycle")
        );
    }
}
