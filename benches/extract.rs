//! Throughput of `extract` on generated news-like corpora, in bytes per second.
//!
//! Run with `cargo bench --bench extract`. Three corpora, all built from sentences written for
//! this project and the same every run:
//!
//! - `extract_news_articles`: articles as news sites publish them, with a number about once per
//!   150 to 300 bytes (the density of real reporting on crime, labour and the economy), datelines,
//!   headlines and page furniture; the figure to quote.
//! - `extract_news_corpus`: a number-dense mix (a number about every 100 bytes), a stress test.
//! - `prefilter_only_prose`: prose without numbers, the cost of the prefilter alone.
//!
//! Before the benchmarks run, the density of each corpus is printed (unless
//! `TIPCHECK_BENCH_QUIET` is set, for profilers that count instructions).

use divan::counter::BytesCount;
use std::hint::black_box;
use std::sync::OnceLock;

fn main() {
    if std::env::var_os("TIPCHECK_BENCH_QUIET").is_some() {
        // For profilers counting instructions: only the benchmarks run.
        divan::main();
        return;
    }
    for (name, text) in [("news articles", articles()), ("number-dense mix", dense())] {
        let mentions = tipcheck::extract::extract(text).len();
        eprintln!(
            "{name}: {} bytes, {mentions} mentions, one per {} bytes",
            text.len(),
            text.len() / mentions.max(1)
        );
    }
    divan::main();
}

/// A small, fixed pseudo-random generator (xorshift64), so every run builds the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Sentences without numbers, with the words that look like number words at first sight
/// (`someone`, `often`, `tension`, `fortune`, `lack`, `dimension`, `first`, `second`).
const PLAIN: &[&str] = &[
    "Rights groups say the true scale of the abuse is far larger than official records suggest.",
    "Someone at the agency often took the calls at night, a former employee told reporters.",
    "Families said they had been promised safe travel and decent wages by a local broker.",
    "The tension between the two ministries has slowed work on the new rules, officials admit.",
    "Campaigners urged the government to train more labour inspectors and to fund shelters.",
    "Survivors described long hours, withheld wages and threats against relatives at home.",
    "The fortune of the recruiting firms rests on fees that workers can rarely afford to pay.",
    "Experts caution that detection figures reflect police effort as much as the crime itself.",
    "A lack of interpreters means many victims are never told of their rights, lawyers say.",
    "The second hearing was adjourned after the defence asked for more time to prepare.",
    "Local journalists have documented similar cases in neighbouring districts and towns.",
    "The first witness, a former cook at the farm, said she was never allowed to leave.",
    "Officials tend to blame the weather, but economists point to weak demand at home.",
    "The ministry said it was reviewing the dimension of the problem with its partners abroad.",
    "Police said the investigation was continuing and that further arrests were likely.",
    "Opposition lawmakers accused the government of ignoring warnings from its own inspectors.",
];

/// Sentences with one or two numbers in the styles news text uses.
const NUMBERS: &[&str] = &[
    "Police said they had freed 37 workers, including 11 children, from a kiln near the border.",
    "About 3.3 million children are in forced labour, according to the latest global estimates.",
    "Convictions fell 11 per cent last year, the third fall in a row, the ministry said.",
    "The agency rescued no fewer than 1,160 victims in 2023, up from 987 a year earlier.",
    "Profits from forced labour reached US$236bn a year, a rise of 37 per cent since 2014.",
    "Nearly two-thirds of the victims identified by the police were women and girls.",
    "One in four victims detected worldwide is a child, the report found.",
    "Fines of Rs 38.4 lakh were imposed on employers under the minimum wages law.",
    "Reported cases have more than doubled over the past decade, officials said.",
    "Inflation eased to 6.9pc in October from 9.6pc in September, data showed.",
    "The central bank cut its policy rate by 150 basis points to 15 per cent on Monday.",
    "Between 20 and 30 per cent of those referred are thought to be boys under 18.",
    "Workers paid recruiters between Tk 400,000 and Tk 450,000 each for a job abroad.",
    "The survey counted 782,300 new jobs, of which only 78,100 were in the formal sector.",
    "Knife offences rose to 50,510 in the year to December, a rate of 84 per 100,000 people.",
    "The government has set aside ₹1.87 lakh crore, roughly a fifth of the annual budget.",
];

/// Datelines and the furniture around an article.
const DATELINES: &[&str] = &[
    "LAHORE, March 8 (Reuters) –",
    "ABUJA — Published Thursday, September 12, 2024 10:46 am",
    "NAIROBI, Kenya, May 7 –",
    "By Staff Reporter · 2 hours ago · 3 min read",
    "Updated: Nov 1, 2024, 17:42 IST",
];

const FURNITURE: &[&str] = &[
    "12,904 Fans Like | 8,317 Followers Follow",
    "Share this article: 1,204 shares",
    "KSE-100 ▲ 78,234.56 +1.2% | USD/PKR 278.50 -0.1%",
    "RELATED\nPolice free 15 workers from kiln\nCourt jails 3 traffickers",
    "Call the helpline on 0800 123 456 or visit https://example.org/help/2024",
];

const HEADLINES: &[&str] = &[
    "Agencies warn of rising child trafficking in border districts",
    "Survey finds millions of children still at work",
    "Court hears of debt bondage at brick kilns",
    "Government unveils plan to register recruiters",
];

/// News articles of about 2 KB each, with a number about once per 150 to 300 bytes.
fn articles() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let mut rng = Rng(0x7469_7063_6865_636B);
        let mut out = String::with_capacity((4 << 20) + 4096);
        while out.len() < 4 << 20 {
            out.push_str(rng.pick(HEADLINES));
            out.push_str("\n\n");
            out.push_str(rng.pick(DATELINES));
            out.push(' ');
            let start = out.len();
            while out.len() - start < 1800 {
                for _ in 0..2 + rng.below(3) {
                    let piece = if rng.below(20) < 3 {
                        rng.pick(NUMBERS)
                    } else {
                        rng.pick(PLAIN)
                    };
                    out.push_str(piece);
                    out.push(' ');
                }
                out.push_str("\n\n");
            }
            out.push_str(rng.pick(FURNITURE));
            out.push_str("\n\n");
        }
        out
    })
}

/// A number-dense mix: a number about every 100 bytes.
fn dense() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let mut out = String::with_capacity((4 << 20) + 200);
        while out.len() < 4 << 20 {
            let pick = rng.below(100);
            let piece = if pick < 55 {
                PLAIN[pick % PLAIN.len()]
            } else if pick < 95 {
                NUMBERS[pick % NUMBERS.len()]
            } else {
                FURNITURE[pick % FURNITURE.len()]
            };
            out.push_str(piece);
            out.push(' ');
            if pick.is_multiple_of(9) {
                out.push_str("\n\n");
            }
        }
        out
    })
}

#[divan::bench]
fn extract_news_articles(bencher: divan::Bencher) {
    let text = articles();
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| tipcheck::extract::extract(black_box(text)).len());
}

#[divan::bench]
fn extract_news_corpus(bencher: divan::Bencher) {
    let text = dense();
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| tipcheck::extract::extract(black_box(text)).len());
}

#[divan::bench]
fn prefilter_only_prose(bencher: divan::Bencher) {
    let text = PLAIN.join(" ").replace(". ", ".\n\n").repeat(3000);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| tipcheck::extract::extract(black_box(&text)).len());
}
