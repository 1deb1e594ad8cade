//! Read the names in one sentence: runs of capitalised words joined by name connectors,
//! with titles, possessive endings and leading function words taken off, acronyms tied to
//! the expansion they follow, and a guess at each name's kind.

use super::names::{acronym_fits, is_acronym, ARTICLE_PREFIXES};
use super::tokens::{
    is_function_word, is_not_name, looks_demonym, looks_demonym_plural, only_space, tokenise,
    Token, ROLES,
};
use super::{Mention, MentionKind};

/// Lowercase words that join capitalised parts of one name (`Bashar al Assad`,
/// `Ludwig van Beethoven`). `of`, `for` and `the` are handled apart: they join only after
/// an organisation or place head (`House of Representatives`, `Office for National
/// Statistics`, `Republic of the Congo`) or inside a title (`Secretary of State`).
const PARTICLES: &[&str] = &[
    "al", "el", "ad", "ash", "as", "an", "ar", "at", "az", "bin", "ibn", "bint", "ben", "abu",
    "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "la", "le", "dos", "das",
    "y",
];

/// Last words that make a name an organisation.
const ORG_HEADS: &[&str] = &[
    "government",
    "ministry",
    "department",
    "agency",
    "council",
    "committee",
    "commission",
    "parliament",
    "assembly",
    "congress",
    "senate",
    "house",
    "court",
    "tribunal",
    "party",
    "front",
    "movement",
    "union",
    "league",
    "alliance",
    "coalition",
    "organisation",
    "organization",
    "association",
    "federation",
    "foundation",
    "institute",
    "institution",
    "university",
    "college",
    "academy",
    "bank",
    "fund",
    "company",
    "corporation",
    "corp",
    "inc",
    "ltd",
    "llc",
    "plc",
    "authority",
    "administration",
    "office",
    "bureau",
    "service",
    "services",
    "police",
    "army",
    "navy",
    "force",
    "forces",
    "guard",
    "command",
    "corps",
    "news",
    "post",
    "times",
    "journal",
    "herald",
    "telegraph",
    "tribune",
    "gazette",
    "press",
    "daily",
    "radio",
    "television",
    "tv",
    "network",
    "channel",
    "broadcasting",
    "media",
    "church",
    "board",
    "secretariat",
    "embassy",
    "consulate",
    "mission",
    "nations",
    "club",
    "hospital",
    "accord",
    "centre",
    "center",
    "council",
    "cabinet",
    "presidency",
    "intelligence",
    "directorate",
];

/// Last words that make a name a place.
const PLACE_HEADS: &[&str] = &[
    "city",
    "province",
    "region",
    "district",
    "county",
    "republic",
    "kingdom",
    "emirates",
    "island",
    "islands",
    "isles",
    "river",
    "sea",
    "ocean",
    "gulf",
    "bay",
    "strait",
    "straits",
    "mountains",
    "mount",
    "mountain",
    "lake",
    "valley",
    "desert",
    "peninsula",
    "coast",
    "street",
    "square",
    "avenue",
    "road",
    "airport",
    "port",
    "village",
    "town",
    "governorate",
    "oblast",
    "territory",
    "territories",
    "strip",
    "states",
    "heights",
    "plain",
    "basin",
    "canal",
    "border",
    "state",
];

/// Words that make a name a group of people.
const GROUP_HEADS: &[&str] = &[
    "brigade",
    "brigades",
    "battalion",
    "battalions",
    "militia",
    "militias",
    "legion",
    "group",
    "brotherhood",
    "regiment",
    "division",
    "squad",
];

/// First words that make a multiword name a place (`West Bank`, `North Korea`).
const COMPASS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "upper", "lower",
];

/// Words after which a name is a place.
const LOCATIVES: &[&str] = &[
    "in",
    "near",
    "across",
    "throughout",
    "outside",
    "inside",
    "towards",
    "toward",
    "around",
];

/// Words after a name that speak of a person (`X, who`, `X said`).
const PERSON_CUES: &[&str] = &["who", "said", "says", "told", "added", "himself", "herself"];

/// Every name in `sentence`, in order. Offsets are byte offsets into `sentence` and always
/// fall on character boundaries.
pub fn mentions(sentence: &str) -> Vec<Mention> {
    let tokens = tokenise(sentence);
    let mut out: Vec<Mention> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !starts_name(&tokens, i, sentence) {
            i += 1;
            continue;
        }
        let end = extend_run(&tokens, i, sentence);
        read_run(sentence, &tokens, i, end, &mut out);
        i = end.max(i + 1);
    }
    link_acronyms(sentence, &mut out);
    out
}

fn is_particle(lower: &str) -> bool {
    PARTICLES.contains(&lower)
}

/// A capitalised word, or one with an Arabic article prefix before a capital (`al-Assad`).
fn is_name_part(token: &Token) -> bool {
    if token.is_capitalised() {
        return true;
    }
    let lower = token.text;
    ARTICLE_PREFIXES.iter().any(|p| {
        lower
            .strip_prefix(p)
            .and_then(|rest| rest.strip_prefix('-'))
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase)
    })
}

fn starts_name(tokens: &[Token], i: usize, sentence: &str) -> bool {
    let t = &tokens[i];
    if t.text.chars().next().is_some_and(|c| c.is_numeric()) {
        return false;
    }
    if is_name_part(t) {
        return true;
    }
    // `al Qaida`: a lone particle directly before a capitalised word.
    is_particle(t.text)
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.is_capitalised() && only_space(sentence, t.end, n.start))
}

fn joined(tokens: &[Token], from: usize, to: usize) -> String {
    tokens[from..to]
        .iter()
        .map(|t| t.stem().0.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// May `tokens[j]` continue the run that ends at `tokens[j - 1]`?
fn adjacent(tokens: &[Token], j: usize, sentence: &str) -> bool {
    let (prev, next) = (&tokens[j - 1], &tokens[j]);
    if only_space(sentence, prev.end, next.start) {
        return true;
    }
    // `Gen. Khalifa`, `George W. Bush`: a full stop after an abbreviated title or initial.
    let lower = prev.lower();
    let abbreviation = (prev.text.chars().count() == 1 && prev.is_capitalised())
        || (lower.chars().count() <= 5 && ROLES.titles.contains(&lower));
    abbreviation
        && sentence
            .get(prev.end..next.start)
            .is_some_and(|gap| gap.starts_with('.') && gap[1..].chars().all(char::is_whitespace))
}

/// The end (exclusive token index) of the name run starting at `i`.
fn extend_run(tokens: &[Token], i: usize, sentence: &str) -> usize {
    let mut j = i + 1;
    if tokens[i].stem().1 {
        return j;
    }
    while j < tokens.len() && adjacent(tokens, j, sentence) {
        let t = &tokens[j];
        if is_name_part(t) {
            j += 1;
            if t.stem().1 {
                break;
            }
            continue;
        }
        let lower = t.lower();
        let head = tokens[j - 1].stem().0.to_lowercase();
        let connector_len = if is_particle(&lower) {
            1
        } else if lower == "of" || lower == "for" {
            let so_far = joined(tokens, i, j);
            let title_goes_on = ROLES
                .titles
                .iter()
                .any(|title| title.starts_with(&format!("{so_far} {lower} ")));
            let head_ok =
                ORG_HEADS.contains(&head.as_str()) || PLACE_HEADS.contains(&head.as_str());
            if !(head_ok || title_goes_on) {
                break;
            }
            let the = tokens
                .get(j + 1)
                .is_some_and(|n| n.text == "the" && adjacent(tokens, j + 1, sentence));
            if the {
                2
            } else {
                1
            }
        } else {
            break;
        };
        let after = j + connector_len;
        if after < tokens.len()
            && adjacent(tokens, after, sentence)
            && is_name_part(&tokens[after])
            && !is_not_name(&tokens[after].lower())
        {
            j = after;
        } else {
            break;
        }
    }
    j
}

/// Turn the run `tokens[from..to]` into mentions (none, one, or a nationality plus a name).
fn read_run(sentence: &str, tokens: &[Token], mut from: usize, to: usize, out: &mut Vec<Mention>) {
    // Leading function words, days and months (`The`, `However`, `In January`).
    while from < to
        && !is_acronym(tokens[from].text)
        && is_not_name(&tokens[from].stem().0.to_lowercase())
    {
        from += 1;
    }
    if from >= to {
        return;
    }
    // A lone capitalised word opening the sentence that looks like an inflected common
    // word (`Fighting`, `Previously`, `Asked`) is capitalised for position, not as a name.
    if from == 0 && to == 1 {
        let lower = tokens[0].text.to_lowercase();
        let common = ROLES.groups.contains(&lower) || ROLES.titles.contains(&lower);
        if common
            || (["ing", "ly", "ed"].iter().any(|s| lower.ends_with(s))
                && !is_acronym(tokens[0].text))
        {
            return;
        }
    }
    // `Ukrainian President Volodymyr Zelensky`: the nationality names a group of its own.
    if to - from >= 3 && looks_demonym(tokens[from].text) && title_len(tokens, from + 1, to) > 0 {
        push(
            sentence,
            tokens,
            from,
            from + 1,
            None,
            MentionKind::Group,
            out,
        );
        from += 1;
    }
    let mut title: Option<(usize, usize)> = None;
    loop {
        let n = title_len(tokens, from, to);
        if n == 0 || from + n >= to {
            break;
        }
        title = Some((title.map_or(from, |t| t.0), from + n));
        from += n;
    }
    if from >= to || (title.is_none() && title_len(tokens, from, to) == to - from) {
        // A title with no name after it (`the President said`) names a role, not a referent.
        return;
    }
    let title_range = title.map(|(a, b)| {
        let end = tokens[b - 1].end;
        let end = if sentence[end..].starts_with('.') {
            end + 1
        } else {
            end
        };
        tokens[a].start..end
    });
    let kind = guess_kind(sentence, tokens, from, to, title.is_some());
    push(sentence, tokens, from, to, title_range, kind, out);
}

/// How many tokens from `from` form the longest title (at most up to `to`).
fn title_len(tokens: &[Token], from: usize, to: usize) -> usize {
    let max = ROLES.longest_title.min(to - from);
    (1..=max)
        .rev()
        .find(|&n| {
            ROLES.titles.contains(&joined(tokens, from, from + n)) && !tokens[from + n - 1].stem().1
        })
        .unwrap_or(0)
}

fn push(
    sentence: &str,
    tokens: &[Token],
    from: usize,
    to: usize,
    title: Option<std::ops::Range<usize>>,
    kind: MentionKind,
    out: &mut Vec<Mention>,
) {
    let last = &tokens[to - 1];
    let (stem, possessive) = last.stem();
    let start = tokens[from].start;
    let end = last.start + stem.len();
    out.push(Mention {
        start,
        end,
        text: sentence[start..end].to_string(),
        kind,
        title,
        possessive,
        expansion: None,
    });
}

fn guess_kind(
    sentence: &str,
    tokens: &[Token],
    from: usize,
    to: usize,
    titled: bool,
) -> MentionKind {
    let words: Vec<String> = tokens[from..to]
        .iter()
        .map(|t| t.stem().0.to_lowercase())
        .collect();
    // The head is the last word before `of`/`for`, else the last word.
    let head = words
        .iter()
        .position(|w| w == "of" || w == "for")
        .map_or(words.last(), |p| words.get(p.saturating_sub(1)))
        .map_or("", String::as_str);
    if GROUP_HEADS.contains(&head) {
        return MentionKind::Group;
    }
    if ORG_HEADS.contains(&head) {
        return MentionKind::Org;
    }
    if PLACE_HEADS.contains(&head) || (words.len() >= 2 && COMPASS.contains(&words[0].as_str())) {
        return MentionKind::Place;
    }
    if titled {
        return MentionKind::Person;
    }
    let text = tokens[from].text;
    let next = tokens.get(to);
    let next_lower = next.map(Token::lower).unwrap_or_default();
    if words.len() == 1 && !is_acronym(text) {
        if looks_demonym_plural(text) {
            return MentionKind::Group;
        }
        let adjective_use = next.is_some_and(|n| {
            !n.is_capitalised()
                && !is_function_word(&next_lower)
                && !PERSON_CUES.contains(&next_lower.as_str())
                && sentence
                    .get(tokens[to - 1].end..n.start)
                    .is_some_and(|gap| {
                        gap.chars()
                            .all(|c| c.is_whitespace() || "“”\"'‘’".contains(c))
                    })
        });
        if looks_demonym(text) && adjective_use {
            return MentionKind::Group;
        }
    }
    let previous = from
        .checked_sub(1)
        .map(|p| tokens[p].lower())
        .unwrap_or_default();
    if LOCATIVES.contains(&previous.as_str()) {
        return MentionKind::Place;
    }
    if words.len() >= 2 && PERSON_CUES.contains(&next_lower.as_str()) {
        return MentionKind::Person;
    }
    MentionKind::Unknown
}

/// `Government of National Accord (GNA)`: mark each acronym written in parentheses right
/// after a name whose initials it fits.
fn link_acronyms(sentence: &str, out: &mut [Mention]) {
    for k in 1..out.len() {
        let (before, after) = out.split_at_mut(k);
        let (name, acronym) = (&before[k - 1], &mut after[0]);
        let opens = sentence
            .get(name.end..acronym.start)
            .is_some_and(|gap| gap.trim() == "(");
        let closes = sentence
            .get(acronym.end..)
            .is_some_and(|rest| rest.trim_start_matches('.').starts_with(')'));
        if !(opens && closes && !name.is_acronym() && acronym.is_acronym()) {
            continue;
        }
        // `Forces of the Government of National Accord (GNA)`: the acronym may abbreviate
        // only the end of the run; the name is then cut to what it abbreviates.
        let starts = std::iter::once(0).chain(
            name.text
                .char_indices()
                .filter(|(_, c)| c.is_whitespace())
                .map(|(i, c)| i + c.len_utf8()),
        );
        let fit = starts
            .filter(|&i| {
                name.text[i..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            })
            .find(|&i| acronym_fits(&acronym.text, &name.text[i..]));
        if let Some(cut) = fit {
            let name = &mut before[k - 1];
            if cut > 0 {
                name.start += cut;
                name.text = name.text[cut..].to_string();
                name.kind = MentionKind::Org;
            }
            acronym.expansion = Some(k - 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(sentence: &str) -> Vec<(String, MentionKind)> {
        mentions(sentence)
            .into_iter()
            .map(|m| (m.text, m.kind))
            .collect()
    }

    fn texts(sentence: &str) -> Vec<String> {
        mentions(sentence).into_iter().map(|m| m.text).collect()
    }

    #[test]
    fn table_of_names() {
        use MentionKind::*;
        let cases: &[(&str, &[(&str, MentionKind)])] = &[
            (
                "The House of Representatives met on Monday.",
                &[("House of Representatives", Org)],
            ),
            (
                "However, Bashar al-Assad visited Deir el-Zour in March.",
                &[("Bashar al-Assad", Unknown), ("Deir el-Zour", Unknown)],
            ),
            ("Fighting resumed in Sabratha.", &[("Sabratha", Place)]),
            (
                "Ukrainian President Volodymyr Zelensky said so.",
                &[("Ukrainian", Group), ("Volodymyr Zelensky", Person)],
            ),
            (
                "Russia began to send more Syrian mercenaries.",
                &[("Russia", Unknown), ("Syrian", Group)],
            ),
            (
                "A group of Syrians turned down the offer.",
                &[("Syrians", Group)],
            ),
            (
                "Secretary of State Antony Blinken and the Ministry of Defence disagreed.",
                &[("Antony Blinken", Person), ("Ministry of Defence", Org)],
            ),
            (
                "Fighters of al Qaida and the Al-Quds Brigade crossed.",
                &[("al Qaida", Unknown), ("Al-Quds Brigade", Group)],
            ),
            ("George W. Bush spoke.", &[("George W. Bush", Unknown)]),
            ("The President said nothing.", &[]),
        ];
        for (sentence, expected) in cases {
            let expected: Vec<(String, MentionKind)> =
                expected.iter().map(|(t, k)| (t.to_string(), *k)).collect();
            assert_eq!(names(sentence), expected, "{sentence}");
        }
    }

    #[test]
    fn titles_are_not_names() {
        let s = "He joined putschist Gen. Khalifa Haftar’s forces.";
        let m = mentions(s);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].text, "Khalifa Haftar");
        assert_eq!(&s[m[0].title.clone().expect("title")], "Gen.");
        assert!(m[0].possessive);
        assert_eq!(m[0].kind, MentionKind::Person);
        let s = "the commander of the Libyan army, Field Marshal Khalifa Haftar, had landed";
        let m = mentions(s);
        let haftar = m
            .iter()
            .find(|m| m.text == "Khalifa Haftar")
            .expect("found");
        assert_eq!(&s[haftar.title.clone().expect("title")], "Field Marshal");
    }

    #[test]
    fn acronyms_link_to_their_expansion() {
        let s = "Forces of the Government of National Accord (GNA) and the House of Representatives (HoR) clashed.";
        let m = mentions(s);
        let gna = m.iter().position(|m| m.text == "GNA").expect("GNA");
        assert_eq!(
            m[m[gna].expansion.expect("linked")].text,
            "Government of National Accord"
        );
        let hor = m.iter().position(|m| m.text == "HoR").expect("HoR");
        assert_eq!(
            m[m[hor].expansion.expect("linked")].text,
            "House of Representatives"
        );
        // Letters that do not fit the name are not linked.
        let m = mentions("Demiröen News Agency (DHA) reported Saturday.");
        assert!(m.iter().all(|m| m.expansion.is_none()));
    }

    #[test]
    fn function_words_days_and_months_are_dropped() {
        assert!(texts("However, on Tuesday in January nothing happened.").is_empty());
        assert_eq!(
            texts("In Tripoli, The Hague was mentioned."),
            vec!["Tripoli", "Hague"]
        );
    }
}
