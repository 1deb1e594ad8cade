//! Group documents into topics: by the `topic` given in the input, else by document
//! similarity, so that a corpus of unrelated stories never yields cross-story findings.

use std::collections::{BTreeMap, HashMap};

use super::similarity::Vector;
use crate::extract::Document;

/// Default document-similarity threshold for grouping documents without a topic, measured on
/// BASIL without its event labels (100 events, 3 outlets each; see [`NEIGHBOUR_SHARE`]).
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
fn profile(sentences: &[Vector]) -> Vec<(u32, f32)> {
    let mut terms: BTreeMap<u32, f32> = BTreeMap::new();
    for v in sentences {
        for t in v.terms() {
            terms.insert(t.id(), t.weight());
        }
    }
    terms.into_iter().collect()
}

/// Connected components of the graph linking documents that tell the same story: a pair
/// whose weighted cosine is at least `threshold`, or a document and its nearest neighbour
/// when their cosine is at least [`NEIGHBOUR_SHARE`] of `threshold` (outlets tell one story
/// in different words and lengths, so a fixed bar alone splits most stories; the nearest
/// other document is usually the same story told by another outlet). The cosine is taken
/// over the terms that are not common across the corpus, which also give the candidate pairs
/// (an inverted index), so unrelated documents are never compared.
fn cluster(docs: &[usize], vectors: &[Vec<Vector>], threshold: f64) -> Vec<Vec<usize>> {
    let full: Vec<Vec<(u32, f32)>> = docs.iter().map(|&d| profile(&vectors[d])).collect();
    let mut df: HashMap<u32, usize> = HashMap::new();
    for terms in &full {
        for &(id, _) in terms {
            *df.entry(id).or_default() += 1;
        }
    }
    // A term in more than 2% of documents says little about which story a document tells.
    let cap = (docs.len() / 50).max(30);
    let profiles: Vec<(Vec<(u32, f32)>, f64)> = full
        .into_iter()
        .map(|terms| {
            let kept: Vec<(u32, f32)> = terms.into_iter().filter(|(id, _)| df[id] <= cap).collect();
            let norm = kept
                .iter()
                .map(|&(_, w)| f64::from(w) * f64::from(w))
                .sum::<f64>()
                .sqrt();
            (kept, norm)
        })
        .collect();
    let mut postings: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, (terms, _)) in profiles.iter().enumerate() {
        for &(id, _) in terms {
            postings.entry(id).or_default().push(i);
        }
    }
    let near = threshold * NEIGHBOUR_SHARE;
    let mut parent: Vec<usize> = (0..docs.len()).collect();
    for (i, (terms, norm)) in profiles.iter().enumerate() {
        let mut dot: HashMap<usize, f64> = HashMap::new();
        for &(id, w) in terms {
            for &j in postings[&id].iter().filter(|&&j| j != i) {
                *dot.entry(j).or_default() += f64::from(w) * f64::from(w);
            }
        }
        let mut cosines: Vec<(usize, f64)> = dot
            .into_iter()
            .map(|(j, d)| (j, d / (norm * profiles[j].1).max(f64::MIN_POSITIVE)))
            .collect();
        // Highest cosine first, ties to the earlier document: the order is fixed.
        cosines.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let nearest = cosines.first().copied();
        for (j, c) in cosines {
            if c >= threshold || nearest.is_some_and(|(n, _)| n == j) && c >= near {
                union(&mut parent, i, j);
            }
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

/// Share of the topic threshold a document's nearest neighbour needs to join its topic.
/// Measured without topic labels (`tests/it/shared_data.rs`, `tests/it/quality.rs`):
/// - BASIL's 300 articles (100 events, three outlets each): 80 events kept whole (58 with no
///   neighbour link; 13 before the cosine was restricted to uncommon terms); 0.5 would keep
///   93 but joins unrelated stories too readily (below).
/// - The five seed articles: one topic (three topics with no neighbour link).
/// - The seeds plus one BASIL article (a US-politics story): the article joined the seeds in
///   1 corpus of 100 (67 of 100 at 0.5).
/// - Five BASIL articles of five different events, all US politics and sharing actors: two
///   or more joined in most corpora. Same-domain stories told in few documents are the
///   known weak case.
const NEIGHBOUR_SHARE: f64 = 0.75;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::Aligner;
    use crate::corpus::Article;

    fn doc(id: &str, outlet: &str, text: &str) -> Document {
        crate::extract::extract(Article {
            id: id.into(),
            outlet: outlet.into(),
            text: text.into(),
            ..Article::default()
        })
    }

    #[test]
    fn one_story_in_two_outlets_is_one_topic_and_another_story_apart() {
        let docs = vec![
            doc("flood-a", "Harbour Herald", "Heavy rain flooded the Tamsin river valley on Tuesday. At least 12 people were killed, the regional governor said. Rescue teams evacuated 3,000 residents from low-lying villages near Korrel. The Tamsin dam held, engineers said."),
            doc("vote-a", "Capital Post", "Voters in Meridia chose a new parliament on Sunday. Turnout reached 61 percent, the election commission said. The Unity Party won 84 of 150 seats. Opposition leader Daria Voss conceded defeat."),
            doc("flood-b", "Valley Times", "Floods in the Tamsin valley killed at least 19 people after two days of heavy rain. About 3,000 villagers near Korrel were moved to shelters. Engineers said the Tamsin dam was holding."),
            doc("vote-b", "Meridia Daily", "The Unity Party won a majority in Sunday's parliamentary election in Meridia, taking 84 of 150 seats. Daria Voss, the opposition leader, accepted the result. Turnout was 61 percent."),
        ];
        let aligner = Aligner::default();
        let (_, vectors) = aligner.vectorize(&docs);
        let topics = group(&docs, &vectors, DEFAULT_THRESHOLD);
        let mut sets: Vec<Vec<usize>> = topics.into_iter().map(|t| t.docs).collect();
        sets.sort();
        assert_eq!(sets, vec![vec![0, 2], vec![1, 3]]);
    }
}
