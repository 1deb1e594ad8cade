//! Find the noun phrase that names a speaker: walking left from a verb to its subject
//! (over appositives and relative clauses), or right from `according to`, `citing`, `said`.

use super::lexicon::{
    ADVERBS, ANONYMITY_MARKERS, ANONYMOUS_HEADS, DOC_NOUNS, DOC_PARTICIPLES, FUNCTION_WORDS,
    POSTMODIFIERS, PREPOSITIONS, PRONOUNS, QUANTIFIERS, RELATIVES, SPEAKER_NOUNS, SPEECH_VERBS,
    SUBORDINATORS, THAT_COMPLEMENT_NOUNS, TIME_WORDS,
};
use super::tokens::{Kind, Token};

/// Whether `t` is a word in `list`.
pub(super) fn is(t: &Token, list: &[&str]) -> bool {
    t.kind == Kind::Word && list.contains(&t.lower.as_str())
}

fn word(t: &[Token], i: usize, w: &str) -> bool {
    t.get(i)
        .is_some_and(|x| x.kind == Kind::Word && x.lower == w)
}

/// Where a leftward segment stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Edge {
    /// The start of the sentence.
    Start,
    /// A comma at this token.
    Comma(usize),
    /// A relative pronoun (or relative `that`) at this token.
    Relative(usize),
    /// A subordinating word: the segment is inside a subordinate clause.
    Subordinate,
    /// `and`, `but`, a complementiser `that`, or other punctuation.
    Other,
}

/// Tokens `start..end` and what stopped them on the left.
#[derive(Debug, Clone, Copy)]
pub(super) struct Segment {
    pub start: usize,
    pub end: usize,
    pub edge: Edge,
}

fn matching(t: &[Token], open: usize, close: Kind, reach: usize) -> Option<usize> {
    let last = (open + reach).min(t.len().saturating_sub(1));
    (open + 1..=last)
        .take_while(|&j| matches!(t[j].kind, Kind::Word | Kind::Comma) || t[j].kind == close)
        .find(|&j| t[j].kind == close)
}

fn matching_left(t: &[Token], close: usize, open: Kind, reach: usize) -> Option<usize> {
    (close.saturating_sub(reach)..close)
        .rev()
        .take_while(|&j| matches!(t[j].kind, Kind::Word | Kind::Comma) || t[j].kind == open)
        .find(|&j| t[j].kind == open)
}

/// The run of tokens ending before `end` that can belong to one noun phrase.
pub(super) fn segment_left(t: &[Token], end: usize) -> Segment {
    let mut i = end.min(t.len());
    let seg = |start, edge| Segment { start, end, edge };
    while i > 0 {
        let k = i - 1;
        let tok = &t[k];
        match tok.kind {
            Kind::Word => {
                let w = tok.lower.as_str();
                if SUBORDINATORS.contains(&w) {
                    // `workers, who have been out since May, said`: the subordinate clause sits
                    // inside a relative clause, which the caller reads through.
                    let relative = (0..k)
                        .rev()
                        .take_while(|&j| t[j].kind == Kind::Word)
                        .find(|&j| is(&t[j], RELATIVES));
                    return match relative {
                        Some(r) => seg(i, Edge::Relative(r)),
                        None => seg(i, Edge::Subordinate),
                    };
                }
                if RELATIVES.contains(&w) {
                    return seg(i, Edge::Relative(k));
                }
                if w == "that" {
                    let complement = k == 0
                        || is(&t[k - 1], SPEECH_VERBS)
                        || is(&t[k - 1], THAT_COMPLEMENT_NOUNS)
                        || t[k - 1].kind != Kind::Word;
                    return seg(
                        i,
                        if complement {
                            Edge::Other
                        } else {
                            Edge::Relative(k)
                        },
                    );
                }
                if matches!(w, "and" | "but" | "or" | "yet" | "nor") {
                    // `Britain and France said` is one subject; `..., and officials said` is not.
                    let names = k > 0
                        && t[k - 1].kind == Kind::Word
                        && t[k - 1].capital
                        && t.get(k + 1)
                            .is_some_and(|n| n.kind == Kind::Word && n.capital);
                    if !names {
                        // `when agencies and newspapers reported`: a compound subject of a
                        // subordinate clause.
                        let near = (k.saturating_sub(4)..k)
                            .rev()
                            .take_while(|&j| t[j].kind == Kind::Word)
                            .any(|j| is(&t[j], SUBORDINATORS));
                        return seg(i, if near { Edge::Subordinate } else { Edge::Other });
                    }
                }
                i = k;
            }
            Kind::Comma => return seg(i, Edge::Comma(k)),
            Kind::QuoteClose => {
                // A short quoted name inside the phrase: `the newspaper “Bild” said`.
                // Only a short capitalised name without commas; a quoted clause ends the phrase.
                let name = matching_left(t, k, Kind::QuoteOpen, 6).filter(|&open| {
                    open > 0
                        && t[open - 1].kind == Kind::Word
                        && t.get(open + 1).is_some_and(|x| x.capital)
                        && t[open + 1..k].iter().all(|x| x.kind == Kind::Word)
                });
                match name {
                    Some(open) => i = open,
                    _ => return seg(i, Edge::Other),
                }
            }
            Kind::ParenClose => match matching_left(t, k, Kind::ParenOpen, 12) {
                Some(open) => i = open,
                None => return seg(i, Edge::Other),
            },
            _ => return seg(i, Edge::Other),
        }
    }
    seg(0, Edge::Start)
}

/// The end (exclusive) of the noun phrase starting at `start`, and whether a relative clause
/// after it marks the speaker as unnamed (`a source who asked not to be named`).
pub(super) fn phrase_right(s: &str, t: &[Token], start: usize) -> (usize, bool) {
    let mut i = start;
    while i < t.len() {
        match t[i].kind {
            Kind::Word => {
                let w = t[i].lower.as_str();
                let clause = RELATIVES.contains(&w) || w == "that" || SUBORDINATORS.contains(&w);
                if i > start && clause {
                    let stop = (i..t.len())
                        .find(|&j| {
                            !matches!(t[j].kind, Kind::Word | Kind::QuoteOpen | Kind::QuoteClose)
                        })
                        .unwrap_or(t.len());
                    let hint = stop > i && marked(s, t[i].start, t[stop - 1].end);
                    return (i, hint);
                }
                i += 1;
            }
            Kind::QuoteOpen => match matching(t, i, Kind::QuoteClose, 10) {
                Some(close) => i = close + 1,
                None => break,
            },
            Kind::ParenOpen => match matching(t, i, Kind::ParenClose, 12) {
                Some(close) => i = close + 1,
                None => break,
            },
            _ => break,
        }
    }
    (i, false)
}

/// Whether `s[from..to]` says its speaker asked not to be named.
pub(super) fn marked(s: &str, from: usize, to: usize) -> bool {
    let Some(text) = s.get(from..to) else {
        return false;
    };
    let lower = text.to_lowercase();
    ANONYMITY_MARKERS.iter().any(|m| lower.contains(m))
}

/// Whether a segment opens like an appositive (`the special envoy ...`, `who ...`).
pub(super) fn appositive_like(t: &[Token], seg: &Segment) -> bool {
    t.get(seg.start)
        .is_some_and(|x| x.kind == Kind::Word && !x.capital && seg.start < seg.end)
}

/// Whether a segment is an adverbial rather than a noun phrase (`In January`, `Meanwhile`).
pub(super) fn adverbial(t: &[Token], seg: &Segment) -> bool {
    t.get(seg.start).is_some_and(|x| {
        is(x, PREPOSITIONS) || is(x, ADVERBS) || (x.kind == Kind::Word && x.lower.ends_with("ly"))
    })
}

/// Whether only adverbials stand between the sentence start and `seg`.
pub(super) fn clause_initial(t: &[Token], seg: &Segment) -> bool {
    let mut cur = *seg;
    loop {
        match cur.edge {
            Edge::Start => return true,
            Edge::Comma(c) => {
                let before = segment_left(t, c);
                if before.start == before.end || !adverbial(t, &before) {
                    return false;
                }
                cur = before;
            }
            _ => return false,
        }
    }
}

/// The singular of a plural noun, when the lexicons know the singular.
pub(super) fn singular(w: &str) -> std::borrow::Cow<'_, str> {
    if SPEAKER_NOUNS.contains(&w) || ANONYMOUS_HEADS.contains(&w) {
        return w.into();
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y").into();
    }
    if let Some(stem) = w.strip_suffix("es") {
        if SPEAKER_NOUNS.contains(&stem) || ANONYMOUS_HEADS.contains(&stem) {
            return stem.into();
        }
    }
    match w.strip_suffix('s') {
        Some(stem) if !stem.is_empty() && !w.ends_with("ss") => stem.into(),
        _ => w.into(),
    }
}

/// A speaker's noun phrase, as token indices, once checked.
#[derive(Debug, Clone, Copy)]
pub(super) struct Speaker {
    /// First token of the speaker (after any `a report by`).
    pub start: usize,
    /// One past its last token.
    pub end: usize,
    /// The document noun and the `by`/`from` when the speaker is a document's author.
    pub document: Option<(usize, usize)>,
    /// No name given.
    pub anonymous: bool,
    /// A bare pronoun.
    pub pronoun: bool,
}

/// The author in `a report (published) by X`, `information obtained from X`, within `start..end`.
pub(super) fn document_author(t: &[Token], start: usize, end: usize) -> Option<(usize, usize)> {
    (start + 1..end.saturating_sub(1)).find_map(|k| {
        if !(word(t, k, "by") || word(t, k, "from")) {
            return None;
        }
        let mut d = k - 1;
        if is(&t[d], DOC_PARTICIPLES) && d > start {
            d -= 1;
        }
        is(&t[d], DOC_NOUNS).then_some((d, k))
    })
}

/// Check that tokens `start..end` can name a speaker, and describe it.
pub(super) fn speaker(
    s: &str,
    t: &[Token],
    start: usize,
    end: usize,
    hint: bool,
) -> Option<Speaker> {
    let (mut start, mut end) = (start, end.min(t.len()));
    while start < end
        && (matches!(t[start].kind, Kind::Comma | Kind::Stop)
            || is(&t[start], &["and", "but", "or", "then", "so"]))
    {
        start += 1;
    }
    loop {
        while end > start && matches!(t[end - 1].kind, Kind::Comma | Kind::Stop) {
            end -= 1;
        }
        if end > start && is(&t[end - 1], TIME_WORDS) {
            end -= 1;
            continue;
        }
        break;
    }
    if start >= end
        || is(
            &t[start],
            &["that", "which", "who", "whom", "whose", "what"],
        )
    {
        return None;
    }
    let document = document_author(t, start, end);
    if let Some((_, by)) = document {
        start = by + 1;
    }
    let words: Vec<usize> = (start..end).filter(|&i| t[i].kind == Kind::Word).collect();
    if words.is_empty() || words.len() > 14 {
        return None;
    }
    if words.len() == 1 && is(&t[words[0]], PRONOUNS) {
        return Some(Speaker {
            start,
            end,
            document,
            anonymous: false,
            pronoun: true,
        });
    }
    let mut head_from = start;
    let mut k = start;
    while k < end {
        if is(&t[k], QUANTIFIERS) && word(t, k + 1, "of") {
            k += 2;
            head_from = k;
            continue;
        }
        if k > head_from && is(&t[k], POSTMODIFIERS) {
            break;
        }
        k += 1;
    }
    let head = (head_from..k).rev().find(|&i| t[i].kind == Kind::Word)?;
    let head_word = singular(&t[head].lower);
    let sentence_initial = |i: usize| i == 0 || (i == 1 && t[0].kind == Kind::QuoteOpen);
    let named = words.iter().any(|&i| {
        let w = &t[i];
        w.capital
            && !is(w, FUNCTION_WORDS)
            && (!sentence_initial(i) || words.len() == 1 || !is(w, ADVERBS))
    });
    let head_is_name = t[head].capital && !sentence_initial(head);
    let head_word = head_word.as_ref();
    let speaker_noun = SPEAKER_NOUNS.contains(&head_word) || ANONYMOUS_HEADS.contains(&head_word);
    if !named && !speaker_noun {
        return None;
    }
    let anonymous = hint
        || marked(s, t[start].start, t[end - 1].end)
        || (!head_is_name && ANONYMOUS_HEADS.contains(&head_word));
    Some(Speaker {
        start,
        end,
        document,
        anonymous,
        pronoun: false,
    })
}
