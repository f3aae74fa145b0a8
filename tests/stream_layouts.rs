//! Every layout of an attendance file, and files whose rows mix layouts, give the table of the
//! reference path (serde / the `csv` crate alone) and its first error, on every streaming
//! path.

use proptest::prelude::*;
use social_services::aggregate::AttendanceByRegionKind;
use social_services::stream::{self, AttendanceRow, Format, Layout};
use social_services::{
    records::{EventId, InstitutionId, InstitutionKind, PersonId, Vocabulary},
    values::RegionCode,
};

/// The layouts whose CSV rows share the crate's column order, so may share one header.
const CSV_IN_ORDER: [Layout; 3] = [Layout::Csv, Layout::CsvSpreadsheet, Layout::CsvNames];
/// The JSON Lines layouts.
const JSON: [Layout; 3] = [
    Layout::JsonLines,
    Layout::JsonLinesPython,
    Layout::JsonLinesNames,
];

/// Kinds outside the vocabulary, with what a CSV writer must quote.
const OTHER_KINDS: [&str; 4] = ["приют", "приют, временный", "центр \"Росток\"", "дом 😀"];

fn kind() -> impl Strategy<Value = InstitutionKind> {
    prop_oneof![
        3 => (0..InstitutionKind::known().len()).prop_map(|i| InstitutionKind::known()[i].clone()),
        1 => (0..OTHER_KINDS.len()).prop_map(|i| InstitutionKind::Other(OTHER_KINDS[i].to_owned())),
    ]
}

fn row() -> impl Strategy<Value = AttendanceRow> {
    (
        any::<u128>(),
        (1900..2100i32, 1..=12u32, 1..=28u32),
        any::<u128>(),
        any::<u128>(),
        0..RegionCode::COUNT,
        kind(),
    )
        .prop_map(
            |(event, (y, m, d), person, institution, region, kind)| AttendanceRow {
                event: EventId::from_uuid(uuid::Uuid::from_u128(event)),
                date: format!("{y:04}-{m:02}-{d:02}").parse().unwrap(),
                person: PersonId::from_uuid(uuid::Uuid::from_u128(person)),
                institution: InstitutionId::from_uuid(uuid::Uuid::from_u128(institution)),
                region: RegionCode::from_index(region).unwrap(),
                institution_kind: kind,
            },
        )
}

/// A file whose header is `header`'s and whose rows are each in the layout `layouts` picks
/// for it; the row at `bad` (if any) with an invalid date.
fn file(
    header: Layout,
    rows: &[(AttendanceRow, usize)],
    layouts: &[Layout],
    bad: Option<usize>,
) -> Vec<u8> {
    let mut out = Vec::new();
    header.write_header(&mut out);
    for (index, (row, pick)) in rows.iter().enumerate() {
        let layout = layouts[pick % layouts.len()];
        let start = out.len();
        layout.write_row(row, &mut out);
        if bad == Some(index) {
            let line = String::from_utf8(out.split_off(start)).unwrap();
            let date = row.date.to_string();
            out.extend_from_slice(line.replace(&date, "2023-02-29").as_bytes());
        }
    }
    out
}

/// The answer or the error of every streaming path, which must be the reference path's.
fn same_on_every_path(text: &[u8], format: Format) -> Result<AttendanceByRegionKind, String> {
    let reference = stream::reference_aggregate(text, format).map_err(|e| e.to_string());
    #[cfg_attr(not(feature = "rayon"), allow(unused_mut))]
    // the parallel paths are pushed with rayon
    let mut answers = vec![
        (
            "aggregate",
            stream::aggregate(text, format).map_err(|e| e.to_string()),
        ),
        (
            "load",
            stream::load(text, format)
                .map(|table| table.by_region_kind())
                .map_err(|e| e.to_string()),
        ),
    ];
    #[cfg(feature = "rayon")]
    {
        answers.push((
            "par_aggregate",
            stream::par_aggregate(text, format).map_err(|e| e.to_string()),
        ));
        let path = std::env::temp_dir().join(format!(
            "stream-layouts-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        std::fs::write(&path, text).unwrap();
        answers.push((
            "par_aggregate_file",
            stream::par_aggregate_file(&path, format).map_err(|e| e.to_string()),
        ));
        std::fs::remove_file(&path).unwrap();
    }
    for (name, answer) in answers {
        assert_eq!(answer, reference, "{name} differs from reference_aggregate");
    }
    reference
}

/// The table of the rows themselves.
fn counted(rows: &[(AttendanceRow, usize)]) -> AttendanceByRegionKind {
    let mut table = AttendanceByRegionKind::default();
    for (row, _) in rows {
        table.add(row.region, &row.institution_kind);
    }
    table
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_layout_gives_the_reference_table(
        rows in prop::collection::vec((row(), 0..3usize), 0..30),
        layout in 0..Layout::ALL.len(),
    ) {
        let layout = Layout::ALL[layout];
        let text = file(layout, &rows, &[layout], None);
        prop_assert_eq!(same_on_every_path(&text, layout.format()), Ok(counted(&rows)));
    }

    #[test]
    fn rows_mixing_layouts_give_the_reference_table(
        rows in prop::collection::vec((row(), 0..3usize), 0..30),
        header in 0..3usize,
    ) {
        let text = file(Layout::JsonLines, &rows, &JSON, None);
        prop_assert_eq!(same_on_every_path(&text, Format::JsonLines), Ok(counted(&rows)));
        let text = file(CSV_IN_ORDER[header], &rows, &CSV_IN_ORDER, None);
        prop_assert_eq!(same_on_every_path(&text, Format::Csv), Ok(counted(&rows)));
    }

    #[test]
    fn every_layout_gives_the_reference_first_error(
        rows in prop::collection::vec((row(), 0..3usize), 1..30),
        layout in 0..Layout::ALL.len(),
        bad in any::<prop::sample::Index>(),
        mixed in any::<bool>(),
    ) {
        let layout = Layout::ALL[layout];
        let bad = bad.index(rows.len());
        let layouts: &[Layout] = match (mixed, layout.format()) {
            (true, Format::JsonLines) => &JSON,
            (true, Format::Csv) if layout != Layout::CsvReordered => &CSV_IN_ORDER,
            _ => &[layout],
        };
        let text = file(layout, &rows, layouts, Some(bad));
        let error = same_on_every_path(&text, layout.format()).unwrap_err();
        let line = bad + if layout.format() == Format::Csv { 2 } else { 1 };
        prop_assert!(error.starts_with(&format!("line {line}, column ")), "{}", error);
        prop_assert!(error.contains("date: invalid date \"2023-02-29\""), "{}", error);
    }
}

#[test]
fn names_and_aliases_read_as_codes_and_kinds() {
    let rows = stream::load(stream::EXAMPLE_CSV.as_bytes(), Format::Csv).unwrap();
    for layout in Layout::ALL {
        let mut text = Vec::new();
        layout.write_header(&mut text);
        for index in 0..rows.len() {
            layout.write_row(&rows.row(index), &mut text);
        }
        let read = stream::load(&text[..], layout.format()).unwrap();
        for index in 0..rows.len() {
            assert_eq!(read.row(index), rows.row(index), "{}", layout.name());
        }
    }
}
