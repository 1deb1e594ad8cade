//! Recognise dates, years, times of day and ordinals, so that `4 April 2019`, `in 2011`,
//! `10:52 am` and `3rd` are read as what they are and never counted as quantities.

use super::lexicon::{is_tens, month, ordinal_word};
use super::token::{TokKind, Token};
use super::QuantityKind;

/// A calendar or rank reading: what it is, its value, its normalised form, its tokens.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Calendar {
    pub kind: QuantityKind,
    /// Year of a date, hours since midnight of a time, rank of an ordinal.
    pub value: Option<f64>,
    /// First and last year of a span of years (`2019-2021`, `the 1990s`).
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// ISO 8601 form: `2019-04-04`, `2021-11`, `--11-16`, `2011`; `14:15` for times.
    pub iso: Option<String>,
    pub first: usize,
    pub end: usize,
}

impl Calendar {
    fn date(first: usize, end: usize, y: Option<u64>, m: Option<u32>, d: Option<u64>) -> Self {
        let iso = match (y, m, d) {
            (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
            (None, Some(m), Some(d)) => format!("--{m:02}-{d:02}"),
            (Some(y), None, _) => format!("{y:04}"),
            _ => String::new(),
        };
        Calendar {
            kind: QuantityKind::Date,
            value: y.map(|y| y as f64),
            low: None,
            high: None,
            iso: (!iso.is_empty()).then_some(iso),
            first,
            end,
        }
    }
}

fn low_at<'t>(toks: &'t [Token<'_>], k: usize) -> &'t str {
    toks.get(k).map(Token::low).unwrap_or("")
}

/// A plain four-digit integer that can be a year.
pub(super) fn year_of(t: &Token<'_>) -> Option<u64> {
    t.plain_int()
        .filter(|y| (1800..=2100).contains(y) && t.text.len() == 4)
}

/// A plain integer that can be a day of the month.
fn day_of(t: &Token<'_>) -> Option<u64> {
    t.plain_int()
        .filter(|d| (1..=31).contains(d) && t.text.len() <= 2)
}

/// Month name at `k`: capitalised, optionally abbreviated with a full stop. Returns the
/// month and the token after it.
fn month_at(toks: &[Token<'_>], k: usize) -> Option<(u32, usize)> {
    let t = toks.get(k)?;
    if !t.capitalised() {
        return None;
    }
    let m = month(t.low())?;
    let abbreviated = t.text.len() <= 4 && !matches!(t.low(), "may" | "june" | "july");
    if abbreviated
        && toks
            .get(k + 1)
            .is_some_and(|d| d.is('.') && !d.space_before)
    {
        return Some((m, k + 2));
    }
    Some((m, k + 1))
}

/// `st`, `nd`, `rd`, `th` glued to digits.
fn ordinal_suffix(toks: &[Token<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        !t.space_before && t.kind == TokKind::Word && matches!(t.low(), "st" | "nd" | "rd" | "th")
    })
}

/// Year at `k`, allowing one comma before it (`June 29, 2019`).
fn year_after(toks: &[Token<'_>], k: usize) -> Option<(u64, usize)> {
    let k = if toks.get(k).is_some_and(|t| t.is(',')) {
        k + 1
    } else {
        k
    };
    let t = toks.get(k)?;
    let y = year_of(t)?;
    // `on 4 April 2019 1,000 people` is fine; `4 April 2019s` is not a year.
    if toks
        .get(k + 1)
        .is_some_and(|n| !n.space_before && n.kind == TokKind::Word)
    {
        return None;
    }
    Some((y, k + 1))
}

/// `April 4`, `April 4, 2019`, `November 2021`, starting at a month name.
fn month_first(toks: &[Token<'_>], i: usize) -> Option<Calendar> {
    let (m, k) = month_at(toks, i)?;
    // `May` is also a verb: it heads a date only when a figure follows.
    if let Some(d) = toks.get(k).and_then(day_of) {
        let mut e = k + 1;
        if ordinal_suffix(toks, e) {
            e += 1;
        }
        if let Some((y, e2)) = year_after(toks, e) {
            return Some(Calendar::date(i, e2, Some(y), Some(m), Some(d)));
        }
        // `the Nov. 8 elections`: a day right after a month name is a date even before a
        // noun, since news copy puts a comma before a count that follows a month.
        return Some(Calendar::date(i, e, None, Some(m), Some(d)));
    }
    // `October of 2014`
    let k = if low_at(toks, k) == "of" { k + 1 } else { k };
    let (y, e) = year_after(toks, k)?;
    Some(Calendar::date(i, e, Some(y), Some(m), None))
}

/// `4 April 2019`, `16th of November`, starting at the day.
fn day_first(toks: &[Token<'_>], i: usize) -> Option<Calendar> {
    let d = day_of(toks.get(i)?)?;
    let mut k = i + 1;
    if ordinal_suffix(toks, k) {
        k += 1;
    }
    if low_at(toks, k) == "of" {
        k += 1;
    }
    let (m, k) = month_at(toks, k)?;
    // `the 19 Sept. 11 hijackers`: the month takes the day after it, not before.
    if toks.get(k).and_then(day_of).is_some() {
        return None;
    }
    if let Some((y, e)) = year_after(toks, k) {
        return Some(Calendar::date(i, e, Some(y), Some(m), Some(d)));
    }
    Some(Calendar::date(i, k, None, Some(m), Some(d)))
}

/// `2019-04-04` and `4/4/2019`.
fn numeric_date(toks: &[Token<'_>], i: usize) -> Option<Calendar> {
    let glued = |k: usize| toks.get(k).is_some_and(|t| !t.space_before);
    let (a, s1, b, s2, c) = (
        toks.get(i)?,
        toks.get(i + 1)?,
        toks.get(i + 2)?,
        toks.get(i + 3)?,
        toks.get(i + 4)?,
    );
    if !(glued(i + 1) && glued(i + 2) && glued(i + 3) && glued(i + 4)) {
        return None;
    }
    let (pa, pb, pc) = (a.plain_int()?, b.plain_int()?, c.plain_int()?);
    if s1.is('-') && s2.is('-') && year_of(a).is_some() && b.text.len() == 2 {
        let m = u32::try_from(pb).ok().filter(|m| (1..=12).contains(m))?;
        let d = Some(pc).filter(|d| (1..=31).contains(d) && c.text.len() == 2)?;
        return Some(Calendar::date(i, i + 5, Some(pa), Some(m), Some(d)));
    }
    if s1.is('/') && s2.is('/') && year_of(c).is_some() && pa <= 31 && pb <= 31 {
        // Day and month order differ between outlets; only the year is certain.
        return Some(Calendar::date(i, i + 5, Some(pc), None, None));
    }
    None
}

/// `am`/`pm`/`a.m.`/`p.m.` at `k`: whether afternoon, and the token after.
fn meridiem(toks: &[Token<'_>], k: usize) -> Option<(bool, usize)> {
    let t = toks.get(k)?;
    match t.low() {
        "am" => return Some((false, k + 1)),
        "pm" => return Some((true, k + 1)),
        "a" | "p" => {}
        _ => return None,
    }
    let pm = t.low() == "p";
    let dot = |j: usize| toks.get(j).is_some_and(|x| x.is('.') && !x.space_before);
    if dot(k + 1)
        && toks
            .get(k + 2)
            .is_some_and(|m| m.low() == "m" && !m.space_before)
    {
        let end = if dot(k + 3) { k + 4 } else { k + 3 };
        return Some((pm, end));
    }
    None
}

/// `10:52 am`, `14:30`, `2.15pm`, `3 pm`.
fn time_at(toks: &[Token<'_>], i: usize) -> Option<Calendar> {
    let t = toks.get(i)?;
    if t.kind != TokKind::Digits || t.grouped || t.code {
        return None;
    }
    let (hour, minute, mut k) = if toks
        .get(i + 1)
        .is_some_and(|c| c.is(':') && !c.space_before)
        && toks
            .get(i + 2)
            .is_some_and(|m| !m.space_before && m.text.len() == 2)
    {
        (t.plain_int()?, toks.get(i + 2)?.plain_int()?, i + 3)
    } else if t.decimals == 2 {
        let whole = t.mantissa / 100;
        (whole, t.mantissa % 100, i + 1)
    } else {
        (t.plain_int()?, 0, i + 1)
    };
    let colon = k == i + 3;
    let mer = meridiem(toks, k);
    if !colon && mer.is_none() {
        return None;
    }
    if hour > 24 || minute > 59 || (mer.is_some() && hour > 12) {
        return None;
    }
    let mut h = hour;
    if let Some((pm, e)) = mer {
        h = match (pm, hour) {
            (true, 12) => 12,
            (true, x) => x + 12,
            (false, 12) => 0,
            (false, x) => x,
        };
        k = e;
    }
    Some(Calendar {
        kind: QuantityKind::Time,
        value: Some(h as f64 + minute as f64 / 60.0),
        low: None,
        high: None,
        iso: Some(format!("{h:02}:{minute:02}")),
        first: i,
        end: k,
    })
}

/// `3rd`, `21st`, `second`, `twenty-first`.
fn ordinal_at(toks: &[Token<'_>], i: usize) -> Option<Calendar> {
    let t = toks.get(i)?;
    let ordinal = |value: f64, end: usize| Calendar {
        kind: QuantityKind::Ordinal,
        value: Some(value),
        low: None,
        high: None,
        iso: None,
        first: i,
        end,
    };
    if t.kind == TokKind::Digits {
        let n = t.plain_int()?;
        return ordinal_suffix(toks, i + 1).then(|| ordinal(n as f64, i + 2));
    }
    let w = t.low();
    if is_tens(w) {
        let glued = |k: usize| toks.get(k).is_some_and(|x| !x.space_before);
        if toks.get(i + 1).is_some_and(Token::is_dash) && glued(i + 1) && glued(i + 2) {
            if let Some(u) = ordinal_word(low_at(toks, i + 2)).filter(|u| *u < 10.0) {
                let tens = super::lexicon::small_number(w).unwrap_or(0.0);
                return Some(ordinal(tens + u, i + 3));
            }
        }
    }
    ordinal_word(w).map(|v| ordinal(v, i + 1))
}

/// `1990s`: a decade, read as the span of its years.
fn decade_at(toks: &[Token<'_>], i: usize) -> Option<Calendar> {
    let y = year_of(toks.get(i)?)?;
    let s = toks.get(i + 1)?;
    if s.space_before || s.text != "s" || y % 10 != 0 {
        return None;
    }
    Some(Calendar {
        kind: QuantityKind::Date,
        value: None,
        low: Some(y as f64),
        high: Some(y as f64 + 9.0),
        iso: Some(format!("{y:04}s")),
        first: i,
        end: i + 2,
    })
}

/// `2019-2021`, `2019-21`, `2019–20`: a span of years.
fn year_span(toks: &[Token<'_>], i: usize) -> Option<Calendar> {
    let a = year_of(toks.get(i)?)?;
    let dash = toks.get(i + 1)?;
    let b = toks.get(i + 2)?;
    if !dash.is_dash() || dash.space_before || b.space_before {
        return None;
    }
    let n = b.plain_int()?;
    let high = match b.text.len() {
        4 => n,
        2 => a - a % 100 + n,
        _ => return None,
    };
    if high <= a || high > a + 100 {
        return None;
    }
    Some(Calendar {
        kind: QuantityKind::Date,
        value: None,
        low: Some(a as f64),
        high: Some(high as f64),
        iso: Some(format!("{a:04}/{high:04}")),
        first: i,
        end: i + 3,
    })
}

/// A date, time, decade, span of years or ordinal starting at token `i`. Bare years are
/// left to the caller, which weighs the words around them.
pub(super) fn calendar_at(toks: &[Token<'_>], i: usize) -> Option<Calendar> {
    let t = toks.get(i)?;
    match t.kind {
        TokKind::Word => month_first(toks, i).or_else(|| ordinal_at(toks, i)),
        TokKind::Digits => numeric_date(toks, i)
            .or_else(|| time_at(toks, i))
            .or_else(|| day_first(toks, i))
            .or_else(|| decade_at(toks, i))
            .or_else(|| year_span(toks, i))
            .or_else(|| ordinal_at(toks, i)),
        TokKind::Punct => None,
    }
}

/// A bare year at `i`, with the year as a date reading.
pub(super) fn bare_year(toks: &[Token<'_>], i: usize) -> Option<Calendar> {
    let y = year_of(toks.get(i)?)?;
    Some(Calendar::date(i, i + 1, Some(y), None, None))
}
