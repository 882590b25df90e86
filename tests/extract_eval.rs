//! Claim recall, precision and value accuracy of `extract` on hand-annotated news articles.
//!
//! Each file in `fixtures/extract/articles/` is an article written for this project in the
//! styles of several outlets, page furniture included. Every statistical claim is marked
//! `[[text|value]]` (`low..high` for a range, `-` where no single value applies); every other
//! number is not a claim. Run with `TIPCHECK_EVAL_VERBOSE=1` to list each miss.

use std::fs;
use std::path::Path;
use tipcheck::extract::{Mention, extract};

/// A claim marked in an article: its byte span in the stripped text and its expected value.
struct Gold {
    start: usize,
    end: usize,
    value: Expected,
}

enum Expected {
    Value(f64),
    Range(f64, f64),
    Any,
}

/// Strips the `[[text|value]]` marks, returning the plain text and the marked claims.
fn parse(marked: &str) -> (String, Vec<Gold>) {
    let mut text = String::with_capacity(marked.len());
    let mut gold = Vec::new();
    let mut rest = marked;
    while let Some(open) = rest.find("[[") {
        text.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let close = after.find("]]").expect("every [[ has its ]]");
        let (span, value) = after[..close]
            .split_once('|')
            .expect("every mark is [[text|value]]");
        let start = text.len();
        text.push_str(span);
        let value = if value == "-" {
            Expected::Any
        } else if let Some((lo, hi)) = value.split_once("..") {
            Expected::Range(lo.parse().unwrap(), hi.parse().unwrap())
        } else {
            Expected::Value(value.parse().expect("a number"))
        };
        gold.push(Gold {
            start,
            end: text.len(),
            value,
        });
        rest = &after[close + 2..];
    }
    text.push_str(rest);
    (text, gold)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs().max(1.0) || (a - b).abs() < 1e-4
}

fn value_ok(m: &Mention, want: &Expected) -> bool {
    match *want {
        Expected::Any => true,
        Expected::Value(v) => m.value.is_some_and(|x| close(x, v)),
        Expected::Range(lo, hi) => {
            m.low.is_some_and(|x| close(x, lo)) && m.high.is_some_and(|x| close(x, hi))
        }
    }
}

#[derive(Default)]
struct Score {
    gold: usize,
    found: usize,
    predicted: usize,
    correct_predictions: usize,
    valued: usize,
    value_right: usize,
}

#[test]
fn claims_in_annotated_articles() {
    let verbose = std::env::var_os("TIPCHECK_EVAL_VERBOSE").is_some();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/extract/articles");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("the articles folder")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 8, "expected the annotated articles");
    let mut total = Score::default();
    let mut report = String::new();
    for path in &files {
        let (text, gold) = parse(&fs::read_to_string(path).unwrap());
        let claims: Vec<Mention> = extract(&text)
            .into_iter()
            .filter(|m| m.is_claim())
            .collect();
        let name = path.file_name().unwrap().to_string_lossy();
        total.gold += gold.len();
        total.predicted += claims.len();
        for g in &gold {
            let hit = claims.iter().find(|m| m.start < g.end && g.start < m.end);
            match hit {
                Some(m) => {
                    total.found += 1;
                    if !matches!(g.value, Expected::Any) {
                        total.valued += 1;
                        if value_ok(m, &g.value) {
                            total.value_right += 1;
                        } else {
                            report.push_str(&format!(
                                "{name}: wrong value for {:?}: {:?} low {:?} high {:?}\n",
                                &text[g.start..g.end],
                                m.value,
                                m.low,
                                m.high
                            ));
                        }
                    }
                }
                None => report.push_str(&format!("{name}: missed {:?}\n", &text[g.start..g.end])),
            }
        }
        for m in &claims {
            if gold.iter().any(|g| m.start < g.end && g.start < m.end) {
                total.correct_predictions += 1;
            } else {
                report.push_str(&format!(
                    "{name}: not a claim but reported: {:?} ({})\n",
                    &text[m.start..m.end],
                    m.kind.as_str()
                ));
            }
        }
    }
    let recall = total.found as f64 / total.gold as f64;
    let precision = total.correct_predictions as f64 / total.predicted.max(1) as f64;
    let accuracy = total.value_right as f64 / total.valued.max(1) as f64;
    println!(
        "claims {}: recall {recall:.3}, precision {precision:.3}, value accuracy {accuracy:.3}",
        total.gold
    );
    if verbose {
        print!("{report}");
    }
    assert!(
        recall >= 0.95 && precision >= 0.93 && accuracy >= 0.97,
        "recall {recall:.3}, precision {precision:.3}, value accuracy {accuracy:.3}\n{report}"
    );
}
