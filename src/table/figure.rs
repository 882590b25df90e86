//! One sourced figure of the table, as written in `claims.toml`.

use serde::{Deserialize, Serialize};
use std::any::Any;
use std::sync::{Arc, OnceLock};

/// What a figure measures: the unit its `value` is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Quantity {
    /// A part of a whole, as a fraction of one (0.38 for 38 per cent).
    Share,
    /// A number of people, cases or things.
    Count,
    /// A factor of change (3 for tripled).
    Multiplier,
    /// A change in per cent (+25 for a 25 per cent rise).
    Change,
    /// An amount of money, in `unit`.
    Money,
    /// A rate per `per` people.
    Rate,
    /// A place in a ranking or tier: 2 for Tier 2, 4 for the fourth largest.
    Rank,
}

impl Quantity {
    /// Every quantity, in the order the README lists them.
    pub const ALL: [Quantity; 7] = [
        Quantity::Share,
        Quantity::Count,
        Quantity::Multiplier,
        Quantity::Change,
        Quantity::Money,
        Quantity::Rate,
        Quantity::Rank,
    ];

    /// The quantity a table spells `name`, if any.
    pub fn from_name(name: &str) -> Option<Quantity> {
        Quantity::ALL.into_iter().find(|q| q.as_str() == name)
    }

    /// The quantity's name as the table spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Quantity::Share => "share",
            Quantity::Count => "count",
            Quantity::Multiplier => "multiplier",
            Quantity::Change => "change",
            Quantity::Money => "money",
            Quantity::Rate => "rate",
            Quantity::Rank => "rank",
        }
    }
}

/// When a count is taken: on one day, or over a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Timing {
    /// How many there are at one time ("on any given day"): not a number per year.
    Stock,
    /// How many in one year (detected in 2022, profits per year).
    PerYear,
}

impl Timing {
    /// The timing named `name` as the table spells it (`stock`, `per-year`).
    pub fn from_name(name: &str) -> Option<Timing> {
        match name {
            "stock" => Some(Timing::Stock),
            "per-year" => Some(Timing::PerYear),
            _ => None,
        }
    }
}

/// How the people behind a figure were counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// Victims detected or identified by authorities: a measure of detection, not prevalence.
    Detected,
    /// A survey-based estimate of how many there are.
    Estimated,
}

impl Basis {
    /// The basis named `name` as the table spells it (`detected`, `estimated`).
    pub fn from_name(name: &str) -> Option<Basis> {
        match name {
            "detected" => Some(Basis::Detected),
            "estimated" => Some(Basis::Estimated),
            _ => None,
        }
    }
}

/// How directly a source was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Grade {
    /// Read on the publisher's own page.
    Primary,
    /// Read in a page that reproduces the publisher.
    Secondary,
}

impl Grade {
    /// Every grade.
    pub const ALL: [Grade; 2] = [Grade::Primary, Grade::Secondary];

    /// The grade's name as the table spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::Primary => "primary",
            Grade::Secondary => "secondary",
        }
    }

    /// The grade a table spells `name`, if any.
    pub fn from_name(name: &str) -> Option<Grade> {
        Grade::ALL.into_iter().find(|g| g.as_str() == name)
    }
}

/// The words a figure's `hedge` may take, as the extractor names a claim's hedge.
pub const HEDGES: [&str; 6] = [
    "about",
    "nearly",
    "more-than",
    "less-than",
    "at-least",
    "up-to",
];

/// Where a figure comes from.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Who published the figure (`UNODC`, `ILO, Walk Free and IOM`).
    pub publisher: String,
    /// The report's title.
    pub title: String,
    /// The page the quote was read on.
    pub url: String,
    /// The exact words of the source.
    pub quote: String,
    /// Page, chapter or figure in the report.
    pub locator: Option<String>,
    /// Whether the quote was read on the publisher's page or a reproduction.
    pub grade: Grade,
}

/// A wrong value or wording for a figure, seen in print.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Misstatement {
    /// The wrong wording, as printed.
    pub wording: String,
    /// The wrong value in the unit of the figure's `value`, when the wording has one.
    pub value: Option<f64>,
    /// Where it was seen: the outlet, and the date when known.
    pub seen: String,
    /// The page it was seen on.
    pub url: Option<String>,
}

/// One sourced value.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Stable kebab-case identifier.
    pub id: String,
    /// What is measured, in plain words.
    pub metric: String,
    /// The unit of `value`.
    pub quantity: Quantity,
    /// For multipliers and changes: what changed (a share or a count).
    pub of: Option<Quantity>,
    /// The value, or `None` when the source gives a range.
    pub value: Option<f64>,
    /// Lower end of a range.
    pub low: Option<f64>,
    /// Upper end of a range.
    pub high: Option<f64>,
    /// How far a claim may differ and still agree, in the unit of `value`.
    pub tolerance: Option<f64>,
    /// How the source itself qualifies the value (`about`, `more than`).
    pub hedge: Option<String>,
    /// Currency or unit of a money amount or rate.
    pub unit: Option<String>,
    /// Words naming what is counted (`children`).
    pub subject: Vec<String>,
    /// Words naming the population it is counted in (`trafficking victims`).
    pub population: Vec<String>,
    /// Where: `global`, a region or a country.
    pub scope: String,
    /// The data year or years.
    pub period: String,
    /// When the source was published (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
    pub published: String,
    /// The id of the figure from a newer edition that replaces this one.
    pub superseded_by: Option<String>,
    /// Ids of figures people mix up with this one.
    #[serde(default)]
    pub confusable_with: Vec<String>,
    /// What a reader must know before using the figure.
    pub caveats: Option<String>,
    /// For counts: whether it is a stock (on any given day) or a number per year.
    pub timing: Option<Timing>,
    /// For people: detected by authorities or estimated from surveys.
    pub basis: Option<Basis>,
    /// The figure as a journalist would state it, without the source
    /// (`an estimated 3.3 million children were in forced labour on any given day in 2021`).
    pub statement: Option<String>,
    /// Where the figure comes from.
    pub source: Source,
    /// Wrong values or wordings for this figure seen in print.
    #[serde(default)]
    pub misstatements: Vec<Misstatement>,
    /// What the check derives from the other fields, worked out once per figure (never read
    /// from a table file).
    #[serde(skip)]
    pub derived: Derived,
}

/// A slot the check fills once with what it derives from a figure. It is not part of the figure:
/// comparisons ignore it and table files never hold it.
#[derive(Clone, Default)]
pub struct Derived(OnceLock<Arc<dyn Any + Send + Sync>>);

impl Derived {
    /// The value kept in the slot, made by `make` the first time (`None` if the slot holds
    /// another type).
    pub fn get_or_init<T: Any + Send + Sync>(&self, make: impl FnOnce() -> T) -> Option<&T> {
        self.0.get_or_init(|| Arc::new(make())).downcast_ref::<T>()
    }
}

impl PartialEq for Derived {
    fn eq(&self, _: &Derived) -> bool {
        true
    }
}

impl std::fmt::Debug for Derived {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Derived")
    }
}

impl Figure {
    /// The lowest and highest values the figure stands for, its tolerance included.
    pub fn bounds(&self) -> (f64, f64) {
        let tolerance = self.tolerance.unwrap_or(0.0);
        let (low, high) = match (self.value, self.low, self.high) {
            (_, Some(low), Some(high)) => (low, high),
            (Some(v), _, _) => (v, v),
            (None, Some(low), None) => (low, f64::INFINITY),
            (None, None, Some(high)) => (f64::NEG_INFINITY, high),
            (None, None, None) => (f64::NAN, f64::NAN),
        };
        (low - tolerance, high + tolerance)
    }

    /// The value to quote: `value`, else the middle of the range.
    pub fn central(&self) -> Option<f64> {
        self.value.or(match (self.low, self.high) {
            (Some(l), Some(h)) => Some((l + h) / 2.0),
            (l, h) => l.or(h),
        })
    }

    /// The year the source was published, from `published`.
    pub fn published_year(&self) -> &str {
        self.published.get(..4).unwrap_or(&self.published)
    }
}
