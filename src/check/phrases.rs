//! Fixed lists of lower-case phrases looked for anywhere in a text, in any ASCII case.

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use std::sync::OnceLock;

/// A list of lower-case ASCII phrases and the automaton that finds them all in one pass, built
/// the first time it is asked.
pub struct PhraseSet {
    phrases: &'static [&'static str],
    kind: AhoCorasickKind,
    automaton: OnceLock<Option<AhoCorasick>>,
}

impl PhraseSet {
    /// The set of `phrases` (lower-case ASCII), for a `static`: quick to build, for a list
    /// read a few times per article.
    pub const fn new(phrases: &'static [&'static str]) -> Self {
        PhraseSet {
            phrases,
            kind: AhoCorasickKind::ContiguousNFA,
            automaton: OnceLock::new(),
        }
    }

    /// The set of `phrases` for a list read for every claim: slower to build, quicker to search.
    pub const fn searched_often(phrases: &'static [&'static str]) -> Self {
        PhraseSet {
            phrases,
            kind: AhoCorasickKind::DFA,
            automaton: OnceLock::new(),
        }
    }

    /// True when `text` holds one of the phrases, in any ASCII case.
    pub fn in_text(&self, text: &str) -> bool {
        let automaton = self.automaton.get_or_init(|| {
            // Each list is built in every process: for one article, a DFA's build costs more
            // than all its searches, so only the lists read for every claim get one.
            AhoCorasick::builder()
                .kind(Some(self.kind))
                .ascii_case_insensitive(true)
                .build(self.phrases)
                .ok()
        });
        match automaton {
            Some(ac) => ac.is_match(text),
            None => {
                let lower = text.to_ascii_lowercase();
                self.phrases.iter().any(|p| lower.contains(p))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_found_in_any_case_and_only_whole() {
        static SET: PhraseSet = PhraseSet::new(&["out of school", "died"]);
        assert!(SET.in_text("Half are Out Of School."));
        assert!(SET.in_text("Three workers DIED."));
        assert!(!SET.in_text("out of  school"));
        assert!(!SET.in_text("no one die here"));
    }
}
