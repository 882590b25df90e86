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

/// Compact JSON for `--format jsonl`, written by hand: the keys are literal bytes and text
/// without characters to escape is copied whole. The bytes are those `serde_json::to_writer`
/// writes for the same objects (numbers and text to escape are still written by `serde_json`;
/// a unit test compares both).
mod compact {
    use super::{DiagnosticOut, FileOut, FindingOut, MentionOut, SourceOut, Text};
    use std::io;

    /// Whether `s` holds nothing JSON escapes (quotes, backslashes, control characters): checked
    /// eight bytes at a time, each test a bit mask, without branching.
    fn plain(s: &[u8]) -> bool {
        const HIGH: u64 = 0x8080_8080_8080_8080;
        const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
        const fn each(b: u8) -> u64 {
            b as u64 * 0x0101_0101_0101_0101
        }
        let mut chunks = s.chunks_exact(8);
        let mut bad = 0;
        for chunk in &mut chunks {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or([b'"'; 8]));
            // Per byte, the high bit says whether the byte is below 0x20, `"` or `\\` (no
            // carry crosses a byte: every sum stays below 0x100).
            let low = x & LOW;
            let control = !low.wrapping_add(each(0x80 - 0x20));
            let quote = !(low ^ each(b'"')).wrapping_add(LOW);
            let backslash = !(low ^ each(b'\\')).wrapping_add(LOW);
            bad |= (control | quote | backslash) & !x & HIGH;
        }
        bad == 0
            && chunks
                .remainder()
                .iter()
                .all(|&b| (b >= 0x20) & (b != b'"') & (b != b'\\'))
    }

    fn string(out: &mut Vec<u8>, s: &str) -> io::Result<()> {
        if plain(s.as_bytes()) {
            out.reserve(s.len() + 2);
            out.push(b'"');
            out.extend_from_slice(s.as_bytes());
            out.push(b'"');
            Ok(())
        } else {
            serde_json::to_writer(&mut *out, s).map_err(io::Error::from)
        }
    }

    fn text(out: &mut Vec<u8>, s: Option<&Text<'_>>) -> io::Result<()> {
        match s {
            Some(s) => string(out, s),
            None => {
                out.extend_from_slice(b"null");
                Ok(())
            }
        }
    }

    fn static_str(out: &mut Vec<u8>, s: Option<&'static str>) -> io::Result<()> {
        match s {
            Some(s) => string(out, s),
            None => {
                out.extend_from_slice(b"null");
                Ok(())
            }
        }
    }

    fn number<T: serde::Serialize>(out: &mut Vec<u8>, n: T) -> io::Result<()> {
        serde_json::to_writer(&mut *out, &n).map_err(io::Error::from)
    }

    /// The six position fields every finding, mention and diagnostic carries, in their order.
    #[allow(clippy::too_many_arguments)]
    fn positions(
        out: &mut Vec<u8>,
        start: usize,
        end: usize,
        line: usize,
        column: usize,
        end_line: usize,
        end_column: usize,
    ) -> io::Result<()> {
        out.extend_from_slice(b",\"start\":");
        number(out, start)?;
        out.extend_from_slice(b",\"end\":");
        number(out, end)?;
        out.extend_from_slice(b",\"line\":");
        number(out, line)?;
        out.extend_from_slice(b",\"column\":");
        number(out, column)?;
        out.extend_from_slice(b",\"end_line\":");
        number(out, end_line)?;
        out.extend_from_slice(b",\"end_column\":");
        number(out, end_column)
    }

    /// Writes `items` as a JSON array, each with `write`.
    fn array<T>(
        out: &mut Vec<u8>,
        items: &[T],
        write: impl Fn(&mut Vec<u8>, &T) -> io::Result<()>,
    ) -> io::Result<()> {
        out.push(b'[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            write(out, item)?;
        }
        out.push(b']');
        Ok(())
    }

    fn mention(out: &mut Vec<u8>, m: &MentionOut<'_>) -> io::Result<()> {
        out.extend_from_slice(b"{\"text\":");
        string(out, &m.text)?;
        positions(
            out,
            m.start,
            m.end,
            m.line,
            m.column,
            m.end_line,
            m.end_column,
        )?;
        out.extend_from_slice(b",\"kind\":");
        string(out, m.kind)?;
        out.extend_from_slice(b",\"value\":");
        number(out, m.value)?;
        out.extend_from_slice(b",\"low\":");
        number(out, m.low)?;
        out.extend_from_slice(b",\"high\":");
        number(out, m.high)?;
        out.extend_from_slice(b",\"hedge\":");
        static_str(out, m.hedge)?;
        out.extend_from_slice(b",\"unit\":");
        static_str(out, m.unit)?;
        out.extend_from_slice(if m.is_claim {
            b",\"is_claim\":true,\"subject\":"
        } else {
            b",\"is_claim\":false,\"subject\":"
        });
        text(out, m.subject.as_ref())?;
        out.extend_from_slice(b",\"reason\":");
        static_str(out, m.reason)?;
        out.extend_from_slice(b",\"per\":");
        number(out, m.per)?;
        out.extend_from_slice(b",\"magnitude\":");
        number(out, m.magnitude)?;
        out.push(b'}');
        Ok(())
    }

    fn source(out: &mut Vec<u8>, s: &SourceOut<'_>) -> io::Result<()> {
        out.extend_from_slice(b"{\"publisher\":");
        string(out, &s.publisher)?;
        out.extend_from_slice(b",\"title\":");
        string(out, &s.title)?;
        out.extend_from_slice(b",\"year\":");
        string(out, &s.year)?;
        out.extend_from_slice(b",\"url\":");
        string(out, &s.url)?;
        out.extend_from_slice(b",\"quote\":");
        string(out, &s.quote)?;
        out.push(b'}');
        Ok(())
    }

    fn finding(out: &mut Vec<u8>, f: &FindingOut<'_>) -> io::Result<()> {
        out.extend_from_slice(b"{\"verdict\":");
        string(out, f.verdict)?;
        out.extend_from_slice(b",\"severity\":");
        string(out, f.severity)?;
        out.extend_from_slice(b",\"text\":");
        string(out, &f.text)?;
        positions(
            out,
            f.start,
            f.end,
            f.line,
            f.column,
            f.end_line,
            f.end_column,
        )?;
        out.extend_from_slice(b",\"figure\":");
        text(out, f.figure.as_ref())?;
        out.extend_from_slice(b",\"claimed\":");
        number(out, f.claimed)?;
        out.extend_from_slice(b",\"expected\":");
        number(out, f.expected)?;
        out.extend_from_slice(b",\"message\":");
        string(out, &f.message)?;
        out.extend_from_slice(b",\"help\":");
        text(out, f.help.as_ref())?;
        out.extend_from_slice(b",\"agrees_with\":");
        array(out, &f.agrees_with, |out, id| string(out, id))?;
        out.extend_from_slice(b",\"subject\":");
        text(out, f.subject.as_ref())?;
        out.extend_from_slice(b",\"scope\":");
        text(out, f.scope.as_ref())?;
        out.extend_from_slice(b",\"period\":");
        text(out, f.period.as_ref())?;
        out.extend_from_slice(b",\"attribution\":");
        text(out, f.attribution.as_ref())?;
        out.extend_from_slice(b",\"source\":");
        match &f.source {
            Some(s) => source(out, s)?,
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(b",\"suggestion\":");
        text(out, f.suggestion.as_ref())?;
        out.extend_from_slice(b",\"as_of\":");
        string(out, &f.as_of)?;
        out.extend_from_slice(b",\"as_of_source\":");
        string(out, f.as_of_source)?;
        out.push(b'}');
        Ok(())
    }

    fn diagnostic(out: &mut Vec<u8>, d: &DiagnosticOut<'_>) -> io::Result<()> {
        out.extend_from_slice(b"{\"code\":");
        string(out, d.code)?;
        out.extend_from_slice(b",\"severity\":");
        string(out, d.severity)?;
        out.extend_from_slice(b",\"message\":");
        string(out, &d.message)?;
        out.extend_from_slice(b",\"text\":");
        string(out, &d.text)?;
        positions(
            out,
            d.start,
            d.end,
            d.line,
            d.column,
            d.end_line,
            d.end_column,
        )?;
        out.push(b'}');
        Ok(())
    }

    impl FileOut<'_> {
        /// Appends this object as one line of compact JSON (without the line break).
        pub(in crate::report) fn write_compact(&self, out: &mut Vec<u8>) -> io::Result<()> {
            out.extend_from_slice(b"{\"path\":");
            string(out, &self.path)?;
            if let Some(id) = &self.id {
                out.extend_from_slice(b",\"id\":");
                string(out, id)?;
            }
            if let Some(line) = self.archive_line {
                out.extend_from_slice(b",\"archive_line\":");
                number(out, line)?;
            }
            if let Some(date) = &self.date {
                out.extend_from_slice(b",\"date\":");
                string(out, date)?;
            }
            out.extend_from_slice(b",\"mentions\":");
            array(out, &self.mentions, mention)?;
            out.extend_from_slice(b",\"findings\":");
            array(out, &self.findings, finding)?;
            out.extend_from_slice(b",\"diagnostics\":");
            array(out, &self.diagnostics, diagnostic)?;
            out.extend_from_slice(b",\"suppressed\":");
            number(out, self.suppressed)?;
            out.push(b'}');
            Ok(())
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use std::borrow::Cow;

        fn both(file: &FileOut<'_>) -> (String, String) {
            let mut hand = Vec::new();
            file.write_compact(&mut hand).expect("writes to memory");
            let serde = serde_json::to_string(file).expect("serialises");
            (String::from_utf8(hand).expect("utf-8"), serde)
        }

        #[test]
        fn writes_what_serde_json_writes() {
            let mention = MentionOut {
                text: Cow::Borrowed("3.3 \"million\"\u{1}\t\\ é"),
                start: 1,
                end: 12,
                line: 2,
                column: 3,
                end_line: 2,
                end_column: 14,
                kind: "count",
                value: Some(3_300_000.0),
                low: Some(0.1),
                high: Some(1e21),
                hedge: None,
                unit: Some("%"),
                is_claim: true,
                subject: Some(Cow::Borrowed("children")),
                reason: None,
                per: Some(f64::NAN),
                magnitude: None,
            };
            let finding = FindingOut {
                verdict: "conflict",
                severity: "error",
                text: Cow::Borrowed("38%"),
                start: 0,
                end: 3,
                line: 1,
                column: 1,
                end_line: 1,
                end_column: 4,
                figure: Some(Cow::Borrowed("ilo-2022")),
                claimed: Some(38.0),
                expected: Some(-11.25),
                message: Cow::Borrowed("“38%” differs\n(see below)"),
                help: None,
                agrees_with: vec![Cow::Borrowed("a"), Cow::Borrowed("b")],
                subject: None,
                scope: Some(Cow::Borrowed("Pakistan")),
                period: Some(Cow::Borrowed("2022")),
                attribution: None,
                source: Some(SourceOut {
                    publisher: Cow::Borrowed("ILO"),
                    title: Cow::Borrowed("Global \"Estimates\""),
                    year: Cow::Borrowed("2022"),
                    url: Cow::Borrowed("https://example.org/a?b=c&d=e"),
                    quote: Cow::Borrowed("a quote with a \u{7f} and a \u{1f}"),
                }),
                suggestion: Some(Cow::Borrowed("an estimated 3.3 million")),
                as_of: "2024-09-12".to_string(),
                as_of_source: "flag",
            };
            let diagnostic = DiagnosticOut {
                code: "unknown-figure",
                severity: "warning",
                message: Cow::Borrowed("no figure `x`"),
                text: Cow::Borrowed("<!-- tipcheck-ignore x -->"),
                start: 5,
                end: 30,
                line: 1,
                column: 6,
                end_line: 1,
                end_column: 31,
            };
            let file = FileOut {
                path: Cow::Borrowed("dir/a \"b\".md"),
                id: Some(Cow::Borrowed("id-1")),
                archive_line: Some(7),
                date: Some("2023-01-02".to_string()),
                mentions: vec![mention],
                findings: vec![finding],
                diagnostics: vec![diagnostic],
                suppressed: 2,
            };
            let (hand, serde) = both(&file);
            assert_eq!(hand, serde);
            let empty = FileOut {
                path: Cow::Borrowed("a.txt"),
                id: None,
                archive_line: None,
                date: None,
                mentions: Vec::new(),
                findings: Vec::new(),
                diagnostics: Vec::new(),
                suppressed: 0,
            };
            let (hand, serde) = both(&empty);
            assert_eq!(hand, serde);
        }

        #[test]
        fn plain_text_is_told_from_text_to_escape() {
            assert!(plain(b""));
            assert!(plain(
                "a long run of plain text, é and ü, over sixteen bytes".as_bytes()
            ));
            assert!(!plain(b"a long run of plain text, then a \"quote\""));
            assert!(!plain(b"tab\there"));
            assert!(!plain(b"back\\slash"));
            assert!(plain(b"\x7f"));
        }
    }
}
