//! Word-level text utilities shared by the stages: tokenising with byte offsets,
//! case folding, stop words, light stemming and number tokens.
//!
//! Everything here is language-light and news-general: the stemmer is the
//! Snowball English (Porter2) algorithm, the stop words are English function
//! words plus the particles that start transliterated names (`al-`, `el-`,
//! `de`, `van`...), and numbers are read only as far as a lexical comparison
//! needs (digits with separators, small number words, a scale word after a
//! figure). Full quantity reading lives in `extract::quantity`.

use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// What a [`Token`] is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with digits or an inner apostrophe (`Dominick's`, `G7`, `1990s`).
    Word,
    /// A figure: digits with optional inner `.` or `,` separators (`1,200`, `2.5`).
    Number,
}

/// One token of a text, borrowed from it, with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token as written.
    pub text: &'a str,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// Word or number.
    pub kind: TokenKind,
}

impl Token<'_> {
    /// Whether the token starts with an upper-case letter (a name candidate).
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// Splits a text into word and number tokens. Punctuation, hyphens and
/// spaces separate tokens, so `al-Zour` gives `al` and `Zour`: compounds are
/// then compared part by part, which is what matching across outlets needs.
pub fn tokens(text: &str) -> impl Iterator<Item = Token<'_>> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, first) = loop {
            let (i, c) = chars.next()?;
            if c.is_alphanumeric() {
                break (i, c);
            }
        };
        let mut end = start + first.len_utf8();
        let mut numeric = first.is_numeric();
        let mut only_digits = numeric;
        while let Some(&(i, c)) = chars.peek() {
            if c.is_alphanumeric() {
                only_digits &= c.is_numeric();
                chars.next();
                end = i + c.len_utf8();
                continue;
            }
            // An inner separator belongs to the token only when the character after it
            // continues the token: `1,200`, `2.5`, `don't`; never a trailing full stop.
            let joins = if only_digits {
                matches!(c, '.' | ',')
            } else {
                is_apostrophe(c) && !numeric
            };
            if !joins {
                break;
            }
            let after = text[i + c.len_utf8()..].chars().next();
            let continues = match after {
                Some(n) if only_digits => n.is_ascii_digit(),
                Some(n) => n.is_alphabetic(),
                None => false,
            };
            if !continues {
                break;
            }
            chars.next();
            numeric = numeric && only_digits;
        }
        let text_of = &text[start..end];
        let kind = if only_digits {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        Some(Token {
            text: text_of,
            start,
            end,
            kind,
        })
    })
}

/// Lower-cases and strips diacritics (`Zürich` -> `zurich`), and writes
/// apostrophes as `'`, so that spellings differing only in accents or case meet.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        if is_apostrophe(c) {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// English function words, and the particles of transliterated names whose
/// spelling varies across outlets (`al-`/`el-`, `de`, `van`, `von`, `bin`/`ben`).
/// Sorted, for binary search.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "al",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "ben",
    "between",
    "bin",
    "both",
    "but",
    "by",
    "can",
    "could",
    "de",
    "del",
    "der",
    "did",
    "do",
    "does",
    "doing",
    "during",
    "each",
    "el",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "it's",
    "its",
    "itself",
    "just",
    "la",
    "le",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "van",
    "very",
    "von",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
];

/// Whether a folded word (see [`fold`]) is a stop word.
pub fn is_stop_word(folded: &str) -> bool {
    STOP_WORDS.binary_search(&folded).is_ok()
}

static ENGLISH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// Stems a folded word with Snowball English (`attacks` -> `attack`,
/// `killed` -> `kill`, `Dominick's` -> `dominick`).
pub fn stem(folded: &str) -> String {
    // News reuses a small vocabulary: a per-thread memo turns most stems into one lookup.
    // It is cleared when it grows large so memory stays bounded on any corpus.
    thread_local! {
        static MEMO: std::cell::RefCell<std::collections::HashMap<String, String>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        if let Some(s) = memo.get(folded) {
            return s.clone();
        }
        if memo.len() > 200_000 {
            memo.clear();
        }
        let s = ENGLISH.stem(folded).into_owned();
        memo.insert(folded.to_string(), s.clone());
        s
    })
}

/// The value of a number token: `1,200` -> 1200, `2.5` -> 2.5. Commas are
/// read as thousands separators only in groups of three digits; anything else
/// (`1,5`, `1.2.3`) has no value and is compared as written.
pub fn number_value(text: &str) -> Option<f64> {
    let mut groups = text.split(',');
    let head = groups.next()?;
    let mut plain = String::with_capacity(text.len());
    plain.push_str(head);
    for group in groups {
        let digits = group.split('.').next().unwrap_or(group);
        if digits.len() != 3 || head.contains('.') {
            return None;
        }
        plain.push_str(group);
    }
    if plain.matches('.').count() > 1 {
        return None;
    }
    plain.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The value of a spelled-out small number (`two` .. `twenty`, tens, `dozen`).
/// `one` is left out: in news it is far more often a pronoun ("one of the").
pub fn number_word(folded: &str) -> Option<f64> {
    const WORDS: &[(&str, f64)] = &[
        ("eight", 8.0),
        ("eighteen", 18.0),
        ("eighty", 80.0),
        ("eleven", 11.0),
        ("fifteen", 15.0),
        ("fifty", 50.0),
        ("five", 5.0),
        ("forty", 40.0),
        ("four", 4.0),
        ("fourteen", 14.0),
        ("nine", 9.0),
        ("nineteen", 19.0),
        ("ninety", 90.0),
        ("seven", 7.0),
        ("seventeen", 17.0),
        ("seventy", 70.0),
        ("six", 6.0),
        ("sixteen", 16.0),
        ("sixty", 60.0),
        ("ten", 10.0),
        ("thirteen", 13.0),
        ("thirty", 30.0),
        ("three", 3.0),
        ("twelve", 12.0),
        ("twenty", 20.0),
        ("two", 2.0),
    ];
    if folded == "dozen" {
        return Some(12.0);
    }
    WORDS
        .binary_search_by(|(w, _)| w.cmp(&folded))
        .ok()
        .map(|i| WORDS[i].1)
}

/// The multiplier of a scale word written after a figure (`2.5 billion`).
pub fn scale_word(folded: &str) -> Option<f64> {
    match folded {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" | "mn" | "mln" => Some(1e6),
        "billion" | "bn" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text).map(|t| t.text).collect()
    }

    #[test]
    fn tokens_split_on_punctuation_and_keep_figures_whole() {
        let table: &[(&str, &[&str])] = &[
            ("Hello, world.", &["Hello", "world"]),
            ("Deir al-Zour", &["Deir", "al", "Zour"]),
            ("$2.5 billion in 1998.", &["2.5", "billion", "in", "1998"]),
            ("Dominick's chain", &["Dominick's", "chain"]),
            ("don’t stop", &["don’t", "stop"]),
            ("the Jones' house", &["the", "Jones", "house"]),
            ("1,200 people, 3.", &["1,200", "people", "3"]),
            ("G7 and COVID-19", &["G7", "and", "COVID", "19"]),
            ("in the 1990s", &["in", "the", "1990s"]),
            ("Zürich 東京", &["Zürich", "東京"]),
            ("", &[]),
            ("...", &[]),
        ];
        for (text, want) in table {
            assert_eq!(&words(text), want, "{text}");
        }
    }

    #[test]
    fn token_spans_and_kinds() {
        let text = "Só 1,200 réfugiés";
        for token in tokens(text) {
            assert_eq!(&text[token.start..token.end], token.text);
        }
        let kinds: Vec<_> = tokens(text).map(|t| t.kind).collect();
        assert_eq!(kinds, [TokenKind::Word, TokenKind::Number, TokenKind::Word]);
        assert!(tokens("Haftar said")
            .next()
            .is_some_and(|t| t.is_capitalised()));
    }

    #[test]
    fn fold_lowercases_and_strips_accents() {
        assert_eq!(fold("Zürich"), "zurich");
        assert_eq!(fold("ÉLYSÉE"), "elysee");
        assert_eq!(fold("Dominick’s"), "dominick's");
    }

    #[test]
    fn stop_words_sorted_and_found() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_stop_word("the") && is_stop_word("al"));
        assert!(!is_stop_word("attack"));
    }

    #[test]
    fn stemmer_table() {
        let table = [
            ("attacks", "attack"),
            ("attacked", "attack"),
            ("attacking", "attack"),
            ("killed", "kill"),
            ("killing", "kill"),
            ("kills", "kill"),
            ("forces", "forc"),
            ("force", "forc"),
            ("troops", "troop"),
            ("cities", "citi"),
            ("city", "citi"),
            ("elections", "elect"),
            ("elected", "elect"),
            ("protesters", "protest"),
            ("protested", "protest"),
            ("government", "govern"),
            ("governments", "govern"),
            ("announced", "announc"),
            ("announcement", "announc"),
            ("officials", "offici"),
            ("official", "offici"),
            ("mercenaries", "mercenari"),
            ("dominick's", "dominick"),
            ("running", "run"),
            ("ran", "ran"),
            ("generously", "generous"),
            ("happiness", "happi"),
            ("relational", "relat"),
            ("sabratha", "sabratha"),
            ("gaddafi", "gaddafi"),
            ("reported", "report"),
            ("reports", "report"),
        ];
        for (word, want) in table {
            assert_eq!(stem(word), want, "{word}");
        }
    }

    #[test]
    fn numbers() {
        assert_eq!(number_value("1,200"), Some(1200.0));
        assert_eq!(number_value("2.5"), Some(2.5));
        assert_eq!(number_value("1,234,567.5"), Some(1_234_567.5));
        assert_eq!(number_value("1,5"), None);
        assert_eq!(number_value("1.2.3"), None);
        assert_eq!(number_word("twelve"), Some(12.0));
        assert_eq!(number_word("one"), None);
        assert_eq!(scale_word("billion"), Some(1e9));
    }
}
