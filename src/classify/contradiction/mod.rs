//! Contradiction cues between two related sentences: the same predicate with opposite
//! polarity (`has not started` / `began`), words of opposite sense (`ended in failure` /
//! `succeeded`), and the same party placed on opposite sides of a fight (`alongside X to
//! fight Y` / `in Y's ranks`).
//!
//! The cues only judge polarity; whether two sentences are about the same thing at all is
//! decided by the aligner before they get here.

use super::cues::{
    AGAINST_MARKERS, ANTONYMS, LIGHT_VERB_OBJECTS, NEGATORS, NOT_ARGUMENTS, VERB_FAMILIES,
    WITH_MARKERS,
};
use crate::text;

mod same_word;

/// How many words on each side of a cue word are read as its arguments (subject, object).
/// Two opposite-polarity predicates contradict only when they are about the same thing:
/// `Mexico won't pay` and `he should pay for it` share a verb, not a claim.
const ARGUMENT_WINDOW: usize = 6;

/// Why two sentences contradict each other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// `negation`, `antonym` or `opposite_sides`.
    pub rule: &'static str,
    /// The words on each side: `has not started` / `began`.
    pub left: String,
    /// The words on the right side.
    pub right: String,
    /// Whether the cue stands only between sentences that otherwise state the same claim
    /// (the aligner's same-claim score): true for rules with no word list to narrow them.
    pub requires_same_claim: bool,
}

impl Cue {
    /// One line: `negation: "not started" vs "began"`.
    pub fn describe(&self) -> String {
        format!("{}: \"{}\" vs \"{}\"", self.rule, self.left, self.right)
    }
}

/// A sentence prepared once for any number of [`detect_prepared`] calls: its words, and
/// bit sets of the cue-word groups it holds, so that most pairs are ruled out by two ANDs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prepared {
    words: Vec<String>,
    /// Bit `f`: a form of verb family `f`.
    families: u64,
    /// Bit `p`: a word of the first sense of antonym pair `p`.
    first: u64,
    /// Bit `p`: a word of the second sense of antonym pair `p`.
    second: u64,
    /// A word about taking sides in a fight.
    combat: bool,
    /// Which words are negated, for the same-word rule.
    polarity: same_word::Polarity,
}

/// Prepares `sentence` for [`detect_prepared`].
pub fn prepare(sentence: &str) -> Prepared {
    let words = words(sentence);
    let mut p = Prepared::default();
    for w in &words {
        if let Some(f) = family_of(w) {
            p.families |= 1 << (f % 64);
        }
        for (i, (a, b)) in ANTONYMS.iter().enumerate() {
            if a.contains(&w.as_str()) {
                p.first |= 1 << (i % 64);
            }
            if b.contains(&w.as_str()) {
                p.second |= 1 << (i % 64);
            }
        }
        p.combat |= COMBAT.contains(&w.as_str());
    }
    p.polarity = same_word::polarity(&words);
    p.words = words;
    p
}

/// The first contradiction cue between `left` and `right`, if any.
pub fn detect(left: &str, right: &str) -> Option<Cue> {
    detect_prepared(&prepare(left), &prepare(right))
}

/// [`detect`] on prepared sentences: a sentence linked to many others is tokenised once.
pub fn detect_prepared(left: &Prepared, right: &Prepared) -> Option<Cue> {
    let (l, r) = (&left.words, &right.words);
    let shared_family = left.families & right.families != 0;
    let opposed = left.first & right.second != 0 || left.second & right.first != 0;
    let fight = left.combat && right.combat;
    shared_family
        .then(|| negation(l, r))
        .flatten()
        .or_else(|| opposed.then(|| antonym(l, r)).flatten())
        .or_else(|| fight.then(|| sides(l, r)).flatten())
        .or_else(|| {
            same_word::detect(l, &left.polarity, r, &right.polarity).map(|(left, right)| Cue {
                rule: "negation",
                left,
                right,
                requires_same_claim: true,
            })
        })
}

/// Lower-case words, with `n't` split off (`wasn't` -> `was`, `n't`) and possessive `'s`
/// dropped, curly apostrophes folded.
fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for raw in s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-')) {
        let w = raw.replace('’', "'").to_lowercase();
        let w = w.trim_matches(|c| c == '\'' || c == '-');
        if w.is_empty() {
            continue;
        }
        if let Some(stem) = w.strip_suffix("n't") {
            out.push(stem.to_string());
            out.push("n't".into());
        } else if let Some(stem) = w.strip_suffix("'s") {
            out.push(stem.to_string());
        } else {
            out.push(w.to_string());
        }
    }
    out
}

fn family_of(word: &str) -> Option<usize> {
    VERB_FAMILIES.iter().position(|f| f.contains(&word))
}

/// Whether the word at `i` is negated: a negator among the three words before it.
fn negated(words: &[String], i: usize) -> Option<String> {
    let from = i.saturating_sub(3);
    for j in from..i {
        let one = words[j].as_str();
        let two = words.get(j + 1).map(|n| format!("{one} {n}"));
        if NEGATORS.contains(&one) || two.as_deref().is_some_and(|t| NEGATORS.contains(&t)) {
            return Some(words[j..=i].join(" "));
        }
    }
    None
}

/// Whether the verb at `i` is a predicate of its own rather than part of a fixed phrase
/// whose sense is elsewhere (`paid a visit`, `came back to`).
fn predicate(words: &[String], i: usize) -> bool {
    let next: Vec<&str> = words
        .iter()
        .skip(i + 1)
        .take(3)
        .map(String::as_str)
        .collect();
    let light = next
        .iter()
        .take_while(|w| matches!(**w, "a" | "an" | "the" | "his" | "her" | "their" | "its"))
        .count();
    if next
        .get(light)
        .is_some_and(|w| LIGHT_VERB_OBJECTS.contains(w))
    {
        return false;
    }
    // `back` as an adverb (`back to work`, `back home`) is no verb of support.
    !(words[i] == "back"
        && next.first().is_some_and(|w| {
            matches!(
                *w,
                "to" | "in" | "into" | "on" | "from" | "home" | "down" | "up" | "out" | "then"
            )
        }))
}

/// Stems of the content words within [`ARGUMENT_WINDOW`] words of `i`, cue words excluded.
fn arguments(words: &[String], i: usize) -> Vec<String> {
    let from = i.saturating_sub(ARGUMENT_WINDOW);
    let to = (i + ARGUMENT_WINDOW + 1).min(words.len());
    let mut out: Vec<String> = words[from..to]
        .iter()
        .enumerate()
        .filter(|&(j, w)| {
            from + j != i
                && w.chars().count() > 2
                && !w.chars().all(|c| c.is_numeric())
                && !text::is_stop_word(w)
                && !NEGATORS.contains(&w.as_str())
                && !NOT_ARGUMENTS.contains(&w.as_str())
        })
        .map(|(_, w)| text::stem(w))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Whether the words around `l[i]` and `r[k]` share an argument.
fn share_argument(l: &[String], i: usize, r: &[String], k: usize) -> bool {
    let (a, b) = (arguments(l, i), arguments(r, k));
    a.iter().any(|x| b.binary_search(x).is_ok())
}

fn negation(l: &[String], r: &[String]) -> Option<Cue> {
    for (i, w) in l.iter().enumerate() {
        let Some(fam) = family_of(w) else { continue };
        if !predicate(l, i) {
            continue;
        }
        for (k, v) in r.iter().enumerate() {
            if family_of(v) != Some(fam) || !predicate(r, k) || !share_argument(l, i, r, k) {
                continue;
            }
            match (negated(l, i), negated(r, k)) {
                (Some(neg), None) => {
                    return Some(Cue {
                        rule: "negation",
                        left: neg,
                        right: v.clone(),
                        requires_same_claim: false,
                    })
                }
                (None, Some(neg)) => {
                    return Some(Cue {
                        rule: "negation",
                        left: w.clone(),
                        right: neg,
                        requires_same_claim: false,
                    })
                }
                _ => {}
            }
        }
    }
    None
}

fn antonym(l: &[String], r: &[String]) -> Option<Cue> {
    let has =
        |ws: &[String], side: &[&str]| ws.iter().find(|w| side.contains(&w.as_str())).cloned();
    let at = |ws: &[String], w: &str| ws.iter().position(|x| x == w).unwrap_or(0);
    for (a, b) in ANTONYMS {
        for (x, y) in [(a, b), (b, a)] {
            if let (Some(lw), Some(rw)) = (has(l, x), has(r, y)) {
                // A sentence holding both senses is weighing them, not asserting one; and a
                // negated sense (`does not support` / `opposed`) agrees with its antonym.
                let negated_at = |ws: &[String], w: &str| {
                    ws.iter()
                        .position(|x| x == w)
                        .is_some_and(|i| negated(ws, i).is_some())
                };
                if has(l, y).is_none()
                    && has(r, x).is_none()
                    && !negated_at(l, &lw)
                    && !negated_at(r, &rw)
                    && share_argument(l, at(l, &lw), r, at(r, &rw))
                {
                    return Some(Cue {
                        rule: "antonym",
                        left: lw,
                        right: rw,
                        requires_same_claim: false,
                    });
                }
            }
        }
    }
    None
}

/// Parties placed with and against the speaker's subject in a fight.
#[derive(Debug, Default)]
struct Sides {
    with: Vec<String>,
    against: Vec<String>,
}

/// Words that make a sentence about taking sides in a conflict.
const COMBAT: &[&str] = &[
    "fight",
    "fighting",
    "fought",
    "combat",
    "battle",
    "war",
    "ranks",
    "side",
    "against",
    "alongside",
];

/// Words never taken as a party.
const NOT_PARTIES: &[&str] = &[
    "the", "a", "an", "of", "its", "their", "his", "her", "to", "in", "on", "and", "forces",
    "army", "troops", "ranks", "side", "them", "him", "it",
];

/// Content words two sentences share beyond their cue and party words: two outlets that put
/// a party on opposite sides contradict each other only when they speak of the same fighters
/// (`the general agreed to send volunteers` / `the general's men recruited mercenaries`).
/// Two shared words, as a full name or a name and its role, say the actor is the same; one
/// (`Arab`, `foreign`) is too often a coincidence.
const MIN_SHARED_SUBJECT: usize = 2;

fn subject_words(ws: &[String], sides: &Sides) -> Vec<String> {
    let mut out: Vec<String> = ws
        .iter()
        .filter(|w| {
            w.chars().count() > 2
                && !text::is_stop_word(w)
                && !NOT_ARGUMENTS.contains(&w.as_str())
                && !NOT_PARTIES.contains(&w.as_str())
                && !COMBAT.contains(&w.as_str())
                && !WITH_MARKERS.contains(&w.as_str())
                && !AGAINST_MARKERS.contains(&w.as_str())
                && !sides
                    .with
                    .iter()
                    .chain(&sides.against)
                    .any(|p| same_party(p, w))
        })
        .map(|w| text::stem(w))
        .collect();
    out.sort();
    out.dedup();
    out
}

fn sides(l: &[String], r: &[String]) -> Option<Cue> {
    let (ls, rs) = (parties(l), parties(r));
    if (ls.with.is_empty() && ls.against.is_empty())
        || (rs.with.is_empty() && rs.against.is_empty())
    {
        return None;
    }
    let (lw, rw) = (subject_words(l, &ls), subject_words(r, &rs));
    let shared = lw.iter().filter(|w| rw.binary_search(w).is_ok()).count();
    if shared < MIN_SHARED_SUBJECT {
        return None;
    }
    for (a, b, flip) in [(&ls, &rs, false), (&rs, &ls, true)] {
        for x in &a.against {
            if let Some(y) = b.with.iter().find(|y| same_party(x, y)) {
                let (against, with) = (format!("against {x}"), format!("with {y}"));
                let (left, right) = if flip {
                    (with, against)
                } else {
                    (against, with)
                };
                return Some(Cue {
                    rule: "opposite_sides",
                    left,
                    right,
                    requires_same_claim: false,
                });
            }
        }
    }
    None
}

fn parties(ws: &[String]) -> Sides {
    let mut s = Sides::default();
    if !ws.iter().any(|w| COMBAT.contains(&w.as_str())) {
        return s;
    }
    for (i, w) in ws.iter().enumerate() {
        let w = w.as_str();
        if w == "ranks" || w == "side" {
            // `in Russia's ranks`: the party stands before the marker.
            if let Some(p) = i.checked_sub(1).and_then(|j| party(&ws[j])) {
                s.with.push(p);
            }
            // `on the side of X`: after it.
            if ws.get(i + 1).is_some_and(|n| n == "of") {
                if let Some(p) = next_party(ws, i + 2) {
                    s.with.push(p);
                }
            }
        } else if WITH_MARKERS.contains(&w) && w != "for" && w != "with" {
            if let Some(p) = next_party(ws, i + 1) {
                s.with.push(p);
            }
        } else if AGAINST_MARKERS.contains(&w) {
            if let Some(p) = next_party(ws, i + 1) {
                s.against.push(p);
            }
        }
    }
    s
}

/// The first party word within three words from `from`.
fn next_party(ws: &[String], from: usize) -> Option<String> {
    ws.iter().skip(from).take(3).find_map(|w| party(w))
}

fn party(w: &str) -> Option<String> {
    if NOT_PARTIES.contains(&w) || w.len() < 3 || w.chars().all(|c| c.is_numeric()) {
        return None;
    }
    Some(w.to_string())
}

/// `russian` and `russia`, `ukrainian` and `ukraine`: a demonym and its country share a
/// long prefix; distinct names (`iran`, `iraq`) do not.
fn same_party(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    common >= 5 && common * 10 >= shorter * 8 || a == b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negated_predicate_against_affirmed_one() {
        let cue = detect(
            "Support with foreign fighters has not started yet.",
            "The government began to send more foreign fighters.",
        )
        .unwrap();
        assert_eq!(cue.rule, "negation");
        assert_eq!(cue.left, "not started");
        assert_eq!(cue.right, "began");
    }

    #[test]
    fn contraction_negates() {
        let cue = detect(
            "The ceasefire wasn't signed on Monday.",
            "Both sides signed the ceasefire on Monday.",
        );
        assert_eq!(cue.unwrap().rule, "negation");
    }

    #[test]
    fn distant_not_does_not_negate() {
        // `not the first time ... has sent` affirms the sending.
        assert_eq!(
            detect(
                "This is not the first time the army has sent troops abroad.",
                "The army sent troops abroad."
            ),
            None
        );
    }

    #[test]
    fn antonyms() {
        let cue = detect(
            "The offensive ended in failure.",
            "The offensive succeeded within days.",
        )
        .unwrap();
        assert_eq!(
            (cue.rule, cue.left.as_str(), cue.right.as_str()),
            ("antonym", "failure", "succeeded")
        );
        assert_eq!(
            detect(
                "Prices rose in May.",
                "Prices fell in June but rose in May."
            ),
            None
        );
    }

    #[test]
    fn negated_antonym_agrees() {
        assert_eq!(
            detect(
                "About 30 senators remained firmly opposed to the deal.",
                "Most senators do not support the deal."
            ),
            None
        );
        assert_eq!(
            detect(
                "She won by a 134-to-63 vote.",
                "She defeated her challenger by 134 to 63."
            ),
            None
        );
    }

    #[test]
    fn opposite_sides_of_a_fight() {
        let cue = detect(
            "Militia leaders loyal to General Omar Dlamini met to recruit fighters alongside the Ukrainian army to fight Russian forces.",
            "General Omar Dlamini agreed to send volunteers to participate in combat in Russia’s ranks.",
        )
        .unwrap();
        assert_eq!(cue.rule, "opposite_sides");
        assert_eq!(cue.left, "against russian");
        assert_eq!(cue.right, "with russia");
    }

    #[test]
    fn same_side_is_no_contradiction() {
        assert_eq!(
            detect(
                "Volunteers joined the fight alongside Kenyan troops.",
                "Kenya's ranks were swelled by volunteers in the battle."
            ),
            None
        );
        assert!(!same_party("iran", "iraq"));
        assert!(same_party("ukrainian", "ukraine"));
    }

    #[test]
    fn opposite_polarity_needs_a_shared_argument() {
        let table: &[(&str, &str, bool)] = &[
            // Same verb, different things paid for or sent: no contradiction.
            (
                "The former president said his country won't pay.",
                "He should pay for it.",
                false,
            ),
            (
                "He did not send the letter to the court.",
                "The ministry sent aid to the flood zone.",
                false,
            ),
            // A fixed phrase is not the predicate (`paid a visit`).
            (
                "The minister paid a visit to the border town.",
                "The minister will not pay the border town.",
                false,
            ),
            // `back` as an adverb is no verb of support.
            (
                "The plan is not putting people back to work.",
                "The plan helped people find work.",
                false,
            ),
            // Same object on both sides: a contradiction.
            (
                "The country won't pay for the wall.",
                "He will compel the country to pay for the wall.",
                true,
            ),
            (
                "The governor did not sign the budget bill.",
                "The governor signed the budget bill on Friday.",
                true,
            ),
        ];
        for (l, r, want) in table {
            assert_eq!(detect(l, r).is_some(), *want, "{l} / {r}");
        }
    }

    #[test]
    fn antonyms_need_a_shared_argument() {
        assert_eq!(
            detect(
                "Aides say the senator has consistently opposed the tax bill.",
                "The governor supported equal rights for farm workers."
            ),
            None
        );
        assert!(detect(
            "The senator opposed the tax bill.",
            "The senator supported the tax bill."
        )
        .is_some());
    }

    #[test]
    fn opposite_sides_need_the_same_actors() {
        // Different volunteers on different sides is no contradiction.
        assert_eq!(
            detect(
                "Foreign volunteers joined the call to fight alongside the Ukrainian army against Russian forces.",
                "The president said Arab volunteers are ready to fight alongside the Russian army.",
            ),
            None
        );
    }

    #[test]
    fn unrelated_sentences_have_no_cue() {
        assert_eq!(
            detect(
                "Rain fell across the north.",
                "The minister visited the port."
            ),
            None
        );
    }
}
