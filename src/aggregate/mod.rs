//! Aggregation: accumulators whose partial results merge, and the domain figures a report
//! needs, computed from a checked registry.
//!
//! Every accumulator's `merge` is associative and commutative with the empty accumulator as
//! identity, so results computed per shard, per thread or on another engine combine into the
//! same answer as one pass.

mod counter;
mod region;
mod stated;

pub use counter::Counter;
pub use region::RegionCounter;
pub use stated::StatedTotal;
