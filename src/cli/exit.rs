//! Exit codes, in one place (documented in `--help` and the README).

/// Every input was processed.
pub const OK: i32 = 0;
/// Some inputs (or lines of them) were skipped; each was named on stderr.
pub const SKIPPED: i32 = 1;
/// Usage error, or no usable input at all.
pub const USAGE: i32 = 2;
