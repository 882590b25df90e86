//! The keys a table file may hold, their types, and the order `claims fmt` writes them in.

use super::figure::HEDGES;

/// What a key holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    /// A string.
    Str,
    /// One of these strings.
    Enum(&'static [&'static str]),
    /// A number, integer or decimal.
    Num,
    /// A list of strings.
    Strs,
    /// A table of these keys, written as dotted keys (`source.url = …`).
    Table(&'static [Key]),
    /// A list of tables of these keys, written as `[[figure.misstatements]]`.
    Tables(&'static [Key]),
}

impl Ty {
    /// How the type is described in a message.
    pub fn describe(self) -> String {
        match self {
            Ty::Str => "a string in double quotes".into(),
            Ty::Enum(names) => format!("one of {}", quoted(names)),
            Ty::Num => "a number".into(),
            Ty::Strs => "a list of strings, such as [\"children\", \"minors\"]".into(),
            Ty::Table(_) => "a table of keys".into(),
            Ty::Tables(_) => "a list of tables".into(),
        }
    }
}

/// One key of a table: its name, its path from the figure (`source.url`) and its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// The key as written inside its table.
    pub name: &'static str,
    /// The key's path from the figure, as diagnostics name it.
    pub path: &'static str,
    /// What it holds.
    pub ty: Ty,
    /// Whether every record must have it.
    pub required: bool,
}

const fn key(name: &'static str, path: &'static str, ty: Ty, required: bool) -> Key {
    Key {
        name,
        path,
        ty,
        required,
    }
}

/// The quantities, as the table spells them.
pub const QUANTITIES: &[&str] = &[
    "share",
    "count",
    "multiplier",
    "change",
    "money",
    "rate",
    "rank",
];

/// The timings of a count, as the table spells them.
pub const TIMINGS: &[&str] = &["stock", "per-year"];

/// The bases of a count of people, as the table spells them.
pub const BASES: &[&str] = &["detected", "estimated"];

/// The grades of a source, as the table spells them.
pub const GRADES: &[&str] = &["primary", "secondary"];

/// The keys of `source`, in canonical order.
pub const SOURCE: &[Key] = &[
    key("publisher", "source.publisher", Ty::Str, true),
    key("title", "source.title", Ty::Str, true),
    key("url", "source.url", Ty::Str, true),
    key("quote", "source.quote", Ty::Str, true),
    key("locator", "source.locator", Ty::Str, false),
    key("grade", "source.grade", Ty::Enum(GRADES), true),
];

/// The keys of one `[[figure.misstatements]]`, in canonical order.
pub const MISSTATEMENT: &[Key] = &[
    key("wording", "misstatements.wording", Ty::Str, true),
    key("value", "misstatements.value", Ty::Num, false),
    key("seen", "misstatements.seen", Ty::Str, true),
    key("url", "misstatements.url", Ty::Str, false),
];

/// The keys of one `[[figure]]`, in canonical order.
pub const FIGURE: &[Key] = &[
    key("id", "id", Ty::Str, true),
    key("metric", "metric", Ty::Str, true),
    key("quantity", "quantity", Ty::Enum(QUANTITIES), true),
    key("of", "of", Ty::Enum(QUANTITIES), false),
    key("value", "value", Ty::Num, false),
    key("low", "low", Ty::Num, false),
    key("high", "high", Ty::Num, false),
    key("tolerance", "tolerance", Ty::Num, false),
    key("hedge", "hedge", Ty::Enum(&HEDGES), false),
    key("unit", "unit", Ty::Str, false),
    key("subject", "subject", Ty::Strs, true),
    key("population", "population", Ty::Strs, true),
    key("scope", "scope", Ty::Str, true),
    key("period", "period", Ty::Str, true),
    key("published", "published", Ty::Str, true),
    key("superseded_by", "superseded_by", Ty::Str, false),
    key("confusable_with", "confusable_with", Ty::Strs, false),
    key("caveats", "caveats", Ty::Str, false),
    key("timing", "timing", Ty::Enum(TIMINGS), false),
    key("basis", "basis", Ty::Enum(BASES), false),
    key("statement", "statement", Ty::Str, false),
    key("source", "source", Ty::Table(SOURCE), true),
    key(
        "misstatements",
        "misstatements",
        Ty::Tables(MISSTATEMENT),
        false,
    ),
];

/// The top-level keys of a table file.
pub const FILE: &[Key] = &[
    key("schema", "schema", Ty::Num, true),
    key("figure", "figure", Ty::Tables(FIGURE), false),
];

/// The key of `keys` named `name`.
pub fn find(keys: &'static [Key], name: &str) -> Option<&'static Key> {
    keys.iter().find(|k| k.name == name)
}

/// The known key nearest to a misspelt one, when it is close enough to suggest.
pub fn nearest(keys: &[Key], name: &str) -> Option<&'static str> {
    keys.iter()
        .map(|k| (edit_distance(k.name, name), k.name))
        .filter(|&(d, known)| d <= 2.max(known.len() / 4) && d < known.len())
        .min()
        .map(|(_, known)| known)
}

/// Backticked names joined with commas: `` `a`, `b` ``.
pub fn quoted(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The number of single-character edits that turn `a` into `b`.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let next = (diagonal + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::{Grade, Quantity};

    #[test]
    fn the_schema_names_every_quantity_and_grade() {
        let names: Vec<&str> = Quantity::ALL.iter().map(|q| q.as_str()).collect();
        assert_eq!(names, QUANTITIES);
        let names: Vec<&str> = Grade::ALL.iter().map(|g| g.as_str()).collect();
        assert_eq!(names, GRADES);
    }

    #[test]
    fn misspelt_keys_get_a_suggestion() {
        assert_eq!(nearest(FIGURE, "scoop"), Some("scope"));
        assert_eq!(nearest(FIGURE, "superseeded_by"), Some("superseded_by"));
        assert_eq!(nearest(FIGURE, "colour"), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
