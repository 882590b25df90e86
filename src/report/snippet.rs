//! A window of one source line around a span, for diagnostics on long paragraphs.

/// How many characters to show on each side of the span.
const CONTEXT: usize = 40;

/// The visible part of a line, and where the span sits in it (in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// The text to print, with `…` where the line was cut.
    pub text: String,
    /// Characters before the span in `text`.
    pub offset: usize,
    /// Length of the span in characters (at least 1).
    pub width: usize,
}

/// The most characters of a span underlined (a span running over a huge line is cut).
const MAX_WIDTH: usize = 400;

/// The window of `line` around its bytes `span` (cut to whole characters; at least one shown).
///
/// Only the characters near the span are looked at, so a snippet costs the same on a line of
/// 100 MB as on a line of 100 bytes.
pub fn window(line: &str, span: std::ops::Range<usize>) -> Snippet {
    let start = floor_boundary(line, span.start);
    let end = floor_boundary(line, span.end.max(start));
    let (head, tail) = line.split_at(start);
    let width = line
        .get(start..end)
        .map_or(0, |s| s.chars().take(MAX_WIDTH).count());
    let mut local: Vec<char> = head.chars().rev().take(CONTEXT + 1).collect();
    local.reverse();
    let column = local.len();
    local.extend(tail.chars().take(width.max(1) + CONTEXT + 1));
    cut(&local, column, width)
}

/// The largest character boundary of `s` at or before `at`.
fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The window of the characters `chars` around `column..column + width`.
fn cut(chars: &[char], column: usize, width: usize) -> Snippet {
    let chars: Vec<char> = chars
        .iter()
        .map(|&c| if c == '\t' { ' ' } else { c })
        .collect();
    let is_space = |i: usize| chars.get(i) == Some(&' ');
    let column = column.min(chars.len());
    let width = width.max(1).min(chars.len().saturating_sub(column).max(1));
    let mut from = column.saturating_sub(CONTEXT);
    let mut to = (column + width + CONTEXT).min(chars.len());
    // Cut at word boundaries where the line is cut at all.
    if from > 0 {
        while from < column && !is_space(from - 1) {
            from += 1;
        }
    }
    if to < chars.len() {
        while to > column + width && !is_space(to) {
            to -= 1;
        }
    }
    let mut text = String::new();
    if from > 0 {
        text.push('…');
    }
    text.extend(chars.get(from..to).unwrap_or_default());
    let text_end = text.trim_end().len();
    text.truncate(text_end);
    if to < chars.len() {
        text.push('…');
    }
    Snippet {
        text,
        offset: column - from + usize::from(from > 0),
        width,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lines_are_shown_whole() {
        let s = window("3.3 million children", 0..11);
        assert_eq!(
            s,
            Snippet {
                text: "3.3 million children".into(),
                offset: 0,
                width: 11
            }
        );
    }

    #[test]
    fn long_lines_are_cut_at_words_around_the_span() {
        let line = format!(
            "{} the claim is here {}",
            "word ".repeat(30),
            "more ".repeat(30)
        );
        let at = line.find("claim").unwrap();
        let s = window(&line, at..at + 5);
        assert!(s.text.starts_with('…') && s.text.ends_with('…'), "{s:?}");
        assert_eq!(
            s.text.chars().skip(s.offset).take(5).collect::<String>(),
            "claim"
        );
        assert!(s.text.chars().count() < 100);
    }

    #[test]
    fn a_huge_line_is_cut_around_the_span_without_reading_all_of_it() {
        let line = format!(
            "{}38% of victims{}",
            "é ".repeat(500_000),
            " x".repeat(500_000)
        );
        let at = line.find("38%").unwrap();
        let s = window(&line, at..at + 3);
        assert_eq!(
            s.text.chars().skip(s.offset).take(3).collect::<String>(),
            "38%"
        );
        assert!(s.text.chars().count() < 100);
        // A span running off the end of the line is underlined to its end.
        let s = window("tail 38", 5..100);
        assert_eq!((s.offset, s.width), (5, 2));
        // A span inside a character starts at that character.
        let s = window("“38”", 1..4);
        assert_eq!(s.offset, 0);
    }
}
