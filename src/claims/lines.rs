//! First pass of the splitter: which line breaks end a sentence.
//!
//! A blank line always does. A single line break does after a heading, dateline or list item
//! (a line with no closing punctuation followed by a line that starts like a sentence), but
//! not inside a hard-wrapped paragraph or before a line that continues in lower case.

use super::Span;

/// Words a heading never ends with: a line ending in one of them runs on.
const CONNECTORS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "than",
    "that", "the", "to", "which", "who", "with", "his", "her", "its", "their", "our", "is", "are",
    "was", "were", "be", "but",
];

/// Pieces of `text` that no sentence crosses.
pub(super) fn pieces(text: &str) -> Vec<Span> {
    let lines = line_spans(text);
    let mut out = Vec::new();
    let mut block: Vec<Span> = Vec::new();
    for line in lines {
        if text[line.start..line.end].trim().is_empty() {
            flush_block(text, &block, &mut out);
            block.clear();
        } else {
            block.push(line);
        }
    }
    flush_block(text, &block, &mut out);
    out
}

/// Lines without their break. Every Unicode line break counts, so that text saved with old
/// Mac endings (`\r`) or pasted from a word processor (U+2028) keeps its headings and
/// paragraphs: `\r\n`, `\n`, `\r`, NEL (U+0085), LINE SEPARATOR (U+2028), and PARAGRAPH
/// SEPARATOR (U+2029), which also ends the paragraph as a blank line does.
fn line_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        // (length of the break, ends a paragraph)
        let brk = match b[i] {
            b'\n' => Some((1, false)),
            b'\r' => Some((if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 }, false)),
            0xC2 if b.get(i + 1) == Some(&0x85) => Some((2, false)),
            0xE2 if b.get(i + 1) == Some(&0x80) => match b.get(i + 2) {
                Some(0xA8) => Some((3, false)),
                Some(0xA9) => Some((3, true)),
                _ => None,
            },
            _ => None,
        };
        let Some((len, paragraph)) = brk else {
            i += 1;
            continue;
        };
        out.push(Span { start, end: i });
        if paragraph {
            out.push(Span { start: i, end: i });
        }
        i += len;
        start = i;
    }
    if start < text.len() {
        out.push(Span {
            start,
            end: text.len(),
        });
    }
    out
}

fn flush_block(text: &str, block: &[Span], out: &mut Vec<Span>) {
    let Some(first) = block.first() else { return };
    let longest = block
        .iter()
        .map(|l| text[l.start..l.end].trim_end().chars().count())
        .max()
        .unwrap_or(0);
    let mut start = first.start;
    for pair in block.windows(2) {
        let (line, next) = (
            &text[pair[0].start..pair[0].end],
            &text[pair[1].start..pair[1].end],
        );
        let wrapped = block.len() >= 3 && line.trim_end().chars().count() * 5 >= longest * 4;
        if starts_item(next) || is_markdown_heading(line) || (!wrapped && is_heading(line, next)) {
            out.push(Span {
                start,
                end: pair[0].end,
            });
            start = pair[1].start;
        }
    }
    if let Some(last) = block.last() {
        out.push(Span {
            start,
            end: last.end,
        });
    }
}

/// A line with no closing punctuation, followed by a line that starts a new sentence.
fn is_heading(line: &str, next: &str) -> bool {
    let line = line.trim_end();
    let Some(last) = line.chars().last() else {
        return false;
    };
    if matches!(
        last,
        '.' | '!' | '?' | '…' | ',' | ';' | ':' | '-' | '–' | '—' | '(' | '/' | '&'
    ) {
        // Closing marks are the scanner's business; the others run on.
        return false;
    }
    let last_word = line
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    if CONNECTORS.contains(&last_word.as_str()) {
        return false;
    }
    let next = next.trim_start();
    next.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric() || "\"“‘'([«".contains(c))
}

fn is_markdown_heading(line: &str) -> bool {
    line.trim_start().starts_with('#')
}

fn starts_item(line: &str) -> bool {
    let t = line.trim_start();
    markdown_marker_len(t) > 0 && !t.starts_with('>')
}

/// Length in bytes of a leading Markdown heading, list or quote marker with its space.
pub(super) fn markdown_marker_len(s: &str) -> usize {
    let hashes = s.bytes().take_while(|&b| b == b'#').count();
    if hashes > 0 && s[hashes..].starts_with(' ') {
        return hashes + 1;
    }
    for marker in ["- ", "* ", "+ ", "• ", "> "] {
        if s.starts_with(marker) {
            return marker.len();
        }
    }
    0
}
