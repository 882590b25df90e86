//! `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
//!
//! Every result has a `ruleId` (the verdict or diagnostic code), `message.text`, a level, one
//! location with a repository-relative URI (columns in Unicode code points, as `columnKind`
//! says) and `partialFingerprints` that do not change when lines move.

use serde_json::{Value, json};
use std::io::{self, Write};

use super::{Context, FileView, Item, Printer, Summary, items};
use crate::check::{Severity, Verdict};
use crate::config::{INVALID_SUPPRESSION, UNUSED_SUPPRESSION};

/// The schema the output follows.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The key of our fingerprint in `partialFingerprints`.
pub const FINGERPRINT_KEY: &str = "tipcheck/claim/v1";

/// The rules: every verdict that can be a problem, then the directive diagnostics.
fn rules() -> Vec<(&'static str, &'static str, &'static str, Severity)> {
    vec![
        (
            Verdict::Conflict.as_str(),
            "The claim conflicts with its source.",
            "Same subject, population and quantity as a sourced figure, but the value is outside what the source allows.",
            Verdict::Conflict.severity(),
        ),
        (
            Verdict::Outdated.as_str(),
            "The claim quotes an outdated edition.",
            "The value agrees with an older edition of a figure, while the newest edition says otherwise.",
            Verdict::Outdated.severity(),
        ),
        (
            Verdict::WrongMetric.as_str(),
            "The number belongs to another measure.",
            "A real number for a different measure: forced labour quoted as trafficking, a share read as a count, a growth of a share read as a growth of a number.",
            Verdict::WrongMetric.severity(),
        ),
        (
            Verdict::Misattributed.as_str(),
            "The claim is credited to the wrong organisation.",
            "The value agrees with a figure, but the sentence credits an organisation whose figure it is not.",
            Verdict::Misattributed.severity(),
        ),
        (
            Verdict::Unverified.as_str(),
            "No sourced figure covers the claim.",
            "A statistical claim on the topic for which the table holds no figure.",
            Verdict::Unverified.severity(),
        ),
        (
            UNUSED_SUPPRESSION,
            "A suppression hides nothing.",
            "A tipcheck-disable directive or tipcheck: ignore marker that no finding falls under; remove it.",
            Severity::Warning,
        ),
        (
            INVALID_SUPPRESSION,
            "A suppression cannot be applied.",
            "A tipcheck directive without a reason, with an unknown verdict, or an unmatched tipcheck-enable.",
            Severity::Warning,
        ),
    ]
}

/// SARIF's name for a severity.
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
        Severity::Ok => "none",
    }
}

/// A relative path as a URI reference: every byte outside the unreserved set and `/` escaped.
pub fn uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Keeps every result, then writes one SARIF log.
#[derive(Default)]
pub struct Sarif {
    results: Vec<Value>,
}

fn result(item: &Item, index: usize, uri: Value, file: FileView<'_>) -> Value {
    let doc = &file.report.document;
    let mut text = item.message.to_string();
    if let Some(help) = item.help {
        text.push_str("\nhelp: ");
        text.push_str(help);
    }
    let mut region = json!({ "startLine": item.line });
    if let Some((column, end_line, end_column)) = item.columns {
        region["startColumn"] = json!(column);
        region["endLine"] = json!(end_line);
        region["endColumn"] = json!(end_column);
        region["byteOffset"] = json!(item.location.start);
        region["byteLength"] = json!(item.location.end - item.location.start);
    }
    region["snippet"] = json!({ "text": item.text });
    let mut location = json!({
        "physicalLocation": { "artifactLocation": uri, "region": region }
    });
    let mut properties = json!({});
    if let Some(id) = &doc.id {
        location["logicalLocations"] = json!([{
            "name": id,
            "fullyQualifiedName": format!("{}#{id}", doc.path),
        }]);
        properties["article"] = json!(id);
        properties["articleLine"] = json!(item.location.line);
        properties["articleColumn"] = json!(item.location.column);
    }
    if let Some(figure) = item.figure {
        properties["figure"] = json!(figure.id);
        properties["sourceUrl"] = json!(figure.source.url);
    }
    json!({
        "ruleId": item.code,
        "ruleIndex": index,
        "level": level(item.severity),
        "message": { "text": text },
        "locations": [location],
        "partialFingerprints": { FINGERPRINT_KEY: item.fingerprint },
        "properties": properties,
    })
}

impl Printer for Sarif {
    fn file(&mut self, _: &mut dyn Write, file: FileView<'_>, ctx: &Context) -> io::Result<()> {
        let path = &file.report.document.path;
        let uri = match ctx.repo_path(path) {
            Some(rel) => json!({ "uri": uri_path(&rel), "uriBaseId": "%SRCROOT%" }),
            None => {
                json!({ "uri": format!("file://{}", uri_path(&ctx.absolute(path).to_string_lossy())) })
            }
        };
        let codes: Vec<&str> = rules().iter().map(|r| r.0).collect();
        for item in items(file, ctx.table) {
            let index = codes.iter().position(|&c| c == item.code).unwrap_or(0);
            self.results.push(result(&item, index, uri.clone(), file));
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, _: &Summary, _: &Context) -> io::Result<()> {
        let rules: Vec<Value> = rules()
            .into_iter()
            .map(|(id, short, full, severity)| {
                json!({
                    "id": id,
                    "name": id,
                    "shortDescription": { "text": short },
                    "fullDescription": { "text": full },
                    "help": { "text": format!("{full} See the finding's source, quote and suggested wording; a tipcheck-disable-next-line {id}: REASON comment suppresses it.") },
                    "defaultConfiguration": { "level": level(severity) },
                })
            })
            .collect();
        let log = json!({
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": { "driver": {
                    "name": "tipcheck",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }},
                "columnKind": "unicodeCodePoints",
                "results": std::mem::take(&mut self.results),
            }],
        });
        serde_json::to_writer_pretty(&mut *out, &log)?;
        writeln!(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_escape_everything_but_unreserved_characters() {
        assert_eq!(uri_path("a/b c%,é.md"), "a/b%20c%25%2C%C3%A9.md");
    }
}
