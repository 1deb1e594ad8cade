//! The measures a [`super::LearnedMatcher`] combines: each a symmetric function of two
//! vectorised sentences, so that the learned score is symmetric too.
//!
//! The first 14 were chosen by ablation on MRPC train (`examples/fit_matcher.rs
//! --ablation`): measures whose removal cost nothing were left out (coverage of the
//! better-covered side, unshared figures, token length ratio and others). The 17 after
//! them (MT metrics, stem precision, count gaps, containment) are all kept: pruning them
//! on the same folds looked better there but lost when the selection was nested inside
//! the folds, so the selection was fitting noise.

use super::super::{Matcher, NumberAgreement, Vector};
use super::mt::MtMeasures;
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
    "bleu_min",
    "bleu_max",
    "prec1_min",
    "prec1_max",
    "prec2_min",
    "prec2_max",
    "prec3_min",
    "prec3_max",
    "prec4_min",
    "prec4_max",
    "rouge_l",
    "edit_rate",
    "stem_prec_min",
    "stem_prec_max",
    "numbers_diff",
    "negation_diff",
    "contained",
];

/// Number of features.
pub const FEATURE_COUNT: usize = 31;

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
        let mt = MtMeasures::of(sl, sr);
        let stem_precision = |v: &Vector| match v.terms.len() {
            0 => 0.0,
            n => (shared_terms as f64 / n as f64).min(1.0),
        };
        let (pl, pr) = (stem_precision(left), stem_precision(right));
        let shorter = left.terms.len().min(right.terms.len());
        let contained = shorter > 0 && shared_terms >= shorter;
        let gap = |a: usize, b: usize| (a.abs_diff(b) as f64).ln_1p();
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
            mt.bleu_min,
            mt.bleu_max,
            mt.precision_min[0],
            mt.precision_max[0],
            mt.precision_min[1],
            mt.precision_max[1],
            mt.precision_min[2],
            mt.precision_max[2],
            mt.precision_min[3],
            mt.precision_max[3],
            mt.lcs,
            mt.edit_rate,
            pl.min(pr),
            pl.max(pr),
            gap(left.numbers.len(), right.numbers.len()),
            gap(sl.negations as usize, sr.negations as usize),
            f64::from(u8::from(contained)),
        ])
    }
}
