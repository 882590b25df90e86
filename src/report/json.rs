//! The JSON contract of `../shared/design.md`: `{"version": 1, "files": [...], "summary": {...}}`.

use serde::Serialize;
use std::io::{self, Write};

use super::Summary;
use crate::FileReport;
use crate::check::Finding;
use crate::claim::Claim;
use crate::document::Document;
use crate::extract::Mention;
use crate::table::Table;

/// The version of the JSON contract this build writes.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    table: Option<TableInfo<'a>>,
    files: Vec<FileOut<'a>>,
    summary: SummaryOut,
}

#[derive(Serialize)]
struct TableInfo<'a> {
    origin: &'a str,
    figures: usize,
}

#[derive(Serialize)]
struct FileOut<'a> {
    path: &'a str,
    mentions: Vec<MentionOut<'a>>,
    findings: Vec<FindingOut<'a>>,
}

#[derive(Serialize)]
struct MentionOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    kind: &'static str,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    hedge: Option<&'static str>,
    unit: Option<&'static str>,
    is_claim: bool,
    subject: Option<&'a str>,
    reason: Option<&'static str>,
}

#[derive(Serialize)]
struct SourceOut<'a> {
    publisher: &'a str,
    title: &'a str,
    year: &'a str,
    url: &'a str,
    quote: &'a str,
}

#[derive(Serialize)]
struct FindingOut<'a> {
    verdict: &'static str,
    severity: &'static str,
    text: &'a str,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    figure: Option<&'a str>,
    claimed: Option<f64>,
    expected: Option<f64>,
    message: &'a str,
    help: Option<&'a str>,
    agrees_with: Vec<&'a str>,
    subject: Option<&'a str>,
    scope: Option<&'a str>,
    period: Option<&'a str>,
    attribution: Option<&'a str>,
    source: Option<SourceOut<'a>>,
    suggestion: Option<&'a str>,
    as_of: String,
    as_of_source: &'static str,
}

#[derive(Serialize)]
struct SummaryOut {
    files: usize,
    claims: usize,
    consistent: usize,
    conflict: usize,
    outdated: usize,
    #[serde(rename = "wrong-metric")]
    wrong_metric: usize,
    misattributed: usize,
    unverified: usize,
    errors: usize,
}

impl From<&Summary> for SummaryOut {
    fn from(s: &Summary) -> Self {
        use crate::check::Verdict::*;
        SummaryOut {
            files: s.files,
            claims: s.claims,
            consistent: s.count(Consistent),
            conflict: s.count(Conflict),
            outdated: s.count(Outdated),
            wrong_metric: s.count(WrongMetric),
            misattributed: s.count(Misattributed),
            unverified: s.count(Unverified),
            errors: s.errors,
        }
    }
}

fn mention_out<'a>(doc: &'a Document, m: &'a Mention, claim: Option<&'a Claim>) -> MentionOut<'a> {
    let (start, end) = (doc.position(m.start), doc.position(m.end));
    MentionOut {
        text: &doc.text[m.start..m.end],
        start: m.start,
        end: m.end,
        line: start.line,
        column: start.column,
        end_line: end.line,
        end_column: end.column,
        kind: m.kind.as_str(),
        value: m.value,
        low: m.low,
        high: m.high,
        hedge: m.hedge.map(|h| h.as_str()),
        unit: m.unit,
        is_claim: m.is_claim(),
        subject: claim.and_then(|c| c.subject.as_deref()),
        reason: m.not_claim,
    }
}

fn finding_out<'a>(doc: &'a Document, f: &'a Finding, table: &'a Table) -> FindingOut<'a> {
    let m = &f.claim.mention;
    let (start, end) = (doc.position(m.start), doc.position(m.end));
    let figure = f.figure.map(|i| &table.figures[i]);
    FindingOut {
        verdict: f.verdict.as_str(),
        severity: f.verdict.severity().as_str(),
        text: &doc.text[m.start..m.end],
        start: m.start,
        end: m.end,
        line: start.line,
        column: start.column,
        end_line: end.line,
        end_column: end.column,
        figure: figure.map(|g| g.id.as_str()),
        claimed: f.claimed,
        expected: f.expected,
        message: &f.message,
        help: f.help.as_deref(),
        agrees_with: f
            .agrees_with
            .iter()
            .map(|&i| table.figures[i].id.as_str())
            .collect(),
        subject: f.claim.subject.as_deref(),
        scope: f.claim.scope.as_deref(),
        period: f.claim.period.as_ref().map(|p| p.text.as_str()),
        attribution: f.claim.attribution.as_deref(),
        source: figure.map(|g| SourceOut {
            publisher: &g.source.publisher,
            title: &g.source.title,
            year: g.published_year(),
            url: &g.source.url,
            quote: &g.source.quote,
        }),
        suggestion: f.suggestion.as_deref(),
        as_of: f.as_of.date.to_string(),
        as_of_source: f.as_of.source.as_str(),
    }
}

fn file_out<'a>(
    report: &'a FileReport,
    table: Option<&'a Table>,
    with_mentions: bool,
) -> FileOut<'a> {
    let doc = &report.document;
    let mentions = if with_mentions {
        let mut claims = report.claims.iter().peekable();
        report
            .mentions
            .iter()
            .map(|m| {
                while claims.peek().is_some_and(|c| c.mention.start < m.start) {
                    claims.next();
                }
                let claim = claims
                    .peek()
                    .copied()
                    .filter(|c| c.mention.start == m.start);
                mention_out(doc, m, claim)
            })
            .collect()
    } else {
        Vec::new()
    };
    FileOut {
        path: &doc.path,
        mentions,
        findings: match table {
            Some(table) => report
                .findings
                .iter()
                .map(|f| finding_out(doc, f, table))
                .collect(),
            None => Vec::new(),
        },
    }
}

/// Writes the whole run as one JSON object: mentions for `extract` (no table), findings for `check`.
pub fn write(
    out: &mut dyn Write,
    files: &[FileReport],
    table: Option<&Table>,
    summary: &Summary,
) -> io::Result<()> {
    let with_mentions = table.is_none();
    let output = Output {
        version: VERSION,
        table: table.map(|t| TableInfo {
            origin: &t.origin,
            figures: t.figures.len(),
        }),
        files: files
            .iter()
            .map(|f| file_out(f, table, with_mentions))
            .collect(),
        summary: summary.into(),
    };
    serde_json::to_writer_pretty(&mut *out, &output)?;
    writeln!(out)
}
