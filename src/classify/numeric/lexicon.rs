//! The numeric audit's word lists, kept as data in `data/quantity_synonyms.toml`: which
//! counted nouns name the same thing, which modifiers exclude each other, which words mark
//! another batch.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::text;

/// What a class of words says about a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Who or what is counted.
    Group,
    /// What happened to them.
    Outcome,
    /// What a sum of money is.
    Money,
}

#[derive(Debug, Deserialize)]
struct RawClass {
    name: String,
    role: Role,
    words: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Raw {
    generic: Vec<String>,
    distinct: Vec<String>,
    contrasts: Vec<Vec<String>>,
    class: Vec<RawClass>,
}

/// A class of near-synonyms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Class {
    /// Its name in the data file (`fighters`, `killed`).
    pub name: String,
    /// What it says about a figure.
    pub role: Role,
}

/// The loaded word lists; every word is kept as its stem.
#[derive(Debug)]
pub struct Lexicon {
    classes: Vec<Class>,
    /// Stem sequences of every listed word or phrase, with its class; longest first.
    phrases: Vec<(Vec<String>, usize)>,
    generic: Vec<String>,
    distinct: Vec<String>,
    contrasts: HashMap<String, usize>,
}

const DATA: &str = include_str!("../../../data/quantity_synonyms.toml");

/// The stem of a word as it stands in a sentence.
pub fn stem_of(word: &str) -> String {
    text::stem(&text::fold(word))
}

fn stems(phrase: &str) -> Vec<String> {
    text::tokens(phrase).map(|t| stem_of(t.text)).collect()
}

impl Lexicon {
    fn parse(data: &str) -> Result<Lexicon, toml::de::Error> {
        let raw: Raw = toml::from_str(data)?;
        let mut phrases = Vec::new();
        let mut classes = Vec::new();
        for (i, c) in raw.class.into_iter().enumerate() {
            for w in &c.words {
                phrases.push((stems(w), i));
            }
            classes.push(Class {
                name: c.name,
                role: c.role,
            });
        }
        // Longest phrase first so that `death toll` wins over `toll`; then by text so the
        // order never depends on the file's.
        phrases.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.cmp(b)));
        phrases.dedup();
        let mut contrasts = HashMap::new();
        for (i, set) in raw.contrasts.iter().enumerate() {
            for w in set {
                contrasts.insert(stem_of(w), i);
            }
        }
        let mut generic: Vec<String> = raw.generic.iter().map(|w| stem_of(w)).collect();
        generic.sort();
        generic.dedup();
        let mut distinct: Vec<String> = raw.distinct.iter().map(|w| text::fold(w)).collect();
        distinct.sort();
        distinct.dedup();
        Ok(Lexicon {
            classes,
            phrases,
            generic,
            distinct,
            contrasts,
        })
    }

    /// The class at index `i`.
    pub fn class(&self, i: usize) -> &Class {
        &self.classes[i]
    }

    /// The class of the listed word or phrase ending at `words[end - 1]`, and how many
    /// words it spans (longest match).
    pub fn class_ending_at(&self, words: &[String], end: usize) -> Option<(usize, usize)> {
        self.phrases.iter().find_map(|(p, class)| {
            (p.len() <= end && words[end - p.len()..end] == p[..]).then_some((*class, p.len()))
        })
    }

    /// Whether a stem is a generic head (`people`, `members`).
    pub fn is_generic(&self, stem: &str) -> bool {
        self.generic
            .binary_search_by(|g| g.as_str().cmp(stem))
            .is_ok()
    }

    /// Whether a folded word marks another batch (`another`, `further`, `similar`).
    pub fn is_distinct(&self, folded: &str) -> bool {
        self.distinct
            .binary_search_by(|g| g.as_str().cmp(folded))
            .is_ok()
    }

    /// The contrast set of a modifier stem, if it belongs to one.
    pub fn contrast(&self, stem: &str) -> Option<usize> {
        self.contrasts.get(stem).copied()
    }
}

/// The lexicon, parsed once from the bundled data file.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
        // The file is compiled in and checked by a unit test, so this cannot fail at run time.
        Lexicon::parse(DATA).expect("data/quantity_synonyms.toml is valid")
    });
    &LEXICON
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_file_parses() {
        let lex = Lexicon::parse(DATA).unwrap();
        assert!(lex.classes.len() > 20);
        let words: Vec<String> = stems("the death toll");
        let (class, len) = lex.class_ending_at(&words, words.len()).unwrap();
        assert_eq!((lex.class(class).name.as_str(), len), ("killed", 2));
    }

    #[test]
    fn plurals_and_inflections_meet() {
        let lex = lexicon();
        let class = |w: &str| {
            let s = vec![stem_of(w)];
            lex.class_ending_at(&s, 1)
                .map(|(c, _)| lex.class(c).name.clone())
        };
        assert_eq!(class("mercenary"), class("fighters"));
        assert_eq!(class("Demonstrators"), class("protesters"));
        assert_eq!(class("wounded").as_deref(), Some("injured"));
        assert_eq!(class("refugees"), class("evacuees"));
        assert_eq!(class("houses"), class("homes"));
        assert_ne!(class("volunteers"), class("fighters"));
        assert!(lex.is_generic(&stem_of("people")));
        assert!(lex.is_distinct("another"));
        assert_eq!(lex.contrast("foreign"), lex.contrast(&stem_of("local")));
    }
}
