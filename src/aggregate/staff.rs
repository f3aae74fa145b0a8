//! Staff by role on a given day, and the acting («и.о.») posts.

use chrono::NaiveDate;

use crate::records::{Appointment, AppointmentId, InstitutionId, PersonId, Role};
use crate::registry::Registry;
use crate::values::PartialDate;

use super::Counter;
use super::period::held_on;

/// A post held as acting («исполняющий обязанности») on the day counted.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let staff = aggregate::staff_on(&social_services::sample::registry(), "2024-09-24".parse()?);
/// assert!(staff.acting().iter().any(|post| post.title.as_deref() == Some("и.о. директора")));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct ActingPost {
    /// The appointment.
    pub appointment: AppointmentId,
    /// Who holds it.
    pub person: PersonId,
    /// Where.
    pub institution: InstitutionId,
    /// The role.
    pub role: Role,
    /// The title as stated.
    pub title: Option<String>,
    /// Since when, if known.
    pub since: Option<PartialDate>,
}

/// Posts held on one day, by role, with the acting ones listed.
///
/// A post is held on the day when it began on or before it (an unknown start counts as long
/// ago) and had not ended before it (an unknown end: still held).
///
/// # Example
/// ```
/// use social_services::{aggregate, records::Role};
/// let staff = aggregate::staff_on(&social_services::sample::registry(), "2024-09-24".parse()?);
/// assert!(staff.by_role().get(&Role::Director) >= 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StaffOnDate {
    date: NaiveDate,
    by_role: Counter<Role>,
    acting_by_role: Counter<Role>,
    acting: Vec<ActingPost>,
}

impl StaffOnDate {
    /// An empty count for a day.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::StaffOnDate;
    /// assert_eq!(StaffOnDate::new("2024-09-24".parse()?).total(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(date: NaiveDate) -> Self {
        Self {
            date,
            by_role: Counter::new(),
            acting_by_role: Counter::new(),
            acting: Vec::new(),
        }
    }

    /// Counts one appointment, if held on the day.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{AppointmentId, InstitutionId, PersonId, Role}, Appointment};
    /// use social_services::aggregate::StaffOnDate;
    ///
    /// let mut a = Appointment::new(AppointmentId::new_v4(), PersonId::new_v4(), InstitutionId::new_v4(), Role::Director);
    /// a.acting = true;
    /// let mut staff = StaffOnDate::new("2024-09-24".parse()?);
    /// staff.add(&a);
    /// assert_eq!(staff.acting().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add(&mut self, appointment: &Appointment) {
        if !held_on(appointment.start, appointment.end, self.date) {
            return;
        }
        self.by_role.increment(appointment.role.clone());
        if appointment.acting {
            self.acting_by_role.increment(appointment.role.clone());
            let post = ActingPost {
                appointment: appointment.id,
                person: appointment.person,
                institution: appointment.institution,
                role: appointment.role.clone(),
                title: appointment.title.clone(),
                since: appointment.start,
            };
            let at = self.acting.partition_point(|p| *p <= post);
            self.acting.insert(at, post);
        }
    }

    /// Adds everything counted by another result for the same day.
    ///
    /// # Panics
    /// When the two results are for different days.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::StaffOnDate;
    /// let mut a = StaffOnDate::new("2024-09-24".parse()?);
    /// a.merge(StaffOnDate::new("2024-09-24".parse()?));
    /// assert_eq!(a.total(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn merge(&mut self, other: StaffOnDate) {
        assert_eq!(
            self.date, other.date,
            "staff counts for different days do not merge"
        );
        self.by_role.merge(other.by_role);
        self.acting_by_role.merge(other.acting_by_role);
        for post in other.acting {
            let at = self.acting.partition_point(|p| *p <= post);
            self.acting.insert(at, post);
        }
    }

    /// The day counted.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::StaffOnDate;
    /// assert_eq!(StaffOnDate::new("2024-09-24".parse()?).date().to_string(), "2024-09-24");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// Posts held per role.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::StaffOnDate;
    /// assert!(StaffOnDate::new("2024-09-24".parse()?).by_role().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn by_role(&self) -> &Counter<Role> {
        &self.by_role
    }

    /// Acting posts per role.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::StaffOnDate;
    /// assert!(StaffOnDate::new("2024-09-24".parse()?).acting_by_role().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn acting_by_role(&self) -> &Counter<Role> {
        &self.acting_by_role
    }

    /// The acting posts, sorted.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::StaffOnDate;
    /// assert!(StaffOnDate::new("2024-09-24".parse()?).acting().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn acting(&self) -> &[ActingPost] {
        &self.acting
    }

    /// All posts held on the day.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::StaffOnDate;
    /// assert_eq!(StaffOnDate::new("2024-09-24".parse()?).total(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn total(&self) -> u64 {
        self.by_role.total()
    }
}

/// Posts of a registry held on `date`, by role, and the acting ones.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let staff = aggregate::staff_on(&social_services::sample::registry(), "2024-10-03".parse()?);
/// assert!(staff.total() > 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn staff_on(registry: &Registry, date: NaiveDate) -> StaffOnDate {
    let mut staff = StaffOnDate::new(date);
    for appointment in registry.appointments() {
        staff.add(appointment);
    }
    staff
}

#[cfg(test)]
mod tests {
    use super::*;

    fn appointment(
        n: &str,
        role: Role,
        acting: bool,
        start: Option<&str>,
        end: Option<&str>,
    ) -> Appointment {
        let mut a = Appointment::new(
            AppointmentId::from_name(n),
            PersonId::from_name(n),
            InstitutionId::from_name("i"),
            role,
        );
        a.acting = acting;
        a.start = start.map(|s| s.parse().unwrap());
        a.end = end.map(|s| s.parse().unwrap());
        a
    }

    #[test]
    fn counts_posts_held_on_the_day_and_lists_acting_ones() {
        let mut staff = StaffOnDate::new("2024-09-24".parse().unwrap());
        staff.add(&appointment("a", Role::Director, true, None, None));
        staff.add(&appointment(
            "b",
            Role::HeadOfDepartment,
            false,
            Some("2020"),
            None,
        ));
        staff.add(&appointment(
            "c",
            Role::Director,
            false,
            Some("2019"),
            Some("2023-12"),
        ));
        staff.add(&appointment(
            "d",
            Role::Specialist,
            false,
            Some("2025"),
            None,
        ));
        assert_eq!(staff.total(), 2);
        assert_eq!(staff.by_role().get(&Role::Director), 1);
        assert_eq!(staff.acting_by_role().get(&Role::Director), 1);
        assert_eq!(staff.acting().len(), 1);
        assert_eq!(staff.acting()[0].person, PersonId::from_name("a"));
    }

    #[test]
    fn split_then_merge_equals_whole() {
        let all = [
            appointment("a", Role::Director, true, None, None),
            appointment("b", Role::Minister, false, None, None),
            appointment("c", Role::Director, true, Some("2024"), None),
        ];
        let date: NaiveDate = "2024-09-24".parse().unwrap();
        let mut whole = StaffOnDate::new(date);
        for a in &all {
            whole.add(a);
        }
        for at in 0..=all.len() {
            let (mut left, mut right) = (StaffOnDate::new(date), StaffOnDate::new(date));
            for a in &all[..at] {
                left.add(a);
            }
            for a in &all[at..] {
                right.add(a);
            }
            right.merge(left);
            assert_eq!(right, whole);
        }
    }
}
