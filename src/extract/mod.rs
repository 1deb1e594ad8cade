//! Read each sentence: its quantities, its attribution, its entities.
//!
//! This stage turns an [`Article`] into a [`Document`]: its sentences as [`Claim`]s, each
//! with what later stages compare (figures, who said it).

pub mod attribution;
pub mod entities;
pub mod labels;
pub mod lexicon;
pub mod quantity;

use rayon::prelude::*;

use crate::claims;
use crate::corpus::Article;
use quantity::Quantity;

/// One sentence of an article, read.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Position among the article's sentences, from 0.
    pub index: usize,
    /// Byte offset of the sentence in the article's text.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// The sentence as it stands in the article.
    pub text: String,
    /// Every figure in it.
    pub quantities: Vec<Quantity>,
    /// Who it is attributed to (`None`: the outlet's own voice).
    pub source: Option<attribution::Attribution>,
}

/// An article with its sentences read.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The article as loaded.
    pub article: Article,
    /// Its sentences, in order.
    pub claims: Vec<Claim>,
}

/// Splits `article` into sentences and reads each.
pub fn extract(article: Article) -> Document {
    // The last attribution seen resolves back-references (`he added`, `the source said`).
    let mut previous: Option<attribution::Attribution> = None;
    let claims = claims::split(&article.text)
        .into_iter()
        .enumerate()
        .map(|(index, span)| {
            let text = article.text[span.start..span.end].to_string();
            let source = attribution::read_in_context(&text, previous.as_ref());
            if source.is_some() {
                previous.clone_from(&source);
            }
            Claim {
                index,
                start: span.start,
                end: span.end,
                quantities: quantity::read(&text),
                source,
                text,
            }
        })
        .collect();
    Document { article, claims }
}

/// [`extract`] over many articles in parallel; the order of the input is kept.
pub fn extract_all(articles: Vec<Article>) -> Vec<Document> {
    // Articles are independent and reading one is pure: the classic rayon map.
    articles.into_par_iter().map(extract).collect()
}
