//! The article as written: blocks (paragraphs and headings) and inline runs, claims marked.
//!
//! Works for any input format from two strings of equal length: the file as read (`source`) and
//! its prose (`text`, where markup is blanked with spaces). Prose is shown; markup is dropped,
//! except that Markdown or HTML headings become headings, `*emphasis*` and `**strong**` are
//! rendered, and a line that opens with markup (a list bullet, a quote marker) starts a new line.

use std::fmt::{self, Write};
use std::ops::Range;

use super::escape::Esc;

/// What a block of the article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// Running text.
    Paragraph,
    /// A heading of level 1 to 6.
    Heading(u8),
}

/// A paragraph or heading: consecutive non-blank lines of the prose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Byte range in the document, without the final line ending.
    pub range: Range<usize>,
    /// Paragraph or heading.
    pub kind: BlockKind,
    /// Indices of the highlighted spans that lie in this block.
    pub spans: Range<usize>,
}

/// One line: its byte range (without the line ending) and where its prose starts.
struct Line {
    range: Range<usize>,
    /// The markup before the first prose character, trimmed (`#`, `-`, `<h2>`).
    lead: String,
}

/// Splits the prose into blocks at blank lines and headings; `spans` (sorted, disjoint byte
/// ranges) always fall inside one block.
pub fn blocks(source: &str, text: &str, spans: &[Range<usize>]) -> Vec<Block> {
    let lines = lines(source, text, 0..text.len());
    // A line holding part of a span counts as prose even if it looks blank.
    let mut forced = vec![false; lines.len()];
    let mut li = 0;
    for span in spans {
        while li < lines.len() && lines[li].range.end < span.start {
            li += 1;
        }
        let mut k = li;
        while k < lines.len() && lines[k].range.start <= span.end {
            forced[k] = true;
            k += 1;
        }
    }
    let mut out: Vec<Block> = Vec::new();
    let mut open = false;
    for (line, &force) in lines.iter().zip(&forced) {
        let blank = !force && text[line.range.clone()].trim().is_empty();
        if blank {
            open = false;
            continue;
        }
        let heading = heading_level(&line.lead);
        match out.last_mut() {
            Some(last) if open && heading.is_none() && last.kind == BlockKind::Paragraph => {
                last.range.end = line.range.end;
            }
            _ => out.push(Block {
                range: line.range.clone(),
                kind: heading.map_or(BlockKind::Paragraph, BlockKind::Heading),
                spans: 0..0,
            }),
        }
        // Nothing joins a heading.
        open = heading.is_none();
    }
    merge_straddled(&mut out, spans);
    let mut si = 0;
    for block in &mut out {
        let first = si;
        while si < spans.len() && spans[si].start <= block.range.end {
            si += 1;
        }
        block.spans = first..si;
    }
    out
}

/// Joins blocks that a span runs across (a claim split over a heading line, say).
fn merge_straddled(blocks: &mut Vec<Block>, spans: &[Range<usize>]) {
    for span in spans {
        let Some(i) = blocks
            .iter()
            .position(|b| b.range.start <= span.start && span.start <= b.range.end)
        else {
            continue;
        };
        while i + 1 < blocks.len() && blocks[i].range.end < span.end {
            let next = blocks.remove(i + 1);
            blocks[i].range.end = next.range.end;
            blocks[i].kind = BlockKind::Paragraph;
        }
    }
}

/// The lines of `text` within `within`.
fn lines(source: &str, text: &str, within: Range<usize>) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = within.start;
    while start <= within.end {
        let end = text[start..within.end]
            .find('\n')
            .map_or(within.end, |i| start + i);
        let content_end = if text[start..end].ends_with('\r') {
            end - 1
        } else {
            end
        };
        let range = start..content_end;
        let lead = lead(source, text, &range);
        out.push(Line { range, lead });
        if end == within.end {
            break;
        }
        start = end + 1;
    }
    out
}

/// The markup at the start of a line, up to its first prose character or emphasis delimiter.
fn lead(source: &str, text: &str, line: &Range<usize>) -> String {
    let bytes = text.as_bytes();
    let first_prose = (line.start..line.end)
        .find(|&i| !bytes[i].is_ascii_whitespace())
        .unwrap_or(line.end);
    let mut end = first_prose;
    // `*Islamabad*` opens with emphasis, not with a bullet.
    for run in markup_runs(source, text, line.start..first_prose)
        .iter()
        .rev()
    {
        if run.end == first_prose && delimiter(source, run).is_some() {
            end = run.start;
        }
    }
    source
        .get(line.start..end)
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// `#` to `######`, or an HTML `<h1>` to `<h6>` tag, opening a line.
fn heading_level(lead: &str) -> Option<u8> {
    if !lead.is_empty() && lead.len() <= 6 && lead.bytes().all(|b| b == b'#') {
        return u8::try_from(lead.len()).ok();
    }
    let b = lead.as_bytes();
    match b {
        [b'<', h, d, rest @ ..]
            if h.eq_ignore_ascii_case(&b'h')
                && (b'1'..=b'6').contains(d)
                && matches!(rest.first(), Some(b'>' | b' ' | b'\t')) =>
        {
            Some(d - b'0')
        }
        _ => None,
    }
}

/// Maximal runs of markup (bytes blanked in `text` that are not whitespace in `source`).
fn markup_runs(source: &str, text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let (s, t) = (source.as_bytes(), text.as_bytes());
    let is_markup = |i: usize| t[i] == b' ' && !s[i].is_ascii_whitespace();
    let mut runs = Vec::new();
    let mut i = range.start;
    while i < range.end {
        if is_markup(i) {
            let start = i;
            while i < range.end && is_markup(i) {
                i += 1;
            }
            runs.push(start..i);
        } else {
            i += 1;
        }
    }
    runs
}

/// An emphasis delimiter (`*`, `__`, `***`): its character and length.
fn delimiter(source: &str, run: &Range<usize>) -> Option<(u8, usize)> {
    let bytes = source.as_bytes().get(run.clone())?;
    let first = *bytes.first()?;
    (matches!(first, b'*' | b'_') && bytes.len() <= 3 && bytes.iter().all(|&b| b == first))
        .then_some((first, bytes.len()))
}

/// What happens at a position inside a block, in the order it is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Event {
    /// The end of span `i`.
    MarkEnd(usize),
    /// A line break before a line that opens with markup.
    Break,
    /// An emphasis delimiter of this many characters (1 em, 2 strong, 3 both), `skip` bytes long.
    Emphasis { open: bool, len: usize, skip: usize },
    /// The start of span `i`.
    MarkStart(usize),
}

/// Writes the inline content of `block`: prose escaped, emphasis rendered, each span wrapped by
/// `mark(out, i, true)` before and `mark(out, i, false)` after.
pub fn write_inline(
    out: &mut String,
    source: &str,
    text: &str,
    block: &Block,
    spans: &[Range<usize>],
    mark: &mut dyn FnMut(&mut String, usize, bool) -> fmt::Result,
) -> fmt::Result {
    let mut events = emphasis(source, text, &block.range);
    for line in lines(source, text, block.range.clone()) {
        if line.range.start > block.range.start && !line.lead.is_empty() {
            events.push((line.range.start, Event::Break));
        }
    }
    for i in block.spans.clone() {
        events.push((spans[i].start, Event::MarkStart(i)));
        events.push((spans[i].end, Event::MarkEnd(i)));
    }
    events.sort();
    let (mut em, mut strong) = (0usize, 0usize);
    let mut at = block.range.start;
    for (pos, event) in events {
        if pos > at {
            run(out, &text[at..pos], em > 0, strong > 0)?;
            at = pos;
        }
        match event {
            Event::MarkStart(i) => mark(out, i, true)?,
            Event::MarkEnd(i) => mark(out, i, false)?,
            Event::Break => out.push_str("<br>"),
            Event::Emphasis { open, len, skip } => {
                let change = |n: &mut usize| {
                    *n = if open { *n + 1 } else { n.saturating_sub(1) };
                };
                if len != 2 {
                    change(&mut em);
                }
                if len >= 2 {
                    change(&mut strong);
                }
                at = at.max(pos + skip);
            }
        }
    }
    if block.range.end > at {
        run(out, &text[at..block.range.end], em > 0, strong > 0)?;
    }
    Ok(())
}

/// Paired emphasis delimiters of a block, as events.
fn emphasis(source: &str, text: &str, range: &Range<usize>) -> Vec<(usize, Event)> {
    let t = text.as_bytes();
    let prose = |i: usize| t.get(i).is_some_and(|b| !b.is_ascii_whitespace());
    let mut open: Vec<(Range<usize>, (u8, usize))> = Vec::new();
    let mut events = Vec::new();
    for run in markup_runs(source, text, range.clone()) {
        let Some(delim) = delimiter(source, &run) else {
            continue;
        };
        let can_open = run.end < range.end && prose(run.end);
        let can_close = run.start > range.start && prose(run.start - 1);
        if can_close && let Some(k) = open.iter().rposition(|(_, d)| *d == delim) {
            let start = open[k].0.clone();
            // Delimiters opened inside this pair and never closed are plain text.
            open.truncate(k);
            let (len, skip) = (delim.1, start.len());
            events.push((
                start.start,
                Event::Emphasis {
                    open: true,
                    len,
                    skip,
                },
            ));
            let skip = run.len();
            events.push((
                run.start,
                Event::Emphasis {
                    open: false,
                    len,
                    skip,
                },
            ));
        } else if can_open {
            open.push((run, delim));
        }
    }
    events
}

fn run(out: &mut String, text: &str, em: bool, strong: bool) -> fmt::Result {
    match (em, strong) {
        (false, false) => write!(out, "{}", Esc(text)),
        (true, false) => write!(out, "<em>{}</em>", Esc(text)),
        (false, true) => write!(out, "<strong>{}</strong>", Esc(text)),
        (true, true) => write!(out, "<strong><em>{}</em></strong>", Esc(text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, InputFormat};

    fn render(doc: &Document, spans: &[Range<usize>]) -> Vec<(BlockKind, String)> {
        blocks(&doc.source, &doc.text, spans)
            .iter()
            .map(|b| {
                let mut out = String::new();
                write_inline(
                    &mut out,
                    &doc.source,
                    &doc.text,
                    b,
                    spans,
                    &mut |o, i, open| {
                        o.push_str(&if open { format!("[{i}:") } else { "]".into() });
                        Ok(())
                    },
                )
                .unwrap();
                let collapsed = out.split_whitespace().collect::<Vec<_>>().join(" ");
                (b.kind, collapsed)
            })
            .collect()
    }

    fn md(s: &str) -> Document {
        Document::new("a.md", s.into(), InputFormat::Markdown)
    }

    #[test]
    fn markdown_headings_emphasis_and_paragraphs() {
        let doc =
            md("# Title here\n*Islamabad* — some **3.3 million** text\nmore text\n\nNext para.\n");
        let at = doc.source.find("3.3").unwrap();
        let got = render(&doc, std::slice::from_ref(&(at..at + 11)));
        assert_eq!(
            got,
            [
                (BlockKind::Heading(1), "Title here".into()),
                (
                    BlockKind::Paragraph,
                    "<em>Islamabad</em> — some [0:<strong>3.3 million</strong>] text more text"
                        .into()
                ),
                (BlockKind::Paragraph, "Next para.".into()),
            ]
        );
    }

    #[test]
    fn list_items_keep_their_lines_and_bullets_are_not_emphasis() {
        let doc = md("Intro:\n\n* one 5\n* two *6*\n");
        let got = render(&doc, &[]);
        assert_eq!(
            got,
            [
                (BlockKind::Paragraph, "Intro:".into()),
                (BlockKind::Paragraph, "one 5 <br> two <em>6</em>".into()),
            ]
        );
    }

    #[test]
    fn plain_text_is_escaped_and_kept() {
        let doc = Document::new(
            "a.txt",
            "<script>alert(1)</script> 38% of\nvictims\n\n# not markup here".into(),
            InputFormat::Text,
        );
        let got = render(&doc, &[]);
        assert_eq!(
            got[0].1,
            "&lt;script&gt;alert(1)&lt;/script&gt; 38% of victims"
        );
        assert_eq!(got[1], (BlockKind::Paragraph, "# not markup here".into()));
    }

    #[test]
    fn a_span_across_a_blank_line_stays_in_one_block() {
        let doc = Document::new("a.txt", "aa 12\n\n34 bb".into(), InputFormat::Text);
        let got = render(&doc, std::slice::from_ref(&(3..9)));
        assert_eq!(got, [(BlockKind::Paragraph, "aa [0:12 34] bb".into())]);
    }

    #[test]
    fn html_headings_are_headings() {
        assert_eq!(heading_level("<h2>"), Some(2));
        assert_eq!(heading_level("<H3 class=\"x\">"), Some(3));
        assert_eq!(heading_level("<hr>"), None);
        assert_eq!(heading_level("###"), Some(3));
        assert_eq!(heading_level("#######"), None);
    }

    #[test]
    fn crlf_lines_and_an_empty_document() {
        let doc = md("One 5.\r\n\r\nTwo.\r\n");
        assert_eq!(
            render(&doc, &[]),
            [
                (BlockKind::Paragraph, "One 5.".into()),
                (BlockKind::Paragraph, "Two.".into())
            ]
        );
        assert!(render(&md(""), &[]).is_empty());
    }
}
