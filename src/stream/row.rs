//! The flat attendance row: one person at one event, with what groups it.

use std::io::Write;

use rustc_hash::FxHashMap;

use crate::records::{EventId, InstitutionId, InstitutionKind, PersonId, Vocabulary};
use crate::registry::Dataset;
use crate::values::{PartialDate, RegionCode};

/// The columns of the CSV form, in the order this crate writes them.
pub const CSV_HEADER: [&str; 6] = [
    "event",
    "date",
    "person",
    "institution",
    "region",
    "institution_kind",
];

/// One attendance record as a flat row: who attended which event when, and the federal
/// subject and kind of the institution they came from.
///
/// This is an [`Attendee`](crate::records::Attendee) of an [`Event`](crate::Event) flattened with the
/// facts a grouped figure needs, so that `GROUP BY region, institution_kind` can be answered
/// from the file alone. Every field is read by the crate's own parser: the ids as UUIDs, the
/// date as a [`PartialDate`] (the event's start), the region as a [`RegionCode`] (a code or a
/// subject's name) and the kind as an [`InstitutionKind`] term. Unknown fields are rejected.
///
/// JSON Lines form, one object a line:
/// ```text
/// {"event":"…","date":"2024-10-03","person":"…","institution":"…","region":"71","institution_kind":"family_mfc"}
/// ```
/// CSV form, with the header [`CSV_HEADER`] (columns may come in any order):
/// ```text
/// event,date,person,institution,region,institution_kind
/// …,2024-10-03,…,…,71,family_mfc
/// ```
///
/// # Example
/// ```
/// use social_services::stream::AttendanceRow;
///
/// let line = r#"{"event":"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11","date":"2024-10-03","person":"0b3c6a43-5f2e-4a51-9bd1-3c4a2f1e0d9a","institution":"9e6a0c1d-2b3f-4d5e-8f70-1a2b3c4d5e6f","region":"Тульская обл.","institution_kind":"СМФЦ"}"#;
/// let row: AttendanceRow = serde_json::from_str(line)?;
/// assert_eq!(row.region.to_string(), "71");
/// assert_eq!(row.institution_kind, social_services::records::InstitutionKind::FamilyMfc);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttendanceRow {
    /// The event attended.
    pub event: EventId,
    /// The date of the event (its first day).
    pub date: PartialDate,
    /// Who attended.
    pub person: PersonId,
    /// The institution they came from.
    pub institution: InstitutionId,
    /// The federal subject they came from.
    pub region: RegionCode,
    /// The kind of the institution they came from.
    pub institution_kind: InstitutionKind,
}

impl AttendanceRow {
    /// Appends the row as one JSON Lines line, newline included.
    ///
    /// # Example
    /// ```
    /// # use social_services::stream::AttendanceRow;
    /// # use social_services::records::{EventId, InstitutionId, InstitutionKind, PersonId};
    /// let row = AttendanceRow {
    ///     event: EventId::from_name("e"),
    ///     date: "2024-10-03".parse()?,
    ///     person: PersonId::from_name("p"),
    ///     institution: InstitutionId::from_name("i"),
    ///     region: "71".parse()?,
    ///     institution_kind: InstitutionKind::FamilyMfc,
    /// };
    /// let mut line = Vec::new();
    /// row.write_jsonl(&mut line);
    /// assert!(line.ends_with(br#""region":"71","institution_kind":"family_mfc"}
    /// "#));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write_jsonl(&self, out: &mut Vec<u8>) {
        // Writing JSON of ids, dates, codes and strings into a Vec cannot fail.
        let _ = write!(
            out,
            r#"{{"event":"{}","date":"{}","person":"{}","institution":"{}","region":"{}","institution_kind":"#,
            self.event, self.date, self.person, self.institution, self.region
        );
        let _ = serde_json::to_writer(&mut *out, self.institution_kind.as_str());
        out.extend_from_slice(b"}\n");
    }

    /// Appends the row as one CSV line in the order of [`CSV_HEADER`], newline included (a
    /// kind term with a comma, quote or line break is quoted).
    ///
    /// # Example
    /// ```
    /// # use social_services::stream::AttendanceRow;
    /// # use social_services::records::{EventId, InstitutionId, InstitutionKind, PersonId};
    /// let row = AttendanceRow {
    ///     event: EventId::from_name("e"),
    ///     date: "2024-10-03".parse()?,
    ///     person: PersonId::from_name("p"),
    ///     institution: InstitutionId::from_name("i"),
    ///     region: "37".parse()?,
    ///     institution_kind: InstitutionKind::Other("приют, временный".into()),
    /// };
    /// let mut line = Vec::new();
    /// row.write_csv(&mut line);
    /// assert!(line.ends_with(",37,\"приют, временный\"\n".as_bytes()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write_csv(&self, out: &mut Vec<u8>) {
        let _ = write!(
            out,
            "{},{},{},{},{},",
            self.event, self.date, self.person, self.institution, self.region
        );
        let term = self.institution_kind.as_str();
        if term.contains([',', '"', '\n', '\r']) || term.trim() != term {
            out.push(b'"');
            out.extend_from_slice(term.replace('"', "\"\"").as_bytes());
            out.push(b'"');
        } else {
            out.extend_from_slice(term.as_bytes());
        }
        out.push(b'\n');
    }
}

/// Appends the CSV header line, newline included.
///
/// # Example
/// ```
/// let mut out = Vec::new();
/// social_services::stream::write_csv_header(&mut out);
/// assert_eq!(out, b"event,date,person,institution,region,institution_kind\n");
/// ```
pub fn write_csv_header(out: &mut Vec<u8>) {
    out.extend_from_slice(CSV_HEADER.join(",").as_bytes());
    out.push(b'\n');
}

/// The attendees of a data set's events as flat rows, in the order of events and attendees:
/// those named with a person, an institution of the data set and a region (the others have
/// no row), each with the event's first day and the institution's kind.
///
/// # Example
/// ```
/// use social_services::{sample, stream};
///
/// let dataset = sample::dataset();
/// let rows: Vec<_> = stream::attendance_rows(&dataset).collect();
/// let first = &rows[0];
/// let institution = dataset.institutions.iter().find(|i| i.id == first.institution).unwrap();
/// assert_eq!(first.institution_kind, institution.kind);
/// let event = dataset.events.iter().find(|e| e.id == first.event).unwrap();
/// assert_eq!(first.date.first_day(), event.dates.start());
/// ```
pub fn attendance_rows(dataset: &Dataset) -> impl Iterator<Item = AttendanceRow> + '_ {
    let kinds: FxHashMap<InstitutionId, &InstitutionKind> = dataset
        .institutions
        .iter()
        .map(|i| (i.id, &i.kind))
        .collect();
    dataset
        .events
        .iter()
        .flat_map(|event| {
            let date = PartialDate::try_from(event.dates.start()).ok();
            let attendees = event.participation.attendees.iter();
            attendees.map(move |attendee| (event.id, date, attendee))
        })
        .filter_map(move |(event, date, attendee)| {
            let institution = attendee.institution?;
            Some(AttendanceRow {
                event,
                date: date?,
                person: attendee.person?,
                institution,
                region: attendee.region?,
                institution_kind: (*kinds.get(&institution)?).clone(),
            })
        })
}
