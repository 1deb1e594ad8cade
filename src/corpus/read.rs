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

/// How much of a file is looked at for NUL bytes to tell a binary file, as git does.
const SNIFF: usize = 8 << 10;

/// Bytes to text: a NUL byte near the start means a binary file (skipped); invalid UTF-8 and
/// later NUL bytes are replaced and reported with the line of the first one, so the rest of
/// the text is kept (one stray NUL must not drop a whole JSON-lines file).
pub(super) fn decode(path: &str, bytes: &[u8], warnings: &mut Vec<Warning>) -> Option<String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let line_of = |at: usize| bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    let nul = bytes.iter().position(|&b| b == 0);
    if nul.is_some_and(|at| at < SNIFF) {
        warnings.push(Warning {
            path: path.into(),
            line: None,
            message: "binary file (contains NUL bytes); skipped".into(),
        });
        return None;
    }
    let mut text = match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        Err(e) => {
            warnings.push(Warning {
                path: path.into(),
                line: Some(line_of(e.valid_up_to())),
                message: "invalid UTF-8; bad bytes replaced with U+FFFD".into(),
            });
            String::from_utf8_lossy(bytes).into_owned()
        }
    };
    if let Some(at) = nul {
        warnings.push(Warning {
            path: path.into(),
            line: Some(line_of(at)),
            message: "NUL bytes replaced with U+FFFD".into(),
        });
        text = text.replace('\0', "\u{FFFD}");
    }
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
    out.iter_mut().for_each(finish);
    out
}

/// The last touch every loaded article gets, whatever its format: NFC text, an outlet.
pub(super) fn finish(a: &mut Article) {
    a.text = a.text.nfc().collect();
    if a.outlet.is_empty() {
        // Without an outlet, each document speaks for itself rather than all for one.
        a.outlet.clone_from(&a.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_late_nul_is_replaced_and_an_early_one_marks_a_binary_file() {
        let mut w = Vec::new();
        assert_eq!(decode("b", b"ab\0c", &mut w), None);
        assert!(w[0].message.starts_with("binary file"));
        let mut bytes = "x\n".repeat(SNIFF).into_bytes();
        bytes.extend(b"y\0z\n");
        let mut w = Vec::new();
        let text = decode("late", &bytes, &mut w).unwrap();
        assert!(text.ends_with("y\u{FFFD}z\n"));
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].line, Some(SNIFF + 1));
    }
}
