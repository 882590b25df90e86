//! Markdown to prose: keeps the text of paragraphs, headings, lists and tables, blanks the rest.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

use super::directives::{self, Directive};
use super::sourcemap::{Builder, SourceMap};

/// What one parse of a Markdown file finds.
#[derive(Debug, Default)]
pub struct Read {
    /// Byte ranges of the source that hold prose.
    pub keep: Vec<Range<usize>>,
    /// The prose ranges whose text is not their bytes (`&nbsp;`, `&#37;`, `&amp;`), with the text.
    pub decoded: Vec<(Range<usize>, String)>,
    /// The `tipcheck-` directives of the HTML comments outside code.
    pub directives: Vec<Directive>,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
}

/// The `tipcheck-` directives in the HTML comments of `source` (not those inside code).
#[cfg(test)]
pub fn directives(source: &str) -> Vec<Directive> {
    read(source).directives
}

/// Byte ranges of `source` that hold prose: text outside code, front matter, images and raw HTML.
#[cfg(test)]
pub fn prose_ranges(source: &str) -> Vec<Range<usize>> {
    read(source).keep
}

/// The byte ranges of `source` that hold prose (text outside code, front matter, images and raw
/// HTML), the character references among them, and the `tipcheck-` directives in its HTML
/// comments (not those inside code), from one parse.
pub fn read(source: &str) -> Read {
    let mut keep: Vec<Range<usize>> = Vec::new();
    let mut decoded = Vec::new();
    let mut found = Vec::new();
    let mut hidden = 0usize;
    for (event, range) in Parser::new_ext(source, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::MetadataBlock(_) | Tag::Image { .. }) => {
                hidden += 1
            }
            Event::End(TagEnd::CodeBlock | TagEnd::MetadataBlock(_) | TagEnd::Image) => {
                hidden = hidden.saturating_sub(1)
            }
            Event::Text(text) if hidden == 0 => {
                // A character reference is a text of its own whose bytes are the reference.
                if source.get(range.clone()) != Some(&*text) {
                    decoded.push((range.clone(), text.into_string()));
                }
                match keep.last_mut() {
                    Some(last) if last.end == range.start => last.end = range.end,
                    _ => keep.push(range),
                }
            }
            Event::Start(Tag::HtmlBlock) | Event::InlineHtml(_) => {
                let html = source.get(range.clone()).unwrap_or_default();
                for (body, at) in directives::comments(html, range.start) {
                    found.extend(directives::from_comment(body, at));
                }
            }
            _ => {}
        }
    }
    Read {
        keep,
        decoded,
        directives: found,
    }
}

/// The prose of `source` as [`read`] found it: every byte outside the prose blanked, and each
/// character reference read as its character (a soft hyphen as nothing), with the map back.
///
/// Without references, the prose has the same length as the source and the map is the identity.
pub fn prose(source: &str, read: &Read) -> (String, SourceMap) {
    let blanked = blank_outside(source, &read.keep);
    if read.decoded.is_empty() {
        return (blanked, SourceMap::identity());
    }
    let mut b = Builder::new();
    let mut copied = 0;
    for (range, text) in &read.decoded {
        let Some(before) = blanked.get(copied..range.start) else {
            continue;
        };
        b.verbatim(before, copied);
        b.replaced(&text.replace('\u{ad}', ""), range.clone());
        copied = range.end;
    }
    b.verbatim(blanked.get(copied..).unwrap_or_default(), copied);
    b.finish()
}

/// The `date` of a YAML (`---`) or TOML (`+++`) front matter block at the start of `source`.
pub fn front_matter_date(source: &str) -> Option<super::Date> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut lines = source.lines();
    let fence = lines.next()?.trim_end();
    if fence != "---" && fence != "+++" {
        return None;
    }
    // Without a `date`, the month a `source` or `url` address is filed under
    // (`…/2022/05/slug`, `…/2023-03/slug`), as its first day.
    let mut filed = None;
    for line in lines {
        let line = line.trim_end();
        if line == fence || (fence == "---" && line == "...") {
            return filed;
        }
        let Some((key, value)) = line.split_once(if fence == "---" { ':' } else { '=' }) else {
            continue;
        };
        match key.trim() {
            "date" => return super::Date::parse(value.trim()),
            "source" | "url" if filed.is_none() => filed = month_in_address(value),
            _ => {}
        }
    }
    None
}

/// The first day of the month a web address names as a path segment of its own, a year then
/// a month (`/2022/05/`, `/2023-03/`), the way publishing systems file articles.
fn month_in_address(address: &str) -> Option<super::Date> {
    let address = address.trim().trim_matches(['"', '\'']);
    if !address.starts_with("http") {
        return None;
    }
    let segments: Vec<&str> = address.split('/').skip(3).collect();
    let year = |s: &str| {
        (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i32>().ok())
            .flatten()
            .filter(|y| (1990..=2100).contains(y))
    };
    let month = |s: &str| {
        (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u8>().ok())
            .flatten()
    };
    // The path's segments, not the last one (the article's own name).
    let inner = segments
        .split_last()
        .map(|(_, inner)| inner)
        .unwrap_or_default();
    inner.iter().enumerate().find_map(|(i, s)| {
        if let Some((y, m)) = s.split_once('-')
            && let (Some(y), Some(m)) = (year(y), month(m))
        {
            return super::Date::new(y, m, 1);
        }
        let y = year(s)?;
        let m = month(inner.get(i + 1)?)?;
        super::Date::new(y, m, 1)
    })
}

/// `source` with every byte outside `keep` turned into a space, line breaks kept, so offsets stay the same.
pub fn blank_outside(source: &str, keep: &[Range<usize>]) -> String {
    let mut out = Vec::with_capacity(source.len());
    let bytes = source.as_bytes();
    let mut pos = 0;
    for range in keep {
        let (start, end) = (range.start.max(pos), range.end.min(bytes.len()));
        blank_into(bytes.get(pos..start).unwrap_or_default(), &mut out);
        out.extend_from_slice(bytes.get(start..end).unwrap_or_default());
        pos = end.max(pos);
    }
    blank_into(bytes.get(pos..).unwrap_or_default(), &mut out);
    // Whole UTF-8 characters were copied or every one of their bytes became an ASCII space; if a
    // range ever split a character, its bytes are blanked too, so the length still agrees.
    String::from_utf8(out).unwrap_or_else(|e| {
        let mut text = String::with_capacity(e.as_bytes().len());
        for chunk in e.as_bytes().utf8_chunks() {
            text.push_str(chunk.valid());
            text.extend(chunk.invalid().iter().map(|_| ' '));
        }
        text
    })
}

fn blank_into(bytes: &[u8], out: &mut Vec<u8>) {
    out.extend(bytes.iter().map(|&b| match b {
        b'\n' | b'\r' => b,
        _ => b' ',
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose(md: &str) -> String {
        blank_outside(md, &prose_ranges(md))
    }

    #[test]
    fn character_references_are_read_as_their_characters() {
        let md = "About 3.3&nbsp;million children, 12&#37; of them, two&shy;thirds &amp; more.\n\n`&nbsp;` stays.\n";
        let found = read(md);
        let (text, map) = super::prose(md, &found);
        assert!(
            text.starts_with("About 3.3\u{a0}million children, 12% of them, twothirds & more."),
            "{text:?}"
        );
        let at = text.find("12%").unwrap();
        assert_eq!(
            map.range(at..at + 3),
            md.find("12&#37;").map(|s| s..s + 7).unwrap()
        );
        let at = text.find("million").unwrap();
        assert_eq!(&md[map.range(at..at + 7)], "million");
        assert!(!text.contains('`') && !text.contains("nbsp"));
        assert_eq!(text.lines().count(), md.lines().count());
    }

    #[test]
    fn prose_without_references_is_the_blanked_source() {
        let md = "Some **3.3 million** people.\n";
        let (text, map) = super::prose(md, &read(md));
        assert_eq!(text, prose(md));
        assert!(map.is_identity());
    }

    #[test]
    fn keeps_paragraph_text_at_the_same_offsets() {
        let md = "# Title 2024\n\nSome **3.3 million** people.\n";
        let text = prose(md);
        assert_eq!(text.len(), md.len());
        assert_eq!(text.find("3.3 million"), md.find("3.3 million"));
        assert!(text.contains("Title 2024"));
        assert!(!text.contains('#') && !text.contains('*'));
    }

    #[test]
    fn blanks_code_front_matter_images_and_html() {
        let md = "---\ndate: 2024\nviews: 17\n---\n\nText 5 here.\n\n```\nlet x = 42;\n```\n\n    indented 77\n\n![chart 99](img.png) and `inline 12`\n\n<!-- comment 33 -->\n\n[link 8](https://e.org/61)\n";
        let text = prose(md);
        assert_eq!(text.len(), md.len());
        for gone in ["17", "42", "77", "99", "33", "61", "img.png", "inline 12"] {
            assert!(!text.contains(gone), "{gone} should be blanked: {text:?}");
        }
        assert!(text.contains("Text 5 here."));
        assert!(text.contains("link 8"));
        assert_eq!(text.lines().count(), md.lines().count());
    }

    #[test]
    fn directives_come_from_comments_outside_code() {
        let md = "<!-- tipcheck-disable: archive -->\n\nText <!-- tipcheck-enable --> more.\n\n```\n<!-- tipcheck-disable: in code -->\n```\n<!-- a\nnote -->\n";
        let found = directives(md);
        let reasons: Vec<_> = found.iter().map(|d| d.kind).collect();
        use super::directives::DirectiveKind::*;
        assert_eq!(reasons, [Disable, Enable]);
        assert_eq!(&md[found[1].source.clone()], "<!-- tipcheck-enable -->");
    }

    #[test]
    fn reads_the_front_matter_date() {
        use super::super::Date;
        let day = Date::new(2024, 9, 12);
        assert_eq!(
            front_matter_date("---\ntitle: A\ndate: 2024-09-12\n---\nx"),
            day
        );
        assert_eq!(
            front_matter_date("---\ndate: \"2024-09-12T10:00:00Z\"\n---\n"),
            day
        );
        assert_eq!(front_matter_date("+++\ndate = 2024-09-12\n+++\n"), day);
        assert_eq!(
            front_matter_date("---\ntitle: A\n---\ndate: 2024-09-12\n"),
            None
        );
        assert_eq!(front_matter_date("date: 2024-09-12\n"), None);
        assert_eq!(front_matter_date("---\ndate: soon\n---\n"), None);
    }

    #[test]
    fn without_a_date_the_month_an_address_is_filed_under_dates_the_article() {
        let may = super::super::Date::new(2022, 5, 1);
        assert_eq!(
            front_matter_date("---\nsource: https://news.example/2022/05/a-story.html\n---\n"),
            may
        );
        assert_eq!(
            front_matter_date("---\nsource: https://news.example/en/2022-05/a-story\n---\n"),
            may
        );
        // A date wins; a year alone, a year in the name or a number that is no month does not.
        assert_eq!(
            front_matter_date(
                "---\nsource: https://news.example/2022/05/x\ndate: 2024-09-12\n---\n"
            ),
            super::super::Date::new(2024, 9, 12)
        );
        for address in [
            "https://news.example/2022/a-story",
            "https://news.example/story/2022/05",
            "https://news.example/2022/13/a-story",
            "https://news.example/arid-41538536.html",
        ] {
            assert_eq!(
                front_matter_date(&format!("---\nsource: {address}\n---\n")),
                None
            );
        }
    }

    #[test]
    fn keeps_multibyte_text_whole() {
        let md = "> “Quoted” – 38 per cent\n";
        let text = prose(md);
        assert!(text.contains("“Quoted” – 38 per cent"));
    }
}
