//! `--summary FILE`: a Markdown report for `$GITHUB_STEP_SUMMARY`, every problem in one table.

use std::io::{self, Write};

use super::human::summary_line;
use super::{Context, FileView, Printer, Summary, items};
use crate::check::Severity;

/// GitHub truncates a step summary at 1 MiB; rows stop before that.
const LIMIT: usize = 900 * 1024;

/// Keeps a table row per problem, then writes the Markdown.
#[derive(Default)]
pub struct StepSummary {
    rows: String,
    listed: usize,
    left_out: usize,
}

/// Text safe inside a Markdown table cell: no pipes, line breaks or HTML.
fn cell(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
        .replace(['\r', '\n'], " ")
}

fn icon(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "❌ error",
        Severity::Warning => "⚠️ warning",
        Severity::Note => "ℹ️ note",
        Severity::Ok => "✅ ok",
    }
}

impl Printer for StepSummary {
    fn file(&mut self, _: &mut dyn Write, file: FileView<'_>, ctx: &Context) -> io::Result<()> {
        let doc = &file.report.document;
        let path = ctx.repo_path(&doc.path).unwrap_or_else(|| doc.path.clone());
        for item in items(file, ctx.table) {
            if self.rows.len() > LIMIT {
                self.left_out += 1;
                continue;
            }
            let place = match (&doc.id, item.columns) {
                (Some(id), _) => format!("{path}:{} (article {id})", item.line),
                (None, Some((column, _, _))) => format!("{path}:{}:{column}", item.line),
                (None, None) => format!("{path}:{}", item.line),
            };
            let mut what = item.message.to_string();
            if let Some(help) = item.help {
                what.push_str(&format!(" — {help}"));
            }
            let source = item
                .figure
                .map(|f| format!("[{}]({})", cell(&f.id), f.source.url.replace(')', "%29")))
                .unwrap_or_default();
            self.rows.push_str(&format!(
                "| {} | {} | `{}` | {} | {} | {} |\n",
                icon(item.severity),
                cell(&place),
                item.code,
                cell(item.text),
                cell(&what),
                source
            ));
            self.listed += 1;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, summary: &Summary, ctx: &Context) -> io::Result<()> {
        writeln!(out, "## tipcheck\n")?;
        writeln!(out, "{}\n", cell(&summary_line(summary, ctx.table, true)))?;
        if self.listed == 0 {
            return writeln!(out, "No problems found.\n");
        }
        writeln!(
            out,
            "| | where | verdict | claim | what is wrong | source |"
        )?;
        writeln!(out, "|---|---|---|---|---|---|")?;
        out.write_all(self.rows.as_bytes())?;
        if self.left_out > 0 {
            writeln!(
                out,
                "\n…and {} more, left out to stay under GitHub's 1 MiB limit; `--format json` lists them all.",
                self.left_out
            )?;
        }
        writeln!(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_break_the_table_or_inject_html() {
        assert_eq!(cell("a|b\n<script>"), "a\\|b &lt;script&gt;");
    }
}
