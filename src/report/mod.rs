//! Reports: one printer per output format, all fed the same checked files, one file at a time.
//!
//! A run hands each [`Printer`] the files in path order as they are checked ([`Printer::file`]),
//! then the totals ([`Printer::finish`]). Streaming printers (human, jsonl, github) write as they
//! go; the others keep what they need and write at the end. A new format is one printer and one
//! arm in `app::run::printer`; [`Collect`] adapts a printer written as one function over all files.

pub mod github;
pub mod gitlab;
pub mod html;
pub mod human;
pub mod json;
pub mod jsonl;
pub mod junit;
pub mod sarif;
pub mod step_summary;

mod fingerprint;
mod item;
mod snippet;
mod style;

pub use item::{Item, items};
pub use style::Style;

use std::io::{self, Write};
use std::path::PathBuf;

use crate::FileReport;
use crate::check::{Finding, Severity, Verdict};
use crate::config::{FailOn, Severities};
use crate::suppress::Diagnostic;
use crate::table::Table;

/// What a run learnt about one file beyond its findings: directives, overrides, fail level.
#[derive(Debug, Clone, Default)]
pub struct FileExtras {
    /// Diagnostics about the file's directives, in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// Findings hidden by directives.
    pub suppressed: usize,
    /// The severity overrides of the file's configuration.
    pub severities: Severities,
    /// The fail level that applies to the file.
    pub fail_on: Option<FailOn>,
}

/// One checked file, as printers see it.
#[derive(Debug, Clone, Copy)]
pub struct FileView<'a> {
    /// The document, its mentions, claims and (reported) findings.
    pub report: &'a FileReport,
    /// Directives, overrides and fail level.
    pub extras: &'a FileExtras,
}

impl FileView<'_> {
    /// The severity of `finding` after the configuration's overrides.
    pub fn severity(&self, finding: &Finding) -> Severity {
        self.extras
            .severities
            .verdict(finding.verdict)
            .unwrap_or(Severity::Ok)
    }
}

/// What every printer may need about the run as a whole.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    /// The table findings point into (`None` for `extract`).
    pub table: Option<&'a Table>,
    /// Colours for the human report.
    pub style: Style,
    /// Print findings only: no summary line.
    pub quiet: bool,
    /// The repository root: SARIF and GitLab paths are relative to it.
    pub root: PathBuf,
    /// The working directory the paths in reports are relative to.
    pub cwd: PathBuf,
    /// The run's fail level, for files whose configuration sets none.
    pub fail_on: FailOn,
}

impl Context<'_> {
    /// The fail level that applies to `file`.
    pub fn fail_on(&self, file: FileView<'_>) -> FailOn {
        file.extras.fail_on.unwrap_or(self.fail_on)
    }

    /// `path` (as reports show it) relative to the repository root, with `/` separators, or
    /// `None` when it lies outside the root.
    pub fn repo_path(&self, path: &str) -> Option<String> {
        let full = normalise(&self.cwd.join(path));
        let rel = full.strip_prefix(&self.root).ok()?;
        let parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        Some(parts.join("/"))
    }

    /// `path` made absolute and lexically normalised.
    pub fn absolute(&self, path: &str) -> PathBuf {
        normalise(&self.cwd.join(path))
    }
}

/// `path` with `.` and `..` components resolved lexically.
fn normalise(path: &std::path::Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// Writes one output format.
pub trait Printer {
    /// Writes (or keeps) the report of one file; files come in path order.
    fn file(&mut self, out: &mut dyn Write, file: FileView<'_>, ctx: &Context) -> io::Result<()>;
    /// Writes the end of the report.
    fn finish(&mut self, out: &mut dyn Write, summary: &Summary, ctx: &Context) -> io::Result<()>;
}

/// A printer over all files at once: `write(out, files, table, summary)` at the end of the run.
pub struct Collect<F> {
    files: Vec<FileReport>,
    write: F,
}

impl<F> Collect<F>
where
    F: FnMut(&mut dyn Write, &[FileReport], Option<&Table>, &Summary) -> io::Result<()>,
{
    /// Keeps every file, then calls `write` once.
    pub fn new(write: F) -> Self {
        Collect {
            files: Vec::new(),
            write,
        }
    }
}

impl<F> Printer for Collect<F>
where
    F: FnMut(&mut dyn Write, &[FileReport], Option<&Table>, &Summary) -> io::Result<()>,
{
    fn file(&mut self, _: &mut dyn Write, file: FileView<'_>, _: &Context) -> io::Result<()> {
        self.files.push(file.report.clone());
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, summary: &Summary, ctx: &Context) -> io::Result<()> {
        (self.write)(out, &self.files, ctx.table, summary)
    }
}

/// Counts over a whole run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Inputs read (each article of an archive counts as one).
    pub files: usize,
    /// Claims checked (for `check`) or found (for `extract`).
    pub claims: usize,
    /// Findings per verdict, in [`Verdict::ALL`] order.
    pub verdicts: [usize; 6],
    /// Inputs that could not be read.
    pub errors: usize,
    /// Findings hidden by directives.
    pub suppressed: usize,
    /// Diagnostics about directives.
    pub diagnostics: usize,
    /// Findings and diagnostics at or above their file's fail level.
    pub failing: usize,
}

impl Summary {
    /// Counts the findings of `files` (or, with no findings, their claims); `errors` unread inputs.
    pub fn of(files: &[FileReport], errors: usize, checked: bool) -> Self {
        let mut s = Summary {
            errors,
            ..Summary::default()
        };
        let extras = FileExtras::default();
        for report in files {
            s.add(
                FileView {
                    report,
                    extras: &extras,
                },
                checked,
                FailOn::Error,
            );
        }
        s
    }

    /// Adds one file; `fail_on` is the run's level where the file's configuration sets none.
    pub fn add(&mut self, file: FileView<'_>, checked: bool, fail_on: FailOn) {
        self.files += 1;
        if !checked {
            self.claims += file.report.claims.len();
            return;
        }
        let fail_on = file.extras.fail_on.unwrap_or(fail_on);
        self.claims += file.report.findings.len();
        for f in &file.report.findings {
            self.verdicts[verdict_index(f.verdict)] += 1;
            if fail_on.fails(file.severity(f)) {
                self.failing += 1;
            }
        }
        self.suppressed += file.extras.suppressed;
        self.diagnostics += file.extras.diagnostics.len();
        self.failing += file
            .extras
            .diagnostics
            .iter()
            .filter(|d| fail_on.fails(d.severity))
            .count();
    }

    /// Findings with this verdict.
    pub fn count(&self, verdict: Verdict) -> usize {
        self.verdicts[verdict_index(verdict)]
    }

    /// The most serious default severity found, if any finding was made.
    pub fn worst(&self) -> Option<Severity> {
        Verdict::ALL
            .iter()
            .filter(|&&v| self.count(v) > 0)
            .map(|v| v.severity())
            .max()
    }
}

fn verdict_index(verdict: Verdict) -> usize {
    Verdict::ALL.iter().position(|&v| v == verdict).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, InputFormat};

    #[test]
    fn collect_hands_every_file_to_one_function_at_the_end() {
        let table = Table::builtin().unwrap();
        let doc = Document::new(
            "a.md",
            "Some 3.3 million children are trafficked.".into(),
            InputFormat::Markdown,
        );
        let report = crate::check_document(
            doc,
            &table,
            crate::check::AsOf::choose(None, None, crate::document::Date::today()),
        );
        let extras = FileExtras::default();
        let mut seen = Vec::new();
        let mut printer = Collect::new(
            |out: &mut dyn Write, files: &[FileReport], t: Option<&Table>, s: &Summary| {
                seen.push((files.len(), t.is_some(), s.claims));
                writeln!(out, "{}", files[0].document.path)
            },
        );
        let ctx = Context {
            table: Some(&table),
            style: Style { color: false },
            quiet: false,
            root: PathBuf::new(),
            cwd: PathBuf::new(),
            fail_on: FailOn::Error,
        };
        let mut out = Vec::new();
        let view = FileView {
            report: &report,
            extras: &extras,
        };
        printer.file(&mut out, view, &ctx).unwrap();
        assert!(out.is_empty(), "nothing is written before the end");
        let mut summary = Summary::default();
        summary.add(view, true, FailOn::Error);
        printer.finish(&mut out, &summary, &ctx).unwrap();
        drop(printer);
        assert_eq!(out, b"a.md\n");
        assert_eq!(seen, [(1, true, 1)]);
        assert_eq!(summary.failing, 1);
    }

    #[test]
    fn repository_paths_are_relative_with_forward_slashes() {
        let ctx = Context {
            table: None,
            style: Style { color: false },
            quiet: false,
            root: PathBuf::from("/repo"),
            cwd: PathBuf::from("/repo/site"),
            fail_on: FailOn::Error,
        };
        assert_eq!(
            ctx.repo_path("./a/../b/c.md").as_deref(),
            Some("site/b/c.md")
        );
        assert_eq!(ctx.repo_path("/elsewhere/c.md"), None);
    }
}
