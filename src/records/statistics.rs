//! Service statistics: how many families a point, a centre, a region or the country served in
//! a period — counts only, never the families themselves.

use std::fmt;
use std::str::FromStr;

use crate::values::{RegionCode, ReportingPeriod};

use super::{
    DepartmentId, Extra, FamilyCategory, InstitutionId, PartError, RecordError, ServiceId,
    ServicePointId, Source, StatedCount,
};

/// Whom a figure of [`ServiceStatistics`] is for: a service point, a department, an
/// institution, a federal subject, or the whole country when only that is published.
///
/// Text form (CSV cells, JSON strings): `service_point:<uuid>`, `department:<uuid>`,
/// `institution:<uuid>`, `region:<subject code>` (a subject's name is read too), `country`.
///
/// # Example
/// ```
/// use social_services::records::{ScopeLevel, StatisticsScope};
///
/// let tula: StatisticsScope = "region:Тульская область".parse()?;
/// assert_eq!(tula.to_string(), "region:71");
/// assert_eq!(tula.level(), ScopeLevel::Region);
/// assert_eq!("country".parse::<StatisticsScope>()?, StatisticsScope::Country);
///
/// let err = "город:Тула".parse::<StatisticsScope>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     r#"invalid statistics scope "город:Тула": expected service_point:<id>, department:<id>, institution:<id>, region:<code> or country"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(into = "String")]
pub enum StatisticsScope {
    /// One service point.
    ServicePoint(ServicePointId),
    /// One department of an institution (a family MFC run as a department).
    Department(DepartmentId),
    /// One institution as a whole.
    Institution(InstitutionId),
    /// A federal subject as a whole.
    Region(RegionCode),
    /// The whole country.
    Country,
}

/// How fine a [`StatisticsScope`] is, from the finest (a service point) to the coarsest (the
/// country). Aggregation counts a figure at the finest level present and never adds a coarser
/// figure on top of finer ones for the same families.
///
/// # Example
/// ```
/// use social_services::records::ScopeLevel;
/// assert!(ScopeLevel::ServicePoint < ScopeLevel::Institution);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ScopeLevel {
    /// A service point.
    ServicePoint,
    /// A department.
    Department,
    /// An institution.
    Institution,
    /// A federal subject.
    Region,
    /// The country.
    Country,
}

impl StatisticsScope {
    /// How fine the scope is.
    ///
    /// # Example
    /// ```
    /// use social_services::records::{ScopeLevel, StatisticsScope};
    /// assert_eq!(StatisticsScope::Country.level(), ScopeLevel::Country);
    /// ```
    pub fn level(&self) -> ScopeLevel {
        match self {
            Self::ServicePoint(_) => ScopeLevel::ServicePoint,
            Self::Department(_) => ScopeLevel::Department,
            Self::Institution(_) => ScopeLevel::Institution,
            Self::Region(_) => ScopeLevel::Region,
            Self::Country => ScopeLevel::Country,
        }
    }
}

impl fmt::Display for StatisticsScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ServicePoint(id) => write!(f, "service_point:{id}"),
            Self::Department(id) => write!(f, "department:{id}"),
            Self::Institution(id) => write!(f, "institution:{id}"),
            Self::Region(code) => write!(f, "region:{code}"),
            Self::Country => f.write_str("country"),
        }
    }
}

const SCOPE_FORMS: &str =
    "service_point:<id>, department:<id>, institution:<id>, region:<code> or country";

impl FromStr for StatisticsScope {
    type Err = RecordError;

    /// # Errors
    /// [`RecordError::Scope`] when the text is not one of the forms, or its id or region does
    /// not read.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let fail = |reason: String| RecordError::Scope {
            input: input.to_owned(),
            reason,
            source: None,
        };
        let part = |what: &str, e: PartError| RecordError::Scope {
            input: input.to_owned(),
            reason: format!("the {what} does not read"),
            source: Some(e),
        };
        if input == "country" {
            return Ok(Self::Country);
        }
        let Some((kind, value)) = input.split_once(':') else {
            return Err(fail(format!("expected {SCOPE_FORMS}")));
        };
        let scope = match kind {
            "service_point" => value.parse().map(Self::ServicePoint),
            "department" => value.parse().map(Self::Department),
            "institution" => value.parse().map(Self::Institution),
            "region" => {
                return value
                    .parse()
                    .map(Self::Region)
                    .map_err(|e: crate::values::ValueError| part("region", Box::new(e)));
            }
            _ => return Err(fail(format!("expected {SCOPE_FORMS}"))),
        };
        scope.map_err(|e| part("id", Box::new(e)))
    }
}

/// Read from its text form; the message of a bad one is its whole chain (`invalid statistics
/// scope "region:99": the region does not read: invalid region "99": …`), as `serde` keeps
/// only a message.
impl<'de> serde::Deserialize<'de> for StatisticsScope {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse()
            .map_err(|e: RecordError| serde::de::Error::custom(crate::io::Chain(&e)))
    }
}

impl TryFrom<String> for StatisticsScope {
    type Error = RecordError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<StatisticsScope> for String {
    fn from(scope: StatisticsScope) -> Self {
        scope.to_string()
    }
}

/// One row of service statistics: for a scope and a period, the families served, the families
/// under social support (социальное сопровождение) and the appeals — for all services and all
/// families, or for one service, or one category of families, where the source breaks the
/// figures down.
///
/// A row is the figure a spreadsheet user fills in each month. Its key is the scope, the
/// period, the service and the category: a data set holds at most one row per key. A row with
/// neither `service` nor `family_category` is the scope's total for the period; a row with one
/// of them is that part of it (a family counts in every category it belongs to, so the parts by
/// category may add up to more than the total). Figures are [`StatedCount`]s, so «почти 150
/// тыс.» stays «почти 150000».
///
/// Only counts: the crate holds no personal data about the families served.
///
/// # Example
/// ```
/// use social_services::{records::{StatedCount, StatisticsScope}, ServiceStatistics};
///
/// // «в первом полугодии 2025 года помощь получили почти 150 тыс. семей, более 38 тыс. из них —
/// // в рамках социального сопровождения»
/// let mut h1 = ServiceStatistics::new(StatisticsScope::Country, "2025-H1".parse()?);
/// h1.families_served = Some("почти 150 тыс.".parse()?);
/// h1.families_supported = Some("более 38 тыс.".parse()?);
/// assert_eq!(h1.families_served.unwrap().to_string(), "почти 150000");
/// assert!(h1.is_total());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ServiceStatistics {
    /// Whom the figures are for.
    pub scope: StatisticsScope,
    /// The period they are for.
    pub period: ReportingPeriod,
    /// The one service the figures are for; none for all services.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<ServiceId>,
    /// The one category of families the figures are for; none for all families.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_category: Option<FamilyCategory>,
    /// Families that got help (обратились и получили помощь).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub families_served: Option<StatedCount>,
    /// Of those, families under social support (на социальном сопровождении).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub families_supported: Option<StatedCount>,
    /// Appeals (обращения): one family may appeal several times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appeals: Option<StatedCount>,
    /// Where these figures come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// [`ServiceStatistics`] for the formats: its fields and their shapes (see `records::kinds`), handed to
/// `$then!`. A field added to the struct is added here too, or nothing that builds a
/// `ServiceStatistics` from a row compiles.
macro_rules! service_statistics_kind {
    ($then:ident) => {
        $then! {
            ServiceStatistics {
                record: "service statistics row", table: "service_statistics",
                csv: SERVICE_STATISTICS, arrow: SERVICE_STATISTICS,
                name: $crate::records::ServiceStatistics::key,
                fields: [
                    #[new] scope: scope,
                    #[new] period: display,
                    service: opt_id,
                    family_category: opt_open_vocab,
                    families_served: opt_count,
                    families_supported: opt_count,
                    appeals: opt_count,
                    sources: json,
                ]
            }
        }
    };
}

pub(crate) use service_statistics_kind;

impl ServiceStatistics {
    /// A row for a scope and a period with no figures yet.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::StatisticsScope, ServiceStatistics};
    /// let row = ServiceStatistics::new(StatisticsScope::Country, "2024".parse()?);
    /// assert!(row.families_served.is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(scope: StatisticsScope, period: ReportingPeriod) -> Self {
        Self {
            scope,
            period,
            service: None,
            family_category: None,
            families_served: None,
            families_supported: None,
            appeals: None,
            sources: Vec::new(),
            extra: Extra::new(),
        }
    }

    /// Whether the row is the scope's total for the period (for all services and all families).
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{FamilyCategory, StatisticsScope}, ServiceStatistics};
    /// let mut row = ServiceStatistics::new(StatisticsScope::Country, "2024".parse()?);
    /// row.family_category = Some(FamilyCategory::LargeFamily);
    /// assert!(!row.is_total());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_total(&self) -> bool {
        self.service.is_none() && self.family_category.is_none()
    }

    /// What the row is for, to name it in messages: `for region:71, 2025-H1, service …`.
    pub(crate) fn key(&self) -> String {
        use std::fmt::Write as _;
        let mut key = format!("for {}, {}", self.scope, self.period);
        if let Some(service) = self.service {
            let _ = write!(key, ", service {service}");
        }
        if let Some(category) = &self.family_category {
            let _ = write!(key, ", category {category}");
        }
        key
    }
}

#[cfg(any(test, feature = "proptest"))]
mod arbitrary {
    use proptest::prelude::*;

    use super::StatisticsScope;
    use crate::records::Id;
    use crate::values::RegionCode;

    impl Arbitrary for StatisticsScope {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;

        fn arbitrary_with((): ()) -> Self::Strategy {
            prop_oneof![
                any::<Id<_>>().prop_map(StatisticsScope::ServicePoint),
                any::<Id<_>>().prop_map(StatisticsScope::Department),
                any::<Id<_>>().prop_map(StatisticsScope::Institution),
                any::<RegionCode>().prop_map(StatisticsScope::Region),
                Just(StatisticsScope::Country),
            ]
            .boxed()
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn rejects_a_scope_with_a_bad_id_or_region() {
        let err = |s: &str| s.parse::<StatisticsScope>().unwrap_err();
        let id = err("institution:42");
        assert_eq!(
            id.to_string(),
            r#"invalid statistics scope "institution:42": the id does not read"#
        );
        let part = std::error::Error::source(&id).unwrap();
        assert!(
            matches!(part.downcast_ref(), Some(RecordError::Id { input, .. }) if input == "42"),
            "{part:?}"
        );
        let region = err("region:99");
        assert_eq!(
            crate::io::Chain(&region).to_string(),
            r#"invalid statistics scope "region:99": the region does not read: invalid region "99": no federal subject has code 99"#
        );
        let part = std::error::Error::source(&region).unwrap();
        assert!(
            part.downcast_ref::<crate::ValueError>().is_some(),
            "{part:?}"
        );
        assert_eq!(
            err("Country").to_string(),
            r#"invalid statistics scope "Country": expected service_point:<id>, department:<id>, institution:<id>, region:<code> or country"#
        );
    }

    #[test]
    fn a_bad_scope_in_json_gives_the_same_message() {
        let json = r#"{"scope":"region:99","period":"2025"}"#;
        let err = serde_json::from_str::<ServiceStatistics>(json).unwrap_err();
        assert!(
            err.to_string().starts_with(
                r#"invalid statistics scope "region:99": the region does not read: invalid region "99": no federal subject has code 99"#
            ),
            "{err}"
        );
    }

    proptest! {
        #[test]
        fn scope_display_and_from_str_are_inverses(scope in any::<StatisticsScope>()) {
            prop_assert_eq!(scope.to_string().parse::<StatisticsScope>().unwrap(), scope);
        }

        #[test]
        fn statistics_round_trip_through_json(row in any::<ServiceStatistics>()) {
            let json = serde_json::to_string(&row).unwrap();
            prop_assert_eq!(serde_json::from_str::<ServiceStatistics>(&json).unwrap(), row);
        }
    }
}
