//! Reading a file in blocks of whole lines through two reused buffers, and the lines of a
//! block through the fast paths (the normal path for the lines they leave).

use std::io::{ErrorKind, Read};

use memchr::{memchr_iter, memrchr};

use super::csv::{self, Columns};
use super::error::StreamError;
use super::fields::Memo;
use super::{Parsed, Sink, jsonl, reference};

/// The size of a block: large reads, bounded memory.
pub(super) const BLOCK: usize = 1 << 19;

/// The longest line read; no valid attendance row comes near it.
pub(super) const MAX_LINE: usize = 1 << 20;

/// A buffer of bytes read, of which `..complete` are whole lines.
pub(super) struct Block {
    data: Vec<u8>,
    filled: usize,
    complete: usize,
    eof: bool,
}

impl Block {
    /// An empty block of `size` bytes.
    pub(super) fn new(size: usize) -> Self {
        Self {
            data: vec![0; size],
            filled: 0,
            complete: 0,
            eof: false,
        }
    }

    /// The whole lines read (at the end of the stream, the last line too).
    pub(super) fn lines(&self) -> &[u8] {
        &self.data[..self.complete]
    }

    /// The start of a line read after the whole lines.
    pub(super) fn tail(&self) -> &[u8] {
        &self.data[self.complete..self.filled]
    }

    /// Whether the stream ended in this block.
    pub(super) fn is_last(&self) -> bool {
        self.eof
    }

    /// Fills the block with `tail` (the start of a line from the previous block) and then the
    /// stream, until the block is full or the stream ends; `..complete` is then whole lines.
    ///
    /// A line too long for the block grows it, up to [`MAX_LINE`]; `line` is the number of
    /// the first line, for that error.
    pub(super) fn fill(
        &mut self,
        reader: &mut impl Read,
        tail: &[u8],
        line: u64,
    ) -> Result<(), StreamError> {
        if self.data.len() <= tail.len() {
            self.data.resize(tail.len() * 2, 0);
        }
        self.data[..tail.len()].copy_from_slice(tail);
        self.filled = tail.len();
        loop {
            if self.filled == self.data.len() {
                if let Some(newline) = memrchr(b'\n', &self.data[..self.filled]) {
                    self.complete = newline + 1;
                    return Ok(());
                }
                if self.data.len() >= MAX_LINE {
                    return Err(StreamError::LineTooLong {
                        line,
                        limit: MAX_LINE,
                    });
                }
                let grown = (self.data.len() * 2).min(MAX_LINE);
                self.data.resize(grown, 0);
            }
            match reader.read(&mut self.data[self.filled..]) {
                Ok(0) => {
                    self.eof = true;
                    self.complete = self.filled;
                    return Ok(());
                }
                Ok(read) => self.filled += read,
                Err(err) if err.kind() == ErrorKind::Interrupted => {}
                Err(err) => return Err(err.into()),
            }
        }
    }
}

/// What the lines of a file are read as: JSON Lines, or CSV with its header's columns.
#[derive(Debug, Clone, Copy)]
pub(super) enum Shape {
    /// JSON Lines.
    JsonLines,
    /// CSV whose header has been read.
    Csv(Columns),
}

/// Splits off the first line of `lines` (the CSV header) and reads it.
pub(super) fn header(lines: &[u8]) -> Result<(Shape, &[u8]), StreamError> {
    let end = memchr::memchr(b'\n', lines).map_or(lines.len(), |newline| newline + 1);
    let line = lines[..end].strip_suffix(b"\n").unwrap_or(&lines[..end]);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let columns = Columns::of_line(line).map_err(|message| StreamError::Header { message })?;
    Ok((Shape::Csv(columns), &lines[end..]))
}

/// What reading lines needs besides the lines, made once per reader (or per piece) and not
/// per line: the memo of regions and kinds read from their text, the buffer JSON strings are
/// unescaped into, and the `csv` crate's reader for the lines the fast path leaves.
#[derive(Debug, Default)]
pub(super) struct LineState {
    memo: Memo,
    scratch: String,
    fallback: Option<Box<csv::Fallback>>,
}

/// Reads every line of `lines` into `sink`, numbering them from `first`; returns the number of
/// lines.
pub(super) fn read_lines<S: Sink>(
    lines: &[u8],
    layout: Shape,
    first: u64,
    state: &mut LineState,
    sink: &mut S,
) -> Result<u64, StreamError> {
    let mut start = 0;
    let mut number = first;
    let mut read_line = |line: &[u8], number: u64| -> Result<(), StreamError> {
        // A block may hold a longer line than the block reader's limit (the parallel
        // reader's blocks are larger): the same limit for every reader.
        if line.len() >= MAX_LINE {
            return Err(StreamError::LineTooLong {
                line: number,
                limit: MAX_LINE,
            });
        }
        match layout {
            Shape::JsonLines => {
                if let Some(parsed) = jsonl::parse(line, &mut state.memo, &mut state.scratch) {
                    sink.push(parsed, number)
                } else if jsonl::is_blank(line) {
                    Ok(())
                } else {
                    let row = reference::jsonl_line(line, number)?;
                    sink.push(Parsed::of(row), number)
                }
            }
            Shape::Csv(columns) => {
                if let Some(parsed) = csv::parse(line, &columns, &mut state.memo) {
                    sink.push(parsed, number)
                } else {
                    let fallback = state.fallback.get_or_insert_default();
                    fallback.read(line, &columns, number, |row| {
                        sink.push(Parsed::of(row), number)
                    })
                }
            }
        }
    };
    for newline in memchr_iter(b'\n', lines) {
        read_line(&lines[start..newline], number)?;
        number += 1;
        start = newline + 1;
    }
    if start < lines.len() {
        read_line(&lines[start..], number)?;
        number += 1;
    }
    Ok(number - first)
}

/// The next block, being filled while the current one is read: what [`drive`] hands to the
/// function that reads a block's lines, to run after them or beside them.
pub(super) struct Refill<'a, R> {
    reader: &'a mut R,
    next: &'a mut Block,
    tail: &'a [u8],
    line: u64,
}

impl<R: Read> Refill<'_, R> {
    /// Fills the next block with the tail of the current one and then the stream.
    pub(super) fn run(self) -> Result<(), StreamError> {
        self.next.fill(self.reader, self.tail, self.line)
    }
}

/// The one block-reading driver of the sequential and the parallel reader: reads a stream in
/// blocks of `size` bytes through two buffers, reads the CSV header from the first, and hands
/// each block's whole lines to `read` with their layout, the number of their first line and
/// the [`Refill`] of the next block (`None` after the last block). `read` returns the number
/// of lines it read and what the refill returned; line numbers in errors are the file's.
pub(super) fn drive<R: Read>(
    mut reader: R,
    csv_header: bool,
    size: usize,
    mut read: impl FnMut(
        &[u8],
        Shape,
        u64,
        Option<Refill<'_, R>>,
    ) -> (Result<u64, StreamError>, Result<(), StreamError>),
) -> Result<(), StreamError> {
    let mut current = Block::new(size);
    let mut next = Block::new(size);
    let mut layout = (!csv_header).then_some(Shape::JsonLines);
    let mut line = 1;
    current.fill(&mut reader, &[], line)?;
    loop {
        let mut lines = current.lines();
        let layout = if let Some(layout) = layout {
            layout
        } else {
            let (read, rest) = header(lines)?;
            lines = rest;
            line += 1;
            *layout.insert(read)
        };
        let last = current.is_last();
        let refill = (!last).then(|| Refill {
            reader: &mut reader,
            next: &mut next,
            tail: current.tail(),
            // Only for a too-long-line error: the exact number is known once this block's
            // lines are counted.
            line,
        });
        let (parsed, filled) = read(lines, layout, line, refill);
        line += parsed?;
        if last {
            return Ok(());
        }
        filled.map_err(|error| match error {
            StreamError::LineTooLong { limit, .. } => StreamError::LineTooLong { line, limit },
            other => other,
        })?;
        std::mem::swap(&mut current, &mut next);
    }
}

/// Reads a whole stream into one sink, block by block.
pub(super) fn read_all<S: Sink>(reader: impl Read, csv_header: bool) -> Result<S, StreamError> {
    let mut sink = S::default();
    let mut state = LineState::default();
    drive(reader, csv_header, BLOCK, |lines, layout, first, refill| {
        let parsed = read_lines(lines, layout, first, &mut state, &mut sink);
        let filled = match (&parsed, refill) {
            (Ok(_), Some(refill)) => refill.run(),
            _ => Ok(()),
        };
        (parsed, filled)
    })?;
    Ok(sink)
}

/// The rows of one block, handed on before the next block is read (`for_each_block`).
#[cfg(feature = "postgres")]
#[derive(Default)]
pub(super) struct Rows(pub(super) Vec<super::AttendanceRow>);

#[cfg(feature = "postgres")]
impl Sink for Rows {
    fn push(&mut self, parsed: Parsed, _line: u64) -> Result<(), StreamError> {
        self.0.push(parsed.row);
        Ok(())
    }

    fn merge(&mut self, other: Self) -> Result<(), StreamError> {
        self.0.extend(other.0);
        Ok(())
    }
}

/// Reads a whole stream block by block, handing each block's rows to `each` before the next
/// block is read: memory is one block's rows.
#[cfg(feature = "postgres")]
pub(super) fn for_each_block(
    reader: impl Read,
    csv_header: bool,
    mut each: impl FnMut(&[super::AttendanceRow]) -> Result<(), StreamError>,
) -> Result<(), StreamError> {
    let mut rows = Rows::default();
    let mut state = LineState::default();
    drive(reader, csv_header, BLOCK, |lines, layout, first, refill| {
        let parsed = read_lines(lines, layout, first, &mut state, &mut rows)
            .and_then(|n| each(&rows.0).map(|()| n));
        rows.0.clear();
        let filled = match (&parsed, refill) {
            (Ok(_), Some(refill)) => refill.run(),
            _ => Ok(()),
        };
        (parsed, filled)
    })
}
