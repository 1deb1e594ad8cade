//! Classify aligned claims: shared claim, numeric divergence, framing, contradiction.
