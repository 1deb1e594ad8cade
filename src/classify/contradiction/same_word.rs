//! Negation of the very verb the other outlet affirms, for any verb, not only the verb
//! families of [`super::cues`]: `Mr. Obama has shown a certificate of live birth` / `he
//! hasn't shown it`. With no list to narrow it, the rule asks more of the pair than the
//! family rule does: a negated auxiliary governing the verb itself, two shared arguments
//! around it, and sentences that otherwise state the same claim ([`super::Cue`]'s
//! `requires_same_claim`).
//!
//! Measured on BASIL's 100 events (three outlets each): 17 cues beyond the family rules, 6
//! of them real contradictions by reading (among them the gold pair of the 2011 event); the
//! false ones are mostly the same verb said of different subjects.

use super::{negated, predicate, NOT_ARGUMENTS};
use crate::text;

/// Words that negate the verb they govern. Not the denial verbs of the family rule
/// (`rejected calls` does not negate `calls`), nor `no`, `without`, `none` or `neither`,
/// which qualify a noun more often than they deny a claim.
const NEGATORS: &[&str] = &["not", "n't", "never", "cannot"];

/// Adverbs that may stand between a negator and its word (`has not yet`, `did not directly`).
const ADVERBS: &[&str] = &[
    "yet",
    "ever",
    "even",
    "always",
    "fully",
    "directly",
    "specifically",
    "necessarily",
    "immediately",
    "officially",
    "publicly",
    "formally",
    "independently",
    "really",
    "actually",
    "just",
    "still",
    "entirely",
    "completely",
    "explicitly",
    "personally",
    "previously",
];

/// Arguments two sentences must share around the negated word (see the module docs).
const MIN_SHARED_ARGUMENTS: usize = 2;

/// Shortest word, in characters, the rule reads: shorter ones are function words and
/// auxiliaries (`has`, `did`, `be`), whose negation says nothing of the claim.
const MIN_WORD_CHARS: usize = 4;

/// For each word of a sentence, its stem if the rule may read it (else empty), and whether
/// a negator governs it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Polarity {
    stems: Vec<String>,
    negated: Vec<bool>,
    /// Whether any readable word is negated: most sentences have none, and a pair where
    /// neither side has one is ruled out at once.
    any_negated: bool,
    /// Stems the sentence both affirms and negates, sorted.
    ambiguous: Vec<String>,
}

pub(super) fn polarity(words: &[String]) -> Polarity {
    let mut p = Polarity::default();
    for (i, w) in words.iter().enumerate() {
        let readable = w.chars().count() >= MIN_WORD_CHARS
            && w.chars().all(char::is_alphabetic)
            // An adverb shares its stem with a verb (`directly` / `directed`).
            && !w.ends_with("ly")
            && !text::is_stop_word(w)
            && !NOT_ARGUMENTS.contains(&w.as_str())
            && predicate(words, i);
        let neg = readable && governed_by_negator(words, i);
        p.stems.push(if readable {
            text::stem(w)
        } else {
            String::new()
        });
        p.negated.push(neg);
        p.any_negated |= neg;
    }
    // A sentence that affirms and negates one word (`not a theology based on the Bible, a
    // different theology`) is drawing a distinction, not taking a side: drop the word.
    // Only a negated word can be ambiguous, and most sentences negate none.
    for (s, _) in p.stems.iter().zip(&p.negated).filter(|(_, &n)| n) {
        let affirmed = p.stems.iter().zip(&p.negated).any(|(t, &n)| t == s && !n);
        if affirmed {
            p.ambiguous.push(s.clone());
        }
    }
    p.ambiguous.sort();
    p.ambiguous.dedup();
    p
}

/// The negated word and the affirmed one, when `l` negates a word `r` affirms (or the
/// other way round) and the two share [`MIN_SHARED_ARGUMENTS`] arguments around it.
pub(super) fn detect(
    l: &[String],
    lp: &Polarity,
    r: &[String],
    rp: &Polarity,
) -> Option<(String, String)> {
    if !lp.any_negated && !rp.any_negated {
        return None;
    }
    for (i, stem) in lp.stems.iter().enumerate() {
        if stem.is_empty() {
            continue;
        }
        for (k, other) in rp.stems.iter().enumerate() {
            if other != stem
                || lp.negated[i] == rp.negated[k]
                || lp.ambiguous.binary_search(stem).is_ok()
                || rp.ambiguous.binary_search(stem).is_ok()
            {
                continue;
            }
            if shared_arguments(l, i, r, k) < MIN_SHARED_ARGUMENTS {
                continue;
            }
            let show = |ws: &[String], at: usize, neg: bool| {
                if neg {
                    negated(ws, at).unwrap_or_else(|| ws[at].clone())
                } else {
                    ws[at].clone()
                }
            };
            return Some((show(l, i, lp.negated[i]), show(r, k, rp.negated[k])));
        }
    }
    None
}

/// Whether a negated auxiliary governs the word at `i` itself (`has not shown`, `didn't
/// respond`, `never offered`, `cannot be changed`), with only auxiliaries and a few adverbs
/// between. A bare `no` or `not` before a noun (`no racism`, `not the only country`) denies
/// less than it seems, and a negation inside a condition (`if they don't pass`) or an
/// infinitive (`not to declare`, `to not suck`) asserts nothing: neither counts.
fn governed_by_negator(words: &[String], i: usize) -> bool {
    let mut j = i;
    while j > 0 && i - j <= 3 {
        j -= 1;
        let w = words[j].as_str();
        if NEGATORS.contains(&w) {
            let before = j.checked_sub(1).map(|b| words[b].as_str());
            let after = words.get(j + 1).map(String::as_str);
            let asserted = (w == "never" || w == "cannot" || before.is_some_and(is_auxiliary))
                && before != Some("to")
                && after != Some("to")
                && after != Some("only");
            return asserted && !conditional(words, j);
        }
        if !(is_auxiliary(w) || ADVERBS.contains(&w)) {
            return false;
        }
    }
    false
}

/// Finite auxiliaries and modals, and the forms of `be` and `have` after them.
fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "do" | "does"
            | "did"
            | "has"
            | "have"
            | "had"
            | "is"
            | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "must"
            | "may"
            | "might"
            | "be"
            | "been"
            | "being"
            | "wo"
            | "ca"
    )
}

/// Whether a word opening a condition or an indirect question comes shortly before `j`.
fn conditional(words: &[String], j: usize) -> bool {
    words[j.saturating_sub(6)..j]
        .iter()
        .any(|w| matches!(w.as_str(), "if" | "unless" | "whether" | "until"))
}

fn shared_arguments(l: &[String], i: usize, r: &[String], k: usize) -> usize {
    let (a, b) = (super::arguments(l, i), super::arguments(r, k));
    a.iter().filter(|x| b.binary_search(x).is_ok()).count()
}

#[cfg(test)]
mod tests {
    use super::super::detect as cue;

    #[test]
    fn any_word_negated_against_the_same_word_affirmed() {
        let table = [
            (
                "Mr. Obama has shown a certificate of live birth from Hawaii.",
                "He doesn't have a birth certificate or he hasn't shown it.",
            ),
            (
                "The carmaker recalled 40,000 vehicles over faulty brakes.",
                "The carmaker has not recalled any vehicles over the brakes.",
            ),
            (
                "The minister never resigned over the housing scandal, aides insist.",
                "The minister resigned over the housing scandal on Friday.",
            ),
        ];
        for (l, r) in table {
            let c = cue(l, r).unwrap_or_else(|| panic!("no cue: {l} / {r}"));
            assert_eq!(c.rule, "negation", "{l} / {r}");
            let c = cue(r, l).unwrap_or_else(|| panic!("no cue: {r} / {l}"));
            assert_eq!(c.rule, "negation", "{r} / {l}");
        }
    }

    #[test]
    fn same_word_needs_two_shared_arguments_and_one_polarity_each() {
        let table = [
            // One shared argument only: the same verb about different things.
            (
                "The court has not reviewed the appeal yet.",
                "Analysts reviewed the budget figures on Monday.",
            ),
            // Both negated: agreement.
            (
                "Police have not identified the victim of the crash.",
                "The victim of the crash has not been identified by police.",
            ),
            // `no` before a noun, a condition, an infinitive: nothing asserted.
            (
                "Auditors found evidence of fraud in the district's ballots.",
                "Auditors found no evidence of fraud in the district ballots.",
            ),
            (
                "If the council does not approve the budget, the library will close.",
                "The council approved the budget and the library will stay open.",
            ),
            (
                "Aides urged the governor not to veto the housing bill this week.",
                "The governor vetoed the housing bill this week.",
            ),
            // A speech verb is no claim.
            (
                "The senator did not say whether the bill would pass the house.",
                "The senator said the bill would pass the house.",
            ),
        ];
        for (l, r) in table {
            assert_eq!(cue(l, r), None, "{l} / {r}");
        }
    }
}
