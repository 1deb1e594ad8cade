//! Closed classes of English words that bound a figure's context: function words, irregular
//! verbs and plurals, words of change, designators and money cues. Each list is sorted for
//! binary search.

/// Words around a figure that make `pounds` money rather than weight.
// Packed by hand: rustfmt would put each word on its own line.
#[rustfmt::skip]
const MONEY_CUE_WORDS: &[&str] = &[
    "aid", "bill", "bonus", "bought", "bounties", "bounty", "budget", "compensation",
    "contract", "cost", "costs", "deal", "debt", "donated", "donation", "earn", "earned",
    "earns", "fine", "fined", "fund", "funding", "funds", "grant", "investment", "loan", "paid",
    "pay", "pays", "price", "prices", "profit", "profits", "raised", "revenue", "reward",
    "salaries", "salary", "sold", "spend", "spending", "spent", "tax", "taxes", "wage", "wages",
    "worth",
];

pub(super) fn is_money_cue(w: &str) -> bool {
    MONEY_CUE_WORDS.binary_search(&w).is_ok()
}

/// Words of change that make `from X to Y` two figures (before and after) not a range.
// Packed by hand: rustfmt would put each word on its own line.
#[rustfmt::skip]
const CHANGE_WORD_WORDS: &[&str] = &[
    "changed", "climb", "climbed", "cut", "decline", "declined", "doubled", "down", "drop",
    "dropped", "drops", "expanded", "fall", "fallen", "falling", "falls", "fell", "grew",
    "grow", "grown", "increase", "increased", "increases", "jump", "jumped", "lowered", "moved",
    "plunged", "raise", "raised", "reduce", "reduced", "revised", "rise", "risen", "rises",
    "rising", "rose", "shrank", "slumped", "soared", "surged", "swelled", "tripled", "up",
    "went",
];

pub(super) fn is_change_word(w: &str) -> bool {
    CHANGE_WORD_WORDS.binary_search(&w).is_ok()
}

/// Nouns that designate an item by number (`resolution 2254`, `flight 17`): no count.
// Packed by hand: rustfmt would put each word on its own line.
#[rustfmt::skip]
const DESIGNATOR_WORDS: &[&str] = &[
    "act", "age", "aged", "ages", "amendment", "apartment", "article", "bill", "block",
    "building", "category", "channel", "chapter", "clause", "covid", "day", "district",
    "episode", "exit", "flight", "floor", "game", "gate", "grade", "group", "highway", "issue",
    "item", "lane", "level", "line", "match", "model", "no", "number", "page", "paragraph",
    "phase", "platform", "ranked", "resolution", "room", "round", "route", "rule", "season",
    "section", "sector", "size", "stage", "street", "term", "terminal", "tier", "unit",
    "version", "vol", "volume", "ward", "week", "zone",
];

pub(super) fn is_designator(w: &str) -> bool {
    DESIGNATOR_WORDS.binary_search(&w).is_ok()
}

/// Plurals that do not end in `s`, and `s`-words that are not plurals.
// Packed by hand: rustfmt would put each word on its own line.
#[rustfmt::skip]
const IRREGULAR_PLURAL_WORDS: &[&str] = &[
    "aircraft", "cattle", "children", "civilians", "crew", "feet", "fish", "folk", "geese",
    "infantry", "livestock", "men", "mice", "militia", "offspring", "people", "personnel",
    "police", "refugees", "sheep", "staff", "teeth", "troops", "women", "youth",
];

pub(super) fn is_irregular_plural(w: &str) -> bool {
    IRREGULAR_PLURAL_WORDS.binary_search(&w).is_ok()
}

/// Words ending in `s` that are not plural nouns.
// Packed by hand: rustfmt would put each word on its own line.
#[rustfmt::skip]
const FALSE_PLURAL_WORDS: &[&str] = &[
    "access", "analysis", "basis", "bus", "business", "campus", "census", "congress", "crisis",
    "gas", "headquarters", "his", "its", "means", "news", "plus", "process", "series",
    "species", "status", "this", "thus", "ukraines", "virus",
];

pub(super) fn is_false_plural(w: &str) -> bool {
    FALSE_PLURAL_WORDS.binary_search(&w).is_ok()
}

/// Function words: a counted noun phrase never contains one.
// Packed by hand: rustfmt would put each word on its own line.
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "abroad", "according", "across", "after", "again", "against", "ago",
    "all", "alone", "along", "alongside", "already", "also", "although", "am", "amid", "among",
    "an", "and", "any", "anybody", "anyone", "anything", "apiece", "are", "around", "as", "at",
    "away", "back", "be", "because", "been", "before", "behind", "being", "below", "beside",
    "besides", "between", "beyond", "both", "but", "by", "can", "could", "despite", "did", "do",
    "does", "down", "during", "each", "earlier", "either", "even", "every", "everybody",
    "everyone", "everything", "for", "from", "had", "has", "have", "he", "her", "here", "him",
    "his", "home", "i", "if", "in", "included", "including", "inside", "instead", "into", "is",
    "it", "its", "just", "last", "later", "like", "may", "me", "might", "minus", "must", "my",
    "near", "neither", "next", "no", "nobody", "nor", "not", "nothing", "now", "of", "off",
    "on", "only", "onto", "or", "our", "out", "outside", "over", "per", "plus", "s", "said",
    "say", "says", "shall", "she", "should", "since", "so", "some", "somebody", "someone",
    "something", "still", "t", "than", "thanks", "that", "the", "their", "them", "then",
    "there", "these", "they", "this", "those", "though", "through", "throughout", "till", "to",
    "together", "too", "toward", "towards", "under", "unlike", "until", "up", "upon", "us",
    "versus", "very", "via", "vs", "was", "we", "were", "what", "when", "where", "whereas",
    "whereby", "wherein", "whether", "which", "while", "who", "whom", "whose", "will", "with",
    "within", "without", "would", "yet", "you", "your",
];

pub(super) fn is_stop(w: &str) -> bool {
    STOP_WORDS.binary_search(&w).is_ok()
}

/// Irregular verb forms (past and present) that end a counted noun phrase where `-ed`
/// cannot show the verb: `a 5.8-magnitude quake hit`, `1,000 fled`.
// Packed by hand: rustfmt would put each word on its own line.
#[rustfmt::skip]
const IRREGULAR_VERB_WORDS: &[&str] = &[
    "arrive", "arrives", "became", "become", "becomes", "began", "begin", "begins", "begun",
    "bore", "bought", "bring", "brings", "broke", "broken", "brought", "built", "came",
    "caught", "come", "comes", "die", "died", "dies", "drew", "drove", "fell", "felt", "fight",
    "fights", "find", "fled", "flee", "flees", "flew", "fought", "found", "gathered", "gave",
    "get", "gets", "give", "given", "gives", "go", "goes", "gone", "got", "grew", "hear",
    "heard", "held", "hit", "hold", "holds", "join", "joined", "joins", "keep", "keeps", "kept",
    "knew", "known", "lay", "lead", "leads", "leave", "led", "left", "lose", "loses", "lost",
    "made", "make", "makes", "marched", "meet", "meets", "met", "need", "needs", "paid", "put",
    "puts", "ran", "remain", "rode", "rose", "run", "sat", "saw", "see", "seen", "sees", "send",
    "sends", "sent", "slept", "sold", "sought", "spent", "spread", "spreads", "stood", "struck",
    "swept", "take", "taken", "takes", "taught", "tell", "tells", "thought", "threw", "told",
    "took", "tore", "want", "wants", "went", "win", "woke", "won", "wore",
];

pub(super) fn is_irregular_verb(w: &str) -> bool {
    IRREGULAR_VERB_WORDS.binary_search(&w).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [
            MONEY_CUE_WORDS,
            CHANGE_WORD_WORDS,
            DESIGNATOR_WORDS,
            IRREGULAR_PLURAL_WORDS,
            FALSE_PLURAL_WORDS,
            STOP_WORDS,
            IRREGULAR_VERB_WORDS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }
}
