//! Throughput of each stage of `check` on the benchmark corpus (`bench/corpus.rs`), in bytes per
//! second, one thread.
//!
//! Run with `cargo bench --bench check`. The same articles go through, cumulatively:
//! `extract` (numbers alone), `claims` (numbers and their claims' context), `check` (and the
//! verdicts against the built-in table), and `pipeline` (from the file's bytes: Markdown or HTML
//! read, checked, and printed as JSON Lines). The cost of checking on top of extraction is
//! `check`'s time over `extract`'s, less one. See bench/README.md for the figures.

use divan::counter::BytesCount;
use std::hint::black_box;
use std::path::PathBuf;

use tipcheck::check::AsOf;
use tipcheck::config::FailOn;
use tipcheck::document::{Date, Document, InputFormat};
use tipcheck::report::{Context, FileExtras, FileView, Printer, Style, jsonl::Jsonl};
use tipcheck::table::Table;

#[path = "../bench/corpus.rs"]
#[allow(dead_code)]
mod corpus;

fn main() {
    divan::main();
}

/// Articles in the sample: about 1 MB.
const ARTICLES: usize = 500;

/// The sample as files: name, format and bytes.
fn files() -> Vec<(String, InputFormat, String)> {
    let mut rng = corpus::Rng(0x7469_7063_6865_636B);
    (0..ARTICLES)
        .map(|i| {
            let a = corpus::article(&mut rng);
            let format = match a.ext {
                "md" => InputFormat::Markdown,
                "html" => InputFormat::Html,
                _ => InputFormat::Text,
            };
            (format!("article-{i:06}.{}", a.ext), format, a.text)
        })
        .collect()
}

/// The sample read into documents (prose and offsets), as `check` hands them to extraction.
fn documents() -> Vec<Document> {
    files()
        .into_iter()
        .map(|(name, format, text)| Document::new(name, text, format))
        .collect()
}

/// The date every article is checked as of, so the verdicts do not change with the calendar.
fn as_of(document: &Document) -> AsOf {
    AsOf::choose(None, document.date, Date::new(2024, 9, 12).expect("a date"))
}

fn prose_bytes(documents: &[Document]) -> BytesCount {
    BytesCount::new(documents.iter().map(|d| d.text.len()).sum::<usize>())
}

/// Extraction alone: every number and whether it is a claim.
#[divan::bench]
fn extract(bencher: divan::Bencher) {
    let documents = documents();
    bencher.counter(prose_bytes(&documents)).bench(|| {
        documents
            .iter()
            .map(|d| tipcheck::extract::extract(black_box(&d.text)).len())
            .sum::<usize>()
    });
}

/// Extraction and claim reading: what `tipcheck extract` computes.
#[divan::bench]
fn claims(bencher: divan::Bencher) {
    let documents = documents();
    bencher
        .counter(prose_bytes(&documents))
        .with_inputs(|| documents.clone())
        .bench_local_values(|documents| {
            documents
                .into_iter()
                .map(|d| tipcheck::extract_document(black_box(d)).claims.len())
                .sum::<usize>()
        });
}

/// Extraction, claims and verdicts against the built-in table (loaded once, outside the loop).
#[divan::bench]
fn check(bencher: divan::Bencher) {
    let documents = documents();
    let table = Table::builtin().expect("the built-in table loads");
    bencher
        .counter(prose_bytes(&documents))
        .with_inputs(|| documents.clone())
        .bench_local_values(|documents| {
            documents
                .into_iter()
                .map(|d| {
                    let at = as_of(&d);
                    tipcheck::check_document(black_box(d), &table, at)
                        .findings
                        .len()
                })
                .sum::<usize>()
        });
}

/// From the files' bytes to the JSON Lines report: Markdown and HTML read, checked, printed.
#[divan::bench]
fn pipeline(bencher: divan::Bencher) {
    let files = files();
    let table = Table::builtin().expect("the built-in table loads");
    let ctx = Context {
        table: Some(&table),
        style: Style { color: false },
        quiet: false,
        root: PathBuf::from("/"),
        cwd: PathBuf::from("/"),
        fail_on: FailOn::Error,
    };
    let extras = FileExtras::default();
    let bytes = files.iter().map(|(_, _, text)| text.len()).sum::<usize>();
    let mut out = Vec::with_capacity(16 << 20);
    bencher
        .counter(BytesCount::new(bytes))
        .with_inputs(|| files.clone())
        .bench_local_values(|files| {
            out.clear();
            let mut printer = Jsonl::default();
            for (name, format, text) in files {
                let document = Document::new(name, text, format);
                let at = as_of(&document);
                let report = tipcheck::check_document(document, &table, at);
                let view = FileView {
                    report: &report,
                    extras: &extras,
                };
                printer.file(&mut out, view, &ctx).expect("writes");
            }
            out.len()
        });
}
