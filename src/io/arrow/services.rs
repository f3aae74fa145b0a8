//! The tables of what the centres do: services, service statistics and network plans.

use crate::records::{Id, NetworkPlan, ScopeLevel, Service, ServiceStatistics, StatisticsScope};

use super::schema::{Column, Kind, defaulted, optional, required};
use super::spec::Spec;

pub const SERVICE_COLUMNS: &[Column] = &[
    required("id", Kind::Id),
    required("name", Kind::Text),
    required("category", Kind::Term),
    optional("description", Kind::Text),
    defaulted("eligible", Kind::TextList),
    optional("sources", Kind::Json),
    optional("extra", Kind::Json),
];

pub const SERVICES: Spec<Service> = Spec {
    name: "services",
    record: "service",
    columns: SERVICE_COLUMNS,
    id: |r| r.id.to_string(),
    write: |records, c| {
        let r = || records.iter();
        c.ids(r().map(|r| Some(&r.id)));
        c.texts(r().map(|r| Some(r.name.as_str())));
        c.terms("category", r().map(|r| Some(&r.category)))?;
        c.texts(r().map(|r| r.description.as_deref()));
        c.term_lists("eligible", r().map(|r| r.eligible.as_slice()))?;
        c.json(r().map(|r| r.sources.as_slice()));
        c.extra(r().map(|r| &r.extra));
        Ok(())
    },
    read: |b| {
        let id = b.ids("id")?;
        let name = b.texts("name")?;
        let category = b.values("category")?;
        let description = b.texts("description")?;
        let eligible = b.lists("eligible")?;
        let sources = b.json("sources")?;
        let extra = b.extra("extra")?;
        (0..b.rows())
            .map(|i| {
                let mut r = Service::new(id.req(i)?, name.req(i)?, category.req(i)?);
                r.description = description.get(i)?;
                r.eligible = eligible.or_default(i)?;
                r.sources = sources.or_default(i)?;
                r.extra = extra.or_default(i)?;
                Ok(r)
            })
            .collect()
    },
};

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
fn parse_level(text: &str) -> Result<ScopeLevel, String> {
    serde_json::from_value(serde_json::Value::String(text.to_owned())).map_err(|_| {
        format!(
            "invalid scope level {text:?}: expected service_point, department, institution, region or country"
        )
    })
}

pub const STATISTICS_COLUMNS: &[Column] = &[
    required("scope", Kind::Code),
    optional("scope_id", Kind::Id),
    optional("scope_region", Kind::Code),
    required("period", Kind::Text),
    optional("service", Kind::Id),
    optional("family_category", Kind::Term),
    optional("families_served", Kind::Count),
    optional("families_served_qualifier", Kind::Code),
    optional("families_supported", Kind::Count),
    optional("families_supported_qualifier", Kind::Code),
    optional("appeals", Kind::Count),
    optional("appeals_qualifier", Kind::Code),
    optional("sources", Kind::Json),
    optional("extra", Kind::Json),
];

/// The marker of a scope's id before its level says what it is the id of.
enum ScopeId {}

pub const SERVICE_STATISTICS: Spec<ServiceStatistics> = Spec {
    name: "service_statistics",
    record: "service statistics row",
    columns: STATISTICS_COLUMNS,
    id: ServiceStatistics::key,
    write: |records, c| {
        let r = || records.iter();
        c.codes(r().map(|r| Some(level_name(r.scope.level()))));
        c.uuids(r().map(|r| match &r.scope {
            StatisticsScope::ServicePoint(id) => Some(*id.as_uuid()),
            StatisticsScope::Department(id) => Some(*id.as_uuid()),
            StatisticsScope::Institution(id) => Some(*id.as_uuid()),
            StatisticsScope::Region(_) | StatisticsScope::Country => None,
        }));
        c.regions(r().map(|r| match r.scope {
            StatisticsScope::Region(code) => Some(code),
            _ => None,
        }));
        c.displays(r().map(|r| Some(&r.period)));
        c.ids(r().map(|r| r.service.as_ref()));
        c.terms("family_category", r().map(|r| r.family_category.as_ref()))?;
        c.counts(r().map(|r| r.families_served));
        c.counts(r().map(|r| r.families_supported));
        c.counts(r().map(|r| r.appeals));
        c.json(r().map(|r| r.sources.as_slice()));
        c.extra(r().map(|r| &r.extra));
        Ok(())
    },
    read: |b| {
        let level = b.parsed("scope", parse_level)?;
        let scope_id = b.ids::<ScopeId>("scope_id")?;
        let scope_region = b.values("scope_region")?;
        let period = b.values("period")?;
        let service = b.ids("service")?;
        let family_category = b.values("family_category")?;
        let served = b.counts("families_served", "families_served_qualifier")?;
        let supported = b.counts("families_supported", "families_supported_qualifier")?;
        let appeals = b.counts("appeals", "appeals_qualifier")?;
        let sources = b.json("sources")?;
        let extra = b.extra("extra")?;
        (0..b.rows())
            .map(|i| {
                let level = level.req(i)?;
                let name = level_name(level);
                let id = scope_id.get(i)?;
                let region = scope_region.get(i)?;
                let null = || format!("must be null for scope {name}");
                let scope = match (level, id, region) {
                    (ScopeLevel::Region | ScopeLevel::Country, Some(_), _) => {
                        return Err(scope_id.fault(i, null()));
                    }
                    (
                        ScopeLevel::ServicePoint
                        | ScopeLevel::Department
                        | ScopeLevel::Institution
                        | ScopeLevel::Country,
                        _,
                        Some(_),
                    ) => return Err(scope_region.fault(i, null())),
                    (ScopeLevel::Region, None, None) => {
                        return Err(scope_region.fault(i, "required for scope region"));
                    }
                    (ScopeLevel::Region, None, Some(code)) => StatisticsScope::Region(code),
                    (ScopeLevel::Country, None, None) => StatisticsScope::Country,
                    (_, None, None) => {
                        return Err(scope_id.fault(i, format!("required for scope {name}")));
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
                };
                let mut r = ServiceStatistics::new(scope, period.req(i)?);
                r.service = service.get(i)?;
                r.family_category = family_category.get(i)?;
                r.families_served = served.get(i)?;
                r.families_supported = supported.get(i)?;
                r.appeals = appeals.get(i)?;
                r.sources = sources.or_default(i)?;
                r.extra = extra.or_default(i)?;
                Ok(r)
            })
            .collect()
    },
};

pub const PLAN_COLUMNS: &[Column] = &[
    required("id", Kind::Id),
    required("title", Kind::Text),
    required("period", Kind::Text),
    optional("region", Kind::Code),
    optional("centres", Kind::Count),
    optional("centres_qualifier", Kind::Code),
    optional("regions", Kind::Count),
    optional("regions_qualifier", Kind::Code),
    optional("owner", Kind::Id),
    optional("programme", Kind::Id),
    optional("sources", Kind::Json),
    optional("extra", Kind::Json),
];

pub const NETWORK_PLANS: Spec<NetworkPlan> = Spec {
    name: "network_plans",
    record: "network plan",
    columns: PLAN_COLUMNS,
    id: |r| r.id.to_string(),
    write: |records, c| {
        let r = || records.iter();
        c.ids(r().map(|r| Some(&r.id)));
        c.texts(r().map(|r| Some(r.title.as_str())));
        c.displays(r().map(|r| Some(&r.period)));
        c.regions(r().map(|r| r.region));
        c.counts(r().map(|r| r.centres));
        c.counts(r().map(|r| r.regions));
        c.ids(r().map(|r| r.owner.as_ref()));
        c.ids(r().map(|r| r.programme.as_ref()));
        c.json(r().map(|r| r.sources.as_slice()));
        c.extra(r().map(|r| &r.extra));
        Ok(())
    },
    read: |b| {
        let id = b.ids("id")?;
        let title = b.texts("title")?;
        let period = b.values("period")?;
        let region = b.values("region")?;
        let centres = b.counts("centres", "centres_qualifier")?;
        let regions = b.counts("regions", "regions_qualifier")?;
        let owner = b.ids("owner")?;
        let programme = b.ids("programme")?;
        let sources = b.json("sources")?;
        let extra = b.extra("extra")?;
        (0..b.rows())
            .map(|i| {
                let mut r = NetworkPlan::new(id.req(i)?, title.req(i)?, period.req(i)?);
                r.region = region.get(i)?;
                r.centres = centres.get(i)?;
                r.regions = regions.get(i)?;
                r.owner = owner.get(i)?;
                r.programme = programme.get(i)?;
                r.sources = sources.or_default(i)?;
                r.extra = extra.or_default(i)?;
                Ok(r)
            })
            .collect()
    },
};
