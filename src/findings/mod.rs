//! The one plain type every stage fills and every renderer reads.
