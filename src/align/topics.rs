//! Group documents into topics: by the `topic` given in the input, else by document
//! similarity, so that a corpus of unrelated stories never yields cross-story findings.

use std::collections::{BTreeMap, HashMap};

use super::similarity::Vector;
use crate::extract::Document;

/// Default document-similarity threshold for grouping documents without a topic,
/// calibrated on BASIL (100 events, 3 outlets each): see the README.
pub const DEFAULT_THRESHOLD: f64 = 0.2;

/// Documents compared with one another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    /// The topic given in the input, or `auto-N` for a group found by similarity.
    pub name: String,
    /// Indexes of its documents, in corpus order.
    pub docs: Vec<usize>,
}

/// Topics of `docs`: given topics first (sorted by name), then groups found by similarity.
pub fn group(docs: &[Document], vectors: &[Vec<Vector>], threshold: f64) -> Vec<Topic> {
    let mut given: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut loose = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        match d.article.topic.as_deref() {
            Some(t) if !t.trim().is_empty() => given.entry(t).or_default().push(i),
            _ => loose.push(i),
        }
    }
    let mut out: Vec<Topic> = given
        .into_iter()
        .map(|(name, docs)| Topic {
            name: name.to_string(),
            docs,
        })
        .collect();
    for (n, docs) in cluster(&loose, vectors, threshold).into_iter().enumerate() {
        out.push(Topic {
            name: format!("auto-{}", n + 1),
            docs,
        });
    }
    out
}

/// A document as a set of weighted terms (each term once, at its weight).
fn profile(sentences: &[Vector]) -> (Vec<(u32, f32)>, f64) {
    let mut terms: BTreeMap<u32, f32> = BTreeMap::new();
    for v in sentences {
        for t in v.terms() {
            terms.insert(t.id(), t.weight());
        }
    }
    let norm = terms
        .values()
        .map(|&w| f64::from(w) * f64::from(w))
        .sum::<f64>()
        .sqrt();
    (terms.into_iter().collect(), norm)
}

/// Connected components of the graph linking documents whose weighted cosine is at least
/// `threshold`. Candidate pairs come from an inverted index over terms that are not common
/// across the corpus, so unrelated documents are never compared.
fn cluster(docs: &[usize], vectors: &[Vec<Vector>], threshold: f64) -> Vec<Vec<usize>> {
    let profiles: Vec<(Vec<(u32, f32)>, f64)> =
        docs.iter().map(|&d| profile(&vectors[d])).collect();
    let mut postings: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, (terms, _)) in profiles.iter().enumerate() {
        for &(id, _) in terms {
            postings.entry(id).or_default().push(i);
        }
    }
    // A term in more than 2% of documents says little about which story a document tells.
    let cap = (docs.len() / 50).max(30);
    let mut parent: Vec<usize> = (0..docs.len()).collect();
    for (i, (terms, norm)) in profiles.iter().enumerate() {
        let mut dot: HashMap<usize, f64> = HashMap::new();
        for &(id, w) in terms {
            let Some(list) = postings.get(&id) else {
                continue;
            };
            if list.len() > cap {
                continue;
            }
            for &j in list.iter().filter(|&&j| j > i) {
                *dot.entry(j).or_default() += f64::from(w) * f64::from(w);
            }
        }
        let mut linked: Vec<usize> = dot
            .into_iter()
            .filter(|&(j, d)| d / (norm * profiles[j].1).max(f64::MIN_POSITIVE) >= threshold)
            .map(|(j, _)| j)
            .collect();
        linked.sort_unstable();
        for j in linked {
            union(&mut parent, i, j);
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, &doc) in docs.iter().enumerate() {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(doc);
    }
    let mut out: Vec<Vec<usize>> = groups.into_values().collect();
    out.sort();
    out
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    // The smaller root wins so that the result does not depend on visiting order.
    let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
    parent[hi] = lo;
}
