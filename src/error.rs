//! Typed errors of the library. Problems with single articles are not errors but
//! [`crate::corpus::Warning`]s: one bad article never aborts a corpus run.

use std::path::PathBuf;

/// What can stop a whole run (as opposed to skipping one input).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file the run cannot do without (a lexicon, a gold file) could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A configuration or reference file is malformed.
    #[error("{path}: {message}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, with the line where known.
        message: String,
    },
    /// No input yielded a single article.
    #[error("no usable input: {0}")]
    NoInput(String),
}

/// Shorthand for results of this crate.
pub type Result<T> = std::result::Result<T, Error>;
