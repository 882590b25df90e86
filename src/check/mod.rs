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

mod agree;
mod bounds;
mod change;
mod conflict;
mod currency;
mod doubt;
mod elsewhere;
mod evidence;
mod fit;
pub mod format;
mod kept;
mod line;
mod metric;
mod named;
mod nonclaim;
mod nostat;
mod paragraphs;
mod phrases;
mod places;
mod settle;
mod subjects;
mod suggest;
mod topic;

pub use bounds::{FRACTION_BAND, ROUND_PERCENT, Reading, figure_bounds, read};
pub use suggest::{rewording, statement};

use evidence::{Bind, Cache, Evidence, Given, Support};
use fit::Fit;
use paragraphs::ParagraphTopics;

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
        let (given, found) = Given::reusing();
        Gate {
            table,
            paragraphs: ParagraphTopics::default(),
            given,
            found,
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
    // `the inaugural Global Slavery Index`: a claim naming a first edition in words is read as
    // naming its year (most documents have none).
    let named;
    let claims = if claims
        .iter()
        .any(|c| c.first_edition.is_some() && c.edition.is_none())
    {
        named = first_editions(claims, table);
        named.as_slice()
    } else {
        claims
    };
    let mut cache = Cache::new(gate.given).knowing(gate.paragraphs.handed_on());
    let found = gate.found;
    // At most a finding a claim: room for them all, so that the list (of large findings) is
    // never grown and copied.
    let mut findings = Vec::with_capacity(claims.len());
    // The figure the last sentence before this one that agreed with one agreed with, and the
    // figure this sentence agreed with so far (handed on once the next sentence starts: `There
    // are 1.9 million in Russia and 5.8 million in China` goes on about the sentence before's
    // report with both numbers).
    let mut carried: Option<(usize, std::ops::Range<usize>)> = None;
    let mut carried_next: Option<(usize, std::ops::Range<usize>)> = None;
    let mut other_words: Option<(std::ops::Range<usize>, bool)> = None;
    let regional = std::cell::OnceCell::new();
    let home = std::cell::OnceCell::new();
    let national_names = std::cell::OnceCell::new();
    let joint = std::cell::OnceCell::new();
    let mut scanned: Option<(std::ops::Range<usize>, phrases::Within)> = None;
    // The last sentence lower-cased by a checker, handed to the checkers of its next claims
    // (and its buffer, to the checker of the next sentence).
    let mut lowered: Option<(std::ops::Range<usize>, String)> = None;
    let mut spare_lower: Option<String> = None;
    // The paragraph around the last sentence whose paragraph was asked for (its start, and the
    // paragraph's start and end): the claims of one sentence, and the evidence and the verdict
    // of one claim, share it instead of each finding it again.
    let known_paragraph = std::cell::Cell::new(None::<(usize, usize, usize)>);
    let paragraph_at = |blanks: &crate::claim::BlankLines, start: usize| {
        if let Some((at, from, to)) = known_paragraph.get()
            && at == start
        {
            return from..to;
        }
        let range = blanks.paragraph(text, start);
        known_paragraph.set(Some((start, range.start, range.end)));
        range
    };
    // What the checker of a claim found of the paragraph, kept for the next claims; what is
    // kept already, handed to it.
    let share_paragraph = |places: &places::Places, start: usize| {
        if let Some(range) = places.known_paragraph() {
            known_paragraph.set(Some((start, range.start, range.end)));
        } else if let Some((at, from, to)) = known_paragraph.get()
            && at == start
        {
            places.know_paragraph(from..to);
        }
    };
    // The document's blank lines, to find the paragraphs of its claims by: the gate's, or
    // found for the first claim.
    let mut blank_lines = None;
    for claim in claims {
        let blanks = blank_lines
            .get_or_insert_with(|| cache.blank_lines(text))
            .clone();
        // The phrase lists read on the sentence and its clauses, found once per sentence.
        if scanned
            .as_ref()
            .is_none_or(|(range, _)| *range != claim.sentence)
        {
            let sentence = text.get(claim.sentence.clone()).unwrap_or("");
            scanned = Some((claim.sentence.clone(), phrases::within(sentence)));
        }
        cache.sentence(text, &claim.sentence, table);
        let Some(mut checker) = Checker::new(text, claim, table, as_of) else {
            continue;
        };
        checker.know_claims(claims);
        checker.places.know_blank_lines(blanks.clone());
        checker.joint = Some(&joint);
        match lowered.take() {
            Some((range, lower)) if range == claim.sentence => {
                checker.lowered = std::cell::OnceCell::from(lower);
            }
            Some((_, lower)) => checker.spare_lower.set(Some(lower)),
            None => checker.spare_lower.set(spare_lower.take()),
        }
        share_paragraph(&checker.places, claim.sentence.start);
        let paragraph = || paragraph_at(&blanks, claim.sentence.start);
        // A number that is no statistic is dropped before its evidence is read (unless reading
        // it would change what the next claims find).
        if checker.no_statistic() {
            share_paragraph(&checker.places, claim.sentence.start);
            if !cache.evidence_leaves_no_trace(text, claim) {
                evidence::leave_trace(text, claim, &mut cache, table, paragraph);
            }
            (lowered, spare_lower) = checker.hand_back_lower();
            continue;
        }
        checker.ev = evidence::evidence(text, claim, &mut cache, table, paragraph);
        share_paragraph(&checker.places, claim.sentence.start);
        if carried_next
            .as_ref()
            .is_some_and(|(_, sentence)| *sentence != claim.sentence)
        {
            carried = carried_next.take();
        }
        checker.carried = carried.clone();
        checker.regional = Some(&regional);
        checker.home = Some(&home);
        checker.national_names = Some(&national_names);
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
        // The finding is settled where it lies in the list: a finding is large, and each move
        // copies it whole.
        // The figure the count before this one in its sentence agreed with (for `…, of whom`).
        let earlier = findings
            .last()
            .filter(|prev: &&Finding| {
                prev.claim.sentence == claim.sentence && prev.verdict == Verdict::Consistent
            })
            .and_then(|prev| prev.figure);
        if let Some(found) = checker.verdict() {
            findings.push(found);
            if let Some(f) = findings.last_mut() {
                checker.range_held(f);
                checker.converted_held(f);
                checker.country_held(f);
                checker.events_held(f);
                checker.coverage_held(f);
                checker.direction_held(f);
                checker.change_level_held(f);
                checker.paragraph_group_held(f);
                checker.part_held(f, earlier);
                // The figure a sentence agrees with, for the sentences that go on about its
                // report.
                if f.verdict == Verdict::Consistent
                    && let Some(figure) = f.figure
                {
                    carried_next = Some((figure, claim.sentence.clone()));
                }
                // A count of things the topic reaches only from a paragraph nearby is no
                // statistic on it (see `line`); a figure it agrees or differs with still speaks.
                if f.verdict == Verdict::Unverified
                    && f.figure.is_none()
                    && checker.thing_beyond_reach()
                {
                    findings.pop();
                }
            }
        }
        share_paragraph(&checker.places, claim.sentence.start);
        (lowered, spare_lower) = checker.hand_back_lower();
        // The next claim fills the same buffers.
        let spare = checker.ev.into_spare();
        cache.recycle(spare);
    }
    cache.give_back(found);
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
    /// A part of a whole (the private economy's forced labour) given as the whole, the figure
    /// for which it holds.
    PartAsWhole(usize),
    /// Another age range.
    Ages(u32, u32),
    /// Working children, where the figure counts child labour.
    Working,
    /// Forced labour, where the figure counts child labour (most of which is not forced).
    ForcedLabour,
    /// A point-in-time estimate made yearly.
    Yearly,
    /// A level given as the amount of a rise or fall (`has risen by 160 million`).
    LevelAsChange,
    /// The amount of a rise given as a level (`generates $63.9 billion in annual profits`
    /// for the rise of $64 billion).
    ChangeAsLevel,
    /// Detected victims stated as how many are trafficked.
    DetectedAsPrevalence,
    /// An estimate stated as victims detected.
    EstimatedAsDetected,
    /// A share taken of a group (`90% of female victims`) where the figure is that group's
    /// share of all it counts (`women and girls as a share of …`).
    GroupAsBase(&'static str),
}

/// `text` lower-cased, as [`str::to_lowercase`] does it, in `buffer` when one is given and the
/// text is ASCII (whose lower case is its ASCII lower case).
fn lower_into(text: &str, buffer: Option<String>) -> String {
    match buffer {
        Some(mut out) if text.is_ascii() => {
            out.clear();
            out.push_str(text);
            out.make_ascii_lowercase();
            out
        }
        _ => text.to_lowercase(),
    }
}

/// How many figures [`few`] keeps on the stack.
const FEW: usize = 16;

/// The figures `figures` gives, in order: in `stack` while they fit, else all in `heap`.
fn few<'b>(
    figures: impl Iterator<Item = usize>,
    stack: &'b mut [usize; FEW],
    heap: &'b mut Vec<usize>,
) -> &'b [usize] {
    let mut n = 0;
    for f in figures {
        if heap.is_empty()
            && let Some(slot) = stack.get_mut(n)
        {
            *slot = f;
            n += 1;
            continue;
        }
        if heap.is_empty() {
            heap.extend_from_slice(stack);
        }
        heap.push(f);
    }
    if heap.is_empty() {
        stack.get(..n).unwrap_or_default()
    } else {
        heap
    }
}

/// `parts` one after the other, in a string allocated once at their length (a message built
/// so is not grown piece by piece).
fn joined(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        out.push_str(part);
    }
    out
}

/// A claim's number as written, shown in curly quotes (`“17.3 million”`).
#[derive(Debug, Clone, Copy)]
struct Quoted<'a>(&'a str);

impl std::fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("“")?;
        f.write_str(self.0)?;
        f.write_str("”")
    }
}

struct Checker<'a> {
    text: &'a str,
    claim: &'a Claim,
    table: &'a Table,
    as_of: AsOf,
    reading: Reading,
    ev: Evidence<'a>,
    quoted: Quoted<'a>,
    sentence: &'a str,
    /// Every claim of the document, for the totals a sentence names besides this claim.
    claims: &'a [Claim],
    /// Whether the sentence names a national body, worked out the first time it is asked.
    national: std::cell::OnceCell<bool>,
    /// Where a heading that names the world ends above the sentence (see
    /// [`Checker::world_heading_end`]), worked out the first time it is asked.
    world_heading: std::cell::OnceCell<Option<usize>>,
    /// The nationality word that narrows what the number is of (see
    /// [`Checker::nationality_word`]), worked out the first time it is asked.
    nationality: std::cell::OnceCell<Option<String>>,
    /// What the check keeps with the table (`None` for a table it was not made for).
    kept: Option<&'a kept::Kept>,
    /// Whether the claim is placed in a country or region tipcheck knows (not the world),
    /// worked out the first time it is asked.
    placed_known: std::cell::OnceCell<bool>,
    /// [`Checker::reported_clause`], worked out the first time it is asked.
    reported: std::cell::OnceCell<Option<usize>>,
    /// Whether the paragraph up to the sentence names another body's report (see
    /// [`Checker::other_reports_coverage`]), worked out the first time it is asked.
    other_report: std::cell::OnceCell<bool>,
    /// The sentence lower-cased, made the first time a rule reads it.
    lowered: std::cell::OnceCell<String>,
    /// A buffer to lower-case the sentence into (another sentence's, no longer needed).
    spare_lower: std::cell::Cell<Option<String>>,
    /// [`Checker::amount_of_change`], asked for many candidate figures, worked out once.
    change_amount: std::cell::OnceCell<bool>,
    /// The places the paragraph names, worked out once per place.
    places: places::Places,
    /// What [`fit::scope`] reads of the claim's place, worked out once.
    said: fit::Said,
    /// [`fit::scope`]'s answers: a figure for each place weighed, and the answer for that place.
    scope_fits: std::cell::RefCell<Vec<(usize, Fit)>>,
    /// The last publication date a figure may have to be quoted: [`GRACE_DAYS`] after the
    /// check date.
    quotable: Date,
    /// The figure the last agreeing claim before this one agrees with, and its sentence.
    carried: Option<(usize, std::ops::Range<usize>)>,
    /// The figures for one place (not the world), listed once per document when first needed.
    regional: Option<&'a std::cell::OnceCell<Vec<usize>>>,
    /// The one place the document's opening names, found once per document when first needed.
    home: Option<&'a std::cell::OnceCell<Option<&'static str>>>,
    /// The abbreviations the document uses for national bodies (see
    /// [`nonclaim::national_abbreviations`]), found once per document when first needed.
    national_names: Option<&'a std::cell::OnceCell<Vec<String>>>,
    /// Whether the document names a police action of many countries (see
    /// [`nonclaim::names_joint_action`]), found once per document when first needed.
    joint: Option<&'a std::cell::OnceCell<bool>>,
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
        let reading = bounds::near_bound(
            reading,
            &claim.mention,
            text.get(..claim.mention.start).unwrap_or_default(),
        );
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
            // The number in curly quotes, written only into a finding's message.
            quoted: Quoted(
                text.get(claim.mention.start..claim.mention.end)
                    .unwrap_or(""),
            ),
            sentence: text.get(claim.sentence.clone()).unwrap_or(""),
            claims: &[],
            national: std::cell::OnceCell::new(),
            world_heading: std::cell::OnceCell::new(),
            nationality: std::cell::OnceCell::new(),
            placed_known: std::cell::OnceCell::new(),
            reported: std::cell::OnceCell::new(),
            other_report: std::cell::OnceCell::new(),
            kept: kept::Kept::of(table),
            lowered: std::cell::OnceCell::new(),
            spare_lower: std::cell::Cell::new(None),
            change_amount: std::cell::OnceCell::new(),
            places: places::Places::default(),
            said: fit::Said::default(),
            scope_fits: std::cell::RefCell::new(Vec::new()),
            quotable: Date::from_unix((day_number(as_of.date) + GRACE_DAYS) * 86_400),
            carried: None,
            regional: None,
            home: None,
            national_names: None,
            joint: None,
            per_base,
            converted,
        })
    }

    /// Makes the checker aware of the document's other claims.
    fn know_claims(&mut self, claims: &'a [Claim]) {
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
    }

    /// The document's claims from the first at or after byte `start` on (claims come in the
    /// order of the text): a paragraph's claims are found without reading the whole document
    /// again for each number.
    fn claims_from(&self, start: usize) -> &'a [Claim] {
        let from = self.claims.partition_point(|c| c.mention.start < start);
        self.claims.get(from..).unwrap_or_default()
    }

    /// The claims of this claim's sentence (claims come in the order of the text).
    fn sentence_claims(&self) -> impl Iterator<Item = &'a Claim> + '_ {
        let sentence = &self.claim.sentence;
        self.claims_from(sentence.start)
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
        // The item names no place or other name of its own (`80% in the UK are women`); read
        // only for a number before the share that opens an item.
        let own_place = || {
            let item = self
                .text
                .get(share.end..self.claim.sentence.end)
                .unwrap_or_default();
            let item = item.split(';').next().unwrap_or_default();
            self.claim.scope.as_deref().is_some_and(|s| s != "global")
                || item
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.starts_with(char::is_uppercase))
        };
        // (the total, and whether the share is an item of a list after it)
        let totals: Vec<(Reading, bool)> = self
            .sentence_claims()
            .filter(|c| c.mention != *share)
            .filter_map(|c| {
                let listed = c.mention.end <= share.start
                    && self
                        .text
                        .get(c.mention.end..share.start)
                        .is_some_and(opens_item)
                    && !own_place();
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

    /// [`fit::scope`] of figure `f`, worked out once per claim and place (the figures weighed
    /// share a handful of places).
    fn scope_fit(&self, f: usize) -> Fit {
        // Most claims name no place: nothing is kept for them.
        if self.claim.scope.is_none() {
            return Fit::Unknown;
        }
        let figure = self.figure(f);
        if let Some(&(_, fit)) = self
            .scope_fits
            .borrow()
            .iter()
            .find(|&&(g, _)| self.figure(g).scope == figure.scope)
        {
            return fit;
        }
        let fit = self.said.fit(self.claim, figure);
        self.scope_fits.borrow_mut().push((f, fit));
        fit
    }

    fn fact(&self, f: usize) -> fit::Facts {
        fit::facts(self.figure(f))
    }

    /// True when figure `f` may have been published by the check date, or within
    /// [`GRACE_DAYS`] after it, so a sentence may quote it.
    fn visible(&self, f: usize) -> bool {
        self.published(f).0.is_none_or(|d| d <= self.quotable)
    }

    /// The first and last day figure `f`'s `published` date can mean.
    fn published(&self, f: usize) -> (Option<Date>, Option<Date>) {
        self.kept
            .and_then(|k| k.published(self.table, f))
            .unwrap_or_else(|| {
                let facts = self.fact(f);
                (facts.earliest, facts.latest)
            })
    }

    /// True when figure `f` was surely published by the check date.
    fn out(&self, f: usize) -> bool {
        self.published(f).1.is_none_or(|d| d <= self.as_of.date)
    }

    /// The newer edition of `f` that is surely out by the check date, if any.
    fn successor(&self, f: usize) -> Option<usize> {
        match self.kept {
            Some(kept) => kept.superseded(self.table, f),
            None => self
                .figure(f)
                .superseded_by
                .as_deref()
                .and_then(|id| self.table.position(id)),
        }
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

    /// True when the sentence opens on `In YEAR` (`In 2014 it was found that …`), the year the
    /// sentence's number is dated to and the one older edition `f` came out in, before the
    /// newest edition `newest`: the number is given as of then, not as current. (`In 2014
    /// alone, …` is a count of that year's, which the edition may not be.)
    fn opens_on_edition_year(&self, f: usize, newest: usize) -> bool {
        let Some(Period {
            from: Some(y),
            to: Some(to),
            ..
        }) = self.claim.period
        else {
            return false;
        };
        let year_of = |g: usize| self.figure(g).published_year().parse::<i32>().ok();
        if y != to || year_of(f) != Some(y) || year_of(newest).is_none_or(|n| n <= y) {
            return false;
        }
        let opening = self.lower_sentence().trim_start();
        let opening = opening.strip_prefix("back ").unwrap_or(opening);
        opening
            .strip_prefix(&format!("in {y}"))
            .is_some_and(|rest| {
                rest.starts_with([' ', ','])
                    && !rest.trim_start_matches([' ', ',']).starts_with("alone")
            })
    }

    fn agrees(&self, f: usize) -> bool {
        self.reading.meets(self.bounds(f))
            || (self.reading.quantity == self.figure(f).quantity
                && bounds::finer_rounding(
                    &self.claim.mention,
                    self.quoted.0,
                    &self.reading,
                    self.figure(f),
                ))
            // A rounding is read only where the sentence names the figure's own place, which
            // a list of places' shares (`79% from Punjab, 14% from Sindh`) may not.
            || (self.reading.quantity == Quantity::Share
                && bounds::rounded_percent(&self.claim.mention, self.figure(f))
                && self.scope_fit(f) == Fit::Match)
    }

    /// Figure `f`'s [`figure_bounds`], kept with the table.
    fn bounds(&self, f: usize) -> (f64, f64) {
        self.kept
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
        // Most claims give no ages: the figure's are not read.
        let Some(a) = self.claim.ages else {
            return true;
        };
        let figure = self.figure(f);
        fit::facts_kept(figure)
            .map_or_else(|| fit::facts(figure).ages, |kept| kept.ages)
            .is_none_or(|b| a == b)
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
        let message = joined(&["“", self.quoted.0, "” ", why]);
        self.finding(Verdict::Unverified, None, message)
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
        if fit::facts_kept(figure)
            .map_or_else(|| fit::facts(figure).court_sample, |k| k.court_sample)
        {
            let lower = self.lower_sentence();
            if !["analys", "analyz", "court"]
                .iter()
                .any(|w| lower.contains(w))
            {
                return false;
            }
        }
        // How many countries a report covers is a count of countries only (`750 new
        // investigations opened, 150 related to people trafficking` is not UNODC's 148).
        if fit::covers_countries(figure) && !self.counts_countries() {
            return false;
        }
        // A count or share credited to a national body (the Home Office, NAPTIP) is one
        // country's: it neither agrees nor conflicts with a global figure.
        if figure.scope == "global" && *self.national.get_or_init(|| self.credited_nationally()) {
            return false;
        }
        // A number the sentence places in one country or region (`eight out of 1,000
        // Filipinos`) is not the world's.
        if figure.scope == "global"
            && *self.placed_known.get_or_init(|| {
                self.claim
                    .scope
                    .as_deref()
                    .is_some_and(|place| place != "global" && crate::claim::is_known_place(place))
            })
        {
            return false;
        }
        if figure.scope == "global" || self.scope_fit(f) == Fit::Match {
            return true;
        }
        // A count that names no place may still be the figure's when it is exact (1,638
        // arrests) or gives the figure's own years: such numbers rarely collide. Shares do, and
        // so does a country's (not a region's) estimate on any given day, whose years are the
        // world's (`a million people in forced labour in 2016` is not Uzbekistan's 1.24 million).
        // One that differs from the figure is left to `doubt`, which gives it no conflict.
        if figure.quantity != Quantity::Share && !self.agrees(f) {
            return true;
        }
        let place = fit::place(&figure.scope);
        if self.claim.scope.is_none() && figure.quantity != Quantity::Share {
            let exact = self.reading.high - self.reading.low < 0.01 * self.reading.value.abs();
            // (Not in a sentence that names another country, as `Albanian (17%; 791)` in a
            // bulletin on the UK, which is not the 791 arrests of Pakistan's FIA.)
            if (exact
                || (fit::period(self.claim, figure) == Fit::Match
                    && (fit::timing(figure) != Some(Timing::Stock)
                        || crate::claim::is_world_region(&figure.scope))))
                && (fit::names_place(self.sentence, place)
                    || crate::claim::first_place_named(self.sentence).is_none())
            {
                return true;
            }
        }
        self.places
            .named(self.text, self.claim.sentence.start, self.sentence, place)
            // `1.3m children in child labour in Sindh` as the headline, then `10.3pc of
            // children …` further down: a value that agrees with the figure of the place the
            // headline names is that place's (never a place to contest a value in).
            || (self.claim.scope.is_none()
                && self.agrees(f)
                && (self.places.in_headline(self.text, place)
                    // (Or the place the story is filed from: `ISLAMABAD:` under the headline.)
                    || self
                        .home_place()
                        .is_some_and(|home| fit::names_place(home, place))))
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
        // Only the figures of the claim's quantity are read (all of them without kept facts).
        let quantity = self
            .kept
            .map(|k| k.of_quantity(self.table, self.reading.quantity));
        let among = |i: usize| quantity.map_or(u64::MAX, |bits| bits.get(i).copied().unwrap_or(0));
        let ok: Vec<Support> = self
            .ev
            .supports_among(Bind::Focus, population, false, among)
            .map(anchored)
            .filter(|s| {
                let f = self.figure(s.figure);
                s.population >= Bind::Paragraph
                    && f.quantity == self.reading.quantity
                    && self.same_base(s.figure)
                    && self.visible(s.figure)
                    && self.same_unit(s.figure)
                    && self.same_ages(s.figure)
                    && self.scope_fit(s.figure) != Fit::Mismatch
                    && !(level && self.counts_change(s.figure))
                    && self.placed(s.figure)
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
        let mut ok: Vec<Support> = if own_clause && ok.iter().any(|s| s.population >= Bind::Focus) {
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
        // `The Child Labour Report affirms that 138 million children are victims of forced
        // labour`: a population named only where the sentence says who reports is the
        // source's topic; the reported clause's own population says what the number counts.
        ok.retain(|s| !self.named_only_by_source(s.figure));
        // `The TIP Report … evaluates more than 150 governments`: the countries another body's
        // report covers are no count of the countries UNODC's data come from.
        ok.retain(|s| !self.other_reports_coverage(s.figure));
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

    /// True when figure `f` counts a group (its subject words name no people in general), no
    /// word of the text names that group, and the table holds the same edition's total of that
    /// measure for everyone (`12 million facing forced labour` is no count of women and girls).
    pub(super) fn unnamed_group(&self, f: usize) -> bool {
        let general = |g: usize| {
            self.figure(g)
                .subject
                .iter()
                .any(|t| evidence::PERSONS.contains(&t.as_str()))
        };
        let figure = self.figure(f);
        // The paragraph before the sentence may name the group (`Women and girls fare worst.
        // Some 11.8 million …`).
        let in_paragraph = || {
            let paragraph = self.places.paragraph(self.text, self.claim.sentence.start);
            let before = self
                .text
                .get(paragraph.start..self.claim.sentence.end)
                .unwrap_or_default()
                .to_lowercase();
            figure.subject.iter().any(|t| before.contains(t.as_str()))
        };
        // (A group's share needs no total beside it: `over half the 50 million` names no
        // women and girls.)
        !general(f)
            && self.ev.of(f).is_none_or(|s| s.subject == Bind::None)
            && (figure.quantity == Quantity::Share
                || (0..self.table.figures.len()).any(|g| {
                    let total = self.figure(g);
                    g != f
                        && general(g)
                        && total.quantity == figure.quantity
                        && total.published == figure.published
                        && total
                            .population
                            .iter()
                            .any(|t| figure.population.contains(t))
                }))
            && !in_paragraph()
    }

    /// True when every specific population word naming figure `f` lies before the clause a
    /// source reports (see [`Checker::reported_clause`]), and that clause names a population
    /// of its own.
    fn named_only_by_source(&self, f: usize) -> bool {
        let Some((lead, own)) = self.reported_split() else {
            return false;
        };
        let specific = || self.ev.populations.iter().filter(|p| p.specific);
        specific().any(|p| p.owners.contains(&f) && lead.contains(p.term))
            && !specific().any(|p| p.owners.contains(&f) && own.contains(p.term))
            && specific().any(|p| own.contains(p.term))
    }

    /// True when population word `term` is named only before the clause a source reports
    /// (`World Day Against Child Labour, … revealed that …`): the source's topic, not a
    /// measure the number is given for.
    fn only_before_reported(&self, term: &str) -> bool {
        self.reported_split()
            .is_some_and(|(lead, own)| lead.contains(term) && !own.contains(term))
    }

    /// The lower-cased sentence split where the clause a source reports starts: the words
    /// saying who reports, and the clause.
    fn reported_split(&self) -> Option<(&str, &str)> {
        self.reported_clause()
            .map(|at| self.lower_sentence().split_at(at))
    }

    /// Where the clause a source reports starts in the sentence (after `… affirms that`,
    /// `… found that`), when the number is in it.
    fn reported_clause(&self) -> Option<usize> {
        *self.reported.get_or_init(|| self.find_reported_clause())
    }

    /// [`Checker::reported_clause`], read from the sentence.
    fn find_reported_clause(&self) -> Option<usize> {
        const VERBS: &[&str] = &[
            "affirms",
            "affirmed",
            "says",
            "said",
            "found",
            "finds",
            "shows",
            "showed",
            "reveals",
            "revealed",
            "reports",
            "reported",
            "states",
            "stated",
            "notes",
            "noted",
            "estimates",
            "estimated",
            "indicates",
            "indicated",
            "confirms",
            "confirmed",
            "warns",
            "warned",
        ];
        let number = self
            .claim
            .mention
            .start
            .checked_sub(self.claim.sentence.start)?;
        let lower = self.lower_sentence();
        let before = lower.get(..number)?;
        // The last ` that `, found from its `h` (no searcher is built for each claim).
        let that = memchr::memrchr_iter(b'h', before.as_bytes())
            .filter_map(|h| h.checked_sub(2))
            .find(|&at| before.as_bytes().get(at..at + 6) == Some(b" that "))?;
        let verb = before.get(..that)?.rsplit(' ').next()?;
        VERBS.contains(&verb).then_some(that + " that ".len())
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
        if self.reading.quantity == Quantity::Share && nonclaim::found_rate(self.after_number()) {
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
            // `Malaysia was downgraded to Tier 3`: a tier of a country the table ranks in no
            // year is on the topic but unchecked; a tier defined, with no country placed in
            // it, or a tier in a condition (`if Ghana is downgraded to Tier 3`) is no statistic.
            if !self.tier_of_ranked_country() {
                return self
                    .claim
                    .scope
                    .as_deref()
                    .filter(|place| {
                        *place != "global"
                            && crate::claim::is_known_place(place)
                            && !self.claim.hypothetical
                    })
                    .map(|place| {
                        self.unverified_because(&format!(
                            "is a tier of {place}, which the table ranks in no year"
                        ))
                    });
            }
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
            // (A sentence that names the place by another name, `the Home Office` for the
            // United Kingdom, names it too.)
            .filter(|&f| {
                let figure = self.figure(f);
                figure.scope == "global"
                    || self.scope_fit(f) == Fit::Match
                    || (self.claim.scope.is_none()
                        && fit::names_place(self.sentence, fit::place(&figure.scope)))
            })
            .collect();
        // `The UNODC Global Report … 2022 … close to 50 million in modern slavery`: years that
        // name only another series' editions say nothing about the figure that agrees.
        let other_series = !named.is_empty()
            && !named.iter().any(|&f| self.agrees(f))
            && measure.iter().any(|&f| {
                self.agrees(f) && !named.iter().any(|&g| self.newest(g) == self.newest(f))
            });
        let pool = if named.is_empty() || other_series {
            &measure
        } else {
            &named
        };
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

        // `has risen by 160 million children labourers`: the current level of the measure,
        // given as the amount of a rise or fall, when no rise or fall in the pool agrees.
        if self.reading.quantity == Quantity::Count
            && self.amount_of_change()
            && !pool
                .iter()
                .any(|&g| self.counts_change(g) && self.agrees(g))
            && let Some(&f) = pool.iter().find(|&&f| {
                self.figure(f).quantity == Quantity::Count
                    && !self.counts_change(f)
                    // (`dropped by 85.5 million` in a sentence that names no region is no
                    // misread regional level: a region's only where the sentence names it.)
                    && (self.figure(f).scope == "global"
                        || self.scope_fit(f) == Fit::Match
                        || fit::names_place(self.sentence, fit::place(&self.figure(f).scope)))
                    && self.successor(f).is_none()
                    && self.agrees(f)
                    && bounds::tight(&self.stated(), self.figure(f))
            })
        {
            return Some(self.wrong_metric_finding(f, &Mismatch::LevelAsChange));
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
        // A place's own figure before the world's: a sentence that names no place is in the
        // place its paragraph or headline names when that place's figure agrees.
        let local = |f: usize| self.figure(f).scope != "global";
        if let Some(&f) = pool
            .iter()
            .find(|&&f| local(f) && current(f) && !newer_agrees(f))
            .or_else(|| pool.iter().find(|&&f| current(f) && !newer_agrees(f)))
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
            // `convictions for women trafficking offenses fell by 27pc` for the fall in all
            // convictions: a change the sentence narrows to one group is not the figure's.
            if let Some(group) = self.narrower_group_of_change(self.figure(f)) {
                return Some(self.finding(
                    Verdict::Unverified,
                    None,
                    format!(
                        "{} matches {}, but the sentence narrows the change to one group (`{group}`), which the figure does not count apart",
                        self.quoted,
                        self.describe(f)
                    ),
                ));
            }
            // `with 12 million facing forced labour` (of boys, in one country) for the 11.8
            // million women and girls: a group's figure agrees by chance when nothing names
            // the group and the measure's total is in the pool.
            if self.unnamed_group(f) {
                return Some(self.finding(
                    Verdict::Unverified,
                    None,
                    format!(
                        "{} matches {}, but nothing in the text says it counts {}",
                        self.quoted,
                        self.describe(f),
                        self.figure(f).subject.first().map_or("that group", String::as_str)
                    ),
                ));
            }
            return Some(self.settle(f, None));
        }
        // 2. An older edition agrees: outdated, unless the sentence names that edition's years.
        let older: Vec<usize> = pool.iter().copied().filter(|&f| self.agrees(f)).collect();
        if let Some(&first) = older.first() {
            let newest = self.newest(first);
            if named.contains(&first) || self.opens_on_edition_year(first, newest) {
                return Some(self.settle(first, Some(newest)));
            }
            // (`fell from 160 million to 138 million`: the level a change started from is a
            // former value too, however the sentence's tense reads.)
            if self.claim.past || self.former_from() {
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
                let out = self.settle(nearest, Some(newest));
                return Some(if self.claim.past {
                    out
                } else {
                    self.change_start(out, nearest)
                });
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
            // `More than 27 million … in modern slavery`: an older edition (40.3 million) only at
            // the far reach of the hedge, while the number as written is another measure's of
            // the newest edition (27.6 million in forced labour): that measure was quoted.
            if self.claim.mention.hedge.is_some() {
                let stated = self.stated();
                if !older
                    .iter()
                    .any(|&f| bounds::tight(&stated, self.figure(f)))
                {
                    // `over 20 million … in modern slavery` before the joint estimates of 2017:
                    // the ILO's forced labour count, then the number given for slaves, not the
                    // foundation's index at the far reach of the hedge.
                    if let Some(f) = self.slaves_before_estimates() {
                        return Some(self.settle(f, None));
                    }
                    if let Some(found) = self
                        .wrong_metric()
                        .filter(|w| w.verdict == Verdict::WrongMetric)
                    {
                        return Some(found);
                    }
                    // `more than 25 million people … are subjected to it daily` in 2019: the
                    // older editions (29.8 and 35.8 million) met only far up the reach of `more
                    // than`, the number as written well below each: no sign it took one.
                    if self.far_below_all(&older, stated.value) {
                        return Some(self.unverified_because(&format!(
                            "meets older editions only far past its lower bound, and the newest edition as of {} reports {}: it may count something else",
                            self.as_of.date,
                            value_of(self.figure(newest))
                        )));
                    }
                }
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
        // A sector or kind of forced labour, counted as modern slavery (which holds it): an
        // older edition's value is outdated, unless the sentence gives it as of its years.
        if let Some(f) = self.slavery_part_agreement() {
            let newest = self.newest(f);
            return Some(if newest == f {
                self.settle(f, None)
            } else if self.claim.past || fit::period(self.claim, self.figure(f)) == Fit::Match {
                self.settle(f, Some(newest))
            } else {
                self.outdated(&[f], newest)
            });
        }
        // 3. A real number for another measure.
        if let Some(found) = self.wrong_metric() {
            return Some(found);
        }
        // 4. The same measure says otherwise.
        // `rose by 2.7 million to 27.6 million`: the amount of a rise is no level to contest.
        let change_amount = self.reading.quantity == Quantity::Count && self.amount_of_change();
        let (mut stack, mut heap) = ([0; FEW], Vec::new());
        let contested = few(
            self.contested(pool)
                .filter(|&f| !change_amount || self.counts_change(f)),
            &mut stack,
            &mut heap,
        );
        if let Some(f) = self.conflict_target(contested) {
            let doubt = self.doubt(f).or_else(|| {
                self.rival(contested, f).map(|g| {
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
                None => match self.look_alike(f).or_else(|| self.named_agreement(f)) {
                    Some(g) => self.settle(g, None),
                    // `commercial sexual exploitation accounts for 27% of victims`: a share of
                    // victims of forced labour, maybe, where the figure's is of detected
                    // trafficking victims.
                    None if self.untold_detected_share(f) => self.unverified_because(&format!(
                        "may not be the measure the table holds ({}): the figure is a share of detected trafficking victims; the sentence names no trafficking",
                        self.describe(f)
                    )),
                    None => self.narrower_look_alike(f).unwrap_or_else(|| {
                        match self.same_report_value(f) {
                            Some(g) => self.unverified_because(&format!(
                                "may not be the measure the table holds ({}): its value is another figure of the same report ({})",
                                self.describe(f),
                                self.describe(g)
                            )),
                            None => self.conflict(f),
                        }
                    }),
                },
                // A doubted measure may not be the claim's: one of the cautious agreements
                // may still find the figure it restates (`their numbers growing by 38%`).
                Some(why) => self
                    .agreement()
                    .or_else(|| self.worded_as_source(f))
                    // `sexual exploitation, which, though it involves only 27% of victims of
                    // forced labour, …`: a subject read across a relative clause, loosely tied,
                    // may still restate the narrower look-alike as its source words it.
                    .or_else(|| {
                        self.narrower_look_alike(f)
                            .filter(|found| found.verdict == Verdict::Consistent)
                    })
                    .unwrap_or_else(|| {
                        let message = joined(&[
                            "“",
                            self.quoted.0,
                            "” may not be the measure the table holds (",
                            &self.describe(f),
                            "): ",
                            &why,
                        ]);
                        self.finding(Verdict::Unverified, None, message)
                    }),
            });
        }
        if let Some(found) = self.agreement() {
            return Some(found);
        }
        if self.ev.on_topic
            && let Some(f) = self.copied_count()
        {
            return Some(self.settle(f, None));
        }
        self.ev.on_topic.then(|| {
            self.unverified_because("is on the topic, but no figure in the table covers it")
        })
    }

    /// The one figure a count with no hedge copies to the last of four or more significant
    /// digits, in a sentence that names the figure's population and no other period (`The total
    /// number of victims in 2022 was 69,627.`): a value copied, whatever subject the clause
    /// gives it.
    fn copied_count(&self) -> Option<usize> {
        if self.reading.quantity != Quantity::Count || self.claim.mention.hedge.is_some() {
            return None;
        }
        let value = self.claim.mention.value?;
        if !(1000.0..1e12).contains(&value) || value.fract() != 0.0 {
            return None;
        }
        // (The value is a whole number under 10^12: its digits are those of a u64.)
        let digits = (value as u64).to_string();
        if digits.trim_end_matches('0').len() < 4 {
            return None;
        }
        let mut copied = (0..self.table.figures.len()).filter(|&f| {
            let figure = self.figure(f);
            figure.quantity == Quantity::Count
                && figure.central().is_some_and(|v| (v - value).abs() < 0.5)
                && self.visible(f)
                && fit::period(self.claim, figure) != Fit::Mismatch
                && self
                    .ev
                    .populations
                    .iter()
                    .any(|p| p.bind >= Bind::Sentence && p.owners.contains(&f))
        });
        let f = copied.next()?;
        copied.next().is_none().then_some(f)
    }

    /// The claim's sentence, lower-cased once for every rule that reads it so.
    fn lower_sentence(&self) -> &str {
        self.lowered
            .get_or_init(|| lower_into(self.sentence, self.spare_lower.take()))
    }

    /// The sentence lower-cased, if a rule read it so (with the sentence's range), and the
    /// buffer given to lower-case it into, if not used: for the next claims.
    fn hand_back_lower(&mut self) -> (Option<(std::ops::Range<usize>, String)>, Option<String>) {
        let lowered = self
            .lowered
            .take()
            .map(|lower| (self.claim.sentence.clone(), lower));
        (lowered, self.spare_lower.take())
    }

    /// True when the sentence names a national body or a country's own survey, or an
    /// abbreviation the document uses for a national body (`GSS said …`), or, placing the
    /// number nowhere and crediting no one, sits in a paragraph whose first sentence names one
    /// (`The Ghana Statistical Service has released …`): the number is that country's.
    fn credited_nationally(&self) -> bool {
        if nonclaim::names_national_body(self.sentence)
            || nonclaim::names_national_survey(self.sentence)
        {
            return true;
        }
        let own;
        let found = match self.national_names {
            Some(cell) => cell.get_or_init(|| nonclaim::national_abbreviations(self.text)),
            None => {
                own = nonclaim::national_abbreviations(self.text);
                &own
            }
        };
        let uses_name = |text: &str| topic::uses_abbreviation(text, found);
        if uses_name(self.sentence) {
            return true;
        }
        if self.claim.scope.is_some() || self.claim.attribution.is_some() {
            return false;
        }
        let paragraph = self.places.paragraph(self.text, self.claim.sentence.start);
        // The paragraph's first sentence, when the paragraph opens where the text or a line
        // does (not a stretch cut out of a long run of text), names such a body.
        let first_names_body = |start: usize| {
            let opens = start == 0 || self.text.get(..start).is_some_and(|t| t.ends_with('\n'));
            if !opens || start >= self.claim.sentence.start {
                return false;
            }
            let first = crate::claim::around(self.text, start, start);
            self.text
                .get(first)
                .is_some_and(|first| nonclaim::names_national_body(first) || uses_name(first))
        };
        // Under a heading that names the world (`The global situation`), the paragraph opens
        // below it.
        first_names_body(paragraph.start)
            && match self.world_heading_end() {
                Some(end) if end > paragraph.start => {
                    first_names_body(crate::claim::start_after(self.text, end))
                }
                _ => true,
            }
    }

    /// True when the claim's place is a country the table holds a tier for (a rank figure
    /// of that place).
    fn tier_of_ranked_country(&self) -> bool {
        self.claim.scope.as_deref().is_some_and(|place| {
            self.table
                .figures
                .iter()
                .any(|f| f.quantity == Quantity::Rank && f.scope.eq_ignore_ascii_case(place))
        })
    }

    /// True when the number is a tier of the US Trafficking in Persons report (`Tier 2`).
    fn tier(&self) -> bool {
        self.reading.quantity == Quantity::Rank && self.after_tier()
    }

    /// True when the word right before the number (past an opening quote) is `Tier`.
    fn after_tier(&self) -> bool {
        self.text
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
    fn lower_words_back(
        &self,
        range: std::ops::Range<usize>,
    ) -> impl Iterator<Item = std::borrow::Cow<'a, str>> + '_ {
        lower_words_back(self.text.get(range).unwrap_or(""))
    }

    /// The last `n` words of `text[range]` (see [`lower_words_back`]), in text order.
    fn last_lower_words(
        &self,
        range: std::ops::Range<usize>,
        n: usize,
    ) -> Vec<std::borrow::Cow<'a, str>> {
        let mut words: Vec<_> = self.lower_words_back(range).take(n).collect();
        words.reverse();
        words
    }

    /// Byte range `range` of the text, as offsets into the claim's sentence.
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

    /// The words of the claim's sentence before its number, in their order (read them
    /// backwards with `rev`).
    fn words_before(&self) -> impl DoubleEndedIterator<Item = &'a str> {
        let start = self
            .in_sentence(&(self.claim.mention.start..self.claim.mention.end))
            .start;
        let sentence: &'a str = self.sentence;
        sentence
            .get(..start)
            .unwrap_or_default()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
    }

    /// The text of the sentence after the number, as written.
    fn after_number(&self) -> &'a str {
        let text: &'a str = self.text;
        text.get(self.claim.mention.end..self.claim.sentence.end)
            .unwrap_or_default()
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

    /// The words, lower-cased, of the whole a share is taken of right after the number (`31% of
    /// all referrals`): none unless `of` comes first; the `skip` words that open it dropped, then
    /// at most `take` words before any of `stop`.
    fn whole_after_of(&self, skip: &[&str], stop: &[&str], take: usize) -> Option<Vec<String>> {
        let mut words = self.words_after().map(|w| lower(w).into_owned());
        if words.next().as_deref() != Some("of") {
            return None;
        }
        Some(
            words
                .skip_while(|w| skip.contains(&w.as_str()))
                .take_while(|w| !stop.contains(&w.as_str()))
                .take(take)
                .collect(),
        )
    }
}

/// The runs of letters and digits of `text`, lower-cased, last first: each is lower-cased only
/// when it is read (most rules read a few words before the number, not the whole sentence),
/// and copied only when it is not in lower case already (see [`lower`]).
fn lower_words_back(text: &str) -> impl Iterator<Item = std::borrow::Cow<'_, str>> + '_ {
    text.rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(lower)
}

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
            // `Asia has the highest number of victims of forced labour globally with 11.7
            // million`: reporters' name for the ILO's region (not `South`, `Central` Asia).
            "asia",
        ],
        "Europe and Central Asia" => &["europe/central asia", "europe & central asia"],
        // `the American continent at more than 50 billion` (from `le continent américain`).
        "the Americas" | "Americas" => &["american continent"],
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
            | "southeast"
            | "south-east"
            | "northeast"
            | "north-east"
    )
}

/// Days after the check date within which a figure may already be quoted: reports go to the
/// press under embargo, and stories on them often appear a day or two before the release date
/// the table gives. A figure is `outdated`-making only once surely out (no grace there).
const GRACE_DAYS: i64 = 3;

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

/// `claims`, each naming a report's first edition in words (`the inaugural Global Slavery
/// Index`) given that edition's year, as if the sentence had written it.
fn first_editions(claims: &[Claim], table: &Table) -> Vec<Claim> {
    claims
        .iter()
        .map(|claim| {
            let mut claim = claim.clone();
            if claim.edition.is_none()
                && let Some(title) = claim.first_edition.as_deref()
            {
                claim.edition = first_edition_year(title, table);
            }
            claim
        })
        .collect()
}

/// The year of the table's earliest edition of the report series `title` names, when that
/// edition is the series' first (a caveat of its figures says `first` or `inaugural` edition):
/// the first Global Report on Trafficking in Persons (2009) is not the table's earliest (2016).
fn first_edition_year(title: &str, table: &Table) -> Option<i32> {
    let series = SERIES.iter().find(|series| title.contains(*series))?;
    // (Each title lower-cased once, for both passes.)
    let of_series: Vec<&Figure> = table
        .figures
        .iter()
        .filter(|f| f.source.title.to_lowercase().contains(series))
        .collect();
    let year = of_series
        .iter()
        .filter_map(|f| fit::edition_year(f))
        .min()?;
    of_series
        .iter()
        .filter(|f| fit::edition_year(f) == Some(year))
        .any(|f| {
            f.caveats.as_deref().is_some_and(|c| {
                let c = c.to_lowercase();
                [
                    "first edition",
                    "first (inaugural) edition",
                    "inaugural edition",
                ]
                .iter()
                .any(|w| c.contains(w))
            })
        })
        .then_some(year)
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

/// False for an ASCII word that is none of [`RISE_WORDS`] and [`FALL_WORDS`] in any case, as its
/// length and first letter tell (every one is four to nine ASCII letters starting with one of
/// `cdfgijrs`); true for any other word (a word of other characters may lower-case shorter).
fn may_be_change_word(word: &str) -> bool {
    !word.is_ascii()
        || ((4..=9).contains(&word.len())
            && word
                .as_bytes()
                .first()
                .is_some_and(|b| b"cdfgijrs".contains(&b.to_ascii_lowercase())))
}

/// Data this many years older than the check date are outdated even with no newer edition.
pub const STALE_YEARS: i32 = 20;

/// How far apart a number and a figure may be (their ratio) and still be one measure, misquoted
/// or not: under a tenth or over ten times, the number counts something narrower or broader.
pub(super) const SAME_SIZE: std::ops::RangeInclusive<f64> = 0.1..=10.0;

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
    fn every_change_word_may_be_one_in_any_case() {
        for w in RISE_WORDS.iter().chain(FALL_WORDS) {
            assert!(may_be_change_word(w), "{w}");
            assert!(may_be_change_word(&w.to_ascii_uppercase()), "{w}");
        }
        for w in [
            "the", "of", "million", "percent", "victims", "2022", "Dropped", "Kelvin",
        ] {
            assert_eq!(may_be_change_word(w), matches!(w, "Dropped"), "{w}");
        }
    }

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
            let mut backwards: Vec<String> = lower_words_back(text).map(String::from).collect();
            backwards.reverse();
            assert_eq!(backwards, forwards, "{text:?}");
        }
    }

    use crate::claim::claims;
    use crate::extract::extract;

    fn at(date: &str) -> AsOf {
        AsOf::choose(Date::parse(date), None, Date::today())
    }

    #[test]
    fn a_first_edition_is_the_tables_earliest_only_when_it_is_the_first() {
        let table = Table::builtin().unwrap();
        assert_eq!(
            first_edition_year("global slavery index", &table),
            Some(2013)
        );
        // The first Global Report (2009) is not in the table.
        assert_eq!(
            first_edition_year("global report on trafficking in persons", &table),
            None
        );
        assert_eq!(first_edition_year("world development report", &table), None);
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
        assert!(region_names("Asia and the Pacific").any(|n| n == "asia"));
        assert_eq!(last_place("then southeast asia (", "asia"), None);
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
        // (Before the first Global Slavery Index, October 2013.)
        assert_eq!(
            id(text, "2013-06-01"),
            (
                "21 million".to_string(),
                "consistent",
                Some("ilo-forced-labour-2012-total".to_string())
            )
        );
        // Once the 2017 estimates are out, slaves are counted by them.
        assert_ne!(id(text, "2019-06-01").1, "consistent");
        // Agreement only: another value is no contradiction.
        assert_eq!(
            id(
                "There are still 30 million slaves in the world.",
                "2013-06-01"
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
