//! Writes a deterministic benchmark corpus of news-like articles (Markdown, HTML and plain text).
//!
//! `cargo run --release --example make_corpus -- N [DIR]` writes N articles (about 2 KB each) into
//! DIR (default `target/corpus`), built from sentences written for this project, with numbers in
//! every style tipcheck reads, about one per 150 to 300 bytes, and page furniture around them.

use std::fmt::Write as _;
use std::path::PathBuf;

/// A small, fixed pseudo-random generator (xorshift64*), so every run writes the same bytes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Sentences with slots: {count} {share} {pct} {frac} {mult} {money} {year} {small} {range}.
const SENTENCES: &[&str] = &[
    "Children now make up {pct} of the trafficking victims that national authorities detect, the agency said.",
    "Officials estimate that {count} people were living in forced labour on any given day in {year}.",
    "The number of detected victims rose by {pct} between {year} and the following year, the report found.",
    "Around {frac} of the victims identified by the police were girls, according to the provincial data.",
    "The share of boys among detected victims has grown {mult} over the period, researchers noted.",
    "Forced labour in the private economy generates an estimated {money} in illegal profits every year.",
    "More than {count} children are in child labour in the province, a survey released on Tuesday showed.",
    "Police said {small} suspects had been arrested and {small} victims freed in the raid.",
    "Convictions fell {pct} in {year}, the third fall in a row, according to the ministry.",
    "Nearly {share} of working children aged 10 to 14 were in hazardous jobs, the survey said.",
    "Between {range} people are thought to be held in debt bondage in brick kilns across the region.",
    "The court heard that the agent charged each family Rs {small} lakh for a visa that never arrived.",
    "A spokesperson said the helpline had received {count} calls since it opened in {year}.",
    "One in {small} of those trapped in forced marriage is a child, the estimates suggest.",
    "Detections of victims trafficked for forced criminality have {mult}, partly because of online scam compounds.",
    "The government says it has spent {money} on shelters and legal aid over {small} years.",
    "Some {count} migrant workers were repatriated last year, up from {count} the year before.",
    "The index places the country fourth by absolute number, with about {count} people affected.",
    "Almost {frac} of all those in forced labour are children, the organisations said in a joint statement.",
    "Prosecutors opened {count} cases under the anti-trafficking law, but secured only {count} convictions.",
    "Inspectors visited {count} factories and found violations at {pct} of them.",
    "The programme aims to reach {count} households by {year} with cash transfers worth {money}.",
    "Girls accounted for {pct} of detected child victims, while boys made up the rest.",
    "Reported cases climbed {mult} in five years, though officials say better reporting explains part of it.",
    "At least {small} people died when the boat capsized, and {small} are still missing.",
];

/// Sentences without numbers, so numbers come about once per 150 to 300 bytes as in real reporting.
const PLAIN: &[&str] = &[
    "Rights groups say the real scale of the problem is far larger than official records suggest.",
    "The families told reporters they had been promised good jobs and safe travel.",
    "Officials from several agencies attended the meeting, which ended with a joint pledge.",
    "Survivors described long hours, withheld wages and threats against relatives at home.",
    "Campaigners urged the authorities to train more labour inspectors and fund shelters properly.",
    "The minister said new rules would make recruitment agencies register with the government.",
    "Local journalists have documented similar cases in neighbouring districts.",
    "Experts caution that detection figures reflect police effort as much as the crime itself.",
];

const FURNITURE: &[&str] = &[
    "{n}Fans Like",
    "{n} Followers Follow",
    "{n} Subscribers",
    "Updated {small} hours ago",
    "{small} min read",
    "Share this article: {n} shares",
    "Call the helpline on 0800 {n}",
    "KSE-100 {n}.{small} points",
];

const HEADLINES: &[&str] = &[
    "Agencies warn of rising child trafficking",
    "Survey finds millions of children at work",
    "Profits from forced labour keep climbing",
    "Court hears of debt bondage at brick kilns",
    "Government unveils new anti-trafficking plan",
];

fn fill(template: &str, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
        let slot = &rest[open + 1..close];
        let value = match slot {
            "count" => match rng.below(6) {
                0 => format!("{}.{} million", 1 + rng.below(60), rng.below(10)),
                1 => format!("{},{:03}", 1 + rng.below(99), rng.below(1000)),
                2 => format!("{} lakh", 1 + rng.below(90)),
                3 => format!("{}", 100 + rng.below(9000)),
                4 => ["twenty-one", "two hundred", "a million", "half a million", "forty thousand"][rng.below(5)].to_string(),
                _ => format!("{}m", 1 + rng.below(50)),
            },
            "pct" => match rng.below(4) {
                0 => format!("{}%", 1 + rng.below(99)),
                1 => format!("{} per cent", 1 + rng.below(99)),
                2 => format!("{}pc", 1 + rng.below(99)),
                _ => format!("{}.{} percent", 1 + rng.below(60), rng.below(10)),
            },
            "share" => ["half", "a third", "two-thirds", "a quarter", "40%"][rng.below(5)].to_string(),
            "frac" => ["one-third", "one in three", "a quarter", "two out of five", "one in eight"][rng.below(5)].to_string(),
            "mult" => ["tripled", "doubled", "fivefold", "risen three times", "nearly doubled"][rng.below(5)].to_string(),
            "money" => match rng.below(3) {
                0 => format!("US${}bn", 10 + rng.below(300)),
                1 => format!("${}.{} billion", 1 + rng.below(30), rng.below(10)),
                _ => format!("Rs{} crore", 1 + rng.below(900)),
            },
            "year" => format!("{}", 2004 + rng.below(21)),
            "small" => format!("{}", 2 + rng.below(40)),
            "range" => format!("{} and {} million", 1 + rng.below(5), 6 + rng.below(5)),
            "n" => format!("{},{:03}", 1 + rng.below(40), rng.below(1000)),
            _ => slot.to_string(),
        };
        out.push_str(&value);
        rest = rest.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// One article of about 2 KB: a headline, a dateline, paragraphs, and furniture.
fn article(rng: &mut Rng) -> (String, String) {
    let headline = rng.pick(HEADLINES);
    let date = format!("{} {} {}", 1 + rng.below(28), rng.pick(&["January", "March", "July", "September", "November"]), 2015 + rng.below(11));
    let mut paragraphs = Vec::new();
    let mut size = 0;
    while size < 1700 {
        let sentences: Vec<String> = (0..3 + rng.below(3))
            .map(|i| if i % 2 == 1 { rng.pick(PLAIN).to_string() } else { fill(rng.pick(SENTENCES), rng) })
            .collect();
        let p = sentences.join(" ");
        size += p.len();
        paragraphs.push(p);
    }
    let furniture: Vec<String> = (0..3).map(|_| fill(rng.pick(FURNITURE), rng)).collect();
    let mut text = String::new();
    match rng.below(3) {
        0 => {
            let _ = writeln!(text, "---\ntitle: {headline}\ndate: {date}\n---\n\n# {headline}\n");
            for p in &paragraphs {
                let _ = writeln!(text, "{p}\n");
            }
            let _ = writeln!(text, "```\nid = {}\n```\n", rng.next() % 100_000);
            for f in &furniture {
                let _ = writeln!(text, "- {f}");
            }
            ("md".into(), text)
        }
        1 => {
            let _ = writeln!(text, "<!doctype html>\n<html><head><title>{headline}</title>");
            let _ = writeln!(text, "<script>var views = {};</script></head><body>", rng.next() % 100_000);
            let _ = writeln!(text, "<nav>Home | World | {} new stories</nav>\n<article><h1>{headline}</h1>", rng.below(50));
            let _ = writeln!(text, "<time datetime=\"2024-09-12\">{date}</time>");
            for p in &paragraphs {
                let _ = writeln!(text, "<p>{}</p>", p.replace('&', "&amp;"));
            }
            let _ = writeln!(text, "</article>\n<aside>");
            for f in &furniture {
                let _ = writeln!(text, "<span>{f}</span>");
            }
            let _ = writeln!(text, "</aside></body></html>");
            ("html".into(), text)
        }
        _ => {
            let _ = writeln!(text, "{date}\n\n{headline}\n");
            for p in &paragraphs {
                let _ = writeln!(text, "{p}\n");
            }
            for f in &furniture {
                let _ = writeln!(text, "{f}");
            }
            ("txt".into(), text)
        }
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let count: usize = match args.next() {
        Some(n) => n.parse().map_err(|_| format!("the number of articles must be a whole number, not {n:?}"))?,
        None => return Err("usage: make_corpus N [DIR]".into()),
    };
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "target/corpus".into()));
    std::fs::create_dir_all(&dir)?;
    let mut rng = Rng(0x7469_7063_6865_636B); // "tipcheck"
    let mut bytes = 0;
    for i in 0..count {
        let (ext, text) = article(&mut rng);
        // Spread files over sub-directories, as an archive would be.
        let sub = dir.join(format!("{:03}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&sub)?;
        }
        let path = sub.join(format!("article-{i:06}.{ext}"));
        std::fs::write(&path, &text)?;
        bytes += text.len();
    }
    eprintln!("wrote {count} articles, {:.1} MB, into {}", bytes as f64 / 1e6, dir.display());
    Ok(())
}
