//! `service_point.missing_address` and `institution.no_service_point`.

use crate::registry::IssueCode;
use std::collections::HashSet;

use crate::records::{InstitutionKind, ServicePointKind, Vocabulary};

use super::{Checker, at};

/// Whether an institution of this kind receives families, so should have a service point.
fn provides_services(kind: &InstitutionKind) -> bool {
    matches!(
        kind,
        InstitutionKind::Kcson | InstitutionKind::FamilySupportCentre | InstitutionKind::FamilyMfc
    )
}

impl Checker<'_> {
    /// Checks that every point but an online one has an address, and warns of a
    /// service-providing institution with no point at all.
    ///
    /// A missing address is a warning, an error when strict: a data set transcribed from a
    /// source that names a point but not its address (the seeds' «5 точек присутствия», one
    /// address given) is usable and must not invent one; a directory checked strictly needs
    /// every address.
    pub(super) fn check_institutions(&mut self) {
        let dataset = self.dataset;
        let mut with_points = HashSet::with_capacity(dataset.service_points.len());
        for (i, point) in dataset.service_points.iter().enumerate() {
            with_points.insert(point.institution);
            if point.address.is_none() && point.kind != ServicePointKind::Online {
                let code = IssueCode::ServicePointMissingAddress;
                let path = at("service_points", i).field("address");
                let message = format!(
                    "a service point of kind {} needs an address (only an online point may have none)",
                    point.kind.as_str()
                );
                if self.options.strict {
                    self.error(code, path, message);
                } else {
                    self.warning(code, path, message);
                }
            }
        }
        for (i, institution) in dataset.institutions.iter().enumerate() {
            if provides_services(&institution.kind)
                && institution.closed.is_none()
                && !with_points.contains(&institution.id)
            {
                self.warning(
                    IssueCode::InstitutionNoServicePoint,
                    at("institutions", i),
                    format!(
                        "institution «{}» of kind {} has no service point",
                        institution.name,
                        institution.kind.as_str()
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{issues, issues_with, row, valid};
    use crate::records::{InstitutionKind, ServicePointKind};
    use crate::registry::ValidationOptions;

    #[test]
    fn warns_of_a_service_point_without_address_unless_online() {
        let mut dataset = valid();
        dataset.service_points[0].address = None;
        dataset.service_points[1].kind = ServicePointKind::Outreach;
        assert_eq!(
            issues(&dataset),
            [
                row(
                    "warning",
                    "service_point.missing_address",
                    "service_points[0].address",
                    "a service point of kind flagship needs an address (only an online point may have none)"
                ),
                row(
                    "warning",
                    "service_point.missing_address",
                    "service_points[1].address",
                    "a service point of kind outreach needs an address (only an online point may have none)"
                ),
            ]
        );
    }

    #[test]
    fn rejects_a_service_point_without_address_when_strict() {
        let mut dataset = valid();
        dataset.service_points[0].address = None;
        dataset.service_points[1].kind = ServicePointKind::Outreach;
        let strict = ValidationOptions {
            strict: true,
            ..ValidationOptions::default()
        };
        assert_eq!(
            issues_with(&dataset, &strict),
            [
                row(
                    "error",
                    "service_point.missing_address",
                    "service_points[0].address",
                    "a service point of kind flagship needs an address (only an online point may have none)"
                ),
                row(
                    "error",
                    "service_point.missing_address",
                    "service_points[1].address",
                    "a service point of kind outreach needs an address (only an online point may have none)"
                ),
            ]
        );
    }

    #[test]
    fn warns_of_a_service_providing_institution_without_service_point() {
        let mut dataset = valid();
        dataset.service_points.remove(1);
        assert_eq!(
            issues(&dataset),
            [row(
                "warning",
                "institution.no_service_point",
                "institutions[1]",
                "institution «ОБУСО «Вичугский КЦСОН»» of kind kcson has no service point",
            )]
        );
    }

    #[test]
    fn does_not_expect_service_points_of_authorities_or_closed_institutions() {
        let mut dataset = valid();
        dataset.service_points.remove(1);
        dataset.institutions[1].closed = Some("2025".parse().unwrap());
        // Institutions 0, 3 and 4 are authorities and have no point either.
        dataset.institutions[0].kind = InstitutionKind::Fund;
        assert!(issues(&dataset).is_empty());
    }
}
