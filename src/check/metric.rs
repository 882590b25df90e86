//! Wrong metric: a value that is right for another measure than the one the sentence names.

use super::{
    Basis, Bind, Checker, Finding, Fit, Framing, Mismatch, Quantity, Rank, Timing, Verdict, bounds,
    evidence, figure_bounds, fit, group_is_subject, joins_two, kept, lower, nonclaim, read,
    significant_digits, value_of,
};

/// How far (relative) parts a sentence lists may add up from the whole it gives first, each
/// rounded on its own.
const PARTS_SUM: f64 = 0.01;

impl<'a> Checker<'a> {
    /// True when the sentence calls what it counts forced labour and never names child labour
    /// (nor working children, nor child workers).
    pub(super) fn forced_not_child_labour(&self) -> bool {
        let s = self.lower_sentence();
        (s.contains("forced labour") || s.contains("forced labor") || s.contains("forced-labour"))
            && ![
                "child labo",
                "child-labo",
                "child work",
                "working children",
                "child marriage",
            ]
            .iter()
            .any(|t| s.contains(t))
    }

    /// How the sentence misreads a figure whose value it has right, if it does.
    pub(super) fn misreading(&self, f: usize) -> Option<Mismatch> {
        let figure = self.figure(f);
        let claim = self.claim;
        if figure.quantity == Quantity::Share
            && self.reading.quantity == Quantity::Share
            && let Some(group) = self.group_base()
            && group_is_subject(&figure.metric, group)
        {
            return Some(Mismatch::GroupAsBase(group));
        }
        if claim.per_year && fit::timing(figure) == Some(Timing::Stock) {
            return Some(Mismatch::Yearly);
        }
        // `16 million … are trafficked for forced labour`, `4.8 million people were trafficked
        // in the commercial sex trade`: people in forced labour (or forced marriage), made
        // trafficking victims by the verb that counts them.
        if figure.quantity == Quantity::Count
            && [
                "forced labour",
                "modern slavery",
                "forced sexual",
                "forced commercial sexual",
                "forced marriage",
            ]
            .iter()
            .any(|m| self.lower_metric(f).contains(m))
            && self.counted_as_trafficked()
        {
            return Some(Mismatch::Population("people trafficked".to_string()));
        }
        // `one in four modern slaves are in forced prostitution`: a share of forced labour
        // (23%) given as a share of everyone in modern slavery, which adds forced marriage.
        if self.forced_labour_share_of_slavery(f) {
            return Some(Mismatch::Population("modern slavery".to_string()));
        }
        // `Human trafficking is a $150 billion industry`: the profits of forced labour, made
        // the trade's, by a sentence that never says forced labour (an amount per victim is
        // what traffickers make, in the ILO's own words).
        if figure.quantity == Quantity::Money
            && self.lower_metric(f).contains("forced labour")
            && !self.lower_metric(f).contains("per victim")
            && self.trafficking_not_forced_labour()
        {
            return Some(Mismatch::Population("human trafficking".to_string()));
        }
        // `Forced labour in agriculture generates $150 billion in illegal profits`: all forced
        // labour's yearly profits given as one sector's.
        if figure.quantity == Quantity::Money
            && figure.scope == "global"
            && {
                let metric = self.lower_metric(f);
                metric.starts_with("illegal profits from forced labour")
                    && metric.ends_with(" per year")
            }
            && let Some(sector) = self.one_sector_named()
        {
            return Some(Mismatch::Population(format!("forced labour in {sector}")));
        }
        // A national survey counts working children apart from child labour (Punjab, Sindh);
        // the ILO and UNICEF's global estimate is what reporters call `children still working`.
        if claim.working && fit::facts(figure).child_labour && figure.scope != "global" {
            return Some(Mismatch::Working);
        }
        // `one in 10 children working in forced labour`: child labour's share, called forced
        // labour, by a sentence that never says child labour.
        if fit::facts(figure).child_labour
            && (self.forced_not_child_labour() || self.child_labour_called_forced())
        {
            return Some(Mismatch::ForcedLabour);
        }
        // `forced labor … while exploiting 17.3 million workers worldwide`: the private
        // economy's part of forced labour given as all of it.
        if let Some(whole) = self.part_as_whole(f) {
            return Some(Mismatch::PartAsWhole(whole));
        }
        match fit::basis(figure) {
            Some(Basis::Detected)
                if claim.framing != Framing::Detected
                    && (claim.about_crime
                        || (figure.quantity == Quantity::Count
                            && claim.framing == Framing::Prevalence)) =>
            {
                Some(Mismatch::DetectedAsPrevalence)
            }
            Some(Basis::Estimated)
                if claim.framing == Framing::Detected
                    && matches!(figure.quantity, Quantity::Count | Quantity::Change) =>
            {
                Some(Mismatch::EstimatedAsDetected)
            }
            _ => None,
        }
    }

    /// The figure for the whole of forced labour when `f` counts a part of it that leaves
    /// something out (its metric says `…, other than …`: the private economy without commercial
    /// sexual exploitation) and the sentence names forced labour but no part of it: no word of
    /// the part's own subject or of a figure confused with it, no sector, no exclusion, and no
    /// larger count the number could be a part of (`Of the 27.6 million …, 17.3 million …`).
    fn part_as_whole(&self, f: usize) -> Option<usize> {
        /// Words that make a number a part of forced labour, not all of it.
        const PART_WORDS: &[&str] = &[
            "private",
            "sector",
            "industr",
            "econom",
            "business",
            "compan",
            "employer",
            "manufactur",
            "factor",
            "farm",
            "fishing",
            "mining",
            "domestic",
            "sexual",
            "sex ",
            "prostitut",
            "state-imposed",
            "state imposed",
            "imposed by",
            "other than",
            "excluding",
            "outside",
            "except",
            "not including",
            "apart from",
            "aside from",
            "besides",
        ];
        let figure = self.figure(f);
        if figure.quantity != Quantity::Count || !self.lower_metric(f).contains(", other than ") {
            return None;
        }
        // (`a minimum of 12.3 million`: a bound that holds of the whole as well.)
        if self.loose_bound_of_part(f) {
            return None;
        }
        let s = self.lower_sentence();
        if !(s.contains("forced lab") || s.contains("forced-lab"))
            || PART_WORDS.iter().any(|w| s.contains(w))
        {
            return None;
        }
        let whole = (0..self.table.figures.len())
            .find(|&g| super::conflict::part_of(figure, self.figure(g)))?;
        let whole_terms = &self.figure(whole).subject;
        let own_part = figure.subject.iter().filter(|t| !whole_terms.contains(t));
        let confused = self
            .confusable(f)
            .flat_map(|g| self.figure(g).subject.iter());
        if own_part.chain(confused).any(|t| s.contains(t.as_str())) {
            return None;
        }
        let value = self.claim.mention.value.unwrap_or(self.reading.value);
        let larger = self.claims.iter().any(|c| {
            c.sentence == self.claim.sentence
                && c.mention.start != self.claim.mention.start
                && c.mention.kind == crate::extract::Kind::Count
                && c.mention.value.is_some_and(|v| v > value)
        });
        (!larger).then_some(whole)
    }

    /// True when the words right after the number are `forced` and a child labour term (`152
    /// million forced child labourers`, `forced children labourers`): the number's own noun calls
    /// child labour forced labour, though the sentence names child labour.
    fn child_labour_called_forced(&self) -> bool {
        let after = self.after_number().trim_start().as_bytes();
        [
            "forced child labo",
            "forced children labo",
            "forced child-labo",
        ]
        .iter()
        .any(|t| {
            after
                .get(..t.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(t.as_bytes()))
        })
    }

    /// True when a passive `trafficked` follows the number closely in its sentence (`16 million
    /// people are trafficked for …`, `were trafficked into`): the people counted are said to be
    /// trafficked.
    fn counted_as_trafficked(&self) -> bool {
        let after = self.after_number();
        // The first 90 bytes, cut at a character boundary.
        let mut cut = after.len().min(90);
        while !after.is_char_boundary(cut) {
            cut -= 1;
        }
        let lower = after.get(..cut).unwrap_or_default().to_ascii_lowercase();
        // `Of the 16 million trafficking victims forced to work`: the number's own noun.
        let noun = lower.trim_start();
        [
            " are trafficked",
            " were trafficked",
            " been trafficked",
            " are human trafficked",
        ]
        .iter()
        .any(|w| lower.contains(w))
            || [
                "trafficking victims",
                "human trafficking victims",
                "victims of trafficking",
                "victims of human trafficking",
                "trafficked people",
                "trafficked persons",
            ]
            .iter()
            .any(|w| noun.starts_with(w))
    }

    /// The world's forced-labour figures of `quantity` current at the check date, in table order.
    pub(super) fn current_forced_labour(
        &self,
        quantity: Quantity,
    ) -> impl Iterator<Item = usize> + '_ {
        (0..self.table.figures.len()).filter(move |&f| {
            let figure = self.figure(f);
            figure.quantity == quantity
                && figure.scope == "global"
                && figure.population.iter().any(|t| t == "forced labour")
                && self.visible(f)
                && self.successor(f).is_none()
        })
    }

    /// True when `f` is a share of forced labour and the sentence makes it a share of modern
    /// slavery, naming no part of it (`one in four modern slaves are in forced prostitution`).
    fn forced_labour_share_of_slavery(&self, f: usize) -> bool {
        let figure = self.figure(f);
        figure.quantity == Quantity::Share
            && figure.population.iter().any(|t| t == "forced labour")
            && !figure.population.iter().any(|t| t == "modern slavery")
            && self.slavery_not_forced_labour()
    }

    /// True when the sentence names modern slavery (`modern slaves`, `in modern slavery`) and no
    /// part of it (forced labour, forced marriage): a share is then of everyone in modern slavery.
    pub(super) fn slavery_not_forced_labour(&self) -> bool {
        let s = self.lower_sentence();
        s.contains("modern slave") && !names_slavery_part(s)
    }

    /// True when the sentence calls people `enslaved` and names no part of modern slavery
    /// (`16 million people enslaved in supply chains`).
    pub(super) fn enslaved_not_forced_labour(&self) -> bool {
        let s = self.lower_sentence();
        s.contains("enslaved") && !names_slavery_part(s)
    }

    /// True when the sentence names trafficking in persons (not of drugs or arms) and nothing of
    /// forced labour, slavery or bonded labour (`Human trafficking generates about $150bn a
    /// year`).
    fn trafficking_not_forced_labour(&self) -> bool {
        let s = self.lower_sentence();
        // `… human trafficking is a very lucrative business. … the industry's global profits are
        // around $150 billion`: the trade the sentence before names.
        // `Human trafficking is a thriving business. It represents $150 billion a year`: a
        // sentence that opens on `it` speaks of what the one before named.
        let opens_on_it = {
            let head = s.trim_start_matches(['\'', '"', '“', '‘', ' ']);
            ["it ", "it's ", "it’s "]
                .iter()
                .any(|w| head.starts_with(w))
        };
        if !s.contains("trafficking")
            && (["the industry", "this industry", "the trade", "this trade"]
                .iter()
                .any(|w| s.contains(w))
                || opens_on_it
                || self.number_names_industry())
        {
            // (After `it`, only the number's own clause: `…, with 71% of modern slavery's
            // victims women and girls` is another number's.)
            let own = if opens_on_it {
                self.text
                    .get(self.claim.focus.clone())
                    .unwrap_or_default()
                    .to_lowercase()
            } else {
                s.to_string()
            };
            return !names_forced_labour(&own)
                && crate::claim::sentence_before(self.text, self.claim.sentence.start)
                    .and_then(|before| self.text.get(before))
                    .is_some_and(|before| {
                        let before = before.to_lowercase();
                        !names_forced_labour(&before) && names_trafficking(&before)
                    });
        }
        // `Human Trafficking: Today's 150 Billion Dollar Worldwide Slave Industry`: a `slave
        // industry` or `slave trade` is what the sentence calls trafficking, not forced labour.
        let mut own = s.to_string();
        for w in ["slave industry", "slave trade", "slavery industry"] {
            own = own.replace(w, "");
        }
        !names_forced_labour(&own) && names_trafficking(s)
    }

    /// The one sector named right after `forced labour in` (or `on`) before the number in its
    /// sentence, with no list or other part between it and the number (`Forced labour in
    /// agriculture generates …`): the number is then said to be that sector's.
    fn one_sector_named(&self) -> Option<&'static str> {
        /// Sector words as written (lower case) and the sector's name.
        const SECTORS: &[(&str, &str)] = &[
            ("agricultur", "agriculture"),
            ("farm", "agriculture"),
            ("fishing", "fishing"),
            ("fisher", "fishing"),
            ("construction", "construction"),
            ("mining", "mining"),
            ("mines", "mining"),
            ("domestic work", "domestic work"),
            ("manufactur", "manufacturing"),
        ];
        let head = self
            .text
            .get(self.claim.sentence.start..self.claim.mention.start)?
            .to_lowercase();
        let (_, rest) = ["forced labour ", "forced labor "]
            .iter()
            .find_map(|w| head.split_once(w))?;
        let rest = ["in the ", "on the ", "in ", "on "]
            .iter()
            .find_map(|w| rest.strip_prefix(w))?;
        let &(_, sector) = SECTORS.iter().find(|(w, _)| rest.starts_with(w))?;
        let listed = [
            ",", " and ", " or ", "other", "sex", "includ", "such as", "(", ";",
        ]
        .iter()
        .any(|w| rest.contains(w));
        (!listed).then_some(sector)
    }

    /// True when the number's own noun is an industry (`an estimated $150 billion industry`,
    /// `a $150 billion dollar business`): the trade it values is the one the sentence before names.
    fn number_names_industry(&self) -> bool {
        // (Only the words the test reads are lower-cased: the six leads and the noun after them
        // take at most 55 bytes.)
        let after = self.after_number().trim_start_matches([' ', '-']);
        let mut cut = after.len().min(64);
        while !after.is_char_boundary(cut) {
            cut -= 1;
        }
        let after = after.get(..cut).unwrap_or_default().to_lowercase();
        let noun = [
            "dollars ",
            "dollar ",
            "a year ",
            "a-year ",
            "per year ",
            "annual ",
        ]
        .iter()
        .fold(after.as_str(), |rest, w| {
            rest.strip_prefix(w).unwrap_or(rest)
        });
        ["industry", "business", "enterprise"]
            .iter()
            .any(|w| noun.starts_with(w))
    }

    /// A specific population word in the number's clause that names another measure of what the
    /// number counts: one of its figures has its subject named too.
    /// `This critical issue affects 27.6 million men, women and children`: a sentence that opens
    /// on the issue or crime its paragraph names, and names no population itself, speaks of the
    /// paragraph's, when that never names `f`'s.
    pub(super) fn foreign_population(&self, f: usize) -> Option<&evidence::PopulationTerm<'a>> {
        let referred = || {
            self.ev
                .populations
                .iter()
                .all(|p| p.bind <= Bind::Paragraph)
                && !self.ev.populations.iter().any(|p| p.owners.contains(&f))
                && nonclaim::opens_on_the_issue(self.lower_sentence())
        };
        // A term that is the figure's own subject is no other population (`commercial sexual
        // exploitation accounts for 27% of victims` for the share whose subject it is).
        let own_subject = |term: &str| self.figure(f).subject.iter().any(|s| s == term);
        self.ev.populations.iter().find(|p| {
            p.specific
                && (p.bind >= Bind::Focus || (p.bind == Bind::Paragraph && referred()))
                && !p.owners.contains(&f)
                && !own_subject(p.term)
                && !self.only_before_reported(p.term)
                && p.owners
                    .iter()
                    .any(|&g| self.ev.of(g).is_some_and(|s| s.subject >= Bind::Focus))
        })
    }

    /// True when some share figure of the population `term` names is tied to the number by
    /// its own subject words (`women and girls` of `trafficking victims`): the table holds the
    /// sentence's own measure, whatever the edition and the check date.
    pub(super) fn own_share_held(&self, term: &evidence::PopulationTerm<'a>) -> bool {
        term.owners.iter().any(|&g| {
            self.figure(g).quantity == Quantity::Share
                && self.ev.named(g)
                && self.ev.of(g).is_some_and(|s| s.subject >= Bind::Subject)
        })
    }

    /// Figures the table says people confuse with `f` (both ways).
    pub(super) fn confusable(&self, f: usize) -> impl Iterator<Item = usize> + '_ {
        let id = self.figure(f).id.as_str();
        let listed = self
            .figure(f)
            .confusable_with
            .iter()
            .filter_map(|c| self.table.position(c));
        let listing = self
            .table
            .figures
            .iter()
            .enumerate()
            .filter(move |(_, g)| g.confusable_with.iter().any(|c| c == id))
            .map(|(g, _)| g);
        listed.chain(listing)
    }

    /// True when the sentence's first count is a whole and its later counts, this one among
    /// them, are parts that add up to it (`of the 27.6 million …, 17.3 million are in the
    /// private sector, 6.3 million in sexual exploitation and 3.9 million …`): each part is
    /// given beside the rest, so none leaves out what another holds.
    fn splits_whole(&self) -> bool {
        let count = |c: &crate::claim::Claim| {
            read(&crate::extract::Mention {
                hedge: None,
                ..c.mention.clone()
            })
            .filter(|r| r.quantity == Quantity::Count)
            .map(|r| r.value)
        };
        let mut counts = self
            .sentence_claims()
            .filter_map(|c| Some((c.mention.start, count(c)?)));
        let Some((whole_at, whole)) = counts.next() else {
            return false;
        };
        let parts: Vec<(usize, f64)> = counts.collect();
        let sum: f64 = parts.iter().map(|&(_, v)| v).sum();
        whole_at < self.claim.mention.start
            && parts.len() >= 2
            && parts.iter().any(|&(at, _)| at == self.claim.mention.start)
            && whole > 0.0
            && (sum - whole).abs() <= whole * PARTS_SUM
    }

    /// The sentence names what a figure confused with `f` counts (`17.3 million … in the private
    /// sector`, which is another figure's subject).
    pub(super) fn confused(&self, f: usize) -> Option<Mismatch> {
        if self.ev.named(f) || self.names_exclusion(f) || self.splits_whole() {
            return None;
        }
        for g in self.confusable(f) {
            if let Some(t) = self.ev.subjects.iter().find(|t| {
                t.specific
                    && t.bind >= Bind::Focus
                    && t.owners.contains(&g)
                    && !t.owners.contains(&f)
            }) {
                return Some(Mismatch::Confused(g, t.term.to_string()));
            }
        }
        None
    }

    /// True when `f`'s metric leaves something out (`…, other than commercial sexual
    /// exploitation`) and the sentence says so: a word of exclusion (`outside`, `excluding`,
    /// `other than`) and soon after it the last two words of what is left out (`… in the private
    /// economy, outside commercial sexual exploitation`).
    fn names_exclusion(&self, f: usize) -> bool {
        let metric = self.lower_metric(f);
        let Some((_, left_out)) = metric.split_once(", other than ") else {
            return false;
        };
        let words: Vec<&str> = left_out.split(' ').collect();
        let Some(tail) = words
            .get(words.len().saturating_sub(2)..)
            .map(|w| w.join(" "))
        else {
            return false;
        };
        let s = self.lower_sentence();
        [
            "other than ",
            "excluding ",
            "outside ",
            "except ",
            "not including ",
            "apart from ",
            "aside from ",
        ]
        .iter()
        .any(|w| {
            s.match_indices(w).any(|(at, _)| {
                let after = s.get(at + w.len()..).unwrap_or_default();
                let mut cut = after.len().min(40);
                while !after.is_char_boundary(cut) {
                    cut -= 1;
                }
                after.get(..cut).is_some_and(|a| a.contains(tail.as_str()))
            })
        })
    }

    /// The claim as written without its hedge (`more than 27 million` read as 27 million), or
    /// its reading when it has none or a verb of change carries it.
    pub(super) fn stated(&self) -> bounds::Reading {
        match self.claim.mention.hedge {
            Some(_) if self.claim.change_verb.is_none() => {
                let mut plain = self.claim.mention.clone();
                plain.hedge = None;
                read(&plain).unwrap_or(self.reading)
            }
            _ => self.reading,
        }
    }

    /// The value belongs to a figure for another measure.
    pub(super) fn wrong_metric(&self) -> Option<Finding> {
        let primary = self.reading;
        let alternative =
            bounds::alternative(&self.claim.mention).filter(|a| a.quantity != primary.quantity);
        // The value as written, without its hedge: `up to 80 percent` allows 71% but does not
        // state it, so it is no evidence that the writer took 71% from another measure.
        // Read only when some figure's bounds hold the number (a copy of the mention and a
        // reading per hedged claim were most of the time for none).
        let stated = std::cell::OnceCell::new();
        let stated = || *stated.get_or_init(|| self.stated());
        let kept = kept::Kept::of(self.table);
        let others_own = std::cell::OnceCell::new();
        let others_own = || {
            others_own
                .get_or_init(|| {
                    self.ev
                        .populations
                        .iter()
                        .any(|p| p.specific && p.bind >= Bind::Focus)
                        .then(|| self.later_clause_terms())
                        .filter(|terms| !terms.is_empty())
                })
                .as_deref()
        };
        // Whether the sentence names a country's own survey, read once for every candidate.
        let national_survey = std::cell::OnceCell::new();
        // Whether the paragraph is about one country and the sentence names no place, likewise.
        let elsewhere = std::cell::OnceCell::new();
        let judge = |f: usize, subject: Bind, population: Bind, partial: bool| {
            let figure = self.figure(f);
            // The cheap tests first (quantity, then value): most candidates fail them.
            let reading = if figure.quantity == primary.quantity {
                primary
            } else {
                alternative.filter(|a| a.quantity == figure.quantity)?
            };
            // The bounds of every figure are kept with the table: most candidates fail here.
            let bounds = kept
                .and_then(|k| k.bounds(self.table, f))
                .unwrap_or_else(|| figure_bounds(figure));
            if !reading.meets(bounds) {
                return None;
            }
            let as_written = if reading.quantity == primary.quantity {
                stated()
            } else {
                reading
            };
            if !bounds::tight(&as_written, figure) {
                return None;
            }
            if !self.visible(f) || !self.same_unit(f) {
                return None;
            }
            if self.scope_fit(f) == Fit::Mismatch {
                return None;
            }
            // `about 15 million child workers` in a story on Nigeria is not Asia's 15.1 million
            // in forced labour misread: a region's or country's figure is taken for another
            // measure only where the sentence, its paragraph or the headline is in that place.
            if figure.scope != "global" && !self.placed(f) {
                return None;
            }
            // `Almost 17 million more children … were forced into work between 2016 and 2020`,
            // naming no place: a region's rise over those years is no measure it misreads,
            // unless its paragraph names that region.
            if figure.scope != "global" && self.scope_fit(f) != Fit::Match && self.region_unnamed(f)
            {
                return None;
            }
            // A count or share from a country's own survey is that country's: it measures
            // nothing a global figure does, wrongly or not.
            if figure.scope == "global"
                && self.claim.scope.as_deref() != Some("global")
                && *national_survey.get_or_init(|| nonclaim::names_national_survey(self.sentence))
            {
                return None;
            }
            // `Around one-fourth of trafficking survivors were children`, in a paragraph on a
            // country's own report: that country's share, not the world's misread.
            if figure.scope == "global" && *elsewhere.get_or_init(|| self.paragraph_elsewhere()) {
                return None;
            }
            // `Women, girls make up 70pc of human trafficking victims`, the headline of a story
            // filed from Islamabad: that country's share, not the world's misread.
            if figure.quantity == Quantity::Share && self.story_elsewhere(figure).is_some() {
                return None;
            }
            // `Children accounted for 31% of all referrals`: a share of a whole the figure
            // does not count, not the world's change in child victims misread.
            if primary.quantity == Quantity::Share
                && figure.quantity == Quantity::Change
                && self.share_of_other_whole(f)
            {
                return None;
            }
            // `dropped by 12 million`: an amount of change is no level another figure holds.
            if figure.quantity == Quantity::Count
                && !self.counts_change(f)
                && self.amount_of_change()
            {
                return None;
            }
            // A population named only in another number's clause is that number's, when this
            // number's own clause names one (`27.6 million in forced labour and 17.3 million in
            // forced marriage`).
            let own = population >= Bind::Sentence
                && !(population < Bind::Focus
                    && others_own().is_some_and(|terms| self.named_for_another(f, terms)))
                && !self.named_only_by_source(f);
            // Whether the other population the sentence gives is named in the number's own
            // clause (`…, with 17.3 million in forced marriage`).
            let mut in_own_clause = false;
            let reason = if partial {
                Some(Mismatch::Subject(
                    self.claim.subject.clone().unwrap_or_default(),
                ))
            } else if reading.quantity != primary.quantity {
                Some(Mismatch::Quantity(primary.quantity))
            } else if !self.same_base(f) {
                Some(Mismatch::Base)
            } else if !self.same_ages(f) {
                let (a, b) = self.claim.ages.unwrap_or_default();
                Some(Mismatch::Ages(a, b))
            } else if !own
                && figure.quantity != Quantity::Money
                && !(figure.population.iter().any(|t| t == "modern slavery")
                    && (self.names_slavery_parts() || self.lists_slavery_kinds()))
                && let Some(p) = self.foreign_population(f)
            {
                // `70% of trafficking victims are women and girls`: the table holds that very
                // share for the population the sentence names (UNODC's), in some edition; the
                // value is weighed against it, not taken for another population's look-alike.
                if figure.quantity == Quantity::Share && self.own_share_held(p) {
                    return None;
                }
                in_own_clause = p.bind >= Bind::Focus;
                Some(Mismatch::Population(p.term.to_string()))
            } else {
                self.misreading(f).or_else(|| self.confused(f))
            };
            // `18m people were living in forced labour in 2019`: a number dated to a year
            // outside an old edition's, which a later edition covers, took nothing from that
            // edition's part for another group (2012's 18.7 million in the private economy).
            if matches!(reason, Some(Mismatch::Population(_)))
                && self.successor(f).is_some()
                && fit::period(self.claim, figure) == Fit::Mismatch
            {
                return None;
            }
            // `over 2 million people are victims of human trafficking every year`: a count of
            // one kind of forced labour the sentence does not name (2012's 2.2 million in
            // state-imposed forced labour) is taken for another population only on the value
            // itself, within 5 per cent, not on the reach of the number's rounding.
            if matches!(reason, Some(Mismatch::Population(_)))
                && population < Bind::Sentence
                && self.kind_of_forced_labour(f)
                && !figure
                    .central()
                    .is_some_and(|v| (v - as_written.value).abs() <= 0.05 * v.abs())
            {
                return None;
            }
            // A number only loosely tied to what a figure counts is said to misread it only
            // on evidence of its own: another age range, working children.
            // So is one part of a breakdown (`49.6 million in modern slavery, with 17.3 million
            // in forced marriage`) whose clause gives it another population, when the value is
            // another figure's to three significant digits: taken from that figure, not a
            // rounding of its own population's.
            let distinct_part = in_own_clause
                && subject >= Bind::Focus
                && figure.quantity == Quantity::Count
                && self.distinctive(f);
            // So is a share of forced labour given as one of modern slavery: the sentence's
            // own base is the evidence (`one in four modern slaves are in forced prostitution`).
            if subject < Bind::Subject
                && !matches!(reason, Some(Mismatch::Ages(..) | Mismatch::Working))
                && !partial
                && !distinct_part
                && !self.forced_labour_share_of_slavery(f)
            {
                return None;
            }
            // So is a round number a year that names none of the figure's population:
            // `violence affects 12 million very young people a year` (child marriage) took
            // nothing from the ILO's 12.3 million people in forced labour (`27.6 million
            // victims … each year` did take its value from the 2022 estimate).
            if population < Bind::Sentence
                && matches!(reason, Some(Mismatch::Yearly))
                && !self.distinctive_value(f)
            {
                return None;
            }
            // Another age range, with none of the figure's population named, is weighed only
            // against the edition current at the check date: `around 80 million kids aged 5 to
            // 11` at work in 2025 took nothing from 2020's 79 million children in hazardous work,
            // which the 2024 estimate had replaced.
            if population < Bind::Sentence
                && matches!(reason, Some(Mismatch::Ages(..) | Mismatch::Working))
                && self.successor(f).is_some()
            {
                return None;
            }
            // So is the share of a group that shares no word with the figure's (`women and
            // girls … are 30% of victims of forced commercial sexual exploitation` in 2024 took
            // nothing from children's 30% of detected victims in a report two editions old;
            // `71% … are women and children` did take women and girls' 71%).
            if partial
                && figure.quantity == Quantity::Share
                && self.successor(f).is_some()
                && !self.claim.subject.as_deref().is_some_and(|group| {
                    group
                        .split(' ')
                        .any(|w| w.len() > 3 && self.lower_metric(f).contains(w))
                })
            {
                return None;
            }
            // The figure the number was taken from states that very number: prefer it to a
            // newer edition the hedge merely allows (`as many as 160 million` is the 2020
            // estimate, not the 2024 one of 138 million).
            let exact = figure.central().is_some_and(|v| {
                (v - reading.value).abs() <= 0.02 * v.abs().max(reading.value.abs())
            });
            let rank: Rank = [
                own,
                subject == Bind::Subject,
                self.scope_fit(f) != Fit::Mismatch,
                exact,
                self.successor(f).is_none(),
                reading.quantity == primary.quantity,
            ];
            reason.map(|why| (f, why, rank))
        };
        // Only a number firmly tied to what a figure counts is said to misread it. `judge`
        // takes only figures of the number's quantity or its alternative's whose bounds hold
        // it: the others are left out by the bounds index kept with the table before they are
        // read.
        // The bitset is on the stack for a table of up to 1,024 figures.
        let mut stack = [0u64; 16];
        let mut heap = Vec::new();
        let meeting: Option<&[u64]> = match kept {
            Some(k) => {
                let words = self.table.figures.len().div_ceil(64);
                let bits: &mut [u64] = match stack.get_mut(..words) {
                    Some(bits) => bits,
                    None => {
                        heap.resize(words, 0);
                        &mut heap
                    }
                };
                k.meeting(self.table, &primary, bits);
                if let Some(a) = &alternative {
                    k.meeting(self.table, a, bits);
                }
                Some(bits)
            }
            None => None,
        };
        let among = |i: usize| meeting.map_or(u64::MAX, |bits| bits.get(i).copied().unwrap_or(0));
        // Every candidate is judged (in this order), then the best-ranked is kept; the first in
        // table order among equals.
        let found = self
            .ev
            .supports_among(Bind::Focus, Bind::None, false, among)
            .filter_map(|s| judge(s.figure, s.subject, s.population, false))
            .chain(self.partial_subjects().into_iter().filter_map(|f| {
                let population = self.ev.of(f).map_or(Bind::None, |s| s.population);
                judge(f, Bind::Focus, population, true)
            }));
        let mut best: Option<(usize, Mismatch, Rank)> = None;
        for candidate in found {
            if best.as_ref().is_none_or(|b| candidate.2 > b.2) {
                best = Some(candidate);
            }
        }
        best.map(|(f, why, _)| self.wrong_metric_finding(f, &why))
            .or_else(|| {
                self.forced_labour_share_of_trafficking()
                    .or_else(|| self.forced_labour_total_as_trafficking())
                    .map(|f| {
                        self.wrong_metric_finding(
                            f,
                            &Mismatch::Population("human trafficking".to_string()),
                        )
                    })
            })
    }

    /// True when figure `f` counts one kind of forced labour (state-imposed, forced sexual
    /// exploitation, forced labour exploitation in the private economy), as its metric says.
    fn kind_of_forced_labour(&self, f: usize) -> bool {
        let metric = self.lower_metric(f);
        self.figure(f).quantity == Quantity::Count
            && [
                "state-imposed",
                "sexual exploitation",
                "forced labour exploitation",
            ]
            .iter()
            .any(|kind| metric.contains(kind))
    }

    /// `Of those 27 million … are human trafficked`, or `Today, more than 27 million people
    /// around the world are denied that right` after a sentence on human trafficking: the
    /// current global count of people in forced labour, matched by value alone, where the
    /// number is said to be trafficked, or is a count of people worldwide whose sentence names
    /// no population, only what they suffer (`denied`, `exploited`, `trapped`), while the words
    /// before it in its paragraph (or the sentence before) speak of trafficking and never of
    /// forced labour or slavery. That figure, the only one.
    fn forced_labour_total_as_trafficking(&self) -> Option<usize> {
        if self.reading.quantity != Quantity::Count || self.claim.change_verb.is_some() {
            return None;
        }
        let s = self.lower_sentence();
        // (`names_forced_labour`'s words but those that hold `forced`, read only after it.)
        if ["forced", "slave", "bonded", "servitude"]
            .iter()
            .any(|w| s.contains(w))
        {
            return None;
        }
        let told = || {
            let people = self.claim.subject.as_deref().is_some_and(|w| {
                [
                    "people",
                    "persons",
                    "individuals",
                    "men, women and children",
                ]
                .contains(&w)
            });
            let start = self.claim.sentence.start;
            let from = crate::claim::sentence_before(self.text, start)
                .map_or(start, |b| b.start)
                .min(crate::claim::block(self.text, start).start);
            // What the people suffer is what the paragraph's trafficking does to them.
            // (Read after the cheap tests of the subject and the scope.)
            let suffer = || {
                [
                    "denied",
                    "freedom",
                    "exploit",
                    "victim",
                    "trapped",
                    "enslav",
                    "bought and sold",
                    "captiv",
                ]
                .iter()
                .any(|w| s.contains(w))
            };
            people
                && self.claim.scope.as_deref() == Some("global")
                && suffer()
                && !s.contains("traffick")
                && self.text.get(from..start).is_some_and(|before| {
                    let before = before.to_lowercase();
                    names_trafficking(&before)
                        && !names_forced_labour(&before)
                        && !before.contains("forced")
                })
        };
        if !(self.counted_as_trafficked() || told()) {
            return None;
        }
        let stated = self.stated();
        let mut found = self.current_forced_labour(Quantity::Count).filter(|&f| {
            self.lower_metric(f)
                .starts_with("people in forced labour on")
                && bounds::tight(&stated, self.figure(f))
        });
        let f = found.next()?;
        found.next().is_none().then_some(f)
    }

    /// `Forced labor accounts for 86% of human trafficking`: forced labour, named before the
    /// share, made a share of trafficking itself (`of trafficking`, `of all human trafficking`,
    /// no other noun after it), where the value is one forced labour share figure's exactly
    /// (86%: the private sector's share of forced labour). That figure, the only one.
    fn forced_labour_share_of_trafficking(&self) -> Option<usize> {
        let m = &self.claim.mention;
        if self.reading.quantity != Quantity::Share || m.hedge.is_some() {
            return None;
        }
        let before = self
            .text
            .get(self.claim.sentence.start..m.start)?
            .to_lowercase();
        if !(before.contains("forced lab") || before.contains("forced-lab"))
            || before.contains("traffick")
        {
            return None;
        }
        let after = self
            .text
            .get(m.end..self.claim.sentence.end)?
            .to_lowercase();
        let mut rest = after.trim_start().strip_prefix("of ")?;
        for w in ["all ", "global ", "worldwide ", "human "] {
            rest = rest.strip_prefix(w).unwrap_or(rest);
        }
        let tail = rest.strip_prefix("trafficking")?;
        let next = tail
            .trim_start()
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        if tail.starts_with(|c: char| c.is_alphanumeric())
            || ["victims", "cases", "survivors", "in", "of"].contains(&next)
        {
            return None;
        }
        let value = self.reading.value;
        let mut found = self.current_forced_labour(Quantity::Share).filter(|&f| {
            self.figure(f)
                .central()
                .is_some_and(|v| (v - value).abs() <= 0.001)
        });
        let f = found.next()?;
        found.next().is_none().then_some(f)
    }

    /// True when the number restates a figure whose subject words name what it counts, to three
    /// significant digits or more (`These 152 million children …`, `24.9 million people were
    /// trapped working …`) or with words only that figure's subject has (`more than 1000 court
    /// cases`): a figure quoted so exactly is on the topic, though its sentence names none of the
    /// topic's words.
    pub(super) fn quotes_a_figure(&self) -> bool {
        matches!(self.reading.quantity, Quantity::Count | Quantity::Money)
            && self.claim.change_verb.is_none()
            // Only the figures whose subject the clause names are read.
            && self.ev.figures(Bind::Focus, Bind::None, false).any(|f| {
                let figure = self.figure(f);
                figure.quantity == self.reading.quantity
                    && self.visible(f)
                    && self.figure(f).central().is_some_and(|v| {
                        (v - self.claim.mention.value.unwrap_or(self.reading.value)).abs()
                            <= 1e-9 * v.abs().max(1.0)
                    })
                    // A round value needs words of the figure's own (`1000 court cases`), not
                    // ones any count of people has (`1,000 children`).
                    && (self.distinctive_value(f)
                        || self.ev.subjects.iter().any(|t| {
                            t.specific && t.bind >= Bind::Focus && t.owners.contains(&f)
                        }))
            })
    }

    /// True when the number is written to three significant digits or more (`17.3 million`,
    /// `2,354`) and figure `f` states that very value: a value copied, not a round one.
    pub(super) fn distinctive(&self, f: usize) -> bool {
        self.claim.mention.hedge.is_none() && self.distinctive_value(f)
    }

    /// True when the number has three significant digits or more and figure `f` states that
    /// very value (a hedge allowed).
    pub(super) fn distinctive_value(&self, f: usize) -> bool {
        let written = self
            .text
            .get(self.claim.mention.start..self.claim.mention.end)
            .unwrap_or_default();
        let value = self.claim.mention.value.unwrap_or(self.reading.value);
        significant_digits(written) >= 3
            && self
                .figure(f)
                .central()
                .is_some_and(|v| (v - value).abs() <= 1e-9 * v.abs().max(1.0))
    }

    /// Figures with the claim's population whose subject shares a word with the claim's subject
    /// (`women and children` and `women and girls`) without being named by it.
    pub(super) fn partial_subjects(&self) -> Vec<usize> {
        let Some(subject) = self.claim.subject.as_deref().filter(|s| joins_two(s)) else {
            return Vec::new();
        };
        let words: Vec<&str> = subject
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 3)
            .collect();
        let said: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| !evidence::GENERIC.contains(w))
            .collect();
        if words.len() < 2 || said.is_empty() {
            return Vec::new();
        }
        self.ev
            .loosely_named(Bind::Sentence, Bind::Focus)
            .filter(|&f| {
                self.figure(f).subject.iter().any(|t| {
                    let words: Vec<&str> = t.split(' ').collect();
                    words.len() > 1 && said.iter().any(|w| words.contains(w))
                })
            })
            .collect()
    }

    /// True when neither the sentence nor its paragraph names figure `f`'s place, nor does the
    /// sentence point back at a place named before (`across the province`, `in the country`).
    pub(super) fn region_unnamed(&self, f: usize) -> bool {
        let s = self.lower_sentence();
        ![
            "the province",
            "the country",
            "the state",
            "this province",
            "this country",
        ]
        .iter()
        .any(|p| s.contains(p))
            && !self.places.named(
                self.text,
                self.claim.sentence.start,
                self.sentence,
                fit::place(&self.figure(f).scope),
            )
    }

    /// True when the words right after the number take it of a whole (`31% of all
    /// referrals`) that is referrals or calls, or none of whose words is in one of figure `f`'s
    /// populations or subjects.
    fn share_of_other_whole(&self, f: usize) -> bool {
        let figure = self.figure(f);
        let Some(whole) = self.whole_after_of(
            &["all", "the", "total"],
            &[
                "down", "up", "in", "from", "were", "are", "was", "is", "and", "while",
            ],
            3,
        ) else {
            return false;
        };
        // (Referrals and calls are a country's own records, whatever they are referrals of.)
        let records = whole
            .iter()
            .any(|w| matches!(w.as_str(), "referrals" | "calls"));
        records
            || !whole.is_empty()
                && !whole.iter().any(|w| {
                    figure
                        .population
                        .iter()
                        .chain(&figure.subject)
                        .any(|t| t.split(' ').any(|word| word == w))
                })
    }

    pub(super) fn wrong_metric_finding(&self, f: usize, why: &Mismatch) -> Finding {
        let figure = self.figure(f);
        let q = &self.quoted;
        let reason = match why {
            Mismatch::Quantity(Quantity::Share) => {
                "is a change in per cent, but the sentence makes it a share".to_string()
            }
            Mismatch::Quantity(Quantity::Change) => {
                "is a share, but the sentence makes it a change".to_string()
            }
            Mismatch::Quantity(other) => {
                format!("is not a {}, as the sentence makes it", other.as_str())
            }
            Mismatch::Base => match figure.of {
                Some(Quantity::Share) => {
                    "is the growth of a share, but the sentence makes it the growth of the number"
                        .to_string()
                }
                _ => "is the growth of a number, but the sentence makes it the growth of a share"
                    .to_string(),
            },
            Mismatch::Population(term) => {
                format!("is not a figure for “{term}”, as the sentence makes it")
            }
            Mismatch::Subject(said) => {
                format!("is not a figure for “{said}”, as the sentence makes it")
            }
            Mismatch::Confused(g, term) => format!(
                "leaves out part of what the sentence calls “{term}” ({}: {})",
                self.figure(*g).metric,
                value_of(self.figure(*g))
            ),
            Mismatch::PartAsWhole(whole) => format!(
                "is only a part of what the sentence counts, which is {} ({})",
                self.figure(*whole).metric,
                value_of(self.figure(*whole))
            ),
            Mismatch::Ages(a, b) => {
                format!("is for another age group than the one the sentence gives ({a} to {b})")
            }
            Mismatch::Working => {
                "counts child labour, which is not the same as working children".to_string()
            }
            Mismatch::ForcedLabour => {
                "counts child labour, most of which is not forced labour, as the sentence makes it"
                    .to_string()
            }
            Mismatch::Yearly => {
                "is a count on any given day, but the sentence makes it a number per year"
                    .to_string()
            }
            Mismatch::LevelAsChange => {
                "is a level, but the sentence makes it the amount of a rise or fall".to_string()
            }
            Mismatch::ChangeAsLevel => {
                "is the amount of a rise, but the sentence makes it a level".to_string()
            }
            Mismatch::GroupAsBase(group) => format!(
                "is the share the {group} victims make of all the figure counts, but the sentence makes it a share of the {group} victims"
            ),
            Mismatch::DetectedAsPrevalence => "counts victims detected by authorities, which measures detection, but the sentence makes it how many people are trafficked".to_string(),
            Mismatch::EstimatedAsDetected => {
                "is a survey-based estimate, but the sentence makes it victims detected or identified"
                    .to_string()
            }
        };
        let message = format!(
            "{q} {reason}; the figure is {}: {} ({}, {})",
            value_of(figure),
            figure.metric,
            figure.source.publisher,
            figure.published_year()
        );
        self.suggesting(Verdict::WrongMetric, f, message)
    }

    /// The group of victims a share is taken of, named right after it (`90% of female victims`)
    /// or right before its bracket (`the majority of female victims (60%)`, `most female victims
    /// (60%)`): female victims
    /// only, the group whose shares the table holds the other way round.
    pub(super) fn group_base(&self) -> Option<&'static str> {
        let female = |w: &str| matches!(w, "female" | "women");
        let after = self
            .share_base_group()
            .filter(|g| female(g))
            .is_some_and(|_| {
                let mut words = self.words_after().map(lower).skip(1);
                words.any(|w| w == "victims")
            });
        let before = || {
            let head = self
                .text
                .get(self.claim.sentence.start..self.claim.mention.start)
                .unwrap_or_default()
                .trim_end()
                .strip_suffix('(')?
                .trim_end()
                .to_lowercase();
            [
                " of female victims",
                " of women victims",
                "most female victims",
            ]
            .iter()
            .any(|end| head.ends_with(end))
            .then_some(())
        };
        (after || before().is_some()).then_some("female")
    }

    /// True when a trafficking word opens one item of a comma list of the kinds of people a
    /// count covers, after an item and before a last one naming servitude, bondage, slavery or
    /// forced labour (`people born into servitude, trafficked for sex, or held in debt
    /// bondage`): one kind among others, not what the number counts.
    pub(super) fn lists_slavery_kinds(&self) -> bool {
        let items: Vec<&str> = self.lower_sentence().split(',').map(str::trim).collect();
        items.windows(3).any(|w| match w {
            [before, item, after] => {
                item.starts_with("traffick")
                    && names_slavery_kind(before)
                    && ((last_item(after) && names_slavery_kind(after))
                        || item
                            .split_once(" or ")
                            .is_some_and(|(_, rest)| names_slavery_kind(rest)))
            }
            _ => false,
        })
    }

    /// True when the sentence names both parts of modern slavery, however far apart
    /// (`held as forced labourers or given into forced marriages`).
    pub(super) fn names_slavery_parts(&self) -> bool {
        let lower = self.lower_sentence();
        ["forced lab", "forced to work", "forced into lab"]
            .iter()
            .any(|w| lower.contains(w))
            && [
                "forced marri",
                "forced to marry",
                "forced into marri",
                "forcibly married",
            ]
            .iter()
            .any(|w| lower.contains(w))
    }
}

/// True when lower-case `s` names forced labour or forced marriage, the parts of modern slavery.
fn names_slavery_part(s: &str) -> bool {
    [
        "forced lab",
        "forced-lab",
        "forced to work",
        "forced into lab",
        "forced marri",
    ]
    .iter()
    .any(|w| s.contains(w))
}

/// True when lower-case `s` names servitude, bondage, slavery or forced labour.
fn names_slavery_kind(s: &str) -> bool {
    ["servitude", "bondage", "slavery", "enslaved", "forced lab"]
        .iter()
        .any(|w| s.contains(w))
}

/// True when lower-case `s` opens with `or ` or `and ` (the last item of a list).
fn last_item(s: &str) -> bool {
    s.starts_with("or ") || s.starts_with("and ")
}

/// True when lower-case `s` names forced labour, slavery or bondage.
fn names_forced_labour(s: &str) -> bool {
    ["forced lab", "forced-lab", "slave", "bonded"]
        .iter()
        .any(|w| s.contains(w))
}

/// True when lower-case `s` names trafficking, not of drugs, arms or another trade.
fn names_trafficking(s: &str) -> bool {
    const OTHER_TRADES: &[&str] = &[
        "drug",
        "drugs",
        "arms",
        "gun",
        "weapons",
        "wildlife",
        "organ",
        "narcotics",
    ];
    s.match_indices("trafficking").any(|(at, _)| {
        let before = s.get(..at).unwrap_or_default().trim_end();
        let word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        !OTHER_TRADES.contains(&word)
    })
}
