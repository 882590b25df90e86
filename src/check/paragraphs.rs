//! The paragraphs of a document read for the topic, and what each says of the ones around it.

use super::{evidence, named, topic};

/// The paragraphs of one document read for the topic so far, each with whether it names it.
#[derive(Debug, Default)]
pub(crate) struct ParagraphTopics {
    /// Paragraphs read (see [`crate::claim::block`]), in the order read.
    pub(super) read: Vec<(std::ops::Range<usize>, bool)>,
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
    /// The document's blank lines, found the first time a paragraph is looked for.
    blanks: Option<std::rc::Rc<crate::claim::BlankLines>>,
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
            blanks: self.blanks,
        }
    }

    /// The blank lines of `text` (the document's, whose paragraphs these are), found the first
    /// time.
    pub(crate) fn blank_lines(&mut self, text: &str) -> &std::rc::Rc<crate::claim::BlankLines> {
        self.blanks
            .get_or_insert_with(|| std::rc::Rc::new(crate::claim::BlankLines::new(text)))
    }

    /// Whether `text[range]` names the topic, when a paragraph with exactly that range was read.
    pub(crate) fn answer(&self, range: &std::ops::Range<usize>) -> Option<bool> {
        self.recent()
            .find(|(read, _)| read == range)
            .map(|&(_, topical)| topical)
            .or_else(|| self.known_answer(range))
    }

    /// The answer an earlier stage found for a paragraph with exactly this range.
    pub(super) fn known_answer(&self, range: &std::ops::Range<usize>) -> Option<bool> {
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
    pub(super) fn recent(&self) -> impl Iterator<Item = &(std::ops::Range<usize>, bool)> {
        self.read.iter().rev().take(8)
    }

    /// The paragraph holding byte `at`, and whether it names the topic; each read once.
    pub(super) fn block(&mut self, text: &str, at: usize) -> (std::ops::Range<usize>, bool) {
        if let Some(found) = self.recent().find(|(range, _)| range.contains(&at)) {
            return found.clone();
        }
        let range = self.blank_lines(text).block(text, at);
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
        // Most documents define no abbreviation on the topic: read once per document (one
        // `memchr` pass for brackets), that settles every paragraph without reading it.
        let defined = self.abbreviations.get_or_insert_with(|| {
            topic::defined_abbreviations(text)
                .into_iter()
                .map(|a| {
                    let at = a.as_ptr() as usize - text.as_ptr() as usize;
                    at..at + a.len()
                })
                .collect()
        });
        if defined.is_empty() {
            return false;
        }
        // Most paragraphs hold no run of capitals.
        let capitals = paragraph
            .as_bytes()
            .windows(2)
            .any(|w| w.iter().all(u8::is_ascii_uppercase));
        if !capitals {
            return false;
        }
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
    pub(super) fn lead_in(&mut self, text: &str, item: &std::ops::Range<usize>) -> Option<bool> {
        let is_item = |range: &std::ops::Range<usize>| {
            let line = text.get(range.clone()).unwrap_or_default().trim();
            !line.ends_with(':')
                && if line.len() <= 160 && !line.contains('\n') {
                    !line.starts_with('#')
                } else {
                    // A list set tight, a line an item.
                    crate::claim::is_list(line) && line.contains('\n')
                }
                && line.bytes().any(|b| b.is_ascii_digit())
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
    pub(super) fn continues_named(&mut self, text: &str, own: &std::ops::Range<usize>) -> bool {
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
    pub(super) fn named_before(&mut self, text: &str, own: &std::ops::Range<usize>) -> bool {
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
            let range = self.blank_lines(text).block(text, end - 1);
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
pub(super) const NEARBY: usize = 2_000;

/// How far back (in bytes) a paragraph's organisation is looked for in paragraphs on the topic.
pub(super) const NAMED_REACH: usize = 4000;

/// How many paragraphs back, at most, a paragraph's organisation is looked for.
pub(super) const NAMED_PARAGRAPHS: usize = 12;
