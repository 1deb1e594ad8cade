//! Front matter: an optional `---` ... `---` block of `key: value` lines atop a text or
//! Markdown article.

use super::{Article, Warning};

/// Reads a front-matter block off the top of `raw`, filling `article`'s metadata.
/// Returns the byte offset where the body starts (0 when there is no block). A block that
/// is never closed is reported and the whole file kept as text, so nothing is lost.
pub(super) fn strip(raw: &str, article: &mut Article, warnings: &mut Vec<Warning>) -> usize {
    let first_line_end = raw.find('\n').unwrap_or(raw.len());
    if raw[..first_line_end].trim_end() != "---" {
        return 0;
    }
    let mut offset = first_line_end + 1;
    let mut line_no = 1;
    let mut entries = Vec::new();
    while offset <= raw.len() {
        line_no += 1;
        let end = raw[offset..].find('\n').map_or(raw.len(), |i| offset + i);
        let line = raw[offset..end].trim_end_matches('\r');
        let next = (end + 1).min(raw.len() + 1);
        if line.trim_end() == "---" || line.trim_end() == "..." {
            for (no, line) in entries {
                set(article, line, no, warnings);
            }
            return next.min(raw.len());
        }
        entries.push((line_no, line));
        offset = next;
        if end == raw.len() {
            break;
        }
    }
    warnings.push(Warning {
        path: article.path.clone(),
        line: Some(1),
        message: "front matter opened with `---` is never closed; read the whole file as text"
            .into(),
    });
    0
}

fn set(article: &mut Article, line: &str, no: usize, warnings: &mut Vec<Warning>) {
    if line.trim().is_empty() || line.trim_start().starts_with('#') {
        return;
    }
    let Some((key, value)) = line.split_once(':') else {
        warnings.push(Warning {
            path: article.path.clone(),
            line: Some(no),
            message: format!(
                "front matter line is not `key: value`: {:?}; ignored",
                line.trim()
            ),
        });
        return;
    };
    let value = unquote(value.trim());
    if value.is_empty() {
        return;
    }
    let value = value.to_string();
    match key.trim().to_ascii_lowercase().as_str() {
        "id" => article.id = value,
        "outlet" | "source" | "publisher" => article.outlet = value,
        "date" => article.date = Some(value),
        "url" => article.url = Some(value),
        "country" => article.country = Some(value),
        "title" => article.title = Some(value),
        "topic" => article.topic = Some(value),
        // Other keys (author, tags...) are the user's own; they are kept out of the text.
        _ => {}
    }
}

fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(raw: &str) -> (Article, usize, Vec<Warning>) {
        let mut a = Article {
            path: "a.md".into(),
            ..Article::default()
        };
        let mut w = Vec::new();
        let body = strip(raw, &mut a, &mut w);
        (a, body, w)
    }

    #[test]
    fn reads_keys_and_body_offset() {
        let raw = "---\noutlet: \"Daily Sabah\"\ndate: 2020-05\ncountry: Turkey\n---\nBody.";
        let (a, body, w) = read(raw);
        assert_eq!(a.outlet, "Daily Sabah");
        assert_eq!(a.date.as_deref(), Some("2020-05"));
        assert_eq!(&raw[body..], "Body.");
        assert!(w.is_empty());
    }

    #[test]
    fn unclosed_block_keeps_the_text_and_warns() {
        let (_, body, w) = read("---\noutlet: X\nBody text.");
        assert_eq!(body, 0);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].line, Some(1));
    }

    #[test]
    fn bad_line_is_named() {
        let (a, _, w) = read("---\noutlet: X\nnonsense\n---\nB.");
        assert_eq!(a.outlet, "X");
        assert_eq!(w[0].line, Some(3));
    }

    #[test]
    fn no_block() {
        assert_eq!(read("Just text.").1, 0);
        assert_eq!(read("").1, 0);
    }
}
