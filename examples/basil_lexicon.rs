//! How much of BASIL's lexical bias do the lexicon and the label reader see?
//!
//! Run: `cargo run --release --example basil_lexicon -- ../shared/data`
//!
//! BASIL (Fan et al., EMNLP 2019) marks phrases of 300 articles as lexical (`lex`) or
//! informational (`inf`) bias. A `lex` span counts as found when a lexicon term or a label
//! overlaps it; a lexicon hit counts as outside when it overlaps no annotated span at all
//! (a rough, pessimistic precision: BASIL annotates bias towards its main entities only).

use crosscheck::extract::entities::mentions;
use crosscheck::extract::labels::labels;
use crosscheck::extract::lexicon::{Lexicon, Tone};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn main() {
    let root = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data".into());
    let basil = Path::new(&root).join("basil").join("data");
    let annotations = basil.join("annotations").join("resolved");
    if !annotations.is_dir() {
        println!(
            "BASIL data absent: no {} (nothing measured)",
            annotations.display()
        );
        return;
    }
    let lexicon = Lexicon::default();
    let mut files: Vec<PathBuf> = Vec::new();
    for year in read_dir(&annotations) {
        files.extend(
            read_dir(&year)
                .into_iter()
                .filter(|p| p.to_string_lossy().ends_with("_ann.json")),
        );
    }
    files.sort();
    let (mut lex_spans, mut lex_by_lexicon, mut lex_by_label, mut lex_by_either) = (0, 0, 0, 0);
    let (mut hits, mut hits_outside, mut articles) = (0, 0, 0);
    let (mut loaded, mut loaded_outside) = (0, 0);
    for ann_path in &files {
        let Some(article) = article_for(&basil, ann_path) else {
            continue;
        };
        let (Some(ann), Some(art)) = (read_json(ann_path), read_json(&article)) else {
            continue;
        };
        articles += 1;
        let sentences: Vec<String> = art["body-paragraphs"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_array)
            .flatten()
            .filter_map(|s| s.as_str().map(str::to_string))
            .collect();
        // Annotated byte spans per sentence: (sentence, start, end, is_lex).
        let mut spans: Vec<(usize, usize, usize, bool)> = Vec::new();
        for p in ann["phrase-level-annotations"]
            .as_array()
            .into_iter()
            .flatten()
        {
            let (Some(id), Some(txt)) = (p["id"].as_str(), p["txt"].as_str()) else {
                continue;
            };
            let Some(index) = id
                .strip_prefix('p')
                .and_then(|r| r.split('_').next())
                .and_then(|n| n.parse::<usize>().ok())
            else {
                continue;
            };
            let Some(sentence) = sentences.get(index) else {
                continue;
            };
            // Annotations count characters; find the text itself, near the given offset.
            let Some(start) = sentence.find(txt) else {
                continue;
            };
            spans.push((index, start, start + txt.len(), p["bias"] == "lex"));
        }
        for (index, sentence) in sentences.iter().enumerate() {
            let scanned = lexicon.scan(sentence);
            let lexicon_hits: Vec<(usize, usize)> =
                scanned.iter().map(|h| (h.start, h.end)).collect();
            let found = mentions(sentence);
            let label_hits: Vec<(usize, usize)> = labels(sentence, &found)
                .iter()
                .map(|l| (l.start, l.end))
                .collect();
            let here: Vec<&(usize, usize, usize, bool)> =
                spans.iter().filter(|s| s.0 == index).collect();
            for span in here.iter().filter(|s| s.3) {
                lex_spans += 1;
                let by_lexicon = lexicon_hits.iter().any(|h| overlaps(*h, (span.1, span.2)));
                let by_label = label_hits.iter().any(|h| overlaps(*h, (span.1, span.2)));
                lex_by_lexicon += usize::from(by_lexicon);
                lex_by_label += usize::from(by_label);
                lex_by_either += usize::from(by_lexicon || by_label);
            }
            for h in &lexicon_hits {
                hits += 1;
                hits_outside += usize::from(!here.iter().any(|s| overlaps(*h, (s.1, s.2))));
            }
            for h in scanned.iter().filter(|h| h.tone != Tone::Neutral) {
                loaded += 1;
                loaded_outside +=
                    usize::from(!here.iter().any(|s| overlaps((h.start, h.end), (s.1, s.2))));
            }
        }
    }
    let pct = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    println!("BASIL: {articles} annotated articles, {lex_spans} lexical-bias spans located");
    println!(
        "lex spans hit by lexicon:          {lex_by_lexicon} ({:.1}%)",
        pct(lex_by_lexicon, lex_spans)
    );
    println!(
        "lex spans hit by labels:           {lex_by_label} ({:.1}%)",
        pct(lex_by_label, lex_spans)
    );
    println!(
        "lex spans hit by lexicon or label: {lex_by_either} ({:.1}%)",
        pct(lex_by_either, lex_spans)
    );
    println!(
        "lexicon hits: {hits}, outside any annotated span: {hits_outside} ({:.1}%; inside: {:.1}%)",
        pct(hits_outside, hits),
        pct(hits - hits_outside, hits)
    );
    println!(
        "non-neutral lexicon hits: {loaded}, outside any annotated span: {loaded_outside} ({:.1}%)",
        pct(loaded_outside, loaded)
    );
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn read_dir(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    out.sort();
    out
}

fn read_json(path: &Path) -> Option<Value> {
    serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
}

/// `annotations/resolved/YEAR/NAME_ann.json` -> `articles/YEAR/NAME.json`.
fn article_for(basil: &Path, ann: &Path) -> Option<PathBuf> {
    let year = ann.parent()?.file_name()?;
    let name = ann.file_name()?.to_str()?.strip_suffix("_ann.json")?;
    Some(
        basil
            .join("articles")
            .join(year)
            .join(format!("{name}.json")),
    )
}
