//! The fast path of the JSON Lines form: one flat object of six string fields read in place,
//! with the serde reader (the normal path) for any line it does not read itself.

use memchr::memchr2;

use super::Parsed;
use super::fields::{self, Memo, csv_text, json_text};
use super::row::AttendanceRow;

/// Whether a byte is JSON white space.
#[inline]
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// The position of the first byte from `at` that is not white space.
#[inline]
fn skip_ws(line: &[u8], mut at: usize) -> usize {
    while at < line.len() && is_ws(line[at]) {
        at += 1;
    }
    at
}

/// The position of the next quote from `at`: strings here are short, so a plain loop beats a
/// vectorised search.
#[inline]
fn quote(line: &[u8], mut at: usize) -> Option<usize> {
    while at < line.len() {
        if line[at] == b'"' {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// The value of four hex digits.
#[inline]
fn hex4(bytes: &[u8]) -> Option<u32> {
    let mut value = 0;
    for &b in bytes.get(..4)? {
        value = value << 4 | char::from(b).to_digit(16)?;
    }
    Some(value)
}

/// Reads a JSON string with escapes from `at` (just after its opening quote) into `out`,
/// unescaped; returns the position of its closing quote. `None` when serde would not read it
/// as a string (a control character, an unknown escape, a lone surrogate, invalid UTF-8).
fn unescape(line: &[u8], mut at: usize, out: &mut String) -> Option<usize> {
    out.clear();
    loop {
        let stop = at + memchr2(b'"', b'\\', &line[at..])?;
        let raw = &line[at..stop];
        if raw.iter().any(|&b| b < 0x20) {
            return None;
        }
        out.push_str(std::str::from_utf8(raw).ok()?);
        if line[stop] == b'"' {
            return Some(stop);
        }
        at = stop + 2;
        let c = match line.get(stop + 1)? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let high = hex4(&line[at..])?;
                at += 4;
                if (0xD800..0xDC00).contains(&high) {
                    if line.get(at..at + 2) != Some(b"\\u") {
                        return None;
                    }
                    let low = hex4(&line[at + 2..])?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return None;
                    }
                    at += 6;
                    char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))?
                } else {
                    char::from_u32(high)?
                }
            }
            _ => return None,
        };
        out.push(c);
    }
}

/// Whether the line is empty or white space only (such lines are skipped).
#[inline]
pub(super) fn is_blank(line: &[u8]) -> bool {
    skip_ws(line, 0) == line.len()
}

/// The fields of the row by their position in [`CSV_HEADER`](super::CSV_HEADER).
#[inline]
fn field_of(key: &[u8]) -> Option<usize> {
    Some(match key {
        b"event" => 0,
        b"date" => 1,
        b"person" => 2,
        b"institution" => 3,
        b"region" => 4,
        b"institution_kind" => 5,
        _ => return None,
    })
}

/// Reads a line laid out exactly as [`AttendanceRow::write_jsonl`] writes it (keys in order, no
/// white space, a hyphenated UUID, `YYYY-MM-DD`, a two-digit code, a canonical kind): fixed
/// offsets, no search.
#[inline]
fn canonical(line: &[u8]) -> Option<Parsed> {
    const EVENT: &[u8] = br#"{"event":""#;
    const DATE: &[u8] = br#"","date":""#;
    const PERSON: &[u8] = br#"","person":""#;
    const INSTITUTION: &[u8] = br#"","institution":""#;
    const REGION: &[u8] = br#"","region":""#;
    const KIND: &[u8] = br#"","institution_kind":""#;
    const END: &[u8] = br#""}"#;
    // Offsets of each literal and value.
    const E: usize = EVENT.len();
    const D: usize = E + 36;
    const P: usize = D + DATE.len() + 10;
    const I: usize = P + PERSON.len() + 36;
    const R: usize = I + INSTITUTION.len() + 36;
    const K: usize = R + REGION.len() + 2;
    const MIN: usize = K + KIND.len() + END.len();
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if line.len() < MIN
        || &line[..E] != EVENT
        || &line[D..D + DATE.len()] != DATE
        || &line[P..P + PERSON.len()] != PERSON
        || &line[I..I + INSTITUTION.len()] != INSTITUTION
        || &line[R..R + REGION.len()] != REGION
        || &line[K..K + KIND.len()] != KIND
        || !line.ends_with(END)
    {
        return None;
    }
    let no_text = |_: &[u8]| None;
    let (institution_kind, slot) =
        fields::known_kind(&line[K + KIND.len()..line.len() - END.len()])?;
    Some(Parsed {
        row: AttendanceRow {
            event: fields::uuid(&line[E..D], no_text)?.into(),
            date: fields::date(&line[D + DATE.len()..P], no_text)?,
            person: fields::uuid(&line[P + PERSON.len()..I], no_text)?.into(),
            institution: fields::uuid(&line[I + INSTITUTION.len()..R], no_text)?.into(),
            region: fields::region(&line[R + REGION.len()..K], no_text)?,
            institution_kind,
        },
        slot,
    })
}

/// Reads one line as an attendance row, or `None` when this path does not read it (an escape
/// in a key, an unknown or repeated key, a value that is not a string, an invalid value …): the
/// caller then reads the line with serde, which accepts it or says why not. Strings with
/// escapes are unescaped into `scratch`.
#[inline]
pub(super) fn parse(line: &[u8], memo: &mut Memo, scratch: &mut String) -> Option<Parsed> {
    if let Some(parsed) = canonical(line) {
        return Some(parsed);
    }
    let mut at = skip_ws(line, 0);
    if line.get(at) != Some(&b'{') {
        return None;
    }
    at = skip_ws(line, at + 1);
    let mut seen = 0u8;
    let (mut event, mut date, mut person, mut institution, mut region, mut kind) =
        (None, None, None, None, None, None);
    loop {
        // "key"
        if line.get(at) != Some(&b'"') {
            return None;
        }
        let key_start = at + 1;
        let key_end = quote(line, key_start)?;
        let field = field_of(&line[key_start..key_end])?;
        if seen & (1 << field) != 0 {
            return None;
        }
        seen |= 1 << field;
        at = skip_ws(line, key_end + 1);
        if line.get(at) != Some(&b':') {
            return None;
        }
        at = skip_ws(line, at + 1);
        // "value"
        if line.get(at) != Some(&b'"') {
            return None;
        }
        let value_start = at + 1;
        // A hyphenated UUID is 36 bytes, a date 10, a code 2: look there first.
        let expected = match field {
            0 | 2 | 3 => 36,
            1 => 10,
            4 => 2,
            _ => 0,
        };
        let (value_end, escaped) =
            if expected > 0 && line.get(value_start + expected) == Some(&b'"') {
                (value_start + expected, false)
            } else {
                let stop = value_start + memchr2(b'"', b'\\', &line[value_start..])?;
                if line[stop] == b'"' {
                    (stop, false)
                } else {
                    (unescape(line, value_start, scratch)?, true)
                }
            };
        // The raw bytes, checked as JSON text; or the unescaped text.
        let (value, text): (&[u8], fields::Text) = if escaped {
            (scratch.as_bytes(), csv_text)
        } else {
            (&line[value_start..value_end], json_text)
        };
        match field {
            0 => event = Some(fields::uuid(value, text)?),
            1 => date = Some(fields::date(value, text)?),
            2 => person = Some(fields::uuid(value, text)?),
            3 => institution = Some(fields::uuid(value, text)?),
            4 => region = Some(memo.region(value, text)?),
            _ => kind = Some(memo.kind(value, text)?),
        }
        at = skip_ws(line, value_end + 1);
        match line.get(at) {
            Some(b',') => at = skip_ws(line, at + 1),
            Some(b'}') => break,
            _ => return None,
        }
    }
    if skip_ws(line, at + 1) != line.len() {
        return None;
    }
    let (institution_kind, slot) = kind?;
    Some(Parsed {
        row: AttendanceRow {
            event: event?.into(),
            date: date?,
            person: person?.into(),
            institution: institution?.into(),
            region: region?,
            institution_kind,
        },
        slot,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINE: &str = r#"{"event":"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11","date":"2024-10-03","person":"0b3c6a43-5f2e-4a51-9bd1-3c4a2f1e0d9a","institution":"9e6a0c1d-2b3f-4d5e-8f70-1a2b3c4d5e6f","region":"71","institution_kind":"family_mfc"}"#;

    fn parse(line: &[u8]) -> Option<Parsed> {
        super::parse(line, &mut Memo::default(), &mut String::new())
    }

    #[test]
    fn reads_the_written_form_as_serde_does() {
        assert!(canonical(LINE.as_bytes()).is_some());
        let parsed = parse(LINE.as_bytes()).unwrap();
        let row: AttendanceRow = serde_json::from_str(LINE).unwrap();
        assert_eq!(parsed.row, row);
        assert_eq!(parsed.slot, Some(2));
    }

    #[test]
    fn reads_white_space_and_any_key_order() {
        let line = r#"  { "region" : "Тульская область", "institution_kind":"СМФЦ","date":"2024-10-03","person":"0b3c6a43-5f2e-4a51-9bd1-3c4a2f1e0d9a","institution":"9e6a0c1d2b3f4d5e8f701a2b3c4d5e6f","event":"6f1c1b2e-8d7a-4c55-9a53-0d8d0e0b6f11" }  "#;
        let row: AttendanceRow = serde_json::from_str(line).unwrap();
        assert_eq!(parse(line.as_bytes()).unwrap().row, row);
    }

    #[test]
    fn reads_escaped_values_as_serde_does() {
        for line in [
            LINE.replace(r#""71""#, r#""7\u0031""#),
            LINE.replace(r#""71""#, r#""\u0422\u0443\u043b\u044c\u0441\u043a\u0430\u044f \u043e\u0431\u043b.""#),
            LINE.replace("family_mfc", r"\u0421\u041c\u0424\u0426"),
            LINE.replace("family_mfc", r#"\u043f\u0440\u0438\u044e\u0442 \"\u0420\u043e\u0441\u0442\u043e\u043a\"\t\ud83d\ude00\/"#),
        ] {
            let row: AttendanceRow = serde_json::from_str(&line).unwrap();
            assert_eq!(parse(line.as_bytes()).unwrap().row, row, "{line}");
        }
        for line in [
            LINE.replace("family_mfc", r"\ud83d"),
            LINE.replace("family_mfc", r"\ude00"),
            LINE.replace("family_mfc", r"\x41"),
            LINE.replace("family_mfc", "fam\tily"),
            LINE.replace("family_mfc", r"\u004"),
        ] {
            assert!(serde_json::from_str::<AttendanceRow>(&line).is_err());
            assert!(parse(line.as_bytes()).is_none(), "{line}");
        }
    }

    #[test]
    fn leaves_escaped_keys_repeats_and_unknown_keys_to_serde() {
        for line in [
            LINE.replace(r#""region""#, r#""regio\u006e""#),
            LINE.replace(r#","region":"71""#, r#","region":"71","region":"71""#),
            LINE.replace(r#""region":"71""#, r#""region":"71","extra":"x""#),
            LINE.replace(r#""region":"71""#, r#""region":71"#),
            LINE.replace('}', "},"),
            LINE.replace(r#","region":"71""#, ""),
        ] {
            assert!(parse(line.as_bytes()).is_none(), "{line}");
        }
    }
}
