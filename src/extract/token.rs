//! A tokenizer for one neighbourhood of prose: numbers, words, links and single marks, with byte
//! spans into the whole text and the words lower-cased once.

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
}

/// The tokens of one neighbourhood and the lower-cased words they point into.
#[derive(Debug, Default)]
pub struct Tokens {
    /// The tokens, in order.
    pub list: Vec<Token>,
    lower: String,
}

impl Tokens {
    /// The lower-cased word of token `i`, or `""` for anything else.
    pub fn lower(&self, i: usize) -> &str {
        match self.list.get(i) {
            Some(t) => &self.lower[t.low.0 as usize..t.low.1 as usize],
            None => "",
        }
    }

    /// Splits `text[range]` into tokens, replacing what was there; white space separates tokens.
    ///
    /// `range` must start and end on character boundaries.
    pub fn fill(&mut self, text: &str, range: Range<usize>) {
        self.list.clear();
        self.lower.clear();
        let bytes = text.as_bytes();
        let end = range.end;
        let mut i = range.start;
        let mut run_start = true;
        while i < end {
            let b = bytes[i];
            if let Some(n) = space_len(&bytes[i..end]) {
                i += n;
                run_start = true;
                continue;
            }
            if run_start && let Some(link_end) = link_end(bytes, i, end) {
                self.push(TokenKind::Link, i, link_end);
                i = link_end;
                run_start = false;
                continue;
            }
            run_start = false;
            let leading_point = b == b'.'
                && digit_len(&bytes[i + 1..end]) > 0
                && !(i > 0 && (bytes[i - 1].is_ascii_alphanumeric()));
            if digit_len(&bytes[i..end]) > 0 || leading_point {
                let n = number_len(&bytes[i..end]);
                self.push(TokenKind::Number, i, i + n);
                i += n;
                continue;
            }
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            if c.is_alphabetic() {
                let word_end = word_end(text, i, end);
                self.push_word(text, i, word_end);
                i = word_end;
            } else {
                self.push(TokenKind::Punct, i, i + c.len_utf8());
                i += c.len_utf8();
            }
        }
    }

    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        let at = self.lower.len() as u32;
        self.list.push(Token {
            kind,
            start,
            end,
            low: (at, at),
        });
    }

    fn push_word(&mut self, text: &str, start: usize, end: usize) {
        let from = self.lower.len();
        let word = &text[start..end];
        if word.len() <= 40 {
            if word.is_ascii() {
                self.lower.push_str(word);
                self.lower[from..].make_ascii_lowercase();
            } else {
                for c in word.chars() {
                    let c = if c == '’' { '\'' } else { c };
                    self.lower.extend(c.to_lowercase());
                }
            }
        }
        self.list.push(Token {
            kind: TokenKind::Word,
            start,
            end,
            low: (from as u32, self.lower.len() as u32),
        });
    }
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

/// Number of digits and their byte length at the start of `bytes`.
fn digit_run(bytes: &[u8]) -> (usize, usize) {
    let (mut count, mut len) = (0, 0);
    loop {
        match digit_len(&bytes[len..]) {
            0 => return (count, len),
            n => {
                count += 1;
                len += n;
            }
        }
    }
}

/// Length of a number starting at `bytes[0]` (a digit, or a point before a digit).
fn number_len(bytes: &[u8]) -> usize {
    let (mut group_digits, mut i) = digit_run(bytes);
    let mut spaced_groups = 0;
    let mut exponent = false;
    loop {
        match bytes.get(i) {
            Some(b',' | b'.') if digit_len(&bytes[i + 1..]) > 0 => {
                let (count, len) = digit_run(&bytes[i + 1..]);
                i += 1 + len;
                group_digits = count;
                continue;
            }
            Some(b'e' | b'E') if !exponent && i > 0 => {
                let sign = matches!(bytes.get(i + 1), Some(b'+' | b'-')) as usize;
                let (count, len) = digit_run(&bytes[i + 1 + sign..]);
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
        match group_space_len(&bytes[i..]) {
            Some((sep, ascii)) if group_digits <= 3 && !exponent => {
                let (count, len) = digit_run(&bytes[i + sep..]);
                let after = i + sep + len;
                let ends = !matches!(bytes.get(after), Some(b',' | b'.'))
                    || digit_len(bytes.get(after + 1..).unwrap_or(&[])) == 0;
                if count != 3 || !ends {
                    return i;
                }
                if ascii {
                    // An ordinary space joins groups only where the text clearly writes them so:
                    // `40 000`, `1 234 567`; never `12 345`, which may be two numbers.
                    let zeros = &bytes[i + sep..after] == b"000";
                    let more = matches!(group_space_len(&bytes[after..]), Some((1, true)))
                        && digit_run(&bytes[after + 1..]).0 == 3;
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
    let mut chars = text[start..limit].char_indices().peekable();
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
    let mut end = start;
    while end < limit && space_len(&bytes[end..limit]).is_none() {
        end += 1;
    }
    let run = &bytes[start..end];
    if run.len() < 5 || !run.iter().any(|&b| matches!(b, b':' | b'@' | b'.')) {
        return None;
    }
    let has = |needle: &[u8]| {
        run.windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
    };
    let web = has(b"://") || run[..4].eq_ignore_ascii_case(b"www.") || has(b".com/");
    let mail = run
        .iter()
        .position(|&b| b == b'@')
        .is_some_and(|at| at > 0 && run[at + 1..].contains(&b'.') && run[at - 1] != b' ');
    if !(web || mail) {
        return None;
    }
    while end > start
        && matches!(
            bytes[end - 1],
            b'.' | b',' | b';' | b':' | b')' | b']' | b'"' | b'\'' | b'!' | b'?'
        )
    {
        end -= 1;
    }
    // Closing quotation marks and other non-ASCII marks at the end are not part of the address.
    while end > start && bytes[end - 1] >= 0x80 {
        let mut s = end - 1;
        while s > start && (bytes[s] & 0xC0) == 0x80 {
            s -= 1;
        }
        let c = std::str::from_utf8(&bytes[s..end]).ok()?.chars().next()?;
        if c.is_alphanumeric() {
            break;
        }
        end = s;
    }
    Some(end)
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
        assert_eq!(texts("in 2024, 50 were"), ["in", "2024", ",", "50", "were"]);
        assert_eq!(texts("40 000 and 12 345"), ["40 000", "and", "12", "345"]);
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
    fn lower_cases_words_once() {
        let s = "MILLION Naïve";
        let mut t = Tokens::default();
        t.fill(s, 0..s.len());
        assert_eq!(
            (t.lower(0), t.lower(1), t.lower(2)),
            ("million", "naïve", "")
        );
    }
}
