//! Who a sentence is attributed to: `X said`, `according to X`, anonymous sources.
