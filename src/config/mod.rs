//! Configuration files: `tipcheck.toml` or `.tipcheck.toml`, found upward from each checked path.
//!
//! ```toml
//! extend-claims = ["newsroom-figures.toml"]  # tables added to the default one
//! fail-on = "error"                          # error | warning | note | never
//! as-of = "article"                          # article | today | YYYY-MM-DD
//!
//! [files]
//! include = ["articles/**"]                  # gitignore-style globs, relative to this file
//! exclude = ["articles/archive/"]
//!
//! [severity]                                 # error | warning | note | ok | off
//! outdated = "error"
//! unverified = "off"
//!
//! [jsonl]
//! id-field = "id"
//! text-field = "text"
//! date-field = "date"
//! format = "text"                            # text | markdown | html: how article texts are read
//! ```
//!
//! Unknown keys and bad values are errors that point at their line and column.

mod discover;

pub use discover::{ConfigCache, FILE_NAMES, discover};

use ignore::gitignore::{Gitignore, GitignoreBuilder};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::{Path, PathBuf};
use toml::Spanned;

use crate::check::{Severity, Verdict};
use crate::document::InputFormat;

/// The least severe finding that fails the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FailOn {
    /// Conflicts and wrong metrics.
    Error,
    /// Also outdated and misattributed claims.
    Warning,
    /// Also unverified claims.
    Note,
    /// Never fail on findings.
    Never,
}

impl FailOn {
    /// True when a finding of `severity` fails the run.
    pub fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Error => severity >= Severity::Error,
            FailOn::Warning => severity >= Severity::Warning,
            FailOn::Note => severity >= Severity::Note,
            FailOn::Never => false,
        }
    }

    /// The level's name as the flag and the file spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            FailOn::Error => "error",
            FailOn::Warning => "warning",
            FailOn::Note => "note",
            FailOn::Never => "never",
        }
    }
}

/// The severity a configuration gives a verdict or diagnostic, or `off` to drop it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// Fails the run under the default `fail-on`.
    Error,
    /// Worth changing.
    Warning,
    /// Worth a look.
    Note,
    /// Reported, never failing.
    Ok,
    /// Not reported at all.
    Off,
}

impl Level {
    /// The severity, or `None` for `off`.
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Error => Some(Severity::Error),
            Level::Warning => Some(Severity::Warning),
            Level::Note => Some(Severity::Note),
            Level::Ok => Some(Severity::Ok),
            Level::Off => None,
        }
    }

    fn of(severity: Option<Severity>) -> Level {
        match severity {
            Some(Severity::Error) => Level::Error,
            Some(Severity::Warning) => Level::Warning,
            Some(Severity::Note) => Level::Note,
            Some(Severity::Ok) => Level::Ok,
            None => Level::Off,
        }
    }
}

/// Codes of the diagnostics tipcheck makes about its own directives.
pub const UNUSED_SUPPRESSION: &str = "unused-suppression";
/// A directive that cannot be applied as written.
pub const INVALID_SUPPRESSION: &str = "invalid-suppression";

/// Which date claims are checked as of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AsOf {
    /// The article's own date where it states one, else today.
    Article,
    /// Today.
    Today,
    /// A fixed date, `YYYY-MM-DD`.
    Date(String),
}

impl TryFrom<String> for AsOf {
    type Error = String;
    fn try_from(value: String) -> Result<Self, String> {
        match value.as_str() {
            "article" => Ok(AsOf::Article),
            "today" => Ok(AsOf::Today),
            _ if crate::document::html::iso_date(&value).as_deref() == Some(value.as_str()) => {
                Ok(AsOf::Date(value))
            }
            _ => Err(format!(
                "`{value}` is not an as-of policy: use \"article\", \"today\" or a date such as \"2024-09-12\""
            )),
        }
    }
}

impl From<AsOf> for String {
    fn from(a: AsOf) -> String {
        match a {
            AsOf::Article => "article".into(),
            AsOf::Today => "today".into(),
            AsOf::Date(d) => d,
        }
    }
}

impl<'de> Deserialize<'de> for AsOf {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        AsOf::try_from(s).map_err(serde::de::Error::custom)
    }
}

/// How the articles of a JSON Lines archive are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonlFields {
    /// The field holding the article's id.
    pub id: String,
    /// The field holding the article's text.
    pub text: String,
    /// The field holding the article's date, if any.
    pub date: String,
    /// How each article's text is read.
    pub format: InputFormat,
}

impl Default for JsonlFields {
    fn default() -> Self {
        JsonlFields {
            id: "id".into(),
            text: "text".into(),
            date: "date".into(),
            format: InputFormat::Text,
        }
    }
}

/// Per-verdict and per-diagnostic severity overrides.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Severities {
    verdicts: [Option<Level>; 6],
    unused_suppression: Option<Level>,
    invalid_suppression: Option<Level>,
}

impl Severities {
    /// The severity of a finding with `verdict`, or `None` when it is switched off.
    pub fn verdict(&self, verdict: Verdict) -> Option<Severity> {
        let i = Verdict::ALL.iter().position(|&v| v == verdict).unwrap_or(0);
        match self.verdicts[i] {
            Some(level) => level.severity(),
            None => Some(verdict.severity()),
        }
    }

    /// The severity of a diagnostic with `code`, or `None` when it is switched off.
    pub fn diagnostic(&self, code: &str) -> Option<Severity> {
        let level = match code {
            UNUSED_SUPPRESSION => self.unused_suppression,
            INVALID_SUPPRESSION => self.invalid_suppression,
            _ => None,
        };
        level.map_or(Some(Severity::Warning), Level::severity)
    }
}

/// A configuration, as read from a file (or the defaults when there is none).
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The file it was read from.
    pub origin: Option<PathBuf>,
    /// Extra table files, resolved against the file's directory.
    pub extend_claims: Vec<PathBuf>,
    /// The fail level, if the file sets one.
    pub fail_on: Option<FailOn>,
    /// The as-of policy, if the file sets one.
    pub as_of: Option<AsOf>,
    /// Severity overrides.
    pub severities: Severities,
    /// JSON Lines field names.
    pub jsonl: JsonlFields,
    include: Option<Gitignore>,
    exclude: Option<Gitignore>,
    globs: (Vec<String>, Vec<String>),
}

/// A problem in a configuration file, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The file.
    pub path: String,
    /// 1-based line, or 0 when the problem has no single place.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong, in plain words.
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.path, self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.path, self.line, self.column, self.message
            )
        }
    }
}

impl std::error::Error for ConfigError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    #[serde(default)]
    extend_claims: Vec<Spanned<String>>,
    fail_on: Option<FailOn>,
    as_of: Option<AsOf>,
    #[serde(default)]
    files: RawFiles,
    #[serde(default)]
    severity: RawSeverity,
    #[serde(default)]
    jsonl: RawJsonl,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawFiles {
    #[serde(default)]
    include: Vec<Spanned<String>>,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
}

#[derive(Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawSeverity {
    consistent: Option<Level>,
    conflict: Option<Level>,
    outdated: Option<Level>,
    wrong_metric: Option<Level>,
    misattributed: Option<Level>,
    unverified: Option<Level>,
    unused_suppression: Option<Level>,
    invalid_suppression: Option<Level>,
}

#[derive(Deserialize, Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum ArticleFormat {
    Text,
    Markdown,
    Html,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawJsonl {
    id_field: Option<String>,
    text_field: Option<String>,
    date_field: Option<String>,
    format: Option<ArticleFormat>,
}

fn error_at(path: &str, text: &str, offset: usize, message: String) -> ConfigError {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or("");
    ConfigError {
        path: path.to_string(),
        line: before.matches('\n').count() + 1,
        column: before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1,
        message,
    }
}

impl Config {
    /// Reads the configuration file at `path` (`shown` names it in errors).
    pub fn load(path: &Path, shown: &str) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
            path: shown.to_string(),
            line: 0,
            column: 0,
            message: format!("cannot read the configuration: {e}"),
        })?;
        let dir = path.parent().unwrap_or(Path::new("."));
        Config::parse(&text, shown, dir).map(|mut c| {
            c.origin = Some(path.to_path_buf());
            c
        })
    }

    /// Reads configuration text; relative paths and globs are taken from `dir`.
    pub fn parse(text: &str, shown: &str, dir: &Path) -> Result<Config, ConfigError> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let at = e.span().map_or(0, |s| s.start);
            error_at(shown, text, at, e.message().trim_end().to_string())
        })?;
        let mut extend_claims = Vec::new();
        for table in &raw.extend_claims {
            let resolved = dir.join(table.get_ref());
            if !resolved.is_file() {
                return Err(error_at(
                    shown,
                    text,
                    table.span().start,
                    format!(
                        "the table `{}` named in extend-claims does not exist (paths are relative to this file)",
                        table.get_ref()
                    ),
                ));
            }
            extend_claims.push(resolved);
        }
        let globs = |list: &[Spanned<String>]| -> Result<Option<Gitignore>, ConfigError> {
            if list.is_empty() {
                return Ok(None);
            }
            let mut builder = GitignoreBuilder::new(dir);
            for glob in list {
                builder.add_line(None, glob.get_ref()).map_err(|e| {
                    error_at(
                        shown,
                        text,
                        glob.span().start,
                        format!("`{}` is not a valid glob: {e}", glob.get_ref()),
                    )
                })?;
            }
            builder.build().map(Some).map_err(|e| ConfigError {
                path: shown.to_string(),
                line: 0,
                column: 0,
                message: format!("the file globs cannot be used: {e}"),
            })
        };
        let include = globs(&raw.files.include)?;
        let exclude = globs(&raw.files.exclude)?;
        let s = &raw.severity;
        let severities = Severities {
            verdicts: [
                s.consistent,
                s.conflict,
                s.outdated,
                s.wrong_metric,
                s.misattributed,
                s.unverified,
            ],
            unused_suppression: s.unused_suppression,
            invalid_suppression: s.invalid_suppression,
        };
        let defaults = JsonlFields::default();
        let jsonl = JsonlFields {
            id: raw.jsonl.id_field.unwrap_or(defaults.id),
            text: raw.jsonl.text_field.unwrap_or(defaults.text),
            date: raw.jsonl.date_field.unwrap_or(defaults.date),
            format: match raw.jsonl.format {
                None | Some(ArticleFormat::Text) => InputFormat::Text,
                Some(ArticleFormat::Markdown) => InputFormat::Markdown,
                Some(ArticleFormat::Html) => InputFormat::Html,
            },
        };
        let names = |list: &[Spanned<String>]| list.iter().map(|g| g.get_ref().clone()).collect();
        Ok(Config {
            origin: None,
            extend_claims,
            fail_on: raw.fail_on,
            as_of: raw.as_of,
            severities,
            jsonl,
            include,
            exclude,
            globs: (names(&raw.files.include), names(&raw.files.exclude)),
        })
    }

    /// True when a file found by walking a directory is to be checked: it matches `include` (or,
    /// when there is none, has an article extension) and does not match `exclude`.
    pub fn admits_walked(&self, path: &Path, article_extension: bool) -> bool {
        let included = match &self.include {
            Some(include) => {
                path.starts_with(include.path())
                    && include.matched_path_or_any_parents(path, false).is_ignore()
            }
            None => article_extension,
        };
        included && !self.excludes(path)
    }

    /// True when `exclude` matches `path` or one of its directories.
    pub fn excludes(&self, path: &Path) -> bool {
        self.exclude.as_ref().is_some_and(|exclude| {
            path.starts_with(exclude.path())
                && exclude.matched_path_or_any_parents(path, false).is_ignore()
        })
    }

    /// True when the file has `include` globs (they replace the article-extension rule).
    pub fn has_include(&self) -> bool {
        self.include.is_some()
    }

    /// The configuration in effect as TOML, every key written out (for `--dump-config`).
    pub fn dump(&self, fail_on: FailOn) -> String {
        #[derive(Serialize)]
        #[serde(rename_all = "kebab-case")]
        struct Files<'a> {
            include: &'a [String],
            exclude: &'a [String],
        }
        #[derive(Serialize)]
        #[serde(rename_all = "kebab-case")]
        struct Jsonl<'a> {
            id_field: &'a str,
            text_field: &'a str,
            date_field: &'a str,
            format: &'a str,
        }
        #[derive(Serialize)]
        #[serde(rename_all = "kebab-case")]
        struct Dump<'a> {
            extend_claims: Vec<String>,
            fail_on: FailOn,
            as_of: String,
            files: Files<'a>,
            severity: RawSeverity,
            jsonl: Jsonl<'a>,
        }
        let level = |v: Verdict| Some(Level::of(self.severities.verdict(v)));
        let diag = |code: &str| Some(Level::of(self.severities.diagnostic(code)));
        let dump = Dump {
            extend_claims: self
                .extend_claims
                .iter()
                .map(|p| p.display().to_string())
                .collect(),
            fail_on,
            as_of: self.as_of.clone().unwrap_or(AsOf::Article).into(),
            files: Files {
                include: &self.globs.0,
                exclude: &self.globs.1,
            },
            severity: RawSeverity {
                consistent: level(Verdict::Consistent),
                conflict: level(Verdict::Conflict),
                outdated: level(Verdict::Outdated),
                wrong_metric: level(Verdict::WrongMetric),
                misattributed: level(Verdict::Misattributed),
                unverified: level(Verdict::Unverified),
                unused_suppression: diag(UNUSED_SUPPRESSION),
                invalid_suppression: diag(INVALID_SUPPRESSION),
            },
            jsonl: Jsonl {
                id_field: &self.jsonl.id,
                text_field: &self.jsonl.text,
                date_field: &self.jsonl.date,
                format: self.jsonl.format.as_str(),
            },
        };
        toml::to_string(&dump).unwrap_or_else(|e| format!("# cannot show the configuration: {e}\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, "tipcheck.toml", Path::new("/nowhere"))
    }

    #[test]
    fn reads_every_key() {
        let c = parse(
            "fail-on = \"warning\"\nas-of = \"2024-09-12\"\n[severity]\noutdated = \"error\"\nunverified = \"off\"\n[jsonl]\ntext-field = \"body\"\nformat = \"html\"\n[files]\nexclude = [\"old/\"]\n",
        )
        .unwrap();
        assert_eq!(c.fail_on, Some(FailOn::Warning));
        assert_eq!(c.as_of, Some(AsOf::Date("2024-09-12".into())));
        assert_eq!(
            c.severities.verdict(Verdict::Outdated),
            Some(Severity::Error)
        );
        assert_eq!(c.severities.verdict(Verdict::Unverified), None);
        assert_eq!(
            c.severities.verdict(Verdict::Conflict),
            Some(Severity::Error)
        );
        assert_eq!(c.jsonl.text, "body");
        assert_eq!(c.jsonl.id, "id");
        assert_eq!(c.jsonl.format, InputFormat::Html);
        assert!(c.excludes(Path::new("/nowhere/old/a.md")));
        assert!(!c.excludes(Path::new("/nowhere/new/a.md")));
    }

    #[test]
    fn unknown_keys_point_at_their_line_and_column() {
        let e = parse("fail-on = \"error\"\n\n[severity]\nwrong-metrc = \"note\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (4, 1), "{e}");
        assert!(e.message.contains("unknown field `wrong-metrc`"), "{e}");
        let e = parse("colour = 1\n").unwrap_err();
        assert_eq!(e.to_string().split(": ").next(), Some("tipcheck.toml:1:1"));
    }

    #[test]
    fn bad_values_point_at_the_value() {
        let e = parse("fail-on = \"sometimes\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (1, 11), "{e}");
        let e = parse("as-of = \"yesterday\"\n").unwrap_err();
        assert!(e.message.contains("not an as-of policy"), "{e}");
        let e = parse("extend-claims = [\"missing.toml\"]\n").unwrap_err();
        assert_eq!((e.line, e.column), (1, 18), "{e}");
        assert!(e.message.contains("does not exist"));
        let e = parse("[files]\ninclude = [\"{a,b\"]\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 12), "{e}");
    }

    #[test]
    fn include_replaces_the_extension_rule() {
        let c = parse("[files]\ninclude = [\"*.mdx\"]\n").unwrap();
        assert!(c.admits_walked(Path::new("/nowhere/a/b.mdx"), false));
        assert!(!c.admits_walked(Path::new("/nowhere/a/b.md"), true));
        let none = Config::default();
        assert!(none.admits_walked(Path::new("/x/b.md"), true));
        assert!(!none.admits_walked(Path::new("/x/b.rs"), false));
    }

    #[test]
    fn dump_writes_every_key_and_reads_back() {
        let c = parse("[severity]\noutdated = \"error\"\n").unwrap();
        let text = c.dump(FailOn::Warning);
        assert!(text.contains("fail-on = \"warning\""), "{text}");
        assert!(text.contains("outdated = \"error\""), "{text}");
        assert!(text.contains("wrong-metric = \"error\""), "{text}");
        assert!(text.contains("as-of = \"article\""), "{text}");
        let again = parse(&text).unwrap();
        for v in Verdict::ALL {
            assert_eq!(again.severities.verdict(v), c.severities.verdict(v));
        }
    }
}
