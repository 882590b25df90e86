//! The English vocabulary of numbers: number words, scales, fractions, hedges, currencies and
//! the context words that tell a statistic from a date, a label or a counter.
//!
//! Every word is looked up once, when the tokenizer meets it, in one table built on first use
//! (the word packed into two integers and hashed); the parser then asks the entry ([`Word`]) instead of comparing strings.

use super::Hedge;
use std::sync::OnceLock;

/// What the vocabulary knows about one lower-cased word.
#[derive(Debug, Clone, Copy, Default)]
pub struct Word {
    small: Option<u8>,
    ordinal: Option<u8>,
    month: Option<u8>,
    glued: Option<(u8, bool)>,
    direction: i8,
    hedge: Option<Hedge>,
    scale: Option<f64>,
    scale_ordinal: Option<f64>,
    multiplier: Option<f64>,
    minor: Option<f64>,
    coin: Option<f64>,
    currency: Option<&'static str>,
    dollar: Option<&'static str>,
    unit: Option<&'static str>,
    flags: u32,
}

const WEEKDAY: u32 = 1;
const TIME_UNIT: u32 = 1 << 1;
const FURNITURE: u32 = 1 << 2;
const LABEL: u32 = 1 << 3;
const PHONE: u32 = 1 << 4;
const ORDINAL_SUFFIX: u32 = 1 << 5;
const COMPARATIVE: u32 = 1 << 6;
const RANK: u32 = 1 << 7;
const SUPERLATIVE: u32 = 1 << 8;
const DETERMINER: u32 = 1 << 9;
const POPULATION: u32 = 1 << 10;
const NATIONALITY: u32 = 1 << 11;
const LENGTH_CONTEXT: u32 = 1 << 12;
const VERBISH: u32 = 1 << 13;
const HEDGE_TAIL: u32 = 1 << 14;
const PERSON: u32 = 1 << 15;
const STARTS: u32 = 1 << 16;
const TRIGGER: u32 = 1 << 17;
const PLACE: u32 = 1 << 18;
const LOWER_LABEL: u32 = 1 << 19;

impl Word {
    fn has(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    /// Value of a cardinal word below one hundred: `zero` … `nineteen`, `twenty` … `ninety`.
    pub fn small_number(&self) -> Option<f64> {
        self.small.map(f64::from)
    }

    /// Value of an ordinal word below one hundred: `first` 1 … `ninetieth` 90.
    pub fn small_ordinal(&self) -> Option<f64> {
        self.ordinal.map(f64::from)
    }

    /// A tens word glued to a unit or an ordinal: `twentyfifth` (25, ordinal), `fortytwo` (42).
    pub fn glued_tens(&self) -> Option<(f64, bool)> {
        self.glued.map(|(v, o)| (f64::from(v), o))
    }

    /// Multiplier of a scale word: `thousand`, `lakh`, `million`, `crore` … (`hundred` is apart).
    pub fn scale_word(&self) -> Option<f64> {
        self.scale
    }

    /// Multiplier of a scale ordinal: `hundredth`, `thousandth`, `millionth` …
    pub fn scale_ordinal(&self) -> Option<f64> {
        self.scale_ordinal
    }

    /// Factor of a multiplier verb or adjective: `doubled` 2, `tripled` 3, `halved` 0.5.
    pub fn multiplier(&self) -> Option<f64> {
        self.multiplier
    }

    /// Month number of a month name or its abbreviation.
    pub fn month(&self) -> Option<u32> {
        self.month.map(u32::from)
    }

    /// True for a weekday name or abbreviation.
    pub fn is_weekday(&self) -> bool {
        self.has(WEEKDAY)
    }

    /// True for a unit of time after a number (`15 years`).
    pub fn is_time_unit(&self) -> bool {
        self.has(TIME_UNIT)
    }

    /// A physical unit written after a number (`3km`, `10 kg`).
    pub fn measurement_unit(&self) -> Option<&'static str> {
        self.unit
    }

    /// True for a social counter word after a number (`17,828 Fans`).
    pub fn is_furniture(&self) -> bool {
        self.has(FURNITURE)
    }

    /// True for a word before a number that makes it a reference or a label (`Section 3`).
    pub fn is_label(&self) -> bool {
        self.has(LABEL)
    }

    /// True for a word before a phone number or a short code (`call 1098`).
    pub fn is_phone(&self) -> bool {
        self.has(PHONE)
    }

    /// True for an ordinal suffix glued to digits (`15th`).
    pub fn is_ordinal_suffix(&self) -> bool {
        self.has(ORDINAL_SUFFIX)
    }

    /// A hedge of one word placed before a number.
    pub fn hedge(&self) -> Option<Hedge> {
        self.hedge
    }

    /// True for a word that may end a hedge of two or three words (`than`, `least`, `of`).
    pub fn ends_hedge(&self) -> bool {
        self.has(HEDGE_TAIL)
    }

    /// Currency of a word written before or after an amount (`Rs`, `dollars`, `naira`).
    pub fn currency(&self) -> Option<&'static str> {
        self.currency
    }

    /// Minor units of a currency (`cents`, `pence`): how many make one major unit.
    pub fn minor_currency(&self) -> Option<f64> {
        self.minor
    }

    /// Currency of a prefix before `$` (`US$`, `A$`, `HK$`).
    pub fn dollar_prefix(&self) -> Option<&'static str> {
        self.dollar
    }

    /// Value in dollars of a US coin word (`dime`, `nickels`).
    pub fn coin(&self) -> Option<f64> {
        self.coin
    }

    /// Sign of the change a word states before or after a percentage (`rose` 1, `fell` -1), or 0.
    pub fn change_direction(&self) -> f64 {
        f64::from(self.direction)
    }

    /// True for a comparative after `N times` (`three times more`).
    pub fn is_comparative(&self) -> bool {
        self.has(COMPARATIVE)
    }

    /// True for a verb or noun of ranking before an ordinal (`ranked third`).
    pub fn is_rank(&self) -> bool {
        self.has(RANK)
    }

    /// True for a superlative after an ordinal (`third-largest`).
    pub fn is_superlative(&self) -> bool {
        self.has(SUPERLATIVE)
    }

    /// True for a determiner that makes a small number refer back (`the two men`).
    pub fn is_determiner(&self) -> bool {
        self.has(DETERMINER)
    }

    /// True for a population noun after a rate's denominator (`per 1,000 people`).
    pub fn is_population(&self) -> bool {
        self.has(POPULATION)
    }

    /// True for a nationality before a currency name (`Pakistani rupees`).
    pub fn is_nationality(&self) -> bool {
        self.has(NATIONALITY)
    }

    /// True for a word after `1m` that makes it a length (`1m tall`).
    pub fn is_length_context(&self) -> bool {
        self.has(LENGTH_CONTEXT)
    }

    /// True for a word that ends a list one hedge may govern (`is`, `said`, `but`).
    pub fn is_verbish(&self) -> bool {
        self.has(VERBISH)
    }

    /// True for a noun naming people (`men`, `suspects`, `girls`).
    pub fn is_person(&self) -> bool {
        self.has(PERSON)
    }

    /// True for the name of a country, a state, a province or a large city (lower-cased).
    pub fn is_place(&self) -> bool {
        self.has(PLACE)
    }

    /// True for a label word that makes a reference even in lower case (`section 3`, `class
    /// 8`); the others (`Rescue 1122`, `Match 4`) need a capital, being common words too.
    pub fn is_lower_label(&self) -> bool {
        self.has(LOWER_LABEL)
    }

    /// True for a word that may begin a mention (a number word, a month, a currency, `half` …).
    pub fn may_start(&self) -> bool {
        self.has(STARTS)
    }

    /// True for a number word that makes the prefilter parse the text around it (`seven`,
    /// `million`, `third`, `doubled`, `half`), a narrower set than [`Word::may_start`].
    pub fn triggers(&self) -> bool {
        self.has(TRIGGER)
    }
}

/// A word of up to 16 bytes packed into two integers, compared and hashed without `memcmp`.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Key(u64, u64);

impl Key {
    fn of(word: &str) -> Option<Key> {
        let bytes = word.as_bytes();
        if bytes.is_empty() || bytes.len() > MAX_WORD {
            return None;
        }
        let (mut a, mut b) = (0u64, 0u64);
        for (i, &byte) in bytes.iter().enumerate() {
            if i < 8 {
                a |= u64::from(byte) << (8 * i);
            } else {
                b |= u64::from(byte) << (8 * (i - 8));
            }
        }
        Some(Key(a, b))
    }

    fn slot(self, bits: u32) -> usize {
        let h = (self.0 ^ self.1.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> (64 - bits)) as usize
    }
}

/// The vocabulary: its entries, and an open-addressing index from packed words to entries.
struct Vocabulary {
    entries: Vec<Word>,
    keys: Vec<(Key, u16)>,
    bits: u32,
    /// For each pair of first two letters, a bit per length of a word of letters in the table.
    shapes: [u32; 27 * 27],
    /// The same for the words that trigger the prefilter.
    trigger_shapes: [u32; 27 * 27],
    /// Where a word the index cannot hold is written, never read (a test proves it unused).
    spare: Word,
    /// Number of words written to `spare`.
    spilled: usize,
}

/// The empty entry of unknown words, for an id out of range.
static EMPTY: Word = Word {
    small: None,
    ordinal: None,
    month: None,
    glued: None,
    direction: 0,
    hedge: None,
    scale: None,
    scale_ordinal: None,
    multiplier: None,
    minor: None,
    coin: None,
    currency: None,
    dollar: None,
    unit: None,
    flags: 0,
};

/// Number of bits of the index's slot numbers (8,192 slots, under a third of them full).
const INDEX_BITS: u32 = 13;

impl Vocabulary {
    #[inline]
    fn find(&self, key: Key) -> u16 {
        let mask = (1usize << self.bits) - 1;
        let mut slot = key.slot(self.bits);
        loop {
            let Some(&(k, id)) = self.keys.get(slot) else {
                return 0;
            };
            if id == 0 || k == key {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The entry of `word`, added when new; the spare entry when the index cannot hold it
    /// (an empty word, one longer than [`MAX_WORD`], or an index a third full).
    fn entry(&mut self, word: &str) -> &mut Word {
        let id = Key::of(word).and_then(|key| self.insert(key));
        match id.and_then(|id| self.entries.get_mut(usize::from(id))) {
            Some(entry) => entry,
            None => {
                self.spilled += 1;
                &mut self.spare
            }
        }
    }

    /// The id of `key`, added to the index when new; `None` when the index is a third full.
    fn insert(&mut self, key: Key) -> Option<u16> {
        let id = self.find(key);
        if id != 0 {
            return Some(id);
        }
        if self.entries.len() + 1 >= (1 << self.bits) / 3 {
            return None;
        }
        let id = u16::try_from(self.entries.len()).ok()?;
        let mask = (1usize << self.bits) - 1;
        let mut slot = key.slot(self.bits);
        while self.keys.get(slot)?.1 != 0 {
            slot = (slot + 1) & mask;
        }
        *self.keys.get_mut(slot)? = (key, id);
        self.entries.push(Word::default());
        Some(id)
    }

    fn flag(&mut self, words: &[&str], flag: u32) {
        for &w in words {
            self.entry(w).flags |= flag;
        }
    }
}

/// Longest word the table holds; longer words are never looked up.
pub const MAX_WORD: usize = 16;

#[inline]
fn vocabulary() -> &'static Vocabulary {
    static V: OnceLock<Vocabulary> = OnceLock::new();
    V.get_or_init(build)
}

/// The id of a lower-cased word in the table, or 0 when it is not there.
pub fn id(lower: &str) -> u16 {
    match Key::of(lower) {
        Some(key) => vocabulary().find(key),
        None => 0,
    }
}

/// The id of the word `bytes[start..end]`, made of ASCII letters only, whatever their case.
#[inline]
pub fn ascii_id(bytes: &[u8], start: usize, end: usize) -> u16 {
    let v = vocabulary();
    let len = end - start;
    if len == 0
        || len > MAX_WORD
        || v.shapes
            .get(shape(bytes, start, len))
            .is_none_or(|lengths| lengths & (1 << len) == 0)
    {
        return 0;
    }
    v.find(ascii_key(bytes, start, end))
}

/// Tells, word by word, whether a word of ASCII letters is a number word that makes the
/// prefilter parse the text around it ([`Word::triggers`]).
pub struct Triggers(&'static Vocabulary);

impl Triggers {
    /// The vocabulary's triggers.
    pub fn new() -> Triggers {
        Triggers(vocabulary())
    }

    /// True when `bytes[start..end]`, made of ASCII letters only, is a trigger.
    #[inline]
    pub fn at(&self, bytes: &[u8], start: usize, end: usize) -> bool {
        let len = end - start;
        (2..=MAX_WORD).contains(&len)
            && self
                .0
                .trigger_shapes
                .get(shape(bytes, start, len))
                .is_some_and(|lengths| lengths & (1 << len) != 0)
            && self
                .0
                .entries
                .get(usize::from(self.0.find(ascii_key(bytes, start, end))))
                .is_some_and(Word::triggers)
    }
}

/// Each byte's letter for [`shape`]: 0 to 25 for `a` to `z` in either case, 26 for other bytes.
static LETTER: [u8; 256] = {
    let mut table = [26u8; 256];
    let mut slots: &mut [u8] = &mut table;
    let mut b: u8 = 0;
    while let [slot, rest @ ..] = slots {
        let folded = (b | 0x20).wrapping_sub(b'a');
        if folded < 26 {
            *slot = folded;
        }
        b = b.wrapping_add(1);
        slots = rest;
    }
    table
};

/// Index of the shape of a word of ASCII letters: its first two letters, whatever their case.
#[inline]
fn shape(bytes: &[u8], start: usize, len: usize) -> usize {
    let letter = |b: u8| usize::from(LETTER.get(usize::from(b)).copied().unwrap_or(26));
    match bytes.get(start..) {
        Some(&[first, second, ..]) if len > 1 => letter(first) * 27 + letter(second),
        Some(&[first, ..]) => letter(first) * 27 + 26,
        // No letter at all (never asked for).
        _ => 26 * 27 + 26,
    }
}

/// The key of a word of ASCII letters, lower-cased.
#[inline]
fn ascii_key(bytes: &[u8], start: usize, end: usize) -> Key {
    let len = end - start;
    if let Some(window) = bytes.get(start..).and_then(<[u8]>::first_chunk::<16>) {
        // One unaligned load of 16 bytes as two halves, the bytes past the word masked off,
        // letters lower-cased by setting their 0x20 bit.
        let x = u128::from_le_bytes(*window);
        let (low_half, high_half) = (x as u64, (x >> 64) as u64);
        let mask = |n: usize| {
            if n >= 8 {
                u64::MAX
            } else {
                (1u64 << (8 * n)) - 1
            }
        };
        let lower = 0x2020_2020_2020_2020u64;
        let a = (low_half | lower) & mask(len);
        let b = if len > 8 {
            (high_half | lower) & mask(len - 8)
        } else {
            0
        };
        Key(a, b)
    } else {
        let (mut a, mut b) = (0u64, 0u64);
        for (i, &byte) in bytes.get(start..end).unwrap_or_default().iter().enumerate() {
            let byte = u64::from(byte | 0x20);
            if i < 8 {
                a |= byte << (8 * i);
            } else {
                b |= byte << (8 * (i - 8));
            }
        }
        Key(a, b)
    }
}

/// The entry with id `id` (0 is the empty entry of unknown words).
pub fn get(id: u16) -> &'static Word {
    vocabulary().entries.get(usize::from(id)).unwrap_or(&EMPTY)
}

/// The entry of a lower-cased word (the empty entry when it is unknown).
pub fn lookup(lower: &str) -> &'static Word {
    get(id(lower))
}

/// `head` and `tail` written one after the other into `buf`, when they fit.
fn glue<'b>(buf: &'b mut [u8; 2 * MAX_WORD], head: &str, tail: &str) -> Option<&'b str> {
    let (first, rest) = buf.split_at_mut_checked(head.len())?;
    first.copy_from_slice(head.as_bytes());
    rest.get_mut(..tail.len())?.copy_from_slice(tail.as_bytes());
    std::str::from_utf8(buf.get(..head.len() + tail.len())?).ok()
}

fn build() -> Vocabulary {
    let mut v = Vocabulary {
        entries: vec![Word::default()],
        keys: vec![(Key(0, 0), 0); 1 << INDEX_BITS],
        bits: INDEX_BITS,
        shapes: [0; 27 * 27],
        trigger_shapes: [0; 27 * 27],
        spare: Word::default(),
        spilled: 0,
    };
    for &(w, n) in SMALL_NUMBERS {
        v.entry(w).small = Some(n);
    }
    for &(w, n) in SMALL_ORDINALS {
        v.entry(w).ordinal = Some(n);
    }
    // `twenty` … `ninety` glued to `one` … `nine` and to `first` … `ninth`, each written into
    // one buffer (216 `format!`s cost a fifth of the build).
    let mut buf = [0u8; 2 * MAX_WORD];
    for &(tens, t) in SMALL_NUMBERS.iter().skip(20) {
        let units = SMALL_NUMBERS
            .iter()
            .skip(1)
            .take(9)
            .map(|&(w, u)| (w, u, false));
        let ordinals = SMALL_ORDINALS.iter().take(9).map(|&(w, u)| (w, u, true));
        for (unit, u, ordinal) in units.chain(ordinals) {
            let glued = Some((t + u, ordinal));
            match glue(&mut buf, tens, unit) {
                Some(word) => v.entry(word).glued = glued,
                None => v.entry(&format!("{tens}{unit}")).glued = glued,
            }
        }
    }
    for &(w, s) in SCALE_WORDS {
        v.entry(w).scale = Some(s);
    }
    for &(w, s) in SCALE_ORDINALS {
        v.entry(w).scale_ordinal = Some(s);
    }
    for &(w, m) in MULTIPLIERS {
        v.entry(w).multiplier = Some(m);
    }
    for &(w, m) in MONTHS {
        v.entry(w).month = Some(m);
    }
    for &(w, h) in HEDGES {
        v.entry(w).hedge = Some(h);
    }
    for &(w, c) in CURRENCY_WORDS {
        v.entry(w).currency = Some(c);
    }
    for &(w, m) in MINOR_CURRENCIES {
        v.entry(w).minor = Some(m);
    }
    for &(w, c) in DOLLAR_PREFIXES {
        v.entry(w).dollar = Some(c);
    }
    for &(w, c) in COINS {
        v.entry(w).coin = Some(c);
    }
    for &(w, u) in MEASUREMENT_UNITS {
        v.entry(w).unit = Some(u);
    }
    for &w in RISES {
        v.entry(w).direction = 1;
    }
    for &w in FALLS {
        v.entry(w).direction = -1;
    }
    v.flag(WEEKDAYS, WEEKDAY);
    v.flag(TIME_UNITS, TIME_UNIT);
    v.flag(FURNITURE_WORDS, FURNITURE);
    v.flag(LOWER_LABELS, LABEL);
    v.flag(OTHER_LABELS, LABEL);
    v.flag(PHONE_WORDS, PHONE);
    v.flag(&["st", "nd", "rd", "th", "d"], ORDINAL_SUFFIX);
    v.flag(COMPARATIVES, COMPARATIVE);
    v.flag(RANK_WORDS, RANK);
    v.flag(SUPERLATIVES, SUPERLATIVE);
    v.flag(DETERMINERS, DETERMINER);
    v.flag(POPULATION_NOUNS, POPULATION);
    v.flag(NATIONALITIES, NATIONALITY);
    v.flag(LENGTH_CONTEXTS, LENGTH_CONTEXT);
    v.flag(VERBISH_WORDS, VERBISH);
    v.flag(HEDGE_TAILS, HEDGE_TAIL);
    v.flag(PERSON_NOUNS, PERSON);
    v.flag(PLACES, PLACE);
    v.flag(LOWER_LABELS, LOWER_LABEL);
    v.flag(OTHER_STARTS, STARTS);
    v.flag(OTHER_TRIGGERS, TRIGGER | STARTS);
    for e in &mut v.entries {
        let number = e.small.is_some()
            || e.ordinal.is_some()
            || e.glued.is_some()
            || e.scale.is_some()
            || e.scale_ordinal.is_some()
            || e.multiplier.is_some()
            || e.coin.is_some();
        if number {
            e.flags |= TRIGGER;
        }
        let starts = e.small.is_some()
            || e.ordinal.is_some()
            || e.glued.is_some()
            || e.scale.is_some()
            || e.scale_ordinal.is_some()
            || e.multiplier.is_some()
            || e.month.is_some()
            || e.currency.is_some()
            || e.dollar.is_some()
            || e.coin.is_some()
            || e.flags & (WEEKDAY | NATIONALITY) != 0;
        if starts {
            e.flags |= STARTS;
        }
    }
    let mut shapes = [0u32; 27 * 27];
    let mut trigger_shapes = [0u32; 27 * 27];
    for &(key, id) in &v.keys {
        if id == 0 {
            continue;
        }
        let bytes = ((u128::from(key.1) << 64) | u128::from(key.0)).to_le_bytes();
        let word = bytes.split(|&b| b == 0).next().unwrap_or_default();
        let len = word.len();
        if !word.iter().all(u8::is_ascii_lowercase) {
            continue;
        }
        let at = shape(word, 0, len);
        if let Some(lengths) = shapes.get_mut(at) {
            *lengths |= 1 << len;
        }
        if v.entries.get(usize::from(id)).is_some_and(Word::triggers)
            && let Some(lengths) = trigger_shapes.get_mut(at)
        {
            *lengths |= 1 << len;
        }
    }
    v.shapes = shapes;
    v.trigger_shapes = trigger_shapes;
    v
}

const SMALL_NUMBERS: &[(&str, u8)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("fourty", 40),
    ("nought", 0),
    ("naught", 0),
    ("nil", 0),
];

const SMALL_ORDINALS: &[(&str, u8)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
    ("nineth", 9),
];

const SCALE_WORDS: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("thousands", 1e3),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("lac", 1e5),
    ("lacs", 1e5),
    ("lakh's", 1e5),
    ("lkh", 1e5),
    ("lkhs", 1e5),
    ("million", 1e6),
    ("millions", 1e6),
    ("crore", 1e7),
    ("crores", 1e7),
    ("cr", 1e7),
    ("krore", 1e7),
    ("krores", 1e7),
    ("koti", 1e7),
    ("billion", 1e9),
    ("billions", 1e9),
    ("trillion", 1e12),
    ("trillions", 1e12),
    ("quadrillion", 1e15),
    ("quintillion", 1e18),
    ("sextillion", 1e21),
];

const SCALE_ORDINALS: &[(&str, f64)] = &[
    ("hundredth", 1e2),
    ("hundredths", 1e2),
    ("thousandth", 1e3),
    ("thousandths", 1e3),
    ("millionth", 1e6),
    ("millionths", 1e6),
    ("billionth", 1e9),
    ("billionths", 1e9),
    ("trillionth", 1e12),
    ("trillionths", 1e12),
];

const MULTIPLIERS: &[(&str, f64)] = &[
    ("doubled", 2.0),
    ("doubling", 2.0),
    ("doubles", 2.0),
    ("twofold", 2.0),
    ("tripled", 3.0),
    ("trebled", 3.0),
    ("tripling", 3.0),
    ("trebling", 3.0),
    ("triples", 3.0),
    ("trebles", 3.0),
    ("threefold", 3.0),
    ("quadrupled", 4.0),
    ("quadrupling", 4.0),
    ("quadruples", 4.0),
    ("fourfold", 4.0),
    ("quintupled", 5.0),
    ("fivefold", 5.0),
    ("sixfold", 6.0),
    ("sevenfold", 7.0),
    ("eightfold", 8.0),
    ("ninefold", 9.0),
    ("tenfold", 10.0),
    ("twentyfold", 20.0),
    ("hundredfold", 100.0),
    ("halved", 0.5),
    ("halving", 0.5),
    ("halves", 0.5),
];

const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Hedges of one word placed before a number.
const HEDGES: &[(&str, Hedge)] = &[
    ("about", Hedge::About),
    ("around", Hedge::About),
    ("approximately", Hedge::About),
    ("roughly", Hedge::About),
    ("some", Hedge::About),
    ("estimated", Hedge::About),
    ("approx", Hedge::About),
    ("circa", Hedge::About),
    ("ca", Hedge::About),
    ("c", Hedge::About),
    ("nigh", Hedge::About),
    ("apprx", Hedge::About),
    ("abt", Hedge::About),
    ("nearly", Hedge::Nearly),
    ("almost", Hedge::Nearly),
    ("virtually", Hedge::Nearly),
    ("over", Hedge::MoreThan),
    ("above", Hedge::MoreThan),
    ("exceeding", Hedge::MoreThan),
    ("exceeds", Hedge::MoreThan),
    ("exceed", Hedge::MoreThan),
    ("surpassing", Hedge::MoreThan),
    ("surpass", Hedge::MoreThan),
    ("topping", Hedge::MoreThan),
    ("beyond", Hedge::MoreThan),
    ("under", Hedge::LessThan),
    ("below", Hedge::LessThan),
    ("upto", Hedge::UpTo),
];

/// Last words of the hedges of two or three words (see [`hedge_pair`] and [`hedge_triple`]).
const HEDGE_TAILS: &[&str] = &[
    "than",
    "over",
    "above",
    "of",
    "under",
    "below",
    "least",
    "to",
    "most",
    "estimated",
    "as",
    "less",
    "region",
    "part",
];

/// Currencies named by a word before or after an amount.
const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("rs", "PKR"),
    ("pkr", "PKR"),
    ("rupees", "PKR"),
    ("rupee", "PKR"),
    ("re", "PKR"),
    ("inr", "INR"),
    ("usd", "USD"),
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("bucks", "USD"),
    ("buck", "USD"),
    ("usdollars", "USD"),
    ("eur", "EUR"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("gbp", "GBP"),
    ("pounds", "GBP"),
    ("pound", "GBP"),
    ("sterling", "GBP"),
    ("quid", "GBP"),
    ("ngn", "NGN"),
    ("naira", "NGN"),
    ("kes", "KES"),
    ("ksh", "KES"),
    ("kshs", "KES"),
    ("sh", "KES"),
    ("shs", "KES"),
    ("shillings", "KES"),
    ("shilling", "KES"),
    ("ugx", "UGX"),
    ("ush", "UGX"),
    ("tzs", "TZS"),
    ("tsh", "TZS"),
    ("zar", "ZAR"),
    ("rand", "ZAR"),
    ("ghs", "GHS"),
    ("cedis", "GHS"),
    ("cedi", "GHS"),
    ("bdt", "BDT"),
    ("tk", "BDT"),
    ("taka", "BDT"),
    ("tka", "BDT"),
    ("lkr", "LKR"),
    ("npr", "NPR"),
    ("aed", "AED"),
    ("dirhams", "AED"),
    ("dirham", "AED"),
    ("dhs", "AED"),
    ("sar", "SAR"),
    ("riyals", "SAR"),
    ("riyal", "SAR"),
    ("rials", "SAR"),
    ("rial", "SAR"),
    ("saudiriyal", "SAR"),
    ("qar", "QAR"),
    ("kwd", "KWD"),
    ("dinars", "KWD"),
    ("dinar", "KWD"),
    ("cny", "CNY"),
    ("rmb", "CNY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("kuai", "CNY"),
    ("jpy", "JPY"),
    ("yen", "JPY"),
    ("cad", "CAD"),
    ("aud", "AUD"),
    ("chf", "CHF"),
    ("francs", "CHF"),
    ("franc", "CHF"),
    ("myr", "MYR"),
    ("rm", "MYR"),
    ("ringgit", "MYR"),
    ("ringgits", "MYR"),
    ("egp", "EGP"),
    ("egyptianpound", "EGP"),
    ("genihat", "EGP"),
    ("le", "EGP"),
    ("l.e", "EGP"),
    ("geneh", "EGP"),
    ("lbp", "LBP"),
    ("bgn", "BGN"),
    ("ils", "ILS"),
    ("shekels", "ILS"),
    ("shekel", "ILS"),
    ("nis", "ILS"),
    ("uah", "UAH"),
    ("hryvnia", "UAH"),
    ("hryvnias", "UAH"),
    ("mnt", "MNT"),
    ("tugriks", "MNT"),
    ("tugrik", "MNT"),
    ("etb", "ETB"),
    ("birr", "ETB"),
    ("php", "PHP"),
    ("pesos", "PHP"),
    ("peso", "PHP"),
    ("idr", "IDR"),
    ("rupiah", "IDR"),
    ("try", "TRY"),
    ("lira", "TRY"),
    ("rub", "RUB"),
    ("roubles", "RUB"),
    ("rubles", "RUB"),
    ("rouble", "RUB"),
    ("ruble", "RUB"),
    ("brl", "BRL"),
    ("reais", "BRL"),
    ("real", "BRL"),
    ("afn", "AFN"),
    ("afghanis", "AFN"),
    ("afghani", "AFN"),
    ("mwk", "MWK"),
    ("kwacha", "MWK"),
    ("xof", "XOF"),
    ("cfa", "XOF"),
];

const MINOR_CURRENCIES: &[(&str, f64)] = &[
    ("cents", 100.0),
    ("cent", 100.0),
    ("c", 100.0),
    ("pence", 100.0),
    ("penny", 100.0),
    ("pennies", 100.0),
    ("p", 100.0),
    ("paise", 100.0),
    ("paisa", 100.0),
    ("kobo", 100.0),
    ("sen", 100.0),
    ("sens", 100.0),
    ("kopiykas", 100.0),
    ("kopiyka", 100.0),
    ("mao", 10.0),
    ("jiao", 10.0),
];

const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("us", "USD"),
    ("u.s", "USD"),
    ("a", "AUD"),
    ("au", "AUD"),
    ("aus", "AUD"),
    ("c", "CAD"),
    ("ca", "CAD"),
    ("can", "CAD"),
    ("hk", "HKD"),
    ("nz", "NZD"),
    ("s", "SGD"),
    ("sg", "SGD"),
    ("nt", "TWD"),
    ("z", "ZWL"),
    ("r", "BRL"),
];

const COINS: &[(&str, f64)] = &[
    ("dime", 0.1),
    ("dimes", 0.1),
    ("nickel", 0.05),
    ("nickels", 0.05),
];

const MEASUREMENT_UNITS: &[(&str, &str)] = &[
    ("km", "km"),
    ("kms", "km"),
    ("kilometre", "km"),
    ("kilometres", "km"),
    ("kilometer", "km"),
    ("kilometers", "km"),
    ("m", "m"),
    ("metre", "m"),
    ("metres", "m"),
    ("meter", "m"),
    ("meters", "m"),
    ("cm", "cm"),
    ("centimetre", "cm"),
    ("centimetres", "cm"),
    ("centimeter", "cm"),
    ("centimeters", "cm"),
    ("mm", "mm"),
    ("millimetre", "mm"),
    ("millimetres", "mm"),
    ("millimeter", "mm"),
    ("millimeters", "mm"),
    ("mile", "mile"),
    ("miles", "mile"),
    ("mi", "mile"),
    ("ft", "ft"),
    ("foot", "ft"),
    ("feet", "ft"),
    ("inch", "inch"),
    ("inches", "inch"),
    ("in.", "inch"),
    ("kg", "kg"),
    ("kgs", "kg"),
    ("kilo", "kg"),
    ("kilos", "kg"),
    ("kilogram", "kg"),
    ("kilograms", "kg"),
    ("kilogramme", "kg"),
    ("kilogrammes", "kg"),
    ("g", "g"),
    ("gram", "g"),
    ("grams", "g"),
    ("gramme", "g"),
    ("grammes", "g"),
    ("gm", "g"),
    ("gms", "g"),
    ("mg", "mg"),
    ("milligram", "mg"),
    ("milligrams", "mg"),
    ("lb", "lb"),
    ("lbs", "lb"),
    ("oz", "oz"),
    ("ounce", "oz"),
    ("ounces", "oz"),
    ("ton", "t"),
    ("tons", "t"),
    ("tonne", "t"),
    ("tonnes", "t"),
    ("t", "t"),
    ("litre", "l"),
    ("litres", "l"),
    ("liter", "l"),
    ("liters", "l"),
    ("l", "l"),
    ("ml", "l"),
    ("millilitre", "l"),
    ("millilitres", "l"),
    ("gallon", "gal"),
    ("gallons", "gal"),
    ("acre", "acre"),
    ("acres", "acre"),
    ("hectare", "ha"),
    ("hectares", "ha"),
    ("ha", "ha"),
    ("kanal", "kanal"),
    ("kanals", "kanal"),
    ("marla", "kanal"),
    ("marlas", "kanal"),
    ("sq", "sq"),
    ("sqft", "sq"),
    ("sqkm", "sq"),
    ("km2", "km2"),
    ("km²", "km2"),
    ("mph", "speed"),
    ("kmph", "speed"),
    ("kph", "speed"),
    ("km/h", "speed"),
    ("knots", "speed"),
    ("mw", "power"),
    ("gw", "power"),
    ("kw", "power"),
    ("kwh", "power"),
    ("mwh", "power"),
    ("gwh", "power"),
    ("megawatt", "power"),
    ("megawatts", "power"),
    ("gigawatts", "power"),
    ("c", "temperature"),
    ("°c", "temperature"),
    ("f", "temperature"),
    ("°f", "temperature"),
    ("celsius", "temperature"),
    ("fahrenheit", "temperature"),
    ("degrees", "temperature"),
    ("mb", "data"),
    ("gb", "data"),
    ("tb", "data"),
    ("kb", "data"),
    ("mbps", "data"),
    ("gbps", "data"),
    ("cup", "cup"),
    ("cups", "cup"),
    ("storey", "storey"),
    ("storeys", "storey"),
];

/// Words that state a rise when they come before or after a percentage (`rose 5%`, `up 31pc`).
const RISES: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rises",
    "rising",
    "increased",
    "increase",
    "increases",
    "increasing",
    "grew",
    "grown",
    "grow",
    "grows",
    "growth",
    "jumped",
    "jump",
    "jumps",
    "surged",
    "surge",
    "surges",
    "climbed",
    "climb",
    "climbs",
    "up",
    "higher",
    "spike",
    "spiked",
    "hike",
    "hiked",
    "soared",
    "soar",
    "rocketed",
    "leapt",
    "leaped",
    "leap",
    "gained",
    "gain",
    "gains",
    "swelled",
    "expanded",
    "raised",
    "raise",
    "raises",
    "more",
    "boosted",
    "increment",
    "upswing",
    "uptick",
    "appreciated",
    "added",
];

/// Words that state a fall when they come before or after a percentage (`fell 11 per cent`).
const FALLS: &[&str] = &[
    "fell",
    "fallen",
    "fall",
    "falls",
    "falling",
    "dropped",
    "drop",
    "drops",
    "decreased",
    "decrease",
    "decreases",
    "declined",
    "decline",
    "declines",
    "declining",
    "down",
    "lower",
    "reduction",
    "reduced",
    "slumped",
    "slump",
    "plunged",
    "plunge",
    "cut",
    "cuts",
    "dipped",
    "dip",
    "shrank",
    "shrunk",
    "contracted",
    "tumbled",
    "slid",
    "slipped",
    "plummeted",
    "lost",
    "less",
    "fewer",
    "depreciated",
    "eased",
    "downturn",
    "slashed",
    "shed",
    "sheds",
];

/// Nationality words before a currency name (`Pakistani rupees`, `US dollars`).
const NATIONALITIES: &[&str] = &[
    "us",
    "u.s",
    "american",
    "pakistani",
    "indian",
    "nigerian",
    "kenyan",
    "bangladeshi",
    "nepali",
    "nepalese",
    "lankan",
    "saudi",
    "malaysian",
    "malaysia",
    "kuwaiti",
    "lebanese",
    "egyptian",
    "singapore",
    "canadian",
    "australian",
    "african",
    "ghanaian",
    "ugandan",
    "tanzanian",
    "ethiopian",
    "chinese",
    "japanese",
    "afghan",
    "hong",
    "emirati",
    "qatari",
    "jordanian",
    "libyan",
    "zimbabwean",
    "zambian",
    "malawian",
    "rwandan",
    "mexican",
    "philippine",
    "new",
];

/// Words after `1m` that make it a length (`1m tall`), not a million.
const LENGTH_CONTEXTS: &[&str] = &[
    "tall",
    "high",
    "long",
    "wide",
    "deep",
    "away",
    "above",
    "below",
    "under",
    "from",
    "in",
    "race",
    "sprint",
    "hurdles",
    "freestyle",
    "backstroke",
    "breaststroke",
    "butterfly",
    "relay",
    "final",
    "metres",
    "of",
    "thick",
    "apart",
    "beneath",
    "underground",
    "down",
    "up",
    "deeper",
    "higher",
    "taller",
    "longer",
];

/// Words that end a list a hedge may govern (`about 300 were arrested, and 50 …`).
const VERBISH_WORDS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "been",
    "be",
    "said",
    "says",
    "will",
    "would",
    "could",
    "can",
    "may",
    "while",
    "but",
    "which",
    "that",
    "who",
    "than",
    "whereas",
    "including",
    "not",
    "only",
    "just",
    "exactly",
];

/// Places that head the lists of counts news prints as `Kano (17)` or `Niger, 26`: countries,
/// states and provinces, large cities (the last word of names of several words).
const PLACES: &[&str] = &[
    "afghanistan",
    "albania",
    "algeria",
    "andorra",
    "angola",
    "argentina",
    "armenia",
    "australia",
    "austria",
    "azerbaijan",
    "bahamas",
    "bahrain",
    "bangladesh",
    "barbados",
    "belarus",
    "belgium",
    "belize",
    "benin",
    "bhutan",
    "bolivia",
    "bosnia",
    "herzegovina",
    "botswana",
    "brazil",
    "brunei",
    "bulgaria",
    "burkina",
    "faso",
    "burundi",
    "cambodia",
    "cameroon",
    "canada",
    "cape",
    "verde",
    "chad",
    "chile",
    "china",
    "colombia",
    "comoros",
    "congo",
    "costa",
    "rica",
    "croatia",
    "cuba",
    "cyprus",
    "czechia",
    "czech",
    "denmark",
    "djibouti",
    "dominica",
    "dominican",
    "ecuador",
    "egypt",
    "salvador",
    "guinea",
    "eritrea",
    "estonia",
    "eswatini",
    "ethiopia",
    "fiji",
    "finland",
    "france",
    "gabon",
    "gambia",
    "georgia",
    "germany",
    "ghana",
    "greece",
    "grenada",
    "guatemala",
    "guyana",
    "haiti",
    "honduras",
    "hungary",
    "iceland",
    "india",
    "indonesia",
    "iran",
    "iraq",
    "ireland",
    "israel",
    "italy",
    "ivoire",
    "jamaica",
    "japan",
    "jordan",
    "kazakhstan",
    "kenya",
    "kiribati",
    "kosovo",
    "kuwait",
    "kyrgyzstan",
    "laos",
    "latvia",
    "lebanon",
    "lesotho",
    "liberia",
    "libya",
    "liechtenstein",
    "lithuania",
    "luxembourg",
    "madagascar",
    "malawi",
    "malaysia",
    "maldives",
    "mali",
    "malta",
    "mauritania",
    "mauritius",
    "mexico",
    "micronesia",
    "moldova",
    "monaco",
    "mongolia",
    "montenegro",
    "morocco",
    "mozambique",
    "myanmar",
    "burma",
    "namibia",
    "nauru",
    "nepal",
    "netherlands",
    "zealand",
    "nicaragua",
    "niger",
    "nigeria",
    "macedonia",
    "norway",
    "oman",
    "pakistan",
    "palau",
    "palestine",
    "panama",
    "papua",
    "paraguay",
    "peru",
    "philippines",
    "poland",
    "portugal",
    "qatar",
    "romania",
    "russia",
    "rwanda",
    "samoa",
    "arabia",
    "senegal",
    "serbia",
    "seychelles",
    "sierra",
    "leone",
    "singapore",
    "slovakia",
    "slovenia",
    "somalia",
    "africa",
    "sudan",
    "spain",
    "lanka",
    "suriname",
    "sweden",
    "switzerland",
    "syria",
    "taiwan",
    "tajikistan",
    "tanzania",
    "thailand",
    "timor",
    "togo",
    "tonga",
    "trinidad",
    "tobago",
    "tunisia",
    "turkey",
    "turkiye",
    "turkmenistan",
    "tuvalu",
    "uganda",
    "ukraine",
    "emirates",
    "uae",
    "uk",
    "britain",
    "england",
    "scotland",
    "wales",
    "us",
    "usa",
    "america",
    "uruguay",
    "uzbekistan",
    "vanuatu",
    "vietnam",
    "yemen",
    "zambia",
    "zimbabwe",
    "abia",
    "adamawa",
    "akwa",
    "ibom",
    "anambra",
    "bauchi",
    "bayelsa",
    "benue",
    "borno",
    "cross",
    "river",
    "delta",
    "ebonyi",
    "edo",
    "ekiti",
    "enugu",
    "gombe",
    "imo",
    "jigawa",
    "kaduna",
    "kano",
    "katsina",
    "kebbi",
    "kogi",
    "kwara",
    "lagos",
    "nasarawa",
    "ogun",
    "ondo",
    "osun",
    "oyo",
    "plateau",
    "rivers",
    "sokoto",
    "taraba",
    "yobe",
    "zamfara",
    "abuja",
    "fct",
    "andhra",
    "pradesh",
    "arunachal",
    "assam",
    "bihar",
    "chhattisgarh",
    "goa",
    "gujarat",
    "haryana",
    "himachal",
    "jharkhand",
    "karnataka",
    "kerala",
    "madhya",
    "maharashtra",
    "manipur",
    "meghalaya",
    "mizoram",
    "nagaland",
    "odisha",
    "punjab",
    "rajasthan",
    "sikkim",
    "tamil",
    "nadu",
    "telangana",
    "tripura",
    "uttar",
    "uttarakhand",
    "bengal",
    "delhi",
    "kashmir",
    "ladakh",
    "jammu",
    "puducherry",
    "chandigarh",
    "mumbai",
    "kolkata",
    "chennai",
    "bengaluru",
    "bangalore",
    "hyderabad",
    "ahmedabad",
    "pune",
    "lucknow",
    "jaipur",
    "patna",
    "sindh",
    "balochistan",
    "khyber",
    "pakhtunkhwa",
    "gilgit",
    "baltistan",
    "islamabad",
    "karachi",
    "lahore",
    "peshawar",
    "quetta",
    "multan",
    "faisalabad",
    "rawalpindi",
    "sialkot",
    "gujranwala",
    "dhaka",
    "chittagong",
    "chattogram",
    "khulna",
    "rajshahi",
    "sylhet",
    "barisal",
    "rangpur",
    "mymensingh",
    "nairobi",
    "mombasa",
    "kisumu",
    "nakuru",
    "kiambu",
    "machakos",
    "kakamega",
    "eldoret",
    "london",
    "manchester",
    "birmingham",
    "leeds",
    "glasgow",
    "liverpool",
    "bristol",
    "yorkshire",
    "midlands",
    "essex",
    "kent",
    "accra",
    "kumasi",
    "kampala",
    "dar",
    "salaam",
    "addis",
    "ababa",
    "kigali",
    "lusaka",
    "harare",
    "lilongwe",
    "maputo",
    "johannesburg",
    "pretoria",
    "durban",
    "cairo",
    "khartoum",
    "tripoli",
    "kathmandu",
    "colombo",
    "kabul",
    "riyadh",
    "jeddah",
    "dubai",
    "doha",
    "muscat",
    "beirut",
    "amman",
    "baghdad",
    "tehran",
    "ankara",
    "istanbul",
    "moscow",
    "beijing",
    "shanghai",
    "tokyo",
    "seoul",
    "manila",
    "jakarta",
    "bangkok",
    "hanoi",
    "yangon",
];

/// Label words that make a reference even written in lower case.
const LOWER_LABELS: &[&str] = &[
    "act",
    "section",
    "sections",
    "sec",
    "article",
    "articles",
    "art",
    "clause",
    "clauses",
    "rule",
    "rules",
    "chapter",
    "chapters",
    "page",
    "pages",
    "p",
    "pp",
    "no",
    "nos",
    "nrs",
    "sdg",
    "sdgs",
    "indicator",
    "resolution",
    "paragraph",
    "para",
    "paras",
    "vol",
    "volume",
    "tier",
    "phase",
    "level",
    "grade",
    "class",
    "standard",
    "room",
    "flight",
    "route",
    "highway",
    "interstate",
    "motorway",
    "ordinance",
    "covid",
    "annex",
    "annexure",
    "appendix",
    "figure",
    "fig",
    "ipc",
    "ppc",
    "crpc",
    "bns",
    "fir",
    "docket",
    "ext",
    "extension",
    "pin",
    "pincode",
    "zip",
    "postcode",
    "po",
    "id",
    "na",
    "ps",
    "pk",
    "pb",
    "cop",
    "g",
    "version",
    "edition",
    "schedule",
    "item",
    "part",
    "table",
    "platform",
    "gate",
    "ward",
    "sector",
    "zone",
    "serial",
    "roll",
    "seat",
    "constituency",
    "criterion",
];

/// Nouns that name people, after a small number in words (`two men`, `three suspects`).
const PERSON_NOUNS: &[&str] = &[
    "men",
    "women",
    "man",
    "woman",
    "people",
    "persons",
    "person",
    "suspects",
    "suspect",
    "children",
    "child",
    "boys",
    "boy",
    "girls",
    "girl",
    "minors",
    "minor",
    "members",
    "brothers",
    "sisters",
    "sons",
    "daughters",
    "officers",
    "officials",
    "policemen",
    "soldiers",
    "teenagers",
    "teens",
    "friends",
    "relatives",
    "individuals",
    "adults",
    "accused",
    "traffickers",
    "agents",
    "defendants",
    "journalists",
    "others",
    "co-accused",
    "conspirators",
    "co",
    "victims",
    "workers",
    "labourers",
    "laborers",
    "migrants",
    "survivors",
    "passengers",
    "students",
    "siblings",
    "kids",
    "infants",
    "babies",
    "youths",
    "youngsters",
    "brokers",
    "gunmen",
    "robbers",
    "bandits",
    "sons",
    "wives",
    "husbands",
    "families",
    "nationals",
    "guards",
    "judges",
    "lawyers",
    "ministers",
    "doctors",
    "nurses",
    "teachers",
    "farmers",
    "fishermen",
    "staff",
    "employees",
    "persons",
    "citizens",
    "residents",
    "villagers",
    "pilgrims",
    "prisoners",
    "inmates",
    "detainees",
    "refugees",
    "players",
    "foreigners",
    "witnesses",
    "convicts",
    "culprits",
    "offenders",
    "criminals",
    "perpetrators",
    "attackers",
    "assailants",
    "victim",
    "wounded",
    "dead",
    "injured",
    "missing",
    "rescued",
    "contractors",
    "employers",
    "owners",
    "managers",
    "recruiters",
    "sisters-in-law",
];

/// Words besides number words that make the prefilter parse the text around them.
const OTHER_TRIGGERS: &[&str] = &[
    "hundred",
    "hundreds",
    "dozen",
    "dozens",
    "half",
    "quarter",
    "quarters",
    "twice",
    "thrice",
    "scores",
    "tens",
    "double",
    "triple",
    "treble",
    "quadruple",
    "percent",
    "percentage",
    "dollar",
    "penny",
    "grand",
    "buck",
    "euro",
    "quid",
    "couple",
    "pair",
];

/// Words, besides number words, months, currencies and the like, that may begin a mention.
const OTHER_STARTS: &[&str] = &[
    "a",
    "an",
    "half",
    "quarter",
    "minus",
    "negative",
    "several",
    "few",
    "many",
    "some",
    "us",
    "hk",
    "gh",
    "hundred",
    "hundreds",
    "dozen",
    "dozens",
    "scores",
    "tens",
    "twice",
    "thrice",
    "double",
    "triple",
    "treble",
    "quadruple",
    "point",
    "grand",
];

/// True for a weekday name or abbreviation.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// Words after a number that make it a length of time (`15 years`), not a statistic.
const TIME_UNITS: &[&str] = &[
    "year",
    "years",
    "yr",
    "yrs",
    "month",
    "months",
    "mth",
    "mths",
    "week",
    "weeks",
    "wk",
    "wks",
    "day",
    "days",
    "night",
    "nights",
    "hour",
    "hours",
    "hr",
    "hrs",
    "h",
    "minute",
    "minutes",
    "min",
    "mins",
    "second",
    "seconds",
    "sec",
    "secs",
    "decade",
    "decades",
    "century",
    "centuries",
    "fortnight",
    "fortnights",
    "quarter",
    "quarters",
    "semester",
    "term",
    "terms",
    "session",
    "sessions",
    "round",
    "rounds",
    "innings",
    "overs",
    "weekend",
    "weekends",
];

/// Words after a number that mark page furniture: social counters and widgets.
const FURNITURE_WORDS: &[&str] = &[
    "fans",
    "followers",
    "follower",
    "likes",
    "like",
    "shares",
    "share",
    "comments",
    "comment",
    "views",
    "view",
    "subscribers",
    "subscriber",
    "replies",
    "reply",
    "retweets",
    "reposts",
    "reads",
    "reactions",
    "votes",
    "claps",
    "responses",
    "members",
    "pins",
    "tweets",
    "posts",
];

/// Words before a number that make it a reference or a label (`Section 3`, `Tier 2`), besides
/// [`LOWER_LABELS`], which are labels too.
const OTHER_LABELS: &[&str] = &[
    // `Day 6: Learn the signs`, `Super Bowl 53`: a day of a series, an edition of a game.
    "day",
    "bowl",
    // Books of the Bible a faith page cites by chapter (`Psalm 82:3-4`, `1 Tim. 1:10`).
    "psalm",
    "psalms",
    "proverbs",
    "isaiah",
    "jeremiah",
    "ezekiel",
    "micah",
    "amos",
    "genesis",
    "exodus",
    "leviticus",
    "deuteronomy",
    "matthew",
    "luke",
    "romans",
    "corinthians",
    "galatians",
    "ephesians",
    "timothy",
    "tim",
    "hebrews",
    "goal",
    "target",
    "convention",
    "protocol",
    "box",
    "chart",
    "graph",
    "block",
    "plot",
    "street",
    "road",
    "lane",
    "terminal",
    "unit",
    "station",
    "district",
    "circle",
    "division",
    "divisions",
    "wave",
    "season",
    "episode",
    "series",
    "vision",
    "agenda",
    "category",
    "cat",
    "stage",
    "step",
    "bill",
    // A state bill by its chamber: `HB 12`, `SB 5`, `HF 318`, `SF 2` (with a capital only).
    "hb",
    "sb",
    "hf",
    "sf",
    "amendment",
    "order",
    "regulation",
    "regulations",
    "directive",
    "decree",
    "law",
    "code",
    "case",
    "file",
    "form",
    "model",
    "channel",
    "radio",
    "frequency",
    "rescue",
    "box.",
    "batch",
    "cohort",
    "group",
    "team",
    "match",
    "game",
    "lot",
    "floor",
    "house",
    "flat",
    "apartment",
    "suite",
    "villa",
    "building",
    "tower",
    "camp",
    "parliament",
    "congress",
    "assembly",
    "summit",
    // A review's numbered parts: `Recommendation 11`, `Principle 3`.
    "recommendation",
    "principle",
    // A title of the US Code: `19 USC 1307`.
    "usc",
    // A stock index by its size: `ASX 300 companies`, `FTSE 100`, `Fortune 500`, `S&P 500`.
    "asx",
    "ftse",
    "fortune",
    "nikkei",
    "russell",
    "stoxx",
    "nifty",
    "kospi",
];

/// Words before a number that ask for a phone number or a short code (`call 1098`).
const PHONE_WORDS: &[&str] = &[
    "tty",
    "call",
    "calling",
    "dial",
    "dialling",
    "dialing",
    "helpline",
    "hotline",
    "phone",
    "telephone",
    "tel",
    "mobile",
    "cell",
    "whatsapp",
    "sms",
    "texting",
    "texted",
    "text",
    "fax",
    "contact",
    "ph",
    "mob",
    "tollfree",
    "uan",
    "shortcode",
    "hotlines",
    "helplines",
];

/// Nouns after `N times` that make it a multiplier (`three times more`, `five times the`).
const COMPARATIVES: &[&str] = &[
    "more", "less", "fewer", "higher", "lower", "greater", "larger", "bigger", "smaller", "as",
    "the", "that", "likelier", "likely", "over", "faster", "slower", "worse", "better", "longer",
    "richer", "poorer", "cheaper", "costlier", "above", "what", "than",
];

/// Verbs and nouns of ranking before an ordinal (`ranked third`): a rank is a claim.
const RANK_WORDS: &[&str] = &[
    "ranked",
    "ranks",
    "rank",
    "ranking",
    "placed",
    "came",
    "finished",
    "stood",
    "stands",
    "position",
    "positioned",
    "slipped",
    "climbed",
    "fell",
    "dropped",
    "rose",
    "remain",
    "remains",
    "remained",
    "sit",
    "sits",
    "sat",
    "lie",
    "lies",
    "lay",
    "moved",
    "move",
    "finish",
    "finishes",
    "rated",
    "rates",
];

/// Superlatives after an ordinal that rank something (`third-largest`, `second highest`).
const SUPERLATIVES: &[&str] = &[
    "largest",
    "biggest",
    "highest",
    "lowest",
    "most",
    "least",
    "worst",
    "best",
    "greatest",
    "smallest",
    "fastest",
    "poorest",
    "richest",
    "deadliest",
    "busiest",
    "top",
    "leading",
    "populous",
];

/// Determiners before a small number word that make it a reference, not a count (`the two men`).
const DETERMINERS: &[&str] = &[
    "the", "these", "those", "its", "their", "his", "her", "our", "your", "my", "both", "all",
    "every", "each", "whose", "which", "first", "last", "next", "other", "another", "any",
];

/// Nouns after a number that name people or things counted in statistics about people.
const POPULATION_NOUNS: &[&str] = &[
    "population",
    "people",
    "persons",
    "inhabitants",
    "residents",
    "births",
    "live",
];

/// Value of a cardinal word below one hundred: `zero` … `nineteen`, `twenty` … `ninety`.
pub fn small_number(word: &str) -> Option<f64> {
    lookup(word).small_number()
}

/// True for the tens words that take a unit after them (`twenty-one`, `forty two`).
pub fn is_tens(value: f64) -> bool {
    (20.0..100.0).contains(&value) && value % 10.0 == 0.0
}

/// Value of an ordinal word below one hundred: `first` 1 … `ninetieth` 90.
pub fn small_ordinal(word: &str) -> Option<f64> {
    lookup(word).small_ordinal()
}

/// Multiplier of a scale ordinal: `hundredth`, `thousandth`, `millionth` …
pub fn scale_ordinal(word: &str) -> Option<f64> {
    lookup(word).scale_ordinal()
}

/// Multiplier of a scale abbreviation glued to or just after digits (`27.6m`, `US$236bn`, `5k`).
///
/// `raw` keeps the case: a capital `M` is a million, a lone lower-case `m` only where money or a
/// count is meant (the caller decides), and `G`, `B`, `T` only in capitals.
pub fn scale_abbreviation(raw: &str) -> Option<f64> {
    Some(match raw {
        "k" | "K" => 1e3,
        "m" | "M" | "mn" | "Mn" | "MN" | "mln" | "Mln" | "mil" | "mill" | "MM" => 1e6,
        "bn" | "Bn" | "BN" | "bln" | "Bln" | "b" | "B" => 1e9,
        "G" => 1e9,
        "tn" | "Tn" | "trn" | "tln" | "T" | "tr" => 1e12,
        "cr" | "Cr" => 1e7,
        _ => return None,
    })
}

/// Denominator of a fraction word: `half` 2, `third` 3, `quarter` 4 … `tenth` 10, `hundredth` 100.
pub fn denominator(word: &str) -> Option<f64> {
    let singular = word.strip_suffix('s').unwrap_or(word);
    Some(match singular {
        "half" | "halve" => 2.0,
        "quarter" => 4.0,
        _ => {
            if let Some(v) = small_ordinal(singular).filter(|&v| v >= 3.0) {
                v
            } else {
                scale_ordinal(word)?
            }
        }
    })
}

/// Whether `word` is a verb that, before `up to`, makes it a level reached (`went up to`,
/// `adds up to`) rather than a bound (`up to 50 million`).
pub fn rises_up(word: &str) -> bool {
    matches!(
        word,
        "go" | "goes"
            | "going"
            | "went"
            | "gone"
            | "shot"
            | "shoot"
            | "shoots"
            | "climbed"
            | "climb"
            | "climbs"
            | "climbing"
            | "jumped"
            | "jump"
            | "jumps"
            | "moved"
            | "crept"
            | "creeping"
            | "ramped"
            | "add"
            | "adds"
            | "added"
            | "adding"
            | "sums"
            | "summed"
            | "rounded"
            | "risen"
            | "rose"
            | "grown"
            | "grew"
    )
}

/// A hedge of two words placed before a number (`more than`, `at least`, `up to`).
pub fn hedge_pair(first: &str, second: &str) -> Option<Hedge> {
    Some(match (first, second) {
        (
            "more" | "greater" | "larger" | "bigger" | "higher" | "over" | "just" | "well"
            | "slightly" | "comfortably",
            "than" | "over" | "above",
        )
        | ("upwards" | "upward", "of")
        | ("excess", "of")
        | ("north", "of") => Hedge::MoreThan,
        ("less" | "fewer" | "lower" | "smaller", "than")
        | ("just" | "well" | "slightly", "under" | "below")
        | ("short" | "shy", "of") => Hedge::LessThan,
        ("at", "least") | ("minimum", "of") => Hedge::AtLeast,
        ("up", "to") | ("at", "most") | ("maximum", "of") => Hedge::UpTo,
        ("close", "to") | ("nearly", "to") => Hedge::Nearly,
        ("an", "estimated") | ("the", "estimated") | ("some", "estimated") => Hedge::About,
        _ => return None,
    })
}

/// A hedge of three words placed before a number (`as many as`, `in excess of`, `no fewer than`).
pub fn hedge_triple(a: &str, b: &str, c: &str) -> Option<Hedge> {
    Some(match (a, b, c) {
        ("as", "many" | "much" | "high" | "large", "as") => Hedge::UpTo,
        ("as", "few" | "little" | "low", "as") => Hedge::AtLeast,
        ("in", "excess", "of") | ("a", "little", "over" | "above") => Hedge::MoreThan,
        ("no" | "not", "fewer" | "less", "than") => Hedge::AtLeast,
        ("no" | "not", "more", "than") => Hedge::UpTo,
        ("a", "little", "under" | "below") | ("just", "short", "of") => Hedge::LessThan,
        ("more", "or", "less") | ("in", "the", "region") | ("the", "best", "part") => Hedge::About,
        ("a", "maximum", "of") => Hedge::UpTo,
        ("a", "minimum", "of") => Hedge::AtLeast,
        _ => return None,
    })
}

/// Currency of a word written before or after an amount (`Rs`, `PKR`, `dollars`, `naira`).
pub fn currency_word(word: &str) -> Option<&'static str> {
    lookup(word).currency()
}

/// Currency of a symbol written before or after an amount (`$`, `£`, `€`, `₹`, `₦`).
pub fn currency_symbol(symbol: &str) -> Option<&'static str> {
    Some(match symbol {
        "$" | "＄" => "USD",
        "£" => "GBP",
        "€" => "EUR",
        "₹" => "INR",
        "₦" => "NGN",
        "¥" | "￥" => "JPY",
        "₨" => "PKR",
        "৳" => "BDT",
        "₵" => "GHS",
        "¢" => "cent",
        "₱" => "PHP",
        "₩" => "KRW",
        "₽" => "RUB",
        "₺" => "TRY",
        "₪" => "ILS",
        _ => return None,
    })
}

/// Words that make a percentage a change when they come before it (`rose 5%`, `up 31pc`), with its
/// sign.
pub fn change_direction(word: &str) -> f64 {
    lookup(word).change_direction()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_vocabulary() {
        assert_eq!(small_number("seventeen"), Some(17.0));
        assert!(is_tens(40.0) && !is_tens(4.0));
        assert_eq!(lookup("lakh").scale_word(), Some(1e5));
        assert_eq!(scale_abbreviation("bn"), Some(1e9));
        assert_eq!(denominator("thirds"), Some(3.0));
        assert_eq!(denominator("hundredths"), Some(100.0));
        assert_eq!(denominator("second"), None);
        assert_eq!(lookup("trebled").multiplier(), Some(3.0));
        assert_eq!(lookup("sept").month(), Some(9));
        assert_eq!(hedge_pair("more", "than"), Some(Hedge::MoreThan));
        assert_eq!(lookup("nearly").hedge(), Some(Hedge::Nearly));
        assert_eq!(hedge_triple("as", "many", "as"), Some(Hedge::UpTo));
        assert_eq!(lookup("twentyfifth").glued_tens(), Some((25.0, true)));
        assert_eq!(lookup("fortytwo").glued_tens(), Some((42.0, false)));
        assert_eq!(currency_word("naira"), Some("NGN"));
        assert!(lookup("second").is_time_unit() && lookup("second").small_ordinal() == Some(2.0));
        assert!(lookup("million").may_start() && !lookup("often").may_start());
        assert_eq!(id("a-word-far-longer-than-any-in-the-table"), 0);
    }

    #[test]
    fn every_tens_word_glued_to_a_unit_or_an_ordinal_is_in_the_vocabulary() {
        let mut buf = [0u8; 2 * MAX_WORD];
        for &(tens, t) in SMALL_NUMBERS.iter().skip(20) {
            for &(unit, u) in SMALL_NUMBERS.iter().skip(1).take(9) {
                let word = format!("{tens}{unit}");
                assert_eq!(glue(&mut buf, tens, unit), Some(word.as_str()));
                assert_eq!(lookup(&word).glued_tens(), Some((f64::from(t + u), false)));
            }
            for &(unit, u) in SMALL_ORDINALS.iter().take(9) {
                let word = format!("{tens}{unit}");
                assert_eq!(glue(&mut buf, tens, unit), Some(word.as_str()));
                assert_eq!(lookup(&word).glued_tens(), Some((f64::from(t + u), true)));
            }
        }
        assert_eq!(
            glue(&mut buf, "seventeen", "seventeen"),
            Some("seventeenseventeen")
        );
        assert_eq!(glue(&mut buf, &"x".repeat(30), "abc"), None);
    }

    #[test]
    fn the_index_holds_every_word_of_the_vocabulary() {
        // A word the index cannot hold would be written to the spare entry and lost.
        let v = vocabulary();
        assert_eq!(v.spilled, 0);
        assert!(v.entries.len() < (1 << v.bits) / 3);
    }
}
