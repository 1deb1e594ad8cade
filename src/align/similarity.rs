//! Claim similarity between two sentences, from lexical evidence only: the
//! score the align stage uses to decide that two outlets state the same claim.
//!
//! # The score
//!
//! A [`Matcher`] is fitted on the sentences of a corpus ([`Matcher::fit`]) to
//! learn how rare each token is; each sentence is then vectorised once
//! ([`Model::vectorize`]) and any two vectors are scored ([`Matcher::score`]).
//!
//! Tokens are stems of content words (Snowball English, after case folding and
//! accent stripping; stop words dropped) and figures read as values (`2.5
//! billion` = `2,500,000,000`). Each token `t` weighs its smoothed inverse
//! document frequency `w(t) = ln((1 + N) / (1 + df(t))) + 1`, so that a shared
//! place name or figure says far more than a shared "said" or "people".
//!
//! ```text
//! M      = sum of w(t) over tokens in both sentences
//!        + sum of j * (w(a) + w(b)) / 2 over fuzzy name pairs (a, b) with Jaro-Winkler j
//! lex    = 2 M / (W(a) + W(b))      W(x): total weight of sentence x
//! score  = lex * (1 - p)            p = number-conflict penalty when both
//!                                   sentences have figures and none is shared,
//!                                   else 0
//! ```
//!
//! Why each part is there:
//! - IDF weights: claims are recognised by their rare words (actors, places,
//!   figures); frequent words match across unrelated sentences.
//! - Stems: outlets inflect the same verb differently ("attacked", "attacks").
//! - Fuzzy names ([`fuzzy`] docs): transliterations (`Gadhafi`/`Gaddafi`)
//!   would otherwise count as two different rare tokens, the worst mismatch
//!   there is. Only tokens left unmatched after the exact merge are compared,
//!   and only capitalised ones, so the cost stays small.
//! - Dice over weights (shared weight against the mean total weight): the
//!   simplest symmetric form. The mean, geometric mean, minimum and maximum of
//!   the two coverages `M / W(x)` were measured too and did no better on MRPC
//!   or STS-B (`examples/eval_match.rs`), nor did adding stop words, character
//!   trigrams or prefix matching of stems, so they are left out: each costs
//!   speed and, for stop words, makes unrelated sentences of a large corpus look alike.
//! - Number conflict: two sentences with figures that share none usually
//!   report different events or different counts. The align stage, which
//!   wants such pairs as numeric divergences, can read the parts apart in
//!   [`Evidence`] or set the penalty to 0.
//!
//! Scoring two vectors is a merge of two sorted id lists plus Jaro-Winkler
//! among the few unmatched names: no allocation unless a fuzzy candidate
//! passes the cheap length and letter-set filter.

mod fuzzy;
mod learned;
mod model;
mod pairs;

pub use learned::{
    best_threshold, Features, LearnedMatcher, LogisticRegression, Weights, WeightsError,
    FEATURE_COUNT, FEATURE_NAMES,
};
pub use model::{Model, Term, Vector};
pub use pairs::{match_pairs, MatchFormat, MatchSummary, PairScorer};

/// The claim-similarity scorer and its knobs. Build with [`Matcher::builder`].
#[derive(Debug, Clone, PartialEq)]
pub struct Matcher {
    threshold: f64,
    fuzzy: f64,
    number_conflict: f64,
}

impl Default for Matcher {
    fn default() -> Self {
        MatcherBuilder::default().build()
    }
}

/// Builder of a [`Matcher`].
#[derive(Debug, Clone)]
pub struct MatcherBuilder {
    threshold: f64,
    fuzzy: f64,
    number_conflict: f64,
}

impl Default for MatcherBuilder {
    fn default() -> Self {
        Self {
            // Swept on MRPC train (examples/eval_match.rs): accuracy peaks at
            // 0.55 and F1 at 0.40; 0.5 keeps both within a point of their best.
            threshold: 0.5,
            fuzzy: 0.9,
            number_conflict: 0.2,
        }
    }
}

impl MatcherBuilder {
    /// Score at or above which two sentences are taken for the same claim.
    pub fn threshold(mut self, threshold: f64) -> Self {
        self.threshold = threshold;
        self
    }

    /// Lowest Jaro-Winkler similarity at which two names count as one spelled
    /// two ways (0..1; above 1 disables fuzzy matching).
    pub fn fuzzy(mut self, min_similarity: f64) -> Self {
        self.fuzzy = min_similarity;
        self
    }

    /// Share of the score taken away when both sentences have figures and none
    /// is shared (0 = figures never lower the score, 1 = such pairs score 0).
    pub fn number_conflict(mut self, penalty: f64) -> Self {
        self.number_conflict = penalty;
        self
    }

    /// The matcher. Out-of-range knobs are clamped to 0..1 (fuzzy to 0..2),
    /// and a NaN knob takes its default.
    pub fn build(self) -> Matcher {
        let default = Self::default();
        let clamp = |v: f64, d: f64, hi: f64| if v.is_nan() { d } else { v.clamp(0.0, hi) };
        Matcher {
            threshold: clamp(self.threshold, default.threshold, 1.0),
            fuzzy: clamp(self.fuzzy, default.fuzzy, 2.0),
            number_conflict: clamp(self.number_conflict, default.number_conflict, 1.0),
        }
    }
}

/// The parts of a score, for stages that weigh them differently.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Evidence {
    /// The final score, 0..1.
    pub score: f64,
    /// Weighted Dice overlap before the number penalty, 0..1.
    pub lexical: f64,
    /// Weight of the tokens found in both sentences, fuzzy names included.
    pub shared_weight: f64,
    /// Number of name pairs matched only by fuzzy spelling.
    pub fuzzy_names: usize,
    /// Whether the figures agree, conflict or are absent on a side.
    pub numbers: NumberAgreement,
}

/// How the figures of two sentences relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberAgreement {
    /// At most one sentence has figures.
    Absent,
    /// Both have figures and at least one is shared.
    Shared,
    /// Both have figures and none is shared.
    Conflict,
}

impl Matcher {
    /// A builder with the calibrated defaults.
    pub fn builder() -> MatcherBuilder {
        MatcherBuilder::default()
    }

    /// The decision threshold.
    pub fn threshold(&self) -> f64 {
        self.threshold
    }

    /// Learns token ids and rarities from `sentences` (typically every
    /// sentence of the corpus being aligned).
    pub fn fit<I, S>(&self, sentences: I) -> Model
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        Model::fit(self.clone(), sentences)
    }

    /// Whether a score says "same claim".
    pub fn same(&self, score: f64) -> bool {
        score >= self.threshold
    }

    /// The similarity of two vectorised sentences, 0..1, symmetric; 1 for a
    /// sentence against itself; 0 when either has no token.
    pub fn score(&self, left: &Vector, right: &Vector) -> f64 {
        self.evidence(left, right).score
    }

    /// The score with its parts.
    pub fn evidence(&self, left: &Vector, right: &Vector) -> Evidence {
        let mut shared = 0.0f64;
        // Which of the first 64 terms of each side found a partner, so the fuzzy
        // step can skip them without a search.
        let (mut matched_left, mut matched_right) = (0u64, 0u64);
        let (mut i, mut j) = (0, 0);
        let (a, b) = (&left.terms, &right.terms);
        while i < a.len() && j < b.len() {
            match a[i].id.cmp(&b[j].id) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += (f64::from(a[i].weight) + f64::from(b[j].weight)) / 2.0;
                    matched_left |= 1u64.checked_shl(i as u32).unwrap_or(0);
                    matched_right |= 1u64.checked_shl(j as u32).unwrap_or(0);
                    i += 1;
                    j += 1;
                }
            }
        }
        let (fuzzy_weight, fuzzy_names) =
            self.fuzzy_names(left, right, matched_left, matched_right);
        shared += fuzzy_weight;
        let numbers = number_agreement(&left.numbers, &right.numbers);
        // Dice over weights: shared weight against the mean weight of the two sentences.
        let lexical = if left.total > 0.0 && right.total > 0.0 {
            (2.0 * shared / (left.total + right.total)).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let penalty = match numbers {
            NumberAgreement::Conflict => self.number_conflict,
            _ => 0.0,
        };
        Evidence {
            score: (lexical * (1.0 - penalty)).clamp(0.0, 1.0),
            lexical,
            shared_weight: shared,
            fuzzy_names,
            numbers,
        }
    }

    /// Weight credited to name pairs spelled differently, matched one-to-one,
    /// best first. Ties are broken by the unordered pair of ids so the result
    /// does not depend on which sentence is on the left.
    fn fuzzy_names(
        &self,
        left: &Vector,
        right: &Vector,
        matched_left: u64,
        matched_right: u64,
    ) -> (f64, usize) {
        if left.fuzzy.is_empty() || right.fuzzy.is_empty() || self.fuzzy > 1.0 {
            return (0.0, 0);
        }
        let unmatched =
            |key: &fuzzy::FuzzyKey, this: &Vector, other: &Vector, matched: u64| match 1u64
                .checked_shl(key.term)
            {
                Some(bit) => matched & bit == 0,
                None => {
                    let id = this.terms[key.term as usize].id;
                    other.terms.binary_search_by_key(&id, |t| t.id).is_err()
                }
            };
        let mut candidates: Vec<(f64, u32, u32)> = Vec::new();
        for ka in left
            .fuzzy
            .iter()
            .filter(|k| unmatched(k, left, right, matched_left))
        {
            for kb in right
                .fuzzy
                .iter()
                .filter(|k| unmatched(k, right, left, matched_right))
            {
                if let Some(sim) = fuzzy::similarity(ka, &left.text, kb, &right.text, self.fuzzy) {
                    candidates.push((sim, ka.term, kb.term));
                }
            }
        }
        if candidates.is_empty() {
            return (0.0, 0);
        }
        let ids = |&(_, ta, tb): &(f64, u32, u32)| {
            let (x, y) = (left.terms[ta as usize].id, right.terms[tb as usize].id);
            (x.min(y), x.max(y))
        };
        candidates.sort_by(|p, q| q.0.total_cmp(&p.0).then_with(|| ids(p).cmp(&ids(q))));
        let (mut used_left, mut used_right) = (Vec::new(), Vec::new());
        let mut weight = 0.0;
        for (sim, ta, tb) in candidates {
            if used_left.contains(&ta) || used_right.contains(&tb) {
                continue;
            }
            used_left.push(ta);
            used_right.push(tb);
            let (wa, wb) = (
                left.terms[ta as usize].weight,
                right.terms[tb as usize].weight,
            );
            weight += sim * (f64::from(wa) + f64::from(wb)) / 2.0;
        }
        (weight, used_left.len())
    }
}

fn number_agreement(left: &[u32], right: &[u32]) -> NumberAgreement {
    if left.is_empty() || right.is_empty() {
        return NumberAgreement::Absent;
    }
    if left.iter().any(|n| right.binary_search(n).is_ok()) {
        NumberAgreement::Shared
    } else {
        NumberAgreement::Conflict
    }
}

#[cfg(test)]
mod tests;
