//! Reading a registry from a file whose extension names its format.

use std::path::Path;

use crate::registry::{Registry, ValidationOptions};

use super::json::{self, LoadError};
use super::jsonl;

/// The buffer a JSON Lines file is read through: large enough that reading is not bound by
/// system calls, small against any registry.
const JSONL_BUFFER_BYTES: usize = 1 << 20;

/// Reads the registry in a file, choosing the reader by the file's extension, and validates it
/// with `options`: `.json` is a data set document read by [`json::load_file`], `.jsonl` a JSON
/// Lines stream read by [`jsonl::load`]. The extension is compared without regard to ASCII
/// case (`.JSON` is JSON).
///
/// Both readers collect: the error lists every unreadable record or line and every broken rule
/// of the domain, not only the first.
///
/// # Errors
/// [`LoadError::UnknownFormat`] when the extension is neither `.json` nor `.jsonl` (the file is
/// not opened); [`LoadError::Io`] when the file cannot be opened or read;
/// [`LoadError::Invalid`] with every problem of the document otherwise.
///
/// # Example
/// ```
/// use social_services::io::{self, json::LoadError};
/// use social_services::ValidationOptions;
///
/// let dir = std::env::temp_dir().join(format!("load_path-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// let path = dir.join("registry.jsonl");
/// std::fs::write(&path, "{\"dataset\":{\"format_version\":1}}\n")?;
/// let registry = io::load_path(&path, &ValidationOptions::default())?;
/// assert_eq!(registry.institutions().count(), 0);
///
/// let err = io::load_path("registry.csv", &ValidationOptions::default()).unwrap_err();
/// assert!(matches!(err, LoadError::UnknownFormat { .. }));
/// assert_eq!(
///     err.to_string(),
///     r#"unknown format of "registry.csv": the extension is neither .json nor .jsonl"#
/// );
/// std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn load_path(
    path: impl AsRef<Path>,
    options: &ValidationOptions,
) -> Result<Registry, LoadError> {
    let path = path.as_ref();
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    if extension.eq_ignore_ascii_case("json") {
        json::load_file(path, options)
    } else if extension.eq_ignore_ascii_case("jsonl") {
        let file = std::fs::File::open(path)?;
        jsonl::load(
            std::io::BufReader::with_capacity(JSONL_BUFFER_BYTES, file),
            options,
        )
    } else {
        Err(LoadError::UnknownFormat {
            path: path.to_owned(),
        })
    }
}
