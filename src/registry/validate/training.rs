//! Training: `training.programme_outside_site` and a cohort's `count.impossible`.

use crate::records::EnrollmentStatus;
use crate::registry::IssueCode;

use super::{Checker, at};

impl Checker<'_> {
    /// Checks every cohort against its site and its capacity.
    ///
    /// DESIGN.md asks to reject "an enrollment outside its cohort's site's programmes". An
    /// enrollment names no programme of its own: it is in its cohort's. So the rule is read as:
    /// a cohort's programme must be one of its training site's programmes (a cohort with no
    /// programme is not checked).
    ///
    /// A cohort's capacity is its number of places: the trainees who hold one — enrollments
    /// that are not withdrawn, plus the head-counts per region — must not exceed it. A
    /// withdrawn trainee gave the place back, so is not counted.
    pub(super) fn check_training(&mut self) {
        for (i, cohort) in self.dataset.cohorts.iter().enumerate() {
            let path = at("cohorts", i);
            if let (Some(programme), Some(&site)) = (
                cohort.programme,
                self.index.training_sites.get(&cohort.site),
            ) && !self.dataset.training_sites[site]
                .programmes
                .contains(&programme)
            {
                self.error(
                    IssueCode::TrainingProgrammeOutsideSite,
                    path.field("programme"),
                    format!(
                        "programme {programme} is not one of the programmes of its training site (training_sites[{site}])"
                    ),
                );
            }
            if let Some(capacity) = cohort.capacity {
                let enrolled = cohort
                    .enrollments
                    .iter()
                    .filter(|e| e.status != EnrollmentStatus::Withdrawn)
                    .count() as u64;
                let counted: u64 = cohort.head_counts.iter().map(|c| u64::from(c.count)).sum();
                let trainees = enrolled + counted;
                if trainees > u64::from(capacity) {
                    self.error(
                        IssueCode::CountImpossible,
                        path.field("capacity"),
                        format!(
                            "{trainees} trainees hold a place ({enrolled} enrolled, {counted} in head-counts), more than the capacity of {capacity}"
                        ),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{issues, programme_id, row, valid};
    use crate::records::{Enrollment, EnrollmentStatus};

    #[test]
    fn rejects_a_cohort_whose_programme_is_not_its_sites() {
        let mut dataset = valid();
        dataset.cohorts[0].programme = Some(programme_id(0));
        assert_eq!(
            issues(&dataset),
            [row(
                "error",
                "training.programme_outside_site",
                "cohorts[0].programme",
                &format!(
                    "programme {} is not one of the programmes of its training site (training_sites[0])",
                    programme_id(0)
                ),
            )]
        );
    }

    #[test]
    fn accepts_a_cohort_with_no_programme() {
        let mut dataset = valid();
        dataset.cohorts[0].programme = None;
        dataset.training_sites[0].programmes.clear();
        assert!(issues(&dataset).is_empty());
    }

    #[test]
    fn rejects_more_trainees_than_places() {
        let mut dataset = valid();
        // 1 completed + 1 withdrawn enrollment and 10 by head-count: 11 hold a place of 12.
        dataset.cohorts[0]
            .enrollments
            .push(Enrollment::new(EnrollmentStatus::Withdrawn));
        dataset.cohorts[0]
            .enrollments
            .push(Enrollment::new(EnrollmentStatus::Enrolled));
        assert!(issues(&dataset).is_empty());
        dataset.cohorts[0]
            .enrollments
            .push(Enrollment::new(EnrollmentStatus::Completed));
        assert_eq!(
            issues(&dataset),
            [row(
                "error",
                "count.impossible",
                "cohorts[0].capacity",
                "13 trainees hold a place (3 enrolled, 10 in head-counts), more than the capacity of 12",
            )]
        );
    }
}
