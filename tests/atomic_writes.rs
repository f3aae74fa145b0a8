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
    atomic::write_file(&path, |out| json::write_pretty(&old, out)).unwrap();
    let new = sample::dataset();
    let err = atomic::write_file(&path, |out| {
        json::write_pretty(
            &new,
            FailAfter {
                inner: out,
                left: 4096,
            },
        )
    })
    .unwrap_err();
    assert_eq!(
        social_services::io::Chain(&err).to_string(),
        "i/o failed: no space left on device"
    );
    assert_eq!(
        json::from_str(&fs::read_to_string(&path).unwrap()).unwrap(),
        old
    );
    assert_eq!(entries(&dir), ["registry.json"]);
    // Uninterrupted, the new data set replaces the old one whole.
    atomic::write_file(&path, |out| json::write_pretty(&new, out)).unwrap();
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
    assert_eq!(
        social_services::io::Chain(&err).to_string(),
        "i/o failed: no space left on device"
    );
    let read = csv::read_persons(fs::File::open(&path).unwrap()).unwrap();
    assert_eq!(read, persons[..2]);
    assert_eq!(entries(&dir), ["persons.csv"]);
    fs::remove_dir_all(dir).unwrap();
}

/// The temporary files beside the targets in `dir`.
fn temporaries(dir: &Path) -> Vec<PathBuf> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .collect()
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn the_new_contents_are_never_readable_by_others_before_the_rename() {
    use std::os::unix::fs::PermissionsExt;
    let dir = directory("private");
    let secret = dir.join("persons.json");
    fs::write(&secret, "{}").unwrap();
    fs::set_permissions(&secret, fs::Permissions::from_mode(0o600)).unwrap();
    let fresh = dir.join("fresh.json");
    let mut seen = Vec::new();
    for path in [&secret, &fresh] {
        atomic::write_file::<io::Error>(path, |out| {
            out.write_all(b"{\"persons\": []}")?;
            out.flush()?;
            let [temporary] = &temporaries(&dir)[..] else {
                panic!("one temporary file expected: {:?}", entries(&dir))
            };
            seen.push(mode(temporary));
            Ok(())
        })
        .unwrap();
    }
    assert_eq!(seen, [0o600, 0o600]);
    assert_eq!(mode(&secret), 0o600);
    // A new file ends with the mode any new file of this process gets.
    let reference = dir.join("reference");
    fs::write(&reference, "").unwrap();
    assert_eq!(mode(&fresh), mode(&reference));
    fs::remove_dir_all(dir).unwrap();
}

/// Makes `path` look last modified two minutes ago.
fn age(path: &Path) {
    let then = std::time::SystemTime::now() - std::time::Duration::from_secs(120);
    fs::File::options()
        .append(true)
        .open(path)
        .unwrap()
        .set_modified(then)
        .unwrap();
}

#[test]
fn a_temporary_file_left_by_a_killed_writer_is_removed_by_the_next_write() {
    let dir = directory("stale");
    let path = dir.join("registry.json");
    // What a writer killed mid-write leaves: its temporary file, half written.
    let stale = dir.join(".registry.json.4194305.0.tmp");
    fs::write(&stale, "{\"format_ver").unwrap();
    age(&stale);
    // A temporary another writer holds (locked), one just created, another target's: kept.
    let held = dir.join(".registry.json.4194305.1.tmp");
    fs::write(&held, "{").unwrap();
    age(&held);
    let holder = fs::File::open(&held).unwrap();
    holder.lock().unwrap();
    let recent = dir.join(".registry.json.4194305.2.tmp");
    fs::write(&recent, "{").unwrap();
    let other = dir.join(".persons.csv.4194305.0.tmp");
    fs::write(&other, "id").unwrap();
    age(&other);
    atomic::write_file(&path, |out| json::write_pretty(&Dataset::new(), out)).unwrap();
    assert_eq!(
        entries(&dir),
        [
            ".persons.csv.4194305.0.tmp",
            ".registry.json.4194305.1.tmp",
            ".registry.json.4194305.2.tmp",
            "registry.json"
        ]
    );
    drop(holder);
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_report_folder_is_replaced_whole_never_mixed() {
    let dir = directory("folder");
    let report = dir.join("report");
    let write_tables = |tables: &[&str], fail_after: usize| {
        atomic::write_dir(&report, |folder| {
            for (i, table) in tables.iter().enumerate() {
                if i == fail_after {
                    return Err(io::Error::other("no space left on device"));
                }
                fs::write(folder.join(table), format!("{table}\n"))?;
            }
            Ok(())
        })
    };
    write_tables(&["regions.csv", "kinds.csv", "staff.csv"], usize::MAX).unwrap();
    assert_eq!(entries(&report), ["kinds.csv", "regions.csv", "staff.csv"]);
    // Interrupted after one table: the old folder stays whole, with none of the new tables.
    fs::write(report.join("kinds.csv"), "old kinds\n").unwrap();
    let err = write_tables(&["kinds.csv", "growth.csv"], 1).unwrap_err();
    assert_eq!(err.to_string(), "no space left on device");
    assert_eq!(entries(&report), ["kinds.csv", "regions.csv", "staff.csv"]);
    assert_eq!(
        fs::read_to_string(report.join("kinds.csv")).unwrap(),
        "old kinds\n"
    );
    // Finished: exactly the new tables, none of the old ones left beside them.
    write_tables(&["kinds.csv", "growth.csv"], usize::MAX).unwrap();
    assert_eq!(entries(&report), ["growth.csv", "kinds.csv"]);
    assert_eq!(
        fs::read_to_string(report.join("kinds.csv")).unwrap(),
        "kinds.csv\n"
    );
    assert_eq!(entries(&dir), ["report"]);
    // A file where the folder should be is refused, and left.
    let file = dir.join("file");
    fs::write(&file, "").unwrap();
    let err = atomic::write_dir::<io::Error>(&file, |_| Ok(())).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("{} is not a folder", file.display())
    );
    fs::remove_dir_all(dir).unwrap();
}
