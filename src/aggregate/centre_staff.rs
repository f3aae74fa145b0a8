//! Staff per family MFC, where appointments are known.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Serialize;

use crate::records::Institution;
use crate::registry::Registry;
use crate::values::RegionCode;

use super::FamilyMfc;
use super::institutions::centres_of;
use super::period::held_on;

/// The people working at one family MFC on a date.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let staff = aggregate::staff_per_family_mfc(&social_services::sample::registry(), None, "2024-10-03".parse()?);
/// assert!(staff.centres().iter().all(|c| c.people > 0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct CentreStaff {
    /// The family MFC.
    pub centre: FamilyMfc,
    /// Distinct people holding a post there on the date.
    pub people: u64,
}

/// Staff per family MFC on a date, for the family MFCs whose appointments are known: each
/// family MFC with at least one appointment held on the date, with the number of distinct
/// people, and the mean.
///
/// The people of a family-MFC institution are those holding a post at the institution (in any
/// of its departments); those of a family-MFC department are those whose post is in that
/// department. A post is held on the date when it began on or before it (unknown: long ago)
/// and had not ended before it (unknown: still held; an end known to the month or year counts
/// to its last day). Family MFCs with no post held on the date are left out, not counted as
/// zero: the data say nothing about their staff.
///
/// Partial results for the same date merge (associative and commutative, the empty value as
/// identity).
///
/// # Example
/// ```
/// use social_services::{records::{AppointmentId, InstitutionId, InstitutionKind, Level, PersonId, Role}, Appointment, Dataset, Institution, Person, Registry};
/// use social_services::aggregate;
///
/// let centre = InstitutionId::from_name("Семейный МФЦ № 1");
/// let mut institution = Institution::new(centre, "Семейный МФЦ № 1", InstitutionKind::FamilyMfc, Level::Regional);
/// institution.opened = Some("2023".parse()?);
/// let mut dataset = Dataset::new();
/// dataset.institutions.push(institution);
/// for name in ["Андреева А.А.", "Борисова Б.Б."] {
///     let person = PersonId::from_name(name);
///     dataset.persons.push(Person::new(person, name.parse()?));
///     dataset.appointments.push(Appointment::new(AppointmentId::from_name(&format!("post of {name}")), person, centre, Role::Specialist));
/// }
/// let registry = Registry::new(dataset)?;
/// let staff = aggregate::staff_per_family_mfc(&registry, None, "2025-08-31".parse()?);
/// assert_eq!(staff.centres()[0].people, 2);
/// assert_eq!(staff.mean(), Some(2.0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaffPerFamilyMfc {
    date: NaiveDate,
    centres: Vec<CentreStaff>,
}

impl StaffPerFamilyMfc {
    /// An empty count for a date.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::StaffPerFamilyMfc;
    /// assert!(StaffPerFamilyMfc::new("2025-08-31".parse()?).centres().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(date: NaiveDate) -> Self {
        Self {
            date,
            centres: Vec::new(),
        }
    }

    /// Counts the people of the family MFCs of one of the registry's institutions: itself, or
    /// its family-MFC departments.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::StaffPerFamilyMfc;
    /// let registry = social_services::sample::registry();
    /// let mut staff = StaffPerFamilyMfc::new("2024-10-03".parse()?);
    /// for institution in registry.institutions() {
    ///     staff.add(&registry, institution);
    /// }
    /// assert_eq!(staff, social_services::aggregate::staff_per_family_mfc(&registry, None, "2024-10-03".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add(&mut self, registry: &Registry, institution: &Institution) {
        for centre in centres_of(institution) {
            let people: BTreeSet<_> = registry
                .appointments_in(institution.id)
                .filter(|a| {
                    centre.mfc.department.is_none() || a.department == centre.mfc.department
                })
                .filter(|a| held_on(a.start, a.end, self.date))
                .map(|a| a.person)
                .collect();
            if !people.is_empty() {
                self.insert(CentreStaff {
                    centre: centre.mfc,
                    people: people.len() as u64,
                });
            }
        }
    }

    fn insert(&mut self, staff: CentreStaff) {
        let at = self.centres.partition_point(|c| *c <= staff);
        self.centres.insert(at, staff);
    }

    /// Adds everything counted by another result for the same date.
    ///
    /// # Panics
    /// When the two results are for different dates.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::StaffPerFamilyMfc;
    /// let mut a = StaffPerFamilyMfc::new("2025-08-31".parse()?);
    /// a.merge(StaffPerFamilyMfc::new("2025-08-31".parse()?));
    /// assert!(a.centres().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn merge(&mut self, other: StaffPerFamilyMfc) {
        assert_eq!(
            self.date, other.date,
            "staff per family MFC for different dates does not merge"
        );
        for staff in other.centres {
            self.insert(staff);
        }
    }

    /// The date counted.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::StaffPerFamilyMfc;
    /// assert_eq!(StaffPerFamilyMfc::new("2025-08-31".parse()?).date().to_string(), "2025-08-31");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// The family MFCs with staff known on the date, sorted by region, institution and
    /// department.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::StaffPerFamilyMfc;
    /// assert!(StaffPerFamilyMfc::new("2025-08-31".parse()?).centres().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn centres(&self) -> &[CentreStaff] {
        &self.centres
    }

    /// The mean number of people per family MFC with staff known; `None` when there is none.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::StaffPerFamilyMfc;
    /// assert_eq!(StaffPerFamilyMfc::new("2025-08-31".parse()?).mean(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn mean(&self) -> Option<f64> {
        if self.centres.is_empty() {
            return None;
        }
        let people: u64 = self.centres.iter().map(|c| c.people).sum();
        // Counts of people and centres are far below 2^52: the conversion is exact.
        #[allow(clippy::cast_precision_loss)]
        Some(people as f64 / self.centres.len() as f64)
    }
}

/// Staff per family MFC on `date` in the network (`region` `None`) or one federal subject (a
/// department takes its institution's region); see [`StaffPerFamilyMfc`].
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let staff = aggregate::staff_per_family_mfc(&social_services::sample::registry(), Some("71".parse()?), "2024-10-03".parse()?);
/// assert_eq!(staff.date().to_string(), "2024-10-03");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn staff_per_family_mfc(
    registry: &Registry,
    region: Option<RegionCode>,
    date: NaiveDate,
) -> StaffPerFamilyMfc {
    let mut staff = StaffPerFamilyMfc::new(date);
    for institution in registry.institutions() {
        if region.is_none() || institution.region == region {
            staff.add(registry, institution);
        }
    }
    staff
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::records::{
        Appointment, AppointmentId, Department, DepartmentId, DepartmentKind, InstitutionId,
        InstitutionKind, Level, Person, PersonId, Role,
    };
    use crate::registry::Dataset;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    const NAMES: [&str; 6] = [
        "Андреева А.А.",
        "Борисова Б.Б.",
        "Васильева В.В.",
        "Григорьева Г.Г.",
        "Дмитриева Д.Д.",
        "Егорова Е.Е.",
    ];

    /// A post: (person, institution 0 or 1, in the department, start, end).
    type Post = (
        usize,
        usize,
        bool,
        Option<&'static str>,
        Option<&'static str>,
    );

    /// A family MFC (Tula) and a КЦСОН with a family-MFC department (Ivanovo), with posts:
    /// (person, institution 0 or 1, in the department, start, end).
    fn registry(posts: &[Post]) -> Registry {
        let mut centre = Institution::new(
            InstitutionId::from_name("centre"),
            "Семейный МФЦ № 1",
            InstitutionKind::FamilyMfc,
            Level::Regional,
        );
        centre.region = Some("71".parse().unwrap());
        centre.opened = Some("2023".parse().unwrap());
        let mut kcson = Institution::new(
            InstitutionId::from_name("kcson"),
            "КЦСОН № 2",
            InstitutionKind::Kcson,
            Level::Regional,
        );
        kcson.region = Some("37".parse().unwrap());
        let mut department = Department::new(
            DepartmentId::from_name("department"),
            "Семейный МФЦ",
            DepartmentKind::FamilyMfc,
        );
        department.opened = Some("2024".parse().unwrap());
        kcson.departments.push(department);
        let mut dataset = Dataset::new();
        let ids = [centre.id, kcson.id];
        dataset.institutions = vec![centre, kcson];
        dataset.persons = NAMES
            .iter()
            .map(|n| Person::new(PersonId::from_name(n), n.parse().unwrap()))
            .collect();
        for (k, &(person, at, in_department, start, end)) in posts.iter().enumerate() {
            let mut post = Appointment::new(
                AppointmentId::from_name(&format!("post {k}")),
                PersonId::from_name(NAMES[person]),
                ids[at],
                Role::Specialist,
            );
            post.department = in_department.then(|| DepartmentId::from_name("department"));
            post.start = start.map(|s| s.parse().unwrap());
            post.end = end.map(|e| e.parse().unwrap());
            dataset.appointments.push(post);
        }
        Registry::new(dataset).unwrap()
    }

    fn people(staff: &StaffPerFamilyMfc) -> Vec<(&str, u64)> {
        staff
            .centres()
            .iter()
            .map(|c| (c.centre.name.as_str(), c.people))
            .collect()
    }

    #[test]
    fn counts_distinct_people_holding_a_post_on_the_date() {
        let registry = registry(&[
            (0, 0, false, None, None),
            // Two posts of one person are one person.
            (0, 0, false, Some("2024"), None),
            (1, 0, false, Some("2023"), Some("2025-08")),
            (2, 0, false, Some("2025-09"), None),
            (3, 0, false, Some("2022"), Some("2024")),
        ]);
        let staff = staff_per_family_mfc(&registry, None, d("2025-08-31"));
        assert_eq!(people(&staff), [("Семейный МФЦ № 1", 2)]);
        assert_eq!(staff.mean(), Some(2.0));
    }

    #[test]
    fn a_department_counts_only_the_posts_in_it() {
        let registry = registry(&[
            (0, 1, true, None, None),
            (1, 1, true, None, None),
            (2, 1, false, None, None),
            (3, 0, false, None, None),
        ]);
        let staff = staff_per_family_mfc(&registry, None, d("2025-08-31"));
        // Sorted by region: Ivanovo (37) first.
        assert_eq!(
            people(&staff),
            [("Семейный МФЦ (КЦСОН № 2)", 2), ("Семейный МФЦ № 1", 1)]
        );
        assert_eq!(staff.mean(), Some(1.5));
        let ivanovo = staff_per_family_mfc(&registry, Some("37".parse().unwrap()), d("2025-08-31"));
        assert_eq!(people(&ivanovo), [("Семейный МФЦ (КЦСОН № 2)", 2)]);
    }

    #[test]
    fn centres_without_posts_are_left_out_not_zero() {
        let registry = registry(&[(2, 1, false, None, None)]);
        let staff = staff_per_family_mfc(&registry, None, d("2025-08-31"));
        assert!(staff.centres().is_empty());
        assert_eq!(staff.mean(), None);
    }

    #[test]
    fn the_sample_states_one_post_at_each_of_its_family_mfcs() {
        // The head of the Vichuga department and the acting director of the Tula centre.
        let staff = staff_per_family_mfc(&crate::sample::registry(), None, d("2024-10-03"));
        assert_eq!(
            people(&staff),
            [
                ("Семейный многофункциональный центр (Вичугский КЦСОН)", 1),
                ("СМФЦ «Мой семейный центр»", 1),
            ]
        );
        assert_eq!(staff.mean(), Some(1.0));
    }

    #[test]
    #[should_panic(expected = "staff per family MFC for different dates does not merge")]
    fn refuses_to_merge_different_dates() {
        StaffPerFamilyMfc::new(d("2024-12-31")).merge(StaffPerFamilyMfc::new(d("2025-12-31")));
    }

    fn posts() -> impl Strategy<Value = Vec<Post>> {
        let dates = [None, Some("2023"), Some("2024-06"), Some("2025-09")];
        proptest::collection::vec(
            (
                0..NAMES.len(),
                0usize..2,
                any::<bool>(),
                0..dates.len(),
                0..dates.len(),
            )
                .prop_map(move |(p, at, dep, s, e)| {
                    // No post ends before it starts.
                    let (s, e) = if s > 0 && e > 0 && e < s {
                        (e, s)
                    } else {
                        (s, e)
                    };
                    (p, at, dep && at == 1, dates[s], dates[e])
                }),
            0..10,
        )
    }

    proptest! {
        #[test]
        fn split_by_institution_then_merge_equals_whole(posts in posts(), first in any::<bool>()) {
            let registry = registry(&posts);
            let date = d("2024-12-31");
            let institutions: Vec<_> = registry.institutions().collect();
            let (a, b) = if first { (institutions[0], institutions[1]) } else { (institutions[1], institutions[0]) };
            let mut left = StaffPerFamilyMfc::new(date);
            left.add(&registry, a);
            let mut right = StaffPerFamilyMfc::new(date);
            right.add(&registry, b);
            let mut ab = left.clone();
            ab.merge(right.clone());
            let mut ba = right;
            ba.merge(left);
            prop_assert_eq!(&ab, &ba);
            prop_assert_eq!(&ab, &staff_per_family_mfc(&registry, None, date));
            let mut with_empty = ab.clone();
            with_empty.merge(StaffPerFamilyMfc::new(date));
            prop_assert_eq!(with_empty, ab);
        }
    }
}
