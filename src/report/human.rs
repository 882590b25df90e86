//! The human report: compiler-style diagnostics for `check`, a list of mentions for `extract`.

use std::io::{self, Write};

use super::snippet::window;
use super::{Style, Summary};
use crate::FileReport;
use crate::check::{Finding, Severity, Verdict};
use crate::document::Document;
use crate::table::Table;

fn severity_label(style: &Style, severity: Severity, text: &str) -> String {
    match severity {
        Severity::Error => style.error(text),
        Severity::Warning => style.warning(text),
        Severity::Note => style.note(text),
        Severity::Ok => style.ok(text),
    }
}

/// Writes every finding of a `check` run, then a summary line naming the table used.
pub fn check(
    out: &mut dyn Write,
    files: &[FileReport],
    table: &Table,
    summary: &Summary,
    style: &Style,
) -> io::Result<()> {
    for file in files {
        for finding in &file.findings {
            finding_block(out, &file.document, finding, table, style)?;
        }
    }
    let counts: Vec<String> = Verdict::ALL
        .iter()
        .filter(|&&v| summary.count(v) > 0)
        .map(|&v| format!("{} {}", summary.count(v), v.as_str()))
        .collect();
    let claims = plural(summary.claims, "claim", "claims");
    let inputs = plural(summary.files, "file", "files");
    let result = if counts.is_empty() {
        String::new()
    } else {
        format!(": {}", counts.join(", "))
    };
    writeln!(
        out,
        "{}",
        style.bold(&format!(
            "{claims} checked in {inputs}{result} (table: {}, {})",
            table.origin,
            plural(table.figures.len(), "figure", "figures")
        ))
    )
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn finding_block(
    out: &mut dyn Write,
    doc: &Document,
    finding: &Finding,
    table: &Table,
    style: &Style,
) -> io::Result<()> {
    let m = &finding.claim.mention;
    let pos = doc.position(m.start);
    let severity = finding.verdict.severity();
    let head = format!("{}[{}]", severity.as_str(), finding.verdict.as_str());
    writeln!(
        out,
        "{}{}",
        severity_label(style, severity, &head),
        style.bold(&format!(": {}", finding.message))
    )?;
    let gutter_width = pos.line.to_string().len();
    let pad = " ".repeat(gutter_width);
    writeln!(
        out,
        "{pad}{} {}:{}:{}",
        style.gutter("-->"),
        doc.path,
        pos.line,
        pos.column
    )?;
    let figure = finding.figure.map(|i| &table.figures[i]);
    if severity > Severity::Ok {
        let line = doc.line(pos.line);
        let end_pos = doc.position(m.end);
        let width = if end_pos.line == pos.line {
            end_pos.column - pos.column
        } else {
            line.chars().count() + 1 - pos.column
        };
        let snip = window(line, pos.column - 1, width);
        let bar = style.gutter("|");
        writeln!(out, "{pad} {bar}")?;
        writeln!(
            out,
            "{} {bar} {}",
            style.gutter(&pos.line.to_string()),
            snip.text
        )?;
        let carets = "^".repeat(snip.width);
        writeln!(
            out,
            "{pad} {bar} {}{}",
            " ".repeat(snip.offset),
            severity_label(
                style,
                severity,
                &format!("{carets} {}", finding.verdict.as_str())
            )
        )?;
        writeln!(out, "{pad} {bar}")?;
    }
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
        let doc = &file.document;
        let locations: Vec<String> = file
            .mentions
            .iter()
            .map(|m| {
                let pos = doc.position(m.start);
                format!("{}:{}:{}", doc.path, pos.line, pos.column)
            })
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
    writeln!(
        out,
        "{}",
        style.bold(&format!(
            "{} in {}",
            plural(summary.claims, "claim", "claims"),
            plural(summary.files, "file", "files")
        ))
    )
}

/// A normalised value, without float noise: `0.3333`, `3300000`.
fn number(v: f64) -> String {
    let text = format!("{v:.4}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}
