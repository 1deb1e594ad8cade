//! Cut a sentence into words and the punctuation that bounds phrases, keeping byte spans,
//! so the attribution reader can walk left and right from a speech verb.

/// What a token is, as far as phrase boundaries go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Letters and digits, with inner apostrophes, hyphens and dots (`Al-Wasl`, `U.N.`).
    Word,
    /// `,`
    Comma,
    /// An opening quotation mark (`“`, `«`, or a straight `"` that opens).
    QuoteOpen,
    /// A closing quotation mark.
    QuoteClose,
    /// `(` or `[`.
    ParenOpen,
    /// `)` or `]`.
    ParenClose,
    /// Anything else that ends a phrase: `;`, `:`, dashes, a final full stop.
    Stop,
}

/// One token of a sentence.
#[derive(Debug, Clone)]
pub(super) struct Token {
    /// Its kind.
    pub kind: Kind,
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset one past its last character.
    pub end: usize,
    /// Lower-cased text (words only; empty for punctuation).
    pub lower: String,
    /// Whether a word starts with an upper-case letter or a digit.
    pub capital: bool,
}

fn joins_word(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '.' | '&')
}

/// The tokens of `sentence`, in order. Spans always fall on char boundaries.
pub(super) fn tokenize(sentence: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut straight_quote_open = false;
    let mut chars = sentence.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    chars.next();
                    continue;
                }
                if joins_word(d) {
                    let rest = &sentence[j + d.len_utf8()..];
                    let next = rest.chars().next();
                    let inner = next.is_some_and(char::is_alphanumeric);
                    // A dot after a letter keeps abbreviations (`U.N.`, `Gen.`) whole unless
                    // it is the sentence's final stop.
                    let abbreviation = d == '.'
                        && !rest
                            .trim_end_matches(['"', '”', '’', '\'', ')', ' '])
                            .is_empty()
                        && next.is_some_and(char::is_whitespace)
                        && sentence[i..j].starts_with(char::is_uppercase)
                        && sentence[i..j]
                            .chars()
                            .last()
                            .is_some_and(char::is_alphabetic)
                        && sentence[i..j].chars().count() <= 4;
                    if inner || abbreviation {
                        end = j + d.len_utf8();
                        chars.next();
                        continue;
                    }
                }
                break;
            }
            let text = &sentence[i..end];
            let first = text.chars().next();
            out.push(Token {
                kind: Kind::Word,
                start: i,
                end,
                lower: text.to_lowercase(),
                capital: first.is_some_and(|f| f.is_uppercase() || f.is_numeric()),
            });
            continue;
        }
        let kind = match c {
            ',' => Kind::Comma,
            '“' | '«' | '„' => Kind::QuoteOpen,
            '”' | '»' => Kind::QuoteClose,
            '"' => {
                straight_quote_open = !straight_quote_open;
                if straight_quote_open {
                    Kind::QuoteOpen
                } else {
                    Kind::QuoteClose
                }
            }
            '(' | '[' => Kind::ParenOpen,
            ')' | ']' => Kind::ParenClose,
            c if c.is_whitespace() => continue,
            // Apostrophes and stray symbols (`$`, `%`, `’` alone) neither make words nor end
            // phrases.
            '\'' | '’' | '‘' | '$' | '%' | '€' | '£' | '#' | '@' | '*' | '+' | '/' | '&' => {
                continue
            }
            _ => Kind::Stop,
        };
        out.push(Token {
            kind,
            start: i,
            end: i + c.len_utf8(),
            lower: String::new(),
            capital: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s)
            .into_iter()
            .filter(|t| t.kind == Kind::Word)
            .map(|t| &s[t.start..t.end])
            .collect()
    }

    #[test]
    fn keeps_abbreviations_hyphens_and_possessives_whole() {
        assert_eq!(
            words("a secret U.N. report by Zaman Al-Wasl’s staff."),
            [
                "a",
                "secret",
                "U.N.",
                "report",
                "by",
                "Zaman",
                "Al-Wasl’s",
                "staff"
            ]
        );
        assert_eq!(
            words("Gen. Khalifa Haftar said."),
            ["Gen.", "Khalifa", "Haftar", "said"]
        );
    }

    #[test]
    fn marks_quotes_and_commas() {
        let kinds: Vec<Kind> = tokenize("“Bild” said, \"yes\"")
            .iter()
            .map(|t| t.kind)
            .collect();
        assert_eq!(
            kinds,
            [
                Kind::QuoteOpen,
                Kind::Word,
                Kind::QuoteClose,
                Kind::Word,
                Kind::Comma,
                Kind::QuoteOpen,
                Kind::Word,
                Kind::QuoteClose
            ]
        );
    }
}
