//! The surface of a sentence that the stems-and-figures vector leaves out: every word
//! (function words too), word order (word bigrams) and spelling (character trigrams).

use crate::text;

/// Hashed n-grams of a sentence, each list sorted and deduplicated.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Shape {
    /// Every folded word and figure.
    pub(crate) words: Vec<u32>,
    /// Consecutive pairs of folded words.
    pub(crate) bigrams: Vec<u32>,
    /// Character trigrams of the folded words, each word padded with a space.
    pub(crate) chars: Vec<u32>,
    /// Number of words.
    pub(crate) len: u32,
}

impl Shape {
    pub(crate) fn of(sentence: &str) -> Self {
        let mut shape = Shape::default();
        let mut previous: Option<u64> = None;
        let mut window = [' '; 3];
        for token in text::tokens(sentence) {
            let folded = text::fold(token.text);
            let h = fnv(0xcbf2_9ce4_8422_2325, folded.as_bytes());
            shape.words.push(h as u32);
            if let Some(p) = previous {
                shape.bigrams.push(fnv(p, b" ").wrapping_add(h.rotate_left(17)) as u32);
            }
            previous = Some(h);
            shape.len += 1;
            for c in folded.chars().chain([' ']) {
                window = [window[1], window[2], c];
                let mut buf = [0u8; 12];
                let mut n = 0;
                for w in window {
                    n += w.encode_utf8(&mut buf[n..]).len();
                }
                shape.chars.push(fnv(0xcbf2_9ce4_8422_2325, &buf[..n]) as u32);
            }
        }
        for list in [&mut shape.words, &mut shape.bigrams, &mut shape.chars] {
            list.sort_unstable();
            list.dedup();
        }
        shape
    }
}

fn fnv(seed: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(seed, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Dice coefficient of two sorted, deduplicated id lists; 0 when both are empty.
pub(crate) fn dice(a: &[u32], b: &[u32]) -> f64 {
    let total = a.len() + b.len();
    if total == 0 {
        return 0.0;
    }
    2.0 * super::features::common(a.iter().copied(), b.iter().copied()) as f64 / total as f64
}
