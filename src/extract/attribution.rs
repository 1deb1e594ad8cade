//! Who a sentence is attributed to: `X said`, `according to X`, `quoted X as saying`,
//! `citing X`, anonymous sources and impersonal passives. The outlet's own voice is `None`.
//!
//! The reader is rule-based and sentence-local. It finds a speech verb (or `according to`,
//! `citing`, `quoted ... as saying`), then the noun phrase that speaks: walking left to the
//! verb's subject over appositives (`Amar Belani, the special envoy ..., warned`) and relative
//! clauses (`a source who asked not to be named said`), or right after an inverted verb
//! (`..., says Turkiye`). A phrase only counts as a speaker if it has a name, a pronoun, or a
//! head noun that can speak (`officials`, `the ministry`, `a report`), so `the meeting
//! reveals` is not attribution.
//!
//! Pronouns (`He said nothing would change`) are returned as the source `He`: the sentence
//! *is* attributed, to someone named elsewhere. [`Attribution::is_reference`] flags them and
//! definite back-references (`the source`, `the newspaper`); [`read_in_context`] resolves them
//! against the previous sentence's attribution.

mod lexicon;
mod phrase;
mod reader;
#[cfg(test)]
mod tests;
mod tokens;

use serde::Serialize;

/// Who a sentence's content is attributed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attribution {
    /// The speaker as written, trimmed, titles and descriptors kept: `Ukrainian Foreign
    /// Minister Dmytro Kuleba`, `well-informed sources`, `He`. For `a report by X said` it is
    /// the author `X`. Empty for an impersonal passive (`it was reported that`) or
    /// `reportedly`, where no speaker is written.
    pub source: String,
    /// The outlet or speaker relaying the source: `The Times` in `The Times quoted X as
    /// saying`, `Naher` in `a report by Naher said, citing a security source`, the addressee
    /// in `sources told Echorouk`, the partner in `in an interview with Arabi21`.
    pub via: Option<String>,
    /// The speaker is not named: `a source`, `diplomats`, `officials who spoke on condition of
    /// anonymity`, `a report`, impersonal passives.
    pub anonymous: bool,
    /// The words that mark the attribution: `said`, `according to`, `citing`,
    /// `quoted ... as saying`, `report by ... said`, `it was reported`.
    pub cue: String,
    /// Byte offset of the speaker in the sentence. Unless `reference` is set,
    /// `sentence[start..end] == source`.
    pub start: usize,
    /// Byte offset one past the speaker.
    pub end: usize,
    /// Set by [`read_in_context`] when the speaker was a back-reference (`He`, `the source`)
    /// resolved to the previous attribution: the back-reference as written, which is what
    /// `start..end` then covers.
    pub reference: Option<String>,
}

impl Attribution {
    /// Whether the source points back to a speaker named elsewhere: a pronoun (`he`, `they`,
    /// `it`) or a definite phrase whose head is a common noun (`the source`, `The Libyan
    /// expert`, `the newspaper`), as opposed to a name (`The Times`, `the Ministry of
    /// Defence`).
    pub fn is_reference(&self) -> bool {
        reader::is_reference(&self.source)
    }

    /// One line for tables: `Dmytro Kuleba via The Times`, `a source (anonymous)`,
    /// `unnamed (it was reported)`.
    pub fn display(&self) -> String {
        let mut out = if self.source.is_empty() {
            format!("unnamed ({})", self.cue)
        } else {
            self.source.clone()
        };
        if let Some(via) = &self.via {
            out.push_str(" via ");
            out.push_str(via);
        }
        if self.anonymous && !self.source.is_empty() {
            out.push_str(" (anonymous)");
        }
        out
    }
}

/// The attribution of `sentence`, if it reports someone else's words.
pub fn read(sentence: &str) -> Option<Attribution> {
    reader::read(sentence)
}

/// Like [`read`], but resolves a back-reference (`According to the source, ...`, `He added`,
/// `The sources confirmed`) to `previous`, the attribution in force before this sentence
/// (the caller may carry it over sentences without one). A pronoun always resolves; a
/// definite phrase resolves when its head noun occurs in the previous source, relay or cue
/// (`the source` after `a security source`), or is `source(s)` after an anonymous source.
/// A neuter `it` after a relayed attribution resolves to the relay (`The Telegraph said,
/// citing a report. ... it said` means The Telegraph).
pub fn read_in_context(sentence: &str, previous: Option<&Attribution>) -> Option<Attribution> {
    let current = read(sentence)?;
    let Some(previous) = previous else {
        return Some(current);
    };
    if !current.is_reference() || previous.source.is_empty() {
        return Some(current);
    }
    if !reader::refers_to(&current.source, previous) {
        return Some(current);
    }
    // `it said` after `The Telegraph said, citing a report`: a neuter pronoun continues the
    // relaying outlet's voice rather than the document it cited.
    if current.source.eq_ignore_ascii_case("it") {
        if let Some(via) = &previous.via {
            return Some(Attribution {
                source: via.clone(),
                via: None,
                anonymous: false,
                reference: Some(current.source.clone()),
                ..current
            });
        }
    }
    Some(Attribution {
        source: previous.source.clone(),
        via: current.via.clone().or_else(|| previous.via.clone()),
        anonymous: previous.anonymous,
        reference: Some(current.source.clone()),
        ..current
    })
}
