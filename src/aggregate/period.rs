//! Whether a record with optional opening and closing dates is open on a day.

use chrono::NaiveDate;

use crate::values::{KnownDate, PartialDate};

/// Whether something opened at `opened` and closed at `closed` (either unknown) is open on
/// `date`: it may have opened by the day (an unknown opening, or one known only to be no later
/// than something, counts as long ago), and it is known not to have closed by then (see
/// [`not_closed_on`]).
pub(crate) fn open_on(
    opened: Option<KnownDate>,
    closed: Option<KnownDate>,
    date: NaiveDate,
) -> bool {
    opened.is_none_or(|o| o.may_have_come_by(date)) && not_closed_on(closed, date)
}

/// Whether a closing at `closed` (`None`: not closed) had surely not come by `date`, the
/// cautious reading: a closing known only to the month or year closes from the first day of
/// that period, and one known only to be no later than something may already have come.
pub(crate) fn not_closed_on(closed: Option<KnownDate>, date: NaiveDate) -> bool {
    closed.is_none_or(|c| !c.may_have_come_by(date))
}

/// Whether a closing at `closed` may have come by `date` (the family MFCs an ordinal no longer
/// implies): the opposite of [`not_closed_on`].
pub(crate) fn may_have_closed_by(closed: Option<KnownDate>, date: NaiveDate) -> bool {
    !not_closed_on(closed, date)
}

/// Whether something is counted as open on `date`: it has an opening date of its own (a day,
/// month or year, not a bound) whose last day is on or before the day (an opening known only
/// to the year counts from 31 December, so only what is known to have opened is counted; an
/// unknown or bounded opening is never counted), and it had not closed by then (as in
/// [`open_on`]).
pub(crate) fn known_open_on(
    opened: Option<KnownDate>,
    closed: Option<KnownDate>,
    date: NaiveDate,
) -> bool {
    opened
        .and_then(|o| o.on())
        .is_some_and(|o| o.last_day() <= date)
        && not_closed_on(closed, date)
}

/// Whether something is known to be open on `date` from its own dates, a bound included: its
/// opening is known to have come by the day (on a date whose last day is on or before it, or
/// no later than one), and it had not closed by then. Never false where [`known_open_on`] is
/// true.
pub(crate) fn bounded_open_on(
    opened: Option<KnownDate>,
    closed: Option<KnownDate>,
    date: NaiveDate,
) -> bool {
    opened.is_some_and(|o| o.known_by(date)) && not_closed_on(closed, date)
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
    fn k(s: &str) -> Option<KnownDate> {
        Some(s.parse().unwrap())
    }
    #[allow(clippy::unnecessary_wraps)]
    fn p(s: &str) -> Option<PartialDate> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn unknown_dates_are_open() {
        assert!(open_on(None, None, d("2024-10-03")));
    }

    #[test]
    fn opens_on_its_first_day_and_is_closed_from_its_closing_day() {
        assert!(open_on(k("2024-10-03"), None, d("2024-10-03")));
        assert!(!open_on(k("2024-10-04"), None, d("2024-10-03")));
        assert!(!open_on(None, k("2024-10-03"), d("2024-10-03")));
        assert!(!open_on(None, k("2024"), d("2024-06-01")));
    }

    #[test]
    fn a_bounded_opening_or_closing_is_read_cautiously() {
        // Opened no later than 2025: may have opened long ago.
        assert!(open_on(k("не позднее 2025"), None, d("2020-01-01")));
        // Opened no earlier than 2025: not open before it.
        assert!(!open_on(k("не ранее 2025"), None, d("2024-12-31")));
        assert!(open_on(k("не ранее 2025"), None, d("2025-01-01")));
        // Closed no later than 2025: may already have closed on any day.
        assert!(!open_on(None, k("не позднее 2025"), d("2020-01-01")));
        assert!(may_have_closed_by(k("не позднее 2025"), d("2020-01-01")));
        // Closed no earlier than 2025: surely open before it.
        assert!(open_on(None, k("не ранее 2025"), d("2024-12-31")));
        assert!(!open_on(None, k("не ранее 2025"), d("2025-01-01")));
    }

    #[test]
    fn counts_as_open_only_what_is_known_to_have_opened() {
        assert!(!known_open_on(None, None, d("2024-10-03")));
        assert!(!known_open_on(k("2024"), None, d("2024-12-30")));
        assert!(known_open_on(k("2024"), None, d("2024-12-31")));
        assert!(known_open_on(k("2024-10-03"), None, d("2024-10-03")));
        assert!(!known_open_on(k("2023"), k("2024-10"), d("2024-10-01")));
        assert!(known_open_on(k("2023"), k("2024-10"), d("2024-09-30")));
    }

    #[test]
    fn a_bound_counts_towards_the_bound_never_the_count() {
        let by = k("не позднее 2023-05");
        assert!(!known_open_on(by, None, d("2030-01-01")));
        assert!(!bounded_open_on(by, None, d("2023-05-30")));
        assert!(bounded_open_on(by, None, d("2023-05-31")));
        assert!(!bounded_open_on(k("не ранее 2023"), None, d("2030-01-01")));
        assert!(bounded_open_on(k("2023"), None, d("2023-12-31")));
    }

    #[test]
    fn a_post_ending_in_a_month_is_held_to_its_last_day() {
        assert!(held_on(p("2023"), p("2024-09"), d("2024-09-30")));
        assert!(!held_on(p("2023"), p("2024-09"), d("2024-10-01")));
        assert!(!held_on(p("2025"), None, d("2024-10-01")));
    }

    proptest::proptest! {
        #[test]
        fn what_is_counted_is_within_the_bound_and_open(
            opened in proptest::option::of(proptest::prelude::any::<KnownDate>()),
            closed in proptest::option::of(proptest::prelude::any::<KnownDate>()),
            date in proptest::prelude::any::<PartialDate>(),
        ) {
            let date = date.first_day();
            if known_open_on(opened, closed, date) {
                proptest::prop_assert!(bounded_open_on(opened, closed, date));
            }
            if bounded_open_on(opened, closed, date) {
                proptest::prop_assert!(open_on(opened, closed, date));
            }
        }
    }
}
