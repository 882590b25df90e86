//! Numbers whose own clause counts something other than the topic's people, money or places:
//! a land area, a harvest, an app's users, unemployment, remittances, the world's output of a
//! crop, a producer's rank, a conference's size. An article on trafficking states such numbers
//! to set a scene; they say nothing the table could check, so they get no finding when their
//! clause does not itself name the topic.

use super::phrases::PhraseSet;

/// Phrases (lower-case, any case in the text) that make a clause about another subject.
const OTHER_SUBJECTS: &[&str] = &[
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
    // A share of everyone living somewhere: `44 percent of the total population`.
    "total population",
    // Migration and jobs at large: `600,000 migrants crossing the sea`, `the fishing industry
    // employs 300,000 people`.
    "migrants crossing",
    "industry employs",
    // A meeting's size: `a conference of 480 people`.
    "conference",
    "delegates",
    "attendees",
    // Police at work rather than the people they found: `70 security personnel`, `125,000
    // people were searched`.
    "security personnel",
    "were searched",
];

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
pub fn clause_of(sentence: &str, start: usize, end: usize) -> &str {
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

/// True when `clause` (see [`clause_of`]) is about another subject than the topic's: it uses
/// one of [`OTHER_SUBJECTS`], or counts or ranks what the world produces (`half of the world's
/// cocoa production`, `the world's third largest seafood exporter`, `the industry's two top
/// producers`). The caller checks that the clause does not name the topic.
pub fn other_subject(clause: &str) -> bool {
    static PHRASES: PhraseSet = PhraseSet::new(OTHER_SUBJECTS);
    if PHRASES.in_text(clause) {
        return true;
    }
    let lower = clause.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        OUTPUT.contains(w)
            && words.get(i.saturating_sub(6)..i).is_some_and(|before| {
                before.iter().any(|b| {
                    b.ends_with("world's")
                        || b.ends_with("world’s")
                        || b.ends_with("industry's")
                        || b.ends_with("industry’s")
                        || *b == "top"
                        || *b == "largest"
                        || *b == "biggest"
                })
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause(sentence: &str, number: &str) -> String {
        let start = sentence.find(number).unwrap();
        clause_of(sentence, start, start + number.len()).to_string()
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
        ] {
            assert!(other_subject(other), "{other}");
        }
        for topic in [
            "about 1,200 victims were rescued last year",
            "3,000 children were found in the mines",
            "a third of the victims are used in production lines",
            "the abusers were jailed",
            "supply chains tainted by forced labour",
        ] {
            assert!(!other_subject(topic), "{topic}");
        }
    }
}
