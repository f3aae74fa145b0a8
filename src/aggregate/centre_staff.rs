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
/// use social_services::{Appointment, AppointmentId, Dataset, Institution, InstitutionId, InstitutionKind, Level, Person, PersonId, Registry, Role};
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
