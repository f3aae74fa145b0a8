//! Writing a file atomically: a reader of the path sees the old file or the whole new one,
//! never a half-written one, whatever interrupts the writer.
//!
//! [`write_file`] writes to a new temporary file in the same directory as the target (so that
//! the rename stays on one file system), flushes it and syncs it to disk, then renames it over
//! the target. If the writer fails, returns an error or panics, the temporary file is removed
//! and the target is left as it was. [`write_dir`] does the same for a folder of files (a
//! report's CSV tables): it writes a fresh folder and swaps it for the old one.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

mod dir;
mod temporary;

pub use dir::write_dir;

/// Writes the file at `path` atomically with `write`, which is given a buffered writer to the
/// new contents.
///
/// The temporary file is created with the mode of the file it replaces, or 0600 when there is
/// none, so that nobody else can read the new contents before the rename; a new file then takes
/// the mode the process's umask gives new files (where it can be read: on Linux). The writer
/// holds a lock on its temporary file; temporary files of the same target that a killed writer
/// left (unlocked, unmodified for a minute) are removed first. After the rename the directory
/// is synced too (where the platform allows it), so that the new name survives a crash.
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
/// atomic::write_file(&path, |out| json::write_pretty(&Dataset::new(), out))?;
/// assert_eq!(json::from_str(&std::fs::read_to_string(&path)?)?, Dataset::new());
///
/// // A writer that fails halfway leaves the old file as it was.
/// let failed = atomic::write_file(&path, |out| {
///     out.write_all(b"{\"format_ver")?;
///     Err(IoError::Io(std::io::Error::other("disk full")))
/// });
/// let failed = failed.unwrap_err();
/// assert_eq!(social_services::io::Chain(&failed).to_string(), "i/o failed: disk full");
/// assert_eq!(json::from_str(&std::fs::read_to_string(&path)?)?, Dataset::new());
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_file<E: From<io::Error>>(
    path: impl AsRef<Path>,
    write: impl FnOnce(&mut dyn Write) -> Result<(), E>,
) -> Result<(), E> {
    let path = path.as_ref();
    temporary::remove_stale(path);
    let (file, temporary) = temporary::create_file(path)?;
    let mut guard = Temporary {
        path: temporary,
        keep: false,
    };
    let mut out = BufWriter::new(file);
    write(&mut out)?;
    let file = out.into_inner().map_err(io::IntoInnerError::into_error)?;
    file.sync_all()?;
    if let Some(permissions) = temporary::final_permissions(path, false) {
        file.set_permissions(permissions)?;
    }
    // Unlocked only now, and modified a moment ago: no cleaner takes it before the rename.
    drop(file);
    fs::rename(&guard.path, path)?;
    guard.keep = true;
    sync_directory(path);
    Ok(())
}

/// Syncs the directory `path` is in, so that a rename in it survives a crash. Best effort:
/// some platforms cannot open a directory to sync it.
fn sync_directory(path: &Path) {
    if let Ok(directory) = File::open(temporary::directory_of(path)) {
        let _ = directory.sync_all();
    }
}

/// The temporary file or folder, removed when dropped unless it has been renamed into place.
struct Temporary {
    path: PathBuf,
    keep: bool,
}

impl Drop for Temporary {
    fn drop(&mut self) {
        if !self.keep {
            let _ = if self.path.is_dir() {
                fs::remove_dir_all(&self.path)
            } else {
                fs::remove_file(&self.path)
            };
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
