//! `proptest` strategies for every record: any record this crate can build, with unknown
//! fields in `extra`, kept small so that properties over whole data sets stay fast.
//!
//! Texts are non-empty and start with a letter; extra fields have keys starting with `x_` (no known field does) and hold texts, booleans, integers or null.

use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;
use serde_json::Value;

use crate::values::{
    Address, DateRange, Email, Inn, Kpp, Ogrn, PartialDate, PersonName, Phone, RegionCode, Snils,
    Url, WeeklySchedule,
};

use super::{
    AgendaItem, AgendaKind, Appointment, Attendee, Cohort, CohortFormat, Department,
    DepartmentKind, Enrollment, EnrollmentStatus, Event, EventKind, EventLevel, Extra, Id,
    Institution, InstitutionHeadCount, InstitutionKind, LegalForm, Level, Participation, Person,
    Programme, ProgrammeKind, RegionHeadCount, Role, ServicePoint, ServicePointKind,
    ServicePointStatus, Source, Speaker, StatedCount, StatedParticipation, TrainingSite, Venue,
};

/// A non-empty text that starts with a letter, with the characters CSV has to quote.
pub(crate) fn text() -> impl Strategy<Value = String> {
    "[А-Яа-яЁёA-Za-z][А-Яа-яЁёA-Za-z0-9 «»,.\"-]{0,15}"
}

/// Unknown fields: a few `x_…` keys with simple JSON values.
pub(crate) fn extra() -> impl Strategy<Value = Extra> {
    let value = prop_oneof![
        3 => text().prop_map(Value::String),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => any::<i64>().prop_map(Value::from),
        1 => Just(Value::Null),
    ];
    btree_map("x_[a-z]{1,6}", value, 0..3)
}

fn small<T: Arbitrary>() -> impl Strategy<Value = Vec<T>> {
    vec(any::<T>(), 0..3)
}

/// Implements `Arbitrary` with a boxed strategy.
macro_rules! arbitrary {
    ($ty:ty, $strategy:expr) => {
        impl Arbitrary for $ty {
            type Parameters = ();
            type Strategy = BoxedStrategy<Self>;
            fn arbitrary_with((): ()) -> Self::Strategy {
                $strategy.boxed()
            }
        }
    };
}

arbitrary!(
    Source,
    (
        option::of(text()),
        option::of(text()),
        option::of(any::<Url>()),
        option::of(any::<PartialDate>()),
        option::of(text()),
        extra(),
    )
        .prop_map(|(title, publisher, url, published, note, extra)| Source {
            title,
            publisher,
            url,
            published,
            note,
            extra,
        })
);

arbitrary!(
    Department,
    (
        any::<Id<Department>>(),
        text(),
        any::<DepartmentKind>(),
        option::of(any::<PartialDate>()),
        option::of(any::<PartialDate>()),
        vec(any::<Source>(), 0..2),
        extra(),
    )
        .prop_map(
            |(id, name, kind, opened, closed, sources, extra)| Department {
                id,
                name,
                kind,
                opened,
                closed,
                sources,
                extra,
            }
        )
);

arbitrary!(
    Institution,
    (
        (
            any::<Id<Institution>>(),
            text(),
            option::of(text()),
            any::<InstitutionKind>(),
            option::of(any::<LegalForm>()),
            any::<Level>(),
            option::of(any::<RegionCode>()),
            option::of(any::<Id<Institution>>()),
        ),
        (
            option::of(any::<Inn>()),
            option::of(any::<Ogrn>()),
            option::of(any::<Kpp>()),
            option::of(any::<Address>()),
            small::<Phone>(),
            small::<Email>(),
            option::of(any::<Url>()),
        ),
        (
            vec(any::<Department>(), 0..2),
            option::of(any::<PartialDate>()),
            option::of(any::<PartialDate>()),
            vec(any::<Source>(), 0..2),
            extra(),
        ),
    )
        .prop_map(
            |(
                (id, name, short_name, kind, legal_form, level, region, parent),
                (inn, ogrn, kpp, address, phones, emails, website),
                (departments, opened, closed, sources, extra),
            )| Institution {
                id,
                name,
                short_name,
                kind,
                legal_form,
                level,
                region,
                parent,
                inn,
                ogrn,
                kpp,
                address,
                phones,
                emails,
                website,
                departments,
                opened,
                closed,
                sources,
                extra,
            }
        )
);

arbitrary!(
    ServicePoint,
    (
        (
            any::<Id<ServicePoint>>(),
            any::<Id<Institution>>(),
            option::of(any::<Id<Department>>()),
            text(),
            any::<ServicePointKind>(),
            any::<ServicePointStatus>(),
            option::of(any::<Address>()),
        ),
        (
            option::of(any::<WeeklySchedule>()),
            small::<Id<super::Service>>(),
            option::of(any::<PartialDate>()),
            option::of(any::<PartialDate>()),
            vec(any::<Source>(), 0..2),
            extra(),
        ),
    )
        .prop_map(
            |(
                (id, institution, department, name, kind, status, address),
                (schedule, services, opened, closed, sources, extra),
            )| ServicePoint {
                id,
                institution,
                department,
                name,
                kind,
                status,
                address,
                schedule,
                services,
                opened,
                closed,
                sources,
                extra,
            }
        )
);

arbitrary!(
    Person,
    (
        any::<Id<Person>>(),
        any::<PersonName>(),
        option::of(any::<Snils>()),
        small::<Phone>(),
        small::<Email>(),
        vec(any::<Source>(), 0..2),
        extra(),
    )
        .prop_map(|(id, name, snils, phones, emails, sources, extra)| Person {
            id,
            name,
            snils,
            phones,
            emails,
            sources,
            extra,
        })
);

arbitrary!(
    Appointment,
    (
        (
            any::<Id<Appointment>>(),
            any::<Id<Person>>(),
            any::<Id<Institution>>(),
            option::of(any::<Id<Department>>()),
            any::<Role>(),
            option::of(text()),
        ),
        (
            any::<bool>(),
            option::of(any::<PartialDate>()),
            option::of(any::<PartialDate>()),
            vec(any::<Source>(), 0..2),
            extra(),
        ),
    )
        .prop_map(
            |(
                (id, person, institution, department, role, title),
                (acting, start, end, sources, extra),
            )| Appointment {
                id,
                person,
                institution,
                department,
                role,
                title,
                acting,
                start,
                end,
                sources,
                extra,
            }
        )
);

arbitrary!(
    Venue,
    (
        option::of(any::<Id<Institution>>()),
        option::of(any::<Id<ServicePoint>>()),
        option::of(any::<Address>()),
        option::of(any::<RegionCode>()),
        option::of(text()),
        extra(),
    )
        .prop_map(
            |(institution, service_point, address, region, locality, extra)| Venue {
                institution,
                service_point,
                address,
                region,
                locality,
                extra,
            }
        )
);

arbitrary!(
    Speaker,
    (
        any::<Id<Person>>(),
        option::of(any::<Id<Appointment>>()),
        extra()
    )
        .prop_map(|(person, appointment, extra)| Speaker {
            person,
            appointment,
            extra,
        })
);

arbitrary!(
    AgendaItem,
    (
        any::<AgendaKind>(),
        option::of(text()),
        small::<Speaker>(),
        option::of(any::<Id<ServicePoint>>()),
        extra(),
    )
        .prop_map(|(kind, title, speakers, service_point, extra)| AgendaItem {
            kind,
            title,
            speakers,
            service_point,
            extra,
        })
);

arbitrary!(
    Attendee,
    (
        option::of(any::<Id<Person>>()),
        option::of(any::<Id<Institution>>()),
        option::of(any::<RegionCode>()),
        extra(),
    )
        .prop_map(|(person, institution, region, extra)| Attendee {
            person,
            institution,
            region,
            extra,
        })
);

arbitrary!(
    InstitutionHeadCount,
    (any::<Id<Institution>>(), 0u32..1000)
        .prop_map(|(institution, count)| InstitutionHeadCount { institution, count })
);

arbitrary!(
    RegionHeadCount,
    (any::<RegionCode>(), 0u32..1000).prop_map(|(region, count)| RegionHeadCount { region, count })
);

arbitrary!(
    StatedParticipation,
    (
        option::of(any::<StatedCount>()),
        option::of(any::<StatedCount>()),
        option::of(any::<StatedCount>()),
        vec(text(), 0..2),
        extra(),
    )
        .prop_map(
            |(participants, institutions, regions, groups, extra)| StatedParticipation {
                participants,
                institutions,
                regions,
                groups,
                extra,
            }
        )
);

arbitrary!(
    Participation,
    (
        small::<Attendee>(),
        small::<InstitutionHeadCount>(),
        small::<RegionHeadCount>(),
        any::<StatedParticipation>(),
        extra(),
    )
        .prop_map(
            |(attendees, by_institution, by_region, stated, extra)| Participation {
                attendees,
                by_institution,
                by_region,
                stated,
                extra,
            }
        )
);

arbitrary!(
    Event,
    (
        (
            any::<Id<Event>>(),
            text(),
            any::<EventKind>(),
            any::<EventLevel>(),
            any::<DateRange>(),
            any::<Venue>(),
            small::<Id<Institution>>(),
        ),
        (
            small::<Id<super::Programme>>(),
            vec(any::<AgendaItem>(), 0..3),
            any::<Participation>(),
            vec(text(), 0..2),
            vec(any::<Source>(), 0..2),
            extra(),
        ),
    )
        .prop_map(
            |(
                (id, title, kind, level, dates, venue, organizers),
                (programmes, agenda, participation, outcomes, sources, extra),
            )| Event {
                id,
                title,
                kind,
                level,
                dates,
                venue,
                organizers,
                programmes,
                agenda,
                participation,
                outcomes,
                sources,
                extra,
            }
        )
);

arbitrary!(
    Programme,
    (
        (
            any::<Id<Programme>>(),
            text(),
            any::<ProgrammeKind>(),
            option::of(any::<PartialDate>()),
            option::of(any::<PartialDate>()),
            option::of(any::<Id<Institution>>()),
        ),
        (
            small::<RegionCode>(),
            option::of(any::<StatedCount>()),
            vec(any::<Source>(), 0..2),
            extra(),
        ),
    )
        .prop_map(
            |((id, title, kind, start, end, owner), (regions, stated_regions, sources, extra))| {
                Programme {
                    id,
                    title,
                    kind,
                    start,
                    end,
                    owner,
                    regions,
                    stated_regions,
                    sources,
                    extra,
                }
            }
        )
);

arbitrary!(
    TrainingSite,
    (
        any::<Id<TrainingSite>>(),
        any::<Id<Institution>>(),
        any::<Level>(),
        text(),
        small::<Id<Programme>>(),
        option::of(any::<StatedCount>()),
        option::of(any::<PartialDate>()),
        vec(any::<Source>(), 0..2),
        extra(),
    )
        .prop_map(
            |(
                id,
                institution,
                level,
                topic,
                programmes,
                stated_trained,
                stated_as_of,
                sources,
                extra,
            )| TrainingSite {
                id,
                institution,
                level,
                topic,
                programmes,
                stated_trained,
                stated_as_of,
                sources,
                extra,
            }
        )
);

arbitrary!(
    Enrollment,
    (
        option::of(any::<Id<Person>>()),
        option::of(any::<RegionCode>()),
        option::of(any::<Id<Institution>>()),
        any::<EnrollmentStatus>(),
        extra(),
    )
        .prop_map(
            |(person, home_region, home_institution, status, extra)| Enrollment {
                person,
                home_region,
                home_institution,
                status,
                extra,
            }
        )
);

arbitrary!(
    Cohort,
    (
        (
            any::<Id<Cohort>>(),
            any::<Id<TrainingSite>>(),
            text(),
            option::of(any::<DateRange>()),
            any::<CohortFormat>(),
            option::of(0u32..500),
        ),
        (
            option::of(any::<Id<Programme>>()),
            small::<Enrollment>(),
            small::<RegionHeadCount>(),
            vec(any::<Source>(), 0..2),
            extra(),
        ),
    )
        .prop_map(
            |(
                (id, site, title, dates, format, capacity),
                (programme, enrollments, head_counts, sources, extra),
            )| Cohort {
                id,
                site,
                title,
                dates,
                format,
                capacity,
                programme,
                enrollments,
                head_counts,
                sources,
                extra,
            }
        )
);
