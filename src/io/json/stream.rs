//! The data set document read record by record, from text or from a reader, without a
//! `serde_json::Value` of the whole document.
//!
//! A scan finds where each record of each array ends (tracking strings, escapes and nesting,
//! and the keys of the object it is in), and each record is read from its own bytes into its
//! type. The scan refuses nothing itself: anything it does not read plainly — a key named twice
//! or spelled with an escape, an object of more than [`MAX_KEYS`] keys, nesting near the limit,
//! text that is not JSON, a record kind that is not an array — makes it give up
//! ([`Irregular`]), and the caller reads the document the careful way, which gives the exact
//! message, path, line and column. A valid document, the common case, is read once.

use std::collections::HashSet;
use std::io::Read;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::records::record_kinds;
use crate::registry::{Dataset, Issue, IssuePath, ValidationReport};

use super::{CODE_VALUE_INVALID, CollectedRead, MAX_NESTING, collect, collect_one, value_issue};

/// The most keys one object may have for the scan to compare them pairwise; an object with
/// more is left to the careful reader.
const MAX_KEYS: usize = 256;

/// Why the scan gave up: the document needs the careful reader (or could not be read at all).
#[derive(Debug)]
pub(super) enum Irregular {
    /// Reading the underlying stream failed.
    Io(std::io::Error),
    /// Anything else the scan does not read plainly.
    Careful,
}

impl From<std::io::Error> for Irregular {
    fn from(error: std::io::Error) -> Self {
        Self::Io(error)
    }
}

/// An open object or array of the value being scanned.
struct Frame {
    object: bool,
    /// Where this object's keys start in [`Scanner::keys`].
    keys_from: usize,
    /// Whether the next string in this object is a key.
    want_key: bool,
}

/// Bytes to scan: a slice, or a reader through a buffer that keeps the bytes of the value being
/// scanned (from `mark`) and lets the rest go.
pub(super) struct Scanner<'a> {
    slice: &'a [u8],
    reader: Option<Box<dyn Read + 'a>>,
    buf: Vec<u8>,
    filled: usize,
    pos: usize,
    mark: usize,
    frames: Vec<Frame>,
    /// The keys of the open objects, as byte ranges relative to `mark`, without the quotes.
    keys: Vec<(usize, usize)>,
}

/// The first buffer of a reader: most records are far smaller, a larger one grows it.
const BUFFER: usize = 1 << 20;

impl<'a> Scanner<'a> {
    /// A scan of bytes held whole.
    pub(super) fn of_slice(bytes: &'a [u8]) -> Self {
        Self::new(bytes, None)
    }

    /// A scan of a reader's bytes, a buffer at a time; a leading byte order mark is skipped.
    pub(super) fn of_reader(reader: impl Read + 'a) -> Result<Self, Irregular> {
        Self::with_buffer(reader, BUFFER)
    }

    /// [`Scanner::of_reader`] with a first buffer of `size` bytes (at least 1).
    fn with_buffer(reader: impl Read + 'a, size: usize) -> Result<Self, Irregular> {
        let mut scanner = Self::new(&[], Some(Box::new(reader)));
        scanner.buf = vec![0; size.max(1)];
        while scanner.filled < super::BOM.len() && scanner.more()? {}
        if scanner.bytes().starts_with(super::BOM) {
            scanner.pos = super::BOM.len();
        }
        Ok(scanner)
    }

    fn new(slice: &'a [u8], reader: Option<Box<dyn Read + 'a>>) -> Self {
        Self {
            slice,
            reader,
            buf: Vec::new(),
            filled: 0,
            pos: 0,
            mark: 0,
            frames: Vec::new(),
            keys: Vec::new(),
        }
    }

    fn bytes(&self) -> &[u8] {
        if self.reader.is_some() {
            &self.buf[..self.filled]
        } else {
            self.slice
        }
    }

    /// Reads more of the stream, keeping the bytes from `mark` on; false at its end.
    fn more(&mut self) -> Result<bool, Irregular> {
        let Some(reader) = self.reader.as_mut() else {
            return Ok(false);
        };
        if self.mark > 0 {
            self.buf.copy_within(self.mark..self.filled, 0);
            self.filled -= self.mark;
            self.pos -= self.mark;
            self.mark = 0;
        }
        if self.filled == self.buf.len() {
            self.buf.resize(self.buf.len() * 2, 0);
        }
        loop {
            match reader.read(&mut self.buf[self.filled..]) {
                Ok(n) => {
                    self.filled += n;
                    return Ok(n > 0);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// The next byte, consumed; `None` at the end.
    fn next_byte(&mut self) -> Result<Option<u8>, Irregular> {
        if self.pos >= self.bytes().len() && !self.more()? {
            return Ok(None);
        }
        let byte = self.bytes()[self.pos];
        self.pos += 1;
        Ok(Some(byte))
    }

    /// The next byte that is not white space, consumed.
    fn next_token(&mut self) -> Result<Option<u8>, Irregular> {
        loop {
            match self.next_byte()? {
                Some(b' ' | b'\n' | b'\r' | b'\t') => {}
                other => return Ok(other),
            }
        }
    }

    /// The next byte that is not white space, not consumed.
    fn peek_token(&mut self) -> Result<Option<u8>, Irregular> {
        let token = self.next_token()?;
        if token.is_some() {
            self.pos -= 1;
        }
        Ok(token)
    }

    /// Consumes the next token, which must be `expected`.
    fn expect(&mut self, expected: u8) -> Result<(), Irregular> {
        match self.next_token()? {
            Some(b) if b == expected => Ok(()),
            _ => Err(Irregular::Careful),
        }
    }

    /// Skips the rest of a string whose opening quote is consumed; whether it has an escape.
    fn skip_string(&mut self) -> Result<bool, Irregular> {
        let mut escaped = false;
        loop {
            while self.pos >= self.bytes().len() {
                if !self.more()? {
                    return Err(Irregular::Careful);
                }
            }
            let rest = &self.bytes()[self.pos..];
            match memchr::memchr2(b'"', b'\\', rest) {
                Some(i) if rest[i] == b'"' => {
                    self.pos += i + 1;
                    return Ok(escaped);
                }
                Some(i) => {
                    escaped = true;
                    self.pos += i + 2;
                }
                None => self.pos += rest.len(),
            }
        }
    }

    /// Scans one value, which starts at the next token, and gives its bytes; `depth` is the
    /// number of arrays and objects around it. Gives up on a key named twice in one object.
    ///
    /// The value is scanned in the bytes at hand; when they end first, more are read and the
    /// value is scanned again from its start (a buffer holds many records, so this is rare).
    fn value(&mut self, depth: usize) -> Result<&[u8], Irregular> {
        self.peek_token()?.ok_or(Irregular::Careful)?;
        self.mark = self.pos;
        loop {
            let bytes = if self.reader.is_some() {
                &self.buf[..self.filled]
            } else {
                self.slice
            };
            if let Some(end) =
                scan_value(bytes, self.mark, depth, &mut self.frames, &mut self.keys)?
            {
                self.pos = end;
                let mark = self.mark;
                return Ok(&self.bytes()[mark..end]);
            }
            if !self.more()? {
                return Err(Irregular::Careful);
            }
        }
    }
    /// Whether the scan reaches the end of the bytes without another token.
    fn at_end(&mut self) -> Result<bool, Irregular> {
        self.mark = self.pos;
        Ok(self.next_token()?.is_none())
    }
}

/// Scans the value that starts at `bytes[start]`: the index just after it, or `None` when the
/// bytes end first. Gives up on a key named twice in one object (or spelled with an escape, or
/// an object of more than [`MAX_KEYS`] keys), on nesting deeper than [`MAX_NESTING`] less
/// `depth`, and on brackets that do not match.
fn scan_value(
    bytes: &[u8],
    start: usize,
    depth: usize,
    frames: &mut Vec<Frame>,
    keys: &mut Vec<(usize, usize)>,
) -> Result<Option<usize>, Irregular> {
    frames.clear();
    keys.clear();
    let mut i = start;
    loop {
        let Some(&byte) = bytes.get(i) else {
            return Ok(None);
        };
        i += 1;
        match byte {
            b' ' | b'\n' | b'\r' | b'\t' | b':' => continue,
            b'{' | b'[' => {
                if depth + frames.len() + 1 >= MAX_NESTING {
                    return Err(Irregular::Careful);
                }
                frames.push(Frame {
                    object: byte == b'{',
                    keys_from: keys.len(),
                    want_key: true,
                });
            }
            b'}' | b']' => {
                let frame = frames.pop().ok_or(Irregular::Careful)?;
                if frame.object != (byte == b'}') {
                    return Err(Irregular::Careful);
                }
                keys.truncate(frame.keys_from);
            }
            b',' => match frames.last_mut() {
                Some(frame) => frame.want_key = frame.object,
                None => return Err(Irregular::Careful),
            },
            b'"' => {
                let from = i;
                let mut escaped = false;
                loop {
                    let Some(at) = bytes
                        .get(i..)
                        .and_then(|rest| memchr::memchr2(b'"', b'\\', rest))
                    else {
                        return Ok(None);
                    };
                    i += at + 1;
                    if bytes[i - 1] == b'"' {
                        break;
                    }
                    escaped = true;
                    i += 1;
                }
                if let Some(frame) = frames.last_mut()
                    && frame.object
                    && frame.want_key
                {
                    frame.want_key = false;
                    let key = &bytes[from..i - 1];
                    let earlier = &keys[frame.keys_from..];
                    if escaped
                        || earlier.len() >= MAX_KEYS
                        || earlier.iter().any(|&(s, e)| &bytes[s..e] == key)
                    {
                        return Err(Irregular::Careful);
                    }
                    keys.push((from, i - 1));
                }
            }
            _ => {
                let rest = &bytes[i..];
                let Some(at) = rest
                    .iter()
                    .position(|b| matches!(b, b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t'))
                else {
                    return Ok(None);
                };
                i += at;
            }
        }
        if frames.is_empty() {
            return Ok(Some(i));
        }
    }
}

/// Whether no object in the JSON `bytes` names a key twice, as far as a scan tells: `true` is
/// certain, `false` means the careful check must say (a key named twice, or one spelled with an
/// escape, or an object of many keys, or text that is not JSON).
pub(in crate::io) fn keys_are_plainly_unique(bytes: &[u8]) -> bool {
    let mut scanner = Scanner::of_slice(bytes);
    scanner.value(0).is_ok() && scanner.at_end().unwrap_or(false)
}

/// Reads a data set document record by record, as [`read_collecting`](super::read_collecting)
/// reads it, or gives up ([`Irregular`]) where the document needs the careful reader.
pub(super) fn read(mut scanner: Scanner<'_>) -> Result<CollectedRead, Irregular> {
    let mut read = CollectedRead {
        dataset: Dataset::new(),
        report: ValidationReport::default(),
        unreadable_ids: std::collections::BTreeSet::new(),
    };
    // The issues of each record kind, reported in the order of the data set's fields.
    let mut issues: [ValidationReport; KINDS.len()] = Default::default();
    let mut version = None;
    let mut seen = HashSet::new();
    scanner.expect(b'{')?;
    let mut more = match scanner.next_token()? {
        Some(b'}') => false,
        Some(b'"') => true,
        _ => return Err(Irregular::Careful),
    };
    while more {
        scanner.mark = scanner.pos - 1;
        if scanner.skip_string()? {
            return Err(Irregular::Careful);
        }
        let key = std::str::from_utf8(&scanner.bytes()[scanner.mark + 1..scanner.pos - 1])
            .map_err(|_| Irregular::Careful)?
            .to_owned();
        if !seen.insert(key.clone()) {
            return Err(Irregular::Careful);
        }
        scanner.expect(b':')?;
        if key == "format_version" {
            version = Some(parse_value(scanner.value(1)?)?);
        } else if let Some(kind) = KINDS.iter().position(|k| *k == key) {
            let path = IssuePath::root().field(&key);
            read_kind(&mut scanner, kind, &path, &mut read, &mut issues[kind])?;
        } else {
            let value = parse_value(scanner.value(1)?)?;
            read.dataset.extra.insert(key, value);
        }
        more = match scanner.next_token()? {
            Some(b',') => {
                scanner.expect(b'"')?;
                true
            }
            Some(b'}') => false,
            _ => return Err(Irregular::Careful),
        };
    }
    if !scanner.at_end()? {
        return Err(Irregular::Careful);
    }
    match version {
        Some(value) => match serde_path_to_error::deserialize::<_, u32>(&value) {
            Ok(version) => read.dataset.format_version = version,
            Err(e) => read
                .report
                .push(value_issue(&IssuePath::root().field("format_version"), &e)),
        },
        None => read.report.push(Issue::error(
            CODE_VALUE_INVALID,
            IssuePath::root().field("format_version"),
            "missing field `format_version`",
        )),
    }
    for kind in issues {
        read.report.extend(kind);
    }
    Ok(read)
}

/// A JSON value from its bytes; text that is not JSON needs the careful reader.
fn parse_value(bytes: &[u8]) -> Result<Value, Irregular> {
    serde_json::from_slice(bytes).map_err(|_| Irregular::Careful)
}

/// `KINDS` and `read_kind` for the record kinds of [`record_kinds!`].
macro_rules! dataset_arrays {
    ($($ty:ident => $kind:literal, $field:ident, $doc:literal, $line:literal;)*) => {
        /// The record kinds, in the order of the data set's fields.
        const KINDS: &[&str] = &[$(stringify!($field)),*];

        /// Reads the array of the `kind`-th record kind into the data set.
        fn read_kind(
            scanner: &mut Scanner<'_>,
            kind: usize,
            path: &IssuePath,
            read: &mut CollectedRead,
            report: &mut ValidationReport,
        ) -> Result<(), Irregular> {
            let (dataset, ids) = (&mut read.dataset, &mut read.unreadable_ids);
            match KINDS[kind] {
                $(stringify!($field) => records(scanner, &mut dataset.$field, path, report, ids),)*
                _ => unreachable!("every name in KINDS is a record kind"),
            }
        }
    };
}

record_kinds!(dataset_arrays);

/// Reads an array of records, each from its own bytes; a record that cannot be read is read
/// again as a JSON value, so that its issue and its ids are exactly the careful reader's.
fn records<T: DeserializeOwned>(
    scanner: &mut Scanner<'_>,
    out: &mut Vec<T>,
    path: &IssuePath,
    report: &mut ValidationReport,
    unreadable_ids: &mut std::collections::BTreeSet<uuid::Uuid>,
) -> Result<(), Irregular> {
    if scanner.peek_token()? != Some(b'[') {
        // Not an array: the careful reader's message says what it is.
        let value = parse_value(scanner.value(1)?)?;
        collect(out, &value, path, report, unreadable_ids);
        return Ok(());
    }
    scanner.pos += 1;
    if scanner.peek_token()? == Some(b']') {
        scanner.pos += 1;
        return Ok(());
    }
    let mut index = 0;
    loop {
        let bytes = scanner.value(2)?;
        match serde_json::from_slice::<T>(bytes) {
            Ok(record) => out.push(record),
            Err(e) if e.is_data() => {
                let value = parse_value(bytes)?;
                collect_one(out, &value, &path.index(index), report, unreadable_ids);
            }
            Err(_) => return Err(Irregular::Careful),
        }
        index += 1;
        match scanner.next_token()? {
            Some(b',') => {}
            Some(b']') => return Ok(()),
            _ => return Err(Irregular::Careful),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use crate::io::json::{read_carefully, to_string};

    /// A reader that gives at most `step` bytes a call.
    struct Trickle<'a> {
        bytes: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            let n = self.step.min(out.len()).min(self.bytes.len());
            out[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    fn through_reader(text: &str, step: usize, buffer: usize) -> Result<CollectedRead, Irregular> {
        let trickle = Trickle {
            bytes: text.as_bytes(),
            step,
        };
        read(Scanner::with_buffer(trickle, buffer)?)
    }

    const PERSON: &str = r#"{"id": "6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11", "name": "Егорова Е.В.""#;

    #[test]
    fn gives_up_on_a_key_named_twice_at_any_depth_or_spelled_with_an_escape() {
        for text in [
            r#"{"format_version": 1, "format_version": 1}"#.to_owned(),
            format!(r#"{{"format_version": 1, "persons": [{PERSON}, "name": "Вдовин А.Н."}}]}}"#),
            format!(
                r#"{{"format_version": 1, "persons": [{PERSON}, "x": {{"a": [{{"b": 1, "b": 2}}]}}}}]}}"#
            ),
            format!(r#"{{"format_version": 1, "persons": [{PERSON}, "x_\u0061": 1}}]}}"#),
            r#"{"format_version": 1, "x": {"a": 1, "a": 2}}"#.to_owned(),
        ] {
            assert!(
                matches!(
                    read(Scanner::of_slice(text.as_bytes())),
                    Err(Irregular::Careful)
                ),
                "{text}"
            );
            assert!(!keys_are_plainly_unique(text.as_bytes()), "{text}");
        }
    }

    #[test]
    fn reads_the_same_keys_in_sibling_objects_and_escaped_values_plainly() {
        let text = format!(
            r#"{{"format_version": 1, "persons": [{PERSON}, "x": [{{"a": 1}}, {{"a": "\"}}\\"}}]}}, {PERSON}}}]}}"#
        );
        let read = read(Scanner::of_slice(text.as_bytes())).unwrap();
        assert_eq!(read.dataset.persons.len(), 2);
        assert!(keys_are_plainly_unique(text.as_bytes()));
    }

    #[test]
    fn gives_up_on_text_that_is_not_a_data_set_object() {
        for text in [
            "",
            "[]",
            "{",
            r#"{"format_version": 1"#,
            r#"{"format_version": 1,"#,
            r#"{"format_version": 1, }"#,
            r#"{"format_version": 1} x"#,
            r#"{"format_version": 1, "persons": [{"id": 1} {"id": 2}]}"#,
            r#"{"persons": [}"#,
        ] {
            assert!(
                matches!(
                    read(Scanner::of_slice(text.as_bytes())),
                    Err(Irregular::Careful)
                ),
                "{text:?}"
            );
        }
    }

    #[test]
    fn gives_up_on_nesting_near_the_limit_only() {
        let nested = |depth: usize| {
            format!(
                r#"{{"format_version": 1, "x": {}{}}}"#,
                "[".repeat(depth),
                "]".repeat(depth)
            )
        };
        assert!(read(Scanner::of_slice(nested(MAX_NESTING - 2).as_bytes())).is_ok());
        assert!(matches!(
            read(Scanner::of_slice(nested(MAX_NESTING).as_bytes())),
            Err(Irregular::Careful)
        ));
    }

    #[test]
    fn reports_an_unreadable_record_as_the_careful_reader_does() {
        let text = format!(
            r#"{{"persons": [{PERSON}, "snils": "1"}}, {PERSON}}}], "format_version": "one", "events": {{}}}}"#
        );
        let fast = read(Scanner::of_slice(text.as_bytes())).unwrap();
        assert_eq!(fast, read_carefully(text.as_bytes()));
        assert_eq!(fast.report.issues().len(), 3);
        assert_eq!(through_reader(&text, 3, 5).unwrap(), fast);
    }

    #[test]
    fn a_failing_reader_is_reported_as_io() {
        struct Failing;
        impl Read for Failing {
            fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("disk gone"))
            }
        }
        assert!(matches!(Scanner::of_reader(Failing), Err(Irregular::Io(_))));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]

        #[test]
        fn reads_any_data_set_as_the_careful_reader_does_whatever_the_buffer(
            dataset in any::<Dataset>(), step in 1usize..9, buffer in 1usize..17, bom: bool
        ) {
            let text = format!("{}{}", if bom { "\u{feff}" } else { "" }, to_string(&dataset));
            let careful = read_carefully(super::super::strip_bom(text.as_bytes()));
            prop_assert_eq!(&careful.dataset, &dataset);
            prop_assert_eq!(read(Scanner::of_slice(super::super::strip_bom(text.as_bytes()))).unwrap(), careful.clone());
            prop_assert_eq!(through_reader(&text, step, buffer).unwrap(), careful);
        }
    }
}
