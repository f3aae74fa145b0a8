//! What an export leaves out, counted per record kind and field.

use std::fmt;

use crate::records::{Extra, Source};
use crate::registry::Registry;

/// Something of the registry that HSDS cannot hold, with how many records (or values) of it
/// the export left out.
///
/// # Example
/// ```
/// use social_services::io::hsds;
///
/// let export = hsds::export(&social_services::sample::registry());
/// let events = export.left_out.iter().find(|l| l.what == "events").unwrap();
/// assert_eq!(events.count, 2);
/// assert_eq!(events.to_string(), "events: 2 left out (HSDS has no events)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LeftOut {
    /// The record kind, or the field as `kind[].field` (`institutions[].address`).
    pub what: &'static str,
    /// How many records, or records with a value in that field, were left out.
    pub count: usize,
    /// Why.
    pub reason: &'static str,
}

impl fmt::Display for LeftOut {
    /// `events: 2 left out (HSDS has no events)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} left out ({})",
            self.what, self.count, self.reason
        )
    }
}

/// The counts, each kept only when not zero.
#[derive(Default)]
pub(super) struct Tally(Vec<LeftOut>);

impl Tally {
    pub(super) fn add(&mut self, what: &'static str, count: usize, reason: &'static str) {
        if count > 0 {
            self.0.push(LeftOut {
                what,
                count,
                reason,
            });
        }
    }

    pub(super) fn into_vec(self) -> Vec<LeftOut> {
        self.0
    }
}

/// How many of `items` satisfy `keep`.
fn count<T>(items: impl IntoIterator<Item = T>, keep: impl Fn(&T) -> bool) -> usize {
    items.into_iter().filter(|item| keep(item)).count()
}

fn has_sources(sources: &[Source]) -> bool {
    !sources.is_empty()
}

fn has_extra(extra: &Extra) -> bool {
    !extra.is_empty()
}

const NO_PROVENANCE: &str =
    "HSDS metadata records changes to the data, not the publications facts come from";
const NO_EXTRA: &str = "fields this crate does not know have no HSDS field either";

/// Counts what the mapping of [`super::export`] leaves out of `registry`.
pub(super) fn tally(registry: &Registry, tally: &mut Tally) {
    institutions(registry, tally);
    service_points(registry, tally);
    services(registry, tally);
    other_kinds(registry, tally);
}

/// The fields of institutions and departments that HSDS organizations have no place for.
fn institutions(registry: &Registry, tally: &mut Tally) {
    let institutions = || registry.institutions();
    let departments = || registry.departments().map(|(_, d)| d);
    tally.add(
        "institutions[].address",
        count(institutions(), |i| {
            i.address.as_ref().is_some_and(|a| a.postal_code().is_none())
        }),
        "an HSDS address requires a postal code; the legal address is in its postal location's description",
    );
    tally.add(
        "institutions[].emails",
        institutions()
            .map(|i| {
                let written = usize::from(i.emails.iter().any(|e| super::map::ascii_email(e).is_some()));
                i.emails.len() - written
            })
            .sum(),
        "an HSDS organization has one e-mail, in ASCII (format: email): the first that can be written so is, the others are not",
    );
    tally.add(
        "institutions[].opened",
        count(institutions(), |i| i.opened.is_some()),
        "HSDS year_incorporated is the year of legal formation, not of opening",
    );
    tally.add(
        "institutions[].closed",
        count(institutions(), |i| i.closed.is_some()),
        "an HSDS organization has no closing date",
    );
    tally.add(
        "institutions[].sources",
        count(institutions(), |i| has_sources(&i.sources)),
        NO_PROVENANCE,
    );
    tally.add(
        "institutions[].extra",
        count(institutions(), |i| has_extra(&i.extra)),
        NO_EXTRA,
    );
    tally.add(
        "institutions[].departments[].opened",
        count(departments(), |d| d.opened.is_some()),
        "an HSDS organization has no opening date",
    );
    tally.add(
        "institutions[].departments[].closed",
        count(departments(), |d| d.closed.is_some()),
        "an HSDS organization has no closing date",
    );
    tally.add(
        "institutions[].departments[].sources",
        count(departments(), |d| has_sources(&d.sources)),
        NO_PROVENANCE,
    );
    tally.add(
        "institutions[].departments[].extra",
        count(departments(), |d| has_extra(&d.extra)),
        NO_EXTRA,
    );
}

/// The fields of service points that HSDS locations, addresses and schedules have no place for.
fn service_points(registry: &Registry, tally: &mut Tally) {
    let points = || registry.service_points();
    tally.add(
        "service_points[].address",
        count(points(), |p| {
            p.address
                .as_ref()
                .is_some_and(|a| a.postal_code().is_none())
        }),
        "an HSDS address requires a postal code; the address is in the location's description",
    );
    tally.add(
        "service_points[].address.oktmo",
        count(points(), |p| {
            p.address.as_ref().is_some_and(|a| a.oktmo().is_some())
        }),
        "an HSDS address has no municipal territory code",
    );
    tally.add(
        "service_points[].schedule",
        count(points(), |p| {
            p.schedule
                .as_ref()
                .is_some_and(crate::values::WeeklySchedule::is_closed_all_week)
        }),
        "closed all week: HSDS schedules state opening hours only",
    );
    tally.add(
        "service_points[].schedule",
        count(points(), |p| {
            p.schedule.is_some() && super::map::zone(registry, p).is_none()
        }),
        "no federal subject known for the point or its institution: HSDS reads times without a time zone as UTC",
    );
    tally.add(
        "service_points[].opened",
        count(points(), |p| p.opened.is_some()),
        "an HSDS location has no opening date",
    );
    tally.add(
        "service_points[].closed",
        count(points(), |p| p.closed.is_some()),
        "an HSDS location has no closing date",
    );
    tally.add(
        "service_points[].sources",
        count(points(), |p| has_sources(&p.sources)),
        NO_PROVENANCE,
    );
    tally.add(
        "service_points[].extra",
        count(points(), |p| has_extra(&p.extra)),
        NO_EXTRA,
    );
}

/// The fields of services that HSDS services have no place for.
fn services(registry: &Registry, tally: &mut Tally) {
    let services = || registry.services();
    tally.add(
        "services[].sources",
        count(services(), |s| has_sources(&s.sources)),
        NO_PROVENANCE,
    );
    tally.add(
        "services[].extra",
        count(services(), |s| has_extra(&s.extra)),
        NO_EXTRA,
    );
}

/// The record kinds HSDS has no object for.
fn other_kinds(registry: &Registry, tally: &mut Tally) {
    let dataset = registry.dataset();
    tally.add(
        "persons",
        dataset.persons.len(),
        "an HSDS contact could hold a name, but this export publishes no personal data: people are left out by choice (privacy)",
    );
    tally.add(
        "appointments",
        dataset.appointments.len(),
        "an HSDS contact could hold a post's title, but posts name their holders: left out with the persons (privacy)",
    );
    tally.add("events", dataset.events.len(), "HSDS has no events");
    tally.add(
        "programmes",
        dataset.programmes.len(),
        "an HSDS program groups one organization's services; the crate's programmes are state programmes over regions",
    );
    tally.add(
        "training_sites",
        dataset.training_sites.len(),
        "HSDS has no training",
    );
    tally.add("cohorts", dataset.cohorts.len(), "HSDS has no training");
    tally.add(
        "cohorts[].enrollments",
        dataset.cohorts.iter().map(|c| c.enrollments.len()).sum(),
        "HSDS has no training",
    );
    tally.add(
        "service_statistics",
        dataset.service_statistics.len(),
        "HSDS has no service statistics",
    );
    tally.add(
        "network_plans",
        dataset.network_plans.len(),
        "HSDS has no plans",
    );
    tally.add(
        "stated_figures",
        dataset.stated_figures.len(),
        "HSDS has no published figures",
    );
    tally.add("extra", usize::from(has_extra(&dataset.extra)), NO_EXTRA);
}
