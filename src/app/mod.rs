//! The commands: read inputs, run the pipeline, print a report, and say how the run ended.

mod claims;
mod run;

pub use claims::{claims_fmt, claims_lint, claims_list, claims_show};
pub use run::{check, dump_config, extract};

use anyhow::Result;
use std::borrow::Cow;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::document::InputFormat;
use crate::input::Selection;
use crate::table::{self, Table};

/// How findings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// Compiler-style diagnostics for people.
    Human,
    /// One JSON object, as `../shared/design.md` specifies.
    Json,
    /// One self-contained HTML page (`check` only).
    Html,
    /// The JSON contract's file objects, one per line, then a summary line.
    Jsonl,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// JUnit XML, for GitLab test reports.
    Junit,
    /// GitLab Code Quality JSON.
    Gitlab,
}

pub use crate::config::FailOn;

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
    /// The least severe finding that fails the run (`None`: the configuration's, else `error`).
    pub fail_on: Option<FailOn>,
    /// When to colour.
    pub color: ColorChoice,
    /// Read every input as this format instead of guessing from its extension.
    pub input_format: Option<InputFormat>,
    /// Table files to use instead of the discovered or built-in table.
    pub tables: Vec<PathBuf>,
    /// Write the report to this file (through a temporary file and a rename) instead of stdout.
    pub output: Option<PathBuf>,
    /// Which files to read and which configuration governs them.
    pub selection: Selection,
    /// Worker threads (0: one per core).
    pub threads: usize,
    /// Print findings only: no summary line, no progress bar.
    pub quiet: bool,
    /// Append a Markdown report to this file (for `$GITHUB_STEP_SUMMARY`).
    pub summary_file: Option<PathBuf>,
    /// JSON Lines field names that override the configuration's: id, text, date.
    pub jsonl_fields: [Option<String>; 3],
    /// Check as of this date instead of the article's own date or today.
    pub as_of: Option<crate::document::Date>,
}

impl Options {
    /// Options for reading `paths` with every other setting at its default.
    pub fn new(paths: Vec<String>) -> Self {
        Options {
            paths,
            format: OutputFormat::Human,
            fail_on: None,
            color: ColorChoice::Never,
            input_format: None,
            tables: Vec::new(),
            output: None,
            selection: Selection::default(),
            threads: 0,
            quiet: false,
            summary_file: None,
            jsonl_fields: Default::default(),
            as_of: None,
        }
    }

    /// Whether to colour the human report: `auto` never colours a report written to a file.
    pub fn color_enabled(&self) -> bool {
        match (self.color, &self.output) {
            (ColorChoice::Auto, Some(path)) if path.as_os_str() != "-" => false,
            (choice, _) => choice.enabled(),
        }
    }
}

/// Loads the table for `check`, `list` and `show`: the `--claims` files, else `claims.toml` found
/// upward from `cwd`, else the built-in one. A figure that fails validation is left out with a
/// warning on standard error.
pub fn load_table(tables: &[PathBuf], cwd: &Path) -> Result<Table> {
    load_table_with(tables, &[], cwd)
}

/// Loads the table as [`load_table`] does, with the `extra` files (a configuration's
/// `extend-claims`) added to it; warnings go to standard error.
pub fn load_table_with(tables: &[PathBuf], extra: &[PathBuf], cwd: &Path) -> Result<Table> {
    load_tables(tables, extra, cwd, &mut std::io::stderr())
}

/// Loads the tables in use: `claims` (the `--claims` files) instead of the default table
/// (`claims.toml` found upward from `cwd`, else the built-in table), then `extend` (a
/// configuration's `extend-claims`), so a newsroom keeps its own figures beside ours. A figure
/// that fails validation, or repeats an id already loaded, is left out with a warning written to
/// `warnings` that names its file and line; a file that cannot be read or parsed is an error.
pub fn load_tables(
    claims: &[PathBuf],
    extend: &[PathBuf],
    cwd: &Path,
    warnings: &mut dyn Write,
) -> Result<Table> {
    load_shared(claims, extend, cwd, warnings).map(Cow::into_owned)
}

/// The table [`load_tables`] gives, with the built-in table shared (built once per process,
/// never freed) instead of copied.
pub fn load_shared(
    claims: &[PathBuf],
    extend: &[PathBuf],
    cwd: &Path,
    warnings: &mut dyn Write,
) -> Result<Cow<'static, Table>> {
    let (builtin, chosen): (bool, Vec<PathBuf>) = if !claims.is_empty() {
        (false, claims.to_vec())
    } else {
        match table::discover(cwd) {
            Some(found) => (false, vec![found]),
            None => (true, Vec::new()),
        }
    };
    let paths: Vec<PathBuf> = chosen.into_iter().chain(extend.iter().cloned()).collect();
    let texts = read_tables(&paths, cwd)?;
    let files: Vec<(&str, &str)> = texts
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    if builtin && files.is_empty() {
        return Table::builtin_shared()
            .map(Cow::Borrowed)
            .map_err(|e| anyhow::anyhow!("{e}"));
    }
    let loaded = Table::load(builtin, &files).map_err(|e| anyhow::anyhow!("{e}"))?;
    for w in &loaded.warnings {
        writeln!(warnings, "{}", w.render("warning"))?;
    }
    Ok(Cow::Owned(loaded.table))
}

/// The name (relative to `cwd`) and text of each table file.
pub fn read_tables(paths: &[PathBuf], cwd: &Path) -> Result<Vec<(String, String)>> {
    paths
        .iter()
        .map(|path| {
            let name = display_path(path, cwd);
            let text = crate::input::read_utf8(path, &name).map_err(|e| match e.line {
                0 => anyhow::anyhow!("cannot read the table {}: {e}", path.display()),
                line => anyhow::anyhow!("{name}:{line}:{}: {e}", e.column),
            })?;
            Ok((name, text))
        })
        .collect()
}

/// `path` relative to `cwd` when it lies inside it.
pub fn display_path(path: &Path, cwd: &Path) -> String {
    path.strip_prefix(cwd).unwrap_or(path).display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(color: ColorChoice, output: Option<&str>) -> Options {
        let mut opts = Options::new(vec!["draft.md".into()]);
        opts.color = color;
        opts.output = output.map(PathBuf::from);
        opts
    }

    #[test]
    fn a_report_written_to_a_file_is_coloured_only_when_asked() {
        assert!(!options(ColorChoice::Auto, Some("report.txt")).color_enabled());
        assert!(options(ColorChoice::Always, Some("report.txt")).color_enabled());
        assert!(!options(ColorChoice::Never, None).color_enabled());
        assert!(options(ColorChoice::Always, Some("-")).color_enabled());
    }
}
