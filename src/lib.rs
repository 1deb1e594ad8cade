//! crosscheck: compare news reports from different outlets claim by claim.
//!
//! The crate is a pipeline, one module per stage:
//!
//! ```text
//! corpus -> claims -> extract -> align -> classify -> findings -> render
//! (load)    (split)   (numbers,  (pairs)   (shared,     (one plain  (table, md,
//!                      sources,            numeric,     type)       csv, json,
//!                      entities)           framing...)              html)
//! ```
//!
//! ```
//! use crosscheck::claims;
//!
//! let text = "The rebels, led by Gen. Ana Ruiz, took 6 towns. Some 600 troops fled.";
//! let spans = claims::split(text);
//! assert_eq!(&text[spans[1].start..spans[1].end], "Some 600 troops fled.");
//! ```
#![warn(missing_docs)]

pub mod align;
pub mod claims;
pub mod classify;
pub mod corpus;
pub mod error;
pub mod eval;
pub mod extract;
pub mod findings;
pub mod render;
pub mod text;

pub use error::Error;
