//! The tables of the record kinds with nested parts — events, programmes, training sites,
//! cohorts — and of the nested lists the registry refers to: departments and enrollments.
//! Nested parts nobody refers to by a foreign key (an event's agenda and participation, a
//! cohort's head-counts) are `jsonb` columns in their JSON form.

use crate::records::{
    Cohort, CohortId, Department, Enrollment, Event, Extra, InstitutionId, Programme, TrainingSite,
};
use crate::values::DateRange;

use super::read::Cells;
use super::{PgError, Table};

/// A `daterange` literal of the days of a range, both included.
fn range_literal(range: DateRange) -> String {
    format!("[{},{}]", range.start(), range.end())
}

/// A date range from its `daterange` column, read as `start/end` text (see `select`).
fn read_range(c: &Cells<'_>, column: &str) -> Result<Option<DateRange>, PgError> {
    c.opt(column)
}

/// The `SELECT` expression that gives a `daterange` column as a [`DateRange`]'s text form.
pub(super) fn range_select(column: &str) -> String {
    format!(
        "CASE WHEN \"{column}\" IS NULL THEN NULL ELSE lower(\"{column}\")::text || '/' || (upper(\"{column}\") - 1)::text END"
    )
}

pub(super) const EVENTS: Table<Event> = Table {
    relation: "events",
    conflict: "id",
    row_id: "id",
    columns: &[
        "id",
        "title",
        "kind",
        "level",
        "dates",
        "venue",
        "organizers",
        "programmes",
        "agenda",
        "participation",
        "outcomes",
        "sources",
        "extra",
    ],
    arrays: &["organizers", "programmes", "outcomes"],
    name: |r| r.id.to_string(),
    write: |r, w| {
        w.value("id", &r.id)?;
        w.text("title", &r.title)?;
        w.term("kind", &r.kind)?;
        w.term("level", &r.level)?;
        w.text("dates", &range_literal(r.dates))?;
        w.json("venue", &r.venue)?;
        w.list("organizers", &r.organizers)?;
        w.list("programmes", &r.programmes)?;
        w.json("agenda", &r.agenda)?;
        w.json("participation", &r.participation)?;
        w.list("outcomes", &r.outcomes)?;
        w.json("sources", &r.sources)?;
        w.json("extra", &r.extra)
    },
    read: |c| {
        Ok(Event {
            id: c.req("id")?,
            title: c.text("title")?,
            kind: c.req("kind")?,
            level: c.req("level")?,
            dates: read_range(c, "dates")?
                .ok_or_else(|| c.error("dates", super::CellError::Null))?,
            venue: c.json("venue")?,
            organizers: c.list("organizers")?,
            programmes: c.list("programmes")?,
            agenda: c.json("agenda")?,
            participation: c.json("participation")?,
            outcomes: c.list("outcomes")?,
            sources: c.json("sources")?,
            extra: c.json::<Extra>("extra")?,
        })
    },
};

pub(super) const PROGRAMMES: Table<Programme> = Table {
    relation: "programmes",
    conflict: "id",
    row_id: "id",
    columns: &[
        "id", "title", "kind", "start", "end", "owner", "regions", "sources", "extra",
    ],
    arrays: &["regions"],
    name: |r| r.id.to_string(),
    write: |r, w| {
        w.value("id", &r.id)?;
        w.text("title", &r.title)?;
        w.term("kind", &r.kind)?;
        w.opt("start", r.start.as_ref())?;
        w.opt("end", r.end.as_ref())?;
        w.opt("owner", r.owner.as_ref())?;
        w.regions("regions", &r.regions)?;
        w.json("sources", &r.sources)?;
        w.json("extra", &r.extra)
    },
    read: |c| {
        Ok(Programme {
            id: c.req("id")?,
            title: c.text("title")?,
            kind: c.req("kind")?,
            start: c.opt("start")?,
            end: c.opt("end")?,
            owner: c.opt("owner")?,
            regions: c.regions("regions")?,
            sources: c.json("sources")?,
            extra: c.json::<Extra>("extra")?,
        })
    },
};

pub(super) const TRAINING_SITES: Table<TrainingSite> = Table {
    relation: "training_sites",
    conflict: "id",
    row_id: "id",
    columns: &[
        "id",
        "institution",
        "level",
        "topic",
        "programmes",
        "sources",
        "extra",
    ],
    arrays: &["programmes"],
    name: |r| r.id.to_string(),
    write: |r, w| {
        w.value("id", &r.id)?;
        w.value("institution", &r.institution)?;
        w.term("level", &r.level)?;
        w.text("topic", &r.topic)?;
        w.list("programmes", &r.programmes)?;
        w.json("sources", &r.sources)?;
        w.json("extra", &r.extra)
    },
    read: |c| {
        Ok(TrainingSite {
            id: c.req("id")?,
            institution: c.req("institution")?,
            level: c.req("level")?,
            topic: c.text("topic")?,
            programmes: c.list("programmes")?,
            sources: c.json("sources")?,
            extra: c.json::<Extra>("extra")?,
        })
    },
};

pub(super) const COHORTS: Table<Cohort> = Table {
    relation: "cohorts",
    conflict: "id",
    row_id: "id",
    columns: &[
        "id",
        "site",
        "title",
        "dates",
        "format",
        "capacity",
        "programme",
        "head_counts",
        "sources",
        "extra",
    ],
    arrays: &[],
    name: |r| r.id.to_string(),
    write: |r, w| {
        w.value("id", &r.id)?;
        w.value("site", &r.site)?;
        w.text("title", &r.title)?;
        match &r.dates {
            Some(dates) => w.text("dates", &range_literal(*dates))?,
            None => w.null(),
        }
        w.term("format", &r.format)?;
        w.opt("capacity", r.capacity.as_ref())?;
        w.opt("programme", r.programme.as_ref())?;
        w.json("head_counts", &r.head_counts)?;
        w.json("sources", &r.sources)?;
        w.json("extra", &r.extra)
    },
    read: |c| {
        let capacity = c
            .cell("capacity")?
            .map(|text| {
                text.parse::<u32>().map_err(|_| {
                    c.error(
                        "capacity",
                        super::CellError::Number {
                            value: text.clone(),
                            expected: "a whole number from 0 to 4294967295",
                        },
                    )
                })
            })
            .transpose()?;
        Ok(Cohort {
            id: c.req("id")?,
            site: c.req("site")?,
            title: c.text("title")?,
            dates: read_range(c, "dates")?,
            format: c.req("format")?,
            capacity,
            programme: c.opt("programme")?,
            enrollments: Vec::new(),
            head_counts: c.json("head_counts")?,
            sources: c.json("sources")?,
            extra: c.json::<Extra>("extra")?,
        })
    },
};

pub(super) const DEPARTMENTS: Table<(InstitutionId, Department)> = Table {
    relation: "departments",
    conflict: "id",
    row_id: "id",
    columns: &[
        "id",
        "institution",
        "name",
        "kind",
        "opened",
        "closed",
        "sources",
        "extra",
    ],
    arrays: &[],
    name: |(_, d)| d.id.to_string(),
    write: |(institution, d), w| {
        w.value("id", &d.id)?;
        w.value("institution", institution)?;
        w.text("name", &d.name)?;
        w.term("kind", &d.kind)?;
        w.opt("opened", d.opened.as_ref())?;
        w.opt("closed", d.closed.as_ref())?;
        w.json("sources", &d.sources)?;
        w.json("extra", &d.extra)
    },
    read: |c| {
        Ok((
            c.req("institution")?,
            Department {
                id: c.req("id")?,
                name: c.text("name")?,
                kind: c.req("kind")?,
                opened: c.opt("opened")?,
                closed: c.opt("closed")?,
                sources: c.json("sources")?,
                extra: c.json::<Extra>("extra")?,
            },
        ))
    },
};

pub(super) const ENROLLMENTS: Table<(CohortId, Enrollment)> = Table {
    relation: "enrollments",
    conflict: "cohort, position",
    row_id: "cohort::text || ' #' || position::text",
    columns: &[
        "cohort",
        "person",
        "home_region",
        "home_institution",
        "status",
        "extra",
    ],
    arrays: &[],
    name: |(cohort, _)| format!("{cohort}"),
    write: |(cohort, e), w| {
        w.value("cohort", cohort)?;
        w.opt("person", e.person.as_ref())?;
        w.region(e.home_region);
        w.opt("home_institution", e.home_institution.as_ref())?;
        w.term("status", &e.status)?;
        w.json("extra", &e.extra)
    },
    read: |c| {
        Ok((
            c.req("cohort")?,
            Enrollment {
                person: c.opt("person")?,
                home_region: c.region("home_region")?,
                home_institution: c.opt("home_institution")?,
                status: c.req("status")?,
                extra: c.json::<Extra>("extra")?,
            },
        ))
    },
};
