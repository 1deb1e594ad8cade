//! The words around a figure: the hedge and currency before it, the unit and rate after it,
//! and the noun phrase it counts (forward, or back through `the number of X ... is N`).

use super::lexicon::{
    currency_code, currency_symbol, currency_word, dollar_nationality, dollar_prefix,
    hedge_adjective, is_false_plural, is_irregular_plural, is_money_cue, is_stop, measure_unit,
    month, ordinal_word, scale_word, small_number, time_unit, vague_plural, QUALIFIERS, RATES,
};
use super::token::{TokKind, Token};
use super::Qualifier;

/// What a figure is measured in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Percent(&'static str),
    Currency(&'static str),
    Time(&'static str),
    Measure(&'static str),
}

fn low<'t>(toks: &'t [Token<'_>], k: usize) -> &'t str {
    toks.get(k).map(Token::low).unwrap_or("")
}

/// Currency written just before token `i`: `$`, `US$`, `€`, `USD`. Returns the code and
/// the first token of the currency. Never reaches below `floor`.
pub(super) fn currency_before(
    toks: &[Token<'_>],
    i: usize,
    floor: usize,
) -> Option<(&'static str, usize)> {
    let k = i.checked_sub(1).filter(|k| *k >= floor)?;
    let t = toks.get(k)?;
    if t.kind == TokKind::Punct {
        let code = currency_symbol(t.text.chars().next()?)?;
        if t.is('$') && k > floor {
            if let Some(p) = toks.get(k - 1) {
                if !t.space_before && p.kind == TokKind::Word {
                    if let Some(c) = dollar_prefix(p.text) {
                        return Some((c, k - 1));
                    }
                }
            }
        }
        return Some((code, k));
    }
    if t.kind == TokKind::Word {
        return currency_code(t.text).map(|c| (c, k));
    }
    None
}

/// Hedge written just before token `first` (`more than`, `some`). Returns it and its first
/// token.
pub(super) fn qualifier_before(
    toks: &[Token<'_>],
    first: usize,
    floor: usize,
) -> Option<(Qualifier, usize)> {
    QUALIFIERS.iter().find_map(|(words, q)| {
        let n = words.len();
        let k = first.checked_sub(n).filter(|k| *k >= floor)?;
        words
            .iter()
            .enumerate()
            .all(|(j, w)| low(toks, k + j) == *w)
            .then_some((*q, k))
    })
}

/// Whether any word of the sentence marks money talk, so `pounds` are sterling.
pub(super) fn money_talk(toks: &[Token<'_>]) -> bool {
    toks.iter().any(|t| is_money_cue(t.low()))
}

/// Unit written at token `j`, just after a figure; returns it and the token after it.
/// Short abbreviations (`m`, `h`, `t`) count only when glued to the figure.
pub(super) fn unit_after(
    toks: &[Token<'_>],
    j: usize,
    money_context: bool,
) -> Option<(Unit, usize)> {
    let t = toks.get(j)?;
    if t.is('%') {
        return Some((Unit::Percent("%"), j + 1));
    }
    if t.kind != TokKind::Word {
        return None;
    }
    let w = t.low();
    match w {
        "percent" | "pc" => return Some((Unit::Percent("%"), j + 1)),
        "per" if low(toks, j + 1) == "cent" => return Some((Unit::Percent("%"), j + 2)),
        "percentage" if matches!(low(toks, j + 1), "point" | "points") => {
            return Some((Unit::Percent("percentage point"), j + 2))
        }
        _ => {}
    }
    if let Some(c) = currency_code(t.text) {
        return Some((Unit::Currency(c), j + 1));
    }
    if let Some(c) = dollar_nationality(w) {
        if matches!(low(toks, j + 1), "dollar" | "dollars") {
            return Some((Unit::Currency(c), j + 2));
        }
    }
    if matches!(w, "pound" | "pounds") {
        if low(toks, j + 1) == "sterling" {
            return Some((Unit::Currency("GBP"), j + 2));
        }
        let unit = if money_context {
            Unit::Currency("GBP")
        } else {
            Unit::Measure("lb")
        };
        return Some((unit, j + 1));
    }
    if let Some(c) = currency_word(w) {
        // `won` is far more often the verb; only a capitalised or glued reading is money.
        if w != "won" {
            return Some((Unit::Currency(c), j + 1));
        }
    }
    let glued = !t.space_before;
    if matches!(w, "square" | "sq") {
        if let Some(u) = measure_unit(low(toks, j + 1)) {
            let sq = match u {
                "km" => "km2",
                "mile" => "sq mile",
                "m" => "m2",
                "ft" => "sq ft",
                _ => return None,
            };
            return Some((Unit::Measure(sq), j + 2));
        }
    }
    if let Some(u) = time_unit(w) {
        if w.len() > 1 || glued {
            // `25 years old` reads as an age: a duration of years.
            let end = if u == "year" && low(toks, j + 1) == "old" {
                j + 2
            } else {
                j + 1
            };
            return Some((Unit::Time(u), end));
        }
    }
    if let Some(u) = measure_unit(w) {
        // A lone `m` after a space is metres; `t`, `g`, `l` alone are too often letters.
        if w.len() > 1 || glued || w == "m" {
            return Some((Unit::Measure(u), j + 1));
        }
    }
    None
}

/// Rate phrase at token `j` (`a month`, `per person`, `each`, `for each of them`),
/// normalised to a singular word, and the token after it.
pub(super) fn rate_after(toks: &[Token<'_>], j: usize) -> Option<(&'static str, usize)> {
    for (words, rate) in RATES {
        if words
            .iter()
            .enumerate()
            .all(|(k, w)| low(toks, j + k) == *w)
        {
            return Some((rate, j + words.len()));
        }
    }
    let lead = low(toks, j);
    if matches!(lead, "a" | "an" | "per" | "every") {
        let w = low(toks, j + 1);
        let singular = !w.ends_with('s') || lead == "per";
        if let Some(r) = super::lexicon::rate_noun(w).filter(|_| singular) {
            return Some((r, j + 2));
        }
    }
    None
}

/// Post-hedges: `or more`, `or so`, `or fewer`, `-plus`.
pub(super) fn qualifier_after(toks: &[Token<'_>], j: usize) -> Option<(Qualifier, usize)> {
    match (low(toks, j), low(toks, j + 1)) {
        ("or", "more") => Some((Qualifier::AtLeast, j + 2)),
        ("or", "so") => Some((Qualifier::About, j + 2)),
        ("or", "fewer") | ("or", "less") => Some((Qualifier::UpTo, j + 2)),
        ("plus", _) => Some((Qualifier::AtLeast, j + 1)),
        _ if toks.get(j).is_some_and(Token::is_dash) && low(toks, j + 1) == "plus" => {
            Some((Qualifier::AtLeast, j + 2))
        }
        _ => None,
    }
}

/// A word that looks like a plural noun: where a counted phrase ends.
fn plural(w: &str) -> bool {
    if is_irregular_plural(w) {
        return true;
    }
    w.len() > 2
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !is_false_plural(w)
}

/// A word that ends a noun phrase before it starts or cannot sit in one.
fn blocks(t: &Token<'_>) -> bool {
    let w = t.low();
    t.kind != TokKind::Word
        || is_stop(w)
        || small_number(w).is_some()
        || scale_word(w).is_some()
        || vague_plural(w).is_some()
        || ordinal_word(w).is_some() && w != "second"
        || (t.capitalised() && month(w).is_some())
        || super::lexicon::is_weekday(w)
        || super::lexicon::is_irregular_verb(w)
}

/// The counted noun phrase starting at token `j`: up to four words, ending at a function
/// word, punctuation, a verb-looking word after the first, or right after a plural head
/// (unless `and`/`or` joins a second noun). Returns its token range.
pub(super) fn noun_phrase(toks: &[Token<'_>], j: usize) -> Option<(usize, usize)> {
    let mut k = j;
    let mut words = 0;
    let mut end = j;
    while words < 4 {
        let Some(t) = toks.get(k) else { break };
        if blocks(t) {
            break;
        }
        let w = t.low();
        // After the first word, `-ed`/`-ing`/`-ly` words are verbs or adverbs
        // (`20 people killed`); before it they are adjectives (`armed men`).
        if words > 0 && (w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly")) {
            break;
        }
        // `pro-government fighters`: hyphenated compounds are one word.
        let mut next = k + 1;
        while toks
            .get(next)
            .is_some_and(|d| d.is_dash() && !d.space_before)
            && toks
                .get(next + 1)
                .is_some_and(|x| x.kind == TokKind::Word && !x.space_before)
        {
            next += 2;
        }
        // A lone `-ed` word is the verb (`50 killed`), not an adjective (`armed men`).
        if words == 0
            && w.ends_with("ed")
            && toks
                .get(next)
                .is_none_or(|n| blocks(n) || n.low().ends_with("ed") || n.low().ends_with("ly"))
        {
            break;
        }
        words += 1;
        end = next;
        k = next;
        let last = toks.get(next - 1).map(Token::low).unwrap_or("");
        if plural(last) {
            let joined = matches!(low(toks, k), "and" | "or")
                && toks.get(k + 1).is_some_and(|x| !blocks(x))
                && words < 3;
            if !joined {
                break;
            }
            k += 1;
        }
    }
    (end > j).then_some((j, end))
}

/// The noun phrase a figure counts, written after it at token `j`: `hundreds of elements`,
/// `five of the victims`, `40 per cent of voters`.
pub(super) fn counted_after(
    toks: &[Token<'_>],
    j: usize,
    through_of: bool,
) -> Option<(usize, usize)> {
    if low(toks, j) == "of" {
        let k = match low(toks, j + 1) {
            "the" | "these" | "those" | "its" | "their" | "his" | "her" | "our" => j + 2,
            _ if through_of => j + 1,
            _ => return None,
        };
        return noun_phrase(toks, k);
    }
    noun_phrase(toks, j)
}

/// `the number of X ... is N`: the X a bare figure at token `first` reports, searched back
/// within the clause. Also `the death toll ... N`.
pub(super) fn number_of_before(
    toks: &[Token<'_>],
    first: usize,
    floor: usize,
) -> Option<(usize, usize)> {
    let lowest = first.saturating_sub(16).max(floor);
    let mut k = first;
    while k > lowest {
        k -= 1;
        let t = &toks[k];
        if t.kind == TokKind::Punct && matches!(t.text, "." | ";" | ":" | "!" | "?" | "(" | ")") {
            return None;
        }
        if t.kind == TokKind::Digits {
            return None;
        }
        if t.low() == "number" && low(toks, k + 1) == "of" {
            return noun_phrase(toks, k + 2).filter(|(_, e)| *e <= first);
        }
        if t.low() == "toll" {
            let head = k
                .checked_sub(1)
                .filter(|p| *p >= floor && !blocks(&toks[*p]));
            return Some((head.unwrap_or(k), k + 1));
        }
    }
    None
}

/// `a salary of N`, `bounties of up to N`: the noun a figure is `of`, read back from the
/// token before `first`. Hedge adjectives in that phrase (`an approximate salary`) are left
/// out of it and returned as the figure's qualifier.
pub(super) fn of_noun_before(
    toks: &[Token<'_>],
    first: usize,
    floor: usize,
) -> Option<((usize, usize), Option<Qualifier>)> {
    let of = first.checked_sub(1).filter(|k| *k > floor)?;
    if low(toks, of) != "of" {
        return None;
    }
    let head = of - 1;
    let t = toks.get(head)?;
    if blocks(t)
        || t.capitalised()
        || matches!(
            t.low(),
            "number"
                | "total"
                | "amount"
                | "sum"
                | "figure"
                | "maximum"
                | "minimum"
                | "average"
                | "estimate"
                | "tally"
                | "group"
                | "batch"
                | "handful"
                | "out"
                | "one"
                | "age"
                | "rest"
                | "majority"
                | "part"
                | "most"
                | "many"
                | "none"
                | "each"
                | "all"
        )
    {
        return None;
    }
    let mut start = head;
    let mut hedge = None;
    while start > floor && head - start < 2 {
        let p = &toks[start - 1];
        if let Some(q) = hedge_adjective(p.low()) {
            hedge = Some(q);
            break;
        }
        // `offered bounties of`: a verb before the noun is not part of it.
        let w = p.low();
        if blocks(p) || p.capitalised() || w.ends_with("ed") || w.ends_with("ing") {
            break;
        }
        start -= 1;
    }
    if hedge.is_none() && start > floor {
        hedge = hedge_adjective(toks[start - 1].low());
    }
    Some(((start, head + 1), hedge))
}

/// Nouns too general to name what is counted (`20,000 men`) when the clause names it
/// better (`the number of foreign volunteers had reached 20,000 men`).
pub(super) fn is_generic_head(s: &str) -> bool {
    matches!(
        s.to_ascii_lowercase().as_str(),
        "men" | "people" | "persons" | "individuals" | "women" | "souls"
    )
}
