//! Memory while streaming stays bounded by the line limit: a 100 MiB JSON Lines line, read
//! through the public reader, never raises the process's peak memory anywhere near 100 MiB.
//! (Alone in its test binary, so that no other test's memory is counted.)

use std::io::{BufReader, Read};

use social_services::io::jsonl::{DEFAULT_MAX_LINE_BYTES, ErrorPolicy, Reader};

/// The peak resident memory of this process so far, in KiB (`VmHWM`), where Linux tells it.
fn peak_resident_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn a_100_mib_line_is_refused_within_memory_bounded_by_the_limit() {
    const LINE: u64 = 100 << 20;
    let header = "{\"dataset\":{\"format_version\":1}}\n";
    let good = "{\"person\":{\"id\":\"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11\",\"name\":\"Егорова Е.В.\"}}\n";
    let stream = header
        .as_bytes()
        .chain(std::io::repeat(b' ').take(LINE))
        .chain(&b"\n"[..])
        .chain(good.as_bytes());
    let mut reader = Reader::with_policy(BufReader::new(stream), ErrorPolicy::SkipAndCollect);
    assert_eq!(reader.by_ref().count(), 1);
    let errors: Vec<String> = reader.errors().iter().map(ToString::to_string).collect();
    assert_eq!(errors, ["line 2: longer than the limit of 16777216 bytes"]);
    if let Some(peak) = peak_resident_kib() {
        // The line buffer holds at most the limit (twice that in capacity, as a vector
        // grows), plus the test binary itself: well under the line's 100 MiB.
        let bound = (3 * DEFAULT_MAX_LINE_BYTES as u64 + (16 << 20)) >> 10;
        assert!(
            peak < bound,
            "peak resident memory {peak} KiB, bound {bound} KiB"
        );
        assert!(bound < LINE >> 10);
    }
}
