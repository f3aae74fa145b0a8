//! Registry construction: validation of every rule and indexing, on the generated data set.

mod common;

use criterion::{BatchSize, Throughput, criterion_group, criterion_main};
use social_services::{Registry, ValidationOptions, validate};

fn benches(c: &mut criterion::Criterion) {
    let scale = common::scale(0.2);
    let dataset = common::dataset(scale);
    let records = dataset.len() as u64
        + dataset
            .events
            .iter()
            .map(|e| e.participation.attendees.len() as u64)
            .sum::<u64>()
        + dataset
            .cohorts
            .iter()
            .map(|c| c.enrollments.len() as u64)
            .sum::<u64>();
    let mut group = c.benchmark_group(format!("registry/scale {scale}"));
    group.throughput(Throughput::Elements(records));
    group.bench_function("validate", |b| {
        b.iter(|| validate(&dataset, &ValidationOptions::default()));
    });
    group.bench_function("Registry::new (validate and index)", |b| {
        b.iter_batched(
            || dataset.clone(),
            |dataset| Registry::new(dataset).expect("a valid registry"),
            BatchSize::LargeInput,
        );
    });
    group.finish();
}

criterion_group! { name = group; config = common::criterion(); targets = benches }
criterion_main!(group);
