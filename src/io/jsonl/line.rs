//! Reading one line of a stream with a bound on its length, without ever holding more of it
//! than the bound.

use std::io::BufRead;

/// Reads the next line of `source` into `buffer`, without its LF: `Ok(None)` at the end of the
/// stream, `Ok(Some(false))` for a line longer than `limit`, which is consumed but not kept.
pub(super) fn read_line_bounded(
    source: &mut impl BufRead,
    buffer: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<Option<bool>> {
    buffer.clear();
    let mut started = false;
    let mut too_long = false;
    loop {
        let available = match source.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(started.then_some(!too_long));
        }
        started = true;
        let end = available.iter().position(|&b| b == b'\n');
        let chunk = &available[..end.unwrap_or(available.len())];
        if !too_long {
            if buffer.len() + chunk.len() > limit {
                too_long = true;
                buffer.clear();
            } else {
                buffer.extend_from_slice(chunk);
            }
        }
        let used = chunk.len() + usize::from(end.is_some());
        source.consume(used);
        if end.is_some() {
            return Ok(Some(!too_long));
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::{BufReader, Read};

    use super::*;

    fn lines(text: &[u8], limit: usize) -> Vec<Option<String>> {
        let mut source = text;
        let mut buffer = Vec::new();
        let mut out = Vec::new();
        while let Some(within) = read_line_bounded(&mut source, &mut buffer, limit).unwrap() {
            out.push(within.then(|| String::from_utf8(buffer.clone()).unwrap()));
        }
        out
    }

    #[test]
    fn reads_each_line_without_its_lf_and_the_last_without_one() {
        assert_eq!(
            lines(b"ab\n\ncd\r\nef", 10),
            [
                Some("ab".into()),
                Some(String::new()),
                Some("cd\r".into()),
                Some("ef".into())
            ]
        );
        assert!(lines(b"", 10).is_empty());
    }

    #[test]
    fn a_line_of_exactly_the_limit_is_read_and_one_byte_more_is_not() {
        assert_eq!(
            lines(b"abcd\nabcde\nab\n", 4),
            [Some("abcd".into()), None, Some("ab".into())]
        );
    }

    #[test]
    fn a_line_over_the_limit_is_consumed_without_being_held() {
        // A 10 MiB line read with a 1 MiB limit, through an 8 KiB buffer.
        let long = std::io::repeat(b'x').take(10 << 20);
        let mut source = BufReader::new(long.chain(&b"\nnext\n"[..]));
        let mut buffer = Vec::new();
        assert_eq!(
            read_line_bounded(&mut source, &mut buffer, 1 << 20).unwrap(),
            Some(false)
        );
        assert!(buffer.capacity() <= 2 << 20, "{}", buffer.capacity());
        assert_eq!(
            read_line_bounded(&mut source, &mut buffer, 1 << 20).unwrap(),
            Some(true)
        );
        assert_eq!(buffer, b"next");
    }
}
