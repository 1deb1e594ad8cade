//! Words of a sentence with their byte offsets, and the word lists the entity and label
//! readers share (function words, title and role vocabulary from `data/roles.toml`).

use std::collections::HashSet;
use std::sync::LazyLock;

/// One word of a sentence: `sentence[start..end]`. Internal hyphens, apostrophes and
/// full stops belong to the word (`al-Assad`, `Haftar’s`, `U.S`); a final full stop does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token<'s> {
    pub start: usize,
    pub end: usize,
    pub text: &'s str,
}

impl<'s> Token<'s> {
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    /// The word without a possessive ending (`Haftar’s` -> `Haftar`), and whether it had one.
    pub fn stem(&self) -> (&'s str, bool) {
        for ending in ["’s", "'s", "’S", "'S"] {
            if let Some(stem) = self.text.strip_suffix(ending) {
                if !stem.is_empty() {
                    return (stem, true);
                }
            }
        }
        (self.text, false)
    }
}

fn joins(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '‐' | '‑')
}

/// Split `sentence` into words, keeping offsets. Never panics: offsets come from
/// `char_indices`, so every slice is on a character boundary.
pub(crate) fn tokenise(sentence: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut chars = sentence.char_indices().peekable();
    let mut start: Option<usize> = None;
    let mut prev_alnum = false;
    while let Some((i, c)) = chars.next() {
        let next_alnum = chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        let inside = c.is_alphanumeric() || (joins(c) && prev_alnum && next_alnum);
        if inside {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            tokens.push(Token {
                start: s,
                end: i,
                text: &sentence[s..i],
            });
        }
        prev_alnum = c.is_alphanumeric();
    }
    if let Some(s) = start {
        tokens.push(Token {
            start: s,
            end: sentence.len(),
            text: &sentence[s..],
        });
    }
    tokens
}

/// True when only white space lies between two offsets.
pub(crate) fn only_space(sentence: &str, from: usize, to: usize) -> bool {
    sentence
        .get(from..to)
        .is_some_and(|gap| gap.chars().all(char::is_whitespace))
}

/// The vocabulary of `data/roles.toml`.
pub(crate) struct Roles {
    /// Titles and role nouns, lowercased, possibly several words.
    pub titles: HashSet<String>,
    /// Words that qualify a title.
    pub premodifiers: HashSet<String>,
    /// Nouns naming the people or forces around an actor.
    pub groups: HashSet<String>,
    /// The longest title, in words.
    pub longest_title: usize,
}

pub(crate) static ROLES: LazyLock<Roles> = LazyLock::new(|| {
    let table: toml::Table = include_str!("../../../data/roles.toml")
        .parse()
        .unwrap_or_default();
    let list = |key: &str| -> HashSet<String> {
        table
            .get(key)
            .and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str())
                    .map(str::to_lowercase)
                    .collect()
            })
            .unwrap_or_default()
    };
    let titles = list("titles");
    let longest_title = titles
        .iter()
        .map(|t| t.split_whitespace().count())
        .max()
        .unwrap_or(1);
    Roles {
        titles,
        premodifiers: list("premodifiers"),
        groups: list("groups"),
        longest_title,
    }
});

/// Capitalised words that begin sentences or clauses without naming anything: function
/// words, discourse adverbs, pronouns, quantifiers, days and months.
static NOT_NAMES: &[&str] = &[
    "a",
    "about",
    "according",
    "across",
    "after",
    "afterwards",
    "again",
    "against",
    "all",
    "along",
    "already",
    "also",
    "although",
    "amid",
    "among",
    "an",
    "and",
    "another",
    "any",
    "as",
    "at",
    "because",
    "before",
    "being",
    "besides",
    "between",
    "both",
    "but",
    "by",
    "can",
    "despite",
    "did",
    "do",
    "does",
    "during",
    "each",
    "earlier",
    "either",
    "even",
    "every",
    "few",
    "finally",
    "first",
    "following",
    "for",
    "from",
    "further",
    "furthermore",
    "had",
    "has",
    "have",
    "he",
    "hence",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "indeed",
    "instead",
    "into",
    "is",
    "it",
    "its",
    "just",
    "last",
    "later",
    "latest",
    "least",
    "less",
    "let",
    "like",
    "many",
    "may",
    "meanwhile",
    "more",
    "moreover",
    "most",
    "much",
    "my",
    "near",
    "neither",
    "never",
    "nevertheless",
    "next",
    "no",
    "nonetheless",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "often",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "others",
    "otherwise",
    "our",
    "over",
    "perhaps",
    "previously",
    "rather",
    "recently",
    "second",
    "several",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "therefore",
    "these",
    "they",
    "third",
    "this",
    "those",
    "though",
    "through",
    "throughout",
    "thus",
    "to",
    "today",
    "together",
    "tomorrow",
    "tonight",
    "under",
    "unlike",
    "until",
    "up",
    "upon",
    "us",
    "was",
    "we",
    "well",
    "were",
    "what",
    "whatever",
    "when",
    "where",
    "whereas",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yes",
    "yesterday",
    "yet",
    "you",
    "your",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "am",
    "pm",
    "ad",
    "bc",
    "ok",
    "oh",
    "please",
    "thanks",
    "breaking",
    "update",
    "photo",
    "video",
    "watch",
    "read",
    "see",
    "note",
    "editor's",
    "advertisement",
];

static NOT_NAME_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| NOT_NAMES.iter().copied().collect());

/// True when a capitalised word is a function word, a day or a month (see [`NOT_NAMES`]).
pub(crate) fn is_not_name(lower: &str) -> bool {
    NOT_NAME_SET.contains(lower)
}

/// Lowercase function words the label reader stops at.
static FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
    "but", "that", "which", "who", "whom", "whose", "as", "is", "was", "are", "were", "be", "been",
    "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "shall",
    "should", "said", "says", "told", "this", "these", "those", "its", "his", "her", "their",
    "our", "my", "your", "it", "he", "she", "they", "we", "i", "you", "not", "no", "if", "when",
    "while", "than", "then", "so", "after", "before", "against", "under", "over", "into", "onto",
    "about", "between", "among", "amid", "during", "since", "until", "through", "across", "near",
    "via", "per", "also", "did", "do", "does", "there", "where",
];

static FUNCTION_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| FUNCTION_WORDS.iter().copied().collect());

/// True for articles, prepositions, pronouns, auxiliaries and conjunctions.
pub(crate) fn is_function_word(lower: &str) -> bool {
    FUNCTION_SET.contains(lower)
}

/// A nationality or origin adjective by its ending (`Libyan`, `Ukrainian`, `Chinese`,
/// `Turkish`, `Israeli`), used only on capitalised single words.
pub(crate) fn looks_demonym(word: &str) -> bool {
    let lower = word.to_lowercase();
    let n = lower.chars().count();
    n >= 4
        && (["ian", "ean", "can", "yan", "ese", "ish", "ch"]
            .iter()
            .any(|s| lower.ends_with(s))
            || (n >= 5 && lower.ends_with('i') && !lower.ends_with("ii")))
}

/// The plural of a demonym (`Syrians`, `Libyans`, `Israelis`): a group of people.
pub(crate) fn looks_demonym_plural(word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|s| looks_demonym(s) && !s.ends_with("ch"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_internal_joiners() {
        let s = "Gen. Bashar al-Assad’s U.S. allies, 'quoted' — done.";
        let words: Vec<&str> = tokenise(s).iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            vec![
                "Gen",
                "Bashar",
                "al-Assad’s",
                "U.S",
                "allies",
                "quoted",
                "done"
            ]
        );
        assert_eq!(tokenise(s)[2].stem(), ("al-Assad", true));
    }

    #[test]
    fn roles_load() {
        assert!(ROLES.titles.contains("field marshal"));
        assert!(ROLES.premodifiers.contains("retired"));
        assert!(ROLES.groups.contains("militias"));
        assert!(ROLES.longest_title >= 3);
    }

    #[test]
    fn demonyms_by_ending() {
        for d in [
            "Libyan",
            "Ukrainian",
            "Chinese",
            "Turkish",
            "Israeli",
            "Korean",
            "French",
        ] {
            assert!(looks_demonym(d), "{d}");
        }
        for n in ["Iran", "Haftar", "Putin", "Erdogan", "Hawaii"] {
            assert!(!looks_demonym(n), "{n}");
        }
        assert!(looks_demonym_plural("Syrians"));
        assert!(!looks_demonym_plural("Russia"));
    }
}
