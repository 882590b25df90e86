//! The JSON contract of `../shared/design.md`: `{"version": 1, "files": [...], "summary": {...}}`.

use serde::Serialize;
use std::borrow::Cow;
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
    files: &'a [FileOut<'static>],
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

/// Text borrowed from the report or the table while a line is written, owned when kept (see
/// [`FileOut::into_owned`]); both serialise the same.
type Text<'a> = Cow<'a, str>;

/// One file (or archived article) as the JSON contract writes it.
#[derive(Serialize)]
pub(super) struct FileOut<'a> {
    path: Text<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<Text<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    archive_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    mentions: Vec<MentionOut<'a>>,
    findings: Vec<FindingOut<'a>>,
    diagnostics: Vec<DiagnosticOut<'a>>,
    suppressed: usize,
}

#[derive(Serialize)]
struct DiagnosticOut<'a> {
    code: &'static str,
    severity: &'static str,
    message: Text<'a>,
    text: Text<'a>,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Serialize)]
struct MentionOut<'a> {
    text: Text<'a>,
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
    subject: Option<Text<'a>>,
    reason: Option<&'static str>,
    per: Option<f64>,
    magnitude: Option<f64>,
}

#[derive(Serialize)]
struct SourceOut<'a> {
    publisher: Text<'a>,
    title: Text<'a>,
    year: Text<'a>,
    url: Text<'a>,
    quote: Text<'a>,
}

#[derive(Serialize)]
struct FindingOut<'a> {
    verdict: &'static str,
    severity: &'static str,
    text: Text<'a>,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    figure: Option<Text<'a>>,
    claimed: Option<f64>,
    expected: Option<f64>,
    message: Text<'a>,
    help: Option<Text<'a>>,
    agrees_with: Vec<Text<'a>>,
    subject: Option<Text<'a>>,
    scope: Option<Text<'a>>,
    period: Option<Text<'a>>,
    attribution: Option<Text<'a>>,
    source: Option<SourceOut<'a>>,
    suggestion: Option<Text<'a>>,
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

fn borrowed(s: Option<&str>) -> Option<Text<'_>> {
    s.map(Cow::Borrowed)
}

fn mention_out<'a>(doc: &'a Document, m: &Mention, claim: Option<&'a Claim>) -> MentionOut<'a> {
    let at = doc.locate(m.start, m.end);
    MentionOut {
        text: Cow::Borrowed(doc.text_of(m.start, m.end)),
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
        subject: borrowed(claim.and_then(|c| c.subject.as_deref())),
        reason: m.not_claim,
        per: m.per,
        magnitude: m.magnitude,
    }
}

fn finding_out<'a>(file: FileView<'a>, f: &'a Finding, table: &'a Table) -> FindingOut<'a> {
    let doc = &file.report.document;
    let m = &f.claim.mention;
    let at = doc.locate(m.start, m.end);
    let figure = f.figure.and_then(|i| table.figure(i));
    FindingOut {
        verdict: f.verdict.as_str(),
        severity: file.severity(f).as_str(),
        text: Cow::Borrowed(doc.text_of(m.start, m.end)),
        start: at.start,
        end: at.end,
        line: at.line,
        column: at.column,
        end_line: at.end_line,
        end_column: at.end_column,
        figure: figure.map(|g| Cow::Borrowed(g.id.as_str())),
        claimed: f.claimed,
        expected: f.expected,
        message: Cow::Borrowed(&f.message),
        help: borrowed(f.help.as_deref()),
        agrees_with: f
            .agrees_with
            .iter()
            .filter_map(|&i| table.figure(i).map(|g| Cow::Borrowed(g.id.as_str())))
            .collect(),
        subject: borrowed(f.claim.subject.as_deref()),
        scope: borrowed(f.claim.scope.as_deref()),
        period: f
            .claim
            .period
            .as_ref()
            .map(|p| Cow::Borrowed(p.text.as_str())),
        attribution: borrowed(f.claim.attribution.as_deref()),
        source: figure.map(|g| SourceOut {
            publisher: Cow::Borrowed(&g.source.publisher),
            title: Cow::Borrowed(&g.source.title),
            year: Cow::Borrowed(g.published_year()),
            url: Cow::Borrowed(&g.source.url),
            quote: Cow::Borrowed(&g.source.quote),
        }),
        suggestion: borrowed(f.suggestion.as_deref()),
        as_of: f.as_of.date.to_string(),
        as_of_source: f.as_of.source.as_str(),
    }
}

fn diagnostic_out<'a>(doc: &'a Document, d: &'a Diagnostic) -> DiagnosticOut<'a> {
    let at = doc.locate_source(d.source.clone());
    DiagnosticOut {
        code: d.code,
        severity: d.severity.as_str(),
        message: Cow::Borrowed(&d.message),
        text: Cow::Borrowed(doc.source_of(d.source.clone())),
        start: at.start,
        end: at.end,
        line: at.line,
        column: at.column,
        end_line: at.end_line,
        end_column: at.end_column,
    }
}

/// One file as the contract writes it: mentions for `extract` (no table), findings for `check`.
pub(super) fn file_out<'a>(file: FileView<'a>, table: Option<&'a Table>) -> FileOut<'a> {
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
        path: Cow::Borrowed(&doc.path),
        id: borrowed(doc.id.as_deref()),
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

/// `text`, owning what it borrowed.
fn own(text: Text<'_>) -> Text<'static> {
    Cow::Owned(text.into_owned())
}

impl FileOut<'_> {
    /// The same object, owning its text (for `--format json`, which writes every file at the end).
    fn into_owned(self) -> FileOut<'static> {
        FileOut {
            path: own(self.path),
            id: self.id.map(own),
            archive_line: self.archive_line,
            date: self.date,
            mentions: self
                .mentions
                .into_iter()
                .map(MentionOut::into_owned)
                .collect(),
            findings: self
                .findings
                .into_iter()
                .map(FindingOut::into_owned)
                .collect(),
            diagnostics: self
                .diagnostics
                .into_iter()
                .map(DiagnosticOut::into_owned)
                .collect(),
            suppressed: self.suppressed,
        }
    }
}

impl MentionOut<'_> {
    fn into_owned(self) -> MentionOut<'static> {
        MentionOut {
            text: own(self.text),
            subject: self.subject.map(own),
            ..self
        }
    }
}

impl FindingOut<'_> {
    fn into_owned(self) -> FindingOut<'static> {
        FindingOut {
            text: own(self.text),
            figure: self.figure.map(own),
            message: own(self.message),
            help: self.help.map(own),
            agrees_with: self.agrees_with.into_iter().map(own).collect(),
            subject: self.subject.map(own),
            scope: self.scope.map(own),
            period: self.period.map(own),
            attribution: self.attribution.map(own),
            source: self.source.map(|s| SourceOut {
                publisher: own(s.publisher),
                title: own(s.title),
                year: own(s.year),
                url: own(s.url),
                quote: own(s.quote),
            }),
            suggestion: self.suggestion.map(own),
            ..self
        }
    }
}

impl DiagnosticOut<'_> {
    fn into_owned(self) -> DiagnosticOut<'static> {
        DiagnosticOut {
            message: own(self.message),
            text: own(self.text),
            ..self
        }
    }
}

/// `--format json`: the whole run as one object, written at the end.
#[derive(Default)]
pub struct Json {
    files: Vec<FileOut<'static>>,
}

impl Printer for Json {
    fn file(&mut self, _: &mut dyn Write, file: FileView<'_>, ctx: &Context) -> io::Result<()> {
        self.files.push(file_out(file, ctx.table).into_owned());
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
