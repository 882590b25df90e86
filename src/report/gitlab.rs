//! `--format gitlab`: GitLab Code Quality JSON (`artifacts:reports:codequality`), for merge
//! request annotations; fingerprints ignore line numbers so moved text keeps its finding.

use serde::Serialize;
use std::io::{self, Write};

use super::{Context, FileView, Printer, Summary, items};
use crate::check::Severity;

#[derive(Serialize)]
struct Issue {
    #[serde(rename = "type")]
    kind: &'static str,
    check_name: String,
    description: String,
    categories: [&'static str; 1],
    severity: &'static str,
    fingerprint: String,
    location: Location,
}

#[derive(Serialize)]
struct Location {
    path: String,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
    end: usize,
}

/// GitLab's name for a severity.
pub fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "major",
        Severity::Warning => "minor",
        _ => "info",
    }
}

/// Keeps every issue, then writes the array.
#[derive(Default)]
pub struct Gitlab {
    issues: Vec<Issue>,
}

impl Printer for Gitlab {
    fn file(&mut self, _: &mut dyn Write, file: FileView<'_>, ctx: &Context) -> io::Result<()> {
        let doc = &file.report.document;
        let path = ctx.repo_path(&doc.path).unwrap_or_else(|| doc.path.clone());
        for item in items(file, ctx.table) {
            let mut description = match &doc.id {
                Some(id) => format!("article {id}: {}", item.message),
                None => item.message.to_string(),
            };
            if let Some(help) = item.help {
                description.push_str(&format!("; {help}"));
            }
            self.issues.push(Issue {
                kind: "issue",
                check_name: format!("tipcheck/{}", item.code),
                description,
                categories: ["Bug Risk"],
                severity: severity(item.severity),
                fingerprint: item.fingerprint.clone(),
                location: Location {
                    path: path.clone(),
                    lines: Lines {
                        begin: item.line,
                        end: item.end().0,
                    },
                },
            });
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, _: &Summary, _: &Context) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, &self.issues)?;
        writeln!(out)
    }
}
