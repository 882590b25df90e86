//! Suggested rewordings: a figure stated the way a journalist would write it, with its source.

use super::fit;
use super::format;
use crate::table::{Basis, Figure, Quantity};

/// The figure in one sentence with its source:
/// `an estimated 3.3 million children were in forced labour on any given day in 2021 (ILO, Walk
/// Free and IOM, 2022)`.
pub fn rewording(figure: &Figure) -> String {
    format!(
        "{} ({}, {})",
        statement(figure),
        figure.source.publisher,
        figure.published_year()
    )
}

/// The figure in one sentence, without its source: the table's `statement`, else one built from
/// its metric, value and period.
pub fn statement(figure: &Figure) -> String {
    if let Some(s) = figure.statement.as_deref().filter(|s| !s.trim().is_empty()) {
        return s.trim().trim_end_matches('.').to_string();
    }
    let value = super::value_of(figure);
    let metric = figure.metric.trim();
    let lower = metric.to_ascii_lowercase();
    let when = if figure
        .period
        .split(|c: char| !c.is_ascii_digit())
        .filter(|y| y.len() == 4)
        .all(|y| lower.contains(y))
        && !figure.period.is_empty()
        && lower.chars().any(|c| c.is_ascii_digit())
    {
        String::new()
    } else {
        format!(" {}", fit::period_words(figure))
    };
    let hedge = match (figure.hedge.as_deref(), fit::basis(figure)) {
        (Some(h), _) if !h.is_empty() => format!("{h} "),
        (_, Some(Basis::Estimated)) if figure.quantity == Quantity::Count => "an estimated ".into(),
        _ => String::new(),
    };
    match figure.quantity {
        Quantity::Share => {
            if let Some((part, whole)) = metric.split_once(" as a share of ") {
                format!("{part} made up {hedge}{value} of {whole}{when}")
            } else if let Some((part, whole)) = metric
                .strip_prefix("share of ")
                .and_then(|r| r.split_once(" among "))
            {
                format!("{part} made up {hedge}{value} of {whole}{when}")
            } else {
                format!("{hedge}{value}: {metric}{when}")
            }
        }
        Quantity::Count => {
            // `increase in the number of people in modern slavery, 2016 to 2021`: a count of a
            // change says what rose or fell, and by how much.
            const CHANGES: &[(&str, &str)] = &[
                ("increase in ", "rose by"),
                ("rise in ", "rose by"),
                ("growth in ", "rose by"),
                ("fall in ", "fell by"),
                ("decline in ", "fell by"),
                ("drop in ", "fell by"),
            ];
            if let Some((verb, rest)) = CHANGES.iter().find_map(|&(at, verb)| {
                Some((verb, metric.get(at.len()..)?)).filter(|_| lower.starts_with(at))
            }) {
                let (what, note) = split_note(rest);
                return format!("{what} {verb} {hedge}{value}{when}{note}");
            }
            const SPLITS: &[(&str, &str)] = &[
                (" living in ", " were living in "),
                (" trapped in ", " were trapped in "),
                (" in ", " were in "),
                (" detected ", " were detected "),
                (" identified ", " were identified "),
                (" arrested ", " were arrested "),
                (" convicted ", " were convicted "),
                (" registered ", " were registered "),
            ];
            let split = SPLITS
                .iter()
                .filter_map(|&(at, with)| {
                    let i = lower.find(at)?;
                    Some((i, metric.get(..i)?, with, metric.get(i + at.len()..)?))
                })
                .filter(|&(_, head, _, _)| head.split(' ').count() <= 4)
                .min_by_key(|&(i, _, _, _)| i);
            match split {
                Some((_, head, with, tail)) => format!("{hedge}{value} {head}{with}{tail}{when}"),
                None => format!("{hedge}{value} {metric}{when}"),
            }
        }
        Quantity::Multiplier => {
            let (what, note) = split_note(metric);
            let what = strip_any(
                what,
                &[
                    "growth of ",
                    "growth in ",
                    "increase in ",
                    "change in ",
                    "rise in ",
                ],
            );
            let verb = match figure.central() {
                Some(v) if (v - 2.0).abs() < 1e-9 => "doubled".to_string(),
                Some(v) if (v - 3.0).abs() < 1e-9 => "tripled".to_string(),
                Some(v) if (v - 4.0).abs() < 1e-9 => "quadrupled".to_string(),
                Some(v) if (v - 0.5).abs() < 1e-9 => "halved".to_string(),
                _ => format!(
                    "grew {}-fold",
                    format::quantity(Quantity::Count, figure.central().unwrap_or(0.0), None)
                ),
            };
            format!("{what} {verb}{when}{note}")
        }
        Quantity::Change => {
            let (what, note) = split_note(metric);
            let what = strip_any(
                what,
                &[
                    "change in ",
                    "growth in ",
                    "increase in ",
                    "rise in ",
                    "fall in ",
                    "decline in ",
                ],
            );
            let v = figure.central().unwrap_or(0.0);
            let verb = if v < 0.0 { "fell" } else { "rose" };
            let amount = format::quantity(Quantity::Change, v.abs(), None);
            let amount = amount.trim_start_matches('+');
            format!("{what} {verb} {hedge}{amount}{when}{note}")
        }
        Quantity::Money | Quantity::Rate | Quantity::Rank => {
            format!("{metric}: {hedge}{value}{when}")
        }
    }
}

/// `what, note` → (`what`, ` (note)`).
fn split_note(metric: &str) -> (&str, String) {
    match metric.split_once(", ") {
        Some((what, note)) => (what, format!(", {note}")),
        None => (metric, String::new()),
    }
}

fn strip_any<'a>(text: &'a str, prefixes: &[&str]) -> &'a str {
    prefixes
        .iter()
        .find_map(|p| text.strip_prefix(p))
        .unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::Table;

    fn say(id: &str) -> String {
        let table = Table::builtin().unwrap();
        rewording(table.get(id).unwrap())
    }

    #[test]
    fn states_figures_in_plain_words() {
        assert_eq!(
            say("ilo-gems-2022-children-forced-labour"),
            "an estimated 3.3 million children were in forced labour on any given day in 2021 (ILO, Walk Free and IOM, 2022)"
        );
        assert_eq!(
            say("unodc-glotip-2024-children-share"),
            "children made up 38% of trafficking victims detected by national authorities in 2022 (UNODC, 2024)"
        );
        assert_eq!(
            say("unodc-glotip-2020-children-share-tripled"),
            "the share of children among detected trafficking victims tripled between 2004 and 2018, from about 10 to over 30 per cent (UNODC, 2021)"
        );
        assert_eq!(
            say("ilo-unicef-child-labour-2020-fall-2000-2016"),
            "the number of children in child labour fell by 94 million, 2000 to 2016 (ILO and UNICEF, 2021)"
        );
    }
}
