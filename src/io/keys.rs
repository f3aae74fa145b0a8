//! The checks JSON text needs beyond what the records' readers make: no object names a key
//! twice, and no document nests arrays and objects deeper than [`MAX_NESTING`].
//!
//! A derived reader refuses a known field named twice (`duplicate field "name"`), but the
//! `extra` maps of unknown fields, and the JSON objects inside them, keep the last of two
//! values with one key and drop the first without a word. A second pass over the text finds any
//! key named twice in any object, so that nothing a user wrote is lost silently.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::registry::IssuePath;

/// The deepest nesting of arrays and objects a JSON document (or a JSON Lines line) may have:
/// the data set itself is 1, the array of a record kind 2, a record 3.
///
/// The limit is the JSON parser's (`serde_json`); it keeps a hostile document from exhausting
/// the stack. A deeper document gives [`IoError::TooDeep`](super::IoError::TooDeep).
///
/// # Example
/// ```
/// use social_services::io::{json, IoError};
///
/// let deep = format!(r#"{{"format_version": 1, "x_deep": {}{}}}"#, "[".repeat(200), "]".repeat(200));
/// let err = json::from_str(&deep).unwrap_err();
/// assert!(matches!(err, IoError::TooDeep { limit: json::MAX_NESTING, .. }));
/// ```
pub const MAX_NESTING: usize = 127;

/// Whether a JSON error is the parser's nesting limit.
pub(super) fn is_too_deep(error: &serde_json::Error) -> bool {
    error.classify() == serde_json::error::Category::Syntax
        && super::json::bare_message(error) == "recursion limit exceeded"
}

/// A key named twice in one object: the path of the object and the parser's error, which has
/// the line and column just after the second key.
pub(super) struct DuplicateKey {
    /// The path of the object (`persons[0]`); the root for the document itself.
    pub path: IssuePath,
    /// The error, with its place: `duplicate key "x_note"`.
    pub error: serde_json::Error,
}

/// Checks that no object in the JSON `bytes` names a key twice.
///
/// The text is expected to be JSON already (it has been read once); a syntax error, should
/// there be one, is returned with the root path.
pub(super) fn check_unique_keys(bytes: &[u8]) -> Result<(), DuplicateKey> {
    // The scan allocates nothing per value; only a document it is unsure of is walked.
    if super::json::keys_are_plainly_unique(bytes) {
        return Ok(());
    }
    let failed_at = RefCell::new(None);
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let walk = Walk {
        path: IssuePath::root(),
        failed_at: &failed_at,
    };
    walk.deserialize(&mut deserializer)
        .map_err(|error| DuplicateKey {
            path: failed_at.take().unwrap_or_else(IssuePath::root),
            error,
        })
}

/// A walk over one JSON value, at `path`.
struct Walk<'a> {
    path: IssuePath,
    /// Where the walk found a key named twice.
    failed_at: &'a RefCell<Option<IssuePath>>,
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0;
        loop {
            let item = Walk {
                path: self.path.index(index),
                failed_at: self.failed_at,
            };
            if seq.next_element_seed(item)?.is_none() {
                return Ok(());
            }
            index += 1;
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = Walk {
                path: self.path.field(&key),
                failed_at: self.failed_at,
            };
            if seen.contains(&key) {
                *self.failed_at.borrow_mut() = Some(self.path);
                return Err(de::Error::custom(format_args!("duplicate key {key:?}")));
            }
            map.next_value_seed(value)?;
            seen.insert(key);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn duplicate(text: &str) -> Option<String> {
        check_unique_keys(text.as_bytes()).err().map(|d| {
            format!(
                "{} at {}:{}: {}",
                d.path,
                d.error.line(),
                d.error.column(),
                super::super::json::bare_message(&d.error)
            )
        })
    }

    #[test]
    fn finds_a_key_named_twice_in_any_object_with_its_path_and_place() {
        assert_eq!(duplicate(r#"{"a": 1, "b": {"c": [1, {"d": 2}]}}"#), None);
        assert_eq!(
            duplicate(r#"{"a": 1, "a": 2}"#).as_deref(),
            Some(" at 1:12: duplicate key \"a\"")
        );
        assert_eq!(
            duplicate(r#"{"persons": [{}, {"x": {"y": 1, "y": 2}}]}"#).as_deref(),
            Some("persons[1].x at 1:35: duplicate key \"y\"")
        );
    }

    #[test]
    fn tells_a_key_written_with_an_escape_from_itself_by_its_value() {
        assert_eq!(
            duplicate(r#"{"a": 1, "\u0061": 2}"#).as_deref(),
            Some(" at 1:17: duplicate key \"a\"")
        );
    }
}
