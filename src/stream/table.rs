//! Attendance records held in memory, compactly: ids of events and institutions interned, one
//! record in 32 bytes.

use rustc_hash::FxHashMap;

use super::error::StreamError;
use super::row::AttendanceRow;
use super::{Parsed, Sink};
use crate::aggregate::AttendanceByRegionKind;
use crate::aggregate::attendance::kind_slot;
use crate::records::{EventId, InstitutionId, InstitutionKind, PersonId};
use crate::values::{PartialDate, RegionCode};

/// One attendance record of an [`AttendanceTable`]: the person and date held in place, the
/// event, institution and kind as positions in the table's lists of them (32 bytes in all).
///
/// # Example
/// ```
/// use social_services::stream::AttendanceRecord;
/// assert!(std::mem::size_of::<AttendanceRecord>() <= 48);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttendanceRecord {
    person: PersonId,
    event: u32,
    institution: u32,
    date: PartialDate,
    kind: u16,
    region: RegionCode,
}

impl AttendanceRecord {
    /// Who attended.
    ///
    /// # Example
    /// ```
    /// # use social_services::stream::{self, Format};
    /// let table = stream::load(social_services::stream::EXAMPLE_CSV.as_bytes(), Format::Csv)?;
    /// assert_eq!(table.records()[0].person().to_string(), "0b3c6a43-5f2e-4a51-9bd1-3c4a2f1e0d9a");
    /// # Ok::<(), social_services::stream::StreamError>(())
    /// ```
    pub fn person(&self) -> PersonId {
        self.person
    }

    /// The date of the event.
    ///
    /// # Example
    /// ```
    /// # use social_services::stream::{self, Format};
    /// let table = stream::load(social_services::stream::EXAMPLE_CSV.as_bytes(), Format::Csv)?;
    /// assert_eq!(table.records()[0].date().to_string(), "2024-10-03");
    /// # Ok::<(), social_services::stream::StreamError>(())
    /// ```
    pub fn date(&self) -> PartialDate {
        self.date
    }

    /// The federal subject the person came from.
    ///
    /// # Example
    /// ```
    /// # use social_services::stream::{self, Format};
    /// let table = stream::load(social_services::stream::EXAMPLE_CSV.as_bytes(), Format::Csv)?;
    /// assert_eq!(table.records()[0].region().to_string(), "71");
    /// # Ok::<(), social_services::stream::StreamError>(())
    /// ```
    pub fn region(&self) -> RegionCode {
        self.region
    }
}

/// Attendance records read into memory: typed, validated, 32 bytes a record, with the event
/// and institution ids and the kinds interned.
///
/// # Example
/// ```
/// use social_services::stream::{self, Format};
///
/// let table = stream::load(stream::EXAMPLE_CSV.as_bytes(), Format::Csv)?;
/// assert_eq!(table.len(), 2);
/// assert_eq!(table.by_region_kind().total(), 2);
/// assert_eq!(table.row(1).institution_kind, social_services::records::InstitutionKind::Kcson);
/// # Ok::<(), social_services::stream::StreamError>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct AttendanceTable {
    records: Vec<AttendanceRecord>,
    events: Vec<EventId>,
    event_index: FxHashMap<EventId, u32>,
    institutions: Vec<InstitutionId>,
    institution_index: FxHashMap<InstitutionId, u32>,
    kinds: Vec<InstitutionKind>,
}

/// The position of `key` in `list`, added if new.
fn intern<K: Copy + Eq + std::hash::Hash>(
    list: &mut Vec<K>,
    index: &mut FxHashMap<K, u32>,
    key: K,
) -> u32 {
    *index.entry(key).or_insert_with(|| {
        list.push(key);
        u32::try_from(list.len() - 1).unwrap_or(u32::MAX)
    })
}

impl AttendanceTable {
    /// An empty table.
    ///
    /// # Example
    /// ```
    /// assert!(social_services::stream::AttendanceTable::new().is_empty());
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one row.
    ///
    /// # Errors
    /// [`StreamError::Row`] when the row's kind would be the 65,536th distinct kind of the
    /// table (the kind is held in 16 bits).
    ///
    /// # Example
    /// ```
    /// # use social_services::stream::{self, AttendanceTable, Format};
    /// let rows = stream::load(stream::EXAMPLE_CSV.as_bytes(), Format::Csv)?;
    /// let mut table = AttendanceTable::new();
    /// table.push(&rows.row(0))?;
    /// assert_eq!(table.len(), 1);
    /// # Ok::<(), stream::StreamError>(())
    /// ```
    pub fn push(&mut self, row: &AttendanceRow) -> Result<(), StreamError> {
        let kind = self.kind_index(&row.institution_kind)?;
        let event = match self.events.last() {
            // Rows of one event usually come together.
            Some(last) if *last == row.event => u32::try_from(self.events.len() - 1).unwrap_or(0),
            _ => intern(&mut self.events, &mut self.event_index, row.event),
        };
        let institution = intern(
            &mut self.institutions,
            &mut self.institution_index,
            row.institution,
        );
        self.records.push(AttendanceRecord {
            person: row.person,
            event,
            institution,
            date: row.date,
            kind,
            region: row.region,
        });
        Ok(())
    }

    /// The position of a kind in the table's list of kinds, added if new.
    fn kind_index(&mut self, kind: &InstitutionKind) -> Result<u16, StreamError> {
        let index = if let Some(index) = self.kinds.iter().position(|known| known == kind) {
            index
        } else {
            self.kinds.push(kind.clone());
            self.kinds.len() - 1
        };
        u16::try_from(index).map_err(|_| StreamError::Row {
            line: 0,
            column: 0,
            field: "institution_kind".to_owned(),
            message: format!(
                "more than {} distinct institution kinds in one table",
                u16::MAX
            ),
        })
    }

    /// The number of records.
    ///
    /// # Example
    /// ```
    /// assert_eq!(social_services::stream::AttendanceTable::new().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Whether the table holds no record.
    ///
    /// # Example
    /// ```
    /// assert!(social_services::stream::AttendanceTable::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// The records, in the order read.
    ///
    /// # Example
    /// ```
    /// # use social_services::stream::{self, Format};
    /// let table = stream::load(stream::EXAMPLE_CSV.as_bytes(), Format::Csv)?;
    /// assert_eq!(table.records().len(), table.len());
    /// # Ok::<(), stream::StreamError>(())
    /// ```
    pub fn records(&self) -> &[AttendanceRecord] {
        &self.records
    }

    /// The event of a record of this table.
    ///
    /// # Panics
    /// When the record is not from this table.
    ///
    /// # Example
    /// ```
    /// # use social_services::stream::{self, Format};
    /// let table = stream::load(stream::EXAMPLE_CSV.as_bytes(), Format::Csv)?;
    /// assert_eq!(table.event_of(&table.records()[0]), table.row(0).event);
    /// # Ok::<(), stream::StreamError>(())
    /// ```
    pub fn event_of(&self, record: &AttendanceRecord) -> EventId {
        self.events[record.event as usize]
    }

    /// The institution of a record of this table.
    ///
    /// # Panics
    /// When the record is not from this table.
    ///
    /// # Example
    /// ```
    /// # use social_services::stream::{self, Format};
    /// let table = stream::load(stream::EXAMPLE_CSV.as_bytes(), Format::Csv)?;
    /// assert_eq!(table.institution_of(&table.records()[0]), table.row(0).institution);
    /// # Ok::<(), stream::StreamError>(())
    /// ```
    pub fn institution_of(&self, record: &AttendanceRecord) -> InstitutionId {
        self.institutions[record.institution as usize]
    }

    /// The institution kind of a record of this table.
    ///
    /// # Panics
    /// When the record is not from this table.
    ///
    /// # Example
    /// ```
    /// # use social_services::stream::{self, Format};
    /// let table = stream::load(stream::EXAMPLE_CSV.as_bytes(), Format::Csv)?;
    /// assert_eq!(table.kind_of(&table.records()[0]), &social_services::records::InstitutionKind::FamilyMfc);
    /// # Ok::<(), stream::StreamError>(())
    /// ```
    pub fn kind_of(&self, record: &AttendanceRecord) -> &InstitutionKind {
        &self.kinds[usize::from(record.kind)]
    }

    /// The `index`-th record as a row.
    ///
    /// # Panics
    /// When `index` is not below [`len`](Self::len).
    ///
    /// # Example
    /// ```
    /// # use social_services::stream::{self, Format};
    /// let table = stream::load(stream::EXAMPLE_CSV.as_bytes(), Format::Csv)?;
    /// assert_eq!(table.row(0).region.to_string(), "71");
    /// # Ok::<(), stream::StreamError>(())
    /// ```
    pub fn row(&self, index: usize) -> AttendanceRow {
        let record = &self.records[index];
        AttendanceRow {
            event: self.event_of(record),
            date: record.date,
            person: record.person,
            institution: self.institution_of(record),
            region: record.region,
            institution_kind: self.kind_of(record).clone(),
        }
    }

    /// The records counted by region × institution kind: a pass over 32-byte records into a
    /// dense array.
    ///
    /// # Example
    /// ```
    /// # use social_services::stream::{self, Format};
    /// let table = stream::load(stream::EXAMPLE_CSV.as_bytes(), Format::Csv)?;
    /// assert_eq!(table.by_region_kind(), stream::aggregate(stream::EXAMPLE_CSV.as_bytes(), Format::Csv)?);
    /// # Ok::<(), stream::StreamError>(())
    /// ```
    pub fn by_region_kind(&self) -> AttendanceByRegionKind {
        self.count(&self.records)
    }

    /// [`by_region_kind`](Self::by_region_kind) on all of rayon's threads: the same answer.
    ///
    /// # Example
    /// ```
    /// # use social_services::stream::{self, Format};
    /// let table = stream::load(stream::EXAMPLE_CSV.as_bytes(), Format::Csv)?;
    /// assert_eq!(table.par_by_region_kind(), table.by_region_kind());
    /// # Ok::<(), stream::StreamError>(())
    /// ```
    #[cfg(feature = "rayon")]
    pub fn par_by_region_kind(&self) -> AttendanceByRegionKind {
        use rayon::prelude::*;
        self.records
            .par_chunks(1 << 16)
            .map(|records| self.count(records))
            .reduce(AttendanceByRegionKind::default, |mut a, b| {
                a.merge(&b);
                a
            })
    }

    /// Counts some of this table's records.
    fn count(&self, records: &[AttendanceRecord]) -> AttendanceByRegionKind {
        let slots: Vec<Option<usize>> = self.kinds.iter().map(kind_slot).collect();
        // Per region × kind of the table, then into the result's cells.
        let width = self.kinds.len().max(1);
        let mut counts = vec![0u64; RegionCode::COUNT * width];
        for record in records {
            counts[record.region.index() * width + usize::from(record.kind)] += 1;
        }
        let mut table = AttendanceByRegionKind::default();
        for region in RegionCode::all() {
            for (kind, slot) in slots.iter().enumerate() {
                let count = counts[region.index() * width + kind];
                if count == 0 {
                    continue;
                }
                match slot {
                    Some(slot) => table.add_slot(region.index(), *slot, count),
                    None => table.add_count(region, &self.kinds[kind], count),
                }
            }
        }
        table
    }

    /// Appends another table's records, re-interning its ids and kinds.
    ///
    /// # Errors
    /// As [`push`](Self::push).
    ///
    /// # Example
    /// ```
    /// # use social_services::stream::{self, Format};
    /// let mut a = stream::load(stream::EXAMPLE_CSV.as_bytes(), Format::Csv)?;
    /// let b = a.clone();
    /// a.append(&b)?;
    /// assert_eq!(a.len(), 4);
    /// # Ok::<(), stream::StreamError>(())
    /// ```
    pub fn append(&mut self, other: &AttendanceTable) -> Result<(), StreamError> {
        let events: Vec<u32> = other
            .events
            .iter()
            .map(|&event| intern(&mut self.events, &mut self.event_index, event))
            .collect();
        let institutions: Vec<u32> = other
            .institutions
            .iter()
            .map(|&id| intern(&mut self.institutions, &mut self.institution_index, id))
            .collect();
        let kinds = other
            .kinds
            .iter()
            .map(|kind| self.kind_index(kind))
            .collect::<Result<Vec<u16>, StreamError>>()?;
        self.records
            .extend(other.records.iter().map(|record| AttendanceRecord {
                event: events[record.event as usize],
                institution: institutions[record.institution as usize],
                kind: kinds[usize::from(record.kind)],
                ..*record
            }));
        Ok(())
    }
}

impl Sink for AttendanceTable {
    fn push(&mut self, parsed: Parsed, line: u64) -> Result<(), StreamError> {
        AttendanceTable::push(self, &parsed.row).map_err(|error| match error {
            StreamError::Row {
                column,
                field,
                message,
                ..
            } => StreamError::Row {
                line,
                column,
                field,
                message,
            },
            other => other,
        })
    }

    fn merge(&mut self, other: Self) -> Result<(), StreamError> {
        if self.is_empty() {
            *self = other;
            Ok(())
        } else {
            self.append(&other)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_takes_at_most_48_bytes() {
        assert!(std::mem::size_of::<AttendanceRecord>() <= 48);
        assert_eq!(std::mem::size_of::<AttendanceRecord>(), 32);
    }
}
