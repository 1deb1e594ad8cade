//! Quality floors on the seed corpus: the library pipeline scored against the analyst's gold
//! file, so that a change that loses shared claims or contradictions fails here. Floors sit a
//! little under the measured figures given beside them; raise them as alignment improves.

use crosscheck::eval::{evaluate, gold::Gold, Scores};
use crosscheck::pipeline::{analyze, Config};

use crate::util::root;

fn scores() -> Scores {
    let corpus = crosscheck::corpus::load(&[crosscheck::corpus::Input::Path(root().join("seeds"))]);
    let findings = analyze(corpus, &Config::default());
    let text = std::fs::read_to_string(root().join("fixtures/gold/seeds.json")).expect("gold file");
    let gold: Gold = serde_json::from_str(&text).expect("gold parses");
    evaluate(&findings, &gold)
}

#[test]
fn shared_claims_floor() {
    let s = scores();
    assert!(s.unlocated.is_empty(), "{:?}", s.unlocated);
    let shared = s.kind("shared_claim").expect("shared_claim scored");
    // Measured: 2 of 8 gold claims found (s3, s5); 2 of 3 linked cross-outlet pairs lie in
    // a gold claim (precision 0.67; 0.25 over 8 pairs before the same-claim score discounted
    // tokens common within the topic).
    assert!(shared.found >= 2, "{shared:?}");
    assert!(shared.precision >= 0.6, "{shared:?}");
}

#[test]
fn contradiction_floor() {
    let s = scores();
    let contra = s.kind("contradiction").expect("contradiction scored");
    // Measured: c2 found (`has not started yet` / `began to send`); 1 of 3 contradiction
    // pairs in the gold file (precision 0.33; 0.20 before cues had to share an argument).
    assert!(contra.found >= 1, "{contra:?}");
    assert!(contra.precision >= 0.3, "{contra:?}");
}
