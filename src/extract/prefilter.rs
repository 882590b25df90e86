//! The byte-level prefilter: finds where a number may start (a digit, a number word, a fraction
//! sign) with one Aho-Corasick automaton, and joins nearby places into neighbourhoods to parse.

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};
use std::ops::Range;
use std::sync::OnceLock;

/// Bytes of context kept before the first and after the last candidate of a neighbourhood.
const BEFORE: usize = 48;
const AFTER: usize = 48;
/// How far a neighbourhood edge may move to reach white space before it gives up.
const SNAP: usize = 256;

/// Beginnings of number words, in ASCII and matched without regard to case; the parser decides.
const WORD_STEMS: &[&str] = &[
    "zero",
    "nought",
    "naught",
    "one",
    "two",
    "three",
    "thir",
    "four",
    "fort",
    "five",
    "fif",
    "six",
    "seven",
    "eigh",
    "nine",
    "nint",
    "ten",
    "eleven",
    "twel",
    "twen",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "quadrillion",
    "quintillion",
    "sextillion",
    "lakh",
    "lac",
    "lkh",
    "crore",
    "dozen",
    "half",
    "halv",
    "quarter",
    "first",
    "second",
    "doubl",
    "tripl",
    "trebl",
    "quadrupl",
    "quintupl",
    "twice",
    "thrice",
    "scores",
    "dime",
    "nickel",
    "tens",
];

/// Non-ASCII signs that start a number: full-width digits and vulgar fractions.
const SIGNS: &[&str] = &[
    "０", "１", "２", "３", "４", "５", "６", "７", "８", "９", "½", "⅓", "⅔", "¼", "¾", "⅕", "⅖",
    "⅗", "⅘", "⅙", "⅚", "⅛", "⅜", "⅝", "⅞",
];

fn automaton() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        let digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
        let patterns = digits
            .iter()
            .chain(WORD_STEMS)
            .chain(SIGNS)
            .copied()
            .collect::<Vec<_>>();
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .kind(Some(AhoCorasickKind::DFA))
            .build(patterns)
            .expect("the prefilter's patterns are valid")
    })
}

/// Where a candidate ends: after the digits or the letters that start at `at`.
fn candidate_end(bytes: &[u8], at: usize) -> usize {
    let mut end = at;
    while end < bytes.len() && (bytes[end].is_ascii_alphanumeric() || bytes[end] >= 0x80) {
        end += 1;
        // Stop on a full-width space or punctuation is not needed: neighbourhoods are generous.
        if end - at > 64 {
            break;
        }
    }
    end.max(at + 1)
}

/// The neighbourhoods of `text` worth parsing, in order, disjoint, on character boundaries.
pub fn neighbourhoods(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let ac = automaton();
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut pos = 0;
    while pos < bytes.len() {
        let Some(m) = ac.find(Input::new(bytes).span(pos..bytes.len())) else {
            break;
        };
        let at = m.start();
        let first = bytes[at];
        let word = first.is_ascii_alphabetic();
        if word && at > 0 && bytes[at - 1].is_ascii_alphabetic() {
            // Inside a word (`someone`, `often`): not a number word.
            pos = m.end();
            continue;
        }
        let end = if word || first.is_ascii_digit() {
            candidate_end(bytes, at)
        } else {
            m.end()
        };
        let start = snap_back(bytes, at.saturating_sub(BEFORE), at);
        let stop = snap_forward(bytes, (end + AFTER).min(bytes.len()));
        match out.last_mut() {
            Some(last) if start <= last.end => last.end = last.end.max(stop),
            _ => out.push(start..stop),
        }
        pos = end;
    }
    out
}

/// Moves `from` back to the start of its run of non-space text (so a word or link is whole),
/// never past `SNAP` bytes, and onto a character boundary.
fn snap_back(bytes: &[u8], from: usize, candidate: usize) -> usize {
    let mut s = from.min(candidate);
    let floor = s.saturating_sub(SNAP);
    while s > floor && !is_space_byte(bytes[s - 1]) {
        s -= 1;
    }
    while s > 0 && s < bytes.len() && (bytes[s] & 0xC0) == 0x80 {
        s -= 1;
    }
    s
}

/// Moves `to` forward to the end of its run of non-space text, never past `SNAP` bytes, onto a
/// character boundary.
fn snap_forward(bytes: &[u8], to: usize) -> usize {
    let mut e = to;
    let ceiling = (e + SNAP).min(bytes.len());
    while e < ceiling && !is_space_byte(bytes[e]) {
        e += 1;
    }
    while e < bytes.len() && (bytes[e] & 0xC0) == 0x80 {
        e += 1;
    }
    e
}

fn is_space_byte(b: u8) -> bool {
    b.is_ascii_whitespace()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<&str> {
        neighbourhoods(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn text_without_numbers_has_no_neighbourhood() {
        assert!(pieces("Someone often said nothing of note here.").is_empty());
    }

    #[test]
    fn finds_digits_and_words_with_context() {
        let text = format!(
            "{} about 3.3 million children {}",
            "x ".repeat(60),
            "y ".repeat(60)
        );
        let got = pieces(&text);
        assert_eq!(got.len(), 1);
        assert!(got[0].contains("about 3.3 million children"));
        assert!(!got[0].starts_with(' ') && got[0].len() < 160);
    }

    #[test]
    fn far_apart_numbers_get_their_own_neighbourhoods() {
        let text = format!("one {} 2024", "word ".repeat(40));
        assert_eq!(pieces(&text).len(), 2);
    }

    #[test]
    fn finds_full_width_digits_and_fraction_signs() {
        assert_eq!(pieces("Only ¾ of them").len(), 1);
        assert_eq!(pieces("Only ３ of them").len(), 1);
    }
}
