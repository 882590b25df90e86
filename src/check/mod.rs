//! Findings: the figure each claim is about, and whether the source agrees.
//!
//! For each claim, the sentence's terms (one automaton over every figure's subject and
//! population words, built once with the table) name the candidate figures. Each candidate is
//! scored by how close its subject term is to the number, whether its population is named, the
//! quantity (a share is not a count; a multiplier of a share is not one of a count), the place,
//! the years, the edition and the credit. Then, in order:
//!
//! 1. a current edition agrees: `consistent` (or `misattributed`, or `wrong-metric` when the
//!    sentence makes a point-in-time estimate yearly, or detected victims a prevalence);
//! 2. only an older edition agrees: `outdated`;
//! 3. the value is right for another measure: `wrong-metric`;
//! 4. the same measure says otherwise and nothing in the sentence makes that doubtful:
//!    `conflict`; when something does (a local event, a projection, another place or year),
//!    `unverified`, because a false alarm costs more than a missed error;
//! 5. anything else on the topic: `unverified`; off the topic: no finding.

mod bounds;
mod currency;
mod elsewhere;
mod evidence;
mod fit;
pub mod format;
mod kept;
mod named;
mod nonclaim;
mod phrases;
mod places;
mod subjects;
mod suggest;
mod topic;

pub use bounds::{FRACTION_BAND, ROUND_PERCENT, Reading, figure_bounds, read};
pub use suggest::{rewording, statement};

use evidence::{Bind, Cache, Evidence, Given, Support};
use fit::Fit;

use crate::claim::{Claim, Framing, Period};
use crate::document::Date;
use crate::table::{Basis, Figure, Quantity, Table, TermHit, Timing};

/// What the check concluded for one claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    /// The value agrees with the newest figure.
    Consistent,
    /// Same measure, value outside what the source allows.
    Conflict,
    /// Agrees with an older edition; the newest one says otherwise.
    Outdated,
    /// A real number for another measure.
    WrongMetric,
    /// Credited to an organisation whose figure it is not.
    Misattributed,
    /// On topic, but no figure in the table covers it.
    Unverified,
}

impl Verdict {
    /// Every verdict, in report order.
    pub const ALL: [Verdict; 6] = [
        Verdict::Consistent,
        Verdict::Conflict,
        Verdict::Outdated,
        Verdict::WrongMetric,
        Verdict::Misattributed,
        Verdict::Unverified,
    ];

    /// The verdict's name as the JSON contract spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Consistent => "consistent",
            Verdict::Conflict => "conflict",
            Verdict::Outdated => "outdated",
            Verdict::WrongMetric => "wrong-metric",
            Verdict::Misattributed => "misattributed",
            Verdict::Unverified => "unverified",
        }
    }

    /// How serious the verdict is.
    pub fn severity(self) -> Severity {
        match self {
            Verdict::Consistent => Severity::Ok,
            Verdict::Conflict | Verdict::WrongMetric => Severity::Error,
            Verdict::Outdated | Verdict::Misattributed => Severity::Warning,
            Verdict::Unverified => Severity::Note,
        }
    }
}

/// How serious a finding is, from `ok` to `error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Nothing to fix.
    Ok,
    /// Worth a look.
    Note,
    /// Probably worth changing.
    Warning,
    /// The text says something the source does not.
    Error,
}

impl Severity {
    /// The severity's name as the JSON contract spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Ok => "ok",
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Where the date a check is made as of comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    /// The `--as-of` flag.
    Flag,
    /// A fixed date in the configuration (`as-of = "2024-09-12"`).
    Config,
    /// The article's own date (front matter, page metadata).
    Article,
    /// Today's date: neither was given.
    Today,
}

impl DateSource {
    /// The source's name as the JSON output spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Flag => "flag",
            DateSource::Config => "config",
            DateSource::Article => "article",
            DateSource::Today => "today",
        }
    }

    /// The source in words, for messages.
    pub fn describe(self) -> &'static str {
        match self {
            DateSource::Flag => "from --as-of",
            DateSource::Config => "from the configuration",
            DateSource::Article => "the article's date",
            DateSource::Today => "today",
        }
    }
}

/// The date a check is made as of: figures published after it do not exist yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AsOf {
    /// The day.
    pub date: Date,
    /// Where it came from.
    pub source: DateSource,
}

impl AsOf {
    /// `--as-of` if given, else the article's own date, else today.
    pub fn choose(flag: Option<Date>, article: Option<Date>, today: Date) -> AsOf {
        match (flag, article) {
            (Some(date), _) => AsOf {
                date,
                source: DateSource::Flag,
            },
            (None, Some(date)) => AsOf {
                date,
                source: DateSource::Article,
            },
            (None, None) => AsOf {
                date: today,
                source: DateSource::Today,
            },
        }
    }
}

/// One claim, its verdict and the evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The claim checked.
    pub claim: Claim,
    /// What the check concluded.
    pub verdict: Verdict,
    /// Index in the table of the figure the verdict rests on.
    pub figure: Option<usize>,
    /// Older editions the claim agrees with (for `outdated`).
    pub agrees_with: Vec<usize>,
    /// The claim's value in the figure's unit.
    pub claimed: Option<f64>,
    /// The figure's value.
    pub expected: Option<f64>,
    /// What is wrong or right, in one sentence.
    pub message: String,
    /// What to do, when there is something to suggest.
    pub help: Option<String>,
    /// The figure stated correctly with its source, for findings that are not consistent.
    pub suggestion: Option<String>,
    /// The date the claim was checked as of.
    pub as_of: AsOf,
}

/// True when a claim in `text[sentence]` can give a finding: the sentence names a term of the
/// table or the topic. [`check`] gives claims in other sentences no finding, so they need not be
/// read (see [`crate::claim::claims_in`]).
pub fn may_find(text: &str, sentence: &std::ops::Range<usize>, table: &Table) -> bool {
    let sentence = text.get(sentence.clone()).unwrap_or("");
    // Removing denied parts (see `evidence::topical_outside`) never makes a sentence topical:
    // what is left is the sentence's own text between word boundaries.
    table.index().any_in(sentence) || evidence::topical(sentence) || topic::in_other_words(sentence)
}

/// Decides, sentence by sentence, which claims of one document can give a finding (see
/// [`may_find`]), also taking a sentence whose paragraph names the topic: a bullet `59% reduction
/// in South Asia` under a heading on child marriage is on the topic.
#[derive(Debug)]
pub struct Gate<'t> {
    table: &'t Table,
    /// The paragraphs looked at, and whether each names the topic.
    paragraphs: ParagraphTopics,
    /// The term hits of every sentence let through, for the check.
    given: Given<'t>,
    /// One sentence's hits while they are found.
    found: Vec<TermHit<'t>>,
}

impl<'t> Gate<'t> {
    /// A gate for one document checked against `table`.
    pub fn new(table: &'t Table) -> Self {
        Gate {
            table,
            paragraphs: ParagraphTopics::default(),
            given: Given::default(),
            found: Vec::new(),
        }
    }

    /// True when a claim in `text[sentence]` (split into `words`) can give a finding.
    pub fn wants(
        &mut self,
        text: &str,
        sentence: &std::ops::Range<usize>,
        words: &crate::claim::Words,
    ) -> bool {
        let wanted = self.wanted(text, sentence, words);
        if wanted {
            // The sentence's hits, found while asking, are kept: the check reads them instead
            // of scanning the sentence again.
            let given = &mut self.given;
            let at = given.hits.len();
            given.hits.append(&mut self.found);
            given.read.push((sentence.clone(), at..given.hits.len()));
        }
        wanted
    }

    /// [`Gate::wants`], leaving the sentence's term hits in `found`.
    fn wanted(
        &mut self,
        text: &str,
        sentence: &std::ops::Range<usize>,
        split: &crate::claim::Words,
    ) -> bool {
        let words = text.get(sentence.clone()).unwrap_or("");
        // Every hit, as the check reads a sentence (see `evidence::Cache::sentence`), looked up
        // from the words the claims stage split: the sentence's bytes are not scanned again.
        self.table
            .index()
            .find_words(words, sentence.start, split.for_terms(), &mut self.found);
        if !self.found.is_empty() {
            return true;
        }
        // Whether the paragraph names an organisation that one on the topic before it names is
        // asked last: the sentence's and nearby paragraphs' words settle most sentences first.
        let (range, paragraph) = self.paragraphs.topical_unless_named(text, sentence);
        // The topic's words in a sentence are in its paragraph too: when the paragraph holds the
        // sentence, its answer (read once for all its sentences) is the sentence's as well.
        let inside = range.start <= sentence.start
            && sentence.end <= range.end
            && text.get(range.clone()).is_some();
        if paragraph == Some(true) {
            return true;
        }
        // The topic's phrases and the other words for it, found in one pass over the sentence.
        let _scanned = phrases::within(words);
        // A sentence of prose near a paragraph on the topic may be on it too: the check decides,
        // claim by claim (see `ParagraphTopics::nearby`).
        (!inside && evidence::topical(words))
            || topic::in_other_words(words)
            || self.paragraphs.nearby(text, sentence)
            || (paragraph.is_none() && self.paragraphs.continues_named(text, &range))
    }
}

/// The paragraphs of one document read for the topic so far, each with whether it names it.
#[derive(Debug, Default)]
pub(crate) struct ParagraphTopics {
    /// Paragraphs read (see [`crate::claim::block`]), in the order read.
    read: Vec<(std::ops::Range<usize>, bool)>,
    /// Paragraphs an earlier stage read for the topic (the gate's, for the check): a paragraph
    /// with the same range takes its answer instead of being read again.
    known: Vec<(std::ops::Range<usize>, bool)>,
    /// The abbreviations the document defines for names on the topic (`Forced Marriage Unit
    /// (FMU)`), as byte ranges of the text, found the first time a paragraph is read.
    abbreviations: Option<Vec<std::ops::Range<usize>>>,
    /// The end of the last list item looked up, and whether its lead-in names the topic (none
    /// when no lead-in was found): the next item of the list takes the answer without walking
    /// back again.
    listed: Option<(usize, Option<bool>)>,
    /// The last paragraph asked about by [`ParagraphTopics::continues_named`], and its answer.
    named: Option<(std::ops::Range<usize>, bool)>,
}

impl ParagraphTopics {
    /// An empty `ParagraphTopics` for the next stage, which takes this one's answers as known.
    pub(crate) fn handed_on(self) -> ParagraphTopics {
        let mut known = self.known;
        known.extend(self.read);
        // Sorted, for look-ups by range in a document of thousands of paragraphs.
        known.sort_by_key(|(range, _)| (range.start, range.end));
        known.dedup_by_key(|(range, _)| (range.start, range.end));
        ParagraphTopics {
            read: Vec::new(),
            known,
            abbreviations: self.abbreviations,
            listed: None,
            named: None,
        }
    }

    /// Whether `text[range]` names the topic, when a paragraph with exactly that range was read.
    pub(crate) fn answer(&self, range: &std::ops::Range<usize>) -> Option<bool> {
        self.recent()
            .find(|(read, _)| read == range)
            .map(|&(_, topical)| topical)
            .or_else(|| self.known_answer(range))
    }

    /// The answer an earlier stage found for a paragraph with exactly this range.
    fn known_answer(&self, range: &std::ops::Range<usize>) -> Option<bool> {
        let key = (range.start, range.end);
        let at = self
            .known
            .binary_search_by_key(&key, |(read, _)| (read.start, read.end))
            .ok()?;
        self.known.get(at).map(|&(_, topical)| topical)
    }

    /// The paragraphs read last, the last first. Paragraphs are asked for in text order (with a
    /// step back to the one a paragraph points back at, or on to a stat card's caption), so
    /// older ones are not asked for again; looking only at these keeps a document of thousands
    /// of paragraphs linear.
    fn recent(&self) -> impl Iterator<Item = &(std::ops::Range<usize>, bool)> {
        self.read.iter().rev().take(8)
    }

    /// The paragraph holding byte `at`, and whether it names the topic; each read once.
    fn block(&mut self, text: &str, at: usize) -> (std::ops::Range<usize>, bool) {
        if let Some(found) = self.recent().find(|(range, _)| range.contains(&at)) {
            return found.clone();
        }
        let range = crate::claim::block(text, at);
        let topical = match self.known_answer(&range) {
            Some(topical) => topical,
            None => {
                let paragraph = text.get(range.clone()).unwrap_or("");
                evidence::topical(paragraph) || self.uses_abbreviation(text, paragraph)
            }
        };
        self.read.push((range.clone(), topical));
        (range, topical)
    }

    /// True when `paragraph` uses an abbreviation `text` defines for a name on the topic
    /// (`the FMU handled 66 cases`, after `the Forced Marriage Unit (FMU)`).
    pub(crate) fn uses_abbreviation(&mut self, text: &str, paragraph: &str) -> bool {
        // Most paragraphs hold no run of capitals: settled before the document is read.
        let capitals = paragraph
            .as_bytes()
            .windows(2)
            .any(|w| w.iter().all(u8::is_ascii_uppercase));
        if !capitals {
            return false;
        }
        let defined = self.abbreviations.get_or_insert_with(|| {
            topic::defined_abbreviations(text)
                .into_iter()
                .map(|a| {
                    let at = a.as_ptr() as usize - text.as_ptr() as usize;
                    at..at + a.len()
                })
                .collect()
        });
        let names: Vec<&str> = defined.iter().filter_map(|r| text.get(r.clone())).collect();
        topic::uses_abbreviation(paragraph, &names)
    }

    /// True when `sentence` is a list item set as a paragraph of its own under a lead-in on the
    /// topic (see [`ParagraphTopics::lead_in`]).
    pub(crate) fn listed_on_topic(
        &mut self,
        text: &str,
        sentence: &std::ops::Range<usize>,
    ) -> bool {
        let (own, topical) = self.block(text, sentence.start);
        !topical && own.start > 0 && self.lead_in(text, &own) == Some(true)
    }

    /// Whether the lead-in of the list `item` belongs to names the topic, when `item` is a list
    /// item set as a paragraph of its own (one short line with a number) under a lead-in
    /// paragraph ending with a colon, with only other such items between: `Pakistan – 439
    /// cases (36.7%).` under `The top four countries for forced marriage cases were:` is on the
    /// lead-in's topic.
    fn lead_in(&mut self, text: &str, item: &std::ops::Range<usize>) -> Option<bool> {
        let is_item = |range: &std::ops::Range<usize>| {
            let line = text.get(range.clone()).unwrap_or_default().trim();
            line.len() <= 160
                && line.bytes().any(|b| b.is_ascii_digit())
                && !line.contains('\n')
                && !line.starts_with('#')
                && !line.ends_with(':')
        };
        if !is_item(item) {
            return None;
        }
        // The same item asked again (for its next number).
        if let Some((last, topical)) = self.listed
            && last == item.end
        {
            return topical;
        }
        let mut at = item.start;
        let mut answer = None;
        for _ in 0..12 {
            let end = crate::claim::end_before(text, at);
            if end == 0 {
                break;
            }
            if let Some((last, topical)) = self.listed
                && last == end
            {
                answer = topical;
                break;
            }
            let (range, topical) = self.block(text, end - 1);
            if text
                .get(range.clone())
                .is_some_and(|lead| lead.trim_end().ends_with(':'))
            {
                answer = Some(topical);
                break;
            }
            if range.start >= at || !is_item(&range) {
                break;
            }
            at = range.start;
        }
        self.listed = Some((item.end, answer));
        answer
    }

    /// True when the paragraph holding the start of `sentence` in `text` names the topic, or
    /// the paragraph before it does and this one opens by pointing back at it (`Of these, …`,
    /// see [`crate::claim::refers_back`]); also the range of the paragraph holding the sentence.
    // Paragraphs further off are context too, for a claim that is not one story's detail: see
    // [`ParagraphTopics::nearby`].
    pub(crate) fn topical(
        &mut self,
        text: &str,
        sentence: &std::ops::Range<usize>,
    ) -> (std::ops::Range<usize>, bool) {
        match self.topical_unless_named(text, sentence) {
            (own, Some(topical)) => (own, topical),
            (own, None) => {
                let named = self.continues_named(text, &own);
                (own, named)
            }
        }
    }

    /// [`ParagraphTopics::topical`], short of its last test: `None` when the answer is whether
    /// the paragraph names an organisation a paragraph on the topic before it names (see
    /// [`ParagraphTopics::continues_named`]), which the caller asks only if it needs to.
    pub(crate) fn topical_unless_named(
        &mut self,
        text: &str,
        sentence: &std::ops::Range<usize>,
    ) -> (std::ops::Range<usize>, Option<bool>) {
        let (own, topical) = self.block(text, sentence.start);
        let words = text.get(sentence.clone()).unwrap_or_default();
        if !topical
            && crate::claim::stat_card(words)
            && text.get(own.clone()).unwrap_or_default().trim() == words.trim()
        {
            // A paragraph that is one figure, its caption the paragraph after (`40.3 million`,
            // then `The number of slaves in the world, …`), is on the caption's topic.
            let next = crate::claim::start_after(text, own.end);
            if next < text.len() {
                let (range, caption) = self.block(text, next);
                let prose_caption = crate::claim::prose(text.get(range).unwrap_or_default());
                return (own, Some(caption && prose_caption));
            }
            return (own, Some(false));
        }
        if !topical
            && own.start > 0
            && let Some(lead) = self.lead_in(text, &own)
        {
            return (own, Some(lead));
        }
        if topical || own.start == 0 {
            return (own, Some(topical));
        }
        if !crate::claim::refers_back(text, own.start) {
            return (own, None);
        }
        let end_before = crate::claim::end_before(text, own.start);
        if end_before == 0 {
            return (own, Some(false));
        }
        let (_, before) = self.block(text, end_before - 1);
        (own, Some(before))
    }

    /// True when `sentence` of `text` is prose and a paragraph within [`NEARBY`] bytes of it
    /// names the topic: news copy gives each sentence a paragraph, and names the topic in few
    /// of them (`London saw 259 cases`). The check takes it for claims that are not one story's
    /// detail (see [`nonclaim::story_detail`]). (Lines without a full stop, such as a market
    /// ticker or a helpline's number, are page furniture more often than not.)
    pub(crate) fn nearby(&mut self, text: &str, sentence: &std::ops::Range<usize>) -> bool {
        if !crate::claim::prose(text.get(sentence.clone()).unwrap_or_default()) {
            return false;
        }
        let at = sentence.start;
        let (own, topical) = self.block(text, at);
        if topical {
            return true;
        }
        // The paragraphs before, nearest first.
        let floor = at.saturating_sub(NEARBY);
        let mut start = own.start;
        while start > floor {
            let end_before = crate::claim::end_before(text, start);
            if end_before <= floor {
                break;
            }
            let (range, topical) = self.block(text, end_before - 1);
            if topical {
                return true;
            }
            if range.start >= start {
                break;
            }
            start = range.start;
        }
        // The paragraphs after.
        let ceiling = (at + NEARBY).min(text.len());
        let mut end = own.end;
        while end < ceiling {
            let next = crate::claim::start_after(text, end);
            if next >= ceiling {
                break;
            }
            let (range, topical) = self.block(text, next);
            if topical {
                return true;
            }
            if range.end <= end {
                break;
            }
            end = range.end;
        }
        false
    }
}

impl ParagraphTopics {
    /// True when the paragraph holding the start of `sentence` names an organisation that a
    /// paragraph on the topic before it names too (see [`named`]): `The Salvation Army supported
    /// 829 women`, for a sentence that names people but not the topic.
    pub(crate) fn names_on_topic(&mut self, text: &str, sentence: &std::ops::Range<usize>) -> bool {
        let (own, topical) = self.block(text, sentence.start);
        topical || (own.start > 0 && self.continues_named(text, &own))
    }

    /// True when paragraph `own` names an organisation (see [`named::organisations`]) that a
    /// paragraph on the topic at most [`NAMED_REACH`] bytes and [`NAMED_PARAGRAPHS`] paragraphs
    /// before it names too.
    fn continues_named(&mut self, text: &str, own: &std::ops::Range<usize>) -> bool {
        // The claims of one paragraph ask one after another: answered once.
        if let Some((range, answer)) = &self.named
            && range == own
        {
            return *answer;
        }
        let answer = self.named_before(text, own);
        self.named = Some((own.clone(), answer));
        answer
    }

    /// [`ParagraphTopics::continues_named`], worked out.
    fn named_before(&mut self, text: &str, own: &std::ops::Range<usize>) -> bool {
        // The paragraph's organisations, found when a paragraph before it is on the topic.
        let names = std::cell::OnceCell::new();
        let floor = own.start.saturating_sub(NAMED_REACH);
        let mut start = own.start;
        // The paragraphs before are read here without being kept: a long document of short
        // paragraphs would otherwise fill the list of those read with the same ones again.
        for _ in 0..NAMED_PARAGRAPHS {
            let end = crate::claim::end_before(text, start);
            if end == 0 || end <= floor {
                return false;
            }
            let range = crate::claim::block(text, end - 1);
            let words = text.get(range.clone()).unwrap_or_default();
            // A paragraph read already and found off the topic names none of its words; one
            // found on it may owe that to an abbreviation, which is not read here.
            let topical = self.answer(&range) != Some(false)
                && self
                    .known_answer(&range)
                    .unwrap_or_else(|| evidence::topical(words));
            if topical {
                let names = names.get_or_init(|| {
                    named::organisations(text.get(own.clone()).unwrap_or_default())
                });
                if names.is_empty() {
                    return false;
                }
                if named::named_in(words, names) {
                    return true;
                }
            }
            if range.start >= start {
                return false;
            }
            start = range.start;
        }
        false
    }
}

/// How far from a sentence, in bytes, a paragraph that names the topic puts the sentence on it
/// (see [`ParagraphTopics::nearby`]).
const NEARBY: usize = 2_000;

/// The significant digits of the first number written in `written` (`17.3 million`: 3; `1,000`:
/// 1; `1,025`: 4; `0.50`: 2): leading zeros never count, trailing zeros of a whole number do not.
fn significant_digits(written: &str) -> usize {
    let number: String = written
        .trim_start_matches(|c: char| !c.is_ascii_digit())
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
        .filter(|c| *c != ',')
        .collect();
    let number = number.trim_end_matches('.');
    let digits = number.trim_start_matches(['0', '.']);
    let digits = if number.contains('.') {
        digits
    } else {
        digits.trim_end_matches('0')
    };
    digits.bytes().filter(u8::is_ascii_digit).count()
}

/// How far back (in bytes) a paragraph's organisation is looked for in paragraphs on the topic.
const NAMED_REACH: usize = 4000;

/// How many paragraphs back, at most, a paragraph's organisation is looked for.
const NAMED_PARAGRAPHS: usize = 12;

/// Checks every claim of `text` against `table` as of a date; claims off the topic give no finding.
pub fn check(text: &str, claims: &[Claim], table: &Table, as_of: AsOf) -> Vec<Finding> {
    check_gated(text, claims, table, as_of, Gate::new(table))
}

/// [`check`], for claims whose sentences `gate` let through: the check reads the term hits the
/// gate found instead of scanning those sentences again.
// A stage of its own in profiles (bench/profile.sh), called once per document.
#[inline(never)]
pub fn check_gated<'t>(
    text: &str,
    claims: &[Claim],
    table: &'t Table,
    as_of: AsOf,
    gate: Gate<'t>,
) -> Vec<Finding> {
    let mut cache = Cache::new(gate.given).knowing(gate.paragraphs.handed_on());
    let mut findings = Vec::new();
    let mut carried: Option<(usize, std::ops::Range<usize>)> = None;
    let mut other_words: Option<(std::ops::Range<usize>, bool)> = None;
    let regional = std::cell::OnceCell::new();
    let mut scanned: Option<(std::ops::Range<usize>, phrases::Within)> = None;
    for claim in claims {
        // The phrase lists read on the sentence and its clauses, found once per sentence.
        if scanned
            .as_ref()
            .is_none_or(|(range, _)| *range != claim.sentence)
        {
            let sentence = text.get(claim.sentence.clone()).unwrap_or("");
            scanned = Some((claim.sentence.clone(), phrases::within(sentence)));
        }
        cache.sentence(text, &claim.sentence, table);
        let Some(checker) = Checker::new(text, claim, table, as_of) else {
            continue;
        };
        let mut checker = checker.with_claims(claims);
        let paragraph = || crate::claim::paragraph(text, claim.sentence.start);
        // A number that is no statistic is dropped before its evidence is read (unless reading
        // it would change what the next claims find).
        if checker.no_statistic() {
            if !cache.evidence_leaves_no_trace(text, claim) {
                evidence::leave_trace(text, claim, &mut cache, table, paragraph);
            }
            continue;
        }
        checker.ev = evidence::evidence(text, claim, &mut cache, table, paragraph);
        checker.carried = carried.clone();
        checker.regional = Some(&regional);
        // A sentence that names the topic in other words (`working children`) is on it; read
        // once per sentence, and only when the sentence and its paragraph are not.
        if !checker.ev.on_topic {
            let sentence = &claim.sentence;
            let named = match &other_words {
                Some((range, named)) if range == sentence => *named,
                _ => {
                    let named = topic::in_other_words(checker.sentence);
                    other_words = Some((sentence.clone(), named));
                    named
                }
            };
            checker.ev.on_topic = named;
        }
        // `These 152 million children …`: a figure quoted to the last digit.
        if !checker.ev.on_topic && checker.quotes_a_figure() {
            checker.ev.on_topic = true;
        }
        let found = checker
            .verdict()
            .map(|found| checker.range_held(found))
            .map(|found| checker.converted_held(found));
        // The figure a sentence agrees with, for the sentences that go on about its report.
        if let Some(f) = &found
            && f.verdict == Verdict::Consistent
            && let Some(figure) = f.figure
        {
            carried = Some((figure, claim.sentence.clone()));
        }
        findings.extend(found);
        // The next claim fills the same buffers.
        let spare = checker.ev.into_spare();
        cache.recycle(spare);
    }
    findings
}

/// A vague amount's reading (`millions`: a count from a million up to a thousand times it), for
/// the rules that tell a story's detail or a frame from a statistic.
fn vague_reading(m: &crate::extract::Mention) -> Option<Reading> {
    let magnitude = m.magnitude.filter(|_| m.value.is_none())?;
    Some(Reading {
        quantity: Quantity::Count,
        value: magnitude,
        low: magnitude,
        high: magnitude * 1000.0,
    })
}

/// How strongly a wrong-metric candidate is tied to the claim, compared in order.
type Rank = [bool; 6];

/// Why the value is right but the measure is not.
#[derive(Debug, Clone)]
enum Mismatch {
    /// A share read as a change, or a change as a share.
    Quantity(Quantity),
    /// A multiplier or change of a share read as one of a number, or the reverse.
    Base,
    /// The figure's population is another (forced labour, not trafficking).
    Population(String),
    /// The sentence names another group that shares a word with the figure's (`women and
    /// children` for `women and girls`).
    Subject(String),
    /// The sentence names what a figure often confused with this one counts.
    Confused(usize, String),
    /// Another age range.
    Ages(u32, u32),
    /// Working children, where the figure counts child labour.
    Working,
    /// Forced labour, where the figure counts child labour (most of which is not forced).
    ForcedLabour,
    /// A point-in-time estimate made yearly.
    Yearly,
    /// Detected victims stated as how many are trafficked.
    DetectedAsPrevalence,
    /// An estimate stated as victims detected.
    EstimatedAsDetected,
    /// A share taken of a group (`90% of female victims`) where the figure is that group's
    /// share of all it counts (`women and girls as a share of …`).
    GroupAsBase(&'static str),
}

struct Checker<'a> {
    text: &'a str,
    claim: &'a Claim,
    table: &'a Table,
    as_of: AsOf,
    reading: Reading,
    ev: Evidence<'a>,
    quoted: String,
    sentence: &'a str,
    /// Every claim of the document, for the totals a sentence names besides this claim.
    claims: &'a [Claim],
    /// Whether the sentence names a national body, worked out the first time it is asked.
    national: std::cell::OnceCell<bool>,
    /// The sentence lower-cased, made the first time a rule reads it.
    lowered: std::cell::OnceCell<String>,
    /// [`Checker::amount_of_change`], asked for many candidate figures, worked out once.
    change_amount: std::cell::OnceCell<bool>,
    /// The places the paragraph names, worked out once per place.
    places: places::Places,
    /// The last publication date a figure may have to be quoted: [`GRACE_DAYS`] after the
    /// check date.
    quotable: Date,
    /// The figure the last agreeing claim before this one agrees with, and its sentence.
    carried: Option<(usize, std::ops::Range<usize>)>,
    /// The figures for one place (not the world), listed once per document when first needed.
    regional: Option<&'a std::cell::OnceCell<Vec<usize>>>,
    /// The base a count was read against (`5.4 … for every 1,000 people`: 1,000), when it was
    /// read as a share of it.
    per_base: Option<f64>,
    /// The currency (EUR or GBP) of an amount read in US dollars, and the rate it was read at
    /// with the year whose average it is.
    converted: Option<(&'static str, (i32, f64))>,
}

impl<'a> Checker<'a> {
    fn new<'t: 'a>(text: &'a str, claim: &'a Claim, table: &'t Table, as_of: AsOf) -> Option<Self> {
        let reading = match claim.change_verb {
            Some(sign) => bounds::as_change(&claim.mention, sign).or_else(|| read(&claim.mention)),
            None => read(&claim.mention),
        }
        .or_else(|| vague_reading(&claim.mention))?;
        // `For every 10 victims detected, five are women`: five in ten.
        let sentence = text.get(claim.sentence.clone()).unwrap_or("");
        let per_every = nonclaim::part_of_every(
            sentence,
            claim.mention.start.saturating_sub(claim.sentence.start),
            &claim.mention,
        );
        let per_base = per_every
            .zip(claim.mention.value)
            .filter(|(r, _)| r.value > 0.0)
            .map(|(r, v)| (v / r.value).round());
        let reading = per_every.unwrap_or(reading);
        // `€77 billion`: an amount in euros or pounds, read in the table's US dollars.
        let converted = claim
            .mention
            .unit
            .and_then(|code| Some((code, currency::dollars_per(code, as_of.date.year)?)));
        let reading = converted
            .and_then(|(code, _)| currency::in_dollars(&reading, code, as_of.date.year))
            .unwrap_or(reading);
        let converted = converted.filter(|_| reading.quantity == Quantity::Money);
        Some(Checker {
            text,
            claim,
            table,
            as_of,
            reading,
            // Read once the rules that need none have kept the number (see `check_gated`).
            ev: Evidence::default(),
            quoted: {
                // The number in curly quotes, without the formatting machinery.
                let number = text
                    .get(claim.mention.start..claim.mention.end)
                    .unwrap_or("");
                let mut quoted = String::with_capacity(number.len() + 6);
                quoted.push('“');
                quoted.push_str(number);
                quoted.push('”');
                quoted
            },
            sentence: text.get(claim.sentence.clone()).unwrap_or(""),
            claims: &[],
            national: std::cell::OnceCell::new(),
            lowered: std::cell::OnceCell::new(),
            change_amount: std::cell::OnceCell::new(),
            places: places::Places::default(),
            quotable: Date::from_unix((day_number(as_of.date) + GRACE_DAYS) * 86_400),
            carried: None,
            regional: None,
            per_base,
            converted,
        })
    }

    /// The same checker, aware of the document's other claims.
    fn with_claims(mut self, claims: &'a [Claim]) -> Self {
        self.claims = claims;
        // `roughly two-thirds ($100 billion)`: a bracketed amount or count restating a hedged
        // number of another kind right before it is hedged as that one is (a bracketed share
        // after a share, `more than six in ten (65 per cent)`, is the exact value).
        let m = &self.claim.mention;
        // Most numbers follow no bracket: that is settled before anything is read.
        let bracketed = self
            .text
            .get(self.claim.sentence.start..m.start)
            .is_some_and(|before| before.trim_end().ends_with('('));
        if bracketed
            && m.hedge.is_none()
            && self.claim.change_verb.is_none()
            && Some(self.reading) == read(m)
            && let Some(hedge) = self
                .sentence_claims()
                .take_while(|c| c.mention.end <= m.start)
                .last()
                .filter(|c| {
                    self.text
                        .get(c.mention.end..m.start)
                        .is_some_and(|gap| gap.trim() == "(")
                        && bounds::quantity_of(c.mention.kind) != Some(self.reading.quantity)
                })
                .and_then(|c| c.mention.hedge)
        {
            let hedged = crate::extract::Mention {
                hedge: Some(hedge),
                ..m.clone()
            };
            self.reading = read(&hedged).unwrap_or(self.reading);
        }
        self
    }

    /// The claims of this claim's sentence (claims come in the order of the text).
    fn sentence_claims(&self) -> impl Iterator<Item = &'a Claim> + '_ {
        let sentence = &self.claim.sentence;
        let from = self
            .claims
            .partition_point(|c| c.mention.start < sentence.start);
        self.claims
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|c| c.mention.start < sentence.end)
            .filter(|c| c.sentence == *sentence)
    }

    /// The total figures another number of the same sentence states to their precision (`… of
    /// the 40.3 million are women and girls`, `of the estimated 40.3 million`): a share there may
    /// be of that total, though the sentence names none of its population words. Only for
    /// shares.
    fn anchors(&self) -> Vec<usize> {
        if self.reading.quantity != Quantity::Share {
            return Vec::new();
        }
        let share = &self.claim.mention;
        // A share opening an item of a list after the total (`more than 40 million victims: 81%
        // …; 25% of them are children; 75% are women and girls`), in no place of its own.
        let opens_item = |between: &str| {
            let last = between.trim_end();
            between.contains(':') && last.ends_with([':', ';'])
        };
        // The item names no place or other name of its own (`80% in the UK are women`).
        let item = self
            .text
            .get(share.end..self.claim.sentence.end)
            .unwrap_or_default();
        let item = item.split(';').next().unwrap_or_default();
        let own_place = self.claim.scope.as_deref().is_some_and(|s| s != "global")
            || item
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.starts_with(char::is_uppercase));
        // (the total, and whether the share is an item of a list after it)
        let totals: Vec<(Reading, bool)> = self
            .sentence_claims()
            .filter(|c| c.mention != *share)
            .filter_map(|c| {
                let listed = !own_place
                    && c.mention.end <= share.start
                    && self
                        .text
                        .get(c.mention.end..share.start)
                        .is_some_and(opens_item);
                read(&c.mention).map(|r| (r, listed))
            })
            .filter(|(r, listed)| {
                r.quantity == Quantity::Count && (*listed || r.high - r.low <= 0.05 * r.value.abs())
            })
            .collect();
        if totals.is_empty() {
            return Vec::new();
        }
        (0..self.table.figures.len())
            .filter(|&t| {
                let figure = self.figure(t);
                figure.quantity == Quantity::Count
                    && self.visible(t)
                    && totals.iter().any(|(r, listed)| {
                        r.meets(self.bounds(t))
                            && if *listed {
                                // A hedged total (`more than 40 million`) heading a list: its
                                // stated value within 5 per cent of the figure.
                                figure
                                    .central()
                                    .is_some_and(|v| (v - r.value).abs() <= 0.05 * r.value.abs())
                            } else {
                                bounds::tight(r, figure)
                            }
                    })
            })
            .collect()
    }

    /// True when share figure `f` is of a total in `anchors`: the same population, place and
    /// report.
    fn anchored(&self, f: usize, anchors: &[usize]) -> bool {
        let figure = self.figure(f);
        figure.quantity == Quantity::Share
            && anchors.iter().any(|&t| {
                let total = self.figure(t);
                t != f
                    && total.population == figure.population
                    && total.scope == figure.scope
                    && total.published == figure.published
            })
    }

    // Every figure index the checker handles is a position in `self.table.figures`: it comes
    // from the table itself (its term index, whose owners are positions in the table, or
    // `Table::position`), from `Evidence::figures` (built over `0..table.figures.len()`) or from
    // a loop over that range, and the table does not change while a claim is checked. A fallback figure here would give
    // a wrong verdict silently, and an `Option` would be unwrapped at forty call sites.
    #[allow(clippy::indexing_slicing)]
    fn figure(&self, f: usize) -> &'a Figure {
        &self.table.figures[f]
    }

    fn fact(&self, f: usize) -> fit::Facts {
        fit::facts(self.figure(f))
    }

    /// True when figure `f` may have been published by the check date, or within
    /// [`GRACE_DAYS`] after it, so a sentence may quote it.
    fn visible(&self, f: usize) -> bool {
        let figure = self.figure(f);
        fit::facts_kept(figure)
            .map_or_else(|| fit::facts(figure).earliest, |kept| kept.earliest)
            .is_none_or(|d| d <= self.quotable)
    }

    /// True when figure `f` was surely published by the check date.
    fn out(&self, f: usize) -> bool {
        let figure = self.figure(f);
        fit::facts_kept(figure)
            .map_or_else(|| fit::facts(figure).latest, |kept| kept.latest)
            .is_none_or(|d| d <= self.as_of.date)
    }

    /// The newer edition of `f` that is surely out by the check date, if any.
    fn successor(&self, f: usize) -> Option<usize> {
        self.figure(f)
            .superseded_by
            .as_deref()
            .and_then(|id| self.table.position(id))
            .filter(|&n| self.out(n))
    }

    /// The newest edition of `f` out by the check date.
    fn newest(&self, mut f: usize) -> usize {
        for _ in 0..self.table.figures.len() {
            match self.successor(f) {
                Some(n) => f = n,
                None => break,
            }
        }
        f
    }

    fn agrees(&self, f: usize) -> bool {
        self.reading.meets(self.bounds(f))
    }

    /// Figure `f`'s [`figure_bounds`], kept with the table.
    fn bounds(&self, f: usize) -> (f64, f64) {
        kept::Kept::of(self.table)
            .and_then(|k| k.bounds(self.table, f))
            .unwrap_or_else(|| figure_bounds(self.figure(f)))
    }

    /// True when a multiplier or change figure measures what the sentence says changed.
    fn same_base(&self, f: usize) -> bool {
        match self.figure(f).of {
            Some(Quantity::Share) => self.claim.about_share,
            Some(_) => !self.claim.about_share,
            None => true,
        }
    }

    /// False when the claim and figure `f` are amounts in different currencies.
    fn same_unit(&self, f: usize) -> bool {
        match (self.claim.mention.unit, self.figure(f).unit.as_deref()) {
            (Some(a), Some(b)) if self.figure(f).quantity == Quantity::Money => {
                a == b || (self.converted.is_some() && b == "USD")
            }
            _ => true,
        }
    }

    /// False when the sentence gives an age range and figure `f` counts another.
    fn same_ages(&self, f: usize) -> bool {
        match (self.claim.ages, self.fact(f).ages) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        }
    }

    fn finding(&self, verdict: Verdict, figure: Option<usize>, message: String) -> Finding {
        Finding {
            claim: self.claim.clone(),
            verdict,
            figure,
            agrees_with: Vec::new(),
            claimed: Some(self.reading.value),
            expected: figure.and_then(|f| self.figure(f).central()),
            message,
            help: None,
            suggestion: None,
            as_of: self.as_of,
        }
    }

    /// An `unverified` finding, no figure named: the quoted claim, then `why`.
    fn unverified_because(&self, why: &str) -> Finding {
        self.finding(Verdict::Unverified, None, format!("{} {why}", self.quoted))
    }

    /// A finding that suggests stating figure `f` instead.
    fn suggesting(&self, verdict: Verdict, f: usize, message: String) -> Finding {
        let mut out = self.finding(verdict, Some(f), message);
        let say = kept::Kept::of(self.table)
            .and_then(|k| k.rewording(self.table, f))
            .unwrap_or_else(|| rewording(self.figure(f)));
        out.help = Some(format!("write: “{say}”"));
        out.suggestion = Some(say);
        out
    }

    /// Whether the edition the sentence names is figure `f`'s, as [`fit::edition`] says, except
    /// that a year given to another series (`the Global Slavery Index 2023` quoting the Global
    /// Estimates) says nothing about `f`'s edition.
    fn edition_fit(&self, f: usize) -> Fit {
        let fit = fit::edition(self.claim, self.figure(f));
        if fit == Fit::Unknown {
            return fit;
        }
        let sentence = self.lower_sentence();
        let title = self.figure(f).source.title.to_lowercase();
        let other = SERIES
            .iter()
            .any(|series| sentence.contains(series) && !title.contains(series));
        // `the 2021 Global Estimates`: estimates are often named by the year they describe.
        let data_year = self.claim.edition.is_some_and(|year| {
            fit::data_years(self.figure(f)).is_some_and(|(a, b)| (a..=b).contains(&year))
                && [" global estimates", " estimates"]
                    .iter()
                    .any(|w| sentence.contains(&format!("{year}{w}")))
        });
        if other || (fit == Fit::Mismatch && data_year) {
            Fit::Unknown
        } else {
            fit
        }
    }

    /// False when figure `f` is for one place (Punjab, Pakistan, Africa) and neither the
    /// sentence nor its paragraph names it: `industry (13%)` in a global report is not Punjab's
    /// rate, and `over 700 traffickers convicted` in a Nigerian story is not Pakistan's arrests.
    fn placed(&self, f: usize) -> bool {
        let figure = self.figure(f);
        // The size of a report's sample of court cases is the sentence's only when it speaks of
        // the analysis or the courts (`803 violations reported in Ghana` is not UNODC's 800).
        // (Asked of every figure a claim is compared with: the metric is read once per figure.)
        if fit::facts(figure).court_sample {
            let lower = self.lower_sentence();
            if !["analys", "analyz", "court"]
                .iter()
                .any(|w| lower.contains(w))
            {
                return false;
            }
        }
        // A count or share credited to a national body (the Home Office, NAPTIP) is one
        // country's: it neither agrees nor conflicts with a global figure.
        if figure.scope == "global"
            && *self
                .national
                .get_or_init(|| nonclaim::names_national_body(self.sentence))
        {
            return false;
        }
        // A number the sentence places in one country or region (`eight out of 1,000
        // Filipinos`) is not the world's.
        if figure.scope == "global"
            && self
                .claim
                .scope
                .as_deref()
                .is_some_and(|place| place != "global" && crate::claim::is_known_place(place))
        {
            return false;
        }
        if figure.scope == "global" || fit::scope(self.claim, figure) == Fit::Match {
            return true;
        }
        // A count that names no place may still be the figure's when it is exact (1,638
        // arrests) or gives the figure's own years: such numbers rarely collide. Shares do.
        // One that differs from the figure is left to `doubt`, which gives it no conflict.
        if figure.quantity != Quantity::Share && !self.agrees(f) {
            return true;
        }
        if self.claim.scope.is_none() && figure.quantity != Quantity::Share {
            let exact = self.reading.high - self.reading.low < 0.01 * self.reading.value.abs();
            if exact || fit::period(self.claim, figure) == Fit::Match {
                return true;
            }
        }
        self.places.named(
            self.text,
            self.claim.sentence.start,
            self.sentence,
            fit::place(&figure.scope),
        )
    }

    /// The figures for the claim's own measure: subject, population, quantity, place, ages and
    /// currency, the best bound first.
    fn same_measure(&self) -> Vec<usize> {
        let anchors = self.anchors();
        let level = self.level_reached();
        // A share of a total the sentence states has that total's population in the sentence
        // (no anchors, the usual case: nothing to look up).
        let anchored = |s: Support| match !anchors.is_empty() && self.anchored(s.figure, &anchors) {
            true if s.population < Bind::Sentence => Support {
                population: Bind::Sentence,
                specific: true,
                ..s
            },
            _ => s,
        };
        // Without anchors no population is raised: only the figures the sentence or its
        // paragraph names as a population are read.
        let population = if anchors.is_empty() {
            Bind::Paragraph
        } else {
            Bind::None
        };
        let ok: Vec<Support> = self
            .ev
            .supports(Bind::Focus, population, false)
            .map(anchored)
            .filter(|s| {
                let f = self.figure(s.figure);
                s.population >= Bind::Paragraph
                    && f.quantity == self.reading.quantity
                    && self.same_base(s.figure)
                    && self.visible(s.figure)
                    && self.same_unit(s.figure)
                    && self.same_ages(s.figure)
                    && fit::scope(self.claim, f) != Fit::Mismatch
                    && self.placed(s.figure)
                    && !(level && self.counts_change(s.figure))
            })
            .collect();
        // `four in five identified victims were female, with half of them sexually exploited`:
        // a population named only in another number's clause is that number's, when the
        // number's own clause names one.
        let own_clause = self
            .ev
            .populations
            .iter()
            .any(|p| p.specific && p.bind >= Bind::Focus);
        let ok: Vec<Support> = if own_clause && ok.iter().any(|s| s.population >= Bind::Focus) {
            let later = self.later_clause_terms();
            ok.into_iter()
                .filter(|s| {
                    s.population >= Bind::Focus
                        || later.is_empty()
                        || !self.named_for_another(s.figure, &later)
                })
                .collect()
        } else {
            ok
        };
        let Some(subject) = ok.iter().map(|s| s.subject).max() else {
            return Vec::new();
        };
        let ok: Vec<Support> = ok.into_iter().filter(|s| s.subject == subject).collect();
        let population = ok.iter().map(|s| s.population.min(Bind::Sentence)).max();
        let specific = ok.iter().any(|s| s.specific);
        ok.into_iter()
            .filter(|s| Some(s.population.min(Bind::Sentence)) == population)
            .filter(|s| s.specific == specific)
            .map(|s| s.figure)
            .collect()
    }

    /// The population words of the sentence that lie in the clause of another number of the
    /// sentence (a later one; for a count, an earlier one too) and not in this number's. Empty,
    /// and read no further, when there is no such number.
    fn later_clause_terms(&self) -> Vec<&'a str> {
        let later: Vec<&Claim> = self
            .sentence_claims()
            .filter(|c| {
                // An earlier clause's population may be what a later share is of (`…, with 50%
                // in sexual exploitation`), never what a later count counts (`27.6 million in
                // forced labour and 17.3 million in forced marriage`).
                (c.mention.start > self.claim.mention.end
                    || (self.reading.quantity == Quantity::Count
                        && c.mention.end <= self.claim.mention.start))
                    && c.focus != self.claim.focus
            })
            .collect();
        if later.is_empty() {
            return Vec::new();
        }
        let lower =
            |r: &std::ops::Range<usize>| self.text.get(r.clone()).unwrap_or("").to_lowercase();
        let own = lower(&self.claim.focus);
        let others: Vec<String> = later.iter().map(|c| lower(&c.focus)).collect();
        let mut terms: Vec<&'a str> = self
            .ev
            .populations
            .iter()
            .filter(|p| p.bind == Bind::Sentence)
            .map(|p| p.term)
            .filter(|t| !own.contains(t) && others.iter().any(|o| o.contains(t)))
            .collect();
        terms.dedup();
        terms
    }

    /// True when every population word of the sentence that names figure `f` is one of
    /// `later` (see [`Checker::later_clause_terms`]).
    fn named_for_another(&self, f: usize, later: &[&str]) -> bool {
        let mut terms = self
            .ev
            .populations
            .iter()
            .filter(|p| p.bind >= Bind::Sentence && p.owners.contains(&f))
            .peekable();
        terms.peek().is_some() && terms.all(|p| later.contains(&p.term))
    }

    /// True when the number is no statistic to check, or one of another subject: the rules that
    /// need only its sentence, run before its evidence is read. Each rule is a test without
    /// effects, so their order changes no answer: those that drop most numbers for the least
    /// work come first (the sentence's topic and one raid's count, before `frame`'s two dozen
    /// tests of the words around the number).
    fn no_statistic(&self) -> bool {
        // A schooling or poverty statistic in a sentence that does not name the topic (known
        // from the sentence's phrase hits).
        if !evidence::topical(self.sentence) && nonclaim::other_statistic(self.sentence) {
            return true;
        }
        // `The operation arrested 142 people`: what one raid found is a case detail.
        if self.reading.quantity == Quantity::Count
            && self.claim.change_verb.is_none()
            // (Each rule's words are looked for in the sentence's phrases before the rule reads
            // its words: see `nonclaim::may_name_operation`.)
            && ((nonclaim::may_name_operation(self.sentence)
                && nonclaim::one_operation(self.lower_sentence()))
                || (self.claim.period.is_none()
                    && nonclaim::may_name_rescue(self.sentence)
                    && nonclaim::one_rescue(self.lower_sentence()))
                || (nonclaim::may_name_rescue(self.sentence)
                    && nonclaim::rescued_on_a_day(self.lower_sentence()))
                // `126 suspects arrested` in a list under `Results of the operation:`.
                || nonclaim::listed_under_one_operation(self.text, &self.claim.sentence)
                // `Police Rescue 33 Trafficking Victims`: a headline's few rescued people.
                || (self.claim.mention.value.is_some_and(|v| v < 100.0)
                    && nonclaim::rescue_headline(self.sentence)))
        {
            return true;
        }
        // `The 25 women, who were aged …`, `the 70 victims, who include 66 …`: a story's group
        // named by its count; its counts are the story's.
        if self.reading.quantity == Quantity::Count
            && self.claim.change_verb.is_none()
            && self.claim.period.is_none()
            && nonclaim::story_group(self.lower_sentence())
        {
            return true;
        }
        // `Of the 71 people, 43 were children`, `24 adults and three children belonging to 11
        // families were rescued`: one small group broken into its parts; its counts are the story's.
        if self.reading.quantity == Quantity::Count
            && self.claim.change_verb.is_none()
            && self.claim.period.is_none()
            && !self.claim.per_year
            && nonclaim::group_breakdown(self.lower_sentence())
        {
            return true;
        }
        // `The task force made 26 arrests during a three-day sweep`, `14 Arrested In … Sting
        // Operation`: one effort's arrests, where nothing makes them a tally over time.
        if self.reading.quantity == Quantity::Count
            && self.claim.change_verb.is_none()
            && self.claim.period.is_none()
            // A country's or the world's arrests are a tally; a county's (`14 Arrested In Santa
            // Barbara County …`) may be one sting's.
            && self
                .claim
                .scope
                .as_deref()
                .is_none_or(|s| !fit::is_region(s) && fit::place(s) != "global")
            && !self.claim.per_year
            && nonclaim::arrests_of_one_effort(self.lower_sentence(), || {
                self.text
                    .get(crate::claim::block(self.text, self.claim.sentence.start))
                    .unwrap_or_default()
                    .to_lowercase()
            })
        {
            return true;
        }
        // `An overnight operation … the organisations saved 33 children`, `stopped at 9.15pm
        // on Saturday night, and 9 children were removed`: a count its sentence tells as one
        // event, in a paragraph of one operation, night or hour, is what that operation found.
        if self.reading.quantity == Quantity::Count
            && self.claim.change_verb.is_none()
            && self.claim.period.is_none()
            && !self.claim.per_year
            && self.claim.mention.hedge.is_none()
            && nonclaim::may_tell_event(self.sentence)
            && nonclaim::told_as_one_event(self.lower_sentence())
            && self
                .text
                .get(crate::claim::block(self.text, self.claim.sentence.start))
                // (The scan of its bytes first, before the paragraph is lower-cased.)
                .is_some_and(|p| {
                    nonclaim::may_tell_one_operation(p)
                        && nonclaim::paragraph_of_one_operation(&p.to_lowercase())
                })
        {
            return true;
        }
        // A denominator, rank, age or count of places is no statistic to check.
        let number = self.in_sentence(&(self.claim.mention.start..self.claim.mention.end));
        // The sentence before and after the number, which the money and footprint rules read.
        let before = self.sentence.get(..number.start).unwrap_or_default();
        let after = self.sentence.get(number.end..).unwrap_or_default();
        if !self.frame_exempt(number.start)
            && nonclaim::frame(self.sentence, number.start, number.end)
        {
            return true;
        }
        // `10,347 brick kilns, of which 7,966 are functional`: counts of things, not people.
        if self.reading.quantity == Quantity::Count
            && self.sentence_claims().any(|c| {
                let other = self.in_sentence(&(c.mention.start..c.mention.end));
                c.mention != self.claim.mention
                    && nonclaim::things_only(self.sentence, other.start, other.end)
            })
        {
            return true;
        }
        // `47 people were found in the premises`, `€3,000 was seized from one individual`: what
        // one search found.
        if (self.reading.quantity == Quantity::Count
            && (nonclaim::found_in_one_place(self.sentence.get(number.end..).unwrap_or_default())
                || (self.claim.period.is_none()
                    && nonclaim::held_in_one_place(
                        self.sentence.get(number.end..).unwrap_or_default(),
                    ))))
            || (self.reading.quantity == Quantity::Money
                && ((nonclaim::may_take_from_one(self.sentence)
                    && nonclaim::taken_from_one(self.lower_sentence()))
                    // `a turnover of not less than £36m must publish`: a law's threshold.
                    || nonclaim::size_threshold(self.sentence, number.start, number.end)))
        {
            return true;
        }
        // `three Filipinos — two men and one woman — came home`, `police arrested three among
        // them`: a handful of people in one story, when every count of the sentence is one.
        if self.reading.quantity == Quantity::Count
            && self.claim.change_verb.is_none()
            && self.claim.period.is_none()
            && self.sentence_claims().all(|c| {
                c.mention.kind == crate::extract::Kind::Count
                    // `approximately seven`: a hedged count is an estimate, not a story's.
                    && c.mention.hedge.is_none()
                    && nonclaim::spelled_few(
                        self.text.get(c.mention.start..c.mention.end).unwrap_or_default(),
                        c.mention.value,
                    )
            })
            && nonclaim::handful_story(self.lower_sentence())
        {
            return true;
        }
        // `fined between USD 6,000 and 8,800`, `₱5,000 each`, `a monthly salary of USD 1,000`:
        // one person's or one case's money.
        if self.reading.quantity == Quantity::Money && nonclaim::one_persons_money(before, after) {
            return true;
        }
        // `we borrowed Rs 50,000`, `he received only $390 of the $800 promised`: a small sum one
        // person borrowed, received or was promised.
        if self.reading.quantity == Quantity::Money
            && self.claim.mention.value.is_some_and(|v| v < 1e6)
            && !self.claim.per_year
            && nonclaim::one_persons_loan_or_pay(before, after)
        {
            return true;
        }
        // `the number of children has risen by 230 million`: all the children, no harm counted.
        if self.reading.quantity == Quantity::Count && nonclaim::all_children(before, after) {
            return true;
        }
        // `the 127 countries in which we work`: where one organisation works.
        if self.reading.quantity == Quantity::Count && nonclaim::own_footprint(before, after) {
            return true;
        }
        // `a case was filed against 38 persons`: one court case's detail.
        let clause = elsewhere::clause_of(self.sentence, number.start, number.end);
        if self.reading.quantity == Quantity::Count
            && self.claim.change_verb.is_none()
            && nonclaim::one_case(clause)
        {
            return true;
        }
        // `4% of the country's land area`, `13 million daily users`: a clause on another subject
        // (in an article on the topic) that does not itself name the topic.
        // (The topic is looked for first: most clauses name it, and that one look is cheaper.)
        if !evidence::topical(clause)
            && !topic::in_other_words(clause)
            && (elsewhere::other_subject(clause) || nonclaim::other_statistic(clause))
        {
            return true;
        }
        false
    }

    /// The finding for a claim [`Checker::no_statistic`] keeps, from its evidence; `None` when
    /// it is off the topic or no statistic after all.
    fn verdict(&self) -> Option<Finding> {
        if self.claim.denied {
            return (self.ev.on_topic || evidence::topical(self.sentence)).then(|| {
                self.unverified_because(
                    "is denied by its sentence; tipcheck checks only what a sentence asserts",
                )
            });
        }
        if !self.ev.names_any() && !self.ev.on_topic {
            return None;
        }
        // `millions of children`: on the topic, but with no value no figure agrees or differs.
        if self.claim.mention.value.is_none() {
            if !self.ev.on_topic {
                return None;
            }
            let mut out = self.unverified_because(
                "is a vague amount with no value that a figure could agree or conflict with",
            );
            out.claimed = None;
            return Some(out);
        }
        // `63% of registered victims`: a national register's count, not the world's detected
        // victims (UNODC's word); whatever its value, it says nothing about a global figure.
        if self.registered_victims() {
            return Some(self.unverified_because("is of victims in a register, which is kept by a country or region; the table's victims are detected worldwide"));
        }
        // `70% of child labour is in agriculture, 20% in services`: a sector's part.
        if self.sector_part() {
            return Some(self.unverified_because(
                "is one sector's part in a breakdown by sector, which the table does not hold",
            ));
        }
        // `only 1% of victims are ever rescued`: a rate of rescue or identification.
        if self.reading.quantity == Quantity::Share
            && nonclaim::found_rate(
                self.text
                    .get(self.claim.mention.end..self.claim.sentence.end)
                    .unwrap_or_default(),
            )
        {
            return Some(self.unverified_because(
                "is the share of victims rescued or identified, a rate the table does not hold",
            ));
        }
        // `drug trafficking, which brings in $300 billion a year`: no figure is of that trade.
        // `… drug trafficking, which rakes in $300 billion`: off the topic, as an unemployment
        // rate would be: no finding.
        if self.reading.quantity == Quantity::Money && self.other_trade_before() {
            return None;
        }
        if self.reading.quantity == Quantity::Money && self.other_trade() {
            return Some(self.unverified_because("is an amount of the drug or arms trade; the table's amounts are of trafficking in people and forced labour"));
        }
        if self.tier() {
            // `the Tier 2 Watch List` is a rank of its own, which the table does not hold.
            let after = self
                .text
                .get(self.claim.mention.end..self.claim.sentence.end);
            let watch = after.is_some_and(|a| {
                a.trim_start()
                    .get(..10)
                    .is_some_and(|w| w.eq_ignore_ascii_case("watch list"))
            });
            if watch {
                return Some(self.unverified_because(
                    "is the Tier 2 Watch List, a rank the table does not hold",
                ));
            }
            // `Belize and Haiti were ranked in Tier 3`: countries placed in a tier, none of them
            // one the table ranks. `Tier 2 includes countries that …`: a tier defined, no
            // country placed.
            if self.claim.scope.is_none() {
                return nonclaim::placed_in_tier(self.lower_sentence()).then(|| {
                    self.unverified_because(
                        "is a tier of the US trafficking in persons report given to countries the table does not rank",
                    )
                });
            }
        }
        if self.projected() {
            return Some(self.unverified_because("is a projection or a number at risk, not a measurement; tipcheck checks measured figures"));
        }
        // `Half of these children`, `Of them, 40%`: a share of a group another sentence
        // defines, which no figure's share is of.
        // `in one in 10 countries`: a share of places, which no figure is.
        if self.reading.quantity == Quantity::Share && self.of_places() {
            return Some(self.unverified_because(
                "is a share of countries or regions; the table's shares are of people",
            ));
        }
        // A sentence that states another number may name the group itself (`A quarter of
        // them are children; in all, 40.3 million people were counted`).
        if self.reading.quantity == Quantity::Share
            && (self.of_these_after() || self.of_those_before())
            && self
                .sentence_claims()
                .all(|c| c.mention == self.claim.mention)
        {
            return Some(self.unverified_because(
                "is a share of a group another sentence names; tipcheck cannot tell which",
            ));
        }
        let measure = self.same_measure();
        let named: Vec<usize> = measure
            .iter()
            .copied()
            .filter(|&f| {
                fit::period(self.claim, self.figure(f)) == Fit::Match
                    || self.edition_fit(f) == Fit::Match
            })
            // An edition of another place's figure (Pakistan's, in the same index) names
            // nothing about a sentence that does not name that place.
            .filter(|&f| {
                self.figure(f).scope == "global"
                    || fit::scope(self.claim, self.figure(f)) == Fit::Match
            })
            .collect();
        let pool = if named.is_empty() { &measure } else { &named };
        // `92 million children are in child labour`: a level, in a sentence that speaks of no
        // change, is no amount of change (`a fall of 94 million`), whatever the value; it is
        // left unverified rather than weighed against another figure.
        if !self.claim.change_words
            && self.claim.change_verb.is_none()
            && self.reading.quantity == Quantity::Count
            && let Some(&f) = pool.iter().find(|&&f| {
                self.figure(f).quantity == Quantity::Count
                    && self.counts_change(f)
                    && self.agrees(f)
            })
            && !self.speaks_of_change()
            && !pool
                .iter()
                .any(|&g| !self.counts_change(g) && self.agrees(g))
        {
            return Some(self.finding(
                Verdict::Unverified,
                None,
                format!(
                    "{} matches {}, but the sentence gives a level, not a rise or fall",
                    self.quoted,
                    self.describe(f)
                ),
            ));
        }

        // 1. The newest edition agrees; of two that agree, the newer one even when it is only
        // within the grace days (a story a day before the release quotes the new estimates).
        let current = |f: usize| self.successor(f).is_none() && self.agrees(f);
        let newer_agrees = |f: usize| {
            self.figure(f)
                .superseded_by
                .as_deref()
                .and_then(|id| self.table.position(id))
                .is_some_and(|g| pool.contains(&g) && current(g))
        };
        if let Some(&f) = pool
            .iter()
            .find(|&&f| current(f) && !newer_agrees(f))
            .or_else(|| pool.iter().find(|&&f| current(f)))
        {
            // `9 million additional children … by 2022`: a change that ends in another year
            // than the figure's is not that change.
            if let Some(why) = self.change_years_differ(f) {
                return Some(self.finding(
                    Verdict::Unverified,
                    None,
                    format!("{} matches {}, but {why}", self.quoted, self.describe(f)),
                ));
            }
            return Some(self.settle(f, None));
        }
        // 2. An older edition agrees: outdated, unless the sentence names that edition's years.
        let older: Vec<usize> = pool.iter().copied().filter(|&f| self.agrees(f)).collect();
        if let Some(&first) = older.first() {
            let newest = self.newest(first);
            if named.contains(&first) {
                return Some(self.settle(first, Some(newest)));
            }
            if self.claim.past {
                // The edition whose value is nearest the former value the sentence gives.
                let distance = |f: &usize| {
                    self.figure(*f)
                        .central()
                        .map_or(f64::INFINITY, |v| (v - self.reading.value).abs())
                };
                let nearest = older
                    .iter()
                    .copied()
                    .min_by(|a, b| distance(a).total_cmp(&distance(b)))
                    .unwrap_or(first);
                return Some(self.settle(nearest, Some(newest)));
            }
            if let Some(why) = self.misreading(first) {
                let mut out = self.wrong_metric_finding(first, &why);
                let nf = self.figure(newest);
                out.message.push_str(&format!(
                    "; the newest edition as of {} reports {}",
                    self.as_of.date,
                    value_of(nf)
                ));
                let say = rewording(nf);
                out.figure = Some(newest);
                out.expected = nf.central();
                out.help = Some(format!("write: “{say}”"));
                out.suggestion = Some(say);
                out.agrees_with = older;
                return Some(out);
            }
            return Some(self.outdated(&older, newest));
        }
        // The sentence's years pointed at editions that disagree, but another edition agrees:
        // the years may be read wrongly, so say nothing firm.
        if !named.is_empty()
            && let Some(&f) = measure.iter().find(|&&f| self.agrees(f))
        {
            // `from 160 million in 2020 to 138 million in 2024`: the years were the first
            // number's, and the second's own follow it.
            if let Some(g) = self.range_end_agreement() {
                return Some(self.settle(g, self.successor(g).map(|_| self.newest(g))));
            }
            // `The ILO's 2022 estimates find … 4.8 million in sexual exploitation`: the value of
            // an older edition, credited to the newer edition the sentence names.
            let newest = self.newest(f);
            if self.claim.period.is_none()
                && self.claim.edition.is_some()
                && newest != f
                && named.contains(&newest)
            {
                let older: Vec<usize> = measure
                    .iter()
                    .copied()
                    .filter(|&g| self.agrees(g) && self.newest(g) == newest)
                    .collect();
                let mut out = self.outdated(&older, newest);
                out.message.push_str(&format!(
                    "; the sentence credits it to the {} edition",
                    self.claim.edition.unwrap_or_default()
                ));
                return Some(out);
            }
            return Some(self.finding(
                Verdict::Unverified,
                None,
                format!(
                    "{} matches {}, but the years the sentence gives point to another edition",
                    self.quoted,
                    self.describe(f)
                ),
            ));
        }
        // A region's figure in brackets after its name, in a list after the global total.
        if let Some(f) = self
            .bracketed_region()
            .or_else(|| self.named_region())
            .or_else(|| self.beside_other_clause())
        {
            return Some(self.settle(f, None));
        }
        // Slaves counted before any estimate of modern slavery was out: the forced labour
        // count then given for them (not another measure).
        if let Some(f) = self.slaves_before_estimates() {
            return Some(self.settle(f, None));
        }
        // 3. A real number for another measure.
        if let Some(found) = self.wrong_metric() {
            return Some(found);
        }
        // 4. The same measure says otherwise.
        // `rose by 2.7 million to 27.6 million`: the amount of a rise is no level to contest.
        let change_amount = self.reading.quantity == Quantity::Count && self.amount_of_change();
        let contested: Vec<usize> = self
            .contested(pool)
            .into_iter()
            .filter(|&f| !change_amount || self.counts_change(f))
            .collect();
        if let Some(f) = self.conflict_target(&contested) {
            let doubt = self.doubt(f).or_else(|| {
                self.rival(&contested, f).map(|g| {
                    format!(
                        "the sentence may be about {} ({}) instead",
                        self.figure(g).metric,
                        value_of(self.figure(g))
                    )
                })
            });
            return Some(match doubt {
                // `worldwide 1 in 4 victims are children`, read as UNODC's detected victims
                // (38%): the value is the ILO's share of all victims, a figure the table says
                // people confuse with it, and the sentence names nothing of UNODC's own.
                None => match self.look_alike(f) {
                    Some(g) => self.settle(g, None),
                    // `commercial sexual exploitation accounts for 27% of victims`: a share of
                    // victims of forced labour, maybe, where the figure's is of detected
                    // trafficking victims.
                    None if self.untold_detected_share(f) => self.unverified_because(&format!(
                        "may not be the measure the table holds ({}): the figure is a share of detected trafficking victims; the sentence names no trafficking",
                        self.describe(f)
                    )),
                    None => self.conflict(f),
                },
                // A doubted measure may not be the claim's: one of the cautious agreements
                // may still find the figure it restates (`their numbers growing by 38%`).
                Some(why) => self
                    .agreement()
                    .or_else(|| self.worded_as_source(f))
                    .unwrap_or_else(|| {
                        self.finding(
                            Verdict::Unverified,
                            None,
                            format!(
                                "{} may not be the measure the table holds ({}): {why}",
                                self.quoted,
                                self.describe(f)
                            ),
                        )
                    }),
            });
        }
        if let Some(found) = self.agreement() {
            return Some(found);
        }
        self.ev.on_topic.then(|| {
            self.unverified_because("is on the topic, but no figure in the table covers it")
        })
    }

    /// `between $99 billion and $145 billion`, `20 million to 40 million`: a range with a
    /// figure at one end or inside it is no statement of that figure, so an agreement (or a
    /// wrong measure, or an older edition) becomes unverified; a range that leaves the figure
    /// out still conflicts, and a figure that is itself a range is compared as before.
    fn range_held(&self, found: Finding) -> Finding {
        let Some(f) = found.figure else {
            return found;
        };
        let figure = self.figure(f);
        if matches!(found.verdict, Verdict::Conflict | Verdict::Unverified)
            || !bounds::is_range(&self.claim.mention)
            || (figure.low.is_some() && figure.high.is_some())
        {
            return found;
        }
        self.finding(
            Verdict::Unverified,
            None,
            format!(
                "{} is a range, and the table's figure is one estimate ({}): a range that takes it in neither confirms nor contradicts it",
                self.quoted,
                self.describe(f)
            ),
        )
    }

    /// The agreements tried when the claim's own measure gives no verdict: each only ever
    /// agrees, with a figure the sentence ties to the number in a way of its own.
    /// An amount in euros or pounds, read in dollars at the year's rate: an agreement says the
    /// rate; anything else is left unverified, as the writer's rate may differ from it.
    fn converted_held(&self, mut found: Finding) -> Finding {
        let Some((code, (year, rate))) = self.converted else {
            return found;
        };
        if found.verdict == Verdict::Consistent {
            found.message.push_str(&format!(
                "; read at about US${rate:.2} to the {}, {year}'s average",
                currency::name(code),
            ));
            return found;
        }
        if found.verdict == Verdict::Unverified {
            return found;
        }
        let mut out = self.unverified_because(&format!(
            "is in {}s; read in US dollars at the year's rate it agrees with no figure, and another rate may be the writer's",
            currency::name(code)
        ));
        out.claimed = found.claimed;
        out
    }

    fn agreement(&self) -> Option<Finding> {
        // A figure for what is counted, its value right, with no population named at all.
        if let Some(f) = self.bare_agreement().or_else(|| self.clause_agreement()) {
            return Some(self.settle(f, None));
        }
        if let Some(f) = self.restated_share() {
            return Some(self.settle(f, None));
        }
        if let Some(f) = self.yearly_amount_agreement() {
            return Some(self.settle(f, None));
        }
        if let Some(f) = self.former_agreement() {
            return Some(self.settle(f, Some(self.newest(f))));
        }
        if let Some(f) = self.change_carried_agreement() {
            let mut out = self.settle(f, None);
            let newest = self.newest(f);
            if out.verdict == Verdict::Consistent && newest != f {
                out.message = format!(
                    "{} agrees with {}{}; it is where the change started, and a newer edition ({}) reports {}",
                    self.quoted,
                    self.describe(f),
                    self.detected_note(f),
                    self.figure(newest).source.title,
                    value_of(self.figure(newest))
                );
            }
            return Some(out);
        }
        if let Some(f) = self.range_end_agreement() {
            return Some(self.settle(f, self.successor(f).map(|_| self.newest(f))));
        }
        if let Some(f) = self.scope_elsewhere_agreement() {
            return Some(self.settle(f, None));
        }
        if let Some(f) = self.working_agreement() {
            return Some(self.settle(f, None));
        }
        if let Some(f) = self.share_base_agreement() {
            return Some(self.settle(f, None));
        }
        self.as_change_agreement()
            .or_else(|| self.paired_agreement())
            .or_else(|| self.scaled_agreement())
            .or_else(|| self.both_parts_agreement().map(|f| self.settle(f, None)))
            .or_else(|| {
                self.carried_agreement()
                    .map(|f| self.settle(f, None))
                    .filter(|out| out.verdict == Verdict::Consistent)
            })
    }

    /// `28 million people were in forced labour and 22 in forced marriages`, `24.9 in forced
    /// labour and 15.4 million in forced marriage`: a bare number next to a count in millions
    /// (or billions) of its sentence shares that count's scale. The current figure whose
    /// population the number's clause names and whose value agrees with the number so scaled
    /// agrees. Only ever an agreement.
    fn scaled_agreement(&self) -> Option<Finding> {
        let m = &self.claim.mention;
        if m.kind != crate::extract::Kind::Count
            || m.unit.is_some()
            || m.per.is_some()
            || self.reading.quantity != Quantity::Count
            || !(self.reading.value > 0.0 && self.reading.value < 1000.0)
        {
            return None;
        }
        let digits = self.text.get(m.start..m.end)?;
        if !digits.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            return None;
        }
        // A noun of its own (`22 families`) is no shared scale.
        let next = self
            .text
            .get(m.end..self.claim.sentence.end)
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .unwrap_or("");
        let starts_word = self
            .text
            .get(m.end..)
            .is_some_and(|t| t.trim_start().starts_with(|c: char| c.is_alphanumeric()));
        if starts_word && !SCALE_FOLLOWERS.iter().any(|w| next.eq_ignore_ascii_case(w)) {
            return None;
        }
        // The nearest other count of the sentence, a few words away, written with a scale.
        let near = |c: &&Claim| {
            let gap = if c.mention.start >= m.end {
                c.mention.start - m.end
            } else {
                m.start.saturating_sub(c.mention.end)
            };
            c.mention != *m && gap <= SCALE_REACH
        };
        let scale = self.sentence_claims().filter(near).find_map(|c| {
            let written = self.text.get(c.mention.start..c.mention.end)?;
            let word = written
                .rsplit(|ch: char| !ch.is_ascii_alphabetic())
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            let scale = match word.as_str() {
                "million" | "m" | "mn" => 1e6,
                "billion" | "bn" => 1e9,
                _ => return None,
            };
            (c.mention.kind == crate::extract::Kind::Count
                && c.mention.value.is_some_and(|v| v >= scale))
            .then_some(scale)
        })?;
        let scaled = Reading {
            quantity: Quantity::Count,
            value: self.reading.value * scale,
            low: self.reading.low * scale,
            high: self.reading.high * scale,
        };
        if self.claim.denied || self.claim.hypothetical {
            return None;
        }
        // The noun the number shares with the count (`people`) is no noun of its own here.
        let mut named = self.ev.figures(Bind::None, Bind::Focus, true);
        let f = named.find(|&f| {
            let figure = self.figure(f);
            figure.quantity == Quantity::Count
                && figure.unit.is_none()
                && self.visible(f)
                && self.successor(f).is_none()
                && self.same_ages(f)
                && fit::scope(self.claim, figure) != Fit::Mismatch
                && self.placed(f)
                && scaled.meets(self.bounds(f))
        })?;
        self.agreeing(f, scaled.value)
    }

    /// `50 million people are either held as forced labourers or given into forced marriages`,
    /// `Of the 50 million affected, 28 million suffer forced labour, while 22 million face forced
    /// marriage`: a count in a sentence that names both parts of modern slavery apart may be
    /// their sum; a share (`one in every 150 people is in forced labour or forced marriage`) may
    /// be of it. The current modern-slavery figure it agrees with agrees. Only ever an agreement.
    fn both_parts_agreement(&self) -> Option<usize> {
        if !matches!(self.reading.quantity, Quantity::Count | Quantity::Share)
            || self.claim.denied
            || self.claim.hypothetical
        {
            return None;
        }
        let lower = self.lower_sentence();
        let labour = ["forced labo", "forced to work"]
            .iter()
            .any(|w| lower.contains(w));
        let marriage = ["forced marriage", "forced into marriage", "forced to marry"]
            .iter()
            .any(|w| lower.contains(w));
        if !(labour && marriage) {
            return None;
        }
        (0..self.table.figures.len()).find(|&f| {
            let figure = self.figure(f);
            // A count, or a share such as the prevalence (`one in every 150 people is in forced
            // labour, forced marriage …`).
            figure.quantity == self.reading.quantity
                && figure.unit.is_none()
                && figure
                    .population
                    .iter()
                    .any(|p| p == "forced labour and forced marriage")
                && self.successor(f).is_none()
                && self.agrees_quietly(f)
        })
    }

    /// `She puts the profits at $236 billion a year. That is 37 percent more than in 2014.`,
    /// `… 27.6 million people in forced labour. 6.3 million of them …`: a sentence that names
    /// no population of its own may go on about the report the sentence before agreed with. A
    /// current figure of that report (same title and date) that the value agrees with, in the
    /// claim's place, agrees. Only ever an agreement, within one paragraph, a sentence or two on.
    fn carried_agreement(&self) -> Option<usize> {
        let (prev, sentence) = self.carried.as_ref()?;
        if self.claim.denied || self.claim.hypothetical || *sentence == self.claim.sentence {
            return None;
        }
        // The very next sentence: one between may have moved on (`12,248 victims registered in
        // the EU … Most victims were non-EU citizens (54 per cent)`).
        // Across a blank line only when the paragraph opens by pointing back (`That is …`).
        let gap = self.text.get(sentence.end..self.claim.sentence.start)?;
        if !gap.trim().is_empty()
            || (blank_line(gap) && !crate::claim::refers_back(self.text, self.claim.sentence.start))
        {
            return None;
        }
        // A ratio in passing (`twice her age`) is seldom the report's; a place the sentence
        // names (`the Americas (both at 3.5 per 1,000)`) is not the world.
        if matches!(self.reading.quantity, Quantity::Multiplier | Quantity::Rank) {
            return None;
        }
        // `more than half` of something unnamed meets too many of a report's shares.
        if self.reading.quantity == Quantity::Share && self.reading.high - self.reading.low > 0.2 {
            return None;
        }
        let report = self.figure(*prev);
        // A population the sentence names itself is what the number counts.
        let own: Vec<&evidence::PopulationTerm<'a>> = self
            .ev
            .populations
            .iter()
            .filter(|p| p.bind >= Bind::Sentence && p.specific)
            .collect();
        (0..self.table.figures.len()).find(|&f| {
            let figure = self.figure(f);
            figure.source.title == report.source.title
                && figure.published == report.published
                && own.iter().all(|p| p.owners.contains(&f))
                && if figure.scope == "global" {
                    self.claim.scope.as_deref().is_none_or(|p| p == "global")
                } else {
                    fit::scope(self.claim, figure) == Fit::Match
                }
                && self.successor(f).is_none()
                && self.agrees_quietly(f)
        })
    }

    /// `an increase of 37%, or $64 billion`: two numbers of one sentence that agree with two
    /// figures of one report on one population (a change in per cent and in money, a total and
    /// its share) restate that report, though the sentence leaves what they measure to the one
    /// before (`The tally for 2021 …`). Only ever an agreement, and only when the sentence or
    /// its paragraph names the population.
    fn paired_agreement(&self) -> Option<Finding> {
        if self.claim.denied || self.claim.hypothetical {
            return None;
        }
        let reading_of = |c: &Claim| match c.change_verb {
            Some(sign) => bounds::as_change(&c.mention, sign).or_else(|| read(&c.mention)),
            None => read(&c.mention),
        };
        let others: Vec<Reading> = self
            .sentence_claims()
            .filter(|c| c.mention != self.claim.mention)
            .filter_map(reading_of)
            .collect();
        if others.is_empty() {
            return None;
        }
        // This number as written, and as a change when the sentence says it is one.
        let own = [
            Some(self.reading),
            self.change_sign()
                .and_then(|sign| bounds::as_change(&self.claim.mention, sign)),
        ];
        let fits = |r: &Reading, f: usize| {
            self.figure(f).quantity == r.quantity && r.meets(self.bounds(f))
        };
        for reading in own.iter().flatten() {
            let found = self
                .ev
                .figures(Bind::None, Bind::Paragraph, true)
                .find(|&f| {
                    let figure = self.figure(f);
                    fits(reading, f)
                        && self.visible(f)
                        && self.successor(f).is_none()
                        && self.same_unit(f)
                        // `a number that has doubled` is no share that doubled.
                        && self.same_base(f)
                        && self.table.figures.iter().enumerate().any(|(g, other)| {
                            g != f
                                && other.quantity != figure.quantity
                                && other.source.title == figure.source.title
                                && other.published == figure.published
                                && (other.population == figure.population
                                    || self.ev.populations.iter().any(|p| {
                                        p.specific && p.owners.contains(&f) && p.owners.contains(&g)
                                    }))
                                && other.scope == figure.scope
                                && others.iter().any(|r| fits(r, g))
                        })
                });
            if let Some(f) = found {
                return self.agreeing(f, reading.value);
            }
        }
        None
    }

    /// `Europe and Central Asia lead as forced labour profits reach $236bn`, `… up $64bn, with
    /// Europe top of the list`: a region the sentence names without placing the number in it
    /// (no `in`, `across`, `within`, `throughout` before it) need not be the number's; a global
    /// figure for what the sentence names, whose value is right and newest, agrees (only ever
    /// an agreement).
    fn scope_elsewhere_agreement(&self) -> Option<usize> {
        let place = self.claim.scope.as_deref()?;
        if place == "global" || self.claim.denied || self.claim.hypothetical {
            return None;
        }
        let lower = self.lower_sentence();
        let name = place.to_lowercase();
        let mut named = lower.match_indices(&name).peekable();
        named.peek()?;
        let placing = named.any(|(at, _)| {
            let before = lower.get(..at).unwrap_or("");
            let mut words = before
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty() && *w != "the");
            words.next_back().is_some_and(|w| {
                matches!(w, "in" | "across" | "within" | "throughout" | "for" | "of")
            })
        });
        if placing {
            return None;
        }
        self.ev
            .figures(Bind::Sentence, Bind::Sentence, true)
            .filter(|&f| self.figure(f).scope == "global")
            .find(|&f| self.agrees_now(f))
    }

    /// `138 million children around the world are still working`: reporters' loose words for
    /// the ILO and UNICEF's global child labour estimate, though the sentence names no child
    /// labour. The current global child labour count for the ages given, whose value the number
    /// states within its own precision and whose subject it names, agrees. Only ever an
    /// agreement.
    fn working_agreement(&self) -> Option<usize> {
        if !self.claim.working
            || self.claim.denied
            || self.claim.hypothetical
            || self.reading.quantity != Quantity::Count
            || self.claim.scope.as_deref().is_some_and(|p| p != "global")
        {
            return None;
        }
        self.ev
            .figures(Bind::Subject, Bind::None, false)
            .find(|&f| {
                let figure = self.figure(f);
                figure.quantity == Quantity::Count
                    && figure.scope == "global"
                    && fit::facts(figure).child_labour
                    && !self.counts_change(f)
                    && self.visible(f)
                    && self.successor(f).is_none()
                    && self.same_ages(f)
                    && self.agrees(f)
                    && bounds::tight(&self.reading, figure)
            })
    }

    /// `75 percent of the 40.3 million are women and girls`: a count with no noun of its own
    /// that a share right before it is taken of, stated to its figure's precision, is the total
    /// of a report whose share for the group the sentence names it is. The current total it
    /// agrees with agrees. Only ever an agreement.
    fn share_base_agreement(&self) -> Option<usize> {
        let m = &self.claim.mention;
        if self.reading.quantity != Quantity::Count
            || self.claim.subject.is_some()
            || self.claim.denied
            || self.claim.hypothetical
        {
            return None;
        }
        let share = self
            .sentence_claims()
            .take_while(|c| c.mention.end <= m.start)
            .last()?;
        let gap = self.text.get(share.mention.end..m.start)?.trim();
        if !matches!(
            bounds::quantity_of(share.mention.kind),
            Some(Quantity::Share)
        ) || !matches!(
            gap.to_ascii_lowercase().as_str(),
            "of" | "of the" | "of all" | "of all the" | "of these" | "of those"
        ) {
            return None;
        }
        (0..self.table.figures.len()).find(|&f| {
            let total = self.figure(f);
            total.quantity == Quantity::Count
                && total.scope == "global"
                && self.claim.scope.as_deref().is_none_or(|p| p == "global")
                && self.successor(f).is_none()
                && self.agrees_quietly(f)
                && bounds::tight(&self.reading, total)
                && self.ev.subjects.iter().any(|t| {
                    t.bind >= Bind::Sentence
                        && t.owners.iter().any(|&g| {
                            let part = self.figure(g);
                            g != f
                                && part.quantity == Quantity::Share
                                && part.population == total.population
                                && part.scope == total.scope
                                && part.published == total.published
                        })
                })
        })
    }

    /// `UNODC, Global Report on Trafficking in Persons 2024: 38%, children as a share of … (data for 2022)`.
    /// The same text for every claim: written once per table and kept (see [`kept::Kept`]).
    fn describe(&self, f: usize) -> std::borrow::Cow<'a, str> {
        match kept::Kept::of(self.table).and_then(|k| k.description(self.table, f)) {
            Some(kept) => std::borrow::Cow::Borrowed(kept),
            None => std::borrow::Cow::Owned(description(self.figure(f))),
        }
    }

    /// The finding for figure `f` with `value` as the claimed value, when it is an agreement:
    /// the cautious readings that may only ever agree end here.
    fn agreeing(&self, f: usize, value: f64) -> Option<Finding> {
        let mut out = self.settle(f, None);
        out.claimed = Some(value);
        (out.verdict == Verdict::Consistent).then_some(out)
    }

    /// The verdict for a value that agrees with figure `f` (`newer`: a newer edition the sentence
    /// chose not to quote, having named `f`'s years).
    /// The verdict for figure `f`, the one the claim agrees with (`newer`: the newest edition,
    /// when `f` is an older one). A count read per a base (`5.4 for every 1,000 people`) is
    /// given the table's rate per that base, when it holds one for the same estimate.
    fn settle(&self, f: usize, newer: Option<usize>) -> Finding {
        if let Some(g) = self.rate_form(f) {
            let mut out = self.settle_figure(g, newer);
            out.claimed = self.claim.mention.value;
            return out;
        }
        self.settle_figure(f, newer)
    }

    /// The rate figure per the claim's base (`per 1,000 people`) of the estimate that share
    /// figure `f` gives as a share (same population, place and edition, the same value scaled).
    fn rate_form(&self, f: usize) -> Option<usize> {
        let base = self.per_base?;
        let share = self.figure(f);
        if share.quantity != Quantity::Share {
            return None;
        }
        // `per 1,000 people`: the base with its thousands separated, as the table writes it.
        let digits = format!("{}", base as u64);
        let mut grouped = String::new();
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(d);
        }
        let per = format!("per {grouped} ");
        let scaled = share.central()? * base;
        (0..self.table.figures.len()).find(|&g| {
            let rate = self.figure(g);
            rate.quantity == Quantity::Rate
                && rate.unit.as_deref().is_some_and(|u| u.starts_with(&per))
                && rate.population == share.population
                && rate.scope == share.scope
                && rate.published == share.published
                && rate
                    .central()
                    .is_some_and(|v| (v - scaled).abs() <= 0.05 * v.abs())
        })
    }

    fn settle_figure(&self, f: usize, newer: Option<usize>) -> Finding {
        if let Some(why) = self.misreading(f).or_else(|| self.confused(f)) {
            // `60% of female victims are trafficked for sexual exploitation`: the share of girl
            // victims, which the sentence names, given to all female victims.
            if matches!(why, Mismatch::GroupAsBase(_))
                && let Some(g) = self.girls_share_named()
            {
                return self
                    .wrong_metric_finding(g, &Mismatch::Subject("female victims".to_string()));
            }
            return self.wrong_metric_finding(f, &why);
        }
        let figure = self.figure(f);
        if self.edition_fit(f) == Fit::Mismatch {
            let year = self.claim.edition.unwrap_or_default();
            return self.suggesting(
                Verdict::Misattributed,
                f,
                format!(
                    "{} is credited to the {year} edition, but it comes from {} ({}, published {})",
                    self.quoted, figure.source.title, figure.source.publisher, figure.published
                ),
            );
        }
        if fit::attribution(self.claim, figure) == Fit::Mismatch {
            let org = self.claim.attribution.as_deref().unwrap_or_default();
            return self.suggesting(
                Verdict::Misattributed,
                f,
                format!(
                    "{} is credited to {org}, but the figure is from {} ({})",
                    self.quoted, figure.source.publisher, figure.source.title
                ),
            );
        }
        if newer.is_none()
            && self.claim.period.is_none()
            && self.claim.edition.is_none()
            && let Some((_, last)) = fit::data_years(figure)
            && self.as_of.date.year - last >= STALE_YEARS
        {
            let mut out = self.suggesting(
                Verdict::Outdated,
                f,
                format!(
                    "{} agrees with {}, but those data are from {}, {} years before {} ({}), and the table has no newer edition",
                    self.quoted,
                    self.describe(f),
                    figure.period,
                    self.as_of.date.year - last,
                    self.as_of.date,
                    self.as_of.source.describe()
                ),
            );
            out.agrees_with = vec![f];
            return out;
        }
        // `more than 65%` of a group for a figure of 84%: a bound far below the share, which
        // says little about it.
        if let Some(central) = figure.central()
            && self.loose_lower_bound(central)
        {
            return self.finding(
                Verdict::Unverified,
                None,
                format!(
                    "{} is a lower bound well below {}, which it neither states nor contradicts",
                    self.quoted,
                    self.describe(f)
                ),
            );
        }
        let mut message = format!("{} agrees with {}", self.quoted, self.describe(f));
        message.push_str(&self.detected_note(f));
        if let Some(n) = newer.filter(|&n| n != f) {
            message.push_str(&format!(
                "; the sentence names those years, though a newer edition ({}) reports {}",
                self.figure(n).source.title,
                value_of(self.figure(n))
            ));
        }
        self.finding(Verdict::Consistent, Some(f), message)
    }

    /// True when figure `f` is a share of detected trafficking victims and the sentence names no
    /// trafficking.
    fn untold_detected_share(&self, f: usize) -> bool {
        let figure = self.figure(f);
        fit::basis(figure) == Some(Basis::Detected)
            && figure.quantity == Quantity::Share
            && !self.lower_sentence().contains("traffick")
    }

    /// True when the claim is a share given as a bound (`more than`, `at least`, `under`, `up
    /// to`) that a figure whose value is `central` keeps. A sum or count so given is the writer's
    /// own figure (`more than $32 billion a year`) and may still conflict.
    fn bound_kept(&self, central: f64) -> bool {
        use crate::extract::Hedge;
        if self.reading.quantity != Quantity::Share {
            return false;
        }
        match self.claim.mention.hedge {
            Some(Hedge::MoreThan | Hedge::AtLeast) => central >= self.reading.value,
            Some(Hedge::LessThan | Hedge::UpTo) => central <= self.reading.value,
            _ => false,
        }
    }

    /// True when the claim is a share given as a lower bound (`more than 65%`, `over
    /// two-thirds`) more than [`LOOSE_BOUND`] below a figure's share `central`.
    fn loose_lower_bound(&self, central: f64) -> bool {
        use crate::extract::Hedge;
        self.reading.quantity == Quantity::Share
            && matches!(
                self.claim.mention.hedge,
                Some(Hedge::MoreThan | Hedge::AtLeast)
            )
            && central > self.reading.value + LOOSE_BOUND
    }

    fn outdated(&self, older: &[usize], newest: usize) -> Finding {
        let editions: Vec<String> = older
            .iter()
            .map(|&f| {
                format!(
                    "{} in {}",
                    value_of(self.figure(f)),
                    self.figure(f).source.title
                )
            })
            .collect();
        let nf = self.figure(newest);
        let mut out = self.suggesting(
            Verdict::Outdated,
            newest,
            format!(
                "{} agrees with {} ({}), but the newest edition as of {} ({}), {}, reports {} (data for {})",
                self.quoted,
                if older.len() == 1 {
                    "an older edition"
                } else {
                    "older editions"
                },
                editions.join(", "),
                self.as_of.date,
                self.as_of.source.describe(),
                nf.source.title,
                value_of(nf),
                nf.period
            ),
        );
        if let Some(&first) = older.first()
            && fit::attribution(self.claim, self.figure(first)) == Fit::Mismatch
        {
            out.message.push_str(&format!(
                "; it is also credited to {}, but the figure is from {}",
                self.claim.attribution.as_deref().unwrap_or_default(),
                self.figure(first).source.publisher
            ));
        }
        if let Some(&first) = older.first() {
            out.message.push_str(&self.detected_note(first));
        }
        out.agrees_with = older.to_vec();
        out
    }

    /// `; the source counts detected victims only` when the figure does and the sentence does not
    /// say so.
    fn detected_note(&self, f: usize) -> String {
        if fit::basis(self.figure(f)) == Some(Basis::Detected)
            && self.claim.framing != Framing::Detected
        {
            "; note that the source counts victims detected by authorities, not all victims".into()
        } else {
            String::new()
        }
    }

    /// True when the sentence calls what it counts forced labour and never names child labour
    /// (nor working children, nor child workers).
    fn forced_not_child_labour(&self) -> bool {
        let s = self.lower_sentence();
        (s.contains("forced labour") || s.contains("forced labor") || s.contains("forced-labour"))
            && ![
                "child labo",
                "child-labo",
                "child work",
                "working children",
                "child marriage",
            ]
            .iter()
            .any(|t| s.contains(t))
    }

    /// How the sentence misreads a figure whose value it has right, if it does.
    fn misreading(&self, f: usize) -> Option<Mismatch> {
        let figure = self.figure(f);
        let claim = self.claim;
        if figure.quantity == Quantity::Share
            && self.reading.quantity == Quantity::Share
            && let Some(group) = self.group_base()
            && group_is_subject(&figure.metric, group)
        {
            return Some(Mismatch::GroupAsBase(group));
        }
        if claim.per_year && fit::timing(figure) == Some(Timing::Stock) {
            return Some(Mismatch::Yearly);
        }
        // A national survey counts working children apart from child labour (Punjab, Sindh);
        // the ILO and UNICEF's global estimate is what reporters call `children still working`.
        if claim.working && fit::facts(figure).child_labour && figure.scope != "global" {
            return Some(Mismatch::Working);
        }
        // `one in 10 children working in forced labour`: child labour's share, called forced
        // labour, by a sentence that never says child labour.
        if fit::facts(figure).child_labour && self.forced_not_child_labour() {
            return Some(Mismatch::ForcedLabour);
        }
        match fit::basis(figure) {
            Some(Basis::Detected)
                if claim.framing != Framing::Detected
                    && (claim.about_crime
                        || (figure.quantity == Quantity::Count
                            && claim.framing == Framing::Prevalence)) =>
            {
                Some(Mismatch::DetectedAsPrevalence)
            }
            Some(Basis::Estimated)
                if claim.framing == Framing::Detected
                    && matches!(figure.quantity, Quantity::Count | Quantity::Change) =>
            {
                Some(Mismatch::EstimatedAsDetected)
            }
            _ => None,
        }
    }

    /// A specific population word in the number's clause that names another measure of what the
    /// number counts: one of its figures has its subject named too.
    /// `This critical issue affects 27.6 million men, women and children`: a sentence that opens
    /// on the issue or crime its paragraph names, and names no population itself, speaks of the
    /// paragraph's, when that never names `f`'s.
    fn foreign_population(&self, f: usize) -> Option<&evidence::PopulationTerm<'a>> {
        let referred = || {
            self.ev
                .populations
                .iter()
                .all(|p| p.bind <= Bind::Paragraph)
                && !self.ev.populations.iter().any(|p| p.owners.contains(&f))
                && nonclaim::opens_on_the_issue(self.lower_sentence())
        };
        // A term that is the figure's own subject is no other population (`commercial sexual
        // exploitation accounts for 27% of victims` for the share whose subject it is).
        let own_subject = |term: &str| self.figure(f).subject.iter().any(|s| s == term);
        self.ev.populations.iter().find(|p| {
            p.specific
                && (p.bind >= Bind::Focus || (p.bind == Bind::Paragraph && referred()))
                && !p.owners.contains(&f)
                && !own_subject(p.term)
                && p.owners
                    .iter()
                    .any(|&g| self.ev.of(g).is_some_and(|s| s.subject >= Bind::Focus))
        })
    }

    /// True when some share figure of the population `term` names is tied to the number by
    /// its own subject words (`women and girls` of `trafficking victims`): the table holds the
    /// sentence's own measure, whatever the edition and the check date.
    fn own_share_held(&self, term: &evidence::PopulationTerm<'a>) -> bool {
        term.owners.iter().any(|&g| {
            self.figure(g).quantity == Quantity::Share
                && self.ev.named(g)
                && self.ev.of(g).is_some_and(|s| s.subject >= Bind::Subject)
        })
    }

    /// Figures the table says people confuse with `f` (both ways).
    fn confusable(&self, f: usize) -> impl Iterator<Item = usize> + '_ {
        let id = self.figure(f).id.as_str();
        let listed = self
            .figure(f)
            .confusable_with
            .iter()
            .filter_map(|c| self.table.position(c));
        let listing = self
            .table
            .figures
            .iter()
            .enumerate()
            .filter(move |(_, g)| g.confusable_with.iter().any(|c| c == id))
            .map(|(g, _)| g);
        listed.chain(listing)
    }

    /// A figure the table says people confuse with `f` whose value the number gives, of the
    /// same quantity and place, when the sentence names none of `f`'s own subject words: the
    /// number agrees with the look-alike rather than contradicting `f`.
    fn look_alike(&self, f: usize) -> Option<usize> {
        if self.ev.named(f) {
            return None;
        }
        self.confusable(f).find(|&g| {
            let figure = self.figure(g);
            figure.quantity == self.reading.quantity
                && self.agrees(g)
                && bounds::tight(&self.reading, figure)
                && self.visible(g)
                && self.same_unit(g)
                && self.same_base(g)
                && fit::scope(self.claim, figure) != Fit::Mismatch
        })
    }

    /// The sentence names what a figure confused with `f` counts (`17.3 million … in the private
    /// sector`, which is another figure's subject).
    fn confused(&self, f: usize) -> Option<Mismatch> {
        if self.ev.named(f) {
            return None;
        }
        for g in self.confusable(f) {
            if let Some(t) = self.ev.subjects.iter().find(|t| {
                t.specific
                    && t.bind >= Bind::Focus
                    && t.owners.contains(&g)
                    && !t.owners.contains(&f)
            }) {
                return Some(Mismatch::Confused(g, t.term.to_string()));
            }
        }
        None
    }

    /// The value belongs to a figure for another measure.
    fn wrong_metric(&self) -> Option<Finding> {
        let primary = self.reading;
        let alternative =
            bounds::alternative(&self.claim.mention).filter(|a| a.quantity != primary.quantity);
        // The value as written, without its hedge: `up to 80 percent` allows 71% but does not
        // state it, so it is no evidence that the writer took 71% from another measure.
        // Read only when some figure's bounds hold the number (a copy of the mention and a
        // reading per hedged claim were most of the time for none).
        let stated = std::cell::OnceCell::new();
        let stated = || {
            *stated.get_or_init(|| match self.claim.mention.hedge {
                Some(_) if self.claim.change_verb.is_none() => {
                    let mut plain = self.claim.mention.clone();
                    plain.hedge = None;
                    read(&plain).unwrap_or(primary)
                }
                _ => primary,
            })
        };
        let kept = kept::Kept::of(self.table);
        let others_own = std::cell::OnceCell::new();
        let others_own = || {
            others_own
                .get_or_init(|| {
                    self.ev
                        .populations
                        .iter()
                        .any(|p| p.specific && p.bind >= Bind::Focus)
                        .then(|| self.later_clause_terms())
                        .filter(|terms| !terms.is_empty())
                })
                .as_deref()
        };
        let judge = |f: usize, subject: Bind, population: Bind, partial: bool| {
            let figure = self.figure(f);
            // The cheap tests first (quantity, then value): most candidates fail them.
            let reading = if figure.quantity == primary.quantity {
                primary
            } else {
                alternative.filter(|a| a.quantity == figure.quantity)?
            };
            // The bounds of every figure are kept with the table: most candidates fail here.
            let bounds = kept
                .and_then(|k| k.bounds(self.table, f))
                .unwrap_or_else(|| figure_bounds(figure));
            if !reading.meets(bounds) {
                return None;
            }
            let as_written = if reading.quantity == primary.quantity {
                stated()
            } else {
                reading
            };
            if !bounds::tight(&as_written, figure) {
                return None;
            }
            if !self.visible(f) || !self.same_unit(f) {
                return None;
            }
            if fit::scope(self.claim, figure) == Fit::Mismatch {
                return None;
            }
            // A count or share from a country's own survey is that country's: it measures
            // nothing a global figure does, wrongly or not.
            if figure.scope == "global"
                && self.claim.scope.as_deref() != Some("global")
                && nonclaim::names_national_survey(self.sentence)
            {
                return None;
            }
            // `dropped by 12 million`: an amount of change is no level another figure holds.
            if figure.quantity == Quantity::Count
                && !self.counts_change(f)
                && self.amount_of_change()
            {
                return None;
            }
            // A population named only in another number's clause is that number's, when this
            // number's own clause names one (`27.6 million in forced labour and 17.3 million in
            // forced marriage`).
            let own = population >= Bind::Sentence
                && !(population < Bind::Focus
                    && others_own().is_some_and(|terms| self.named_for_another(f, terms)));
            // Whether the other population the sentence gives is named in the number's own
            // clause (`…, with 17.3 million in forced marriage`).
            let mut in_own_clause = false;
            let reason = if partial {
                Some(Mismatch::Subject(
                    self.claim.subject.clone().unwrap_or_default(),
                ))
            } else if reading.quantity != primary.quantity {
                Some(Mismatch::Quantity(primary.quantity))
            } else if !self.same_base(f) {
                Some(Mismatch::Base)
            } else if !self.same_ages(f) {
                let (a, b) = self.claim.ages.unwrap_or_default();
                Some(Mismatch::Ages(a, b))
            } else if !own
                && figure.quantity != Quantity::Money
                && !(figure.population.iter().any(|t| t == "modern slavery")
                    && self.names_slavery_parts())
                && let Some(p) = self.foreign_population(f)
            {
                // `70% of trafficking victims are women and girls`: the table holds that very
                // share for the population the sentence names (UNODC's), in some edition; the
                // value is weighed against it, not taken for another population's look-alike.
                if figure.quantity == Quantity::Share && self.own_share_held(p) {
                    return None;
                }
                in_own_clause = p.bind >= Bind::Focus;
                Some(Mismatch::Population(p.term.to_string()))
            } else {
                self.misreading(f).or_else(|| self.confused(f))
            };
            // A number only loosely tied to what a figure counts is said to misread it only
            // on evidence of its own: another age range, working children.
            // So is one part of a breakdown (`49.6 million in modern slavery, with 17.3 million
            // in forced marriage`) whose clause gives it another population, when the value is
            // another figure's to three significant digits: taken from that figure, not a
            // rounding of its own population's.
            let distinct_part = in_own_clause
                && subject >= Bind::Focus
                && figure.quantity == Quantity::Count
                && self.distinctive(f);
            if subject < Bind::Subject
                && !matches!(reason, Some(Mismatch::Ages(..) | Mismatch::Working))
                && !partial
                && !distinct_part
            {
                return None;
            }
            // The figure the number was taken from states that very number: prefer it to a
            // newer edition the hedge merely allows (`as many as 160 million` is the 2020
            // estimate, not the 2024 one of 138 million).
            let exact = figure.central().is_some_and(|v| {
                (v - reading.value).abs() <= 0.02 * v.abs().max(reading.value.abs())
            });
            let rank: Rank = [
                own,
                subject == Bind::Subject,
                fit::scope(self.claim, figure) != Fit::Mismatch,
                exact,
                self.successor(f).is_none(),
                reading.quantity == primary.quantity,
            ];
            reason.map(|why| (f, why, rank))
        };
        // Only a number firmly tied to what a figure counts is said to misread it. `judge`
        // takes only figures of the number's quantity or its alternative's whose bounds hold
        // it: the others are left out by the bounds index kept with the table before they are
        // read.
        let meeting = kept.map(|k| {
            let mut bits = k.meeting(self.table, &primary);
            if let Some(a) = &alternative {
                for (word, other) in bits.iter_mut().zip(k.meeting(self.table, a)) {
                    *word |= other;
                }
            }
            bits
        });
        let among = |i: usize| {
            meeting
                .as_ref()
                .map_or(u64::MAX, |bits| bits.get(i).copied().unwrap_or(0))
        };
        let found: Vec<(usize, Mismatch, Rank)> = self
            .ev
            .supports_among(Bind::Focus, Bind::None, false, among)
            .filter_map(|s| judge(s.figure, s.subject, s.population, false))
            .chain(self.partial_subjects().into_iter().filter_map(|f| {
                let population = self.ev.of(f).map_or(Bind::None, |s| s.population);
                judge(f, Bind::Focus, population, true)
            }))
            .collect();
        // The best-ranked candidate; the first in table order among equals.
        let mut best: Option<(usize, Mismatch, Rank)> = None;
        for candidate in found {
            if best.as_ref().is_none_or(|b| candidate.2 > b.2) {
                best = Some(candidate);
            }
        }
        best.map(|(f, why, _)| self.wrong_metric_finding(f, &why))
    }

    /// True when the number restates a figure whose subject words name what it counts, to three
    /// significant digits or more (`These 152 million children …`, `24.9 million people were
    /// trapped working …`) or with words only that figure's subject has (`more than 1000 court
    /// cases`): a figure quoted so exactly is on the topic, though its sentence names none of the
    /// topic's words.
    fn quotes_a_figure(&self) -> bool {
        matches!(self.reading.quantity, Quantity::Count | Quantity::Money)
            && self.claim.change_verb.is_none()
            && (0..self.table.figures.len()).any(|f| {
                let figure = self.figure(f);
                figure.quantity == self.reading.quantity
                    && self.visible(f)
                    && self.ev.of(f).is_some_and(|s| s.subject >= Bind::Focus)
                    && self.figure(f).central().is_some_and(|v| {
                        (v - self.claim.mention.value.unwrap_or(self.reading.value)).abs()
                            <= 1e-9 * v.abs().max(1.0)
                    })
                    // A round value needs words of the figure's own (`1000 court cases`), not
                    // ones any count of people has (`1,000 children`).
                    && (self.distinctive_value(f)
                        || self.ev.subjects.iter().any(|t| {
                            t.specific && t.bind >= Bind::Focus && t.owners.contains(&f)
                        }))
            })
    }

    /// True when the number is written to three significant digits or more (`17.3 million`,
    /// `2,354`) and figure `f` states that very value: a value copied, not a round one.
    fn distinctive(&self, f: usize) -> bool {
        self.claim.mention.hedge.is_none() && self.distinctive_value(f)
    }

    /// True when the number has three significant digits or more and figure `f` states that
    /// very value (a hedge allowed).
    fn distinctive_value(&self, f: usize) -> bool {
        let written = self
            .text
            .get(self.claim.mention.start..self.claim.mention.end)
            .unwrap_or_default();
        let value = self.claim.mention.value.unwrap_or(self.reading.value);
        significant_digits(written) >= 3
            && self
                .figure(f)
                .central()
                .is_some_and(|v| (v - value).abs() <= 1e-9 * v.abs().max(1.0))
    }

    /// Figures with the claim's population whose subject shares a word with the claim's subject
    /// (`women and children` and `women and girls`) without being named by it.
    fn partial_subjects(&self) -> Vec<usize> {
        let Some(subject) = self.claim.subject.as_deref().filter(|s| joins_two(s)) else {
            return Vec::new();
        };
        let words: Vec<&str> = subject
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 3)
            .collect();
        let said: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| !evidence::GENERIC.contains(w))
            .collect();
        if words.len() < 2 || said.is_empty() {
            return Vec::new();
        }
        self.ev
            .loosely_named(Bind::Sentence, Bind::Focus)
            .filter(|&f| {
                self.figure(f).subject.iter().any(|t| {
                    let words: Vec<&str> = t.split(' ').collect();
                    words.len() > 1 && said.iter().any(|w| words.contains(w))
                })
            })
            .collect()
    }

    fn wrong_metric_finding(&self, f: usize, why: &Mismatch) -> Finding {
        let figure = self.figure(f);
        let q = &self.quoted;
        let reason = match why {
            Mismatch::Quantity(Quantity::Share) => {
                "is a change in per cent, but the sentence makes it a share".to_string()
            }
            Mismatch::Quantity(Quantity::Change) => {
                "is a share, but the sentence makes it a change".to_string()
            }
            Mismatch::Quantity(other) => {
                format!("is not a {}, as the sentence makes it", other.as_str())
            }
            Mismatch::Base => match figure.of {
                Some(Quantity::Share) => {
                    "is the growth of a share, but the sentence makes it the growth of the number"
                        .to_string()
                }
                _ => "is the growth of a number, but the sentence makes it the growth of a share"
                    .to_string(),
            },
            Mismatch::Population(term) => {
                format!("is not a figure for “{term}”, as the sentence makes it")
            }
            Mismatch::Subject(said) => {
                format!("is not a figure for “{said}”, as the sentence makes it")
            }
            Mismatch::Confused(g, term) => format!(
                "leaves out part of what the sentence calls “{term}” ({}: {})",
                self.figure(*g).metric,
                value_of(self.figure(*g))
            ),
            Mismatch::Ages(a, b) => {
                format!("is for another age group than the one the sentence gives ({a} to {b})")
            }
            Mismatch::Working => {
                "counts child labour, which is not the same as working children".to_string()
            }
            Mismatch::ForcedLabour => {
                "counts child labour, most of which is not forced labour, as the sentence makes it"
                    .to_string()
            }
            Mismatch::Yearly => {
                "is a count on any given day, but the sentence makes it a number per year"
                    .to_string()
            }
            Mismatch::GroupAsBase(group) => format!(
                "is the share the {group} victims make of all the figure counts, but the sentence makes it a share of the {group} victims"
            ),
            Mismatch::DetectedAsPrevalence => "counts victims detected by authorities, which measures detection, but the sentence makes it how many people are trafficked".to_string(),
            Mismatch::EstimatedAsDetected => {
                "is a survey-based estimate, but the sentence makes it victims detected or identified"
                    .to_string()
            }
        };
        let message = format!(
            "{q} {reason}; the figure is {}: {} ({}, {})",
            value_of(figure),
            figure.metric,
            figure.source.publisher,
            figure.published_year()
        );
        self.suggesting(Verdict::WrongMetric, f, message)
    }

    /// The figures of `pool` a differing value is weighed against: those whose population the
    /// number's own clause names, when some are (`… in modern slavery, including 7.2 million in
    /// forced labour` is not about modern slavery); and no figure for a part of another figure
    /// of the pool whose own words the sentence does not name (`… in the private economy`): an
    /// unqualified number is about the whole.
    fn contested(&self, pool: &[usize]) -> Vec<usize> {
        let bind = |f: usize| self.ev.of(f).map_or(Bind::None, |s| s.population);
        let focus = pool.iter().any(|&f| bind(f) >= Bind::Focus);
        pool.iter()
            .copied()
            .filter(|&f| !focus || bind(f) >= Bind::Focus)
            .filter(|&g| !pool.iter().any(|&f| self.unnamed_part(g, f)))
            .collect()
    }

    /// True when figure `g` counts a part of what figure `f` counts (the same report, place,
    /// quantity and population; `f`'s subject words and more, and a smaller value) and the
    /// sentence names none of the words that set the part apart.
    fn unnamed_part(&self, g: usize, f: usize) -> bool {
        let (part, whole) = (self.figure(g), self.figure(f));
        // The cheap tests first: most pairs differ in quantity, size or the length of their
        // subject lists.
        if g == f || part.quantity != whole.quantity || whole.subject.len() >= part.subject.len() {
            return false;
        }
        let smaller = match (part.central(), whole.central()) {
            (Some(a), Some(b)) => a < b,
            _ => false,
        };
        smaller
            && part.published == whole.published
            && part.scope == whole.scope
            && part.source.title == whole.source.title
            && part.population == whole.population
            && whole.subject.iter().all(|t| part.subject.contains(t))
            && !self.counts_change(g)
            && !self.counts_change(f)
            && !self.ev.subjects.iter().any(|t| {
                t.specific
                    && t.bind >= Bind::Focus
                    && t.owners.contains(&g)
                    && !t.owners.contains(&f)
            })
    }

    /// The figure a differing value is compared with: the current edition nearest in value,
    /// preferring the claim's place (the world, when it names none).
    fn conflict_target(&self, pool: &[usize]) -> Option<usize> {
        let current: Vec<usize> = pool
            .iter()
            .copied()
            .filter(|&f| self.successor(f).is_none() && self.change_fits(f))
            .collect();
        let candidates = if current.is_empty() { pool } else { &current };
        let placed: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&f| match self.claim.scope {
                Some(_) => fit::scope(self.claim, self.figure(f)) == Fit::Match,
                None => self.figure(f).scope == "global",
            })
            .collect();
        self.closest(if placed.is_empty() {
            candidates
        } else {
            &placed
        })
    }

    /// Another figure the claim may be about, as near its value as `target` is: then it is not
    /// clear which measure the sentence means. Editions a newer report no longer gives, and
    /// figures named only by a general word when another is named by its own, do not count.
    fn rival(&self, pool: &[usize], target: usize) -> Option<usize> {
        let value = self.reading.value;
        let distance = |f: usize| {
            self.figure(f)
                .central()
                .map_or(f64::INFINITY, |v| (v - value).abs())
        };
        let specific = pool.iter().any(|&f| self.ev.named(f));
        let near = distance(target);
        pool.iter().copied().find(|&f| {
            f != target
                && self.successor(f).is_none()
                && self.change_fits(f)
                && self.newest(target) != self.newest(f)
                && self.newer_edition_without(f).is_none()
                && (!specific || self.ev.named(f))
                && match self.claim.scope {
                    Some(_) => fit::scope(self.claim, self.figure(f)) == Fit::Match,
                    None => {
                        self.figure(f).scope == "global" || self.figure(target).scope != "global"
                    }
                }
                && distance(f) < 2.0 * near
        })
    }

    /// False when figure `f` counts a rise or fall (`increase in the number of …`) and the
    /// number's clause says nothing of one.
    fn change_fits(&self, f: usize) -> bool {
        !self.counts_change(f) || self.claim.change_words
    }

    /// True when figure `f` counts a rise or fall (`increase in the number of …`).
    fn counts_change(&self, f: usize) -> bool {
        let metric = self.figure(f).metric.to_ascii_lowercase();
        [
            "increase",
            "fall",
            "decrease",
            "rise",
            "reduction",
            "change",
            "drop",
            "growth",
        ]
        .iter()
        .any(|w| metric.starts_with(w))
    }

    /// True when the claim's clause or its sentence speaks of a change in any words (`fell`,
    /// `more`, `since 2000`, `between 2000 and 2016`): a number in a sentence that does not is
    /// a level, never a rise or fall.
    fn speaks_of_change(&self) -> bool {
        self.claim.change_words
            || self.claim.change_verb.is_some()
            || self
                .lower_sentence()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| {
                    RISE_WORDS.contains(&w)
                        || FALL_WORDS.contains(&w)
                        || CHANGE_HINTS.contains(&w)
                        || w.starts_with("increas")
                        || w.starts_with("decreas")
                        || w.starts_with("declin")
                        || w.starts_with("reduc")
                })
    }

    /// True when the number is the level a rise or fall reached (`rose to 160 million`, `grew
    /// by 8.4 million to 160 million`), not the change itself.
    fn level_reached(&self) -> bool {
        // Most numbers do not follow `to`: look no further for them.
        if !self.follows_to() {
            return false;
        }
        let window = self.last_lower_words(self.claim.sentence.start..self.claim.mention.start, 12);
        // `follows_to` found the `to`: the last one, maybe before a hedge.
        let Some(to_at) = window.iter().rposition(|w| w == "to") else {
            return false;
        };
        window.get(..to_at).unwrap_or_default().iter().any(|w| {
            RISE_WORDS.contains(&w.as_str()) || FALL_WORDS.contains(&w.as_str()) || w == "up"
        })
    }

    /// True when the number has no noun of its own and `in` and one of figure `f`'s population
    /// terms follow it (`…, including 7.2 million in forced labour`): that population is what
    /// it counts, as firmly as a noun would say.
    fn population_follows(&self, f: usize) -> bool {
        if self.claim.subject_strong {
            return false;
        }
        let after = self
            .text
            .get(self.claim.mention.end..self.claim.sentence.end)
            .unwrap_or_default()
            .trim_start();
        let Some(rest) = after.strip_prefix("in ") else {
            return false;
        };
        let rest = rest.trim_start().to_lowercase();
        self.ev
            .populations
            .iter()
            .any(|p| p.specific && p.owners.contains(&f) && rest.starts_with(p.term))
    }

    /// True when the words that make other numbers frames do not make this one: a rank is no
    /// count of the places it ranks (`the No. 1 state`), and `every fifth girl`, which the
    /// extractor read as a share, is no denominator.
    fn frame_exempt(&self, start: usize) -> bool {
        match self.reading.quantity {
            Quantity::Rank => !self.tier(),
            Quantity::Share => self
                .sentence
                .get(..start)
                .and_then(|b| b.trim_end().rsplit(' ').next())
                .is_some_and(|w| w.eq_ignore_ascii_case("every")),
            _ => false,
        }
    }

    /// The claim's sentence, lower-cased once for every rule that reads it so.
    fn lower_sentence(&self) -> &str {
        self.lowered.get_or_init(|| self.sentence.to_lowercase())
    }

    /// True when the number is a tier of the US Trafficking in Persons report (`Tier 2`).
    fn tier(&self) -> bool {
        self.reading.quantity == Quantity::Rank
            && self
                .text
                .get(self.claim.sentence.start..self.claim.mention.start)
                .is_some_and(|before| {
                    let before = before.trim_end_matches(['‘', '\'', '"', '“']).trim_end();
                    before.len() >= 4
                        && before
                            .get(before.len() - 4..)
                            .is_some_and(|w| w.eq_ignore_ascii_case("tier"))
                })
    }

    /// The words of `text[range]` (see [`lower_words_back`]), last first.
    fn lower_words_back(&self, range: std::ops::Range<usize>) -> impl Iterator<Item = String> + '_ {
        lower_words_back(self.text.get(range).unwrap_or(""))
    }

    /// The last `n` words of `text[range]` (see [`lower_words_back`]), in text order.
    fn last_lower_words(&self, range: std::ops::Range<usize>, n: usize) -> Vec<String> {
        let mut words: Vec<String> = self.lower_words_back(range).take(n).collect();
        words.reverse();
        words
    }

    /// True when `to` comes right before the number, or before a hedge before it (`to just 8
    /// percent`): a cheap test before the words are read.
    fn follows_to(&self) -> bool {
        let hedge = [
            "just", "nearly", "almost", "about", "around", "some", "over",
        ];
        let head = self
            .text
            .get(self.claim.sentence.start..self.claim.mention.start)
            .unwrap_or("")
            .trim_end();
        let head = hedge
            .iter()
            .find_map(|h| head.strip_suffix(h).filter(|rest| rest.ends_with(' ')))
            .unwrap_or(head)
            .trim_end();
        head.ends_with(" to") || head.ends_with(" To")
    }

    /// True when the number is where a change started (`fell from 16% to 9.6%`, `going from
    /// 16% in 2000 to 9.6%`): `from` right before it (or before a hedge) and `to` and another
    /// number soon after it.
    fn former_from(&self) -> bool {
        let head = self
            .text
            .get(self.claim.sentence.start..self.claim.mention.start)
            .unwrap_or("")
            .trim_end();
        let head = [
            "about", "around", "some", "nearly", "almost", "over", "just",
        ]
        .iter()
        .find_map(|h| head.strip_suffix(h).filter(|rest| rest.ends_with(' ')))
        .unwrap_or(head)
        .trim_end();
        let from = head.len() >= 4
            && head
                .get(head.len() - 4..)
                .is_some_and(|w| w.eq_ignore_ascii_case("from"))
            && head
                .get(..head.len() - 4)
                .is_none_or(|b| b.is_empty() || b.ends_with(' '));
        if !from {
            return false;
        }
        let tail = self
            .text
            .get(self.claim.mention.end..self.claim.sentence.end)
            .unwrap_or("");
        let near = tail.get(..tail.len().min(40)).unwrap_or(tail);
        near.find(" to ").is_some_and(|at| {
            tail.get(at + 4..)
                .unwrap_or("")
                .chars()
                .take(12)
                .any(|c| c.is_ascii_digit())
        })
    }

    /// The figure among `candidates` whose value is nearest the claim's.
    fn closest(&self, candidates: &[usize]) -> Option<usize> {
        let value = self.reading.value;
        candidates.iter().copied().min_by(|&a, &b| {
            let d = |f: usize| {
                self.figure(f)
                    .central()
                    .map_or(f64::INFINITY, |v| (v - value).abs())
            };
            d(a).total_cmp(&d(b)).then(a.cmp(&b))
        })
    }

    /// A newer edition of the report `f` comes from, out by the check date, that the table holds
    /// (so the measure was not carried over, or not confirmed, in it).
    fn newer_edition_without(&self, f: usize) -> Option<&'a Figure> {
        let table = self.table;
        // Whether figure `g` is from a newer edition of `f`'s report: the same for every
        // claim, so worked out once per table (`kept`).
        let newer = |f: usize, g: usize| {
            let facts = |f: usize| {
                let figure = table.figures.get(f)?;
                Some(
                    fit::facts_kept(figure)
                        .copied()
                        .unwrap_or_else(|| fit::facts(figure)),
                )
            };
            let (Some(mine), Some(other)) = (facts(f), facts(g)) else {
                return false;
            };
            mine.edition.is_some_and(|year| {
                other.edition.is_some_and(|y| y > year) && other.series == mine.series
            })
        };
        let g = match kept::Kept::of(table).and_then(|k| k.newer(table, f, newer)) {
            Some(list) => list.iter().copied().find(|&g| self.out(g)),
            None => (0..table.figures.len()).find(|&g| newer(f, g) && self.out(g)),
        }?;
        Some(self.figure(g))
    }

    /// Why a value that differs from figure `f` may still not be a conflict, if anything.
    /// Why the years of the claim are not figure `f`'s although its period seems to fit: one
    /// year inside a count over several (`295 cases in 2022` against court cases adjudicated
    /// from 2012 to 2023), or the year a `since 2000, when …` clause puts the number in.
    /// True when the number is the amount of a rise or fall (`dropped by 12 million`, `an
    /// increase of 8.4 million`), not a level.
    fn amount_of_change(&self) -> bool {
        *self
            .change_amount
            .get_or_init(|| self.reads_as_amount_of_change())
    }

    /// [`Checker::amount_of_change`], read from the words before the number.
    fn reads_as_amount_of_change(&self) -> bool {
        let mut words = self
            .lower_words_back(self.claim.focus.start..self.claim.mention.start)
            .skip_while(|w| {
                matches!(
                    w.as_str(),
                    "some"
                        | "about"
                        | "nearly"
                        | "almost"
                        | "around"
                        | "an"
                        | "estimated"
                        | "over"
                        | "roughly"
                        | "approximately"
                        | "just"
                )
            });
        let (Some(link), Some(word)) = (words.next(), words.next()) else {
            return false;
        };
        let change = |w: &str| RISE_WORDS.contains(&w) || FALL_WORDS.contains(&w);
        match link.as_str() {
            "by" => change(&word) || words.next().is_some_and(|w| change(&w)),
            "of" => change(&word),
            _ => false,
        }
    }

    /// Why a rise or fall the sentence dates to one year (`by 2022`) is not figure `f`'s, a
    /// change over years that ended before or began after it.
    fn change_years_differ(&self, f: usize) -> Option<String> {
        let period = self.claim.period.as_ref()?;
        let year = period.from.filter(|_| period.from == period.to)?;
        let (first, last) = fit::data_years(self.figure(f))?;
        let after = self
            .text
            .get(self.claim.mention.end..self.claim.focus.end)?
            .to_ascii_lowercase();
        (self.counts_change(f)
            && first < last
            && !(first..=last).contains(&year)
            && year <= self.as_of.date.year
            && after.contains(&format!("by {year}")))
        .then(|| {
            format!(
                "the sentence dates the change to {year}; the figure's is over {}",
                self.figure(f).period
            )
        })
    }

    fn other_years(&self, f: usize) -> Option<String> {
        let figure = self.figure(f);
        let period = self.claim.period.as_ref()?;
        let (first, last) = fit::data_years(figure)?;
        // `rose by 28 per cent between 2022 and the following year`: a change that starts
        // outside the figure's span of years, or at its end, is another change.
        if (figure.quantity == Quantity::Change || self.counts_change(f))
            && first < last
            && let Some(from) = period.from
            && (from < first
                || from > last
                || (from != first
                    && (self
                        .lower_sentence()
                        .contains(&format!("between {from} and"))
                        || self.lower_sentence().contains(&format!("from {from} to")))))
        {
            return Some(format!(
                "the sentence's change starts in {from}; the figure's is over {}",
                figure.period
            ));
        }
        // `From 2000 to 2020, the number … dropped by 85.5 million`: a change over both years the
        // sentence names, ending in another year than the figure's span, is another change.
        if (figure.quantity == Quantity::Change || self.counts_change(f))
            && first < last
            && let (Some(from), Some(to)) = (period.from, period.to)
            && from < to
            && to != last
        {
            return Some(format!(
                "the sentence's change runs to {to}; the figure's is over {}",
                figure.period
            ));
        }
        if figure.quantity == Quantity::Count
            && figure.of.is_none()
            && last > first
            && period.from.is_some()
            && period.from == period.to
        {
            return Some(format!(
                "the sentence gives one year ({}); the figure counts the years {}",
                period.text, figure.period
            ));
        }
        let when = format!("{}, when", period.text.to_lowercase());
        if let Some(year) = period.from
            && !(first..=last).contains(&year)
            && self.lower_sentence().contains(&when)
        {
            return Some(format!(
                "the number is for {year}; the figure's data are for {}",
                figure.period
            ));
        }
        None
    }

    /// A subject in the number's clause that joins one of figure `f`'s own subjects with
    /// another group (`65 per cent were women and girls`, against a figure of girls alone), when
    /// the joined group is not itself a subject of `f`.
    fn wider_subject(&self, f: usize) -> Option<&'a str> {
        let own = &self.figure(f).subject;
        self.ev
            .subjects
            .iter()
            .filter(|s| s.bind >= Bind::Focus && !own.iter().any(|o| o == s.term))
            .find(|s| {
                let mut members = s.term.split([',', '&']).flat_map(|part| {
                    part.split(" and ")
                        .flat_map(|p| p.split(" or "))
                        .map(str::trim)
                        .map(|p| p.strip_prefix("and ").unwrap_or(p))
                });
                let joined =
                    s.term.contains(" and ") || s.term.contains(" or ") || s.term.contains('&');
                joined && members.any(|m| own.iter().any(|o| o == m))
            })
            .map(|s| s.term)
    }

    fn doubt(&self, f: usize) -> Option<String> {
        let figure = self.figure(f);
        // `over half of the people in forced marriage` for a figure of 84%: a share's bound that
        // the figure keeps, however far past it, understates it but does not contradict it.
        if let Some(central) = figure.central()
            && self.bound_kept(central)
        {
            return Some(format!(
                "the sentence gives a bound that the figure, {}, keeps",
                value_of(figure)
            ));
        }
        if let (Some(said), Some(is)) = (self.said_direction(), fit::direction(figure))
            && said != is
        {
            return Some(if is > 0 {
                "the sentence speaks of a fall; the figure is a rise".into()
            } else {
                "the sentence speaks of a rise; the figure is a fall".into()
            });
        }
        if figure.quantity == Quantity::Share
            && let Some(group) = self.share_base_group()
            && !figure
                .metric
                .split_once("share of")
                .is_some_and(|(_, base)| base.split(' ').any(|w| w == group))
        {
            return Some(format!(
                "the share is of {group} only; the figure's is of everyone it counts"
            ));
        }
        if figure.quantity == Quantity::Share
            && let Some(word) = self.other_measure()
            && !figure.metric.to_lowercase().contains(word)
        {
            return Some(format!(
                "the share seems to be of {word}, which the figure does not measure"
            ));
        }
        if let Some(why) = self.other_size(f) {
            return Some(why);
        }
        if let Some(wider) = self.wider_subject(f) {
            return Some(format!(
                "the number counts {wider}, a wider group than the figure's"
            ));
        }
        if let Some(form) = self.one_form()
            && !figure.metric.to_lowercase().contains(form.stem)
        {
            return Some(format!(
                "the number counts trafficking for {} only, which the figure does not single out",
                form.name
            ));
        }
        // `two-thirds` for 73%: a fraction in words is a rounding, and one this near the figure
        // may be the source's own (`over two-thirds`) with its hedge dropped.
        if figure.quantity == Quantity::Share
            && self.claim.mention.kind == crate::extract::Kind::Fraction
            && let Some(expected) = figure.central().filter(|v| *v > 0.0)
            && ((self.reading.value - expected) / expected).abs() <= 0.12
        {
            return Some("a fraction in words rounds, and this one is near the figure".into());
        }
        // `From 2011 to 2020, … male victims accounted for 10%`: a share over a span of years
        // is not the share of the figure's years.
        if let Some(Period {
            from: Some(from),
            to: Some(to),
            ..
        }) = self.claim.period.as_ref()
            && from != to
            && figure.quantity != Quantity::Change
            && fit::data_years(figure).is_some_and(|(a, b)| (a, b) != (*from, *to))
        {
            return Some(format!(
                "the sentence speaks of {from} to {to}, and the figure {}",
                fit::period_words(figure)
            ));
        }
        if figure.quantity == Quantity::Count && self.part_share_after() {
            return Some(
                "the count is given with its share of a whole, so it counts a part".into(),
            );
        }
        // The size of a report's sample (`court cases analysed for the report`) is rarely what
        // a sentence's `2,189 cases` counts: it may agree, but never conflict.
        if fit::facts(figure).court_sample {
            return Some("the figure is the size of the report's sample of court cases".into());
        }
        // `Trafficking spans 128 countries`: how many countries a report's data come from is
        // what a count of countries is only when the sentence speaks of the report or its data.
        if figure.metric.contains("the report covers") && !self.speaks_of_data() {
            return Some(
                "the figure counts the countries a report's data come from, and the sentence does not speak of a report or its data"
                    .into(),
            );
        }
        // `published = "2017"`: on a check date in 2017 the report may not have been out yet.
        if figure.published.len() == 4 && figure.published == self.as_of.date.year.to_string() {
            return Some(format!(
                "the table gives only the year the figure was published ({}), so it may not have been out by {}",
                figure.published, self.as_of.date
            ));
        }
        if self.ratio_after() {
            return Some("the number is one side of a ratio (`N for every …`), not a count".into());
        }
        // `fell from 16% to 9.6%`: the level a change started from, in a year the sentence
        // does not give as the figure's.
        if fit::period(self.claim, figure) != Fit::Match && self.former_from() {
            return Some("the number is the level a change started from, not the level now".into());
        }
        if figure.quantity == Quantity::Share
            && (self.of_those_before()
                || (self.of_the_bare_group() && self.claim.attribution.is_none()))
        {
            return Some("the share is of a group named in another sentence".into());
        }
        // `4.5 million workers … across the country`: one country's number, the country named
        // in another sentence.
        if figure.scope == "global"
            && self.claim.scope.is_none()
            && ONE_COUNTRY
                .iter()
                .any(|w| self.lower_sentence().contains(w))
        {
            return Some("the sentence speaks of one country, which it does not name".into());
        }
        if figure.scope == "global"
            && self.claim.scope.is_none()
            && self.claim.attribution.is_none()
        {
            let paragraph = crate::claim::paragraph(self.text, self.claim.sentence.start);
            // From the paragraph's first claim (claims come in the order of the text), not the
            // document's: a long document is not read again for each number.
            let from = self
                .claims
                .partition_point(|c| c.mention.start < paragraph.start);
            let placed_before = self
                .claims
                .get(from..)
                .unwrap_or_default()
                .iter()
                .take_while(|c| c.mention.start < self.claim.sentence.start)
                .any(|c| c.scope.as_deref().is_some_and(|s| s != "global"));
            if placed_before
                || nonclaim::names_national_body(self.text.get(paragraph).unwrap_or_default())
            {
                return Some(
                    "the paragraph is about one country or region, or cites its body, and the sentence names no global source"
                        .into(),
                );
            }
        }
        let s = self.ev.of(f)?;
        let claim = self.claim;
        if figure.quantity == Quantity::Money && self.other_trade() {
            return Some("the amount is of another illegal trade (drugs, arms)".into());
        }
        // `Tier 3`: the word before the number is what it ranks; `generates $150 billion`,
        // `a $150 billion industry`: what an amount counts is what is earned.
        let tied = s.subject >= Bind::Subject
            || self.tier()
            || (figure.quantity == Quantity::Money && self.earned())
            || self.population_follows(f);
        if !tied {
            return Some("the sentence does not tie the number to what the figure counts".into());
        }
        // `40.3 million slaves …; 25% are children and 75% are women and girls`: a share of a
        // total the sentence states exactly is of that total's population.
        let anchored = || self.anchored(f, &self.anchors());
        if (s.population < Bind::Sentence || (!s.specific && !self.ev.on_topic)) && !anchored() {
            return Some("the sentence does not name the population the figure counts".into());
        }
        if s.population < Bind::Focus && claim.focus != claim.sentence && !anchored() {
            return Some(
                "the population the figure counts is named in another part of the sentence".into(),
            );
        }
        if claim.local {
            return Some(
                "the number seems to be about one event, not a national or global statistic".into(),
            );
        }
        if claim.hypothetical {
            return Some("the sentence states a projection, target or condition".into());
        }
        match claim.scope.as_deref() {
            Some(place) if fit::scope(claim, figure) != Fit::Match => {
                return Some(format!("the table has no such figure for {place}"));
            }
            None if figure.scope != "global" => {
                return Some(format!(
                    "the figure is for {}, and the sentence does not say where",
                    figure.scope
                ));
            }
            _ => {}
        }
        if fit::period(claim, figure) == Fit::Mismatch {
            let p = claim.period.as_ref().map_or("", |p| p.text.as_str());
            return Some(format!("the table has no such figure for {p}"));
        }
        if let Some(why) = self.other_years(f) {
            return Some(why);
        }
        if self.edition_fit(f) == Fit::Mismatch {
            return Some(format!(
                "the sentence cites the {} edition, which the table does not hold",
                claim.edition.unwrap_or_default()
            ));
        }
        if claim.per_year && fit::timing(figure) == Some(Timing::Stock) {
            return Some(
                "the sentence gives a number per year; the figure is a count on any given day"
                    .into(),
            );
        }
        if fit::basis(figure) != Some(Basis::Detected) && claim.framing == Framing::Detected {
            return Some(
                "the sentence counts detected victims; the figure is an estimate of all".into(),
            );
        }
        // `children aged five to 11 …, who now account for just over half`: a share of one age
        // group, where the figure's share is of every age it covers.
        if !self.same_ages(f)
            || (figure.quantity == Quantity::Share
                && self.claim.ages.is_some()
                && self.fact(f).ages.is_none())
        {
            return Some("the sentence gives other ages than the figure's".into());
        }
        if fit::basis(figure) == Some(Basis::Detected)
            && claim.framing == Framing::Prevalence
            && figure.quantity != Quantity::Share
        {
            return Some(
                "the figure counts detected victims; the sentence may mean an estimate".into(),
            );
        }
        if claim.period.is_none()
            && claim.edition.is_none()
            && let Some((_, last)) = fit::data_years(figure)
            && self.as_of.date.year - last >= STALE_YEARS
        {
            return Some(format!(
                "the figure's data are from {}, too old to contradict a sentence that gives no year",
                figure.period
            ));
        }
        // A rank is given anew every year: a year on, the table's may no longer be the newest.
        if figure.quantity == Quantity::Rank
            && fit::period(claim, figure) != Fit::Match
            && self
                .fact(f)
                .latest
                .is_some_and(|d| day_number(self.as_of.date) - day_number(d) > 365)
        {
            return Some(format!(
                "the figure is the {} ranking, and the ranking is made anew every year",
                figure.period
            ));
        }
        if fit::period(claim, figure) != Fit::Match
            && let Some(newer) = self.newer_edition_without(f)
        {
            return Some(format!(
                "the figure is from {}, and the table's newer {} does not give this measure",
                figure.source.title, newer.source.title
            ));
        }
        None
    }

    /// Byte range `range` of the text, as offsets into the claim's sentence.
    /// True when the sentence speaks of a report, a study or their data (`the report covers
    /// 156 countries`, `data from 141 countries`).
    fn speaks_of_data(&self) -> bool {
        // Words, not parts of words: `incidents reported` speaks of no report.
        self.lower_sentence()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| {
                matches!(
                    w,
                    "report"
                        | "reports"
                        | "data"
                        | "dataset"
                        | "database"
                        | "study"
                        | "survey"
                        | "statistics"
                        | "covers"
                        | "covering"
                        | "covered"
                        | "compiled"
                        | "compiling"
                ) || w.starts_with("analys")
                    || w.starts_with("analyz")
            })
    }

    fn in_sentence(&self, range: &std::ops::Range<usize>) -> std::ops::Range<usize> {
        let start = self.claim.sentence.start;
        range.start.saturating_sub(start)..range.end.saturating_sub(start)
    }

    /// The words of the number's clause, lower-cased.
    fn focus_words(&self) -> impl Iterator<Item = std::borrow::Cow<'a, str>> + '_ {
        self.sentence
            .get(self.in_sentence(&self.claim.focus))
            .unwrap_or(self.sentence)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(lower)
    }

    /// Whether the words next to the number speak of a rise (+1) or a fall (-1): the nearest of
    /// the four words before it (`a decrease of over 22 million`), else of the three after it
    /// (`22 million fewer`).
    fn said_direction(&self) -> Option<i8> {
        // Only the few words next to the number are read, and lower-cased.
        fn to_words(text: &str) -> impl DoubleEndedIterator<Item = &str> {
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
        }
        let number = self.in_sentence(&(self.claim.mention.start..self.claim.mention.end));
        let before = to_words(self.sentence.get(..number.start).unwrap_or_default());
        let after = to_words(self.sentence.get(number.end..).unwrap_or_default());
        let sign = |w: &str| {
            let w = lower(w);
            if RISE_WORDS.contains(&&*w) {
                Some(1)
            } else if FALL_WORDS.contains(&&*w) {
                Some(-1)
            } else {
                None
            }
        };
        before
            .rev()
            .take(4)
            .find_map(sign)
            .or_else(|| after.take(3).find_map(sign))
            // `a fall in child trafficking of 31%`: the noun of change further back.
            .or(self.claim.change_verb)
    }

    /// True when an amount is what is earned: an earning verb before it (`generating an
    /// estimated $32 billion`, `traffickers profit $236 billion`) or a trade after it (`a $32
    /// billion per year business`), past hedges and `a year`.
    fn earned(&self) -> bool {
        const EARN: &[&str] = &[
            "generate",
            "generates",
            "generated",
            "generating",
            "earn",
            "earns",
            "earned",
            "earning",
            "make",
            "makes",
            "made",
            "making",
            "gross",
            "grosses",
            "grossed",
            "grossing",
            "reap",
            "reaps",
            "reaped",
            "reaping",
            "rakes",
            "raked",
            "raking",
            "profit",
            "worth",
            "yields",
            "yielding",
            "income",
            "revenue",
            "revenues",
        ];
        const TRADE: &[&str] = &[
            "industry",
            "business",
            "trade",
            "enterprise",
            "profit",
            "profits",
        ];
        // Words that may stand between the verb or the trade and the amount.
        const GAP: &[&str] = &[
            "a",
            "an",
            "in",
            "of",
            "estimated",
            "estimate",
            "roughly",
            "about",
            "around",
            "over",
            "more",
            "than",
            "nearly",
            "almost",
            "some",
            "approximately",
            "up",
            "to",
            "least",
            "at",
            "us",
            "usd",
            "per",
            "year",
            "total",
            "annually",
            "yearly",
            "annual",
            "each",
            "every",
            "dollar",
            "dollars",
            "worldwide",
            "global",
            "globally",
            "illegal",
            "illicit",
            "criminal",
            "criminals",
            "their",
            "handlers",
            "them",
            "traffickers",
        ];
        let number = self.in_sentence(&(self.claim.mention.start..self.claim.mention.end));
        let before = self
            .sentence
            .get(..number.start)
            .unwrap_or_default()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .rev()
            .take(6)
            .map(lower);
        fn found<'w>(
            mut words: impl Iterator<Item = std::borrow::Cow<'w, str>>,
            wanted: &[&str],
        ) -> bool {
            words
                .find(|w| !GAP.contains(&&**w))
                .is_some_and(|w| wanted.contains(&&*w))
        }
        found(before, EARN) || found(self.words_after().take(6).map(lower), TRADE)
    }

    /// True when the words between the sentence's previous number (or its start) and this one
    /// name the drug or arms trade (`… $150 billion — only drug trafficking, which rakes in
    /// $300 billion, earns more`): the amount is that trade's.
    fn other_trade_before(&self) -> bool {
        let from = self
            .sentence_claims()
            .map(|c| c.mention.end)
            .filter(|&end| end <= self.claim.mention.start)
            .max()
            .unwrap_or(self.claim.sentence.start);
        let before = self
            .text
            .get(from..self.claim.mention.start)
            .unwrap_or_default();
        // Most amounts follow no trade's name: settled from the sentence's phrase hits.
        if !names_other_trade(before) {
            return false;
        }
        // The trade, then a relative clause whose number this is (`drug trafficking, which
        // rakes in`); not `Human trafficking, like drug trafficking, generates …`.
        let words: Vec<&str> = before
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let Some(at) = words.iter().rposition(|w| {
            ["drug", "drugs", "narcotics", "arms", "weapons"]
                .iter()
                .any(|t| w.eq_ignore_ascii_case(t))
        }) else {
            return false;
        };
        words
            .get(at + 1..)
            .unwrap_or_default()
            .iter()
            .take(3)
            .any(|w| w.eq_ignore_ascii_case("which") || w.eq_ignore_ascii_case("that"))
    }

    /// True when the number's clause speaks of the drug or arms trade (`drug trafficking, which
    /// rakes in $300 billion`), not of trafficking in people.
    ///
    /// A trade the clause compares the number with (`behind only drugs and arms`, `second only
    /// to the arms trade`, `more than drug trafficking`) is not the number's own.
    fn other_trade(&self) -> bool {
        // Most clauses name no trade: settled from the sentence's phrase hits before the
        // words are read.
        let clause = self
            .sentence
            .get(self.in_sentence(&self.claim.focus))
            .unwrap_or(self.sentence);
        if !names_other_trade(clause) {
            return false;
        }
        let words: Vec<_> = self.focus_words().collect();
        words.iter().enumerate().any(|(i, w)| {
            matches!(
                &**w,
                "drug" | "drugs" | "narcotics" | "arms" | "weapons" | "wildlife"
            ) && !words
                .get(i.saturating_sub(5)..i)
                .unwrap_or_default()
                .iter()
                .any(|b| matches!(&**b, "behind" | "than" | "after" | "to" | "like" | "unlike"))
        })
    }

    /// The words of the sentence after the number, as written.
    fn words_after(&self) -> impl Iterator<Item = &'a str> {
        let end = self
            .in_sentence(&(self.claim.mention.start..self.claim.mention.end))
            .end;
        let sentence: &'a str = self.sentence;
        sentence
            .get(end..)
            .unwrap_or_default()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
    }

    /// The group a share is taken of, when the words after it name one (`71% of child
    /// trafficking victims`: `child`).
    fn share_base_group(&self) -> Option<&'static str> {
        let mut words = self.words_after().map(lower);
        if words.next().as_deref() != Some("of") {
            return None;
        }
        let first = words.find(|w| {
            !matches!(
                &**w,
                "all" | "the" | "detected" | "those" | "total" | "number" | "of" | "global"
            )
        })?;
        evidence::GROUPS.iter().copied().find(|g| *g == first)
    }

    /// The group of victims a share is taken of, named right after it (`90% of female victims`)
    /// or right before its bracket (`the majority of female victims (60%)`, `most female victims
    /// (60%)`): female victims
    /// only, the group whose shares the table holds the other way round.
    fn group_base(&self) -> Option<&'static str> {
        let female = |w: &str| matches!(w, "female" | "women");
        let after = self
            .share_base_group()
            .filter(|g| female(g))
            .is_some_and(|_| {
                let mut words = self.words_after().map(lower).skip(1);
                words.any(|w| w == "victims")
            });
        let before = || {
            let head = self
                .text
                .get(self.claim.sentence.start..self.claim.mention.start)
                .unwrap_or_default()
                .trim_end()
                .strip_suffix('(')?
                .trim_end()
                .to_lowercase();
            [
                " of female victims",
                " of women victims",
                "most female victims",
            ]
            .iter()
            .any(|end| head.ends_with(end))
            .then_some(())
        };
        (after || before().is_some()).then_some("female")
    }

    /// A current share of girl victims (`share of detected girl victims … for sexual
    /// exploitation`) whose population the sentence names and whose value agrees.
    fn girls_share_named(&self) -> Option<usize> {
        (0..self.table.figures.len()).find(|&g| {
            let figure = self.figure(g);
            figure.quantity == Quantity::Share
                && figure.metric.contains("share of detected girl victims")
                && self.visible(g)
                && self.successor(g).is_none()
                && self
                    .ev
                    .of(g)
                    .is_some_and(|s| s.population >= Bind::Sentence)
                && self.agrees(g)
        })
    }

    /// True when the sentence names both parts of modern slavery, however far apart
    /// (`held as forced labourers or given into forced marriages`).
    fn names_slavery_parts(&self) -> bool {
        let lower = self.lower_sentence();
        ["forced lab", "forced to work", "forced into lab"]
            .iter()
            .any(|w| lower.contains(w))
            && [
                "forced marri",
                "forced to marry",
                "forced into marri",
                "forcibly married",
            ]
            .iter()
            .any(|w| lower.contains(w))
    }

    /// Why a count or an amount cannot be a misquote of figure `f`: it is under a tenth or over
    /// ten times the figure (`15,000 people … in those services` against 40.3 million), so it
    /// counts something narrower or broader.
    fn other_size(&self, f: usize) -> Option<String> {
        let figure = self.figure(f);
        if !matches!(figure.quantity, Quantity::Count | Quantity::Money) {
            return None;
        }
        let expected = figure.central().filter(|v| *v > 0.0)?;
        let ratio = self.reading.value / expected;
        if ratio <= 0.0 || (0.1..=10.0).contains(&ratio) {
            return None;
        }
        Some(format!(
            "the number is {} the figure, so it seems to count something {}",
            if ratio < 1.0 {
                "under a tenth of"
            } else {
                "over ten times"
            },
            if ratio < 1.0 { "narrower" } else { "broader" }
        ))
    }

    /// True when a share under a whole follows the number in brackets in its clause
    /// (`11.4 million trafficked victims (55%)`), or opens an aside after it that says what it
    /// is a share of (`86.6 million child labourers — almost two-thirds of all child labourers
    /// — are in …`): the count is of a part of a whole.
    fn part_share_after(&self) -> bool {
        self.part_share_in_brackets() || self.part_share_aside()
    }

    /// `N … — almost two-thirds of all …`: a share of a whole opens an aside (after a dash, a
    /// bracket or a comma) within a few words after the number.
    fn part_share_aside(&self) -> bool {
        let end = self.claim.mention.end;
        self.sentence_claims().any(|c| {
            let Some(gap) = self.text.get(end..c.mention.start) else {
                return false;
            };
            let after = self
                .text
                .get(c.mention.end..self.claim.sentence.end)
                .unwrap_or_default();
            c.mention.start >= end
                && gap.len() <= 60
                && gap.contains(['—', '–', '(', ','])
                && !gap.contains(['.', ';', ':'])
                && read(&c.mention).is_some_and(|r| r.quantity == Quantity::Share && r.high < 0.95)
                && after.trim_start().starts_with("of ")
        })
    }

    fn part_share_in_brackets(&self) -> bool {
        let end = self
            .in_sentence(&(self.claim.mention.start..self.claim.mention.end))
            .end;
        let rest = self.sentence.get(end..).unwrap_or_default();
        let Some(open) = rest.find('(') else {
            return false;
        };
        let head = rest.get(..open).unwrap_or_default();
        if head.len() > 40 || head.contains([',', ';', ':', '.']) {
            return false;
        }
        let inside = rest.get(open + 1..).unwrap_or_default();
        let inside = inside
            .get(..inside.find(')').unwrap_or(0))
            .unwrap_or_default();
        let digits: String = inside
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let tail = inside.get(digits.len()..).unwrap_or_default().trim_start();
        let share =
            tail.starts_with('%') || tail.starts_with("per cent") || tail.starts_with("percent");
        share && digits.parse::<f64>().is_ok_and(|v| v > 0.0 && v < 95.0)
    }

    /// True when `for every` or `for each` follows the number in its clause (`four undetected
    /// victims for every victim detected`): the number is one side of a ratio.
    fn ratio_after(&self) -> bool {
        let end = self
            .in_sentence(&(self.claim.mention.start..self.claim.mention.end))
            .end;
        let rest = self.sentence.get(end..).unwrap_or_default();
        let clause = rest
            .find([',', ';', ':', '.', '('])
            .map_or(rest, |i| rest.get(..i).unwrap_or_default());
        let clause = clause.to_ascii_lowercase();
        clause.contains(" for every ") || clause.contains(" for each ")
    }

    /// True when the sentence opens with `Of these`, `Of them`, `Among them` and the like: a
    /// share after it is of a group another sentence names.
    fn of_those_before(&self) -> bool {
        let start = self
            .in_sentence(&(self.claim.mention.start..self.claim.mention.end))
            .start;
        let before = self.sentence.get(..start).unwrap_or_default();
        // The first two words, compared in any ASCII case (no lower-cased copies).
        let mut words = before
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        let (Some(first), Some(second)) = (words.next(), words.next()) else {
            return false;
        };
        ["of", "among", "amongst"]
            .iter()
            .any(|w| first.eq_ignore_ascii_case(w))
            && ["these", "them", "those", "whom"]
                .iter()
                .any(|w| second.eq_ignore_ascii_case(w))
    }

    /// True when the sentence counts victims in a register (`registered victims`, `victims
    /// registered`) and names no global report or the world.
    fn registered_victims(&self) -> bool {
        let lower = self.lower_sentence();
        // `potential victims` are those referred to a national mechanism (the UK's NRM, a
        // country's hotline), not the detected victims of UNODC's reports.
        (lower.contains("registered victims")
            || lower.contains("victims registered")
            || lower.contains("potential victims"))
            && !["unodc", "global", "world"]
                .iter()
                .any(|w| lower.contains(w))
    }

    /// True when the number is one sector's part in a breakdown by sector (`70 per cent of
    /// child labour is in agriculture, 20 per cent in services`, `Agriculture employs 70% of
    /// child labourers (97 million)`): a share, or a number in brackets, whose clause names a
    /// sector, in a sentence naming two, when no figure of its quantity that the sentence names
    /// is of that sector.
    fn sector_part(&self) -> bool {
        let sectors = |text: &str| SECTORS.iter().filter(|w| text.contains(*w)).count();
        // The cheap test first: the sentence is searched for its sectors only for a share or a
        // number in brackets.
        let span = self.in_sentence(&(self.claim.mention.start..self.claim.mention.end));
        let bracketed = self
            .sentence
            .get(..span.start)
            .is_some_and(|b| b.trim_end().ends_with('('));
        if self.reading.quantity != Quantity::Share && !bracketed {
            return false;
        }
        let lower = self.lower_sentence();
        if sectors(lower) < 2 {
            return false;
        }
        let stop = [',', ';', ':', '–', '—'];
        let before = self.sentence.get(..span.start).unwrap_or_default();
        let after = self.sentence.get(span.end..).unwrap_or_default();
        let start = before.rfind(stop).map_or(0, |at| at + 1);
        let end = span.end + after.find(stop).unwrap_or(after.len());
        let clause = self
            .sentence
            .get(start..end)
            .unwrap_or_default()
            .to_lowercase();
        let named: Vec<&str> = SECTORS
            .iter()
            .copied()
            .filter(|w| clause.contains(w))
            .collect();
        !named.is_empty()
            && !self
                .ev
                .figures(Bind::None, Bind::Sentence, true)
                .filter(|&f| self.figure(f).quantity == self.reading.quantity)
                .any(|f| {
                    let metric = self.figure(f).metric.to_lowercase();
                    named.iter().any(|w| metric.contains(w))
                })
    }

    /// True when the share is of places: `countries`, `nations` or `states` right after it, or
    /// after `of` (`one in 10 countries`, `two-thirds of the states`).
    fn of_places(&self) -> bool {
        let mut words = self
            .words_after()
            .map(str::to_ascii_lowercase)
            .skip_while(|w| matches!(w.as_str(), "of" | "the" | "all"));
        words.next().is_some_and(|w| {
            matches!(
                w.as_str(),
                "countries" | "nations" | "states" | "economies" | "territories" | "districts"
            )
        })
    }

    /// The current global yearly amount an amount earned on the topic agrees with, when the
    /// sentence leaves whose earnings they are to the paragraph (`It generates more than $150
    /// billion annually`, `a $150 billion worldwide industry`): amounts are few and distinctive.
    /// Only ever an agreement.
    fn yearly_amount_agreement(&self) -> Option<usize> {
        if self.reading.quantity != Quantity::Money
            || !self.ev.on_topic
            || self.claim.denied
            || self.claim.hypothetical
            || !(self.earned() || self.yearly())
            || self.other_trade()
        {
            return None;
        }
        (0..self.table.figures.len()).find(|&f| {
            let figure = self.figure(f);
            figure.quantity == Quantity::Money
                && figure.scope == "global"
                && figure.metric.ends_with("per year")
                && self.visible(f)
                && self.successor(f).is_none()
                && self.same_unit(f)
                && fit::scope(self.claim, figure) != Fit::Mismatch
                && self.placed(f)
                && self.agrees(f)
        })
    }

    /// True when `a year`, `per year`, `annually` or the like follows the number within a few
    /// words: an amount by the year.
    fn yearly(&self) -> bool {
        let mut prev = std::borrow::Cow::Borrowed("");
        for w in self.words_after().take(5).map(lower) {
            if matches!(&*w, "annually" | "yearly" | "annum")
                || (w == "year" && matches!(&*prev, "a" | "per" | "every" | "each"))
            {
                return true;
            }
            prev = w;
        }
        false
    }

    /// True when a share is of `the victims` with nothing that says which (`70 percent of the
    /// victims are minors`): the victims another sentence spoke of.
    fn of_the_bare_group(&self) -> bool {
        let mut words = self.words_after().map(lower);
        words.next().as_deref() == Some("of")
            && words.next().as_deref() == Some("the")
            && words
                .next()
                .is_some_and(|w| matches!(&*w, "victims" | "children" | "survivors" | "people"))
            && words
                .next()
                .is_some_and(|w| matches!(&*w, "are" | "were" | "is" | "was"))
    }

    /// True when `of these`, `of those` or `of them` follows a number that opens its sentence
    /// (`Half of these children`): the share is of a group another sentence names.
    fn of_these_after(&self) -> bool {
        let at = self.in_sentence(&(self.claim.mention.start..self.claim.mention.end));
        // Only at the head of its sentence: later, `these` may be a group the sentence itself
        // has named (`40.3 million …, and one in four of those victims were children`).
        let opening = self.sentence.get(..at.start).unwrap_or_default();
        if opening.split_whitespace().count() > 2 {
            return false;
        }
        let mut words = self.words_after();
        words.next().is_some_and(|w| w.eq_ignore_ascii_case("of"))
            && words.next().is_some_and(|w| {
                ["these", "those", "them"]
                    .iter()
                    .any(|t| w.eq_ignore_ascii_case(t))
            })
    }

    /// A word in the number's clause or subject naming a measure no share in the table is of
    /// (`school attendance`, `the largest sector`): the share is of that, not of people.
    /// The form of exploitation the claim's subject narrows its count to (`detected cases of
    /// trafficking for sexual exploitation`), if any.
    fn one_form(&self) -> Option<&'static Form> {
        let subject = self.claim.subject.as_deref()?.to_lowercase();
        // `for {word}` anywhere in the subject: what follows each `for ` is compared, without
        // writing out `for {word}` for every word of every form.
        let after_for = || {
            subject
                .match_indices("for ")
                .map(|(at, _)| subject.get(at + 4..).unwrap_or_default())
        };
        FORMS.iter().find(|form| {
            form.words
                .iter()
                .any(|w| after_for().any(|rest| rest.starts_with(w)))
        })
    }

    fn other_measure(&self) -> Option<&'static str> {
        let subject = self
            .claim
            .subject
            .as_deref()
            .unwrap_or_default()
            .to_lowercase();
        let words: Vec<std::borrow::Cow<'_, str>> = self
            .focus_words()
            .chain(
                subject
                    .split(|c: char| !c.is_alphanumeric())
                    .map(std::borrow::Cow::Borrowed),
            )
            .collect();
        OTHER_MEASURES
            .iter()
            .copied()
            .find(|m| words.iter().any(|w| w == m))
    }

    fn conflict(&self, f: usize) -> Finding {
        let figure = self.figure(f);
        let mut out = self.suggesting(
            Verdict::Conflict,
            f,
            format!(
                "{} does not match {}: {} is {} ({}, data for {})",
                self.quoted,
                figure.source.publisher,
                figure.metric,
                value_of(figure),
                figure.source.title,
                figure.period
            ),
        );
        let (low, high) = figure_bounds(figure);
        // A rank is exact: `Tier 3` needs no band of values it stands for.
        if figure.quantity != Quantity::Rank && (self.reading.high < low || self.reading.low > high)
        {
            out.message.push_str(&format!(
                "; as written, {} stands for {}",
                self.quoted,
                self.range_words(figure)
            ));
        }
        out
    }

    /// The interval the claim's wording allows, in the figure's unit.
    fn range_words(&self, figure: &Figure) -> String {
        let q = figure.quantity;
        let unit = figure.unit.as_deref();
        let (lo, hi) = (self.reading.low, self.reading.high);
        if (hi - lo).abs() < 1e-12 {
            format::quantity(q, lo, unit)
        } else {
            format!(
                "{} to {}",
                format::quantity(q, lo.max(0.0), unit),
                format::quantity(q, hi, unit)
            )
        }
    }

    /// A current figure for what the number counts, its value right, when the sentence names no
    /// population at all.
    fn bare_agreement(&self) -> Option<usize> {
        if !self.ev.on_topic || !self.ev.populations.is_empty() {
            return None;
        }
        self.ev
            .figures(Bind::Subject, Bind::None, false)
            .filter(|&f| self.visible(f))
            .find(|&f| {
                self.figure(f).quantity == self.reading.quantity
                    && self.same_base(f)
                    && self.same_unit(f)
                    // `2 million children in the Philippines`: a place the figure is not for.
                    && fit::scope(self.claim, self.figure(f)) != Fit::Mismatch
                    && self.placed(f)
                    && self.successor(f).is_none()
                    && self.agrees(f)
            })
    }

    /// The current regional figure whose region is named right before the number's opening
    /// bracket (`Africa (3.8m)`, `the Americas ($52 billion)`) and whose population the sentence
    /// names, when the value agrees: a list of regions may follow a global total, so the
    /// sentence's own place says nothing about it. Only ever an agreement.
    fn bracketed_region(&self) -> Option<usize> {
        if self.claim.denied || self.claim.hypothetical {
            return None;
        }
        let before = self.text.get(..self.claim.mention.start)?.trim_end();
        let before = before.strip_suffix('(')?.trim_end();
        // A region's name and the word before it are all that is read: lower-casing the text
        // back to the document's start made a long list of bracketed numbers quadratic.
        let mut from = before.len().saturating_sub(REGION_WINDOW);
        while !before.is_char_boundary(from) {
            from -= 1;
        }
        let before = before.get(from..).unwrap_or_default().to_lowercase();
        // `sharper decreases registered in South Asia (56 per cent)`: a per-cent figure in a
        // list of falls or rises is a change.
        let change = (self.claim.mention.kind == crate::extract::Kind::Percent)
            .then(|| {
                let sign = self
                    .lower_words_back(self.claim.sentence.start..self.claim.mention.start)
                    .take(8)
                    .find_map(|w| {
                        let w = w.strip_suffix('s').unwrap_or(&w);
                        if RISE_WORDS.contains(&w) {
                            Some(1)
                        } else if FALL_WORDS.contains(&w) {
                            Some(-1)
                        } else {
                            None
                        }
                    })?;
                bounds::as_change(&self.claim.mention, sign)
            })
            .flatten();
        self.ev
            .figures(Bind::None, Bind::Sentence, true)
            .find(|&f| {
                let figure = self.figure(f);
                let reading = match change {
                    Some(c) if figure.quantity == Quantity::Change => c,
                    _ => self.reading,
                };
                let region = figure.scope.to_lowercase();
                let region = region.strip_prefix("the ").unwrap_or(&region);
                let named = before.strip_suffix(region).is_some_and(|rest| {
                    !rest.ends_with(|c: char| c.is_alphanumeric() || c == '-')
                        && !inside_larger_place(rest)
                });
                figure.scope != "global"
                    && named
                    && figure.quantity == reading.quantity
                    && self.visible(f)
                    && self.successor(f).is_none()
                    && self.same_base(f)
                    && self.same_unit(f)
                    && reading.meets(self.bounds(f))
            })
    }

    /// The current regional figure whose region the sentence names as the claim's place and
    /// whose population the sentence or its paragraph names, when a number with no noun of its
    /// own agrees with it (`Over half of them are in the Asia-Pacific region (15.1 million)`, `the
    /// Europe and Central Asia region follows with 4.1 million`, after
    /// a sentence on forced labour). Only ever an agreement.
    fn named_region(&self) -> Option<usize> {
        if self.own_noun() || self.claim.denied || self.claim.hypothetical || !self.ev.on_topic {
            return None;
        }
        let regional = self.regional?.get_or_init(|| {
            (0..self.table.figures.len())
                .filter(|&f| self.figure(f).scope != "global")
                .collect()
        });
        // The regions and their names, made once per table.
        let made;
        let regions = match kept::Kept::of(self.table) {
            Some(kept) => kept.regions(self.table),
            None => {
                made = kept::Regions::new(self.table);
                &made
            }
        };
        let before = self
            .text
            .get(self.claim.sentence.start..self.claim.mention.start)?;
        // Most sentences name no region at all.
        if !regions.may_name(before) {
            return None;
        }
        let before = before.to_lowercase();
        // A population the sentence names itself is what the number counts.
        let own: Vec<&evidence::PopulationTerm<'a>> = self
            .ev
            .populations
            .iter()
            .filter(|p| p.bind >= Bind::Sentence && p.specific)
            .collect();
        // The region named last before the number is the one it is given for. Each region is
        // looked for once, however many figures it has.
        let mut places: Vec<Option<Option<usize>>> = vec![None; regions.names.len()];
        let mut last = |f: usize| {
            let place = regions.of.get(f).copied().flatten()?;
            let slot = places.get_mut(place)?;
            *slot.get_or_insert_with(|| {
                regions
                    .names
                    .get(place)
                    .into_iter()
                    .flatten()
                    .filter_map(|name| last_place(&before, name))
                    .max()
            })
        };
        let at = regional.iter().filter_map(|&f| last(f)).max()?;
        regional.iter().copied().find(|&f| {
            last(f) == Some(at) && own.iter().all(|p| p.owners.contains(&f)) && self.agrees_now(f)
        })
    }

    /// The current figure for what the number's own noun counts (`24.9 million people`), of the
    /// same report as a figure whose population another clause of the sentence names, when the
    /// number's clause names no population and the value agrees (`24.9 million people were
    /// trapped working in factories …, while 15.4 million people were in marriages to which they
    /// had not consented`): the other clause's population is the other number's. Only ever an
    /// agreement.
    fn beside_other_clause(&self) -> Option<usize> {
        if self.claim.denied
            || self.claim.hypothetical
            // A general word (`of all victims`) names no population of the number's own.
            || self
                .ev
                .populations
                .iter()
                .any(|p| p.bind >= Bind::Focus && p.specific)
            || self
                .sentence_claims()
                .all(|c| c.mention == self.claim.mention)
        {
            return None;
        }
        let elsewhere: Vec<usize> = self
            .ev
            .populations
            .iter()
            .filter(|p| p.bind == Bind::Sentence && p.specific)
            .flat_map(|p| p.owners.iter().copied())
            .collect();
        if elsewhere.is_empty() {
            return None;
        }
        self.ev
            .figures(Bind::Subject, Bind::None, false)
            .filter(|f| !elsewhere.contains(f))
            .find(|&f| {
                let figure = self.figure(f);
                elsewhere.iter().any(|&g| {
                    let other = self.figure(g);
                    other.source.title == figure.source.title && other.published == figure.published
                }) && figure.scope == "global"
                    && self.claim.scope.as_deref().is_none_or(|p| p == "global")
                    && self.successor(f).is_none()
                    && self.agrees_quietly(f)
            })
    }

    /// True when the words right around the number make it a projection or a risk (`nine
    /// million children at risk of …`, `could rise to 46 million`, `8 million more could be
    /// pushed into …`), not a measured figure, whatever the rest of the sentence says. (Not
    /// `would`: reported speech uses it for what was measured, `said it would rise to 50 million`.)
    fn projected(&self) -> bool {
        // The sentence-wide cue holds every word read here (`could`, `risk`, `projected` …),
        // but for `threatens to`.
        if !self.claim.hypothetical && !self.sentence.contains("threaten") {
            return false;
        }
        let words = |range: std::ops::Range<usize>| -> Vec<String> {
            self.text
                .get(range)
                .unwrap_or("")
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        // Within the number's own stretch of the sentence, between commas, dashes or brackets.
        let stop = |c: char| matches!(c, ',' | ';' | '–' | '—' | '(' | ')');
        let (start, end) = (self.claim.mention.start, self.claim.mention.end);
        let tail = self.text.get(end..self.claim.sentence.end).unwrap_or("");
        let end = end + tail.find(stop).unwrap_or(tail.len());
        let head = self
            .text
            .get(self.claim.sentence.start..start)
            .unwrap_or("");
        let start = self.claim.sentence.start + head.rfind(stop).map_or(0, |at| at + 1);
        let after_all = words(self.claim.mention.end..end);
        let after = after_all.get(..after_all.len().min(5)).unwrap_or_default();
        let before = words(start..self.claim.mention.start);
        let before = before
            .get(before.len().saturating_sub(4)..)
            .unwrap_or_default();
        let modal = |w: &String| {
            matches!(
                w.as_str(),
                "could" | "might" | "projected" | "forecast" | "predicted"
            )
        };
        // `threatens to increase the number … by nine million`: anywhere before it in its clause.
        let whole_before = words(start..self.claim.mention.start);
        let threat = whole_before
            .windows(2)
            .any(|p| matches!(p, [w, to] if (w == "threatens" || w == "threaten") && to == "to"));
        if !self.claim.hypothetical {
            return threat;
        }
        // `estimates that nearly 25 million … could be victims of trafficking`: an estimate's
        // hedge of what is, not a projection.
        let estimated_victims = after_all
            .windows(3)
            .any(|p| matches!(p, [m, be, v] if modal(m) && be == "be" && v == "victims"))
            && whole_before.iter().any(|w| w.starts_with("estimat"))
            && !whole_before.iter().any(|w| w == "more");
        after.windows(2).any(|p| p == ["at", "risk"])
            || threat
            || after.iter().any(|w| w == "at-risk")
            || (after.iter().any(modal) && !estimated_victims)
            || before.iter().any(modal)
    }

    /// True when the words read as what the number counts hold a subject word of some figure
    /// (`12 million are children`); a verb read as the subject (`28 million suffer from forced
    /// labour`) is no noun of the number's own.
    fn own_noun(&self) -> bool {
        let Some(subject) = self.claim.subject.as_deref() else {
            return false;
        };
        // `140 survivors of trafficking`: a general word for people right after a count is its
        // noun, though no figure's subject term holds it.
        let people_after = self.reading.quantity == Quantity::Count
            && evidence::GENERIC.contains(&subject.split(' ').next().unwrap_or(""))
            && self.claim.subject_span.as_ref().is_some_and(|span| {
                self.text
                    .get(self.claim.mention.end..span.start)
                    .is_some_and(|gap| gap.trim().is_empty())
            });
        people_after
            || self
                .ev
                .subjects
                .iter()
                .any(|t| t.bind >= Bind::Focus && subject.contains(t.term))
    }

    /// The current figure the second number of `from X … to Y` agrees with when the sentence
    /// names the figure's subject and population (`forced criminality … from 1 percent of
    /// detected victims in 2016 to 8 percent in 2022`): Y shares what X measures. Only ever an
    /// agreement.
    fn range_end_agreement(&self) -> Option<usize> {
        if self.claim.denied || self.claim.hypothetical || !self.follows_to() {
            return None;
        }
        // Wide enough for X's own noun and year between (`from 1 per cent of the total victims
        // detected in 2016 to 6 per cent in 2018 and to 8 per cent`).
        let window = self.last_lower_words(self.claim.sentence.start..self.claim.mention.start, 24);
        let hedge = ["just", "nearly", "almost", "about", "around", "some"];
        let ends_with_to = match window.as_slice() {
            [.., to, word] if hedge.contains(&word.as_str()) => to == "to",
            [.., to] => to == "to",
            _ => false,
        };
        if !ends_with_to || !window.iter().any(|w| w == "from") {
            return None;
        }
        // The sentence's years belong to X; Y's own come after it (`to 8 percent in 2022`).
        let year_after = self
            .text
            .get(self.claim.mention.end..self.claim.sentence.end)
            .unwrap_or("")
            .split(|c: char| !c.is_ascii_digit())
            .find(|w| w.len() == 4)
            .and_then(|w| w.parse::<i32>().ok());
        self.ev
            .figures(Bind::Sentence, Bind::Sentence, false)
            .find(|&f| {
                self.figure(f).quantity == self.reading.quantity
                    && self.ev.subjects.iter().any(|t| {
                        t.owners.contains(&f) && !matches!(t.term, "victims" | "people" | "persons")
                    })
                    && self.visible(f)
                    // An older edition only for Y's own year (`to 6 per cent in 2018`).
                    && (self.successor(f).is_none() || year_after.is_some())
                    && self.same_base(f)
                    && self.same_unit(f)
                    && self.same_ages(f)
                    && fit::scope(self.claim, self.figure(f)) != Fit::Mismatch
                    && year_after.is_none_or(|y| {
                        fit::data_years(self.figure(f)).is_some_and(|(a, b)| (a..=b).contains(&y))
                    })
                    && self.placed(f)
                    && self.agrees(f)
            })
    }

    /// The direction of a per-cent figure that is a change though the extractor reads it as a
    /// share: `37% more in profits` (+1), `(37 per cent)` in brackets after an amount that
    /// `rose by` it.
    fn change_sign(&self) -> Option<i8> {
        if self.claim.mention.kind != crate::extract::Kind::Percent
            || self.claim.change_verb.is_some()
        {
            return None;
        }
        let lower = |range: std::ops::Range<usize>| self.last_lower_words(range, 4);
        let rest = self
            .text
            .get(self.claim.mention.end..self.claim.sentence.end)
            .unwrap_or("");
        let first = rest
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .map(str::to_lowercase);
        match first.as_deref() {
            Some("more" | "higher") => return Some(1),
            Some("less" | "lower" | "fewer") => return Some(-1),
            _ => {}
        }
        // `the increase is 43 per cent`: a noun of change names the number in its clause.
        let near = lower(self.claim.focus.start..self.claim.mention.start);
        if near.last().is_none_or(|w| w != "to") {
            let noun = |words: &[&str]| near.iter().any(|w| words.contains(&w.as_str()));
            // And a participle (`their numbers growing by 38%`).
            if noun(&[
                "increase",
                "rise",
                "growth",
                "jump",
                "surge",
                "growing",
                "rising",
                "increasing",
                "climbing",
            ]) {
                return Some(1);
            }
            if noun(&[
                "decrease",
                "decline",
                "fall",
                "drop",
                "reduction",
                "falling",
                "declining",
                "dropping",
                "decreasing",
            ]) {
                return Some(-1);
            }
        }
        // `risen by US$64 billion (37 per cent)`: the bracket restates the change before it.
        let head = self
            .text
            .get(self.claim.sentence.start..self.claim.mention.start)?
            .trim_end()
            .strip_suffix('(')?;
        let prev_end = self.claim.sentence.start + head.trim_end().len();
        let prev = self.sentence_claims().find(|c| c.mention.end == prev_end)?;
        let last = lower(self.claim.sentence.start..prev.mention.start);
        last.iter().rev().find_map(|w| {
            if RISE_WORDS.contains(&w.as_str()) || w == "up" {
                Some(1)
            } else if FALL_WORDS.contains(&w.as_str()) {
                Some(-1)
            } else {
                None
            }
        })
    }

    /// The current change figure a per-cent figure agrees with when read as a change (see
    /// [`Self::change_sign`]), the sentence naming the figure's subject and population. Only
    /// ever an agreement, reported with the number read as a change.
    fn as_change_agreement(&self) -> Option<Finding> {
        if self.claim.denied || self.claim.hypothetical {
            return None;
        }
        let sign = self.change_sign()?;
        let reading = bounds::as_change(&self.claim.mention, sign)?;
        let f = self
            .ev
            .figures(Bind::Sentence, Bind::Sentence, true)
            .find(|&f| {
                let figure = self.figure(f);
                figure.quantity == Quantity::Change
                    && self.visible(f)
                    && self.successor(f).is_none()
                    && self.same_base(f)
                    && fit::scope(self.claim, figure) != Fit::Mismatch
                    && fit::period(self.claim, figure) != Fit::Mismatch
                    && self.placed(f)
                    && reading.meets(self.bounds(f))
            })?;
        self.agreeing(f, reading.value)
    }

    /// The current figure a per-cent figure in brackets restates, right after a share in words
    /// (`more than half (50.4 per cent) of working children …`): the share's subject and
    /// population, which the sentence names, are its own. Only ever an agreement.
    fn restated_share(&self) -> Option<usize> {
        if self.reading.quantity != Quantity::Share || self.claim.denied || self.claim.hypothetical
        {
            return None;
        }
        let start = self.claim.mention.start;
        let restates = self.sentence_claims().any(|c| {
            c.mention.end <= start
                && self
                    .text
                    .get(c.mention.end..start)
                    .is_some_and(|between| between.trim() == "(")
        });
        if !restates {
            return None;
        }
        self.ev
            .figures(Bind::Sentence, Bind::Sentence, false)
            .find(|&f| {
                self.figure(f).quantity == Quantity::Share
                    && self.visible(f)
                    && self.successor(f).is_none()
                    && self.same_ages(f)
                    && fit::scope(self.claim, self.figure(f)) != Fit::Mismatch
                    && self.placed(f)
                    && self.agrees(f)
            })
    }

    /// `The number of child workers has increased. The rise – from 152 million to 160 million –
    /// came before the pandemic`: the two ends of a change, in a sentence that names nothing it
    /// counts, count what the sentence right before it in the paragraph says changed. Each end
    /// agrees with the edition of its own time: the earlier end with an older edition, the later
    /// with the current one. Only ever an agreement.
    fn change_carried_agreement(&self) -> Option<usize> {
        if self.claim.denied || self.claim.hypothetical || self.own_noun() {
            return None;
        }
        let earlier = self.former_from();
        let later = !earlier
            && self.follows_to()
            && self
                .last_lower_words(self.claim.sentence.start..self.claim.mention.start, 8)
                .iter()
                .any(|w| w == "from");
        if !earlier && !later {
            return None;
        }
        // The sentence names no population of its own (a subject word may be part of a name:
        // `United Nations`).
        if self
            .ev
            .populations
            .iter()
            .any(|p| p.specific && p.bind >= Bind::Sentence)
        {
            return None;
        }
        // The sentence before, in the same paragraph, says what changed.
        let para = crate::claim::block(self.text, self.claim.sentence.start);
        let before = crate::claim::sentence_before(self.text, self.claim.sentence.start)
            .filter(|b| b.start >= para.start)?;
        let lower = self.text.get(before)?.to_lowercase();
        let changed = [
            "increased",
            "rose",
            "risen",
            "grew",
            "grown",
            "fell",
            "fallen",
            "declined",
            "dropped",
            "decreased",
            "doubled",
            "went up",
            "went down",
        ]
        .iter()
        .any(|w| lower.contains(w));
        if !changed {
            return None;
        }
        // The specific populations it names (`child workers`), read here: rare enough.
        let hits = self.table.index().find(&lower);
        let owners: Vec<usize> = hits
            .iter()
            .filter(|h| !evidence::GENERIC.contains(&h.term))
            .flat_map(|h| h.populations.iter().copied())
            .collect();
        (0..self.table.figures.len()).find(|&f| {
            owners.contains(&f)
                && fit::scope(self.claim, self.figure(f)) != Fit::Mismatch
                && (self.successor(f).is_none() != earlier)
                && self.agrees_quietly(f)
        })
    }

    /// The older edition a former value with no noun of its own agrees with (`27.6 million in
    /// forced labour, up from 24.9 million five years ago`): it shares the noun and population
    /// of the number it is compared with, which the sentence names. Only ever an agreement.
    fn former_agreement(&self) -> Option<usize> {
        if !self.claim.past {
            return None;
        }
        self.quiet_candidates(Bind::Sentence)?
            .find(|&f| self.successor(f).is_some() && self.agrees_quietly(f))
    }

    /// `There are 21 million slaves in the world` on a day before any estimate of modern
    /// slavery in the table was out: the ILO's forced labour count was then the number given
    /// for slaves. The current global forced labour count it agrees with agrees. Only ever an
    /// agreement.
    fn slaves_before_estimates(&self) -> Option<usize> {
        if self.reading.quantity != Quantity::Count || self.claim.denied || self.claim.hypothetical
        {
            return None;
        }
        // Asked of each owner of each population term (dozens for `victims`): kept per table.
        let kept = kept::Kept::of(self.table);
        let slavery = |g: &usize| match kept {
            Some(kept) => kept.of_slavery(self.table, *g),
            None => self
                .figure(*g)
                .population
                .iter()
                .any(|t| t == "modern slavery"),
        };
        let mut terms = self
            .ev
            .populations
            .iter()
            .filter(|p| p.owners.iter().any(slavery));
        let named = terms.clone().any(|p| p.bind >= Bind::Sentence);
        if !named
            || terms.any(|p| {
                p.owners
                    .iter()
                    .filter(|g| slavery(g))
                    .any(|&g| self.visible(g))
            })
        {
            return None;
        }
        (0..self.table.figures.len()).find(|&f| {
            let figure = self.figure(f);
            figure.quantity == Quantity::Count
                && figure.scope == "global"
                && figure.population.iter().any(|t| t == "forced labour")
                && self.visible(f)
                && self.successor(f).is_none()
                && self.agrees(f)
        })
    }

    /// The figures whose population the sentence names specifically, at least as close as
    /// `bind`, for the cautious agreements of a number with no noun of its own; none when the
    /// number has one, or is denied or hypothetical.
    fn quiet_candidates(&self, bind: Bind) -> Option<impl Iterator<Item = usize> + '_> {
        if self.own_noun() || self.claim.denied || self.claim.hypothetical {
            return None;
        }
        Some(self.ev.figures(Bind::None, bind, true))
    }

    /// True when figure `f` measures what the number does (quantity, base, unit, ages), is the
    /// newest edition the check date lets the sentence quote, and agrees with the value.
    fn agrees_now(&self, f: usize) -> bool {
        self.figure(f).quantity == self.reading.quantity
            && self.visible(f)
            && self.same_base(f)
            && self.same_unit(f)
            && self.same_ages(f)
            && self.successor(f).is_none()
            && self.agrees(f)
    }

    /// True when figure `f` measures what the number does (quantity, base, unit, ages, place),
    /// may be quoted by the check date, and agrees with the value: the test of the cautious
    /// agreements, which never give a conflict.
    fn agrees_quietly(&self, f: usize) -> bool {
        self.figure(f).quantity == self.reading.quantity
            && self.visible(f)
            && self.same_base(f)
            && self.same_unit(f)
            && self.same_ages(f)
            && fit::scope(self.claim, self.figure(f)) != Fit::Mismatch
            && self.placed(f)
            && self.agrees(f)
    }

    /// `Two-thirds of the profits` where the source itself says `more than two-thirds (73%)`:
    /// a fraction in words, unhedged or hedged as the source hedges it, that the figure's own
    /// quote uses for it agrees, although its value is outside the fraction's band. Only ever
    /// an agreement.
    fn worded_as_source(&self, f: usize) -> Option<Finding> {
        let figure = self.figure(f);
        if self.claim.mention.kind != crate::extract::Kind::Fraction
            || figure.quantity != Quantity::Share
            || self.claim.denied
            || self.claim.hypothetical
            || self.successor(f).is_some()
        {
            return None;
        }
        let squeeze = |text: &str| -> String {
            text.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        };
        // A hedge must lean the figure's way (`nearly two-thirds` is not 73%).
        use crate::extract::Hedge;
        let above = figure.central()? > self.reading.value;
        let leans = match self.claim.mention.hedge {
            None | Some(Hedge::About) => true,
            Some(Hedge::MoreThan | Hedge::AtLeast) => above,
            Some(Hedge::Nearly | Hedge::LessThan | Hedge::UpTo) => !above,
        };
        if !leans {
            return None;
        }
        let said = squeeze(
            self.text
                .get(self.claim.mention.start..self.claim.mention.end)?,
        );
        (said.len() >= 4 && squeeze(&figure.source.quote).contains(&said))
            .then(|| self.settle(f, None))
            .filter(|out| out.verdict == Verdict::Consistent)
    }

    /// True when what the share is of is a region (`Africa accounts for 23% of all trafficking`):
    /// the table's shares are of groups of people.
    fn share_of_region(&self) -> bool {
        self.claim.subject.as_deref().is_some_and(fit::is_region)
    }

    /// True when one of figure `f`'s population terms follows the number in its clause; `after`
    /// is the clause after the number, lower-cased (once for every figure asked about).
    fn base_named(&self, f: usize, after: &str) -> bool {
        // The whole is named after `of` (`half of those in forced labour`); a population after
        // a verb is what the share is in (`47% were coerced into begging`), which is the
        // figure's only when its group is named too (`Among trafficked boys, …`): `more than
        // half are in commercial sexual exploitation` says nothing of women and girls.
        if !after.trim_start().starts_with("of ")
            && !self.ev.subjects.iter().any(|t| t.owners.contains(&f))
        {
            return false;
        }
        self.ev
            .populations
            .iter()
            .any(|p| p.owners.contains(&f) && after.contains(p.term))
    }

    /// The current figure the value agrees with when the number has no noun of its own but its
    /// clause names the figure's own population (`28 million were in forced labour and 22
    /// million were trapped in forced marriage`): the noun is shared with the clause before.
    /// Only ever an agreement; a different value stays unverified.
    fn clause_agreement(&self) -> Option<usize> {
        let after = std::cell::OnceCell::new();
        let after = || {
            after.get_or_init(|| {
                self.text
                    .get(self.claim.mention.end..self.claim.focus.end)
                    .unwrap_or("")
                    .to_lowercase()
            })
        };
        self.quiet_candidates(Bind::Focus)?
            // A share's population is the whole it is taken of, after it (`12 per cent of all
            // those in forced labour`); one before it (`forced labour …, more than half of the
            // global total`) may be anything's.
            // What the share counts must be named in the sentence, or left to a clause before
            // (`… children, and 12 per cent of all those in forced labour`): `Two-thirds of all
            // forced labour cases are linked to supply chains` is not the boys' share.
            .filter(|&f| {
                self.figure(f).quantity != Quantity::Share
                    || (self.base_named(f, after())
                        && !self.share_of_region()
                        && (self.ev.subjects.iter().any(|t| t.owners.contains(&f))
                            || self
                                .sentence_claims()
                                .any(|c| c.mention.end <= self.claim.mention.start)))
            })
            .find(|&f| self.successor(f).is_none() && self.agrees_quietly(f))
    }
}

/// The runs of letters and digits of `text`, lower-cased, last first: each is lower-cased only
/// when it is read (most rules read a few words before the number, not the whole sentence).
fn lower_words_back(text: &str) -> impl Iterator<Item = String> + '_ {
    text.rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Words for one country that the sentence does not name (`across the country`).
const ONE_COUNTRY: &[&str] = &[
    "the country",
    "this country",
    "our country",
    "nationwide",
    "the nation's",
    "across the nation",
];

/// The names a sentence may give a figure's place, in lower case: the table's name without `the`,
/// and reporters' names for the ILO's regions (`Asia-Pacific`, `Europe/Central Asia`).
fn region_names(scope: &str) -> impl Iterator<Item = String> + '_ {
    let own = scope.to_lowercase();
    let own = own.strip_prefix("the ").map_or(own.clone(), str::to_string);
    let others: &[&str] = match scope {
        "Asia and the Pacific" => &[
            "asia-pacific",
            "asia pacific",
            "asian-pacific",
            "asia and pacific",
        ],
        "Europe and Central Asia" => &["europe/central asia", "europe & central asia"],
        _ => &[],
    };
    std::iter::once(own).chain(others.iter().map(|o| (*o).to_string()))
}

/// True when `text` holds ` and ` or ` or ` (`women and children`): read from each space, as
/// most subjects hold few.
fn joins_two(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b' ', bytes).any(|at| {
        let rest = bytes.get(at..).unwrap_or_default();
        rest.starts_with(b" and ") || rest.starts_with(b" or ")
    })
}

/// Where `name` (lower case) last stands in `text` (lower case) as whole words, not as the end
/// of a larger place (`Sub-Saharan Africa`, `North Africa` are not Africa).
fn last_place(text: &str, name: &str) -> Option<usize> {
    text.match_indices(name)
        .filter(|&(at, _)| {
            let head = text.get(..at).unwrap_or("");
            let tail = text.get(at + name.len()..).unwrap_or("");
            !head.ends_with(|c: char| c.is_alphanumeric() || c == '-' || c == '/')
                && !tail.starts_with(|c: char| c.is_alphanumeric())
                && !inside_larger_place(head)
        })
        .map(|(at, _)| at)
        .last()
}

/// True when the last word of `head` (lower case) makes the place after it part of a larger
/// one: `North` Africa, `Sub-Saharan` Africa, `Central` Asia are not Africa or Asia.
fn inside_larger_place(head: &str) -> bool {
    let word = head
        .trim_end()
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '-'))
        .next()
        .unwrap_or("");
    matches!(
        word,
        "north"
            | "south"
            | "east"
            | "west"
            | "central"
            | "southern"
            | "northern"
            | "eastern"
            | "western"
            | "sub-saharan"
    )
}

/// How many bytes before a number's opening bracket [`Checker::bracketed_region`] reads for the
/// region's name and the word before it.
const REGION_WINDOW: usize = 256;

/// Sectors of the economy a breakdown of child or forced labour names, in lower case.
const SECTORS: &[&str] = &[
    "agricultur",
    "services",
    "service sector",
    "industry",
    "industrial",
    "manufacturing",
    "construction",
    "mining",
    "fishing",
    "domestic work",
    "hospitality",
];

/// Bytes between a bare number and the count whose scale it shares (`28 million … and 22`).
const SCALE_REACH: usize = 80;

/// Words after a bare number that leave its noun and scale to a count paragraphs (`and 22 in
/// forced marriages`, `while 22 were held`).
const SCALE_FOLLOWERS: &[&str] = &[
    "in", "into", "were", "are", "was", "is", "had", "have", "lived", "live", "living", "faced",
    "face", "suffer", "suffered", "held", "trapped", "forced", "made", "more",
];

/// True when `gap` holds a blank line: a new paragraph.
fn blank_line(gap: &str) -> bool {
    let mut lines = gap.split('\n');
    lines.next_back();
    lines.skip(1).any(|line| line.trim().is_empty())
}

/// Days after the check date within which a figure may already be quoted: reports go to the
/// press under embargo, and stories on them often appear a day or two before the release date
/// the table gives. A figure is `outdated`-making only once surely out (no grace there).
const GRACE_DAYS: i64 = 3;

/// How far (in shares of one) a share given as a lower bound (`more than 60%`) may lie below a
/// figure and still state it: ten points.
const LOOSE_BOUND: f64 = 0.1;

/// Days since 1970-01-01 of a calendar date (Howard Hinnant's days-from-civil algorithm).
fn day_number(date: Date) -> i64 {
    let (m, d) = (i64::from(date.month), i64::from(date.day));
    let y = i64::from(date.year) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Report series a sentence may name with a year, in lower case.
const SERIES: &[&str] = &[
    "global slavery index",
    "global report on trafficking",
    "trafficking in persons report",
    "global estimates of modern slavery",
    "child labour survey",
];

/// `word` lower-cased, borrowed when it already is (as most words of a sentence are).
fn lower(word: &str) -> std::borrow::Cow<'_, str> {
    if word
        .bytes()
        .all(|b| !b.is_ascii_uppercase() && b.is_ascii())
    {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    }
}

/// The drug and arms trades (and the wildlife trade), as [`Checker::other_trade`] and
/// [`Checker::other_trade_before`] name them: each of their words holds one of these.
pub(super) const OTHER_TRADES: &[&str] = &["drug", "narcotics", "arms", "weapons", "wildlife"];

/// True when `text` may name the drug, arms or wildlife trade: it holds one of
/// [`OTHER_TRADES`] in any ASCII case. Every word that lower-cases to a trade's word holds it so
/// (only the Kelvin sign and a capital I with a dot lower-case to ASCII letters: the words hold
/// no `k`, and the dotted I lower-cases to an `i` with a combining dot after it).
fn names_other_trade(text: &str) -> bool {
    static TRADES: phrases::PhraseSet = phrases::PhraseSet::new(OTHER_TRADES);
    TRADES.in_text(text)
}

/// Words that make a number a rise.
const RISE_WORDS: &[&str] = &[
    "increase",
    "increased",
    "increases",
    "rise",
    "rises",
    "rose",
    "risen",
    "grew",
    "grows",
    "grown",
    "growth",
    "jump",
    "jumped",
    "jumps",
    "surge",
    "surged",
    "surges",
    "soared",
    "soars",
    "climbed",
    "climbs",
];

/// Other words that may make a number a change, in a sentence that has no word of
/// [`RISE_WORDS`] or [`FALL_WORDS`].
const CHANGE_HINTS: &[&str] = &[
    "more",
    "less",
    "cut",
    "additional",
    "extra",
    "rising",
    "falling",
    "dropping",
    "lower",
    "higher",
    "since",
    "between",
    "from",
    "progress",
    "trend",
    "compared",
    "than",
    "up",
    "bringing",
    "brings",
    "brought",
    "added",
    "adding",
    "doubled",
    "halved",
    "tripled",
    "shrank",
    "shrunk",
    "slashed",
    "lifted",
    "freed",
];

/// Words that make a number a fall.
const FALL_WORDS: &[&str] = &[
    "decrease",
    "decreased",
    "decline",
    "declined",
    "fall",
    "falls",
    "fell",
    "fallen",
    "drop",
    "drops",
    "dropped",
    "fewer",
    "reduction",
    "reduced",
    "down",
];

/// A form of exploitation a count of victims may be narrowed to.
struct Form {
    /// Its name in messages.
    name: &'static str,
    /// The words after `for` that name it.
    words: &'static [&'static str],
    /// A stem a figure's metric names it by.
    stem: &'static str,
}

/// The forms of exploitation a trafficking count may be narrowed to (`… for sexual exploitation`).
const FORMS: &[Form] = &[
    Form {
        name: "sexual exploitation",
        words: &[
            "sexual exploitation",
            "sex",
            "prostitution",
            "commercial sex",
        ],
        stem: "sex",
    },
    Form {
        name: "forced labour",
        words: &[
            "forced labour",
            "forced labor",
            "labour exploitation",
            "labor exploitation",
            "labour",
            "labor",
        ],
        stem: "labo",
    },
    Form {
        name: "forced marriage",
        words: &["forced marriage", "marriage"],
        stem: "marriage",
    },
    Form {
        name: "begging",
        words: &["begging", "forced begging"],
        stem: "begging",
    },
    Form {
        name: "organ removal",
        words: &["organ removal", "the removal of organs", "organs"],
        stem: "organ",
    },
];

/// Measures a per-cent figure in a sentence on the topic can be of, which no share in the table
/// is: school attendance among working children, the sector with most child labour.
const OTHER_MEASURES: &[&str] = &[
    "attendance",
    "attend",
    "enrolment",
    "enrollment",
    "literacy",
    "schooling",
    "sector",
    "agriculture",
    "households",
    "unemployment",
    "poverty",
    "depression",
    "referrals",
    "decisions",
];

/// Data this many years older than the check date are outdated even with no newer edition.
pub const STALE_YEARS: i32 = 20;

/// `figure` with its source, value, measure and the years of its data, as the messages name it.
fn description(figure: &Figure) -> String {
    format!(
        "{}, {}: {}, {} (data for {})",
        figure.source.publisher,
        figure.source.title,
        value_of(figure),
        figure.metric,
        figure.period
    )
}

/// A figure's value as a reader would write it.
pub fn value_of(figure: &Figure) -> String {
    match (figure.value, figure.low, figure.high) {
        (Some(v), _, _) => format::quantity(figure.quantity, v, figure.unit.as_deref()),
        (None, Some(l), Some(h)) => format!(
            "{}–{}",
            format::quantity(figure.quantity, l, figure.unit.as_deref()),
            format::quantity(figure.quantity, h, figure.unit.as_deref())
        ),
        _ => "an unstated value".into(),
    }
}

/// True when a share figure's `metric` makes women and girls (the female victims) the part,
/// not the whole (`women and girls as a share of …`).
fn group_is_subject(metric: &str, group: &str) -> bool {
    group == "female"
        && metric
            .split_once(" as a share of")
            .is_some_and(|(part, _)| part.contains("women and girls") || part.contains("female"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn women_and_girls_are_the_part_of_a_share_only_when_the_metric_says_so() {
        assert!(group_is_subject(
            "women and girls as a share of detected victims trafficked for sexual exploitation",
            "female"
        ));
        assert!(!group_is_subject(
            "share of detected girl victims of trafficking who were trafficked for sexual exploitation",
            "female"
        ));
        assert!(!group_is_subject(
            "girls as a share of trafficking victims",
            "female"
        ));
    }

    #[test]
    fn a_trade_named_in_words_is_found_by_the_phrase_search() {
        let mut lines = crate::testing::fixture_lines();
        lines.extend(
            [
                "Drug trafficking, which rakes in $300 billion",
                "the ARMS trade and Narcotics",
                "illegal Wildlife and weapons sales",
                "no trade here",
            ]
            .map(str::to_string),
        );
        let mut named = 0;
        for line in &lines {
            let words = line
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(lower);
            let trade = words.into_iter().any(|w| {
                matches!(
                    &*w,
                    "drug" | "drugs" | "narcotics" | "arms" | "weapons" | "wildlife"
                )
            });
            assert!(!trade || names_other_trade(line), "{line}");
            named += usize::from(trade);
        }
        assert!(named >= 3, "{named}");
        assert!(!names_other_trade("no trade here"));
    }

    #[test]
    fn joins_two_is_a_search_for_and_or_or() {
        for text in [
            "",
            "women and girls",
            "men or boys",
            "andor",
            " and",
            "a and ",
            "x  or y",
            "sand or",
            "land",
            "victims",
        ] {
            let old = text.contains(" and ") || text.contains(" or ");
            assert_eq!(joins_two(text), old, "{text:?}");
        }
    }
    #[test]
    fn the_words_read_backwards_are_the_words_read_forwards_reversed() {
        let mut texts = vec![
            "rose by 8.4 million to 160 million".to_string(),
            "ÉTÉ café—KELVIN \u{212A}elvin İstanbul 2024's  -- x".to_string(),
        ];
        let mut files = vec![std::path::PathBuf::from("fixtures")];
        while let Some(path) = files.pop() {
            if path.is_dir() {
                files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                texts.extend(text.lines().map(String::from));
            }
        }
        for text in &texts {
            let forwards: Vec<String> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            let mut backwards: Vec<String> = lower_words_back(text).collect();
            backwards.reverse();
            assert_eq!(backwards, forwards, "{text:?}");
        }
    }

    use crate::claim::claims;
    use crate::extract::extract;

    fn at(date: &str) -> AsOf {
        AsOf::choose(Date::parse(date), None, Date::today())
    }

    fn verdicts_as_of(text: &str, date: &str) -> Vec<(String, &'static str, Option<String>)> {
        let table = Table::builtin().unwrap();
        let claims = claims(text, &extract(text));
        check(text, &claims, &table, at(date))
            .into_iter()
            .map(|f| {
                let m = &f.claim.mention;
                (
                    text[m.start..m.end].to_string(),
                    f.verdict.as_str(),
                    f.figure.map(|i| table.figures[i].id.clone()),
                )
            })
            .collect()
    }

    #[test]
    fn a_level_is_no_amount_of_change_unless_the_sentence_speaks_of_one() {
        let verdict = |text: &str| {
            let found = verdicts_as_of(text, "2022-01-01");
            found.into_iter().next().map(|(_, v, f)| (v, f))
        };
        assert_eq!(
            verdict("Some 94 million children are in child labour."),
            Some(("unverified", None))
        );
        let fall = Some((
            "consistent",
            Some("ilo-unicef-child-labour-2020-fall-2000-2016".to_string()),
        ));
        assert_eq!(
            verdict("Since 2000 child labour has been cut by 94 million."),
            fall
        );
        assert_eq!(
            verdict("Child labour fell by 94 million between 2000 and 2016."),
            fall
        );
    }

    #[test]
    fn a_region_is_found_last_and_whole_and_not_inside_a_larger_one() {
        let text = "asia and the pacific leads, then europe/central asia (";
        assert_eq!(last_place(text, "asia and the pacific"), Some(0));
        assert_eq!(last_place(text, "europe/central asia"), Some(33));
        // `asia` ends `central asia`, a larger place.
        assert_eq!(last_place("then europe/central asia (", "asia"), None);
        assert_eq!(last_place("in sub-saharan africa (", "africa"), None);
        assert_eq!(
            last_place("in north africa and in africa (", "africa"),
            Some(23)
        );
        assert_eq!(last_place("in africans (", "africa"), None);
        assert!(region_names("Asia and the Pacific").any(|n| n == "asia-pacific"));
        assert!(region_names("the Americas").any(|n| n == "americas"));
    }

    #[test]
    fn the_hits_the_gate_hands_on_give_the_findings_a_fresh_read_gives() {
        let table = Table::builtin().unwrap();
        let text = "Some 27.6 million people were in forced labour in 2021, the ILO said. \
                    The index rose 3%.\n\nChild marriage fell.\n- 59% in South Asia\n\n\
                    UNODC counted 69,627 victims of trafficking, 38% of them children.";
        let mentions = extract(text);
        let mut gate = Gate::new(&table);
        let claims = crate::claim::claims_in(text, &mentions, |s, w| gate.wants(text, s, w));
        assert!(gate.given.read.iter().any(|(_, hits)| !hits.is_empty()));
        let gated = check_gated(text, &claims, &table, at("2024-09-12"), gate);
        let fresh = check(text, &claims, &table, at("2024-09-12"));
        assert!(!fresh.is_empty());
        assert_eq!(format!("{gated:?}"), format!("{fresh:?}"));
    }

    #[test]
    fn a_figure_alone_above_its_caption_is_on_the_captions_topic() {
        let table = Table::builtin().unwrap();
        let text = "Figures to know\n\n\
                    93\n\n\
                    The number of people held in slavery for every 1,000 in one country.\n\n\
                    12\n\n\
                    The number of new parks the city opened.\n\n\
                    Share 40\n\n\
                    40.3 million\n\n\
                    The number of people in modern slavery around the world in 2016.";
        let found = document_findings(&table, text, "2019-06-01");
        let verdict = |number: &str| finding_at(&found, text, number, 0).map(|f| f.verdict);
        assert_eq!(verdict("93"), Some(Verdict::Unverified));
        // The caption says what the card counts.
        let card = finding_at(&found, text, "40.3 million", 0).unwrap();
        assert_eq!(card.verdict, Verdict::Consistent);
        assert_eq!(
            table.figures[card.figure.unwrap()].id,
            "ilo-gems-2017-totals-modern-slavery"
        );
        // A caption off the topic, and a line with words beside its number, give nothing.
        assert_eq!(verdict("12"), None);
        assert_eq!(verdict("40"), None);
        use crate::claim::stat_card;
        assert!(stat_card("$200.1") && stat_card("40.3 million") && stat_card("61%"));
        assert!(!stat_card("Share 40") && !stat_card("million"));
    }

    #[test]
    fn a_list_of_one_operations_results_gives_no_finding() {
        let table = Table::builtin().unwrap();
        let text = "Police ended a two-week trafficking sting across the state on Friday.\n\n\
                    What it found:\n\n\
                    140 trafficking victims located, 31 of them children\n\n\
                    85 suspected traffickers arrested\n\n\
                    Around the world, 27.6 million people are in forced labour.\n\n\
                    Key figures:\n\n\
                    12 million child victims of modern slavery";
        let found = document_findings(&table, text, "2024-09-12");
        let verdict = |number: &str| finding_at(&found, text, number, 0).map(|f| f.verdict);
        // The items under the operation's lead-in are what it found.
        assert_eq!(verdict("140"), None);
        assert_eq!(verdict("31"), None);
        assert_eq!(verdict("85"), None);
        // A list under a lead-in that names no operation is checked.
        assert_eq!(verdict("27.6 million"), Some(Verdict::Consistent));
        assert!(verdict("12 million").is_some());
    }

    #[test]
    fn items_set_a_paragraph_each_take_the_topic_of_their_lead_in() {
        let table = Table::builtin().unwrap();
        let text = "In 2022 the helpline dealt with 900 forced marriage cases. The countries \
                    with the most cases were:\n\n\
                    Nepal – 210 cases (23%).\n\n\
                    Yemen - 95 cases (11 per cent)\n\n\
                    Chad - 40 cases (4 per cent).";
        let found = document_findings(&table, text, "2024-09-12");
        let verdict = |number: &str| finding_at(&found, text, number, 0).map(|f| f.verdict);
        // Every item of the list under a lead-in on the topic is on it.
        for number in ["210", "23%", "95", "11 per cent", "40"] {
            assert_eq!(verdict(number), Some(Verdict::Unverified), "{number}");
        }
        // Items under a lead-in off the topic are not, nor is a line after a paragraph of prose
        // with no number (the list has ended), in a document whose prose is not on the topic
        // (2,000 bytes of prose around a paragraph on the topic would put a statistic on it).
        let text = "The council's budget grew last year. Its biggest items were:\n\n\
                    Roads – 210 contracts (23%).\n\n\
                    Parks – 95 contracts (11%).\n\n\
                    The mayor spoke of the roads in a speech.\n\n\
                    Schools - 40 pupils (4 per cent).";
        let found = document_findings(&table, text, "2024-09-12");
        for number in ["210", "23%", "95", "11%", "40"] {
            assert_eq!(finding_at(&found, text, number, 0), None, "{number}");
        }
    }

    #[test]
    fn every_number_of_a_long_list_takes_the_topic_of_its_lead_in() {
        let table = Table::builtin().unwrap();
        let mut text = String::from("Forced marriage cases handled in 2022, by country:");
        for (i, name) in ('A'..='T').enumerate() {
            text.push_str(&format!(
                "\n\nLand {name} – {} cases ({}%)",
                100 + i,
                30 + i
            ));
        }
        let found = document_findings(&table, &text, "2024-09-12");
        for i in 0..20 {
            for number in [format!("{}", 100 + i), format!("{}%", 30 + i)] {
                let finding = finding_at(&found, &text, &number, 0);
                assert_eq!(
                    finding.map(|f| f.verdict),
                    Some(Verdict::Unverified),
                    "{number}"
                );
            }
        }
    }

    #[test]
    fn an_abbreviation_defined_for_a_name_on_the_topic_names_it() {
        let table = Table::builtin().unwrap();
        // The abbreviations are used far below where they are defined: more than 2,000 bytes of
        // prose off the topic lie between, so only the abbreviation can put a number on it.
        let filler = "The harbour was busy all week and the ferries ran late again.\n\n".repeat(40);
        let text = format!(
            "The Forced Marriage Unit (FMU) and the Office of Road Safety (ORS) \
             published their yearly figures.\n\n{filler}\
             Between 2015 and 2020, the FMU gave support in 1,300 cases a year.\n\n{filler}\
             Between 2015 and 2020, the ORS counted 1,700 crashes a year.\n\n{filler}\
             The FMUSA club has 250 members."
        );
        let found = document_findings(&table, &text, "2024-09-12");
        let verdict = |number: &str| finding_at(&found, &text, number, 0).map(|f| f.verdict);
        assert_eq!(verdict("1,300"), Some(Verdict::Unverified));
        assert_eq!(verdict("1,700"), None);
        assert_eq!(verdict("250"), None);
    }

    #[test]
    fn a_fragment_is_read_with_the_sentence_it_finishes() {
        let table = Table::builtin().unwrap();
        let text = "Never have so many people lived in slavery as today.\n\n\
                    50 million to be exact.";
        let found = document_findings(&table, text, "2024-09-12");
        let first = finding_at(&found, text, "50 million", 0).unwrap();
        assert_eq!(first.verdict, Verdict::Consistent);
        assert_eq!(
            table.figures[first.figure.unwrap()].id,
            "ilo-gems-2022-modern-slavery-total"
        );
        let text = "The harbour handled a record tonnage.\n\n\
                    20 million to be exact.";
        let found = document_findings(&table, text, "2024-09-12");
        assert!(finding_at(&found, text, "20 million", 0).is_none());
    }

    /// The findings of `text` checked whole as of `date`, as a document is checked (the gate
    /// first, then the check).
    fn document_findings(table: &Table, text: &str, date: &str) -> Vec<Finding> {
        let mentions = extract(text);
        let mut gate = Gate::new(table);
        let claims = crate::claim::claims_in(text, &mentions, |s, w| gate.wants(text, s, w));
        check_gated(text, &claims, table, at(date), gate)
    }

    /// The finding on the `nth` occurrence of `number` in `text`, if any.
    fn finding_at<'f>(
        found: &'f [Finding],
        text: &str,
        number: &str,
        nth: usize,
    ) -> Option<&'f Finding> {
        let start = text.match_indices(number).nth(nth).unwrap().0;
        found.iter().find(|f| f.claim.mention.start == start)
    }

    #[test]
    fn significant_digits_leave_out_leading_and_trailing_zeros() {
        for (written, digits) in [
            ("17.3 million", 3),
            ("1,000", 1),
            ("1000", 1),
            ("1,025", 4),
            ("$370 million", 2),
            ("152 million", 3),
            ("0.50", 2),
            ("US$236 billion", 3),
        ] {
            assert_eq!(significant_digits(written), digits, "{written}");
        }
    }

    #[test]
    fn a_paragraph_on_an_organisation_named_on_the_topic_before_is_on_it() {
        let table = Table::builtin().unwrap();
        let text = "The Relief Trust runs a shelter for victims of modern slavery in Leeds.\n\n\
                    A new manager started in May.\n\n\
                    Last year the Relief Trust took in 412 women and 97 men.\n\n\
                    The county police rescued 23 men from a farm on Monday.\n\n\
                    Cases at the Human Trafficking Tribunal in Dhaka run for years.\n\n\
                    Since 2023 the tribunal has disposed of 528 cases.";
        let found = document_findings(&table, text, "2024-09-12");
        let verdict = |number: &str| finding_at(&found, text, number, 0).map(|f| f.verdict);
        assert_eq!(verdict("412"), Some(Verdict::Unverified));
        assert_eq!(verdict("97"), Some(Verdict::Unverified));
        assert_eq!(verdict("528"), Some(Verdict::Unverified));
        // One story's detail stays off the topic.
        assert_eq!(verdict("23"), None);
        // Past 2,000 bytes of prose off the topic (beyond the reach of a paragraph on it), a
        // paragraph is on the topic by the body it names again, and only by that.
        let filler = "The harbour was busy all week and the ferries ran late again. ".repeat(35);
        for (later, on_topic) in [
            ("Last year the Relief Trust took in 412 women.", true),
            ("Last year the harbour took in 412 ships.", false),
        ] {
            let text = format!(
                "The Relief Trust runs a shelter for victims of modern slavery in Leeds.\n\n\
                 {filler}\n\n{later}"
            );
            let found = document_findings(&table, &text, "2024-09-12");
            assert_eq!(
                finding_at(&found, &text, "412", 0).is_some(),
                on_topic,
                "{later}"
            );
        }
    }

    #[test]
    fn a_paragraph_that_points_back_is_read_with_the_one_before() {
        let table = Table::builtin().unwrap();
        let text = "Some 50 million people lived in modern slavery in 2021.\n\n\
                    Of these, 12 million were children.\n\n\
                    Later, 12 million were counted.\n\n\
                    Forced labour makes $236 billion a year in illegal profits.\n\n\
                    That is 37% more than in 2014.";
        let found = document_findings(&table, text, "2024-09-12");
        let verdict = |number: &str, nth: usize| {
            finding_at(&found, text, number, nth)
                .map(|f| (f.verdict, f.figure.map(|g| table.figures[g].id.as_str())))
        };
        assert_eq!(
            verdict("12 million", 0),
            Some((
                Verdict::Consistent,
                Some("ilo-gems-2022-women-children-children-count")
            ))
        );
        // A paragraph that does not point back is on the topic of the one before (it is near),
        // but does not count what that one counts.
        assert_eq!(verdict("12 million", 1), Some((Verdict::Unverified, None)));
        assert_eq!(
            verdict("37%", 0),
            Some((
                Verdict::Consistent,
                Some("ilo-forced-labour-profits-2024-change")
            ))
        );
    }

    #[test]
    fn the_gate_wants_a_sentence_that_names_a_term_or_the_topic_or_whose_paragraph_does() {
        let table = Table::builtin().unwrap();
        let text = "Child marriage fell.\n- 59% in South Asia\n\nThe index rose 3%. Forced \
                    labour grew 10%.\n\nThe index rose 4%.\n\nSlavery grew. \n\nKSE-100 up 5 points";
        let mut gate = Gate::new(&table);
        let mut paragraphs = ParagraphTopics::default();
        for (start, _) in text.match_indices(|c: char| c.is_ascii_uppercase() || c == '5') {
            for end in [
                text.len(),
                text[start..].find('.').map_or(text.len(), |e| start + e),
            ] {
                let sentence = start..end;
                let old = may_find(text, &sentence, &table)
                    || paragraphs.topical(text, &sentence).1
                    || paragraphs.nearby(text, &sentence);
                let words = crate::claim::Words::new(text, sentence.clone());
                assert_eq!(
                    gate.wants(text, &sentence, &words),
                    old,
                    "{}",
                    &text[sentence]
                );
            }
        }
        let at = |s: &str| text.find(s).unwrap();
        let mut wants = |sentence: std::ops::Range<usize>| {
            let words = crate::claim::Words::new(text, sentence.clone());
            gate.wants(text, &sentence, &words)
        };
        assert!(wants(at("59%")..at("59%") + 18));
        // A sentence of prose near a paragraph on the topic is let through (the check decides
        // claim by claim); a line of page furniture is not.
        assert!(wants(at("The index rose 4")..at("The index rose 4") + 18));
        assert!(!wants(at("KSE")..text.len()));
    }

    fn verdicts(text: &str) -> Vec<(String, &'static str, Option<String>)> {
        verdicts_as_of(text, "2025-06-30")
    }

    #[test]
    fn day_numbers_count_days_since_1970() {
        let day = |t: &str| day_number(Date::parse(t).unwrap());
        assert_eq!(day("1970-01-01"), 0);
        assert_eq!(day("2021-06-10") - day("2021-06-09"), 1);
        assert_eq!(day("2024-03-01") - day("2024-02-28"), 2);
        assert_eq!(day("2025-01-01") - day("2024-12-31"), 1);
    }

    #[test]
    fn a_figure_may_be_quoted_a_few_days_before_its_release_but_supersedes_only_once_out() {
        // The 2020 child labour estimates are dated 2021-06-10; embargoed coverage came a day
        // earlier.
        let found = verdicts_as_of(
            "In 2020, 160 million children were in child labour worldwide.",
            "2021-06-09",
        );
        assert_eq!(found[0].1, "consistent", "{found:?}");
        assert_eq!(
            found[0].2.as_deref(),
            Some("ilo-unicef-child-labour-2020-total")
        );
        let found = verdicts_as_of(
            "In 2020, 160 million children were in child labour worldwide.",
            "2021-06-01",
        );
        assert_ne!(found[0].1, "consistent", "{found:?}");
    }

    #[test]
    fn forced_labour_count_read_as_trafficking_is_wrong_metric() {
        assert_eq!(
            verdicts("Officials noted that 3.3 million children are trafficked worldwide."),
            [(
                "3.3 million".into(),
                "wrong-metric",
                Some("ilo-gems-2022-children-forced-labour".into())
            )]
        );
    }

    #[test]
    fn a_tripled_share_read_as_a_number_is_wrong_metric() {
        let v = verdicts("Child victims of trafficking have tripled over the past 15 years.");
        assert_eq!(
            v,
            [(
                "tripled".into(),
                "wrong-metric",
                Some("unodc-glotip-2020-children-share-tripled".into())
            )]
        );
        let v =
            verdicts("The share of children among trafficking victims has tripled in 15 years.");
        assert_eq!(
            v,
            [(
                "tripled".into(),
                "consistent",
                Some("unodc-glotip-2020-children-share-tripled".into())
            )]
        );
    }

    #[test]
    fn an_older_edition_is_outdated_unless_checked_as_of_its_day() {
        let text = "Children account for one-third of trafficking victims globally.";
        assert_eq!(
            verdicts(text),
            [(
                "one-third".into(),
                "outdated",
                Some("unodc-glotip-2024-children-share".into())
            )]
        );
        assert_eq!(
            verdicts_as_of(text, "2024-09-12"),
            [(
                "one-third".into(),
                "consistent",
                Some("unodc-glotip-2022-children-share".into())
            )]
        );
    }

    #[test]
    fn the_newest_edition_is_consistent_and_a_wrong_value_conflicts() {
        assert_eq!(
            verdicts("Children are 38% of detected trafficking victims.")[0].1,
            "consistent"
        );
        assert_eq!(
            verdicts("Half of trafficking victims are children.")[0].1,
            "conflict"
        );
    }

    #[test]
    fn credit_to_the_wrong_organisation_is_misattributed_but_the_un_is_an_umbrella() {
        let v = verdicts("According to the ILO, children are 38% of detected trafficking victims.");
        assert_eq!(v[0].1, "misattributed");
        let v = verdicts("According to the UN, children are 38% of detected trafficking victims.");
        assert_eq!(v[0].1, "consistent");
    }

    #[test]
    fn a_point_in_time_estimate_made_yearly_is_wrong_metric() {
        let v = verdicts("Each year, 3.3 million children are in forced labour.");
        assert_eq!(v[0].1, "wrong-metric");
        let v = verdicts("An estimated 3.3 million children are in forced labour.");
        assert_eq!(v[0].1, "consistent");
    }

    #[test]
    fn doubtful_differences_are_unverified_not_conflicts() {
        for text in [
            "In a raid last week, police found that half of the trafficking victims were children.",
            "Half of trafficking victims in Lahore are children.",
            "By 2030, half of trafficking victims could be children.",
        ] {
            assert_eq!(verdicts(text)[0].1, "unverified", "{text}");
        }
    }

    #[test]
    fn a_former_level_and_a_range_that_takes_in_a_figure_are_unverified() {
        // Where a change started is no level of now; the level it reached still agrees.
        let found = verdicts_as_of(
            "Between 2000 and 2020 the share of children in child labour fell from 16% to 9.6%.",
            "2022-01-01",
        );
        assert_eq!(found[0].1, "unverified", "{found:?}");
        assert_eq!(found[1].1, "consistent", "{found:?}");
        // With the figure's own year, the former level is the figure's and may conflict.
        let found = verdicts_as_of(
            "The share of children in child labour went from 16% in 2020 to 18% in 2024.",
            "2025-01-01",
        );
        assert_eq!(found[0].1, "conflict", "{found:?}");
        for text in [
            "Some 25 million to 30 million people are in forced labour worldwide.",
            "Worldwide, between 20 million and 40 million people are in modern slavery.",
        ] {
            let found = verdicts_as_of(text, "2025-01-01");
            assert_eq!(found[0].1, "unverified", "{text}: {found:?}");
        }
    }

    #[test]
    fn slaves_before_the_first_slavery_estimates_are_the_forced_labour_count() {
        let id = |text: &str, date: &str| verdicts_as_of(text, date)[0].clone();
        let text = "There are still 21 million slaves in the world.";
        assert_eq!(
            id(text, "2015-06-01"),
            (
                "21 million".to_string(),
                "consistent",
                Some("ilo-forced-labour-profits-2014-forced-labour-count".to_string())
            )
        );
        // Once the 2017 estimates are out, slaves are counted by them.
        assert_ne!(id(text, "2019-06-01").1, "consistent");
        // Agreement only: another value is no contradiction.
        assert_eq!(
            id(
                "There are still 30 million slaves in the world.",
                "2015-06-01"
            )
            .1,
            "unverified"
        );
    }

    #[test]
    fn off_topic_numbers_give_no_finding_and_on_topic_ones_are_unverified() {
        assert!(verdicts("The drone strike killed 12 people and the index fell 3%.").is_empty());
        assert_eq!(
            verdicts("Police freed 212 trafficking victims in March.")[0].1,
            "unverified"
        );
    }

    #[test]
    fn another_crime_in_a_paragraph_on_trafficking_gives_no_finding() {
        let found = verdicts(
            "Police freed 212 trafficking victims in the state in 2022. \
             The state also logged 140 murder cases that year.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "212");
    }

    #[test]
    fn the_check_date_is_the_flag_then_the_article_then_today() {
        let (a, b, c) = (
            Date::new(2024, 9, 12).unwrap(),
            Date::new(2023, 1, 1).unwrap(),
            Date::new(2026, 1, 1).unwrap(),
        );
        assert_eq!(AsOf::choose(Some(a), Some(b), c).source, DateSource::Flag);
        assert_eq!(AsOf::choose(None, Some(b), c).date, b);
        assert_eq!(AsOf::choose(None, None, c).source, DateSource::Today);
    }
}
