//! Numbers whose own clause counts something other than the topic's people, money or places:
//! a land area, a harvest, an app's users, unemployment, remittances, the world's output of a
//! crop, a producer's rank, a conference's size. An article on trafficking states such numbers
//! to set a scene; they say nothing the table could check, so they get no finding when their
//! clause does not itself name the topic.

use super::nonclaim::holds_any_case;
use super::phrases::PhraseSet;

/// Phrases (lower-case, any case in the text) that make a clause about another subject.
pub(super) const OTHER_SUBJECTS: &[&str] = &[
    // Land and harvests: `4% of the country's land area`, `80,000 tonnes of fish`.
    "land area",
    "megatons",
    "megatonnes",
    "tonnes of",
    "tons of",
    // An app's or a service's users: `13 million daily users`.
    " users",
    // The labour market and money sent home: `unemployment may reach 68 per cent`,
    // `remittances … three times the aid budget`, `a third of the workforce lives abroad`.
    "unemployment",
    // The economy at large: `the world economy may shrink 3.2%`.
    "world economy",
    "global economy",
    "remittances",
    "aid budget",
    "of the workforce",
    // A country's workforce by name: `migrants make up 94 percent of Qatar's workforce`.
    "'s workforce",
    "’s workforce",
    // A share of everyone living somewhere: `44 percent of the total population`.
    "total population",
    // Migration and jobs at large: `600,000 migrants crossing the sea`, `the fishing industry
    // employs 300,000 people`.
    "migrants crossing",
    "industry employs",
    "people employed",
    "secured employment",
    "refugees",
    "humanitarian assistance",
    // A country's economy and trade: `3% of the GDP`, `57% of the global demand for tea`, `a
    // seafood export industry worth $2 billion`.
    "gdp",
    "global demand",
    "export industry",
    // A meeting's size: `a conference of 480 people`.
    "conference",
    "delegates",
    "attendees",
    // Police at work rather than the people they found: `70 security personnel`, `125,000
    // people were searched`.
    "security personnel",
    "were searched",
];

/// Phrases (lower-case, any case in the text) for everyone of a place or a trade, or for people
/// displaced by war or disaster: a count of them (`Qatar's 2-million strong foreign workforce`,
/// `the child population grew by 230 million`, `100 million forcibly displaced people`) is no
/// count of the topic's people. A share of them (`13.1% of the total child population`, `10
/// percent of the total workforce`) is a rate of something else the clause names, and stays.
pub(super) const WHOLE_POPULATIONS: &[&str] = &[
    "workforce",
    // `4.6 million of the 9 million migrant workers abroad`; not `65% were migrant workers`.
    "migrant workers",
    "child population",
    "total number of children",
    "displaced",
];

/// True when `clause` (see [`clause_of`]), split at the number into `before` and `after`,
/// counts one of [`WHOLE_POPULATIONS`]: the phrase is anywhere in the clause for a count or an
/// amount, before the number for a share (`the workforce grew 4%`, not `4% of the workforce`).
/// The caller checks that the clause does not name the topic.
pub fn whole_population(before: &str, after: &str, share: bool) -> bool {
    static PHRASES: PhraseSet = PhraseSet::new(WHOLE_POPULATIONS);
    PHRASES.in_text(before) || (!share && PHRASES.in_text(after))
}

/// Nouns for what a country or firm produces or sells; `of the world's cocoa production` makes a
/// share of it, `the two top producers` a rank among them.
const OUTPUT: &[&str] = &[
    "production",
    "output",
    "supply",
    "exports",
    "producer",
    "producers",
    "exporter",
    "exporters",
];

/// The clause of `sentence` around the number at `start..end`: the text between the nearest
/// comma, semicolon, colon, dash, bracket, bar, line break or full stop on either side (a full
/// stop inside the number, `4.5%`, is not looked at: the number itself is not searched).
// A byte indexes a table of 256 entries: the look-ups cannot panic.
#[allow(clippy::indexing_slicing)]
pub fn clause_of(sentence: &str, start: usize, end: usize) -> &str {
    // Read by bytes: the dashes are the only cuts of more than one byte, and their last byte
    // (or first) with the two beside it says which character it is.
    let before = sentence.get(..start).unwrap_or_default().as_bytes();
    let mut from = before.len();
    let from = loop {
        match before
            .get(..from)
            .and_then(|b| b.iter().rposition(|&b| CUT_LAST[usize::from(b)]))
        {
            Some(i) if cut_ends_at(before, i) => break i + 1,
            Some(i) => from = i,
            None => break 0,
        }
    };
    let after = sentence.get(end..).unwrap_or_default().as_bytes();
    let mut to = 0;
    let to = loop {
        match after
            .get(to..)
            .and_then(|a| a.iter().position(|&b| CUT_FIRST[usize::from(b)]))
        {
            Some(i) if cut_starts_at(after, to + i) => break end + to + i,
            Some(i) => to += i + 1,
            None => break sentence.len(),
        }
    };
    sentence.get(from..to).unwrap_or_default()
}

/// The bytes that may end a character cutting a clause (see [`cut_ends_at`]).
const CUT_LAST: [bool; 256] = cut_bytes(&[0x93, 0x94]);

/// The bytes that may start a character cutting a clause (see [`cut_starts_at`]).
const CUT_FIRST: [bool; 256] = cut_bytes(&[0xE2]);

/// The ASCII bytes that cut a clause, and `more`.
#[allow(clippy::indexing_slicing)] // Evaluated at compile time, where a panic fails the build.
const fn cut_bytes(more: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let ascii = b",;:()|\n.";
    let mut i = 0;
    while i < ascii.len() {
        table[ascii[i] as usize] = true;
        i += 1;
    }
    let mut i = 0;
    while i < more.len() {
        table[more[i] as usize] = true;
        i += 1;
    }
    table
}

/// True when a byte that cuts a clause (`,` `;` `:` `(` `)` `|` line break `.`), or the last
/// byte of a dash (`–`, `—`), is at `i` of `text`.
fn cut_ends_at(text: &[u8], i: usize) -> bool {
    match text.get(i) {
        Some(b',' | b';' | b':' | b'(' | b')' | b'|' | b'\n' | b'.') => true,
        Some(0x93 | 0x94) => i >= 2 && text.get(i - 2..i) == Some(&[0xE2, 0x80][..]),
        _ => false,
    }
}

/// True when a character that cuts a clause (see [`cut_ends_at`]) starts at `i` of `text`.
fn cut_starts_at(text: &[u8], i: usize) -> bool {
    match text.get(i) {
        Some(b',' | b';' | b':' | b'(' | b')' | b'|' | b'\n' | b'.') => true,
        Some(0xE2) => matches!(text.get(i + 1..i + 3), Some([0x80, 0x93 | 0x94])),
        _ => false,
    }
}

/// True when `clause` (see [`clause_of`]) is about another subject than the topic's: it uses
/// one of [`OTHER_SUBJECTS`], or counts or ranks what the world produces (`half of the world's
/// cocoa production`, `the world's third largest seafood exporter`, `the industry's two top
/// producers`). The caller checks that the clause does not name the topic.
pub fn other_subject(clause: &str) -> bool {
    static PHRASES: PhraseSet = PhraseSet::new(OTHER_SUBJECTS);
    if PHRASES.in_text(clause) {
        return true;
    }
    if world_output(clause) {
        return true;
    }
    // Most clauses rank nothing: settled from the sentence's phrases (and a look for `top`)
    // before the clause is lower-cased. (A word lower-cases to a ranking word only when it is
    // one in some ASCII case: these hold no `k` for a Kelvin sign to make, and no `i` at a
    // word's end for a dotted capital I.)
    static RANKS: PhraseSet = PhraseSet::new(RANKING);
    let top = || holds_any_case(clause, b"top", 2);
    if !RANKS.in_text(clause) && !top() {
        return false;
    }
    let lower = clause.to_lowercase();
    let words = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty());
    // An output word with a ranking word among the six before it. One pass: the last ranking
    // word seen is within six words exactly when some ranking word is, and an output word is
    // looked up only then.
    let mut ranking: Option<usize> = None;
    for (i, w) in words.enumerate() {
        if ranking.is_some_and(|r| r + 6 >= i) && OUTPUT.contains(&w) {
            return true;
        }
        if ranks_the_world(w) {
            ranking = Some(i);
        }
    }
    false
}

/// True when `clause` tells what the world produces: `produces about 67% of the world's rubber
/// gloves`, `two-thirds of the cocoa produced worldwide` (a form of `produce` and `world` or
/// `global`; not `80% of the cotton the region produces`).
fn world_output(clause: &str) -> bool {
    // Each word found by a rare letter of it (see `holds_any_case`), not compared at every byte.
    holds_any_case(clause, b"produce", 0)
        && (holds_any_case(clause, b"world", 0) || holds_any_case(clause, b"global", 3))
}

/// What [`ranks_the_world`] looks for but `top` (too short for the phrases of a sentence's one
/// pass, see [`super::phrases`]).
pub(super) const RANKING: &[&str] = &[
    "world's",
    "world’s",
    "industry's",
    "industry’s",
    "largest",
    "biggest",
];

/// True when `word` (lower case) ranks what the world or an industry makes (`the world's`,
/// `top`, `largest`).
fn ranks_the_world(word: &str) -> bool {
    word.ends_with("world's")
        || word.ends_with("world’s")
        || word.ends_with("industry's")
        || word.ends_with("industry’s")
        || matches!(word, "top" | "largest" | "biggest")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause(sentence: &str, number: &str) -> String {
        let start = sentence.find(number).unwrap();
        clause_of(sentence, start, start + number.len()).to_string()
    }

    /// The clause as a search by characters finds it.
    fn clause_by_chars(sentence: &str, start: usize, end: usize) -> &str {
        let cut = |c: char| {
            matches!(
                c,
                ',' | ';' | ':' | '–' | '—' | '(' | ')' | '|' | '\n' | '.'
            )
        };
        let before = sentence.get(..start).unwrap_or_default();
        let from = before.rfind(cut).map_or(0, |i| {
            i + before
                .get(i..)
                .and_then(|t| t.chars().next())
                .map_or(1, char::len_utf8)
        });
        let after = sentence.get(end..).unwrap_or_default();
        let to = after.find(cut).map_or(sentence.len(), |i| end + i);
        sentence.get(from..to).unwrap_or_default()
    }

    /// [`other_subject`]'s output test as it was written first: every pair of words.
    fn ranked_output_by_pairs(clause: &str) -> bool {
        let lower = clause.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
            .collect();
        words.iter().enumerate().any(|(i, w)| {
            OUTPUT.contains(w)
                && words
                    .get(i.saturating_sub(6)..i)
                    .is_some_and(|before| before.iter().any(|b| ranks_the_world(b)))
        })
    }

    #[test]
    fn a_count_of_a_whole_population_is_another_subject_and_a_share_of_it_is_not() {
        assert!(whole_population("the child population grew by ", "", false));
        assert!(whole_population(
            "the region's ",
            " strong workforce",
            false
        ));
        assert!(whole_population("over ", " displaced people", false));
        assert!(whole_population("the workforce shrank by ", "", true));
        assert!(!whole_population(
            "about ",
            " of the child population",
            true
        ));
        assert!(!whole_population("", " children in child labour", false));
        assert!(whole_population(
            "",
            " of the 7 million migrant workers abroad",
            false
        ));
        assert!(!whole_population("", " percent were migrant workers", true));
    }

    #[test]
    fn an_output_word_is_ranked_as_a_search_of_every_pair_finds_it() {
        let mut texts = vec![
            "the world's largest cocoa production".to_string(),
            "top one two three four five production".to_string(),
            "top one two three four five six production".to_string(),
            "production of the world's top".to_string(),
            "The Industry’s two Top PRODUCERS and exporters".to_string(),
        ];
        for text in crate::testing::fixture_texts() {
            texts.extend(text.lines().map(String::from));
        }
        let phrases = PhraseSet::new(OTHER_SUBJECTS);
        let mut ranked = 0;
        for text in &texts {
            for clause in text.split([',', ';', '.']) {
                let expected = ranked_output_by_pairs(clause);
                assert_eq!(
                    other_subject(clause),
                    phrases.in_text(clause) || world_output(clause) || expected,
                    "{clause}"
                );
                ranked += usize::from(expected);
            }
        }
        assert!(ranked >= 3, "{ranked}");
    }

    #[test]
    fn the_clause_read_by_bytes_is_the_one_read_by_characters() {
        let mut texts = vec![
            "A – B — C‐D ― E, 4.5% (x) | y; z: w\n v".to_string(),
            "ē–—“”’ 12 –— 3".to_string(),
        ];
        texts.extend(crate::testing::fixture_lines());
        // (Lines of a few sentences: the search by characters reads each whole.)
        for text in texts.iter().filter(|t| t.len() <= 400) {
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            // Every start of a digit (every start in the first two texts), and ends a
            // character or two on (and one inside a character).
            let every = texts.first() == Some(text) || texts.get(1) == Some(text);
            for (k, &start) in bounds.iter().enumerate() {
                if !every && !text.as_bytes().get(start).is_some_and(u8::is_ascii_digit) {
                    continue;
                }
                for &end in bounds.iter().skip(k).take(3).chain([&(start + 1)]) {
                    assert_eq!(
                        clause_of(text, start, end),
                        clause_by_chars(text, start, end),
                        "{text:?} {start}..{end}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_clause_ends_at_commas_dashes_and_brackets() {
        assert_eq!(
            clause(
                "In 2019, about 9% of the land area – most of it – was flooded.",
                "9%"
            ),
            " about 9% of the land area "
        );
        assert_eq!(
            clause("Some 40 people (all adults)", "40"),
            "Some 40 people "
        );
        assert_eq!(clause("12", "12"), "12");
        assert_eq!(
            clause("Remittances rose. => 5% | change\nArrests fell 4.5%", "5%"),
            " => 5% "
        );
    }

    #[test]
    fn other_subjects_are_read_and_the_topics_people_are_not() {
        for other in [
            "roughly 6% of the province's land area",
            "about 50,000 tonnes of shrimp are landed each year",
            "the messaging app has 20 million active users",
            "youth unemployment stands at 41 percent",
            "remittances are worth five times the aid budget",
            "a quarter of the workforce has left",
            "nearly 30 percent of the total population",
            "a conference of 300 people from 60 countries",
            "over 60% of the world's vanilla production",
            "the region's two top producers",
            "the world's fourth largest rubber exporter",
            "some 90 security personnel",
            "with 200,000 migrants crossing the sea",
            "the garment industry employs 4 million people",
            "more than 80,000 people were searched",
            "the world economy may shrink 3.2% this year",
            "tourism makes up 4% of the GDP",
            "it meets 40% of the global demand for tin",
            "a fruit export industry worth $3 billion",
            "about 20,000 people employed in the sawmills",
            "some 60,000 nurses secured employment abroad last year",
            "5 million refugees have left the country",
            "12 million people need humanitarian assistance",
            "the country produces some 40% of the world's tea",
            "about half of the coffee produced globally",
        ] {
            assert!(other_subject(other), "{other}");
        }
        for topic in [
            "about 1,200 victims were rescued last year",
            "3,000 children were found in the mines",
            "a third of the victims are used in production lines",
            "80% of the cotton the region produces",
            "the abusers were jailed",
            "supply chains tainted by forced labour",
        ] {
            assert!(!other_subject(topic), "{topic}");
        }
    }
}
