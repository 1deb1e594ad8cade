//! Load a corpus: text, Markdown (with front matter), HTML and JSON-lines articles, with
//! their outlet, date and country. Problems with single inputs become [`Warning`]s.

pub mod html;

use serde::Serialize;

/// One article as loaded, its text normalised to NFC.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Article {
    /// Stable identifier: the file stem unless given.
    pub id: String,
    /// Where it came from (`-` for standard input).
    pub path: String,
    /// The outlet that published it (`unknown` when not given).
    pub outlet: String,
    /// The outlet's country, if known.
    pub country: Option<String>,
    /// Publication date as given (`2022-03-21`, `2022-03`).
    pub date: Option<String>,
    /// Source address.
    pub url: Option<String>,
    /// Headline, if given apart from the text.
    pub title: Option<String>,
    /// The story it covers; articles are only compared within a topic.
    pub topic: Option<String>,
    /// The article's text (NFC).
    pub text: String,
}

/// A problem with one input: it was skipped, or part of it was.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Warning {
    /// The file (or `-`).
    pub path: String,
    /// 1-based line, where the problem has one.
    pub line: Option<usize>,
    /// What is wrong and what was done about it.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path, line, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// Articles loaded from all inputs, with what went wrong on the way.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Articles in input order (directories sorted by path).
    pub articles: Vec<Article>,
    /// Inputs or lines that were skipped, each naming the file.
    pub warnings: Vec<Warning>,
}
