//! Writing a data set to a file as an application does, interrupted midway: the old file is
//! left whole, in every format, and no temporary file is left behind.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use social_services::io::{IoError, atomic, csv, json, jsonl};
use social_services::{Dataset, sample};

/// A sink that takes `left` bytes, then fails as a full disk does.
struct FailAfter<W> {
    inner: W,
    left: usize,
}

impl<W: Write> Write for FailAfter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.left == 0 {
            return Err(io::Error::other("no space left on device"));
        }
        let n = buf.len().min(self.left);
        self.left -= n;
        self.inner.write(&buf[..n])
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

fn directory(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("atomic-writes-{test}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn an_interrupted_json_write_leaves_the_old_data_set_whole() {
    let dir = directory("json");
    let path = dir.join("registry.json");
    let old = Dataset::new();
    atomic::write_file(&path, |out| json::write(&old, out, true)).unwrap();
    let new = sample::dataset();
    let err = atomic::write_file(&path, |out| {
        json::write(
            &new,
            FailAfter {
                inner: out,
                left: 4096,
            },
            true,
        )
    })
    .unwrap_err();
    assert_eq!(err.to_string(), "i/o failed: no space left on device");
    assert_eq!(
        json::from_str(&fs::read_to_string(&path).unwrap()).unwrap(),
        old
    );
    assert_eq!(entries(&dir), ["registry.json"]);
    // Uninterrupted, the new data set replaces the old one whole.
    atomic::write_file(&path, |out| json::write(&new, out, true)).unwrap();
    assert_eq!(
        json::from_str(&fs::read_to_string(&path).unwrap()).unwrap(),
        new
    );
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn an_interrupted_json_lines_write_leaves_the_old_stream_whole() {
    let dir = directory("jsonl");
    let path = dir.join("registry.jsonl");
    let old = sample::dataset();
    atomic::write_file(&path, |out| jsonl::write(&old, out)).unwrap();
    let err = atomic::write_file(&path, |out| {
        jsonl::write(
            &Dataset::new(),
            FailAfter {
                inner: out,
                left: 10,
            },
        )
    })
    .unwrap_err();
    assert!(matches!(err, IoError::Io(_)), "{err:?}");
    let text = fs::read(&path).unwrap();
    assert_eq!(jsonl::read_dataset(&text[..]).unwrap(), old);
    assert_eq!(entries(&dir), ["registry.jsonl"]);
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn an_interrupted_csv_write_leaves_the_old_table_whole() {
    let dir = directory("csv");
    let path = dir.join("persons.csv");
    let persons = sample::dataset().persons;
    atomic::write_file(&path, |out| csv::write_persons(&persons[..2], out)).unwrap();
    let err = atomic::write_file(&path, |out| {
        csv::write_persons(
            &persons,
            FailAfter {
                inner: out,
                left: 10,
            },
        )
    })
    .unwrap_err();
    assert_eq!(err.to_string(), "i/o failed: no space left on device");
    let read = csv::read_persons(fs::File::open(&path).unwrap()).unwrap();
    assert_eq!(read, persons[..2]);
    assert_eq!(entries(&dir), ["persons.csv"]);
    fs::remove_dir_all(dir).unwrap();
}
