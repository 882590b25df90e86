//! Maps byte offsets in a document's prose back to byte offsets in the file it was read from.

use std::ops::Range;

/// One stretch of prose and the stretch of the original file it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Segment {
    /// Byte range in the prose.
    text: Range<usize>,
    /// Byte range in the original file.
    source: Range<usize>,
    /// True when the prose is a byte-for-byte copy of the source (offsets map one to one).
    verbatim: bool,
}

/// Where each byte of the prose came from; empty when prose and file line up byte for byte.
///
/// Decoded HTML entities (`&amp;` read as `&`) and inserted paragraph breaks are replaced
/// segments: an offset inside one maps to the start or the end of its source, never into it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    segments: Vec<Segment>,
}

impl SourceMap {
    /// The map of a prose that is offset-for-offset the file itself (text and Markdown).
    pub fn identity() -> Self {
        SourceMap::default()
    }

    /// True when every prose offset is the same offset in the file.
    pub fn is_identity(&self) -> bool {
        self.segments.is_empty()
    }

    /// The file offset where the prose byte at `offset` starts.
    pub fn start(&self, offset: usize) -> usize {
        if self.segments.is_empty() {
            return offset;
        }
        let i = self.segments.partition_point(|s| s.text.end <= offset);
        match self.segments.get(i) {
            Some(s) if s.verbatim => s.source.start + (offset.max(s.text.start) - s.text.start),
            Some(s) if offset <= s.text.start => s.source.start,
            Some(s) => s.source.end,
            None => self.segments.last().map_or(offset, |s| s.source.end),
        }
    }

    /// The file offset just after the prose byte before `offset` (for the end of a span).
    pub fn end(&self, offset: usize) -> usize {
        if self.segments.is_empty() {
            return offset;
        }
        let i = self.segments.partition_point(|s| s.text.end < offset);
        match self.segments.get(i) {
            Some(s) if offset <= s.text.start => s.source.start,
            Some(s) if s.verbatim => s.source.start + (offset - s.text.start),
            Some(s) => s.source.end,
            None => self.segments.last().map_or(offset, |s| s.source.end),
        }
    }

    /// The file range a prose range came from.
    pub fn range(&self, text: Range<usize>) -> Range<usize> {
        let start = self.start(text.start);
        let end = self.end(text.end).max(start);
        start..end
    }

    /// The map of a prose read from this map's prose by `inner` (whose sources are offsets in
    /// this map's prose), straight back to the file.
    pub fn then(&self, inner: SourceMap) -> SourceMap {
        if self.is_identity() {
            return inner;
        }
        let mut segments = Vec::new();
        for seg in inner.segments {
            if !seg.verbatim {
                segments.push(Segment {
                    text: seg.text,
                    source: self.range(seg.source),
                    verbatim: false,
                });
                continue;
            }
            // A copied stretch: split it where this map's own segments change.
            let (from, to) = (seg.source.start, seg.source.end);
            let mut at = from;
            let mut i = self.segments.partition_point(|s| s.text.end <= from);
            while at < to {
                let piece_end = match self.segments.get(i) {
                    Some(s) if s.text.start <= at => s.text.end.min(to),
                    Some(s) => s.text.start.min(to),
                    None => to,
                };
                let text = seg.text.start + (at - from)..seg.text.start + (piece_end - from);
                let source = match self.segments.get(i) {
                    Some(s) if s.text.start <= at && s.verbatim => {
                        s.source.start + (at - s.text.start)
                            ..s.source.start + (piece_end - s.text.start)
                    }
                    Some(s) if s.text.start <= at => s.source.clone(),
                    _ => self.start(at)..self.end(piece_end),
                };
                let verbatim =
                    matches!(self.segments.get(i), Some(s) if s.text.start <= at && s.verbatim);
                segments.push(Segment {
                    text,
                    source,
                    verbatim,
                });
                if matches!(self.segments.get(i), Some(s) if s.text.start <= at) {
                    i += 1;
                }
                at = piece_end;
            }
        }
        SourceMap { segments }
    }
}

/// Builds prose and its map together, one piece at a time, in file order.
#[derive(Debug, Default)]
pub struct Builder {
    text: String,
    map: SourceMap,
}

impl Builder {
    /// An empty prose.
    pub fn new() -> Self {
        Builder::default()
    }

    /// An empty prose with room for `bytes` bytes of text and a segment every 64 of them, so a
    /// page's text and map are not grown piece by piece.
    pub fn with_capacity(bytes: usize) -> Self {
        Builder {
            text: String::with_capacity(bytes),
            map: SourceMap {
                segments: Vec::with_capacity(bytes / 64 + 4),
            },
        }
    }

    /// The prose so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Appends `piece`, a byte-for-byte copy of the file at `source`.
    pub fn verbatim(&mut self, piece: &str, source: usize) {
        self.push(piece, source..source + piece.len(), true);
    }

    /// Appends `piece`, which stands for the file's bytes `source` (a decoded entity, a break).
    pub fn replaced(&mut self, piece: &str, source: Range<usize>) {
        self.push(piece, source, false);
    }

    fn push(&mut self, piece: &str, source: Range<usize>, verbatim: bool) {
        if piece.is_empty() {
            return;
        }
        let start = self.text.len();
        self.text.push_str(piece);
        let text = start..self.text.len();
        if let Some(last) = self.map.segments.last_mut()
            && verbatim
            && last.verbatim
            && last.text.end == text.start
            && last.source.end == source.start
        {
            last.text.end = text.end;
            last.source.end = source.end;
            return;
        }
        self.map.segments.push(Segment {
            text,
            source,
            verbatim,
        });
    }

    /// The prose and its map.
    pub fn finish(self) -> (String, SourceMap) {
        (self.text, self.map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_maps_every_offset_to_itself() {
        let map = SourceMap::identity();
        assert_eq!(map.start(7), 7);
        assert_eq!(map.end(7), 7);
        assert_eq!(map.range(3..9), 3..9);
    }

    #[test]
    fn decoded_entities_map_to_their_whole_source() {
        // Source: "<p>A &amp; 38%</p>", prose: "A & 38%".
        let mut b = Builder::new();
        b.verbatim("A ", 3);
        b.replaced("&", 5..10);
        b.verbatim(" 38%", 10);
        let (text, map) = b.finish();
        assert_eq!(text, "A & 38%");
        let at = text.find("38%").unwrap();
        assert_eq!(map.range(at..at + 3), 11..14);
        assert_eq!(map.range(2..3), 5..10, "the entity spans its whole source");
        assert_eq!(map.start(0), 3);
        assert_eq!(map.end(text.len()), 14);
    }

    #[test]
    fn adjacent_verbatim_pieces_merge() {
        let mut b = Builder::new();
        b.verbatim("ab", 0);
        b.verbatim("cd", 2);
        b.verbatim("ef", 10);
        let (_, map) = b.finish();
        assert_eq!(map.segments.len(), 2);
        assert_eq!(map.start(4), 10);
        assert_eq!(
            map.end(4),
            4,
            "an end at a segment boundary stays in the earlier one"
        );
    }

    #[test]
    fn breaks_between_pieces_map_to_the_tags_they_replace() {
        // Source: "<p>one</p><p>two</p>", prose: "one\n\ntwo".
        let mut b = Builder::new();
        b.verbatim("one", 3);
        b.replaced("\n\n", 6..13);
        b.verbatim("two", 13);
        let (text, map) = b.finish();
        assert_eq!(text, "one\n\ntwo");
        assert_eq!(map.range(0..3), 3..6);
        assert_eq!(map.range(5..8), 13..16);
        assert_eq!(map.range(0..8), 3..16);
    }
}
