//! The large tables of activity: event attendance and training enrollments.

use crate::records::{CohortId, Enrollment};
use crate::stream::AttendanceRow;

use super::schema::{Column, Kind, optional, required};
use super::spec::Spec;

pub const ATTENDANCE_COLUMNS: &[Column] = &[
    required("event", Kind::Id),
    required("date", Kind::Date),
    optional("date_precision", Kind::Code),
    required("person", Kind::Id),
    required("institution", Kind::Id),
    required("region", Kind::Code),
    required("institution_kind", Kind::Term),
];

pub const ATTENDANCE: Spec<AttendanceRow> = Spec {
    name: "attendance",
    record: "attendance row",
    columns: ATTENDANCE_COLUMNS,
    id: |r| format!("of person {} at event {}", r.person, r.event),
    write: |records, c| {
        let r = || records.iter();
        c.ids(r().map(|r| Some(&r.event)));
        c.dates(r().map(|r| Some(r.date)));
        c.ids(r().map(|r| Some(&r.person)));
        c.ids(r().map(|r| Some(&r.institution)));
        c.regions(r().map(|r| Some(r.region)));
        c.terms("institution_kind", r().map(|r| Some(&r.institution_kind)))?;
        Ok(())
    },
    read: |b| {
        let event = b.ids("event")?;
        let date = b.dates("date", "date_precision")?;
        let person = b.ids("person")?;
        let institution = b.ids("institution")?;
        let region = b.values("region")?;
        let kind = b.values("institution_kind")?;
        (0..b.rows())
            .map(|i| {
                Ok(AttendanceRow {
                    event: event.req(i)?,
                    date: date.req(i)?,
                    person: person.req(i)?,
                    institution: institution.req(i)?,
                    region: region.req(i)?,
                    institution_kind: kind.req(i)?,
                })
            })
            .collect()
    },
};

pub const ENROLLMENT_COLUMNS: &[Column] = &[
    required("cohort", Kind::Id),
    optional("person", Kind::Id),
    optional("home_region", Kind::Code),
    optional("home_institution", Kind::Id),
    required("status", Kind::Term),
    optional("extra", Kind::Json),
];

pub const ENROLLMENTS: Spec<(CohortId, Enrollment)> = Spec {
    name: "enrollments",
    record: "enrollment",
    columns: ENROLLMENT_COLUMNS,
    id: |(cohort, e)| match e.person {
        Some(person) => format!("of person {person} in cohort {cohort}"),
        None => format!("in cohort {cohort}"),
    },
    write: |records, c| {
        let r = || records.iter();
        c.ids(r().map(|(cohort, _)| Some(cohort)));
        c.ids(r().map(|(_, e)| e.person.as_ref()));
        c.regions(r().map(|(_, e)| e.home_region));
        c.ids(r().map(|(_, e)| e.home_institution.as_ref()));
        c.terms("status", r().map(|(_, e)| Some(&e.status)))?;
        c.extra(r().map(|(_, e)| &e.extra));
        Ok(())
    },
    read: |b| {
        let cohort = b.ids("cohort")?;
        let person = b.ids("person")?;
        let home_region = b.values("home_region")?;
        let home_institution = b.ids("home_institution")?;
        let status = b.values("status")?;
        let extra = b.extra("extra")?;
        (0..b.rows())
            .map(|i| {
                let mut e = Enrollment::new(status.req(i)?);
                e.person = person.get(i)?;
                e.home_region = home_region.get(i)?;
                e.home_institution = home_institution.get(i)?;
                e.extra = extra.or_default(i)?;
                Ok((cohort.req(i)?, e))
            })
            .collect()
    },
};
