//! Find loaded words in a sentence: the terms whose choice frames an actor or event
//! (`warlord`, `freedom fighters`, `collateral damage`), each with its tone. The built-in
//! list is `data/lexicon.toml`; users add their own file in the same format.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Serialize;
use std::collections::BTreeMap;

/// The key of the optional table grouping terms and names by what they name.
const CONCEPTS: &str = "concepts";

/// The built-in lexicon, documented in its own header.
const DEFAULT_TOML: &str = include_str!("../../data/lexicon.toml");

/// How a term colours what it names: the findings' own tone, so that a lexicon hit becomes a
/// finding's label without conversion.
pub use crate::findings::Tone;

// The inherent methods live here, beside the file format they name, rather than in
// `findings`, which knows nothing of lexicon files.
impl Tone {
    /// The key naming this tone in a lexicon file.
    pub fn key(self) -> &'static str {
        match self {
            Tone::Pejorative => "pejorative",
            Tone::Legitimising => "legitimising",
            Tone::Euphemistic => "euphemistic",
            Tone::Neutral => "neutral",
        }
    }

    /// Every tone, in a fixed order (most loaded first, neutral last).
    pub const ALL: [Tone; 4] = [
        Tone::Pejorative,
        Tone::Legitimising,
        Tone::Euphemistic,
        Tone::Neutral,
    ];

    fn from_key(key: &str) -> Option<Tone> {
        Tone::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// One occurrence of a lexicon term in a sentence: `sentence[start..end]`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct LexiconHit<'l> {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// The entry's term (its first form), even when a variant matched.
    pub term: &'l str,
    /// The entry's tone.
    pub tone: Tone,
}

/// A set of loaded terms and a scanner over them.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Lowercased surface form -> (term, tone). A BTreeMap so the automaton is built in
    /// the same order every run.
    forms: BTreeMap<String, (String, Tone)>,
    /// Lowercased term, variant or name -> the concept it names (see `[concepts]` in
    /// `data/lexicon.toml`).
    concepts: BTreeMap<String, String>,
    patterns: Vec<String>,
    matcher: Option<AhoCorasick>,
}

impl Default for Lexicon {
    /// The built-in lexicon (`data/lexicon.toml`).
    fn default() -> Self {
        // The built-in file is checked by a unit test, so failure here is a build defect.
        Lexicon::from_toml(DEFAULT_TOML).unwrap_or_else(|_| Lexicon::empty())
    }
}

impl Lexicon {
    /// A lexicon with no terms.
    pub fn empty() -> Self {
        Lexicon {
            forms: BTreeMap::new(),
            concepts: BTreeMap::new(),
            patterns: Vec::new(),
            matcher: None,
        }
    }

    /// Read a lexicon in the format documented at the top of `data/lexicon.toml`.
    /// Errors name the line at fault.
    pub fn from_toml(text: &str) -> Result<Lexicon, String> {
        let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
            let line = e
                .span()
                .map(|s| line_of(text, s.start))
                .map_or(String::new(), |l| format!("line {l}: "));
            format!("{line}{}", e.message())
        })?;
        let mut lexicon = Lexicon::empty();
        for (key, value) in &table {
            let at = find_line(text, key);
            if key == CONCEPTS {
                lexicon.read_concepts(text, value, at)?;
                continue;
            }
            let tone = Tone::from_key(key).ok_or_else(|| {
                format!(
                    "line {at}: unknown tone `{key}` (expected pejorative, legitimising, euphemistic or neutral)"
                )
            })?;
            let entries = value
                .as_array()
                .ok_or_else(|| format!("line {at}: `{key}` must be an array of strings"))?;
            for entry in entries {
                let entry = entry
                    .as_str()
                    .ok_or_else(|| format!("line {at}: every entry of `{key}` must be a string"))?;
                let forms: Vec<&str> = entry
                    .split('|')
                    .map(str::trim)
                    .filter(|f| !f.is_empty())
                    .collect();
                let Some(term) = forms.first() else {
                    let line = find_line(text, entry);
                    return Err(format!("line {line}: empty entry in `{key}`"));
                };
                for form in &forms {
                    lexicon
                        .forms
                        .insert(fold(form), ((*term).to_string(), tone));
                }
            }
        }
        lexicon.rebuild();
        Ok(lexicon)
    }

    /// Add every entry of `other`; where both know a form, `other`'s tone (and concept)
    /// wins.
    pub fn extend(&mut self, other: Lexicon) {
        self.forms.extend(other.forms);
        self.concepts.extend(other.concepts);
        self.rebuild();
    }

    /// The concept a term, variant or name belongs to (case-insensitive): `the Zionist
    /// entity` and `Israel` both name `Israel`; `mercenaries` and `volunteers` both name
    /// `fighters recruited abroad`. A variant falls back on its entry's term.
    pub fn concept(&self, form: &str) -> Option<&str> {
        let folded = fold(form.trim_start_matches("the ").trim_start_matches("The "));
        self.concepts
            .get(&folded)
            .or_else(|| {
                let (term, _) = self.forms.get(&folded)?;
                self.concepts.get(&fold(term))
            })
            .map(String::as_str)
    }

    fn read_concepts(&mut self, text: &str, value: &toml::Value, at: usize) -> Result<(), String> {
        let table = value
            .as_table()
            .ok_or_else(|| format!("line {at}: `{CONCEPTS}` must be a table of arrays"))?;
        for (name, entries) in table {
            let line = find_line(text, name);
            let entries = entries.as_array().ok_or_else(|| {
                format!("line {line}: concept `{name}` must be an array of strings")
            })?;
            for entry in entries {
                let entry = entry.as_str().ok_or_else(|| {
                    format!("line {line}: every entry of concept `{name}` must be a string")
                })?;
                for form in entry.split('|').map(str::trim).filter(|f| !f.is_empty()) {
                    self.concepts.insert(fold(form), name.clone());
                }
            }
        }
        Ok(())
    }

    /// How many surface forms (terms and variants) the lexicon matches.
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    /// True when the lexicon has no terms.
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// The tone of a term or variant, if known (case-insensitive).
    pub fn tone(&self, form: &str) -> Option<Tone> {
        self.forms.get(&fold(form)).map(|(_, t)| *t)
    }

    /// Every lexicon term in `sentence`, left to right, not overlapping: whole words only,
    /// ignoring ASCII case, the longest term winning at each position.
    pub fn scan<'l>(&'l self, sentence: &str) -> Vec<LexiconHit<'l>> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        // Overlapping matches, so a term rejected for lying inside a longer word does not
        // hide a shorter one that stands alone at the same place.
        let mut candidates: Vec<(usize, usize, usize)> = matcher
            .find_overlapping_iter(sentence)
            .filter(|m| is_word_boundary(sentence, m.start(), m.end()))
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        candidates.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut hits = Vec::new();
        let mut covered = 0;
        for (start, end, pattern) in candidates {
            if start < covered {
                continue;
            }
            let Some((term, tone)) = self.patterns.get(pattern).and_then(|p| self.forms.get(p))
            else {
                continue;
            };
            hits.push(LexiconHit {
                start,
                end,
                term: term.as_str(),
                tone: *tone,
            });
            covered = end;
        }
        hits
    }

    fn rebuild(&mut self) {
        self.patterns = self.forms.keys().cloned().collect();
        self.matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&self.patterns)
            .ok();
    }
}

/// Lowercase and single-space a form so that a file's spelling of it does not matter.
fn fold(form: &str) -> String {
    form.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn is_word_boundary(sentence: &str, start: usize, end: usize) -> bool {
    // Matches come from ASCII-case-insensitive byte search on UTF-8 patterns, so they
    // start and end on character boundaries; checked anyway because the input is arbitrary.
    if !sentence.is_char_boundary(start) || !sentence.is_char_boundary(end) {
        return false;
    }
    let before = sentence[..start].chars().next_back();
    let after = sentence[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

fn line_of(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(1, |t| t.matches('\n').count() + 1)
}

/// The first line holding `needle` (for errors found after parsing, which has no spans).
fn find_line(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map_or(1, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(lexicon: &Lexicon, sentence: &str) -> Vec<(String, Tone)> {
        lexicon
            .scan(sentence)
            .iter()
            .map(|h| (sentence[h.start..h.end].to_string(), h.tone))
            .collect()
    }

    #[test]
    fn default_lexicon_parses_and_is_large() {
        Lexicon::from_toml(DEFAULT_TOML).expect("built-in lexicon parses");
        let lexicon = Lexicon::default();
        assert!(lexicon.len() >= 400, "only {} forms", lexicon.len());
        let entries: usize = DEFAULT_TOML
            .parse::<toml::Table>()
            .expect("toml")
            .values()
            .filter_map(|v| v.as_array())
            .map(Vec::len)
            .sum();
        assert!(entries >= 250, "only {entries} entries");
    }

    #[test]
    fn scans_whole_words_case_insensitively_longest_first() {
        let lexicon = Lexicon::default();
        let found = terms(
            &lexicon,
            "The Zionist entity backed the Warlords; militiamen and illegal aliens fled.",
        );
        assert_eq!(
            found,
            vec![
                ("Zionist entity".to_string(), Tone::Pejorative),
                ("Warlords".to_string(), Tone::Pejorative),
                ("militiamen".to_string(), Tone::Pejorative),
                ("illegal aliens".to_string(), Tone::Pejorative),
            ]
        );
        // Inside a longer word is not a hit.
        assert!(terms(&lexicon, "Regimental colours and riotous colour.").is_empty());
    }

    #[test]
    fn variants_report_their_term() {
        let lexicon = Lexicon::default();
        let hits = lexicon.scan("Mercenaries and internationally recognized rulers.");
        assert_eq!(hits[0].term, "mercenary");
        assert_eq!(hits[1].term, "internationally recognised");
        assert_eq!(hits[1].tone, Tone::Legitimising);
    }

    #[test]
    fn euphemisms_and_legitimising_terms() {
        let lexicon = Lexicon::default();
        let found = terms(
            &lexicon,
            "Officials called the dead collateral damage; freedom fighters were neutralised.",
        );
        let tones: Vec<Tone> = found.iter().map(|f| f.1).collect();
        assert!(found.contains(&("collateral damage".to_string(), Tone::Euphemistic)));
        assert!(found.contains(&("freedom fighters".to_string(), Tone::Legitimising)));
        assert!(found.contains(&("neutralised".to_string(), Tone::Euphemistic)));
        assert!(tones.contains(&Tone::Neutral));
    }

    #[test]
    fn user_file_extends_and_overrides() {
        let mut lexicon = Lexicon::default();
        let user = Lexicon::from_toml(
            "# mine\nneutral = [\"regime | regimes\"]\npejorative = [\"junk bond\"]\n",
        )
        .expect("parses");
        lexicon.extend(user);
        assert_eq!(lexicon.tone("Regime"), Some(Tone::Neutral));
        assert_eq!(lexicon.tone("junk bond"), Some(Tone::Pejorative));
        assert_eq!(lexicon.tone("warlord"), Some(Tone::Pejorative));
    }

    #[test]
    fn errors_name_the_line() {
        let err = Lexicon::from_toml("neutral = [\"a\"]\nangry = [\"b\"]\n").unwrap_err();
        assert!(err.starts_with("line 2:"), "{err}");
        assert!(err.contains("angry"), "{err}");
        let err = Lexicon::from_toml("neutral = [\"a\"]\npejorative = [\"b\"\n").unwrap_err();
        assert!(err.starts_with("line "), "{err}");
        let err = Lexicon::from_toml("\n\nneutral = [1]\n").unwrap_err();
        assert!(err.starts_with("line 3:"), "{err}");
        let err = Lexicon::from_toml("neutral = [\" | \"]\n").unwrap_err();
        assert!(err.contains("empty entry"), "{err}");
    }

    #[test]
    fn concepts_group_terms_and_names() {
        let lexicon = Lexicon::default();
        assert_eq!(lexicon.concept("the Zionist entity"), Some("Israel"));
        assert_eq!(lexicon.concept("Israel"), Some("Israel"));
        assert_eq!(
            lexicon.concept("mercenaries"),
            lexicon.concept("Volunteers")
        );
        assert!(lexicon.concept("mercenaries").is_some());
        assert_eq!(lexicon.concept("rioters"), lexicon.concept("protesters"));
        assert_eq!(lexicon.concept("fighters"), None);
        let user = Lexicon::from_toml(
            "neutral = [\"unhoused\"]\n[concepts]\n\"people without homes\" = [\"unhoused | homeless\"]\n",
        )
        .expect("parses");
        assert_eq!(user.concept("homeless"), Some("people without homes"));
        let err = Lexicon::from_toml("neutral = [\"a\"]\n[concepts]\nx = 3\n").unwrap_err();
        assert!(err.starts_with("line 3:"), "{err}");
    }

    #[test]
    fn empty_lexicon_finds_nothing() {
        assert!(Lexicon::empty().scan("warlord").is_empty());
        assert!(Lexicon::empty().is_empty());
    }
}
