//! Classify aligned claims: shared claim, numeric divergence, framing, contradiction.

pub mod contradiction;
mod cues;
