//! `dates.end_before_start` and `service_point.opens_after_institution_closed`.

use crate::registry::IssueCode;
use crate::registry::IssuePath;
use crate::values::KnownDate;

use super::{Checker, at};

impl Checker<'_> {
    /// Reports a pair of dates whose end is surely before its start: the last day the end may
    /// stand for is before the first day the start may stand for (`2024` then `2024-03` is no
    /// error; `2023` then `2024-03` is; a bound is open at one end, so `не позднее 2023` then
    /// `2022` is no error, while `2024` then `не позднее 2023` is).
    fn date_pair(
        &mut self,
        path: &IssuePath,
        (start_name, start): (&str, Option<KnownDate>),
        (end_name, end): (&str, Option<KnownDate>),
    ) {
        if let (Some(start), Some(end)) = (start, end)
            && end.surely_before(start)
        {
            self.error(
                IssueCode::DatesEndBeforeStart,
                path.field(end_name),
                format!("{end_name} {end} is before {start_name} {start}"),
            );
        }
    }

    /// Checks every pair of partial dates, and that no service point opens after its
    /// institution closed.
    pub(super) fn check_dates(&mut self) {
        let dataset = self.dataset;
        for (i, institution) in dataset.institutions.iter().enumerate() {
            let path = at("institutions", i);
            self.date_pair(
                &path,
                ("opened", institution.opened),
                ("closed", institution.closed),
            );
            for (j, department) in institution.departments.iter().enumerate() {
                let path = path.field("departments").index(j);
                self.date_pair(
                    &path,
                    ("opened", department.opened),
                    ("closed", department.closed),
                );
            }
        }
        for (i, point) in dataset.service_points.iter().enumerate() {
            let path = at("service_points", i);
            self.date_pair(&path, ("opened", point.opened), ("closed", point.closed));
            self.opens_after_institution_closed(&path, i);
        }
        for (i, appointment) in dataset.appointments.iter().enumerate() {
            let path = at("appointments", i);
            self.date_pair(
                &path,
                ("start", appointment.start.map(KnownDate::from)),
                ("end", appointment.end.map(KnownDate::from)),
            );
        }
        for (i, programme) in dataset.programmes.iter().enumerate() {
            let path = at("programmes", i);
            self.date_pair(
                &path,
                ("start", programme.start.map(KnownDate::from)),
                ("end", programme.end.map(KnownDate::from)),
            );
        }
    }

    /// A point surely opened after its institution closed: the first day its opening may stand
    /// for is after the last day the closing may stand for.
    fn opens_after_institution_closed(&mut self, path: &IssuePath, point: usize) {
        let point = &self.dataset.service_points[point];
        let Some(&institution) = self.index.institutions.get(&point.institution) else {
            return;
        };
        let closed = self.dataset.institutions[institution].closed;
        if let (Some(opened), Some(closed)) = (point.opened, closed)
            && closed.surely_before(opened)
        {
            self.error(
                IssueCode::ServicePointOpensAfterInstitutionClosed,
                path.field("opened"),
                format!(
                    "the point opened {opened}, after its institution (institutions[{institution}]) closed {closed}"
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{date, issues, row, valid};

    #[test]
    fn rejects_every_kind_of_end_before_start() {
        let mut dataset = valid();
        dataset.institutions[0].opened = Some(date("2021-03"));
        dataset.institutions[0].closed = Some(date("2020"));
        dataset.institutions[1].departments[0].opened = Some(date("2024-09-02"));
        dataset.institutions[1].departments[0].closed = Some(date("2024-09-01"));
        dataset.service_points[1].opened = Some(date("2024"));
        dataset.service_points[1].closed = Some(date("2023-12-31"));
        dataset.appointments[1].end = Some(date("2014"));
        dataset.programmes[0].end = Some(date("2022"));
        assert_eq!(
            issues(&dataset),
            [
                row(
                    "error",
                    "dates.end_before_start",
                    "institutions[0].closed",
                    "closed 2020 is before opened 2021-03"
                ),
                row(
                    "error",
                    "dates.end_before_start",
                    "institutions[1].departments[0].closed",
                    "closed 2024-09-01 is before opened 2024-09-02"
                ),
                row(
                    "error",
                    "dates.end_before_start",
                    "service_points[1].closed",
                    "closed 2023-12-31 is before opened 2024"
                ),
                row(
                    "error",
                    "dates.end_before_start",
                    "appointments[1].end",
                    "end 2014 is before start 2015"
                ),
                row(
                    "error",
                    "dates.end_before_start",
                    "programmes[0].end",
                    "end 2022 is before start 2023"
                ),
            ]
        );
    }

    #[test]
    fn accepts_partial_dates_that_may_be_in_order() {
        let mut dataset = valid();
        // A year and a month of it, either way round, may both be in order.
        dataset.institutions[0].opened = Some(date("2024-03"));
        dataset.institutions[0].closed = Some(date("2024"));
        dataset.programmes[0].start = Some(date("2024"));
        dataset.programmes[0].end = Some(date("2024-01"));
        dataset.appointments[1].end = Some(date("2015-01-01"));
        assert!(issues(&dataset).is_empty());
    }

    #[test]
    fn a_bound_is_out_of_order_only_when_it_surely_is() {
        let mut dataset = valid();
        // Opened no later than 2023, closed in 2022: may be in order.
        dataset.institutions[0].opened = Some(date("не позднее 2023"));
        dataset.institutions[0].closed = Some(date("2022"));
        // Opened no earlier than 2024, closed no later than 2023: surely not.
        dataset.institutions[1].departments[0].opened = Some(date("не ранее 2024"));
        dataset.institutions[1].departments[0].closed = Some(date("не позднее 2023-12"));
        // Closed no earlier than 2020: after any opening.
        dataset.service_points[1].opened = Some(date("2024"));
        dataset.service_points[1].closed = Some(date("не ранее 2020"));
        assert_eq!(
            issues(&dataset),
            [row(
                "error",
                "dates.end_before_start",
                "institutions[1].departments[0].closed",
                "closed не позднее 2023-12 is before opened не ранее 2024"
            )]
        );
    }

    #[test]
    fn a_point_opened_no_earlier_than_its_institution_closed_no_later_than_is_refused() {
        let mut dataset = valid();
        dataset.service_points[0].opened = Some(date("не ранее 2023-07"));
        dataset.institutions[2].closed = Some(date("не позднее 2023-06"));
        assert_eq!(
            issues(&dataset),
            [row(
                "error",
                "service_point.opens_after_institution_closed",
                "service_points[0].opened",
                "the point opened не ранее 2023-07, after its institution (institutions[2]) closed не позднее 2023-06",
            )]
        );
    }

    #[test]
    fn rejects_a_service_point_opened_after_its_institution_closed() {
        let mut dataset = valid();
        dataset.institutions[2].closed = Some(date("2023-05"));
        assert_eq!(
            issues(&dataset),
            [row(
                "error",
                "service_point.opens_after_institution_closed",
                "service_points[0].opened",
                "the point opened 2023-06, after its institution (institutions[2]) closed 2023-05",
            )]
        );
    }

    #[test]
    fn accepts_a_service_point_opened_in_the_month_its_institution_closed() {
        let mut dataset = valid();
        dataset.institutions[2].closed = Some(date("2023-06-30"));
        assert!(issues(&dataset).is_empty());
    }
}
