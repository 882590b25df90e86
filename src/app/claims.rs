//! `claims lint`, `claims list`, `claims show` and `claims fmt`: validate, browse and format tables.

use anyhow::{Context, Result};
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{OutputFormat, Status, display_path, load_table, read_tables};
use crate::check::value_of;
use crate::table::{self, Figure, FormatError, Table, TableError};

/// The tables `lint` and `fmt` work on: the files named, else `claims.toml` found upward.
fn named_or_discovered(files: &[PathBuf], cwd: &Path) -> Vec<PathBuf> {
    if files.is_empty() {
        table::discover(cwd).into_iter().collect()
    } else {
        files.to_vec()
    }
}

#[derive(Serialize)]
struct LintJson<'a> {
    version: u32,
    files: Vec<&'a str>,
    figures: usize,
    errors: Vec<DiagnosticJson<'a>>,
}

#[derive(Serialize)]
struct DiagnosticJson<'a> {
    code: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    message: &'a str,
}

/// `tipcheck claims lint [FILE]...`: every rule on the tables named (else the table `check`
/// would use), read together; exit 2 on any problem.
pub fn claims_lint(
    files: &[PathBuf],
    format: OutputFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Status> {
    let cwd = std::env::current_dir().context("cannot find the working directory")?;
    let paths = named_or_discovered(files, &cwd);
    let texts = match read_tables(&paths, &cwd) {
        Ok(texts) => texts,
        Err(e) => {
            writeln!(err, "error: {e:#}")?;
            return Ok(Status::Failed);
        }
    };
    let mut named: Vec<(&str, &str)> = texts
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    if named.is_empty() {
        named.push((table::BUILTIN_NAME, table::BUILTIN));
    }
    let linted = table::lint(&named);
    let names: Vec<&str> = named.iter().map(|(n, _)| *n).collect();
    match format {
        OutputFormat::Json => {
            let json = LintJson {
                version: 1,
                files: names.clone(),
                figures: linted.figures,
                errors: linted
                    .errors
                    .iter()
                    .map(|e| DiagnosticJson {
                        code: e.code,
                        file: &e.origin,
                        line: e.line,
                        column: e.column,
                        message: &e.message,
                    })
                    .collect(),
            };
            serde_json::to_writer_pretty(&mut *out, &json)?;
            writeln!(out)?;
        }
        _ => {
            for e in &linted.errors {
                writeln!(out, "{}", e.render("error"))?;
            }
            let verdict = match linted.errors.len() {
                0 => "no problems found".to_string(),
                n => plural(n, "error"),
            };
            writeln!(
                out,
                "{}: {}, {verdict}",
                names.join(", "),
                plural(linted.figures, "figure")
            )?;
        }
    }
    Ok(if linted.errors.is_empty() {
        Status::Clean
    } else {
        Status::Failed
    })
}

#[derive(Serialize)]
struct ListJson<'a> {
    version: u32,
    table: &'a str,
    figures: Vec<FigureJson<'a>>,
}

/// A figure with where it is defined and how it relates to the others.
#[derive(Serialize)]
struct FigureJson<'a> {
    #[serde(flatten)]
    figure: &'a Figure,
    defined_at: String,
    supersedes: Vec<&'a str>,
    newest: &'a str,
}

fn figure_json<'a>(table: &'a Table, i: usize) -> FigureJson<'a> {
    FigureJson {
        figure: &table.figures[i],
        defined_at: table.defined_at(i),
        supersedes: table
            .supersedes(i)
            .into_iter()
            .map(|j| table.figures[j].id.as_str())
            .collect(),
        newest: table.figures[table.newest(i)].id.as_str(),
    }
}

/// `tipcheck claims list`: one line per figure (id, value, what it measures, data year, publisher),
/// or every field of every figure as JSON.
pub fn claims_list(
    tables: &[PathBuf],
    format: OutputFormat,
    out: &mut dyn Write,
) -> Result<Status> {
    let cwd = std::env::current_dir().context("cannot find the working directory")?;
    let table = load_table(tables, &cwd)?;
    match format {
        OutputFormat::Json => {
            let json = ListJson {
                version: 1,
                table: &table.origin,
                figures: (0..table.figures.len())
                    .map(|i| figure_json(&table, i))
                    .collect(),
            };
            serde_json::to_writer_pretty(&mut *out, &json)?;
            writeln!(out)?;
        }
        _ => {
            let mut order: Vec<usize> = (0..table.figures.len()).collect();
            order.sort_by(|&a, &b| table.figures[a].id.cmp(&table.figures[b].id));
            let width = table.figures.iter().map(|f| f.id.len()).max().unwrap_or(0);
            let values: Vec<String> = table.figures.iter().map(value_of).collect();
            let value_width = values.iter().map(|v| v.chars().count()).max().unwrap_or(0);
            for i in order {
                let f = &table.figures[i];
                let value = &values[i];
                let pad = value_width - value.chars().count();
                writeln!(
                    out,
                    "{:<width$}  {}{value}  {} ({}, {})",
                    f.id,
                    " ".repeat(pad),
                    f.metric,
                    f.period,
                    f.source.publisher
                )?;
            }
            writeln!(
                out,
                "{} in {}",
                plural(table.figures.len(), "figure"),
                table.origin
            )?;
        }
    }
    Ok(Status::Clean)
}

/// `tipcheck claims show ID`: everything about one figure: value, period, quote, URL, the
/// editions before and after it, the figures it is confused with, caveats and misstatements.
pub fn claims_show(
    tables: &[PathBuf],
    id: &str,
    format: OutputFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Status> {
    let cwd = std::env::current_dir().context("cannot find the working directory")?;
    let table = load_table(tables, &cwd)?;
    let Some(i) = table.position(id) else {
        write!(err, "error: no figure `{id}` in {}", table.origin)?;
        match suggest(&table, id) {
            Some(near) => writeln!(err, "; did you mean `{near}`?")?,
            None => writeln!(err, "; `tipcheck claims list` shows the ids")?,
        }
        return Ok(Status::Failed);
    };
    if format == OutputFormat::Json {
        serde_json::to_writer_pretty(&mut *out, &figure_json(&table, i))?;
        writeln!(out)?;
        return Ok(Status::Clean);
    }
    let f = &table.figures[i];
    let s = &f.source;
    let brief = |j: usize| {
        let g = &table.figures[j];
        format!("{} ({}, data for {})", g.id, value_of(g), g.period)
    };
    let mut rows: Vec<(&str, String)> = vec![
        ("metric", f.metric.clone()),
        ("value", {
            let hedge = f
                .hedge
                .as_deref()
                .map(|h| format!("{} ", h.replace('-', " ")));
            format!(
                "{}{} ({})",
                hedge.unwrap_or_default(),
                value_of(f),
                f.quantity.as_str()
            )
        }),
    ];
    if let Some(t) = f.tolerance {
        rows.push((
            "tolerance",
            format!(
                "{} either side",
                crate::check::format::quantity(f.quantity, t, f.unit.as_deref())
                    .trim_start_matches('+')
            ),
        ));
    }
    rows.push(("scope", f.scope.clone()));
    rows.push(("period", f.period.clone()));
    rows.push(("published", f.published.clone()));
    rows.push((
        "source",
        format!("{}, {} ({})", s.publisher, s.title, s.grade.as_str()),
    ));
    if let Some(locator) = &s.locator {
        rows.push(("locator", locator.clone()));
    }
    rows.push(("quote", format!("“{}”", s.quote)));
    rows.push(("url", s.url.clone()));
    if let Some(next) = f.superseded_by.as_deref().and_then(|n| table.position(n)) {
        rows.push(("superseded by", brief(next)));
        let newest = table.newest(i);
        if newest != next {
            rows.push(("newest", brief(newest)));
        }
    }
    for j in table.supersedes(i) {
        rows.push(("supersedes", brief(j)));
    }
    for other in &f.confusable_with {
        if let Some(j) = table.position(other) {
            let g = &table.figures[j];
            rows.push((
                "confused with",
                format!("{} ({}: {})", g.id, value_of(g), g.metric),
            ));
        }
    }
    if let Some(caveats) = &f.caveats {
        rows.push(("caveats", caveats.clone()));
    }
    for m in &f.misstatements {
        let value = m
            .value
            .map(|v| {
                format!(
                    " [{}]",
                    crate::check::format::quantity(f.quantity, v, f.unit.as_deref())
                )
            })
            .unwrap_or_default();
        let url = m
            .url
            .as_deref()
            .map(|u| format!(", {u}"))
            .unwrap_or_default();
        rows.push((
            "misstated",
            format!("“{}”{value} ({}{url})", m.wording, m.seen),
        ));
    }
    rows.push(("defined at", table.defined_at(i)));
    writeln!(out, "{}", f.id)?;
    let width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0) + 1;
    for (key, value) in rows {
        writeln!(out, "  {:<width$} {value}", format!("{key}:"))?;
    }
    Ok(Status::Clean)
}

/// The id nearest to a mistyped one: the shortest that holds all its words, else the closest by
/// spelling.
fn suggest<'a>(table: &'a Table, id: &str) -> Option<&'a str> {
    let ids = table.figures.iter().map(|f| f.id.as_str());
    let words: Vec<&str> = id
        .split(['-', ' ', '_'])
        .filter(|w| !w.is_empty())
        .collect();
    let holds_all =
        |i: &&str| !words.is_empty() && words.iter().all(|w| i.split('-').any(|part| part == *w));
    if let Some(found) = ids.clone().filter(holds_all).min_by_key(|i| (i.len(), *i)) {
        return Some(found);
    }
    ids.map(|i| (table::edit_distance(i, id), i))
        .filter(|&(d, _)| d <= 3)
        .min()
        .map(|(_, i)| i)
}

/// `tipcheck claims fmt [FILE]...`: rewrites each table in canonical form, through a temporary
/// file and a rename; with `check`, only says which files are not canonical (exit 1).
pub fn claims_fmt(
    files: &[PathBuf],
    check: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Status> {
    let cwd = std::env::current_dir().context("cannot find the working directory")?;
    let paths = named_or_discovered(files, &cwd);
    if paths.is_empty() {
        writeln!(
            err,
            "error: no {} in this directory or above it; name the table file to format",
            table::FILE_NAME
        )?;
        return Ok(Status::Failed);
    }
    let mut status = Status::Clean;
    for path in &paths {
        let name = display_path(path, &cwd);
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                writeln!(err, "error: cannot read the table {name}: {e}")?;
                status = Status::Failed;
                continue;
            }
        };
        let refuse = |err: &mut dyn Write, problems: &[TableError], why: &str| -> Result<()> {
            for p in problems {
                writeln!(err, "{}", p.render("error"))?;
            }
            writeln!(err, "error: {name} was not formatted: {why}")?;
            Ok(())
        };
        match table::canonical_form(&name, &text) {
            Err(FormatError::Invalid(problems)) => {
                refuse(
                    err,
                    &problems.0,
                    &format!("fix these problems first (`tipcheck claims lint {name}`)"),
                )?;
                status = Status::Failed;
            }
            Err(FormatError::Comments(comments)) => {
                refuse(err, &comments, "formatting would lose these comments")?;
                status = Status::Failed;
            }
            Err(FormatError::Lossy) => {
                writeln!(
                    err,
                    "error: {name} was not formatted: the canonical form would not hold the same figures (a bug in tipcheck; please report it)"
                )?;
                status = Status::Failed;
            }
            Ok(canonical) if canonical == text => {}
            Ok(canonical) => {
                if check {
                    let line = canonical
                        .lines()
                        .zip(text.lines())
                        .position(|(a, b)| a != b)
                        .unwrap_or_else(|| canonical.lines().count().min(text.lines().count()))
                        + 1;
                    writeln!(
                        out,
                        "{name}: not in canonical form from line {line}; `tipcheck claims fmt {name}` rewrites it"
                    )?;
                    if status == Status::Clean {
                        status = Status::Findings;
                    }
                } else {
                    replace(path, &canonical)
                        .with_context(|| format!("cannot write the formatted table {name}"))?;
                    writeln!(out, "{name}: formatted")?;
                }
            }
        }
    }
    Ok(status)
}

/// Replaces the file at `path` with `text` through a temporary file in the same directory and a
/// rename, keeping its permissions; a symbolic link is followed, not replaced.
fn replace(path: &Path, text: &str) -> Result<()> {
    let target = std::fs::canonicalize(path)?;
    let dir = target.parent().unwrap_or_else(|| Path::new("."));
    let mut temp = tempfile::Builder::new()
        .prefix(".tipcheck-fmt-")
        .tempfile_in(dir)?;
    temp.write_all(text.as_bytes())?;
    temp.as_file().sync_all()?;
    let permissions = std::fs::metadata(&target)?.permissions();
    temp.as_file().set_permissions(permissions)?;
    temp.persist(&target)?;
    Ok(())
}

fn plural(n: usize, one: &str) -> String {
    format!("{n} {one}{}", if n == 1 { "" } else { "s" })
}
