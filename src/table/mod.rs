//! The table of sourced figures: loading, validation, lookup and the term index.

mod builtin;
mod canonical;
mod fast;
mod figure;
mod index;
mod quote;
mod read;
mod rules;
mod scalars;
mod schema;

pub use figure::{Basis, Figure, Grade, HEDGES, Misstatement, Quantity, Source, Timing};
pub(crate) use index::FastMap;
pub use index::{Role, Roles, TermHit, TermIndex};
pub use quote::missing_from_quote;
pub use rules::{RULES, is_partial};
pub use schema::edit_distance;

use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};

use read::{Link, Problem, Record, Scope};
use rules::{Strictness, line_column};

/// The table compiled into the binary: the project's own `claims.toml`.
pub const BUILTIN: &str = include_str!("../../claims.toml");

/// The name the built-in table goes by in messages.
pub const BUILTIN_NAME: &str = "built-in";

/// The file name looked for in the working directory and its parents.
pub const FILE_NAME: &str = "claims.toml";

/// The schema version this build reads.
pub const SCHEMA: u32 = 1;

/// A problem in a table file, with the place it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableError {
    /// The table's name (a path, or `built-in`).
    pub origin: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// The rule broken, a stable kebab-case name (`duplicate-id`, `not-https`).
    pub code: &'static str,
    /// What is wrong, in plain words.
    pub message: String,
}

impl TableError {
    /// `file:line:column: LEVEL[code]: message`, the form editors and CI logs understand.
    pub fn render(&self, level: &str) -> String {
        format!(
            "{}:{}:{}: {level}[{}]: {}",
            self.origin, self.line, self.column, self.code, self.message
        )
    }
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render("error"))
    }
}

/// Every problem found in a set of table files.
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

/// A table loaded leniently, and the warnings for what was left out of it.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The usable figures.
    pub table: Table,
    /// One warning per record or link left out, naming its file and line.
    pub warnings: Vec<TableError>,
}

/// What `claims lint` found in a set of table files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Linted {
    /// How many figures the files define.
    pub figures: usize,
    /// Every problem, in file order.
    pub errors: Vec<TableError>,
}

/// The figures in use, indexed for lookup by id and by term.
#[derive(Debug, Clone)]
pub struct Table {
    /// Where the figures came from: `built-in`, or the names of the table files.
    pub origin: String,
    /// Every figure, in file order.
    pub figures: Vec<Figure>,
    /// The file and byte offset each figure is defined at.
    places: Vec<(usize, usize)>,
    /// The name and text of each file the figures come from.
    files: Vec<(String, Cow<'static, str>)>,
    by_id: FastMap<String, usize>,
    index: TermIndex,
    /// What the check derives from the whole table, made the first time it is needed.
    derived: figure::Derived,
}

/// Reads every file, the quick way when a file is in canonical form; also counts the records
/// too broken to read.
fn read_all(files: &[(&str, &str)]) -> (Vec<Record>, Vec<Problem>, usize) {
    let mut records = Vec::new();
    let mut problems = Vec::new();
    let mut unreadable = 0;
    for (i, &(_, text)) in files.iter().enumerate() {
        match fast::read_canonical(i, text) {
            Some(found) => records.extend(found),
            None => {
                let read = read::read(i, text);
                records.extend(read.records);
                problems.extend(read.problems);
                unreadable += read.unreadable;
            }
        }
    }
    (records, problems, unreadable)
}

/// A problem as a user reads it: file, line, column, rule and message.
fn located(p: &Problem, files: &[(&str, &str)]) -> TableError {
    let (origin, text) = files.get(p.file).copied().unwrap_or(("", ""));
    let (line, column) = line_column(text, p.offset);
    TableError {
        origin: origin.to_string(),
        line,
        column,
        code: p.code,
        message: p.message.clone(),
    }
}

fn sorted(mut problems: Vec<Problem>) -> Vec<Problem> {
    problems.sort_by(|a, b| (a.file, a.offset, a.code).cmp(&(b.file, b.offset, b.code)));
    problems
}

/// Every problem of `files` read together, every rule applied: what `claims lint` reports.
pub fn lint(files: &[(&str, &str)]) -> Linted {
    let (records, mut problems, unreadable) = read_all(files);
    problems.extend(rules::check(&records, Strictness::Lint, false, files));
    Linted {
        figures: records.len() + unreadable,
        errors: sorted(problems).iter().map(|p| located(p, files)).collect(),
    }
}

impl Table {
    /// The table compiled into the binary. The test suite lints it, so when it reads in
    /// canonical form it is used as it is (its figures as the build script read them, else as
    /// the canonical reader reads them); otherwise it is read and validated in full.
    pub fn builtin() -> Result<Table, TableErrors> {
        let files = [(BUILTIN_NAME, BUILTIN)];
        match builtin::records().or_else(|| fast::read_figures(BUILTIN)) {
            Some(records) => Ok(Table::build(records, &files)),
            None => Table::strict(&files),
        }
    }

    /// The table compiled into the binary, built once per process and never dropped: a run
    /// that checks one draft does not pay for freeing it, and later runs share it.
    pub fn builtin_shared() -> Result<&'static Table, TableErrors> {
        static SHARED: std::sync::OnceLock<Result<Table, TableErrors>> = std::sync::OnceLock::new();
        SHARED
            .get_or_init(Table::builtin)
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Reads and validates one table file's text; `origin` names it in errors.
    pub fn parse(origin: &str, text: &str) -> Result<Table, TableErrors> {
        Table::strict(&[(origin, text)])
    }

    /// Reads and validates several table files as one table; ids must be unique across them.
    pub fn merge(origin: &str, files: &[(&str, &str)]) -> Result<Table, TableErrors> {
        let mut table = Table::strict(files)?;
        table.origin = origin.to_string();
        Ok(table)
    }

    fn strict(files: &[(&str, &str)]) -> Result<Table, TableErrors> {
        let (records, mut problems, _) = read_all(files);
        problems.extend(rules::check(&records, Strictness::Load, false, files));
        if !problems.is_empty() {
            return Err(TableErrors(
                sorted(problems).iter().map(|p| located(p, files)).collect(),
            ));
        }
        Ok(Table::build(records, files))
    }

    /// Reads table files for use, leaving out what fails validation: a bad record is skipped
    /// and a link to a missing figure dropped, each with a warning. Only a file that cannot be
    /// read at all (bad TOML, another schema) is an error. With `builtin`, the built-in table
    /// comes first, as if it were the first file.
    pub fn load(builtin: bool, files: &[(&str, &str)]) -> Result<Loaded, TableErrors> {
        let all: Vec<(&str, &str)> = builtin
            .then_some((BUILTIN_NAME, BUILTIN))
            .into_iter()
            .chain(files.iter().copied())
            .collect();
        let (mut records, mut problems, _) = read_all(&all);
        let fatal: Vec<TableError> = sorted(problems.clone())
            .iter()
            .filter(|p| p.scope == Scope::File)
            .map(|p| located(p, &all))
            .collect();
        if !fatal.is_empty() {
            return Err(TableErrors(fatal));
        }
        problems.extend(rules::check(&records, Strictness::Load, true, &all));
        let mut warnings = Vec::new();
        let mut skip = vec![false; records.len()];
        for p in sorted(problems) {
            let mut warning = located(&p, &all);
            match (&p.scope, p.record) {
                (Scope::Link(link), Some(i)) => {
                    if let Some(record) = records.get_mut(i) {
                        let figure = &mut record.figure;
                        match link {
                            Link::SupersededBy => figure.superseded_by = None,
                            Link::Confusable(id) => figure.confusable_with.retain(|c| c != id),
                        }
                    }
                    warning.message.push_str("; the link is left out");
                }
                (_, record) => {
                    if let Some(skipped) = record.and_then(|i| skip.get_mut(i)) {
                        *skipped = true;
                    }
                    warning.message.push_str("; this figure is left out");
                }
            }
            warnings.push(warning);
        }
        let kept = records
            .into_iter()
            .zip(skip)
            .filter_map(|(r, skip)| (!skip).then_some(r))
            .collect();
        let mut table = Table::build(kept, &all);
        table.origin = all.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ");
        Ok(Loaded { table, warnings })
    }

    fn build(records: Vec<Record>, files: &[(&str, &str)]) -> Table {
        let places = records.iter().map(|r| (r.file, r.header)).collect();
        let figures: Vec<Figure> = records.into_iter().map(|r| r.figure).collect();
        let by_id = figures
            .iter()
            .enumerate()
            .map(|(i, f)| (f.id.clone(), i))
            .collect();
        let files = files
            .iter()
            .map(|&(name, text)| {
                let text = if std::ptr::eq(text, BUILTIN) {
                    Cow::Borrowed(BUILTIN)
                } else {
                    Cow::Owned(text.to_string())
                };
                (name.to_string(), text)
            })
            .collect::<Vec<_>>();
        Table {
            origin: files
                .iter()
                .map(|(n, _)| n.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            index: TermIndex::new(&figures),
            figures,
            places,
            files,
            by_id,
            derived: Default::default(),
        }
    }

    /// A slot the check fills once with what it derives from the whole table (see
    /// [`Figure::derived`] for one figure's).
    pub fn derived(&self) -> &figure::Derived {
        &self.derived
    }

    /// The figure with this id.
    pub fn get(&self, id: &str) -> Option<&Figure> {
        self.by_id.get(id).and_then(|&i| self.figures.get(i))
    }

    /// Figure `i`, if there is one.
    pub fn figure(&self, i: usize) -> Option<&Figure> {
        self.figures.get(i)
    }

    /// The index of the figure with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The term index over every figure's subject and population.
    pub fn index(&self) -> &TermIndex {
        &self.index
    }

    /// `file:line` where figure `i` is defined.
    pub fn defined_at(&self, i: usize) -> String {
        let Some((name, text, offset)) = self
            .places
            .get(i)
            .and_then(|&(file, offset)| self.files.get(file).map(|(n, t)| (n, t, offset)))
        else {
            return self.origin.clone();
        };
        format!("{name}:{}", line_column(text, offset).0)
    }

    /// The figures whose `superseded_by` names figure `i`: the editions it replaced.
    pub fn supersedes(&self, i: usize) -> Vec<usize> {
        let Some(id) = self.figures.get(i).map(|f| &f.id) else {
            return Vec::new();
        };
        self.figures
            .iter()
            .enumerate()
            .filter(|(_, f)| f.superseded_by.as_ref() == Some(id))
            .map(|(j, _)| j)
            .collect()
    }

    /// The newest edition of figure `i`, following `superseded_by`.
    pub fn newest(&self, mut i: usize) -> usize {
        let mut seen = 0;
        while let Some(next) = self
            .figures
            .get(i)
            .and_then(|f| f.superseded_by.as_deref())
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

/// Why a table file cannot be put in canonical form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// The file has problems that formatting would hide or lose; `claims lint` explains them.
    Invalid(TableErrors),
    /// Comments outside the top block would be lost.
    Comments(Vec<TableError>),
    /// The formatted text would not hold the same figures (a bug in tipcheck).
    Lossy,
}

/// The canonical form of a table file, or why it cannot be given safely.
pub fn canonical_form(name: &str, text: &str) -> Result<String, FormatError> {
    let files = [(name, text)];
    let read = read::read(0, text);
    if !read.problems.is_empty() {
        return Err(FormatError::Invalid(TableErrors(
            sorted(read.problems)
                .iter()
                .map(|p| located(p, &files))
                .collect(),
        )));
    }
    let comments = canonical::stray_comments(text);
    if !comments.is_empty() {
        return Err(FormatError::Comments(
            comments
                .into_iter()
                .map(|offset| {
                    let (line, column) = line_column(text, offset);
                    TableError {
                        origin: name.to_string(),
                        line,
                        column,
                        code: "comment",
                        message: "`claims fmt` keeps only the comment block at the top of the file; move this comment there or into `caveats`".into(),
                    }
                })
                .collect(),
        ));
    }
    let mut figures: Vec<Figure> = read.records.into_iter().map(|r| r.figure).collect();
    let out = canonical::format(canonical::header(text), &figures);
    // Nothing may be lost: the formatted text must hold the same figures.
    let again: Vec<Figure> = read::read(0, &out)
        .records
        .into_iter()
        .map(|r| r.figure)
        .collect();
    figures.sort_by(|a, b| a.id.cmp(&b.id));
    if again != figures {
        return Err(FormatError::Lossy);
    }
    Ok(out)
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
    fn the_builtin_table_is_valid_and_lints_clean() {
        let table = Table::builtin().unwrap();
        assert!(table.get("unodc-glotip-2024-children-share").is_some());
        let oldest = table.position("unodc-glotip-2020-children-share").unwrap();
        assert_eq!(
            table.figures[table.newest(oldest)].id,
            "unodc-glotip-2024-children-share"
        );
        let linted = lint(&[("claims.toml", BUILTIN)]);
        assert_eq!(linted.errors, [], "{}", TableErrors(linted.errors.clone()));
        assert_eq!(linted.figures, table.figures.len());
    }

    #[test]
    fn syntax_errors_point_at_line_and_column() {
        let broken = GOOD.replace("value = 0.38", "value = = 0.38");
        let err = Table::parse("t.toml", &broken).unwrap_err();
        assert_eq!((err.0[0].line, err.0[0].column), (7, 9), "{err}");
        assert_eq!(err.0[0].code, "syntax");
    }

    #[test]
    fn unknown_fields_are_refused_at_their_key() {
        let broken = GOOD.replace("scope = ", "scoop = \"x\"\nscope = ");
        let err = Table::parse("t.toml", &broken).unwrap_err().to_string();
        assert!(
            err.starts_with("t.toml:10:1: error[unknown-key]: figure `a-share`: `scoop`"),
            "{err}"
        );
    }

    #[test]
    fn bad_entries_point_at_the_offending_key() {
        let broken = GOOD.replace("value = 0.38", "value = 38\nsuperseded_by = \"nowhere\"");
        let err = Table::parse("t.toml", &broken).unwrap_err();
        let text: Vec<String> = err.0.iter().map(ToString::to_string).collect();
        assert_eq!(text.len(), 2, "{text:?}");
        assert!(
            text[0].starts_with("t.toml:7:1: error[share-out-of-range]: figure `a-share`"),
            "{text:?}"
        );
        assert!(
            text[1].starts_with("t.toml:8:1: error[dangling-reference]")
                && text[1].contains("`nowhere`"),
            "{text:?}"
        );
    }

    #[test]
    fn merged_tables_refuse_duplicate_ids_naming_both_places() {
        let err = Table::merge("a, b", &[("a.toml", GOOD), ("b.toml", GOOD)]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "b.toml:4:1: error[duplicate-id]: figure `a-share`: this id is already defined at a.toml:4:1; an id names one figure in all the tables in use"
        );
    }

    #[test]
    fn a_lenient_load_skips_bad_records_and_drops_dangling_links() {
        let second = GOOD
            .replace("a-share", "b-share")
            .replace("value = 0.38", "value = 38");
        let third = GOOD.replace("a-share", "c-share").replace(
            "value = 0.38",
            "value = 0.38\nconfusable_with = [\"b-share\"]",
        );
        let text = format!("{GOOD}\n{}\n{}", &second[11..], &third[11..]);
        let loaded = Table::load(false, &[("t.toml", &text)]).unwrap();
        let ids: Vec<&str> = loaded.table.figures.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, ["a-share", "c-share"]);
        assert!(loaded.table.figures[1].confusable_with.is_empty());
        let warnings: Vec<String> = loaded
            .warnings
            .iter()
            .map(|w| w.render("warning"))
            .collect();
        assert_eq!(warnings.len(), 2, "{warnings:#?}");
        assert!(
            warnings[0].starts_with("t.toml:24:1: warning[share-out-of-range]: figure `b-share`")
        );
        assert!(warnings[0].ends_with("; this figure is left out"));
        assert!(
            warnings[1].starts_with("t.toml:42:20: warning[dangling-reference]: figure `c-share`")
        );
        assert!(warnings[1].ends_with("; the link is left out"));
        assert_eq!(loaded.table.defined_at(1), "t.toml:37");
    }

    #[test]
    fn a_lenient_load_still_refuses_an_unreadable_file() {
        let err = Table::load(true, &[("t.toml", "schema = 2\n")]).unwrap_err();
        assert_eq!(err.0[0].code, "schema");
        let loaded = Table::load(true, &[("t.toml", GOOD)]).unwrap();
        assert_eq!(loaded.warnings, []);
        assert!(loaded.table.get("a-share").is_some());
        assert!(
            loaded
                .table
                .get("unodc-glotip-2024-children-share")
                .is_some()
        );
        assert_eq!(loaded.table.origin, "built-in, t.toml");
    }

    #[test]
    fn formatting_refuses_to_lose_comments() {
        let commented = GOOD.replace("scope = ", "# why global\nscope = ");
        match canonical_form("t.toml", &commented) {
            Err(FormatError::Comments(c)) => assert_eq!((c[0].line, c[0].column), (10, 1)),
            other => panic!("{other:?}"),
        }
        let formatted = canonical_form("t.toml", GOOD).unwrap();
        assert_eq!(canonical_form("t.toml", &formatted).unwrap(), formatted);
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
