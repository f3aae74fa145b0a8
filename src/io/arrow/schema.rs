//! The columns of the tables and their Arrow types: one [`Kind`] per way a value is stored,
//! and the schema of a table built from its list of [`Column`]s.

use std::collections::HashMap;
use std::sync::Arc;

use arrow_schema::{DataType, Field, Schema, SchemaRef};

use crate::registry::FORMAT_VERSION;

/// The key of the schema metadata that holds the crate's data set format version
/// ([`FORMAT_VERSION`](crate::FORMAT_VERSION), `"2"`).
///
/// # Example
/// ```
/// use social_services::io::arrow::{FORMAT_VERSION_KEY, Table};
/// use social_services::Person;
///
/// let schema = Person::schema();
/// assert_eq!(schema.metadata()[FORMAT_VERSION_KEY], social_services::FORMAT_VERSION.to_string());
/// ```
pub const FORMAT_VERSION_KEY: &str = "social_services.format_version";

/// The key of the schema metadata that names the table (`"persons"`).
///
/// # Example
/// ```
/// use social_services::io::arrow::{TABLE_KEY, Table};
/// use social_services::Person;
///
/// assert_eq!(Person::schema().metadata()[TABLE_KEY], "persons");
/// ```
pub const TABLE_KEY: &str = "social_services.table";

/// How a column stores its values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A UUID: `FixedSizeBinary(16)`, the 16 bytes in the UUID's order.
    Id,
    /// A text or a value's text form: `Utf8`.
    Text,
    /// A term of a vocabulary by its canonical English name: `Dictionary(Int16, Utf8)`.
    Term,
    /// A short code of a small closed set (region code, date precision, count qualifier,
    /// scope level): `Dictionary(Int8, Utf8)`.
    Code,
    /// The first day of a date: `Date32`.
    Date,
    /// A count: `UInt64`.
    Count,
    /// A yes or no: `Boolean`.
    Flag,
    /// A coordinate in degrees: `Float64`.
    Float,
    /// Texts: `List<Utf8>`.
    TextList,
    /// UUIDs: `List<FixedSizeBinary(16)>`.
    IdList,
    /// Records as a JSON array, or unknown fields as a JSON object: `Utf8`.
    Json,
}

impl Kind {
    /// The Arrow type of the column.
    pub fn data_type(self) -> DataType {
        let item = |data_type| Arc::new(Field::new("item", data_type, false));
        match self {
            Self::Id => DataType::FixedSizeBinary(16),
            Self::Text | Self::Json => DataType::Utf8,
            Self::Term => DataType::Dictionary(Box::new(DataType::Int16), Box::new(DataType::Utf8)),
            Self::Code => DataType::Dictionary(Box::new(DataType::Int8), Box::new(DataType::Utf8)),
            Self::Date => DataType::Date32,
            Self::Count => DataType::UInt64,
            Self::Flag => DataType::Boolean,
            Self::Float => DataType::Float64,
            Self::TextList => DataType::List(item(DataType::Utf8)),
            Self::IdList => DataType::List(item(DataType::FixedSizeBinary(16))),
        }
    }

    /// The Arrow type as the module docs write it.
    pub fn type_name(self) -> &'static str {
        match self {
            Self::Id => "FixedSizeBinary(16)",
            Self::Text | Self::Json => "Utf8",
            Self::Term => "Dictionary(Int16, Utf8)",
            Self::Code => "Dictionary(Int8, Utf8)",
            Self::Date => "Date32",
            Self::Count => "UInt64",
            Self::Flag => "Boolean",
            Self::Float => "Float64",
            Self::TextList => "List<Utf8>",
            Self::IdList => "List<FixedSizeBinary(16)>",
        }
    }
}

/// Whether a column may hold nulls and may be left out of a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// No nulls, and a batch must have the column.
    Required,
    /// Nulls for absent values; a batch without the column reads as all null.
    Optional,
    /// No nulls (an empty list, `false`), but a batch without the column reads as all empty.
    Defaulted,
}

/// One column of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The column's name.
    pub name: &'static str,
    /// How it stores its values.
    pub kind: Kind,
    /// Whether it may hold nulls and may be left out.
    pub presence: Presence,
}

/// A column that every row fills and every batch has.
pub const fn required(name: &'static str, kind: Kind) -> Column {
    Column {
        name,
        kind,
        presence: Presence::Required,
    }
}

/// A column whose nulls are absent values.
pub const fn optional(name: &'static str, kind: Kind) -> Column {
    Column {
        name,
        kind,
        presence: Presence::Optional,
    }
}

/// A column without nulls that a batch may leave out (lists, flags, JSON of records).
pub const fn defaulted(name: &'static str, kind: Kind) -> Column {
    Column {
        name,
        kind,
        presence: Presence::Defaulted,
    }
}

/// The nine columns of an address.
pub const ADDRESS: [Column; 9] = [
    optional("address_region", Kind::Code),
    optional("address_district", Kind::Text),
    optional("address_locality", Kind::Text),
    optional("address_street", Kind::Text),
    optional("address_house", Kind::Text),
    optional("address_postal_code", Kind::Text),
    optional("address_oktmo", Kind::Text),
    optional("address_latitude", Kind::Float),
    optional("address_longitude", Kind::Float),
];

/// The schema of a table: its columns, and the metadata naming the table and the format
/// version.
pub fn schema(table: &'static str, columns: &[Column]) -> SchemaRef {
    let fields: Vec<Field> = columns
        .iter()
        .map(|c| {
            let nullable = c.presence == Presence::Optional;
            Field::new(c.name, c.kind.data_type(), nullable)
        })
        .collect();
    let metadata = HashMap::from([
        (FORMAT_VERSION_KEY.to_owned(), FORMAT_VERSION.to_string()),
        (TABLE_KEY.to_owned(), table.to_owned()),
    ]);
    Arc::new(Schema::new(fields).with_metadata(metadata))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::arrow::{Table, tables};

    #[test]
    fn every_kind_has_the_arrow_type_its_name_says() {
        let kinds = [
            Kind::Id,
            Kind::Text,
            Kind::Term,
            Kind::Code,
            Kind::Date,
            Kind::Count,
            Kind::Flag,
            Kind::Float,
            Kind::TextList,
            Kind::IdList,
            Kind::Json,
        ];
        for kind in kinds {
            let written = match kind.data_type() {
                DataType::List(item) => {
                    assert!(!item.is_nullable(), "{kind:?}");
                    assert_eq!(item.name(), "item");
                    let inner = Kind::type_name(match item.data_type() {
                        DataType::Utf8 => Kind::Text,
                        _ => Kind::Id,
                    });
                    format!("List<{inner}>")
                }
                other => other.to_string(),
            };
            assert_eq!(written, kind.type_name(), "{kind:?}");
        }
    }

    #[test]
    fn a_schema_names_its_table_and_the_format_version() {
        let schema = schema("persons", &[required("id", Kind::Id)]);
        assert_eq!(schema.metadata()[TABLE_KEY], "persons");
        assert_eq!(schema.metadata()[FORMAT_VERSION_KEY], "2");
        assert!(!schema.field(0).is_nullable());
    }

    #[test]
    fn only_optional_columns_are_nullable() {
        for (name, columns) in tables::ALL {
            let schema = schema(name, columns);
            for (field, column) in schema.fields().iter().zip(columns) {
                assert_eq!(
                    field.is_nullable(),
                    column.presence == Presence::Optional,
                    "{name}.{}",
                    column.name
                );
            }
        }
    }

    #[test]
    fn no_table_names_a_column_twice() {
        for (name, columns) in tables::ALL {
            let mut names: Vec<&str> = columns.iter().map(|c| c.name).collect();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), columns.len(), "{name}");
        }
    }

    /// The rows of the module docs' table of one table: `(column, type, nullable)`.
    fn documented(table: &str) -> Vec<(String, String, String)> {
        let docs = include_str!("mod.rs");
        let heading = format!("//! ## `{table}`");
        let start = docs
            .find(&heading)
            .unwrap_or_else(|| panic!("no section {heading}"));
        docs[start..]
            .lines()
            .skip(1)
            .skip_while(|line| !line.starts_with("//! | `"))
            .take_while(|line| line.starts_with("//! | `"))
            .map(|line| {
                let cells: Vec<&str> = line
                    .trim_start_matches("//! |")
                    .split(" | ")
                    .map(str::trim)
                    .collect();
                (
                    cells[0].trim_matches('`').to_owned(),
                    cells[1].trim_matches('`').to_owned(),
                    cells[2].to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn the_module_docs_list_every_column_of_every_table_with_its_type() {
        for (name, columns) in tables::ALL {
            let expected: Vec<(String, String, String)> = columns
                .iter()
                .map(|c| {
                    let nullable = match c.presence {
                        Presence::Optional => "yes",
                        Presence::Required | Presence::Defaulted => "no",
                    };
                    (
                        c.name.to_owned(),
                        c.kind.type_name().to_owned(),
                        nullable.to_owned(),
                    )
                })
                .collect();
            assert_eq!(documented(name), expected, "table {name}");
        }
    }

    #[test]
    fn each_table_has_its_schema() {
        assert_eq!(
            crate::Institution::schema().metadata()[TABLE_KEY],
            "institutions"
        );
        assert_eq!(
            crate::stream::AttendanceRow::schema().fields().len(),
            tables::ATTENDANCE.len()
        );
    }
}
