//! The term index: one automaton over every figure's subject and population words.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;
use std::ops::Range;

use super::Figure;

/// Which list of a figure a term comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// What is counted.
    Subject,
    /// The population it is counted in.
    Population,
}

/// One term found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermHit {
    /// Byte range of the term in the searched text.
    pub range: Range<usize>,
    /// The term, lower-cased.
    pub term: String,
    /// Every (figure index, role) the term belongs to.
    pub owners: Vec<(usize, Role)>,
}

/// Finds figure terms in text, whole words only, ignoring ASCII case.
#[derive(Debug, Clone)]
pub struct TermIndex {
    automaton: AhoCorasick,
    terms: Vec<String>,
    owners: Vec<Vec<(usize, Role)>>,
}

impl TermIndex {
    /// Builds the automaton over the terms of `figures`.
    pub fn new(figures: &[Figure]) -> Result<Self, aho_corasick::BuildError> {
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut terms: Vec<String> = Vec::new();
        let mut owners: Vec<Vec<(usize, Role)>> = Vec::new();
        for (i, figure) in figures.iter().enumerate() {
            let lists = [
                (Role::Subject, &figure.subject),
                (Role::Population, &figure.population),
            ];
            for (role, list) in lists {
                for term in list {
                    let term = term.trim().to_lowercase();
                    if term.is_empty() {
                        continue;
                    }
                    let at = *ids.entry(term.clone()).or_insert_with(|| {
                        terms.push(term);
                        owners.push(Vec::new());
                        terms.len() - 1
                    });
                    if !owners[at].contains(&(i, role)) {
                        owners[at].push((i, role));
                    }
                }
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&terms)?;
        Ok(TermIndex {
            automaton,
            terms,
            owners,
        })
    }

    /// Every whole-word occurrence of a term in `text`, overlapping ones included.
    pub fn find(&self, text: &str) -> Vec<TermHit> {
        let before = |at: usize| text.get(..at).and_then(|s| s.chars().next_back());
        let after = |at: usize| text.get(at..).and_then(|s| s.chars().next());
        self.automaton
            .find_overlapping_iter(text)
            .filter(|m| {
                !before(m.start()).is_some_and(char::is_alphanumeric)
                    && !after(m.end()).is_some_and(char::is_alphanumeric)
            })
            .map(|m| {
                let at = m.pattern().as_usize();
                TermHit {
                    range: m.range(),
                    term: self.terms[at].clone(),
                    owners: self.owners[at].clone(),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::table::Table;

    #[test]
    fn finds_whole_words_overlapping_and_in_any_case() {
        let table = Table::builtin().unwrap();
        let hits = table.index().find("Child victims’ numbers, not childhood");
        let terms: Vec<&str> = hits.iter().map(|h| h.term.as_str()).collect();
        assert!(terms.contains(&"child victims"), "{terms:?}");
        assert!(terms.contains(&"child"), "{terms:?}");
        assert!(terms.contains(&"victims"), "{terms:?}");
        assert!(
            !hits.iter().any(|h| h.range.start >= 30),
            "childhood is not child: {hits:?}"
        );
    }
}
