//! The `tipcheck` command: parses arguments, runs the library, maps the outcome to an exit code.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use tipcheck::app::{self, ColorChoice, FailOn, Options, OutputFormat, Status};
use tipcheck::document::{Date, InputFormat};

/// Fact-check statistics about human trafficking, forced labour and child labour in article drafts.
///
/// With no command, `tipcheck FILE...` runs `check`.
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
    Extract(InputArgs),
    /// Validate and browse tables of sourced figures.
    #[command(subcommand)]
    Claims(ClaimsCommand),
}

#[derive(Args)]
struct InputArgs {
    /// Article files to read (plain text or Markdown); `-` reads standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<String>,
    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// When to colour the human report (`auto` honours NO_COLOR and terminals).
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// Read inputs as this format instead of guessing from the extension.
    #[arg(long, value_enum, default_value_t = Input::Auto)]
    input_format: Input,
}

#[derive(Args)]
struct CheckArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Table of figures to use instead of claims.toml or the built-in table (repeatable).
    #[arg(long = "claims", value_name = "FILE")]
    claims: Vec<PathBuf>,
    /// The least severe finding that makes the exit code 1.
    #[arg(long, value_enum, default_value_t = Fail::Error)]
    fail_on: Fail,
    /// Check as of this date (YYYY-MM-DD): editions published later are ignored. Default: the
    /// article's own date (front matter `date:`), else today.
    #[arg(long, value_name = "DATE")]
    as_of: Option<Date>,
}

#[derive(Subcommand)]
enum ClaimsCommand {
    /// Validate a table file (default: the table `check` would use).
    Lint {
        /// The table file to validate.
        file: Option<PathBuf>,
    },
    /// List every figure: id, value and what it measures.
    List {
        /// Table of figures to use instead of claims.toml or the built-in table (repeatable).
        #[arg(long = "claims", value_name = "FILE")]
        claims: Vec<PathBuf>,
    },
    /// Show every field of one figure.
    Show {
        /// The figure's id.
        id: String,
        /// Table of figures to use instead of claims.toml or the built-in table (repeatable).
        #[arg(long = "claims", value_name = "FILE")]
        claims: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum Input {
    Auto,
    Text,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
enum Fail {
    Error,
    Warning,
    Note,
    Never,
}

fn options(input: InputArgs, tables: Vec<PathBuf>, fail_on: Fail, as_of: Option<Date>) -> Options {
    Options {
        paths: input.paths,
        format: match input.format {
            Format::Human => OutputFormat::Human,
            Format::Json => OutputFormat::Json,
        },
        fail_on: match fail_on {
            Fail::Error => FailOn::Error,
            Fail::Warning => FailOn::Warning,
            Fail::Note => FailOn::Note,
            Fail::Never => FailOn::Never,
        },
        color: match input.color {
            Color::Auto => ColorChoice::Auto,
            Color::Always => ColorChoice::Always,
            Color::Never => ColorChoice::Never,
        },
        input_format: match input.input_format {
            Input::Auto => None,
            Input::Text => Some(InputFormat::Text),
            Input::Markdown => Some(InputFormat::Markdown),
        },
        tables,
        as_of,
    }
}

fn run(cli: Cli) -> anyhow::Result<Status> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut err = std::io::stderr();
    let needs_input = |paths: &[String], err: &mut dyn Write| -> anyhow::Result<bool> {
        if paths.is_empty() {
            writeln!(
                err,
                "error: no input: name the article files to read, or `-` for standard input"
            )?;
            return Ok(false);
        }
        Ok(true)
    };
    let status = match cli.command {
        None => {
            let args = cli.check;
            if !needs_input(&args.input.paths, &mut err)? {
                return Ok(Status::Failed);
            }
            app::check(
                &options(args.input, args.claims, args.fail_on, args.as_of),
                &mut out,
                &mut err,
            )?
        }
        Some(Command::Check(args)) => {
            if !needs_input(&args.input.paths, &mut err)? {
                return Ok(Status::Failed);
            }
            app::check(
                &options(args.input, args.claims, args.fail_on, args.as_of),
                &mut out,
                &mut err,
            )?
        }
        Some(Command::Extract(args)) => {
            if !needs_input(&args.paths, &mut err)? {
                return Ok(Status::Failed);
            }
            app::extract(
                &options(args, Vec::new(), Fail::Never, None),
                &mut out,
                &mut err,
            )?
        }
        Some(Command::Claims(ClaimsCommand::Lint { file })) => {
            app::claims_lint(file.as_deref(), &mut out, &mut err)?
        }
        Some(Command::Claims(ClaimsCommand::List { claims })) => {
            app::claims_list(&claims, &mut out)?
        }
        Some(Command::Claims(ClaimsCommand::Show { id, claims })) => {
            app::claims_show(&claims, &id, &mut out, &mut err)?
        }
    };
    out.flush()?;
    Ok(status)
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(status) => ExitCode::from(status as u8),
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(Status::Failed as u8)
        }
    }
}
