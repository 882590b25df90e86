//! `check` and `extract`: read the inputs, run the pipeline, print the report.

use anyhow::{Context, Result};
use std::io::Write;

use super::{FailOn, Options, OutputFormat, Status, load_table};
use crate::report::{self, Style, Summary};
use crate::{FileReport, check_document, extract_document, input};

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
    let today = crate::document::Date::today();
    let files: Vec<FileReport> = docs
        .into_iter()
        .map(|d| check_document(d, &table, opts.as_of, today))
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
