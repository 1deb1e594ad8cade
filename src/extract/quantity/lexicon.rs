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
// Packed by hand: rustfmt would put each word on its own line.
#[rustfmt::skip]
const TENS_WORDS: &[&str] = &[
    "eighty", "fifty", "forty", "ninety", "seventy", "sixty", "thirty", "twenty",
];

pub(super) fn is_tens(w: &str) -> bool {
    TENS_WORDS.binary_search(&w).is_ok()
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
// Packed by hand: rustfmt would put each word on its own line.
#[rustfmt::skip]
const WEEKDAY_WORDS: &[&str] = &[
    "friday", "monday", "saturday", "sunday", "thursday", "tuesday", "wednesday",
];

pub(super) fn is_weekday(w: &str) -> bool {
    WEEKDAY_WORDS.binary_search(&w).is_ok()
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

pub(super) use super::words::{
    is_change_word, is_designator, is_false_plural, is_irregular_plural, is_irregular_verb,
    is_money_cue, is_stop,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [TENS_WORDS, WEEKDAY_WORDS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }
}
