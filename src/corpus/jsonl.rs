//! JSON lines: one article per line, `{"id", "outlet", "date", "url", "country", "title",
//! "topic", "text"}`, only `text` required.

use serde::Deserialize;

use super::{Article, Warning};

#[derive(Debug, Deserialize)]
struct Line {
    id: Option<String>,
    outlet: Option<String>,
    date: Option<String>,
    url: Option<String>,
    country: Option<String>,
    title: Option<String>,
    topic: Option<String>,
    text: Option<String>,
}

/// Articles of a JSON-lines stream. Blank lines are skipped; a malformed line, or one
/// without `text`, is reported with its line number and skipped.
pub(super) fn parse(template: &Article, raw: &str, warnings: &mut Vec<Warning>) -> Vec<Article> {
    let mut out = Vec::new();
    for (i, line) in raw.lines().enumerate() {
        match parse_line(template, line, i + 1) {
            Ok(Some(a)) => out.push(a),
            Ok(None) => {}
            Err(w) => warnings.push(w),
        }
    }
    out
}

/// One line of a JSON-lines stream (`no` is its 1-based line number): `Ok(None)` for a
/// blank line, a [`Warning`] naming the line when it is not an article object or has no
/// `text`. Fields the line leaves out come from `template` (id: `template.id:no`). The text
/// is not yet normalised; see [`super::read_json_line`] for the finished article.
pub(super) fn parse_line(
    template: &Article,
    line: &str,
    no: usize,
) -> Result<Option<Article>, Warning> {
    if line.trim().is_empty() {
        return Ok(None);
    }
    let path = template.path.as_str();
    let warn = |message: String| Warning {
        path: path.to_string(),
        line: Some(no),
        message,
    };
    let parsed: Line = serde_json::from_str(line)
        .map_err(|e| warn(format!("not a JSON article object ({e}); line skipped")))?;
    let Some(text) = parsed.text.filter(|t| !t.trim().is_empty()) else {
        return Err(warn("article has no \"text\"; line skipped".into()));
    };
    let t = template;
    Ok(Some(Article {
        id: parsed.id.unwrap_or_else(|| format!("{}:{no}", t.id)),
        path: path.to_string(),
        outlet: parsed.outlet.unwrap_or_else(|| t.outlet.clone()),
        country: parsed.country.or_else(|| t.country.clone()),
        date: parsed.date.or_else(|| t.date.clone()),
        url: parsed.url.or_else(|| t.url.clone()),
        title: parsed.title.or_else(|| t.title.clone()),
        topic: parsed.topic.or_else(|| t.topic.clone()),
        text,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_bad_and_blank_lines() {
        let raw = "{\"text\":\"A.\",\"outlet\":\"X\"}\n\nnot json\n{\"outlet\":\"Y\"}\n{\"id\":\"z\",\"text\":\"B.\"}\n";
        let mut w = Vec::new();
        let t = Article {
            id: "c".into(),
            path: "c.jsonl".into(),
            ..Article::default()
        };
        let a = parse(&t, raw, &mut w);
        assert_eq!(a.len(), 2);
        assert_eq!((a[0].id.as_str(), a[0].outlet.as_str()), ("c:1", "X"));
        assert_eq!((a[1].id.as_str(), a[1].outlet.as_str()), ("z", ""));
        assert_eq!(
            w.iter().map(|w| w.line).collect::<Vec<_>>(),
            [Some(3), Some(4)]
        );
    }
}
