//! A registry's events, institutions and service points as schema.org JSON-LD (one `@graph`),
//! for a centre's website to embed in a `<script type="application/ld+json">` element so that
//! search engines show them.
//!
//! ```text
//! cargo run --example jsonld                          # the sample's events, JSON
//! cargo run --example jsonld -- --html                # the same inside a <script> element
//! cargo run --example jsonld -- --kind all            # events, institutions and points
//! cargo run --example jsonld -- --input registry.json --out events.jsonld
//! ```
//!
//! Options:
//! - `--input FILE`: a dataset document (`.json`) or JSON Lines (`.jsonl`); default: the
//!   embedded sample;
//! - `--kind events|institutions|service-points|all`: what the graph holds (default `events`):
//!   events (`Event`, `EducationEvent`), institutions (`GovernmentOrganization`,
//!   `Organization`, with their departments and places), service points (`Place`, an online
//!   one `VirtualLocation`), or all three;
//! - `--html`: write the `<script type="application/ld+json">` element, ready to paste;
//! - `--out FILE`: the file to write (atomically); default: stdout.
//!
//! Speakers appear by name and post only: no СНИЛС, phone or e-mail of a person is written.
//! Bad input ends the program with the validation report on stderr and exit code 1.

use std::path::PathBuf;
use std::process::ExitCode;

mod common;

use social_services::io::jsonld;

struct Args {
    input: Option<PathBuf>,
    kind: String,
    html: bool,
    out: Option<PathBuf>,
}

const HELP: &str = "usage: jsonld [--input FILE] [--kind events|institutions|service-points|all] [--html] [--out FILE]";

fn parse_args() -> Result<Option<Args>, String> {
    let mut args = Args {
        input: None,
        kind: "events".to_owned(),
        html: false,
        out: None,
    };
    let go = common::parse_flags(HELP, |flag, value| {
        match flag {
            "--input" => args.input = Some(value.get()?.into()),
            "--html" => args.html = true,
            "--kind" => {
                let kind = value.get()?;
                if !["events", "institutions", "service-points", "all"].contains(&kind.as_str()) {
                    return Err(format!("unknown --kind {kind:?}\n{HELP}"));
                }
                args.kind = kind;
            }
            "--out" => args.out = Some(value.get()?.into()),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(go.then_some(args))
}

fn run() -> Result<(), String> {
    let Some(args) = parse_args()? else {
        return Ok(());
    };
    let registry = common::load(args.input.as_deref())?;
    let graph = graph(&registry, &args.kind);
    let text = if args.html {
        jsonld::script(&graph)
    } else {
        let mut text = jsonld::to_string_pretty(&graph);
        text.push('\n');
        text
    };
    common::output(args.out.as_deref(), &text)
}

/// One document: `@context` and a `@graph` of the nodes of `kind`.
fn graph(registry: &social_services::Registry, kind: &str) -> serde_json::Value {
    let mut nodes = Vec::new();
    if matches!(kind, "events" | "all") {
        let events = jsonld::events(registry);
        nodes.extend(events["@graph"].as_array().into_iter().flatten().cloned());
    }
    // Each document is a node with its own `@context`: inside the graph the top one serves.
    let mut node = |mut document: serde_json::Value| {
        if let Some(map) = document.as_object_mut() {
            map.remove("@context");
        }
        nodes.push(document);
    };
    if matches!(kind, "institutions" | "all") {
        registry
            .institutions()
            .for_each(|i| node(jsonld::institution(registry, i)));
    }
    if matches!(kind, "service-points" | "all") {
        registry
            .service_points()
            .for_each(|p| node(jsonld::service_point(p)));
    }
    serde_json::json!({"@context": jsonld::CONTEXT, "@graph": nodes})
}

fn main() -> ExitCode {
    common::exit(run())
}
