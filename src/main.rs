//! The `tipcheck` command: parses arguments, runs the library, maps the outcome to an exit code.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use tipcheck::app::{self, ColorChoice, FailOn, Options, OutputFormat, Status};
use tipcheck::document::InputFormat;

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
    /// Validate, browse and format tables of sourced figures.
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
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// List every figure: id, value, what it measures, data year and publisher.
    List {
        /// Table of figures to use instead of claims.toml or the built-in table (repeatable).
        #[arg(long = "claims", value_name = "FILE")]
        claims: Vec<PathBuf>,
        /// Output format (`json` gives every field of every figure).
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Show one figure: value, period, quote, URL, editions, confusions, caveats, misstatements.
    Show {
        /// The figure's id.
        id: String,
        /// Table of figures to use instead of claims.toml or the built-in table (repeatable).
        #[arg(long = "claims", value_name = "FILE")]
        claims: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
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

fn output_format(format: Format) -> OutputFormat {
    match format {
        Format::Human => OutputFormat::Human,
        Format::Json => OutputFormat::Json,
    }
}

fn options(input: InputArgs, tables: Vec<PathBuf>, fail_on: Fail) -> Options {
    Options {
        paths: input.paths,
        format: output_format(input.format),
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
                &options(args.input, args.claims, args.fail_on),
                &mut out,
                &mut err,
            )?
        }
        Some(Command::Check(args)) => {
            if !needs_input(&args.input.paths, &mut err)? {
                return Ok(Status::Failed);
            }
            app::check(
                &options(args.input, args.claims, args.fail_on),
                &mut out,
                &mut err,
            )?
        }
        Some(Command::Extract(args)) => {
            if !needs_input(&args.paths, &mut err)? {
                return Ok(Status::Failed);
            }
            app::extract(&options(args, Vec::new(), Fail::Never), &mut out, &mut err)?
        }
        Some(Command::Claims(ClaimsCommand::Lint { files, format })) => {
            app::claims_lint(&files, output_format(format), &mut out, &mut err)?
        }
        Some(Command::Claims(ClaimsCommand::List { claims, format })) => {
            app::claims_list(&claims, output_format(format), &mut out)?
        }
        Some(Command::Claims(ClaimsCommand::Show { id, claims, format })) => {
            app::claims_show(&claims, &id, output_format(format), &mut out, &mut err)?
        }
        Some(Command::Claims(ClaimsCommand::Fmt { files, check })) => {
            app::claims_fmt(&files, check, &mut out, &mut err)?
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
            eprintln!("error: {e:#}");
            ExitCode::from(Status::Failed as u8)
        }
    }
}
