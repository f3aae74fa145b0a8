//! The tables of staff: persons and appointments.

use crate::records::{Appointment, Person};

use super::schema::{Column, Kind, defaulted, optional, required};
use super::spec::Spec;

pub const PERSON_COLUMNS: &[Column] = &[
    required("id", Kind::Id),
    required("name", Kind::Text),
    optional("snils", Kind::Text),
    defaulted("phones", Kind::TextList),
    defaulted("emails", Kind::TextList),
    optional("sources", Kind::Json),
    optional("extra", Kind::Json),
];

pub const PERSONS: Spec<Person> = Spec {
    name: "persons",
    record: "person",
    columns: PERSON_COLUMNS,
    id: |r| r.id.to_string(),
    write: |records, c| {
        let r = || records.iter();
        c.ids(r().map(|r| Some(&r.id)));
        c.displays(r().map(|r| Some(&r.name)));
        c.displays(r().map(|r| r.snils.as_ref()));
        c.display_lists(r().map(|r| r.phones.as_slice()));
        c.display_lists(r().map(|r| r.emails.as_slice()));
        c.json(r().map(|r| r.sources.as_slice()));
        c.extra(r().map(|r| &r.extra));
        Ok(())
    },
    read: |b| {
        let id = b.ids("id")?;
        let name = b.values("name")?;
        let snils = b.values("snils")?;
        let phones = b.lists("phones")?;
        let emails = b.lists("emails")?;
        let sources = b.json("sources")?;
        let extra = b.extra("extra")?;
        (0..b.rows())
            .map(|i| {
                let mut r = Person::new(id.req(i)?, name.req(i)?);
                r.snils = snils.get(i)?;
                r.phones = phones.or_default(i)?;
                r.emails = emails.or_default(i)?;
                r.sources = sources.or_default(i)?;
                r.extra = extra.or_default(i)?;
                Ok(r)
            })
            .collect()
    },
};

pub const APPOINTMENT_COLUMNS: &[Column] = &[
    required("id", Kind::Id),
    required("person", Kind::Id),
    required("institution", Kind::Id),
    optional("department", Kind::Id),
    required("role", Kind::Term),
    optional("title", Kind::Text),
    defaulted("acting", Kind::Flag),
    optional("start", Kind::Date),
    optional("start_precision", Kind::Code),
    optional("end", Kind::Date),
    optional("end_precision", Kind::Code),
    optional("sources", Kind::Json),
    optional("extra", Kind::Json),
];

pub const APPOINTMENTS: Spec<Appointment> = Spec {
    name: "appointments",
    record: "appointment",
    columns: APPOINTMENT_COLUMNS,
    id: |r| r.id.to_string(),
    write: |records, c| {
        let r = || records.iter();
        c.ids(r().map(|r| Some(&r.id)));
        c.ids(r().map(|r| Some(&r.person)));
        c.ids(r().map(|r| Some(&r.institution)));
        c.ids(r().map(|r| r.department.as_ref()));
        c.terms("role", r().map(|r| Some(&r.role)))?;
        c.texts(r().map(|r| r.title.as_deref()));
        c.flags(r().map(|r| r.acting));
        c.dates(r().map(|r| r.start));
        c.dates(r().map(|r| r.end));
        c.json(r().map(|r| r.sources.as_slice()));
        c.extra(r().map(|r| &r.extra));
        Ok(())
    },
    read: |b| {
        let id = b.ids("id")?;
        let person = b.ids("person")?;
        let institution = b.ids("institution")?;
        let department = b.ids("department")?;
        let role = b.values("role")?;
        let title = b.texts("title")?;
        let acting = b.flags("acting")?;
        let start = b.dates("start", "start_precision")?;
        let end = b.dates("end", "end_precision")?;
        let sources = b.json("sources")?;
        let extra = b.extra("extra")?;
        (0..b.rows())
            .map(|i| {
                let mut r = Appointment::new(
                    id.req(i)?,
                    person.req(i)?,
                    institution.req(i)?,
                    role.req(i)?,
                );
                r.department = department.get(i)?;
                r.title = title.get(i)?;
                r.acting = acting.or_default(i)?;
                r.start = start.get(i)?;
                r.end = end.get(i)?;
                r.sources = sources.or_default(i)?;
                r.extra = extra.or_default(i)?;
                Ok(r)
            })
            .collect()
    },
};
