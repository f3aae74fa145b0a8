//! What the examples write: `examples/common`'s `emit` replaces a report's CSV folder whole
//! (no table of an older report left beside the new ones).

#[path = "../examples/common/mod.rs"]
mod common;

use std::path::PathBuf;

use social_services::{
    Report,
    report::{Cell, Column, CsvDialect, Section, Table},
};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("example-outputs-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A report of `tables` tables.
fn report(tables: usize) -> Report {
    let mut section = Section::new("Раздел");
    for n in 0..tables {
        let mut table = Table::new(
            format!("Таблица {n}"),
            [Column::text("Субъект"), Column::count("Число")],
        );
        table
            .push_row([Cell::text("Тульская область"), Cell::count(3)])
            .unwrap();
        section = section.table(table);
    }
    Report::new("Отчёт").section(section)
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
    common::emit(&report(2), csv, Some(dir.clone()), "unused").unwrap();
    let first = names(&dir);
    assert_eq!(first.len(), 2, "{first:?}");
    // A stray file of an earlier run, and a second report with one table fewer.
    std::fs::write(dir.join("stale.csv"), "a\n1\n").unwrap();
    common::emit(&report(1), csv, Some(dir.clone()), "unused").unwrap();
    let second = names(&dir);
    assert_eq!(second, first[..1], "old tables left beside the new");
    let text = std::fs::read_to_string(dir.join(&second[0])).unwrap();
    assert!(text.contains("Тульская область"), "{text}");
    // Nothing left beside the folder either (no temporary or old folder).
    assert_eq!(names(&parent.join("nested")), ["report-csv"]);
    std::fs::remove_dir_all(&parent).unwrap();
}
