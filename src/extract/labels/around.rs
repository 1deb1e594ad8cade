//! Labels written next to a name: premodifiers and titles, appositives on either side, and
//! group nouns (`X’s forces`, `the forces of X`).

use super::{Context, Label, LabelForm};
use crate::extract::entities::tokens::{is_function_word, looks_demonym, ROLES};
use crate::extract::entities::Mention;

/// Longest appositive, in words.
const MAX_APPOSITIVE: usize = 14;

/// Endings of adjectives that qualify a role (`eastern`, `military`, `Islamic`, `notorious`).
const ADJECTIVE_ENDINGS: &[&str] = &[
    "al", "ary", "ic", "ical", "ive", "ous", "ern", "ist", "ian", "ful", "less", "ish",
];

/// Words between a group noun and the name it belongs to (`forces of X`, `loyal to X`).
const GROUP_LINKS: &[&str] = &["of", "to", "under", "by"];

fn is_role(lower: &str) -> bool {
    ROLES.titles.contains(lower)
}

fn is_modifier(token: &str) -> bool {
    let lower = token.to_lowercase();
    ROLES.premodifiers.contains(&lower)
        || (lower.chars().count() > 4 && ADJECTIVE_ENDINGS.iter().any(|e| lower.ends_with(e)))
        || (token.chars().next().is_some_and(char::is_uppercase) && looks_demonym(token))
        || (lower.contains('-') && lower.split('-').any(|p| ROLES.premodifiers.contains(p)))
}

fn participle(lower: &str) -> bool {
    lower.chars().count() > 4 && lower.ends_with("ed")
}

/// Title and premodifiers before the name (`retired Major General`, `Libyan warlord`).
/// Returns the token index where the name's whole pre-phrase begins.
pub(super) fn premodifiers(
    c: &Context,
    index: usize,
    mention: &Mention,
    lead: usize,
    first: usize,
    out: &mut Vec<Label>,
) -> usize {
    let mut start = lead;
    let mut has_role = mention.title.is_some();
    while start > 0 && c.tight(start - 1, start) {
        let token = &c.tokens[start - 1];
        let (stem, possessive) = token.stem();
        if possessive {
            break;
        }
        let lower = stem.to_lowercase();
        let accepted = if is_function_word(&lower) {
            false
        } else if participle(&lower) {
            // `retired General X` but not `besieged Kismayo`: a participle must qualify a role.
            has_role
        } else if is_role(&lower) || ROLES.premodifiers.contains(&lower) {
            true
        } else {
            is_modifier(stem)
        };
        if !accepted {
            break;
        }
        has_role |= is_role(&lower);
        start -= 1;
        if participle(&lower) {
            // A participle opens the phrase; a word ending in `-ed` before it is a verb
            // (`joined retired General X`).
            break;
        }
    }
    // A nationality opening the phrase (`Libyan warlord`) is a mention of its own; the
    // label is what follows it.
    let mut from = start;
    while from < lead && c.tokens[from].is_capitalised() && looks_demonym(c.tokens[from].text) {
        from += 1;
    }
    if first > 0 && from < first && (from < lead || mention.title.is_some()) {
        let form = if from < lead {
            LabelForm::Premodifier
        } else {
            LabelForm::Title
        };
        if let Some(mut l) = c.label(Some(index), from, first - 1, form) {
            // Keep the full stop of an abbreviated title (`Gen.`).
            if let Some(end) = mention.title.as_ref().map(|t| t.end).filter(|&e| e > l.end) {
                if let Some(text) = c.sentence.get(l.start..end) {
                    l.end = end;
                    l.text = text.to_string();
                }
            }
            out.push(l);
        }
    }
    start
}

/// `X, the commander of the army, ...`
pub(super) fn appositive_after(c: &Context, index: usize, last: usize, out: &mut Vec<Label>) {
    let Some(gap) = c.gap(last, last + 1) else {
        return;
    };
    if gap.trim() != "," {
        return;
    }
    let opener = c.tokens[last + 1].lower();
    let start = if matches!(opener.as_str(), "the" | "a" | "an") {
        last + 2
    } else if is_role(&opener) || ROLES.premodifiers.contains(&opener) {
        last + 1
    } else {
        return;
    };
    if let Some(end) = phrase_end(c, start) {
        if let Some(l) = c.label(Some(index), start, end, LabelForm::Appositive) {
            out.push(l);
        }
    }
}

/// Where a comma-bounded noun phrase starting at `start` ends: the token before the next
/// `,` `;` `:` `(` or dash, or the sentence end. `None` if it looks like a clause.
fn phrase_end(c: &Context, start: usize) -> Option<usize> {
    let mut end = start;
    loop {
        let token = c.tokens.get(end)?;
        let lower = token.lower();
        if matches!(
            lower.as_str(),
            "is" | "was"
                | "are"
                | "were"
                | "has"
                | "have"
                | "had"
                | "said"
                | "says"
                | "will"
                | "would"
                | "who"
                | "which"
                | "that"
        ) {
            return None;
        }
        if end + 1 - start > MAX_APPOSITIVE {
            return None;
        }
        let closes = match c.gap(end, end + 1) {
            Some(gap) => gap.contains([',', ';', ':', '(', '—', '–', ')']),
            None => true,
        };
        if closes {
            return Some(end);
        }
        end += 1;
    }
}

/// `the commander of the army of the House of Representatives (HoR), General X`.
pub(super) fn appositive_before(c: &Context, index: usize, before: usize, out: &mut Vec<Label>) {
    if before == 0 {
        return;
    }
    let gap = c.gap(before - 1, before).map(str::trim);
    // The phrase's last word, skipping a parenthesised acronym (`... (HoR), General X`).
    let mut end = before - 1;
    match gap {
        Some(",") => {}
        Some("),") if end > 0 && c.gap(end - 1, end).is_some_and(|g| g.trim() == "(") => end -= 1,
        _ => return,
    }
    let mut candidate = None;
    let mut i = end;
    for _ in 0..MAX_APPOSITIVE {
        if i > 0 && c.gap(i - 1, i).is_some_and(|g| g.contains([',', ';', ':'])) {
            break;
        }
        if i == 0 {
            break;
        }
        let lower = c.tokens[i - 1].lower();
        if matches!(
            lower.as_str(),
            "is" | "was" | "said" | "has" | "had" | "will" | "who" | "which"
        ) {
            break;
        }
        // The nearest `the <role>` to the comma heads the phrase (`a private plane owned
        // by the commander of ...` is headed by `commander`).
        if matches!(lower.as_str(), "the" | "a" | "an") && is_role(&c.tokens[i].lower()) {
            candidate = Some(i);
            break;
        }
        i -= 1;
    }
    if let Some(start) = candidate {
        if let Some(l) = c.label(Some(index), start, end, LabelForm::Appositive) {
            out.push(l);
        }
    }
}

fn is_group_noun(lower: &str) -> bool {
    ROLES.groups.contains(lower)
}

/// `Haftar militias`, `Haftar’s forces`, `Libyan “volunteers”`.
pub(super) fn group_after(c: &Context, index: usize, last: usize, out: &mut Vec<Label>) {
    let mut i = last + 1;
    let mut quoted = false;
    while i < c.tokens.len() && i <= last + 3 {
        let Some(gap) = c.gap(i - 1, i) else { return };
        if !gap
            .chars()
            .all(|ch| ch.is_whitespace() || "“”\"‘’'".contains(ch))
        {
            return;
        }
        quoted |= gap.contains(['“', '"', '‘']);
        let token = &c.tokens[i];
        if token.is_capitalised() {
            return;
        }
        let lower = token.lower();
        if is_group_noun(&lower) {
            if let Some(mut l) = c.label(Some(index), last + 1, i, LabelForm::Group) {
                let closing = c
                    .sentence
                    .get(token.end..)
                    .is_some_and(|r| r.starts_with(['”', '"', '’']));
                l.scare_quoted = quoted && closing;
                out.push(l);
            }
            return;
        }
        if !is_modifier(token.text) || is_function_word(&lower) {
            return;
        }
        i += 1;
    }
}

/// `the illegitimate forces of X`, `forces loyal to X`, `militias backed by X`.
pub(super) fn group_before(c: &Context, index: usize, before: usize, out: &mut Vec<Label>) {
    if before == 0 || !c.tight(before - 1, before) {
        return;
    }
    let link = c.tokens[before - 1].lower();
    if !GROUP_LINKS.contains(&link.as_str()) {
        return;
    }
    let mut noun = before - 1;
    // `loyal to`, `backed by`, `led by`: one word between the group noun and the link.
    if link != "of" && noun > 0 && !is_group_noun(&c.tokens[noun - 1].lower()) {
        noun -= 1;
    }
    if noun == 0 || !c.tight(noun - 1, noun) || !is_group_noun(&c.tokens[noun - 1].lower()) {
        return;
    }
    let end = noun - 1;
    let mut start = end;
    while start > 0
        && c.tight(start - 1, start)
        && is_modifier(c.tokens[start - 1].text)
        && !is_function_word(&c.tokens[start - 1].lower())
    {
        start -= 1;
    }
    if let Some(l) = c.label(Some(index), start, end, LabelForm::Group) {
        out.push(l);
    }
}
