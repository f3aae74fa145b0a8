//! Partial aggregates travel: each mergeable result written with serde (JSON here) reads back
//! equal, and aggregating the parts of any split, sending each part's result through JSON and
//! merging gives exactly the one-pass answer — what `examples/shard_merge.rs` does across
//! processes.

use proptest::prelude::*;
use social_services::aggregate::{
    AttendanceByRegionKind, EventsByMonth, FamilyMfcsByRegion, InstitutionsByRegionKind,
};
use social_services::{
    Event, Institution,
    aggregate::{Counter, RegionCounter},
    records::{
        Department, DepartmentId, DepartmentKind, EventId, EventKind, EventLevel, InstitutionId,
        InstitutionKind, Level, Vocabulary,
    },
    values::{DateRange, RegionCode},
};

fn through_json<T: serde::Serialize + serde::de::DeserializeOwned>(value: &T) -> T {
    let text = serde_json::to_string(value).expect("a partial result serializes");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{text} does not read back: {e}"))
}

fn region() -> impl Strategy<Value = RegionCode> {
    (0..RegionCode::COUNT).prop_map(|i| RegionCode::all().nth(i).expect("index in range"))
}

fn kind() -> impl Strategy<Value = InstitutionKind> {
    prop_oneof![
        9 => prop::sample::select(InstitutionKind::known()),
        1 => "[а-я]{1,8}".prop_map(InstitutionKind::Other),
    ]
}

fn institution() -> impl Strategy<Value = Institution> {
    (
        "[А-Я][а-я]{0,10}",
        kind(),
        prop::option::weighted(0.9, region()),
        0..3usize,
    )
        .prop_map(|(name, kind, region, family_departments)| {
            let mut institution =
                Institution::new(InstitutionId::new_v4(), name.clone(), kind, Level::Regional);
            institution.region = region;
            for n in 0..family_departments {
                institution.departments.push(Department::new(
                    DepartmentId::new_v4(),
                    format!("Семейный МФЦ № {n}"),
                    DepartmentKind::FamilyMfc,
                ));
            }
            institution
        })
}

fn event() -> impl Strategy<Value = Event> {
    (
        prop::sample::select(EventLevel::known()),
        2020..2027i32,
        1..=12u32,
        1..=28u32,
    )
        .prop_map(|(level, year, month, day)| {
            let start = chrono::NaiveDate::from_ymd_opt(year, month, day).expect("a valid day");
            Event::new(
                EventId::new_v4(),
                "Семинар",
                EventKind::SeminarMeeting,
                level.clone(),
                DateRange::single(start).expect("a day is a range"),
            )
        })
}

proptest! {
    #[test]
    fn counters_read_back_equal(keys in prop::collection::vec((0u8..20, 1u64..1000), 0..30)) {
        let mut counter = Counter::new();
        let mut regions = RegionCounter::new();
        for (key, n) in &keys {
            counter.add(*key, *n);
            regions.add(RegionCode::all().nth(usize::from(*key)).expect("in range"), *n);
        }
        prop_assert_eq!(through_json(&counter), counter);
        prop_assert_eq!(through_json(&regions), regions);
    }

    #[test]
    fn split_aggregated_sent_and_merged_equals_one_pass(
        institutions in prop::collection::vec(institution(), 0..25),
        events in prop::collection::vec(event(), 0..25),
        attendance in prop::collection::vec((region(), kind()), 0..60),
        percent in 0..=100usize,
    ) {
        let at = |len: usize| len * percent / 100;
        let (left, right) = institutions.split_at(at(institutions.len()));
        let aggregate_institutions = |part: &[Institution]| {
            let mut table = InstitutionsByRegionKind::default();
            let mut mfcs = FamilyMfcsByRegion::default();
            for institution in part {
                table.add(institution);
                mfcs.add(institution);
            }
            (table, mfcs)
        };
        let (whole_table, whole_mfcs) = aggregate_institutions(&institutions);
        let (mut table, mut mfcs) = aggregate_institutions(left);
        let (right_table, right_mfcs) = aggregate_institutions(right);
        table.merge(through_json(&right_table));
        mfcs.merge(through_json(&right_mfcs));
        prop_assert_eq!(through_json(&table), whole_table);
        prop_assert_eq!(through_json(&mfcs), whole_mfcs);

        let (left, right) = events.split_at(at(events.len()));
        let count_events = |part: &[Event]| {
            let mut months = EventsByMonth::new(None);
            for event in part {
                months.add(event);
            }
            months
        };
        let mut months = count_events(left);
        months.merge(through_json(&count_events(right)));
        prop_assert_eq!(through_json(&months), count_events(&events));

        let (left, right) = attendance.split_at(at(attendance.len()));
        let count_attendance = |part: &[(RegionCode, InstitutionKind)]| {
            let mut table = AttendanceByRegionKind::default();
            for (region, kind) in part {
                table.add(*region, kind);
            }
            table
        };
        let mut table = count_attendance(left);
        table.merge(&through_json(&count_attendance(right)));
        prop_assert_eq!(through_json(&table), count_attendance(&attendance));
    }
}

fn rejection<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
    serde_json::from_str::<T>(json)
        .expect_err("the form is refused")
        .to_string()
}

#[test]
fn refuses_a_key_listed_twice() {
    assert_eq!(
        rejection::<Counter<u8>>(r#"[{"key":1,"count":2},{"key":1,"count":3}]"#),
        "entry 1: key listed twice"
    );
    assert_eq!(
        rejection::<RegionCounter>(r#"[{"key":"37","count":2},{"key":"37","count":1}]"#),
        "region 37 listed twice"
    );
    assert_eq!(
        rejection::<AttendanceByRegionKind>(
            r#"[{"region":"71","institution_kind":"kcson","count":1},{"region":"71","institution_kind":"kcson","count":1}]"#
        ),
        "cell 71 × kcson listed twice"
    );
}

#[test]
fn refuses_margins_that_do_not_add_up() {
    let table = r#"{"cells":[{"key":["37","kcson"],"count":2}],"by_region":[{"key":"37","count":2}],"by_kind":[{"key":"kcson","count":3}]}"#;
    assert_eq!(
        rejection::<InstitutionsByRegionKind>(table),
        "institutions by region × kind: the margins do not add up to the cells"
    );
    let mfcs = r#"{"standalone":[{"key":"71","count":1}],"departments":[],"without_region":0,"centres":[]}"#;
    assert_eq!(
        rejection::<FamilyMfcsByRegion>(mfcs),
        "family MFCs by region: the counts do not add up to the centres"
    );
    let months =
        r#"{"period":null,"cells":[],"by_month":[{"key":"2024-10","count":1}],"by_level":[]}"#;
    assert_eq!(
        rejection::<EventsByMonth>(months),
        "events by month: the margins do not add up to the cells"
    );
}

#[test]
fn refuses_unknown_fields_and_invalid_values() {
    assert_eq!(
        rejection::<AttendanceByRegionKind>(
            r#"[{"region":"99","institution_kind":"kcson","count":1}]"#
        ),
        r#"invalid region "99": no federal subject has code 99 at line 1 column 15"#
    );
    assert_eq!(
        rejection::<Counter<u8>>(r#"[{"key":1,"count":2,"share":0.5}]"#),
        "unknown field `share`, expected `key` or `count` at line 1 column 27"
    );
}

#[test]
fn the_sample_results_read_back_equal() {
    let registry = social_services::sample::registry();
    let table = social_services::aggregate::institutions_by_region_kind(&registry);
    assert!(table.total() > 0);
    assert_eq!(through_json(&table), table);
    let mfcs = social_services::aggregate::family_mfcs_by_region(&registry);
    assert!(mfcs.total() > 0);
    assert_eq!(through_json(&mfcs), mfcs);
    let months = social_services::aggregate::events_by_month(&registry, None);
    assert!(months.total() > 0);
    assert_eq!(through_json(&months), months);
}
