//! What the check derives from a table once and keeps with it (in [`Table::derived`]): the
//! words of each figure's subject terms, each figure's description and suggested wording as
//! the messages print them (the same text for every claim that names the figure), and the
//! newer editions of each figure's report.

use std::sync::OnceLock;

use super::bounds::Reading;
use super::subjects::Subjects;
use crate::document::Date;
use crate::table::{Figure, Quantity, Table};

/// A figure's bounds in a list sorted by the low bound.
#[derive(Debug, Clone, Copy)]
struct Bounded {
    low: f64,
    high: f64,
    /// The figure's place in the table.
    figure: usize,
    /// The highest high bound of this figure and every one before it in the list.
    reach: f64,
}

/// Kept with one table; every list is in table order but the bounds by their low bound.
#[derive(Debug)]
pub struct Kept {
    subjects: OnceLock<Subjects>,
    rewordings: Vec<OnceLock<String>>,
    descriptions: Vec<OnceLock<String>>,
    /// For each figure, the figures from newer editions of its report, in table order.
    newer: Vec<OnceLock<Vec<usize>>>,
    /// The regions of the table's regional figures and their names, made the first time.
    regions: OnceLock<Regions>,
    /// Each figure's [`super::figure_bounds`], made the first time.
    bounds: OnceLock<Vec<(f64, f64)>>,
    /// For each quantity a figure has, its figures' bounds by their low bound, made the first
    /// time.
    by_low: OnceLock<Vec<(Quantity, Vec<Bounded>)>>,
    /// The figures of modern slavery (a population term of theirs), as a bitset.
    slavery: OnceLock<Vec<u64>>,
    /// Each figure's metric lower-cased, made the first time.
    metrics: OnceLock<Vec<String>>,
    /// For each quantity a figure has, its figures (a bitset), made the first time.
    quantities: OnceLock<Vec<(Quantity, Vec<u64>)>>,
    /// Each figure's `superseded_by` as a place in the table, made the first time.
    superseded: OnceLock<Vec<Option<usize>>>,
    /// The first and last day each figure's `published` date can mean, made the first time.
    published: OnceLock<Vec<(Option<Date>, Option<Date>)>>,
    /// For each figure, the figures it is a part of, made the first time they are asked for.
    wholes: Vec<OnceLock<Vec<usize>>>,
    /// Each figure's source quote squeezed (see [`Kept::squeezed_quote`]), made the first time
    /// it is asked for.
    quotes: Vec<OnceLock<String>>,
}

/// The regions the table's figures are given for (every scope but `global`), each with the
/// names a sentence calls it by (see [`super::region_names`]), made once per table.
pub struct Regions {
    /// Each region once, in the order its first figure comes in the table, with its names.
    pub names: Vec<Vec<String>>,
    /// For each figure, its region's place in `names` (`None` for a global figure).
    pub of: Vec<Option<usize>>,
    /// Every name of every region, to tell at once that a text names none of them.
    any: Option<aho_corasick::AhoCorasick>,
}

impl std::fmt::Debug for Regions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Regions")
            .field("names", &self.names)
            .field("of", &self.of)
            .finish_non_exhaustive()
    }
}

impl Regions {
    /// The regions of `table`'s figures.
    pub fn new(table: &Table) -> Regions {
        let mut scopes: Vec<&str> = Vec::new();
        let mut names = Vec::new();
        let of = table
            .figures
            .iter()
            .map(|figure| {
                let scope = figure.scope.as_str();
                if scope == "global" {
                    return None;
                }
                Some(match scopes.iter().position(|s| *s == scope) {
                    Some(p) => p,
                    None => {
                        scopes.push(scope);
                        names.push(super::region_names(scope).collect::<Vec<String>>());
                        scopes.len() - 1
                    }
                })
            })
            .collect();
        let any = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            // Few names, read once per claim: a quick build matters more than a DFA.
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .build(names.iter().flatten())
            .ok();
        Regions { names, of, any }
    }

    /// False only when `text` holds none of the names, in any case, as its lower-case copy
    /// would (`text.to_lowercase()`): then no region is named in it.
    pub fn may_name(&self, text: &str) -> bool {
        // Lower-casing other characters can make ASCII letters (`K`, the Kelvin sign): those
        // texts are read lower-cased, as the names are looked for.
        let Some(any) = &self.any else {
            return true;
        };
        if text.is_ascii() {
            any.is_match(text)
        } else {
            any.is_match(&text.to_lowercase())
        }
    }
}

impl Kept {
    /// What is kept with `table`, made empty the first time; `None` when the table's figures
    /// are not those it was made for.
    pub fn of(table: &Table) -> Option<&Kept> {
        let n = table.figures.len();
        table
            .derived()
            .get_or_init(|| Kept {
                subjects: OnceLock::new(),
                rewordings: (0..n).map(|_| OnceLock::new()).collect(),
                descriptions: (0..n).map(|_| OnceLock::new()).collect(),
                newer: (0..n).map(|_| OnceLock::new()).collect(),
                regions: OnceLock::new(),
                bounds: OnceLock::new(),
                by_low: OnceLock::new(),
                slavery: OnceLock::new(),
                metrics: OnceLock::new(),
                quantities: OnceLock::new(),
                superseded: OnceLock::new(),
                published: OnceLock::new(),
                wholes: (0..n).map(|_| OnceLock::new()).collect(),
                quotes: (0..n).map(|_| OnceLock::new()).collect(),
            })
            .filter(|k| k.descriptions.len() == n)
    }

    /// Figure `f`'s metric lower-cased (as [`str::to_lowercase`] does it), every figure's made
    /// the first time.
    pub fn lower_metric(&self, table: &Table, f: usize) -> Option<&str> {
        self.metrics
            .get_or_init(|| {
                table
                    .figures
                    .iter()
                    .map(|g| g.metric.to_lowercase())
                    .collect()
            })
            .get(f)
            .map(String::as_str)
    }

    /// The subject words of the table's figures, read the first time.
    pub fn subjects(&self, table: &Table, general: fn(&str) -> bool) -> &Subjects {
        self.subjects.get_or_init(|| Subjects::new(table, general))
    }

    /// The figures `g` for which `newer(f, g)` holds, in table order, found the first time.
    pub fn newer(
        &self,
        table: &Table,
        f: usize,
        newer: impl Fn(usize, usize) -> bool,
    ) -> Option<&[usize]> {
        let list = self.newer.get(f)?;
        Some(list.get_or_init(|| (0..table.figures.len()).filter(|&g| newer(f, g)).collect()))
    }

    /// Figure `f`'s [`super::figure_bounds`], worked out once for every figure of `table`.
    pub fn bounds(&self, table: &Table, f: usize) -> Option<(f64, f64)> {
        self.bounds
            .get_or_init(|| table.figures.iter().map(super::figure_bounds).collect())
            .get(f)
            .copied()
    }

    /// Adds to `bits` (a bitset of `table`'s figures, 64 a word) the figures of `reading`'s
    /// quantity whose bounds the reading meets ([`Reading::meets`]): only the figures from the
    /// first whose high bound (or one before it) reaches the reading's low one, up to the last
    /// whose low bound is at most the reading's high one, are read.
    pub fn meeting(&self, table: &Table, reading: &Reading, bits: &mut [u64]) {
        let all = self.by_low.get_or_init(|| {
            let mut all: Vec<(Quantity, Vec<Bounded>)> = Vec::new();
            for (figure, f) in table.figures.iter().enumerate() {
                let (low, high) = super::figure_bounds(f);
                // A bound that is not a number meets no reading.
                if low.is_nan() || high.is_nan() {
                    continue;
                }
                let bounded = Bounded {
                    low,
                    high,
                    figure,
                    reach: high,
                };
                match all.iter_mut().find(|(q, _)| *q == f.quantity) {
                    Some((_, list)) => list.push(bounded),
                    None => all.push((f.quantity, vec![bounded])),
                }
            }
            for (_, list) in &mut all {
                list.sort_by(|a, b| a.low.total_cmp(&b.low));
                let mut reach = f64::NEG_INFINITY;
                for b in list.iter_mut() {
                    reach = reach.max(b.high);
                    b.reach = reach;
                }
            }
            all
        });
        let list = all
            .iter()
            .find(|(q, _)| *q == reading.quantity)
            .map_or(&[][..], |(_, list)| list.as_slice());
        // Before `from`, no high bound reaches the reading's low one.
        let from = list.partition_point(|b| b.reach < reading.low);
        let rest = list.get(from..).unwrap_or_default();
        for b in rest.iter().take_while(|b| b.low <= reading.high) {
            if reading.meets((b.low, b.high))
                && let Some(word) = bits.get_mut(b.figure / 64)
            {
                *word |= 1 << (b.figure % 64);
            }
        }
    }

    /// The place in `table` of the figure that supersedes figure `f`, if the table has it;
    /// every figure's is found the first time.
    pub fn superseded(&self, table: &Table, f: usize) -> Option<usize> {
        self.superseded
            .get_or_init(|| {
                table
                    .figures
                    .iter()
                    .map(|g| g.superseded_by.as_deref().and_then(|id| table.position(id)))
                    .collect()
            })
            .get(f)
            .copied()
            .flatten()
    }

    /// The first and last day figure `f`'s `published` date can mean (see [`super::fit::Facts`]),
    /// every figure's found the first time.
    pub fn published(&self, table: &Table, f: usize) -> Option<(Option<Date>, Option<Date>)> {
        self.published
            .get_or_init(|| {
                table
                    .figures
                    .iter()
                    // The dates alone: working out every figure's other facts here costs a
                    // run that checks one draft more than the rest of its table's use.
                    .map(|g| (super::fit::published_earliest(g), super::fit::published(g)))
                    .collect()
            })
            .get(f)
            .copied()
    }

    /// Figure `f`'s source quote as `squeeze` gives it, made the first time it is asked for
    /// (few figures' quotes ever are).
    pub fn squeezed_quote(
        &self,
        table: &Table,
        f: usize,
        squeeze: fn(&str) -> String,
    ) -> Option<&str> {
        let figure = table.figures.get(f)?;
        self.quotes
            .get(f)
            .map(|q| q.get_or_init(|| squeeze(&figure.source.quote)).as_str())
    }

    /// The figures `f` of `table` for which `part_of(g, f)` holds, in table order; found the
    /// first time `g`'s are asked for (a run that checks one draft asks about a few figures,
    /// not the 50,000 pairs of the table).
    pub fn wholes(
        &self,
        table: &Table,
        g: usize,
        part_of: fn(&Figure, &Figure) -> bool,
    ) -> &[usize] {
        let (Some(slot), Some(part)) = (self.wholes.get(g), table.figures.get(g)) else {
            return &[];
        };
        slot.get_or_init(|| {
            let figures = &table.figures;
            (0..figures.len())
                .filter(|&f| figures.get(f).is_some_and(|whole| part_of(part, whole)))
                .collect()
        })
    }

    /// The figures of quantity `q`, as a bitset (64 a word; empty when none has it); every
    /// quantity's are found the first time.
    pub fn of_quantity(&self, table: &Table, q: Quantity) -> &[u64] {
        let all = self.quantities.get_or_init(|| {
            let words = table.figures.len().div_ceil(64);
            let mut all: Vec<(Quantity, Vec<u64>)> = Vec::new();
            for (f, figure) in table.figures.iter().enumerate() {
                let k = match all.iter().position(|(q, _)| *q == figure.quantity) {
                    Some(k) => k,
                    None => {
                        all.push((figure.quantity, vec![0; words]));
                        all.len() - 1
                    }
                };
                if let Some(word) = all.get_mut(k).and_then(|(_, bits)| bits.get_mut(f / 64)) {
                    *word |= 1 << (f % 64);
                }
            }
            all
        });
        all.iter()
            .find(|(quantity, _)| *quantity == q)
            .map_or(&[][..], |(_, bits)| bits.as_slice())
    }

    /// True when `modern slavery` is one of figure `f`'s population terms; the figures are
    /// found the first time.
    pub fn of_slavery(&self, table: &Table, f: usize) -> bool {
        let bits = self.slavery.get_or_init(|| {
            let mut bits = vec![0; table.figures.len().div_ceil(64)];
            for (f, figure) in table.figures.iter().enumerate() {
                if figure.population.iter().any(|t| t == "modern slavery")
                    && let Some(word) = bits.get_mut(f / 64)
                {
                    *word |= 1 << (f % 64);
                }
            }
            bits
        });
        bits.get(f / 64).is_some_and(|w| w >> (f % 64) & 1 == 1)
    }

    /// The regions of the table's figures, found the first time.
    pub fn regions(&self, table: &Table) -> &Regions {
        self.regions.get_or_init(|| Regions::new(table))
    }

    /// Figure `f` as the messages name it ([`super::description`]), written the first time.
    pub fn description(&self, table: &Table, f: usize) -> Option<&str> {
        let figure = table.figures.get(f)?;
        self.descriptions
            .get(f)
            .map(|d| d.get_or_init(|| super::description(figure)).as_str())
    }

    /// Figure `f` stated with its source, as [`super::rewording`] words it.
    pub fn rewording(&self, table: &Table, f: usize) -> Option<String> {
        let figure = table.figures.get(f)?;
        self.rewordings
            .get(f)
            .map(|r| r.get_or_init(|| super::rewording(figure)).clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_figures_meeting_a_reading_are_those_of_its_quantity_whose_bounds_it_meets() {
        let table = Table::builtin().unwrap();
        let kept = Kept::of(&table).unwrap();
        let values = [0.0, 0.25, 0.5, 2.0, 1000.0, 1.5e6, 27.6e6, 236e9];
        for q in Quantity::ALL {
            for value in values {
                for (low, high) in [(value, value), (value * 0.9, value * 1.1)] {
                    let reading = Reading {
                        quantity: q,
                        value,
                        low,
                        high,
                    };
                    let mut bits = vec![0; table.figures.len().div_ceil(64)];
                    kept.meeting(&table, &reading, &mut bits);
                    for (f, figure) in table.figures.iter().enumerate() {
                        let bit = bits[f / 64] >> (f % 64) & 1 == 1;
                        let meets = figure.quantity == q
                            && reading.meets(crate::check::figure_bounds(figure));
                        assert_eq!(bit, meets, "{f} {q:?} {value}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_wholes_of_a_figure_are_those_it_is_a_part_of() {
        let table = Table::builtin().unwrap();
        let kept = Kept::of(&table).unwrap();
        let part_of = |a: &Figure, b: &Figure| a.scope == b.scope && a.id < b.id;
        for (g, part) in table.figures.iter().enumerate() {
            let wholes: Vec<usize> = (0..table.figures.len())
                .filter(|&f| part_of(part, &table.figures[f]))
                .collect();
            assert_eq!(kept.wholes(&table, g, part_of), wholes.as_slice(), "{g}");
        }
        assert!(kept.wholes(&table, table.figures.len(), part_of).is_empty());
    }

    #[test]
    fn a_squeezed_quote_is_the_figures_quote_squeezed() {
        let table = Table::builtin().unwrap();
        let kept = Kept::of(&table).unwrap();
        let upper = |t: &str| t.to_uppercase();
        for (f, figure) in table.figures.iter().enumerate() {
            let quote = kept.squeezed_quote(&table, f, upper);
            assert_eq!(quote, Some(upper(&figure.source.quote).as_str()), "{f}");
        }
        assert_eq!(
            kept.squeezed_quote(&table, table.figures.len(), upper),
            None
        );
    }

    #[test]
    fn a_figures_publication_days_are_its_facts() {
        let table = Table::builtin().unwrap();
        let kept = Kept::of(&table).unwrap();
        for (f, figure) in table.figures.iter().enumerate() {
            let facts = crate::check::fit::facts(figure);
            assert_eq!(
                kept.published(&table, f),
                Some((facts.earliest, facts.latest)),
                "{f}"
            );
        }
    }

    #[test]
    fn a_figure_is_superseded_by_the_one_its_id_names() {
        let table = Table::builtin().unwrap();
        let kept = Kept::of(&table).unwrap();
        for (f, figure) in table.figures.iter().enumerate() {
            let named = figure
                .superseded_by
                .as_deref()
                .and_then(|id| table.position(id));
            assert_eq!(kept.superseded(&table, f), named, "{f}");
        }
        assert_eq!(kept.superseded(&table, table.figures.len()), None);
    }

    #[test]
    fn the_figures_of_a_quantity_are_those_that_have_it() {
        let table = Table::builtin().unwrap();
        let kept = Kept::of(&table).unwrap();
        for q in Quantity::ALL {
            let bits = kept.of_quantity(&table, q);
            for (f, figure) in table.figures.iter().enumerate() {
                let bit = bits.get(f / 64).is_some_and(|w| w >> (f % 64) & 1 == 1);
                assert_eq!(bit, figure.quantity == q, "{f} {q:?}");
            }
        }
    }

    #[test]
    fn the_figures_of_slavery_are_those_with_its_population_term() {
        let table = Table::builtin().unwrap();
        let kept = Kept::of(&table).unwrap();
        let mut slavery = 0;
        for (f, figure) in table.figures.iter().enumerate() {
            let named = figure.population.iter().any(|t| t == "modern slavery");
            assert_eq!(kept.of_slavery(&table, f), named, "{f}");
            slavery += usize::from(named);
        }
        assert!(slavery > 0 && !kept.of_slavery(&table, table.figures.len()));
    }

    #[test]
    fn kept_text_is_the_text_made_each_time() {
        let table = Table::builtin().unwrap();
        let kept = Kept::of(&table).unwrap();
        for _ in 0..2 {
            for (f, figure) in table.figures.iter().enumerate() {
                assert_eq!(
                    kept.description(&table, f),
                    Some(super::super::description(figure).as_str())
                );
                assert_eq!(
                    kept.rewording(&table, f),
                    Some(super::super::rewording(figure))
                );
            }
        }
        assert_eq!(kept.description(&table, table.figures.len()), None);
        // The list is made once, from the test it was first given, in table order.
        let odd = |_: usize, g: usize| g % 2 == 1;
        let first = kept.newer(&table, 0, odd).unwrap().to_vec();
        assert!(first.windows(2).all(|w| w[0] < w[1]) && first.iter().all(|g| g % 2 == 1));
        assert_eq!(
            kept.newer(&table, 0, |_, _| true).unwrap(),
            first.as_slice()
        );
    }

    #[test]
    fn regions_are_the_scopes_and_names_the_check_looks_for() {
        let table = Table::builtin().unwrap();
        let regions = Regions::new(&table);
        for (f, figure) in table.figures.iter().enumerate() {
            let place = regions.of[f];
            assert_eq!(place.is_none(), figure.scope == "global");
            if let Some(p) = place {
                let names: Vec<String> = super::super::region_names(&figure.scope).collect();
                assert_eq!(regions.names[p], names);
            }
        }
        assert!(!regions.names.is_empty());
        // A text that names no region, in any case or script, is told so; one that does is not.
        for text in [
            "Forced labour rose to",
            "Across AFRICA, some",
            "In Asia-Pacific, ",
            "Ｋ and ß",
        ] {
            let lower = text.to_lowercase();
            let named = regions
                .names
                .iter()
                .flatten()
                .any(|name| lower.contains(name.as_str()));
            assert_eq!(regions.may_name(text), named, "{text}");
        }
    }
}
