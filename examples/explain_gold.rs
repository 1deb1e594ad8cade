//! Why the aligner finds or misses each gold shared claim: for every cross-outlet pair of
//! a gold claim's sentences, the alignment score and the same-claim (topic-focused) score;
//! then the strongest cross-outlet pairs that belong to no gold claim, which are what a
//! lower threshold would let in. A development aid for tuning general rules, not a test.
//!
//! `cargo run --release --example explain_gold -- [GOLD.json] [INPUT...]`
//! (defaults: `fixtures/gold/seeds.json` and `seeds/`).

use std::collections::{BTreeSet, HashMap};

use crosscheck::align::similarity::LearnedMatcher;
use crosscheck::align::{Aligner, SentenceId};
use crosscheck::corpus::{self, Input};
use crosscheck::eval::gold::Gold;
use crosscheck::extract;

fn fold(s: &str) -> String {
    s.replace(['“', '”'], "\"")
        .replace('’', "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let gold_path = args
        .first()
        .cloned()
        .unwrap_or_else(|| "fixtures/gold/seeds.json".into());
    let inputs: Vec<Input> = if args.len() > 1 {
        args[1..].iter().map(|a| Input::from(a.as_str())).collect()
    } else {
        vec![Input::from("seeds")]
    };
    let gold = Gold::from_json(&std::fs::read_to_string(&gold_path).expect("gold file"))
        .expect("gold JSON");
    let docs = extract::extract_all(corpus::load(&inputs).articles);
    let aligner = Aligner::builder().related(0.0).build();
    let (_, vectors) = aligner.vectorize(&docs);
    let alignment = aligner.align(&docs, &vectors);
    let links: HashMap<(SentenceId, SentenceId), (f64, f64)> = alignment
        .links
        .iter()
        .map(|l| ((l.left, l.right), (l.score(), l.claim_score())))
        .collect();
    let locate = |doc: &str, text: &str| -> Option<SentenceId> {
        let want = fold(text);
        let want = want.trim_end_matches(['.', '"']);
        let stem = std::path::Path::new(doc).file_stem()?.to_str()?;
        docs.iter().enumerate().find_map(|(d, document)| {
            (document.article.id == stem || document.article.id == doc)
                .then(|| {
                    document
                        .claims
                        .iter()
                        .position(|c| fold(&c.text).contains(want))
                        .map(|sentence| SentenceId { doc: d, sentence })
                })
                .flatten()
        })
    };
    let text = |s: SentenceId| docs[s.doc].claims[s.sentence].text.as_str();
    let short = |s: &str| s.chars().take(110).collect::<String>();
    let mut gold_pairs = BTreeSet::new();
    for claim in &gold.shared_claims {
        println!("== {}", claim.id);
        let ids: Vec<SentenceId> = claim
            .sentences
            .iter()
            .filter_map(|s| locate(&s.doc, &s.text))
            .collect();
        for (i, &a) in ids.iter().enumerate() {
            for &b in &ids[i + 1..] {
                if a.doc == b.doc {
                    continue;
                }
                let key = (a.min(b), a.max(b));
                gold_pairs.insert(key);
                let (score, focused) = links.get(&key).copied().unwrap_or((f64::NAN, f64::NAN));
                println!("  score {score:.3} focused {focused:.3}");
                println!("    {}", short(text(key.0)));
                println!("    {}", short(text(key.1)));
            }
        }
    }
    for contradiction in &gold.contradictions {
        println!("== {} (contradiction)", contradiction.id);
        let ids: Vec<SentenceId> = contradiction
            .sides
            .iter()
            .filter_map(|s| locate(&s.doc, &s.text))
            .collect();
        for (i, &a) in ids.iter().enumerate() {
            for &b in &ids[i + 1..] {
                let key = (a.min(b), a.max(b));
                let (score, focused) = links.get(&key).copied().unwrap_or((f64::NAN, f64::NAN));
                println!("  score {score:.3} focused {focused:.3}");
                println!("    {}", short(text(key.0)));
                println!("    {}", short(text(key.1)));
            }
        }
    }
    // Average precision of the same-claim score at ranking gold pairs above the rest: one
    // figure for how well the score separates them, whatever the threshold.
    let mut ranked: Vec<_> = alignment
        .links
        .iter()
        .filter(|l| docs[l.left.doc].article.outlet != docs[l.right.doc].article.outlet)
        .collect();
    ranked.sort_by(|a, b| b.claim_score().total_cmp(&a.claim_score()));
    let (mut hits, mut sum) = (0usize, 0.0);
    for (rank, l) in ranked.iter().enumerate() {
        if gold_pairs.contains(&(l.left, l.right)) {
            hits += 1;
            sum += hits as f64 / (rank + 1) as f64;
        }
    }
    println!(
        "== average precision of gold pairs among {} cross-outlet links: {:.3} ({} of {} gold pairs linked)",
        ranked.len(),
        sum / gold_pairs.len().max(1) as f64,
        hits,
        gold_pairs.len()
    );
    // The same ranking by the learned (MRPC) probability, for comparison.
    let learned = LearnedMatcher::default();
    let model = learned.fit(
        docs.iter()
            .flat_map(|d| d.claims.iter().map(|c| c.text.as_str())),
    );
    let surface = |s: SentenceId| model.vectorize_with_surface(text(s));
    let mut by_learned: Vec<(f64, bool)> = ranked
        .iter()
        .map(|l| {
            (
                learned.score(&surface(l.left), &surface(l.right)),
                gold_pairs.contains(&(l.left, l.right)),
            )
        })
        .collect();
    by_learned.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (mut hits, mut sum) = (0usize, 0.0);
    for (rank, (_, gold)) in by_learned.iter().enumerate() {
        if *gold {
            hits += 1;
            sum += hits as f64 / (rank + 1) as f64;
        }
    }
    println!(
        "== the same ranked by the learned probability: {:.3}",
        sum / gold_pairs.len().max(1) as f64
    );
    // Gold pairs that score as the same claim but that no shared finding holds: losses in
    // the steps after scoring (one-to-few, grouping, short sentences, figures).
    let findings = crosscheck::pipeline::analyze(
        corpus::load(&inputs),
        &crosscheck::pipeline::Config::default(),
    );
    let in_finding: BTreeSet<(SentenceId, SentenceId)> = findings
        .findings
        .iter()
        .filter(|f| f.kind.name() == "shared_claim")
        .flat_map(|f| {
            let ids: Vec<SentenceId> = f
                .members
                .iter()
                .filter_map(|m| {
                    let doc = docs.iter().position(|d| d.article.id == m.doc)?;
                    Some(SentenceId {
                        doc,
                        sentence: m.sentence,
                    })
                })
                .collect();
            let mut pairs = Vec::new();
            for (i, &a) in ids.iter().enumerate() {
                for &b in &ids[i + 1..] {
                    pairs.push((a.min(b), a.max(b)));
                }
            }
            pairs
        })
        .collect();
    println!("== gold pairs at or above the same-claim threshold that no shared finding holds");
    for key in &gold_pairs {
        if let Some(&(score, focused)) = links.get(key) {
            if aligner.same(focused) && !in_finding.contains(key) {
                println!("  score {score:.3} focused {focused:.3}");
                println!("    {}", short(text(key.0)));
                println!("    {}", short(text(key.1)));
            }
        }
    }
    println!("== strongest cross-outlet pairs outside the gold claims");
    let mut others: Vec<_> = alignment
        .links
        .iter()
        .filter(|l| l.left.doc != l.right.doc && !gold_pairs.contains(&(l.left, l.right)))
        .collect();
    others.sort_by(|a, b| b.claim_score().total_cmp(&a.claim_score()));
    for l in others.iter().take(15) {
        println!("  score {:.3} focused {:.3}", l.score(), l.claim_score());
        println!("    {}", short(text(l.left)));
        println!("    {}", short(text(l.right)));
    }
}
