//! Inputs: files and standard input, read into documents, with errors a writer understands.

use crate::document::{Document, InputFormat};
use anyhow::{Context, Result, bail};
use std::io::Read;
use std::path::Path;

/// The name standard input goes by in diagnostics.
pub const STDIN_NAME: &str = "<stdin>";

/// Reads `path` (or standard input for `-`) as `format`, or as its extension suggests.
pub fn read(path: &str, format: Option<InputFormat>) -> Result<Document> {
    let (name, bytes) = if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("cannot read standard input")?;
        (STDIN_NAME.to_string(), bytes)
    } else {
        let p = Path::new(path);
        if p.is_dir() {
            bail!("{path}: is a directory; name the article files to check");
        }
        let bytes = std::fs::read(p).with_context(|| format!("cannot read {path}"))?;
        (path.to_string(), bytes)
    };
    if bytes.contains(&0) {
        bail!("{name}: looks like a binary file (it holds a NUL byte), not article text");
    }
    let source = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        anyhow::anyhow!("{name}: is not UTF-8 text (invalid byte at offset {at}); save it as UTF-8")
    })?;
    let format = format.unwrap_or_else(|| InputFormat::from_path(Path::new(path)));
    Ok(Document::new(name, source, format))
}
