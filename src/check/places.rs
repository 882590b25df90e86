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

/// True when every time `sentence` names `place` (ASCII, as [`fit::place`] gives it), it is
/// one of a list of places with no number among them (`Russia, Eritrea and North Korea`), or an
/// example after `countries like` or `nations such as`: the sentence's numbers are not that
/// place's own (`respectively` gives each place its number).
pub fn among_examples(sentence: &str, place: &str) -> bool {
    if place.is_empty() || !place.is_ascii() {
        return false;
    }
    let lower = sentence.to_ascii_lowercase();
    if lower.contains("respectively") {
        return false;
    }
    let name = place.to_ascii_lowercase();
    let mut named = lower.match_indices(&name).map(|(at, _)| at).filter(|&at| {
        let before = lower.get(..at).and_then(|t| t.chars().next_back());
        let after = lower.get(at + name.len()..).and_then(|t| t.chars().next());
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    });
    let Some(first) = named.next() else {
        return false;
    };
    std::iter::once(first)
        .chain(named)
        .all(|at| example_at(sentence, at, at + name.len()))
}

/// True when the place named at `sentence[at..end]` is listed with another place, `and` or
/// `or` joining the list (`Lahore, Pakistan` is one place), or after a lead that gives examples
/// (see [`among_examples`]).
fn example_at(sentence: &str, at: usize, end: usize) -> bool {
    const LEADS: &[&str] = &[
        "countries like",
        "countries such as",
        "countries including",
        "nations like",
        "nations such as",
        "states like",
        "states such as",
        "places like",
        "places such as",
    ];
    let mut head = sentence.get(..at).unwrap_or_default();
    let mut joins = Vec::new();
    while let Some((rest, join)) = place_before(head) {
        head = rest;
        joins.push(join);
    }
    joins.extend(place_after(sentence.get(end..).unwrap_or_default()));
    let lead = head.trim_end().to_ascii_lowercase();
    joins.iter().any(|j| j.trim() != ",") || LEADS.iter().any(|l| lead.ends_with(l))
}

/// Joins between the places of a list, longest first.
const JOINS: &[&str] = &[", and ", ", or ", " and ", " or ", ", "];

/// `head` without the place (one to three capitalised words) and the join that end it, when
/// they do (`…like Russia, ` before `Eritrea`), with the join.
fn place_before(head: &str) -> Option<(&str, &'static str)> {
    let (rest, join) = JOINS
        .iter()
        .find_map(|&j| head.strip_suffix(j).map(|rest| (rest, j)))?;
    // Where each word of `rest` starts.
    let starts: Vec<usize> = rest
        .char_indices()
        .filter(|&(i, c)| {
            c.is_alphanumeric()
                && !rest
                    .get(..i)
                    .and_then(|t| t.chars().next_back())
                    .is_some_and(|b| b.is_alphanumeric() || b == '-' || b == '\'')
        })
        .map(|(i, _)| i)
        .collect();
    (1..=3).rev().find_map(|n| {
        let start = *starts.len().checked_sub(n).and_then(|k| starts.get(k))?;
        names_one_place(rest.get(start..)?).then(|| (rest.get(..start).unwrap_or_default(), join))
    })
}

/// The join, when `tail` opens with one and a place (`, Eritrea and …`).
fn place_after(tail: &str) -> Option<&'static str> {
    let (rest, join) = JOINS
        .iter()
        .find_map(|&j| tail.strip_prefix(j).map(|rest| (rest, j)))?;
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == ' ' || c == '-'))
        .unwrap_or(rest.len());
    let words: Vec<&str> = rest.get(..end).unwrap_or_default().split(' ').collect();
    (1..=3)
        .any(|n| {
            words
                .get(..n)
                .is_some_and(|w| names_one_place(&w.join(" ")))
        })
        .then_some(join)
}

/// True when `item` is one to three capitalised words (no other marks) that name a known place.
fn names_one_place(item: &str) -> bool {
    let words: Vec<&str> = item.split(' ').collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && crate::claim::first_place_named(item).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_listed_or_given_as_an_example_owns_no_number() {
        let listed = "In countries like Chad, Sudan and Mali, 9 million are enslaved.";
        assert!(among_examples(listed, "Sudan"));
        assert!(among_examples(listed, "Chad"));
        assert!(among_examples(listed, "Mali"));
        assert!(among_examples(
            "Nations such as Mali hold 9 million.",
            "Mali"
        ));
        assert!(among_examples("Chad or Mali hold 9 million.", "Chad"));
        // One place alone, a city and its country, or a number for each place.
        assert!(!among_examples("In Mali, 9 million are enslaved.", "Mali"));
        assert!(!among_examples(
            "In Lahore, Pakistan, 9 million work.",
            "Pakistan"
        ));
        assert!(!among_examples(
            "It finds 2 million in Chad and 9 million in Mali.",
            "Mali"
        ));
        assert!(!among_examples(
            "Chad and Mali hold 2 and 9 million respectively.",
            "Mali"
        ));
        assert!(!among_examples(
            "Mali, the poorest, holds 9 million.",
            "Mali"
        ));
    }

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
