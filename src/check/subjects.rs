//! The words of each figure's subject terms, read once per table (and kept with it, see
//! `check::kept`): a claim's head word is
//! looked for among them for every figure its population names (see
//! `evidence::counted_fallback`), where splitting the terms again for every claim cost more
//! than the rest of the claim's evidence.

use super::evidence::GROUPS;
use crate::table::Table;

/// One figure's subject words.
#[derive(Debug)]
struct Words {
    /// Every word of its subject terms, ASCII lower-cased, each once.
    words: Vec<Box<[u8]>>,
    /// The words of its subject terms that name no group (`victims`, not `girl victims`).
    plain: Vec<Box<[u8]>>,
    /// One of its subject terms passes the test `Subjects::new` was given.
    general: bool,
}

/// The subject words of every figure of a table, in table order.
#[derive(Debug)]
pub struct Subjects {
    figures: Vec<Words>,
}

impl Subjects {
    /// The subject words of `table`'s figures; `general` marks the figures with a subject
    /// term it accepts.
    pub fn new(table: &Table, general: fn(&str) -> bool) -> Subjects {
        let figures = table
            .figures
            .iter()
            .map(|figure| {
                let mut words: Vec<Box<[u8]>> = Vec::new();
                let mut plain: Vec<Box<[u8]>> = Vec::new();
                for term in &figure.subject {
                    let grouped = term
                        .split(' ')
                        .any(|w| GROUPS.iter().any(|g| g.eq_ignore_ascii_case(w)));
                    for word in term.as_bytes().split(|&b| b == b' ') {
                        let word = word.to_ascii_lowercase();
                        if !grouped && !plain.iter().any(|w| **w == *word) {
                            plain.push(word.clone().into());
                        }
                        if !words.iter().any(|w| **w == *word) {
                            words.push(word.into());
                        }
                    }
                }
                Words {
                    words,
                    plain,
                    general: figure.subject.iter().any(|t| general(t)),
                }
            })
            .collect();
        Subjects { figures }
    }

    /// True when a word of one of figure `f`'s subject terms is `word`, ASCII case ignored.
    pub fn has_word(&self, f: usize, word: &str) -> bool {
        self.figures.get(f).is_some_and(|w| {
            w.words
                .iter()
                .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
        })
    }

    /// True when a word of one of figure `f`'s subject terms that names no group (see
    /// [`GROUPS`]) is `word`, ASCII case ignored.
    pub fn has_plain_word(&self, f: usize, word: &str) -> bool {
        self.figures.get(f).is_some_and(|w| {
            w.plain
                .iter()
                .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
        })
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
