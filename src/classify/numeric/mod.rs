//! The numeric audit: find figures that count the same thing in different reports (or from
//! different sources in one report), put them on one scale, and say whether they agree,
//! are compatible or conflict.
//!
//! Two figures are compared only within one topic, only if they are of one dimension
//! (counts, one currency, lengths...), and only if [`referent::relate`] finds nothing that
//! tells them apart (counted noun, modifiers, places, outcome, another batch). Then the
//! sentences must say enough in common ([`Auditor`] thresholds): a firm head match needs
//! little, a generic one (`people`, `members`) needs more, and figures more than
//! [`Auditor::max_ratio`] times apart need the sentences to state the same claim, because
//! the same quantity is rarely reported at different orders of magnitude. Within one
//! article, two figures are compared unless they come from the same named source.
//! Matched figures are grouped by complete linkage: every two figures of a group match.

mod display;
pub mod interval;
pub mod lexicon;
pub mod referent;
pub mod scale;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, HashSet};

use crate::align::similarity::{Matcher, Vector};
use crate::align::topics::Topic;
use crate::extract::quantity::{self, Quantity, QuantityKind};
use crate::extract::Document;
use crate::findings::{Detail, Finding, FindingKind, Member, Verdict};
use interval::Interval;
use referent::{HeadMatch, Referent};
use scale::{Basis, Reading};

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

/// A figure of the corpus, read for comparison.
struct Candidate<'a> {
    doc: usize,
    sentence: usize,
    quantity: &'a Quantity,
    dimension: String,
    readings: Vec<Reading>,
    referent: Referent,
    source: Option<String>,
    reported: bool,
}

/// A figure read for comparison, if it can be compared at all.
fn candidate<'a>(
    doc: usize,
    sentence: usize,
    text: &str,
    q: &'a Quantity,
    others: &[Quantity],
    source: Option<String>,
) -> Option<Candidate<'a>> {
    if !interval::comparable_kind(q.kind) {
        return None;
    }
    let (dimension, _) = scale::dimension(q)?;
    let readings = scale::readings(q, others);
    // A figure that names nothing it counts (`Elizabeth Lauten, 31`, `compared to 47 the
    // night before`) could be anything: it is not compared.
    let referent = referent::describe(text, q);
    if readings.is_empty() || referent::unnamed(&referent) || referent.source_count {
        return None;
    }
    Some(Candidate {
        doc,
        sentence,
        quantity: q,
        dimension,
        readings,
        referent,
        reported: source.is_none() && referent::reports_speech(text),
        source,
    })
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

/// A matched pair of candidates.
struct Edge {
    left: usize,
    right: usize,
    verdict: Verdict,
    strength: f64,
    intervals: (Interval, Interval),
    basis: Basis,
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
        let mut groups: Vec<QuantityGroup> = topics
            .iter()
            .flat_map(|t| self.audit_topic(docs, vectors, t, matcher))
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

    fn edge(
        &self,
        cands: &[Candidate],
        i: usize,
        j: usize,
        vectors: &[Vec<Vector>],
        matcher: &Matcher,
    ) -> Option<Edge> {
        let (a, b) = (&cands[i], &cands[j]);
        if a.doc == b.doc {
            // Two figures of one sentence are never two reports of one quantity. In one
            // article, figures in the outlet's own voice are a breakdown or an update (`33
            // seats in play, 23 held by Democrats`), and one source giving two figures is
            // too: only two different sources are compared. Until attribution names the
            // source, a sentence that reports someone's words (`said`, `according to`) is
            // taken to have one.
            let attributed = |c: &Candidate| c.source.is_some() || c.reported;
            if a.sentence == b.sentence
                || !attributed(a)
                || !attributed(b)
                || (a.source.is_some() && a.source == b.source)
            {
                return None;
            }
        }
        let head = referent::relate(&a.referent, &b.referent).ok()?;
        let (verdict, (li, basis), ri) = scale::compare(&a.readings, &b.readings)?;
        let similarity = match (
            vectors.get(a.doc).and_then(|v| v.get(a.sentence)),
            vectors.get(b.doc).and_then(|v| v.get(b.sentence)),
        ) {
            (Some(x), Some(y)) => matcher.evidence(x, y).lexical,
            _ => 0.0,
        };
        let needed = if li.ratio(&ri) > self.max_ratio {
            self.far_similarity
        } else if head == HeadMatch::Same && a.doc == b.doc {
            // One article tells one story: its sentences need not repeat its words.
            0.0
        } else if head == HeadMatch::Same && referent::share_names(&a.referent, &b.referent) {
            self.same_similarity
        } else {
            self.loose_similarity
        };
        (similarity >= needed).then(|| Edge {
            left: i,
            right: j,
            verdict,
            strength: similarity + if head == HeadMatch::Same { 1.0 } else { 0.0 },
            intervals: (li, ri),
            basis,
        })
    }

    fn group(
        &self,
        docs: &[Document],
        topic: &Topic,
        cands: &[Candidate],
        edges: &[Edge],
        members: &[usize],
    ) -> QuantityGroup {
        let inside: HashSet<usize> = members.iter().copied().collect();
        let within: Vec<&Edge> = edges
            .iter()
            .filter(|e| inside.contains(&e.left) && inside.contains(&e.right))
            .collect();
        let verdict = within
            .iter()
            .map(|e| e.verdict)
            .max()
            .unwrap_or(Verdict::Agree);
        // Each figure is shown on the basis of its strongest comparison in the group.
        let interval_of = |i: usize| {
            within.iter().find_map(|e| {
                if e.left == i {
                    Some(e.intervals.0)
                } else if e.right == i {
                    Some(e.intervals.1)
                } else {
                    None
                }
            })
        };
        let basis_of = |i: usize| {
            within
                .iter()
                .find(|e| e.left == i || e.right == i)
                .map(|e| e.basis.clone())
        };
        let figures: Vec<AuditedFigure> = members
            .iter()
            .map(|&i| {
                let c = &cands[i];
                let iv = interval_of(i).map(|iv| (iv, basis_of(i).unwrap_or(Basis::Total)));
                display::figure(docs, c.doc, c.sentence, c.quantity, c.source.clone(), iv)
            })
            .collect();
        let centres: Vec<f64> = members
            .iter()
            .filter_map(|&i| interval_of(i).map(|iv| iv.centre.abs()))
            .collect();
        let (lo, hi) = centres
            .iter()
            .fold((f64::INFINITY, 0.0f64), |(lo, hi), &c| {
                (lo.min(c), hi.max(c))
            });
        let spread = if hi > 0.0 && lo.is_finite() {
            (1.0 - lo / hi).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let first = &cands[members[0]];
        let quantity = members
            .iter()
            .map(|&i| cands[i].referent.label.as_str())
            .filter(|l| !l.is_empty())
            .max_by(|a, b| a.len().cmp(&b.len()).then_with(|| b.cmp(a)))
            .map_or_else(|| default_label(first.quantity), str::to_string);
        let mut evidence = Vec::new();
        let heads: Vec<String> = first
            .referent
            .heads
            .iter()
            .map(referent::head_name)
            .collect();
        if !heads.is_empty() {
            evidence.push(format!("counted: {}", heads.join(", ")));
        }
        if let Some(o) = first.referent.outcome {
            evidence.push(format!("outcome: {}", lexicon::lexicon().class(o).name));
        }
        if !first.referent.modifiers.is_empty() {
            evidence.push(format!(
                "modifiers: {}",
                first.referent.modifiers.join(", ")
            ));
        }
        if !first.referent.places.is_empty() {
            evidence.push(format!("places: {}", first.referent.places.join(", ")));
        }
        QuantityGroup {
            topic: topic.name.clone(),
            quantity,
            kind: first.quantity.kind,
            unit: first.quantity.unit.clone(),
            verdict,
            spread,
            figures,
            evidence,
        }
    }
}

fn default_label(q: &Quantity) -> String {
    match q.kind {
        QuantityKind::Money => "amount".into(),
        QuantityKind::Percent => "share".into(),
        QuantityKind::Duration => "duration".into(),
        QuantityKind::Measure => "measure".into(),
        _ => "count".into(),
    }
}

fn key(g: &QuantityGroup) -> Vec<(String, usize)> {
    g.figures
        .iter()
        .map(|f| (f.member.doc.clone(), f.member.sentence))
        .collect()
}

/// Complete-linkage grouping: strongest pairs first, two groups merge only when every
/// figure of one matches every figure of the other. Returns groups of two or more, each
/// sorted by candidate index.
fn link(n: usize, edges: &mut [Edge]) -> Vec<Vec<usize>> {
    edges.sort_by(|a, b| {
        b.strength
            .total_cmp(&a.strength)
            .then_with(|| (a.left, a.right).cmp(&(b.left, b.right)))
    });
    let matched: HashSet<(usize, usize)> = edges.iter().map(|e| (e.left, e.right)).collect();
    let linked = |a: usize, b: usize| matched.contains(&(a.min(b), a.max(b)));
    let mut group_of: Vec<usize> = (0..n).collect();
    let mut groups: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    for e in edges.iter() {
        let (ga, gb) = (group_of[e.left], group_of[e.right]);
        if ga == gb {
            continue;
        }
        let all = groups[ga]
            .iter()
            .all(|&a| groups[gb].iter().all(|&b| linked(a, b)));
        if !all {
            continue;
        }
        let (keep, gone) = (ga.min(gb), ga.max(gb));
        let moved = std::mem::take(&mut groups[gone]);
        for &m in &moved {
            group_of[m] = keep;
        }
        groups[keep].extend(moved);
    }
    let mut out: Vec<Vec<usize>> = groups.into_iter().filter(|g| g.len() >= 2).collect();
    for g in &mut out {
        g.sort_unstable();
    }
    out.sort();
    out
}

/// Builds the finding member of one figure.
fn member(docs: &[Document], doc: usize, sentence: usize, q: &Quantity) -> Member {
    let d = &docs[doc];
    let claim = &d.claims[sentence];
    Member {
        doc: d.article.id.clone(),
        outlet: d.article.outlet.clone(),
        sentence: claim.index,
        text: claim.text.clone(),
        start: claim.start,
        end: claim.end,
        source: claim.source.as_ref().map(|a| a.display()),
        detail: Detail::Figure {
            value: q.value,
            low: q.low,
            high: q.high,
            as_written: q.as_written.clone(),
            qualifier: q.qualifier,
        },
    }
}
