//! Align claims across outlets: score sentence pairs and keep the pairs that say the same
//! thing (or are related enough to contradict each other).
//!
//! Documents are compared only within their topic (given, or found by document similarity
//! in [`topics`]); within a topic, candidate pairs come from an inverted index of rare
//! tokens ([`candidates`]), so cost grows with the number of sentences that share rare
//! words, not with the square of the corpus.

mod candidates;
pub mod clauses;
mod pairing;
pub mod similarity;
pub mod topics;

use rayon::prelude::*;

use crate::extract::Document;
use similarity::{Evidence, Matcher, Model, Vector};

/// A sentence of the corpus: document index and sentence index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SentenceId {
    /// Index of the document in the corpus.
    pub doc: usize,
    /// Index of the sentence in its document.
    pub sentence: usize,
}

/// Two sentences scored against each other.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// The sentence that comes first in corpus order.
    pub left: SentenceId,
    /// The other.
    pub right: SentenceId,
    /// The parts of their similarity, with corpus-wide token weights: how related they are.
    pub evidence: Evidence,
    /// The similarity with each token's weight also scaled by its rarity within the topic
    /// (a story's main actors, in most of its sentences, count for little), 0..1: whether
    /// they state the same claim rather than only speak of the same actors.
    pub focused: f64,
    /// Which pieces of the two sentences gave [`Link::focused`]: 0 for the whole sentence,
    /// `k` for its `k`-th clause window ([`clauses::windows`]); left's first. A long
    /// sentence can state several claims, one per clause, each with its own match.
    pub pieces: (usize, usize),
}

impl Link {
    /// The similarity, 0..1.
    pub fn score(&self) -> f64 {
        self.evidence.score
    }

    /// The same-claim score ([`Link::focused`]), compared with [`Aligner::same`].
    pub fn claim_score(&self) -> f64 {
        self.focused
    }
}

/// Default same-claim threshold on alignment scores. Calibrated on STS-B, not on any news
/// story: the threshold at which the clause-level score best separates pairs the STS-B
/// annotators rate "roughly equivalent" or closer (3 of 5 and up), F1-optimal at 0.40 on
/// STS-B train and 0.43 on STS-B dev (`examples/eval_match.rs`). Lower than the matcher's
/// MRPC threshold (0.5), which is for whole-sentence paraphrase; a shared claim needs only
/// one clause of each sentence to say the same.
pub const DEFAULT_SHARED: f64 = 0.4;

/// Knobs of the aligner. Build with [`Aligner::builder`].
#[derive(Debug, Clone)]
pub struct Aligner {
    matcher: Matcher,
    shared: f64,
    related: f64,
    topic_threshold: f64,
}

/// Builder for [`Aligner`].
#[derive(Debug, Clone)]
pub struct AlignerBuilder {
    aligner: Aligner,
}

impl Default for Aligner {
    fn default() -> Aligner {
        Aligner {
            matcher: Matcher::default(),
            shared: DEFAULT_SHARED,
            related: 0.25,
            topic_threshold: topics::DEFAULT_THRESHOLD,
        }
    }
}

impl AlignerBuilder {
    /// The claim scorer (its threshold decides "same claim").
    pub fn matcher(mut self, matcher: Matcher) -> Self {
        self.aligner.matcher = matcher;
        self
    }

    /// Lowest alignment score (best of sentences and clauses, [`Aligner::evidence`]) at
    /// which two sentences of different outlets state the same claim.
    pub fn shared(mut self, shared: f64) -> Self {
        self.aligner.shared = shared.clamp(0.0, 1.0);
        self
    }

    /// Lowest score at which two sentences count as related (kept for contradiction
    /// checks and to decide that a claim is not unique).
    pub fn related(mut self, related: f64) -> Self {
        self.aligner.related = related.clamp(0.0, 1.0);
        self
    }

    /// Document similarity above which two documents without a given topic are put in one.
    pub fn topic_threshold(mut self, t: f64) -> Self {
        self.aligner.topic_threshold = t.clamp(0.0, 1.0);
        self
    }

    /// The aligner.
    pub fn build(self) -> Aligner {
        self.aligner
    }
}

/// What alignment found: topics and every related pair of sentences.
#[derive(Debug, Clone)]
pub struct Alignment {
    /// Documents grouped by topic; each topic's documents in corpus order.
    pub topics: Vec<topics::Topic>,
    /// Related pairs (score at least the `related` knob), sorted by sentence ids. Pairs
    /// within one document are kept too: they can contradict each other.
    pub links: Vec<Link>,
    /// Sentences repeated verbatim across documents (site furniture, boilerplate).
    pub boilerplate: Vec<SentenceId>,
}

impl Aligner {
    /// A builder with the calibrated defaults.
    pub fn builder() -> AlignerBuilder {
        AlignerBuilder {
            aligner: Aligner::default(),
        }
    }

    /// The claim scorer.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// The alignment evidence of two sentences: the best of the whole sentences and their
    /// clauses (see [`clauses`]).
    pub fn evidence(&self, left: &Vector, right: &Vector) -> Evidence {
        pairing::evidence(&self.matcher, left, right)
    }

    /// The same-claim threshold on alignment scores.
    pub fn shared_threshold(&self) -> f64 {
        self.shared
    }

    /// Whether an alignment score says "same claim".
    pub fn same(&self, score: f64) -> bool {
        score >= self.shared
    }

    /// The related-pair threshold.
    pub fn related(&self) -> f64 {
        self.related
    }

    /// Fits the scorer on the corpus and vectorises every sentence.
    pub fn vectorize(&self, docs: &[Document]) -> (Model, Vec<Vec<Vector>>) {
        let model = self.matcher.fit(
            docs.iter()
                .flat_map(|d| d.claims.iter().map(|c| c.text.as_str())),
        );
        // Vectorising is pure per sentence: parallel over documents, order kept.
        let vectors = docs
            .par_iter()
            .map(|d| {
                d.claims
                    .iter()
                    .map(|c| {
                        let parts = clauses::windows(&c.text)
                            .into_iter()
                            .filter_map(|(a, b)| c.text.get(a..b))
                            .map(|clause| model.vectorize(clause))
                            .collect();
                        model.vectorize(&c.text).with_parts(parts)
                    })
                    .collect()
            })
            .collect();
        (model, vectors)
    }

    /// Groups `docs` by topic and finds every related sentence pair within each topic.
    pub fn align(&self, docs: &[Document], vectors: &[Vec<Vector>]) -> Alignment {
        let topics = topics::group(docs, vectors, self.topic_threshold);
        let boilerplate = candidates::boilerplate(docs);
        let mut links: Vec<Link> = topics
            .par_iter()
            .flat_map_iter(|t| {
                candidates::links(t, vectors, &self.matcher, self.related, &boilerplate)
            })
            .collect();
        links.sort_by_key(|l| (l.left, l.right));
        Alignment {
            topics,
            links,
            boilerplate,
        }
    }
}

#[cfg(test)]
mod tests;
