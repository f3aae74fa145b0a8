//! Programme coverage: participating federal subjects out of all of them.

use crate::records::{FigureScope, Measure, Programme, ProgrammeId, StatedCount};
use crate::registry::Registry;
use crate::values::FederalSubject;

/// How much of the country a programme covers: the federal subjects listed as taking part and
/// the number the source states, each out of all federal subjects.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let coverage = aggregate::programme_coverage(&social_services::sample::registry());
/// let pilot = coverage.iter().find(|c| c.title.starts_with("Пилотный проект")).unwrap();
/// assert_eq!(pilot.stated.unwrap().value(), 69);
/// assert_eq!(pilot.subjects, 89);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ProgrammeCoverage {
    /// The programme.
    pub programme: ProgrammeId,
    /// Its title.
    pub title: String,
    /// Federal subjects listed by code as taking part.
    pub listed: u64,
    /// The number of federal subjects the source states.
    pub stated: Option<StatedCount>,
    /// All federal subjects.
    pub subjects: u64,
}

impl ProgrammeCoverage {
    /// The coverage of one programme.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{ProgrammeId, ProgrammeKind}, Programme};
    /// use social_services::aggregate::ProgrammeCoverage;
    /// let mut p = Programme::new(ProgrammeId::new_v4(), "Пилот", ProgrammeKind::PilotProject);
    /// p.regions = vec!["37".parse()?, "71".parse()?, "71".parse()?];
    /// assert_eq!(ProgrammeCoverage::of(&p).listed, 2);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn of(programme: &Programme) -> Self {
        let mut regions = programme.regions.clone();
        regions.sort_unstable();
        regions.dedup();
        Self {
            programme: programme.id,
            title: programme.title.clone(),
            listed: regions.len() as u64,
            stated: None,
            subjects: FederalSubject::COUNT as u64,
        }
    }

    /// The share of federal subjects listed, from 0 to 1.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{ProgrammeId, ProgrammeKind}, Programme};
    /// use social_services::aggregate::ProgrammeCoverage;
    /// let p = Programme::new(ProgrammeId::new_v4(), "Пилот", ProgrammeKind::PilotProject);
    /// assert_eq!(ProgrammeCoverage::of(&p).listed_share(), 0.0);
    /// ```
    pub fn listed_share(&self) -> f64 {
        share(self.listed, self.subjects)
    }

    /// The share of federal subjects the source states, from 0 to 1 (of the stated number,
    /// whatever its qualifier).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate;
    /// let coverage = aggregate::programme_coverage(&social_services::sample::registry());
    /// let pilot = coverage.iter().find(|c| c.stated.is_some()).unwrap();
    /// assert!((pilot.stated_share().unwrap() - 69.0 / 89.0).abs() < 1e-12);
    /// ```
    pub fn stated_share(&self) -> Option<f64> {
        self.stated.map(|s| share(s.value(), self.subjects))
    }

    /// The figure to print: the stated one when it is at least the listed count, otherwise the
    /// listed count (exact).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate;
    /// let coverage = aggregate::programme_coverage(&social_services::sample::registry());
    /// let pilot = coverage.iter().find(|c| c.stated.is_some()).unwrap();
    /// assert_eq!(pilot.best().to_string(), "69");
    /// ```
    pub fn best(&self) -> StatedCount {
        match self.stated {
            Some(stated) if stated.value() >= self.listed => stated,
            _ => StatedCount::exact(self.listed),
        }
    }
}

fn share(part: u64, whole: u64) -> f64 {
    // Both are at most the number of federal subjects.
    #[allow(clippy::cast_precision_loss)]
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// The coverage of every programme of a registry, in registry order.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let coverage = aggregate::programme_coverage(&social_services::sample::registry());
/// assert_eq!(coverage.len(), social_services::sample::registry().programmes().count());
/// ```
pub fn programme_coverage(registry: &Registry) -> Vec<ProgrammeCoverage> {
    registry
        .programmes()
        .map(|p| coverage_in(registry, p))
        .collect()
}

/// The coverage of one programme of a registry: [`ProgrammeCoverage::of`], with the latest
/// `federal_subjects` count stated for the programme as a
/// [`StatedFigure`](crate::StatedFigure).
pub(crate) fn coverage_in(registry: &Registry, programme: &Programme) -> ProgrammeCoverage {
    let mut coverage = ProgrammeCoverage::of(programme);
    coverage.stated = super::stated::latest_stated(
        registry,
        &Measure::FederalSubjects,
        FigureScope::Programme(programme.id),
    );
    coverage
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::ProgrammeKind;

    #[test]
    fn listed_regions_are_counted_once_and_stated_kept() {
        let mut p = Programme::new(
            ProgrammeId::from_name("p"),
            "p",
            ProgrammeKind::PilotProject,
        );
        p.regions = vec![
            "37".parse().unwrap(),
            "37".parse().unwrap(),
            "71".parse().unwrap(),
        ];
        let mut c = ProgrammeCoverage::of(&p);
        assert_eq!(c.stated, None);
        c.stated = Some(StatedCount::exact(69));
        assert_eq!(c.listed, 2);
        assert_eq!(c.best(), StatedCount::exact(69));
        assert!((c.listed_share() - 2.0 / 89.0).abs() < 1e-12);
    }

    #[test]
    fn a_stated_figure_below_the_listed_count_gives_way() {
        let mut p = Programme::new(
            ProgrammeId::from_name("p"),
            "p",
            ProgrammeKind::PilotProject,
        );
        p.regions = vec!["37".parse().unwrap(), "71".parse().unwrap()];
        let mut c = ProgrammeCoverage::of(&p);
        c.stated = Some(StatedCount::exact(1));
        assert_eq!(c.best(), StatedCount::exact(2));
    }
}
