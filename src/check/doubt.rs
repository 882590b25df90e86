//! Doubt: what in a sentence makes a difference from a figure no sure conflict.

use super::bounds::{self, Reading};
use super::{
    Basis, Bind, Checker, FALL_WORDS, Figure, Fit, Framing, Period, Quantity, RISE_WORDS,
    SAME_SIZE, STALE_YEARS, Timing, day_number, evidence, fit, kept, lower, may_be_change_word,
    nonclaim, places, read, value_of,
};

/// Words that may stand between `account for` and its number (`accounting for some`).
const ACCOUNT_HEDGES: &[&str] = &[
    "some",
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "an",
    "a",
    "estimated",
    "over",
    "more",
    "than",
    "just",
    "only",
    "us",
    "usd",
];

impl<'a> Checker<'a> {
    /// True when the claim is a share given as a bound (`more than`, `at least`, `under`, `up
    /// to`) that a figure whose value is `central` keeps. A count so given is the writer's own
    /// figure and may still conflict; a sum, only when the figure is not over twice the bound
    /// ([`Self::loose_money_bound`]).
    pub(super) fn bound_kept(&self, central: f64) -> bool {
        use crate::extract::Hedge;
        if self.reading.quantity != Quantity::Share {
            return false;
        }
        match self.claim.mention.hedge {
            Some(Hedge::MoreThan | Hedge::AtLeast) => central >= self.reading.value,
            Some(Hedge::LessThan | Hedge::UpTo) => central <= self.reading.value,
            _ => false,
        }
    }

    /// True when the claim is a sum given as a lower bound (`more than $32 billion`, `at least`)
    /// under half a figure's sum `central`.
    pub(super) fn loose_money_bound(&self, central: f64) -> bool {
        use crate::extract::Hedge;
        self.reading.quantity == Quantity::Money
            && matches!(
                self.claim.mention.hedge,
                Some(Hedge::MoreThan | Hedge::AtLeast)
            )
            && self.reading.value > 0.0
            && central > 2.0 * self.reading.value
    }

    /// True when the claim is a lower bound (`more than`, `at least`) whose value as written,
    /// `value`, is over a tenth below each of figures `older`: they are met only far up the
    /// hedge's reach.
    pub(super) fn far_below_all(&self, older: &[usize], value: f64) -> bool {
        use crate::extract::Hedge;
        matches!(
            self.claim.mention.hedge,
            Some(Hedge::MoreThan | Hedge::AtLeast)
        ) && value > 0.0
            && older
                .iter()
                .all(|&f| self.figure(f).central().is_some_and(|v| v > value * 1.1))
    }

    /// True when the claim is a count given as a lower bound (`a minimum of 12.3 million`) a
    /// tenth or more under figure `f`, a part of a whole (its metric says `…, other than …`):
    /// the bound holds of the whole as well, so it states neither.
    pub(super) fn loose_bound_of_part(&self, f: usize) -> bool {
        use crate::extract::Hedge;
        let figure = self.figure(f);
        figure.quantity == Quantity::Count
            && matches!(
                self.claim.mention.hedge,
                Some(Hedge::MoreThan | Hedge::AtLeast)
            )
            && figure.value.is_some_and(|v| v > self.reading.value * 1.1)
            && self.lower_metric(f).contains(", other than ")
    }

    /// True when the number has no noun of its own and `in` and one of figure `f`'s population
    /// terms follow it (`…, including 7.2 million in forced labour`, or after a verb of being or a
    /// participle: `75 million were engaged in hazardous work`, `45 million involved in hazardous
    /// work`): that population is what it counts, as firmly as a noun would say.
    pub(super) fn population_follows(&self, f: usize) -> bool {
        if self.claim.subject_strong {
            return false;
        }
        let after = self.after_number().trim_start();
        // `75 million were engaged in hazardous work`, `…, including around 45 million involved
        // in hazardous work`: a verb of being, a participle, or both, before `in`.
        let after = ["are ", "were "]
            .iter()
            .find_map(|v| after.strip_prefix(v))
            .unwrap_or(after);
        let after = ["involved ", "engaged ", "trapped ", "working ", "employed "]
            .iter()
            .find_map(|w| after.strip_prefix(w))
            .unwrap_or(after);
        let Some(rest) = after.strip_prefix("in ") else {
            return false;
        };
        let rest = rest.trim_start().to_lowercase();
        self.ev
            .populations
            .iter()
            .any(|p| p.specific && p.owners.contains(&f) && rest.starts_with(p.term))
    }

    /// True when a share is followed by one of figure `f`'s population terms, a verb of being
    /// and `in` one of its subject terms (`one in four forced labourers are in commercial
    /// sexual exploitation`, `…, with a quarter of forced labourers being in sexual
    /// exploitation`): the part of that population the share counts, as firmly as a subject
    /// would say.
    pub(super) fn part_follows(&self, f: usize) -> bool {
        if self.reading.quantity != Quantity::Share {
            return false;
        }
        let after = self.after_number().trim_start().to_lowercase();
        let after = after.strip_prefix("of ").unwrap_or(&after);
        let after = after.strip_prefix("all ").unwrap_or(after);
        let Some(rest) = self.ev.populations.iter().find_map(|p| {
            (p.specific && p.owners.contains(&f))
                .then(|| after.strip_prefix(p.term))
                .flatten()
        }) else {
            return false;
        };
        let Some(rest) = ["are in ", "were in ", "being in ", "is in "]
            .iter()
            .find_map(|v| rest.trim_start().strip_prefix(v))
        else {
            return false;
        };
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        self.ev
            .subjects
            .iter()
            .any(|t| t.owners.contains(&f) && rest.starts_with(t.term))
    }

    /// Why the years of the claim are not figure `f`'s although its period seems to fit: one
    /// year inside a count over several (`295 cases in 2022` against court cases adjudicated
    /// from 2012 to 2023), or the year a `since 2000, when …` clause puts the number in.
    pub(super) fn other_years(&self, f: usize) -> Option<String> {
        let figure = self.figure(f);
        // `a 48% increase in cases from 2,118 in 2017 to 3,137 in 2018`: the change runs over
        // the years of the range after it, which those ends own.
        if self.claim.period.is_none()
            && (figure.quantity == Quantity::Change || self.counts_change(f))
            && let Some(from) = self.range_after_year()
            && let Some((first, last)) = fit::data_years(figure)
            && from != first
            && first < last
        {
            return Some(format!(
                "the sentence's change starts in {from}; the figure's is over {}",
                figure.period
            ));
        }
        let period = self.claim.period.as_ref()?;
        let (first, last) = fit::data_years(figure)?;
        if let Some(year) = self.detected_in_publication_year(f, period, (first, last)) {
            return Some(format!(
                "the sentence counts the victims detected in {year}; the figure's data are for {}",
                figure.period
            ));
        }
        // `rose by 28 per cent between 2022 and the following year`: a change that starts
        // outside the figure's span of years, or at its end, is another change.
        if (figure.quantity == Quantity::Change || self.counts_change(f))
            && first < last
            && let Some(from) = period.from
            && (from < first
                || from > last
                || (from != first
                    && (self
                        .lower_sentence()
                        .contains(&format!("between {from} and"))
                        || self.lower_sentence().contains(&format!("from {from} to")))))
        {
            return Some(format!(
                "the sentence's change starts in {from}; the figure's is over {}",
                figure.period
            ));
        }
        // `From 2000 to 2020, the number … dropped by 85.5 million`: a change over both years the
        // sentence names, ending in another year than the figure's span, is another change.
        if (figure.quantity == Quantity::Change || self.counts_change(f))
            && first < last
            && let (Some(from), Some(to)) = (period.from, period.to)
            && from < to
            && to != last
        {
            return Some(format!(
                "the sentence's change runs to {to}; the figure's is over {}",
                figure.period
            ));
        }
        if figure.quantity == Quantity::Count
            && figure.of.is_none()
            && last > first
            && period.from.is_some()
            && period.from == period.to
        {
            return Some(format!(
                "the sentence gives one year ({}); the figure counts the years {}",
                period.text, figure.period
            ));
        }
        let when = format!("{}, when", period.text.to_lowercase());
        if let Some(year) = period.from
            && !(first..=last).contains(&year)
            && self.lower_sentence().contains(&when)
        {
            return Some(format!(
                "the number is for {year}; the figure's data are for {}",
                figure.period
            ));
        }
        None
    }

    /// The year a count of detected victims is put in (`In 2024, 90,000 victims were
    /// identified`) when it is the year figure `f` was published and none of its data years
    /// (`first` to `last`), and the sentence credits no report or source whose year it could be instead.
    fn detected_in_publication_year(
        &self,
        f: usize,
        period: &Period,
        (first, last): (i32, i32),
    ) -> Option<i32> {
        let figure = self.figure(f);
        let claim = self.claim;
        let year = period.from.filter(|_| period.from == period.to)?;
        let sentence = self.lower_sentence();
        (figure.quantity == Quantity::Count
            && fit::basis(figure) == Some(Basis::Detected)
            && claim.framing == Framing::Detected
            && !(first..=last).contains(&year)
            && figure.published_year().parse::<i32>().ok() == Some(year)
            && claim.attribution.is_none()
            && claim.edition.is_none()
            && sentence.contains(&format!("in {year}"))
            && !CREDIT_WORDS.iter().any(|w| sentence.contains(w)))
        .then_some(year)
    }

    /// The year of the first end of a `from X in Y to …` range right after the number (`a 48%
    /// increase in cases from 2,118 in 2017 to …`), read from that end's own period.
    fn range_after_year(&self) -> Option<i32> {
        let next = self
            .sentence_claims()
            .find(|c| c.mention.start >= self.claim.mention.end)?;
        let gap = self.text.get(self.claim.mention.end..next.mention.start)?;
        if gap.len() > 60 || gap.contains([',', ';', ':', '(']) || !gap.ends_with("from ") {
            return None;
        }
        let period = next.period.as_ref()?;
        period.from.filter(|_| period.from == period.to)
    }

    /// A subject in the number's clause that joins one of figure `f`'s own subjects with
    /// another group (`65 per cent were women and girls`, against a figure of girls alone), when
    /// the joined group is not itself a subject of `f`.
    pub(super) fn wider_subject(&self, f: usize) -> Option<&'a str> {
        let own = &self.figure(f).subject;
        self.ev
            .subjects
            .iter()
            .filter(|s| s.bind >= Bind::Focus && !own.iter().any(|o| o == s.term))
            .find(|s| {
                let mut members = s.term.split([',', '&']).flat_map(|part| {
                    part.split(" and ")
                        .flat_map(|p| p.split(" or "))
                        .map(str::trim)
                        .map(|p| p.strip_prefix("and ").unwrap_or(p))
                });
                // (Most terms are one word: no space, nothing joined.)
                let joined = s.term.contains('&')
                    || (s.term.contains(' ')
                        && (s.term.contains(" and ") || s.term.contains(" or ")));
                joined && members.any(|m| own.iter().any(|o| o == m))
            })
            .map(|s| s.term)
    }

    /// Why a value that differs from figure `f` may still not be a conflict, if anything.
    /// The form or sector of exploitation the sentence names (`sex`, `industry`) that a money
    /// figure's `metric` does not, if any. (Stems at a word's start, with the name a message
    /// gives: unlike [`super::nostat::SECTORS`], `industr` also finds `industries`.)
    fn names_money_part(&self, metric: &str) -> Option<&'static str> {
        const PARTS: &[(&str, &str)] = &[
            ("sex", "sexual exploitation"),
            ("agricultur", "agriculture"),
            ("industr", "industry"),
            ("service", "services"),
            ("domestic work", "domestic work"),
            ("construction", "construction"),
            ("manufactur", "manufacturing"),
            ("mining", "mining"),
            ("fishing", "fishing"),
        ];
        let metric = metric.to_ascii_lowercase();
        let sentence = self.lower_sentence();
        PARTS
            .iter()
            .find(|(stem, _)| {
                !metric.contains(stem)
                    && sentence.match_indices(stem).any(|(at, _)| {
                        !at.checked_sub(1)
                            .and_then(|b| sentence.as_bytes().get(b))
                            .is_some_and(u8::is_ascii_alphabetic)
                    })
            })
            .map(|&(_, part)| part)
    }

    /// The sector (`supply chains`, `the private economy`, `agriculture`) that the number's
    /// clause puts a count in (`in global supply chains`, `within agriculture`), when figure
    /// `f`, a count, is not of that sector nor of the private economy (whose are supply chains).
    /// Not when the clause says most or some of the count is there (`mostly in agriculture`,
    /// `including 16 million in the private economy`): then the count is the whole's.
    fn names_count_part(&self, f: usize) -> Option<&'static str> {
        const PARTS: &[(&str, &str)] = &[
            ("supply chain", "supply chains"),
            ("private economy", "the private economy"),
            ("private sector", "the private sector"),
            ("agricultur", "agriculture"),
            ("construction", "construction"),
            ("manufactur", "manufacturing"),
            ("domestic work", "domestic work"),
            ("fishing", "fishing"),
            ("mining", "mining"),
        ];
        const SOME: &[&str] = &[
            "most",
            "mostly",
            "mainly",
            "largely",
            "majority",
            "many",
            "including",
            "half",
            "whom",
            "them",
            "some",
        ];
        let figure = self.figure(f);
        if figure.quantity != Quantity::Count || self.reading.quantity != Quantity::Count {
            return None;
        }
        let metric = self.lower_metric(f);
        if metric.contains("private") || metric.contains("other than") {
            return None;
        }
        let focus = self.in_sentence(&self.claim.focus);
        let number = self.in_sentence(&(self.claim.mention.start..self.claim.mention.end));
        let clause = self
            .lower_sentence()
            .get(number.end.max(focus.start)..focus.end)?;
        PARTS
            .iter()
            .find(|(stem, _)| {
                !metric.contains(stem)
                    && clause.match_indices(stem).any(|(at, _)| {
                        let before = clause.get(..at).unwrap_or_default();
                        let mut words = before.split_whitespace().rev();
                        // `in (the) (global) supply chains`: a preposition three words back at most.
                        let placed = words
                            .by_ref()
                            .take(3)
                            .any(|w| matches!(w, "in" | "within" | "across" | "throughout"));
                        placed
                            && !before
                                .split(|c: char| !c.is_alphanumeric())
                                .any(|w| SOME.contains(&w))
                    })
            })
            .map(|&(_, part)| part)
    }

    /// The kind of goods an amount is worth, named within a few words after it (`$148 billion
    /// worth of apparel goods`, `$13 billion of textiles`).
    fn kind_of_goods_after(&self) -> Option<&'static str> {
        const KINDS: &[&str] = &[
            "apparel",
            "garments",
            "clothing",
            "textiles",
            "electronics",
            "laptops",
            "palm",
            "solar",
            "cocoa",
            "coffee",
            "cotton",
            "seafood",
            "fish",
            "timber",
            "gold",
            "rubber",
        ];
        self.words_after()
            .take(4)
            .map(lower)
            .take_while(|w| !matches!(&**w, "that" | "which" | "and" | "a" | "each"))
            .find_map(|w| KINDS.iter().copied().find(|k| *k == w))
    }

    pub(super) fn doubt(&self, f: usize) -> Option<String> {
        let figure = self.figure(f);
        // `over half of the people in forced marriage` for a figure of 84%: a share's bound that
        // the figure keeps, however far past it, understates it but does not contradict it.
        if let Some(central) = figure.central()
            && self.bound_kept(central)
        {
            return Some(format!(
                "the sentence gives a bound that the figure, {}, keeps",
                value_of(figure)
            ));
        }
        // `trafficking generates more than $32 billion a year` against the ILO's $150 billion: a
        // sum given as a lower bound under half the figure's, which it does not contradict
        // (maybe an older, smaller estimate); a bound above the figure still conflicts.
        if let Some(central) = figure.central()
            && self.loose_money_bound(central)
        {
            return Some(format!(
                "the sentence gives a lower bound well under the figure, {}, which it neither states nor contradicts",
                value_of(figure)
            ));
        }
        // `sex traffickers make over $27,252 per victim`, `forced labour in industry generates
        // $35 billion`: an amount for one form or sector of exploitation, which a figure for
        // all of it does not hold.
        if figure.quantity == Quantity::Money
            && let Some(part) = self.names_money_part(&figure.metric)
        {
            return Some(format!(
                "the sentence names {part}, one part of what the figure counts"
            ));
        }
        // `17.3 million people are enslaved in global supply chains`, against everyone in
        // forced labour or modern slavery: a count of those in one sector only.
        if let Some(part) = self.names_count_part(f) {
            return Some(format!(
                "the number counts those in {part} only, one part of what the figure counts"
            ));
        }
        // `countries like Russia, Eritrea and North Korea forcing another 10 million into
        // slavery`: a place named as one example among others does not own the number.
        if figure.scope != "global"
            && places::among_examples(self.sentence, fit::place(&figure.scope))
        {
            return Some(format!(
                "the sentence names {} as one of several places, so the number is not its own",
                figure.scope
            ));
        }
        // `$148 billion worth of apparel goods` at risk, of the US$468 billion of all at-risk
        // products: the amount of one kind of goods.
        if figure.quantity == Quantity::Money
            && figure.metric.contains("products")
            && let Some(kind) = self.kind_of_goods_after()
        {
            return Some(format!(
                "the amount is of {kind} only, one kind of the products the figure counts"
            ));
        }
        // `The State Department released its yearly report … 188 countries`: a number credited
        // to another body than the figure's is that body's own, which may differ.
        if fit::attribution(self.claim, figure) == Fit::Mismatch {
            return Some(format!(
                "the sentence credits it to {}, and the figure is {}'s",
                self.claim.attribution.as_deref().unwrap_or_default(),
                figure.source.publisher
            ));
        }
        // `The government has estimated that there are some 100,000 slaves in the UK`: a
        // government's own estimate, where the figure is an independent body's.
        // (The sentence's words first: they turn away almost every claim, in one search of
        // the phrases' index, before five searches of the publisher's name.)
        if {
            static GOVERNMENT: super::phrases::PhraseSet =
                super::phrases::PhraseSet::new(GOVERNMENT_ESTIMATES);
            GOVERNMENT.in_text(self.lower_sentence())
        } && !["Government", "Office", "Department", "Bureau", "Agency"]
            .iter()
            .any(|w| figure.source.publisher.contains(w))
        {
            return Some(format!(
                "the sentence gives a government's own estimate, and the figure is {}'s",
                figure.source.publisher
            ));
        }
        // `Women, girls make up 60pc`: two groups counted together, which no figure of one
        // group counts.
        if let Some(subject) = self.claim.subject.as_deref()
            && let Some((a, b)) = subject.split_once(", ")
            && !figure
                .subject
                .iter()
                .any(|t| t.contains(a) && t.contains(b))
        {
            return Some(format!(
                "the sentence counts {a} and {b} together, and the figure counts {}",
                figure
                    .subject
                    .first()
                    .map_or("another group", String::as_str)
            ));
        }
        if let Some(term) = self.excluded_subject(figure) {
            return Some(format!(
                "the sentence counts what lies outside {term}, and the figure counts {term}"
            ));
        }
        // (Few figures are a rise or a fall: the sentence's words are read only for those.)
        if let Some(is) = fit::direction(figure)
            && let Some(said) = self.said_direction()
            && said != is
        {
            return Some(if is > 0 {
                "the sentence speaks of a fall; the figure is a rise".into()
            } else {
                "the sentence speaks of a rise; the figure is a fall".into()
            });
        }
        if let Some(group) = self.narrower_share_base(figure) {
            return Some(format!(
                "the share is of {group} only; the figure's is of everyone it counts"
            ));
        }
        // `74% of sex trafficking victims are girls`: girls made the part of another whole,
        // where the figure is a share of girl victims.
        if let Some((group, whole)) = self.inverse_share(figure) {
            return Some(format!(
                "the share is of {whole}; the figure's is of {group} victims"
            ));
        }
        // `75% of British referrals were children`, `Vietnamese boys made up 12% of all
        // referrals`: the number of one nationality's people, or a share among them only.
        if let Some(people) = self.one_nationality(f) {
            return Some(format!(
                "the number is of {people} people only; the figure's counts every nationality"
            ));
        }
        if figure.quantity == Quantity::Share
            && let Some(word) = self.other_measure()
            && !self.lower_metric(f).contains(word)
        {
            return Some(format!(
                "the share seems to be of {word}, which the figure does not measure"
            ));
        }
        if let Some(why) = self.other_size(f) {
            return Some(why);
        }
        if let Some(wider) = self.wider_subject(f) {
            return Some(format!(
                "the number counts {wider}, a wider group than the figure's"
            ));
        }
        // `more than half of sex trafficking victims are minors`: a share of the victims of one
        // form of trafficking, where the figure's is of all victims.
        if figure.quantity == Quantity::Share
            && let Some(form) = self.share_of_one_form()
            && !self.lower_metric(f).contains(form)
        {
            return Some(format!(
                "the share is of the victims of {form} trafficking only; the figure's is of all victims"
            ));
        }
        if let Some(form) = self.one_form()
            && !self.lower_metric(f).contains(form.stem)
        {
            return Some(format!(
                "the number counts trafficking for {} only, which the figure does not single out",
                form.name
            ));
        }
        // `two-thirds` for 73%: a fraction in words is a rounding, and one this near the figure
        // may be the source's own (`over two-thirds`) with its hedge dropped.
        if figure.quantity == Quantity::Share
            && self.claim.mention.kind == crate::extract::Kind::Fraction
            && let Some(expected) = figure.central().filter(|v| *v > 0.0)
            && ((self.reading.value - expected) / expected).abs() <= 0.12
        {
            return Some("a fraction in words rounds, and this one is near the figure".into());
        }
        // `From 2011 to 2020, … male victims accounted for 10%`: a share over a span of years
        // is not the share of the figure's years. A count with no years of its own takes the
        // span the sentence gives another of its counts (`the more than 450,000 victims and
        // 300,000 suspected offenders detected worldwide between 2003 and 2021`).
        let span = |period: &Option<Period>| match period {
            Some(Period {
                from: Some(from),
                to: Some(to),
                ..
            }) if from != to => Some((*from, *to)),
            _ => None,
        };
        if let Some((from, to)) = span(&self.claim.period).or_else(|| {
            (figure.quantity == Quantity::Count && self.claim.period.is_none())
                .then(|| self.sentence_claims().find_map(|c| span(&c.period)))
                .flatten()
        }) && figure.quantity != Quantity::Change
            && fit::data_years(figure).is_some_and(|(a, b)| (a, b) != (from, to))
        {
            return Some(format!(
                "the sentence speaks of {from} to {to}, and the figure {}",
                fit::period_words(figure)
            ));
        }
        // `Between April and June, 2,320 potential victims were referred`: a count for part of
        // a year is no year's count, nor a conflict with one.
        if figure.quantity == Quantity::Count
            && fit::timing(figure) != Some(Timing::Stock)
            && let Some(part) = part_of_year(self.lower_sentence())
        {
            return Some(format!(
                "the sentence counts {part} only, and the figure counts {}",
                fit::period_words(figure)
            ));
        }
        if figure.quantity == Quantity::Count && self.part_share_after() {
            return Some(
                "the count is given with its share of a whole, so it counts a part".into(),
            );
        }
        // The size of a report's sample (`court cases analysed for the report`) is rarely what
        // a sentence's `2,189 cases` counts: it may agree, but never conflict.
        if fit::facts(figure).court_sample {
            return Some("the figure is the size of the report's sample of court cases".into());
        }
        // `Trafficking spans 128 countries`: how many countries a report's data come from is
        // what a count of countries is only when the sentence speaks of the report or its data.
        if figure.metric.contains("the report covers") && !self.speaks_of_data() {
            return Some(
                "the figure counts the countries a report's data come from, and the sentence does not speak of a report or its data"
                    .into(),
            );
        }
        // `published = "2017"` (or `"2023-01"`): on a check date in 2017 (in January 2023) the
        // report may not have been out yet.
        if figure.published.len() < 10 && !self.out(f) {
            let unit = if figure.published.len() == 4 {
                "year"
            } else {
                "month"
            };
            return Some(format!(
                "the table gives only the {unit} the figure was published ({}), so it may not have been out by {}",
                figure.published, self.as_of.date
            ));
        }
        if self.ratio_after() {
            return Some("the number is one side of a ratio (`N for every …`), not a count".into());
        }
        // `fell from 16% to 9.6%`: the level a change started from, in a year the sentence
        // does not give as the figure's.
        if fit::period(self.claim, figure) != Fit::Match && self.former_from() {
            return Some("the number is the level a change started from, not the level now".into());
        }
        if figure.quantity == Quantity::Share
            && (self.of_those_before()
                // `…; 80% of these victims were women`: of a group counted before it.
                || self.of_pronoun_after(&["these", "them"])
                || (self.of_the_bare_group() && self.claim.attribution.is_none()))
        {
            return Some("the share is of a group named in another sentence".into());
        }
        // `people living in forced labour and trapped in forced marriages has increased by 10
        // million`: both forms of modern slavery together, where the figure counts one.
        if self.both_forms_beyond(figure) {
            return Some(
                "the sentence counts forced labour and forced marriage together, and the figure one of them".into(),
            );
        }
        // `79% of trafficking victims … are women and children`: a share of two groups
        // together, where the figure's is of one of them.
        if figure.quantity == Quantity::Share && self.groups_beyond(figure) {
            return Some(
                "the share is of two groups together, and the figure's is of one of them".into(),
            );
        }
        // `… working children; of which 80 percent are in child labour`.
        if figure.quantity == Quantity::Share && self.of_relative_before() {
            return Some(
                "the share is of the group named just before it (`of which`, `of whom`)".into(),
            );
        }
        if figure.quantity == Quantity::Share && self.of_trafficked_for_other_purpose(f) {
            return Some(
                "the share is of victims trafficked for one purpose; the figure's is of all victims"
                    .into(),
            );
        }
        // `4.5 million workers … across the country`: one country's number, the country named
        // in another sentence.
        if figure.scope == "global" && self.claim.scope.is_none() && {
            // One pass over the sentence for all the phrases (it is lower-cased, so the
            // set's any ASCII case is its own case).
            static ONE: super::phrases::PhraseSet = super::phrases::PhraseSet::new(ONE_COUNTRY);
            ONE.in_text(self.lower_sentence())
        } {
            return Some("the sentence speaks of one country, which it does not name".into());
        }
        // `Ohio: The state saw a 30% rise in victims identified`: an item labelled with a place
        // that it goes on to speak of.
        if figure.scope == "global"
            && self.claim.scope.is_none()
            && let Some(place) = place_label(self.sentence)
        {
            return Some(format!("the sentence speaks of {place}, which labels it"));
        }
        // `the South-East has the highest prevalence, at 49.9 per cent` in a story whose
        // headline and first paragraphs name Nigeria and never the world.
        if let Some(home) = self.story_elsewhere(figure) {
            return Some(format!(
                "the article is about {home}, and the sentence names neither the world nor the figure's source"
            ));
        }
        if figure.scope == "global" && self.paragraph_elsewhere() {
            return Some(
                "the paragraph is about one country or region, or cites its body, and the sentence names no global source"
                    .into(),
            );
        }
        let s = self.ev.of(f)?;
        let claim = self.claim;
        if figure.quantity == Quantity::Money && self.other_trade() {
            return Some("the amount is of another illegal trade (drugs, arms)".into());
        }
        // `Tier 3`: the word before the number is what it ranks; `generates $150 billion`,
        // `a $150 billion industry`: what an amount counts is what is earned.
        let tied = s.subject >= Bind::Subject
            || self.tier()
            || (figure.quantity == Quantity::Money && self.earned())
            || (figure.quantity == Quantity::Money && self.ev.named(f) && self.valued_at())
            || self.population_follows(f)
            || self.part_follows(f);
        if !tied {
            return Some("the sentence does not tie the number to what the figure counts".into());
        }
        // `40.3 million slaves …; 25% are children and 75% are women and girls`: a share of a
        // total the sentence states exactly is of that total's population.
        let anchored = || self.anchored(f, &self.anchors());
        if (s.population < Bind::Sentence || (!s.specific && !self.ev.on_topic)) && !anchored() {
            return Some("the sentence does not name the population the figure counts".into());
        }
        // (`Child labour has fallen to 138 million, a decline of 12 million since 2020`: the fall
        // of the population the level's clause names.)
        if s.population < Bind::Focus
            && claim.focus != claim.sentence
            && !anchored()
            && !self.fall_beside_level()
        {
            return Some(
                "the population the figure counts is named in another part of the sentence".into(),
            );
        }
        if claim.local {
            return Some(
                "the number seems to be about one event, not a national or global statistic".into(),
            );
        }
        if claim.hypothetical {
            return Some("the sentence states a projection, target or condition".into());
        }
        match claim.scope.as_deref() {
            Some(place) if fit::scope(claim, figure) != Fit::Match => {
                return Some(format!("the table has no such figure for {place}"));
            }
            None if figure.scope != "global" => {
                return Some(format!(
                    "the figure is for {}, and the sentence does not say where",
                    figure.scope
                ));
            }
            _ => {}
        }
        if fit::period(claim, figure) == Fit::Mismatch {
            let p = claim.period.as_ref().map_or("", |p| p.text.as_str());
            return Some(format!("the table has no such figure for {p}"));
        }
        if let Some(why) = self.other_years(f) {
            return Some(why);
        }
        if self.edition_fit(f) == Fit::Mismatch {
            return Some(format!(
                "the sentence cites the {} edition, which the table does not hold",
                claim.edition.unwrap_or_default()
            ));
        }
        // `In the past five years, 89 million people went through modern slavery`: everyone
        // over a span of years, where the figure counts those in it on any given day.
        if self.reading.quantity == Quantity::Count
            && claim
                .period
                .as_ref()
                .is_some_and(|p| p.from.is_none() && p.text.starts_with("past "))
            && fit::timing(figure) == Some(Timing::Stock)
            && self.said_direction().is_none()
        {
            return Some(
                "the sentence counts everyone over a span of years; the figure is a count on any given day"
                    .into(),
            );
        }
        // `Since 2003, UNODC has collected data on about 225,000 detected victims`: everyone
        // since a year long before the figure's, where the figure counts one year's.
        if self.reading.quantity == Quantity::Count
            && let Some(Period {
                from: Some(from),
                to: None,
                ..
            }) = claim.period.as_ref()
            && fit::timing(figure) == Some(Timing::PerYear)
            && fit::data_years(figure).is_some_and(|(first, _)| from + 1 < first)
            && claim.change_verb.is_none()
            && self.said_direction().is_none()
        {
            return Some(format!(
                "the sentence counts everyone since {from}; the figure counts one year's"
            ));
        }
        // `International migrant workers in forced labour are estimated to generate $49.5
        // billion`: the money one group of victims brings in, where the figure's is all of it.
        if figure.quantity == Quantity::Money
            && let Some((stem, group)) = self.group_before()
            && !self.lower_metric(f).contains(stem)
        {
            return Some(format!(
                "the amount is what {group} bring in; the figure's is from everyone it counts"
            ));
        }
        // `sexual exploitation …, accounting for some $172.6 billion`: the part one kind takes
        // of a whole, not the whole the figure gives.
        if figure.quantity == Quantity::Money && self.accounted_for() {
            return Some(
                "the amount is the part of a whole that the sentence's subject accounts for".into(),
            );
        }
        if claim.per_year && fit::timing(figure) == Some(Timing::Stock) {
            return Some(
                "the sentence gives a number per year; the figure is a count on any given day"
                    .into(),
            );
        }
        if fit::basis(figure) != Some(Basis::Detected) && claim.framing == Framing::Detected {
            return Some(
                "the sentence counts detected victims; the figure is an estimate of all".into(),
            );
        }
        // `… all detected victims of trafficking in 2016. Females make up 94% of the total
        // victims trafficked for sexual exploitation`: the paragraph's victims are detected ones.
        if fit::basis(figure) != Some(Basis::Detected)
            && claim.framing != Framing::Detected
            && self.detected_before()
        {
            return Some(
                "the paragraph speaks of detected victims; the figure is an estimate of all".into(),
            );
        }
        // `children aged five to 11 …, who now account for just over half`: a share of one age
        // group, where the figure's share is of every age it covers.
        if !self.same_ages(f)
            || (figure.quantity == Quantity::Share
                && self.claim.ages.is_some()
                && self.fact(f).ages.is_none())
        {
            return Some("the sentence gives other ages than the figure's".into());
        }
        if fit::basis(figure) == Some(Basis::Detected)
            && claim.framing == Framing::Prevalence
            && figure.quantity != Quantity::Share
        {
            return Some(
                "the figure counts detected victims; the sentence may mean an estimate".into(),
            );
        }
        if claim.period.is_none()
            && claim.edition.is_none()
            && let Some((_, last)) = fit::data_years(figure)
            && self.as_of.date.year - last >= STALE_YEARS
        {
            return Some(format!(
                "the figure's data are from {}, too old to contradict a sentence that gives no year",
                figure.period
            ));
        }
        // A rank is given anew every year: a year on, the table's may no longer be the newest.
        if figure.quantity == Quantity::Rank
            && fit::period(claim, figure) != Fit::Match
            && self
                .fact(f)
                .latest
                .is_some_and(|d| day_number(self.as_of.date) - day_number(d) > 365)
        {
            return Some(format!(
                "the figure is the {} ranking, and the ranking is made anew every year",
                figure.period
            ));
        }
        if fit::period(claim, figure) != Fit::Match
            && let Some(newer) = self.newer_edition_without(f)
        {
            return Some(format!(
                "the figure is from {}, and the table's newer {} does not give this measure",
                figure.source.title, newer.source.title
            ));
        }
        // `Approximately 60% Of Children On Lake Volta Are Child Labourers`: a lake, valley,
        // district or region the sentence names by its name is a place the table may not know,
        // and a figure for the world says nothing of it. (Asked last: it reads every word of the
        // sentence.)
        if figure.scope == "global"
            && self.claim.scope.is_none()
            && let Some(place) = named_feature(self.sentence)
        {
            return Some(format!(
                "the sentence names {place}, and the figure is for the world"
            ));
        }
        None
    }

    /// True when the sentence names no place and credits no source, and its paragraph is about
    /// one country or region (a claim before it there names one) or cites a country's body.
    pub(super) fn paragraph_elsewhere(&self) -> bool {
        if self.claim.scope.is_some() || self.claim.attribution.is_some() {
            return false;
        }
        let paragraph = self.places.paragraph(self.text, self.claim.sentence.start);
        if self.under_worldwide_lead_in(&paragraph) {
            return false;
        }
        // Under a heading that names the world, only the text below the heading counts.
        self.elsewhere_from(paragraph.clone())
            && self
                .world_heading_end()
                .is_none_or(|end| self.elsewhere_from(paragraph.start.max(end)..paragraph.end))
    }

    /// [`Self::paragraph_elsewhere`] of the paragraph `paragraph`: a claim before the sentence
    /// there names a place, or it cites a country's body.
    fn elsewhere_from(&self, paragraph: std::ops::Range<usize>) -> bool {
        let placed_before = self
            .claims_from(paragraph.start)
            .iter()
            .take_while(|c| c.mention.start < self.claim.sentence.start)
            .any(|c| c.scope.as_deref().is_some_and(|s| s != "global"));
        let own = self.text.get(paragraph.clone()).unwrap_or_default();
        placed_before
            || nonclaim::names_national_body(own)
            // (This paragraph's own words first, as written: few credit `the report`.)
            || (cites_the_report(own)
                && crate::claim::sentence_before(self.text, paragraph.start)
                    .map(|before| crate::claim::block(self.text, before.start))
                    .and_then(|before| self.text.get(before))
                    .is_some_and(nonclaim::names_national_body))
    }

    /// Where a short heading line above the sentence ends (see [`crate::claim::heading_above`]),
    /// when it names the world and no place (`The global situation`, `Worldwide`, `Around the
    /// world`): the paragraph under it is the world's, whatever the text above the heading is
    /// about.
    pub(super) fn world_heading_end(&self) -> Option<usize> {
        *self.world_heading.get_or_init(|| {
            let heading = crate::claim::heading_above(self.text, self.claim.sentence.start)?;
            names_world_alone(self.text.get(heading.clone())?).then_some(heading.end)
        })
    }

    /// True when the sentence is a list item under a lead-in line ending with a colon that names
    /// the world or a worldwide source and no place or national body (`The Global Estimates of
    /// Modern Slavery found that in 2016:` above `- 14.4 million are in forced marriage`): the
    /// item is the world's, whatever another item names.
    fn under_worldwide_lead_in(&self, paragraph: &std::ops::Range<usize>) -> bool {
        let start = self.claim.sentence.start;
        let Some(own) = self.text.get(paragraph.start..start.max(paragraph.start)) else {
            return false;
        };
        // The lead-in: the paragraph up to its first line ending with a colon, before the
        // sentence's own line.
        let Some(colon) = own.find(":\n").or_else(|| own.find(":\r\n")) else {
            return false;
        };
        let lead = own.get(..=colon).unwrap_or_default();
        let line_start = self
            .text
            .get(..start)
            .and_then(|t| t.rfind('\n'))
            .map_or(0, |i| i + 1);
        let line_end = self
            .text
            .get(start..)
            .and_then(|t| t.find('\n'))
            .map_or(self.text.len(), |i| start + i);
        let item = self.text.get(line_start..line_end).unwrap_or_default();
        if !crate::claim::is_list(item) || nonclaim::names_national_body(lead) {
            return false;
        }
        let lower = lead.to_lowercase();
        let worldwide = [
            "global estimates",
            "international labour organi",
            "globally",
            "worldwide",
            "world-wide",
        ]
        .iter()
        .any(|w| lower.contains(w))
            || lower
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == "ilo");
        match crate::claim::place_named(lead).as_deref() {
            Some("global") => true,
            Some(_) => false,
            None => worldwide,
        }
    }

    /// True when figure `f` counts the countries UNODC's report covers, the sentence credits no
    /// source, and the sentence or the paragraph before it names the report of another body
    /// (the US State Department's Trafficking in Persons Report) and not UNODC's Global Report:
    /// the number is that report's count.
    pub(super) fn other_reports_coverage(&self, f: usize) -> bool {
        // (Asked of every figure a claim's evidence supports: the metric is read once per
        // figure.)
        let figure = self.figure(f);
        fit::covers_countries(figure)
            && self.claim.attribution.is_none()
            && *self.other_report.get_or_init(|| {
                let paragraph = self.places.paragraph(self.text, self.claim.sentence.start);
                let before = self
                    .text
                    .get(paragraph.start.min(self.claim.sentence.start)..self.claim.sentence.end)
                    .unwrap_or_default()
                    .to_lowercase();
                let other = [
                    "trafficking in persons report",
                    "tip report",
                    "state department",
                ]
                .iter()
                .any(|w| before.contains(w));
                let own = ["global report", "unodc", "un office on drugs"]
                    .iter()
                    .any(|w| before.contains(w));
                other && !own
            })
    }

    /// True when the sentence speaks of a report, a study or their data (`the report covers
    /// 156 countries`, `data from 141 countries`).
    pub(super) fn speaks_of_data(&self) -> bool {
        // Words, not parts of words: `incidents reported` speaks of no report.
        self.lower_sentence()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| {
                matches!(
                    w,
                    "report"
                        | "reports"
                        | "data"
                        | "dataset"
                        | "database"
                        | "study"
                        | "survey"
                        | "statistics"
                        | "covers"
                        | "covering"
                        | "covered"
                        | "compiled"
                        | "compiling"
                ) || w.starts_with("analys")
                    || w.starts_with("analyz")
            })
    }

    /// Whether the words next to the number speak of a rise (+1) or a fall (-1): the nearest of
    /// the four words before it (`a decrease of over 22 million`), else of the three after it
    /// (`22 million fewer`).
    pub(super) fn said_direction(&self) -> Option<i8> {
        // Only the few words next to the number are read, and lower-cased.
        fn to_words(text: &str) -> impl DoubleEndedIterator<Item = &str> {
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
        }
        let number = self.in_sentence(&(self.claim.mention.start..self.claim.mention.end));
        let before = to_words(self.sentence.get(..number.start).unwrap_or_default());
        let after = to_words(self.sentence.get(number.end..).unwrap_or_default());
        let sign = |w: &str| {
            // Most words are settled by their length and first letter, without lower-casing.
            if !may_be_change_word(w) {
                return None;
            }
            let w = lower(w);
            if RISE_WORDS.contains(&&*w) {
                Some(1)
            } else if FALL_WORDS.contains(&&*w) {
                Some(-1)
            } else {
                None
            }
        };
        before
            .rev()
            .take(4)
            .find_map(sign)
            .or_else(|| after.take(3).find_map(sign))
            // `a fall in child trafficking of 31%`: the noun of change further back.
            .or(self.claim.change_verb)
    }

    /// True when `account for` stands right before the number, past hedges (`accounting for
    /// some $172.6 billion`, `accounts for about`).
    pub(super) fn accounted_for(&self) -> bool {
        let mut before = self
            .words_before()
            .rev()
            .map(lower)
            .skip_while(|w| ACCOUNT_HEDGES.contains(&&**w));
        before.next().as_deref() == Some("for")
            && before
                .next()
                .is_some_and(|w| matches!(&*w, "account" | "accounts" | "accounted" | "accounting"))
    }

    /// True when an amount is what is earned: an earning verb before it (`generating an
    /// estimated $32 billion`, `traffickers profit $236 billion`) or a trade after it (`a $32
    /// billion per year business`), past hedges and `a year`.
    pub(super) fn earned(&self) -> bool {
        const EARN: &[&str] = &[
            "generate",
            "generates",
            "generated",
            "generating",
            "earn",
            "earns",
            "earned",
            "earning",
            "make",
            "makes",
            "made",
            "making",
            "gross",
            "grosses",
            "grossed",
            "grossing",
            "reap",
            "reaps",
            "reaped",
            "reaping",
            "rakes",
            "raked",
            "raking",
            "profit",
            "worth",
            "yields",
            "yielding",
            "income",
            "revenue",
            "revenues",
            "pocket",
            "pockets",
            "pocketed",
            "pocketing",
        ];
        const TRADE: &[&str] = &[
            "industry",
            "business",
            "trade",
            "enterprise",
            "profit",
            "profits",
        ];
        // Words that may stand between the verb or the trade and the amount.
        const GAP: &[&str] = &[
            "a",
            "an",
            "in",
            "of",
            "estimated",
            "estimate",
            "roughly",
            "about",
            "around",
            "over",
            "more",
            "than",
            "nearly",
            "almost",
            "some",
            "approximately",
            "up",
            "to",
            "least",
            "at",
            "us",
            "usd",
            "per",
            "year",
            "total",
            "annually",
            "yearly",
            "annual",
            "each",
            "every",
            "dollar",
            "dollars",
            "worldwide",
            "global",
            "globally",
            "illegal",
            "illicit",
            "criminal",
            "criminals",
            "their",
            "handlers",
            "them",
            "traffickers",
        ];
        let before = self.words_before().rev().take(6).map(lower);
        fn found<'w>(
            mut words: impl Iterator<Item = std::borrow::Cow<'w, str>>,
            wanted: &[&str],
        ) -> bool {
            words
                .find(|w| !GAP.contains(&&**w))
                .is_some_and(|w| wanted.contains(&&*w))
        }
        found(before, EARN) || found(self.words_after().take(6).map(lower), TRADE)
    }

    /// True when `valued at` stands right before the amount, past hedges (`products valued at
    /// an estimated $468 billion`): the amount is the value of the goods named before it.
    fn valued_at(&self) -> bool {
        let mut before = self
            .words_before()
            .rev()
            .map(lower)
            .filter(|w| !ACCOUNT_HEDGES.contains(&&**w));
        before.next().is_some_and(|w| w == "at")
            && before
                .next()
                .is_some_and(|w| matches!(&*w, "valued" | "priced"))
    }

    /// True when the sentence before the claim's, in its paragraph, speaks of detected victims
    /// and the claim's own sentence says nothing of an estimate.
    fn detected_before(&self) -> bool {
        let paragraph = self.places.paragraph(self.text, self.claim.sentence.start);
        crate::claim::sentence_before(self.text, self.claim.sentence.start)
            .filter(|before| before.start >= paragraph.start)
            .and_then(|before| self.text.get(before))
            .is_some_and(|last| last.to_ascii_lowercase().contains("detected"))
            && !self.lower_sentence().contains("estimat")
    }

    /// The group a share is taken of, when the words after it name one (`71% of child
    /// trafficking victims`: `child`).
    pub(super) fn share_base_group(&self) -> Option<&'static str> {
        let mut words = self.words_after().map(lower);
        if words.next().as_deref() != Some("of") {
            return self.share_of_group_before();
        }
        let first = words.find(|w| {
            !matches!(
                &**w,
                "all" | "the" | "detected" | "those" | "total" | "number" | "of" | "global"
            )
        })?;
        evidence::GROUPS.iter().copied().find(|g| *g == first)
    }

    /// True when the sentence names forced labour and forced marriage joined by `and` or `or`,
    /// both on one side of the number and no other number between them (`people living in forced
    /// labour and trapped in forced marriages has increased by 10 million`), and `figure` counts
    /// only one of the two.
    fn both_forms_beyond(&self, figure: &Figure) -> bool {
        // Most sentences name no marriage: settled before the figure's terms are read or the
        // sentence lower-cased.
        if !(self.sentence.contains("arriage") || self.sentence.contains("ARRIAGE")) {
            return false;
        }
        let has = |part: &str| figure.population.iter().any(|t| t.contains(part));
        if has("labo") == has("marriage") {
            return false;
        }
        let lower = self.lower_sentence();
        let (Some(labour), Some(marriage)) =
            (lower.find("forced labo"), lower.find("forced marriage"))
        else {
            return false;
        };
        let (a, b) = (labour.min(marriage), labour.max(marriage));
        let number = self.in_sentence(&(self.claim.mention.start..self.claim.mention.end));
        let between = lower.get(a..b).unwrap_or_default();
        (b < number.start || a > number.end)
            && between.len() <= 40
            && (between.contains(" and ") || between.contains(" or "))
            && !between.contains(|c: char| c.is_ascii_digit())
    }

    /// True when the claim's subject joins groups of people (`women and children`) and one of
    /// them is in none of `figure`'s subject terms (children's share alone).
    fn groups_beyond(&self, figure: &Figure) -> bool {
        const GROUPS: &[&str] = &["women", "girls", "men", "boys", "children", "adults"];
        let Some(subject) = self
            .claim
            .subject
            .as_deref()
            .filter(|s| super::joins_two(s))
        else {
            return false;
        };
        let named: Vec<&str> = subject
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| GROUPS.iter().any(|g| w.eq_ignore_ascii_case(g)))
            .collect();
        named.len() >= 2
            && named.iter().any(|g| {
                !figure
                    .subject
                    .iter()
                    .any(|t| t.split(' ').any(|w| w.eq_ignore_ascii_case(g)))
            })
    }

    /// The one group of people (`women`) the subject of a change names when `figure`, a change,
    /// names none (`convictions for women trafficking offenses fell by 27pc` for the fall in all
    /// trafficking convictions): the sentence gives the change for a narrower group.
    pub(super) fn narrower_group_of_change(&self, figure: &Figure) -> Option<&'static str> {
        let names_group = |text: &str| {
            text.split(|c: char| !c.is_alphanumeric())
                .any(|w| evidence::GROUPS.iter().any(|g| w.eq_ignore_ascii_case(g)))
        };
        if figure.quantity != Quantity::Change
            || names_group(&figure.metric)
            || figure.subject.iter().any(|t| names_group(t))
        {
            return None;
        }
        let groups_in = |text: &str| -> Vec<&'static str> {
            text.split(|c: char| !c.is_alphanumeric())
                .filter_map(|w| {
                    let w = lower(w);
                    evidence::GROUPS.iter().copied().find(|g| one(g) == one(&w))
                })
                .collect()
        };
        let group = *groups_in(self.claim.subject.as_deref()?).first()?;
        // (`men, women and children`, `women and girls`: two groups or more, in the subject or
        // before the number, are left alone.)
        let number = self.in_sentence(&(self.claim.mention.start..self.claim.mention.end));
        let before = self.sentence.get(..number.start)?;
        groups_in(before)
            .iter()
            .all(|g| one(g) == one(group))
            .then_some(group)
    }

    /// The group the share is taken of when `figure`, a share, is of a whole that group is no
    /// part of the name of (`71% of child victims`, `Among child referrals, 20 per cent were
    /// girls`, for girls' share of all detected victims).
    pub(super) fn narrower_share_base(&self, figure: &Figure) -> Option<&'static str> {
        if figure.quantity != Quantity::Share {
            return None;
        }
        let group = self.share_base_group().or_else(|| self.among_group())?;
        let whole = figure.metric.split_once("share of")?.1;
        (!whole.split(' ').any(|w| one(w) == one(group))).then_some(group)
    }

    /// The group a share figure is taken of (`share of detected girl victims …`: `girl`) and
    /// the victims the sentence takes its share of instead, when it names that group only as
    /// the part (`74% of sex trafficking victims are girls`).
    fn inverse_share(&self, figure: &Figure) -> Option<(&'static str, String)> {
        if figure.quantity != Quantity::Share {
            return None;
        }
        let whole = figure.metric.strip_prefix("share of ")?;
        let whole = whole.strip_prefix("detected ").unwrap_or(whole);
        let mut figure_words = whole.split(' ');
        let first = figure_words.next()?;
        if figure_words.next() != Some("victims") {
            return None;
        }
        let group = evidence::GROUPS.iter().copied().find(|g| *g == first)?;
        let base = self.whole_after_of(
            &[],
            &[
                "are", "were", "is", "was", "make", "made", "who", "that", "in",
            ],
            5,
        )?;
        if !base.iter().any(|w| w == "victims") || base.iter().any(|w| one(w) == one(group)) {
            return None;
        }
        let subject = lower(self.claim.subject.as_deref()?);
        subject
            .split(' ')
            .any(|w| one(w) == one(group))
            .then(|| (group, base.join(" ")))
    }

    /// The nationality word (`British`, `Albanian`) that narrows what a share or count of
    /// `figure` is of: it opens the whole after `of` (`75% of British referrals`), the group
    /// the sentence opens with (`Among Albanian referrals, …`, `Of the British nationals
    /// referred, …`) or the subject (`British children made up 31%`). Not when the figure is a
    /// share or count by nationality itself, nor for the figure's own country's people unless
    /// it counts victims or referrals, who come from many.
    fn one_nationality(&self, f: usize) -> Option<&str> {
        let figure = self.figure(f);
        if !matches!(figure.quantity, Quantity::Share | Quantity::Count) {
            return None;
        }
        let metric = self.lower_metric(f);
        // (`UK nationals as a share of …`; not `the National Referral Mechanism`.)
        if ["nationals", "nationality", "citizen"]
            .iter()
            .any(|w| metric.contains(w))
        {
            return None;
        }
        let word = self
            .nationality
            .get_or_init(|| self.nationality_word().map(str::to_string))
            .as_deref()?;
        let country = crate::claim::nationality(word)?;
        let own = country == figure.scope;
        (!own || metric.contains("referr") || metric.contains("victim")).then_some(word)
    }

    /// The first capitalised nationality word of the whole after `of`, of an opening `Among …`
    /// or `Of …` before the number, or just before or at the start of the claim's subject.
    fn nationality_word(&self) -> Option<&'a str> {
        const SKIP: &[&str] = &["all", "the", "those", "detected", "total", "these"];
        fn first_kept<'w>(mut words: impl Iterator<Item = &'w str>) -> Option<&'w str> {
            words.find(|w| !SKIP.contains(&lower(w).as_ref()))
        }
        let is_nationality = |w: &&'a str| {
            w.chars().next().is_some_and(char::is_uppercase)
                && crate::claim::nationality(w).is_some()
        };
        let mut after = self.words_after();
        let whole = (after.next().is_some_and(|w| w.eq_ignore_ascii_case("of")))
            .then(|| first_kept(&mut after))
            .flatten();
        let number = self.in_sentence(&(self.claim.mention.start..self.claim.mention.end));
        let sentence: &'a str = self.sentence;
        let before = sentence.get(..number.start).unwrap_or_default();
        let opening = before.to_lowercase();
        let opener = opening
            .rfind("among ")
            .map(|i| i + "among ".len())
            .or_else(|| opening.starts_with("of ").then_some(3))
            .and_then(|at| before.get(at..))
            .and_then(|rest| {
                first_kept(
                    rest.split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty()),
                )
            });
        let subject = self.claim.subject_span.as_ref().and_then(|span| {
            let start = span.start.checked_sub(self.claim.sentence.start)?;
            let end = span.end.checked_sub(self.claim.sentence.start)?;
            let last_before = sentence
                .get(..start)?
                .split(|c: char| !c.is_alphanumeric())
                .rfind(|w| !w.is_empty());
            let first_in = sentence
                .get(start..end)?
                .split(|c: char| !c.is_alphanumeric())
                .find(|w| !w.is_empty());
            [first_in, last_before]
                .into_iter()
                .flatten()
                .find(is_nationality)
        });
        [whole, opener]
            .into_iter()
            .flatten()
            .find(is_nationality)
            .or(subject)
    }

    /// The group the sentence opens by taking its shares among (`Among child referrals, 79 per
    /// cent were boys`, `Of the child victims, 20 per cent …`).
    fn among_group(&self) -> Option<&'static str> {
        self.group_named_before(
            |before| {
                before
                    .rfind("among ")
                    .map(|i| i + "among ".len())
                    .or_else(|| before.starts_with("of ").then_some(3))
            },
            &["all", "the", "those", "detected", "these"],
        )
    }

    /// The group a `share of` (or `proportion`, `percentage of`) before the number is taken of
    /// (`the share of young girls in child labour slipped to 7.8 percent`: `girls`).
    fn share_of_group_before(&self) -> Option<&'static str> {
        self.group_named_before(
            |before| {
                ["share of ", "proportion of ", "percentage of "]
                    .iter()
                    .filter_map(|m| before.rfind(m).map(|i| i + m.len()))
                    .max()
            },
            &["all", "the", "young", "detected", "those"],
        )
    }

    /// The group of [`evidence::GROUPS`] named by the first word, not in `skip`, from where
    /// `find` points in the lower-cased sentence before the number.
    fn group_named_before(
        &self,
        find: impl Fn(&str) -> Option<usize>,
        skip: &[&str],
    ) -> Option<&'static str> {
        let number = self.in_sentence(&(self.claim.mention.start..self.claim.mention.end));
        let before = self.sentence.get(..number.start)?.to_lowercase();
        let at = find(&before)?;
        let first = before
            .get(at..)?
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .find(|w| !skip.contains(w))?;
        evidence::GROUPS.iter().copied().find(|g| *g == first)
    }

    /// Why a count or an amount cannot be a misquote of figure `f`: it is under a tenth or over
    /// ten times the figure (`15,000 people … in those services` against 40.3 million), so it
    /// counts something narrower or broader.
    pub(super) fn other_size(&self, f: usize) -> Option<String> {
        let figure = self.figure(f);
        if !matches!(figure.quantity, Quantity::Count | Quantity::Money) {
            return None;
        }
        let expected = figure.central().filter(|v| *v > 0.0)?;
        let ratio = self.reading.value / expected;
        if ratio <= 0.0 || SAME_SIZE.contains(&ratio) {
            return None;
        }
        // `G20 nations import $468 million of at-risk products` for US$468 billion: the
        // figure's digits with a slipped scale word are the figure misquoted (see
        // [`Checker::scale_slip`]).
        if self.scale_slip(f).is_some() {
            return None;
        }
        // `nine billion euros per victim` for about US$10,000: an amount per victim, tied to
        // the figure's own unit by the words beside the number, is that figure misquoted.
        if figure.quantity == Quantity::Money
            && self.ev.subjects.iter().any(|t| {
                t.bind >= Bind::Focus
                    && t.owners.contains(&f)
                    && (t.term.starts_with("per ") || t.term.starts_with("each "))
            })
        {
            return None;
        }
        Some(format!(
            "the number is {} the figure, so it seems to count something {}",
            if ratio < 1.0 {
                "under a tenth of"
            } else {
                "over ten times"
            },
            if ratio < 1.0 { "narrower" } else { "broader" }
        ))
    }

    /// The factor (1,000 or a thousandth) by which the number's scale word slipped, when the
    /// number so scaled is figure `f`'s value (`$468 million` for US$468 billion): the same
    /// quantity and unit, a scale word written with two significant digits or more, and the
    /// sentence names the figure's measure firmly (one of its own subject words in the number's
    /// clause and a specific word of its population).
    pub(super) fn scale_slip(&self, f: usize) -> Option<f64> {
        let figure = self.figure(f);
        let written = self.quoted.0;
        if !matches!(figure.quantity, Quantity::Count | Quantity::Money)
            || self.reading.quantity != figure.quantity
            || !self.same_unit(f)
            || written_scale(written).is_none()
            || super::significant_digits(written) < 2
        {
            return None;
        }
        let support = self.ev.of(f)?;
        if !(self.ev.named(f) && support.specific && support.population >= Bind::Sentence) {
            return None;
        }
        [1e3, 1e-3].into_iter().find(|&factor| {
            let scaled = Reading {
                quantity: self.reading.quantity,
                value: self.reading.value * factor,
                low: self.reading.low * factor,
                high: self.reading.high * factor,
            };
            scaled.meets(self.bounds(f)) && bounds::tight(&scaled, figure)
        })
    }

    /// True when a share under a whole follows the number in brackets in its clause
    /// (`11.4 million trafficked victims (55%)`), or opens an aside after it that says what it
    /// is a share of (`86.6 million child labourers — almost two-thirds of all child labourers
    /// — are in …`): the count is of a part of a whole.
    pub(super) fn part_share_after(&self) -> bool {
        self.part_share_in_brackets() || self.part_share_aside()
    }

    /// `N … — almost two-thirds of all …`: a share of a whole opens an aside (after a dash, a
    /// bracket or a comma) within a few words after the number.
    pub(super) fn part_share_aside(&self) -> bool {
        let end = self.claim.mention.end;
        self.sentence_claims().any(|c| {
            let Some(gap) = self.text.get(end..c.mention.start) else {
                return false;
            };
            let after = self
                .text
                .get(c.mention.end..self.claim.sentence.end)
                .unwrap_or_default();
            c.mention.start >= end
                && gap.len() <= 60
                && gap.contains(['—', '–', '(', ','])
                && !gap.contains(['.', ';', ':'])
                && read(&c.mention).is_some_and(|r| r.quantity == Quantity::Share && r.high < 0.95)
                && after.trim_start().starts_with("of ")
        })
    }

    pub(super) fn part_share_in_brackets(&self) -> bool {
        let end = self
            .in_sentence(&(self.claim.mention.start..self.claim.mention.end))
            .end;
        let rest = self.sentence.get(end..).unwrap_or_default();
        let Some(open) = rest.find('(') else {
            return false;
        };
        let head = rest.get(..open).unwrap_or_default();
        if head.len() > 40 || head.contains([',', ';', ':', '.']) {
            return false;
        }
        let inside = rest.get(open + 1..).unwrap_or_default();
        let inside = inside
            .get(..inside.find(')').unwrap_or(0))
            .unwrap_or_default();
        let digits: String = inside
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let tail = inside.get(digits.len()..).unwrap_or_default().trim_start();
        let share =
            tail.starts_with('%') || tail.starts_with("per cent") || tail.starts_with("percent");
        share && digits.parse::<f64>().is_ok_and(|v| v > 0.0 && v < 95.0)
    }

    /// True when `for every` or `for each` follows the number in its clause (`four undetected
    /// victims for every victim detected`): the number is one side of a ratio.
    pub(super) fn ratio_after(&self) -> bool {
        let end = self
            .in_sentence(&(self.claim.mention.start..self.claim.mention.end))
            .end;
        let rest = self.sentence.get(end..).unwrap_or_default().as_bytes();
        // (The marks are ASCII: no byte of another character is one.)
        let clause = rest
            .iter()
            .position(|b| matches!(b, b',' | b';' | b':' | b'.' | b'('))
            .map_or(rest, |i| rest.get(..i).unwrap_or_default());
        // Compared in place, in any ASCII case, at each space before an `f` (fewer than spaces).
        memchr::memchr2_iter(b'f', b'F', clause).any(|f| {
            let after = f
                .checked_sub(1)
                .and_then(|at| clause.get(at..))
                .unwrap_or_default();
            [b" for every ".as_slice(), b" for each "].iter().any(|w| {
                after
                    .get(..w.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(w))
            })
        })
    }

    /// A group of people named before the number in its sentence (`migrant workers …
    /// generate`): the stem a figure's metric would hold, and the group's name.
    pub(super) fn group_before(&self) -> Option<(&'static str, &'static str)> {
        self.words_before().find_map(|w| {
            let w = lower(w);
            Some(match &*w {
                "migrant" | "migrants" => ("migrant", "migrants"),
                "women" => ("women", "women"),
                "children" | "child" => ("child", "children"),
                "girls" => ("girls", "girls"),
                "boys" => ("boys", "boys"),
                _ => return None,
            })
        })
    }

    /// The form of trafficking a share is taken of, when the words after it name one (`half of
    /// sex trafficking victims`: `sex`; `of all labor trafficking cases`: `labor`).
    pub(super) fn share_of_one_form(&self) -> Option<&'static str> {
        let mut words = self.words_after().map(lower);
        if words.next().as_deref() != Some("of") {
            return None;
        }
        let mut words = words.skip_while(|w| matches!(&**w, "the" | "all" | "detected"));
        let form = match words.next().as_deref() {
            Some("sex") => "sex",
            Some("labour") => "labour",
            Some("labor") => "labor",
            _ => return None,
        };
        (words.next().as_deref() == Some("trafficking")).then_some(form)
    }

    /// True when a share is of `the victims` with nothing that says which (`70 percent of the
    /// victims are minors`): the victims another sentence spoke of.
    pub(super) fn of_the_bare_group(&self) -> bool {
        let mut words = self.words_after().map(lower);
        words.next().as_deref() == Some("of")
            && words.next().as_deref() == Some("the")
            && words
                .next()
                .is_some_and(|w| matches!(&*w, "victims" | "children" | "survivors" | "people"))
            && words
                .next()
                .is_some_and(|w| matches!(&*w, "are" | "were" | "is" | "was"))
    }

    /// A word in the number's clause or subject naming a measure no share in the table is of
    /// (`school attendance`, `the largest sector`): the share is of that, not of people.
    /// The form of exploitation the claim's subject narrows its count to (`detected cases of
    /// trafficking for sexual exploitation`), if any.
    pub(super) fn one_form(&self) -> Option<&'static Form> {
        let subject = self.claim.subject.as_deref()?.to_lowercase();
        // `for {word}` anywhere in the subject: what follows each `for ` is compared, without
        // writing out `for {word}` for every word of every form.
        // (Found once, not once per word of every form: most subjects hold no `for `.)
        let after_for: Vec<&str> = subject
            .match_indices("for ")
            .map(|(at, _)| subject.get(at + 4..).unwrap_or_default())
            .collect();
        if after_for.is_empty() {
            return None;
        }
        FORMS.iter().find(|form| {
            form.words
                .iter()
                .any(|w| after_for.iter().any(|rest| rest.starts_with(w)))
        })
    }

    pub(super) fn other_measure(&self) -> Option<&'static str> {
        let subject = super::lower(self.claim.subject.as_deref().unwrap_or_default());
        // The first of the measures that some word is, found in one pass over the words.
        let mut first: Option<usize> = None;
        for w in self.focus_words().chain(
            subject
                .split(|c: char| !c.is_alphanumeric())
                .map(std::borrow::Cow::Borrowed),
        ) {
            if let Some(at) = OTHER_MEASURES.iter().position(|m| w == *m) {
                first = Some(first.map_or(at, |f| f.min(at)));
            }
        }
        first.and_then(|at| OTHER_MEASURES.get(at).copied())
    }
}

/// The states of the United States, which a label may name (`Ohio:`).
const US_STATES: &[&str] = &[
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
];

/// Short names of one country a label may give (`USA:`).
const COUNTRY_LABELS: &[&str] = &["USA", "US", "U.S.", "UK", "U.K."];

/// Words after a place label that speak of the place it names (`Ohio: The state saw …`).
const PLACE_BACK: &[&str] = &["the state ", "this state ", "the country ", "this country "];

/// The place a sentence opens with as a label (`Ohio : The state saw …`, `Nigeria: The country
/// …`): a US state, a country's short name or a place the claims stage knows, then a colon and
/// words that speak of it.
fn place_label(sentence: &str) -> Option<&str> {
    let (label, rest) = sentence.split_once(':')?;
    let label = label.trim();
    let known = US_STATES.contains(&label)
        || COUNTRY_LABELS.contains(&label)
        || (crate::claim::is_known_place(label) && !label.eq_ignore_ascii_case("global"));
    if !known {
        return None;
    }
    let rest = rest.trim_start().to_lowercase();
    PLACE_BACK
        .iter()
        .any(|p| rest.starts_with(p))
        .then_some(label)
}

/// Words that credit a report or its data, whose year a year in the sentence may be.
const CREDIT_WORDS: &[&str] = &[
    "report",
    "according",
    "publish",
    "release",
    "data",
    "figures",
    "study",
    "survey",
];

/// Words for one country that the sentence does not name (`across the country`).
pub(super) const ONE_COUNTRY: &[&str] = &[
    "the country",
    "this country",
    "our country",
    "nationwide",
    "the nation's",
    "across the nation",
];

/// A form of exploitation a count of victims may be narrowed to.
pub(super) struct Form {
    /// Its name in messages.
    name: &'static str,
    /// The words after `for` that name it.
    words: &'static [&'static str],
    /// A stem a figure's metric names it by.
    stem: &'static str,
}

/// The forms of exploitation a trafficking count may be narrowed to (`… for sexual exploitation`).
pub(super) const FORMS: &[Form] = &[
    Form {
        name: "sexual exploitation",
        words: &[
            "sexual exploitation",
            "sex",
            "prostitution",
            "commercial sex",
        ],
        stem: "sex",
    },
    Form {
        name: "forced labour",
        words: &[
            "forced labour",
            "forced labor",
            "labour exploitation",
            "labor exploitation",
            "labour",
            "labor",
        ],
        stem: "labo",
    },
    Form {
        name: "forced marriage",
        words: &["forced marriage", "marriage"],
        stem: "marriage",
    },
    Form {
        name: "begging",
        words: &["begging", "forced begging"],
        stem: "begging",
    },
    Form {
        name: "organ removal",
        words: &["organ removal", "the removal of organs", "organs"],
        stem: "organ",
    },
];

/// Measures a per-cent figure in a sentence on the topic can be of, which no share in the table
/// is: school attendance among working children, the sector with most child labour.
pub(super) const OTHER_MEASURES: &[&str] = &[
    "attendance",
    "attend",
    "enrolment",
    "enrollment",
    "literacy",
    "schooling",
    "sector",
    "agriculture",
    "households",
    "unemployment",
    "poverty",
    "depression",
    "referrals",
    "decisions",
];
impl Checker<'_> {
    /// True when the share's group, right after it, is of those trafficked for one purpose
    /// (`35 percent of those trafficked for forced labor are female`) that figure `f`'s metric
    /// does not name: a share of another base.
    fn of_trafficked_for_other_purpose(&self, f: usize) -> bool {
        let after = self.after_number();
        let head: String = after
            .chars()
            .take(60)
            .collect::<String>()
            .to_ascii_lowercase();
        let Some((_, purpose)) = head.split_once("trafficked for ") else {
            return false;
        };
        let metric = self.lower_metric(f);
        [
            ("forced lab", "forced lab"),
            ("sexual", "sexual"),
            ("labour", "labour"),
            ("labor", "labour"),
        ]
        .iter()
        .find(|(said, _)| purpose.starts_with(said))
        .is_some_and(|(_, named)| !metric.contains(named))
    }

    /// Figure `f`'s metric lower-cased, as the table keeps it (made here when it keeps none).
    pub(super) fn lower_metric(&self, f: usize) -> std::borrow::Cow<'_, str> {
        match kept::Kept::of(self.table).and_then(|k| k.lower_metric(self.table, f)) {
            Some(metric) => std::borrow::Cow::Borrowed(metric),
            None => std::borrow::Cow::Owned(self.figure(f).metric.to_lowercase()),
        }
    }

    /// The one place the document's opening names, when global figure `figure` is weighed
    /// against a sentence that names no place and does not credit the figure's source.
    pub(super) fn story_elsewhere(&self, figure: &Figure) -> Option<&'static str> {
        if figure.scope != "global"
            || self.claim.scope.is_some()
            || fit::attribution(self.claim, figure) == Fit::Match
        {
            return None;
        }
        // (`The global situation` above the sentence: the paragraph is the world's.)
        self.home_place()
            .filter(|_| self.world_heading_end().is_none())
    }

    /// The one place the document's opening names (see [`crate::claim::home_place`]).
    pub(super) fn home_place(&self) -> Option<&'static str> {
        *self
            .home?
            .get_or_init(|| crate::claim::home_place(self.text))
    }

    /// The figure's subject as the sentence names it only after words that leave it out
    /// (`forced labour in sectors other than commercial sexual exploitation`), if so.
    fn excluded_subject<'f>(&self, figure: &'f crate::table::Figure) -> Option<&'f str> {
        const LEAVING_OUT: [&str; 6] = [
            "other than ",
            "excluding ",
            "except ",
            "apart from ",
            "besides ",
            "outside of ",
        ];
        // The number's own clause: `while forced commercial sexual exploitation represents 23
        // percent` later in the sentence is another number's.
        let clause = self.text.get(self.claim.focus.clone())?;
        // The words in any ASCII case, found in one pass, settle most clauses; the few that
        // hold them are read for the words as written.
        static LEAVING: super::phrases::PhraseSet = super::phrases::PhraseSet::new(&[
            "other than",
            "excluding",
            "except",
            "apart from",
            "besides",
            "outside of",
        ]);
        if !LEAVING.in_text(clause) || !LEAVING_OUT.iter().any(|w| clause.contains(w.trim_end())) {
            return None;
        }
        let lower = clause.to_lowercase();
        let mut found = None;
        for term in &figure.subject {
            let mut at = 0;
            while let Some(k) = lower.get(at..).and_then(|t| t.find(term.as_str())) {
                let start = at + k;
                // `other than commercial sexual exploitation` also leaves out the `sexual
                // exploitation` inside it: up to two words may come between.
                let mut before = lower.get(..start).unwrap_or("");
                let mut left_out = false;
                for _ in 0..3 {
                    if LEAVING_OUT.iter().any(|w| before.ends_with(w)) {
                        left_out = true;
                        break;
                    }
                    let trimmed = before.trim_end();
                    before = trimmed
                        .rfind(' ')
                        .map_or("", |k| trimmed.get(..=k).unwrap_or(""));
                }
                if !left_out {
                    return None;
                }
                found.get_or_insert(term.as_str());
                at = start + term.len();
            }
        }
        found
    }
}

/// True when `heading` names the world (`global`, `worldwide`, `the world`) and no place:
/// not `World Day against Trafficking`, nor `Global trends in Asia`.
fn names_world_alone(heading: &str) -> bool {
    let lower = heading.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let world = words
        .iter()
        .any(|w| matches!(*w, "global" | "globally" | "worldwide" | "world-wide"))
        || words
            .windows(2)
            .any(|pair| matches!(pair, [before, "world"] if matches!(*before, "the" | "around" | "across")));
    world
        && crate::claim::place_named(heading)
            .as_deref()
            .is_none_or(|place| place == "global")
}

/// The singular of a group's word (`boys`: `boy`, `children`: `child`, `women`: `woman`).
fn one(word: &str) -> &str {
    match word {
        "children" => "child",
        "women" => "woman",
        "men" => "man",
        _ => word.strip_suffix('s').unwrap_or(word),
    }
}

/// Nouns of a place's kind that, capitalised next to a capitalised name, name one place
/// (`Lake Volta`, `Swat Valley`, `Volta Region`).
const FEATURES: &[&str] = &[
    "Lake",
    "River",
    "Valley",
    "Delta",
    "Basin",
    "Province",
    "District",
    "County",
    "Region",
    "Island",
    "Islands",
    "Coast",
    "Village",
    "Municipality",
    "Prefecture",
    "Governorate",
];

/// The first place `sentence` names by a capitalised noun of [`FEATURES`] next to a capitalised
/// name (`Lake Volta`, `the Volta Region`), if any.
fn named_feature(sentence: &str) -> Option<&str> {
    let capitalised = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && !FEATURES.contains(&w)
            && ![
                "The", "Of", "On", "In", "At", "And", "Are", "Is", "For", "To",
            ]
            .contains(&w)
    };
    // Each word with its offset in the sentence (a part of `split` points into it), read in
    // one pass with the word before.
    let offset = |w: &str| w.as_ptr() as usize - sentence.as_ptr() as usize;
    let mut words = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    let mut before: Option<&str> = None;
    while let Some(w) = words.next() {
        // Only a capitalised word of four letters or more can be a feature.
        if w.len() >= 4
            && w.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
            && FEATURES.contains(&w)
        {
            if let Some(next) = words.peek().filter(|n| capitalised(n)) {
                return sentence.get(offset(w)..offset(next) + next.len());
            }
            if let Some(prev) = before.filter(|b| capitalised(b)) {
                return sentence.get(offset(prev)..offset(w) + w.len());
            }
        }
        before = Some(w);
    }
    None
}

/// True when `paragraph` credits `the report` or `the data` without naming them (`…, the report
/// said.`, `According to the report, …`): the report the paragraph before named.
fn cites_the_report(paragraph: &str) -> bool {
    use std::sync::OnceLock;
    // Two searchers built once (most paragraphs hold neither phrase), then the phrases read
    // where one was found.
    static REPORT: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    static DATA: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let bytes = paragraph.as_bytes();
    let report = REPORT.get_or_init(|| memchr::memmem::Finder::new("the report"));
    let data = DATA.get_or_init(|| memchr::memmem::Finder::new("the data"));
    report.find_iter(bytes).any(|at| {
        let rest = bytes.get(at + "the report".len()..).unwrap_or_default();
        [" said", " says", " added"]
            .iter()
            .any(|w| rest.starts_with(w.as_bytes()))
            || bytes.get(..at).is_some_and(|head| head.ends_with(b"to "))
    }) || data.find_iter(bytes).any(|at| {
        let rest = bytes.get(at + "the data".len()..).unwrap_or_default();
        [" show", " said"]
            .iter()
            .any(|w| rest.starts_with(w.as_bytes()))
    })
}

/// Words that credit a number to a government's own estimate (lower case).
const GOVERNMENT_ESTIMATES: &[&str] = &[
    "the government estimated",
    "the government estimates",
    "government has estimated",
    "government estimated that",
    "government estimates that",
    "home office estimated",
    "home office estimates",
    "home office has estimated",
];

/// The scale word that ends a number as written (`$468 million`, `27.6bn`, `40k`), as a factor.
pub(super) fn written_scale(written: &str) -> Option<f64> {
    let word = written
        .rsplit(|ch: char| !ch.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    Some(match word.as_str() {
        "thousand" | "k" => 1e3,
        "million" | "m" | "mn" => 1e6,
        "billion" | "bn" => 1e9,
        "trillion" | "tn" => 1e12,
        _ => return None,
    })
}

/// The part of a year a lower-cased sentence gives (`between april and june`, `the first
/// quarter`, `the three months to`, `the first half`), in words for a message; `None` when it
/// names none (a span from January to December is a whole year).
fn part_of_year(sentence: &str) -> Option<&'static str> {
    const MONTHS: &[&str] = &crate::document::MONTHS;
    let words: Vec<&str> = sentence
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let month = |i: usize| {
        words
            .get(i)
            .and_then(|w| MONTHS.iter().position(|m| m == w))
    };
    words.iter().enumerate().find_map(|(i, &w)| {
        let next = words.get(i + 1).copied().unwrap_or("");
        let after = words.get(i + 2).copied().unwrap_or("");
        match w {
            // `between april and june`, `from april to june`
            "between" | "from"
                if matches!(after, "and" | "to")
                    && let (Some(a), Some(b)) = (month(i + 1), month(i + 3))
                    && (a, b) != (0, 11) =>
            {
                Some("a span of months")
            }
            "first" | "second" | "third" | "fourth" | "last" | "final"
                if next == "quarter" || (next == "half" && w != "last") =>
            {
                Some(if next == "quarter" {
                    "a quarter"
                } else {
                    "half a year"
                })
            }
            "q1" | "q2" | "q3" | "q4" => Some("a quarter"),
            "the" => {
                // `the three months to june`, `the first six months of`, `the past nine months`
                let k = if matches!(next, "first" | "past" | "last") {
                    i + 2
                } else {
                    i + 1
                };
                let n = words.get(k).copied().unwrap_or("");
                (matches!(n, "three" | "six" | "nine" | "3" | "6" | "9")
                    && words.get(k + 1) == Some(&"months"))
                .then_some("a few months")
            }
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_credits_the_report_by_its_words() {
        assert!(cites_the_report(
            "“6,533 victims were reported,” the report said."
        ));
        assert!(cites_the_report(
            "According to the report, 40% were children."
        ));
        assert!(cites_the_report("Arrests rose, the data show."));
        assert!(!cites_the_report("The report covers 141 countries."));
        assert!(!cites_the_report("Police said 12 were rescued."));
    }

    #[test]
    fn a_place_is_named_by_a_feature_next_to_a_name() {
        assert_eq!(
            named_feature("Approximately 60% Of Children On Lake Volta Are Child Labourers"),
            Some("Lake Volta")
        );
        assert_eq!(
            named_feature("in the Volta Region, 40%"),
            Some("Volta Region")
        );
        assert_eq!(named_feature("a lake district of farms"), None);
        assert_eq!(named_feature("On The Lake"), None);
    }

    #[test]
    fn parts_of_a_year() {
        for (text, part) in [
            (
                "between april and june, 2,320 were referred",
                Some("a span of months"),
            ),
            (
                "in the first quarter of 2023, 4,746 were referred",
                Some("a quarter"),
            ),
            (
                "in the three months to september, 4,800 were referred",
                Some("a few months"),
            ),
            (
                "over the first six months of the year",
                Some("a few months"),
            ),
            ("in the second half of 2022", Some("half a year")),
            ("between january and december, 16,938 were referred", None),
            ("a quarter of victims were children", None),
            ("he was sentenced to six months in jail", None),
            ("in 2022, 16,938 were referred", None),
        ] {
            assert_eq!(super::part_of_year(text), part, "{text}");
        }
    }
}
