//! Phrases that put a sentence on the topic although it names none of the topic's words:
//! `working children`, `forced into prostitution`, `trapped in scam compounds`, `TIP-related
//! prosecutions`. Each is used almost only of child labour, forced labour or trafficking, so a
//! sentence of general news does not become topical through them.

use super::phrases::PhraseSet;

/// Phrases (any case) that name child labour, forced labour, forced marriage or trafficking in
/// other words than the topic's own.
pub(super) const PHRASES: &[&str] = &[
    // Child labour.
    "working children",
    "children working",
    "child workers",
    "child worker",
    "children put to work",
    "children being put to work",
    "children who have to work",
    "children forced to work",
    "children still work",
    "children work illegally",
    "children working illegally",
    "compelled to do labour",
    "compelled to do labor",
    // Forced labour and forced sexual exploitation.
    "forced prostitution",
    "forced into prostitution",
    "forced into labour",
    "forced into labor",
    "forced into begging",
    "forced into illegal labour",
    "forced into illegal labor",
    "forced begging",
    "forced criminality",
    "forced to toil",
    // Work exacted by coercion: `coerced labour`, `a coercive state labour scheme`.
    "coerced labour",
    "coerced labor",
    "coercive labour",
    "coercive labor",
    "coercive state labour",
    "coercive state labor",
    "forced into picking",
    "forced into working",
    // Made to work at a trade: `forced to pick cotton`, `forced to harvest`, `forced to sew`.
    "forced to work",
    "forced to pick",
    "forced to harvest",
    "forced to sew",
    "forced to mine",
    "forced to fish",
    "forced to beg",
    "non-voluntary",
    "involuntary labour",
    "involuntary labor",
    "involuntary job",
    "involuntary work",
    "domestic servitude",
    "debt bondage",
    // Forced marriage.
    "forced to marry",
    "forced to wed",
    "made to wed",
    // Child marriage.
    "under 18 are married",
    "under the age of 18 are married",
    "married under 18",
    "married under the age of 18",
    // People held in scam compounds.
    "scam compound",
    "scamming compound",
    "scam centre",
    "scam center",
    "trapped in scam",
    // The UK's count of potential victims.
    "national referral mechanism",
    "referred to the nrm",
    "referrals to the nrm",
    "nrm referral",
    "nationality referred",
    "referred nationality",
    "single competent authority",
];

/// Abbreviations that name the topic only in capitals (`TIP` is trafficking in persons; `tip`
/// is not).
const CAPITALS: &[&str] = &["TIP"];

/// True when `sentence` names the topic in other words (see [`PHRASES`] and [`CAPITALS`]).
pub(crate) fn in_other_words(sentence: &str) -> bool {
    static PHRASE: PhraseSet = PhraseSet::new(PHRASES);
    PHRASE.in_text(sentence) || CAPITALS.iter().any(|c| has_word(sentence, c))
}

/// Small words an organisation's or law's name leaves out of its abbreviation (`Trafficking
/// in Persons`, `Victims of Trafficking and Violence Protection Act`).
const NAME_LINKS: &[&str] = &["of", "in", "for", "and", "the", "on", "against", "to", "&"];

/// The abbreviations `text` defines for a name on the topic, in capitals: `Forced Marriage
/// Unit (FMU)` gives `FMU`, `Uyghur Forced Labor Prevention Act (UFLPA)` gives `UFLPA`. The
/// name is the capitalised words before the bracket, one for each letter (small linking words
/// between them are part of it); a name off the topic (`Customs and Border Protection (CBP)`)
/// gives nothing.
pub(crate) fn defined_abbreviations(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = Vec::new();
    for (short, name) in defined_names(text) {
        if !found.contains(&short) && (super::evidence::topical(name) || in_other_words(name)) {
            found.push(short);
        }
    }
    found
}

/// Every abbreviation `text` defines in brackets, with the name it stands for: the capitalised
/// words before the bracket, one for each letter (small linking words between them are part of
/// it), and up to four more capitalised words right before those.
pub(crate) fn defined_names(text: &str) -> Vec<(&str, &str)> {
    let mut found: Vec<(&str, &str)> = Vec::new();
    for (open, _) in text.match_indices('(') {
        let rest = text.get(open + 1..).unwrap_or_default();
        let Some(close) = rest.find(')') else {
            continue;
        };
        let short = rest.get(..close).unwrap_or_default();
        if !(2..=8).contains(&short.len()) || !short.bytes().all(|b| b.is_ascii_uppercase()) {
            continue;
        }
        // The name: capitalised words back from the bracket, as many as the letters.
        let before = text.get(..open).unwrap_or_default().trim_end();
        let mut from = before.len();
        let mut capitals = 0;
        for word in before.rsplit(' ').take(2 * short.len() + 2) {
            let capital = word.starts_with(|c: char| c.is_uppercase());
            if !capital && !NAME_LINKS.contains(&word) {
                break;
            }
            from -= word.len();
            if capital {
                capitals += 1;
                if capitals == short.len() {
                    break;
                }
            }
            from = from.saturating_sub(1);
        }
        // A name longer than its abbreviation (`the Provincial Human Trafficking
        // Intelligence-led Joint Forces Strategy (IJFS)`): the capitalised words right before
        // the letters' words are the same name, up to four of them.
        if capitals == short.len() {
            for word in before
                .get(..from)
                .unwrap_or_default()
                .trim_end()
                .rsplit(' ')
                .take(4)
            {
                if !word.starts_with(|c: char| c.is_uppercase()) {
                    break;
                }
                from = from.saturating_sub(word.len() + 1);
            }
        }
        if capitals >= 2 {
            found.push((short, before.get(from..).unwrap_or_default()));
        }
    }
    found
}

/// True when `text` uses one of `abbreviations` (in capitals, as a word).
pub(crate) fn uses_abbreviation<S: AsRef<str>>(text: &str, abbreviations: &[S]) -> bool {
    abbreviations.iter().any(|a| has_word(text, a.as_ref()))
}

/// True when `word` stands in `text` between non-letters.
fn has_word(text: &str, word: &str) -> bool {
    let whole = |at: usize| {
        let before = text.get(..at).and_then(|t| t.chars().next_back());
        let after = text.get(at + word.len()..).and_then(|t| t.chars().next());
        !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
    };
    let (bytes, pin) = (text.as_bytes(), word.as_bytes());
    let Some(&first) = pin.first() else {
        return text.match_indices(word).any(|(at, _)| whole(at));
    };
    // The occurrences `match_indices` gives (each looked for after the one before), found by
    // their first byte: no searcher is built for a word looked for in every sentence.
    let mut from = 0;
    while let Some(i) = bytes
        .get(from..)
        .and_then(|rest| memchr::memchr(first, rest))
    {
        let at = from + i;
        if bytes.get(at..).is_some_and(|rest| rest.starts_with(pin)) {
            if whole(at) {
                return true;
            }
            from = at + pin.len();
        } else {
            from = at + 1;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_found_where_match_indices_finds_it() {
        let old = |text: &str, word: &str| {
            text.match_indices(word).any(|(at, _)| {
                let before = text.get(..at).and_then(|t| t.chars().next_back());
                let after = text.get(at + word.len()..).and_then(|t| t.chars().next());
                !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
            })
        };
        let mut texts = crate::testing::fixture_lines();
        texts.extend(["ABABA", "xABA ABA", "ABAB A", "TIPTIP TIP", "éTIP", ""].map(String::from));
        for text in &texts {
            for word in ["TIP", "ABA", "A", "FMU", "UFLPA", ""] {
                assert_eq!(has_word(text, word), old(text, word), "{word} in {text}");
            }
        }
    }

    #[test]
    fn other_words_for_the_topic_are_read_and_everyday_words_are_not() {
        for on in [
            "Around 175,000 child workers live in the district.",
            "School attendance among Working Children is 40 percent.",
            "Two-thirds of the profit came from forced prostitution.",
            "A third of the pickers were \"non-voluntary\".",
            "At least 120,000 people may be trapped in scam operations.",
            "Footage came from at least 10 scamming compounds.",
            "In 2021 there were 79 TIP-related prosecutions.",
            "A quarter of those referred to the NRM were British.",
            "The most commonly referred nationality was Eritrean (12%).",
            "Most cases (80%) went to the Single Competent Authority.",
            "Over two-thirds of those forced to marry are female.",
            "The number of children being put to work rose to 160 million.",
            "Some 138 million children still work, 54 million in dangerous jobs.",
            "Some 16 million children are forced into illegal labour.",
            "Some 12 million girls under 18 are married each year.",
            "At least 40,000 people were forced to pick tea in the hills.",
        ] {
            assert!(in_other_words(on), "{on}");
        }
        for off in [
            "Leave a tip of 10 percent.",
            "TIPS: 5 ways to save.",
            "The scam cost pensioners $2 million.",
            "Children in 40 schools were working on the project.",
            "Workers were forced into retirement at 60.",
            "The NRM won 60 percent of the seats.",
            "Some 300 prisoners were put to work on the roads.",
            "Most couples married under a civil law.",
            "Some 9,000 families were forced to flee the floods.",
        ] {
            assert!(!in_other_words(off), "{off}");
        }
    }

    #[test]
    fn abbreviations_of_names_on_the_topic_are_found_and_others_are_not() {
        let text = "The Forced Marriage Unit (FMU) and U.S. Customs and Border Protection (CBP) \
                    met under the Victims of Trafficking and Violence Protection Act (TVPA), as \
                    the Department of State (DOS) and the photovoltaic (PV) makers and the \
                    FMU (FMU) asked; slavery (AB) is a word, not a name.";
        assert_eq!(defined_abbreviations(text), ["FMU", "TVPA"]);
        assert!(uses_abbreviation(
            "In 2019, the FMU handled 66 cases.",
            &["FMU"]
        ));
        assert!(!uses_abbreviation("The FMUs handled 66 cases.", &["FMU"]));
        assert!(defined_abbreviations("No brackets (here) or (A) or (trafficking).").is_empty());
        // The name runs on before the words the letters stand for.
        let text = "Members of the Provincial Human Trafficking Intelligence-led Joint Forces \
                    Strategy (IJFS) met. Officers of the Ontario Provincial Police (OPP) came.";
        assert_eq!(defined_abbreviations(text), ["IJFS"]);
    }
}
