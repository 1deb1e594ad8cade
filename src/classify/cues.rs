//! Word lists behind contradiction cues: negators, antonym pairs, verb synonyms and side
//! markers. General English news vocabulary, not any one story's.

/// Words that negate the predicate they attach to.
pub(super) const NEGATORS: &[&str] = &[
    "not",
    "no",
    "never",
    "neither",
    "nor",
    "none",
    "nobody",
    "nothing",
    "without",
    "cannot",
    "n't",
    "denied",
    "denies",
    "deny",
    "refused",
    "refuses",
    "refuse",
    "rejected",
    "rejects",
    "yet to",
    "failed to",
    "fails to",
    "no longer",
];

/// Pairs of words of opposite sense, by stem-like prefix (matched on lower-case tokens).
/// Each side lists a few forms so that no stemmer is needed here.
pub(super) const ANTONYMS: &[(&[&str], &[&str])] = &[
    (
        &["succeeded", "succeeds", "succeed", "success", "successful"],
        &["failed", "fails", "fail", "failure", "unsuccessful"],
    ),
    (
        &["won", "wins", "win", "victory", "victorious"],
        // Not `defeated`: "X defeated Y" says X won.
        &["lost", "loses", "lose", "defeat"],
    ),
    (
        &[
            "increased",
            "increases",
            "increase",
            "rose",
            "rises",
            "rise",
            "risen",
            "grew",
            "grows",
            "higher",
        ],
        &[
            "decreased",
            "decreases",
            "decrease",
            "fell",
            "falls",
            "fall",
            "fallen",
            "dropped",
            "declined",
            "shrank",
            "lower",
        ],
    ),
    (
        &[
            "accepted", "accepts", "accept", "approved", "approves", "approve",
        ],
        &[
            "rejected", "rejects", "reject", "refused", "refuses", "vetoed",
        ],
    ),
    (
        &["confirmed", "confirms", "confirm", "admitted", "admits"],
        &["denied", "denies", "deny"],
    ),
    (
        &[
            "supported",
            "supports",
            "support",
            "backed",
            "backs",
            "favour",
            "favor",
        ],
        &["opposed", "opposes", "oppose", "condemned", "condemns"],
    ),
    (
        &[
            "allowed",
            "allows",
            "allow",
            "permitted",
            "legalised",
            "legalized",
            "lifted",
        ],
        &["banned", "bans", "ban", "prohibited", "forbade", "imposed"],
    ),
    (
        &["opened", "opens", "reopened"],
        &["closed", "closes", "shut"],
    ),
    (
        &["alive", "survived", "survives"],
        &["dead", "died", "dies", "killed"],
    ),
    (
        &["guilty", "convicted"],
        &["innocent", "acquitted", "cleared"],
    ),
    (
        &["legal", "lawful", "legitimate"],
        &["illegal", "unlawful", "illegitimate"],
    ),
    (&["peaceful", "calm"], &["violent", "clashes"]),
    (
        &["arrived", "arrives", "entered", "enters"],
        &["withdrew", "withdraws", "departed"],
    ),
    (
        &[
            "started", "starts", "began", "begins", "launched", "resumed",
        ],
        &[
            "ended",
            "ends",
            "stopped",
            "stops",
            "halted",
            "halts",
            "suspended",
            "ceased",
        ],
    ),
    (
        &["ally", "allies", "allied", "friendly"],
        &["enemy", "enemies", "hostile", "rival"],
    ),
    (&["true", "accurate"], &["false", "fake", "inaccurate"]),
];

/// Verb families treated as one predicate when comparing polarity (`has not started` vs
/// `began`): forms of each family.
pub(super) const VERB_FAMILIES: &[&[&str]] = &[
    &[
        "start",
        "started",
        "starts",
        "starting",
        "begin",
        "began",
        "begun",
        "begins",
        "beginning",
        "commence",
        "commenced",
        "launch",
        "launched",
    ],
    &[
        "send",
        "sent",
        "sends",
        "sending",
        "dispatch",
        "dispatched",
        "deploy",
        "deployed",
        "transfer",
        "transferred",
    ],
    &["arrive", "arrived", "arrives", "reach", "reached"],
    &["kill", "killed", "kills", "die", "died", "dead"],
    &["agree", "agreed", "agrees", "accept", "accepted"],
    &[
        "support",
        "supported",
        "supports",
        "back",
        "backed",
        "backs",
        "aid",
        "aided",
        "help",
        "helped",
    ],
    &[
        "attack", "attacked", "attacks", "strike", "struck", "bomb", "bombed", "shell", "shelled",
    ],
    &["sign", "signed", "signs"],
    &["pay", "paid", "pays"],
    &[
        "recruit",
        "recruited",
        "recruits",
        "recruiting",
        "enlist",
        "enlisted",
        "hire",
        "hired",
    ],
    &["win", "won", "wins"],
    &["arrest", "arrested", "detain", "detained"],
    &["confirm", "confirmed", "confirms"],
    &[
        "withdraw",
        "withdrew",
        "withdrawn",
        "pull",
        "pulled",
        "retreat",
        "retreated",
    ],
    &["fight", "fought", "fights", "fighting", "combat"],
];

/// Words that put what follows on the speaker's side (`fight alongside X`, `in X's ranks`).
pub(super) const WITH_MARKERS: &[&str] = &[
    "alongside",
    "with",
    "for",
    "behind",
    "ranks",
    "side",
    "support",
    "supporting",
    "join",
    "joining",
    "joined",
    "backing",
];

/// Words that put what follows on the opposite side (`fight X`, `against X`).
pub(super) const AGAINST_MARKERS: &[&str] = &[
    "against",
    "fight",
    "fighting",
    "battle",
    "battling",
    "attack",
    "attacking",
    "oppose",
    "opposing",
    "confront",
    "confronting",
    "versus",
];

/// Nouns that make a verb before them part of a fixed phrase with its own sense: `pay a
/// visit`, `pay tribute`, `send a message`, `launch an appeal`.
pub(super) const LIGHT_VERB_OBJECTS: &[&str] = &[
    "visit",
    "visits",
    "tribute",
    "homage",
    "respects",
    "attention",
    "heed",
    "price",
    "message",
    "signal",
    "signals",
    "word",
    "condolences",
    "regards",
    "appeal",
];

/// Words too general to show that two predicates share an argument: verbs of saying and
/// time words, which any two news sentences may share.
pub(super) const NOT_ARGUMENTS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "according",
    "reported",
    "added",
    "asked",
    "statement",
    "interview",
    "also",
    "would",
    "could",
    "should",
    "will",
    "may",
    "might",
    "must",
    "can",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "week",
    "year",
    "time",
    "people",
    "mr",
    "mrs",
    "ms",
];
