//! Turn aligned sentence pairs into claim findings: shared claims (grouped across outlets),
//! contradictions, and the claims only one outlet makes. Pairs whose figures disagree are
//! left to the numeric audit rather than called shared.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rayon::prelude::*;

use super::contradiction;
use super::member;
use crate::align::similarity::{NumberAgreement, Vector};
use crate::align::{Aligner, Alignment, Link, SentenceId};
use crate::extract::Document;
use crate::findings::{Finding, FindingKind, UniqueClaim};

/// How far below a sentence's best match another match may score and still be kept
/// (one-to-few alignment: an outlet may split one claim over two sentences).
const FEW_MARGIN: f64 = 0.08;

/// Fewest informative tokens a sentence needs to be part of a shared claim: fewer is a
/// fragment, a quote tag (`Mr. X told CNBC.`) or a rhetorical line (`Wait until when?`)
/// that two outlets repeat without it being a claim...
const MIN_CLAIM_TERMS: usize = 4;

/// ...unless the two short sentences say nearly the same words: a short quote that both
/// outlets carry (`The world laughs at us.`) is a shared claim however few its words.
const SHORT_CLAIM_SCORE: f64 = 0.75;

/// Fewest informative tokens of a short sentence shared verbatim (one word is a fragment).
const MIN_SHORT_CLAIM_TERMS: usize = 2;

/// Shortest sentence, in words, listed as a unique claim (shorter ones are headings,
/// datelines and captions more often than claims).
const MIN_UNIQUE_WORDS: usize = 6;

/// Claim findings of one corpus.
#[derive(Debug, Default)]
pub struct ClaimFindings {
    /// Shared claims.
    pub shared: Vec<Finding>,
    /// Contradictions.
    pub contradictions: Vec<Finding>,
    /// Claims with no counterpart in another outlet of the topic.
    pub unique: Vec<UniqueClaim>,
}

/// Classifies the links of `alignment`.
pub fn classify(
    docs: &[Document],
    vectors: &[Vec<Vector>],
    alignment: &Alignment,
    aligner: &Aligner,
) -> ClaimFindings {
    let outlet = |s: SentenceId| docs[s.doc].article.outlet.as_str();
    let mut out = ClaimFindings::default();
    let mut shared_links = Vec::new();
    // Each sentence is prepared once, however many links it has; both steps are pure per
    // item, so they run in parallel with the order kept.
    let prepared: Vec<Vec<contradiction::Prepared>> = docs
        .par_iter()
        .map(|d| {
            d.claims
                .iter()
                .map(|c| contradiction::prepare(&c.text))
                .collect()
        })
        .collect();
    let cues: Vec<Option<contradiction::Cue>> = alignment
        .links
        .par_iter()
        .map(|l| {
            contradiction::detect_prepared(
                &prepared[l.left.doc][l.left.sentence],
                &prepared[l.right.doc][l.right.sentence],
            )
        })
        .collect();
    for (link, cue) in alignment.links.iter().zip(cues) {
        let cue = cue.filter(|c| !c.requires_same_claim || aligner.same(link.claim_score()));
        if let Some(cue) = cue {
            out.contradictions.push(Finding {
                id: String::new(),
                kind: FindingKind::Contradiction,
                score: link.score(),
                summary: format!(
                    "{} vs {}: {}",
                    outlet(link.left),
                    outlet(link.right),
                    cue.describe()
                ),
                members: vec![member(docs, link.left), member(docs, link.right)],
                evidence: vec![cue.describe()],
            });
        } else if aligner.same(link.claim_score())
            && outlet(link.left) != outlet(link.right)
            && link.evidence.numbers != NumberAgreement::Conflict
            && long_enough(link, vectors)
        {
            shared_links.push(link);
        }
    }
    let kept = one_to_few(&shared_links);
    let groups = clusters(&kept, docs, alignment, aligner);
    // Each kept link's score goes to the cluster holding both its ends (one pass over links).
    let cluster_of: HashMap<SentenceId, usize> = groups
        .iter()
        .enumerate()
        .flat_map(|(i, g)| g.iter().map(move |&s| (s, i)))
        .collect();
    let mut scores = vec![Vec::new(); groups.len()];
    for l in &kept {
        if let (Some(a), Some(b)) = (cluster_of.get(&l.left), cluster_of.get(&l.right)) {
            if a == b {
                scores[*a].push(l.claim_score());
            }
        }
    }
    for (cluster, scores) in groups.iter().zip(&scores) {
        out.shared.push(shared_finding(docs, cluster, scores));
    }
    out.unique = unique(docs, alignment);
    out
}

/// Whether both sentences of `link` carry enough words to state a claim (see
/// [`MIN_CLAIM_TERMS`]).
fn long_enough(link: &Link, vectors: &[Vec<Vector>]) -> bool {
    let fewest = [link.left, link.right]
        .iter()
        .map(|s| vectors[s.doc][s.sentence].terms().len())
        .min()
        .unwrap_or(0);
    fewest >= MIN_CLAIM_TERMS
        || (fewest >= MIN_SHORT_CLAIM_TERMS && link.claim_score() >= SHORT_CLAIM_SCORE)
}

fn text(docs: &[Document], s: SentenceId) -> &str {
    &docs[s.doc].claims[s.sentence].text
}

/// Keeps a link when each end counts the other among its best matches in the other
/// document (mutual best, with a small margin). "Each end" is the piece of the sentence that
/// matched (the whole sentence or one clause window): a long sentence stating two claims
/// can meet each in a different sentence of the other outlet.
fn one_to_few<'a>(links: &[&'a Link]) -> Vec<&'a Link> {
    let ends = |l: &Link| {
        [
            ((l.left, l.pieces.0, l.right.doc), l.claim_score()),
            ((l.right, l.pieces.1, l.left.doc), l.claim_score()),
        ]
    };
    let mut best: BTreeMap<(SentenceId, usize, usize), f64> = BTreeMap::new();
    for l in links {
        for (key, score) in ends(l) {
            let e = best.entry(key).or_insert(0.0);
            *e = e.max(score);
        }
    }
    links
        .iter()
        .filter(|l| {
            ends(l)
                .iter()
                .all(|(key, score)| score + FEW_MARGIN >= best[key])
        })
        .copied()
        .collect()
}

/// Groups links into claims across outlets, strongest links first. Two groups merge only if
/// every cross-document pair between them is related, at the aligner's `related` threshold
/// (complete linkage): a sentence that
/// resembles two different claims cannot chain them into one.
fn clusters(
    links: &[&Link],
    docs: &[Document],
    alignment: &Alignment,
    aligner: &Aligner,
) -> Vec<Vec<SentenceId>> {
    let mut order: Vec<&&Link> = links.iter().collect();
    order.sort_by(|a, b| {
        b.claim_score()
            .total_cmp(&a.claim_score())
            .then((a.left, a.right).cmp(&(b.left, b.right)))
    });
    let mut group_of: BTreeMap<SentenceId, usize> = BTreeMap::new();
    let mut groups: Vec<Vec<SentenceId>> = Vec::new();
    // Every pair scoring at least `related` is a link already: look scores up rather than
    // computing them again (a pair the index never proposed shares no rare word).
    let related: HashMap<(SentenceId, SentenceId), f64> = alignment
        .links
        .iter()
        .flat_map(|l| {
            [
                ((l.left, l.right), l.score()),
                ((l.right, l.left), l.score()),
            ]
        })
        .collect();
    let is_related = |x: SentenceId, y: SentenceId| {
        related
            .get(&(x, y))
            .is_some_and(|&s| s >= aligner.related())
    };
    let compatible = |a: &[SentenceId], b: &[SentenceId]| {
        a.iter().all(|x| {
            b.iter().all(|y| {
                x.doc == y.doc && docs[x.doc].article.outlet == docs[y.doc].article.outlet
                    || is_related(*x, *y)
            })
        })
    };
    for l in order {
        match (
            group_of.get(&l.left).copied(),
            group_of.get(&l.right).copied(),
        ) {
            (None, None) => {
                groups.push(vec![l.left, l.right]);
                group_of.insert(l.left, groups.len() - 1);
                group_of.insert(l.right, groups.len() - 1);
            }
            (Some(g), None) | (None, Some(g)) => {
                let new = if group_of.contains_key(&l.left) {
                    l.right
                } else {
                    l.left
                };
                if compatible(&groups[g], &[new]) {
                    groups[g].push(new);
                    group_of.insert(new, g);
                }
            }
            (Some(a), Some(b)) if a != b && compatible(&groups[a], &groups[b]) => {
                let moved = std::mem::take(&mut groups[b]);
                for s in &moved {
                    group_of.insert(*s, a);
                }
                groups[a].extend(moved);
            }
            _ => {}
        }
    }
    let mut out: Vec<Vec<SentenceId>> = groups
        .into_iter()
        .filter(|g| {
            g.iter()
                .map(|s| &docs[s.doc].article.outlet)
                .collect::<BTreeSet<_>>()
                .len()
                >= 2
        })
        .map(|mut g| {
            g.sort();
            g
        })
        .collect();
    out.sort();
    out
}

fn shared_finding(docs: &[Document], cluster: &[SentenceId], scores: &[f64]) -> Finding {
    let score = if scores.is_empty() {
        0.0
    } else {
        scores.iter().sum::<f64>() / scores.len() as f64
    };
    let outlets: BTreeSet<&str> = cluster
        .iter()
        .map(|s| docs[s.doc].article.outlet.as_str())
        .collect();
    let shortest = cluster
        .iter()
        .map(|&s| text(docs, s))
        .min_by_key(|t| (t.len(), *t))
        .unwrap_or("");
    Finding {
        id: String::new(),
        kind: FindingKind::SharedClaim,
        score,
        summary: format!(
            "{} outlets: {}",
            outlets.len(),
            crate::render::one_line(shortest)
        ),
        members: cluster.iter().map(|&s| member(docs, s)).collect(),
        evidence: common_words(cluster.iter().map(|&s| text(docs, s))),
    }
}

/// Informative words every member shares (by stem), as first written.
fn common_words<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<String> {
    use crate::text;
    let mut common: Option<BTreeMap<String, String>> = None;
    for t in texts {
        let stems: BTreeMap<String, String> = text::tokens(t)
            .filter_map(|tok| {
                let folded = text::fold(tok.text);
                (!text::is_stop_word(&folded) && folded.chars().count() > 2)
                    .then(|| (text::stem(&folded), tok.text.to_string()))
            })
            .collect();
        common = Some(match common {
            None => stems,
            Some(c) => c
                .into_iter()
                .filter(|(k, _)| stems.contains_key(k))
                .collect(),
        });
    }
    let mut words: Vec<String> = common.unwrap_or_default().into_values().collect();
    words.sort();
    words.dedup();
    words
}

/// Sentences of documents in multi-outlet topics with no related sentence from another
/// outlet.
fn unique(docs: &[Document], alignment: &Alignment) -> Vec<UniqueClaim> {
    let mut related: BTreeSet<SentenceId> = BTreeSet::new();
    for l in &alignment.links {
        if docs[l.left.doc].article.outlet != docs[l.right.doc].article.outlet {
            related.insert(l.left);
            related.insert(l.right);
        }
    }
    let mut out = Vec::new();
    for topic in &alignment.topics {
        let outlets: BTreeSet<&str> = topic
            .docs
            .iter()
            .map(|&d| docs[d].article.outlet.as_str())
            .collect();
        if outlets.len() < 2 {
            continue;
        }
        for &d in &topic.docs {
            for c in &docs[d].claims {
                let id = SentenceId {
                    doc: d,
                    sentence: c.index,
                };
                if related.contains(&id)
                    || alignment.boilerplate.binary_search(&id).is_ok()
                    || c.text.split_whitespace().count() < MIN_UNIQUE_WORDS
                {
                    continue;
                }
                out.push(UniqueClaim {
                    member: member(docs, id),
                });
            }
        }
    }
    out
}
