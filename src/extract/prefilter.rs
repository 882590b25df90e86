//! The byte-level prefilter: finds where a number may start (a digit, a number word, a fraction
//! sign) in one pass over the bytes, and joins nearby places into neighbourhoods to parse.

use super::{token, words};
use std::ops::Range;

/// Bytes of context kept before the first and after the last candidate of a neighbourhood.
const BEFORE: usize = 40;
const AFTER: usize = 40;
/// How far a neighbourhood edge may move to reach white space before it gives up.
const SNAP: usize = 256;

/// Longest candidate, in bytes (see [`candidate_end`]).
const MAX_CANDIDATE: usize = 66;

/// Where a candidate ends: after the digits or the letters that start at `at`.
fn candidate_end(bytes: &[u8], at: usize) -> usize {
    let mut end = at;
    while bytes
        .get(end)
        .is_some_and(|&b| b.is_ascii_alphanumeric() || b >= 0x80)
    {
        end += 1;
        // Stop on a full-width space or punctuation is not needed: neighbourhoods are generous.
        if end - at > 64 {
            break;
        }
    }
    end.max(at + 1)
}

/// The neighbourhoods of `text` worth parsing, in order, disjoint, on character boundaries.
///
/// One pass over the bytes: a digit is a candidate; a word of ASCII letters is looked up in the
/// vocabulary and is a candidate when it is a number word ([`words::Word::triggers`]); full-width
/// digits and vulgar fraction signs are candidates. Candidates close together share one
/// neighbourhood.
pub fn neighbourhoods(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let triggers = words::Triggers::new();
    // Neighbourhoods are a hundred bytes long or more: room for one every 400 bytes up front.
    let mut out: Vec<Range<usize>> = Vec::with_capacity(n / 400 + 4);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // The classes in order of how often they come (tests in a row, cheaper than a jump
        // table here).
        let class = class_of(b);
        let (at, end) = if class == LETTER {
            let start = i;
            i += token::letters_len(bytes, i);
            if !triggers.at(bytes, start, i) {
                // Most words end before a space, which can start nothing: step over it too.
                if bytes.get(i) == Some(&b' ') {
                    i += 1;
                }
                continue;
            }
            (start, candidate_end(bytes, start))
        } else if class == OTHER {
            i += 1;
            continue;
        } else if class == DIGIT {
            (i, candidate_end(bytes, i))
        } else if class == PERCENT {
            (i, i + 1)
        } else {
            let len = sign_len(bytes.get(i..).unwrap_or_default());
            if len == 0 {
                i += 1;
                continue;
            }
            (i, i + len)
        };
        let start = snap_back(bytes, at.saturating_sub(BEFORE), at);
        let stop = snap_forward(bytes, (end + AFTER).min(n));
        let reach = match out.last_mut() {
            Some(last) if start <= last.end => {
                last.end = last.end.max(stop);
                last.end
            }
            _ => {
                out.push(start..stop);
                stop
            }
        };
        i = end.max(i);
        // A candidate that starts this far before the end of the neighbourhood cannot reach
        // past it: skip there, to the end of the word it lands in.
        let skip = reach.saturating_sub(AFTER + MAX_CANDIDATE);
        if skip > i {
            i = skip;
            while bytes
                .get(i)
                .is_some_and(|&b| !matches!(class_of(b), OTHER | PERCENT))
            {
                i += 1;
            }
        }
    }
    out
}

const OTHER: u8 = 0;
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const NON_ASCII: u8 = 3;
/// `%`: a candidate of its own, though a mark.
const PERCENT: u8 = 4;

/// What each byte is, for the prefilter's loop.
static CLASS: [u8; 256] = {
    let mut table = [OTHER; 256];
    let mut slots: &mut [u8] = &mut table;
    let mut c: u8 = 0;
    while let [slot, rest @ ..] = slots {
        *slot = if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c >= 0x80 {
            NON_ASCII
        } else if c == b'%' {
            PERCENT
        } else {
            OTHER
        };
        c = c.wrapping_add(1);
        slots = rest;
    }
    table
};

/// What byte `b` is (the table has a class for every byte).
#[inline]
fn class_of(b: u8) -> u8 {
    CLASS.get(usize::from(b)).copied().unwrap_or(OTHER)
}

/// Length of a full-width digit or a vulgar fraction sign at the start of `bytes`, else 0.
fn sign_len(bytes: &[u8]) -> usize {
    match bytes {
        // `０` … `９`
        [0xEF, 0xBC, 0x90..=0x99, ..] => 3,
        // `¼`, `½`, `¾`
        [0xC2, 0xBC..=0xBE, ..] => 2,
        // `⅓` … `⅞`
        [0xE2, 0x85, 0x93..=0x9E, ..] => 3,
        _ => 0,
    }
}

/// Moves `from` back to the start of its run of non-space text (so a word or link is whole),
/// never past `SNAP` bytes, and onto a character boundary.
fn snap_back(bytes: &[u8], from: usize, candidate: usize) -> usize {
    let mut s = from.min(candidate);
    let floor = s.saturating_sub(SNAP);
    while s > floor && bytes.get(s - 1).is_some_and(|&b| !is_space_byte(b)) {
        s -= 1;
    }
    while s > 0 && bytes.get(s).is_some_and(|&b| (b & 0xC0) == 0x80) {
        s -= 1;
    }
    s
}

/// Moves `to` forward to the end of its run of non-space text, never past `SNAP` bytes, onto a
/// character boundary.
fn snap_forward(bytes: &[u8], to: usize) -> usize {
    let mut e = to;
    let ceiling = (e + SNAP).min(bytes.len());
    while e < ceiling && bytes.get(e).is_some_and(|&b| !is_space_byte(b)) {
        e += 1;
    }
    // Never cut a run of digits, however long: the number is read whole (still one pass).
    while e > 0
        && bytes.get(e - 1).is_some_and(u8::is_ascii_digit)
        && bytes.get(e).is_some_and(|&b| is_number_byte(b))
    {
        e += 1;
    }
    while bytes.get(e).is_some_and(|&b| (b & 0xC0) == 0x80) {
        e += 1;
    }
    e
}

fn is_number_byte(b: u8) -> bool {
    b.is_ascii_digit() || b == b',' || b == b'.'
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
    fn words_that_only_begin_like_numbers_are_no_candidates() {
        assert!(pieces("Tension over the fortune of a dimension lacks tenants.").is_empty());
        assert_eq!(pieces("Tension rose as seven tenants left.").len(), 1);
    }

    #[test]
    fn a_long_run_of_candidates_is_one_neighbourhood_to_its_last_number() {
        let text = format!(
            "{} and finally 999 {}",
            "12 cases, ".repeat(60),
            "x ".repeat(60)
        );
        let got = pieces(&text);
        assert_eq!(got.len(), 1);
        assert!(got[0].contains("finally 999"));
    }

    #[test]
    fn finds_full_width_digits_and_fraction_signs() {
        assert_eq!(pieces("Only ¾ of them").len(), 1);
        assert_eq!(pieces("Only ３ of them").len(), 1);
    }
}
