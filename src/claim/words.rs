//! The words of one sentence, with their byte ranges, read once per sentence.

use std::ops::Range;

/// The words of a sentence: byte ranges into the text and ASCII-lower-cased forms.
#[derive(Debug)]
pub struct Words<'a> {
    text: &'a str,
    /// The sentence, ASCII-lower-cased: the same byte offsets as the text.
    lower: String,
    /// Where the sentence starts in the text.
    base: usize,
    spans: Vec<Range<usize>>,
    /// For each word, the byte length of its lower-cased form without a possessive `’s`.
    base_len: Vec<usize>,
    /// For each word, true when only spaces (no punctuation, no line break) separate it from the one before.
    joined: Vec<bool>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_inner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‑')
}

impl<'a> Words<'a> {
    /// Splits `text[sentence]` into words.
    pub fn new(text: &'a str, sentence: Range<usize>) -> Self {
        let slice = &text[sentence.clone()];
        let mut spans = Vec::new();
        let mut start: Option<usize> = None;
        let mut chars = slice.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let next_is_word = chars.peek().is_some_and(|&(_, n)| is_word_char(n));
            let inside = is_word_char(c) || (is_inner(c) && start.is_some() && next_is_word);
            match (inside, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    spans.push(sentence.start + s..sentence.start + i);
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            spans.push(sentence.start + s..sentence.end);
        }
        let joined = (0..spans.len())
            .map(|i| {
                i > 0
                    && text[spans[i - 1].end..spans[i].start]
                        .chars()
                        .all(|c| c == ' ' || c == '\t' || c == '\u{a0}')
            })
            .collect();
        let lower = slice.to_ascii_lowercase();
        let base_len = spans
            .iter()
            .map(|r| {
                let w = &lower[r.start - sentence.start..r.end - sentence.start];
                w.strip_suffix("’s")
                    .or_else(|| w.strip_suffix("'s"))
                    .or_else(|| w.strip_suffix('’'))
                    .unwrap_or(w)
                    .len()
            })
            .collect();
        Words {
            text,
            lower,
            base: sentence.start,
            spans,
            base_len,
            joined,
        }
    }

    /// How many words there are.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Byte range of word `i` in the text.
    pub fn span(&self, i: usize) -> Range<usize> {
        self.spans[i].clone()
    }

    /// Word `i`, lower-cased, without a possessive `’s`.
    pub fn base(&self, i: usize) -> &str {
        match self.spans.get(i) {
            Some(r) => {
                let start = r.start - self.base;
                &self.lower[start..start + self.base_len[i]]
            }
            None => "",
        }
    }

    /// Word `i`, lower-cased (ASCII), or "" past the end.
    pub fn lower(&self, i: usize) -> &str {
        self.spans
            .get(i)
            .map_or("", |r| &self.lower[r.start - self.base..r.end - self.base])
    }

    /// Word `i` as written.
    pub fn raw(&self, i: usize) -> &'a str {
        self.spans.get(i).map_or("", |r| &self.text[r.clone()])
    }

    /// True when word `i` is `word` (lower-case).
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.base(i) == word
    }

    /// True when word `i` is one of `words`.
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        i < self.len() && words.contains(&self.base(i))
    }

    /// True when only spaces separate word `i` from the word before.
    pub fn joined(&self, i: usize) -> bool {
        self.joined.get(i).copied().unwrap_or(false)
    }

    /// True when word `i` ends with a possessive `’s`.
    pub fn possessive(&self, i: usize) -> bool {
        let w = self.lower(i);
        w.ends_with("’s") || w.ends_with("'s")
    }

    /// Index of the first word starting at or after byte `at`.
    pub fn first_from(&self, at: usize) -> usize {
        self.spans.partition_point(|r| r.start < at)
    }

    /// Index of the first word ending after byte `at` (the word holding `at`, or the next one).
    pub fn first_ending_after(&self, at: usize) -> usize {
        self.spans.partition_point(|r| r.end <= at)
    }

    /// True when words `i..` spell `phrase` (space-separated, lower-case).
    pub fn at(&self, i: usize, phrase: &str) -> bool {
        let lead = phrase.split(' ').next().unwrap_or(phrase);
        i < self.len()
            && self.lower(i).starts_with(lead)
            && phrase
                .split(' ')
                .enumerate()
                .all(|(k, p)| i + k < self.len() && self.base(i + k) == p)
    }

    /// Words `from..to`, lower-cased, as written between them.
    pub fn phrase_text(&self, from: usize, to: usize) -> String {
        if from >= to || to > self.len() {
            return String::new();
        }
        self.lower_text(self.spans[from].start..self.spans[to - 1].end)
            .to_string()
    }

    /// The lower-cased sentence text between bytes `range` of the text.
    pub fn lower_text(&self, range: Range<usize>) -> &str {
        let start = range.start.saturating_sub(self.base).min(self.lower.len());
        let end = range
            .end
            .saturating_sub(self.base)
            .clamp(start, self.lower.len());
        self.lower.get(start..end).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_and_keeps_inner_apostrophes_and_hyphens() {
        let text = "UNODC’s data: one-third of victims, says Dr. Khan-";
        let w = Words::new(text, 0..text.len());
        let words: Vec<&str> = (0..w.len()).map(|i| w.lower(i)).collect();
        assert_eq!(
            words,
            [
                "unodc’s",
                "data",
                "one-third",
                "of",
                "victims",
                "says",
                "dr",
                "khan"
            ]
        );
        assert_eq!(w.base(0), "unodc");
        assert!(w.possessive(0));
        assert!(!w.joined(2) && w.joined(3) && !w.joined(5));
        assert!(w.at(2, "one-third of victims"));
    }
}
