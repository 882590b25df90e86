//! Line and column positions of byte offsets in a source file.

/// A 1-based line and column; columns count Unicode characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in Unicode characters.
    pub column: usize,
}

/// The byte offset where every line of a source starts.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `source` (lines end at `\n`; a `\r` before it belongs to the line).
    pub fn new(source: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', source.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// The 0-based line holding byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// Line and column of byte `offset` in `source` (offsets inside a character count as that character).
    pub fn position(&self, source: &str, offset: usize) -> Position {
        let offset = offset.min(source.len());
        let line = self.line_of(offset);
        let start = self.starts[line];
        // The characters starting before `offset`: the bytes that are not continuation bytes.
        let column = source.as_bytes()[start..offset]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count();
        Position {
            line: line + 1,
            column: column + 1,
        }
    }

    /// The text of 1-based `line`, without its line ending.
    pub fn line_text<'a>(&self, source: &'a str, line: usize) -> &'a str {
        let Some(&start) = self.starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self.starts.get(line).map_or(source.len(), |&next| next - 1);
        let text = source.get(start..end.max(start)).unwrap_or("");
        text.strip_suffix('\r').unwrap_or(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let src = "ab\n“3.3” x\r\nlast";
        let idx = LineIndex::new(src);
        assert_eq!(idx.position(src, 0), Position { line: 1, column: 1 });
        let three = src.find('3').unwrap();
        assert_eq!(idx.position(src, three), Position { line: 2, column: 2 });
        let last = src.find("last").unwrap();
        assert_eq!(idx.position(src, last), Position { line: 3, column: 1 });
        assert_eq!(
            idx.position(src, src.len()),
            Position { line: 3, column: 5 }
        );
    }

    #[test]
    fn line_text_drops_line_endings() {
        let src = "one\r\ntwo\nthree";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_text(src, 1), "one");
        assert_eq!(idx.line_text(src, 2), "two");
        assert_eq!(idx.line_text(src, 3), "three");
        assert_eq!(idx.line_text(src, 4), "");
        assert_eq!(idx.line_text(src, 0), "");
    }
}
