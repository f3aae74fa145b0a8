//! JSON Schemas (draft 2020-12) of the documents this crate reads: the data set document of
//! [`io::json`](crate::io::json) and each kind of line of [`io::jsonl`](crate::io::jsonl),
//! generated with [`schemars`] from the same types serde reads and writes.
//!
//! | you want | call / type | notes |
//! | --- | --- | --- |
//! | the schema of a data set document | [`dataset`] | what [`io::json`](crate::io::json) reads |
//! | the schema of any JSON Lines line | [`jsonl_line`] | the header or any record kind |
//! | the schema of the header line, of one record kind's line | [`jsonl_header`], [`jsonl_record`] | `jsonl_record("person")`; `None` for an unknown kind |
//! | every committed schema file, by name | [`files`] with [`to_file_text`] | compared with `schema/` by `tests/schema.rs` |
//!
//! The records derive their schemas, so every `#[serde(…)]` attribute is followed: optional
//! fields are not required and may be `null`, lists may be left out, a record's unknown fields
//! are allowed (they are kept in its `extra` map), objects that refuse unknown fields say so.
//! The validated values have schemas written by hand: a string with a `pattern` where a
//! regular language describes the form, `format: uuid` for ids, and a `description` that says
//! in words what the schema cannot check.
//!
//! # What the schema does not check
//! A document the schema accepts may still be refused by the crate. The schema does not check
//! - check digits: ИНН, ОГРН, ОГРНИП and СНИЛС checksums;
//! - tables: a subject's name (codes are listed), a 29 February of a year that is not a leap
//!   year;
//! - order: that a date range does not end before it starts, the hours of a schedule;
//! - the data set as a whole: that every id a record refers to names a record of that kind in
//!   the same data set, that ids are unique, and the other rules of
//!   [`validate`](crate::validate) (a supported `format_version`, one director at a time …);
//! - lenient spellings of some values that only their parsers can tell apart (a locality's
//!   kind, a house number, a person's name given as one string);
//! - JSON details: a key named twice in one object, nesting deeper than
//!   [`MAX_NESTING`](crate::io::json::MAX_NESTING), a whole number written with a fraction
//!   (`1.0`) where the crate wants an integer.
//!
//! The schema admits every term of a vocabulary (the crate reads any term and keeps it); a
//! closed vocabulary's unrecognised term is reported by validation. Ids are described as
//! `format: uuid`, the hyphenated form every writer of the crate uses; the crate also reads the
//! simple, braced and URN forms.
//!
//! # The committed files
//! The schemas are committed in `schema/` at the root of the repository, one file per document
//! ([`files`] lists them): `dataset.schema.json`, `jsonl-line.schema.json` (any line) and
//! `jsonl-<kind>.schema.json` for the header line (`dataset`) and each record kind. The test
//! `tests/schema.rs` fails when a committed file differs from what this module generates;
//! regenerate them all with
//!
//! ```text
//! UPDATE_SCHEMA=1 cargo test --features schema --test schema
//! ```
//!
//! # Example
//! ```
//! use social_services::schema;
//!
//! let dataset = schema::dataset();
//! assert_eq!(dataset["title"], "Dataset");
//! assert_eq!(dataset["required"], serde_json::json!(["format_version"]));
//! assert_eq!(dataset["$defs"]["Inn"]["pattern"], "^(?:[0-9]{10}|[0-9]{12})$");
//!
//! let line = schema::jsonl_record("person").expect("a record kind");
//! assert_eq!(line["required"], serde_json::json!(["person"]));
//! ```

use std::borrow::Cow;
use std::marker::PhantomData;

use schemars::generate::SchemaSettings;
use schemars::transform::{Transform, transform_subschemas};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::Value;

use crate::io::jsonl::DatasetHeader;
use crate::records::{
    Appointment, Cohort, Event, Institution, NetworkPlan, Person, Programme, Service, ServicePoint,
    ServiceStatistics, StatedFigure, TrainingSite, record_kinds,
};
use crate::registry::Dataset;

mod records;
mod values;

pub(crate) use records::vocabulary;

/// The generator of every schema of this module: JSON Schema 2020-12, what the crate reads,
/// with descriptions in plain text.
fn generator() -> SchemaGenerator {
    SchemaSettings::draft2020_12()
        .for_deserialize()
        .with_transform(PlainDescriptions)
        .into_generator()
}

/// Turns the doc comments that derived schemas take as descriptions into plain text: the
/// paragraphs before the first heading or code block, each on one line, links to items of
/// the crate as their bare names.
#[derive(Clone)]
struct PlainDescriptions;

impl Transform for PlainDescriptions {
    fn transform(&mut self, schema: &mut Schema) {
        if let Some(Value::String(description)) = schema.get_mut("description") {
            *description = plain(description);
        }
        transform_subschemas(self, schema);
    }
}

/// The plain text of a doc comment (see [`PlainDescriptions`]).
fn plain(doc: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in doc.lines().map(str::trim) {
        if line.starts_with('#') || line.starts_with("```") {
            break;
        }
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current.join(" "));
    }
    unlink(&paragraphs.join("\n\n"))
}

/// `text` with each rustdoc link, `` [`Name`] `` or `` [`name`](path) ``, as `` `Name` ``.
fn unlink(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("[`") {
        let Some(len) = rest[start + 2..].find("`]") else {
            break;
        };
        out.push_str(&rest[..start]);
        out.push('`');
        out.push_str(&rest[start + 2..start + 2 + len]);
        out.push('`');
        rest = &rest[start + 2 + len + 2..];
        if rest.starts_with('(')
            && let Some(end) = rest.find(')')
        {
            rest = &rest[end + 1..];
        }
    }
    out.push_str(rest);
    out
}

/// The JSON Schema of a whole data set as one document, what [`io::json`](crate::io::json)
/// reads and writes.
///
/// # Example
/// ```
/// let schema = social_services::schema::dataset();
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// assert_eq!(schema["properties"]["institutions"]["items"]["$ref"], "#/$defs/Institution");
/// ```
pub fn dataset() -> Value {
    generator().into_root_schema_for::<Dataset>().to_value()
}

/// The JSON Schema of any line of a JSON Lines stream: the header line or one record line.
///
/// # Example
/// ```
/// let schema = social_services::schema::jsonl_line();
/// assert_eq!(schema["oneOf"].as_array().map(Vec::len), Some(13));
/// ```
pub fn jsonl_line() -> Value {
    generator()
        .into_root_schema_for::<crate::io::jsonl::Line>()
        .to_value()
}

/// The JSON Schema of the header line of a JSON Lines stream, `{"dataset":{"format_version":2}}`.
///
/// # Example
/// ```
/// let schema = social_services::schema::jsonl_header();
/// assert_eq!(schema["required"], serde_json::json!(["dataset"]));
/// ```
pub fn jsonl_header() -> Value {
    generator()
        .into_root_schema_for::<LineOf<DatasetHeader>>()
        .to_value()
}

/// The JSON Schema of the line of one record kind (one of [`JSONL_RECORD_KINDS`]), or `None`
/// for a kind that is not one.
///
/// # Example
/// ```
/// use social_services::schema;
/// let line = schema::jsonl_record("event").expect("a record kind");
/// assert_eq!(line["properties"]["event"]["$ref"], "#/$defs/Event");
/// assert!(schema::jsonl_record("workshop").is_none());
/// ```
pub fn jsonl_record(kind: &str) -> Option<Value> {
    record_line(kind).map(Schema::to_value)
}

/// Every schema committed in `schema/`: its file name and the schema.
///
/// # Example
/// ```
/// let files = social_services::schema::files();
/// assert_eq!(files[0].0, "dataset.schema.json");
/// assert!(files.iter().any(|(name, _)| name == "jsonl-service_point.schema.json"));
/// assert_eq!(files.len(), 15);
/// ```
pub fn files() -> Vec<(String, Value)> {
    let mut files = vec![
        ("dataset.schema.json".to_owned(), dataset()),
        ("jsonl-line.schema.json".to_owned(), jsonl_line()),
        ("jsonl-dataset.schema.json".to_owned(), jsonl_header()),
    ];
    files.extend(JSONL_RECORD_KINDS.iter().filter_map(|&kind| {
        jsonl_record(kind).map(|schema| (format!("jsonl-{kind}.schema.json"), schema))
    }));
    files
}

/// The text of a schema file: pretty-printed with two spaces, with a trailing newline.
///
/// # Panics
/// Never: a JSON value always serializes.
///
/// # Example
/// ```
/// use social_services::schema;
/// let text = schema::to_file_text(&schema::jsonl_header());
/// assert!(text.starts_with("{\n  \"") && text.ends_with("\n}\n"));
/// assert!(text.contains("\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"));
/// ```
pub fn to_file_text(schema: &Value) -> String {
    let mut text = serde_json::to_string_pretty(schema).expect("a JSON value serializes");
    text.push('\n');
    text
}

/// A type that a JSON Lines line wraps under its key.
trait LineKind: JsonSchema {
    /// The key of the line (`institution`).
    const KEY: &'static str;
    /// The line in words, for its description.
    const WHAT: &'static str;
}

impl LineKind for DatasetHeader {
    const KEY: &'static str = "dataset";
    const WHAT: &'static str = "The header line of a JSON Lines stream, first in the stream: the data set's format version and its own extra fields.";
}

/// Implements [`LineKind`] for each record kind, from the one list of kinds
/// ([`record_kinds!`]) that [`JSONL_RECORD_KINDS`] and [`record_line`] follow too.
macro_rules! line_kinds {
    ($($ty:ident => $key:literal, $field:ident, $doc:literal, $what:literal;)+) => {
        $(
            impl LineKind for $ty {
                const KEY: &'static str = $key;
                const WHAT: &'static str = $what;
            }
        )+

        /// The kinds of record line of a JSON Lines stream, as written in the stream: the key
        /// that wraps the record (`{"institution":{…}}`).
        ///
        /// # Example
        /// ```
        /// use social_services::schema::JSONL_RECORD_KINDS;
        /// assert_eq!(JSONL_RECORD_KINDS.len(), 12);
        /// assert!(JSONL_RECORD_KINDS.contains(&"service_point"));
        /// ```
        pub const JSONL_RECORD_KINDS: &[&str] = &[$($key),+];

        /// The schema of the line of record kind `kind`, or `None` for a kind that is not one.
        fn record_line(kind: &str) -> Option<Schema> {
            let generator = generator();
            match kind {
                $($key => Some(generator.into_root_schema_for::<LineOf<$ty>>()),)+
                _ => None,
            }
        }
    };
}

record_kinds!(line_kinds);

/// One line of a JSON Lines stream holding a `T`: an object whose only key names the kind.
struct LineOf<T>(PhantomData<T>);

impl<T: LineKind> JsonSchema for LineOf<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("{}Line", T::schema_name()).into()
    }

    fn schema_id() -> Cow<'static, str> {
        format!("social_services::schema::LineOf<{}>", T::schema_id()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let record = generator.subschema_for::<T>();
        json_schema!({
            "description": T::WHAT,
            "type": "object",
            "properties": { T::KEY: record },
            "required": [T::KEY],
            "additionalProperties": false,
        })
    }
}
