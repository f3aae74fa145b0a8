//! Parallel reading of a file on disk: each thread reads its own ranges of the file with
//! positional reads (so the copying out of the page cache is shared too) and parses them, and
//! the partial results are merged in file order.

use std::fs::File;
use std::io::{self, ErrorKind};
use std::path::Path;

use memchr::{memchr, memrchr};
use rayon::prelude::*;

use super::error::StreamError;
use super::reader::{LineState, MAX_LINE, Shape, header, read_lines};
use super::{Format, Sink};

/// The size of the range of the file each task reads.
const RANGE: u64 = 4 << 20;

/// Reads `buf.len()` bytes at `offset`, fewer only at the end of the file.
#[cfg(unix)]
fn read_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<usize> {
    use std::os::unix::fs::FileExt;
    let mut filled = 0;
    while filled < buf.len() {
        match file.read_at(&mut buf[filled..], offset + filled as u64) {
            Ok(0) => break,
            Ok(read) => filled += read,
            Err(err) if err.kind() == ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    Ok(filled)
}

/// Reads `buf.len()` bytes at `offset`, fewer only at the end of the file.
#[cfg(windows)]
fn read_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<usize> {
    use std::os::windows::fs::FileExt;
    let mut filled = 0;
    while filled < buf.len() {
        match file.seek_read(&mut buf[filled..], offset + filled as u64) {
            Ok(0) => break,
            Ok(read) => filled += read,
            Err(err) if err.kind() == ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    Ok(filled)
}

/// The lines that start in `start..end` of the file (a line that starts at `start - 1`'s
/// newline belongs here, one that starts before it does not), read into `buf`; returns their
/// bytes within `buf`.
fn lines_of(
    file: &File,
    start: u64,
    end: u64,
    len: u64,
    buf: &mut Vec<u8>,
) -> io::Result<(usize, usize)> {
    // One byte before the range tells whether a line starts at `start`.
    let from = start.saturating_sub(1);
    let size = usize::try_from(end - from).unwrap_or(usize::MAX);
    buf.resize(size, 0);
    let read = read_at(file, buf, from)?;
    buf.truncate(read);
    let first = if start == 0 {
        0
    } else {
        match memchr(b'\n', buf) {
            Some(newline) => newline + 1,
            // No line starts in this range.
            None => return Ok((0, 0)),
        }
    };
    if first >= buf.len() && end < len {
        return Ok((0, 0));
    }
    // Complete the last line, reading on past the range until its newline.
    if end < len && buf.last() != Some(&b'\n') {
        let mut at = end;
        let line_start = memrchr(b'\n', &buf[first..]).map_or(first, |newline| first + newline + 1);
        loop {
            let old = buf.len();
            if old - line_start >= MAX_LINE {
                // Long enough for the line reader to refuse it, at its own number.
                break;
            }
            buf.resize(old + (64 << 10), 0);
            let read = read_at(file, &mut buf[old..], at)?;
            buf.truncate(old + read);
            if read == 0 {
                break;
            }
            if let Some(newline) = memchr(b'\n', &buf[old..]) {
                buf.truncate(old + newline + 1);
                break;
            }
            at += read as u64;
        }
    }
    Ok((first, buf.len()))
}

/// Reads a whole file into one sink: its ranges read and parsed on rayon's threads.
pub(super) fn read_file<S: Sink>(path: &Path, format: Format) -> Result<S, StreamError> {
    read_file_in(path, format, RANGE)
}

/// [`read_file`] with ranges of `range` bytes.
fn read_file_in<S: Sink>(path: &Path, format: Format, range: u64) -> Result<S, StreamError> {
    let file = File::open(path)?;
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        // A FIFO or a device has no length to cut into ranges: read it as a stream.
        return super::parallel::read_all(file, format == Format::Csv);
    }
    let len = metadata.len();
    // The CSV header, from the start of the file.
    let (layout, body_start) = match format {
        Format::JsonLines => (Shape::JsonLines, 0),
        Format::Csv => {
            let mut buf = vec![0; usize::try_from(len.min(MAX_LINE as u64)).unwrap_or(MAX_LINE)];
            let read = read_at(&file, &mut buf, 0)?;
            buf.truncate(read);
            let (layout, rest) = header(&buf)?;
            (layout, (buf.len() - rest.len()) as u64)
        }
    };
    let first_line = if format == Format::Csv { 2 } else { 1 };
    let range = range.max(1);
    let ranges: Vec<(u64, u64)> = (body_start..len)
        .step_by(usize::try_from(range).unwrap_or(usize::MAX))
        .map(|start| (start, start.saturating_add(range).min(len)))
        .collect();
    let results: Vec<Result<(S, u64), StreamError>> = ranges
        .into_par_iter()
        .map_init(
            || (Vec::new(), LineState::default()),
            |(buf, state), (start, end)| {
                let (first, last) = lines_of(&file, start, end, len, buf)?;
                let mut sink = S::default();
                let lines = read_lines(&buf[first..last], layout, 1, state, &mut sink)?;
                Ok((sink, lines))
            },
        )
        .collect();
    let mut sink = S::default();
    let mut line = first_line;
    for result in results {
        let (piece, lines) = result.map_err(|error| match error {
            StreamError::Row {
                line: local,
                column,
                field,
                message,
            } => StreamError::Row {
                line: line + local - 1,
                column,
                field,
                message,
            },
            StreamError::LineTooLong { line: local, limit } => StreamError::LineTooLong {
                line: line + local - 1,
                limit,
            },
            other => other,
        })?;
        sink.merge(piece)?;
        line += lines;
    }
    Ok(sink)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aggregate::AttendanceByRegionKind;
    use crate::records::InstitutionKind;
    use crate::stream::{AttendanceRow, AttendanceTable, EXAMPLE_CSV, reader};
    use crate::values::RegionCode;

    /// A file of `rows` rows in both forms, regions and kinds varying, one bad row maybe.
    fn files(rows: usize, bad: Option<usize>) -> (std::path::PathBuf, std::path::PathBuf) {
        let template: AttendanceRow = {
            let table = crate::stream::load(EXAMPLE_CSV.as_bytes(), Format::Csv).unwrap();
            table.row(0)
        };
        let (mut jsonl, mut csv) = (Vec::new(), Vec::new());
        crate::stream::write_csv_header(&mut csv);
        for i in 0..rows {
            let mut row = template.clone();
            row.region = RegionCode::from_index(i % RegionCode::COUNT).unwrap();
            row.institution_kind = if i % 7 == 0 {
                InstitutionKind::Other(format!("приют {}", i % 3))
            } else {
                InstitutionKind::Kcson
            };
            let (j, c) = (jsonl.len(), csv.len());
            row.write_jsonl(&mut jsonl);
            row.write_csv(&mut csv);
            if bad == Some(i) {
                let text = String::from_utf8(jsonl[j..].to_vec())
                    .unwrap()
                    .replace(r#""region":""#, r#""region":"9"#);
                jsonl.truncate(j);
                jsonl.extend_from_slice(text.as_bytes());
                let text = String::from_utf8(csv[c..].to_vec()).unwrap().replacen(
                    ",2024",
                    ",2023-02-29x",
                    1,
                );
                csv.truncate(c);
                csv.extend_from_slice(text.as_bytes());
            }
        }
        let dir = std::env::temp_dir();
        let id = format!("{}-{rows}-{bad:?}", std::process::id());
        let (a, b) = (
            dir.join(format!("att-{id}.jsonl")),
            dir.join(format!("att-{id}.csv")),
        );
        std::fs::write(&a, jsonl).unwrap();
        std::fs::write(&b, csv).unwrap();
        (a, b)
    }

    #[test]
    fn ranges_of_any_size_give_the_sequential_answer_and_rows() {
        let (jsonl, csv) = files(600, None);
        for (path, format) in [(&jsonl, Format::JsonLines), (&csv, Format::Csv)] {
            let text = std::fs::read(path).unwrap();
            let expected: AttendanceByRegionKind =
                reader::read_all(&text[..], format == Format::Csv).unwrap();
            let rows: AttendanceTable = reader::read_all(&text[..], format == Format::Csv).unwrap();
            assert_eq!(expected.total(), 600);
            for range in [7, 50, 333, 4096, RANGE] {
                let answer: AttendanceByRegionKind = read_file_in(path, format, range).unwrap();
                assert_eq!(answer, expected, "{format:?} in ranges of {range}");
                let table: AttendanceTable = read_file_in(path, format, range).unwrap();
                assert_eq!(
                    (0..table.len()).map(|i| table.row(i)).collect::<Vec<_>>(),
                    (0..rows.len()).map(|i| rows.row(i)).collect::<Vec<_>>()
                );
            }
        }
        let _ = (std::fs::remove_file(jsonl), std::fs::remove_file(csv));
    }

    #[test]
    fn reports_the_first_bad_line_as_the_sequential_reader_does() {
        let (jsonl, csv) = files(300, Some(211));
        for (path, format) in [(&jsonl, Format::JsonLines), (&csv, Format::Csv)] {
            let text = std::fs::read(path).unwrap();
            let expected =
                reader::read_all::<AttendanceByRegionKind>(&text[..], format == Format::Csv)
                    .unwrap_err()
                    .to_string();
            for range in [50, 333, RANGE] {
                let error = read_file_in::<AttendanceByRegionKind>(path, format, range)
                    .unwrap_err()
                    .to_string();
                assert_eq!(error, expected);
            }
        }
        let _ = (std::fs::remove_file(jsonl), std::fs::remove_file(csv));
    }
}
