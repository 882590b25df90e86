//! The human report: compiler-style diagnostics for `check`, a list of mentions for `extract`.

use std::io::{self, Write};

use super::snippet::window;
use super::{Context, FileView, Printer, Style, Summary};
use crate::FileReport;
use crate::check::{Finding, Severity, Verdict};
use crate::document::{Document, Location};
use crate::suppress::Diagnostic;
use crate::table::Table;

fn severity_label(style: &Style, severity: Severity, text: &str) -> String {
    match severity {
        Severity::Error => style.error(text),
        Severity::Warning => style.warning(text),
        Severity::Note => style.note(text),
        Severity::Ok => style.ok(text),
    }
}

/// `--format human`: compiler-style blocks for `check`, one line per mention for `extract`.
pub struct Human {
    checked: bool,
}

impl Human {
    /// The report of `check` (findings) or of `extract` (mentions).
    pub fn new(checked: bool) -> Self {
        Human { checked }
    }
}

impl Printer for Human {
    fn file(&mut self, out: &mut dyn Write, file: FileView<'_>, ctx: &Context) -> io::Result<()> {
        match ctx.table {
            Some(table) if self.checked => check_file(out, file, table, &ctx.style),
            _ => extract_file(out, file.report, &ctx.style),
        }
    }

    fn finish(&mut self, out: &mut dyn Write, summary: &Summary, ctx: &Context) -> io::Result<()> {
        if ctx.quiet {
            return Ok(());
        }
        writeln!(
            out,
            "{}",
            ctx.style
                .bold(&summary_line(summary, ctx.table, self.checked))
        )
    }
}

/// The last line of a run: what was checked, what was found, and which table was used.
pub fn summary_line(summary: &Summary, table: Option<&Table>, checked: bool) -> String {
    let claims = plural(summary.claims, "claim", "claims");
    let inputs = plural(summary.files, "file", "files");
    let (Some(table), true) = (table, checked) else {
        return format!("{claims} in {inputs}");
    };
    let mut counts: Vec<String> = Verdict::ALL
        .iter()
        .filter(|&&v| summary.count(v) > 0)
        .map(|&v| format!("{} {}", summary.count(v), v.as_str()))
        .collect();
    if summary.suppressed > 0 {
        counts.push(format!("{} suppressed", summary.suppressed));
    }
    if summary.diagnostics > 0 {
        counts.push(plural(
            summary.diagnostics,
            "problem with a suppression",
            "problems with suppressions",
        ));
    }
    let result = if counts.is_empty() {
        String::new()
    } else {
        format!(": {}", counts.join(", "))
    };
    format!(
        "{claims} checked in {inputs}{result} (table: {}, {})",
        table.origin,
        plural(table.figures.len(), "figure", "figures")
    )
}

/// Writes every finding of a `check` run, then a summary line naming the table used.
pub fn check(
    out: &mut dyn Write,
    files: &[FileReport],
    table: &Table,
    summary: &Summary,
    style: &Style,
) -> io::Result<()> {
    let extras = super::FileExtras::default();
    for report in files {
        check_file(
            out,
            FileView {
                report,
                extras: &extras,
            },
            table,
            style,
        )?;
    }
    writeln!(
        out,
        "{}",
        style.bold(&summary_line(summary, Some(table), true))
    )
}

fn check_file(
    out: &mut dyn Write,
    file: FileView<'_>,
    table: &Table,
    style: &Style,
) -> io::Result<()> {
    enum Block<'a> {
        Finding(&'a Finding),
        Diagnostic(&'a Diagnostic),
    }
    let doc = &file.report.document;
    let mut blocks: Vec<(usize, Block)> = file
        .report
        .findings
        .iter()
        .map(|f| {
            (
                doc.locate(f.claim.mention.start, f.claim.mention.end).start,
                Block::Finding(f),
            )
        })
        .chain(
            file.extras
                .diagnostics
                .iter()
                .map(|d| (d.source.start, Block::Diagnostic(d))),
        )
        .collect();
    blocks.sort_by_key(|(at, _)| *at);
    for (_, block) in blocks {
        match block {
            Block::Finding(f) => finding_block(out, doc, f, file.severity(f), table, style)?,
            Block::Diagnostic(d) => diagnostic_block(out, doc, d, style)?,
        }
    }
    Ok(())
}

/// Where a span is, as the `-->` line shows it: `path:line:column`, or for an archived article
/// `archive:line (article ID, line:column)`.
fn place(doc: &Document, at: &Location) -> String {
    match (&doc.id, doc.record_line) {
        (Some(id), Some(record)) => format!(
            "{}:{record} (article {id}, {}:{})",
            doc.path, at.line, at.column
        ),
        _ => format!("{}:{}:{}", doc.path, at.line, at.column),
    }
}

/// The head, `-->` line and underlined snippet of a block; returns the gutter padding.
fn head_and_snippet(
    out: &mut dyn Write,
    doc: &Document,
    at: &Location,
    severity: Severity,
    code: &str,
    message: &str,
    style: &Style,
) -> io::Result<String> {
    let head = format!("{}[{code}]", severity.as_str());
    writeln!(
        out,
        "{}{}",
        severity_label(style, severity, &head),
        style.bold(&format!(": {message}"))
    )?;
    let gutter_width = at.line.to_string().len();
    let pad = " ".repeat(gutter_width);
    writeln!(out, "{pad}{} {}", style.gutter("-->"), place(doc, at))?;
    if severity > Severity::Ok {
        let line = doc.line(at.line);
        let width = if at.end_line == at.line {
            at.end_column.saturating_sub(at.column)
        } else {
            (line.chars().count() + 1).saturating_sub(at.column)
        };
        let snip = window(line, at.column - 1, width);
        let bar = style.gutter("|");
        writeln!(out, "{pad} {bar}")?;
        writeln!(
            out,
            "{} {bar} {}",
            style.gutter(&at.line.to_string()),
            snip.text
        )?;
        let carets = "^".repeat(snip.width);
        writeln!(
            out,
            "{pad} {bar} {}{}",
            " ".repeat(snip.offset),
            severity_label(style, severity, &format!("{carets} {code}"))
        )?;
        writeln!(out, "{pad} {bar}")?;
    }
    Ok(pad)
}

fn diagnostic_block(
    out: &mut dyn Write,
    doc: &Document,
    d: &Diagnostic,
    style: &Style,
) -> io::Result<()> {
    let at = doc.locate_source(d.source.clone());
    head_and_snippet(out, doc, &at, d.severity, d.code, &d.message, style)?;
    writeln!(out)
}

fn finding_block(
    out: &mut dyn Write,
    doc: &Document,
    finding: &Finding,
    severity: Severity,
    table: &Table,
    style: &Style,
) -> io::Result<()> {
    let m = &finding.claim.mention;
    let at = doc.locate(m.start, m.end);
    let pad = head_and_snippet(
        out,
        doc,
        &at,
        severity,
        finding.verdict.as_str(),
        &finding.message,
        style,
    )?;
    let figure = finding.figure.map(|i| &table.figures[i]);
    let eq = style.gutter("=");
    if let Some(figure) = figure {
        if severity > Severity::Ok {
            let s = &figure.source;
            writeln!(
                out,
                "{pad} {eq} source: {}, {} ({}): “{}”",
                s.publisher,
                s.title,
                figure.published_year(),
                s.quote
            )?;
            writeln!(out, "{pad} {eq} url: {}", s.url)?;
        }
        writeln!(out, "{pad} {eq} figure: {}", figure.id)?;
    }
    if let Some(help) = &finding.help {
        writeln!(out, "{pad} {eq} help: {help}")?;
    }
    writeln!(
        out,
        "{pad} {eq} as of: {} ({})",
        finding.as_of.date,
        finding.as_of.source.describe()
    )?;
    if let Some(caveats) = figure
        .and_then(|f| f.caveats.as_deref())
        .filter(|_| severity > Severity::Ok)
    {
        writeln!(out, "{pad} {eq} note: {caveats}")?;
    }
    writeln!(out)
}

/// Writes every mention of an `extract` run, one per line, claims highlighted.
pub fn extract(
    out: &mut dyn Write,
    files: &[FileReport],
    summary: &Summary,
    style: &Style,
) -> io::Result<()> {
    for file in files {
        extract_file(out, file, style)?;
    }
    writeln!(out, "{}", style.bold(&summary_line(summary, None, false)))
}

fn extract_file(out: &mut dyn Write, file: &FileReport, style: &Style) -> io::Result<()> {
    {
        let doc = &file.document;
        let locations: Vec<String> = file
            .mentions
            .iter()
            .map(|m| place(doc, &doc.locate(m.start, m.end)))
            .collect();
        let width = locations
            .iter()
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(0);
        let mut claims = file.claims.iter().peekable();
        for (m, location) in file.mentions.iter().zip(&locations) {
            let text = &doc.text[m.start..m.end];
            let value = match (m.value, m.low, m.high) {
                (_, Some(l), Some(h)) => format!("{}–{}", number(l), number(h)),
                (Some(v), _, _) => number(v),
                _ => "–".into(),
            };
            let hedge = m
                .hedge
                .map(|h| format!(" ({})", h.as_str()))
                .unwrap_or_default();
            while claims.peek().is_some_and(|c| c.mention.start < m.start) {
                claims.next();
            }
            let what = match m.not_claim {
                None if m.is_claim() => {
                    let subject = claims
                        .peek()
                        .filter(|c| c.mention.start == m.start)
                        .and_then(|c| c.subject.as_deref())
                        .map(|s| format!(", subject: {s}"))
                        .unwrap_or_default();
                    format!("claim{subject}")
                }
                Some(reason) => format!("not a claim: {reason}"),
                None => "not a claim".into(),
            };
            let shown = if m.is_claim() {
                style.ok(&format!("“{text}”"))
            } else {
                format!("“{text}”")
            };
            writeln!(
                out,
                "{}  {:<10} {shown} = {value}{hedge}  {what}",
                style.gutter(&format!("{location:<width$}")),
                m.kind.as_str()
            )?;
        }
    }
    Ok(())
}

/// A normalised value, without float noise: `0.3333`, `3300000`.
fn number(v: f64) -> String {
    let text = format!("{v:.4}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
