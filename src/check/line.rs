//! The line between a number that makes no statistic on the topic and one the table cannot
//! check, drawn by what the number counts: the reach of a nearby paragraph on the topic holds
//! for a count of people or cases, not for a count of things.

use super::{Checker, evidence, topic};
use crate::claim::words::WordSet;
use crate::extract::Kind;

/// What a number counts, from its own noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Counts {
    /// People or cases on the topic: victims, children, women, cases, convictions, calls.
    People,
    /// Anything else a noun names: money, products, places, organisations, events, years.
    Things,
    /// No noun near the number says.
    Unknown,
}

/// Nouns of people or of cases (their stems; a word that starts with one counts).
const PEOPLE: &[&str] = &[
    "victim",
    "child",
    "children",
    "people",
    "person",
    "women",
    "woman",
    "girl",
    "boy",
    "men",
    "man",
    "worker",
    "labourer",
    "laborer",
    "case",
    "prosecution",
    "conviction",
    "referral",
    "call",
    "survivor",
    "minor",
    "kid",
    "adult",
    "individual",
    "migrant",
    "slave",
    "bride",
    "youngster",
    "teen",
    "juvenile",
    "trafficker",
    "offender",
    "suspect",
    "report",
    "complaint",
    "labourers",
    "domestic",
    "orphan",
    "student",
    "pupil",
    "refugee",
    "citizen",
    "national",
    "employee",
    "fisherm",
    "household worker",
    "infant",
    "daughter",
    "son",
    "wives",
    "wife",
];

/// Nouns of things that are not people or cases.
const THINGS: &[&str] = &[
    "dollar",
    "usd",
    "euro",
    "pound",
    "rupee",
    "naira",
    "taka",
    "billion dollar",
    "product",
    "item",
    "good",
    "brand",
    "compan",
    "firm",
    "business",
    "factor",
    "province",
    "district",
    "village",
    "city",
    "cities",
    "town",
    "region",
    "organi",
    "agenc",
    "ngo",
    "group",
    "event",
    "conference",
    "meeting",
    "summit",
    "household",
    "famil",
    "page",
    "chapter",
    "article",
    "section",
    "law",
    "act",
    "convention",
    "treat",
    "bill",
    "polic",
    "program",
    "project",
    "school",
    "hospital",
    "shelter",
    "tonne",
    "ton",
    "kilo",
    "acre",
    "hectare",
    "mile",
    "km",
    "kilometre",
    "metre",
    "meter",
    "pair",
    "garment",
    "shirt",
    "phone",
    "device",
    "car",
    "vehicle",
    "boat",
    "ship",
    "plant",
    "farm",
    "mine",
    "factory",
    "kiln",
    "store",
    "shop",
    "job",
    "loss",
    "income",
    "wage",
    "salar",
    "fine",
    "bail",
    "sentence",
    "square",
    "point",
    "language",
    "time",
    "step",
    "recommendation",
    "goal",
    "target",
    "indicator",
    "edition",
    "industr",
    "sector",
    "supplier",
    "shipment",
    "cargo",
    "container",
    "vote",
];

/// Words that end the noun group after a number: prepositions other than `of`, verbs of being
/// and having, relative words and conjunctions.
const GROUP_ENDS: &[&str] = &[
    "in", "from", "to", "for", "at", "by", "than", "with", "since", "during", "over", "on", "into",
    "across", "within", "but", "as", "who", "that", "which", "and", "or", "are", "were", "is",
    "was", "have", "has", "had", "will", "would", "could", "can", "may", "be", "been", "being",
    "per", "a", "an", "each", "every", "this", "last", "next", "previous",
];

/// What the number ending at `end` of `sentence` counts: the head of the noun group after it
/// (its last word of people or things, over `of`, `million` and adjectives, up to a
/// preposition, a verb or a stop), else `Unknown`.
pub(crate) fn counts(sentence: &str, end: usize) -> Counts {
    let after = sentence.get(end..).unwrap_or_default();
    let mut head = Counts::Unknown;
    // Whether the word before is `of`.
    let mut after_of = false;
    for raw in after.split_whitespace().take(6) {
        // Lower-cased; a word in lower case already (most) is not copied.
        let word = super::lower(raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'));
        let word: &str = &word;
        // `the` starts another noun group (`up from 35 the year before`), unless after `of`
        // (`half of the shipments`).
        if GROUP_END_SET.contains(word) || (word == "the" && !after_of) {
            break;
        }
        after_of = word == "of";
        if has_stem(&PEOPLE_SET, word) {
            head = Counts::People;
        } else if has_stem(&THINGS_SET, word) {
            head = Counts::Things;
        }
        if raw.ends_with([',', ';', ':', '.', ')', '?', '!']) {
            break;
        }
    }
    head
}

/// [`PEOPLE`], [`THINGS`] and [`GROUP_ENDS`] as sets.
static PEOPLE_SET: WordSet = WordSet::new(PEOPLE);
static THINGS_SET: WordSet = WordSet::new(THINGS);
static GROUP_END_SET: WordSet = WordSet::new(GROUP_ENDS);

/// True when `word` is [`stem_of`] some stem of `stems`: looked up by its whole, its bare form
/// and its starts, instead of compared with each stem.
fn has_stem(stems: &WordSet, word: &str) -> bool {
    stems.contains(word)
        || word.strip_suffix('s').is_some_and(|w| stems.contains(w))
        || word.strip_suffix("es").is_some_and(|w| stems.contains(w))
        || stems.begins(word.as_bytes(), 5)
}

/// True when `word` is `stem`, its plural, or (for a stem of five letters or more) starts with it.
#[cfg(test)]
fn stem_of(word: &str, stem: &str) -> bool {
    word == stem
        || word.strip_suffix('s') == Some(stem)
        || word.strip_suffix("es") == Some(stem)
        || (stem.len() >= 5 && word.starts_with(stem))
}

/// Ordinal words: a rank, not a count.
pub(super) const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// True when `written` gives a rank, not a count: an ordinal (`2nd`, `second`) or a tier of
/// the TIP report (`Tier 2`; the number after a `Tier` outside it is one too).
fn rank(written: &str) -> bool {
    // Copied only when not in lower case already.
    let lower = super::lower(written);
    let digits_then = |suffix: &str| {
        lower
            .strip_suffix(suffix)
            .is_some_and(|d| d.ends_with(|c: char| c.is_ascii_digit()))
    };
    lower.starts_with("tier")
        || ORDINALS.iter().any(|o| lower.starts_with(o))
        || ["st", "nd", "rd", "th"].into_iter().any(digits_then)
}

impl Checker<'_> {
    /// True when the number is a count of things (`50 largest cities`, `100 pairs of hands`)
    /// and only a paragraph nearby names the topic, not its own sentence or paragraph: the
    /// nearby reach is for people and cases, so such a number is a story's or background's
    /// detail, not a statistic on the topic. (A share of things, `70% of families`, is a
    /// survey's finding and keeps the reach.)
    pub(super) fn thing_beyond_reach(&self) -> bool {
        // The cheap tests first: most claims are no count of things.
        if self.claim.mention.kind != Kind::Count {
            return false;
        }
        let written = self
            .text
            .get(self.claim.mention.start..self.claim.mention.end)
            .unwrap_or_default();
        let end = self
            .in_sentence(&(self.claim.mention.start..self.claim.mention.end))
            .end;
        // The sentence's own topic is found in its one pass of phrases, so it is asked before
        // the words after the number are read.
        !rank(written)
            && !self.after_tier()
            && !evidence::topical(self.sentence)
            && !topic::in_other_words(self.sentence)
            && counts(self.sentence, end) == Counts::Things
            && !evidence::topical(
                self.text
                    .get(self.places.paragraph(self.text, self.claim.sentence.start))
                    .unwrap_or_default(),
            )
            // The document's abbreviations are read only for a sentence that has a word in
            // capitals to be one.
            && !(has_capitals_run(self.sentence)
                && topic::uses_abbreviation(self.sentence, &topic::defined_abbreviations(self.text)))
    }
}

/// True when `text` has two capital letters in a row (`FMU`), as an abbreviation does.
fn has_capitals_run(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| matches!(w, [a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_are_found_in_sets_as_compared_one_by_one() {
        let mut words: Vec<String> = Vec::new();
        for stem in PEOPLE.iter().chain(THINGS).chain(GROUP_ENDS) {
            for end in ["", "s", "es", "ed", "ing", "x"] {
                words.push(format!("{stem}{end}"));
            }
            for cut in 1..stem.len() {
                words.push(stem[..cut].to_string());
            }
        }
        words.extend(["", "s", "es", "é", "childrén", "victimś"].map(String::from));
        for word in &words {
            for (set, list) in [(&PEOPLE_SET, PEOPLE), (&THINGS_SET, THINGS)] {
                let one_by_one = list.iter().any(|stem| stem_of(word, stem));
                assert_eq!(has_stem(set, word), one_by_one, "{word}");
            }
        }
    }

    fn counted(sentence: &str, number: &str) -> Counts {
        counts(sentence, sentence.find(number).unwrap() + number.len())
    }

    #[test]
    fn a_noun_group_ends_where_another_begins() {
        assert_eq!(
            counted("up from 35 the cities before", "35"),
            Counts::Unknown
        );
        assert_eq!(counted("half of the shipments", "half"), Counts::Things);
    }

    #[test]
    fn a_rank_is_not_a_count() {
        assert!(rank("2nd"));
        assert!(rank("second"));
        assert!(rank("Tier 2"));
        assert!(!rank("40"));
        assert!(!rank("3.4 billion"));
        assert!(!rank("fourteen"));
    }

    #[test]
    fn a_numbers_noun_group_says_whether_it_counts_people_or_things() {
        assert_eq!(
            counted("Police found 40 children there.", "40"),
            Counts::People
        );
        assert_eq!(
            counted("millions of people moved.", "millions"),
            Counts::People
        );
        assert_eq!(
            counted(
                "Some 75% of factory-based garment workers are women.",
                "75%"
            ),
            Counts::People
        );
        assert_eq!(
            counted("one of our 50 largest cities.", "50"),
            Counts::Things
        );
        assert_eq!(
            counted("it passes through 100 pairs of hands.", "100"),
            Counts::Things
        );
        assert_eq!(
            counted("Cap 274 of the Laws of the land", "274"),
            Counts::Things
        );
        // The group ends at a preposition, a verb or a stop: `years` is not what 2 counts here.
        assert_eq!(
            counted("it doubled in two years.", "doubled"),
            Counts::Unknown
        );
        assert_eq!(
            counted("we had 61 but our goal is more.", "61"),
            Counts::Unknown
        );
        assert_eq!(
            counted("69 % work within a family unit.", "69 %"),
            Counts::Unknown
        );
        assert_eq!(
            counted("430 million are thought to work.", "430 million"),
            Counts::Unknown
        );
        // A short stem matches itself and its plural only: `man` is not `manufacturers`.
        assert_eq!(counted("the 12 manufacturers said", "12"), Counts::Unknown);
    }
}
