//! Labels the sentence predicates of a name (`X is a ...`, `called X a ...`, `described X
//! as ...`) and scare quotes (`Libyan “volunteers”`).

use super::{Context, Label, LabelForm};
use crate::extract::entities::tokens::is_function_word;
use crate::extract::entities::Mention;

/// Longest predicate label, in words.
const MAX_PREDICATE: usize = 6;

/// Verbs that name their object: `called X a traitor`, `branded X a terrorist`.
const NAMING_VERBS: &[&str] = &[
    "call", "calls", "called", "calling", "brand", "brands", "branded", "branding", "label",
    "labels", "labelled", "labeled", "dub", "dubs", "dubbed", "term", "terms", "termed", "deem",
    "deems", "deemed", "declare", "declares", "declared",
];

/// Verbs that take `as`: `described X as moody`.
const AS_VERBS: &[&str] = &[
    "describe",
    "describes",
    "described",
    "describing",
    "portray",
    "portrays",
    "portrayed",
    "depict",
    "depicts",
    "depicted",
    "characterise",
    "characterised",
    "characterize",
    "characterized",
    "regard",
    "regards",
    "regarded",
    "see",
    "sees",
    "saw",
    "view",
    "views",
    "viewed",
    "paint",
    "painted",
    "cast",
    "denounce",
    "denounced",
    "condemn",
    "condemned",
    "hail",
    "hailed",
    "praise",
    "praised",
    "designate",
    "designated",
    "list",
    "listed",
];

/// Copulas: `X is a ...`.
const COPULAS: &[&str] = &[
    "is", "was", "are", "were", "remains", "remained", "became", "becomes",
];

/// The words from `start` up to a punctuation mark or function word (but `of` inside),
/// at most [`MAX_PREDICATE`] words; `None` if empty.
fn phrase(c: &Context, start: usize) -> Option<usize> {
    let mut end = None;
    let mut i = start;
    while i < c.tokens.len() && i < start + MAX_PREDICATE {
        if i > start && !c.tight(i - 1, i) {
            break;
        }
        let lower = c.tokens[i].lower();
        if is_function_word(&lower) && !(lower == "of" && i > start) {
            break;
        }
        if lower != "of" {
            end = Some(i);
        }
        i += 1;
    }
    end
}

fn article(lower: &str) -> bool {
    matches!(lower, "a" | "an" | "the")
}

pub(super) fn predicates(
    c: &Context,
    index: usize,
    first: usize,
    last: usize,
    out: &mut Vec<Label>,
) {
    let lower = |i: usize| c.tokens.get(i).map(|t| t.lower()).unwrap_or_default();
    let tight = |a: usize, b: usize| c.tight(a, b);
    let mut push = |start: usize| {
        if let Some(end) = phrase(c, start) {
            if let Some(l) = c.label(Some(index), start, end, LabelForm::Predicate) {
                out.push(l);
            }
        }
    };
    let verb = first.checked_sub(1).map(lower).unwrap_or_default();
    if first > 0 && tight(first - 1, first) {
        if AS_VERBS.contains(&verb.as_str()) && lower(last + 1) == "as" && tight(last, last + 1) {
            let start = if article(&lower(last + 2)) {
                last + 3
            } else {
                last + 2
            };
            push(start);
        } else if NAMING_VERBS.contains(&verb.as_str()) && tight(last, last + 1) {
            let start = if article(&lower(last + 1)) {
                last + 2
            } else {
                last + 1
            };
            let capitalised = c.tokens.get(start).is_some_and(|t| t.is_capitalised());
            if !capitalised && start > last + 1 {
                push(start);
            }
        }
    }
    let copula = lower(last + 1);
    if COPULAS.contains(&copula.as_str())
        && tight(last, last + 1)
        && article(&lower(last + 2))
        && tight(last + 1, last + 2)
    {
        push(last + 3);
    }
}

/// Quotation marks around one to three lowercase-led words, not opening a quotation of
/// speech: the writer holding a word at arm's length.
pub(super) fn scare_quotes(c: &Context, mentions: &[Mention], out: &mut Vec<Label>) {
    let s = c.sentence;
    for (open, close) in [('“', '”'), ('"', '"'), ('‘', '’')] {
        let mut from = 0;
        while let Some(rel) = s.get(from..).and_then(|r| r.find(open)) {
            let start = from + rel + open.len_utf8();
            let Some(len) = s.get(start..).and_then(|r| r.find(close)) else {
                break;
            };
            let end = start + len;
            from = end + close.len_utf8();
            let inner = &s[start..end];
            let words = inner.split_whitespace().count();
            let lowercase_led = inner.chars().next().is_some_and(char::is_lowercase);
            let plain = !inner.contains(['.', ',', '!', '?', ';', ':']);
            let before = s[..start - open.len_utf8()].trim_end();
            let speech = before.ends_with([',', ':']) || before.to_lowercase().ends_with("said");
            if !(1..=3).contains(&words) || !lowercase_led || !plain || speech {
                continue;
            }
            if let Some(existing) = out.iter_mut().find(|l| l.start == start && l.end == end) {
                existing.scare_quoted = true;
                continue;
            }
            let open_at = start - open.len_utf8();
            let after = from;
            let mention = mentions
                .iter()
                .position(|m| s.get(m.end..open_at).is_some_and(|g| g.trim().is_empty()))
                .or_else(|| {
                    mentions
                        .iter()
                        .position(|m| s.get(after..m.start).is_some_and(|g| g.trim().is_empty()))
                });
            out.push(Label {
                mention,
                text: inner.to_string(),
                start,
                end,
                form: LabelForm::ScareQuote,
                scare_quoted: true,
            });
        }
    }
}
