//! Pair and group figures: which two figures of a topic count the same thing
//! ([`Auditor::edge`]), and which sets of them form one quantity group (complete linkage).

use std::collections::HashSet;

use super::interval::Interval;
use super::referent::{self, HeadMatch, Referent};
use super::scale::{self, Basis, Reading};
use super::{display, interval, lexicon, AuditedFigure, Auditor, QuantityGroup};
use crate::align::similarity::{Matcher, Vector};
use crate::align::topics::Topic;
use crate::extract::quantity::{Quantity, QuantityKind};
use crate::extract::Document;
use crate::findings::{Detail, Member, Verdict};

/// A figure of the corpus, read for comparison.
pub(super) struct Candidate<'a> {
    pub(super) doc: usize,
    pub(super) sentence: usize,
    pub(super) quantity: &'a Quantity,
    pub(super) dimension: String,
    pub(super) readings: Vec<Reading>,
    pub(super) referent: Referent,
    pub(super) source: Option<String>,
    pub(super) reported: bool,
}

/// A figure read for comparison, if it can be compared at all.
pub(super) fn candidate<'a>(
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

/// A matched pair of candidates.
pub(super) struct Edge {
    pub(super) left: usize,
    pub(super) right: usize,
    pub(super) verdict: Verdict,
    pub(super) strength: f64,
    pub(super) intervals: (Interval, Interval),
    pub(super) basis: Basis,
}

impl Auditor {
    pub(super) fn edge(
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

    pub(super) fn group(
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

pub(super) fn key(g: &QuantityGroup) -> Vec<(String, usize)> {
    g.figures
        .iter()
        .map(|f| (f.member.doc.clone(), f.member.sentence))
        .collect()
}

/// Complete-linkage grouping: strongest pairs first, two groups merge only when every
/// figure of one matches every figure of the other. Returns groups of two or more, each
/// sorted by candidate index.
pub(super) fn link(n: usize, edges: &mut [Edge]) -> Vec<Vec<usize>> {
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
pub(super) fn member(docs: &[Document], doc: usize, sentence: usize, q: &Quantity) -> Member {
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
