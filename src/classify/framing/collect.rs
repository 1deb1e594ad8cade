//! Read every sentence of a topic into label uses: who or what each label is about, in
//! which outlet, with which tone.

use std::sync::LazyLock;

use regex::Regex;

use super::{Key, Sentence};
use crate::extract::entities::{mentions, AliasTable, Mention, MentionKind};
use crate::extract::labels::{labels, Label, LabelForm};
use crate::extract::lexicon::{Lexicon, LexiconHit, Tone};

/// One label used by one outlet for one referent, in one sentence.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Use {
    pub key: Key,
    pub outlet: String,
    pub doc: String,
    pub sentence: usize,
    pub label: String,
    pub tone: Tone,
    /// Says what the referent is (a title, an appositive, a loaded term), as opposed to a
    /// plain group noun (`forces`) or a plain name.
    pub descriptive: bool,
}

/// `the commander of X`, `head of X`: X is the body the named person leads, hence part of
/// that person's side. Role nouns of leadership only: an envoy *of* a ministry does not
/// lead it.
static LEADS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:the\s+)?(?:[\w-]+\s+)?(?:commander|commander-in-chief|head|leader|chief|chairman|chairwoman|chair|president|founder|ruler)\s+of\s+(.+)$",
    )
    .expect("valid regex")
});

/// Every label use in `sentences` (one topic). Names are resolved across the whole topic.
pub(super) fn collect(sentences: &[Sentence<'_>], lexicon: &Lexicon) -> Vec<Use> {
    let read: Vec<Vec<Mention>> = sentences.iter().map(|s| mentions(s.text)).collect();
    let table = AliasTable::build(read.iter().map(Vec::as_slice));
    let mut out = Vec::new();
    for (s, found) in sentences.iter().zip(&read) {
        let reader = Reader {
            sentence: s,
            lexicon,
            table: &table,
            mentions: found,
            hits: lexicon.scan(s.text),
        };
        reader.read(&mut out);
    }
    out.sort();
    out
}

struct Reader<'a, 's> {
    sentence: &'a Sentence<'s>,
    lexicon: &'a Lexicon,
    table: &'a AliasTable,
    mentions: &'a [Mention],
    hits: Vec<LexiconHit<'a>>,
}

impl Reader<'_, '_> {
    fn read(&self, out: &mut Vec<Use>) {
        let text = self.sentence.text;
        let mut used = vec![false; self.hits.len()];
        for label in labels(text, self.mentions) {
            if is_honorific(&label.text) {
                continue;
            }
            let inside: Vec<usize> = (0..self.hits.len())
                .filter(|&i| overlaps(&self.hits[i], label.start, label.end))
                .collect();
            for &i in &inside {
                used[i] = true;
            }
            let tone = self.tone(&label, &inside);
            let concept = inside
                .iter()
                .find_map(|&i| self.lexicon.concept(self.hits[i].term));
            let shown = shown(&label);
            let mention = label.mention.and_then(|i| self.mentions.get(i));
            let Some(mention) = mention else {
                if let Some(c) = concept {
                    out.push(self.make(Key::Concept(c.into()), shown, tone, true));
                }
                continue;
            };
            let (name, kind) = self.resolve(mention);
            let actor = match self.lexicon.concept(&name) {
                Some(c) => Key::Concept(c.into()),
                None => Key::Actor(name.clone()),
            };
            match label.form {
                LabelForm::Group => {
                    // `Syrian mercenaries`, `Libyan “volunteers”`: the loaded noun says
                    // what the group is; the nationality only says where it comes from.
                    let actor_like = matches!(kind, MentionKind::Person | MentionKind::Org);
                    if let (Some(c), false) = (concept, actor_like) {
                        let with_origin = self.with_origin(mention, &label, &shown);
                        out.push(self.make(Key::Concept(c.into()), with_origin, tone, true));
                    } else if !matches!(kind, MentionKind::Group | MentionKind::Place) {
                        // A nationality or a place has no one side: `Libyan army` is one
                        // faction to one outlet and its enemy to another, so group nouns
                        // after such words are not pooled.
                        let loaded = tone != Tone::Neutral || label.scare_quoted;
                        out.push(self.make(Key::Side(name), shown, tone, loaded));
                    }
                }
                LabelForm::Appositive => {
                    if let Some(body) = LEADS.captures(&label.text).and_then(|c| c.get(1)) {
                        let body_tone = self.tone_of_text(body.as_str());
                        out.push(self.make(
                            Key::Side(name.clone()),
                            body.as_str().to_string(),
                            body_tone,
                            true,
                        ));
                    }
                    out.push(self.make(actor, shown, tone, true));
                }
                // `the capital`, `eastern`: a place is described, not framed, unless
                // the words are loaded.
                _ if kind == MentionKind::Place && tone == Tone::Neutral => {}
                _ => out.push(self.make(actor, shown, tone, true)),
            }
        }
        for (i, hit) in self.hits.iter().enumerate() {
            if used[i] {
                continue;
            }
            let Some(c) = self.lexicon.concept(hit.term) else {
                continue;
            };
            let Some(surface) = text.get(hit.start..hit.end) else {
                continue;
            };
            let quoted = is_quoted(text, hit.start, hit.end);
            let tone = distance(hit.tone, quoted);
            let shown = if quoted {
                format!("“{surface}”")
            } else {
                surface.to_string()
            };
            out.push(self.make(
                Key::Concept(c.into()),
                shown,
                tone,
                hit.tone != Tone::Neutral,
            ));
        }
        // A plain name the lexicon groups with loaded terms (`Israel` beside `the Zionist
        // entity`) is the neutral choice of words for that concept.
        for m in self.mentions {
            if self.hits.iter().any(|h| h.start < m.end && m.start < h.end) {
                continue;
            }
            if let Some(c) = self.lexicon.concept(&m.text) {
                let tone = self.lexicon.tone(&m.text).unwrap_or(Tone::Neutral);
                out.push(self.make(Key::Concept(c.into()), m.text.clone(), tone, false));
            }
        }
    }

    fn make(&self, key: Key, label: String, tone: Tone, descriptive: bool) -> Use {
        Use {
            key,
            outlet: self.sentence.outlet.to_string(),
            doc: self.sentence.doc.to_string(),
            sentence: self.sentence.index,
            label: crate::render::one_line(&label),
            tone,
            descriptive,
        }
    }

    /// The mention's canonical name in the topic and its kind: the kind most of the
    /// referent's mentions suggest, where this mention alone does not tell.
    fn resolve(&self, mention: &Mention) -> (String, MentionKind) {
        let Some(referent) = self
            .table
            .resolve(&mention.text)
            .and_then(|id| self.table.referent(id))
        else {
            return (mention.text.clone(), mention.kind);
        };
        let kind = match mention.kind {
            MentionKind::Unknown => referent.kind,
            known => known,
        };
        (referent.canonical.clone(), kind)
    }

    /// The most loaded tone among the label's lexicon hits; scare quotes turn a
    /// legitimising word into a distancing one.
    fn tone(&self, label: &Label, inside: &[usize]) -> Tone {
        let tones = inside.iter().map(|&i| self.hits[i].tone);
        let tone = strongest(tones).unwrap_or_else(|| self.tone_of_text(&label.text));
        distance(tone, label.scare_quoted)
    }

    fn tone_of_text(&self, text: &str) -> Tone {
        strongest(self.lexicon.scan(text).iter().map(|h| h.tone)).unwrap_or(Tone::Neutral)
    }

    /// `Syrian mercenaries` rather than `mercenaries` when the nationality stands right
    /// before the noun.
    fn with_origin(&self, mention: &Mention, label: &Label, shown: &str) -> String {
        let text = self.sentence.text;
        if mention.end <= label.start {
            if let Some(gap) = text.get(mention.end..label.start) {
                if gap.chars().all(|c| c.is_whitespace() || is_quote(c)) {
                    return format!("{} {shown}", mention.text);
                }
            }
        }
        shown.to_string()
    }
}

/// `Mr.`, `Mrs.` (also after a stray verb: `urged Mr.`): house style, not framing; a
/// paper that writes `Mr. X` where another writes `President X` has not framed X.
fn is_honorific(label: &str) -> bool {
    let last = label
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .trim_end_matches('.')
        .to_lowercase();
    matches!(
        last.as_str(),
        "mr" | "mrs" | "ms" | "miss" | "mx" | "messrs"
    )
}

/// The label as shown: scare quotes kept, since they are part of the choice of words.
fn shown(label: &Label) -> String {
    if label.scare_quoted && !label.text.starts_with(is_quote) {
        format!("“{}”", label.text)
    } else {
        label.text.clone()
    }
}

fn strongest(tones: impl Iterator<Item = Tone>) -> Option<Tone> {
    // Tone::ALL lists the loaded tones first: the first one present wins.
    let present: Vec<Tone> = tones.collect();
    Tone::ALL.into_iter().find(|t| present.contains(t))
}

/// A word of approval put in scare quotes is used at a distance: `“volunteers”`.
fn distance(tone: Tone, quoted: bool) -> Tone {
    if quoted && tone == Tone::Legitimising {
        Tone::Pejorative
    } else {
        tone
    }
}

fn overlaps(hit: &LexiconHit<'_>, start: usize, end: usize) -> bool {
    hit.start < end && start < hit.end
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'' | '«' | '»')
}

/// The span stands alone between quotation marks: `“volunteers”`.
fn is_quoted(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|t| t.chars().next_back());
    let after = text.get(end..).and_then(|t| t.chars().next());
    before.is_some_and(is_quote) && after.is_some_and(is_quote)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uses(texts: &[(&str, &str)]) -> Vec<Use> {
        let sentences: Vec<Sentence<'_>> = texts
            .iter()
            .enumerate()
            .map(|(i, (outlet, text))| Sentence {
                doc: outlet,
                outlet,
                index: i,
                text,
            })
            .collect();
        collect(&sentences, &Lexicon::default())
    }

    fn has(found: &[Use], key: &Key, label: &str, tone: Tone) {
        assert!(
            found
                .iter()
                .any(|u| &u.key == key && u.label == label && u.tone == tone),
            "{key:?} {label:?} {tone:?} not in {found:#?}"
        );
    }

    #[test]
    fn titles_groups_and_led_bodies() {
        let found = uses(&[
            (
                "A",
                "The head of the ruling council, Gen. Omar Saleh, spoke on Monday.",
            ),
            (
                "B",
                "Fighters loyal to warlord Omar Saleh shelled the town.",
            ),
        ]);
        let actor = Key::Actor("Omar Saleh".into());
        has(&found, &actor, "Gen.", Tone::Neutral);
        has(&found, &actor, "warlord", Tone::Pejorative);
        has(
            &found,
            &Key::Side("Omar Saleh".into()),
            "the ruling council",
            Tone::Neutral,
        );
    }

    #[test]
    fn loaded_nouns_without_a_name_go_to_their_concept() {
        let found = uses(&[
            ("A", "The city hired mercenaries to guard the port."),
            ("B", "Hundreds of Chilean “volunteers” arrived at the port."),
            (
                "C",
                "Officials in the Zionist entity and in Israel denied it.",
            ),
        ]);
        let abroad = Key::Concept("fighters recruited abroad".into());
        has(&found, &abroad, "mercenaries", Tone::Pejorative);
        has(&found, &abroad, "Chilean “volunteers”", Tone::Pejorative);
        let israel = Key::Concept("Israel".into());
        has(&found, &israel, "Zionist entity", Tone::Pejorative);
        has(&found, &israel, "Israel", Tone::Neutral);
    }

    #[test]
    fn honorifics_are_not_labels() {
        assert!(is_honorific("Mr."));
        assert!(is_honorific("urged Mrs."));
        assert!(!is_honorific("Mr. President"));
        assert!(!is_honorific("Gen."));
        let found = uses(&[
            ("A", "Mr. Tom Reed spoke."),
            ("B", "Senator Tom Reed spoke."),
        ]);
        assert!(found.iter().all(|u| u.label != "Mr."), "{found:?}");
    }

    #[test]
    fn quoting_and_tone_helpers() {
        let t = "a “b” c";
        let b = t.find('b').expect("b");
        assert!(is_quoted(t, b, b + 1));
        assert!(!is_quoted("a b c", 2, 3));
        assert_eq!(distance(Tone::Legitimising, true), Tone::Pejorative);
        assert_eq!(distance(Tone::Legitimising, false), Tone::Legitimising);
        assert_eq!(
            strongest([Tone::Neutral, Tone::Euphemistic, Tone::Pejorative].into_iter()),
            Some(Tone::Pejorative)
        );
    }
}
