//! The table of each record kind: its columns and how a record becomes a row and back.

use crate::records::{
    Appointment, CohortId, Enrollment, Institution, NetworkPlan, Person, Service, ServicePoint,
    ServiceStatistics,
};

use super::table::{ADDRESS_PARTS, Row, Table};

macro_rules! columns {
    ($($before:literal),* ; address ; $($after:literal),*) => {
        &[$($before,)* ADDRESS_PARTS[0], ADDRESS_PARTS[1], ADDRESS_PARTS[2], ADDRESS_PARTS[3],
          ADDRESS_PARTS[4], ADDRESS_PARTS[5], ADDRESS_PARTS[6], $($after),*]
    };
}

pub(super) const INSTITUTIONS: Table<Institution> = Table {
    kind: "institution",
    columns: columns!(
        "id", "name", "short_name", "kind", "legal_form", "level", "region", "parent", "inn",
        "ogrn", "kpp"; address; "phones", "emails", "website", "opened", "closed",
        "departments", "sources"
    ),
    required: &["id", "name", "kind", "level"],
    name: |r| r.id.to_string(),
    extra: |r| &r.extra,
    extra_mut: |r| &mut r.extra,
    write: |r, w| {
        w.value(&r.id);
        w.text(&r.name);
        w.opt_text("short_name", r.short_name.as_ref())?;
        w.value(&r.kind);
        w.opt(r.legal_form.as_ref());
        w.value(&r.level);
        w.opt(r.region.as_ref());
        w.opt(r.parent.as_ref());
        w.opt(r.inn.as_ref());
        w.opt(r.ogrn.as_ref());
        w.opt(r.kpp.as_ref());
        w.address(r.address.as_ref());
        w.list(&r.phones);
        w.list(&r.emails);
        w.opt(r.website.as_ref());
        w.opt(r.opened.as_ref());
        w.opt(r.closed.as_ref());
        w.json(&r.departments);
        w.json(&r.sources);
        Ok(())
    },
    read: |row: &Row<'_>| {
        let mut r = Institution::new(
            row.req("id")?,
            row.text("name"),
            row.req("kind")?,
            row.req("level")?,
        );
        r.short_name = row.opt_text("short_name");
        r.legal_form = row.opt("legal_form")?;
        r.region = row.opt("region")?;
        r.parent = row.opt("parent")?;
        r.inn = row.opt("inn")?;
        r.ogrn = row.opt("ogrn")?;
        r.kpp = row.opt("kpp")?;
        r.address = row.address()?;
        r.phones = row.list("phones")?;
        r.emails = row.list("emails")?;
        r.website = row.opt("website")?;
        r.opened = row.opt("opened")?;
        r.closed = row.opt("closed")?;
        r.departments = row.json("departments")?;
        r.sources = row.json("sources")?;
        Ok(r)
    },
};

pub(super) const SERVICE_POINTS: Table<ServicePoint> = Table {
    kind: "service point",
    columns: columns!(
        "id", "institution", "department", "name", "kind", "status"; address;
        "schedule", "services", "opened", "closed", "sources"
    ),
    required: &["id", "institution", "name", "kind", "status"],
    name: |r| r.id.to_string(),
    extra: |r| &r.extra,
    extra_mut: |r| &mut r.extra,
    write: |r, w| {
        w.value(&r.id);
        w.value(&r.institution);
        w.opt(r.department.as_ref());
        w.text(&r.name);
        w.value(&r.kind);
        w.value(&r.status);
        w.address(r.address.as_ref());
        w.opt(r.schedule.as_ref());
        w.list(&r.services);
        w.opt(r.opened.as_ref());
        w.opt(r.closed.as_ref());
        w.json(&r.sources);
        Ok(())
    },
    read: |row: &Row<'_>| {
        let mut r = ServicePoint::new(
            row.req("id")?,
            row.req("institution")?,
            row.text("name"),
            row.req("kind")?,
        );
        r.department = row.opt("department")?;
        r.status = row.req("status")?;
        r.address = row.address()?;
        r.schedule = row.opt("schedule")?;
        r.services = row.list("services")?;
        r.opened = row.opt("opened")?;
        r.closed = row.opt("closed")?;
        r.sources = row.json("sources")?;
        Ok(r)
    },
};

pub(super) const PERSONS: Table<Person> = Table {
    kind: "person",
    columns: &["id", "name", "snils", "phones", "emails", "sources"],
    required: &["id", "name"],
    name: |r| r.id.to_string(),
    extra: |r| &r.extra,
    extra_mut: |r| &mut r.extra,
    write: |r, w| {
        w.value(&r.id);
        w.value(&r.name);
        w.opt(r.snils.as_ref());
        w.list(&r.phones);
        w.list(&r.emails);
        w.json(&r.sources);
        Ok(())
    },
    read: |row: &Row<'_>| {
        let mut r = Person::new(row.req("id")?, row.req("name")?);
        r.snils = row.opt("snils")?;
        r.phones = row.list("phones")?;
        r.emails = row.list("emails")?;
        r.sources = row.json("sources")?;
        Ok(r)
    },
};

pub(super) const APPOINTMENTS: Table<Appointment> = Table {
    kind: "appointment",
    columns: &[
        "id",
        "person",
        "institution",
        "department",
        "role",
        "title",
        "acting",
        "start",
        "end",
        "sources",
    ],
    required: &["id", "person", "institution", "role"],
    name: |r| r.id.to_string(),
    extra: |r| &r.extra,
    extra_mut: |r| &mut r.extra,
    write: |r, w| {
        w.value(&r.id);
        w.value(&r.person);
        w.value(&r.institution);
        w.opt(r.department.as_ref());
        w.value(&r.role);
        w.opt_text("title", r.title.as_ref())?;
        w.flag(r.acting);
        w.opt(r.start.as_ref());
        w.opt(r.end.as_ref());
        w.json(&r.sources);
        Ok(())
    },
    read: |row: &Row<'_>| {
        let mut r = Appointment::new(
            row.req("id")?,
            row.req("person")?,
            row.req("institution")?,
            row.req("role")?,
        );
        r.department = row.opt("department")?;
        r.title = row.opt_text("title");
        r.acting = row.flag("acting")?;
        r.start = row.opt("start")?;
        r.end = row.opt("end")?;
        r.sources = row.json("sources")?;
        Ok(r)
    },
};

pub(super) const ENROLLMENTS: Table<(CohortId, Enrollment)> = Table {
    kind: "enrollment",
    columns: &[
        "cohort",
        "person",
        "home_region",
        "home_institution",
        "status",
    ],
    required: &["cohort", "status"],
    name: |(cohort, e)| match e.person {
        Some(person) => format!("of person {person} in cohort {cohort}"),
        None => format!("in cohort {cohort}"),
    },
    extra: |(_, e)| &e.extra,
    extra_mut: |(_, e)| &mut e.extra,
    write: |(cohort, e), w| {
        w.value(cohort);
        w.opt(e.person.as_ref());
        w.opt(e.home_region.as_ref());
        w.opt(e.home_institution.as_ref());
        w.value(&e.status);
        Ok(())
    },
    read: |row: &Row<'_>| {
        let mut e = Enrollment::new(row.req("status")?);
        e.person = row.opt("person")?;
        e.home_region = row.opt("home_region")?;
        e.home_institution = row.opt("home_institution")?;
        Ok((row.req("cohort")?, e))
    },
};

pub(super) const SERVICES: Table<Service> = Table {
    kind: "service",
    columns: &[
        "id",
        "name",
        "category",
        "description",
        "eligible",
        "sources",
    ],
    required: &["id", "name", "category"],
    name: |r| r.id.to_string(),
    extra: |r| &r.extra,
    extra_mut: |r| &mut r.extra,
    write: |r, w| {
        w.value(&r.id);
        w.text(&r.name);
        w.term("category", &r.category)?;
        w.opt_text("description", r.description.as_ref())?;
        w.terms("eligible", &r.eligible)?;
        w.json(&r.sources);
        Ok(())
    },
    read: |row: &Row<'_>| {
        let mut r = Service::new(row.req("id")?, row.text("name"), row.req("category")?);
        r.description = row.opt_text("description");
        r.eligible = row.list("eligible")?;
        r.sources = row.json("sources")?;
        Ok(r)
    },
};

pub(super) const SERVICE_STATISTICS: Table<ServiceStatistics> = Table {
    kind: "service statistics row",
    columns: &[
        "scope",
        "period",
        "service",
        "family_category",
        "families_served",
        "families_supported",
        "appeals",
        "sources",
    ],
    required: &["scope", "period"],
    name: ServiceStatistics::key,
    extra: |r| &r.extra,
    extra_mut: |r| &mut r.extra,
    write: |r, w| {
        w.value(&r.scope);
        w.value(&r.period);
        w.opt(r.service.as_ref());
        w.opt_term("family_category", r.family_category.as_ref())?;
        w.opt(r.families_served.as_ref());
        w.opt(r.families_supported.as_ref());
        w.opt(r.appeals.as_ref());
        w.json(&r.sources);
        Ok(())
    },
    read: |row: &Row<'_>| {
        let mut r = ServiceStatistics::new(row.req("scope")?, row.req("period")?);
        r.service = row.opt("service")?;
        r.family_category = row.opt("family_category")?;
        r.families_served = row.opt("families_served")?;
        r.families_supported = row.opt("families_supported")?;
        r.appeals = row.opt("appeals")?;
        r.sources = row.json("sources")?;
        Ok(r)
    },
};

pub(super) const NETWORK_PLANS: Table<NetworkPlan> = Table {
    kind: "network plan",
    columns: &[
        "id",
        "title",
        "period",
        "region",
        "centres",
        "regions",
        "owner",
        "programme",
        "sources",
    ],
    required: &["id", "title", "period"],
    name: |r| r.id.to_string(),
    extra: |r| &r.extra,
    extra_mut: |r| &mut r.extra,
    write: |r, w| {
        w.value(&r.id);
        w.text(&r.title);
        w.value(&r.period);
        w.opt(r.region.as_ref());
        w.opt(r.centres.as_ref());
        w.opt(r.regions.as_ref());
        w.opt(r.owner.as_ref());
        w.opt(r.programme.as_ref());
        w.json(&r.sources);
        Ok(())
    },
    read: |row: &Row<'_>| {
        let mut r = NetworkPlan::new(row.req("id")?, row.text("title"), row.req("period")?);
        r.region = row.opt("region")?;
        r.centres = row.opt("centres")?;
        r.regions = row.opt("regions")?;
        r.owner = row.opt("owner")?;
        r.programme = row.opt("programme")?;
        r.sources = row.json("sources")?;
        Ok(r)
    },
};
