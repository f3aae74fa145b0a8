//! Sums of stated figures that keep their qualifier: «более 250» + 40 is «более 290».

use crate::records::{FigureScope, Measure, Qualifier, StatedCount};
use crate::registry::Registry;

/// The latest count of `measure` stated for `scope` as a [`StatedFigure`](crate::StatedFigure),
/// by the last day it can hold at; a figure with no date (or dated only «не ранее») only when
/// no other is. Ordinals are not counts and are passed over.
pub(crate) fn latest_stated(
    registry: &Registry,
    measure: &Measure,
    scope: FigureScope,
) -> Option<StatedCount> {
    registry
        .stated(measure, scope)
        .filter_map(|f| Some((f.last_day(), f.value.count()?)))
        .max_by_key(|&(day, _)| day)
        .map(|(_, count)| count)
}

/// A running total of [`StatedCount`]s that keeps what is known about the true number.
///
/// Adding counts adds their numbers and joins their qualifiers: exact figures keep a qualified
/// one as it is (`более 250` + `40` = `более 290`); figures qualified the same way keep the
/// qualifier (`более 250` + `более 40` = `более 290`, `до 30` + `до 18` = `до 48`); figures
/// qualified differently give `около` (`более 250` + `до 40` = `около 290`), since neither bound
/// survives. The join is associative and commutative with the exact zero as identity, so totals
/// computed per shard merge into the same answer as one pass.
///
/// # Example
/// ```
/// use social_services::{aggregate::StatedTotal, records::StatedCount};
///
/// let mut total = StatedTotal::default();
/// total.add("более 250".parse()?);
/// total.add(StatedCount::exact(40));
/// assert_eq!(total.to_string(), "более 290");
/// # Ok::<(), social_services::RecordError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(into = "StatedCount")]
pub struct StatedTotal {
    qualifier: Qualifier,
    value: u64,
}

impl Default for StatedTotal {
    /// The exact zero: the identity of [`StatedTotal::merge`].
    fn default() -> Self {
        Self {
            qualifier: Qualifier::Exact,
            value: 0,
        }
    }
}

/// The join of two qualifiers (see [`StatedTotal`]).
fn join(a: Qualifier, b: Qualifier) -> Qualifier {
    match (a, b) {
        (a, b) if a == b => a,
        (Qualifier::Exact, other) | (other, Qualifier::Exact) => other,
        _ => Qualifier::About,
    }
}

impl StatedTotal {
    /// Adds one stated count.
    ///
    /// # Example
    /// ```
    /// use social_services::{aggregate::StatedTotal, records::StatedCount};
    /// let mut t = StatedTotal::default();
    /// t.add(StatedCount::exact(13));
    /// assert_eq!(t.total(), StatedCount::exact(13));
    /// ```
    pub fn add(&mut self, count: StatedCount) {
        self.qualifier = join(self.qualifier, count.qualifier());
        self.value = self.value.saturating_add(count.value());
    }

    /// Adds everything counted by another total (associative and commutative).
    ///
    /// # Example
    /// ```
    /// use social_services::{aggregate::StatedTotal, records::StatedCount};
    /// let mut a = StatedTotal::from(StatedCount::more_than(250));
    /// a.merge(StatedTotal::from(StatedCount::exact(40)));
    /// assert_eq!(a.to_string(), "более 290");
    /// ```
    pub fn merge(&mut self, other: StatedTotal) {
        self.add(other.total());
    }

    /// The total as a stated count.
    ///
    /// # Example
    /// ```
    /// use social_services::{aggregate::StatedTotal, records::StatedCount};
    /// assert_eq!(StatedTotal::default().total(), StatedCount::exact(0));
    /// ```
    pub fn total(self) -> StatedCount {
        StatedCount::new(self.qualifier, self.value)
    }
}

impl From<StatedCount> for StatedTotal {
    fn from(count: StatedCount) -> Self {
        Self {
            qualifier: count.qualifier(),
            value: count.value(),
        }
    }
}

impl From<StatedTotal> for StatedCount {
    fn from(total: StatedTotal) -> Self {
        total.total()
    }
}

impl FromIterator<StatedCount> for StatedTotal {
    fn from_iter<I: IntoIterator<Item = StatedCount>>(iter: I) -> Self {
        let mut total = Self::default();
        for count in iter {
            total.add(count);
        }
        total
    }
}

impl std::fmt::Display for StatedTotal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.total().fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn total(counts: &[&str]) -> String {
        counts
            .iter()
            .map(|c| c.parse::<StatedCount>().unwrap())
            .collect::<StatedTotal>()
            .to_string()
    }

    #[test]
    fn more_than_plus_exact_is_more_than_the_sum() {
        assert_eq!(total(&["более 250", "40"]), "более 290");
    }

    #[test]
    fn same_qualifiers_keep_it() {
        assert_eq!(total(&["до 30", "до 18"]), "до 48");
        assert_eq!(total(&["почти 150000", "почти 1000"]), "почти 151000");
    }

    #[test]
    fn mixed_bounds_become_about() {
        assert_eq!(total(&["более 250", "до 40"]), "около 290");
        assert_eq!(total(&["около 10", "5"]), "около 15");
    }

    #[test]
    fn empty_total_is_exact_zero() {
        assert_eq!(total(&[]), "0");
    }

    proptest! {
        #[test]
        fn merge_is_commutative(a in any::<StatedCount>(), b in any::<StatedCount>()) {
            let mut ab = StatedTotal::from(a);
            ab.merge(b.into());
            let mut ba = StatedTotal::from(b);
            ba.merge(a.into());
            prop_assert_eq!(ab, ba);
        }

        #[test]
        fn merge_is_associative(a in any::<StatedCount>(), b in any::<StatedCount>(), c in any::<StatedCount>()) {
            let mut left = StatedTotal::from(a);
            left.merge(b.into());
            left.merge(c.into());
            let mut bc = StatedTotal::from(b);
            bc.merge(c.into());
            let mut right = StatedTotal::from(a);
            right.merge(bc);
            prop_assert_eq!(left, right);
        }

        #[test]
        fn split_then_merge_equals_whole(counts in proptest::collection::vec(any::<StatedCount>(), 0..20), at in 0usize..20) {
            let at = at.min(counts.len());
            let whole: StatedTotal = counts.iter().copied().collect();
            let mut left: StatedTotal = counts[..at].iter().copied().collect();
            left.merge(counts[at..].iter().copied().collect());
            prop_assert_eq!(left, whole);
        }
    }
}
