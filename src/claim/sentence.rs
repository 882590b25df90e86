//! Sentence and paragraph boundaries, found only around the mentions that need them.

use super::words::WordSet;
use std::ops::Range;

/// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "st", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp",
    "gen", "gov", "govt", "sen", "rep", "rev", "hon", "jr", "sr", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "figs", "vol", "p", "pp",
    "para", "approx", "est", "dept", "min", "mln", "bn", "cf", "al", "ca", "art", "sec", "u.s",
    "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "rs", "no", "op", "cit", "ibid", "viz",
];

/// [`ABBREVIATIONS`] as a set.
const ABBREVIATION_SET: &WordSet = &WordSet::new(ABBREVIATIONS);

/// The longest of [`ABBREVIATIONS`], in bytes.
const LONGEST_ABBREVIATION: usize = 6;

/// True when `raw` is one of [`ABBREVIATIONS`], in any ASCII case.
fn is_abbreviation(raw: &str) -> bool {
    let mut lower = [0u8; LONGEST_ABBREVIATION];
    let Some(buf) = lower.get_mut(..raw.len()) else {
        return false;
    };
    buf.copy_from_slice(raw.as_bytes());
    buf.make_ascii_lowercase();
    std::str::from_utf8(buf).is_ok_and(|w| ABBREVIATION_SET.contains(w))
}

/// Words that open sentences and seldom follow a country's initials inside one.
const OPENERS: &[&str] = &[
    "A",
    "An",
    "The",
    "In",
    "It",
    "This",
    "These",
    "There",
    "But",
    "However",
    "According",
];

/// Characters that may close a sentence after its final stop.
const CLOSERS: [char; 7] = ['"', '\'', '”', '’', ')', ']', '»'];

/// True when the full stop at byte `dot` of `text` ends a sentence.
fn ends_sentence(text: &str, dot: usize) -> bool {
    let bytes = text.as_bytes();
    // A lower-case word after the stop continues the sentence (`U.S. officials`, `approx. half`).
    // (The stop may be wider than a byte: `…`.)
    let after = text.get(dot..).map_or("", |rest| {
        let mut chars = rest.chars();
        chars.next();
        chars.as_str()
    });
    let next = after
        .trim_start_matches(CLOSERS)
        .trim_start()
        .chars()
        .next();
    if next.is_some_and(char::is_lowercase) {
        return false;
    }
    if bytes.get(dot) != Some(&b'.') {
        return true; // `!`, `?` and `…`
    }
    let before = text.get(..dot).unwrap_or("");
    // The word before the stop: ASCII letters, digits and stops are stepped over a byte at a
    // time; at any other character the characters are decoded, as before.
    let ascii_start = before
        .bytes()
        .rposition(|b| !(b.is_ascii_alphanumeric() || b == b'.'));
    let word_start = match ascii_start {
        Some(i) if before.as_bytes().get(i).is_some_and(u8::is_ascii) => i + 1,
        None => 0,
        Some(_) => before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
            .map_or(0, |i| {
                i + before
                    .get(i..)
                    .and_then(|rest| rest.chars().next())
                    .map_or(1, char::len_utf8)
            }),
    };
    let raw = before.get(word_start..).unwrap_or("");
    if is_abbreviation(raw) {
        // `… in the U.S. An estimated 1.3 million …`: a country's initials end a sentence when
        // a word that opens sentences follows (`the U.S. State Department` goes on).
        return raw.len() == 3
            && raw.as_bytes().get(1) == Some(&b'.')
            && raw.bytes().all(|b| b == b'.' || b.is_ascii_uppercase())
            && after
                .trim_start_matches(CLOSERS)
                .trim_start()
                .split(|c: char| !c.is_alphabetic())
                .next()
                .is_some_and(|w| OPENERS.contains(&w));
    }
    // A single capital letter is an initial (`J. Smith`).
    let initial = raw.len() == 1 && raw.chars().all(char::is_uppercase);
    !initial
}

/// True when a boundary follows byte `at` (just past `.`/`!`/`?` and any closing quotes): white
/// space, or a capitalised word glued to a stop after a lower-case word, as pages that lost the
/// spaces between their sentences run them together (`in South Africa.Her organisation`).
fn space_follows(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or("").trim_start_matches(CLOSERS);
    if rest.is_empty() || rest.starts_with(char::is_whitespace) {
        return true;
    }
    let before = text
        .as_bytes()
        .get(..at.saturating_sub(1))
        .unwrap_or_default();
    matches!(rest.as_bytes(), [b'A'..=b'Z', b'a'..=b'z', ..])
        && matches!(before, [.., b'a'..=b'z', b'a'..=b'z'])
}

/// True when `text[..at]` ends with a blank line (only spaces between two line breaks).
fn blank_line_before(text: &str, at: usize) -> bool {
    let head = text
        .get(..at)
        .unwrap_or("")
        .trim_end_matches([' ', '\t', '\r']);
    head.strip_suffix('\n')
        .is_some_and(|head| head.trim_end_matches([' ', '\t', '\r']).ends_with('\n'))
}

/// How long a line must be for a line break after its sentence's end to part paragraphs: longer
/// than a hard-wrapped line (72 to 100 columns), as a paragraph set on one line is.
const PARAGRAPH_LINE: usize = 140;

/// True when `text[..at]` ends a paragraph: a blank line, or a line break after a line of
/// [`PARAGRAPH_LINE`] bytes or more that ends a sentence (text that sets each paragraph on one
/// line and parts them with single line breaks, as text copied from a web page does).
fn paragraph_break_before(text: &str, at: usize) -> bool {
    blank_line_before(text, at) || long_line_before(text, at)
}

/// True when `text[..at]` ends with a line break after a line of [`PARAGRAPH_LINE`] bytes or
/// more whose last character ends a sentence, and text goes on after it.
fn long_line_before(text: &str, at: usize) -> bool {
    let Some(head) = text.get(..at).and_then(|h| h.strip_suffix('\n')) else {
        return false;
    };
    let head = head.trim_end_matches([' ', '\t', '\r']);
    let line_start = memchr::memrchr(b'\n', head.as_bytes()).map_or(0, |i| i + 1);
    head.len() - line_start >= PARAGRAPH_LINE
        && head.ends_with(['.', '!', '?', '"', '\u{201d}'])
        && text
            .get(at..)
            .is_some_and(|rest| rest.starts_with(|c: char| !c.is_whitespace()))
}

/// Length of a list marker (`- `, `* `, `• `, `1. `, `2) `) at the start of `line`, spaces included.
fn bullet_len(line: &str) -> Option<usize> {
    let trimmed = line.trim_start_matches([' ', '\t']);
    let indent = line.len() - trimmed.len();
    let mut chars = trimmed.char_indices();
    let (_, first) = chars.next()?;
    let marker_end = if matches!(first, '-' | '*' | '+' | '•' | '–' | '—' | '·' | '▪' | '◦')
    {
        first.len_utf8()
    } else if first.is_ascii_digit() {
        let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 2 || !matches!(trimmed.as_bytes().get(digits), Some(b'.' | b')')) {
            return None;
        }
        digits + 1
    } else {
        return None;
    };
    let after = trimmed.get(marker_end..)?;
    let spaces = after.len() - after.trim_start_matches([' ', '\t']).len();
    (spaces > 0).then_some(indent + marker_end + spaces)
}

/// True when a line break at byte `nl` starts a list item.
fn item_follows(text: &str, nl: usize) -> bool {
    let line = text
        .get(nl + 1..)
        .unwrap_or("")
        .split('\n')
        .next()
        .unwrap_or("");
    bullet_len(line).is_some()
}

/// The characters of `slice` that can end a sentence or a line (`.`, `!`, `?`, `…`, a line
/// break), with their byte offsets, in order or (`reverse`) last first, among a few others that
/// share `…`'s first byte: in UTF-8 no byte of any other character equals one of those, so the
/// rest need not be decoded. The bytes are found with `memchr`; `!` and `?`, rarer, are looked
/// for apart, and only up to the next of the others, so that the search stops with the caller.
fn stops(slice: &str, reverse: bool) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = slice.as_bytes();
    let mut common = memchr::memchr3_iter(b'.', b'\n', 0xE2, bytes);
    // The bytes not yet searched for `!` and `?`.
    let (mut unsearched_from, mut unsearched_to) = (0, bytes.len());
    // The next offset of each kind, once looked for.
    let (mut next_common, mut next_rare): (Option<usize>, Option<usize>) = (None, None);
    std::iter::from_fn(move || {
        if next_common.is_none() {
            next_common = if reverse {
                common.next_back()
            } else {
                common.next()
            };
        }
        if next_rare.is_none() {
            // Between the last offset given and the next common stop (or the slice's end).
            let (from, to) = if reverse {
                (next_common.map_or(0, |a| a + 1), unsearched_to)
            } else {
                (unsearched_from, next_common.unwrap_or(bytes.len()))
            };
            let part = bytes.get(from..to).unwrap_or_default();
            let mut rare = memchr::memchr2_iter(b'!', b'?', part);
            next_rare = if reverse {
                rare.next_back()
            } else {
                rare.next()
            }
            .map(|k| from + k);
            if reverse {
                unsearched_to = next_rare.unwrap_or(from.min(unsearched_to));
            } else {
                unsearched_from = next_rare.map_or(to.max(unsearched_from), |k| k + 1);
            }
        }
        let take_common = match (next_common, next_rare) {
            (Some(a), Some(b)) => (a > b) == reverse,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return None,
        };
        if take_common {
            next_common.take()
        } else {
            next_rare.take()
        }
    })
    .filter_map(move |i| {
        slice
            .get(i..)
            .and_then(|rest| rest.chars().next())
            .map(|c| (i, c))
    })
}

/// How far a sentence reaches either side of a number, at most, in bytes: text with no stops is
/// not read whole for every claim.
const SENTENCE_REACH: usize = 1_500;

/// The sentence holding bytes `start..end` of `text`, trimmed of white space and list markers.
pub fn around(text: &str, start: usize, end: usize) -> Range<usize> {
    let floor = floor_boundary(text, start.saturating_sub(SENTENCE_REACH));
    let ceiling = floor_boundary(text, (end + SENTENCE_REACH).min(text.len()));
    let mut from = floor;
    for (i, c) in stops(text.get(floor..start).unwrap_or(""), true) {
        let i = floor + i;
        if matches!(c, '.' | '!' | '?' | '…') && space_follows(text, i + c.len_utf8()) {
            if ends_sentence(text, i) {
                from = i + c.len_utf8();
                break;
            }
        } else if c == '\n'
            && (blank_line_before(text, i + 1)
                || item_follows(text, i)
                || heading_ends(text, i)
                || unwrapped_break(text, i)
                || statement_lines(text, i))
        {
            from = i + 1;
            break;
        }
    }
    let mut to = ceiling;
    for (i, c) in stops(text.get(end..ceiling).unwrap_or(""), false) {
        let at = end + i;
        if matches!(c, '.' | '!' | '?' | '…')
            && space_follows(text, at + c.len_utf8())
            && ends_sentence(text, at)
        {
            let rest = text.get(at + c.len_utf8()..).unwrap_or("");
            to = at + c.len_utf8() + rest.len() - rest.trim_start_matches(CLOSERS).len();
            break;
        }
        if c == '\n'
            && (blank_line_before(text, at + 1)
                || item_follows(text, at)
                || heading_ends(text, at)
                || unwrapped_break(text, at)
                || statement_lines(text, at))
        {
            to = at;
            break;
        }
    }
    let slice = text.get(from..to).unwrap_or("");
    let mut lead = slice.len() - slice.trim_start().len();
    if let Some(marker) = bullet_len(slice.get(lead..).unwrap_or("")) {
        lead += marker;
    }
    let trail = slice.len() - slice.trim_end().len();
    from + lead..(to - trail).max(from + lead)
}

/// True when the line break at byte `at` ends a heading of its own: a short line with no stop,
/// after a line that ended a sentence (or none), before a line that opens with a capital
/// (`Nearly 28 million forced laborers` between two paragraphs of plain text).
fn heading_ends(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let start = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |k| k + 1);
    let line = before.get(start..).unwrap_or("").trim();
    if line.is_empty()
        || line.len() > 60
        || line.ends_with([
            '.', '!', '?', ':', ',', ';', '…', '"', '”', '’', ')', '-', '–', '—',
        ])
        || !line.starts_with(|c: char| c.is_uppercase())
    {
        return false;
    }
    let next = text
        .get(at + 1..)
        .unwrap_or("")
        .trim_start_matches([' ', '\t']);
    if !next.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let earlier = before.get(..start).unwrap_or("").trim_end();
    earlier.is_empty() || earlier.ends_with(['.', '!', '?', '…', '"', '”'])
}

/// True when the line break at byte `at` comes after or before a line of [`PARAGRAPH_LINE`]
/// bytes or more, and the line before it opens with a capital and the line after it too: text
/// set one paragraph to a line is not hard-wrapped, so its line breaks part sentences (a caption
/// or headline with no stop, then the story's first paragraph).
fn unwrapped_break(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let start = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |k| k + 1);
    let line = before.get(start..).unwrap_or("").trim();
    let after = text.get(at + 1..).unwrap_or("");
    let next = after
        .get(..memchr::memchr(b'\n', after.as_bytes()).unwrap_or(after.len()))
        .unwrap_or("")
        .trim();
    (line.len() >= PARAGRAPH_LINE || next.len() >= PARAGRAPH_LINE)
        && line.starts_with(|c: char| c.is_uppercase())
        && next.starts_with(|c: char| c.is_uppercase())
}

/// True when the line break at byte `at` parts two lines of a run of three or more short
/// statements (three words or more each) set one to a line with no stops (a "key insights" list with no markers: `About 71%
/// of victims are women and girls` above `Human trafficking generates $150 billion`): the line
/// before it, the line after it and one more next to them each open with a capital or a digit,
/// hold no full stop followed by a space nor the bars and dots of page furniture (`Metro |
/// Crime`, a byline), end with no punctuation and, for the line before,
/// with no word that needs one after it (`the`, `of`); and a number stands on one side of the
/// break. Hard-wrapped prose has lines that open in lower case or hold a stop.
fn statement_lines(text: &str, at: usize) -> bool {
    /// Words a line of hard-wrapped prose may end with, that a statement does not.
    const JOINING: &[&str] = &[
        "the", "a", "an", "of", "and", "or", "to", "in", "by", "for", "with", "that", "from", "on",
        "at", "as", "is", "are", "was", "were", "than", "but",
    ];
    let statement = |line: &str| {
        let line = line.trim();
        !line.is_empty()
            && line.len() <= 120
            // (`ASIA`, `06/11/2025, 17.26`: a section or a time stamp, no statement.)
            && line.split_whitespace().nth(2).is_some()
            && line.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && !line.contains(". ")
            && !line.contains(['|', '·'])
            && !line.ends_with(|c: char| c.is_ascii_punctuation() || "–—…”’".contains(c))
    };
    let before = text.get(..at).unwrap_or("");
    let start = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |k| k + 1);
    let line = before.get(start..).unwrap_or("");
    let last = line.trim_end().rsplit(' ').next().unwrap_or("");
    if !statement(line) || JOINING.iter().any(|j| last.eq_ignore_ascii_case(j)) {
        return false;
    }
    let mut after = text.get(at + 1..).unwrap_or("").split('\n');
    let next = after.next().unwrap_or("");
    // A list of figures: a number on one side of the break (`ASIA`, `Send to a friend`, a
    // headline and a byline above a story are no such list).
    let digit = |l: &str| l.bytes().any(|b| b.is_ascii_digit());
    if !statement(next) || !(digit(line) || digit(next)) {
        return false;
    }
    after.next().is_some_and(statement)
        || start > 0
            && before
                .get(..start - 1)
                .and_then(|b| b.rsplit('\n').next())
                .is_some_and(statement)
}

/// How far a paragraph reaches either side of a sentence, at most, in bytes: text with no blank
/// lines is not read whole for every claim.
const PARAGRAPH_REACH: usize = 2_000;

/// Openings that point back at what the paragraph before said (`Of these, 12 million are
/// children.`, `That is 37% more than in 2014.`): news copy often gives each sentence a
/// paragraph of its own. Lower case, each followed by a space or a comma in the text.
const BACK_REFERENCES: &[&str] = &[
    "of these",
    "of them",
    "of those",
    "of that number",
    "of that total",
    "of the total",
    "among them",
    "among these",
    "among those",
    "that is",
    "that's",
    "that’s",
    "that figure",
    "that number",
    "this figure",
    "this number",
    "the figure",
    "the new figure",
    "the latest figure",
    "the estimate",
    "the new estimate",
    "the latest estimate",
    "the total is",
    "the total was",
    "the total has",
    "this represents",
    "that represents",
];

/// True when the sentence or paragraph that opens at `start` points back at what came before
/// without taking a part of it (`That is a 37% rise`, `This represents …`; not `Of these, …`).
pub fn restates_before(text: &str, start: usize) -> bool {
    let Some(head) = opening_at(text, start) else {
        return false;
    };
    // Only the openings that start with the sentence's first letter are compared (every one
    // of them starts with `t`).
    if !head
        .as_bytes()
        .first()
        .is_some_and(|b| b.eq_ignore_ascii_case(&b't'))
    {
        return false;
    }
    BACK_REFERENCES
        .iter()
        .filter(|opening| !opening.starts_with("of ") && !opening.starts_with("among "))
        .any(|opening| opens_with(head, opening))
}

/// Words ending in `-er` that are no comparatives (`other falls`, `after rises`).
const NOT_COMPARATIVES: &[&str] = &["other", "under", "after", "never", "either", "neither"];

/// True when `word` sets a change against one told before (`sharper falls`, `more decreases`):
/// `more`, `less` or an adjective's `-er` form.
fn is_comparative(word: &str) -> bool {
    ["more", "less"]
        .iter()
        .any(|c| word.eq_ignore_ascii_case(c))
        || (word.len() >= 5
            && word
                .get(word.len() - 2..)
                .is_some_and(|end| end.eq_ignore_ascii_case("er"))
            && !NOT_COMPARATIVES
                .iter()
                .any(|c| word.eq_ignore_ascii_case(c)))
}

/// Nouns of change a comparative may qualify, singular and plural.
const CHANGES: &[&str] = &[
    "fall",
    "falls",
    "drop",
    "drops",
    "decline",
    "declines",
    "decrease",
    "decreases",
    "rise",
    "rises",
    "increase",
    "increases",
];

/// True when `sentence` names a change by a comparative (`UNODC recorded sharper falls in South
/// Asia (56 per cent)`, `more decreases`): it measures it against a change the sentence before told of.
pub fn compares_change(sentence: &str) -> bool {
    let mut words = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let mut before = "";
    words.any(|w| {
        let hit = is_comparative(before) && CHANGES.iter().any(|c| w.eq_ignore_ascii_case(c));
        before = w;
        hit
    })
}

/// True when `sentence` names its place as `the region` or `the continent` (`the region is home
/// to 87 million`): a place the sentence before named, and maybe what it counts there.
pub fn points_to_region(sentence: &str) -> bool {
    names_the(sentence, &["region", "continent"])
}

/// True when `sentence` names what its number counts as `the practice` (`21 million people are
/// victims of the practice`): the practice the sentence before named.
pub fn points_to_practice(sentence: &str) -> bool {
    names_the(sentence, &["practice"])
}

/// Phrases that put a sentence at a past time the sentence before names (`I first heard of it
/// in 2012. At that time, …`).
const THEN_PHRASES: &[&str] = &[
    "at that time",
    "at the time",
    "back then",
    "by then",
    "by that time",
    "at that point",
];

/// True when `sentence` speaks of the time the sentence before names (`At that time, it was
/// estimated …`, `back then`), not of the time of writing (`at the time of writing`).
pub fn points_to_then(sentence: &str) -> bool {
    // Most sentences hold none of the phrases' last words: settled by two byte scans.
    if !ends_a_then_phrase(sentence.as_bytes()) {
        return false;
    }
    let lower = sentence.to_ascii_lowercase();
    THEN_PHRASES.iter().any(|phrase| {
        memchr::memmem::find_iter(lower.as_bytes(), phrase.as_bytes()).any(|at| {
            let bytes = lower.as_bytes();
            let end = at + phrase.len();
            (at == 0 || !bytes.get(at - 1).is_some_and(u8::is_ascii_alphanumeric))
                && !bytes.get(end).is_some_and(u8::is_ascii_alphanumeric)
                && !lower
                    .get(end..)
                    .is_some_and(|rest| rest.starts_with(" of "))
        })
    })
}

/// True when `bytes` hold `then`, `time` or `point` (any case), the word every one of
/// [`THEN_PHRASES`] ends on.
fn ends_a_then_phrase(bytes: &[u8]) -> bool {
    let rest_is = |at: usize, len: usize, word: &[u8]| {
        bytes
            .get(at + 1..at + 1 + len)
            .is_some_and(|r| r.eq_ignore_ascii_case(word))
    };
    memchr::memchr2_iter(b't', b'T', bytes)
        .any(|at| rest_is(at, 3, b"hen") || rest_is(at, 3, b"ime"))
        || memchr::memchr2_iter(b'p', b'P', bytes).any(|at| rest_is(at, 4, b"oint"))
}

/// True when `sentence` holds `the` (any case), then one of `nouns` as a whole word.
fn names_the(sentence: &str, nouns: &[&str]) -> bool {
    let bytes = sentence.as_bytes();
    memchr::memmem::find_iter(bytes, b"the ")
        .chain(memchr::memmem::find_iter(bytes, b"The "))
        .any(|at| {
            (at == 0 || !bytes.get(at - 1).is_some_and(u8::is_ascii_alphanumeric))
                && nouns.iter().any(|w| {
                    let end = at + 4 + w.len();
                    bytes
                        .get(at + 4..end)
                        .is_some_and(|t| t.eq_ignore_ascii_case(w.as_bytes()))
                        && !bytes.get(end).is_some_and(u8::is_ascii_alphanumeric)
                })
        })
}

/// True when the paragraph that opens at `start` points back at the one before it (see
/// [`BACK_REFERENCES`]), or finishes its sentence (see [`finishes_the_one_before`]).
pub fn refers_back(text: &str, start: usize) -> bool {
    let Some(head) = opening_at(text, start) else {
        return false;
    };
    // Only the openings that start with the paragraph's first letter are compared.
    let first = head.as_bytes().first().map(u8::to_ascii_lowercase);
    BACK_REFERENCES
        .iter()
        .any(|opening| opening.as_bytes().first().copied() == first && opens_with(head, opening))
        || finishes_the_one_before(head)
}

/// The text from byte `start` of `text`, past any opening quote marks.
fn opening_at(text: &str, start: usize) -> Option<&str> {
    text.get(start..)
        .map(|t| t.trim_start_matches(['\'', '"', '“', '‘']))
}

/// True when `head` opens with `opening` (any ASCII case), then a space or a comma.
fn opens_with(head: &str, opening: &str) -> bool {
    head.get(..opening.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(opening))
        && matches!(head.as_bytes().get(opening.len()), Some(b' ' | b','))
}

/// The sentence that ends last before byte `start` of `text` (across a blank line), if any.
pub fn sentence_before(text: &str, start: usize) -> Option<Range<usize>> {
    let end = end_before(text, start);
    let last = text.get(..end)?.chars().next_back()?;
    let at = end - last.len_utf8();
    Some(around(text, at, at)).filter(|range| range.end <= start && !range.is_empty())
}

/// Words that make a short line a sentence of its own: a verb that states something.
const STATING: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "shall", "should", "must", "do", "does", "did", "says", "said",
];

/// Words that may hedge the number a fragment opens with.
const FRAGMENT_HEDGES: &[&str] = &[
    "nearly",
    "almost",
    "about",
    "around",
    "over",
    "some",
    "roughly",
    "approximately",
    "more than",
    "at least",
    "close to",
    "exactly",
    "precisely",
];

/// True when the paragraph `head` opens is a fragment that completes the sentence before it
/// (`There are more slaves today than ever before.` then `50 million to be exact.`): one short
/// line that opens with a number, ends with a stop and states nothing of its own (no verb that
/// states, none in the past tense).
pub fn finishes_the_one_before(head: &str) -> bool {
    // A hedge may come first (`Nearly 28 million, at last count.`); only the hedges that
    // start with the line's first letter are compared.
    let first = head.as_bytes().first().map(u8::to_ascii_lowercase);
    let number = FRAGMENT_HEDGES
        .iter()
        .filter(|h| h.as_bytes().first().copied() == first)
        .find_map(|h| {
            head.get(..h.len())
                .filter(|w| w.eq_ignore_ascii_case(h))
                .and_then(|_| head.get(h.len()..)?.strip_prefix(' '))
        })
        .unwrap_or(head);
    // Most paragraphs open with a letter: settled before the line is read.
    if !number.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let Some(line) = short_line(head) else {
        return false;
    };
    if !line.ends_with(['.', '!', '…']) {
        return false;
    }
    let words: Vec<&str> = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    (2..=6).contains(&words.len())
        && words.iter().all(|w| {
            let w = w.to_ascii_lowercase();
            !(STATING.contains(&w.as_str()) || w.len() > 3 && w.ends_with("ed"))
        })
}

/// Verbs by which a group stands for a share of a whole (`they account for 38%`).
const SHARE_VERBS: &[&str] = &[
    "account",
    "accounts",
    "accounted",
    "make",
    "made",
    "represent",
    "represented",
    "constitute",
    "constituted",
    "comprise",
    "comprised",
    "form",
    "formed",
    "are",
    "were",
];

/// Words that may stand between the pronoun and its verb (`they now account for`).
const PRONOUN_ADVERBS: &[&str] = &["now", "still", "also", "alone", "together", "collectively"];

/// True when `sentence` opens (after a short lead such as `In 2022,`) with `They`, `These` or
/// `Those` as the subject of a verb of share (`They now account for 38% of detected victims`):
/// the group is the one the sentence before names.
pub fn pronoun_subject(sentence: &str) -> bool {
    let head = sentence.trim_start_matches(['\'', '"', '“', '‘', ' ']);
    // A lead of at most four words closed by a comma (`In 2022,`, `By 2022,`).
    let head = after_short_lead(head).unwrap_or(head);
    // Most sentences are turned away by their first byte: every pronoun starts with `t`.
    if !matches!(
        head.trim_start_matches(' ').as_bytes().first(),
        Some(b't' | b'T')
    ) {
        return false;
    }
    let mut words = head.split(' ').filter(|w| !w.is_empty());
    if !words.next().is_some_and(|w| {
        ["they", "these", "those"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
    }) {
        return false;
    }
    let mut verb = words.next();
    if verb.is_some_and(|w| PRONOUN_ADVERBS.iter().any(|a| w.eq_ignore_ascii_case(a))) {
        verb = words.next();
    }
    verb.is_some_and(|w| SHARE_VERBS.iter().any(|v| w.eq_ignore_ascii_case(v)))
}

/// What follows `head`'s first comma (trimmed at its start) when the text before it has no
/// full stop and at most four words between spaces. Reads no further than the fourth space, so
/// a long sentence without a comma is not scanned to its end.
fn after_short_lead(head: &str) -> Option<&str> {
    let mut spaces = 0;
    for (i, b) in head.bytes().enumerate() {
        match b {
            b',' => return head.get(i + 1..).map(str::trim_start),
            b'.' => return None,
            b' ' if spaces == 3 => return None,
            b' ' => spaces += 1,
            _ => {}
        }
    }
    None
}

/// The text before `head`'s first blank line (`\n\n`), trimmed at its end, when that is one line
/// of at most [`SHORT_LINE`] bytes. Reads no further than it must: it stops at the first
/// character that rules the line out (one past [`SHORT_LINE`] bytes, or after a line break), so
/// a long document without blank lines is not read to its end for each paragraph.
fn short_line(head: &str) -> Option<&str> {
    let mut end = 0;
    let mut broken = false;
    let mut chars = head.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\n' {
            if chars.peek().is_some_and(|&(_, next)| next == '\n') {
                break;
            }
            broken = true;
        } else if !c.is_whitespace() {
            end = i + c.len_utf8();
            if broken || end > SHORT_LINE {
                return None;
            }
        }
    }
    head.get(..end)
}

/// The longest a fragment that finishes the sentence before it may be, in bytes.
const SHORT_LINE: usize = 60;

/// True when `line` is a figure alone, as a stat card sets it above its caption: `40.3
/// million`, `$200.1`, `93`, `61%`.
pub fn stat_card(line: &str) -> bool {
    let line = line.trim();
    let figure = line
        .strip_suffix(" million")
        .or_else(|| line.strip_suffix(" billion"))
        .unwrap_or(line);
    let figure = figure.strip_prefix('$').unwrap_or(figure);
    let figure = figure.strip_suffix('%').unwrap_or(figure);
    figure.starts_with(|c: char| c.is_ascii_digit())
        && figure.len() <= 12
        && figure
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

/// The most lines read back from a sentence for the heading of its paragraph.
const HEADING_LINES: usize = 8;

/// The short heading line (no full stop, see [`heading_line`]) that the text holding byte `at`
/// stands under: the line above the paragraph part holding `at`, past blank lines and past the
/// lines of prose the paragraph holds above it (`The global situation` above `About 21 million
/// people …`), as its byte range. None when a paragraph break or the text's start comes first.
pub fn heading_above(text: &str, at: usize) -> Option<Range<usize>> {
    let mut line_start = text.get(..at)?.rfind('\n').map_or(0, |i| i + 1);
    let mut blank = false;
    for _ in 0..HEADING_LINES {
        let head = text.get(..line_start.checked_sub(1)?)?;
        let prev_start = head.rfind('\n').map_or(0, |i| i + 1);
        let line = head.get(prev_start..)?;
        if line.trim().is_empty() {
            blank = true;
        } else if heading_line(line) {
            return Some(prev_start..head.len());
        } else if blank || long_line_before(text, line_start) {
            return None;
        }
        line_start = prev_start;
    }
    None
}

/// True when `line` reads as a heading: up to [`SHORT_LINE`] bytes of words, with no full stop
/// or other mark ending it, that opens with a letter (no list marker, no figure).
fn heading_line(line: &str) -> bool {
    let line = line.trim();
    line.len() <= SHORT_LINE
        && line.starts_with(|c: char| c.is_alphabetic())
        && !line.ends_with(['.', '!', '?', '…', ':', ';', ',', '"', '”', ')'])
}

/// True when `sentence` ends as a sentence of prose does: with a full stop, a question or
/// exclamation mark or an ellipsis, before any closing quotes or brackets.
pub fn prose(sentence: &str) -> bool {
    sentence
        .trim_end()
        .trim_end_matches(['"', '”', '’', '\'', ')', ']'])
        .ends_with(['.', '!', '?', '…'])
}

/// The paragraph holding byte `at`: the text between the blank lines around it, at most
/// [`PARAGRAPH_REACH`] bytes either side; with the paragraph before when it opens by pointing
/// back at that one ([`refers_back`]); with its caption after it when it is a figure alone (a
/// stat card, [`stat_card`]); from the lead-in ending with a colon when it is a list (see
/// [`is_list`]).
pub fn paragraph(text: &str, at: usize) -> Range<usize> {
    paragraph_by(text, at, block)
}

/// [`paragraph`], with `block` finding the text between blank lines.
fn paragraph_by(
    text: &str,
    at: usize,
    block: impl Fn(&str, usize) -> Range<usize>,
) -> Range<usize> {
    let own = block(text, at);
    if let Some(caption) = caption_after_by(text, &own, &block) {
        return own.start..caption.end;
    }
    let floor = floor_boundary(text, at.saturating_sub(PARAGRAPH_REACH));
    if let Some(lead) = lead_in_by(text, &own, &block) {
        return lead.start.max(floor)..own.end;
    }
    if own.start == 0 || !refers_back(text, own.start) {
        return own;
    }
    let end_before = end_before(text, own.start);
    if end_before <= floor {
        return own;
    }
    block(text, end_before).start.max(floor)..own.end
}

/// True when every line of `paragraph` is a list item (`- 25% are children`, `2) Chad`), or
/// one whose marker the Markdown reader blanked (two spaces or more before it).
pub fn is_list(paragraph: &str) -> bool {
    let item = |line: &str| line.starts_with("  ") || bullet_len(line).is_some();
    // Most paragraphs open with no marker: settled by their first bytes.
    item(paragraph.trim_start_matches(['\n', '\r']))
        && paragraph
            .lines()
            .filter(|line| !line.trim().is_empty())
            .all(item)
}

/// True when `paragraph` is a list item set without a marker: one short line that opens with a
/// digit and ends with no full stop (`28 million are in forced labour`).
fn bare_item(paragraph: &str) -> bool {
    let p = paragraph.trim();
    p.len() <= 80
        && p.starts_with(|c: char| c.is_ascii_digit())
        && !p.contains('\n')
        && !p.ends_with(['.', '!', '?'])
}

/// The paragraph ending with a colon that the list `own` hangs from (`Of the 40.3 million
/// people in modern slavery:` above `- 25% are children`), when `own` is a paragraph of list
/// items, with only other such paragraphs between (a list set out a paragraph an item), at
/// most a dozen.
fn lead_in_by(
    text: &str,
    own: &Range<usize>,
    block: &impl Fn(&str, usize) -> Range<usize>,
) -> Option<Range<usize>> {
    let listed = |range: &Range<usize>| {
        text.get(range.clone())
            .is_some_and(|p| is_list(p) || bare_item(p))
    };
    // Most paragraphs are no list: settled by their first bytes.
    if !listed(own) {
        return None;
    }
    let mut at = own.start;
    for _ in 0..12 {
        let end = end_before(text, at);
        if end == 0 {
            return None;
        }
        let before = block(text, end - 1);
        if before.start >= at {
            return None;
        }
        let lead = text.get(before.clone())?.trim_end();
        // (A comma leads in only to items with no marker: `Of the 50 million people in modern
        // slavery,` above `12 million are children`.)
        if lead.ends_with(':') || (lead.ends_with(',') && bare_item(text.get(own.clone())?)) {
            return Some(before);
        }
        if !listed(&before) {
            return None;
        }
        at = before.start;
    }
    None
}

/// The caption of the stat card `own` (a paragraph that is a figure alone): the paragraph after
/// it, when that one is prose.
pub fn caption_after(text: &str, own: &Range<usize>) -> Option<Range<usize>> {
    caption_after_by(text, own, block)
}

/// [`caption_after`], with `block` finding the text between blank lines.
fn caption_after_by(
    text: &str,
    own: &Range<usize>,
    block: impl Fn(&str, usize) -> Range<usize>,
) -> Option<Range<usize>> {
    if !stat_card(text.get(own.clone())?) {
        return None;
    }
    let next = start_after(text, own.end);
    if next >= text.len() {
        return None;
    }
    let caption = block(text, next);
    prose(text.get(caption.clone())?).then_some(caption)
}

/// Where the text after byte `end` goes on: its first character that is not white space (the
/// length of `text` when there is none).
pub fn start_after(text: &str, end: usize) -> usize {
    let rest = text.get(end..).unwrap_or("");
    end + (rest.len() - rest.trim_start().len())
}

/// Where the paragraph before the one that opens at `start` ends: at the last character before
/// the blank line (0 when there is none).
pub fn end_before(text: &str, start: usize) -> usize {
    text.get(..start)
        .unwrap_or("")
        .trim_end_matches(['\n', ' ', '\t', '\r'])
        .len()
}

/// The text between the blank lines around byte `at`, at most [`PARAGRAPH_REACH`] bytes
/// either side of it.
pub fn block(text: &str, at: usize) -> Range<usize> {
    let at = at.min(text.len());
    let floor = floor_boundary(text, at.saturating_sub(PARAGRAPH_REACH));
    let ceiling = floor_boundary(text, (at + PARAGRAPH_REACH).min(text.len()));
    // A `\n` byte is always the character `\n` in UTF-8.
    let before = text.get(floor..at).unwrap_or("").as_bytes();
    let from = memchr::memrchr_iter(b'\n', before)
        .map(|i| floor + i + 1)
        .find(|&i| paragraph_break_before(text, i))
        .unwrap_or(floor);
    let after = text.get(at..ceiling).unwrap_or("").as_bytes();
    let to = memchr::memchr_iter(b'\n', after)
        .map(|i| at + i)
        .find(|&i| paragraph_break_before(text, i + 1))
        .unwrap_or(ceiling);
    let para = text.get(from..to).unwrap_or("");
    let trail = para.len() - para.trim_end().len();
    from..to - trail
}

/// Where the blank lines of one text end (the byte after each one's `\n`), in order: the
/// text's [`block`]s and [`paragraph`]s found by a binary search instead of reading the bytes
/// around each.
#[derive(Debug, Default, Clone)]
pub struct BlankLines {
    /// The bytes `i` after a `\n` for which [`paragraph_break_before`] holds, in order.
    ends: Vec<usize>,
}

impl BlankLines {
    /// The blank lines of `text`.
    pub fn new(text: &str) -> BlankLines {
        let bytes = text.as_bytes();
        // Room for a paragraph every hundred bytes: most texts never grow it.
        let mut ends = Vec::with_capacity(bytes.len() / 100 + 8);
        let mut line_start = None;
        for nl in memchr::memchr_iter(b'\n', bytes) {
            // A line of spaces, tabs and carriage returns only, after another line.
            if let Some(start) = line_start
                && bytes
                    .get(start..nl)
                    .is_some_and(|line| line.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r')))
            {
                ends.push(nl + 1);
            } else if line_start.unwrap_or(0) + PARAGRAPH_LINE <= nl
                && long_line_before(text, nl + 1)
            {
                ends.push(nl + 1);
            }
            line_start = Some(nl + 1);
        }
        BlankLines { ends }
    }

    /// [`block`] of the text these are the blank lines of.
    pub fn block(&self, text: &str, at: usize) -> Range<usize> {
        let at = at.min(text.len());
        let floor = floor_boundary(text, at.saturating_sub(PARAGRAPH_REACH));
        let ceiling = floor_boundary(text, (at + PARAGRAPH_REACH).min(text.len()));
        // (`block` reads nothing around a byte inside a character.)
        let (from, to) = if text.is_char_boundary(at) {
            let k = self.ends.partition_point(|&end| end <= at);
            let from = k
                .checked_sub(1)
                .and_then(|j| self.ends.get(j))
                .copied()
                .filter(|&end| end > floor)
                .unwrap_or(floor);
            let to = self
                .ends
                .get(k)
                .copied()
                .filter(|&end| end <= ceiling)
                .map_or(ceiling, |end| end - 1);
            (from, to)
        } else {
            (floor, ceiling)
        };
        let para = text.get(from..to).unwrap_or("");
        let trail = para.len() - para.trim_end().len();
        from..to - trail
    }

    /// [`paragraph`] of the text these are the blank lines of.
    pub fn paragraph(&self, text: &str, at: usize) -> Range<usize> {
        paragraph_by(text, at, |text, at| self.block(text, at))
    }
}

/// The largest char boundary at or before `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_is_found_above_the_lines_of_its_paragraph_and_no_further() {
        let text = "Trafficking in Europe\nRead the Commission report.\nWorldwide\nSome 21 million are in forced labour.\n";
        let at = text.find("Some").unwrap();
        let heading = heading_above(text, at).unwrap();
        assert_eq!(&text[heading], "Worldwide");
        // Past a blank line, to the heading above it.
        let spaced = "Around the world\n\nSome 21 million are in forced labour.";
        let at = spaced.find("Some").unwrap();
        assert_eq!(
            &spaced[heading_above(spaced, at).unwrap()],
            "Around the world"
        );
        // A line of prose after a blank line ends the search; so does the text's start.
        let prose = "Worldwide\nThe ILO counts them.\n\nSome 21 million are in forced labour.";
        assert_eq!(heading_above(prose, prose.find("Some").unwrap()), None);
        assert_eq!(heading_above(text, 0), None);
        // A line ending with a colon leads a list in; a line opening with a figure is an item.
        for line in ["The figures:", "28 million in forced labour"] {
            let text = format!("{line}\nSome 21 million are in forced labour.");
            assert_eq!(heading_above(&text, text.find("Some").unwrap()), None);
        }
    }

    #[test]
    fn sentences_run_together_without_spaces_still_end_at_their_stops() {
        let text = "An NGO has rescued victims in South Africa.Her group works at sea.\
                    \"It is fear,\" she said.The foundation estimated 45.8 million people.";
        let at = text.find("45.8").unwrap();
        let own = text.find("The foundation").unwrap()..text.len();
        assert_eq!(around(text, at, at + 4), own);
        let at = text.find("victims").unwrap();
        assert_eq!(around(text, at, at + 7), 0..text.find("Her").unwrap());
        // Initials, an abbreviation and a domain name go on.
        for text in [
            "The U.S.Department counted 12 people.",
            "Data (e.g.The ILO's) show 12 people.",
            "See www.ILO.org for 12 people.",
        ] {
            let at = text.find("12").unwrap();
            assert_eq!(around(text, at, at + 2), 0..text.len(), "{text}");
        }
    }

    #[test]
    fn a_list_item_is_read_with_the_lead_in_it_hangs_from() {
        let text = "Prose first.\n\nOf the 40.3 million people in modern slavery:\n\n\
                    - 25% are children\n- 71% are women and girls\n\nAfter.";
        let lead = text.find("Of the").unwrap();
        let end = text.find("\n\nAfter").unwrap();
        assert_eq!(paragraph(text, text.find("71%").unwrap()), lead..end);
        // Markdown blanks the markers; a list set a paragraph an item reaches back over the
        // items before.
        let blanked = text
            .replace("- ", "  ")
            .replace("children\n", "children\n\n");
        let end = blanked.find("\n\nAfter").unwrap();
        assert_eq!(paragraph(&blanked, blanked.find("71%").unwrap()), lead..end);
        // Prose under a line ending with a colon is a paragraph of its own.
        let text = "He said:\n\nIt was 25% more.";
        let own = text.find("It").unwrap()..text.len();
        assert_eq!(paragraph(text, text.find("25").unwrap()), own);
    }

    #[test]
    fn a_short_heading_line_between_paragraphs_is_a_sentence_of_its_own() {
        let text = "Profits rose.\nNearly 28 million forced labourers\nThe ILO defines it as follows:\nIt is work.";
        let at = text.find("28").unwrap();
        assert_eq!(
            &text[around(text, at, at + 2)],
            "Nearly 28 million forced labourers"
        );
        // A line wrapped mid-sentence, or one after a line with no stop, is no heading.
        let wrapped = "In all 28 million people\nare in forced labour.";
        let at = wrapped.find("28").unwrap();
        assert_eq!(&wrapped[around(wrapped, at, at + 2)], wrapped);
        let run_on = "and the figures for the year\nNearly 28 million\nThe rest.";
        let at = run_on.find("28").unwrap();
        assert_eq!(&run_on[around(run_on, at, at + 2)], run_on);
        // Text set one paragraph to a line: a caption with no stop is not the story's start.
        let story = "Marchers at a rally. Police recorded a rise in offences in England\n\
                     More than 40 million people are in modern slavery, the agency says, two \
                     centuries after the trade was abolished in the British Empire's colonies.";
        let at = story.find("40").unwrap();
        assert!(&story[around(story, at, at + 2)].starts_with("More than 40"));
    }

    #[test]
    fn short_statements_set_one_to_a_line_with_no_stops_are_sentences_of_their_own() {
        let list = "Facts in brief\nSome 50 million people live in modern slavery\n\
                    Trafficking earns criminals about $150 billion each year\n\
                    The most common form is forced labour\nOne in four victims is a child";
        assert_eq!(
            sentence_of(list, "$150 billion"),
            "Trafficking earns criminals about $150 billion each year"
        );
        assert_eq!(
            sentence_of(list, "50 million"),
            "Some 50 million people live in modern slavery"
        );
        // Hard-wrapped prose: a line ending on `the`, a line in lower case or one holding a stop
        // goes on with the next.
        let wrapped = "Trafficking earns criminals about $150 billion, says the\nInternational Labour Organization\nToday it is a global trade";
        let at = wrapped.find('\n').unwrap();
        assert!(!statement_lines(wrapped, at));
        let lower =
            "Trafficking earns criminals about $150 billion\nevery year worldwide\nIt grows";
        assert_eq!(sentence_of(lower, "$150 billion"), lower);
        // Page furniture (a section, a byline) is no statement.
        let byline = "News | World\nPolice free 12 victims in Lagos\nBy A Writer · May 1, 2025";
        for (at, _) in byline.match_indices('\n') {
            assert!(!statement_lines(byline, at));
        }
        // Lines with no number on either side of the break (a section, a headline, a byline)
        // go on with the next.
        let top = "01/06/2025, 17.26\nWORLD\nShare this story\nChild labour falls in Asia\nby A Writer\nA drop of 22 million child workers was seen in four years.";
        for (at, _) in top.match_indices('\n') {
            assert!(!statement_lines(top, at), "{at}");
        }
    }

    #[test]
    fn a_pronoun_subject_of_a_verb_of_share_points_back() {
        for yes in [
            "They now account for 38% of detected victims.",
            "In 2022, they accounted for roughly 61 percent of all cases.",
            "“These make up 22 per cent.",
            "Those were 45% of the total.",
        ] {
            assert!(pronoun_subject(yes), "{yes}");
        }
        for no in [
            "They said 38% of the victims were children.",
            "These figures represent 38% of all cases.",
            "Children account for 38% of detected victims.",
            "Police in the northern district of the province, they say, found 12 people.",
        ] {
            assert!(!pronoun_subject(no), "{no}");
        }
    }

    #[test]
    fn a_short_lead_is_at_most_four_words_before_a_comma_with_no_stop() {
        for (head, rest) in [
            ("In 2022, they did.", Some("they did.")),
            ("By the end of,  they did.", Some("they did.")),
            ("By the end of 2022, they did.", None),
            ("In Jan. 2022, they did.", None),
            ("They did, in the end.", Some("in the end.")),
            ("No comma at all", None),
            (", they did", Some("they did")),
        ] {
            assert_eq!(after_short_lead(head), rest, "{head}");
        }
    }

    #[test]
    fn the_word_before_a_stop_is_read_over_any_characters() {
        // (text, whether the stop after `Dr` ends a sentence)
        for (text, ends) in [
            ("He met Dr. Khan", false),
            ("café. Dr. Khan", false),
            ("—Dr. Khan", false),
            ("éDr. Khan", true),
            ("Dr. Khan", false),
            ("2024.Dr. Khan", true),
            ("A. Khan", false),
            ("É. Khan", true),
        ] {
            let dot = text.rfind(". Khan").unwrap();
            assert_eq!(ends_sentence(text, dot), ends, "{text}");
        }
    }

    fn sentence_of<'a>(text: &'a str, needle: &str) -> &'a str {
        let at = text.find(needle).unwrap();
        &text[around(text, at, at + needle.len())]
    }

    #[test]
    fn abbreviations_in_any_case_and_the_longest_fits() {
        assert!(is_abbreviation("Dr") && is_abbreviation("APPROX") && is_abbreviation("u.s"));
        assert!(!is_abbreviation("Drs") && !is_abbreviation("approxi") && !is_abbreviation(""));
        assert_eq!(
            ABBREVIATIONS.iter().map(|a| a.len()).max(),
            Some(LONGEST_ABBREVIATION)
        );
    }

    #[test]
    fn stops_are_found_in_order_and_in_reverse() {
        let text = "a. b! c… d?\ne";
        let forward: Vec<(usize, char)> = stops(text, false).collect();
        assert_eq!(
            forward,
            [(1, '.'), (4, '!'), (7, '…'), (12, '?'), (13, '\n')]
        );
        let mut backward: Vec<(usize, char)> = stops(text, true).collect();
        backward.reverse();
        assert_eq!(backward, forward);
        // Runs of the rarer stops, at either end, and none of the others.
        for text in ["!?a.!!b?", "?.", "!", "a?b!", ".\n", "", "x"] {
            let forward: Vec<(usize, char)> = stops(text, false).collect();
            let expected: Vec<(usize, char)> = text
                .char_indices()
                .filter(|&(_, c)| matches!(c, '.' | '!' | '?' | '\n'))
                .collect();
            assert_eq!(forward, expected, "{text}");
            let mut backward: Vec<(usize, char)> = stops(text, true).collect();
            backward.reverse();
            assert_eq!(backward, expected, "{text}");
        }
    }

    #[test]
    fn stops_at_full_stops_but_not_decimals_or_abbreviations() {
        let text = "First one. Dr. Khan said 3.3 million in the U.S. are affected. Last one.";
        assert_eq!(
            sentence_of(text, "3.3 million"),
            "Dr. Khan said 3.3 million in the U.S. are affected."
        );
        let text =
            "See No. 7 of the list. Gen. Ali said 40 per cent, i.e. two in five, were girls.";
        assert_eq!(
            sentence_of(text, "40 per cent"),
            "Gen. Ali said 40 per cent, i.e. two in five, were girls."
        );
    }

    #[test]
    fn an_ellipsis_ends_a_sentence_without_splitting_its_bytes() {
        let text = "Some 4 million were counted … Then 12 million more were found in the survey…";
        assert_eq!(
            sentence_of(text, "12 million"),
            "Then 12 million more were found in the survey…"
        );
        let text = "A report for the world day … 138 million children were in work.";
        assert_eq!(
            sentence_of(text, "138 million"),
            "138 million children were in work."
        );
    }

    #[test]
    fn a_lower_case_word_after_a_stop_continues_the_sentence() {
        let text = "An estimated 1.3 million go missing in the U.S. An estimated 33,000 stay so.";
        assert_eq!(
            sentence_of(text, "1.3 million"),
            "An estimated 1.3 million go missing in the U.S."
        );
        let text = "The U.S. State Dept. report said about 27.6 million etc. were affected. Next.";
        assert_eq!(
            sentence_of(text, "27.6"),
            "The U.S. State Dept. report said about 27.6 million etc. were affected."
        );
    }

    #[test]
    fn a_restating_opening_is_told_from_one_that_takes_a_part() {
        // The first-letter shortcut of `restates_before` holds for every restating opening.
        for opening in BACK_REFERENCES {
            if !opening.starts_with("of ") && !opening.starts_with("among ") {
                assert!(opening.starts_with('t'), "{opening}");
            }
        }
        assert!(restates_before("That is a 37% rise, or $64 billion.", 0));
        assert!(restates_before("“This represents a record.", 0));
        assert!(!restates_before("Of those, 6.3 million were children.", 0));
        assert!(!restates_before("Thatcher said 40 were freed.", 0));
        assert!(restates_before("The total is down from 160 million.", 0));
        assert!(!restates_before("The totals differ by region.", 0));
        // A change set against the one before, and a place pointing back at the one named.
        assert!(compares_change(
            "UNODC recorded sharper falls in South Asia (56 per cent)."
        ));
        assert!(!compares_change(
            "Falls were sharp in South Asia (56 per cent)."
        ));
        assert!(points_to_region("The region is home to 87 million."));
        assert!(points_to_region(
            "According to the report, the region's total is 87 million."
        ));
        assert!(!points_to_region("The regional office counted 87 cases."));
    }

    #[test]
    fn a_comparative_of_change_is_more_less_or_an_er_form_and_the_practice_points_back() {
        assert!(compares_change(
            "UNODC registered more decreases in South Asia (56 per cent)."
        ));
        assert!(compares_change("It saw sharper falls in South Asia."));
        assert!(!compares_change("It saw other falls in South Asia."));
        assert!(!compares_change("Falls were recorded in South Asia."));
        assert!(points_to_practice(
            "21 million people are victims of the practice."
        ));
        assert!(!points_to_practice("It is common practice."));
    }

    #[test]
    fn a_paragraph_that_points_back_takes_in_the_one_before() {
        let text = "Zero.\n\nOne 50.\n\nOf these, 12 are new.\n\nThe rest 3.";
        let at = text.find("12").unwrap();
        assert_eq!(
            &text[paragraph(text, at)],
            "One 50.\n\nOf these, 12 are new."
        );
        let at = text.find('3').unwrap();
        assert_eq!(&text[paragraph(text, at)], "The rest 3.");
        assert!(refers_back("“That is 37% more.", 0));
        assert!(refers_back("Among them, 4", 0));
        assert!(!refers_back("Thereafter 4", 0));
        assert!(!refers_back("That isn't so", 0));
        // A fragment finishing the sentence before it.
        assert!(refers_back("50 million to be exact.\n\nNext.", 0));
        assert!(refers_back("“40 million, at least.", 0));
        assert!(refers_back("Nearly 28 million, at last count.", 0));
        // A line stating something of its own, a stat card, a long line: none.
        for own in [
            "50 million were freed.",
            "12 arrested.",
            "40.3 million",
            "2019 was a record year for the hotline and its staff.",
            "50 million to be exact\nand more.",
            "Overall 12 states.",
        ] {
            assert!(!refers_back(own, 0), "{own}");
        }
    }

    #[test]
    fn a_short_line_is_the_text_before_the_blank_line_trimmed() {
        // What `head.split("\n\n").next().trim_end()` gives, when one line of 60 bytes at most.
        let cases = [
            (
                "50 million to be exact.\n\nNext.",
                Some("50 million to be exact."),
            ),
            ("50 million.  \n \t \n\nNext.", Some("50 million.")),
            ("50 million.\n  \n", Some("50 million.")),
            ("50 million.\n\n\nNext.", Some("50 million.")),
            ("50 million\nand more.", None),
            ("", Some("")),
            (" \n\nNext.", Some("")),
        ];
        for (head, line) in cases {
            assert_eq!(short_line(head), line, "{head:?}");
        }
        let long = format!("{}.", "9".repeat(59));
        assert_eq!(short_line(&long), Some(long.as_str()));
        let too_long = format!("{}é.", "9".repeat(59));
        assert_eq!(short_line(&too_long), None);
        // Nothing past the 61st byte or the second line is read: a list without blank lines.
        let list = "12 cases (4%).\n- 13 cases.\n".repeat(100_000);
        assert_eq!(short_line(&list), None);
    }

    #[test]
    fn stops_at_blank_lines_and_quotes() {
        let text = "A headline with 38%\n\n“It rose 5%.” Then more.";
        assert_eq!(sentence_of(text, "38%"), "A headline with 38%");
        assert_eq!(sentence_of(text, "5%"), "“It rose 5%.”");
        let text = "She said: “Children are 38% of victims!” Then she left.";
        assert_eq!(
            sentence_of(text, "38%"),
            "She said: “Children are 38% of victims!”"
        );
    }

    #[test]
    fn list_items_are_sentences_without_their_markers() {
        let text = "Key figures:\n- 38% of detected victims are children\n- 61% are women and girls\n* 156 countries\n1. 3.3 million children\n";
        assert_eq!(
            sentence_of(text, "38%"),
            "38% of detected victims are children"
        );
        assert_eq!(sentence_of(text, "61%"), "61% are women and girls");
        assert_eq!(sentence_of(text, "156"), "156 countries");
        assert_eq!(sentence_of(text, "3.3 million"), "3.3 million children");
    }

    #[test]
    fn an_ellipsis_ends_a_sentence_unless_a_lower_case_word_follows() {
        let text = "It is rising… Then 38% of victims were children.";
        assert_eq!(
            sentence_of(text, "38%"),
            "Then 38% of victims were children."
        );
        let text = "It is rising… and 38% of victims were children.";
        assert_eq!(sentence_of(text, "38%"), text);
    }

    #[test]
    fn hard_wrapped_lines_stay_one_sentence() {
        let text = "Children make up 38 per cent of\nthe victims detected in 2022.";
        assert_eq!(sentence_of(text, "38 per cent"), text);
    }

    #[test]
    fn text_without_stops_is_cut_into_bounded_sentences() {
        let text = format!(
            "{} 38% of victims {}",
            "word ".repeat(1000),
            "word ".repeat(1000)
        );
        let at = text.find("38%").unwrap();
        let r = around(&text, at, at + 3);
        assert!(r.len() <= 2 * SENTENCE_REACH + 3, "{}", r.len());
        assert!(r.contains(&at));
    }

    #[test]
    fn blank_lines_find_what_reading_the_bytes_finds() {
        let texts = [
            "One. Two 38%.\nThree.\n\nThe rest 3.",
            "\n\nA\n \t\r\nB\n\n\n  C 40.3\n\n\nD.\r\n\r\nE “é” ü\n \n",
            "40.3 million\n\nPeople in forced labour.\n\nThey account for 38%.",
            "",
            "\n",
            " \n\n",
        ];
        let long = "Word é. ".repeat(400) + "\n\n" + &"ü 12%.\n".repeat(300) + "\n \nEnd.";
        let lines = "Sentence of a long paragraph set on one line é. ".repeat(4) + "\n";
        let lines = lines.repeat(5) + "Short line.\nAnother 3%.\n" + &lines;
        for text in texts.iter().copied().chain([long.as_str(), lines.as_str()]) {
            let blanks = BlankLines::new(text);
            for at in 0..=text.len() + 2 {
                assert_eq!(blanks.block(text, at), block(text, at), "{text:?} {at}");
                if text.is_char_boundary(at.min(text.len())) {
                    assert_eq!(
                        blanks.paragraph(text, at),
                        paragraph(text, at),
                        "{text:?} {at}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_long_line_that_ends_a_sentence_ends_its_paragraph() {
        let one = "In Canada, police counted 865 victims between 2009 and 2016, most of them women and girls, according to the figures the national statistics agency published.";
        let two = "Worldwide, the ILO estimated 40.3 million people in modern slavery in 2016.";
        let text = format!("{one}\n{two}\nIt went on.");
        let at = text.find("40.3").unwrap();
        assert_eq!(&text[paragraph(&text, at)], format!("{two}\nIt went on."));
        // A hard-wrapped paragraph's lines are shorter: they stay one paragraph.
        let text =
            "Police counted 865 victims between 2009\nand 2016. The ILO estimated 40.3 million.";
        let at = text.find("40.3").unwrap();
        assert_eq!(&text[paragraph(text, at)], text);
    }

    #[test]
    fn paragraphs_end_at_blank_lines() {
        let text = "Title\n\nOne. Two 38%.\nThree.\n\nNext.";
        let at = text.find("38%").unwrap();
        assert_eq!(&text[paragraph(text, at)], "One. Two 38%.\nThree.");
    }
}
