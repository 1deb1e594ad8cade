//! Who a sentence is attributed to: `X said`, `according to X`, anonymous sources.

/// The source a sentence is attributed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// The source as written.
    pub source: String,
}

impl Attribution {
    /// The source for display.
    pub fn display(&self) -> String {
        self.source.clone()
    }
}
