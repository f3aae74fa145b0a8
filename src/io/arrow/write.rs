//! Building the columns of a record batch: one method per [`Kind`](super::schema::Kind), each
//! given the values of one column (or of the columns a value spans) for every record.

use std::fmt::Display;
use std::sync::{Arc, LazyLock};

use arrow_array::builder::{
    FixedSizeBinaryBuilder, ListBuilder, StringBuilder, StringDictionaryBuilder,
};
use arrow_array::types::{Int8Type, Int16Type};
use arrow_array::{ArrayRef, BooleanArray, Date32Array, Float64Array, StringArray, UInt64Array};
use arrow_schema::Field;
use chrono::NaiveDate;
use serde::Serialize;

use crate::records::{Extra, Id, Qualifier, StatedCount, Vocabulary};
use crate::values::{Address, DatePrecision, GeoPoint, KnownDate, PartialDate, RegionCode};

/// Why a record cannot be written: its index in the slice and the reason.
#[derive(Debug)]
pub struct Unwritable {
    /// The record's index.
    pub index: usize,
    /// Why.
    pub reason: String,
}

/// The first day of the Unix epoch, day 0 of `Date32`.
pub fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default()
}

/// The `Date32` of a day: days since 1970-01-01.
fn days(date: NaiveDate) -> i32 {
    // Years 1 to 9999 are within ±3,000,000 days of the epoch.
    #[allow(clippy::cast_possible_truncation)]
    let days = date.signed_duration_since(epoch()).num_days() as i32;
    days
}

/// The name of a date precision in the `…_precision` columns.
pub fn precision_name(precision: DatePrecision) -> &'static str {
    match precision {
        DatePrecision::Year => "year",
        DatePrecision::Month => "month",
        DatePrecision::Day => "day",
    }
}

/// The name of a date's bound in the `…_bound` columns; `None` for a date that is no bound.
pub fn bound_name(date: KnownDate) -> Option<&'static str> {
    match date {
        KnownDate::On(_) => None,
        KnownDate::NoLaterThan(_) => Some("no_later_than"),
        KnownDate::NoEarlierThan(_) => Some("no_earlier_than"),
    }
}

/// The name of a count qualifier in the `…_qualifier` columns: its serde name.
pub fn qualifier_name(qualifier: Qualifier) -> &'static str {
    match qualifier {
        Qualifier::Exact => "exact",
        Qualifier::MoreThan => "more_than",
        Qualifier::UpTo => "up_to",
        Qualifier::About => "about",
        Qualifier::Almost => "almost",
    }
}

/// Refuses an escape term (`Other`, `Unrecognised`) that would not read back as itself: one
/// that reads as one of the vocabulary's known terms.
pub fn check_term<V: Vocabulary>(column: &str, term: &V) -> Result<(), String> {
    if term.is_known() {
        return Ok(());
    }
    let text = term.as_str();
    if let Some(known) = V::parse_known(text) {
        return Err(format!(
            "{column} term {text:?} is kept as written but reads back as the known term {:?}",
            known.as_str()
        ));
    }
    Ok(())
}

/// The columns of one batch being built, in schema order.
pub struct Columns {
    rows: usize,
    arrays: Vec<ArrayRef>,
}

impl Columns {
    /// No columns yet, for `rows` records.
    pub fn new(rows: usize) -> Self {
        Self {
            rows,
            arrays: Vec::new(),
        }
    }

    /// The built columns.
    pub fn finish(self) -> Vec<ArrayRef> {
        self.arrays
    }

    fn push(&mut self, array: ArrayRef) {
        debug_assert_eq!(array.len(), self.rows);
        self.arrays.push(array);
    }

    /// UUIDs as `FixedSizeBinary(16)`.
    pub fn uuids(&mut self, uuids: impl Iterator<Item = Option<uuid::Uuid>>) {
        let mut builder = FixedSizeBinaryBuilder::with_capacity(self.rows, 16);
        for uuid in uuids {
            match uuid {
                // Sixteen bytes always fit a column of width 16.
                Some(uuid) => builder
                    .append_value(uuid.as_bytes())
                    .unwrap_or_else(|_| unreachable!("a UUID has 16 bytes")),
                None => builder.append_null(),
            }
        }
        self.push(Arc::new(builder.finish()));
    }

    /// Ids as `FixedSizeBinary(16)`.
    pub fn ids<'r, T: 'r>(&mut self, ids: impl Iterator<Item = Option<&'r Id<T>>>) {
        self.uuids(ids.map(|id| id.map(|id| *id.as_uuid())));
    }

    /// Texts as `Utf8`.
    pub fn texts<'r>(&mut self, texts: impl Iterator<Item = Option<&'r str>>) {
        self.push(Arc::new(texts.collect::<StringArray>()));
    }

    /// Values in their text forms (`Display`) as `Utf8`.
    pub fn displays<D: Display>(&mut self, values: impl Iterator<Item = Option<D>>) {
        self.push(Arc::new(
            values
                .map(|v| v.map(|v| v.to_string()))
                .collect::<StringArray>(),
        ));
    }

    /// Terms of a vocabulary by their canonical names, as `Dictionary(Int16, Utf8)`.
    ///
    /// # Errors
    /// An escape term that would not read back (see [`check_term`]), or more distinct terms
    /// than an `Int16` key holds.
    pub fn terms<'r, V: Vocabulary>(
        &mut self,
        column: &str,
        terms: impl Iterator<Item = Option<&'r V>>,
    ) -> Result<(), Unwritable> {
        let mut builder = StringDictionaryBuilder::<Int16Type>::with_capacity(self.rows, 16, 256);
        for (index, term) in terms.enumerate() {
            match term {
                Some(term) => {
                    check_term(column, term).map_err(|reason| Unwritable { index, reason })?;
                    builder.append(term.as_str()).map_err(|_| Unwritable {
                        index,
                        reason: format!(
                            "{column} has more distinct terms than a batch holds ({})",
                            i16::MAX
                        ),
                    })?;
                }
                None => builder.append_null(),
            }
        }
        self.push(Arc::new(builder.finish()));
        Ok(())
    }

    /// Codes of a small closed set as `Dictionary(Int8, Utf8)`.
    pub fn codes<S: AsRef<str>>(&mut self, codes: impl Iterator<Item = Option<S>>) {
        let mut builder = StringDictionaryBuilder::<Int8Type>::with_capacity(self.rows, 8, 64);
        for code in codes {
            match code {
                // The largest set, the region codes, has fewer than 128 members.
                Some(code) => {
                    builder
                        .append(code)
                        .unwrap_or_else(|_| unreachable!("fewer than 128 distinct codes"));
                }
                None => builder.append_null(),
            }
        }
        self.push(Arc::new(builder.finish()));
    }

    /// Region codes (`71`) as `Dictionary(Int8, Utf8)`.
    pub fn regions(&mut self, regions: impl Iterator<Item = Option<RegionCode>>) {
        // Each code's text is made once, not once a row (the attendance has millions).
        static CODES: LazyLock<Vec<String>> =
            LazyLock::new(|| RegionCode::all().map(|r| r.to_string()).collect());
        self.codes(regions.map(|r| r.map(|r| CODES[r.index()].as_str())));
    }

    /// Dates as two columns: the first day (`Date32`) and the precision
    /// (`Dictionary(Int8, Utf8)`: `year`, `month`, `day`).
    pub fn dates(&mut self, dates: impl Iterator<Item = Option<PartialDate>> + Clone) {
        let first: Date32Array = dates
            .clone()
            .map(|d| d.map(|d| days(d.first_day())))
            .collect();
        self.push(Arc::new(first));
        self.codes(dates.map(|d| d.map(|d| precision_name(d.precision()))));
    }

    /// Known dates as three columns: the day, month or year named, as [`dates`](Self::dates)
    /// writes it, and the bound (`Dictionary(Int8, Utf8)`: `no_later_than`,
    /// `no_earlier_than`; null for a date that is not a bound).
    pub fn known_dates(&mut self, dates: impl Iterator<Item = Option<KnownDate>> + Clone) {
        self.dates(dates.clone().map(|d| d.map(|d| d.date())));
        self.codes(dates.map(|d| d.and_then(bound_name)));
    }

    /// Stated counts as two columns: the number (`UInt64`) and the qualifier
    /// (`Dictionary(Int8, Utf8)`: `exact`, `more_than` …).
    pub fn counts(&mut self, counts: impl Iterator<Item = Option<StatedCount>> + Clone) {
        let values: UInt64Array = counts.clone().map(|c| c.map(StatedCount::value)).collect();
        self.push(Arc::new(values));
        self.codes(counts.map(|c| c.map(|c| qualifier_name(c.qualifier()))));
    }

    /// Flags as `Boolean`, no nulls.
    pub fn flags(&mut self, flags: impl Iterator<Item = bool>) {
        let array: BooleanArray = flags.map(Some).collect();
        self.push(Arc::new(array));
    }

    /// Numbers as `Float64`.
    pub fn floats(&mut self, values: impl Iterator<Item = Option<f64>>) {
        self.push(Arc::new(values.collect::<Float64Array>()));
    }

    /// Lists of texts as `List<Utf8>`, no nulls.
    pub fn text_lists<S: AsRef<str>, I: IntoIterator<Item = S>>(
        &mut self,
        lists: impl Iterator<Item = I>,
    ) {
        let item = Field::new("item", arrow_schema::DataType::Utf8, false);
        let mut builder = ListBuilder::new(StringBuilder::new()).with_field(Arc::new(item));
        for list in lists {
            for text in list {
                builder.values().append_value(text);
            }
            builder.append(true);
        }
        self.push(Arc::new(builder.finish()));
    }

    /// Lists of values in their text forms as `List<Utf8>`, no nulls.
    pub fn display_lists<'r, D: Display + 'r>(&mut self, lists: impl Iterator<Item = &'r [D]>) {
        self.text_lists(lists.map(|l| l.iter().map(ToString::to_string)));
    }

    /// Lists of terms as `List<Utf8>`, no nulls.
    ///
    /// # Errors
    /// An escape term that would not read back (see [`check_term`]).
    pub fn term_lists<'r, V: Vocabulary>(
        &mut self,
        column: &str,
        lists: impl Iterator<Item = &'r [V]> + Clone,
    ) -> Result<(), Unwritable> {
        for (index, list) in lists.clone().enumerate() {
            for term in list {
                check_term(column, term).map_err(|reason| Unwritable { index, reason })?;
            }
        }
        self.text_lists(lists.map(|l| l.iter().map(Vocabulary::as_str)));
        Ok(())
    }

    /// Lists of UUIDs as `List<FixedSizeBinary(16)>`, no nulls.
    pub fn id_lists<'r, T: 'r>(&mut self, lists: impl Iterator<Item = &'r [Id<T>]>) {
        let item = Field::new("item", arrow_schema::DataType::FixedSizeBinary(16), false);
        let mut builder =
            ListBuilder::new(FixedSizeBinaryBuilder::new(16)).with_field(Arc::new(item));
        for list in lists {
            for id in list {
                builder
                    .values()
                    .append_value(id.as_uuid().as_bytes())
                    .unwrap_or_else(|_| unreachable!("a UUID has 16 bytes"));
            }
            builder.append(true);
        }
        self.push(Arc::new(builder.finish()));
    }

    /// Records as a JSON array in `Utf8`; null when there are none.
    pub fn json<'r, S: Serialize + 'r>(&mut self, lists: impl Iterator<Item = &'r [S]>) {
        self.push(Arc::new(
            lists
                .map(|l| (!l.is_empty()).then(|| serde_json::to_string(l).unwrap_or_default()))
                .collect::<StringArray>(),
        ));
    }

    /// Unknown fields as a JSON object in `Utf8`; null when there are none.
    pub fn extra<'r>(&mut self, extras: impl Iterator<Item = &'r Extra>) {
        self.push(Arc::new(
            extras
                .map(|e| (!e.is_empty()).then(|| serde_json::to_string(e).unwrap_or_default()))
                .collect::<StringArray>(),
        ));
    }

    /// Addresses over the nine `address_…` columns.
    pub fn addresses<'r>(&mut self, addresses: impl Iterator<Item = Option<&'r Address>> + Clone) {
        self.regions(addresses.clone().map(|a| a.map(Address::region)));
        self.displays(addresses.clone().map(|a| a.and_then(Address::district)));
        self.displays(addresses.clone().map(|a| a.map(Address::locality)));
        self.displays(addresses.clone().map(|a| a.and_then(Address::street)));
        self.displays(addresses.clone().map(|a| a.and_then(Address::house)));
        self.displays(addresses.clone().map(|a| a.and_then(Address::postal_code)));
        self.displays(addresses.clone().map(|a| a.and_then(Address::oktmo)));
        self.floats(
            addresses
                .clone()
                .map(|a| a.and_then(Address::geo).map(GeoPoint::latitude)),
        );
        self.floats(addresses.map(|a| a.and_then(Address::geo).map(GeoPoint::longitude)));
    }
}
