//! Read every figure in a sentence the way an analyst would: value or range, qualifier,
//! unit or currency, rate, and the thing counted. Dates, times and ordinals are recognised
//! as such so that they are never counted as quantities.

use serde::Serialize;

mod calendar;
mod context;
mod digits;
mod lexicon;
mod numbers;
mod reader;
#[cfg(test)]
mod tests;
mod token;
mod words;

/// What sort of figure a [`Quantity`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    /// A number of things: `350 members`, `dozens of buses`.
    Count,
    /// An amount of money: `$ 1,000`, `between 25,000 and 50,000 dollars`.
    Money,
    /// A percentage: `12%`, `40 per cent`.
    Percent,
    /// A physical measure: `30 km`, `2 tonnes`.
    Measure,
    /// A length of time: `45 days`, `three-month contracts`.
    Duration,
    /// A calendar date or year: `4 April 2019`, `November 2021`.
    Date,
    /// A time of day: `2.15pm`.
    Time,
    /// A rank: `second largest`, `3rd`.
    Ordinal,
}

/// Hedge words that turn a figure into an interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// `about`, `around`, `some`, `roughly`, `approximately`, `an estimated`.
    About,
    /// `nearly`, `almost`, `close to`: a little below.
    Nearly,
    /// `more than`, `over`, `above`, `upwards of`: strictly above.
    MoreThan,
    /// `at least`, `no fewer than`, `a minimum of`.
    AtLeast,
    /// `up to`, `at most`, `no more than`, `a maximum of`.
    UpTo,
    /// `fewer than`, `less than`, `under`, `below`: strictly below.
    FewerThan,
    /// `between X and Y`, `X-Y`, `X to Y`: a range.
    Between,
    /// `exactly`, `precisely`.
    Exactly,
}

/// One figure read from a sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// What sort of figure it is.
    pub kind: QuantityKind,
    /// The figure, when it is a single number (`None` for ranges).
    pub value: Option<f64>,
    /// Lower end of a range, or the lower bound of a vague amount (`hundreds` -> 100).
    pub low: Option<f64>,
    /// Upper end of a range.
    pub high: Option<f64>,
    /// The figure as written, qualifier and unit included: `more than 20,000`.
    pub as_written: String,
    /// Byte offset of `as_written` in the sentence.
    pub start: usize,
    /// Byte offset one past the end of `as_written` in the sentence.
    pub end: usize,
    /// Hedge word, if any.
    pub qualifier: Option<Qualifier>,
    /// Unit or currency, normalised: `USD`, `EUR`, `km`, `day`.
    pub unit: Option<String>,
    /// The rate the figure is given per: `month`, `each`, `day`.
    pub rate: Option<String>,
    /// The thing counted, as written: `foreign volunteers`, `cities`.
    pub counted: Option<String>,
    /// A vague amount (`dozens`, `thousands`): `low` is only a lower bound.
    pub vague: bool,
}

/// Every figure in `sentence`, in order of appearance and never overlapping.
///
/// `as_written` always equals `&sentence[start..end]` and spans the hedge, the figure (or
/// range), the unit and an adjacent rate (`more than 20,000`, `$ 1,000 a month`); the
/// counted noun is not part of it. Some readings go beyond the field docs:
///
/// - Dates: `value` is the year when one is written, `unit` the ISO 8601 form
///   (`2019-04-04`, `2021-11`, `--11-16` without a year, `2011`); spans of years
///   (`2019-2021`, `the 1990s`) set `low`/`high`.
/// - Times: `value` is hours since midnight (`2.15pm` -> 14.25), `unit` is `HH:MM`.
/// - Ordinals: `value` is the rank (`second` -> 2).
/// - Arabic-Indic, Persian, Devanagari, Bengali and fullwidth digits (`٣٠٠`, `۱۲۰۰`) read as
///   ASCII digits; `as_written` and the spans keep them as written.
/// - Percentages carry `unit` `%` (or `percentage point`).
/// - `counted` is kept as written (case and all). A hedge carried by the noun the figure
///   measures (`an approximate salary of $1,000`) sets `qualifier` without widening the
///   span; a rate written after the counted noun (`1,000 people a day`) sets `rate` the
///   same way. When a count's own noun is a generic one (`men`, `people`) and the clause
///   says `the number of X`, X is the counted noun.
///
/// ```
/// use crosscheck::extract::quantity::{read, QuantityKind, Qualifier};
///
/// let q = read("At least 16,000 foreign volunteers have answered the call");
/// assert_eq!(q[0].kind, QuantityKind::Count);
/// assert_eq!(q[0].value, Some(16_000.0));
/// assert_eq!(q[0].qualifier, Some(Qualifier::AtLeast));
/// assert_eq!(q[0].as_written, "At least 16,000");
/// assert_eq!(q[0].counted.as_deref(), Some("foreign volunteers"));
/// ```
pub fn read(sentence: &str) -> Vec<Quantity> {
    let Some((copy, map)) = digits::ascii_copy(sentence) else {
        return reader::read_all(sentence);
    };
    let mut out = reader::read_all(&copy);
    for q in &mut out {
        digits::map_back(sentence, &copy, &map, q);
    }
    out
}
