//! What the check derives from a table once and keeps with it (in [`Table::derived`]): the
//! words of each figure's subject terms, and each figure's value and suggested wording as the
//! messages print them (the same text for every claim that names the figure).

use std::sync::OnceLock;

use super::subjects::Subjects;
use crate::table::Table;

/// Kept with one table; every list is in table order.
#[derive(Debug)]
pub struct Kept {
    subjects: OnceLock<Subjects>,
    values: Vec<OnceLock<String>>,
    rewordings: Vec<OnceLock<String>>,
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
    }
}
