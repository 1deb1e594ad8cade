//! Read the words an outlet uses to name or qualify each actor in a sentence: titles and
//! premodifiers (`retired Major General`), appositives (`X, the commander of ...`), group
//! nouns (`Haftar’s forces`), predicates (`described X as moody`) and scare quotes
//! (`Libyan “volunteers”`). The framing stage compares these across outlets.
//!
//! ```
//! use crosscheck::extract::{entities::mentions, labels::{labels, LabelForm}};
//!
//! let s = "Fighters of Libyan warlord Haftar joined retired Major General Ali Musa.";
//! let m = mentions(s);
//! let found = labels(s, &m);
//! assert!(found.iter().any(|l| l.text == "warlord" && l.form == LabelForm::Premodifier));
//! assert!(found.iter().any(|l| l.text == "retired Major General"));
//! ```

mod around;
mod predicate;

use crate::extract::entities::tokens::{tokenise, Token};
use crate::extract::entities::Mention;
use serde::Serialize;

/// How a label attaches to its mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LabelForm {
    /// A title alone before the name: `Gen.`, `Field Marshal`.
    Title,
    /// Words before the name, with or without a title: `retired Major General`,
    /// `eastern military chief`, `putschist Gen.`.
    Premodifier,
    /// A noun phrase set off by commas, after or before the name: `X, the commander of
    /// ...`; `the commander of the army, General X`.
    Appositive,
    /// The people or forces around the actor: `Haftar militias`, `Haftar’s forces`,
    /// `the illegitimate forces of X`.
    Group,
    /// What the sentence says the actor is: `X is a ...`, `called X a ...`,
    /// `described X as ...`.
    Predicate,
    /// A short phrase in quotation marks that distances the writer from the word:
    /// `“volunteers”`.
    ScareQuote,
}

/// One label: `sentence[start..end]`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Label {
    /// Index of the labelled mention in the slice given to [`labels`]; `None` for a scare
    /// quote not next to any name.
    pub mention: Option<usize>,
    /// The label as written.
    pub text: String,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// How it attaches.
    pub form: LabelForm,
    /// The label is in quotation marks (always true for [`LabelForm::ScareQuote`]).
    pub scare_quoted: bool,
}

/// The sentence's words and where each mention sits among them.
pub(crate) struct Context<'s> {
    pub sentence: &'s str,
    pub tokens: Vec<Token<'s>>,
}

impl<'s> Context<'s> {
    /// Token range `[first, last]` covered by `start..end`, if any.
    pub fn token_span(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let first = self.tokens.iter().position(|t| t.end > start)?;
        let last = self.tokens.iter().rposition(|t| t.start < end)?;
        (first <= last).then_some((first, last))
    }

    /// The text between two tokens, if both exist.
    pub fn gap(&self, left: usize, right: usize) -> Option<&'s str> {
        let (l, r) = (self.tokens.get(left)?, self.tokens.get(right)?);
        self.sentence.get(l.end..r.start)
    }

    /// Only white space between two neighbouring tokens.
    pub fn tight(&self, left: usize, right: usize) -> bool {
        self.gap(left, right)
            .is_some_and(|g| g.chars().all(char::is_whitespace))
    }

    /// Make a label over tokens `[first, last]`.
    pub fn label(
        &self,
        mention: Option<usize>,
        first: usize,
        last: usize,
        form: LabelForm,
    ) -> Option<Label> {
        let (a, b) = (self.tokens.get(first)?, self.tokens.get(last)?);
        let text = self.sentence.get(a.start..b.end)?;
        Some(Label {
            mention,
            text: text.to_string(),
            start: a.start,
            end: b.end,
            form,
            scare_quoted: false,
        })
    }
}

/// Every label of every mention in `sentence`; `mentions` are the sentence's mentions
/// (from [`crate::extract::entities::mentions`]). Sorted by position.
pub fn labels(sentence: &str, mentions: &[Mention]) -> Vec<Label> {
    let context = Context {
        sentence,
        tokens: tokenise(sentence),
    };
    let mut out = Vec::new();
    for (index, mention) in mentions.iter().enumerate() {
        let Some((first, last)) = context.token_span(mention.start, mention.end) else {
            continue;
        };
        let lead = mention
            .title
            .as_ref()
            .and_then(|t| context.token_span(t.start, t.end))
            .map_or(first, |t| t.0);
        let before = around::premodifiers(&context, index, mention, lead, first, &mut out);
        around::appositive_after(&context, index, last, &mut out);
        around::appositive_before(&context, index, before, &mut out);
        around::group_after(&context, index, last, &mut out);
        around::group_before(&context, index, before, &mut out);
        predicate::predicates(&context, index, first, last, &mut out);
    }
    predicate::scare_quotes(&context, mentions, &mut out);
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::entities::mentions;

    /// (label text, form, labelled mention text) for every label of `sentence`.
    fn read(sentence: &str) -> Vec<(String, LabelForm, String)> {
        let m = mentions(sentence);
        labels(sentence, &m)
            .into_iter()
            .map(|l| {
                let who = l.mention.map_or(String::new(), |i| m[i].text.clone());
                (l.text, l.form, who)
            })
            .collect()
    }

    fn has(sentence: &str, text: &str, form: LabelForm, who: &str) {
        let found = read(sentence);
        assert!(
            found.contains(&(text.to_string(), form, who.to_string())),
            "{text:?} {form:?} of {who:?} not in {found:?}\n{sentence}"
        );
    }

    // Seed sentences, verbatim from /work/shared/seeds (gold framing f1).
    const S000_FIELD_MARSHAL: &str = "Previously, in January, a report published by the Hebrew newspaper “Jerusalem Post” said that a private plane owned by the commander of the Libyan army, Field Marshal Khalifa Haftar, had landed in the zionist country for hours.";
    const S001_RETIRED: &str = "The Ukrainian Ministry of Defence said that retired Major General Khalifa Haftar agreed, during his visit to Moscow, to send Libyan “volunteers” to Ukraine to participate “in combat in Russia’s ranks.";
    const S003_HOR: &str = "Algeria has sent a strong warning to the commander of the army of the House of Representatives (HoR), General Khalifa Haftar, pointing that it can turn over the balance of power on the ground when it is necessary.";
    const S004_WARLORD: &str = "A group of Syrians turned down a job opportunity last week after discovering that it entailed fighting alongside the ranks of the illegitimate forces of Libyan warlord Haftar in the east of Libya, Demiröen News Agency (DHA) reported Saturday.";
    const S002_MILITIAS: &str = "And the Russian presence in the aggression against Tripoli emerged last November when international agencies and newspapers reported that Russian mercenaries were supporting Haftar militias in the fighting south of Tripoli, which called on the US State Department to warn of the danger of the Russian to the interests of Western countries in the region.";
    const S002_SYRIAN: &str = "Support this time differed from its predecessor, and Russia began to send more Syrian mercenaries, fearing a thunderous fall for Haftar and his militia at any time after it showed a clear fragility in the face of the army forces in recent battles.";

    #[test]
    fn seed_titles_of_one_actor() {
        use LabelForm::*;
        has(S000_FIELD_MARSHAL, "Field Marshal", Title, "Khalifa Haftar");
        has(
            S000_FIELD_MARSHAL,
            "commander of the Libyan army",
            Appositive,
            "Khalifa Haftar",
        );
        has(
            S001_RETIRED,
            "retired Major General",
            Premodifier,
            "Khalifa Haftar",
        );
        has(S003_HOR, "General", Title, "Khalifa Haftar");
        has(
            S003_HOR,
            "commander of the army of the House of Representatives",
            Appositive,
            "Khalifa Haftar",
        );
        has(S004_WARLORD, "warlord", Premodifier, "Haftar");
        has(S004_WARLORD, "illegitimate forces", Group, "Haftar");
        has(S002_MILITIAS, "militias", Group, "Haftar");
    }

    #[test]
    fn seed_putschist_title_across_a_line_break() {
        // Seed 004 breaks the line after the abbreviated title.
        let s = "Russia has started recruiting young fighters in eastern Syria, including some from the Al-Quds Brigade, to join putschist Gen.\nKhalifa Haftar’s forces.";
        has(
            s,
            "putschist Gen.",
            LabelForm::Premodifier,
            "Khalifa Haftar",
        );
        has(s, "forces", LabelForm::Group, "Khalifa Haftar");
    }

    #[test]
    fn seed_volunteers_in_scare_quotes_and_mercenaries() {
        let m = mentions(S001_RETIRED);
        let found = labels(S001_RETIRED, &m);
        let volunteers = found
            .iter()
            .find(|l| l.text == "volunteers")
            .expect("volunteers");
        assert!(volunteers.scare_quoted);
        assert_eq!(m[volunteers.mention.expect("attached")].text, "Libyan");
        has(S002_SYRIAN, "mercenaries", LabelForm::Group, "Syrian");
        // A quotation of speech is not a scare quote.
        assert!(!found.iter().any(|l| l.text.starts_with("in combat")));
    }

    #[test]
    fn appositives_predicates_and_groups() {
        use LabelForm::*;
        has(
            "Omar Bashir, the former leader of Sudan, was jailed.",
            "former leader of Sudan",
            Appositive,
            "Omar Bashir",
        );
        has(
            "Critics described Jair Bolsonaro as reckless.",
            "reckless",
            Predicate,
            "Jair Bolsonaro",
        );
        has(
            "The opposition called Nicolas Maduro a dictator.",
            "dictator",
            Predicate,
            "Nicolas Maduro",
        );
        has(
            "Abiy Ahmed is a Nobel laureate.",
            "Nobel laureate",
            Predicate,
            "Abiy Ahmed",
        );
        has(
            "Shells hit positions held by forces loyal to Bashar al-Assad.",
            "forces",
            Group,
            "Bashar al-Assad",
        );
        has(
            "The late dictator Muammar Gaddafi ruled for decades.",
            "late dictator",
            Premodifier,
            "Muammar Gaddafi",
        );
    }

    #[test]
    fn verbs_before_a_name_are_not_premodifiers() {
        let found = read("Rebels attacked Mogadishu and besieged Kismayo.");
        assert!(
            found.iter().all(|l| l.1 != LabelForm::Premodifier),
            "{found:?}"
        );
    }
}
