//! Why an attendance file could not be read.

/// Why an attendance file could not be streamed: the stream failed, the CSV header is not the
/// attendance header, or a line is not a valid attendance row.
///
/// Kept apart from [`IoError`](crate::io::IoError) on purpose: the six stream readers (the
/// fast paths, the `serde`/`csv` reference path and the parallel ones) must give one and the
/// same error for the same bytes, which they are tested and fuzzed for, and that is only
/// checkable over this small closed set — a row's place and the message every path agrees on,
/// with no per-format variants (`CsvCell`, `JsonLine` …) whose texts differ by reader. Its
/// `Io` and `LineTooLong` are the stream's own (the limit is the streams' fixed 1 MiB, not a
/// reader's setting), and a [`std::io::Error`] is its source as in `IoError`.
///
/// # Example
/// ```
/// use social_services::stream::{self, Format, StreamError};
///
/// let text = "event,date,person,institution,region\n";
/// let err = stream::aggregate(text.as_bytes(), Format::Csv).unwrap_err();
/// assert!(matches!(err, StreamError::Header { .. }));
/// assert_eq!(err.to_string(), "line 1: csv header: missing column institution_kind");
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StreamError {
    /// Reading the underlying stream failed (the [`std::io::Error`] is the source).
    #[error("i/o failed")]
    Io(#[from] std::io::Error),
    /// The first line of a CSV file is not the attendance header.
    #[error("line 1: csv header: {message}")]
    Header {
        /// What is wrong with it: a missing, unknown or repeated column.
        message: String,
    },
    /// A line that is not a valid attendance row.
    #[error("line {line}, column {column}: {}{message}", field_prefix(field))]
    Row {
        /// The line number in the file, from 1.
        line: u64,
        /// Where in the line: the byte column for JSON Lines, the cell for CSV, from 1 (0 when
        /// not known).
        column: usize,
        /// The field of the bad value (`region`); empty when the line itself is malformed.
        field: String,
        /// What is wrong: the value's own message, quoting the value.
        message: String,
    },
    /// A line longer than the reader accepts (no valid row is anywhere near it).
    #[error("line {line}: longer than {limit} bytes")]
    LineTooLong {
        /// The line number in the file, from 1.
        line: u64,
        /// The limit in bytes.
        limit: usize,
    },
}

fn field_prefix(field: &str) -> String {
    if field.is_empty() {
        String::new()
    } else {
        format!("{field}: ")
    }
}

/// A name or value quoted in a message as `{:?}` writes it, cut to
/// [`MAX_QUOTED_CHARS`](crate::values::MAX_QUOTED_CHARS) characters as a value's own error
/// cuts it (`"ИвановИванов…" (5000 characters)`).
pub(super) fn quoted(text: &str) -> String {
    crate::values::quoted(text).to_string()
}

/// A message of `serde_json` with every quoted part (`` `name` `` of an unknown field,
/// `"text"` of a string of the wrong type) cut to
/// [`MAX_QUOTED_CHARS`](crate::values::MAX_QUOTED_CHARS) characters: serde quotes them whole.
pub(super) fn cut_quotes(message: &str) -> String {
    use std::fmt::Write;
    let max = crate::values::MAX_QUOTED_CHARS;
    let mut out = String::with_capacity(message.len().min(512));
    let mut rest = message;
    while let Some(open) = rest.find(['`', '"']) {
        let quote = rest.as_bytes()[open];
        out.push_str(&rest[..=open]);
        let inside = &rest[open + 1..];
        // The closing quote; a `\"` inside a string is an escaped quote, not its end.
        let mut close = None;
        let mut escaped = false;
        for (at, c) in inside.char_indices() {
            match c {
                '\\' if quote == b'"' && !escaped => escaped = true,
                c if c == char::from(quote) && !escaped => {
                    close = Some(at);
                    break;
                }
                _ => escaped = false,
            }
        }
        let (text, after) = match close {
            Some(at) => (&inside[..at], &inside[at..]),
            None => (inside, ""),
        };
        match text.char_indices().nth(max) {
            None => out.push_str(text),
            Some((end, _)) => {
                out.push_str(&text[..end]);
                out.push('…');
            }
        }
        if let Some(c) = after.chars().next() {
            out.push(c);
            let count = text.chars().count();
            if count > max {
                let _ = write!(out, " ({count} characters)");
            }
            rest = &after[c.len_utf8()..];
        } else {
            rest = "";
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_quoted_part_is_cut_and_a_short_one_kept() {
        let long = "ж".repeat(100);
        let cut = format!("{}…", "ж".repeat(64));
        assert_eq!(
            cut_quotes(&format!(
                "unknown field `{long}`, expected one of `event`, `date`"
            )),
            format!("unknown field `{cut}` (100 characters), expected one of `event`, `date`")
        );
        assert_eq!(
            cut_quotes(&format!(
                r#"invalid type: string "a\"{long}", expected a date"#
            )),
            format!(
                r#"invalid type: string "a\"{}…" (103 characters), expected a date"#,
                "ж".repeat(61)
            )
        );
        assert_eq!(cut_quotes("no quotes"), "no quotes");
        assert_eq!(cut_quotes("`open"), "`open");
        assert_eq!(quoted("x"), "\"x\"");
        assert_eq!(quoted(&long), format!("\"{cut}\" (100 characters)"));
    }
}
