//! Bytes to text: UTF-8 (a byte-order mark skipped), UTF-16 with a byte-order mark transcoded,
//! invalid sequences replaced with U+FFFD, and a map from the text back to the original bytes.
//!
//! As in the WHATWG Encoding Standard (and ripgrep), only a byte-order mark makes a file UTF-16;
//! everything else is read as UTF-8. A file is binary when it holds a NUL character.

use std::fmt;

/// The character encoding an input was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    /// UTF-8 without a byte-order mark (plain ASCII included).
    #[default]
    Utf8,
    /// UTF-8 starting with a byte-order mark (EF BB BF), which is not part of the text.
    Utf8Bom,
    /// UTF-16, little-endian, with a byte-order mark (FF FE).
    Utf16Le,
    /// UTF-16, big-endian, with a byte-order mark (FE FF).
    Utf16Be,
}

impl Encoding {
    /// The encoding's name, as editors spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 with a byte-order mark",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Sequences of the original bytes that were not text in the encoding, each read as U+FFFD.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Invalid {
    /// How many sequences were replaced.
    pub count: usize,
    /// Byte offset in the original of the first one.
    pub first: usize,
    /// Byte offset in the decoded text of the first one's U+FFFD.
    pub first_in_text: usize,
}

/// A stretch of text whose characters all have the same width in the text and in the original.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    /// Byte offset in the text where the run starts.
    text: usize,
    /// Byte offset in the original where the run starts.
    raw: usize,
    /// Bytes per character in the text.
    text_unit: u8,
    /// Bytes per character in the original.
    raw_unit: u8,
}

/// Maps byte offsets of decoded text to byte offsets of the original bytes.
///
/// Empty when the two are the same bytes (UTF-8 without a byte-order mark, all valid), which is
/// the common case and costs nothing. Otherwise one run per change of character widths, so an
/// ASCII file in UTF-16 or a UTF-8 file with a byte-order mark is a single run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ByteMap {
    runs: Vec<Run>,
}

impl ByteMap {
    /// True when every text offset is the same offset of the original.
    pub fn is_identity(&self) -> bool {
        self.runs.is_empty()
    }

    /// The run holding text offset `offset`: the last one starting at or before it (for a start)
    /// or before it (for an end, so an end at a run's boundary stays in the earlier run).
    fn run(&self, offset: usize, end: bool) -> Option<&Run> {
        let i = self.runs.partition_point(|r| {
            if end {
                r.text < offset
            } else {
                r.text <= offset
            }
        });
        self.runs.get(i.saturating_sub(1))
    }

    fn map(&self, offset: usize, end: bool) -> usize {
        let Some(run) = self.run(offset, end) else {
            return offset;
        };
        let within = offset.saturating_sub(run.text);
        let unit = usize::from(run.text_unit.max(1));
        // An offset inside a character maps to the character's start (or, for an end, its end).
        let chars = if end {
            within.div_ceil(unit)
        } else {
            within / unit
        };
        run.raw + chars * usize::from(run.raw_unit)
    }

    /// The original offset where the text byte at `offset` starts.
    pub fn start(&self, offset: usize) -> usize {
        self.map(offset, false)
    }

    /// The original offset just after the text byte before `offset`.
    pub fn end(&self, offset: usize) -> usize {
        self.map(offset, true)
    }

    fn push(&mut self, text: usize, raw: usize, text_unit: u8, raw_unit: u8) {
        if let Some(last) = self.runs.last()
            && (last.text_unit, last.raw_unit) == (text_unit, raw_unit)
        {
            return;
        }
        self.runs.push(Run {
            text,
            raw,
            text_unit,
            raw_unit,
        });
    }
}

/// An input decoded to text.
#[derive(Debug, Clone, Default)]
pub struct Decoded {
    /// The text, without any byte-order mark.
    pub text: String,
    /// The encoding it was read in.
    pub encoding: Encoding,
    /// Where each byte of `text` lies in the original.
    pub map: ByteMap,
    /// The sequences that were not valid in the encoding, if any.
    pub invalid: Option<Invalid>,
}

impl Decoded {
    /// Byte offset in the original of the first NUL character, which makes a file binary.
    pub fn nul(&self) -> Option<usize> {
        memchr::memchr(0, self.text.as_bytes()).map(|at| self.map.start(at))
    }
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decodes `bytes`: UTF-16 when they start with its byte-order mark, else UTF-8, lossily.
pub fn decode(mut bytes: Vec<u8>) -> Decoded {
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes, Encoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes, Encoding::Utf16Be);
    }
    let (encoding, skip) = if bytes.starts_with(UTF8_BOM) {
        bytes.drain(..UTF8_BOM.len());
        (Encoding::Utf8Bom, UTF8_BOM.len())
    } else {
        (Encoding::Utf8, 0)
    };
    let mut map = ByteMap::default();
    if skip > 0 {
        map.push(0, skip, 1, 1);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Decoded {
            text,
            encoding,
            map,
            invalid: None,
        },
        Err(e) => utf8_lossy(e.as_bytes(), skip, encoding),
    }
}

/// Counts one more invalid sequence, at `raw` in the original and `at` in the text.
fn note(invalid: &mut Option<Invalid>, raw: usize, at: usize) {
    match invalid {
        Some(i) => i.count += 1,
        None => {
            *invalid = Some(Invalid {
                count: 1,
                first: raw,
                first_in_text: at,
            })
        }
    }
}

/// Decodes UTF-8 with a U+FFFD for each maximal invalid sequence (as `String::from_utf8_lossy`).
fn utf8_lossy(bytes: &[u8], skip: usize, encoding: Encoding) -> Decoded {
    let mut text = String::with_capacity(bytes.len() + 16);
    let mut map = ByteMap::default();
    let mut invalid: Option<Invalid> = None;
    let mut raw = skip;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        if !valid.is_empty() {
            map.push(text.len(), raw, 1, 1);
            text.push_str(valid);
            raw += valid.len();
        }
        let bad = chunk.invalid();
        if !bad.is_empty() {
            // Invalid sequences are 1 to 3 bytes long.
            let width = u8::try_from(bad.len()).unwrap_or(u8::MAX);
            map.push(text.len(), raw, 3, width);
            note(&mut invalid, raw, text.len());
            text.push(char::REPLACEMENT_CHARACTER);
            raw += bad.len();
        }
    }
    Decoded {
        text,
        encoding,
        map,
        invalid,
    }
}

/// Transcodes UTF-16 (after its 2-byte mark) to UTF-8, lone surrogates and an odd last byte
/// read as U+FFFD.
fn utf16(units: &[u8], read: fn([u8; 2]) -> u16, encoding: Encoding) -> Decoded {
    let mut text = String::with_capacity(units.len() / 2 + 16);
    let mut map = ByteMap::default();
    let mut invalid: Option<Invalid> = None;
    let mut raw = 2;
    let pairs = units.chunks_exact(2);
    let odd = pairs.remainder().len();
    let decoded = char::decode_utf16(pairs.map(|p| read(p.try_into().unwrap_or_default())));
    for unit in decoded {
        let (c, width) = match unit {
            Ok(c) => (c, if c.len_utf16() == 2 { 4 } else { 2 }),
            Err(_) => {
                note(&mut invalid, raw, text.len());
                (char::REPLACEMENT_CHARACTER, 2)
            }
        };
        let text_unit = u8::try_from(c.len_utf8()).unwrap_or(4);
        map.push(text.len(), raw, text_unit, width);
        text.push(c);
        raw += usize::from(width);
    }
    if odd > 0 {
        note(&mut invalid, raw, text.len());
        map.push(text.len(), raw, 3, 1);
        text.push(char::REPLACEMENT_CHARACTER);
    }
    Decoded {
        text,
        encoding,
        map,
        invalid,
    }
}

/// Reads `bytes` as strict UTF-8 (a byte-order mark skipped), for configuration and tables,
/// which must be exact: an invalid byte is an error at its 1-based line and column.
pub fn strict_utf8(mut bytes: Vec<u8>) -> Result<String, (usize, usize)> {
    if bytes.starts_with(UTF8_BOM) {
        bytes.drain(..UTF8_BOM.len());
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let before = e.as_bytes().get(..at).unwrap_or_default();
        let line_start = memchr::memrchr(b'\n', before).map_or(0, |i| i + 1);
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = std::str::from_utf8(before.get(line_start..).unwrap_or_default())
            .map_or(1, |s| s.chars().count() + 1);
        (line, column)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character of the text maps to the original bytes that encode it.
    fn spans(d: &Decoded) -> Vec<(char, std::ops::Range<usize>)> {
        d.text
            .char_indices()
            .map(|(i, c)| (c, d.map.start(i)..d.map.end(i + c.len_utf8())))
            .collect()
    }

    #[test]
    fn valid_utf8_is_taken_as_is_with_no_map() {
        let d = decode("38% of “victims”".as_bytes().to_vec());
        assert_eq!(d.text, "38% of “victims”");
        assert_eq!(d.encoding, Encoding::Utf8);
        assert!(d.map.is_identity());
        assert_eq!(d.invalid, None);
        assert_eq!(d.map.start(7), 7);
    }

    #[test]
    fn a_utf8_byte_order_mark_is_skipped_and_offsets_count_it() {
        let raw = b"\xEF\xBB\xBF38% of victims".to_vec();
        let d = decode(raw.clone());
        assert_eq!(d.text, "38% of victims");
        assert_eq!(d.encoding, Encoding::Utf8Bom);
        assert_eq!(d.map.start(0), 3);
        assert_eq!(d.map.end(3), 6);
        assert_eq!(&raw[d.map.start(0)..d.map.end(3)], b"38%");
    }

    #[test]
    fn invalid_bytes_become_one_replacement_each_and_map_to_their_bytes() {
        let raw = b"a\xFFb\xE2\x82c 38%\xC3".to_vec();
        let d = decode(raw.clone());
        assert_eq!(d.text, "a\u{FFFD}b\u{FFFD}c 38%\u{FFFD}");
        assert_eq!(
            d.invalid,
            Some(Invalid {
                count: 3,
                first: 1,
                first_in_text: 1
            })
        );
        let s = spans(&d);
        assert_eq!(s[1], ('\u{FFFD}', 1..2));
        assert_eq!(s[3], ('\u{FFFD}', 3..5));
        let at = d.text.find("38%").unwrap();
        assert_eq!(&raw[d.map.start(at)..d.map.end(at + 3)], b"38%");
        assert_eq!(d.map.end(d.text.len()), raw.len());
    }

    #[test]
    fn utf16_with_a_mark_is_transcoded_with_offsets_into_the_original() {
        for (mark, encode, encoding) in [
            (
                [0xFF, 0xFE],
                u16::to_le_bytes as fn(u16) -> [u8; 2],
                Encoding::Utf16Le,
            ),
            ([0xFE, 0xFF], u16::to_be_bytes, Encoding::Utf16Be),
        ] {
            let source = "é 3.3 million 😀 children, 38%";
            let mut raw = mark.to_vec();
            raw.extend(source.encode_utf16().flat_map(encode));
            let d = decode(raw.clone());
            assert_eq!(d.text, source);
            assert_eq!(d.encoding, encoding);
            assert_eq!(d.invalid, None);
            let at = source.find("38%").unwrap();
            let (start, end) = (d.map.start(at), d.map.end(at + 3));
            let units: Vec<u16> = raw[start..end]
                .chunks(2)
                .map(|p| match encoding {
                    Encoding::Utf16Le => u16::from_le_bytes([p[0], p[1]]),
                    _ => u16::from_be_bytes([p[0], p[1]]),
                })
                .collect();
            assert_eq!(String::from_utf16(&units).unwrap(), "38%");
            assert_eq!(d.map.end(d.text.len()), raw.len());
            let s = spans(&d);
            assert_eq!(s[0], ('é', 2..4));
            let emoji = s.iter().find(|(c, _)| *c == '😀').unwrap();
            assert_eq!(emoji.1.len(), 4);
        }
    }

    #[test]
    fn broken_utf16_is_read_lossily() {
        // A lone high surrogate, then "7", then an odd byte.
        let raw = vec![0xFF, 0xFE, 0x00, 0xD8, b'7', 0, 0x41];
        let d = decode(raw);
        assert_eq!(d.text, "\u{FFFD}7\u{FFFD}");
        assert_eq!(
            d.invalid,
            Some(Invalid {
                count: 2,
                first: 2,
                first_in_text: 0
            })
        );
        assert_eq!(d.map.start(3), 4);
        assert_eq!(d.map.end(4), 6);
        assert_eq!(d.map.end(d.text.len()), 7);
    }

    #[test]
    fn nul_characters_are_found_at_their_original_offset() {
        assert_eq!(decode(b"ab\0c".to_vec()).nul(), Some(2));
        let mut raw = vec![0xFF, 0xFE];
        raw.extend("a\0".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(raw).nul(), Some(4));
        assert_eq!(decode(b"plain".to_vec()).nul(), None);
    }

    #[test]
    fn strict_utf8_names_the_line_and_column_of_a_bad_byte() {
        assert_eq!(strict_utf8(b"\xEF\xBB\xBFa = 1".to_vec()).unwrap(), "a = 1");
        assert_eq!(
            strict_utf8(b"a = 1\nb = \"\xC3\xA9\xFF\"".to_vec()),
            Err((2, 7))
        );
    }
}
