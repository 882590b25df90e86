//! Files tipcheck writes: replaced whole or left alone, never half-written.

use anyhow::{Context, Result, bail};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename, so an
/// interrupted run leaves the old file whole. A symbolic link is followed, and an existing file
/// keeps its permissions.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut file = AtomicFile::create(path)?;
    file.write_all(bytes)
        .with_context(|| format!("cannot write to {}", path.display()))?;
    file.commit()
}

/// A file written through a temporary file in the same directory, renamed over the target by
/// [`AtomicFile::commit`]: until then (and if it is dropped instead) the old file stays whole. A
/// symbolic link is followed, and an existing file keeps its permissions. Writes are buffered.
pub struct AtomicFile {
    target: PathBuf,
    shown: String,
    temp: io::BufWriter<tempfile::NamedTempFile>,
    existing: Option<fs::Permissions>,
}

impl AtomicFile {
    /// Starts replacing `path` (creates its temporary file).
    pub fn create(path: &Path) -> Result<Self> {
        let shown = path.display().to_string();
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
        let temp = builder.tempfile_in(dir).with_context(|| {
            format!(
                "cannot write to {shown}: cannot create a temporary file in {}",
                dir.display()
            )
        })?;
        Ok(AtomicFile {
            target,
            shown,
            temp: io::BufWriter::with_capacity(1 << 16, temp),
            existing,
        })
    }

    /// Writes out what is buffered, syncs it, and renames the temporary file over the target.
    pub fn commit(self) -> Result<()> {
        let shown = &self.shown;
        let temp = self
            .temp
            .into_inner()
            .map_err(|e| e.into_error())
            .with_context(|| format!("cannot write to {shown}"))?;
        temp.as_file()
            .sync_all()
            .with_context(|| format!("cannot write to {shown}"))?;
        if let Some(permissions) = self.existing {
            // The umask may have narrowed what the builder asked for; an existing file keeps its own.
            fs::set_permissions(temp.path(), permissions)
                .with_context(|| format!("cannot keep the permissions of {shown}"))?;
        }
        temp.persist(&self.target)
            .map_err(|e| e.error)
            .with_context(|| format!("cannot replace {shown}"))?;
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.temp.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.temp.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.temp.flush()
    }
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
/// The report streams into a temporary file beside it as it is written, so a report of any size
/// takes no memory; the old file stays whole until [`Sink::finish`].
pub struct Sink<'a> {
    out: &'a mut dyn Write,
    file: Option<Pending>,
}

/// A report on its way to a file.
struct Pending {
    path: PathBuf,
    /// Created at the first write, once every input has been found (a temporary file in the
    /// inputs' folder is never read as one).
    file: Option<AtomicFile>,
    written: bool,
}

impl Pending {
    fn file(&mut self) -> io::Result<&mut AtomicFile> {
        if self.file.is_none() {
            let file =
                AtomicFile::create(&self.path).map_err(|e| io::Error::other(format!("{e:#}")))?;
            self.file = Some(file);
        }
        match self.file.as_mut() {
            Some(file) => Ok(file),
            None => Err(io::Error::other("the report file is not open")),
        }
    }
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
            file: Some(Pending {
                path: file.to_path_buf(),
                file: None,
                written: false,
            }),
        })
    }

    /// True when a report goes to a file and nothing has been written to it yet.
    pub fn is_empty(&self) -> bool {
        self.file.as_ref().is_some_and(|p| !p.written)
    }

    /// Flushes standard output, or puts the report file in place of the old one.
    pub fn finish(self) -> Result<()> {
        match self.file {
            None => self.out.flush().context("cannot write the report"),
            Some(mut pending) => {
                pending.file()?;
                match pending.file {
                    Some(file) => file.commit(),
                    None => bail!("the report file is not open"),
                }
            }
        }
    }
}

impl Write for Sink<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.file {
            None => self.out.write(buf),
            Some(pending) => {
                let n = pending.file()?.write(buf)?;
                pending.written |= n > 0;
                Ok(n)
            }
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match &mut self.file {
            None => self.out.write_all(buf),
            Some(pending) => {
                pending.file()?.write_all(buf)?;
                pending.written |= !buf.is_empty();
                Ok(())
            }
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.file {
            None => self.out.flush(),
            // The file is flushed and synced once, when it is complete.
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

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_report_streams_into_a_temporary_file_and_replaces_the_old_one_at_the_end() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.jsonl");
        fs::write(&path, "old").unwrap();
        let mut out = Vec::new();
        let mut sink = Sink::new(Some(&path), &[], &mut out).unwrap();
        assert!(sink.is_empty());
        // More than the write buffer: the bytes go to disk, not to memory.
        let line = "x".repeat(1000) + "\n";
        for _ in 0..200 {
            sink.write_all(line.as_bytes()).unwrap();
        }
        assert!(!sink.is_empty());
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        let temp: Vec<String> = names(dir.path())
            .into_iter()
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert_eq!(temp.len(), 1, "{temp:?}");
        let size = fs::metadata(dir.path().join(&temp[0])).unwrap().len();
        assert!(size >= 100_000, "only {size} bytes on disk before the end");
        sink.finish().unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), line.repeat(200));
        assert_eq!(names(dir.path()), ["report.jsonl"]);
        assert!(out.is_empty());
    }

    #[test]
    fn an_unfinished_report_leaves_the_old_file_whole_and_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.json");
        fs::write(&path, "old").unwrap();
        let mut out = Vec::new();
        let mut sink = Sink::new(Some(&path), &[], &mut out).unwrap();
        sink.write_all(b"half a rep").unwrap();
        drop(sink);
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(names(dir.path()), ["report.json"]);
    }

    #[test]
    fn an_empty_finished_report_makes_an_empty_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.txt");
        fs::write(&path, "old").unwrap();
        let mut out = Vec::new();
        let sink = Sink::new(Some(&path), &[], &mut out).unwrap();
        sink.finish().unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "");
        assert_eq!(names(dir.path()), ["report.txt"]);
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
