//! Sentence boundaries, found only around the mentions that need them.

use std::ops::Range;

/// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "st", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp",
    "gen", "gov", "sen", "rep", "rev", "hon", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "fig", "vol", "p", "pp", "para", "approx", "est",
    "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "rs",
];

/// True when the full stop at byte `dot` of `text` ends a sentence.
fn ends_sentence(text: &str, dot: usize) -> bool {
    let bytes = text.as_bytes();
    if bytes[dot] != b'.' {
        return true; // `!` and `?`
    }
    let word_start = text[..dot]
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = text[word_start..dot].to_ascii_lowercase();
    if ABBREVIATIONS.contains(&word.as_str()) {
        return false;
    }
    // A single capital letter is an initial (`J. Smith`).
    let initial = word.len() == 1 && text[word_start..dot].chars().all(char::is_uppercase);
    !initial
}

/// True when a boundary follows byte `at` (just past `.`/`!`/`?` and any closing quotes).
fn space_follows(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let rest = rest.trim_start_matches(['"', '\'', '”', '’', ')', ']']);
    rest.is_empty() || rest.starts_with(char::is_whitespace)
}

/// Byte offset where the blank line ending at `at` starts, if `text[..at]` ends with one.
fn blank_line_before(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end_matches([' ', '\t', '\r']);
    head.ends_with('\n')
        && head[..head.len() - 1]
            .trim_end_matches([' ', '\t', '\r'])
            .ends_with('\n')
}

/// The sentence holding bytes `start..end` of `text`, trimmed of white space.
pub fn around(text: &str, start: usize, end: usize) -> Range<usize> {
    let mut from = 0;
    for (i, c) in text[..start].char_indices().rev() {
        if matches!(c, '.' | '!' | '?') && space_follows(text, i + 1) && ends_sentence(text, i) {
            from = i + 1;
            break;
        }
        if c == '\n' && blank_line_before(text, i + 1) {
            from = i + 1;
            break;
        }
    }
    let mut to = text.len();
    for (i, c) in text[end..].char_indices() {
        let at = end + i;
        if matches!(c, '.' | '!' | '?') && space_follows(text, at + 1) && ends_sentence(text, at) {
            let rest = &text[at + 1..];
            to = at + 1 + rest.len()
                - rest
                    .trim_start_matches(['"', '\'', '”', '’', ')', ']'])
                    .len();
            break;
        }
        if c == '\n' && blank_line_before(text, at + 1) {
            to = at;
            break;
        }
    }
    let slice = &text[from..to];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    from + lead..(to - trail).max(from + lead)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_of<'a>(text: &'a str, needle: &str) -> &'a str {
        let at = text.find(needle).unwrap();
        &text[around(text, at, at + needle.len())]
    }

    #[test]
    fn stops_at_full_stops_but_not_decimals_or_abbreviations() {
        let text = "First one. Dr. Khan said 3.3 million in the U.S. are affected. Last one.";
        assert_eq!(
            sentence_of(text, "3.3 million"),
            "Dr. Khan said 3.3 million in the U.S. are affected."
        );
    }

    #[test]
    fn stops_at_blank_lines_and_quotes() {
        let text = "A headline with 38%\n\n“It rose 5%.” Then more.";
        assert_eq!(sentence_of(text, "38%"), "A headline with 38%");
        assert_eq!(sentence_of(text, "5%"), "“It rose 5%.”");
    }
}
