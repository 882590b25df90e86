//! Inputs: the paths named on the command line, directories walked, standard input and
//! JSON Lines archives, read into documents with errors a writer understands.

mod archive;
mod walk;

pub use archive::{Archive, Record};
pub use walk::{Configs, Input, Origin, Selection, resolve};

use crate::document::{Document, InputFormat};
use anyhow::{Context, Result, bail};
use std::io::Read;
use std::path::Path;

/// The name standard input goes by in diagnostics.
pub const STDIN_NAME: &str = "<stdin>";

/// Reads a file (or standard input for `-`) whole, refusing binary and non-UTF-8 content.
pub fn read_text(path: &str, name: &str) -> Result<String> {
    let bytes = if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("cannot read standard input")?;
        bytes
    } else {
        // Open and read, without asking first what the path is or how long the file is (as
        // `fs::read` and `File::read_to_end` do): a third fewer system calls per article.
        let mut bytes = Vec::with_capacity(16 * 1024);
        let read = std::fs::File::open(path).and_then(|f| f.take(u64::MAX).read_to_end(&mut bytes));
        match read {
            Ok(_) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::IsADirectory || Path::new(path).is_dir() => {
                bail!("{path}: is a directory; name the article files to check")
            }
            Err(e) => return Err(e).with_context(|| format!("cannot read {path}")),
        }
    };
    if bytes.contains(&0) {
        bail!("{name}: looks like a binary file (it holds a NUL byte), not article text");
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        anyhow::anyhow!("{name}: is not UTF-8 text (invalid byte at offset {at}); save it as UTF-8")
    })
}

/// Reads `path` (or standard input for `-`) as `format`, or as its extension suggests.
pub fn read(path: &str, format: Option<InputFormat>) -> Result<Document> {
    let name = if path == "-" { STDIN_NAME } else { path };
    let source = read_text(path, name)?;
    let format = format.unwrap_or_else(|| InputFormat::from_path(Path::new(path)));
    Ok(Document::new(name, source, format))
}
