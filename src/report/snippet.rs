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

/// The window of `line` around characters `column..column + width` (0-based).
pub fn window(line: &str, column: usize, width: usize) -> Snippet {
    let chars: Vec<char> = line
        .chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    let column = column.min(chars.len());
    let width = width.max(1).min(chars.len().saturating_sub(column).max(1));
    let mut from = column.saturating_sub(CONTEXT);
    let mut to = (column + width + CONTEXT).min(chars.len());
    // Cut at word boundaries where the line is cut at all.
    if from > 0 {
        while from < column && chars[from - 1] != ' ' {
            from += 1;
        }
    }
    if to < chars.len() {
        while to > column + width && chars[to] != ' ' {
            to -= 1;
        }
    }
    let mut text = String::new();
    if from > 0 {
        text.push('…');
    }
    text.extend(&chars[from..to]);
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
        let s = window("3.3 million children", 0, 11);
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
        let s = window(&line, at, 5);
        assert!(s.text.starts_with('…') && s.text.ends_with('…'), "{s:?}");
        assert_eq!(
            s.text.chars().skip(s.offset).take(5).collect::<String>(),
            "claim"
        );
        assert!(s.text.chars().count() < 100);
    }
}
