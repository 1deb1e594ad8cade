//! Framing: within each topic, gather the words every outlet uses for the same referent
//! (titles, appositives, group nouns, loaded terms) and report the referents whose labels
//! differ across outlets, most divergent first.
//!
//! A referent is one of three things:
//! - a named actor ([`Key::Actor`]): `Khalifa Haftar`, labelled by titles, premodifiers,
//!   appositives and predicates;
//! - the side an actor leads ([`Key::Side`]): the people, forces or institution around it
//!   (`Haftar militias`, `the illegitimate forces of X`, and the body an appositive says it
//!   commands: `the commander of the Libyan army, X` ties `the Libyan army` to X's side in
//!   that outlet);
//! - a concept of the lexicon ([`Key::Concept`]): a loaded term standing without a name
//!   (`mercenaries`, `“volunteers”`, `the Zionist entity`) or a name the lexicon groups with
//!   such terms (`Israel`).
//!
//! ```
//! use crosscheck::classify::framing::{classify_topic, Sentence};
//! use crosscheck::extract::lexicon::Lexicon;
//!
//! let lexicon = Lexicon::default();
//! let a = Sentence { doc: "a", outlet: "Alpha", index: 0, text: "Rebels fought Gen. Ali Musa." };
//! let b = Sentence { doc: "b", outlet: "Beta", index: 0, text: "Rebels fought warlord Ali Musa." };
//! let found = classify_topic(&[a, b], &lexicon);
//! assert_eq!(found[0].referent, "Ali Musa");
//! assert!(found[0].labels.iter().any(|l| l.label == "warlord"));
//! ```

mod collect;
mod profile;
mod score;

pub use profile::{profiles, OutletProfile};
pub use score::{Framing, LabelUse};

use rayon::prelude::*;

use crate::align::topics::Topic;
use crate::extract::lexicon::Lexicon;
use crate::extract::Document;
use crate::findings::{Detail, Finding, FindingKind, Member};

/// What a label is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Key {
    /// A named actor, by its canonical name in the topic.
    Actor(String),
    /// The forces, followers or institution of a named actor.
    Side(String),
    /// A concept of the lexicon, by its display name.
    Concept(String),
}

impl Key {
    /// The referent as shown: `Khalifa Haftar`, `Khalifa Haftar's side`, `Israel`.
    pub fn display(&self) -> String {
        match self {
            Key::Actor(name) | Key::Concept(name) => name.clone(),
            Key::Side(name) => format!("{name}'s side"),
        }
    }
}

/// One sentence of a topic, as the framing stage reads it.
#[derive(Debug, Clone, Copy)]
pub struct Sentence<'a> {
    /// Document id.
    pub doc: &'a str,
    /// The document's outlet.
    pub outlet: &'a str,
    /// Index of the sentence in its document.
    pub index: usize,
    /// The sentence.
    pub text: &'a str,
}

/// Framings of one topic's sentences, most divergent first.
pub fn classify_topic(sentences: &[Sentence<'_>], lexicon: &Lexicon) -> Vec<Framing> {
    let uses = collect::collect(sentences, lexicon);
    score::framings(uses)
}

/// Framing findings for a corpus: [`classify_topic`] over every topic, as findings whose
/// members are the labelled sentences (one member per label). Sorted by score, strongest
/// first, then referent.
pub fn classify(docs: &[Document], topics: &[Topic], lexicon: &Lexicon) -> Vec<Finding> {
    // Topics are independent and reading them is pure; the sort below fixes the order.
    let mut found: Vec<(Framing, Vec<Member>)> = topics
        .par_iter()
        .flat_map_iter(|topic| {
            let sentences: Vec<Sentence<'_>> = topic
                .docs
                .iter()
                .filter_map(|&d| docs.get(d))
                .flat_map(|d| {
                    d.claims.iter().map(|c| Sentence {
                        doc: &d.article.id,
                        outlet: &d.article.outlet,
                        index: c.index,
                        text: &c.text,
                    })
                })
                .collect();
            classify_topic(&sentences, lexicon)
                .into_iter()
                .map(|f| {
                    let members = members(docs, topic, &f);
                    (f, members)
                })
                .collect::<Vec<_>>()
        })
        .collect();
    found.sort_by(|a, b| {
        b.0.score
            .total_cmp(&a.0.score)
            .then_with(|| a.0.referent.cmp(&b.0.referent))
            .then_with(|| a.0.summary.cmp(&b.0.summary))
    });
    found
        .into_iter()
        .enumerate()
        .map(|(n, (f, members))| Finding {
            id: format!("framing-{}", n + 1),
            kind: FindingKind::Framing {
                referent: f.referent.clone(),
            },
            score: f.score,
            summary: f.summary.clone(),
            evidence: f.evidence(),
            members,
        })
        .collect()
}

fn members(docs: &[Document], topic: &Topic, framing: &Framing) -> Vec<Member> {
    framing
        .labels
        .iter()
        .filter_map(|l| {
            let doc = topic
                .docs
                .iter()
                .filter_map(|&d| docs.get(d))
                .find(|d| d.article.id == l.doc)?;
            let claim = doc.claims.iter().find(|c| c.index == l.sentence)?;
            Some(super::member_of(
                doc,
                claim,
                Detail::Label {
                    label: l.label.clone(),
                    tone: l.tone,
                },
            ))
        })
        .collect()
}
