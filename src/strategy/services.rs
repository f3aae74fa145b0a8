//! The services part of a valid data set: the catalogue of services, rows of service
//! statistics and network plans — their drafts and how they become records that pass the rules
//! of `registry::validate::services`.

use std::collections::HashSet;

use proptest::collection::vec;
use proptest::option::{of, weighted};
use proptest::prelude::*;
use proptest::sample::Index;

use super::assemble::pick;
use super::draft::{placeholder, sources, text};
use crate::records::arbitrary::record;
use crate::records::{
    FamilyCategory, FigureScope, FigureValue, Measure, NetworkPlan, NetworkPlanId, Qualifier,
    Service, ServiceCategory, ServiceStatistics, Source, StatedCount, StatedFigure,
    StatisticsScope,
};
use crate::registry::Dataset;
use crate::values::{KnownDate, RegionCode, ReportingPeriod};

// ── stated figures ────────────────────────────────────────────────────────────────────────

/// A figure before it is fitted: any qualifier and a number.
type Figure = (Qualifier, u64);

fn figure(max: u64) -> impl Strategy<Value = Figure> {
    (
        prop_oneof![
            Just(Qualifier::Exact),
            Just(Qualifier::MoreThan),
            Just(Qualifier::UpTo),
            Just(Qualifier::About),
            Just(Qualifier::Almost),
        ],
        0..max,
    )
}

/// The most the true number can be, when the count states a bound.
fn most(count: StatedCount) -> Option<u64> {
    match count.qualifier() {
        Qualifier::Exact | Qualifier::UpTo | Qualifier::Almost => Some(count.value()),
        Qualifier::MoreThan | Qualifier::About => None,
    }
}

/// The figure as a count that fits in `whole`: the least it states is no more than the most
/// `whole` allows («более N» within «M» needs N < M).
fn within((qualifier, value): Figure, whole: Option<StatedCount>) -> StatedCount {
    let Some(most) = whole.and_then(most) else {
        return StatedCount::new(qualifier, value);
    };
    let value = value.min(most);
    match qualifier {
        Qualifier::MoreThan if value == most => most
            .checked_sub(1)
            .map_or(StatedCount::exact(0), StatedCount::more_than),
        qualifier => StatedCount::new(qualifier, value),
    }
}

// ── drafts ────────────────────────────────────────────────────────────────────────────────

/// The drafts of the services part of a data set.
#[derive(Debug, Clone)]
pub(super) struct ServiceDrafts {
    /// The services, complete but for their ids.
    pub(super) services: Vec<Service>,
    pub(super) statistics: Vec<GroupDraft>,
    /// The most rows of statistics to keep.
    pub(super) statistics_limit: usize,
    pub(super) plans: Vec<PlanDraft>,
    /// Stated figures for the network or a federal subject, complete but for their ids.
    pub(super) figures: Vec<StatedFigure>,
}

/// Up to `size` services, groups of statistics rows, plans and figures of the network.
pub(super) fn drafts(size: usize) -> impl Strategy<Value = ServiceDrafts> {
    let n = 0..=size;
    (
        vec(service(), n.clone()),
        vec(group(), n.clone()),
        vec(plan(), n.clone()),
        vec(network_figure(), n),
    )
        .prop_map(
            move |(services, statistics, plans, figures)| ServiceDrafts {
                services,
                statistics,
                statistics_limit: size,
                plans,
                figures,
            },
        )
}

/// A figure for the network or a federal subject (scopes with no life to fall outside): a
/// stock of centres or points at a date that may be a bound, the Nth centre at a date, or
/// families served in a period.
fn network_figure() -> impl Strategy<Value = StatedFigure> {
    let scope = prop_oneof![
        Just(FigureScope::Network),
        any::<RegionCode>().prop_map(FigureScope::Region),
    ];
    let stock = (
        prop_oneof![Just(Measure::FamilyMfcs), Just(Measure::ServicePoints)],
        any::<FigureValue>(),
        any::<KnownDate>(),
    )
        .prop_map(|(measure, value, date)| (measure, value, Some(date), None));
    let flow = (
        prop_oneof![
            Just(Measure::FamiliesServed),
            Just(Measure::Appeals),
            Just(Measure::Recipients)
        ],
        figure(100_000),
        any::<ReportingPeriod>(),
    )
        .prop_map(|(measure, (qualifier, value), period)| {
            let value = FigureValue::Count(StatedCount::new(qualifier, value));
            (measure, value, None, Some(period))
        });
    (scope, prop_oneof![stock, flow], sources()).prop_map(
        |(scope, (measure, value, date, period), sources)| {
            let mut figure = StatedFigure::new(placeholder(), measure, scope, value);
            figure.date = date;
            figure.period = period;
            figure.sources = sources;
            figure
        },
    )
}

/// A service with a placeholder id and each family category at most once.
fn service() -> impl Strategy<Value = Service> {
    (
        text(),
        any::<ServiceCategory>(),
        of(text()),
        vec(any::<FamilyCategory>(), 0..=2),
        sources(),
    )
        .prop_map(|(name, category, description, categories, sources)| {
            let mut service = Service::new(placeholder(), name, category);
            service.description = description;
            for category in categories {
                if !service.eligible.contains(&category) {
                    service.eligible.push(category);
                }
            }
            service.sources = sources;
            service
        })
}

/// The kinds of [`StatisticsScope`].
#[derive(Debug, Clone, Copy)]
enum ScopeKind {
    ServicePoint,
    Department,
    Institution,
    Region,
    Country,
}

/// Whom a row is for: a kind of scope and a position among the records of that kind, or a
/// region when the data set has none of them.
#[derive(Debug, Clone)]
pub(super) struct ScopeDraft {
    kind: ScopeKind,
    target: Index,
    region: RegionCode,
}

/// A row's figures before they are fitted to its total and to each other.
#[derive(Debug, Clone)]
pub(super) struct FiguresDraft {
    served: Option<Figure>,
    supported: Option<Figure>,
    appeals: Option<Figure>,
    /// Families served when the row would have no figure at all.
    fallback: Figure,
    sources: Vec<Source>,
}

/// A part of a scope's figures: for one service, one category of families, or both.
#[derive(Debug, Clone)]
pub(super) struct PartDraft {
    service: Option<Index>,
    category: Option<FamilyCategory>,
    /// The category when the data set has no service to name.
    fallback_category: FamilyCategory,
    figures: FiguresDraft,
}

/// The rows of one scope and period: usually a total, and parts under it.
#[derive(Debug, Clone)]
pub(super) struct GroupDraft {
    scope: ScopeDraft,
    period: ReportingPeriod,
    total: Option<FiguresDraft>,
    parts: Vec<PartDraft>,
}

fn figures() -> impl Strategy<Value = FiguresDraft> {
    record! {
        FiguresDraft {
            served: of(figure(100_000)),
            supported: of(figure(100_000)),
            appeals: of(figure(300_000)),
            fallback: figure(100_000),
            sources: sources(),
        }
    }
}

fn group() -> impl Strategy<Value = GroupDraft> {
    (
        (
            prop_oneof![
                Just(ScopeKind::ServicePoint),
                Just(ScopeKind::Department),
                Just(ScopeKind::Institution),
                Just(ScopeKind::Region),
                Just(ScopeKind::Country),
            ],
            any::<Index>(),
            any::<RegionCode>(),
        ),
        any::<ReportingPeriod>(),
        weighted(0.75, figures()),
        vec(
            record! {
                PartDraft {
                    service: of(any::<Index>()),
                    category: of(any::<FamilyCategory>()),
                    fallback_category: any::<FamilyCategory>(),
                    figures: figures(),
                }
            },
            0..=2,
        ),
    )
        .prop_map(
            |((kind, target, region), period, total, parts)| GroupDraft {
                scope: ScopeDraft {
                    kind,
                    target,
                    region,
                },
                period,
                total,
                parts,
            },
        )
}

/// A plan: its figures are fitted when it is assembled.
#[derive(Debug, Clone)]
pub(super) struct PlanDraft {
    title: String,
    period: ReportingPeriod,
    region: Option<RegionCode>,
    centres: Option<Figure>,
    regions: Option<Figure>,
    /// The centres when the plan would state neither figure.
    fallback: Figure,
    owner: Option<Index>,
    programme: Option<Index>,
    sources: Vec<Source>,
}

fn plan() -> impl Strategy<Value = PlanDraft> {
    (
        (
            text(),
            any::<ReportingPeriod>(),
            of(any::<RegionCode>()),
            of(figure(200)),
            // Past the number of federal subjects at times, so that the cap is exercised.
            of(figure(120)),
        ),
        (
            figure(200),
            of(any::<Index>()),
            of(any::<Index>()),
            sources(),
        ),
    )
        .prop_map(
            |((title, period, region, centres, regions), (fallback, owner, programme, sources))| {
                PlanDraft {
                    title,
                    period,
                    region,
                    centres,
                    regions,
                    fallback,
                    owner,
                    programme,
                    sources,
                }
            },
        )
}

// ── assembly ──────────────────────────────────────────────────────────────────────────────

fn scope(draft: &ScopeDraft, dataset: &Dataset) -> StatisticsScope {
    let departments: Vec<_> = dataset
        .institutions
        .iter()
        .flat_map(|i| &i.departments)
        .collect();
    let named =
        match draft.kind {
            ScopeKind::ServicePoint => pick(draft.target, &dataset.service_points)
                .map(|p| StatisticsScope::ServicePoint(p.id)),
            ScopeKind::Department => {
                pick(draft.target, &departments).map(|d| StatisticsScope::Department(d.id))
            }
            ScopeKind::Institution => pick(draft.target, &dataset.institutions)
                .map(|i| StatisticsScope::Institution(i.id)),
            ScopeKind::Region => None,
            ScopeKind::Country => Some(StatisticsScope::Country),
        };
    named.unwrap_or(StatisticsScope::Region(draft.region))
}

/// A row with its figures fitted: families served within `cap` (the total's), families under
/// support within those served, and at least one figure.
fn row(
    scope: StatisticsScope,
    period: ReportingPeriod,
    figures: FiguresDraft,
    cap: Option<StatedCount>,
) -> ServiceStatistics {
    let mut row = ServiceStatistics::new(scope, period);
    row.families_served = figures.served.map(|f| within(f, cap));
    row.families_supported = figures.supported.map(|f| within(f, row.families_served));
    row.appeals = figures.appeals.map(|(q, v)| StatedCount::new(q, v));
    if row.families_served.is_none() && row.families_supported.is_none() && row.appeals.is_none() {
        row.families_served = Some(within(figures.fallback, cap));
    }
    row.sources = figures.sources;
    row
}

/// The rows of statistics of a data set that has its institutions, service points and
/// services, at most `limit`: one key (scope, period, service, category) each, no part serving
/// more families than its total.
pub(super) fn statistics(
    groups: Vec<GroupDraft>,
    limit: usize,
    dataset: &Dataset,
) -> Vec<ServiceStatistics> {
    let mut rows = Vec::new();
    let mut groups_seen = HashSet::new();
    for group in groups {
        let scope = scope(&group.scope, dataset);
        // A second group of the same scope and period would give a second total.
        if !groups_seen.insert((scope, group.period)) {
            continue;
        }
        let mut cap = None;
        if let Some(figures) = group.total {
            let total = row(scope, group.period, figures, None);
            cap = total.families_served;
            rows.push(total);
        }
        let mut parts_seen = HashSet::new();
        for part in group.parts {
            let service = part
                .service
                .and_then(|index| pick(index, &dataset.services))
                .map(|s| s.id);
            let category = match (service, part.category) {
                (None, None) => Some(part.fallback_category),
                (_, category) => category,
            };
            if !parts_seen.insert((service, category.clone())) {
                continue;
            }
            let mut row = row(scope, group.period, part.figures, cap);
            row.service = service;
            row.family_category = category;
            rows.push(row);
        }
    }
    // The rows of a group come total first, so cutting the end never leaves a part above a
    // total that is gone.
    rows.truncate(limit);
    rows
}

/// A plan of a data set that has its institutions and programmes: at least one figure, no
/// more federal subjects than there are (one for a plan of one subject) nor than the centres
/// to open.
pub(super) fn network_plan(draft: PlanDraft, id: NetworkPlanId, dataset: &Dataset) -> NetworkPlan {
    let mut plan = NetworkPlan::new(id, draft.title, draft.period);
    plan.region = draft.region;
    plan.centres = draft.centres.map(|(q, v)| StatedCount::new(q, v));
    let subjects = if plan.region.is_some() {
        1
    } else {
        RegionCode::COUNT as u64
    };
    let most_regions = plan
        .centres
        .and_then(most)
        .map_or(subjects, |c| c.min(subjects));
    plan.regions = draft
        .regions
        .map(|f| within(f, Some(StatedCount::exact(most_regions))));
    if plan.centres.is_none() && plan.regions.is_none() {
        plan.centres = Some(StatedCount::new(draft.fallback.0, draft.fallback.1));
    }
    plan.owner = draft
        .owner
        .and_then(|index| pick(index, &dataset.institutions))
        .map(|i| i.id);
    plan.programme = draft
        .programme
        .and_then(|index| pick(index, &dataset.programmes))
        .map(|p| p.id);
    plan.sources = draft.sources;
    plan
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::TestRunner;

    use super::*;
    use crate::records::ScopeLevel;

    #[test]
    fn fits_a_figure_within_its_whole() {
        let whole = Some(StatedCount::exact(10));
        assert_eq!(
            within((Qualifier::MoreThan, 10), whole),
            StatedCount::more_than(9)
        );
        assert_eq!(
            within((Qualifier::About, 50), whole),
            StatedCount::new(Qualifier::About, 10)
        );
        assert_eq!(
            within((Qualifier::MoreThan, 3), Some(StatedCount::exact(0))),
            StatedCount::exact(0)
        );
        assert_eq!(
            within((Qualifier::Exact, 50), Some(StatedCount::more_than(10))),
            StatedCount::exact(50)
        );
    }

    /// What the generated data sets show of the services rules, over many of them.
    #[test]
    fn generated_datasets_exercise_every_rule_of_services() {
        let mut runner = TestRunner::deterministic();
        let strategy = super::super::valid_dataset();
        let mut seen = BTreeSet::new();
        for _ in 0..128 {
            let dataset = strategy.new_tree(&mut runner).unwrap().current();
            let mut saw = |what: &'static str, yes: bool| {
                if yes {
                    seen.insert(what);
                }
            };
            saw(
                "a point offering a service",
                dataset
                    .service_points
                    .iter()
                    .any(|p| !p.services.is_empty()),
            );
            for row in &dataset.service_statistics {
                saw(
                    match row.scope.level() {
                        ScopeLevel::ServicePoint => "a row of a service point",
                        ScopeLevel::Department => "a row of a department",
                        ScopeLevel::Institution => "a row of an institution",
                        ScopeLevel::Region => "a row of a region",
                        ScopeLevel::Country => "a row of the country",
                    },
                    true,
                );
                saw("a row of a service", row.service.is_some());
                saw(
                    "a row of families supported and served",
                    row.families_supported.is_some() && row.families_served.is_some(),
                );
                let total = dataset
                    .service_statistics
                    .iter()
                    .find(|t| t.is_total() && (t.scope, t.period) == (row.scope, row.period));
                saw(
                    "a part under a total, both with families served",
                    !row.is_total()
                        && row.families_served.is_some()
                        && total.is_some_and(|t| t.families_served.is_some()),
                );
            }
            for plan in &dataset.network_plans {
                saw("a plan of one region", plan.region.is_some());
                saw(
                    "a plan of centres and regions",
                    plan.centres.is_some() && plan.regions.is_some(),
                );
                saw("a plan with an owner", plan.owner.is_some());
                saw("a plan of a programme", plan.programme.is_some());
            }
            for institution in &dataset.institutions {
                if institution.is_family_mfc() {
                    saw(
                        "a family MFC with an opening date",
                        institution.opened.is_some(),
                    );
                    saw("a family MFC without one", institution.opened.is_none());
                }
                saw(
                    "a family MFC department with an opening date",
                    institution
                        .departments
                        .iter()
                        .any(|d| d.is_family_mfc() && d.opened.is_some()),
                );
            }
        }
        let expected = BTreeSet::from([
            "a point offering a service",
            "a row of a service point",
            "a row of a department",
            "a row of an institution",
            "a row of a region",
            "a row of the country",
            "a row of a service",
            "a row of families supported and served",
            "a part under a total, both with families served",
            "a plan of one region",
            "a plan of centres and regions",
            "a plan with an owner",
            "a plan of a programme",
            "a family MFC with an opening date",
            "a family MFC without one",
            "a family MFC department with an opening date",
        ]);
        assert_eq!(seen, expected);
    }
}
