//! Claims: statistical mentions with what they are about, read from their sentence.

mod sentence;

use crate::extract::{Kind, Mention};
use std::ops::Range;

/// A statistical mention and its context.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// The number itself.
    pub mention: Mention,
    /// Byte range of the sentence holding it.
    pub sentence: Range<usize>,
    /// What the number counts (`children`, `trafficking victims`), lower-cased.
    pub subject: Option<String>,
    /// Where it applies (`global`, `Pakistan`).
    pub scope: Option<String>,
    /// When it applies (`2022`, `over the past 15 years`).
    pub period: Option<String>,
    /// Who it is credited to (`UNODC`, `ILO`).
    pub attribution: Option<String>,
    /// The sentence speaks of a share or proportion, not a number (for multipliers and changes).
    pub about_share: bool,
}

/// The claims among `mentions` of `text`, with their context.
pub fn claims(text: &str, mentions: &[Mention]) -> Vec<Claim> {
    mentions
        .iter()
        .filter(|m| m.is_claim())
        .map(|m| {
            let sentence = sentence::around(text, m.start, m.end);
            let words = Words::new(text, &sentence);
            Claim {
                mention: m.clone(),
                subject: subject(m, &words),
                scope: scope(&words),
                period: period(&words),
                attribution: attribution(&words),
                about_share: words
                    .lower
                    .iter()
                    .any(|w| SHARE_WORDS.contains(&w.as_str())),
                sentence,
            }
        })
        .collect()
}

const SHARE_WORDS: &[&str] = &[
    "share",
    "proportion",
    "percentage",
    "fraction",
    "ratio",
    "rate",
];

/// Words that end a noun phrase.
const STOP: &[&str] = &[
    "are",
    "is",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "which",
    "that",
    "who",
    "whom",
    "whose",
    "in",
    "on",
    "at",
    "for",
    "from",
    "with",
    "by",
    "and",
    "or",
    "to",
    "over",
    "since",
    "according",
    "globally",
    "worldwide",
    "across",
    "around",
    "as",
    "than",
    "of",
    "their",
    "its",
    "account",
    "accounts",
    "accounted",
    "make",
    "makes",
    "made",
    "said",
    "says",
    "say",
    "noting",
    "while",
    "but",
    "not",
    "it",
    "they",
    "this",
    "these",
    "those",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "now",
    "still",
    "each",
    "every",
    "per",
    "last",
    "year",
    "years",
    "during",
    "after",
    "before",
    "between",
    "among",
];

/// Filler between a subject and a number after it (`children account for one-third`).
const LINKS: &[&str] = &[
    "account",
    "accounts",
    "accounted",
    "accounting",
    "for",
    "make",
    "makes",
    "made",
    "up",
    "are",
    "is",
    "was",
    "were",
    "has",
    "have",
    "had",
    "which",
    "that",
    "who",
    "been",
    "represent",
    "represents",
    "represented",
    "constitute",
    "constitutes",
    "comprise",
    "comprises",
    "nearly",
    "almost",
    "about",
    "around",
    "more",
    "than",
    "over",
    "some",
    "roughly",
    "approximately",
    "an",
    "estimated",
    "at",
    "least",
];

/// The words of a sentence with their byte ranges, and their lower-cased forms.
struct Words {
    spans: Vec<Range<usize>>,
    /// For each word, true when only white space separates it from the word before.
    joined: Vec<bool>,
    raw: Vec<String>,
    lower: Vec<String>,
}

impl Words {
    fn new(text: &str, sentence: &Range<usize>) -> Self {
        let mut spans = Vec::new();
        let mut start = None;
        let slice = &text[sentence.clone()];
        for (i, c) in slice.char_indices() {
            let inside =
                c.is_alphanumeric() || ((c == '\'' || c == '’' || c == '-') && start.is_some());
            match (inside, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    spans.push(sentence.start + s..sentence.start + i);
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            spans.push(sentence.start + s..sentence.end);
        }
        let raw: Vec<String> = spans
            .iter()
            .map(|r| {
                text[r.clone()]
                    .trim_end_matches(['\'', '’', '-'])
                    .to_string()
            })
            .collect();
        let lower = raw.iter().map(|w| w.to_lowercase()).collect();
        let joined = (0..spans.len())
            .map(|i| i > 0 && text[spans[i - 1].end..spans[i].start].trim().is_empty())
            .collect();
        Words {
            spans,
            joined,
            raw,
            lower,
        }
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.lower.get(i).is_some_and(|w| w == word)
    }

    /// Index of the first word starting at or after byte `at`.
    fn first_from(&self, at: usize) -> usize {
        self.spans.partition_point(|r| r.start < at)
    }
}

/// A phrase of content words starting at word `from`, walking forward, at most four words.
fn phrase_after(words: &Words, mut from: usize) -> Option<String> {
    while matches!(
        words.lower.get(from).map(String::as_str),
        Some("of" | "the" | "all" | "those")
    ) {
        from += 1;
    }
    let end = (from..words.lower.len().min(from + 4))
        .take_while(|&i| {
            (i == from || words.joined[i])
                && !STOP.contains(&words.lower[i].as_str())
                && !words.lower[i].chars().all(|c| c.is_ascii_digit())
        })
        .last()?;
    Some(words.lower[from..=end].join(" "))
}

/// A phrase of content words ending before word `before`, skipping linking words, at most three words.
fn phrase_before(words: &Words, before: usize) -> Option<String> {
    let mut end = before;
    while end > 0 && LINKS.contains(&words.lower[end - 1].as_str()) {
        end -= 1;
    }
    let start = (end.saturating_sub(3)..end)
        .rev()
        .take_while(|&i| {
            (i + 1 == end || words.joined[i + 1])
                && !STOP.contains(&words.lower[i].as_str())
                && !LINKS.contains(&words.lower[i].as_str())
        })
        .last()?;
    Some(words.lower[start..end].join(" "))
}

fn subject(m: &Mention, words: &Words) -> Option<String> {
    let after = words.first_from(m.end);
    let before = words.first_from(m.start);
    let share = matches!(m.kind, Kind::Percent | Kind::Fraction | Kind::Ratio);
    if m.kind == Kind::Multiplier || m.kind == Kind::Change || (share && words.is(after, "of")) {
        phrase_before(words, before).or_else(|| phrase_after(words, after))
    } else {
        phrase_after(words, after).or_else(|| phrase_before(words, before))
    }
}

fn scope(words: &Words) -> Option<String> {
    for (i, w) in words.lower.iter().enumerate() {
        match w.as_str() {
            "globally" | "worldwide" | "global" => return Some("global".into()),
            "world" if i > 0 && matches!(words.lower[i - 1].as_str(), "the") => {
                return Some("global".into());
            }
            "in" | "across" | "within" => {
                if let Some(next) = words.raw.get(i + 1)
                    && next.starts_with(char::is_uppercase)
                    && crate::claim::is_place_like(next)
                {
                    return Some(next.clone());
                }
            }
            _ => {}
        }
    }
    None
}

/// True for a capitalised word that can name a place (not a month, weekday or organisation).
fn is_place_like(word: &str) -> bool {
    let lower = word.to_lowercase();
    let month = matches!(
        lower.as_str(),
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    );
    !month && !word.chars().all(|c| c.is_uppercase()) && !word.chars().any(|c| c.is_ascii_digit())
}

fn period(words: &Words) -> Option<String> {
    let n = words.lower.len();
    for i in 0..n {
        let w = words.lower[i].as_str();
        let year = |j: usize| {
            words
                .lower
                .get(j)
                .filter(|y| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()))
        };
        match w {
            "in" | "since" | "by" | "during" => {
                if let Some(y) = year(i + 1) {
                    return Some(if w == "in" || w == "during" {
                        y.clone()
                    } else {
                        format!("{w} {y}")
                    });
                }
            }
            "between" | "from" => {
                if let (Some(a), Some(b)) = (year(i + 1), year(i + 3)) {
                    return Some(format!("{a}-{b}"));
                }
            }
            "past" | "last" => {
                if let Some(k) = words.lower.get(i + 1)
                    && let Some("years" | "decades") = words.lower.get(i + 2).map(String::as_str)
                {
                    return Some(format!("{w} {k} {}", words.lower[i + 2]));
                }
            }
            _ => {}
        }
    }
    None
}

/// Organisations whose figures the table holds, as a sentence may name them.
const ORGANISATIONS: &[(&str, &str)] = &[
    ("unodc", "UNODC"),
    ("ilo", "ILO"),
    ("iom", "IOM"),
    ("unicef", "UNICEF"),
    ("walk free", "Walk Free"),
    ("state department", "US State Department"),
    ("fia", "FIA"),
    ("un", "UN"),
    ("united nations", "UN"),
];

fn organisation_at(words: &Words, i: usize) -> Option<&'static str> {
    ORGANISATIONS.iter().find_map(|&(name, canonical)| {
        let parts: Vec<&str> = name.split(' ').collect();
        let hit = parts.iter().enumerate().all(|(k, p)| {
            words
                .lower
                .get(i + k)
                .is_some_and(|w| w.trim_end_matches("’s").trim_end_matches("'s") == *p)
        });
        hit.then_some(canonical)
    })
}

fn attribution(words: &Words) -> Option<String> {
    let n = words.lower.len();
    for i in 0..n {
        // `according to (the) X`
        if words.is(i, "according") && words.is(i + 1, "to") {
            let at = if words.is(i + 2, "the") { i + 3 } else { i + 2 };
            if let Some(org) = organisation_at(words, at) {
                return Some(org.into());
            }
        }
        // `X said`, `X's data`, `X estimates`
        if let Some(org) = organisation_at(words, i) {
            let width = ORGANISATIONS
                .iter()
                .find(|(_, c)| *c == org)
                .map_or(1, |(n, _)| n.split(' ').count());
            let next = words.lower.get(i + width).map(String::as_str);
            let possessive = words.lower[i + width - 1].ends_with("’s")
                || words.lower[i + width - 1].ends_with("'s");
            let report_word = matches!(
                next,
                Some(
                    "data"
                        | "report"
                        | "figures"
                        | "estimates"
                        | "estimate"
                        | "research"
                        | "survey"
                        | "study"
                        | "findings"
                        | "statistics"
                )
            );
            let verb = matches!(
                next,
                Some(
                    "said"
                        | "says"
                        | "reported"
                        | "reports"
                        | "estimates"
                        | "estimated"
                        | "found"
                        | "finds"
                )
            );
            if (possessive && report_word) || (!possessive && verb) {
                return Some(org.into());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    fn claim(text: &str, needle: &str) -> Claim {
        let at = text.find(needle).unwrap();
        claims(text, &extract(text))
            .into_iter()
            .find(|c| c.mention.start == at)
            .unwrap()
    }

    #[test]
    fn subject_after_a_count() {
        let c = claim(
            "He said 3.3 million children are trafficked worldwide.",
            "3.3",
        );
        assert_eq!(c.subject.as_deref(), Some("children"));
        assert_eq!(c.scope.as_deref(), Some("global"));
    }

    #[test]
    fn subject_before_a_share_of_a_population() {
        let c = claim(
            "According to UNODC’s data, children account for one-third of trafficking victims.",
            "one-third",
        );
        assert_eq!(c.subject.as_deref(), Some("children"));
        assert_eq!(c.attribution.as_deref(), Some("UNODC"));
    }

    #[test]
    fn subject_before_a_multiplier() {
        let c = claim(
            "The theme is child victims, which has tripled over the past 15 years.",
            "tripled",
        );
        assert_eq!(c.subject.as_deref(), Some("child victims"));
        assert_eq!(c.period.as_deref(), Some("past 15 years"));
        assert!(!c.about_share);
        let c = claim("The share of children has tripled since 2004.", "tripled");
        assert!(c.about_share);
        assert_eq!(c.period.as_deref(), Some("since 2004"));
    }

    #[test]
    fn a_speaker_from_an_organisation_is_no_attribution() {
        let c = claim(
            "The ILO's country director warned that 3.3 million children are at risk.",
            "3.3",
        );
        assert_eq!(c.attribution, None);
        let c = claim(
            "The ILO said 3.3 million children are in forced labour.",
            "3.3",
        );
        assert_eq!(c.attribution.as_deref(), Some("ILO"));
    }

    #[test]
    fn scope_names_a_place() {
        let c = claim(
            "In 2024, 458 traffickers were convicted in Pakistan.",
            "458",
        );
        assert_eq!(c.scope.as_deref(), Some("Pakistan"));
        assert_eq!(c.period.as_deref(), Some("2024"));
        assert_eq!(c.subject.as_deref(), Some("traffickers"));
    }
}
