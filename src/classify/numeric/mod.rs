//! The numeric audit: find figures that count the same thing in different reports (or from
//! different sources in one report), put them on one scale, and say whether they agree,
//! are compatible or conflict.
//!
//! A figure is compared only if its sentence names what it counts (a counted noun, a noun
//! the figure measures, or an outcome such as `killed`); `Elizabeth Lauten, 31` or
//! `according to three officials` are not figures of the story. Two figures are compared
//! only within one topic, only if they are of one dimension (counts, one currency,
//! lengths...), and only if [`referent::relate`] finds nothing that tells them apart
//! (counted noun, modifiers, places, outcome, another batch, a part of a group). Then the
//! sentences must say enough in common ([`Auditor`] thresholds): a firm match of the
//! counted noun needs little, a match narrowed by a modifier only one side has needs more,
//! and figures more than [`Auditor::max_ratio`] times apart need the sentences to state the
//! same claim, because the same quantity is rarely reported at different orders of
//! magnitude. Within one article, only figures from two different sources are compared.
//! Matched figures are grouped by complete linkage: every two figures of a group match.

mod display;
pub mod interval;
pub mod lexicon;
mod pairing;
pub mod referent;
pub mod scale;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use rayon::prelude::*;

use crate::align::similarity::{Matcher, Vector};
use crate::align::topics::Topic;
use crate::extract::quantity::{self, Quantity, QuantityKind};
use crate::extract::Document;
use crate::findings::{Finding, FindingKind, Member, Verdict};
use pairing::{candidate, key, link, Candidate};

/// Knobs of the numeric audit. Build with [`Auditor::builder`].
#[derive(Debug, Clone, PartialEq)]
pub struct Auditor {
    max_ratio: f64,
    same_similarity: f64,
    loose_similarity: f64,
    far_similarity: f64,
}

impl Default for Auditor {
    fn default() -> Self {
        Auditor {
            // Police and organisers' crowd counts, or two sides' casualty claims, differ by
            // up to ten times; beyond that a shared noun is usually a different group.
            max_ratio: 10.0,
            // Firm head match across articles, no names apart: the counted noun and its
            // modifiers have said most of it, but one story holds many sub-events.
            same_similarity: 0.2,
            // Generic head: the sentences must be about the same event.
            loose_similarity: 0.3,
            // Orders of magnitude apart: only the same claim restated (the matcher's
            // same-claim threshold, calibrated on MRPC).
            far_similarity: 0.5,
        }
    }
}

/// Builder of an [`Auditor`].
#[derive(Debug, Clone, Default)]
pub struct AuditorBuilder {
    auditor: Auditor,
}

impl AuditorBuilder {
    /// How many times apart two figures may be before the sentences must state the same claim.
    pub fn max_ratio(mut self, r: f64) -> Self {
        self.auditor.max_ratio = if r.is_nan() { 10.0 } else { r.max(1.0) };
        self
    }

    /// Sentence similarity needed when the counted nouns match (0..1).
    pub fn same_similarity(mut self, s: f64) -> Self {
        self.auditor.same_similarity = s.clamp(0.0, 1.0);
        self
    }

    /// Sentence similarity needed when a counted noun is generic or missing (0..1).
    pub fn loose_similarity(mut self, s: f64) -> Self {
        self.auditor.loose_similarity = s.clamp(0.0, 1.0);
        self
    }

    /// Sentence similarity needed for figures more than `max_ratio` apart (0..1).
    pub fn far_similarity(mut self, s: f64) -> Self {
        self.auditor.far_similarity = s.clamp(0.0, 1.0);
        self
    }

    /// The auditor.
    pub fn build(self) -> Auditor {
        self.auditor
    }
}

/// One figure of a quantity group, as the `numbers` command lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditedFigure {
    /// The sentence, with the figure as [`Detail::Figure`].
    pub member: Member,
    /// The figure for people: `16,000+`, `~500`, `USD 1,000/month`.
    pub display: String,
    /// Its interval in base units, on the basis it was compared on: `[16000, ∞)`.
    pub interval: String,
    /// Who gave it: the attributed source, else the outlet.
    pub attributed_to: String,
}

/// Figures found to count one quantity.
#[derive(Debug, Clone, PartialEq)]
pub struct QuantityGroup {
    /// Topic the documents were compared in.
    pub topic: String,
    /// What is counted, in words.
    pub quantity: String,
    /// Kind of the figures.
    pub kind: QuantityKind,
    /// Unit or currency, if any.
    pub unit: Option<String>,
    /// The worst verdict between two of its figures.
    pub verdict: Verdict,
    /// Spread of the figures: 1 - smallest / largest stated value.
    pub spread: f64,
    /// Its figures, in corpus order.
    pub figures: Vec<AuditedFigure>,
    /// Why they were grouped.
    pub evidence: Vec<String>,
}

/// Every quantity group of a corpus, agreements included.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NumericAudit {
    /// Groups, conflicts first, then compatible, then agreements; in corpus order within.
    pub groups: Vec<QuantityGroup>,
}

impl NumericAudit {
    /// The divergences (conflicts and compatible figures) as findings; agreements are not
    /// divergences. Ids are left empty for the pipeline to number.
    pub fn findings(&self) -> Vec<Finding> {
        self.groups
            .iter()
            .filter(|g| g.verdict != Verdict::Agree)
            .map(|g| Finding {
                id: String::new(),
                kind: FindingKind::NumericDivergence {
                    quantity: g.quantity.clone(),
                    unit: g.unit.clone(),
                    verdict: g.verdict,
                },
                score: g.spread,
                summary: display::summary(g),
                members: g.figures.iter().map(|f| f.member.clone()).collect(),
                evidence: g.evidence.clone(),
            })
            .collect()
    }
}

/// Two figures found to count the same thing.
#[derive(Debug, Clone, PartialEq)]
pub struct FigurePair {
    /// The figure of the left sentence.
    pub left: Quantity,
    /// The figure of the right sentence.
    pub right: Quantity,
    /// How they relate.
    pub verdict: Verdict,
}

impl Auditor {
    /// A builder with the defaults.
    pub fn builder() -> AuditorBuilder {
        AuditorBuilder::default()
    }

    /// Audits every figure of `docs`, topic by topic. `vectors` are the aligner's sentence
    /// vectors and `matcher` its scorer, used for sentence similarity.
    pub fn audit(
        &self,
        docs: &[Document],
        vectors: &[Vec<Vector>],
        topics: &[Topic],
        matcher: &Matcher,
    ) -> NumericAudit {
        // Topics are independent: audited in parallel, then sorted, so the output does not
        // depend on the thread count.
        let mut groups: Vec<QuantityGroup> = topics
            .par_iter()
            .flat_map_iter(|t| self.audit_topic(docs, vectors, t, matcher))
            .collect();
        groups.sort_by(|a, b| {
            b.verdict
                .cmp(&a.verdict)
                .then_with(|| key(a).cmp(&key(b)))
                .then_with(|| a.quantity.cmp(&b.quantity))
        });
        NumericAudit { groups }
    }

    /// Compares the figures of two sentences as if two outlets reported them on one topic:
    /// every pair found to count the same thing, with its verdict. Sentence similarity
    /// comes from a matcher fitted on the two sentences alone.
    pub fn compare_sentences(&self, left: &str, right: &str) -> Vec<FigurePair> {
        let matcher = Matcher::default();
        let model = matcher.fit([left, right]);
        let vectors = vec![vec![model.vectorize(left)], vec![model.vectorize(right)]];
        let (lq, rq) = (quantity::read(left), quantity::read(right));
        let cands: Vec<Candidate> = [(0, left, &lq), (1, right, &rq)]
            .into_iter()
            .flat_map(|(doc, text, qs)| {
                qs.iter()
                    .filter_map(move |q| candidate(doc, 0, text, q, qs, None))
            })
            .collect();
        let mut out = Vec::new();
        for (i, a) in cands.iter().enumerate() {
            for (j, b) in cands.iter().enumerate().skip(i + 1) {
                if a.doc == b.doc || a.dimension != b.dimension {
                    continue;
                }
                if let Some(e) = self.edge(&cands, i, j, &vectors, &matcher) {
                    out.push(FigurePair {
                        left: a.quantity.clone(),
                        right: b.quantity.clone(),
                        verdict: e.verdict,
                    });
                }
            }
        }
        out
    }

    fn audit_topic(
        &self,
        docs: &[Document],
        vectors: &[Vec<Vector>],
        topic: &Topic,
        matcher: &Matcher,
    ) -> Vec<QuantityGroup> {
        let mut cands: Vec<Candidate> = Vec::new();
        for &d in &topic.docs {
            let Some(doc) = docs.get(d) else { continue };
            for (s, claim) in doc.claims.iter().enumerate() {
                let source = claim.source.as_ref().map(|a| a.display());
                cands.extend(claim.quantities.iter().filter_map(|q| {
                    candidate(d, s, &claim.text, q, &claim.quantities, source.clone())
                }));
            }
        }
        let mut by_dimension: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, c) in cands.iter().enumerate() {
            by_dimension
                .entry(c.dimension.as_str())
                .or_default()
                .push(i);
        }
        let mut edges = Vec::new();
        for ids in by_dimension.values() {
            for (n, &i) in ids.iter().enumerate() {
                for &j in &ids[n + 1..] {
                    if let Some(e) = self.edge(&cands, i, j, vectors, matcher) {
                        edges.push(e);
                    }
                }
            }
        }
        let clusters = link(cands.len(), &mut edges);
        clusters
            .into_iter()
            .map(|members| self.group(docs, topic, &cands, &edges, &members))
            .collect()
    }
}
