//! Accuracy and F1 of same-claim verdicts, shared by the examples that calibrate the claim
//! similarity (`eval_match`, `fit_matcher`).

/// Accuracy and F1 (positive = same claim) of `(probability, gold)` at `threshold`.
pub fn accuracy_f1(scored: &[(f64, bool)], threshold: f64) -> (f64, f64) {
    let (mut tp, mut fp, mut fneg, mut correct) = (0.0, 0.0, 0.0, 0.0);
    for &(p, gold) in scored {
        let predicted = p >= threshold;
        match (predicted, gold) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fneg += 1.0,
            (false, false) => {}
        }
        if predicted == gold {
            correct += 1.0;
        }
    }
    let f1 = if tp > 0.0 {
        2.0 * tp / (2.0 * tp + fp + fneg)
    } else {
        0.0
    };
    (correct / scored.len().max(1) as f64, f1)
}
