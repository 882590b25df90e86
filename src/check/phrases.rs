//! Fixed lists of lower-case phrases looked for anywhere in a text, in any ASCII case.

use aho_corasick::AhoCorasick;
use std::sync::OnceLock;

/// A list of lower-case ASCII phrases and the automaton that finds them all in one pass, built
/// the first time it is asked.
pub struct PhraseSet {
    phrases: &'static [&'static str],
    automaton: OnceLock<Option<AhoCorasick>>,
}

impl PhraseSet {
    /// The set of `phrases` (lower-case ASCII), for a `static`.
    pub const fn new(phrases: &'static [&'static str]) -> Self {
        PhraseSet {
            phrases,
            automaton: OnceLock::new(),
        }
    }

    /// True when `text` holds one of the phrases, in any ASCII case.
    pub fn in_text(&self, text: &str) -> bool {
        let automaton = self.automaton.get_or_init(|| {
            AhoCorasick::builder()
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
