//! The tables of the network: institutions and service points.

use crate::records::{Institution, ServicePoint};

use super::schema::{ADDRESS, Column, Kind, defaulted, optional, required};
use super::spec::Spec;

macro_rules! with_address {
    ($($before:expr),* ; $($after:expr),*) => {
        &[$($before,)* ADDRESS[0], ADDRESS[1], ADDRESS[2], ADDRESS[3], ADDRESS[4], ADDRESS[5],
          ADDRESS[6], ADDRESS[7], $($after),*]
    };
}

pub const INSTITUTION_COLUMNS: &[Column] = with_address!(
    required("id", Kind::Id),
    required("name", Kind::Text),
    optional("short_name", Kind::Text),
    required("kind", Kind::Term),
    optional("legal_form", Kind::Term),
    required("level", Kind::Term),
    optional("region", Kind::Code),
    optional("parent", Kind::Id),
    optional("inn", Kind::Text),
    optional("ogrn", Kind::Text),
    optional("kpp", Kind::Text);
    defaulted("phones", Kind::TextList),
    defaulted("emails", Kind::TextList),
    optional("website", Kind::Text),
    optional("opened", Kind::Date),
    optional("opened_precision", Kind::Code),
    optional("closed", Kind::Date),
    optional("closed_precision", Kind::Code),
    optional("departments", Kind::Json),
    optional("sources", Kind::Json),
    optional("extra", Kind::Json)
);

pub const INSTITUTIONS: Spec<Institution> = Spec {
    name: "institutions",
    record: "institution",
    columns: INSTITUTION_COLUMNS,
    id: |r| r.id.to_string(),
    write: |records, c| {
        let r = || records.iter();
        c.ids(r().map(|r| Some(&r.id)));
        c.texts(r().map(|r| Some(r.name.as_str())));
        c.texts(r().map(|r| r.short_name.as_deref()));
        c.terms("kind", r().map(|r| Some(&r.kind)))?;
        c.terms("legal_form", r().map(|r| r.legal_form.as_ref()))?;
        c.terms("level", r().map(|r| Some(&r.level)))?;
        c.regions(r().map(|r| r.region));
        c.ids(r().map(|r| r.parent.as_ref()));
        c.displays(r().map(|r| r.inn.as_ref()));
        c.displays(r().map(|r| r.ogrn.as_ref()));
        c.displays(r().map(|r| r.kpp.as_ref()));
        c.addresses(r().map(|r| r.address.as_ref()));
        c.display_lists(r().map(|r| r.phones.as_slice()));
        c.display_lists(r().map(|r| r.emails.as_slice()));
        c.displays(r().map(|r| r.website.as_ref()));
        c.dates(r().map(|r| r.opened));
        c.dates(r().map(|r| r.closed));
        c.json(r().map(|r| r.departments.as_slice()));
        c.json(r().map(|r| r.sources.as_slice()));
        c.extra(r().map(|r| &r.extra));
        Ok(())
    },
    read: |b| {
        let id = b.ids("id")?;
        let name = b.texts("name")?;
        let short_name = b.texts("short_name")?;
        let kind = b.values("kind")?;
        let legal_form = b.values("legal_form")?;
        let level = b.values("level")?;
        let region = b.values("region")?;
        let parent = b.ids("parent")?;
        let inn = b.values("inn")?;
        let ogrn = b.values("ogrn")?;
        let kpp = b.values("kpp")?;
        let address = b.addresses()?;
        let phones = b.lists("phones")?;
        let emails = b.lists("emails")?;
        let website = b.values("website")?;
        let opened = b.dates("opened", "opened_precision")?;
        let closed = b.dates("closed", "closed_precision")?;
        let departments = b.json("departments")?;
        let sources = b.json("sources")?;
        let extra = b.extra("extra")?;
        (0..b.rows())
            .map(|i| {
                let mut r = Institution::new(id.req(i)?, name.req(i)?, kind.req(i)?, level.req(i)?);
                r.short_name = short_name.get(i)?;
                r.legal_form = legal_form.get(i)?;
                r.region = region.get(i)?;
                r.parent = parent.get(i)?;
                r.inn = inn.get(i)?;
                r.ogrn = ogrn.get(i)?;
                r.kpp = kpp.get(i)?;
                r.address = address.get(i)?;
                r.phones = phones.or_default(i)?;
                r.emails = emails.or_default(i)?;
                r.website = website.get(i)?;
                r.opened = opened.get(i)?;
                r.closed = closed.get(i)?;
                r.departments = departments.or_default(i)?;
                r.sources = sources.or_default(i)?;
                r.extra = extra.or_default(i)?;
                Ok(r)
            })
            .collect()
    },
};

pub const SERVICE_POINT_COLUMNS: &[Column] = with_address!(
    required("id", Kind::Id),
    required("institution", Kind::Id),
    optional("department", Kind::Id),
    required("name", Kind::Text),
    required("kind", Kind::Term),
    required("status", Kind::Term);
    optional("schedule", Kind::Text),
    defaulted("services", Kind::IdList),
    optional("opened", Kind::Date),
    optional("opened_precision", Kind::Code),
    optional("closed", Kind::Date),
    optional("closed_precision", Kind::Code),
    optional("sources", Kind::Json),
    optional("extra", Kind::Json)
);

pub const SERVICE_POINTS: Spec<ServicePoint> = Spec {
    name: "service_points",
    record: "service point",
    columns: SERVICE_POINT_COLUMNS,
    id: |r| r.id.to_string(),
    write: |records, c| {
        let r = || records.iter();
        c.ids(r().map(|r| Some(&r.id)));
        c.ids(r().map(|r| Some(&r.institution)));
        c.ids(r().map(|r| r.department.as_ref()));
        c.texts(r().map(|r| Some(r.name.as_str())));
        c.terms("kind", r().map(|r| Some(&r.kind)))?;
        c.terms("status", r().map(|r| Some(&r.status)))?;
        c.addresses(r().map(|r| r.address.as_ref()));
        c.displays(r().map(|r| r.schedule.as_ref()));
        c.id_lists(r().map(|r| r.services.as_slice()));
        c.dates(r().map(|r| r.opened));
        c.dates(r().map(|r| r.closed));
        c.json(r().map(|r| r.sources.as_slice()));
        c.extra(r().map(|r| &r.extra));
        Ok(())
    },
    read: |b| {
        let id = b.ids("id")?;
        let institution = b.ids("institution")?;
        let department = b.ids("department")?;
        let name = b.texts("name")?;
        let kind = b.values("kind")?;
        let status = b.values("status")?;
        let address = b.addresses()?;
        let schedule = b.values("schedule")?;
        let services = b.id_lists("services")?;
        let opened = b.dates("opened", "opened_precision")?;
        let closed = b.dates("closed", "closed_precision")?;
        let sources = b.json("sources")?;
        let extra = b.extra("extra")?;
        (0..b.rows())
            .map(|i| {
                let mut r =
                    ServicePoint::new(id.req(i)?, institution.req(i)?, name.req(i)?, kind.req(i)?);
                r.department = department.get(i)?;
                r.status = status.req(i)?;
                r.address = address.get(i)?;
                r.schedule = schedule.get(i)?;
                r.services = services.or_default(i)?;
                r.opened = opened.get(i)?;
                r.closed = closed.get(i)?;
                r.sources = sources.or_default(i)?;
                r.extra = extra.or_default(i)?;
                Ok(r)
            })
            .collect()
    },
};
