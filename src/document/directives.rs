//! Inline directives: `<!-- tipcheck-disable-next-line VERDICT: reason -->` and friends.
//!
//! Grammar (inside an HTML comment, or after `tipcheck:` at the end of a plain-text line):
//!
//! ```text
//! tipcheck-disable-next-line [VERDICT[, VERDICT]...]: REASON
//! tipcheck-disable-line      [VERDICT[, VERDICT]...]: REASON
//! tipcheck-disable           [VERDICT[, VERDICT]...]: REASON
//! tipcheck-enable
//! tipcheck: ignore           [VERDICT[, VERDICT]...]: REASON      (plain text, end of line)
//! ```
//!
//! No verdict means every verdict. This module only reads them; `suppress` applies them.

use std::ops::Range;

/// What a directive does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectiveKind {
    /// Hide findings on the line after the directive.
    DisableNextLine,
    /// Hide findings on the directive's own line (also `tipcheck: ignore`).
    DisableLine,
    /// Hide findings from here to the next `tipcheck-enable` (or the end of the file).
    Disable,
    /// End every open `tipcheck-disable`.
    Enable,
}

impl DirectiveKind {
    /// The directive's keyword as written.
    pub fn as_str(self) -> &'static str {
        match self {
            DirectiveKind::DisableNextLine => "tipcheck-disable-next-line",
            DirectiveKind::DisableLine => "tipcheck-disable-line",
            DirectiveKind::Disable => "tipcheck-disable",
            DirectiveKind::Enable => "tipcheck-enable",
        }
    }
}

/// One directive found in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// What it does.
    pub kind: DirectiveKind,
    /// Verdict names it applies to, as written; empty means every verdict.
    pub verdicts: Vec<String>,
    /// Why the finding is hidden, as written.
    pub reason: Option<String>,
    /// Byte range of the directive (the whole comment, or the marker to the end of the line).
    pub source: Range<usize>,
    /// What is wrong with it, if it cannot be applied as written.
    pub problem: Option<String>,
}

/// Reads the body of an HTML comment (without `<!--` and `-->`); `None` if it is no directive.
pub fn from_comment(body: &str, source: Range<usize>) -> Option<Directive> {
    let body = body.trim();
    if !body.starts_with("tipcheck") {
        return None;
    }
    let keyword_end = body
        .find(|c: char| c.is_whitespace() || c == ':')
        .unwrap_or(body.len());
    let (keyword, rest) = body.split_at(keyword_end);
    let kind = match keyword {
        "tipcheck-disable-next-line" => DirectiveKind::DisableNextLine,
        "tipcheck-disable-line" => DirectiveKind::DisableLine,
        "tipcheck-disable" => DirectiveKind::Disable,
        "tipcheck-enable" => DirectiveKind::Enable,
        "tipcheck" if rest.trim_start().starts_with(':') => {
            let rest = rest.trim_start().trim_start_matches(':').trim_start();
            return match rest.strip_prefix("ignore") {
                Some(rest) => Some(parse(
                    DirectiveKind::DisableLine,
                    "tipcheck: ignore",
                    rest,
                    source,
                )),
                None => Some(unknown(keyword, source)),
            };
        }
        _ => return Some(unknown(keyword, source)),
    };
    Some(parse(kind, kind.as_str(), rest, source))
}

/// The marker that starts a directive in plain text: `tipcheck: ignore`.
pub const TEXT_MARKER: &str = "tipcheck: ignore";

/// Reads a `tipcheck: ignore ...` marker at the end of one plain-text line, if there is one.
///
/// `line_start` is the line's byte offset in the file; the directive runs to the end of the line.
pub fn from_text_line(line: &str, line_start: usize) -> Option<Directive> {
    const MARKER: &str = TEXT_MARKER;
    let at = line.rfind(MARKER)?;
    let rest = line.get(at + MARKER.len()..)?;
    // `tipcheck: ignored` or `tipcheck: ignore-me` are words, not the marker.
    if rest.starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '_') {
        return None;
    }
    let end = line.trim_end().len().max(at + MARKER.len());
    Some(parse(
        DirectiveKind::DisableLine,
        MARKER,
        rest.trim_end(),
        line_start + at..line_start + end,
    ))
}

fn unknown(word: &str, source: Range<usize>) -> Directive {
    Directive {
        kind: DirectiveKind::DisableLine,
        verdicts: Vec::new(),
        reason: None,
        source,
        problem: Some(format!(
            "`{word}` is not a tipcheck directive; use tipcheck-disable-next-line, \
             tipcheck-disable-line, tipcheck-disable or tipcheck-enable"
        )),
    }
}

fn parse(kind: DirectiveKind, written: &str, rest: &str, source: Range<usize>) -> Directive {
    let (names, reason) = match rest.split_once(':') {
        Some((names, reason)) => (names, Some(reason.trim())),
        None => (rest, None),
    };
    let verdicts: Vec<String> = names
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    let reason = reason.filter(|r| !r.is_empty()).map(str::to_string);
    let problem = match kind {
        DirectiveKind::Enable if !verdicts.is_empty() || reason.is_some() => Some(
            "tipcheck-enable takes no verdicts or reason: it ends every open tipcheck-disable"
                .to_string(),
        ),
        DirectiveKind::Enable => None,
        _ if reason.is_none() => Some(format!(
            "a suppression needs a reason: write `{written} {}: why the claim stands`",
            if verdicts.is_empty() {
                "VERDICT".to_string()
            } else {
                verdicts.join(", ")
            }
        )),
        _ => None,
    };
    Directive {
        kind,
        verdicts,
        reason,
        source,
        problem,
    }
}

/// Every HTML comment in `html`, as (body, range of the whole comment).
pub fn comments(html: &str, base: usize) -> Vec<(&str, Range<usize>)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = html.get(from..).and_then(|rest| rest.find("<!--")) {
        let start = from + open;
        let body_start = start + 4;
        let Some(close) = html.get(body_start..).and_then(|rest| rest.find("-->")) else {
            break;
        };
        let body_end = body_start + close;
        let Some(body) = html.get(body_start..body_end) else {
            break;
        };
        found.push((body, base + start..base + body_end + 3));
        from = body_end + 3;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_disable_next_line_with_verdict_and_reason() {
        let d = from_comment(
            " tipcheck-disable-next-line wrong-metric: quoting the minister verbatim ",
            0..10,
        )
        .unwrap();
        assert_eq!(d.kind, DirectiveKind::DisableNextLine);
        assert_eq!(d.verdicts, ["wrong-metric"]);
        assert_eq!(d.reason.as_deref(), Some("quoting the minister verbatim"));
        assert_eq!(d.problem, None);
    }

    #[test]
    fn several_verdicts_and_none() {
        let d = from_comment("tipcheck-disable outdated, conflict: archive copy", 0..1).unwrap();
        assert_eq!(d.verdicts, ["outdated", "conflict"]);
        let d = from_comment("tipcheck-disable: archive copy", 0..1).unwrap();
        assert!(d.verdicts.is_empty());
        assert_eq!(d.reason.as_deref(), Some("archive copy"));
    }

    #[test]
    fn a_missing_reason_is_a_problem() {
        let d = from_comment("tipcheck-disable-next-line wrong-metric", 0..1).unwrap();
        assert!(d.problem.unwrap().contains("needs a reason"));
        let d = from_comment("tipcheck-disable-next-line wrong-metric:   ", 0..1).unwrap();
        assert!(d.problem.is_some());
    }

    #[test]
    fn enable_takes_nothing() {
        let d = from_comment("tipcheck-enable", 0..1).unwrap();
        assert_eq!((d.kind, d.problem), (DirectiveKind::Enable, None));
        assert!(
            from_comment("tipcheck-enable: why", 0..1)
                .unwrap()
                .problem
                .is_some()
        );
    }

    #[test]
    fn other_comments_are_not_directives_and_typos_are_problems() {
        assert_eq!(from_comment(" a note for editors ", 0..1), None);
        let d = from_comment("tipcheck-disabel: x", 0..1).unwrap();
        assert!(d.problem.unwrap().contains("`tipcheck-disabel`"));
    }

    #[test]
    fn the_plain_text_marker_runs_to_the_end_of_the_line() {
        let line = "Half of victims are children. tipcheck: ignore conflict: the speaker's words  ";
        let d = from_text_line(line, 100).unwrap();
        assert_eq!(d.kind, DirectiveKind::DisableLine);
        assert_eq!(d.verdicts, ["conflict"]);
        assert_eq!(d.reason.as_deref(), Some("the speaker's words"));
        assert_eq!(d.source.start, 100 + line.find("tipcheck").unwrap());
        assert_eq!(d.source.end, 100 + line.trim_end().len());
        assert!(from_text_line("no marker here", 0).is_none());
        assert!(from_text_line("tipcheck: ignored it", 0).is_none());
        let bare = from_text_line("38% tipcheck: ignore", 0).unwrap();
        assert!(bare.problem.unwrap().contains("`tipcheck: ignore VERDICT:"));
    }

    #[test]
    fn finds_comments_with_their_ranges() {
        let html = "a <!-- one --> b <!--two-->";
        let found = comments(html, 10);
        assert_eq!(found, [(" one ", 12..24), ("two", 27..37)]);
        assert!(comments("<!-- open", 0).is_empty());
    }
}
