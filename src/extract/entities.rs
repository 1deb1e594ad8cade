//! Find who and what a sentence names (people, organisations, places, groups) and tie the
//! different spellings of one referent together across a corpus, so that later stages can
//! compare what each outlet calls the same actor.
//!
//! ```
//! use crosscheck::extract::entities::{mentions, AliasTable, MentionKind};
//!
//! let s1 = "Gen. Khalifa Haftar met the Government of National Accord (GNA).";
//! let s2 = "Haftar’s forces attacked the GNA.";
//! let m1 = mentions(s1);
//! assert_eq!(m1[0].text, "Khalifa Haftar");
//! assert_eq!(m1[0].kind, MentionKind::Person);
//! assert_eq!(&s1[m1[0].title.clone().unwrap()], "Gen.");
//! let m2 = mentions(s2);
//! let table = AliasTable::build([m1.as_slice(), m2.as_slice()]);
//! let haftar = table.resolve("Haftar").unwrap();
//! assert_eq!(table.canonical(haftar), "Khalifa Haftar");
//! let gna = table.resolve("GNA").unwrap();
//! assert_eq!(table.canonical(gna), "Government of National Accord");
//! ```

mod alias;
mod names;
mod reader;
pub(crate) mod tokens;

pub use alias::{AliasTable, AliasTableBuilder, Referent, ReferentId};
pub use reader::mentions;

use serde::Serialize;
use std::ops::Range;

/// What sort of thing a [`Mention`] names: a guess from the words in and around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    /// A person: has a title, or a personal name shape.
    Person,
    /// An organisation: `Ministry of Defence`, `Demiröen News Agency`.
    Org,
    /// A place: `Deir el-Zour`, or a name after `in`, `near`.
    Place,
    /// A group of people: `Syrians`, a nationality adjective (`Libyan fighters`),
    /// an armed unit (`Al-Quds Brigade`).
    Group,
    /// Nothing in the sentence tells.
    Unknown,
}

/// One name in a sentence: `sentence[start..end]`, without its title or possessive ending.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Mention {
    /// Byte offset of the first character of the name.
    pub start: usize,
    /// Byte offset one past the last character of the name.
    pub end: usize,
    /// The name as written (`Khalifa Haftar` in `Gen. Khalifa Haftar’s forces`).
    pub text: String,
    /// The guessed kind.
    pub kind: MentionKind,
    /// The title written directly before the name (`Gen.`, `Field Marshal`), as byte
    /// offsets in the sentence.
    pub title: Option<Range<usize>>,
    /// The name carried a possessive ending (`Haftar’s`).
    pub possessive: bool,
    /// For an acronym defined in parentheses (`Government of National Accord (GNA)`):
    /// the index, in the same sentence's mentions, of the name it abbreviates.
    pub expansion: Option<usize>,
}

impl Mention {
    /// True when the name is an acronym (`GNA`, `HoR`, `U.S.`).
    pub fn is_acronym(&self) -> bool {
        names::is_acronym(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::labels::labels;
    use crate::extract::lexicon::Lexicon;
    use proptest::prelude::*;

    fn valid(sentence: &str, start: usize, end: usize) -> bool {
        start <= end
            && end <= sentence.len()
            && sentence.is_char_boundary(start)
            && sentence.is_char_boundary(end)
    }

    proptest! {
        #[test]
        fn readers_never_panic_and_spans_are_valid(sentence in "\\PC{0,120}") {
            check(&sentence)?;
        }

        #[test]
        fn readers_hold_on_name_like_text(
            sentence in "([A-Z][a-z]{0,6}|al-[A-Z][a-z]{1,4}|of|the|Gen\\.|’s|\\(|\\)|“|”|,|[a-z]{1,5}|[A-Z]{2,4}| ){0,25}"
        ) {
            check(&sentence)?;
        }
    }

    fn check(sentence: &str) -> Result<(), TestCaseError> {
        let found = mentions(sentence);
        for m in &found {
            prop_assert!(valid(sentence, m.start, m.end));
            prop_assert_eq!(&sentence[m.start..m.end], m.text.as_str());
            if let Some(t) = &m.title {
                prop_assert!(valid(sentence, t.start, t.end));
            }
            if let Some(e) = m.expansion {
                prop_assert!(e < found.len());
            }
        }
        for l in labels(sentence, &found) {
            prop_assert!(valid(sentence, l.start, l.end));
            prop_assert_eq!(&sentence[l.start..l.end], l.text.as_str());
            prop_assert!(l.mention.is_none_or(|i| i < found.len()));
        }
        let lexicon = Lexicon::default();
        for h in lexicon.scan(sentence) {
            prop_assert!(valid(sentence, h.start, h.end));
        }
        let table = AliasTable::build([found.as_slice()]);
        for m in &found {
            prop_assert!(table.resolve(&m.text).is_some());
        }
        Ok(())
    }

    #[test]
    fn seed_zionist_entity_against_israel() {
        // Seed framing f4, sentences verbatim from seeds 000 and 003.
        let s000 = "The suspicious meeting that took place in Libya reveals the extent of the interdependence of parties working to inflame the international situation and pour oil on the fire in various regions of the world, and the extent of interdependence between the parties present to create crises, and confirms the validity of the information that Echorouk spoke about a visit made by Saddam Haftar, son of Major General Khalifa, to the country of the zionist occupation last November, during which he met with Zionist intelligence officials, and reports indicated that Haftar, the father and son, are seeking military and diplomatic assistance from the Zionist entity.";
        let s003 = "Algeria worried from cooperation between Haftar and Israel";
        let lexicon = Lexicon::default();
        let hits = lexicon.scan(s000);
        assert!(hits
            .iter()
            .any(|h| &s000[h.start..h.end] == "Zionist entity"
                && h.tone == crate::extract::lexicon::Tone::Pejorative));
        assert!(hits
            .iter()
            .any(|h| &s000[h.start..h.end] == "zionist occupation"));
        let m = mentions(s003);
        assert!(m.iter().any(|m| m.text == "Israel"));
        assert!(lexicon.scan(s003).is_empty());
        // `Saddam Haftar` and the bare `Khalifa` of this sentence resolve apart.
        let m000 = mentions(s000);
        let table = AliasTable::build([m000.as_slice(), m.as_slice()]);
        assert_ne!(table.resolve("Saddam Haftar"), table.resolve("Khalifa"));
    }
}
