//! Integration tests: one test binary (see STYLE.md), one module per area.

mod cli;
mod corpus;
mod numeric;
mod seeds;
mod util;
