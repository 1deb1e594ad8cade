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
//! let text = "Putschist Gen. Khalifa Haftar lost 6 cities. Russia sent some 600 mercenaries.";
//! let spans = claims::split(text);
//! assert_eq!(spans.len(), 2);
//! let quantities = extract::quantity::read(&text[spans[1].start..spans[1].end]);
//! assert_eq!(quantities[0].value, Some(600.0));
//! ```
#![warn(missing_docs)]

pub mod align;
pub mod claims;
pub mod classify;
pub mod corpus;
pub mod error;
pub mod extract;
pub mod findings;
pub mod render;
pub mod text;

pub use error::Error;
