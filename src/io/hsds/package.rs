//! The HSDS Tabular Data Package: one CSV file per HSDS table and `datapackage.json`, the
//! Frictionless Data Package that describes them.

use std::io;
use std::path::Path;

use serde_json::{Map, Value, json};

use super::objects::Tabular;

/// A column of an HSDS table: name, Frictionless type and format, whether HSDS requires it,
/// and the values it may take.
struct Field {
    name: &'static str,
    kind: &'static str,
    format: Option<&'static str>,
    required: bool,
    values: &'static [&'static str],
}

/// A column of free text, optional.
const fn text(name: &'static str) -> Field {
    Field {
        name,
        kind: "string",
        format: None,
        required: false,
        values: &[],
    }
}

impl Field {
    const fn required(mut self) -> Self {
        self.required = true;
        self
    }

    const fn format(mut self, format: &'static str) -> Self {
        self.format = Some(format);
        self
    }

    const fn kind(mut self, kind: &'static str) -> Self {
        self.kind = kind;
        self
    }

    const fn one_of(mut self, values: &'static [&'static str]) -> Self {
        self.values = values;
        self
    }
}

/// A UUID column.
const fn uuid(name: &'static str) -> Field {
    text(name).format("uuid")
}

/// An HSDS table: its name, file, columns and the columns that name a row of another table
/// (`(column, table)`, the referenced column being `id`).
struct Table {
    name: &'static str,
    path: &'static str,
    fields: &'static [Field],
    references: &'static [(&'static str, &'static str)],
}

const LOCATION_TYPES: &[&str] = &["physical", "postal", "virtual"];

/// The tables in the order of HSDS's schema files, with the columns this export writes, named,
/// typed and required as those files say (`path`, `required`, `tabular_required`,
/// `format`, `datapackage_type`, `enum`).
const TABLES: &[Table] = &[
    Table {
        name: "organization",
        path: "organizations.csv",
        fields: &[
            uuid("id").required(),
            text("name").required(),
            text("alternate_name"),
            text("description").required(),
            text("email").format("email"),
            text("website").format("uri"),
            text("legal_status"),
            uuid("parent_organization_id"),
        ],
        references: &[("parent_organization_id", "organization")],
    },
    Table {
        name: "service",
        path: "services.csv",
        fields: &[
            uuid("id").required(),
            uuid("organization_id").required(),
            text("name").required(),
            text("description"),
            text("status").required().one_of(&[
                "active",
                "inactive",
                "defunct",
                "temporarily closed",
            ]),
            text("eligibility_description"),
        ],
        references: &[("organization_id", "organization")],
    },
    Table {
        name: "service_at_location",
        path: "service_at_location.csv",
        fields: &[
            uuid("id").required(),
            uuid("service_id").required(),
            uuid("location_id").required(),
        ],
        references: &[("service_id", "service"), ("location_id", "location")],
    },
    Table {
        name: "location",
        path: "locations.csv",
        fields: &[
            uuid("id").required(),
            text("location_type").required().one_of(LOCATION_TYPES),
            text("url").format("uri"),
            uuid("organization_id"),
            text("name"),
            text("description"),
            text("latitude").kind("number"),
            text("longitude").kind("number"),
        ],
        references: &[("organization_id", "organization")],
    },
    Table {
        name: "phone",
        path: "phones.csv",
        fields: &[
            uuid("id").required(),
            uuid("organization_id"),
            text("number").required(),
        ],
        references: &[("organization_id", "organization")],
    },
    Table {
        name: "address",
        path: "addresses.csv",
        fields: &[
            uuid("id").required(),
            uuid("location_id"),
            text("address_1").required(),
            text("city").required(),
            text("state_province").required(),
            text("postal_code").required(),
            text("country").required(),
            text("address_type").required().one_of(LOCATION_TYPES),
        ],
        references: &[("location_id", "location")],
    },
    Table {
        name: "schedule",
        path: "schedules.csv",
        fields: &[
            uuid("id").required(),
            uuid("location_id"),
            text("freq").one_of(&["WEEKLY", "MONTHLY"]),
            text("byday"),
            text("opens_at").kind("time"),
            text("closes_at").kind("time"),
            text("timezone").kind("number"),
            text("description"),
            text("notes"),
        ],
        references: &[("location_id", "location")],
    },
    Table {
        name: "organization_identifier",
        path: "organization_identifiers.csv",
        fields: &[
            uuid("id").required(),
            uuid("organization_id").required(),
            text("identifier_scheme"),
            text("identifier_type").required(),
            text("identifier").required(),
        ],
        references: &[("organization_id", "organization")],
    },
    Table {
        name: "taxonomy",
        path: "taxonomies.csv",
        fields: &[
            uuid("id").required(),
            text("name").required(),
            text("description").required(),
        ],
        references: &[],
    },
    Table {
        name: "taxonomy_term",
        path: "taxonomy_terms.csv",
        fields: &[
            uuid("id").required(),
            text("code"),
            text("name").required(),
            text("description").required(),
            uuid("taxonomy_id"),
            text("language"),
        ],
        references: &[("taxonomy_id", "taxonomy")],
    },
    Table {
        name: "attribute",
        path: "attributes.csv",
        fields: &[
            uuid("id").required(),
            // Names a row of the table that `link_entity` names: no single foreign key.
            uuid("link_id").required(),
            text("link_entity").required(),
            text("link_type"),
            uuid("taxonomy_term_id").required(),
        ],
        references: &[("taxonomy_term_id", "taxonomy_term")],
    },
];

/// One file of a package: its path inside the package's folder and its text.
///
/// # Example
/// ```
/// use social_services::io::hsds;
/// let files = hsds::package(&hsds::export(&social_services::sample::registry()).data);
/// assert_eq!(files[0].path, "datapackage.json");
/// assert_eq!(files[1].path, "organizations.csv");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageFile {
    /// The file name: `datapackage.json`, `organizations.csv` …
    pub path: String,
    /// Its content, UTF-8.
    pub text: String,
}

/// The objects as the HSDS Tabular Data Package: `datapackage.json` first, then one CSV file
/// per HSDS table (header row, then one row per object; every table written, empty or not).
///
/// `datapackage.json` is a Frictionless Data Package (`profile` `tabular-data-package`) with
/// a `tabular-data-resource` per table: its `path`, `schema.fields` (the columns, typed as
/// HSDS's schema files type them: `string` with `format` `uuid`, `uri` or `email`, `number`,
/// `time`; `constraints.required` and `constraints.enum` as HSDS requires and enumerates),
/// `primaryKey` `id` and `foreignKeys` for every column that names a row of another table.
/// CSV: comma-separated, `"`-quoted when needed, CRLF line ends (the Frictionless default
/// dialect), an empty cell for a value the object does not have.
///
/// # Panics
/// Never: the objects have only text map keys, the only thing JSON cannot write.
///
/// # Example
/// ```
/// use social_services::io::hsds;
///
/// let files = hsds::package(&hsds::export(&social_services::sample::registry()).data);
/// let package: serde_json::Value = serde_json::from_str(&files[0].text)?;
/// assert_eq!(package["profile"], "tabular-data-package");
/// assert_eq!(package["resources"].as_array().map(Vec::len), Some(files.len() - 1));
/// let organizations = &files[1].text;
/// assert!(organizations.starts_with("id,name,alternate_name,description,email,website,"));
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn package(data: &Tabular) -> Vec<PackageFile> {
    let objects = serde_json::to_value(data).expect("HSDS objects have only text map keys");
    let mut files = vec![PackageFile {
        path: "datapackage.json".to_owned(),
        text: descriptor(),
    }];
    for table in TABLES {
        let rows = objects[table.name]
            .as_array()
            .map_or(&[][..], Vec::as_slice);
        files.push(PackageFile {
            path: table.path.to_owned(),
            text: csv_of(table, rows),
        });
    }
    files
}

/// Writes [`package`] as the folder `dir`, atomically: a fresh folder is written and swapped
/// for the old one ([`write_dir`](crate::io::atomic::write_dir)), so a reader never sees old
/// and new tables mixed, and an interrupted write leaves the old package whole.
///
/// # Errors
/// The I/O error of writing the files or swapping the folders; `dir` is then as it was.
///
/// # Example
/// ```
/// use social_services::io::hsds;
///
/// let dir = std::env::temp_dir().join(format!("hsds-doc-{}", std::process::id()));
/// hsds::write_package(&hsds::export(&social_services::sample::registry()).data, &dir)?;
/// assert!(dir.join("datapackage.json").is_file());
/// assert!(dir.join("schedules.csv").is_file());
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn write_package(data: &Tabular, dir: &Path) -> io::Result<()> {
    let files = package(data);
    crate::io::atomic::write_dir(dir, |fresh: &Path| {
        for file in &files {
            std::fs::write(fresh.join(&file.path), &file.text)?;
        }
        Ok::<(), io::Error>(())
    })
}

/// `datapackage.json`, pretty-printed with a final newline.
fn descriptor() -> String {
    let resources: Vec<Value> = TABLES.iter().map(resource).collect();
    let package = json!({
        "profile": "tabular-data-package",
        "name": "social-services-hsds",
        "title": "Social service institutions as Open Referral HSDS 3 tables",
        "resources": resources,
    });
    let mut text = serde_json::to_string_pretty(&package).expect("a JSON value");
    text.push('\n');
    text
}

/// The `tabular-data-resource` of a table.
fn resource(table: &Table) -> Value {
    let fields: Vec<Value> = table
        .fields
        .iter()
        .map(|field| {
            let mut node = Map::new();
            node.insert("name".into(), field.name.into());
            node.insert("type".into(), field.kind.into());
            if let Some(format) = field.format {
                node.insert("format".into(), format.into());
            }
            let mut constraints = Map::new();
            if field.required {
                constraints.insert("required".into(), true.into());
            }
            if field.name == "id" {
                constraints.insert("unique".into(), true.into());
            }
            if !field.values.is_empty() {
                constraints.insert("enum".into(), field.values.into());
            }
            if !constraints.is_empty() {
                node.insert("constraints".into(), Value::Object(constraints));
            }
            Value::Object(node)
        })
        .collect();
    let foreign_keys: Vec<Value> = table
        .references
        .iter()
        .map(|&(field, target)| {
            // Frictionless: an empty resource name refers to the table itself.
            let resource = if target == table.name { "" } else { target };
            json!({"fields": field, "reference": {"resource": resource, "fields": "id"}})
        })
        .collect();
    json!({
        "name": table.name,
        "path": table.path,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": {
            "fields": fields,
            "primaryKey": "id",
            "foreignKeys": foreign_keys,
        },
    })
}

/// A table as CSV: the header, then a row per object.
fn csv_of(table: &Table, rows: &[Value]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let header = table.fields.iter().map(|f| f.name);
    writer.write_record(header).expect("writing to memory");
    for row in rows {
        let cells = table.fields.iter().map(|field| match &row[field.name] {
            Value::Null => String::new(),
            Value::String(text) => text.clone(),
            other => other.to_string(),
        });
        writer.write_record(cells).expect("writing to memory");
    }
    let bytes = writer.into_inner().expect("writing to memory");
    String::from_utf8(bytes).expect("CSV of UTF-8 text")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_of_every_object_has_a_column() {
        // A field added to an HSDS object and not to its table would be dropped silently.
        let data = crate::io::hsds::export(&crate::sample::registry()).data;
        let objects = serde_json::to_value(&data).unwrap();
        for table in TABLES {
            for row in objects[table.name].as_array().unwrap() {
                for key in row.as_object().unwrap().keys() {
                    assert!(
                        table.fields.iter().any(|f| f.name == key),
                        "{}.{key}",
                        table.name
                    );
                }
            }
        }
        let names: Vec<&str> = TABLES.iter().map(|t| t.name).collect();
        let kinds: Vec<&str> = objects
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, kinds);
    }
}
