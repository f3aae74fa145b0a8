//! Event attendance counted by federal subject × kind of the attendee's institution: the
//! grouped figure of the national-scale attendance files, as a dense array.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use crate::records::{Event, InstitutionId, InstitutionKind, Vocabulary};
use crate::registry::Registry;
use crate::values::RegionCode;

/// The number of known institution kinds: the columns of the dense part of the table.
pub(crate) const KNOWN_KINDS: usize = 10;

/// The column of a known kind in the dense table, `None` for a kind outside the list.
pub(crate) fn kind_slot(kind: &InstitutionKind) -> Option<usize> {
    Some(match kind {
        InstitutionKind::Kcson => 0,
        InstitutionKind::FamilySupportCentre => 1,
        InstitutionKind::FamilyMfc => 2,
        InstitutionKind::SupplementaryEducation => 3,
        InstitutionKind::Ministry => 4,
        InstitutionKind::Department => 5,
        InstitutionKind::Government => 6,
        InstitutionKind::Fund => 7,
        InstitutionKind::PublicOrganisation => 8,
        InstitutionKind::PublicOrganisationBranch => 9,
        InstitutionKind::Other(_) => return None,
    })
}

/// Attendance records counted by the attendee's federal subject × the kind of the
/// institution they came from.
///
/// The known kinds are counted in a dense array of [`RegionCode::COUNT`] × 10 cells (no
/// hashing); a kind outside the vocabulary (`InstitutionKind::Other`) is counted under its own
/// term, so the table is exact for any input. [`merge`](Self::merge) is associative and
/// commutative with the empty table as identity, so per-chunk and per-thread tables combine
/// into the answer of one pass.
///
/// # Example
/// ```
/// use social_services::{records::InstitutionKind, values::RegionCode};
/// use social_services::aggregate::AttendanceByRegionKind;
///
/// let tula: RegionCode = "71".parse()?;
/// let mut a = AttendanceByRegionKind::default();
/// a.add(tula, &InstitutionKind::FamilyMfc);
/// let mut b = AttendanceByRegionKind::default();
/// b.add(tula, &InstitutionKind::FamilyMfc);
/// b.add(tula, &InstitutionKind::Other("приют".into()));
/// a.merge(&b);
/// assert_eq!(a.get(tula, &InstitutionKind::FamilyMfc), 2);
/// assert_eq!(a.total(), 3);
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendanceByRegionKind {
    cells: Box<[u64; RegionCode::COUNT * KNOWN_KINDS]>,
    other: BTreeMap<(RegionCode, String), u64>,
}

impl Default for AttendanceByRegionKind {
    /// The empty table: the identity of [`AttendanceByRegionKind::merge`].
    fn default() -> Self {
        Self {
            cells: Box::new([0; RegionCode::COUNT * KNOWN_KINDS]),
            other: BTreeMap::new(),
        }
    }
}

impl AttendanceByRegionKind {
    /// Counts one attendance record.
    ///
    /// # Example
    /// ```
    /// use social_services::{aggregate::AttendanceByRegionKind, records::InstitutionKind};
    /// let mut table = AttendanceByRegionKind::default();
    /// table.add("37".parse()?, &InstitutionKind::Kcson);
    /// assert_eq!(table.total(), 1);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn add(&mut self, region: RegionCode, kind: &InstitutionKind) {
        self.add_count(region, kind, 1);
    }

    /// Counts `count` attendance records of one cell.
    ///
    /// # Example
    /// ```
    /// use social_services::{aggregate::AttendanceByRegionKind, records::InstitutionKind};
    /// let mut table = AttendanceByRegionKind::default();
    /// table.add_count("37".parse()?, &InstitutionKind::Kcson, 5);
    /// assert_eq!(table.total(), 5);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn add_count(&mut self, region: RegionCode, kind: &InstitutionKind, count: u64) {
        match kind_slot(kind) {
            Some(slot) => self.add_slot(region.index(), slot, count),
            None => {
                *self
                    .other
                    .entry((region, kind.as_str().to_owned()))
                    .or_default() += count;
            }
        }
    }

    /// Counts `count` records of the dense cell of a region index and a known kind's column.
    #[inline]
    pub(crate) fn add_slot(&mut self, region_index: usize, slot: usize, count: u64) {
        self.cells[region_index * KNOWN_KINDS + slot] += count;
    }

    /// Adds everything counted by another table (associative and commutative).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::AttendanceByRegionKind;
    /// let mut a = AttendanceByRegionKind::default();
    /// a.merge(&AttendanceByRegionKind::default());
    /// assert_eq!(a, AttendanceByRegionKind::default());
    /// ```
    pub fn merge(&mut self, other: &AttendanceByRegionKind) {
        for (cell, add) in self.cells.iter_mut().zip(other.cells.iter()) {
            *cell += add;
        }
        for (key, count) in &other.other {
            *self.other.entry(key.clone()).or_default() += count;
        }
    }

    /// The count of one cell.
    ///
    /// # Example
    /// ```
    /// use social_services::{aggregate::AttendanceByRegionKind, records::InstitutionKind};
    /// let table = AttendanceByRegionKind::default();
    /// assert_eq!(table.get("71".parse()?, &InstitutionKind::FamilyMfc), 0);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn get(&self, region: RegionCode, kind: &InstitutionKind) -> u64 {
        match kind_slot(kind) {
            Some(slot) => self.cells[region.index() * KNOWN_KINDS + slot],
            None => self
                .other
                .get(&(region, kind.as_str().to_owned()))
                .copied()
                .unwrap_or(0),
        }
    }

    /// Every record counted.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::AttendanceByRegionKind;
    /// assert_eq!(AttendanceByRegionKind::default().total(), 0);
    /// ```
    pub fn total(&self) -> u64 {
        self.cells.iter().sum::<u64>() + self.other.values().sum::<u64>()
    }

    /// The cells that are not zero, by region code and then by the kind's canonical name.
    ///
    /// # Example
    /// ```
    /// use social_services::{aggregate::AttendanceByRegionKind, records::InstitutionKind};
    /// let mut table = AttendanceByRegionKind::default();
    /// table.add("71".parse()?, &InstitutionKind::FamilyMfc);
    /// table.add("37".parse()?, &InstitutionKind::Kcson);
    /// let cells = table.cells();
    /// assert_eq!(cells[0].0.to_string(), "37");
    /// assert_eq!(cells[1], ("71".parse()?, InstitutionKind::FamilyMfc, 1));
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn cells(&self) -> Vec<(RegionCode, InstitutionKind, u64)> {
        let mut cells = Vec::new();
        for region in RegionCode::all() {
            for (slot, kind) in InstitutionKind::known().iter().enumerate() {
                let count = self.cells[region.index() * KNOWN_KINDS + slot];
                if count > 0 {
                    cells.push((region, kind.clone(), count));
                }
            }
        }
        for ((region, term), count) in &self.other {
            cells.push((*region, InstitutionKind::Other(term.clone()), *count));
        }
        cells.sort_by(|a, b| (a.0, a.1.as_str()).cmp(&(b.0, b.1.as_str())));
        cells
    }
}

impl serde::Serialize for AttendanceByRegionKind {
    /// Serialized as the list of non-zero cells: `[{"region":"37","institution_kind":"kcson","count":3}]`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let cells = self.cells();
        let mut seq = serializer.serialize_seq(Some(cells.len()))?;
        for (region, kind, count) in &cells {
            seq.serialize_element(&Cell {
                region: *region,
                institution_kind: kind,
                count: *count,
            })?;
        }
        seq.end()
    }
}

#[derive(serde::Serialize)]
struct Cell<'a> {
    region: RegionCode,
    institution_kind: &'a InstitutionKind,
    count: u64,
}

impl<'de> serde::Deserialize<'de> for AttendanceByRegionKind {
    /// Reads the list of cells [`Serialize`](serde::Serialize) writes (in any order), so that
    /// a partial result written by one process merges in another. A cell listed again after a
    /// count is an error; a count of zero adds nothing.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct OwnedCell {
            region: RegionCode,
            institution_kind: InstitutionKind,
            count: u64,
        }
        let cells = Vec::<OwnedCell>::deserialize(deserializer)?;
        let mut table = AttendanceByRegionKind::default();
        for cell in cells {
            if table.get(cell.region, &cell.institution_kind) > 0 {
                return Err(serde::de::Error::custom(format_args!(
                    "cell {} × {} listed twice",
                    cell.region,
                    cell.institution_kind.as_str()
                )));
            }
            table.add_count(cell.region, &cell.institution_kind, cell.count);
        }
        Ok(table)
    }
}

/// The kind of every institution of a registry, by id, in a map with a fast hash (ids are
/// random UUIDs, so no hash flooding to fear from them).
fn kinds_of(registry: &Registry) -> FxHashMap<InstitutionId, &InstitutionKind> {
    registry.institutions().map(|i| (i.id, &i.kind)).collect()
}

/// The attendance of one event's listed attendees, by region × institution kind: attendees
/// who are persons named with both a region and an institution of the registry. An attendee
/// without a person is an institution or a region taking part with no head count: no
/// attendance of anyone.
fn add_event(
    table: &mut AttendanceByRegionKind,
    kinds: &FxHashMap<InstitutionId, &InstitutionKind>,
    event: &Event,
) {
    for attendee in &event.participation.attendees {
        if let (Some(_), Some(region), Some(institution)) =
            (attendee.person, attendee.region, attendee.institution)
            && let Some(kind) = kinds.get(&institution)
        {
            table.add(region, kind);
        }
    }
}

/// The individual attendees of a registry's events counted by their federal subject × the
/// kind of the institution they came from (persons named with both; an organisation taking
/// part without a head count is no attendance).
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let registry = social_services::sample::registry();
/// let table = aggregate::attendance_by_region_kind(&registry);
/// assert!(table.total() <= registry.events().map(|e| e.participation.attendees.len() as u64).sum());
/// ```
pub fn attendance_by_region_kind(registry: &Registry) -> AttendanceByRegionKind {
    let kinds = kinds_of(registry);
    let mut table = AttendanceByRegionKind::default();
    for event in registry.events() {
        add_event(&mut table, &kinds, event);
    }
    table
}

/// [`attendance_by_region_kind`] computed on all of rayon's threads, one partial table per
/// piece of the events, merged: the same answer.
///
/// # Example
/// ```
/// use social_services::aggregate;
/// let registry = social_services::sample::registry();
/// assert_eq!(
///     aggregate::par_attendance_by_region_kind(&registry),
///     aggregate::attendance_by_region_kind(&registry),
/// );
/// ```
#[cfg(feature = "rayon")]
pub fn par_attendance_by_region_kind(registry: &Registry) -> AttendanceByRegionKind {
    use rayon::prelude::*;
    let kinds = kinds_of(registry);
    registry
        .dataset()
        .events
        .par_iter()
        .fold(AttendanceByRegionKind::default, |mut table, event| {
            add_event(&mut table, &kinds, event);
            table
        })
        .reduce(AttendanceByRegionKind::default, |mut a, b| {
            a.merge(&b);
            a
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_kind_has_its_own_column() {
        let known = InstitutionKind::known();
        assert_eq!(known.len(), KNOWN_KINDS);
        for (i, kind) in known.iter().enumerate() {
            assert_eq!(kind_slot(kind), Some(i), "{kind}");
        }
        assert_eq!(kind_slot(&InstitutionKind::Other("приют".into())), None);
    }

    #[test]
    fn an_organisation_taking_part_without_a_head_count_is_no_attendance() {
        use crate::records::{
            Attendee, EventId, EventKind, EventLevel, Institution, Level, PersonId,
        };
        let kcson = Institution::new(
            InstitutionId::from_name("КЦСОН"),
            "КЦСОН",
            InstitutionKind::Kcson,
            Level::Regional,
        );
        let mut event = Event::new(
            EventId::from_name("консультации"),
            "Консультации",
            EventKind::SeminarMeeting,
            EventLevel::Regional,
            "2024-09-24".parse().unwrap(),
        );
        let ivanovo: RegionCode = "37".parse().unwrap();
        let organisation = Attendee {
            institution: Some(kcson.id),
            region: Some(ivanovo),
            ..Attendee::default()
        };
        let person = Attendee {
            person: Some(PersonId::from_name("Иванова")),
            ..organisation.clone()
        };
        event.participation.attendees = vec![organisation.clone(), person, organisation];
        let kinds = FxHashMap::from_iter([(kcson.id, &kcson.kind)]);
        let mut table = AttendanceByRegionKind::default();
        add_event(&mut table, &kinds, &event);
        assert_eq!(table.get(ivanovo, &InstitutionKind::Kcson), 1);
        assert_eq!(table.total(), 1);
    }

    #[test]
    fn merge_is_commutative_and_has_the_empty_table_as_identity() {
        let tula: RegionCode = "71".parse().unwrap();
        let mut a = AttendanceByRegionKind::default();
        a.add(tula, &InstitutionKind::Fund);
        a.add(tula, &InstitutionKind::Other("приют".into()));
        let mut b = AttendanceByRegionKind::default();
        b.add("37".parse().unwrap(), &InstitutionKind::Kcson);
        let mut ab = a.clone();
        ab.merge(&b);
        let mut ba = b.clone();
        ba.merge(&a);
        assert_eq!(ab, ba);
        let mut with_empty = ab.clone();
        with_empty.merge(&AttendanceByRegionKind::default());
        assert_eq!(with_empty, ab);
        assert_eq!(ab.total(), 3);
    }
}
