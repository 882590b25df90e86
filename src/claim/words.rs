//! The words of one sentence, with their byte ranges, read once per sentence.

use std::cell::Cell;
use std::ops::Range;
use std::sync::LazyLock;

/// A fixed set of lower-case words, built at compile time (see [`words!`]), with a Bloom filter
/// over their hashes: most words are rejected with one bit test, without comparing strings.
#[derive(Debug)]
pub struct WordSet {
    words: &'static [&'static str],
    bloom: [u64; BLOOM_WORDS],
}

/// The Bloom filter's size in 64-bit words: 1,024 bits, so that even the sets of a hundred words
/// and more leave most bits clear (each word sets two).
const BLOOM_WORDS: usize = 16;

/// A hash of a word's bytes (FNV-1a), computable at compile time.
const fn hash(mut bytes: &[u8]) -> u64 {
    let mut h: u64 = HASH_START;
    while let [b, rest @ ..] = bytes {
        h = hash_on(h, *b);
        bytes = rest;
    }
    h
}

/// The [`hash`] of no bytes.
const HASH_START: u64 = 0xcbf2_9ce4_8422_2325;

/// The [`hash`] of some bytes and then `b`, from `h`, the hash of those bytes.
#[inline(always)]
const fn hash_on(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
}

/// The two bits of the Bloom filter that a hash sets.
#[inline(always)]
const fn bloom_bits(h: u64) -> [(usize, u64); 2] {
    let a = (h >> 32) as usize & (BLOOM_WORDS * 64 - 1);
    let b = (h >> 48) as usize & (BLOOM_WORDS * 64 - 1);
    [(a >> 6, 1 << (a & 63)), (b >> 6, 1 << (b & 63))]
}

/// Sets bit `bit` of word `slot` of a Bloom filter (`slot` is in range, see [`bloom_bits`]).
const fn set_bit(bloom: &mut [u64; BLOOM_WORDS], (slot, bit): (usize, u64)) {
    if let Some((_, [word, ..])) = bloom.split_at_mut_checked(slot) {
        *word |= bit;
    }
}

impl WordSet {
    /// The set of `words` (lower-case).
    pub const fn new(words: &'static [&'static str]) -> Self {
        let mut bloom = [0u64; BLOOM_WORDS];
        let mut rest = words;
        while let [word, tail @ ..] = rest {
            let [a, b] = bloom_bits(hash(word.as_bytes()));
            set_bit(&mut bloom, a);
            set_bit(&mut bloom, b);
            rest = tail;
        }
        WordSet { words, bloom }
    }

    /// False when a word whose hash is `h` is surely not in the set.
    #[inline(always)]
    fn may_contain(&self, h: u64) -> bool {
        let [(a, x), (b, y)] = bloom_bits(h);
        self.bloom.get(a).is_some_and(|w| w & x != 0)
            && self.bloom.get(b).is_some_and(|w| w & y != 0)
    }

    /// True when `word` is in the set.
    pub fn contains(&self, word: &str) -> bool {
        self.contains_bytes(word.as_bytes())
    }

    /// True when the bytes `word` are those of a word in the set.
    pub fn contains_bytes(&self, word: &[u8]) -> bool {
        self.may_contain(hash(word)) && self.words.iter().any(|w| w.as_bytes() == word)
    }

    /// True when a word of the set that has `min` bytes or more begins `word` (or is all of
    /// it); each longer start of `word` is hashed from the one before.
    pub fn begins(&self, word: &[u8], min: usize) -> bool {
        let mut h = HASH_START;
        for (n, &b) in word.iter().enumerate() {
            h = hash_on(h, b);
            if n + 1 >= min
                && self.may_contain(h)
                && let Some(start) = word.get(..=n)
                && self.words.iter().any(|w| w.as_bytes() == start)
            {
                return true;
            }
        }
        false
    }

    /// The words, sorted, without repeats.
    #[cfg(test)]
    pub fn sorted(&self) -> Vec<&'static str> {
        let mut words = self.words.to_vec();
        words.sort_unstable();
        words.dedup();
        words
    }
}

/// The named word lists of the stage. Which of them each word belongs to is looked up once, when
/// its sentence is split, so that a pass over a clause tests one bit a word ([`Words::has`]).
/// Each list is registered with its cue where it is defined (`CUE_LISTS` in each module).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// `context::REPORT_WORDS`.
    Report,
    /// `context::PERIOD_WORDS`.
    Period,
    /// `context::SCOPE_WORDS`.
    Scope,
    /// `context::PLACE_LEADS`.
    PlaceLead,
    /// `context::ORGANISATION_LEADS`.
    OrganisationLead,
    /// `context::CREDIT_VERBS`.
    Credit,
    /// `BEFORE_CHANGE` (claim).
    BeforeChange,
    /// `DETECTION` (claim).
    Detection,
    /// `PREVALENCE` (claim).
    Prevalence,
    /// `LOCAL` (claim).
    Local,
    /// `HYPOTHETICAL` (claim).
    Hypothetical,
    /// `subject::STOP`.
    Stop,
    /// `subject::LEAD`.
    Lead,
    /// `subject::LINKS`.
    Links,
    /// `subject::LINK_VERBS`.
    LinkVerbs,
    /// `subject::PARTICIPLES`.
    Participles,
    /// `subject::PARTICIPLE_GAP`.
    ParticipleGap,
    /// `subject::HEDGES_BEFORE`.
    HedgesBefore,
    /// `subject::ADVERBS`.
    Adverbs,
    /// `subject::COPULA`.
    Copula,
    /// `subject::COPULA_FILL`.
    CopulaFill,
    /// `SHARE_WORDS` (claim).
    Share,
    /// `CHANGE_WORDS` (claim).
    Change,
    /// `PER_YEAR_LEADS` (claim).
    PerYearLead,
    /// `WORK_WORDS` (claim).
    Work,
    /// `ALL` (claim).
    All,
    /// `context::AGE_LEADS`.
    AgeLead,
    /// `context::AGE_UNITS`.
    AgeUnit,
}

impl Cue {
    /// The cue's bit in a word's set of cues.
    #[inline(always)]
    pub const fn bit(self) -> u64 {
        1 << self as u32
    }
}

/// A bit of a word's cues ([`Words::cues`]) beyond those of [`Cue`]: its base form
/// ([`Words::base`]) starts with an ASCII digit.
pub const DIGIT: u64 = 1 << 62;

/// A bit of a word's cues beyond those of [`Cue`]: its base form is a year, four ASCII digits
/// from 1900 to 2100.
pub const YEAR: u64 = 1 << 63;

/// A bit of a word's cues beyond those of [`Cue`]: it ends with a possessive `’s` or `'s`
/// ([`Words::possessive`]).
pub const POSSESSIVE: u64 = 1 << 61;

/// A bit of a word's cues beyond those of [`Cue`]: its base form ends with `t` or starts with
/// `n`, `r`, `i` or `a`, as every word that can open a denial does (`not`, `cannot`, `n’t`,
/// `never`, `rather than`, `instead of`, `as opposed to`).
pub const DENIAL_LEAD: u64 = 1 << 60;

/// The bit [`DENIAL_LEAD`] of a word whose base form is `w`.
#[inline(always)]
fn denial_bit(w: &[u8]) -> u64 {
    let lead = matches!(w.first(), Some(b'n' | b'r' | b'i' | b'a')) || w.last() == Some(&b't');
    u64::from(lead) << 60
}

/// The bits [`DIGIT`] and [`YEAR`] of a word whose base form is `w`.
#[inline]
fn digit_bits(w: &[u8]) -> u64 {
    match w {
        [first, ..] if !first.is_ascii_digit() => 0,
        [a @ (b'1' | b'2'), b, c, d] if [b, c, d].iter().all(|x| x.is_ascii_digit()) => {
            let value = [a, b, c, d]
                .iter()
                .fold(0u32, |v, &&x| v * 10 + u32::from(x - b'0'));
            if (1900..=2100).contains(&value) {
                DIGIT | YEAR
            } else {
                DIGIT
            }
        }
        [_, ..] => DIGIT,
        [] => 0,
    }
}

/// A word list registered with its cue.
pub type CueList = (Cue, &'static WordSet);

/// Which cues each listed word carries: an open-addressing table keyed by the word's hash, built
/// once from the registered lists. A word in no list finds an empty slot, mostly at once.
#[derive(Debug)]
struct CueTable {
    slots: Vec<CueSlot>,
    mask: usize,
}

/// One slot of a [`CueTable`]: empty when `word` is.
#[derive(Debug, Clone, Copy)]
struct CueSlot {
    hash: u64,
    word: &'static str,
    cues: u64,
}

impl CueTable {
    /// The table of the words of `lists`.
    fn new(lists: &[&[CueList]]) -> Self {
        let count: usize = lists
            .iter()
            .flat_map(|l| l.iter())
            .map(|(_, set)| set.words.len())
            .sum();
        // At most a quarter full, so that most look-ups of other words stop at the first slot.
        let size = (count * 4).next_power_of_two().max(64);
        let empty = CueSlot {
            hash: 0,
            word: "",
            cues: 0,
        };
        let mut table = CueTable {
            slots: vec![empty; size],
            mask: size - 1,
        };
        for &(cue, set) in lists.iter().flat_map(|l| l.iter()) {
            for &word in set.words {
                let h = hash(word.as_bytes());
                let mut at = table.start(h);
                while let Some(slot) = table.slots.get_mut(at) {
                    if slot.word.is_empty() {
                        *slot = CueSlot {
                            hash: h,
                            word,
                            cues: cue.bit(),
                        };
                        break;
                    }
                    if slot.hash == h && slot.word == word {
                        slot.cues |= cue.bit();
                        break;
                    }
                    at = (at + 1) & table.mask;
                }
            }
        }
        table
    }

    /// The first slot a word with hash `h` may be in.
    #[inline(always)]
    fn start(&self, h: u64) -> usize {
        (h as usize) & self.mask
    }

    /// The cues of `word`, whose hash is `h`.
    #[inline]
    fn get(&self, h: u64, word: &str) -> u64 {
        let mut at = self.start(h);
        while let Some(slot) = self.slots.get(at) {
            if slot.word.is_empty() {
                return 0;
            }
            if slot.hash == h && slot.word == word {
                return slot.cues;
            }
            at = (at + 1) & self.mask;
        }
        0
    }
}

/// The cues of every registered word, built on first use.
static CUES: LazyLock<CueTable> = LazyLock::new(|| CueTable::new(&super::cue_lists()));

/// A [`WordSet`] of the given words, built at compile time: `words!["and", "or"]`.
macro_rules! words {
    ($($word:literal),+ $(,)?) => {
        const { &$crate::claim::words::WordSet::new(&[$($word),+]) }
    };
}
pub(crate) use words;

/// The words of a sentence: byte ranges into the text and ASCII-lower-cased forms.
#[derive(Debug)]
pub struct Words<'a> {
    text: &'a str,
    /// The sentence, ASCII-lower-cased: the same byte offsets as the text.
    lower: String,
    /// Where the sentence starts in the text.
    base: usize,
    words: Vec<Word>,
    /// The cues of all the words, a bit each: a pass looking for a cue no word carries is
    /// skipped ([`Words::any`]).
    any_cues: u64,
}

/// One word of a sentence.
#[derive(Debug, Clone)]
struct Word {
    /// Byte range in the text.
    span: Range<usize>,
    /// Byte range in the lower-cased sentence of the word without a possessive `’s`.
    base: Range<usize>,
    /// The hash of that form.
    hash: u64,
    /// The lists ([`Cue`]) that form is in, a bit each.
    cues: u64,
    /// True when only spaces (no punctuation, no line break) separate it from the word before.
    joined: bool,
    /// True when it ends with a possessive `’s` or `'s`.
    possessive: bool,
    /// True when its base form is shorter than the word (a possessive or a final `’` taken off).
    stripped: bool,
    /// True when it is ASCII letters and digits only.
    plain: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_inner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‑')
}

/// The character at byte `at` of `text`: whether it is a word character, whether it may join
/// two words (`'`, `’`, `-`), and its width in bytes.
#[inline]
fn class_at(text: &str, at: usize) -> (bool, bool, usize) {
    let Some(&b) = text.as_bytes().get(at) else {
        return (false, false, 1);
    };
    let class = BYTE_CLASS
        .get(usize::from(b))
        .copied()
        .unwrap_or(OTHER_BYTE);
    if class != OTHER_BYTE {
        return (class == WORD_BYTE, class == INNER_BYTE, 1);
    }
    match text.get(at..).and_then(|rest| rest.chars().next()) {
        Some(c) => (is_word_char(c), is_inner(c), c.len_utf8()),
        None => (false, false, 1),
    }
}

/// [`BYTE_CLASS`]: an ASCII letter or digit.
const WORD_BYTE: u8 = 1;
/// [`BYTE_CLASS`]: `'` or `-`.
const INNER_BYTE: u8 = 2;
/// [`BYTE_CLASS`]: any other ASCII byte.
const SPACE_BYTE: u8 = 3;
/// [`BYTE_CLASS`]: a byte of a longer character, decoded to be classed.
const OTHER_BYTE: u8 = 0;

/// The class of each byte, so that ASCII text is classed with one look-up a byte.
const BYTE_CLASS: [u8; 256] = {
    let mut table = [OTHER_BYTE; 256];
    let mut b: u8 = 0;
    while b < 128 {
        let class = if b.is_ascii_alphanumeric() {
            WORD_BYTE
        } else if b == b'\'' || b == b'-' {
            INNER_BYTE
        } else {
            SPACE_BYTE
        };
        if let Some((_, [slot, ..])) = table.split_at_mut_checked(b as usize) {
            *slot = class;
        }
        b += 1;
    }
    table
};

thread_local! {
    /// The buffers of the last [`Words`] given back on this thread ([`Words::recycle`]), so
    /// that the claims stage of one document does not grow new ones for its sentences.
    static SPARE: Cell<Option<(String, Vec<Word>)>> = const { Cell::new(None) };
}

impl<'a> Words<'a> {
    /// No words yet, of `text`, in the buffers the last [`Words::recycle`] of this thread gave
    /// back (empty ones if none): as [`Words::new`] with an empty sentence.
    pub fn reusing(text: &'a str) -> Self {
        let (lower, words) = SPARE.with(Cell::take).unwrap_or_default();
        let mut words = Words {
            text,
            lower,
            base: 0,
            words,
            any_cues: 0,
        };
        words.read(0..0);
        words
    }

    /// Gives the buffers back for the next [`Words::reusing`] on this thread.
    pub fn recycle(self) {
        SPARE.with(|spare| spare.set(Some((self.lower, self.words))));
    }

    /// Splits `text[sentence]` into words.
    pub fn new(text: &'a str, sentence: Range<usize>) -> Self {
        let mut words = Words {
            text,
            lower: String::new(),
            base: sentence.start,
            words: Vec::new(),
            any_cues: 0,
        };
        words.read(sentence);
        words
    }

    /// Splits `text[sentence]` into words in place of the sentence read before, reusing the
    /// buffers.
    pub fn read(&mut self, sentence: Range<usize>) {
        let slice = self.text.get(sentence.clone()).unwrap_or("");
        self.base = sentence.start;
        self.lower.clear();
        self.lower.push_str(slice);
        self.lower.make_ascii_lowercase();
        let lower = &self.lower;
        let cues = &*CUES;
        let words = &mut self.words;
        words.clear();
        words.reserve(slice.len() / 5 + 1);
        let n = slice.len();
        let bytes = slice.as_bytes();
        // The class of the ASCII byte at `at` (`OTHER_BYTE` past the end too).
        let ascii_class = |at: usize| {
            bytes
                .get(at)
                .and_then(|&b| BYTE_CLASS.get(usize::from(b)))
                .copied()
                .unwrap_or(OTHER_BYTE)
        };
        let mut at = 0;
        let mut any_cues = 0;
        // Where the word before ends in the sentence, once there is one.
        let mut previous_end: Option<usize> = None;
        while at < n {
            // Spaces and ASCII punctuation are skipped a byte at a time; other characters are
            // decoded.
            match ascii_class(at) {
                SPACE_BYTE | INNER_BYTE => {
                    at += 1;
                    continue;
                }
                WORD_BYTE => {}
                _ => {
                    let (word, _, width) = class_at(slice, at);
                    if !word {
                        at += width;
                        continue;
                    }
                }
            }
            // A word: letters and digits, joined by `'`, `’` or `-` when one follows. Runs of
            // ASCII letters and digits are taken a byte at a time.
            let start = at;
            let mut plain = ascii_class(at) == WORD_BYTE;
            loop {
                while ascii_class(at) == WORD_BYTE {
                    at += 1;
                }
                if at >= n {
                    break;
                }
                let (word, inner, width) = class_at(slice, at);
                let joins = inner && at + width < n && class_at(slice, at + width).0;
                if !(word || joins) {
                    break;
                }
                plain = false;
                at += width;
            }
            let whole = lower.get(start..at).unwrap_or("");
            // Only a word ending in `s` or in `’` (whose last byte is 0x99) can lose an ending.
            let last = whole.as_bytes().last().copied();
            let possessive = (last == Some(b's'))
                .then(|| {
                    whole
                        .strip_suffix("’s")
                        .or_else(|| whole.strip_suffix("'s"))
                })
                .flatten();
            let w = possessive
                .or_else(|| {
                    (last == Some(0x99))
                        .then(|| whole.strip_suffix('’'))
                        .flatten()
                })
                .unwrap_or(whole);
            let joined = previous_end.is_some_and(|end| {
                (start == end + 1 && bytes.get(end) == Some(&b' '))
                    || slice.get(end..start).is_some_and(|gap| {
                        gap.chars().all(|c| c == ' ' || c == '\t' || c == '\u{a0}')
                    })
            });
            let h = hash(w.as_bytes());
            let word_cues = cues.get(h, w)
                | digit_bits(w.as_bytes())
                | denial_bit(w.as_bytes())
                | if possessive.is_some() { POSSESSIVE } else { 0 };
            any_cues |= word_cues;
            words.push(Word {
                span: sentence.start + start..sentence.start + at,
                base: start..start + w.len(),
                hash: h,
                cues: word_cues,
                joined,
                possessive: possessive.is_some(),
                stripped: w.len() < whole.len(),
                plain,
            });
            previous_end = Some(at);
        }
        self.any_cues = any_cues;
    }

    /// The words as [`crate::table::TermIndex::find_words`] takes them: each word's byte range
    /// in the sentence and, when it is ASCII letters and digits only, its lower-cased form and
    /// that form's hash.
    pub fn for_terms(&self) -> impl Iterator<Item = (Range<usize>, Option<(&[u8], u64)>)> + '_ {
        self.words.iter().map(|w| {
            let span = w.span.start - self.base..w.span.end - self.base;
            let plain = w.plain.then(|| {
                let lower = self.lower.as_bytes().get(span.clone()).unwrap_or_default();
                (lower, w.hash)
            });
            (span, plain)
        })
    }

    /// True when the sentence has no words.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// How many words there are.
    #[inline]
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// The character right after word `i` in the text (`$` after `US` in `US$236 billion`).
    pub fn char_after(&self, i: usize) -> Option<char> {
        let end = self.words.get(i)?.span.end;
        self.text.get(end..)?.chars().next()
    }

    /// Byte range of word `i` in the text (an empty range at the sentence's end past the last
    /// word).
    #[inline]
    pub fn span(&self, i: usize) -> Range<usize> {
        match self.words.get(i) {
            Some(w) => w.span.clone(),
            None => {
                let end = self.base + self.lower.len();
                end..end
            }
        }
    }

    /// Word `i`, lower-cased, without a possessive `’s`.
    #[inline]
    pub fn base(&self, i: usize) -> &str {
        self.words
            .get(i)
            .map_or("", |w| self.lower.get(w.base.clone()).unwrap_or(""))
    }

    /// Word `i`, lower-cased (ASCII), or "" past the end.
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| {
            self.lower
                .get(w.span.start - self.base..w.span.end - self.base)
                .unwrap_or("")
        })
    }

    /// Word `i` as written.
    #[inline]
    pub fn raw(&self, i: usize) -> &'a str {
        self.words
            .get(i)
            .map_or("", |w| self.text.get(w.span.clone()).unwrap_or(""))
    }

    /// The first byte of word `i`'s base form ([`Words::base`]), if there is one.
    #[inline]
    pub fn first_byte(&self, i: usize) -> Option<u8> {
        let w = self.words.get(i)?;
        (!w.base.is_empty())
            .then(|| self.lower.as_bytes().get(w.base.start).copied())
            .flatten()
    }

    /// The last byte of word `i`'s base form ([`Words::base`]), if there is one.
    #[inline]
    pub fn last_byte(&self, i: usize) -> Option<u8> {
        let w = self.words.get(i)?;
        let end = w.base.end.checked_sub(1).filter(|&e| e >= w.base.start)?;
        self.lower.as_bytes().get(end).copied()
    }

    /// True when word `i` is `word` (lower-case).
    #[inline]
    pub fn is(&self, i: usize, word: &str) -> bool {
        // Lengths first: most words differ from `word` in theirs.
        self.words.get(i).is_some_and(|w| {
            w.base.len() == word.len()
                && self.lower.as_bytes().get(w.base.clone()) == Some(word.as_bytes())
        })
    }

    /// True when word `i` is one of `words`.
    #[inline]
    pub fn is_any(&self, i: usize, words: &WordSet) -> bool {
        match self.words.get(i) {
            Some(w) => {
                words.may_contain(w.hash)
                    && self
                        .lower
                        .get(w.base.clone())
                        .is_some_and(|base| words.words.contains(&base))
            }
            None => false,
        }
    }

    /// True when word `i` is in the list of `cue`.
    #[inline(always)]
    pub fn has(&self, i: usize, cue: Cue) -> bool {
        self.words.get(i).is_some_and(|w| w.cues & cue.bit() != 0)
    }

    /// True when some word of the sentence carries a cue of `cues` (bits as [`Cue::bit`]).
    #[inline(always)]
    pub fn any(&self, cues: u64) -> bool {
        self.any_cues & cues != 0
    }

    /// The cues of word `i`, a bit each ([`Cue::bit`], and [`DIGIT`], [`YEAR`], [`POSSESSIVE`]
    /// and [`DENIAL_LEAD`]); none past the end.
    #[inline(always)]
    pub fn cues(&self, i: usize) -> u64 {
        self.words.get(i).map_or(0, |w| w.cues)
    }

    /// True when only spaces separate word `i` from the word before.
    #[inline]
    pub fn joined(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.joined)
    }

    /// True when word `i` ends with a possessive `’s`.
    #[inline]
    pub fn possessive(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.possessive)
    }

    /// True when word `i`'s base form is shorter than the word as written (it ends with a
    /// possessive or a `’`).
    #[inline]
    pub fn stripped(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.stripped)
    }

    /// Index of the first word starting at or after byte `at`.
    pub fn first_from(&self, at: usize) -> usize {
        self.words.partition_point(|w| w.span.start < at)
    }

    /// Index of the first word ending after byte `at` (the word holding `at`, or the next one).
    pub fn first_ending_after(&self, at: usize) -> usize {
        self.words.partition_point(|w| w.span.end <= at)
    }

    /// True when words `i..` spell `phrase` (space-separated, lower-case).
    #[inline]
    pub fn at(&self, i: usize, phrase: &str) -> bool {
        // Most words differ from the phrase in their first letter.
        let first = self
            .words
            .get(i)
            .and_then(|w| self.lower.as_bytes().get(w.span.start - self.base));
        first.is_some() && first == phrase.as_bytes().first() && self.spells(i, phrase)
    }

    /// [`Words::at`] once the first letter matches: the phrase's words split at each space by
    /// hand (the phrases are short, and most differ from the text in their first word).
    fn spells(&self, i: usize, phrase: &str) -> bool {
        let mut rest = phrase.as_bytes();
        let mut k = i;
        loop {
            let end = rest.iter().position(|&b| b == b' ').unwrap_or(rest.len());
            let (part, tail) = rest.split_at(end);
            if k >= self.len() || self.base(k).as_bytes() != part {
                return false;
            }
            match tail.split_first() {
                Some((_, after)) => rest = after,
                None => return true,
            }
            k += 1;
        }
    }

    /// Words `from..to`, lower-cased, as written between them.
    pub fn phrase_text(&self, from: usize, to: usize) -> String {
        let Some((first, last)) = self
            .words
            .get(from..to)
            .and_then(|w| w.first().zip(w.last()))
        else {
            return String::new();
        };
        self.lower_text(first.span.start..last.span.end).to_string()
    }

    /// The lower-cased sentence text between bytes `range` of the text.
    pub fn lower_text(&self, range: Range<usize>) -> &str {
        let start = range.start.saturating_sub(self.base).min(self.lower.len());
        let end = range
            .end
            .saturating_sub(self.base)
            .clamp(start, self.lower.len());
        self.lower.get(start..end).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_found_among_the_words_are_those_a_scan_of_the_bytes_finds() {
        let table = crate::table::Table::builtin().unwrap();
        let index = table.index();
        let mut lines: Vec<String> = [
            "UNODC’s 2024 report: child-labour and forced labour; victims' ages, victims’ kin.",
            "Child Labour fell; CHILD LABOUR rose. Forced–labour (en dash) and forced\u{a0}labour.",
            "Trafficking victims in Pakistan’ and Sindh’s brothels; women and girls, boys.",
            "Victimes d’exploitation: Ärzte, Straße, İstanbul; ΣΊΣΥΦΟΣ trafficking; 27.6 million.",
            "forced labour",
            "xforced labour victims1 victimsvictims trafficking-related anti-trafficking",
            "",
        ]
        .map(String::from)
        .to_vec();
        lines.push(format!("{} child labour", "a".repeat(70)));
        let files = crate::testing::fixture_texts();
        assert!(files.len() > 20);
        lines.extend(files.iter().flat_map(|f| f.lines().map(String::from)));
        let (mut from_words, mut from_bytes) = (Vec::new(), Vec::new());
        let mut found = 0;
        for line in &lines {
            // The line within a longer text, as a sentence is.
            let text = format!("Before. {line}");
            let sentence = 8..text.len();
            let words = Words::new(&text, sentence.clone());
            index.find_words(&text[8..], 8, words.for_terms(), &mut from_words);
            index.find_into(&text[8..], 8, crate::table::Roles::All, &mut from_bytes);
            assert_eq!(from_words, from_bytes, "{line}");
            found += from_bytes.len();
        }
        assert!(found > 100, "{found}");
    }

    #[test]
    fn splits_words_and_keeps_inner_apostrophes_and_hyphens() {
        let text = "UNODC’s data: one-third of victims, says Dr. Khan-";
        let w = Words::new(text, 0..text.len());
        let words: Vec<&str> = (0..w.len()).map(|i| w.lower(i)).collect();
        assert_eq!(
            words,
            [
                "unodc’s",
                "data",
                "one-third",
                "of",
                "victims",
                "says",
                "dr",
                "khan"
            ]
        );
        assert_eq!(w.base(0), "unodc");
        assert!(w.possessive(0));
        assert!(!w.joined(2) && w.joined(3) && !w.joined(5));
        assert!(w.at(2, "one-third of victims"));
        assert!(w.at(3, "of victims") && w.at(0, "unodc") && w.at(6, "dr khan"));
        assert!(!w.at(3, "of victim") && !w.at(6, "dr khan x") && !w.at(7, "khan x"));
        assert!(w.stripped(0) && !w.stripped(1) && !w.possessive(1));
        assert_eq!((w.first_byte(0), w.last_byte(0)), (Some(b'u'), Some(b'c')));
        assert_eq!((w.first_byte(8), w.last_byte(8)), (None, None));
    }

    #[test]
    fn each_listed_word_carries_the_cues_of_its_lists_and_no_other() {
        let lists = crate::claim::cue_lists();
        let all: Vec<CueList> = lists.iter().flat_map(|l| l.iter().copied()).collect();
        // Every cue registered, once.
        assert_eq!(all.len(), Cue::AgeUnit as usize + 1);
        for (k, (cue, _)) in all.iter().enumerate() {
            assert_eq!(all.iter().position(|(c, _)| c == cue), Some(k), "{cue:?}");
        }
        let table = CueTable::new(&lists);
        for &(_, set) in &all {
            for &w in set.words {
                let cues = table.get(hash(w.as_bytes()), w);
                for &(cue, list) in &all {
                    assert_eq!(cues & cue.bit() != 0, list.contains(w), "{w} {cue:?}");
                }
            }
        }
        for w in ["victims", "", "detect", "detectedx"] {
            assert_eq!(table.get(hash(w.as_bytes()), w), 0, "{w}");
        }
        let text = "The ILO’s detected victims, in Pakistan";
        let w = Words::new(text, 0..text.len());
        assert!(w.has(1, Cue::OrganisationLead) && w.has(2, Cue::Detection));
        assert!(w.has(4, Cue::Scope) && w.has(4, Cue::Stop) && w.has(5, Cue::PlaceLead));
        assert!(!w.has(3, Cue::Detection) && !w.has(0, Cue::Detection) && !w.has(6, Cue::Stop));
    }

    #[test]
    fn ascii_bytes_are_classed_as_their_characters() {
        for b in 0u8..128 {
            let c = char::from(b);
            let text = c.to_string();
            assert_eq!(class_at(&text, 0), (is_word_char(c), is_inner(c), 1), "{b}");
        }
        assert_eq!(class_at("’", 0), (false, true, 3));
        assert_eq!(class_at("é", 0), (true, false, 2));
        let text = "The ILO’s data";
        let mut w = Words::new(text, 0..text.len());
        assert!(w.possessive(1) && w.is(1, "ilo"));
        w.read(4..text.len());
        assert_eq!((w.len(), w.base(0), w.lower(1)), (2, "ilo", "data"));
    }
}
