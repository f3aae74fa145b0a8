//! The streaming aggregation of attendance files (JSON Lines and CSV) by region ×
//! institution kind: fast path and normal path, one thread and all, into the grouped table
//! and into typed records in memory, and the group-by on loaded records; and the layout
//! matrix: the same rows in every [`Layout`], by the fast path and the reference path.

mod common;

use criterion::{Throughput, criterion_group, criterion_main};
use social_services::aggregate::AttendanceByRegionKind;
use social_services::stream::{self, AttendanceRow, Format, Layout};
use social_services::synth;

/// The layout matrix: the same rows in every layout, one thread, fast path and reference path.
fn layout_matrix(
    c: &mut criterion::Criterion,
    scale: f64,
    rows: u64,
    layouts: &[(Layout, Vec<u8>)],
) {
    let mut group = c.benchmark_group(format!("stream layouts/scale {scale}"));
    group.throughput(Throughput::Elements(rows));
    for (layout, text) in layouts {
        let format = layout.format();
        group.bench_function(format!("{} aggregate (rows)", layout.name()), |b| {
            b.iter(|| stream::aggregate(&text[..], format).expect("valid"));
        });
        group.bench_function(
            format!("{} reference_aggregate (rows)", layout.name()),
            |b| {
                b.iter(|| stream::reference_aggregate(&text[..], format).expect("valid"));
            },
        );
    }
    group.finish();
}

fn benches(c: &mut criterion::Criterion) {
    let scale = common::scale(0.1);
    let dataset = common::dataset(scale);
    let (mut jsonl, mut csv) = (Vec::new(), Vec::new());
    stream::write_csv_header(&mut csv);
    let mut rows = 0u64;
    let mut layouts: Vec<(Layout, Vec<u8>)> = Layout::ALL
        .iter()
        .map(|&layout| {
            let mut text = Vec::new();
            layout.write_header(&mut text);
            (layout, text)
        })
        .collect();
    for row in synth::attendance_rows(&dataset) {
        row.write_jsonl(&mut jsonl);
        row.write_csv(&mut csv);
        for (layout, text) in &mut layouts {
            layout.write_row(&row, text);
        }
        rows += 1;
    }
    drop(dataset);
    layout_matrix(c, scale, rows, &layouts);
    drop(layouts);
    let mut group = c.benchmark_group(format!("stream/scale {scale}"));
    for (name, text, format) in [
        ("jsonl", &jsonl, Format::JsonLines),
        ("csv", &csv, Format::Csv),
    ] {
        for (unit, throughput) in [
            ("rows", Throughput::Elements(rows)),
            ("bytes", Throughput::Bytes(text.len() as u64)),
        ] {
            group.throughput(throughput);
            group.bench_function(format!("{name} aggregate ({unit})"), |b| {
                b.iter(|| stream::aggregate(&text[..], format).expect("valid"));
            });
            #[cfg(feature = "rayon")]
            group.bench_function(format!("{name} par_aggregate ({unit})"), |b| {
                b.iter(|| stream::par_aggregate(&text[..], format).expect("valid"));
            });
        }
        #[cfg(feature = "rayon")]
        {
            let path = std::env::temp_dir().join(format!("social-services-bench.{name}"));
            std::fs::write(&path, text).expect("a temporary file");
            group.throughput(Throughput::Elements(rows));
            group.bench_function(format!("{name} par_aggregate_file (rows)"), |b| {
                b.iter(|| stream::par_aggregate_file(&path, format).expect("valid"));
            });
            group.bench_function(format!("{name} par_load_file (rows)"), |b| {
                b.iter(|| stream::par_load_file(&path, format).expect("valid"));
            });
            let _ = std::fs::remove_file(&path);
        }
        group.throughput(Throughput::Elements(rows));
        group.bench_function(format!("{name} reference_aggregate (rows)"), |b| {
            b.iter(|| stream::reference_aggregate(&text[..], format).expect("valid"));
        });
        group.bench_function(format!("{name} load (rows)"), |b| {
            b.iter(|| stream::load(&text[..], format).expect("valid"));
        });
        #[cfg(feature = "rayon")]
        group.bench_function(format!("{name} par_load (rows)"), |b| {
            b.iter(|| stream::par_load(&text[..], format).expect("valid"));
        });
    }
    // serde_json line by line into the typed row, counted as the aggregation does (sonic-rs
    // was measured here at commit 3fefbb7 and dropped: see BENCHMARKS.md).
    let by_line = |parse: &dyn Fn(&[u8]) -> AttendanceRow| {
        let mut table = AttendanceByRegionKind::default();
        for line in jsonl.split(|&b| b == b'\n').filter(|line| !line.is_empty()) {
            let row = parse(line);
            table.add(row.region, &row.institution_kind);
        }
        table
    };
    group.throughput(Throughput::Elements(rows));
    group.bench_function("jsonl serde_json per line (rows)", |b| {
        b.iter(|| by_line(&|line| serde_json::from_slice(line).expect("valid")));
    });
    let table = stream::load(&jsonl[..], Format::JsonLines).expect("valid");
    group.throughput(Throughput::Elements(rows));
    group.bench_function("group-by on loaded records (rows)", |b| {
        b.iter(|| table.by_region_kind());
    });
    #[cfg(feature = "rayon")]
    group.bench_function("par group-by on loaded records (rows)", |b| {
        b.iter(|| table.par_by_region_kind());
    });
    group.finish();
}

criterion_group! { name = group; config = common::criterion(); targets = benches }
criterion_main!(group);
