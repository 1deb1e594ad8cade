//! Integration tests: one test binary (see STYLE.md), one module per area.

mod cli;
mod corpus;
mod framing;
mod hostile;
mod matching;
mod numeric;
mod quality;
mod report;
mod seeds;
mod shared_data;
mod snapshots;
mod stream;
mod util;
