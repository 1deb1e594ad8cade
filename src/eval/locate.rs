//! Finding gold texts among the documents' sentences.

use std::collections::BTreeSet;

use crate::findings::Findings;

/// A sentence: document id and index.
pub(super) type Key = (String, usize);

/// Looks gold texts up in the documents of a run, remembering those it cannot place.
pub(super) struct Locator<'a> {
    findings: &'a Findings,
    missing: BTreeSet<String>,
}

/// Folds quotes, dashes, case and white space so that copied text matches.
pub(super) fn fold(s: &str) -> String {
    let mapped: String = s
        .chars()
        .map(|c| match c {
            '“' | '”' | '„' | '«' | '»' => '"',
            '‘' | '’' | '`' => '\'',
            '–' | '—' => '-',
            '\u{a0}' => ' ',
            c => c,
        })
        .collect();
    mapped
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A label from the tool and one from the gold file name the same words: equal, or the
/// gold label inside the tool's (`Libyan warlord` carries `warlord`), once quotes,
/// parenthetical notes (`(in scare quotes)`) and a leading `the` are gone. The other way
/// round would let a bare `forces` match `GNA forces`.
pub(super) fn labels_match(tool: &str, gold: &str) -> bool {
    let clean = |s: &str| {
        let without_note = match (s.find('('), s.rfind(')')) {
            (Some(a), Some(b)) if a < b => format!("{}{}", &s[..a], &s[b + 1..]),
            _ => s.to_string(),
        };
        fold(&without_note)
            .trim_matches(|c: char| !c.is_alphanumeric())
            .trim_start_matches("the ")
            .to_string()
    };
    let (t, g) = (clean(tool), clean(gold));
    let words_in = |hay: &str, needle: &str| format!(" {hay} ").contains(&format!(" {needle} "));
    !t.is_empty() && !g.is_empty() && (t == g || words_in(&t, &g))
}

impl<'a> Locator<'a> {
    pub(super) fn new(findings: &'a Findings) -> Locator<'a> {
        Locator {
            findings,
            missing: BTreeSet::new(),
        }
    }

    /// Whether a gold document name (`000_x.txt`) names the document with id `id`.
    pub(super) fn same_doc(&self, gold_doc: &str, id: &str) -> bool {
        gold_doc == id
            || std::path::Path::new(gold_doc)
                .file_stem()
                .is_some_and(|s| s == id)
            || self.findings.documents.iter().any(|d| {
                d.id == id
                    && std::path::Path::new(&d.path)
                        .file_name()
                        .is_some_and(|n| n == gold_doc)
            })
    }

    /// The sentence holding `text` in document `doc`.
    pub(super) fn key(&mut self, doc: &str, text: &str) -> Option<Key> {
        let want = fold(text);
        let want = want.trim_end_matches(['.', '"', '\'']);
        for d in &self.findings.documents {
            if !self.same_doc(doc, &d.id) {
                continue;
            }
            if let Some(i) = d
                .sentences
                .iter()
                .position(|s| fold(&s.text).contains(want))
            {
                return Some((d.id.clone(), i));
            }
        }
        self.missing.insert(format!("{doc}: {text}"));
        None
    }

    /// The sentences of several gold texts (those found).
    pub(super) fn keys<'t>(
        &mut self,
        texts: impl Iterator<Item = (&'t String, &'t String)>,
    ) -> BTreeSet<Key> {
        texts
            .filter_map(|(doc, text)| self.key(doc, text))
            .collect()
    }

    /// Gold texts that matched no sentence.
    pub(super) fn unlocated(&self) -> Vec<String> {
        self.missing.iter().cloned().collect()
    }
}
