//! Read each sentence: its quantities, its attribution, its entities.

pub mod attribution;
pub mod quantity;
