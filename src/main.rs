//! The `tipcheck` command: parses arguments, runs the library, maps the outcome to an exit code.

// The same rule as the library's (see src/lib.rs): nothing here may panic on input.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented,
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::get_unwrap,
        clippy::panic_in_result_fn,
    )
)]

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use tipcheck::app::{self, ColorChoice, FailOn, Options, OutputFormat, Status};
use tipcheck::document::{Date, InputFormat};
use tipcheck::input::Selection;

/// Fact-check statistics about human trafficking, forced labour and child labour in article drafts.
///
/// With no command, `tipcheck PATH...` runs `check`. Directories are walked (.gitignore
/// respected); `-` reads standard input. Exit codes: 0 nothing at or above --fail-on, 1 findings
/// at or above it, 2 a usage error, an unreadable input, or an invalid table or configuration.
#[derive(Parser)]
#[command(name = "tipcheck", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    check: CheckArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Check every numeric claim against the table of sourced figures (the default command).
    Check(CheckArgs),
    /// List every number-like expression, claim or not, for rule debugging.
    Extract(ExtractArgs),
    /// Validate, browse and format tables of sourced figures.
    #[command(subcommand)]
    Claims(ClaimsCommand),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), generated from these definitions.
    Man,
}

#[derive(Args)]
struct InputArgs {
    /// Articles to read: files, directories (walked, .gitignore respected) or `-` for standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<String>,
    /// When to colour the human report (`auto` honours NO_COLOR and terminals).
    #[arg(long, value_enum, default_value_t = Color::Auto, help_heading = "Output")]
    color: Color,
    /// Print findings only: no summary line, no progress bar.
    #[arg(short, long, help_heading = "Output")]
    quiet: bool,
    /// Read inputs as this format instead of going by their extension.
    #[arg(long, value_enum, default_value_t = Input::Auto, help_heading = "Inputs")]
    input_format: Input,
    /// Write the report to FILE instead of standard output; the file is replaced whole or not at all.
    #[arg(long, value_name = "FILE", help_heading = "Output")]
    output: Option<PathBuf>,
    /// The name standard input goes by in reports; its extension sets its format and its
    /// directory the configuration found.
    #[arg(long, value_name = "NAME", help_heading = "Inputs")]
    stdin_filename: Option<String>,
    /// Walk hidden files and directories too.
    #[arg(long, help_heading = "Inputs")]
    hidden: bool,
    /// Read binary files (holding a NUL byte) and files that are not valid UTF-8 as text: without
    /// it a walked binary file is skipped with a note, and a named one (or one not valid UTF-8)
    /// is an error.
    #[arg(short = 'a', long, help_heading = "Inputs")]
    text: bool,
    /// Do not respect .gitignore, .ignore and git's exclude files when walking.
    #[arg(long, help_heading = "Inputs")]
    no_ignore: bool,
    /// When walking, read only files matching this glob (repeatable; instead of the article
    /// extensions .md .markdown .html .htm .txt .jsonl).
    #[arg(
        short = 'g',
        long = "glob",
        value_name = "GLOB",
        help_heading = "Inputs"
    )]
    globs: Vec<String>,
    /// When walking, skip files and directories matching this glob (repeatable).
    #[arg(long = "exclude", value_name = "GLOB", help_heading = "Inputs")]
    excludes: Vec<String>,
    /// Apply --exclude and the configuration's exclude to files named explicitly too (for
    /// pre-commit, which names every changed file).
    #[arg(long, help_heading = "Inputs")]
    force_exclude: bool,
    /// Worker threads (default: one per core); the output is the same for any number.
    #[arg(
        short = 'j',
        long = "threads",
        value_name = "N",
        default_value_t = 0,
        hide_default_value = true,
        help_heading = "Inputs"
    )]
    threads: usize,
    /// The JSON Lines field holding each article's id (default `id`).
    #[arg(long, value_name = "FIELD", help_heading = "Inputs")]
    id_field: Option<String>,
    /// The JSON Lines field holding each article's text (default `text`).
    #[arg(long, value_name = "FIELD", help_heading = "Inputs")]
    text_field: Option<String>,
    /// The JSON Lines field holding each article's date (default `date`).
    #[arg(long, value_name = "FIELD", help_heading = "Inputs")]
    date_field: Option<String>,
    /// Use this configuration file for every input instead of the tipcheck.toml found upward.
    #[arg(long, value_name = "FILE", help_heading = "Configuration")]
    config: Option<PathBuf>,
    /// Ignore tipcheck.toml and .tipcheck.toml files found upward from the inputs.
    #[arg(long, help_heading = "Configuration")]
    isolated: bool,
    /// Print the configuration in effect for the first PATH (or the working directory) and exit.
    #[arg(long, help_heading = "Configuration")]
    dump_config: bool,
}

#[derive(Args)]
struct CheckArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Human, help_heading = "Output")]
    format: Format,
    /// Also append a Markdown table of every problem to FILE (for $GITHUB_STEP_SUMMARY).
    #[arg(long, value_name = "FILE", help_heading = "Output")]
    summary: Option<PathBuf>,
    /// The least severe finding that makes the exit code 1 [default: the configuration's, else error].
    #[arg(long, value_enum, help_heading = "Output")]
    fail_on: Option<Fail>,
    /// Table of figures to use instead of claims.toml or the built-in table (repeatable).
    #[arg(long = "claims", value_name = "FILE", help_heading = "Configuration")]
    claims: Vec<PathBuf>,
    /// Check as of this date (YYYY-MM-DD): editions published later are ignored [default: the
    /// configuration's as-of, else the article's own date, else today].
    #[arg(long, value_name = "DATE", help_heading = "Configuration")]
    as_of: Option<Date>,
}

#[derive(Args)]
struct ExtractArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Report format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Human, help_heading = "Output")]
    format: ExtractFormat,
}

#[derive(Subcommand)]
enum ClaimsCommand {
    /// Validate table files strictly, every rule, with file:line:column diagnostics; exit 2 on
    /// any problem.
    Lint {
        /// The table files, read together (default: claims.toml found upward, else the built-in
        /// table).
        #[arg(value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ClaimsFormat::Human)]
        format: ClaimsFormat,
    },
    /// List every figure: id, value, what it measures, data year and publisher.
    List {
        /// Table of figures to use instead of claims.toml or the built-in table (repeatable).
        #[arg(long = "claims", value_name = "FILE")]
        claims: Vec<PathBuf>,
        /// Output format (`json` gives every field of every figure).
        #[arg(long, value_enum, default_value_t = ClaimsFormat::Human)]
        format: ClaimsFormat,
    },
    /// Show one figure: value, period, quote, URL, editions, confusions, caveats, misstatements.
    Show {
        /// The figure's id.
        id: String,
        /// Table of figures to use instead of claims.toml or the built-in table (repeatable).
        #[arg(long = "claims", value_name = "FILE")]
        claims: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ClaimsFormat::Human)]
        format: ClaimsFormat,
    },
    /// Rewrite table files in canonical form: figures sorted by id, keys in schema order.
    Fmt {
        /// The table files (default: claims.toml found upward).
        #[arg(value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Write nothing; list the files not in canonical form and exit 1 if there are any.
        #[arg(long)]
        check: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// Compiler-style diagnostics with the source's words and link.
    Human,
    /// One JSON object (the contract scripts read).
    Json,
    /// A self-contained page to open in a browser.
    Html,
    /// One JSON object per file (per article), then a summary line.
    Jsonl,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
    /// GitHub Actions annotations (workflow commands).
    Github,
    /// JUnit XML, for GitLab test reports.
    Junit,
    /// GitLab Code Quality JSON.
    Gitlab,
}

#[derive(Clone, Copy, ValueEnum)]
enum ClaimsFormat {
    /// For people.
    Human,
    /// For scripts.
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    /// One line per mention.
    Human,
    /// One JSON object.
    Json,
    /// One JSON object per file, then a summary line.
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum Input {
    /// By extension: .md .markdown Markdown, .html .htm HTML, .jsonl .ndjson archives, else text.
    Auto,
    Text,
    Markdown,
    Html,
    /// A JSON Lines archive, one article per line.
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum)]
enum Fail {
    Error,
    Warning,
    Note,
    Never,
}

fn options(input: InputArgs, format: OutputFormat) -> Options {
    let mut opts = Options::new(input.paths);
    opts.format = format;
    opts.color = match input.color {
        Color::Auto => ColorChoice::Auto,
        Color::Always => ColorChoice::Always,
        Color::Never => ColorChoice::Never,
    };
    opts.input_format = match input.input_format {
        Input::Auto => None,
        Input::Text => Some(InputFormat::Text),
        Input::Markdown => Some(InputFormat::Markdown),
        Input::Html => Some(InputFormat::Html),
        Input::Jsonl => Some(InputFormat::Jsonl),
    };
    opts.selection = Selection {
        hidden: input.hidden,
        no_ignore: input.no_ignore,
        globs: input.globs,
        excludes: input.excludes,
        force_exclude: input.force_exclude,
        input_format: opts.input_format,
        stdin_filename: input.stdin_filename,
        config: input.config,
        isolated: input.isolated,
        text: input.text,
    };
    opts.threads = input.threads;
    opts.quiet = input.quiet;
    opts.jsonl_fields = [input.id_field, input.text_field, input.date_field];
    opts.output = input.output;
    opts
}

fn check_options(args: CheckArgs) -> (Options, bool) {
    let dump = args.input.dump_config;
    let mut opts = options(
        args.input,
        match args.format {
            Format::Human => OutputFormat::Human,
            Format::Json => OutputFormat::Json,
            Format::Html => OutputFormat::Html,
            Format::Jsonl => OutputFormat::Jsonl,
            Format::Sarif => OutputFormat::Sarif,
            Format::Github => OutputFormat::Github,
            Format::Junit => OutputFormat::Junit,
            Format::Gitlab => OutputFormat::Gitlab,
        },
    );
    opts.tables = args.claims;
    opts.as_of = args.as_of;
    opts.summary_file = args.summary;
    opts.fail_on = args.fail_on.map(|f| match f {
        Fail::Error => FailOn::Error,
        Fail::Warning => FailOn::Warning,
        Fail::Note => FailOn::Note,
        Fail::Never => FailOn::Never,
    });
    (opts, dump)
}

fn needs_input(paths: &[String], err: &mut dyn Write) -> anyhow::Result<bool> {
    if paths.is_empty() {
        writeln!(
            err,
            "error: no input: name the article files or directories to read, or `-` for standard input"
        )?;
        return Ok(false);
    }
    Ok(true)
}

fn check(args: CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<Status> {
    let (opts, dump) = check_options(args);
    if dump {
        app::dump_config(&opts, out, err)
    } else if !needs_input(&opts.paths, err)? {
        Ok(Status::Failed)
    } else {
        app::check(&opts, out, err)
    }
}

fn claims_format(format: ClaimsFormat) -> OutputFormat {
    match format {
        ClaimsFormat::Human => OutputFormat::Human,
        ClaimsFormat::Json => OutputFormat::Json,
    }
}

fn run(cli: Cli) -> anyhow::Result<Status> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut err = std::io::stderr();
    let status = match cli.command {
        None => check(cli.check, &mut out, &mut err)?,
        Some(Command::Check(args)) => check(args, &mut out, &mut err)?,
        Some(Command::Extract(args)) => {
            let dump = args.input.dump_config;
            let opts = options(
                args.input,
                match args.format {
                    ExtractFormat::Human => OutputFormat::Human,
                    ExtractFormat::Json => OutputFormat::Json,
                    ExtractFormat::Jsonl => OutputFormat::Jsonl,
                },
            );
            if dump {
                app::dump_config(&opts, &mut out, &mut err)?
            } else if !needs_input(&opts.paths, &mut err)? {
                return Ok(Status::Failed);
            } else {
                app::extract(&opts, &mut out, &mut err)?
            }
        }
        Some(Command::Claims(ClaimsCommand::Lint { files, format })) => {
            app::claims_lint(&files, claims_format(format), &mut out, &mut err)?
        }
        Some(Command::Claims(ClaimsCommand::List { claims, format })) => {
            app::claims_list(&claims, claims_format(format), &mut out)?
        }
        Some(Command::Claims(ClaimsCommand::Show { id, claims, format })) => {
            app::claims_show(&claims, &id, claims_format(format), &mut out, &mut err)?
        }
        Some(Command::Claims(ClaimsCommand::Fmt { files, check })) => {
            app::claims_fmt(&files, check, &mut out, &mut err)?
        }
        Some(Command::Completions { shell }) => {
            clap_complete::generate(shell, &mut Cli::command(), "tipcheck", &mut out);
            Status::Clean
        }
        Some(Command::Man) => {
            clap_mangen::Man::new(Cli::command()).render(&mut out)?;
            Status::Clean
        }
    };
    out.flush()?;
    Ok(status)
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(status) => ExitCode::from(status as u8),
        // A reader that stops early (`tipcheck claims list | head`) is not an error.
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            // Not `eprintln!`, which panics when standard error is closed.
            let _ = writeln!(std::io::stderr(), "error: {e:#}");
            ExitCode::from(Status::Failed as u8)
        }
    }
}
