//! Stated figures: `reference.*` for their scope, `stated_figure.measure_scope`,
//! `stated_figure.no_date`, `stated_figure.date_and_period`, `stated_figure.ordinal_for_period`,
//! `stated_figure.outside_scope_life` and their `count.impossible`.

use crate::registry::IssueCode;
use chrono::NaiveDate;

use crate::records::{FigureScope, FigureValue, Measure, StatedFigure};
use crate::registry::IssuePath;
use crate::values::{FederalSubject, KnownDate, PartialDate};

use super::{Checker, at};

/// When a scope's record opened (or started) and closed (or ended), when it has a life.
type Life = (Option<KnownDate>, Option<KnownDate>);

impl Checker<'_> {
    /// Checks every stated figure.
    pub(super) fn check_figures(&mut self) {
        for (i, figure) in self.dataset.stated_figures.iter().enumerate() {
            let path = || at("stated_figures", i);
            let life = self.scope_life(figure.scope, || path().field("scope"));
            if !figure.measure.fits(figure.scope.kind()) {
                self.error(
                    IssueCode::StatedFigureMeasureScope,
                    path().field("measure"),
                    format!(
                        "measure {} is not stated for a {} (scope {})",
                        figure.measure,
                        figure.scope.kind().as_str(),
                        figure.scope
                    ),
                );
            }
            self.figure_time(figure, &path);
            if let Some(life) = life {
                self.inside_life(figure, life, &path);
            }
            if figure.measure == Measure::FederalSubjects
                && figure.value.lower_bound() > FederalSubject::COUNT as u64
            {
                self.error(
                    IssueCode::CountImpossible,
                    path().field("value"),
                    format!(
                        "{} federal subjects stated, but there are only {}",
                        figure.value,
                        FederalSubject::COUNT
                    ),
                );
            }
        }
    }

    /// Resolves the record a scope names and returns its life (`None` when it has none or is
    /// unknown).
    fn scope_life(&mut self, scope: FigureScope, path: impl FnOnce() -> IssuePath) -> Option<Life> {
        let dataset = self.dataset;
        match scope {
            FigureScope::Network | FigureScope::Region(_) => None,
            FigureScope::Institution(id) => {
                let i = self.institution_ref(id, path)?;
                let institution = &dataset.institutions[i];
                Some((institution.opened, institution.closed))
            }
            FigureScope::Department(id) => {
                let found = self.index.departments.get(&id).copied();
                let (i, j) = self.resolve(
                    found,
                    id,
                    IssueCode::ReferenceUnknownDepartment,
                    "department",
                    path,
                )?;
                let department = &dataset.institutions[i].departments[j];
                Some((department.opened, department.closed))
            }
            FigureScope::ServicePoint(id) => {
                let found = self.index.service_points.get(&id).copied();
                let i = self.resolve(
                    found,
                    id,
                    IssueCode::ReferenceUnknownServicePoint,
                    "service point",
                    path,
                )?;
                let point = &dataset.service_points[i];
                Some((point.opened, point.closed))
            }
            FigureScope::Programme(id) => {
                let found = self.index.programmes.get(&id).copied();
                let i = self.resolve(
                    found,
                    id,
                    IssueCode::ReferenceUnknownProgramme,
                    "programme",
                    path,
                )?;
                let programme = &dataset.programmes[i];
                Some((
                    programme.start.map(KnownDate::from),
                    programme.end.map(KnownDate::from),
                ))
            }
            FigureScope::Event(id) => {
                let found = self.index.events.get(&id).copied();
                let i = self.resolve(found, id, IssueCode::ReferenceUnknownEvent, "event", path)?;
                let dates = dataset.events[i].dates;
                let day = |d| PartialDate::try_from(d).ok().map(KnownDate::from);
                Some((day(dates.start()), day(dates.end())))
            }
            FigureScope::TrainingSite(id) => {
                let found = self.index.training_sites.get(&id).copied();
                self.resolve(
                    found,
                    id,
                    IssueCode::ReferenceUnknownTrainingSite,
                    "training site",
                    path,
                );
                None
            }
            FigureScope::Service(id) => {
                let found = self.index.services.get(&id).copied();
                self.resolve(
                    found,
                    id,
                    IssueCode::ReferenceUnknownService,
                    "service",
                    path,
                );
                None
            }
        }
    }

    /// A figure holds at a date or for a period, one of the two; an ordinal at a date.
    fn figure_time(&mut self, figure: &StatedFigure, path: &impl Fn() -> IssuePath) {
        match (figure.date, figure.period) {
            // A warning: a version-1 programme's `stated_regions` had no date, and a figure
            // with none is still the stated figure of its scope where no dated one is (it is
            // placed at no date in the network's history).
            (None, None) => self.warning(
                IssueCode::StatedFigureNoDate,
                path(),
                format!(
                    "figure {} of {} for {} has neither a date nor a period",
                    figure.value, figure.measure, figure.scope
                ),
            ),
            (Some(date), Some(period)) => self.error(
                IssueCode::StatedFigureDateAndPeriod,
                path().field("period"),
                format!(
                    "figure {} of {} holds at {date} and for {period}: give one of the two",
                    figure.value, figure.measure
                ),
            ),
            (None, Some(period)) if matches!(figure.value, FigureValue::Ordinal(_)) => self.error(
                IssueCode::StatedFigureOrdinalForPeriod,
                path().field("period"),
                format!(
                    "ordinal {} is for period {period}: an ordinal holds at a date",
                    figure.value
                ),
            ),
            _ => {}
        }
    }

    /// A figure for a record holds while the record exists: not wholly before it opened, not
    /// wholly after it closed.
    fn inside_life(&mut self, figure: &StatedFigure, life: Life, path: &impl Fn() -> IssuePath) {
        let (first, last, field): (Option<NaiveDate>, Option<NaiveDate>, _) =
            match (figure.date, figure.period) {
                (Some(date), _) => (date.earliest(), date.latest(), "date"),
                (None, Some(period)) => {
                    (Some(period.first_day()), Some(period.last_day()), "period")
                }
                (None, None) => return,
            };
        let shown = figure
            .date
            .map(|d| d.to_string())
            .or_else(|| figure.period.map(|p| p.to_string()))
            .unwrap_or_default();
        let (opened, closed) = life;
        if let (Some(last), Some(opened)) = (last, opened)
            && opened.earliest().is_some_and(|began| last < began)
        {
            self.error(
                IssueCode::StatedFigureOutsideScopeLife,
                path().field(field),
                format!(
                    "{field} {shown} is before {} began ({opened})",
                    figure.scope
                ),
            );
        } else if let (Some(first), Some(closed)) = (first, closed)
            && closed.latest().is_some_and(|ended| first > ended)
        {
            self.error(
                IssueCode::StatedFigureOutsideScopeLife,
                path().field(field),
                format!("{field} {shown} is after {} ended ({closed})", figure.scope),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{department_id, institution_id, issues, row, valid};
    use crate::records::{
        EventId, FigureScope, Measure, StatedCount, StatedFigure, StatedFigureId,
    };

    /// The figures with distinct ids.
    fn numbered(mut figures: Vec<StatedFigure>) -> Vec<StatedFigure> {
        for (n, f) in figures.iter_mut().enumerate() {
            f.id = StatedFigureId::from_name(&format!("figure {n}"));
        }
        figures
    }

    fn figure(
        measure: Measure,
        scope: FigureScope,
        value: &str,
        date: Option<&str>,
    ) -> StatedFigure {
        let mut f = StatedFigure::new(
            StatedFigureId::from_name(value),
            measure,
            scope,
            value.parse().unwrap(),
        );
        f.date = date.map(|d| d.parse().unwrap());
        f
    }

    #[test]
    fn accepts_figures_for_the_network_a_region_and_a_record_in_its_life() {
        let mut dataset = valid();
        dataset.stated_figures = numbered(vec![
            figure(
                Measure::FamilyMfcs,
                FigureScope::Network,
                "21",
                Some("2023-04-30"),
            ),
            figure(
                Measure::FamilyMfcs,
                "region:71".parse().unwrap(),
                "14-й",
                Some("не позднее 2024-05"),
            ),
            figure(
                Measure::FamiliesServed,
                FigureScope::Department(department_id(1)),
                "более 40",
                Some("2025"),
            ),
        ]);
        assert_eq!(issues(&dataset), []);
    }

    #[test]
    fn rejects_an_unknown_scope_and_a_measure_that_does_not_fit_it() {
        let mut dataset = valid();
        let nowhere = EventId::from_name("nowhere");
        dataset.stated_figures = numbered(vec![figure(
            Measure::FamilyMfcs,
            FigureScope::Event(nowhere),
            "3",
            Some("2024"),
        )]);
        assert_eq!(
            issues(&dataset),
            [
                row(
                    "error",
                    "reference.unknown_event",
                    "stated_figures[0].scope",
                    &format!("no event has id {nowhere}")
                ),
                row(
                    "error",
                    "stated_figure.measure_scope",
                    "stated_figures[0].measure",
                    &format!(
                        "measure family_mfcs is not stated for a event (scope event:{nowhere})"
                    )
                ),
            ]
        );
    }

    #[test]
    fn rejects_a_figure_without_time_with_both_or_an_ordinal_for_a_period() {
        let mut dataset = valid();
        let mut both = figure(
            Measure::FamilyMfcs,
            FigureScope::Network,
            "21",
            Some("2023-04-30"),
        );
        both.period = Some("2023".parse().unwrap());
        let mut ordinal = figure(Measure::FamilyMfcs, FigureScope::Network, "5-й", None);
        ordinal.period = Some("2023-H1".parse().unwrap());
        dataset.stated_figures = numbered(vec![
            figure(Measure::FamilyMfcs, FigureScope::Network, "21", None),
            both,
            ordinal,
        ]);
        assert_eq!(
            issues(&dataset),
            [
                row(
                    "warning",
                    "stated_figure.no_date",
                    "stated_figures[0]",
                    "figure 21 of family_mfcs for network has neither a date nor a period"
                ),
                row(
                    "error",
                    "stated_figure.date_and_period",
                    "stated_figures[1].period",
                    "figure 21 of family_mfcs holds at 2023-04-30 and for 2023: give one of the two"
                ),
                row(
                    "error",
                    "stated_figure.ordinal_for_period",
                    "stated_figures[2].period",
                    "ordinal 5-й is for period 2023-H1: an ordinal holds at a date"
                ),
            ]
        );
    }

    #[test]
    fn rejects_a_figure_before_its_institution_opened_and_an_impossible_count() {
        let mut dataset = valid();
        let tula = FigureScope::Institution(institution_id(2));
        let mut impossible = figure(
            Measure::FederalSubjects,
            FigureScope::Network,
            "90",
            Some("2024"),
        );
        impossible.value = StatedCount::more_than(89).into();
        dataset.stated_figures = numbered(vec![
            figure(Measure::FamiliesServed, tula, "100", Some("2022-06")),
            figure(
                Measure::FamiliesServed,
                tula,
                "100",
                Some("не позднее 2022"),
            ),
            figure(Measure::FamiliesServed, tula, "100", Some("не ранее 2022")),
            impossible,
        ]);
        let id = institution_id(2);
        assert_eq!(
            issues(&dataset),
            [
                row(
                    "error",
                    "stated_figure.outside_scope_life",
                    "stated_figures[0].date",
                    &format!("date 2022-06 is before institution:{id} began (2023)")
                ),
                row(
                    "error",
                    "stated_figure.outside_scope_life",
                    "stated_figures[1].date",
                    &format!("date не позднее 2022 is before institution:{id} began (2023)")
                ),
                row(
                    "error",
                    "count.impossible",
                    "stated_figures[3].value",
                    "более 89 federal subjects stated, but there are only 89"
                ),
            ]
        );
    }
}
