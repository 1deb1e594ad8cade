//! Word-level differences between two sentences of a finding, and their renderings as
//! plain markers, ANSI colour and HTML.

use similar::{capture_diff_slices, Algorithm, DiffOp};

/// What happened to a run of words going from the left sentence to the right one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Change {
    /// In both.
    Equal,
    /// Only in the left sentence.
    Removed,
    /// Only in the right sentence.
    Added,
}

/// The word-level difference from `left` to `right`: runs of words (joined by one space,
/// since white space is not compared), removals before additions where words were
/// replaced. Deterministic; never empty unless both sentences are.
pub fn words(left: &str, right: &str) -> Vec<(Change, String)> {
    let old: Vec<&str> = left.split_whitespace().collect();
    let new: Vec<&str> = right.split_whitespace().collect();
    let mut out: Vec<(Change, String)> = Vec::new();
    let mut push = |change: Change, words: &[&str]| {
        if words.is_empty() {
            return;
        }
        let text = words.join(" ");
        match out.last_mut() {
            Some((last, run)) if *last == change => {
                run.push(' ');
                run.push_str(&text);
            }
            _ => out.push((change, text)),
        }
    };
    // Patience keeps unique anchor words aligned, which reads better on prose than Myers.
    for op in capture_diff_slices(Algorithm::Patience, &old, &new) {
        match op {
            DiffOp::Equal { old_index, len, .. } => {
                push(Change::Equal, &old[old_index..old_index + len])
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => push(Change::Removed, &old[old_index..old_index + old_len]),
            DiffOp::Insert {
                new_index, new_len, ..
            } => push(Change::Added, &new[new_index..new_index + new_len]),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                push(Change::Removed, &old[old_index..old_index + old_len]);
                push(Change::Added, &new[new_index..new_index + new_len]);
            }
        }
    }
    out
}

/// Plain text with markers: `[-removed-]{+added+}` (the `git diff --word-diff` style).
pub fn plain(diff: &[(Change, String)]) -> String {
    join(diff, |change, text| match change {
        Change::Equal => text.to_string(),
        Change::Removed => format!("[-{text}-]"),
        Change::Added => format!("{{+{text}+}}"),
    })
}

/// Terminal text: removals red and struck through, additions green and underlined.
pub fn ansi(diff: &[(Change, String)]) -> String {
    join(diff, |change, text| match change {
        Change::Equal => text.to_string(),
        Change::Removed => format!("\x1b[31;9m{text}\x1b[0m"),
        Change::Added => format!("\x1b[32;4m{text}\x1b[0m"),
    })
}

/// HTML: `<del>` and `<ins>`, all text escaped.
pub fn html(diff: &[(Change, String)]) -> String {
    join(diff, |change, text| {
        let text = escape_html(text);
        match change {
            Change::Equal => text,
            Change::Removed => format!("<del>{text}</del>"),
            Change::Added => format!("<ins>{text}</ins>"),
        }
    })
}

/// The two sides of a side-by-side view in HTML: the left sentence with its removals
/// marked `<del>`, the right one with its additions marked `<ins>`.
pub fn html_sides(diff: &[(Change, String)]) -> (String, String) {
    let side = |skip: Change| {
        let kept: Vec<(Change, String)> =
            diff.iter().filter(|(c, _)| *c != skip).cloned().collect();
        html(&kept)
    };
    (side(Change::Added), side(Change::Removed))
}

fn join(diff: &[(Change, String)], mut render: impl FnMut(Change, &str) -> String) -> String {
    diff.iter()
        .map(|(change, text)| render(*change, text))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` with the five HTML metacharacters escaped, safe in element content and in
/// quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn replaced_words_are_removed_then_added() {
        let d = words(
            "The embankment had been inspected and was sound.",
            "The embankment had not been inspected since 2009.",
        );
        assert_eq!(
            plain(&d),
            "The embankment had {+not+} been inspected [-and was sound.-] {+since 2009.+}"
        );
    }

    #[test]
    fn equal_sentences_have_one_equal_run() {
        let d = words("Floods hit  the town.", "Floods hit the\ntown.");
        assert_eq!(d, [(Change::Equal, "Floods hit the town.".to_string())]);
        assert!(words("", "").is_empty());
        assert_eq!(words("", "new"), [(Change::Added, "new".to_string())]);
    }

    #[test]
    fn renderings_mark_changes() {
        let d = words("12 deaths <b>", "25 deaths & more");
        assert_eq!(plain(&d), "[-12-] {+25+} deaths [-<b>-] {+& more+}");
        assert_eq!(
            html(&d),
            "<del>12</del> <ins>25</ins> deaths <del>&lt;b&gt;</del> <ins>&amp; more</ins>"
        );
        assert_eq!(
            ansi(&d),
            "\x1b[31;9m12\x1b[0m \x1b[32;4m25\x1b[0m deaths \x1b[31;9m<b>\x1b[0m \x1b[32;4m& more\x1b[0m"
        );
        let (left, right) = html_sides(&d);
        assert_eq!(left, "<del>12</del> deaths <del>&lt;b&gt;</del>");
        assert_eq!(right, "<ins>25</ins> deaths <ins>&amp; more</ins>");
    }

    #[test]
    fn escape_covers_quotes() {
        assert_eq!(
            escape_html(r#"<script>"&'"#),
            "&lt;script&gt;&quot;&amp;&#x27;"
        );
    }

    proptest! {
        #[test]
        fn sides_rebuild_both_sentences(left in "[a-c ]{0,30}", right in "[a-c ]{0,30}") {
            let d = words(&left, &right);
            let side = |skip: Change| d.iter().filter(|(c, _)| *c != skip)
                .map(|(_, t)| t.as_str()).collect::<Vec<_>>().join(" ");
            prop_assert_eq!(side(Change::Added), left.split_whitespace().collect::<Vec<_>>().join(" "));
            prop_assert_eq!(side(Change::Removed), right.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
}
