//! Read the bare figure at a token: digits with their scale (`2.7 million`, `1K`, `€2bn`),
//! number words (`twenty-five thousand`, `a dozen`) and vague plurals (`tens of thousands`).

use super::lexicon::{is_tens, scale_word, small_number, vague_plural};
use super::token::{TokKind, Token};

/// A figure without its context.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Numeral {
    /// The figure, or the lower bound of a vague amount.
    pub value: f64,
    /// The figure before any scale word (`2.7` in `2.7 million`).
    pub mantissa: f64,
    /// A scale word or suffix was applied.
    pub scaled: bool,
    /// A vague plural (`hundreds`): `value` is only a lower bound.
    pub vague: bool,
    /// Written in words rather than digits.
    pub spelled: bool,
    /// Exactly the word `one` and nothing else, which is more often a pronoun than a count.
    pub bare_one: bool,
    /// First token of the figure.
    pub first: usize,
    /// One past its last token.
    pub end: usize,
}

/// Scale of a word glued to or following digits. The bare `m`/`b` mean million/billion
/// only for money (`$5m`, `£3b`); `M` and `B` upper case read as scales too.
fn digit_scale(t: &Token<'_>, money: bool) -> Option<f64> {
    if t.kind != TokKind::Word {
        return None;
    }
    if let Some(s) = scale_word(t.low()) {
        return Some(s);
    }
    match t.text {
        "M" => Some(1e6),
        "B" => Some(1e9),
        "K" => Some(1e3),
        "m" if money => Some(1e6),
        "b" if money => Some(1e9),
        _ => None,
    }
}

/// The figure written in digits at `i`, with a following scale word.
fn digits_at(toks: &[Token<'_>], i: usize, money: bool) -> Option<Numeral> {
    let t = toks.get(i)?;
    if t.kind != TokKind::Digits || t.code {
        return None;
    }
    let base = t.scaled(1.0);
    let mut n = Numeral {
        value: base,
        mantissa: base,
        scaled: false,
        vague: false,
        spelled: false,
        bare_one: false,
        first: i,
        end: i + 1,
    };
    if let Some(next) = toks.get(i + 1) {
        if let Some(scale) = digit_scale(next, money) {
            // `2.7million` and `2.7 million` alike.
            n.value = t.scaled(scale);
            n.scaled = true;
            n.end = i + 2;
            // `1.5 thousand million` is rare enough to ignore; `2 hundred thousand` is not.
            if scale == 1e2 {
                if let Some(s2) = toks.get(i + 2).and_then(|x| digit_scale(x, money)) {
                    if s2 > 1e2 {
                        n.value *= s2;
                        n.end = i + 3;
                    }
                }
            }
        }
    }
    Some(n)
}

/// The number written in words at `i` (`twenty-five thousand`, `a hundred`, `half a million`).
fn words_at(toks: &[Token<'_>], i: usize) -> Option<Numeral> {
    let first = toks.get(i)?;
    if first.kind != TokKind::Word {
        return None;
    }
    let mut j = i;
    let mut total = 0.0;
    let mut current = 0.0;
    let mut seen = false;
    let mut half = false;
    // `a hundred`, `a dozen`, `half a million`: the article stands for one.
    let lead = first.low();
    if lead == "half" && toks.get(i + 1).map(Token::low) == Some("a") {
        half = true;
        j = i + 2;
        current = 1.0;
    } else if matches!(lead, "a" | "an") {
        current = 1.0;
        j = i + 1;
    }
    let article = j > i;
    let mut last_small = false;
    while let Some(t) = toks.get(j) {
        if t.kind != TokKind::Word {
            break;
        }
        let w = t.low();
        if let Some(v) = small_number(w) {
            if last_small || (article && !seen) {
                break;
            }
            current += v;
            seen = true;
            last_small = true;
            j += 1;
            // `twenty-five`: tens, hyphen, unit, all glued.
            if is_tens(w) {
                if let (Some(d), Some(u)) = (toks.get(j), toks.get(j + 1)) {
                    let unit = small_number(u.low()).filter(|v| *v < 10.0 && *v > 0.0);
                    if d.is_dash() && !d.space_before && !u.space_before {
                        if let Some(v) = unit {
                            current += v;
                            j += 2;
                        }
                    }
                }
            }
            continue;
        }
        if w == "hundred" {
            current = if current == 0.0 {
                100.0
            } else {
                current * 100.0
            };
            seen = true;
            last_small = false;
            j += 1;
            // `two hundred and fifty`
            if toks.get(j).map(Token::low) == Some("and")
                && toks
                    .get(j + 1)
                    .and_then(|x| small_number(x.low()))
                    .is_some()
            {
                j += 1;
            }
            continue;
        }
        if w == "dozen" {
            current = if current == 0.0 { 12.0 } else { current * 12.0 };
            seen = true;
            last_small = false;
            j += 1;
            continue;
        }
        if let Some(s) = scale_word(w).filter(|s| *s >= 1e3 && w.len() > 2) {
            if current == 0.0 && !seen {
                break;
            }
            total += if current == 0.0 { 1.0 } else { current } * s;
            current = 0.0;
            seen = true;
            last_small = false;
            j += 1;
            continue;
        }
        break;
    }
    if !seen {
        return None;
    }
    let mut value = total + current;
    if half {
        value *= 0.5;
    }
    let bare_one = j == i + 1 && lead == "one";
    Some(Numeral {
        value,
        mantissa: value,
        scaled: false,
        vague: false,
        spelled: true,
        bare_one,
        first: i,
        end: j,
    })
}

/// A vague amount at `i`: `dozens`, `hundreds of thousands`, `tens of millions`,
/// `several hundred`, `a few thousand`.
fn vague_at(toks: &[Token<'_>], i: usize) -> Option<Numeral> {
    let t = toks.get(i)?;
    let w = t.low();
    let word = |k: usize| toks.get(k).map(Token::low).unwrap_or("");
    let (mut value, mut j) = if let Some(v) = vague_plural(w) {
        // `scores` and `tens` are only amounts in `scores of`, `tens of thousands`.
        if matches!(w, "scores" | "tens") && word(i + 1) != "of" {
            return None;
        }
        (v, i + 1)
    } else if matches!(w, "several" | "few" | "many") || (w == "a" && word(i + 1) == "few") {
        let k = if w == "a" { i + 2 } else { i + 1 };
        let next = word(k);
        let scale = match next {
            "dozen" => 12.0,
            "hundred" => 1e2,
            "thousand" => 1e3,
            "million" => 1e6,
            "billion" => 1e9,
            _ => match vague_plural(next) {
                // `many thousands`
                Some(v) if w == "many" && v >= 100.0 => v,
                _ => return None,
            },
        };
        let mult = if w == "many" { 1.0 } else { 2.0 };
        (mult * scale, k + 1)
    } else {
        return None;
    };
    // `hundreds of thousands`, `tens of thousands of millions`.
    while word(j) == "of" {
        match vague_plural(word(j + 1)) {
            Some(v) if v >= 100.0 => {
                value *= v;
                j += 2;
            }
            _ => break,
        }
    }
    if w == "tens" && j == i + 1 {
        return None;
    }
    Some(Numeral {
        value,
        mantissa: value,
        scaled: false,
        vague: true,
        spelled: true,
        bare_one: false,
        first: i,
        end: j,
    })
}

/// The figure starting at token `i`, if any. `money` says a currency precedes it, which
/// lets `m`/`b` read as million/billion.
pub(super) fn numeral_at(toks: &[Token<'_>], i: usize, money: bool) -> Option<Numeral> {
    digits_at(toks, i, money)
        .or_else(|| vague_at(toks, i))
        .or_else(|| words_at(toks, i))
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    fn num(s: &str) -> Option<(f64, bool, usize)> {
        let t = tokenize(s);
        numeral_at(&t, 0, false).map(|n| (n.value, n.vague, n.end))
    }

    #[test]
    fn reads_figures() {
        assert_eq!(num("2.7 million"), Some((2_700_000.0, false, 2)));
        assert_eq!(num("2.7million"), Some((2_700_000.0, false, 2)));
        assert_eq!(num("1.03 million"), Some((1_030_000.0, false, 2)));
        assert_eq!(num("1K"), Some((1000.0, false, 2)));
        assert_eq!(num("twenty-five thousand"), Some((25_000.0, false, 4)));
        assert_eq!(num("two hundred and fifty people"), Some((250.0, false, 4)));
        assert_eq!(num("a dozen"), Some((12.0, false, 2)));
        assert_eq!(num("a hundred"), Some((100.0, false, 2)));
        assert_eq!(num("half a million"), Some((500_000.0, false, 3)));
        assert_eq!(num("tens of thousands"), Some((10_000.0, true, 3)));
        assert_eq!(num("hundreds of thousands of"), Some((100_000.0, true, 3)));
        assert_eq!(num("several hundred"), Some((200.0, true, 2)));
        assert_eq!(num("dozens of"), Some((12.0, true, 1)));
        assert_eq!(num("a day"), None);
        assert_eq!(num("tens"), None);
        assert_eq!(num("scores"), None);
    }
}
