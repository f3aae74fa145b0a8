//! What a stated figure is for: the whole network, a federal subject, or one record.

use std::fmt;
use std::str::FromStr;

use crate::values::RegionCode;

use super::{
    DepartmentId, EventId, InstitutionId, PartError, ProgrammeId, RecordError, ServiceId,
    ServicePointId, TrainingSiteId,
};

/// Whom or what a [`StatedFigure`](crate::StatedFigure) is for.
///
/// Text form (CSV cells, JSON strings): `network`, `region:<subject code>` (a subject's name is
/// read too), and `<kind>:<uuid>` for one record: `institution`, `department`,
/// `service_point`, `programme`, `event`, `training_site`, `service`.
///
/// # Example
/// ```
/// use social_services::records::FigureScope;
///
/// let tula: FigureScope = "region:Тульская область".parse()?;
/// assert_eq!(tula.to_string(), "region:71");
/// assert_eq!("network".parse::<FigureScope>()?, FigureScope::Network);
/// let err = "город:Тула".parse::<FigureScope>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     r#"invalid figure scope "город:Тула": expected network, region:<code> or institution, department, service_point, programme, event, training_site, service followed by :<id>"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(into = "String")]
pub enum FigureScope {
    /// The whole network (the country).
    Network,
    /// A federal subject.
    Region(RegionCode),
    /// An institution.
    Institution(InstitutionId),
    /// A department of an institution.
    Department(DepartmentId),
    /// A service point.
    ServicePoint(ServicePointId),
    /// A programme.
    Programme(ProgrammeId),
    /// An event.
    Event(EventId),
    /// A training site.
    TrainingSite(TrainingSiteId),
    /// A service of the catalogue.
    Service(ServiceId),
}

/// The kind of a [`FigureScope`], without its id: what [`Measure::fits`](crate::records::Measure::fits)
/// decides on.
///
/// # Example
/// ```
/// use social_services::records::{FigureScope, ScopeKind};
/// assert_eq!(FigureScope::Network.kind(), ScopeKind::Network);
/// assert_eq!(ScopeKind::TrainingSite.as_str(), "training_site");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ScopeKind {
    /// The whole network.
    Network,
    /// A federal subject.
    Region,
    /// An institution.
    Institution,
    /// A department.
    Department,
    /// A service point.
    ServicePoint,
    /// A programme.
    Programme,
    /// An event.
    Event,
    /// A training site.
    TrainingSite,
    /// A service.
    Service,
}

impl ScopeKind {
    /// The word before the colon in a scope's text form (`network` for the network).
    ///
    /// # Example
    /// ```
    /// use social_services::records::ScopeKind;
    /// assert_eq!(ScopeKind::Region.as_str(), "region");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Network => "network",
            Self::Region => "region",
            Self::Institution => "institution",
            Self::Department => "department",
            Self::ServicePoint => "service_point",
            Self::Programme => "programme",
            Self::Event => "event",
            Self::TrainingSite => "training_site",
            Self::Service => "service",
        }
    }
}

impl FigureScope {
    /// The kind of scope.
    ///
    /// # Example
    /// ```
    /// use social_services::records::{FigureScope, ScopeKind};
    /// assert_eq!("region:71".parse::<FigureScope>()?.kind(), ScopeKind::Region);
    /// # Ok::<(), social_services::RecordError>(())
    /// ```
    pub const fn kind(&self) -> ScopeKind {
        match self {
            Self::Network => ScopeKind::Network,
            Self::Region(_) => ScopeKind::Region,
            Self::Institution(_) => ScopeKind::Institution,
            Self::Department(_) => ScopeKind::Department,
            Self::ServicePoint(_) => ScopeKind::ServicePoint,
            Self::Programme(_) => ScopeKind::Programme,
            Self::Event(_) => ScopeKind::Event,
            Self::TrainingSite(_) => ScopeKind::TrainingSite,
            Self::Service(_) => ScopeKind::Service,
        }
    }
}

impl fmt::Display for FigureScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = self.kind().as_str();
        match self {
            Self::Network => f.write_str(kind),
            Self::Region(code) => write!(f, "{kind}:{code}"),
            Self::Institution(id) => write!(f, "{kind}:{id}"),
            Self::Department(id) => write!(f, "{kind}:{id}"),
            Self::ServicePoint(id) => write!(f, "{kind}:{id}"),
            Self::Programme(id) => write!(f, "{kind}:{id}"),
            Self::Event(id) => write!(f, "{kind}:{id}"),
            Self::TrainingSite(id) => write!(f, "{kind}:{id}"),
            Self::Service(id) => write!(f, "{kind}:{id}"),
        }
    }
}

const FORMS: &str = "network, region:<code> or institution, department, service_point, programme, event, training_site, service followed by :<id>";

impl FromStr for FigureScope {
    type Err = RecordError;

    /// # Errors
    /// [`RecordError::FigureScope`] when the text is not one of the forms, or its id or region
    /// does not read.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let fail = |reason: String| RecordError::FigureScope {
            input: input.to_owned(),
            reason,
            source: None,
        };
        let part = |what: &str, e: PartError| RecordError::FigureScope {
            input: input.to_owned(),
            reason: format!("the {what} does not read"),
            source: Some(e),
        };
        if input == "network" {
            return Ok(Self::Network);
        }
        let Some((kind, value)) = input.split_once(':') else {
            return Err(fail(format!("expected {FORMS}")));
        };
        let scope = match kind {
            "region" => {
                return value
                    .parse()
                    .map(Self::Region)
                    .map_err(|e: crate::values::ValueError| part("region", Box::new(e)));
            }
            "institution" => value.parse().map(Self::Institution),
            "department" => value.parse().map(Self::Department),
            "service_point" => value.parse().map(Self::ServicePoint),
            "programme" => value.parse().map(Self::Programme),
            "event" => value.parse().map(Self::Event),
            "training_site" => value.parse().map(Self::TrainingSite),
            "service" => value.parse().map(Self::Service),
            _ => return Err(fail(format!("expected {FORMS}"))),
        };
        scope.map_err(|e| part("id", Box::new(e)))
    }
}

/// Read from its text form; the message of a bad one is its whole chain (`invalid statistics
/// scope "region:99": the region does not read: invalid region "99": …`), as `serde` keeps
/// only a message.
impl<'de> serde::Deserialize<'de> for FigureScope {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse()
            .map_err(|e: RecordError| serde::de::Error::custom(crate::io::Chain(&e)))
    }
}

impl TryFrom<String> for FigureScope {
    type Error = RecordError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<FigureScope> for String {
    fn from(scope: FigureScope) -> Self {
        scope.to_string()
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for FigureScope {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "FigureScope".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "What a stated figure is for: network, region:<subject code>, or institution, department, service_point, programme, event, training_site or service followed by :<uuid>.",
            "pattern": "^(network|region:.+|(institution|department|service_point|programme|event|training_site|service):[0-9a-fA-F-]{36})$"
        })
    }
}

#[cfg(any(test, feature = "proptest"))]
impl proptest::arbitrary::Arbitrary for FigureScope {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        prop_oneof![
            Just(Self::Network),
            any::<RegionCode>().prop_map(Self::Region),
            any::<InstitutionId>().prop_map(Self::Institution),
            any::<DepartmentId>().prop_map(Self::Department),
            any::<ServicePointId>().prop_map(Self::ServicePoint),
            any::<ProgrammeId>().prop_map(Self::Programme),
            any::<EventId>().prop_map(Self::Event),
            any::<TrainingSiteId>().prop_map(Self::TrainingSite),
            any::<ServiceId>().prop_map(Self::Service),
        ]
        .boxed()
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn rejects_a_bad_id_naming_the_scope() {
        let err = "event:42".parse::<FigureScope>().unwrap_err();
        assert_eq!(
            crate::io::Chain(&err).to_string(),
            r#"invalid figure scope "event:42": the id does not read: invalid id "42": failed to parse a UUID"#
        );
    }

    proptest! {
        #[test]
        fn display_then_parse_is_identity(scope in any::<FigureScope>()) {
            prop_assert_eq!(scope.to_string().parse::<FigureScope>().ok(), Some(scope));
        }
    }
}
