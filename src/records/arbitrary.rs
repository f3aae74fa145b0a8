//! `proptest` strategies for every record: any record this crate can build, with unknown
//! fields in `extra`, kept small so that properties over whole data sets stay fast.
//!
//! Texts are non-empty and start with a letter; extra fields have keys starting with `x_` (no known field does) and hold texts, booleans, integers or null.

use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;
use serde_json::Value;

use crate::values::{Address, DateRange, KnownDate, PartialDate, RegionCode};

use super::{
    AgendaItem, AgendaKind, Appointment, Attendee, Cohort, CohortFormat, Department,
    DepartmentKind, Enrollment, EnrollmentStatus, Event, EventKind, EventLevel, Extra, Id,
    Institution, InstitutionHeadCount, Level, Participation, Person, Programme, ProgrammeKind,
    RegionHeadCount, ServicePoint, Source, Speaker, StatedParticipation, TrainingSite, Venue,
    flat_kinds,
};
use super::{NetworkPlan, Service, ServiceStatistics, StatedFigure};

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

/// Strategies as nested pairs, `(a, (b, (c, Just(()))))`, so that a record of any number of
/// fields is one strategy.
macro_rules! nested {
    () => { ::proptest::strategy::Just(()) };
    ($s:expr $(, $rest:expr)*) => { ($s, $crate::records::arbitrary::nested!($($rest),*)) };
}

/// The pattern of the values of [`nested!`]: `(a, (b, (c, ())))`.
macro_rules! nested_pattern {
    () => { () };
    ($f:ident $(, $rest:ident)*) => { ($f, $crate::records::arbitrary::nested_pattern!($($rest),*)) };
}

/// A strategy for a struct from a strategy for each of its fields, `Type { field: strategy, … }`:
/// the fields' values, combined, become the struct.
macro_rules! record {
    ($ty:ident { $($f:ident: $s:expr),* $(,)? }) => {
        $crate::records::arbitrary::nested!($($s),*)
            .prop_map(|$crate::records::arbitrary::nested_pattern!($($f),*)| $ty { $($f),* })
    };
}

pub(crate) use {nested, nested_pattern, record};

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
    record! {
        Source {
            title: option::of(text()),
            publisher: option::of(text()),
            url: option::of(any::<crate::values::Url>()),
            published: option::of(any::<PartialDate>()),
            note: option::of(text()),
            extra: extra(),
        }
    }
);

arbitrary!(
    Department,
    record! {
        Department {
            id: any::<Id<Department>>(),
            name: text(),
            kind: any::<DepartmentKind>(),
            opened: option::of(any::<KnownDate>()),
            closed: option::of(any::<KnownDate>()),
            sources: vec(any::<Source>(), 0..2),
            extra: extra(),
        }
    }
);

arbitrary!(
    Venue,
    record! {
        Venue {
            institution: option::of(any::<Id<Institution>>()),
            service_point: option::of(any::<Id<ServicePoint>>()),
            address: option::of(any::<Address>()),
            region: option::of(any::<RegionCode>()),
            locality: option::of(text()),
            extra: extra(),
        }
    }
);

arbitrary!(
    Speaker,
    record! {
        Speaker {
            person: any::<Id<Person>>(),
            appointment: option::of(any::<Id<Appointment>>()),
            extra: extra(),
        }
    }
);

arbitrary!(
    AgendaItem,
    record! {
        AgendaItem {
            kind: any::<AgendaKind>(),
            title: option::of(text()),
            speakers: small::<Speaker>(),
            service_point: option::of(any::<Id<ServicePoint>>()),
            extra: extra(),
        }
    }
);

arbitrary!(
    Attendee,
    record! {
        Attendee {
            person: option::of(any::<Id<Person>>()),
            institution: option::of(any::<Id<Institution>>()),
            region: option::of(any::<RegionCode>()),
            extra: extra(),
        }
    }
);

arbitrary!(
    InstitutionHeadCount,
    record! {
        InstitutionHeadCount {
            institution: any::<Id<Institution>>(),
            count: 0u32..1000,
        }
    }
);

arbitrary!(
    RegionHeadCount,
    record! {
        RegionHeadCount {
            region: any::<RegionCode>(),
            count: 0u32..1000,
        }
    }
);

arbitrary!(
    StatedParticipation,
    record! {
        StatedParticipation {
            groups: vec(text(), 0..2),
            extra: extra(),
        }
    }
);

arbitrary!(
    Participation,
    record! {
        Participation {
            attendees: small::<Attendee>(),
            by_institution: small::<InstitutionHeadCount>(),
            by_region: small::<RegionHeadCount>(),
            stated: any::<StatedParticipation>(),
            extra: extra(),
        }
    }
);

arbitrary!(
    Event,
    record! {
        Event {
            id: any::<Id<Event>>(),
            title: text(),
            kind: any::<EventKind>(),
            level: any::<EventLevel>(),
            dates: any::<DateRange>(),
            venue: any::<Venue>(),
            organizers: small::<Id<Institution>>(),
            programmes: small::<Id<super::Programme>>(),
            agenda: vec(any::<AgendaItem>(), 0..3),
            participation: any::<Participation>(),
            outcomes: vec(text(), 0..2),
            sources: vec(any::<Source>(), 0..2),
            extra: extra(),
        }
    }
);

arbitrary!(
    Programme,
    record! {
        Programme {
            id: any::<Id<Programme>>(),
            title: text(),
            kind: any::<ProgrammeKind>(),
            start: option::of(any::<PartialDate>()),
            end: option::of(any::<PartialDate>()),
            owner: option::of(any::<Id<Institution>>()),
            regions: small::<RegionCode>(),
            sources: vec(any::<Source>(), 0..2),
            extra: extra(),
        }
    }
);

arbitrary!(
    TrainingSite,
    record! {
        TrainingSite {
            id: any::<Id<TrainingSite>>(),
            institution: any::<Id<Institution>>(),
            level: any::<Level>(),
            topic: text(),
            programmes: small::<Id<Programme>>(),
            sources: vec(any::<Source>(), 0..2),
            extra: extra(),
        }
    }
);

arbitrary!(
    Enrollment,
    record! {
        Enrollment {
            person: option::of(any::<Id<Person>>()),
            home_region: option::of(any::<RegionCode>()),
            home_institution: option::of(any::<Id<Institution>>()),
            status: any::<EnrollmentStatus>(),
            extra: extra(),
        }
    }
);

arbitrary!(
    Cohort,
    record! {
        Cohort {
            id: any::<Id<Cohort>>(),
            site: any::<Id<TrainingSite>>(),
            title: text(),
            dates: option::of(any::<DateRange>()),
            format: any::<CohortFormat>(),
            capacity: option::of(0u32..500),
            programme: option::of(any::<Id<Programme>>()),
            enrollments: small::<Enrollment>(),
            head_counts: small::<RegionHeadCount>(),
            sources: vec(any::<Source>(), 0..2),
            extra: extra(),
        }
    }
);

/// The strategy of one field of a flat kind by its shape (see `records::kinds`), or the one
/// the description gives: `Type, field, shape[, strategy]`.
macro_rules! field_strategy {
    ($ty:ident, $f:ident, $shape:ident, $strategy:expr) => {
        $strategy
    };
    ($ty:ident, $f:ident, text) => {
        text()
    };
    ($ty:ident, $f:ident, opt_text) => {
        option::of(text())
    };
    ($ty:ident, $f:ident, id_list) => {
        list(|r: &super::$ty| &r.$f, 3)
    };
    ($ty:ident, $f:ident, display_list) => {
        list(|r: &super::$ty| &r.$f, 3)
    };
    ($ty:ident, $f:ident, open_vocab_list) => {
        list(|r: &super::$ty| &r.$f, 3)
    };
    ($ty:ident, $f:ident, json) => {
        list(|r: &super::$ty| &r.$f, 2)
    };
    ($ty:ident, $f:ident, id) => {
        one(|r: &super::$ty| &r.$f)
    };
    ($ty:ident, $f:ident, display) => {
        one(|r: &super::$ty| &r.$f)
    };
    ($ty:ident, $f:ident, vocab) => {
        one(|r: &super::$ty| &r.$f)
    };
    ($ty:ident, $f:ident, open_vocab) => {
        one(|r: &super::$ty| &r.$f)
    };
    ($ty:ident, $f:ident, scope) => {
        one(|r: &super::$ty| &r.$f)
    };
    ($ty:ident, $f:ident, flag) => {
        one(|r: &super::$ty| &r.$f)
    };
    // opt_id, opt_display, opt_vocab, opt_open_vocab, opt_region, opt_date, opt_known_date, opt_count, address
    ($ty:ident, $f:ident, $optional:ident) => {
        maybe(|r: &super::$ty| &r.$f)
    };
}

/// Any value of the type of a field (`field` names it: `|r: &Record| &r.field`).
fn one<R, T: Arbitrary>(_field: fn(&R) -> &T) -> impl Strategy<Value = T> {
    any::<T>()
}

/// None, or any value of the type of an optional field.
fn maybe<R, T: Arbitrary>(_field: fn(&R) -> &Option<T>) -> impl Strategy<Value = Option<T>> {
    option::of(any::<T>())
}

/// Fewer than `most` values of the items of a list field.
fn list<R, T: Arbitrary>(_field: fn(&R) -> &Vec<T>, most: usize) -> impl Strategy<Value = Vec<T>> {
    vec(any::<T>(), 0..most)
}

/// `Arbitrary` for each flat kind of the description: every field by its shape, then `extra`.
macro_rules! flat_arbitrary {
    ($($ty:ident {
        record: $record:literal, table: $table:literal, csv: $csv:ident, arrow: $arrow:ident,
        name: $name:expr,
        fields: [$($(#[$new:ident])? $f:ident: $shape:ident $(= $strategy:expr)?,)*]
    })*) => {$(
        arbitrary!(
            $ty,
            record! {
                $ty {
                    $($f: field_strategy!($ty, $f, $shape $(, $strategy)?),)*
                    extra: extra(),
                }
            }
        );
    )*};
}

flat_kinds!(flat_arbitrary);
