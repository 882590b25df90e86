//! Finding the configuration file that governs a path: the nearest one above it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Config, ConfigError};

/// The names a configuration file may have, in the order they are looked for.
pub const FILE_NAMES: [&str; 2] = ["tipcheck.toml", ".tipcheck.toml"];

/// The configuration file in `dir` itself, if there is one; both names at once is an error.
fn in_dir(dir: &Path) -> Result<Option<PathBuf>, ConfigError> {
    let found: Vec<PathBuf> = FILE_NAMES
        .iter()
        .map(|name| dir.join(name))
        .filter(|p| p.is_file())
        .collect();
    match found.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(one.clone())),
        _ => Err(ConfigError {
            path: dir.join(FILE_NAMES[0]).display().to_string(),
            line: 0,
            column: 0,
            message: format!(
                "both {} and {} are in this directory; keep one",
                FILE_NAMES[0], FILE_NAMES[1]
            ),
        }),
    }
}

/// The configuration file nearest above `dir` (which must be absolute), if any.
pub fn discover(dir: &Path) -> Result<Option<PathBuf>, ConfigError> {
    for d in dir.ancestors() {
        if let Some(found) = in_dir(d)? {
            return Ok(Some(found));
        }
    }
    Ok(None)
}

/// Configurations by directory, each file read once however many paths it governs.
#[derive(Debug, Default)]
pub struct ConfigCache {
    by_dir: HashMap<PathBuf, Arc<Config>>,
    by_file: HashMap<PathBuf, Arc<Config>>,
    default: Arc<Config>,
    cwd: PathBuf,
}

impl ConfigCache {
    /// A cache that shows paths relative to `cwd` in errors.
    pub fn new(cwd: &Path) -> Self {
        ConfigCache {
            cwd: cwd.to_path_buf(),
            ..ConfigCache::default()
        }
    }

    /// The configuration governing the absolute directory `dir` (the defaults when none is found).
    pub fn for_dir(&mut self, dir: &Path) -> Result<Arc<Config>, ConfigError> {
        if let Some(config) = self.by_dir.get(dir) {
            return Ok(config.clone());
        }
        let config = match in_dir(dir)? {
            Some(file) => self.file(&file)?,
            None => match dir.parent() {
                Some(parent) => self.for_dir(parent)?,
                None => self.default.clone(),
            },
        };
        self.by_dir.insert(dir.to_path_buf(), config.clone());
        Ok(config)
    }

    /// The configuration read from `file` (read once).
    pub fn file(&mut self, file: &Path) -> Result<Arc<Config>, ConfigError> {
        let file = file.canonicalize().map_err(|e| ConfigError {
            path: file.display().to_string(),
            line: 0,
            column: 0,
            message: format!("cannot read the configuration: {e}"),
        })?;
        if let Some(config) = self.by_file.get(&file) {
            return Ok(config.clone());
        }
        let shown = file
            .strip_prefix(&self.cwd)
            .unwrap_or(&file)
            .display()
            .to_string();
        let config = Arc::new(Config::load(&file, &shown)?);
        self.by_file.insert(file, config.clone());
        Ok(config)
    }

    /// Every configuration file read so far, in path order.
    pub fn loaded(&self) -> Vec<Arc<Config>> {
        let mut files: Vec<_> = self.by_file.iter().collect();
        files.sort_by(|a, b| a.0.cmp(b.0));
        files.into_iter().map(|(_, c)| c.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_file_above_wins_and_files_are_read_once() {
        let root = tempfile::tempdir().unwrap();
        let root = root.path().canonicalize().unwrap();
        let inner = root.join("a/b");
        std::fs::create_dir_all(&inner).unwrap();
        std::fs::write(root.join("tipcheck.toml"), "fail-on = \"note\"\n").unwrap();
        std::fs::write(root.join("a/.tipcheck.toml"), "fail-on = \"warning\"\n").unwrap();
        assert_eq!(
            discover(&inner).unwrap(),
            Some(root.join("a/.tipcheck.toml"))
        );
        let mut cache = ConfigCache::new(&root);
        let deep = cache.for_dir(&inner).unwrap();
        assert_eq!(deep.fail_on, Some(super::super::FailOn::Warning));
        let top = cache.for_dir(&root).unwrap();
        assert_eq!(top.fail_on, Some(super::super::FailOn::Note));
        assert!(Arc::ptr_eq(&deep, &cache.for_dir(&root.join("a")).unwrap()));
        assert_eq!(cache.loaded().len(), 2);
    }

    #[test]
    fn two_names_in_one_directory_is_an_error() {
        let root = tempfile::tempdir().unwrap();
        std::fs::write(root.path().join("tipcheck.toml"), "").unwrap();
        std::fs::write(root.path().join(".tipcheck.toml"), "").unwrap();
        let e = discover(root.path()).unwrap_err();
        assert!(e.message.contains("keep one"), "{e}");
    }
}
