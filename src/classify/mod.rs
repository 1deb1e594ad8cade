//! Classify aligned claims: shared claim, numeric divergence, framing, contradiction.

mod cues;
pub mod contradiction;
