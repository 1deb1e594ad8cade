//! The whole pipeline on a small corpus cut from the input: up to four articles from four
//! outlets, separated by U+001E (record separator).
#![no_main]

use libfuzzer_sys::fuzz_target;

use crosscheck::corpus::{Article, Corpus};
use crosscheck::pipeline::{self, Config};

fuzz_target!(|text: &str| {
    let articles = text
        .split('\u{1e}')
        .take(4)
        .enumerate()
        .map(|(i, part)| Article {
            id: format!("doc{i}"),
            path: format!("doc{i}.txt"),
            outlet: format!("outlet{}", i % 3),
            text: part.to_string(),
            ..Article::default()
        })
        .collect();
    let findings = pipeline::analyze(
        Corpus {
            articles,
            warnings: Vec::new(),
        },
        &Config::default(),
    );
    for doc in &findings.documents {
        let _ = doc.sentences.len();
    }
});
