//! What the examples write: `examples/common`'s `emit` replaces a report's CSV folder whole
//! (no table of an older report left beside the new ones).

#[path = "../examples/common/mod.rs"]
mod common;

use std::path::PathBuf;

use social_services::{Cell, Column, CsvDialect, Report, Section, Table};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("example-outputs-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn report(title: &str) -> Report {
    let mut table = Table::new(title, [Column::text("Субъект"), Column::count("Число")]);
    table
        .push_row([Cell::text("Тульская область"), Cell::count(3)])
        .unwrap();
    Report::new("Отчёт").section(Section::new("Раздел").table(table))
}

fn names(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[test]
fn emit_replaces_the_csv_folder_whole() {
    let parent = scratch("emit");
    let dir = parent.join("nested").join("report-csv");
    let csv = common::Format::Csv(CsvDialect::Plain);
    common::emit(&report("Первая таблица"), csv, Some(dir.clone()), "unused").unwrap();
    let first = names(&dir);
    assert_eq!(first.len(), 1, "{first:?}");
    // A stray file of an earlier run, and a second report whose table has another name.
    std::fs::write(dir.join("stale.csv"), "a\n1\n").unwrap();
    common::emit(&report("Вторая таблица"), csv, Some(dir.clone()), "unused").unwrap();
    let second = names(&dir);
    assert_eq!(second.len(), 1, "old tables left beside the new: {second:?}");
    assert_ne!(first, second);
    let text = std::fs::read_to_string(dir.join(&second[0])).unwrap();
    assert!(text.contains("Тульская область"), "{text}");
    // Nothing left beside the folder either (no temporary or old folder).
    assert_eq!(names(&parent.join("nested")), ["report-csv"]);
    std::fs::remove_dir_all(&parent).unwrap();
}
