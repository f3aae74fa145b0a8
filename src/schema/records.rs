//! The JSON Schemas of what records hold besides values: typed ids, stated counts, statistics
//! scopes and the vocabularies.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use crate::records::stated_count::WORDS;
use crate::records::{Id, StatedCount, StatisticsScope, Vocabulary};

/// What the schema of an id says about references, which only the crate can check.
const REFERENCES: &str = "An id that a record refers to must be the id of a record of that kind in the same data set, and ids are unique per kind: the crate checks both when it validates the data set (`reference.*`, `record.duplicate_id`), the schema does not.";

impl<T: JsonSchema> JsonSchema for Id<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("{}Id", T::schema_name()).into()
    }

    fn schema_id() -> Cow<'static, str> {
        format!("social_services::records::Id<{}>", T::schema_id()).into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": format!(
                "The id of a record of kind {}: a UUID, written in the hyphenated form (the crate also reads the simple, braced and URN forms, which `format: uuid` does not admit). {REFERENCES}",
                T::schema_name()
            ),
            "type": "string",
            "format": "uuid",
        })
    }
}

/// `word` as a pattern that matches it in any case, as the crate's lower-casing reader does.
fn caseless(word: &str) -> String {
    word.chars()
        .map(|c| {
            let upper: String = c.to_uppercase().collect();
            let lower: String = c.to_lowercase().collect();
            match c {
                '.' => "\\.".to_owned(),
                _ if upper == lower => c.to_string(),
                _ => format!("[{lower}{upper}]"),
            }
        })
        .collect()
}

/// The pattern of a [`StatedCount`] written as text: an optional qualifier word, a whole
/// number (groups of digits may be separated by spaces) and an optional `тыс.` or `млн`.
pub(crate) fn stated_count_pattern() -> String {
    let words: Vec<String> = WORDS.iter().map(|(word, _)| caseless(word)).collect();
    let multipliers: Vec<String> = ["тыс.", "тыс", "млн.", "млн"]
        .iter()
        .map(|word| caseless(word))
        .collect();
    format!(
        "^\\s*(?:(?:{})\\s+)?[0-9][0-9 \\u00a0\\u202f]*(?:{})?\\s*$",
        words.join("|"),
        multipliers.join("|")
    )
}

impl JsonSchema for StatedCount {
    fn schema_name() -> Cow<'static, str> {
        "StatedCount".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "social_services::records::StatedCount".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A count as a source states it. An exact count is a whole number (the crate writes it so); a qualified one is text: `более 250`, `до 250`, `около 250`, `почти 150000` (the crate also reads `свыше`, `больше`, `примерно`, the English `more than`, `up to`, `about`, `almost`, spaces between groups of digits and the multipliers `тыс.` and `млн`). That the number fits in 64 bits is checked by the crate, not by the schema.",
            "anyOf": [
                { "type": "integer", "minimum": 0 },
                { "type": "string", "pattern": stated_count_pattern() },
            ],
            "examples": [13, "более 250"],
        })
    }
}

/// The pattern of a UUID in any form the `uuid` crate reads: simple, hyphenated, braced, URN.
const ANY_UUID: &str = "(?:[0-9A-Fa-f]{32}|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|\\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\}|urn:uuid:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})";

impl JsonSchema for StatisticsScope {
    fn schema_name() -> Cow<'static, str> {
        "StatisticsScope".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "social_services::records::StatisticsScope".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": format!("Whom a row of service statistics is for: `service_point:<id>`, `department:<id>`, `institution:<id>`, `region:<subject code or name>` or `country`. A region's name is looked up in the crate's table of subjects by the crate, not by the schema. {REFERENCES}"),
            "type": "string",
            "pattern": format!("^(?:country|(?:service_point|department|institution):{ANY_UUID}|region:.*\\S.*)$"),
            "examples": ["region:71", "country"],
        })
    }
}

/// The schema of a vocabulary `V` whose doc comment is `doc`: any string, with the known terms
/// listed and the first paragraph of the doc comment as the summary.
///
/// Every vocabulary reads any text: a known term in any of its spellings, or (open) another
/// legitimate term or (closed) an unrecognised one, kept as written either way.
pub(crate) fn vocabulary<V: Vocabulary>(doc: &str) -> Schema {
    let summary: Vec<&str> = doc
        .lines()
        .map(str::trim)
        .take_while(|line| !line.is_empty())
        .collect();
    let summary = summary.join(" ");
    let known: Vec<&str> = V::known().iter().map(Vocabulary::as_str).collect();
    let spellings: Vec<String> = V::known()
        .iter()
        .map(|term| format!("`{}` ({})", term.as_str(), term.label_ru()))
        .collect();
    let escape = if V::IS_OPEN {
        "An open vocabulary: any other term is legitimate and kept as written."
    } else {
        "A closed vocabulary: any other term is read and kept as written, and validation reports it (`vocabulary.unrecognised_term`: a warning, an error in strict validation); the schema does not refuse it."
    };
    json_schema!({
        "description": format!(
            "{summary} Known terms: {}. The crate also reads each term's Russian name and other spellings, ignoring case, punctuation and ё/е, and writes the canonical name. {escape}",
            spellings.join(", ")
        ),
        "type": "string",
        "anyOf": [
            { "enum": known, "description": "A known term, as the crate writes it." },
            { "description": "Another spelling of a known term, or another term." },
        ],
    })
}
