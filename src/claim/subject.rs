//! What a number counts: the noun phrase it is about, before or after it.

use super::words::{Cue, CueList, WordSet, Words, words};
use crate::extract::Kind;

/// Words that end a noun phrase.
const STOP: &WordSet = &WordSet::new(&[
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
    "accounting",
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
    "during",
    "after",
    "before",
    "between",
    "among",
    "amongst",
    "rose",
    "fell",
    "increased",
    "decreased",
    "grew",
    "declined",
    "jumped",
    "dropped",
    "surged",
    "rising",
    "falling",
    "tripled",
    "doubled",
    "trebled",
    "quadrupled",
    "halved",
    "live",
    "lived",
    "living",
    "work",
    "working",
    "trapped",
    "exploited",
    "up",
    "down",
    "represent",
    "represents",
    "represented",
    "constitute",
    "constitutes",
    "comprise",
    "comprises",
    "number",
    "numbered",
    "total",
    "totalled",
    "totaled",
    "reached",
    "stood",
    "where",
    "when",
    "if",
    "so",
    "because",
    "although",
    "though",
    "whereas",
    "globe",
    "today",
    "annually",
    "yearly",
    "a",
    "an",
    "the",
    "also",
    "only",
    "just",
    "about",
    "nearly",
    "almost",
    "some",
    "roughly",
    "approximately",
    "estimated",
    "more",
    "less",
    "like",
    "such",
    "including",
    "via",
    "into",
    "out",
    "under",
    "within",
    "against",
    "ago",
    "last",
    "year",
    "years",
    "worked",
    "forced",
    "another",
    "them",
    "whom",
    "him",
    "her",
    "us",
    "we",
    "other",
    "rest",
    "remaining",
]);

/// Determiners and fillers skipped at the start of a noun phrase.
const LEAD: &WordSet = &WordSet::new(&[
    "the",
    "all",
    "those",
    "these",
    "a",
    "an",
    "some",
    "of",
    "such",
    "its",
    "their",
    "our",
    "total",
    "overall",
    "global",
    "world’s",
    "world's",
    "estimated",
    "detected",
    "now",
    "also",
]);

/// Words between a subject and a number after it (`children account for one-third`).
const LINKS: &WordSet = &WordSet::new(&[
    "account",
    "accounts",
    "accounted",
    "accounting",
    "for",
    "make",
    "makes",
    "made",
    "making",
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
    "representing",
    "constitute",
    "constitutes",
    "constituted",
    "comprise",
    "comprises",
    "comprised",
    "form",
    "forms",
    "formed",
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
    "now",
    "still",
    "just",
    "only",
    "by",
    "rose",
    "risen",
    "grew",
    "grown",
    "increased",
    "jumped",
    "surged",
    "fell",
    "fallen",
    "dropped",
    "declined",
    "decreased",
    "climbed",
    "soared",
    "went",
    "gone",
    "less",
    "fewer",
    "under",
    "well",
    "number",
    "numbered",
    "totalled",
    "totaled",
    "total",
    "reached",
    "stood",
    "stands",
    "at",
    "also",
    "already",
    "reportedly",
    "likely",
    "to",
    "almost",
    "close",
    "nearly",
    "accounting",
    "of",
]);

/// Verbs that make the number what the subject before them is or became.
const LINK_VERBS: &WordSet = &WordSet::new(&[
    "account",
    "accounts",
    "accounted",
    "accounting",
    "make",
    "makes",
    "made",
    "making",
    "are",
    "is",
    "was",
    "were",
    "represent",
    "represents",
    "represented",
    "representing",
    "constitute",
    "constitutes",
    "constituted",
    "comprise",
    "comprises",
    "comprised",
    "form",
    "forms",
    "formed",
    "has",
    "have",
    "had",
    "rose",
    "risen",
    "grew",
    "grown",
    "increased",
    "jumped",
    "surged",
    "fell",
    "fallen",
    "dropped",
    "declined",
    "decreased",
    "climbed",
    "soared",
    "number",
    "numbered",
    "totalled",
    "totaled",
    "reached",
    "stood",
    "stands",
    "up",
    "down",
    "for",
]);

/// Participles that tie a share to what the sentence opened with (`…, accounting for 8%`).
const PARTICIPLES: &WordSet = &WordSet::new(&["accounting", "representing", "comprising"]);

/// Words between such a participle and its share (`accounting for about`).
const PARTICIPLE_GAP: &WordSet = &WordSet::new(&[
    "for",
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "roughly",
    "over",
    "more",
    "than",
    "just",
    "only",
    "up",
    "to",
    "approximately",
    "an",
    "estimated",
]);

/// Hedges between `of` and the amount it introduces (`a profit of nearly US$10,000`).
const HEDGES_BEFORE: &WordSet = &WordSet::new(&[
    "nearly", "almost", "about", "around", "some", "over", "roughly", "close", "to", "more",
    "than", "at", "least", "up",
]);

/// Adverbs that may stand between a subject's verb and its number (`rose globally by 25%`).
const ADVERBS: &WordSet = &WordSet::new(&[
    "globally",
    "worldwide",
    "sharply",
    "significantly",
    "dramatically",
    "substantially",
    "steadily",
    "again",
    "overall",
    "further",
    "considerably",
    "slightly",
]);

/// Forms of `to be` that tie a number to the noun phrase after them (`victims are children`).
const COPULA: &WordSet = &WordSet::new(&[
    "are", "is", "was", "were", "’re", "remain", "remained", "being",
]);

/// Words after a copula before its noun phrase (`are now children`, `were also girls`).
const COPULA_FILL: &WordSet = &WordSet::new(&[
    "now",
    "also",
    "still",
    "currently",
    "reportedly",
    "mostly",
    "mainly",
    "a",
    "an",
    "the",
]);

fn content(words: &Words, i: usize) -> bool {
    let w = words.base(i);
    !w.is_empty() && !words.has(i, Cue::Stop) && !w.starts_with(|c: char| c.is_ascii_digit())
}

/// The noun phrase starting at word `from` (after determiners, and the scope words that may
/// come before the noun: `27M worldwide victims`), at most five words, within `hi`.
pub fn phrase_after(words: &Words, mut from: usize, hi: usize) -> Option<(usize, usize)> {
    while from < hi
        && ((words.has(from, Cue::Lead) && !words.at(from, "the world"))
            || words.is_any(from, words!["worldwide", "globally"]))
    {
        from += 1;
    }
    let mut end = from;
    while end < hi.min(from + 5) && (end == from || words.joined(end)) && content(words, end) {
        end += 1;
        // `women and girls`, `boys or girls`
        if end > from
            && words.is_any(end, words!["and", "or"])
            && words.joined(end)
            && end + 1 < hi
            && words.joined(end + 1)
            && content(words, end + 1)
        {
            end += 1;
        }
    }
    (end > from).then_some((from, end))
}

/// A noun phrase with its prepositional tail (`victims trafficked` + `for forced labour`).
fn with_tail(words: &Words, (start, mut end): (usize, usize), hi: usize) -> (usize, usize) {
    while end + 1 < hi
        && end - start < 8
        && words.joined(end)
        && words.is_any(end, words!["for", "of", "into", "in", "among"])
        && let Some((_, tail)) = phrase_after_bare(words, end + 1, hi)
    {
        end = tail;
    }
    (start, end)
}

/// Content words from `from`, without skipping determiners, at most four.
fn phrase_after_bare(words: &Words, from: usize, hi: usize) -> Option<(usize, usize)> {
    let mut end = from;
    while end < hi.min(from + 4)
        && (end == from || words.joined(end))
        && (content(words, end) || words.is(end, "forced"))
    {
        end += 1;
    }
    (end > from).then_some((from, end))
}

/// The noun phrase ending before word `end`, at most four words, not before `lo`.
pub fn phrase_before(words: &Words, end: usize, lo: usize) -> Option<(usize, usize)> {
    let mut start = end;
    while start > lo
        && start + 4 > end
        && content(words, start - 1)
        && (start == end || words.joined(start))
    {
        start -= 1;
    }
    if start == end {
        return None;
    }
    // `child labour across the world grew`: the place after the subject says where, not what.
    if end - start == 1 && words.is_any(start, words!["world", "globe"]) {
        let mut p = start;
        if p > lo && words.is_any(p - 1, words!["the"]) && words.joined(p) {
            p -= 1;
        }
        if p > lo + 1
            && words.is_any(p - 1, words!["across", "around", "throughout"])
            && words.joined(p)
            && words.joined(p - 1)
            && let Some(found) = phrase_before(words, p - 1, lo)
        {
            return Some(found);
        }
    }
    // `Women, girls make up 70pc`: a headline's comma for `and` between two groups.
    let groups = words![
        "women", "girls", "men", "boys", "children", "adults", "minors"
    ];
    if end - start == 1
        && start > lo
        && words.is_any(start, groups)
        && words.is_any(start - 1, groups)
        && words
            .lower_text(words.span(start - 1).end..words.span(start).start)
            .trim()
            == ","
    {
        start -= 1;
    }
    // `women and girls`: a coordinated phrase.
    while start >= lo + 2
        && end - start < 5
        && words.is_any(start - 1, words!["and", "or"])
        && words.joined(start)
        && words.joined(start - 1)
        && content(words, start - 2)
    {
        start -= 2;
    }
    // `illegal profits from forced labour`, `convictions for trafficking`: the head noun comes
    // before a short prepositional tail.
    let connector = |i: usize| {
        words.is_any(
            i,
            words!["of", "from", "for", "among", "in", "forced", "on"],
        )
    };
    let mut head = start;
    let mut k = start;
    while k > lo
        && end - (k - 1) <= 7
        && words.joined(k)
        && (content(words, k - 1) || connector(k - 1))
    {
        k -= 1;
        if content(words, k) && (k == 0 || !connector(k)) {
            head = k;
        }
    }
    Some((head, end))
}

/// After a copula at `i` (`are`, `is now`, `were mostly`), the noun phrase it introduces.
fn after_copula(words: &Words, i: usize, hi: usize) -> Option<(usize, usize)> {
    if !words.has(i, Cue::Copula) {
        return None;
    }
    let mut k = i + 1;
    while k < hi && words.has(k, Cue::CopulaFill) {
        k += 1;
    }
    // `were trafficked for forced labour`, `were exploited for other purposes`: a passive verb.
    let w = words.base(k);
    if w.ends_with("ed")
        && words.is_any(
            k + 1,
            words!["for", "into", "in", "by", "to", "as", "from", "with"],
        )
    {
        return None;
    }
    phrase_after(words, k, hi)
}

/// Nouns for everyone a count is taken of (`all people in modern slavery`, `those in forced
/// labour`).
const WHOLES: &WordSet = &WordSet::new(&["people", "persons", "individuals", "victims", "those"]);

/// After a count, a phrase for everyone (`of all people in modern slavery`) and a copula with a
/// bare noun phrase that ends the clause (`are children.`): that noun phrase.
fn predicate_of_whole(words: &Words, from: usize, hi: usize) -> Option<(usize, usize)> {
    let mut k = from;
    while k < hi && words.is_any(k, words!["all", "the"]) {
        k += 1;
    }
    // `of commercial sexual exploitation victims are children`: a few words may name whom.
    let start = k;
    while k < hi.min(start + 5)
        && !words.is_any(k, WHOLES)
        && words.joined(k)
        && !words.has(k, Cue::Copula)
    {
        k += 1;
    }
    if !words.is_any(k, WHOLES) || !words.joined(k) {
        return None;
    }
    let copula = skip_phrase(words, k, hi);
    let (a, b) = after_copula(words, copula, hi).filter(|&(_, b)| copula < hi && b <= hi)?;
    let w = words.base(a);
    let ends_clause = b >= hi || !words.joined(b) || words.is_any(b, words!["while", "but"]);
    (ends_clause && !w.ends_with("ed") && !w.ends_with("ing")).then_some((a, b))
}

/// Skips a noun phrase starting at `from` with its `of …` tail (`detected victims of trafficking
/// in 2018`) up to a copula or a link verb; stops at punctuation and conjunctions.
fn skip_phrase(words: &Words, from: usize, hi: usize) -> usize {
    let mut k = from;
    while k < hi.min(from + 9) {
        if words.has(k, Cue::Copula)
            || words.is_any(k, words!["account", "accounted", "make", "made"])
        {
            return k;
        }
        if (k > from && !words.joined(k))
            || words.is_any(
                k,
                words![
                    "and", "that", "which", "who", "but", "while", "whereas", "or",
                ],
            )
        {
            return hi;
        }
        k += 1;
    }
    hi
}

/// The people a `who` clause after the subject is said of: in `the severe impact of trafficking
/// on children, who make up one-third`, the people after the phrase's last preposition
/// (`children`), not the whole phrase; `victims of trafficking, who …` stays whole.
pub fn who_antecedent(words: &Words, found: (usize, usize, bool)) -> (usize, usize, bool) {
    let (a, b, strong) = found;
    if !words.is_any(b, words!["who", "whom"]) {
        return found;
    }
    let Some(p) = (a + 1..b)
        .rev()
        .find(|&k| words.is_any(k, words!["on", "of", "for", "among", "against"]))
    else {
        return found;
    };
    let people = words![
        "children", "women", "girls", "boys", "men", "migrants", "workers", "minors", "adults",
        "people",
    ];
    if p + 1 < b && words.is_any(p + 1, people) {
        (p + 1, b, strong)
    } else {
        found
    }
}

/// Word span `(start, end)` of what the number at words `first..last` counts, within `lo..hi`,
/// and whether the sentence ties it to the number firmly (a verb or `of` links them) or only by
/// position (the phrase the share is taken of, a phrase that merely opens the clause).
pub fn subject(
    words: &Words,
    kind: Kind,
    first: usize,
    last: usize,
    lo: usize,
    hi: usize,
) -> Option<(usize, usize, bool)> {
    let strong = |p: Option<(usize, usize)>| p.map(|(a, b)| (a, b, true));
    let weak = |p: Option<(usize, usize)>| p.map(|(a, b)| (a, b, false));
    // `the share of children …`, `the number of detected victims …` before the number.
    let of_measure = || {
        (lo..first).rev().find_map(|i| {
            (words.is_any(
                i,
                words![
                    "share",
                    "proportion",
                    "percentage",
                    "number",
                    "numbers",
                    "count",
                    "fraction",
                ],
            ) && words.is(i + 1, "of"))
            .then(|| phrase_after(words, i + 2, first).map(|p| with_tail(words, p, first)))
            .flatten()
        })
    };
    // Link words before the number, then the phrase before them (`children account for`).
    let linked_before = || {
        let mut end = first;
        let mut linked = false;
        while end > lo && (words.has(end - 1, Cue::Links) || words.has(end - 1, Cue::Adverbs)) {
            linked |= words.has(end - 1, Cue::LinkVerbs);
            end -= 1;
        }
        if !linked {
            return None;
        }
        // `which has tripled`: skip the relative pronoun back to its noun.
        // `there were 11% fewer victims`: `there` names nothing; what follows the number does.
        phrase_before(words, end, lo).filter(|&(a, b)| !(b == a + 1 && words.is(a, "there")))
    };
    match kind {
        Kind::Percent | Kind::Fraction | Kind::Ratio => {
            // `a rise in child trafficking of 31%`: what rose.
            if kind == Kind::Percent
                && let Some((a, b, _)) = change_of(words, first, lo)
            {
                return strong(Some((a, b)));
            }
            // `38% are children`
            if let Some(p) = after_copula(words, last, hi) {
                return strong(Some(p));
            }
            // `one-third of trafficking victims are children`, `one in three victims is a child`
            let of_start = if words.is(last, "of") { last + 1 } else { last };
            let copula = skip_phrase(words, of_start, hi);
            if copula < hi
                && let Some(p) = after_copula(words, copula, hi)
            {
                return strong(Some(p));
            }
            // `…, accounting for 8% of all victims`: a participle after a comma speaks of what
            // the sentence opened with.
            let participle = || {
                let mut k = first;
                while k > 0 && words.has(k - 1, Cue::ParticipleGap) {
                    k -= 1;
                }
                // (`…, despite representing only 27% of victims`: a concession's participle.)
                let comma_before = |v: usize| {
                    v > 0
                        && words
                            .lower_text(words.span(v - 1).end..words.span(v).start)
                            .contains(',')
                };
                let verb = k.checked_sub(1).filter(|&v| {
                    words.has(v, Cue::Participles)
                        && (comma_before(v)
                            || (v > 0 && words.is(v - 1, "despite") && comma_before(v - 1)))
                })?;
                // (`Forced commercial sexual exploitation …`: a phrase may open with `forced`.)
                phrase_after(words, 0, verb)
                    .or_else(|| phrase_after_bare(words, 0, verb))
                    .map(|p| with_tail(words, p, verb))
            };
            if let Some(p) = participle() {
                return strong(Some(p));
            }
            if let Some(p) = linked_before() {
                return strong(Some(p));
            }
            if let Some(p) = of_measure() {
                return strong(Some(p));
            }
            // `girls 22%`: a bare phrase opening the clause.
            if let Some(p) = phrase_before(words, first, lo).filter(|p| p.0 == lo) {
                return weak(Some(p));
            }
            // `13.4% of children …`: the whole the share is taken of.
            weak(phrase_after(words, of_start, hi))
        }
        Kind::Multiplier | Kind::Change => {
            strong(of_measure().or_else(linked_before).or_else(|| {
                // `a 25% increase in detected victims`
                let mut k = last;
                if words.is_any(
                    k,
                    words![
                        "increase",
                        "rise",
                        "jump",
                        "surge",
                        "drop",
                        "decline",
                        "fall",
                        "decrease",
                        "growth",
                        "reduction",
                        "hike",
                    ],
                ) {
                    k += 1;
                    if words.is_any(k, words!["in", "of"]) {
                        k += 1;
                    }
                    return of_measure_at(words, k, hi).or_else(|| phrase_after(words, k, hi));
                }
                None
            }))
            .or_else(|| weak(phrase_before(words, first, lo)))
            .or_else(|| weak(phrase_after(words, last, hi)))
        }
        _ => {
            // `children (3.3 million)`: a bracketed number restates the phrase before it (not
            // one a copula follows: `children (64 million are girls …)` names a part).
            let bracketed = first > 0
                && words
                    .lower_text(words.span(first - 1).end..words.span(first).start)
                    .contains('(')
                && !(words.has(last, Cue::Copula)
                    && last > 0
                    && !words
                        .lower_text(words.span(last - 1).end..words.span(last).start)
                        .contains(')'));
            if (bracketed || dashed(words, first, last))
                && let Some((mut a, b)) = phrase_before(words, first, 0)
            {
                // `forced marriage (22 million)`: `forced` is part of the name.
                if a > 0 && words.is(a - 1, "forced") && words.joined(a) {
                    a -= 1;
                }
                return strong(Some((a, b)));
            }
            let mut k = last;
            if words.is(k, "of") && !words.is_any(k + 1, words!["whom", "them", "which"]) {
                k += 1;
            }
            // `US$236 billion in illegal profits`
            if kind == Kind::Money && words.is_any(k, words!["in", "worth", "of"]) {
                k += 1;
            }
            // `grew by 8.4 million to 160 million, the first increase in 20 years`: an
            // apposition naming the change says what happened, not what the number counts.
            let apposed_change = |(a, b): (usize, usize)| {
                last > 0
                    && words
                        .lower_text(words.span(last - 1).end..words.span(a).start)
                        .contains(',')
                    && (a..b).any(|i| {
                        words.is_any(
                            i,
                            words![
                                "increase",
                                "rise",
                                "drop",
                                "decline",
                                "fall",
                                "decrease",
                                "jump",
                                "surge",
                                "growth",
                                "reduction",
                            ],
                        )
                    })
            };
            // `12 million of all people in modern slavery are children`: the group the copula
            // names is what the number counts; the people before it are the whole it is part of.
            if let Some(p) = predicate_of_whole(words, k, hi) {
                return strong(Some(p));
            }
            // `…, including around 45 million involved in hazardous work`: a participle after a
            // part the sentence's subject is counted in says what the part does, not what it
            // counts.
            let participle_part = |(a, _): (usize, usize)| {
                let mut b = first;
                while b > lo && words.has(b - 1, Cue::HedgesBefore) {
                    b -= 1;
                }
                b > lo
                    && words.is(b - 1, "including")
                    && words.is_any(
                        a,
                        words![
                            "involved", "engaged", "trapped", "caught", "employed", "working"
                        ],
                    )
            };
            // `up from 24.9 million five years ago`: a time, not what the number counts.
            if !time_ago(words, k, hi)
                && let Some(p) = phrase_after(words, k, hi)
                && !apposed_change(p)
                && !participle_part(p)
            {
                return strong(Some(p));
            }
            // `3.3 million are children`, `3.3 million of whom are children`
            let mut c = last;
            if words.is(c, "of") && words.is_any(c + 1, words!["whom", "them", "which"]) {
                c += 2;
            }
            // `a profit of nearly US$10,000`, `an increase of US $64 billion`: the noun the
            // number is the amount of.
            let of_before = || {
                let mut k = first;
                while k > lo && words.has(k - 1, Cue::HedgesBefore) {
                    k -= 1;
                }
                let of = k.checked_sub(1).filter(|&o| o > lo && words.is(o, "of"))?;
                phrase_before(words, of, lo)
                    .filter(|&(a, b)| !(a..b).any(|i| words.is_any(i, words!["total", "sum"])))
            };
            strong(
                after_copula(words, c, hi)
                    .or_else(of_measure)
                    .or_else(linked_before)
                    .or_else(of_before),
            )
        }
    }
}

/// True when the number at words `first..last` stands alone between two dashes (`half of
/// these children – 60 million – are …`): it restates the phrase before it, as a bracket does.
fn dashed(words: &Words, first: usize, last: usize) -> bool {
    let gap = |i: usize| {
        i.checked_sub(1).map(|p| {
            words
                .lower_text(words.span(p).end..words.span(i).start)
                .trim()
        })
    };
    let dash = |g: Option<&str>| g.is_some_and(|g| g == "–" || g == "—");
    dash(gap(first)) && last < words.len() && dash(gap(last))
}

/// This module's word lists with their cues.
pub(super) const CUE_LISTS: &[CueList] = &[
    (Cue::Stop, STOP),
    (Cue::Lead, LEAD),
    (Cue::Links, LINKS),
    (Cue::LinkVerbs, LINK_VERBS),
    (Cue::Participles, PARTICIPLES),
    (Cue::ParticipleGap, PARTICIPLE_GAP),
    (Cue::HedgesBefore, HEDGES_BEFORE),
    (Cue::Adverbs, ADVERBS),
    (Cue::Copula, COPULA),
    (Cue::CopulaFill, COPULA_FILL),
];

/// True when the words from `k` say how long ago (`five years ago`, `a half-decade ago`, `a
/// decade earlier`): a time, not a noun phrase.
pub fn time_ago(words: &Words, k: usize, hi: usize) -> bool {
    (k..hi.min(k + 4)).any(|i| {
        words.is_any(i, words!["ago", "earlier", "before"])
            && i > k
            && words.is_any(
                i - 1,
                words![
                    "year",
                    "years",
                    "decade",
                    "decades",
                    "half-decade",
                    "months",
                    "month",
                    "weeks",
                ],
            )
    })
}

/// True when the number at word `first` is in a `when` clause, within eight words, that a time
/// ago opens (`two years ago, however, when the index showed 18.3 million`, `a decade earlier,
/// when there were 21 million`): the value of that time, as `up from … two years ago` is.
pub fn when_time_ago(words: &Words, first: usize) -> bool {
    let Some(when) = (first.saturating_sub(8)..first)
        .rev()
        .take_while(|&i| !words.first_byte(i).is_some_and(|b| b.is_ascii_digit()))
        .find(|&i| words.is(i, "when"))
    else {
        return false;
    };
    (when.saturating_sub(4)..when).any(|i| time_ago(words, i.saturating_sub(1), i + 1))
}

/// True when the words from `k` name an earlier edition of a report within a few words (`in the
/// previous report`, `the last edition`): the number is what that edition gave.
pub fn previous_edition(words: &Words, k: usize, hi: usize) -> bool {
    (k..hi.min(k + 7)).any(|i| {
        words.is_any(i, words!["previous", "prior", "preceding"])
            && words.is_any(
                i + 1,
                words!["report", "edition", "study", "estimate", "estimates"],
            )
            && i + 1 < hi
    })
}

/// Nouns of change, with the direction they give a per-cent figure that is their amount.
const CHANGE_NOUNS: &[(&str, i8)] = &[
    ("rise", 1),
    ("increase", 1),
    ("growth", 1),
    ("jump", 1),
    ("surge", 1),
    ("hike", 1),
    ("fall", -1),
    ("drop", -1),
    ("decline", -1),
    ("decrease", -1),
    ("reduction", -1),
];

/// `a rise in child trafficking of 31%`, `an increase in the number of victims of 25 per
/// cent`: a per-cent figure after `of` that is the amount of a noun of change a few words
/// before it, the noun followed by `in`. The phrase the change is in (word range) and the
/// direction.
pub fn change_of(words: &Words, first: usize, lo: usize) -> Option<(usize, usize, i8)> {
    let mut k = first;
    while k > lo && words.has(k - 1, Cue::HedgesBefore) {
        k -= 1;
    }
    let of = k.checked_sub(1).filter(|&o| o > lo && words.is(o, "of"))?;
    (of.saturating_sub(8).max(lo)..of).rev().find_map(|n| {
        let &(_, sign) = CHANGE_NOUNS.iter().find(|(w, _)| words.is(n, w))?;
        if !words.is(n + 1, "in") || n + 2 >= of {
            return None;
        }
        let (a, b) = of_measure_at(words, n + 2, of).or_else(|| phrase_after(words, n + 2, of))?;
        Some((a, b, sign))
    })
}

/// `a $64 billion (37%) increase`: a per-cent figure in brackets between an amount and a noun
/// of change is that change's amount in per cent (word `first` is the number's first, `last`
/// the first after it). Its direction.
pub fn change_after_bracket(words: &Words, first: usize, last: usize) -> Option<i8> {
    let &(_, sign) = CHANGE_NOUNS.iter().find(|(w, _)| words.is(last, w))?;
    let gap = |a: usize, b: usize| words.lower_text(words.span(a).end..words.span(b).start);
    // The amount before the bracket: a number, or its scale word.
    let amount = first > 0
        && (words
            .raw(first - 1)
            .starts_with(|c: char| c.is_ascii_digit())
            || words.is_any(first - 1, words!["million", "billion", "thousand"]));
    (amount && last > 0 && gap(first - 1, first).contains('(') && gap(last - 1, last).contains(')'))
        .then_some(sign)
}

/// `sharper falls in South Asia (56 per cent)`: a per-cent figure in brackets right after a
/// place written with capitals (word `first` is the number's first), after `in` and a noun of
/// change (singular or plural, maybe after `the`), is that change's amount in the place. Its
/// direction.
pub fn change_in_place_bracket(words: &Words, first: usize, lo: usize) -> Option<i8> {
    let place_end = first.checked_sub(1).filter(|&e| e >= lo)?;
    let gap = words.lower_text(words.span(place_end).end..words.span(first).start);
    if gap.trim() != "(" {
        return None;
    }
    // The place: one to three words, each opening with a capital, joined.
    let mut start = place_end;
    while start > lo
        && place_end - start < 2
        && words.joined(start)
        && words
            .raw(start - 1)
            .starts_with(|c: char| c.is_ascii_uppercase())
    {
        start -= 1;
    }
    if !words
        .raw(start)
        .starts_with(|c: char| c.is_ascii_uppercase())
        || !words.joined(start)
    {
        return None;
    }
    let at = start
        .checked_sub(1)
        .filter(|&i| i > lo && words.is(i, "in"))?;
    if !words.joined(at) {
        return None;
    }
    let noun = words.base(at - 1);
    let noun = noun.strip_suffix('s').unwrap_or(noun);
    CHANGE_NOUNS
        .iter()
        .find(|(w, _)| *w == noun)
        .map(|&(_, sign)| sign)
}

/// Verbs by which an activity takes a part of a whole (`involves 27% of victims`, `brings in
/// 73% of the profits`), besides the link verbs.
const PART_VERBS: &WordSet = &WordSet::new(&[
    "involves",
    "involve",
    "involved",
    "brings",
    "bring",
    "brought",
    "generates",
    "generate",
    "generated",
    "yields",
    "yield",
    "yielded",
    "involving",
    "bringing",
    "generating",
    "yielding",
    "representing",
]);

/// Conjunctions that open an aside within a relative clause (`which, though it …`).
const ASIDE_OPENERS: &WordSet =
    &WordSet::new(&["though", "although", "while", "whilst", "despite"]);

/// `sexual exploitation, which, though it involves only 27% of victims …, brings in 73% of the
/// profits`: a share whose verb (word range before `first`, the number's first word) opens a
/// relative clause after `which`, or its aside with `it`, or follows that aside, counts the
/// noun phrase before `which`. Its word span.
pub fn relative_antecedent(words: &Words, first: usize) -> Option<(usize, usize)> {
    let mut k = first;
    let mut verb = false;
    while k > 0 && !words.is(k - 1, "which") {
        let i = k - 1;
        let part = words.is_any(i, PART_VERBS)
            || (words.is(i, "in")
                && i > 0
                && words.is_any(i - 1, words!["brings", "bring", "brought"]));
        if !(part || words.has(i, Cue::Links) || words.has(i, Cue::Adverbs)) {
            break;
        }
        verb |= part || words.has(i, Cue::LinkVerbs);
        k -= 1;
        if !words.joined(k) {
            break;
        }
    }
    if !verb || k == 0 {
        return None;
    }
    let which = if words.is(k - 1, "which") && words.joined(k) {
        // `which brings in 73%`
        k - 1
    } else if words.is_any(k - 1, ASIDE_OPENERS)
        && words.joined(k)
        && words.lower(k).ends_with("ing")
    {
        // `which, despite involving only 27%`
        (k - 1).checked_sub(1).filter(|&c| words.is(c, "which"))?
    } else if words.is(k - 1, "it") && words.joined(k) {
        // `which, though it involves 27%`
        let mut w = k - 1;
        if w > 0 && words.is_any(w - 1, ASIDE_OPENERS) && words.joined(w) {
            w -= 1;
        }
        w.checked_sub(1).filter(|&c| words.is(c, "which"))?
    } else if words.joined(k) {
        return None;
    } else {
        // `which, though …, brings in 73%`: the verb follows the aside's closing comma.
        let opens = |i: usize| {
            words
                .lower_text(words.span(i - 1).end..words.span(i).start)
                .contains(',')
        };
        if !opens(k) {
            return None;
        }
        (k.saturating_sub(20)..k - 1)
            .rev()
            .find(|&c| words.is(c, "which") && !words.joined(c + 1) && opens(c + 1))?
    };
    phrase_before(words, which, 0)
}

/// `the number of X` starting at word `k`: the phrase X.
fn of_measure_at(words: &Words, mut k: usize, hi: usize) -> Option<(usize, usize)> {
    while words.is_any(k, words!["the", "a"]) {
        k += 1;
    }
    (words.is_any(
        k,
        words!["share", "proportion", "number", "percentage", "count"],
    ) && words.is(k + 1, "of"))
    .then(|| phrase_after(words, k + 2, hi))
    .flatten()
}
