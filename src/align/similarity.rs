//! Claim similarity between two sentences, from lexical evidence only.
