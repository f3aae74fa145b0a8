//! A small seeded pseudo-random generator: `SplitMix64` (Steele, Lea and Flood, 2014), the
//! seeding generator of the xoshiro family. Same seed, same sequence, on every platform.

use uuid::Uuid;

/// A `SplitMix64` generator.
#[derive(Debug, Clone)]
pub(super) struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub(super) fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// A generator for one part of the data, so that each part's sequence does not depend on
    /// how many numbers the others drew.
    pub(super) fn fork(&self, part: u64) -> Self {
        let mut forked = Self(self.0 ^ part.wrapping_mul(0xA076_1D64_78BD_642F));
        forked.next_u64();
        forked
    }

    /// The next 64 random bits.
    pub(super) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0), by Lemire's multiply-shift.
    pub(super) fn below(&mut self, n: usize) -> usize {
        let n = n as u64;
        // The high half of a 128-bit product is below `n`, so it fits in usize.
        #[allow(clippy::cast_possible_truncation)]
        let value = ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as usize;
        value
    }

    /// A number in `0..n` (`n` > 0) as a `u32`.
    pub(super) fn below_u32(&mut self, n: u32) -> u32 {
        // The high half of a 64-bit product is below `n`.
        #[allow(clippy::cast_possible_truncation)]
        let value = (((self.next_u64() >> 32) * u64::from(n)) >> 32) as u32;
        value
    }

    /// A decimal digit.
    pub(super) fn digit(&mut self) -> u8 {
        // Below 10.
        #[allow(clippy::cast_possible_truncation)]
        let digit = self.below_u32(10) as u8;
        digit
    }

    /// A uniform number in `[0, 1)`.
    pub(super) fn unit(&mut self) -> f64 {
        // 53 random bits: exact in an f64.
        #[allow(clippy::cast_precision_loss)]
        let value = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        value
    }

    /// Whether an event of probability `p` happens.
    pub(super) fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// One element of a non-empty slice.
    pub(super) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// A random (version 4) UUID.
    pub(super) fn uuid(&mut self) -> Uuid {
        let high = u128::from(self.next_u64()) << 64;
        let bytes = (high | u128::from(self.next_u64())).to_be_bytes();
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }
}

/// Cumulative weights, to draw an index with probability proportional to its weight.
#[derive(Debug, Clone)]
pub(super) struct Weighted(Vec<f64>);

impl Weighted {
    /// The table of `weights` (not all zero).
    pub(super) fn new(weights: impl IntoIterator<Item = f64>) -> Self {
        let mut total = 0.0;
        Self(
            weights
                .into_iter()
                .map(|w| {
                    total += w;
                    total
                })
                .collect(),
        )
    }

    /// An index drawn by weight.
    pub(super) fn draw(&self, rng: &mut Rng) -> usize {
        let total = self.0.last().copied().unwrap_or(0.0);
        let target = rng.unit() * total;
        self.0
            .partition_point(|&cumulative| cumulative <= target)
            .min(self.0.len() - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_numbers() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
        // The first output of SplitMix64 seeded with 0, as published.
        assert_eq!(Rng::new(0).next_u64(), 0xE220_A839_7B1D_CDAF);
    }

    #[test]
    fn draws_stay_in_range() {
        let mut rng = Rng::new(1);
        let weighted = Weighted::new([1.0, 0.0, 3.0]);
        for _ in 0..1000 {
            assert!(rng.below(5) < 5);
            assert!(rng.digit() < 10);
            assert_ne!(weighted.draw(&mut rng), 1);
        }
    }
}
