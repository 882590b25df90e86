//! The benchmark corpus: deterministic news-like articles (Markdown, HTML and plain text), built
//! from sentences written for this project, with numbers in every style tipcheck reads (about one
//! per 150 to 300 bytes) and page furniture around them. Shared by `examples/make_corpus.rs`
//! (`bench/make_corpus`) and `benches/check.rs`.

use std::fmt::Write as _;

/// A small, fixed pseudo-random generator (xorshift64*), so every run writes the same bytes.
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
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
    "A lawyer for the workers said the case had been adjourned again without explanation.",
    "Teachers in the area say pupils often miss school during the harvest season.",
    "The company declined to comment on the allegations when contacted by phone.",
    "Community leaders called for an independent inquiry into how the recruiters operated.",
    "Several of the men said their passports had been taken on arrival and never returned.",
    "An official at the labour department said inspections would resume after the holidays.",
    "Aid workers described the camp as overcrowded, with little access to clean water.",
    "The committee will hear evidence from survivors and police officers next month.",
    "Advocates argue that the law punishes victims instead of the people who exploit them.",
    "Mothers waited outside the police station for news of their sons late into the night.",
    "The bill now goes to the upper house, where its passage is far from certain.",
    "Researchers interviewed families in villages along the border over several months.",
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
                4 => [
                    "twenty-one",
                    "two hundred",
                    "a million",
                    "half a million",
                    "forty thousand",
                ][rng.below(5)]
                .to_string(),
                _ => format!("{}m", 1 + rng.below(50)),
            },
            "pct" => match rng.below(4) {
                0 => format!("{}%", 1 + rng.below(99)),
                1 => format!("{} per cent", 1 + rng.below(99)),
                2 => format!("{}pc", 1 + rng.below(99)),
                _ => format!("{}.{} percent", 1 + rng.below(60), rng.below(10)),
            },
            "share" => {
                ["half", "a third", "two-thirds", "a quarter", "40%"][rng.below(5)].to_string()
            }
            "frac" => [
                "one-third",
                "one in three",
                "a quarter",
                "two out of five",
                "one in eight",
            ][rng.below(5)]
            .to_string(),
            "mult" => [
                "tripled",
                "doubled",
                "fivefold",
                "risen three times",
                "nearly doubled",
            ][rng.below(5)]
            .to_string(),
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

/// Bytes of prose per article, before the headline, dates and furniture.
const PROSE_BYTES: usize = 1550;

/// One sentence in this many has numbers.
const NUMBERED_IN: usize = 4;

/// One generated article.
pub struct Article {
    /// The file extension for its form: `md`, `html` or `txt`.
    pub ext: &'static str,
    /// The whole file.
    pub text: String,
    /// Its date, `YYYY-MM-DD`.
    pub date: String,
}

const MONTHS: [(&str, u32); 5] = [
    ("January", 1),
    ("March", 3),
    ("July", 7),
    ("September", 9),
    ("November", 11),
];

/// One article of about 2 KB in Markdown, HTML or plain text: a headline, a dateline,
/// paragraphs, and furniture.
pub fn article(rng: &mut Rng) -> Article {
    let form = rng.below(3);
    article_in(rng, form, PROSE_BYTES)
}

/// One article of about 2 KB in plain text, as a JSON Lines archive holds them.
pub fn plain_article(rng: &mut Rng) -> Article {
    article_in(rng, 2, PROSE_BYTES)
}

/// One Markdown article with about `prose` bytes of paragraphs (a draft of that size).
pub fn markdown_article(rng: &mut Rng, prose: usize) -> Article {
    article_in(rng, 0, prose)
}

/// One article in form 0 (Markdown), 1 (HTML) or 2 (plain text).
fn article_in(rng: &mut Rng, form: usize, prose: usize) -> Article {
    let headline = rng.pick(HEADLINES);
    let (day, (month, number), year) = (
        1 + rng.below(28),
        MONTHS[rng.below(MONTHS.len())],
        2015 + rng.below(11),
    );
    let date = format!("{day} {month} {year}");
    let iso = format!("{year}-{number:02}-{day:02}");
    let mut paragraphs = Vec::new();
    let mut size = 0;
    while size < prose {
        // One sentence in NUMBERED_IN has numbers: about one number per 200 bytes in all, with
        // the furniture, as in real reporting.
        let sentences: Vec<String> = (0..3 + rng.below(3))
            .map(|_| {
                if rng.below(NUMBERED_IN) == 0 {
                    fill(rng.pick(SENTENCES), rng)
                } else {
                    rng.pick(PLAIN).to_string()
                }
            })
            .collect();
        let p = sentences.join(" ");
        size += p.len();
        paragraphs.push(p);
    }
    let furniture: Vec<String> = (0..2).map(|_| fill(rng.pick(FURNITURE), rng)).collect();
    let mut text = String::new();
    let ext = match form {
        0 => {
            let _ = writeln!(
                text,
                "---\ntitle: {headline}\ndate: {date}\n---\n\n# {headline}\n"
            );
            for p in &paragraphs {
                let _ = writeln!(text, "{p}\n");
            }
            let _ = writeln!(text, "```\nid = {}\n```\n", rng.next() % 100_000);
            for f in &furniture {
                let _ = writeln!(text, "- {f}");
            }
            "md"
        }
        1 => {
            let _ = writeln!(
                text,
                "<!doctype html>\n<html><head><title>{headline}</title>"
            );
            let _ = writeln!(
                text,
                "<script>var views = {};</script></head><body>",
                rng.next() % 100_000
            );
            let _ = writeln!(
                text,
                "<nav>Home | World | {} new stories</nav>\n<article><h1>{headline}</h1>",
                rng.below(50)
            );
            let _ = writeln!(text, "<time datetime=\"{iso}\">{date}</time>");
            for p in &paragraphs {
                let _ = writeln!(text, "<p>{}</p>", p.replace('&', "&amp;"));
            }
            let _ = writeln!(text, "</article>\n<aside>");
            for f in &furniture {
                let _ = writeln!(text, "<span>{f}</span>");
            }
            let _ = writeln!(text, "</aside></body></html>");
            "html"
        }
        _ => {
            let _ = writeln!(text, "{date}\n\n{headline}\n");
            for p in &paragraphs {
                let _ = writeln!(text, "{p}\n");
            }
            for f in &furniture {
                let _ = writeln!(text, "{f}");
            }
            "txt"
        }
    };
    Article {
        ext,
        text,
        date: iso,
    }
}
