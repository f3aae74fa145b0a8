//! Reading the columns of a record batch back into values: each column is looked up once per
//! batch by name, its Arrow type checked, and each cell read through the value's own parser,
//! so that a bad cell is reported with the value's message, its row and its column.

use std::str::FromStr;

use arrow_array::cast::AsArray;
use arrow_array::types::{Date32Type, Float64Type, Int64Type, UInt64Type};
use arrow_array::{
    Array, BooleanArray, Date32Array, FixedSizeBinaryArray, Float64Array, Int64Array,
    LargeStringArray, ListArray, RecordBatch, StringArray, StringViewArray, UInt64Array,
};
use arrow_buffer::NullBuffer;
use chrono::{Datelike, TimeDelta};
use serde::de::DeserializeOwned;

use crate::records::{Extra, Id, Qualifier, StatedCount};
use crate::registry::FORMAT_VERSION;
use crate::values::{
    Address, DatePrecision, District, GeoPoint, House, KnownDate, Locality, Oktmo, PartialDate,
    PostalCode, RegionCode, Street,
};

use super::super::IoError;
use super::super::error::{Cause, Problem};
use super::schema::{Column, FORMAT_VERSION_KEY, Presence, TABLE_KEY};
use super::write::epoch;

/// What the readers of text accept.
const TEXT_TYPES: &str = "Utf8, LargeUtf8, Utf8View or a dictionary of them";

/// A bad cell: its message, and the column to name when it is not the one being read (the
/// precision of a date, the qualifier of a count).
pub struct Fault {
    column: Option<&'static str>,
    cause: Cause,
}

impl From<String> for Fault {
    fn from(message: String) -> Self {
        Self::from(Problem::cause(message))
    }
}

impl From<Cause> for Fault {
    fn from(cause: Cause) -> Self {
        Self {
            column: None,
            cause,
        }
    }
}

/// A parser of a cell's text: the value, or why it does not read.
type Parse<T> = fn(&str) -> Result<T, Cause>;

/// The cells of one column (or of the columns one value spans), by row index.
trait Source<T> {
    fn get(&self, index: usize) -> Result<Option<T>, Fault>;
}

/// A column the batch does not have: every cell is absent.
struct Absent;

impl<T> Source<T> for Absent {
    fn get(&self, _: usize) -> Result<Option<T>, Fault> {
        Ok(None)
    }
}

/// The cells of a text column, of any of Arrow's string layouts.
#[derive(Clone, Copy)]
enum Texts<'a> {
    Utf8(&'a StringArray),
    Large(&'a LargeStringArray),
    View(&'a StringViewArray),
}

impl<'a> Texts<'a> {
    fn of(array: &'a dyn Array) -> Option<Self> {
        if let Some(a) = array.as_string_opt::<i32>() {
            Some(Self::Utf8(a))
        } else if let Some(a) = array.as_string_opt::<i64>() {
            Some(Self::Large(a))
        } else {
            array.as_string_view_opt().map(Self::View)
        }
    }

    fn get(self, index: usize) -> Option<&'a str> {
        match self {
            Self::Utf8(a) => a.is_valid(index).then(|| a.value(index)),
            Self::Large(a) => a.is_valid(index).then(|| a.value(index)),
            Self::View(a) => a.is_valid(index).then(|| a.value(index)),
        }
    }

    fn len(self) -> usize {
        match self {
            Self::Utf8(a) => a.len(),
            Self::Large(a) => a.len(),
            Self::View(a) => a.len(),
        }
    }
}

/// Texts read one by one through a parser.
struct Parsed<'a, T> {
    texts: Texts<'a>,
    parse: Parse<T>,
}

impl<T> Source<T> for Parsed<'_, T> {
    fn get(&self, index: usize) -> Result<Option<T>, Fault> {
        self.texts
            .get(index)
            .map(self.parse)
            .transpose()
            .map_err(Fault::from)
    }
}

/// A dictionary of texts, each entry read once through the parser (a bad entry is read again
/// for the error of each of its cells).
struct Dictionary<'a, T> {
    keys: Vec<usize>,
    nulls: Option<NullBuffer>,
    values: Vec<Option<Result<T, ()>>>,
    texts: Texts<'a>,
    parse: Parse<T>,
}

impl<T: Clone> Source<T> for Dictionary<'_, T> {
    fn get(&self, index: usize) -> Result<Option<T>, Fault> {
        if self.nulls.as_ref().is_some_and(|n| n.is_null(index)) {
            return Ok(None);
        }
        let key = self.keys[index];
        match self.values.get(key) {
            Some(Some(Ok(value))) => Ok(Some(value.clone())),
            Some(Some(Err(()))) => match self.texts.get(key).map(self.parse) {
                Some(Err(cause)) => Err(Fault::from(cause)),
                Some(Ok(value)) => Ok(Some(value)),
                None => Ok(None),
            },
            Some(None) | None => Ok(None),
        }
    }
}

/// The texts of `array`, plain or dictionary-encoded, read through `parse`; none when the
/// array holds no texts.
fn text_source<'a, T: Clone + 'a>(
    array: &'a dyn Array,
    parse: Parse<T>,
) -> Option<Box<dyn Source<T> + 'a>> {
    if let Some(texts) = Texts::of(array) {
        return Some(Box::new(Parsed { texts, parse }));
    }
    let dictionary = array.as_any_dictionary_opt()?;
    let texts = Texts::of(dictionary.values().as_ref())?;
    let values: Vec<_> = (0..texts.len())
        .map(|i| texts.get(i).map(|text| parse(text).map_err(|_| ())))
        .collect();
    // A dictionary with no values (every key null) has no keys to normalise.
    let keys = if values.is_empty() {
        vec![0; array.len()]
    } else {
        dictionary.normalized_keys()
    };
    Some(Box::new(Dictionary {
        keys,
        nulls: dictionary.keys().logical_nulls(),
        values,
        texts,
        parse,
    }))
}

/// A value read by its `FromStr`, with its message on failure.
fn parse_value<T: FromStr<Err: std::error::Error + Send + Sync + 'static>>(
    text: &str,
) -> Result<T, Cause> {
    text.parse().map_err(|e: T::Err| Box::new(e) as Cause)
}

/// A text as is.
#[allow(clippy::unnecessary_wraps)]
fn as_text(text: &str) -> Result<String, Cause> {
    Ok(text.to_owned())
}

/// A JSON cell: records in their JSON form or unknown fields, read as the JSON readers read
/// them (no key twice in one object, no nesting deeper than the parser's limit).
fn parse_json<T: DeserializeOwned>(text: &str) -> Result<T, Cause> {
    parse_json_text(text).map_err(Problem::cause)
}

fn parse_json_text<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    use super::super::{json, keys};
    let value = serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_str(text))
        .map_err(|e| {
            if keys::is_too_deep(e.inner()) {
                let limit = json::MAX_NESTING;
                return format!("arrays and objects nested deeper than {limit} levels");
            }
            let message = json::bare_message(e.inner());
            match e.path().to_string().as_str() {
                "." => message,
                path => format!("{path}: {message}"),
            }
        })?;
    keys::check_unique_keys(text.as_bytes()).map_err(|d| {
        let message = json::bare_message(&d.error);
        format!("{}: {message}", d.path)
    })?;
    Ok(value)
}

/// UUIDs stored as their 16 bytes.
struct IdBytes<'a>(&'a FixedSizeBinaryArray);

impl<T> Source<Id<T>> for IdBytes<'_> {
    fn get(&self, index: usize) -> Result<Option<Id<T>>, Fault> {
        if self.0.is_null(index) {
            return Ok(None);
        }
        uuid::Uuid::from_slice(self.0.value(index))
            .map(|uuid| Some(Id::from_uuid(uuid)))
            .map_err(|e| Fault::from(Box::new(e) as Cause))
    }
}

/// The UUIDs of `array`: 16 bytes each, or texts.
fn id_source<'a, T: 'static>(array: &'a dyn Array) -> Option<Box<dyn Source<Id<T>> + 'a>> {
    match array.as_fixed_size_binary_opt() {
        Some(bytes) if bytes.value_length() == 16 => Some(Box::new(IdBytes(bytes))),
        Some(_) => None,
        None => text_source(array, parse_value::<Id<T>>),
    }
}

/// Lists, each item read by the items' source.
struct Lists<'a, T> {
    lists: &'a ListArray,
    items: Box<dyn Source<T> + 'a>,
}

impl<T> Source<Vec<T>> for Lists<'_, T> {
    fn get(&self, index: usize) -> Result<Option<Vec<T>>, Fault> {
        if self.lists.is_null(index) {
            return Ok(None);
        }
        let offsets = self.lists.value_offsets();
        let (start, end) = (offsets[index], offsets[index + 1]);
        let mut items = Vec::new();
        for (number, item) in (start..end).enumerate() {
            let item = usize::try_from(item).unwrap_or_default();
            match self.items.get(item)? {
                Some(value) => items.push(value),
                None => return Err(Fault::from(format!("item {} is null", number + 1))),
            }
        }
        Ok(Some(items))
    }
}

/// Plain values of a primitive or boolean column.
struct Plain<'a, A>(&'a A);

macro_rules! plain {
    ($array:ty, $value:ty) => {
        impl Source<$value> for Plain<'_, $array> {
            fn get(&self, index: usize) -> Result<Option<$value>, Fault> {
                Ok(self.0.is_valid(index).then(|| self.0.value(index)))
            }
        }
    };
}
plain!(BooleanArray, bool);
plain!(Float64Array, f64);
plain!(Date32Array, i32);
plain!(UInt64Array, u64);

impl Source<u64> for Plain<'_, Int64Array> {
    fn get(&self, index: usize) -> Result<Option<u64>, Fault> {
        if self.0.is_null(index) {
            return Ok(None);
        }
        let value = self.0.value(index);
        u64::try_from(value)
            .map(Some)
            .map_err(|_| Fault::from(format!("negative count {value}")))
    }
}

/// A date precision by its name in the `…_precision` columns.
fn parse_precision(text: &str) -> Result<DatePrecision, Cause> {
    match text {
        "year" => Ok(DatePrecision::Year),
        "month" => Ok(DatePrecision::Month),
        "day" => Ok(DatePrecision::Day),
        _ => Err(Problem::cause(format!(
            "invalid date precision {}: expected year, month or day",
            crate::values::quoted(text)
        ))),
    }
}

/// The bound of a date by its name in the `…_bound` columns.
fn parse_bound(text: &str) -> Result<fn(PartialDate) -> KnownDate, Cause> {
    match text {
        "no_later_than" => Ok(KnownDate::NoLaterThan),
        "no_earlier_than" => Ok(KnownDate::NoEarlierThan),
        _ => Err(Problem::cause(format!(
            "invalid date bound {}: expected no_later_than or no_earlier_than",
            crate::values::quoted(text)
        ))),
    }
}

/// A count qualifier by its serde name.
fn parse_qualifier(text: &str) -> Result<Qualifier, Cause> {
    serde_json::from_value(serde_json::Value::String(text.to_owned())).map_err(|_| {
        Problem::cause(format!(
            "invalid count qualifier {}: expected exact, more_than, up_to, about or almost",
            crate::values::quoted(text)
        ))
    })
}

/// A date from its first day and its precision (a full date when the precision is absent).
fn partial_date(days: i32, precision: DatePrecision) -> Result<PartialDate, Cause> {
    let day = TimeDelta::try_days(i64::from(days))
        .and_then(|delta| epoch().checked_add_signed(delta))
        .ok_or_else(|| Problem::cause(format!("day {days} from 1970-01-01 is not a date")))?;
    let (year, month) = (day.year(), day.month());
    let date = match precision {
        DatePrecision::Day => PartialDate::from_ymd(year, month, day.day()),
        DatePrecision::Month if day.day() == 1 => PartialDate::from_year_month(year, month),
        DatePrecision::Year if day.ordinal() == 1 => PartialDate::from_year(year),
        DatePrecision::Month | DatePrecision::Year => {
            let precision = super::write::precision_name(precision);
            return Err(Problem::cause(format!(
                "{day} is not the first day of a {precision}, as a date known to the {precision} is written"
            )));
        }
    };
    date.map_err(|e| Box::new(e) as Cause)
}

/// A value over two columns: its own (the first day of a date, the number of a count) and a
/// companion that qualifies it (the precision, the qualifier), which may be absent.
struct Paired<'a, V, C, T> {
    values: Box<dyn Source<V> + 'a>,
    companion: Box<dyn Source<C> + 'a>,
    companion_column: &'static str,
    /// The message of a companion filled where the value is null.
    alone: &'static str,
    /// The value from its own cell and its companion's.
    make: fn(V, Option<C>) -> Result<T, Cause>,
}

impl<V, C, T> Source<T> for Paired<'_, V, C, T> {
    fn get(&self, index: usize) -> Result<Option<T>, Fault> {
        let in_companion = |cause| Fault {
            column: Some(self.companion_column),
            cause,
        };
        let companion = self
            .companion
            .get(index)
            .map_err(|f| in_companion(f.cause))?;
        match (self.values.get(index)?, companion) {
            (None, None) => Ok(None),
            (None, Some(_)) => Err(in_companion(Problem::cause(self.alone))),
            (Some(value), companion) => {
                (self.make)(value, companion).map(Some).map_err(Fault::from)
            }
        }
    }
}

/// The cells of one column of one batch, read into values of type `T`.
pub struct Cells<'a, T> {
    table: &'static str,
    column: &'static str,
    first_row: u64,
    source: Box<dyn Source<T> + 'a>,
}

impl<T> Cells<'_, T> {
    /// The error of the cell at `index`: what the reader found wrong.
    pub fn fault(&self, index: usize, message: impl Into<String>) -> IoError {
        self.error(index, Fault::from(message.into()))
    }

    /// The error of the cell at `index`, caused by the value's own error.
    pub fn caused(&self, index: usize, cause: Cause) -> IoError {
        self.error(index, Fault::from(cause))
    }

    fn error(&self, index: usize, fault: Fault) -> IoError {
        IoError::ArrowCell {
            table: self.table,
            row: self.first_row + index as u64,
            column: fault.column.unwrap_or(self.column),
            source: fault.cause,
        }
    }

    /// The value at `index`; none when the cell is null.
    pub fn get(&self, index: usize) -> Result<Option<T>, IoError> {
        self.source.get(index).map_err(|f| self.error(index, f))
    }

    /// The value at `index`, which must be there.
    pub fn req(&self, index: usize) -> Result<T, IoError> {
        self.get(index)?
            .ok_or_else(|| self.fault(index, "required value is null"))
    }

    /// The value at `index`; the empty value (no items, `false`) when the cell is null.
    pub fn or_default(&self, index: usize) -> Result<T, IoError>
    where
        T: Default,
    {
        Ok(self.get(index)?.unwrap_or_default())
    }
}

/// One record batch being read as a table.
pub struct Batch<'a> {
    table: &'static str,
    columns: &'static [Column],
    records: &'a RecordBatch,
    first_row: u64,
}

impl<'a> Batch<'a> {
    /// The batch as the table `table` of `columns`, whose first row is row `first_row` (from
    /// 1) of the file.
    ///
    /// # Errors
    /// [`IoError::ArrowSchema`] for a column named twice, or schema metadata of another table
    /// or format version.
    pub fn new(
        table: &'static str,
        columns: &'static [Column],
        batch: &'a RecordBatch,
        first_row: u64,
    ) -> Result<Self, IoError> {
        let schema = batch.schema_ref();
        let fail = |message| Err(IoError::ArrowSchema { table, message });
        let metadata = schema.metadata();
        if let Some(found) = metadata.get(TABLE_KEY).filter(|t| *t != table) {
            return fail(format!(
                "the schema's metadata names the table {found:?}, not {table:?}"
            ));
        }
        if let Some(found) = metadata
            .get(FORMAT_VERSION_KEY)
            .filter(|v| **v != FORMAT_VERSION.to_string())
        {
            return fail(format!(
                "the schema's metadata has format version {found:?}; this crate reads version {FORMAT_VERSION}"
            ));
        }
        let fields = schema.fields();
        for (index, field) in fields.iter().enumerate() {
            if fields[..index].iter().any(|f| f.name() == field.name()) {
                return fail(format!("column {:?} is named twice", field.name()));
            }
        }
        Ok(Self {
            table,
            columns,
            records: batch,
            first_row,
        })
    }

    /// The number of rows.
    pub fn rows(&self) -> usize {
        self.records.num_rows()
    }

    /// The array of a column; none when the batch has no such column and the column is not
    /// required.
    fn array(&self, column: &'static str) -> Result<Option<&'a dyn Array>, IoError> {
        let known = self
            .columns
            .iter()
            .find(|c| c.name == column)
            .unwrap_or_else(|| unreachable!("{column} is not a column of {}", self.table));
        match self.records.schema_ref().index_of(column) {
            Ok(index) => Ok(Some(self.records.column(index).as_ref())),
            Err(_) if known.presence == Presence::Required => Err(IoError::ArrowMissingColumn {
                table: self.table,
                column,
            }),
            Err(_) => Ok(None),
        }
    }

    fn cells<T>(&self, column: &'static str, source: Box<dyn Source<T> + 'a>) -> Cells<'a, T> {
        Cells {
            table: self.table,
            column,
            first_row: self.first_row,
            source,
        }
    }

    /// The column's cells from `source`, which is none when the array has a type it cannot
    /// read; all absent when the batch has no such column.
    fn typed<T: 'a>(
        &self,
        column: &'static str,
        expected: &'static str,
        source: impl FnOnce(&'a dyn Array) -> Option<Box<dyn Source<T> + 'a>>,
    ) -> Result<Cells<'a, T>, IoError> {
        let Some(array) = self.array(column)? else {
            return Ok(self.cells(column, Box::new(Absent)));
        };
        match source(array) {
            Some(source) => Ok(self.cells(column, source)),
            None => Err(IoError::ArrowColumnType {
                table: self.table,
                column,
                found: array.data_type().to_string(),
                expected,
            }),
        }
    }

    /// Values read from their text forms by their `FromStr`.
    pub fn values<T: FromStr<Err: std::error::Error + Send + Sync + 'static> + Clone + 'a>(
        &self,
        column: &'static str,
    ) -> Result<Cells<'a, T>, IoError> {
        self.typed(column, TEXT_TYPES, |a| text_source(a, parse_value::<T>))
    }

    /// Values read from their text forms by `parse`.
    pub fn parsed<T: Clone + 'a>(
        &self,
        column: &'static str,
        parse: Parse<T>,
    ) -> Result<Cells<'a, T>, IoError> {
        self.typed(column, TEXT_TYPES, |a| text_source(a, parse))
    }

    /// Texts as they are.
    pub fn texts(&self, column: &'static str) -> Result<Cells<'a, String>, IoError> {
        self.typed(column, TEXT_TYPES, |a| text_source(a, as_text))
    }

    /// UUIDs: `FixedSizeBinary(16)`, or texts.
    pub fn ids<T: 'static>(&self, column: &'static str) -> Result<Cells<'a, Id<T>>, IoError> {
        self.typed(column, "FixedSizeBinary(16) or text", id_source::<T>)
    }

    /// Lists of values read from their text forms.
    pub fn lists<T: FromStr<Err: std::error::Error + Send + Sync + 'static> + Clone + 'a>(
        &self,
        column: &'static str,
    ) -> Result<Cells<'a, Vec<T>>, IoError> {
        self.typed(column, "List<Utf8>", |a| {
            let lists = a.as_list_opt::<i32>()?;
            let items = text_source(lists.values().as_ref(), parse_value::<T>)?;
            Some(Box::new(Lists { lists, items }) as Box<dyn Source<Vec<T>>>)
        })
    }

    /// Lists of UUIDs.
    pub fn id_lists<T: 'static>(
        &self,
        column: &'static str,
    ) -> Result<Cells<'a, Vec<Id<T>>>, IoError> {
        self.typed(column, "List<FixedSizeBinary(16)>", |a| {
            let lists = a.as_list_opt::<i32>()?;
            let items = id_source::<T>(lists.values().as_ref())?;
            Some(Box::new(Lists { lists, items }) as Box<dyn Source<Vec<Id<T>>>>)
        })
    }

    /// Records in their JSON form.
    pub fn json<T: DeserializeOwned + Clone + 'a>(
        &self,
        column: &'static str,
    ) -> Result<Cells<'a, Vec<T>>, IoError> {
        self.typed(column, TEXT_TYPES, |a| text_source(a, parse_json::<Vec<T>>))
    }

    /// Unknown fields as a JSON object.
    pub fn extra(&self, column: &'static str) -> Result<Cells<'a, Extra>, IoError> {
        self.typed(column, TEXT_TYPES, |a| text_source(a, parse_json::<Extra>))
    }

    /// Flags.
    pub fn flags(&self, column: &'static str) -> Result<Cells<'a, bool>, IoError> {
        self.typed(column, "Boolean", |a| {
            a.as_boolean_opt()
                .map(|a| Box::new(Plain(a)) as Box<dyn Source<bool>>)
        })
    }

    /// Numbers.
    pub fn floats(&self, column: &'static str) -> Result<Cells<'a, f64>, IoError> {
        self.typed(column, "Float64", |a| {
            a.as_primitive_opt::<Float64Type>()
                .map(|a| Box::new(Plain(a)) as Box<dyn Source<f64>>)
        })
    }

    /// Dates over a `Date32` column and its precision column.
    pub fn dates(
        &self,
        column: &'static str,
        precision_column: &'static str,
    ) -> Result<Cells<'a, PartialDate>, IoError> {
        let precision = self.typed(precision_column, TEXT_TYPES, |a| {
            text_source(a, parse_precision)
        })?;
        let days = self.typed(column, "Date32", |a| {
            a.as_primitive_opt::<Date32Type>()
                .map(|a| Box::new(Plain(a)) as Box<dyn Source<i32>>)
        })?;
        let source = Paired {
            values: days.source,
            companion: precision.source,
            companion_column: precision_column,
            alone: "a precision without a date",
            make: |days, precision| partial_date(days, precision.unwrap_or(DatePrecision::Day)),
        };
        Ok(self.cells(column, Box::new(source)))
    }

    /// Known dates over a `Date32` column, its precision column and its bound column (a date
    /// without a bound is on its day, month or year).
    pub fn known_dates(
        &self,
        column: &'static str,
        precision_column: &'static str,
        bound_column: &'static str,
    ) -> Result<Cells<'a, KnownDate>, IoError> {
        let dates = self.dates(column, precision_column)?;
        let bound = self.typed(bound_column, TEXT_TYPES, |a| text_source(a, parse_bound))?;
        let source = Paired {
            values: dates.source,
            companion: bound.source,
            companion_column: bound_column,
            alone: "a bound without a date",
            make: |date, bound| Ok(bound.map_or(KnownDate::On(date), |bound| bound(date))),
        };
        Ok(self.cells(column, Box::new(source)))
    }

    /// Stated counts over a `UInt64` (or `Int64`) column and its qualifier column.
    pub fn counts(
        &self,
        column: &'static str,
        qualifier_column: &'static str,
    ) -> Result<Cells<'a, StatedCount>, IoError> {
        let qualifier = self.typed(qualifier_column, TEXT_TYPES, |a| {
            text_source(a, parse_qualifier)
        })?;
        let values = self.typed(column, "UInt64 or Int64", |a| {
            if let Some(a) = a.as_primitive_opt::<UInt64Type>() {
                return Some(Box::new(Plain(a)) as Box<dyn Source<u64>>);
            }
            a.as_primitive_opt::<Int64Type>()
                .map(|a| Box::new(Plain(a)) as Box<dyn Source<u64>>)
        })?;
        let source = Paired {
            values: values.source,
            companion: qualifier.source,
            companion_column: qualifier_column,
            alone: "a qualifier without a count",
            make: |value, qualifier| {
                Ok(StatedCount::new(
                    qualifier.unwrap_or(Qualifier::Exact),
                    value,
                ))
            },
        };
        Ok(self.cells(column, Box::new(source)))
    }

    /// Addresses over the nine `address_…` columns.
    pub fn addresses(&self) -> Result<Addresses<'a>, IoError> {
        Ok(Addresses {
            region: self.values("address_region")?,
            district: self.values("address_district")?,
            locality: self.values("address_locality")?,
            street: self.values("address_street")?,
            house: self.values("address_house")?,
            postal_code: self.values("address_postal_code")?,
            oktmo: self.values("address_oktmo")?,
            latitude: self.floats("address_latitude")?,
            longitude: self.floats("address_longitude")?,
        })
    }
}

/// The nine columns of an address.
pub struct Addresses<'a> {
    region: Cells<'a, RegionCode>,
    district: Cells<'a, District>,
    locality: Cells<'a, Locality>,
    street: Cells<'a, Street>,
    house: Cells<'a, House>,
    postal_code: Cells<'a, PostalCode>,
    oktmo: Cells<'a, Oktmo>,
    latitude: Cells<'a, f64>,
    longitude: Cells<'a, f64>,
}

impl Addresses<'_> {
    /// The address at `index`: none when every column is null; otherwise region and locality
    /// must be there, and latitude and longitude both or neither (the district, street and
    /// house may be null: an address may stop at the street or the settlement).
    pub fn get(&self, index: usize) -> Result<Option<Address>, IoError> {
        let region = self.region.get(index)?;
        let district = self.district.get(index)?;
        let locality = self.locality.get(index)?;
        let street = self.street.get(index)?;
        let house = self.house.get(index)?;
        let postal_code = self.postal_code.get(index)?;
        let oktmo = self.oktmo.get(index)?;
        let latitude = self.latitude.get(index)?;
        let longitude = self.longitude.get(index)?;
        let any = district.is_some()
            || street.is_some()
            || postal_code.is_some()
            || oktmo.is_some()
            || latitude.is_some()
            || longitude.is_some();
        if region.is_none() && locality.is_none() && house.is_none() && !any {
            return Ok(None);
        }
        let needed = "required when another address column is filled";
        let region = region.ok_or_else(|| self.region.fault(index, needed))?;
        let locality = locality.ok_or_else(|| self.locality.fault(index, needed))?;
        let mut address = match (street, house) {
            (street, Some(house)) => Address::new(region, locality, street, house),
            (None, None) => Address::settlement(region, locality),
            (Some(street), None) => Address::on_street(region, locality, street)
                .map_err(|e| self.street.fault(index, e.to_string()))?,
        };
        if let Some(district) = district {
            address = address.with_district(district);
        }
        if let Some(code) = postal_code {
            address = address.with_postal_code(code);
        }
        if let Some(oktmo) = oktmo {
            address = address.with_oktmo(oktmo);
        }
        match (latitude, longitude) {
            (None, None) => {}
            (Some(latitude), Some(longitude)) => {
                let geo = GeoPoint::new(latitude, longitude)
                    .map_err(|e| self.latitude.caused(index, Box::new(e)))?;
                address = address.with_geo(geo);
            }
            (None, Some(_)) => {
                return Err(self
                    .latitude
                    .fault(index, "required with address_longitude"));
            }
            (Some(_), None) => {
                return Err(self
                    .longitude
                    .fault(index, "required with address_latitude"));
            }
        }
        Ok(Some(address))
    }
}
