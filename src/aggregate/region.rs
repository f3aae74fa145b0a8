//! A dense per-region counter: one slot per federal subject, no hashing.

use crate::values::RegionCode;

/// Counts per federal subject in a dense array indexed by [`RegionCode::index`]: the fast
/// counter for the most common key of these reports.
///
/// Like [`Counter`](crate::aggregate::Counter), [`RegionCounter::merge`] is associative and commutative
/// with the empty counter as identity.
///
/// # Example
/// ```
/// use social_services::{aggregate::RegionCounter, values::RegionCode};
///
/// let ivanovo: RegionCode = "37".parse()?;
/// let tula: RegionCode = "71".parse()?;
/// let mut counts: RegionCounter = [ivanovo, tula, tula].into_iter().collect();
/// counts.merge(&[ivanovo].into_iter().collect());
/// assert_eq!(counts.get(tula), 2);
/// assert_eq!(counts.regions(), 2);
/// assert_eq!(counts.total(), 4);
/// assert_eq!(counts.sorted(), vec![(ivanovo, 2), (tula, 2)]);
/// # Ok::<(), social_services::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RegionCounter {
    counts: [u64; RegionCode::COUNT],
}

impl Default for RegionCounter {
    /// The empty counter: the identity of [`RegionCounter::merge`].
    fn default() -> Self {
        Self {
            counts: [0; RegionCode::COUNT],
        }
    }
}

impl RegionCounter {
    /// An empty counter.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::RegionCounter;
    /// assert_eq!(RegionCounter::new().total(), 0);
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `n` to the count of `region`.
    ///
    /// # Example
    /// ```
    /// use social_services::{aggregate::RegionCounter, values::RegionCode};
    /// let mut c = RegionCounter::new();
    /// c.add("77".parse()?, 5);
    /// assert_eq!(c.get("77".parse()?), 5);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn add(&mut self, region: RegionCode, n: u64) {
        let slot = &mut self.counts[region.index()];
        *slot = slot.saturating_add(n);
    }

    /// Adds one to the count of `region`.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::RegionCounter;
    /// let mut c = RegionCounter::new();
    /// c.increment("37".parse()?);
    /// assert_eq!(c.total(), 1);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn increment(&mut self, region: RegionCode) {
        self.add(region, 1);
    }

    /// The count of `region`.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::RegionCounter;
    /// assert_eq!(RegionCounter::new().get("71".parse()?), 0);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn get(&self, region: RegionCode) -> u64 {
        self.counts[region.index()]
    }

    /// The sum of all counts.
    ///
    /// # Example
    /// ```
    /// use social_services::{aggregate::RegionCounter, values::RegionCode};
    /// let c: RegionCounter = RegionCode::all().collect();
    /// assert_eq!(c.total(), RegionCode::COUNT as u64);
    /// ```
    pub fn total(&self) -> u64 {
        self.counts
            .iter()
            .fold(0u64, |sum, &n| sum.saturating_add(n))
    }

    /// How many federal subjects have a non-zero count.
    ///
    /// # Example
    /// ```
    /// use social_services::{aggregate::RegionCounter, values::RegionCode};
    /// let c: RegionCounter = RegionCode::all().take(3).collect();
    /// assert_eq!(c.regions(), 3);
    /// ```
    pub fn regions(&self) -> usize {
        self.counts.iter().filter(|&&n| n > 0).count()
    }

    /// Adds everything counted by `other`.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::RegionCounter;
    /// let mut a = RegionCounter::new();
    /// a.increment("37".parse()?);
    /// let b = a.clone();
    /// a.merge(&b);
    /// assert_eq!(a.get("37".parse()?), 2);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn merge(&mut self, other: &RegionCounter) {
        for (mine, &theirs) in self.counts.iter_mut().zip(&other.counts) {
            *mine = mine.saturating_add(theirs);
        }
    }

    /// The non-zero counts in the order of region codes.
    ///
    /// # Example
    /// ```
    /// use social_services::{aggregate::RegionCounter, values::RegionCode};
    /// let c: RegionCounter = ["71".parse::<RegionCode>()?, "37".parse()?].into_iter().collect();
    /// let codes: Vec<String> = c.sorted().iter().map(|(r, _)| r.to_string()).collect();
    /// assert_eq!(codes, ["37", "71"]);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn sorted(&self) -> Vec<(RegionCode, u64)> {
        self.iter().collect()
    }

    /// The `n` largest counts, largest first; ties in code order.
    ///
    /// # Example
    /// ```
    /// use social_services::{aggregate::RegionCounter, values::RegionCode};
    /// let tula: RegionCode = "71".parse()?;
    /// let c: RegionCounter = ["37".parse()?, tula, tula].into_iter().collect();
    /// assert_eq!(c.top(1), vec![(tula, 2)]);
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn top(&self, n: usize) -> Vec<(RegionCode, u64)> {
        let mut entries = self.sorted();
        entries.sort_by_key(|entry| std::cmp::Reverse(entry.1));
        entries.truncate(n);
        entries
    }

    /// The share of `region` in the total, from 0 to 1; `None` when nothing was counted.
    ///
    /// # Example
    /// ```
    /// use social_services::{aggregate::RegionCounter, values::RegionCode};
    /// let tula: RegionCode = "71".parse()?;
    /// let c: RegionCounter = ["37".parse()?, tula].into_iter().collect();
    /// assert_eq!(c.share(tula), Some(0.5));
    /// # Ok::<(), social_services::ValueError>(())
    /// ```
    pub fn share(&self, region: RegionCode) -> Option<f64> {
        let total = self.total();
        // Counts stay far below 2^52, where u64 → f64 is exact.
        #[allow(clippy::cast_precision_loss)]
        (total > 0).then(|| self.get(region) as f64 / total as f64)
    }

    /// The non-zero counts in the order of region codes.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::RegionCounter;
    /// assert_eq!(RegionCounter::new().iter().count(), 0);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (RegionCode, u64)> + '_ {
        RegionCode::all()
            .zip(self.counts.iter().copied())
            .filter(|&(_, n)| n > 0)
    }
}

impl FromIterator<RegionCode> for RegionCounter {
    fn from_iter<I: IntoIterator<Item = RegionCode>>(iter: I) -> Self {
        let mut counter = Self::new();
        counter.extend(iter);
        counter
    }
}

impl Extend<RegionCode> for RegionCounter {
    fn extend<I: IntoIterator<Item = RegionCode>>(&mut self, iter: I) {
        for region in iter {
            self.increment(region);
        }
    }
}

impl serde::Serialize for RegionCounter {
    /// A list of `{"key": "37", "count": …}` in code order, non-zero counts only.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        struct Entry {
            key: RegionCode,
            count: u64,
        }
        serializer.collect_seq(self.iter().map(|(key, count)| Entry { key, count }))
    }
}

impl<'de> serde::Deserialize<'de> for RegionCounter {
    /// Reads the form [`Serialize`](serde::Serialize) writes (in any order), so that a partial
    /// result written by one process merges in another. A region listed again after a count
    /// is an error; a count of zero adds nothing.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Entry {
            key: RegionCode,
            count: u64,
        }
        let entries = Vec::<Entry>::deserialize(deserializer)?;
        let mut counter = RegionCounter::new();
        for entry in entries {
            if counter.get(entry.key) > 0 {
                return Err(serde::de::Error::custom(format_args!(
                    "region {} listed twice",
                    entry.key
                )));
            }
            counter.add(entry.key, entry.count);
        }
        Ok(counter)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aggregate::Counter;
    use proptest::prelude::*;

    fn regions() -> impl Strategy<Value = Vec<RegionCode>> {
        prop::collection::vec(any::<RegionCode>(), 0..50)
    }

    proptest! {
        #[test]
        fn agrees_with_the_general_counter(keys in regions()) {
            let dense: RegionCounter = keys.iter().copied().collect();
            let general: Counter<RegionCode> = keys.iter().copied().collect();
            let general_sorted: Vec<(RegionCode, u64)> = general.sorted().into_iter().map(|(k, n)| (*k, n)).collect();
            prop_assert_eq!(dense.sorted(), general_sorted);
            prop_assert_eq!(dense.total(), general.total());
            prop_assert_eq!(dense.regions(), general.len());
        }

        #[test]
        fn merge_is_commutative(a in regions(), b in regions()) {
            let (a, b): (RegionCounter, RegionCounter) = (a.into_iter().collect(), b.into_iter().collect());
            let mut ab = a.clone();
            ab.merge(&b);
            let mut ba = b;
            ba.merge(&a);
            prop_assert_eq!(ab, ba);
        }

        #[test]
        fn merge_is_associative(a in regions(), b in regions(), c in regions()) {
            let (a, b, c): (RegionCounter, RegionCounter, RegionCounter) =
                (a.into_iter().collect(), b.into_iter().collect(), c.into_iter().collect());
            let mut left = a.clone();
            left.merge(&b);
            left.merge(&c);
            let mut bc = b;
            bc.merge(&c);
            let mut right = a;
            right.merge(&bc);
            prop_assert_eq!(left, right);
        }

        #[test]
        fn split_then_merge_equals_whole(keys in regions(), at in 0usize..50) {
            let at = at.min(keys.len());
            let mut parts: RegionCounter = keys[..at].iter().copied().collect();
            parts.merge(&keys[at..].iter().copied().collect());
            prop_assert_eq!(parts, keys.into_iter().collect::<RegionCounter>());
        }
    }

    #[test]
    fn serialises_non_zero_counts_in_code_order() {
        let c: RegionCounter = ["71".parse::<RegionCode>().unwrap(), "37".parse().unwrap()]
            .into_iter()
            .collect();
        assert_eq!(
            serde_json::to_string(&c).unwrap(),
            r#"[{"key":"37","count":1},{"key":"71","count":1}]"#
        );
    }
}
