use super::*;

fn sentences(text: &str) -> Vec<&str> {
    split(text).iter().map(|s| &text[s.start..s.end]).collect()
}

#[test]
fn title_before_a_line_break_does_not_end_the_sentence() {
    let text = "Russia recruits fighters to join putschist Gen.\nKhalifa Haftar’s forces in Libya. It pays well.";
    assert_eq!(
        sentences(text),
        [
            "Russia recruits fighters to join putschist Gen.\nKhalifa Haftar’s forces in Libya.",
            "It pays well."
        ]
    );
}

#[test]
fn titles_initials_and_acronyms() {
    let text = "Dr. Jane Smith met Col. A. B. Jones and Mr. Lee at the U.N. headquarters. \
                They left for the U.S. The talks ended.";
    assert_eq!(
        sentences(text),
        [
            "Dr. Jane Smith met Col. A. B. Jones and Mr. Lee at the U.N. headquarters.",
            "They left for the U.S.",
            "The talks ended."
        ]
    );
}

#[test]
fn decimals_thousands_and_currency_do_not_split() {
    let text =
        "Prices rose 2.7 percent to $ 1,000. Output hit 1.03 million tonnes in Fla. last year.";
    assert_eq!(
        sentences(text),
        [
            "Prices rose 2.7 percent to $ 1,000.",
            "Output hit 1.03 million tonnes in Fla. last year."
        ]
    );
}

#[test]
fn sentence_ends_inside_closing_quote() {
    let text = "He agreed to take part “in combat in Russia’s ranks.” The ministry said so. \
                “Why now?” she asked. \"We will win.\" Then silence.";
    assert_eq!(
        sentences(text),
        [
            "He agreed to take part “in combat in Russia’s ranks.”",
            "The ministry said so.",
            "“Why now?” she asked.",
            "\"We will win.\"",
            "Then silence."
        ]
    );
}

#[test]
fn headlines_and_datelines_end_at_line_break() {
    let text = "Russia tries to recruit mercenaries in eastern Syria\nSmoke rises over the city. (AFP Photo)\n\nMarch 21, 2022 at 10:52 am\n\nThe ministry said it.";
    assert_eq!(
        sentences(text),
        [
            "Russia tries to recruit mercenaries in eastern Syria",
            "Smoke rises over the city.",
            "(AFP Photo)",
            "March 21, 2022 at 10:52 am",
            "The ministry said it."
        ]
    );
}

#[test]
fn wrapped_lines_join() {
    let text = "The protesters marched through the centre of the capital on Sunday\n\
                demanding the resignation of the prime minister and new elections\n\
                before the end of the year, organisers said.";
    assert_eq!(sentences(text).len(), 1);
}

#[test]
fn ellipsis_and_markdown() {
    let text =
        "# Big News\n\n- First item here\n- Second item\n\nWait… Then it came. Really?! Yes.";
    assert_eq!(
        sentences(text),
        [
            "Big News",
            "First item here",
            "Second item",
            "Wait…",
            "Then it came.",
            "Really?!",
            "Yes."
        ]
    );
}

#[test]
fn spaced_ellipsis() {
    // An elision inside a quote keeps the sentence whole; a spaced ellipsis before a capital
    // ends it at its last dot.
    assert_eq!(
        sentences("A poll found that Trump . . . finishes first among voters. It was May."),
        [
            "A poll found that Trump . . . finishes first among voters.",
            "It was May."
        ]
    );
    assert_eq!(
        sentences("Trump . . finishes first. Then he left. . . Nobody followed."),
        [
            "Trump . . finishes first.",
            "Then he left. . .",
            "Nobody followed."
        ]
    );
}

#[test]
fn crlf_and_empty_input() {
    assert!(split("").is_empty());
    assert!(split("  \n\n \r\n").is_empty());
    assert_eq!(sentences("One.\r\nTwo.\r\n"), ["One.", "Two."]);
}

#[test]
fn every_unicode_line_break_counts() {
    // Old Mac endings: the heading still ends at its line, the blank line still separates.
    assert_eq!(
        sentences("Port strike ends\rWorkers returned on Monday\r\rUnions claimed victory"),
        [
            "Port strike ends",
            "Workers returned on Monday",
            "Unions claimed victory"
        ]
    );
    for brk in ["\u{2028}", "\u{85}"] {
        assert_eq!(
            sentences(&format!("Port strike ends{brk}Workers returned.")),
            ["Port strike ends", "Workers returned."]
        );
    }
    // Inside a paragraph any break is white space.
    assert_eq!(sentences("Unions\rclaimed it."), ["Unions\rclaimed it."]);
    // A paragraph separator ends a paragraph even without a full stop.
    assert_eq!(
        sentences("talks went on late\u{2029}the vote is due today"),
        ["talks went on late", "the vote is due today"]
    );
}

proptest::proptest! {
    #[test]
    fn spans_are_ordered_trimmed_and_on_char_boundaries(text in "\\PC{0,300}") {
        let spans = split(&text);
        let mut last = 0;
        for s in &spans {
            proptest::prop_assert!(s.start >= last && s.start < s.end && s.end <= text.len());
            proptest::prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            let body = &text[s.start..s.end];
            proptest::prop_assert_eq!(body, body.trim());
            last = s.end;
        }
    }

    #[test]
    fn no_letters_are_lost(text in "[A-Za-z .!?\\n“”\"]{0,200}") {
        // Every alphanumeric character lies inside some sentence.
        let spans = split(&text);
        for (i, c) in text.char_indices() {
            if c.is_alphanumeric() {
                proptest::prop_assert!(spans.iter().any(|s| s.start <= i && i < s.end), "lost {:?} at {}", c, i);
            }
        }
    }
}
