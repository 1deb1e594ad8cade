//! Split an article's text into sentences (claims), keeping byte offsets.
//!
//! News text breaks naive splitters in known places: titles before names (`Gen. Khalifa`),
//! initials, acronyms (`U.N. report`), decimals, currency with a space, closing quotes after
//! the full stop, headlines and datelines with no full stop, and hard-wrapped lines. The
//! splitter works in two passes: first it decides which line breaks end a sentence (blank
//! lines always do; a single line break does after a heading-like line), then it scans each
//! piece for terminal punctuation followed by a plausible sentence start.

mod abbrev;
mod lines;

use abbrev::{is_in, AMBIGUOUS, NON_FINAL, SENTENCE_OPENERS, TITLES};

/// A sentence's place in its article's text: `text[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
}

/// The sentences of `text`, in order, trimmed of surrounding white space and of leading
/// Markdown markers (`#`, `-`, `*`, `>`). Pieces with no letter or digit are not sentences.
pub fn split(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    for piece in lines::pieces(text) {
        split_piece(text, piece, &mut spans);
    }
    spans
}

fn split_piece(text: &str, piece: Span, out: &mut Vec<Span>) {
    let slice = &text[piece.start..piece.end];
    let mut start = 0;
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_terminal(c) {
            continue;
        }
        // Take the whole run of terminal marks and closing quotes/brackets: `?!`, `...`, `.”`.
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if is_terminal(d) || is_closing(d) {
                end = j + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        if ends_sentence(slice, i, c, end) {
            push(text, piece.start + start, piece.start + end, out);
            start = end;
        }
    }
    push(text, piece.start + start, piece.end, out);
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '؟' | '‼' | '⁇')
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '›')
}

/// Whether the terminal mark `c` at `i` (its run ending at `end`) closes a sentence.
fn ends_sentence(slice: &str, i: usize, c: char, end: usize) -> bool {
    let rest = &slice[end..];
    // A boundary needs white space after it (`2.7`, `U.S.-backed` and `e.g.,` have none)...
    if !rest.starts_with(char::is_whitespace) {
        return false;
    }
    let next = rest.trim_start();
    let Some(first) = next.chars().next() else {
        return true;
    };
    // ...and a plausible start after it: not a lower-case word (`U.N. report`), nor another
    // dot of a spaced ellipsis (`Trump . . finishes first`), whose last dot decides.
    if first.is_lowercase() || c == '.' && first == '.' {
        return false;
    }
    if c != '.' || end - i > 1 && slice[i..end].starts_with("..") {
        return true;
    }
    let word = word_before(&slice[..i]);
    let next_word = next
        .split(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or("");
    let opener = is_in(SENTENCE_OPENERS, next_word);
    if word.is_empty() {
        return true;
    }
    let mut letters = word.chars();
    let single_upper =
        matches!((letters.next(), letters.next()), (Some(l), None) if l.is_uppercase());
    if single_upper || is_in(TITLES, word) {
        // An initial (`John F. Kennedy`) or a title (`Gen. Khalifa`) precedes a name.
        return false;
    }
    if word.contains('.') || is_in(NON_FINAL, word) || is_in(AMBIGUOUS, word) {
        // `U.S.`, `Fla.`, `Inc.`: a sentence ends there only if a usual opener follows.
        return opener;
    }
    true
}

/// The word immediately before byte `end` of `s` (letters, digits, inner dots and hyphens).
fn word_before(s: &str) -> &str {
    let start = s
        .char_indices()
        .rev()
        .take_while(|&(_, ch)| ch.is_alphanumeric() || ch == '.' || ch == '-' || ch == '\'')
        .last()
        .map_or(s.len(), |(k, _)| k);
    s[start..].trim_start_matches(['.', '-', '\''])
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let raw = &text[start..end];
    let lead = raw.len() - raw.trim_start().len();
    let body = raw.trim();
    let marker = lines::markdown_marker_len(body);
    let body = &body[marker..];
    let lead = lead + marker + (body.len() - body.trim_start().len());
    let body = body.trim();
    if body.chars().any(char::is_alphanumeric) {
        out.push(Span {
            start: start + lead,
            end: start + lead + body.len(),
        });
    }
}

#[cfg(test)]
mod tests;
