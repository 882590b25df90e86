//! tipcheck: fact-checks statistics about human trafficking, forced labour and child labour.
//!
//! Data flows one way: bytes → [`document`] → [`extract`] (mentions) → [`claim`] (claims) →
//! [`check`] (findings, against the [`table`]) → [`report`]. [`app`] runs the commands.

// No panics on input in library code: every `unwrap`, `expect`, `panic!`, `unreachable!` and every
// index or slice that could be out of range (or off a character boundary, for `str`) is a crash a
// newsroom's CI would meet on some article. Tests may panic; the library handles the case instead.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented,
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::get_unwrap,
        clippy::panic_in_result_fn,
    )
)]

pub mod app;
pub mod check;
pub mod claim;
pub mod config;
pub mod document;
pub mod extract;
pub mod input;
pub mod output;
pub mod report;
pub mod suppress;
pub mod table;

/// What the unit tests share.
#[cfg(test)]
pub(crate) mod testing {
    /// The text of every file under `fixtures/`, read recursively.
    pub fn fixture_texts() -> Vec<String> {
        let mut texts = Vec::new();
        let mut files = vec![std::path::PathBuf::from("fixtures")];
        while let Some(path) = files.pop() {
            if path.is_dir() {
                files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                texts.push(text);
            }
        }
        texts
    }

    /// Every line of every file under `fixtures/`.
    pub fn fixture_lines() -> Vec<String> {
        fixture_texts()
            .iter()
            .flat_map(|text| text.lines().map(str::to_string))
            .collect()
    }
}

use check::Finding;
use claim::Claim;
use document::Document;
use extract::Mention;
use table::Table;

/// Everything found in one input.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// The input as read.
    pub document: Document,
    /// Every mention, claim or not, in order.
    pub mentions: Vec<Mention>,
    /// The claims among the mentions, with their context (for a check, only those in sentences
    /// that name the topic or a term of the table: no other claim can give a finding).
    pub claims: Vec<Claim>,
    /// One finding per checked claim, in order (empty for `extract`).
    pub findings: Vec<Finding>,
}

/// A document read through a glossary (Portuguese, Spanish) is read only in part: the words
/// that would make a differing number another measure or another place's may be among those left
/// unread, so a difference from the table is never reported as a conflict there, only as a claim
/// on the topic to verify.
fn no_conflict_in_gloss(findings: &mut [Finding], document: &Document) {
    for f in findings
        .iter_mut()
        .filter(|f| f.verdict == check::Verdict::Conflict)
    {
        let m = &f.claim.mention;
        f.message = format!(
            "“{}” is on the topic; it differs from a figure in the table, but in an article read through a glossary no difference is sure enough to call a conflict",
            document.text_of(m.start, m.end)
        );
        f.verdict = check::Verdict::Unverified;
        f.figure = None;
        f.expected = None;
        f.agrees_with.clear();
        f.help = None;
        f.suggestion = None;
    }
}

/// Reads the mentions and claims of a document, without checking them.
pub fn extract_document(document: Document) -> FileReport {
    let mentions = extract::extract(&document.text);
    let claims = claim::claims(&document.text, &mentions);
    FileReport {
        document,
        mentions,
        claims,
        findings: Vec::new(),
    }
}

/// Reads and checks a document against `table` as of `as_of` (see [`check::AsOf::choose`]).
pub fn check_document(document: Document, table: &Table, as_of: check::AsOf) -> FileReport {
    let text = &document.text;
    let mentions = extract::extract(text);
    let mut gate = check::Gate::new(table);
    let claims = claim::claims_in(text, &mentions, |sentence, words| {
        gate.wants(text, sentence, words)
    });
    let mut findings = check::check_gated(text, &claims, table, as_of, gate);
    if document.language != document::language::Language::English {
        no_conflict_in_gloss(&mut findings, &document);
    }
    FileReport {
        document,
        mentions,
        claims,
        findings,
    }
}
