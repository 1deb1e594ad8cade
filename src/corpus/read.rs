//! Turning one file's bytes into articles: decoding, format by extension, front matter.

use std::path::Path;

use unicode_normalization::UnicodeNormalization;

use super::{frontmatter, html, jsonl, Article, Warning};

/// Input formats, chosen by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Format {
    /// Plain text or Markdown, with optional front matter.
    Text,
    /// JSON lines, one article per line.
    JsonLines,
    /// A saved web page: the article's text, without navigation, scripts and footers.
    Html,
}

impl Format {
    /// The format for `path`, or `None` when a directory walk should pass it by.
    pub(super) fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" | "md" | "markdown" => Some(Format::Text),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            _ => None,
        }
    }
}

/// Bytes to text: a NUL byte means a binary file (skipped); invalid UTF-8 is replaced and
/// reported with the line of the first bad byte, so the rest of the text is kept.
pub(super) fn decode(path: &str, bytes: &[u8], warnings: &mut Vec<Warning>) -> Option<String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.contains(&0) {
        warnings.push(Warning {
            path: path.into(),
            line: None,
            message: "binary file (contains NUL bytes); skipped".into(),
        });
        return None;
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            warnings.push(Warning {
                path: path.into(),
                line: Some(line),
                message: "invalid UTF-8; bad bytes replaced with U+FFFD".into(),
            });
            String::from_utf8_lossy(bytes).into_owned()
        }
    };
    if text.trim().is_empty() {
        warnings.push(Warning {
            path: path.into(),
            line: None,
            message: "empty file; skipped".into(),
        });
        return None;
    }
    Some(text)
}

/// Articles in one decoded file, starting from `template`'s id and metadata.
pub(super) fn articles(
    template: &Article,
    format: Format,
    text: &str,
    warnings: &mut Vec<Warning>,
) -> Vec<Article> {
    let mut out = match format {
        Format::JsonLines => jsonl::parse(template, text, warnings),
        Format::Html => {
            let page = html::article_text(text);
            let mut article = template.clone();
            // The user's manifest knows better than the page's own `<meta>` tags.
            if article.outlet.is_empty() {
                article.outlet = page.outlet.unwrap_or_default();
            }
            article.date = article.date.or(page.date);
            article.title = article.title.or(page.title);
            article.text = page.text;
            if article.text.trim().is_empty() {
                warnings.push(Warning {
                    path: template.path.clone(),
                    line: None,
                    message: "no article text found in the page; skipped".into(),
                });
                return Vec::new();
            }
            vec![article]
        }
        Format::Text => {
            let mut article = template.clone();
            let body = frontmatter::strip(text, &mut article, warnings);
            article.text = text[body..].to_string();
            if article.text.trim().is_empty() {
                warnings.push(Warning {
                    path: template.path.clone(),
                    line: None,
                    message: "no article text after the front matter; skipped".into(),
                });
                return Vec::new();
            }
            vec![article]
        }
    };
    for a in &mut out {
        a.text = a.text.nfc().collect();
        if a.outlet.is_empty() {
            // Without an outlet, each document speaks for itself rather than all for one.
            a.outlet.clone_from(&a.id);
        }
    }
    out
}
