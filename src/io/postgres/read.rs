//! Reading a row back: every cell as text through the value's own parser, every problem
//! reported with the table, the row and the column.

use std::fmt::Write as _;
use std::str::FromStr;

use postgres::Row;
use serde::de::DeserializeOwned;

use crate::records::{StatedCount, StatisticsScope};
use crate::values::{
    Address, District, GeoPoint, House, Locality, Oktmo, PostalCode, RegionCode, Street,
};

use super::copy::qualifier_of;
use super::{CellError, PgError};

/// The cells of one row of `table`, named by `row` (its id or key) in messages.
pub(super) struct Cells<'a> {
    pub(super) table: &'static str,
    pub(super) row: &'a Row,
    pub(super) id: String,
}

impl<'a> Cells<'a> {
    /// The cells of `row`, whose first column is its id or key as text.
    pub(super) fn new(table: &'static str, row: &'a Row) -> Self {
        let id = row
            .try_get::<_, Option<String>>(0)
            .ok()
            .flatten()
            .unwrap_or_else(|| "(no id)".to_owned());
        Self { table, row, id }
    }

    pub(super) fn error(&self, column: &str, cause: impl Into<CellError>) -> PgError {
        PgError::Cell {
            table: self.table,
            row: self.id.clone(),
            column: column.to_owned(),
            cause: Box::new(cause.into()),
        }
    }

    /// The text of a cell, `None` for null.
    pub(super) fn cell(&self, column: &str) -> Result<Option<String>, PgError> {
        self.row
            .try_get::<_, Option<String>>(column)
            .map_err(|e| self.error(column, e))
    }

    /// The text of a required cell.
    pub(super) fn text(&self, column: &str) -> Result<String, PgError> {
        self.cell(column)?
            .ok_or_else(|| self.error(column, CellError::Null))
    }

    pub(super) fn opt_text(&self, column: &str) -> Result<Option<String>, PgError> {
        self.cell(column)
    }

    pub(super) fn req<T: FromStr<Err: Into<CellError>>>(&self, column: &str) -> Result<T, PgError> {
        self.text(column)?
            .parse()
            .map_err(|e: T::Err| self.error(column, e))
    }

    pub(super) fn opt<T: FromStr<Err: Into<CellError>>>(
        &self,
        column: &str,
    ) -> Result<Option<T>, PgError> {
        self.cell(column)?
            .map(|text| text.parse().map_err(|e: T::Err| self.error(column, e)))
            .transpose()
    }

    pub(super) fn flag(&self, column: &str) -> Result<bool, PgError> {
        match self.text(column)?.as_str() {
            "true" => Ok(true),
            "false" => Ok(false),
            other => Err(self.error(
                column,
                CellError::Number {
                    value: other.to_owned(),
                    expected: "a boolean",
                },
            )),
        }
    }

    /// The items of an array column (read as `text[]`).
    pub(super) fn list<T: FromStr<Err: Into<CellError>>>(
        &self,
        column: &str,
    ) -> Result<Vec<T>, PgError> {
        let items = self
            .row
            .try_get::<_, Option<Vec<Option<String>>>>(column)
            .map_err(|e| self.error(column, e))?
            .unwrap_or_default();
        items
            .into_iter()
            .map(|item| {
                let item = item.ok_or_else(|| self.error(column, CellError::Null))?;
                item.parse().map_err(|e: T::Err| self.error(column, e))
            })
            .collect()
    }

    pub(super) fn json<T: DeserializeOwned>(&self, column: &str) -> Result<T, PgError> {
        let text = self.text(column)?;
        serde_json::from_str(&text).map_err(|e| self.error(column, e))
    }

    fn region_of(&self, column: &str, text: &str) -> Result<RegionCode, PgError> {
        let number: u8 = text.parse().map_err(|_| {
            self.error(
                column,
                CellError::Number {
                    value: text.to_owned(),
                    expected: "a region code from 1 to 99",
                },
            )
        })?;
        RegionCode::new(number).map_err(|e| self.error(column, e))
    }

    pub(super) fn region(&self, column: &str) -> Result<Option<RegionCode>, PgError> {
        self.cell(column)?
            .map(|text| self.region_of(column, &text))
            .transpose()
    }

    pub(super) fn regions(&self, column: &str) -> Result<Vec<RegionCode>, PgError> {
        let items: Vec<String> = self.list(column)?;
        items
            .iter()
            .map(|text| self.region_of(column, text))
            .collect()
    }

    /// A stated count from its number and `<column>_qualifier` columns.
    pub(super) fn count(&self, column: &str) -> Result<Option<StatedCount>, PgError> {
        let qualifier_column = format!("{column}_qualifier");
        let value = self.cell(column)?;
        let qualifier = self.cell(&qualifier_column)?;
        let (value, qualifier) = match (value, qualifier) {
            (None, None) => return Ok(None),
            (Some(_), None) => return Err(self.error(&qualifier_column, CellError::Null)),
            (None, Some(_)) => return Err(self.error(column, CellError::Null)),
            (Some(v), Some(q)) => (v, q),
        };
        let value: u64 = value.parse().map_err(|_| {
            self.error(
                column,
                CellError::Number {
                    value: value.clone(),
                    expected: "a whole number from 0 to 18446744073709551615",
                },
            )
        })?;
        let qualifier = qualifier_of(&qualifier).ok_or_else(|| {
            self.error(&qualifier_column, CellError::Qualifier(qualifier.clone()))
        })?;
        Ok(Some(StatedCount::new(qualifier, value)))
    }

    /// An address from the eight `address_…` columns; none when all are null. The street and
    /// the house may be null (an address that stops at the street or the settlement).
    pub(super) fn address(&self) -> Result<Option<Address>, PgError> {
        let Some(region) = self.region("address_region")? else {
            return Ok(None);
        };
        let locality: Locality = self.req("address_locality")?;
        let street: Option<Street> = self.opt("address_street")?;
        let house: Option<House> = self.opt("address_house")?;
        let mut address = match (street, house) {
            (street, Some(house)) => Address::new(region, locality, street, house),
            (None, None) => Address::settlement(region, locality),
            (Some(street), None) => Address::on_street(region, locality, street)
                .map_err(|e| self.error("address_street", e))?,
        };
        if let Some(district) = self.opt::<District>("address_district")? {
            address = address.with_district(district);
        }
        if let Some(code) = self.opt::<PostalCode>("address_postal_code")? {
            address = address.with_postal_code(code);
        }
        if let Some(oktmo) = self.opt::<Oktmo>("address_oktmo")? {
            address = address.with_oktmo(oktmo);
        }
        if let Some(geo) = self.opt::<GeoPoint>("address_geo")? {
            address = address.with_geo(geo);
        }
        Ok(Some(address))
    }

    /// A scope of service statistics from `scope` and the `scope_…` column it names.
    pub(super) fn scope(&self) -> Result<StatisticsScope, PgError> {
        let kind = self.text("scope")?;
        let text = match kind.as_str() {
            "country" => "country".to_owned(),
            "region" => {
                let region = self
                    .region("scope_region")?
                    .ok_or_else(|| self.error("scope_region", CellError::Null))?;
                return Ok(StatisticsScope::Region(region));
            }
            other => {
                let column = format!("scope_{other}");
                let id = self.text(&column)?;
                format!("{other}:{id}")
            }
        };
        text.parse().map_err(|e| self.error("scope", e))
    }
}

/// The `SELECT` list of a table's columns, each as text (arrays as `text[]`), after the row's
/// id or key as text.
pub(super) fn select_list(key: &str, columns: &[&str], arrays: &[&str]) -> String {
    let mut list = format!("{key}::text");
    for column in columns {
        // The one `daterange` column of a table is always `dates`.
        let expression = if *column == "dates" {
            super::nested::range_select(column)
        } else if arrays.contains(column) {
            format!("\"{column}\"::text[]")
        } else {
            format!("\"{column}\"::text")
        };
        let _ = write!(list, ", {expression} AS \"{column}\"");
    }
    list
}
