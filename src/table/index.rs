//! The term index: every figure's subject and population terms, keyed by their first word.
//!
//! Terms match whole words only, so the index looks terms up at word starts: a hash lookup of
//! the word, then a comparison of the few terms that begin with it. Building it costs a few
//! microseconds, where an automaton over the same terms costs most of a millisecond.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
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

/// A quick hash for short keys (the FxHash of rustc); the keys are the table's own terms and ids.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        let mut last = [0u8; 8];
        let rest = chunks.remainder();
        last[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(last) ^ rest.len() as u64);
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A hash map keyed by the table's terms or ids.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Finds figure terms in text, whole words only, ignoring ASCII case.
#[derive(Debug, Clone, Default)]
pub struct TermIndex {
    /// Lower-cased first word → indices of the terms that begin with it, longest first.
    by_first_word: FastMap<String, Vec<usize>>,
    terms: Vec<String>,
    owners: Vec<Vec<(usize, Role)>>,
}

/// The first word of a term or text: its leading run of letters and digits.
fn first_word(text: &str) -> &str {
    let end = text
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(text.len(), |(i, _)| i);
    &text[..end]
}

impl TermIndex {
    /// Builds the index over the terms of `figures`; terms must start with a letter or digit.
    pub fn new(figures: &[Figure]) -> TermIndex {
        let mut index = TermIndex::default();
        let mut ids: FastMap<String, usize> = FastMap::default();
        for (i, figure) in figures.iter().enumerate() {
            let lists = [
                (Role::Subject, &figure.subject),
                (Role::Population, &figure.population),
            ];
            for (role, list) in lists {
                for term in list {
                    let term = term.trim();
                    // Most terms are already lower-case: look them up without allocating.
                    let lowered;
                    let term = if !term.is_ascii() || term.bytes().any(|b| b.is_ascii_uppercase()) {
                        lowered = term.to_lowercase();
                        lowered.as_str()
                    } else {
                        term
                    };
                    if first_word(term).is_empty() {
                        continue;
                    }
                    let at = match ids.get(term) {
                        Some(&at) => at,
                        None => {
                            ids.insert(term.to_string(), index.terms.len());
                            index.terms.push(term.to_string());
                            index.owners.push(Vec::new());
                            index.terms.len() - 1
                        }
                    };
                    // Figures come in order, so a repeated term of this list is the last owner.
                    if index.owners[at].last() != Some(&(i, role)) {
                        index.owners[at].push((i, role));
                    }
                }
            }
        }
        for (at, term) in index.terms.iter().enumerate() {
            index
                .by_first_word
                .entry(first_word(term).to_string())
                .or_default()
                .push(at);
        }
        for list in index.by_first_word.values_mut() {
            list.sort_by_key(|&at| std::cmp::Reverse(index.terms[at].len()));
        }
        index
    }

    /// How many distinct terms the index holds.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// True when the index holds no term.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Every whole-word occurrence of a term in `text`, nested ones included, ordered by where
    /// they end (then by where they start).
    pub fn find(&self, text: &str) -> Vec<TermHit> {
        let mut hits = Vec::new();
        let mut previous: Option<char> = None;
        for (start, c) in text.char_indices() {
            let word_start = c.is_alphanumeric() && !previous.is_some_and(char::is_alphanumeric);
            previous = Some(c);
            if !word_start {
                continue;
            }
            let rest = &text[start..];
            let word = first_word(rest).to_lowercase();
            let Some(candidates) = self.by_first_word.get(&word) else {
                continue;
            };
            for &at in candidates {
                let term = &self.terms[at];
                let Some(found) = rest.get(..term.len()) else {
                    continue;
                };
                let whole = !rest[term.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                if whole && equal_ignoring_case(found, term) {
                    hits.push(TermHit {
                        range: start..start + term.len(),
                        term: term.clone(),
                        owners: self.owners[at].clone(),
                    });
                }
            }
        }
        hits.sort_by_key(|h| (h.range.end, h.range.start));
        hits
    }
}

/// `found` is `term` (lower-cased) up to the case of ASCII letters and of whole characters.
fn equal_ignoring_case(found: &str, term: &str) -> bool {
    found.eq_ignore_ascii_case(term) || found.to_lowercase() == term
}

#[cfg(test)]
mod tests {
    use crate::table::Table;

    #[test]
    fn finds_whole_words_nested_and_in_any_case() {
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

    #[test]
    fn multi_word_terms_need_every_word() {
        let table = Table::builtin().unwrap();
        let found = |text: &str| -> Vec<String> {
            table
                .index()
                .find(text)
                .into_iter()
                .map(|h| h.term)
                .collect()
        };
        assert!(found("They were in FORCED LABOUR.").contains(&"forced labour".to_string()));
        assert!(!found("forced labourers' union").contains(&"forced labour".to_string()));
        assert!(found("forced labourers' union").contains(&"forced labourers".to_string()));
        assert!(found("nothing relevant here").is_empty());
        let hits = table.index().find("trafficking victims");
        let ends: Vec<usize> = hits.iter().map(|h| h.range.end).collect();
        assert!(ends.windows(2).all(|w| w[0] <= w[1]), "{hits:?}");
    }
}
