//! The measures a [`super::LearnedMatcher`] combines: each a symmetric function of two
//! vectorised sentences, so that the learned score is symmetric too.

use super::super::{Matcher, NumberAgreement, Vector};
use super::shape::dice;

/// Names of the features, in the order of [`Features::values`] and of the weights file.
pub const FEATURE_NAMES: [&str; FEATURE_COUNT] = [
    "dice",
    "cover_min",
    "cover_max",
    "jaccard",
    "names_unmatched",
    "fuzzy_names",
    "numbers_shared",
    "numbers_conflict",
    "figures_unmatched",
    "length_ratio",
    "extra_weight_min",
    "extra_weight_max",
    "word_dice",
    "bigram_dice",
    "char_dice",
    "word_len_diff",
];

/// Number of features.
pub const FEATURE_COUNT: usize = 16;

/// The feature vector of a sentence pair. Every value is finite.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Features([f64; FEATURE_COUNT]);

impl Features {
    /// The values, in the order of [`FEATURE_NAMES`].
    pub fn values(&self) -> &[f64; FEATURE_COUNT] {
        &self.0
    }

    /// Features from raw values (non-finite values become 0), for fitting and tests.
    pub fn from_values(mut values: [f64; FEATURE_COUNT]) -> Self {
        for v in &mut values {
            if !v.is_finite() {
                *v = 0.0;
            }
        }
        Self(values)
    }

    /// Measures `left` against `right` with `matcher`'s evidence and a few cheap extras.
    pub fn of(matcher: &Matcher, left: &Vector, right: &Vector) -> Self {
        let evidence = matcher.evidence(left, right);
        let shared = evidence.shared_weight;
        let fuzzy = evidence.fuzzy_names;
        let coverage = |total: f64| {
            if total > 0.0 {
                (shared / total).clamp(0.0, 1.0)
            } else {
                0.0
            }
        };
        let (cl, cr) = (coverage(left.total), coverage(right.total));
        let shared_terms = common(
            left.terms.iter().map(|t| t.id),
            right.terms.iter().map(|t| t.id),
        ) + fuzzy;
        let union = (left.terms.len() + right.terms.len()).saturating_sub(shared_terms);
        let jaccard = if union > 0 {
            shared_terms as f64 / union as f64
        } else {
            0.0
        };
        let shared_names = common(left.names.iter().copied(), right.names.iter().copied());
        let names_unmatched = (left.names.len() + right.names.len())
            .saturating_sub(2 * (shared_names + fuzzy)) as f64;
        let shared_figures = common(left.numbers.iter().copied(), right.numbers.iter().copied());
        let figures_unmatched =
            (left.numbers.len() + right.numbers.len()).saturating_sub(2 * shared_figures) as f64;
        let length_ratio = ((left.terms.len() as f64 + 1.0) / (right.terms.len() as f64 + 1.0))
            .ln()
            .abs();
        let (el, er) = (
            (left.total - shared).max(0.0),
            (right.total - shared).max(0.0),
        );
        Self::from_values([
            evidence.lexical,
            cl.min(cr),
            cl.max(cr),
            jaccard,
            names_unmatched.ln_1p(),
            (fuzzy as f64).ln_1p(),
            f64::from(u8::from(evidence.numbers == NumberAgreement::Shared)),
            f64::from(u8::from(evidence.numbers == NumberAgreement::Conflict)),
            figures_unmatched.ln_1p(),
            length_ratio,
            el.min(er).ln_1p(),
            el.max(er).ln_1p(),
            dice(&left.shape.words, &right.shape.words),
            dice(&left.shape.bigrams, &right.shape.bigrams),
            dice(&left.shape.chars, &right.shape.chars),
            f64::from(left.shape.len.abs_diff(right.shape.len)).ln_1p(),
        ])
    }
}

/// Number of values found in both sorted, deduplicated sequences.
pub(super) fn common(a: impl Iterator<Item = u32>, b: impl Iterator<Item = u32>) -> usize {
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
