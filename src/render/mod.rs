//! Pure renderers: each reads a finished value and writes to any `io::Write`.
