//! The commands: read inputs, run the pipeline, print a report, and say how the run ended.

mod claims;
mod run;

pub use claims::{claims_lint, claims_list, claims_show};
pub use run::{check, extract};

use anyhow::{Context, Result};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::check::Severity;
use crate::document::InputFormat;
use crate::table::{self, Table};

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
    /// True when a finding of `severity` fails the run.
    pub fn fails(self, severity: Severity) -> bool {
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
    /// Check as of this date instead of the article's own date or today.
    pub as_of: Option<crate::document::Date>,
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
pub fn display_path(path: &Path, cwd: &Path) -> String {
    path.strip_prefix(cwd).unwrap_or(path).display().to_string()
}
