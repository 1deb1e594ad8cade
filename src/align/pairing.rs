//! The alignment score of two sentences: the best of the whole-sentence similarity and the
//! similarity of their best pair of clauses, so that a claim one outlet states alone can
//! meet the same claim inside another outlet's long sentence.

use super::similarity::{Evidence, Matcher, Vector};

/// Fewest informative tokens a clause needs to be compared on its own: fewer is an
/// attribution head (`the report said that`) or a fragment, whose overlap says little.
pub(crate) const MIN_CLAUSE_TERMS: usize = 3;

/// The evidence of the best-matching pair among the two sentences and their clauses.
/// Symmetric: pairs are tried in an order that does not depend on which side is left,
/// and ties keep the higher lexical overlap, then the whole sentences.
pub(crate) fn evidence(matcher: &Matcher, left: &Vector, right: &Vector) -> Evidence {
    best_pieces(matcher, left, right).0
}

/// [`evidence`], with the pieces that gave it: 0 for a whole sentence, `k` for its part
/// `k - 1` ([`Vector::parts`]), left's first.
pub(crate) fn best_pieces(
    matcher: &Matcher,
    left: &Vector,
    right: &Vector,
) -> (Evidence, (usize, usize)) {
    let mut best = matcher.evidence(left, right);
    let mut at = (0, 0);
    let (xs, ys) = (pieces(left), pieces(right));
    for &(i, x) in &xs {
        for &(j, y) in &ys {
            if i == 0 && j == 0 {
                continue;
            }
            let e = matcher.evidence(x, y);
            let key = |e: &Evidence| (e.score, e.lexical, e.shared_weight);
            if key(&e).partial_cmp(&key(&best)) == Some(std::cmp::Ordering::Greater) {
                best = e;
                at = (i, j);
            }
        }
    }
    (best, at)
}

/// The whole sentence (0) and its clause windows worth comparing, numbered as in
/// [`best_pieces`].
fn pieces(v: &Vector) -> Vec<(usize, &Vector)> {
    std::iter::once(v)
        .chain(v.parts().iter())
        .enumerate()
        .filter(|(k, p)| *k == 0 || p.terms().len() >= MIN_CLAUSE_TERMS)
        .collect()
}
