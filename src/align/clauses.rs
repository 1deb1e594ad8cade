//! Split a sentence into clauses, so that a claim one outlet states in a sentence of its own
//! can align with the same claim buried in another outlet's long sentence.
//!
//! News sentences chain claims with a few general devices: a semicolon or colon, a spaced
//! dash, a comma before a coordinator or subordinator (`, and`, `, but`, `, which`,
//! `, while`, `, after`...) or a participle (`, killing 12`), an attribution tail (`, a report said`, `according to`), and
//! `that` after a verb of saying (`officials said that ...`). The splitter cuts there and
//! nowhere else: a bare comma is as often a list (`France, Saudi Arabia and Russia`) as a
//! clause boundary, so it is left alone.
//!
//! [`windows`] returns every run of one or two consecutive clauses, so that a claim whose
//! two halves the splitter separated is still seen whole.

use std::sync::LazyLock;

use regex::Regex;

/// Where a new clause starts: the byte offset of the first character that belongs to it.
static BOUNDARY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // `;` or `:` followed by a space (not `10:30`), a spaced dash.
        r"(?:[;:]\s+|\s[-–—]{1,2}\s+)",
        // A comma before a word that opens a clause.
        r"|,\s+(?i:and|but|while|whereas|which|who|whom|whose|where|when|as|after|before",
        r"|because|since|although|though|including|according|citing|saying|adding|amid",
        r"|despite|so|yet|or|with|without|until|unless|if|in order)\b",
        // A comma before a participle opens a clause of its own (`, killing 12`, `, fearing`).
        r"|,\s+[a-z]+ing\b",
        // `according to` opening an attribution mid-sentence.
        r"|\s(?i:according to)\b",
        // `that` after a verb of saying: what follows is the claim reported.
        r"|\b(?i:said|says|say|reported|reports|stated|states|announced|announces",
        r"|confirmed|confirms|revealed|reveals|claimed|claims|added|adds|noted|notes|warned",
        r"|warns|told \w+|believe|believes|believed|indicated|indicates|showed|shows)\s+that\b",
    ))
    .expect("the clause boundary pattern is valid")
});

/// Fewest characters a clause needs to stand alone; shorter pieces stay with a neighbour.
const MIN_CLAUSE_CHARS: usize = 12;

/// A clause of a sentence: its byte range, and whether it only introduces a reported claim
/// (`officials said that`), which says who speaks, not what is claimed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clause {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// Whether the clause ends in a verb of saying and `that`.
    pub attribution: bool,
}

/// The clauses of `sentence`, in order, covering it without gaps. A sentence with no
/// boundary is one clause.
pub fn split(sentence: &str) -> Vec<Clause> {
    let mut cuts: Vec<(usize, bool)> = Vec::new();
    for m in BOUNDARY.find_iter(sentence) {
        let s = m.as_str();
        // Cut before the opening word (`, and`) or after the punctuation (`; `, `said that`).
        let (at, attribution) = if s.starts_with(',') || s.starts_with(char::is_whitespace) {
            let skip = s.find(|c: char| c.is_alphanumeric()).unwrap_or(s.len());
            (m.start() + skip, false)
        } else {
            (
                m.end(),
                s.ends_with("that") || s.ends_with("THAT") || s.ends_with("That"),
            )
        };
        if sentence.is_char_boundary(at) && at > 0 && at < sentence.len() {
            cuts.push((at, attribution));
        }
    }
    cuts.sort_unstable();
    cuts.dedup_by_key(|c| c.0);
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for (at, attribution) in cuts {
        if sentence[start..at].trim().len() >= MIN_CLAUSE_CHARS
            && sentence[at..].trim().len() >= MIN_CLAUSE_CHARS
        {
            out.push(Clause {
                start,
                end: at,
                attribution,
            });
            start = at;
        }
    }
    out.push(Clause {
        start,
        end: sentence.len(),
        attribution: false,
    });
    out
}

/// The pieces of `sentence` worth comparing on their own, as byte ranges: every clause that
/// is not an attribution head, and every run of two consecutive clauses. Empty when the
/// sentence is one clause (the sentence itself is then the only piece).
pub fn windows(sentence: &str) -> Vec<(usize, usize)> {
    let clauses = split(sentence);
    if clauses.len() < 2 {
        return Vec::new();
    }
    let mut out: Vec<(usize, usize)> = clauses
        .iter()
        .filter(|c| !c.attribution)
        .map(|c| (c.start, c.end))
        .collect();
    if clauses.len() > 2 {
        out.extend(clauses.windows(2).map(|w| (w[0].start, w[1].end)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn clauses(s: &str) -> Vec<&str> {
        split(s)
            .into_iter()
            .map(|c| s[c.start..c.end].trim())
            .collect()
    }

    #[test]
    fn splits_at_clause_devices() {
        let table: &[(&str, &[&str])] = &[
            (
                "The talks collapsed on Monday; both delegations flew home the next day.",
                &[
                    "The talks collapsed on Monday;",
                    "both delegations flew home the next day.",
                ],
            ),
            (
                "The bridge reopened in May, but the ferry service was cut by half.",
                &[
                    "The bridge reopened in May,",
                    "but the ferry service was cut by half.",
                ],
            ),
            (
                "Police officials said that three suspects were arrested near the border.",
                &[
                    "Police officials said that",
                    "three suspects were arrested near the border.",
                ],
            ),
            (
                "Turnout reached 61 percent in the capital, according to the election commission.",
                &[
                    "Turnout reached 61 percent in the capital,",
                    "according to the election commission.",
                ],
            ),
        ];
        for (sentence, want) in table {
            assert_eq!(clauses(sentence), *want, "{sentence}");
        }
    }

    #[test]
    fn lists_and_short_pieces_stay_whole() {
        for s in [
            "Aid came from France, Saudi Arabia and Russia.",
            "He said that, and left.",
            "Prices rose at 10:30 sharp.",
        ] {
            assert_eq!(split(s).len(), 1, "{s}");
        }
    }

    #[test]
    fn windows_join_neighbours() {
        let s = "The dam broke at dawn; water reached the town by noon, and the mayor ordered an evacuation.";
        let w: Vec<&str> = windows(s)
            .into_iter()
            .map(|(a, b)| s[a..b].trim())
            .collect();
        assert_eq!(w.len(), 5);
        // An attribution head is compared only together with the claim it introduces.
        let t = "Police officials said that three suspects were arrested near the border.";
        let v: Vec<&str> = windows(t)
            .into_iter()
            .map(|(a, b)| t[a..b].trim())
            .collect();
        assert_eq!(v, ["three suspects were arrested near the border."]);
        assert!(
            w.contains(&"water reached the town by noon, and the mayor ordered an evacuation."),
            "{w:?}"
        );
        assert!(windows("One clause only here.").is_empty());
    }

    proptest! {
        #[test]
        fn spans_cover_the_sentence_on_char_boundaries(s in "\\PC{0,120}") {
            let clauses = split(&s);
            prop_assert_eq!(clauses.first().map(|c| c.start), Some(0));
            prop_assert_eq!(clauses.last().map(|c| c.end), Some(s.len()));
            for w in clauses.windows(2) {
                prop_assert_eq!(w[0].end, w[1].start);
            }
            let spans = clauses.iter().map(|c| (c.start, c.end));
            for (a, b) in spans.chain(windows(&s)) {
                prop_assert!(a < b || s.is_empty());
                prop_assert!(s.get(a..b).is_some());
            }
        }
    }
}
