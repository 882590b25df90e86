//! The rules every figure must meet, alone and together with the others of its tables.

use std::collections::{HashMap, HashSet};

use super::quote::missing_from_quote;
use super::read::{Link, Problem, Record, Scope};
use super::{Figure, Quantity};

/// Every rule a table is checked against: its code and what it requires. `load` marks the rules
/// a table must meet to be used by `check` (a record that breaks one is left out); the others
/// only `claims lint` applies.
pub const RULES: &[(&str, &str)] = &[
    ("syntax", "the file is valid TOML"),
    ("schema", "the file starts with `schema = 1`"),
    (
        "unknown-key",
        "every key is one the schema knows (a misspelt key gets a suggestion)",
    ),
    ("missing-key", "every required key is there"),
    (
        "wrong-type",
        "every key holds the right type: a string, a number, a list of strings",
    ),
    (
        "bad-value",
        "`quantity`, `of`, `hedge` and `source.grade` take one of their names",
    ),
    ("bad-id", "ids are kebab-case"),
    (
        "duplicate-id",
        "an id is defined once across all the tables in use",
    ),
    (
        "empty-text",
        "`metric`, `scope`, `source.publisher` and `source.title` are not empty",
    ),
    (
        "no-value",
        "a figure has a `value` or a `low`/`high` range, not both",
    ),
    ("bad-range", "`low` is not above `high`"),
    (
        "share-out-of-range",
        "a share is a fraction of one, between 0 and 1",
    ),
    (
        "bad-tolerance",
        "a `tolerance` is zero or more (below 1 for a share)",
    ),
    (
        "missing-of",
        "a multiplier or change says with `of` what changed; other figures have no `of`",
    ),
    ("missing-unit", "money and rates have a `unit`"),
    (
        "no-terms",
        "`subject` and `population` have at least one term each",
    ),
    (
        "bad-term",
        "terms start and end with a letter or digit, to match whole words",
    ),
    (
        "not-https",
        "`source.url` and misstatement urls are https:// addresses",
    ),
    ("empty-quote", "`source.quote` holds the source's own words"),
    (
        "bad-date",
        "`published` is a real date: YYYY-MM-DD, YYYY-MM or YYYY",
    ),
    (
        "bad-period",
        "`period` is a year or an earliest-first span of years",
    ),
    (
        "published-before-period",
        "a figure is not published before the end of its period",
    ),
    (
        "dangling-reference",
        "`superseded_by` and `confusable_with` name figures in the tables in use",
    ),
    (
        "self-reference",
        "a figure is not superseded by, or confused with, itself",
    ),
    (
        "supersession-cycle",
        "following `superseded_by` ends at the newest edition",
    ),
    (
        "superseded-by-older",
        "a figure is superseded by one published later",
    ),
    (
        "one-sided-confusion",
        "lint only: `confusable_with` links are mutual",
    ),
    (
        "one-spelling",
        "lint only: a term spelt `labour` or `labor` has its other spelling too",
    ),
    (
        "value-not-in-quote",
        "lint only: the value is written in its own quote, as the extractor reads it",
    ),
];

/// Which rules to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strictness {
    /// The rules a table must meet to be used.
    Load,
    /// Also the rules only `claims lint` applies: quotes, mutual confusions.
    Lint,
}

/// Every problem of `records`, read from `files` (name and text of each). When `lenient`, links
/// are checked only among the records that pass their own rules, so a load that skips a record
/// also drops the links to it.
pub fn check(
    records: &[Record],
    strictness: Strictness,
    lenient: bool,
    files: &[(&str, &str)],
) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (i, record) in records.iter().enumerate() {
        let before = problems.len();
        record_rules(i, record, &mut problems);
        // A value already refused (out of range, missing) is not looked for in the quote.
        let value_refused = problems
            .iter()
            .skip(before)
            .any(|p| matches!(p.code, "no-value" | "bad-range" | "share-out-of-range"));
        if strictness == Strictness::Lint && !value_refused {
            lint_rules(i, record, &mut problems);
        }
    }
    let broken: HashSet<usize> = problems.iter().filter_map(|p| p.record).collect();
    let alive: Vec<usize> = (0..records.len())
        .filter(|i| !lenient || !broken.contains(i))
        .collect();
    link_rules(records, &alive, strictness, files, &mut problems);
    problems
}

fn problem(
    i: usize,
    record: &Record,
    offset: usize,
    code: &'static str,
    message: String,
) -> Problem {
    Problem {
        file: record.file,
        offset,
        code,
        message: format!("figure `{}`: {message}", record.figure.id),
        scope: Scope::Record,
        record: Some(i),
    }
}

/// The rules a record must meet on its own.
fn record_rules(i: usize, record: &Record, out: &mut Vec<Problem>) {
    let f = &record.figure;
    let mut fail = |path: &str, index: Option<usize>, code: &'static str, message: String| {
        out.push(problem(i, record, record.at(path, index), code, message));
    };
    if !is_kebab(&f.id) {
        fail(
            "id",
            None,
            "bad-id",
            "ids are kebab-case: lower-case letters and digits in words joined by single hyphens"
                .into(),
        );
    }
    for (path, text) in [
        ("metric", &f.metric),
        ("scope", &f.scope),
        ("source.publisher", &f.source.publisher),
        ("source.title", &f.source.title),
    ] {
        if text.trim().is_empty() {
            fail(path, None, "empty-text", format!("`{path}` is empty"));
        }
    }
    match (f.value, f.low, f.high) {
        (None, None, None) => fail(
            "quantity",
            None,
            "no-value",
            "give a `value`, or a range with `low` and `high`".into(),
        ),
        (Some(_), Some(_), _) | (Some(_), _, Some(_)) => fail(
            "value",
            None,
            "no-value",
            "give either a `value` or a range with `low` and `high`, not both".into(),
        ),
        (None, Some(_), None) | (None, None, Some(_)) => fail(
            if f.low.is_some() { "low" } else { "high" },
            None,
            "no-value",
            "a range needs both `low` and `high`".into(),
        ),
        (None, Some(low), Some(high)) if low > high => fail(
            "low",
            None,
            "bad-range",
            format!("`low` ({low}) is above `high` ({high})"),
        ),
        _ => {}
    }
    if f.quantity == Quantity::Share {
        for (path, v) in [("value", f.value), ("low", f.low), ("high", f.high)] {
            if let Some(v) = v
                && !(0.0..=1.0).contains(&v)
            {
                fail(
                    path,
                    None,
                    "share-out-of-range",
                    format!(
                        "`{path}` is {v}, but a share is a fraction of one: write 0.38 for 38 per cent"
                    ),
                );
            }
        }
    }
    if let Some(t) = f.tolerance
        && !(t >= 0.0 && (f.quantity != Quantity::Share || t < 1.0))
    {
        fail(
            "tolerance",
            None,
            "bad-tolerance",
            format!(
                "`tolerance` is {t}; it is a distance in the unit of `value`, zero or more (below 1 for a share)"
            ),
        );
    }
    match (f.quantity, f.of) {
        (Quantity::Multiplier | Quantity::Change, None) => fail(
            "quantity",
            None,
            "missing-of",
            format!(
                "a {} figure says what changed: add `of = \"share\"` or `of = \"count\"` (or money, rate)",
                f.quantity.as_str()
            ),
        ),
        (
            Quantity::Multiplier | Quantity::Change,
            Some(Quantity::Multiplier | Quantity::Change),
        ) => fail(
            "of",
            None,
            "bad-value",
            "`of` names what changed: a share, count, money, rate or rank".into(),
        ),
        (q, Some(_)) if !matches!(q, Quantity::Multiplier | Quantity::Change) => fail(
            "of",
            None,
            "bad-value",
            format!(
                "only a multiplier or a change has `of`; this figure is a {}",
                q.as_str()
            ),
        ),
        _ => {}
    }
    if matches!(f.quantity, Quantity::Money | Quantity::Rate)
        && f.unit.as_deref().is_none_or(|u| u.trim().is_empty())
    {
        let example = if f.quantity == Quantity::Money {
            "unit = \"USD\""
        } else {
            "unit = \"per 1,000 people\""
        };
        fail(
            "quantity",
            None,
            "missing-unit",
            format!(
                "a {} figure needs its unit: add `{example}`",
                f.quantity.as_str()
            ),
        );
    }
    for (path, terms) in [("subject", &f.subject), ("population", &f.population)] {
        if terms.is_empty() {
            fail(
                path,
                None,
                "no-terms",
                format!(
                    "`{path}` needs at least one term: the words that find this figure in a sentence"
                ),
            );
        }
        for (n, term) in terms.iter().enumerate() {
            if !term.starts_with(char::is_alphanumeric)
                || !term.ends_with(|c: char| c.is_alphanumeric() || c == '.')
            {
                fail(
                    path,
                    Some(n),
                    "bad-term",
                    format!(
                        "the term \"{term}\" must start with a letter or digit and end with one, to match whole words"
                    ),
                );
            }
        }
    }
    if !is_https(&f.source.url) {
        fail(
            "source.url",
            None,
            "not-https",
            format!(
                "`source.url` must be an https:// address, not \"{}\"",
                f.source.url
            ),
        );
    }
    for (n, m) in f.misstatements.iter().enumerate() {
        if let Some(url) = &m.url
            && !is_https(url)
        {
            fail(
                "misstatements.url",
                Some(n),
                "not-https",
                format!(
                    "the url of misstatement {} must be an https:// address, not \"{url}\"",
                    n + 1
                ),
            );
        }
    }
    if f.source.quote.trim().is_empty() {
        fail(
            "source.quote",
            None,
            "empty-quote",
            "`source.quote` is empty: every figure carries the source's own words".into(),
        );
    }
    let published = parse_date(&f.published);
    if published.is_none() {
        fail(
            "published",
            None,
            "bad-date",
            format!(
                "`published` is \"{}\"; write the date as YYYY-MM-DD, YYYY-MM or YYYY",
                f.published
            ),
        );
    }
    let period = parse_period(&f.period);
    if period.is_none() {
        fail(
            "period",
            None,
            "bad-period",
            format!(
                "`period` is \"{}\"; write the data year (2022) or years (2019-2022), earliest first",
                f.period
            ),
        );
    }
    if let (Some(published), Some((_, end))) = (published, period)
        && published < end
    {
        fail(
            "published",
            None,
            "published-before-period",
            format!(
                "`published` ({}) is before the end of `period` ({}): data cannot be published before it is collected",
                f.published, f.period
            ),
        );
    }
}

/// The rules only `claims lint` applies.
fn lint_rules(i: usize, record: &Record, out: &mut Vec<Problem>) {
    let f = &record.figure;
    for (path, terms) in [("subject", &f.subject), ("population", &f.population)] {
        for (n, term) in terms.iter().enumerate() {
            if let Some(other) = other_spelling(term)
                && !terms.contains(&other)
            {
                out.push(problem(
                    i,
                    record,
                    record.at(path, Some(n)),
                    "one-spelling",
                    format!("`{term}` is here but not `{other}`: articles use both spellings"),
                ));
            }
        }
    }
    if record.figure.source.quote.trim().is_empty() {
        return; // reported as an empty quote
    }
    let missing = missing_from_quote(&record.figure);
    if !missing.is_empty() {
        let values: Vec<String> = missing
            .iter()
            .map(|&v| written(record.figure.quantity, v))
            .collect();
        out.push(problem(
            i,
            record,
            record.at("source.quote", None),
            "value-not-in-quote",
            format!(
                "the quote does not give {} in any written form; quote the words that state it",
                values.join(" or ")
            ),
        ));
    }
}

/// `term` with `labour` spelt `labor` or the other way round, if it holds either.
fn other_spelling(term: &str) -> Option<String> {
    if term.contains("labour") {
        Some(term.replace("labour", "labor"))
    } else if term.contains("labor") {
        Some(term.replace("labor", "labour"))
    } else {
        None
    }
}

/// A value as the quote would state it: 38 per cent for a share of 0.38.
fn written(quantity: Quantity, v: f64) -> String {
    match quantity {
        Quantity::Share => format!("{} per cent", (v * 1000.0).round() / 10.0),
        Quantity::Change => format!("{v} per cent"),
        _ => format!("{v}"),
    }
}

/// The rules between records: unique ids, links that lead somewhere, editions in order.
fn link_rules(
    records: &[Record],
    alive: &[usize],
    strictness: Strictness,
    files: &[(&str, &str)],
    out: &mut Vec<Problem>,
) {
    let alive: Vec<(usize, &Record)> = alive
        .iter()
        .filter_map(|&i| Some((i, records.get(i)?)))
        .collect();
    let mut first: HashMap<&str, (usize, &Record)> = HashMap::new();
    let mut unique: Vec<(usize, &Record)> = Vec::with_capacity(alive.len());
    for &(i, record) in &alive {
        let id = record.figure.id.as_str();
        if let Some(&(_, earlier)) = first.get(id) {
            out.push(problem(
                i,
                record,
                record.at("id", None),
                "duplicate-id",
                format!(
                    "this id is already defined at {}; an id names one figure in all the tables in use",
                    place(earlier.file, earlier.at("id", None), files)
                ),
            ));
        } else {
            first.insert(id, (i, record));
            unique.push((i, record));
        }
    }
    let link = |(i, record): (usize, &Record),
                offset: usize,
                code: &'static str,
                message: String,
                link: Link| Problem {
        file: record.file,
        offset,
        code,
        message: format!("figure `{}`: {message}", record.figure.id),
        scope: Scope::Link(link),
        record: Some(i),
    };
    for &(i, record) in &unique {
        let f = &record.figure;
        let i = (i, record);
        if let Some(next) = &f.superseded_by {
            let at = record.at("superseded_by", None);
            match first.get(next.as_str()) {
                _ if next == &f.id => out.push(link(
                    i,
                    at,
                    "self-reference",
                    "`superseded_by` names the figure itself".into(),
                    Link::SupersededBy,
                )),
                None => out.push(link(
                    i,
                    at,
                    "dangling-reference",
                    format!("`superseded_by` names `{next}`, which is not in the tables in use"),
                    Link::SupersededBy,
                )),
                Some(&(_, newer)) => {
                    let newer = &newer.figure;
                    if let (Some(a), Some(b)) =
                        (parse_date(&f.published), parse_date(&newer.published))
                        && b < a
                    {
                        out.push(link(
                            i,
                            at,
                            "superseded-by-older",
                            format!(
                                "`superseded_by` names `{next}`, published {}, before this figure ({}); the newer edition supersedes the older",
                                newer.published, f.published
                            ),
                            Link::SupersededBy,
                        ));
                    }
                }
            }
        }
        for (n, other) in f.confusable_with.iter().enumerate() {
            let at = record.at("confusable_with", Some(n));
            let drop = Link::Confusable(other.clone());
            match first.get(other.as_str()) {
                _ if other == &f.id => out.push(link(
                    i,
                    at,
                    "self-reference",
                    "`confusable_with` names the figure itself".into(),
                    drop,
                )),
                None => out.push(link(
                    i,
                    at,
                    "dangling-reference",
                    format!("`confusable_with` names `{other}`, which is not in the tables in use"),
                    drop,
                )),
                Some(&(_, other_record)) => {
                    if strictness == Strictness::Lint
                        && !other_record.figure.confusable_with.contains(&f.id)
                    {
                        out.push(link(
                            i,
                            at,
                            "one-sided-confusion",
                            format!(
                                "`confusable_with` names `{other}`, but `{other}` does not name this figure back; add it there",
                            ),
                            drop,
                        ));
                    }
                }
            }
        }
    }
    // An edition cannot supersede itself through a chain.
    for &(i, record) in &unique {
        let start = record.figure.id.as_str();
        let mut at = (i, record);
        for _ in 0..records.len() {
            let Some(next) = at.1.figure.superseded_by.as_deref() else {
                break;
            };
            let Some(&(j, next_record)) = first.get(next) else {
                break;
            };
            if j == i {
                // A figure that names itself is reported as a self-reference.
                if at.0 != i {
                    out.push(link(
                        (i, record),
                        record.at("superseded_by", None),
                        "supersession-cycle",
                        format!(
                            "following `superseded_by` from here leads back to `{start}`; the newest edition has no `superseded_by`"
                        ),
                        Link::SupersededBy,
                    ));
                }
                break;
            }
            at = (j, next_record);
        }
    }
}

/// `file:line:column` of a byte offset, for messages that name another place.
pub fn place(file: usize, offset: usize, files: &[(&str, &str)]) -> String {
    let (name, text) = files.get(file).copied().unwrap_or(("a table", ""));
    let (line, column) = line_column(text, offset);
    format!("{name}:{line}:{column}")
}

/// The 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = text.get(..offset).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn is_https(url: &str) -> bool {
    url.strip_prefix("https://").is_some_and(|rest| {
        rest.split('/')
            .next()
            .is_some_and(|host| host.contains('.') && !host.contains(' '))
    })
}

/// A date as (year, month, day), zero for what is not given.
pub type Date = (u32, u32, u32);

/// A date written YYYY-MM-DD, YYYY-MM or YYYY.
pub fn parse_date(text: &str) -> Option<Date> {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let year = number(parts.first()?, 4)?;
    let month = match parts.get(1) {
        Some(m) => number(m, 2).filter(|m| (1..=12).contains(m))?,
        None => 0,
    };
    let day = match parts.get(2) {
        Some(d) => {
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            let days = match month {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            number(d, 2).filter(|d| (1..=days).contains(d))?
        }
        None => 0,
    };
    (parts.len() <= 3 && (1900..=2100).contains(&year)).then_some((year, month, day))
}

/// A period written YYYY or YYYY-YYYY, as the dates its first and last years begin.
fn parse_period(text: &str) -> Option<(Date, Date)> {
    let (start, end) = text.split_once('-').unwrap_or((text, text));
    let start = parse_date(start).filter(|d| d.1 == 0)?;
    let end = parse_date(end).filter(|d| d.1 == 0)?;
    (start <= end).then_some((start, end))
}

/// True when `figure` carries a caveat saying it is only partly confirmed.
pub fn is_partial(figure: &Figure) -> bool {
    figure
        .caveats
        .as_deref()
        .is_some_and(|c| c.starts_with("PARTIAL"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_periods_are_read_strictly() {
        assert_eq!(parse_date("2024-12-11"), Some((2024, 12, 11)));
        assert_eq!(parse_date("2024-02-29"), Some((2024, 2, 29)));
        assert_eq!(parse_date("2023-02-29"), None);
        assert_eq!(parse_date("2023-13"), None);
        assert_eq!(parse_date("23"), None);
        assert_eq!(parse_date("2023-1-5"), None);
        assert_eq!(parse_period("2019-2022").map(|p| p.1.0), Some(2022));
        assert_eq!(parse_period("2022-2019"), None);
        assert_eq!(parse_period("2019-20"), None);
    }

    #[test]
    fn a_term_has_both_spellings_of_labour() {
        assert_eq!(
            other_spelling("forced labour").as_deref(),
            Some("forced labor")
        );
        assert_eq!(
            other_spelling("child labor").as_deref(),
            Some("child labour")
        );
        assert_eq!(other_spelling("children"), None);
    }

    #[test]
    fn ids_are_kebab_case_and_urls_https() {
        assert!(is_kebab("unodc-glotip-2024-children-share"));
        for bad in ["Unodc", "a--b", "-a", "a_b", ""] {
            assert!(!is_kebab(bad), "{bad}");
        }
        assert!(is_https("https://www.unodc.org/x"));
        assert!(!is_https("http://www.unodc.org/x"));
        assert!(!is_https("https://localhost"));
    }
}
