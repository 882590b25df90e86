//! Reading a table file into records, with the place of every key, and the problems found on the way.

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::schema::{self, Key, Ty};
use super::{Figure, SCHEMA};

/// How far a problem reaches when a table is loaded leniently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// The whole file is unusable.
    File,
    /// The record is unusable and is skipped.
    Record,
    /// One link of a usable record is dropped.
    Link(Link),
}

/// A link from one figure to another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// `superseded_by`.
    SupersededBy,
    /// One id of `confusable_with`.
    Confusable(String),
}

/// One problem in a table file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Which file, by its index among the files read together.
    pub file: usize,
    /// Byte offset of the offending key or value.
    pub offset: usize,
    /// The rule broken, a stable kebab-case name.
    pub code: &'static str,
    /// What is wrong, in plain words.
    pub message: String,
    /// What a lenient load does about it.
    pub scope: Scope,
    /// The record it is about, by its index among the usable records, when there is one.
    pub record: Option<usize>,
}

/// Where one key of a record was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyAt {
    /// The key's path from the figure (`source.url`).
    pub path: &'static str,
    /// The item of a list (`confusable_with`) or the misstatement the key belongs to.
    pub index: Option<usize>,
    /// Byte offset of the key, or of the list item.
    pub offset: usize,
}

/// One figure read from a file, with where each of its keys was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The figure.
    pub figure: Figure,
    /// Which file, by its index among the files read together.
    pub file: usize,
    /// Byte offset of its `[[figure]]` header.
    pub header: usize,
    /// Where each key, list item and misstatement key was written.
    pub keys: Vec<KeyAt>,
}

impl Record {
    /// Byte offset of a key (or of one item of a list key), else of the record's header.
    pub fn at(&self, path: &str, index: Option<usize>) -> usize {
        self.keys
            .iter()
            .find(|k| k.path == path && (index.is_none() || k.index == index))
            .map_or(self.header, |k| k.offset)
    }
}

/// What reading one file gave: its usable records and every problem met.
#[derive(Debug, Default, PartialEq)]
pub struct Read {
    /// Records whose every key has the right name and type.
    pub records: Vec<Record>,
    /// Problems of the file and of the records that could not be read.
    pub problems: Vec<Problem>,
    /// How many records could not be read.
    pub unreadable: usize,
}

/// Reads file number `file`, whose text is `text`.
pub fn read(file: usize, text: &str) -> Read {
    let mut out = Read::default();
    let root = match DeTable::parse(text) {
        Ok(root) => root,
        Err(e) => {
            let offset = e.span().map_or(0, |s| s.start);
            out.problems.push(file_problem(
                file,
                offset,
                "syntax",
                format!("this is not valid TOML: {}", e.message().trim_end()),
            ));
            return out;
        }
    };
    let root = root.into_inner();
    let mut schema_seen = false;
    for (k, v) in root.iter() {
        match k.get_ref().as_ref() {
            "schema" => {
                schema_seen = true;
                let version = v.get_ref().as_integer().map(|i| i.as_str().to_string());
                if version.as_deref() != Some(&SCHEMA.to_string()) {
                    out.problems.push(file_problem(
                        file,
                        v.span().start,
                        "schema",
                        format!(
                            "`schema = {}` is not a schema this tipcheck reads: write `schema = {SCHEMA}`, or upgrade tipcheck",
                            &text[v.span()]
                        ),
                    ));
                }
            }
            "figure" => match v.get_ref() {
                DeValue::Array(items) if items.iter().all(|i| i.get_ref().is_table()) => {
                    for item in items.iter() {
                        read_figure(file, item, &mut out);
                    }
                }
                _ => out.problems.push(file_problem(
                    file,
                    k.span().start,
                    "wrong-type",
                    "`figure` is a list of tables: write each figure under its own `[[figure]]` header".into(),
                )),
            },
            other => out.problems.push(file_problem(
                file,
                k.span().start,
                "unknown-key",
                unknown_key_message(other, schema::FILE, "a table file"),
            )),
        }
    }
    if !schema_seen {
        out.problems.push(file_problem(
            file,
            0,
            "schema",
            format!("the file does not say its schema: add `schema = {SCHEMA}` as its first line"),
        ));
    }
    out
}

fn file_problem(file: usize, offset: usize, code: &'static str, message: String) -> Problem {
    Problem {
        file,
        offset,
        code,
        message,
        scope: Scope::File,
        record: None,
    }
}

fn unknown_key_message(name: &str, keys: &[Key], place: &str) -> String {
    let mut message = format!("`{name}` is not a key of {place}");
    match schema::nearest(keys, name) {
        Some(near) => message.push_str(&format!(": did you mean `{near}`?")),
        None => {
            let names: Vec<&str> = keys.iter().map(|k| k.name).collect();
            message.push_str(&format!("; the keys are {}", schema::quoted(&names)));
        }
    }
    message
}

/// Checks one `[[figure]]` table against the schema, and turns it into a record when it fits.
fn read_figure(file: usize, item: &Spanned<DeValue<'_>>, out: &mut Read) {
    let header = item.span().start;
    let Some(table) = item.get_ref().as_table() else {
        return;
    };
    let id = table
        .get("id")
        .and_then(|v| v.get_ref().as_str())
        .map(str::to_string);
    let name = match &id {
        Some(id) => format!("figure `{id}`"),
        None => "this figure".to_string(),
    };
    let mut problems = Vec::new();
    let mut keys = Vec::new();
    check_table(
        table,
        header,
        schema::FIGURE,
        None,
        &name,
        &mut keys,
        &mut problems,
    );
    if problems.is_empty() {
        match Figure::deserialize(ValueDeserializer::from(item.clone())) {
            Ok(figure) => {
                keys.sort_by_key(|k| k.offset);
                out.records.push(Record {
                    figure,
                    file,
                    header,
                    keys,
                });
                return;
            }
            Err(e) => problems.push((
                e.span().map_or(header, |s| s.start),
                "wrong-type",
                format!("{name}: {}", e.message().trim_end()),
            )),
        }
    }
    out.unreadable += 1;
    out.problems
        .extend(problems.into_iter().map(|(offset, code, message)| Problem {
            file,
            offset,
            code,
            message,
            scope: Scope::Record,
            record: None,
        }));
}

type Found = (usize, &'static str, String);

/// Checks the keys of `table` against `spec`, recording where each key is.
fn check_table(
    table: &DeTable<'_>,
    header: usize,
    spec: &'static [Key],
    index: Option<usize>,
    name: &str,
    keys: &mut Vec<KeyAt>,
    problems: &mut Vec<Found>,
) {
    for (k, v) in table.iter() {
        let key_name = k.get_ref().as_ref();
        let at = k.span().start;
        let Some(key) = schema::find(spec, key_name) else {
            let place = match spec.first().map(|k| k.path) {
                Some(p) if p.starts_with("source.") => "`source`",
                Some(p) if p.starts_with("misstatements.") => "a misstatement",
                _ => "a figure",
            };
            problems.push((
                at,
                "unknown-key",
                format!("{name}: {}", unknown_key_message(key_name, spec, place)),
            ));
            continue;
        };
        keys.push(KeyAt {
            path: key.path,
            index,
            offset: at,
        });
        check_value(key, v, at, name, keys, problems);
    }
    for key in spec.iter().filter(|k| k.required) {
        if table.get(key.name).is_none() {
            problems.push((
                header,
                "missing-key",
                format!(
                    "{name}: `{}` is missing; it is required and holds {}",
                    key.path,
                    key.ty.describe()
                ),
            ));
        }
    }
}

fn check_value(
    key: &'static Key,
    v: &Spanned<DeValue<'_>>,
    at: usize,
    name: &str,
    keys: &mut Vec<KeyAt>,
    problems: &mut Vec<Found>,
) {
    let wrong = |problems: &mut Vec<Found>| {
        problems.push((
            at,
            "wrong-type",
            format!(
                "{name}: `{}` holds {}, not {}",
                key.path,
                key.ty.describe(),
                describe_value(v.get_ref())
            ),
        ));
    };
    match (key.ty, v.get_ref()) {
        (Ty::Str, DeValue::String(_)) => {}
        (Ty::Num, DeValue::Integer(_) | DeValue::Float(_)) => {}
        (Ty::Enum(names), DeValue::String(s)) => {
            if !names.contains(&s.as_ref()) {
                problems.push((
                    at,
                    "bad-value",
                    format!(
                        "{name}: `{}` is \"{s}\", which is not {}",
                        key.path,
                        key.ty.describe()
                    ),
                ));
            }
        }
        (Ty::Strs, DeValue::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                keys.push(KeyAt {
                    path: key.path,
                    index: Some(i),
                    offset: item.span().start,
                });
                if !item.get_ref().is_str() {
                    problems.push((
                        item.span().start,
                        "wrong-type",
                        format!(
                            "{name}: item {} of `{}` is {}; the list holds strings only",
                            i + 1,
                            key.path,
                            describe_value(item.get_ref())
                        ),
                    ));
                }
            }
        }
        (Ty::Table(spec), DeValue::Table(table)) => {
            check_table(table, at, spec, None, name, keys, problems);
        }
        (Ty::Tables(spec), DeValue::Array(items))
            if items.iter().all(|i| i.get_ref().is_table()) =>
        {
            for (i, item) in items.iter().enumerate() {
                if let Some(table) = item.get_ref().as_table() {
                    check_table(
                        table,
                        item.span().start,
                        spec,
                        Some(i),
                        name,
                        keys,
                        problems,
                    );
                }
            }
        }
        _ => wrong(problems),
    }
}

fn describe_value(v: &DeValue<'_>) -> String {
    match v {
        DeValue::String(s) => format!("the string \"{s}\""),
        DeValue::Integer(i) => format!("the number {}", i.as_str()),
        DeValue::Float(f) => format!("the number {}", f.as_str()),
        DeValue::Boolean(b) => format!("the boolean {b}"),
        DeValue::Datetime(d) => format!("the date {d} (write dates in double quotes)"),
        DeValue::Array(_) => "a list".into(),
        DeValue::Table(_) => "a table".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str = "schema = 1\n\n[[figure]]\nid = \"a\"\nmetric = \"m\"\nquantity = \"share\"\nvalue = 0.5\nsubject = [\"x\", \"y\"]\npopulation = [\"p\"]\nscope = \"global\"\nperiod = \"2020\"\npublished = \"2021\"\nsource.publisher = \"P\"\nsource.title = \"T\"\nsource.url = \"https://example.org/\"\nsource.quote = \"half of them\"\nsource.grade = \"primary\"\n\n[[figure.misstatements]]\nwording = \"w\"\nseen = \"s\"\n";

    #[test]
    fn a_good_record_knows_where_its_keys_are() {
        let read = read(0, ONE);
        assert_eq!(read.problems, []);
        let record = &read.records[0];
        let line_of = |offset: usize| ONE[..offset].matches('\n').count() + 1;
        assert_eq!(line_of(record.header), 3);
        assert_eq!(line_of(record.at("value", None)), 7);
        assert_eq!(line_of(record.at("subject", Some(1))), 8);
        assert_eq!(&ONE[record.at("source.url", None)..][..3], "url");
        assert_eq!(line_of(record.at("misstatements.seen", Some(0))), 21);
        assert_eq!(record.figure.misstatements[0].seen, "s");
    }

    #[test]
    fn every_problem_of_a_record_is_reported() {
        let text = ONE
            .replace("scope = ", "scoop = \"x\"\nscope = ")
            .replace("value = 0.5", "value = \"0.5\"")
            .replace("metric = \"m\"\n", "");
        let read = read(0, &text);
        assert!(read.records.is_empty());
        let codes: Vec<&str> = read.problems.iter().map(|p| p.code).collect();
        assert_eq!(
            codes,
            ["unknown-key", "wrong-type", "missing-key"],
            "{read:?}"
        );
        assert!(read.problems[0].message.contains("did you mean `scope`"));
    }

    #[test]
    fn syntax_and_schema_problems_concern_the_file() {
        let read_bad = read(0, "schema = 2\nfigure = 3\nextra = 1\n");
        let codes: Vec<&str> = read_bad.problems.iter().map(|p| p.code).collect();
        assert_eq!(codes, ["unknown-key", "wrong-type", "schema"]);
        assert!(read_bad.problems.iter().all(|p| p.scope == Scope::File));
        let broken = read(0, "schema = = 1\n");
        assert_eq!(
            (broken.problems[0].code, broken.problems[0].offset),
            ("syntax", 9)
        );
    }
}
