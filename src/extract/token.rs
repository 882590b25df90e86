//! A tokenizer for prose: runs of digits, words and single punctuation marks, with byte spans.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Digits, with any thousands separators and decimal point inside (`17,828`, `3.3`, `1,00,000`).
    Number,
    /// Letters, with apostrophes inside (`UNODC’s`).
    Word,
    /// Any other single character that is not white space.
    Punct,
}

/// One token: its kind and byte span in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// What the token is made of.
    pub kind: TokenKind,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
}

#[cfg(test)]
impl Token {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Thin space, narrow no-break space and no-break space: used as thousands separators.
fn group_space_len(bytes: &[u8]) -> Option<usize> {
    match bytes {
        [0xE2, 0x80, 0x89, ..] | [0xE2, 0x80, 0xAF, ..] => Some(3),
        [0xC2, 0xA0, ..] => Some(2),
        _ => None,
    }
}

/// Length of a number starting at `bytes[0]` (a digit).
fn number_len(bytes: &[u8]) -> usize {
    let digits = |from: usize| {
        bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut i = digits(0);
    loop {
        match bytes.get(i) {
            Some(b',' | b'.') if bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                i += 1 + digits(i + 1);
            }
            _ => match group_space_len(&bytes[i..]) {
                // A space separator only joins a group of exactly three digits: "17 828".
                Some(sep) if digits(i + sep) == 3 => i += sep + 3,
                _ => return i,
            },
        }
    }
}

/// Splits `text` into tokens; white space separates tokens and is not kept.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            let end = i + number_len(&bytes[i..]);
            tokens.push(Token {
                kind: TokenKind::Number,
                start: i,
                end,
            });
            i = end;
            continue;
        }
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if c.is_alphabetic() {
            let end = word_end(text, i);
            tokens.push(Token {
                kind: TokenKind::Word,
                start: i,
                end,
            });
            i = end;
        } else {
            let end = i + c.len_utf8();
            if !c.is_whitespace() {
                tokens.push(Token {
                    kind: TokenKind::Punct,
                    start: i,
                    end,
                });
            }
            i = end;
        }
    }
    tokens
}

/// End of the word starting at `start`: letters, and apostrophes between letters.
fn word_end(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut chars = text[start..].char_indices().peekable();
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

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
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
    }

    #[test]
    fn hyphens_are_their_own_tokens() {
        assert_eq!(
            texts("one-third, COVID-19"),
            ["one", "-", "third", ",", "COVID", "-", "19"]
        );
    }
}
