//! Conflicts: the figure a claim's value differs from, and the finding that says so.

use super::{
    Basis, Bind, Checker, Figure, Finding, Fit, Quantity, Verdict, bounds, figure_bounds, fit,
    format, kept, value_of,
};

/// True when figure `part` counts a part of what figure `whole` counts, as the table tells:
/// the same report, place, quantity and population; `whole`'s subject words and more; and a
/// smaller value.
pub(super) fn part_of(part: &Figure, whole: &Figure) -> bool {
    // The cheap tests first: most pairs differ in quantity or the length of their subject
    // lists (a figure is never a part of itself).
    if part.quantity != whole.quantity || whole.subject.len() >= part.subject.len() {
        return false;
    }
    let smaller = match (part.central(), whole.central()) {
        (Some(a), Some(b)) => a < b,
        _ => false,
    };
    smaller
        && part.published == whole.published
        && part.scope == whole.scope
        && part.source.title == whole.source.title
        && part.population == whole.population
        && whole.subject.iter().all(|t| part.subject.contains(t))
}

impl<'a> Checker<'a> {
    /// True when figure `f` is a share of detected trafficking victims and neither the sentence
    /// nor its paragraph names trafficking.
    pub(super) fn untold_detected_share(&self, f: usize) -> bool {
        let figure = self.figure(f);
        fit::basis(figure) == Some(Basis::Detected)
            && figure.quantity == Quantity::Share
            && !self.lower_sentence().contains("traffick")
            && !self
                .text
                .get(crate::claim::block(self.text, self.claim.sentence.start))
                .is_some_and(|p| p.to_ascii_lowercase().contains("traffick"))
    }

    /// The figures of `pool` a differing value is weighed against: those whose population the
    /// number's own clause names, when some are (`… in modern slavery, including 7.2 million in
    /// forced labour` is not about modern slavery); and no figure for a part of another figure
    /// of the pool whose own words the sentence does not name (`… in the private economy`): an
    /// unqualified number is about the whole.
    pub(super) fn contested<'p>(&'p self, pool: &'p [usize]) -> impl Iterator<Item = usize> + 'p {
        let bind = |f: usize| self.ev.of(f).map_or(Bind::None, |s| s.population);
        let focus = pool.iter().any(|&f| bind(f) >= Bind::Focus);
        pool.iter()
            .copied()
            .filter(move |&f| !focus || bind(f) >= Bind::Focus)
            // Only the figures the table makes `g` a part of are asked about (most have none).
            .filter(move |&g| match self.kept {
                Some(kept) => !kept
                    .wholes(self.table, g, part_of)
                    .iter()
                    // (`f` is one of `g`'s wholes: `part_of` holds, and is not asked again.)
                    .any(|&f| pool.contains(&f) && self.part_unnamed(g, f)),
                None => !pool.iter().any(|&f| self.unnamed_part(g, f)),
            })
    }

    /// True when figure `g` counts a part of what figure `f` counts (see [`part_of`]) and the
    /// sentence names none of the words that set the part apart.
    pub(super) fn unnamed_part(&self, g: usize, f: usize) -> bool {
        part_of(self.figure(g), self.figure(f)) && self.part_unnamed(g, f)
    }

    /// [`Checker::unnamed_part`] for a figure `g` known to count a part of what `f` counts.
    fn part_unnamed(&self, g: usize, f: usize) -> bool {
        !self.counts_change(g)
            && !self.counts_change(f)
            && !self.ev.subjects.iter().any(|t| {
                t.specific
                    && t.bind >= Bind::Focus
                    && t.owners.contains(&g)
                    && !t.owners.contains(&f)
            })
    }

    /// The figure a differing value is compared with: the current edition nearest in value,
    /// preferring the claim's place (the world, when it names none).
    pub(super) fn conflict_target(&self, pool: &[usize]) -> Option<usize> {
        let (mut stack, mut heap) = ([0; super::FEW], Vec::new());
        let current = super::few(
            pool.iter()
                .copied()
                .filter(|&f| self.successor(f).is_none() && self.change_fits(f)),
            &mut stack,
            &mut heap,
        );
        let candidates = if current.is_empty() { pool } else { current };
        let (mut stack, mut heap) = ([0; super::FEW], Vec::new());
        let placed = super::few(
            candidates
                .iter()
                .copied()
                .filter(|&f| match self.claim.scope {
                    Some(_) => fit::scope(self.claim, self.figure(f)) == Fit::Match,
                    None => self.figure(f).scope == "global",
                }),
            &mut stack,
            &mut heap,
        );
        let candidates = if placed.is_empty() {
            candidates
        } else {
            placed
        };
        // `$468 million of at-risk imports`: the figure whose digits the number gives with a
        // slipped scale word, though another is nearer in value.
        candidates
            .iter()
            .copied()
            .find(|&f| self.scale_slip(f).is_some())
            .or_else(|| self.closest(candidates))
    }

    /// Another figure of the report `target` comes from, for the same place, whose value the
    /// number gives as written (`24,9 million slaves working in factories …`, against the 40.3
    /// million in modern slavery: the report's 24.9 million in forced labour): the writer quoted
    /// that figure, loosely named, and contradicts none.
    /// Only a count or an amount written to two or more significant digits, not a round one,
    /// is that telling (`half` of a report's victims meets too many of its shares by chance).
    pub(super) fn same_report_value(&self, target: usize) -> Option<usize> {
        if !matches!(self.reading.quantity, Quantity::Count | Quantity::Money) {
            return None;
        }
        let m = &self.claim.mention;
        let digits = m.value? / m.step.filter(|&step| step > 0.0)?;
        if digits < 10.0 || digits % 10.0 == 0.0 {
            return None;
        }
        let figure = self.figure(target);
        let stated = self.stated();
        (0..self.table.figures.len()).find(|&g| {
            let other = self.figure(g);
            g != target
                && other.quantity == self.reading.quantity
                && other.scope == figure.scope
                && other.source.title == figure.source.title
                && other.published == figure.published
                && self.reading.meets(self.bounds(g))
                && bounds::tight(&stated, other)
                && self.visible(g)
                && self.same_unit(g)
                && self.same_base(g)
        })
    }

    /// A current figure other than `target` whose own subject and population words are both in
    /// the number's clause and whose value the number gives (`women and girls … accounting for
    /// 99% of victims in the commercial sex industry`, where `forced labour` also names UNODC's
    /// share of detected victims): the sentence restates it rather than contradicting `target`.
    pub(super) fn named_agreement(&self, target: usize) -> Option<usize> {
        // (`rose by 4 million`: the amount of a change is no level a regional figure could
        // restate.)
        if self.claim.change_verb.is_some() {
            return None;
        }
        self.ev.figures(Bind::Focus, Bind::Focus, true).find(|&f| {
            f != target
                && self.figure(f).quantity == self.reading.quantity
                && self.successor(f).is_none()
                && self.visible(f)
                && self.same_ages(f)
                && match fit::scope(self.claim, self.figure(f)) {
                    Fit::Match => true,
                    Fit::Mismatch => false,
                    Fit::Unknown => self.figure(f).scope == "global",
                }
                && self.agrees(f)
                && bounds::tight(&self.reading, self.figure(f))
        })
    }

    /// Another figure the claim may be about, as near its value as `target` is: then it is not
    /// clear which measure the sentence means. Editions a newer report no longer gives, and
    /// figures named only by a general word when another is named by its own, do not count.
    pub(super) fn rival(&self, pool: &[usize], target: usize) -> Option<usize> {
        let value = self.reading.value;
        let distance = |f: usize| {
            self.figure(f)
                .central()
                .map_or(f64::INFINITY, |v| (v - value).abs())
        };
        let specific = pool.iter().any(|&f| self.ev.named(f));
        let near = distance(target);
        pool.iter().copied().find(|&f| {
            f != target
                && self.successor(f).is_none()
                && self.change_fits(f)
                && self.newest(target) != self.newest(f)
                && self.newer_edition_without(f).is_none()
                && (!specific || self.ev.named(f))
                && match self.claim.scope {
                    Some(_) => fit::scope(self.claim, self.figure(f)) == Fit::Match,
                    None => {
                        self.figure(f).scope == "global" || self.figure(target).scope != "global"
                    }
                }
                && distance(f) < 2.0 * near
        })
    }

    /// False when figure `f` counts a rise or fall (`increase in the number of …`) and the
    /// number's clause says nothing of one.
    pub(super) fn change_fits(&self, f: usize) -> bool {
        !self.counts_change(f) || self.claim.change_words
    }

    /// The figure among `candidates` whose value is nearest the claim's.
    pub(super) fn closest(&self, candidates: &[usize]) -> Option<usize> {
        let value = self.reading.value;
        candidates.iter().copied().min_by(|&a, &b| {
            let d = |f: usize| {
                self.figure(f)
                    .central()
                    .map_or(f64::INFINITY, |v| (v - value).abs())
            };
            d(a).total_cmp(&d(b)).then(a.cmp(&b))
        })
    }

    /// A newer edition of the report `f` comes from, out by the check date, that the table holds
    /// (so the measure was not carried over, or not confirmed, in it).
    pub(super) fn newer_edition_without(&self, f: usize) -> Option<&'a Figure> {
        let table = self.table;
        // Whether figure `g` is from a newer edition of `f`'s report: the same for every
        // claim, so worked out once per table (`kept`).
        let newer = |f: usize, g: usize| {
            let facts = |f: usize| {
                let figure = table.figures.get(f)?;
                Some(
                    fit::facts_kept(figure)
                        .copied()
                        .unwrap_or_else(|| fit::facts(figure)),
                )
            };
            let (Some(mine), Some(other)) = (facts(f), facts(g)) else {
                return false;
            };
            mine.edition.is_some_and(|year| {
                other.edition.is_some_and(|y| y > year) && other.series == mine.series
            })
        };
        let g = match kept::Kept::of(table).and_then(|k| k.newer(table, f, newer)) {
            Some(list) => list.iter().copied().find(|&g| self.out(g)),
            None => (0..table.figures.len()).find(|&g| newer(f, g) && self.out(g)),
        }?;
        Some(self.figure(g))
    }

    pub(super) fn conflict(&self, f: usize) -> Finding {
        let figure = self.figure(f);
        let mut out = self.suggesting(
            Verdict::Conflict,
            f,
            format!(
                "{} does not match {}: {} is {} ({}, data for {})",
                self.quoted,
                figure.source.publisher,
                figure.metric,
                value_of(figure),
                figure.source.title,
                figure.period
            ),
        );
        // `$468 million` for US$468 billion: the figure's digits, a thousandth of its value.
        if let Some(factor) = self.scale_slip(f) {
            out.message.push_str(if factor > 1.0 {
                "; the scale is wrong: the digits are the figure's, but the number is a thousandth of it"
            } else {
                "; the scale is wrong: the digits are the figure's, but the number is a thousand times it"
            });
            return out;
        }
        let (low, high) = figure_bounds(figure);
        // A rank is exact: `Tier 3` needs no band of values it stands for.
        if figure.quantity != Quantity::Rank && (self.reading.high < low || self.reading.low > high)
        {
            out.message.push_str(&format!(
                "; as written, {} stands for {}",
                self.quoted,
                self.range_words(figure)
            ));
        }
        out
    }

    /// The interval the claim's wording allows, in the figure's unit.
    pub(super) fn range_words(&self, figure: &Figure) -> String {
        let q = figure.quantity;
        let unit = figure.unit.as_deref();
        let (lo, hi) = (self.reading.low, self.reading.high);
        if (hi - lo).abs() < 1e-12 {
            format::quantity(q, lo, unit)
        } else {
            format!(
                "{} to {}",
                format::quantity(q, lo.max(0.0), unit),
                format::quantity(q, hi, unit)
            )
        }
    }
}
