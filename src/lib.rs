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
//! use crosscheck::{claims, extract};
//!
//! let text = "The rebels, led by Gen. Ana Ruiz, took 6 towns. Some 600 troops fled.";
//! let spans = claims::split(text);
//! let second = &text[spans[1].start..spans[1].end];
//! assert_eq!(second, "Some 600 troops fled.");
//! let figures = extract::quantity::read(second);
//! assert_eq!(figures[0].value, Some(600.0));
//! assert_eq!(figures[0].counted.as_deref(), Some("troops"));
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
pub mod pipeline;
pub mod render;
pub mod text;
pub mod timings;

pub use error::Error;
