//! Claims: statistical mentions with what they are about, read from their sentence.
//!
//! Each claim gets its sentence, the clause of that sentence that belongs to it (its *focus*:
//! sentences often hold several numbers), the words naming what it counts, the place, years,
//! edition and organisation the sentence gives, and the cues the check needs: a yearly reading,
//! detection or prevalence wording, negation, a local event, a projection.

mod context;
mod sentence;
mod subject;
pub(crate) mod words;

pub use context::{
    Period, SIDES, first_place_named, home_place, is_known_place, is_world_region, nationality,
};
pub use sentence::{
    BlankLines, around, block, caption_after, compares_change, end_before, finishes_the_one_before,
    heading_above, is_list, paragraph, points_to_practice, points_to_region, points_to_then,
    pronoun_subject, prose, refers_back, restates_before, sentence_before, start_after, stat_card,
};

use crate::extract::Mention;
use std::ops::Range;
pub use words::Words;
use words::{Cue, CueList, WordSet, words};

/// The place (`global`, a known place, or a capitalised name after `in`) that `text` names, read
/// as a claim's sentence is (see [`context::scope_near`]).
pub fn place_named(text: &str) -> Option<String> {
    context::scope_near(&Words::new(text, 0..text.len()), &(0..text.len()), None)
}

/// How the sentence frames who was counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    /// Nothing either way.
    Plain,
    /// Detected, identified, registered: counted by authorities.
    Detected,
    /// Estimated, or stated as how many are trafficked: a prevalence.
    Prevalence,
}

/// A statistical mention and its context.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// The number itself.
    pub mention: Mention,
    /// Byte range of the sentence holding it.
    pub sentence: Range<usize>,
    /// Byte range of the clause of the sentence that belongs to this number.
    pub focus: Range<usize>,
    /// Byte range of the words naming what the number counts.
    pub subject_span: Option<Range<usize>>,
    /// The sentence ties those words to the number firmly (a verb or `of` links them), not
    /// only by position.
    pub subject_strong: bool,
    /// What the number counts (`children`, `trafficking victims`), lower-cased.
    pub subject: Option<String>,
    /// Where it applies (`global`, `Pakistan`).
    pub scope: Option<String>,
    /// When it applies (`2022`, `past 15 years`).
    pub period: Option<Period>,
    /// The year of a report the sentence credits (`UNODC’s 2024 report`).
    pub edition: Option<i32>,
    /// The title of a report whose first edition the sentence credits without a year (`the
    /// inaugural Global Slavery Index`), lower-cased: the check reads it as that edition's year.
    pub first_edition: Option<String>,
    /// Who it is credited to (`UNODC`, `ILO`, or `UN` for the United Nations as a whole).
    pub attribution: Option<String>,
    /// The sentence speaks of a share or proportion, not a number (for multipliers and changes).
    pub about_share: bool,
    /// The sentence makes it a number per year (`each year`, `annually`).
    pub per_year: bool,
    /// Whether the sentence says the people were detected, or estimated.
    pub framing: Framing,
    /// The sentence says the thing itself grew (`trafficking rose 25%`), not its detection.
    pub about_crime: bool,
    /// Byte ranges the sentence denies (`not trafficking victims`, `rather than trafficked`).
    pub negated: Vec<Range<usize>>,
    /// The number itself is denied (`it is not true that half …`).
    pub denied: bool,
    /// The sentence reports one event (a raid, a rescue, a case), not a statistic.
    pub local: bool,
    /// A projection, target or condition (`could rise to`, `by 2030`), not a measurement.
    pub hypothetical: bool,
    /// The ages the sentence gives (`aged 5 to 14`), first and last.
    pub ages: Option<(u32, u32)>,
    /// The sentence applies the number to all victims or people (`of all trafficking victims`).
    pub universal: bool,
    /// The sentence speaks of children working, never of child labour.
    pub working: bool,
    /// The number's clause speaks of a rise or fall (`increase`, `more`, `fell`).
    pub change_words: bool,
    /// A per-cent figure right after a verb of change (`soared 47%`): +1 for a rise, -1 for a
    /// fall. The extractor reads some of these as shares.
    pub change_verb: Option<i8>,
    /// The sentence gives the number as a former value (`up from 24.9 million five years ago`).
    pub past: bool,
}

/// Words between a verb of change and its per-cent figure.
const BEFORE_CHANGE: &WordSet = &WordSet::new(&[
    "by",
    "some",
    "about",
    "nearly",
    "almost",
    "around",
    "over",
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

/// Verbs of change before a per-cent figure, with the direction they give it.
const CHANGE_VERBS: &[(&str, i8)] = &[
    ("rose", 1),
    ("risen", 1),
    ("rising", 1),
    ("grew", 1),
    ("grown", 1),
    ("increased", 1),
    ("jumped", 1),
    ("surged", 1),
    ("soared", 1),
    ("climbed", 1),
    ("spiked", 1),
    ("rocketed", 1),
    ("skyrocketed", 1),
    ("leapt", 1),
    ("leaped", 1),
    ("swelled", 1),
    ("swollen", 1),
    ("ballooned", 1),
    ("up", 1),
    ("fell", -1),
    ("fallen", -1),
    ("dropped", -1),
    ("declined", -1),
    ("decreased", -1),
    ("plunged", -1),
    ("plummeted", -1),
    ("slumped", -1),
    ("shrank", -1),
    ("down", -1),
];

/// `rose by $64 billion, 37%`, `fell by 2 million, or 11 per cent`: a per-cent figure (its first
/// word `first`) after a comma (and `or`) that follows the amount of a verb of change and `by`
/// restates that change, unless `of` follows it (word `last`). Its direction.
fn restated_change(words: &Words, first: usize, last: usize) -> Option<i8> {
    // `12% of them`: a share of what was counted.
    if words.is(last, "of") {
        return None;
    }
    let mut k = first;
    if k > 0 && words.is(k - 1, "or") {
        k -= 1;
    }
    let amount_end = k.checked_sub(1)?;
    let gap = words.lower_text(words.span(amount_end).end..words.span(k).start);
    if gap.trim() != "," {
        return None;
    }
    // The amount: a number, maybe with a currency sign before and a scale word after.
    let numeric = |i: usize| {
        words
            .raw(i)
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .starts_with(|c: char| c.is_ascii_digit())
    };
    let amount_start = if numeric(amount_end) {
        amount_end
    } else if words.is_any(
        amount_end,
        words!["million", "billion", "thousand", "bn", "m"],
    ) && amount_end > 0
        && numeric(amount_end - 1)
    {
        amount_end - 1
    } else {
        return None;
    };
    let by = amount_start.checked_sub(1)?;
    if !words.is(by, "by") {
        return None;
    }
    let verb = words.base(by.checked_sub(1)?);
    CHANGE_VERBS
        .iter()
        .find(|(v, _)| *v == verb)
        .map(|&(_, sign)| sign)
}

/// The claims among `mentions` of `text`, with their context.
pub fn claims(text: &str, mentions: &[Mention]) -> Vec<Claim> {
    claims_from(text, mentions, |m| m.is_claim(), |_, _| true)
}

/// The claims among `mentions` of `text` whose sentence (a byte range of `text`, and its words)
/// `wanted` accepts, with their context; the other sentences are read no further.
// A stage of its own in profiles (bench/profile.sh), called once per document.
#[inline(never)]
pub fn claims_in(
    text: &str,
    mentions: &[Mention],
    wanted: impl FnMut(&Range<usize>, &Words) -> bool,
) -> Vec<Claim> {
    // A check also reads the vague amounts that count people (`millions of children`): they
    // can be on the topic, though no figure can agree or conflict with them.
    claims_from(
        text,
        mentions,
        |m| m.is_claim() || vague_people(text, m),
        wanted,
    )
}

/// [`claims_in`], for the mentions `keep` accepts.
fn claims_from(
    text: &str,
    mentions: &[Mention],
    keep: impl Fn(&Mention) -> bool,
    mut wanted: impl FnMut(&Range<usize>, &Words) -> bool,
) -> Vec<Claim> {
    // Allocated once, at the most it can hold.
    let mut stats: Vec<&Mention> = Vec::with_capacity(mentions.len());
    stats.extend(mentions.iter().filter(|m| keep(m)));
    let mut out: Vec<Claim> = Vec::with_capacity(stats.len());
    // One set of word buffers for every sentence read, kept on the thread for the next
    // document.
    let mut words = Words::reusing(text);
    let mut i = 0;
    while let Some(lead) = stats.get(i) {
        let range = sentence::around(text, lead.start, lead.end);
        let mut j = i + 1;
        while stats.get(j).is_some_and(|m| m.start < range.end) {
            j += 1;
        }
        // The words are split first: the gate finds the sentence's terms among them.
        words.read(range.clone());
        if !wanted(&range, &words) {
            i = j;
            continue;
        }
        let whole = SentenceReading::new(text, &words, &range);
        let group = stats.get(i..j).unwrap_or_default();
        let first_out = out.len();
        // The years the sentence before names, for a sentence set at that time; read once.
        let mut then: Option<Option<context::Period>> = None;
        // Whether the claim before took its place from a whole it breaks down.
        let mut carried = false;
        for (k, m) in group.iter().enumerate() {
            // `$236 billion a year … Africa at 20 billion`: a bare amount of billions takes the
            // currency of the amount of billions before it.
            let as_money;
            let m = match money_before(text, stats.get(..i + k).unwrap_or_default(), m) {
                Some(unit) => {
                    as_money = Mention {
                        kind: crate::extract::Kind::Money,
                        unit: Some(unit),
                        ..(*m).clone()
                    };
                    &as_money
                }
                None => *m,
            };
            let prev = k.checked_sub(1).and_then(|p| group.get(p)).copied();
            let next = group.get(k + 1).copied();
            let opening = range.start..lead.start;
            let mut claim = read_claim(text, &words, &whole, &opening, m, prev, next);
            // `I first heard of it in 2012. At that time, 21 million …`: a number with no years
            // of its own is of the years the sentence before names.
            if claim.period.is_none() {
                claim.period = then
                    .get_or_insert_with(|| period_then(text, &range))
                    .clone();
            }
            // `7 million people in Africa – 3.8 million in forced labour and 3.2 million in forced
            // marriages`: the parts after a dash or colon are of the place of the whole before.
            let before = out.get(first_out..).and_then(|o| o.last());
            let breakdown = before.is_some_and(|b| {
                carried
                    || text.get(b.mention.end..m.start).is_some_and(|gap| {
                        gap.contains(" – ") || gap.contains(" — ") || gap.contains(": ")
                    })
            });
            carried = false;
            if claim.scope.is_none()
                && breakdown
                && let Some(place) = before
                    .and_then(|b| b.scope.clone())
                    .filter(|p| p != "global")
                && same_family(before.map_or(m.kind, |b| b.mention.kind), m.kind)
            {
                claim.scope = Some(place);
                carried = true;
            }
            // `Bangladesh must … as child labour has risen to 160 million worldwide — an
            // increase of 8.4 million …`: an aside after a number of the world is the world's,
            // whatever place the sentence opens with.
            if breakdown
                && before.and_then(|b| b.scope.as_deref()) == Some("global")
                && claim.scope.as_deref().is_some_and(|p| p != "global")
                && context::scope_near(&words, &claim.focus, None).is_none()
            {
                claim.scope = Some("global".into());
            }
            // `28 million in forced labour and 22 million in forced marriages`: a number with no
            // words of its own counts what the number before it counts.
            if let Some(before) = out.get(first_out..).and_then(|o| o.last())
                && claim.subject_span.is_none()
                && same_family(before.mention.kind, m.kind)
            {
                claim.subject_span = before.subject_span.clone();
                claim.subject = before.subject.clone();
                claim.subject_strong = false;
                claim.about_share |= before.about_share;
            } else if let Some(before) = out.get(first_out..).and_then(|o| o.last())
                && before
                    .subject_span
                    .as_ref()
                    .is_some_and(|s| s.end <= before.mention.start)
                && same_family(before.mention.kind, m.kind)
                && verb_opens(&words, &claim.focus, m)
            {
                // `Women and girls make up 54% of all victims, and are 78% of those in …`: a
                // clause opening with its verb has the subject of the clause before; a subject
                // borrowed so is a reading, not a tie firm enough for a conflict.
                claim.subject_span = before.subject_span.clone();
                claim.subject = before.subject.clone();
                claim.subject_strong = false;
            } else if let Some(before) = out.get(first_out..).and_then(|o| o.last())
                && parallel_shares(text, &before.mention, m)
                && before
                    .subject_span
                    .as_ref()
                    .is_some_and(|s| s.end <= before.mention.start)
            {
                // `women account for 99% of all victims of X, 84% of all victims of Y`: each
                // share of a list of shares after one subject is that subject's, loosely tied.
                claim.subject_span = before.subject_span.clone();
                claim.subject = before.subject.clone();
                claim.subject_strong = false;
            }
            // `3.3 million of whom are children, a number that has tripled`: an apposition that
            // calls the change's subject `a number` points back at what the count before counts.
            // A subject read from the apposition's own words (`marking a significant 3%
            // increase`) is no subject: they stand between the two numbers.
            if let Some(before) = out.get(first_out..).and_then(|o| o.last())
                && (claim
                    .subject
                    .as_deref()
                    .is_none_or(|s| matches!(s, "figure" | "number"))
                    || claim
                        .subject_span
                        .as_ref()
                        .is_some_and(|s| s.start >= before.mention.end && s.end <= m.start))
                && before.subject_span.is_some()
                && matches!(
                    before.mention.kind,
                    crate::extract::Kind::Count | crate::extract::Kind::Money
                )
                && matches!(
                    m.kind,
                    crate::extract::Kind::Multiplier | crate::extract::Kind::Change
                )
                && names_the_number_before(text.get(before.mention.end..m.start).unwrap_or(""))
            {
                claim.subject_span = before.subject_span.clone();
                claim.subject = before.subject.clone();
                claim.subject_strong = true;
            }
            // `75 percent of the 40.3 million are women and girls`: what follows the verb is
            // what the share counts, not the total it is taken of.
            if let Some(share) = out.get_mut(first_out..).and_then(|o| o.last_mut())
                && share_base(
                    &words,
                    Some(&share.mention),
                    words.first_ending_after(m.start),
                )
                && claim.subject_span.as_ref().is_some_and(|s| {
                    let from = words.first_from(m.end);
                    let to = words.first_from(s.start);
                    (from..to).any(|i| words.has(i, Cue::Copula))
                })
            {
                share.subject_span = claim.subject_span.take();
                share.subject = claim.subject.take();
                share.subject_strong = true;
                claim.subject_strong = false;
            }
            // `99% of the 4.8 million victims … in 2016`: the share is of the total's year.
            if claim.period.is_some()
                && let Some(share) = out.get_mut(first_out..).and_then(|o| o.last_mut())
                && share.period.is_none()
                && share_base(
                    &words,
                    Some(&share.mention),
                    words.first_ending_after(m.start),
                )
            {
                share.period = claim.period.clone();
            }
            // `… women and girls … stands at 24,398, making up 70.6 percent of the total`: a
            // share that the count before it makes up is a share of the people that count
            // counts.
            if let Some(before) = out.get(first_out..).and_then(|o| o.last())
                && before.mention.kind == crate::extract::Kind::Count
                && matches!(
                    m.kind,
                    crate::extract::Kind::Percent | crate::extract::Kind::Fraction
                )
                && before.subject_span.is_some()
                && text
                    .get(before.mention.end..m.start)
                    .is_some_and(makes_up_the_share)
            {
                claim.subject_span = before.subject_span.clone();
                claim.subject = before.subject.clone();
                claim.subject_strong = false;
            }
            out.push(claim);
        }
        i = j;
    }
    words.recycle();
    out
}

/// The years the sentence before `sentence` names, when `sentence` is set at that time (`At that
/// time`, `back then`; see [`points_to_then`]).
fn period_then(text: &str, sentence: &Range<usize>) -> Option<context::Period> {
    if !points_to_then(text.get(sentence.clone())?) {
        return None;
    }
    let before = sentence_before(text, sentence.start)?;
    let words = Words::new(text, before.clone());
    let skip = context::edition(&words, &before).map(|(_, i)| i);
    context::period(&words, &before, skip)
}

/// True when `gap`, the words between a count and a share, says the count makes up the share
/// (`, making up`, `, or`, `, accounting for`).
fn makes_up_the_share(gap: &str) -> bool {
    let Some(rest) = gap.trim_start().strip_prefix(',') else {
        return false;
    };
    let rest = rest.trim().to_ascii_lowercase();
    [
        "making up",
        "which makes up",
        "accounting for",
        "which accounts for",
        "representing",
        "which represents",
        "constituting",
        "or",
        "or about",
        "or some",
        "or nearly",
        "or almost",
        "or over",
        "or more than",
        "about",
        "nearly",
        "almost",
    ]
    .contains(&rest.as_str())
}

/// Nouns for people (and their cases) that a vague amount may count.
const PEOPLE_NOUNS: &[&str] = &[
    "people",
    "persons",
    "individuals",
    "children",
    "kids",
    "girls",
    "boys",
    "women",
    "men",
    "victims",
    "workers",
    "labourers",
    "laborers",
    "migrants",
    "adults",
    "minors",
    "survivors",
    "cases",
];

/// Verbs of exploitation whose object a bare vague amount may be (`exploits millions`).
const EXPLOITING_VERBS: &[&str] = &["exploit", "ensnar", "enslav", "traffick", "trap", "affect"];

/// True when `m` is a vague amount (`millions`, `thousands`) that counts people: `millions of
/// children`, `thousands of men, women and children`, `millions more children`, `millions more
/// are at risk`, `millions and millions of people`, or the bare object of a verb of
/// exploitation (`exploits millions`). Not
/// `hundreds of arrests`, `thousands of holiday goers` or `pushes millions into poverty`.
pub fn vague_people(text: &str, m: &Mention) -> bool {
    if m.not_claim != Some("vague amount") || m.value.is_some() || m.magnitude.is_none() {
        return false;
    }
    // `dozens` is a manner of speaking, no estimate; `thousands of women and girls`,
    // `hundreds of thousands` and the world's `millions of victims` are read on.
    let own = text.get(m.start..m.end).unwrap_or("");
    if own.eq_ignore_ascii_case("dozens") {
        return false;
    }
    let after = text.get(m.end..).unwrap_or("");
    let after = after.get(..after.len().min(80)).unwrap_or(after);
    let lower = after.to_lowercase();
    let all: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .take(6)
        .collect();
    let people = |w: &str| PEOPLE_NOUNS.contains(&w);
    // `millions and millions of people`: the first is read with the second.
    let words = match all.as_slice() {
        [
            "and",
            "millions" | "thousands" | "hundreds" | "billions",
            rest @ ..,
        ] => rest,
        words => words,
    };
    // `millions more` (at risk, could follow) is a warning, not a count; but `forced millions
    // more children into child labour`, after a verb of the past with no word of what may come,
    // says what happened.
    if words.first() == Some(&"more") {
        let head = text.get(..m.start).unwrap_or("").trim_end();
        let head = head
            .get(head.len().saturating_sub(60)..)
            .unwrap_or("")
            .to_lowercase();
        let verb = head.rsplit(' ').next().unwrap_or("");
        let past = verb.ends_with("ed") && !matches!(verb, "need" | "feed");
        let warned = ["could", "would", "may", "might", "risk", "will", "threat"]
            .iter()
            .any(|w| head.contains(w));
        return past && !warned && words.get(1).is_some_and(|w| people(w));
    }
    // `millions of people worldwide`, `around the world`, `globally`: a commonplace of the whole
    // world, which the sourced global figures state exactly.
    let sentence = text
        .get(sentence::around(text, m.start, m.end))
        .unwrap_or_default()
        .to_lowercase();

    match words {
        // `millions of children still work`, `millions of girls remain out of school`: the one
        // word `millions` with a verb of persistence tells that a wrong goes on, no estimate.
        ["of", w, ..] | ["of", _, w, ..] if people(w) => {
            return !(own.eq_ignore_ascii_case("millions") && persists(&sentence));
        }
        // `hundreds of thousands trafficked into scam centres`: the people a participle of
        // exploitation says were taken, as a headline writes it.
        [w, ..]
            if w.ends_with("ed")
                && EXPLOITING_VERBS
                    .iter()
                    .any(|v| *v != "affect" && w.starts_with(v)) =>
        {
            return true;
        }
        // `thousands of Nepalese have been trafficked`: a country's people, and the participle
        // that says what was done to them.
        ["of", _, rest @ ..]
            if after.trim_start().starts_with("of ")
                && after
                    .trim_start()
                    .get(3..)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
                && rest.iter().take(3).any(|w| {
                    w.ends_with("ed")
                        && EXPLOITING_VERBS
                            .iter()
                            .any(|v| *v != "affect" && w.starts_with(v))
                }) =>
        {
            return true;
        }
        _ => {}
    }
    // A bare object: `exploits millions through …`, `ensnaring millions in …`.
    let before = text.get(..m.start).unwrap_or("").trim_end();
    let verb = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    EXPLOITING_VERBS.iter().any(|v| verb.starts_with(v))
        && words
            .first()
            .is_none_or(|w| !matches!(*w, "of" | "more" | "into"))
}

/// Words that tell a state goes on (`still`, `continue to`, `remain`).
const PERSISTING: &[&str] = &[
    "still",
    "continue",
    "continues",
    "continued",
    "continuing",
    "remain",
    "remains",
    "remained",
    "remaining",
];

/// True when lower-case `sentence` has a word of [`PERSISTING`].
fn persists(sentence: &str) -> bool {
    sentence
        .split(|c: char| !c.is_alphabetic())
        .any(|w| PERSISTING.contains(&w))
}

/// This module's word lists with their cues.
const CUE_LISTS: &[CueList] = &[
    (Cue::BeforeChange, BEFORE_CHANGE),
    (Cue::Detection, DETECTION),
    (Cue::Prevalence, PREVALENCE),
    (Cue::Local, LOCAL),
    (Cue::Hypothetical, HYPOTHETICAL),
    (Cue::Share, SHARE_WORDS),
    (Cue::Change, CHANGE_WORDS),
    (Cue::PerYearLead, PER_YEAR_LEADS),
    (Cue::Work, WORK_WORDS),
    (Cue::All, ALL),
];

/// Every word list of the stage with its cue (see [`Cue`]).
fn cue_lists() -> [&'static [CueList]; 3] {
    [CUE_LISTS, context::CUE_LISTS, subject::CUE_LISTS]
}

/// True when `text` holds `needle` (quicker than `str::contains` for the short texts here):
/// the places where the needle's rarest byte occurs are found with `memchr` and compared there.
// Inlined where it is called, so that the rarest byte of a needle written out is worked out
// when compiling (left to the compiler, it was sometimes not inlined: 4.6 M instructions more on
// bench/profile.sh 1000).
#[inline]
fn has(text: &str, needle: &str) -> bool {
    let (text, needle) = (text.as_bytes(), needle.as_bytes());
    let Some(at) = (0..needle.len()).max_by_key(|&i| needle.get(i).map(|&b| rarity(b))) else {
        return true;
    };
    let Some(&rare) = needle.get(at) else {
        return true;
    };
    memchr::memchr_iter(rare, text).any(|i| {
        i.checked_sub(at)
            .and_then(|start| text.get(start..))
            .is_some_and(|t| t.starts_with(needle))
    })
}

/// How rare byte `b` is in lower-cased English text: letters by their frequency, `z` rarest;
/// a space the commonest; anything else rarer than any letter. (The last of equally rare bytes
/// is searched for.)
fn rarity(b: u8) -> u8 {
    /// The rarity of each byte.
    const RARITY: [u8; 256] = {
        /// Sets the rarity of byte `b`.
        const fn set(table: &mut [u8; 256], b: u8, rarity: u8) {
            if let Some((_, [slot, ..])) = table.split_at_mut_checked(b as usize) {
                *slot = rarity;
            }
        }
        let mut table = [27u8; 256];
        set(&mut table, b' ', 0);
        let mut rarity = 1;
        let mut letters: &[u8] = b"etaoinsrhldcumfpgwybvkxjqz";
        while let [letter, rest @ ..] = letters {
            set(&mut table, *letter, rarity);
            rarity += 1;
            letters = rest;
        }
        table
    };
    RARITY.get(usize::from(b)).copied().unwrap_or(27)
}

/// True when `a` and `b` are two percentages of one list, each of a group (`99% of all victims of
/// X, 84% of all victims of Y`): `of` right after each, and a comma (or `, and`) between the
/// first's group and the second.
fn parallel_shares(text: &str, a: &crate::extract::Mention, b: &crate::extract::Mention) -> bool {
    use crate::extract::Kind;
    a.kind == Kind::Percent
        && b.kind == Kind::Percent
        && [a.end, b.end]
            .iter()
            .all(|&end| text.get(end..).is_some_and(|t| t.starts_with(" of ")))
        && text.get(a.end..b.start).is_some_and(|gap| {
            let gap = gap.trim_end();
            !gap.contains(['.', ';', '(']) && [",", ", and"].iter().any(|sep| gap.ends_with(sep))
        })
}

/// True when `gap` (the text between a count and a change after it) ends in an apposition that
/// refers back to the count (`…, a number that has roughly`, `– a figure which has`, `…, marking
/// a significant`): at most three words between it and the change, and no other clause.
fn names_the_number_before(gap: &str) -> bool {
    let lower = gap.to_lowercase();
    [
        "a number that ",
        "a number which ",
        "a figure that ",
        "a figure which ",
        "marking a ",
        "marking an ",
        "representing a ",
        "representing an ",
    ]
    .iter()
    .filter_map(|p| lower.rfind(p).map(|at| (at, p.len())))
    .max()
    .is_some_and(|(at, len)| {
        let before = lower.get(..at).unwrap_or("").trim_end();
        let after = lower.get(at + len..).unwrap_or("");
        (before.ends_with(',') || before.ends_with('–') || before.ends_with('—'))
            && !after.contains([',', ';', '(', ')'])
            && after.split_whitespace().count() <= 3
    })
}

/// The currency of `m`, a count of billions that names nothing it counts (`increased by 64
/// billion, or more than a third`), when the last amount of billions among `before` that
/// names something is money (`$236 billion … Africa at 20 billion and the Arab States at 18`).
fn money_before(text: &str, before: &[&Mention], m: &Mention) -> Option<&'static str> {
    use crate::extract::Kind;
    let billions = |x: &Mention| {
        text.get(x.start..x.end).is_some_and(|t| {
            let t = t.trim_end();
            ["billion", "bn", "trillion"].iter().any(|w| {
                t.len() > w.len()
                    && t.get(t.len() - w.len()..)
                        .is_some_and(|end| end.eq_ignore_ascii_case(w))
            })
        })
    };
    // A count of billions followed by punctuation, the end, or a word that names nothing
    // counted.
    let bare = |x: &Mention| {
        if x.kind != Kind::Count || !billions(x) {
            return false;
        }
        let rest = text.get(x.end..).unwrap_or("").trim_start();
        let word: String = rest
            .chars()
            .take_while(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        word.is_empty()
            || [
                "in", "and", "or", "a", "per", "from", "to", "for", "each", "every", "annually",
                "yearly", "this", "last", "since", "by", "at", "compared", "than", "of", "with",
            ]
            .contains(&word.as_str())
    };
    if !bare(m) {
        return None;
    }
    let last = before.iter().rev().find(|x| billions(x) && !bare(x))?;
    (last.kind == Kind::Money).then_some(last.unit).flatten()
}

/// True when two kinds count the same sort of thing (both shares, both counts, both changes).
fn same_family(a: crate::extract::Kind, b: crate::extract::Kind) -> bool {
    use crate::extract::Kind::*;
    let family = |k| match k {
        Percent | Fraction | Ratio => 0,
        Count => 1,
        Change | Multiplier => 2,
        Money => 3,
        _ => 4,
    };
    family(a) == family(b) && family(a) != 4
}

/// True when the clause `focus` opens with the verb that links it to the number `m` (`and are
/// 78% of …`, `and account for 12%`): the clause names no subject of its own.
fn verb_opens(words: &Words, focus: &Range<usize>, m: &Mention) -> bool {
    let mut k = words.first_from(focus.start);
    while words.is_any(k, words!["and", "but", "yet", "also"]) {
        k += 1;
    }
    // `…, it brings in 73% of the profits`: a pronoun stands for the clause before's subject.
    let pronoun = words.is_any(k, words!["it", "they"]);
    if pronoun {
        k += 1;
    }
    let first = words.first_ending_after(m.start);
    let mut verb = false;
    if k >= first {
        return false;
    }
    for i in k..first {
        // `brings in`, `generates`: what an activity earns, after a pronoun standing for it.
        let earns = pronoun
            && (words.is_any(
                i,
                words!["brings", "bring", "generates", "generate", "yields"],
            ) || (i > k
                && words.is(i, "in")
                && words.is_any(i - 1, words!["brings", "bring"])));
        if !(words.has(i, Cue::Links) || words.has(i, Cue::Adverbs) || earns) {
            return false;
        }
        verb |= words.has(i, Cue::LinkVerbs) || earns;
    }
    verb && !words.is_any(k, words!["which", "that", "who"])
}

/// Separators that end a clause, strongest first.
const STRONG_SEPARATORS: &[&str] = &[
    ";",
    " while ",
    " whereas ",
    " but ",
    ", and ",
    ", while",
    ", but",
    " – ",
    " — ",
    "—",
    "(",
    ")",
    ", ",
    ":",
    "\n",
];

/// The first (or last) clause separator in `gap`, as a byte offset into it and its length:
/// the earliest (or latest) place where one of [`STRONG_SEPARATORS`] starts, the first in that
/// list where several start at one place; else the first (or last) ` and `.
fn separator(gap: &str, last: bool) -> Option<(usize, usize)> {
    /// For each byte, the separators that start with it: bit `k` for `STRONG_SEPARATORS[k]`.
    const STARTS: [u32; 256] = {
        assert!(STRONG_SEPARATORS.len() <= 32);
        let mut starts = [0u32; 256];
        let mut list = STRONG_SEPARATORS;
        let mut k = 0;
        while let [s, rest @ ..] = list {
            if let [b, ..] = s.as_bytes()
                && let Some((_, [start, ..])) = starts.split_at_mut_checked(*b as usize)
            {
                *start |= 1 << k;
            }
            list = rest;
            k += 1;
        }
        starts
    };
    let bytes = gap.as_bytes();
    // The length of the strong separator starting at byte `from`, if one does: the first in
    // the list, among those that start with that byte.
    let strong = |from: usize, b: u8| {
        let mut candidates = STARTS.get(usize::from(b)).copied().unwrap_or(0);
        if candidates == 0 {
            return None;
        }
        // Every separator starts with a byte that starts a character, and matching ignores
        // ASCII case; most differ from the text in their first or second byte.
        let second = bytes.get(from + 1).map(u8::to_ascii_lowercase);
        while candidates != 0 {
            let k = candidates.trailing_zeros() as usize;
            candidates &= candidates - 1;
            let s = STRONG_SEPARATORS.get(k)?.as_bytes();
            if (s.len() == 1 || s.get(1).copied() == second)
                && bytes
                    .get(from..from + s.len())
                    .is_some_and(|t| t.eq_ignore_ascii_case(s))
            {
                return Some(s.len());
            }
        }
        None
    };
    // The first ` and ` in reading order, kept for when there is no strong separator.
    let mut and = None;
    let mut at = |from: usize| {
        let b = *bytes.get(from)?;
        if let Some(len) = strong(from, b) {
            return Some((from, len));
        }
        if and.is_none()
            && b == b' '
            && bytes
                .get(from..from + 5)
                .is_some_and(|t| t.eq_ignore_ascii_case(b" and "))
        {
            and = Some((from, 5));
        }
        None
    };
    // Every separator, ` and ` too, starts with a byte of `STARTS`: the bytes between are
    // skipped by one table look-up each, and only a candidate is tested.
    let candidate = |b: &u8| STARTS.get(usize::from(*b)).is_some_and(|&s| s != 0);
    let found = if last {
        let mut end = bytes.len();
        loop {
            let Some(from) = bytes.get(..end).and_then(|b| b.iter().rposition(candidate)) else {
                break None;
            };
            if let Some(hit) = at(from) {
                break Some(hit);
            }
            end = from;
        }
    } else {
        let mut from = 0;
        loop {
            let Some(skip) = bytes.get(from..).and_then(|b| b.iter().position(candidate)) else {
                break None;
            };
            if let Some(hit) = at(from + skip) {
                break Some(hit);
            }
            from += skip + 1;
        }
    };
    found.or(and)
}

/// The clause of `sentence` that belongs to `m`, given the claims before and after it.
fn focus(
    text: &str,
    sentence: &Range<usize>,
    m: &Mention,
    prev: Option<&Mention>,
    next: Option<&Mention>,
) -> Range<usize> {
    let start = match prev {
        Some(p) => {
            let gap = text.get(p.end..m.start).unwrap_or("");
            // `forced labour (27.6 million) and forced marriage (22 million)`: a number in
            // brackets restates the words before its bracket, which are in its clause.
            let gap = match gap.trim_end().strip_suffix('(') {
                Some(before) if !before.trim().is_empty() => before,
                _ => gap,
            };
            // `27 million victims of trafficking, 3.3 million of whom are children`: a number
            // that counts some of the people just named has their name in its clause.
            let of_whom = text.get(m.end..).is_some_and(|rest| {
                let rest = rest.trim_start().as_bytes();
                ["of whom ", "of which "].iter().any(|p| {
                    rest.get(..p.len())
                        .is_some_and(|head| head.eq_ignore_ascii_case(p.as_bytes()))
                })
            });
            // `Trafficking is a $150 billion industry with 24.9 million victims`: a count after
            // the sentence's first number, an amount of money, counts the people of what earns
            // it, named before the amount.
            let after_first_amount = p.kind == crate::extract::Kind::Money
                && m.kind == crate::extract::Kind::Count
                && text
                    .get(sentence.start..p.start)
                    .is_some_and(|head| !head.bytes().any(|b| b.is_ascii_digit()));
            // `27.6 million of those in modern slavery, 3.3 million of whom are children`: the
            // words right after the count before name the whole it is part of, not the people
            // `whom` counts, so the clause starts after them as usual.
            let partitive = gap
                .trim_start()
                .get(..3)
                .is_some_and(|w| w.eq_ignore_ascii_case("of "));
            // `157 million children … and, of those, 75 million were in hazardous work`: the
            // count after `of those` counts some of the people the count before names.
            let of_those = {
                let g = gap.trim_end().trim_end_matches(',').as_bytes();
                ["of those", "of them", "of these"].iter().any(|w| {
                    g.len()
                        .checked_sub(w.len())
                        .and_then(|at| g.get(at..))
                        .is_some_and(|end| end.eq_ignore_ascii_case(w.as_bytes()))
                })
            };
            if (of_whom || of_those) && !partitive {
                p.end
            } else if context::range_opener(text, sentence, p, m).is_some() {
                // `an increase from 152 million to 160 million`, `rose by 6.5 million to 79
                // million`: the end of a range counts what its start does, so the clause of
                // the start is its clause too.
                let head = text.get(sentence.start..p.start).unwrap_or("");
                separator(head, true).map_or(sentence.start, |(at, len)| sentence.start + at + len)
            } else if after_first_amount {
                sentence.start
            } else {
                separator(gap, true).map_or(p.end, |(at, len)| p.end + at + len)
            }
        }
        None => sentence.start,
    };
    // `one in eight (3.3 million) people …`: a number in brackets right after restates this
    // one, so the clause runs on past it.
    let restated = |n: &&Mention| {
        text.get(m.end..n.start)
            .is_some_and(|gap| gap.trim() == "(")
            && text
                .get(n.end..)
                .is_some_and(|rest| rest.trim_start().starts_with(')'))
    };
    let end = match next.filter(|n| !restated(n) && !restated_as(text, m, n)) {
        Some(n) => {
            // `of all victims – 71 per cent – are women and girls, and …`: a share set off by
            // dashes runs on past the closing dash to what it is the share of.
            let from = dashed_share_end(text, m)
                .filter(|&at| at <= n.start)
                .unwrap_or(m.end);
            let gap = text.get(from..n.start).unwrap_or("");
            separator(gap, false).map_or(n.start, |(at, _)| from + at)
        }
        // The last number's clause ends before a trailing aside (`…, with modern slavery most
        // prevalent in Africa`).
        None => {
            let rest = text.as_bytes().get(m.end..sentence.end).unwrap_or_default();
            // The first comma or semicolon that starts one of the asides.
            memchr::memchr2_iter(b',', b';', rest)
                .find(|&at| {
                    [
                        ", with ",
                        ", where ",
                        ", while ",
                        ", whereas ",
                        ", as ",
                        ", because ",
                        "; ",
                    ]
                    .iter()
                    .any(|s| rest.get(at..).is_some_and(|r| r.starts_with(s.as_bytes())))
                })
                .map_or(sentence.end, |at| m.end + at)
        }
    };
    start.min(m.start)..end.max(m.end)
}

/// For a share set off by dashes after its whole, with a copula after the closing dash (`of all
/// victims – 71 per cent – are women and girls`), the byte offset just after the closing dash.
fn dashed_share_end(text: &str, m: &Mention) -> Option<usize> {
    let share = matches!(
        m.kind,
        crate::extract::Kind::Percent | crate::extract::Kind::Fraction
    );
    let dash = |c: char| c == '–' || c == '—';
    let before = text.get(..m.start)?.trim_end();
    if !share || !before.ends_with(dash) {
        return None;
    }
    let after = text.get(m.end..)?;
    let rest = after.trim_start().strip_prefix(dash)?;
    let copula = rest.trim_start().split(' ').next()?;
    matches!(copula, "are" | "is" | "were" | "was").then(|| text.len() - rest.len())
}

/// True when mention `n` restates `m` just before it in other terms after `i.e.` or `that is`
/// (`one in four, i.e., 25pc are children`), or a count as its share between commas (`4.5
/// million, or 22 percent, are …`): the clause of both runs on past `n`.
fn restated_as(text: &str, m: &Mention, n: &Mention) -> bool {
    text.get(m.end..n.start).is_some_and(|gap| {
        let gap = gap
            .trim_matches(|c: char| c == ',' || c.is_whitespace())
            .to_ascii_lowercase();
        matches!(
            gap.as_str(),
            "i.e." | "i.e.," | "ie" | "i.e" | "that is" | "that is,"
        ) || (gap == "or" && count_then_share(text, m, n))
    })
}

/// True when count `m` is followed by `, or` and share `n` set off by commas (`4.5 million, or 22
/// percent, are …`).
fn count_then_share(text: &str, m: &Mention, n: &Mention) -> bool {
    use crate::extract::Kind;
    matches!(n.kind, Kind::Percent)
        && matches!(m.kind, Kind::Count)
        && text.get(m.end..).is_some_and(|r| r.starts_with(','))
        && text
            .get(n.end..)
            .is_some_and(|r| r.starts_with(',') || r.starts_with('\u{2014}'))
}

/// Words that deny what follows them.
fn is_negator(words: &Words, i: usize) -> bool {
    let w = words.base(i);
    if matches!(w, "not" | "never") || w.ends_with("n't") || w.ends_with("n’t") || w == "cannot" {
        // `not only`, `not least`, `not less than` do not deny.
        return !words.is_any(
            i + 1,
            words![
                "only", "just", "least", "less", "more", "fewer", "merely", "simply", "all",
            ],
        );
    }
    false
}

/// Byte ranges the sentence denies: from `not` (or `rather than`, `instead of`) to the clause end.
fn negations(text: &str, words: &Words, sentence: &Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let n = words.len();
    let mut i = 0;
    while i < n {
        // Every word that can deny ends with `t` (`not`, `cannot`, `n’t`) or is `never`,
        // `rather`, `instead` or `as`.
        if words.cues(i) & words::DENIAL_LEAD == 0 {
            i += 1;
            continue;
        }
        let start = if is_negator(words, i) {
            Some(i + 1)
        } else if words.at(i, "rather than")
            || words.at(i, "instead of")
            || words.at(i, "as opposed to")
        {
            Some(i + 2 + usize::from(words.is(i, "as")))
        } else {
            None
        };
        if let Some(from) = start {
            let from_byte = words.span(i).start;
            let mut end = sentence.end;
            let mut k = from;
            while k < n {
                let gap = text
                    .get(words.span(k - 1).end..words.span(k).start)
                    .unwrap_or("");
                if gap.contains([',', ';', ':', '—', '–', '(', ')'])
                    || words.is_any(k, words!["but", "while", "whereas", "although", "yet"])
                {
                    end = words.span(k - 1).end;
                    break;
                }
                k += 1;
            }
            out.push(from_byte..end);
            i = k;
        } else {
            i += 1;
        }
    }
    out
}

/// The words a reading of [`per_year_at`] starts with; most words are none of them.
const PER_YEAR_LEADS: &WordSet =
    &WordSet::new(&["annually", "yearly", "each", "every", "per", "year", "a"]);

/// Words that say a share or proportion before the number.
const SHARE_WORDS: &WordSet = &WordSet::new(&[
    "share",
    "proportion",
    "percentage",
    "fraction",
    "ratio",
    "shares",
]);

/// Words of a rise or fall in a number's clause.
const CHANGE_WORDS: &WordSet = &WordSet::new(&[
    "increase",
    "increased",
    "increases",
    "rise",
    "rose",
    "risen",
    "rising",
    "grew",
    "grown",
    "growth",
    "more",
    "fewer",
    "less",
    "fell",
    "fallen",
    "fall",
    "drop",
    "dropped",
    "decline",
    "declined",
    "decrease",
    "decreased",
    "reduction",
    "reduced",
    "up",
    "down",
    "jumped",
    "surged",
    "soared",
    "climbed",
    "added",
    "since",
]);

/// Words of work, read for whether a sentence speaks of children working.
const WORK_WORDS: &WordSet = &WordSet::new(&["working", "work", "works", "workers"]);

/// `all`, for a number applied to all victims or people.
const ALL: &WordSet = &WordSet::new(&["all"]);

/// The cues [`read_claim`] reads word by word over a number's clause: a word with none of them
/// is skipped with one test.
const CLAUSE_CUES: u64 = Cue::Share.bit()
    | Cue::Detection.bit()
    | Cue::Prevalence.bit()
    | Cue::All.bit()
    | Cue::Change.bit()
    | Cue::PerYearLead.bit();

/// The cues [`SentenceReading::new`] reads word by word (`by` is among the words of
/// [`Cue::BeforeChange`]).
const SENTENCE_CUES: u64 =
    Cue::Local.bit() | Cue::Hypothetical.bit() | Cue::Work.bit() | Cue::BeforeChange.bit();

/// True when word `i`, a word of [`Cue::Detection`], says the people were detected (`last` is the
/// first word after the number; `not_denied` tells whether a word lies outside the sentence's
/// denials).
fn detection_at(words: &Words, i: usize, last: usize, not_denied: &impl Fn(usize) -> bool) -> bool {
    not_denied(i)
        // `UNODC reported` is a credit, not detection.
        && !(words.is(i, "reported") && i > 0 && words.raw(i - 1).starts_with(char::is_uppercase))
        // `reported that 28 million`, `were reported to be in slavery`: speech, not
        // detection (`cases reported to the police` still is).
        && !(words.is(i, "reported")
            && words.is_any(i + 1, words!["that", "to", "this", "last", "on"])
            && !(i > 0
                && words.is_any(
                    i - 1,
                    words!["cases", "victims", "incidents", "crimes", "complaints", "offences"],
                )))
        // `a reported 28 million in forced labour`: reportedly, not detected.
        && !(words.is(i, "reported")
            && i > 0
            && words.is(i - 1, "a")
            && words.raw(i + 1).starts_with(|c: char| c.is_ascii_digit()))
        // `the 22 million reported in the latest report`: published, not detected.
        && !(words.is(i, "reported")
            && words.is(i + 1, "in")
            && (i + 2..i + 5).any(|k| {
                words.is_any(
                    k,
                    words!["report", "reports", "estimates", "study", "survey", "index"],
                )
            }))
        // `according to the index, published by Walk Free and reported by Reuters`: one more
        // credit in the source's chain, not people reported to anyone.
        && !(words.is(i, "reported")
            && words.is(i + 1, "by")
            && !(i > 0
                && words.is_any(
                    i - 1,
                    words!["cases", "victims", "incidents", "crimes", "complaints", "offences"],
                ))
            && credit_between(words, last, i))
        // `after most countries officially abolished it`: an act of law, not detection.
        && !(words.is(i, "officially")
            && words.is_any(
                i + 1,
                words![
                    "abolished", "banned", "outlawed", "ended", "launched", "declared",
                    "recognised", "recognized", "adopted", "ratified", "signed", "became",
                    "opened", "began", "started",
                ],
            ))
        // `the 40.3 million people recorded to be living in modern slavery`: what an estimate
        // found, not people detected one by one.
        && !(words.is(i, "recorded") && words.is(i + 1, "to") && words.is(i + 2, "be"))
        // `more than at any point in recorded history`: an idiom, not detection.
        && !(words.is(i, "recorded") && words.is(i + 1, "history"))
        && !(words.is(i, "recorded") && words.is(i + 1, "human") && words.is(i + 2, "history"))
}

/// True when a credit to a source (`according to`, `published by`, `released by`) opens
/// between word `from` (the first after the number) and word `i`, within 15 words of `i`.
fn credit_between(words: &Words, from: usize, i: usize) -> bool {
    (i.saturating_sub(15).max(from)..i).any(|k| {
        (words.is(k, "according") && words.is(k + 1, "to"))
            || (words.is_any(k, words!["published", "released", "issued", "compiled"])
                && words.is(k + 1, "by"))
    })
}

/// True when the detection word at `i` is said of a part of the number's people named after the
/// number (`20 million … enslaved, but only a tiny fraction of them are ever identified`, `30,000
/// victims, of whom 12,000 were identified`), `last` the first word after the number.
fn part_detected(words: &Words, last: usize, i: usize) -> bool {
    (last + 1..i)
        .any(|k| words.is(k, "of") && words.is_any(k + 1, words!["them", "whom", "these", "those"]))
}

/// True when the number whose first word is `first` is the total a share before it is taken
/// of (`half of all 152 million …`, `40% of the 27.6 million …`).
fn share_base(words: &Words, prev: Option<&Mention>, first: usize) -> bool {
    use crate::extract::Kind;
    let mut k = first;
    while k > 0
        && words.is_any(
            k - 1,
            words!["all", "the", "an", "estimated", "some", "these"],
        )
    {
        k -= 1;
    }
    k > 0
        && words.is(k - 1, "of")
        && prev.is_some_and(|p| {
            matches!(p.kind, Kind::Percent | Kind::Fraction | Kind::Ratio)
                && p.end <= words.span(k - 1).start
                && words.first_from(p.end) + 1 >= k
        })
}

/// True when words `i..` make a figure a number per year.
fn per_year_at(words: &Words, i: usize) -> bool {
    // `with this number increasing annually`: how fast the number changes, not a number per year.
    if i > 0
        && words.is_any(
            i - 1,
            words![
                "increasing",
                "rising",
                "growing",
                "decreasing",
                "falling",
                "declining",
                "increases",
                "rises",
                "grows",
                "decreases",
                "falls",
                "declines",
            ],
        )
    {
        return false;
    }
    // `Anti-Slavery Day takes place every year on 18 October`, `is marked annually`: when a day
    // or an event recurs, not a number per year.
    if i > 0
        && (words.is_any(
            i - 1,
            words!["held", "marked", "observed", "celebrated", "commemorated"],
        ) || (i > 1
            && words.is(i - 1, "place")
            && words.is_any(i - 2, words!["takes", "took"])))
    {
        return false;
    }
    words.is_any(i, words!["annually", "yearly"])
        || (words.is_any(i, words!["each", "every", "per"]) && words.is(i + 1, "year"))
        || words.at(i, "per annum")
        || words.at(i, "year after year")
        || (words.is(i, "a")
            && words.is(i + 1, "year")
            && !words.is_any(
                i + 2,
                words![
                    "earlier", "ago", "later", "before", "after", "on", "since", "of",
                ],
            )
            && !(i > 0
                && words.is_any(
                    i - 1,
                    words![
                        "in", "for", "within", "than", "over", "about", "nearly", "almost",
                    ],
                )))
}

/// True when the per-year words at `i`, before the number at word `first`, follow the previous
/// number closely and are its own (`earns $150 billion annually …, and 25 million people`).
fn per_year_of_prev(words: &Words, prev: Option<&Mention>, i: usize, first: usize) -> bool {
    i < first
        && prev.is_some_and(|p| {
            let after = words.first_from(p.end);
            after <= i && i <= after + 3
        })
}

/// True when the per-year words at `i`, after a number at word `first` that is no amount of
/// money, follow a word for money and are its own (`20 million people … generating billions of
/// dollars in illegal profits annually`).
fn per_year_of_money(words: &Words, i: usize, first: usize, kind: crate::extract::Kind) -> bool {
    i > first
        && kind != crate::extract::Kind::Money
        && words.is_any(
            i - 1,
            words![
                "profits", "profit", "revenue", "revenues", "income", "earnings", "proceeds",
                "gains", "dollars",
            ],
        )
}

/// Words that say the people counted were detected, identified or rescued by authorities
/// (UNODC's detected victims, not an estimate of all victims).
const DETECTION: &WordSet = &WordSet::new(&[
    "detected",
    "identified",
    "registered",
    "recorded",
    "rescued",
    "officially",
    "detections",
    "detection",
    "reported",
    "freed",
    "intercepted",
    "recovered",
]);

/// Words that make a count an estimate of all the people affected (a prevalence).
const PREVALENCE: &WordSet = &WordSet::new(&[
    "estimated",
    "estimate",
    "estimates",
    "prevalence",
    "trafficked",
]);

/// Events and anecdotes: numbers near these words are about one case, not a statistic.
const LOCAL: &WordSet = &WordSet::new(&[
    "raid",
    "raids",
    "raided",
    "rescued",
    "freed",
    "recovered",
    "intercepted",
    "police",
    "village",
    "kiln",
    "factory",
    "shelter",
    "gang",
    "ring",
    "yesterday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "bus",
    "boat",
    "truck",
    "container",
    "operation",
    "crackdown",
]);

/// True when word `i` is the weekday an international body's report came out on (`a study by
/// the ILO, released in Geneva on Tuesday, found …`): a date of publication, which makes no
/// event of the report's numbers (a local survey's release day is left to mark it local).
fn release_day(words: &Words, i: usize) -> bool {
    i >= 2
        && words.is(i - 1, "on")
        && (0..words.len())
            .any(|k| words.is_any(k, words!["ilo", "unodc", "unicef", "iom", "international"]))
        && words.base(i).ends_with("day")
        && (i.saturating_sub(5)..i - 1).any(|k| words.is_any(k, context::RELEASE_VERBS))
}

/// Projections, targets and conditions.
const HYPOTHETICAL: &WordSet = &WordSet::new(&[
    "could",
    "would",
    "might",
    "if",
    "projected",
    "projection",
    "projections",
    "forecast",
    "forecasts",
    "target",
    "targets",
    "goal",
    "aims",
    "aim",
    "expected",
    "risk",
    "unless",
    "predicted",
    "predicts",
    "model",
]);

/// True when `risk` at `i` is the verb of a clause that says what something does (`hazardous
/// jobs that risk their health`), or the class of goods an index puts in it (`products at risk
/// of forced labour`, `imports considered at risk of being produced with forced labour`), not a
/// danger to come (`at risk of`, `risk being trafficked`).
fn risks_something(words: &Words, i: usize) -> bool {
    if i == 0 || !words.is(i, "risk") {
        return false;
    }
    let goods = words!["products", "goods", "items", "imports", "commodities"];
    (words.is_any(i - 1, words!["that", "which"])
        && words.is_any(i + 1, words!["their", "its", "his", "her", "our", "your"]))
        || (i > 1 && words.is(i - 1, "at") && words.is_any(i - 2, goods))
        || (words.is(i + 1, "of")
            && words.is(i + 2, "being")
            && words.is_any(
                i + 3,
                words!["produced", "manufactured", "harvested", "mined"],
            ))
}

/// What a sentence says as a whole, read once for all the numbers in it.
struct SentenceReading {
    range: Range<usize>,
    edition: Option<(i32, usize)>,
    first_edition: Option<String>,
    attribution: Option<String>,
    negated: Vec<Range<usize>>,
    local: bool,
    hypothetical: bool,
    working: bool,
}

impl SentenceReading {
    fn new(text: &str, words: &Words, range: &Range<usize>) -> Self {
        let lower = words.lower_text(range.clone());
        // The words' cues read in one pass, each until it is found.
        let (mut local, mut hypothetical, mut working) = (false, false, false);
        // A sentence none of whose words carries one of the cues is not read word by word.
        let cued = if words.any(SENTENCE_CUES) {
            words.len()
        } else {
            0
        };
        for i in 0..cued {
            // Most words carry none of the cues read here.
            if words.cues(i) & SENTENCE_CUES == 0 {
                continue;
            }
            local = local || (words.has(i, Cue::Local) && !release_day(words, i));
            hypothetical = hypothetical
                || (words.has(i, Cue::Hypothetical) && !risks_something(words, i))
                || (words.is(i, "by")
                    && words.base(i + 1).starts_with("20")
                    && words.base(i + 1) > "2025");
            working = working
                || (words.is_any(i, words!["working", "work", "works"])
                    // `children put to work`, `who have to work`: made to work, which is
                    // what child labour is.
                    && !(i > 1
                        && words.is(i, "work")
                        && words.is(i - 1, "to")
                        && words.is_any(
                            i - 2,
                            words!["put", "have", "has", "had", "forced", "made", "compelled"],
                        )))
                // `child workers` is a name for child labourers.
                || (words.is(i, "workers")
                    && !(i > 0 && words.is_any(i - 1, words!["child", "child-"])));
            if local && hypothetical && working {
                break;
            }
        }
        SentenceReading {
            range: range.clone(),
            edition: context::edition(words, range),
            first_edition: (has(lower, "inaugural") || has(lower, "first"))
                .then(|| context::first_edition(words, range))
                .flatten(),
            attribution: context::attribution(words, range).map(|(org, _)| org),
            negated: negations(text, words, range),
            // Both phrases hold `t week`: most sentences are turned away by that one search.
            local: local
                || (has(lower, "t week") && (has(lower, "last week") || has(lower, "this week"))),
            hypothetical,
            working: working && !has(lower, "labour") && !has(lower, "labor"),
        }
    }
}

/// The part of `sentence` between the semicolons around mention `m` (the whole sentence when
/// it has none).
fn semicolon_clause(text: &str, sentence: &Range<usize>, m: &Mention) -> Range<usize> {
    let before = text.get(sentence.start..m.start).unwrap_or_default();
    let after = text.get(m.end..sentence.end).unwrap_or_default();
    let start =
        memchr::memrchr(b';', before.as_bytes()).map_or(sentence.start, |i| sentence.start + i + 1);
    let end = memchr::memchr(b';', after.as_bytes()).map_or(sentence.end, |i| m.end + i);
    start..end
}

/// For a total a share before it is taken of (`half of the 160 million children … are in
/// Africa`), the part of `focus` up to the copula that says where or what the share is.
fn whole_total_of_share(
    text: &str,
    focus: &Range<usize>,
    m: &Mention,
    prev: Option<&Mention>,
) -> Option<Range<usize>> {
    let p = prev.filter(|p| {
        matches!(
            p.kind,
            crate::extract::Kind::Percent
                | crate::extract::Kind::Fraction
                | crate::extract::Kind::Ratio
        )
    })?;
    // `of`, then an article and a hedge at most (`of the over`, `of an estimated`).
    let gap = text.get(p.end..m.start)?.trim().to_ascii_lowercase();
    let mut gap_words = gap.split_whitespace();
    if gap_words.next() != Some("of")
        || !gap_words.all(|w| {
            matches!(
                w,
                "the"
                    | "an"
                    | "estimated"
                    | "over"
                    | "more"
                    | "than"
                    | "nearly"
                    | "almost"
                    | "about"
                    | "around"
                    | "some"
            )
        })
    {
        return None;
    }
    let after = text.get(m.end..focus.end)?;
    let copula = [" are ", " is ", " were ", " was ", " live ", " lives "]
        .iter()
        .filter_map(|c| after.find(c))
        .min()?;
    Some(focus.start..m.end + copula)
}

/// For either number of a pair `respectively` follows (`men and boys accounted for 13% and 3%
/// respectively`), the words of its own group among the two joined by `and` that the first
/// number's subject names: the first group for the first number, the second for the second.
fn respective(
    text: &str,
    words: &Words,
    sentence: &Range<usize>,
    m: &Mention,
    prev: Option<&Mention>,
    next: Option<&Mention>,
) -> Option<(usize, usize, bool)> {
    let joined = |a: &Mention, b: &Mention| {
        a.kind == b.kind
            && text
                .get(a.end..b.start)
                .is_some_and(|gap| gap.trim().eq_ignore_ascii_case("and"))
    };
    let respectively_after = |b: &Mention| {
        text.get(b.end..).is_some_and(|rest| {
            rest.trim_start()
                .get(..12)
                .is_some_and(|w| w.eq_ignore_ascii_case("respectively"))
        })
    };
    let (lead, second) = match (prev, next) {
        (_, Some(n)) if joined(m, n) && respectively_after(n) => (m, false),
        (Some(p), _) if joined(p, m) && respectively_after(m) => (p, true),
        _ => return None,
    };
    let (lo, hi) = context::word_bounds(words, &(sentence.start..lead.end));
    let first = words.first_ending_after(lead.start);
    let last = words.first_from(lead.end).max(first);
    // `were women and girls, 42 % and 18 % respectively`: the pair set after its groups with
    // only a comma between.
    let apposed = subject::phrase_before(words, first, lo).filter(|&(_, b)| {
        b == first
            && b > 0
            && text
                .get(words.span(b - 1).end..lead.start)
                .is_some_and(|gap| gap.trim() == ",")
    });
    let (a, b, strong) = match apposed {
        Some((a, b)) => (a, b, true),
        None => subject::subject(words, lead.kind, first, last, lo, hi)?,
    };
    // One `and` inside the phrase, with a word either side and no comma (`men and boys`).
    let mut ands = (a..b).filter(|&i| words.is(i, "and"));
    let k = ands.next()?;
    if ands.next().is_some()
        || k == a
        || k + 1 >= b
        || words
            .lower_text(words.span(a).start..words.span(b - 1).end)
            .contains(',')
    {
        return None;
    }
    Some(if second {
        (k + 1, b, strong)
    } else {
        (a, k, strong)
    })
}

/// True when `head`, the sentence up to a number, ends in a former value with its year and
/// `and` (`up from 5,141 in 2017 and`): the number is a second former value (`… and 6,986 in
/// 2018`).
fn second_former_value(head: &str) -> bool {
    let Some(rest) = head.trim_end().strip_suffix(" and") else {
        return false;
    };
    let rest = rest.trim_end().trim_end_matches(',');
    // The first value's year (`in 2017`), which a second value needs to be told apart by.
    let Some((rest, year)) = rest.rsplit_once(" in ") else {
        return false;
    };
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some((rest, value)) = rest.trim_end().rsplit_once(' ') else {
        return false;
    };
    !value.is_empty()
        && value
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        && value.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && {
            let rest = rest.trim_end().to_ascii_lowercase();
            rest.ends_with(" up from") || rest.ends_with(" down from")
        }
}

fn read_claim(
    text: &str,
    words: &Words,
    whole_reading: &SentenceReading,
    opening: &Range<usize>,
    m: &Mention,
    prev: Option<&Mention>,
    next: Option<&Mention>,
) -> Claim {
    let sentence = &whole_reading.range;
    let focus = focus(text, sentence, m, prev, next);
    let (lo, hi) = context::word_bounds(words, &focus);
    let first = words.first_ending_after(m.start);
    // `one in four, i.e., 25pc are children`: what the restatement counts, this number counts.
    let end = next
        .filter(|n| restated_as(text, m, n))
        .map_or(m.end, |n| n.end);
    let last = words.first_from(end).max(first);
    // `sexual exploitation, which, though it involves only 27% of victims …`: a share after the
    // verb of a relative clause counts what `which` stands for (a reading across the clause, not
    // a tie firm enough for a conflict).
    let found = matches!(
        m.kind,
        crate::extract::Kind::Percent | crate::extract::Kind::Fraction
    )
    .then(|| subject::relative_antecedent(words, first))
    .flatten()
    .map(|(a, b)| (a, b, false))
    .or_else(|| subject::subject(words, m.kind, first, last, lo, hi))
    .map(|f| subject::who_antecedent(words, f));
    // `men and boys accounted for 13% and 3% respectively`: each number of the pair counts its
    // own group of the pair named before.
    let found = respective(text, words, sentence, m, prev, next).or(found);
    let subject_strong = found.is_some_and(|(_, _, strong)| strong);
    let span = found.map(|(a, b, _)| words.span(a).start..words.span(b - 1).end);
    let subject = span
        .as_ref()
        .map(|r| words.lower_text(r.clone()).to_string());
    let whole = sentence.clone();
    let edition = whole_reading.edition;
    let skip = edition.map(|(_, i)| i);
    // A period, place or ages elsewhere in the sentence apply unless another number owns them;
    // those that open the sentence (`In 2022, …`, `As of 2024, …`) apply to all its numbers.
    let alone = prev.is_none() && next.is_none();
    // A semicolon ends the number's clause: a place after it (`46 Million Are Living As Slaves;
    // India And North Korea Worst Offenders`) is another clause's.
    let clause;
    let wider = if alone {
        clause = semicolon_clause(text, &whole, m);
        &clause
    } else {
        opening
    };
    // `period`, `scope_near` and `ages` read each word the same way whatever range holds it, and
    // a narrower range only drops words: when the focus gave nothing, a wider range whose words
    // all lie within the focus's gives nothing either, and is not read again.
    let (wider_lo, wider_hi) = context::word_bounds(words, wider);
    let beyond_focus = wider_lo < wider_hi && (wider_lo < lo || wider_hi > hi);
    // `similar to the preceding year (16,921)`: a level of the year before the sentence's.
    let prior = matches!(
        m.kind,
        crate::extract::Kind::Count | crate::extract::Kind::Percent
    )
    .then(|| context::prior_year(words, sentence, first, last, skip))
    .flatten();
    let period = prior
        .or_else(|| context::range_end_year(text, words, sentence, m, prev, next, skip))
        .or_else(|| context::change_between_levels(text, sentence, m))
        .or_else(|| context::from_year(words, first, last, skip))
        .or_else(|| context::compared_year(words, first, skip))
        .or_else(|| context::when_year(words, first, skip))
        .or_else(|| context::period(words, &focus, skip))
        .or_else(|| {
            if beyond_focus {
                context::period(words, wider, skip)
            } else {
                debug_assert_eq!(context::period(words, wider, skip), None);
                None
            }
        });
    // `half of the over 160 million children in child labour are in sub-Saharan Africa`: the
    // place after the copula is where the share is, not the total it is taken of.
    let place_focus = whole_total_of_share(text, &focus, m, prev).unwrap_or_else(|| focus.clone());
    let scope = context::scope_near(words, &place_focus, Some(first)).or_else(|| {
        // Among several places in the opening words, the first.
        let anchor = alone.then_some(first);
        if beyond_focus {
            context::scope_near(words, wider, anchor)
        } else {
            debug_assert_eq!(context::scope_near(words, wider, anchor), None);
            None
        }
    });
    let attribution = if focus == whole {
        whole_reading.attribution.clone()
    } else {
        context::attribution(words, &focus)
            .map(|(org, _)| org)
            .or_else(|| whole_reading.attribution.clone())
    };
    let negated = whole_reading.negated.clone();
    let denied = negated.iter().any(|r| r.start <= m.start && m.end <= r.end);
    let not_denied = |i: usize| {
        let at = words.span(i).start;
        !negated.iter().any(|r| r.contains(&at))
    };
    // The cues read word by word over the clause, in one pass (each as a test of its own would
    // give: every test is of one word and its neighbours).
    let (mut share_before, mut detected, mut prevalent) = (false, false, false);
    let (mut universal, mut change_words, mut yearly) = (false, false, false);
    // A sentence none of whose words carries one of the cues is not read word by word.
    let clause_hi = if words.any(CLAUSE_CUES) { hi } else { lo };
    for i in lo..clause_hi {
        let cues = words.cues(i);
        if cues & CLAUSE_CUES == 0 {
            continue;
        }
        share_before = share_before || (i < first && cues & Cue::Share.bit() != 0);
        detected = detected
            || (cues & Cue::Detection.bit() != 0
                && detection_at(words, i, last, &not_denied)
                && !part_detected(words, last, i));
        prevalent = prevalent
            || (cues & Cue::Prevalence.bit() != 0
                && not_denied(i)
                && (!words.is(i, "trafficked")
                    || (i > 0
                        && words.is_any(
                            i - 1,
                            words!["are", "were", "is", "was", "being", "been", "get", "got"],
                        ))));
        universal = universal
            || (cues & Cue::All.bit() != 0
                && !words.is_any(i + 1, words!["detected", "identified", "reported"])
                && (i > 0 && words.is_any(i - 1, words!["of", "among"])
                    || words.is_any(
                        i + 1,
                        words!["the", "trafficking", "victims", "people", "those"],
                    )));
        change_words = change_words || cues & Cue::Change.bit() != 0;
        yearly = yearly
            || (cues & Cue::PerYearLead.bit() != 0
                && per_year_at(words, i)
                && !per_year_of_prev(words, prev, i, first)
                && !per_year_of_money(words, i, first, m.kind));
    }
    // Words before the number that lie past the clause (none, as the number is in it).
    share_before = share_before || (hi..first).any(|i| words.has(i, Cue::Share));
    let about_share = share_before
        || (first..hi).take(6).any(|i| {
            words.is_any(i, words!["share", "proportion", "percentage"])
                && i > 0
                && words.is_any(i - 1, words!["a", "as", "the", "their", "its"])
        });
    let estimated_hedge = first > 0 && words.is(first - 1, "estimated")
        || (first > 1
            && words.is(first - 2, "estimated")
            && words.is_any(first - 1, words!["some", "about", "around"]));
    let prevalence = estimated_hedge || prevalent;
    let framing = match (detected, prevalence) {
        (true, _) => Framing::Detected,
        (false, true) => Framing::Prevalence,
        (false, false) => Framing::Plain,
    };
    let about_crime = span.as_ref().is_some_and(|r| {
        let s = words.lower_text(r.clone());
        (has(s, "trafficking") || has(s, "slavery"))
            && ![
                "victim",
                "case",
                "detect",
                "conviction",
                "prosecution",
                "survivor",
            ]
            .iter()
            .any(|w| has(s, w))
    });
    let local = whole_reading.local;
    let hypothetical = whole_reading.hypothetical;
    let working = whole_reading.working;
    // `grew by a fifth`: a fraction after `by` is a change too.
    let by_fraction =
        m.kind == crate::extract::Kind::Fraction && first > 0 && words.is(first - 1, "by");
    let change_verb = (m.kind == crate::extract::Kind::Percent || by_fraction)
        .then(|| {
            // `rose by 25%`, `increased globally by nearly 25%`
            let mut k = first;
            while k > 0 && first - k < 3 && words.has(k - 1, Cue::BeforeChange) {
                k -= 1;
            }
            let verb = words.base(k.checked_sub(1)?);
            // `make up 38%` is a share.
            if matches!(verb, "up" | "down")
                && k >= 2
                && words.is_any(
                    k - 2,
                    words![
                        "make", "makes", "made", "making", "end", "ended", "add", "adds", "added",
                    ],
                )
            {
                return None;
            }
            CHANGE_VERBS
                .iter()
                .find(|(v, _)| *v == verb)
                .map(|&(_, sign)| sign)
        })
        .flatten()
        // `a rise in child trafficking of 31%`: the amount of a noun of change.
        .or_else(|| {
            (m.kind == crate::extract::Kind::Percent)
                .then(|| subject::change_of(words, first, lo))
                .flatten()
                .map(|(_, _, sign)| sign)
        })
        // `a $64 billion (37%) increase`
        .or_else(|| {
            (m.kind == crate::extract::Kind::Percent)
                .then(|| subject::change_after_bracket(words, first, last))
                .flatten()
        })
        // `sharper falls in South Asia (56 per cent)`: a place's change in brackets.
        .or_else(|| {
            (m.kind == crate::extract::Kind::Percent)
                .then(|| subject::change_in_place_bracket(words, first, lo))
                .flatten()
        })
        // `rose by $64 billion, or 37%`: the same change restated in per cent.
        .or_else(|| {
            (m.kind == crate::extract::Kind::Percent)
                .then(|| restated_change(words, first, last))
                .flatten()
        });
    // `up from 24.9 million five years ago`, `down from an estimated 160 million`: a former value.
    // `against 35% in the previous report`: the value an earlier edition gave.
    let past = subject::time_ago(words, last, hi)
        || subject::previous_edition(words, last, hi)
        || subject::when_time_ago(words, first)
        || {
            let mut k = first;
            while k > lo
                && words.is_any(
                    k - 1,
                    words![
                        "an",
                        "a",
                        "estimated",
                        "some",
                        "about",
                        "nearly",
                        "almost",
                        "around"
                    ],
                )
            {
                k -= 1;
            }
            // `a modest fall from 160 million`: the level the fall started from.
            k >= 2
                && words.is(k - 1, "from")
                && (words.is_any(k - 2, words!["up", "down"])
                    || (words.is_any(k - 2, words!["fall", "drop", "decline", "decrease"])
                        && words.joined(k - 1)))
        }
        || text
            .get(sentence.start..m.start)
            .is_some_and(second_former_value);
    // The ages right after the number are its own (`79 million children aged 5 to 17`), even
    // when an earlier clause gives others (`the rise among children aged 5 to 11`).
    // `Almost half of all 152 million child labourers are aged 5 to 11`: the ages after the
    // verb are the share's, not those of the total it is taken of.
    let base_end = share_base(words, prev, first)
        .then(|| (last..hi).find(|&i| words.is_any(i, words!["are", "were", "is", "was"])))
        .flatten()
        .map(|c| words.span(c).start);
    // `168m children are in child labour - 120m of them aged 5-14 -`: ages after the next
    // number that is a claim are that number's.
    let before_next = |r: &Range<usize>| match next {
        Some(n) if n.not_claim.is_none() && n.start > m.end => {
            r.start..r.end.min(n.start).max(r.start)
        }
        _ => r.clone(),
    };
    let ages = match base_end {
        Some(end) => context::ages_from(words, &(focus.start..end), m.end),
        None => context::ages_from(words, &before_next(&focus), m.end).or_else(|| {
            if beyond_focus {
                context::ages(words, &before_next(wider))
            } else {
                debug_assert_eq!(context::ages(words, &before_next(wider)), None);
                None
            }
        }),
    };
    Claim {
        mention: m.clone(),
        sentence: sentence.clone(),
        focus,
        subject_span: span,
        subject_strong,
        subject,
        scope,
        period,
        edition: edition.map(|(y, _)| y),
        first_edition: whole_reading.first_edition.clone(),
        attribution,
        about_share,
        per_year: yearly,
        framing,
        about_crime,
        negated,
        denied,
        local,
        hypothetical,
        ages,
        universal,
        working,
        change_verb,
        change_words,
        past,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    #[test]
    fn a_vague_amount_is_read_when_it_counts_people() {
        let vague = |text: &str| -> Vec<String> {
            extract(text)
                .iter()
                .filter(|m| vague_people(text, m))
                .map(|m| text[m.start..m.end].to_string())
                .collect()
        };
        assert_eq!(vague("It affects millions of children."), ["millions"]);
        assert_eq!(
            vague("Hundreds of thousands of men, women and children."),
            ["Hundreds of thousands"]
        );
        // `dozens` and `millions more` to come are ways of speaking; `thousands` of people, the
        // world's millions and `millions more` a past verb says were forced are read.
        assert_eq!(
            vague("Thousands of men, women and children."),
            ["Thousands"]
        );
        assert!(vague("It has helped dozens of victims.").is_empty());
        assert!(vague("It could force millions more girls to work.").is_empty());
        assert_eq!(
            vague("It forced millions more girls to work."),
            ["millions"]
        );
        assert_eq!(
            vague("It harms millions of children worldwide."),
            ["millions"]
        );
        assert_eq!(
            vague("Slavery affects millions of people around the world."),
            ["millions"]
        );
        assert!(vague("Millions of children still work in the fields.").is_empty());
        assert!(vague("In the region, millions of girls remain out of school.").is_empty());
        assert!(vague("Millions of boys continue to labour in the mines.").is_empty());
        assert_eq!(
            vague("Trafficking goes on, with gangs still ensnaring millions in debt."),
            ["millions"]
        );
        assert_eq!(
            vague("Tens of millions of people are still held in forced labour."),
            ["Tens of millions"]
        );
        assert_eq!(
            vague("millions and millions of people"),
            ["millions", "millions"]
        );
        assert_eq!(vague("Gangs are ensnaring millions in debt."), ["millions"]);
        assert_eq!(vague("tens of thousands of victims"), ["tens of thousands"]);
        assert_eq!(
            vague("Tens of thousands enslaved in hidden workshops, a study finds"),
            ["Tens of thousands"]
        );
        assert!(vague("Tens of thousands affected by the storm.").is_empty());
        assert!(vague("It led to hundreds of arrests.").is_empty());
        assert!(vague("The crisis pushed millions into poverty.").is_empty());
        assert!(vague("thousands of holiday goers").is_empty());
        assert!(vague("Police rescued hundreds.").is_empty());
        assert!(vague("They raised thousands of dollars for survivors.").is_empty());
        assert!(vague("Millions of shoppers buy these goods.").is_empty());
        // Kids are children.
        assert_eq!(
            vague("It could push millions of kids to work."),
            ["millions"]
        );
        assert!(vague("and millions more are at risk").is_empty());
        assert!(vague("Millions more were spent on shelters.").is_empty());
        // A number with a value is no vague amount.
        assert!(vague("3 million of children").is_empty());
    }

    #[test]
    fn a_second_former_value_follows_the_first_with_its_year() {
        assert!(second_former_value(
            "Referrals rose to 10,627, up from 5,141 in 2017 and "
        ));
        assert!(second_former_value("… down from 5,141 in 2017, and"));
        // No year to tell the two values apart, or no former value before.
        assert!(!second_former_value("… up from 5,141 and"));
        assert!(!second_former_value("… rose to 5,141 in 2017 and"));
        assert!(!second_former_value("… up from 5,141 in 2017"));
    }

    #[test]
    fn finds_a_needle_by_its_rarest_byte_anywhere() {
        assert!(has("child labour in kilns", "labour"));
        assert!(has("labour", "labour"));
        assert!(has("xlabourx", "labour"));
        assert!(!has("child labor", "labour"));
        assert!(has("since last week’s raid", "last week"));
        assert!(!has("last  week", "last week"));
        assert!(!has("", "labour"));
        assert!(has("anything", ""));
        assert!(rarity(b'z') > rarity(b'k') && rarity(b'k') > rarity(b'e'));
        assert!(rarity(b' ') < rarity(b'e') && rarity(b'\xe2') > rarity(b'z'));
    }

    #[test]
    fn separators_prefer_strong_ones_then_and() {
        assert_eq!(separator("x; y, and z", false), Some((1, 1)));
        assert_eq!(separator("x; y, and z", true), Some((4, 6)));
        assert_eq!(separator("a and b and c", false), Some((1, 5)));
        assert_eq!(separator("a and b and c", true), Some((7, 5)));
        assert_eq!(separator("a and b, c", false), Some((7, 2)));
        assert_eq!(separator("x — y", false), Some((1, 5)));
        assert_eq!(separator("x — y", true), Some((2, 3)));
        assert_eq!(separator("a While b", false), Some((1, 7)));
        assert_eq!(separator("a wHILE", false), None);
        assert_eq!(separator("", true), None);
    }

    fn claim(text: &str, needle: &str) -> Claim {
        let at = text.find(needle).unwrap();
        claims(text, &extract(text))
            .into_iter()
            .find(|c| c.mention.start == at)
            .unwrap_or_else(|| panic!("no claim at {needle:?}"))
    }

    fn subject(text: &str, needle: &str) -> Option<String> {
        claim(text, needle).subject
    }

    #[test]
    fn subject_after_a_count() {
        let c = claim(
            "He said 3.3 million children are trafficked worldwide.",
            "3.3",
        );
        assert_eq!(c.subject.as_deref(), Some("children"));
        assert_eq!(c.scope.as_deref(), Some("global"));
        assert_eq!(c.framing, Framing::Prevalence);
    }

    #[test]
    fn subject_of_a_count_of_everyone_is_the_group_a_copula_names() {
        for (text, needle, want) in [
            (
                "More than 12 million of all people in modern slavery are children.",
                "12 million",
                "children",
            ),
            (
                "Some 349 of those were sex trafficking cases.",
                "349",
                "sex trafficking cases",
            ),
            (
                "About 50 million people in the world are women and girls, and more are men.",
                "50 million",
                "women and girls",
            ),
            // A verb, not a group, after the copula: the people are counted.
            (
                "Some 50 million people are living in modern slavery.",
                "50 million",
                "people",
            ),
            (
                "Some 27 million people are trapped in forced labour.",
                "27 million",
                "people",
            ),
        ] {
            assert_eq!(subject(text, needle).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn subject_of_an_amount_introduced_by_of() {
        assert_eq!(
            subject(
                "Traffickers made a profit of nearly US$10,000 per victim.",
                "US$10,000"
            )
            .as_deref(),
            Some("profit")
        );
        // `a total of` is not what is counted: the phrase after the number is.
        assert_eq!(
            subject("A total of 1,638 traffickers were arrested.", "1,638").as_deref(),
            Some("traffickers")
        );
    }

    #[test]
    fn a_bracketed_number_keeps_the_words_before_its_bracket() {
        let text = "It splits into forced labour (27.6 million) and forced marriage (22 million).";
        let c = claim(text, "22 million");
        let focus = &text[c.focus.clone()];
        assert!(focus.contains("forced marriage"), "{focus:?}");
        assert!(!focus.contains("labour"), "{focus:?}");
        assert_eq!(c.subject.as_deref(), Some("forced marriage"));
    }

    #[test]
    fn a_per_cent_after_a_noun_of_change_is_its_amount() {
        let c = claim(
            "The report records a rise in the child trafficking of 31% in 2022.",
            "31%",
        );
        assert_eq!(c.change_verb, Some(1));
        assert_eq!(c.subject.as_deref(), Some("child trafficking"));
        let c = claim(
            "It found a drop in the number of detected victims of 11 per cent.",
            "11 per cent",
        );
        assert_eq!(c.change_verb, Some(-1));
        assert!(
            c.subject.as_deref().is_some_and(|s| s.ends_with("victims")),
            "{c:?}"
        );
        let c = claim(
            "Profits reached $236 billion, a $64 billion (37%) increase on 2014.",
            "37%",
        );
        assert_eq!(c.change_verb, Some(1));
        // The same change restated in per cent after a comma.
        let c = claim(
            "Yearly profits climbed by $50 billion, or 30%, over ten years.",
            "30%",
        );
        assert_eq!(c.change_verb, Some(1));
        let c = claim(
            "Arrests fell by 400, 12 per cent, last year.",
            "12 per cent",
        );
        assert_eq!(c.change_verb, Some(-1));
        // A list of shares after an amount is no change.
        let c = claim("Cases rose by 400, 12% of them in Asia.", "12%");
        assert_eq!(c.change_verb, None);
        // After a noun, `increase` is a verb.
        assert_eq!(
            claim("Women (37%) increase their share.", "37%").change_verb,
            None
        );
        // A share of a group named after `of` is no change.
        let c = claim(
            "The rise in cases is worrying: 31% of victims are children.",
            "31%",
        );
        assert_eq!(c.change_verb, None);
    }

    #[test]
    fn a_former_value_is_dated_to_the_past() {
        let text =
            "Some 24.9 million people were in forced labour, up from 21 million five years ago.";
        let c = claim(text, "21 million");
        assert!(c.past);
        assert_ne!(c.subject.as_deref(), Some("five"));
        assert!(!claim(text, "24.9 million").past);
        assert!(
            claim(
                "Child labour fell to 138 million, down from an estimated 160 million.",
                "160"
            )
            .past
        );
    }

    #[test]
    fn a_number_after_year_when_is_that_years() {
        let period = |text: &str, number: &str| claim(text, number).period.map(|p| p.text);
        let text = "Child labour fell to 138 million, after it grew between 2016 and 2020, when 160 million children worked.";
        assert_eq!(period(text, "160 million").as_deref(), Some("2020"));
        assert_eq!(
            period(
                "It peaked in 2020, when nearly 160 million children worked.",
                "160"
            )
            .as_deref(),
            Some("2020")
        );
        // No `when` right before the number: the year is read as before.
        assert_eq!(
            period(
                "When the 2020 estimates came out, 160 million children worked.",
                "160 million"
            )
            .as_deref(),
            None
        );
    }

    #[test]
    fn subject_of_a_level_reached_skips_the_place_and_the_change_named_after_it() {
        // `around the world` says where child labour grew, not what grew.
        assert_eq!(
            subject(
                "Child labour around the world grew by 8.4 million to 160 million.",
                "160 million"
            )
            .as_deref(),
            Some("child labour")
        );
        // `, the first rise …` names what happened, not what the number counts.
        assert_ne!(
            subject(
                "Child labour grew to 160 million, the first rise in two decades.",
                "160 million"
            )
            .as_deref(),
            Some("first rise")
        );
        // A phrase after a comma that names no change is still read.
        assert_eq!(
            subject("It found 3.3 million, children mostly.", "3.3 million").as_deref(),
            Some("children mostly")
        );
    }

    #[test]
    fn subject_before_a_share_of_a_population() {
        let c = claim(
            "According to UNODC’s data, children account for one-third of trafficking victims.",
            "one-third",
        );
        assert_eq!(c.subject.as_deref(), Some("children"));
        assert_eq!(c.attribution.as_deref(), Some("UNODC"));
    }

    #[test]
    fn a_clause_opening_with_its_verb_has_the_subject_before() {
        let text = "Women and girls make up 54% of all victims, and are 78% of those in forced \
                    commercial sexual exploitation.";
        assert_eq!(subject(text, "78%").as_deref(), Some("women and girls"));
        // A clause with a subject of its own keeps it.
        let text = "Women make up 54% of all victims, and girls are 20% of them.";
        assert_eq!(subject(text, "20%").as_deref(), Some("girls"));
    }

    #[test]
    fn what_follows_the_verb_is_the_share_s_not_its_total_s() {
        let text = "One in four are children, and 75% of the 40.3 million are women and girls.";
        assert_eq!(subject(text, "75%").as_deref(), Some("women and girls"));
        assert_eq!(subject(text, "40.3 million"), None);
    }

    #[test]
    fn the_ages_after_the_verb_are_the_share_s_not_its_total_s() {
        let text = "Almost half of all 152 million child labourers are aged 5 to 11.";
        assert_eq!(claim(text, "152 million").ages, None);
        // Ages right after the total are its own.
        let text = "Almost half of all 152 million children aged 5 to 17 work in farming.";
        assert_eq!(claim(text, "152 million").ages, Some((5, 17)));
    }

    #[test]
    fn subject_after_a_share_of_a_population() {
        assert_eq!(
            subject(
                "One-third of trafficking victims are children.",
                "One-third"
            )
            .as_deref(),
            Some("children")
        );
        assert_eq!(
            subject(
                "One in every three detected victims of trafficking is a child.",
                "One in"
            )
            .as_deref(),
            Some("child")
        );
        assert_eq!(
            subject(
                "Almost one in eight of all those in forced labour are children.",
                "one in"
            )
            .as_deref(),
            Some("children")
        );
        assert_eq!(
            subject(
                "Children now make up 38 per cent of detected victims.",
                "38"
            )
            .as_deref(),
            Some("children")
        );
    }

    #[test]
    fn subject_before_a_multiplier() {
        let c = claim(
            "The theme is child victims, which has tripled over the past 15 years.",
            "tripled",
        );
        assert_eq!(c.subject.as_deref(), Some("child victims"));
        assert_eq!(c.period.map(|p| p.text).as_deref(), Some("past 15 years"));
        assert!(!c.about_share);
        let c = claim("The share of children has tripled since 2004.", "tripled");
        assert!(c.about_share);
        assert_eq!(c.subject.as_deref(), Some("children"));
        assert_eq!(c.period.map(|p| p.text).as_deref(), Some("since 2004"));
    }

    #[test]
    fn each_number_of_a_pair_respectively_follows_counts_its_own_group() {
        let text = "In 2010, women and girls were 50% and 20% respectively of the victims.";
        assert_eq!(subject(text, "50%").as_deref(), Some("women"));
        assert_eq!(subject(text, "20%").as_deref(), Some("girls"));
        // Without `respectively` the pair is not split.
        let text = "In 2010, women and girls were 50% and 20% of the victims.";
        assert_eq!(subject(text, "50%").as_deref(), Some("women and girls"));
        // The pair may follow its groups after a comma.
        let text = "In 2019, 70% of the victims were women and girls, 45% and 25% respectively.";
        assert_eq!(subject(text, "45%").as_deref(), Some("women"));
        assert_eq!(subject(text, "25%").as_deref(), Some("girls"));
        assert_eq!(subject(text, "70%").as_deref(), Some("women and girls"));
    }

    #[test]
    fn each_number_gets_its_own_clause() {
        let text = "Women were 39% of detected victims, girls 22% and children 38%.";
        assert_eq!(subject(text, "39%").as_deref(), Some("women"));
        let text = "Of the 27.6 million in forced labour, 3.3 million are children.";
        let c = claim(text, "3.3");
        assert_eq!(c.subject.as_deref(), Some("children"));
        assert_eq!(&text[c.focus.clone()], "3.3 million are children.");
        let text = "Children account for 38% and women for 39% of victims.";
        assert_eq!(subject(text, "38%").as_deref(), Some("children"));
        assert_eq!(subject(text, "39%").as_deref(), Some("women"));
        // A number alone in brackets keeps the noun before the bracket.
        let text = "It has two parts, forced work (27.6 million) and forced marriage (22 million).";
        let c = claim(text, "22 million");
        assert_eq!(
            text[c.focus.clone()].trim(),
            "and forced marriage (22 million)."
        );
    }

    #[test]
    fn a_count_of_whom_has_the_people_named_before_it_in_its_clause() {
        let text = "It found 27 million victims of trafficking, 3.3 million of whom are children.";
        let c = claim(text, "3.3");
        assert!(text[c.focus.clone()].contains("victims of trafficking"));
        assert_eq!(c.subject.as_deref(), Some("children"));
        // Without `of whom` the clause starts after the comma.
        let text = "It found 27 million victims of trafficking, and 3.3 million are children.";
        assert!(!text[claim(text, "3.3").focus.clone()].contains("trafficking"));
    }

    #[test]
    fn a_change_called_a_number_counts_what_the_count_before_it_counts() {
        for text in [
            "Some 3.3 million are children, a number that has roughly tripled since 2004.",
            "Some 3.3 million are children – a figure which has tripled since 2004.",
        ] {
            let c = claim(text, "tripled");
            assert_eq!(c.subject.as_deref(), Some("children"), "{text}");
            assert!(c.subject_strong);
        }
        // Words of another clause between the apposition and the change: no reference back.
        let text = "Some 3.3 million are children, a number that was high in Asia and tripled.";
        assert_ne!(claim(text, "tripled").subject.as_deref(), Some("children"));
        assert!(names_the_number_before(
            " of whom are children, a number that has roughly "
        ));
        assert!(!names_the_number_before(
            " children, a number that was high in Asia and "
        ));
        assert!(!names_the_number_before(" children and a number that has "));
    }

    #[test]
    fn a_bracketed_number_restates_the_phrase_before_it() {
        let text = "Almost one in eight of all those in forced labour are children (3.3 million).";
        assert_eq!(subject(text, "3.3").as_deref(), Some("children"));
    }

    #[test]
    fn a_speaker_from_an_organisation_is_no_attribution() {
        let c = claim(
            "The ILO's country director warned that 3.3 million children are at risk.",
            "3.3",
        );
        assert_eq!(c.attribution, None);
        let c = claim(
            "The ILO said 3.3 million children are in forced labour.",
            "3.3",
        );
        assert_eq!(c.attribution.as_deref(), Some("ILO"));
    }

    #[test]
    fn scope_names_a_place() {
        let c = claim(
            "In 2024, 458 traffickers were convicted in Pakistan.",
            "458",
        );
        assert_eq!(c.scope.as_deref(), Some("Pakistan"));
        assert_eq!(c.period.map(|p| p.text).as_deref(), Some("2024"));
        assert_eq!(c.subject.as_deref(), Some("traffickers"));
    }

    #[test]
    fn negation_and_contrast() {
        let text = "The 3.3 million children are not trafficking victims but are in forced labour.";
        let c = claim(text, "3.3");
        assert!(!c.denied);
        assert_eq!(c.negated.len(), 1);
        assert_eq!(&text[c.negated[0].clone()], "not trafficking victims");
        let text = "It is not true that half of all trafficking victims are children.";
        assert!(claim(text, "half").denied);
        let text = "Not only are 38% of victims children, but most are girls.";
        assert!(!claim(text, "38%").denied);
    }

    #[test]
    fn yearly_detected_and_local_cues() {
        assert!(claim("27.6 million people are forced to work every year.", "27.6").per_year);
        assert!(claim("27.6 million people are trafficked annually.", "27.6").per_year);
        assert!(!claim("A year ago, 27.6 million were in forced labour.", "27.6").per_year);
        let day = "Anti-Slavery Day takes place every year on 18 October: some 122,000 people in \
                   the UK are in modern slavery.";
        assert!(!claim(day, "122,000").per_year);
        assert!(
            !claim(
                "The day, marked annually, recalls that 50 million are enslaved.",
                "50"
            )
            .per_year
        );
        let rising = "There are 50 million people in modern slavery, a number increasing annually.";
        assert!(!claim(rising, "50 million").per_year);
        // The per-year words of an amount before the count are the amount's.
        let s = "Forced labour earns $150 billion annually in profits, and 25 million people are in it.";
        assert!(!claim(s, "25 million").per_year);
        assert!(claim(s, "$150 billion").per_year);
        assert_eq!(
            claim("69,627 victims were detected in 2022.", "69,627").framing,
            Framing::Detected
        );
        assert!(claim("Human trafficking rose 25% since 2019.", "25%").about_crime);
        assert!(!claim("Detected victims rose 25% since 2019.", "25%").about_crime);
        assert!(claim("Police rescued 40 children, half of them girls.", "half").local);
        assert!(claim("Child labour could rise to 168 million by 2030.", "168").hypothetical);
        // `that risk their health` says what the work does; `at risk of` is a danger to come.
        assert!(
            !claim(
                "Of them, 54 million do tasks that risk their safety.",
                "54 million"
            )
            .hypothetical
        );
        assert!(claim("Some 54 million are at risk of forced work.", "54 million").hypothetical);
        assert!(
            claim(
                "Children are a third of all trafficking victims.",
                "a third"
            )
            .universal
        );
        assert!(!claim("Of all detected victims, 38% were children.", "38%").universal);
        assert_eq!(
            claim(
                "In Punjab, 13.4% of children aged 5 to 14 are working.",
                "13.4%"
            )
            .ages,
            Some((5, 14))
        );
        assert!(
            claim(
                "In Punjab, 13.4% of children aged 5 to 14 are working.",
                "13.4%"
            )
            .working
        );
    }
}
