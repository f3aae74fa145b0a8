//! Issue paths back to the records' places in the document after a lenient read dropped
//! unreadable records: validation numbers the records it was given, and without this the
//! record after a dropped one would be reported at the dropped one's index.

use std::collections::{BTreeMap, BTreeSet};

use crate::registry::{IssuePath, ValidationReport};

use super::CODE_VALUE_INVALID;

/// The places in the document of the records the reader dropped, by kind: each
/// `value.invalid` issue at `kind[i]…` is one dropped record.
pub(super) fn dropped(read: &ValidationReport) -> BTreeMap<String, BTreeSet<usize>> {
    let mut dropped: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for issue in read
        .issues()
        .iter()
        .filter(|i| i.code == CODE_VALUE_INVALID)
    {
        if let Some((kind, index, _)) = split(issue.path.as_str()) {
            dropped.entry(kind.to_owned()).or_default().insert(index);
        }
    }
    dropped
}

/// The report with each path that names a record by its index among the records read renamed
/// to its index in the document.
pub(super) fn in_document(
    report: ValidationReport,
    dropped: &BTreeMap<String, BTreeSet<usize>>,
) -> ValidationReport {
    if dropped.is_empty() {
        return report;
    }
    let mut out = ValidationReport::default();
    for mut issue in report.issues().iter().cloned() {
        if let Some((kind, index, rest)) = split(issue.path.as_str())
            && let Some(gone) = dropped.get(kind)
        {
            // The index-th kept record: step over each dropped place at or before it.
            let mut place = index;
            for &d in gone {
                if d <= place {
                    place += 1;
                }
            }
            issue.path = rebuild(IssuePath::root().field(kind).index(place), rest);
        }
        out.push(issue);
    }
    out
}

/// `kind[index]rest` split into its parts, or `None` for a path that names no record.
fn split(path: &str) -> Option<(&str, usize, &str)> {
    let open = path.find('[')?;
    let close = open + path[open..].find(']')?;
    let index = path[open + 1..close].parse().ok()?;
    (!path[..open].contains('.')).then_some((&path[..open], index, &path[close + 1..]))
}

/// `base` followed by the fields (`.name`) and indices (`[n]`) of `rest`.
fn rebuild(mut base: IssuePath, rest: &str) -> IssuePath {
    let mut rest = rest;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[')
            && let Some(close) = after.find(']')
            && let Ok(index) = after[..close].parse()
        {
            base = base.index(index);
            rest = &after[close + 1..];
        } else {
            let name = rest.strip_prefix('.').unwrap_or(rest);
            let end = name.find(['.', '[']).unwrap_or(name.len());
            base = base.field(&name[..end]);
            rest = &name[end..];
        }
    }
    base
}

#[cfg(test)]
mod tests {
    use crate::ValidationOptions;

    #[test]
    fn a_record_after_a_dropped_one_is_reported_at_its_place_in_the_document() {
        // service_points[0] cannot be read (a month 13); service_points[1] reads but names an
        // unknown institution, which validation finds.
        let text = r#"{"format_version": 1, "service_points": [
            {"id": "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11", "institution": "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f12",
             "name": "А", "kind": "online", "status": "active", "opened": "2024-13"},
            {"id": "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f13", "institution": "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f14",
             "name": "Б", "kind": "online", "status": "active"}
        ]}"#;
        let report = super::super::load(text, &ValidationOptions::default()).unwrap_err();
        let paths: Vec<&str> = report.issues().iter().map(|i| i.path.as_str()).collect();
        assert_eq!(
            paths,
            ["service_points[0].opened", "service_points[1].institution"],
            "{report}"
        );
    }

    #[test]
    fn rebuilds_fields_and_indices_after_the_record() {
        let path = super::rebuild(
            crate::registry::IssuePath::root().field("events").index(3),
            ".agenda[2].speakers[0].person",
        );
        assert_eq!(path.as_str(), "events[3].agenda[2].speakers[0].person");
    }
}
