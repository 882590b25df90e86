//! Whether a figure's value is written in its own source quote, as the extractor reads the quote.

use super::{Figure, Quantity};
use crate::extract::{Kind, Mention, extract};

/// Ordinal words a ranking is written with (`the second tier`), which the extractor leaves alone.
const ORDINALS: [&str; 10] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// The values of the figure that its quote must show: `value`, or both ends of a range.
fn wanted(figure: &Figure) -> Vec<f64> {
    match (figure.value, figure.low, figure.high) {
        (Some(v), _, _) => vec![v],
        (None, low, high) => low.into_iter().chain(high).collect(),
    }
}

/// The values of `figure` that no number in its quote stands for; empty when the quote shows them all.
pub fn missing_from_quote(figure: &Figure) -> Vec<f64> {
    let quote = &figure.source.quote;
    let mentions = extract(quote);
    wanted(figure)
        .into_iter()
        .filter(|&v| !written(figure.quantity, v, quote, &mentions))
        .collect()
}

/// True when some mention of `quote`, read in the unit of `quantity`, stands for `value`.
fn written(quantity: Quantity, value: f64, quote: &str, mentions: &[Mention]) -> bool {
    let percent_in_quote = {
        let lower = quote.to_lowercase();
        lower.contains('%') || lower.contains("per cent") || lower.contains("percent")
    };
    // `5.4 victims of modern-day slavery per 1,000 people`: a share written as a rate.
    let per_thousand = |m: &Mention| {
        let after = quote.get(m.end..).unwrap_or_default();
        let near_after = after.get(..after.len().min(60)).unwrap_or(after);
        let lower = near_after.to_lowercase();
        lower.contains("per 1,000") || lower.contains("per thousand")
    };
    let any = mentions.iter().any(|m| {
        readings(m)
            .into_iter()
            .any(|(v, half, kind)| match quantity {
                Quantity::Share => match kind {
                    Kind::Percent => near(value, v / 100.0, half / 100.0),
                    Kind::Fraction | Kind::Ratio => near(value, v, fraction_band(v)),
                    // A table of percentages: the `%` is in a heading, the cells are bare numbers.
                    Kind::Count if percent_in_quote => near(value, v / 100.0, half / 100.0),
                    Kind::Count if per_thousand(m) => near(value, v / 1000.0, half / 1000.0),
                    _ => false,
                },
                // A change may be written unsigned (`fell by 11 per cent`): the words carry the sign.
                Quantity::Change => match kind {
                    Kind::Percent | Kind::Count => near(value.abs(), v.abs(), half),
                    _ => near(value, v, half),
                },
                // Any number but a year, a date or a percentage: `63 million` may read as a label.
                Quantity::Count | Quantity::Money | Quantity::Multiplier | Quantity::Rate => {
                    !matches!(kind, Kind::Year | Kind::Date | Kind::Percent) && near(value, v, half)
                }
                Quantity::Rank => near(value, v, half),
            })
    });
    any || (quantity == Quantity::Share && ratio_of_counts(value, quote, mentions))
        || (quantity == Quantity::Rank && ordinal_word(value, quote))
}

/// Every value a mention can stand for, with half its written resolution and its kind.
fn readings(m: &Mention) -> Vec<(f64, f64, Kind)> {
    let half = m.step.unwrap_or(0.0) / 2.0;
    [m.value, m.low, m.high]
        .into_iter()
        .flatten()
        .map(|v| (v, half, m.kind))
        .collect()
}

/// `a` and `b` agree to within `half`, or to rounding error when `half` is zero.
fn near(a: f64, b: f64, half: f64) -> bool {
    (a - b).abs() <= half.max(1e-9 * a.abs().max(b.abs())).max(1e-12)
}

/// How far a written fraction reaches: `one in three` stands for 0.298–0.368.
fn fraction_band(v: f64) -> f64 {
    (0.1 * v.abs()).min(0.035)
}

/// `for every 10 victims, about five were women`: two counts in a quote that speaks of `every`.
fn ratio_of_counts(value: f64, quote: &str, mentions: &[Mention]) -> bool {
    if !quote
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "every")
    {
        return false;
    }
    let counts: Vec<f64> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Count)
        .filter_map(|m| m.value)
        .filter(|v| *v > 0.0)
        .collect();
    counts.iter().any(|&part| {
        counts
            .iter()
            .any(|&whole| part < whole && near(value, part / whole, fraction_band(part / whole)))
    })
}

/// `the second tier` for a rank of 2.
fn ordinal_word(value: f64, quote: &str) -> bool {
    let lower = quote.to_lowercase();
    ORDINALS.iter().enumerate().any(|(i, word)| {
        (i + 1) as f64 == value
            && lower
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == *word)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::Table;

    fn figure(quantity: &str, value: f64, quote: &str) -> Figure {
        let of = if matches!(quantity, "change" | "multiplier") {
            "of = \"count\"\n"
        } else {
            ""
        };
        let text = format!(
            "schema = 1\n[[figure]]\nid = \"x\"\nmetric = \"m\"\nquantity = \"{quantity}\"\n{of}\
             value = {value}\nsubject = [\"s\"]\npopulation = [\"p\"]\nscope = \"global\"\nperiod = \"2020\"\n\
             published = \"2021\"\nsource.publisher = \"P\"\nsource.title = \"T\"\n\
             source.url = \"https://example.org\"\nsource.quote = \"{quote}\"\nsource.grade = \"primary\"\n"
        );
        Table::parse("t.toml", &text).unwrap().figures.remove(0)
    }

    #[test]
    fn every_written_form_counts() {
        assert!(missing_from_quote(&figure("share", 0.38, "38 per cent of victims")).is_empty());
        assert!(
            missing_from_quote(&figure("share", 0.34, "One in every three victims")).is_empty()
        );
        assert!(
            missing_from_quote(&figure(
                "share",
                0.5,
                "for every 10 victims, about five were women"
            ))
            .is_empty()
        );
        assert!(
            missing_from_quote(&figure("count", 3300000.0, "children (3.3 million)")).is_empty()
        );
        assert!(missing_from_quote(&figure("change", -11.0, "fell by 11 per cent")).is_empty());
        assert!(missing_from_quote(&figure("multiplier", 3.0, "has tripled")).is_empty());
        assert!(missing_from_quote(&figure("rank", 2.0, "in the second tier")).is_empty());
        assert!(missing_from_quote(&figure("share", 0.134, "Rate (%) | 13.4 | 16.8")).is_empty());
    }

    #[test]
    fn a_value_the_quote_does_not_give_is_missing() {
        assert_eq!(
            missing_from_quote(&figure("share", 0.35, "38 per cent of victims")),
            [0.35]
        );
        assert_eq!(
            missing_from_quote(&figure("count", 3400000.0, "children (3.3 million)")),
            [3400000.0]
        );
        assert_eq!(
            missing_from_quote(&figure("share", 0.134, "13.4 children")),
            [0.134]
        );
        assert_eq!(
            missing_from_quote(&figure("change", 25.0, "rose by 15 per cent")),
            [25.0]
        );
    }

    #[test]
    fn every_builtin_figure_is_written_in_its_quote() {
        let table = Table::builtin().unwrap();
        let bad: Vec<(&str, Vec<f64>)> = table
            .figures
            .iter()
            .map(|f| (f.id.as_str(), missing_from_quote(f)))
            .filter(|(_, missing)| !missing.is_empty())
            .collect();
        assert!(bad.is_empty(), "{bad:?}");
    }
}
