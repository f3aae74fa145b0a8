//! Reading the accepted subset of OpenStreetMap `opening_hours`.

use chrono::Weekday;

use super::interval::DAY_MINUTES;
use super::{ScheduleErrorKind, TimeInterval, WEEK};

/// The hours of each day, Monday first.
type Days = [Vec<TimeInterval>; 7];

/// Reads `input` into per-day hours (sorted, apart, not touching).
pub(super) fn parse(input: &str) -> Result<Days, ScheduleErrorKind> {
    if input.trim().is_empty() {
        return Err(ScheduleErrorKind::Empty);
    }
    let mut days: Days = Default::default();
    for (index, rule) in input.split(';').enumerate() {
        let rule = rule.trim();
        if rule.is_empty() {
            return Err(ScheduleErrorKind::EmptyRule { number: index + 1 });
        }
        if let Some(comment) = quoted(rule) {
            return Err(unsupported(comment));
        }
        if rule == "24/7" {
            days = std::array::from_fn(|_| vec![TimeInterval::whole_day()]);
            continue;
        }
        let first_word = rule.split_whitespace().next().unwrap_or(rule);
        let (selected, hours) =
            if first_word == "off" || first_word.starts_with(|c: char| c.is_ascii_digit()) {
                ([true; 7], rule)
            } else {
                let selected = read_days(first_word)?;
                let hours = rule[first_word.len()..].trim_start();
                if hours.is_empty() {
                    return Err(ScheduleErrorKind::MissingHours {
                        rule: rule.to_owned(),
                    });
                }
                (selected, hours)
            };
        let first_day = WEEK[selected.iter().position(|&s| s).unwrap_or(0)];
        let intervals = read_hours(hours, first_day)?;
        let intervals = normalize(first_day, intervals)?;
        for (day, &chosen) in days.iter_mut().zip(&selected) {
            if chosen {
                day.clone_from(&intervals);
            }
        }
    }
    Ok(days)
}

fn unsupported(token: &str) -> ScheduleErrorKind {
    ScheduleErrorKind::Unsupported {
        token: token.to_owned(),
    }
}

/// The first comment (`"…"`, or from `"` to the end if unclosed) in `rule`, if any.
fn quoted(rule: &str) -> Option<&str> {
    let open = rule.find('"')?;
    let close = rule[open + 1..]
        .find('"')
        .map_or(rule.len(), |c| open + 1 + c + 1);
    Some(&rule[open..close])
}

/// Reads a day selector (`Mo-Fr`, `Mo,We,Fr`, `Mo-We,Fr`, `Sa-Mo`) into the chosen days.
fn read_days(token: &str) -> Result<[bool; 7], ScheduleErrorKind> {
    let format_error = || ScheduleErrorKind::DayFormat {
        token: token.to_owned(),
    };
    let day = |code: &str| {
        if code.is_empty() {
            return Err(format_error());
        }
        ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
            .iter()
            .position(|c| *c == code)
            .ok_or_else(|| unsupported(code))
    };
    let mut chosen = [false; 7];
    for piece in token.split(',') {
        let mut ends = piece.splitn(3, '-');
        let first = day(ends.next().unwrap_or(""))?;
        let last = match ends.next() {
            None => first,
            Some(last) => day(last)?,
        };
        if ends.next().is_some() {
            return Err(format_error());
        }
        let mut d = first;
        loop {
            chosen[d] = true;
            if d == last {
                break;
            }
            d = (d + 1) % 7;
        }
    }
    Ok(chosen)
}

/// Reads `off` or a comma-separated list of intervals given for `day` (and maybe others).
fn read_hours(text: &str, day: Weekday) -> Result<Vec<TimeInterval>, ScheduleErrorKind> {
    if text == "off" {
        return Ok(Vec::new());
    }
    text.split(',')
        .map(|piece| {
            let piece = piece.trim();
            let mut words = piece.split_whitespace();
            if let (Some(first), Some(second)) = (words.next(), words.next()) {
                // A second rule, a modifier or a comment after the hours.
                let odd = if interval_shape(first).is_some() {
                    second
                } else {
                    first
                };
                return Err(unsupported(odd));
            }
            read_interval(piece, day)
        })
        .collect()
}

/// The four numbers of `HH:MM-HH:MM`, if `piece` has exactly that shape.
fn interval_shape(piece: &str) -> Option<[u16; 4]> {
    let b = piece.as_bytes();
    if b.len() != 11 || b[2] != b':' || b[5] != b'-' || b[8] != b':' {
        return None;
    }
    let two = |i: usize| {
        let (h, l) = (b[i].wrapping_sub(b'0'), b[i + 1].wrapping_sub(b'0'));
        (h < 10 && l < 10).then(|| u16::from(h) * 10 + u16::from(l))
    };
    Some([two(0)?, two(3)?, two(6)?, two(9)?])
}

/// Reads one `HH:MM-HH:MM` interval given for `day`.
fn read_interval(piece: &str, day: Weekday) -> Result<TimeInterval, ScheduleErrorKind> {
    let Some([h1, m1, h2, m2]) = interval_shape(piece) else {
        let osm_only = piece.starts_with(|c: char| c.is_ascii_alphabetic()) && piece != "off"
            || piece.contains(['+', '/', '(', '[']);
        return Err(if osm_only {
            unsupported(piece)
        } else {
            ScheduleErrorKind::IntervalFormat {
                token: piece.to_owned(),
            }
        });
    };
    let minutes = |h: u16, m: u16, text: &str| {
        let t = h * 60 + m;
        if m < 60 && t <= DAY_MINUTES {
            Ok(t)
        } else {
            Err(ScheduleErrorKind::NoSuchTime {
                time: text.to_owned(),
            })
        }
    };
    let start = minutes(h1, m1, &piece[..5])?;
    let end = minutes(h2, m2, &piece[6..])?;
    let interval = || piece.to_owned();
    if end < start {
        return Err(ScheduleErrorKind::EndsBeforeStart {
            interval: interval(),
            day,
        });
    }
    if end == start {
        return Err(ScheduleErrorKind::EmptyInterval {
            interval: interval(),
            day,
        });
    }
    Ok(TimeInterval::from_checked(start, end))
}

/// Sorts a day's intervals, rejects overlaps and merges touching ones.
pub(super) fn normalize(
    day: Weekday,
    mut intervals: Vec<TimeInterval>,
) -> Result<Vec<TimeInterval>, ScheduleErrorKind> {
    intervals.sort_unstable();
    let mut merged: Vec<TimeInterval> = Vec::with_capacity(intervals.len());
    for next in intervals {
        match merged.last_mut() {
            Some(last) if last.overlaps(next) => {
                return Err(ScheduleErrorKind::Overlap {
                    first: *last,
                    second: next,
                    day,
                });
            }
            Some(last) if last.end_minutes() == next.start_minutes() => {
                *last = last.with_end(next.end_minutes());
            }
            _ => merged.push(next),
        }
    }
    Ok(merged)
}
