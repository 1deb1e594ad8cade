//! Quality floors on public data kept beside the project (`../shared/data`, or the folder
//! `CROSSCHECK_DATA` names): the hand-made gold files of four BASIL events, stories the tool
//! was not developed on, and BASIL's 300 articles without their event labels. The data is
//! not copied into the repository (licences), so these tests read it in place. Where it is
//! absent they say so on stderr and check nothing; set `CROSSCHECK_REQUIRE_SHARED_DATA=1` to
//! make its absence a failure (as on CI machines that have it).

use std::path::PathBuf;

use crosscheck::eval::{evaluate, gold::Gold};
use crosscheck::pipeline::{analyze, Config};

use crate::util::root;

#[path = "../../examples/support/basil.rs"]
mod basil;

/// The shared data folder, or `None` when it is absent and not required.
fn data_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("CROSSCHECK_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/data"));
    if dir.join("basil/data/articles").is_dir() {
        return Some(dir);
    }
    let message = format!(
        "no BASIL articles under {}: put the shared data folder there or point \
         CROSSCHECK_DATA at it",
        dir.display()
    );
    assert!(
        std::env::var_os("CROSSCHECK_REQUIRE_SHARED_DATA").is_none(),
        "{message}"
    );
    eprintln!("{message}; shared-data quality floors skipped");
    None
}

/// Summed counts over the BASIL gold files: (claims found, gold claims, correct linked
/// pairs, linked pairs) per kind.
fn basil_totals(data: &std::path::Path, kind: &str) -> (usize, usize, usize, usize) {
    let mut golds: Vec<PathBuf> = std::fs::read_dir(root().join("fixtures/gold/basil"))
        .expect("fixtures/gold/basil")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    golds.sort();
    assert_eq!(golds.len(), 4, "{golds:?}");
    let mut total = (0, 0, 0, 0);
    for path in golds {
        let uuid = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("uuid name");
        let (lines, errors) = basil::event_lines(data, uuid);
        assert!(errors.is_empty(), "{errors:?}");
        let corpus =
            crosscheck::corpus::load_bytes(&format!("{uuid}.jsonl"), lines.join("\n").as_bytes());
        assert!(corpus.warnings.is_empty(), "{:?}", corpus.warnings);
        let findings = analyze(corpus, &Config::default());
        let gold: Gold = serde_json::from_str(&std::fs::read_to_string(&path).expect("gold file"))
            .expect("gold parses");
        let scores = evaluate(&findings, &gold);
        assert!(
            scores.unlocated.is_empty(),
            "{uuid}: {:?}",
            scores.unlocated
        );
        let k = scores.kind(kind).expect("kind scored");
        total.0 += k.found;
        total.1 += k.gold;
        total.2 += k.correct;
        total.3 += k.predicted;
    }
    total
}

#[test]
fn basil_shared_claims_floor() {
    let Some(data) = data_dir() else { return };
    let (found, gold, correct, linked) = basil_totals(&data, "shared_claim");
    // Measured: 36 of 64 gold claims found, 59 of 64 linked cross-outlet pairs inside a gold
    // claim (0.92). Blind gold: written before the tool was run on these events; at that
    // time the tool found 30 of 64 at precision 0.91.
    assert_eq!(gold, 64);
    assert!(found >= 34, "found {found} of {gold}");
    assert!(
        correct as f64 >= 0.88 * linked as f64,
        "{correct} of {linked} linked pairs correct"
    );
}

#[test]
fn basil_contradictions_floor() {
    let Some(data) = data_dir() else { return };
    let (found, gold, correct, linked) = basil_totals(&data, "contradiction");
    // Measured: 1 of 3 gold contradictions found (2011: `has shown a certificate` / `hasn't
    // shown it`), and the one pair made is that one. Before the same-verb negation rule: 0.
    assert_eq!(gold, 3);
    assert!(found >= 1, "found {found} of {gold}");
    assert!(correct >= 1 && linked <= 3, "{correct} of {linked}");
}

#[test]
fn basil_events_are_found_without_their_labels() {
    let Some(data) = data_dir() else { return };
    // All 300 articles, without the event label: the topic stage must find the events.
    let mut lines = Vec::new();
    let mut events = Vec::new();
    for uuid in basil::event_ids(&data) {
        let (event, errors) = basil::event_lines(&data, &uuid);
        assert!(errors.is_empty(), "{errors:?}");
        for line in event {
            let mut v: serde_json::Value = serde_json::from_str(&line).expect("JSON line");
            v.as_object_mut().expect("object").remove("topic");
            lines.push(v.to_string());
            events.push(uuid.clone());
        }
    }
    assert_eq!(events.len(), 300);
    let corpus = crosscheck::corpus::load_bytes("basil.jsonl", lines.join("\n").as_bytes());
    let docs = crosscheck::extract::extract_all(corpus.articles);
    let aligner = crosscheck::align::Aligner::default();
    let (_, vectors) = aligner.vectorize(&docs);
    let topics = aligner.align(&docs, &vectors).topics;
    let mut topics_of: std::collections::BTreeMap<&str, std::collections::BTreeSet<usize>> =
        Default::default();
    let mut widest = 0;
    for (t, topic) in topics.iter().enumerate() {
        let spanned: std::collections::BTreeSet<&str> =
            topic.docs.iter().map(|&d| events[d].as_str()).collect();
        widest = widest.max(spanned.len());
        for &d in &topic.docs {
            topics_of.entry(events[d].as_str()).or_default().insert(t);
        }
    }
    let whole = topics_of.values().filter(|t| t.len() == 1).count();
    // Measured: 80 of 100 events in one topic each; 7 topics join two related events
    // (never more). Before the nearest-neighbour link and the uncommon-term cosine: 13.
    assert!(whole >= 75, "{whole} of 100 events kept whole");
    assert!(widest <= 2, "a topic spans {widest} events");
}
