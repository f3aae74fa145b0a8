//! A statistics scope over three columns: `scope` (its level), `scope_id` and `scope_region`.

use crate::records::{Id, ScopeLevel, StatisticsScope};

use super::super::IoError;
use super::read::{Batch, Cells};
use super::write::Columns;

/// The name of a scope level in the `scope` column: its serde name.
fn level_name(level: ScopeLevel) -> &'static str {
    match level {
        ScopeLevel::ServicePoint => "service_point",
        ScopeLevel::Department => "department",
        ScopeLevel::Institution => "institution",
        ScopeLevel::Region => "region",
        ScopeLevel::Country => "country",
    }
}

/// A scope level by its serde name.
fn parse_level(text: &str) -> Result<ScopeLevel, crate::io::Cause> {
    serde_json::from_value(serde_json::Value::String(text.to_owned())).map_err(|_| {
        crate::io::Problem::cause(format!(
            "invalid scope level {}: expected service_point, department, institution, region or country",
            crate::values::quoted(text)
        ))
    })
}

/// The marker of a scope's id before its level says what it is the id of.
enum ScopeId {}

/// Builds the three columns of the scopes.
pub fn write<'r>(c: &mut Columns, scopes: impl Iterator<Item = &'r StatisticsScope> + Clone) {
    c.codes(scopes.clone().map(|s| Some(level_name(s.level()))));
    c.uuids(scopes.clone().map(|s| match s {
        StatisticsScope::ServicePoint(id) => Some(*id.as_uuid()),
        StatisticsScope::Department(id) => Some(*id.as_uuid()),
        StatisticsScope::Institution(id) => Some(*id.as_uuid()),
        StatisticsScope::Region(_) | StatisticsScope::Country => None,
    }));
    c.regions(scopes.map(|s| match s {
        StatisticsScope::Region(code) => Some(*code),
        _ => None,
    }));
}

/// The scope columns of a batch.
pub struct Scopes<'a> {
    level: Cells<'a, ScopeLevel>,
    id: Cells<'a, Id<ScopeId>>,
    region: Cells<'a, crate::values::RegionCode>,
}

/// Reads the three columns of the scopes.
pub fn read<'a>(b: &Batch<'a>) -> Result<Scopes<'a>, IoError> {
    Ok(Scopes {
        level: b.parsed("scope", parse_level)?,
        id: b.ids::<ScopeId>("scope_id")?,
        region: b.values("scope_region")?,
    })
}

impl Scopes<'_> {
    /// The scope of row `i`: its id and region must be there or null as its level says.
    pub fn req(&self, i: usize) -> Result<StatisticsScope, IoError> {
        let level = self.level.req(i)?;
        let name = level_name(level);
        let id = self.id.get(i)?;
        let region = self.region.get(i)?;
        let null = || format!("must be null for scope {name}");
        Ok(match (level, id, region) {
            (ScopeLevel::Region | ScopeLevel::Country, Some(_), _) => {
                return Err(self.id.fault(i, null()));
            }
            (
                ScopeLevel::ServicePoint
                | ScopeLevel::Department
                | ScopeLevel::Institution
                | ScopeLevel::Country,
                _,
                Some(_),
            ) => return Err(self.region.fault(i, null())),
            (ScopeLevel::Region, None, None) => {
                return Err(self.region.fault(i, "required for scope region"));
            }
            (ScopeLevel::Region, None, Some(code)) => StatisticsScope::Region(code),
            (ScopeLevel::Country, None, None) => StatisticsScope::Country,
            (_, None, None) => {
                return Err(self.id.fault(i, format!("required for scope {name}")));
            }
            (ScopeLevel::ServicePoint, Some(id), None) => {
                StatisticsScope::ServicePoint(Id::from_uuid(*id.as_uuid()))
            }
            (ScopeLevel::Department, Some(id), None) => {
                StatisticsScope::Department(Id::from_uuid(*id.as_uuid()))
            }
            (ScopeLevel::Institution, Some(id), None) => {
                StatisticsScope::Institution(Id::from_uuid(*id.as_uuid()))
            }
        })
    }
}
