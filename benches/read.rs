//! Reading the generated data set as JSON, JSON Lines and CSV: records per second and bytes
//! per second.

mod common;

use criterion::{Throughput, criterion_group, criterion_main};
use social_services::io;

fn benches(c: &mut criterion::Criterion) {
    let scale = common::scale(0.05);
    let dataset = common::dataset(scale);
    let records = dataset.len() as u64;
    let json = io::json::to_string(&dataset);
    let mut jsonl = Vec::new();
    io::jsonl::write(&dataset, &mut jsonl).expect("written");
    let mut institutions = Vec::new();
    io::csv::write_institutions(&dataset.institutions, &mut institutions).expect("written");
    let mut persons = Vec::new();
    io::csv::write_persons(&dataset.persons, &mut persons).expect("written");

    let mut group = c.benchmark_group(format!("read/scale {scale}"));
    for (name, bytes) in [("json (bytes)", json.len()), ("jsonl (bytes)", jsonl.len())] {
        group.throughput(Throughput::Bytes(bytes as u64));
        if name.starts_with("json ") {
            group.bench_function(name, |b| {
                b.iter(|| io::json::from_str(&json).expect("read"));
            });
        } else {
            group.bench_function(name, |b| {
                b.iter(|| io::jsonl::read_dataset(&jsonl[..]).expect("read"));
            });
        }
    }
    group.throughput(Throughput::Elements(records));
    group.bench_function("json (top-level records)", |b| {
        b.iter(|| io::json::from_str(&json).expect("read"));
    });
    group.bench_function("jsonl (top-level records)", |b| {
        b.iter(|| io::jsonl::read_dataset(&jsonl[..]).expect("read"));
    });
    group.throughput(Throughput::Elements(dataset.institutions.len() as u64));
    group.bench_function("csv institutions (records)", |b| {
        b.iter(|| io::csv::read_institutions(&institutions[..]).expect("read"));
    });
    group.throughput(Throughput::Bytes(institutions.len() as u64));
    group.bench_function("csv institutions (bytes)", |b| {
        b.iter(|| io::csv::read_institutions(&institutions[..]).expect("read"));
    });
    group.throughput(Throughput::Elements(dataset.persons.len() as u64));
    group.bench_function("csv persons (records)", |b| {
        b.iter(|| io::csv::read_persons(&persons[..]).expect("read"));
    });
    group.throughput(Throughput::Bytes(persons.len() as u64));
    group.bench_function("csv persons (bytes)", |b| {
        b.iter(|| io::csv::read_persons(&persons[..]).expect("read"));
    });
    group.finish();
}

criterion_group! { name = group; config = common::criterion(); targets = benches }
criterion_main!(group);
