//! JSON Lines archives: one article per line, read one line at a time, never the whole file.

use serde_json::{Map, Value};
use std::borrow::Cow;
use std::io::{BufRead, Read};

use super::{MAX_INPUT, reason};
use crate::config::JsonlFields;
use crate::document::{Date, Document, html::iso_date};

/// One article read from an archive, and anything worth a warning about it.
#[derive(Debug)]
pub struct Record {
    /// The article, named by the archive's path and its own id.
    pub document: Document,
    /// Problems that did not stop the article being checked (a date that is not `YYYY-MM-DD`).
    pub warnings: Vec<String>,
    /// Where its line was not valid UTF-8 (read with U+FFFD), if it was not.
    pub invalid: Option<String>,
}

/// The articles of a JSON Lines archive, in order; a line that is no article is an error item.
pub struct Archive<R> {
    reader: R,
    name: String,
    fields: JsonlFields,
    line: usize,
    buf: Vec<u8>,
    done: bool,
}

impl<R: BufRead> Archive<R> {
    /// Reads the archive called `name` from `reader`.
    pub fn new(reader: R, name: &str, fields: JsonlFields) -> Self {
        Archive {
            reader,
            name: name.to_string(),
            fields,
            line: 0,
            buf: Vec::new(),
            done: false,
        }
    }

    fn record(&self, line: &str, invalid: Option<String>) -> Result<Record, String> {
        let mut warnings = Vec::new();
        let at = format!("{}:{}", self.name, self.line);
        let object: Map<String, Value> = serde_json::from_str(line)
            .map_err(|e| format!("{at}: not a JSON object with an article: {e}"))?;
        let f = &self.fields;
        let id = match object.get(&f.id) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            Some(_) => {
                return Err(format!(
                    "{at}: the `{}` field is not a string or number",
                    f.id
                ));
            }
            None => {
                return Err(format!(
                    "{at}: the article has no `{}` field (name the id field with [jsonl] id-field or --id-field)",
                    f.id
                ));
            }
        };
        let text = match object.get(&f.text) {
            Some(Value::String(s)) => s.clone(),
            Some(_) => {
                return Err(format!(
                    "{at}: article {id}: the `{}` field is not a string",
                    f.text
                ));
            }
            None => {
                return Err(format!(
                    "{at}: article {id} has no `{}` field (name the text field with [jsonl] text-field or --text-field)",
                    f.text
                ));
            }
        };
        let mut document =
            Document::new(self.name.clone(), text, f.format).in_archive(id.clone(), self.line);
        match object.get(&f.date) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) if iso_date(s).is_some() => {
                document.date = iso_date(s).as_deref().and_then(Date::parse_earliest)
            }
            Some(other) => {
                warnings.push(format!(
                    "{at}: article {id}: the date {other} does not start with YYYY-MM-DD; checked without a date"
                ));
            }
        }
        Ok(Record {
            document,
            warnings,
            invalid,
        })
    }
}

impl<R: BufRead> Iterator for Archive<R> {
    type Item = Result<Record, String>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        loop {
            self.buf.clear();
            self.line += 1;
            // One line at most MAX_INPUT bytes, so a file with no line breaks cannot take all memory.
            match (&mut self.reader)
                .take(MAX_INPUT + 1)
                .read_until(b'\n', &mut self.buf)
            {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    self.done = true;
                    return Some(Err(format!("cannot read {}: {}", self.name, reason(&e))));
                }
            }
            if self.buf.len() as u64 > MAX_INPUT {
                self.done = true;
                return Some(Err(format!(
                    "{}:{}: the line is longer than the {} MB tipcheck reads; not read further",
                    self.name,
                    self.line,
                    MAX_INPUT >> 20
                )));
            }
            if self.line == 1 {
                if self.buf.starts_with(b"\xFF\xFE") || self.buf.starts_with(b"\xFE\xFF") {
                    self.done = true;
                    return Some(Err(format!(
                        "{}: is UTF-16; a JSON Lines archive must be UTF-8 (save it as UTF-8)",
                        self.name
                    )));
                }
                if self.buf.starts_with(b"\xEF\xBB\xBF") {
                    self.buf.drain(..3);
                }
            }
            let (line, invalid) = match String::from_utf8_lossy(&self.buf) {
                Cow::Borrowed(line) => (Cow::Borrowed(line), None),
                Cow::Owned(line) => (
                    Cow::Owned(line),
                    Some(format!(
                        "{}:{}: is not valid UTF-8: read with the invalid bytes replaced by U+FFFD",
                        self.name, self.line
                    )),
                ),
            };
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            return Some(self.record(line, invalid));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::InputFormat;

    fn read(text: &str, fields: JsonlFields) -> Vec<Result<Record, String>> {
        Archive::new(text.as_bytes(), "all.jsonl", fields).collect()
    }

    #[test]
    fn reads_one_article_per_line_with_ids_dates_and_errors() {
        let text = "{\"id\": \"a1\", \"text\": \"38% of victims\", \"date\": \"2024-09-12T10:00\"}\n\n\
            {\"id\": 7, \"text\": \"second\"}\nnot json\n{\"text\": \"no id\"}\n\
            {\"id\": \"b\", \"text\": \"x\", \"date\": \"12/09/2024\"}\n";
        let got = read(text, JsonlFields::default());
        assert_eq!(got.len(), 5);
        let first = got[0].as_ref().unwrap();
        assert_eq!(first.document.id.as_deref(), Some("a1"));
        assert_eq!(first.document.record_line, Some(1));
        assert_eq!(
            first.document.date.map(|d| d.to_string()).as_deref(),
            Some("2024-09-12")
        );
        assert_eq!(first.document.path, "all.jsonl");
        assert_eq!(first.document.source, "38% of victims");
        let second = got[1].as_ref().unwrap();
        assert_eq!(
            (second.document.id.as_deref(), second.document.record_line),
            (Some("7"), Some(3))
        );
        assert!(
            got[2]
                .as_ref()
                .unwrap_err()
                .starts_with("all.jsonl:4: not a JSON object")
        );
        assert!(got[3].as_ref().unwrap_err().contains("has no `id` field"));
        let dated = got[4].as_ref().unwrap();
        assert!(dated.warnings[0].contains("checked without a date"));
        assert_eq!(dated.document.date, None);
    }

    #[test]
    fn a_bad_byte_spoils_only_its_article_and_a_mark_is_skipped() {
        let bytes =
            b"\xEF\xBB\xBF{\"id\": 1, \"text\": \"38%\"}\n{\"id\": 2, \"text\": \"caf\xE9 25%\"}\n";
        let got: Vec<_> = Archive::new(&bytes[..], "a.jsonl", JsonlFields::default()).collect();
        let first = got[0].as_ref().unwrap();
        assert_eq!(first.document.source, "38%");
        assert!(first.invalid.is_none());
        let second = got[1].as_ref().unwrap();
        assert_eq!(second.document.source, "caf\u{FFFD} 25%");
        assert!(
            second
                .invalid
                .as_deref()
                .unwrap_or_default()
                .starts_with("a.jsonl:2: is not valid UTF-8")
        );
        let utf16: Vec<_> =
            Archive::new(&b"\xFF\xFE{\0"[..], "b.jsonl", JsonlFields::default()).collect();
        assert_eq!(utf16.len(), 1);
        assert!(utf16[0].as_ref().unwrap_err().contains("is UTF-16"));
    }

    #[test]
    fn field_names_and_article_format_are_configurable() {
        let fields = JsonlFields {
            id: "slug".into(),
            text: "body".into(),
            date: "published".into(),
            format: InputFormat::Html,
        };
        let got = read(
            "{\"slug\": \"s\", \"body\": \"<p>3.3&nbsp;million</p><nav>9</nav>\", \"published\": \"2023-01-02\"}\n",
            fields,
        );
        let doc = &got[0].as_ref().unwrap().document;
        assert_eq!(doc.text, "3.3\u{a0}million");
        assert_eq!(
            doc.date.map(|d| d.to_string()).as_deref(),
            Some("2023-01-02")
        );
    }
}
