//! The measures a [`super::LearnedMatcher`] combines: each a symmetric function of two
//! vectorised sentences, so that the learned score is symmetric too.
//!
//! The set was chosen by ablation on MRPC train (`examples/fit_matcher.rs --ablation`):
//! measures whose removal cost nothing were left out (coverage of the better-covered side,
//! unshared figures, token length ratio and others), since redundant columns only make
//! the weights harder to read.

use super::super::{Matcher, NumberAgreement, Vector};
use super::surface::{common, common_ids, cover_min, dice, Surface};

/// Names of the features, in the order of [`Features::values`] and of the weights file.
pub const FEATURE_NAMES: [&str; FEATURE_COUNT] = [
    "dice",
    "cover_max",
    "jaccard",
    "names_unmatched",
    "fuzzy_names",
    "numbers_conflict",
    "extra_weight_max",
    "word_dice",
    "bigram_dice",
    "bigram_cover_min",
    "trigram_dice",
    "char_dice",
    "negation_mismatch",
    "len_min",
];

/// Number of features.
pub const FEATURE_COUNT: usize = 14;

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

    /// Measures `left` against `right`: `matcher`'s evidence on stems, names and figures,
    /// and the surfaces of [`super::super::Model::vectorize_with_surface`] (a vector
    /// without one counts as an empty surface, which lowers the score).
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
        let shared_terms = common_ids(
            left.terms.iter().map(|t| t.id),
            right.terms.iter().map(|t| t.id),
        ) + fuzzy;
        let union = (left.terms.len() + right.terms.len()).saturating_sub(shared_terms);
        let jaccard = match union {
            0 => 0.0,
            u => shared_terms as f64 / u as f64,
        };
        let shared_names = common(&left.names, &right.names);
        let names_unmatched = (left.names.len() + right.names.len())
            .saturating_sub(2 * (shared_names + fuzzy)) as f64;
        let extra = |v: &Vector| (v.total - shared).max(0.0);
        let empty = Surface::default();
        let (sl, sr) = (
            left.surface.as_deref().unwrap_or(&empty),
            right.surface.as_deref().unwrap_or(&empty),
        );
        Self::from_values([
            evidence.lexical,
            coverage(left.total).max(coverage(right.total)),
            jaccard,
            names_unmatched.ln_1p(),
            (fuzzy as f64).ln_1p(),
            f64::from(u8::from(evidence.numbers == NumberAgreement::Conflict)),
            extra(left).max(extra(right)).ln_1p(),
            dice(&sl.words, &sr.words),
            dice(&sl.bigrams, &sr.bigrams),
            cover_min(&sl.bigrams, &sr.bigrams),
            dice(&sl.trigrams, &sr.trigrams),
            dice(&sl.chars, &sr.chars),
            f64::from(u8::from(sl.negated != sr.negated)),
            f64::from(sl.len.min(sr.len)).ln_1p(),
        ])
    }
}
