//! Documents: a file's text ready for extraction, with positions that point back into the file.

mod date;
pub mod decode;
pub mod directives;
pub mod html;
pub mod language;
mod lines;
mod markdown;
mod sourcemap;

pub use date::{Date, MONTHS, month_of};
pub use decode::{Decoded, Encoding, Invalid};
pub use directives::{Directive, DirectiveKind};
pub use lines::{LineIndex, Position};
pub use sourcemap::SourceMap;

use std::ops::Range;
use std::path::Path;

/// How the bytes of an input are to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputFormat {
    /// Plain text: every byte is prose.
    Text,
    /// Markdown: code, front matter, images, link targets and raw HTML are skipped.
    Markdown,
    /// HTML: the article's text only, entities decoded.
    Html,
    /// A JSON Lines archive, one article per line; each article's text is read as plain text
    /// unless configured otherwise.
    Jsonl,
}

impl InputFormat {
    /// The format a file's extension suggests (plain text when it suggests none).
    pub fn from_path(path: &Path) -> Self {
        Self::from_extension(path).unwrap_or(InputFormat::Text)
    }

    /// The format of a file with an article extension, or `None` for any other file.
    pub fn from_extension(path: &Path) -> Option<Self> {
        // (Compared in any ASCII case, without a lower-cased copy of each name.)
        const EXTENSIONS: [(&str, InputFormat); 12] = [
            ("md", InputFormat::Markdown),
            ("markdown", InputFormat::Markdown),
            ("mdown", InputFormat::Markdown),
            ("mkd", InputFormat::Markdown),
            ("mkdn", InputFormat::Markdown),
            ("html", InputFormat::Html),
            ("htm", InputFormat::Html),
            ("xhtml", InputFormat::Html),
            ("jsonl", InputFormat::Jsonl),
            ("ndjson", InputFormat::Jsonl),
            ("txt", InputFormat::Text),
            ("text", InputFormat::Text),
        ];
        let ext = path.extension()?.to_str()?;
        EXTENSIONS
            .iter()
            .find(|(name, _)| ext.eq_ignore_ascii_case(name))
            .map(|&(_, format)| format)
    }

    /// The format's name as `--input-format` spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            InputFormat::Text => "text",
            InputFormat::Markdown => "markdown",
            InputFormat::Html => "html",
            InputFormat::Jsonl => "jsonl",
        }
    }
}

/// A span of a document, located in the original file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    /// Byte offset in the original file where the span starts (counting any byte-order mark, and
    /// the file's own bytes for UTF-16 or invalid UTF-8).
    pub start: usize,
    /// Byte offset in the original file after the span.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, in Unicode characters.
    pub column: usize,
    /// 1-based line of `end`.
    pub end_line: usize,
    /// 1-based column of `end`, in Unicode characters.
    pub end_column: usize,
}

/// One input, read: its decoded text and the prose extracted from it.
///
/// For text, and Markdown without character references, `text` has the same length as `source`
/// and the same bytes wherever there is prose (everything else is blanked with spaces), so offsets
/// into both agree. For HTML, and Markdown's `&nbsp;` or `&#37;`, `text` has the references decoded
/// and a source map leads back into `source`. `source` is the file
/// decoded to UTF-8 (a byte-order mark skipped, UTF-16 transcoded, invalid bytes read as U+FFFD);
/// a byte map leads from it back to the file's own bytes. Use [`Document::locate`] to turn a span
/// of `text` into a place in the file the user opened.
#[derive(Debug, Clone)]
pub struct Document {
    /// The name diagnostics use for this input (the path as given, or `<stdin>`).
    pub path: String,
    /// The article's id, for an article read from a JSON Lines archive.
    pub id: Option<String>,
    /// The 1-based line of the archive the article was read from.
    pub record_line: Option<usize>,
    /// The article's own date, where the input states one (Markdown front matter `date:`, HTML
    /// `article:published_time` or `<time datetime>`, an archived article's date field).
    pub date: Option<Date>,
    /// How the input was read.
    pub format: InputFormat,
    /// The file's content decoded to UTF-8 (for an archived article, the article's text).
    pub source: String,
    /// The encoding the file was read in.
    pub encoding: Encoding,
    /// The byte sequences that were not valid text and were read as U+FFFD, if any.
    pub invalid: Option<Invalid>,
    /// The prose to extract from.
    pub text: String,
    /// The `tipcheck-` directives the file holds, in order.
    pub directives: Vec<Directive>,
    /// The language the prose is in; for Portuguese and Spanish, `text` is the prose read
    /// through [`language::gloss`].
    pub language: language::Language,
    map: SourceMap,
    bytes: decode::ByteMap,
    lines: LineIndex,
}

impl Document {
    /// Reads `source` as `format` (an archive's article as plain text).
    pub fn new(path: impl Into<String>, source: String, format: InputFormat) -> Self {
        Self::decoded(
            path,
            Decoded {
                text: source,
                ..Decoded::default()
            },
            format,
        )
    }

    /// Reads a file's `bytes` as `format`, decoding them first (see [`decode::decode`]).
    pub fn from_bytes(path: impl Into<String>, bytes: Vec<u8>, format: InputFormat) -> Self {
        Self::decoded(path, decode::decode(bytes), format)
    }

    /// Reads text already decoded as `format`.
    pub fn decoded(path: impl Into<String>, decoded: Decoded, format: InputFormat) -> Self {
        let Decoded {
            text: source,
            encoding,
            map: bytes,
            invalid,
        } = decoded;
        let mut date = None;
        let (text, map, found) = match format {
            InputFormat::Text | InputFormat::Jsonl => {
                let found = text_directives(&source);
                (blank(&source, &found), SourceMap::identity(), found)
            }
            InputFormat::Markdown => {
                date = markdown::front_matter_date(&source);
                let read = markdown::read(&source);
                let (text, map) = markdown::prose(&source, &read);
                (text, map, read.directives)
            }
            InputFormat::Html => {
                let read = html::read(&source);
                date = read.date.as_deref().and_then(Date::parse_earliest);
                (read.text, read.map, read.directives)
            }
        };
        let language = language::detect(&text);
        let (text, map) = match language::gloss(&text, language) {
            Some((glossed, inner)) => (glossed, map.then(inner)),
            None => (text, map),
        };
        let lines = LineIndex::new(&source);
        Document {
            path: path.into(),
            id: None,
            record_line: None,
            date,
            format,
            source,
            encoding,
            invalid,
            text,
            directives: found,
            language,
            map,
            bytes,
            lines,
        }
    }

    /// The same document, as the article `id` found on `line` of its archive.
    pub fn in_archive(mut self, id: String, line: usize) -> Self {
        self.id = Some(id);
        self.record_line = Some(line);
        self
    }

    /// The range of `source` that `text[range]` was read from.
    pub fn source_range(&self, range: Range<usize>) -> Range<usize> {
        self.map.range(range)
    }

    /// The bytes of the original file that `source[range]` was decoded from.
    pub fn file_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.bytes.start(range.start);
        start..self.bytes.end(range.end).max(start)
    }

    /// Where `text[start..end]` lies in the original file.
    pub fn locate(&self, start: usize, end: usize) -> Location {
        let range = self.map.range(start..end);
        self.locate_source(range)
    }

    /// Where `source[range]` lies in the original file.
    pub fn locate_source(&self, range: Range<usize>) -> Location {
        let (from, to) = (
            self.source_position(range.start),
            self.source_position(range.end),
        );
        let bytes = self.file_range(range);
        Location {
            start: bytes.start,
            end: bytes.end,
            line: from.line,
            column: from.column,
            end_line: to.line,
            end_column: to.column,
        }
    }

    /// Line and column, in the original file, of the prose byte at `offset`.
    pub fn position(&self, offset: usize) -> Position {
        self.source_position(self.map.start(offset))
    }

    /// Line and column of byte `offset` of `source`.
    pub fn source_position(&self, offset: usize) -> Position {
        self.lines.position(&self.source, offset)
    }

    /// The prose `text[start..end]` (empty if that is not a span of whole characters).
    pub fn text_of(&self, start: usize, end: usize) -> &str {
        if self.language != language::Language::English {
            // The glossed prose stands for the file's own words: quote those.
            return self.source_of(self.source_range(start..end));
        }
        self.text.get(start..end).unwrap_or_default()
    }

    /// The decoded source `source[range]` (empty if that is not a span of whole characters).
    pub fn source_of(&self, range: Range<usize>) -> &str {
        self.source.get(range).unwrap_or_default()
    }

    /// The text of 1-based `line`, without its line ending.
    pub fn line(&self, line: usize) -> &str {
        self.lines.line_text(&self.source, line)
    }

    /// The byte range of `source` that 1-based `line` covers, without its line ending.
    pub fn line_range(&self, line: usize) -> Range<usize> {
        self.lines.line_range(&self.source, line)
    }

    /// A one-line message when the file was not all valid text, naming where the first replaced
    /// bytes are; `None` for a clean file. `accepted` (`--text`) words it as a warning, else as
    /// the error it is.
    pub fn decoding_problem(&self, accepted: bool) -> Option<String> {
        let invalid = self.invalid?;
        let at = self.source_position(invalid.first_in_text);
        let sequences = if invalid.count == 1 {
            "1 invalid byte sequence".to_string()
        } else {
            format!("{} invalid byte sequences", invalid.count)
        };
        let rest = if accepted {
            "the rest is checked as usual"
        } else {
            "the rest is checked; save it as UTF-8, or pass --text to accept it"
        };
        Some(format!(
            "{}:{}:{}: is not valid {} text: read with {sequences} replaced by U+FFFD (first at byte {}); {rest}",
            self.path, at.line, at.column, self.encoding, invalid.first
        ))
    }
}

/// The `tipcheck: ignore` markers at the ends of the lines of a plain text.
fn text_directives(source: &str) -> Vec<Directive> {
    let mut found = Vec::new();
    // Most texts hold no marker: one search of the whole text, not one per line.
    if memchr::memmem::find(source.as_bytes(), directives::TEXT_MARKER.as_bytes()).is_none() {
        return found;
    }
    let mut start = 0;
    for line in source.split_inclusive('\n') {
        found.extend(directives::from_text_line(line, start));
        start += line.len();
    }
    found
}

/// `source` with the directives blanked, so their reasons are not read as prose.
fn blank(source: &str, found: &[Directive]) -> String {
    if found.is_empty() {
        return source.to_string();
    }
    let mut text = String::with_capacity(source.len());
    let mut copied = 0;
    for d in found {
        let (Some(before), Some(marker)) = (
            source.get(copied..d.source.start),
            source.get(d.source.clone()),
        ) else {
            continue;
        };
        text.push_str(before);
        text.extend(std::iter::repeat_n(' ', marker.len()));
        copied = d.source.end;
    }
    text.push_str(source.get(copied..).unwrap_or_default());
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_follows_the_extension() {
        assert_eq!(
            InputFormat::from_path(Path::new("a/b.MD")),
            InputFormat::Markdown
        );
        assert_eq!(
            InputFormat::from_path(Path::new("draft.txt")),
            InputFormat::Text
        );
        assert_eq!(
            InputFormat::from_path(Path::new("p.htm")),
            InputFormat::Html
        );
        assert_eq!(
            InputFormat::from_path(Path::new("all.ndjson")),
            InputFormat::Jsonl
        );
        assert_eq!(InputFormat::from_path(Path::new("-")), InputFormat::Text);
        assert_eq!(InputFormat::from_extension(Path::new("main.rs")), None);
    }

    #[test]
    fn markdown_positions_point_into_the_original() {
        let doc = Document::new(
            "a.md",
            "# Head\n\n*38%* of victims\n".into(),
            InputFormat::Markdown,
        );
        let at = doc.text.find("38%").unwrap();
        assert_eq!(doc.position(at), Position { line: 3, column: 2 });
        assert_eq!(doc.line(3), "*38%* of victims");
    }

    #[test]
    fn html_locations_point_into_the_original() {
        let source = "<html>\n<body>\n<p>Caf&eacute;: 3.3&nbsp;million &amp; more</p>\n</body>\n"
            .to_string();
        let doc = Document::new("a.html", source.clone(), InputFormat::Html);
        let at = doc.text.find("3.3").unwrap();
        let end = doc.text.find(" &").unwrap();
        let loc = doc.locate(at, end);
        assert_eq!(&source[loc.start..loc.end], "3.3&nbsp;million");
        assert_eq!((loc.line, loc.column), (3, 17));
        assert_eq!((loc.end_line, loc.end_column), (3, 33));
    }

    #[test]
    fn plain_text_markers_are_directives_and_not_prose() {
        let source = "Half of victims. tipcheck: ignore conflict: quoting 2019 data\nNext 38%.\n";
        let doc = Document::new("a.txt", source.into(), InputFormat::Text);
        assert_eq!(doc.directives.len(), 1);
        assert_eq!(doc.text.len(), source.len());
        assert!(!doc.text.contains("2019"));
        assert!(doc.text.contains("Next 38%."));
    }

    #[test]
    fn markdown_front_matter_gives_the_date_and_text_has_none() {
        let md = "---\ntitle: x\ndate: 2024-09-12\n---\n\nText.\n";
        let doc = Document::new("a.md", md.into(), InputFormat::Markdown);
        assert_eq!(doc.date, Date::new(2024, 9, 12));
        let doc = Document::new("a.txt", md.into(), InputFormat::Text);
        assert_eq!(doc.date, None);
    }
}
