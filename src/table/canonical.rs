//! The canonical form of a table file: figures sorted by id, keys in schema order, one way to
//! write each value. `claims fmt` writes it; reviews then see only real changes.

use std::fmt::Write as _;

use super::schema::{self, Key, Ty};
use super::{Figure, SCHEMA};

/// The comment block at the top of `text` (comment and blank lines before the first other line).
pub fn header(text: &str) -> &str {
    let mut end = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !(trimmed.is_empty() || trimmed.starts_with('#')) {
            break;
        }
        end += line.len();
    }
    text[..end].trim_end()
}

/// Byte offsets of the comments after the top block, which the canonical form cannot keep.
pub fn stray_comments(text: &str) -> Vec<usize> {
    let start = header(text).len();
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = start;
    while i < bytes.len() {
        let rest = &text[i..];
        if rest.starts_with("\"\"\"") || rest.starts_with("'''") {
            let fence = &rest[..3];
            let body = &rest[3..];
            i += 3 + skip_string(body, fence);
        } else if rest.starts_with('"') || rest.starts_with('\'') {
            let fence = &rest[..1];
            i += 1 + skip_string(&rest[1..], fence);
        } else if rest.starts_with('#') {
            found.push(i);
            i += rest.find('\n').unwrap_or(rest.len());
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    found
}

/// The length of a string body up to and including its closing `fence`.
fn skip_string(body: &str, fence: &str) -> usize {
    let escapes = fence.starts_with('"');
    let mut i = 0;
    while i < body.len() {
        let rest = &body[i..];
        if escapes && rest.starts_with('\\') {
            i += 1 + rest[1..].chars().next().map_or(0, char::len_utf8);
        } else if rest.starts_with(fence) {
            return i + fence.len();
        } else if fence.len() == 1 && rest.starts_with('\n') {
            return i;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    body.len()
}

/// The canonical text of a table with this top comment block and these figures.
pub fn format(header: &str, figures: &[Figure]) -> String {
    let mut out = String::with_capacity(figures.len() * 1400);
    if !header.is_empty() {
        out.push_str(header);
        out.push_str("\n\n");
    }
    let _ = writeln!(out, "schema = {SCHEMA}");
    let mut sorted: Vec<&Figure> = figures.iter().collect();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    for figure in sorted {
        out.push_str("\n[[figure]]\n");
        let value = serde_json::to_value(figure).expect("a figure serialises");
        write_keys(&mut out, schema::FIGURE, &value, "");
        if let Some(misstatements) = value.get("misstatements").and_then(|m| m.as_array()) {
            for m in misstatements {
                out.push_str("\n[[figure.misstatements]]\n");
                write_keys(&mut out, schema::MISSTATEMENT, m, "");
            }
        }
    }
    out
}

fn write_keys(out: &mut String, keys: &[Key], value: &serde_json::Value, prefix: &str) {
    for key in keys {
        let Some(v) = value.get(key.name).filter(|v| !v.is_null()) else {
            continue;
        };
        match key.ty {
            Ty::Table(inner) => write_keys(out, inner, v, &format!("{}.", key.name)),
            Ty::Tables(_) => {}
            Ty::Strs => {
                let items = v.as_array().map(Vec::as_slice).unwrap_or_default();
                if items.is_empty() && !key.required {
                    continue;
                }
                let items: Vec<String> = items
                    .iter()
                    .map(|i| string(i.as_str().unwrap_or_default()))
                    .collect();
                let _ = writeln!(out, "{prefix}{} = [{}]", key.name, items.join(", "));
            }
            Ty::Num => {
                let _ = writeln!(
                    out,
                    "{prefix}{} = {}",
                    key.name,
                    number(v.as_f64().unwrap_or_default())
                );
            }
            Ty::Str | Ty::Enum(_) => {
                let _ = writeln!(
                    out,
                    "{prefix}{} = {}",
                    key.name,
                    string(v.as_str().unwrap_or_default())
                );
            }
        }
    }
}

/// A TOML basic string: `"…"` with `\\`, `\"`, `\n`, `\t`, `\r` and `\uXXXX` escapes.
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A number: whole numbers as integers with `_` between thousands, others in shortest decimal form.
pub fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        let digits = format!("{}", v.abs() as u64);
        let sign = if v < 0.0 { "-" } else { "" };
        if digits.len() <= 4 {
            return format!("{sign}{digits}");
        }
        let mut out = String::from(sign);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push('_');
            }
            out.push(c);
        }
        out
    } else {
        format!("{v}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::BUILTIN;
    use crate::table::read::read;

    #[test]
    fn the_builtin_table_is_in_canonical_form() {
        let figures: Vec<Figure> = read(0, BUILTIN)
            .records
            .into_iter()
            .map(|r| r.figure)
            .collect();
        let canonical = format(header(BUILTIN), &figures);
        if canonical != BUILTIN {
            let at = canonical
                .lines()
                .zip(BUILTIN.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            panic!(
                "claims.toml is not in canonical form from line {}: run `tipcheck claims fmt claims.toml`",
                at + 1
            );
        }
    }

    #[test]
    fn numbers_and_strings_have_one_form() {
        assert_eq!(number(3_300_000.0), "3_300_000");
        assert_eq!(number(2446.0), "2446");
        assert_eq!(number(-11.0), "-11");
        assert_eq!(number(0.0067), "0.0067");
        assert_eq!(number(236e9), "236_000_000_000");
        assert_eq!(string("a \"b\"\n\\"), r#""a \"b\"\n\\""#);
        assert_eq!(string("\u{1}"), r#""\u0001""#);
    }

    #[test]
    fn comments_inside_strings_are_not_comments() {
        let text = "# top\n\nschema = 1 # here\n[[figure]]\nid = \"a#b\" # there\nq = '#'\nm = \"\"\"x\n# no\n\"\"\"\n";
        let found: Vec<&str> = stray_comments(text)
            .into_iter()
            .map(|at| &text[at..at + 6])
            .collect();
        assert_eq!(found, ["# here", "# ther"]);
        assert_eq!(header(text), "# top");
    }
}
