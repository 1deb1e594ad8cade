//! Digits of other scripts read as ASCII: news in or quoting Arabic, Persian, Urdu, Hindi,
//! Bengali or CJK text writes `٣٠٠` or `３００` for 300. The reader scans ASCII digits only, so
//! a sentence holding such digits is read in an ASCII copy and the spans are mapped back.

use super::Quantity;

/// The zero of each run of ten decimal digits read: Arabic-Indic, Extended Arabic-Indic
/// (Persian, Urdu), Devanagari, Bengali, fullwidth.
const ZEROS: [u32; 5] = [0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10];

/// The ASCII character for `c`, when it is a digit or an Arabic number separator.
fn ascii(c: char) -> Option<char> {
    match c {
        // ARABIC DECIMAL SEPARATOR and ARABIC THOUSANDS SEPARATOR.
        '\u{066B}' => Some('.'),
        '\u{066C}' => Some(','),
        _ => ZEROS.iter().find_map(|&zero| {
            let d = u32::from(c).checked_sub(zero).filter(|d| *d < 10)?;
            char::from_digit(d, 10)
        }),
    }
}

/// An ASCII copy of `s` with foreign digits replaced, and for each byte offset of the copy
/// (and its end) the offset in `s`; `None` when `s` has no such digit.
pub(super) fn ascii_copy(s: &str) -> Option<(String, Vec<usize>)> {
    if s.is_ascii() || !s.chars().any(|c| ascii(c).is_some_and(|a| a != c)) {
        return None;
    }
    let mut copy = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len() + 1);
    for (i, c) in s.char_indices() {
        let out = ascii(c).unwrap_or(c);
        copy.push(out);
        map.extend(std::iter::repeat_n(i, out.len_utf8()));
    }
    map.push(s.len());
    Some((copy, map))
}

/// Moves `q`, read in `copy`, back onto `s`: spans and `as_written` point into `s`, and a
/// counted noun holding a replaced digit is taken from `s` too.
pub(super) fn map_back(s: &str, copy: &str, map: &[usize], q: &mut Quantity) {
    let at = |i: usize| map.get(i).copied().unwrap_or(s.len());
    q.start = at(q.start);
    q.end = at(q.end);
    q.as_written = s.get(q.start..q.end).unwrap_or_default().to_string();
    if let Some(counted) = &mut q.counted {
        if counted.bytes().any(|b| b.is_ascii_digit()) {
            if let Some(from) = copy.find(counted.as_str()) {
                if let Some(orig) = s.get(at(from)..at(from + counted.len())) {
                    *counted = orig.to_string();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::read;

    #[test]
    fn foreign_digits_read_as_ascii_with_spans_in_the_sentence() {
        for (sentence, written, value) in [
            ("٣٠٠ قتيل", "٣٠٠", 300.0),
            ("Some ٢٥,٠٠٠ fighters crossed", "Some ٢٥,٠٠٠", 25_000.0),
            ("About ۱۲۰۰ people fled", "About ۱۲۰۰", 1_200.0),
            ("At least ३५ people died", "At least ३५", 35.0),
            ("It cost ３００ dollars", "３００ dollars", 300.0),
            ("A ٢٫٥ percent rise", "٢٫٥ percent", 2.5),
            ("Over ١٬٥٠٠ troops", "Over ١٬٥٠٠", 1_500.0),
        ] {
            let q = read(sentence);
            assert_eq!(q.len(), 1, "{sentence}: {q:?}");
            assert_eq!(q[0].as_written, written, "{sentence}");
            assert_eq!(&sentence[q[0].start..q[0].end], written, "{sentence}");
            assert_eq!(q[0].value, Some(value), "{sentence}");
        }
        let q = read("Some ٢٥,٠٠٠ fighters crossed");
        assert_eq!(q[0].counted.as_deref(), Some("fighters"));
    }

    #[test]
    fn ascii_and_other_text_is_untouched() {
        assert!(super::ascii_copy("300 dead").is_none());
        assert!(super::ascii_copy("قتيل, Ünal").is_none());
    }
}
