//! `--format github`: GitHub Actions workflow commands, one annotation per problem.
//!
//! GitHub shows at most 10 error and 10 warning annotations per step (and drops the rest
//! silently), so the first [`BUDGET`] of each level become annotations and the others plain log
//! lines; `--summary "$GITHUB_STEP_SUMMARY"` lists them all.

use std::io::{self, Write};

use super::human::summary_line;
use super::{Context, FileView, Item, Printer, Summary, items};
use crate::check::Severity;

/// Annotations of one level GitHub shows per step.
pub const BUDGET: usize = 10;

/// Escapes a command's message as the Actions toolkit does: `%`, `\r`, `\n`.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command property as the Actions toolkit does: also `:` and `,`.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// The workflow command for a severity.
fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        _ => "notice",
    }
}

/// Writes annotations as files come, then the summary line.
#[derive(Default)]
pub struct Github {
    annotated: [usize; 3],
    unannotated: usize,
}

/// The annotation for `item` in the file at `path` (relative to the repository root).
pub fn annotation(item: &Item, path: &str, article: Option<&str>) -> String {
    let mut props = vec![format!("file={}", escape_property(path))];
    props.push(format!("line={}", item.line));
    let (end_line, end_column) = item.end();
    props.push(format!("endLine={end_line}"));
    if let (Some((column, _, _)), Some(end_column)) = (item.columns, end_column)
        && end_line == item.line
    {
        props.push(format!("col={column}"));
        props.push(format!("endColumn={end_column}"));
    }
    props.push(format!(
        "title={}",
        escape_property(&format!("tipcheck: {}", item.code))
    ));
    let mut message = match article {
        Some(id) => format!("article {id}: {}", item.message),
        None => item.message.to_string(),
    };
    if let Some(help) = item.help {
        message.push_str("\nhelp: ");
        message.push_str(help);
    }
    if let Some(figure) = item.figure {
        message.push_str(&format!("\nsource: {} ({})", figure.source.url, figure.id));
    }
    format!(
        "::{} {}::{}",
        command(item.severity),
        props.join(","),
        escape_data(&message)
    )
}

impl Printer for Github {
    fn file(&mut self, out: &mut dyn Write, file: FileView<'_>, ctx: &Context) -> io::Result<()> {
        let doc = &file.report.document;
        let path = ctx.repo_path(&doc.path).unwrap_or_else(|| doc.path.clone());
        for item in items(file, ctx.table) {
            let slot = match item.severity {
                Severity::Error => 0,
                Severity::Warning => 1,
                _ => 2,
            };
            if self.annotated[slot] < BUDGET {
                self.annotated[slot] += 1;
                writeln!(out, "{}", annotation(&item, &path, doc.id.as_deref()))?;
            } else {
                self.unannotated += 1;
                let column = item
                    .columns
                    .map(|c| format!(":{}", c.0))
                    .unwrap_or_default();
                writeln!(
                    out,
                    "{path}:{}{column}: {}[{}]: {}",
                    item.line,
                    item.severity.as_str(),
                    item.code,
                    item.message
                )?;
            }
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, summary: &Summary, ctx: &Context) -> io::Result<()> {
        if self.unannotated > 0 {
            writeln!(
                out,
                "tipcheck: {} more problems are listed above without annotations (GitHub shows {BUDGET} of each level per step); the step summary (--summary) lists them all",
                self.unannotated
            )?;
        }
        if !ctx.quiet {
            writeln!(out, "{}", summary_line(summary, ctx.table, true))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_the_actions_toolkit() {
        assert_eq!(
            escape_data("50% of\r\nvictims: a, b"),
            "50%25 of%0D%0Avictims: a, b"
        );
        assert_eq!(escape_property("dir,1/a:b%\n.md"), "dir%2C1/a%3Ab%25%0A.md");
    }
}
