//! Agreements: the ways besides the plain one in which a claim's value agrees with a figure.

use crate::extract::Hedge;

use super::{
    Bind, Checker, Claim, FALL_WORDS, Finding, Fit, Mismatch, Quantity, RISE_WORDS, Reading,
    Verdict, bounds, evidence, fit, inside_larger_place, kept, last_place, lower, read, value_of,
};

/// Verbs after a place that make the number after them the place's own (`Asia has 15.6
/// million`, `Nigeria recorded 1,200`).
const HOLDS: &[&str] = &[
    "has seen ",
    "saw ",
    "sees ",
    "has ",
    "had ",
    "recorded ",
    "records ",
    "registered ",
    "reported ",
    "reports ",
    "accounts for ",
    "accounted for ",
    "is home to ",
    "was home to ",
    "hosts ",
];

/// Subject terms for the sectors and kinds of forced labour, which exist only inside it.
const FORCED_LABOUR_PARTS: &[&str] = &[
    "private sector",
    "private economy",
    "domestic work",
    "construction",
    "agriculture",
    "manufacturing",
    "commercial sexual exploitation",
    "forced commercial sexual exploitation",
    "forced sexual exploitation",
    "state-imposed forced labour",
    "state-imposed",
];

/// True when lower-case `sentence` names the group `term` itself, not child labour, another
/// measure (`12 million in child labour` names no children of modern slavery).
fn names_group(sentence: &str, term: &str) -> bool {
    sentence.match_indices(term).any(|(at, _)| {
        let after = sentence.get(at + term.len()..).unwrap_or_default();
        !(after.starts_with(" labour") || after.starts_with(" labor"))
    })
}

impl<'a> Checker<'a> {
    pub(super) fn agreement(&self) -> Option<Finding> {
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
            return Some(self.change_start(self.settle(f, None), f));
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
        if let Some(found) = self.region_share_agreement() {
            return Some(found);
        }
        self.as_change_agreement()
            .or_else(|| self.paired_agreement())
            .or_else(|| self.scaled_agreement())
            .or_else(|| self.both_parts_agreement().map(|f| self.settle(f, None)))
            .or_else(|| self.elided_agreement().map(|f| self.settle(f, None)))
            .or_else(|| {
                self.carried_agreement()
                    .map(|f| self.settle(f, None))
                    .filter(|out| out.verdict == Verdict::Consistent)
            })
    }

    /// `out`, the finding for figure `f` at the level a change started from: when consistent
    /// with an edition a newer one replaces, it says so.
    pub(super) fn change_start(&self, mut out: Finding, f: usize) -> Finding {
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
        out
    }

    /// `28 million people were in forced labour and 22 in forced marriages`, `24.9 in forced
    /// labour and 15.4 million in forced marriage`: a bare number next to a count in millions
    /// (or billions) of its sentence shares that count's scale. The current figure whose
    /// population the number's clause names and whose value agrees with the number so scaled
    /// agrees. Only ever an agreement.
    pub(super) fn scaled_agreement(&self) -> Option<Finding> {
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
            let scale = super::doubt::written_scale(written).filter(|s| (1e6..=1e9).contains(s))?;
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
                && scaled.meets(self.bounds(f))
                && self.placed(f)
        })?;
        self.agreeing(f, scaled.value)
    }

    /// `50 million people are either held as forced labourers or given into forced marriages`,
    /// `Of the 50 million affected, 28 million suffer forced labour, while 22 million face forced
    /// marriage`: a count in a sentence that names both parts of modern slavery apart may be
    /// their sum; a share (`one in every 150 people is in forced labour or forced marriage`) may
    /// be of it. The current modern-slavery figure it agrees with agrees. Only ever an agreement.
    pub(super) fn both_parts_agreement(&self) -> Option<usize> {
        if !matches!(self.reading.quantity, Quantity::Count | Quantity::Share)
            || self.claim.denied
            || self.claim.hypothetical
        {
            return None;
        }
        let lower = self.lower_sentence();
        // Every phrase below holds `forced`: most sentences are settled by that one search.
        if !lower.contains("forced") {
            return None;
        }
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
                // A group's count or share (`a quarter` for children's 25%) only when the
                // sentence names the group: `a quarter of forced marriages in rich countries`
                // is no share of children.
                && figure
                    .subject
                    .iter()
                    .any(|t| t == "people" || names_group(lower, t))
                && self.agrees_quietly(f)
        })
    }

    /// `She puts the profits at $236 billion a year. That is 37 percent more than in 2014.`,
    /// `… 27.6 million people in forced labour. 6.3 million of them …`: a sentence that names
    /// no population of its own may go on about the report the sentence before agreed with. A
    /// current figure of that report (same title and date) that the value agrees with, in the
    /// claim's place, agrees. Only ever an agreement, within one paragraph, a sentence or two on.
    pub(super) fn carried_agreement(&self) -> Option<usize> {
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
    pub(super) fn paired_agreement(&self) -> Option<Finding> {
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
                        // `over half the estimated 50 million`: not the women and girls' share.
                        // (Asked last: it reads the paragraph.)
                        && !self.unnamed_group(f)
                });
            if let Some(f) = found {
                return self.agreeing(f, reading.value);
            }
        }
        None
    }

    /// `Europe and Central Asia lead as forced labour profits reach $236bn`, `… up $64bn, with
    /// Europe top of the list`: a region the sentence names without placing the number in it
    /// (no `in`, `across`, `within`, `throughout` before it, no `has`, `recorded` … between it
    /// and its clause's first number) need not be the number's; a global
    /// figure for what the sentence names, whose value is right and newest, agrees (only ever
    /// an agreement).
    pub(super) fn scope_elsewhere_agreement(&self) -> Option<usize> {
        let place = self.claim.scope.as_deref()?;
        if place == "global" || self.claim.denied || self.claim.hypothetical {
            return None;
        }
        let lower = self.lower_sentence();
        let name = place.to_lowercase();
        let mut named = lower.match_indices(&name).peekable();
        named.peek()?;
        let number = self.in_sentence(&(self.claim.mention.start..self.claim.mention.end));
        let placing = named.any(|(at, _)| {
            // `followed by the Americas and Asia (both at 3.5 per thousand)`, `then Nigeria, at
            // 3.5 per thousand`: the number stands right after the place's phrase, in brackets
            // or after `at`.
            let end = at + name.len();
            if let Some(gap) = lower.get(end..number.start)
                && gap.len() <= 45
                && !gap.contains(')')
                && (gap
                    .split_once('(')
                    .is_some_and(|(phrase, _)| !phrase.contains([',', ';', ':', '.']))
                    || gap.trim_start().starts_with(", at ")
                    || gap.trim_start().starts_with("at "))
            {
                return true;
            }
            // `Sub-Saharan Africa has seen nine per cent …`: the place is what the clause
            // speaks of, the number what it has (and the numbers the clause goes on to give:
            // `…, and a possible nine per cent in hazardous work`).
            // (The claim itself is among the sentence's claims after the place.)
            let first = self
                .sentence_claims()
                .map(|c| self.in_sentence(&(c.mention.start..c.mention.end)).start)
                .filter(|&s| s >= end)
                .min()
                .unwrap_or(number.start);
            if let Some(gap) = lower.get(end..first)
                && lower
                    .get(end..number.start)
                    .is_some_and(|clause| !clause.contains(';'))
                && gap.len() <= 40
                && !gap.contains([',', ';', ':', '.', '(', ')'])
                && HOLDS.iter().any(|verb| gap.trim_start().starts_with(verb))
            {
                return true;
            }
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

    /// `138 million children around the world are still working`, `one in 10 children works`:
    /// reporters' loose words for the ILO and UNICEF's global child labour estimate, though the
    /// sentence names no child labour. The current global child labour count (or share of all
    /// children) for the ages given, whose value the number states within its own precision and
    /// whose subject it names, agrees. Only ever an agreement.
    pub(super) fn working_agreement(&self) -> Option<usize> {
        if !self.claim.working
            || self.claim.denied
            || self.claim.hypothetical
            || !matches!(self.reading.quantity, Quantity::Count | Quantity::Share)
            || self.claim.scope.as_deref().is_some_and(|p| p != "global")
        {
            return None;
        }
        // A share's children (`one in 10 children`) are the group it is taken of, which the
        // clause names without making them its subject; they must be the ones who work.
        let subject = if self.reading.quantity == Quantity::Share {
            if !self.children_themselves_work() {
                return None;
            }
            Bind::Focus
        } else {
            Bind::Subject
        };
        self.ev.figures(subject, Bind::None, false).find(|&f| {
            let figure = self.figure(f);
            figure.quantity == self.reading.quantity
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

    /// `Asia and the Pacific is host to more than half of all forced labour`: a region's share
    /// of the world's total, which the table holds as two counts of one report, the region's and
    /// the world's. The current regional count whose population the whole after `of` names, and
    /// whose part of that report's world count the share states, agrees. Only ever an agreement.
    pub(super) fn region_share_agreement(&self) -> Option<Finding> {
        if self.reading.quantity != Quantity::Share
            || self.claim.denied
            || self.claim.hypothetical
            || !self.place_holds_share()
        {
            return None;
        }
        let after = lower(self.after_number());
        let whole_named = after.trim_start().strip_prefix("of ")?;
        let (f, part) =
            self.ev
                .figures(Bind::None, Bind::Sentence, true)
                .find_map(|f| {
                    let figure = self.figure(f);
                    let named = self.ev.populations.iter().any(|p| {
                        p.specific && p.owners.contains(&f) && whole_named.contains(p.term)
                    });
                    (named
                        && figure.quantity == Quantity::Count
                        && figure.scope != "global"
                        && self.scope_fit(f) == Fit::Match
                        && self.visible(f)
                        && self.successor(f).is_none())
                    .then(|| Some((f, self.world_part(figure)?)))
                    .flatten()
                })?;
        if !self.reading.meets((part, part)) {
            return None;
        }
        let mut out = self.finding(
            Verdict::Consistent,
            Some(f),
            format!(
                "{} agrees with {}, {:.0}% of the world's total in the same report",
                self.quoted,
                self.describe(f),
                part * 100.0
            ),
        );
        out.expected = Some(part);
        Some(out)
    }

    /// True when a place the sentence names holds the share (`Asia and the Pacific is host to
    /// more than half`, `Africa accounts for 23%`): a verb of holding right before the number,
    /// after a hedge at most, not a share within the place (`In Asia, 55% of all …`).
    fn place_holds_share(&self) -> bool {
        const HOLDING: &[&str] = &[
            " host to",
            " hosts",
            " home to",
            " accounts for",
            " account for",
            " accounted for",
            " has",
            " have",
            " had",
        ];
        const HEDGES: &[&str] = &[
            " more than",
            " over",
            " about",
            " around",
            " nearly",
            " almost",
            " some",
            " roughly",
            " just",
            " a",
            " an",
        ];
        let Some(before) = self
            .text
            .get(self.claim.sentence.start..self.claim.mention.start)
        else {
            return false;
        };
        let mut before = lower(before.trim_end()).into_owned();
        while let Some(h) = HEDGES.iter().find(|h| before.ends_with(**h)) {
            before.truncate(before.len() - h.len());
        }
        self.claim.scope.as_deref().is_some_and(|p| p != "global")
            && HOLDING.iter().any(|v| before.ends_with(v))
    }

    /// The part of the world's count that regional count `figure` is: the same report's global
    /// count of the same population, period and date.
    fn world_part(&self, figure: &crate::table::Figure) -> Option<f64> {
        let world = self.table.figures.iter().find(|g| {
            g.quantity == Quantity::Count
                && g.scope == "global"
                && g.unit == figure.unit
                && g.population == figure.population
                && g.subject == figure.subject
                // `people in forced labour on any given day` and the same `in Africa`.
                && figure
                    .metric
                    .strip_prefix(g.metric.as_str())
                    .is_some_and(|rest| rest.starts_with(" in "))
                && g.period == figure.period
                && g.published == figure.published
                && g.source.publisher == figure.source.publisher
        })?;
        Some(figure.central()? / world.central()?)
    }

    /// True when the words after a share are `children`, at most a word for the world, and a
    /// verb of work with no trade or place after it (`one in 10 children works`, `10% of
    /// children worldwide are working`; not `children who work`, `children work in farming`).
    fn children_themselves_work(&self) -> bool {
        let words: Vec<String> = self
            .words_after()
            .take(8)
            .map(|w| lower(w).into_owned())
            .collect();
        let mut rest = words.iter().map(String::as_str).peekable();
        while rest
            .next_if(|w| matches!(*w, "of" | "all" | "the"))
            .is_some()
        {}
        if rest.next() != Some("children") {
            return false;
        }
        let rest: Vec<&str> = rest.collect();
        let rest = [
            &["worldwide"][..],
            &["globally"],
            &["in", "the", "world"],
            &["around", "the", "world"],
        ]
        .iter()
        .find_map(|world| rest.strip_prefix(*world))
        .unwrap_or(&rest);
        let rest = rest
            .strip_prefix(&["are"][..])
            .or_else(|| rest.strip_prefix(&["is"][..]))
            .unwrap_or(rest);
        let Some((verb, after)) = rest.split_first() else {
            return false;
        };
        matches!(*verb, "work" | "works" | "working")
            && !after.first().is_some_and(|w| {
                matches!(
                    *w,
                    "in" | "on" | "at" | "as" | "for" | "with" | "under" | "from" | "into"
                )
            })
    }

    /// `75 percent of the 40.3 million are women and girls`: a count with no noun of its own
    /// that a share right before it is taken of, stated to its figure's precision, is the total
    /// of a report whose share for the group the sentence names it is. The current total it
    /// agrees with agrees. Only ever an agreement.
    pub(super) fn share_base_agreement(&self) -> Option<usize> {
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

    /// A figure the table says people confuse with `f` whose value the number gives, of the
    /// same quantity and place, when the sentence names none of `f`'s own subject words: the
    /// number agrees with the look-alike rather than contradicting `f`.
    pub(super) fn look_alike(&self, f: usize) -> Option<usize> {
        if self.ev.named(f) {
            return None;
        }
        self.confusable(f).find(|&g| self.states_look_alike(g))
    }

    /// True when the number states figure `g` (a look-alike of the figure it was weighed
    /// against): the same quantity, unit, base and place, and a value close to `g`'s.
    fn states_look_alike(&self, g: usize) -> bool {
        let figure = self.figure(g);
        figure.quantity == self.reading.quantity
            && self.agrees(g)
            && bounds::tight(&self.reading, figure)
            && self.visible(g)
            && self.same_unit(g)
            && self.same_base(g)
            && fit::scope(self.claim, figure) != Fit::Mismatch
    }

    /// `27 per cent of forced labour cases` for the ILO's 27% of *privately imposed* forced
    /// labour, where all forced labour's share is 23%: a figure the table says people confuse
    /// with `f` whose value the number states, while the sentence names `f`'s own population
    /// and not the look-alike's. The look-alike's real number, given to the wider measure.
    pub(super) fn narrower_look_alike(&self, f: usize) -> Option<Finding> {
        if !self.ev.named(f) {
            return None;
        }
        let g = self
            .confusable(f)
            .find(|&g| self.successor(g).is_none() && self.states_look_alike(g))?;
        let term = self
            .ev
            .populations
            .iter()
            .find(|t| t.specific && t.owners.contains(&f) && !t.owners.contains(&g))?;
        if self.ev.populations.iter().any(|t| t.owners.contains(&g)) {
            return None;
        }
        // `of all forced labour cases` gives the number to everyone; without `all`, the
        // sentence restates the look-alike as its source words it, loosely.
        if !self.of_all() {
            return Some(self.settle(g, None));
        }
        Some(self.wrong_metric_finding(g, &Mismatch::Population(term.term.to_string())))
    }

    /// True when `all`, `total` or `overall` is among the three words after the number (`27%
    /// of all forced labour cases`): the number is given to the whole population.
    fn of_all(&self) -> bool {
        self.words_after().take(3).any(|w| {
            ["all", "total", "overall"]
                .iter()
                .any(|a| w.eq_ignore_ascii_case(a))
        })
    }

    /// The current global yearly amount an amount earned on the topic agrees with, when the
    /// sentence leaves whose earnings they are to the paragraph (`It generates more than $150
    /// billion annually`, `a $150 billion worldwide industry`): amounts are few and distinctive.
    /// Only ever an agreement.
    pub(super) fn yearly_amount_agreement(&self) -> Option<usize> {
        if self.reading.quantity != Quantity::Money
            || !self.ev.on_topic
            || self.claim.denied
            || self.claim.hypothetical
            || !(self.earned() || self.yearly())
            || self.other_trade()
        {
            return None;
        }
        // `exceeds 35 billion dollars annually` allows half as much again but states none of it:
        // with nothing to say whose earnings they are, only the value as written is evidence.
        let open = matches!(
            self.claim.mention.hedge,
            Some(Hedge::MoreThan | Hedge::AtLeast | Hedge::LessThan | Hedge::UpTo)
        );
        (0..self.table.figures.len()).find(|&f| {
            let figure = self.figure(f);
            figure.quantity == Quantity::Money
                && figure.scope == "global"
                && figure.metric.ends_with("per year")
                && (!open || bounds::tight(&self.stated(), figure))
                && self.visible(f)
                && self.successor(f).is_none()
                && self.same_unit(f)
                && fit::scope(self.claim, figure) != Fit::Mismatch
                && self.agrees(f)
                && self.placed(f)
        })
    }

    /// True when `a year`, `per year`, `annually` or the like follows the number within a few
    /// words: an amount by the year.
    pub(super) fn yearly(&self) -> bool {
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

    /// `Among the 138 million affected`, `two-thirds of the 138 million global total`: a count
    /// on the topic whose clause names neither what it counts nor the group it is of, written
    /// to three significant digits or more, restates the one current figure of the table that
    /// states that very value. Only ever an agreement.
    pub(super) fn elided_agreement(&self) -> Option<usize> {
        if !self.ev.on_topic
            || self.claim.denied
            || self.claim.hypothetical
            || self.claim.change_verb.is_some()
            || self.reading.quantity != Quantity::Count
            || self.ev.subjects.iter().any(|t| t.bind >= Bind::Focus)
            || self.ev.populations.iter().any(|t| t.bind >= Bind::Focus)
        {
            return None;
        }
        let value = self.claim.mention.value?;
        let mut found = (0..self.table.figures.len()).filter(|&f| {
            let figure = self.figure(f);
            figure.quantity == Quantity::Count
                && figure
                    .central()
                    .is_some_and(|v| (v - value).abs() <= 1e-9 * v.abs().max(1.0))
                && self.distinctive_value(f)
                && self.visible(f)
                && self.same_base(f)
                && self.same_unit(f)
                && self.same_ages(f)
                && fit::scope(self.claim, figure) != Fit::Mismatch
                && self.agrees(f)
                && self.placed(f)
                && self.successor(f).is_none()
        });
        let f = found.next()?;
        found.next().is_none().then_some(f)
    }

    /// A current figure for what the number counts, its value right, when the sentence names no
    /// population at all.
    pub(super) fn bare_agreement(&self) -> Option<usize> {
        if !self.ev.on_topic || !self.ev.populations.is_empty() {
            return None;
        }
        let stated = std::cell::OnceCell::new();
        self.ev
            .figures(Bind::Subject, Bind::None, false)
            .filter(|&f| self.visible(f))
            .find(|&f| {
                let figure = self.figure(f);
                figure.quantity == self.reading.quantity
                    && self.same_base(f)
                    && self.same_unit(f)
                    // `2 million children in the Philippines`: a place the figure is not for.
                    && fit::scope(self.claim, figure) != Fit::Mismatch
                    && self.agrees(f)
                    && self.placed(f)
                    && self.successor(f).is_none()
                    // With nothing but `people` to go on, the number must state the value, not
                    // reach it with its hedge: `over four million people … work in brick kilns`
                    // is no rounding of 6.3 million in commercial sexual exploitation.
                    // (A range is weighed as a range afterwards, see `range_held`.)
                    && (bounds::is_range(&self.claim.mention)
                        || bounds::tight(stated.get_or_init(|| self.stated()), figure))
                    // Nor is a number in a story about one country the world's, unless the
                    // sentence says so or credits the figure's source.
                    && self.story_elsewhere(figure).is_none()
                    // `with about 2.7 million people affected`: a level, in a sentence that
                    // speaks of no change, is no amount of a rise or fall.
                    && (!self.counts_change(f) || self.speaks_of_change())
            })
    }

    /// The current regional figure whose region is named right before the number's opening
    /// bracket (`Africa (3.8m)`, `the Americas ($52 billion)`) and whose population the sentence
    /// names, when the value agrees: a list of regions may follow a global total, so the
    /// sentence's own place says nothing about it. Only ever an agreement.
    pub(super) fn bracketed_region(&self) -> Option<usize> {
        if self.claim.denied || self.claim.hypothetical {
            return None;
        }
        let before = self.text.get(..self.claim.mention.start)?.trim_end();
        // `registered in South Asia, 56 percent, Central America …`: a list set off by commas
        // pairs its regions and numbers as brackets do.
        let listed = || {
            let after = self.text.get(self.claim.mention.end..)?.trim_start();
            after
                .starts_with([',', '.', ';'])
                .then(|| before.strip_suffix(','))
                .flatten()
        };
        let before = before.strip_suffix('(').or_else(listed)?.trim_end();
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
    /// own, or an amount of the figure's own subject, agrees with it (`Over half of them are in
    /// the Asia-Pacific region (15.1 million)`, `the Europe and Central Asia region follows with
    /// 4.1 million`, after a sentence on forced labour). Only ever an agreement.
    pub(super) fn named_region(&self) -> Option<usize> {
        if self.claim.denied || self.claim.hypothetical || !self.ev.on_topic {
            return None;
        }
        // An amount of money may end the list with what it is (`the Arab States with $18
        // billion in illegal profits`): a noun of its own only when the figure's subject is not.
        let noun = self.own_noun();
        if noun && self.claim.mention.kind != crate::extract::Kind::Money {
            return None;
        }
        let regional = self.regional?.get_or_init(|| {
            // Allocated once, at the most it can hold.
            let mut regional = Vec::with_capacity(self.table.figures.len());
            regional.extend(
                (0..self.table.figures.len()).filter(|&f| self.figure(f).scope != "global"),
            );
            regional
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
        // A word that is the figure's own subject (`in illicit profits`) is no rival population,
        // though another figure counts it as its whole (a share of the profits).
        let owns = |f: usize, p: &evidence::PopulationTerm<'a>| {
            p.owners.contains(&f) || self.figure(f).subject.iter().any(|t| t == p.term)
        };
        let counted = |f: usize| {
            !noun || {
                let subject = self.claim.subject.as_deref().unwrap_or_default();
                self.ev
                    .subjects
                    .iter()
                    .filter(|t| t.bind >= Bind::Focus && subject.contains(t.term))
                    .all(|t| t.owners.contains(&f))
            }
        };
        regional.iter().copied().find(|&f| {
            last(f) == Some(at)
                && own.iter().all(|p| owns(f, p))
                && counted(f)
                && self.agrees_now(f)
        })
    }

    /// The current figure for what the number's own noun counts (`24.9 million people`), of the
    /// same report as a figure whose population another clause of the sentence names, when the
    /// number's clause names no population and the value agrees (`24.9 million people were
    /// trapped working in factories …, while 15.4 million people were in marriages to which they
    /// had not consented`): the other clause's population is the other number's. Only ever an
    /// agreement.
    pub(super) fn beside_other_clause(&self) -> Option<usize> {
        if self.claim.denied
            || self.claim.hypothetical
            // A general word (`of all victims`) names no population of the number's own, nor
            // does what the number counts (`sexual exploitation …, despite representing only
            // 27% of victims`), which is another figure's population.
            || self.ev.populations.iter().any(|p| {
                p.bind >= Bind::Focus
                    && p.specific
                    && !self
                        .claim
                        .subject
                        .as_deref()
                        .is_some_and(|s| s.contains(p.term))
            })
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

    /// True when the words read as what the number counts hold a subject word of some figure
    /// (`12 million are children`); a verb read as the subject (`28 million suffer from forced
    /// labour`) is no noun of the number's own.
    pub(super) fn own_noun(&self) -> bool {
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
    pub(super) fn range_end_agreement(&self) -> Option<usize> {
        if self.claim.denied || self.claim.hypothetical || !self.follows_to() {
            return None;
        }
        // Wide enough for X's own noun and year between (`from 1 per cent of the total victims
        // detected in 2016 to 6 per cent in 2018 and to 8 per cent`).
        let window = self.last_lower_words(self.claim.sentence.start..self.claim.mention.start, 24);
        let hedge = ["just", "nearly", "almost", "about", "around", "some"];
        let ends_with_to = match window.as_slice() {
            [.., to, word] if hedge.contains(&word.as_ref()) => to == "to",
            [.., to] => to == "to",
            _ => false,
        };
        if !ends_with_to || !window.iter().any(|w| w == "from") {
            return None;
        }
        // The sentence's years belong to X; Y's own come after it (`to 8 percent in 2022`), or
        // are the second of a pair after both (`to 160 million between 2016 and 2020`).
        let after = self.after_number();
        let year_after = year_of_end(after);
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
                    && self.agrees(f)
                    && self.placed(f)
            })
    }

    /// The direction of a per-cent figure that is a change though the extractor reads it as a
    /// share: `37% more in profits` (+1), `(37 per cent)` in brackets after an amount that
    /// `rose by` it.
    pub(super) fn change_sign(&self) -> Option<i8> {
        if self.claim.mention.kind != crate::extract::Kind::Percent
            || self.claim.change_verb.is_some()
        {
            return None;
        }
        let lower = |range: std::ops::Range<usize>| self.last_lower_words(range, 4);
        let rest = self.after_number();
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
            let noun = |words: &[&str]| near.iter().any(|w| words.contains(&w.as_ref()));
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
            if RISE_WORDS.contains(&w.as_ref()) || w == "up" {
                Some(1)
            } else if FALL_WORDS.contains(&w.as_ref()) {
                Some(-1)
            } else {
                None
            }
        })
    }

    /// The current change figure a per-cent figure agrees with when read as a change (see
    /// [`Self::change_sign`]), the sentence naming the figure's subject and population. Only
    /// ever an agreement, reported with the number read as a change.
    pub(super) fn as_change_agreement(&self) -> Option<Finding> {
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
                    && reading.meets(self.bounds(f))
                    && self.placed(f)
            })?;
        self.agreeing(f, reading.value)
    }

    /// The current figure a per-cent figure in brackets restates, right after a share in words
    /// (`more than half (50.4 per cent) of working children …`), or the share in words a few
    /// words before its per cent in brackets (`over one in three trafficking victims (34%)`):
    /// the share's subject and population, which the sentence names, are its own, and both
    /// numbers agree. Only ever an agreement.
    pub(super) fn restated_share(&self) -> Option<usize> {
        if self.reading.quantity != Quantity::Share || self.claim.denied || self.claim.hypothetical
        {
            return None;
        }
        let (start, end) = (self.claim.mention.start, self.claim.mention.end);
        let restates = self.sentence_claims().any(|c| {
            c.mention.end <= start
                && self
                    .text
                    .get(c.mention.end..start)
                    .is_some_and(|between| between.trim() == "(")
        });
        // The share in words before its per cent in brackets (`over one in three trafficking
        // victims (34%) … are minors`): the bracket must agree too.
        let bracket = if restates {
            None
        } else {
            let c = self
                .sentence_claims()
                .find(|c| c.mention.start >= end)
                .filter(|c| {
                    self.text.get(end..c.mention.start).is_some_and(|between| {
                        between.trim_end().strip_suffix('(').is_some_and(|words| {
                            words.split_whitespace().count() <= 4
                                && words
                                    .chars()
                                    .all(|ch| ch.is_alphabetic() || ch.is_whitespace())
                        })
                    })
                })?;
            Some(read(&c.mention).filter(|r| r.quantity == Quantity::Share)?)
        };
        self.ev
            .figures(Bind::Sentence, Bind::Sentence, false)
            .find(|&f| {
                self.figure(f).quantity == Quantity::Share
                    && bracket.is_none_or(|r| r.meets(self.bounds(f)))
                    && self.visible(f)
                    && self.successor(f).is_none()
                    && self.same_ages(f)
                    && fit::scope(self.claim, self.figure(f)) != Fit::Mismatch
                    && self.agrees(f)
                    && self.placed(f)
            })
    }

    /// `The number of child workers has increased. The rise – from 152 million to 160 million –
    /// came before the pandemic`: the two ends of a change, in a sentence that names nothing it
    /// counts, count what the sentence right before it in the paragraph says changed. Each end
    /// agrees with the edition of its own time: the earlier end with an older edition, the later
    /// with the current one. Only ever an agreement.
    pub(super) fn change_carried_agreement(&self) -> Option<usize> {
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
    pub(super) fn former_agreement(&self) -> Option<usize> {
        if !self.claim.past {
            return None;
        }
        // The edition whose value is nearest the former value (`up from 35%` is 2020's 35%,
        // not 2018's 34%); the first in table order among equals.
        let distance = |f: usize| {
            self.figure(f)
                .central()
                .map_or(f64::INFINITY, |v| (v - self.reading.value).abs())
        };
        // The candidates of the cautious agreements; `10,627 people …, up from 6,986 in 2018`:
        // a general word for people before the former value is the noun of the number it is
        // compared with, not one of its own.
        if self.claim.denied
            || self.claim.hypothetical
            || (self.own_noun() && !self.people_borrowed())
        {
            return None;
        }
        self.ev
            .figures(Bind::None, Bind::Sentence, true)
            .filter(|&f| self.successor(f).is_some() && self.agrees_quietly(f))
            .fold(None, |best: Option<usize>, f| match best {
                Some(b) if distance(b) <= distance(f) => Some(b),
                _ => Some(f),
            })
    }

    /// True when what the number counts is a general word for people (not children) that
    /// stands before it, the noun of an earlier number of the sentence (`10,627 people were
    /// referred …, up from 6,986`).
    fn people_borrowed(&self) -> bool {
        let before = self
            .claim
            .subject_span
            .as_ref()
            .is_some_and(|span| span.end <= self.claim.mention.start);
        before
            && self.claim.subject.as_deref().is_some_and(|s| {
                ["people", "persons", "individuals", "victims", "cases"].contains(&s)
            })
    }

    /// `16 million modern slavery victims work in the private sector`: everyone in a sector or
    /// kind of forced labour is in modern slavery, so a count of them the sentence gives as
    /// modern slavery's (`modern slaves`, `people enslaved`; naming no part of it) agrees with
    /// the forced labour figure for that sector or kind; `supply chains` are the private
    /// economy's. Not for children or women, who are in forced marriage too. The figure may be
    /// an older edition's (the caller says whether it is outdated); never a conflict.
    pub(super) fn slavery_part_agreement(&self) -> Option<usize> {
        if self.reading.quantity != Quantity::Count
            || self.claim.denied
            || self.claim.hypothetical
            || !(self.slavery_not_forced_labour() || self.enslaved_not_forced_labour())
        {
            return None;
        }
        let agrees = |f: usize| {
            let figure = self.figure(f);
            figure.quantity == Quantity::Count
                && figure.population.iter().any(|t| t == "forced labour")
                && self.visible(f)
                && self.same_base(f)
                && self.same_unit(f)
                && self.same_ages(f)
                && self.agrees(f)
        };
        self.ev
            .subjects
            .iter()
            .filter(|t| t.bind >= Bind::Focus && FORCED_LABOUR_PARTS.contains(&t.term))
            .flat_map(|t| t.owners.iter().copied())
            .chain(self.supply_chain_figures())
            .find(|&f| agrees(f))
    }

    /// The counts of forced labour in the private economy, when the sentence speaks of supply
    /// chains (`exploited in global supply chains`), which are that economy's; else none.
    fn supply_chain_figures(&self) -> impl Iterator<Item = usize> + '_ {
        let chains = self.lower_sentence().contains("supply chain");
        self.table
            .figures
            .iter()
            .enumerate()
            .filter(move |(_, g)| {
                chains
                    && (g.metric.contains("in the private sector")
                        || g.metric.contains("in the private economy"))
            })
            .map(|(g, _)| g)
    }

    /// `There are 21 million slaves in the world` on a day before any estimate of modern
    /// slavery in the table was out: the ILO's forced labour count was then the number given
    /// for slaves. The current global forced labour count it agrees with agrees. Only ever an
    /// agreement. A sentence crediting the ILO looks past another body's estimate of slavery
    /// (`The International Labour Office estimates … 20.9 million slaves` before its 2017 one).
    pub(super) fn slaves_before_estimates(&self) -> Option<usize> {
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
                // (The Global Slavery Index's own world totals, out from 2013, are one
                // foundation's: until the joint estimates of 2017 the ILO's count was the one
                // `slaves` were counted by, unless the sentence credits the foundation.)
                p.owners.iter().filter(|g| slavery(g)).any(|&g| {
                    let figure = self.figure(g);
                    self.visible(g)
                        && fit::attribution(self.claim, figure) != Fit::Mismatch
                        && (!figure.source.publisher.starts_with("Walk Free")
                            || self.claim.attribution.is_some()
                            || !(p.term.contains("slave") || p.term.contains("enslav")))
                })
            })
        {
            return None;
        }
        self.current_forced_labour(Quantity::Count).find(|&f| {
            fit::attribution(self.claim, self.figure(f)) != Fit::Mismatch
                && self.placed(f)
                && self.agrees(f)
        })
    }

    /// The figures whose population the sentence names specifically, at least as close as
    /// `bind`, for the cautious agreements of a number with no noun of its own; none when the
    /// number has one, or is denied or hypothetical.
    pub(super) fn quiet_candidates(&self, bind: Bind) -> Option<impl Iterator<Item = usize> + '_> {
        if self.own_noun() || self.claim.denied || self.claim.hypothetical {
            return None;
        }
        Some(self.ev.figures(Bind::None, bind, true))
    }

    /// True when figure `f` measures what the number does (quantity, base, unit, ages), is the
    /// newest edition the check date lets the sentence quote, and agrees with the value.
    pub(super) fn agrees_now(&self, f: usize) -> bool {
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
    pub(super) fn agrees_quietly(&self, f: usize) -> bool {
        self.figure(f).quantity == self.reading.quantity
            && self.visible(f)
            && self.same_base(f)
            && self.same_unit(f)
            && self.same_ages(f)
            && fit::scope(self.claim, self.figure(f)) != Fit::Mismatch
            && self.agrees(f)
            && self.placed(f)
    }

    /// `Two-thirds of the profits` where the source itself says `more than two-thirds (73%)`:
    /// a fraction in words, unhedged or hedged as the source hedges it, that the figure's own
    /// quote uses for it agrees, although its value is outside the fraction's band. Only ever
    /// an agreement.
    pub(super) fn worded_as_source(&self, f: usize) -> Option<Finding> {
        let figure = self.figure(f);
        if self.claim.mention.kind != crate::extract::Kind::Fraction
            || figure.quantity != Quantity::Share
            || self.claim.denied
            || self.claim.hypothetical
            || self.successor(f).is_some()
        {
            return None;
        }
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
        // The figure's quote squeezed is kept with the table.
        let quoted = |said: &str| match self
            .kept
            .and_then(|k| k.squeezed_quote(self.table, f, squeeze))
        {
            Some(quote) => quote.contains(said),
            None => squeeze(&figure.source.quote).contains(said),
        };
        (said.len() >= 4 && quoted(&said))
            .then(|| self.settle(f, None))
            .filter(|out| out.verdict == Verdict::Consistent)
    }

    /// True when what the share is of is a region (`Africa accounts for 23% of all trafficking`):
    /// the table's shares are of groups of people.
    pub(super) fn share_of_region(&self) -> bool {
        self.claim.subject.as_deref().is_some_and(fit::is_region)
    }

    /// True when one of figure `f`'s population terms follows the number in its clause; `after`
    /// is the clause after the number, lower-cased (once for every figure asked about).
    pub(super) fn base_named(&self, f: usize, after: &str) -> bool {
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
    pub(super) fn clause_agreement(&self) -> Option<usize> {
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
            .find(|&f| {
                self.successor(f).is_none() && self.agrees_quietly(f) && !self.unnamed_group(f)
            })
    }
}

/// How many bytes before a number's opening bracket [`Checker::bracketed_region`] reads for the
/// region's name and the word before it.
pub(super) const REGION_WINDOW: usize = 256;

/// Bytes between a bare number and the count whose scale it shares (`28 million … and 22`).
pub(super) const SCALE_REACH: usize = 80;

/// Words after a bare number that leave its noun and scale to a count paragraphs (`and 22 in
/// forced marriages`, `while 22 were held`).
pub(super) const SCALE_FOLLOWERS: &[&str] = &[
    "in", "into", "were", "are", "was", "is", "had", "have", "lived", "live", "living", "faced",
    "face", "suffer", "suffered", "held", "trapped", "forced", "made", "more",
];

/// `text`'s letters and digits, lower-cased, with nothing between them.
pub(super) fn squeeze(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        // ASCII (most of a text) without the Unicode tables.
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// True when `gap` holds a blank line: a new paragraph.
pub(super) fn blank_line(gap: &str) -> bool {
    let mut lines = gap.split('\n');
    lines.next_back();
    lines.skip(1).any(|line| line.trim().is_empty())
}

/// The year a `from X to Y` range's second end is for, read from the text after Y: the first
/// year there (`to 8 percent in 2022`), or the second of a pair of years joined by `and`, `to`
/// or a dash (`to 160 million between 2016 and 2020`), which spans X's year to Y's.
fn year_of_end(after: &str) -> Option<i32> {
    let year = |w: &str| {
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse::<i32>().ok())
            .flatten()
    };
    let words: Vec<&str> = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let (at, word) = words.iter().enumerate().find(|(_, w)| year(w).is_some())?;
    let first = year(word)?;
    let joined = words
        .get(at + 1)
        .is_some_and(|w| w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("to"));
    let second = if joined {
        words.get(at + 2).and_then(|w| year(w))
    } else {
        // `2016-2020`, `2016–2020`: the dash splits the two years with nothing between.
        let rest = after.split_once(word).map_or("", |(_, r)| r);
        rest.strip_prefix(['-', '–'])
            .and_then(|r| r.get(..4))
            .and_then(year)
    };
    Some(second.filter(|&y| y > first).unwrap_or(first))
}

#[cfg(test)]
mod tests {
    use super::year_of_end;

    #[test]
    fn a_range_end_takes_its_own_year_or_the_second_of_a_pair() {
        assert_eq!(year_of_end(" in 2022, the report says"), Some(2022));
        assert_eq!(year_of_end(" between 2016 and 2020."), Some(2020));
        assert_eq!(year_of_end(" from 2012 to 2016"), Some(2016));
        assert_eq!(year_of_end(" over 2016-2020"), Some(2020));
        assert_eq!(year_of_end(" in 2020 and 12 million in 2024"), Some(2020));
        assert_eq!(year_of_end(" last year"), None);
    }
}
