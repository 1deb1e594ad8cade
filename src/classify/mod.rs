//! Classify aligned claims: shared claim, numeric divergence, framing, contradiction.

pub mod claims;
pub mod contradiction;
mod cues;
pub mod framing;
pub mod numeric;

use crate::align::SentenceId;
use crate::extract::{Claim, Document};
use crate::findings::{Detail, Member};

/// The finding member for sentence `s`, with no detail beyond the sentence.
pub fn member(docs: &[Document], s: SentenceId) -> Member {
    let doc = &docs[s.doc];
    member_of(doc, &doc.claims[s.sentence], Detail::None)
}

/// The finding member for `claim` of `doc`, carrying `detail`.
pub fn member_of(doc: &Document, claim: &Claim, detail: Detail) -> Member {
    Member {
        doc: doc.article.id.clone(),
        outlet: doc.article.outlet.clone(),
        sentence: claim.index,
        text: claim.text.clone(),
        start: claim.start,
        end: claim.end,
        source: claim.source.as_ref().map(|a| a.display()),
        detail,
    }
}
