//! Writing a folder of files (the CSV tables of a report) as one: a reader sees the old folder
//! or the new one, never old and new tables mixed.

use std::fs::{self, File};
use std::io;
use std::path::Path;

use super::{Temporary, sync_directory, temporary};

/// Writes the folder at `path` afresh with `write`, which is given a new empty folder to fill,
/// then swaps it for the old folder.
///
/// The new folder is written beside the target as `.<name>.<process id>.<counter>.tmp`,
/// private to its owner while it is written; its files are synced, then the old folder (if
/// there is one) is renamed aside, the new one renamed into place, and the old one removed. A
/// reader of `path` sees the old folder with all its files or the new one with all its files,
/// never a mix; between the two renames there is an instant with no folder at `path`. The new
/// folder takes the permissions of the old one (or those the umask gives a new folder). A kill
/// between the two renames leaves the old folder as `.<name>.….old`; as with a killed write,
/// the next `write_dir` of the same target removes what a killed writer left.
///
/// # Errors
/// The error of `write`, or an [`io::Error`] (converted to `E`) when `path` exists and is not
/// a folder, or the folder cannot be created, synced or renamed. In every case but the last
/// rename failing after the first one succeeded (then the old folder is renamed back), the
/// target is left as it was, and the new folder is removed.
///
/// # Example
/// ```
/// use social_services::io::atomic;
///
/// let parent = std::env::temp_dir().join(format!("atomic-dir-doc-{}", std::process::id()));
/// let report = parent.join("report");
/// std::fs::create_dir_all(&report)?;
/// std::fs::write(report.join("old_table.csv"), "a\n1\n")?;
///
/// atomic::write_dir(&report, |dir| std::fs::write(dir.join("new_table.csv"), "b\n2\n"))?;
/// let names: Vec<_> = std::fs::read_dir(&report)?
///     .map(|e| e.map(|e| e.file_name()))
///     .collect::<Result<_, _>>()?;
/// assert_eq!(names, ["new_table.csv"]);
/// # std::fs::remove_dir_all(&parent)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_dir<E: From<io::Error>>(
    path: impl AsRef<Path>,
    write: impl FnOnce(&Path) -> Result<(), E>,
) -> Result<(), E> {
    let path = path.as_ref();
    let old = match fs::metadata(path) {
        Ok(metadata) if !metadata.is_dir() => {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{} is not a folder", path.display()),
            )
            .into());
        }
        Ok(_) => true,
        Err(e) if e.kind() == io::ErrorKind::NotFound => false,
        Err(e) => return Err(e.into()),
    };
    temporary::remove_stale(path);
    let mut guard = Temporary {
        path: temporary::create_dir(path)?,
        keep: false,
    };
    // Held while the folder is written: it tells a cleaner the folder is in use.
    let _lock = lock(&guard.path)?;
    write(&guard.path)?;
    sync_files(&guard.path)?;
    if let Some(permissions) = temporary::final_permissions(path, true) {
        fs::set_permissions(&guard.path, permissions)?;
    }
    if old {
        let _old_lock = lock(path)?;
        let aside = temporary::sibling(path, "old")?;
        fs::rename(path, &aside)?;
        if let Err(e) = fs::rename(&guard.path, path) {
            let _ = fs::rename(&aside, path);
            return Err(e.into());
        }
        guard.keep = true;
        sync_directory(path);
        let _ = fs::remove_dir_all(&aside);
    } else {
        fs::rename(&guard.path, path)?;
        guard.keep = true;
        sync_directory(path);
    }
    Ok(())
}

/// Locks the folder at `path` for this writer, where the platform can open a folder (on
/// others, a folder that cannot be opened counts as in use and is never cleaned).
fn lock(path: &Path) -> io::Result<Option<File>> {
    match File::open(path) {
        Ok(folder) => {
            folder.lock()?;
            Ok(Some(folder))
        }
        Err(_) => Ok(None),
    }
}

/// Syncs every file written into the folder, and the folder itself.
fn sync_files(dir: &Path) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_file() {
            File::open(entry.path())?.sync_all()?;
        }
    }
    if let Ok(folder) = File::open(dir) {
        let _ = folder.sync_all();
    }
    Ok(())
}
