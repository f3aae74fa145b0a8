//! One event as a short readable digest: what, when, where, who spoke, who came, what was
//! decided — from the embedded sample or your own data.
//!
//! ```text
//! cargo run --example event_digest                         # every event of the sample
//! cargo run --example event_digest -- --event Тул           # events whose title or place matches
//! cargo run --example event_digest -- --input registry.json --event 6f1c1b2e-…
//! ```
//!
//! Bad input ends the program with the validation report on stderr and exit code 1.

use std::fmt::Write as _;
use std::process::ExitCode;

mod common;

use social_services::aggregate::{self, EventSummary, Reconciled};
use social_services::{Event, Registry, records::Vocabulary, report::escape_markdown as md};

fn figure(what: &str, figure: &Reconciled) -> Option<String> {
    let value = figure.value?;
    let basis = figure.basis.map_or("", |b| b.label());
    Some(format!("{what}: {value} ({basis})"))
}

fn digest(registry: &Registry, event: &Event, summary: &EventSummary) -> String {
    let mut out = String::new();
    let institution = |id| {
        registry.institution(id).map_or_else(
            || "неизвестное учреждение".to_owned(),
            |i| md(i.short_name.as_ref().unwrap_or(&i.name)),
        )
    };
    let _ = writeln!(out, "# «{}»\n", md(&event.title));
    let dates = if event.dates.days() == 1 {
        event.dates.start().format("%d.%m.%Y").to_string()
    } else {
        format!(
            "{}–{}",
            event.dates.start().format("%d.%m.%Y"),
            event.dates.end().format("%d.%m.%Y")
        )
    };
    let place = [
        event.venue.locality.as_deref().map(md),
        event.venue.institution.map(institution),
        summary.region.map(|r| r.subject().name().to_owned()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    let _ = writeln!(
        out,
        "**Что:** {} ({}).  ",
        event.kind.label_ru(),
        event.level.label_ru()
    );
    let _ = writeln!(out, "**Когда:** {dates}.  ");
    if !place.is_empty() {
        let _ = writeln!(out, "**Где:** {place}.  ");
    }
    if !event.organizers.is_empty() {
        let names: Vec<String> = event.organizers.iter().map(|&id| institution(id)).collect();
        let _ = writeln!(out, "**Организаторы:** {}.", names.join("; "));
    }
    write_agenda(&mut out, registry, event);
    let came: Vec<String> = [
        figure("участников", &summary.participants),
        figure("учреждений", &summary.institutions),
        figure("субъектов Российской Федерации", &summary.regions),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !came.is_empty() || !event.participation.stated.groups.is_empty() {
        let _ = writeln!(out, "\n## Кто участвовал\n");
        for line in came {
            let _ = writeln!(out, "- {line}");
        }
        for group in &event.participation.stated.groups {
            let _ = writeln!(out, "- {}", md(group));
        }
    }
    if !event.outcomes.is_empty() {
        let _ = writeln!(out, "\n## Итоги\n");
        for outcome in &event.outcomes {
            let _ = writeln!(out, "- {}", md(outcome));
        }
    }
    for source in &event.sources {
        let title = source
            .title
            .as_deref()
            .map_or_else(String::new, |t| format!(": {}", md(t)));
        let _ = write!(out, "\n_Источник{title}");
        if let Some(publisher) = &source.publisher {
            let _ = write!(out, ", {}", md(publisher));
        }
        if let Some(note) = &source.note {
            let _ = write!(out, ". {}", md(note));
        }
        let _ = writeln!(out, "._");
    }
    out
}

/// Who spoke: one line per agenda item, with each speaker's post when known.
fn write_agenda(out: &mut String, registry: &Registry, event: &Event) {
    let person = |id| {
        registry.person(id).map_or_else(
            || "неизвестный участник".to_owned(),
            |p| md(&p.name.short()),
        )
    };
    let institution = |id| {
        registry.institution(id).map_or_else(
            || "неизвестное учреждение".to_owned(),
            |i| md(i.short_name.as_ref().unwrap_or(&i.name)),
        )
    };
    if !event.agenda.is_empty() {
        let _ = writeln!(out, "\n## Кто выступал\n");
        for item in &event.agenda {
            let mut line = format!("- {}", item.kind.label_ru());
            if let Some(title) = &item.title {
                let _ = write!(line, ": {}", md(title));
            }
            let speakers: Vec<String> = item
                .speakers
                .iter()
                .map(|s| {
                    let post = s
                        .appointment
                        .and_then(|id| registry.appointment(id))
                        .map(|a| {
                            let title = a
                                .title
                                .as_deref()
                                .map_or_else(|| a.role.label_ru().to_owned(), md);
                            format!("{title}, {}", institution(a.institution))
                        });
                    match post {
                        Some(post) => format!("{} ({post})", person(s.person)),
                        None => person(s.person),
                    }
                })
                .collect();
            if !speakers.is_empty() {
                let _ = write!(line, " — {}", speakers.join("; "));
            }
            let _ = writeln!(out, "{line}");
        }
    }
}

const HELP: &str = "usage: event_digest [--input FILE] [--event ID|TEXT] [--warnings]";

fn run() -> Result<(), String> {
    let (mut input, mut filter, mut list_warnings) = (None, None, false);
    let go = common::parse_flags(HELP, |flag, value| {
        match flag {
            "--input" => input = Some(value.get()?),
            "--event" => filter = Some(value.get()?),
            "--warnings" => list_warnings = true,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    if !go {
        return Ok(());
    }
    let registry = common::load(input.as_deref().map(std::path::Path::new))?;
    common::warnings(&registry, list_warnings);
    let matches = |event: &Event| {
        filter.as_deref().is_none_or(|f| {
            event.id.to_string() == f
                || event.title.to_lowercase().contains(&f.to_lowercase())
                || event
                    .venue
                    .locality
                    .as_deref()
                    .is_some_and(|l| l.to_lowercase().contains(&f.to_lowercase()))
        })
    };
    let events: Vec<&Event> = registry.events().filter(|e| matches(e)).collect();
    if events.is_empty() {
        return Err("no event matches".to_owned());
    }
    let digests: Vec<String> = events
        .iter()
        .filter_map(|event| {
            aggregate::event_summary(&registry, event.id).map(|s| digest(&registry, event, &s))
        })
        .collect();
    print!("{}", digests.join("\n---\n\n"));
    Ok(())
}

fn main() -> ExitCode {
    common::exit(run())
}
