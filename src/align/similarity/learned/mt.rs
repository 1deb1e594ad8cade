//! Measures borrowed from machine-translation evaluation (BLEU, ROUGE-L, a TER-like word
//! edit rate), taken over the word order of a [`Surface`]: Madnani et al. (2012) found
//! such metrics, combined by logistic regression, among the strongest lexical evidence
//! of paraphrase. Each is computed both ways and folded into symmetric values.

use super::surface::{common, Surface, ORDER};

/// Highest n-gram order of the BLEU-style measures.
pub(crate) const MAX_N: usize = 4;

/// Symmetric MT-metric measures of a sentence pair.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(crate) struct MtMeasures {
    /// Smoothed sentence BLEU-4 (with brevity penalty), the lower of the two directions.
    pub(crate) bleu_min: f64,
    /// The same, the higher of the two directions.
    pub(crate) bleu_max: f64,
    /// Clipped n-gram precision (n = 1..4) of the longer side against the shorter.
    pub(crate) precision_min: [f64; MAX_N],
    /// Clipped n-gram precision of the shorter side against the longer.
    pub(crate) precision_max: [f64; MAX_N],
    /// ROUGE-L F: twice the longest common word subsequence over the summed lengths.
    pub(crate) lcs: f64,
    /// Word-level Levenshtein distance over the longer length (0 same, 1 nothing kept).
    pub(crate) edit_rate: f64,
}

impl MtMeasures {
    pub(crate) fn of(a: &Surface, b: &Surface) -> Self {
        let mut m = Self::default();
        // Clipped matches: the multiset intersection, the same count both ways.
        // Products of the precisions rather than sums of logarithms: no `ln` per order.
        let (mut product_a, mut product_b) = (1.0, 1.0);
        for n in 0..MAX_N {
            let (ga, gb) = (&a.grams[n], &b.grams[n]);
            let matched = common(ga, gb) as f64;
            let (na, nb) = (ga.len() as f64, gb.len() as f64);
            let ratio = |total: f64| if total > 0.0 { matched / total } else { 0.0 };
            m.precision_min[n] = ratio(na.max(nb));
            m.precision_max[n] = ratio(na.min(nb));
            // Add-one smoothing above unigrams (Lin and Och 2004), so one missing
            // 4-gram does not zero a short sentence.
            let smoothed = |total: f64| {
                if n == 0 {
                    ratio(total)
                } else {
                    (matched + 1.0) / (total + 1.0)
                }
            };
            product_a *= smoothed(na);
            product_b *= smoothed(nb);
        }
        let (la, lb) = (a.sequence.len() as f64, b.sequence.len() as f64);
        let bleu = |product: f64, candidate: f64, reference: f64| {
            if candidate == 0.0 || reference == 0.0 {
                return 0.0;
            }
            let brevity = if candidate < reference {
                (1.0 - reference / candidate).exp()
            } else {
                1.0
            };
            // The geometric mean of the four precisions.
            brevity * product.sqrt().sqrt()
        };
        let (ab, ba) = (bleu(product_a, la, lb), bleu(product_b, lb, la));
        m.bleu_min = ab.min(ba);
        m.bleu_max = ab.max(ba);
        let (lcs, edits) = lcs_and_edits(&a.sequence, &b.sequence);
        if la + lb > 0.0 {
            m.lcs = 2.0 * f64::from(lcs) / (la + lb);
            m.edit_rate = f64::from(edits) / la.max(lb);
        }
        m
    }
}

/// Longest common subsequence and Levenshtein distance of two word sequences (at most
/// [`ORDER`] words each are read). Both are exact and symmetric in their arguments.
fn lcs_and_edits(a: &[u32], b: &[u32]) -> (u32, u32) {
    let (a, b) = (&a[..a.len().min(ORDER)], &b[..b.len().min(ORDER)]);
    // The bit-parallel form needs the shorter side in one machine word; news sentences
    // almost always fit.
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() <= 64 {
        bit_parallel(short, long)
    } else {
        dynamic_programming(a, b)
    }
}

/// Bit-vector LCS (Crochemore et al. 2001) and edit distance (Myers 1999, in Hyyrö's
/// global form) with `a` (1..=64 words) as the pattern: one pass over `b` of a few word
/// operations per word, instead of the |a| x |b| table.
fn bit_parallel(a: &[u32], b: &[u32]) -> (u32, u32) {
    let m = a.len();
    if m == 0 {
        return (0, b.len() as u32);
    }
    let mask = if m == 64 { !0u64 } else { (1u64 << m) - 1 };
    let last = 1u64 << (m - 1);
    let (mut lcs_v, mut pv, mut mv, mut distance) = (!0u64, mask, 0u64, m as u32);
    for &y in b {
        let eq = a
            .iter()
            .enumerate()
            .fold(0u64, |bits, (i, &x)| bits | (u64::from(x == y) << i));
        let u = lcs_v & eq;
        lcs_v = lcs_v.wrapping_add(u) | (lcs_v & !eq);
        let xv = eq | mv;
        let xh = (((eq & pv).wrapping_add(pv)) ^ pv) | eq;
        let mut ph = mv | !(xh | pv);
        let mut mh = pv & xh;
        if ph & last != 0 {
            distance += 1;
        } else if mh & last != 0 {
            distance -= 1;
        }
        ph = (ph << 1) | 1;
        mh <<= 1;
        pv = (mh | !(xv | ph)) & mask;
        mv = ph & xv & mask;
    }
    (m as u32 - (lcs_v & mask).count_ones(), distance)
}

/// The textbook tables, one row each, for sentences too long for [`bit_parallel`].
fn dynamic_programming(a: &[u32], b: &[u32]) -> (u32, u32) {
    let mut lcs = [0u16; ORDER + 1];
    let mut edit = [0u16; ORDER + 1];
    for (j, e) in edit.iter_mut().enumerate().take(b.len() + 1) {
        *e = j as u16;
    }
    for (i, &x) in a.iter().enumerate() {
        let (mut lcs_diag, mut edit_diag) = (0u16, i as u16);
        edit[0] = i as u16 + 1;
        for (j, &y) in b.iter().enumerate() {
            let (lcs_up, edit_up) = (lcs[j + 1], edit[j + 1]);
            if x == y {
                lcs[j + 1] = lcs_diag + 1;
                edit[j + 1] = edit_diag;
            } else {
                lcs[j + 1] = lcs_up.max(lcs[j]);
                edit[j + 1] = 1 + edit_diag.min(edit_up).min(edit[j]);
            }
            (lcs_diag, edit_diag) = (lcs_up, edit_up);
        }
    }
    (u32::from(lcs[b.len()]), u32::from(edit[b.len()]))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn bit_parallel_agrees_with_the_tables(
            a in proptest::collection::vec(0u32..5, 0..70),
            b in proptest::collection::vec(0u32..5, 0..70),
        ) {
            let (a, b) = (&a[..], &b[..]);
            let expected = dynamic_programming(a, b);
            prop_assert_eq!(dynamic_programming(b, a), expected);
            prop_assert_eq!(lcs_and_edits(a, b), expected);
            prop_assert_eq!(lcs_and_edits(b, a), expected);
            if a.len() <= 64 {
                prop_assert_eq!(bit_parallel(a, b), expected);
            }
        }
    }

    #[test]
    fn lcs_and_edits_on_small_sequences() {
        assert_eq!(lcs_and_edits(&[], &[]), (0, 0));
        assert_eq!(lcs_and_edits(&[1, 2, 3], &[]), (0, 3));
        assert_eq!(lcs_and_edits(&[1, 2, 3], &[1, 2, 3]), (3, 0));
        assert_eq!(lcs_and_edits(&[1, 2, 3, 4], &[1, 3, 4, 5]), (3, 2));
        assert_eq!(lcs_and_edits(&[1, 2, 3], &[3, 2, 1]), (1, 2));
        // kitten / sitting, letter by letter.
        let (k, s) = ([1, 2, 3, 3, 4, 5], [6, 2, 3, 3, 2, 5, 7]);
        assert_eq!(lcs_and_edits(&k, &s), (4, 3));
        assert_eq!(lcs_and_edits(&s, &k), (4, 3));
    }

    #[test]
    fn identical_sentences_measure_one_and_swaps_are_exact() {
        let a = Surface::of("The army said it had not attacked the town on Tuesday.");
        let m = MtMeasures::of(&a, &a);
        assert_eq!(
            (m.bleu_min, m.bleu_max, m.lcs, m.edit_rate),
            (1.0, 1.0, 1.0, 0.0)
        );
        assert_eq!(m.precision_min, [1.0; MAX_N]);
        let b = Surface::of("On Tuesday the army said the town had not been attacked.");
        let (ab, ba) = (MtMeasures::of(&a, &b), MtMeasures::of(&b, &a));
        assert_eq!(ab, ba);
        assert!(ab.bleu_min <= ab.bleu_max && ab.bleu_max < 1.0);
        assert!(ab.lcs > 0.5 && ab.edit_rate > 0.3, "{ab:?}");
        // Against nothing, nothing is shared and every word is an edit.
        let empty = MtMeasures::of(&Surface::of(""), &a);
        let nothing_kept = MtMeasures {
            edit_rate: 1.0,
            ..MtMeasures::default()
        };
        assert_eq!(empty, nothing_kept);
    }

    #[test]
    fn a_shorter_sentence_inside_a_longer_one_has_full_precision_one_way() {
        let short = Surface::of("Rebels shelled the port overnight.");
        let long = Surface::of("Rebels shelled the port overnight, killing two fishermen.");
        let m = MtMeasures::of(&short, &long);
        assert_eq!(m.precision_max, [1.0; MAX_N]);
        assert!(m.precision_min[0] < 1.0);
        // The brevity penalty lowers BLEU with the short side as candidate.
        assert!(m.bleu_min < m.bleu_max);
        assert_eq!(m.lcs, 10.0 / 13.0);
    }
}
