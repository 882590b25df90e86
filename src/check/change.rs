//! Changes: whether a number is a rise, a fall, a level or an amount of change.

use super::{Checker, FALL_WORDS, RISE_WORDS, fit};

impl<'a> Checker<'a> {
    /// True when figure `f` counts a rise or fall (`increase in the number of …`).
    pub(super) fn counts_change(&self, f: usize) -> bool {
        // The metric's first bytes in any ASCII case (asked of every figure a claim is compared
        // with: the metric is not copied in lower case).
        let metric = self.figure(f).metric.as_bytes();
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
        .any(|w| {
            metric
                .get(..w.len())
                .is_some_and(|m| m.eq_ignore_ascii_case(w.as_bytes()))
        })
    }

    /// True when `in` and the first year of figure `f`'s period (a change over `2016-2021`)
    /// close the number's clause (`10 million people were forced to work in 2016`), and neither
    /// that clause nor the words before the number in it speak of a change: the number is then
    /// said to be the level in the year the change is counted from.
    pub(super) fn level_in_base_year(&self, f: usize) -> bool {
        let Some((base, _)) = self.figure(f).period.split_once('-') else {
            return false;
        };
        if base.len() != 4 || !base.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let sentence = self.claim.sentence.clone();
        let at = self.claim.mention.start;
        let (Some(head), Some(tail)) = (
            self.text.get(sentence.start..at),
            self.text.get(self.claim.mention.end..sentence.end),
        ) else {
            return false;
        };
        let head = head.rsplit([',', ';', ':']).next().unwrap_or_default();
        let clause = tail.split([',', ';', ':', '.']).next().unwrap_or_default();
        let marker = format!(" in {base}");
        let Some((before, after)) = clause.split_once(marker.as_str()) else {
            return false;
        };
        // (`in 2016-2021`, `in 2016 and 2021`, `in 2016 to 2021`: the whole period.)
        let trimmed = after.trim();
        if !(trimmed.is_empty()
            || trimmed
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| {
                    w.chars().all(char::is_alphabetic)
                        && !["and", "to", "through", "till", "until"].contains(&w)
                }))
        {
            return false;
        }
        let changes = |s: &str| {
            s.to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| is_change_word(w) || ["since", "than", "from", "between"].contains(&w))
        };
        !changes(head) && !changes(before) && !changes(after)
    }

    /// True when the claim's clause or its sentence speaks of a change in any words (`fell`,
    /// `more`, `since 2000`, `between 2000 and 2016`): a number in a sentence that does not is
    /// a level, never a rise or fall.
    pub(super) fn speaks_of_change(&self) -> bool {
        self.claim.change_words
            || self.claim.change_verb.is_some()
            || self
                .lower_sentence()
                .split(|c: char| !c.is_alphanumeric())
                .any(is_change_word)
    }

    /// True when the number's own clause speaks of a change in any words (`more`, `since
    /// 2016`, `an increase of`): [`Checker::speaks_of_change`] for the words from the last
    /// joint of clauses before the number (`, and`, `, yet`, `, but`, `, while`, a colon or a
    /// semicolon) to the next one after it.
    pub(super) fn clause_speaks_of_change(&self) -> bool {
        if self.claim.change_verb.is_some() {
            return true;
        }
        const JOINTS: [&str; 7] = [", and ", ", yet ", ", but ", ", while ", ": ", "; ", " — "];
        let at = self.claim.mention.start;
        let sentence = self.claim.sentence.clone();
        let head = self.text.get(sentence.start..at).unwrap_or("");
        let tail = self.text.get(at..sentence.end).unwrap_or("");
        let from = JOINTS
            .iter()
            .filter_map(|j| head.rfind(j).map(|i| i + j.len()))
            .max()
            .unwrap_or(0);
        let to = JOINTS
            .iter()
            .filter_map(|j| tail.find(j))
            .min()
            .unwrap_or(tail.len());
        let clause = [head.get(from..).unwrap_or(""), tail.get(..to).unwrap_or("")]
            .concat()
            .to_lowercase();
        clause
            .split(|c: char| !c.is_alphanumeric())
            .any(is_change_word)
    }

    /// True when the number is the level a rise or fall reached (`rose to 160 million`, `grew
    /// by 8.4 million to 160 million`), not the change itself.
    pub(super) fn level_reached(&self) -> bool {
        // Most numbers do not follow `to`: look no further for them.
        // (`rose to 25% above 2019 levels`: a change against a base year's level, which the
        // extractor reads as a change.)
        if !self.follows_to() || self.claim.mention.kind == crate::extract::Kind::Change {
            return false;
        }
        let window = self.last_lower_words(self.claim.sentence.start..self.claim.mention.start, 12);
        // `follows_to` found the `to`: the last one, maybe before a hedge.
        let Some(to_at) = window.iter().rposition(|w| w == "to") else {
            return false;
        };
        window.get(..to_at).unwrap_or_default().iter().any(|w| {
            RISE_WORDS.contains(&w.as_ref()) || FALL_WORDS.contains(&w.as_ref()) || w == "up"
        })
    }

    /// True when `to` comes right before the number, or before a hedge before it (`to just 8
    /// percent`): a cheap test before the words are read.
    pub(super) fn follows_to(&self) -> bool {
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

    /// True when the number is the amount of a fall given in apposition right after the level
    /// the sentence's subject fell to (`Child labour has fallen to 138 million, a decline of 12
    /// million since 2020`): the fall of the population that clause names.
    pub(super) fn fall_beside_level(&self) -> bool {
        let head = self
            .text
            .get(self.claim.sentence.start..self.claim.mention.start)
            .unwrap_or("");
        let lead = [
            ", a decline of ",
            ", a fall of ",
            ", a drop of ",
            ", a decrease of ",
            ", a reduction of ",
        ]
        .iter()
        .find_map(|l| {
            let at = head.len().checked_sub(l.len())?;
            head.get(at..)
                .is_some_and(|t| t.eq_ignore_ascii_case(l))
                .then_some(at)
        });
        let Some(level) = lead.and_then(|at| head.get(..at)) else {
            return false;
        };
        // `fallen to 138 million`: a verb of falling, `to`, then a number (after a hedge) of at
        // most two words.
        let Some(to) = level.rfind(" to ") else {
            return false;
        };
        let amount = level.get(to + 4..).unwrap_or("");
        let amount = ["nearly ", "almost ", "about ", "around ", "some ", "just "]
            .iter()
            .find_map(|h| amount.strip_prefix(h))
            .unwrap_or(amount);
        let verb = level
            .get(..to)
            .unwrap_or("")
            .rsplit(' ')
            .next()
            .unwrap_or("");
        amount.starts_with(|c: char| c.is_ascii_digit())
            && amount.split(' ').count() <= 2
            && ["fallen", "fell", "dropped", "declined", "decreased"]
                .iter()
                .any(|v| verb.eq_ignore_ascii_case(v))
    }

    /// True when the number is where a change started (`fell from 16% to 9.6%`, `going from
    /// 16% in 2000 to 9.6%`): `from` right before it (or before a hedge) and `to` and another
    /// number soon after it.
    pub(super) fn former_from(&self) -> bool {
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
        let tail = self.after_number();
        let near = tail.get(..tail.len().min(40)).unwrap_or(tail);
        near.find(" to ").is_some_and(|at| {
            tail.get(at + 4..)
                .unwrap_or("")
                .chars()
                .take(12)
                .any(|c| c.is_ascii_digit())
        })
    }

    /// True when the number is the amount of a rise or fall (`dropped by 12 million`, `an
    /// increase of 8.4 million`), not a level.
    pub(super) fn amount_of_change(&self) -> bool {
        *self
            .change_amount
            .get_or_init(|| self.reads_as_amount_of_change())
    }

    /// [`Checker::amount_of_change`], read from the words before the number.
    pub(super) fn reads_as_amount_of_change(&self) -> bool {
        let mut words = self
            .lower_words_back(self.claim.focus.start..self.claim.mention.start)
            .skip_while(|w| {
                matches!(
                    w.as_ref(),
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
                        // `rose by more than 27 million`, `an increase of up to 5 million`: a
                        // hedge between the word of change and the number.
                        | "more"
                        | "than"
                        | "less"
                        | "fewer"
                        | "at"
                        | "least"
                        | "close"
                        | "to"
                        | "up"
                )
            });
        let (Some(link), Some(word)) = (words.next(), words.next()) else {
            return false;
        };
        let change = |w: &str| RISE_WORDS.contains(&w) || FALL_WORDS.contains(&w);
        match link.as_ref() {
            "by" => change(&word) || words.next().is_some_and(|w| change(&w)),
            "of" => change(&word),
            _ => false,
        }
    }

    /// Why a rise or fall the sentence dates to one year (`by 2022`) is not figure `f`'s, a
    /// change over years that ended before or began after it.
    pub(super) fn change_years_differ(&self, f: usize) -> Option<String> {
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

    /// True when the words right around the number make it a projection or a risk (`nine
    /// million children at risk of …`, `could rise to 46 million`, `8 million more could be
    /// pushed into …`), not a measured figure, whatever the rest of the sentence says. (Not
    /// `would`: reported speech uses it for what was measured, `said it would rise to 50 million`.)
    pub(super) fn projected(&self) -> bool {
        // The sentence-wide cue holds every word read here (`could`, `risk`, `projected` …),
        // but for `threatens to`.
        // (`threaten` is settled from the sentence's phrase hits, found in any case, then
        // compared as written.)
        static THREAT: super::phrases::PhraseSet = super::phrases::PhraseSet::new(THREATEN);
        let threatens = || THREAT.in_text(self.sentence) && self.sentence.contains("threaten");
        if !self.claim.hypothetical && !threatens() {
            return false;
        }
        // Lower-cased; a word in lower case already (most) is not copied.
        let words = |range: std::ops::Range<usize>| -> Vec<std::borrow::Cow<'_, str>> {
            self.text
                .get(range)
                .unwrap_or("")
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .map(super::lower)
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
        let whole_before = words(start..self.claim.mention.start);
        let before = whole_before
            .get(whole_before.len().saturating_sub(4)..)
            .unwrap_or_default();
        let modal = |w: &std::borrow::Cow<'_, str>| {
            matches!(
                w.as_ref(),
                "could" | "might" | "projected" | "forecast" | "predicted"
            )
        };
        // `threatens to increase the number … by nine million`: anywhere before it in its clause.
        let threat = whole_before
            .windows(2)
            .any(|p| matches!(p, [w, to] if (w == "threatens" || w == "threaten") && to == "to"));
        if !self.claim.hypothetical {
            return threat;
        }
        // `estimates that nearly 25 million … could be victims of trafficking`, `an estimated
        // 592,000 people … could be living in slavery`: an estimate's hedge of what is, not a
        // projection.
        let estimated_victims = after_all
            .windows(3)
            .any(|p| matches!(p, [m, be, v] if modal(m) && be == "be" && (v == "victims" || v == "living")))
            && whole_before.iter().any(|w| w.starts_with("estimat"))
            && !whole_before.iter().any(|w| w == "more");
        after.windows(2).any(|p| p == ["at", "risk"])
            || threat
            || after.iter().any(|w| w == "at-risk")
            || (after.iter().any(modal) && !estimated_victims)
            || before.iter().any(modal)
    }
}

/// The word that makes a number a projection though the sentence has no modal (see
/// [`Checker::projected`]).
pub(super) const THREATEN: &[&str] = &["threaten"];

/// Other words that may make a number a change, in a sentence that has no word of
/// [`RISE_WORDS`] or [`FALL_WORDS`].
pub(super) const CHANGE_HINTS: &[&str] = &[
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

/// True for a word of rise, fall or change (`rose`, `fewer`, `since`, `increasing`, `reduced`).
fn is_change_word(w: &str) -> bool {
    RISE_WORDS.contains(&w)
        || FALL_WORDS.contains(&w)
        || CHANGE_HINTS.contains(&w)
        || w.starts_with("increas")
        || w.starts_with("decreas")
        || w.starts_with("declin")
        || w.starts_with("reduc")
}
