//! Quality floors on the seed corpus: the library pipeline scored against the analyst's gold
//! file, so that a change that loses shared claims or contradictions fails here. Floors sit a
//! little under the measured figures given beside them; raise them as alignment improves.

use crosscheck::eval::{evaluate, gold::Gold, Scores};
use crosscheck::pipeline::{analyze, Config};

use crate::util::root;

fn scores() -> Scores {
    scores_of(&root().join("seeds"))
}

fn scores_of(dir: &std::path::Path) -> Scores {
    let corpus = crosscheck::corpus::load(&[crosscheck::corpus::Input::Path(dir.to_path_buf())]);
    let findings = analyze(corpus, &Config::default());
    let text = std::fs::read_to_string(root().join("fixtures/gold/seeds.json")).expect("gold file");
    let gold: Gold = serde_json::from_str(&text).expect("gold parses");
    evaluate(&findings, &gold)
}

#[test]
fn shared_claims_floor() {
    let s = scores();
    assert!(s.unlocated.is_empty(), "{:?}", s.unlocated);
    let shared = s.kind("shared_claim").expect("shared_claim scored");
    // Measured: 2 of 8 gold claims found (s3, s5); 2 of 3 linked cross-outlet pairs lie in
    // a gold claim (precision 0.67; 0.25 over 8 pairs before the same-claim score discounted
    // tokens common within the topic).
    assert!(shared.found >= 2, "{shared:?}");
    assert!(shared.precision >= 0.6, "{shared:?}");
}

#[test]
fn contradiction_floor() {
    let s = scores();
    let contra = s.kind("contradiction").expect("contradiction scored");
    // Measured: c2 found (`has not started yet` / `began to send`); 1 of 3 contradiction
    // pairs in the gold file (precision 0.33; 0.20 before cues had to share an argument).
    assert!(contra.found >= 1, "{contra:?}");
    assert!(contra.precision >= 0.3, "{contra:?}");
}

/// The five seed articles without `corpus.toml` (so without its `topic`).
fn seeds_without_topic() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for entry in std::fs::read_dir(root().join("seeds")).expect("seeds") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            std::fs::copy(&path, dir.path().join(path.file_name().expect("name"))).expect("copy");
        }
    }
    dir
}

#[test]
fn seeds_without_a_topic_are_found_to_be_one_story() {
    // Documents are grouped by similarity, and the findings must be those of the given topic.
    let dir = seeds_without_topic();
    let (given, found) = (scores(), scores_of(dir.path()));
    for kind in ["shared_claim", "contradiction", "numeric_divergence"] {
        let (g, f) = (given.kind(kind).expect(kind), found.kind(kind).expect(kind));
        assert_eq!((g.found, g.predicted), (f.found, f.predicted), "{kind}");
    }
}

#[test]
fn an_unrelated_story_stays_out_of_the_seeds_topic() {
    // The seeds and three reports of a flood, none with a topic: two stories, two topics.
    let dir = seeds_without_topic();
    let mut articles =
        crosscheck::corpus::load(&[crosscheck::corpus::Input::Path(dir.path().to_path_buf())])
            .articles;
    let flood = std::fs::read_to_string(root().join("fixtures/stream/two-topics.jsonl"))
        .expect("fixture")
        .lines()
        .filter(|l| l.contains("\"topic\":\"flood\""))
        .map(|l| l.replace("\"topic\":\"flood\",", ""))
        .collect::<Vec<_>>()
        .join("\n");
    articles.extend(crosscheck::corpus::load_bytes("flood.jsonl", flood.as_bytes()).articles);
    assert_eq!(articles.len(), 8);
    assert!(articles.iter().all(|a| a.topic.is_none()));
    let docs = crosscheck::extract::extract_all(articles);
    let aligner = crosscheck::align::Aligner::default();
    let (_, vectors) = aligner.vectorize(&docs);
    let mut topics: Vec<Vec<usize>> = aligner
        .align(&docs, &vectors)
        .topics
        .into_iter()
        .map(|t| t.docs)
        .collect();
    topics.sort();
    assert_eq!(topics, vec![vec![0, 1, 2, 3, 4], vec![5, 6, 7]]);
}
