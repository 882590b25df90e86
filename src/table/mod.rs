//! The table of sourced figures: loading, validation, lookup and the term index.

mod figure;
mod index;
mod quote;

pub use figure::{Basis, Figure, Grade, Misstatement, Quantity, Source, Timing};
pub use index::{Role, TermHit, TermIndex};
pub use quote::missing_from_quote;

use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// The table compiled into the binary: the project's own `claims.toml`.
pub const BUILTIN: &str = include_str!("../../claims.toml");

/// The file name looked for in the working directory and its parents.
pub const FILE_NAME: &str = "claims.toml";

/// The schema version this build reads.
pub const SCHEMA: u32 = 1;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TableFile {
    schema: u32,
    #[serde(default, rename = "figure")]
    figures: Vec<Figure>,
}

/// A problem in a table file, with the place it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableError {
    /// The table's name (a path, or `built-in`).
    pub origin: String,
    /// 1-based line, or 0 when the problem has no single place.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong, in plain words.
    pub message: String,
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.origin, self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.origin, self.line, self.column, self.message
            )
        }
    }
}

/// Every problem found in a table file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableErrors(pub Vec<TableError>);

impl fmt::Display for TableErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for TableErrors {}

/// The figures in use, indexed for lookup by id and by term.
#[derive(Debug, Clone)]
pub struct Table {
    /// Where the figures came from: `built-in`, or the paths of the table files.
    pub origin: String,
    /// Every figure, in file order.
    pub figures: Vec<Figure>,
    by_id: HashMap<String, usize>,
    index: TermIndex,
}

impl Table {
    /// The table compiled into the binary.
    pub fn builtin() -> Result<Table, TableErrors> {
        Table::parse("built-in", BUILTIN)
    }

    /// Reads and validates one table file's text; `origin` names it in errors.
    pub fn parse(origin: &str, text: &str) -> Result<Table, TableErrors> {
        Table::merge(origin, &[(origin, text)])
    }

    /// Reads and validates several table files as one table; ids must be unique across them.
    pub fn merge(origin: &str, files: &[(&str, &str)]) -> Result<Table, TableErrors> {
        let mut figures = Vec::new();
        let mut places: Vec<(&str, &str)> = Vec::new();
        let mut errors = Vec::new();
        for &(name, text) in files {
            match toml::from_str::<TableFile>(text) {
                Ok(file) if file.schema != SCHEMA => errors.push(error_at(
                    name,
                    text,
                    text.find("schema").unwrap_or(0),
                    format!(
                        "schema {} is not one this tipcheck reads (it reads schema {SCHEMA})",
                        file.schema
                    ),
                )),
                Ok(file) => {
                    places.extend(file.figures.iter().map(|_| (name, text)));
                    figures.extend(file.figures);
                }
                Err(e) => {
                    let at = e.span().map_or(0, |s| s.start);
                    errors.push(error_at(name, text, at, e.message().trim_end().to_string()));
                }
            }
        }
        if errors.is_empty() {
            errors = validate(&figures, &places);
        }
        if !errors.is_empty() {
            return Err(TableErrors(errors));
        }
        let index = TermIndex::new(&figures).map_err(|e| {
            TableErrors(vec![TableError {
                origin: origin.to_string(),
                line: 0,
                column: 0,
                message: format!("the subject and population terms cannot be indexed: {e}"),
            }])
        })?;
        let by_id = figures
            .iter()
            .enumerate()
            .map(|(i, f)| (f.id.clone(), i))
            .collect();
        Ok(Table {
            origin: origin.to_string(),
            figures,
            by_id,
            index,
        })
    }

    /// The figure with this id.
    pub fn get(&self, id: &str) -> Option<&Figure> {
        self.by_id.get(id).map(|&i| &self.figures[i])
    }

    /// The index of the figure with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The term automaton over every figure's subject and population.
    pub fn index(&self) -> &TermIndex {
        &self.index
    }

    /// The newest edition of figure `i`, following `superseded_by`.
    pub fn newest(&self, mut i: usize) -> usize {
        let mut seen = 0;
        while let Some(next) = self.figures[i]
            .superseded_by
            .as_deref()
            .and_then(|id| self.position(id))
        {
            i = next;
            seen += 1;
            if seen > self.figures.len() {
                break;
            }
        }
        i
    }
}

/// The `claims.toml` in `dir` or the nearest of its parents.
pub fn discover(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}

fn error_at(origin: &str, text: &str, offset: usize, message: String) -> TableError {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    TableError {
        origin: origin.to_string(),
        line,
        column,
        message,
    }
}

/// Offset of the `id = "…"` line of a figure, to point errors at it.
fn id_offset(text: &str, id: &str) -> usize {
    let quoted = format!("\"{id}\"");
    text.match_indices(&quoted)
        .map(|(at, _)| at)
        .find(|&at| {
            text[..at].trim_end().ends_with('=')
                && text[..at]
                    .rsplit('\n')
                    .next()
                    .is_some_and(|l| l.trim_start().starts_with("id"))
        })
        .map(|at| text[..at].rfind('\n').map_or(0, |nl| nl + 1))
        .unwrap_or(0)
}

fn validate(figures: &[Figure], places: &[(&str, &str)]) -> Vec<TableError> {
    let mut errors = Vec::new();
    let ids: HashSet<&str> = figures.iter().map(|f| f.id.as_str()).collect();
    let mut seen: HashSet<&str> = HashSet::new();
    for (figure, &(name, text)) in figures.iter().zip(places) {
        let mut fail = |message: String| {
            errors.push(error_at(
                name,
                text,
                id_offset(text, &figure.id),
                format!("figure `{}`: {message}", figure.id),
            ));
        };
        if !seen.insert(&figure.id) {
            fail("this id is used by another figure".into());
        }
        let kebab = !figure.id.is_empty()
            && figure.id.split('-').all(|p| {
                !p.is_empty()
                    && p.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
        if !kebab {
            fail("ids are kebab-case: lower-case letters, digits and single hyphens".into());
        }
        if figure.value.is_none() && figure.low.is_none() && figure.high.is_none() {
            fail("give a `value`, or `low` and `high`".into());
        }
        if let (Some(low), Some(high)) = (figure.low, figure.high)
            && low > high
        {
            fail(format!("`low` ({low}) is above `high` ({high})"));
        }
        if figure.quantity == Quantity::Share {
            let (low, high) = (figure.low.or(figure.value), figure.high.or(figure.value));
            if [low, high]
                .into_iter()
                .flatten()
                .any(|v| !(0.0..=1.0).contains(&v))
            {
                fail("a share is a fraction of one: write 0.38 for 38 per cent".into());
            }
        }
        if matches!(figure.quantity, Quantity::Multiplier | Quantity::Change) && figure.of.is_none()
        {
            fail(format!(
                "a {} says what changed: add `of = \"share\"` or `of = \"count\"`",
                figure.quantity.as_str()
            ));
        }
        if figure.subject.is_empty() || figure.population.is_empty() {
            fail("`subject` and `population` need at least one term each, for matching".into());
        }
        if !figure.source.url.starts_with("https://") && !figure.source.url.starts_with("http://") {
            fail(format!(
                "`source.url` is not a web address: {}",
                figure.source.url
            ));
        }
        if figure.source.quote.trim().is_empty() {
            fail("`source.quote` is empty: every figure carries the source's own words".into());
        }
        for (field, target) in figure
            .superseded_by
            .iter()
            .map(|t| ("superseded_by", t))
            .chain(
                figure
                    .confusable_with
                    .iter()
                    .map(|t| ("confusable_with", t)),
            )
        {
            if !ids.contains(target.as_str()) {
                fail(format!(
                    "`{field}` names `{target}`, which is not in the table"
                ));
            } else if target == &figure.id {
                fail(format!("`{field}` names the figure itself"));
            }
        }
    }
    // Supersession must end: no edition may replace itself through a chain.
    let next: HashMap<&str, &str> = figures
        .iter()
        .filter_map(|f| f.superseded_by.as_deref().map(|s| (f.id.as_str(), s)))
        .collect();
    for (figure, &(name, text)) in figures.iter().zip(places) {
        let mut at = figure.id.as_str();
        for _ in 0..=figures.len() {
            match next.get(at) {
                Some(&n) if n == figure.id => {
                    errors.push(error_at(
                        name,
                        text,
                        id_offset(text, &figure.id),
                        format!(
                            "figure `{}`: `superseded_by` leads back to itself",
                            figure.id
                        ),
                    ));
                    break;
                }
                Some(&n) => at = n,
                None => break,
            }
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"schema = 1

[[figure]]
id = "a-share"
metric = "children as a share of detected victims"
quantity = "share"
value = 0.38
subject = ["children"]
population = ["victims"]
scope = "global"
period = "2022"
published = "2024-12-11"
source.publisher = "UNODC"
source.title = "Report"
source.url = "https://example.org/r"
source.quote = "children who now account for 38 per cent"
source.grade = "primary"
"#;

    #[test]
    fn the_builtin_table_is_valid() {
        let table = Table::builtin().unwrap();
        assert!(table.get("unodc-glotip-2024-children-share").is_some());
        let oldest = table.position("unodc-glotip-2020-children-share").unwrap();
        assert_eq!(
            table.figures[table.newest(oldest)].id,
            "unodc-glotip-2024-children-share"
        );
    }

    #[test]
    fn syntax_errors_point_at_line_and_column() {
        let broken = GOOD.replace("value = 0.38", "value = = 0.38");
        let err = Table::parse("t.toml", &broken).unwrap_err();
        assert_eq!((err.0[0].line, err.0[0].column), (7, 9), "{err}");
    }

    #[test]
    fn unknown_fields_are_refused() {
        let broken = GOOD.replace("scope = ", "scoop = \"x\"\nscope = ");
        let err = Table::parse("t.toml", &broken).unwrap_err().to_string();
        assert!(err.starts_with("t.toml:") && err.contains("scoop"), "{err}");
    }

    #[test]
    fn bad_entries_point_at_their_id() {
        let broken = GOOD.replace("value = 0.38", "value = 38\nsuperseded_by = \"nowhere\"");
        let err = Table::parse("t.toml", &broken).unwrap_err();
        let text: Vec<String> = err.0.iter().map(ToString::to_string).collect();
        assert_eq!(text.len(), 2, "{text:?}");
        assert!(
            text.iter()
                .all(|t| t.starts_with("t.toml:4:1: figure `a-share`")),
            "{text:?}"
        );
        assert!(text[0].contains("fraction of one"));
        assert!(text[1].contains("`nowhere`"));
    }

    #[test]
    fn merged_tables_refuse_duplicate_ids() {
        let err = Table::merge("a, b", &[("a.toml", GOOD), ("b.toml", GOOD)]).unwrap_err();
        assert!(err.to_string().starts_with("b.toml:4:1:"), "{err}");
    }

    #[test]
    fn discovery_walks_up_from_a_directory() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        assert_eq!(
            discover(&root.join("src/table")),
            Some(root.join(FILE_NAME))
        );
    }
}
