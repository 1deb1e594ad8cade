//! Align claims across outlets: score sentence pairs and pick the pairs that say the same thing.

pub mod similarity;
