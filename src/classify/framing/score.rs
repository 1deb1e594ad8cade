//! Turn label uses into framings: keep the referents whose labels differ across outlets and
//! score how much they differ.

use std::collections::{BTreeMap, BTreeSet};

use super::collect::Use;
use super::Key;
use crate::extract::lexicon::Tone;

/// A label as one outlet used it in one sentence.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct LabelUse {
    /// The outlet.
    pub outlet: String,
    /// Document id.
    pub doc: String,
    /// Sentence index in the document.
    pub sentence: usize,
    /// The words used.
    pub label: String,
    /// Their tone.
    pub tone: Tone,
}

/// One referent named differently across outlets.
#[derive(Debug, Clone, PartialEq)]
pub struct Framing {
    /// What the labels are about.
    pub key: Key,
    /// The referent as shown ([`Key::display`]).
    pub referent: String,
    /// How much the outlets' labels differ, 0..1: tone divergence (the largest difference
    /// between two outlets' tone mixes) weighted 0.6, label divergence (how little two
    /// outlets' label sets overlap, on average) weighted 0.4.
    pub score: f64,
    /// One line: each outlet's most used label.
    pub summary: String,
    /// Every use, sorted by outlet, document, sentence, label.
    pub labels: Vec<LabelUse>,
}

impl Framing {
    /// Per outlet, its tone counts: `Daily Sabah: pejorative 2, neutral 1`.
    pub fn evidence(&self) -> Vec<String> {
        let mut by_outlet: BTreeMap<&str, BTreeMap<Tone, usize>> = BTreeMap::new();
        for l in &self.labels {
            *by_outlet
                .entry(&l.outlet)
                .or_default()
                .entry(l.tone)
                .or_default() += 1;
        }
        by_outlet
            .into_iter()
            .map(|(outlet, tones)| {
                let parts: Vec<String> = tones
                    .into_iter()
                    .map(|(t, n)| format!("{} {n}", t.key()))
                    .collect();
                format!("{outlet}: {}", parts.join(", "))
            })
            .collect()
    }
}

/// Folds a label for comparison: case, quotes, a leading article and a trailing full stop
/// do not make two labels different.
pub(super) fn fold(label: &str) -> String {
    let lower: String = label
        .chars()
        .filter(|c| !matches!(c, '"' | '“' | '”' | '‘' | '’' | '«' | '»'))
        .collect::<String>()
        .to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = match words.first() {
        Some(&"the") | Some(&"a") | Some(&"an") => &words[1..],
        _ => &words[..],
    };
    words
        .iter()
        .map(|w| expand(w.trim_end_matches('.')))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Abbreviated titles compare equal to their full form: `Sen.` is `Senator`.
fn expand(word: &str) -> &str {
    match word {
        "sen" => "senator",
        "gov" => "governor",
        "rep" => "representative",
        "gen" => "general",
        "lt" => "lieutenant",
        "col" => "colonel",
        "maj" => "major",
        "capt" => "captain",
        "pres" => "president",
        "sgt" => "sergeant",
        "adm" => "admiral",
        "brig" => "brigadier",
        "prof" => "professor",
        "amb" => "ambassador",
        other => other,
    }
}

/// The framings among `uses` (one topic), most divergent first.
pub(super) fn framings(uses: Vec<Use>) -> Vec<Framing> {
    let mut by_key: BTreeMap<Key, Vec<Use>> = BTreeMap::new();
    for u in uses {
        by_key.entry(u.key.clone()).or_default().push(u);
    }
    let mut out: Vec<Framing> = by_key
        .into_iter()
        .filter_map(|(key, uses)| framing(key, uses))
        .collect();
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.referent.cmp(&b.referent))
    });
    out
}

fn framing(key: Key, uses: Vec<Use>) -> Option<Framing> {
    // Plain group nouns (`forces`, `troops`) and plain names alone say nothing about how a
    // referent is framed; at least one label must describe it.
    if !uses.iter().any(|u| u.descriptive) {
        return None;
    }
    // Neutral titles that differ (`Senator` / `Sen.` / `Democrat`) are house style far more
    // often than framing; measured on BASIL, findings without any loaded label were mostly
    // noise. At least one label must carry a tone.
    if uses.iter().all(|u| u.tone == Tone::Neutral) {
        return None;
    }
    let mut sets: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut tones: BTreeMap<&str, [f64; 4]> = BTreeMap::new();
    for u in &uses {
        sets.entry(&u.outlet).or_default().insert(fold(&u.label));
        let slot = Tone::ALL.iter().position(|t| *t == u.tone).unwrap_or(3);
        tones.entry(&u.outlet).or_insert([0.0; 4])[slot] += 1.0;
    }
    let distinct: BTreeSet<&String> = sets.values().flatten().collect();
    if sets.len() < 2 || distinct.len() < 2 {
        return None;
    }
    let sets: Vec<&BTreeSet<String>> = sets.values().collect();
    let tones: Vec<[f64; 4]> = tones.values().copied().collect();
    let (mut label_div, mut tone_div, mut pairs) = (0.0, 0.0_f64, 0.0);
    for i in 0..sets.len() {
        for j in i + 1..sets.len() {
            let common = sets[i].intersection(sets[j]).count() as f64;
            let union = sets[i].union(sets[j]).count() as f64;
            label_div += 1.0 - common / union.max(1.0);
            tone_div = tone_div.max(variation(&tones[i], &tones[j]));
            pairs += 1.0;
        }
    }
    // Every outlet using the same words is agreement, not framing.
    if label_div == 0.0 {
        return None;
    }
    let score = 0.6 * tone_div + 0.4 * label_div / pairs;
    let mut labels: Vec<LabelUse> = uses
        .into_iter()
        .map(|u| LabelUse {
            outlet: u.outlet,
            doc: u.doc,
            sentence: u.sentence,
            label: u.label,
            tone: u.tone,
        })
        .collect();
    labels.sort();
    labels.dedup();
    let referent = key.display();
    let summary = summary(&referent, &labels);
    Some(Framing {
        key,
        referent,
        score,
        summary,
        labels,
    })
}

/// Total variation distance between two outlets' tone mixes, 0..1.
fn variation(a: &[f64; 4], b: &[f64; 4]) -> f64 {
    let (na, nb) = (a.iter().sum::<f64>(), b.iter().sum::<f64>());
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    0.5 * a
        .iter()
        .zip(b)
        .map(|(x, y)| (x / na - y / nb).abs())
        .sum::<f64>()
}

/// `Khalifa Haftar: "putschist Gen." (Daily Sabah), "Field Marshal" (Echorouk)`: each
/// outlet's most telling label: a loaded one if it has any, else its most used.
fn summary(referent: &str, labels: &[LabelUse]) -> String {
    let mut counts: BTreeMap<&str, BTreeMap<(&str, Tone), usize>> = BTreeMap::new();
    for l in labels {
        *counts
            .entry(&l.outlet)
            .or_default()
            .entry((&l.label, l.tone))
            .or_default() += 1;
    }
    let parts: Vec<String> = counts
        .into_iter()
        .filter_map(|(outlet, labels)| {
            let loaded = |t: Tone| usize::from(t != Tone::Neutral);
            let ((label, _), _) = labels.into_iter().max_by(|a, b| {
                (loaded(a.0 .1), a.1)
                    .cmp(&(loaded(b.0 .1), b.1))
                    .then_with(|| b.0 .0.cmp(a.0 .0))
            })?;
            Some(format!("\"{label}\" ({outlet})"))
        })
        .collect();
    format!("{referent}: {}", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(key: &Key, outlet: &str, label: &str, tone: Tone) -> Use {
        Use {
            key: key.clone(),
            outlet: outlet.into(),
            doc: outlet.to_lowercase(),
            sentence: 0,
            label: label.into(),
            tone,
            descriptive: true,
        }
    }

    #[test]
    fn keeps_only_referents_labelled_differently_across_outlets() {
        let a = Key::Actor("Ana Ruiz".into());
        let b = Key::Actor("Bo Li".into());
        let c = Key::Actor("Cy Oda".into());
        let d = Key::Actor("Di Fo".into());
        let found = framings(vec![
            u(&a, "X", "dictator", Tone::Pejorative),
            u(&a, "Y", "President", Tone::Neutral),
            // Same words everywhere: agreement.
            u(&b, "X", "Gen.", Tone::Neutral),
            u(&b, "Y", "gen", Tone::Neutral),
            // One outlet only.
            u(&c, "X", "tyrant", Tone::Pejorative),
            u(&c, "X", "leader", Tone::Neutral),
            // Nothing loaded: house style, not framing.
            u(&d, "X", "Senator", Tone::Neutral),
            u(&d, "Y", "Republican", Tone::Neutral),
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].referent, "Ana Ruiz");
        assert!((found[0].score - 1.0).abs() < 1e-9, "{}", found[0].score);
        assert_eq!(
            found[0].summary,
            "Ana Ruiz: \"dictator\" (X), \"President\" (Y)"
        );
        assert_eq!(found[0].evidence(), vec!["X: pejorative 1", "Y: neutral 1"]);
    }

    #[test]
    fn tone_divergence_ranks_first() {
        let a = Key::Actor("A".into());
        let b = Key::Actor("B".into());
        let found = framings(vec![
            u(&a, "X", "chief", Tone::Euphemistic),
            u(&a, "Y", "head", Tone::Euphemistic),
            u(&b, "X", "rebels", Tone::Neutral),
            u(&b, "Y", "terrorists", Tone::Pejorative),
        ]);
        assert_eq!(found[0].referent, "B");
        assert!(found[0].score > found[1].score);
    }

    #[test]
    fn folding_ignores_articles_quotes_and_case() {
        assert_eq!(fold("The “Volunteers”"), "volunteers");
        assert_eq!(fold("Gen."), "general");
        assert_eq!(fold("former Sen."), fold("former Senator"));
    }
}
