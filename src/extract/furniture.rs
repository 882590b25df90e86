//! Page furniture: lines of a web page that are not the article (timestamps, reading times,
//! share counters, stock tickers, related-article lists). Numbers on them are never claims.

use std::cell::Cell;

/// Looks lines up lazily, remembering the last answer (mentions come in order).
#[derive(Debug, Default)]
pub struct Lines {
    last: Cell<Option<(usize, usize, bool)>>,
}

/// Headings that open a list of links to other articles.
const LIST_HEADINGS: &[&str] = &[
    "related",
    "related articles",
    "related stories",
    "related news",
    "related posts",
    "related content",
    "read also",
    "also read",
    "read more",
    "more stories",
    "more news",
    "more from",
    "top stories",
    "top news",
    "latest",
    "latest news",
    "latest stories",
    "most read",
    "most popular",
    "most viewed",
    "popular",
    "trending",
    "trending now",
    "recommended",
    "recommended for you",
    "you may also like",
    "you might also like",
    "editor's choice",
    "editor’s choice",
    "editors' picks",
    "more on this story",
    "see also",
    "in other news",
    "explore more",
    "other stories",
    "don't miss",
    "must read",
];

/// How a furniture line may begin, whatever follows.
const STRONG_STARTS: &[&str] = &[
    "©",
    "(c)",
    "copyright",
    "all rights reserved",
    "read also",
    "also read",
    "read more",
    "related:",
    "related -",
    "see also:",
    "also see",
    "watch:",
    "listen:",
    "also watch",
    "photo:",
    "photo credit",
    "photos:",
    "image:",
    "image credit",
    "file photo",
    "caption:",
    "credit:",
    "tags:",
    "filed under",
    "comments (",
    "reading time",
    "listen to this article",
    "follow us",
    "share this",
    "share on",
];

/// How a furniture line may begin when it is short and no sentence (`Published 3 May 2024`).
const WEAK_STARTS: &[&str] = &[
    "updated",
    "last updated",
    "published",
    "first published",
    "posted",
    "last modified",
    "modified",
    "advertisement",
    "sponsored",
    "subscribe",
    "sign up",
    "print",
    "download",
    "share",
    "comments",
    "views",
];

/// Words that name a market index or a rate on a ticker line.
const TICKER_WORDS: &[&str] = &[
    "kse",
    "psx",
    "sensex",
    "nifty",
    "dow",
    "ftse",
    "nasdaq",
    "s&p",
    "nikkei",
    "hang seng",
    "dax",
    "cac",
    "ngx",
    "nse",
    "jse",
    "brent",
    "wti",
    "gold",
    "usd/",
    "/usd",
    "eur/",
    "gbp/",
    "bitcoin",
    "btc",
    "crude",
    "kospi",
    "asx",
    "dse",
    "cse",
];

impl Lines {
    /// True when the line holding byte `pos` of `text` is page furniture.
    pub fn is_furniture(&self, text: &str, pos: usize) -> bool {
        let bytes = text.as_bytes();
        if let Some((s, e, v)) = self.last.get()
            && s <= pos
            && pos < e
        {
            return v;
        }
        let before = bytes.get(..pos).unwrap_or_default();
        let after = bytes.get(pos..).unwrap_or_default();
        let start = memchr::memrchr(b'\n', before).map_or(0, |p| p + 1);
        let end = memchr::memchr(b'\n', after).map_or(bytes.len(), |p| pos + p);
        let line = text.get(start..end).unwrap_or_default();
        let verdict = furniture_line(line)
            || after_list_heading(text, start)
            || counter_under_headline(text, start, end);
        self.last.set(Some((start, end, verdict)));
        verdict
    }
}

/// True when `line` (one line, without its line break) is page furniture.
pub fn furniture_line(line: &str) -> bool {
    let trimmed = line.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '•' | '*' | '-' | '|' | '>' | '#' | '·' | '–' | '—')
    });
    if trimmed.is_empty() || trimmed.len() > 240 {
        return false;
    }
    // A long line that reads as a sentence is furniture only when it begins like a credit or a
    // copyright line, or counts reading time or characters: test its first letter before
    // lower-casing anything.
    if trimmed.len() > 140
        && trimmed.ends_with(['.', '"', '”', ')'])
        && !trimmed.contains("reserved")
        && !trimmed.contains(" read")
        && !trimmed.contains("haracters")
        && !matches!(
            trimmed.as_bytes().first().map(u8::to_ascii_lowercase),
            Some(b'(' | b'c' | b'r' | b'a' | b's' | b'w' | b'l' | b'p' | b'i' | b'f' | b't')
        )
        && !trimmed.starts_with('©')
    {
        return false;
    }
    // The patterns are ASCII, so folding ASCII letters is enough (and far cheaper).
    let mut lower = trimmed.to_owned();
    lower.make_ascii_lowercase();
    let short = trimmed.len() <= 140;
    let read = lower.contains(" read")
        && ["min read", "mins read", "minute read", "minutes read"]
            .iter()
            .any(|p| lower.contains(p));
    let counter = lower.contains("characters ")
        && (lower.contains("characters left") || lower.contains("characters remaining"));
    if read || counter || lower.contains("all rights reserved") {
        return true;
    }
    // Only lines whose first word begins some pattern are compared with the patterns.
    let head = lower
        .split([' ', ':'])
        .next()
        .unwrap_or("")
        .trim_end_matches(['-', ',']);
    // First bytes are compared before whole words: most heads begin no pattern at all.
    let first = head.as_bytes().first();
    let starts = |list: &[&str]| {
        list.iter().any(|s| {
            (first.is_none() || s.as_bytes().first() == first)
                && s.starts_with(head)
                && lower
                    .strip_prefix(s)
                    .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphabetic()))
        })
    };
    let no_sentence = || !lower.trim_end().ends_with('.') && sentence_words(&lower) <= 8;
    if starts(STRONG_STARTS) && (short || !sentence_like(&lower)) {
        return true;
    }
    if short && starts(WEAK_STARTS) && no_sentence() {
        return true;
    }
    if short
        && (lower.ends_with(" ago") || lower.contains(" ago") && ago_stamp(&lower))
        && no_sentence()
    {
        return true;
    }
    if short && ticker_line(trimmed, &lower) {
        return true;
    }
    false
}

/// True when the line `text[start..end]` is a bare view or share counter between the headline
/// and the first paragraph: one to four digits alone (no unit, `%` or `million`), the text's
/// first line before it a headline (no end mark, three words at least), and the line after it
/// a paragraph of prose opening with a capital (eight words at least, longer than a stat card's
/// short caption, and not a caption's `The number of …`).
/// A zero alone on its line is a counter wherever it stands.
fn counter_under_headline(text: &str, start: usize, end: usize) -> bool {
    let own = text.get(start..end).unwrap_or_default().trim();
    if own.is_empty() || own.len() > 4 || !own.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    // A zero alone on its line counts nothing a page could state: an empty counter.
    if own == "0" {
        return true;
    }
    let head = text.get(..start).unwrap_or_default().trim();
    let headline = !head.is_empty()
        && !head.contains('\n')
        && head.len() <= 200
        && !head.ends_with(['.', '!', '?', ':'])
        && head.split_whitespace().count() >= 3;
    let rest = text.get(end..).unwrap_or_default().trim_start();
    let next = rest.split('\n').next().unwrap_or_default().trim();
    headline
        && next.len() > 40
        && next.split_whitespace().count() >= 8
        && next.starts_with(|c: char| c.is_uppercase())
        && next.ends_with(['.', '"', '”'])
        // A caption saying what a card counts: `The number of people held …`.
        && !["The number of", "The share of", "The percentage of", "The proportion of", "The amount of"]
            .iter()
            .any(|c| next.starts_with(c))
}

/// `3h ago`, `6 minutes ago Wed 30th …`: a time stamp relative to now, early in a short line.
fn ago_stamp(lower: &str) -> bool {
    lower.match_indices(" ago").any(|(at, _)| {
        let before = lower.get(..at).unwrap_or_default();
        let unit = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let digits = unit.starts_with(|c: char| c.is_ascii_digit())
            || before
                .trim_end()
                .rsplit(' ')
                .nth(1)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        digits
            && matches!(
                unit.trim_start_matches(|c: char| c.is_ascii_digit()),
                "s" | "m"
                    | "h"
                    | "d"
                    | "w"
                    | "min"
                    | "mins"
                    | "minute"
                    | "minutes"
                    | "hr"
                    | "hrs"
                    | "hour"
                    | "hours"
                    | "day"
                    | "days"
                    | "week"
                    | "weeks"
                    | "sec"
                    | "secs"
                    | "seconds"
            )
            && sentence_words(lower) <= 12
    })
}

/// A stock or currency ticker: a short line of index names, levels and signed changes.
fn ticker_line(line: &str, lower: &str) -> bool {
    // The arrows all begin with the byte 0xE2; most lines have none.
    let arrows = memchr::memchr(0xE2, line.as_bytes()).is_some()
        && line.contains(['▲', '▼', '△', '▽', '↑', '↓', '⬆', '⬇']);
    let signed = || {
        line.contains('%')
            && line
                .as_bytes()
                .windows(2)
                .any(|w| matches!(w, [b'+' | b'-', d] if d.is_ascii_digit()))
    };
    let named = || TICKER_WORDS.iter().any(|w| lower.contains(w));
    (arrows || (signed() && named())) && sentence_words(lower) <= 5
}

/// Number of lower-case words of three letters or more: prose has many, furniture few.
fn sentence_words(lower: &str) -> usize {
    lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 3 && (w.len() > 9 || !TICKER_WORDS.contains(w)))
        .count()
}

/// True when a line reads like a sentence of prose (ends with a full stop and has many words).
fn sentence_like(lower: &str) -> bool {
    sentence_words(lower) >= 12 && lower.trim_end().ends_with(['.', '"', '”'])
}

/// True when the line starting at `start` follows a heading such as `Related articles`, with
/// only short lines (headlines) between.
fn after_list_heading(text: &str, start: usize) -> bool {
    let mut end = start;
    let mut seen = 0;
    let mut budget = 1200usize;
    while end > 0 && seen < 8 && budget > 0 {
        let line_end = end - 1; // the line break before the current line
        let before = text.as_bytes().get(..line_end).unwrap_or_default();
        let line_start = memchr::memrchr(b'\n', before).map_or(0, |p| p + 1);
        let line = text.get(line_start..line_end).unwrap_or_default().trim();
        if (4..=40).contains(&line.len()) && !line.ends_with(['.', '"', '”']) {
            let heading = line.trim_end_matches(':').trim();
            // Headings are short and begin with a letter; compare lengths before letters.
            if LIST_HEADINGS
                .iter()
                .any(|h| h.len() == heading.len() && h.eq_ignore_ascii_case(heading))
            {
                // A sentence of prose is no headline of a list (`Related Stories` and then the
                // story, one paragraph to a line): neither the line itself nor one between.
                // (Read only once a heading is found: most lines follow none.)
                let prose = |line: &str| sentence_like(&line.to_lowercase());
                let between = text.get(line_end..start).unwrap_or_default();
                let rest = text.get(start..).unwrap_or_default();
                let own = rest
                    .get(..memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len()))
                    .unwrap_or_default();
                return !prose(own) && !between.lines().any(prose);
            }
        }
        if !line.is_empty() {
            seen += 1;
            if line.len() > 200 {
                // A paragraph of prose ends any list of headlines.
                return false;
            }
        }
        budget = budget.saturating_sub(line_end - line_start + 1);
        end = line_start;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_counter_under_the_headline_is_furniture_and_a_stat_card_is_not() {
        let counter = |text: &str, line: &str| {
            let start = text.find(line).unwrap();
            counter_under_headline(text, start, start + line.len())
        };
        let page = "Forced labour found on fishing boats\n\n214\n\nInspectors boarded six \
                    trawlers at the port and spoke to the crews on Tuesday.\n";
        assert!(counter(page, "214"));
        // A stat card: a short caption, or a number with its unit.
        assert!(!counter(
            "Child labour in numbers\n\n160\n\nchildren in child labour.\n",
            "160"
        ));
        assert!(!counter(
            "The figures to know this year\n\n93\n\nThe number of people held in slavery \
             for every 1,000 in one country.\n",
            "93"
        ));
        assert!(!counter(
            "Child labour in numbers\n\n12%\n\nInspectors boarded six trawlers at the \
             port and spoke to the crews on Tuesday.\n",
            "12%"
        ));
        // A short headline, and a zero alone anywhere.
        assert!(counter(
            "Trafficking on the rise\n\n196\n\nCases of trafficking rose sharply, with many \
             victims found last year, the police said.\n",
            "196"
        ));
        assert!(counter(
            "A paragraph of prose comes first.\n\n0\n\nMore text.\n",
            "0"
        ));
        // Not under the text's first line.
        assert!(!counter(
            "A paragraph of prose comes first.\nForced labour on boats\n214\nInspectors \
             boarded six trawlers at the port and spoke to the crews on Tuesday.\n",
            "214"
        ));
    }

    #[test]
    fn recognises_furniture_lines() {
        for line in [
            "Updated 3h ago",
            "5 min read",
            "Faizan Hashmi 6 minutes ago Wed 30th December 2020 | 06:30 PM",
            "Published: 22 January 2025 - 10:46",
            "© 2024 The Daily Example. All rights reserved.",
            "KSE-100 ▲ 78,234.56 +1.2%",
            "PSX 78,234 +0.8% | USD/PKR 278.5 -0.1%",
            "READ ALSO: Agency rescues 52 victims within 10 days",
            "You have 2000 characters left.",
        ] {
            assert!(furniture_line(line), "{line}");
        }
    }

    #[test]
    fn prose_is_not_furniture() {
        for line in [
            "The agency rescued 1,660 people last year, up 12% from the year before.",
            "Prices rose 3.55% in the 12 months to mid-July, data showed.",
            "Three years ago, 400 children were rescued from brick kilns.",
        ] {
            assert!(!furniture_line(line), "{line}");
        }
    }

    #[test]
    fn headlines_under_a_related_heading_are_furniture() {
        let text = "The report said 40 people were held.\n\nRelated Articles\n\nPolice free 15 workers\n\nCourt jails 3 traffickers\n";
        let lines = Lines::default();
        assert!(!lines.is_furniture(text, text.find("40").unwrap()));
        assert!(lines.is_furniture(text, text.find("15").unwrap()));
        assert!(lines.is_furniture(text, text.find("3 traff").unwrap()));
        // The story itself, one paragraph to a line after the heading, is prose.
        let text = "Related Stories\nForced labour makes profits of $150bn a year for the \
                    people who run it, a new study by the labour agency says.\nSome 21 million \
                    people worldwide are in forced labour, it says, most of them in Asia.\n";
        let lines = Lines::default();
        assert!(!lines.is_furniture(text, text.find("$150bn").unwrap()));
        assert!(!lines.is_furniture(text, text.find("21 million").unwrap()));
    }
}
