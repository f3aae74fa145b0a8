//! A copy of a data set fit for open publication: personal data removed.

use crate::records::Person;

use super::Dataset;

impl Dataset {
    /// A copy of the data set fit for open publication: the persons' personal identifiers and
    /// personal contacts removed, everything else as it is.
    ///
    /// Each person keeps its id, name and sources (officials' names and their posts are public,
    /// and appointments, speakers and enrollments still refer to them) and loses its СНИЛС,
    /// phones, e-mails and every extra field (an unknown field of a person may hold anything,
    /// so none is kept). A field added to [`Person`] later is dropped too unless this function
    /// is taught to keep it. Every other record is copied as it is: an institution's phones and
    /// e-mails are its public contacts, not personal data.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::PersonId, Dataset, Person};
    ///
    /// let mut person = Person::new(PersonId::from_name("Егорова"), "Егорова Е.В.".parse()?);
    /// person.snils = Some("112-233-445 95".parse()?);
    /// person.phones.push("+7 4932 12-34-56".parse()?);
    /// let mut dataset = Dataset::new();
    /// dataset.persons.push(person);
    ///
    /// let open = dataset.redacted();
    /// assert_eq!(open.persons[0].name.short(), "Егорова Е.В.");
    /// assert!(open.persons[0].snils.is_none() && open.persons[0].phones.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn redacted(&self) -> Dataset {
        Dataset {
            persons: self.persons.iter().map(redacted_person).collect(),
            ..self.clone()
        }
    }
}

/// The person without personal data: built afresh from what is kept, so that nothing new is
/// kept by accident.
fn redacted_person(person: &Person) -> Person {
    let mut open = Person::new(person.id, person.name.clone());
    open.sources.clone_from(&person.sources);
    open
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]

        #[test]
        fn redaction_removes_only_personal_data(dataset in any::<Dataset>()) {
            let open = dataset.redacted();
            for (before, after) in dataset.persons.iter().zip(&open.persons) {
                prop_assert_eq!((after.id, &after.name, &after.sources), (before.id, &before.name, &before.sources));
                prop_assert!(after.snils.is_none() && after.phones.is_empty() && after.emails.is_empty());
                prop_assert!(after.extra.is_empty());
            }
            let without_persons = |d: &Dataset| Dataset { persons: Vec::new(), ..d.clone() };
            prop_assert_eq!(without_persons(&open), without_persons(&dataset));
            prop_assert_eq!(open.persons.len(), dataset.persons.len());
        }
    }
}
