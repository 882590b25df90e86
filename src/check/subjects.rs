//! The words of each figure's subject terms, read once per table (and kept with it, see
//! `check::kept`): a claim's head word is
//! looked for among them for every figure its population names (see
//! `evidence::counted_fallback`), where splitting the terms again for every claim cost more
//! than the rest of the claim's evidence.

use super::evidence::GROUPS;
use crate::table::{FastMap, Table};

/// One figure's subject words, as places in [`Subjects::pool`].
#[derive(Debug)]
struct Words {
    /// Every word of its subject terms, each once.
    words: Box<[u32]>,
    /// The words of its subject terms that name no group (`victims`, not `girl victims`).
    plain: Box<[u32]>,
    /// One of its subject terms passes the test `Subjects::new` was given.
    general: bool,
}

/// What one subject term gives a figure: its words, whether one names a group, and whether it
/// passes the test `Subjects::new` was given.
struct Term {
    words: Vec<u32>,
    grouped: bool,
    general: bool,
}

/// The subject words of every figure of a table, in table order.
#[derive(Debug)]
pub struct Subjects {
    /// Every word of any figure's subject terms, ASCII lower-cased, each once.
    pool: Vec<Box<[u8]>>,
    figures: Vec<Words>,
}

impl Subjects {
    /// The subject words of `table`'s figures; `general` marks the figures with a subject
    /// term it accepts.
    pub fn new(table: &Table, general: fn(&str) -> bool) -> Subjects {
        // Figures share most of their terms, and terms their words: each term is split once,
        // and each word is kept once.
        let mut pool: Vec<Box<[u8]>> = Vec::new();
        let mut places: FastMap<Box<[u8]>, u32> = FastMap::default();
        let mut terms: FastMap<&str, Term> = FastMap::default();
        let mut lower = Vec::new();
        // A figure's words gathered here, then copied once into lists of their own length.
        let (mut words, mut plain): (Vec<u32>, Vec<u32>) = (Vec::new(), Vec::new());
        let figures = table
            .figures
            .iter()
            .map(|figure| {
                words.clear();
                plain.clear();
                let mut any_general = false;
                for term in &figure.subject {
                    let read = terms.entry(term.as_str()).or_insert_with(|| Term {
                        words: term
                            .as_bytes()
                            .split(|&b| b == b' ')
                            .map(|word| {
                                lower.clear();
                                lower.extend(word.iter().map(u8::to_ascii_lowercase));
                                if let Some(&at) = places.get(lower.as_slice()) {
                                    return at;
                                }
                                let at = pool.len() as u32;
                                places.insert(lower.as_slice().into(), at);
                                pool.push(lower.as_slice().into());
                                at
                            })
                            .collect(),
                        grouped: term
                            .split(' ')
                            .any(|w| GROUPS.iter().any(|g| g.eq_ignore_ascii_case(w))),
                        general: general(term),
                    });
                    any_general |= read.general;
                    for &word in &read.words {
                        if !read.grouped && !plain.contains(&word) {
                            plain.push(word);
                        }
                        if !words.contains(&word) {
                            words.push(word);
                        }
                    }
                }
                Words {
                    words: words.as_slice().into(),
                    plain: plain.as_slice().into(),
                    general: any_general,
                }
            })
            .collect();
        Subjects { pool, figures }
    }

    /// True when one of `words` (places in the pool) is `word`, ASCII case ignored.
    fn holds(&self, words: &[u32], word: &str) -> bool {
        words.iter().any(|&w| {
            self.pool
                .get(w as usize)
                .is_some_and(|w| w.eq_ignore_ascii_case(word.as_bytes()))
        })
    }

    /// True when a word of one of figure `f`'s subject terms is `word`, ASCII case ignored.
    pub fn has_word(&self, f: usize, word: &str) -> bool {
        self.figures
            .get(f)
            .is_some_and(|w| self.holds(&w.words, word))
    }

    /// True when a word of one of figure `f`'s subject terms that names no group (see
    /// [`GROUPS`]) is `word`, ASCII case ignored.
    pub fn has_plain_word(&self, f: usize, word: &str) -> bool {
        self.figures
            .get(f)
            .is_some_and(|w| self.holds(&w.plain, word))
    }

    /// True when one of figure `f`'s subject terms passed the `general` test.
    pub fn general(&self, f: usize) -> bool {
        self.figures.get(f).is_some_and(|w| w.general)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_general_terms_as_the_terms_give_them() {
        let table = Table::builtin().unwrap();
        let ends_in_victims = |t: &str| t.ends_with("victims");
        let subjects = Subjects::new(&table, ends_in_victims);
        for (f, figure) in table.figures.iter().enumerate() {
            for term in &figure.subject {
                for word in term.split(' ') {
                    assert!(subjects.has_word(f, &word.to_ascii_uppercase()), "{word}");
                }
            }
            assert!(!subjects.has_word(f, "zzzz"));
            for term in &figure.subject {
                let grouped = term.split(' ').any(|w| GROUPS.contains(&w));
                for word in term.split(' ') {
                    if !grouped {
                        assert!(subjects.has_plain_word(f, word), "{word}");
                    }
                }
            }
            assert_eq!(
                subjects.general(f),
                figure.subject.iter().any(|t| ends_in_victims(t))
            );
        }
    }
}
