//! Writes a deterministic benchmark corpus of news-like articles (Markdown, HTML and plain text).
//!
//! `cargo run --release --example make_corpus -- N [DIR]` writes N articles (about 2 KB each) into
//! DIR (default `target/corpus`), built from sentences written for this project, with numbers in
//! every style tipcheck reads, about one per 150 to 300 bytes, and page furniture around them.
//! `… -- --jsonl N FILE` writes N plain-text articles as one JSON Lines archive instead, one
//! `{"id", "date", "text"}` object per line (`-` for standard output); `… -- --article BYTES FILE`
//! writes one Markdown article of about BYTES bytes (a draft, for latency).

use std::io::{BufWriter, Write};
use std::path::PathBuf;

#[path = "../bench/corpus.rs"]
mod corpus;

use corpus::{Rng, article, markdown_article, plain_article};

/// The seed: every run writes the same bytes.
const SEED: u64 = 0x7469_7063_6865_636B; // "tipcheck"

const USAGE: &str = "usage: make_corpus N [DIR]  or  make_corpus --jsonl N FILE  or  make_corpus --article BYTES FILE";

fn count(arg: Option<String>) -> Result<usize, String> {
    let n = arg.ok_or(USAGE)?;
    n.parse()
        .map_err(|_| format!("the number of articles must be a whole number, not {n:?}"))
}

/// N articles as files spread over sub-directories of `dir`, 1,000 to a directory.
fn write_files(count: usize, dir: PathBuf) -> Result<(), Box<dyn std::error::Error>> {
    std::fs::create_dir_all(&dir)?;
    let mut rng = Rng(SEED);
    let mut bytes = 0;
    for i in 0..count {
        let a = article(&mut rng);
        let sub = dir.join(format!("{:03}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&sub)?;
        }
        std::fs::write(sub.join(format!("article-{i:06}.{}", a.ext)), &a.text)?;
        bytes += a.text.len();
    }
    eprintln!(
        "wrote {count} articles, {:.1} MB, into {}",
        bytes as f64 / 1e6,
        dir.display()
    );
    Ok(())
}

/// N plain-text articles as one JSON Lines archive.
fn write_archive(count: usize, file: &str) -> Result<(), Box<dyn std::error::Error>> {
    let out: Box<dyn Write> = if file == "-" {
        Box::new(std::io::stdout().lock())
    } else {
        Box::new(std::fs::File::create(file)?)
    };
    let mut out = BufWriter::new(out);
    let mut rng = Rng(SEED);
    let mut bytes = 0;
    for i in 0..count {
        let a = plain_article(&mut rng);
        let line = serde_json::json!({
            "id": format!("article-{i:06}"),
            "date": a.date,
            "text": a.text,
        });
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
        bytes += a.text.len();
    }
    out.flush()?;
    eprintln!(
        "wrote {count} articles, {:.1} MB of text, into {file}",
        bytes as f64 / 1e6
    );
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    match args.next() {
        Some(flag) if flag == "--article" => {
            let bytes = count(args.next())?;
            let file = args.next().ok_or(USAGE)?;
            let mut rng = Rng(SEED);
            // The paragraphs are most of it; the front matter, headline and furniture the rest.
            let a = markdown_article(&mut rng, bytes.saturating_sub(300));
            std::fs::write(&file, &a.text)?;
            eprintln!("wrote one article, {} bytes, into {file}", a.text.len());
            Ok(())
        }
        Some(flag) if flag == "--jsonl" => {
            let n = count(args.next())?;
            let file = args.next().ok_or(USAGE)?;
            write_archive(n, &file)
        }
        first => {
            let n = count(first)?;
            let dir = PathBuf::from(args.next().unwrap_or_else(|| "target/corpus".into()));
            write_files(n, dir)
        }
    }
}
