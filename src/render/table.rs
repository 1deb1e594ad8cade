//! Shared set-up for terminal tables.

pub use comfy_table::Cell;
use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};

/// A table with `header`, wrapped to `width` columns so output does not depend on the
/// terminal it is written to.
pub fn new_table(width: u16, header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width)
        .set_header(header.iter().map(Cell::new));
    t
}
