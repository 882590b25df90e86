//! Line and column positions of byte offsets in a source file.

/// A 1-based line and column; columns count Unicode characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in Unicode characters.
    pub column: usize,
}

/// Bytes between two character-count checkpoints.
const STRIDE: usize = 256;

/// The byte offset where every line of a source starts, and character counts every [`STRIDE`]
/// bytes, so a position costs a binary search and a short count however long its line is.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// `chars[k]`: characters that start before byte `k * STRIDE`.
    chars: Vec<usize>,
}

/// Characters starting in `bytes` (UTF-8: every byte that is not a continuation byte).
fn count_chars(bytes: &[u8]) -> usize {
    // Eight bytes at a time: a continuation byte is `10xxxxxx`, its top bit set and the next
    // one clear. Each byte's flag is moved to its low bit and the flags are summed byte by byte
    // (no sum passes 255: at most 255 words a block), the eight sums added once a block: no
    // population count, which baseline x86-64 does without a `popcnt` instruction.
    const TOP: u64 = 0x8080_8080_8080_8080;
    const PAIRS: u64 = 0x00FF_00FF_00FF_00FF;
    let mut continuations = 0;
    let mut rest: &[u8] = &[];
    for block in bytes.chunks(8 * 255) {
        let mut words = block.chunks_exact(8);
        let mut sums = 0u64;
        for chunk in &mut words {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            sums += (word & !(word << 1) & TOP) >> 7;
        }
        let pairs = (sums & PAIRS) + ((sums >> 8) & PAIRS);
        continuations += (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize;
        rest = words.remainder();
    }
    bytes.len() - continuations - rest.len() + rest.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

impl LineIndex {
    /// Indexes the line starts of `source` (lines end at `\n`; a `\r` before it belongs to the line).
    pub fn new(source: &str) -> Self {
        let bytes = source.as_bytes();
        // One pass: room for a line every 64 bytes up front (prose lines are longer; a list
        // grows once or twice), not a second pass to count them first.
        let mut starts = Vec::with_capacity(bytes.len() / 64 + 2);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1));
        let mut chars = Vec::with_capacity(bytes.len() / STRIDE + 1);
        let mut seen = 0;
        chars.push(0);
        for block in bytes.chunks(STRIDE) {
            seen += count_chars(block);
            chars.push(seen);
        }
        LineIndex { starts, chars }
    }

    /// The 0-based line holding byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// The byte offset where 0-based `line` starts.
    fn start_of(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(0)
    }

    /// Characters that start before byte `offset` of `source`.
    fn chars_before(&self, source: &str, offset: usize) -> usize {
        let block = offset / STRIDE;
        let from = block * STRIDE;
        let counted = self.chars.get(block).copied().unwrap_or(0);
        // A whole block with no byte inside a character has a character a byte.
        if self.chars.get(block + 1) == Some(&(counted + STRIDE)) {
            return counted + (offset - from);
        }
        counted + count_chars(source.as_bytes().get(from..offset).unwrap_or_default())
    }

    /// Line and column of byte `offset` in `source` (an offset inside a character is counted
    /// after it).
    pub fn position(&self, source: &str, offset: usize) -> Position {
        let offset = offset.min(source.len());
        let line = self.line_of(offset);
        let start = self.start_of(line);
        let column = self.chars_before(source, offset) - self.chars_before(source, start);
        Position {
            line: line + 1,
            column: column + 1,
        }
    }

    /// The byte range of 1-based `line` in `source`, without its line ending.
    pub fn line_range(&self, source: &str, line: usize) -> std::ops::Range<usize> {
        let Some(&start) = self.starts.get(line.wrapping_sub(1)) else {
            return source.len()..source.len();
        };
        let end = self
            .starts
            .get(line)
            .map_or(source.len(), |&next| next - 1)
            .max(start);
        let end = if source.as_bytes().get(end.wrapping_sub(1)) == Some(&b'\r') && end > start {
            end - 1
        } else {
            end
        };
        start..end
    }

    /// The text of 1-based `line`, without its line ending.
    pub fn line_text<'a>(&self, source: &'a str, line: usize) -> &'a str {
        source.get(self.line_range(source, line)).unwrap_or("")
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

    #[test]
    fn positions_in_ascii_and_mixed_blocks_agree_with_counting_characters() {
        let src = format!(
            "{}\n{}“x”\n{}",
            "plain ".repeat(40),
            "ascii only here, ".repeat(9),
            "é".repeat(100)
        );
        let idx = LineIndex::new(&src);
        for (i, _) in src.char_indices() {
            let naive = src[..i].rfind('\n').map_or(0, |n| n + 1);
            let column = src[naive..i].chars().count() + 1;
            assert_eq!(idx.position(&src, i).column, column, "at {i}");
        }
    }

    #[test]
    fn positions_on_a_long_line_agree_with_counting_characters() {
        let src = format!("x\n{}", "é 38% “a” ".repeat(200));
        let idx = LineIndex::new(&src);
        for (i, _) in src.char_indices() {
            let naive = src[..i].rfind('\n').map_or(0, |n| n + 1);
            let column = src[naive..i].chars().count() + 1;
            let p = idx.position(&src, i);
            assert_eq!(p.column, column, "at {i}");
        }
    }
}
