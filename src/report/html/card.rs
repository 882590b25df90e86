//! One finding, shown three ways: its label in the text, its line in the panel, its card.

use std::fmt::{self, Write};

use super::escape::{Esc, web_link};
use crate::check::{Finding, Severity, Verdict, value_of};
use crate::document::Document;
use crate::table::Table;

/// The short label shown next to a claim.
pub fn label(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Consistent => "consistent",
        Verdict::Conflict => "conflict",
        Verdict::Outdated => "outdated",
        Verdict::WrongMetric => "wrong metric",
        Verdict::Misattributed => "misattributed",
        Verdict::Unverified => "unverified",
    }
}

/// The verdict in plain words, for the card's heading.
pub fn plain(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Consistent => "Consistent: the source supports this figure.",
        Verdict::Conflict => "Conflict: the source gives another value for the same measure.",
        Verdict::Outdated => {
            "Outdated: this matches an older edition; the newest edition says otherwise."
        }
        Verdict::WrongMetric => {
            "Wrong metric: the number is real, but it measures something other than what the sentence says."
        }
        Verdict::Misattributed => {
            "Misattributed: the figure is credited to an organisation that did not publish it."
        }
        Verdict::Unverified => {
            "Unverified: the claim is on the topic, but no figure in the table covers it; check it by hand."
        }
    }
}

/// The CSS class that gives a verdict its colours.
pub fn severity_class(verdict: Verdict) -> &'static str {
    match verdict.severity() {
        Severity::Error => "sev-error",
        Severity::Warning => "sev-warning",
        Severity::Note => "sev-note",
        Severity::Ok => "sev-ok",
    }
}

/// The verdict's label: its icon and its word, on its colour.
pub fn tag(out: &mut String, verdict: Verdict) -> fmt::Result {
    write!(
        out,
        r##"<span class="tag {}"><svg class="icon" aria-hidden="true"><use href="#i-{}"/></svg>{}</span>"##,
        severity_class(verdict),
        verdict.as_str(),
        label(verdict)
    )
}

/// The element ids of one finding.
pub struct Ids {
    /// The highlighted claim in the text.
    pub claim: String,
    /// The card that explains it.
    pub card: String,
}

impl Ids {
    /// The ids of finding `n` (1-based, in reading order) of file `file` (1-based).
    pub fn new(file: usize, n: usize) -> Self {
        Ids {
            claim: format!("claim-{file}-{n}"),
            card: format!("card-{file}-{n}"),
        }
    }
}

/// The claim's text as it appears in the document.
pub fn claim_text<'a>(doc: &'a Document, finding: &Finding) -> &'a str {
    let m = &finding.claim.mention;
    doc.text.get(m.start..m.end).unwrap_or_default()
}

/// The opening tag of a highlighted claim.
pub fn open_claim(out: &mut String, finding: &Finding, table: &Table, ids: &Ids) -> fmt::Result {
    let v = finding.verdict;
    write!(
        out,
        r##"<a class="claim {} v-{}" id="{}" href="#{}" aria-controls="{}" aria-expanded="false" data-verdict="{}""##,
        severity_class(v),
        v.as_str(),
        ids.claim,
        ids.card,
        ids.card,
        v.as_str()
    )?;
    if let Some(figure) = finding.figure.and_then(|i| table.figures.get(i)) {
        write!(out, r#" data-figure="{}""#, Esc(&figure.id))?;
    }
    out.push_str(r#"><span class="claim-text">"#);
    Ok(())
}

/// The end of a highlighted claim: its label, then the closing tag.
pub fn close_claim(out: &mut String, finding: &Finding) -> fmt::Result {
    out.push_str("</span>");
    tag(out, finding.verdict)?;
    out.push_str("</a>");
    Ok(())
}

/// One line of the findings panel: label, claim, place and message, linking to the claim.
pub fn panel_item(out: &mut String, doc: &Document, finding: &Finding, ids: &Ids) -> fmt::Result {
    let pos = doc.position(finding.claim.mention.start);
    write!(
        out,
        r##"<li data-verdict="{}"><a href="#{}">"##,
        finding.verdict.as_str(),
        ids.claim
    )?;
    tag(out, finding.verdict)?;
    write!(
        out,
        r#" <span class="quote">“{}”</span> <span class="where">line {}</span><span class="msg">{}</span></a></li>"#,
        Esc(claim_text(doc, finding)),
        pos.line,
        Esc(&finding.message)
    )
}

/// The card of a finding: what the text says, the verdict, the source and what to write instead.
pub fn card(
    out: &mut String,
    doc: &Document,
    finding: &Finding,
    table: &Table,
    ids: &Ids,
) -> fmt::Result {
    let v = finding.verdict;
    let pos = doc.position(finding.claim.mention.start);
    write!(
        out,
        r#"<section class="card {}" id="{}" data-verdict="{}" aria-labelledby="{}-h"><header>"#,
        severity_class(v),
        ids.card,
        v.as_str(),
        ids.card
    )?;
    tag(out, v)?;
    write!(
        out,
        r#"<h4 id="{}-h">“{}”</h4><span class="where">{}, line {}, column {}</span><button class="close" type="button" aria-label="Close this card">Close</button></header><dl>"#,
        ids.card,
        Esc(claim_text(doc, finding)),
        Esc(&doc.path),
        pos.line,
        pos.column
    )?;
    out.push_str(r#"<dt>The text says</dt><dd class="said">"#);
    said(out, doc, finding)?;
    write!(
        out,
        "</dd><dt>Verdict</dt><dd><strong>{}</strong> {}</dd>",
        Esc(plain(v)),
        Esc(&finding.message)
    )?;
    if let Some(help) = &finding.help {
        write!(out, "<dt>Suggested wording</dt><dd>{}</dd>", Esc(help))?;
    }
    if let Some(figure) = finding.figure.and_then(|i| table.figures.get(i)) {
        let s = &figure.source;
        write!(
            out,
            "<dt>The source says</dt><dd><blockquote>“{}”</blockquote></dd><dt>Publisher</dt><dd>{}</dd><dt>Report</dt><dd><cite>{}</cite>",
            Esc(&s.quote),
            Esc(&s.publisher),
            Esc(&s.title)
        )?;
        if let Some(locator) = &s.locator {
            write!(out, ", {}", Esc(locator))?;
        }
        write!(
            out,
            "</dd><dt>Year</dt><dd>{} (data for {})</dd><dt>Link</dt><dd>",
            Esc(figure.published_year()),
            Esc(&figure.period)
        )?;
        match web_link(&s.url) {
            Some(url) => write!(
                out,
                r#"<a href="{}" rel="noopener noreferrer" target="_blank">{}</a>"#,
                Esc(url),
                Esc(url)
            )?,
            // Not a web address: shown, never made a link.
            None => write!(out, "<code>{}</code>", Esc(&s.url))?,
        }
        write!(
            out,
            "</dd><dt>Figure</dt><dd><code>{}</code>: {}, {}</dd>",
            Esc(&figure.id),
            Esc(&value_of(figure)),
            Esc(&figure.metric)
        )?;
        if !finding.agrees_with.is_empty() {
            out.push_str("<dt>Older editions it matches</dt><dd>");
            for (k, older) in finding
                .agrees_with
                .iter()
                .filter_map(|&i| table.figures.get(i))
                .enumerate()
            {
                if k > 0 {
                    out.push_str("; ");
                }
                write!(
                    out,
                    "{}: {} (<cite>{}</cite>, {})",
                    Esc(&older.id),
                    Esc(&value_of(older)),
                    Esc(&older.source.title),
                    Esc(older.published_year())
                )?;
            }
            out.push_str("</dd>");
        }
        if let Some(caveats) = &figure.caveats {
            write!(out, "<dt>Caveat</dt><dd>{}</dd>", Esc(caveats))?;
        }
    }
    write!(
        out,
        r#"<dt>Checked as of</dt><dd class="as-of">{} ({})</dd>"#,
        Esc(&finding.as_of.date.to_string()),
        Esc(finding.as_of.source.describe())
    )?;
    out.push_str("</dl></section>");
    Ok(())
}

/// The claim's sentence, whitespace collapsed, the claim itself in bold.
fn said(out: &mut String, doc: &Document, finding: &Finding) -> fmt::Result {
    let m = &finding.claim.mention;
    let s = &finding.claim.sentence;
    let text = &doc.text;
    let (start, end) = (s.start.min(m.start), s.end.max(m.end));
    let before = collapse(text.get(start..m.start).unwrap_or_default());
    let after = collapse(text.get(m.end..end).unwrap_or_default());
    write!(
        out,
        "{}<b>{}</b>{}",
        Esc(before.trim_start()),
        Esc(&collapse(claim_text(doc, finding))),
        Esc(after.trim_end())
    )
}

/// `text` with every run of whitespace (line breaks, blanked markup) made one space.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapse_keeps_one_space_at_the_edges() {
        assert_eq!(collapse("  a \n\n b  "), " a b ");
        assert_eq!(collapse("abc"), "abc");
    }

    #[test]
    fn every_verdict_has_a_label_and_plain_words() {
        for v in Verdict::ALL {
            assert!(!label(v).is_empty());
            assert!(plain(v).to_lowercase().starts_with(label(v)), "{v:?}");
        }
    }
}
