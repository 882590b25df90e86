//! What the check derives from a table once and keeps with it (in [`Table::derived`]): the
//! words of each figure's subject terms, each figure's value and suggested wording as the
//! messages print them (the same text for every claim that names the figure), and the newer
//! editions of each figure's report.

use std::sync::OnceLock;

use super::subjects::Subjects;
use crate::table::Table;

/// Kept with one table; every list is in table order.
#[derive(Debug)]
pub struct Kept {
    subjects: OnceLock<Subjects>,
    values: Vec<OnceLock<String>>,
    rewordings: Vec<OnceLock<String>>,
    /// For each figure, the figures from newer editions of its report, in table order.
    newer: Vec<OnceLock<Vec<usize>>>,
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
                values: (0..n).map(|_| OnceLock::new()).collect(),
                rewordings: (0..n).map(|_| OnceLock::new()).collect(),
                newer: (0..n).map(|_| OnceLock::new()).collect(),
            })
            .filter(|k| k.values.len() == n)
    }

    /// The subject words of the table's figures, read the first time.
    pub fn subjects(&self, table: &Table, general: fn(&str) -> bool) -> &Subjects {
        self.subjects.get_or_init(|| Subjects::new(table, general))
    }

    /// Figure `f`'s value as [`super::value_of`] writes it.
    pub fn value(&self, table: &Table, f: usize) -> Option<String> {
        let figure = table.figures.get(f)?;
        self.values
            .get(f)
            .map(|v| v.get_or_init(|| super::value_of(figure)).clone())
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
    fn kept_text_is_the_text_made_each_time() {
        let table = Table::builtin().unwrap();
        let kept = Kept::of(&table).unwrap();
        for _ in 0..2 {
            for (f, figure) in table.figures.iter().enumerate() {
                assert_eq!(kept.value(&table, f), Some(super::super::value_of(figure)));
                assert_eq!(
                    kept.rewording(&table, f),
                    Some(super::super::rewording(figure))
                );
            }
        }
        assert_eq!(kept.value(&table, table.figures.len()), None);
        // The list is made once, from the test it was first given, in table order.
        let odd = |_: usize, g: usize| g % 2 == 1;
        let first = kept.newer(&table, 0, odd).unwrap().to_vec();
        assert!(first.windows(2).all(|w| w[0] < w[1]) && first.iter().all(|g| g % 2 == 1));
        assert_eq!(
            kept.newer(&table, 0, |_, _| true).unwrap(),
            first.as_slice()
        );
    }
}
