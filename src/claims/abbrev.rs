//! Abbreviations that end in a full stop without ending a sentence.

/// Titles and honorifics: always followed by a name, so never the end of a sentence.
pub(super) const TITLES: &[&str] = &[
    "adm", "amb", "brig", "capt", "cmdr", "col", "cpl", "dr", "fr", "gen", "gov", "hon", "insp",
    "lieut", "lt", "maj", "messrs", "mgr", "mme", "mlle", "mr", "mrs", "ms", "pres", "prof", "pvt",
    "rep", "rev", "sen", "sgt", "sr", "st", "supt", "sheikh", "mt", "ft", "pt", "ven",
];

/// Other abbreviations that rarely end a sentence: months, places, units, Latin.
pub(super) const NON_FINAL: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "nos", "vol", "vols", "p", "pp", "fig", "figs", "art", "sec", "ch", "para", "approx", "est",
    "dept", "univ", "assn", "bros", "vs", "v", "cf", "e.g", "i.e", "viz", "al", "ave", "blvd",
    "rd", "hwy", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind",
    "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
    "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "op", "ed", "eds", "rs",
    "dist", "govt", "intl", "natl",
];

/// Abbreviations that often end a sentence too (`... moved to the U.S. He said`): they end
/// one only when the next word is a common sentence opener.
pub(super) const AMBIGUOUS: &[&str] =
    &["inc", "ltd", "co", "corp", "jr", "etc", "plc", "llc", "bhd"];

/// Words that open sentences and rarely follow an abbreviation mid-sentence.
pub(super) const SENTENCE_OPENERS: &[&str] = &[
    "a",
    "an",
    "according",
    "after",
    "all",
    "also",
    "and",
    "as",
    "at",
    "but",
    "by",
    "despite",
    "during",
    "for",
    "he",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "last",
    "meanwhile",
    "many",
    "more",
    "most",
    "no",
    "on",
    "one",
    "our",
    "she",
    "since",
    "some",
    "still",
    "that",
    "the",
    "their",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "to",
    "under",
    "we",
    "when",
    "while",
    "with",
    "yet",
    "you",
];

/// Lower-cased `word` (without its final dot) is in `list`.
pub(super) fn is_in(list: &[&str], word: &str) -> bool {
    let lower = word.to_lowercase();
    list.contains(&lower.as_str())
}
