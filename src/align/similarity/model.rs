//! The fitted vocabulary (token ids and their rarity) and the vectorised form of
//! a sentence that pair scoring works on.

use std::collections::HashMap;

use super::fuzzy::FuzzyKey;
use super::Matcher;
use crate::text::{self, TokenKind};

/// Ids at or above this are tokens the model never saw, hashed into the upper half.
const UNSEEN: u32 = 1 << 31;

/// One token of a vectorised sentence: its id in the [`Model`] and its weight
/// (inverse document frequency).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Term {
    pub(crate) id: u32,
    pub(crate) weight: f32,
}

impl Term {
    /// The token id. Equal ids mean the same stem (or the same figure).
    pub fn id(&self) -> u32 {
        self.id
    }

    /// How informative the token is: higher for rarer tokens.
    pub fn weight(&self) -> f32 {
        self.weight
    }
}

/// A sentence prepared once for scoring against many others.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vector {
    /// Distinct informative tokens, sorted by id.
    pub(crate) terms: Vec<Term>,
    /// Sum of the term weights, added in id order.
    pub(crate) total: f64,
    /// Ids of the figures, sorted.
    pub(crate) numbers: Vec<u32>,
    /// Ids of capitalised words not opening the sentence, sorted.
    pub(crate) names: Vec<u32>,
    /// Name tokens eligible for fuzzy matching.
    pub(crate) fuzzy: Vec<FuzzyKey>,
    /// Stems of the fuzzy keys, concatenated.
    pub(crate) text: String,
    /// Vectors of the sentence's clauses, when the caller added them
    /// ([`Vector::with_parts`]); [`Matcher`] scoring ignores them.
    pub(crate) parts: Vec<Vector>,
    /// Surface n-grams for the learned scorer, only when asked for
    /// ([`Model::vectorize_with_surface`]): they cost memory the aligner does not need.
    pub(crate) surface: Option<std::sync::Arc<super::learned::Surface>>,
}

impl Vector {
    /// The informative tokens, sorted by id, for building an inverted index.
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// Ids of the figures in the sentence (after reading `2.5 billion` as one value).
    pub fn numbers(&self) -> &[u32] {
        &self.numbers
    }

    /// Ids of the capitalised words that do not open the sentence.
    pub fn names(&self) -> &[u32] {
        &self.names
    }

    /// Whether the sentence has no token to compare.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether the vector carries its surface ([`Model::vectorize_with_surface`]).
    pub fn has_surface(&self) -> bool {
        self.surface.is_some()
    }

    /// The vectors of parts of the sentence (its clauses), as given to [`Vector::with_parts`].
    pub fn parts(&self) -> &[Vector] {
        &self.parts
    }

    /// The same vector (and its parts) with each term's weight multiplied by `factor` of
    /// its id: for scoring within a subset of the corpus where some tokens are commoner.
    pub(crate) fn reweighted(&self, factor: &impl Fn(u32) -> f32) -> Vector {
        let mut out = Vector {
            terms: self
                .terms
                .iter()
                .map(|t| Term {
                    id: t.id,
                    weight: t.weight * factor(t.id),
                })
                .collect(),
            total: 0.0,
            numbers: self.numbers.clone(),
            names: self.names.clone(),
            fuzzy: self.fuzzy.clone(),
            text: self.text.clone(),
            parts: self.parts.iter().map(|p| p.reweighted(factor)).collect(),
            surface: self.surface.clone(),
        };
        out.total = out.terms.iter().map(|t| f64::from(t.weight)).sum();
        out
    }

    /// The same vector carrying `parts`, the vectors of pieces of the sentence (clauses),
    /// for scorers that compare sentences piece by piece.
    pub fn with_parts(mut self, parts: Vec<Vector>) -> Vector {
        self.parts = parts;
        self
    }
}

/// What [`Model::vectorize`] and [`Matcher::fit`] read from one token.
struct Feature {
    key: String,
    kind: FeatureKind,
    name: bool,
    capitalised: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum FeatureKind {
    Word,
    Number,
    Stop,
}

/// Reads the comparable features of a sentence: stems of content words,
/// figures as canonical values, and stop words (used only when nothing else is there).
fn features(sentence: &str) -> Vec<Feature> {
    let tokens: Vec<_> = text::tokens(sentence).collect();
    let mut out = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i];
        let folded = text::fold(token.text);
        i += 1;
        let value = match token.kind {
            TokenKind::Number => text::number_value(token.text),
            TokenKind::Word => text::number_word(&folded),
        };
        if token.kind == TokenKind::Number || value.is_some() {
            // A scale word after a figure is part of it: "2.5 billion" is one value.
            let scale = tokens
                .get(i)
                .and_then(|next| text::scale_word(&text::fold(next.text)));
            if scale.is_some() {
                i += 1;
            }
            let key = match value {
                Some(v) => format!("#{}", v * scale.unwrap_or(1.0)),
                None => format!("#{}", token.text),
            };
            out.push(Feature {
                key,
                kind: FeatureKind::Number,
                name: false,
                capitalised: false,
            });
            continue;
        }
        let kind = if text::is_stop_word(&folded) {
            FeatureKind::Stop
        } else {
            FeatureKind::Word
        };
        let capitalised = token.is_capitalised() && kind == FeatureKind::Word;
        out.push(Feature {
            key: text::stem(&folded),
            kind,
            name: capitalised && i > 1,
            capitalised,
        });
    }
    // A sentence of function words only is still compared with itself and its like.
    if out.iter().all(|f| f.kind == FeatureKind::Stop) {
        for f in &mut out {
            f.kind = FeatureKind::Word;
        }
    }
    out.retain(|f| f.kind != FeatureKind::Stop);
    out
}

/// A vocabulary fitted on a collection of sentences: token ids and their
/// rarity (IDF) in that collection. Made by [`Matcher::fit`].
#[derive(Debug, Clone)]
pub struct Model {
    matcher: Matcher,
    ids: HashMap<Box<str>, u32>,
    idf: Vec<f32>,
    unseen_idf: f32,
}

impl Model {
    pub(crate) fn fit<I, S>(matcher: Matcher, sentences: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut ids: HashMap<Box<str>, u32> = HashMap::new();
        let mut df: Vec<u32> = Vec::new();
        let mut count = 0u64;
        let mut seen: Vec<u32> = Vec::new();
        for sentence in sentences {
            count += 1;
            seen.clear();
            for feature in features(sentence.as_ref()) {
                let next = u32::try_from(df.len()).unwrap_or(UNSEEN);
                if next >= UNSEEN && !ids.contains_key(feature.key.as_str()) {
                    // A vocabulary this large is beyond any corpus; later words are hashed.
                    continue;
                }
                let id = *ids.entry(feature.key.into_boxed_str()).or_insert_with(|| {
                    df.push(0);
                    next
                });
                seen.push(id);
            }
            seen.sort_unstable();
            seen.dedup();
            for &id in &seen {
                df[id as usize] += 1;
            }
        }
        // Smoothed IDF, as scikit-learn's: never zero, so a token in every sentence
        // still counts a little, and an unseen token weighs as a token seen once less.
        let n = count as f64;
        let idf = |df: f64| ((1.0 + n) / (1.0 + df)).ln() as f32 + 1.0;
        Self {
            matcher,
            idf: df.iter().map(|&d| idf(f64::from(d))).collect(),
            unseen_idf: idf(0.0),
            ids,
        }
    }

    /// The matcher whose knobs this model was fitted with.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// Number of distinct tokens seen when fitting.
    pub fn vocabulary_len(&self) -> usize {
        self.idf.len()
    }

    /// [`Model::vectorize`] plus the sentence's surface (every word, word bigrams and
    /// trigrams, character trigrams), which [`super::LearnedMatcher`] reads.
    pub fn vectorize_with_surface(&self, sentence: &str) -> Vector {
        let mut vector = self.vectorize(sentence);
        vector.surface = Some(std::sync::Arc::new(super::learned::Surface::of(sentence)));
        vector
    }

    /// Prepares a sentence for scoring. Tokens unseen when fitting get a hashed
    /// id and the highest weight, so any sentence can be vectorised.
    pub fn vectorize(&self, sentence: &str) -> Vector {
        let mut vector = Vector::default();
        let mut fuzzy_stems: Vec<(u32, String)> = Vec::new();
        for feature in features(sentence) {
            let term = match self.ids.get(feature.key.as_str()) {
                Some(&id) => Term {
                    id,
                    weight: self
                        .idf
                        .get(id as usize)
                        .copied()
                        .unwrap_or(self.unseen_idf),
                },
                None => Term {
                    id: UNSEEN | (fnv1a(feature.key.as_bytes()) as u32 & (UNSEEN - 1)),
                    weight: self.unseen_idf,
                },
            };
            vector.terms.push(term);
            match feature.kind {
                FeatureKind::Number => vector.numbers.push(term.id),
                _ if feature.name => vector.names.push(term.id),
                _ => {}
            }
            if feature.capitalised {
                fuzzy_stems.push((term.id, feature.key));
            }
        }
        vector.terms.sort_unstable_by_key(|t| t.id);
        vector.terms.dedup_by_key(|t| t.id);
        vector.total = vector.terms.iter().map(|t| f64::from(t.weight)).sum();
        for list in [&mut vector.numbers, &mut vector.names] {
            list.sort_unstable();
            list.dedup();
        }
        fuzzy_stems.sort_unstable();
        fuzzy_stems.dedup_by_key(|(id, _)| *id);
        for (id, stem) in fuzzy_stems {
            let Ok(index) = vector.terms.binary_search_by_key(&id, |t| t.id) else {
                continue;
            };
            let start = vector.text.len();
            vector.text.push_str(&stem);
            match u32::try_from(index)
                .ok()
                .and_then(|index| FuzzyKey::new(index, &vector.text, start))
            {
                Some(key) => vector.fuzzy.push(key),
                None => vector.text.truncate(start),
            }
        }
        vector
    }
}

/// FNV-1a: a fixed, platform-independent hash, so unseen tokens get the same
/// id in every run.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
