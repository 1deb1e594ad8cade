//! Word lists the attribution reader matches against: general English news usage only,
//! kept as data so that a reviewer can read and extend them without touching the logic.

/// Finite forms (third person present and past) of verbs that introduce reported speech.
/// Base forms and `-ing` forms are left out on purpose: `to warn`, `adding that` never carry
/// a sentence's main attribution, and bare `report`/`state`/`claim` are usually nouns.
pub(super) const SPEECH_VERBS: &[&str] = &[
    "says", "said", "tells", "told", "reports", "reported", "adds", "added", "notes", "noted",
    "points", "pointed", "confirms", "confirmed", "reveals", "revealed", "warns", "warned",
    "states", "stated", "claims", "claimed", "announces", "announced", "stresses", "stressed",
    "recalls", "recalled", "describes", "described", "explains", "explained", "insists",
    "insisted", "indicates", "indicated", "asserts", "asserted", "acknowledges",
    "acknowledged", "admits", "admitted", "denies", "denied", "alleges", "alleged", "argues",
    "argued", "writes", "wrote", "tweets", "tweeted", "emphasises", "emphasised",
    "emphasizes", "emphasized", "affirms", "affirmed", "discloses", "disclosed", "mentions",
    "mentioned", "reiterates", "reiterated", "declares", "declared", "predicts", "predicted",
    "accuses", "accused", "comments", "commented", "observes", "observed", "remarks",
    "remarked", "replies", "replied", "responds", "responded", "concludes", "concluded",
    "concedes", "conceded", "contends", "contended", "complains", "complained", "estimates",
    "estimated", "suggests", "suggested", "maintains", "maintained", "underlines",
    "underlined", "highlights", "highlighted", "believes", "believed", "quoted",
    // Plain forms, which follow plural subjects (`officials say`) and are rarely nouns.
    "say", "tell", "add", "warn", "believe", "argue", "insist", "explain", "confirm",
    "reveal", "deny", "admit", "allege", "predict", "stress", "suggest", "estimate",
    "maintain", "contend", "acknowledge", "indicate", "assert", "claim", "fear", "write",
];

/// Verbs that may follow their speaker after a comma or a closing quote: `..., said Jones`.
/// Only verbs that take no direct object, so `..., described the progress` is not inverted.
pub(super) const INVERSION_VERBS: &[&str] = &[
    "said", "says", "added", "adds", "wrote", "writes", "explained", "continued", "concluded",
    "insisted", "asked", "noted", "stressed", "warned",
];

/// Verbs read only in an impersonal passive: `it is believed that`, `X is said to`.
pub(super) const PASSIVE_VERBS: &[&str] = &[
    "said", "reported", "announced", "confirmed", "learned", "learnt", "understood",
    "believed", "claimed", "alleged", "stated", "revealed", "thought", "rumoured", "rumored",
];

/// Forms of `be` that make a following participle passive.
pub(super) const BE_FORMS: &[&str] = &["is", "was", "were", "are", "been", "be", "being"];

/// Words that may stand between a speaker and its verb: `X has also said`.
pub(super) const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "has", "have", "had", "will", "would", "could", "may", "might", "did", "does", "do",
    "also", "later", "earlier", "previously", "repeatedly", "further", "then", "recently",
    "already", "again", "once", "reportedly", "separately", "publicly", "privately",
    "too", "allegedly", "not", "never", "however", "initially", "first",
    "originally", "subsequently", "explicitly", "openly", "frankly", "yesterday", "today",
];

/// Words that open a subordinate clause: a speech verb after them is not the sentence's own
/// attribution (`the plan was halted after the president confirmed ...`).
pub(super) const SUBORDINATORS: &[&str] = &[
    "after", "when", "before", "because", "since", "if", "as", "while", "although", "though",
    "until", "unless", "whereas", "where", "whether", "once", "whenever", "than",
];

/// Relative pronouns: what follows them describes the noun before them.
pub(super) const RELATIVES: &[&str] = &["who", "whom", "which", "whose"];

/// Pronouns that can speak; they refer back to a speaker named earlier.
pub(super) const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// Heads of noun phrases that can speak or publish: the subject of `said` must be a name, a
/// pronoun, or have one of these as its head, so `the meeting reveals` is not attribution.
pub(super) const SPEAKER_NOUNS: &[&str] = &[
    "source", "official", "spokesman", "spokeswoman", "spokesperson", "minister",
    "ministry", "government", "report", "statement", "newspaper", "paper", "website", "site",
    "agency", "outlet", "channel", "broadcaster", "expert", "analyst", "observer",
    "diplomat", "witness", "witnesses", "resident", "police", "army", "military",
    "president", "leader", "commander", "authorities", "authority", "office", "department",
    "committee", "council", "court", "prosecutor", "lawyer", "investigator", "researcher",
    "study", "survey", "data", "figures", "statistics", "information", "document", "letter",
    "insider", "aide", "person", "people", "group", "organisation", "organization",
    "company", "firm", "union", "party", "campaign", "activist", "doctor", "medic",
    "rescuer", "monitor", "observatory", "journalist", "correspondent", "reporter", "editor",
    "magazine", "television", "radio", "daily", "tabloid", "service", "services",
    "ambassador", "envoy", "embassy", "mayor", "governor", "chief", "head", "director",
    "officer", "representative", "adviser", "advisor", "secretary", "chairman", "chairwoman",
    "manager", "executive", "employee", "worker", "family", "relative", "survivor",
    "scientist", "spokesmen", "organiser", "organizer", "campaigner", "rescuer",
    "medic", "paramedic", "teacher", "student", "farmer", "owner", "fan", "voter", "media", "press", "paper", "network", "ministry", "cabinet",
    "parliament", "lawmaker", "senator", "negotiator", "mediator", "inspector", "agent",
    "ngo", "charity", "union", "federation", "association", "institute", "centre", "center",
    "commission", "mission", "delegation", "bureau", "watchdog", "regulator", "bank",
    "opposition", "rebels", "militia", "movement", "coalition", "alliance", "forces",
    "colonel", "general", "spokeswomen", "intelligence", "document", "memo", "cable",
    "communique", "release", "post", "tweet", "article", "analysis", "assessment",
    "investigation", "findings", "estimate", "estimates", "count", "tally", "toll",
];

/// Heads that leave the speaker unnamed: `a source said`, `diplomats said`, `a report said`.
pub(super) const ANONYMOUS_HEADS: &[&str] = &[
    "source", "official", "diplomat", "insider", "informant", "person", "people",
    "individual", "observer", "witness", "witnesses", "resident", "aide", "someone",
    "officer", "member", "report", "information", "account", "rumour", "rumor",
    "circles", "quarters", "sourcing", "whistleblower", "employee", "staffer",
];

/// Phrases that mark a speaker as deliberately unnamed.
pub(super) const ANONYMITY_MARKERS: &[&str] = &[
    "not to be named",
    "not to be identified",
    "condition of anonymity",
    "on condition they not be named",
    "spoke anonymously",
    "speaking anonymously",
    "not authorized to",
    "not authorised to",
    "unnamed",
    "anonymous",
    "declined to be named",
    "requested anonymity",
];

/// Nouns for documents whose author is given by `by` or `from`: `a report by X`.
pub(super) const DOC_NOUNS: &[&str] = &[
    "report", "statement", "study", "survey", "document", "article", "communique", "letter",
    "post", "release", "tweet", "analysis", "investigation", "assessment", "memo", "cable",
    "information", "data", "figures", "statistics", "details", "footage", "video", "account",
    "interview", "leak", "dossier", "reports", "statements", "documents", "estimates",
    "message", "note", "briefing", "bulletin", "broadcast", "review", "audit", "inquiry",
];

/// Participles that may stand between a document and its author: `a report published by X`.
pub(super) const DOC_PARTICIPLES: &[&str] = &[
    "published", "issued", "released", "prepared", "posted", "obtained", "compiled", "seen",
    "received", "gathered", "written", "drafted", "commissioned", "carried", "broadcast",
    "aired", "made", "shared", "circulated", "produced", "conducted",
];

/// Words that end a noun phrase's head: `sources close to the army` has head `sources`.
pub(super) const POSTMODIFIERS: &[&str] = &[
    "of", "in", "at", "from", "close", "familiar", "with", "for", "on", "inside", "within",
    "near", "to", "by", "who", "whom", "which", "that", "based", "involved", "linked",
    "loyal", "affiliated", "allied",
];

/// Quantifiers before `of`: the head of `one of the reports` is `reports`.
pub(super) const QUANTIFIERS: &[&str] = &[
    "one", "some", "many", "several", "two", "three", "most", "all", "both", "none", "each",
    "few", "any", "another",
];

/// Capitalised words that are not names when they open a sentence or phrase.
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
    "my", "your", "and", "but", "or", "so", "in", "on", "at", "for", "of", "to", "by",
    "with", "from", "meanwhile", "however", "moreover", "furthermore", "previously",
    "separately", "earlier", "later", "also", "yesterday", "today", "instead", "still",
    "then", "now", "thus", "therefore", "finally", "additionally", "besides", "indeed",
    "nevertheless", "nonetheless", "accordingly", "elsewhere", "overall", "further",
    "some", "many", "several", "one", "two", "all", "both", "most", "other", "such",
];

/// Words that open an adverbial phrase rather than a noun phrase.
pub(super) const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "after", "before", "during", "for", "from", "since", "with", "without",
    "under", "over", "following", "despite", "amid", "among", "by", "to", "into", "through",
    "across", "against", "about", "as", "upon", "within", "throughout", "until", "according",
    "returning", "regarding", "concerning",
];

/// Time words that may trail a speaker or follow a verb: `Police on Sunday said`.
pub(super) const TIME_WORDS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "yesterday", "today", "tonight", "earlier", "later", "last", "this", "on", "late",
    "overnight", "recently",
];

/// Verbs after which `that` opens reported content rather than a relative clause.
pub(super) const THAT_COMPLEMENT_NOUNS: &[&str] = &[
    "information", "news", "fact", "claim", "claims", "reports", "report", "statement",
    "assertion", "allegation", "allegations", "announcement", "warning", "confirmation",
];

/// Nouns of a spoken or written exchange whose partner relays the words:
/// `in an interview with X`, `in a statement to X`.
pub(super) const EXCHANGE_NOUNS: &[&str] = &[
    "interview", "statement", "statements", "remarks", "comments", "comment", "briefing",
    "conversation", "call",
];

/// Sentence adverbs that open a clause without being its subject: `Meanwhile, ...`.
pub(super) const ADVERBS: &[&str] = &[
    "meanwhile", "however", "moreover", "furthermore", "previously", "separately", "earlier",
    "later", "also", "yesterday", "today", "instead", "still", "then", "now", "thus",
    "therefore", "finally", "additionally", "besides", "indeed", "nevertheless",
    "nonetheless", "accordingly", "elsewhere", "overall", "further", "again", "recently",
];

/// Words before a participle that make it an adjective, not a verb: `a reported airstrike`.
pub(super) const ADJECTIVE_MAKERS: &[&str] = &[
    "a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "that",
    "these", "those", "no", "any", "some", "every", "each",
];
