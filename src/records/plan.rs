//! Plans for the network's growth: centres to open and regions to cover in a period.

use crate::values::{RegionCode, ReportingPeriod};

use super::{Extra, InstitutionId, NetworkPlanId, ProgrammeId, Source, StatedCount};

/// A plan figure for the network of family MFCs: how many centres are to open, and in how many
/// federal subjects, in a period — so that plans and facts can be compared.
///
/// A plan has at least one of the two figures (validation reports one with neither). A plan of
/// one federal subject names it in `region`; a plan of the whole network leaves it empty.
///
/// # Example
/// ```
/// use social_services::{records::{NetworkPlanId, StatedCount}, NetworkPlan};
///
/// // «ещё 18 центров планируется открыть до конца 2026 года в 8 регионах»
/// let mut plan = NetworkPlan::new(NetworkPlanId::from_name("план 2026"), "Открытие семейных МФЦ до конца 2026 года", "2025-07-01/2026-12-31".parse()?);
/// plan.centres = Some(StatedCount::exact(18));
/// plan.regions = Some(StatedCount::exact(8));
/// assert_eq!(plan.period.last_day().to_string(), "2026-12-31");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NetworkPlan {
    /// The id.
    pub id: NetworkPlanId,
    /// What the plan is, as stated.
    pub title: String,
    /// The period the openings are planned for.
    pub period: ReportingPeriod,
    /// The federal subject the plan is for; none for the whole network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<RegionCode>,
    /// Family MFCs to open in the period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub centres: Option<StatedCount>,
    /// Federal subjects in which they are to open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regions: Option<StatedCount>,
    /// Who set the plan (a ministry, a regional government).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<InstitutionId>,
    /// The programme the plan belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<ProgrammeId>,
    /// Where these facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Fields this version of the crate does not know, kept as read.
    #[serde(flatten, default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// [`NetworkPlan`] for the formats: its fields and their shapes (see `records::kinds`), handed to
/// `$then!`. A field added to the struct is added here too, or nothing that builds a
/// `NetworkPlan` from a row compiles.
macro_rules! network_plan_kind {
    ($then:ident) => {
        $then! {
            NetworkPlan {
                record: "network plan", table: "network_plans",
                csv: NETWORK_PLANS, arrow: NETWORK_PLANS,
                name: |r| r.id.to_string(),
                fields: [
                    #[new] id: id,
                    #[new] title: text,
                    #[new] period: display,
                    region: opt_region,
                    centres: opt_count,
                    regions: opt_count,
                    owner: opt_id,
                    programme: opt_id,
                    sources: json,
                ]
            }
        }
    };
}

pub(crate) use network_plan_kind;

impl NetworkPlan {
    /// A plan of the whole network with no figures yet.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::NetworkPlanId, NetworkPlan};
    /// let plan = NetworkPlan::new(NetworkPlanId::new_v4(), "План на 2024 год", "2024".parse()?);
    /// assert!(plan.region.is_none() && plan.centres.is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(id: NetworkPlanId, title: impl Into<String>, period: ReportingPeriod) -> Self {
        Self {
            id,
            title: title.into(),
            period,
            region: None,
            centres: None,
            regions: None,
            owner: None,
            programme: None,
            sources: Vec::new(),
            extra: Extra::new(),
        }
    }
}
