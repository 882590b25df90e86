//! What a claim's sentence says about each figure: which of its terms appear, and how close to
//! the number.

use std::cell::OnceCell;
use std::ops::Range;

use super::kept::Kept;
use super::phrases::PhraseSet;
use crate::claim::Claim;
use crate::extract::Kind;
use crate::table::{Quantity, Roles, Table, TermHit};

/// How closely a figure's term is tied to the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bind {
    /// Not in the text read.
    None,
    /// Only in the paragraph around the sentence.
    Paragraph,
    /// Elsewhere in the sentence.
    Sentence,
    /// In the clause that belongs to the number.
    Focus,
    /// In the words naming what the number counts.
    Subject,
}

/// Population words too general to tell one measure from another.
pub const GENERIC: &[&str] = &[
    "victims",
    "victim",
    "people",
    "persons",
    "individuals",
    "cases",
    "population",
    "children",
    "child",
    "survivors",
    "workers",
];

/// General words for people.
pub const PERSONS: &[&str] = &["people", "persons", "individuals", "victims"];

/// Words naming a group of people, not people in general (also the groups a share may be taken
/// of, narrower than everyone a figure counts).
pub const GROUPS: &[&str] = &[
    "child", "children", "girl", "girls", "boy", "boys", "women", "woman", "men", "man", "minors",
    "adult", "adults", "female", "male",
];

/// True for claims that count or change a number, not a share.
fn counted_kind(claim: &Claim) -> bool {
    claim.change_verb.is_some()
        || !matches!(
            claim.mention.kind,
            Kind::Percent | Kind::Fraction | Kind::Ratio
        )
}

/// Words that put a sentence on the table's topic even when no figure's population is named.
pub(super) const TOPIC: &[&str] = &[
    "traffick",
    "forced labour",
    "forced labor",
    "forced work",
    "child labour",
    "child labor",
    "slavery",
    "enslaved",
    "bonded",
    "sexual exploitation",
    "forced marriage",
    "forced to work",
    "exploitation",
    "exploited",
    "exploitative",
    "child marriage",
    "child bride",
    "early marriage",
    "married before",
    "marry before",
    "become brides",
    "married as child",
    "married as a child",
    "married off",
    "married during childhood",
    "married in childhood",
    "married in their childhood",
    "marrying before",
    "underage brides",
    "child brides",
    // Words used almost only of trafficking: a sentence on victims, a hotline's calls or
    // brothels is on the topic even when the paragraph never names it.
    "victim",
    "hotline",
    "brothel",
    "slave",
    "naptip",
    "nhtrc",
];

/// How one figure is supported by the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Support {
    /// The figure's index in the table.
    pub figure: usize,
    /// The closest of its subject terms.
    pub subject: Bind,
    /// The closest of its population terms.
    pub population: Bind,
    /// One of its population terms is specific (not `victims` or `people`).
    pub specific: bool,
}

/// A term found, with the figures it names in one role.
#[derive(Debug, Clone)]
pub struct PopulationTerm<'a> {
    /// The term, lower-cased.
    pub term: &'a str,
    /// How close to the number it is.
    pub bind: Bind,
    /// True unless it is a general word such as `victims`.
    pub specific: bool,
    /// Figures it names.
    pub owners: &'a [usize],
}

/// Everything the check reads from a claim's sentence, once.
#[derive(Debug, Clone, Default)]
pub struct Evidence<'a> {
    /// Each figure's closest binds, as bitsets (see [`Evidence::figures`]).
    closest: Closest,
    /// Population terms in the sentence (or paragraph), not denied.
    pub populations: Vec<PopulationTerm<'a>>,
    /// Subject terms in the sentence, not denied.
    pub subjects: Vec<PopulationTerm<'a>>,
    /// Figures whose population words name what a count or change counts (a bitset, see
    /// [`TermHit::subject_bits`]).
    counted: Vec<u64>,
    /// Figures tied to the number by one of their own specific subject words (a bitset).
    named: Vec<u64>,
    /// A specific word that is only ever a subject names what the number counts.
    subject_word: bool,
    /// The sentence is about trafficking, forced labour, child labour or slavery.
    pub on_topic: bool,
}

impl Evidence<'_> {
    /// True when one of `f`'s own specific subject words is in the number's clause.
    pub fn named(&self, f: usize) -> bool {
        has(&self.named, f)
    }

    /// The support of figure `f`, if any term names it.
    pub fn of(&self, f: usize) -> Option<Support> {
        let i = f / 64;
        let bit = 1 << (f % 64);
        (self.closest.word(i, Bind::None, Bind::None, false) & bit != 0)
            .then(|| self.closest.support(f))
    }

    /// True when some term names some figure.
    pub fn names_any(&self) -> bool {
        (0..self.closest.words).any(|i| self.closest.word(i, Bind::None, Bind::None, false) != 0)
    }

    /// The figures whose subject is bound at least as closely as `subject` and population at
    /// least as closely as `population`, named by a specific population word when `specific`,
    /// in table order (`Bind::None`: any bind, the figure being named at all).
    pub fn figures(
        &self,
        subject: Bind,
        population: Bind,
        specific: bool,
    ) -> impl Iterator<Item = usize> + '_ {
        (0..self.closest.words)
            .flat_map(move |i| ones_of(i, self.closest.word(i, subject, population, specific)))
    }

    /// The support of each of [`Evidence::figures`], in table order.
    #[cfg(test)]
    pub fn supports(
        &self,
        subject: Bind,
        population: Bind,
        specific: bool,
    ) -> impl Iterator<Item = Support> + '_ {
        (0..self.closest.words).flat_map(move |i| {
            let bits = self.closest.word(i, subject, population, specific);
            self.closest.supports_of(i, bits)
        })
    }

    /// [`Evidence::supports`], of the figures in `among` only (word `i` of a bitset of
    /// figures, 64 a word), which are all that are read.
    pub fn supports_among<'s>(
        &'s self,
        subject: Bind,
        population: Bind,
        specific: bool,
        among: impl Fn(usize) -> u64 + 's,
    ) -> impl Iterator<Item = Support> + 's {
        (0..self.closest.words).flat_map(move |i| {
            let bits = self.closest.word(i, subject, population, specific) & among(i);
            self.closest.supports_of(i, bits)
        })
    }

    /// The figures whose population is bound at least as closely as `population` and whose
    /// subject less closely than `below`, in table order.
    pub fn loosely_named(&self, population: Bind, below: Bind) -> impl Iterator<Item = usize> + '_ {
        (0..self.closest.words).flat_map(move |i| {
            let bits = self.closest.word(i, Bind::None, population, false)
                & !self.closest.word(i, below, Bind::None, false);
            ones_of(i, bits)
        })
    }
}

/// Each named figure's closest binds, as bitsets: for each bind of [`LEVELS`], the figures
/// whose subject is bound at least that closely, one bitset after the other; the same for
/// populations; and the figures a specific population word names.
#[derive(Debug, Clone, Default)]
struct Closest {
    /// Words in one bitset.
    words: usize,
    subject: Vec<u64>,
    population: Vec<u64>,
    specific: Vec<u64>,
}

impl Closest {
    /// Word `i` of the bitset at `bind` in `sets` (every bit for `Bind::None`).
    fn at(&self, sets: &[u64], bind: Bind, i: usize) -> u64 {
        match LEVELS.iter().position(|&l| l == bind) {
            Some(l) => sets.get(l * self.words + i).copied().unwrap_or(0),
            None => u64::MAX,
        }
    }

    /// Word `i` of the bitset of named figures bound at least so closely (see
    /// [`Evidence::figures`]).
    fn word(&self, i: usize, subject: Bind, population: Bind, specific: bool) -> u64 {
        let named = self.at(&self.subject, Bind::Paragraph, i)
            | self.at(&self.population, Bind::Paragraph, i);
        let mut bits =
            named & self.at(&self.subject, subject, i) & self.at(&self.population, population, i);
        if specific {
            bits &= self.specific.get(i).copied().unwrap_or(0);
        }
        bits
    }

    /// Word `i` of each level's bitset in `sets`.
    fn levels(&self, sets: &[u64], i: usize) -> [u64; LEVELS.len()] {
        std::array::from_fn(|l| sets.get(l * self.words + i).copied().unwrap_or(0))
    }

    /// The closest binds of the figures of word `i` in `bits`, in order: the words of each
    /// level are read once for the 64 figures.
    fn supports_of(&self, i: usize, bits: u64) -> impl Iterator<Item = Support> + use<> {
        let subject = self.levels(&self.subject, i);
        let population = self.levels(&self.population, i);
        let specific = self.specific.get(i).copied().unwrap_or(0);
        ones_of(i, bits).map(move |f| {
            let k = f % 64;
            Support {
                figure: f,
                subject: closest(&subject, k),
                population: closest(&population, k),
                specific: (specific >> k) & 1 != 0,
            }
        })
    }

    /// The closest binds of figure `f`.
    fn support(&self, f: usize) -> Support {
        let (i, k) = (f / 64, f % 64);
        Support {
            figure: f,
            subject: closest(&self.levels(&self.subject, i), k),
            population: closest(&self.levels(&self.population, i), k),
            specific: self.specific.get(i).is_some_and(|w| (w >> k) & 1 != 0),
        }
    }

    /// Raises the subject bind of figure `f` to at least `bind`, if the figure is named.
    fn raise_subject(&mut self, f: usize, bind: Bind) {
        let (i, bit) = (f / 64, 1 << (f % 64));
        if self.word(i, Bind::None, Bind::None, false) & bit == 0 {
            return;
        }
        let Some(top) = LEVELS.iter().position(|&l| l == bind) else {
            return;
        };
        for l in 0..=top {
            if let Some(w) = self.subject.get_mut(l * self.words + i) {
                *w |= bit;
            }
        }
    }
}

/// True when bit `f` of the bitset `bits` is set.
fn has(bits: &[u64], f: usize) -> bool {
    bits.get(f / 64).is_some_and(|w| w & (1 << (f % 64)) != 0)
}

/// ORs `from` into `into`, word by word (as far as both go).
fn or_into(into: &mut [u64], from: &[u64]) {
    for (a, b) in into.iter_mut().zip(from) {
        *a |= b;
    }
}

/// The figures of word `i` of a bitset, `bits`, in order.
fn ones_of(i: usize, bits: u64) -> impl Iterator<Item = usize> {
    let mut rest = bits;
    std::iter::from_fn(move || {
        (rest != 0).then(|| {
            let f = i * 64 + rest.trailing_zeros() as usize;
            rest &= rest - 1;
            f
        })
    })
}

/// Each set bit of `bits`, in order.
fn ones(bits: &[u64]) -> impl Iterator<Item = usize> + '_ {
    bits.iter()
        .enumerate()
        .flat_map(|(i, &word)| ones_of(i, word))
}

fn within(inner: &Range<usize>, outer: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// The figures one hit names as a subject and as a population: the index's own lists, or a
/// part of them kept in [`Hits`] when the hit lies inside a longer term.
#[derive(Debug, Clone)]
enum Named<'t> {
    /// Every owner of the term.
    All(&'t [usize], &'t [usize]),
    /// Ranges of `Hits::figures`, and of `Hits::bits` for the same figures as bitsets.
    Kept(Range<usize>, Range<usize>, Range<usize>, Range<usize>),
}

/// The term hits of a stretch of text (a sentence or a paragraph), prepared once for every
/// claim in it.
#[derive(Debug, Default)]
pub struct Hits<'t> {
    range: Range<usize>,
    hits: Vec<TermHit<'t>>,
    /// For each hit, the figures it names as a subject, then those it names as a population (a
    /// hit inside a longer term names only some of its owners).
    roles: Vec<Named<'t>>,
    figures: Vec<usize>,
    /// The bitsets of the figures kept in `figures`.
    bits: Vec<u64>,
    /// Whether the text names the topic, worked out the first time a claim needs it.
    topical: OnceCell<bool>,
    /// Where the text names a report series (see [`series_spans`]), worked out the first time
    /// a claim needs it.
    titles: OnceCell<Vec<Range<usize>>>,
}

impl<'t> Hits<'t> {
    /// The hits of `text[range]`; `population_only` keeps only population roles.
    fn new(text: &str, range: Range<usize>, table: &'t Table, population_only: bool) -> Self {
        let mut hits = Hits::default();
        hits.read(text, range, table, population_only);
        hits
    }

    /// Reads the hits of `text[range]` into these buffers.
    fn read(&mut self, text: &str, range: Range<usize>, table: &'t Table, population_only: bool) {
        let roles = if population_only {
            Roles::Population
        } else {
            Roles::All
        };
        let slice = text.get(range.clone()).unwrap_or("");
        table
            .index()
            .find_into(slice, range.start, roles, &mut self.hits);
        self.prepare(range, table, !population_only);
    }

    /// Reads the hits of paragraph `text[range]` for population roles into these buffers,
    /// taking those of the sentences in it that the gate read (`given`) from the gate's
    /// hits and scanning only the rest of its text. A sentence's hits are taken only when
    /// they are exactly a scan's: it starts at a word start and ends with an ASCII byte that
    /// is no letter or digit and occurs in no term, so no term runs across either end.
    fn read_paragraph(
        &mut self,
        text: &str,
        range: Range<usize>,
        table: &'t Table,
        given: &Given<'t>,
    ) {
        let index = table.index();
        let slice = text.get(range.clone()).unwrap_or("");
        self.hits.clear();
        // Where the text not yet read starts (in the paragraph).
        let mut at = 0;
        if !slice.is_empty() {
            let first = given
                .read
                .partition_point(|(sentence, _)| sentence.start < range.start);
            for (sentence, hits) in given.read.get(first..).unwrap_or_default() {
                if sentence.end > range.end {
                    break;
                }
                let (start, end) = (sentence.start - range.start, sentence.end - range.start);
                if start < at {
                    // Sentences may overlap (each is found from its own number).
                    continue;
                }
                let starts_word = slice
                    .get(..start)
                    .is_some_and(|b| !b.chars().next_back().is_some_and(char::is_alphanumeric));
                let ends_apart = end > start
                    && slice.as_bytes().get(end - 1).is_some_and(|&b| {
                        b.is_ascii() && !b.is_ascii_alphanumeric() && !index.in_terms(b)
                    });
                let (Some(found), true, true) =
                    (given.hits.get(hits.clone()), starts_word, ends_apart)
                else {
                    continue;
                };
                index.find_between(
                    slice,
                    range.start,
                    at..start,
                    Roles::Population,
                    &mut self.hits,
                );
                self.hits
                    .extend(found.iter().filter_map(|h| index.population_only(h)));
                at = end;
            }
        }
        index.find_between(
            slice,
            range.start,
            at..slice.len(),
            Roles::Population,
            &mut self.hits,
        );
        self.hits.sort_by_key(|h| (h.range.end, h.range.start));
        self.prepare(range, table, false);
    }

    /// Takes `hits`, found already in `range` for every role, as the hits of that range.
    fn take(&mut self, hits: &[TermHit<'t>], range: Range<usize>, table: &'t Table) {
        self.hits.clear();
        self.hits.extend_from_slice(hits);
        self.prepare(range, table, true);
    }

    /// Works out what each of the hits read names (see [`Hits::read`]); `modifiers` lets a
    /// population named before a plain noun name it (see [`modifies`]), as in a sentence read
    /// for every role, not text read for its populations alone.
    fn prepare(&mut self, range: Range<usize>, table: &'t Table, modifiers: bool) {
        let hits = &self.hits;
        let longest = hits.iter().map(|h| h.range.len()).max().unwrap_or(0);
        self.roles.clear();
        self.figures.clear();
        self.bits.clear();
        let words = table.index().words();
        for hit in hits {
            // A term inside a longer one counts only for the figures that also own the
            // longer one: `child` inside `child labour` is not the subject `child`. A word
            // that is the head of the longer term (`victims` in `victims of trafficking`)
            // still names what it names.
            // Nor is a population named before a plain noun (`forced labour` in `forced
            // labour victims`): the longer term says `victims of forced labour`.
            let longer = |o: &&TermHit<'_>| {
                within(&hit.range, &o.range)
                    && o.range.len() > hit.range.len()
                    && head_of(o.term) != hit.term
                    && !(modifiers && modifies(hit.term, o.term))
            };
            // Hits are ordered by their end: only those ending from this one's end to
            // `longest` bytes after its start can hold it.
            let from = hits.partition_point(|o| o.range.end < hit.range.end);
            let to = hits.partition_point(|o| o.range.end <= hit.range.start + longest);
            let around = hits.get(from..to.max(from)).unwrap_or_default();
            let mut holders = around.iter().filter(longer).peekable();
            if holders.peek().is_none() {
                self.roles.push(Named::All(hit.subjects, hit.populations));
                continue;
            }
            // The hit's owners in each role, as bitsets, kept where every longer term holding
            // it has the figure as an owner too (in any role it was read for: a search for
            // population roles has no subject bits).
            let bits = self.bits.len();
            self.bits.resize(bits + 2 * words, 0);
            let (subject, population) = self
                .bits
                .get_mut(bits..)
                .unwrap_or_default()
                .split_at_mut(words);
            for (into, from) in [
                (&mut *subject, hit.subject_bits),
                (&mut *population, hit.population_bits),
            ] {
                for (a, b) in into.iter_mut().zip(from) {
                    *a = *b;
                }
            }
            for o in holders {
                for (i, (s, p)) in subject.iter_mut().zip(population.iter_mut()).enumerate() {
                    let owned = o.subject_bits.get(i).copied().unwrap_or(0)
                        | o.population_bits.get(i).copied().unwrap_or(0);
                    *s &= owned;
                    *p &= owned;
                }
            }
            // The same figures as lists, in figure order (the owners' order, see `TermIndex`).
            let at = self.figures.len();
            self.figures.extend(ones(subject));
            let mid = self.figures.len();
            self.figures.extend(ones(population));
            let end = self.figures.len();
            self.roles.push(Named::Kept(
                at..mid,
                mid..end,
                bits..bits + words,
                bits + words..bits + 2 * words,
            ));
        }
        self.topical = OnceCell::new();
        self.titles = OnceCell::new();
        self.range = range;
    }

    /// True when the text read (a range of `text`) names the topic.
    fn topical(&self, text: &str) -> bool {
        *self
            .topical
            .get_or_init(|| topical(text.get(self.range.clone()).unwrap_or("")))
    }

    /// The figures hit `k` names as a subject, and as a population.
    fn owners(&self, k: usize) -> (&[usize], &[usize]) {
        match self.roles.get(k) {
            Some(Named::All(subject, population)) => (subject, population),
            Some(Named::Kept(subject, population, ..)) => (
                self.figures.get(subject.clone()).unwrap_or_default(),
                self.figures.get(population.clone()).unwrap_or_default(),
            ),
            None => (&[], &[]),
        }
    }

    /// The figures hit `k` names as a subject, and as a population, as bitsets.
    fn bits(&self, k: usize) -> (&[u64], &[u64]) {
        match (self.roles.get(k), self.hits.get(k)) {
            (Some(Named::All(..)), Some(hit)) => (hit.subject_bits, hit.population_bits),
            (Some(Named::Kept(_, _, subject, population)), _) => (
                self.bits.get(subject.clone()).unwrap_or_default(),
                self.bits.get(population.clone()).unwrap_or_default(),
            ),
            _ => (&[], &[]),
        }
    }
}

/// The term hits of the sentences the gate let through (see `check::Gate`), for every role,
/// one sentence after the other.
#[derive(Debug, Default)]
pub struct Given<'t> {
    /// The hits of every sentence, one after the other.
    pub hits: Vec<TermHit<'t>>,
    /// Each sentence, in order, with the range of its hits in `hits`.
    pub read: Vec<(Range<usize>, Range<usize>)>,
}

impl<'t> Given<'t> {
    /// The term hits of `sentence`, if the gate let it through.
    fn of(&self, sentence: &Range<usize>) -> Option<&[TermHit<'t>]> {
        let at = self
            .read
            .partition_point(|(range, _)| range.start < sentence.start);
        let (range, hits) = self.read.get(at)?;
        (range == sentence)
            .then(|| self.hits.get(hits.clone()))
            .flatten()
    }
}

/// Reused buffers and the last sentence's and paragraph's hits, for one document.
#[derive(Debug, Default)]
pub struct Cache<'t> {
    /// The hits the gate found, read instead of scanning their sentences again.
    given: Given<'t>,
    sentence: Hits<'t>,
    paragraph: Option<Hits<'t>>,
    /// The sentence a fragment finishes (see [`crate::claim::finishes_the_one_before`]).
    before: Option<Hits<'t>>,
    /// The paragraphs read for the topic alone, and whether each names it.
    paragraphs: super::ParagraphTopics,
    /// What one claim's terms say about each figure, as bitsets.
    binds: Binds,
    /// The last claim's evidence buffers, emptied, for the next claim.
    spare: Spare,
    /// Buffers for the paragraph's hits, emptied, until a paragraph is read.
    idle_paragraph: Option<Hits<'t>>,
}

/// An [`Evidence`]'s buffers, empty, kept for the next claim so that each claim does not
/// allocate its own.
#[derive(Debug, Default)]
pub struct Spare {
    closest: Closest,
    populations: Vec<PopulationTerm<'static>>,
    subjects: Vec<PopulationTerm<'static>>,
    counted: Vec<u64>,
    named: Vec<u64>,
}

/// `list`, emptied, with its allocation kept and its borrow forgotten (an empty list borrows
/// nothing; collecting a vector's own iterator into a vector of the same layout reuses it).
fn forget<'a>(mut list: Vec<PopulationTerm<'a>>) -> Vec<PopulationTerm<'static>> {
    list.clear();
    list.into_iter()
        .map(|p| PopulationTerm {
            term: "",
            bind: p.bind,
            specific: p.specific,
            owners: &[],
        })
        .collect()
}

impl Evidence<'_> {
    /// This evidence's buffers, emptied, for [`Cache::recycle`].
    pub fn into_spare(self) -> Spare {
        let Evidence {
            closest,
            populations,
            subjects,
            mut counted,
            mut named,
            ..
        } = self;
        counted.clear();
        named.clear();
        Spare {
            closest,
            populations: forget(populations),
            subjects: forget(subjects),
            counted,
            named,
        }
    }
}

impl<'t> Cache<'t> {
    /// A cache for one document whose sentences' hits `given` holds (see [`Given`]).
    pub fn new(given: Given<'t>) -> Self {
        // The buffers the last document's cache on this thread gave back, empty.
        let Buffers {
            binds,
            spare,
            sentence,
            paragraph,
        } = BUFFERS.with(std::cell::Cell::take).unwrap_or_default();
        Cache {
            given,
            sentence,
            binds,
            spare,
            idle_paragraph: Some(paragraph),
            ..Cache::default()
        }
    }

    /// Gives the cache's buffers, emptied, to the next [`Gate`](super::Gate) and [`Cache::new`]
    /// on this thread (with the gate's buffer for one sentence's hits, `found`), so that each
    /// document does not grow its own.
    pub fn give_back(self, found: Vec<TermHit<'_>>) {
        let Cache {
            given,
            sentence,
            paragraph,
            idle_paragraph,
            mut binds,
            mut spare,
            ..
        } = self;
        binds.empty();
        spare.empty();
        let paragraph = paragraph.or(idle_paragraph).unwrap_or_default();
        BUFFERS.with(|buffers| {
            buffers.set(Some(Buffers {
                binds,
                spare,
                sentence: sentence.forget(),
                paragraph: paragraph.forget(),
            }))
        });
        GIVEN.with(|buffers| {
            buffers.set(Some((
                Given {
                    hits: forget_hits(given.hits),
                    read: empty(given.read),
                },
                forget_hits(found),
            )))
        });
    }

    /// The blank lines of `text`, the document's, found the first time (by the gate, when it
    /// looked for a paragraph).
    pub(crate) fn blank_lines(&mut self, text: &str) -> std::rc::Rc<crate::claim::BlankLines> {
        self.paragraphs.blank_lines(text).clone()
    }

    /// The cache, taking the paragraphs an earlier stage read for the topic as known.
    pub(crate) fn knowing(mut self, paragraphs: super::ParagraphTopics) -> Self {
        self.paragraphs = paragraphs;
        self
    }

    /// Prepares the hits of `sentence`, unless they are the last ones prepared: the gate's, when
    /// it found them, else the sentence is read.
    pub fn sentence(&mut self, text: &str, sentence: &Range<usize>, table: &'t Table) {
        if self.sentence.range != *sentence || self.binds.figures != table.figures.len() {
            match self.given.of(sentence) {
                Some(hits) => self.sentence.take(hits, sentence.clone(), table),
                None => self.sentence.read(text, sentence.clone(), table, false),
            }
            if self.binds.figures != table.figures.len() {
                self.binds.reset(table.figures.len());
            }
        }
    }

    /// Keeps a finished claim's evidence buffers for the next claim.
    pub fn recycle(&mut self, spare: Spare) {
        self.spare = spare;
    }

    /// True when [`evidence`] for `claim` would leave this cache as it found it but for its
    /// buffers: the sentence denies nothing, names the topic, and has a term that names a
    /// figure, so no paragraph is read for the topic (neither its own, nor one near it, nor one
    /// naming the same organisation). Only [`super::ParagraphTopics`] remembers which
    /// paragraphs were read (a long one by a window of it that later claims reuse), so a claim
    /// dropped before its evidence is read may skip it only then.
    pub fn evidence_leaves_no_trace(&self, text: &str, claim: &Claim) -> bool {
        let sentence = &self.sentence;
        claim.negated.is_empty()
            && sentence.topical(text)
            && (0..sentence.hits.len()).any(|k| {
                let (subject, population) = sentence.bits(k);
                subject.iter().chain(population).any(|&w| w != 0)
            })
    }
}

/// True when `longer` is `term`, then a space and a plain noun of [`GENERIC`] (`forced labour
/// victims` for `forced labour`, `trafficking cases` for `trafficking`): `term` names the
/// noun's population.
fn modifies(term: &str, longer: &str) -> bool {
    longer
        .strip_prefix(term)
        .and_then(|rest| rest.strip_prefix(' '))
        .is_some_and(|noun| GENERIC.contains(&noun))
}

/// The head word of a term: the word before `of`, `in` or `for`, else the last word.
fn head_of(term: &str) -> &str {
    let mut words = term.split(' ');
    let mut before: Option<&str> = None;
    let mut at = 0;
    while let Some(w) = words.next() {
        if matches!(w, "of" | "in" | "for") && at > 0 {
            // `number of victims`: the thing measured is the head.
            if at == 1
                && matches!(
                    before,
                    Some("number" | "share" | "proportion" | "percentage" | "count" | "total")
                )
            {
                return words.next().unwrap_or(term);
            }
            return before.unwrap_or(term);
        }
        if matches!(w, "of" | "in" | "for") {
            // A term opening with a preposition: its last word.
            return term.rsplit(' ').next().unwrap_or(term);
        }
        before = Some(w);
        at += 1;
    }
    before.unwrap_or(term)
}

/// How closely the terms read so far tie each figure to one claim's number, as bitsets: for
/// each bind from `Paragraph` to `Subject`, the figures a term names that closely as a subject,
/// and those it names so as a population. A term's owners are OR-ed in whole (see
/// [`TermHit::subject_bits`]): a general word owned by dozens of figures costs a few words, and
/// each figure is read once, at the end.
#[derive(Debug, Default)]
struct Binds {
    /// Figures in the table.
    figures: usize,
    /// Words in one bitset.
    words: usize,
    /// The bits of the last word that stand for figures.
    last: u64,
    /// One bitset of subjects per bind in `LEVELS`, one after the other.
    subject: Vec<u64>,
    /// One bitset of populations per bind in `LEVELS`.
    population: Vec<u64>,
    /// Figures named by a specific population term.
    specific: Vec<u64>,
}

/// The binds a term can have, loosest first.
const LEVELS: [Bind; 4] = [Bind::Paragraph, Bind::Sentence, Bind::Focus, Bind::Subject];

/// The closest bind of bit `k` in one word of each level's "at least this close" bitset: the
/// number of levels holding it is its position in `Bind::None`, then [`LEVELS`].
fn closest(levels: &[u64; LEVELS.len()], k: usize) -> Bind {
    bind_of(levels.iter().map(|w| ((w >> k) & 1) as u8).sum())
}

/// The bind at position `code` of `Bind::None`, then [`LEVELS`].
fn bind_of(code: u8) -> Bind {
    match code {
        1 => Bind::Paragraph,
        2 => Bind::Sentence,
        3 => Bind::Focus,
        4 => Bind::Subject,
        _ => Bind::None,
    }
}

/// A document's evidence buffers, emptied, for the next document checked on the same thread.
#[derive(Debug, Default)]
struct Buffers {
    binds: Binds,
    spare: Spare,
    sentence: Hits<'static>,
    paragraph: Hits<'static>,
}

thread_local! {
    /// The evidence buffers of the last document checked on this thread (see
    /// [`Cache::give_back`]).
    static BUFFERS: std::cell::Cell<Option<Buffers>> = const { std::cell::Cell::new(None) };
    /// The gate's buffers of the last document checked on this thread, with its buffer for one
    /// sentence's hits (see [`Cache::give_back`]).
    static GIVEN: std::cell::Cell<Option<(Given<'static>, Vec<TermHit<'static>>)>> =
        const { std::cell::Cell::new(None) };
}

/// `list`, emptied, with its allocation kept.
fn empty<T>(mut list: Vec<T>) -> Vec<T> {
    list.clear();
    list
}

/// `hits`, emptied, with its allocation kept and its borrow forgotten (see [`forget`]).
fn forget_hits(mut hits: Vec<TermHit<'_>>) -> Vec<TermHit<'static>> {
    hits.clear();
    hits.into_iter()
        .map(|h| TermHit {
            range: h.range,
            term: "",
            owners: &[],
            subjects: &[],
            populations: &[],
            subject_bits: &[],
            population_bits: &[],
            position: h.position,
        })
        .collect()
}

impl Given<'_> {
    /// No hits yet, in the buffers the last document's cache on this thread gave back (see
    /// [`Cache::give_back`]), with an empty buffer for one sentence's hits.
    pub fn reusing() -> (Given<'static>, Vec<TermHit<'static>>) {
        GIVEN.with(std::cell::Cell::take).unwrap_or_default()
    }
}

impl Hits<'_> {
    /// These buffers, emptied, with their borrows forgotten: as [`Hits::default`] but for
    /// capacity.
    fn forget(self) -> Hits<'static> {
        let Hits {
            hits,
            mut roles,
            figures,
            bits,
            ..
        } = self;
        roles.clear();
        Hits {
            hits: forget_hits(hits),
            roles: roles
                .into_iter()
                .map(|named| match named {
                    Named::All(..) => Named::All(&[], &[]),
                    Named::Kept(a, b, c, d) => Named::Kept(a, b, c, d),
                })
                .collect(),
            figures: empty(figures),
            bits: empty(bits),
            ..Hits::default()
        }
    }
}

impl Spare {
    /// Empties every buffer, keeping its allocation: as [`Spare::default`] but for capacity.
    fn empty(&mut self) {
        self.closest.words = 0;
        self.closest.subject.clear();
        self.closest.population.clear();
        self.closest.specific.clear();
        self.populations.clear();
        self.subjects.clear();
        self.counted.clear();
        self.named.clear();
    }
}

impl Binds {
    /// Empties every bitset, keeping its allocation: as [`Binds::default`] but for capacity.
    fn empty(&mut self) {
        self.figures = 0;
        self.words = 0;
        self.last = 0;
        self.subject.clear();
        self.population.clear();
        self.specific.clear();
    }

    /// Makes these bitsets [`Binds::new`]'s for `figures`, in the buffers they have.
    fn reset(&mut self, figures: usize) {
        let words = figures.div_ceil(64);
        self.figures = figures;
        self.words = words;
        self.last = match figures % 64 {
            0 => u64::MAX,
            r => (1 << r) - 1,
        };
        self.zero();
    }

    /// Sets every bitset to its size for the table (`words` words a level), all bits clear, in the
    /// buffers it has.
    fn zero(&mut self) {
        let words = self.words;
        for (sets, len) in [
            (&mut self.subject, LEVELS.len() * words),
            (&mut self.population, LEVELS.len() * words),
            (&mut self.specific, words),
        ] {
            sets.clear();
            sets.resize(len, 0);
        }
    }

    /// Empty bitsets for a table of `figures` figures.
    #[cfg(test)]
    fn new(figures: usize) -> Self {
        let mut binds = Binds::default();
        binds.reset(figures);
        binds
    }

    /// ORs `bits` into the bitset of `bind` among `sets` (nothing for `Bind::None`), keeping
    /// only the table's figures.
    fn or(sets: &mut [u64], words: usize, last: u64, bind: Bind, bits: &[u64]) {
        let Some(level) = LEVELS.iter().position(|&l| l == bind) else {
            return;
        };
        let set = sets
            .get_mut(level * words..(level + 1) * words)
            .unwrap_or_default();
        or_into(set, bits);
        if let Some(w) = set.last_mut() {
            *w &= last;
        }
    }

    /// Figures in `bits` are named as a subject, at least as closely as `bind`.
    fn subject(&mut self, bind: Bind, bits: &[u64]) {
        Self::or(&mut self.subject, self.words, self.last, bind, bits);
    }

    /// Figures in `bits` are named as a population, at least as closely as `bind`, and by a
    /// specific word when `specific`.
    fn population(&mut self, bind: Bind, bits: &[u64], specific: bool) {
        Self::or(&mut self.population, self.words, self.last, bind, bits);
        if specific {
            or_into(&mut self.specific, bits);
            if let Some(w) = self.specific.last_mut() {
                *w &= self.last;
            }
        }
    }

    /// True when some figure is named at all.
    fn any(&self) -> bool {
        self.subject.iter().chain(&self.population).any(|&w| w != 0)
    }

    /// True when some figure's population is named.
    fn any_population(&self) -> bool {
        self.population.iter().any(|&w| w != 0)
    }

    /// True when some figure's subject is named.
    fn any_subject(&self) -> bool {
        self.subject.iter().any(|&w| w != 0)
    }

    /// True when some figure has its subject in the number's clause and its population in the
    /// sentence, among the figures whose subject is bound closest: `victims` elsewhere in the
    /// sentence names nothing about `a 37% increase in such illicit earnings`.
    fn fully_named(&self) -> bool {
        let words = self.words;
        fn level(sets: &[u64], words: usize, l: usize) -> &[u64] {
            sets.get(l * words..(l + 1) * words).unwrap_or_default()
        }
        // The closest subject bind any figure has.
        let Some(best) = (0..LEVELS.len())
            .rev()
            .find(|&l| level(&self.subject, words, l).iter().any(|&w| w != 0))
        else {
            return false;
        };
        if LEVELS.get(best).is_none_or(|&b| b < Bind::Focus) {
            return false;
        }
        let sentence = LEVELS
            .iter()
            .position(|&l| l == Bind::Sentence)
            .unwrap_or_default();
        (0..words).any(|i| {
            let subject = level(&self.subject, words, best)
                .get(i)
                .copied()
                .unwrap_or(0);
            let population = (sentence..LEVELS.len())
                .filter_map(|l| level(&self.population, words, l).get(i))
                .fold(0, |a, b| a | b);
            subject & population != 0
        })
    }

    /// Moves each figure's closest binds into `out` (its buffers are reused); clears the
    /// bitsets.
    fn finish(&mut self, out: &mut Closest) {
        let words = self.words;
        // A figure named at a bind is named at every looser one: each level takes in the
        // closer ones, so that "at least this close" is one bitset.
        for sets in [&mut self.subject, &mut self.population] {
            for l in (1..LEVELS.len()).rev() {
                let (looser, closer) = sets.split_at_mut(l * words);
                let looser = looser.get_mut((l - 1) * words..).unwrap_or_default();
                or_into(looser, closer.get(..words).unwrap_or_default());
            }
        }
        // `specific` is set only with a population bind; kept to the named figures all the same.
        for (i, w) in self.specific.iter_mut().enumerate() {
            let named = self.subject.get(i).copied().unwrap_or(0)
                | self.population.get(i).copied().unwrap_or(0);
            *w &= named;
        }
        std::mem::swap(&mut out.subject, &mut self.subject);
        std::mem::swap(&mut out.population, &mut self.population);
        std::mem::swap(&mut out.specific, &mut self.specific);
        out.words = words;
        self.zero();
    }
}

/// Adds what `hits` say to `ev`; `level` fixes how close they are (for the paragraph).
fn read<'a>(
    ev: &mut Evidence<'a>,
    binds: &mut Binds,
    claim: &Claim,
    hits: &'a Hits<'a>,
    level: Option<Bind>,
    text: &str,
) {
    // For a count or a change, a population word naming what is counted (`69,627 trafficking
    // victims`, `trafficking rose 25%`) ties the number to that population's counts.
    let counted = counted_kind(claim);
    // `the Global Estimates of Modern Slavery … 49.6 million people are trapped in forced
    // labour`: a report's title says where the number is from, not what it counts, when the
    // sentence names a population outside it.
    // A title is written with capitals: a term that starts lower-case is in none (settled
    // without searching the text).
    let in_title = |r: &Range<usize>| {
        text.as_bytes()
            .get(r.start)
            .is_some_and(|b| b.is_ascii_uppercase())
            && hits
                .titles
                .get_or_init(|| series_spans(text, &hits.range))
                .iter()
                .any(|t| within(r, t))
    };
    let own_population = OnceCell::new();
    let own_population = || {
        *own_population.get_or_init(|| {
            hits.hits.iter().enumerate().any(|(k, h)| {
                !GENERIC.contains(&h.term) && !hits.owners(k).1.is_empty() && !in_title(&h.range)
            })
        })
    };
    // `women and girls, 42 % and 18 % respectively`: in a sentence with `respectively`, a firm
    // subject that is one group of a longer term joining two with `and` (`women` in `women
    // and girls`) names its own figures, and the longer term is only the sentence's.
    // (A term holds the subject when it is a longer one joining two groups with `and`.)
    let holds = |s: &Range<usize>, h: &Range<usize>, term: &str| {
        within(s, h) && h.len() > s.len() && term.contains(" and ")
    };
    let split = level.is_none()
        && claim.subject_strong
        && claim.subject_span.as_ref().is_some_and(|s| {
            hits.hits.iter().any(|h| h.range == *s)
                && hits.hits.iter().any(|h| holds(s, &h.range, h.term))
        })
        && text.get(claim.sentence.clone()).is_some_and(|t| {
            t.as_bytes()
                .windows(12)
                .any(|w| w.eq_ignore_ascii_case(b"respectively"))
        });
    for (k, hit) in hits.hits.iter().enumerate() {
        if claim.negated.iter().any(|n| within(&hit.range, n)) {
            continue;
        }
        if level.is_none() && in_title(&hit.range) && own_population() {
            continue;
        }
        let exact = split && claim.subject_span.as_ref() == Some(&hit.range);
        let holds_subject = split
            && claim
                .subject_span
                .as_ref()
                .is_some_and(|s| holds(s, &hit.range, hit.term));
        let (subject_owners, owners) = if exact {
            (hit.subjects, hit.populations)
        } else {
            hits.owners(k)
        };
        let (subject_bits, population_bits) = if exact {
            (hit.subject_bits, hit.population_bits)
        } else {
            hits.bits(k)
        };
        let level = if holds_subject {
            Some(Bind::Sentence)
        } else {
            level
        };
        let in_subject = level.is_none()
            && claim
                .subject_span
                .as_ref()
                .is_some_and(|s| overlaps(&hit.range, s));
        let subject_bind = level.unwrap_or(if in_subject {
            if claim.subject_strong {
                Bind::Subject
            } else {
                Bind::Focus
            }
        } else if within(&hit.range, &claim.focus) {
            Bind::Focus
        } else {
            Bind::Sentence
        });
        // A subject firmly borrowed from the number before (`$236 billion in profits, a
        // figure that has tripled`) names the population as the clause would.
        let population_bind = level.unwrap_or(
            if within(&hit.range, &claim.focus) || (in_subject && claim.subject_strong) {
                Bind::Focus
            } else {
                Bind::Sentence
            },
        );
        let specific = !GENERIC.contains(&hit.term);
        binds.subject(subject_bind, subject_bits);
        binds.population(population_bind, population_bits, specific);
        if counted && in_subject {
            or_into(&mut ev.counted, population_bits);
        }
        let population_word = !owners.is_empty();
        if population_word {
            ev.populations.push(PopulationTerm {
                term: hit.term,
                bind: population_bind,
                specific,
                owners,
            });
        }
        if specific && subject_bind >= Bind::Focus && !subject_owners.is_empty() {
            or_into(&mut ev.named, subject_bits);
        }
        if subject_bind == Bind::Subject && !PERSONS.contains(&hit.term) {
            ev.subject_word |= !population_word && !subject_owners.is_empty();
        }
        if !subject_owners.is_empty() {
            ev.subjects.push(PopulationTerm {
                term: hit.term,
                bind: subject_bind,
                specific,
                owners: subject_owners,
            });
        }
    }
}

/// Where `text[range]` names a report series (`Global Estimates of Modern Slavery`, `Global
/// Report on Trafficking in Persons`), in any case: none, without lower-casing, in the many
/// sentences with no word a series' name has.
fn series_spans(text: &str, range: &Range<usize>) -> Vec<Range<usize>> {
    let slice = text.get(range.clone()).unwrap_or("");
    /// Parts of a word that every series' name has one of, in lower and upper case, with
    /// their searchers built once.
    static PARTS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
        std::sync::LazyLock::new(|| {
            ["lobal", "eport", "urvey", "LOBAL", "EPORT", "URVEY"]
                .iter()
                .map(|p| memchr::memmem::Finder::new(p.as_bytes()))
                .collect()
        });
    if !PARTS.iter().any(|f| f.find(slice.as_bytes()).is_some()) {
        return Vec::new();
    }
    let lower = slice.to_ascii_lowercase();
    super::SERIES
        .iter()
        .flat_map(|series| {
            lower
                .match_indices(series)
                .map(|(at, m)| range.start + at..range.start + at + m.len())
        })
        .collect()
}

/// True when `text` names the topic (any case).
pub fn topical(text: &str) -> bool {
    static TOPICS: PhraseSet = PhraseSet::new(TOPIC);
    TOPICS.in_text(text)
}

/// What the sentence of `claim` says about each figure, from the sentence's prepared hits in
/// `cache` (see [`Cache::sentence`]); the paragraph is read only when the sentence names no
/// population or not the topic.
pub fn evidence<'a, 't: 'a>(
    text: &str,
    claim: &Claim,
    cache: &'a mut Cache<'t>,
    table: &'t Table,
    paragraph: impl FnOnce() -> Range<usize>,
) -> Evidence<'a> {
    gather(text, claim, cache, table, paragraph, true)
}

/// For a claim dropped before its verdict: reads the paragraphs [`evidence`] would read for
/// the topic, which later claims find read (see [`Cache::evidence_leaves_no_trace`]), and not
/// what only a verdict reads (whether a statistic near the topic is a story's detail, what is
/// counted, amounts of money).
pub fn leave_trace<'t>(
    text: &str,
    claim: &Claim,
    cache: &mut Cache<'t>,
    table: &'t Table,
    paragraph: impl FnOnce() -> Range<usize>,
) {
    let spare = gather(text, claim, cache, table, paragraph, false).into_spare();
    cache.recycle(spare);
}

/// [`evidence`], whole when `for_verdict`; else only up to the last paragraph it reads.
fn gather<'a, 't: 'a>(
    text: &str,
    claim: &Claim,
    cache: &'a mut Cache<'t>,
    table: &'t Table,
    paragraph: impl FnOnce() -> Range<usize>,
    for_verdict: bool,
) -> Evidence<'a> {
    let Cache {
        given,
        sentence,
        paragraph: para_cache,
        before,
        paragraphs,
        binds,
        spare,
        idle_paragraph,
    } = cache;
    let spare = std::mem::take(spare);
    let mut ev = Evidence {
        closest: spare.closest,
        populations: spare.populations,
        subjects: spare.subjects,
        counted: spare.counted,
        named: spare.named,
        ..Evidence::default()
    };
    for bits in [&mut ev.counted, &mut ev.named] {
        bits.clear();
        bits.resize(binds.words, 0);
    }
    let sentence: &'a Hits<'a> = sentence;
    ev.populations.reserve(sentence.hits.len());
    ev.subjects.reserve(sentence.hits.len());
    read(&mut ev, binds, claim, sentence, None, text);
    // `those in modern slavery (15.1 million)`: `those` before the population counted is
    // everyone in it, named as `people in modern slavery` would name them.
    if let Some(bind) = those_in(text, claim)
        && let Some(people) = table.index().find("people").first()
    {
        binds.subject(bind, people.subject_bits);
    }
    // A specific population named in the sentence is enough; else the topic's words are
    // looked for.
    ev.on_topic = ev
        .populations
        .iter()
        .any(|p| p.specific && p.bind >= Bind::Sentence)
        || if claim.negated.is_empty() {
            sentence.topical(text)
        } else {
            topical_outside(text.get(claim.sentence.clone()).unwrap_or(""), claim)
        };
    // No figure has both its subject and its population in the sentence: the paragraph may
    // say whose (`a 37% increase in such illicit earnings`, after a sentence on forced labour).
    let unowned = ev.populations.is_empty() || !binds.fully_named();
    // A figure set alone above its caption (`40.3 million`, then `The number of slaves in the
    // world …`) names nothing itself: its caption, read with it as its paragraph, does.
    let card = !binds.any()
        && crate::claim::stat_card(text.get(claim.sentence.clone()).unwrap_or_default());
    let needs_paragraph = (binds.any() || card) && (unowned || !ev.on_topic);
    // A fragment with no term of its own (`50 million to be exact.`) is read with the sentence
    // it finishes (`There are more slaves today than ever before.`): that sentence is the
    // number's clause.
    // So is a sentence whose subject is a pronoun for the group the sentence before names
    // (`Children are targeted more and more.` then `They now account for 38% of detected
    // victims.`).
    let own = text.get(claim.sentence.clone()).unwrap_or("");
    // So is one with no term of its own that opens by pointing back (`That is a 37% rise since
    // 2014, or $64 billion.` after a sentence on forced labour's profits).
    // A former value in a sentence that restates the one before, or that leaves out what it
    // counts, and names no population of its own (`That is a modest fall from 160 million four
    // years ago.`, `Despite a slight decline from 160 million in 2020, the goal was missed.`) is
    // of what the sentence before counts;
    // so is a change the sentence compares with the one before's and whose subject it leaves out
    // (`UNODC recorded sharper falls in South Asia (56 per cent).` after convictions fell).
    let finished = ((!binds.any()
        && (crate::claim::finishes_the_one_before(own)
            || crate::claim::restates_before(text, claim.sentence.start)))
        || (claim.past
            && !binds.any_population()
            && (claim.subject.is_none()
                || crate::claim::restates_before(text, claim.sentence.start)))
        // A sentence whose place is `the region` and that names nothing it counts (`the region
        // is home to 87 million`) counts what the sentence before counts there.
        || (!binds.any() && crate::claim::points_to_region(own))
        // So does one that names no specific population but `the practice` (`21 million people are
        // victims of the practice`, after a paragraph on forced labour).
        || (!ev.populations.iter().any(|p| p.specific) && crate::claim::points_to_practice(own))
        || (claim.change_verb.is_some()
            && !binds.any_subject()
            && crate::claim::compares_change(own))
        || crate::claim::pronoun_subject(own))
    .then(|| crate::claim::sentence_before(text, claim.sentence.start))
    .flatten();
    if let Some(finished) = finished {
        let fresh = before.as_ref().is_none_or(|hits| hits.range != finished);
        if fresh {
            before
                .get_or_insert_with(Hits::default)
                .read(text, finished, table, false);
        }
        let hits: &'a Hits<'a> = before.get_or_insert_with(Hits::default);
        read(&mut ev, binds, claim, hits, Some(Bind::Focus), text);
        ev.on_topic = ev.on_topic || hits.topical(text);
    }
    if card || needs_paragraph {
        // A stat card's caption says what the card counts; otherwise the sentence names what
        // is counted but not where, or not the topic: read the paragraph.
        let range = paragraph();
        let fresh = para_cache.is_none();
        let para = para_cache.get_or_insert_with(|| idle_paragraph.take().unwrap_or_default());
        if fresh || para.range != range {
            para.read_paragraph(text, range, table, given);
        }
        let para: &'a Hits<'a> = para_cache.get_or_insert_with(Hits::default);
        if card {
            // The caption counts as the sentence's own words would.
            read(&mut ev, binds, claim, para, Some(Bind::Focus), text);
            ev.on_topic = ev.on_topic || para.topical(text);
        } else {
            // A paragraph read for the topic alone already (by the gate, or for an earlier claim)
            // is not read again.
            ev.on_topic = ev.on_topic
                || paragraphs.answer(&para.range).unwrap_or_else(|| {
                    para.topical(text)
                        || paragraphs
                            .uses_abbreviation(text, text.get(para.range.clone()).unwrap_or(""))
                })
                // A list item under a lead-in on the topic (`Pakistan – 439 cases (36.7%).`).
                || paragraphs.listed_on_topic(text, &claim.sentence);
            if unowned {
                // Only the paragraph outside the sentence.
                for (k, hit) in para.hits.iter().enumerate() {
                    if within(&hit.range, &claim.sentence) {
                        continue;
                    }
                    let (_, owners) = para.owners(k);
                    let specific = !GENERIC.contains(&hit.term);
                    binds.population(Bind::Paragraph, para.bits(k).1, specific);
                    if !owners.is_empty() {
                        ev.populations.push(PopulationTerm {
                            term: hit.term,
                            bind: Bind::Paragraph,
                            specific,
                            owners,
                        });
                    }
                    // Modern slavery named by its parts (`forced labour and forced marriages`) in
                    // another sentence names each part too: the next sentence's number may be
                    // either's (`An estimated 24.9 million were trapped working …`).
                    let named = text.get(hit.range.clone()).unwrap_or_default();
                    let marriage = hit.term.contains("marri") || hit.term.ends_with("marry");
                    if let Some(at) = [" and ", " or "]
                        .iter()
                        .filter(|_| marriage)
                        .find_map(|w| named.find(w).map(|i| (i, w.len())))
                    {
                        let (first, second) = (
                            hit.range.start..hit.range.start + at.0,
                            hit.range.start + at.0 + at.1..hit.range.end,
                        );
                        for part in [first, second] {
                            let hits = Hits::new(text, part, table, true);
                            for k in 0..hits.hits.len() {
                                binds.population(Bind::Paragraph, hits.bits(k).1, true);
                            }
                        }
                    }
                }
            }
        }
    }
    // No term of the table at all, and no topic word: a number in a paragraph on the topic
    // (`59% reduction in South Asia` in a list under a paragraph on child marriage) is still on it.
    if !ev.on_topic && !binds.any() {
        ev.on_topic = paragraphs.topical(text, &claim.sentence).1;
    } else if !ev.on_topic {
        // `The Salvation Army supported 829 women`: an organisation a paragraph on the topic
        // named before.
        ev.on_topic = paragraphs.names_on_topic(text, &claim.sentence);
    }
    // A statistic near a paragraph on the topic (`London saw 259 cases`, the next paragraph of
    // an article on modern slavery) is on it; one story's detail (`Police rescued 39 women`)
    // is not.
    // (No paragraph is read after this: a claim dropped before its verdict stops here.)
    if !ev.on_topic
        && paragraphs.nearby(text, &claim.sentence)
        && for_verdict
        && !super::nonclaim::story_detail(text, claim)
    {
        ev.on_topic = true;
    }
    binds.finish(&mut ev.closest);
    if !for_verdict {
        return ev;
    }
    if !ev.subject_word {
        let implied = claim.subject.is_none() && counts_people_unnamed(text, claim);
        counted_fallback(&mut ev, claim, table, implied);
    }
    if claim.mention.kind == Kind::Money {
        // Amounts of money are few and distinctive: a money figure whose population the
        // sentence names is about the number even when no subject word (`profits`) is used.
        for i in 0..ev.closest.words {
            let bits = ev.closest.word(i, Bind::None, Bind::Sentence, false);
            for f in ones_of(i, bits) {
                if table
                    .figures
                    .get(f)
                    .is_some_and(|f| f.quantity == Quantity::Money)
                {
                    ev.closest.raise_subject(f, Bind::Focus);
                }
            }
        }
    }
    ev
}

/// `69,627 trafficking victims`, `human trafficking rose 25%`: the words naming what is counted
/// are a population's; they tie the number to the counts of that population whose subject has
/// the same head word (`victims`, `trafficking`).
/// With `implied`, the claim names no noun and counts people (see [`counts_people_unnamed`]).
fn counted_fallback(ev: &mut Evidence<'_>, claim: &Claim, table: &Table, implied: bool) {
    // The head noun: the word before the first preposition (`rate` in `the rate of people
    // falling into the hands of traffickers`), else the last word.
    let unnamed = if implied { "people" } else { "" };
    let head = claim.subject.as_deref().map_or(unnamed, |s| {
        let mut before = None;
        for w in s.split(' ') {
            if matches!(w, "of" | "for" | "in" | "among" | "from" | "into") {
                return before.unwrap_or_else(|| s.rsplit(' ').next().unwrap_or(""));
            }
            before = Some(w);
        }
        before.unwrap_or("")
    });
    let mut counted = std::mem::take(&mut ev.counted);
    // `69,627 people were trafficked`: a general word for people, and the population in the
    // clause.
    if counted_kind(claim) && PERSONS.contains(&head) {
        for (i, w) in counted.iter_mut().enumerate() {
            *w |= ev.closest.word(i, Bind::None, Bind::Focus, false);
        }
    }
    if head.is_empty() {
        // Nothing names what is counted: no figure is named by it.
        ev.counted = counted;
        return;
    }
    let persons = PERSONS.contains(&head);
    let words = Kept::of(table).map(|kept| kept.subjects(table, general_term));
    for f in ones(&counted) {
        let Some(figure) = table.figures.get(f) else {
            continue;
        };
        if figure.quantity == Quantity::Share {
            continue;
        }
        // `forced labour accounted for 27.6 million`: the population itself, counted in people.
        let population_only = || {
            ev.populations.iter().any(|p| {
                p.owners.contains(&f)
                    && p.bind >= Bind::Focus
                    && p.term.ends_with(head)
                    && claim
                        .subject
                        .as_deref()
                        .is_some_and(|s| p.term.ends_with(s) || s.ends_with(p.term))
            })
        };
        // Some word of a subject term is `head` (ASCII case ignored); split as bytes, the
        // quickest way for these short terms.
        let has_head = |t: &String| {
            t.len() >= head.len()
                && t.as_bytes()
                    .split(|&b| b == b' ')
                    .any(|w| w.eq_ignore_ascii_case(head.as_bytes()))
        };
        // A general word for people is not a group's (`victims` of child labour are not the
        // `girl victims` alone): it names a figure through a term that names no group.
        let own_word = || {
            !persons
                || figure
                    .subject
                    .iter()
                    .any(|t| has_head(t) && !t.split(' ').any(|w| GROUPS.contains(&w)))
        };
        // The words of every figure's subject terms are read once per table.
        let named = match words {
            Some(words) => {
                (if persons {
                    words.has_plain_word(f, head)
                } else {
                    words.has_word(f, head)
                }) || ((persons || population_only()) && words.general(f))
            }
            None => {
                (figure.subject.iter().any(has_head) && own_word())
                    || ((persons || population_only())
                        && figure.subject.iter().any(|t| general_term(t)))
            }
        };
        if named {
            // The verb right after the number ties an implied subject as firmly as a noun.
            let bind = if claim.subject_strong || implied {
                Bind::Subject
            } else {
                Bind::Focus
            };
            ev.closest.raise_subject(f, bind);
        }
    }
    ev.counted = counted;
}

/// How closely `those` names what the number counts, when the claim's subject is a population
/// right after `those in` (`of those in modern slavery`, `those living in forced labour`).
fn those_in(text: &str, claim: &Claim) -> Option<Bind> {
    let span = claim.subject_span.as_ref()?;
    let before = text.get(claim.sentence.start..span.start)?;
    let mut words = before.split_whitespace().rev();
    if !words.next()?.eq_ignore_ascii_case("in") {
        return None;
    }
    let mut word = words.next()?;
    if ["living", "trapped", "held"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
    {
        word = words.next()?;
    }
    word.eq_ignore_ascii_case("those")
        .then_some(if claim.subject_strong {
            Bind::Subject
        } else {
            Bind::Focus
        })
}

/// `45 million globally are living in slavery`, `an estimated 35 million are trapped in forced
/// labour`: a count of millions with no noun of its own, whose verb follows it (after an adverb
/// of place or time at most), counts people.
fn counts_people_unnamed(text: &str, claim: &Claim) -> bool {
    const ADVERBS: &[&str] = &[
        "globally",
        "worldwide",
        "today",
        "now",
        "currently",
        "still",
        "already",
    ];
    const VERBS: &[&str] = &[
        "are", "were", "live", "lived", "remain", "remained", "toil", "toiled",
    ];
    let m = &claim.mention;
    if !matches!(m.kind, Kind::Count) || m.value.is_none_or(|v| v < 1e6) {
        return false;
    }
    let after = text.get(m.end..claim.sentence.end).unwrap_or_default();
    // The words right after the number, split at spaces (a word with a comma is no verb).
    let mut words = after.split(' ').skip_while(|w| w.is_empty());
    let mut word = words.next().unwrap_or_default();
    for _ in 0..2 {
        if ADVERBS.iter().any(|a| word.eq_ignore_ascii_case(a)) {
            word = words.next().unwrap_or_default();
        } else {
            break;
        }
    }
    VERBS.iter().any(|v| word.eq_ignore_ascii_case(v))
        && words
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// A general word for people names a figure through a subject term headed by such a word,
/// unless the term names a group: `child victims` counts children, not `people`.
fn general_term(t: &str) -> bool {
    t.split(' ')
        .next_back()
        .is_some_and(|w| PERSONS.contains(&w))
        && !t.split(' ').any(|w| GROUPS.contains(&w))
}

/// True when the sentence names the topic outside the parts it denies.
fn topical_outside(sentence: &str, claim: &Claim) -> bool {
    if claim.negated.is_empty() {
        return topical(sentence);
    }
    let mut kept = String::with_capacity(sentence.len());
    let base = claim.sentence.start;
    let mut at = base;
    for n in &claim.negated {
        if n.start > at {
            kept.push_str(sentence.get(at - base..n.start - base).unwrap_or(""));
        }
        at = at.max(n.end);
    }
    kept.push_str(sentence.get(at - base..).unwrap_or(""));
    topical(&kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_names_of_report_series_are_found_in_any_case() {
        let text =
            "The latest Global Estimates of Modern Slavery say 50 million are in modern slavery.";
        let spans = series_spans(text, &(0..text.len()));
        assert_eq!(spans.first(), Some(&(11..45)));
        assert_eq!(spans.len(), 1);
        assert_eq!(&text[11..45], "Global Estimates of Modern Slavery");
        let text = "UNODC’s GLOBAL REPORT ON TRAFFICKING in Persons";
        assert_eq!(
            series_spans(text, &(0..text.len())).first(),
            Some(&(10..38))
        );
        assert!(series_spans("Child labour fell.", &(0..18)).is_empty());
    }

    #[test]
    fn a_paragraph_read_with_the_gates_sentences_has_the_hits_a_scan_of_it_has() {
        let table = Table::builtin().unwrap();
        let mut texts: Vec<String> = [
            "Forced labour rose 10% in 2021. Some 27.6 million people were in forced labour, \
             the ILO said: child labour fell to 138 million\nchild labour rose 5% in Asia\n\n\
             Victims of trafficking for forced labour rose 12%. victims of trafficking rose 5%",
            "“Child labour fell 3%.” Trafficking victims rose 25%… Child marriage fell 10%! \
             Forced marriage rose 4%? 22 million forced marriages, in 2021.",
        ]
        .map(String::from)
        .to_vec();
        texts.extend(crate::testing::fixture_texts());
        let (mut paragraphs, mut hits) = (0, 0);
        for text in &texts {
            let mentions = crate::extract::extract(text);
            let mut gate = super::super::Gate::new(&table);
            crate::claim::claims_in(text, &mentions, |s, w| gate.wants(text, s, w));
            let given = &gate.given;
            for (sentence, _) in &given.read {
                for range in [
                    crate::claim::paragraph(text, sentence.start),
                    sentence.clone(),
                    0..text.len(),
                ] {
                    let mut read = Hits::default();
                    read.read_paragraph(text, range.clone(), &table, given);
                    let scanned = Hits::new(text, range, &table, true);
                    assert_eq!(read.hits, scanned.hits, "{text}");
                    for k in 0..scanned.hits.len() {
                        assert_eq!(read.owners(k), scanned.owners(k));
                        assert_eq!(read.bits(k), scanned.bits(k));
                    }
                    paragraphs += 1;
                    hits += scanned.hits.len();
                }
            }
        }
        assert!(paragraphs > 100 && hits > 300, "{paragraphs} {hits}");
    }

    #[test]
    fn evidence_that_leaves_no_trace_reads_no_paragraph_for_the_topic() {
        let table = Table::builtin().unwrap();
        let (mut traceless, mut traced) = (0, 0);
        for text in crate::testing::fixture_texts() {
            let mentions = crate::extract::extract(&text);
            let mut gate = super::super::Gate::new(&table);
            let claims = crate::claim::claims_in(&text, &mentions, |s, w| gate.wants(&text, s, w));
            let mut cache = Cache::new(gate.given).knowing(gate.paragraphs.handed_on());
            for claim in &claims {
                cache.sentence(&text, &claim.sentence, &table);
                let no_trace = cache.evidence_leaves_no_trace(&text, claim);
                let before = cache.paragraphs.read.clone();
                let ev = evidence(&text, claim, &mut cache, &table, || {
                    crate::claim::paragraph(&text, claim.sentence.start)
                });
                let spare = ev.into_spare();
                cache.recycle(spare);
                if no_trace {
                    assert_eq!(cache.paragraphs.read, before, "{text}");
                    traceless += 1;
                } else if cache.paragraphs.read != before {
                    traced += 1;
                }
            }
        }
        assert!(traceless > 100 && traced > 0, "{traceless} {traced}");
    }

    #[test]
    fn a_trace_leaves_the_paragraphs_read_as_the_whole_evidence_does() {
        let table = Table::builtin().unwrap();
        let mut claims_read = 0;
        for text in crate::testing::fixture_texts() {
            let mentions = crate::extract::extract(&text);
            // Two caches, as the gate hands them on (the gate is run twice, the same way).
            let caches = [(); 2].map(|_| {
                let mut gate = super::super::Gate::new(&table);
                let claims =
                    crate::claim::claims_in(&text, &mentions, |s, w| gate.wants(&text, s, w));
                let cache = Cache::new(gate.given).knowing(gate.paragraphs.handed_on());
                (claims, cache)
            });
            let [(claims, mut whole), (_, mut traced)] = caches;
            for claim in &claims {
                let paragraph = || crate::claim::paragraph(&text, claim.sentence.start);
                whole.sentence(&text, &claim.sentence, &table);
                let ev = evidence(&text, claim, &mut whole, &table, paragraph);
                let spare = ev.into_spare();
                whole.recycle(spare);
                traced.sentence(&text, &claim.sentence, &table);
                leave_trace(&text, claim, &mut traced, &table, paragraph);
                assert_eq!(
                    format!("{:?}", whole.paragraphs),
                    format!("{:?}", traced.paragraphs),
                    "{text}"
                );
                claims_read += 1;
            }
        }
        assert!(claims_read > 300, "{claims_read}");
    }

    #[test]
    fn a_hit_inside_longer_terms_keeps_the_owners_they_share_in_figure_order() {
        let table = Table::builtin().unwrap();
        let mut texts: Vec<String> = [
            "Child labour and child marriage fell; forced labour of children rose.",
            "Victims of trafficking for forced labour, and child victims of trafficking.",
            "Women and girls in forced marriage; trafficking victims detected in Europe.",
        ]
        .map(String::from)
        .to_vec();
        texts.extend(
            crate::testing::fixture_texts()
                .iter()
                .flat_map(|t| t.lines().map(String::from)),
        );
        let mut inside = 0;
        for text in &texts {
            for population_only in [false, true] {
                let hits = Hits::new(text, 0..text.len(), &table, population_only);
                for (k, hit) in hits.hits.iter().enumerate() {
                    // Each owner of the hit in a role, kept when every longer term holding the
                    // hit has it among its owners: the rule as first written.
                    let holders: Vec<&TermHit<'_>> = hits
                        .hits
                        .iter()
                        .filter(|o| {
                            within(&hit.range, &o.range)
                                && o.range.len() > hit.range.len()
                                && head_of(o.term) != hit.term
                                && (population_only || !modifies(hit.term, o.term))
                        })
                        .collect();
                    inside += usize::from(!holders.is_empty());
                    let kept = |role: crate::table::Role| -> Vec<usize> {
                        hit.owners
                            .iter()
                            .filter(|o| o.1 == role)
                            .map(|o| o.0)
                            .filter(|&f| holders.iter().all(|o| o.owners.iter().any(|g| g.0 == f)))
                            .collect()
                    };
                    let (subjects, populations) = hits.owners(k);
                    assert_eq!(subjects, kept(crate::table::Role::Subject), "{text}");
                    assert_eq!(populations, kept(crate::table::Role::Population), "{text}");
                    let (subject_bits, population_bits) = hits.bits(k);
                    assert_eq!(ones(subject_bits).collect::<Vec<_>>(), subjects, "{text}");
                    assert_eq!(
                        ones(population_bits).collect::<Vec<_>>(),
                        populations,
                        "{text}"
                    );
                }
            }
        }
        assert!(inside > 20, "{inside}");
    }

    /// The head word as first written: every word collected, then looked through.
    fn head_by_list(term: &str) -> &str {
        let words: Vec<&str> = term.split(' ').collect();
        match words.iter().position(|w| matches!(*w, "of" | "in" | "for")) {
            Some(1)
                if matches!(
                    words.first().copied(),
                    Some("number" | "share" | "proportion" | "percentage" | "count" | "total")
                ) =>
            {
                words.get(2).copied().unwrap_or(term)
            }
            Some(at) if at > 0 => words.get(at - 1).copied().unwrap_or(term),
            _ => words.last().copied().unwrap_or(term),
        }
    }

    #[test]
    fn head_word_without_a_list_of_words() {
        let table = Table::builtin().unwrap();
        let mut terms: Vec<&str> = table
            .figures
            .iter()
            .flat_map(|f| f.subject.iter().chain(&f.population))
            .map(String::as_str)
            .collect();
        terms.extend([
            "",
            "victims",
            "victims of trafficking",
            "number of victims",
            "number of",
            "share in",
            "of victims",
            "in forced labour in asia",
            "people in forced labour for debt",
            "total for",
        ]);
        for term in terms {
            assert_eq!(head_of(term), head_by_list(term), "{term:?}");
        }
        assert_eq!(head_of("number of victims"), "victims");
        assert_eq!(head_of("victims of trafficking"), "victims");
    }

    #[test]
    fn bitsets_give_each_figure_its_closest_bind() {
        let table = Table::builtin().unwrap();
        let text = "Child victims of trafficking in forced labour, women and girls, people, \
                    workers and victims of forced marriage; child labour and victims";
        let hits = Hits::new(text, 0..text.len(), &table, false);
        assert!(hits.hits.len() > 8, "{:?}", hits.hits);
        let mut binds = Binds::new(table.figures.len());
        // The reading figure by figure, as it was before the bitsets.
        let mut each: Vec<Support> = (0..table.figures.len())
            .map(|figure| Support {
                figure,
                subject: Bind::None,
                population: Bind::None,
                specific: false,
            })
            .collect();
        for (k, _) in hits.hits.iter().enumerate() {
            let bind = LEVELS[k % LEVELS.len()];
            let specific = k % 3 != 0;
            let (subjects, populations) = hits.owners(k);
            let (subject_bits, population_bits) = hits.bits(k);
            binds.subject(bind, subject_bits);
            binds.population(bind, population_bits, specific);
            for &f in subjects {
                let s = &mut each[f];
                s.subject = s.subject.max(bind);
            }
            for &f in populations {
                let s = &mut each[f];
                s.population = s.population.max(bind);
                s.specific |= specific;
            }
        }
        each.retain(|s| s.subject != Bind::None || s.population != Bind::None);
        assert!(binds.any());
        let mut ev = Evidence::default();
        binds.finish(&mut ev.closest);
        let support: Vec<Support> = ev.supports(Bind::None, Bind::None, false).collect();
        assert_eq!(support, each);
        assert!(support.len() > 20, "{support:?}");
        assert!(ev.names_any());
        // Each question is answered as the whole list, filtered, answers it, in table order.
        let binds_tried = [
            Bind::None,
            Bind::Paragraph,
            Bind::Sentence,
            Bind::Focus,
            Bind::Subject,
        ];
        for subject in binds_tried {
            for population in binds_tried {
                for specific in [false, true] {
                    let filtered: Vec<Support> = each
                        .iter()
                        .filter(|s| {
                            s.subject >= subject
                                && s.population >= population
                                && (s.specific || !specific)
                        })
                        .copied()
                        .collect();
                    let asked: Vec<Support> = ev.supports(subject, population, specific).collect();
                    assert_eq!(asked, filtered, "{subject:?} {population:?} {specific}");
                    let figures: Vec<usize> = ev.figures(subject, population, specific).collect();
                    let expected: Vec<usize> = filtered.iter().map(|s| s.figure).collect();
                    assert_eq!(figures, expected);
                }
                let loose: Vec<usize> = ev.loosely_named(population, subject).collect();
                let expected: Vec<usize> = each
                    .iter()
                    .filter(|s| s.population >= population && s.subject < subject)
                    .map(|s| s.figure)
                    .collect();
                assert_eq!(loose, expected, "{population:?} below {subject:?}");
            }
        }
        for f in 0..table.figures.len() {
            assert_eq!(ev.of(f), each.iter().find(|s| s.figure == f).copied());
        }
        // A raised subject bind is read back as the closer of the two.
        let f = each
            .iter()
            .find(|s| s.subject < Bind::Focus)
            .unwrap()
            .figure;
        ev.closest.raise_subject(f, Bind::Focus);
        assert_eq!(ev.of(f).unwrap().subject, Bind::Focus);
        // Finishing clears the bitsets for the next claim.
        assert!(!binds.any());
        binds.finish(&mut ev.closest);
        assert!(!ev.names_any());
        assert_eq!(ev.figures(Bind::None, Bind::None, false).count(), 0);
    }

    #[test]
    fn recycled_buffers_keep_their_room() {
        let mut ev = Evidence::default();
        ev.populations.reserve(8);
        let spare = ev.into_spare();
        assert!(spare.populations.capacity() >= 8 && spare.populations.is_empty());
    }
}
