//! The JSON contract of `../shared/design.md`: `{"version": 1, "files": [...], "summary": {...}}`.

use serde::Serialize;
use std::io::{self, Write};

use super::{Context, FileExtras, FileView, Printer, Summary};
use crate::FileReport;
use crate::check::Finding;
use crate::claim::Claim;
use crate::document::Document;
use crate::extract::Mention;
use crate::suppress::Diagnostic;
use crate::table::Table;

/// The version of the JSON contract this build writes.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    table: Option<TableInfo<'a>>,
    files: &'a [FileOut],
    summary: SummaryOut,
}

#[derive(Serialize)]
pub(super) struct TableInfo<'a> {
    origin: &'a str,
    figures: usize,
}

impl<'a> TableInfo<'a> {
    pub(super) fn of(table: Option<&'a Table>) -> Option<Self> {
        table.map(|t| TableInfo {
            origin: &t.origin,
            figures: t.figures.len(),
        })
    }
}

/// One file (or archived article) as the JSON contract writes it.
#[derive(Serialize)]
pub(super) struct FileOut {
    path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    archive_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    mentions: Vec<MentionOut>,
    findings: Vec<FindingOut>,
    diagnostics: Vec<DiagnosticOut>,
    suppressed: usize,
}

#[derive(Serialize)]
struct DiagnosticOut {
    code: &'static str,
    severity: &'static str,
    message: String,
    text: String,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Serialize)]
struct MentionOut {
    text: String,
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
    subject: Option<String>,
    reason: Option<&'static str>,
    per: Option<f64>,
    magnitude: Option<f64>,
}

#[derive(Serialize)]
struct SourceOut {
    publisher: String,
    title: String,
    year: String,
    url: String,
    quote: String,
}

#[derive(Serialize)]
struct FindingOut {
    verdict: &'static str,
    severity: &'static str,
    text: String,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    figure: Option<String>,
    claimed: Option<f64>,
    expected: Option<f64>,
    message: String,
    help: Option<String>,
    agrees_with: Vec<String>,
    subject: Option<String>,
    scope: Option<String>,
    period: Option<String>,
    attribution: Option<String>,
    source: Option<SourceOut>,
    suggestion: Option<String>,
    as_of: String,
    as_of_source: &'static str,
}

#[derive(Serialize)]
pub(super) struct SummaryOut {
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
    suppressed: usize,
    diagnostics: usize,
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
            suppressed: s.suppressed,
            diagnostics: s.diagnostics,
        }
    }
}

fn owned(s: Option<&str>) -> Option<String> {
    s.map(str::to_string)
}

fn mention_out(doc: &Document, m: &Mention, claim: Option<&Claim>) -> MentionOut {
    let at = doc.locate(m.start, m.end);
    MentionOut {
        text: doc.text[m.start..m.end].to_string(),
        start: at.start,
        end: at.end,
        line: at.line,
        column: at.column,
        end_line: at.end_line,
        end_column: at.end_column,
        kind: m.kind.as_str(),
        value: m.value,
        low: m.low,
        high: m.high,
        hedge: m.hedge.map(|h| h.as_str()),
        unit: m.unit,
        is_claim: m.is_claim(),
        subject: owned(claim.and_then(|c| c.subject.as_deref())),
        reason: m.not_claim,
        per: m.per,
        magnitude: m.magnitude,
    }
}

fn finding_out(file: FileView<'_>, f: &Finding, table: &Table) -> FindingOut {
    let doc = &file.report.document;
    let m = &f.claim.mention;
    let at = doc.locate(m.start, m.end);
    let figure = f.figure.map(|i| &table.figures[i]);
    FindingOut {
        verdict: f.verdict.as_str(),
        severity: file.severity(f).as_str(),
        text: doc.text[m.start..m.end].to_string(),
        start: at.start,
        end: at.end,
        line: at.line,
        column: at.column,
        end_line: at.end_line,
        end_column: at.end_column,
        figure: figure.map(|g| g.id.clone()),
        claimed: f.claimed,
        expected: f.expected,
        message: f.message.clone(),
        help: f.help.clone(),
        agrees_with: f
            .agrees_with
            .iter()
            .map(|&i| table.figures[i].id.clone())
            .collect(),
        subject: f.claim.subject.clone(),
        scope: f.claim.scope.clone(),
        period: f.claim.period.as_ref().map(|p| p.text.clone()),
        attribution: f.claim.attribution.clone(),
        source: figure.map(|g| SourceOut {
            publisher: g.source.publisher.clone(),
            title: g.source.title.clone(),
            year: g.published_year().to_string(),
            url: g.source.url.clone(),
            quote: g.source.quote.clone(),
        }),
        suggestion: f.suggestion.clone(),
        as_of: f.as_of.date.to_string(),
        as_of_source: f.as_of.source.as_str(),
    }
}

fn diagnostic_out(doc: &Document, d: &Diagnostic) -> DiagnosticOut {
    let at = doc.locate_source(d.source.clone());
    DiagnosticOut {
        code: d.code,
        severity: d.severity.as_str(),
        message: d.message.clone(),
        text: doc.source[d.source.clone()].to_string(),
        start: at.start,
        end: at.end,
        line: at.line,
        column: at.column,
        end_line: at.end_line,
        end_column: at.end_column,
    }
}

/// One file as the contract writes it: mentions for `extract` (no table), findings for `check`.
pub(super) fn file_out(file: FileView<'_>, table: Option<&Table>) -> FileOut {
    let report = file.report;
    let doc = &report.document;
    let mentions = if table.is_none() {
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
        path: doc.path.clone(),
        id: doc.id.clone(),
        archive_line: doc.record_line,
        date: doc.date.map(|d| d.to_string()),
        mentions,
        findings: match table {
            Some(table) => report
                .findings
                .iter()
                .map(|f| finding_out(file, f, table))
                .collect(),
            None => Vec::new(),
        },
        diagnostics: file
            .extras
            .diagnostics
            .iter()
            .map(|d| diagnostic_out(doc, d))
            .collect(),
        suppressed: file.extras.suppressed,
    }
}

/// `--format json`: the whole run as one object, written at the end.
#[derive(Default)]
pub struct Json {
    files: Vec<FileOut>,
}

impl Printer for Json {
    fn file(&mut self, _: &mut dyn Write, file: FileView<'_>, ctx: &Context) -> io::Result<()> {
        self.files.push(file_out(file, ctx.table));
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, summary: &Summary, ctx: &Context) -> io::Result<()> {
        let output = Output {
            version: VERSION,
            table: TableInfo::of(ctx.table),
            files: &self.files,
            summary: summary.into(),
        };
        serde_json::to_writer_pretty(&mut *out, &output)?;
        writeln!(out)
    }
}

/// Writes the whole run as one JSON object: mentions for `extract` (no table), findings for `check`.
pub fn write(
    out: &mut dyn Write,
    files: &[FileReport],
    table: Option<&Table>,
    summary: &Summary,
) -> io::Result<()> {
    let extras = FileExtras::default();
    let mut printer = Json::default();
    let ctx = Context {
        table,
        style: super::Style { color: false },
        quiet: false,
        root: Default::default(),
        cwd: Default::default(),
        fail_on: crate::config::FailOn::Error,
    };
    for report in files {
        printer.file(
            out,
            FileView {
                report,
                extras: &extras,
            },
            &ctx,
        )?;
    }
    printer.finish(out, summary, &ctx)
}
