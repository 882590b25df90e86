//! Inputs: the paths named on the command line, directories walked, standard input and
//! JSON Lines archives, read into documents with errors a writer understands.
//!
//! Bytes are decoded as [`crate::document::decode`] says (UTF-8, lossily; UTF-16 with a mark). A
//! binary file (one holding a NUL character) met while walking a directory is skipped with a
//! note; named on the command line it is an error, unless `--text` asks for it to be read.

mod archive;
mod walk;

pub use archive::{Archive, Record};
pub use walk::{Configs, Input, Origin, Selection, resolve};

use crate::document::{self, Decoded, Document, InputFormat};
use anyhow::{Result, bail};
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// The name standard input goes by in diagnostics.
pub const STDIN_NAME: &str = "<stdin>";

/// The largest input read (1 GiB): far beyond any article, well short of exhausting memory.
pub const MAX_INPUT: u64 = 1 << 30;

/// What reading an input gave.
#[derive(Debug)]
pub enum Loaded {
    /// The input, read.
    Document(Box<Document>),
    /// A binary file met while walking a directory, not read; the note says why.
    Skipped(String),
}

/// How an I/O error reads in a one-line message: the reason, without the OS error number.
pub fn reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let text = e.to_string();
            match text.find(" (os error") {
                Some(at) => text.get(..at).unwrap_or(&text).to_string(),
                None => text,
            }
        }
    }
}

/// What kind of file `meta` describes when it is neither a regular file nor a directory.
pub fn special(meta: &std::fs::Metadata) -> Option<&'static str> {
    let kind = meta.file_type();
    if kind.is_file() || kind.is_dir() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("a named pipe (FIFO)");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("a device");
        }
    }
    Some("not a regular file")
}

/// Opens the regular file at `path` for reading, refusing anything else (a FIFO would block,
/// a device never end) and anything larger than [`MAX_INPUT`].
pub fn open(path: &Path, name: &str) -> Result<File> {
    open_sized(path, name).map(|(file, _)| file)
}

/// Opens the regular file at `path` as [`open`] does, with its length in bytes.
fn open_sized(path: &Path, name: &str) -> Result<(File, u64)> {
    let meta = std::fs::metadata(path)
        .map_err(|e| anyhow::anyhow!("cannot read {name}: {}", reason(&e)))?;
    if meta.is_dir() {
        bail!("{name}: is a directory; name the article files to check");
    }
    if let Some(kind) = special(&meta) {
        bail!(
            "{name}: is {kind}, not a file; to check what a program writes, pipe it to `tipcheck -`"
        );
    }
    if meta.len() > MAX_INPUT {
        bail!(
            "{name}: is {} MB, larger than the {} MB tipcheck reads; split it into articles",
            meta.len() >> 20,
            MAX_INPUT >> 20
        );
    }
    let file =
        File::open(path).map_err(|e| anyhow::anyhow!("cannot read {name}: {}", reason(&e)))?;
    Ok((file, meta.len()))
}

/// Reads all of `reader`, up to [`MAX_INPUT`] bytes; `expected` (the file's length, when known)
/// sizes the buffer, so a file is read in one call instead of a doubling series of small ones.
fn read_limited(reader: impl Read, name: &str, expected: u64) -> Result<Vec<u8>> {
    let capacity = usize::try_from(expected.min(MAX_INPUT)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity.saturating_add(1));
    reader
        .take(MAX_INPUT + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| anyhow::anyhow!("cannot read {name}: {}", reason(&e)))?;
    if bytes.len() as u64 > MAX_INPUT {
        bail!(
            "{name}: is larger than the {} MB tipcheck reads; split it into articles",
            MAX_INPUT >> 20
        );
    }
    Ok(bytes)
}

/// The bytes of a file, or of standard input for `-`.
pub fn read_bytes(path: &str, name: &str) -> Result<Vec<u8>> {
    if path == "-" {
        read_limited(io::stdin().lock(), name, 0)
    } else {
        let (file, len) = open_sized(Path::new(path), name)?;
        read_limited(file, name, len)
    }
}

/// Decodes `bytes`, and applies the binary rule: a file holding a NUL character is read when
/// `text` is set, skipped with a note when it was met while walking (`explicit` false), and an
/// error when it was named.
pub fn decode(bytes: Vec<u8>, name: &str, explicit: bool, text: bool) -> Result<Option<Decoded>> {
    let decoded = document::decode::decode(bytes);
    if text {
        return Ok(Some(decoded));
    }
    match decoded.nul() {
        None => Ok(Some(decoded)),
        Some(at) if explicit => bail!(
            "{name}: is a binary file (a NUL byte at offset {at}), not article text; use --text to read it anyway"
        ),
        Some(_) => Ok(None),
    }
}

/// The note for a binary file skipped while walking.
pub fn skipped_note(name: &str) -> String {
    format!("{name}: skipped: a binary file (it holds a NUL byte); name it with --text to read it")
}

/// Why a configuration or table file could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// 1-based line of the problem, or 0 when it has no place (the file cannot be opened).
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong, in plain words.
    pub message: String,
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// Reads a configuration or table file, which must be exact UTF-8 (a byte-order mark skipped):
/// unlike an article, a bad byte there is an error at its line and column.
pub fn read_utf8(path: &Path, name: &str) -> Result<String, Unreadable> {
    let unreadable = |e: anyhow::Error| Unreadable {
        line: 0,
        column: 0,
        message: format!("{e:#}"),
    };
    let bytes = open_sized(path, name)
        .and_then(|(file, len)| read_limited(file, name, len))
        .map_err(unreadable)?;
    document::decode::strict_utf8(bytes).map_err(|(line, column)| Unreadable {
        line,
        column,
        message: "this is not UTF-8 text; save the file as UTF-8".into(),
    })
}

/// Reads one input as its format says, applying the binary rule of [`decode`].
pub fn load(input: &Input, text: bool) -> Result<Loaded> {
    let bytes = match &input.origin {
        Origin::Stdin => read_bytes("-", &input.name)?,
        Origin::File(path) => {
            let (file, len) = open_sized(path, &input.name)?;
            read_limited(file, &input.name, len)?
        }
    };
    Ok(match decode(bytes, &input.name, input.explicit, text)? {
        Some(decoded) => Loaded::Document(Box::new(Document::decoded(
            input.name.clone(),
            decoded,
            input.format,
        ))),
        None => Loaded::Skipped(skipped_note(&input.name)),
    })
}

/// Reads `path` (or standard input for `-`) as `format`, or as its extension suggests; a binary
/// file is an error, as for any input named explicitly.
pub fn read(path: &str, format: Option<InputFormat>) -> Result<Document> {
    let name = if path == "-" { STDIN_NAME } else { path };
    let bytes = read_bytes(path, name)?;
    let format = format.unwrap_or_else(|| InputFormat::from_path(Path::new(path)));
    match decode(bytes, name, true, false)? {
        Some(decoded) => Ok(Document::decoded(name, decoded, format)),
        None => bail!("{name}: is a binary file"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_files_are_read_skipped_or_refused_as_asked() {
        let bytes = b"38% of victims\0".to_vec();
        assert!(
            decode(bytes.clone(), "a.txt", false, true)
                .unwrap()
                .is_some()
        );
        assert!(
            decode(bytes.clone(), "a.txt", false, false)
                .unwrap()
                .is_none()
        );
        let err = decode(bytes, "a.txt", true, false).unwrap_err().to_string();
        assert!(
            err.contains("a.txt: is a binary file (a NUL byte at offset 14)"),
            "{err}"
        );
        assert!(err.contains("--text"), "{err}");
    }

    #[test]
    fn utf16_text_is_not_binary() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend("38% of victims".encode_utf16().flat_map(u16::to_le_bytes));
        let decoded = decode(bytes, "a.txt", true, false).unwrap().unwrap();
        assert_eq!(decoded.text, "38% of victims");
    }

    #[test]
    fn reasons_leave_out_error_numbers() {
        let missing = std::fs::metadata("/no/such/file").unwrap_err();
        assert_eq!(reason(&missing), "no such file or directory");
    }

    #[cfg(unix)]
    #[test]
    fn special_files_are_refused_without_opening_them() {
        let dir = tempfile::tempdir().unwrap();
        let err = open(dir.path(), "docs").unwrap_err().to_string();
        assert!(err.contains("docs: is a directory"), "{err}");
        let err = open(Path::new("/dev/null"), "/dev/null")
            .unwrap_err()
            .to_string();
        assert!(err.contains("is a device, not a file"), "{err}");
    }
}
