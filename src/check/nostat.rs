//! Numbers on the topic that make no statistic the table could judge.

use super::phrases::PhraseSet;
use super::{
    Bind, Checker, Quantity, elsewhere, evidence, fit, names_other_trade, nonclaim, topic,
};

impl<'a> Checker<'a> {
    /// True when the number is no statistic to check, or one of another subject: the rules that
    /// need only its sentence, run before its evidence is read. Each rule is a test without
    /// effects, so their order changes no answer: those that drop most numbers for the least
    /// work come first (the sentence's topic and one raid's count, before `frame`'s two dozen
    /// tests of the words around the number).
    pub(super) fn no_statistic(&self) -> bool {
        // A schooling or poverty statistic in a sentence that does not name the topic (known
        // from the sentence's phrase hits).
        // `… are out of school and compelled to do labour` names the topic in other words.
        if !evidence::topical(self.sentence)
            && nonclaim::other_statistic(self.sentence)
            && !topic::in_other_words(self.sentence)
        {
            return true;
        }
        // `There are 170,000 Filipinos in Kuwait`, `4,247 migrants have landed since January`:
        // a count of people on the move, in a sentence that names no exploitation, counts
        // migration however near a paragraph on trafficking it stands.
        if self.reading.quantity == Quantity::Count
            && self
                .claim
                .subject_span
                .as_ref()
                .and_then(|span| self.text.get(span.clone()))
                .is_some_and(|subject| nonclaim::counts_movers(subject, self.sentence))
            // `Albanians (947) and Vietnamese (702)`: a count in brackets after a nationality
            // is one line of a breakdown by nationality, not a count of migration.
            && !self
                .text
                .get(..self.claim.mention.start)
                .is_some_and(|b| b.ends_with('('))
            && !evidence::topical(self.sentence)
            && !topic::in_other_words(self.sentence)
        {
            return true;
        }
        // `The operation arrested 142 people`: what one raid found is a case detail (not `…
        // days before the Index put the enslaved worldwide at 45.8 million`, the world's count).
        if self.reading.quantity == Quantity::Count
            && self.claim.change_verb.is_none()
            && self
                .claim
                .scope
                .as_deref()
                .is_none_or(|s| fit::place(s) != "global")
            // (Each rule's words are looked for in the sentence's phrases before the rule reads
            // its words: see `nonclaim::may_name_operation`.)
            && ((nonclaim::may_name_operation(self.sentence)
                && nonclaim::one_operation(self.lower_sentence()))
                || (self.claim.period.is_none()
                    && nonclaim::may_name_rescue(self.sentence)
                    && nonclaim::one_rescue(self.lower_sentence()))
                // `One inspection led to the rescue of 97 workers`.
                || nonclaim::one_inspection(self.lower_sentence())
                || (nonclaim::may_name_rescue(self.sentence)
                    && nonclaim::rescued_on_a_day(self.lower_sentence()))
                // `126 suspects arrested` in a list under `Results of the operation:`.
                || nonclaim::listed_under_one_operation(self.text, &self.claim.sentence)
                // `Police Rescue 33 Trafficking Victims`: a headline's few rescued people.
                || (self.claim.mention.value.is_some_and(|v| v < 100.0)
                    && nonclaim::rescue_headline(self.sentence)))
            // `Europol … the operation led to 130 arrests`: many countries' joint action.
            && !self.joint_action()
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
            && !self.joint_action()
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
        // `the second highest number of cases`, `was ranked third`: a place in a ranking.
        if self.claim.mention.kind == crate::extract::Kind::Ordinal
            && nonclaim::superlative_rank(before, after)
        {
            return true;
        }
        if !self.frame_exempt(number.start)
            && nonclaim::frame(self.sentence, number.start, number.end)
        {
            return true;
        }
        // `the 50 countries that have ratified the Protocol`, `signed by 30 nations`: the states
        // party to a treaty are a frame, not how far a crime reaches (`touches 128 countries`).
        if self.reading.quantity == Quantity::Count
            && self.claim.change_verb.is_none()
            && self.counts_countries()
            && self
                .lower_sentence()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| {
                    w.starts_with("ratif")
                        || w.starts_with("signator")
                        || matches!(w, "signed" | "endorsed" | "acceded")
                })
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
        // `Out of the 507, 89 were convicted`: a count the paragraph gave before, restated as
        // the whole the next count is a part of.
        if self.reading.quantity == Quantity::Count && self.restated_whole(before, after) {
            return true;
        }
        // `fines of up to 5% of global revenue`: a penalty's ceiling.
        if self.reading.quantity == Quantity::Share && nonclaim::penalty_share(before, after) {
            return true;
        }
        // `a $150 billion (R2.3 trillion) industry`: the amount before, restated in another
        // currency.
        if self.claim.mention.kind == crate::extract::Kind::Money && self.restated_amount() {
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
        // `The firm was fined $1.5 million for employing 102 minors`: one employer's case, its
        // fine and the children it employed.
        if matches!(self.reading.quantity, Quantity::Count | Quantity::Money)
            && self.claim.change_verb.is_none()
            && !self.claim.per_year
            && nonclaim::one_employers_penalty(self.lower_sentence())
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
        // `after millions of people were displaced by cyclones`: the displaced, no victims.
        if self.reading.quantity == Quantity::Count && nonclaim::displaced_people(after) {
            return true;
        }
        // `the 127 countries in which we work`: where one organisation works.
        if self.reading.quantity == Quantity::Count && nonclaim::own_footprint(before, after) {
            return true;
        }
        // `the World Day Against Trafficking is marked in more than 100 countries`: where a day or
        // campaign is kept.
        if self.reading.quantity == Quantity::Count && nonclaim::observance_reach(before, after) {
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
            && (elsewhere::other_subject(clause)
                || nonclaim::other_statistic(clause)
                || self.counts_whole_population(clause, number.start, number.end))
        {
            return true;
        }
        false
    }

    /// True when the number counts the results of a police action run across many countries
    /// (see [`nonclaim::joint_action_named`]), which the rules on one operation do not drop.
    fn joint_action(&self) -> bool {
        let after = self.after_number();
        nonclaim::joint_action_named(self.lower_sentence(), after, || match self.joint {
            // The document's answer, worked out once for all its numbers.
            Some(joint) => *joint.get_or_init(|| nonclaim::names_joint_action(self.text)),
            None => nonclaim::names_joint_action(self.text),
        })
    }

    /// True when the count opens its sentence as the whole after `Out of the` or `Of the` and a
    /// comma (`Out of the 507, 89 were convicted`), written as a number the paragraph gave
    /// before it: the same count again, no claim of its own.
    fn restated_whole(&self, before: &str, after: &str) -> bool {
        let opener = before.trim_end().to_ascii_lowercase();
        if !matches!(opener.as_str(), "out of the" | "of the" | "out of") || !after.starts_with(',')
        {
            return false;
        }
        let number = self
            .text
            .get(self.claim.mention.start..self.claim.mention.end)
            .unwrap_or_default();
        let block = crate::claim::block(self.text, self.claim.sentence.start);
        let earlier = self
            .text
            .get(block.start.min(self.claim.sentence.start)..self.claim.sentence.start)
            .unwrap_or_default();
        // The same digits, set apart from other digits.
        earlier.match_indices(number).any(|(at, _)| {
            let edge = |b: Option<&u8>| !b.is_some_and(|b| b.is_ascii_digit() || *b == b',');
            edge(earlier.as_bytes().get(at.wrapping_sub(1)))
                && edge(earlier.as_bytes().get(at + number.len()))
        })
    }

    /// True when the amount stands in brackets right after another amount of the sentence, alone
    /// or after a hedge (`$150 billion (R2.3 trillion)`, `$32 billion (about P1.5 trillion)`):
    /// the same money in another currency, no second claim.
    fn restated_amount(&self) -> bool {
        let before = self
            .text
            .get(self.claim.sentence.start..self.claim.mention.start)
            .unwrap_or_default()
            .trim_end();
        let before = [
            "about",
            "around",
            "approximately",
            "roughly",
            "some",
            "nearly",
            "almost",
        ]
        .iter()
        .find_map(|hedge| {
            before
                .len()
                .checked_sub(hedge.len())
                .and_then(|at| before.split_at_checked(at))
                .filter(|(_, end)| end.eq_ignore_ascii_case(hedge))
                .map(|(head, _)| head.trim_end())
        })
        .unwrap_or(before);
        // Right after the bracket, or after other restatements in it with only separators
        // between them (`(£90bn; 110bn euros)`).
        let Some(open) = before.rfind('(') else {
            return false;
        };
        let separators = |from: usize, to: usize| {
            self.text
                .get(from..to)
                .is_some_and(|gap| gap.trim_matches([' ', ';', ',']).is_empty())
        };
        let to = self.claim.sentence.start + before.len();
        let mut at = self.claim.sentence.start + open + 1;
        for c in self.sentence_claims() {
            if c.mention.kind == crate::extract::Kind::Money
                && c.mention.start >= at
                && c.mention.end <= to
                && separators(at, c.mention.start)
            {
                at = c.mention.end;
            }
        }
        let Some(head) = before.get(..open).filter(|_| separators(at, to)) else {
            return false;
        };
        let end = self.claim.sentence.start + head.trim_end().len();
        self.sentence_claims().any(|c| {
            c.mention.kind == crate::extract::Kind::Money
                && c.mention.end == end
                && c.mention != self.claim.mention
        })
    }

    /// True when the number's `clause` (of the sentence, holding the number at `start..end`)
    /// counts everyone of a place or a trade, or the displaced (see
    /// [`elsewhere::whole_population`]).
    fn counts_whole_population(&self, clause: &str, start: usize, end: usize) -> bool {
        let (from, to) = (
            clause.as_ptr() as usize,
            clause.as_ptr() as usize + clause.len(),
        );
        let at = self.sentence.as_ptr() as usize;
        let before = self.sentence.get(from - at..start).unwrap_or_default();
        let after = self.sentence.get(end..to - at).unwrap_or_default();
        // `…, with migrant workers more than three times as likely to be affected`, in a
        // sentence on the topic: a ratio of the group's likelihood of the harm, no count of the
        // group (not `… as likely to be hired`).
        if self.reading.quantity == Quantity::Multiplier
            && likelihood_of_harm(after)
            && evidence::topical(self.sentence)
        {
            return false;
        }
        elsewhere::whole_population(before, after, self.reading.quantity == Quantity::Share)
    }

    /// True when the words that make other numbers frames do not make this one: a rank is no
    /// count of the places it ranks (`the No. 1 state`), and `every fifth girl`, which the
    /// extractor read as a share, is no denominator.
    pub(super) fn frame_exempt(&self, start: usize) -> bool {
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

    /// True when the words between the sentence's previous number (or its start) and this one
    /// name the drug or arms trade (`… $150 billion — only drug trafficking, which rakes in
    /// $300 billion, earns more`): the amount is that trade's.
    pub(super) fn other_trade_before(&self) -> bool {
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

    /// True when the sentence opens with `Of these`, `Of them`, `Among them` and the like: a
    /// share after it is of a group another sentence names.
    pub(super) fn of_those_before(&self) -> bool {
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

    /// True when the number opens a relative clause on a group named just before it (`…
    /// working children; of which 80 percent`, `…, of whom 60%`).
    pub(super) fn of_relative_before(&self) -> bool {
        let mut words = self.words_before().rev();
        words
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("which") || w.eq_ignore_ascii_case("whom"))
            && words.next().is_some_and(|w| {
                ["of", "among", "amongst"]
                    .iter()
                    .any(|t| w.eq_ignore_ascii_case(t))
            })
    }

    /// True when the sentence counts victims in a register (`registered victims`, `victims
    /// registered`) and names no global report or the world.
    pub(super) fn registered_victims(&self) -> bool {
        // `potential victims` are those referred to a national mechanism (the UK's NRM, a
        // country's hotline), not the detected victims of UNODC's reports.
        // (Most sentences are settled from the sentence's phrase hits.)
        static PHRASES: PhraseSet = PhraseSet::new(REGISTERED);
        PHRASES.in_text(self.sentence)
            && {
                let lower = self.lower_sentence();
                !["unodc", "global", "world"]
                    .iter()
                    .any(|w| lower.contains(w))
            }
            && !self.register_figure_named()
    }

    /// True when the sentence names a figure that itself counts a register's victims (its terms
    /// say `potential victims`, as the UK's National Referral Mechanism's do), and the sentence
    /// or its paragraph names that figure's place: the register is the table's own.
    fn register_figure_named(&self) -> bool {
        self.table.figures.iter().enumerate().any(|(f, figure)| {
            figure.scope != "global"
                && self.ev.of(f).is_some()
                && figure
                    .subject
                    .iter()
                    .chain(&figure.population)
                    .any(|t| REGISTERED.iter().any(|r| t.contains(r)))
                && (self.scope_fit(f) == super::fit::Fit::Match
                    || self.places.named(
                        self.text,
                        self.claim.sentence.start,
                        self.sentence,
                        super::fit::place(&figure.scope),
                    ))
        })
    }

    /// True when the number is one sector's part in a breakdown by sector (`70 per cent of
    /// child labour is in agriculture, 20 per cent in services`, `Agriculture employs 70% of
    /// child labourers (97 million)`): a share, or a number in brackets, whose clause names a
    /// sector, in a sentence naming two, when no figure of its quantity that the sentence names
    /// is of that sector.
    pub(super) fn sector_part(&self) -> bool {
        // Whether the text names two sectors: read no further than the second.
        let two_sectors = |text: &str| {
            SECTORS
                .iter()
                .filter(|w| text.contains(*w))
                .nth(1)
                .is_some()
        };
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
        // Most sentences name no sector: settled from the sentence's phrase hits.
        static CUES: PhraseSet = PhraseSet::new(SECTOR_CUES);
        if !CUES.in_text(self.sentence) {
            return false;
        }
        let lower = self.lower_sentence();
        if !two_sectors(lower) {
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
                    let metric = self.lower_metric(f);
                    named.iter().any(|w| metric.contains(w))
                })
    }

    /// True when the share is of places: `countries`, `nations` or `states` right after it, or
    /// after `of` (`one in 10 countries`, `two-thirds of the states`).
    pub(super) fn of_places(&self) -> bool {
        let mut words = self
            .words_after()
            .skip_while(|w| super::nonclaim::any_is(w, &["of", "the", "all"]));
        words.next().is_some_and(|w| {
            super::nonclaim::any_is(
                w,
                &[
                    "countries",
                    "nations",
                    "states",
                    "economies",
                    "territories",
                    "districts",
                ],
            )
        })
    }

    /// True when `of these`, `of those` or `of them` follows a number that opens its sentence
    /// (`Half of these children`): the share is of a group another sentence names.
    pub(super) fn of_these_after(&self) -> bool {
        let at = self.in_sentence(&(self.claim.mention.start..self.claim.mention.end));
        // Only at the head of its sentence: later, `these` may be a group the sentence itself
        // has named (`40.3 million …, and one in four of those victims were children`).
        let opening = self.sentence.get(..at.start).unwrap_or_default();
        if opening.split_whitespace().count() > 2 {
            return false;
        }
        // `of those in slavery`, `of those who …`: the words after `those` name the group.
        let defined = || {
            self.words_after()
                .nth(2)
                .is_some_and(|w| super::nonclaim::any_is(w, &["in", "who"]))
        };
        self.of_pronoun_after(&["these", "them"])
            || (self.of_pronoun_after(&["those"]) && !defined())
    }

    /// True when the number counts countries: `countries`, `nations` or `member states` right
    /// after it, or after up to two qualifiers (`other`, `Pacific`, `G20`).
    pub(super) fn counts_countries(&self) -> bool {
        let mut words = self.words_after();
        for _ in 0..3 {
            let Some(w) = words.next() else {
                return false;
            };
            if ["countries", "nations"]
                .iter()
                .any(|c| w.eq_ignore_ascii_case(c))
                || (w.eq_ignore_ascii_case("member")
                    && words
                        .next()
                        .is_some_and(|n| n.eq_ignore_ascii_case("states")))
            {
                return true;
            }
            if !(w.eq_ignore_ascii_case("other")
                || w.chars().next().is_some_and(char::is_uppercase))
            {
                return false;
            }
        }
        false
    }

    /// True when `of` and one of `pronouns` follow the number (`80% of these victims`).
    pub(super) fn of_pronoun_after(&self, pronouns: &[&str]) -> bool {
        let mut words = self.words_after();
        words.next().is_some_and(|w| w.eq_ignore_ascii_case("of"))
            && words
                .next()
                .is_some_and(|w| pronouns.iter().any(|t| w.eq_ignore_ascii_case(t)))
    }
}

/// The phrases of a sentence that counts victims in a register (see
/// [`Checker::registered_victims`]).
pub(super) const REGISTERED: &[&str] = &[
    "registered victims",
    "victims registered",
    "potential victims",
];

/// Sectors of the economy a breakdown of child or forced labour names, in lower case.
pub(super) const SECTORS: &[&str] = &[
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

/// [`SECTORS`] as the shared phrase scan looks for them, in any ASCII case in the original text:
/// the same but `domestic wor`, since a Kelvin sign lower-cases to `k`.
pub(super) const SECTOR_CUES: &[&str] = &[
    "agricultur",
    "services",
    "service sector",
    "industry",
    "industrial",
    "manufacturing",
    "construction",
    "mining",
    "fishing",
    "domestic wor",
    "hospitality",
];

/// True when `after` (the words after a multiplier) opens with a likelihood of harm (`as likely
/// to be affected`, `more likely to be exploited`, `likelier to fall victim`).
fn likelihood_of_harm(after: &str) -> bool {
    let lower = after.trim_start().to_lowercase();
    let Some(rest) = ["as likely to ", "more likely to ", "likelier to "]
        .iter()
        .find_map(|w| lower.strip_prefix(w))
    else {
        return false;
    };
    [
        "be affected",
        "be exploited",
        "be trapped",
        "be victims",
        "be in forced",
        "be subjected",
        "fall victim",
    ]
    .iter()
    .any(|h| rest.starts_with(h))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sector_cues_are_the_sectors_but_for_domestic_work() {
        assert_eq!(SECTORS.len(), SECTOR_CUES.len());
        for (sector, cue) in SECTORS.iter().zip(SECTOR_CUES) {
            match *sector {
                "domestic work" => assert_eq!(*cue, "domestic wor"),
                _ => assert_eq!(sector, cue),
            }
        }
    }
}
