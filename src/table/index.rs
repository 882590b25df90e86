//! The term index: every figure's subject and population terms, keyed by their first word.
//!
//! Terms match whole words only, so the index looks terms up at word starts: a hash lookup of
//! the word, then a comparison of the few terms that begin with it. Building it costs a few
//! microseconds, where an automaton over the same terms costs most of a millisecond.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use super::Figure;

/// Which list of a figure a term comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// What is counted.
    Subject,
    /// The population it is counted in.
    Population,
}

/// One term found in a text, borrowed from the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermHit<'t> {
    /// Byte range of the term in the searched text.
    pub range: Range<usize>,
    /// The term, lower-cased.
    pub term: &'t str,
    /// Every (figure index, role) the term belongs to (only the population roles when the search
    /// asked for those), in figure order.
    pub owners: &'t [(usize, Role)],
    /// The figures among `owners` that own the term as a subject, in figure order.
    pub subjects: &'t [usize],
    /// The figures among `owners` that own the term as a population, in figure order.
    pub populations: &'t [usize],
    /// `subjects` as a bitset (bit `f % 64` of word `f / 64` for figure `f`; empty when the
    /// search asked for population roles only).
    pub subject_bits: &'t [u64],
    /// `populations` as a bitset.
    pub population_bits: &'t [u64],
    /// The term's position in the index.
    pub position: usize,
}

/// A quick hash for short keys (the FxHash of rustc); the keys are the table's own terms and ids.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        let mut last = [0u8; 8];
        let rest = chunks.remainder();
        for (to, &from) in last.iter_mut().zip(rest) {
            *to = from;
        }
        self.add(u64::from_le_bytes(last) ^ rest.len() as u64);
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A hash map keyed by the table's terms or ids.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Finds figure terms in text, whole words only, ignoring ASCII case.
#[derive(Debug, Clone, Default)]
pub struct TermIndex {
    /// Lower-cased first word → indices of the terms that begin with it, longest first.
    by_first_word: FirstWords,
    terms: Vec<String>,
    /// For each term, every (figure, role) owning it, in figure order.
    owners: Vec<Vec<(usize, Role)>>,
    /// For each term, its owners in the population role only.
    population_owners: Vec<Vec<(usize, Role)>>,
    /// For each term, the figures owning it as a subject, then those owning it as a population.
    by_role: Vec<(Vec<usize>, Vec<usize>)>,
    /// For each term, `by_role` as two bitsets of `words` words each, one
    /// after the other.
    role_bits: Vec<u64>,
    /// Words in one bitset of figures.
    words: usize,
    /// The longest first word, in bytes: a longer word in the text starts no term.
    longest_first_word: usize,
    /// Every byte that occurs in a term, as a bitset (bit `b % 64` of word `b / 64`).
    term_bytes: [u64; 4],
}

/// Lists one after another in one vector, while the index is built (each list of the index is
/// then copied out at its own length): list `i` is `items[bounds[i]..bounds[i + 1]]`.
#[derive(Debug, Clone)]
struct Lists<T> {
    items: Vec<T>,
    bounds: Vec<usize>,
}

impl<T: Copy> Lists<T> {
    /// Room for `lists` lists of `items` items in all.
    fn with_capacity(lists: usize, items: usize) -> Self {
        let mut bounds = Vec::with_capacity(lists + 1);
        bounds.push(0);
        Lists {
            items: Vec::with_capacity(items),
            bounds,
        }
    }

    /// Ends the list being filled (the items pushed since the last end).
    fn close(&mut self) {
        self.bounds.push(self.items.len());
    }

    /// `items`, each given with the list it goes in (below `lists`), in lists of their own in
    /// the order given (a counting sort: each list sized before it is filled).
    fn grouped(lists: usize, items: &[(usize, T)]) -> Self {
        let Some(&(_, fill)) = items.first() else {
            return Lists {
                items: Vec::new(),
                bounds: vec![0; lists + 1],
            };
        };
        // Each list's length, then where it starts, then where its next item goes.
        let mut next = vec![0usize; lists + 1];
        for &(list, _) in items {
            if let Some(n) = next.get_mut(list + 1) {
                *n += 1;
            }
        }
        for list in 1..next.len() {
            let before = next.get(list - 1).copied().unwrap_or(0);
            if let Some(n) = next.get_mut(list) {
                *n += before;
            }
        }
        let mut grouped = Lists {
            items: vec![fill; items.len()],
            bounds: next.clone(),
        };
        for &(list, item) in items {
            if let Some(n) = next.get_mut(list)
                && let Some(slot) = grouped.items.get_mut(*n)
            {
                *slot = item;
                *n += 1;
            }
        }
        grouped
    }

    /// List `i`, if there is one.
    #[inline]
    fn get(&self, i: usize) -> Option<&[T]> {
        match self.bounds.get(i..i.checked_add(2)?)? {
            &[start, end] => self.items.get(start..end),
            _ => None,
        }
    }
}

/// Which roles a search reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Roles {
    /// Subject and population terms.
    All,
    /// Population terms only, with their population owners.
    Population,
}

/// The first word of a term or text: its leading run of letters and digits.
fn first_word(text: &str) -> &str {
    // Most words are ASCII: read bytes until the first that is not an ASCII letter or digit,
    // and read characters only from a non-ASCII one.
    let bytes = text.as_bytes();
    let ascii = bytes
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(bytes.len());
    let end = match (bytes.get(ascii), text.get(ascii..)) {
        (Some(b), Some(rest)) if !b.is_ascii() => rest
            .char_indices()
            .find(|&(_, c)| !c.is_alphanumeric())
            .map_or(text.len(), |(i, _)| ascii + i),
        _ => ascii,
    };
    text.get(..end).unwrap_or(text)
}

/// `term` lower-cased, borrowed when it already is (most terms are).
fn lower_case(term: &str) -> Cow<'_, str> {
    if !term.is_ascii() || term.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(term.to_lowercase())
    } else {
        Cow::Borrowed(term)
    }
}

/// Words for people that a list of everyone is made of (`men, women and children`).
const EVERYONE: [&str; 3] = ["men", "women", "children"];

/// Every order of `men, women and children`, without and with the serial comma.
const ORDERS: [[&str; 6]; 2] = [
    [
        "men, women and children",
        "men, children and women",
        "women, men and children",
        "women, children and men",
        "children, men and women",
        "children, women and men",
    ],
    [
        "men, women, and children",
        "men, children, and women",
        "women, men, and children",
        "women, children, and men",
        "children, men, and women",
        "children, women, and men",
    ],
];

/// The other orders of a term that lists everyone in three words (`men, women and children`
/// is also written `children, women and men` or `women, men, and children`), in the term's
/// own punctuation; none for any other term.
fn reorderings(term: &str) -> Vec<&'static str> {
    // Most terms list nothing: a look at the length (no list of everyone is shorter than
    // `men, women and children`) and for the word before any allocation.
    if term.len() < "men, women and children".len() || !term.contains(" and ") {
        return Vec::new();
    }
    let lower = term.to_lowercase();
    let (head, last) = match lower.rsplit_once(" and ") {
        Some(parts) => parts,
        None => return Vec::new(),
    };
    let (serial, head) = match head.strip_suffix(',') {
        Some(h) => (true, h),
        None => (false, head),
    };
    let Some((first, second)) = head.split_once(", ") else {
        return Vec::new();
    };
    let items = [first, second, last];
    if EVERYONE.iter().any(|w| !items.contains(w)) {
        return Vec::new();
    }
    let orders = ORDERS.get(usize::from(serial)).map_or(&[][..], |o| &o[..]);
    orders.iter().copied().filter(|t| *t != lower).collect()
}

impl TermIndex {
    /// Builds the index over the terms of `figures`; terms must start with a letter or digit.
    pub fn new<'a>(figures: &'a [Figure]) -> TermIndex {
        let mut index = TermIndex::default();
        // Each term's place, keyed by the term itself (borrowed from the figures where it is
        // already lower-case, as most are).
        let mut ids: FastMap<Cow<'a, str>, usize> = FastMap::default();
        // The index's term for a term as written (trimmed), added the first time; `None` for a
        // term that starts with no word.
        let mut resolve = |terms: &mut Vec<String>, term: &'a str| -> Option<usize> {
            let term = lower_case(term);
            if first_word(&term).is_empty() {
                return None;
            }
            Some(match ids.get(term.as_ref()) {
                Some(&at) => at,
                None => {
                    terms.push(term.to_string());
                    ids.insert(term, terms.len() - 1);
                    terms.len() - 1
                }
            })
        };
        // Every (term, figure, role) in the order the figures give them; a figure's list owns
        // a term once. Figures come in order, so a term's owner already seen in this list is
        // its last one.
        let mut owned: Vec<(usize, (usize, Role))> = Vec::new();
        let mut last: Vec<Option<(usize, Role)>> = Vec::new();
        let mut own = |at: usize, owner: (usize, Role)| {
            if last.len() <= at {
                last.resize(at + 1, None);
            }
            if let Some(seen) = last.get_mut(at)
                && *seen != Some(owner)
            {
                *seen = Some(owner);
                owned.push((at, owner));
            }
        };
        // Figures share most of their terms: each term as written is resolved once, and its
        // other orders once. The terms are added in the order a figure's list gives them, then
        // its other orders, as when each was resolved afresh.
        let mut written: FastMap<&str, usize> = FastMap::default();
        let mut resolved: Vec<(Option<usize>, Option<Vec<usize>>)> = Vec::new();
        let mut entries: Vec<usize> = Vec::new();
        for (i, figure) in figures.iter().enumerate() {
            let lists = [
                (Role::Subject, &figure.subject),
                (Role::Population, &figure.population),
            ];
            for (role, list) in lists {
                entries.clear();
                for t in list {
                    let entry = match written.get(t.as_str()) {
                        Some(&entry) => entry,
                        None => {
                            let at = resolve(&mut index.terms, t.trim());
                            written.insert(t, resolved.len());
                            resolved.push((at, None));
                            resolved.len() - 1
                        }
                    };
                    entries.push(entry);
                    if let Some(&(Some(at), _)) = resolved.get(entry) {
                        own(at, (i, role));
                    }
                }
                for (&entry, t) in entries.iter().zip(list) {
                    let Some((_, orders)) = resolved.get_mut(entry) else {
                        continue;
                    };
                    let orders = orders.get_or_insert_with(|| {
                        reorderings(t.trim())
                            .into_iter()
                            .filter_map(|order| resolve(&mut index.terms, order))
                            .collect()
                    });
                    for &at in orders.iter() {
                        own(at, (i, role));
                    }
                }
            }
        }
        index.set_owners(&owned, figures.len());
        index.by_first_word = FirstWords::new(&index.terms);
        for term in &index.terms {
            for b in term.bytes() {
                if let Some(word) = index.term_bytes.get_mut(usize::from(b / 64)) {
                    *word |= 1 << (b % 64);
                }
            }
            index.longest_first_word = index.longest_first_word.max(first_word(term).len());
        }
        index
    }

    /// Fills the owner lists and bitsets from every (term, figure, role), in figure order, of
    /// `figures` figures: each list sized by a count first (the owners by term, a counting sort
    /// that keeps the figure order).
    fn set_owners(&mut self, owned: &[(usize, (usize, Role))], figures: usize) {
        let terms = self.terms.len();
        let grouped = Lists::grouped(terms, owned);
        self.words = figures.div_ceil(64);
        let words = self.words;
        self.role_bits = vec![0; terms * 2 * words];
        let mut bits = self.role_bits.chunks_mut(2 * words.max(1));
        self.owners = Vec::with_capacity(terms);
        self.population_owners = Vec::with_capacity(terms);
        self.by_role = Vec::with_capacity(terms);
        for at in 0..terms {
            let list = grouped.get(at).unwrap_or_default();
            let in_population = list.iter().filter(|o| o.1 == Role::Population).count();
            let mut subjects = Vec::with_capacity(list.len() - in_population);
            let mut populations = Vec::with_capacity(in_population);
            let mut population_owners = Vec::with_capacity(in_population);
            let (s, p) = bits.next().unwrap_or_default().split_at_mut(words);
            for &(figure, role) in list {
                let set = if role == Role::Subject {
                    subjects.push(figure);
                    &mut *s
                } else {
                    population_owners.push((figure, role));
                    populations.push(figure);
                    &mut *p
                };
                if let Some(word) = set.get_mut(figure / 64) {
                    *word |= 1 << (figure % 64);
                }
            }
            self.owners.push(list.to_vec());
            self.population_owners.push(population_owners);
            self.by_role.push((subjects, populations));
        }
    }

    /// How many 64-bit words a bitset of the figures takes (see [`TermHit::subject_bits`]).
    pub fn words(&self) -> usize {
        self.words
    }

    /// How many distinct terms the index holds.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// True when the index holds no term.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Every whole-word occurrence of a term in `text`, nested ones included, ordered by where
    /// they end (then by where they start).
    pub fn find(&self, text: &str) -> Vec<TermHit<'_>> {
        let mut hits = Vec::new();
        self.find_into(text, 0, Roles::All, &mut hits);
        hits
    }

    /// Adds to `hits` (cleared first) every whole-word occurrence in `text` of a term with an
    /// owner in `roles`, its range shifted by `offset`, ordered by where they end (then by where
    /// they start). Allocates nothing for text in ASCII.
    pub fn find_into<'t>(
        &'t self,
        text: &str,
        offset: usize,
        roles: Roles,
        hits: &mut Vec<TermHit<'t>>,
    ) {
        hits.clear();
        self.scan(text, 0..text.len(), roles, |range, at, term, owners| {
            hits.push(self.hit(offset, range, at, term, owners, roles));
            true
        });
        hits.sort_by_key(|h| (h.range.end, h.range.start));
    }

    /// [`TermIndex::find_into`] for every role, given the words of `text` that may start a
    /// term: for each, its byte range in `text` and, when it is plain (ASCII letters and digits
    /// only), its lower-cased form and that form's hash (FNV-1a: from 0xcbf2_9ce4_8422_2325, each
    /// byte XOR-ed in, then multiplied by 0x0100_0000_01b3, as the index hashes first words).
    /// The text's words must all be given, in order; a word given without its form is read
    /// from the text (it may be several of the index's words, as `one-third` is).
    pub fn find_words<'t, 'w>(
        &'t self,
        text: &str,
        offset: usize,
        words: impl Iterator<Item = (Range<usize>, Option<(&'w [u8], u64)>)>,
        hits: &mut Vec<TermHit<'t>>,
    ) {
        hits.clear();
        let owners = &self.owners;
        for (span, plain) in words {
            let mut push = |range: Range<usize>, at, term, owners| {
                hits.push(self.hit(offset, range, at, term, owners, Roles::All));
                true
            };
            match plain {
                // As the scan reads a word (see `scan`): a longer one starts no term, and only
                // the first `KEY_BYTES` bytes are hashed.
                Some((key, hash)) if key.len() <= self.longest_first_word.min(KEY_BYTES) => {
                    // Most words start no term.
                    if let Some(candidates) = self.by_first_word.get(hash, key) {
                        self.terms_at(text, span.start, candidates, key.len(), owners, &mut push);
                    }
                }
                Some((key, _)) if key.len() > self.longest_first_word => {}
                _ => {
                    self.scan(text, span, Roles::All, push);
                }
            }
        }
        hits.sort_by_key(|h| (h.range.end, h.range.start));
    }

    /// The hit of term `at` over `range` of a text that starts at `offset`.
    fn hit<'t>(
        &'t self,
        offset: usize,
        range: Range<usize>,
        at: usize,
        term: &'t str,
        owners: &'t [(usize, Role)],
        roles: Roles,
    ) -> TermHit<'t> {
        let (subjects, populations) = match self.by_role.get(at) {
            Some((s, p)) if roles == Roles::All => (s.as_slice(), p.as_slice()),
            Some((_, p)) => (&[][..], p.as_slice()),
            None => (&[][..], &[][..]),
        };
        let bits = self
            .role_bits
            .get(at * 2 * self.words..(at + 1) * 2 * self.words)
            .unwrap_or_default();
        let (subject_bits, population_bits) = bits.split_at(bits.len() / 2);
        let subject_bits = if roles == Roles::All {
            subject_bits
        } else {
            &[]
        };
        TermHit {
            range: offset + range.start..offset + range.end,
            term,
            owners,
            subjects,
            populations,
            subject_bits,
            population_bits,
            position: at,
        }
    }

    /// Adds to `hits` (not cleared, not sorted) every whole-word occurrence in `text` of a term
    /// with an owner in `roles` that starts at a word starting within `within` (a term may run
    /// past its end), its range shifted by `offset`, in the order they start.
    pub fn find_between<'t>(
        &'t self,
        text: &str,
        offset: usize,
        within: Range<usize>,
        roles: Roles,
        hits: &mut Vec<TermHit<'t>>,
    ) {
        self.scan(text, within, roles, |range, at, term, owners| {
            hits.push(self.hit(offset, range, at, term, owners, roles));
            true
        });
    }

    /// `hit`, found by a search for every role, as a search for population roles finds it;
    /// `None` when the term has no population owner (that search does not find it).
    pub fn population_only<'t>(&'t self, hit: &TermHit<'t>) -> Option<TermHit<'t>> {
        let owners = self.population_owners.get(hit.position)?;
        (!owners.is_empty()).then(|| {
            let mut found = self.hit(
                0,
                hit.range.clone(),
                hit.position,
                hit.term,
                owners,
                Roles::Population,
            );
            found.range = hit.range.clone();
            found
        })
    }

    /// True when byte `b` occurs in some term: a term never holds text with any other byte.
    pub fn in_terms(&self, b: u8) -> bool {
        self.term_bytes
            .get(usize::from(b / 64))
            .is_some_and(|w| w & (1 << (b % 64)) != 0)
    }

    /// True when `text` holds at least one term (whole words, any case).
    pub fn any_in(&self, text: &str) -> bool {
        !self.scan(text, 0..text.len(), Roles::All, |_, _, _, _| false)
    }

    /// Calls `found` with each whole-word occurrence of a term with an owner in `roles` (its
    /// range, its position in the index, the term and its owners) that starts at a word of
    /// `text` starting within `within` (a term may run past its end), in the order the terms
    /// start, until it returns false; returns false when it did.
    fn scan<'t>(
        &'t self,
        text: &str,
        within: Range<usize>,
        roles: Roles,
        mut found: impl FnMut(Range<usize>, usize, &'t str, &'t [(usize, Role)]) -> bool,
    ) -> bool {
        let owners = match roles {
            Roles::All => &self.owners,
            Roles::Population => &self.population_owners,
        };
        let bytes = text.as_bytes();
        let mut lower = [0u8; KEY_BYTES];
        // Only this many bytes of a word are lower-cased and hashed: a longer one starts no term.
        let limit = self.longest_first_word.min(lower.len());
        let mut at = within.start;
        while let Some(&b) = bytes.get(at).filter(|_| at < within.end) {
            // The next word start: a letter or digit (any script) after anything else. ASCII
            // bytes are classed by one look-up; other characters are decoded.
            let first = class(b);
            if first == NOT_WORD {
                at += 1;
                continue;
            }
            let start = at;
            let mut ascii = first != LONGER;
            // An ASCII word is lower-cased into `lower` and hashed for the look-up of first
            // words as it is read, while it is short enough to start a term.
            let mut hash = FNV_SEED;
            if ascii {
                if let Some(l) = lower.first_mut() {
                    *l = first;
                }
                hash = fnv_step(hash, first);
                at += 1;
            } else {
                let (alphanumeric, width) = char_at(text, at);
                at += width;
                if !alphanumeric {
                    continue;
                }
            }
            while let Some(&b) = bytes.get(at) {
                let next = class(b);
                if next == NOT_WORD {
                    break;
                }
                if next == LONGER {
                    let (alphanumeric, width) = char_at(text, at);
                    if !alphanumeric {
                        break;
                    }
                    ascii = false;
                    at += width;
                    continue;
                }
                let len = at - start;
                if len < limit
                    && let Some(l) = lower.get_mut(len)
                {
                    *l = next;
                    hash = fnv_step(hash, next);
                }
                at += 1;
            }
            let Some(word) = text.get(start..at) else {
                continue;
            };
            let lowered;
            let key = if ascii {
                if word.len() > self.longest_first_word {
                    continue;
                }
                let Some(lower) = lower.get(..word.len()) else {
                    continue;
                };
                lower
            } else {
                lowered = word.to_lowercase();
                hash = fnv(lowered.as_bytes());
                lowered.as_bytes()
            };
            // Most words start no term.
            let Some(candidates) = self.by_first_word.get(hash, key) else {
                continue;
            };
            // The bytes of an ASCII word are those of `key` up to case; a word lower-cased
            // otherwise may have changed its length.
            let known = if ascii { key.len() } else { 0 };
            if !self.terms_at(text, start, candidates, known, owners, &mut found) {
                return false;
            }
        }
        true
    }

    /// Calls `found` with each term of `owners` among `candidates` (those whose first word is
    /// the word starting at byte `start` of `text`, a word start) found there, as
    /// [`TermIndex::scan`] does; returns false when `found` did. The first `known` bytes of the
    /// text there are those of the candidates up to ASCII case.
    fn terms_at<'t>(
        &'t self,
        text: &str,
        start: usize,
        candidates: &[Candidate],
        known: usize,
        owners: &'t [Vec<(usize, Role)>],
        found: &mut impl FnMut(Range<usize>, usize, &'t str, &'t [(usize, Role)]) -> bool,
    ) -> bool {
        let bytes = text.as_bytes();
        for candidate in candidates {
            let end = start + candidate.len;
            // The last byte first: most candidates differ there. (An ASCII byte ends a
            // character, whose lower case must end the term.)
            match end.checked_sub(1).and_then(|last| bytes.get(last)) {
                Some(b) if b.is_ascii() && b.to_ascii_lowercase() != candidate.last => continue,
                Some(_) => {}
                None => continue,
            }
            let term_at = candidate.at;
            let (Some(term), Some(term_owners)) = (self.terms.get(term_at), owners.get(term_at))
            else {
                continue;
            };
            if term_owners.is_empty() {
                continue;
            }
            let Some(matched) = text.get(start..end) else {
                continue;
            };
            let whole = match bytes.get(end) {
                None => true,
                Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
                Some(_) => !text
                    .get(end..)
                    .and_then(|after| after.chars().next())
                    .is_some_and(char::is_alphanumeric),
            };
            // The bytes past those known first (the whole term when some are not ASCII).
            let same = || {
                matched
                    .as_bytes()
                    .get(known..)
                    .zip(term.as_bytes().get(known..))
                    .is_some_and(|(a, b)| equal_ascii_case(a, b))
                    || (!matched.is_ascii() && matched.to_lowercase() == *term)
            };
            if whole && same() && !found(start..end, term_at, term, term_owners) {
                return false;
            }
        }
        true
    }
}

/// A term a first word begins: where it is in the index, its length in bytes and its last byte
/// (ASCII lower-cased), which the text is tested against before the whole term.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    at: usize,
    len: usize,
    last: u8,
}

/// The most bytes of a word the scan lower-cases and hashes.
const KEY_BYTES: usize = 64;

/// [`class`] of an ASCII byte that is no letter or digit.
const NOT_WORD: u8 = 0;
/// [`class`] of a byte of a character of more than one byte.
const LONGER: u8 = 1;

/// Each byte's class: [`NOT_WORD`], [`LONGER`], or the ASCII letter or digit it is, lower-cased
/// (never 0 or 1).
// Built at compile time, where `get_mut` cannot be called; `b` stays below 256.
#[allow(clippy::indexing_slicing)]
const CLASSES: [u8; 256] = {
    let mut classes = [NOT_WORD; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        classes[b] = if !byte.is_ascii() {
            LONGER
        } else if byte.is_ascii_alphanumeric() {
            byte.to_ascii_lowercase()
        } else {
            NOT_WORD
        };
        b += 1;
    }
    classes
};

/// The class of byte `b` (see [`CLASSES`]).
#[inline(always)]
fn class(b: u8) -> u8 {
    CLASSES.get(usize::from(b)).copied().unwrap_or(LONGER)
}

/// The FNV-1a hash of no bytes.
const FNV_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// The FNV-1a hash `h` of some bytes, extended by byte `b`.
#[inline(always)]
fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

/// The FNV-1a hash of `bytes`.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_SEED, |h, &b| fnv_step(h, b))
}

/// The terms' first words with the terms each begins, in an open-addressing table keyed by the
/// words' FNV-1a hashes, which the scan (and the claims stage's words) compute as they read a
/// word: at most a quarter full, so a word that starts no term mostly finds an empty slot at
/// once.
#[derive(Debug, Clone, Default)]
struct FirstWords {
    /// A first word's hash and its place in `lists`; [`FirstWords::EMPTY`] in an empty slot.
    slots: Vec<(u64, usize)>,
    /// `slots.len() - 1` (a power of two less one).
    mask: usize,
    /// Each first word, lower-cased, and the terms it begins, longest first.
    lists: Vec<(Box<[u8]>, Vec<Candidate>)>,
}

impl FirstWords {
    /// The place of an empty slot.
    const EMPTY: usize = usize::MAX;

    /// The table of the first words of `terms`, each with the terms it begins, longest first.
    fn new(terms: &[String]) -> Self {
        // The first words, numbered in the order they are first met, and each term's.
        let mut numbers: FastMap<&str, usize> = FastMap::default();
        let mut keys = Lists::with_capacity(terms.len(), 0);
        let mut begun = Vec::with_capacity(terms.len());
        for (at, term) in terms.iter().enumerate() {
            let first = first_word(term);
            let number = *numbers.entry(first).or_insert_with(|| {
                keys.items.extend_from_slice(first.as_bytes());
                keys.close();
                keys.bounds.len() - 2
            });
            let last = term.as_bytes().last().map_or(0, u8::to_ascii_lowercase);
            let len = term.len();
            begun.push((number, Candidate { at, len, last }));
        }
        let words = numbers.len();
        let mut candidates = Lists::grouped(words, &begun);
        for w in 0..words {
            if let Some(&[start, end]) = candidates.bounds.get(w..w + 2)
                && let Some(list) = candidates.items.get_mut(start..end)
            {
                list.sort_by_key(|c| std::cmp::Reverse(c.len));
            }
        }
        let size = (words * 4).next_power_of_two().max(16);
        let mut slots = vec![(0, Self::EMPTY); size];
        let mask = size - 1;
        for place in 0..words {
            let h = fnv(keys.get(place).unwrap_or_default());
            let mut at = Self::start(h) & mask;
            while let Some(slot) = slots.get_mut(at) {
                if slot.1 == Self::EMPTY {
                    *slot = (h, place);
                    break;
                }
                at = (at + 1) & mask;
            }
        }
        let lists = (0..words)
            .map(|w| {
                let key = keys.get(w).unwrap_or_default();
                (key.into(), candidates.get(w).unwrap_or_default().to_vec())
            })
            .collect();
        FirstWords { slots, mask, lists }
    }

    /// Where the probe for a word of hash `h` starts, before masking.
    #[inline(always)]
    fn start(h: u64) -> usize {
        (h ^ (h >> 32)) as usize
    }

    /// The terms `word` (whose FNV-1a hash is `h`) begins, if it is a first word.
    #[inline]
    fn get(&self, h: u64, word: &[u8]) -> Option<&[Candidate]> {
        let mut at = Self::start(h) & self.mask;
        loop {
            let &(hash, place) = self.slots.get(at)?;
            if place == Self::EMPTY {
                return None;
            }
            if hash == h
                && let Some((key, terms)) = self.lists.get(place)
                && **key == *word
            {
                return Some(terms);
            }
            at = (at + 1) & self.mask;
        }
    }
}

/// Whether the character at byte `at` of `text` is a letter or digit, and its width in bytes.
#[inline]
fn char_at(text: &str, at: usize) -> (bool, usize) {
    let Some(&b) = text.as_bytes().get(at) else {
        return (false, 1);
    };
    if b.is_ascii() {
        return (b.is_ascii_alphanumeric(), 1);
    }
    match text.get(at..).and_then(|rest| rest.chars().next()) {
        Some(c) => (c.is_alphanumeric(), c.len_utf8()),
        None => (false, 1),
    }
}

/// `a.eq_ignore_ascii_case(b)`, eight bytes at a time (a term of the table is compared with the
/// text past its first word wherever that word and its last byte are found).
fn equal_ascii_case(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let (chunks_a, rest_a) = a.as_chunks::<8>();
    let (chunks_b, rest_b) = b.as_chunks::<8>();
    chunks_a
        .iter()
        .zip(chunks_b)
        .all(|(x, y)| lower_eight(u64::from_le_bytes(*x)) == lower_eight(u64::from_le_bytes(*y)))
        && rest_a.eq_ignore_ascii_case(rest_b)
}

/// Eight bytes with each ASCII capital letter lower-cased, as `u8::to_ascii_lowercase` does
/// byte by byte (bytes of 0x80 and above are left as they are).
fn lower_eight(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Each byte's low seven bits: sums below stay within their byte.
    let low = x & !HIGH;
    // The high bit of each byte set when the byte is `A` or above, and when it is past `Z`.
    let from_a = low + ONES * (0x80 - 0x41);
    let past_z = low + ONES * (0x80 - 0x5b);
    let capital = from_a & !past_z & !x & HIGH;
    x | (capital >> 2)
}

#[cfg(test)]
mod tests {
    use crate::table::Table;

    #[test]
    fn equal_ascii_case_answers_as_eq_ignore_ascii_case() {
        let bytes: Vec<u8> = (0..=255u8).collect();
        // Every byte against every byte, in each place of a word longer than eight bytes.
        for &a in &bytes {
            for &b in &bytes {
                for at in [0, 3, 7, 8, 12] {
                    let mut x = *b"Forced Labour";
                    let mut y = *b"forced labour";
                    x[at] = a;
                    y[at] = b;
                    assert_eq!(
                        super::equal_ascii_case(&x, &y),
                        x.eq_ignore_ascii_case(&y),
                        "{a:#x} {b:#x} at {at}"
                    );
                }
            }
        }
        assert!(!super::equal_ascii_case(b"forced labour", b"forced labou"));
        assert!(super::equal_ascii_case(b"", b""));
    }

    #[test]
    fn finds_whole_words_nested_and_in_any_case() {
        let table = Table::builtin().unwrap();
        let hits = table.index().find("Child victims’ numbers, not childhood");
        let terms: Vec<&str> = hits.iter().map(|h| h.term).collect();
        assert!(terms.contains(&"child victims"), "{terms:?}");
        assert!(terms.contains(&"child"), "{terms:?}");
        assert!(terms.contains(&"victims"), "{terms:?}");
        assert!(
            !hits.iter().any(|h| h.range.start >= 30),
            "childhood is not child: {hits:?}"
        );
    }

    #[test]
    fn a_list_of_everyone_is_found_in_any_order() {
        assert_eq!(super::reorderings("men, women and children").len(), 5);
        assert!(
            super::reorderings("men, women, and children").contains(&"children, women, and men")
        );
        assert!(super::reorderings("women and girls").is_empty());
        assert!(super::reorderings("boys, girls and women").is_empty());
        let table = Table::builtin().unwrap();
        let owners = |text: &str| {
            table
                .index()
                .find(text)
                .into_iter()
                .filter(|h| h.term.contains(", "))
                .map(|h| h.owners.to_vec())
                .next()
        };
        let usual = owners("men, women and children");
        assert!(usual.is_some());
        assert_eq!(owners("children, women and men"), usual);
        assert_eq!(owners("Women, Men and Children"), usual);
    }

    #[test]
    fn owners_are_in_figure_order() {
        let table = Table::builtin().unwrap();
        let hits = table
            .index()
            .find("child victims of trafficking in forced labour, women and girls, people");
        assert!(!hits.is_empty());
        for hit in hits {
            assert!(hit.owners.windows(2).all(|w| w[0].0 <= w[1].0), "{hit:?}");
            // The owners by role, in the same order.
            let of = |role| -> Vec<usize> {
                hit.owners
                    .iter()
                    .filter(|o| o.1 == role)
                    .map(|o| o.0)
                    .collect()
            };
            assert_eq!(hit.subjects, of(super::Role::Subject).as_slice());
            assert_eq!(hit.populations, of(super::Role::Population).as_slice());
            // The same figures as bitsets.
            let set = |bits: &[u64]| -> Vec<usize> {
                (0..bits.len() * 64)
                    .filter(|&f| bits.get(f / 64).is_some_and(|w| w & (1 << (f % 64)) != 0))
                    .collect()
            };
            assert_eq!(set(hit.subject_bits), hit.subjects);
            assert_eq!(set(hit.population_bits), hit.populations);
            assert_eq!(hit.population_bits.len(), table.index().words());
        }
        let mut hits = Vec::new();
        let index = table.index();
        index.find_into("child victims", 0, super::Roles::Population, &mut hits);
        assert!(!hits.is_empty());
        assert!(
            hits.iter()
                .all(|h| h.subjects.is_empty() && h.populations.len() == h.owners.len())
        );
    }

    #[test]
    fn multi_word_terms_need_every_word() {
        let table = Table::builtin().unwrap();
        let found = |text: &str| -> Vec<String> {
            table
                .index()
                .find(text)
                .into_iter()
                .map(|h| h.term.to_string())
                .collect()
        };
        assert!(found("They were in FORCED LABOUR.").contains(&"forced labour".to_string()));
        assert!(!found("forced labourers' union").contains(&"forced labour".to_string()));
        assert!(found("forced labourers' union").contains(&"forced labourers".to_string()));
        assert!(found("nothing relevant here").is_empty());
        // A letter of more than one byte belongs to the word, before or after a term.
        assert!(!found("childé labour").contains(&"child".to_string()));
        assert!(!found("échild labour").contains(&"child".to_string()));
        assert!(found("é CHILD-labour").contains(&"child".to_string()));
        assert!(found("«Child» victims").contains(&"child".to_string()));
        let hits = table.index().find("trafficking victims");
        let ends: Vec<usize> = hits.iter().map(|h| h.range.end).collect();
        assert!(ends.windows(2).all(|w| w[0] <= w[1]), "{hits:?}");
    }
}
