//! Numbers that are part of the sentence's frame, not a statistic it states: a denominator
//! (`per 1,000 people`, `for every 10 victims`), a rank (`the top 10 countries`), a count of
//! administrative units or goals (`36 states`, `17 goals`), a target's number (`SDG 8.7`), an age
//! (`as young as 12`, `the five to 17 age group`), a text short code in brackets; and the national
//! bodies whose counts are not global ones.

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use super::Reading;
use super::phrases::PhraseSet;
use crate::claim::words::WordSet;
use crate::extract::{Kind, Mention};
use crate::table::Quantity;

/// Words right before a number that make it a denominator, rank or target number.
const BEFORE: &[&str] = &[
    "per", "every", "top", "sdg", "goal", "target", "alliance", "fined",
];

/// Words before `top` that make it a ranking's (`the top 10`, `ranked in the top 5`).
const BEFORE_TOP_RANK: &[&str] = &[
    "the", "a", "its", "their", "his", "her", "our", "in", "of", "among", "into", "at", "to",
    "from", "and", "or", "was", "is", "were", "are", "ranked", "ranks", "remains", "remained",
];

/// True when `top` (the word `w` before `number`, after `second`) is a verb of exceeding, not a
/// ranking: a noun before it and a large amount after (`profits top $150 billion`, `cases top
/// 10,000`), where a ranking's `top 10` follows `the`, `in` or a headline's start.
fn top_as_verb(w: &str, second: Option<&str>, number: &str) -> bool {
    w.eq_ignore_ascii_case("top")
        && second.is_some_and(|s| !any_is(s, BEFORE_TOP_RANK))
        && (number.contains(['$', '£', '€', '₹', ','])
            || number.contains("million")
            || number.contains("billion"))
}

/// Word pairs right before a number, the nearest first, that make it an age or a denominator
/// (`as young as 12`, `out of 1,000`, `the age of 18`).
const BEFORE_PAIRS: &[(&str, &str)] = &[
    ("as", "young"),
    ("as", "old"),
    ("of", "out"),
    ("of", "ages"),
    ("of", "age"),
    // A penalty in one case: `a fine of N2 million`, `bail of Rs500,000`.
    ("of", "fine"),
    ("of", "bail"),
    // A meeting's size: `a conference of 480 people`.
    ("of", "conference"),
    ("of", "summit"),
    // A goal: `a target of 5 percent`, `a goal of 1 million`.
    ("of", "target"),
    ("of", "goal"),
];

/// Nouns right after a number that make it a count of places, bodies or goals, not of people.
const UNITS: &[&str] = &[
    "states",
    "districts",
    "provinces",
    "goals",
    "targets",
    "utes",
    "uts",
    "member",
    "tehsils",
    "divisions",
    "population",
    // Parts of a law or bill: `a bill with 40 amendments`; of a review: `30 recommendations`,
    // `136 written submissions`; of a definition: `11 indicators of forced labour`.
    "recommendations",
    "submissions",
    "indicators",
    "criteria",
    "amendments",
    "sections",
    "clauses",
    // A government's measures: `five new laws`, `six agreements`, `71 training programmes`.
    "laws",
    "agreements",
    "initiatives",
    "programmes",
    "programs",
    "dimensions",
    "vehicles",
    // A length, area or weight: `a 1,200-kilometre border`, `40 hectares of cocoa`.
    "kilometre",
    "kilometres",
    "kilometer",
    "kilometers",
    "km",
    "mile",
    "miles",
    "metres",
    "meters",
    "hectares",
    "acres",
    "tonnes",
    "tons",
    "kilograms",
    "kg",
    // Workplaces and papers: `10,000 brick kilns`, `2.3 million employment contracts`.
    "kilns",
    "factories",
    "contracts",
    "shelters",
    // The parts of a text, and its length: `eight key facts`, `three variables`, `letters of
    // 250 words or less`.
    "facts",
    "variables",
    "words",
    // Parts of a country or of the world: `five areas`, `four regions` (not `81 crimes`, which
    // police count as they count victims).
    "areas",
    "regions",
    "subregions",
    // What a service speaks: `calls in over 200 languages`.
    "languages",
    // Things listed, places searched and a text's editions: `six items added to the list`,
    // `1,100 locations were checked`, `the previous four editions` (not `150 products` on a
    // list of goods made with forced labour, the list's size).
    "items",
    "locations",
    "editions",
    // A length of time: `eight-to-10 months long`.
    "months",
    "weeks",
    // Kinds and parts of something described: `two primary forms`, `four tiers`, `20 ways to
    // help`, `a three-part series`.
    "forms",
    "types",
    "kinds",
    // What drives something: `three different factors`, `five main reasons`.
    "factors",
    "reasons",
    "causes",
    "categories",
    "tiers",
    "ways",
    "part",
    "parts",
    "episodes",
    // Borders crossed: `cross at least one border`.
    "border",
    "borders",
    // The bodies that work together in one effort: `more than 60 agencies`, `two NGOs`.
    "agencies",
    "ngos",
    "organisations",
    "organizations",
    // An outreach programme's events and ties: `across 137 presentations`, `four workshops`,
    // `194 public awareness trainings`, `63 new partnerships`.
    "presentations",
    "trainings",
    "partnerships",
    "workshops",
    "seminars",
    "webinars",
    // A report's apparatus and the trades a list spans: `more than 300 endnotes`, `over sixteen
    // industries`, `citing a dozen sources`.
    "endnotes",
    "footnotes",
    "sources",
    "industries",
    // What an investigation looked at: `geolocated 15 videos`, `at least 10 scam compounds`.
    "videos",
    "compounds",
    // A vote's abstentions (its votes for and against: see `vote_tally`).
    "abstentions",
];

/// Nouns of things a number may count with plain words between (`100 rubber glove factories`).
const NAMED_THINGS: &[&str] = &[
    "factories",
    "kilns",
    "agreements",
    "contracts",
    "shelters",
    "laws",
    "programmes",
    "programs",
    "initiatives",
    "amendments",
    "sections",
    "clauses",
    "items",
    "editions",
    "locations",
    "workshops",
    "presentations",
    "seminars",
    "plants",
    "compounds",
];

/// Words that, between a number and a noun of [`NAMED_THINGS`], make the number count something else
/// (`50 children in factories`, `workers from shelters`).
const NOT_THING_WORDS: &[&str] = &[
    "the",
    "and",
    "for",
    "with",
    "from",
    "into",
    "under",
    "across",
    "people",
    "children",
    "workers",
    "victims",
    "women",
    "men",
    "girls",
    "boys",
    "persons",
    "migrants",
    "minors",
    "families",
    "households",
    "labourers",
    "laborers",
    "are",
    "were",
    "was",
    "have",
    "has",
    "had",
    "more",
    "than",
    "who",
    "which",
    "that",
    "their",
    "its",
    "our",
    "all",
    "other",
];

/// True when `word` is one of [`UNITS`] in any ASCII case (as `any_is(word, UNITS)`): looked up
/// in a set of the words, whose Bloom filter turns most words away, instead of compared with
/// each of them.
fn is_unit(word: &str) -> bool {
    static SET: WordSet = WordSet::new(UNITS);
    in_any_case(word, &SET)
}

/// True when `word` is one of [`UNIT_ADJECTIVES`] in any ASCII case (as `any_is(word,
/// UNIT_ADJECTIVES)`), looked up as [`is_unit`] looks a word up.
fn is_unit_adjective(word: &str) -> bool {
    static SET: WordSet = WordSet::new(UNIT_ADJECTIVES);
    in_any_case(word, &SET)
}

/// No word of the lists looked up by [`in_any_case`] is longer than this: a longer word is in
/// none of them.
const LONGEST_LISTED: usize = 16;

/// True when `word` in ASCII lower case is in `set` (whose words are at most
/// [`LONGEST_LISTED`] bytes long).
fn in_any_case(word: &str, set: &WordSet) -> bool {
    let mut lower = [0u8; LONGEST_LISTED];
    let Some(slot) = lower.get_mut(..word.len()) else {
        return false;
    };
    slot.copy_from_slice(word.as_bytes());
    slot.make_ascii_lowercase();
    set.contains_bytes(slot)
}

/// Words between a number and the unit it counts (`27 EU Member States`, `21 major States`).
const UNIT_ADJECTIVES: &[&str] = &[
    "eu",
    "un",
    "world",
    "major",
    "federal",
    "indian",
    "new",
    "community",
    "training",
    "bilateral",
    "written",
    "brick",
    "employment",
    "key",
    "primary",
    "main",
    "basic",
    "distinct",
    "particular",
    "specific",
    "different",
    // `three local government areas` (`government` may follow any of these).
    "local",
    // `the 10 police regions`, `two administrative districts`.
    "police",
    "administrative",
    "safeguarding",
    "outreach",
    "awareness",
];

/// Words right after a number (or a range `N to M`) that make it an age.
const AGE_AFTER: &[(&str, &str)] = &[
    ("age", "group"),
    ("years", "old"),
    ("year", "old"),
    ("year", "olds"),
];

/// `a billion-dollar industry`, `a multi-million dollar trade`: a scale word made an adjective
/// of size (singular `dollar`, no digit), which states no amount.
fn size_adjective(number: &str) -> bool {
    !number.bytes().any(|b| b.is_ascii_digit())
        && number
            .get(number.len().saturating_sub(7)..)
            .is_some_and(|end| {
                end.eq_ignore_ascii_case("-dollar") || end.eq_ignore_ascii_case(" dollar")
            })
}

/// True when the number at `mention` of `sentence` (byte offsets within it) is a frame, not a
/// statistic: a denominator, rank, target number, age, unit count or short code.
pub fn frame(sentence: &str, start: usize, end: usize) -> bool {
    let before = sentence.get(..start).unwrap_or_default();
    let after = sentence.get(end..).unwrap_or_default();
    let number = sentence.get(start..end).unwrap_or_default();
    // The words before and after the number, read once for every rule below.
    let near = Near::read(before, after);
    // A short code in brackets after a quoted keyword: `(233733)`.
    if before.ends_with('(')
        && after.starts_with(')')
        && number.len() >= 5
        && number.bytes().all(|b| b.is_ascii_digit())
    {
        return true;
    }
    // A day of the month in brackets after its weekday, as South Asian papers date a story:
    // `released on Monday (24)`.
    if before.ends_with('(')
        && after.starts_with(')')
        && number.len() <= 2
        && number.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
        && words(before)
            .next_back()
            .is_some_and(|w| any_is(w, WEEKDAYS))
    {
        return true;
    }
    // `for six consecutive years`: a length of time.
    if near
        .first()
        .is_some_and(|w| any_is(w, &["consecutive", "straight"]))
    {
        return true;
    }
    // A footnote marker: `[6]`.
    if before.ends_with('[')
        && after.starts_with(']')
        && number.len() <= 3
        && number.bytes().all(|b| b.is_ascii_digit())
    {
        return true;
    }
    // A footnote marker glued to a sentence's full stop: `every year.1`, `as of 2016.2` (read
    // as one decimal with the year before it).
    if footnote_after_stop(before, number, after)
        || footnote_after_title(before, number, after, &near)
    {
        return true;
    }
    if wage(number, after) || may_name_wage(sentence) && wage_named(before, number, after) {
        return true;
    }
    if phone(sentence, before, number, after, &near) {
        return true;
    }
    if size_adjective(number) {
        return true;
    }
    if serial(sentence, number, after, &near) || prison_term(&near) || age_gap(&near) {
        return true;
    }
    if weekday_date(before, number, &near) || time_or_scale(&near) || age_with_another(after) {
        return true;
    }
    // `a three-tier ranking`: the size of a scale.
    if after
        .get(..5)
        .is_some_and(|a| a.eq_ignore_ascii_case("-tier"))
    {
        return true;
    }
    // `At one time, 20,000 children worked there`, `at one point`: once, not a count.
    if any_is(number, &["one"])
        && words(before)
            .next_back()
            .is_some_and(|w| any_is(w, &["at"]))
        && words(after)
            .next()
            .is_some_and(|w| any_is(w, &["time", "point", "stage"]))
    {
        return true;
    }
    // `by one or more people`: an indefinite amount, not a count.
    if any_is(number, &["one", "1"])
        && after
            .get(..9)
            .is_some_and(|t| t.eq_ignore_ascii_case(" or more "))
    {
        return true;
    }
    // `more than one type of abuse`, `more than one employer`: several, not a count (not `more
    // than one in four` or `more than one child in ten`, a share, nor `more than one of the
    // victims`).
    if any_is(number, &["one"])
        && {
            let mut back = near.back();
            back.next().is_some_and(|w| any_is(w, &["than"]))
                && back.next().is_some_and(|w| any_is(w, &["more"]))
        }
        && !near
            .first()
            .is_some_and(|w| any_is(w, &["of", "per", "for"]))
        && !near.clause(NEAR_AHEAD).iter().any(|w| {
            w.bytes().all(|b| b.is_ascii_digit()) || any_is(w, SPELLED) || any_is(w, &["every"])
        })
    {
        return true;
    }
    if stated_age(before, number, &near)
        || age_bound(number, &near)
        || place_population(before, after)
        || outreach_audience(sentence, &near)
        || staff_taken_on(&near)
        || minimum_wages(number, &near)
        || officer_numbers(&near)
    {
        return true;
    }
    // A score out of 100 or 10 written with a slash: `47.54/100 Vulnerability`.
    // (The byte found in place: a searcher for one character costs more on a short number.)
    if number
        .bytes()
        .position(|b| b == b'/')
        .and_then(|at| number.get(at + 1..))
        .is_some_and(|of| matches!(of.trim(), "100" | "10"))
    {
        return true;
    }
    // A subsection of a law: `Section 24 (1) of the Act`.
    if before.ends_with('(') && after.starts_with(')') && number.len() <= 2 {
        let mut back = near.back();
        if back
            .next()
            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
            && back
                .next()
                .is_some_and(|w| any_is(w, &["section", "article", "rule", "clause"]))
        {
            return true;
        }
    }
    // An item number in a list inside the sentence: `either (1) more trafficking, (2) …`, or
    // `in two forms: 1) forced labour and 2) …`.
    if after.starts_with(')') && enumerated(sentence, number, before.ends_with('(')) {
        return true;
    }
    // A name that holds a number (`the 8.7 Alliance`) or a quoted title (`“20 Ways You Can
    // Help”`), and a count of the countries a colon then lists (`in five nations: India, …`).
    if named(before, after, &near)
        || (listed_countries(after) && !tier_move(sentence))
        || publications(number, after)
    {
        return true;
    }
    // `seven South Asian countries`, `16 European member states`: a group of countries named
    // by its region or club, not the countries a report covers.
    if country_group(after) {
        return true;
    }
    // `555 in favour, 6 against and 45 in abstention`: a vote's tally.
    if vote_tally(sentence) {
        return true;
    }
    // `firms with more than 250 employees must report`: the size a law's duty applies from.
    if headcount_threshold(sentence, &near) {
        return true;
    }
    // `cities with more than 100,000 people`: the size of the places a count is sorted by.
    if place_size(&near) {
        return true;
    }
    // `127,000 individuals … were checked`, `checked the identity of over 11,000 minors`: the
    // checks one operation made, not people found.
    if checked_count(before, after) {
        return true;
    }
    // `38 out of 160 countries` in a sentence of ranks: a country's place in an index.
    // (Its bytes compared in place: a searcher built for a number of a few bytes costs more.)
    if number.as_bytes().windows(8).any(|w| w == b" out of ")
        && words(after)
            .next()
            .is_some_and(|w| any_is(w, &["countries", "nations"]))
        && words(sentence).any(|w| any_is(w, &["ranked", "ranks", "rank", "ranking"]))
    {
        return true;
    }
    // `ranked 3 (out of 167 countries)`, `ranked 8th of 160 countries`: how many a place right
    // before it is ranked among.
    if rank_denominator(before, after) || target_level(before, after) || analysed_firms(&near) {
        return true;
    }
    let mut back = near.back();
    let (last, second) = (back.next(), back.next());
    // An index's score: `rated 66 out of 100`, `score at least 8 out of 10` (not `a score of
    // 104.6`, which some write for a prevalence).
    let scored = near
        .back()
        .find(|w| !any_is(w, &["at", "least", "only", "just", "about", "around"]))
        .is_some_and(|w| any_is(w, SCORED));
    if scored {
        return true;
    }
    // `detected in 27 countries of the region`, `the index ranks 176 countries`: the countries
    // of a region the text named before, or how many an index ranks.
    if countries_of_the_region(after)
        || ranked_countries(last, after)
        || index_countries(sentence, last, second, after)
    {
        return true;
    }
    if age_threshold(number, last, second)
        || surveyed_in(sentence, before, number, last, second, after, &near)
    {
        return true;
    }
    // `as young as 4 or 5`: the second of two numbers reads the pair before the first.
    let (last, second) = match (last, second) {
        (Some(alt), Some(n))
            if any_is(alt, &["or", "to"]) && n.bytes().all(|b| b.is_ascii_digit()) =>
        {
            let (w, s) = (back.next(), back.next());
            // Only an age or a denominator's pair: `between 6 and 17 … 4 or 5` keeps `or`.
            if w.zip(s).is_some_and(|(w, s)| {
                BEFORE_PAIRS
                    .iter()
                    .any(|(a, b)| w.eq_ignore_ascii_case(a) && s.eq_ignore_ascii_case(b))
            }) {
                (w, s)
            } else {
                (last, second)
            }
        }
        pair => pair,
    };
    if let Some(w) = last {
        if any_is(w, BEFORE) && !top_as_verb(w, second, number) {
            return true;
        }
        // `4 in a thousand people`: the rate's denominator.
        if w.eq_ignore_ascii_case("in")
            && second.is_some_and(|s| {
                s.bytes().all(|b| b.is_ascii_digit()) || any_is(s, &["one"]) || any_is(s, SPELLED)
            })
            && number
                .get(..2)
                .is_some_and(|a| a.eq_ignore_ascii_case("a "))
        {
            return true;
        }
        // `Sub-Saharan Africa, which comprises 49 countries`: how many countries a region has.
        if region_makeup(w, second, after) {
            return true;
        }
        if let Some(s) = second {
            // `ranked third out of 167 countries with …`: the ranking's size, whatever follows;
            // but `out of 51 countries in Africa` counts a region's countries.
            if ranked_among_countries(w, s, after) {
                return countries_of_region(after);
            }
            // (Every pair's nearer word has two letters.)
            if w.len() == 2
                && BEFORE_PAIRS
                    .iter()
                    .any(|(a, b)| w.eq_ignore_ascii_case(a) && s.eq_ignore_ascii_case(b))
            {
                return true;
            }
        }
    }
    if kinds_left_out(&near) || range_of_kinds(&near) || numbered_heading(number, after) {
        return true;
    }
    // `the Group of 20`: a club's name.
    if last.is_some_and(|w| w.eq_ignore_ascii_case("of")) && second == Some("Group") {
        return true;
    }
    // `the world's 20 richest economies`, `the 10 largest nations`: a rank of countries by size
    // or wealth, no count of anything on the topic.
    if near
        .first()
        .is_some_and(|w| any_is(w, RANKING_SUPERLATIVES))
        && near
            .second()
            .is_some_and(|w| any_is(w, &["countries", "nations", "economies"]))
    {
        return true;
    }
    // `these 10 countries – India, China …`: countries named elsewhere, counted again.
    if last.is_some_and(|w| any_is(w, &["these", "those"]))
        && near
            .first()
            .is_some_and(|w| any_is(w, &["countries", "nations"]))
    {
        return true;
    }
    // `a response rate of 91.7 percent`, `205 S. Main St.`, `aged 21 to 25, … 31 to 35`: a
    // survey's response rate, a street address, a band of ages.
    if response_rate(&near) || street_address(number, after) || age_band(before, number) {
        return true;
    }
    unit_after_near(number, after, &near)
}

/// True when the number is a survey's response rate: `a response rate of 91.7 percent`, `the
/// response rate was 88%` (how well a survey reached its sample, no finding).
fn response_rate(near: &Near<'_>) -> bool {
    let mut back = near.back();
    back.next()
        .is_some_and(|w| any_is(w, &["of", "was", "is", "at", "reached"]))
        && back.next().is_some_and(|w| any_is(w, &["rate", "rates"]))
        && back.next().is_some_and(|w| any_is(w, &["response"]))
}

/// Words that end the street of an address (`205 S. Main St.`, `12 Park Road`).
const STREETS: &[&str] = &[
    "st",
    "street",
    "ave",
    "avenue",
    "road",
    "rd",
    "blvd",
    "boulevard",
    "lane",
    "ln",
    "drive",
];

/// True when the number is a house number: one to five digits, then one to three capitalised
/// words (a direction's letter with its point counts: `S.`) and a word for a street (`205 S.
/// Main St.,`, `12 Park Road`).
fn street_address(number: &str, after: &str) -> bool {
    if number.is_empty() || number.len() > 5 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    for (named, token) in after.split_whitespace().take(4).enumerate() {
        let word = token.trim_end_matches(['.', ',']);
        if named > 0 && any_is(word, STREETS) {
            return true;
        }
        if !word.starts_with(|c: char| c.is_ascii_uppercase())
            || !word.bytes().all(|b| b.is_ascii_alphabetic())
        {
            return false;
        }
    }
    false
}

/// The ages that make a band: both ends a whole number from 5 to 99, a band ten years wide at
/// most.
fn band_ends(low: &str, high: &str) -> bool {
    let age = |t: &str| {
        t.trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (5..100).contains(n))
    };
    age(low)
        .zip(age(high))
        .is_some_and(|(low, high)| low < high && high - low <= 10)
}

/// `text` split around the first `sep` (ASCII) in it, as [`str::split_once`] does, found by
/// comparing the bytes at each place: for short texts.
fn split_once_short<'a>(text: &'a str, sep: &str) -> Option<(&'a str, &'a str)> {
    let at = text
        .as_bytes()
        .windows(sep.len())
        .position(|w| w == sep.as_bytes())?;
    Some((text.get(..at)?, text.get(at + sep.len()..)?))
}

/// True when the number is a band of ages (`31 to 35`, `between 16 and 20`) in a sentence that
/// has named ages before it (`most recruits were aged 21 to 25, and the next largest group 31 to
/// 35`): the ages of a breakdown, no count.
fn age_band(before: &str, number: &str) -> bool {
    // (The words looked for byte by byte: a number's text is short, and a string searcher
    // costs more to set up than the whole search.)
    let Some((low, high)) = split_once_short(number, " to ")
        .or_else(|| split_once_short(number, " and "))
        .or_else(|| number.split_once(['-', '\u{2013}']))
    else {
        return false;
    };
    band_ends(low, high) && words(before).any(|w| any_is(w, &["aged", "ages"]))
}

/// Nouns of kinds of work or of wrongs that a count after `out of the` leaves out: `the five
/// most hazardous sectors, out of the 43 classified as hazardous`.
const LEFT_OUT_KINDS: &[&str] = &[
    "sectors",
    "occupations",
    "industries",
    "activities",
    "categories",
    "types",
    "forms",
    "kinds",
    "trades",
    "jobs",
    "crimes",
    "offences",
    "offenses",
];

/// True when the number counts kinds whose noun it leaves out, after `out of the` or `of the`
/// and a noun of [`LEFT_OUT_KINDS`] (`the five most hazardous sectors, out of the 43 classified as
/// hazardous`), and no noun of its own follows (a participle, `that`, or nothing).
fn kinds_left_out(near: &Near<'_>) -> bool {
    let mut back = near.back();
    if !back.next().is_some_and(|w| any_is(w, &["the"]))
        || !back.next().is_some_and(|w| any_is(w, &["of"]))
    {
        return false;
    }
    let noun = match back.next() {
        Some(w) if any_is(w, &["out"]) => back.next(),
        w => w,
    };
    noun.is_some_and(|w| any_is(w, LEFT_OUT_KINDS))
        && near
            .first()
            .is_none_or(|w| w.ends_with("ed") || any_is(w, &["that", "which", "on", "in", "under"]))
}

/// True when the number counts the kinds a definition or list spans: `a range of 26 crimes`, `a
/// variety of 12 occupations` (a plural noun of things right after it, not of people).
fn range_of_kinds(near: &Near<'_>) -> bool {
    let mut back = near.back();
    back.next().is_some_and(|w| any_is(w, &["of"]))
        && back
            .next()
            .is_some_and(|w| any_is(w, &["range", "variety"]))
        && near.joined(1).first().is_some_and(|w| {
            w.len() > 3
                && w.ends_with('s')
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !any_is(w, NOT_THING_WORDS)
                && !any_is(w, &["millions", "thousands", "hundreds", "years", "days"])
        })
}

/// True when the number heads a part of a report: `in 10.12 ANNEX XII: EXPERT GROUP FINDINGS`,
/// `see 4 Appendix B` (a section's number before the capitalised name of the part).
fn numbered_heading(number: &str, after: &str) -> bool {
    number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && after.strip_prefix(' ').is_some_and(|rest| {
            rest.starts_with(|c: char| c.is_ascii_uppercase())
                && words(rest)
                    .next()
                    .is_some_and(|w| any_is(w, &["annex", "appendix", "chapter"]))
        })
}

/// The words around a number that [`frame`]'s rules read, split once for all of them: the last
/// [`words`] before it (the nearest first) and the first words of the clause after it.
struct Near<'a> {
    /// The text before the number.
    before: &'a str,
    /// The text after the number.
    after: &'a str,
    /// The last [`NEAR_BACK`] words of `before`, the nearest first.
    back: [&'a str; NEAR_BACK],
    /// How many of `back` there are.
    nb: usize,
    /// The first [`NEAR_AHEAD`] words of the clause after the number, as
    /// `clause_words::<NEAR_AHEAD>` with the stops `, ; . ( :` reads them.
    ahead: [&'a str; NEAR_AHEAD],
    /// How many of `ahead` there are.
    na: usize,
    /// How many of `ahead` are joined to the number by spaces or hyphens only (as
    /// `clause_words` reads words up to any other character that is not a letter or digit).
    joined: usize,
}

/// Words before a number that [`Near`] keeps (more are read from the text when a rule asks).
const NEAR_BACK: usize = 5;
/// Words after a number that [`Near`] keeps: every rule of [`frame`] reads at most this many.
const NEAR_AHEAD: usize = 6;

impl<'a> Near<'a> {
    fn read(before: &'a str, after: &'a str) -> Self {
        let (back, nb) = last_words::<NEAR_BACK>(before);
        let (ahead, na, joined) =
            clause_words_joined::<NEAR_AHEAD>(after, |c| matches!(c, ',' | ';' | '.' | '(' | ':'));
        Near {
            before,
            after,
            back,
            nb,
            ahead,
            na,
            joined,
        }
    }

    /// The words of `before` from the nearest back, as `words(before).rev()` gives them.
    fn back(&self) -> impl Iterator<Item = &'a str> + use<'a> {
        let kept = self.back;
        // The words past the kept ones are split from the text only when asked for.
        let (before, more) = (self.before, self.nb == NEAR_BACK);
        let rest = std::iter::once_with(move || more.then(|| words(before).rev().skip(NEAR_BACK)));
        kept.into_iter()
            .take(self.nb)
            .chain(rest.flatten().flatten())
    }

    /// The word right before the number: what `words(before).next_back()` gives.
    fn last(&self) -> Option<&'a str> {
        self.back
            .get(..self.nb)
            .and_then(|kept| kept.first())
            .copied()
    }

    /// The first word after the number, past any stop: what `words(after).next()` gives (the
    /// clause's first word, when the clause has one).
    fn first(&self) -> Option<&'a str> {
        match self.ahead.get(..self.na) {
            Some([first, ..]) => Some(*first),
            _ => words(self.after).next(),
        }
    }

    /// The second word after the number, past any stop: what `words(after).nth(1)` gives.
    fn second(&self) -> Option<&'a str> {
        match self.ahead.get(..self.na) {
            Some([_, second, ..]) => Some(*second),
            _ => words(self.after).nth(1),
        }
    }

    /// The first `n` (at most [`NEAR_AHEAD`]) words of the clause after the number: what
    /// `clause_words::<n>` with the stops `, ; . ( :` returns.
    fn clause(&self, n: usize) -> &[&'a str] {
        self.ahead.get(..n.min(self.na)).unwrap_or_default()
    }

    /// The first `n` words joined to the number by spaces or hyphens: what `clause_words::<n>`
    /// stopping at any other character returns.
    fn joined(&self, n: usize) -> &[&'a str] {
        self.ahead.get(..n.min(self.joined)).unwrap_or_default()
    }
}

/// The last `N` [`words`] of `text`, the last first, and how many there are: what
/// `words(text).rev()` gives, read back byte by byte (a character outside ASCII decoded only
/// where one is).
fn last_words<const N: usize>(text: &str) -> ([&str; N], usize) {
    let mut found = [""; N];
    let mut n = 0;
    let bytes = text.as_bytes();
    // The end of the word being read back, if any.
    let mut word_end = None;
    let mut i = bytes.len();
    while let Some(&b) = i.checked_sub(1).and_then(|k| bytes.get(k)) {
        let (alphanumeric, start) = if b.is_ascii() {
            (b.is_ascii_alphanumeric(), i - 1)
        } else {
            // Back to the byte that starts the character (not a continuation byte 10xxxxxx).
            let mut start = i - 1;
            while start > 0 && bytes.get(start).is_some_and(|&b| b & 0xC0 == 0x80) {
                start -= 1;
            }
            let c = text.get(start..i).and_then(|t| t.chars().next());
            (c.is_some_and(char::is_alphanumeric), start)
        };
        if alphanumeric {
            word_end.get_or_insert(i);
        } else if let Some(end) = word_end.take() {
            if let Some(slot) = found.get_mut(n) {
                *slot = text.get(i..end).unwrap_or_default();
                n += 1;
            }
            if n == N {
                return (found, n);
            }
        }
        i = start;
    }
    if let Some(end) = word_end
        && let Some(slot) = found.get_mut(n)
    {
        *slot = text.get(..end).unwrap_or_default();
        n += 1;
    }
    (found, n)
}

/// True when an ordinal (`second`, `6th`) at `before|number|after` places something in a
/// ranking by a superlative (`the second highest number of cases`, `the 4th largest crime`) or
/// after a verb of ranking (`was ranked third`, `ranks fifth`): a rank, no statistic the table
/// could check. A tier (`the second tier`) is left to the tier figures.
pub fn superlative_rank(before: &str, after: &str) -> bool {
    let mut ahead = words(after);
    let next = ahead.next();
    if next.is_some_and(|w| any_is(w, &["tier", "tiers"])) {
        return false;
    }
    // `the second highest`, `the fourth-largest`, `third most common`.
    let superlative = |w: &str| {
        let lower = w.to_ascii_lowercase();
        matches!(lower.as_str(), "most" | "least" | "worst" | "best")
            || (lower.len() >= 5
                && lower.ends_with("est")
                && !matches!(
                    lower.as_str(),
                    "interest"
                        | "request"
                        | "harvest"
                        | "forest"
                        | "protest"
                        | "arrest"
                        | "contest"
                        | "conquest"
                        | "inquest"
                ))
    };
    if after.starts_with([' ', '-']) && next.is_some_and(superlative) {
        return true;
    }
    // `the second and third largest`: two places before one superlative.
    if any_is(next.unwrap_or_default(), &["and"])
        && ahead.next().is_some_and(|w| {
            let w = w.to_ascii_lowercase();
            matches!(w.as_str(), "second" | "third" | "fourth" | "fifth")
        })
        && ahead.next().is_some_and(superlative)
    {
        return true;
    }
    // `is 9th among the top 10 countries`: a place within a ranking's top.
    if any_is(next.unwrap_or_default(), &["among"])
        && ahead.next().is_some_and(|w| any_is(w, &["the"]))
        && ahead.next().is_some_and(|w| any_is(w, &["top", "bottom"]))
    {
        return true;
    }
    // `in third position`, `in second place`.
    if next.is_some_and(|w| any_is(w, &["position", "place", "spot"])) {
        return true;
    }
    // `was ranked third`, `ranks 6th`, `ranked the country second`, `placed Pakistan eighth`
    // (not `ranks No. 7`, a standing the extractor reads as such).
    let mut back = words(before).rev();
    let (last, second, third) = (back.next(), back.next(), back.next());
    !last.is_some_and(|w| any_is(w, &["no", "number", "tier"]))
        && [last, second, third]
            .into_iter()
            .flatten()
            .any(|w| any_is(w, &["ranked", "ranks", "rank", "ranking", "placed"]))
}

/// Superlatives that rank countries by size or wealth (`the 20 richest economies`).
const RANKING_SUPERLATIVES: &[&str] = &[
    "richest",
    "wealthiest",
    "largest",
    "biggest",
    "poorest",
    "smallest",
];

/// Words of an aim, which make a level to be reached by a year a target.
const AIMS: &[&str] = &[
    "bring", "aim", "aims", "aiming", "target", "targets", "goal", "seeks", "plans", "pledged",
];

/// True when the number is a level to be reached by a year, in a sentence that names an aim
/// before it: `to bring child marriage below 1 percent by 2030` (a goal, not a measurement); or,
/// with no year, a level an aim would bring something below (`to bring … below 1 percent`).
fn target_level(before: &str, after: &str) -> bool {
    let by_year = after
        .trim_start()
        .strip_prefix("by ")
        .and_then(|rest| rest.get(..4))
        .and_then(|y| y.parse::<u16>().ok())
        .is_some_and(|y| (2000..=2100).contains(&y));
    let mut back = words(before).rev();
    let Some(last) = back.next() else {
        return false;
    };
    if by_year {
        return any_is(last, &["below", "under", "to"]) && words(before).any(|w| any_is(w, AIMS));
    }
    // With no year, a level below which an aim would bring something: `to bring the prevalence
    // of child marriage below 1 percent`, `aims to reduce it to under 5%`.
    any_is(last, &["below", "under"])
        && words(before)
            .rev()
            .zip(words(before).rev().skip(1))
            .any(|(verb, to)| {
                any_is(to, &["to"]) && any_is(verb, &["bring", "reduce", "cut", "lower", "keep"])
            })
}

/// Verbs of a study that looks at companies (`analyses the reporting of 100 major companies`).
const ANALYSED: &[&str] = &[
    "analyses",
    "analyzes",
    "analysed",
    "analyzed",
    "analysing",
    "analyzing",
    "assessed",
    "assesses",
    "reviewed",
    "reviews",
    "examined",
    "examines",
    "benchmarked",
    "benchmarks",
    "sampled",
    "studied",
];

/// Nouns for the companies a study may look at.
const FIRMS: &[&str] = &["companies", "firms", "businesses", "brands", "corporations"];

/// True when the number counts the companies a study looked at (`analyses the reporting of
/// 100 major companies`, `assessed 75 firms`): a verb of [`ANALYSED`] within five words before
/// it, and a noun of [`FIRMS`] right after it or after one word. The study's size, no finding.
fn analysed_firms(near: &Near<'_>) -> bool {
    let firms = |w: Option<&str>| w.is_some_and(|w| any_is(w, FIRMS));
    (firms(near.first())
        || near
            .first()
            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_alphabetic()))
            && firms(near.second()))
        && near.back().take(5).any(|w| any_is(w, ANALYSED))
}

/// True when the count of countries right after the number is how many a place right before it
/// is ranked among: a place in digits, then `(out of` (`ranked 3 (out of 167 countries)`), or
/// an ordinal, then `of` (`ranked 8th of 160 countries`, `ninth of 160 nations`). (`ninth out of
/// 150 countries` stays the index's size, a claim.)
fn rank_denominator(before: &str, after: &str) -> bool {
    if !words(after)
        .next()
        .is_some_and(|w| any_is(w, &["countries", "nations"]))
    {
        return false;
    }
    let head = before.trim_end();
    let cut = |suffix: &str| {
        head.len()
            .checked_sub(suffix.len())
            .and_then(|at| head.split_at_checked(at))
            .filter(|(_, tail)| tail.eq_ignore_ascii_case(suffix))
            .map(|(rest, _)| rest)
    };
    let ordinal = |w: &str| {
        // (A place in words, `ranked ninth of 160 countries`, as the rank of a line gives it.)
        any_is(w, super::line::ORDINALS)
            || w.strip_suffix(['t', 'd', 'h'])
                .and_then(|w| w.strip_suffix(['s', 'n', 'r', 't']))
                .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
    };
    if let Some(rest) = cut("(out of") {
        return words(rest)
            .next_back()
            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()) || ordinal(w));
    }
    cut(" of").is_some_and(|rest| words(rest).next_back().is_some_and(ordinal))
}

/// True when `out of` before a number counts the countries a ranking covers (`out of 167
/// countries`): the size of an index or report, a claim, not a denominator of people.
fn ranked_among_countries(last: &str, second: &str, after: &str) -> bool {
    last.eq_ignore_ascii_case("of")
        && second.eq_ignore_ascii_case("out")
        && words(after)
            .next()
            .is_some_and(|w| any_is(w, &["countries", "nations"]))
}

/// True when `after` (right after a count) is `countries in` a capitalised name (`51
/// countries in Africa`): the countries of one region.
fn countries_of_region(after: &str) -> bool {
    let rest = after.trim_start();
    let Some(rest) = ["countries in ", "nations in "].iter().find_map(|p| {
        rest.get(..p.len())
            .filter(|h| h.eq_ignore_ascii_case(p))
            .map(|_| rest.get(p.len()..).unwrap_or_default())
    }) else {
        return false;
    };
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    rest.chars().next().is_some_and(char::is_uppercase)
}

/// True when `after` (right after a count) is `countries of the region` or the like (`nations
/// in this region`, `countries of the continent`): the countries of a region named before, not
/// where a report found victims.
fn countries_of_the_region(after: &str) -> bool {
    let mut ahead = words(after);
    ahead
        .next()
        .is_some_and(|w| any_is(w, &["countries", "nations"]))
        && ahead
            .next()
            .is_some_and(|w| any_is(w, &["of", "in", "across"]))
        && ahead
            .next()
            .is_some_and(|w| any_is(w, &["the", "this", "that"]))
        && ahead
            .next()
            .is_some_and(|w| any_is(w, &["region", "subregion", "continent"]))
}

/// True when the count right after `last` is how many countries an index ranks or rates (`the
/// index ranks 176 countries`, `rated 160 nations`): the index's size, no finding.
fn ranked_countries(last: Option<&str>, after: &str) -> bool {
    last.is_some_and(|w| any_is(w, &["ranks", "ranked", "ranking", "rates", "rated"]))
        && words(after)
            .next()
            .is_some_and(|w| any_is(w, &["countries", "nations"]))
}

/// True when the count is of the countries an index ranks, assesses or covers: `a ranking of 167
/// countries`, `vulnerability assessments of 160 countries`, or any count of countries in a sentence that names an index or a rank (`The
/// Global Slavery Index provides national estimates … for 160 countries`, `ranked second on the
/// list of 160 countries`, `Among 167 countries, India ranked 53`).
fn index_countries(sentence: &str, last: Option<&str>, second: Option<&str>, after: &str) -> bool {
    words(after)
        .next()
        .is_some_and(|w| any_is(w, &["countries", "nations"]))
        && ((last.is_some_and(|w| w.eq_ignore_ascii_case("of"))
            && second
                .is_some_and(|w| any_is(w, &["ranking", "rankings", "assessment", "assessments"])))
            || words(sentence).any(|w| any_is(w, &["index", "ranked", "ranks", "ranking"])))
}

/// Verbs that give how many parts a whole has: `comprises 49 countries`, `is made up of 54
/// nations`, `consists of 27 member states`.
const MADE_OF: &[&str] = &["comprises", "comprising", "comprise", "comprised"];

/// True when the count right after `last` (`second` the word before it) is how many countries
/// a region is made of (`which comprises 49 countries`, `made up of 54 nations`).
fn region_makeup(last: &str, second: Option<&str>, after: &str) -> bool {
    let made = any_is(last, MADE_OF)
        || (last.eq_ignore_ascii_case("of")
            && second.is_some_and(|s| any_is(s, &["consists", "consisting", "up"])));
    made && words(after)
        .next()
        .is_some_and(|w| any_is(w, &["countries", "nations", "states"]))
}

/// True when `after` (right after a count) names a group of countries by its region or club:
/// one to three capitalised words (`South Asian`, `G20`, `Caribbean Community (Caricom)`), then
/// `countries`, `nations` or `member states`.
fn country_group(after: &str) -> bool {
    // The first word must be a capitalised qualifier: a space, then no ASCII byte but a capital
    // (a bracket or a lower-case word first ends the reading below with false).
    if !matches!(after.as_bytes(), [b' ', b, ..] if !b.is_ascii() || b.is_ascii_uppercase()) {
        return false;
    }
    let mut rest = after;
    let mut qualifiers = 0;
    for _ in 0..4 {
        let Some(t) = rest.strip_prefix(' ') else {
            return false;
        };
        // An acronym in brackets after the name: `(Caricom)`.
        if let Some(inner) = t.strip_prefix('(') {
            let Some(close) = inner.find(')') else {
                return false;
            };
            if qualifiers == 0 || close > 12 {
                return false;
            }
            rest = inner.get(close + 1..).unwrap_or_default();
            continue;
        }
        let end = t.find(|c: char| !c.is_alphanumeric()).unwrap_or(t.len());
        let (word, tail) = t.split_at(end);
        if any_is(word, &["countries", "nations"])
            || (any_is(word, &["member"])
                && words(tail)
                    .next()
                    .is_some_and(|w| any_is(w, &["states", "countries"])))
        {
            return qualifiers > 0;
        }
        if !word.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        qualifiers += 1;
        rest = tail;
    }
    false
}

/// True when `sentence` tells a vote's tally (`adopted with 555 votes in favour, 6 against and
/// 45 abstentions`, `by 301 votes to 9`): its numbers count votes, whatever noun follows each.
fn vote_tally(sentence: &str) -> bool {
    // Few sentences hold `vote` (known from the sentence's phrase hits), before the sentence is
    // lower-cased.
    static CUES: PhraseSet = PhraseSet::new(VOTE_CUES);
    if !CUES.in_text(sentence) {
        return false;
    }
    let lower = sentence.to_lowercase();
    lower.contains("votes")
        && ["abstain", "abstention", " against", "votes to "]
            .iter()
            .any(|w| lower.contains(w))
}

/// True when the count before `employees` or `staff` is the company size a law's duty applies
/// from: `all businesses with more than 250 employees … are required to report`.
fn headcount_threshold(sentence: &str, near: &Near<'_>) -> bool {
    if !near
        .first()
        .is_some_and(|w| any_is(w, &["employees", "staff"]))
    {
        return false;
    }
    let mut back = near.back().skip_while(|w| {
        any_is(
            w,
            &[
                "more", "than", "over", "fewer", "less", "at", "least", "under", "or",
            ],
        )
    });
    if !back
        .next()
        .is_some_and(|w| any_is(w, &["with", "employing"]))
    {
        return false;
    }
    let lower = sentence.to_lowercase();
    DUTY.iter().any(|w| lower.contains(w))
}

/// True when the count between `before` and `after` is the size of the places something is
/// sorted by: `in cities with more than 100,000 people`, `towns of over 5,000 residents`.
fn place_size(near: &Near<'_>) -> bool {
    // The word after first: few numbers are followed by one of these.
    if !near
        .first()
        .is_some_and(|w| any_is(w, &["people", "inhabitants", "residents"]))
    {
        return false;
    }
    let mut back = near.back().skip_while(|w| {
        any_is(
            w,
            &[
                "more", "than", "over", "fewer", "less", "at", "least", "under", "about",
            ],
        )
    });
    back.next().is_some_and(|w| any_is(w, &["with", "of"]))
        && back.next().is_some_and(|w| {
            any_is(
                w,
                &[
                    "cities",
                    "towns",
                    "municipalities",
                    "villages",
                    "places",
                    "settlements",
                ],
            )
        })
}

/// Verbs of checking: `checked the identity of over 11,000 minors`.
pub(super) const CHECKED: &[&str] = &["checked", "screened"];

/// Words between a verb of checking and the count it checked: `checked the identity of over`.
const CHECKED_FILLER: &[&str] = &[
    "the",
    "identity",
    "identities",
    "papers",
    "documents",
    "of",
    "over",
    "more",
    "than",
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "approximately",
    "a",
    "total",
];

/// True when the count between `before` and `after` is what one operation checked: `checked the
/// identity of over 11,000 minors`, `127,000 individuals, 63,800 vehicles and 1,100 locations
/// were checked`; a workload, not people found.
fn checked_count(before: &str, after: &str) -> bool {
    // Most sentences check nothing: settled from the sentence's phrases (see [`PhraseSet`])
    // before reading words.
    static CUES: PhraseSet = PhraseSet::new(CHECKED);
    let checked = |w: &str| any_is(w, CHECKED);
    if CUES.in_text(before)
        && words(before)
            .rev()
            .take(8)
            .find(|w| !any_is(w, CHECKED_FILLER))
            .is_some_and(checked)
    {
        return true;
    }
    if !CUES.in_text(after) {
        return false;
    }
    let (ahead, n) = clause_words::<14>(after, |c| matches!(c, '.' | ';' | ':'));
    let ahead = ahead.get(..n).unwrap_or_default();
    ahead
        .windows(2)
        .any(|pair| matches!(pair, [be, done] if any_is(be, &["were", "was"]) && checked(done)))
        && !ahead.iter().any(|w| {
            any_is(
                w,
                &[
                    "found",
                    "identified",
                    "rescued",
                    "arrested",
                    "detected",
                    "freed",
                ],
            )
        })
}

/// True when the words right after `number` make it a count of places, things or goals (`36
/// states`, `10,000 brick kilns`), a rank among countries or an age, not of people.
fn unit_after(number: &str, after: &str) -> bool {
    unit_after_read(number, after, None)
}

/// [`unit_after`], from the words `near` read after the number when nothing is stripped first.
fn unit_after_near(number: &str, after: &str, near: &Near<'_>) -> bool {
    unit_after_read(number, after, Some(near))
}

/// [`unit_after`], reading the joined words from `near` (the words right after `after`'s
/// start) when `after` is not cut before them.
fn unit_after_read(number: &str, whole: &str, near: Option<&Near<'_>>) -> bool {
    // `the 50 U.S. states`, `two U.N. agencies`: the initials of a country or of the United
    // Nations stop no unit.
    let after = whole
        .strip_prefix(" U.S.")
        .or_else(|| whole.strip_prefix(" U.N."))
        .unwrap_or(whole);
    // `four “tiers”`: a unit in quotation marks is one still.
    let after = after
        .strip_prefix(" “")
        .or_else(|| after.strip_prefix(" \""))
        .unwrap_or(after);
    // Only words joined to the number by spaces (or hyphens) qualify it: `21.5 per cent),
    // population growth …` does not make it a population.
    // (At most five of them are read: the text is read no further than they reach.)
    let (joined, n) = match near {
        Some(near) if after.len() == whole.len() => {
            let mut joined = [""; 5];
            let read = near.joined(5);
            for (slot, w) in joined.iter_mut().zip(read) {
                *slot = w;
            }
            (joined, read.len())
        }
        _ => clause_words::<5>(after, |c| !(c == ' ' || c == '-')),
    };
    let mut ahead = joined.into_iter().take(n);
    let mut next = ahead.next();
    // `five to 17 age group`: the words after the range's other end.
    if next.is_some_and(|w| w.eq_ignore_ascii_case("to")) {
        if !ahead
            .next()
            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
        {
            return false;
        }
        next = ahead.next();
    }
    // `the 21 police services`, `43 police forces`: the forces taking part, not people.
    if next.is_some_and(|w| any_is(w, &["police"])) {
        let then = ahead.clone().next();
        if then.is_some_and(|w| any_is(w, &["services", "forces", "departments", "agencies"])) {
            return true;
        }
    }
    if next.is_some_and(is_unit_adjective) {
        // `65 safeguarding visits`, `12 awareness sessions`: an outreach programme's events
        // (not `847 visits` alone, which inspections may be).
        if next.is_some_and(|w| any_is(w, &["safeguarding", "outreach", "awareness"])) {
            let then = ahead.clone().next();
            if then.is_some_and(|w| any_is(w, &["visits", "sessions", "campaigns", "events"])) {
                return true;
            }
        }
        // `eleven key points` (not `rose 3 points`, a change).
        if next.is_some_and(|w| any_is(w, &["key"])) {
            let then = ahead.next();
            if then.is_some_and(|w| any_is(w, &["points", "findings"])) {
                return true;
            }
            next = then;
        } else {
            next = ahead.next();
        }
    }
    // `three local government areas`, `nine government agencies`: the body's kind.
    if next.is_some_and(|w| any_is(w, &["government"])) {
        next = ahead.next();
    }
    let Some(next) = next else {
        return false;
    };
    // `four of the five world regions`: a part of a count of units is one too.
    if next.eq_ignore_ascii_case("of")
        && let Some(rest) = after.trim_start().get(2..)
        && let Some(rest) = rest.trim_start().strip_prefix("the ")
    {
        let rest = rest.trim_start();
        let end = rest.find(' ').unwrap_or(rest.len());
        let whole = rest.get(..end).unwrap_or_default();
        if whole.bytes().any(|b| b.is_ascii_digit()) || SPELLED.iter().any(|w| any_is(whole, &[w]))
        {
            return unit_after(whole, rest.get(end..).unwrap_or_default());
        }
    }
    // (A number's few bytes read in place: a searcher for one character costs more.)
    let share = number.bytes().any(|b| b == b'%');
    if is_unit(next) && !share {
        return true;
    }
    // `100 rubber glove factories`, `10 bilateral labor agreements`: one or two plain words
    // before a noun of things, which never count people.
    if !share {
        let mut rest = joined.into_iter().take(n);
        static NOT_THINGS: WordSet = WordSet::new(NOT_THING_WORDS);
        // (A word of lower-case letters is in the list in any case when it is in it as it is.)
        let plain = |w: &str| {
            w.len() > 2
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !w.ends_with("ed")
                && !NOT_THINGS.contains(w)
        };
        let (a, b, c) = (rest.next(), rest.next(), rest.next());
        static THINGS: WordSet = WordSet::new(NAMED_THINGS);
        let thing = |w: Option<&str>| w.is_some_and(|w| in_any_case(w, &THINGS));
        if a.is_some_and(plain) && (thing(b) || (b.is_some_and(plain) && thing(c))) {
            return true;
        }
    }
    let then = ahead.next();
    // `the 10 countries with the highest prevalence`: a rank, not a count of countries covered.
    if next.eq_ignore_ascii_case("countries")
        && then.is_some_and(|t| t.eq_ignore_ascii_case("with"))
    {
        return true;
    }
    AGE_AFTER.iter().any(|(a, b)| {
        next.eq_ignore_ascii_case(a) && then.is_some_and(|t| t.eq_ignore_ascii_case(b))
    })
}

/// True when `number` (one or two digits) numbers a row of a table flattened into the sentence:
/// `S.No. Year Victims 1 2018 2484 2 2019 2746`, where a year follows it and the row before or
/// after is numbered the same way.
fn serial(sentence: &str, number: &str, after: &str, near: &Near<'_>) -> bool {
    if number.is_empty() || number.len() > 2 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    // The clause's first word is the text's first word, unless the clause has none.
    let first = near
        .clause(1)
        .first()
        .copied()
        .or_else(|| words(after).next());
    let year = first.is_some_and(|w| {
        w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
    });
    if !year {
        return false;
    }
    // The next or the previous row's number, also before a year (the heading `S.No.` may
    // have been cut off as a sentence of its own).
    let Ok(n) = number.parse::<u32>() else {
        return false;
    };
    let all: Vec<&str> = words(sentence).collect();
    all.windows(2).any(|pair| {
        matches!(pair, [k, y] if [n + 1, n.saturating_sub(1)].iter().any(|m| *m != n && k.parse::<u32>() == Ok(*m))
            && y.len() == 4
            && y.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y)))
    })
}

/// Words before a number that make the years after it a prison term.
const PENALTIES: &[&str] = &[
    "jailed",
    "jail",
    "sentenced",
    "imprisoned",
    "imprisonment",
    "prison",
];

/// True when the number is an end of a prison term: `jailed between 5 and 7 years`,
/// `sentenced to 10 years` (the length of one sentence, not a count).
fn prison_term(near: &Near<'_>) -> bool {
    let filler = |w: &str| {
        any_is(w, &["between", "from", "to", "of", "and", "for", "up"])
            || w.bytes().all(|b| b.is_ascii_digit())
    };
    let penalty = near
        .back()
        .take(5)
        .find(|w| !filler(w))
        .is_some_and(|w| any_is(w, PENALTIES));
    // Most numbers follow no penalty: the words after are read only for one.
    if !penalty {
        return false;
    }
    let ahead = near.clause(4);
    // The first word after the range's ends (`and 7`, `seven`) is the unit of time.
    let spelled = |w: &str| {
        any_is(
            w,
            &[
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            ],
        )
    };
    ahead
        .iter()
        .find(|w| !(filler(w) || spelled(w)))
        .is_some_and(|w| any_is(w, &["years", "year", "months", "month"]))
}

/// Verbs and phrases right before a count of the people an organisation's training or outreach
/// reached (`has trained 720,000 drivers`, `gave advice to 112 workers`).
const TRAINED: &[&str] = &[
    "trained",
    "train",
    "trains",
    "training",
    "educated",
    "sensitised",
    "sensitized",
];

/// [`TRAINED`]'s phrases of two words, as pairs.
const TRAINED_PAIRS: &[(&str, &str)] = &[("advice", "to"), ("delivered", "to")];

/// Nouns right after a count that make it the audience of a training or an event.
const AUDIENCE: &[&str] = &[
    "participants",
    "attendees",
    "trainees",
    "delegates",
    // Those who put their names to a law's consultation or a petition.
    "submitters",
    "signatories",
    "signees",
];

/// Nouns for people trained in their trade: the audience of a training, never its victims.
const PROFESSIONS: &[&str] = &[
    "professionals",
    "officers",
    "officials",
    "providers",
    "personnel",
    "teachers",
    "educators",
    "nurses",
    "doctors",
    "judges",
    "prosecutors",
    "inspectors",
    "stakeholders",
    "volunteers",
];

/// Words that name a training or awareness programme in a sentence (not `programme` alone:
/// `the ILO's programme on child labour` names no training).
const OUTREACH: &[&str] = &[
    "training",
    "trainings",
    "presentations",
    "workshops",
    "seminars",
    "awareness",
];

/// True when the number counts the people an organisation's own training or outreach reached,
/// not people in harm: `has trained 720,000 truckers`, `more than 3,000 participants`, `gave
/// advice to 112 sex workers`, or `helping nearly 6,000 people` in a sentence that names the
/// training programmes that helped them.
fn outreach_audience(sentence: &str, near: &Near<'_>) -> bool {
    // The words before the number, past a hedge (`has trained more than`).
    let hedge = hedge_word;
    // Most numbers follow no hedge: the two kept words nearest, read without an iterator.
    let (last, second) = match near.back.get(..near.nb) {
        Some([]) => ("", ""),
        Some([last]) if !hedge(last) => (*last, ""),
        Some([last, second, ..]) if !hedge(last) => (*last, *second),
        _ => {
            let mut back = near.back().skip_while(|w| hedge(w));
            (
                back.next().unwrap_or_default(),
                back.next().unwrap_or_default(),
            )
        }
    };
    let trained = TRAINED.iter().any(|t| last.eq_ignore_ascii_case(t))
        || TRAINED_PAIRS
            .iter()
            .any(|(a, b)| second.eq_ignore_ascii_case(a) && last.eq_ignore_ascii_case(b));
    if trained {
        return true;
    }
    let first = near.joined(1).first().copied();
    if first.is_some_and(|w| any_is(w, AUDIENCE)) {
        return true;
    }
    // `More than 37,000 people signed a petition`: a petition's names.
    if near.clause(4).iter().any(|w| any_is(w, &["signed"]))
        && words(sentence).any(|w| any_is(w, &["petition", "petitions"]))
    {
        return true;
    }
    // `provided training to approximately 200 law enforcement professionals, 350 legal
    // professionals, …`: the trades a training reached, in a sentence that names it.
    if near.joined(3).iter().any(|w| any_is(w, PROFESSIONS))
        && words(sentence).any(|w| any_is(w, OUTREACH) || any_is(w, TRAINED))
    {
        return true;
    }
    // `helping nearly 6,000 people` where the sentence names the training (not `reached 50
    // million`, a statistic's own verb; nor `helped 300 victims`, people in harm).
    any_is(last, &["helping", "helped"])
        && !first.is_some_and(|w| any_is(w, &["victims", "survivors"]))
        && words(sentence).any(|w| any_is(w, OUTREACH))
}

/// True when `w` is a word of a hedge before a number (`more than`, `nearly`, `at least`).
fn hedge_word(w: &str) -> bool {
    any_is(
        w,
        &[
            "more",
            "than",
            "over",
            "nearly",
            "almost",
            "about",
            "around",
            "some",
            "roughly",
            "approximately",
            "at",
            "least",
        ],
    )
}

/// Verbs of taking people on as staff: `hiring 200 additional staff`, `recruited 50 inspectors`.
const HIRING: &[&str] = &[
    "hire",
    "hires",
    "hiring",
    "hired",
    "recruit",
    "recruits",
    "recruiting",
    "recruited",
];

/// Nouns of the staff a body takes on to do its work (never people in harm).
const STAFF: &[&str] = &[
    "staff",
    "caseworkers",
    "personnel",
    "officers",
    "officials",
    "inspectors",
    "investigators",
    "prosecutors",
    "judges",
];

/// Words that may stand between a count of staff and its noun: `200 additional staff`, `50 new
/// labour inspectors`.
const STAFF_KINDS: &[&str] = &[
    "additional",
    "extra",
    "new",
    "more",
    "specialist",
    "dedicated",
    "trained",
    "labour",
    "labor",
    "police",
    "immigration",
    "border",
    "frontline",
];

/// True when the number counts the staff a body takes on (`hiring 200 additional staff`,
/// `recruited 50 new labour inspectors`): the means of a policy, not people on the topic (not
/// `recruited 200 workers`, people a recruiter may have trafficked).
fn staff_taken_on(near: &Near<'_>) -> bool {
    near.back()
        .find(|w| !hedge_word(w))
        .is_some_and(|w| any_is(w, HIRING))
        && near
            .joined(3)
            .iter()
            .find(|w| !any_is(w, STAFF_KINDS))
            .is_some_and(|w| any_is(w, STAFF))
}

/// True when the number is how far a police force's headcount changed, `officer numbers`
/// right before it in its clause (`police officer numbers slashed by around 22,000`): the size
/// of a force, not people on the topic (not `police numbers show`, which may be police data).
fn officer_numbers(near: &Near<'_>) -> bool {
    // `numbers` must be one of the five words kept before the number: only then are more split.
    if !near.back().take(NEAR_BACK).any(|w| any_is(w, &["numbers"])) {
        return false;
    }
    near.back()
        .take(6)
        .skip_while(|w| !any_is(w, &["numbers"]))
        .nth(1)
        .is_some_and(|w| any_is(w, &["officer"]))
}

/// True when the number is a multiple of the minimum wage that bounds an income (`at most one
/// minimum wage`, `up to two minimum salaries`): a bracket of pay, as Latin American surveys
/// give incomes, not a count (not `3 million minimum wage workers`, a count of people).
fn minimum_wages(number: &str, near: &Near<'_>) -> bool {
    let small = any_is(number, &["one", "half", "a"])
        || any_is(number, SPELLED)
        || number.parse::<f64>().is_ok_and(|n| n > 0.0 && n <= 12.0);
    small
        && matches!(
            near.joined(3),
            [minimum, wage, rest @ ..]
                if any_is(minimum, &["minimum"])
                    && any_is(wage, &["wage", "wages", "salary", "salaries"])
                    && !rest.first().is_some_and(|w| {
                        any_is(w, &["workers", "earners", "jobs", "employees", "increase", "rise"])
                    })
        )
}

/// True when the number compares two people's ages: `a man more than twice her age`.
fn age_gap(near: &Near<'_>) -> bool {
    matches!(near.clause(2), [whose, age] if any_is(whose, &["her", "his", "their"]) && any_is(age, &["age"]))
}

/// True when the number is a day of the month after a weekday: `on Friday 17 (October)`.
fn weekday_date(before: &str, number: &str, near: &Near<'_>) -> bool {
    before.ends_with(' ')
        && near.last().is_some_and(|w| any_is(w, WEEKDAYS))
        && number.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

/// True when the words after the number make it a time still to come (`300 more years`) or a
/// point of a rating scale (`on a 1-3 country trafficking scale`).
fn time_or_scale(near: &Near<'_>) -> bool {
    let ahead = near.clause(4);
    let more_time = matches!(ahead, [more, unit, ..] if any_is(more, &["more"])
        && any_is(unit, &["years", "decades", "months"]));
    more_time || ahead.iter().any(|w| any_is(w, &["scale"]))
}

/// True when the number is one of two ages: `an eight- or nine-year-old`.
fn age_with_another(after: &str) -> bool {
    let Some(rest) = after.strip_prefix('-') else {
        return false;
    };
    let rest = rest.trim_start();
    let Some(other) = rest
        .strip_prefix("or ")
        .or_else(|| rest.strip_prefix("to "))
    else {
        return false;
    };
    let other: String = other
        .chars()
        .take(20)
        .collect::<String>()
        .to_ascii_lowercase();
    other.contains("-year-old") || other.contains(" year old") || other.contains("-year old")
}

/// Nouns for all the people of a place.
const INHABITANTS: &[&str] = &[
    "people",
    "inhabitants",
    "citizens",
    "residents",
    "population",
];

/// True when the number counts the people of a place, not people in harm: a population
/// (`Assam (population 3.22 crore)`, `a population of 240 million`, `three times the population
/// of Assam (at 9.3 crore)`), a place's own people (`Nigeria’s 240 million people, …`: a
/// capitalised name's possessive before it, the people right after it and then the clause's
/// end), or a count restated between dashes or in brackets as a share of a place's population
/// (`30 million foreign nationals – more than half of the region’s total population –`).
fn place_population(before: &str, after: &str) -> bool {
    // `Assam (population 3.22 crore)`, `a country with a population of 240 million`, `three
    // times the population of Assam (at 9.3 crore)`.
    let head = before.trim_end();
    let mut from = head.len().saturating_sub(48);
    while !head.is_char_boundary(from) {
        from += 1;
    }
    let near = head.get(from..).unwrap_or_default();
    // Every word of a population starts `pop`: most numbers have none before them, and
    // nothing is lower-cased for those.
    if holds_any_case(near, b"pop", 0) {
        let lower_near = near.to_ascii_lowercase();
        if [
            "population",
            "population:",
            "population of",
            "populations of",
            "pop.",
        ]
        .iter()
        .any(|w| lower_near.ends_with(w))
            && !harmed_population(&lower_near)
        {
            return true;
        }
        // `the census population estimate (207m)`: a population's figure in brackets.
        if let Some(h) = lower_near.strip_suffix('(') {
            let mut back = words(h).rev();
            let (last, second) = (back.next(), back.next());
            if last == Some("population")
                || second == Some("population")
                    && last.is_some_and(|w| {
                        matches!(w, "estimate" | "estimates" | "figure" | "count" | "total")
                    })
            {
                return true;
            }
        }
        // A bracket right after `the population of` and a place of a few words.
        if let Some(place) = lower_near
            .strip_suffix("(at")
            .or_else(|| lower_near.strip_suffix('('))
            .and_then(|h| h.rsplit_once("population of ").map(|(_, place)| place))
            && (1..=3).contains(&words(place).count())
        {
            return true;
        }
    }
    // `three times the population of Assam`: a place's people, the place named with a capital.
    let of_place = |rest: &str| {
        rest.strip_prefix(" the population of ")
            .or_else(|| rest.strip_prefix(" its population"))
            .is_some_and(|p| p.is_empty() || p.starts_with(|c: char| c.is_uppercase() || c == ' '))
    };
    if of_place(after) {
        return true;
    }
    // `Nigeria’s`, `India's` (not `the world's 50 million people in modern slavery`).
    let owner = before
        .trim_end()
        .strip_suffix("’s")
        .or_else(|| before.trim_end().strip_suffix("'s"));
    if let Some(owner) = owner {
        let name = words(owner).next_back().unwrap_or_default();
        // (`the country's 207 million inhabitants`: a place named by its noun.)
        let place = name.chars().next().is_some_and(char::is_uppercase)
            || any_is(name, &["country", "nation", "state", "province", "city"]);
        if place && !any_is(name, &["world"]) {
            // Past a multiplier, also misspelt (`240 milion people`), the people, then the end
            // of the clause.
            let rest = after.trim_start();
            let rest = ["million ", "milion ", "billion ", "bilion "]
                .iter()
                .find_map(|m| rest.strip_prefix(m))
                .unwrap_or(rest);
            let noun_end = rest
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len());
            let (noun, tail) = rest.split_at(noun_end);
            if any_is(noun, INHABITANTS)
                && (tail.is_empty() || tail.starts_with([',', ';', ':', '.', ')']))
            {
                return true;
            }
        }
    }
    // `30 million foreign nationals – more than half of the region’s total population –`.
    // The dash or bracket within the first 40 characters, three words at most before it.
    let Some(at) = dash_or_bracket(after, 40) else {
        return false;
    };
    if after.get(..at).is_some_and(|head| words(head).count() > 3) {
        return false;
    }
    let aside = after
        .get(at..)
        .unwrap_or_default()
        .trim_start_matches(['–', '—', '(']);
    let end = aside.find(['–', '—', ')', '.']).unwrap_or(aside.len());
    let aside = aside.get(..end).unwrap_or_default();
    let lower = aside.to_lowercase();
    lower.contains(" of the ") && words(&lower).next_back() == Some("population")
}

/// True when the word before `population` in `near` (lower case) names people in harm, not a
/// place's people (`the total slave population of 35.8 million`, `the victim population of`).
fn harmed_population(near: &str) -> bool {
    let head = near.rsplit_once("population").map_or("", |(h, _)| h);
    words(head).next_back().is_some_and(|w| {
        matches!(
            w,
            "slave" | "enslaved" | "victim" | "trafficked" | "trafficking" | "slavery"
        )
    })
}

/// Where the first `–`, `—` or `(` within the first `chars` characters of `text` is: the bytes
/// that may start one (`(`, and E2, which starts both dashes: E2 80 93 and E2 80 94 in UTF-8)
/// found with `memchr` in the bytes the characters can take, and the characters before a hit
/// counted only then.
fn dash_or_bracket(text: &str, chars: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let window = bytes.get(..bytes.len().min(chars * 4)).unwrap_or(bytes);
    for i in memchr::memchr2_iter(b'(', 0xE2, window) {
        // The characters before the hit: those of bytes that start one (not 10xxxxxx).
        let before = bytes
            .get(..i)
            .unwrap_or_default()
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count();
        if before >= chars {
            return None;
        }
        if bytes.get(i) == Some(&b'(')
            || (bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0x93 | 0x94)))
        {
            return Some(i);
        }
    }
    None
}

/// Nouns for young people whose ages a range right after them gives (`children between five
/// and 17`).
const YOUNG: &[&str] = &[
    "children",
    "girls",
    "boys",
    "kids",
    "youths",
    "adolescents",
    "teenagers",
    "minors",
];

/// The value of `w` when it is an age a range of young people's ages may end at: one or two
/// digits, or a small number in words, 24 at most.
fn young_age(w: &str) -> Option<u32> {
    let n = if w.len() <= 2 && !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) {
        w.parse::<u32>().ok()
    } else {
        crate::extract::small_number(&w.to_ascii_lowercase())
            .filter(|v| v.fract() == 0.0)
            // A small number's value is a whole number below one hundred.
            .map(|v| v as u32)
    };
    n.filter(|n| *n <= 24)
}

/// True when the number is an age bound with no word for age: one end of an open range (`68
/// percent were 24 or younger`, `18 and under`), or a range of young people's ages right after
/// them (`children between five and 17 exposed to hazardous work`).
fn age_bound(number: &str, near: &Near<'_>) -> bool {
    let number = number.trim();
    // `children between five and 17`, read as one range. (Most numbers hold no space: not
    // searched for the word.)
    // (`split_once(" and ")`, its bytes compared in place: a searcher built for a number of a
    // few bytes costs more than the comparison.)
    if let Some(at) = number.as_bytes().windows(5).position(|w| w == b" and ")
        && let (Some(low), Some(high)) = (number.get(..at), number.get(at + 5..))
    {
        let mut back = near.back();
        return back.next().is_some_and(|w| any_is(w, &["between"]))
            && back.next().is_some_and(|w| any_is(w, YOUNG))
            && young_age(low.trim())
                .zip(young_age(high.trim()))
                .is_some_and(|(low, high)| low < high);
    }
    // `24 or younger`, `18 and under`, `16 or older`.
    // (The words first: few numbers have them after, and reading an age lower-cases it.)
    matches!(near.clause(2), [joint, side] if any_is(joint, &["or", "and"])
        && any_is(side, &["younger", "older", "under"]))
        && young_age(number).is_some()
}

/// Verbs that give an index's score (`rated 66 out of 100`).
/// Small numbers in words, which head a count of units as digits do.
const SPELLED: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];

/// True when the number is what an age comes to: `the age of entry into begging is 14`, `entry
/// age for girls is 13-15`. The subject of its own clause is an age, not a count. Not an average
/// age (`the average age of victims is 23`, `the median age of those found was 19`): a statistic.
fn stated_age(before: &str, number: &str, near: &Near<'_>) -> bool {
    // The verb first: few numbers follow one.
    let verb = near.last();
    if !verb.is_some_and(|w| any_is(w, &["to", "is", "was", "stands", "stood"])) {
        return false;
    }
    // `is 13`, or a range of ages `is 12-14`.
    let age = |n: &str| n.trim().parse::<u32>().is_ok_and(|n| n < 120);
    let is_age = age(number)
        || number
            .split_once(['-', '\u{2013}'])
            .is_some_and(|(a, b)| age(a) && age(b));
    if !is_age {
        return false;
    }
    let mut back = near.back();
    back.next();
    // `raise the minimum age of marriage to 18`: an age a law sets, `age` a few words back.
    if verb.is_some_and(|w| any_is(w, &["to"])) {
        return back.take(4).any(|w| any_is(w, &["age"]));
    }
    if !verb.is_some_and(|w| any_is(w, &["is", "was", "stands", "stood"])) {
        return false;
    }
    // The clause before the verb, back to a joint (`, `, `while`, `whereas`, `and`; not an `and`
    // between two nouns, `the age of entry into pornography and prostitution is 13`).
    let clause_start = before.rfind([',', ';', ':', '(']).map_or(0, |i| i + 1);
    let clause = before.get(clause_start..).unwrap_or_default();
    let mut seen_age = false;
    let mut next: Option<&str> = None;
    for w in words(clause).rev().skip(1).take(12) {
        let joins_nouns = any_is(w, &["and"])
            && next.is_some_and(|n| {
                n.bytes().all(|b| b.is_ascii_lowercase())
                    && !any_is(n, &["the", "a", "an", "its", "their", "his", "her"])
            });
        if any_is(w, &["while", "whereas", "but"]) || (any_is(w, &["and"]) && !joins_nouns) {
            break;
        }
        if any_is(w, &["age"]) {
            seen_age = true;
        }
        // `the average age of victims was 15`: an average over many people is a statistic.
        if any_is(w, AVERAGED) && next.is_some_and(|n| any_is(n, &["age", "ages"])) {
            return false;
        }
        next = Some(w);
    }
    seen_age
}

/// Words that make an age a statistic over many people (`the average age`, `the median age`).
pub(crate) const AVERAGED: &[&str] = &["average", "median", "mean", "typical"];

const SCORED: &[&str] = &["rated", "scored", "score", "scores", "scoring"];

/// True when `number` (one or two digits) and the next or the previous number both stand in
/// brackets in `sentence`: `(1) … (2) …` numbers the items of a list. With `boxed` false, the
/// items are written with a closing bracket only, after a space or a colon: `1) … 2) …`.
fn enumerated(sentence: &str, number: &str, boxed: bool) -> bool {
    if number.is_empty() || number.len() > 2 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let Ok(n) = number.parse::<u32>() else {
        return false;
    };
    [n + 1, n.saturating_sub(1)]
        .iter()
        .filter(|&&k| k > 0 && k != n)
        .any(|k| {
            if boxed {
                return sentence.contains(&format!("({k})"));
            }
            let marker = format!("{k})");
            sentence.match_indices(&marker).any(|(i, _)| {
                sentence
                    .get(..i)
                    .and_then(|t| t.chars().next_back())
                    .is_some_and(|c| c == ' ' || c == ':')
            })
        })
}

/// Words that, right after a number, make it part of a name: `the 8.7 Alliance`.
const NAMES_AFTER: &[&str] = &["alliance"];

/// Words that, heading a quoted title, may look like a count: `“Million …”` is not a title.
const MAGNITUDES: &[&str] = &[
    "million", "billion", "thousand", "hundred", "percent", "per", "lakh", "crore",
];

/// True when the number is part of a name (`the 8.7 Alliance`) or opens a quoted title, whose
/// next words all start with a capital (`“20 Ways You Can Help …”`).
fn named(before: &str, after: &str, near: &Near<'_>) -> bool {
    let ahead = near.clause(3);
    let n = ahead.len();
    if ahead.first().is_some_and(|w| any_is(w, NAMES_AFTER)) && after.starts_with(' ') {
        return true;
    }
    // `the 50 for Freedom campaign`: a name of the number, `for` and a capitalised word.
    if after.starts_with(' ')
        && matches!(ahead, [f, name, ..] if any_is(f, &["for"])
            && name.chars().next().is_some_and(char::is_uppercase))
    {
        return true;
    }
    // `the NFHS 4 data`: the round of a survey named by its initials.
    if ahead
        .first()
        .is_some_and(|w| any_is(w, &["data", "survey", "round", "report"]))
        && before.ends_with(' ')
        && near
            .last()
            .is_some_and(|w| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_uppercase()))
    {
        return true;
    }
    n == 3
        && before.ends_with(['“', '"'])
        && after.starts_with(' ')
        && !ahead.first().is_some_and(|w| any_is(w, MAGNITUDES))
        && ahead
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// True when a small number counts the publications it is credited to: `according to two
/// reports released today by the ILO`, `three studies published last year`; no statistic.
fn publications(number: &str, after: &str) -> bool {
    let small = any_is(number, SPELLED)
        || (number.len() == 1 && number.parse::<u8>().is_ok_and(|n| (2..=5).contains(&n)));
    let mut next = words(after);
    small
        && next.next().is_some_and(|w| {
            any_is(
                w,
                &[
                    "reports",
                    "studies",
                    "surveys",
                    "papers",
                    "publications",
                    "documents",
                ],
            )
        })
        && next.next().is_some_and(|w| {
            any_is(
                w,
                &["released", "published", "issued", "launched", "by", "out"],
            )
        })
}

/// True when the words after the number count countries that the sentence then names: after a
/// colon (`lives in 5 countries: China, India, …`, `in just five nations: India, …`), a dash
/// or a spaced hyphen (`six other Pacific countries – Palau, Tonga …`, `four countries - Ghana,
/// Togo …`) or as a span (`more than fifty countries,
/// from Iceland to Turkey`). Up to two words may stand between (`other`, `Pacific`).
fn listed_countries(after: &str) -> bool {
    let mut rest = after.trim_start();
    // The first word is `countries`, `nations`, `other` or capitalised: a word in lower case
    // starts as one of the three, and no other ASCII byte starts it.
    let starts_as = |w: &str| {
        rest.get(..w.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(w))
    };
    if rest.as_bytes().first().is_none_or(|&b| {
        b.is_ascii()
            && !(b.is_ascii_uppercase()
                || (b.is_ascii_lowercase()
                    && (starts_as("countries") || starts_as("nations") || starts_as("other"))))
    }) {
        return false;
    }
    for _ in 0..3 {
        let Some(word_end) = rest.find(|c: char| !c.is_alphabetic()) else {
            return false;
        };
        let word = rest.get(..word_end).unwrap_or_default();
        let tail = rest.get(word_end..).unwrap_or_default();
        if any_is(word, &["countries", "nations"]) {
            return listed_after(tail);
        }
        // `other`, or a capitalised word of region (`Pacific`, `African`).
        let qualifier =
            any_is(word, &["other"]) || word.chars().next().is_some_and(char::is_uppercase);
        if !qualifier || !tail.starts_with(' ') {
            return false;
        }
        rest = tail.trim_start();
    }
    false
}

/// True when `sentence` tells of countries moved in a report's ranking (`placed on a
/// blacklist`, `downgraded to Tier 3`): the count of them is the report's statistic, whichever
/// of them the sentence names (`18 countries, including Russia, were placed on a blacklist`).
fn tier_move(sentence: &str) -> bool {
    let lower = sentence.to_ascii_lowercase();
    ["blacklist", "downgraded", "upgraded", "watch list"]
        .iter()
        .any(|w| lower.contains(w))
}

/// True when `tail` (right after `countries`) names them: a colon, a dash (or a hyphen set apart
/// by spaces) then a capitalised name, `, from` a capitalised name, or a run of names with no mark before it (`10 other nations
/// Angola, Belarus, Cuba …`).
fn listed_after(tail: &str) -> bool {
    if tail.starts_with(':') {
        return true;
    }
    if tail.starts_with(' ') && names_run(tail) {
        return true;
    }
    let capitalised = |t: &str| {
        t.trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    let t = tail.trim_start();
    if let Some(named) = t.strip_prefix('–').or_else(|| t.strip_prefix('—')) {
        return capitalised(named);
    }
    // A plain hyphen or two set apart by spaces for a dash: `four countries - Ghana, Togo …`.
    if tail.starts_with(' ')
        && let Some(named) = t.strip_prefix("- ").or_else(|| t.strip_prefix("-- "))
    {
        return capitalised(named);
    }
    if let Some(named) = t
        .strip_prefix("namely")
        .or_else(|| t.strip_prefix(", namely"))
    {
        return named.starts_with([' ', ':', ','])
            && capitalised(named.trim_start_matches([':', ',']));
    }
    if [", such as ", "such as ", ", including ", ", like "]
        .iter()
        .any(|lead| t.strip_prefix(lead).is_some_and(capitalised))
    {
        return true;
    }
    // `In two countries, Fiji and Palau, …`: two names joined by `and`, then the clause goes on.
    if let Some(names) = t.strip_prefix(", ") {
        let end = names.find([',', '.', ';', ')']).unwrap_or(names.len());
        let pair = names.get(..end).unwrap_or_default();
        let named = |n: &str| {
            let n = n.trim();
            !n.is_empty()
                && n.split(' ').count() <= 2
                && n.split(' ')
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        };
        if let Some((a, b)) = pair.split_once(" and ") {
            return named(a) && named(b);
        }
    }
    // `three countries in particular in which … : Myanmar, Laos and Cambodia.`: the clause
    // ends on a colon and the names.
    let clause = t.split(['.', ';']).next().unwrap_or_default();
    if clause
        .split_once(':')
        .is_some_and(|(_, names)| names.starts_with(' ') && names_run(names))
    {
        return true;
    }
    t.strip_prefix(", from ").is_some_and(capitalised)
}

/// True when `text` opens with three or more names of one to three capitalised words each,
/// parted by commas or `and`: `Angola, Belarus, North Korea and Cuba`, a
/// list of countries written with no colon before it.
fn names_run(text: &str) -> bool {
    let end = text.find(['.', ';', ':', '(']).unwrap_or(text.len());
    let mut names = 0;
    for part in text
        .get(..end)
        .unwrap_or_default()
        .split(',')
        .flat_map(|p| p.split(" and "))
        .take(3)
    {
        let part = part.trim();
        let part = part.strip_prefix("and ").unwrap_or(part);
        let mut n = 0;
        for w in part.split(' ') {
            if !w.starts_with(|c: char| c.is_uppercase()) {
                return false;
            }
            n += 1;
        }
        if !(1..=3).contains(&n) {
            return false;
        }
        names += 1;
    }
    names == 3
}

/// Verbs a report's title may be followed by: `the 2023 Report 1 found that …`.
const TITLE_VERBS: &[&str] = &[
    "found",
    "finds",
    "says",
    "said",
    "shows",
    "showed",
    "notes",
    "noted",
    "states",
    "stated",
    "reveals",
    "revealed",
    "estimates",
    "estimated",
    "highlights",
    "highlighted",
    "reports",
    "reported",
    "indicates",
    "indicated",
    "lists",
    "listed",
];

/// True when `number` (one or two digits) stands between a report's title and its verb: `the
/// 2023 Trafficking in Persons Report 1 found that …`, a footnote marker (or an edition's
/// number), not a count.
fn footnote_after_title(before: &str, number: &str, after: &str, near: &Near<'_>) -> bool {
    // (The words on either side as `near` read them: `after` past its space has the same first
    // word.)
    number.len() <= 2
        && number.bytes().all(|b| b.is_ascii_digit())
        && before.ends_with(' ')
        && near.last().is_some_and(|w| {
            any_is(w, &["report", "index", "survey", "study", "estimates"])
                && w.starts_with(char::is_uppercase)
        })
        && after.starts_with(' ')
        && near
            .first()
            .is_some_and(|w| any_is(w, TITLE_VERBS) && w.starts_with(char::is_lowercase))
}

/// True when `number` is a footnote marker right after a full stop (`year.1`), or a year with
/// one glued to it at the end of the sentence (`as of 2016.2`).
fn footnote_after_stop(before: &str, number: &str, after: &str) -> bool {
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    // The end of the sentence, or of one the splitter could not cut at the glued stop.
    // (Read only for the rules that ask, after their cheaper tests.)
    let at_end = || {
        matches!(after.trim(), "" | "." | "!" | "?")
            || (after.starts_with(' ')
                && after
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase))
    };
    if let Some(word) = before.strip_suffix('.')
        && word.chars().next_back().is_some_and(char::is_alphabetic)
        && number.len() <= 2
        && digits(number)
    {
        return true;
    }
    // `the situation.’1` at the end: a marker after a quotation's closing mark.
    if number.len() <= 2
        && digits(number)
        && let Some(quoted) = before.strip_suffix(['’', '”', '"', '\''])
        && let Some(word) = quoted.strip_suffix('.')
        && word.chars().next_back().is_some_and(char::is_alphabetic)
        && at_end()
    {
        return true;
    }
    // `in the past four years,2 it is estimated`: a marker glued after a word's comma, the
    // sentence going on in lower case.
    if let Some(word) = before.strip_suffix(',')
        && word.chars().next_back().is_some_and(char::is_alphabetic)
        && number.len() <= 2
        && digits(number)
        && after
            .strip_prefix(' ')
            .is_some_and(|t| t.starts_with(|c: char| c.is_lowercase()))
    {
        return true;
    }
    // (Four digits, a stop and one digit: six bytes.)
    number.len() == 6
        && number.split_once('.').is_some_and(|(year, mark)| {
            year.len() == 4
                && digits(year)
                && (year.starts_with("19") || year.starts_with("20"))
                && mark.len() == 1
                && digits(mark)
        })
        && at_end()
}

/// Words right before a phone number (`call 1-888-373-7888`, `dial 100`).
const DIAL: &[&str] = &["call", "dial", "phone", "telephone", "tel", "text", "ring"];

/// Dialling verbs in other tenses, read before a short number only.
const DIALLED: &[&str] = &[
    "called", "calling", "calls", "dialled", "dialed", "dialling", "dialing", "dials", "phoned",
    "phoning", "rang",
];

/// True when `number` is (part of) a phone number: digits only, right after a word for dialling
/// (`call 100`), or after `at` or `on` in a sentence that asks the reader to get in touch, when
/// written in groups (`contact the police at 131 237`) or with a leading zero.
fn phone(sentence: &str, before: &str, number: &str, after: &str, near: &Near<'_>) -> bool {
    let digits = |t: &str| {
        t.starts_with(|c: char| c.is_ascii_digit())
            && t.bytes()
                .all(|b| b.is_ascii_digit() || b == b'-' || b == b' ')
    };
    if !digits(number) {
        return false;
    }
    // A toll-free number spelt in letters: `1-800-TRY-NOVA`, `1-888-373-7888`.
    if number.len() == 5
        && number.starts_with("1-8")
        && number.bytes().skip(2).all(|b| b.is_ascii_digit())
        && after
            .strip_prefix('-')
            .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()))
    {
        return true;
    }
    // A number after a US area code in brackets: `(888) 373-7888`.
    if number.len() == 8
        && number.as_bytes().get(3) == Some(&b'-')
        && before.strip_suffix(") ").is_some_and(|b| {
            b.len() >= 4
                && b.as_bytes().get(b.len() - 4) == Some(&b'(')
                && b.as_bytes()
                    .get(b.len() - 3..)
                    .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        })
    {
        return true;
    }
    // The area code itself: `(312)` before `555-7310`.
    if number.len() == 3
        && before.ends_with('(')
        && after.strip_prefix(") ").is_some_and(|t| {
            t.as_bytes().get(..4).is_some_and(
                |d| matches!(d, [a, b, c, b'-'] if [a, b, c].iter().all(|x| x.is_ascii_digit())),
            )
        })
    {
        return true;
    }
    // The other groups of the same number: `131 237` is read as two numbers.
    let group_before = before.trim_end_matches(' ');
    let head = group_before.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-');
    let grouped_before = head.len() < group_before.len() && head.ends_with(' ');
    let head = if grouped_before { head } else { before };
    let grouped_after = after.strip_prefix(' ').is_some_and(|t| {
        t.split(|c: char| !(c.is_ascii_digit() || c == '-'))
            .next()
            .is_some_and(|g| !g.is_empty())
    });
    // (The word before the number as `near` read it, when `head` is all of `before`.)
    let last = if grouped_before {
        words(head).next_back()
    } else {
        near.last()
    };
    let Some(last) = last else {
        return false;
    };
    if any_is(last, DIAL) {
        return true;
    }
    // `they called 911`, `she dialled 999`: a short emergency or service number after a
    // dialling verb in another tense (a longer number so placed may be a count of calls).
    if number.len() <= 3 && any_is(last, DIALLED) {
        return true;
    }
    // A text short code: `text HELP to 233 733`, `SMS the word STOP to 88202`.
    if any_is(last, &["to"])
        && (grouped_before || grouped_after || number.len() >= 5)
        && words(head).any(|w| any_is(w, &["text", "sms"]))
    {
        return true;
    }
    let asks = || {
        ["call", "contact", "phone", "dial", "hotline", "helpline"]
            .iter()
            .any(|w| holds_ascii(sentence, w.as_bytes()))
    };
    // `131 444` read as one number holds its groups within.
    let grouped_within = number.contains(' ');
    any_is(last, &["at", "on"])
        && (grouped_before || grouped_after || grouped_within || number.starts_with('0'))
        && asks()
}

/// Words right before an age a life is measured against (`girls under 18`, `married before
/// they turned 18`).
const AGE_BEFORE: &[&str] = &["under", "turned", "turning", "turn", "reaching"];

/// True when a bare whole number from 10 to 25 follows [`AGE_BEFORE`] or `they are`, `she
/// was` …: an age, not a count.
fn age_threshold(number: &str, last: Option<&str>, second: Option<&str>) -> bool {
    let Some(last) = last else {
        return false;
    };
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    if !number.parse::<u32>().is_ok_and(|n| (10..=25).contains(&n)) {
        return false;
    }
    any_is(last, AGE_BEFORE)
        || (any_is(last, &["are", "were", "is", "was"])
            && second.is_some_and(|s| any_is(s, &["they", "she", "he"])))
}

/// Words for people: a sentence that uses none counts no people.
const PEOPLE: &[&str] = &[
    "people",
    "persons",
    "person",
    "individuals",
    "victims",
    "victim",
    "children",
    "child",
    "girls",
    "boys",
    "women",
    "men",
    "workers",
    "labourers",
    "laborers",
    "adults",
    "minors",
    "families",
    "migrants",
    "survivors",
    "slaves",
    "households",
];

/// Workplaces and papers among [`UNITS`]: a sentence that counts them and no people counts
/// only them (a count of states or districts heads lists of people per state).
const THINGS: &[&str] = &["kilns", "factories", "contracts"];

/// True when the number at `start..end` of `sentence` counts workplaces or papers (`10,347
/// brick kilns`) and the sentence names no people at all: its other counts (`of which 7,966 are
/// functional`) are of the same things.
pub fn things_only(sentence: &str, start: usize, end: usize) -> bool {
    let number = sentence.get(start..end).unwrap_or_default();
    let after = sentence.get(end..).unwrap_or_default();
    let (joined, n) = clause_words::<3>(after, |c| !(c == ' ' || c == '-'));
    joined
        .iter()
        .take(n)
        .find(|w| !is_unit_adjective(w))
        .is_some_and(|w| any_is(w, THINGS))
        && unit_after(number, after)
        && !words(sentence).any(|w| any_is(w, PEOPLE))
}

/// Time units a wage is paid by (not `a week`: a household's weekly spending on goods made by
/// slaves is a statistic of its own).
const WAGE_UNITS: &[&str] = &[
    "an hour",
    "per hour",
    "a day",
    "per day",
    "a month",
    "per month",
];

/// True when `number` is an amount of money paid by the hour, day or month (`$6 an hour`,
/// `between $1.32 and $2 per hour`, `Rs 50 per month`): a wage, which no figure is.
fn wage(number: &str, after: &str) -> bool {
    if number.starts_with(|c: char| c.is_ascii_digit())
        || !number.contains(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    let mut rest = after.trim_start();
    // The first end of a range: `$1.32 and $2 per hour`, `$2 to $3 a day`.
    for joint in ["and ", "to ", "- ", "– ", "-", "–"] {
        if let Some(tail) = rest.strip_prefix(joint) {
            let tail = tail.trim_start();
            if tail.starts_with(|c: char| !c.is_ascii_digit() && !c.is_alphabetic())
                || tail.starts_with("Rs")
            {
                let end = tail.find(char::is_whitespace).unwrap_or(tail.len());
                rest = tail.get(end..).unwrap_or_default().trim_start();
            }
            break;
        }
    }
    let lower = rest
        .get(..10.min(rest.len()))
        .unwrap_or(rest)
        .to_ascii_lowercase();
    WAGE_UNITS.iter().any(|u| lower.starts_with(u))
}

/// What [`wage_named`] looks for before a sum (`pay` also starts `payment`: these only say
/// whether the sentence is worth reading).
pub(super) const WAGE_CUES: &[&str] = &["wage", "salar", "paid", "pay", "earn"];

/// What [`vote_tally`] looks for.
pub(super) const VOTE_CUES: &[&str] = &["vote"];

/// False when `sentence` surely names no wage or pay for [`wage_named`] (known from the
/// sentence's phrase hits).
fn may_name_wage(sentence: &str) -> bool {
    static CUES: PhraseSet = PhraseSet::new(WAGE_CUES);
    CUES.in_text(sentence)
}

/// True when `number` is a sum of money under a million that the words just before call a wage
/// or pay (`monthly wages as low as 24,000 pesos`, `are paid Rs 650-700 on average`): one
/// worker's pay, not a statistic (`$21 billion in unpaid wages` is one).
fn wage_named(before: &str, number: &str, after: &str) -> bool {
    // A currency sign or code before the digits, or a currency's name after them.
    let signed = number
        .chars()
        .next()
        .is_some_and(|c| !c.is_ascii_digit() && !c.is_alphabetic())
        || ["Rs", "PKR", "INR", "US$", "Tk", "BDT"]
            .iter()
            .any(|code| number.starts_with(code));
    let currency = |w: &str| {
        any_is(
            w,
            &[
                "pesos",
                "rupees",
                "euros",
                "dollars",
                "naira",
                "taka",
                "shillings",
                "rand",
                "baht",
                "ringgit",
            ],
        )
    };
    let named = words(after).next().is_some_and(currency)
        || words(number).next_back().is_some_and(currency);
    if !(signed || named) || !number.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // `paid up to Rs 4,000 for every girl trafficked`: the trade's going rate per victim is a
    // claim.
    let mut next = words(after).take(4).peekable();
    while let Some(w) = next.next() {
        if any_is(w, &["every", "each", "per"])
            && next.peek().is_some_and(|n| {
                any_is(
                    n,
                    &[
                        "girl", "boy", "child", "woman", "victim", "person", "bride", "baby",
                    ],
                )
            })
        {
            return false;
        }
    }
    let lower = number.to_ascii_lowercase();
    if ["million", "billion", "bn", "crore", "lakh", "trillion"]
        .iter()
        .any(|scale| lower.contains(scale))
        || lower.ends_with('m')
        || lower.ends_with('b')
    {
        return false;
    }
    // (Seven words: `wages as low as 24,000 pesos ($433)`.)
    words(before).rev().take(7).any(|w| {
        any_is(
            w,
            &[
                "wage", "wages", "salary", "salaries", "paid", "pay", "earning", "earnings",
            ],
        )
    }) || earned_by_workers(before)
}

/// True when the words just before a sum say someone earns it (`child labourers earn a monthly
/// average of Tk 6,675`) and the sentence before it names no trafficker, criminal or profit:
/// a worker's pay (`traffickers earn $21,800 from each victim` is the trade's take).
fn earned_by_workers(before: &str) -> bool {
    words(before)
        .rev()
        .take(7)
        .any(|w| any_is(w, &["earn", "earns", "earned"]))
        && !words(before).any(|w| {
            let w = w.to_ascii_lowercase();
            [
                "traffick",
                "criminal",
                "exploiter",
                "profit",
                "smuggler",
                "gang",
            ]
            .iter()
            .any(|t| w.starts_with(t))
        })
}

/// [`surveyed`], asked only when `sentence` (which holds the words it reads) holds one of
/// [`SURVEY_CUES`]: most sentences hold none, and that is known from the sentence's phrase hits.
fn surveyed_in(
    sentence: &str,
    before: &str,
    number: &str,
    last: Option<&str>,
    second: Option<&str>,
    after: &str,
    near: &Near<'_>,
) -> bool {
    static CUES: PhraseSet = PhraseSet::new(SURVEY_CUES);
    if CUES.in_text(sentence) {
        return surveyed(number, last, second, near)
            || sampled_units(before, number, last, after)
            || sampled_countries(before, number, last, after);
    }
    debug_assert!(
        !surveyed(number, last, second, near),
        "a word `surveyed` reads holds none of SURVEY_CUES: {sentence}"
    );
    false
}

/// Places and homes a survey or study samples: `conducted in 150 municipalities`,
/// `encompassed 30,816 households`.
const SAMPLED: &[&str] = &[
    "households",
    // Workplaces a labour survey visits: `working in 40,525 establishments`.
    "establishments",
    "enterprises",
    "municipalities",
    "villages",
    "communities",
    "barangays",
    "schools",
];

/// Words right before such a count that make it what a study covered, not what it found.
const COVERING: &[&str] = &[
    "in",
    "across",
    "encompassed",
    "covered",
    "covering",
    "spanning",
    "spanned",
    // `the survey reached 41,250 households`.
    "reached",
    "sampled",
    "visited",
];

/// True when `number`, in a sentence that names a survey or study (the caller checks), counts the
/// places or homes it covered (`the study was conducted in 150 municipalities`, `the survey
/// encompassed 30,816 households`): the size of the study, not a finding (`found 3,000
/// households in debt bondage` is one).
fn sampled_units(before: &str, number: &str, last: Option<&str>, after: &str) -> bool {
    if number.contains('%') {
        return false;
    }
    let mut ahead = words(after);
    let first = ahead.next();
    if last.is_some_and(|w| any_is(w, COVERING)) && first.is_some_and(|w| any_is(w, SAMPLED)) {
        return true;
    }
    // The sample's parts after its size: `41,250 households, 6,110 urban and 35,140 rural`
    // (not `6,110 urban children`, a finding): `urban` or `rural` ending its clause or followed
    // by `and`.
    let part = first.is_some_and(|w| any_is(w, &["urban", "rural"]))
        && after
            .trim_start()
            .get(5..)
            .map(str::trim_start)
            .is_some_and(|rest| {
                rest.is_empty()
                    || rest.starts_with([',', ';', '.', ')'])
                    || rest.starts_with("and ")
            });
    part && words(before).any(|w| any_is(w, SAMPLED))
}

/// True when `number` counts the countries a survey's people came from (`interviewed around
/// 78,000 people from 68 countries`, `interviewed 130 workers from two dozen firms who came from
/// eight countries`) or a poll or survey spanned (`the Gallup World Poll across 72 countries`, `a
/// survey conducted in 40 countries`): where the sample was drawn, not where victims were found
/// (`the survey found victims in 40 countries` and `data from 141 countries` stay claims).
fn sampled_countries(before: &str, number: &str, last: Option<&str>, after: &str) -> bool {
    if number.contains('%')
        || !last.is_some_and(|w| any_is(w, &["from", "in", "across"]))
        || !words(after)
            .next()
            .is_some_and(|w| any_is(w, &["countries", "nations"]))
    {
        return false;
    }
    let mut back = words(before).rev().skip(1);
    // The poll itself, or the verb that ran it, right before the place word.
    let poll = |w: &str| any_is(w, &["poll", "polls", "survey", "surveys"]);
    match back.next() {
        Some(w) if poll(w) => return true,
        Some(w) if any_is(w, &["conducted", "out"]) && words(before).rev().take(6).any(poll) => {
            return true;
        }
        _ => {}
    }
    // `… who came from eight countries`: the people the sample drew, told in a relative clause,
    // may stand further from the verb that asked them.
    let came = words(before)
        .rev()
        .nth(1)
        .is_some_and(|w| any_is(w, &["came", "come", "coming", "hailed", "hailing"]));
    words(before)
        .rev()
        .take(if came { 20 } else { 6 })
        .any(|w| {
            any_is(
                w,
                &[
                    "interviewed",
                    "surveyed",
                    "interviewing",
                    "surveying",
                    "respondents",
                ],
            )
        })
}

/// Part of every word [`surveyed`] looks for (`surveys`, `interviewed`, `respondents`,
/// `questionnaires`, `data set`, `collected`, `a study of`); a word added there must hold one of
/// these.
pub(super) const SURVEY_CUES: &[&str] = &[
    "survey",
    "interview",
    "respondent",
    "questionnaire",
    "data",
    "collect",
    "study",
    "sample",
    "poll",
];

/// Words right before an amount (past [`MONEY_FILLER`]) that make it one person's or one case's
/// money: a fine, a bail, a salary or wage, a ransom, a bribe.
const ONE_PERSONS_MONEY: &[&str] = &[
    "fined",
    "fine",
    "fines",
    "penalty",
    "bail",
    "salary",
    "salaries",
    "wage",
    "wages",
    "ransom",
    "bribe",
    "bribes",
    // One company's lawsuit: `a lawsuit of £100m against the company`.
    "lawsuit",
    "pledged",
    "donated",
    "invested",
    "investing",
    "invest",
    "earmarked",
    "awarded",
    // What an organisation spent, as what it invested: `spending an estimated $215m on
    // certification schemes`.
    "spent",
    "spend",
    "spends",
    "spending",
    // An agency's budget: `a budget of $5 million`, `its budget authorized a total of N2
    // billion`.
    "budget",
    "budgets",
    "budgeted",
    "authorized",
    "authorised",
    "appropriated",
];

/// Words between a fine and its amount in a statute's wording of its maximum: `fine which may
/// extend to`, `a fine not exceeding`, `a penalty that shall not exceed`.
const LAW_MAXIMUM: &[&str] = &[
    "which",
    "that",
    "may",
    "shall",
    "can",
    "extend",
    "extends",
    "extending",
    "not",
    "exceeding",
    "exceed",
    "maximum",
];

/// Words right after an amount (or after `in`) that make it a grant, gift or prize given to
/// one body (`a $1.2 million grant`, `$50,000 in funding`), not a measure of the trade.
const GIFT_WORDS: &[&str] = &[
    "grant",
    "grants",
    "donation",
    "donations",
    "award",
    "prize",
    "scholarship",
    "funding",
];

/// Words between such a word and the amount: `fined between USD 6,000 and`, `a salary of up to`.
const MONEY_FILLER: &[&str] = &[
    "between",
    "estimated",
    "of",
    "up",
    "to",
    "from",
    "about",
    "around",
    "approximately",
    "nearly",
    "some",
    "roughly",
    "usd",
    "us",
    "rs",
    "inr",
    "php",
    "a",
    "an",
    "monthly",
    "weekly",
    "daily",
    "just",
    "only",
    "as",
    "little",
    "much",
    "more",
    "than",
    "over",
    "total",
];

/// Words right after an amount that make it paid per person, per night or per month: `₱5,000
/// each`, `$2.50 per night`, `50-60 thousand rupees monthly` (with the wage units of
/// [`WAGE_UNITS`]).
const EACH_UNITS: &[&str] = &[
    "each",
    "apiece",
    "per night",
    "a night",
    "per head",
    "per person",
    "per couple",
    "per family",
    "per worker",
    "monthly",
    "each month",
    "every month",
];

/// The first letters of [`EACH_UNITS`], [`WAGE_UNITS`] and the weekly units of a wage that
/// [`one_persons_money`] looks for after an amount.
const UNIT_LEADS: &[u8] = b"aempw";

/// The last word of `before` that is not one of [`MONEY_FILLER`] (within six words): what an
/// amount of money is said to be (`fined`, `borrowed`, `salary`).
fn word_before_amount(before: &str) -> Option<&str> {
    words(before)
        .rev()
        .take(6)
        .find(|w| !any_is(w, MONEY_FILLER))
}

/// True when the amount of money between `before` and `after` (the sentence around it) is one
/// person's or one case's: a fine, bail, salary, wage, ransom or bribe (`fined between USD 6,000
/// and 8,800`, `a monthly salary of USD 1,000`), or an amount paid each, per night or per month
/// (`₱5,000 each`, `sold for $2.50 per night`). No figure is such an amount; a yearly total
/// (`$150 billion a year`) is none of these.
pub fn one_persons_money(before: &str, after: &str) -> bool {
    let said = word_before_amount(before);
    // `unpaid wages of $21 billion a year`: a yearly total, whatever it is made of.
    let (ahead, n) = clause_words::<3>(after, |c| matches!(c, ',' | ';' | '.' | '(' | ':'));
    let yearly = ahead
        .get(..n)
        .unwrap_or_default()
        .iter()
        .any(|w| any_is(w, &["year", "annually", "yearly", "annual", "annum"]));
    if said.is_some_and(|w| any_is(w, ONE_PERSONS_MONEY)) && !yearly {
        return true;
    }
    // `with fine which may extend to one million rupees`, `a fine not exceeding $5,000`: a law's
    // maximum penalty, worded as the statute words it.
    if said.is_some_and(|w| any_is(w, LAW_MAXIMUM))
        && words(before)
            .rev()
            .take(10)
            .find(|w| !any_is(w, MONEY_FILLER) && !any_is(w, LAW_MAXIMUM))
            .is_some_and(|w| any_is(w, &["fine", "fines", "penalty", "penalties"]))
    {
        return true;
    }
    // `N3 billion was projected as revenue`, `$2m was budgeted`: an agency's budget.
    let (budget, m) = clause_words::<4>(after, |c| matches!(c, ',' | ';' | '.' | '(' | ':'));
    let budget = budget.get(..m).unwrap_or_default();
    if budget
        .iter()
        .any(|w| any_is(w, &["budgeted", "appropriated"]))
        || budget.iter().any(|w| any_is(w, &["projected"]))
            && budget.iter().any(|w| any_is(w, &["revenue", "revenues"]))
    {
        return true;
    }
    // `a $1.2 million federal grant`, `$50,000 in funding`, `a $50,000 maximum fine`: within
    // the next three words.
    if ahead.get(..n).unwrap_or_default().iter().any(|w| {
        any_is(w, GIFT_WORDS)
                || any_is(w, &["fine", "penalty", "bail"])
                // `£1bn lost in shareholder value`: one company's market worth.
                || any_is(w, &["shareholder"])
    }) {
        return true;
    }
    // `were paid only Rs. 200 per week`: a wage, though by the week (not `paid up to Rs 6,000
    // for every child`, a going rate of the trade).
    let paid = said.is_some_and(|w| any_is(w, &["paid"]));
    let rest = after.trim_start();
    // Every unit below starts with one of these letters: most amounts are followed by none.
    if !rest
        .as_bytes()
        .first()
        .is_some_and(|b| UNIT_LEADS.contains(&b.to_ascii_lowercase()))
    {
        return false;
    }
    let lower = rest
        .get(..12.min(rest.len()))
        .unwrap_or(rest)
        .to_ascii_lowercase();
    let unit_at = |u: &str| {
        lower.starts_with(u)
            && !lower
                .get(u.len()..)
                .and_then(|t| t.chars().next())
                .is_some_and(char::is_alphanumeric)
    };
    // `₱5,000 each`, `USD 1,000 each time`, not `$40.4 billion each year`.
    let each = unit_at("each")
        && !lower
            .get("each".len()..)
            .is_some_and(|t| t.starts_with(" year") || t.starts_with(" annum"));
    each || EACH_UNITS.iter().skip(1).any(|u| unit_at(u))
        || WAGE_UNITS.iter().any(|u| unit_at(u))
        || (paid && ["per week", "a week", "weekly"].iter().any(|u| unit_at(u)))
}

/// True when the share between `before` and `after` is a penalty's ceiling set against a
/// company's revenue: `fines of up to 5% of global revenue`, `a penalty of 4% of annual
/// turnover`.
pub fn penalty_share(before: &str, after: &str) -> bool {
    word_before_amount(before)
        .is_some_and(|w| any_is(w, &["fine", "fines", "penalty", "penalties"]))
        && {
            let mut ahead = words(after);
            ahead.next().is_some_and(|w| any_is(w, &["of"]))
                && ahead
                    .take(3)
                    .any(|w| any_is(w, &["revenue", "revenues", "turnover"]))
        }
}

/// True when lower-case `sentence` tells of what one inspection found (`One inspection led to
/// the rescue of 97 workers`): its counts are that inspection's.
pub fn one_inspection(sentence: &str) -> bool {
    sentence.contains("one inspection") && !sentence.contains("one inspections")
}

/// Words right before a small amount (past [`MONEY_FILLER`]) that make it what one person
/// borrowed, lent or received (`we borrowed Rs 50,000`, `he received only $390`).
const LOAN_OR_PAY: &[&str] = &[
    "borrowed",
    "borrow",
    "lent",
    "loaned",
    "received",
    "receiving",
    "merely",
];

/// True when the amount between `before` and `after` (the sentence around it) is what one person
/// borrowed, lent, received, was given or was promised (`we borrowed Rs 50,000`, `he received
/// only $390 of the $800 promised`, `merely Rs 500 was given by the contractor`, `Rs 35,000 as
/// an advance`): one story's money. The caller keeps it to amounts under a million, so a trade's
/// takings (`traffickers received $150 billion`) stay claims.
pub fn one_persons_loan_or_pay(before: &str, after: &str) -> bool {
    let said = word_before_amount(before);
    if said.is_some_and(|w| any_is(w, LOAN_OR_PAY)) {
        return true;
    }
    let (ahead, n) = clause_words::<3>(after, |c| matches!(c, ',' | ';' | '.' | '(' | ':'));
    let ahead = ahead.get(..n).unwrap_or_default();
    match ahead {
        [w, ..] if any_is(w, &["promised", "borrowed", "lent", "loaned"]) => true,
        [be, given, ..] => {
            any_is(be, &["was", "were"]) && any_is(given, &["given", "lent", "loaned", "paid"])
                || (any_is(be, &["as"])
                    && any_is(given, &["advance", "loan", "an", "a"])
                    && ahead.get(2).is_none_or(|w| any_is(w, &["advance", "loan"])))
        }
        _ => false,
    }
}

/// Verbs that give what the number of children comes to (`is`, `has risen by`).
const COMES_TO: &[&str] = &[
    " is",
    " was",
    " stood at",
    " stands at",
    " has risen by",
    " had risen by",
    " rose by",
    " has grown by",
    " grew by",
    " has increased by",
    " increased by",
];

/// The phrases [`all_children`] looks for, one of them next to the number.
pub(super) const ALL_CHILDREN: &[&str] = &["children counted", "the number of children"];

/// True when the number counts all the children of a country or of the world, the base a child
/// labour rate is taken of, not children in any harm: `the number of children has risen by 230
/// million`, `the number of children aged 5-17 years is 39.96 million` (or a restatement in
/// brackets after it, `is 3,09,96,064 people (39.96 million)`), `259.6 million children counted`.
/// Nothing may stand between `the number of children` and its verb but an age (`aged 5-17
/// years`): `the number of children in child labour has risen by 8.4 million` is a claim.
pub fn all_children(before: &str, after: &str) -> bool {
    // Most numbers have neither phrase next to them: settled from the sentence's phrases.
    static CUES: PhraseSet = PhraseSet::new(ALL_CHILDREN);
    if !CUES.in_text(after) && !CUES.in_text(before) {
        return false;
    }
    // `259.6 million children counted and …`, not `the 3.3 million children counted by the ILO
    // are …` (children in harm some body counted).
    let ahead = after.trim_start().to_ascii_lowercase();
    if let Some(rest) = ahead.strip_prefix("children counted") {
        let rest = rest.trim_start();
        return rest.is_empty()
            || rest.starts_with([',', '.', ';'])
            || words(rest)
                .next()
                .is_some_and(|w| matches!(w, "and" | "while" | "but" | "whereas"));
    }
    let from = before.len().saturating_sub(120);
    let from = (from..=before.len())
        .find(|&i| before.is_char_boundary(i))
        .unwrap_or(before.len());
    let back = before.get(from..).unwrap_or_default().to_ascii_lowercase();
    let mut t = back.trim_end();
    // `is 3,09,96,064 people (39.96 million)`: the number restated in brackets.
    if let Some(open) = t.strip_suffix('(') {
        let open = open.trim_end();
        let Some(open) = open
            .strip_suffix("people")
            .or_else(|| open.strip_suffix("children"))
        else {
            return false;
        };
        t = open
            .trim_end()
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
    }
    let Some(t) = COMES_TO.iter().find_map(|v| t.trim_end().strip_suffix(v)) else {
        return false;
    };
    let Some(at) = t.rfind("the number of children") else {
        return false;
    };
    let rest = t
        .get(at + "the number of children".len()..)
        .unwrap_or_default();
    rest.is_empty()
        || (rest.starts_with(" aged ")
            && words(rest).all(|w| {
                w.bytes().all(|b| b.is_ascii_digit())
                    || matches!(
                        w,
                        "aged" | "to" | "and" | "between" | "years" | "year" | "old"
                    )
            }))
}

/// True when the number is the size of a survey: `surveying 43,000 people`, `11,000 interviews`,
/// `3,000 cotton pickers were surveyed`.
/// A share (`Of those surveyed, 40%`) is a finding of the survey, not its size.
fn surveyed(number: &str, last: Option<&str>, second: Option<&str>, near: &Near<'_>) -> bool {
    if number.contains('%') || holds_ascii(number, b"per") || holds_ascii(number, b"pc") {
        return false;
    }
    let asked = |w: &str| any_is(w, &["surveying", "interviewing", "surveyed", "interviewed"]);
    if last.is_some_and(asked) {
        return true;
    }
    // `interviewed around 78,000 people`: a hedge between the verb and the count.
    if last.is_some_and(|w| any_is(w, HEDGES)) && second.is_some_and(asked) {
        return true;
    }
    // `data was collected of 126,766 children`, `a study of 260 fishermen`.
    if last.is_some_and(|w| any_is(w, &["of", "on", "from"]))
        && second.is_some_and(|w| {
            any_is(
                w,
                &[
                    "collected",
                    "collecting",
                    "study",
                    "survey",
                    "sample",
                    "poll",
                ],
            )
        })
    {
        return true;
    }
    // The first six words of the clause after the number, as `near` read them.
    let ahead = near.clause(6);
    if ahead
        .first()
        .is_some_and(|w| any_is(w, &["interviews", "respondents"]))
    {
        return true;
    }
    // `2,809 household head surveys`: a count of the survey's forms, whatever they asked about.
    if ahead
        .iter()
        .take(3)
        .any(|w| any_is(w, &["surveys", "questionnaires", "interviews"]))
    {
        return true;
    }
    // `126,557 children in the data set`: the size of the data.
    if ahead.iter().any(|w| any_is(w, &["dataset", "datasets"]))
        || ahead.windows(2).any(
            |pair| matches!(pair, [a, b] if any_is(a, &["data"]) && any_is(b, &["set", "sets"])),
        )
    {
        return true;
    }
    // `Of the 650 workers interviewed, …`: a plain count with the people a study asked and its
    // participle (not `Two in five workers interviewed`, a share).
    if number.bytes().all(|b| b.is_ascii_digit() || b == b',')
        && ahead
            .iter()
            .take(3)
            .position(|w| any_is(w, &["interviewed", "surveyed", "polled"]))
            .is_some_and(|at| at > 0)
        && !ahead
            .first()
            .is_some_and(|w| any_is(w, &["of", "in", "out", "per"]))
    {
        return true;
    }
    ahead.windows(2).any(|pair| {
        matches!(pair, [a, b] if any_is(a, &["were", "was"]) && any_is(b, &["surveyed", "interviewed"]))
    })
}

/// Hedges between a verb and its count: `interviewed around 78,000 people`.
const HEDGES: &[&str] = &[
    "around",
    "about",
    "some",
    "nearly",
    "almost",
    "approximately",
    "roughly",
    "over",
];

/// True when `text` holds lower-case ASCII `part` in any ASCII case.
fn holds_ascii(text: &str, part: &[u8]) -> bool {
    text.as_bytes()
        .windows(part.len())
        .any(|w| w.eq_ignore_ascii_case(part))
}

/// The first `N` [`words`] of `text` before its first character (not a letter or digit) that
/// `stop` holds, and how many there are; the text after the last of them is not read.
fn clause_words<const N: usize>(text: &str, stop: impl Fn(char) -> bool) -> ([&str; N], usize) {
    let (found, n, _) = clause_words_joined::<N>(text, stop);
    (found, n)
}

/// [`clause_words`], and how many of its words come before the first character (not a letter
/// or digit) that is neither a space nor a hyphen: the words joined to what precedes `text` by
/// spaces or hyphens only.
fn clause_words_joined<const N: usize>(
    text: &str,
    stop: impl Fn(char) -> bool,
) -> ([&str; N], usize, usize) {
    let mut found = [""; N];
    let mut n = 0;
    let mut joined = None;
    let mut start = None;
    let mut push = |from: usize, to: usize, n: &mut usize| {
        if let Some(slot) = found.get_mut(*n) {
            *slot = text.get(from..to).unwrap_or_default();
            *n += 1;
        }
    };
    // The characters as `char_indices` gives them, an ASCII byte taken without decoding.
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (c, alphanumeric, len) = if b.is_ascii() {
            (char::from(b), b.is_ascii_alphanumeric(), 1)
        } else {
            let c = text
                .get(i..)
                .and_then(|t| t.chars().next())
                .unwrap_or(char::REPLACEMENT_CHARACTER);
            (c, c.is_alphanumeric(), c.len_utf8())
        };
        if alphanumeric {
            start.get_or_insert(i);
            i += len;
            continue;
        }
        if let Some(from) = start.take() {
            push(from, i, &mut n);
            if n == N {
                return (found, n, joined.unwrap_or(n));
            }
        }
        if !(c == ' ' || c == '-') && joined.is_none() {
            joined = Some(n);
        }
        if stop(c) {
            return (found, n, joined.unwrap_or(n));
        }
        i += len;
    }
    if let Some(from) = start {
        push(from, text.len(), &mut n);
    }
    (found, n, joined.unwrap_or(n))
}

/// Words that, after `are`, `is`, `were` … in a share's clause, make it the share of victims
/// found by someone (`only 1% of victims are ever rescued`, `one in five are identified`).
pub(super) const FOUND: &[&str] = &["rescued", "identified", "freed", "saved"];

/// True when the clause after a share (`after`, the text from the number's end) says the part
/// is rescued or identified: a rate of detection, which no figure in the table is.
pub fn found_rate(after: &str) -> bool {
    // Most shares are followed by none of the words: settled from the sentence's phrases.
    static CUES: PhraseSet = PhraseSet::new(FOUND);
    if !CUES.in_text(after) {
        return false;
    }
    let clause = after
        .find([',', ';', '.', '(', ':', '–', '—'])
        .map_or(after, |end| after.get(..end).unwrap_or_default());
    // The first ten words, in a fixed array (no allocation per claim).
    let mut first = [""; 10];
    let mut n = 0;
    for (slot, word) in first.iter_mut().zip(words(clause)) {
        *slot = word;
        n += 1;
    }
    let ahead = first.get(..n).unwrap_or_default();
    ahead.windows(2).enumerate().any(|(k, pair)| {
        let [verb, next] = pair else { return false };
        if !any_is(verb, &["are", "is", "were", "was", "been", "get", "gets"]) {
            return false;
        }
        // `are ever rescued`, `are actually identified`.
        let found = if any_is(next, &["ever", "actually", "later", "eventually", "now"]) {
            ahead.get(k + 2).copied()
        } else {
            Some(*next)
        };
        found.is_some_and(|w| any_is(w, FOUND))
    })
}

/// True when `word` is one of `list` (lower-case), in any case.
// Inlined: most calls pass a list of a few words known where they are made, and the call costs
// as much as the comparisons.
#[inline]
pub(super) fn any_is(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// Verbs of an organisation at work in places: `works in 30 countries`, `operating across 12
/// countries`, `invested … across 88 countries`.
const AT_WORK: &[&str] = &[
    "work",
    "works",
    "working",
    "operate",
    "operates",
    "operating",
    "active",
    "present",
    // `has a presence in over 100 nations`.
    "presence",
    "invested",
    "investing",
    "serve",
    "serves",
    "serving",
];

/// The places an organisation counts where it works, which [`own_footprint`] reads right after
/// a number.
pub(super) const FOOTPRINT: &[&str] = &[
    "countries",
    "nations",
    "states",
    "territories",
    "locations",
    "offices",
];

/// Verbs of an organisation's help, read before `by` and its name: `victims were assisted by
/// IOM in 115 countries`.
const HELPED: &[&str] = &[
    "assisted",
    "helped",
    "supported",
    "aided",
    "served",
    "reached",
];

/// True when the words of `before` read back from the nearest (`back`, past the fillers before
/// the number) are an organisation's name of one to three capitalised words, then `by` and a verb
/// of [`HELPED`]: `assisted by IOM in`, `supported by the Salvation Army across`.
fn helped_by_body<'a>(mut back: impl Iterator<Item = &'a str>) -> bool {
    // (At most three words of the name, then `by`.)
    for (names, w) in back.by_ref().take(4).enumerate() {
        if any_is(w, &["by"]) {
            return names > 0 && back.next().is_some_and(|v| any_is(v, HELPED));
        }
        if !(w.starts_with(|c: char| c.is_uppercase()) || any_is(w, &["the"])) {
            return false;
        }
    }
    false
}

/// True when the count of places whose clause is `before` … `after` (the number between) is
/// where one organisation works: `the 127 countries in which we work`, `countries where it
/// operates`, `works in 30 countries`, `has invested $370 million across 88 countries`, `were
/// assisted by IOM in 115 countries` (where the body that helped them works, not where victims
/// were found: `were detected in 156 countries` stays a claim).
pub fn own_footprint(before: &str, after: &str) -> bool {
    // Most counts are followed by none of the words: settled from the sentence's phrases.
    static CUES: PhraseSet = PhraseSet::new(FOOTPRINT);
    if !CUES.in_text(after) {
        return false;
    }
    let (ahead, n) = clause_words::<6>(after, |c| matches!(c, ',' | ';' | '.' | '(' | ':'));
    let ahead = ahead.get(..n).unwrap_or_default();
    if !ahead.first().is_some_and(|w| any_is(w, FOOTPRINT)) {
        return false;
    }
    // `… in which we work`, `… where they operate`.
    let after_place = ahead.get(1..).unwrap_or_default();
    let relative = match after_place {
        [w, rest @ ..] if any_is(w, &["where"]) => rest,
        [a, b, rest @ ..] if any_is(a, &["in"]) && any_is(b, &["which"]) => rest,
        _ => &[],
    };
    if relative
        .iter()
        .take(3)
        .any(|w| any_is(w, AT_WORK) && !any_is(w, &["invested", "investing"]))
        && relative
            .first()
            .is_some_and(|w| any_is(w, &["we", "they", "it", "our", "the"]))
    {
        return true;
    }
    // `works in more than 30 countries`, `investing across 88 countries`.
    let mut back = words(before)
        .rev()
        .take(12)
        .skip_while(|w| {
            any_is(
                w,
                &[
                    "in", "across", "more", "than", "over", "some", "about", "nearly", "the",
                    "each", "of",
                ],
            )
        })
        .peekable();
    back.peek().is_some_and(|w| any_is(w, AT_WORK))
        // `assisted by IOM in 115 countries`.
        || (words(before).next_back().is_some_and(|w| any_is(w, &["in", "across"]))
            && helped_by_body(back))
        || (words(before)
            .rev()
            .take(10)
            .any(|w| any_is(w, &["invested"]))
            && words(before)
                .next_back()
                .is_some_and(|w| any_is(w, &["across", "in"])))
}

/// Verbs that say a day or campaign is kept in places: `is marked in more than 100 countries`.
const OBSERVED: &[&str] = &[
    "marked",
    "observed",
    "celebrated",
    "commemorated",
    "held",
    "launched",
    "run",
    "staged",
];

/// Nouns of a day, campaign or event kept in many places, one of which must come before a verb
/// of [`OBSERVED`]: `the World Day Against Trafficking is marked in`.
const OBSERVANCES: &[&str] = &[
    "day",
    "days",
    "campaign",
    "campaigns",
    "week",
    "observance",
    "events",
    "rallies",
    "marches",
];

/// True when the count of countries between `before` and `after` is where a day, campaign or
/// event is kept: `the World Day Against Trafficking is marked in more than 100 countries`, `the
/// campaign is observed in 60 countries` (how far an awareness effort reaches, as the countries an
/// organisation works in; `forced labour was observed in 60 countries` stays a claim).
pub fn observance_reach(before: &str, after: &str) -> bool {
    if !words(after)
        .next()
        .is_some_and(|w| any_is(w, &["countries", "nations"]))
    {
        return false;
    }
    // Only the clause of the number: `On Anti-Slavery Day, the report said victims were
    // observed in 60 countries` names no day the count is of.
    let clause = before
        .rsplit([',', ';', ':', '.', '(', '–', '—'])
        .next()
        .unwrap_or(before);
    let mut back = words(clause)
        .rev()
        .take(16)
        .skip_while(|w| {
            any_is(
                w,
                &[
                    "in", "across", "more", "than", "over", "some", "about", "nearly", "around",
                    "at", "least", "almost",
                ],
            )
        })
        .skip_while(|w| any_is(w, &["now", "also", "widely", "annually", "globally"]));
    if !back.next().is_some_and(|w| any_is(w, OBSERVED)) {
        return false;
    }
    // The day or campaign before the verb: `is`, `was`, `being` and up to eight words of its
    // name between.
    back.take(10).any(|w| any_is(w, OBSERVANCES))
}

/// The share a count states after `for every N …,` (`For every 10 victims detected, five are
/// women`: five in ten), read to the writer's precision (half a unit either side of the count).
pub fn part_of_every(sentence: &str, start: usize, mention: &Mention) -> Option<Reading> {
    if mention.kind != Kind::Count || mention.unit.is_some() || mention.low.is_some() {
        return None;
    }
    let value = mention.value?;
    if let Some(reading) = per_base_after(sentence, start + (mention.end - mention.start), value) {
        return Some(reading);
    }
    let before = sentence.get(..start)?;
    // Both spellings hold a `v`: most sentences have none before the number.
    memchr::memchr(b'v', before.as_bytes())?;
    let at = before.rfind("every ").max(before.rfind("Every "))?;
    let rest = before.get(at + "every ".len()..)?;
    // The base, then a comma or a dash before the count: `every 10 victims detected globally,
    // five`, `every 1,000 people in the world – 5.4`.
    let (base, tail) = rest.split_once(' ')?;
    if !tail.contains([',', '–', '—']) && !tail.contains(" - ") {
        return None;
    }
    let base: f64 = match base.to_ascii_lowercase().as_str() {
        "ten" => 10.0,
        "hundred" => 100.0,
        digits => digits.replace(',', "").parse().ok()?,
    };
    // A fraction of a person only for a base of a hundred or more (`5.4 in every 1,000`).
    let whole = value.fract() == 0.0;
    if !(whole || base >= 100.0) || value <= 0.0 || value >= base || base > 1000.0 {
        return None;
    }
    let half = if whole { 0.5 } else { 0.05 };
    Some(Reading {
        quantity: Quantity::Share,
        value: value / base,
        low: (value - half) / base,
        high: (value + half) / base,
    })
}

/// `5.4 victims … for every 1,000 people`, `5.4 … per 1,000`: the count after which its clause
/// names a base of a hundred, a thousand or more, read as a share of it.
fn per_base_after(sentence: &str, end: usize, value: f64) -> Option<Reading> {
    let after = sentence.get(end..)?;
    // A base needs `per` or `every` (any case) after the number: looked for first, by their
    // `p` and `v`, before the clause is cut and split.
    if !holds_any_case(after, b"per", 0) && !holds_any_case(after, b"every", 1) {
        return None;
    }
    // The clause ends at a comma or stop before a space (`1,000` keeps its comma).
    let stop = [", ", "; ", ". ", "("]
        .iter()
        .filter_map(|p| after.find(p))
        .min()
        .unwrap_or(after.len());
    let clause = after.get(..stop).unwrap_or(after);
    let mut words = clause
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',', ';']));
    // Words are compared in any ASCII case; only the base is lower-cased (a copy per word
    // was most of this rule's cost).
    let mut after_per = false;
    let base = loop {
        let w = words.next()?;
        if after_per {
            break match w.to_ascii_lowercase().as_str() {
                "hundred" => 100.0,
                "thousand" => 1000.0,
                digits => digits.replace(',', "").parse::<f64>().ok()?,
            };
        }
        after_per = w.eq_ignore_ascii_case("every") || w.eq_ignore_ascii_case("per");
    };
    if !(base >= 100.0 && value > 0.0 && value < base) {
        return None;
    }
    let half = if value.fract() == 0.0 { 0.5 } else { 0.05 };
    Some(Reading {
        quantity: Quantity::Share,
        value: value / base,
        low: (value - half) / base,
        high: (value + half) / base,
    })
}

/// True when `text` holds `needle` (lower-case ASCII) in any ASCII case, found by the letter at
/// byte `at` of it with `memchr2`.
pub(super) fn holds_any_case(text: &str, needle: &[u8], at: usize) -> bool {
    let Some(&letter) = needle.get(at) else {
        return false;
    };
    let bytes = text.as_bytes();
    memchr::memchr2_iter(letter, letter.to_ascii_uppercase(), bytes).any(|i| {
        i.checked_sub(at)
            .and_then(|start| bytes.get(start..start + needle.len()))
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

/// Phrases of statistics on schooling, poverty, other crimes and deaths: a number in a sentence
/// that uses one and does not itself name the topic (`23 million children … are out of school`,
/// `135 murder cases in 2022`, `17% of children experienced sexual violence`, `three workers died`)
/// counts something else, whatever the paragraph is about.
pub(super) const OTHER_STATISTICS: &[&str] = &[
    "out of school",
    "poverty line",
    "murder",
    "homicide",
    "robbery",
    "burglar",
    "sexual violence",
    " rape",
    "domestic violence",
    // Crime as a whole: `the overall incidents of crime rose 1.4 per cent`.
    "incidents of crime",
    // Deaths: `three workers died`, `30 migrants were shot dead`, `10 bodies were found`.
    "killed",
    "died",
    "shot dead",
    "bodies",
    "deaths",
    // Schooling: `94,052 are enrolled in a school`.
    "enrolled in school",
    "enrolled in a school",
    // Crimes against the old, and accidents: `1315 cases of crime against senior citizens`,
    // `100 such fatalities`.
    "senior citizens",
    "fatalities",
    "accidents",
    // Missing persons: `1.3 million go missing every year`.
    "go missing",
    "goes missing",
    "went missing",
    "gone missing",
    "remain missing",
    "missing persons",
    "missing children",
    // Mothers' health: `6.8 per cent of girls aged 15 to 19 were already mothers or pregnant`.
    "pregnant",
    "pregnancy",
    "pregnancies",
    "maternal",
    // Children's health and schooling at large, and crimes against them as a whole: `8.5 lakh
    // infants die before their first birthday`, `half are fully immunised`, `32 per cent finish
    // secondary school`, `crimes against children rose fivefold`.
    "die before",
    "infant mortality",
    "child mortality",
    "immunised",
    "immunized",
    "vaccinated",
    "finish secondary",
    "finish primary",
    "complete secondary",
    "complete primary",
    "completed secondary",
    "completed primary",
    "crimes against children",
];

/// Nouns for people on the move, whom a count of arrivals, crossings or residents abroad counts.
const MOVERS: &[&str] = &[
    "migrants",
    "immigrants",
    "emigrants",
    "refugees",
    "asylum-seekers",
    "seekers",
    "arrivals",
    "crossings",
    "expatriates",
    "expats",
    "returnees",
    "deportees",
];

/// Word starts that tell of people working, held or freed (`worked`, `labour`, `trapped`,
/// `rescued`, `scam`): nationals counted with them may be victims.
const HELD_OR_WORKING: &[&str] = &[
    "work", "labo", "trapp", "rescu", "freed", "scam", "held", "forced", "abuse", "sold",
];

/// True when `subject`, the words a count counts as the sentence writes them (`illegal
/// migrants`, `Venezuelans`), ends with people on the move, or with a nationality in the plural
/// (`Filipinos`, `Ethiopians`, `Tunisians`, `Bangladeshis`) in a `sentence` that says nothing of
/// their working, being held or freed: a count of migration, not of victims.
pub fn counts_movers(subject: &str, sentence: &str) -> bool {
    let Some(last) = subject
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .rfind(|w| !w.is_empty())
    else {
        return false;
    };
    if any_is(last, MOVERS) {
        return true;
    }
    // (Compared in any ASCII case, without copying the words.)
    let ends = |end: &str| {
        last.len()
            .checked_sub(end.len())
            .and_then(|at| last.get(at..))
            .is_some_and(|tail| tail.eq_ignore_ascii_case(end))
    };
    let starts = |w: &str, start: &str| {
        w.get(..start.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(start))
    };
    last.starts_with(|c: char| c.is_ascii_uppercase())
        && last.len() >= 6
        && ["ans", "inos", "nis", "shis", "lis", "ese"]
            .iter()
            .any(|end| ends(end))
        && !words(sentence).any(|w| HELD_OR_WORKING.iter().any(|start| starts(w, start)))
}

/// True when `sentence` states a schooling, poverty, other crime's or death statistic (see
/// [`OTHER_STATISTICS`]).
pub fn other_statistic(sentence: &str) -> bool {
    static PHRASES: PhraseSet = PhraseSet::new(OTHER_STATISTICS);
    PHRASES.in_text(sentence)
}

/// National and regional bodies whose counts are a country's or a region's, named as a sentence
/// writes them.
const NATIONAL_BODIES: &[&str] = &[
    "Home Office",
    "NAPTIP",
    "NCRB",
    "National Crime Records Bureau",
    "National Crime Agency",
    "FIA",
    "Federal Investigation Agency",
    "NHTRC",
    "National Human Trafficking Hotline",
    // `the Hotline identified 26,872 situations`: the US hotline, named short.
    "Hotline identified",
    "Hotline received",
    "Hotline recorded",
    "Hotline reported",
    "Hotline data",
    "National Referral Mechanism",
    "National Human Rights Commission",
    "NRM",
    "Polaris",
    "Eurostat",
    "European Commission",
    "Europol",
    // A country's own survey (`the National Labour Force Survey`, `Pakistan's Labour Force
    // Survey`), by its title.
    "Labour Force Survey",
    "Labor Force Survey",
    // A country's statistics office (`— NBS`, `the Bureau of Statistics`, `Stats SA`).
    "NBS",
    "Bureau of Statistics",
    "Statistical Service",
    "Statistics Authority",
    "Statistics Office",
    "Statistical Office",
    "Statistics South Africa",
    "Stats SA",
];

/// True when `sentence` names a national or regional body (`the Home Office`, `NAPTIP`,
/// `Eurostat`): its numbers are one country's or region's, not a global figure's.
pub fn names_national_body(sentence: &str) -> bool {
    // Most sentences name no body at all: that is settled without the automaton.
    if !holds_body(sentence) {
        return false;
    }
    static BODIES: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    let Some(bodies) = BODIES
        .get_or_init(|| AhoCorasick::new(NATIONAL_BODIES).ok())
        .as_ref()
    else {
        return false;
    };
    bodies.find_iter(sentence).any(|m| {
        let before = sentence
            .get(..m.start())
            .and_then(|t| t.chars().next_back());
        let after = sentence.get(m.end()..).and_then(|t| t.chars().next());
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The abbreviations `text` uses for a national body named after its country: the ones it
/// defines in brackets for a national body's name (`the Uganda Bureau of Statistics (UBOS)`),
/// and the initials of a national body's name that opens on a country (`the Ghana Statistical
/// Service` gives `GSS`, `Kenya National Bureau of Statistics` gives `KNBS`), three letters
/// or more.
pub fn national_abbreviations(text: &str) -> Vec<String> {
    // Most documents name no national body: settled without reading them for brackets.
    if !holds_body(text) {
        return Vec::new();
    }
    let mut found: Vec<String> = super::topic::defined_names(text)
        .into_iter()
        .filter(|(_, name)| names_national_body(name))
        .map(|(short, _)| short.to_string())
        .collect();
    let starts = std::iter::once(0).chain(
        text.match_indices(char::is_whitespace)
            .map(|(at, space)| at + space.len()),
    );
    for at in starts {
        let rest = text.get(at..).unwrap_or_default();
        if !rest.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        if let Some(initials) = country_body_initials(rest)
            && !found.contains(&initials)
        {
            found.push(initials);
        }
    }
    found
}

/// The initials of the capitalised name `rest` opens with, up to the end of a national body's
/// name in it (see [`NATIONAL_BODIES`]; linking words such as `of` left out), when its first
/// word is a country: `Ghana Statistical Service said …` gives `GSS`.
fn country_body_initials(rest: &str) -> Option<String> {
    let line = rest.split('\n').next()?;
    let first = line.split(|c: char| !c.is_alphabetic()).next()?;
    if !crate::claim::is_known_place(first) {
        return None;
    }
    let mut name_end = 0;
    let mut initials = String::new();
    for word in line.split(' ').take(8) {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if bare.starts_with(|c: char| c.is_ascii_uppercase()) {
            initials.extend(bare.chars().next());
        } else if !matches!(bare, "of" | "for" | "and" | "on") {
            return None;
        }
        name_end += word.len();
        let name = line.get(..name_end)?;
        if initials.len() >= 3 && names_national_body(name) {
            return Some(initials);
        }
        if bare.len() < word.len() {
            return None;
        }
        name_end += 1;
    }
    None
}

/// Nouns a sentence calls the crime its paragraph is about by (`This critical issue affects …`).
const ISSUE_NOUNS: &[&str] = &[
    "issue", "crime", "problem", "scourge", "practice", "menace", "epidemic", "evil",
];

/// True when lower-cased `sentence` opens on `this` or `the` and, within three more words, a
/// noun for the issue or crime (`this critical issue`, `the crime`): it speaks of what its
/// paragraph names.
pub fn opens_on_the_issue(sentence: &str) -> bool {
    let mut words = sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty());
    if !matches!(words.next(), Some("this" | "the")) {
        return false;
    }
    words.take(3).any(|w| ISSUE_NOUNS.contains(&w))
}

/// Titles of one country's own surveys.
const NATIONAL_SURVEYS: [&str; 5] = [
    "Labour Force Survey",
    "Labor Force Survey",
    "National Survey",
    "Child Labour Survey",
    "Child Labor Survey",
];

/// True when `sentence` names a country's own survey by its title (`the National Labour Force
/// Survey`): its counts are that country's, whatever the sentence quotes beside them.
pub fn names_national_survey(sentence: &str) -> bool {
    // Every title ends with `Survey`: most sentences are settled by that one search.
    sentence.contains("Survey") && NATIONAL_SURVEYS.iter().any(|t| sentence.contains(t))
}

/// The capitals every one of [`NATIONAL_BODIES`] starts with.
const BODY_CAPITALS: [u8; 8] = *b"NFEHPLBS";

/// True when one of [`NATIONAL_BODIES`] occurs anywhere in `text`, word boundaries or not.
fn holds_body(text: &str) -> bool {
    let hay = text.as_bytes();
    let [a, b, c, d, e, f, g, h] = BODY_CAPITALS;
    let starts_one = |at: usize| {
        let rest = hay.get(at..).unwrap_or_default();
        NATIONAL_BODIES.iter().any(|body| {
            body.as_bytes().first() == rest.first() && rest.starts_with(body.as_bytes())
        })
    };
    memchr::memchr3_iter(a, b, c, hay).any(starts_one)
        || memchr::memchr3_iter(d, e, f, hay).any(starts_one)
        || memchr::memchr2_iter(g, h, hay).any(starts_one)
}

/// Nouns for one police or rescue action, or one criminal ring, whose counts are case details.
pub(super) const OPERATIONS: &[&str] = &["operation", "raid", "sting", "ring", "bust"];

/// Words that make such a noun one action (`the operation`, `a massive raid`).
const ONE: &[&str] = &["the", "a", "an", "this", "that", "same"];

/// True when lower-case `sentence` names one operation or raid (`The operation arrested …`,
/// `a rescue operation … liberating two dozen`): its counts are what one action found, not a
/// statistic. A plural (`146 raids last year`) or a campaign (`crackdown`) is a tally.
pub fn one_operation(sentence: &str) -> bool {
    // Most sentences hold none of the nouns at a word's start (`ring` is inside `during`).
    let starts_word = |w: &str| {
        sentence.match_indices(w).any(|(i, _)| {
            !sentence
                .as_bytes()
                .get(i.wrapping_sub(1))
                .is_some_and(u8::is_ascii_alphabetic)
        })
    };
    if !OPERATIONS
        .iter()
        .any(|w| sentence.contains(w) && starts_word(w))
    {
        return false;
    }
    let words: Vec<&str> = words(sentence).collect();
    words.iter().enumerate().any(|(i, w)| {
        (OPERATIONS.contains(w)
            && words
                .get(i.saturating_sub(7)..i)
                .is_some_and(|before| before.iter().any(|d| ONE.contains(d))))
            // `police raided a restaurant`: one raid, told with the verb.
            || (*w == "raided" && words.get(i + 1).is_some_and(|n| ONE.contains(n)))
            // `Undercover sting leads to 61 arrests`, `raid nets 12`, `operation rescues 593`: a
            // headline drops the article.
            || (OPERATIONS.contains(w)
                && match words.get(i + 1..i + 3) {
                    Some([verb, to]) => {
                        matches!(*verb, "leads" | "led") && *to == "to"
                            || matches!(*verb, "nets" | "netted" | "rescues" | "frees" | "saves")
                    }
                    _ => false,
                })
    })
}

/// True when the list item `text[item]` (a line with no full stop) sits under a lead-in line
/// ending with a colon that names one operation (`Results of the operation:`, `Highlights of
/// Operation Results:`), or whose paragraph before does (`In the nationwide sting, …`), with
/// only other list items between: `126 suspects arrested` in such a list is what one operation
/// found. A lead-in or paragraph that names a tally over time (`last year`, `data`) is not one.
pub fn listed_under_one_operation(text: &str, item: &std::ops::Range<usize>) -> bool {
    let own = text.get(item.clone()).unwrap_or_default().trim_end();
    if own.ends_with(['.', '!', '?', ':']) {
        return false;
    }
    // The lead-in line may name the operation bare (`Operation Results:`); the paragraph
    // before it, only as one (`the operation`, `a raid`).
    let one = |part: &str, bare: bool| {
        let low = part.to_lowercase();
        !words(&low).any(|w| tally(&low, w))
            && (one_operation(&low) || bare && words(&low).any(|w| OPERATIONS.contains(&w)))
    };
    // The paragraph before byte `start` (the text before it, ends trimmed), if any.
    let before = |start: usize| {
        let end = crate::claim::end_before(text, start);
        (end > 0)
            .then(|| crate::claim::block(text, end - 1))
            .filter(|range| range.start < start)
    };
    // The lines before the item, nearest first: in its own paragraph, then paragraph by
    // paragraph (a list set out a paragraph an item), at most a dozen.
    let mut block = crate::claim::block(text, item.start);
    let mut limit = item.start.max(block.start);
    for _ in 0..12 {
        let lines = text.get(block.start..limit).unwrap_or_default();
        for line in lines.lines().rev().map(str::trim).filter(|l| !l.is_empty()) {
            if line.ends_with(':') {
                let lead = before(block.start)
                    .and_then(|range| text.get(range))
                    .unwrap_or_default();
                return one(line, true) || one(lead, false);
            }
            if line.ends_with(['.', '!', '?']) {
                return false;
            }
        }
        let Some(prev) = before(block.start) else {
            return false;
        };
        limit = prev.end;
        block = prev;
    }
    false
}

/// A force that acts in one rescue (`the police`, `detectives`).
const FORCES: &[&str] = &[
    // `authorities rescued 30 young migrants`: the police by another name.
    "authorities",
    "police",
    "policemen",
    "detectives",
    "officers",
    "inspectors",
    "troopers",
    "deputies",
    "agents",
];

/// Armed groups whose release of the people they held is one event (`the militia released
/// 240 people`).
const ARMED: &[&str] = &["militia", "militias", "militiamen", "rebels", "insurgents"];

/// Words for freeing people.
const RESCUES: &[&str] = &[
    "rescue",
    "rescues",
    "rescued",
    "freed",
    "saved",
    "liberated",
];

/// Workplaces people are freed from in one raid, besides the places of [`ONE_PLACE`]: `rescued
/// from a brick kiln`, `from two flats`.
const WORKPLACES: &[&str] = &[
    "kiln",
    "kilns",
    "flats",
    "houses",
    "brothels",
    "factory",
    "farm",
    "spa",
    "parlour",
    "parlor",
    "company",
    "godown",
    "apartments",
];

/// True when lower-case `sentence` frees people from one place (`were rescued from a brick
/// kiln`, `3 were rescued from a brothel`): a few words after `rescued from` or `freed from`
/// name a building, a vehicle or a workplace, not a condition (`freed from slavery`).
fn freed_from_one_place(sentence: &str) -> bool {
    [
        "rescued from ",
        "freed from ",
        "saved from ",
        "liberated from ",
    ]
    .iter()
    .filter_map(|v| sentence.find(v).map(|at| at + v.len()))
    .any(|at| {
        words(sentence.get(at..).unwrap_or_default())
            .take(5)
            .any(|w| ONE_PLACE.contains(&w) || WORKPLACES.contains(&w))
    })
}

/// Words that make a count of rescues a tally over time, not one rescue.
const TALLIES: &[&str] = &[
    "total",
    "since",
    "year",
    "years",
    "month",
    "months",
    "annually",
    "annual",
    "monthly",
    "daily",
    "weekly",
    "data",
    "figures",
    "statistics",
    "report",
    "records",
    "far",
    "date",
    "period",
];

/// True when `word`, a word of `text` (a slice of it), is one of [`TALLIES`], unless it is the
/// `year` of a compound that tells how long one effort lasted (`a three-and-a-half-year
/// investigation`, `a two and a half year probe`) or an age (`a 15-year-old`).
fn tally(text: &str, word: &str) -> bool {
    TALLIES.contains(&word) && !(word == "year" && ends_duration(text, word))
}

/// True when `word`, a slice of `text`, ends a compound that tells a length of time: a hyphen
/// before it (`three-year`), or `and a half` (`two and a half year`).
fn ends_duration(text: &str, word: &str) -> bool {
    let at = (word.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
    let before = text.get(..at).unwrap_or_default();
    before.ends_with('-') || before.ends_with("and a half ")
}

/// True when lower-case `sentence` tells of one rescue by a police force (`the Cambodian police
/// have rescued 34 nationals`, `inspectors travelled … to rescue 50 people`) and nothing makes
/// it a tally over time (`last year`, `a total of`, `so far`, `since 2003`, `data`): its counts
/// are what one action found. (The claim's own period is read by the caller.)
pub fn one_rescue(sentence: &str) -> bool {
    // Most sentences name no rescue: settled without reading the words.
    if !RESCUE_CUES.iter().any(|w| sentence.contains(w)) {
        return false;
    }
    let said = |list: &[&str]| words(sentence).any(|w| list.contains(&w));
    // `The militia released 240 people it had held`: one armed group's release.
    let armed = || {
        said(&["released", "freed", "handed"])
            && (said(ARMED)
                || ["armed group", "border guard"]
                    .iter()
                    .any(|g| sentence.contains(g)))
    };
    if !((said(FORCES) || freed_from_one_place(sentence)) && said(RESCUES) || armed())
        || words(sentence).any(|w| tally(sentence, w))
    {
        return false;
    }
    // `in March` is a month's tally; `on December 9` is one day.
    let all: Vec<&str> = words(sentence).collect();
    let number = |w: Option<&&str>| w.is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()));
    !all.iter().enumerate().any(|(i, w)| {
        MONTHS.contains(w)
            && !number(all.get(i + 1))
            && !number(i.checked_sub(1).and_then(|p| all.get(p)))
    })
}

/// Past-tense verbs that tell what one interception did, beside [`EVENT_VERBS`]: `saved 33
/// children`, `9 children were removed`, `a bus was stopped`, `taken into care`.
pub(super) const INTERCEPTED: &[&str] =
    &["saved", "removed", "stopped", "taken", "pulled", "escorted"];

/// True when lower-case `sentence` tells a count by a past-tense verb of one event (`were
/// removed`, `saved`, `rescued`) and nothing in it makes the count a tally over time (`last
/// year`, `since 2016`, `data`); `in total` may sum one night's finds.
pub fn told_as_one_event(sentence: &str) -> bool {
    let mut event = false;
    for w in words(sentence) {
        if w != "total" && tally(sentence, w) {
            return false;
        }
        event = event || EVENT_VERBS.contains(&w) || INTERCEPTED.contains(&w);
    }
    event
}

/// True when lower-case `paragraph` tells of one operation: it names one (`An overnight
/// operation was undertaken`), a day's night or morning (`on Saturday night`) or a clock time
/// (`at 11.20pm`), and nothing in it makes its counts a tally over time (`last year`, `since 2016`,
/// `data`; `in total` may sum one night's finds). A count its sentence tells as one event
/// (see [`told_as_one_event`]) is then what that operation found.
pub fn paragraph_of_one_operation(paragraph: &str) -> bool {
    // Most paragraphs name no operation, part of a day or clock time: settled by a scan of
    // their bytes before the words are read.
    if !may_tell_one_operation(paragraph) {
        return false;
    }
    let all: Vec<&str> = words(paragraph).collect();
    if all.iter().any(|w| *w != "total" && tally(paragraph, w)) {
        return false;
    }
    // `9.15pm`, `11 p.m.`: a clock time (its digits, then `pm` or `am` glued or next).
    let clock = all.iter().enumerate().any(|(i, w)| {
        let digits = w.len() - w.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let unit = match w.get(digits..) {
            Some("") => all.get(i + 1).copied().unwrap_or_default(),
            rest => rest.unwrap_or_default(),
        };
        digits > 0 && digits <= 2 && matches!(unit, "pm" | "am" | "p" | "a") && {
            // `11 a.m.` reads as `11`, `a`, `m`: the `m` must follow a bare `a` or `p`.
            unit.len() == 2 || all.get(i + 2).is_some_and(|m| *m == "m")
        }
    });
    // `on Saturday night`, `Sunday morning`: a part of one day (a bare `on Monday` is more
    // often the day a count was announced).
    let part_of_a_day = all.windows(2).any(|pair| {
        matches!(pair, [day, "night" | "morning" | "evening" | "afternoon"]
            if WEEKDAYS.contains(day))
    });
    clock || part_of_a_day || one_operation(paragraph)
}

/// False when `paragraph` (any case) holds none of what [`paragraph_of_one_operation`] looks
/// for: an operation's noun at a word's start, `night`, `morning`, `evening` or `afternoon`,
/// or a digit before `am` or `pm` (`9.15pm`, `11 p.m.`).
pub fn may_tell_one_operation(paragraph: &str) -> bool {
    let hay = paragraph.as_bytes();
    let at_word = |i: usize| {
        !i.checked_sub(1)
            .and_then(|p| hay.get(p))
            .is_some_and(u8::is_ascii_alphabetic)
    };
    let noun = OPERATIONS.iter().any(|w| {
        let rest = w.get(1..).unwrap_or_default();
        let first = w.bytes().next().unwrap_or_default();
        paragraph.match_indices(rest).any(|(i, _)| {
            i > 0
                && hay
                    .get(i - 1)
                    .is_some_and(|c| c.eq_ignore_ascii_case(&first))
                && at_word(i - 1)
        })
    });
    let part = ["night", "morning", "evening", "afternoon"]
        .iter()
        .any(|w| paragraph.contains(w));
    // `pm`, `p.m`, `am`, `a.m` after a digit (and perhaps a space).
    let clock = memchr::memchr_iter(b'm', hay).any(|i| {
        let mut j = i;
        let mut step = || {
            j = j.checked_sub(1)?;
            hay.get(j).copied()
        };
        let mut c = step();
        if c == Some(b'.') {
            c = step();
        }
        if !matches!(c, Some(b'p' | b'a')) {
            return false;
        }
        let mut d = step();
        if d == Some(b' ') {
            d = step();
        }
        d.is_some_and(|d| d.is_ascii_digit())
    });
    noun || part || clock
}

/// Words that make a sentence's small counts a tally or a breakdown of one rather than the
/// people of one story: [`TALLIES`] and these (`During this period, … three cases`).
const NOT_A_STORY: &[&str] = &[
    "cases",
    "case",
    "countries",
    "nations",
    "percent",
    "per",
    "every",
    "out",
];

/// True when `text` is a small number in words, ten at most: `three`, `Eight`.
pub fn spelled_few(text: &str, value: Option<f64>) -> bool {
    !text.is_empty()
        && text.chars().all(|c| c.is_alphabetic() || c == '-')
        && value.is_some_and(|v| v.fract() == 0.0 && (1.0..=10.0).contains(&v))
}

/// True when lower-case `sentence`, whose every count is a few people in words (see
/// [`spelled_few`]; the caller checks), tells a story rather than a tally: nothing in it makes
/// them a tally over time, a breakdown of cases or a share (`police arrested three among them`,
/// `three Filipinos — two men and one woman — were sent home`).
pub fn handful_story(sentence: &str) -> bool {
    // `five children are trafficked each day`: a rate.
    !words(sentence).any(|w| tally(sentence, w) || NOT_A_STORY.contains(&w))
        && !crate::extract::rate_in(sentence)
        // `five child victims were identified in Ireland`, `the remaining three children`.
        && !crate::extract::victims_tallied(sentence)
}

/// True when lower-case `sentence` tells of a rescue on one named day (`early on Sunday 71
/// people were rescued from a kiln`, `freed from two farms on March 3rd`), whoever did it, and
/// nothing makes it a tally over time: its counts are what one action found.
pub fn rescued_on_a_day(sentence: &str) -> bool {
    if !["rescue", "freed", "saved", "liberated"]
        .iter()
        .any(|w| sentence.contains(w))
    {
        return false;
    }
    let all: Vec<&str> = words(sentence).collect();
    if !all.iter().any(|w| RESCUES.contains(w)) || all.iter().any(|w| tally(sentence, w)) {
        return false;
    }
    // `February 11th`: a month and the day in it (digits, perhaps with `th`).
    let day = |w: Option<&&str>| {
        w.is_some_and(|w| {
            let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
            digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
                && matches!(w.get(digits.len()..), Some("" | "st" | "nd" | "rd" | "th"))
        })
    };
    // `from January 1st to June 14th` is a span of days: a tally.
    let days = all
        .iter()
        .enumerate()
        .filter(|(i, w)| WEEKDAYS.contains(w) || (MONTHS.contains(w) && day(all.get(i + 1))))
        .count();
    days == 1
}

/// Verbs of a headline that tells of one rescue or interception (`Police Rescue 33 …`,
/// `Immigration Thwarts Trafficker 7 Victims …`).
const HEADLINE_RESCUES: &[&str] = &[
    "rescue",
    "rescues",
    "rescued",
    "free",
    "freed",
    "frees",
    "saved",
    "saves",
    "intercept",
    "intercepted",
    "intercepts",
    "thwart",
    "thwarts",
    "thwarted",
];

/// Prepositions of four letters or more that title case may leave in small letters.
const TITLE_SMALL: &[&str] = &[
    "from", "with", "into", "onto", "over", "upon", "amid", "near",
];

/// Words that tell of a penalty imposed on an employer.
const FINED: &[&str] = &["fined", "penalty", "penalties"];

/// Words that tell of people put to work by an employer.
const EMPLOYING: &[&str] = &["employing", "employed", "hiring", "hired"];

/// Words for many employers, which make a penalty a tally of many cases.
const EMPLOYERS: &[&str] = &["employers", "companies", "businesses", "firms", "cases"];

/// True when lower-case `sentence` tells of one employer's penalty for the people it employed
/// (`the firm was fined $1.5 million for employing 102 minors`) and nothing makes it a tally of
/// many employers or over time (`employers`, `last year`, `since 2016`, `data`): its amounts and
/// counts are that case's.
pub fn one_employers_penalty(sentence: &str) -> bool {
    // Most sentences name no penalty: settled without reading the words.
    if !(sentence.contains("fined") || sentence.contains("penalt")) {
        return false;
    }
    let (mut fined, mut employing) = (false, false);
    for w in words(sentence) {
        if tally(sentence, w) || EMPLOYERS.contains(&w) {
            return false;
        }
        fined = fined || FINED.contains(&w);
        employing = employing || EMPLOYING.contains(&w);
    }
    fined && employing
}

/// True when `sentence` is a headline (no full stop, every word of four letters or more
/// capitalised, four words at least) that tells of a rescue or an interception (`Northeast 23
/// Trafficked Persons Rescued From Train Stations`, `Immigration Thwarts Trafficker 7 Victims At
/// NAIA`) and names no year or tally (`NAPTIP Rescues 2,743 Victims In 2022` is a year's). The
/// caller keeps it to small counts: a headline's few rescued people are one story's.
pub fn rescue_headline(sentence: &str) -> bool {
    let line = sentence.trim();
    if line.is_empty() || line.ends_with(['.', '!', '?', ':']) || line.contains('\n') {
        return false;
    }
    let all: Vec<&str> = words(line).collect();
    // Title case leaves short prepositions small (`Rescued from`, `Held with`).
    let titled = all
        .iter()
        .filter(|w| {
            w.chars().count() >= 4
                && w.chars().next().is_some_and(char::is_alphabetic)
                && !TITLE_SMALL.contains(w)
        })
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let year = |w: &str| w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1900..=2099).contains(&y));
    all.len() >= 4
        && titled
        && all.iter().any(|w| any_is(w, HEADLINE_RESCUES))
        && !all.iter().any(|w| {
            year(w)
                || (TALLIES.iter().any(|t| w.eq_ignore_ascii_case(t)) && !ends_duration(line, w))
                || any_is(w, &["yrs"])
        })
}

/// Places that hold people found in one search: `found in the premises`, `found in a truck`.
const ONE_PLACE: &[&str] = &[
    "premises",
    "house",
    "home",
    "estate",
    "flat",
    "apartment",
    "building",
    "hotel",
    "warehouse",
    "container",
    "truck",
    "lorry",
    "van",
    "bus",
    "taxi",
    "taxis",
    "car",
    "boat",
    "brothel",
    "compound",
    "room",
    "basement",
    "shop",
    "restaurant",
    "vessel",
    "ship",
];

/// Verbs that, with a place after them, tell where the people of one case were held or found
/// (`were kept in a different house`, `were rescued from a brothel`).
pub(super) const HELD: &[&str] = &[
    "kept", "held", "locked", "confined", "hidden", "rescued", "freed",
];

/// The word [`found_in_one_place`] reads in the clause after a count.
pub(super) const FOUND_IN: &[&str] = &["found"];

/// True when the clause after a count (`after`, from the number's end) tells where the people
/// were found in one search: `47 foreign nationals were found in the premises`, `23 men were
/// found in minibus taxis`. What one search found is a case detail.
pub fn found_in_one_place(after: &str) -> bool {
    // Most counts are followed by no `found`: settled from the sentence's phrases.
    static CUES: PhraseSet = PhraseSet::new(FOUND_IN);
    if !CUES.in_text(after) {
        return false;
    }
    let (ahead, n) = clause_words::<12>(after, |c| matches!(c, ',' | ';' | '.' | ':'));
    let ahead = ahead.get(..n).unwrap_or_default();
    let Some(at) = ahead.iter().take(5).position(|w| any_is(w, &["found"])) else {
        return false;
    };
    ahead.get(at + 1..).is_some_and(|rest| {
        rest.first()
            .is_some_and(|w| any_is(w, &["in", "at", "inside", "on", "up", "aboard"]))
            && rest.iter().take(6).any(|w| any_is(w, ONE_PLACE))
    })
}

/// True when the clause after a count (`after`, from the number's end, past the other counts
/// of a list: `, 7 and 17 were kept …`) says the people were held in, or rescued from, one
/// place: `were kept in a different house`, `were rescued from a brothel`. The caller checks
/// that the claim names no period (a tally over time may name a place too).
pub fn held_in_one_place(after: &str) -> bool {
    // Most counts are followed by none of the words: settled from the sentence's phrases.
    static CUES: PhraseSet = PhraseSet::new(HELD);
    if !CUES.in_text(after) {
        return false;
    }
    // Past the list's other counts: `, 7 and 17`.
    let mut rest = after;
    loop {
        let t = rest.trim_start_matches([',', ' ']);
        let t = t.strip_prefix("and ").unwrap_or(t);
        let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 {
            break;
        }
        rest = t.get(digits..).unwrap_or_default();
    }
    let (ahead, n) = clause_words::<10>(rest, |c| matches!(c, ',' | ';' | '.' | ':'));
    let ahead = ahead.get(..n).unwrap_or_default();
    // (`people who were being held in a house`: five words at most before it.)
    let Some(at) = ahead.iter().take(5).position(|w| any_is(w, HELD)) else {
        return false;
    };
    let Some([prep, det, tail @ ..]) = ahead.get(at + 1..) else {
        return false;
    };
    // One place: `in a house`, `from the brothel`, `in a different house` (not `from brothels`).
    any_is(prep, &["in", "at", "inside", "from", "aboard"])
        && any_is(det, &["a", "an", "the", "one", "same"])
        && tail.iter().take(2).any(|w| any_is(w, ONE_PLACE))
}

/// True when lower-case `sentence` says an amount was taken from one person (`seized from one
/// individual`, `recovered … from his possession`): a case detail, not a statistic.
pub fn taken_from_one(sentence: &str) -> bool {
    TAKEN_FROM_ONE.iter().any(|p| sentence.contains(p))
}

/// What [`taken_from_one`] looks for.
pub(super) const TAKEN_FROM_ONE: &[&str] = &[
    "from one individual",
    "from one person",
    "from his possession",
    "from her possession",
    "from their possession",
    "from a man",
    "from a woman",
];

/// The words one of which [`one_rescue`] and [`rescued_on_a_day`] look for first.
pub(super) const RESCUE_CUES: &[&str] = &[
    "rescue",
    "freed",
    "saved",
    "liberated",
    "released",
    "handed over",
];

// The story rules read a lower-cased copy of the sentence, word by word. Before they are asked,
// the sentence as written is looked up in its one pass of phrases (see [`super::phrases`]):
// a rule whose words it does not hold cannot hold, and is not asked. A word lower-cased to one
// of these holds it in some ASCII case, but for two letters: the Kelvin sign lower-cases to
// `k`, and a capital I with a dot to an `i` with a combining dot after it (which no word of
// these lists holds).

/// False when lower-case `sentence` surely holds no operation's noun for [`one_operation`].
pub fn may_name_operation(sentence: &str) -> bool {
    static CUES: PhraseSet = PhraseSet::new(OPERATIONS);
    CUES.in_text(sentence)
}

/// False when `sentence` surely names no rescue for [`one_rescue`] or [`rescued_on_a_day`].
pub fn may_name_rescue(sentence: &str) -> bool {
    static CUES: PhraseSet = PhraseSet::new(RESCUE_CUES);
    CUES.in_text(sentence)
}

/// False when `sentence` surely says nothing [`taken_from_one`] looks for.
pub fn may_take_from_one(sentence: &str) -> bool {
    static CUES: PhraseSet = PhraseSet::new(TAKEN_FROM_ONE);
    CUES.in_text(sentence)
}

/// False when `sentence` surely holds no verb of one event for [`told_as_one_event`] (two of
/// them, `kidnapped` and `taken`, hold a `k`: a sentence with a Kelvin sign is asked anyway).
pub fn may_tell_event(sentence: &str) -> bool {
    static VERBS: PhraseSet = PhraseSet::new(EVENT_VERBS);
    static INTERCEPTIONS: PhraseSet = PhraseSet::new(INTERCEPTED);
    VERBS.in_text(sentence) || INTERCEPTIONS.in_text(sentence) || sentence.contains('\u{212A}')
}

/// Words for the size of a company that a law's threshold is stated in.
pub(super) const COMPANY_SIZE: &[&str] = &[
    "turnover",
    "revenue",
    "gross receipts",
    "assets",
    "annual sales",
];

/// Words that make a company's size a condition of a duty.
const DUTY: &[&str] = &[
    "must",
    "required",
    "requires",
    "requiring",
    "obliged",
    "obligated",
    "have to",
    "has to",
    "need to",
    "needs to",
    "apply to",
    "applies to",
    "subject to",
    "threshold",
];

/// True when the amount of money at bytes `start..end` of `sentence` is the company size a
/// law's duty applies from (`companies with a total annual turnover of not less than £36m must
/// publish a statement`, `entities with $20 million in assets are required to report`): a legal
/// threshold, not a statistic.
pub fn size_threshold(sentence: &str, start: usize, end: usize) -> bool {
    // Most sentences name no company's size: settled from the sentence's phrases. (Its words
    // are read lower-cased; the Kelvin sign and the dotted capital I lower-case to ASCII
    // letters, but none of the list's words has a `k`, or an `i` the dotted I could make.)
    static CUES: PhraseSet = PhraseSet::new(COMPANY_SIZE);
    if !CUES.in_text(sentence) {
        return false;
    }
    let (Some(before), Some(after)) = (sentence.get(..start), sentence.get(end..)) else {
        return false;
    };
    // The size word shortly before the amount (`turnover of not less than`), or right after it
    // (`in assets`, `in annual revenue`).
    let from = before
        .char_indices()
        .rev()
        .take(40)
        .last()
        .map_or(0, |(i, _)| i);
    let before = before.get(from..).unwrap_or_default().to_lowercase();
    let after = after.to_lowercase();
    // Past the amount restated in brackets: `£36 million ($46 million) in turnover`.
    let after = match after.strip_prefix(" (").and_then(|a| a.split_once(')')) {
        Some((_, rest)) => rest.to_string(),
        None => after,
    };
    let after = after
        .strip_prefix(" in ")
        .map(|a| a.split(' ').take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    let sized = COMPANY_SIZE
        .iter()
        .any(|w| before.contains(w) || after.contains(w));
    sized && {
        let lower = sentence.to_lowercase();
        DUTY.iter().any(|w| lower.contains(w))
    }
}

/// True when `after` (the text right after a count) tells that the people counted were
/// displaced, within its first five words and with no word of harm before (`millions of people
/// were displaced by cyclones`, `2 million displaced by floods`): people who fled a war or a
/// disaster, no victims (`50,000 people were trafficked and displaced` stays).
pub fn displaced_people(after: &str) -> bool {
    let (ahead, n) = clause_words::<5>(after, |c| matches!(c, ',' | ';' | '.' | '(' | ':'));
    let ahead = ahead.get(..n).unwrap_or_default();
    let Some(at) = ahead.iter().position(|w| any_is(w, &["displaced"])) else {
        return false;
    };
    !ahead.get(..at).unwrap_or_default().iter().any(|w| {
        any_is(
            w,
            &["trafficked", "enslaved", "exploited", "forced", "victims"],
        )
    })
}

/// True when `clause` (the number's own clause) tells of one court case: `a case was filed
/// against 38 persons`, `including that of a trafficker who trafficked 12 girls`.
pub fn one_case(clause: &str) -> bool {
    static PHRASES: PhraseSet = PhraseSet::new(ONE_CASE);
    PHRASES.in_text(clause)
}

/// What tells of one court case (see [`one_case`]).
pub(super) const ONE_CASE: &[&str] = &[
    "a case was filed",
    "a case filed",
    "a case was registered",
    "including that of a",
    "in one case",
    // The witnesses of one trial: `55 victims testified against the gang`.
    "victims testified",
    "survivors testified",
    "witnesses testified",
    "victims gave evidence",
];

/// Past-tense verbs of one event: a count they tell of, with no period, is a story's detail.
pub(super) const EVENT_VERBS: &[&str] = &[
    "rescued",
    "arrested",
    "freed",
    "charged",
    "found",
    "raided",
    "sentenced",
    "detained",
    "intercepted",
    "apprehended",
    "nabbed",
    "jailed",
    "convicted",
    "seized",
    "recovered",
    "busted",
    "abducted",
    "kidnapped",
];

/// Nouns (and verbs of recording) that make a sentence's counts a tally of cases, even when
/// it tells them with [`EVENT_VERBS`] (`Of the 244 cases, 284 suspects were arrested`).
const TALLY_NOUNS: &[&str] = &[
    "cases",
    "victims",
    "survivors",
    "referrals",
    "referred",
    "calls",
    "reports",
    "reported",
    "recorded",
    "registered",
    "complaints",
    "prosecutions",
    "convictions",
    "investigations",
    "offences",
    "offenses",
    "crimes",
    "incidents",
    "contacts",
    "tips",
    "signals",
    "notifications",
];

/// True when `claim` in `text` tells one story's detail rather than a statistic: what one
/// operation, rescue or court case found, one person's money or a sum under a million with no
/// period, a handful of people, or a count told by a past-tense verb of one event (`rescued`,
/// `arrested`) with no period and no tally of cases.
pub fn story_detail(text: &str, claim: &crate::claim::Claim) -> bool {
    let sentence = text.get(claim.sentence.clone()).unwrap_or_default();
    // The sentence lower-cased, and whether it gives a period, worked out only for a rule
    // whose cue words the sentence holds (most hold none).
    let lowered = std::cell::OnceCell::new();
    let low = || lowered.get_or_init(|| sentence.to_lowercase()).as_str();
    let period = || {
        claim.period.is_some()
            || claim.per_year
            || words(low()).any(|w| tally(low(), w) || matches!(w, "per" | "each" | "period"))
    };
    let start = claim.mention.start.saturating_sub(claim.sentence.start);
    let end = claim.mention.end.saturating_sub(claim.sentence.start);
    let number = text
        .get(claim.mention.start..claim.mention.end)
        .unwrap_or_default();
    let event = || {
        words(low()).any(|w| EVENT_VERBS.contains(&w))
            && !words(low()).any(|w| TALLY_NOUNS.contains(&w))
    };
    // (Each rule's words are looked for in the sentence's phrases first: see
    // [`may_name_operation`].)
    (may_name_operation(sentence) && one_operation(low()))
        || (claim.period.is_none() && may_name_rescue(sentence) && one_rescue(low()))
        || (may_name_rescue(sentence) && rescued_on_a_day(low()))
        || (may_take_from_one(sentence) && taken_from_one(low()))
        || (claim.mention.kind == Kind::Count
            && claim.mention.hedge.is_none()
            && spelled_few(number, claim.mention.value)
            && handful_story(low()))
        || one_case(super::elsewhere::clause_of(sentence, start.min(end), end))
        || one_persons_money(
            sentence.get(..start).unwrap_or_default(),
            sentence.get(end..).unwrap_or_default(),
        )
        || (claim.mention.kind == Kind::Money
            && claim.mention.value.is_some_and(|v| v < 1e6)
            && !period())
        || (may_tell_event(sentence) && !period() && event())
}

/// True when lower-case `sentence` names a story's group by its count (`the 31 rescued are
/// aged …`, `the 25 women, who were …`, `all the 34 labourers, who …`: `the`, one to three
/// digits, then `rescued` or `freed`, or one or two words and a relative `who`; not `of the 95 victims`,
/// a part of a tally) and nothing makes its counts a tally (see [`TALLIES`], [`NOT_A_STORY`]):
/// its counts are what one story tells of its people.
pub fn story_group(sentence: &str) -> bool {
    if !sentence.contains("who") && !sentence.contains("rescued") && !sentence.contains("freed") {
        return false;
    }
    let all: Vec<&str> = words(sentence).collect();
    let group = (0..all.len()).any(|i| {
        let at = |k: usize| all.get(i + k).copied().unwrap_or_default();
        let (n, noun) = (at(1), at(2));
        at(0) == "the"
            && (1..=3).contains(&n.len())
            && n.bytes().all(|b| b.is_ascii_digit())
            && i.checked_sub(1).and_then(|p| all.get(p)) != Some(&"of")
            && !matches!(noun, "" | "million" | "billion" | "thousand" | "lakh" | "crore" | "per")
            // One or two words for the people, then `who`.
            && (matches!(noun, "rescued" | "freed") || at(3) == "who" || at(4) == "who")
            // The digits stand alone (`the 1,500 who` is not `the 1`).
            && sentence.contains(&format!("the {n} {noun}"))
    });
    group
        && !all
            .iter()
            .any(|w| tally(sentence, w) || NOT_A_STORY.contains(w))
}

/// Nouns for a group of people one story breaks down (`of the 71 people`, `out of 34 labourers`).
const GROUP_NOUNS: &[&str] = &[
    "people",
    "persons",
    "individuals",
    "labourers",
    "laborers",
    "workers",
    "women",
    "men",
    "children",
    "girls",
    "boys",
];

/// Kinds of people a group is broken into (`43 were children`, `15 were women`).
const KINDS: &[&str] = &[
    "children", "child", "women", "men", "adults", "girls", "boys", "minors",
];

/// Words that make a count part of a tally of cases found over time, not one group's breakdown.
const TALLIED: &[&str] = &[
    "identified",
    "reported",
    "registered",
    "detected",
    "recorded",
];

/// True when `w` is a small count of one group: one to three digits, or a small number in words.
fn small_count(w: &str) -> bool {
    ((1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
        || SPELLED.contains(&w)
        || matches!(w, "one" | "fifty" | "twenty" | "thirty" | "forty")
}

/// True when lower-case `sentence` breaks one small group of people down into its parts: it opens
/// with `of the 71 people, 43 were children` or `out of 34 labourers, 15 were children`, or it
/// counts the group's families after `belonging to`, `belong to` or `from` (`24 adults and three
/// children belonging to 11 families were rescued`) where a rescue or release is told, or it
/// opens with where those sent home came from (`of those repatriated, 64 came from laos`). Nothing in
/// it makes the counts a tally (see [`TALLIES`], [`NOT_A_STORY`] but `out`, and `identified`,
/// `reported` …): the counts are one story's details (`of the 95 victims identified, 78 were …`
/// and `of these 455 cases, …` are tallies).
pub fn group_breakdown(sentence: &str) -> bool {
    if !sentence.contains("of ") && !sentence.contains("families") {
        return false;
    }
    let all: Vec<&str> = words(sentence).collect();
    let at = |k: usize| all.get(k).copied().unwrap_or_default();
    // `of the total, 77 were rescued from laos, 37 from myanmar`: where the people of one
    // return came from (`total` names the group, no tally, when nothing else does).
    let total_origins = matches!((at(0), at(1), at(2)), ("of", "the", "total"))
        && small_count(at(3))
        && at(4) == "were"
        && matches!(
            at(5),
            "repatriated" | "rescued" | "returned" | "freed" | "deported"
        )
        && at(6) == "from";
    if all.iter().enumerate().any(|(i, w)| {
        !(total_origins && i == 2)
            && (tally(sentence, w)
                || (NOT_A_STORY.contains(w) && *w != "out")
                || TALLIED.contains(w))
    }) {
        return false;
    }
    // `of the 71 people, 43 were children`, `out of 34 labourers, 15 were children`.
    let head = match (at(0), at(1), at(2)) {
        ("out", "of", "the") => Some(3),
        ("of", "the", _) => Some(2),
        ("out", "of", _) => Some(2),
        _ => None,
    };
    // (Or where they are from: `out of the 36 members, 26 are from the district`.)
    let split = head.is_some_and(|h| {
        small_count(at(h))
            && (GROUP_NOUNS.contains(&at(h + 1)) || at(h + 1) == "members")
            && small_count(at(h + 2))
            && matches!(at(h + 3), "were" | "are")
            && (KINDS.contains(&at(h + 4)) || at(h + 4) == "from")
    });
    // `of those repatriated, 64 came from laos, 31 from myanmar`: where the people sent home
    // or freed in one story came from.
    let origins = || {
        at(0) == "of"
            && matches!(at(1), "those" | "these")
            && matches!(
                at(2),
                "repatriated" | "rescued" | "returned" | "freed" | "deported" | "released"
            )
            && small_count(at(3))
            && matches!((at(4), at(5)), ("came" | "were" | "are", "from"))
    };
    // `… belonging to 11 families were rescued`, `belong to 33 families … secured the release`.
    let families = || {
        all.windows(3).any(|w| {
            matches!(w, [by, n, unit] if matches!(*by, "to" | "from")
                && small_count(n)
                && matches!(*unit, "families" | "households"))
        }) && all
            .iter()
            .any(|w| RESCUES.contains(w) || matches!(*w, "release" | "released"))
    };
    split || origins() || total_origins || families()
}

/// Names and words for a police action run across many countries at once (`Europol`, `an
/// EU-wide operation`, `a pan-European action week`): see [`joint_action_named`].
const JOINT_ACTIONS: &[&str] = &[
    "Europol",
    "EUROPOL",
    "Interpol",
    "INTERPOL",
    "EU-wide",
    "Europe-wide",
    "pan-European",
    "Pan-European",
    "international operation",
];

/// [`JOINT_ACTIONS`] in lower case, each once (to be found in any case).
const JOINT_ACTIONS_ANY_CASE: &[&str] = &[
    "europol",
    "interpol",
    "eu-wide",
    "europe-wide",
    "pan-european",
    "international operation",
];

/// What a joint action counts that is no tally of its results: the countries, officers and
/// agencies taking part, and the places and things it checked.
const JOINT_ACTION_FRAMES: &[&str] = &[
    "countries",
    "nations",
    "states",
    "member",
    "officers",
    "officials",
    "agencies",
    "locations",
    "vehicles",
];

/// The whole rule on one document (see [`joint_action_named`]).
#[cfg(test)]
pub fn joint_action(document: &str, sentence: &str, after: &str) -> bool {
    joint_action_named(sentence, after, || names_joint_action(document))
}

/// True when the document names a police action run across many countries (`named`, asked
/// only when the sentence leaves the answer open: see [`names_joint_action`], the same for every
/// number of a document, which the check works out once): the arrests, suspects, victims and
/// new cases of such an action are a tally over its countries, not what one raid found. What
/// took part in it or what it checked is not: a number whose next word (in `after`, any case)
/// is one of [`JOINT_ACTION_FRAMES`] (`in 11 countries`), or in a lower-case `sentence`
/// counting checks (`126,000 individuals were checked`), stays a frame of the action.
pub fn joint_action_named(sentence: &str, after: &str, named: impl FnOnce() -> bool) -> bool {
    let checks = sentence.contains("checked") || words(sentence).any(|w| w == "checks");
    let frame = words(after).next().is_some_and(|w| {
        JOINT_ACTION_FRAMES
            .iter()
            .any(|f| w.eq_ignore_ascii_case(f))
    });
    if checks || frame {
        return false;
    }
    named()
}

/// True when `document` names a police action run across many countries (a word of
/// [`JOINT_ACTIONS`]).
pub fn names_joint_action(document: &str) -> bool {
    // Most documents name none: one pass for the words in any case settles them, before a
    // search for each word as written.
    static ANY_CASE: PhraseSet = PhraseSet::new(JOINT_ACTIONS_ANY_CASE);
    ANY_CASE.in_text(document) && JOINT_ACTIONS.iter().any(|w| document.contains(w))
}

/// Words for arrests, and for the indictments that follow them (`24 indicted`).
const ARRESTS: &[&str] = &["arrest", "arrests", "arrested", "indicted"];

/// True when lower-case `sentence` counts arrests (`made 26 arrests`, `14 Arrested In … Sting
/// Operation`, `resulted in the arrest of 14`) and nothing makes them a tally over time or of
/// cases: no word of [`NOT_A_STORY`] or `there were` in it, and no word of [`TALLIES`] or year
/// in its `paragraph` (lower-case, made only when the sentence passes): one effort's arrests,
/// a detail of its story (`last year, 176 traffickers were arrested` is a tally).
pub fn arrests_of_one_effort(sentence: &str, paragraph: impl FnOnce() -> String) -> bool {
    if !sentence.contains("arrest") && !sentence.contains("indicted") {
        return false;
    }
    let all: Vec<&str> = words(sentence).collect();
    if !all.iter().any(|w| ARRESTS.contains(w))
        || all.iter().any(|w| NOT_A_STORY.contains(w))
        || all
            .windows(2)
            .any(|p| matches!(p, ["there", "were" | "have" | "are"]))
    {
        return false;
    }
    let year = |w: &str| w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1900..=2099).contains(&y));
    let paragraph = paragraph();
    !words(&paragraph).any(|w| tally(&paragraph, w) || year(w))
}

/// The months, in lower case.
const MONTHS: &[&str] = &crate::document::MONTHS;

/// The days of the week, in lower case.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The words of `text`, split at anything not a letter or digit.
fn words(text: &str) -> impl DoubleEndedIterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_looked_up_in_any_case_hold_short_lower_case_words() {
        for list in [UNITS, UNIT_ADJECTIVES, NAMED_THINGS, NOT_THING_WORDS] {
            for w in list {
                assert!(w.len() <= LONGEST_LISTED, "{w}");
                assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w}");
            }
        }
        // `frame` compares a pair only when the word before the number has two letters.
        assert!(BEFORE_PAIRS.iter().all(|(nearer, _)| nearer.len() == 2));
    }

    #[test]
    fn every_joint_action_word_is_among_those_found_in_any_case() {
        for w in JOINT_ACTIONS {
            assert!(
                JOINT_ACTIONS_ANY_CASE.contains(&w.to_lowercase().as_str()),
                "{w}"
            );
        }
    }

    #[test]
    fn a_joint_action_of_many_countries_counts_a_tally_but_not_what_took_part_or_was_checked() {
        let doc = "Interpol ran the week of raids.\n\nThe operation led to 85 arrests.";
        assert!(joint_action(
            doc,
            "the operation led to 85 arrests.",
            " arrests."
        ));
        // What took part, or was checked, is the action's frame.
        assert!(!joint_action(doc, "it ran in 11 countries.", " countries."));
        assert!(!joint_action(
            doc,
            "40,000 people were checked.",
            " people were checked."
        ));
        assert!(!joint_action(doc, "it made 9,000 checks.", " checks."));
        // One force's operation, named by no body of many countries.
        let one = "Police raided a farm.\n\nThe operation led to 12 arrests.";
        assert!(!joint_action(
            one,
            "the operation led to 12 arrests.",
            " arrests."
        ));
    }

    #[test]
    fn a_story_rule_holds_only_where_its_words_are_written() {
        let mut lines = crate::testing::fixture_lines();
        lines.extend(
            [
                "The OPERATION rescued 14 children from a brick kiln on Monday.",
                "Police Raided a restaurant and freed 9 women.",
                "€3,000 was seized From One Individual.",
                "Nine children were removed and Taken into care, 12 in total.",
                "Police ARRESTED three among them on Sunday.",
                // A Kelvin sign lower-cases to `k`: `taken`.
                "4 girls were ta\u{212A}en on Monday.",
            ]
            .map(str::to_string),
        );
        assert!(told_as_one_event(
            &"4 girls were ta\u{212A}en.".to_lowercase()
        ));
        let mut fired = 0;
        for line in &lines {
            let low = line.to_lowercase();
            let checks = [
                (one_operation(&low), may_name_operation(line)),
                (one_rescue(&low), may_name_rescue(line)),
                (rescued_on_a_day(&low), may_name_rescue(line)),
                (taken_from_one(&low), may_take_from_one(line)),
                (told_as_one_event(&low), may_tell_event(line)),
            ];
            for (k, (holds, may)) in checks.into_iter().enumerate() {
                assert!(may || !holds, "rule {k} holds without its words: {line}");
                fired += usize::from(holds);
            }
        }
        assert!(fired >= 8, "the lines should make the rules hold ({fired})");
    }

    #[test]
    fn the_places_or_homes_a_study_covered_are_its_size() {
        let b = "The survey was done ";
        assert!(sampled_units(
            b,
            "120",
            Some("in"),
            " villages across the coast."
        ));
        assert!(sampled_units(
            b,
            "12,400",
            Some("encompassed"),
            " households in 30 districts."
        ));
        assert!(sampled_units(b, "9,100", Some("reached"), " households."));
        assert!(!sampled_units(
            b,
            "3,000",
            Some("found"),
            " households in debt bondage."
        ));
        assert!(!sampled_units(b, "40%", Some("in"), " households"));
        assert!(!sampled_units(b, "120", Some("in"), " children"));
        // The sample's urban and rural parts, after its homes are named.
        let homes = "The survey reached 9,100 households, ";
        assert!(sampled_units(
            homes,
            "2,000",
            Some("households"),
            " urban and 7,100 rural."
        ));
        assert!(sampled_units(
            homes,
            "7,100",
            Some("and"),
            " rural, with a high response."
        ));
        assert!(!sampled_units(
            homes,
            "2,000",
            Some("households"),
            " urban children work."
        ));
        assert!(!sampled_units(
            b,
            "2,000",
            Some("in"),
            " urban and 7,100 rural."
        ));
    }

    #[test]
    fn a_response_rate_a_street_address_and_an_age_band_are_frames() {
        let frame_at = |sentence: &str, number: &str| {
            let start = sentence.find(number).unwrap();
            frame(sentence, start, start + number.len())
        };
        assert!(frame_at(
            "The survey had a response rate of 91.7 percent.",
            "91.7 percent"
        ));
        assert!(!frame_at(
            "The survey found a rate of 91.7 percent.",
            "91.7 percent"
        ));
        assert!(frame_at(
            "Write to: Letters, 205 S. Main St., Springfield.",
            "205"
        ));
        assert!(frame_at("The shelter at 12 Park Road took in girls.", "12"));
        assert!(!frame_at(
            "Police freed 205 Syrian workers on the farm.",
            "205"
        ));
        let ages = "Most were aged 21 to 25, and the next group 31 to 35; a few between 16 and 20.";
        assert!(frame_at(ages, "31 to 35"));
        assert!(frame_at(ages, "16 and 20"));
        assert!(!frame_at(
            "Police found 31 to 35 victims aged under 18.",
            "31 to 35"
        ));
    }

    #[test]
    fn what_one_person_borrowed_or_received_is_their_money() {
        let pay = |sentence: &str, number: &str| {
            let start = sentence.find(number).unwrap_or_default();
            one_persons_loan_or_pay(&sentence[..start], &sentence[start + number.len()..])
        };
        assert!(pay(
            "My father borrowed Rs 40,000 from the kiln owner.",
            "40,000"
        ));
        assert!(pay("She received only $250 of the $600 promised.", "$250"));
        assert!(pay("She received only $250 of the $600 promised.", "$600"));
        assert!(pay("At first only Rs 300 was given by the agent.", "300"));
        assert!(pay("Each family got Rs 20,000 as an advance.", "20,000"));
        assert!(!pay(
            "Forced labour generates $236 billion in illegal profits.",
            "$236 billion"
        ));
        assert!(!pay(
            "The trade was worth $32 billion, the report said.",
            "$32 billion"
        ));
    }

    #[test]
    fn all_the_children_of_a_country_are_no_harm_counted() {
        let all = |sentence: &str, number: &str| {
            let start = sentence.find(number).unwrap_or_default();
            all_children(&sentence[..start], &sentence[start + number.len()..])
        };
        assert!(all(
            "Child labour fell although the number of children has grown by 180 million since then.",
            "180 million"
        ));
        assert!(all(
            "The survey shows the number of children aged 5-17 years is 2,84,00,000 people (28.4 million).",
            "28.4 million"
        ));
        assert!(all(
            "The survey shows the number of children aged 5 to 17 is 28.4 million.",
            "28.4 million"
        ));
        assert!(all(
            "In 2015 there were 212.3 million children counted and 5% of them worked.",
            "212.3 million"
        ));
        assert!(!all(
            "The number of children in child labour has risen by 8.4 million.",
            "8.4 million"
        ));
        assert!(!all(
            "The number of children trafficked was 2,500 last year.",
            "2,500"
        ));
        assert!(!all(
            "Some 160 million children are in child labour.",
            "160 million"
        ));
        assert!(!all(
            "The 3.3 million children counted by the agency are in forced labour.",
            "3.3 million"
        ));
    }

    #[test]
    fn a_unit_is_found_in_its_set_as_in_its_list() {
        assert!(
            UNITS
                .iter()
                .all(|u| u.len() <= 16 && *u == u.to_ascii_lowercase())
        );
        let mut words: Vec<String> = crate::testing::fixture_lines()
            .iter()
            .flat_map(|l| words(l).map(str::to_string).collect::<Vec<_>>())
            .collect();
        words.extend(UNITS.iter().map(|u| u.to_uppercase()));
        words.extend(["Kilometres", "ngo", "state", "K\u{212A}", "états"].map(String::from));
        for w in &words {
            assert_eq!(is_unit(w), any_is(w, UNITS), "{w}");
        }
    }

    #[test]
    fn the_words_near_a_number_are_the_words_each_rule_read_before() {
        fn clause<const N: usize>(text: &str) -> Vec<&str> {
            let (w, n) = clause_words::<N>(text, |c| matches!(c, ',' | ';' | '.' | '(' | ':'));
            w[..n].to_vec()
        }
        fn joined<const N: usize>(text: &str) -> Vec<&str> {
            let (w, n) = clause_words::<N>(text, |c| !(c == ' ' || c == '-'));
            w[..n].to_vec()
        }
        // The clause's words and how many are joined to the number, read character by
        // character: what `clause_words_joined` gives.
        fn by_chars<const N: usize>(text: &str, stop: fn(char) -> bool) -> (Vec<&str>, usize) {
            let mut out = Vec::new();
            let mut joined = None;
            let mut start = None;
            for (i, c) in text.char_indices() {
                if c.is_alphanumeric() {
                    start.get_or_insert(i);
                    continue;
                }
                if let Some(s) = start.take() {
                    out.push(&text[s..i]);
                    if out.len() == N {
                        return (out, joined.unwrap_or(N));
                    }
                }
                if !(c == ' ' || c == '-') && joined.is_none() {
                    joined = Some(out.len());
                }
                if stop(c) {
                    let n = out.len();
                    return (out, joined.unwrap_or(n));
                }
            }
            if let Some(s) = start {
                out.push(&text[s..]);
            }
            let n = out.len();
            (out, joined.unwrap_or(n))
        }
        let mut lines = crate::testing::fixture_lines();
        lines.extend(
            [
                "a b c d e f g h i j k 12 l m n o p q r",
                "at least only just about 12 x",
                "Der Straße—über 40 Kinder, é e\u{301} 5 and 6 İstanbul’s 7",
                "at 5 – more than half, of the (region’s) total",
                "12 ‘tiers’ of people—some; 3-4 more",
                "in 4 countries: A, B",
                "",
            ]
            .map(String::from),
        );
        for line in &lines {
            for at in (0..=line.len()).filter(|&i| line.is_char_boundary(i)) {
                let (before, after) = line.split_at(at);
                let near = Near::read(before, after);
                assert_eq!(
                    near.back().collect::<Vec<_>>(),
                    words(before).rev().collect::<Vec<_>>()
                );
                let (last, n) = last_words::<3>(before);
                assert_eq!(
                    last[..n],
                    words(before).rev().take(3).collect::<Vec<_>>()[..]
                );
                let stops: fn(char) -> bool = |c| matches!(c, ',' | ';' | '.' | '(' | ':');
                let (ahead, na, joins) = clause_words_joined::<6>(after, stops);
                assert_eq!((ahead[..na].to_vec(), joins), by_chars::<6>(after, stops));
                let (ahead, na, joins) = clause_words_joined::<2>(after, |_| false);
                assert_eq!(
                    (ahead[..na].to_vec(), joins),
                    by_chars::<2>(after, |_| false)
                );
                assert_eq!(near.clause(1), clause::<1>(after));
                assert_eq!(near.clause(2), clause::<2>(after));
                assert_eq!(near.clause(3), clause::<3>(after));
                assert_eq!(near.clause(4), clause::<4>(after));
                assert_eq!(near.clause(6), clause::<6>(after));
                assert_eq!(near.joined(1), joined::<1>(after));
                assert_eq!(near.joined(5), joined::<5>(after));
                let old = after
                    .char_indices()
                    .nth(40)
                    .map_or(after, |(i, _)| &after[..i])
                    .find(['–', '—', '(']);
                assert_eq!(dash_or_bracket(after, 40), old, "{after}");
            }
        }
    }

    #[test]
    fn an_age_stated_set_or_given_as_a_range_is_an_age() {
        let age = |sentence: &str, number: &str| {
            let start = sentence.find(number).unwrap_or_default();
            stated_age(
                &sentence[..start],
                number,
                &Near::read(&sentence[..start], ""),
            )
        };
        assert!(!age("The average age of victims is 23.", "23"));
        assert!(!age(
            "The median age of recruitment into begging and street work is 14.",
            "14"
        ));
        assert!(age(
            "The age of recruitment into begging and street work is 14.",
            "14"
        ));
        assert!(age("Entry age for girls is 13-15.", "13-15"));
        assert!(age(
            "They want to raise the minimum age of marriage to 18.",
            "18"
        ));
        assert!(!age("Raids rose from 12 to 18.", "18"));
        assert!(!age(
            "The age group was targeted and the number of victims is 40.",
            "40"
        ));
    }

    #[test]
    fn a_small_groups_breakdown_is_one_storys_detail() {
        assert!(group_breakdown(
            "of the 52 people, 30 were children who had worked at the quarry."
        ));
        assert!(group_breakdown(
            "out of 40 workers, 22 were women, 11 children and seven men, an officer said."
        ));
        assert!(group_breakdown(
            "from a farm near the river, 19 adults and four children belonging to seven families were rescued."
        ));
        assert!(group_breakdown(
            "the twelve of them belong to five families, and officials secured their release."
        ));
        // Tallies: cases, victims identified, a year's counts, or no story of a rescue.
        assert!(!group_breakdown(
            "of the 95 victims identified, 78 were survivors of forced labour."
        ));
        assert!(!group_breakdown("of these 455 cases, 433 were domestic."));
        assert!(!group_breakdown(
            "of the 120 people, 80 were women, the annual report said."
        ));
        assert!(!group_breakdown(
            "of the 120 people, 80 were trafficked abroad."
        ));
        assert!(!group_breakdown(
            "the charity supports children from 40 families in the district."
        ));
        assert!(!group_breakdown(
            "out of every 100 workers, 14 are children in forced labour."
        ));
    }

    #[test]
    fn a_storys_group_named_by_its_count_makes_its_counts_details() {
        assert!(story_group("the 12 rescued are said to be aged 15 to 19."));
        assert!(story_group(
            "police said the 40 migrants, who include 31 men and 9 women, were held in a shed."
        ));
        assert!(story_group(
            "all the 18 workers, who came from one village, were paid nothing."
        ));
        // A part of a tally, a count in millions, a tally over time, a bigger number.
        assert!(!story_group("of the 95 victims identified, 78 were men."));
        assert!(!story_group("the 40 million who are enslaved today."));
        assert!(!story_group("the 60 victims who were rescued last year."));
        assert!(!story_group("the 1,500 victims who were found."));
        assert!(!story_group("the 1,500 who were found."));
        assert!(!story_group("the 12 children were taken to a shelter."));
    }

    #[test]
    fn one_efforts_arrests_are_a_story_and_a_tally_of_them_is_not() {
        let one = |s: &str| {
            let low = s.to_lowercase();
            arrests_of_one_effort(&low, || low.clone())
        };
        assert!(one("12 Held In County Sting As Task Force Arrests 12"));
        assert!(one("9 Arrested In Harbour Trafficking Sting"));
        assert!(one(
            "The task force made 31 arrests during a four-day sweep of motels."
        ));
        assert!(one("The raids ended in the arrest of 8 men, police said."));
        assert!(one("15 Indicted Over Forced Labour On Cattle Ranches"));
        assert!(!one("In 2022, 300 people were indicted for trafficking."));
        // A tally over time, of cases, or told as a count that exists.
        assert!(!one("Last year, 176 traffickers were arrested."));
        assert!(!one("A total of 416 smugglers had been arrested."));
        assert!(!one("Of the 244 cases, 284 suspects were arrested."));
        assert!(!one("In 2015, the agency arrested 1,437 people."));
        assert!(!one(
            "Abroad, there were 57 people arrested or charged with trafficking."
        ));
        assert!(!one("So far, 14,541 people have been arrested."));
        // No arrests at all.
        assert!(!one("The task force found 31 victims."));
        // The paragraph's tally makes the sentence's arrests part of it.
        let low = "police arrested 40 people.";
        assert!(!arrests_of_one_effort(low, || {
            "in 2023 the unit ran 12 raids. police arrested 40 people.".into()
        }));
    }

    /// [`clause_words`] as a walk of `char_indices` reads them.
    fn clause_words_by_chars<const N: usize>(
        text: &str,
        stop: impl Fn(char) -> bool,
    ) -> ([&str; N], usize) {
        let mut found = [""; N];
        let mut n = 0;
        let mut start = None;
        let mut push = |from: usize, to: usize, n: &mut usize| {
            if let Some(slot) = found.get_mut(*n) {
                *slot = text.get(from..to).unwrap_or_default();
                *n += 1;
            }
        };
        for (i, c) in text.char_indices() {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
                continue;
            }
            if let Some(from) = start.take() {
                push(from, i, &mut n);
                if n == N {
                    return (found, n);
                }
            }
            if stop(c) {
                return (found, n);
            }
        }
        if let Some(from) = start {
            push(from, text.len(), &mut n);
        }
        (found, n)
    }

    #[test]
    fn clause_words_read_by_bytes_are_those_read_by_characters() {
        let mut texts = vec![
            " million Ärzte—naïve, 3½ 12th… “quoted” (x) café; ü".to_string(),
            "ÉÉ É1 a–b—c".to_string(),
            String::new(),
        ];
        texts.extend(crate::testing::fixture_lines());
        let stops: [fn(char) -> bool; 3] = [
            |c| matches!(c, ',' | ';' | '.' | '(' | ':'),
            |c| !(c == ' ' || c == '-'),
            |c| c == '—',
        ];
        for text in &texts {
            for (i, _) in text
                .char_indices()
                .filter(|(_, c)| c.is_ascii_digit())
                .take(20)
            {
                let after = text.get(i..).unwrap_or_default();
                for stop in stops {
                    assert_eq!(
                        clause_words::<6>(after, stop),
                        clause_words_by_chars::<6>(after, stop),
                        "{after:?}"
                    );
                    assert_eq!(
                        clause_words::<2>(after, stop),
                        clause_words_by_chars::<2>(after, stop)
                    );
                }
            }
            for stop in stops {
                assert_eq!(
                    clause_words::<12>(text, stop),
                    clause_words_by_chars::<12>(text, stop)
                );
            }
        }
    }

    #[test]
    fn a_word_is_found_in_any_case_by_one_of_its_letters_as_by_a_scan() {
        let texts = [
            "5.4 PER 1,000",
            "for Every 10",
            "EVERY",
            "Ever",
            "v",
            "pe",
            "xvery",
            "",
            "per",
            "Per cent",
            "everyone per",
            "évery pér",
            "ev ery",
            "p",
        ];
        for text in texts {
            for (needle, at) in [(&b"per"[..], 0), (&b"every"[..], 1)] {
                assert_eq!(
                    holds_any_case(text, needle, at),
                    holds_ascii(text, needle),
                    "{text}"
                );
            }
        }
        assert!(holds_any_case("for Every 10", b"every", 1));
    }

    #[test]
    fn clause_words_are_the_words_of_the_clause_cut_first() {
        let stop = |c: char| matches!(c, ',' | ';' | '.' | '(' | ':');
        for text in [
            "",
            " people were surveyed in 2021, of whom",
            "respondents",
            "a b c d e f g h",
            "  Über 18-year-olds; later",
            "x (y z)",
            "one two:three",
        ] {
            let clause = text.find(stop).map_or(text, |end| text.get(..end).unwrap());
            let old: Vec<&str> = words(clause).take(6).collect();
            let (new, n) = clause_words::<6>(text, stop);
            assert_eq!(new.get(..n).unwrap(), old.as_slice(), "{text:?}");
            let joined = text
                .find(|c: char| !(c.is_alphanumeric() || c == ' ' || c == '-'))
                .map_or(text, |end| text.get(..end).unwrap());
            let old: Vec<&str> = words(joined).take(5).collect();
            let (new, n) = clause_words::<5>(text, |c| !(c == ' ' || c == '-'));
            assert_eq!(new.get(..n).unwrap(), old.as_slice(), "{text:?}");
        }
    }

    fn framed(sentence: &str, number: &str) -> bool {
        let start = sentence.find(number).unwrap();
        frame(sentence, start, start + number.len())
    }

    #[test]
    fn a_places_population_is_a_frame_and_a_population_of_victims_is_not() {
        assert!(framed(
            "Assam (population 3.22 crore) saw 1,494 cases.",
            "3.22 crore"
        ));
        assert!(framed(
            "It has three times the population of Assam (at 9.3 crore).",
            "9.3 crore"
        ));
        assert!(framed(
            "It has three times the population of Assam (at 9.3 crore).",
            "three times"
        ));
        assert!(framed("It is ranked on a three-tier scale.", "three"));
        assert!(framed(
            "At one time, 20,000 children worked in the mines.",
            "one"
        ));
        // A share of a population of victims, or a region's part of one, is a statistic.
        assert!(!framed(
            "Half the population of modern slaves live in five countries.",
            "Half"
        ));
        assert!(!framed(
            "The child labour population is divided among the Americas (11 million) and Europe.",
            "11 million"
        ));
    }

    #[test]
    fn a_scale_made_an_adjective_of_size_states_no_amount() {
        assert!(framed(
            "Traffickers run a billion-dollar industry.",
            "a billion-dollar"
        ));
        assert!(framed("It is a billion dollar trade.", "a billion dollar"));
        // An amount, or a number with digits, is one.
        assert!(!framed(
            "Traffickers make a billion dollars.",
            "a billion dollars"
        ));
        assert!(!framed("It is a $150-billion industry.", "$150-billion"));
    }

    #[test]
    fn country_groups_regions_ranks_and_checks_are_frames() {
        // A group of countries named by its region or club.
        assert!(framed(
            "Trafficking is common in seven Central Asian countries.",
            "seven"
        ));
        assert!(framed(
            "Police from 12 European member states took part.",
            "12"
        ));
        assert!(framed(
            "Three Caribbean Community (Caricom) countries rose.",
            "Three"
        ));
        assert!(framed(
            "Six G20 countries import goods made by slaves.",
            "Six"
        ));
        // A rank of countries by wealth or size, and a club's name.
        assert!(framed(
            "The world's 20 richest economies buy most goods made with forced labour.",
            "20"
        ));
        assert!(framed(
            "Forced labour taints imports into the 10 largest nations.",
            "10"
        ));
        assert!(framed(
            "Members of the Group of 20 imported goods at risk of forced labour.",
            "20"
        ));
        assert!(!framed(
            "The 20 richest traffickers made millions from 40 victims.",
            "40"
        ));
        assert!(!framed(
            "Victims came from 40 countries, the report said.",
            "40"
        ));
        assert!(!framed(
            "Victims were detected in 36 countries in Europe.",
            "36"
        ));
        // How many countries a region has; a ranking among a region's countries.
        assert!(framed(
            "West Africa, which comprises 16 countries, leads.",
            "16"
        ));
        assert!(framed(
            "Victims came from a region made up of 54 nations.",
            "54"
        ));
        assert!(!framed("Victims came from 49 countries.", "49"));
        assert!(framed(
            "It ranked fifth out of 48 countries in Africa.",
            "48"
        ));
        // The countries of a ranking the sentence speaks of are the index's size.
        assert!(framed(
            "It ranked tenth out of 150 countries with slavery data.",
            "150"
        ));
        // Countries named after `namely`.
        assert!(framed(
            "It equals the next 5 countries namely Chad, Peru and Laos.",
            "5"
        ));
        // A rate's denominator.
        assert!(framed(
            "Nearly 4 in a thousand people are enslaved.",
            "a thousand"
        ));
        // A survey's size and where it was drawn, not data from countries.
        assert!(framed(
            "They interviewed around 50,000 people from 60 countries.",
            "50,000"
        ));
        assert!(framed(
            "They interviewed around 50,000 people from 60 countries.",
            "60"
        ));
        assert!(!framed("The study found victims in 20 countries.", "20"));
        // What one operation checked, not whom it found.
        assert!(framed(
            "Officers checked the identity of over 9,000 minors.",
            "9,000"
        ));
        assert!(framed(
            "Some 5,000 people and 300 sites were checked in the raid.",
            "300"
        ));
        assert!(!framed(
            "Police checked records and found 50 victims.",
            "50"
        ));
        assert!(!framed(
            "Some 50 victims were found and 300 sites were checked.",
            "50"
        ));
        // Things counted with plain words between.
        assert!(framed(
            "Forced labour occurs in 100 rubber glove factories.",
            "100"
        ));
        assert!(framed("It will sign 10 bilateral labour agreements.", "10"));
        assert!(!framed("Some 50 children in factories were freed.", "50"));
        assert!(!framed(
            "About 2,000 trafficked into factories were freed.",
            "2,000"
        ));
        // A footnote marker after a quotation's closing mark.
        assert!(framed("They call it ‘a hidden crime.’1", "1"));
        // A footnote marker between a report's title and its verb.
        assert!(framed(
            "The 2024 Global Slavery Index 3 found that most live in Asia.",
            "3"
        ));
        assert!(!framed("The Report 3 victims were found.", "3"));
        // The size of the places a count is sorted by.
        assert!(framed(
            "Most cases were in cities with more than 50,000 people.",
            "50,000"
        ));
        assert!(!framed(
            "Most of the 50,000 people in cities were victims.",
            "50,000"
        ));
    }

    #[test]
    fn a_count_for_every_thousand_is_a_share() {
        // (Within five words the extractor reads the rate itself: `5.4 victims of slavery for
        // every 1,000`.)
        let sentence =
            "There are 5.4 victims of slavery in the world today for every 1,000 people.";
        let m = crate::extract::extract(sentence)
            .into_iter()
            .find(|m| m.value == Some(5.4))
            .unwrap();
        let r = part_of_every(sentence, m.start, &m).unwrap();
        assert_eq!(r.quantity, Quantity::Share);
        assert!((r.value - 0.0054).abs() < 1e-12);
        // Any case, and a base in words; only the word after `per` or `every` is the base.
        for (after, share) in [
            (" victims of slavery PER Thousand people.", Some(0.003)),
            (
                " victims of slavery for Every hundred residents.",
                Some(0.03),
            ),
            (" victims of slavery per 1,000, every 10 days.", Some(0.003)),
            (" victims per year in 1,000 towns.", None),
            (" of everyone in 1,000 towns.", None),
            (" victims in EVERY.", None),
        ] {
            let sentence = format!("There were 3{after}");
            let r = per_base_after(&sentence, "There were 3".len(), 3.0);
            assert_eq!(
                r.map(|r| (r.value * 1e6).round() / 1e6),
                share,
                "{sentence}"
            );
        }
        // The base first, then a dash or a comma; a fraction of a person only for a large base.
        let first = |sentence: &str, number: &str| {
            let m = crate::extract::extract(sentence)
                .into_iter()
                .find(|m| &sentence[m.start..m.end] == number)
                .unwrap();
            part_of_every(sentence, m.start, &m).map(|r| (r.value * 1e6).round() / 1e6)
        };
        assert_eq!(
            first("For every 1,000 people on earth – 5.4 are enslaved", "5.4"),
            Some(0.0054)
        );
        assert_eq!(
            first("For every 1,000 people on earth, 7 are enslaved.", "7"),
            Some(0.007)
        );
        assert_eq!(
            first("For every 10 victims found, 2.5 are girls.", "2.5"),
            None
        );
        let sentence = "Police found 12 victims in 1,000 raids.";
        let m = crate::extract::extract(sentence)
            .into_iter()
            .find(|m| m.value == Some(12.0))
            .unwrap();
        assert!(part_of_every(sentence, m.start, &m).is_none());
    }

    #[test]
    fn the_quick_tests_find_every_phrase_and_body() {
        for &phrase in OTHER_STATISTICS {
            assert!(phrase == phrase.to_ascii_lowercase());
            for text in [phrase.to_string(), phrase.to_uppercase()] {
                assert!(other_statistic(&text), "{text}");
                assert!(!other_statistic(&text[1..]), "{text}");
                assert!(!other_statistic(&text[..text.len() - 1]), "{text}");
            }
        }
        assert!(other_statistic("Half are Out Of School."));
        assert!(!other_statistic("out of  school, below the poverty-line"));
        for body in NATIONAL_BODIES {
            assert!(BODY_CAPITALS.contains(&body.as_bytes()[0]), "{body}");
            assert!(holds_body(&format!("the {body}'s count")), "{body}");
            assert!(!holds_body(&body[1..]), "{body}");
        }
    }

    #[test]
    fn where_one_organisation_works_is_no_count_of_the_topic() {
        let footprint = |sentence: &str, number: &str| {
            let start = sentence.find(number).unwrap();
            own_footprint(&sentence[..start], &sentence[start + number.len()..])
        };
        for (sentence, number) in [
            (
                "We help survivors in each of the 127 countries in which we work.",
                "127",
            ),
            ("The charity works in more than 30 countries.", "30"),
            ("The society has a presence in over 100 nations.", "100"),
            (
                "It has invested $9 million across 88 countries since 2001.",
                "88",
            ),
            ("Victims came from 40 countries where they operate.", "40"),
            (
                "Some 6,000 victims were assisted by the IOM in 105 countries last year.",
                "105",
            ),
            (
                "Survivors were supported by Hope Now across 12 nations.",
                "12",
            ),
        ] {
            assert!(footprint(sentence, number), "{sentence}");
        }
        for (sentence, number) in [
            ("Victims were detected in 156 countries.", "156"),
            ("The report covers 141 countries and territories.", "141"),
            (
                "Some 50 countries in which trafficking is common were studied.",
                "50",
            ),
            ("Forced labour is found in 30 countries.", "30"),
            ("Victims identified by UNODC in 141 countries.", "141"),
            ("Victims were assisted by police in 30 countries.", "30"),
        ] {
            assert!(!footprint(sentence, number), "{sentence}");
        }
    }

    #[test]
    fn where_a_day_or_campaign_is_kept_is_no_count_of_the_topic() {
        let reach = |sentence: &str, number: &str| {
            let start = sentence.find(number).unwrap();
            observance_reach(&sentence[..start], &sentence[start + number.len()..])
        };
        for (sentence, number) in [
            (
                "The World Day Against Trafficking in Persons is marked in more than 100 countries.",
                "100",
            ),
            ("The campaign is observed in 60 countries.", "60"),
            (
                "Anti-Slavery Day is now celebrated in some 40 nations.",
                "40",
            ),
            (
                "Events to end child labour were held across 80 countries.",
                "80",
            ),
        ] {
            assert!(reach(sentence, number), "{sentence}");
        }
        for (sentence, number) in [
            ("Forced labour was observed in 60 countries.", "60"),
            (
                "On World Day, the report said victims were observed in 60 countries.",
                "60",
            ),
            ("The campaign found victims in 60 countries.", "60"),
            ("The day is marked in 60 cities.", "60"),
        ] {
            assert!(!reach(sentence, number), "{sentence}");
        }
    }

    #[test]
    fn one_persons_moneys_units_start_with_its_leads() {
        for unit in EACH_UNITS
            .iter()
            .chain(WAGE_UNITS)
            .chain(&["per week", "a week", "weekly"])
        {
            assert!(UNIT_LEADS.contains(&unit.as_bytes()[0]), "{unit}");
        }
    }

    #[test]
    fn one_persons_money_is_a_fine_a_wage_or_an_amount_each() {
        let money = |sentence: &str, number: &str| {
            let start = sentence.find(number).unwrap();
            one_persons_money(&sentence[..start], &sentence[start + number.len()..])
        };
        for (sentence, number) in [
            (
                "They were fined between USD 500 and 800 for it.",
                "USD 500 and 800",
            ),
            ("It paid a monthly salary of USD 600 and meals.", "USD 600"),
            ("Each was given about ₱2,000 each.", "₱2,000"),
            ("She was fined $90 each time she refused.", "$90"),
            ("A girl was sold for $3 per night.", "$3"),
            (
                "They would earn 20-30 thousand rupees monthly.",
                "20-30 thousand rupees",
            ),
            ("The court set bail of Rs 50,000.", "Rs 50,000"),
            ("They were paid just Rs 150 per week.", "Rs 150"),
            ("The state pledged $20,000 to the fund.", "$20,000"),
            (
                "The unit runs on a $1.2 million grant from Washington.",
                "$1.2 million",
            ),
            (
                "The shelter received $50,000 in funding this spring.",
                "$50,000",
            ),
            (
                "Two reporters were awarded Rs 10,000 for their stories.",
                "Rs 10,000",
            ),
            (
                "The unit runs on a $2.4 million grant from the state.",
                "$2.4 million",
            ),
            ("Each couple was paid Rs 300 per couple per week.", "Rs 300"),
            (
                "Offenders face a fine which may extend to two million rupees.",
                "two million rupees",
            ),
            ("The act sets a fine not exceeding $50,000.", "$50,000"),
            (
                "Firms kept spending an estimated $190m on certification.",
                "$190m",
            ),
        ] {
            assert!(money(sentence, number), "{sentence}");
        }
        for (sentence, number) in [
            (
                "Forced labour earns $236 billion each year.",
                "$236 billion",
            ),
            (
                "Traffickers made $150 billion in profits from forced labour.",
                "$150 billion",
            ),
            (
                "Traffickers earn an estimated $150 billion a year.",
                "$150 billion",
            ),
            ("The fines raised $2 million in total.", "$2 million"),
            (
                "Profits reached $64 billion, each region's share rising.",
                "$64 billion",
            ),
            ("Agents are paid up to Rs 6,000 for every girl.", "Rs 6,000"),
            (
                "Victims lose unpaid wages of $21 billion a year.",
                "$21 billion",
            ),
        ] {
            assert!(!money(sentence, number), "{sentence}");
        }
    }

    #[test]
    fn list_markers_names_titles_kinds_and_listed_countries_are_frames() {
        let text = "It takes two forms: 1) forced labour and 2) forced marriage.";
        assert!(framed(text, "1") && framed(text, "2"));
        assert!(framed(text, "two"));
        // A closing bracket alone, with no neighbour, numbers nothing.
        assert!(!framed("Some 12) were freed.", "12"));
        assert!(framed("The 8.7 Alliance met in May.", "8.7"));
        assert!(framed(
            "A guide, “15 Things You Can Do”, was printed.",
            "15"
        ));
        assert!(!framed("He said “40 million people are enslaved”.", "40"));
        assert!(!framed(
            "Its title, “40 Million Slaves Today”, was apt.",
            "40"
        ));
        assert!(framed("She made a three-part film on kilns.", "three"));
        assert!(framed(
            "Countries fall into four “tiers” by effort.",
            "four"
        ));
        assert!(framed(
            "Most live in 5 countries: India, China and others.",
            "5"
        ));
        assert!(framed(
            "Most live in just five nations: India, China.",
            "five"
        ));
        assert!(!framed(
            "Victims came from 5 countries, the report said.",
            "5"
        ));
        assert!(framed(
            "Next to Iran stand 4 other nations Cuba, North Korea, Syria and Eritrea.",
            "4"
        ));
        assert!(!framed(
            "Victims from 60 countries Europe receives are young.",
            "60"
        ));
        assert!(framed(
            "Researchers interviewed 90 women from six farms who came from five countries.",
            "five"
        ));
        assert!(framed(
            "The estimates use data from the Gallup World Poll across 68 countries.",
            "68"
        ));
        assert!(!framed(
            "The survey found trafficking victims in 68 countries.",
            "68"
        ));
        assert!(framed(
            "Victims may face more than one kind of abuse.",
            "one"
        ));
        assert!(!framed("More than one child in ten is put to work.", "one"));
        assert!(framed(
            "It lists four hazardous sectors, out of the 38 classified as hazardous.",
            "38"
        ));
        assert!(!framed(
            "It lists four hazardous sectors, out of the 38 children found there.",
            "38"
        ));
        assert!(framed("The law covers a range of 24 crimes in all.", "24"));
        assert!(!framed("Police recorded 24 crimes in all.", "24"));
        assert!(framed(
            "The authors explain in 9.14 ANNEX XI that it held.",
            "9.14"
        ));
        assert!(framed(
            "It cites a study of 260 fishermen in the gulf.",
            "260"
        ));
        assert!(!framed(
            "It cites a study of forced labour among 260 fishermen.",
            "260"
        ));
    }

    #[test]
    fn the_people_a_training_reached_are_its_audience() {
        assert!(framed(
            "The charity has trained 40,000 bus drivers since 2012.",
            "40,000"
        ));
        assert!(framed(
            "The course was given to more than 900 participants in 52 presentations.",
            "900"
        ));
        assert!(framed(
            "The course was given to more than 900 participants in 52 presentations.",
            "52"
        ));
        assert!(framed(
            "Staff gave advice to 86 street workers during 30 outreach visits.",
            "86"
        ));
        assert!(framed(
            "Staff gave advice to 86 street workers during 30 outreach visits.",
            "30"
        ));
        assert!(framed(
            "Awareness training in the factories has run for a year, helping nearly 2,000 staff.",
            "2,000"
        ));
        // People in harm, or a statistic's own verb, are not an audience.
        assert!(!framed(
            "The training programme has helped 300 victims rebuild their lives.",
            "300"
        ));
        assert!(!framed(
            "The number of child labourers reached 160 million, the training manual says.",
            "160"
        ));
        assert!(!framed("Traffickers exploited 2,000 workers.", "2,000"));
        // Visits with no outreach named may be inspections.
        assert!(!framed("Inspectors made 847 visits.", "847"));
    }

    #[test]
    fn an_age_bound_needs_no_word_for_age() {
        assert!(framed("Of the girls, 61% were 17 or younger.", "17"));
        assert!(framed("Most were 18 and under when first sold.", "18"));
        let range = "The number of children between six and 14 in work fell.";
        assert!(framed(range, "six and 14"));
        assert!(framed(
            "It counts boys between 5 and 17 in mines.",
            "5 and 17"
        ));
        // A count of people, or a range that is not of ages.
        assert!(!framed(
            "Between 10 and 20 children were found.",
            "10 and 20"
        ));
        assert!(!framed("Police found 40 or more victims.", "40"));
        assert!(!framed("It rose to 300 or older figures.", "300"));
        assert!(!framed(
            "Children between 250 and 400 a year are sold.",
            "250 and 400"
        ));
    }

    #[test]
    fn a_headline_of_one_rescue_is_told_by_its_words() {
        assert!(rescue_headline(
            "Railway Guards Rescue 19 Trafficked Children From Express Train"
        ));
        assert!(rescue_headline(
            "Airport Officers Thwart Trafficker, 5 Victims Kept From Flight"
        ));
        // A year or a tally makes it a count over time; a sentence is no headline.
        assert!(!rescue_headline(
            "Agency Rescues 45 Trafficking Victims In 2021"
        ));
        assert!(!rescue_headline(
            "Police Rescue 45 Victims In Six Months Of Data"
        ));
        assert!(!rescue_headline("Police rescued 19 children from a train."));
        assert!(!rescue_headline("police rescue 19 children from a train"));
        assert!(!rescue_headline("Trafficking Hits 27 Million Worldwide"));
    }

    #[test]
    fn the_people_of_a_place_are_no_people_in_harm() {
        assert!(framed(
            "Of Ghana’s 34 million people, some 1.9 million are in child labour.",
            "34"
        ));
        assert!(framed(
            "Among Peru's 34 million citizens, many are poor.",
            "34"
        ));
        assert!(framed(
            "About 9 million migrants – nearly a third of the country’s total population – keep its farms going.",
            "9"
        ));
        assert!(framed(
            "About 9 million migrants (nearly a third of the country's population) keep its farms going.",
            "9"
        ));
        // People in harm, or the world's, are not a place's population.
        assert!(!framed(
            "Ghana’s 1.9 million people in child labour work mostly on farms.",
            "1.9"
        ));
        assert!(!framed(
            "The world’s 50 million people in modern slavery are hidden.",
            "50"
        ));
        assert!(!framed(
            "About 9 million migrants – most of them in forced labour – keep its farms going.",
            "9"
        ));
    }

    #[test]
    fn the_countries_an_index_ranks_or_covers_are_frames() {
        assert!(framed(
            "The index presents a ranking of 167 countries by their share of people enslaved.",
            "167"
        ));
        assert!(framed(
            "The Global Slavery Index gives national estimates of modern slavery for 160 countries.",
            "160"
        ));
        // No index named: the countries a report's data come from, or a count on the topic.
        assert!(!framed(
            "UNODC's report draws on data from 141 countries.",
            "141"
        ));
        assert!(!framed(
            "Forced labour was found in 38 countries last year.",
            "38"
        ));
    }

    #[test]
    fn countries_the_sentence_names_are_counted_places() {
        assert!(framed(
            "It spread to five countries: Laos, Peru and Chad.",
            "five"
        ));
        assert!(framed(
            "It has reached four other Pacific countries – Fiji, Samoa, Tonga and Palau.",
            "four"
        ));
        assert!(framed(
            "The region takes in 30 nations, from Portugal to Kazakhstan.",
            "30"
        ));
        assert!(framed(
            "In two countries, Fiji and Palau, the cases rose.",
            "two"
        ));
        // A spaced hyphen for the dash, with or without `other`.
        assert!(framed(
            "Routes run through four countries - Mali, Niger, Chad and Libya.",
            "four"
        ));
        assert!(framed(
            "Routes run through three other nations -- Mali, Niger and Chad.",
            "three"
        ));
        assert!(framed(
            "Forced labour is rife in 21 other countries such as China and Russia.",
            "21"
        ));
        // The names after a colon that ends the clause.
        assert!(framed(
            "Scam compounds hold forced workers in three countries above all, where the gangs act freely: Laos, Myanmar and Cambodia.",
            "three"
        ));
        assert!(!framed(
            "Victims were found in 40 countries, the report says: most in Asia.",
            "40"
        ));
        assert!(!framed(
            "Cases were found in 40 countries, Europol said.",
            "40"
        ));
        // Countries a report covers, or people after the dash, are no list of names.
        assert!(!framed(
            "The report covers 160 countries – the widest coverage yet.",
            "160"
        ));
        assert!(!framed(
            "The report covers 160 countries - the widest coverage yet.",
            "160"
        ));
        assert!(!framed(
            "Victims came from 40 countries, from which most were sent home.",
            "40"
        ));
        assert!(!framed("Victims from 127 countries were found.", "127"));
    }

    #[test]
    fn a_campaign_or_a_survey_round_named_by_a_number_is_a_name() {
        assert!(framed(
            "The 20 for Justice campaign asks for new laws.",
            "20"
        ));
        assert!(framed("The MICS 6 survey asked about marriage.", "6"));
        assert!(framed("As per the NFHS 5 data, the rate fell.", "5"));
        // Numbers for something, or after a body's initials, are counts.
        assert!(!framed("Police rescued 20 for the second time.", "20"));
        assert!(!framed("The FIA 25 arrested were released.", "25"));
        assert!(!framed("The ILO counted 27 million people.", "27"));
    }

    #[test]
    fn one_or_more_and_borders_crossed_are_no_people_counted() {
        assert!(framed("It is abuse by one or more people for gain.", "one"));
        assert!(framed("Most victims cross at least one border.", "one"));
        assert!(framed("They crossed three borders on foot.", "three"));
        assert!(!framed("At least one victim is found every week.", "one"));
        assert!(!framed("It found one or two victims.", "one"));
    }

    #[test]
    fn bodies_and_local_areas_counted_are_frames() {
        assert!(framed(
            "The task force brings together over 40 agencies from the county.",
            "40"
        ));
        assert!(framed("Five NGOs joined the police in the search.", "Five"));
        assert!(framed(
            "The children came from four local government areas in Kano.",
            "four"
        ));
        assert!(framed("Nine government agencies signed the pact.", "Nine"));
        // The people the bodies count are no bodies.
        assert!(!framed(
            "The agencies identified 40 victims in the county.",
            "40"
        ));
        assert!(!framed(
            "Government figures show 300 children were sold.",
            "300"
        ));
    }

    #[test]
    fn a_handful_of_people_is_a_story_unless_a_tally_word_says_otherwise() {
        assert!(spelled_few("three", Some(3.0)) && spelled_few("Ten", Some(10.0)));
        assert!(!spelled_few("3", Some(3.0)) && !spelled_few("twelve", Some(12.0)));
        assert!(handful_story("police arrested three among them."));
        assert!(handful_story(
            "the return of three filipinos — two men and one woman."
        ));
        assert!(!handful_story(
            "during this period, three cases were filed."
        ));
        assert!(!handful_story("police rescued five victims last year."));
        assert!(!handful_story("five children are trafficked each day."));
        assert!(handful_story("two men were held two days later."));
    }

    #[test]
    fn one_employers_penalty_is_a_case() {
        assert!(one_employers_penalty(
            "the cleaning firm was fined $2 million for employing 80 children on night shifts."
        ));
        assert!(one_employers_penalty(
            "the bakery paid a penalty after inspectors found 12 minors were employed there."
        ));
        assert!(!one_employers_penalty(
            "employers were fined $9 million for employing 4,000 children last year."
        ));
        assert!(!one_employers_penalty(
            "the firm was fined $2 million for selling goods made with forced labour."
        ));
    }

    #[test]
    fn a_title_case_headline_may_keep_prepositions_small() {
        assert!(rescue_headline(
            "Twelve Workers Rescued from Fishing Boat off Coast"
        ));
        assert!(!rescue_headline(
            "twelve workers rescued from a fishing boat"
        ));
    }

    #[test]
    fn people_held_in_or_rescued_from_one_place_are_a_case() {
        for after in [
            " were kept in a different house.",
            ", 4 and 11 were kept in a different house.",
            " were rescued from a brothel in the city.",
            " girls were held in the same compound",
        ] {
            assert!(held_in_one_place(after), "{after}");
        }
        for after in [
            " were rescued from brothels across the state.",
            " were rescued last year.",
            " were kept in bondage for years, in a house.",
            " were rescued while on their way abroad.",
        ] {
            assert!(!held_in_one_place(after), "{after}");
        }
    }

    #[test]
    fn a_place_in_a_ranking_by_a_superlative_or_a_verb_of_ranking_is_a_rank() {
        let ranked = |sentence: &str, number: &str| {
            let at = sentence.find(number).unwrap();
            superlative_rank(&sentence[..at], &sentence[at + number.len()..])
        };
        assert!(ranked(
            "It has the second highest count of cases.",
            "second"
        ));
        assert!(ranked("the 4th-largest criminal trade", "4th"));
        assert!(ranked("the third most common form", "third"));
        assert!(ranked("The index ranked the country sixth.", "sixth"));
        assert!(ranked("It was ranked third by number of victims.", "third"));
        assert!(!ranked("The country stays in the second tier.", "second"));
        assert!(!ranked("The state ranks No. 7 for reports.", "7"));
        assert!(!ranked("Both were ranked in Tier 3.", "3"));
        assert!(!ranked("Kenya is now third in Africa for cases.", "third"));
        assert!(!ranked("the second arrest of the year", "second"));
    }

    #[test]
    fn a_company_size_a_duty_applies_from_is_a_threshold() {
        let at = |text: &str, number: &str| {
            let start = text.find(number).unwrap();
            size_threshold(text, start, start + number.len())
        };
        let text = "Firms with an annual turnover of at least £40m must report on forced labour.";
        assert!(at(text, "£40m"));
        let text = "Entities with revenue over $90 million are required to file a report.";
        assert!(at(text, "$90 million"));
        let text = "The law applies to firms with $30 million in assets or more.";
        assert!(at(text, "$30 million"));
        // Profits or a turnover with no duty, or a duty far from the size word, are not.
        let text = "Forced labour has a turnover of $150 billion a year.";
        assert!(!at(text, "$150 billion"));
        let text = "Traffickers earn $150 billion a year, and firms must check their suppliers.";
        assert!(!at(text, "$150 billion"));
        let text = "Firms must act: $150 billion in profits come from forced labour.";
        assert!(!at(text, "$150 billion"));
    }

    #[test]
    fn a_vote_and_a_headcount_a_duty_applies_from_are_frames() {
        let vote = "The ban passed with 480 votes in favour, 12 against and 30 abstentions.";
        for number in ["480", "12", "30"] {
            assert!(framed(vote, number), "{number}");
        }
        assert!(framed("It cleared the house by 301 votes to 9.", "9"));
        let duty = "Firms with more than 500 employees are required to report on forced labour.";
        assert!(framed(duty, "500"));
        // Votes with no tally against, and employees with no duty, are counts.
        assert!(!framed(
            "Some 2,000 votes were bought by traffickers.",
            "2,000"
        ));
        assert!(!framed("Factories with 300 employees were raided.", "300"));
        assert!(!framed(
            "The agency found 40 employees in forced labour.",
            "40"
        ));
        // A day in brackets after its weekday, a run of years, a wage named before a sum.
        assert!(framed(
            "The report came out on Monday (24), officials said.",
            "24"
        ));
        assert!(!framed("Cases rose in Punjab (24) and Sindh (9).", "24"));
        assert!(framed(
            "It stayed on the list for six consecutive years.",
            "six"
        ));
        let wage = "They were paid monthly wages as low as 24,000 pesos.";
        assert!(framed(wage, "24,000 pesos"));
        let rate = "Agents are paid up to Rs 4,000 for every girl trafficked.";
        assert!(!framed(rate, "Rs 4,000"));
        assert!(!framed(
            "Forced labour costs $21 billion in unpaid wages.",
            "$21 billion"
        ));
        // Endnotes, industries, videos and compounds are not people.
        assert!(framed("The report cites more than 300 endnotes.", "300"));
        assert!(framed(
            "Goods on the list span over sixteen industries.",
            "sixteen"
        ));
        assert!(framed("Analysts geolocated 15 videos of the camps.", "15"));
    }

    #[test]
    fn phone_numbers_are_frames() {
        assert!(framed("If you need help, call 100 at once.", "100"));
        // A short emergency number after a dialling verb in another tense; not a count.
        assert!(framed(
            "The drivers also called 911 and the state police.",
            "911"
        ));
        assert!(framed("She dialled 999 from the back of the van.", "999"));
        assert!(!framed(
            "The hotline called 2,250 survivors back last year.",
            "2,250"
        ));
        let text = "To report a case, contact the police at 131 444 today.";
        assert!(framed(text, "131") && framed(text, "444"));
        assert!(framed("Ring the helpline on 0800 6123.", "0800"));
        // A text short code, but not a count that a text was sent to.
        assert!(framed(
            "Or text “AID” to 345 678 to reach an adviser.",
            "345 678"
        ));
        assert!(framed("Text the word SAFE to 24680.", "24680"));
        assert!(!framed("The text was sent to 25,000 workers.", "25,000"));
        assert!(!framed("The text went to 300 numbers.", "300"));
        // `at` or `on` alone, with a count that is not written in groups, is no phone number.
        assert!(!framed(
            "The hotline took calls at 300 centres in 2023.",
            "300"
        ));
        assert!(!framed("Calls to the hotline rose to 12,000.", "12,000"));
        // A toll-free number spelt in letters, but not a range of counts.
        assert!(framed("Victims may ring 1-800-SAFE-NOW any time.", "1-800"));
        assert!(!framed("Between 1-800 victims were found.", "1-800"));
    }

    #[test]
    fn counts_of_kilns_or_contracts_in_a_sentence_without_people_are_things_only() {
        let text = "There are 8,200 brick kilns, of which 6,100 are operating.";
        let at = text.find("8,200").unwrap();
        assert!(things_only(text, at, at + 5));
        assert!(framed(text, "8,200"));
        let text = "There are 8,200 brick kilns, where 6,100 children work.";
        assert!(!things_only(text, at, at + 5));
        // A count of states heads a list of counts of people per state.
        let text = "Most cases were in four states: Bihar (260) and Goa (163).";
        let at = text.find("four").unwrap();
        assert!(!things_only(text, at, at + 4));
    }

    #[test]
    fn top_before_a_large_amount_after_a_noun_is_a_verb() {
        assert!(top_as_verb("top", Some("profits"), "$150 billion"));
        assert!(top_as_verb("top", Some("cases"), "10,000"));
        // A ranking's `top`: after `the` or `in`, before a small number, or opening a headline.
        assert!(!top_as_verb("top", Some("the"), "$150 billion"));
        assert!(!top_as_verb("top", Some("profits"), "10"));
        assert!(!top_as_verb("Top", None, "10,000"));
        assert!(!top_as_verb("per", Some("cases"), "100,000"));
    }

    #[test]
    fn migrants_and_nationals_abroad_are_counted_as_movers_unless_held_or_working() {
        let s = "Since May, 4,100 irregular migrants have landed.";
        assert!(counts_movers("irregular migrants", s));
        let s = "There are 260,000 Nepalis in the Gulf.";
        assert!(counts_movers("Nepalis", s));
        assert!(counts_movers(
            "Venezuelans",
            "About 7 million Venezuelans have left."
        ));
        // Nationals rescued, trapped or working may be victims.
        let s = "Around 900 Nepalis were rescued from homes.";
        assert!(!counts_movers("Nepalis", s));
        let s = "Some 5,000 Indians were trapped by a job scam.";
        assert!(!counts_movers("Indians", s));
        // Nouns that only look like nationalities, and people who are not on the move.
        assert!(!counts_movers(
            "orphans",
            "There are 3,000 orphans in care."
        ));
        assert!(!counts_movers(
            "children",
            "There are 3,000 children in care."
        ));
    }

    #[test]
    fn age_thresholds_wages_survey_sizes_and_footnotes_are_frames() {
        assert!(framed(
            "Girls wed before they turn 18 lose their schooling.",
            "18"
        ));
        assert!(framed("Some girls under 18 are married each year.", "18"));
        assert!(framed(
            "Women married before they were 18 were asked.",
            "18"
        ));
        assert!(!framed("In 2020, it rose to 18 in the state.", "18"));
        assert!(framed("Trafficked boys earn about $3 a day.", "$3"));
        assert!(framed(
            "They were paid between $1.50 and $2 per hour.",
            "$1.50"
        ));
        assert!(framed("He collects rags for Rs 50 per month.", "Rs 50"));
        assert!(!framed("Households spend $34 a week on such goods.", "$34"));
        assert!(!framed(
            "Traffickers made $150 billion a year.",
            "$150 billion"
        ));
        assert!(framed(
            "The index, surveying 43,000 people, came out.",
            "43,000"
        ));
        assert!(framed("More than 11,000 interviews were held.", "11,000"));
        assert!(framed(
            "In all, 3,000 cotton pickers were surveyed.",
            "3,000"
        ));
        assert!(!framed(
            "Of those surveyed, 40% had been recruited online.",
            "40%"
        ));
        assert!(!framed(
            "Some 3,000 cotton pickers were forced to work.",
            "3,000"
        ));
        assert!(framed("Forced labour is everywhere.[6] It grows.", "6"));
        assert!(framed(
            "Here are the 50 U.S. states by reported cases.",
            "50"
        ));
        assert!(framed(
            "We found 4,210 child workers in the data set.",
            "4,210"
        ));
        assert!(framed(
            "The data were collected from 9,800 households.",
            "9,800"
        ));
        assert!(!framed(
            "Some 9,800 households were in debt bondage.",
            "9,800"
        ));
        assert!(framed("Most victims live in these 10 countries.", "10"));
        assert!(!framed("Victims were found in 10 countries.", "10"));
        // The countries a ranking covers are its size (a frame, as the index's countries are).
        assert!(framed(
            "Out of 150 countries, the island ranked tenth.",
            "150"
        ));
        assert!(framed(
            "It ranked tenth out of 150 countries with slavery data.",
            "150"
        ));
        assert!(framed("Two out of 150 workers were owed wages.", "150"));
    }

    #[test]
    fn denominators_ranks_targets_ages_and_unit_counts_are_frames() {
        assert!(framed("Prevalence is 10.4 per 1,000 people.", "1,000"));
        assert!(framed(
            "For every 10 victims detected, five are women.",
            "10"
        ));
        assert!(framed(
            "Three out of 1,000 people are in forced labour.",
            "1,000"
        ));
        assert!(framed("It is not among the top 10 countries.", "10"));
        assert!(framed(
            "The country rated 66 out of 100 for vulnerability.",
            "66 out of 100"
        ));
        assert!(framed(
            "Four countries score at least 8 out of 10 on this.",
            "8 out of 10"
        ));
        assert!(!framed(
            "It topped the list with a score of 104.6.",
            "104.6"
        ));
        assert!(framed(
            "Rises may reflect either (1) more crime or (2) better detection.",
            "1"
        ));
        assert!(!framed("Victims were found in (12) districts.", "12"));
        assert!(framed(
            "47.54/100 Vulnerability to Modern Slavery",
            "47.54/100"
        ));
        assert!(framed(
            "Under Section 24 (1) of the Act, cases close fast.",
            "1"
        ));
        assert!(!framed("Some 3/4 of victims were women.", "3/4"));
        assert!(framed("The survey covered 29 districts.", "29"));
        assert!(framed("It ranks first among 36 states and UTs.", "36"));
        assert!(framed("The line takes calls in over 200 languages.", "200"));
        assert!(framed(
            "Call the hotline at (888) 373-7888 today.",
            "373-7888"
        ));
        assert!(framed("The target of SDG 8.7 is missed.", "8.7"));
        assert!(framed("Children as young as 12 are recruited.", "12"));
        assert!(framed(
            "Of those in the five to 17 age group, many work.",
            "five"
        ));
        assert!(framed(
            "Of those in the five to 17 age group, many work.",
            "17"
        ));
        assert!(framed("Text the hotline at \"HELP\" (233733).", "233733"));
        assert!(framed(
            "The 10 countries with the highest prevalence include Eritrea.",
            "10"
        ));
        assert!(framed("The bill makes 40 amendments to the code.", "40"));
        assert!(framed(
            "Traffickers move girls along the 1,200-kilometre border.",
            "1,200"
        ));
        assert!(framed("The farm covers 40 hectares of cocoa.", "40"));
        assert!(framed(
            "He was jailed and given a fine of N5 million.",
            "N5 million"
        ));
        assert!(framed("He was fined Rs200,000 by the court.", "Rs200,000"));
    }

    #[test]
    fn statistics_are_not_frames() {
        assert!(!framed(
            "Some 27.6 million people are in forced labour.",
            "27.6 million"
        ));
        assert!(!framed("Some 10 per cent of children work.", "10 per cent"));
        assert!(!framed("Cases rose to 412 in 2022.", "412"));
        assert!(!framed("One in every 160 people is enslaved.", "One"));
        assert!(!framed("Detections rose 5 to 7 per cent.", "5"));
        assert!(!framed(
            "The report covers 156 countries and territories.",
            "156"
        ));
        assert!(!framed(
            "It fell (to 21.5 per cent), population growth aside.",
            "21.5 per cent"
        ));
    }

    #[test]
    fn a_count_after_for_every_n_is_a_share() {
        let sentence = "For every 10 victims detected, five are adult women and two are girls.";
        let mentions = crate::extract::extract(sentence);
        let share = |number: &str| {
            let start = sentence.find(number).unwrap();
            let m = mentions.iter().find(|m| m.start == start).unwrap();
            part_of_every(sentence, start, m).map(|r| (r.low, r.high))
        };
        assert_eq!(share("five"), Some((0.45, 0.55)));
        assert_eq!(share("two"), Some((0.15, 0.25)));
        assert_eq!(share("10"), None);
    }

    #[test]
    fn a_share_of_victims_rescued_or_identified_is_a_found_rate() {
        assert!(found_rate(" of those victims are ever rescued."));
        assert!(found_rate(" out of every 100 victims is ever rescued"));
        assert!(found_rate(" are identified, the institute says"));
        assert!(!found_rate(" of victims are women, and most are rescued"));
        assert!(!found_rate(
            " of victims are trafficked for sexual exploitation"
        ));
        assert!(!found_rate(" of detected victims are children"));
        // Where they are found is no rate of finding.
        assert!(!found_rate(
            " of forced labour cases are found in the private sector"
        ));
    }

    #[test]
    fn schooling_and_poverty_statistics_are_recognised() {
        assert!(other_statistic(
            "Some 20 million children are Out of School."
        ));
        assert!(other_statistic("A third live below the poverty line."));
        assert!(other_statistic(
            "The city logged 90 Murder cases last year."
        ));
        assert!(other_statistic(
            "One in 8 children faced sexual violence at home."
        ));
        assert!(other_statistic("Four workers died when the wall fell."));
        assert!(other_statistic("Some 20 migrants were shot dead at sea."));
        assert!(other_statistic(
            "It recorded 20 convictions for rape and domestic violence."
        ));
        assert!(other_statistic(
            "The overall incidents of crime rose by 1.4 per cent."
        ));
        assert!(other_statistic(
            "Some 800,000 children go missing each year."
        ));
        assert!(!other_statistic("Traffickers faced 12 charges."));
        assert!(!other_statistic("Prices of grapes rose 12%."));
        assert!(!other_statistic(
            "Some 20 million children are in child labour."
        ));
    }

    #[test]
    fn row_numbers_prison_terms_age_gaps_and_parts_of_a_text_are_frames() {
        let table = "S.No. Year Cases 1 2019 640 2 2020 745 3 2021 806";
        let at = table.find(" 2 2020").unwrap() + 1;
        assert!(frame(table, at, at + 1));
        assert!(!framed("In 2 2020 surveys, 640 victims were found", "640"));
        assert!(!framed("Some 2 2020 cases", "2"));
        assert!(framed("They were jailed between 5 and 7 seven years.", "5"));
        assert!(framed("He was sentenced to 12 years.", "12"));
        assert!(!framed("Police jailed 40 traffickers last year.", "40"));
        assert!(framed("She was married to a man twice her age.", "twice"));
        assert!(!framed(
            "Arrests rose twice as fast as convictions.",
            "twice"
        ));
        assert!(framed("The report lists eight key facts.", "eight"));
        assert!(framed(
            "The study is summarised in eleven key points.",
            "eleven"
        ));
        assert!(!framed("Some 30 key witnesses were trafficked.", "30"));
        assert!(!framed("The index fell 3 points.", "3"));
        assert!(framed("The report came out on Friday 17 (October).", "17"));
        assert!(!framed("By Friday 170 people had been freed.", "170"));
        assert!(framed(
            "At this rate it will take 200 more years to end it.",
            "200"
        ));
        assert!(!framed("There were 200 more victims than in 2020.", "200"));
        assert!(framed("India sits at 2 on a 1-3 trafficking scale.", "1-3"));
        assert!(framed(
            "A seven- or eight-year-old at work is a child labourer.",
            "seven"
        ));
        assert!(!framed("Some 40 - or more - children were freed.", "40"));
        assert!(framed("She addressed a conference of 300 people.", "300"));
        assert!(!framed(
            "The conference heard that 300 people were freed.",
            "300"
        ));
    }

    #[test]
    fn people_found_in_one_place_and_money_taken_from_one_person_are_case_details() {
        assert!(found_in_one_place(
            " migrants were found in the premises he rented"
        ));
        assert!(found_in_one_place(
            " men were found in minibus taxis in Limpopo"
        ));
        assert!(found_in_one_place(
            " people were found up at a gated estate"
        ));
        assert!(!found_in_one_place(
            " victims were found in the capital last year"
        ));
        assert!(!found_in_one_place(" children were found to be working"));
        assert!(taken_from_one("police seized $500 from one individual"));
        assert!(taken_from_one(
            "and recovered rs2 million from his possession"
        ));
        assert!(!taken_from_one("assets worth rs420 million were frozen"));
    }

    #[test]
    fn one_court_case_is_told_in_the_numbers_clause() {
        assert!(one_case(" a case was filed against 17 suspects"));
        assert!(one_case(" including that of a pimp who sold 9 girls"));
        assert!(!one_case("In 2022, 1,440 cases were filed"));
        assert!(one_operation("police raided a brothel and freed 12 women"));
        assert!(!one_operation("police raided 40 brothels last year"));
    }

    #[test]
    fn a_footnote_glued_to_a_full_stop_is_a_frame() {
        assert!(framed("Forced labour earns billions every year.1", "1"));
        assert!(framed(
            "Some 40 million were enslaved as of 2016.2",
            "2016.2"
        ));
        assert!(!framed("Some 40 million were enslaved. 12 more", "12"));
        assert!(!framed("The index stood at 2016.2 points", "2016.2"));
        assert!(framed(
            "Some 40 million were enslaved as of 2016.2 The next report",
            "2016.2"
        ));
        assert!(framed(
            "Some 40 million were enslaved as of 2016.2.",
            "2016.2"
        ));
        assert!(!framed("Shares rose 2.5 per cent", "2.5"));
        // After a word's comma, the sentence going on in lower case.
        assert!(framed(
            "The hotline found 9,000 victims in three years,3 though many more exist",
            "3"
        ));
        assert!(!framed("The counts were 4,3 and 2 in all", "3"));
        assert!(!framed("In Kenya,3 Ugandans were freed", "3"));
    }

    #[test]
    fn a_paragraph_of_one_operation_night_or_hour_makes_an_events_count_a_detail() {
        // The sentence tells the count as one event, with no tally over time.
        assert!(told_as_one_event(
            "in total 11 boys were found and taken into care."
        ));
        assert!(told_as_one_event("the teams saved 41 children."));
        assert!(!told_as_one_event("the teams saved 41 children last year."));
        assert!(!told_as_one_event("the county counts 41 children in work."));
        // The paragraph names one operation, a day's night or morning, or a clock time.
        for one in [
            "a dawn operation was carried out. the teams saved 41 children.",
            "guards halted a lorry at 10.40pm and 11 boys were removed.",
            "the bus was stopped at 9 p.m. and 6 girls were removed.",
            "on tuesday morning two more minibuses were stopped.",
        ] {
            assert!(paragraph_of_one_operation(one), "{one}");
        }
        for not in [
            // The day a count was announced, and a tally over time.
            "the minister said on tuesday that 380 traffickers had been arrested.",
            "on saturday night, police said 212 victims were rescued since january.",
            "operations freed 41 children in 2023.",
        ] {
            assert!(!paragraph_of_one_operation(not), "{not}");
        }
    }

    #[test]
    fn a_count_of_police_forces_is_of_the_forces_taking_part() {
        // `n` starts with the number, which ends at its first space.
        let framed = |s: &str, n: &str| {
            let at = s.find(n).unwrap();
            frame(s, at, at + n.find(' ').unwrap_or(n.len()))
        };
        assert!(framed(
            "Since 2021 the 21 police services have:",
            "21 police"
        ));
        assert!(framed("All 43 police forces sent data.", "43"));
        assert!(!framed("The 21 police officers were charged.", "21"));
        assert!(!framed("Police forces recorded 5,000 offences.", "5,000"));
    }

    #[test]
    fn the_scan_before_a_paragraph_is_read_keeps_every_sign_of_one_operation() {
        for yes in [
            "An overnight operation saved 9.",
            "Police Raid frees 9.",
            "stopped at 9.15pm",
            "stopped at 11 p.m.",
            "On Sunday morning",
        ] {
            assert!(may_tell_one_operation(yes), "{yes}");
        }
        for no in [
            "During the year 9 were found.",
            "A mere 9 came among them.",
            "9 saw them",
        ] {
            assert!(!may_tell_one_operation(no), "{no}");
        }
    }

    #[test]
    fn the_second_of_two_ages_is_an_age_too() {
        let framed = |s: &str, n: &str| {
            let at = s.rfind(n).unwrap();
            frame(s, at, at + n.len())
        };
        assert!(framed("Some were as young as 4 or 5.", "5"));
        assert!(framed("Children as young as 9 to 11 were found.", "11"));
        assert!(!framed("Police found 4 or 5 victims in the house.", "5"));
    }

    #[test]
    fn one_operation_is_named_with_an_article_and_in_the_singular() {
        assert!(one_operation("the operation freed 40 people."));
        assert!(one_operation(
            "police said a dawn raid at the farm found 12 workers."
        ));
        assert!(one_operation(
            "in a joint rescue operation, 30 women were freed."
        ));
        assert!(!one_operation(
            "police freed 599 people in 146 raids last year."
        ));
        assert!(!one_operation("scam operations hold 100,000 people."));
        assert!(!one_operation("a crackdown led to 300 arrests."));
        assert!(!one_operation("cooperation between states rose."));
        assert!(one_operation(
            "police busted a trafficking ring, freeing 27 women."
        ));
        assert!(!one_operation("during the year 300 victims were found."));
        assert!(one_operation(
            "undercover trafficking sting leads to 40 arrests"
        ));
        assert!(one_operation("border raid nets 12 suspects"));
        assert!(one_operation("federal operation rescues 212 farm workers"));
        assert!(one_operation("dawn raid frees 40 women"));
        assert!(!one_operation(
            "trafficking ring led by a couple held 30 women."
        ));
        assert!(one_operation(
            "the cross-border anti-trafficking and smuggling operation saw 170 arrests."
        ));
    }

    #[test]
    fn a_story_detail_is_one_events_count_or_a_small_sum_and_a_tally_is_not() {
        let detail = |text: &str, number: &str| {
            let mentions = crate::extract::extract(text);
            let claims = crate::claim::claims(text, &mentions);
            let at = text.find(number).unwrap();
            let claim = claims.iter().find(|c| c.mention.start == at).unwrap();
            story_detail(text, claim)
        };
        // One event told in the past tense, with no period.
        assert!(detail("Deputies arrested 17 men at a motel.", "17"));
        assert!(detail("Officials freed 23 boys from a farm.", "23"));
        // A small sum with no period; a large one is a tally of money.
        assert!(detail("The contractor handed Rs 300 to the men.", "Rs 300"));
        assert!(!detail(
            "Agents froze accounts worth Rs 720 million.",
            "Rs 720 million"
        ));
        // Counts of cases, with a period, or told without an event's verb are tallies.
        assert!(!detail("The county recorded 214 cases last year.", "214"));
        assert!(!detail(
            "Of the 244 cases, 284 suspects were arrested.",
            "284"
        ));
        assert!(!detail("Police rescued 1,200 people in 2023.", "1,200"));
        assert!(!detail(
            "The charity supported 640 girls and 480 boys.",
            "480"
        ));
        assert!(!detail("The charity supported 640 (57%) girls.", "57%"));
    }

    #[test]
    fn items_listed_under_one_operation_are_case_details() {
        let item = |text: &str, needle: &str| {
            let at = text.find(needle).unwrap();
            let end = text[at..].find('\n').map_or(text.len(), |e| at + e);
            listed_under_one_operation(text, &(at..end))
        };
        // A list a paragraph an item, under a lead-in naming the operation bare.
        let spread = "Police ran a week-long sting in the port.\n\nWhat the sting found:\n\n\
                      40 victims found\n\n12 suspects arrested\n";
        assert!(item(spread, "12 suspects"));
        assert!(item(spread, "40 victims"));
        // The lead-in names nothing, the paragraph before it names one raid.
        let lead = "In a raid on the farm, officers searched every shed.\n\nResults:\n\n\
                    31 workers freed\n";
        assert!(item(lead, "31 workers"));
        // A markdown list in one block under its lead-in.
        assert!(item(
            "Outcomes of the raid:\n- 9 arrests\n- 14 people freed\n",
            "14 people"
        ));
        // A tally over time, a lead-in naming no operation, or prose between: not one.
        assert!(!item(
            "Results of the operations last year:\n\n300 arrests\n",
            "300"
        ));
        assert!(!item(
            "The report found:\n\n27 million in forced labour\n",
            "27 million"
        ));
        assert!(!item(
            "The raid's results:\n\nThe police spoke after it.\n\n50 victims\n",
            "50 victims"
        ));
        // A sentence of prose is not a list item.
        assert!(!item(
            "The operation's results:\n\n12 people were arrested.\n",
            "12 people"
        ));
    }

    #[test]
    fn one_rescue_by_a_force_is_a_case_detail_unless_a_tally() {
        assert!(one_rescue(
            "the cambodian police have rescued 34 nationals from a scam compound."
        ));
        assert!(one_rescue(
            "inspectors travelled from the capital to rescue 50 people from a farm."
        ));
        assert!(!one_rescue("police rescued 600 victims last year."));
        assert!(!one_rescue(
            "police rescued 212 victims in punjab in march."
        ));
        assert!(one_rescue("on december 9, the police rescued 31 people."));
        assert!(!one_rescue(
            "a total of 829 people were rescued by police and given protection orders."
        ));
        assert!(!one_rescue("the agency rescued 2,743 victims."));
        // One place, no force named.
        assert!(one_rescue(
            "at least 34 workers were rescued from a brick kiln near the border."
        ));
        assert!(one_rescue("of 40 women, 3 were rescued from a brothel."));
        assert!(!one_rescue(
            "in brazil, 212 workers were freed from slavery conditions."
        ));
        assert!(!one_rescue(
            "some 600 were rescued from brothels over the last two years."
        ));
        assert!(!one_rescue("police arrested 12 suspects."));
    }

    #[test]
    fn national_bodies_are_named_as_whole_words() {
        assert!(names_national_body(
            "A total of 4,746 people were referred to the Home Office."
        ));
        assert!(names_national_body("NAPTIP received 1,440 cases."));
        assert!(!names_national_body("The FIAT company was not involved."));
        assert!(!names_national_body("UNODC counted 50,000 victims."));
        assert!(opens_on_the_issue(
            "this critical issue affects 27.6 million people."
        ));
        assert!(opens_on_the_issue("the crime touches 50 million lives."));
        assert!(!opens_on_the_issue(
            "the report says 27.6 million people face this issue."
        ));
        assert_eq!(
            national_abbreviations(
                "The Ghana Statistical Service said so. Kenya National Bureau of Statistics \
                 agreed, and the Uganda Bureau of Statistics (UBOS) too. GSS added more."
            ),
            ["UBOS", "GSS", "KNBS", "UBS"]
        );
        assert!(national_abbreviations("The ILO (ILO) and the Home Office spoke.").is_empty());
        let survey = "The National Labour Force Survey found 6.2 million children in child labour.";
        assert!(names_national_body(survey) && names_national_survey(survey));
        assert!(!names_national_survey(
            "The estimates draw on national labour force surveys."
        ));
    }

    #[test]
    fn an_age_the_clause_states_is_a_frame() {
        assert!(framed("The age of entry into prostitution is 13.", "13"));
        assert!(!framed("The average age of victims is 23.", "23"));
        assert!(!framed(
            "The mean age of boys was 14, while the mean age of girls was 12.",
            "12"
        ));
        assert!(!framed(
            "The share of those under the age of 18 is 64%.",
            "64%"
        ));
        assert!(!framed("The number of victims is 50 in the county.", "50"));
    }

    #[test]
    fn forms_of_a_survey_and_units_of_a_count_of_units_are_frames() {
        assert!(framed("They filled in 900 farm household surveys.", "900"));
        assert!(framed("Two of the five world regions lead.", "Two"));
        assert!(framed("It lasts eight-to-10 months long.", "eight-to-10"));
        assert!(!framed("Two of the five victims were boys.", "Two"));
    }

    #[test]
    fn a_rescue_on_one_named_day_is_a_case_detail() {
        assert!(rescued_on_a_day(
            "on sunday 71 workers were rescued from a kiln."
        ));
        assert!(rescued_on_a_day("40 girls were freed on may 3rd, 2019."));
        assert!(!rescued_on_a_day(
            "1,400 people were rescued from january 1st to june 14th, 2023."
        ));
        assert!(!rescued_on_a_day(
            "on sunday officials said 900 were rescued last year."
        ));
        assert!(!rescued_on_a_day("71 workers were rescued from a kiln."));
    }
}
