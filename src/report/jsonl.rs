//! `--format jsonl`: the JSON contract's file objects, one per line as each file is checked, then
//! one `{"summary": ...}` line.

use serde::Serialize;
use std::io::{self, Write};

use super::json::{SummaryOut, TableInfo, VERSION, file_out};
use super::{Context, FileView, Printer, Summary};

/// Writes one line per file, then the summary line.
#[derive(Default)]
pub struct Jsonl {
    /// The line being written: serialised here, then written out in one piece.
    line: Vec<u8>,
}

#[derive(Serialize)]
struct SummaryLine<'a> {
    summary: SummaryOut,
    version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    table: Option<TableInfo<'a>>,
}

impl Printer for Jsonl {
    fn file(&mut self, out: &mut dyn Write, file: FileView<'_>, ctx: &Context) -> io::Result<()> {
        self.line.clear();
        file_out(file, ctx.table).write_compact(&mut self.line)?;
        self.line.push(b'\n');
        out.write_all(&self.line)
    }

    fn finish(&mut self, out: &mut dyn Write, summary: &Summary, ctx: &Context) -> io::Result<()> {
        let line = SummaryLine {
            summary: summary.into(),
            version: VERSION,
            table: TableInfo::of(ctx.table),
        };
        serde_json::to_writer(&mut *out, &line)?;
        writeln!(out)
    }
}
