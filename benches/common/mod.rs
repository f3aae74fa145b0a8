//! What the benches share: the scale of the generated data and the criterion settings.
//!
//! `cargo bench` uses the scale each bench names (1 for the registry aggregations); `cargo
//! bench -- --test` (CI) runs every bench once at scale 0.001. `SYNTH_SCALE` overrides both.

#![allow(dead_code)]

use std::time::Duration;

use criterion::Criterion;
use social_services::{Dataset, synth};

/// Whether criterion runs each bench once (`--test`), as CI does.
pub fn test_mode() -> bool {
    std::env::args().any(|arg| arg == "--test")
}

/// The scale to generate: `SYNTH_SCALE`, else 0.001 in test mode, else `full`.
pub fn scale(full: f64) -> f64 {
    if let Some(scale) = std::env::var("SYNTH_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        return scale;
    }
    if test_mode() { 0.001 } else { full }
}

/// The generated data set at a scale, seed 1.
pub fn dataset(scale: f64) -> Dataset {
    synth::generate(&synth::Options { scale, seed: 1 })
}

/// Criterion with few samples: every bench of the crate finishes in minutes on 2 cores.
pub fn criterion() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args()
}
