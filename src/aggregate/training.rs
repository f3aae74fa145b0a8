//! Training output of a training site: by year, by home region, completion, cumulative totals.

use chrono::Datelike;

use crate::records::{
    Cohort, EnrollmentStatus, FigureScope, Measure, StatedCount, TrainingSite, TrainingSiteId,
};
use crate::registry::Registry;

use super::{Counter, RegionCounter, StatedTotal};

/// What a training site has produced.
///
/// A trainee counts as trained when their enrollment is `completed`; head-counts per region
/// (published when persons are unknown) count as trained too. The year of a cohort is the year
/// its dates end in (`None` when it has no dates). The completion rate is completed enrollments
/// out of those that ended (completed or withdrawn). The latest `specialists_trained`
/// [`StatedFigure`](crate::StatedFigure) for the site («более 250») is kept beside the counted
/// one and never replaced by it.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let registry = social_services::sample::registry();
/// let site = registry.training_sites().next().unwrap();
/// let output = aggregate::training_output(&registry, site.id).unwrap();
/// assert_eq!(output.stated.unwrap().to_string(), "более 250");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TrainingOutput {
    /// The site.
    pub site: TrainingSiteId,
    /// Its topic.
    pub topic: String,
    /// Trained per year.
    pub by_year: Counter<Option<i32>>,
    /// Trained per home region.
    pub by_home_region: RegionCounter,
    /// Trained with no known home region.
    pub without_home_region: u64,
    /// Enrollments per status.
    pub by_status: Counter<EnrollmentStatus>,
    /// Trained counted from head-counts.
    pub head_counted: u64,
    /// Cohorts counted.
    pub cohorts: u64,
    /// The number of trained specialists the source states: the latest `specialists_trained`
    /// stated figure for the site (filled by [`training_output`]; `None` from [`Self::new`]).
    pub stated: Option<StatedCount>,
}

impl TrainingOutput {
    /// An empty output of a site.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{InstitutionId, Level, TrainingSiteId}, TrainingSite};
    /// use social_services::aggregate::TrainingOutput;
    /// let site = TrainingSite::new(TrainingSiteId::new_v4(), InstitutionId::new_v4(), Level::Federal, "Создание Семейных МФЦ");
    /// assert_eq!(TrainingOutput::new(&site).trained(), 0);
    /// ```
    pub fn new(site: &TrainingSite) -> Self {
        Self {
            site: site.id,
            topic: site.topic.clone(),
            by_year: Counter::new(),
            by_home_region: RegionCounter::new(),
            without_home_region: 0,
            by_status: Counter::new(),
            head_counted: 0,
            cohorts: 0,
            stated: None,
        }
    }

    /// Counts one cohort of the site (a cohort of another site is ignored).
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{CohortFormat, CohortId, Enrollment, EnrollmentStatus, InstitutionId, Level, TrainingSiteId}, Cohort, TrainingSite};
    /// use social_services::aggregate::TrainingOutput;
    /// let site = TrainingSite::new(TrainingSiteId::new_v4(), InstitutionId::new_v4(), Level::Federal, "МФЦ");
    /// let mut cohort = Cohort::new(CohortId::new_v4(), site.id, "Поток 1", CohortFormat::InPerson);
    /// cohort.enrollments.push(Enrollment::new(EnrollmentStatus::Completed));
    /// let mut output = TrainingOutput::new(&site);
    /// output.add(&cohort);
    /// assert_eq!(output.trained(), 1);
    /// ```
    pub fn add(&mut self, cohort: &Cohort) {
        if cohort.site != self.site {
            return;
        }
        self.cohorts += 1;
        let year = cohort.dates.map(|d| d.end().year());
        for enrollment in &cohort.enrollments {
            self.by_status.increment(enrollment.status.clone());
            if enrollment.status == EnrollmentStatus::Completed {
                self.by_year.increment(year);
                match enrollment.home_region {
                    Some(region) => self.by_home_region.increment(region),
                    None => self.without_home_region += 1,
                }
            }
        }
        for head_count in &cohort.head_counts {
            let n = u64::from(head_count.count);
            self.head_counted += n;
            self.by_year.add(year, n);
            self.by_home_region.add(head_count.region, n);
        }
    }

    /// Adds everything counted by another output of the same site.
    ///
    /// # Panics
    /// When the outputs are of different sites.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{InstitutionId, Level, TrainingSiteId}, TrainingSite};
    /// use social_services::aggregate::TrainingOutput;
    /// let site = TrainingSite::new(TrainingSiteId::new_v4(), InstitutionId::new_v4(), Level::Federal, "МФЦ");
    /// let mut a = TrainingOutput::new(&site);
    /// a.merge(TrainingOutput::new(&site));
    /// assert_eq!(a.cohorts, 0);
    /// ```
    pub fn merge(&mut self, other: TrainingOutput) {
        assert_eq!(
            self.site, other.site,
            "outputs of different training sites do not merge"
        );
        self.by_year.merge(other.by_year);
        self.by_home_region.merge(&other.by_home_region);
        self.without_home_region += other.without_home_region;
        self.by_status.merge(other.by_status);
        self.head_counted += other.head_counted;
        self.cohorts += other.cohorts;
    }

    /// Trained specialists counted from the records (completed enrollments and head-counts).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate;
    /// let registry = social_services::sample::registry();
    /// let site = registry.training_sites().next().unwrap();
    /// assert_eq!(aggregate::training_output(&registry, site.id).unwrap().trained(), 0);
    /// ```
    pub fn trained(&self) -> u64 {
        self.by_year.total()
    }

    /// Completed enrollments out of those that ended, from 0 to 1; `None` when none ended.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{InstitutionId, Level, TrainingSiteId}, TrainingSite};
    /// use social_services::aggregate::TrainingOutput;
    /// let site = TrainingSite::new(TrainingSiteId::new_v4(), InstitutionId::new_v4(), Level::Federal, "МФЦ");
    /// assert_eq!(TrainingOutput::new(&site).completion_rate(), None);
    /// ```
    pub fn completion_rate(&self) -> Option<f64> {
        let completed = self.by_status.get(&EnrollmentStatus::Completed);
        let ended = completed + self.by_status.get(&EnrollmentStatus::Withdrawn);
        // Enrollment counts stay far below 2^52.
        #[allow(clippy::cast_precision_loss)]
        (ended > 0).then(|| completed as f64 / ended as f64)
    }

    /// Trained per year with the running total, years in order (cohorts with no dates last).
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{InstitutionId, Level, TrainingSiteId}, TrainingSite};
    /// use social_services::aggregate::TrainingOutput;
    /// let site = TrainingSite::new(TrainingSiteId::new_v4(), InstitutionId::new_v4(), Level::Federal, "МФЦ");
    /// assert!(TrainingOutput::new(&site).cumulative().is_empty());
    /// ```
    pub fn cumulative(&self) -> Vec<(Option<i32>, u64, u64)> {
        let mut years: Vec<(Option<i32>, u64)> = self
            .by_year
            .sorted()
            .into_iter()
            .map(|(y, n)| (*y, n))
            .collect();
        // `None` sorts first; undated cohorts go last.
        let undated_first = usize::from(years.first().is_some_and(|(y, _)| y.is_none()));
        years.rotate_left(undated_first);
        let mut running = 0;
        years
            .into_iter()
            .map(|(year, n)| {
                running += n;
                (year, n, running)
            })
            .collect()
    }

    /// The total to print: the stated figure with what the records add beyond it is unknown,
    /// so the stated figure when there is one, else the counted total (exact).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate;
    /// let registry = social_services::sample::registry();
    /// let site = registry.training_sites().next().unwrap();
    /// assert_eq!(aggregate::training_output(&registry, site.id).unwrap().best().to_string(), "более 250");
    /// ```
    pub fn best(&self) -> StatedCount {
        match self.stated {
            Some(stated) if stated.value() >= self.trained() => stated,
            _ => StatedCount::exact(self.trained()),
        }
    }
}

/// The training output of one site; `None` when the registry has no site with that id.
///
/// # Example
/// ```
/// use social_services::{aggregate, records::TrainingSiteId};
/// assert!(aggregate::training_output(&social_services::sample::registry(), TrainingSiteId::new_v4()).is_none());
/// ```
pub fn training_output(registry: &Registry, site: TrainingSiteId) -> Option<TrainingOutput> {
    let site = registry.training_site(site)?;
    let mut output = TrainingOutput::new(site);
    output.stated = super::stated::latest_stated(
        registry,
        &Measure::SpecialistsTrained,
        FigureScope::TrainingSite(site.id),
    );
    for cohort in registry.cohorts_of(site.id) {
        output.add(cohort);
    }
    Some(output)
}

/// The stated totals of all training sites added up, qualifiers kept («более 250» + 40 =
/// «более 290»).
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let total = aggregate::stated_trained_total(&social_services::sample::registry());
/// assert_eq!(total.to_string(), "более 250");
/// ```
pub fn stated_trained_total(registry: &Registry) -> StatedTotal {
    registry
        .training_sites()
        .map(|site| training_output(registry, site.id).map_or(StatedCount::exact(0), |o| o.best()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{
        CohortFormat, CohortId, Enrollment, InstitutionId, Level, RegionHeadCount,
    };

    fn site() -> TrainingSite {
        TrainingSite::new(
            TrainingSiteId::from_name("s"),
            InstitutionId::from_name("i"),
            Level::Federal,
            "МФЦ",
        )
    }

    fn cohort(
        n: &str,
        dates: &str,
        statuses: &[EnrollmentStatus],
        head_counts: &[(&str, u32)],
    ) -> Cohort {
        let mut c = Cohort::new(CohortId::from_name(n), site().id, n, CohortFormat::InPerson);
        c.dates = Some(dates.parse().unwrap());
        c.enrollments = statuses
            .iter()
            .map(|s| Enrollment {
                home_region: Some("37".parse().unwrap()),
                ..Enrollment::new(s.clone())
            })
            .collect();
        c.head_counts = head_counts
            .iter()
            .map(|&(r, count)| RegionHeadCount {
                region: r.parse().unwrap(),
                count,
            })
            .collect();
        c
    }

    #[test]
    fn counts_completed_and_head_counted_by_year_and_region() {
        let mut output = TrainingOutput::new(&site());
        output.stated = Some(StatedCount::more_than(250));
        output.add(&cohort(
            "a",
            "2023-03-01/2023-03-05",
            &[EnrollmentStatus::Completed, EnrollmentStatus::Withdrawn],
            &[],
        ));
        output.add(&cohort(
            "b",
            "2024-02-01/2024-02-05",
            &[EnrollmentStatus::Completed],
            &[("71", 10)],
        ));
        assert_eq!(output.trained(), 12);
        assert_eq!(output.by_year.get(&Some(2024)), 11);
        assert_eq!(output.by_home_region.get("71".parse().unwrap()), 10);
        assert_eq!(output.completion_rate(), Some(2.0 / 3.0));
        assert_eq!(
            output.cumulative(),
            vec![(Some(2023), 1, 1), (Some(2024), 11, 12)]
        );
        assert_eq!(output.best(), StatedCount::more_than(250));
    }

    #[test]
    fn undated_cohorts_come_last_in_the_running_total() {
        let mut output = TrainingOutput::new(&site());
        let mut undated = cohort("u", "2023-01-01", &[EnrollmentStatus::Completed], &[]);
        undated.dates = None;
        output.add(&undated);
        output.add(&cohort(
            "a",
            "2023-03-01",
            &[EnrollmentStatus::Completed],
            &[],
        ));
        assert_eq!(output.cumulative(), vec![(Some(2023), 1, 1), (None, 1, 2)]);
    }

    #[test]
    fn split_then_merge_equals_whole() {
        let cohorts = [
            cohort(
                "a",
                "2023-03-01",
                &[EnrollmentStatus::Completed],
                &[("71", 2)],
            ),
            cohort("b", "2024-03-01", &[EnrollmentStatus::Withdrawn], &[]),
            cohort(
                "c",
                "2024-05-01",
                &[EnrollmentStatus::Enrolled],
                &[("37", 1)],
            ),
        ];
        let mut whole = TrainingOutput::new(&site());
        for c in &cohorts {
            whole.add(c);
        }
        for at in 0..=cohorts.len() {
            let (mut left, mut right) =
                (TrainingOutput::new(&site()), TrainingOutput::new(&site()));
            for c in &cohorts[..at] {
                left.add(c);
            }
            for c in &cohorts[at..] {
                right.add(c);
            }
            right.merge(left);
            assert_eq!(right, whole);
        }
    }
}
