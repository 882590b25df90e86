//! Mentions: every number-like expression in a text, its value, its kind, and whether it is a claim.

mod classify;
mod furniture;
mod number;
mod parse;
mod prefilter;
mod token;
mod words;

pub(crate) use words::small_number;

pub(crate) use classify::{rate_in, victims_tallied};

use serde::Serialize;

/// What kind of number a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A number of things: `3.3 million`, `17,828`, `forty`.
    Count,
    /// A percentage: `38%`, `38 per cent`, `38pc`.
    Percent,
    /// A fraction in words or symbols: `one-third`, `two-thirds`, `half`.
    Fraction,
    /// A part of a whole: `one in three`, `nine out of 10`.
    Ratio,
    /// A factor of change: `tripled`, `five-fold`, `three times`.
    Multiplier,
    /// A change: `rose by 25%`, `fell 11 per cent`, `4 percentage points`.
    Change,
    /// An amount of money: `US$236bn`, `Rs 60 lakh`.
    Money,
    /// A rate: `3.5 per 1,000`.
    Rate,
    /// A calendar year: `2024`.
    Year,
    /// A date: `July 30`, `September 12, 2024`.
    Date,
    /// An ordinal: `15th`.
    Ordinal,
    /// A number that is not a statistic: references, identifiers, durations, counters.
    Other,
}

impl Kind {
    /// The kind's name as the JSON contract spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Percent => "percent",
            Kind::Fraction => "fraction",
            Kind::Ratio => "ratio",
            Kind::Multiplier => "multiplier",
            Kind::Change => "change",
            Kind::Money => "money",
            Kind::Rate => "rate",
            Kind::Year => "year",
            Kind::Date => "date",
            Kind::Ordinal => "ordinal",
            Kind::Other => "other",
        }
    }

    /// True for the kinds that can state a statistic.
    pub fn is_statistical(self) -> bool {
        !matches!(self, Kind::Year | Kind::Date | Kind::Ordinal | Kind::Other)
    }
}

/// How the writer qualified a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Hedge {
    /// `about`, `around`, `roughly`, `some`, `an estimated`.
    About,
    /// `nearly`, `almost`, `close to`: a little below.
    Nearly,
    /// `more than`, `over`: above.
    MoreThan,
    /// `less than`, `under`, `fewer than`: below.
    LessThan,
    /// `at least`: this or above.
    AtLeast,
    /// `up to`, `at most`: this or below.
    UpTo,
}

impl Hedge {
    /// The hedge's name as the JSON contract spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Hedge::About => "about",
            Hedge::Nearly => "nearly",
            Hedge::MoreThan => "more-than",
            Hedge::LessThan => "less-than",
            Hedge::AtLeast => "at-least",
            Hedge::UpTo => "up-to",
        }
    }
}

/// One number-like expression found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte offset where the mention starts.
    pub start: usize,
    /// Byte offset after the mention.
    pub end: usize,
    /// What kind of number it is.
    pub kind: Kind,
    /// The normalised value: 38 for `38%`, 0.3333 for `one-third`, 3 for `tripled`; the midpoint for a range; `None` for vague amounts and dates.
    pub value: Option<f64>,
    /// Lower end of a range.
    pub low: Option<f64>,
    /// Upper end of a range.
    pub high: Option<f64>,
    /// Resolution implied by how it is written: 0.1 million for `3.3 million`, 1 for `38%`.
    pub step: Option<f64>,
    /// The hedge written before it, if any.
    pub hedge: Option<Hedge>,
    /// Currency of a money amount (ISO code where known).
    pub unit: Option<&'static str>,
    /// Why a number is not a claim (a year, a counter, a reference), or `None` for a claim.
    pub not_claim: Option<&'static str>,
    /// Denominator of a rate: 1,000 for `3.5 per 1,000`.
    pub per: Option<f64>,
    /// Order of magnitude of a vague amount with no exact value: 1,000 for `thousands of`.
    pub magnitude: Option<f64>,
}

impl Mention {
    /// True when the mention asserts a statistic (a rank such as `ranked third` included).
    pub fn is_claim(&self) -> bool {
        self.not_claim.is_none() && (self.kind.is_statistical() || self.kind == Kind::Ordinal)
    }

    /// The value as a share of one for percentages, fractions and ratios (`38%` is 0.38).
    pub fn share(&self) -> Option<f64> {
        match self.kind {
            Kind::Percent => self.value.map(|v| v / 100.0),
            Kind::Fraction | Kind::Ratio => self.value,
            _ => None,
        }
    }
}

/// Every mention in `text`, in order of position, none overlapping.
///
/// One pass: a byte-level prefilter finds the neighbourhoods where a number may be, and only
/// those are tokenized and parsed.
pub fn extract(text: &str) -> Vec<Mention> {
    let ranges = prefilter::neighbourhoods(text);
    // About two mentions a neighbourhood: room for them up front, not grown one by one.
    let mut out = Vec::with_capacity(2 * ranges.len());
    // Room for the widest neighbourhood's tokens, made once, not grown neighbourhood by
    // neighbourhood.
    let widest = ranges.iter().map(|r| r.len()).max().unwrap_or(0);
    let mut tokens = token::Tokens::with_room(widest);
    let lines = furniture::Lines::default();
    for range in ranges {
        tokens.fill(text, range);
        let parser = parse::Parser {
            text,
            toks: &tokens,
            lines: &lines,
            hedge_memo: Default::default(),
        };
        parser.mentions(&mut out);
    }
    out
}
