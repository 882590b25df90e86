//! Findings and diagnostics flattened into one list of located problems, for the CI formats.

use std::collections::HashMap;

use super::FileView;
use super::fingerprint;
use crate::check::Severity;
use crate::document::Location;
use crate::table::{Figure, Table};

/// One problem to report at one place: a non-consistent finding or a diagnostic.
#[derive(Debug, Clone)]
pub struct Item<'a> {
    /// The verdict (`wrong-metric`) or diagnostic code (`unused-suppression`).
    pub code: &'a str,
    /// How serious it is, after overrides.
    pub severity: Severity,
    /// What is wrong, in one sentence.
    pub message: &'a str,
    /// What to write instead, when there is a suggestion.
    pub help: Option<&'a str>,
    /// The claim's text, or the directive's.
    pub text: &'a str,
    /// Where it is in the document read (for an archived article: within the article's text).
    pub location: Location,
    /// The file's line the CI formats point at: `location.line`, or for an archived article the
    /// archive line holding it.
    pub line: usize,
    /// The columns the CI formats point at (`None` for an archived article).
    pub columns: Option<(usize, usize, usize)>,
    /// The figure the verdict rests on.
    pub figure: Option<&'a Figure>,
    /// Stable across edits that move lines: path, article, code, figure, claim text, occurrence.
    pub fingerprint: String,
}

impl Item<'_> {
    /// `(end_line, end_column)` for the CI formats, when the columns are known.
    pub fn end(&self) -> (usize, Option<usize>) {
        match self.columns {
            Some((_, end_line, end_column)) => (end_line, Some(end_column)),
            None => (self.line, None),
        }
    }
}

/// The problems of one file in file order: findings worse than `ok`, then diagnostics, merged.
pub fn items<'a>(file: FileView<'a>, table: Option<&'a Table>) -> Vec<Item<'a>> {
    let doc = &file.report.document;
    let place = |location: Location| match doc.record_line {
        Some(line) => (line, None),
        None => (
            location.line,
            Some((location.column, location.end_line, location.end_column)),
        ),
    };
    let mut list: Vec<Item<'a>> = Vec::new();
    for f in &file.report.findings {
        let severity = file.severity(f);
        if severity == Severity::Ok {
            continue;
        }
        let m = &f.claim.mention;
        let location = doc.locate(m.start, m.end);
        let (line, columns) = place(location);
        list.push(Item {
            code: f.verdict.as_str(),
            severity,
            message: &f.message,
            help: f.help.as_deref(),
            text: &doc.text[m.start..m.end],
            location,
            line,
            columns,
            figure: f.figure.and_then(|i| table.map(|t| &t.figures[i])),
            fingerprint: String::new(),
        });
    }
    for d in &file.extras.diagnostics {
        let location = doc.locate_source(d.source.clone());
        let (line, columns) = place(location);
        list.push(Item {
            code: d.code,
            severity: d.severity,
            message: &d.message,
            help: None,
            text: &doc.source[d.source.clone()],
            location,
            line,
            columns,
            figure: None,
            fingerprint: String::new(),
        });
    }
    list.sort_by_key(|i| (i.location.start, i.location.end));
    let mut seen: HashMap<String, usize> = HashMap::new();
    let id = doc.id.as_deref().unwrap_or("");
    for item in &mut list {
        let text = fingerprint::normalise(item.text);
        let figure = item.figure.map_or("", |f| f.id.as_str());
        let key = fingerprint::hash(&[&doc.path, id, item.code, figure, &text]);
        let n = seen.entry(key.clone()).or_insert(0);
        *n += 1;
        item.fingerprint = fingerprint::hash(&[&key, &n.to_string()]);
    }
    list
}
