//! The closed word lists of English number talk: number words, scales, units, currencies,
//! hedges and the function words that end a counted noun phrase.

use super::Qualifier;

/// Value of a cardinal word below a hundred (`five` -> 5, `twenty` -> 20).
pub(super) fn small_number(w: &str) -> Option<f64> {
    Some(match w {
        "zero" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// Tens words, which may take a hyphenated unit (`twenty-five`).
pub(super) fn is_tens(w: &str) -> bool {
    matches!(
        w,
        "twenty" | "thirty" | "forty" | "fifty" | "sixty" | "seventy" | "eighty" | "ninety"
    )
}

/// Multiplier of a scale word written out (`million`) or abbreviated (`bn`, `k`).
/// The bare `m` and `b` are left to the caller, which knows whether money is meant.
pub(super) fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "million" | "mn" | "mln" => 1e6,
        "billion" | "bn" | "bln" => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        _ => return None,
    })
}

/// Lower bound of a vague plural (`hundreds` -> 100).
pub(super) fn vague_plural(w: &str) -> Option<f64> {
    Some(match w {
        "dozens" => 12.0,
        "scores" => 20.0,
        "tens" => 10.0,
        "hundreds" => 1e2,
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        _ => return None,
    })
}

/// Value of an ordinal word (`second` -> 2).
pub(super) fn ordinal_word(w: &str) -> Option<f64> {
    Some(match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "hundredth" => 100.0,
        "thousandth" => 1000.0,
        _ => return None,
    })
}

/// Month number of a month name or its abbreviation. `May` only counts capitalised.
pub(super) fn month(w: &str) -> Option<u32> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// Day names, which sit beside dates and numbers without being either.
pub(super) fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Singular time unit of a duration word (`months` -> `month`).
pub(super) fn time_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "second" | "seconds" | "sec" | "secs" => "second",
        "minute" | "minutes" | "min" | "mins" => "minute",
        "hour" | "hours" | "hr" | "hrs" | "h" => "hour",
        "day" | "days" => "day",
        "week" | "weeks" => "week",
        "month" | "months" => "month",
        "year" | "years" | "yr" | "yrs" => "year",
        "decade" | "decades" => "decade",
        "century" | "centuries" => "century",
        _ => return None,
    })
}

/// Normalised unit of a measure word (`kilometres` -> `km`).
pub(super) fn measure_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "mile" | "miles" => "mile",
        "m" | "metre" | "metres" | "meter" | "meters" => "m",
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => "cm",
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => "mm",
        "ft" | "foot" | "feet" => "ft",
        "inch" | "inches" => "inch",
        "kg" | "kgs" | "kilo" | "kilos" | "kilogram" | "kilograms" | "kilogramme" => "kg",
        "g" | "gram" | "grams" | "gramme" | "grammes" => "g",
        "lb" | "lbs" => "lb",
        "tonne" | "tonnes" | "ton" | "tons" | "t" => "tonne",
        "litre" | "litres" | "liter" | "liters" | "l" => "litre",
        "gallon" | "gallons" => "gallon",
        "barrel" | "barrels" | "bpd" => "barrel",
        "hectare" | "hectares" | "ha" => "hectare",
        "acre" | "acres" => "acre",
        "mph" => "mph",
        "kph" | "kmh" => "km/h",
        "degree" | "degrees" => "degree",
        "magnitude" => "magnitude",
        "mw" | "megawatt" | "megawatts" => "MW",
        "gw" | "gigawatt" | "gigawatts" => "GW",
        "kwh" => "kWh",
        _ => return None,
    })
}

/// ISO code of a currency symbol.
pub(super) fn currency_symbol(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' => "JPY",
        '₹' => "INR",
        '₽' => "RUB",
        '₺' => "TRY",
        '₦' => "NGN",
        '₴' => "UAH",
        '₪' => "ILS",
        '₩' => "KRW",
        _ => return None,
    })
}

/// Code of a dollar written with a country prefix glued to `$` (`US$`, `A$`).
pub(super) fn dollar_prefix(w: &str) -> Option<&'static str> {
    Some(match w {
        "US" => "USD",
        "A" | "AU" => "AUD",
        "C" | "CA" => "CAD",
        "HK" => "HKD",
        "NZ" => "NZD",
        "S" | "SG" => "SGD",
        "NT" => "TWD",
        _ => return None,
    })
}

/// A written currency code (upper case as in news copy).
pub(super) fn currency_code(w: &str) -> Option<&'static str> {
    const CODES: [&str; 30] = [
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "RUB", "TRY", "CHF", "CAD", "AUD", "NZD",
        "HKD", "SGD", "SEK", "NOK", "DKK", "PLN", "UAH", "ILS", "EGP", "NGN", "ZAR", "BRL", "MXN",
        "SAR", "AED", "PKR", "KRW",
    ];
    CODES.iter().copied().find(|c| *c == w)
}

/// Currency of a currency noun written after the figure (`dollars` -> `USD`). Pounds are
/// handled by the caller, which needs the context to tell money from weight.
pub(super) fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" | "dollars" => "USD",
        "euro" | "euros" => "EUR",
        "sterling" => "GBP",
        "yen" => "JPY",
        "yuan" | "renminbi" => "CNY",
        "rouble" | "roubles" | "ruble" | "rubles" => "RUB",
        "shekel" | "shekels" => "ILS",
        "hryvnia" | "hryvnias" => "UAH",
        "naira" => "NGN",
        "dinar" | "dinars" => "DINAR",
        "dirham" | "dirhams" => "DIRHAM",
        "riyal" | "riyals" | "rial" | "rials" => "RIYAL",
        "rupee" | "rupees" => "RUPEE",
        "lira" | "liras" | "lire" => "LIRA",
        "peso" | "pesos" => "PESO",
        "franc" | "francs" => "FRANC",
        "rand" => "ZAR",
        "kwacha" => "KWACHA",
        "shilling" | "shillings" => "SHILLING",
        "cedi" | "cedis" => "GHS",
        "taka" => "BDT",
        "ringgit" => "MYR",
        "baht" => "THB",
        "won" => "KRW",
        _ => return None,
    })
}

/// Code of a nationality adjective written between a figure and `dollars`.
pub(super) fn dollar_nationality(w: &str) -> Option<&'static str> {
    Some(match w {
        "us" | "american" => "USD",
        "australian" => "AUD",
        "canadian" => "CAD",
        "singapore" => "SGD",
        "taiwan" | "taiwanese" => "TWD",
        _ => return None,
    })
}

/// Words around a figure that make `pounds` money rather than weight.
pub(super) fn is_money_cue(w: &str) -> bool {
    matches!(
        w,
        "pay"
            | "paid"
            | "pays"
            | "salary"
            | "salaries"
            | "wage"
            | "wages"
            | "cost"
            | "costs"
            | "spend"
            | "spent"
            | "spending"
            | "worth"
            | "fund"
            | "funds"
            | "funding"
            | "budget"
            | "price"
            | "prices"
            | "fine"
            | "fined"
            | "bill"
            | "tax"
            | "taxes"
            | "compensation"
            | "bounty"
            | "bounties"
            | "reward"
            | "donated"
            | "donation"
            | "raised"
            | "loan"
            | "debt"
            | "revenue"
            | "profit"
            | "profits"
            | "sold"
            | "bought"
            | "deal"
            | "contract"
            | "investment"
            | "aid"
            | "grant"
            | "bonus"
            | "earn"
            | "earned"
            | "earns"
    )
}

/// Hedges written before a figure, longest first so `no more than` wins over `more than`.
pub(super) const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["not", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "more", "than"], Qualifier::UpTo),
    (&["not", "more", "than"], Qualifier::UpTo),
    (&["as", "many", "as"], Qualifier::UpTo),
    (&["as", "much", "as"], Qualifier::UpTo),
    (&["as", "few", "as"], Qualifier::AtLeast),
    (&["a", "maximum", "of"], Qualifier::UpTo),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["an", "estimated"], Qualifier::About),
    (&["close", "to"], Qualifier::Nearly),
    (&["just", "under"], Qualifier::Nearly),
    (&["just", "below"], Qualifier::Nearly),
    (&["just", "over"], Qualifier::MoreThan),
    (&["well", "over"], Qualifier::MoreThan),
    (&["more", "than"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["at", "least"], Qualifier::AtLeast),
    (&["up", "to"], Qualifier::UpTo),
    (&["at", "most"], Qualifier::UpTo),
    (&["fewer", "than"], Qualifier::FewerThan),
    (&["less", "than"], Qualifier::FewerThan),
    (&["about"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["approx"], Qualifier::About),
    (&["circa"], Qualifier::About),
    (&["nearly"], Qualifier::Nearly),
    (&["almost"], Qualifier::Nearly),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["under"], Qualifier::FewerThan),
    (&["below"], Qualifier::FewerThan),
    (&["exactly"], Qualifier::Exactly),
    (&["precisely"], Qualifier::Exactly),
];

/// Adjectives that hedge the noun a figure measures (`an approximate salary of $1,000`).
pub(super) fn hedge_adjective(w: &str) -> Option<Qualifier> {
    Some(match w {
        "approximate" | "estimated" | "rough" => Qualifier::About,
        "maximum" => Qualifier::UpTo,
        "minimum" => Qualifier::AtLeast,
        _ => return None,
    })
}

/// Words of change that make `from X to Y` two figures (before and after) not a range.
pub(super) fn is_change_word(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "rise"
            | "risen"
            | "rising"
            | "rises"
            | "increase"
            | "increased"
            | "increases"
            | "fell"
            | "fall"
            | "fallen"
            | "falling"
            | "falls"
            | "drop"
            | "dropped"
            | "drops"
            | "grew"
            | "grow"
            | "grown"
            | "jumped"
            | "jump"
            | "climbed"
            | "climb"
            | "declined"
            | "decline"
            | "soared"
            | "surged"
            | "plunged"
            | "slumped"
            | "doubled"
            | "tripled"
            | "raised"
            | "raise"
            | "cut"
            | "reduced"
            | "reduce"
            | "lowered"
            | "went"
            | "up"
            | "down"
            | "changed"
            | "moved"
            | "revised"
            | "shrank"
            | "expanded"
            | "swelled"
    )
}

/// Nouns that designate an item by number (`resolution 2254`, `flight 17`): no count.
pub(super) fn is_designator(w: &str) -> bool {
    matches!(
        w,
        "resolution"
            | "article"
            | "chapter"
            | "section"
            | "flight"
            | "route"
            | "highway"
            | "room"
            | "page"
            | "paragraph"
            | "number"
            | "no"
            | "item"
            | "phase"
            | "level"
            | "stage"
            | "category"
            | "grade"
            | "gate"
            | "terminal"
            | "platform"
            | "line"
            | "round"
            | "season"
            | "episode"
            | "version"
            | "model"
            | "district"
            | "zone"
            | "sector"
            | "block"
            | "ward"
            | "unit"
            | "week"
            | "day"
            | "game"
            | "match"
            | "act"
            | "clause"
            | "rule"
            | "bill"
            | "amendment"
            | "channel"
            | "exit"
            | "apartment"
            | "building"
            | "street"
            | "lane"
            | "floor"
            | "ranked"
            | "aged"
            | "age"
            | "ages"
            | "size"
            | "tier"
            | "group"
            | "term"
            | "covid"
            | "vol"
            | "volume"
            | "issue"
    )
}

/// Plurals that do not end in `s`, and `s`-words that are not plurals.
pub(super) fn is_irregular_plural(w: &str) -> bool {
    matches!(
        w,
        "men"
            | "women"
            | "children"
            | "people"
            | "police"
            | "personnel"
            | "staff"
            | "aircraft"
            | "troops"
            | "cattle"
            | "sheep"
            | "livestock"
            | "feet"
            | "teeth"
            | "mice"
            | "geese"
            | "crew"
            | "militia"
            | "infantry"
            | "youth"
            | "folk"
            | "offspring"
            | "fish"
            | "refugees"
            | "civilians"
    )
}

/// Words ending in `s` that are not plural nouns.
pub(super) fn is_false_plural(w: &str) -> bool {
    matches!(
        w,
        "news"
            | "series"
            | "species"
            | "means"
            | "headquarters"
            | "its"
            | "his"
            | "this"
            | "thus"
            | "plus"
            | "gas"
            | "bus"
            | "status"
            | "virus"
            | "campus"
            | "census"
            | "crisis"
            | "basis"
            | "analysis"
            | "process"
            | "congress"
            | "business"
            | "access"
            | "ukraines"
    )
}

/// Function words: a counted noun phrase never contains one.
pub(super) fn is_stop(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "from"
            | "by"
            | "for"
            | "with"
            | "without"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "about"
            | "around"
            | "across"
            | "after"
            | "before"
            | "during"
            | "since"
            | "until"
            | "till"
            | "through"
            | "between"
            | "among"
            | "amid"
            | "against"
            | "near"
            | "per"
            | "each"
            | "apiece"
            | "via"
            | "than"
            | "as"
            | "like"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "yet"
            | "so"
            | "if"
            | "when"
            | "while"
            | "because"
            | "although"
            | "though"
            | "where"
            | "whereas"
            | "who"
            | "whom"
            | "whose"
            | "which"
            | "that"
            | "what"
            | "this"
            | "these"
            | "those"
            | "it"
            | "its"
            | "they"
            | "them"
            | "their"
            | "he"
            | "him"
            | "his"
            | "she"
            | "her"
            | "we"
            | "us"
            | "our"
            | "you"
            | "your"
            | "i"
            | "me"
            | "my"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "have"
            | "has"
            | "had"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "not"
            | "no"
            | "also"
            | "only"
            | "just"
            | "still"
            | "even"
            | "all"
            | "both"
            | "either"
            | "neither"
            | "some"
            | "any"
            | "every"
            | "including"
            | "included"
            | "inside"
            | "outside"
            | "within"
            | "upon"
            | "toward"
            | "towards"
            | "there"
            | "here"
            | "then"
            | "now"
            | "ago"
            | "later"
            | "earlier"
            | "last"
            | "next"
            | "whether"
            | "s"
            | "t"
            | "said"
            | "says"
            | "say"
            | "according"
            | "out"
            | "up"
            | "down"
            | "off"
            | "plus"
            | "minus"
            | "too"
            | "very"
            | "whereby"
            | "wherein"
            | "thanks"
            | "despite"
            | "unlike"
            | "beyond"
            | "behind"
            | "beside"
            | "besides"
            | "below"
            | "above"
            | "along"
            | "alongside"
            | "throughout"
            | "versus"
            | "vs"
    )
}

/// Rate phrases after a figure, normalised: the words, the rate.
pub(super) const RATES: &[(&[&str], &str)] = &[
    (&["for", "each", "of", "them"], "each"),
    (&["for", "each", "of", "those"], "each"),
    (&["for", "each", "one"], "each"),
    (&["for", "each"], "each"),
    (&["each", "of", "them"], "each"),
    (&["per", "annum"], "year"),
    (&["per", "capita"], "person"),
    (&["per", "head"], "person"),
    (&["a", "head"], "person"),
    (&["a", "piece"], "each"),
    (&["each"], "each"),
    (&["apiece"], "each"),
    (&["monthly"], "month"),
    (&["annually"], "year"),
    (&["yearly"], "year"),
    (&["weekly"], "week"),
    (&["daily"], "day"),
    (&["hourly"], "hour"),
];

/// Singular noun a rate is given per, after `a`, `an`, `per` or `every`.
pub(super) fn rate_noun(w: &str) -> Option<&'static str> {
    if let Some(u) = time_unit(w) {
        return Some(u);
    }
    Some(match w {
        "person" | "people" | "head" | "capita" | "individual" => "person",
        "family" | "household" => "household",
        "fighter" => "fighter",
        "soldier" => "soldier",
        "worker" => "worker",
        "student" => "student",
        "child" => "child",
        "barrel" => "barrel",
        "tonne" | "ton" => "tonne",
        "litre" | "liter" => "litre",
        "gallon" => "gallon",
        "kilogram" | "kg" | "kilo" => "kg",
        "unit" => "unit",
        "share" => "share",
        "vote" => "vote",
        "month" => "month",
        "trip" => "trip",
        "ticket" => "ticket",
        "dose" => "dose",
        _ => return None,
    })
}

/// Irregular verb forms (past and present) that end a counted noun phrase where `-ed`
/// cannot show the verb: `a 5.8-magnitude quake hit`, `1,000 fled`.
pub(super) fn is_irregular_verb(w: &str) -> bool {
    matches!(
        w,
        "hit"
            | "struck"
            | "fled"
            | "flee"
            | "flees"
            | "took"
            | "take"
            | "takes"
            | "taken"
            | "made"
            | "make"
            | "makes"
            | "came"
            | "come"
            | "comes"
            | "went"
            | "go"
            | "goes"
            | "gone"
            | "began"
            | "begin"
            | "begins"
            | "begun"
            | "saw"
            | "see"
            | "sees"
            | "seen"
            | "led"
            | "lead"
            | "leads"
            | "held"
            | "hold"
            | "holds"
            | "won"
            | "win"
            | "lost"
            | "lose"
            | "loses"
            | "fell"
            | "rose"
            | "met"
            | "meet"
            | "meets"
            | "sent"
            | "send"
            | "sends"
            | "gave"
            | "give"
            | "gives"
            | "given"
            | "got"
            | "get"
            | "gets"
            | "put"
            | "puts"
            | "ran"
            | "run"
            | "brought"
            | "bring"
            | "brings"
            | "caught"
            | "fought"
            | "fight"
            | "fights"
            | "sought"
            | "built"
            | "spent"
            | "paid"
            | "kept"
            | "keep"
            | "keeps"
            | "became"
            | "become"
            | "becomes"
            | "stood"
            | "tore"
            | "drove"
            | "swept"
            | "broke"
            | "broken"
            | "spread"
            | "spreads"
            | "left"
            | "leave"
            | "died"
            | "die"
            | "dies"
            | "remain"
            | "want"
            | "wants"
            | "need"
            | "needs"
            | "joined"
            | "join"
            | "joins"
            | "told"
            | "tell"
            | "tells"
            | "thought"
            | "found"
            | "find"
            | "knew"
            | "known"
            | "felt"
            | "grew"
            | "sat"
            | "lay"
            | "wore"
            | "threw"
            | "drew"
            | "flew"
            | "rode"
            | "bore"
            | "sold"
            | "bought"
            | "taught"
            | "heard"
            | "hear"
            | "slept"
            | "woke"
            | "arrive"
            | "arrives"
            | "marched"
            | "gathered"
    )
}
