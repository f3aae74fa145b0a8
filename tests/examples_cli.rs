//! The examples as command-line tools: `--help` prints the usage on stdout and exits with
//! success, an unknown option is refused with the usage, and the main job writes the data's
//! warnings on stderr as one summary line in Russian, the language of its report.
//!
//! The examples are built once with the features this test was built with (`cargo build
//! --examples`), then run from the target directory.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::OnceLock;

/// Every example (each file of `examples/`), with the features `Cargo.toml` says it needs.
fn examples() -> Vec<(String, Vec<String>)> {
    let manifest = include_str!("../Cargo.toml");
    // `[[example]]` sections: `name = "…"` then `required-features = ["…", …]`.
    let mut needs: Vec<(String, Vec<String>)> = Vec::new();
    let quoted = |line: &str| -> Vec<String> {
        line.split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect()
    };
    let mut in_example = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_example = line == "[[example]]";
        } else if in_example && line.starts_with("name") {
            needs.push((quoted(line).remove(0), Vec::new()));
        } else if in_example && line.starts_with("required-features") {
            needs.last_mut().expect("a name first").1 = quoted(line);
        }
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let mut found: Vec<(String, Vec<String>)> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|entry| {
            let name = entry.unwrap().file_name().into_string().unwrap();
            let name = name.strip_suffix(".rs")?.to_owned();
            let features = needs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, f)| f.clone())
                .unwrap_or_default();
            Some((name, features))
        })
        .collect();
    found.sort();
    found
}

/// The features this test was built with, as `cargo build --features` takes them.
fn features() -> Vec<&'static str> {
    let mut features = Vec::new();
    if cfg!(feature = "rayon") {
        features.push("rayon");
    }
    if cfg!(feature = "synth") {
        features.push("synth");
    }
    if cfg!(feature = "hsds") {
        features.push("hsds");
    }
    if cfg!(feature = "arrow") {
        features.push("arrow");
    }
    if cfg!(feature = "postgres") {
        features.push("postgres");
    }
    if cfg!(feature = "proptest") {
        features.push("proptest");
    }
    if cfg!(feature = "schema") {
        features.push("schema");
    }
    if cfg!(feature = "browser-tests") {
        features.push("browser-tests");
    }
    features
}

/// The directory of the built examples, after building them once.
fn examples_dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let status = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "--examples", "--manifest-path"])
            .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"))
            .arg("--features")
            .arg(features().join(","))
            .status()
            .expect("cargo runs");
        assert!(status.success(), "the examples build");
        // This test runs from `<target>/<profile>/deps/`; the examples are in
        // `<target>/<profile>/examples/`.
        let exe = std::env::current_exe().expect("the test's path");
        exe.parent()
            .and_then(std::path::Path::parent)
            .expect("the profile directory")
            .join("examples")
    })
}

/// The examples this build can run: those whose features are enabled.
fn runnable() -> Vec<String> {
    let enabled = features();
    examples()
        .into_iter()
        .filter(|(_, needs)| needs.iter().all(|f| enabled.contains(&f.as_str())))
        .map(|(name, _)| name)
        .collect()
}

fn run(example: &str, args: &[&str]) -> Output {
    let path = examples_dir().join(format!("{example}{}", std::env::consts::EXE_SUFFIX));
    Command::new(&path)
        .args(args)
        // The examples that would reach a database do not.
        .env_remove("DATABASE_URL")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", path.display()))
}

#[test]
fn help_prints_the_usage_and_exits_with_success() {
    let mut failures = Vec::new();
    for example in runnable() {
        for flag in ["--help", "-h"] {
            let out = run(&example, &[flag]);
            let stdout = String::from_utf8_lossy(&out.stdout);
            if !out.status.success() {
                failures.push(format!(
                    "{example} {flag}: exit {:?}, stderr {}",
                    out.status.code(),
                    String::from_utf8_lossy(&out.stderr)
                ));
            } else if !stdout.starts_with(&format!("usage: {example}")) {
                failures.push(format!("{example} {flag}: stdout {stdout:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_main_examples_need_no_feature() {
    let runnable = runnable();
    for example in [
        "report",
        "event_digest",
        "training_report",
        "network_growth",
        "load_steps",
    ] {
        assert!(
            runnable.iter().any(|e| e == example),
            "{example}: {runnable:?}"
        );
    }
}

#[test]
fn an_unknown_option_is_refused_with_the_usage() {
    for example in ["report", "training_report", "load_steps"] {
        let out = run(example, &["--no-such-option"]);
        assert_eq!(out.status.code(), Some(1), "{example}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("unknown option \"--no-such-option\"")
                && stderr.contains(&format!("usage: {example}")),
            "{example}: {stderr}"
        );
    }
}

#[test]
fn the_main_job_writes_one_russian_summary_of_the_data_warnings() {
    let registry = social_services::sample::registry();
    let n = registry.warnings().warnings().count() as u64;
    assert!(n > 1, "the sample has warnings to summarise");
    let out = run("report", &[]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    let expected = format!(
        "{} о данных; список — с флагом --warnings",
        social_services::report::count_ru(
            n,
            ["предупреждение", "предупреждения", "предупреждений"]
        )
    );
    assert_eq!(lines, [expected.as_str()]);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("# "));

    // With --warnings, each warning on its own line.
    let out = run("report", &["--warnings"]);
    let listed = String::from_utf8_lossy(&out.stderr).lines().count() as u64;
    assert_eq!(listed, n);
}

#[test]
fn the_event_digest_escapes_markdown_from_the_data() {
    let mut dataset = social_services::sample::dataset();
    let title = "# Итоги * года | <b>1</b> _курсив_";
    title.clone_into(&mut dataset.events[0].title);
    dataset.events[0].outcomes = vec!["## не заголовок | *не выделение*".to_owned()];
    let dir = std::env::temp_dir().join(format!("event_digest-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("hostile.json");
    std::fs::write(&input, social_services::io::json::to_string(&dataset)).unwrap();
    let out = run(
        "event_digest",
        &["--input", input.to_str().unwrap(), "--event", "Итоги"],
    );
    std::fs::remove_dir_all(&dir).unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first = stdout.lines().next().unwrap();
    assert_eq!(first, r"# «\# Итоги \* года \| \<b\>1\</b\> \_курсив\_»");
    assert!(
        stdout
            .lines()
            .any(|l| l == r"- \#\# не заголовок \| \*не выделение\*"),
        "{stdout}"
    );
    // The only headings are the digest's own: its title and its sections.
    for line in stdout.lines().filter(|l| l.starts_with('#')) {
        assert!(
            line == first || ["## Кто", "## Итоги"].iter().any(|h| line.starts_with(h)),
            "{line}"
        );
    }
}
