//! What the examples share: the command-line flags, reading a registry from a file (or the
//! embedded sample), writing files atomically, the output formats of a report, the summary of
//! data warnings, and turning `run`'s result into an exit code. Each example includes this module with `mod common;` and uses the part it needs.

// Every example uses some of these, none uses all of them.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use social_services::io::json;
use social_services::{Registry, Report, ValidationOptions, report::CsvDialect};

/// The value of a flag, taken from the command line when the flag's handler asks for it.
pub struct Value<'a> {
    flag: &'a str,
    rest: &'a mut dyn Iterator<Item = String>,
}

impl Value<'_> {
    /// The flag's value: the next argument.
    pub fn get(&mut self) -> Result<String, String> {
        self.rest
            .next()
            .ok_or_else(|| format!("{} needs a value", self.flag))
    }
}

/// Reads the command line flag by flag, handing each to `handle` with its value (which
/// `handle` takes when the flag has one). `-h` and `--help` print `usage` to stdout and return
/// `Ok(false)`: the program then ends with success. An unknown flag is refused with the usage.
pub fn parse_flags(
    usage: &str,
    mut handle: impl FnMut(&str, &mut Value<'_>) -> Result<bool, String>,
) -> Result<bool, String> {
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        if flag == "-h" || flag == "--help" {
            println!("{usage}");
            return Ok(false);
        }
        let mut value = Value {
            flag: &flag,
            rest: &mut args,
        };
        if !handle(&flag, &mut value)? {
            return Err(format!("unknown option {flag:?}\n{usage}"));
        }
    }
    Ok(true)
}

/// Data warnings on stderr: one summary line in Russian, the language of the reports, or
/// each warning when `list` (the `--warnings` flag) is set.
pub fn warnings(registry: &Registry, list: bool) {
    let warnings: Vec<_> = registry.warnings().warnings().collect();
    if list {
        for warning in warnings {
            eprintln!("{warning}");
        }
    } else if !warnings.is_empty() {
        let n = warnings.len() as u64;
        eprintln!(
            "{} о данных; список — с флагом --warnings",
            social_services::report::count_ru(
                n,
                ["предупреждение", "предупреждения", "предупреждений"]
            )
        );
    }
}

/// The registry in `input` — a dataset document (`.json`) or JSON Lines (`.jsonl`), validated
/// leniently — or the embedded sample when there is no input.
pub fn load(input: Option<&Path>) -> Result<Registry, String> {
    let Some(path) = input else {
        return Ok(social_services::sample::registry());
    };
    match social_services::io::load_path(path, &ValidationOptions::default()) {
        Ok(registry) => Ok(registry),
        Err(json::LoadError::Invalid(report)) => Err(format!(
            "{} is not a valid registry:
{report}",
            path.display()
        )),
        Err(e @ json::LoadError::Io(_)) => Err(format!(
            "cannot read {}: {}",
            path.display(),
            social_services::io::Chain(&e)
        )),
        Err(e) => Err(social_services::io::Chain(&e).to_string()),
    }
}

/// Writes a file atomically: an interrupted run leaves the old file whole.
pub fn write(path: &Path, text: &str) -> Result<(), String> {
    social_services::io::atomic::write_file(path, |out| out.write_all(text.as_bytes()))
        .map_err(|e: std::io::Error| format!("cannot write {}: {e}", path.display()))
}

/// Writes `text` to the file `out` (atomically), or to stdout when there is none.
pub fn output(out: Option<&Path>, text: &str) -> Result<(), String> {
    if let Some(path) = out {
        write(path, text)
    } else {
        print!("{text}");
        Ok(())
    }
}

/// The formats a report is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    Csv(CsvDialect),
    Json,
}

impl Format {
    /// The format a `--format` value names.
    pub fn parse(value: &str) -> Result<Self, String> {
        match value {
            "md" | "markdown" => Ok(Self::Markdown),
            "html" => Ok(Self::Html),
            "csv" => Ok(Self::Csv(CsvDialect::Plain)),
            "json" => Ok(Self::Json),
            other => Err(format!(
                "--format: unknown format {other:?}, expected md, html, csv or json"
            )),
        }
    }
}

impl Format {
    /// The format with `--excel` applied: CSV for a spreadsheet in a Russian locale. The flag
    /// is refused with any other format.
    pub fn excel(self, excel: bool) -> Result<Self, String> {
        match (self, excel) {
            (format, false) => Ok(format),
            (Self::Csv(_), true) => Ok(Self::Csv(CsvDialect::Excel)),
            (_, true) => Err("--excel: only with --format csv".to_owned()),
        }
    }
}

/// Writes `report` in `format` to `out`, or to stdout; CSV goes to the directory `out` (by
/// default `csv_dir`), one file per table, each named on stderr. The directory is replaced
/// whole (`io::atomic::write_dir`): tables of an earlier report in it are gone.
pub fn emit(
    report: &Report,
    format: Format,
    out: Option<PathBuf>,
    csv_dir: &str,
) -> Result<(), String> {
    let text = match format {
        Format::Markdown => report.to_markdown(),
        Format::Html => report.to_html(),
        Format::Json => report.to_json(),
        Format::Csv(dialect) => {
            let dir = out.unwrap_or_else(|| PathBuf::from(csv_dir));
            let files = report.to_csv_files_in(dialect);
            if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent)
                    .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
            }
            // The folder is written afresh and swapped whole: no table of an older report is
            // left beside the new ones, and a reader never sees half of the new tables.
            social_services::io::atomic::write_dir(&dir, |fresh| {
                for file in &files {
                    std::fs::write(fresh.join(&file.file_name), &file.contents)?;
                }
                Ok::<(), std::io::Error>(())
            })
            .map_err(|e| format!("cannot write {}: {e}", dir.display()))?;
            for file in &files {
                eprintln!("{}: {}", dir.join(&file.file_name).display(), file.title);
            }
            return Ok(());
        }
    };
    output(out.as_deref(), &text)
}

/// The value of `--scale` for the generated registry: a positive finite number.
pub fn parse_scale(text: &str) -> Result<f64, String> {
    text.parse()
        .ok()
        .filter(|s: &f64| *s > 0.0 && s.is_finite())
        .ok_or(format!(
            "invalid scale {text:?}: expected a positive number"
        ))
}

/// The value of `--seed` for the generated registry: a whole number.
pub fn parse_seed(text: &str) -> Result<u64, String> {
    text.parse()
        .map_err(|_| format!("invalid seed {text:?}: expected a whole number"))
}

/// The exit code of a run: success, or the message on stderr and failure.
pub fn exit(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
