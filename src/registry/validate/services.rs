//! Services, service statistics, network plans and the opening dates of family MFCs:
//! `reference.unknown_service`, `statistics.*`, `plan.no_target`, their `count.impossible`
//! rules and `family_mfc.no_opening_date`.

use crate::registry::IssueCode;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

use crate::records::{
    DepartmentId, FamilyCategory, Qualifier, ServiceId, ServiceStatistics, StatedCount,
    StatisticsScope, Vocabulary,
};
use crate::registry::IssuePath;
use crate::values::{FederalSubject, ReportingPeriod};

use super::{Checker, at};

/// The least the true number can be.
fn lower(count: StatedCount) -> u64 {
    match count.qualifier() {
        Qualifier::Exact => count.value(),
        Qualifier::MoreThan => count.value().saturating_add(1),
        Qualifier::UpTo | Qualifier::About | Qualifier::Almost => 0,
    }
}

/// The most the true number can be, when a bound is stated.
fn upper(count: StatedCount) -> Option<u64> {
    match count.qualifier() {
        Qualifier::Exact | Qualifier::UpTo | Qualifier::Almost => Some(count.value()),
        Qualifier::MoreThan | Qualifier::About => None,
    }
}

/// Whether a part stated as `part` cannot fit in a whole stated as `whole`.
fn exceeds(part: StatedCount, whole: StatedCount) -> bool {
    upper(whole).is_some_and(|most| lower(part) > most)
}

/// The key a data set has at most one row of statistics for.
type Key = (
    StatisticsScope,
    ReportingPeriod,
    Option<ServiceId>,
    Option<FamilyCategory>,
);

/// What a row of statistics is about, in words: `region:71, 2025-H1, service …`.
fn describe(row: &ServiceStatistics) -> String {
    use std::fmt::Write as _;
    let mut text = format!("{}, {}", row.scope, row.period);
    if let Some(service) = row.service {
        let _ = write!(text, ", service {service}");
    }
    if let Some(category) = &row.family_category {
        let _ = write!(text, ", category {}", category.as_str());
    }
    text
}

impl Checker<'_> {
    pub(super) fn check_services(&mut self) {
        self.check_offered_services();
        self.check_statistics();
        self.check_plans();
        self.check_opening_dates();
    }

    fn service_ref(&mut self, id: ServiceId, path: impl FnOnce() -> IssuePath) {
        let found = self.index.services.get(&id).copied();
        self.resolve(
            found,
            id,
            IssueCode::ReferenceUnknownService,
            "service",
            path,
        );
    }

    fn lone_department_ref(&mut self, id: DepartmentId, path: impl FnOnce() -> IssuePath) {
        let found = self.index.departments.get(&id).copied();
        self.resolve(
            found,
            id,
            IssueCode::ReferenceUnknownDepartment,
            "department",
            path,
        );
    }

    fn check_offered_services(&mut self) {
        for (i, point) in self.dataset.service_points.iter().enumerate() {
            for (k, &service) in point.services.iter().enumerate() {
                self.service_ref(service, || {
                    at("service_points", i).field("services").index(k)
                });
            }
        }
    }

    fn check_statistics(&mut self) {
        let rows = &self.dataset.service_statistics;
        let mut first: HashMap<Key, usize> = HashMap::with_capacity(rows.len());
        for (i, row) in rows.iter().enumerate() {
            let path = || at("service_statistics", i);
            match row.scope {
                StatisticsScope::ServicePoint(id) => {
                    self.service_point_ref(id, || path().field("scope"));
                }
                StatisticsScope::Department(id) => {
                    self.lone_department_ref(id, || path().field("scope"));
                }
                StatisticsScope::Institution(id) => {
                    self.institution_ref(id, || path().field("scope"));
                }
                StatisticsScope::Region(_) | StatisticsScope::Country => {}
            }
            if let Some(service) = row.service {
                self.service_ref(service, || path().field("service"));
            }
            if row.families_served.is_none()
                && row.families_supported.is_none()
                && row.appeals.is_none()
            {
                self.error(
                    IssueCode::StatisticsNoFigure,
                    path(),
                    format!(
                        "the row for {} has none of families_served, families_supported and appeals",
                        describe(row)
                    ),
                );
            }
            if let (Some(supported), Some(served)) = (row.families_supported, row.families_served)
                && exceeds(supported, served)
            {
                self.error(
                    IssueCode::CountImpossible,
                    path().field("families_supported"),
                    format!(
                        "{supported} families under social support, more than the {served} families served"
                    ),
                );
            }
            let key = (
                row.scope,
                row.period,
                row.service,
                row.family_category.clone(),
            );
            match first.entry(key) {
                Entry::Vacant(slot) => {
                    slot.insert(i);
                }
                Entry::Occupied(earlier) => {
                    let earlier = *earlier.get();
                    self.error(
                        IssueCode::StatisticsDuplicate,
                        path(),
                        format!(
                            "the figures for {} are also given at service_statistics[{earlier}]",
                            describe(row)
                        ),
                    );
                }
            }
        }
        self.check_parts_within_totals(&first);
    }

    /// A part (one service, one category) cannot have served more families than the total of
    /// its scope and period.
    fn check_parts_within_totals(&mut self, rows_by_key: &HashMap<Key, usize>) {
        let rows = &self.dataset.service_statistics;
        for (i, row) in rows.iter().enumerate() {
            if row.is_total() {
                continue;
            }
            let Some(part) = row.families_served else {
                continue;
            };
            let Some(&t) = rows_by_key.get(&(row.scope, row.period, None, None)) else {
                continue;
            };
            let Some(total) = rows[t].families_served else {
                continue;
            };
            if exceeds(part, total) {
                self.error(
                    IssueCode::CountImpossible,
                    at("service_statistics", i).field("families_served"),
                    format!(
                        "{part} families served for {}, more than the {total} of the total at service_statistics[{t}]",
                        describe(row)
                    ),
                );
            }
        }
    }

    fn check_plans(&mut self) {
        for (i, plan) in self.dataset.network_plans.iter().enumerate() {
            let path = || at("network_plans", i);
            if let Some(owner) = plan.owner {
                self.institution_ref(owner, || path().field("owner"));
            }
            if let Some(programme) = plan.programme {
                self.programme_ref(programme, || path().field("programme"));
            }
            if plan.centres.is_none() && plan.regions.is_none() {
                self.error(
                    IssueCode::PlanNoTarget,
                    path(),
                    format!(
                        "plan «{}» states neither centres to open nor regions to cover",
                        plan.title
                    ),
                );
            }
            let Some(regions) = plan.regions else {
                continue;
            };
            let most = if plan.region.is_some() {
                1
            } else {
                FederalSubject::COUNT as u64
            };
            if lower(regions) > most {
                let message = if plan.region.is_some() {
                    format!("{regions} federal subjects to cover in a plan of one federal subject")
                } else {
                    format!(
                        "{regions} federal subjects stated, but there are only {}",
                        FederalSubject::COUNT
                    )
                };
                self.error(IssueCode::CountImpossible, path().field("regions"), message);
            }
            if let Some(centres) = plan.centres
                && exceeds(regions, centres)
            {
                self.error(
                    IssueCode::CountImpossible,
                    path().field("regions"),
                    format!("{regions} federal subjects to cover with {centres} centres to open"),
                );
            }
        }
    }

    /// The network's growth is counted from opening dates: a family MFC without one is left
    /// out of it, which the user should know.
    fn check_opening_dates(&mut self) {
        for (i, institution) in self.dataset.institutions.iter().enumerate() {
            if institution.is_family_mfc() && institution.opened.is_none() {
                self.warning(
                    IssueCode::FamilyMfcNoOpeningDate,
                    at("institutions", i).field("opened"),
                    format!(
                        "family MFC «{}» has no opening date, so the network's growth leaves it out",
                        institution.name
                    ),
                );
            }
            // A family-MFC department of a family-MFC institution is part of that centre, which
            // the growth counts by the institution's own date.
            if institution.is_family_mfc() {
                continue;
            }
            for (j, department) in institution.departments.iter().enumerate() {
                if department.is_family_mfc() && department.opened.is_none() {
                    self.warning(
                        IssueCode::FamilyMfcNoOpeningDate,
                        at("institutions", i)
                            .field("departments")
                            .index(j)
                            .field("opened"),
                        format!(
                            "family MFC «{}» of «{}» has no opening date, so the network's growth leaves it out",
                            department.name, institution.name
                        ),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{institution_id, issues, row, valid};
    use crate::records::{FamilyCategory, ServiceId, ServicePointId, StatedCount, StatisticsScope};

    #[test]
    fn rejects_an_unknown_service_offered_at_a_point() {
        let mut dataset = valid();
        let ghost = ServiceId::from_name("ghost");
        dataset.service_points[0].services.push(ghost);
        assert_eq!(
            issues(&dataset),
            [row(
                "error",
                "reference.unknown_service",
                "service_points[0].services[1]",
                &format!("no service has id {ghost}")
            )]
        );
    }

    #[test]
    fn rejects_statistics_of_unknown_scopes_and_services() {
        let mut dataset = valid();
        let point = ServicePointId::from_name("ghost point");
        let service = ServiceId::from_name("ghost service");
        dataset.service_statistics[1].scope = StatisticsScope::ServicePoint(point);
        dataset.service_statistics[1].service = Some(service);
        assert_eq!(
            issues(&dataset),
            [
                row(
                    "error",
                    "reference.unknown_service_point",
                    "service_statistics[1].scope",
                    &format!("no service point has id {point}")
                ),
                row(
                    "error",
                    "reference.unknown_service",
                    "service_statistics[1].service",
                    &format!("no service has id {service}")
                ),
            ]
        );
    }

    #[test]
    fn rejects_a_row_without_figures_and_a_row_given_twice() {
        let mut dataset = valid();
        let mut again = dataset.service_statistics[0].clone();
        again.families_served = None;
        again.families_supported = None;
        again.appeals = None;
        dataset.service_statistics.push(again);
        let scope = format!("institution:{}, 2025-H1", institution_id(2));
        assert_eq!(
            issues(&dataset),
            [
                row(
                    "error",
                    "statistics.no_figure",
                    "service_statistics[3]",
                    &format!(
                        "the row for {scope} has none of families_served, families_supported and appeals"
                    )
                ),
                row(
                    "error",
                    "statistics.duplicate",
                    "service_statistics[3]",
                    &format!("the figures for {scope} are also given at service_statistics[0]")
                ),
            ]
        );
    }

    #[test]
    fn rejects_more_families_supported_than_served() {
        let mut dataset = valid();
        dataset.service_statistics[0].families_supported = Some(StatedCount::more_than(1200));
        assert_eq!(
            issues(&dataset),
            [row(
                "error",
                "count.impossible",
                "service_statistics[0].families_supported",
                "более 1200 families under social support, more than the 1200 families served"
            )]
        );
    }

    #[test]
    fn keeps_qualified_figures_that_may_fit() {
        let mut dataset = valid();
        dataset.service_statistics[0].families_served = Some("почти 150 тыс.".parse().unwrap());
        dataset.service_statistics[0].families_supported = Some("более 38 тыс.".parse().unwrap());
        dataset.service_statistics[2].families_served = Some(StatedCount::more_than(5000));
        assert_eq!(issues(&dataset), []);
    }

    #[test]
    fn rejects_a_part_larger_than_its_total() {
        let mut dataset = valid();
        dataset.service_statistics[2].families_served = Some(StatedCount::exact(1300));
        let service = dataset.service_statistics[2].service.unwrap();
        assert_eq!(
            issues(&dataset),
            [row(
                "error",
                "count.impossible",
                "service_statistics[2].families_served",
                &format!(
                    "1300 families served for institution:{}, 2025-H1, service {service}, more than the 1200 of the total at service_statistics[0]",
                    institution_id(2)
                )
            )]
        );
        dataset.service_statistics[2].service = None;
        dataset.service_statistics[2].family_category = Some(FamilyCategory::LargeFamily);
        assert_eq!(issues(&dataset)[0].1, "count.impossible");
    }

    #[test]
    fn rejects_a_plan_without_target_or_with_impossible_regions() {
        let mut dataset = valid();
        dataset.network_plans[0].centres = None;
        dataset.network_plans[0].regions = None;
        dataset.network_plans[1].regions = Some(StatedCount::exact(90));
        dataset.network_plans[1].centres = Some(StatedCount::exact(100));
        let mut regional = dataset.network_plans[1].clone();
        regional.id = crate::records::NetworkPlanId::from_name("regional plan");
        regional.region = Some("71".parse().unwrap());
        regional.regions = Some(StatedCount::exact(2));
        regional.centres = Some(StatedCount::exact(1));
        dataset.network_plans.push(regional);
        assert_eq!(
            issues(&dataset),
            [
                row(
                    "error",
                    "plan.no_target",
                    "network_plans[0]",
                    "plan «План открытия семейных МФЦ на 2024 год» states neither centres to open nor regions to cover"
                ),
                row(
                    "error",
                    "count.impossible",
                    "network_plans[1].regions",
                    "90 federal subjects stated, but there are only 89"
                ),
                row(
                    "error",
                    "count.impossible",
                    "network_plans[2].regions",
                    "2 federal subjects to cover in a plan of one federal subject"
                ),
                row(
                    "error",
                    "count.impossible",
                    "network_plans[2].regions",
                    "2 federal subjects to cover with 1 centres to open"
                ),
            ]
        );
    }

    #[test]
    fn a_family_mfc_department_of_a_family_mfc_needs_no_date_of_its_own() {
        let mut dataset = valid();
        dataset.institutions[2]
            .departments
            .push(crate::records::Department::new(
                crate::records::DepartmentId::from_name("флагман"),
                "Семейный МФЦ",
                crate::records::DepartmentKind::FamilyMfc,
            ));
        assert_eq!(issues(&dataset), []);
    }

    #[test]
    fn warns_of_a_family_mfc_without_opening_date() {
        let mut dataset = valid();
        dataset.institutions[2].opened = None;
        dataset.institutions[1].departments[0].opened = None;
        assert_eq!(
            issues(&dataset),
            [
                row(
                    "warning",
                    "family_mfc.no_opening_date",
                    "institutions[1].departments[0].opened",
                    "family MFC «Семейный многофункциональный центр» of «ОБУСО «Вичугский КЦСОН»» has no opening date, so the network's growth leaves it out"
                ),
                row(
                    "warning",
                    "family_mfc.no_opening_date",
                    "institutions[2].opened",
                    "family MFC «ГУ ТО «СМФЦ «Мой семейный центр»»» has no opening date, so the network's growth leaves it out"
                ),
            ]
        );
    }
}
