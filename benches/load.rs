//! The main job, step by step and whole, on the generated registry at scale 0.1: the JSON
//! document read record by record (`json::read_collecting`), validated and indexed
//! (`Registry::new`), the network report rendered as Markdown; and all of it from the text
//! (`json::load`, then the report). Bytes per second of the document.

mod common;

use criterion::{BatchSize, Throughput, criterion_group, criterion_main};
use social_services::io::json;
use social_services::{NetworkReportOptions, Registry, ValidationOptions, network_report};

fn benches(c: &mut criterion::Criterion) {
    let scale = common::scale(0.1);
    let text = json::to_string(&common::dataset(scale));
    let options = ValidationOptions::default();
    let registry = json::load(&text, &options).expect("a valid registry");
    let report_options =
        NetworkReportOptions::on(NetworkReportOptions::default_date(&registry).expect("events"));

    let mut group = c.benchmark_group(format!("load/scale {scale}"));
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("json::read_collecting (records)", |b| {
        b.iter(|| json::read_collecting(&text));
    });
    group.bench_function("Registry::new (validate and index)", |b| {
        b.iter_batched(
            || registry.clone().into_dataset(),
            |dataset| Registry::new(dataset).expect("a valid registry"),
            BatchSize::LargeInput,
        );
    });
    group.bench_function("network_report, Markdown", |b| {
        b.iter(|| network_report(&registry, &report_options).to_markdown());
    });
    group.bench_function("json::load + network_report, Markdown", |b| {
        b.iter(|| {
            let registry = json::load(&text, &options).expect("a valid registry");
            network_report(&registry, &report_options).to_markdown()
        });
    });
    group.finish();
}

criterion_group! { name = group; config = common::criterion(); targets = benches }
criterion_main!(group);
