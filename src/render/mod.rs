//! Pure renderers: each reads a finished value and writes to any `io::Write`; none re-runs
//! a stage.

pub mod claims;
pub mod compare;
pub mod framing;
pub mod numbers;
pub mod report;
pub mod table;

/// `text` with every run of white space (line breaks included) folded to one space, for
/// display in tables and one-line formats.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
