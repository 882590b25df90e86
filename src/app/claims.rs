//! `claims lint`, `claims list` and `claims show`: validate and browse the table.

use anyhow::{Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Status, load_table};

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
