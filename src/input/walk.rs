//! Turning the paths named on the command line into a sorted list of inputs.

use ignore::WalkBuilder;
use ignore::overrides::{Override, OverrideBuilder};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::STDIN_NAME;
use crate::config::{Config, ConfigCache, ConfigError};
use crate::document::InputFormat;

/// Where an input's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Standard input.
    Stdin,
    /// A file, by the path it is read from.
    File(PathBuf),
}

/// One input to check: a file, or standard input, with the configuration that governs it.
#[derive(Debug, Clone)]
pub struct Input {
    /// The name reports give it: the path as named or walked, or the `--stdin-filename`.
    pub name: String,
    /// Where to read it from.
    pub origin: Origin,
    /// How to read it.
    pub format: InputFormat,
    /// The configuration that governs it.
    pub config: Arc<Config>,
    /// Named on the command line (or standard input), not found by walking a directory.
    pub explicit: bool,
}

/// What to read, as the command line and configuration say.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Read hidden files and directories when walking.
    pub hidden: bool,
    /// Do not respect `.gitignore`, `.ignore` and the like.
    pub no_ignore: bool,
    /// Only walk files matching these globs (relative to the walked directory).
    pub globs: Vec<String>,
    /// Skip files and directories matching these globs when walking.
    pub excludes: Vec<String>,
    /// Apply `--exclude` and the configuration's `exclude` to files named explicitly too.
    pub force_exclude: bool,
    /// Read every input as this format.
    pub input_format: Option<InputFormat>,
    /// The name (and so the type and configuration) of standard input.
    pub stdin_filename: Option<String>,
    /// A configuration file for every input (`--config`).
    pub config: Option<PathBuf>,
    /// Ignore configuration files found upward (`--isolated`).
    pub isolated: bool,
    /// Read binary files (holding a NUL byte) as text instead of skipping or refusing them.
    pub text: bool,
}

/// Which configuration governs which directory.
pub struct Configs {
    cache: ConfigCache,
    fixed: Option<Arc<Config>>,
    /// The directory asked about last and its configuration: the files of one directory are
    /// walked one after another, and ask for it without hashing its path again.
    last: Option<(std::path::PathBuf, Arc<Config>)>,
}

impl Configs {
    /// Configurations as `selection` asks: one file for all, none, or the nearest above each path.
    pub fn new(selection: &Selection, cwd: &Path) -> Result<Self, ConfigError> {
        let mut cache = ConfigCache::new(cwd);
        let fixed = match (&selection.config, selection.isolated) {
            (Some(file), _) => Some(cache.file(&cwd.join(file))?),
            (None, true) => Some(Arc::new(Config::default())),
            (None, false) => None,
        };
        Ok(Configs {
            cache,
            fixed,
            last: None,
        })
    }

    /// The configuration governing the absolute directory `dir`.
    pub fn for_dir(&mut self, dir: &Path) -> Result<Arc<Config>, ConfigError> {
        if let Some(config) = &self.fixed {
            return Ok(config.clone());
        }
        // (The same bytes are the same directory: the cache would answer the same.)
        if let Some((last, config)) = &self.last
            && last.as_os_str() == dir.as_os_str()
        {
            return Ok(config.clone());
        }
        let config = self.cache.for_dir(dir)?;
        self.last = Some((dir.to_path_buf(), config.clone()));
        Ok(config)
    }

    /// Every configuration file read, in path order.
    pub fn loaded(&self) -> Vec<Arc<Config>> {
        let mut all = self.cache.loaded();
        if let Some(fixed) = &self.fixed
            && fixed.origin.is_none()
        {
            all.push(fixed.clone());
        }
        all
    }
}

/// The inputs the paths name, sorted by name, and a one-line message per path that cannot be used.
///
/// A configuration error stops everything: it is returned as the `Err`.
pub fn resolve(
    paths: &[String],
    selection: &Selection,
    cwd: &Path,
    configs: &mut Configs,
) -> Result<(Vec<Input>, Vec<String>), ConfigError> {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    let cli_excludes = overrides(cwd, &[], &selection.excludes).map_err(|e| ConfigError {
        path: "--exclude".into(),
        line: 0,
        column: 0,
        message: e,
    })?;
    for path in paths {
        if path == "-" {
            let name = selection
                .stdin_filename
                .clone()
                .unwrap_or_else(|| STDIN_NAME.to_string());
            let named = cwd.join(&name);
            let dir = named
                .parent()
                .filter(|d| d.is_dir())
                .map_or_else(|| cwd.to_path_buf(), Path::to_path_buf);
            let dir = dir.canonicalize().unwrap_or(dir);
            let format = selection.input_format.unwrap_or_else(|| {
                if selection.stdin_filename.is_some() {
                    InputFormat::from_path(Path::new(&name))
                } else {
                    InputFormat::Text
                }
            });
            inputs.push(Input {
                name,
                origin: Origin::Stdin,
                format,
                config: configs.for_dir(&dir)?,
                explicit: true,
            });
            continue;
        }
        let given = Path::new(path);
        let meta = match std::fs::metadata(given) {
            Ok(meta) => meta,
            Err(e) => {
                errors.push(format!("cannot read {path}: {}", super::reason(&e)));
                continue;
            }
        };
        let absolute = given.canonicalize().unwrap_or_else(|_| cwd.join(given));
        if meta.is_dir() {
            walk(
                path,
                &absolute,
                selection,
                configs,
                &mut inputs,
                &mut errors,
            )?;
        } else {
            let dir = absolute.parent().unwrap_or(&absolute);
            let config = configs.for_dir(dir)?;
            if selection.force_exclude
                && (config.excludes(&absolute)
                    || cli_excludes.matched(cwd.join(given), false).is_ignore())
            {
                continue;
            }
            inputs.push(Input {
                name: display(path),
                origin: Origin::File(given.to_path_buf()),
                format: selection
                    .input_format
                    .unwrap_or_else(|| InputFormat::from_path(given)),
                config,
                explicit: true,
            });
        }
    }
    inputs.sort_by(|a, b| a.name.cmp(&b.name));
    inputs.dedup_by(|a, b| a.name == b.name && a.origin == b.origin);
    Ok((inputs, errors))
}

/// `path` without a leading `./`, as reports show it.
fn display(path: &str) -> String {
    let mut p = path;
    while let Some(rest) = p.strip_prefix("./") {
        p = rest.trim_start_matches('/');
    }
    if p.is_empty() { path } else { p }.to_string()
}

/// Builds ripgrep-style overrides: `globs` select, `excludes` skip.
fn overrides(root: &Path, globs: &[String], excludes: &[String]) -> Result<Override, String> {
    let mut builder = OverrideBuilder::new(root);
    for glob in globs {
        builder
            .add(glob)
            .map_err(|e| crate::config::invalid_glob(glob, &e.to_string()))?;
    }
    for glob in excludes {
        builder
            .add(&format!("!{glob}"))
            .map_err(|e| crate::config::invalid_glob(glob, &e.to_string()))?;
    }
    builder.build().map_err(|e| e.to_string())
}

fn walk(
    path: &str,
    absolute: &Path,
    selection: &Selection,
    configs: &mut Configs,
    inputs: &mut Vec<Input>,
    errors: &mut Vec<String>,
) -> Result<(), ConfigError> {
    let root = Path::new(path);
    let invalid = |e: String| ConfigError {
        path: "--glob/--exclude".into(),
        line: 0,
        column: 0,
        message: e,
    };
    // Globs select among the files the ignore rules leave; excludes prune whole directories.
    let selected = overrides(root, &selection.globs, &[]).map_err(invalid)?;
    let excluded = overrides(root, &[], &selection.excludes).map_err(invalid)?;
    let selects = !selection.globs.is_empty();
    let respect = !selection.no_ignore;
    let walker = WalkBuilder::new(root)
        .hidden(!selection.hidden)
        .ignore(respect)
        .git_ignore(respect)
        .git_global(respect)
        .git_exclude(respect)
        .parents(respect)
        .require_git(false)
        // Linked files and folders are read like any others; a link back to a folder above is
        // a loop, reported as an error.
        .follow_links(true)
        .filter_entry(move |entry| {
            let dir = entry.file_type().is_some_and(|t| t.is_dir());
            !excluded.matched(entry.path(), dir).is_ignore()
        })
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                if let Some(message) = walk_error(&e, selection) {
                    errors.push(message);
                }
                continue;
            }
        };
        if entry.file_type().is_none_or(|t| t.is_dir()) {
            continue;
        }
        let walked = entry.path();
        let full = match walked.strip_prefix(root) {
            Ok(rest) => absolute.join(rest),
            Err(_) => absolute.join(walked),
        };
        let config = configs.for_dir(full.parent().unwrap_or(absolute))?;
        // Walking for archives (`--input-format jsonl`) takes archives only, not every article.
        let found = InputFormat::from_extension(walked);
        let article = match (selection.input_format, found) {
            (Some(InputFormat::Jsonl), found) => found == Some(InputFormat::Jsonl),
            (_, found) => found.is_some(),
        };
        let admitted = if selects {
            selected.matched(walked, false).is_whitelist() && !config.excludes(&full)
        } else {
            config.admits_walked(&full, article)
        };
        if !admitted {
            continue;
        }
        let name = display(&walked.to_string_lossy());
        // A pipe, socket or device with an article's name would block or never end: say so.
        if let Some(kind) = entry.metadata().ok().as_ref().and_then(super::special) {
            errors.push(format!("{name}: is {kind}, not a file; not read"));
            continue;
        }
        inputs.push(Input {
            name,
            origin: Origin::File(walked.to_path_buf()),
            format: selection
                .input_format
                .unwrap_or(found.unwrap_or(InputFormat::Text)),
            config,
            explicit: false,
        });
    }
    Ok(())
}

/// The one-line message for a problem met while walking, or `None` for a dangling link that
/// does not look like an article (nothing tipcheck would have read is lost).
fn walk_error(e: &ignore::Error, selection: &Selection) -> Option<String> {
    let mut inner = e;
    let mut path = None;
    loop {
        match inner {
            ignore::Error::WithPath { path: p, err } => {
                path = Some(p.clone());
                inner = err;
            }
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                inner = err;
            }
            _ => break,
        }
    }
    let shown = |p: &Path| display(&p.to_string_lossy());
    match (inner, path) {
        (ignore::Error::Loop { ancestor, child }, _) => Some(format!(
            "{}: is a link to {}, a folder that holds it (a loop); not walked again",
            shown(child),
            shown(ancestor)
        )),
        (ignore::Error::Io(io), Some(p)) => {
            let article = selection.input_format.is_some()
                || InputFormat::from_extension(&p).is_some()
                || !selection.globs.is_empty();
            if io.kind() == std::io::ErrorKind::NotFound && !article {
                return None;
            }
            Some(format!("cannot read {}: {}", shown(&p), super::reason(io)))
        }
        (_, Some(p)) => Some(format!("{}: {e}", shown(&p))),
        (_, None) => Some(format!("cannot walk: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_drops_leading_dot_slashes() {
        assert_eq!(display("./a/b.md"), "a/b.md");
        assert_eq!(display(".//a.md"), "a.md");
        assert_eq!(display("."), ".");
        assert_eq!(display("../a.md"), "../a.md");
    }

    #[test]
    fn walks_articles_respecting_gitignore_hidden_and_globs() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for f in [
            "a.md",
            "b.html",
            "c.txt",
            "d.jsonl",
            "code.rs",
            "skip.md",
            ".hidden/e.md",
            "sub/f.md",
        ] {
            let p = root.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x").unwrap();
        }
        std::fs::write(root.join(".gitignore"), "skip.md\n").unwrap();
        let cwd = root.canonicalize().unwrap();
        let names = |sel: &Selection| {
            let mut configs = Configs::new(sel, &cwd).unwrap();
            let (inputs, errors) =
                resolve(&[root.display().to_string()], sel, &cwd, &mut configs).unwrap();
            assert!(errors.is_empty(), "{errors:?}");
            inputs
                .iter()
                .map(|i| {
                    Path::new(&i.name)
                        .strip_prefix(root)
                        .unwrap()
                        .display()
                        .to_string()
                })
                .collect::<Vec<_>>()
        };
        let isolated = Selection {
            isolated: true,
            ..Selection::default()
        };
        assert_eq!(
            names(&isolated),
            ["a.md", "b.html", "c.txt", "d.jsonl", "sub/f.md"]
        );
        let hidden = Selection {
            hidden: true,
            ..isolated.clone()
        };
        assert!(names(&hidden).contains(&".hidden/e.md".to_string()));
        let globbed = Selection {
            globs: vec!["*.md".into()],
            excludes: vec!["sub/".into()],
            ..isolated.clone()
        };
        assert_eq!(names(&globbed), ["a.md"]);
        let everything = Selection {
            no_ignore: true,
            ..isolated
        };
        assert!(names(&everything).contains(&"skip.md".to_string()));
    }
}
