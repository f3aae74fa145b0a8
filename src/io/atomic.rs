//! Writing a file atomically: a reader of the path sees the old file or the whole new one,
//! never a half-written one, whatever interrupts the writer.
//!
//! [`write_file`] writes to a new temporary file in the same directory as the target (so that
//! the rename stays on one file system), flushes it and syncs it to disk, then renames it over
//! the target. If the writer fails, returns an error or panics, the temporary file is removed
//! and the target is left as it was.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Writes the file at `path` atomically with `write`, which is given a buffered writer to the
/// new contents.
///
/// The new file takes the permissions of the file it replaces, if there is one. After the
/// rename the directory is synced too (where the platform allows it), so that the new name
/// survives a crash.
///
/// # Errors
/// The error of `write`, or an [`io::Error`] (converted to `E`) when the temporary file cannot
/// be created, written, synced or renamed. In every case the target is left as it was and the
/// temporary file is removed.
///
/// # Example
/// ```
/// use std::io::Write;
/// use social_services::io::{atomic, json, IoError};
/// use social_services::Dataset;
///
/// let dir = std::env::temp_dir().join(format!("atomic-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// let path = dir.join("registry.json");
/// atomic::write_file(&path, |out| json::write(&Dataset::new(), out, true))?;
/// assert_eq!(json::from_str(&std::fs::read_to_string(&path)?)?, Dataset::new());
///
/// // A writer that fails halfway leaves the old file as it was.
/// let failed = atomic::write_file(&path, |out| {
///     out.write_all(b"{\"format_ver")?;
///     Err(IoError::Io(std::io::Error::other("disk full")))
/// });
/// assert_eq!(failed.unwrap_err().to_string(), "i/o failed: disk full");
/// assert_eq!(json::from_str(&std::fs::read_to_string(&path)?)?, Dataset::new());
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_file<E: From<io::Error>>(
    path: impl AsRef<Path>,
    write: impl FnOnce(&mut dyn Write) -> Result<(), E>,
) -> Result<(), E> {
    let path = path.as_ref();
    let (file, temporary) = create_temporary(path)?;
    let mut guard = Temporary {
        path: temporary,
        keep: false,
    };
    let mut out = BufWriter::new(file);
    write(&mut out)?;
    let file = out.into_inner().map_err(io::IntoInnerError::into_error)?;
    file.sync_all()?;
    drop(file);
    if let Ok(old) = fs::metadata(path) {
        fs::set_permissions(&guard.path, old.permissions())?;
    }
    fs::rename(&guard.path, path)?;
    guard.keep = true;
    // Best effort: some platforms cannot open a directory to sync it.
    if let Ok(directory) = File::open(directory_of(path)) {
        let _ = directory.sync_all();
    }
    Ok(())
}

/// The directory a file is in (`.` for a bare file name).
fn directory_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// Creates a new temporary file beside `path`, with a name no other writer uses:
/// `.<name>.<process id>.<counter>.tmp`.
fn create_temporary(path: &Path) -> io::Result<(File, PathBuf)> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path.file_name().ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} does not name a file", path.display()),
        )
    })?;
    loop {
        let count = COUNTER.fetch_add(1, Ordering::Relaxed);
        let mut temporary_name = std::ffi::OsString::from(".");
        temporary_name.push(name);
        temporary_name.push(format!(".{}.{count}.tmp", std::process::id()));
        let temporary = directory_of(path).join(temporary_name);
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)
        {
            Ok(file) => return Ok((file, temporary)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
}

/// The temporary file, removed when dropped unless it has been renamed into place.
struct Temporary {
    path: PathBuf,
    keep: bool,
}

impl Drop for Temporary {
    fn drop(&mut self) {
        if !self.keep {
            let _ = fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh directory for one test.
    fn directory(test: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("atomic-{test}-{}", std::process::id()));
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
    fn a_writer_that_panics_leaves_the_old_file_and_no_temporary() {
        let dir = directory("panic");
        let path = dir.join("data.json");
        fs::write(&path, "old").unwrap();
        let result = std::panic::catch_unwind(|| {
            write_file::<io::Error>(&path, |out| {
                out.write_all(b"new, half")?;
                panic!("interrupted");
            })
        });
        assert!(result.is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(entries(&dir), ["data.json"]);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn creates_a_file_that_did_not_exist() {
        let dir = directory("new");
        let path = dir.join("data.json");
        write_file::<io::Error>(&path, |out| out.write_all(b"new")).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(entries(&dir), ["data.json"]);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn refuses_a_path_that_names_no_file() {
        let err = write_file::<io::Error>(Path::new("/"), |_| Ok(())).unwrap_err();
        assert_eq!(err.to_string(), "/ does not name a file");
    }

    #[cfg(unix)]
    #[test]
    fn keeps_the_permissions_of_the_file_it_replaces() {
        use std::os::unix::fs::PermissionsExt;
        let dir = directory("permissions");
        let path = dir.join("data.json");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        write_file::<io::Error>(&path, |out| out.write_all(b"new")).unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        fs::remove_dir_all(dir).unwrap();
    }
}
