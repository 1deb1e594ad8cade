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
