//! Loading the built-in table of figures and building its term index, as every run does once.
//!
//! Run with `cargo bench --bench table`. The budget is 1 ms for the built-in table; `check`
//! pays it once per process, before reading any article.

use std::hint::black_box;
use tipcheck::table::{BUILTIN, Table, TermIndex};

fn main() {
    divan::main();
}

/// Load and index the built-in table: what `tipcheck check` does at start-up.
#[divan::bench]
fn builtin_load_and_index() -> Table {
    Table::builtin().expect("the built-in table loads")
}

/// The term index alone, over the built-in figures.
#[divan::bench]
fn term_index(bencher: divan::Bencher) {
    let table = Table::builtin().expect("the built-in table loads");
    bencher.bench(|| TermIndex::new(black_box(&table.figures)));
}

/// A user's table read in full: the same text, named as a file, validated record by record.
#[divan::bench]
fn file_load_lenient() -> usize {
    let loaded = Table::load(false, &[("claims.toml", black_box(BUILTIN))]).expect("loads");
    loaded.table.figures.len()
}

/// Finding terms in a sentence: what the matcher does for every claim.
#[divan::bench]
fn find_terms_in_a_sentence(bencher: divan::Bencher) {
    let table = Table::builtin().expect("the built-in table loads");
    let sentence = "Officials said 3.3 million children are trafficked worldwide, many into forced labour, according to the UN.";
    bencher.bench(|| table.index().find(black_box(sentence)));
}

/// Finding terms in a paragraph of news prose (about 600 bytes), as the check does when a
/// sentence alone does not say what is counted.
#[divan::bench]
fn find_terms_in_a_paragraph(bencher: divan::Bencher) {
    let table = Table::builtin().expect("the built-in table loads");
    let paragraph = "Officials estimate that 3.3 million people were living in forced labour on any given day in 2021. \
        The families told reporters they had been promised good jobs and safe travel. Around one-third of the \
        victims identified by the police were girls, according to the provincial data. Rights groups say the \
        real scale of the problem is far larger than official records suggest, and that child labour in brick \
        kilns goes unreported. Detections of victims trafficked for forced criminality have doubled, partly \
        because of online scam compounds, the agency said in its report on trafficking in persons.";
    let mut hits = Vec::new();
    bencher
        .counter(divan::counter::BytesCount::of_str(paragraph))
        .bench_local(|| {
            table.index().find_into(
                black_box(paragraph),
                0,
                tipcheck::table::Roles::All,
                &mut hits,
            );
            hits.len()
        });
}
