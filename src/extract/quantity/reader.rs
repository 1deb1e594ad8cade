//! Walk a sentence's tokens left to right and assemble each figure with its context into a
//! [`Quantity`]; the guards that keep model names, codes and pronouns out live here too.

use super::calendar::{bare_year, calendar_at, year_of, Calendar};
use super::context::{
    counted_after, currency_before, is_generic_head, money_talk, noun_phrase, number_of_before,
    of_noun_before, qualifier_after, qualifier_before, rate_after, unit_after, Unit,
};
use super::lexicon::{is_change_word, measure_unit, time_unit};
use super::numbers::{numeral_at, Numeral};
use super::token::{tokenize, TokKind, Token};

mod guards;
use super::{lexicon, Qualifier, Quantity, QuantityKind};

/// What reading at one token gave.
enum Step {
    /// A quantity, and the token after it.
    Found(Quantity, usize),
    /// Tokens that hold no quantity and must not be re-read (`MiG-29`), up to this token.
    Skip(usize),
}

/// Every quantity in `s`, in order, non-overlapping.
pub(super) fn read_all(s: &str) -> Vec<Quantity> {
    let toks = tokenize(s);
    if !toks
        .iter()
        .any(|t| t.kind == TokKind::Digits || t.kind == TokKind::Word)
    {
        return Vec::new();
    }
    let reader = Reader {
        s,
        toks: &toks,
        money: money_talk(&toks),
    };
    let mut out = Vec::new();
    let mut floor = 0;
    let mut i = 0;
    while i < toks.len() {
        match reader.at(i, floor) {
            Some(Step::Found(q, end)) => {
                out.push(q);
                i = end.max(i + 1);
                floor = i;
            }
            Some(Step::Skip(end)) => {
                i = end.max(i + 1);
                floor = i;
            }
            None => i += 1,
        }
    }
    out
}

struct Reader<'s, 't> {
    s: &'s str,
    toks: &'t [Token<'s>],
    /// The sentence talks money, so `pounds` are sterling.
    money: bool,
}

fn low<'t>(toks: &'t [Token<'_>], k: usize) -> &'t str {
    toks.get(k).map(Token::low).unwrap_or("")
}

/// Hyphenated compound suffixes that make the figure a count of the suffix word itself
/// (`a 15-member delegation`, `a five-storey building`).
fn is_count_suffix(w: &str) -> bool {
    matches!(
        w,
        "member"
            | "seat"
            | "man"
            | "person"
            | "nation"
            | "country"
            | "party"
            | "storey"
            | "story"
            | "bed"
            | "vehicle"
            | "car"
            | "page"
            | "point"
            | "game"
            | "judge"
    )
}

impl<'s> Reader<'s, '_> {
    fn tok(&self, k: usize) -> Option<&Token<'s>> {
        self.toks.get(k)
    }

    fn glued(&self, k: usize) -> bool {
        self.tok(k).is_some_and(|t| !t.space_before)
    }

    /// Text of tokens `a..b`.
    fn text(&self, a: usize, b: usize) -> Option<&'s str> {
        let (x, y) = (self.tok(a)?, self.tok(b.checked_sub(1)?)?);
        self.s.get(x.start..y.end)
    }

    fn quantity(&self, kind: QuantityKind, a: usize, b: usize) -> Option<Quantity> {
        let as_written = self.text(a, b)?.to_string();
        Some(Quantity {
            kind,
            value: None,
            low: None,
            high: None,
            as_written,
            start: self.tok(a)?.start,
            end: self.tok(b - 1)?.end,
            qualifier: None,
            unit: None,
            rate: None,
            counted: None,
            vague: false,
        })
    }

    fn calendar(&self, c: Calendar) -> Option<Step> {
        let mut q = self.quantity(c.kind, c.first, c.end)?;
        q.value = c.value;
        q.low = c.low;
        q.high = c.high;
        q.unit = c.iso;
        Some(Step::Found(q, c.end))
    }

    /// What reading at token `i` gives, never looking back below `floor`.
    fn at(&self, i: usize, floor: usize) -> Option<Step> {
        let t = self.tok(i)?;
        if t.kind == TokKind::Digits {
            if t.code {
                return Some(Step::Skip(i + 1));
            }
            if let Some(end) = self.code_digits(i) {
                return Some(Step::Skip(end));
            }
        }
        if t.kind == TokKind::Punct {
            return None;
        }
        if let Some(c) = calendar_at(self.toks, i) {
            return self.calendar(c);
        }
        self.figure(i, floor)
    }

    /// A figure with its context, starting from the numeral at `i`.
    fn figure(&self, i: usize, floor: usize) -> Option<Step> {
        let toks = self.toks;
        let cur_pre = currency_before(toks, i, floor);
        let num = numeral_at(toks, i, cur_pre.is_some())?;
        let mut start = cur_pre.map_or(i, |c| c.1);
        let mut qualifier = None;
        if let Some((q, k)) = qualifier_before(toks, start, floor) {
            qualifier = Some(q);
            start = k;
        }
        // `magnitude 7.8`
        if start == i && i > floor && low(toks, i - 1) == "magnitude" {
            start = i - 1;
        }
        let mut j = num.end;
        let mut unit = cur_pre.map(|c| Unit::Currency(c.0));

        if num.bare_one && !self.one_counts(i) {
            return Some(Step::Skip(num.end));
        }

        // `10%-15%`: a percent sign on the first half of a range.
        let mut pct_first = false;
        if toks.get(j).is_some_and(|p| p.is('%') && !p.space_before) {
            pct_first = true;
        }
        let sep = if pct_first { j + 1 } else { j };

        // Ranges.
        let between = start > floor && low(toks, start - 1) == "between";
        let from = start > floor
            && low(toks, start - 1) == "from"
            && !(start.saturating_sub(4)..start - 1)
                .any(|k| k >= floor && is_change_word(low(toks, k)));
        let change_before =
            (start.saturating_sub(3)..start).any(|k| k >= floor && is_change_word(low(toks, k)));
        let sep_ok = match (low(toks, sep), toks.get(sep)) {
            ("and", _) => between,
            ("to", _) => !between && (from || !change_before),
            ("or", _) => !between && !from,
            (_, Some(d)) if d.is_dash() => !between && !from,
            _ => false,
        };
        let mut range: Option<(f64, f64)> = None;
        let mut years: Option<(u64, u64)> = None;
        if sep_ok {
            let mut k = sep + 1;
            if let Some(sym) = toks.get(k) {
                if sym.kind == TokKind::Punct && cur_pre.is_some() && !sym.is('%') {
                    k += 1;
                }
            }
            if let Some(second) = numeral_at(toks, k, cur_pre.is_some()) {
                let second_ok = toks.get(k).is_some_and(|x| {
                    x.kind != TokKind::Digits || self.code_digits_ignoring_range(k).is_none()
                });
                let (lo, hi) = Self::range_values(&num, &second);
                if second_ok && second.vague == num.vague && lo < hi {
                    if let (Some(a), Some(b)) =
                        (toks.get(i).and_then(year_of), toks.get(k).and_then(year_of))
                    {
                        if cur_pre.is_none() && !num.scaled && !second.scaled {
                            years = Some((a, b));
                        }
                    }
                    range = Some((lo, hi));
                    j = second.end;
                    if between || from {
                        start -= 1;
                    }
                } else if toks.get(sep).is_some_and(Token::is_dash)
                    && !num.spelled
                    && !second.spelled
                    && second.end == k + 1
                {
                    // `3-1`, `24-7`: scores and codes, not figures.
                    return Some(Step::Skip(second.end));
                }
            }
        }
        if pct_first && range.is_none() {
            j = num.end;
        }
        if let Some((a, b)) = years {
            let mut q = self.quantity(QuantityKind::Date, start, j)?;
            q.low = Some(a as f64);
            q.high = Some(b as f64);
            q.unit = Some(format!("{a:04}/{b:04}"));
            return Some(Step::Found(q, j));
        }

        // A bare year reads as a date unless hedged, priced or measured.
        if range.is_none() && qualifier.is_none() && cur_pre.is_none() && !num.scaled {
            if let Some(y) = bare_year(toks, i) {
                if unit_after(toks, j, self.money).is_none() && !self.year_is_count(i) {
                    return self.calendar(y);
                }
            }
        }

        // Unit after the figure: `%`, `USD`, `dollars`, `km`, `days`.
        let mut compound = false;
        let mut counted: Option<(usize, usize)> = None;
        if let Some((u, e)) = unit_after(toks, j, self.money) {
            let keep_prefix = matches!((unit, u), (Some(Unit::Currency(_)), Unit::Currency(_)));
            if unit.is_none() || keep_prefix {
                unit = Some(u);
                j = e;
            }
        } else if num.vague && low(toks, j) == "of" {
            // `millions of dollars`
            if let Some((u @ Unit::Currency(_), e)) = unit_after(toks, j + 1, true) {
                unit = Some(u);
                j = e;
            }
        }
        if unit.is_none() && range.is_none() {
            // Compound adjectives: `three-month contracts`, `25,000-strong force`.
            if toks.get(j).is_some_and(|d| d.is_dash() && !d.space_before) && self.glued(j + 1) {
                let w = low(toks, j + 1);
                let singular_time = time_unit(w).filter(|_| !w.ends_with('s'));
                if let Some(u) = singular_time {
                    unit = Some(Unit::Time(u));
                } else if let Some(u) = measure_unit(w).filter(|_| w.len() > 1) {
                    unit = Some(Unit::Measure(u));
                } else if matches!(w, "percent") {
                    unit = Some(Unit::Percent("%"));
                } else if w == "strong" {
                } else if is_count_suffix(w) {
                    counted = Some((j + 1, j + 2));
                } else {
                    return Some(Step::Skip(j + 2));
                }
                compound = true;
                j += 2;
                // `10-year-old`, `30-km-long`
                while toks.get(j).is_some_and(|d| d.is_dash() && !d.space_before)
                    && matches!(
                        low(toks, j + 1),
                        "old" | "long" | "wide" | "high" | "deep" | "tall"
                    )
                    && self.glued(j + 1)
                {
                    j += 2;
                }
            }
        }

        if start < i && low(toks, start) == "magnitude" {
            unit = Some(Unit::Measure("magnitude"));
        }
        let kind = match unit {
            Some(Unit::Currency(_)) => QuantityKind::Money,
            Some(Unit::Percent(_)) => QuantityKind::Percent,
            Some(Unit::Time(_)) => QuantityKind::Duration,
            Some(Unit::Measure(_)) => QuantityKind::Measure,
            None => QuantityKind::Count,
        };

        let mut rate = None;
        if let Some((r, e)) = rate_after(toks, j) {
            rate = Some(r);
            j = e;
        }
        if qualifier.is_none() {
            if let Some((q, e)) = qualifier_after(toks, j) {
                qualifier = Some(q);
                j = e;
            }
        }
        if range.is_some() {
            qualifier = Some(Qualifier::Between);
        }

        // What is counted.
        if counted.is_none() {
            counted = match kind {
                // `hundreds of elements`: a vague plural names its noun through `of`;
                // `thousands fled` counts nothing named.
                QuantityKind::Count
                    if num.vague && lexicon::vague_plural(low(toks, num.end - 1)).is_some() =>
                {
                    if low(toks, j) == "of" {
                        noun_phrase(toks, j + 1)
                    } else {
                        None
                    }
                }
                QuantityKind::Count => counted_after(toks, j, num.vague),
                QuantityKind::Percent => counted_after(toks, j, true).filter(|(a, _)| *a > j),
                _ if compound => noun_phrase(toks, j),
                _ => None,
            };
            if kind == QuantityKind::Count && compound {
                counted = noun_phrase(toks, j);
            }
        }
        // `one warned photographers`: after a bare `one` an `-ed` word is the verb.
        if num.bare_one {
            let verb = counted.is_some_and(|(a, _)| low(toks, a).ends_with("ed"));
            if verb || (counted.is_none() && unit.is_none()) {
                return Some(Step::Skip(j));
            }
        }
        let generic = counted
            .and_then(|(a, b)| self.text(a, b))
            .is_none_or(is_generic_head);
        if kind == QuantityKind::Count && generic && !compound {
            if let Some(np) = number_of_before(toks, start, floor) {
                counted = Some(np);
            }
        }
        if counted.is_none() && matches!(kind, QuantityKind::Count | QuantityKind::Money) {
            if let Some((np, hedge)) = of_noun_before(toks, start, floor) {
                counted = Some(np);
                if qualifier.is_none() {
                    qualifier = hedge;
                }
            }
        }
        if rate.is_none() {
            if let Some((_, b)) = counted.filter(|(a, _)| *a >= j) {
                rate = rate_after(toks, b).map(|r| r.0);
            }
        }

        let mut q = self.quantity(kind, start, j)?;
        match range {
            Some((lo, hi)) => {
                q.low = Some(lo);
                q.high = Some(hi);
            }
            None if num.vague => q.low = Some(num.value),
            None => q.value = Some(num.value),
        }
        q.vague = num.vague;
        q.qualifier = qualifier;
        q.unit = unit.map(|u| match u {
            Unit::Percent(x) | Unit::Currency(x) | Unit::Time(x) | Unit::Measure(x) => {
                x.to_string()
            }
        });
        q.rate = rate.map(str::to_string);
        q.counted = counted
            .and_then(|(a, b)| self.text(a, b))
            .map(str::to_string);
        Some(Step::Found(q, j))
    }

    /// Range ends, carrying a scale written only on the second (`5-10 million`).
    fn range_values(first: &Numeral, second: &Numeral) -> (f64, f64) {
        let mut lo = first.value;
        if !first.scaled && second.scaled && first.mantissa <= second.mantissa {
            lo = first.mantissa * (second.value / second.mantissa.max(f64::MIN_POSITIVE));
        }
        (lo, second.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_punctuation() {
        assert!(read_all("").is_empty());
        assert!(read_all("...!?").is_empty());
    }
}
