//! The commands: read inputs, run the pipeline, print a report, and say how the run ended.

use anyhow::{Context, Result};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::check::Severity;
use crate::document::InputFormat;
use crate::report::{self, Style, Summary};
use crate::table::{self, Table};
use crate::{FileReport, check_document, extract_document, input};

/// How findings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// Compiler-style diagnostics for people.
    Human,
    /// One JSON object, as `../shared/design.md` specifies.
    Json,
}

/// The least severe finding that fails the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOn {
    /// Conflicts and wrong metrics.
    Error,
    /// Also outdated and misattributed claims.
    Warning,
    /// Also unverified claims.
    Note,
    /// Never fail on findings.
    Never,
}

impl FailOn {
    fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Error => severity >= Severity::Error,
            FailOn::Warning => severity >= Severity::Warning,
            FailOn::Note => severity >= Severity::Note,
            FailOn::Never => false,
        }
    }
}

/// When to colour human output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    /// On a terminal, unless `NO_COLOR` is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

impl ColorChoice {
    /// Whether to colour standard output.
    pub fn enabled(self) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        }
    }
}

/// How a run ended: the exit code is its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Nothing at or above the fail level.
    Clean = 0,
    /// Findings at or above the fail level.
    Findings = 1,
    /// A usage error, an unreadable input or an invalid table.
    Failed = 2,
}

/// What to read and how to report it.
#[derive(Debug, Clone)]
pub struct Options {
    /// Files to read; `-` is standard input.
    pub paths: Vec<String>,
    /// The report format.
    pub format: OutputFormat,
    /// The least severe finding that fails the run.
    pub fail_on: FailOn,
    /// When to colour.
    pub color: ColorChoice,
    /// Read every input as this format instead of guessing from its extension.
    pub input_format: Option<InputFormat>,
    /// Table files to use instead of the discovered or built-in table.
    pub tables: Vec<PathBuf>,
}

/// Loads the table: the `--claims` files, else `claims.toml` found upward from `cwd`, else the built-in one.
pub fn load_table(tables: &[PathBuf], cwd: &Path) -> Result<Table> {
    let chosen: Vec<PathBuf> = if tables.is_empty() {
        table::discover(cwd).into_iter().collect()
    } else {
        tables.to_vec()
    };
    if chosen.is_empty() {
        return Ok(Table::builtin()?);
    }
    let mut texts = Vec::with_capacity(chosen.len());
    for path in &chosen {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the table {}", path.display()))?;
        texts.push((display_path(path, cwd), text));
    }
    let names: Vec<&str> = texts.iter().map(|(n, _)| n.as_str()).collect();
    let files: Vec<(&str, &str)> = texts
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    Ok(Table::merge(&names.join(", "), &files)?)
}

/// `path` relative to `cwd` when it lies inside it.
fn display_path(path: &Path, cwd: &Path) -> String {
    path.strip_prefix(cwd).unwrap_or(path).display().to_string()
}

/// Reads every input, reporting unreadable ones on `err`; returns the documents and the error count.
fn read_inputs(
    opts: &Options,
    err: &mut dyn Write,
) -> Result<(Vec<crate::document::Document>, usize)> {
    let mut docs = Vec::with_capacity(opts.paths.len());
    let mut errors = 0;
    for path in &opts.paths {
        match input::read(path, opts.input_format) {
            Ok(doc) => docs.push(doc),
            Err(e) => {
                errors += 1;
                writeln!(err, "error: {e:#}")?;
            }
        }
    }
    Ok((docs, errors))
}

fn finish(summary: &Summary, fail_on: FailOn) -> Status {
    if summary.errors > 0 {
        Status::Failed
    } else if summary.worst().is_some_and(|s| fail_on.fails(s)) {
        Status::Findings
    } else {
        Status::Clean
    }
}

/// `tipcheck check`: checks every input against the table and reports one finding per claim.
pub fn check(opts: &Options, out: &mut dyn Write, err: &mut dyn Write) -> Result<Status> {
    let cwd = std::env::current_dir().context("cannot find the working directory")?;
    let table = match load_table(&opts.tables, &cwd) {
        Ok(table) => table,
        Err(e) => {
            writeln!(err, "error: the table of figures is not usable:\n{e:#}")?;
            return Ok(Status::Failed);
        }
    };
    let (docs, errors) = read_inputs(opts, err)?;
    let files: Vec<FileReport> = docs
        .into_iter()
        .map(|d| check_document(d, &table))
        .collect();
    let summary = Summary::of(&files, errors, true);
    match opts.format {
        OutputFormat::Human => report::human::check(
            out,
            &files,
            &table,
            &summary,
            &Style {
                color: opts.color.enabled(),
            },
        )?,
        OutputFormat::Json => report::json::write(out, &files, Some(&table), &summary)?,
    }
    out.flush()?;
    Ok(finish(&summary, opts.fail_on))
}

/// `tipcheck extract`: prints every mention of every input, claim or not.
pub fn extract(opts: &Options, out: &mut dyn Write, err: &mut dyn Write) -> Result<Status> {
    let (docs, errors) = read_inputs(opts, err)?;
    let files: Vec<FileReport> = docs.into_iter().map(extract_document).collect();
    let summary = Summary::of(&files, errors, false);
    match opts.format {
        OutputFormat::Human => report::human::extract(
            out,
            &files,
            &summary,
            &Style {
                color: opts.color.enabled(),
            },
        )?,
        OutputFormat::Json => report::json::write(out, &files, None, &summary)?,
    }
    out.flush()?;
    Ok(if errors > 0 {
        Status::Failed
    } else {
        Status::Clean
    })
}

/// `tipcheck claims lint`: validates a table file (or the table in use) and says what it holds.
pub fn claims_lint(
    file: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Status> {
    let cwd = std::env::current_dir().context("cannot find the working directory")?;
    let tables: Vec<PathBuf> = file.map(Path::to_path_buf).into_iter().collect();
    match load_table(&tables, &cwd) {
        Ok(table) => {
            writeln!(
                out,
                "{}: {} valid",
                table.origin,
                plural(table.figures.len(), "figure")
            )?;
            Ok(Status::Clean)
        }
        Err(e) => {
            writeln!(err, "{e:#}")?;
            Ok(Status::Failed)
        }
    }
}

/// `tipcheck claims list`: one line per figure: id, value and what it measures.
pub fn claims_list(tables: &[PathBuf], out: &mut dyn Write) -> Result<Status> {
    let cwd = std::env::current_dir().context("cannot find the working directory")?;
    let table = load_table(tables, &cwd)?;
    let width = table.figures.iter().map(|f| f.id.len()).max().unwrap_or(0);
    for f in &table.figures {
        writeln!(
            out,
            "{:<width$}  {:>12}  {} ({}, {})",
            f.id,
            crate::check::value_of(f),
            f.metric,
            f.period,
            f.source.publisher
        )?;
    }
    Ok(Status::Clean)
}

/// `tipcheck claims show ID`: every field of one figure.
pub fn claims_show(
    tables: &[PathBuf],
    id: &str,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Status> {
    let cwd = std::env::current_dir().context("cannot find the working directory")?;
    let table = load_table(tables, &cwd)?;
    let Some(f) = table.get(id) else {
        writeln!(
            err,
            "error: no figure `{id}` in {}; `tipcheck claims list` shows the ids",
            table.origin
        )?;
        return Ok(Status::Failed);
    };
    let s = &f.source;
    writeln!(out, "{}", f.id)?;
    writeln!(out, "  metric:     {}", f.metric)?;
    writeln!(
        out,
        "  value:      {} ({})",
        crate::check::value_of(f),
        f.quantity.as_str()
    )?;
    writeln!(out, "  scope:      {}", f.scope)?;
    writeln!(out, "  period:     {}", f.period)?;
    writeln!(out, "  published:  {}", f.published)?;
    writeln!(out, "  source:     {}, {}", s.publisher, s.title)?;
    if let Some(locator) = &s.locator {
        writeln!(out, "  locator:    {locator}")?;
    }
    writeln!(out, "  quote:      “{}”", s.quote)?;
    writeln!(out, "  url:        {}", s.url)?;
    if let Some(next) = &f.superseded_by {
        writeln!(out, "  superseded: {next}")?;
    }
    if !f.confusable_with.is_empty() {
        writeln!(out, "  confused with: {}", f.confusable_with.join(", "))?;
    }
    if let Some(caveats) = &f.caveats {
        writeln!(out, "  caveats:    {caveats}")?;
    }
    Ok(Status::Clean)
}

fn plural(n: usize, one: &str) -> String {
    format!("{n} {one}{}", if n == 1 { "" } else { "s" })
}
