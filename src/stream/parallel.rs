//! Parallel reading: each block of whole lines split into pieces read on rayon's threads, each
//! into its own partial result, merged in order — while the next block is being read.

use std::io::Read;

use memchr::memchr;
use rayon::prelude::*;

use super::Sink;
use super::error::StreamError;
use super::reader::{BLOCK, LineState, Refill, Shape, drive, read_lines};

/// How many pieces a block is cut into: enough for the threads to balance.
const PIECES_PER_THREAD: usize = 4;

/// The block size of the parallel reader.
const PARALLEL_BLOCK: usize = 4 * BLOCK;

/// Moves a line number in an error by `by` lines.
fn shifted(error: StreamError, by: u64) -> StreamError {
    match error {
        StreamError::Row {
            line,
            column,
            field,
            message,
        } => StreamError::Row {
            line: line + by,
            column,
            field,
            message,
        },
        StreamError::LineTooLong { line, limit } => StreamError::LineTooLong {
            line: line + by,
            limit,
        },
        other => other,
    }
}

/// `lines` cut into about `count` pieces at line ends.
fn pieces(lines: &[u8], count: usize) -> Vec<&[u8]> {
    let mut pieces = Vec::with_capacity(count);
    let mut start = 0;
    let size = lines.len().div_ceil(count.max(1)).max(1);
    while start < lines.len() {
        let guess = (start + size).min(lines.len());
        let end = if guess == lines.len() {
            guess
        } else {
            memchr(b'\n', &lines[guess..]).map_or(lines.len(), |newline| guess + newline + 1)
        };
        pieces.push(&lines[start..end]);
        start = end;
    }
    pieces
}

/// Reads whole lines in parallel into one sink, numbering them from `first`; returns the sink
/// of these lines and their number.
fn read_parallel<S: Sink>(
    lines: &[u8],
    layout: Shape,
    first: u64,
) -> Result<(S, u64), StreamError> {
    let count = rayon::current_num_threads() * PIECES_PER_THREAD;
    let results: Vec<Result<(S, u64), StreamError>> = pieces(lines, count)
        .into_par_iter()
        .map(|piece| {
            let mut sink = S::default();
            let mut state = LineState::default();
            read_lines(piece, layout, 1, &mut state, &mut sink).map(|lines| (sink, lines))
        })
        .collect();
    let mut sink = S::default();
    let mut line = first;
    for result in results {
        let (piece, lines) = result.map_err(|error| shifted(error, line - 1))?;
        sink.merge(piece)?;
        line += lines;
    }
    Ok((sink, line - first))
}

/// Reads a whole stream into one sink on rayon's threads.
pub(super) fn read_all<S: Sink>(
    reader: impl Read + Send,
    csv_header: bool,
) -> Result<S, StreamError> {
    let mut sink = S::default();
    drive(
        reader,
        csv_header,
        PARALLEL_BLOCK,
        |lines, layout, first, refill| {
            let (parsed, filled) = rayon::join(
                || read_parallel::<S>(lines, layout, first),
                || refill.map_or(Ok(()), Refill::run),
            );
            let parsed = parsed.and_then(|(piece, lines)| {
                sink.merge(piece)?;
                Ok(lines)
            });
            (parsed, filled)
        },
    )?;
    Ok(sink)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_at_line_ends_and_keeps_every_byte() {
        let text = b"a\nbb\nccc\ndddd\ne";
        for count in 1..8 {
            let cut = pieces(text, count);
            assert_eq!(cut.concat(), text);
            for piece in &cut[..cut.len() - 1] {
                assert!(piece.ends_with(b"\n"));
            }
        }
        assert!(pieces(b"", 3).is_empty());
    }
}
