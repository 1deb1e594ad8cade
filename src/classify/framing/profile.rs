//! Each outlet's use of loaded words: lexicon terms per 1,000 words, by tone.

use std::collections::BTreeMap;

use crate::extract::lexicon::{Lexicon, Tone};
use crate::findings::DocumentInfo;

/// How often one outlet uses the lexicon's terms.
#[derive(Debug, Clone, PartialEq)]
pub struct OutletProfile {
    /// The outlet.
    pub outlet: String,
    /// Its documents.
    pub documents: usize,
    /// Words in its sentences.
    pub words: usize,
    /// Lexicon hits by tone, in the order of [`Tone::ALL`] (neutral counterparts too, so
    /// that a choice can be read against its plain alternative).
    pub counts: [usize; 4],
}

impl OutletProfile {
    /// Hits of `tone` per 1,000 words.
    pub fn per_thousand(&self, tone: Tone) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        1000.0 * self.count(tone) as f64 / self.words as f64
    }

    /// Hits of `tone`.
    pub fn count(&self, tone: Tone) -> usize {
        Tone::ALL
            .iter()
            .position(|t| *t == tone)
            .and_then(|i| self.counts.get(i))
            .copied()
            .unwrap_or(0)
    }
}

/// One profile per outlet of `documents`, sorted by outlet.
pub fn profiles(documents: &[DocumentInfo], lexicon: &Lexicon) -> Vec<OutletProfile> {
    let mut by_outlet: BTreeMap<&str, OutletProfile> = BTreeMap::new();
    for d in documents {
        let p = by_outlet.entry(&d.outlet).or_insert_with(|| OutletProfile {
            outlet: d.outlet.clone(),
            documents: 0,
            words: 0,
            counts: [0; 4],
        });
        p.documents += 1;
        for s in &d.sentences {
            p.words += s.text.split_whitespace().count();
            for hit in lexicon.scan(&s.text) {
                if let Some(i) = Tone::ALL.iter().position(|t| *t == hit.tone) {
                    p.counts[i] += 1;
                }
            }
        }
    }
    by_outlet.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::SentenceInfo;

    fn doc(outlet: &str, text: &str) -> DocumentInfo {
        DocumentInfo {
            id: outlet.into(),
            path: String::new(),
            outlet: outlet.into(),
            country: None,
            date: None,
            url: None,
            topic: None,
            sentences: vec![SentenceInfo {
                start: 0,
                end: text.len(),
                text: text.into(),
                source: None,
            }],
        }
    }

    #[test]
    fn counts_per_thousand_words_by_tone() {
        let docs = [
            doc("B", "The regime sent thugs against the protesters today."),
            doc("A", "Police met the crowd."),
            doc("B", "Nothing here."),
        ];
        let p = profiles(&docs, &Lexicon::default());
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].outlet, "A");
        assert_eq!(p[1].documents, 2);
        assert_eq!(p[1].words, 10);
        assert_eq!(p[1].count(Tone::Pejorative), 2);
        assert_eq!(p[1].count(Tone::Neutral), 1);
        assert!((p[1].per_thousand(Tone::Pejorative) - 200.0).abs() < 1e-9);
        assert_eq!(p[0].per_thousand(Tone::Legitimising), 0.0);
    }
}
