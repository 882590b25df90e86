//! HTML to prose: the article's text only, entities decoded, with a map back into the file.
//!
//! What is read: the text inside `<article>` elements if the page has any, else inside `<main>`,
//! else the whole page. What is skipped: the `<head>` (title and metadata), `script`, `style`,
//! `noscript`, `template`, `svg`, `math`, `iframe`, `object`, `pre`, `code`, `nav`, `aside`,
//! `footer`, and `header` outside an article (the site's masthead; an article's own header holds
//! its headline and is read). Block elements become paragraph breaks so sentences never run
//! together; HTML comments are read only for `tipcheck-` directives.

use html5gum::emitters::callback::{Callback, CallbackEmitter, CallbackEvent};
use html5gum::{Emitter, Error, ForwardingEmitter, Span, Tokenizer};
use std::borrow::Cow;
use std::convert::Infallible;
use std::ops::Range;

use super::directives::{self, Directive};
use super::sourcemap::{Builder, SourceMap};

/// Elements whose content is never article text.
fn is_skipped(name: &str) -> bool {
    // A `match` of the names, which the compiler turns into a few comparisons of lengths and
    // bytes (a search of a list compared every name in turn).
    matches!(
        name,
        "head"
            | "title"
            | "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "pre"
            | "code"
            | "kbd"
            | "samp"
            | "nav"
            | "aside"
            | "footer"
            | "select"
            | "button"
            | "textarea"
    )
}

/// Elements that end a paragraph: their tags become a blank line in the prose.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "blockquote"
            | "body"
            | "caption"
            | "dd"
            | "details"
            | "dialog"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
    )
}

/// A tag's name, lower-cased (as the tokenizer gives it): the name of an element of
/// [`is_skipped`] or [`is_block`] or of a common inline element is borrowed, any other copied.
fn tag_name(raw: &[u8]) -> Cow<'static, str> {
    // One `match`, which the compiler turns into a few comparisons of lengths and bytes.
    Cow::Borrowed(match raw {
        b"address" => "address",
        b"article" => "article",
        b"blockquote" => "blockquote",
        b"body" => "body",
        b"caption" => "caption",
        b"dd" => "dd",
        b"details" => "details",
        b"dialog" => "dialog",
        b"div" => "div",
        b"dl" => "dl",
        b"dt" => "dt",
        b"fieldset" => "fieldset",
        b"figcaption" => "figcaption",
        b"figure" => "figure",
        b"footer" => "footer",
        b"form" => "form",
        b"h1" => "h1",
        b"h2" => "h2",
        b"h3" => "h3",
        b"h4" => "h4",
        b"h5" => "h5",
        b"h6" => "h6",
        b"header" => "header",
        b"hgroup" => "hgroup",
        b"hr" => "hr",
        b"html" => "html",
        b"li" => "li",
        b"main" => "main",
        b"nav" => "nav",
        b"ol" => "ol",
        b"p" => "p",
        b"section" => "section",
        b"summary" => "summary",
        b"table" => "table",
        b"tbody" => "tbody",
        b"td" => "td",
        b"tfoot" => "tfoot",
        b"th" => "th",
        b"thead" => "thead",
        b"tr" => "tr",
        b"ul" => "ul",
        b"head" => "head",
        b"title" => "title",
        b"script" => "script",
        b"style" => "style",
        b"noscript" => "noscript",
        b"template" => "template",
        b"svg" => "svg",
        b"math" => "math",
        b"iframe" => "iframe",
        b"object" => "object",
        b"pre" => "pre",
        b"code" => "code",
        b"kbd" => "kbd",
        b"samp" => "samp",
        b"aside" => "aside",
        b"select" => "select",
        b"button" => "button",
        b"textarea" => "textarea",
        b"a" => "a",
        b"b" => "b",
        b"br" => "br",
        b"em" => "em",
        b"i" => "i",
        b"img" => "img",
        b"link" => "link",
        b"meta" => "meta",
        b"small" => "small",
        b"span" => "span",
        b"strong" => "strong",
        b"sub" => "sub",
        b"sup" => "sup",
        b"time" => "time",
        b"u" => "u",
        _ => return Cow::Owned(lossy(raw).to_ascii_lowercase()),
    })
}

/// Meta names (in `property`, `name` or `itemprop`) that give the publication date.
const DATE_META: &[&str] = &["article:published_time", "datepublished"];

/// An HTML file read as prose.
#[derive(Debug, Clone, Default)]
pub struct Html {
    /// The article's text, entities decoded.
    pub text: String,
    /// Where each byte of `text` came from.
    pub map: SourceMap,
    /// The publication date (`YYYY-MM-DD`), from `article:published_time` or `<time datetime>`.
    pub date: Option<String>,
    /// The `tipcheck-` directives in the file's comments.
    pub directives: Vec<Directive>,
}

enum Event {
    Start {
        name: Cow<'static, str>,
        span: Range<usize>,
        self_closing: bool,
        date: Option<String>,
        meta_date: Option<String>,
    },
    End {
        name: Cow<'static, str>,
        span: Range<usize>,
    },
    Text(Range<usize>),
    Comment(String, Range<usize>),
}

fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The attributes the reader looks at, in the order of [`Attributes`]' slots.
const ATTRIBUTES: [&[u8]; 5] = [b"property", b"name", b"itemprop", b"content", b"datetime"];

/// A start tag's values of [`ATTRIBUTES`] (the first of each name, as HTML says).
type Attributes = [Option<Vec<u8>>; 5];

/// The attribute's value, trimmed, if the tag has it.
fn attribute(attributes: &Attributes, name: &str) -> Option<String> {
    let slot = ATTRIBUTES.iter().position(|a| *a == name.as_bytes())?;
    attributes
        .get(slot)?
        .as_deref()
        .map(|v| lossy(v).trim().to_string())
}

/// Turns the tokenizer's callbacks into [`Event`]s: text and comments by their spans, tags by
/// their names, and only the attributes the publication date needs.
struct Collect<'a> {
    out: &'a mut Vec<Event>,
    name: Cow<'static, str>,
    start: usize,
    attributes: Attributes,
    /// Which slot of `attributes` an attribute value goes to (none for attributes not read).
    current: Option<usize>,
}

impl Callback<Infallible, usize> for Collect<'_> {
    fn handle_event(&mut self, event: CallbackEvent<'_>, span: Span<usize>) -> Option<Infallible> {
        match event {
            CallbackEvent::OpenStartTag { name } => {
                self.name = tag_name(name);
                self.start = span.start;
            }
            CallbackEvent::AttributeName { name } => {
                // A repeated attribute is ignored, as the default emitter does.
                self.current = ATTRIBUTES
                    .iter()
                    .position(|a| *a == name)
                    .filter(|&slot| self.attributes.get(slot).is_some_and(Option::is_none));
                if let Some(value) = self.current.and_then(|slot| self.attributes.get_mut(slot)) {
                    *value = Some(Vec::new());
                }
            }
            CallbackEvent::AttributeValue { value } => {
                if let Some(Some(v)) = self.current.and_then(|slot| self.attributes.get_mut(slot)) {
                    v.extend_from_slice(value);
                }
            }
            CallbackEvent::CloseStartTag { self_closing } => {
                let name = std::mem::replace(&mut self.name, Cow::Borrowed(""));
                let attributes = std::mem::take(&mut self.attributes);
                let meta_date = (name == "meta")
                    .then(|| {
                        let key = attribute(&attributes, "property")
                            .or_else(|| attribute(&attributes, "name"))
                            .or_else(|| attribute(&attributes, "itemprop"))?;
                        DATE_META
                            .contains(&key.to_ascii_lowercase().as_str())
                            .then(|| attribute(&attributes, "content"))
                            .flatten()
                    })
                    .flatten();
                let date = (name == "time")
                    .then(|| attribute(&attributes, "datetime"))
                    .flatten();
                self.out.push(Event::Start {
                    name,
                    span: self.start..span.end,
                    self_closing,
                    date,
                    meta_date,
                });
            }
            CallbackEvent::EndTag { name } => {
                self.attributes = Attributes::default();
                self.current = None;
                self.out.push(Event::End {
                    name: tag_name(name),
                    span: span.start..span.end,
                });
            }
            CallbackEvent::String { .. } => self.out.push(Event::Text(span.start..span.end)),
            CallbackEvent::Comment { value } => {
                self.out
                    .push(Event::Comment(lossy(value), span.start..span.end));
            }
            CallbackEvent::Doctype { .. } | CallbackEvent::Error(_) => {}
        }
        None
    }
}

/// The tokenizer's callback emitter without its parse errors, which the reader ignores: not
/// validating every byte for them is a fifth of the cost of reading HTML.
struct Quiet<'a>(CallbackEmitter<Collect<'a>, Infallible, usize>);

impl<'a> ForwardingEmitter for Quiet<'a> {
    type Token = Infallible;

    fn inner(&mut self) -> &mut impl Emitter<Token = Self::Token> {
        &mut self.0
    }

    #[inline]
    fn should_emit_errors(&mut self) -> bool {
        false
    }

    #[inline]
    fn emit_error(&mut self, _error: Error) {}
}

fn events(source: &str) -> Vec<Event> {
    // About one tag or text a few dozen bytes: room for them up front, not grown one by one.
    let mut out = Vec::with_capacity(source.len() / 32 + 8);
    let mut emitter = CallbackEmitter::new(Collect {
        out: &mut out,
        name: Cow::Borrowed(""),
        start: 0,
        attributes: Attributes::default(),
        current: None,
    });
    emitter.naively_switch_states(true);
    let Ok(()) = Tokenizer::new_with_emitter(source, Quiet(emitter)).finish();
    out
}

/// Open elements of one kind, closed leniently (an end tag closes the nearest open one).
#[derive(Default)]
struct Open(Vec<Cow<'static, str>>);

impl Open {
    fn push(&mut self, name: Cow<'static, str>) {
        self.0.push(name);
    }
    fn close(&mut self, name: &str) {
        if let Some(i) = self.0.iter().rposition(|n| n == name) {
            self.0.truncate(i);
        }
    }
    fn any(&self) -> bool {
        !self.0.is_empty()
    }
}

/// Reads an HTML file as prose.
pub fn read(source: &str) -> Html {
    let events = events(source);
    let has = |tag: &str| {
        events
            .iter()
            .any(|e| matches!(e, Event::Start { name, .. } if name == tag))
    };
    let scope_tag = if has("article") {
        Some("article")
    } else if has("main") {
        Some("main")
    } else {
        None
    };
    // The prose is at most about as long as the page.
    let mut b = Builder::with_capacity(source.len());
    let mut skipped = Open::default();
    let mut scope = Open::default();
    let mut articles = Open::default();
    let mut meta_date = None;
    let mut time_date = None;
    let mut directives_found = Vec::new();
    // A paragraph break waits for the text after it, so the prose never ends with one.
    let mut pending: Option<Range<usize>> = None;
    for event in &events {
        let in_scope = scope_tag.is_none() || scope.any();
        match event {
            Event::Start {
                name,
                span,
                self_closing,
                date,
                meta_date: meta,
            } => {
                if meta_date.is_none() {
                    meta_date = meta.as_deref().and_then(iso_date);
                }
                if time_date.is_none() && in_scope && !skipped.any() {
                    time_date = date.as_deref().and_then(iso_date);
                }
                if *self_closing {
                    // `<br/>` and `<hr/>` still break the text; nothing opens.
                    let readable = in_scope && !skipped.any();
                    start_break(&mut b, &mut pending, name, span, readable);
                    continue;
                }
                if name == "body" {
                    // A body closes a head left open.
                    skipped.close("head");
                }
                if Some(&**name) == scope_tag {
                    scope.push(name.clone());
                }
                if name == "article" {
                    articles.push(name.clone());
                }
                let skip = is_skipped(name) || (name == "header" && !articles.any());
                if skip {
                    skipped.push(name.clone());
                }
                let readable = in_scope && !skipped.any();
                start_break(&mut b, &mut pending, name, span, readable);
            }
            Event::End { name, span } => {
                skipped.close(name);
                if Some(&**name) == scope_tag {
                    scope.close(name);
                }
                if name == "article" {
                    articles.close(name);
                }
                if is_block(name) && !b.text().is_empty() {
                    pending = Some(span.clone());
                }
            }
            Event::Text(span) => {
                if in_scope && !skipped.any() {
                    flush(&mut b, &mut pending);
                    decode_into(&mut b, source, span.clone());
                }
            }
            Event::Comment(body, span) => {
                directives_found.extend(directives::from_comment(body, span.clone()));
            }
        }
    }
    let (text, map) = b.finish();
    Html {
        text,
        map,
        date: meta_date.or(time_date),
        directives: directives_found,
    }
}

/// A start tag's effect on the text: `<br>` breaks the line, a block element the paragraph.
fn start_break(
    b: &mut Builder,
    pending: &mut Option<Range<usize>>,
    name: &str,
    span: &Range<usize>,
    readable: bool,
) {
    if b.text().is_empty() {
        return;
    }
    if name == "br" && readable {
        flush(b, pending);
        b.replaced("\n", span.clone());
    } else if is_block(name) {
        *pending = Some(span.clone());
    }
}

/// Writes the paragraph break waiting for text, unless the prose already ends with one.
fn flush(b: &mut Builder, pending: &mut Option<Range<usize>>) {
    let Some(span) = pending.take() else {
        return;
    };
    let text = b.text();
    let newlines = text.len() - text.trim_end_matches('\n').len();
    if newlines < 2 {
        b.replaced("\n\n".get(newlines..).unwrap_or_default(), span);
    }
}

/// Appends the text of `source[span]` with its character references decoded.
fn decode_into(b: &mut Builder, source: &str, span: Range<usize>) {
    let Some(raw) = source.get(span.clone()) else {
        return;
    };
    let mut copied = 0;
    let mut at = 0;
    while let Some(amp) = raw.get(at..).and_then(|rest| rest.find('&')) {
        let start = at + amp;
        at = start + 1;
        // `&` is one byte, so `start` and everything `reference_len` counts are boundaries.
        let Some((before, reference)) = raw
            .get(start..)
            .and_then(reference_len)
            .and_then(|len| Some((raw.get(copied..start)?, raw.get(start..start + len)?)))
        else {
            continue;
        };
        let decoded = htmlize::unescape(reference);
        if decoded == reference {
            continue;
        }
        b.verbatim(before, span.start + copied);
        // A soft hyphen (`&shy;`) is a place a word may break, not a character of the word.
        b.replaced(
            &decoded.replace('\u{ad}', ""),
            span.start + start..span.start + start + reference.len(),
        );
        copied = start + reference.len();
        at = copied;
    }
    b.verbatim(raw.get(copied..).unwrap_or_default(), span.start + copied);
}

/// The length of the `&...;` reference at the start of `s`, if it looks like one.
fn reference_len(s: &str) -> Option<usize> {
    let body = s.get(1..)?;
    let name_len = if let Some(num) = body.strip_prefix('#') {
        let digits = match num.strip_prefix(['x', 'X']) {
            Some(hex) => 1 + hex.bytes().take_while(u8::is_ascii_hexdigit).count(),
            None => num.bytes().take_while(u8::is_ascii_digit).count(),
        };
        1 + digits
    } else {
        body.bytes().take_while(u8::is_ascii_alphanumeric).count()
    };
    (name_len > 0 && name_len <= 40 && body.get(name_len..)?.starts_with(';'))
        .then_some(name_len + 2)
}

/// The `YYYY-MM-DD` a date or date-time value starts with, if it starts with one.
pub fn iso_date(value: &str) -> Option<String> {
    let date = value.trim().get(..10)?;
    let shape = date.bytes().enumerate().all(|(i, c)| match i {
        4 | 7 => c == b'-',
        _ => c.is_ascii_digit(),
    });
    shape.then(|| date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_tag_names_are_borrowed_and_others_lower_cased() {
        // Every element of the HTML standard: those the reader treats apart are borrowed.
        let all = "a abbr address area article aside audio b base bdi bdo blockquote body br \
            button canvas caption cite code col colgroup data datalist dd del details dfn dialog \
            div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head \
            header hgroup hr html i iframe img input ins kbd label legend li link main map mark \
            math menu meta meter nav noscript object ol optgroup option output p picture pre \
            progress q rp rt ruby s samp script search section select slot small source span \
            strong style sub summary sup svg table tbody td template textarea tfoot th thead time \
            title tr track u ul var video wbr";
        let mut treated = 0;
        for name in all.split_whitespace() {
            if is_skipped(name) || is_block(name) {
                treated += 1;
                assert!(
                    matches!(tag_name(name.as_bytes()), Cow::Borrowed(n) if n == name),
                    "{name}"
                );
            }
            assert_eq!(tag_name(name.as_bytes()), name);
        }
        // The 41 block elements and 20 skipped ones, of which `nav` and `footer` are both.
        assert_eq!(treated, 59);
        assert_eq!(tag_name(b"Custom-Tag"), "custom-tag");
        assert_eq!(tag_name(b"DIV"), "div");
    }

    fn prose(html: &str) -> String {
        read(html).text
    }

    #[test]
    fn decodes_entities_and_maps_back_to_the_original_bytes() {
        let html = "<p>Caf&eacute; &amp; 3.3&nbsp;million children &#x2014; said</p>";
        let doc = read(html);
        assert_eq!(doc.text, "Café & 3.3\u{a0}million children \u{2014} said");
        let at = doc.text.find("3.3").unwrap();
        let end = at + "3.3\u{a0}million".len();
        let range = doc.map.range(at..end);
        assert_eq!(&html[range], "3.3&nbsp;million");
        let cafe = doc.map.range(0..doc.text.find(' ').unwrap());
        assert_eq!(&html[cafe], "Caf&eacute;");
    }

    #[test]
    fn skips_scripts_styles_navigation_and_the_page_header() {
        let html = "<html><head><title>12 things</title><style>p{width:40%}</style></head>\
            <body><header>Subscribe: 17,828 readers</header><nav>Top 10</nav>\
            <p>One in four <b>victims</b> is 38% of<script>var n = 99;</script> the total.</p>\
            <aside>Related: 55 stories</aside><footer>© 2024, 77 Street</footer></body></html>";
        let text = prose(html);
        for gone in ["12 things", "40%", "17,828", "Top 10", "99", "55", "77"] {
            assert!(!text.contains(gone), "{gone} should be skipped: {text:?}");
        }
        assert!(
            text.contains("One in four victims is 38% of the total."),
            "{text:?}"
        );
    }

    #[test]
    fn reads_only_the_article_when_there_is_one() {
        let html = "<body><div>Trending: 5 million views</div><article><header><h1>Half of \
            victims</h1></header><p>Body 38%.</p><footer>Tags: 3</footer></article>\
            <div>More: 9 stories</div></body>";
        let text = prose(html);
        assert!(
            text.contains("Half of victims"),
            "an article's own header is read: {text:?}"
        );
        assert!(text.contains("Body 38%."));
        for gone in ["5 million", "Tags: 3", "9 stories"] {
            assert!(!text.contains(gone), "{gone}: {text:?}");
        }
    }

    #[test]
    fn blocks_become_paragraph_breaks_and_inline_tags_vanish() {
        let text = prose("<p>victims.</p><p>In 2020</p><li>a<br>b<br/>c</li><p>3<sup>rd</sup></p>");
        assert_eq!(text, "victims.\n\nIn 2020\n\na\nb\nc\n\n3rd");
    }

    #[test]
    fn finds_the_publication_date() {
        let meta = "<head><meta property=\"article:published_time\" \
            content=\"2024-09-12T08:00:00+05:00\"></head><p>x <time datetime=\"2020-01-02\">then</time></p>";
        assert_eq!(read(meta).date.as_deref(), Some("2024-09-12"));
        let time =
            "<article><p>Posted <time datetime=\"2023-05-06T10:00\">May</time></p></article>";
        assert_eq!(read(time).date.as_deref(), Some("2023-05-06"));
        assert_eq!(read("<p>undated</p>").date, None);
        assert_eq!(iso_date("2024-9-1"), None);
    }

    #[test]
    fn comments_give_directives_and_no_text() {
        let html = "<p>a</p><!-- tipcheck-disable-next-line conflict: quoted --><p>b 50%</p><!-- plain -->";
        let doc = read(html);
        assert_eq!(doc.directives.len(), 1);
        assert_eq!(doc.directives[0].reason.as_deref(), Some("quoted"));
        assert_eq!(
            &html[doc.directives[0].source.clone()],
            "<!-- tipcheck-disable-next-line conflict: quoted -->"
        );
        assert!(!doc.text.contains("plain") && !doc.text.contains("quoted"));
    }

    #[test]
    fn unknown_references_stay_as_written() {
        assert_eq!(prose("<p>R&D &unknown; & 5</p>"), "R&D &unknown; & 5");
    }
}
