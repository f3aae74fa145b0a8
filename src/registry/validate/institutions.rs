//! `service_point.missing_address`, `address.no_house` and `institution.no_service_point`.

use crate::registry::IssueCode;
use std::collections::HashSet;

use crate::records::{InstitutionKind, ServicePointKind, Vocabulary};
use crate::values::{Address, AddressPrecision};

use super::{Checker, at};

/// Whether an institution of this kind receives families, so should have a service point.
fn provides_services(kind: &InstitutionKind) -> bool {
    matches!(
        kind,
        InstitutionKind::Kcson | InstitutionKind::FamilySupportCentre | InstitutionKind::FamilyMfc
    )
}

/// Whether a service point of this kind is expected to have a house number: every point but
/// an online one and an outreach one (a mobile point serves a settlement, not a building).
fn expects_house(kind: &ServicePointKind) -> bool {
    !matches!(kind, ServicePointKind::Online | ServicePointKind::Outreach)
}

/// The message of an address that stops above the house, for `what` (`service point`).
fn no_house_message(what: &str, address: &Address) -> String {
    format!(
        "the address of this {what} stops at the {} («{}»): a house number is expected",
        address.precision(),
        address.postal_line()
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
    ///
    /// An address that stops at the street or the settlement
    /// ([`AddressPrecision`](crate::values::AddressPrecision)) where a house is expected — a
    /// flagship's or a branch's, an institution's legal address — is a warning
    /// (`address.no_house`), in strict mode too: its severity follows its precision, not the
    /// mode. The address is what the source states (a centre known only by its settlement and
    /// district), so it is kept and the point counted like any other; an error would make a
    /// strict load refuse a fact it has no better version of.
    pub(super) fn check_institutions(&mut self) {
        let dataset = self.dataset;
        let mut with_points = HashSet::with_capacity(dataset.service_points.len());
        for (i, point) in dataset.service_points.iter().enumerate() {
            with_points.insert(point.institution);
            if let Some(address) = &point.address
                && address.precision() < AddressPrecision::House
                && expects_house(&point.kind)
            {
                self.warning(
                    IssueCode::AddressNoHouse,
                    at("service_points", i).field("address"),
                    no_house_message("service point", address),
                );
            }
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
            if let Some(address) = &institution.address
                && address.precision() < AddressPrecision::House
            {
                self.warning(
                    IssueCode::AddressNoHouse,
                    at("institutions", i).field("address"),
                    no_house_message("institution", address),
                );
            }
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
    fn warns_of_an_address_without_a_house_where_one_is_expected_also_when_strict() {
        let mut dataset = valid();
        let lezhnevo = "Ивановская область, пос. Лежнево, Лежневский муниципальный район";
        dataset.service_points[0].address = Some(lezhnevo.parse().unwrap());
        dataset.institutions[1].address = Some(
            "Ивановская область, г. Вичуга, ул. Ленинградская"
                .parse()
                .unwrap(),
        );
        let expected = [
            row(
                "warning",
                "address.no_house",
                "service_points[0].address",
                "the address of this service point stops at the settlement («Ивановская область, Лежневский муниципальный район, пос. Лежнево»): a house number is expected",
            ),
            row(
                "warning",
                "address.no_house",
                "institutions[1].address",
                "the address of this institution stops at the street («Ивановская область, г. Вичуга, ул. Ленинградская»): a house number is expected",
            ),
        ];
        assert_eq!(issues(&dataset), expected);
        let strict = ValidationOptions {
            strict: true,
            ..ValidationOptions::default()
        };
        assert_eq!(issues_with(&dataset, &strict), expected);
    }

    #[test]
    fn expects_no_house_of_an_outreach_or_online_point() {
        let mut dataset = valid();
        let settlement = "Ивановская область, Лежневский р-н, пос. Лежнево";
        dataset.service_points[0].kind = ServicePointKind::Outreach;
        dataset.service_points[0].address = Some(settlement.parse().unwrap());
        dataset.service_points[1].address = Some(settlement.parse().unwrap());
        assert_eq!(issues(&dataset), []);
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
