//! Read each sentence: its quantities, its attribution, its entities.

pub mod attribution;
pub mod entities;
pub mod labels;
pub mod lexicon;
pub mod quantity;
