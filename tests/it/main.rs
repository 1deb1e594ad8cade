//! Integration tests: one test binary (see STYLE.md), one module per area.

mod cli;
mod corpus;
mod hostile;
mod matching;
mod seeds;
mod util;
