//! A tokenizer for one neighbourhood of prose: numbers, words, links and single marks, with byte
//! spans into the whole text and the words lower-cased once.

use super::words::{self, Word};
use std::ops::Range;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Digits, with any separators and decimal point inside (`17,828`, `3.3`, `1,00,000`, `40 000`).
    Number,
    /// Letters, with apostrophes inside (`UNODC’s`).
    Word,
    /// A web address or an e-mail address, whole.
    Link,
    /// Any other single character that is not white space.
    Punct,
}

/// One token: its kind, byte span in the text, and its lower-cased form for words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// What the token is made of.
    pub kind: TokenKind,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// Where the lower-cased word sits in the tokens' buffer (empty for other kinds).
    low: (u32, u32),
    /// The word's id in the vocabulary (0 for unknown words and other kinds).
    word: u16,
    /// True when the token touches the one before it (no space between).
    pub glued: bool,
    /// The character of a single mark (`'\0'` for other kinds).
    pub mark: char,
}

/// The tokens of one neighbourhood and the lower-cased words they point into.
#[derive(Debug, Default)]
pub struct Tokens {
    /// The tokens, in order.
    pub list: Vec<Token>,
    /// The neighbourhood lower-cased, then the lower-cased forms of words outside ASCII.
    lower: String,
    /// Byte offset of the neighbourhood in the text.
    base: usize,
}

impl Tokens {
    /// The lower-cased word of token `i` of `text` (the text the tokens were filled from), or
    /// `""` for anything else.
    pub fn lower<'a>(&'a self, _text: &'a str, i: usize) -> &'a str {
        match self.list.get(i) {
            Some(t) => self
                .lower
                .get(t.low.0 as usize..t.low.1 as usize)
                .unwrap_or(""),
            None => "",
        }
    }

    /// The vocabulary entry of token `i` (the empty entry for unknown words and other kinds).
    pub fn word(&self, i: usize) -> &'static Word {
        words::get(self.list.get(i).map_or(0, |t| t.word))
    }

    /// Splits `text[range]` into tokens, replacing what was there; white space separates tokens.
    ///
    /// `range` must start and end on character boundaries.
    pub fn fill(&mut self, text: &str, range: Range<usize>) {
        self.list.clear();
        self.lower.clear();
        // The text up to the end of the neighbourhood: nothing past it is read.
        let (Some(hood), Some(bytes)) = (text.get(range.clone()), text.as_bytes().get(..range.end))
        else {
            return;
        };
        // The whole neighbourhood lower-cased at once: a word of ASCII letters finds its
        // lower-cased form at the same offset; other words append theirs after it.
        // Room for every token (one byte or more with the space after it, five on average in
        // prose) and for the lower-cased words outside ASCII, so neither grows token by token.
        self.list.reserve(hood.len() / 4 + 8);
        self.lower.reserve(hood.len() + hood.len() / 8);
        self.lower.push_str(hood);
        self.lower.make_ascii_lowercase();
        self.base = range.start;
        let end = range.end;
        let mut i = range.start;
        // Where the current run of non-space text began, and the tokens it has so far: a web or
        // e-mail address is recognised when a `:`, `@`, `/` or `www.` shows up in it, and then
        // replaces them.
        let mut run = (range.start, 0usize, 0usize);
        let mut run_start = true;
        while let Some(here) = bytes.get(i..)
            && let Some(&b) = here.first()
        {
            if b < 0x80 {
                // The common case, one ASCII byte at a time.
                if b.is_ascii_whitespace() || b == 0x0B {
                    i += 1;
                    run_start = true;
                    continue;
                }
                if run_start {
                    run = (i, self.list.len(), self.lower.len());
                    run_start = false;
                }
                if b.is_ascii_alphabetic() {
                    let j = i + letters_len(bytes, i);
                    if bytes.get(j).is_some_and(|&c| c >= 0x80 || c == b'\'') {
                        // An apostrophe or a letter outside ASCII may continue the word.
                        let word_end = word_end(text, i, end);
                        self.push_word(text, i, word_end);
                        i = word_end;
                    } else {
                        self.push_ascii_word(text, i, j);
                        i = j;
                    }
                    continue;
                }
                // (Not after an ellipsis or a closing bracket: `Since...2020`, `(Region).2`.)
                let leading_point = b == b'.'
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                    && !i
                        .checked_sub(1)
                        .and_then(|p| bytes.get(p))
                        .is_some_and(|&p| {
                            p.is_ascii_alphanumeric() || matches!(p, b'.' | b')' | b']')
                        });
                if b.is_ascii_digit() || leading_point {
                    let n = number_len(here, stands_alone(bytes, i));
                    let n = comma_space_group(bytes.get(..i).unwrap_or_default(), here, n);
                    self.push(TokenKind::Number, i, i + n);
                    i += n;
                    continue;
                }
                let may_link = matches!(b, b':' | b'@' | b'/')
                    || (b == b'.'
                        && i == run.0 + 3
                        && bytes
                            .get(run.0..i)
                            .is_some_and(|w| w.eq_ignore_ascii_case(b"www")));
                // An address ends after this mark, or it is not one: a mark the address left out
                // (the colon of "x@y.com: now") is read as a mark, never as the address again.
                if may_link && let Some(link_end) = link_end(bytes, run.0, end).filter(|&e| e > i) {
                    self.list.truncate(run.1);
                    self.lower.truncate(run.2);
                    self.push(TokenKind::Link, run.0, link_end);
                    i = link_end;
                    continue;
                }
                self.push_mark(TokenKind::Punct, i, i + 1, char::from(b));
                i += 1;
                continue;
            }
            if let Some(n) = space_len(here) {
                i += n;
                run_start = true;
                continue;
            }
            if run_start {
                run = (i, self.list.len(), self.lower.len());
                run_start = false;
            }
            if digit_len(here) > 0 {
                let n = number_len(here, stands_alone(bytes, i));
                let n = comma_space_group(bytes.get(..i).unwrap_or_default(), here, n);
                self.push(TokenKind::Number, i, i + n);
                i += n;
                continue;
            }
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            if c.is_alphabetic() {
                let word_end = word_end(text, i, end);
                self.push_word(text, i, word_end);
                i = word_end;
            } else {
                self.push_mark(TokenKind::Punct, i, i + c.len_utf8(), c);
                i += c.len_utf8();
            }
        }
    }

    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        self.push_mark(kind, start, end, '\0');
    }

    fn push_mark(&mut self, kind: TokenKind, start: usize, end: usize, mark: char) {
        let at = self.lower.len() as u32;
        let glued = self.list.last().is_some_and(|p| p.end == start);
        self.list.push(Token {
            kind,
            start,
            end,
            low: (at, at),
            word: 0,
            glued,
            mark,
        });
    }

    /// Pushes a word of ASCII letters only.
    fn push_ascii_word(&mut self, text: &str, start: usize, end: usize) {
        let low = if end - start <= 40 {
            ((start - self.base) as u32, (end - self.base) as u32)
        } else {
            (0, 0)
        };
        let word = words::ascii_id(text.as_bytes(), start, end);
        let glued = self.list.last().is_some_and(|p| p.end == start);
        self.list.push(Token {
            kind: TokenKind::Word,
            start,
            end,
            low,
            word,
            glued,
            mark: '\0',
        });
    }

    fn push_word(&mut self, text: &str, start: usize, end: usize) {
        let from = self.lower.len();
        let word = text.get(start..end).unwrap_or_default();
        if word.len() <= 40 {
            if word.is_ascii() {
                self.lower.push_str(word);
                if let Some(pushed) = self.lower.get_mut(from..) {
                    pushed.make_ascii_lowercase();
                }
            } else {
                for c in word.chars() {
                    let c = if c == '’' { '\'' } else { c };
                    self.lower.extend(c.to_lowercase());
                }
            }
        }
        let word = words::id(self.lower.get(from..).unwrap_or_default());
        let glued = self.list.last().is_some_and(|p| p.end == start);
        self.list.push(Token {
            kind: TokenKind::Word,
            start,
            end,
            low: (from as u32, self.lower.len() as u32),
            word,
            glued,
            mark: '\0',
        });
    }
}

/// Number of ASCII letters at `bytes[at..]`, eight bytes at a time where it can.
#[inline]
pub fn letters_len(bytes: &[u8], at: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let Some(from) = bytes.get(at..) else {
        return 0;
    };
    let mut rest = from;
    while let Some((chunk, after)) = rest.split_first_chunk::<8>() {
        let x = u64::from_le_bytes(*chunk);
        // Per byte, the high bit of `letter` is set when the byte is an ASCII letter: below
        // 0x80, and from `a` to `z` once lower-cased (no carry crosses a byte).
        let low = (x | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F;
        let at_least_a = low.wrapping_add(0x1F1F_1F1F_1F1F_1F1F) & HIGH;
        let past_z = low.wrapping_add(0x0505_0505_0505_0505) & HIGH;
        let letter = at_least_a & !past_z & !x & HIGH;
        let other = !letter & HIGH;
        if other != 0 {
            return from.len() - rest.len() + (other.trailing_zeros() / 8) as usize;
        }
        rest = after;
    }
    from.len() - rest.len() + rest.iter().take_while(|b| b.is_ascii_alphabetic()).count()
}

/// Length of the white space at the start of `bytes`: ASCII, no-break, thin and other Unicode spaces.
pub fn space_len(bytes: &[u8]) -> Option<usize> {
    match bytes {
        [b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C, ..] => Some(1),
        [0xC2, 0xA0, ..] => Some(2),
        [0xE2, 0x80, 0x80..=0x8B | 0xA8 | 0xA9 | 0xAF, ..] => Some(3),
        [0xE2, 0x81, 0x9F, ..] | [0xE3, 0x80, 0x80, ..] | [0xEF, 0xBB, 0xBF, ..] => Some(3),
        _ => None,
    }
}

/// Space characters that may separate groups of three digits: no-break, thin and narrow spaces.
fn group_space_len(bytes: &[u8]) -> Option<(usize, bool)> {
    match bytes {
        [b' ', ..] => Some((1, true)),
        [0xE2, 0x80, 0x89 | 0xAF | 0x88, ..] => Some((3, false)),
        [0xC2, 0xA0, ..] => Some((2, false)),
        _ => None,
    }
}

/// Length of the digit at the start of `bytes`: 1 for ASCII, 3 for a full-width digit, else 0.
pub fn digit_len(bytes: &[u8]) -> usize {
    match bytes {
        [b'0'..=b'9', ..] => 1,
        [0xEF, 0xBC, 0x90..=0x99, ..] => 3,
        _ => 0,
    }
}

/// The bytes from `at` on (none when `at` is past the end).
#[inline]
fn tail(bytes: &[u8], at: usize) -> &[u8] {
    bytes.get(at..).unwrap_or_default()
}

/// Number of digits and their byte length at the start of `bytes`.
fn digit_run(bytes: &[u8]) -> (usize, usize) {
    let (mut count, mut len) = (0, 0);
    loop {
        match digit_len(tail(bytes, len)) {
            0 => return (count, len),
            n => {
                count += 1;
                len += n;
            }
        }
    }
}

/// True when the number starting at `bytes[at]` begins a word of its own: no letter, digit or
/// `+` (a telephone number) right before it (`i7 860` is a model name, not `7 860`), and no
/// digit before the spaces before it (`0800 722 203` is a telephone number).
fn stands_alone(bytes: &[u8], at: usize) -> bool {
    let before = bytes.get(..at).unwrap_or_default();
    let glued = before
        .last()
        .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'+' || b >= 0x80);
    let after_digits = before
        .iter()
        .rev()
        .find(|&&b| b != b' ')
        .is_some_and(u8::is_ascii_digit);
    // (The month before is read only when a group of digits after a space could join.)
    let digits = bytes
        .get(at..)
        .unwrap_or_default()
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let spaced_group = bytes.get(at + digits) == Some(&b' ')
        && bytes.get(at + digits + 1).is_some_and(u8::is_ascii_digit);
    !(glued || after_digits || (spaced_group && after_month(before)))
}

/// True when `before` ends with a month's name and a space (`March `, `Sept. `): the number after
/// it is a day, which a group of digits after a space does not continue (`March 17 212 workers`).
fn after_month(before: &[u8]) -> bool {
    let Some(trimmed) = before.strip_suffix(b" ") else {
        return false;
    };
    let trimmed = trimmed.strip_suffix(b".").unwrap_or(trimmed);
    let start = trimmed
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    let word = trimmed.get(start..).unwrap_or_default();
    // A month's name is three to nine letters, lower-cased in place before it is looked up.
    let mut lower = [0u8; 9];
    let Some(slot) = lower.get_mut(..word.len()).filter(|_| word.len() >= 3) else {
        return false;
    };
    slot.copy_from_slice(word);
    slot.make_ascii_lowercase();
    std::str::from_utf8(slot).is_ok_and(|w| words::lookup(w).month().is_some())
}

/// The length of the number at the start of `here` (`n` as read so far), taking in a group of
/// thousands written after a comma and one space (`rescued 2, 748 victims`): a number of one to
/// three digits (no leading zero) after a lower-case word that names no month, a comma, one
/// space, exactly three digits, then a space and a lower-case word other than `and`, `or` or
/// `to` (never a list: `1, 2, 3`, `2, 748 and 900`).
fn comma_space_group(before: &[u8], here: &[u8], n: usize) -> usize {
    let Some((lead, rest)) = here.split_at_checked(n) else {
        return n;
    };
    let lead_ok = (1..=3).contains(&lead.len())
        && lead.iter().all(u8::is_ascii_digit)
        && lead.first() != Some(&b'0');
    let Some(rest) = rest.strip_prefix(b", ") else {
        return n;
    };
    let group = rest
        .get(..3)
        .is_some_and(|g| g.iter().all(u8::is_ascii_digit));
    let Some(next) = rest.get(3..).and_then(|r| r.strip_prefix(b" ")) else {
        return n;
    };
    let word_len = next.iter().take_while(|b| b.is_ascii_lowercase()).count();
    let word = next.get(..word_len).unwrap_or_default();
    let word_ok = word_len > 0 && !matches!(word, b"and" | b"or" | b"to");
    let prev_ok = before
        .strip_suffix(b" ")
        .is_some_and(|b| b.last().is_some_and(u8::is_ascii_lowercase) && !after_month(before));
    if lead_ok && group && word_ok && prev_ok {
        n + 5
    } else {
        n
    }
}

/// Length of a number starting at `bytes[0]` (a digit, or a point before a digit); `alone` when
/// nothing is glued before it, so that groups set apart by ordinary spaces may join it.
fn number_len(bytes: &[u8], alone: bool) -> usize {
    let (mut group_digits, mut i) = digit_run(bytes);
    let mut spaced_groups = 0;
    let mut exponent = false;
    loop {
        match bytes.get(i) {
            Some(b',' | b'.') if digit_len(tail(bytes, i + 1)) > 0 => {
                let (count, len) = digit_run(tail(bytes, i + 1));
                i += 1 + len;
                group_digits = count;
                continue;
            }
            // A comma decoded the wrong way (`45‚8 million`; see `number::LOW_QUOTE`).
            Some(0xE2)
                if bytes.get(i + 1..i + 3) == Some(&[0x80, 0x9A])
                    && digit_len(tail(bytes, i + 3)) > 0 =>
            {
                let (count, len) = digit_run(tail(bytes, i + 3));
                i += 3 + len;
                group_digits = count;
                continue;
            }
            Some(b'e' | b'E') if !exponent && i > 0 => {
                let sign = matches!(bytes.get(i + 1), Some(b'+' | b'-')) as usize;
                let (count, len) = digit_run(tail(bytes, i + 1 + sign));
                let after = i + 1 + sign + len;
                let letter_after = bytes.get(after).is_some_and(|b| b.is_ascii_alphabetic());
                if count > 0 && count <= 3 && !letter_after {
                    exponent = true;
                    i = after;
                    continue;
                }
                return i;
            }
            _ => {}
        }
        match group_space_len(tail(bytes, i)) {
            Some((sep, ascii)) if group_digits <= 3 && !exponent => {
                let (count, len) = digit_run(tail(bytes, i + sep));
                let after = i + sep + len;
                // After groups set apart by ordinary spaces a decimal point or comma makes the
                // reading doubtful (`12 345.6`); after thin or no-break spaces it is the decimal
                // part (`1 234 567.89`).
                let ends = !ascii
                    || !matches!(bytes.get(after), Some(b',' | b'.'))
                    || digit_len(tail(bytes, after + 1)) == 0;
                if count != 3 || !ends {
                    return i;
                }
                if ascii && !alone {
                    // After a letter (`i7 860`) an ordinary space joins groups only where the
                    // text clearly writes them so: `40 000`, `1 234 567`.
                    let zeros = bytes.get(i + sep..after) == Some(b"000".as_slice());
                    let more = matches!(group_space_len(tail(bytes, after)), Some((1, true)))
                        && digit_run(tail(bytes, after + 1)).0 == 3;
                    if !(zeros || more || spaced_groups > 0) {
                        return i;
                    }
                }
                spaced_groups += 1;
                group_digits = 3;
                i = after;
            }
            _ => return i,
        }
    }
}

/// End of the word starting at `start`: letters, and apostrophes between letters.
fn word_end(text: &str, start: usize, limit: usize) -> usize {
    let mut end = start;
    let mut chars = text
        .get(start..limit)
        .unwrap_or_default()
        .char_indices()
        .peekable();
    while let Some((at, c)) = chars.next() {
        let joins =
            (c == '\'' || c == '’') && chars.peek().is_some_and(|&(_, next)| next.is_alphabetic());
        if c.is_alphabetic() || (joins && at > 0) {
            end = start + at + c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// End of a web or e-mail address starting at `start`, when the run of text there is one.
fn link_end(bytes: &[u8], start: usize, limit: usize) -> Option<usize> {
    let bytes = bytes.get(..limit)?;
    let mut end = start;
    while end < limit && space_len(tail(bytes, end)).is_none() {
        end += 1;
    }
    let run = bytes.get(start..end)?;
    if run.len() < 5 || !run.iter().any(|&b| matches!(b, b':' | b'@' | b'.')) {
        return None;
    }
    let has = |needle: &[u8]| {
        run.windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
    };
    let web = has(b"://")
        || run
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"www."))
        || has(b".com/");
    let mail = run.iter().position(|&b| b == b'@').is_some_and(|at| {
        let (user, host) = run.split_at(at);
        host.get(1..).is_some_and(|h| h.contains(&b'.')) && user.last().is_some_and(|&b| b != b' ')
    });
    if !(web || mail) {
        return None;
    }
    let mut run = run;
    while let [
        rest @ ..,
        b'.' | b',' | b';' | b':' | b')' | b']' | b'"' | b'\'' | b'!' | b'?',
    ] = run
    {
        run = rest;
    }
    // Closing quotation marks and other non-ASCII marks at the end are not part of the address.
    while let [.., last] = run
        && *last >= 0x80
    {
        // Where the last character starts: its last byte that is not a continuation byte.
        let s = run.iter().rposition(|&b| (b & 0xC0) != 0x80).unwrap_or(0);
        let (rest, last) = run.split_at(s);
        let c = std::str::from_utf8(last).ok()?.chars().next()?;
        if c.is_alphanumeric() {
            break;
        }
        run = rest;
    }
    Some(start + run.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        let mut t = Tokens::default();
        t.fill(s, 0..s.len());
        t.list.iter().map(|t| &s[t.start..t.end]).collect()
    }

    #[test]
    fn a_mark_left_out_of_an_address_is_read_once() {
        // Once hung: the colon after the address was offered to the address again, forever.
        assert_eq!(
            texts("Write to x@y.com: now 38%"),
            ["Write", "to", "x@y.com", ":", "now", "38", "%"]
        );
        assert_eq!(
            texts("see www.a.org/x.: 5"),
            ["see", "www.a.org/x", ".", ":", "5"]
        );
    }

    #[test]
    fn splits_numbers_words_and_marks() {
        assert_eq!(
            texts("About 3.3 million children (38%) – UNODC’s data"),
            [
                "About",
                "3.3",
                "million",
                "children",
                "(",
                "38",
                "%",
                ")",
                "–",
                "UNODC’s",
                "data"
            ]
        );
    }

    #[test]
    fn keeps_separators_inside_numbers() {
        assert_eq!(
            texts("17,828Fans 1,00,000 and 27.6m."),
            ["17,828", "Fans", "1,00,000", "and", "27.6", "m", "."]
        );
        assert_eq!(texts("17\u{202F}828 people"), ["17\u{202F}828", "people"]);
        assert_eq!(texts("45\u{201A}8 million"), ["45\u{201A}8", "million"]);
        assert_eq!(
            texts("trafficking\u{201A} 45"),
            ["trafficking", "\u{201A}", "45"]
        );
        assert_eq!(texts("in 2024, 50 were"), ["in", "2024", ",", "50", "were"]);
        // News in many countries sets thousands apart with a space: `10 793 victims`.
        assert_eq!(texts("40 000 and 12 345"), ["40 000", "and", "12 345"]);
        assert_eq!(
            texts("i7 860 and +44 207"),
            ["i", "7", "860", "and", "+", "44", "207"]
        );
        assert_eq!(texts("call 0800 722 203"), ["call", "0800", "722", "203"]);
        assert_eq!(texts("1 234 567 people"), ["1 234 567", "people"]);
        assert_eq!(
            texts("It is .77 or 1e10"),
            ["It", "is", ".77", "or", "1e10"]
        );
        assert_eq!(texts("１２３ items"), ["１２３", "items"]);
    }

    #[test]
    fn links_are_one_token() {
        assert_eq!(
            texts("see https://example.org/2024/05/report-17.html, or mail a1@b2.org."),
            [
                "see",
                "https://example.org/2024/05/report-17.html",
                ",",
                "or",
                "mail",
                "a1@b2.org",
                "."
            ]
        );
    }

    #[test]
    fn counts_letters_eight_at_a_time() {
        let text = b"Abc def, xyzXYZqrstuvw9 @[`{ \xC3\xA9t";
        for at in 0..text.len() {
            let slow = text[at..]
                .iter()
                .take_while(|b| b.is_ascii_alphabetic())
                .count();
            assert_eq!(letters_len(text, at), slow, "at {at}");
        }
    }

    #[test]
    fn lower_cases_words_once() {
        let s = "MILLION Naïve";
        let mut t = Tokens::default();
        t.fill(s, 0..s.len());
        assert_eq!(
            (t.lower(s, 0), t.lower(s, 1), t.lower(s, 2)),
            ("million", "naïve", "")
        );
    }
}
