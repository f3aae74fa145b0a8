//! A small network for the tests of the statistics aggregations: Tula (71) with a family MFC
//! of two service points (0, 1) and a КЦСОН with a family-MFC department, a point of that
//! department (2) and a point of its own (3), Ivanovo (37) with one family MFC, and a federal
//! institution without a region.

use proptest::prelude::*;

use crate::records::{
    Department, DepartmentId, DepartmentKind, FamilyCategory, Institution, InstitutionId,
    InstitutionKind, Level, Service, ServiceCategory, ServiceId, ServicePoint, ServicePointId,
    ServicePointKind, ServiceStatistics, StatedCount, StatisticsScope,
};
use crate::registry::{Dataset, Registry};

pub(crate) const TULA_CENTRE: &str = "Семейный МФЦ № 1";
pub(crate) const TULA_KCSON: &str = "КЦСОН № 2";
pub(crate) const IVANOVO_CENTRE: &str = "Семейный МФЦ № 3";
pub(crate) const FEDERAL: &str = "Фонд № 4";

pub(crate) fn institution(name: &str) -> InstitutionId {
    InstitutionId::from_name(name)
}
pub(crate) fn point(n: usize) -> ServicePointId {
    ServicePointId::from_name(&format!("point {n}"))
}
pub(crate) fn department() -> DepartmentId {
    DepartmentId::from_name("department")
}
pub(crate) fn nanny() -> ServiceId {
    ServiceId::from_name("Социальная няня")
}

/// The network, without statistics.
pub(crate) fn dataset() -> Dataset {
    let mut dataset = Dataset::new();
    for (name, kind, region) in [
        (TULA_CENTRE, InstitutionKind::FamilyMfc, Some("71")),
        (TULA_KCSON, InstitutionKind::Kcson, Some("71")),
        (IVANOVO_CENTRE, InstitutionKind::FamilyMfc, Some("37")),
        (FEDERAL, InstitutionKind::Fund, None),
    ] {
        let mut i = Institution::new(institution(name), name, kind, Level::Regional);
        i.region = region.map(|r| r.parse().unwrap());
        i.opened = Some("2023".parse().unwrap());
        dataset.institutions.push(i);
    }
    let mut mfc = Department::new(department(), "Семейный МФЦ", DepartmentKind::FamilyMfc);
    mfc.opened = Some("2024-03".parse().unwrap());
    dataset.institutions[1].departments.push(mfc);
    for n in 0..2 {
        dataset.service_points.push(ServicePoint::new(
            point(n),
            institution(TULA_CENTRE),
            format!("Точка {n}"),
            ServicePointKind::Online,
        ));
    }
    let mut in_department = ServicePoint::new(
        point(2),
        institution(TULA_KCSON),
        "Точка отделения",
        ServicePointKind::Online,
    );
    in_department.department = Some(department());
    dataset.service_points.push(in_department);
    dataset.service_points.push(ServicePoint::new(
        point(3),
        institution(TULA_KCSON),
        "Точка КЦСОН",
        ServicePointKind::Online,
    ));
    dataset.services.push(Service::new(
        nanny(),
        "Социальная няня",
        ServiceCategory::ChildCare,
    ));
    dataset
}

/// A row of `served` families (`families_served` only, as stated).
pub(crate) fn row(scope: StatisticsScope, period: &str, served: &str) -> ServiceStatistics {
    let mut row = ServiceStatistics::new(scope, period.parse().unwrap());
    row.families_served = Some(served.parse().unwrap());
    row
}

/// The registry of the network with these rows.
pub(crate) fn registry(rows: Vec<ServiceStatistics>) -> Registry {
    let mut dataset = dataset();
    dataset.service_statistics = rows;
    Registry::new(dataset).expect("the test network is valid")
}

/// Every scope of the network.
pub(crate) fn scopes() -> Vec<StatisticsScope> {
    vec![
        StatisticsScope::Country,
        StatisticsScope::Region("71".parse().unwrap()),
        StatisticsScope::Region("37".parse().unwrap()),
        StatisticsScope::Institution(institution(TULA_CENTRE)),
        StatisticsScope::Institution(institution(TULA_KCSON)),
        StatisticsScope::Institution(institution(IVANOVO_CENTRE)),
        StatisticsScope::Institution(institution(FEDERAL)),
        StatisticsScope::ServicePoint(point(0)),
        StatisticsScope::ServicePoint(point(1)),
        StatisticsScope::ServicePoint(point(2)),
        StatisticsScope::ServicePoint(point(3)),
        StatisticsScope::Department(department()),
    ]
}

/// Rows over the scopes of the network, a few periods, totals and breakdowns, any figures (not
/// necessarily a valid set: the accumulators take any rows of the registry's scopes).
pub(crate) fn rows() -> impl Strategy<Value = Vec<ServiceStatistics>> {
    let periods = [
        "2025",
        "2025-H1",
        "2025-Q1",
        "2025-01",
        "2022-11-01/2023-04-30",
    ];
    let one = (
        0..scopes().len(),
        0..periods.len(),
        prop_oneof![
            Just(None),
            Just(Some(FamilyCategory::LargeFamily)),
            Just(Some(FamilyCategory::LowIncome))
        ],
        any::<bool>(),
        proptest::option::of(any::<StatedCount>()),
        proptest::option::of(any::<StatedCount>()),
        proptest::option::of(any::<StatedCount>()),
    )
        .prop_map(
            move |(scope, period, category, by_service, served, supported, appeals)| {
                let mut row =
                    ServiceStatistics::new(scopes()[scope], periods[period].parse().unwrap());
                row.family_category = category;
                row.service = by_service.then(nanny);
                row.families_served = served;
                row.families_supported = supported;
                row.appeals = appeals;
                row
            },
        );
    proptest::collection::vec(one, 0..24)
}
