//! Whether a claim's place, years, edition and credit fit a figure, and what a figure measures
//! when the table does not say.

use crate::claim::{Claim, Period, SIDES};
use crate::document::Date;
use crate::table::{Basis, Figure, Quantity, Timing};

use super::phrases::PhraseSet;

/// How well one side of a claim fits a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    /// The claim says something the figure is not about.
    Mismatch,
    /// The claim does not say, or says something tipcheck cannot compare.
    Unknown,
    /// The claim says the same.
    Match,
}

/// Places tipcheck knows the extent of: a claim naming one of these and a figure for another
/// are about different places.
const KNOWN_PLACES: &[&str] = &[
    "global",
    "pakistan",
    "punjab",
    "sindh",
    "khyber pakhtunkhwa",
    "balochistan",
    "south asia",
    "asia",
    "india",
    "bangladesh",
    "afghanistan",
    "nepal",
    "sri lanka",
    "china",
    "europe",
    "africa",
    "sub-saharan africa",
    "americas",
    "united states",
    "united kingdom",
    "middle east",
];

/// The place's name as compared, in any case: the world's names are `global`, `kp` is Khyber
/// Pakhtunkhwa.
pub fn place(name: &str) -> &str {
    if ["world", "worldwide", "globe", "the world"]
        .iter()
        .any(|w| name.eq_ignore_ascii_case(w))
    {
        "global"
    } else if name.eq_ignore_ascii_case("kp") {
        "khyber pakhtunkhwa"
    } else {
        // `the Americas` is the Americas.
        name.strip_prefix("the ")
            .or_else(|| name.strip_prefix("The "))
            .unwrap_or(name)
    }
}

/// Names that place a story in a country the table has figures for: its provinces and main
/// cities (a dateline `ISLAMABAD:` puts the story in Pakistan), or its other names (`the UK`,
/// `Britain` for the United Kingdom).
const PLACES_WITHIN: &[(&str, &[&str])] =
    &[("pakistan", PAKISTAN), ("united kingdom", UNITED_KINGDOM)];

/// The names of [`PLACES_WITHIN`], each list found in one pass over a text (in its order).
static WITHIN: [PhraseSet; 2] = [PhraseSet::new(PAKISTAN), PhraseSet::new(UNITED_KINGDOM)];

/// The United Kingdom's other names, two of its nations, its capital, its interior ministry and
/// its National Referral Mechanism, whose counts the table holds (see [`PLACES_WITHIN`]; another
/// country's mechanism comes with that country's name, which the claim's scope reads first); not
/// `England` or `Wales`, which New England and New South Wales hold.
const UNITED_KINGDOM: &[&str] = &[
    "united kingdom",
    "uk",
    "u.k.",
    "britain",
    "british",
    "scotland",
    "northern ireland",
    "london",
    "home office",
    "national referral mechanism",
];

/// Pakistan, its provinces and main cities (see [`PLACES_WITHIN`]).
const PAKISTAN: &[&str] = &[
    "pakistan",
    "pakistani",
    "islamabad",
    "lahore",
    "karachi",
    "peshawar",
    "quetta",
    "rawalpindi",
    "multan",
    "faisalabad",
    "punjab",
    "sindh",
    "khyber pakhtunkhwa",
    "khyber-pakhtunkhwa",
    "balochistan",
];

/// True when `text` names `place` (any case), or a province or city the table knows lies in it.
pub fn names_place(text: &str, place: &str) -> bool {
    if !place.is_ascii() || place.is_empty() {
        let text = text.to_lowercase();
        return text.contains(&place.to_lowercase());
    }
    let within = PLACES_WITHIN
        .iter()
        .position(|(country, _)| country.eq_ignore_ascii_case(place));
    let names = within
        .and_then(|k| PLACES_WITHIN.get(k))
        .map_or(&[][..], |(_, names)| *names);
    // A name of two words is also written with a hyphen (`Khyber-Pakhtunkhwa`).
    find_ignoring_case(text, place).next().is_some()
        || (place.contains(' ')
            && find_ignoring_case(text, &place.replace(' ', "-"))
                .next()
                .is_some())
        || match within.and_then(|k| WITHIN.get(k)) {
            // Every name of the place found in one pass over the text, not one pass a name.
            Some(set) => set.any_where(text, |at, end| between_words(text, at, end)),
            None => names.iter().any(|name| has_word(text, name)),
        }
}

/// True when `text[at..end]` stands between word boundaries: no letter or digit either side.
fn between_words(text: &str, at: usize, end: usize) -> bool {
    let before = text.get(..at).and_then(|t| t.chars().next_back());
    let after = text.get(end..).and_then(|t| t.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Where ASCII `needle` starts in `text`, ignoring ASCII case, without lower-casing a copy.
fn find_ignoring_case<'a>(text: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (hay, pin) = (text.as_bytes(), needle.as_bytes());
    // The needle's rarest letter is looked for, not its first (`l` of `lahore` is everywhere,
    // its `h` less so): far fewer places to compare.
    let anchor = (0..pin.len())
        .max_by_key(|&i| pin.get(i).map_or(0, |&b| rarity(b)))
        .unwrap_or(0);
    let letter = pin.get(anchor).copied().unwrap_or_default();
    memchr::memchr2_iter(
        letter.to_ascii_lowercase(),
        letter.to_ascii_uppercase(),
        hay,
    )
    .filter_map(move |at| {
        let start = at.checked_sub(anchor)?;
        hay.get(start..start + pin.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(pin))
            .then_some(start)
    })
}

/// How rare byte `b` is in English text, in any case: 0 for anything not a letter, then 1 for
/// `e` up to 26 for `z`.
fn rarity(b: u8) -> u8 {
    RARITY.get(usize::from(b)).copied().unwrap_or(0)
}

/// [`rarity`] of every byte.
// Built at compile time, where `get_mut` cannot be called; every index stays below 256.
#[allow(clippy::indexing_slicing)]
const RARITY: [u8; 256] = {
    // The letters from the most to the least common.
    let by_frequency = b"etaoinshrdlcumwfgypbvkjxqz";
    let mut rarity = [0; 256];
    let mut i = 0;
    while i < by_frequency.len() {
        let letter = by_frequency[i];
        rarity[letter as usize] = i as u8 + 1;
        rarity[letter.to_ascii_uppercase() as usize] = i as u8 + 1;
        i += 1;
    }
    rarity
};

/// True when `text` holds ASCII `word` (any case) between word boundaries.
fn has_word(text: &str, word: &str) -> bool {
    find_ignoring_case(text, word).any(|at| between_words(text, at, at + word.len()))
}

/// True when `name` (any case) is a region or country tipcheck knows (`Africa`, `South Asia`,
/// `North Africa`), not the world.
pub fn is_region(name: &str) -> bool {
    let name = place(name);
    name != "global" && known(name)
}

/// True when `place` (any case) is one of [`KNOWN_PLACES`], or a part of one named by its
/// side (`North Africa`, `Southeast Asia`: another place than Africa or Asia, and not the world).
fn known(place: &str) -> bool {
    if listed(place) {
        return true;
    }
    // The first space found by a plain loop (names are short), and the side compared last.
    let space = place.bytes().position(|b| b == b' ');
    let split = space.and_then(|at| Some((place.get(..at)?, place.get(at + 1..)?)));
    split.is_some_and(|(side, rest)| {
        listed(rest) && SIDES.iter().any(|s| side.eq_ignore_ascii_case(s))
    })
}

/// True when `place` (any case) is one of [`KNOWN_PLACES`]: only the names of its length are
/// compared (`fit::scope` asks this of the claim's place and of every figure's).
fn listed(place: &str) -> bool {
    let mut names = KNOWN_BY_LENGTH.get(place.len()).copied().unwrap_or(0);
    let first = place.as_bytes().first().map(u8::to_ascii_lowercase);
    while names != 0 {
        let k = names.trailing_zeros() as usize;
        // The first letters compared before the whole names (the names are lower-case).
        if KNOWN_PLACES.get(k).is_some_and(|p| {
            p.as_bytes().first() == first.as_ref() && p.eq_ignore_ascii_case(place)
        }) {
            return true;
        }
        names &= names - 1;
    }
    false
}

/// For each length of name, a bit for every [`KNOWN_PLACES`] entry of that length.
// Built at compile time, where `get_mut` cannot be called; every name is shorter than 32 bytes
// and there are fewer than 32 of them.
#[allow(clippy::indexing_slicing)]
const KNOWN_BY_LENGTH: [u32; 32] = {
    let mut by_length = [0; 32];
    let mut k = 0;
    while k < KNOWN_PLACES.len() {
        by_length[KNOWN_PLACES[k].len()] |= 1 << k;
        k += 1;
    }
    by_length
};

/// Whether the claim's place is the figure's.
pub fn scope(claim: &Claim, figure: &Figure) -> Fit {
    Said::default().fit(claim, figure)
}

/// What [`scope`] reads of a claim's place, worked out the first time it is asked: a checker
/// keeps one per claim for all the figures it weighs.
#[derive(Debug, Default)]
pub struct Said {
    /// Whether the place is one of [`KNOWN_PLACES`] (or a side of one).
    known: std::cell::OnceCell<bool>,
    /// Whether it is a place the claims stage knows ([`crate::claim::is_known_place`]).
    listed: std::cell::OnceCell<bool>,
}

impl Said {
    /// Whether the place of `claim` (the claim this is kept for) is the figure's (see
    /// [`scope`]).
    pub fn fit(&self, claim: &Claim, figure: &Figure) -> Fit {
        let Some(said) = claim.scope.as_deref() else {
            return Fit::Unknown;
        };
        let (said, theirs) = (place(said), place(&figure.scope));
        let known_said = || *self.known.get_or_init(|| known(said));
        if said.eq_ignore_ascii_case(theirs) {
            Fit::Match
        } else if known_said() && known(theirs) {
            Fit::Mismatch
        } else if theirs == "global"
            && said.starts_with(char::is_lowercase)
            && (said.ends_with("region") || said.ends_with("continent") || said.contains("-income"))
        {
            // `in lower-middle-income countries`, `in the region`, `on the continent`: a part of
            // the world named in common words (`in most regions` may be the world's own trend).
            Fit::Mismatch
        } else if known(theirs)
            && *self
                .listed
                .get_or_init(|| crate::claim::is_known_place(said))
            && !overlapping(said, theirs)
        {
            // `in Mexico, one in 10 children`: a country the sentence names, which no figure of the
            // world's or of another country's is for.
            Fit::Mismatch
        } else {
            Fit::Unknown
        }
    }
}

/// True when place `a` may lie in place `b` or hold it, as far as names tell (`Europe` and
/// `Europe and Central Asia`; `Karachi`, a city of Sindh and of Pakistan).
fn overlapping(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
    let in_country = |city: &str, place: &str| {
        PLACES_WITHIN.iter().any(|(country, names)| {
            names.contains(&city) && (*country == place || names.contains(&place))
        })
    };
    a.contains(&b) || b.contains(&a) || in_country(&a, &b) || in_country(&b, &a)
}

/// True when `text` holds `needle` (lower-case), ignoring ASCII case.
fn contains_lower(text: &str, needle: &str) -> bool {
    needle.is_empty()
        || text
            .as_bytes()
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// The first and last data years of a figure (`2018`, `2004-2018`, `2019-20`).
pub fn data_years(figure: &Figure) -> Option<(i32, i32)> {
    facts(figure).years
}

fn data_years_of(figure: &Figure) -> Option<(i32, i32)> {
    let years: Vec<i32> = figure
        .period
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|p| match p.len() {
            4 => p.parse().ok(),
            _ => None,
        })
        .collect();
    match years[..] {
        [] => None,
        [y] => {
            // `2019-20`
            let tail = figure.period.split(['-', '–']).nth(1).unwrap_or("");
            if tail.len() == 2
                && let Ok(t) = tail.parse::<i32>()
            {
                return Some((y, y / 100 * 100 + t));
            }
            Some((y, y))
        }
        [first, .., last] => Some((first, last)),
    }
}

/// Whether the claim's years are the figure's: `Match` when they name its data years.
pub fn period(claim: &Claim, figure: &Figure) -> Fit {
    let Some(Period { from, to, .. }) = claim.period.as_ref() else {
        return Fit::Unknown;
    };
    let Some((a, b)) = data_years(figure) else {
        return Fit::Unknown;
    };
    match (*from, *to) {
        (Some(f), Some(t)) if f == a && t == b => Fit::Match,
        // One year: the figure's, or the end of a one-year change (`fell 11% in 2020`).
        (Some(f), Some(t)) if f == t && f == b && (a == b || b - a == 1) => Fit::Match,
        (Some(f), Some(t)) if f == t => {
            // One year: the figure's own, or the year it was published, fit.
            let published = figure.published_year().parse::<i32>().ok();
            if (a..=b).contains(&f) || published == Some(f) {
                Fit::Unknown
            } else {
                Fit::Mismatch
            }
        }
        (Some(f), None) => {
            if a == b {
                // `since 2016` says nothing about a one-year figure.
                Fit::Unknown
            } else if f == a {
                Fit::Match
            } else if a != b {
                Fit::Mismatch
            } else {
                Fit::Unknown
            }
        }
        (Some(f), Some(t)) => {
            if f <= b && a <= t {
                Fit::Unknown
            } else {
                Fit::Mismatch
            }
        }
        _ => Fit::Unknown,
    }
}

/// The year in a figure's report title (`Global Report on Trafficking in Persons 2020`).
pub fn edition_year(figure: &Figure) -> Option<i32> {
    figure
        .source
        .title
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| p.len() == 4)
        .filter_map(|p| p.parse::<i32>().ok())
        .find(|y| (1990..=2100).contains(y))
}

/// Whether the edition the claim names is the figure's (by title year or publication year).
pub fn edition(claim: &Claim, figure: &Figure) -> Fit {
    let Some(said) = claim.edition else {
        return Fit::Unknown;
    };
    let published = figure.published_year().parse::<i32>().ok();
    if edition_year(figure) == Some(said) || published == Some(said) {
        Fit::Match
    } else {
        Fit::Mismatch
    }
}

/// Publisher words each credited organisation may appear as.
fn publisher_names(org: &str) -> &'static [&'static str] {
    match org {
        "UNODC" => &["unodc", "office on drugs and crime"],
        "ILO" => &["ilo", "international labour"],
        "IOM" => &["iom", "organization for migration"],
        "UNICEF" => &["unicef"],
        "Walk Free" => &["walk free", "minderoo"],
        "US State Department" => &["state department", "department of state", "us state"],
        "FIA" => &[
            "fia",
            "federal investigation agency",
            "government of pakistan",
        ],
        "UN" => &[
            "unodc",
            "ilo",
            "iom",
            "unicef",
            "united nations",
            "un ",
            "office on drugs and crime",
            "international labour",
        ],
        _ => &[],
    }
}

/// Whether the organisation the claim credits published the figure (`UN` covers UN agencies;
/// a UN agency relaying a government's own survey of its country, or the US State Department an
/// ILO global estimate, neither matches nor not).
pub fn attribution(claim: &Claim, figure: &Figure) -> Fit {
    let Some(org) = claim.attribution.as_deref() else {
        return Fit::Unknown;
    };
    // `According to Unicef, … 3.3 million children` in Pakistan (a government survey).
    if figure.scope != "global"
        && figure.source.publisher.starts_with("Government of")
        && matches!(org, "UN" | "UNICEF" | "ILO" | "IOM" | "UNODC")
    {
        return Fit::Unknown;
    }
    let publisher = &figure.source.publisher;
    // `25 million … according to the State Department`: its yearly Trafficking in Persons report
    // repeats the ILO's global estimates, so crediting it with one is not a wrong credit.
    if org == "US State Department" && figure.scope == "global" && publisher.contains("ILO") {
        return Fit::Unknown;
    }
    // A joint credit (`UNICEF and ILO`) fits when any body in it published the figure.
    let mut fit = Fit::Unknown;
    for org in org.split(" and ") {
        let names = publisher_names(org);
        if names.iter().any(|n| contains_lower(publisher, n)) {
            return Fit::Match;
        }
        if !names.is_empty() {
            fit = Fit::Mismatch;
        }
    }
    fit
}

/// The ages a figure counts, from its metric (`children aged 5 to 14 in child labour`).
pub fn ages(figure: &Figure) -> Option<(u32, u32)> {
    let m = figure.metric.to_ascii_lowercase();
    let at = m.find("aged ")?;
    let mut words = m
        .get(at + 5..)?
        .split([' ', '-', '–'])
        .filter(|w| !w.is_empty());
    let a: u32 = words.next()?.parse().ok()?;
    let b: u32 = match words.next()? {
        "to" | "and" => words.next()?.parse().ok()?,
        w => w.parse().ok()?,
    };
    (a < b).then_some((a, b))
}

/// The figure's timing, from the table or from its metric's wording.
pub fn timing(figure: &Figure) -> Option<Timing> {
    facts(figure).timing
}

fn timing_of(figure: &Figure) -> Option<Timing> {
    figure.timing.or_else(|| {
        let m = figure.metric.to_ascii_lowercase();
        if m.contains("any given day") || m.contains("any given time") || m.contains("at one time")
        {
            Some(Timing::Stock)
        } else if m.ends_with(" in one year") || m.ends_with(" per year") {
            Some(Timing::PerYear)
        } else {
            None
        }
    })
}

/// The figure's basis, from the table or from its metric's wording.
pub fn basis(figure: &Figure) -> Option<Basis> {
    facts(figure).basis
}

fn basis_of(figure: &Figure) -> Option<Basis> {
    figure.basis.or_else(|| {
        let m = figure.metric.to_ascii_lowercase();
        if m.contains("detected") || m.contains("identified") {
            Some(Basis::Detected)
        } else if m.contains("any given day") || m.contains("estimate") {
            Some(Basis::Estimated)
        } else {
            None
        }
    })
}

/// The last day the figure's `published` date can mean (`2017` is 2017-12-31): only from then
/// is an older edition outdated by it.
pub fn published(figure: &Figure) -> Option<Date> {
    Date::parse_latest(&figure.published)
}

/// The first day the figure's `published` date can mean (`2017` is 2017-01-01): from then a
/// sentence may quote it.
pub fn published_earliest(figure: &Figure) -> Option<Date> {
    Date::parse_earliest(&figure.published)
}

/// The figure's period in words: `in 2021`, `between 2004 and 2018`.
pub fn period_words(figure: &Figure) -> String {
    match data_years(figure) {
        Some((a, b)) if a == b => format!("in {a}"),
        Some((a, b)) if figure.period.contains('-') && figure.period.len() <= 9 => {
            format!("between {a} and {b}")
        }
        _ => format!("({})", figure.period),
    }
}

/// Whether a figure measures a rise (+1) or a fall (-1): the sign of a change, or the first word
/// of a count's metric (`increase in the number of …`, `fall in the number of …`).
pub fn direction(figure: &Figure) -> Option<i8> {
    if figure.quantity == Quantity::Change {
        let value = figure.central()?;
        return (value != 0.0).then_some(if value > 0.0 { 1 } else { -1 });
    }
    let first = figure.metric.split_whitespace().next()?;
    let is = |words: &[&str]| super::nonclaim::any_is(first, words);
    if is(&["increase", "rise", "growth"]) {
        Some(1)
    } else if is(&["fall", "decrease", "decline", "drop", "reduction"]) {
        Some(-1)
    } else {
        None
    }
}

/// What the check needs to know about one figure, worked out once per figure.
#[derive(Debug, Clone, Copy)]
pub struct Facts {
    /// The first day its `published` date can mean.
    pub earliest: Option<Date>,
    /// The last day its `published` date can mean.
    pub latest: Option<Date>,
    /// The year in its report's title.
    pub edition: Option<i32>,
    /// Its report's title without the year, hashed.
    pub series: u64,
    /// The ages it counts.
    pub ages: Option<(u32, u32)>,
    /// Its first and last data years.
    pub years: Option<(i32, i32)>,
    /// Its timing, from the table or its metric.
    pub timing: Option<Timing>,
    /// Its basis, from the table or its metric.
    pub basis: Option<Basis>,
    /// Its metric speaks of child labour.
    pub child_labour: bool,
    /// It is the size of a report's sample of court cases (its metric says `analysed for the
    /// report`), which a sentence's count of cases rarely is.
    pub court_sample: bool,
    /// Its metric is the count of countries a report covers (it says `the report covers`).
    pub report_coverage: bool,
}

impl Facts {
    fn of(figure: &Figure) -> Facts {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        // The title without its year (`Global Report … 2024`, `Profits and Poverty … (2024)`).
        for w in figure
            .source
            .title
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !(w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())))
        {
            w.hash(&mut h);
        }
        Facts {
            earliest: published_earliest(figure),
            latest: published(figure),
            edition: edition_year(figure),
            series: h.finish(),
            ages: ages(figure),
            years: data_years_of(figure),
            timing: timing_of(figure),
            basis: basis_of(figure),
            child_labour: contains_lower(&figure.metric, "child labour"),
            court_sample: figure.metric.contains("analysed for the report"),
            report_coverage: figure.metric.contains("the report covers"),
        }
    }
}

/// The facts of `figure`, worked out the first time and kept with the figure.
pub fn facts(figure: &Figure) -> Facts {
    facts_kept(figure)
        .copied()
        .unwrap_or_else(|| Facts::of(figure))
}

/// The facts kept with `figure` (worked out the first time), borrowed: for loops over every
/// figure, where copying them costs more than reading the fields needed.
pub fn facts_kept(figure: &Figure) -> Option<&Facts> {
    figure.derived.get_or_init(|| Facts::of(figure))
}

/// True when `figure` counts the countries a report covers (its metric says `the report
/// covers`).
pub fn covers_countries(figure: &Figure) -> bool {
    facts_kept(figure).map_or_else(
        || figure.metric.contains("the report covers"),
        |k| k.report_coverage,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_place_is_found_by_its_length_as_by_the_whole_list() {
        let linear = |place: &str| KNOWN_PLACES.iter().any(|p| p.eq_ignore_ascii_case(place));
        for name in KNOWN_PLACES {
            for place in [
                name.to_string(),
                name.to_ascii_uppercase(),
                format!("{name}s"),
            ] {
                assert_eq!(listed(&place), linear(&place), "{place}");
            }
            assert!(listed(name));
        }
        for place in ["", "world", "Sri  Lanka", "Pakistans", "ASIA", "Ásia"] {
            assert_eq!(listed(place), linear(place), "{place}");
        }
    }

    #[test]
    fn a_court_sample_is_a_figure_whose_metric_says_analysed_for_the_report() {
        let table = crate::table::Table::builtin_shared().unwrap();
        assert!(table.figures.iter().any(|f| facts(f).court_sample));
        for figure in &table.figures {
            assert_eq!(
                facts(figure).court_sample,
                figure.metric.contains("analysed for the report"),
                "{}",
                figure.id
            );
        }
    }

    #[test]
    fn editions_of_one_report_are_one_series_however_the_year_is_written() {
        let table = crate::table::Table::builtin_shared().unwrap();
        let series = |id: &str| facts(&table.figures[table.position(id).unwrap()]).series;
        assert_eq!(
            series("ilo-forced-labour-profits-2014-total"),
            series("ilo-forced-labour-profits-2024-total")
        );
        assert_eq!(
            series("unodc-glotip-2022-children-share"),
            series("unodc-glotip-2024-children-share")
        );
        assert_ne!(
            series("ilo-forced-labour-profits-2024-total"),
            series("unodc-glotip-2024-children-share")
        );
    }

    #[test]
    fn a_part_of_a_known_region_is_known_and_another_place() {
        assert!(known("North Africa") && known("southeast asia") && known("Sub-Saharan Africa"));
        assert!(!known("Northern Freetown") && !known("North") && !known("Big Africa"));
        assert!(is_region("africa") && is_region("the Americas") && !is_region("world"));
    }

    #[test]
    fn a_country_is_named_by_itself_or_its_provinces_and_cities() {
        assert!(names_place("ISLAMABAD: The minister said", "Pakistan"));
        assert!(names_place("in KHYBER PAKHTUNKHWA and", "Pakistan"));
        assert!(names_place("Quetta", "Pakistan") && names_place("peshawar", "Pakistan"));
        assert!(!names_place("Quett", "Pakistan") && !names_place("eshawar", "Pakistan"));
        assert_eq!(
            find_ignoring_case("ab KAB kab", "kab").collect::<Vec<_>>(),
            [3, 7]
        );
        assert_eq!(
            find_ignoring_case("a-b a-b", "-").collect::<Vec<_>>(),
            [1, 5]
        );
        assert!(names_place("Police in Lahore made arrests", "Pakistan"));
        assert!(names_place("Pakistani officials said", "Pakistan"));
        assert!(!names_place("The agency in Lagos said", "Pakistan"));
        // A city's name inside another word is not the city.
        assert!(!names_place("Multanimal farms", "Pakistan"));
        assert!(names_place("across the Punjab", "Punjab"));
        assert!(!names_place("across Sindh", "Punjab"));
        assert!(names_place(
            "a survey for Khyber-Pakhtunkhwa",
            "Khyber Pakhtunkhwa"
        ));
        assert!(names_place("a survey for Khyber-Pakhtunkhwa", "Pakistan"));
        // Any case, and after characters of more than one byte.
        assert!(names_place("“LAHORE” – police said", "pakistan"));
        assert!(names_place("Café owners in PUNJAB", "Punjab"));
        assert!(!names_place("", "Punjab"));
    }
}
