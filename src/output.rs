//! Files tipcheck writes: replaced whole or left alone, never half-written.

use anyhow::{Context, Result, bail};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename, so an
/// interrupted run leaves the old file whole. A symbolic link is followed, and an existing file
/// keeps its permissions.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let shown = path.display();
    let target = resolve_link(path)?;
    if target.is_dir() {
        bail!("cannot write to {shown}: it is a directory; name a file to write");
    }
    let dir = parent(&target);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .with_context(|| format!("cannot write to {shown}: it does not name a file"))?;
    let mut builder = tempfile::Builder::new();
    let prefix = format!(".{name}.");
    builder.prefix(&prefix).suffix(".tmp");
    let existing = fs::metadata(&target).ok().map(|m| m.permissions());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // A new file gets what any new file would (0666 less the umask), not a private 0600.
        builder.permissions(
            existing
                .clone()
                .unwrap_or_else(|| fs::Permissions::from_mode(0o666)),
        );
    }
    let mut temp = builder.tempfile_in(dir).with_context(|| {
        format!(
            "cannot write to {shown}: cannot create a temporary file in {}",
            dir.display()
        )
    })?;
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .with_context(|| format!("cannot write to {shown}"))?;
    if let Some(permissions) = existing {
        // The umask may have narrowed what the builder asked for; an existing file keeps its own.
        fs::set_permissions(temp.path(), permissions)
            .with_context(|| format!("cannot keep the permissions of {shown}"))?;
    }
    temp.persist(&target)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot replace {shown}"))?;
    Ok(())
}

/// The directory a file lives in (`.` for a bare name).
fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// The file a symbolic link points to, so that the link itself survives the rename.
fn resolve_link(path: &Path) -> Result<PathBuf> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => match fs::canonicalize(path) {
            Ok(target) => Ok(target),
            // A dangling link: write where it points.
            Err(_) => {
                let link = fs::read_link(path)
                    .with_context(|| format!("cannot read the link {}", path.display()))?;
                Ok(parent(path).join(link))
            }
        },
        _ => Ok(path.to_path_buf()),
    }
}

/// Where a report goes: standard output, or a file replaced whole once the report is complete.
pub struct Sink<'a> {
    out: &'a mut dyn Write,
    file: Option<(PathBuf, Vec<u8>)>,
}

impl<'a> Sink<'a> {
    /// Writes to `file` (`-` or none: to `out`); refuses a file that is one of `inputs` or whose
    /// directory does not exist, before any work is done.
    pub fn new(file: Option<&Path>, inputs: &[String], out: &'a mut dyn Write) -> Result<Self> {
        let file = match file {
            Some(path) if path != Path::new("-") => path,
            _ => return Ok(Sink { out, file: None }),
        };
        let shown = file.display();
        let dir = parent(file);
        if !dir.is_dir() {
            bail!(
                "cannot write the report to {shown}: the folder {} does not exist",
                dir.display()
            );
        }
        if file.is_dir() {
            bail!("cannot write the report to {shown}: it is a directory; name a file to write");
        }
        if let Ok(target) = fs::canonicalize(file) {
            for input in inputs.iter().filter(|p| p.as_str() != "-") {
                if fs::canonicalize(input).is_ok_and(|i| i == target) {
                    bail!(
                        "--output {shown} is also an input: refusing to overwrite the article with the report"
                    );
                }
            }
        }
        Ok(Sink {
            out,
            file: Some((file.to_path_buf(), Vec::new())),
        })
    }

    /// Flushes standard output, or writes the whole report to the file.
    /// True when a report goes to a file and nothing has been written to it yet.
    pub fn is_empty(&self) -> bool {
        self.file
            .as_ref()
            .is_some_and(|(_, bytes)| bytes.is_empty())
    }

    pub fn finish(self) -> Result<()> {
        match self.file {
            None => self.out.flush().context("cannot write the report"),
            Some((path, bytes)) => write_atomically(&path, &bytes),
        }
    }
}

impl Write for Sink<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.file {
            None => self.out.write(buf),
            Some((_, bytes)) => bytes.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.file {
            None => self.out.flush(),
            Some(_) => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_a_file_whole_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.html");
        fs::write(&path, "old").unwrap();
        write_atomically(&path, b"new report").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new report");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["report.html"]);
    }

    #[cfg(unix)]
    #[test]
    fn keeps_the_permissions_of_an_existing_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.json");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomically(&path, b"{}").unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }

    #[cfg(unix)]
    #[test]
    fn writes_through_a_link_and_keeps_the_link() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.html");
        let link = dir.path().join("link.html");
        fs::write(&real, "old").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomically(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&real).unwrap(), "new");
    }

    #[test]
    fn a_missing_folder_is_refused_before_any_work() {
        let mut out = Vec::new();
        let err = Sink::new(Some(Path::new("no/such/dir/r.html")), &[], &mut out)
            .err()
            .unwrap();
        assert!(err.to_string().contains("does not exist"), "{err}");
    }

    #[test]
    fn an_input_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("draft.md");
        fs::write(&article, "text").unwrap();
        let inputs = [article.display().to_string()];
        let mut out = Vec::new();
        let err = Sink::new(Some(&article), &inputs, &mut out).err().unwrap();
        assert!(err.to_string().contains("also an input"), "{err}");
        assert_eq!(fs::read_to_string(&article).unwrap(), "text");
    }

    #[test]
    fn without_a_file_the_report_goes_to_standard_output() {
        let mut out = Vec::new();
        let mut sink = Sink::new(Some(Path::new("-")), &[], &mut out).unwrap();
        sink.write_all(b"hello").unwrap();
        sink.finish().unwrap();
        assert_eq!(out, b"hello");
    }
}
