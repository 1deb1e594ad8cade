//! What a figure counts: its counted noun (lemmatised, through the synonym classes of
//! [`super::lexicon`]), the modifiers and places that narrow it, the outcome it reports
//! (killed, injured, arrested...) and whether it is another batch. Two figures count the
//! same thing only if none of these disagree.

use strsim::jaro_winkler;

use super::lexicon::{lexicon, Role};
use crate::extract::quantity::{Quantity, QuantityKind};
use crate::text::{self, Token};

/// A counted noun's head, by synonym class when it has one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Head {
    /// A listed class (index into the lexicon).
    Class(usize),
    /// An unlisted noun, by stem.
    Word(String),
}

/// What one figure counts, as far as its sentence tells.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Referent {
    /// Specific heads (generic ones such as `people` left out).
    pub heads: Vec<Head>,
    /// Outcome class (`killed`, `injured`...), counts only.
    pub outcome: Option<usize>,
    /// Lower-case modifiers of the counted noun, by stem (`foreign`).
    pub modifiers: Vec<String>,
    /// Capitalised modifiers (`Syrian`, `British`), folded.
    pub proper: Vec<String>,
    /// Places the counted noun is located in or comes from (`in Libya`), folded.
    pub places: Vec<String>,
    /// A count of the sources themselves (`according to three officials`): not a figure
    /// of the story.
    pub source_count: bool,
    /// Marked as another batch (`another`, `a further`, `500 other`, `a similar`).
    pub distinct: bool,
    /// The thing counted in words, for display.
    pub label: String,
    /// Names in the sentence (capitalised words past its first), by stem, sorted.
    pub names: Vec<String>,
    /// Every word of the sentence, folded and stemmed, sorted: where a modifier the other
    /// figure has may be found.
    pub context: Vec<String>,
}

/// How two referents relate when nothing rules a match out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HeadMatch {
    /// Both name what they count, in the same words or synonyms (or the same outcome).
    Same,
    /// At least one names nothing specific: the sentences must say more.
    Loose,
}

/// Why two figures count different things.
pub type Mismatch = &'static str;

const PLACE_PREPOSITIONS: &[&str] = &[
    "across", "at", "from", "in", "inside", "into", "near", "outside", "to",
];

/// Whether the text between two tokens ends a phrase (punctuation other than a hyphen
/// or apostrophe).
fn breaks(sentence: &str, from: usize, to: usize) -> bool {
    sentence.get(from..to).is_some_and(|gap| {
        gap.chars().any(|c| {
            matches!(
                c,
                ',' | ';' | ':' | '(' | ')' | '.' | '"' | '“' | '”' | '—' | '–'
            )
        })
    })
}

fn similar_names(a: &str, b: &str) -> bool {
    a == b
        || (a.len().min(b.len()) >= 4 && (a.starts_with(b) || b.starts_with(a)))
        || jaro_winkler(a, b) >= 0.92
}

/// Reads the referent of `q` in `sentence`.
pub fn describe(sentence: &str, q: &Quantity) -> Referent {
    let lex = lexicon();
    let toks: Vec<Token> = text::tokens(sentence).collect();
    let folded: Vec<String> = toks.iter().map(|t| text::fold(t.text)).collect();
    let stems: Vec<String> = folded.iter().map(|f| text::stem(f)).collect();
    let first_in = toks
        .iter()
        .position(|t| t.end > q.start)
        .unwrap_or(toks.len());
    let after_fig = toks
        .iter()
        .position(|t| t.start >= q.end)
        .unwrap_or(toks.len());
    let mut r = Referent::default();

    // The counted noun: its tokens, found after the figure or (for `the number of X
    // reached N`) anywhere in the sentence.
    let counted_span = q.counted.as_deref().and_then(|c| {
        let at = sentence
            .get(q.end..)
            .and_then(|rest| rest.find(c).map(|i| q.end + i))
            .or_else(|| sentence.find(c))?;
        let s = toks.iter().position(|t| t.start >= at)?;
        let e = toks
            .iter()
            .position(|t| t.start >= at + c.len())
            .unwrap_or(toks.len());
        (s < e).then_some((s, e))
    });
    let mut phrase_end = after_fig;
    if let Some((s, e)) = counted_span {
        if s >= after_fig {
            phrase_end = e;
        }
        read_counted(&toks, &folded, &stems, s, e, &mut r);
        r.label = q.counted.clone().unwrap_or_default().to_lowercase();
    }

    // No specific head: the noun the figure measures may stand before it (`the death toll
    // rose to 50`, `a salary of $1,000`) or just after it (`$4 million ransom`, `$2
    // billion in aid`); failing a listed one, a percentage or measure is of the first
    // content word of its clause (`Exports fell 12%`, `The bridge is 1,200 metres long`).
    if r.heads.is_empty() && r.outcome.is_none() {
        // With a generic noun of its own (`50 people were killed and 53 others wounded`),
        // a figure's outcome is read after the noun below, never taken from an earlier clause.
        let fits = |class: usize| match lex.class(class).role {
            Role::Money => q.kind == QuantityKind::Money,
            Role::Group => q.kind != QuantityKind::Money,
            Role::Outcome => q.kind != QuantityKind::Money && q.counted.is_none(),
        };
        let mut found = None;
        if q.counted.is_none() {
            // The head of the noun phrase after the figure is its last listed word
            // (`$44 million in federal income taxes`: taxes, not income).
            let mut i = after_fig;
            while i < toks.len()
                && i < after_fig + 4
                && !breaks(
                    sentence,
                    if i == after_fig {
                        q.end
                    } else {
                        toks[i - 1].end
                    },
                    toks[i].start,
                )
            {
                if let Some((class, len)) = lex.class_ending_at(&stems, i + 1).filter(|c| fits(c.0))
                {
                    found = Some((class, i + 1 - len, i + 1));
                }
                i += 1;
            }
        }
        let mut subject = None;
        let mut end = first_in;
        while found.is_none()
            && end > 0
            && first_in - end < 8
            && !breaks(
                sentence,
                toks[end - 1].end,
                toks.get(end).map_or(q.start, |t| t.start),
            )
        {
            if let Some((class, len)) = lex.class_ending_at(&stems, end).filter(|c| fits(c.0)) {
                found = Some((class, end - len, end));
                break;
            }
            if toks[end - 1].kind == text::TokenKind::Word
                && !text::is_stop_word(&folded[end - 1])
                && !lex.is_generic(&stems[end - 1])
            {
                subject = Some(end - 1);
            }
            end -= 1;
        }
        if let Some((class, s, e)) = found {
            take_class(class, &mut r);
            if r.label.is_empty() {
                r.label = folded[s..e].join(" ");
            }
        } else if let (Some(i), None, QuantityKind::Percent | QuantityKind::Measure) =
            (subject, &q.counted, q.kind)
        {
            r.heads.push(Head::Word(stems[i].clone()));
            r.label = folded[i].clone();
        }
    }

    // What happened to those counted: the nearest outcome word after the noun, then before
    // the figure, within the clause.
    if q.kind == QuantityKind::Count && r.outcome.is_none() {
        let mut i = phrase_end;
        while i < toks.len()
            && i < phrase_end + 6
            && (i == 0 || !breaks(sentence, toks[i - 1].end, toks[i].start))
        {
            if let Some((class, _)) = lex.class_ending_at(&stems, i + 1) {
                if lex.class(class).role == Role::Outcome {
                    r.outcome = Some(class);
                    break;
                }
            }
            i += 1;
        }
        if r.outcome.is_none() {
            let mut end = first_in;
            while end > 0
                && first_in - end < 4
                && !breaks(
                    sentence,
                    toks[end - 1].end,
                    toks.get(end).map_or(q.start, |t| t.start),
                )
            {
                if let Some((class, _)) = lex.class_ending_at(&stems, end) {
                    if lex.class(class).role == Role::Outcome {
                        r.outcome = Some(class);
                        break;
                    }
                }
                end -= 1;
            }
        }
    }

    // Another batch: `another 200`, `a further 500`, `a similar transfer of 600`, `500 more`.
    let mut i = first_in;
    while i > 0
        && first_in - i < 4
        && !breaks(
            sentence,
            toks[i - 1].end,
            toks.get(i).map_or(q.start, |t| t.start),
        )
    {
        i -= 1;
        if folded[i] != "more" && lex.is_distinct(&folded[i]) {
            r.distinct = true;
        }
    }
    if folded
        .get(after_fig)
        .is_some_and(|w| w == "more" || w == "other")
        && !breaks(sentence, q.end, toks[after_fig].start)
    {
        r.distinct = true;
    }
    // A part of a group (`Fifteen of the 19 hijackers`, `two of them`) is not its total.
    if folded.get(after_fig).is_some_and(|w| w == "of")
        && folded.get(after_fig + 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "the" | "those" | "these" | "them" | "whom" | "which" | "its" | "their" | "our"
            )
        })
        && !breaks(sentence, q.end, toks[after_fig].start)
    {
        r.distinct = true;
    }
    r.source_count =
        first_in >= 2 && folded[first_in - 2] == "according" && folded[first_in - 1] == "to";

    // Where they are: `in Libya`, `from Syria's Homs province`.
    let mut i = phrase_end;
    while i < toks.len() && i < phrase_end + 8 {
        if i > 0 && breaks(sentence, toks[i - 1].end, toks[i].start) {
            break;
        }
        if PLACE_PREPOSITIONS.contains(&folded[i].as_str()) {
            let mut j = i + 1;
            if folded.get(j).is_some_and(|w| w == "the") {
                j += 1;
            }
            while j < toks.len()
                && toks[j].is_capitalised()
                && !breaks(sentence, toks[j - 1].end, toks[j].start)
            {
                r.places.push(folded[j].trim_end_matches("'s").to_string());
                j += 1;
            }
            if !r.places.is_empty() {
                break;
            }
        }
        i += 1;
    }
    r.names = toks
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(i, t)| t.is_capitalised() && !text::is_stop_word(&folded[*i]))
        .map(|(i, _)| stems[i].clone())
        .collect();
    r.names.sort();
    r.names.dedup();
    r.context = folded.iter().chain(stems.iter()).cloned().collect();
    r.context.sort();
    r.context.dedup();
    r.heads.sort();
    r.heads.dedup();
    r.modifiers.sort();
    r.modifiers.dedup();
    r.proper.sort();
    r.proper.dedup();
    r
}

fn take_class(class: usize, r: &mut Referent) {
    match lexicon().class(class).role {
        Role::Outcome => r.outcome = r.outcome.or(Some(class)),
        Role::Group | Role::Money => r.heads.push(Head::Class(class)),
    }
}

/// Heads and modifiers of the counted noun `toks[s..e]`: a head ends each conjunct
/// (`fighters and mercenaries`), the words before it modify it.
fn read_counted(
    toks: &[Token],
    folded: &[String],
    stems: &[String],
    s: usize,
    e: usize,
    r: &mut Referent,
) {
    let lex = lexicon();
    let mut end = e;
    while end > s {
        let mut start = end;
        while start > s && !matches!(folded[start - 1].as_str(), "and" | "or" | "&") {
            start -= 1;
        }
        // The conjunct is stems[start..end]; its head is the longest listed phrase at its
        // end, else its last word.
        let (head_len, class) = match lex.class_ending_at(stems, end) {
            Some((class, len)) if end - len >= start => (len, Some(class)),
            _ => (1, None),
        };
        match class {
            Some(c) => take_class(c, r),
            None if lex.is_generic(&stems[end - 1]) => {}
            None if lex.is_distinct(&folded[end - 1]) => r.distinct = true,
            None => r.heads.push(Head::Word(stems[end - 1].clone())),
        }
        for i in start..end - head_len {
            let w = &folded[i];
            if lex.is_distinct(w) {
                r.distinct = true;
            } else if toks[i].is_capitalised() {
                r.proper.push(w.trim_end_matches("'s").to_string());
            } else if !text::is_stop_word(w) {
                r.modifiers.push(stems[i].clone());
            }
        }
        end = start.saturating_sub(1);
    }
}

/// Whether `left` and `right` can count the same thing, and how firmly; `Err` says why not.
pub fn relate(left: &Referent, right: &Referent) -> Result<HeadMatch, Mismatch> {
    let lex = lexicon();
    if left.distinct != right.distinct {
        return Err("another batch");
    }
    if left.outcome != right.outcome {
        return Err("different outcome");
    }
    for a in &left.modifiers {
        for b in &right.modifiers {
            if a != b && lex.contrast(a).is_some() && lex.contrast(a) == lex.contrast(b) {
                return Err("conflicting modifiers");
            }
        }
    }
    let shares =
        |x: &[String], y: &[String]| x.iter().any(|a| y.iter().any(|b| similar_names(a, b)));
    if !left.proper.is_empty() && !right.proper.is_empty() && !shares(&left.proper, &right.proper) {
        return Err("conflicting modifiers");
    }
    if !left.places.is_empty() && !right.places.is_empty() && !shares(&left.places, &right.places) {
        return Err("different places");
    }
    // A modifier one side has and the other sentence never mentions narrows the group:
    // on both sides (`British mercenaries` vs `foreign mercenaries`) the groups differ; on
    // one side, the match is no longer firm.
    let unmatched = |a: &Referent, b: &Referent| {
        a.modifiers
            .iter()
            .any(|m| b.context.binary_search(m).is_err())
            || a.proper
                .iter()
                .any(|m| !b.context.iter().any(|w| similar_names(m, w)))
    };
    let narrowed = match (unmatched(left, right), unmatched(right, left)) {
        (true, true) => return Err("different groups"),
        (l, r) => l || r,
    };
    let same_head = |a: &Head, b: &Head| match (a, b) {
        (Head::Class(x), Head::Class(y)) => x == y,
        (Head::Word(x), Head::Word(y)) => similar_names(x, y),
        _ => false,
    };
    let heads = if left.heads.is_empty() || right.heads.is_empty() {
        // Two counts of the dead (`the death toll`, `50 people were killed`) name their
        // referent by the outcome alone.
        if left.heads.is_empty() && right.heads.is_empty() && left.outcome.is_some() {
            HeadMatch::Same
        } else {
            HeadMatch::Loose
        }
    } else if left
        .heads
        .iter()
        .any(|a| right.heads.iter().any(|b| same_head(a, b)))
    {
        HeadMatch::Same
    } else {
        return Err("different things counted");
    };
    Ok(if narrowed { HeadMatch::Loose } else { heads })
}

/// Words that report someone's statement (`said`, `according to`), by stem.
const REPORTING: &[&str] = &[
    "accord", "announc", "claim", "confirm", "estim", "quot", "report", "said", "say", "told",
];

/// Whether a sentence reports what someone said: a stand-in for attribution where the
/// attribution stage found no source.
pub fn reports_speech(sentence: &str) -> bool {
    text::tokens(sentence).any(|t| {
        let s = text::stem(&text::fold(t.text));
        REPORTING.contains(&s.as_str())
    })
}

/// Whether the two sentences name someone or somewhere in common, or one names nothing.
pub fn share_names(left: &Referent, right: &Referent) -> bool {
    left.names.is_empty()
        || right.names.is_empty()
        || left
            .names
            .iter()
            .any(|a| right.names.iter().any(|b| similar_names(a, b)))
}

/// Whether nothing names what the figure counts: no head, no outcome.
pub fn unnamed(r: &Referent) -> bool {
    r.heads.is_empty() && r.outcome.is_none()
}

/// The display name of a head.
pub fn head_name(h: &Head) -> String {
    match h {
        Head::Class(c) => lexicon().class(*c).name.clone(),
        Head::Word(w) => w.clone(),
    }
}
