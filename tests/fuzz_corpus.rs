//! Replays the fuzz targets' committed inputs (seed corpora and crash reproducers) through the
//! same checks the fuzzers run, so a normal `cargo test` catches a regression the fuzzer found.
//!
//! Seeds live in `fuzz/corpus/TARGET/seed-*` (the fuzzer's own finds there are not committed);
//! reproducers of fixed crashes in `fuzz/reproducers/TARGET/`.

#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::{Path, PathBuf};

/// Every committed input of `target`, sorted.
fn inputs(target: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut found = Vec::new();
    for (dir, seeds_only) in [
        (root.join("corpus").join(target), true),
        (root.join("reproducers").join(target), false),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if !seeds_only || name.starts_with("seed-") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn replay(target: &str, check: fn(&[u8])) {
    let inputs = inputs(target);
    assert!(!inputs.is_empty(), "no committed inputs for {target}");
    for path in inputs {
        let data = std::fs::read(&path).unwrap();
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(outcome.is_ok(), "{target} fails on {}", path.display());
    }
}

#[test]
fn extract_corpus() {
    replay("extract", checks::extract);
}

#[test]
fn markdown_corpus() {
    replay("markdown", checks::markdown);
}

#[test]
fn html_corpus() {
    replay("html", checks::html);
}

#[test]
fn table_corpus() {
    replay("table", checks::table);
}

#[test]
fn config_corpus() {
    replay("config", checks::config);
}
