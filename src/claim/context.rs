//! Where, when and on whose word: the scope, period, edition and attribution of a claim.

use super::words::{Cue, CueList, DIGIT, POSSESSIVE, WordSet, Words, YEAR, words};
use std::ops::Range;
use std::sync::OnceLock;

/// The years a claim is about, as far as its sentence says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// The words that say it (`2022`, `since 2019`, `2004-2018`, `past 15 years`).
    pub text: String,
    /// First year covered, when known.
    pub from: Option<i32>,
    /// Last year covered, when known.
    pub to: Option<i32>,
}

/// A four-digit year between 1900 and 2100 (`2022`, also `2022’s`).
#[inline]
fn year(words: &Words, i: usize) -> Option<i32> {
    // Most words are no year: a bit of the word's, set when its sentence was split, says so.
    if words.cues(i) & YEAR == 0 {
        return None;
    }
    words.base(i).parse().ok()
}

/// A fiscal or survey year written `2021-22` or `2019-2020`: (first, last).
fn year_pair(words: &Words, i: usize) -> Option<(i32, i32)> {
    let (a, b) = words.base(i).split_once(['-', '‑', '–'])?;
    let a: i32 = a.parse().ok().filter(|y| (1900..=2100).contains(y))?;
    let b: i32 = match b.len() {
        2 => a / 100 * 100 + b.parse::<i32>().ok()?,
        4 => b.parse().ok()?,
        _ => return None,
    };
    (b > a && b - a < 30).then_some((a, b))
}

/// Words naming a report or dataset, after which a year is an edition, not a data year.
const REPORT_WORDS: &WordSet = &WordSet::new(&[
    "report",
    "reports",
    "edition",
    "estimates",
    "estimate",
    "index",
    "survey",
    "study",
    "glotip",
    "gems",
    "gsi",
    "release",
    "publication",
    "figures",
    "data",
    "global",
]);

/// The year of a report the sentence names (`UNODC’s 2024 report`, `Global Report … 2022`).
pub fn edition(words: &Words, within: &Range<usize>) -> Option<(i32, usize)> {
    // Most sentences name no year.
    if !words.any(YEAR) {
        return None;
    }
    let (lo, hi) = word_bounds(words, within);
    for i in lo..hi {
        let Some(y) = year(words, i) else { continue };
        // `compared to 2016 global estimates`, `since the 2016 survey`: a base, not the source.
        let compared = (i.saturating_sub(3)..i).any(|k| {
            words.is_any(
                k,
                words![
                    "to", "with", "than", "since", "from", "over", "versus", "vs", "against",
                    "last", "previous",
                ],
            )
        });
        if compared {
            continue;
        }
        let after = (i + 1..(i + 4).min(hi))
            .any(|k| words.has(k, Cue::Report) && !words.is(k, "data") && !words.is(k, "figures"))
            && words.is_any(
                i + 1,
                words![
                    "report",
                    "global",
                    "edition",
                    "estimates",
                    "glotip",
                    "gsi",
                    "index",
                    "survey",
                    "trafficking",
                    "child",
                    "tip",
                    "study",
                ],
            );
        let before = i > 0
            && words.is_any(
                i - 1,
                words![
                    "persons",
                    "report",
                    "glotip",
                    "index",
                    "edition",
                    "estimates",
                    "gsi",
                    "survey",
                ],
            );
        // `… Modern Slavery In 2021 - UN Report`: a dash sets the credit apart from the year.
        let dashed = i + 1 < hi
            && words
                .lower_text(words.span(i).end..words.span(i + 1).start)
                .contains(['-', '–', '—']);
        if before
            || (!dashed && (after || titled_report(words, i + 1, hi)))
            || report_by_in(words, i, lo)
        {
            return Some((y, i));
        }
    }
    None
}

/// True when year `i` closes `a report by the ILO in`, `the study published in` or `a report
/// released by UNICEF in`: a report word, then `by`, `from` or a verb of publishing, then only
/// `the`, `by` and capitalised names up to `in` (not `a report of 152 million children in`).
fn report_by_in(words: &Words, i: usize, lo: usize) -> bool {
    if i < lo + 3 || !words.is(i - 1, "in") {
        return false;
    }
    let joins = |k: usize| {
        words.is_any(
            k,
            words!["by", "from", "published", "released", "issued", "launched"],
        )
    };
    let named = |k: usize| {
        words.is_any(k, words!["the", "by", "of"]) || words.raw(k).starts_with(char::is_uppercase)
    };
    for k in (lo.max(i.saturating_sub(10))..i - 2).rev() {
        if words.is_any(
            k,
            // Not `survey` or `estimates`: `a survey by the bureau in 2019` is of its data year.
            words!["report", "reports", "study"],
        ) && joins(k + 1)
        {
            // No comma or bracketed aside breaks the phrase (`the report, by 2017, …`).
            return !words
                .lower_text(words.span(k).end..words.span(i - 1).start)
                .contains([',', ';']);
        }
        if !(named(k) || joins(k)) {
            return false;
        }
    }
    false
}

/// True when a report's title opens at word `i` (before `hi`): capitalised words, with `in`,
/// `on`, `of`, `and` or `the` between them, up to a report word (`World Trafficking in Persons
/// Report`, `Global Slavery Index`).
fn titled_report(words: &Words, i: usize, hi: usize) -> bool {
    report_title_end(words, i, hi).is_some()
}

/// The report word that ends a title opening at word `i` (before `hi`), as [`titled_report`]
/// reads titles.
fn report_title_end(words: &Words, i: usize, hi: usize) -> Option<usize> {
    let capital = |k: usize| words.raw(k).starts_with(char::is_uppercase);
    if i >= hi || !capital(i) {
        return None;
    }
    for k in i..(i + 6).min(hi) {
        if capital(k)
            && words.is_any(
                k,
                words!["report", "index", "estimates", "survey", "study", "edition"],
            )
        {
            return Some(k);
        }
        if !capital(k) && !words.is_any(k, words!["in", "on", "of", "and", "the"]) {
            return None;
        }
    }
    None
}

/// The title of a report whose first edition the sentence names in words, not by a year (`the
/// inaugural Global Slavery Index`, `the first Global Slavery Index`), lower-cased.
pub fn first_edition(words: &Words, within: &Range<usize>) -> Option<String> {
    let (lo, hi) = word_bounds(words, within);
    (lo..hi).find_map(|i| {
        if !words.is_any(i, words!["inaugural", "first", "first-ever"]) {
            return None;
        }
        // `the first ever Global Slavery Index`.
        let start = if words.is(i + 1, "ever") {
            i + 2
        } else {
            i + 1
        };
        let end = report_title_end(words, start, hi)?;
        Some(
            words
                .lower_text(words.span(start).start..words.span(end).end)
                .to_string(),
        )
    })
}

/// The words [`period`] reads, besides numbers.
const PERIOD_WORDS: &WordSet = &WordSet::new(&[
    "between",
    "from",
    "since",
    "compared",
    "comparison",
    "than",
    "over",
    "versus",
    "vs",
    "against",
    "past",
    "last",
    "previous",
]);

/// The year of one end of a `from X to Y` range whose years follow it: `rose from 152 million
/// to 160 million between 2016 and 2020` makes X the first year's and Y the last year's; `fell
/// from 160 million to 138 million since 2020` makes X that year's (Y keeps the sentence's
/// period). `None` when the number is no end of such a range, or no years follow it.
pub fn range_end_year(
    text: &str,
    words: &Words,
    sentence: &Range<usize>,
    m: &crate::extract::Mention,
    prev: Option<&crate::extract::Mention>,
    next: Option<&crate::extract::Mention>,
    skip: Option<usize>,
) -> Option<Period> {
    let (first, end) = match (prev, next) {
        (_, Some(n)) if range_ends(text, sentence, m, n) => (true, n),
        (Some(p), _) if range_ends(text, sentence, p, m) => (false, m),
        _ => return None,
    };
    let years = period(words, &(end.end..sentence.end), skip)?;
    let year = match (years.from, years.to) {
        (Some(a), Some(b)) if a < b => Some(if first { a } else { b }),
        (Some(a), None) if first && years.text.starts_with("since") => Some(a),
        _ => None,
    }?;
    Some(Period {
        text: year.to_string(),
        from: Some(year),
        to: Some(year),
    })
}

/// The years of the levels a change is set between, after it: `dropped by 12 million, from 160
/// million in 2020 to 138 million in 2024` is a change over 2020-2024. `None` when the number
/// does not follow `by` (a hedge between allowed) or no such pair of levels follows it.
pub fn change_between_levels(
    text: &str,
    sentence: &Range<usize>,
    m: &crate::extract::Mention,
) -> Option<Period> {
    let before = text.get(sentence.start..m.start)?.trim_end();
    // `by 12 million`, or `by about 12 million` (the hedge word or two before the number).
    let reach = if m.hedge.is_some() { 3 } else { 1 };
    if !before
        .rsplit(' ')
        .take(reach)
        .any(|w| w.eq_ignore_ascii_case("by"))
    {
        return None;
    }
    let after = text.get(m.end..sentence.end)?;
    let after = after.get(..after.len().min(120))?;
    let rest = after.trim_start_matches([',', ' ']).strip_prefix("from ")?;
    // The year after the first `in`, then after `to` the year after the next `in`.
    let year_after_in = |s: &str| -> Option<(i32, usize)> {
        let at = s.find(" in ")? + 4;
        let digits = s.get(at..at + 4)?;
        let year: i32 = digits.parse().ok()?;
        (1900..=2100).contains(&year).then_some((year, at + 4))
    };
    let (from, end) = year_after_in(rest)?;
    let rest = rest.get(end..)?.strip_prefix(" to ")?;
    let (to, _) = year_after_in(rest)?;
    (from < to).then(|| Period {
        text: format!("{from}-{to}"),
        from: Some(from),
        to: Some(to),
    })
}

/// The year `in YEAR` gives right after a number that `from` opens (`down to 138 million in
/// 2024 from 160 million in 2020`): the start of a change is the level of that year, whatever
/// year the sentence gives its end. `None` for any other number.
pub fn from_year(words: &Words, first: usize, last: usize, skip: Option<usize>) -> Option<Period> {
    let mut k = first;
    while k > 0 && RANGE_HEDGES.contains(&words.base(k - 1)) {
        k -= 1;
    }
    let from = k.checked_sub(1)?;
    if !words.is(from, "from") || !words.is(last, "in") || !words.joined(last) {
        return None;
    }
    let at = last + 1;
    let y = (Some(at) != skip && words.joined(at))
        .then(|| year(words, at))
        .flatten()?;
    Some(Period {
        text: y.to_string(),
        from: Some(y),
        to: Some(y),
    })
}

/// The year of an earlier finding the number is compared as (`compared with a 2016 Walk Free
/// finding that 45.8 million people were slaves`): `compared with` or `compared to`, then within
/// three words a year, then no other number before this one, within eight words. `None` for any
/// other number.
pub fn compared_year(words: &Words, first: usize, skip: Option<usize>) -> Option<Period> {
    let lo = first.saturating_sub(8);
    let at = (lo..first)
        .rev()
        .find(|&j| Some(j) != skip && year(words, j).is_some())?;
    let opened = (at.saturating_sub(3)..at).any(|k| {
        words.is_any(k, words!["compared", "compares", "comparison"])
            && words.is_any(k + 1, words!["with", "to"])
    });
    if !opened || (at + 1..first).any(|j| words.base(j).starts_with(|c: char| c.is_ascii_digit())) {
        return None;
    }
    let y = year(words, at)?;
    Some(Period {
        text: y.to_string(),
        from: Some(y),
        to: Some(y),
    })
}

/// The year right before a `when` that opens the number's clause (`between 2016 and 2020, when
/// 160 million children were in child labour`, `in 2016, when 152 million …`): the number is
/// that year's, the last of a span. `None` for any other number.
pub fn when_year(words: &Words, first: usize, skip: Option<usize>) -> Option<Period> {
    let mut k = first;
    while k > 0 && RANGE_HEDGES.contains(&words.base(k - 1)) {
        k -= 1;
    }
    let when = k.checked_sub(1).filter(|&w| words.is(w, "when"))?;
    let at = when.checked_sub(1).filter(|&j| Some(j) != skip)?;
    let y = year(words, at)?;
    Some(Period {
        text: y.to_string(),
        from: Some(y),
        to: Some(y),
    })
}

/// Phrases that name the year before the one the sentence gives.
const PRIOR_YEAR: &[&str] = &[
    "the preceding year",
    "the previous year",
    "the prior year",
    "the year before",
    "the year earlier",
    "a year earlier",
    "a year before",
];

/// The year before the sentence's one year, for a number a prior-year phrase labels: right
/// before it, with only a bracket between (`similar to the preceding year (16,921)`), or right
/// after it, `in` allowed (`up from 16,921 the year before`, `16,921 in the previous year`).
/// `None` when no such phrase touches the number or the sentence gives no single year.
pub fn prior_year(
    words: &Words,
    sentence: &Range<usize>,
    first: usize,
    last: usize,
    skip: Option<usize>,
) -> Option<Period> {
    let spelled_at = |i: usize| PRIOR_YEAR.iter().any(|p| words.at(i, p));
    let before = first.checked_sub(3).is_some_and(|i| {
        spelled_at(i)
            && words
                .lower_text(words.span(first - 1).end..words.span(first).start)
                .chars()
                .all(|c| c == '(' || c.is_whitespace())
    });
    let after = || {
        let at = if words.is(last, "in") { last + 1 } else { last };
        words.joined(last) && words.joined(at) && spelled_at(at)
    };
    if !before && !after() {
        return None;
    }
    let year = period(words, sentence, skip)?;
    let y = year.from.filter(|&y| year.to == Some(y))? - 1;
    Some(Period {
        text: y.to_string(),
        from: Some(y),
        to: Some(y),
    })
}

/// True when `a` and `b` are the two ends of `from a to b` (`from 152 million children to
/// about 160 million`): `from` right before `a` (a hedge between allowed), and between them
/// `to`, after at most two words that are no number, and a hedge.
pub fn range_ends(
    text: &str,
    sentence: &Range<usize>,
    a: &crate::extract::Mention,
    b: &crate::extract::Mention,
) -> bool {
    range_opener(text, sentence, a, b) == Some("from")
}

/// The word that opens a range of two numbers `a` and `b`: `from` (`from 152 million
/// children to about 160 million`) or `by` (`rose by 6.5 million to 79 million`, `increased by
/// 6.6m over the same period, to a total of 22m`), right before `a` (a hedge between allowed);
/// between them `to`, after at most four words that are no number, then only a hedge or `a
/// total of`. `None` when they are no such range.
pub fn range_opener(
    text: &str,
    sentence: &Range<usize>,
    a: &crate::extract::Mention,
    b: &crate::extract::Mention,
) -> Option<&'static str> {
    let hedge = |w: &str| RANGE_HEDGES.iter().any(|h| w.eq_ignore_ascii_case(h));
    // The gap's words are read lazily: one that is no `to` among its first five ends the test
    // there, so a long gap (two numbers of one sentence far apart) is not split to its end.
    let joined = text.get(a.end..b.start).is_some_and(|gap| {
        let mut words = gap.split_whitespace();
        // The words before `to`: at most four, each of letters only and no joining word.
        let mut before = 0;
        loop {
            let Some(w) = words.next() else {
                return false;
            };
            if w.eq_ignore_ascii_case("to") {
                break;
            }
            let w = w.trim_end_matches(',');
            if before == 4
                || !w.chars().all(char::is_alphabetic)
                || ["and", "or", "in", "by", "from"]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x))
            {
                return false;
            }
            before += 1;
        }
        words.all(|w| {
            hedge(w)
                || ["a", "total", "of"]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x))
        })
    });
    if !joined {
        return None;
    }
    let before = text.get(sentence.start..a.start)?;
    let opener = before
        .split_whitespace()
        .rev()
        .take(3)
        .find(|w| !hedge(w))?;
    ["from", "by"]
        .into_iter()
        .find(|o| opener.eq_ignore_ascii_case(o))
}

/// Words that may hedge a number after `from` or `to`.
const RANGE_HEDGES: &[&str] = &[
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "roughly",
    "approximately",
    "over",
    "just",
    "an",
    "estimated",
];

/// The period a claim's words name, skipping the word `skip` (an edition year).
pub fn period(words: &Words, within: &Range<usize>, skip: Option<usize>) -> Option<Period> {
    let (lo, hi) = word_bounds(words, within);
    let year_at = |j: usize| {
        (Some(j) != skip && j < hi)
            .then(|| year(words, j))
            .flatten()
    };
    let mut found: Option<Period> = None;
    let mut base: Option<i32> = None;
    let mut i = lo;
    while i < hi {
        // Most words are neither a number nor a word the match below looks at.
        if words.cues(i) & (Cue::Period.bit() | DIGIT) == 0 {
            i += 1;
            continue;
        }
        let w = words.base(i);
        match w {
            "between" | "from" => {
                if let (Some(a), Some(b)) = (year_at(i + 1), year_at(i + 3))
                    && words.is_any(i + 2, words!["and", "to", "through", "until"])
                {
                    return Some(Period {
                        text: format!("{a}-{b}"),
                        from: Some(a),
                        to: Some(b),
                    });
                }
                if w == "from"
                    && let Some(a) = year_at(i + 1)
                {
                    base = Some(a);
                }
            }
            "since" => {
                if let Some(a) = year_at(i + 1) {
                    found.get_or_insert(Period {
                        text: format!("since {a}"),
                        from: Some(a),
                        to: None,
                    });
                    i += 1;
                }
            }
            "compared" | "comparison" | "than" | "over" | "versus" | "vs" | "against" => {
                let k = if words.is_any(i + 1, words!["to", "with", "in"]) {
                    i + 2
                } else {
                    i + 1
                };
                if let Some(a) = year_at(k) {
                    base = Some(a);
                }
            }
            "past" | "last" | "previous" => {
                let n = words.base(i + 1);
                let unit = words.base(i + 2);
                let count = number_word(n);
                if let Some(count) = count
                    && matches!(unit, "years" | "decades" | "year" | "decade")
                {
                    let years = if unit.starts_with("decade") {
                        count * 10
                    } else {
                        count
                    };
                    found.get_or_insert(Period {
                        text: format!("past {years} years"),
                        from: None,
                        to: None,
                    });
                } else if words.is_any(i + 1, words!["decade"]) {
                    found.get_or_insert(Period {
                        text: "past 10 years".into(),
                        from: None,
                        to: None,
                    });
                }
            }
            _ => {
                if let Some((a, b)) = year_pair(words, i) {
                    found.get_or_insert(Period {
                        text: format!("{a}-{b}"),
                        from: Some(a),
                        to: Some(b),
                    });
                } else if let Some(y) = year_at(i)
                    // `since the NRM began in 2009`: when a series or a body started, not
                    // the year the number is of.
                    && !(i >= 2
                        && words.is_any(i - 1, words!["in"])
                        && words.is_any(
                            i - 2,
                            words!["began", "started", "launched", "founded", "established"],
                        ))
                {
                    // `since the last global estimates in 2016`, `in 2021 than there were in
                    // 2016`: still the base.
                    if base.is_none()
                        && (i.saturating_sub(6)..i).any(|k| {
                            words.is_any(k, words!["since", "compared", "comparison", "than"])
                                // `compared to 35% for 2020`: the number, not the year, is
                                // compared.
                                && !(k + 1..i).any(|j| {
                                    words.base(j).starts_with(|c: char| c.is_ascii_digit())
                                })
                        })
                    {
                        base = Some(y);
                        i += 1;
                        continue;
                    }
                    let after_base = base == Some(y);
                    if !after_base {
                        match &mut found {
                            Some(p) if p.from.is_some() && p.to.is_none() => {
                                p.to = Some(y);
                                p.text = format!("{}-{y}", p.from.unwrap_or(y));
                            }
                            Some(_) => {}
                            None => {
                                found = Some(Period {
                                    text: y.to_string(),
                                    from: Some(y),
                                    to: Some(y),
                                })
                            }
                        }
                    }
                }
            }
        }
        i += 1;
    }
    match (found, base) {
        (Some(p), Some(b)) if p.from == p.to && p.from.is_some_and(|y| y > b) => Some(Period {
            text: format!("{b}-{}", p.to.unwrap_or(b)),
            from: Some(b),
            to: p.to,
        }),
        (Some(p), _) => Some(p),
        (None, Some(b)) => Some(Period {
            text: format!("since {b}"),
            from: Some(b),
            to: None,
        }),
        (None, None) => None,
    }
}

/// A small count written in digits or words (`15`, `four`, `two`).
fn number_word(w: &str) -> Option<i32> {
    if w.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '-') {
        let n = w.parse::<i32>().ok()?;
        return (n > 0 && n < 200).then_some(n);
    }
    Some(match w {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        _ => return None,
    })
}

/// The age range a sentence gives: `aged 5 to 14`, `aged 5-17`, `aged between five and 17`,
/// `5 to 14 years old`, `ages 10-14`.
pub fn ages(words: &Words, within: &Range<usize>) -> Option<(u32, u32)> {
    if !may_give_ages(words) {
        return None;
    }
    let (lo, hi) = word_bounds(words, within);
    (lo..hi).find_map(|i| ages_at(words, i))
}

/// [`ages`] of `within`, but the first ages given from byte `from` on when there are any
/// (`the rise among children aged 5 to 11 … 79 million children aged 5 to 17`), read in one
/// pass.
pub fn ages_from(words: &Words, within: &Range<usize>, from: usize) -> Option<(u32, u32)> {
    if !may_give_ages(words) {
        return None;
    }
    let (lo, hi) = word_bounds(words, within);
    let after = words.first_ending_after(from.max(within.start));
    let mut earlier = None;
    for i in lo..hi {
        if let Some(found) = ages_at(words, i) {
            if i >= after {
                return Some(found);
            }
            earlier = earlier.or(Some(found));
        }
    }
    earlier
}

/// False when no word of the sentence can give ages: [`ages_at`] finds none without a word
/// that leads or ends an age range (`year-olds` is one of [`AGE_UNITS`]), so a sentence
/// without one is not read word by word.
#[inline]
fn may_give_ages(words: &Words) -> bool {
    words.any(Cue::AgeLead.bit() | Cue::AgeUnit.bit())
}

/// The age range that starts at word `i` (`aged 5 to 14`, `5-17 years`), reading on past the
/// end of any range: the same answer whatever range holds word `i`.
fn ages_at(words: &Words, i: usize) -> Option<(u32, u32)> {
    let age = |i: usize| -> Option<u32> {
        number_word(words.base(i))
            .and_then(|n| u32::try_from(n).ok())
            .filter(|&n| n <= 25)
    };
    let pair = |i: usize| -> Option<(u32, u32)> {
        // `5-14` as one word
        if let Some((a, b)) = words.base(i).split_once(['-', '‑', '–']) {
            let (a, b) = (a.parse().ok()?, b.parse().ok()?);
            return (a < b && b <= 25).then_some((a, b));
        }
        let a = age(i)?;
        let b = words
            .is_any(i + 1, words!["to", "and", "through"])
            .then(|| age(i + 2))
            .flatten()?;
        (a < b).then_some((a, b))
    };
    if words.has(i, Cue::AgeLead) {
        let k = if words.is_any(i + 1, words!["between", "from"]) {
            i + 2
        } else {
            i + 1
        };
        if let Some(p) = pair(k) {
            return Some(p);
        }
    }
    if words.has(i + 3, Cue::AgeUnit) || words.is(i + 1, "year-olds") {
        return pair(i);
    }
    None
}

/// The words that lead an age range (`aged 5 to 14`).
const AGE_LEADS: &WordSet = &WordSet::new(&["aged", "ages", "age", "ageing"]);

/// The words that end an age range three words on (`5 to 14 years`).
const AGE_UNITS: &WordSet = &WordSet::new(&["years", "year-olds"]);

/// Places a scope can name, each with the name the table uses.
const PLACES: &[(&str, &str)] = &[
    ("khyber pakhtunkhwa", "Khyber Pakhtunkhwa"),
    ("khyber-pakhtunkhwa", "Khyber Pakhtunkhwa"),
    ("south asia", "South Asia"),
    ("south asian", "South Asia"),
    ("sub-saharan africa", "Sub-Saharan Africa"),
    ("united states", "United States"),
    ("united kingdom", "United Kingdom"),
    // `in the U.S.` (read as the words `U` and `S`), `in the US`, `in the UK`: only after `in
    // the` and the like (see `short_name_placed`), not in `US$` or `the US State Department`.
    ("u s", "United States"),
    ("us", "United States"),
    ("usa", "United States"),
    ("u k", "United Kingdom"),
    ("uk", "United Kingdom"),
    ("middle east", "Middle East"),
    ("sri lanka", "Sri Lanka"),
    ("pakistan", "Pakistan"),
    ("pakistani", "Pakistan"),
    ("pakistan’s", "Pakistan"),
    ("punjab", "Punjab"),
    ("sindh", "Sindh"),
    ("balochistan", "Balochistan"),
    ("kp", "Khyber Pakhtunkhwa"),
    ("india", "India"),
    ("indian", "India"),
    ("bangladesh", "Bangladesh"),
    ("bangladeshi", "Bangladesh"),
    ("afghanistan", "Afghanistan"),
    ("nepal", "Nepal"),
    ("china", "China"),
    ("european union", "European Union"),
    ("eu", "European Union"),
    // The ILO's regions, before their first word alone.
    ("europe and central asia", "Europe and Central Asia"),
    ("arab states", "Arab States"),
    ("arab countries", "Arab States"),
    ("arab region", "Arab States"),
    ("europe", "Europe"),
    ("european", "Europe"),
    ("africa", "Africa"),
    ("african", "Africa"),
    // The ILO's region under the names reporters give it, before `asia` alone.
    ("asia and the pacific", "Asia and the Pacific"),
    ("asia and pacific", "Asia and the Pacific"),
    ("asia-pacific", "Asia and the Pacific"),
    ("asia pacific", "Asia and the Pacific"),
    ("asia", "Asia"),
    ("americas", "Americas"),
    // `the American continent` (a translation of `le continent américain`): the ILO's Americas.
    ("american continent", "Americas"),
    (
        "latin america and the caribbean",
        "Latin America and the Caribbean",
    ),
    ("latin america", "Latin America"),
    ("caribbean", "Caribbean"),
    ("indonesia", "Indonesia"),
    ("indonesian", "Indonesia"),
    ("philippines", "Philippines"),
    ("filipino", "Philippines"),
    ("filipina", "Philippines"),
    ("thailand", "Thailand"),
    ("thai", "Thailand"),
    ("vietnam", "Vietnam"),
    ("vietnamese", "Vietnam"),
    ("cambodia", "Cambodia"),
    ("cambodian", "Cambodia"),
    ("myanmar", "Myanmar"),
    ("malaysia", "Malaysia"),
    ("malaysian", "Malaysia"),
    ("laos", "Laos"),
    ("japan", "Japan"),
    ("japanese", "Japan"),
    ("nigeria", "Nigeria"),
    ("nigerian", "Nigeria"),
    ("ghana", "Ghana"),
    ("ghanaian", "Ghana"),
    ("kenya", "Kenya"),
    ("kenyan", "Kenya"),
    ("uganda", "Uganda"),
    ("ugandan", "Uganda"),
    ("ethiopia", "Ethiopia"),
    ("ethiopian", "Ethiopia"),
    ("zimbabwe", "Zimbabwe"),
    ("libya", "Libya"),
    ("egypt", "Egypt"),
    ("mexico", "Mexico"),
    ("mexican", "Mexico"),
    ("brazil", "Brazil"),
    ("brazilian", "Brazil"),
    ("colombia", "Colombia"),
    ("peru", "Peru"),
    ("argentina", "Argentina"),
    ("canada", "Canada"),
    ("canadian", "Canada"),
    ("australia", "Australia"),
    ("australian", "Australia"),
    ("new zealand", "New Zealand"),
    ("ireland", "Ireland"),
    ("irish", "Ireland"),
    ("britain", "United Kingdom"),
    ("british", "United Kingdom"),
    ("germany", "Germany"),
    ("german", "Germany"),
    ("france", "France"),
    ("italy", "Italy"),
    ("italian", "Italy"),
    ("spain", "Spain"),
    ("netherlands", "Netherlands"),
    ("dutch", "Netherlands"),
    ("ukraine", "Ukraine"),
    ("ukrainian", "Ukraine"),
    ("russia", "Russia"),
    ("russian", "Russia"),
    ("moldova", "Moldova"),
    ("romania", "Romania"),
    ("romanian", "Romania"),
    ("albania", "Albania"),
    ("albanian", "Albania"),
    ("uzbekistan", "Uzbekistan"),
    ("kazakhstan", "Kazakhstan"),
    ("iran", "Iran"),
    ("iraq", "Iraq"),
    ("syria", "Syria"),
    ("saudi arabia", "Saudi Arabia"),
    ("qatar", "Qatar"),
    ("kuwait", "Kuwait"),
    ("lebanon", "Lebanon"),
    ("south africa", "South Africa"),
    ("south african", "South Africa"),
    ("filipinos", "Philippines"),
    ("indonesians", "Indonesia"),
    ("nigerians", "Nigeria"),
    ("ghanaians", "Ghana"),
    ("kenyans", "Kenya"),
    ("ugandans", "Uganda"),
    ("ethiopians", "Ethiopia"),
    ("mexicans", "Mexico"),
    ("brazilians", "Brazil"),
    ("canadians", "Canada"),
    ("australians", "Australia"),
    ("ukrainians", "Ukraine"),
    ("russians", "Russia"),
    ("romanians", "Romania"),
    ("albanians", "Albania"),
    ("cambodians", "Cambodia"),
    ("malaysians", "Malaysia"),
    ("indians", "India"),
    ("pakistanis", "Pakistan"),
    ("bangladeshis", "Bangladesh"),
    ("lahore", "Lahore"),
    ("karachi", "Karachi"),
    ("islamabad", "Islamabad"),
    ("peshawar", "Peshawar"),
    ("quetta", "Quetta"),
    ("north korea", "North Korea"),
    ("north korean", "North Korea"),
    ("north koreans", "North Korea"),
    ("eritrea", "Eritrea"),
    ("eritrean", "Eritrea"),
    ("eritreans", "Eritrea"),
    ("mauritania", "Mauritania"),
    ("mauritanian", "Mauritania"),
    ("turkey", "Turkey"),
    ("türkiye", "Turkey"),
    ("turkish", "Turkey"),
    ("sudan", "Sudan"),
    ("sudanese", "Sudan"),
    ("south sudan", "South Sudan"),
    ("somalia", "Somalia"),
    ("somali", "Somalia"),
    ("somalis", "Somalia"),
    ("tanzania", "Tanzania"),
    ("rwanda", "Rwanda"),
    ("malawi", "Malawi"),
    ("mozambique", "Mozambique"),
    ("cameroon", "Cameroon"),
    ("senegal", "Senegal"),
    ("senegalese", "Senegal"),
    ("mali", "Mali"),
    ("niger", "Niger"),
    ("burkina faso", "Burkina Faso"),
    ("sierra leone", "Sierra Leone"),
    ("liberia", "Liberia"),
    ("ivory coast", "Côte d'Ivoire"),
    ("drc", "Democratic Republic of the Congo"),
    ("angola", "Angola"),
    ("zambia", "Zambia"),
    ("namibia", "Namibia"),
    ("botswana", "Botswana"),
    ("madagascar", "Madagascar"),
    ("morocco", "Morocco"),
    ("moroccan", "Morocco"),
    ("tunisia", "Tunisia"),
    ("algeria", "Algeria"),
    ("yemen", "Yemen"),
    ("oman", "Oman"),
    ("bahrain", "Bahrain"),
    ("united arab emirates", "United Arab Emirates"),
    ("uae", "United Arab Emirates"),
    ("israel", "Israel"),
    ("greece", "Greece"),
    ("poland", "Poland"),
    ("portugal", "Portugal"),
    ("belgium", "Belgium"),
    ("sweden", "Sweden"),
    ("norway", "Norway"),
    ("switzerland", "Switzerland"),
    ("austria", "Austria"),
    ("bulgaria", "Bulgaria"),
    ("belarus", "Belarus"),
    ("scotland", "Scotland"),
    ("england", "England"),
    ("haiti", "Haiti"),
    ("haitian", "Haiti"),
    ("haitians", "Haiti"),
    ("guatemala", "Guatemala"),
    ("honduras", "Honduras"),
    ("el salvador", "El Salvador"),
    ("venezuela", "Venezuela"),
    ("venezuelan", "Venezuela"),
    ("venezuelans", "Venezuela"),
    ("chile", "Chile"),
    ("ecuador", "Ecuador"),
    ("bolivia", "Bolivia"),
    ("cuba", "Cuba"),
    ("cuban", "Cuba"),
    ("south korea", "South Korea"),
    ("taiwan", "Taiwan"),
    ("singapore", "Singapore"),
    ("hong kong", "Hong Kong"),
    ("maldives", "Maldives"),
    ("bhutan", "Bhutan"),
    ("mongolia", "Mongolia"),
    ("tajikistan", "Tajikistan"),
    ("kyrgyzstan", "Kyrgyzstan"),
    ("turkmenistan", "Turkmenistan"),
    ("burma", "Myanmar"),
    ("fiji", "Fiji"),
    ("papua new guinea", "Papua New Guinea"),
    ("chinese", "China"),
];

/// The words [`scope_near`] reads, besides the first words of places.
const SCOPE_WORDS: &WordSet = &WordSet::new(&[
    "global",
    "globally",
    "worldwide",
    "world-wide",
    "world",
    "in",
    "across",
    "within",
    "throughout",
    "on",
]);

/// `org` and the organisations listed right after it from word `next` (`estimates by UNICEF,
/// the ILO and the World Bank` credits `UNICEF and ILO`): a joint credit, of which any may be the
/// figure's publisher.
fn credited_list(words: &Words, org: &str, mut next: usize, hi: usize) -> String {
    let mut list = vec![org];
    // Each next body follows `and` or a comma, maybe with `the` (`, the ILO and the World Bank`);
    // a body tipcheck does not know ends the list.
    while next < hi {
        let mut at = next;
        if words.is(at, "and") {
            at += 1;
        } else if words
            .lower_text(words.span(next - 1).end..words.span(next).start)
            .trim()
            != ","
        {
            break;
        }
        while words.is(at, "the") {
            at += 1;
        }
        let Some((more, width)) = organisation_at(words, at) else {
            break;
        };
        if !list.contains(&more) {
            list.push(more);
        }
        next = at + width;
    }
    list.join(" and ")
}

/// True when `global` at `i` names the whole a number is a part of (`a significant portion of the
/// global total`, `a third of the global figure`), not the number's own scope.
fn part_of_global(words: &Words, i: usize) -> bool {
    if i < 3 || !words.is(i - 1, "the") || !words.is(i - 2, "of") {
        return false;
    }
    (i.saturating_sub(5)..i - 2).any(|j| {
        words.is_any(
            j,
            words![
                "portion",
                "part",
                "share",
                "fraction",
                "proportion",
                "percentage",
                "majority",
                "chunk",
            ],
        )
    })
}

/// The first word after a wire story's dateline that opens the sentence (`Karachi [Pakistan],
/// November 2 :`, `GENEVA, June 12 (Reuters) -`), or `lo`: the place the story was filed from,
/// not the place its numbers are for (the story's own place is read from its opening, see
/// [`home_place`]). A dateline is a few capitalised words or numbers ending in a colon or a
/// dash, with a date or a bracket in it: `Pakistan:` alone may be the sentence's own place.
fn past_dateline(words: &Words, lo: usize, hi: usize) -> usize {
    // Most sentences open on no capital, or have no colon or dash among their first words.
    let reach = hi.min(lo + 8);
    if lo != 0
        || reach < 2
        || !words
            .raw(lo)
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        // `:`, `-`, or the first byte of `–` and `—`.
        || memchr::memchr3(
            b':',
            b'-',
            0xE2,
            words
                .lower_text(words.span(lo).end..words.span(reach - 1).start)
                .as_bytes(),
        )
        .is_none()
    {
        return lo;
    }
    // A day or a month after the first word dates the line.
    let dated = |k: usize| {
        (lo + 1..=k).any(|j| {
            let raw = words.raw(j);
            raw.starts_with(|c: char| c.is_ascii_digit())
                || crate::document::month_of(raw).is_some()
        })
    };
    let mut marked = false;
    for k in lo..reach - 1 {
        if !words
            .raw(k)
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        {
            return lo;
        }
        let gap = words.lower_text(words.span(k).end..words.span(k + 1).start);
        marked |= gap.contains(['[', '(']);
        let ends = gap.contains(':')
            || [" - ", " – ", " — ", "- ", "– ", "— "]
                .iter()
                .any(|dash| gap.contains(dash));
        if ends {
            return if marked || dated(k) || shouted(words, lo, k) {
                k + 1
            } else {
                lo
            };
        }
        if gap.contains(['.', ';', '!', '?']) {
            return lo;
        }
    }
    lo
}

/// True when words `lo..=k` are in capitals, four letters or more in all (`ISLAMABAD:`, `NEW
/// DELHI -`): a wire story's dateline, though it gives no date (`UK:` may be a label).
fn shouted(words: &Words, lo: usize, k: usize) -> bool {
    let mut letters = 0;
    (lo..=k).all(|j| {
        let raw = words.raw(j);
        letters += raw.chars().count();
        raw.chars().all(|c| c.is_uppercase())
    }) && letters >= 4
}

/// The country whose people the number at word `a` counts, named right after it (`over 10
/// million Filipino men, women and children`, `1.6 million Nigerians`): theirs, wherever the
/// sentence says they are (`all over the world`).
fn people_of_place(words: &Words, a: usize, hi: usize) -> Option<&'static str> {
    let mut j = a + 1;
    while j < hi
        && j <= a + 2
        && (words.raw(j).starts_with(|c: char| c.is_ascii_digit())
            || words.is_any(j, words!["million", "billion", "thousand", "lakh", "crore"]))
    {
        j += 1;
    }
    if j >= hi || !words.raw(j).starts_with(char::is_uppercase) || !words.joined(j) {
        return None;
    }
    let lower = words.lower(j);
    // Only the words for a country's people (`Filipino`, `Nigerians`), not a place's own name.
    if ![
        "ian", "ians", "ino", "inos", "ese", "ish", "i", "is", "an", "ans",
    ]
    .iter()
    .any(|end| lower.ends_with(end))
    {
        return None;
    }
    PLACES
        .iter()
        .find(|(name, _)| *name == lower && !SHORT_NAMES.contains(name))
        .map(|&(_, canonical)| canonical)
}

/// True when the place at word `i` (its name ending before word `after`) says where Walk Free,
/// a worldwide source, is from (`according to the Australian Walk Free Foundation`, `according
/// to Australian rights group Walk Free`): a national body's place (`according to Bangladesh
/// Bank`) stays the number's.
fn source_of_origin(words: &Words, i: usize, after: usize, lo: usize) -> bool {
    let k = if i > lo && words.is(i - 1, "the") {
        i - 1
    } else {
        i
    };
    k >= lo + 2
        && words.is(k - 2, "according")
        && words.is(k - 1, "to")
        && (after..after + 4).any(|j| words.is(j, "walk") && words.is(j + 1, "free"))
}

/// True when the place at word `i` is one the sentence ranks above its subject, in a list after
/// `after`, `behind`, `following` or `ahead of` (`ranks third with 3 million, behind India and
/// China`, `third largest after India and China`), in a sentence that speaks of a rank: the
/// places ranked against, not the number's place.
fn ranked_above(words: &Words, i: usize, lo: usize) -> bool {
    // Back over the list's earlier places and its joints (`India and`, `India, China and`).
    let mut k = i;
    while k > lo && k + 8 > i {
        k -= 1;
        let w = words.base(k);
        if matches!(w, "after" | "behind" | "following" | "trailing")
            || (w == "of" && k > lo && words.is(k - 1, "ahead"))
        {
            // (The whole sentence's words: `ranks third` may stand in another clause.)
            return (0..words.len()).any(|j| {
                words.is_any(j, RANKS) || words.is_any(j, SUPERLATIVES) || rank_number(words.raw(j))
            });
        }
        let listed = matches!(w, "and" | "or" | "only" | "just" | "the")
            || words.raw(k).starts_with(char::is_uppercase);
        if !listed {
            return false;
        }
    }
    false
}

/// True when the place at word `i` closes a comparison with its people (`than the entire
/// population of Canada`, `more than the population of Australia`): `population of` right
/// before it, and `than` a few words before that, no further back than word `lo`.
fn compared_population(words: &Words, i: usize, lo: usize) -> bool {
    i >= lo + 3
        && words.is(i - 1, "of")
        && words.is_any(i - 2, words!["population", "populations"])
        && (i.saturating_sub(7).max(lo)..i - 2).any(|k| words.is(k, "than"))
}

/// The place a claim is about (`global`, a known place, or a capitalised name after `in`);
/// among several named places, the one nearest word `anchor`, or the first without one.
pub fn scope_near(words: &Words, within: &Range<usize>, anchor: Option<usize>) -> Option<String> {
    // The words read below: most sentences have a few, most words none.
    const READ: u64 = Cue::Scope.bit() | Cue::PlaceLead.bit() | POSSESSIVE;
    if !words.any(READ) {
        return None;
    }
    let (lo, hi) = word_bounds(words, within);
    let lo = past_dateline(words, lo, hi);
    if let Some(place) = anchor.and_then(|a| people_of_place(words, a, hi)) {
        return Some(place.into());
    }
    let mut named: Option<String> = None;
    let mut named_at = usize::MAX;
    let distance = |i: usize| anchor.map_or(i, |a| i.abs_diff(a));
    // The words after the first of the last place named: `Africa` in `Sub-Saharan Africa`,
    // `Central Asia` in `Europe and Central Asia` are inside it, no place of their own.
    let mut inside = 0..0;
    for i in lo..hi {
        // Most words are none of those read below.
        if words.cues(i) & READ == 0 {
            continue;
        }
        if inside.contains(&i) {
            continue;
        }
        let w = words.base(i);
        match w {
            // `global total`, `global figure`: the world; `Global Slavery Index`, `a global
            // dimension` are not places.
            "global"
                if words.is_any(
                    i + 1,
                    words![
                        "total",
                        "figure",
                        "figures",
                        "number",
                        "level",
                        "scale",
                        "estimate",
                        "count",
                        "average",
                        "population",
                        "prevalence",
                    ],
                ) && !part_of_global(words, i) =>
            {
                return Some("global".into());
            }
            // `11 million in India, the highest number globally`, `Africa has second highest
            // victims of forced labour globally`: a place ranked against the world.
            "globally" | "worldwide" | "world-wide"
                if ranked_globally(words, i, lo, named.is_some()) => {}
            "globally" | "worldwide" | "world-wide" => return Some("global".into()),
            // `the highest number of slaves in the world`, `the world's largest number`: a
            // place ranked against the world, not the world's own figure.
            "world"
                if ((i > 0 && words.is_any(i - 1, words!["the", "whole"]))
                    || words.possessive(i))
                    && !ranked_against_world(words, i, lo)
                    && !(named.is_some() && home_to_world_share(words, i, lo))
                    && !names_body(words, i) =>
            {
                return Some("global".into());
            }
            _ => {}
        }
        if named.is_some() && distance(i) >= distance(named_at) {
            continue;
        }
        if (words.has(i, Cue::PlaceLead)
            || (words.possessive(i) && PLACE_LEADS.contains(words.lower(i))))
            && let Some(&(name, canonical)) = PLACES
                .iter()
                .find(|(name, _)| {
                    words.at(i, name)
                        // `sub-Saharan Africa`, as most reporters write it.
                        && (words.raw(i).starts_with(char::is_uppercase) || name.starts_with("sub-"))
                        && (!SHORT_NAMES.contains(name) || short_name_placed(words, i, name))
                })
        {
            // `forced labour such as in the Xinjiang region of China`: an example, not the place
            // the number is for.
            // `the African slave trade`, `the Atlantic slave trade`: a trade of past centuries,
            // named by where it ran, not a place a number is for.
            let after = i + 1 + name.matches(' ').count();
            // (`Regions such as sub-Saharan Africa … bear the burden`: places the sentence is
            // about, named by example.)
            if (i.saturating_sub(12).max(lo)..i).any(|k| {
                words.is(k, "such")
                    && words.is(k + 1, "as")
                    && !(k > 0
                        && words.is_any(
                            k - 1,
                            words!["regions", "countries", "nations", "areas", "places"],
                        ))
            })
                || (words.is(after, "slave") && words.is(after + 1, "trade"))
                // `a larger number than the entire population of Canada`: a place the number
                // is compared with, not its own.
                || compared_population(words, i, lo)
                || (i >= 1 && released_in(words, i - 1))
                || source_of_origin(words, i, after, lo)
                || ranked_above(words, i, lo)
            {
                inside = i + 1..i + 1 + name.matches(' ').count();
                continue;
            }
            named = Some(match part_of_place(words, i, lo) {
                // `North Africa`, `West Africa`, `Southeast Asia`: a part, not the region.
                Some(part) => format!("{part} {canonical}"),
                None => canonical.to_string(),
            });
            named_at = i;
            inside = i + 1..i + 1 + name.matches(' ').count();
            continue;
        }
        // `25 million … in the region`: the region the story is about, named before, which is
        // not the world (`in the region of 25 million` is a size, not a place).
        // So is `on the continent`.
        if i + 2 < hi
            && (words.is_any(i, words!["in", "across", "within", "throughout"])
                || (words.is(i, "on") && words.is(i + 2, "continent")))
            && words.is_any(i + 1, words!["the", "this", "that"])
            && words.is_any(i + 2, words!["region", "continent"])
            && !words.is(i + 3, "of")
        {
            if named.is_none() || distance(i + 1) < distance(named_at) {
                named = Some(words.phrase_text(i + 1, i + 3));
                named_at = i + 1;
            }
            continue;
        }
        // `in middle-income countries`, `in some districts`: a group of places, not one.
        if words.is_any(i, words!["in", "across", "within", "throughout"])
            && let Some(k) = (i + 1..(i + 5).min(hi)).find(|&k| {
                words.is_any(
                    k,
                    words![
                        "countries",
                        "nations",
                        "regions",
                        "economies",
                        "districts",
                        "provinces",
                        "states",
                    ],
                )
            })
            && (i + 1..k)
                .all(|j| words.joined(j + 1) && !words.is_any(j, words!["of", "and", "or"]))
            // `the Trafficking in Persons Report states`: a title and a verb.
            && !(i + 1..k).any(|j| words.has(j, Cue::Report))
            // `in Arab countries`, `in the Arab States`: a region of its own name.
            && !(i + 1..k).any(|j| {
                words.has(j, Cue::PlaceLead)
                    && PLACES
                        .iter()
                        .any(|(name, _)| name.contains(' ') && words.at(j, name))
            })
        {
            if named.is_none() || distance(i + 1) < distance(named_at) {
                named = Some(words.phrase_text(i + 1, k + 1));
                named_at = i + 1;
            }
            continue;
        }
        if words.is_any(i, words!["in", "across", "within", "throughout"])
            && !released_in(words, i)
            && let Some(next) = Some(words.raw(i + 1)).filter(|n| !n.is_empty())
            && next.starts_with(char::is_uppercase)
            && is_place_like(next)
            // `138 Million Children Trapped in Labour`: in a headline in title case a capital
            // says nothing of a place (known places are found above).
            && !title_case(words, lo, hi)
            && !words.is_any(
                i + 1,
                words!["the", "a", "an", "its", "their", "this", "that"],
            )
        {
            named = Some(
                next.trim_end_matches("’s")
                    .trim_end_matches("'s")
                    .to_string(),
            );
            named_at = i + 1;
            // `in Sub-Saharan Africa`: the place of many words, whole; `in America`: the
            // table's name for a known place.
            if let Some(&(name, canonical)) = PLACES.iter().find(|(name, _)| {
                words.at(i + 1, name)
                    && (!SHORT_NAMES.contains(name) || short_name_placed(words, i + 1, name))
            }) {
                named = Some(canonical.to_string());
                inside = i + 2..i + 2 + name.matches(' ').count();
            }
        }
    }
    named
}

/// True when word `i` is `in` after a verb of publishing (`a study released in Geneva`): where
/// a report came out, not the place its numbers are for.
fn released_in(words: &Words, i: usize) -> bool {
    i >= 1 && words.is(i, "in") && words.is_any(i - 1, RELEASE_VERBS)
}

/// Verbs of publishing a report (`released`, `published`): where and when a report came out
/// says nothing of where or when its numbers are.
pub const RELEASE_VERBS: &WordSet =
    &WordSet::new(&["released", "published", "launched", "unveiled", "issued"]);

/// Short names of countries that are places only where a sentence puts something in them
/// (`in the US`), not where they qualify a body or a currency (`US$`, `the U.S. State
/// Department`).
const SHORT_NAMES: &[&str] = &["u s", "us", "usa", "u k", "uk"];

/// True when the short name `name` at word `i` is written in capitals after `in the`, `across
/// the`, `into the` or the like, and no name goes on after it (`trafficked into the US each
/// year`).
fn short_name_placed(words: &Words, i: usize, name: &str) -> bool {
    let next = i + 1 + name.matches(' ').count();
    i >= 2
        && words
            .raw(i)
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '.')
        && words.is(i - 1, "the")
        && words.is_any(
            i - 2,
            words!["in", "across", "throughout", "within", "into", "outside"],
        )
        && !words.raw(next).starts_with(char::is_uppercase)
        && words.char_after(next - 1) != Some('$')
}

/// Words that name a part of a region by its side (`North` Africa, `Southeast` Asia).
pub const SIDES: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
];

/// [`SIDES`], for looking up words.
const PLACE_PARTS: &WordSet = &WordSet::new(SIDES);

/// The word before word `i` (not before `lo`) as written, when it makes the place at `i` a
/// part of a larger one (`North` Africa, `Southeast` Asia).
fn part_of_place<'w>(words: &'w Words, i: usize, lo: usize) -> Option<&'w str> {
    let before = i.checked_sub(1).filter(|&b| b >= lo)?;
    ((words.is_any(before, PLACE_PARTS) || words.is(before, "sub-saharan"))
        && words.joined(i)
        && words.raw(before).starts_with(char::is_uppercase))
    .then(|| words.raw(before))
}

/// Words that rank a place against others (`the highest number of … in the world`).
const SUPERLATIVES: &WordSet = &WordSet::new(&[
    "highest", "largest", "most", "biggest", "greatest", "worst", "lowest", "fewest",
]);

/// True when `the world` at word `i` closes a ranking begun by a superlative up to eight words
/// before it, within the clause from word `lo` (`has the largest number of slaves in the
/// world`), or opens one (`the world’s largest number`).
fn ranked_against_world(words: &Words, i: usize, lo: usize) -> bool {
    if words.possessive(i) && words.is_any(i + 1, SUPERLATIVES) {
        return true;
    }
    // `the most`, not `most of the children in the world`; as far back as `the highest number
    // of people in modern slavery in the world`.
    (i.saturating_sub(10).max(lo)..i).any(|k| {
        words.is_any(k, SUPERLATIVES) && (!words.is(k, "most") || (k > 0 && words.is(k - 1, "the")))
    })
    // `placing it fifth in the world`, `ranked 5th in the world`: a rank among the world's
    // places.
    || (i.saturating_sub(3).max(lo)..i).any(|k| words.is_any(k, RANKS) || rank_number(words.raw(k)))
}

/// True when `the world's` at word `i` follows `home to` within four words back to `lo`
/// (`Asia is home to most of the world's victims, with 30 million`): the place named before
/// holds a share of the world's, and the number is the place's.
fn home_to_world_share(words: &Words, i: usize, lo: usize) -> bool {
    words.possessive(i)
        && (i.saturating_sub(5).max(lo)..i).any(|k| words.is(k, "home") && words.is(k + 1, "to"))
}

/// True when a superlative ranks a place before `globally` at word `i`: after `the`, at most
/// four words back (`the highest number globally`), or eight when a place was named before it
/// (`Asia has the highest number of victims of forced labour globally`), or after a rank, at
/// most six (`second highest victims of forced labour globally`).
fn ranked_globally(words: &Words, i: usize, lo: usize, placed: bool) -> bool {
    let the_reach = if placed { 8 } else { 4 };
    (i.saturating_sub(the_reach.max(6)).max(lo)..i).any(|k| {
        k > 0
            && words.is_any(k, SUPERLATIVES)
            && ((k + the_reach >= i && words.is(k - 1, "the"))
                || (k + 6 >= i && (words.is_any(k - 1, RANKS) || rank_number(words.raw(k - 1)))))
    })
}

/// Words that follow a capitalised `World` in the name of a body or a day (`the World Health
/// Organisation`, `the World Bank`, `the World Day Against Child Labour`).
const WORLD_NAMES: &WordSet = &WordSet::new(&[
    "health",
    "bank",
    "day",
    "food",
    "economic",
    "trade",
    "vision",
    "cup",
    "council",
    "meteorological",
    "tourism",
    "wildlife",
    "intellectual",
]);

/// True when `World` at word `i` opens the name of a body or a day (`the World Health
/// Organisation says …`): a name, not the world as the number's place.
fn names_body(words: &Words, i: usize) -> bool {
    words.raw(i).starts_with('W')
        && !words.possessive(i)
        && i + 1 < words.len()
        && words.raw(i + 1).starts_with(char::is_uppercase)
        && words.is_any(i + 1, WORLD_NAMES)
}

/// Ordinal words that give a place's rank (`fifth in the world`).
const RANKS: &WordSet = &WordSet::new(&[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
]);

/// True for an ordinal written in digits (`5th`, `2nd`, `163rd`).
fn rank_number(raw: &str) -> bool {
    let digits = raw.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && raw
            .get(digits..)
            .is_some_and(|s| matches!(s, "st" | "nd" | "rd" | "th"))
}

/// True when words `lo..hi` are written in title case: at least four words of four letters or
/// more after the first, three in four of them capitalised (`Children Trapped in Labour`).
fn title_case(words: &Words, lo: usize, hi: usize) -> bool {
    let (mut long, mut capital) = (0, 0);
    for k in lo + 1..hi {
        let raw = words.raw(k);
        if raw.len() >= 4 && raw.chars().all(char::is_alphabetic) {
            long += 1;
            capital += usize::from(raw.starts_with(char::is_uppercase));
        }
    }
    long >= 4 && capital * 4 >= long * 3
}

/// True for a capitalised word that can name a place (not a month, weekday or organisation).
fn is_place_like(word: &str) -> bool {
    // Compared in ASCII lower case, without a copy: a word holding other letters (whose
    // lower-case forms are not ASCII, but for the Kelvin sign's `k`, which none of these
    // words holds) matches none of them either way.
    let mut lower = [0u8; 12];
    let lower = match lower.get_mut(..word.len()) {
        Some(buf) => {
            buf.copy_from_slice(word.as_bytes());
            buf.make_ascii_lowercase();
            std::str::from_utf8(buf).unwrap_or("")
        }
        // Longer than any of them.
        None => "",
    };
    let calendar = matches!(
        lower,
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
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "total"
            | "all"
            | "particular"
            | "addition"
            | "fact"
            | "recent"
            | "response"
            | "contrast"
            | "comparison"
            | "general"
            | "short"
            | "turn"
            | "persons"
            | "person"
            | "practice"
            | "principle"
            | "future"
            // `in Tier 2`: a rank, not a place.
            | "tier"
    );
    !calendar
        && !word.chars().all(|c| c.is_uppercase())
        && !word.chars().any(|c| c.is_ascii_digit())
}

/// Organisations a sentence may credit, each with its canonical name; longest names first.
const ORGANISATIONS: &[(&str, &str)] = &[
    ("united nations office on drugs and crime", "UNODC"),
    ("un office on drugs and crime", "UNODC"),
    ("un drugs and crime agency", "UNODC"),
    ("un drugs and crime office", "UNODC"),
    ("un office of drugs and crime", "UNODC"),
    ("un anti-drugs and crime agency", "UNODC"),
    ("international labour organization", "ILO"),
    ("international labor organization", "ILO"),
    ("international labour organisation", "ILO"),
    ("international labour office", "ILO"),
    ("international labor organisation", "ILO"),
    ("international labor office", "ILO"),
    ("un labour agency", "ILO"),
    ("un labor agency", "ILO"),
    ("un’s labour agency", "ILO"),
    ("un's labour agency", "ILO"),
    ("international organization for migration", "IOM"),
    ("un migration agency", "IOM"),
    ("un children’s agency", "UNICEF"),
    ("un children's agency", "UNICEF"),
    ("un children’s fund", "UNICEF"),
    ("un children's fund", "UNICEF"),
    ("u.n. children’s fund", "UNICEF"),
    ("u.n. children's fund", "UNICEF"),
    ("united nations children’s fund", "UNICEF"),
    ("united nations children's fund", "UNICEF"),
    ("walk free foundation", "Walk Free"),
    ("walk free", "Walk Free"),
    ("minderoo", "Walk Free"),
    ("global slavery index", "Walk Free"),
    ("us state department", "US State Department"),
    ("u.s. state department", "US State Department"),
    ("state department", "US State Department"),
    ("federal investigation agency", "FIA"),
    ("united nations", "UN"),
    ("unodc", "UNODC"),
    ("ilo", "ILO"),
    ("iom", "IOM"),
    ("unicef", "UNICEF"),
    ("fia", "FIA"),
    ("un", "UN"),
    ("u.n", "UN"),
];

/// The organisations split into words, with their canonical names.
type OrganisationWords = Vec<(Vec<&'static str>, &'static str)>;

/// The organisations split into words, built once.
fn organisations() -> &'static OrganisationWords {
    static ORGS: OnceLock<OrganisationWords> = OnceLock::new();
    ORGS.get_or_init(|| {
        ORGANISATIONS
            .iter()
            .map(|&(name, canonical)| {
                (
                    name.split([' ', '.']).filter(|p| !p.is_empty()).collect(),
                    canonical,
                )
            })
            .collect()
    })
}

/// The words an organisation's name can start with (a test checks them against
/// [`ORGANISATIONS`]).
const ORGANISATION_LEADS: &WordSet = &WordSet::new(&[
    "united",
    "un",
    "international",
    "un’s",
    "un's",
    "walk",
    "minderoo",
    "global",
    "us",
    "u",
    "state",
    "federal",
    "unodc",
    "ilo",
    "iom",
    "unicef",
    "fia",
]);

/// The organisation named at word `i`, with how many words it takes.
#[inline]
fn organisation_at(words: &Words, i: usize) -> Option<(&'static str, usize)> {
    // Most words name no organisation. (A word as written differs from its base form only
    // when it ends with a possessive.)
    // (A word never holds a full stop: `U.N.` is two words.)
    if !words.has(i, Cue::OrganisationLead)
        && (!words.stripped(i) || !ORGANISATION_LEADS.contains(words.lower(i)))
    {
        return None;
    }
    organisation_named(words, i)
}

/// False when [`organisation_at`] finds no organisation at any word of the sentence: none
/// carries the cue of [`ORGANISATION_LEADS`], nor is one with a possessive taken off in that
/// list as written.
fn may_name_organisation(words: &Words) -> bool {
    words.any(Cue::OrganisationLead.bit())
        || (0..words.len())
            .any(|i| words.stripped(i) && ORGANISATION_LEADS.contains(words.lower(i)))
}

/// [`organisation_at`] once word `i` can start an organisation's name.
#[inline(never)]
fn organisation_named(words: &Words, i: usize) -> Option<(&'static str, usize)> {
    let list = organisations();
    let first = words.lower(i);
    let lead = first.as_bytes().first();
    list.iter().find_map(|(parts, canonical)| {
        // Most organisations differ from the word in their first letter.
        if parts.first().and_then(|p| p.as_bytes().first()) != lead {
            return None;
        }
        let hit = parts.iter().enumerate().all(|(k, p)| {
            let w = if k + 1 == parts.len() {
                words.base(i + k)
            } else {
                words.lower(i + k)
            };
            w == *p
        });
        // `UN` must be written in capitals to be the United Nations, not `un-`.
        let caps = || parts[..] != ["un"] || words.raw(i).starts_with("UN");
        (hit && caps()).then_some((*canonical, parts.len()))
    })
}

/// True when `name` is a country or region of [`PLACES`] (as a scope gives it), not just a
/// capitalised name after `in` (`in London`).
pub fn is_known_place(name: &str) -> bool {
    PLACES.iter().any(|(_, canonical)| *canonical == name)
}

/// The country or region (as the table names it) whose people a nationality word names
/// (`British`, `Albanians`, `Vietnamese`), in any case; none for a place's own name (`Britain`,
/// `Iran`) or another word.
pub fn nationality(word: &str) -> Option<&'static str> {
    const ENDINGS: &[&str] = &["an", "ans", "ish", "ese", "i", "is", "ch"];
    let word = word.to_lowercase();
    if !ENDINGS.iter().any(|e| word.ends_with(e)) {
        return None;
    }
    PLACES
        .iter()
        .find(|(name, canonical)| *name == word && !canonical.eq_ignore_ascii_case(&word))
        .map(|&(_, canonical)| canonical)
}

/// The indices of [`PLACES`] grouped by their first letter (`a` to `z`), in table order within a
/// letter, and where each letter's group starts in that list (the 27th entry ends the last).
#[allow(clippy::indexing_slicing)] // Evaluated at compile time, where a panic fails the build.
const PLACES_BY_LEAD: ([u8; PLACES.len()], [u8; 27]) = {
    assert!(PLACES.len() < 256);
    let mut order = [0u8; PLACES.len()];
    let mut starts = [0u8; 27];
    let mut n = 0;
    let mut letter = 0;
    while letter < 26 {
        starts[letter] = n as u8;
        let mut k = 0;
        while k < PLACES.len() {
            let lead = PLACES[k].0.as_bytes()[0];
            assert!(lead.is_ascii_lowercase());
            if lead == b'a' + letter as u8 {
                order[n] = k as u8;
                n += 1;
            }
            k += 1;
        }
        letter += 1;
    }
    assert!(n == PLACES.len());
    starts[26] = n as u8;
    (order, starts)
};

/// For each first letter of [`PLACES`], the second bytes (in lower case) its places have: bit
/// `b - b'a'` for a letter `b`, bit 26 for any other byte. A word whose second byte has no bit
/// names none of them.
#[allow(clippy::indexing_slicing)] // Evaluated at compile time, where a panic fails the build.
const PLACE_SECONDS: [u32; 26] = {
    let mut masks = [0u32; 26];
    let mut k = 0;
    while k < PLACES.len() {
        let name = PLACES[k].0.as_bytes();
        assert!(name.len() >= 2);
        masks[(name[0] - b'a') as usize] |= second_bit(name[1]);
        k += 1;
    }
    masks
};

/// The bit of [`PLACE_SECONDS`] for a second byte `b`, in any ASCII case.
const fn second_bit(b: u8) -> u32 {
    let b = b.to_ascii_lowercase();
    if b.is_ascii_lowercase() {
        1 << (b - b'a')
    } else {
        1 << 26
    }
}

/// The first place of [`PLACES`] (as the table names it) that `sentence` names by a capitalised
/// word or two (`Albanian`, `South Asia`), short names (`US`, `UK`) aside.
pub fn first_place_named(sentence: &str) -> Option<&'static str> {
    let words: Vec<&str> = sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().find_map(|(i, w)| {
        if !w.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let one = w.to_lowercase();
        let two = words
            .get(i + 1)
            .map(|next| format!("{one} {}", next.to_lowercase()));
        PLACES
            .iter()
            .find(|(name, _)| {
                !SHORT_NAMES.contains(name)
                    && (*name == one || two.as_deref().is_some_and(|t| t == *name))
            })
            .map(|&(_, canonical)| canonical)
    })
}

/// The one place (a country or region of [`PLACES`], as the table names it) that a document's
/// opening (its first three paragraphs, at most 1,500 bytes) names, when the opening never names
/// the world nor lists two of its regions: the place a story with a dateline or a national survey
/// in its headline is about.
pub fn home_place(text: &str) -> Option<&'static str> {
    const OPENING: usize = 1_500;
    /// The longest line read as a byline or a date line.
    const BYLINE: usize = 40;
    /// The longest paragraph read as a headline when no full stop ends it.
    const HEADLINE: usize = 120;
    let mut end = 0;
    let mut paragraphs = 0;
    let mut short = 0;
    // Past `OPENING` bytes the opening is cut there, however far its paragraphs reach: a
    // paragraph break is looked for only where it could end the opening sooner.
    while paragraphs < 3 && end < text.len() && end < OPENING {
        let rest = text.get(end..).unwrap_or("");
        let trimmed = rest.trim_start();
        let body = rest.len() - trimmed.len();
        let reach = (OPENING + 2).saturating_sub(end + body).min(trimmed.len());
        let window = trimmed.as_bytes().get(..reach).unwrap_or_default();
        // (The first line break followed by another: a `memmem` searcher costs more to build
        // than this short window takes to read.)
        let len = memchr::memchr_iter(b'\n', window)
            .find(|&at| window.get(at + 1) == Some(&b'\n'))
            .unwrap_or(trimmed.len());
        let line = trimmed.get(..len).unwrap_or_default().trim_end();
        end += body + len;
        // A byline and a date line (`By Our Correspondent`, `October 18, 2024`) are no
        // paragraphs of the story: the dateline may come after them; nor is a headline or a
        // standfirst without a full stop, said twice or after the site's name (`Over 24m
        // children engaged in forced labour in 2022— NBS`). (Four at most: a page's menu of
        // short lines is no opening to read to its end.)
        let headline = len <= HEADLINE && !line.ends_with(['.', '!', '?', '"', '”', ':']);
        if (len > BYLINE && !headline) || short == 4 {
            paragraphs += 1;
        } else {
            short += 1;
        }
    }
    let mut cut = end.min(OPENING);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let opening = text.get(..cut).unwrap_or("");
    let bytes = opening.as_bytes();
    // A word starts where the character before it is no word character. (Most candidates
    // follow an ASCII byte, read without decoding.)
    let starts_word = |start: usize| match start.checked_sub(1).and_then(|k| bytes.get(k)) {
        Some(&p) if p.is_ascii() => !(p.is_ascii_alphanumeric() || p == b'-'),
        _ => opening
            .get(..start)
            .and_then(|head| head.chars().next_back())
            .is_none_or(|c| !home_word(c)),
    };
    // An opening that names the world anywhere is about the world: its words are looked for
    // first, so that the places are read only up to the first country.
    if names_world(opening, starts_word) {
        return None;
    }
    let mut found: Option<&'static str> = None;
    // Only a word that starts with a capital (a place) is read: the bytes between are skipped
    // eight at a time ([`next_lead`]).
    let mut i = 0;
    while let Some(start) = next_lead(bytes, i) {
        i = start + 1;
        let b = bytes.get(start).copied().unwrap_or_default();
        if !starts_word(start) {
            continue;
        }
        let rest = opening.get(start..).unwrap_or("");
        // Only the places that start with the word's letter, in table order.
        let letter = usize::from(b.to_ascii_lowercase() - b'a');
        let (order, starts) = &PLACES_BY_LEAD;
        let from = starts.get(letter).copied().unwrap_or_default();
        let to = starts.get(letter + 1).copied().unwrap_or_default();
        let group = order
            .get(usize::from(from)..usize::from(to))
            .unwrap_or_default();
        // The word's second byte, in lower case: most places of the letter differ from the word
        // there, and are turned away by it before their names are compared.
        let second = rest.as_bytes().get(1).map(u8::to_ascii_lowercase);
        // Most capitalised words are turned away by their second byte before any place is
        // looked at.
        if second.is_none_or(|b| {
            PLACE_SECONDS
                .get(letter)
                .is_none_or(|mask| mask & second_bit(b) == 0)
        }) {
            continue;
        }
        let here = group
            .iter()
            .filter_map(|&k| PLACES.get(usize::from(k)))
            .find(|(name, _)| {
                let after = rest.get(name.len()..);
                name.as_bytes().get(1).map(u8::to_ascii_lowercase) == second
                    && rest
                        .get(..name.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(name))
                    && !after
                        .and_then(|t| t.chars().next())
                        .is_some_and(home_word)
                    // `the African slave trade`: a trade of past centuries, no place.
                    && !after.is_some_and(|t| t.trim_start().starts_with("slave trade"))
                    // (`US$30 billion`, `Us`: the short names are read only in a sentence;
                    // asked last, of a name that matched.)
                    && !SHORT_NAMES.contains(name)
            })
            .map(|&(_, canonical)| canonical);
        match (found, here) {
            // `US$58.6 billion in Europe and Central Asia, US$48.4 billion in Asia and the
            // Pacific, …`: a list of the world's regions is about the world, not the first.
            (Some(first), Some(other)) if other != first && REGIONS.contains(&other) => {
                return None;
            }
            // Past a country nothing read changes the answer (the world's words are not
            // there); past a region, another region would.
            (None, Some(place)) if !REGIONS.contains(&place) => return Some(place),
            (None, Some(place)) => found = Some(place),
            _ => {}
        }
    }
    found
}

/// The world's regions as [`home_place`] names them: an opening that lists two is about the world.
const REGIONS: &[&str] = &[
    "Europe and Central Asia",
    "Arab States",
    "Europe",
    "Africa",
    "Asia and the Pacific",
    "Asia",
    "Americas",
    "Latin America and the Caribbean",
    "Latin America",
];

/// True when `name` (any case, `the Americas` too) is one of the world's [`REGIONS`], not a
/// country.
pub fn is_world_region(name: &str) -> bool {
    let name = name.strip_prefix("the ").unwrap_or(name);
    REGIONS.iter().any(|r| r.eq_ignore_ascii_case(name))
}

/// True when a character belongs to a word as [`home_place`] reads words (`world-class`,
/// `world’s`).
fn home_word(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '’'
}

/// True when `opening` holds one of the world's words (`global`, `globally`, `worldwide`,
/// `world`, in any ASCII case) as a whole word: at a position `starts_word` takes for a word's
/// start, up to a character that is no word character.
fn names_world(opening: &str, starts_word: impl Fn(usize) -> bool) -> bool {
    let bytes = opening.as_bytes();
    // Each word starts with `g` or `w`, then `l` or `o`, in either case: only there is a word
    // read to its end.
    let world_at = |at: usize| {
        bytes
            .get(at + 1)
            .is_some_and(|c| matches!(c.to_ascii_lowercase(), b'l' | b'o'))
            && starts_word(at)
            && opening.get(at..).is_some_and(|rest| {
                let word = rest.split(|c: char| !home_word(c)).next().unwrap_or("");
                ["global", "globally", "worldwide", "world"]
                    .iter()
                    .any(|w| word.eq_ignore_ascii_case(w))
            })
    };
    memchr::memchr2_iter(b'g', b'w', bytes).any(world_at)
        || memchr::memchr2_iter(b'G', b'W', bytes).any(world_at)
}

/// The first position at or after `from` of an ASCII capital, the byte [`home_place`] reads a
/// word at ([`HOME_LEADS`]), eight bytes at a time.
fn next_lead(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let x = u64::from_le_bytes(eight);
        // An ASCII capital: its low seven bits are at least `A` and below `[` (sums of
        // seven-bit bytes carry into their own high bit only), and its high bit is clear.
        let low = x & LOW;
        let capital = (low + (0x80 - 0x41) * ONES) & !(low + (0x80 - 0x5b) * ONES) & !x & HIGH;
        if capital != 0 {
            return Some(at + (capital.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    bytes
        .get(at..)?
        .iter()
        .position(|&b| HOME_LEADS.get(usize::from(b)) == Some(&true))
        .map(|skip| at + skip)
}

/// The bytes [`home_place`] reads a word at: ASCII capitals.
static HOME_LEADS: [bool; 256] = {
    let mut leads = [false; 256];
    let mut slots: &mut [bool] = &mut leads;
    let mut c: u8 = 0;
    while let [slot, rest @ ..] = slots {
        *slot = c.is_ascii_uppercase();
        c = c.wrapping_add(1);
        slots = rest;
    }
    leads
};

/// The first words of the places a scope can name (a test checks them against [`PLACES`]).
const PLACE_LEADS: &WordSet = &WordSet::new(&[
    "latin",
    "caribbean",
    "khyber",
    "khyber-pakhtunkhwa",
    "arab",
    "south",
    "sub-saharan",
    "united",
    "u",
    "us",
    "usa",
    "uk",
    "middle",
    "sri",
    "pakistan",
    "pakistani",
    "pakistan’s",
    "punjab",
    "sindh",
    "balochistan",
    "kp",
    "india",
    "indian",
    "bangladesh",
    "bangladeshi",
    "afghanistan",
    "nepal",
    "china",
    "eu",
    "europe",
    "european",
    "africa",
    "african",
    "asia",
    "asia-pacific",
    "americas",
    "american",
    "albania",
    "albanian",
    "argentina",
    "australia",
    "australian",
    "brazil",
    "brazilian",
    "britain",
    "british",
    "cambodia",
    "cambodian",
    "canada",
    "canadian",
    "colombia",
    "dutch",
    "egypt",
    "ethiopia",
    "ethiopian",
    "filipina",
    "filipino",
    "france",
    "german",
    "germany",
    "ghana",
    "ghanaian",
    "indonesia",
    "indonesian",
    "iran",
    "iraq",
    "ireland",
    "irish",
    "italian",
    "italy",
    "japan",
    "japanese",
    "kazakhstan",
    "kenya",
    "kenyan",
    "kuwait",
    "laos",
    "lebanon",
    "libya",
    "malaysia",
    "malaysian",
    "mexican",
    "mexico",
    "moldova",
    "myanmar",
    "netherlands",
    "new",
    "nigeria",
    "nigerian",
    "peru",
    "philippines",
    "qatar",
    "romania",
    "romanian",
    "russia",
    "russian",
    "saudi",
    "spain",
    "syria",
    "thai",
    "thailand",
    "uganda",
    "ugandan",
    "ukraine",
    "ukrainian",
    "uzbekistan",
    "vietnam",
    "vietnamese",
    "zimbabwe",
    "filipinos",
    "indonesians",
    "nigerians",
    "ghanaians",
    "kenyans",
    "ugandans",
    "ethiopians",
    "mexicans",
    "brazilians",
    "canadians",
    "australians",
    "ukrainians",
    "russians",
    "romanians",
    "albanians",
    "cambodians",
    "malaysians",
    "indians",
    "pakistanis",
    "bangladeshis",
    "lahore",
    "karachi",
    "islamabad",
    "peshawar",
    "quetta",
    "algeria",
    "angola",
    "austria",
    "bahrain",
    "belarus",
    "belgium",
    "bhutan",
    "bolivia",
    "botswana",
    "bulgaria",
    "burkina",
    "burma",
    "cameroon",
    "chile",
    "chinese",
    "cuba",
    "cuban",
    "drc",
    "ecuador",
    "el",
    "england",
    "eritrea",
    "eritrean",
    "eritreans",
    "fiji",
    "greece",
    "guatemala",
    "haiti",
    "haitian",
    "haitians",
    "honduras",
    "hong",
    "israel",
    "ivory",
    "kyrgyzstan",
    "liberia",
    "madagascar",
    "malawi",
    "maldives",
    "mali",
    "mauritania",
    "mauritanian",
    "mongolia",
    "moroccan",
    "morocco",
    "mozambique",
    "namibia",
    "niger",
    "north",
    "norway",
    "oman",
    "papua",
    "poland",
    "portugal",
    "rwanda",
    "scotland",
    "senegal",
    "senegalese",
    "sierra",
    "singapore",
    "somali",
    "somalia",
    "somalis",
    "sudan",
    "sudanese",
    "sweden",
    "switzerland",
    "taiwan",
    "tajikistan",
    "tanzania",
    "tunisia",
    "turkey",
    "turkish",
    "turkmenistan",
    "türkiye",
    "uae",
    "venezuela",
    "venezuelan",
    "venezuelans",
    "yemen",
    "zambia",
]);

/// Words after an organisation that make the sentence its claim (`UNODC said`, `ILO estimates`).
const CREDIT_VERBS: &WordSet = &WordSet::new(&[
    "said",
    "says",
    "say",
    "reported",
    "reports",
    "report",
    "estimates",
    "estimated",
    "estimate",
    "found",
    "finds",
    "shows",
    "showed",
    "show",
    "notes",
    "noted",
    "recorded",
    "records",
    "counted",
    "data",
    "figures",
    "research",
    "survey",
    "study",
    "statistics",
    "findings",
    "analysis",
    "numbers",
    "calculates",
    "calculated",
    "revealed",
    "reveals",
    "puts",
    "put",
    "warned",
    "warns",
    "believes",
]);

/// The organisation a claim is credited to, and the word where the credit is.
pub fn attribution(words: &Words, within: &Range<usize>) -> Option<(String, usize)> {
    // Every credit is to an organisation named at some word of the sentence.
    if !may_name_organisation(words) {
        return None;
    }
    let (lo, hi) = word_bounds(words, within);
    let mut i = lo;
    // The last organisation passed over, the word after it and the word its name starts at.
    let mut last_org: Option<(&'static str, usize, usize)> = None;
    // `last_org` as it was before the last organisation's name began.
    let mut prior_org: Option<(&'static str, usize, usize)> = None;
    while i < hi {
        // `according to (the) X`, `data from X`, `a report by the X`, `(X, 2022)`
        let lead = if words.is(i, "according") && words.is(i + 1, "to") {
            Some(i + 2)
        } else if words.is_any(
            i,
            words![
                "from", "by", "of", "per", "cites", "citing", "cited", "quoting",
            ],
        ) && i > lo
            && words.is_any(
                i - 1,
                words![
                    "data",
                    "figures",
                    "report",
                    "estimates",
                    "research",
                    "study",
                    "survey",
                    "statistics",
                    "numbers",
                    "analysis",
                    "findings",
                ],
            )
        {
            Some(i + 1)
        } else {
            None
        };
        if let Some(mut at) = lead {
            while words.is_any(at, words!["the", "a", "an", "latest", "new", "recent"]) {
                at += 1;
            }
            if let Some((org, width)) = organisation_at(words, at) {
                return Some((credited_list(words, org, at + width, hi), at));
            }
        }
        if let Some((org, width)) = organisation_at(words, i) {
            let last = i + width - 1;
            let mut next = last + 1;
            // `the ILO’s latest report`, `UNODC’s 2024 report`
            while words.is_any(
                next,
                words!["latest", "new", "recent", "own", "annual", "flagship"],
            ) || year(words, next).is_some()
            {
                next += 1;
            }
            let possessive = words.possessive(last);
            let credited = words.has(next, Cue::Credit)
                && (possessive
                    || !words.is_any(
                        next,
                        words![
                            "data", "figures", "research", "numbers", "analysis", "findings",
                        ],
                    )
                    || words.is_any(
                        next + 1,
                        words![
                            "show",
                            "shows",
                            "showed",
                            "say",
                            "says",
                            "suggest",
                            "suggests",
                            "found",
                            "indicate",
                            "indicates",
                        ],
                    ));
            // `UNODC’s report found`, `in the ILO’s report`: a report credits its numbers only
            // when it says or finds something, or the number is read in it.
            let report_of = (words.is_any(next, words!["report", "data", "figures", "estimates"])
                || (words.is(next, "global")
                    && words.is_any(next + 1, words!["report", "estimates", "slavery"])))
                && ((next + 1..(next + 8).min(words.len())).any(|k| {
                    words.is_any(
                        k,
                        words![
                            "says",
                            "said",
                            "say",
                            "found",
                            "finds",
                            "shows",
                            "showed",
                            "show",
                            "estimates",
                            "estimated",
                            "reported",
                            "reports",
                            "revealed",
                            "reveals",
                            "noted",
                            "notes",
                            "puts",
                            "stated",
                            "states",
                            "indicates",
                        ],
                    )
                }) || (i > 0 && words.is_any(i - 1, words!["in", "from", "by", "per"]))
                    || (i > 1
                        && words.is_any(i - 1, words!["the", "a", "an"])
                        && words.is_any(i - 2, words!["in", "from", "by", "per"])));
            let opened = i > 0
                && words
                    .lower_text(words.span(i - 1).end..words.span(i).start)
                    .contains('(');
            // `the International Labour Organisation (ILO)`: the short name alone in brackets
            // right after the full one is that name again, which starts where the full one does.
            let again = last_org.filter(|&(o, after, _)| {
                opened
                    && o == org
                    && after == i
                    && words
                        .lower_text(words.span(last).end..words.span(last + 1).start)
                        .trim_start()
                        .starts_with(')')
            });
            let (start, before) = match again {
                Some((_, _, s)) => (s, prior_org),
                None => (i, last_org),
            };
            // A bracketed credit: `(ILO, 2022)`.
            let bracketed = opened && again.is_none();
            // `a UN report`, `the ILO data`
            let introduced =
                i > 0 && words.is_any(i - 1, words!["a", "an", "the", "new", "latest"]);
            // `the State Department released its yearly report assessing …`: the numbers of a
            // report the organisation put out are its own.
            let released = words.is_any(
                next,
                words![
                    "released",
                    "releases",
                    "published",
                    "publishes",
                    "issued",
                    "issues",
                    "launched",
                    "launches",
                    "unveiled",
                    "unveils",
                ],
            ) && {
                let mut k = next + 1;
                while words.is_any(
                    k,
                    words![
                        "its", "their", "a", "an", "the", "annual", "yearly", "latest", "new",
                        "flagship", "global",
                    ],
                ) || year(words, k).is_some()
                {
                    k += 1;
                }
                words.is_any(
                    k,
                    words!["report", "index", "estimates", "survey", "study", "data"],
                )
            };
            if credited || bracketed || released || (report_of && (possessive || introduced)) {
                // `the ILO and Walk Free Foundation estimated`: a joint credit.
                // (`the United Nations Children’s Fund (UNICEF) and the International Labour
                // Organisation (ILO) revealed` too.)
                let joint = before.filter(|&(_, after, _)| {
                    after < start
                        && words.is(after, "and")
                        && (after + 1..start).all(|k| words.is(k, "the"))
                });
                return Some(match joint {
                    Some((first, _, _)) if first != org => (format!("{first} and {org}"), i),
                    _ => (org.into(), i),
                });
            }
            prior_org = before;
            last_org = Some((org, i + width, start));
            i += width;
            continue;
        }
        i += 1;
    }
    None
}

/// This module's word lists with their cues.
pub(super) const CUE_LISTS: &[CueList] = &[
    (Cue::Report, REPORT_WORDS),
    (Cue::Period, PERIOD_WORDS),
    (Cue::Scope, SCOPE_WORDS),
    (Cue::PlaceLead, PLACE_LEADS),
    (Cue::OrganisationLead, ORGANISATION_LEADS),
    (Cue::Credit, CREDIT_VERBS),
    (Cue::AgeLead, AGE_LEADS),
    (Cue::AgeUnit, AGE_UNITS),
];

/// The word indices covering bytes `within`.
pub fn word_bounds(words: &Words, within: &Range<usize>) -> (usize, usize) {
    (
        words.first_ending_after(within.start),
        words.first_from(within.end),
    )
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_next_lead_is_the_first_byte_the_table_marks() {
        let text = "Über Kenya, g-W a[@Z` ¡GgwW\u{e7}\u{c7}\u{f7}\u{d7} Nigeria; the world’s kilns, global.";
        let bytes: Vec<u8> = text
            .bytes()
            .chain(0..=u8::MAX)
            .chain(text.bytes())
            .collect();
        for from in 0..=bytes.len() {
            let expected = bytes
                .get(from..)
                .and_then(|r| r.iter().position(|&b| HOME_LEADS[usize::from(b)]))
                .map(|skip| from + skip);
            assert_eq!(next_lead(&bytes, from), expected, "{from}");
        }
    }

    #[test]
    fn every_place_has_a_second_byte_for_home_place_to_compare_first() {
        assert!(PLACES.iter().all(|(name, _)| name.len() >= 2));
    }

    #[test]
    fn a_documents_home_is_the_one_place_its_opening_names_without_the_world() {
        assert_eq!(
            home_place(
                "Child labour: 24m children at work in Nigeria\n\nApril 19\n\nThe bureau said so."
            ),
            Some("Nigeria")
        );
        // The first place named, by the table's name for it.
        assert_eq!(
            home_place("Indian brick kilns\n\nIn Nepal too."),
            Some("India")
        );
        // The world named anywhere in the opening: no home.
        assert_eq!(home_place("Nigeria and the world\n\nText."), None);
        assert_eq!(
            home_place("Nigeria\n\nGlobally, 160 million children work."),
            None
        );
        // Past the first three paragraphs, and in lower case, places are not read.
        let long = "A paragraph long enough to be more than a byline.";
        assert_eq!(
            home_place(&format!("{long}\n\n{long}\n\n{long}\n\nIn Nigeria.")),
            None
        );
        // A byline and a date line are no paragraphs of the story.
        assert_eq!(
            home_place(&format!(
                "{long}\n\n{long}\n\nBy Our Correspondent\n\nOctober 18, 2024\n\nISLAMABAD: Text."
            )),
            Some("Islamabad")
        );
        // Nor are a headline said twice and a standfirst, none ending in a full stop: the
        // story's first paragraph is still read.
        assert_eq!(
            home_place(
                "Monday, 6 May\n\nDaily Paper\n\nOver 9m children at work, survey finds\n\nOver 9m \
                 children at work, survey finds\n\n…a third of them in mines\n\nMore than nine \
                 million Ghanaian children were at work last year, a survey found."
            ),
            Some("Ghana")
        );
        assert_eq!(home_place("the india rubber trade"), None);
        // A trade of past centuries is no place.
        assert_eq!(
            home_place("The African slave trade carried millions."),
            None
        );
        // The opening is read byte by byte and a place looked up by its first letter: every
        // place starts with a lower-case ASCII letter. Words in other scripts, and the world's
        // words after them, are still read.
        for (name, _) in PLACES {
            assert!(name.as_bytes()[0].is_ascii_lowercase(), "{name}");
        }
        assert_eq!(home_place("Ésta — Über Kenya kilns"), Some("Kenya"));
        assert_eq!(home_place("Über Kenya, the Welt-World"), Some("Kenya"));
        assert_eq!(home_place("Über Kenya, ÉWORLDWIDE; worldwide."), None);
        // A list of the world's regions is about the world; a region and its country are not.
        assert_eq!(
            home_place("Profits: $84bn in Europe and Central Asia, $62bn in Asia and the Pacific."),
            None
        );
        assert_eq!(home_place("Africa's mines, and Nigeria's."), Some("Africa"));
        assert_eq!(home_place("Pakistan, then Africa."), Some("Pakistan"));
        // The opening ends at 1,500 bytes, wherever its paragraphs end.
        let long = "x ".repeat(700);
        assert_eq!(
            home_place(&format!("{long}\n\nIn Nigeria.")),
            Some("Nigeria")
        );
        let longer = "x ".repeat(800);
        assert_eq!(home_place(&format!("{longer}\n\nIn Nigeria.")), None);
        assert_eq!(home_place(&format!("{long}In Nigeria.")), Some("Nigeria"));
        assert_eq!(home_place(&format!("{long} {long}In Nigeria.")), None);
    }

    #[test]
    fn the_first_place_a_sentence_names_by_a_capitalised_word() {
        assert_eq!(
            first_place_named("UK (24%; 1,105), Albanian (17%; 791) and Vietnamese (11%)"),
            Some("Albania")
        );
        assert_eq!(
            first_place_named("Most victims were in South Asia."),
            Some("South Asia")
        );
        // Short names and words in lower case are no places here.
        assert_eq!(first_place_named("In the US, 791 were arrested."), None);
        assert_eq!(first_place_named("791 traffickers were arrested."), None);
    }
    use super::*;

    fn all(text: &str) -> (Words<'_>, Range<usize>) {
        (Words::new(text, 0..text.len()), 0..text.len())
    }

    fn period_of(text: &str) -> Option<String> {
        let (w, r) = all(text);
        let skip = edition(&w, &r).map(|(_, i)| i);
        period(&w, &r, skip).map(|p| p.text)
    }

    #[test]
    fn lead_words_are_the_first_words_of_the_names() {
        let mut places: Vec<&str> = PLACES
            .iter()
            .map(|(name, _)| name.split(' ').next().unwrap_or(name))
            .collect();
        places.sort_unstable();
        places.dedup();
        assert_eq!(PLACE_LEADS.sorted(), places);
        let mut organisations: Vec<&str> =
            organisations().iter().map(|(parts, _)| parts[0]).collect();
        organisations.sort_unstable();
        organisations.dedup();
        assert_eq!(ORGANISATION_LEADS.sorted(), organisations);
    }

    #[test]
    fn months_days_and_common_words_are_not_places() {
        for word in [
            "January",
            "Tuesday",
            "Tier",
            "Comparison",
            "ToTal",
            "Particular",
        ] {
            assert!(!is_place_like(word), "{word}");
        }
        for word in [
            "London",
            "Lahore",
            "Kasur",
            "Mayfair",
            "Comparisons",
            "Ōsaka",
        ] {
            assert!(is_place_like(word), "{word}");
        }
        assert!(!is_place_like("UNODC") && !is_place_like("Area51"));
        assert!(is_place_like("Llanfairpwllgwyngyll"));
    }

    #[test]
    fn numbers_in_words() {
        assert_eq!(number_word("15"), Some(15));
        assert_eq!(number_word("four"), Some(4));
        assert_eq!(number_word("twenty"), Some(20));
        assert_eq!(number_word("0"), None);
        assert_eq!(number_word("many"), None);
    }

    #[test]
    fn periods() {
        assert_eq!(
            period_of("in 2022, 38% were children").as_deref(),
            Some("2022")
        );
        assert_eq!(
            period_of("since 2019 it rose 25%").as_deref(),
            Some("since 2019")
        );
        assert_eq!(
            period_of("between 2004 and 2018 the share tripled").as_deref(),
            Some("2004-2018")
        );
        assert_eq!(
            period_of("tripled over the past 15 years").as_deref(),
            Some("past 15 years")
        );
        assert_eq!(
            period_of("rose 25% in 2022 compared with 2019").as_deref(),
            Some("2019-2022")
        );
        assert_eq!(
            period_of("the 2024 report says 38% of victims").as_deref(),
            None
        );
        assert_eq!(
            period_of("the PCLS 2019-20 found").as_deref(),
            Some("2019-2020")
        );
        assert_eq!(
            period_of("in the last four years").as_deref(),
            Some("past 4 years")
        );
        assert_eq!(
            period_of("rose 6.6 million since the last estimates in 2016").as_deref(),
            Some("since 2016")
        );
        assert_eq!(
            period_of("38% of victims, compared to 35% for figures for 2020").as_deref(),
            Some("2020")
        );
    }

    #[test]
    fn editions() {
        let (w, r) = all("UNODC’s 2024 report found 38%");
        assert_eq!(edition(&w, &r).map(|e| e.0), Some(2024));
        let (w, r) = all("the Global Report on Trafficking in Persons 2022 says");
        assert_eq!(edition(&w, &r).map(|e| e.0), Some(2022));
        let (w, r) = all("UNODC's 2021 World Trafficking in Persons Report states 80%");
        assert_eq!(edition(&w, &r).map(|e| e.0), Some(2021));
        let (w, r) = all("in 2021 World Cup matches, 80%");
        assert_eq!(edition(&w, &r), None);
        let (w, r) = all("in 2022, 38% were children");
        assert_eq!(edition(&w, &r), None);
        let (w, r) = all("a rise of 10 million compared to 2016 global estimates");
        assert_eq!(edition(&w, &r), None);
        // A headline's credit after a dash: the year before it is the data's.
        let (w, r) = all("50 million people in modern slavery in 2021 - UN Report");
        assert_eq!(edition(&w, &r), None);
        let (w, r) = all("the 2021 UN Report found 80%");
        assert_eq!(edition(&w, &r).map(|e| e.0), Some(2021));
        // The year a report came out, after who published it.
        let (w, r) = all("The report by the International Labour Organization in 2017 said");
        assert_eq!(edition(&w, &r).map(|e| e.0), Some(2017));
        let (w, r) = all("a report released by UNICEF in 2021 found 160 million");
        assert_eq!(edition(&w, &r).map(|e| e.0), Some(2021));
        // A year of the data, after what the report counts, is no edition.
        let (w, r) = all("a report of 152 million children in child labour in 2016");
        assert_eq!(edition(&w, &r), None);
    }

    #[test]
    fn a_first_edition_named_in_words() {
        let first = |text: &str| {
            let (w, r) = all(text);
            first_edition(&w, &r)
        };
        assert_eq!(
            first("30 million, according to the inaugural Global Slavery Index").as_deref(),
            Some("global slavery index")
        );
        assert_eq!(
            first("the first ever Global Slavery Index found 30 million").as_deref(),
            Some("global slavery index")
        );
        assert_eq!(
            first("for the first time, the Global Slavery Index found"),
            None
        );
        assert_eq!(
            first("India ranked first in the Global Slavery Index"),
            None
        );
        assert_eq!(first("the first global slavery index found"), None);
    }

    fn scope_of(text: &str) -> Option<String> {
        let (w, r) = all(text);
        scope_near(&w, &r, None)
    }

    #[test]
    fn the_places_ranked_above_the_subject_are_not_the_numbers_place() {
        let near = |text: &str| {
            let (w, r) = all(text);
            let at = (0..w.len()).find(|&i| w.raw(i).starts_with('3')).unwrap();
            scope_near(&w, &r, Some(at))
        };
        assert_eq!(
            near("Pakistan ranks third with 3.19 million, behind India and China").as_deref(),
            Some("Pakistan")
        );
        assert_eq!(
            near("Pakistan is third largest with 3.19 million after India, China").as_deref(),
            Some("Pakistan")
        );
        // No rank: the place after `after` is the number's.
        assert_eq!(
            near("Pakistan said that after India, 3.19 million were counted").as_deref(),
            Some("India")
        );
    }

    #[test]
    fn a_dateline_is_where_the_story_was_filed_not_the_numbers_place() {
        let text = "Karachi [Pakistan], May 4 : About 1.3 million children work in Sindh";
        let (w, r) = all(text);
        let at = (0..w.len()).find(|&i| w.lower(i) == "1").unwrap();
        assert_eq!(scope_near(&w, &r, Some(at)).as_deref(), Some("Sindh"));
        let (w, r) = all("LAHORE (Reuters) - Some 12% of children in Sindh work");
        let at = (0..w.len()).find(|&i| w.lower(i) == "12").unwrap();
        assert_eq!(scope_near(&w, &r, Some(at)).as_deref(), Some("Sindh"));
        // A place and a colon, with no date or bracket, is the sentence's own place.
        assert_eq!(
            scope_of("Pakistan: 3.3 million children work").as_deref(),
            Some("Pakistan")
        );
        // Where a source is from is not the number's place.
        assert_eq!(
            scope_of("50 million, according to the Australian Walk Free Foundation"),
            None
        );
        assert_eq!(
            scope_of("50 million, according to Australian rights group Walk Free"),
            None
        );
        assert_eq!(
            scope_of("50,000 in Australia, according to Australian rights group Walk Free")
                .as_deref(),
            Some("Australia")
        );
        // A national body's place is the number's.
        assert_eq!(
            scope_of("up 26.8 per cent, according to Bangladesh Bank").as_deref(),
            Some("Bangladesh")
        );
        // A city in capitals before a colon is a dateline, with or without a date.
        let (w, r) = all("ISLAMABAD: Some 12% of children in Sindh work");
        let at = (0..w.len()).find(|&i| w.lower(i) == "12").unwrap();
        assert_eq!(scope_near(&w, &r, Some(at)).as_deref(), Some("Sindh"));
        assert_eq!(scope_of("ISLAMABAD: 3.3 million children work"), None);
        // Capitals before a dash that are no dateline: the sentence goes on being read.
        assert_eq!(
            scope_of("In Pakistan - 3.3 million children work").as_deref(),
            Some("Pakistan")
        );
    }

    #[test]
    fn scopes() {
        assert_eq!(scope_of("children worldwide").as_deref(), Some("global"));
        assert_eq!(scope_of("across the world").as_deref(), Some("global"));
        assert_eq!(scope_of("the world’s victims").as_deref(), Some("global"));
        assert_eq!(scope_of("the global total").as_deref(), Some("global"));
        // The world as the whole a number is part of is not its place.
        assert_eq!(
            scope_of("West Africa has 9 million, a large part of the global total").as_deref(),
            Some("West Africa")
        );
        // A place ranked against the world is not the world.
        for ranked in [
            "it has the largest number of slaves in the world, with 9 million",
            "the highest rate of child labour in the whole world",
            "the world’s largest number of people in slavery",
            "placing it fifth in the world",
            "it ranks 5th in the world",
        ] {
            assert_eq!(scope_of(ranked), None, "{ranked}");
        }
        assert_eq!(
            scope_of("India has the highest number of child labourers in the world").as_deref(),
            Some("India")
        );
        assert_eq!(
            scope_of("About 14m people in India are in slavery, placing it fifth in the world")
                .as_deref(),
            Some("India")
        );
        assert_eq!(
            scope_of("the first report of its kind, 50 million people in the world").as_deref(),
            Some("global")
        );
        assert_eq!(
            scope_of("most of the children in the world").as_deref(),
            Some("global")
        );
        assert_eq!(scope_of("in Pakistan, 13.4%").as_deref(), Some("Pakistan"));
        assert_eq!(scope_of("Pakistani children").as_deref(), Some("Pakistan"));
        assert_eq!(
            scope_of("in KP, 11.1%").as_deref(),
            Some("Khyber Pakhtunkhwa")
        );
        assert_eq!(scope_of("in March, 38%"), None);
        assert_eq!(
            scope_of("the Trafficking in Persons Report states 80%"),
            None
        );
        assert_eq!(
            scope_of("Pakistan stays in Tier 2").as_deref(),
            Some("Pakistan")
        );
        assert_eq!(scope_of("in Freetown, 38%").as_deref(), Some("Freetown"));
        for us in [
            "every year in the U.S., up to 17,500",
            "every year in the US, up to 17,500",
            "trafficked into the US each year, 17,500",
        ] {
            assert_eq!(scope_of(us).as_deref(), Some("United States"), "{us}");
        }
        assert_eq!(
            scope_of("in the U.K., 17,000").as_deref(),
            Some("United Kingdom")
        );
        for not_a_place in [
            "Let us count 17,000",
            "US$236 billion in profits",
            "the US State Department counts 17,000",
            "in the US$ 150 billion trade",
        ] {
            assert_eq!(scope_of(not_a_place), None, "{not_a_place}");
        }
        // A headline in title case capitalises every long word: `Labour` and `Hazardous` are
        // no places, and a place the table does not know is not told from them.
        assert_eq!(
            scope_of("138 Million Children Trapped in Labour, 54 Million in Hazardous Jobs"),
            None
        );
        assert_eq!(
            scope_of("138 Million Children Work in Pakistan, Survey Finds").as_deref(),
            Some("Pakistan")
        );
        assert_eq!(scope_of("Police Rescue 12 Children in Freetown Raid"), None);
        assert_eq!(
            scope_of("police rescued 12 children in Freetown last week").as_deref(),
            Some("Freetown")
        );
        // A trade of past centuries is named by where it ran; it is no place.
        assert_eq!(scope_of("4x as many as the African slave trade"), None);
        assert_eq!(
            scope_of("African children, 4x the slave trade").as_deref(),
            Some("Africa")
        );
        assert_eq!(
            scope_of("84 million live in middle-income countries").as_deref(),
            Some("middle-income countries")
        );
        assert_eq!(
            scope_of("11 million in India live in slavery, the highest number globally").as_deref(),
            Some("India")
        );
        assert_eq!(
            scope_of("the highest number globally is in India, at 11 million").as_deref(),
            Some("India")
        );
        assert_eq!(
            scope_of("Globally, the highest number is 11 million").as_deref(),
            Some("global")
        );
        // Seven words from `the highest` to `globally`: a ranking when a place was named before.
        assert_eq!(
            scope_of(
                "Asia has the highest number of people in forced labour globally, 11.7 million"
            )
            .as_deref(),
            Some("Asia")
        );
        assert_eq!(
            scope_of("the highest number of people in forced labour globally is 20.9 million")
                .as_deref(),
            Some("global")
        );
        assert_eq!(
            scope_of("25 million people are in slavery in the region").as_deref(),
            Some("the region")
        );
        assert_eq!(
            scope_of("in the region of 25 million people are in slavery"),
            None
        );
        let (w, r) = all("Pakistan’s survey found child labour in Sindh at 20.6%");
        let at = (0..w.len()).find(|&i| w.lower(i) == "20").unwrap();
        assert_eq!(scope_near(&w, &r, Some(at)).as_deref(), Some("Sindh"));
        assert_eq!(
            scope_of("a global dimension, as South Asian victims were found").as_deref(),
            Some("South Asia")
        );
        // A region's last word is no place of its own, even nearer the number.
        for (text, region) in [
            ("In Sub-Saharan Africa, 3.8 million", "Sub-Saharan Africa"),
            ("in sub-Saharan Africa, 3.8 million", "Sub-Saharan Africa"),
            ("sub-Saharan Africa had 3.8 million", "Sub-Saharan Africa"),
            ("In North Africa, 9 million", "North Africa"),
            ("West Africa had 1 million", "West Africa"),
            ("In Southeast Asia, 9 million", "Southeast Asia"),
            ("In South Asia, 9 million", "South Asia"),
            (
                "in Pakistan, 9 million in work such as in China",
                "Pakistan",
            ),
            (
                "Europe and Central Asia had 4.1 million",
                "Europe and Central Asia",
            ),
        ] {
            let (w, r) = all(text);
            let at = (0..w.len())
                .find(|&i| w.lower(i).starts_with(|c: char| c.is_ascii_digit()))
                .unwrap();
            assert_eq!(
                scope_near(&w, &r, Some(at)).as_deref(),
                Some(region),
                "{text}"
            );
        }
    }

    fn credit(text: &str) -> Option<String> {
        let (w, r) = all(text);
        attribution(&w, &r).map(|a| a.0)
    }

    #[test]
    fn a_credit_to_several_bodies_names_each_the_tool_knows() {
        assert_eq!(
            credit("estimates by UNICEF, the ILO and the World Bank show 168 million").as_deref(),
            Some("UNICEF and ILO")
        );
        assert_eq!(
            credit("according to UNODC, 50,000 victims were found").as_deref(),
            Some("UNODC")
        );
        assert_eq!(
            credit("the ILO and the Walk Free Foundation estimated 40.3 million").as_deref(),
            Some("ILO and Walk Free")
        );
    }

    #[test]
    fn attributions() {
        assert_eq!(
            credit("According to UNODC’s data, 38%").as_deref(),
            Some("UNODC")
        );
        assert_eq!(
            credit("according to the ILO, 27.6 million").as_deref(),
            Some("ILO")
        );
        assert_eq!(credit("the ILO said 27.6 million").as_deref(), Some("ILO"));
        assert_eq!(
            credit("the State Department released its yearly report on 188 countries").as_deref(),
            Some("US State Department")
        );
        assert_eq!(
            credit("the ILO published new estimates: 27.6 million").as_deref(),
            Some("ILO")
        );
        assert_eq!(credit("a UN report says 38%").as_deref(), Some("UN"));
        assert_eq!(
            credit("the UN’s labour agency estimates 27.6 million").as_deref(),
            Some("ILO")
        );
        assert_eq!(credit("UNODC data show 38%").as_deref(), Some("UNODC"));
        assert_eq!(credit("data from the ILO show").as_deref(), Some("ILO"));
        assert_eq!(credit("27.6 million (ILO, 2022)").as_deref(), Some("ILO"));
        assert_eq!(credit("the ILO’s country director warned that"), None);
        assert_eq!(credit("an un-named official said"), None);
        assert_eq!(
            credit("the United Nations Office on Drugs and Crime found").as_deref(),
            Some("UNODC")
        );
    }
}
