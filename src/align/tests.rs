//! Laws of alignment: mirror symmetry and independence from the thread count.

use proptest::prelude::*;

use super::*;
use crate::corpus::Article;
use crate::extract::{extract, Document};

const WORDS: &[&str] = &[
    "Rebels",
    "seized",
    "the",
    "port",
    "of",
    "Sabratha",
    "after",
    "fighting",
    "government",
    "forces",
    "said",
    "that",
    "officials",
    "and",
    "not",
    "began",
    "sending",
    "Syrian",
    "Syria",
    "troops",
    "20",
    "killed",
    "while",
    "talks",
    "ended",
    "in",
    "failure",
    "succeeded",
];

fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 3..14).prop_map(|w| {
        let mut s = w.join(" ");
        s.push('.');
        s
    })
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(sentence(), 1..6).prop_map(|s| s.join(" "))
}

fn doc(id: &str, text: &str) -> Document {
    extract(Article {
        id: id.into(),
        path: format!("{id}.txt"),
        outlet: id.to_uppercase(),
        country: None,
        date: None,
        url: None,
        title: None,
        topic: Some("t".into()),
        text: text.into(),
    })
}

/// A sentence named by document id and index.
type Key = (String, usize);

/// Linked pairs as ((doc, sentence), (doc, sentence), score), documents named by id.
fn pairs(docs: &[Document]) -> Vec<(Key, Key, u64)> {
    let aligner = Aligner::default();
    let (_, vectors) = aligner.vectorize(docs);
    let mut out: Vec<_> = aligner
        .align(docs, &vectors)
        .links
        .iter()
        .map(|l| {
            let key = |s: SentenceId| (docs[s.doc].article.id.clone(), s.sentence);
            let (a, b) = (key(l.left), key(l.right));
            let (a, b) = if a <= b { (a, b) } else { (b, a) };
            (
                a,
                b,
                l.score().to_bits() ^ l.claim_score().to_bits().rotate_left(1),
            )
        })
        .collect();
    out.sort();
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn alignment_mirrors(a in text(), b in text()) {
        let (x, y) = (doc("a", &a), doc("b", &b));
        prop_assert_eq!(pairs(&[x.clone(), y.clone()]), pairs(&[y, x]));
    }

    #[test]
    fn thread_count_does_not_change_output(a in text(), b in text(), c in text()) {
        let docs = vec![doc("a", &a), doc("b", &b), doc("c", &c)];
        let run = |threads: usize| {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .expect("a thread pool");
            pool.install(|| {
                let aligner = Aligner::default();
                let (_, vectors) = aligner.vectorize(&docs);
                let alignment = aligner.align(&docs, &vectors);
                let claims =
                    crate::classify::claims::classify(&docs, &vectors, &alignment, &aligner);
                let found: Vec<String> = claims
                    .shared
                    .iter()
                    .chain(&claims.contradictions)
                    .map(|f| format!("{f:?}"))
                    .collect();
                (format!("{:?}", alignment.links), found)
            })
        };
        prop_assert_eq!(run(1), run(2));
    }
}

#[test]
fn clause_inside_a_long_sentence_aligns() {
    let docs = [
        doc(
            "a",
            "The ministry said the harbour was closed for repairs on Monday, and the \
             fishermen of Tarbela received compensation of 400 dollars each.",
        ),
        doc(
            "b",
            "Fishermen in Tarbela received compensation of 400 dollars each. \
             The weather stayed mild.",
        ),
    ];
    let aligner = Aligner::default();
    let (_, vectors) = aligner.vectorize(&docs);
    let whole = aligner.matcher().score(&vectors[0][0], &vectors[1][0]);
    let best = aligner.evidence(&vectors[0][0], &vectors[1][0]).score;
    assert!(best > whole, "{best} vs {whole}");
    assert!(aligner.same(best), "{best}");
}
