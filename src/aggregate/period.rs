//! Whether a record with optional opening and closing dates is open on a day.

use chrono::NaiveDate;

use crate::values::PartialDate;

/// Whether something opened at `opened` and closed at `closed` (either unknown) is open on
/// `date`: it opened on or before the day (an unknown opening counts as long ago), and it had
/// not closed by then (a closing date known only to the month or year closes it from the first
/// day of that period, the cautious reading).
pub(crate) fn open_on(
    opened: Option<PartialDate>,
    closed: Option<PartialDate>,
    date: NaiveDate,
) -> bool {
    let has_opened = opened.is_none_or(|o| o.first_day() <= date);
    let not_closed = closed.is_none_or(|c| c.first_day() > date);
    has_opened && not_closed
}

/// Whether something opened at `opened` and closed at `closed` is known to be open on
/// `date`: its opening date's last day is on or before the day (an opening known only to the
/// year counts from 31 December, so only what is known to have opened is counted; an unknown
/// opening is never counted), and it had not closed by then (as in [`open_on`]).
pub(crate) fn known_open_on(
    opened: Option<PartialDate>,
    closed: Option<PartialDate>,
    date: NaiveDate,
) -> bool {
    opened.is_some_and(|o| o.last_day() <= date) && closed.is_none_or(|c| c.first_day() > date)
}

/// Whether a post held from `start` to `end` (either unknown) is held on `date`: it began on
/// or before the day (unknown: long ago) and had not ended before it (unknown: still held; an
/// end known only to the month or year counts to the last day of that period).
pub(crate) fn held_on(
    start: Option<PartialDate>,
    end: Option<PartialDate>,
    date: NaiveDate,
) -> bool {
    start.is_none_or(|s| s.first_day() <= date) && end.is_none_or(|e| e.last_day() >= date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }
    #[allow(clippy::unnecessary_wraps)] // reads as the optional dates it stands for
    fn p(s: &str) -> Option<PartialDate> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn unknown_dates_are_open() {
        assert!(open_on(None, None, d("2024-10-03")));
    }

    #[test]
    fn opens_on_its_first_day_and_is_closed_from_its_closing_day() {
        assert!(open_on(p("2024-10-03"), None, d("2024-10-03")));
        assert!(!open_on(p("2024-10-04"), None, d("2024-10-03")));
        assert!(!open_on(None, p("2024-10-03"), d("2024-10-03")));
        assert!(!open_on(None, p("2024"), d("2024-06-01")));
    }

    #[test]
    fn counts_as_open_only_what_is_known_to_have_opened() {
        assert!(!known_open_on(None, None, d("2024-10-03")));
        assert!(!known_open_on(p("2024"), None, d("2024-12-30")));
        assert!(known_open_on(p("2024"), None, d("2024-12-31")));
        assert!(known_open_on(p("2024-10-03"), None, d("2024-10-03")));
        assert!(!known_open_on(p("2023"), p("2024-10"), d("2024-10-01")));
        assert!(known_open_on(p("2023"), p("2024-10"), d("2024-09-30")));
    }

    #[test]
    fn a_post_ending_in_a_month_is_held_to_its_last_day() {
        assert!(held_on(p("2023"), p("2024-09"), d("2024-09-30")));
        assert!(!held_on(p("2023"), p("2024-09"), d("2024-10-01")));
        assert!(!held_on(p("2025"), None, d("2024-10-01")));
    }
}
