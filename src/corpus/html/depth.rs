//! Cap element nesting before parsing. html5ever scans its stack of open elements on every
//! tag, so 100,000 nested `<div>`s cost quadratic time (about a minute); browsers cap the
//! tree depth for the same reason (Blink at 512). Tags nested deeper than the cap are
//! dropped, their text kept.

use std::borrow::Cow;
use std::collections::HashMap;

/// Deepest nesting kept; real article pages stay far below it.
pub(super) const MAX_DEPTH: usize = 512;

/// Elements that never hold content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements whose end tag may be left out; they are not counted, so that a page of unclosed
/// `<p>`s is not mistaken for deep nesting.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
    "colgroup", "rp", "rt", "html", "head", "body",
];

/// Elements whose content is raw text: tags inside them are not tags.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "noscript", "iframe",
];

/// A tag found in the source: its byte range, lower-cased name, and whether it closes.
struct Tag {
    start: usize,
    end: usize,
    name: String,
    closing: bool,
    self_closing: bool,
}

fn next_tag(html: &str, from: usize) -> Option<Tag> {
    let bytes = html.as_bytes();
    let mut i = from;
    while let Some(off) = html.get(i..)?.find('<') {
        let start = i + off;
        let mut j = start + 1;
        let closing = bytes.get(j) == Some(&b'/');
        if closing {
            j += 1;
        }
        let name_end = (j..bytes.len())
            .find(|&k| !bytes[k].is_ascii_alphanumeric())
            .unwrap_or(bytes.len());
        if name_end == j || !bytes[j].is_ascii_alphabetic() {
            if html.get(start..).is_some_and(|r| r.starts_with("<!--")) {
                // Skip a comment whole: tags inside it are not tags.
                let close = html
                    .get(start + 4..)?
                    .find("-->")
                    .map_or(html.len(), |c| start + 4 + c + 3);
                i = close;
            } else {
                i = start + 1;
            }
            continue;
        }
        let end = html
            .get(name_end..)?
            .find('>')
            .map_or(html.len(), |c| name_end + c + 1);
        let self_closing = end >= 2 && bytes.get(end - 2) == Some(&b'/');
        return Some(Tag {
            start,
            end,
            name: html[j..name_end].to_ascii_lowercase(),
            closing,
            self_closing,
        });
    }
    None
}

/// `html` with tags nested deeper than [`MAX_DEPTH`] removed; borrowed when nothing is.
pub(super) fn cap_depth(html: &str) -> Cow<'_, str> {
    let mut open: Vec<String> = Vec::new();
    let mut dropped: HashMap<String, usize> = HashMap::new();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    while let Some(tag) = next_tag(html, at) {
        at = tag.end.max(tag.start + 1);
        let name = tag.name.as_str();
        if !tag.closing && RAW_TEXT.contains(&name) {
            let rest = html.get(at..).unwrap_or_default();
            let closes = |&(c, _): &(usize, &str)| {
                rest.get(c + 2..c + 2 + name.len())
                    .is_some_and(|n| n.eq_ignore_ascii_case(name))
            };
            at = rest
                .match_indices("</")
                .find(closes)
                .map_or(html.len(), |(c, _)| at + c);
            continue;
        }
        if VOID.contains(&name) || OPTIONAL_END.contains(&name) || tag.self_closing {
            continue;
        }
        if !tag.closing {
            if open.len() >= MAX_DEPTH {
                *dropped.entry(tag.name.clone()).or_default() += 1;
                cuts.push((tag.start, tag.end));
            } else {
                open.push(tag.name);
            }
            continue;
        }
        match dropped.get_mut(name) {
            Some(n) if *n > 0 => {
                *n -= 1;
                cuts.push((tag.start, tag.end));
            }
            _ => {
                if let Some(pos) = open.iter().rposition(|o| o == name) {
                    open.truncate(pos);
                }
            }
        }
    }
    if cuts.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut last = 0;
    for (start, end) in cuts {
        out.push_str(&html[last..start]);
        out.push(' ');
        last = end;
    }
    out.push_str(&html[last..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_are_untouched() {
        let html = "<div><p>a<p>b</div><script>'<div><div>'</script><!-- <div> -->";
        assert!(matches!(cap_depth(html), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_nesting_is_cut_at_the_cap() {
        let html = format!(
            "{}x{}",
            "<div>".repeat(MAX_DEPTH + 10),
            "</div>".repeat(MAX_DEPTH + 10)
        );
        let capped = cap_depth(&html);
        assert_eq!(capped.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(capped.matches("</div>").count(), MAX_DEPTH);
        assert!(capped.contains('x'));
    }
}
