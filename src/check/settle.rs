//! Findings for the figure a claim agrees with: consistent, outdated, misattributed.

use super::{
    Basis, Bind, Checker, Claim, Finding, Fit, Framing, Mismatch, Quantity, Reading, SAME_SIZE,
    STALE_YEARS, Verdict, bounds, currency, description, evidence, fit, kept, read, value_of,
};

/// Words of a region's name as reporters write it (`Sub-Saharan Africa`, `the Arab States`,
/// `the Gulf`), which a country's share is never checked by.
const REGION_WORDS: &[&str] = &[
    "Africa",
    "Asia",
    "Europe",
    "America",
    "Arab",
    "Caribbean",
    "Pacific",
    "Middle East",
    "Gulf",
];

impl<'a> Checker<'a> {
    /// `between $99 billion and $145 billion`, `20 million to 40 million`: a range with a
    /// figure at one end or inside it is no statement of that figure, so an agreement (or a
    /// wrong measure, or an older edition) becomes unverified; a range that leaves the figure
    /// out still conflicts, and a figure that is itself a range is compared as before.
    pub(super) fn range_held(&self, found: &mut Finding) {
        let Some(f) = found.figure else {
            return;
        };
        let figure = self.figure(f);
        if matches!(found.verdict, Verdict::Conflict | Verdict::Unverified)
            || !bounds::is_range(&self.claim.mention)
            || (figure.low.is_some() && figure.high.is_some())
        {
            return;
        }
        *found = self.finding(
            Verdict::Unverified,
            None,
            format!(
                "{} is a range, and the table's figure is one estimate ({}): a range that takes it in neither confirms nor contradicts it",
                self.quoted,
                self.describe(f)
            ),
        );
    }

    /// The agreements tried when the claim's own measure gives no verdict: each only ever
    /// agrees, with a figure the sentence ties to the number in a way of its own.
    /// An amount in euros or pounds, read in dollars at the year's rate: an agreement says the
    /// rate; anything else is left unverified, as the writer's rate may differ from it.
    pub(super) fn converted_held(&self, found: &mut Finding) {
        let Some((code, (year, rate))) = self.converted else {
            return;
        };
        if found.verdict == Verdict::Consistent {
            found.message.push_str(&format!(
                "; read at about US${rate:.2} to the {}, {year}'s average",
                currency::name(code),
            ));
            return;
        }
        if found.verdict == Verdict::Unverified {
            return;
        }
        // `nine billion euros per victim` for about US$10,000: a thousandfold slip that neither
        // the writer's rate nor another measure the table lacks explains (a difference within
        // tenfold may be either, and is left unverified).
        if found.verdict == Verdict::Conflict
            && let (Some(claimed), Some(expected)) = (found.claimed, found.expected)
            && expected > 0.0
            && !SAME_SIZE.contains(&(claimed / expected))
        {
            return;
        }
        let mut out = self.unverified_because(&format!(
            "is in {}s; read in US dollars at the year's rate it agrees with no figure, and another rate may be the writer's",
            currency::name(code)
        ));
        out.claimed = found.claimed;
        *found = out;
    }

    /// An agreement with a figure of the world by a number the sentence gives for one country
    /// (`Vietnam's rate of child labour is 9.1 percent` is no reading of the world's one in
    /// ten): left unverified, as the country's own figure may be anything.
    pub(super) fn country_held(&self, found: &mut Finding) {
        let Some(f) = found
            .figure
            .filter(|_| found.verdict == Verdict::Consistent)
        else {
            return;
        };
        let figure = self.figure(f);
        let Some(place) = self.claim.scope.as_deref() else {
            return;
        };
        if figure.scope != "global"
            || place == "global"
            || !crate::claim::is_known_place(place)
            || fit::is_region(place)
            // (A region of the world, as a reporter names it, may be ranked against the world.)
            || REGION_WORDS.iter().any(|region| place.contains(region))
            || fit::scope(self.claim, figure) != Fit::Mismatch
        {
            return;
        }
        let out = self.unverified_because(&format!(
            "is given for {place}, and the table's figure ({}) is the world's",
            self.describe(f)
        ));
        *found = out;
    }

    /// An agreement with a rise by a number the sentence calls a fall, or the reverse (`a drop
    /// of 8.4 million` against the rise of 8.4 million): left unverified, as the sentence
    /// speaks of another change.
    pub(super) fn direction_held(&self, found: &mut Finding) {
        let Some(f) = found
            .figure
            .filter(|_| found.verdict == Verdict::Consistent)
        else {
            return;
        };
        // (Few figures are a rise or a fall: the sentence's words are read only for those.)
        if let Some(is) = fit::direction(self.figure(f))
            && let Some(said) = self.said_direction()
            && said != is
        {
            let why = if is > 0 {
                "is a fall, and the table's figure"
            } else {
                "is a rise, and the table's figure"
            };
            *found = self.unverified_because(&format!(
                "{why} ({}) is a {}",
                self.describe(f),
                if is > 0 { "rise" } else { "fall" }
            ));
        }
    }

    /// An agreement of a level with a figure that counts a rise or fall (`about 8 million
    /// children now toil in child labour` against the rise of 8.4 million, in a sentence that
    /// speaks of a rise elsewhere; `have risen, to $64 billion`), or of the amount of a rise or
    /// fall with a level (`rose by more than 27 million` against the 27.6 million in forced
    /// labour): left unverified, as the sentence counts another thing than the figure, however
    /// the agreement was found. A level is no other measure's rise or fall either (`8.4
    /// million children are trafficked each year` is not the rise in child labour).
    pub(super) fn change_level_held(&self, found: &mut Finding) {
        let Some(f) = found.figure.filter(|_| {
            matches!(
                found.verdict,
                Verdict::Consistent
                    | Verdict::Outdated
                    | Verdict::Misattributed
                    | Verdict::WrongMetric
            ) && matches!(self.reading.quantity, Quantity::Count | Quantity::Money)
        }) else {
            return;
        };
        if self.figure(f).quantity != self.reading.quantity {
            return;
        }
        let counts_change = self.counts_change(f);
        // (A level given as the amount of a rise or fall is a wrong measure of its own.)
        if found.verdict == Verdict::WrongMetric && !counts_change {
            return;
        }
        let why = if counts_change {
            // `10 million people were forced to work or marry in 2016`: a rise since 2016 given
            // as the level in 2016.
            if self.level_in_base_year(f) {
                *found = self.wrong_metric_finding(f, &Mismatch::ChangeAsLevel);
                return;
            }
            let reached = self.level_reached();
            if !reached && (self.amount_of_change() || self.clause_speaks_of_change()) {
                return;
            }
            // `forced labour generates $63.9 billion in annual profits`: an amount of money
            // the figure gives as a rise, in a sentence with no word of change, is that rise
            // stated as the level.
            if self.reading.quantity == Quantity::Money
                && !self.claim.change_words
                && !reached
                && fit::direction(self.figure(f)).is_some_and(|d| d > 0)
            {
                *found = self.wrong_metric_finding(f, &Mismatch::ChangeAsLevel);
                return;
            }
            "is a level, and the table's figure"
        } else {
            if !self.amount_of_change() {
                return;
            }
            "is the amount of a rise or fall, and the table's figure"
        };
        *found = self.unverified_because(&format!(
            "{why} ({}) is {}",
            self.describe(f),
            if counts_change {
                "a rise or fall"
            } else {
                "a level"
            }
        ));
    }

    /// An agreement of a number whose sentence names no group of people it counts (`In 2021
    /// the figure reached 27.6 million.`) with a figure for a group its paragraph (or, when that
    /// names none, the paragraph before) does not name, while it names another (child labour):
    /// left unverified, as what the number counts is the paragraph's group. (Not an amount of
    /// money, which counts no people, nor a figure of the report a group the paragraph names
    /// comes from: `27.6 million people were in forced labour. Of those, 6.3 million …`.)
    pub(super) fn paragraph_group_held(&self, found: &mut Finding) {
        let Some(f) = found.figure.filter(|_| {
            matches!(
                found.verdict,
                Verdict::Consistent | Verdict::Outdated | Verdict::Misattributed
            ) && self.reading.quantity != Quantity::Money
        }) else {
            return;
        };
        if self.ev.populations.iter().any(|p| p.bind >= Bind::Sentence)
            || self.ev.subjects.iter().any(|t| t.owners.contains(&f))
        {
            return;
        }
        let own = self.places.paragraph(self.text, self.claim.sentence.start);
        let sentence = self.claim.sentence.clone();
        // The specific population terms of `range` outside the sentence.
        let groups = |range: std::ops::Range<usize>| {
            let mut hits = Vec::new();
            if let Some(slice) = self.text.get(range.clone()) {
                self.table.index().find_into(
                    slice,
                    range.start,
                    crate::table::Roles::Population,
                    &mut hits,
                );
            }
            hits.retain(|h: &crate::table::TermHit<'a>| {
                let inside = h.range.start >= sentence.start && h.range.end <= sentence.end;
                !(inside || h.populations.is_empty() || evidence::GENERIC.contains(&h.term))
            });
            hits
        };
        let mut hits = groups(own.clone());
        if hits.is_empty() {
            // The paragraph before, up to 2,000 bytes back.
            let before = self
                .text
                .get(..own.start)
                .unwrap_or_default()
                .trim_end()
                .len();
            if before == 0 || own.start - before > 2000 {
                return;
            }
            let prev = crate::claim::paragraph(self.text, before.saturating_sub(1));
            if own.start.saturating_sub(prev.start) > 2000 {
                return;
            }
            hits = groups(prev);
        }
        let Some(other) = hits.first().map(|h| h.term) else {
            return;
        };
        let report = &self.figure(f).source.title;
        if hits.iter().any(|h| {
            h.populations
                .iter()
                .any(|&g| g == f || self.figure(g).source.title == *report)
        }) {
            return;
        }
        *found = self.unverified_because(&format!(
            "names no group of its own, and its paragraph speaks of “{other}”, which the table's figure ({}) does not count",
            self.describe(f)
        ));
    }

    /// `27.6 million people in forced labour, of whom 12 million are children`: a count after
    /// `of whom`, `of which` or `of them` is part of the count before it (`earlier`, the figure
    /// that count agreed with), so an agreement with a figure of another population, when the
    /// number's own clause names none, gives that population's number to the earlier count's:
    /// a wrong measure when the value is the figure's, else unverified.
    pub(super) fn part_held(&self, found: &mut Finding, earlier: Option<usize>) {
        let (Some(f), Some(g)) = (found.figure, earlier) else {
            return;
        };
        if !matches!(
            found.verdict,
            Verdict::Consistent | Verdict::Outdated | Verdict::Misattributed
        ) || f == g
            || self.reading.quantity != Quantity::Count
            || self.figure(g).quantity != Quantity::Count
        {
            return;
        }
        let (whole, part) = (self.figure(g), self.figure(f));
        let Some(term) = whole.population.first() else {
            return;
        };
        if part.population.contains(term)
            || self
                .ev
                .populations
                .iter()
                .any(|p| p.specific && p.bind >= Bind::Focus && p.owners.contains(&f))
            || !self.follows_of_whom()
        {
            return;
        }
        *found = if bounds::tight(&self.stated(), part) {
            self.wrong_metric_finding(f, &Mismatch::Population(term.clone()))
        } else {
            self.unverified_because(&format!(
                "is part of a count of “{term}” (by `of whom`), and the figure it comes near ({}) counts another group",
                self.describe(f)
            ))
        };
    }

    /// True when `of whom`, `of which`, `of them` or `among them` comes right before the number
    /// (or before a hedge before it), after a comma.
    fn follows_of_whom(&self) -> bool {
        let head = self
            .text
            .get(self.claim.sentence.start..self.claim.mention.start)
            .unwrap_or("")
            .trim_end()
            .to_ascii_lowercase();
        let head = [
            "some",
            "about",
            "around",
            "nearly",
            "almost",
            "over",
            "more than",
            "an estimated",
            "roughly",
            "just",
        ]
        .iter()
        .find_map(|h| head.strip_suffix(h).filter(|rest| rest.ends_with(' ')))
        .unwrap_or(&head)
        .trim_end();
        [
            ", of whom",
            ", of which",
            ", of them",
            ", among them",
            ", among whom",
        ]
        .iter()
        .any(|w| head.ends_with(w))
    }

    /// A conflict with the count of countries a report covers, when nothing from the article's
    /// start to the sentence names that report or its publisher (`2023 Trafficking Report
    /// includes data from 188 countries`, `21 countries upgraded`): many reports count
    /// countries, so the number is left unverified.
    pub(super) fn coverage_held(&self, found: &mut Finding) {
        let Some(f) = found.figure.filter(|_| found.verdict == Verdict::Conflict) else {
            return;
        };
        let figure = self.figure(f);
        if !fit::covers_countries(figure) {
            return;
        }
        // `the first global assessment`, `its first report`: the count of an edition long
        // before the table's (the 2009 report covered 155 countries), not a misquote of it.
        let sentence = self.lower_sentence();
        if [
            "first global",
            "first report",
            "first edition",
            "first-ever",
        ]
        .iter()
        .any(|w| sentence.contains(w))
        {
            *found = self.unverified_because(&format!(
                "counts the countries of the report's first edition, which the table does not hold ({})",
                self.describe(f)
            ));
            return;
        }
        let upto = self
            .text
            .get(..self.claim.sentence.end)
            .unwrap_or_default()
            .to_lowercase();
        let publisher = figure.source.publisher.to_lowercase();
        let title = figure.source.title.to_lowercase();
        // `Global Report on Trafficking in Persons 2022` is named by its title without the year.
        let title = title.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
        if upto.contains(&publisher) || upto.contains(title) || upto.contains("global report") {
            return;
        }
        *found = self.unverified_because(&format!(
            "counts countries, but nothing before it names {}, whose coverage the table's figure counts ({})",
            figure.source.publisher,
            self.describe(f)
        ));
    }

    /// An agreement of a share with a figure's share of people, when the words after the share
    /// say what it is of and those are offences, incidents or charges (`one in four (27%)
    /// online sexual offences against children`, `36 percent of charges laid`): left
    /// unverified, as a share of events is no share of victims.
    pub(super) fn events_held(&self, found: &mut Finding) {
        const EVENTS: &[&str] = &[
            "offences",
            "offenses",
            "incidents",
            "charges",
            "crimes",
            "violations",
            "complaints",
            "prosecutions",
            "convictions",
            "investigations",
        ];
        const PEOPLE: &[&str] = &[
            "victims", "children", "people", "persons", "girls", "boys", "women", "men", "workers",
        ];
        let Some(f) = found.figure.filter(|_| {
            matches!(found.verdict, Verdict::Consistent | Verdict::WrongMetric)
                && self.reading.quantity == Quantity::Share
        }) else {
            return;
        };
        let figure = self.figure(f);
        // (A figure that is itself a share of such events is read as the sentence reads it.)
        let metric = self.lower_metric(f);
        if figure.quantity != Quantity::Share || EVENTS.iter().any(|e| metric.contains(e)) {
            return;
        }
        let of = |w: &str, list: &[&str]| list.iter().any(|t| w.eq_ignore_ascii_case(t));
        let first_noun = self
            .words_after()
            .take(6)
            .find(|w| of(w, EVENTS) || of(w, PEOPLE));
        if !first_noun.is_some_and(|w| of(w, EVENTS)) {
            return;
        }
        *found = self.unverified_because(&format!(
            "is a share of offences, incidents or charges, and the table's figure ({}) is a share of people",
            self.describe(f)
        ));
    }

    /// `UNODC, Global Report on Trafficking in Persons 2024: 38%, children as a share of … (data for 2022)`.
    /// The same text for every claim: written once per table and kept (see [`kept::Kept`]).
    pub(super) fn describe(&self, f: usize) -> std::borrow::Cow<'a, str> {
        match kept::Kept::of(self.table).and_then(|k| k.description(self.table, f)) {
            Some(kept) => std::borrow::Cow::Borrowed(kept),
            None => std::borrow::Cow::Owned(description(self.figure(f))),
        }
    }

    /// The finding for figure `f` with `value` as the claimed value, when it is an agreement:
    /// the cautious readings that may only ever agree end here.
    pub(super) fn agreeing(&self, f: usize, value: f64) -> Option<Finding> {
        let mut out = self.settle(f, None);
        out.claimed = Some(value);
        (out.verdict == Verdict::Consistent).then_some(out)
    }

    /// The verdict for a value that agrees with figure `f` (`newer`: a newer edition the sentence
    /// chose not to quote, having named `f`'s years).
    /// The verdict for figure `f`, the one the claim agrees with (`newer`: the newest edition,
    /// when `f` is an older one). A count read per a base (`5.4 for every 1,000 people`) is
    /// given the table's rate per that base, when it holds one for the same estimate.
    pub(super) fn settle(&self, f: usize, newer: Option<usize>) -> Finding {
        if let Some(g) = self.rate_form(f) {
            let mut out = self.settle_figure(g, newer);
            out.claimed = self.claim.mention.value;
            return out;
        }
        self.settle_figure(f, newer)
    }

    /// The rate figure per the claim's base (`per 1,000 people`) of the estimate that share
    /// figure `f` gives as a share (same population, place and edition, the same value scaled).
    pub(super) fn rate_form(&self, f: usize) -> Option<usize> {
        let base = self.per_base?;
        let share = self.figure(f);
        if share.quantity != Quantity::Share {
            return None;
        }
        // `per 1,000 people`: the base with its thousands separated, as the table writes it.
        let digits = format!("{}", base as u64);
        let mut grouped = String::new();
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(d);
        }
        let per = format!("per {grouped} ");
        let scaled = share.central()? * base;
        (0..self.table.figures.len()).find(|&g| {
            let rate = self.figure(g);
            rate.quantity == Quantity::Rate
                && rate.unit.as_deref().is_some_and(|u| u.starts_with(&per))
                && rate.population == share.population
                && rate.scope == share.scope
                && rate.published == share.published
                && rate
                    .central()
                    .is_some_and(|v| (v - scaled).abs() <= 0.05 * v.abs())
        })
    }

    pub(super) fn settle_figure(&self, f: usize, newer: Option<usize>) -> Finding {
        if let Some(why) = self.misreading(f).or_else(|| self.confused(f)) {
            // `Almost 17 million more children aged 5-11 were forced into work`, naming no
            // place: a region's rise that the value happens to match is no measure it misreads.
            let figure = self.figure(f);
            if matches!(why, Mismatch::Working | Mismatch::Ages(..))
                && figure.scope != "global"
                && self.claim.scope.is_none()
                && self.region_unnamed(f)
            {
                return self.unverified_because(&format!(
                    "may not be {}: the figure is for {}, which the sentence does not name",
                    self.describe(f),
                    figure.scope
                ));
            }
            // `60% of female victims are trafficked for sexual exploitation`: the share of girl
            // victims, which the sentence names, given to all female victims.
            if matches!(why, Mismatch::GroupAsBase(_))
                && let Some(g) = self.girls_share_named()
            {
                return self
                    .wrong_metric_finding(g, &Mismatch::Subject("female victims".to_string()));
            }
            return self.wrong_metric_finding(f, &why);
        }
        let figure = self.figure(f);
        if self.edition_fit(f) == Fit::Mismatch {
            let year = self.claim.edition.unwrap_or_default();
            return self.suggesting(
                Verdict::Misattributed,
                f,
                format!(
                    "{} is credited to the {year} edition, but it comes from {} ({}, published {})",
                    self.quoted, figure.source.title, figure.source.publisher, figure.published
                ),
            );
        }
        if fit::attribution(self.claim, figure) == Fit::Mismatch {
            let org = self.claim.attribution.as_deref().unwrap_or_default();
            return self.suggesting(
                Verdict::Misattributed,
                f,
                format!(
                    "{} is credited to {org}, but the figure is from {} ({})",
                    self.quoted, figure.source.publisher, figure.source.title
                ),
            );
        }
        if newer.is_none()
            && self.claim.period.is_none()
            && self.claim.edition.is_none()
            && let Some((_, last)) = fit::data_years(figure)
            && self.as_of.date.year - last >= STALE_YEARS
        {
            if self.current_from_newer_survey(last) {
                return self.unverified_because(&format!(
                    "agrees with {}, but the sentence gives a current value and a survey after {last} is named nearby, whose number it may be",
                    self.describe(f)
                ));
            }
            let mut out = self.suggesting(
                Verdict::Outdated,
                f,
                format!(
                    "{} agrees with {}, but those data are from {}, {} years before {} ({}), and the table has no newer edition",
                    self.quoted,
                    self.describe(f),
                    figure.period,
                    self.as_of.date.year - last,
                    self.as_of.date,
                    self.as_of.source.describe()
                ),
            );
            out.agrees_with = vec![f];
            return out;
        }
        // `more than 65%` of a group for a figure of 84%: a bound far below the share, which
        // says little about it; so is `a minimum of 12.3 million … in forced labor` for the
        // private economy's 16 million, a bound far under a part of forced labour, which holds
        // of the whole too.
        if figure.central().is_some_and(|c| self.loose_lower_bound(c))
            || self.loose_bound_of_part(f)
        {
            return self.finding(
                Verdict::Unverified,
                None,
                format!(
                    "{} is a lower bound well below {}, which it neither states nor contradicts",
                    self.quoted,
                    self.describe(f)
                ),
            );
        }
        // `The TIP Report … evaluates more than 150 governments`: the countries another body's
        // report covers, however near the count of those UNODC's data come from.
        if self.other_reports_coverage(f) {
            return self.finding(
                Verdict::Unverified,
                None,
                format!(
                    "{} may count the countries the US State Department's Trafficking in Persons Report covers, which the paragraph speaks of, not {}",
                    self.quoted,
                    self.describe(f)
                ),
            );
        }
        // `Among child referrals, … 20 per cent were girls`: girls' share of child victims
        // is not their share of all victims, whatever the values.
        if let Some(group) = self.narrower_share_base(self.figure(f)) {
            return self.finding(
                Verdict::Unverified,
                None,
                format!(
                    "{} matches {}, but the share is of {group} only; the figure's is of everyone it counts",
                    self.quoted,
                    self.describe(f),
                ),
            );
        }
        // `$236 billion … Some estimates are as high as $245 billion`: the figure's own
        // value given first, a number near it after is another estimate.
        if let Some(first) = self.own_value_before(f) {
            return self.finding(
                Verdict::Unverified,
                None,
                format!(
                    "{} is near {}, but the text gives that figure's own value before (“{}”), so it seems to be another estimate",
                    self.quoted,
                    self.describe(f),
                    self.text
                        .get(first.mention.start..first.mention.end)
                        .unwrap_or_default()
                ),
            );
        }
        let mut message = format!("{} agrees with {}", self.quoted, self.describe(f));
        message.push_str(&self.detected_note(f));
        if let Some(n) = newer.filter(|&n| n != f) {
            message.push_str(&format!(
                "; the sentence names those years, though a newer edition ({}) reports {}",
                self.figure(n).source.title,
                value_of(self.figure(n))
            ));
        }
        self.finding(Verdict::Consistent, Some(f), message)
    }

    /// An earlier number of the claim's paragraph that states figure `f`'s value as written, no
    /// more finely than the claim, when the claim's own number, as written, does not (`US$236
    /// billion … as high as $245 billion`).
    pub(super) fn own_value_before(&self, f: usize) -> Option<&'a Claim> {
        // (`more than two-thirds`, `nearly $240 billion`: a bound or a rounding the writer
        // chose, which the value meets.)
        if !matches!(
            self.claim.mention.hedge,
            None | Some(crate::extract::Hedge::UpTo)
        ) {
            return None;
        }
        let figure = self.figure(f);
        let v = figure.value?;
        let holds = |r: &Reading| r.quantity == self.reading.quantity && r.low <= v && v <= r.high;
        let stated = self.stated();
        if holds(&stated) {
            return None;
        }
        // (`138 million … 137.6 million`: a finer number after the rounded one is the same.)
        let width = stated.high - stated.low;
        let paragraph = self.places.paragraph(self.text, self.claim.sentence.start);
        self.claims_from(paragraph.start)
            .iter()
            .take_while(|c| c.mention.end <= self.claim.mention.start)
            .find(|c| {
                let plain = crate::extract::Mention {
                    hedge: None,
                    ..c.mention.clone()
                };
                read(&plain).is_some_and(|r| holds(&r) && r.high - r.low <= width)
            })
    }

    /// True when the claim is a share given as a lower bound (`more than 65%`, `over
    /// two-thirds`) more than [`LOOSE_BOUND`] below a figure's share `central` (a bound the figure
    /// keeps, and far from it).
    pub(super) fn loose_lower_bound(&self, central: f64) -> bool {
        self.bound_kept(central) && central > self.reading.value + LOOSE_BOUND
    }

    pub(super) fn outdated(&self, older: &[usize], newest: usize) -> Finding {
        let editions: Vec<String> = older
            .iter()
            .map(|&f| {
                format!(
                    "{} in {}",
                    value_of(self.figure(f)),
                    self.figure(f).source.title
                )
            })
            .collect();
        let nf = self.figure(newest);
        let mut out = self.suggesting(
            Verdict::Outdated,
            newest,
            format!(
                "{} agrees with {} ({}), but the newest edition as of {} ({}), {}, reports {} (data for {})",
                self.quoted,
                if older.len() == 1 {
                    "an older edition"
                } else {
                    "older editions"
                },
                editions.join(", "),
                self.as_of.date,
                self.as_of.source.describe(),
                nf.source.title,
                value_of(nf),
                nf.period
            ),
        );
        if let Some(&first) = older.first()
            && fit::attribution(self.claim, self.figure(first)) == Fit::Mismatch
        {
            out.message.push_str(&format!(
                "; it is also credited to {}, but the figure is from {}",
                self.claim.attribution.as_deref().unwrap_or_default(),
                self.figure(first).source.publisher
            ));
        }
        if let Some(&first) = older.first() {
            out.message.push_str(&self.detected_note(first));
        }
        out.agrees_with = older.to_vec();
        out
    }

    /// `; the source counts detected victims only` when the figure does and the sentence does not
    /// say so.
    pub(super) fn detected_note(&self, f: usize) -> String {
        if fit::basis(self.figure(f)) == Some(Basis::Detected)
            && self.claim.framing != Framing::Detected
        {
            "; note that the source counts victims detected by authorities, not all victims".into()
        } else {
            String::new()
        }
    }

    /// A current share of girl victims (`share of detected girl victims … for sexual
    /// exploitation`) whose population the sentence names and whose value agrees.
    pub(super) fn girls_share_named(&self) -> Option<usize> {
        (0..self.table.figures.len()).find(|&g| {
            let figure = self.figure(g);
            figure.quantity == Quantity::Share
                && figure.metric.contains("share of detected girl victims")
                && self.visible(g)
                && self.successor(g).is_none()
                && self
                    .ev
                    .of(g)
                    .is_some_and(|s| s.population >= Bind::Sentence)
                && self.agrees(g)
        })
    }
}

/// How far (in shares of one) a share given as a lower bound (`more than 60%`) may lie below a
/// figure and still state it: ten points.
pub(super) const LOOSE_BOUND: f64 = 0.1;

impl Checker<'_> {
    /// True when the sentence calls its number current (`Today's reported 10 per cent`) and
    /// its paragraph or the one before names a survey with data after `last` (`the Sindh Child
    /// Labour Survey 2022 to 2024`): the number is likely that newer survey's, not a decades-old
    /// figure's quoted as current.
    fn current_from_newer_survey(&self, last: i32) -> bool {
        const NOW: &[&str] = &[
            "today",
            "today's",
            "today’s",
            "now",
            "currently",
            "nowadays",
        ];
        let sentence = self.lower_sentence();
        if !sentence
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .any(|w| NOW.contains(&w))
        {
            return false;
        }
        let paragraph = self.places.paragraph(self.text, self.claim.sentence.start);
        let from = crate::claim::sentence_before(self.text, paragraph.start)
            .map_or(paragraph.start, |before| {
                crate::claim::block(self.text, before.start).start
            });
        let run = self.text.get(from..paragraph.end).unwrap_or_default();
        let now = self.as_of.date.year;
        run.split_inclusive(['.', '!', '?', '\n'])
            .filter(|s| s.to_lowercase().contains("survey"))
            .any(|s| years_in(s).any(|y| y > last && y <= now))
    }
}

/// The four-digit years (1900 to 2099) standing as words in `text`.
fn years_in(text: &str) -> impl Iterator<Item = i32> + '_ {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i32>().ok())
        .filter(|y| (1900..2100).contains(y))
}
