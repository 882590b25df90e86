//! Throughput of `extract` on a generated news-like corpus, in bytes per second.
//!
//! Run with `cargo bench --bench extract`. The corpus mixes prose without numbers, sentences
//! with statistics in many styles, and page furniture, in proportions close to news pages.

use divan::counter::BytesCount;
use std::hint::black_box;

fn main() {
    divan::main();
}

const PROSE: &[&str] = &[
    "Officials said the agency had stepped up its work with partners across the region. ",
    "Rights groups have long warned that families in debt are the most exposed to abuse. ",
    "The minister told reporters that a new law would be sent to parliament soon. ",
    "Survivors described being moved between cities by agents who kept their papers. ",
    "Inspectors say the kilns are hard to reach during the monsoon months. ",
];

const NUMBERS: &[&str] = &[
    "About 3.3 million children were in forced labour in 2021, or one in eight of the total. ",
    "Police freed 63 labourers, including 27 children, from 11 kilns on Wednesday. ",
    "Profits rose 37 per cent to US$236bn, according to the report published on 19 March 2024. ",
    "Complaints rose from 1,02,430 to 1,18,000, while fines reached Rs 1.6 crore. ",
    "Between 20 and 30 per cent of victims are boys, and nearly two-thirds are women. ",
    "Call 1098 or visit https://example.org/help/2024 for assistance. ",
];

const FURNITURE: &[&str] = &[
    "Updated 3h ago | 5 min read\n",
    "12,904 Fans 8,317 Followers\n",
    "KSE-100 ▲ 78,234.56 +1.2% | USD/PKR 278.50 -0.1%\n",
];

/// A corpus of about `size` bytes, the same every run.
fn corpus(size: usize) -> String {
    let mut out = String::with_capacity(size + 200);
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    while out.len() < size {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let pick = (state % 100) as usize;
        let piece = if pick < 70 {
            PROSE[pick % PROSE.len()]
        } else if pick < 95 {
            NUMBERS[pick % NUMBERS.len()]
        } else {
            FURNITURE[pick % FURNITURE.len()]
        };
        out.push_str(piece);
        if pick.is_multiple_of(9) {
            out.push_str("\n\n");
        }
    }
    out
}

#[divan::bench]
fn extract_news_corpus(bencher: divan::Bencher) {
    let text = corpus(4 << 20);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| tipcheck::extract::extract(black_box(&text)).len());
}

#[divan::bench]
fn prefilter_only_prose(bencher: divan::Bencher) {
    let text = PROSE.concat().repeat(8000);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| tipcheck::extract::extract(black_box(&text)).len());
}
