//! A learned claim similarity: the lexical measures of the [`Matcher`] and a few cheap
//! extras ([`Features`]) combined by logistic regression into the probability that two
//! sentences state the same claim. Used by `crosscheck match`; the weights are fitted on
//! MRPC train by `examples/fit_matcher.rs` and embedded from `data/matcher_weights.toml`.
//!
//! Why a learned combination: each measure alone misjudges a known kind of pair (Dice
//! forgives one side adding a clause, coverage of the shorter side forgives the longer
//! side's extra claim, a name or figure found on one side only is a different event more
//! often than an omission). Weighing them against labelled pairs beats any one of them.
//! Measures from machine-translation evaluation (module `mt`: BLEU, clipped n-gram precision,
//! ROUGE-L, word edit rate) add word order and repeats. 10-fold cross-validated on MRPC
//! train: 76.40% accuracy, F1 83.21 (the lexical measures alone 75.93%, F1 83.16; the
//! weighted Dice alone 71.64%); details in the weights file's header.

use std::sync::LazyLock;

mod features;
mod logistic;
mod mt;
mod surface;

pub use features::{Features, FEATURE_COUNT, FEATURE_NAMES};
pub use logistic::{best_threshold, LogisticRegression};
pub(crate) use surface::Surface;

use super::{Matcher, Model, Vector};

/// The embedded weights file.
const BUILTIN_TOML: &str = include_str!("../../../data/matcher_weights.toml");

static BUILTIN: LazyLock<Weights> =
    LazyLock::new(|| Weights::parse(BUILTIN_TOML).unwrap_or_else(|_| Weights::dice_only()));

/// Why a weights file could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("matcher weights: {0}")]
pub struct WeightsError(String);

/// Fitted logistic-regression weights over [`Features`], and the decision threshold.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    pub(crate) intercept: f64,
    pub(crate) coefficients: [f64; FEATURE_COUNT],
    pub(crate) threshold: f64,
}

impl Weights {
    /// The weights embedded from `data/matcher_weights.toml`.
    pub fn builtin() -> &'static Weights {
        &BUILTIN
    }

    /// Reads a weights file: `intercept`, `threshold` and a `[weights]` table with one
    /// finite number per name of [`FEATURE_NAMES`], no more and no fewer.
    pub fn parse(text: &str) -> Result<Self, WeightsError> {
        let table: toml::Table = text.parse().map_err(|e| WeightsError(format!("{e}")))?;
        let number = |value: Option<&toml::Value>, name: &str| {
            let v = value
                .and_then(|v| v.as_float().or_else(|| v.as_integer().map(|i| i as f64)))
                .ok_or_else(|| WeightsError(format!("`{name}` is missing or not a number")))?;
            if v.is_finite() {
                Ok(v)
            } else {
                Err(WeightsError(format!("`{name}` is not finite")))
            }
        };
        let intercept = number(table.get("intercept"), "intercept")?;
        let threshold = number(table.get("threshold"), "threshold")?;
        if !(0.0..=1.0).contains(&threshold) {
            return Err(WeightsError("`threshold` is outside 0..1".into()));
        }
        let weights = table
            .get("weights")
            .and_then(|v| v.as_table())
            .ok_or_else(|| WeightsError("no [weights] table".into()))?;
        if let Some(extra) = weights
            .keys()
            .find(|k| !FEATURE_NAMES.contains(&k.as_str()))
        {
            return Err(WeightsError(format!("unknown feature `{extra}`")));
        }
        let mut coefficients = [0.0; FEATURE_COUNT];
        for (c, name) in coefficients.iter_mut().zip(FEATURE_NAMES) {
            *c = number(weights.get(name), name)?;
        }
        Ok(Self {
            intercept,
            coefficients,
            threshold,
        })
    }

    /// The weights file, with `header` (one comment line per line) on top.
    pub fn to_toml(&self, header: &str) -> String {
        let mut out = String::new();
        for line in header.lines() {
            out.push_str(&format!("# {line}\n").replace("# \n", "#\n"));
        }
        out.push_str(&format!(
            "\nthreshold = {:?}\nintercept = {:?}\n\n[weights]\n",
            self.threshold, self.intercept
        ));
        for (name, c) in FEATURE_NAMES.iter().zip(self.coefficients) {
            out.push_str(&format!("{name} = {c:?}\n"));
        }
        out
    }

    /// The same weights deciding at `threshold` (clamped to 0..1; NaN keeps the current one).
    pub fn with_threshold(mut self, threshold: f64) -> Self {
        if !threshold.is_nan() {
            self.threshold = threshold.clamp(0.0, 1.0);
        }
        self
    }

    /// The decision threshold on the probability.
    pub fn threshold(&self) -> f64 {
        self.threshold
    }

    /// The intercept and the weight of each feature, in the order of [`FEATURE_NAMES`].
    pub fn coefficients(&self) -> (f64, &[f64; FEATURE_COUNT]) {
        (self.intercept, &self.coefficients)
    }

    /// The probability of "same claim" for `features`.
    pub fn probability(&self, features: &Features) -> f64 {
        let z: f64 = self.intercept
            + self
                .coefficients
                .iter()
                .zip(features.values())
                .map(|(c, v)| c * v)
                .sum::<f64>();
        logistic::sigmoid(z)
    }

    /// A fallback that reads the weighted Dice alone (probability 0.5 at Dice 0.5), used
    /// only if the embedded file were unreadable, which a test rules out.
    fn dice_only() -> Self {
        let mut coefficients = [0.0; FEATURE_COUNT];
        coefficients[0] = 10.0;
        Self {
            intercept: -5.0,
            coefficients,
            threshold: 0.5,
        }
    }
}

/// The learned claim-similarity scorer: a [`Matcher`] for the measures and [`Weights`]
/// to combine them. Scores are probabilities, 0..1, symmetric.
#[derive(Debug, Clone, PartialEq)]
pub struct LearnedMatcher {
    matcher: Matcher,
    weights: Weights,
}

impl Default for LearnedMatcher {
    fn default() -> Self {
        Self::new(Matcher::default(), Weights::builtin().clone())
    }
}

impl LearnedMatcher {
    /// A scorer measuring with `matcher` and combining with `weights`. The weights
    /// file was fitted with the default matcher's knobs; other knobs shift the features.
    pub fn new(matcher: Matcher, weights: Weights) -> Self {
        Self { matcher, weights }
    }

    /// The same scorer deciding at `threshold` (see [`Weights::with_threshold`]).
    pub fn with_threshold(mut self, threshold: f64) -> Self {
        self.weights = self.weights.with_threshold(threshold);
        self
    }

    /// The matcher that measures the features.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// The weights that combine them.
    pub fn weights(&self) -> &Weights {
        &self.weights
    }

    /// The decision threshold on the probability.
    pub fn threshold(&self) -> f64 {
        self.weights.threshold
    }

    /// Learns token ids and rarities from `sentences`, as [`Matcher::fit`].
    pub fn fit<I, S>(&self, sentences: I) -> Model
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.matcher.fit(sentences)
    }

    /// The features of a pair.
    pub fn features(&self, left: &Vector, right: &Vector) -> Features {
        Features::of(&self.matcher, left, right)
    }

    /// The probability that the two sentences state the same claim.
    pub fn score(&self, left: &Vector, right: &Vector) -> f64 {
        self.weights.probability(&self.features(left, right))
    }

    /// Whether a probability says "same claim".
    pub fn same(&self, score: f64) -> bool {
        score >= self.weights.threshold
    }
}

#[cfg(test)]
mod tests;
