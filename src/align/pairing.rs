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
    let mut best = matcher.evidence(left, right);
    let usable = |v: &&Vector| v.terms().len() >= MIN_CLAUSE_TERMS;
    for (i, x) in std::iter::once(left)
        .chain(left.parts().iter().filter(usable))
        .enumerate()
    {
        for (j, y) in std::iter::once(right)
            .chain(right.parts().iter().filter(usable))
            .enumerate()
        {
            if i == 0 && j == 0 {
                continue;
            }
            let e = matcher.evidence(x, y);
            let key = |e: &Evidence| (e.score, e.lexical, e.shared_weight);
            if key(&e).partial_cmp(&key(&best)) == Some(std::cmp::Ordering::Greater) {
                best = e;
            }
        }
    }
    best
}
