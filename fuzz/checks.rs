//! What each fuzz target runs and checks: shared by the cargo-fuzz targets (`fuzz_targets/`) and
//! the replay test (`tests/fuzz_corpus.rs`), so a committed input fails `cargo test` exactly as it
//! failed under the fuzzer. Each function panics when an invariant is broken.

#![allow(dead_code)] // each fuzz target uses one of these functions

use std::path::Path;

use tipcheck::document::{Document, Encoding, InputFormat};

/// The original bytes `doc` reads as its decoded source `range` should be the same characters,
/// in the file's own encoding.
fn original_text(doc: &Document, original: &[u8], range: std::ops::Range<usize>) -> String {
    let bytes = &original[range];
    match doc.encoding {
        Encoding::Utf8 | Encoding::Utf8Bom => String::from_utf8_lossy(bytes).into_owned(),
        Encoding::Utf16Le | Encoding::Utf16Be => {
            let units: Vec<u16> = bytes
                .chunks(2)
                .map(|p| match (doc.encoding, p) {
                    (Encoding::Utf16Le, [a, b]) => u16::from_le_bytes([*a, *b]),
                    (_, [a, b]) => u16::from_be_bytes([*a, *b]),
                    _ => 0xFFFD,
                })
                .collect();
            String::from_utf16_lossy(&units)
        }
    }
}

/// Every span of the prose locates inside the original file, in order, with 1-based positions.
fn spans_locate(doc: &Document, original: &[u8]) {
    let boundaries: Vec<usize> = doc
        .text
        .char_indices()
        .map(|(i, _)| i)
        .chain([doc.text.len()])
        .collect();
    let step = (boundaries.len() / 64).max(1);
    let mut last = 0;
    for &i in boundaries.iter().step_by(step) {
        let loc = doc.locate(i, i);
        assert!(loc.start <= loc.end && loc.end <= original.len(), "{loc:?}");
        assert!(loc.start >= last, "locations go backwards at {i}: {loc:?}");
        assert!(loc.line >= 1 && loc.column >= 1, "{loc:?}");
        last = loc.start;
    }
    for d in &doc.directives {
        assert!(doc.source.get(d.source.clone()).is_some(), "{d:?}");
    }
}

/// The extractor, through the plain-text reader: every mention is a span of whole characters of
/// the prose, and the bytes it locates to in the original are those characters.
pub fn extract(data: &[u8]) {
    let doc = Document::from_bytes("fuzz.txt", data.to_vec(), InputFormat::Text);
    assert_eq!(doc.text.len(), doc.source.len());
    for m in tipcheck::extract::extract(&doc.text) {
        let text = doc
            .text
            .get(m.start..m.end)
            .unwrap_or_else(|| panic!("mention {}..{} is not a span of the text", m.start, m.end));
        let loc = doc.locate(m.start, m.end);
        assert!(loc.end <= data.len(), "{loc:?} runs past the file");
        assert_eq!(
            original_text(&doc, data, loc.start..loc.end),
            text,
            "{loc:?}"
        );
        if matches!(doc.encoding, Encoding::Utf8 | Encoding::Utf8Bom) {
            assert_eq!(&data[loc.start..loc.end], text.as_bytes());
        }
    }
}

/// The Markdown reader: prose as long as the source, line breaks kept, spans locate in order.
pub fn markdown(data: &[u8]) {
    let doc = Document::from_bytes("fuzz.md", data.to_vec(), InputFormat::Markdown);
    assert_eq!(doc.text.len(), doc.source.len());
    for (t, s) in doc.text.bytes().zip(doc.source.bytes()) {
        assert!(
            t == s || t == b' ',
            "prose bytes are the source's or blanks"
        );
        assert_eq!(t == b'\n', s == b'\n', "line breaks are kept");
    }
    spans_locate(&doc, data);
}

/// The HTML reader: spans of the prose locate in order inside the file.
pub fn html(data: &[u8]) {
    let doc = Document::from_bytes("fuzz.html", data.to_vec(), InputFormat::Html);
    spans_locate(&doc, data);
    for (i, c) in doc.text.char_indices().step_by(97) {
        let range = doc.source_range(i..i + c.len_utf8());
        assert!(range.end <= doc.source.len(), "{range:?}");
    }
}

/// The table loader: lenient load, strict lint and the canonical form never panic; every problem
/// has a place inside the file; the canonical form is stable.
pub fn table(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let files = [("fuzz.toml", text.as_ref())];
    let lines = text.lines().count() + 1;
    match tipcheck::table::Table::load(false, &files) {
        Ok(loaded) => {
            for w in &loaded.warnings {
                assert!(w.line >= 1 && w.line <= lines, "{}", w.render("warning"));
            }
        }
        Err(errors) => {
            for e in &errors.0 {
                assert!(e.line <= lines, "{}", e.render("error"));
            }
        }
    }
    let linted = tipcheck::table::lint(&files);
    for e in &linted.errors {
        assert!(e.line <= lines, "{}", e.render("error"));
    }
    if let Ok(canonical) = tipcheck::table::canonical_form("fuzz.toml", &text) {
        let again = tipcheck::table::canonical_form("fuzz.toml", &canonical);
        assert!(
            matches!(&again, Ok(t) if *t == canonical),
            "the canonical form is not stable"
        );
    }
}

/// The configuration loader: an error names a line and column inside the file; a configuration
/// that loads can be printed.
pub fn config(data: &[u8]) {
    let text = match tipcheck::document::decode::strict_utf8(data.to_vec()) {
        Ok(text) => text,
        Err((line, column)) => {
            assert!(line >= 1 && column >= 1);
            return;
        }
    };
    let lines = text.lines().count() + 1;
    let dir = Path::new("/nonexistent/tipcheck-fuzz");
    match tipcheck::config::Config::parse(&text, "tipcheck.toml", dir) {
        Ok(config) => {
            let _ = config.dump(tipcheck::config::FailOn::Error);
        }
        Err(e) => assert!(e.line <= lines, "{e}"),
    }
}
