//! A counting accumulator keyed by any ordered, hashable key, whose partial results merge.

use std::collections::HashMap;
use std::hash::Hash;

/// Counts per key: add, merge partial counters from shards or threads, read them sorted, as a
/// top-N or as shares of the total.
///
/// [`Counter::merge`] is associative and commutative and the empty counter is its identity, so
/// counting the parts of a split input and merging gives exactly the counter of the whole.
/// Keys with a zero count are never stored, so two counters are equal when every key has the
/// same count.
///
/// # Example
/// ```
/// use social_services::aggregate::Counter;
///
/// let mut by_kind: Counter<&str> = ["kcson", "family_mfc", "kcson"].into_iter().collect();
/// let other: Counter<&str> = ["family_mfc"].into_iter().collect();
/// by_kind.merge(other);
/// assert_eq!(by_kind.get(&"family_mfc"), 2);
/// assert_eq!(by_kind.total(), 4);
/// assert_eq!(by_kind.sorted(), vec![(&"family_mfc", 2), (&"kcson", 2)]);
/// assert_eq!(by_kind.share(&"kcson"), Some(0.5));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counter<K: Hash + Eq> {
    counts: HashMap<K, u64>,
    total: u64,
}

impl<K: Hash + Eq> Default for Counter<K> {
    /// The empty counter: the identity of [`Counter::merge`].
    fn default() -> Self {
        Self {
            counts: HashMap::new(),
            total: 0,
        }
    }
}

impl<K: Hash + Eq + Ord> Counter<K> {
    /// An empty counter.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::Counter;
    /// assert!(Counter::<u8>::new().is_empty());
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `n` to the count of `key` (nothing is stored for `n == 0`).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::Counter;
    /// let mut c = Counter::new();
    /// c.add("a", 3);
    /// c.add("b", 0);
    /// assert_eq!(c.len(), 1);
    /// ```
    pub fn add(&mut self, key: K, n: u64) {
        if n == 0 {
            return;
        }
        let count = self.counts.entry(key).or_insert(0);
        *count = count.saturating_add(n);
        self.total = self.total.saturating_add(n);
    }

    /// Adds one to the count of `key`.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::Counter;
    /// let mut c = Counter::new();
    /// c.increment('x');
    /// assert_eq!(c.get(&'x'), 1);
    /// ```
    pub fn increment(&mut self, key: K) {
        self.add(key, 1);
    }

    /// The count of `key` (zero if never counted).
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::Counter;
    /// assert_eq!(Counter::<u8>::new().get(&7), 0);
    /// ```
    pub fn get(&self, key: &K) -> u64 {
        self.counts.get(key).copied().unwrap_or(0)
    }

    /// The sum of all counts.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::Counter;
    /// let c: Counter<u8> = [1, 1, 2].into_iter().collect();
    /// assert_eq!(c.total(), 3);
    /// ```
    pub fn total(&self) -> u64 {
        self.total
    }

    /// The number of distinct keys counted.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::Counter;
    /// let c: Counter<u8> = [1, 1, 2].into_iter().collect();
    /// assert_eq!(c.len(), 2);
    /// ```
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    /// Whether nothing was counted.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::Counter;
    /// assert!(Counter::<u8>::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// Adds everything counted by `other`.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::Counter;
    /// let mut a: Counter<u8> = [1].into_iter().collect();
    /// a.merge([1, 2].into_iter().collect());
    /// assert_eq!(a.get(&1), 2);
    /// ```
    pub fn merge(&mut self, other: Counter<K>) {
        for (key, n) in other.counts {
            self.add(key, n);
        }
    }

    /// The counts sorted by key.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::Counter;
    /// let c: Counter<u8> = [2, 1, 2].into_iter().collect();
    /// assert_eq!(c.sorted(), vec![(&1, 1), (&2, 2)]);
    /// ```
    pub fn sorted(&self) -> Vec<(&K, u64)> {
        let mut entries: Vec<(&K, u64)> = self.counts.iter().map(|(k, &n)| (k, n)).collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
        entries
    }

    /// The `n` largest counts, largest first; ties in key order.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::Counter;
    /// let c: Counter<char> = "abbccc".chars().collect();
    /// assert_eq!(c.top(2), vec![(&'c', 3), (&'b', 2)]);
    /// ```
    pub fn top(&self, n: usize) -> Vec<(&K, u64)> {
        let mut entries = self.sorted();
        entries.sort_by_key(|entry| std::cmp::Reverse(entry.1));
        entries.truncate(n);
        entries
    }

    /// The share of `key` in the total, from 0 to 1; `None` when nothing was counted.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::Counter;
    /// let c: Counter<char> = "aab".chars().collect();
    /// assert_eq!(c.share(&'b'), Some(1.0 / 3.0));
    /// ```
    pub fn share(&self, key: &K) -> Option<f64> {
        // Counts of people and records stay far below 2^52, where u64 → f64 is exact.
        #[allow(clippy::cast_precision_loss)]
        (self.total > 0).then(|| self.get(key) as f64 / self.total as f64)
    }

    /// The keys and counts, in no particular order.
    ///
    /// # Example
    /// ```
    /// use social_services::aggregate::Counter;
    /// let c: Counter<u8> = [5].into_iter().collect();
    /// assert_eq!(c.iter().count(), 1);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (&K, u64)> {
        self.counts.iter().map(|(k, &n)| (k, n))
    }
}

impl<K: Hash + Eq + Ord> FromIterator<K> for Counter<K> {
    fn from_iter<I: IntoIterator<Item = K>>(iter: I) -> Self {
        let mut counter = Self::new();
        counter.extend(iter);
        counter
    }
}

impl<K: Hash + Eq + Ord> Extend<K> for Counter<K> {
    fn extend<I: IntoIterator<Item = K>>(&mut self, iter: I) {
        for key in iter {
            self.increment(key);
        }
    }
}

impl<K: Hash + Eq + Ord> Extend<(K, u64)> for Counter<K> {
    fn extend<I: IntoIterator<Item = (K, u64)>>(&mut self, iter: I) {
        for (key, n) in iter {
            self.add(key, n);
        }
    }
}

impl<K: Hash + Eq + Ord + serde::Serialize> serde::Serialize for Counter<K> {
    /// A list of `{"key": …, "count": …}` sorted by key.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        struct Entry<'a, K> {
            key: &'a K,
            count: u64,
        }
        serializer.collect_seq(
            self.sorted()
                .into_iter()
                .map(|(key, count)| Entry { key, count }),
        )
    }
}

impl<'de, K> serde::Deserialize<'de> for Counter<K>
where
    K: Hash + Eq + Ord + serde::Deserialize<'de>,
{
    /// Reads the form [`Serialize`](serde::Serialize) writes, so that a partial result written
    /// by one process merges in another. A key listed again after a count is an error (it
    /// would be counted twice); a count of zero stores nothing, as [`Counter::add`] does.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Entry<K> {
            key: K,
            count: u64,
        }
        let entries = Vec::<Entry<K>>::deserialize(deserializer)?;
        let mut counter = Counter::new();
        for (at, entry) in entries.into_iter().enumerate() {
            if counter.get(&entry.key) > 0 {
                return Err(serde::de::Error::custom(format_args!(
                    "entry {at}: key listed twice"
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
    use proptest::prelude::*;

    fn count(keys: &[u8]) -> Counter<u8> {
        keys.iter().copied().collect()
    }

    #[test]
    fn top_breaks_ties_by_key() {
        let c = count(&[3, 1, 2, 3, 1]);
        assert_eq!(c.top(3), vec![(&1, 2), (&3, 2), (&2, 1)]);
    }

    #[test]
    fn share_of_an_empty_counter_is_none() {
        assert_eq!(count(&[]).share(&1), None);
    }

    #[test]
    fn serialises_sorted_by_key() {
        let json = serde_json::to_string(&count(&[2, 1, 2])).unwrap();
        assert_eq!(json, r#"[{"key":1,"count":1},{"key":2,"count":2}]"#);
    }

    proptest! {
        #[test]
        fn merge_is_commutative(a in prop::collection::vec(0u8..8, 0..40), b in prop::collection::vec(0u8..8, 0..40)) {
            let mut ab = count(&a);
            ab.merge(count(&b));
            let mut ba = count(&b);
            ba.merge(count(&a));
            prop_assert_eq!(ab, ba);
        }

        #[test]
        fn merge_is_associative(a in prop::collection::vec(0u8..8, 0..30), b in prop::collection::vec(0u8..8, 0..30), c in prop::collection::vec(0u8..8, 0..30)) {
            let mut left = count(&a);
            left.merge(count(&b));
            left.merge(count(&c));
            let mut bc = count(&b);
            bc.merge(count(&c));
            let mut right = count(&a);
            right.merge(bc);
            prop_assert_eq!(left, right);
        }

        #[test]
        fn split_then_merge_equals_whole(keys in prop::collection::vec(0u8..8, 0..60), at in 0usize..60) {
            let at = at.min(keys.len());
            let mut parts = count(&keys[..at]);
            parts.merge(count(&keys[at..]));
            prop_assert_eq!(parts, count(&keys));
        }

        #[test]
        fn total_is_the_sum_of_counts(keys in prop::collection::vec(0u8..8, 0..60)) {
            let c = count(&keys);
            prop_assert_eq!(c.total(), c.iter().map(|(_, n)| n).sum::<u64>());
            prop_assert_eq!(c.total(), keys.len() as u64);
        }
    }
}
