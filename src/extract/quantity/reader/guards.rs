//! Guards that keep names, codes, pronouns and years out of the counts: `MiG-29`,
//! `Sukhoi 24`, `G7`, `3-1`, `one of`, `in 2011`.

use super::super::context::unit_after;
use super::super::lexicon::{
    currency_code, dollar_prefix, is_designator, is_stop, is_weekday, measure_unit, month,
    scale_word, time_unit, QUALIFIERS,
};
use super::super::numbers::numeral_at;
use super::super::token::TokKind;
use super::{low, Reader};

impl Reader<'_, '_> {
    /// Digits that belong to a name or code, not a figure: `MiG-29`, `G7`, `COVID-19`,
    /// `Sukhoi 24`, `24/7`, `resolution 2254`, `5G`. Returns where the code ends.
    pub(super) fn code_digits(&self, i: usize) -> Option<usize> {
        let t = self.tok(i)?;
        let mut end = i + 1;
        // Codes run on: `A-10-C`, `9/11`.
        while self
            .tok(end)
            .is_some_and(|n| !n.space_before && (n.is_dash() || n.is('/')) && self.glued(end + 1))
            && self.tok(end + 1).is_some_and(|n| n.kind != TokKind::Punct)
        {
            end += 2;
        }
        if i > 0 && !t.space_before {
            let p = &self.toks[i - 1];
            if p.kind == TokKind::Word && currency_code(p.text).is_none() {
                return Some(end);
            }
            // `'08`: a clipped year, not a count.
            if p.is('/') || p.is('.') || p.is(':') || p.is('\'') || p.is('\u{2019}') {
                return Some(end);
            }
            if p.is_dash() && i > 1 && !p.space_before {
                let w = &self.toks[i - 2];
                let mid = matches!(w.low(), "mid" | "pre" | "post" | "early" | "late");
                if w.kind == TokKind::Word && !mid {
                    return Some(end);
                }
                if w.kind == TokKind::Digits {
                    // The second half of a range already rejected (`3-1` scores).
                    return Some(end);
                }
            }
        }
        if end > i + 1 && self.tok(i + 1).is_some_and(|d| d.is('/')) {
            return Some(end);
        }
        // Letters glued after: only units, scales, suffixes the reader knows.
        if let Some(n) = self.tok(i + 1) {
            if !n.space_before && n.kind == TokKind::Word && !self.known_suffix(i + 1) {
                return Some(i + 2);
            }
        }
        // `their 80s`, `the '90s`: decades of age or time, not counts.
        if self
            .tok(i + 1)
            .is_some_and(|n| !n.space_before && n.text == "s")
            && t.plain_int().is_some_and(|n| n < 100 && n % 10 == 0)
        {
            return Some(i + 2);
        }
        if i > 0 && t.space_before && t.plain_int().is_some() {
            let p = &self.toks[i - 1];
            // `resolution 2254`, `Article 5`, `No. 2`
            let abbreviated = p.is('.') && i > 1 && !p.space_before;
            let word = if abbreviated { &self.toks[i - 2] } else { p };
            if is_designator(word.low()) && (!abbreviated || word.low() == "no") {
                return Some(end);
            }
            if self.model_name(i - 1) && !self.unit_or_scale_after(i + 1) {
                return Some(end);
            }
        }
        None
    }

    /// `Sukhoi 24`, `Boeing 737`, `Article 5`: a capitalised word in mid-sentence that is
    /// no function word, month or day, directly before a plain number.
    pub(super) fn model_name(&self, k: usize) -> bool {
        let p = &self.toks[k];
        if !p.capitalised() {
            return false;
        }
        let w = p.low();
        let opener = k == 0
            || self.toks[k - 1].kind == TokKind::Punct
                && !self.toks[k - 1].is('-')
                && !self.toks[k - 1].is(',');
        let function = w.is_empty()
            || is_stop(w)
            || is_weekday(w)
            || month(w).is_some()
            || QUALIFIERS.iter().any(|(ws, _)| ws.last() == Some(&w))
            || matches!(
                w,
                "another" | "nearly" | "almost" | "only" | "over" | "roughly"
            );
        !opener && !function
    }

    pub(super) fn unit_or_scale_after(&self, j: usize) -> bool {
        unit_after(self.toks, j, self.money).is_some()
            || numeral_at(self.toks, j.saturating_sub(1), false).is_some_and(|n| n.scaled)
    }

    /// A word glued after digits that the reader understands (`2.7million`, `30km`, `3rd`).
    pub(super) fn known_suffix(&self, j: usize) -> bool {
        let Some(t) = self.tok(j) else { return false };
        let w = t.low();
        scale_word(w).is_some()
            || matches!(t.text, "K" | "M" | "B" | "m" | "b" | "s")
            || matches!(
                w,
                "st" | "nd" | "rd" | "th" | "am" | "pm" | "a" | "p" | "pc"
            )
            || currency_code(t.text).is_some()
            || dollar_prefix(t.text).is_some() && self.tok(j + 1).is_some_and(|d| d.is('$'))
            || measure_unit(w).is_some()
            || time_unit(w).is_some()
    }

    /// The code check for the second half of a range, where a glued dash is expected.
    pub(super) fn code_digits_ignoring_range(&self, k: usize) -> Option<usize> {
        let t = self.tok(k)?;
        if t.code {
            return Some(k + 1);
        }
        let n = self.tok(k + 1)?;
        (!n.space_before && n.kind == TokKind::Word && !self.known_suffix(k + 1)).then_some(k + 2)
    }

    /// `one` is a count only when not a pronoun: not `one of`, `no one`, `one another`,
    /// `one ... another`, `the one`.
    pub(super) fn one_counts(&self, i: usize) -> bool {
        let next = low(self.toks, i + 1);
        let prev = if i > 0 { low(self.toks, i - 1) } else { "" };
        if matches!(next, "of" | "another" | "by" | "after" | "more" | "day") {
            return false;
        }
        if matches!(
            prev,
            "no" | "any"
                | "every"
                | "each"
                | "the"
                | "this"
                | "that"
                | "which"
                | "someone"
                | "such"
                | "last"
                | "next"
                | "another"
                | "little"
                | "only"
        ) {
            return false;
        }
        !(i + 1..(i + 6).min(self.toks.len())).any(|k| low(self.toks, k) == "another")
    }

    /// A four-digit number that counts rather than dates: `killed 2000 people`, after a
    /// lower-case word that is neither preposition nor determiner and before a plural noun.
    pub(super) fn year_is_count(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).and_then(|k| self.tok(k)) else {
            return false;
        };
        let next = self.tok(i + 1);
        let plural_next = next.is_some_and(|n| {
            n.kind == TokKind::Word
                && !n.capitalised()
                && n.low().ends_with('s')
                && !is_stop(n.low())
        });
        prev.kind == TokKind::Word
            && !prev.capitalised()
            && !is_stop(prev.low())
            && !matches!(
                prev.low(),
                "early" | "late" | "mid" | "summer" | "winter" | "spring"
            )
            && plural_next
    }
}
