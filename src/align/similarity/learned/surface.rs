//! The surface of a sentence that the stems-and-figures vector leaves out: every word
//! (function words too), word order (word bigrams and trigrams), spelling (character
//! trigrams) and negation. Paraphrases keep most of it; a pair that shares the rare
//! words but reorders or negates them is often a different claim.

use crate::text;

/// Words that negate a statement; `-n't` endings count too.
const NEGATIONS: &[&str] = &[
    "cannot", "neither", "never", "no", "none", "nor", "not", "nothing",
];

/// Hashed n-grams of a sentence, each list sorted and deduplicated.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Surface {
    /// Every folded word and figure.
    pub(crate) words: Vec<u32>,
    /// Runs of two consecutive folded words.
    pub(crate) bigrams: Vec<u32>,
    /// Runs of three consecutive folded words.
    pub(crate) trigrams: Vec<u32>,
    /// Character trigrams of the folded words, each word followed by a space.
    pub(crate) chars: Vec<u32>,
    /// Number of words.
    pub(crate) len: u32,
    /// Whether a negation occurs (`not`, `no`, `never`, `-n't`...).
    pub(crate) negated: bool,
    /// Number of negations.
    pub(crate) negations: u32,
    /// The folded words in sentence order, for the order measures of [`super::mt`].
    pub(crate) sequence: Vec<u32>,
    /// Word n-grams for n = 1..4, each sorted with repeats kept (for clipped counts).
    pub(crate) grams: [Vec<u32>; super::mt::MAX_N],
}

/// Most words per sentence that the order measures (subsequence, edit distance) read.
pub(crate) const ORDER: usize = 128;

impl Surface {
    pub(crate) fn of(sentence: &str) -> Self {
        let mut surface = Surface::default();
        let (mut previous, mut before, mut earlier): (Option<u64>, Option<u64>, Option<u64>) =
            (None, None, None);
        let mut window = [' '; 3];
        let mut buffer = [0u8; 12];
        for token in text::tokens(sentence) {
            let folded = text::fold(token.text);
            let h = fnv(SEED, folded.as_bytes());
            surface.words.push(h as u32);
            surface.sequence.push(h as u32);
            surface.grams[0].push(h as u32);
            if let Some(p) = previous {
                // Positions are mixed in by rotation so that "a b" and "b a" differ.
                let bigram = (p ^ h.rotate_left(21)) as u32;
                surface.bigrams.push(bigram);
                surface.grams[1].push(bigram);
                if let Some(q) = before {
                    let trigram = (q ^ p.rotate_left(21) ^ h.rotate_left(42)) as u32;
                    surface.trigrams.push(trigram);
                    surface.grams[2].push(trigram);
                    if let Some(r) = earlier {
                        surface.grams[3].push(
                            (r ^ q.rotate_left(13) ^ p.rotate_left(29) ^ h.rotate_left(47)) as u32,
                        );
                    }
                }
            }
            (earlier, before, previous) = (before, previous, Some(h));
            surface.len = surface.len.saturating_add(1);
            if NEGATIONS.contains(&folded.as_str()) || folded.ends_with("n't") {
                surface.negated = true;
                surface.negations = surface.negations.saturating_add(1);
            }
            for c in folded.chars().chain([' ']) {
                window = [window[1], window[2], c];
                let mut n = 0;
                for w in window {
                    n += w.encode_utf8(&mut buffer[n..]).len();
                }
                surface.chars.push(fnv(SEED, &buffer[..n]) as u32);
            }
        }
        for list in [
            &mut surface.words,
            &mut surface.bigrams,
            &mut surface.trigrams,
            &mut surface.chars,
        ] {
            list.sort_unstable();
            list.dedup();
        }
        for list in &mut surface.grams {
            list.sort_unstable();
        }
        surface
    }
}

const SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a: fixed and platform-independent, so the same sentence always hashes alike.
fn fnv(seed: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(seed, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Number of values found in both sorted lists; with repeats, each value counts as often
/// as its rarer side has it (the clipped count of BLEU).
pub(crate) fn common(a: &[u32], b: &[u32]) -> usize {
    common_ids(a.iter().copied(), b.iter().copied())
}

/// Number of values found in both sorted, deduplicated sequences.
pub(crate) fn common_ids(a: impl Iterator<Item = u32>, b: impl Iterator<Item = u32>) -> usize {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    let mut count = 0;
    while let (Some(&x), Some(&y)) = (a.peek(), b.peek()) {
        match x.cmp(&y) {
            std::cmp::Ordering::Less => {
                a.next();
            }
            std::cmp::Ordering::Greater => {
                b.next();
            }
            std::cmp::Ordering::Equal => {
                count += 1;
                a.next();
                b.next();
            }
        }
    }
    count
}

/// Dice coefficient of two sorted, deduplicated lists; 0 when both are empty.
pub(crate) fn dice(a: &[u32], b: &[u32]) -> f64 {
    match a.len() + b.len() {
        0 => 0.0,
        total => 2.0 * common(a, b) as f64 / total as f64,
    }
}

/// Share of the longer list found in the shorter (the lower of the two coverages).
pub(crate) fn cover_min(a: &[u32], b: &[u32]) -> f64 {
    match a.len().max(b.len()) {
        0 => 0.0,
        longest => common(a, b) as f64 / longest as f64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_and_negation_are_seen() {
        let a = Surface::of("The army did not attack the town.");
        let b = Surface::of("The town did not attack the army.");
        assert_eq!(a.words, b.words);
        assert!(dice(&a.bigrams, &b.bigrams) < 0.9);
        assert!(dice(&a.trigrams, &b.trigrams) < 0.5);
        assert!(a.negated && b.negated);
        assert!(!Surface::of("The army attacked the town.").negated);
        assert!(Surface::of("Officials didn't comment.").negated);
        assert_eq!(a.len, 7);
    }

    #[test]
    fn empty_lists_measure_zero() {
        let empty = Surface::of("");
        assert_eq!(empty, Surface::default());
        assert_eq!(dice(&empty.words, &empty.words), 0.0);
        assert_eq!(cover_min(&empty.chars, &[1, 2]), 0.0);
        assert_eq!(cover_min(&[1, 2, 3], &[2, 3]), 2.0 / 3.0);
    }
}
