//! `check` and `extract`: find the inputs, check them in parallel, print the report in path order.
//!
//! Inputs are sorted by path and handed to rayon in batches; each batch is collected in order
//! before it is printed, so the output is the same bytes whatever the thread count. While one
//! batch is printed, the next is being checked, so the printing thread never stalls the pool. A
//! JSON Lines archive streams through in batches of articles, never loaded whole; memory holds a
//! few batches at most.

use anyhow::{Context as _, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::io::{BufRead, BufReader, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};

use super::{FailOn, Options, OutputFormat, Status, load_shared};
use crate::check::{AsOf, DateSource};
use crate::config::{self, Config, ConfigError, JsonlFields};
use crate::document::{Date, Document, InputFormat};
use crate::input::{self, Archive, Configs, Input, Loaded, Origin, Record};
use crate::output::Sink;
use crate::report::{
    Collect, Context, FileExtras, FileView, Printer, Style, Summary, github, gitlab, html, human,
    json, jsonl, junit, sarif, step_summary,
};
use crate::table::Table;
use crate::{FileReport, check_document, extract_document, suppress};

/// Files handed to the thread pool at a time.
const FILE_BATCH: usize = 64;
/// Articles of an archive handed to the thread pool at a time.
const ARTICLE_BATCH: usize = 512;
/// Inputs from which a progress bar is worth showing (on a terminal).
const PROGRESS_FROM: usize = 20;

/// The printer for a `check` report in `format`: adding a format is one arm here.
fn printer(format: OutputFormat, checked: bool) -> Box<dyn Printer> {
    match format {
        OutputFormat::Human => Box::new(human::Human::new(checked)),
        OutputFormat::Json => Box::<json::Json>::default(),
        OutputFormat::Jsonl => Box::<jsonl::Jsonl>::default(),
        OutputFormat::Sarif => Box::<sarif::Sarif>::default(),
        OutputFormat::Github => Box::<github::Github>::default(),
        OutputFormat::Junit => Box::<junit::Junit>::default(),
        OutputFormat::Gitlab => Box::<gitlab::Gitlab>::default(),
        OutputFormat::Html => Box::new(Collect::new(|out, files, table, summary| match table {
            Some(table) => html::write(out, files, table, summary),
            None => Ok(()),
        })),
    }
}

/// The directory holding `.git` at or above `cwd`, else `cwd`: CI paths are relative to it.
fn repository_root(cwd: &Path) -> PathBuf {
    cwd.ancestors()
        .find(|d| d.join(".git").exists())
        .unwrap_or(cwd)
        .to_path_buf()
}

/// A configuration problem: one message, exit 2.
fn config_failed(err: &mut dyn Write, e: &ConfigError) -> Result<Status> {
    writeln!(err, "error: {e}")?;
    Ok(Status::Failed)
}

/// The JSON Lines fields for `config`, with the command line's overrides.
fn jsonl_fields(config: &Config, opts: &Options) -> JsonlFields {
    let mut fields = config.jsonl.clone();
    let [id, text, date] = &opts.jsonl_fields;
    if let Some(id) = id {
        fields.id = id.clone();
    }
    if let Some(text) = text {
        fields.text = text.clone();
    }
    if let Some(date) = date {
        fields.date = date.clone();
    }
    fields
}

/// A problem with an input that did not stop it being checked.
enum Notice {
    /// Worth saying; the exit code is unchanged.
    Warning(String),
    /// The input is at fault (bytes that are not text, without `--text`): exit code 2.
    Error(String),
}

/// One input, done.
enum Done {
    /// Checked: its report and extras, and what was wrong with it (bytes that were not all text).
    Checked(Box<(FileReport, FileExtras)>, Vec<Notice>),
    /// Not read, and the note that says why (a binary file met while walking).
    Skipped(String),
    /// Could not be read: the one-line reason.
    Failed(String),
}

/// The date a document is checked as of: `--as-of`, else the configuration's policy (a fixed
/// date, today, or the article's own date, which is the default), else today.
fn as_of(flag: Option<Date>, config: &Config, article: Option<Date>, today: Date) -> AsOf {
    if flag.is_some() {
        return AsOf::choose(flag, article, today);
    }
    match &config.as_of {
        Some(config::AsOf::Date(day)) => match Date::parse_earliest(day) {
            Some(date) => AsOf {
                date,
                source: DateSource::Config,
            },
            None => AsOf::choose(None, article, today),
        },
        Some(config::AsOf::Today) => AsOf::choose(None, None, today),
        Some(config::AsOf::Article) | None => AsOf::choose(None, article, today),
    }
}

/// What the worker threads share: the options, the table and today's date.
struct Worker<'a> {
    opts: &'a Options,
    today: Date,
    table: Option<&'a Table>,
}

/// Everything a run keeps across its inputs, on the printing thread.
struct Run<'a> {
    /// Checking, not extracting.
    checked: bool,
    ctx: Context<'a>,
    printer: Box<dyn Printer>,
    step_summary: Option<step_summary::StepSummary>,
    step_buffer: Vec<u8>,
    summary: Summary,
    /// Inputs checked although at fault (not all valid text): they make the exit code 2.
    faulty: usize,
    progress: ProgressBar,
}

impl Worker<'_> {
    /// Checks (or extracts) one document read under `config`.
    fn process(&self, document: Document, config: &Config) -> (FileReport, FileExtras) {
        let Some(table) = self.table else {
            return (extract_document(document), FileExtras::default());
        };
        let as_of = as_of(self.opts.as_of, config, document.date, self.today);
        let mut report = check_document(document, table, as_of);
        let findings = std::mem::take(&mut report.findings);
        let outcome = suppress::apply(&report.document, findings, &config.severities);
        report.findings = outcome.findings;
        let extras = FileExtras {
            diagnostics: outcome.diagnostics,
            suppressed: outcome.suppressed,
            severities: config.severities.clone(),
            fail_on: if self.opts.fail_on.is_some() {
                None
            } else {
                config.fail_on
            },
        };
        (report, extras)
    }

    /// Checks one document as [`Worker::process`] does; a panic (a bug in tipcheck) fails this
    /// input alone, with a message, instead of the whole run.
    fn guarded(&self, document: Document, config: &Config, notices: Vec<Notice>) -> Done {
        let name = match &document.id {
            Some(id) => format!("{}#{id}", document.path),
            None => document.path.clone(),
        };
        let run = std::panic::AssertUnwindSafe(|| self.process(document, config));
        match std::panic::catch_unwind(run) {
            Ok(done) => Done::Checked(Box::new(done), notices),
            Err(panic) => {
                let why = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                Done::Failed(format!(
                    "{name}: tipcheck failed on this input ({why}); this is a bug in tipcheck: please report it with the file"
                ))
            }
        }
    }

    /// The notice for an input that was not all valid text: an error unless `--text` accepts it.
    fn undecodable(&self, message: String) -> Notice {
        if self.opts.selection.text {
            Notice::Warning(message)
        } else {
            Notice::Error(message)
        }
    }

    /// Checks one article of an archive, its line's problems noted.
    fn record(&self, record: Record, config: &Config) -> Done {
        let mut notices: Vec<Notice> = record.warnings.into_iter().map(Notice::Warning).collect();
        if let Some(m) = record.invalid {
            let m = if self.opts.selection.text {
                m
            } else {
                format!("{m}; save the archive as UTF-8, or pass --text to accept it")
            };
            notices.insert(0, self.undecodable(m));
        }
        self.guarded(record.document, config, notices)
    }

    /// Reads and checks one whole file.
    fn file(&self, input: &Input) -> Done {
        match input::load(input, self.opts.selection.text) {
            Ok(Loaded::Document(document)) => {
                let notices = document
                    .decoding_problem(self.opts.selection.text)
                    .map(|m| self.undecodable(m))
                    .into_iter()
                    .collect();
                self.guarded(*document, &input.config, notices)
            }
            Ok(Loaded::Skipped(note)) => Done::Skipped(note),
            Err(e) => Done::Failed(format!("{e:#}")),
        }
    }
}

impl Run<'_> {
    /// Prints one finished input, or its error.
    fn emit(&mut self, done: Done, out: &mut dyn Write, err: &mut dyn Write) -> Result<()> {
        match done {
            Done::Checked(checked, notices) => {
                for notice in notices {
                    match notice {
                        Notice::Warning(w) => {
                            self.progress.suspend(|| writeln!(err, "warning: {w}"))?;
                        }
                        Notice::Error(e) => {
                            self.faulty += 1;
                            self.progress.suspend(|| writeln!(err, "error: {e}"))?;
                        }
                    }
                }
                let (report, extras) = *checked;
                let view = FileView {
                    report: &report,
                    extras: &extras,
                };
                let fail_on = self.ctx.fail_on;
                self.summary.add(view, self.checked, fail_on);
                self.printer.file(out, view, &self.ctx)?;
                if let Some(s) = &mut self.step_summary {
                    s.file(&mut self.step_buffer, view, &self.ctx)?;
                }
            }
            Done::Skipped(note) => {
                self.progress.suspend(|| writeln!(err, "note: {note}"))?;
            }
            Done::Failed(message) => {
                self.summary.errors += 1;
                self.progress
                    .suspend(|| writeln!(err, "error: {message}"))?;
            }
        }
        Ok(())
    }

    /// Prints a checked batch of whole files, in order.
    fn files(&mut self, done: Vec<Done>, out: &mut dyn Write, err: &mut dyn Write) -> Result<()> {
        for d in done {
            self.emit(d, out, err)?;
            self.progress.inc(1);
        }
        Ok(())
    }

    /// Streams an archive through, a batch of articles at a time: the next batch is read and
    /// checked while the last one is printed.
    fn archive(
        &mut self,
        worker: &Worker,
        pool: &rayon::ThreadPool,
        input: &Input,
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> Result<()> {
        let reader: Box<dyn BufRead> = match &input.origin {
            Origin::Stdin => Box::new(BufReader::new(std::io::stdin().lock())),
            Origin::File(path) => match input::open(path, &input.name) {
                Ok(file) => Box::new(BufReader::new(file)),
                Err(e) => return self.emit(Done::Failed(format!("{e:#}")), out, err),
            },
        };
        let fields = jsonl_fields(&input.config, worker.opts);
        let mut records = Archive::new(reader, &input.name, fields).peekable();
        pool.in_place_scope(|scope| {
            let mut pending: Option<Receiver<Vec<Done>>> = None;
            loop {
                let next = records.peek().is_some().then(|| {
                    let batch: Vec<_> = records.by_ref().take(ARTICLE_BATCH).collect();
                    let (tx, rx) = mpsc::sync_channel(1);
                    scope.spawn(move |_| {
                        let done = batch
                            .into_par_iter()
                            .map(|record| match record {
                                Ok(record) => worker.record(record, &input.config),
                                Err(message) => Done::Failed(message),
                            })
                            .collect();
                        // The printing side has stopped only when it has failed.
                        let _ = tx.send(done);
                    });
                    rx
                });
                let Some(rx) = std::mem::replace(&mut pending, next) else {
                    if pending.is_none() {
                        break;
                    }
                    continue;
                };
                for d in received(&rx)? {
                    self.emit(d, out, err)?;
                }
                self.progress
                    .set_message(format!("{}: {} articles", input.name, self.summary.files));
            }
            Ok::<(), anyhow::Error>(())
        })?;
        self.progress.inc(1);
        Ok(())
    }
}

/// The results a batch sent, or an error if the thread checking it failed.
fn received<T>(rx: &Receiver<T>) -> Result<T> {
    rx.recv()
        .map_err(|_| anyhow::anyhow!("a worker thread stopped before finishing its batch"))
}

/// Starts checking a batch of whole files in the pool; the results arrive in order.
fn check_files<'s>(
    scope: &rayon::Scope<'s>,
    worker: &'s Worker<'s>,
    batch: Vec<&'s Input>,
) -> Receiver<Vec<Done>> {
    let (tx, rx) = mpsc::sync_channel(1);
    scope.spawn(move |_| {
        let done = batch.par_iter().map(|input| worker.file(input)).collect();
        // The printing side has stopped only when it has failed.
        let _ = tx.send(done);
    });
    rx
}

/// Checks `inputs` in `pool`, a batch at a time, and prints each batch in order while the next
/// one is being checked.
fn files_in_pool(
    state: &mut Run,
    worker: &Worker,
    pool: &rayon::ThreadPool,
    inputs: &[Input],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<()> {
    pool.in_place_scope(|scope| {
        // The batch being checked while the one before it is printed.
        let mut pending: Option<Receiver<Vec<Done>>> = None;
        let mut batch: Vec<&Input> = Vec::with_capacity(FILE_BATCH);
        for input in inputs {
            if input.format == InputFormat::Jsonl {
                if !batch.is_empty() {
                    let next = check_files(scope, worker, std::mem::take(&mut batch));
                    if let Some(rx) = pending.replace(next) {
                        state.files(received(&rx)?, out, err)?;
                    }
                }
                if let Some(rx) = pending.take() {
                    state.files(received(&rx)?, out, err)?;
                }
                state.archive(worker, pool, input, out, err)?;
            } else {
                batch.push(input);
                if batch.len() == FILE_BATCH {
                    let next = check_files(scope, worker, std::mem::take(&mut batch));
                    if let Some(rx) = pending.replace(next) {
                        state.files(received(&rx)?, out, err)?;
                    }
                }
            }
        }
        if !batch.is_empty() {
            let next = check_files(scope, worker, batch);
            if let Some(rx) = pending.replace(next) {
                state.files(received(&rx)?, out, err)?;
            }
        }
        if let Some(rx) = pending {
            state.files(received(&rx)?, out, err)?;
        }
        Ok::<(), anyhow::Error>(())
    })
}

/// Reads every input in order, in batches, and feeds the printers.
fn run(opts: &Options, checked: bool, out: &mut dyn Write, err: &mut dyn Write) -> Result<Status> {
    let cwd = std::env::current_dir().context("cannot find the working directory")?;
    let mut configs = match Configs::new(&opts.selection, &cwd) {
        Ok(configs) => configs,
        Err(e) => return config_failed(err, &e),
    };
    let (inputs, unusable) = match input::resolve(&opts.paths, &opts.selection, &cwd, &mut configs)
    {
        Ok(found) => found,
        Err(e) => return config_failed(err, &e),
    };
    for message in &unusable {
        writeln!(err, "error: {message}")?;
    }
    let table = if checked {
        let mut extra: Vec<PathBuf> = configs
            .loaded()
            .iter()
            .flat_map(|c| c.extend_claims.iter().cloned())
            .collect();
        extra.sort();
        extra.dedup();
        match load_shared(&opts.tables, &extra, &cwd, &mut std::io::stderr()) {
            Ok(table) => Some(table),
            Err(e) => {
                writeln!(err, "error: the table of figures is not usable:\n{e:#}")?;
                return Ok(Status::Failed);
            }
        }
    } else {
        None
    };
    let show_progress = !opts.quiet
        && std::io::stderr().is_terminal()
        && (inputs.len() >= PROGRESS_FROM || inputs.iter().any(|i| i.format == InputFormat::Jsonl));
    let progress = if show_progress {
        let bar =
            ProgressBar::with_draw_target(Some(inputs.len() as u64), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{bar:30} {pos}/{len} files {wide_msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let worker = Worker {
        opts,
        today: Date::today(),
        table: table.as_deref(),
    };
    let mut state = Run {
        checked,
        ctx: Context {
            table: table.as_deref(),
            style: Style {
                color: opts.format == OutputFormat::Human && opts.color_enabled(),
            },
            quiet: opts.quiet,
            root: repository_root(&cwd),
            cwd: cwd.clone(),
            fail_on: opts.fail_on.unwrap_or(FailOn::Error),
        },
        printer: printer(opts.format, checked),
        step_summary: opts
            .summary_file
            .as_ref()
            .map(|_| step_summary::StepSummary::default()),
        step_buffer: Vec::new(),
        summary: Summary::default(),
        faulty: 0,
        progress,
    };
    state.summary.errors = unusable.len();
    let worker = &worker;
    // One file is checked on this thread: starting a pool of threads for it would cost more
    // than the check itself (a draft checked on save or in a pre-commit hook).
    let single = match inputs.as_slice() {
        [] => true,
        [only] => only.format != InputFormat::Jsonl,
        _ => false,
    };
    if single {
        for input in &inputs {
            state.files(vec![worker.file(input)], out, err)?;
        }
    } else {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(opts.threads)
            .build()
            .context("cannot start the worker threads")?;
        files_in_pool(&mut state, worker, &pool, &inputs, out, err)?;
    }
    state.progress.finish_and_clear();
    let summary = state.summary.clone();
    state.printer.finish(out, &summary, &state.ctx)?;
    out.flush()?;
    let machine = !matches!(opts.format, OutputFormat::Human | OutputFormat::Github);
    if machine && !opts.quiet && std::io::stderr().is_terminal() {
        writeln!(
            err,
            "{}",
            human::summary_line(&summary, table.as_deref(), checked)
        )?;
    }
    if let (Some(path), Some(mut s)) = (&opts.summary_file, state.step_summary.take()) {
        s.finish(&mut state.step_buffer, &summary, &state.ctx)?;
        if let Err(e) = append_atomically(path, &state.step_buffer) {
            writeln!(
                err,
                "error: cannot write the summary {}: {e:#}",
                path.display()
            )?;
            return Ok(Status::Failed);
        }
    }
    Ok(if summary.errors > 0 || state.faulty > 0 {
        Status::Failed
    } else if summary.failing > 0 {
        Status::Findings
    } else {
        Status::Clean
    })
}

/// Writes `path` as its old content (if any) followed by `text`, through a temporary file in the
/// same directory and a rename, so an interrupted run leaves the old file whole.
fn append_atomically(path: &Path, text: &[u8]) -> Result<()> {
    let mut all = match std::fs::read(path) {
        Ok(old) => old,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    all.extend_from_slice(text);
    crate::output::write_atomically(path, &all)
}

/// `tipcheck check`: checks every input against the table and reports one finding per claim.
pub fn check(opts: &Options, out: &mut dyn Write, err: &mut dyn Write) -> Result<Status> {
    with_output(opts, true, out, err)
}

/// `tipcheck extract`: prints every mention of every input, claim or not.
pub fn extract(opts: &Options, out: &mut dyn Write, err: &mut dyn Write) -> Result<Status> {
    if opts.format == OutputFormat::Html {
        writeln!(
            err,
            "error: the HTML report is for `check`; `extract` writes --format human, json or jsonl"
        )?;
        return Ok(Status::Failed);
    }
    with_output(opts, false, out, err)
}

/// Runs into standard output or, with `--output FILE`, into that file, replaced whole at the end;
/// a run that printed nothing (an unusable table) leaves the old file alone.
fn with_output(
    opts: &Options,
    checked: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Status> {
    let mut sink = Sink::new(opts.output.as_deref(), &opts.paths, out)?;
    let status = run(opts, checked, &mut sink, err)?;
    if status != Status::Failed || !sink.is_empty() {
        sink.finish()?;
    }
    Ok(status)
}

/// `--dump-config`: prints the configuration in effect for the first path (or the working
/// directory), every key written out, command-line overrides applied.
pub fn dump_config(opts: &Options, out: &mut dyn Write, err: &mut dyn Write) -> Result<Status> {
    let cwd = std::env::current_dir().context("cannot find the working directory")?;
    let mut configs = match Configs::new(&opts.selection, &cwd) {
        Ok(configs) => configs,
        Err(e) => return config_failed(err, &e),
    };
    let target = opts
        .paths
        .iter()
        .find(|p| p.as_str() != "-")
        .map_or_else(|| cwd.clone(), |p| cwd.join(p));
    let dir = if target.is_dir() {
        target.clone()
    } else {
        target
            .parent()
            .map_or_else(|| cwd.clone(), Path::to_path_buf)
    };
    let dir = dir.canonicalize().unwrap_or(dir);
    let config: Arc<Config> = match configs.for_dir(&dir) {
        Ok(config) => config,
        Err(e) => return config_failed(err, &e),
    };
    let mut shown = (*config).clone();
    shown.jsonl = jsonl_fields(&config, opts);
    let fail_on = opts.fail_on.or(config.fail_on).unwrap_or(FailOn::Error);
    let from = config.origin.as_ref().map_or_else(
        || "no configuration file: defaults".to_string(),
        |p| format!("from {}", super::display_path(p, &cwd)),
    );
    writeln!(out, "# tipcheck configuration ({from})")?;
    write!(out, "{}", shown.dump(fail_on))?;
    Ok(Status::Clean)
}
