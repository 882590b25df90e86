//! Whether a claim's paragraph names a place, worked out once per place for all the figures
//! a claim is compared with (most share a handful of places).

use std::cell::{OnceCell, RefCell};
use std::ops::Range;
use std::rc::Rc;

use crate::claim::BlankLines;

use super::fit;

/// The places asked about for one claim, and the answers. (Owned, so that the checker holding
/// it stays covariant in its borrows.)
#[derive(Debug, Default)]
pub struct Places {
    /// The byte range of the paragraph around the claim's sentence, found the first time it is
    /// needed.
    paragraph: OnceCell<Range<usize>>,
    /// Each place asked about (as [`fit::place`] gives it), and whether the paragraph names it.
    named: RefCell<Vec<(String, bool)>>,
    /// The same for the document's headline (its first paragraph).
    headline: RefCell<Vec<(String, bool)>>,
    /// The document's blank lines, to find paragraphs by, when given.
    blanks: Option<Rc<BlankLines>>,
}

impl Places {
    /// The byte range of the paragraph around the sentence starting at byte `start` of `text`
    /// (see [`crate::claim::paragraph`]), found once per claim.
    pub fn paragraph(&self, text: &str, start: usize) -> Range<usize> {
        self.paragraph
            .get_or_init(|| self.paragraph_at(text, start))
            .clone()
    }

    /// Finds paragraphs by `blanks`, the blank lines of the document asked about.
    pub fn know_blank_lines(&mut self, blanks: Rc<BlankLines>) {
        self.blanks = Some(blanks);
    }

    /// [`crate::claim::paragraph`], by the blank lines when they are given.
    fn paragraph_at(&self, text: &str, at: usize) -> Range<usize> {
        match &self.blanks {
            Some(blanks) => blanks.paragraph(text, at),
            None => crate::claim::paragraph(text, at),
        }
    }

    /// The paragraph's range, when it has been found.
    pub fn known_paragraph(&self) -> Option<Range<usize>> {
        self.paragraph.get().cloned()
    }

    /// Takes `range` as the paragraph's (found for another claim of the same sentence), when
    /// it has not been found yet.
    pub fn know_paragraph(&self, range: Range<usize>) {
        let _ = self.paragraph.set(range);
    }

    /// True when the paragraph around the sentence starting at byte `start` of `text` (the
    /// sentence itself when there is none) names `place` or a place inside it, as
    /// [`fit::names_place`] reads it.
    pub fn named(&self, text: &str, start: usize, sentence: &str, place: &str) -> bool {
        if let Some(&(_, answer)) = self.named.borrow().iter().find(|(p, _)| *p == place) {
            return answer;
        }
        let paragraph = text.get(self.paragraph(text, start)).unwrap_or(sentence);
        let answer = fit::names_place(paragraph, place);
        self.named.borrow_mut().push((place.to_string(), answer));
        answer
    }
}

impl Places {
    /// True when the document's first paragraph, its headline, names `place` or a place
    /// inside it, as [`fit::names_place`] reads it.
    pub fn in_headline(&self, text: &str, place: &str) -> bool {
        if let Some(&(_, answer)) = self.headline.borrow().iter().find(|(p, _)| *p == place) {
            return answer;
        }
        let start = text.len() - text.trim_start().len();
        let headline = text.get(self.paragraph_at(text, start)).unwrap_or_default();
        let answer = fit::names_place(headline, place);
        self.headline.borrow_mut().push((place.to_string(), answer));
        answer
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_place_is_answered_as_names_place_answers_it() {
        let text = "Police in Lahore said so.\n\nIn Lagos, 40% were children.";
        let start = text.find("In Lagos").unwrap();
        let sentence = &text[start..];
        let places = Places::default();
        for _ in 0..2 {
            assert!(!places.named(text, start, sentence, "pakistan"));
            assert!(!places.named(text, start, sentence, "punjab"));
        }
        let first = Places::default();
        assert!(first.named(text, 0, "Police in Lahore said so.", "pakistan"));
        assert!(!first.named(text, 0, "Police in Lahore said so.", "lagos"));
        assert!(places.in_headline(text, "pakistan"));
        assert!(!places.in_headline(text, "lagos"));
    }
}
