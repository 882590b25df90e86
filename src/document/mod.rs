//! Documents: a file's text ready for extraction, with positions that point back into the file.

mod date;
mod lines;
mod markdown;

pub use date::Date;
pub use lines::{LineIndex, Position};

use std::path::Path;

/// How the bytes of an input are to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// Plain text: every byte is prose.
    Text,
    /// Markdown: code, front matter, images and raw HTML are skipped.
    Markdown,
}

impl InputFormat {
    /// The format a file's extension suggests (`.md` and `.markdown` are Markdown, the rest text).
    pub fn from_path(path: &Path) -> Self {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md" | "markdown" | "mdown" | "mkd") => InputFormat::Markdown,
            _ => InputFormat::Text,
        }
    }
}

/// One input, read: its original text and the prose extracted from it.
///
/// `text` has the same length as `source` and the same bytes wherever there is prose; everything
/// else (Markdown syntax, code blocks) is blanked with spaces, so an offset into `text` is also an
/// offset into the file the user opened.
#[derive(Debug, Clone)]
pub struct Document {
    /// The name diagnostics use for this input (the path as given, or `<stdin>`).
    pub path: String,
    /// The file's content as read.
    pub source: String,
    /// The prose to extract from, offset-for-offset with `source`.
    pub text: String,
    /// The article's own date, when the input states one (Markdown front matter `date:`).
    pub date: Option<Date>,
    lines: LineIndex,
}

impl Document {
    /// Reads `source` as `format`.
    pub fn new(path: impl Into<String>, source: String, format: InputFormat) -> Self {
        let (text, date) = match format {
            InputFormat::Text => (source.clone(), None),
            InputFormat::Markdown => (
                markdown::blank_outside(&source, &markdown::prose_ranges(&source)),
                markdown::front_matter_date(&source),
            ),
        };
        let lines = LineIndex::new(&source);
        Document {
            path: path.into(),
            source,
            text,
            date,
            lines,
        }
    }

    /// Line and column, in the original file, of byte `offset`.
    pub fn position(&self, offset: usize) -> Position {
        self.lines.position(&self.source, offset)
    }

    /// The original text of 1-based `line`, without its line ending.
    pub fn line(&self, line: usize) -> &str {
        self.lines.line_text(&self.source, line)
    }
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
        assert_eq!(InputFormat::from_path(Path::new("-")), InputFormat::Text);
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
    fn markdown_front_matter_gives_the_date_and_text_has_none() {
        let md = "---\ntitle: x\ndate: 2024-09-12\n---\n\nText.\n";
        let doc = Document::new("a.md", md.into(), InputFormat::Markdown);
        assert_eq!(doc.date, Date::new(2024, 9, 12));
        let doc = Document::new("a.txt", md.into(), InputFormat::Text);
        assert_eq!(doc.date, None);
    }
}
