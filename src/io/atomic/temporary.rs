//! The temporary files and folders of the atomic writers: their names, their modes, the lock
//! that marks one in use, and the cleaning of the ones a killed writer left behind.
//!
//! A temporary beside `<name>` is named `.<name>.<process id>.<counter>.tmp` (a folder being
//! replaced is moved aside as `.<name>.<process id>.<counter>.old`). Its writer holds an
//! exclusive lock on it ([`File::try_lock`]) while it writes. A temporary of the same target
//! that nobody holds and that has not been modified for [`STALE_AFTER`] was left by a writer
//! that was killed: the next writer of that target removes it.

use std::ffi::{OsStr, OsString};
use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

/// How long a temporary must have gone unmodified, besides being unlocked, before it counts as
/// left by a killed writer. It covers the instant between creating a temporary and locking it.
pub(super) const STALE_AFTER: Duration = Duration::from_secs(60);

/// The mode of a new file while it is written and when no file is replaced: readable and
/// writable by its owner only.
#[cfg(unix)]
const PRIVATE_FILE: u32 = 0o600;

/// The mode of a new folder while it is written.
#[cfg(unix)]
const PRIVATE_DIR: u32 = 0o700;

/// The directory a file is in (`.` for a bare file name).
pub(super) fn directory_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// The file name of `path`, or an error saying it names none (`/`, `..`).
pub(super) fn file_name(path: &Path) -> io::Result<&OsStr> {
    path.file_name().ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} does not name a file", path.display()),
        )
    })
}

/// A name beside `path` that no other writer uses: `.<name>.<process id>.<counter>.<suffix>`.
pub(super) fn sibling(path: &Path, suffix: &str) -> io::Result<PathBuf> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut name = OsString::from(".");
    name.push(file_name(path)?);
    name.push(format!(".{}.{count}.{suffix}", std::process::id()));
    Ok(directory_of(path).join(name))
}

/// Creates a new temporary file beside `path`, locked, with the mode of the file it will
/// replace (or 0600 when there is none) from its first byte.
pub(super) fn create_file(path: &Path) -> io::Result<(File, PathBuf)> {
    loop {
        let temporary = sibling(path, "tmp")?;
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
            let mode = fs::metadata(path).map_or(PRIVATE_FILE, |m| m.permissions().mode() & 0o777);
            options.mode(mode);
        }
        match options.open(&temporary) {
            Ok(file) => {
                file.lock()?;
                return Ok((file, temporary));
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
}

/// Creates a new temporary folder beside `path`, private to its owner while it is written.
pub(super) fn create_dir(path: &Path) -> io::Result<PathBuf> {
    loop {
        let temporary = sibling(path, "tmp")?;
        let mut builder = fs::DirBuilder::new();
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(PRIVATE_DIR);
        }
        match builder.create(&temporary) {
            Ok(()) => return Ok(temporary),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
}

/// The permissions the finished file or folder takes: those of the one it replaces, else
/// those a new one gets from the process's umask (read from `/proc/self/status` on Linux; where
/// it cannot be read, the private mode is kept). `None`: keep the temporary's.
pub(super) fn final_permissions(path: &Path, is_dir: bool) -> Option<fs::Permissions> {
    if let Ok(old) = fs::metadata(path) {
        return Some(old.permissions());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let full = if is_dir { 0o777 } else { 0o666 };
        umask().map(|mask| fs::Permissions::from_mode(full & !mask))
    }
    #[cfg(not(unix))]
    {
        let _ = is_dir;
        None
    }
}

/// The process's umask, from the `Umask:` line of `/proc/self/status` (Linux 4.7 and later).
#[cfg(unix)]
fn umask() -> Option<u32> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find_map(|l| l.strip_prefix("Umask:"))?;
    u32::from_str_radix(line.trim(), 8).ok()
}

/// Whether `name` is a temporary (or a moved-aside folder) of the target named `target`:
/// `.<target>.<digits>.<digits>.tmp` or `….old`.
fn is_temporary_of(name: &OsStr, target: &OsStr) -> bool {
    let (Some(name), Some(target)) = (name.to_str(), target.to_str()) else {
        return false;
    };
    let Some(rest) = name
        .strip_prefix('.')
        .and_then(|n| n.strip_prefix(target))
        .and_then(|n| n.strip_prefix('.'))
    else {
        return false;
    };
    let Some(numbers) = rest
        .strip_suffix(".tmp")
        .or_else(|| rest.strip_suffix(".old"))
    else {
        return false;
    };
    let mut parts = numbers.split('.');
    let digits =
        |p: Option<&str>| p.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    digits(parts.next()) && digits(parts.next()) && parts.next().is_none()
}

/// Removes the temporaries of `path` that killed writers left: those nobody holds locked and
/// that were not modified for [`STALE_AFTER`]. Best effort: what cannot be read or removed is
/// left, and the write goes on.
pub(super) fn remove_stale(path: &Path) {
    let Ok(target) = file_name(path) else { return };
    let Ok(entries) = fs::read_dir(directory_of(path)) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        if !is_temporary_of(&entry.file_name(), target) {
            continue;
        }
        let Ok(metadata) = entry.metadata() else {
            continue;
        };
        let fresh = metadata
            .modified()
            .ok()
            .and_then(|modified| now.duration_since(modified).ok())
            .is_none_or(|age| age < STALE_AFTER);
        if fresh || in_use(&entry.path()) {
            continue;
        }
        let _ = if metadata.is_dir() {
            fs::remove_dir_all(entry.path())
        } else {
            fs::remove_file(entry.path())
        };
    }
}

/// Whether a writer holds `path` locked; a path that cannot be opened counts as in use.
fn in_use(path: &Path) -> bool {
    match File::open(path) {
        Ok(file) => file.try_lock().is_err(),
        Err(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_only_the_temporaries_of_its_target() {
        let target = OsStr::new("data.json");
        for name in [".data.json.12.0.tmp", ".data.json.4242.17.old"] {
            assert!(is_temporary_of(OsStr::new(name), target), "{name}");
        }
        for name in [
            "data.json",
            ".data.json.tmp",
            ".data.json.12.tmp",
            ".data.json.12.x.tmp",
            ".data.json.12.0.1.tmp",
            ".other.json.12.0.tmp",
            ".data.jsonl.12.0.tmp",
            ".data.json.12.0.bak",
        ] {
            assert!(!is_temporary_of(OsStr::new(name), target), "{name}");
        }
    }
}
