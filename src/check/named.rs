//! An organisation a paragraph goes on about: `The Salvation Army supported 829 women`, after a
//! paragraph on the modern slavery victims the Salvation Army cares for, is on the topic although
//! it names none of the topic's words; so is `the tribunal disposed of 528 cases` after a
//! paragraph on the Anti-Human Trafficking Offence Tribunal.
//!
//! Only bodies that publish counts (charities, helplines, courts, commissions, ministries) are
//! read: a police unit or a sheriff's office named again is one operation's story, whose numbers
//! are details, not statistics.

/// The last word of an organisation's name (`Salvation Army`, `Offence Tribunal`), any case for
/// the common noun that refers back to it (`the tribunal`).
const HEADS: &[&str] = &[
    "army",
    "tribunal",
    "tribunals",
    "commission",
    "commissioner",
    "ministry",
    "foundation",
    "trust",
    "network",
    "helpline",
    "bureau",
    "council",
    "organisation",
    "organization",
    "association",
    "society",
    "charity",
    "coalition",
    "alliance",
    "institute",
];

/// Head words that name such a body even without `the` (`an analysis of tribunal activity`):
/// none of them is an everyday word for something else.
const PLAIN: &[&str] = &[
    "tribunal",
    "tribunals",
    "helpline",
    "ministry",
    "commission",
    "commissioner",
    "bureau",
    "charity",
];

/// Words that make a name a police or border force's (their numbers are operations' details).
const FORCES: &[&str] = &[
    "police",
    "sheriff",
    "sheriff's",
    "sheriff’s",
    "investigation",
    "patrol",
    "enforcement",
    "security",
    "customs",
    "crime",
    "army's",
];

/// One way a paragraph names an organisation: by its name (`Salvation Army`), or by the common
/// noun that ends it (`the tribunal`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Named {
    /// Capitalised words ending in a head word, as written.
    Name(String),
    /// A head word after `the`, lower-cased.
    Noun(String),
}

/// The name that capitalised head `word` ends, from the words before it (`back`, the nearest
/// first); `None` when no capitalised word comes before it or the name is a police force's.
fn name_ending<'a>(back: impl Iterator<Item = &'a str>, word: &str) -> Option<Named> {
    // The capitalised words before the head, hyphenated ones included; not across the end of a
    // sentence.
    let mut name: Vec<&str> = back
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.ends_with(['.', '!', '?']))
        .collect();
    name.reverse();
    // `The Salvation Army`: the article opening a sentence is no part of the name.
    let article = name
        .iter()
        .take_while(|w| matches!(**w, "The" | "A" | "An"))
        .count();
    name.drain(..article);
    if name.is_empty() {
        return None;
    }
    name.push(head_as_written(word));
    if name
        .iter()
        .any(|w| FORCES.contains(&w.to_lowercase().as_str()))
    {
        return None;
    }
    Some(Named::Name(name.join(" ")))
}

/// The organisations `paragraph` names (see [`Named`]), police forces left out.
pub(crate) fn organisations(paragraph: &str) -> Vec<Named> {
    // Most paragraphs name no such body: one pass over the bytes settles that, and finds where
    // the head words may start. Only the words that start there are read, each with the words
    // before it: the paragraph is not split into words.
    static ANY_HEAD: super::phrases::PhraseSet = super::phrases::PhraseSet::new(HEADS);
    let mut out = Vec::new();
    let mut last = None;
    for at in ANY_HEAD.starts_in(paragraph) {
        // Two heads may start at one place (`tribunal`, `tribunals`).
        if last.replace(at) == Some(at) {
            continue;
        }
        let (before_at, from_at) = paragraph.split_at_checked(at).unwrap_or_default();
        if before_at.chars().next_back().is_some_and(|c| !separates(c)) {
            continue;
        }
        let raw = from_at.split(separates).next().unwrap_or_default();
        let word = raw.trim_end_matches(['.', '!', '?']);
        let Some(head) = head(word) else {
            continue;
        };
        // The words before the head, the nearest first.
        let back = || before_at.rsplit(separates).filter(|w| !w.is_empty());
        let capital = word.starts_with(|c: char| c.is_uppercase());
        if capital {
            out.extend(name_ending(back(), word));
        } else if (back().next().is_some_and(|w| w.eq_ignore_ascii_case("the")) && head != "army")
            || PLAIN.contains(&head)
        {
            out.push(Named::Noun(head.to_string()));
        }
    }
    out
}

/// True when `c` ends a word of a paragraph read for organisations.
fn separates(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”')
}

/// The head word (see [`HEADS`]) that `word` is, in any case and with or without a possessive
/// ending.
fn head(word: &str) -> Option<&'static str> {
    let bare = ["’s", "’S", "'s", "'S"]
        .iter()
        .find_map(|s| word.strip_suffix(s))
        .unwrap_or(word);
    HEADS.iter().copied().find(|h| h.eq_ignore_ascii_case(bare))
}

/// The head word without a possessive ending.
fn head_as_written(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word)
}

/// True when `earlier` (a paragraph on the topic) names one of `names`: the same name, or a name
/// that ends in the noun (`Offence Tribunal` for `the tribunal`).
pub(crate) fn named_in(earlier: &str, names: &[Named]) -> bool {
    let theirs = std::cell::OnceCell::new();
    names.iter().any(|n| match n {
        Named::Name(name) => earlier.contains(name.as_str()),
        // A paragraph with a name that ends in the noun holds the noun: most paragraphs that do
        // not are not split into words.
        Named::Noun(noun) => {
            holds(earlier, noun)
                && theirs
                    .get_or_init(|| organisations(earlier))
                    .iter()
                    .any(|t| matches!(t, Named::Name(name) if name.rsplit(' ').next().is_some_and(|h| h.eq_ignore_ascii_case(noun))))
        }
    })
}

/// True when `text` holds `word` (a lower-case ASCII word) in any ASCII case.
fn holds(text: &str, word: &str) -> bool {
    let (bytes, word) = (text.as_bytes(), word.as_bytes());
    let Some(&first) = word.first() else {
        return true;
    };
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), bytes).any(|at| {
        bytes
            .get(at..at + word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`organisations`] as it was written before it read only the words a head word starts:
    /// every word of the paragraph split off and compared with the head words.
    fn split_into_words(paragraph: &str) -> Vec<Named> {
        // Most paragraphs name no such body: one pass over the bytes settles that.
        static ANY_HEAD: crate::check::phrases::PhraseSet =
            crate::check::phrases::PhraseSet::new(HEADS);
        if !ANY_HEAD.in_text(paragraph) {
            return Vec::new();
        }
        let words: Vec<&str> = paragraph
            .split(|c: char| {
                c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”')
            })
            .filter(|w| !w.is_empty())
            .collect();
        let mut out = Vec::new();
        for (i, raw) in words.iter().enumerate() {
            let word = raw.trim_end_matches(['.', '!', '?']);
            let Some(head) = head(word) else {
                continue;
            };
            let capital = word.starts_with(|c: char| c.is_uppercase());
            let before = |k: usize| words.get(..k).unwrap_or_default();
            if capital {
                out.extend(name_ending(before(i).iter().rev().copied(), word));
            } else if (before(i)
                .last()
                .is_some_and(|w| w.eq_ignore_ascii_case("the"))
                && head != "army")
                || PLAIN.contains(&head)
            {
                out.push(Named::Noun(head.to_string()));
            }
        }
        out
    }

    #[test]
    fn organisations_are_the_ones_found_by_splitting_every_word() {
        let mut texts: Vec<String> = crate::testing::fixture_texts()
            .iter()
            .flat_map(|t| t.split("\n\n").map(String::from).collect::<Vec<_>>())
            .collect();
        texts.extend(crate::testing::fixture_lines());
        texts.extend(
            [
                "the Tribunals’ rulings; (Helpline) “Council” the xarmy, Army's army",
                "The Walk Free Foundation. The Foundation said; the trust’s Trustee",
                "é the ministry\u{a0}Ministry of Labour (Ministry)",
            ]
            .map(String::from),
        );
        let mut named = 0;
        for text in &texts {
            let found = organisations(text);
            assert_eq!(found, split_into_words(text), "{text}");
            named += found.len();
        }
        assert!(named > 100, "{named}");
    }

    #[test]
    fn names_of_bodies_that_publish_counts_are_read_and_police_forces_are_not() {
        assert_eq!(
            organisations("The Salvation Army supported 829 women."),
            vec![Named::Name("Salvation Army".into())]
        );
        assert_eq!(
            organisations("Since then the tribunal has disposed of 528 cases."),
            vec![Named::Noun("tribunal".into())]
        );
        assert_eq!(
            organisations("a case at the Anti-Human Trafficking Offence Tribunal in Dhaka"),
            vec![Named::Name(
                "Anti-Human Trafficking Offence Tribunal".into()
            )]
        );
        assert!(
            organisations("The County Sheriff's Office and the Police Foundation said.").is_empty()
        );
        assert!(organisations("The army rescued 40 people.").is_empty());
        assert!(organisations("Trust in a society with a network of traffickers.").is_empty());
        assert_eq!(
            organisations("An analysis of tribunal activity shows 61.55% acquittals."),
            vec![Named::Noun("tribunal".into())]
        );
        assert!(organisations("Army officers rescued 40 people.").is_empty());
    }

    #[test]
    fn a_word_is_found_in_any_ascii_case() {
        assert!(holds("at the Offence TRIBUNAL.", "tribunal"));
        assert!(holds("Tribunal", "tribunal"));
        assert!(!holds("a tribe in the bunal", "tribunal"));
        assert!(!holds("tribuna", "tribunal"));
    }

    #[test]
    fn an_earlier_paragraph_names_the_body_by_name_or_by_the_noun_that_ends_its_name() {
        let earlier = "Victims of trafficking came to the Anti-Human Trafficking Offence Tribunal.";
        assert!(named_in(earlier, &[Named::Noun("tribunal".into())]));
        assert!(!named_in(earlier, &[Named::Noun("charity".into())]));
        assert!(named_in(
            "The Salvation Army cares for victims of modern slavery.",
            &[Named::Name("Salvation Army".into())]
        ));
        assert!(!named_in(
            "The army cares for victims of modern slavery.",
            &[Named::Name("Salvation Army".into())]
        ));
    }
}
