//! A quick reader for tables in canonical form, the form `claims fmt` writes.
//!
//! The built-in table is always canonical (a test asserts it), and reading it this way costs a
//! fraction of a general TOML parse. Anything outside the canonical subset makes the reader give
//! up, and the caller falls back to the full reader, so the two never disagree (a test asserts
//! they give the same records for the built-in table).

use super::figure::{Basis, Grade, Misstatement, Quantity, Source, Timing};
use super::read::{KeyAt, Record};
use super::scalars::{basic_string, number};
use super::schema::{self, Key, Ty};
use super::{Figure, SCHEMA};

/// The records of a canonical table file, or `None` when the text is not in canonical form.
pub fn read_canonical(file: usize, text: &str) -> Option<Vec<Record>> {
    read_with(file, text, true)
}

/// The figures of a canonical table file and their header offsets, without the place of each
/// key: what a table needs when nothing will be reported about the file.
pub fn read_figures(text: &str) -> Option<Vec<Record>> {
    read_with(0, text, false)
}

fn read_with(file: usize, text: &str, with_keys: bool) -> Option<Vec<Record>> {
    let mut records = Vec::new();
    let mut current: Option<Builder> = None;
    let mut schema_seen = false;
    for (at, line) in lines(text) {
        if line.is_empty() {
            continue;
        }
        if line.starts_with('#') {
            if schema_seen {
                return None;
            }
            continue;
        }
        if !schema_seen {
            if line != format!("schema = {SCHEMA}") {
                return None;
            }
            schema_seen = true;
            continue;
        }
        match line {
            "[[figure]]" => {
                if let Some(done) = current.take() {
                    records.push(done.finish(file)?);
                }
                current = Some(Builder::new(at, with_keys));
            }
            "[[figure.misstatements]]" => current.as_mut()?.start_misstatement(at)?,
            _ => current.as_mut()?.key_line(line, at)?,
        }
    }
    if let Some(done) = current.take() {
        records.push(done.finish(file)?);
    }
    schema_seen.then_some(records)
}

/// Each line of `text` without its line feed, and the byte offset where it starts.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    ends.filter_map(move |end| {
        let at = start;
        start = end + 1;
        // A line feed is ASCII, so `at..end` falls on character boundaries.
        text.get(at..end).map(|line| (at, line))
    })
}

/// A value as written on one line.
enum Value {
    Str(String),
    /// One of the names a key allows.
    Name(&'static str),
    Num(f64),
    /// The strings, and the byte offset of each.
    Strs(Vec<String>, Vec<usize>),
}

/// Slots for the values of a figure's keys, then of its source's keys, in schema order.
const SLOTS: usize = SOURCE_SLOT + schema::SOURCE.len();
const SOURCE_SLOT: usize = schema::FIGURE.len();

#[derive(Default)]
struct Builder {
    header: usize,
    keys: Vec<KeyAt>,
    values: Vec<Option<Value>>,
    misstatements: Vec<Vec<Option<Value>>>,
    source_seen: bool,
    with_keys: bool,
}

impl Builder {
    fn new(header: usize, with_keys: bool) -> Builder {
        let mut values = Vec::with_capacity(SLOTS);
        values.resize_with(SLOTS, || None);
        Builder {
            header,
            keys: if with_keys {
                Vec::with_capacity(64)
            } else {
                Vec::new()
            },
            values,
            with_keys,
            ..Builder::default()
        }
    }

    fn start_misstatement(&mut self, at: usize) -> Option<()> {
        if self.misstatements.is_empty() && self.with_keys {
            let name = "[[figure.".len();
            self.keys.push(KeyAt {
                path: "misstatements",
                index: None,
                offset: at + name,
            });
        }
        let mut slots = Vec::with_capacity(schema::MISSTATEMENT.len());
        slots.resize_with(schema::MISSTATEMENT.len(), || None);
        self.misstatements.push(slots);
        Some(())
    }

    fn key_line(&mut self, line: &str, at: usize) -> Option<()> {
        let end = line
            .bytes()
            .position(|b| !(b.is_ascii_lowercase() || b == b'_' || b == b'.'))?;
        let (name, raw) = line.split_at_checked(end)?;
        let raw = raw.strip_prefix(" = ")?;
        let in_misstatement = !self.misstatements.is_empty();
        let position = |keys: &'static [Key], name: &str| {
            keys.iter()
                .enumerate()
                .find(|(_, k)| k.name == name)
                .map(|(slot, key)| (key, slot))
        };
        let (key, slot, key_offset): (&'static Key, usize, usize) = if in_misstatement {
            let (key, slot) = position(schema::MISSTATEMENT, name)?;
            (key, slot, at)
        } else if let Some(inner) = name.strip_prefix("source.") {
            if !self.source_seen && self.with_keys {
                self.source_seen = true;
                self.keys.push(KeyAt {
                    path: "source",
                    index: None,
                    offset: at,
                });
            }
            let (key, slot) = position(schema::SOURCE, inner)?;
            (key, SOURCE_SLOT + slot, at + "source.".len())
        } else {
            let (key, slot) = position(schema::FIGURE, name)?;
            if matches!(key.ty, Ty::Table(_) | Ty::Tables(_)) {
                return None;
            }
            (key, slot, at)
        };
        let value_offset = at + name.len() + " = ".len();
        let value = parse_value(key.ty, raw, value_offset, self.with_keys)?;
        if self.with_keys {
            self.keys.push(KeyAt {
                path: key.path,
                index: self.misstatements.len().checked_sub(1),
                offset: key_offset,
            });
            if let Value::Strs(_, offsets) = &value {
                self.keys
                    .extend(offsets.iter().enumerate().map(|(i, &offset)| KeyAt {
                        path: key.path,
                        index: Some(i),
                        offset,
                    }));
            }
        }
        let slots = match self.misstatements.last_mut() {
            Some(m) => m,
            None => &mut self.values,
        };
        let slot = slots.get_mut(slot)?;
        if slot.is_some() {
            return None;
        }
        *slot = Some(value);
        Some(())
    }

    fn finish(self, file: usize) -> Option<Record> {
        let mut v = Fields(self.values);
        let misstatements = self
            .misstatements
            .into_iter()
            .map(|m| {
                let mut m = Fields(m);
                Some(Misstatement {
                    wording: m.string(0)?,
                    value: m.number(1),
                    seen: m.string(2)?,
                    url: m.string(3),
                })
            })
            .collect::<Option<Vec<_>>>()?;
        let figure = Figure {
            id: v.string(0)?,
            metric: v.string(1)?,
            quantity: Quantity::from_name(v.name(2)?)?,
            of: match v.name(3) {
                Some(name) => Some(Quantity::from_name(name)?),
                None => None,
            },
            value: v.number(4),
            low: v.number(5),
            high: v.number(6),
            tolerance: v.number(7),
            hedge: v.name(8).map(str::to_string),
            unit: v.string(9),
            subject: v.strings(10)?,
            population: v.strings(11)?,
            scope: v.string(12)?,
            period: v.string(13)?,
            published: v.string(14)?,
            superseded_by: v.string(15),
            confusable_with: v.strings(16).unwrap_or_default(),
            caveats: v.string(17),
            timing: match v.name(18) {
                Some(name) => Some(Timing::from_name(name)?),
                None => None,
            },
            basis: match v.name(19) {
                Some(name) => Some(Basis::from_name(name)?),
                None => None,
            },
            statement: v.string(20),
            derived: Default::default(),
            source: Source {
                publisher: v.string(SOURCE_SLOT)?,
                title: v.string(SOURCE_SLOT + 1)?,
                url: v.string(SOURCE_SLOT + 2)?,
                quote: v.string(SOURCE_SLOT + 3)?,
                locator: v.string(SOURCE_SLOT + 4),
                grade: Grade::from_name(v.name(SOURCE_SLOT + 5)?)?,
            },
            misstatements,
        };
        Some(Record {
            figure,
            file,
            header: self.header,
            keys: self.keys,
        })
    }
}

/// The values of one table, by slot.
struct Fields(Vec<Option<Value>>);

impl Fields {
    fn string(&mut self, slot: usize) -> Option<String> {
        match self.0.get_mut(slot)?.take()? {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    fn name(&mut self, slot: usize) -> Option<&'static str> {
        match self.0.get_mut(slot)?.take()? {
            Value::Name(s) => Some(s),
            _ => None,
        }
    }

    fn number(&mut self, slot: usize) -> Option<f64> {
        match self.0.get_mut(slot)?.take()? {
            Value::Num(n) => Some(n),
            _ => None,
        }
    }

    fn strings(&mut self, slot: usize) -> Option<Vec<String>> {
        match self.0.get_mut(slot)?.take()? {
            Value::Strs(items, _) => Some(items),
            _ => None,
        }
    }
}

fn parse_value(ty: Ty, raw: &str, offset: usize, with_offsets: bool) -> Option<Value> {
    match ty {
        Ty::Str => {
            let (s, rest) = basic_string(raw)?;
            rest.is_empty().then_some(Value::Str(s))
        }
        Ty::Enum(names) => {
            let name = raw.strip_prefix('"')?.strip_suffix('"')?;
            names.iter().find(|&&n| n == name).map(|&n| Value::Name(n))
        }
        Ty::Num => number(raw).map(Value::Num),
        Ty::Strs => {
            let mut rest = raw.strip_prefix('[')?;
            let mut items = Vec::with_capacity(16);
            let mut offsets = Vec::new();
            if let Some(end) = rest.strip_prefix(']') {
                return end.is_empty().then_some(Value::Strs(items, offsets));
            }
            loop {
                if with_offsets {
                    offsets.push(offset + (raw.len() - rest.len()));
                }
                let (s, after) = basic_string(rest)?;
                items.push(s);
                if let Some(next) = after.strip_prefix(", ") {
                    rest = next;
                } else {
                    return (after == "]").then_some(Value::Strs(items, offsets));
                }
            }
        }
        Ty::Table(_) | Ty::Tables(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::BUILTIN;
    use crate::table::read::read;

    #[test]
    fn splits_lines_at_line_feeds_with_their_offsets() {
        let got: Vec<_> = lines("a\n\nbc\r\nd").collect();
        assert_eq!(got, [(0, "a"), (2, ""), (3, "bc\r"), (7, "d")]);
        let got: Vec<_> = lines("a\n").collect();
        assert_eq!(got, [(0, "a"), (2, "")]);
    }

    #[test]
    fn reads_the_builtin_table_exactly_as_the_full_reader() {
        let fast = read_canonical(0, BUILTIN).expect("the built-in table is canonical");
        let full = read(0, BUILTIN);
        assert_eq!(full.problems, []);
        assert_eq!(fast.len(), full.records.len());
        for (a, b) in fast.iter().zip(&full.records) {
            assert_eq!(a, b);
        }
    }

    #[test]
    fn gives_up_outside_the_canonical_subset() {
        let good = "schema = 1\n\n[[figure]]\nid = \"a\"\n";
        assert!(read_canonical(0, good).is_none(), "missing keys");
        for text in [
            "schema = 1\n# a comment after the header\n",
            "schema = 1\n[[figure]]\nid = 'a'\n",
            "schema = 1\n[[figure]]\nvalue = 007\n",
            "schema = 1\n[[figure]]\nid = \"a\" # trailing\n",
            "schema = 1\n[figure.source]\n",
            "schema = 2\n",
        ] {
            assert!(read_canonical(0, text).is_none(), "{text}");
        }
        assert_eq!(read_canonical(0, "# header\n\nschema = 1\n"), Some(vec![]));
    }

    #[test]
    fn reads_numbers_and_escapes_as_toml_does() {
        assert_eq!(number("3_300_000"), Some(3_300_000.0));
        assert_eq!(number("-11"), Some(-11.0));
        assert_eq!(number("0.0067"), Some(0.0067));
        assert_eq!(number("1__0"), None);
        assert_eq!(
            basic_string(r#""a \"b\" \\ \u00e9""#),
            Some(("a \"b\" \\ é".to_string(), ""))
        );
    }
}
