//! Fixed lists of lower-case phrases looked for anywhere in a text, in any ASCII case.
//!
//! The lists the rules read on a claim's sentence and on parts of it (the topic, the topic in
//! other words, other statistics, other subjects, one court case, the drug and arms trades, the words of the story rules) are also found together, in
//! one pass over the sentence ([`within`]): while that sentence is being checked, asking a list
//! about the sentence or a slice of it reads the hits of that pass instead of searching again.

use std::cell::RefCell;
use std::marker::PhantomData;
use std::sync::OnceLock;

/// A list of lower-case ASCII phrases, found by the bytes they start with (see [`Starts`]),
/// an index built the first time the list is asked about.
pub struct PhraseSet {
    phrases: &'static [&'static str],
    starts: OnceLock<Option<Starts>>,
    /// The set's place among the [`SHARED`] lists, when it is one of them.
    shared: OnceLock<Option<usize>>,
}

impl PhraseSet {
    /// The set of `phrases` (lower-case ASCII), for a `static`.
    pub const fn new(phrases: &'static [&'static str]) -> Self {
        PhraseSet {
            phrases,
            starts: OnceLock::new(),
            shared: OnceLock::new(),
        }
    }

    /// True when `text` holds one of the phrases, in any ASCII case.
    // Inlined: most calls are answered from the sentence's hits in a few instructions, and the
    // search itself is out of line ([`PhraseSet::search`]).
    #[inline]
    pub fn in_text(&self, text: &str) -> bool {
        let shared = self
            .shared
            .get_or_init(|| SHARED.iter().position(|list| *list == self.phrases));
        if let Some(list) = *shared
            && let Some(found) = SENTENCE.with(|s| s.borrow().holds(list, text))
        {
            return found;
        }
        self.search(text)
    }

    /// [`PhraseSet::in_text`], searching `text` itself.
    #[inline(never)]
    fn search(&self, text: &str) -> bool {
        // The starts index, not an automaton: a few thousand instructions to build, and about
        // half an automaton's instructions a byte to search (an ASCII-case-insensitive
        // automaton gets no prefilter, and reads each byte through its state table).
        match self.starts.get_or_init(|| Starts::new(&[self.phrases])) {
            Some(starts) => starts.any(text.as_bytes()),
            None => {
                let lower = text.to_ascii_lowercase();
                self.phrases.iter().any(|p| lower.contains(p))
            }
        }
    }
}

impl PhraseSet {
    /// True when `whole` holds for the start and end of some phrase in `text` (in any ASCII
    /// case); the phrases are found in one pass, overlapping ones too, in the order of their
    /// starts, until `whole` holds.
    pub fn any_where(&self, text: &str, mut whole: impl FnMut(usize, usize) -> bool) -> bool {
        let bytes = text.as_bytes();
        match self.starts.get_or_init(|| Starts::new(&[self.phrases])) {
            Some(starts) => starts.positions(bytes, |at, h| {
                let mut hit = false;
                starts.compare(bytes, at, h, &mut |_, start, end| {
                    hit = hit || whole(start, end);
                });
                hit
            }),
            None => {
                let lower = text.to_ascii_lowercase();
                self.phrases.iter().any(|p| {
                    (0..lower.len())
                        .filter(|&at| lower.get(at..).is_some_and(|t| t.starts_with(p)))
                        .any(|at| whole(at, at + p.len()))
                })
            }
        }
    }

    /// Where a phrase starts in `text` (in any ASCII case), in order; a place once however
    /// many phrases start there.
    pub fn starts_in(&self, text: &str) -> Vec<usize> {
        let mut at = Vec::new();
        match self.starts.get_or_init(|| Starts::new(&[self.phrases])) {
            Some(starts) => starts.each(text.as_bytes(), |_, start, _| {
                if at.last() != Some(&start) {
                    at.push(start);
                }
            }),
            None => {
                let lower = text.to_ascii_lowercase();
                for p in self.phrases {
                    at.extend(lower.match_indices(p).map(|(i, _)| i));
                }
                at.sort_unstable();
                at.dedup();
            }
        }
        at
    }
}

/// The lists read on a claim's sentence and its clauses, found in one pass by [`within`].
const SHARED: [&[&str]; 26] = [
    super::evidence::TOPIC,
    super::topic::PHRASES,
    super::nonclaim::OTHER_STATISTICS,
    super::elsewhere::OTHER_SUBJECTS,
    super::elsewhere::WHOLE_POPULATIONS,
    super::nonclaim::ONE_CASE,
    super::nonclaim::SURVEY_CUES,
    super::OTHER_TRADES,
    // The words the story rules look for (see `nonclaim::may_name_operation`).
    super::nonclaim::OPERATIONS,
    super::nonclaim::RESCUE_CUES,
    super::nonclaim::TAKEN_FROM_ONE,
    super::nonclaim::EVENT_VERBS,
    super::nonclaim::INTERCEPTED,
    // The words read right after a number (see `nonclaim::found_rate`).
    super::nonclaim::FOUND,
    super::nonclaim::FOUND_IN,
    super::nonclaim::HELD,
    super::nonclaim::FOOTPRINT,
    super::nonclaim::ALL_CHILDREN,
    super::nonclaim::COMPANY_SIZE,
    super::elsewhere::RANKING,
    // The verbs of checking read around a number (see `nonclaim::checked_count`).
    super::nonclaim::CHECKED,
    // The first rules of the verdict (see `nostat`'s `registered_victims` and `sector_part`,
    // `change`'s `projected`).
    super::nostat::REGISTERED,
    super::nostat::SECTOR_CUES,
    super::change::THREATEN,
    // The words of a wage and of a vote (see `nonclaim::wage_named` and `nonclaim::vote_tally`).
    super::nonclaim::WAGE_CUES,
    super::nonclaim::VOTE_CUES,
];

/// Phrases found by the bytes they start with: each position of a text whose next few bytes
/// (ASCII letters in lower case) are the start of some phrase is found by a hash of those bytes
/// and a bit, and only there are phrases compared. For a short list, positions that cannot
/// start a phrase are stepped over as in Wu and Manber's search: the two bytes ending the `reach` bytes at a
/// position, if they end no phrase's first `reach` bytes, say how far the next possible start
/// is. Building it costs a few thousand instructions, where an automaton of the (fewer than
/// 200) [`SHARED`] phrases cost millions, and the search is a few instructions a byte.
struct Starts {
    /// How many bytes of a position are read for its hash (at most 4: the shortest phrase's
    /// length, or 4 when [`Starts::widened`]).
    width: usize,
    /// Whether phrases of three bytes are found by four, as if each were followed by every
    /// byte (and a text by a space).
    widened: bool,
    /// How many bytes every phrase has (the shortest phrase's length, at most 16).
    reach: usize,
    /// For each pair of bytes (by [`pair`]), how far on from a position the next phrase may
    /// start, when the pair ends the `reach` bytes at the position: 0 when the pair ends some
    /// phrase's first `reach` bytes.
    skip: Box<[u8; 1 << PAIR_BITS]>,
    /// Whether positions are stepped over by `skip`: only when every phrase has four bytes at
    /// least and few pairs end a phrase's first `reach` bytes. (With many, as in the [`SHARED`]
    /// lists' `this`, `from` and `were`, a text stops at most positions, and a window rolled on
    /// a byte at a time is cheaper.)
    stepping: bool,
    /// A bit per hash of a phrase's first `width` bytes.
    bits: Box<[u64; (1 << HASH_BITS) / 64]>,
    /// The phrases whose start has hash `h` are among `phrases[first[b]..first[b + 1]]`, where
    /// `b` is the hash's top [`BUCKET_BITS`].
    first: Vec<u32>,
    /// The phrases, each once, ordered by the hash of their start, each with a bit for every
    /// list it is in.
    phrases: Vec<(&'static [u8], u32)>,
    /// Each phrase's first eight bytes as [`eight`] reads them, and the mask of those it has (a
    /// widened phrase's: its three and the byte after them).
    heads: Vec<(u64, u64)>,
}

/// Bits of the hash of a start: 65,536 of them, for a few hundred phrases (a widened phrase
/// has 128 starts), so that few positions of a text share a phrase's hash.
const HASH_BITS: u32 = 16;

/// Bits of the hash that pick the phrases to compare at a position (see [`Starts::first`]).
const BUCKET_BITS: u32 = 12;

impl Starts {
    /// The starts of every phrase of `lists` (at most 32 of them; those after are left out);
    /// none when a phrase is empty.
    fn new(lists: &[&'static [&'static str]]) -> Option<Starts> {
        debug_assert!(lists.len() <= 32, "a list's bit is one of 32");
        let mut all: Vec<(&'static [u8], u32)> = lists
            .iter()
            .take(32)
            .zip(0u32..)
            .flat_map(|(list, k)| list.iter().map(move |p| (p.as_bytes(), 1 << k)))
            .collect();
        // A phrase in several lists (`freed`, `saved`) is compared once, for all of them.
        all.sort_unstable();
        all.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                kept.1 |= later.1;
            }
            same
        });
        let shortest = all.iter().map(|(p, _)| p.len()).min()?;
        // A few three-byte phrases (`gdp`) among longer ones are each keyed by their bytes with
        // every byte that may follow them, so that every start is still read four bytes at a
        // time (by three, every `for` of a text is compared with the 23 phrases of `forc`).
        let three = all.iter().filter(|(p, _)| p.len() < 4).count();
        let widened = shortest == 3 && three <= 4 && three < all.len();
        let width = if widened { 4 } else { shortest.min(4) };
        let reach = shortest.min(16);
        if width == 0 {
            return None;
        }
        // The pairs of bytes in each phrase's first `reach` bytes, each with the distance
        // from its end to theirs (a pair nowhere in them allows a step of `reach - 1`).
        let mut skip = Box::new([reach.saturating_sub(1) as u8; 1 << PAIR_BITS]);
        for (p, _) in &all {
            for end in 2..=reach {
                if let (Some(&a), Some(&b)) = (p.get(end - 2), p.get(end - 1))
                    && let Some(step) = skip.get_mut(pair(a, b))
                {
                    *step = (*step).min((reach - end) as u8);
                }
            }
        }
        let stepping = reach >= 4 && skip.iter().filter(|&&step| step == 0).count() <= 64;
        // Each phrase with the hash of its start, and its first eight bytes as [`eight`] reads
        // them with the mask of those it has; a widened phrase once for every byte after it.
        let mut keyed: Vec<(usize, &'static [u8], u32, u64, u64)> = Vec::with_capacity(all.len());
        for (p, k) in all {
            if widened && p.len() < 4 {
                for next in (0..=u8::MAX).filter(|b| b & 0x20 != 0) {
                    let start = window(p, 0, 3) | (u32::from(next) << 24);
                    let head = (eight(p, 0) & 0xff_ffff) | (u64::from(next) << 24);
                    keyed.push((hash(start), p, k, head, 0xffff_ffff));
                }
                continue;
            }
            let mask = match p.len() {
                8.. => u64::MAX,
                n => (1u64 << (8 * n)) - 1,
            };
            keyed.push((hash(window(p, 0, width)), p, k, eight(p, 0) & mask, mask));
        }
        keyed.sort_by_key(|&(h, ..)| h);
        let mut bits = Box::new([0u64; (1 << HASH_BITS) / 64]);
        for &(h, ..) in &keyed {
            if let Some(word) = bits.get_mut(h / 64) {
                *word |= 1 << (h % 64);
            }
        }
        let mut first = Vec::with_capacity((1 << BUCKET_BITS) + 1);
        let mut i = 0;
        for b in 0..=1usize << BUCKET_BITS {
            first.push(i as u32);
            while keyed.get(i).is_some_and(|&(h, ..)| bucket(h) == b) {
                i += 1;
            }
        }
        let phrases = keyed.iter().map(|&(_, p, k, ..)| (p, k)).collect();
        let heads = keyed.iter().map(|&(.., head, mask)| (head, mask)).collect();
        Some(Starts {
            width,
            widened,
            reach,
            skip,
            stepping,
            bits,
            first,
            phrases,
            heads,
        })
    }

    /// Calls `found` with the list, start and end of every phrase in `text`, overlapping ones
    /// too, in the order of their starts.
    fn each(&self, text: &[u8], mut found: impl FnMut(u8, usize, usize)) {
        self.positions(text, |at, h| {
            self.compare(text, at, h, &mut found);
            false
        });
    }

    /// True when some phrase is in `text`: [`Starts::each`], up to the first hit.
    fn any(&self, text: &[u8]) -> bool {
        self.positions(text, |at, h| {
            let mut hit = false;
            self.compare(text, at, h, &mut |_, _, _| hit = true);
            hit
        })
    }

    /// Calls `start` with every position of `text`, in order, where a phrase may start (every
    /// one where one does), and the hash of the bytes there, until it returns true; true when
    /// it did.
    fn positions(&self, text: &[u8], mut start: impl FnMut(usize, usize) -> bool) -> bool {
        let starts = |h: usize| {
            self.bits
                .get(h >> 6)
                .is_some_and(|w| w & (1 << (h & 63)) != 0)
        };
        if !self.stepping {
            // The window of the `width` bytes that end at `j` (as [`window`] reads them),
            // rolled on a byte at a time.
            let width = self.width.clamp(1, 4);
            let top = 8 * (width as u32 - 1);
            let mut w = 0u32;
            // The first window's bytes but its last, then a position a byte.
            let (first, rest) = text.split_at(text.len().min(width - 1));
            for &b in first {
                w = (w >> 8) | (u32::from(b | 0x20) << top);
            }
            for (at, &b) in rest.iter().enumerate() {
                w = (w >> 8) | (u32::from(b | 0x20) << top);
                let h = hash(w);
                if starts(h) && start(at, h) {
                    return true;
                }
            }
            // A widened phrase may end the text, where no four bytes start.
            if self.widened {
                let from = (text.len() + 1).saturating_sub(4);
                for at in from..(text.len() + 1).saturating_sub(3) {
                    let h = hash(window(text, at, 4));
                    if starts(h) && start(at, h) {
                        return true;
                    }
                }
            }
            return false;
        }
        let mut at = 0;
        while let (Some(&a), Some(&b)) =
            (text.get(at + self.reach - 2), text.get(at + self.reach - 1))
        {
            match self.skip.get(pair(a, b)) {
                Some(0) | None => {
                    let h = hash(window(text, at, 4));
                    if starts(h) && start(at, h) {
                        return true;
                    }
                    at += 1;
                }
                Some(&step) => at += usize::from(step),
            }
        }
        false
    }

    /// Compares the phrases whose start has hash `h` with `text` at `at`.
    fn compare(&self, text: &[u8], at: usize, h: usize, found: &mut impl FnMut(u8, usize, usize)) {
        let at_hash = |h: usize| self.first.get(h).map_or(0, |&i| i as usize);
        let (from, to) = (at_hash(bucket(h)), at_hash(bucket(h) + 1));
        let eight = eight(text, at);
        for (&(p, lists), &(head, mask)) in self
            .phrases
            .get(from..to)
            .unwrap_or_default()
            .iter()
            .zip(self.heads.get(from..to).unwrap_or_default())
        {
            // The first eight bytes, ASCII case aside, before the whole phrase.
            if eight & mask == head
                && text
                    .get(at..at + p.len())
                    .is_some_and(|t| t.eq_ignore_ascii_case(p))
            {
                let mut lists = lists;
                while lists != 0 {
                    found(lists.trailing_zeros() as u8, at, at + p.len());
                    lists &= lists - 1;
                }
            }
        }
    }
}

/// The eight bytes of `text` at `at` (zeros past its end), with bit 5 of each set.
fn eight(text: &[u8], at: usize) -> u64 {
    let mut bytes = [0u8; 8];
    match text.get(at..at + 8) {
        Some(all) => bytes.copy_from_slice(all),
        None => {
            for (b, t) in bytes.iter_mut().zip(text.get(at..).unwrap_or_default()) {
                *b = *t;
            }
        }
    }
    u64::from_le_bytes(bytes) | 0x2020_2020_2020_2020
}

/// The `width` bytes of `text` at `at` (zeros past its end), with bit 5 of each set: ASCII
/// letters in either case give the same window.
fn window(text: &[u8], at: usize, width: usize) -> u32 {
    let bytes = match text.get(at..at + 4) {
        Some(&[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]),
        _ => {
            let mut four = [0u8; 4];
            for (b, t) in four.iter_mut().zip(text.get(at..).unwrap_or_default()) {
                *b = *t;
            }
            u32::from_le_bytes(four)
        }
    };
    let mask = if width >= 4 {
        u32::MAX
    } else {
        (1u32 << (8 * width)) - 1
    };
    (bytes | 0x2020_2020) & mask
}

/// Bits of the index of a pair of bytes in [`Starts::skip`].
const PAIR_BITS: u32 = 12;

/// The index of the bytes `a` and `b` in [`Starts::skip`]: the low six bits of each with bit 5
/// set, so that an ASCII letter gives the same index in either case.
fn pair(a: u8, b: u8) -> usize {
    (usize::from((a | 0x20) & 0x3f) << 6) | usize::from((b | 0x20) & 0x3f)
}

/// The bucket of the phrases whose start has hash `h` (its top [`BUCKET_BITS`]).
fn bucket(h: usize) -> usize {
    h >> (HASH_BITS - BUCKET_BITS)
}

/// A window's hash, [`HASH_BITS`] wide.
fn hash(window: u32) -> usize {
    (window.wrapping_mul(0x9E37_79B1) >> (32 - HASH_BITS)) as usize
}

/// The starts of every [`SHARED`] phrase, made once.
fn shared() -> Option<&'static Starts> {
    static STARTS: OnceLock<Option<Starts>> = OnceLock::new();
    STARTS.get_or_init(|| Starts::new(&SHARED)).as_ref()
}

/// The hits of the [`SHARED`] lists in the sentence being checked, by address.
#[derive(Default)]
struct Scanned {
    /// Which call of [`within`] made these hits.
    scan: u64,
    /// The sentence's first byte's address and its end's; both 0 when no sentence is scanned.
    from: usize,
    to: usize,
    /// Each list's bit when it has a hit in the sentence.
    lists: u32,
    /// Every hit (overlapping ones too): its list, and its bytes' offsets in the sentence.
    hits: Vec<(u8, usize, usize)>,
}

impl Scanned {
    /// Whether list `list` has a phrase in `text`, when `text` lies in the sentence scanned.
    fn holds(&self, list: usize, text: &str) -> Option<bool> {
        let from = text.as_ptr() as usize;
        let to = from + text.len();
        if self.to == 0 || from < self.from || to > self.to {
            return None;
        }
        if self.lists & (1 << list) == 0 {
            return Some(false);
        }
        // The whole sentence holds every hit.
        if from == self.from && to == self.to {
            return Some(true);
        }
        let (from, to) = (from - self.from, to - self.from);
        Some(
            self.hits
                .iter()
                .any(|&(k, start, end)| usize::from(k) == list && start >= from && end <= to),
        )
    }
}

thread_local! {
    // (Made at compile time: an access need not ask whether it was made yet.)
    static SENTENCE: RefCell<Scanned> = const {
        RefCell::new(Scanned {
            scan: 0,
            from: 0,
            to: 0,
            lists: 0,
            hits: Vec::new(),
        })
    };
}

/// While this lives, the [`SHARED`] lists answer for its sentence, and any slice of it, from
/// one pass over the sentence, until another sentence is scanned; dropping it ends that.
pub struct Within<'a> {
    scan: u64,
    _sentence: PhantomData<&'a str>,
}

/// Finds every phrase of the [`SHARED`] lists in `sentence` at once, for the sets' searches of
/// it and of its slices for as long as the returned guard lives (or until the next `within`).
pub fn within(sentence: &str) -> Within<'_> {
    let scan = SENTENCE.with(|s| {
        let mut s = s.borrow_mut();
        s.scan += 1;
        s.from = 0;
        s.to = 0;
        s.lists = 0;
        s.hits.clear();
        if let Some(starts) = shared() {
            s.from = sentence.as_ptr() as usize;
            s.to = s.from + sentence.len();
            let Scanned { lists, hits, .. } = &mut *s;
            starts.each(sentence.as_bytes(), |list, start, end| {
                *lists |= 1 << list;
                hits.push((list, start, end));
            });
        }
        s.scan
    });
    Within {
        scan,
        _sentence: PhantomData,
    }
}

impl Drop for Within<'_> {
    fn drop(&mut self) {
        SENTENCE.with(|s| {
            let mut s = s.borrow_mut();
            // A later sentence's hits are that sentence's guard's to end.
            if s.scan == self.scan {
                s.from = 0;
                s.to = 0;
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasick;

    #[test]
    fn phrases_are_found_in_any_case_and_only_whole() {
        static SET: PhraseSet = PhraseSet::new(&["out of school", "died"]);
        assert!(SET.in_text("Half are Out Of School."));
        assert!(SET.in_text("Three workers DIED."));
        assert!(!SET.in_text("out of  school"));
        assert!(!SET.in_text("no one die here"));
    }

    #[test]
    fn a_scanned_sentence_answers_for_its_slices_as_a_search_does() {
        static TOPIC: PhraseSet = PhraseSet::new(super::super::evidence::TOPIC);
        static OTHER: PhraseSet = PhraseSet::new(super::super::nonclaim::OTHER_STATISTICS);
        let text = "Some 40 million are out of school, and 28 million in Forced Labour; \
                    murders rose.";
        let searched = |set: &PhraseSet| -> Vec<bool> {
            let mut all = Vec::new();
            for from in 0..=text.len() {
                for to in from..=text.len() {
                    if let Some(slice) = text.get(from..to) {
                        all.push(set.in_text(slice));
                    }
                }
            }
            all
        };
        let (topic, other) = (searched(&TOPIC), searched(&OTHER));
        let guard = within(text);
        assert!(SENTENCE.with(|s| s.borrow().lists) != 0);
        assert_eq!(searched(&TOPIC), topic);
        assert_eq!(searched(&OTHER), other);
        // A copy of the text is searched, not answered from the sentence's hits.
        assert!(TOPIC.in_text(&text.to_lowercase()));
        drop(guard);
        assert_eq!(SENTENCE.with(|s| s.borrow().to), 0);
    }

    /// Every hit of `lists` in each of `texts`, in order, as an automaton finds them and as
    /// the starts do.
    fn both_hits(lists: &[&'static [&'static str]], texts: &[String]) -> (Hits, Hits) {
        let kinds: Vec<u8> = (0u8..)
            .zip(lists)
            .flat_map(|(k, list)| std::iter::repeat_n(k, list.len()))
            .collect();
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(lists.iter().flat_map(|list| list.iter()))
            .unwrap();
        let starts = Starts::new(lists).unwrap();
        let (mut automaton, mut started) = (Vec::new(), Vec::new());
        for (t, text) in texts.iter().enumerate() {
            automaton.extend(
                ac.find_overlapping_iter(text)
                    .map(|m| (t, kinds[m.pattern().as_usize()], m.start(), m.end())),
            );
            starts.each(text.as_bytes(), |k, start, end| {
                started.push((t, k, start, end))
            });
        }
        automaton.sort_unstable();
        started.sort_unstable();
        (automaton, started)
    }

    type Hits = Vec<(usize, u8, usize, usize)>;

    #[test]
    fn a_list_is_found_in_a_text_when_an_automaton_finds_it() {
        use super::super::evidence;
        let mut texts = vec![
            "Forced Labour, TRAFFICKED".to_string(),
            "traffic".to_string(),
            "slav".to_string(),
            String::new(),
            "é traffické victimé ‘slave’ \u{feff}forced".to_string(),
        ];
        texts.extend(crate::testing::fixture_lines());
        // Phrases of one, two and three bytes at least: every position read, and steps of
        // at most one and two.
        // A three-byte phrase among longer ones is found four bytes at a time, at a text's end
        // too.
        let short: [&[&str]; 4] = [
            &["ab", "abc", "b", "c-d"],
            &["ab", "abc", "c-d"],
            &["abc", "bcd", "c-de", "zab"],
            &["gdp", "forced", "x\u{e9}y"],
        ];
        texts.extend(
            ["ABC-D", "xab", "B", "c-", "a", "xxzaBcd", "zz-c-de", "ab"].map(str::to_string),
        );
        texts.extend(
            [
                "GDP",
                "its gdp",
                "gdp.",
                "xGDPx",
                "gd",
                "Forced GDP\u{e9}",
                "gdp\ngdp",
            ]
            .map(str::to_string),
        );
        for list in SHARED.iter().chain(&short) {
            let ac = AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(list.iter())
                .unwrap();
            let starts = Starts::new(&[list]).unwrap();
            for text in &texts {
                assert_eq!(starts.any(text.as_bytes()), ac.is_match(text), "{text}");
            }
            // Every hit, as the one pass over a sentence needs them.
            let (automaton, started) = both_hits(&[list], &texts);
            assert_eq!(started, automaton);
        }
        // Short lists step over positions; the shared lists' common words roll a window.
        assert!(Starts::new(&[evidence::TOPIC]).unwrap().stepping);
        assert!(!Starts::new(&SHARED).unwrap().stepping);
        assert!(Starts::new(&SHARED).unwrap().widened);
        assert!(!Starts::new(&[&["ab", "abc", "c-d"]]).unwrap().widened);
    }

    #[test]
    fn the_starts_find_every_hit_an_automaton_finds() {
        let mut texts = vec![
            "Forced Labour and forced labor; FORCED TO WORK, forced to work.".to_string(),
            "trafficked victims: Victim, slave-trafficking, smuggled, out of school".to_string(),
            "Some 1.3 million go missing; 40 users, missing children died".to_string(),
            "traffic".to_string(),
            "slav".to_string(),
            String::new(),
            "é traffické victimé ‘slave’ \u{feff}forced".to_string(),
        ];
        texts.extend(crate::testing::fixture_lines());
        let (automaton, started) = both_hits(&SHARED, &texts);
        assert!(automaton.len() > 500, "{}", automaton.len());
        assert_eq!(started, automaton);
        // Phrases shorter than four bytes are read a window at a time.
        static SHORT: [&[&str]; 2] = [&["ab", "abc", "b"], &["bc", "c-d"]];
        let texts = ["ABC-D", "xab", "b", "", "c-", "abcabc-d"].map(str::to_string);
        let (automaton, started) = both_hits(&SHORT, &texts);
        assert_eq!(started, automaton);
        assert!(Starts::new(&[&["a", ""]]).is_none());
    }
}
