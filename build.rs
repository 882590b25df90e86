//! Reads the built-in table (`claims.toml`) at compile time, so that a run builds its figures
//! from data already parsed instead of reading 200 KB of TOML.
//!
//! The reader takes the canonical form only (the form `claims fmt` writes, which a test
//! asserts the built-in table is in), as `src/table/fast.rs` does. Anything else makes it write
//! no records, and the binary then reads the table at run time as before. A test asserts that
//! the records written here are exactly those the run-time reader gives.

use std::fmt::Write as _;
use std::path::Path;

#[path = "src/table/scalars.rs"]
mod scalars;
use scalars::{basic_string, number};

/// What a key's value is written as.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// A basic string, unescaped here.
    Str,
    /// One of a few names, kept as written between its quotes (checked at run time).
    Name,
    /// A number.
    Num,
    /// A list of basic strings.
    Strs,
}

/// A figure's keys and how each is written; `source.` keys are the figure's `source` table.
const FIGURE: &[(&str, Kind)] = &[
    ("id", Kind::Str),
    ("metric", Kind::Str),
    ("quantity", Kind::Name),
    ("of", Kind::Name),
    ("value", Kind::Num),
    ("low", Kind::Num),
    ("high", Kind::Num),
    ("tolerance", Kind::Num),
    ("hedge", Kind::Name),
    ("unit", Kind::Str),
    ("subject", Kind::Strs),
    ("population", Kind::Strs),
    ("scope", Kind::Str),
    ("period", Kind::Str),
    ("published", Kind::Str),
    ("superseded_by", Kind::Str),
    ("confusable_with", Kind::Strs),
    ("caveats", Kind::Str),
    ("timing", Kind::Name),
    ("basis", Kind::Name),
    ("statement", Kind::Str),
    ("source.publisher", Kind::Str),
    ("source.title", Kind::Str),
    ("source.url", Kind::Str),
    ("source.quote", Kind::Str),
    ("source.locator", Kind::Str),
    ("source.grade", Kind::Name),
];

/// The keys of one `[[figure.misstatements]]`.
const MISSTATEMENT: &[(&str, Kind)] = &[
    ("wording", Kind::Str),
    ("value", Kind::Num),
    ("seen", Kind::Str),
    ("url", Kind::Str),
];

fn main() {
    println!("cargo:rerun-if-changed=claims.toml");
    println!("cargo:rerun-if-changed=build.rs");
    let text = std::fs::read_to_string("claims.toml").unwrap_or_default();
    let records = match read(&text) {
        Some(records) => format!("Some(&[\n{records}])"),
        None => "None".to_string(),
    };
    let code = format!(
        "// Written by build.rs from claims.toml.\n\
         /// The built-in table's figures as the build script read them; `None` when it could not.\n\
         const RAW: Option<&[Raw]> = {records};\n"
    );
    let out = std::env::var_os("OUT_DIR").unwrap_or_default();
    if let Err(e) = std::fs::write(Path::new(&out).join("builtin.rs"), code) {
        println!("cargo:warning=cannot write the built-in table's records: {e}");
        std::process::exit(1);
    }
}

/// One figure being read: its header's offset, the Rust text of each key's value, and its
/// misstatements' values.
struct Builder {
    header: usize,
    values: Vec<Option<String>>,
    misstatements: Vec<Vec<Option<String>>>,
}

/// The records of a canonical table as Rust `Raw { .. }` expressions, or `None` when the text
/// is not in canonical form (as `fast::read_with` decides it).
fn read(text: &str) -> Option<String> {
    let mut out = String::new();
    let mut current: Option<Builder> = None;
    let mut schema_seen = false;
    let mut start = 0;
    for line in text.split('\n') {
        let at = start;
        start += line.len() + 1;
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
            if line != "schema = 1" {
                return None;
            }
            schema_seen = true;
            continue;
        }
        match line {
            "[[figure]]" => {
                if let Some(done) = current.take() {
                    finish(done, &mut out);
                }
                current = Some(Builder {
                    header: at,
                    values: vec![None; FIGURE.len()],
                    misstatements: Vec::new(),
                });
            }
            "[[figure.misstatements]]" => {
                current
                    .as_mut()?
                    .misstatements
                    .push(vec![None; MISSTATEMENT.len()]);
            }
            _ => key_line(current.as_mut()?, line)?,
        }
    }
    if let Some(done) = current.take() {
        finish(done, &mut out);
    }
    schema_seen.then_some(out)
}

/// Reads one `key = value` line into the figure's (or its last misstatement's) slots.
fn key_line(builder: &mut Builder, line: &str) -> Option<()> {
    let end = line
        .bytes()
        .position(|b| !(b.is_ascii_lowercase() || b == b'_' || b == b'.'))?;
    let (name, raw) = line.split_at_checked(end)?;
    let raw = raw.strip_prefix(" = ")?;
    let (keys, slots) = match builder.misstatements.last_mut() {
        Some(m) => (MISSTATEMENT, m),
        None => (FIGURE, &mut builder.values),
    };
    let slot = keys.iter().position(|(k, _)| *k == name)?;
    let kind = keys.get(slot)?.1;
    let value = match kind {
        Kind::Str => {
            let (s, rest) = basic_string(raw)?;
            if !rest.is_empty() {
                return None;
            }
            format!("Some({s:?})")
        }
        Kind::Name => format!("Some({:?})", raw.strip_prefix('"')?.strip_suffix('"')?),
        Kind::Num => format!("Some(f64::from_bits({:#x}))", number(raw)?.to_bits()),
        Kind::Strs => {
            let mut rest = raw.strip_prefix('[')?;
            let mut items = Vec::new();
            if let Some(end) = rest.strip_prefix(']') {
                if !end.is_empty() {
                    return None;
                }
            } else {
                loop {
                    let (s, after) = basic_string(rest)?;
                    items.push(format!("{s:?}"));
                    if let Some(next) = after.strip_prefix(", ") {
                        rest = next;
                    } else if after == "]" {
                        break;
                    } else {
                        return None;
                    }
                }
            }
            format!("Some(&[{}])", items.join(", "))
        }
    };
    let slot = slots.get_mut(slot)?;
    if slot.is_some() {
        return None;
    }
    *slot = Some(value);
    Some(())
}

/// Writes a figure as a `Raw { .. }` expression, its keys that were not written left `None`.
fn finish(builder: Builder, out: &mut String) {
    let _ = write!(out, "Raw {{ header: {}", builder.header);
    for ((name, _), value) in FIGURE.iter().zip(&builder.values) {
        if let Some(v) = value {
            let _ = write!(out, ", {}: {v}", name.replace('.', "_"));
        }
    }
    out.push_str(", misstatements: &[");
    for m in &builder.misstatements {
        out.push_str("RawMisstatement { ");
        for ((name, _), value) in MISSTATEMENT.iter().zip(m) {
            if let Some(v) = value {
                let _ = write!(out, "{name}: {v}, ");
            }
        }
        // (An update from `NONE` only for keys not written: clippy denies a needless one.)
        out.push_str(if m.iter().any(Option::is_none) {
            "..RawMisstatement::NONE }, "
        } else {
            "}, "
        });
    }
    out.push_str(if builder.values.iter().any(Option::is_none) {
        "], ..Raw::NONE },\n"
    } else {
        "] },\n"
    });
}
