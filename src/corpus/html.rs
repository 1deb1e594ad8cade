//! Turn a saved news web page into article text for the corpus loader: the story's
//! paragraphs and headings, one per blank-line-separated block, without navigation, ads,
//! cookie banners, scripts or footers; plus title, outlet, date and author from `<meta>`.

use std::sync::LazyLock;

use scraper::{ElementRef, Html, Node, Selector};
use serde::Serialize;

/// What a page yields: its article's text and what the page says about it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct HtmlArticle {
    /// The headline: the article's first `<h1>`, else `og:title`, else `<title>`.
    pub title: Option<String>,
    /// Blocks (paragraphs, headings, list items, quotes) separated by a blank line, white
    /// space collapsed inside each block, entities decoded.
    pub text: String,
    /// `og:site_name` or `application-name`.
    pub outlet: Option<String>,
    /// `article:published_time` (or a similar `<meta>`, else the first `<time datetime>` in
    /// the article), as written.
    pub date: Option<String>,
    /// `<meta name="author">` or a non-URL `article:author`.
    pub author: Option<String>,
}

/// Elements whose content is never article text. `figcaption` is dropped too: captions
/// describe photos and carry agency credits (`[AFP via Getty Images]`), not the story's claims,
/// and would otherwise be compared as sentences.
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "noscript",
    "nav",
    "footer",
    "aside",
    "form",
    "template",
    "iframe",
    "svg",
    "button",
    "select",
    "textarea",
    "input",
    "label",
    "figcaption",
    "canvas",
    "video",
    "audio",
    "object",
    "embed",
    "map",
    "dialog",
    "head",
    "menu",
];

/// Elements that start and end a block of text.
const BLOCKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "div",
    "section",
    "article",
    "main",
    "header",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "figure",
    "address",
    "hr",
    "body",
    "center",
    "summary",
    "details",
];

/// Words in a class or id that mark page furniture rather than the story.
const BOILERPLATE: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "footer",
    "share",
    "sharing",
    "social",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "subscribe",
    "subscription",
    "newsletter",
    "related",
    "advert",
    "advertisement",
    "advertising",
    "ad",
    "ads",
    "sponsored",
    "promo",
    "banner",
    "sidebar",
    "breadcrumb",
    "breadcrumbs",
    "popup",
    "modal",
    "paywall",
    "recommended",
    "outbrain",
    "taboola",
    "comments",
    "masthead",
    "toolbar",
    "skip",
];

fn selector(css: &str) -> Selector {
    // The selectors are constants of this module; a parse failure is a bug caught by tests.
    Selector::parse(css).unwrap_or_else(|e| panic!("bad built-in selector {css}: {e}"))
}

static ARTICLE: LazyLock<Selector> = LazyLock::new(|| selector("article"));
static MAIN: LazyLock<Selector> = LazyLock::new(|| selector("main, [role=main]"));
static BODY: LazyLock<Selector> = LazyLock::new(|| selector("body"));
static H1: LazyLock<Selector> = LazyLock::new(|| selector("h1"));
static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static META: LazyLock<Selector> = LazyLock::new(|| selector("meta"));
static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time[datetime]"));

/// The article in `html`. Never fails: a page without recognisable structure yields the
/// text of its body; an empty or non-HTML input yields what text there is.
pub fn article_text(html: &str) -> HtmlArticle {
    let doc = Html::parse_document(&depth::cap_depth(html));
    let root = choose_root(&doc);
    let text = blocks(root).join("\n\n");
    let meta = |keys: &[&str]| meta_content(&doc, keys);
    let title = root
        .select(&H1)
        .chain(doc.select(&H1))
        .map(|h| collapse(&h.text().collect::<String>()))
        .find(|t| !t.is_empty())
        .or_else(|| meta(&["og:title", "twitter:title"]))
        .or_else(|| {
            doc.select(&TITLE)
                .map(|t| collapse(&t.text().collect::<String>()))
                .find(|t| !t.is_empty())
        });
    let date = meta(&[
        "article:published_time",
        "datepublished",
        "date",
        "pubdate",
        "publishdate",
        "dc.date",
        "dc.date.issued",
        "parsely-pub-date",
        "og:published_time",
    ])
    .or_else(|| {
        root.select(&TIME)
            .find_map(|t| t.value().attr("datetime"))
            .map(collapse)
            .filter(|d| !d.is_empty())
    });
    let author = meta(&["author", "article:author", "parsely-author", "dc.creator"]);
    HtmlArticle {
        title,
        text,
        outlet: meta(&["og:site_name", "application-name"]),
        date,
        author,
    }
}

/// The element holding the story: the `<article>` with the most text (pages list related
/// stories as small `<article>` cards too), else `<main>`, else `<body>`.
fn choose_root(doc: &Html) -> ElementRef<'_> {
    let text_len = |e: &ElementRef| e.text().map(|t| t.trim().len()).sum::<usize>();
    doc.select(&ARTICLE)
        .map(|a| (text_len(&a), a))
        .filter(|(n, _)| *n > 0)
        // Ties keep the first article in document order.
        .fold(
            None,
            |best: Option<(usize, ElementRef)>, (n, a)| match best {
                Some((m, _)) if m >= n => best,
                _ => Some((n, a)),
            },
        )
        .map(|(_, a)| a)
        .or_else(|| doc.select(&MAIN).next())
        .or_else(|| doc.select(&BODY).next())
        .unwrap_or_else(|| doc.root_element())
}

fn boilerplate(e: &scraper::node::Element) -> bool {
    if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
        return true;
    }
    if e.attr("style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    }) {
        return true;
    }
    let marked = |value: &str| {
        value
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| BOILERPLATE.contains(&w.to_ascii_lowercase().as_str()))
    };
    e.classes().any(marked)
        || e.id().is_some_and(marked)
        || matches!(
            e.attr("role"),
            Some("navigation" | "banner" | "contentinfo" | "complementary" | "dialog")
        )
}

/// The text blocks under `root`, walked with parent and sibling links rather than recursion
/// so that deep nesting cannot overflow the stack.
fn blocks(root: ElementRef<'_>) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut articles_open = 0usize;
    let root_id = root.id();
    let mut node = *root;
    loop {
        // Enter `node`; descend unless it is furniture.
        let mut descend = true;
        match node.value() {
            Node::Text(text) => current.push_str(text),
            Node::Element(e) => {
                let name = e.name();
                let inner = node.id() != root_id;
                let page_header = name == "header" && articles_open == 0 && inner;
                if inner && (SKIPPED.contains(&name) || page_header || boilerplate(e)) {
                    descend = false;
                } else {
                    if name == "article" {
                        articles_open += 1;
                    }
                    if name == "br" || BLOCKS.contains(&name) {
                        flush(&mut current, &mut out);
                    } else if matches!(name, "img" | "wbr") {
                        current.push(' ');
                    }
                }
            }
            // Comments, doctype, processing instructions: never text.
            _ => descend = false,
        }
        if descend {
            if let Some(child) = node.first_child() {
                node = child;
                continue;
            }
        }
        // Leave `node` (and every ancestor whose last child it was) until a sibling is found.
        let mut entered = descend;
        loop {
            if entered {
                if let Node::Element(e) = node.value() {
                    if e.name() == "article" {
                        articles_open = articles_open.saturating_sub(1);
                    }
                    if BLOCKS.contains(&e.name()) {
                        flush(&mut current, &mut out);
                    }
                }
            }
            if node.id() == root_id {
                flush(&mut current, &mut out);
                return out;
            }
            if let Some(next) = node.next_sibling() {
                node = next;
                break;
            }
            match node.parent() {
                Some(parent) => node = parent,
                None => {
                    flush(&mut current, &mut out);
                    return out;
                }
            }
            // An ancestor was entered, or we would not have reached its child.
            entered = true;
        }
    }
}

fn flush(current: &mut String, out: &mut Vec<String>) {
    let block = collapse(current);
    if !block.is_empty() {
        out.push(block);
    }
    current.clear();
}

/// The first non-empty `content` of a `<meta>` whose `property`, `name` or `itemprop` is one
/// of `keys` (case-insensitive), in the order of `keys`.
fn meta_content(doc: &Html, keys: &[&str]) -> Option<String> {
    let metas: Vec<_> = doc.select(&META).map(|m| m.value()).collect();
    keys.iter().find_map(|key| {
        metas.iter().find_map(|m| {
            let named = ["property", "name", "itemprop"].iter().any(|a| {
                m.attr(a)
                    .is_some_and(|v| v.trim().eq_ignore_ascii_case(key))
            });
            let content = m.attr("content").map(collapse).filter(|c| !c.is_empty())?;
            // `article:author` is often a profile address, which is no name.
            let is_url = content.starts_with("http://") || content.starts_with("https://");
            (named && !is_url).then_some(content)
        })
    })
}

/// White space runs (including non-breaking spaces) as single spaces, trimmed.
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s
        .split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

mod depth;
#[cfg(test)]
mod tests;
