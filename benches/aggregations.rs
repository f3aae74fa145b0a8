//! Each domain aggregation on the generated registry (scale 1: 10,000 institutions, 20,000
//! events with 5,000,000 attendees, 5,000 cohorts with 1,000,000 enrollments).

mod common;

use chrono::NaiveDate;
use criterion::{Throughput, criterion_group, criterion_main};
use social_services::{Registry, aggregate};

fn benches(c: &mut criterion::Criterion) {
    let scale = common::scale(1.0);
    let registry = Registry::new(common::dataset(scale)).expect("a valid registry");
    let on = NaiveDate::from_ymd_opt(2024, 10, 4).expect("a date");
    let institutions = registry.institutions().count() as u64;
    let points = registry.service_points().count() as u64;
    let posts = registry.appointments().count() as u64;
    let events = registry.events().count() as u64;
    let attendees: u64 = registry
        .events()
        .map(|e| e.participation.attendees.len() as u64)
        .sum();
    let enrollments: u64 = registry.cohorts().map(|c| c.enrollments.len() as u64).sum();
    let event = registry
        .events()
        .max_by_key(|e| e.participation.attendees.len());
    let event = event.map(|e| (e.id, e.participation.attendees.len() as u64));
    let site = registry.training_sites().next().map(|s| s.id);

    let mut group = c.benchmark_group(format!("aggregations/scale {scale}"));
    group.throughput(Throughput::Elements(institutions));
    group.bench_function("institutions_by_region_kind", |b| {
        b.iter(|| aggregate::institutions_by_region_kind(&registry));
    });
    group.bench_function("family_mfcs_by_region", |b| {
        b.iter(|| aggregate::family_mfcs_by_region(&registry));
    });
    group.throughput(Throughput::Elements(points));
    group.bench_function("service_points_open_on", |b| {
        b.iter(|| aggregate::service_points_open_on(&registry, on));
    });
    group.throughput(Throughput::Elements(posts));
    group.bench_function("staff_on", |b| {
        b.iter(|| aggregate::staff_on(&registry, on));
    });
    if let Some((id, attendees)) = event {
        group.throughput(Throughput::Elements(attendees));
        group.bench_function("event_summary (largest event)", |b| {
            b.iter(|| aggregate::event_summary(&registry, id));
        });
    }
    group.throughput(Throughput::Elements(events));
    group.bench_function("events_by_month", |b| {
        b.iter(|| aggregate::events_by_month(&registry, None));
    });
    group.bench_function("programme_coverage", |b| {
        b.iter(|| aggregate::programme_coverage(&registry));
    });
    if let Some(site) = site {
        group.throughput(Throughput::Elements(enrollments));
        group.bench_function("training_output (one site)", |b| {
            b.iter(|| aggregate::training_output(&registry, site));
        });
    }
    group.throughput(Throughput::Elements(attendees));
    group.bench_function("attendance_by_region_kind", |b| {
        b.iter(|| aggregate::attendance_by_region_kind(&registry));
    });
    #[cfg(feature = "rayon")]
    group.bench_function("par_attendance_by_region_kind", |b| {
        b.iter(|| aggregate::par_attendance_by_region_kind(&registry));
    });
    group.throughput(Throughput::Elements(institutions));
    group.bench_function("network_profile", |b| {
        b.iter(|| aggregate::network_profile(&registry, on));
    });
    group.finish();
}

criterion_group! { name = group; config = common::criterion(); targets = benches }
criterion_main!(group);
