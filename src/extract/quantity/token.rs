//! Split a sentence into words, numbers and punctuation with byte spans, the raw material
//! every other part of the quantity reader scans.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TokKind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits, with `,ddd` groups, space groups (`16 000`) and a decimal part.
    Digits,
    /// Any other single character.
    Punct,
}

/// Longest word kept in lower case; every word in the lexicons is shorter.
const LOWER_CAP: usize = 16;

/// One token of a sentence.
#[derive(Debug, Clone)]
pub(super) struct Token<'a> {
    pub kind: TokKind,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    /// Whitespace separates this token from the previous one (true for the first token).
    pub space_before: bool,
    /// For digits: the digits without separators, as an integer mantissa.
    pub mantissa: u64,
    /// For digits: how many of the mantissa's digits are decimals.
    pub decimals: u32,
    /// For digits: thousands separators (`,` or spaces) were used.
    pub grouped: bool,
    /// For digits: a version-like or over-long run (`1.2.3`) that is no figure at all.
    pub code: bool,
    lower: [u8; LOWER_CAP],
    lower_len: u8,
}

impl<'a> Token<'a> {
    fn new(kind: TokKind, s: &'a str, start: usize, end: usize, space_before: bool) -> Self {
        let text = &s[start..end];
        let mut lower = [0u8; LOWER_CAP];
        let mut lower_len = 0u8;
        // Lexicon words are ASCII; anything longer or non-ASCII can never match one, so it
        // keeps an empty lower form and costs no allocation.
        if kind == TokKind::Word && text.is_ascii() && text.len() <= LOWER_CAP {
            for (slot, b) in lower.iter_mut().zip(text.bytes()) {
                *slot = b.to_ascii_lowercase();
            }
            lower_len = text.len() as u8;
        }
        Token {
            kind,
            text,
            start,
            end,
            space_before,
            mantissa: 0,
            decimals: 0,
            grouped: false,
            code: false,
            lower,
            lower_len,
        }
    }

    /// The word in ASCII lower case, or `""` for non-words and words no lexicon holds.
    pub fn low(&self) -> &str {
        std::str::from_utf8(&self.lower[..self.lower_len as usize]).unwrap_or("")
    }

    /// A word that starts with an upper-case letter.
    pub fn capitalised(&self) -> bool {
        self.kind == TokKind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// This token is the single character `c`.
    pub fn is(&self, c: char) -> bool {
        self.kind == TokKind::Punct && self.text.starts_with(c)
    }

    /// A hyphen or en dash, the characters that join ranges and compound adjectives.
    pub fn is_dash(&self) -> bool {
        self.is('-') || self.is('\u{2013}') || self.is('\u{2010}') || self.is('\u{2011}')
    }

    /// The figure of a digits token multiplied by `scale`, computed so that `1.03 million`
    /// comes out as exactly 1030000.
    pub fn scaled(&self, scale: f64) -> f64 {
        (self.mantissa as f64 * scale) / 10f64.powi(self.decimals as i32)
    }

    /// A plain integer written without separators or decimals (`2019`, `29`).
    pub fn plain_int(&self) -> Option<u64> {
        (self.kind == TokKind::Digits && !self.grouped && self.decimals == 0 && !self.code)
            .then_some(self.mantissa)
    }
}

/// Whitespace that may separate thousands groups: space, no-break space, thin spaces.
fn group_space(s: &str, at: usize) -> Option<usize> {
    let rest = s.get(at..)?;
    ['\u{20}', '\u{a0}', '\u{202f}', '\u{2009}']
        .into_iter()
        .find(|c| rest.starts_with(*c))
        .map(char::len_utf8)
}

/// Exactly three digits at `at`, not followed by a fourth.
fn three_digits(b: &[u8], at: usize) -> bool {
    at + 3 <= b.len()
        && b[at..at + 3].iter().all(u8::is_ascii_digit)
        && b.get(at + 3).is_none_or(|c| !c.is_ascii_digit())
}

/// Scan the digits token starting at byte `i`; returns its end and its parts.
fn scan_digits(s: &str, i: usize) -> (usize, u64, u32, bool, bool) {
    let b = s.as_bytes();
    let mut j = i;
    while j < b.len() && b[j].is_ascii_digit() {
        j += 1;
    }
    let first_run = j - i;
    let mut grouped = false;
    if first_run <= 3 {
        while j < b.len() && b[j] == b',' && three_digits(b, j + 1) {
            j += 4;
            grouped = true;
        }
        if !grouped {
            // `16 000`: only when the space is followed by exactly three digits and the
            // group is not itself followed by a decimal point (`3 2.5` is two figures).
            while let Some(w) = group_space(s, j) {
                if three_digits(b, j + w) && b.get(j + w + 3) != Some(&b'.') {
                    j += w + 3;
                    grouped = true;
                } else {
                    break;
                }
            }
        }
    }
    let mut code = false;
    let int_end = j;
    let mut frac_end = j;
    if j + 1 < b.len() && b[j] == b'.' && b[j + 1].is_ascii_digit() {
        j += 1;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        frac_end = j;
        // A second decimal point makes it a version number or an address, not a figure.
        while j + 1 < b.len() && b[j] == b'.' && b[j + 1].is_ascii_digit() {
            code = true;
            j += 1;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
        }
    }
    let mut mantissa: u64 = 0;
    let mut digits = 0u32;
    for &c in &b[i..frac_end] {
        if c.is_ascii_digit() {
            digits += 1;
            if digits > 18 {
                code = true;
                break;
            }
            mantissa = mantissa * 10 + u64::from(c - b'0');
        }
    }
    let decimals = if frac_end > int_end {
        (frac_end - int_end - 1) as u32
    } else {
        0
    };
    (j, mantissa, decimals, grouped, code)
}

/// Tokenise `s`. Every span lies on character boundaries.
pub(super) fn tokenize(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(s.len() / 4 + 1);
    let mut i = 0;
    let mut space = true;
    while let Some(c) = s.get(i..).and_then(|r| r.chars().next()) {
        if c.is_whitespace() {
            space = true;
            i += c.len_utf8();
            continue;
        }
        if c.is_ascii_digit() {
            let (end, mantissa, decimals, grouped, code) = scan_digits(s, i);
            let mut t = Token::new(TokKind::Digits, s, i, end, space);
            t.mantissa = mantissa;
            t.decimals = decimals;
            t.grouped = grouped;
            t.code = code;
            out.push(t);
            i = end;
        } else if c.is_alphabetic() {
            let end = s[i..]
                .char_indices()
                .find(|&(_, ch)| !ch.is_alphabetic())
                .map_or(s.len(), |(k, _)| i + k);
            out.push(Token::new(TokKind::Word, s, i, end, space));
            i = end;
        } else {
            let end = i + c.len_utf8();
            out.push(Token::new(TokKind::Punct, s, i, end, space));
            i = end;
        }
        space = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text).collect()
    }

    #[test]
    fn groups_and_decimals() {
        assert_eq!(texts("20,000 men"), ["20,000", "men"]);
        assert_eq!(texts("16 000 people"), ["16 000", "people"]);
        assert_eq!(texts("2.7million"), ["2.7", "million"]);
        assert_eq!(texts("MiG-29"), ["MiG", "-", "29"]);
        assert_eq!(texts("in 2011, 2012"), ["in", "2011", ",", "2012"]);
        assert_eq!(texts("June 29 2019"), ["June", "29", "2019"]);
        let t = tokenize("1.03");
        assert_eq!(t[0].scaled(1e6), 1_030_000.0);
        assert!(tokenize("1.2.3")[0].code);
    }
}
