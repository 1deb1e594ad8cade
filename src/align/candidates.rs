//! Candidate sentence pairs within a topic, from an inverted index of rare tokens, scored
//! in parallel; and boilerplate, which is never a claim.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;

use super::pairing;
use super::similarity::{Matcher, Vector};
use super::topics::Topic;
use super::{Link, SentenceId};
use crate::extract::Document;

/// Openings of web-page furniture that outlets wrap around articles.
const FURNITURE: &[&str] = &[
    "read:",
    "read more",
    "read also",
    "also read",
    "related:",
    "see also",
    "subscribe",
    "sign up",
    "follow us",
    "click here",
    "advertisement",
    "copyright",
    "©",
    "all rights reserved",
    "share this",
    "watch:",
    "listen:",
    "photo:",
    "image:",
    "getty images",
];

/// Sentences that are furniture, or repeated verbatim in two documents of one outlet.
pub(super) fn boilerplate(docs: &[Document]) -> Vec<SentenceId> {
    let mut seen: HashMap<(&str, String), Vec<SentenceId>> = HashMap::new();
    let mut out = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        for c in &doc.claims {
            let id = SentenceId {
                doc: d,
                sentence: c.index,
            };
            let folded = c
                .text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            if FURNITURE.iter().any(|f| folded.starts_with(f)) {
                out.push(id);
            }
            seen.entry((doc.article.outlet.as_str(), folded))
                .or_default()
                .push(id);
        }
    }
    for ids in seen.into_values() {
        let mut docs_of: Vec<usize> = ids.iter().map(|i| i.doc).collect();
        docs_of.dedup();
        if docs_of.len() >= 2 {
            out.extend(ids);
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The topic's sentences with each term's corpus weight scaled by its rarity within the
/// topic: a story's main actors and places are in most of its sentences, so sharing them
/// says little about sharing a claim, however rare they are in the corpus at large. The
/// factor is the term's smoothed IDF over the topic's sentences divided by the largest
/// such IDF (a term in one sentence only), so it is 1 for the rarest and never below
/// `1 / (1 + ln(1 + n))`.
fn topic_weighted(
    sentences: &[SentenceId],
    vectors: &[Vec<Vector>],
    postings: &BTreeMap<u32, Vec<u32>>,
) -> HashMap<SentenceId, Vector> {
    let n = sentences.len() as f64;
    let idf = |df: f64| ((1.0 + n) / (1.0 + df)).ln() + 1.0;
    let top = idf(2.0);
    let factor = |id: u32| {
        let df = postings.get(&id).map_or(1, Vec::len) as f64;
        (idf(df) / top).min(1.0) as f32
    };
    sentences
        .par_iter()
        .map(|s| (*s, vectors[s.doc][s.sentence].reweighted(&factor)))
        .collect()
}

/// Every pair of sentences in `topic` scoring at least `related`.
pub(super) fn links(
    topic: &Topic,
    vectors: &[Vec<Vector>],
    matcher: &Matcher,
    related: f64,
    boilerplate: &[SentenceId],
) -> Vec<Link> {
    let sentences: Vec<SentenceId> = topic
        .docs
        .iter()
        .flat_map(|&doc| (0..vectors[doc].len()).map(move |sentence| SentenceId { doc, sentence }))
        .filter(|s| !vectors[s.doc][s.sentence].is_empty() && boilerplate.binary_search(s).is_err())
        .collect();
    if topic.docs.len() < 2 && sentences.len() < 2 {
        return Vec::new();
    }
    let mut postings: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for (i, s) in sentences.iter().enumerate() {
        for t in vectors[s.doc][s.sentence].terms() {
            postings.entry(t.id()).or_default().push(i as u32);
        }
    }
    let vector = |s: &SentenceId| &vectors[s.doc][s.sentence];
    let local = topic_weighted(&sentences, vectors, &postings);
    // Tokens in more than 5% of a topic's sentences (and at least 50) find no claim the
    // rarer tokens miss, and would make the pair count quadratic.
    let cap = (sentences.len() / 20).max(50);
    sentences
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, s)| {
            let v = vector(s);
            let mut shared: HashMap<u32, u32> = HashMap::new();
            for t in v.terms() {
                let list = &postings[&t.id()];
                if list.len() > cap {
                    continue;
                }
                for &j in list.iter().filter(|&&j| j as usize > i) {
                    *shared.entry(j).or_default() += 1;
                }
            }
            let mut found: Vec<Link> = shared
                .into_iter()
                .filter_map(|(j, n)| {
                    let other = sentences[j as usize];
                    let w = vector(&other);
                    // One shared rare token is enough only between short sentences.
                    if n < 2 && v.terms().len().min(w.terms().len()) > 4 {
                        return None;
                    }
                    let evidence = pairing::evidence(matcher, v, w);
                    (evidence.score >= related).then(|| {
                        let (focused, pieces) =
                            pairing::best_pieces(matcher, &local[s], &local[&other]);
                        Link {
                            left: *s,
                            right: other,
                            evidence,
                            focused: focused.score,
                            pieces,
                        }
                    })
                })
                .collect();
            found.sort_by_key(|l| l.right);
            found
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::similarity::Matcher;

    #[test]
    fn tokens_common_in_the_topic_weigh_less() {
        let texts = [
            "Governor Dlamini opened the new bridge over the river.",
            "Dlamini cut the ribbon on the new river bridge.",
            "Dlamini visited the flooded school.",
            "Critics of Dlamini say the budget is late.",
            "Dlamini met farmers about grain prices.",
        ];
        let model = Matcher::default().fit(texts);
        let vectors: Vec<Vec<Vector>> = vec![texts.iter().map(|t| model.vectorize(t)).collect()];
        let sentences: Vec<SentenceId> = (0..texts.len())
            .map(|sentence| SentenceId { doc: 0, sentence })
            .collect();
        let mut postings: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
        for (i, s) in sentences.iter().enumerate() {
            for t in vectors[s.doc][s.sentence].terms() {
                postings.entry(t.id()).or_default().push(i as u32);
            }
        }
        let local = topic_weighted(&sentences, &vectors, &postings);
        let first = sentences[0];
        let ratio = |word: &str| {
            let id = model.vectorize(word).terms()[0].id();
            let weight = |v: &Vector| {
                v.terms()
                    .iter()
                    .find(|t| t.id() == id)
                    .map(|t| t.weight())
                    .expect("the word is in the first sentence")
            };
            weight(&local[&first]) / weight(&vectors[0][0])
        };
        // In two sentences: kept whole. In all five: discounted.
        assert!((ratio("bridge") - 1.0).abs() < 1e-6, "{}", ratio("bridge"));
        assert!(ratio("Dlamini") < 0.8, "{}", ratio("Dlamini"));
        assert!(ratio("Dlamini") > 0.0);
    }
}
