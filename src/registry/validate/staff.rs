//! People and posts: `appointment.concurrent_directors`, `appointment.long_acting` and
//! `person.possible_duplicate`.

use crate::registry::IssueCode;
use std::collections::HashMap;

use chrono::{Months, NaiveDate};

use crate::records::{Appointment, Role, Vocabulary};

use super::{Checker, at};

/// The last day a post surely began (an unknown start: the beginning of time) and the first
/// day it surely ended (an open end: the end of time).
fn sure_period(appointment: &Appointment) -> (NaiveDate, NaiveDate) {
    (
        appointment.start.map_or(NaiveDate::MIN, |d| d.last_day()),
        appointment.end.map_or(NaiveDate::MAX, |d| d.first_day()),
    )
}

/// Surname folded for comparison: lower case, `ё` as `е`.
fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

impl Checker<'_> {
    pub(super) fn check_staff(&mut self) {
        self.concurrent_directors();
        self.long_acting();
        self.possible_duplicates();
    }

    /// Two permanent directors of one institution whose periods surely overlap by more than a
    /// day: an unknown start is from the beginning of time, an open end is open, and partial
    /// dates overlap only when every day they may stand for does (a handover within `2023`,
    /// one post ending `2023` and the next starting `2023`, is not a conflict; nor is one on
    /// the same day). Reported at the later-starting post, naming the other.
    fn concurrent_directors(&mut self) {
        let appointments = &self.dataset.appointments;
        let mut by_institution: HashMap<_, Vec<usize>> = HashMap::new();
        for (i, a) in appointments.iter().enumerate() {
            if a.role == Role::Director && !a.acting {
                by_institution.entry(a.institution).or_default().push(i);
            }
        }
        let mut conflicts = Vec::new();
        for mut posts in by_institution.into_values() {
            posts.sort_by_key(|&i| (sure_period(&appointments[i]).0, i));
            // The post seen so far that surely lasts longest.
            let mut longest: Option<(NaiveDate, usize)> = None;
            for i in posts {
                let (start, end) = sure_period(&appointments[i]);
                if let Some((other_end, other)) = longest
                    && start < other_end
                    && start < end
                {
                    conflicts.push((i, other));
                }
                if longest.is_none_or(|(other_end, _)| end > other_end) {
                    longest = Some((end, i));
                }
            }
        }
        conflicts.sort_unstable();
        for (i, other) in conflicts {
            let institution = appointments[i].institution;
            self.error(
                IssueCode::AppointmentConcurrentDirectors,
                at("appointments", i),
                format!(
                    "a permanent director of institution {institution} at the same time as appointments[{other}]"
                ),
            );
        }
    }

    /// An acting post surely held for more than a year: to its end, or to `as_of` when the end
    /// is open and `as_of` is set.
    fn long_acting(&mut self) {
        for (i, a) in self.dataset.appointments.iter().enumerate() {
            let Some(start) = a.start.filter(|_| a.acting) else {
                continue;
            };
            let (until, described) = match (a.end, self.options.as_of) {
                (Some(end), _) => (end.first_day(), format!("to {end}")),
                (None, Some(as_of)) => (as_of, format!("still open on {as_of}")),
                (None, None) => continue,
            };
            let year_later = start.last_day().checked_add_months(Months::new(12));
            if year_later.is_some_and(|limit| until > limit) {
                self.warning(
                    IssueCode::AppointmentLongActing,
                    at("appointments", i),
                    format!(
                        "acting {} from {start} {described}: longer than a year",
                        a.role.as_str()
                    ),
                );
            }
        }
    }

    /// A person known only by initials whose name could be another person's, after case and
    /// `ё`/`е` folding: once per pair, at the later record.
    fn possible_duplicates(&mut self) {
        let persons = &self.dataset.persons;
        let mut by_surname: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, person) in persons.iter().enumerate() {
            by_surname
                .entry(fold(person.name.surname()))
                .or_default()
                .push(i);
        }
        let initials_only = |i: usize| persons[i].name.given().is_initial();
        let mut pairs = Vec::new();
        for group in by_surname.into_values().filter(|g| g.len() > 1) {
            for &x in group.iter().filter(|&&x| initials_only(x)) {
                for &y in &group {
                    // A pair of two initials-only names is seen from both: keep one.
                    let seen_from_other = initials_only(y) && y < x;
                    if y != x && !seen_from_other && persons[x].name.could_be_same(&persons[y].name)
                    {
                        pairs.push((x.max(y), x.min(y)));
                    }
                }
            }
        }
        pairs.sort_unstable();
        for (later, earlier) in pairs {
            self.warning(
                IssueCode::PersonPossibleDuplicate,
                at("persons", later).field("name"),
                format!(
                    "«{}» could be the same person as persons[{earlier}] «{}»",
                    persons[later].name.full(),
                    persons[earlier].name.full()
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::super::ValidationOptions;
    use super::super::fixture::{date, institution_id, issues, issues_with, row, valid};
    use crate::records::{Appointment, AppointmentId, Person, PersonId, Role};

    /// A second director of institution 1 (where appointments[1] is director since 2015), held
    /// by person 3.
    fn second_director(start: Option<&str>, end: Option<&str>, acting: bool) -> Appointment {
        let mut a = Appointment::new(
            AppointmentId::from_name("second director"),
            PersonId::from_name("person 3"),
            institution_id(1),
            Role::Director,
        );
        a.start = start.map(date);
        a.end = end.map(date);
        a.acting = acting;
        a
    }

    #[test]
    fn rejects_two_permanent_directors_at_once() {
        let mut dataset = valid();
        dataset
            .appointments
            .push(second_director(Some("2020-01"), None, false));
        assert_eq!(
            issues(&dataset),
            [row(
                "error",
                "appointment.concurrent_directors",
                "appointments[5]",
                &format!(
                    "a permanent director of institution {} at the same time as appointments[1]",
                    institution_id(1)
                ),
            )]
        );
    }

    #[test]
    fn an_unknown_start_is_from_the_beginning_of_time() {
        let mut dataset = valid();
        dataset
            .appointments
            .push(second_director(None, Some("2016"), false));
        assert_eq!(
            issues(&dataset),
            [row(
                "error",
                "appointment.concurrent_directors",
                "appointments[1]",
                &format!(
                    "a permanent director of institution {} at the same time as appointments[5]",
                    institution_id(1)
                ),
            )]
        );
    }

    #[test]
    fn accepts_successive_directors_an_acting_one_and_a_handover_within_a_year() {
        let mut dataset = valid();
        dataset.appointments[1].end = Some(date("2020"));
        dataset
            .appointments
            .push(second_director(Some("2020"), None, false));
        assert!(issues(&dataset).is_empty());
        dataset.appointments[1].end = None;
        dataset.appointments[5].acting = true;
        dataset.appointments[5].end = Some(date("2020-12"));
        assert!(issues(&dataset).is_empty());
    }

    #[test]
    fn warns_of_an_acting_post_longer_than_a_year() {
        let mut dataset = valid();
        dataset
            .appointments
            .push(second_director(Some("2022-01"), Some("2024-03"), true));
        assert_eq!(
            issues(&dataset),
            [row(
                "warning",
                "appointment.long_acting",
                "appointments[5]",
                "acting director from 2022-01 to 2024-03: longer than a year"
            )]
        );
    }

    #[test]
    fn measures_an_open_acting_post_to_the_as_of_date() {
        let dataset = valid();
        // appointments[2] is acting since 2024-09 with no end.
        let options = |y, m, d| ValidationOptions {
            as_of: NaiveDate::from_ymd_opt(y, m, d),
            ..ValidationOptions::default()
        };
        assert!(issues_with(&dataset, &options(2025, 9, 30)).is_empty());
        assert_eq!(
            issues_with(&dataset, &options(2025, 10, 1)),
            [row(
                "warning",
                "appointment.long_acting",
                "appointments[2]",
                "acting director from 2024-09 still open on 2025-10-01: longer than a year"
            )]
        );
    }

    #[test]
    fn warns_once_of_a_person_known_by_initials_who_could_be_another() {
        let mut dataset = valid();
        dataset.persons.push(Person::new(
            PersonId::from_name("x"),
            "ДЕМИНА А.Ю.".parse().unwrap(),
        ));
        dataset.persons.push(Person::new(
            PersonId::from_name("y"),
            "Вдовин Алексей".parse().unwrap(),
        ));
        dataset.persons.push(Person::new(
            PersonId::from_name("z"),
            "Демина А.".parse().unwrap(),
        ));
        assert_eq!(
            issues(&dataset),
            [
                row(
                    "warning",
                    "person.possible_duplicate",
                    "persons[5].name",
                    "«Демина А. Ю.» could be the same person as persons[0] «Дёмина Анна Юрьевна»"
                ),
                row(
                    "warning",
                    "person.possible_duplicate",
                    "persons[6].name",
                    "«Вдовин Алексей» could be the same person as persons[2] «Вдовин А. Н.»"
                ),
                row(
                    "warning",
                    "person.possible_duplicate",
                    "persons[7].name",
                    "«Демина А.» could be the same person as persons[0] «Дёмина Анна Юрьевна»"
                ),
                row(
                    "warning",
                    "person.possible_duplicate",
                    "persons[7].name",
                    "«Демина А.» could be the same person as persons[5] «Демина А. Ю.»"
                ),
            ]
        );
    }

    #[test]
    fn does_not_compare_two_full_names_or_different_initials() {
        let mut dataset = valid();
        dataset.persons.push(Person::new(
            PersonId::from_name("x"),
            "Дёмина Анна Павловна".parse().unwrap(),
        ));
        dataset.persons.push(Person::new(
            PersonId::from_name("y"),
            "Демина А.П.".parse().unwrap(),
        ));
        dataset.persons.push(Person::new(
            PersonId::from_name("z"),
            "Баталина О.П.".parse().unwrap(),
        ));
        assert_eq!(
            issues(&dataset),
            [row(
                "warning",
                "person.possible_duplicate",
                "persons[6].name",
                "«Демина А. П.» could be the same person as persons[5] «Дёмина Анна Павловна»"
            )]
        );
    }
}
