//! The attribution rules proper: which cue governs the sentence and who speaks through it.

use super::lexicon::{
    ADJECTIVE_MAKERS, BETWEEN_SUBJECT_AND_VERB, BE_FORMS, EXCHANGE_NOUNS, INVERSION_VERBS,
    PASSIVE_VERBS, PREPOSITIONS, PRONOUNS, SPEECH_VERBS,
};
use super::phrase::{
    adverbial, appositive_like, clause_initial, document_author, is, marked, phrase_right,
    segment_left, singular, speaker, Edge, Segment, Speaker,
};
use super::tokens::{tokenize, Kind, Token};
use super::Attribution;

/// See [`super::read`].
pub(super) fn read(s: &str) -> Option<Attribution> {
    let t = tokenize(s);
    let quoted = inside_quotes(&t);
    if let Some(found) = quoted_as(s, &t, &quoted) {
        return Some(found);
    }
    let main = (0..t.len())
        .filter(|&v| !quoted[v] && t[v].kind == Kind::Word && !t[v].capital)
        .find_map(|v| verb(s, &t, v));
    let relayed = relay(s, &t, &quoted);
    match (relayed, main) {
        (Some(mut r), Some(m)) => {
            if !m.source.is_empty() {
                r.via = Some(m.source);
            }
            Some(r)
        }
        (Some(r), None) => Some(r),
        (None, Some(m)) => Some(m),
        (None, None) => reportedly(&t, &quoted),
    }
}

/// Tokens between a matched pair of quotation marks; a verb there belongs to the quote.
fn inside_quotes(t: &[Token]) -> Vec<bool> {
    let mut inside = vec![false; t.len()];
    let mut i = 0;
    while i < t.len() {
        if t[i].kind == Kind::QuoteOpen {
            if let Some(close) = (i + 1..t.len()).find(|&j| t[j].kind == Kind::QuoteClose) {
                inside[i + 1..close].iter_mut().for_each(|x| *x = true);
                i = close;
            }
        }
        i += 1;
    }
    inside
}

fn text(s: &str, t: &[Token], from: usize, to: usize) -> String {
    if from >= to {
        return String::new();
    }
    s.get(t[from].start..t[to - 1].end)
        .unwrap_or_default()
        .to_string()
}

fn build(s: &str, t: &[Token], sp: Speaker, cue: String) -> Attribution {
    let (start, end) = (t[sp.start].start, t[sp.end - 1].end);
    let cue = match sp.document {
        Some((doc, by)) => format!("{} {} ... {}", t[doc].lower, t[by].lower, cue),
        None => cue,
    };
    Attribution {
        source: s.get(start..end).unwrap_or_default().to_string(),
        via: None,
        anonymous: sp.anonymous,
        cue,
        start,
        end,
        reference: None,
    }
}

fn unnamed(t: &[Token], at: usize, cue: String) -> Attribution {
    let pos = t[at].start;
    Attribution {
        source: String::new(),
        via: None,
        anonymous: true,
        cue,
        start: pos,
        end: pos,
        reference: None,
    }
}

/// `The Times quoted X as saying`: X speaks, The Times relays.
fn quoted_as(s: &str, t: &[Token], quoted: &[bool]) -> Option<Attribution> {
    (0..t.len()).find_map(|v| {
        if quoted[v] || t[v].lower != "quoted" || t[v].capital {
            return None;
        }
        let last = (v + 25).min(t.len().saturating_sub(1));
        let as_at = (v + 2..last)
            .take_while(|&j| t[j].kind != Kind::Stop)
            .find(|&j| {
                t[j].lower == "as"
                    && is(
                        &t[j + 1],
                        &["saying", "telling", "stating", "writing", "adding"],
                    )
            })?;
        let sp = speaker(s, t, v + 1, as_at, false)?;
        let cue = format!("quoted ... as {}", t[as_at + 1].lower);
        let mut found = build(s, t, sp, cue);
        found.via = subject(s, t, v).map(|(sp, _)| build(s, t, sp, String::new()).source);
        Some(found)
    })
}

/// `according to X`, `citing X`, `quoting X`: X speaks; the main verb's subject relays.
fn relay(s: &str, t: &[Token], quoted: &[bool]) -> Option<Attribution> {
    (0..t.len()).find_map(|k| {
        if quoted[k] || t[k].kind != Kind::Word {
            return None;
        }
        let (from, cue) = match t[k].lower.as_str() {
            "according" if t.get(k + 1).is_some_and(|n| n.lower == "to") => (k + 2, "according to"),
            "citing" => (k + 1, "citing"),
            "quoting" => (k + 1, "quoting"),
            _ => return None,
        };
        let (to, hint) = phrase_right(s, t, from);
        let sp = speaker(s, t, from, to, hint)?;
        Some(build(s, t, sp, cue.to_string()))
    })
}

/// `Russia reportedly sent ...`: attributed, to no one in particular.
fn reportedly(t: &[Token], quoted: &[bool]) -> Option<Attribution> {
    let at = (0..t.len()).find(|&i| !quoted[i] && is(&t[i], &["reportedly"]))?;
    Some(unnamed(t, at, "reportedly".to_string()))
}

/// The attribution carried by the speech verb at token `v`, if it is one.
fn verb(s: &str, t: &[Token], v: usize) -> Option<Attribution> {
    let w = t[v].lower.as_str();
    let is_speech = SPEECH_VERBS.contains(&w) && w != "quoted";
    let is_passive_only = PASSIVE_VERBS.contains(&w);
    if !is_speech && !is_passive_only {
        return None;
    }
    // `declined to say`, `did not confirm`: no words are attributed.
    if v > 0
        && (is(&t[v - 1], &["to", "not", "never"])
            || t[v - 1].lower.ends_with("n't")
            || t[v - 1].lower.ends_with("n’t"))
    {
        return None;
    }
    let mut cue = s.get(t[v].start..t[v].end).unwrap_or_default().to_string();
    if matches!(w, "pointed" | "points") {
        // `pointed out`, `pointed to`; a bare `pointed` is a gesture.
        let next = t.get(v + 1).map(|n| n.lower.as_str());
        match next {
            Some("out") => cue.push_str(" out"),
            Some("to" | "that") => {}
            _ => return None,
        }
    }
    let mut j = v;
    while j > 0 && is(&t[j - 1], BETWEEN_SUBJECT_AND_VERB) {
        j -= 1;
    }
    if j > 0 && is(&t[j - 1], BE_FORMS) {
        return passive(s, t, v, j - 1);
    }
    if !is_speech {
        return None;
    }
    if j > 0 && (is(&t[j - 1], ADJECTIVE_MAKERS) || is(&t[j - 1], PREPOSITIONS)) {
        return None;
    }
    if let Some(found) = inverted(s, t, v, &cue) {
        return Some(found);
    }
    let (sp, leading) = subject(s, t, v)?;
    let sp = match sp.pronoun {
        // `In a statement published by the ministry, it confirmed ...`
        true => match document_author(t, 0, leading) {
            Some((doc, by)) => {
                let end = segment_end(t, by + 1, leading);
                Speaker {
                    start: by + 1,
                    end,
                    document: Some((doc, by)),
                    anonymous: false,
                    pronoun: false,
                }
            }
            None => sp,
        },
        false => sp,
    };
    let mut found = build(s, t, sp, cue);
    found.via = addressee(s, t, v);
    Some(found)
}

fn segment_end(t: &[Token], from: usize, limit: usize) -> usize {
    (from..limit)
        .find(|&i| t[i].kind == Kind::Comma)
        .unwrap_or(limit)
}

/// `it was reported that`, `X is said to have`: no speaker written.
fn passive(s: &str, t: &[Token], v: usize, be: usize) -> Option<Attribution> {
    if !is(&t[v], PASSIVE_VERBS) {
        return None;
    }
    let mut b = be;
    while b > 0 && is(&t[b - 1], BETWEEN_SUBJECT_AND_VERB) {
        b -= 1;
    }
    if b > 0 && is(&t[b - 1], &["it"]) {
        return Some(unnamed(t, b - 1, text(s, t, b - 1, v + 1)));
    }
    if t.get(v + 1).is_some_and(|n| n.lower == "to") {
        return Some(unnamed(t, be, text(s, t, be, v + 2)));
    }
    None
}

/// `..., said John Smith`, `..., says Turkiye`.
fn inverted(s: &str, t: &[Token], v: usize, cue: &str) -> Option<Attribution> {
    if v == 0 || !is(&t[v], INVERSION_VERBS) {
        return None;
    }
    if !matches!(t[v - 1].kind, Kind::Comma | Kind::QuoteClose) {
        return None;
    }
    let (to, hint) = phrase_right(s, t, v + 1);
    let sp = speaker(s, t, v + 1, to, hint)?;
    Some(build(s, t, sp, cue.to_string()))
}

/// The speaker of the verb at `v`, and the token where the subject's clause begins (what lies
/// before is leading adverbials).
fn subject(s: &str, t: &[Token], v: usize) -> Option<(Speaker, usize)> {
    let mut j = v;
    while j > 0 && is(&t[j - 1], BETWEEN_SUBJECT_AND_VERB) {
        j -= 1;
    }
    if j > 0 && t[j - 1].kind == Kind::Comma {
        return appositive_subject(s, t, j - 1);
    }
    let seg = segment_left(t, j);
    noun_phrase(s, t, seg)
}

/// The speaker in a segment, reading through a relative clause to the noun before it.
fn noun_phrase(s: &str, t: &[Token], seg: Segment) -> Option<(Speaker, usize)> {
    match seg.edge {
        Edge::Subordinate => None,
        Edge::Relative(r) => {
            let hint = seg.end > seg.start && marked(s, t[r].start, t[seg.end - 1].end);
            let e = if r > 0 && t[r - 1].kind == Kind::Comma {
                r - 1
            } else {
                r
            };
            let before = segment_left(t, e);
            if before.edge == Edge::Subordinate {
                return None;
            }
            speaker(s, t, before.start, e, hint).map(|sp| (sp, before.start))
        }
        _ => speaker(s, t, seg.start, seg.end, false).map(|sp| (sp, seg.start)),
    }
}

/// The subject when the verb follows a comma: `Adel Abdel Kafi, said` is rare, but
/// `Amar Belani, the special envoy ..., warned` and `The British newspaper, The Times, quoted`
/// are common.
fn appositive_subject(s: &str, t: &[Token], comma: usize) -> Option<(Speaker, usize)> {
    let first = segment_left(t, comma);
    if first.start == first.end || matches!(first.edge, Edge::Relative(_) | Edge::Subordinate) {
        return noun_phrase(s, t, first);
    }
    if appositive_like(t, &first) {
        let mut cur = first;
        while let Edge::Comma(c) = cur.edge {
            let before = segment_left(t, c);
            if before.start == before.end {
                break;
            }
            if appositive_like(t, &before) {
                cur = before;
                continue;
            }
            let words = (before.start..before.end)
                .filter(|&i| t[i].kind == Kind::Word)
                .count();
            if clause_initial(t, &before) && !adverbial(t, &before) && words <= 8 {
                return noun_phrase(s, t, before);
            }
            break;
        }
    }
    noun_phrase(s, t, first)
}

/// The relay named with the verb: `told Echorouk`, `in an interview with Arabi21`.
fn addressee(s: &str, t: &[Token], v: usize) -> Option<String> {
    let name_from = |from: usize| {
        let end = (from..t.len())
            .take_while(|&i| {
                t[i].kind == Kind::Word && (t[i].capital || is(&t[i], &["al", "el", "of"]))
            })
            .last()?;
        let end = (from..=end).rev().find(|&i| t[i].capital)?;
        (end + 1 - from <= 5).then(|| text(s, t, from, end + 1))
    };
    if is(&t[v], &["told", "tells"]) {
        if let Some(name) = t
            .get(v + 1)
            .filter(|n| n.capital)
            .and_then(|_| name_from(v + 1))
        {
            return Some(name);
        }
    }
    (1..t.len().saturating_sub(1)).find_map(|k| {
        let exchange = is(&t[k], EXCHANGE_NOUNS) && is(&t[k + 1], &["to", "with"]);
        if exchange
            && t.get(k + 2)
                .is_some_and(|n| n.kind == Kind::Word && n.capital)
        {
            name_from(k + 2)
        } else {
            None
        }
    })
}

/// See [`Attribution::is_reference`].
pub(super) fn is_reference(source: &str) -> bool {
    let t = tokenize(source);
    let words: Vec<&Token> = t.iter().filter(|x| x.kind == Kind::Word).collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    if words.len() == 1 {
        return PRONOUNS.contains(&first.lower.as_str());
    }
    let definite = matches!(
        first.lower.as_str(),
        "the" | "this" | "that" | "these" | "those"
    );
    // Capitalised modifiers must look like adjectives of nationality (`The Libyan expert`);
    // `the Libya sanctions committee` names a particular body.
    let adjectival = |x: &&Token| {
        !x.capital
            || ["an", "ese", "ish", "i", "ch", "ic"]
                .iter()
                .any(|e| x.lower.ends_with(e))
    };
    let inner = &words[1..words.len() - 1];
    definite
        && !last.capital
        && t.iter().all(|x| x.kind == Kind::Word)
        && inner.iter().all(adjectival)
}

/// Whether the back-reference `source` can mean `previous`'s speaker.
pub(super) fn refers_to(source: &str, previous: &Attribution) -> bool {
    let t = tokenize(source);
    let Some(last) = t.iter().rev().find(|x| x.kind == Kind::Word) else {
        return false;
    };
    if t.iter().filter(|x| x.kind == Kind::Word).count() == 1 {
        return true;
    }
    let head = singular(&last.lower);
    if head == "source" && previous.anonymous {
        return true;
    }
    let prior = [
        Some(previous.source.as_str()),
        previous.via.as_deref(),
        Some(previous.cue.as_str()),
    ];
    prior.into_iter().flatten().any(|p| {
        tokenize(p)
            .iter()
            .any(|x| x.kind == Kind::Word && singular(&x.lower) == head)
    })
}
