//! Score findings against a hand-made gold file: precision, recall and F1 per kind.
//!
//! Gold sentences are located in the documents by their text (a sentence or a clause of
//! it, compared with quotes and white space folded), so a gold file stays valid whatever the
//! splitter does with sentence numbers.

pub mod gold;
mod locate;

use std::collections::BTreeSet;

use serde::Serialize;

use crate::findings::{Detail, Finding, FindingKind, Findings, Verdict};
use gold::Gold;
use locate::{Key, Locator};

/// Scores for one kind of finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KindScore {
    /// `shared_claim`, `numeric_divergence`, `framing`, `contradiction`.
    pub kind: String,
    /// Gold items of this kind.
    pub gold: usize,
    /// Gold items the findings reproduce.
    pub found: usize,
    /// Findings (or, for shared claims and contradictions, linked sentence pairs) made.
    pub predicted: usize,
    /// Of those, how many the gold file supports.
    pub correct: usize,
    /// found / gold.
    pub recall: f64,
    /// correct / predicted.
    pub precision: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
    /// Which gold ids were found and which missed: `s1 found`, `s2 missed`.
    pub items: Vec<String>,
}

/// All scores of one evaluation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scores {
    /// One entry per kind, in a fixed order.
    pub kinds: Vec<KindScore>,
    /// Numeric findings that pair figures the gold file calls different quantities.
    pub trap_alarms: usize,
    /// Conflicts declared between figures the gold file calls comparable, not contradictory.
    pub false_conflicts: usize,
    /// Gold texts found in no document sentence (the gold file or the splitter is off).
    pub unlocated: Vec<String>,
}

impl Scores {
    /// The score of `kind`.
    pub fn kind(&self, kind: &str) -> Option<&KindScore> {
        self.kinds.iter().find(|k| k.kind == kind)
    }
}

fn score(
    kind: &str,
    gold: usize,
    found: usize,
    predicted: usize,
    correct: usize,
    items: Vec<String>,
) -> KindScore {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (recall, precision) = (ratio(found, gold), ratio(correct, predicted));
    let f1 = if recall + precision == 0.0 {
        0.0
    } else {
        2.0 * recall * precision / (recall + precision)
    };
    KindScore {
        kind: kind.into(),
        gold,
        found,
        predicted,
        correct,
        recall,
        precision,
        f1,
        items,
    }
}

/// Scores `findings` against `gold`.
pub fn evaluate(findings: &Findings, gold: &Gold) -> Scores {
    let mut loc = Locator::new(findings);
    let shared: Vec<(String, BTreeSet<Key>)> = gold
        .shared_claims
        .iter()
        .map(|c| {
            (
                c.id.clone(),
                loc.keys(c.sentences.iter().map(|s| (&s.doc, &s.text))),
            )
        })
        .collect();
    let contra: Vec<(String, BTreeSet<Key>)> = gold
        .contradictions
        .iter()
        .map(|c| {
            (
                c.id.clone(),
                loc.keys(c.sides.iter().map(|s| (&s.doc, &s.text))),
            )
        })
        .collect();
    let numeric: Vec<(String, bool, BTreeSet<Key>)> = gold
        .numeric_divergences
        .iter()
        .map(|n| {
            (
                n.id.clone(),
                n.strict,
                loc.keys(n.values.iter().map(|v| (&v.doc, &v.text))),
            )
        })
        .collect();
    let traps: Vec<BTreeSet<Key>> = gold
        .numeric_traps
        .iter()
        .map(|t| loc.keys(t.values.iter().map(|v| (&v.doc, &v.text))))
        .collect();

    let of_kind = |name: &'static str| {
        findings
            .findings
            .iter()
            .filter(move |f| f.kind.name() == name)
    };
    let shared_score = pair_score("shared_claim", &shared, of_kind("shared_claim"), true);
    let contra_score = pair_score("contradiction", &contra, of_kind("contradiction"), false);

    // Numeric: a strict group is found when one finding holds two of its figures.
    let nums: Vec<&Finding> = of_kind("numeric_divergence").collect();
    let keys_of = |f: &Finding| -> BTreeSet<Key> {
        f.members
            .iter()
            .map(|m| (m.doc.clone(), m.sentence))
            .collect()
    };
    let two_in = |f: &Finding, set: &BTreeSet<Key>| {
        keys_of(f).intersection(set).count() >= 2 || same_sentence_twice(f, set)
    };
    let mut items = Vec::new();
    let mut found = 0;
    let strict: Vec<_> = numeric.iter().filter(|n| n.1).collect();
    for (id, _, set) in &strict {
        let hit = nums.iter().any(|f| two_in(f, set));
        found += usize::from(hit);
        items.push(format!("{id} {}", if hit { "found" } else { "missed" }));
    }
    let conflict = |f: &Finding| {
        matches!(
            f.kind,
            FindingKind::NumericDivergence {
                verdict: Verdict::Conflict,
                ..
            }
        )
    };
    let correct = nums
        .iter()
        .filter(|f| {
            numeric
                .iter()
                .any(|(_, strict, set)| two_in(f, set) && (*strict || !conflict(f)))
        })
        .count();
    let trap_alarms = nums
        .iter()
        .filter(|f| traps.iter().any(|t| two_in(f, t)))
        .count();
    let false_conflicts = nums
        .iter()
        .filter(|f| {
            conflict(f)
                && numeric
                    .iter()
                    .any(|(_, strict, set)| !strict && two_in(f, set))
        })
        .count();
    let numeric_score = score(
        "numeric_divergence",
        strict.len(),
        found,
        nums.len(),
        correct,
        items,
    );

    let framing_score = framing(findings, gold, &mut loc);
    Scores {
        kinds: vec![shared_score, numeric_score, framing_score, contra_score],
        trap_alarms,
        false_conflicts,
        unlocated: loc.unlocated(),
    }
}

/// Two figures of one sentence (`20,000 men from 52 countries`) count as two members.
fn same_sentence_twice(f: &Finding, set: &BTreeSet<Key>) -> bool {
    let inside: Vec<_> = f
        .members
        .iter()
        .filter(|m| set.contains(&(m.doc.clone(), m.sentence)))
        .collect();
    inside.len() >= 2 && set.len() >= 2 && {
        let distinct: BTreeSet<Key> = inside.iter().map(|m| (m.doc.clone(), m.sentence)).collect();
        distinct.len() >= 2
    }
}

/// Scores findings as sets of linked sentence pairs (across documents if `cross_doc`).
fn pair_score<'a>(
    kind: &str,
    gold: &[(String, BTreeSet<Key>)],
    made: impl Iterator<Item = &'a Finding>,
    cross_doc: bool,
) -> KindScore {
    let mut pairs = BTreeSet::new();
    for f in made {
        for (i, a) in f.members.iter().enumerate() {
            for b in &f.members[i + 1..] {
                if (a.doc != b.doc || !cross_doc)
                    && (a.doc.clone(), a.sentence) != (b.doc.clone(), b.sentence)
                {
                    let (x, y) = ((a.doc.clone(), a.sentence), (b.doc.clone(), b.sentence));
                    pairs.insert(if x < y { (x, y) } else { (y, x) });
                }
            }
        }
    }
    let supports = |set: &BTreeSet<Key>, (x, y): &(Key, Key)| set.contains(x) && set.contains(y);
    let correct = pairs
        .iter()
        .filter(|p| gold.iter().any(|(_, set)| supports(set, p)))
        .count();
    let mut items = Vec::new();
    let mut found = 0;
    for (id, set) in gold {
        let hit = pairs.iter().any(|p| supports(set, p));
        found += usize::from(hit);
        items.push(format!("{id} {}", if hit { "found" } else { "missed" }));
    }
    score(kind, gold.len(), found, pairs.len(), correct, items)
}

/// A gold framing is found when one framing finding carries two of its labels from two
/// documents; a framing finding is correct when it carries any two of one gold framing's.
fn framing(findings: &Findings, gold: &Gold, loc: &mut Locator) -> KindScore {
    let made: Vec<&Finding> = findings
        .findings
        .iter()
        .filter(|f| f.kind.name() == "framing")
        .collect();
    let matches = |f: &Finding, g: &gold::GoldFraming| -> BTreeSet<String> {
        let mut docs = BTreeSet::new();
        for m in &f.members {
            let Detail::Label { label, .. } = &m.detail else {
                continue;
            };
            for gl in &g.labels {
                if loc.same_doc(&gl.doc, &m.doc) && locate::labels_match(label, &gl.label) {
                    docs.insert(m.doc.clone());
                }
            }
        }
        docs
    };
    let mut items = Vec::new();
    let mut found = 0;
    for g in &gold.framings {
        let hit = made.iter().any(|f| matches(f, g).len() >= 2);
        found += usize::from(hit);
        items.push(format!("{} {}", g.id, if hit { "found" } else { "missed" }));
    }
    let correct = made
        .iter()
        .filter(|f| gold.framings.iter().any(|g| matches(f, g).len() >= 2))
        .count();
    score(
        "framing",
        gold.framings.len(),
        found,
        made.len(),
        correct,
        items,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::{DocumentInfo, Member, SentenceInfo};

    fn doc(id: &str, sentences: &[&str]) -> DocumentInfo {
        DocumentInfo {
            id: id.into(),
            path: format!("dir/{id}.txt"),
            outlet: id.to_uppercase(),
            country: None,
            date: None,
            url: None,
            topic: None,
            sentences: sentences
                .iter()
                .map(|t| SentenceInfo {
                    start: 0,
                    end: t.len(),
                    text: t.to_string(),
                    source: None,
                })
                .collect(),
        }
    }

    fn member(doc: &str, sentence: usize, detail: Detail) -> Member {
        Member {
            doc: doc.into(),
            outlet: doc.to_uppercase(),
            sentence,
            text: String::new(),
            start: 0,
            end: 0,
            source: None,
            detail,
        }
    }

    fn finding(kind: FindingKind, members: Vec<Member>) -> Finding {
        Finding {
            id: "x".into(),
            kind,
            score: 1.0,
            summary: String::new(),
            members,
            evidence: vec![],
        }
    }

    const GOLD: &str = r#"{
      "shared_claims": [
        {"id": "s1", "sentences": [{"doc": "a.txt", "text": "the river burst its banks"}, {"doc": "b.txt", "text": "River burst its banks"}]},
        {"id": "s2", "sentences": [{"doc": "a.txt", "text": "schools closed"}, {"doc": "b.txt", "text": "Schools were shut"}]}
      ],
      "numeric_divergences": [
        {"id": "n1", "strict": true, "values": [{"doc": "a.txt", "value": 12, "text": "12 dead"}, {"doc": "b.txt", "value": 20, "text": "20 people died"}]}
      ],
      "numeric_traps": [{"values": [{"doc": "a.txt", "text": "12 dead"}, {"doc": "b.txt", "text": "12 bridges"}]}],
      "framings": [{"id": "f1", "referent": "the protesters", "labels": [{"doc": "a.txt", "label": "rioters", "text": "x"}, {"doc": "b.txt", "label": "“protesters” (in scare quotes)", "text": "y"}]}],
      "contradictions": []
    }"#;

    #[test]
    fn scores_each_kind() {
        let f = Findings {
            documents: vec![
                doc(
                    "a",
                    &["The river burst its banks.", "12 dead.", "Schools closed."],
                ),
                doc(
                    "b",
                    &[
                        "The river burst its banks overnight.",
                        "20 people died.",
                        "12 bridges fell.",
                        "Schools were shut.",
                    ],
                ),
            ],
            findings: vec![
                finding(
                    FindingKind::SharedClaim,
                    vec![member("a", 0, Detail::None), member("b", 0, Detail::None)],
                ),
                // A wrong link: counted against precision.
                finding(
                    FindingKind::SharedClaim,
                    vec![member("a", 2, Detail::None), member("b", 1, Detail::None)],
                ),
                finding(
                    FindingKind::NumericDivergence {
                        quantity: "dead".into(),
                        unit: None,
                        verdict: Verdict::Conflict,
                    },
                    vec![member("a", 1, Detail::None), member("b", 1, Detail::None)],
                ),
                finding(
                    FindingKind::NumericDivergence {
                        quantity: "x".into(),
                        unit: None,
                        verdict: Verdict::Conflict,
                    },
                    vec![member("a", 1, Detail::None), member("b", 2, Detail::None)],
                ),
                finding(
                    FindingKind::Framing {
                        referent: "protesters".into(),
                    },
                    vec![
                        member(
                            "a",
                            0,
                            Detail::Label {
                                label: "rioters".into(),
                                tone: crate::findings::Tone::Pejorative,
                            },
                        ),
                        member(
                            "b",
                            0,
                            Detail::Label {
                                label: "protesters".into(),
                                tone: crate::findings::Tone::Neutral,
                            },
                        ),
                    ],
                ),
            ],
            ..Findings::default()
        };
        let s = evaluate(&f, &Gold::from_json(GOLD).unwrap());
        let shared = s.kind("shared_claim").unwrap();
        assert_eq!(
            (shared.found, shared.gold, shared.correct, shared.predicted),
            (1, 2, 1, 2)
        );
        assert_eq!(shared.items, ["s1 found", "s2 missed"]);
        let num = s.kind("numeric_divergence").unwrap();
        assert_eq!((num.found, num.correct, num.predicted), (1, 1, 2));
        assert_eq!(s.trap_alarms, 1);
        let fr = s.kind("framing").unwrap();
        assert_eq!((fr.found, fr.correct), (1, 1));
        assert!(s.unlocated.is_empty(), "{:?}", s.unlocated);
    }

    #[test]
    fn labels_match_ignores_quotes_notes_and_articles() {
        assert!(locate::labels_match(
            "volunteers",
            "“volunteers” (in scare quotes)"
        ));
        assert!(locate::labels_match("Zionist entity", "the Zionist entity"));
        assert!(!locate::labels_match("rebels", "protesters"));
        assert!(locate::labels_match("Libyan warlord", "warlord"));
        assert!(!locate::labels_match("forces", "GNA forces"));
    }
}
