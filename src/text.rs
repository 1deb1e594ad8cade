//! Word-level text utilities shared by the stages: tokenising, case folding,
//! stop words and light stemming.
