//! `record.invalid_name`: a name or title that is empty, only white space, or holds a control
//! character (a tab, a line feed, U+0000 …) is refused. Such a name cannot be shown, sorted or
//! told from another in a report or a table cell; it is a fault of the input, never a name.

use crate::registry::IssueCode;
use crate::values::MAX_QUOTED_CHARS;

use super::{Checker, IssuePath, at};

/// What is wrong with `name`, if anything.
fn fault(name: &str) -> Option<String> {
    if name.trim().is_empty() {
        return Some(if name.is_empty() {
            "is empty".to_owned()
        } else {
            "is only white space".to_owned()
        });
    }
    let (position, control) = name.chars().enumerate().find(|(_, c)| c.is_control())?;
    let shown: String = name.chars().take(MAX_QUOTED_CHARS).collect();
    Some(format!(
        "{shown:?} has the control character U+{:04X} at position {}",
        u32::from(control),
        position + 1
    ))
}

impl Checker<'_> {
    /// Checks the name of every institution, department, service point and service, and the
    /// title (or topic) of every event, programme, training site, cohort and network plan.
    pub(super) fn check_names(&mut self) {
        let dataset = self.dataset;
        let mut names: Vec<(IssuePath, &str, &str)> = Vec::new();
        for (i, institution) in dataset.institutions.iter().enumerate() {
            names.push((
                at("institutions", i).field("name"),
                "name",
                &institution.name,
            ));
            for (j, department) in institution.departments.iter().enumerate() {
                let path = at("institutions", i).field("departments").index(j);
                names.push((path.field("name"), "name", &department.name));
            }
        }
        let by_array = [
            (
                "service_points",
                "name",
                dataset
                    .service_points
                    .iter()
                    .map(|r| r.name.as_str())
                    .collect::<Vec<_>>(),
            ),
            (
                "services",
                "name",
                dataset.services.iter().map(|r| r.name.as_str()).collect(),
            ),
            (
                "events",
                "title",
                dataset.events.iter().map(|r| r.title.as_str()).collect(),
            ),
            (
                "programmes",
                "title",
                dataset
                    .programmes
                    .iter()
                    .map(|r| r.title.as_str())
                    .collect(),
            ),
            (
                "training_sites",
                "topic",
                dataset
                    .training_sites
                    .iter()
                    .map(|r| r.topic.as_str())
                    .collect(),
            ),
            (
                "cohorts",
                "title",
                dataset.cohorts.iter().map(|r| r.title.as_str()).collect(),
            ),
            (
                "network_plans",
                "title",
                dataset
                    .network_plans
                    .iter()
                    .map(|r| r.title.as_str())
                    .collect(),
            ),
        ];
        for (array, field, texts) in by_array {
            for (i, text) in texts.into_iter().enumerate() {
                names.push((at(array, i).field(field), field, text));
            }
        }
        for (path, field, name) in names {
            if let Some(fault) = fault(name) {
                self.error(
                    IssueCode::RecordInvalidName,
                    path,
                    format!("the {field} {fault}"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{issues, row, valid};

    #[test]
    fn rejects_empty_blank_and_control_character_names() {
        let mut dataset = valid();
        dataset.institutions[1].name = String::new();
        dataset.institutions[1].departments[0].name = " \u{a0}\t".to_owned();
        dataset.service_points[0].name = "Флагманское\nотделение".to_owned();
        dataset.events[0].title = "Семинар\u{0}".to_owned();
        let invalid: Vec<_> = issues(&dataset)
            .into_iter()
            .filter(|issue| issue.1 == "record.invalid_name")
            .collect();
        assert_eq!(
            invalid,
            [
                row(
                    "error",
                    "record.invalid_name",
                    "institutions[1].name",
                    "the name is empty"
                ),
                row(
                    "error",
                    "record.invalid_name",
                    "institutions[1].departments[0].name",
                    "the name is only white space"
                ),
                row(
                    "error",
                    "record.invalid_name",
                    "service_points[0].name",
                    r#"the name "Флагманское\nотделение" has the control character U+000A at position 12"#
                ),
                row(
                    "error",
                    "record.invalid_name",
                    "events[0].title",
                    r#"the title "Семинар\0" has the control character U+0000 at position 8"#
                ),
            ]
        );
    }

    #[test]
    fn accepts_names_with_quotes_dashes_and_non_breaking_spaces() {
        let mut dataset = valid();
        dataset.institutions[1].name = "ОБУСО «Вичугский\u{a0}КЦСОН» — филиал".to_owned();
        assert!(
            issues(&dataset)
                .iter()
                .all(|issue| issue.1 != "record.invalid_name")
        );
    }
}
