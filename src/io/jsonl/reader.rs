//! The streaming reader of a JSON Lines data set: one line at a time, each line bounded, each
//! bad line an error with its place.

use std::io::BufRead;

use super::super::IoError;
use super::super::error::{Problem, typed_cause};
use super::super::json::{MAX_NESTING, bare_message, parse_with_path, strip_bom};
use super::super::keys::{check_unique_keys, is_too_deep};
use super::line::read_line_bounded;
use super::{DatasetHeader, Line, Record};

/// The longest line a [`Reader`] reads unless told otherwise: 16 MiB, in bytes before the LF
/// line end.
///
/// # Example
/// ```
/// assert_eq!(social_services::io::jsonl::DEFAULT_MAX_LINE_BYTES, 16 * 1024 * 1024);
/// ```
pub const DEFAULT_MAX_LINE_BYTES: usize = 16 * 1024 * 1024;

/// The most errors a [`Reader`] that skips bad lines keeps unless told otherwise: 10,000.
///
/// # Example
/// ```
/// assert_eq!(social_services::io::jsonl::DEFAULT_MAX_ERRORS, 10_000);
/// ```
pub const DEFAULT_MAX_ERRORS: usize = 10_000;

/// What a [`Reader`] does with a line it cannot read.
///
/// # Example
/// ```
/// use social_services::io::jsonl::ErrorPolicy;
/// assert_eq!(ErrorPolicy::default(), ErrorPolicy::Stop);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum ErrorPolicy {
    /// Yield the error, then end the iteration.
    #[default]
    Stop,
    /// Keep the error (see [`Reader::errors`]) and go on with the next line.
    SkipAndCollect,
}

/// A streaming reader of a JSON Lines data set over any [`BufRead`]: an iterator of records.
///
/// The header line is read on the way and kept ([`Reader::header`]); it is not yielded. A bad
/// line gives an error with its line number (and the column and field path inside the line).
/// With [`ErrorPolicy::Stop`] the error is yielded and the iteration ends; with
/// [`ErrorPolicy::SkipAndCollect`] the error is kept, the line skipped, and only records are
/// yielded. A stream that does not start with the header gives [`IoError::MissingHeader`]
/// (under `SkipAndCollect` the first record is still yielded). A line that is not UTF-8 text, or
/// longer than the limit ([`Reader::max_line_bytes`], [`IoError::LineTooLong`]), is a bad line
/// like any other. A failure of the underlying reader always ends the iteration. One line
/// buffer, never longer than the limit, is reused for the whole stream. A UTF-8 byte order mark
/// before the first line is skipped; lines may end with LF or CRLF.
///
/// # Example
/// ```
/// use social_services::io::jsonl::{ErrorPolicy, Reader, Record};
///
/// let text = "{\"dataset\":{\"format_version\":1}}\n\
///             {\"person\":{\"id\":\"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11\",\"name\":\"Егорова Е.В.\"}}\n\
///             {\"person\":{\"id\":\"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f12\",\"name\":\"\"}}\n";
/// let mut reader = Reader::with_policy(text.as_bytes(), ErrorPolicy::SkipAndCollect);
/// let records: Vec<Record> = reader.by_ref().collect::<Result<_, _>>()?;
/// assert_eq!(records.len(), 1);
/// assert_eq!(reader.errors().len(), 1);
/// assert!(reader.errors()[0].to_string().starts_with("line 3, column "));
/// # Ok::<(), social_services::io::IoError>(())
/// ```
pub struct Reader<R> {
    source: R,
    buffer: Vec<u8>,
    max_line_bytes: usize,
    max_errors: usize,
    line: u64,
    policy: ErrorPolicy,
    pub(super) header: Option<DatasetHeader>,
    header_error_given: bool,
    errors: Vec<IoError>,
    done: bool,
}

impl<R> std::fmt::Debug for Reader<R> {
    /// The reader's place and settings; not the text of the line it holds, which may be
    /// personal data.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reader")
            .field("line", &self.line)
            .field("policy", &self.policy)
            .field("max_line_bytes", &self.max_line_bytes)
            .field("max_errors", &self.max_errors)
            .field("header", &self.header)
            .field("errors", &self.errors.len())
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

impl<R: BufRead> Reader<R> {
    /// A reader that stops at the first bad line.
    ///
    /// # Example
    /// ```
    /// use social_services::io::jsonl::Reader;
    /// let mut reader = Reader::new(&b"{\"dataset\":{\"format_version\":1}}\n"[..]);
    /// assert!(reader.next().is_none());
    /// assert_eq!(reader.header().unwrap().format_version, 1);
    /// ```
    pub fn new(reader: R) -> Self {
        Self::with_policy(reader, ErrorPolicy::Stop)
    }

    /// A reader with the given error policy.
    ///
    /// # Example
    /// ```
    /// use social_services::io::jsonl::{ErrorPolicy, Reader};
    /// let mut reader = Reader::with_policy(&b"not json\n"[..], ErrorPolicy::SkipAndCollect);
    /// assert!(reader.next().is_none());
    /// assert_eq!(reader.errors().len(), 2); // the bad line, and no header
    /// ```
    pub fn with_policy(reader: R, policy: ErrorPolicy) -> Self {
        Self {
            source: reader,
            buffer: Vec::new(),
            max_line_bytes: DEFAULT_MAX_LINE_BYTES,
            max_errors: DEFAULT_MAX_ERRORS,
            line: 0,
            policy,
            header: None,
            header_error_given: false,
            errors: Vec::new(),
            done: false,
        }
    }

    /// The same reader with another limit on the length of a line, in bytes before the LF line
    /// end (the default is [`DEFAULT_MAX_LINE_BYTES`]).
    ///
    /// # Example
    /// ```
    /// use social_services::io::jsonl::Reader;
    ///
    /// let text = format!("{{\"dataset\":{{\"format_version\":1,\"note\":\"{}\"}}}}\n", "x".repeat(100));
    /// let mut reader = Reader::new(text.as_bytes()).max_line_bytes(64);
    /// let err = reader.next().unwrap().unwrap_err();
    /// assert_eq!(err.to_string(), "line 1: longer than the limit of 64 bytes");
    /// ```
    #[must_use]
    pub fn max_line_bytes(mut self, limit: usize) -> Self {
        self.max_line_bytes = limit;
        self
    }

    /// The same reader keeping at most `limit` errors under [`ErrorPolicy::SkipAndCollect`]
    /// (the default is [`DEFAULT_MAX_ERRORS`]): at the next error it keeps
    /// [`IoError::TooManyErrors`] instead and stops reading.
    ///
    /// # Example
    /// ```
    /// use social_services::io::jsonl::{ErrorPolicy, Reader};
    ///
    /// let text = "{\"dataset\":{\"format_version\":1}}\nx\ny\nz\n";
    /// let mut reader = Reader::with_policy(text.as_bytes(), ErrorPolicy::SkipAndCollect).max_errors(1);
    /// assert_eq!(reader.by_ref().count(), 0);
    /// let errors: Vec<String> = reader.errors().iter().map(ToString::to_string).collect();
    /// assert_eq!(errors[1], "line 3: more than 1 errors, reading stopped");
    /// assert_eq!(errors.len(), 2);
    /// ```
    #[must_use]
    pub fn max_errors(mut self, limit: usize) -> Self {
        self.max_errors = limit;
        self
    }

    /// The header, once its line has been read.
    ///
    /// # Example
    /// ```
    /// use social_services::io::jsonl::Reader;
    /// let mut reader = Reader::new(&b"{\"dataset\":{\"format_version\":1,\"note\":\"x\"}}\n"[..]);
    /// reader.next();
    /// assert_eq!(reader.header().unwrap().extra["note"], "x");
    /// ```
    pub fn header(&self) -> Option<&DatasetHeader> {
        self.header.as_ref()
    }

    /// The errors kept under [`ErrorPolicy::SkipAndCollect`], in the order found.
    ///
    /// # Example
    /// ```
    /// use social_services::io::jsonl::Reader;
    /// assert!(Reader::new(&b""[..]).errors().is_empty());
    /// ```
    pub fn errors(&self) -> &[IoError] {
        &self.errors
    }

    /// The kept errors, by value.
    ///
    /// # Example
    /// ```
    /// use social_services::io::jsonl::{ErrorPolicy, Reader};
    /// let mut reader = Reader::with_policy(&b""[..], ErrorPolicy::SkipAndCollect);
    /// reader.by_ref().for_each(drop);
    /// assert_eq!(reader.into_errors().len(), 1); // no header
    /// ```
    pub fn into_errors(self) -> Vec<IoError> {
        self.errors
    }

    /// The number of the last line read, from 1 (0 before the first).
    ///
    /// # Example
    /// ```
    /// use social_services::io::jsonl::Reader;
    /// let mut reader = Reader::new(&b"\n{\"dataset\":{\"format_version\":1}}\n"[..]);
    /// reader.next();
    /// assert_eq!(reader.line(), 2);
    /// ```
    pub fn line(&self) -> u64 {
        self.line
    }

    /// Applies the policy to an error: `Some` to yield it, `None` to go on.
    fn fail(&mut self, error: IoError) -> Option<Result<Record, IoError>> {
        match self.policy {
            ErrorPolicy::Stop => {
                self.done = true;
                Some(Err(error))
            }
            ErrorPolicy::SkipAndCollect => {
                if self.errors.len() < self.max_errors {
                    self.errors.push(error);
                } else {
                    let (line, limit) = (self.line, self.max_errors);
                    self.errors.push(IoError::TooManyErrors { line, limit });
                    self.done = true;
                }
                None
            }
        }
    }

    fn missing_header(&mut self, found: String) -> Option<Result<Record, IoError>> {
        self.header_error_given = true;
        let line = self.line;
        self.fail(IoError::MissingHeader { line, found })
    }
}

fn parse_line(bytes: &[u8], line: u64) -> Result<Line, IoError> {
    let text = std::str::from_utf8(bytes).map_err(|e| IoError::JsonLine {
        line,
        column: e.valid_up_to() + 1,
        path: String::new(),
        source: Problem::cause("not UTF-8 text"),
    })?;
    let error = |path: String, e: &serde_json::Error| {
        if is_too_deep(e) {
            IoError::TooDeep {
                line,
                column: e.column(),
                limit: MAX_NESTING,
            }
        } else {
            let message = bare_message(e);
            let source = typed_cause(text.as_bytes(), &path, &message)
                .unwrap_or_else(|| Problem::cause(message));
            IoError::JsonLine {
                line,
                column: e.column(),
                path,
                source,
            }
        }
    };
    let parsed =
        parse_with_path(text.as_bytes()).map_err(|e| error(e.path.to_string(), &e.error))?;
    check_unique_keys(text.as_bytes()).map_err(|d| error(d.path.to_string(), &d.error))?;
    Ok(parsed)
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = Result<Record, IoError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match read_line_bounded(&mut self.source, &mut self.buffer, self.max_line_bytes) {
                Ok(None) => {
                    self.done = true;
                    if self.header.is_none() && !self.header_error_given {
                        self.line += 1;
                        return self.missing_header("the end of the stream".to_owned());
                    }
                    return None;
                }
                Ok(Some(within_limit)) => {
                    self.line += 1;
                    if !within_limit {
                        let (line, limit) = (self.line, self.max_line_bytes);
                        if let Some(yielded) = self.fail(IoError::LineTooLong { line, limit }) {
                            return Some(yielded);
                        }
                        continue;
                    }
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(e.into()));
                }
            }
            let bytes = if self.line == 1 {
                strip_bom(&self.buffer)
            } else {
                &self.buffer
            };
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let parsed = parse_line(bytes, self.line);
            let record = match parsed.map(Line::into_record) {
                Err(e) => {
                    if let Some(yielded) = self.fail(e) {
                        return Some(yielded);
                    }
                    continue;
                }
                Ok(Err(header)) => {
                    if self.header.is_some() || self.header_error_given {
                        let line = self.line;
                        if let Some(yielded) = self.fail(IoError::SecondHeader { line }) {
                            return Some(yielded);
                        }
                    } else {
                        self.header = Some(header);
                    }
                    continue;
                }
                Ok(Ok(record)) => record,
            };
            if self.header.is_none() && !self.header_error_given {
                let found = format!("a record of kind {:?}", record.kind());
                if let Some(yielded) = self.missing_header(found) {
                    return Some(yielded);
                }
            }
            return Some(Ok(record));
        }
        None
    }
}
