//! What a claim's sentence says about each figure: which of its terms appear, and how close to
//! the number.

use std::ops::Range;

use crate::claim::Claim;
use crate::extract::Kind;
use crate::table::{Quantity, Role, Table, TermHit};

/// How closely a figure's term is tied to the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bind {
    /// Not in the text read.
    None,
    /// Only in the paragraph around the sentence.
    Paragraph,
    /// Elsewhere in the sentence.
    Sentence,
    /// In the clause that belongs to the number.
    Focus,
    /// In the words naming what the number counts.
    Subject,
}

/// Population words too general to tell one measure from another.
pub const GENERIC: &[&str] = &[
    "victims",
    "victim",
    "people",
    "persons",
    "individuals",
    "cases",
    "population",
    "children",
    "child",
    "survivors",
    "workers",
];

/// General words for people.
const PERSONS: &[&str] = &["people", "persons", "individuals", "victims"];

/// True for claims that count or change a number, not a share.
fn counted_kind(claim: &Claim) -> bool {
    claim.change_verb.is_some()
        || !matches!(
            claim.mention.kind,
            Kind::Percent | Kind::Fraction | Kind::Ratio
        )
}

/// Words that put a sentence on the table's topic even when no figure's population is named.
const TOPIC: &[&str] = &[
    "traffick",
    "forced labour",
    "forced labor",
    "forced work",
    "child labour",
    "child labor",
    "slavery",
    "enslaved",
    "bonded",
    "smuggl",
    "sexual exploitation",
    "forced marriage",
    "forced to work",
    "exploitation",
];

/// How one figure is supported by the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Support {
    /// The figure's index in the table.
    pub figure: usize,
    /// The closest of its subject terms.
    pub subject: Bind,
    /// The closest of its population terms.
    pub population: Bind,
    /// One of its population terms is specific (not `victims` or `people`).
    pub specific: bool,
}

/// A term found, with the figures it names in one role.
#[derive(Debug, Clone)]
pub struct PopulationTerm {
    /// The term, lower-cased.
    pub term: String,
    /// How close to the number it is.
    pub bind: Bind,
    /// True unless it is a general word such as `victims`.
    pub specific: bool,
    /// Figures whose population it names.
    pub owners: Vec<usize>,
}

/// Everything the check reads from a claim's sentence, once.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    /// Every figure named by at least one term, in table order.
    pub support: Vec<Support>,
    /// Population terms in the sentence (or paragraph), not denied.
    pub populations: Vec<PopulationTerm>,
    /// Subject terms in the sentence, not denied.
    pub subjects: Vec<PopulationTerm>,
    /// Figures whose population words name what a count or change counts.
    counted: Vec<usize>,
    /// Figures tied to the number by one of their own specific subject words.
    named: Vec<usize>,
    /// A specific word that is only ever a subject names what the number counts.
    subject_word: bool,
    /// The sentence is about trafficking, forced labour, child labour or slavery.
    pub on_topic: bool,
}

impl Evidence {
    /// True when one of `f`'s own specific subject words is in the number's clause.
    pub fn named(&self, f: usize) -> bool {
        self.named.contains(&f)
    }

    /// The support of figure `f`, if any term names it.
    pub fn of(&self, f: usize) -> Option<&Support> {
        self.support
            .binary_search_by_key(&f, |s| s.figure)
            .ok()
            .map(|i| &self.support[i])
    }
}

fn within(inner: &Range<usize>, outer: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Term hits of a sentence, found once and shared by the claims in it.
#[derive(Debug, Default)]
pub struct SentenceHits {
    range: Range<usize>,
    hits: Vec<TermHit>,
}

impl SentenceHits {
    /// The hits of `text[range]`, reusing the last ones when the range is the same.
    pub fn of<'a>(&'a mut self, text: &str, range: &Range<usize>, table: &Table) -> &'a [TermHit] {
        if self.range != *range || (self.hits.is_empty() && range.is_empty()) {
            self.range = range.clone();
            self.hits = find(text, range, table);
        }
        &self.hits
    }
}

/// Term hits in `text[range]`, with ranges into `text`.
pub fn find(text: &str, range: &Range<usize>, table: &Table) -> Vec<TermHit> {
    let mut hits = table.index().find(&text[range.clone()]);
    for h in &mut hits {
        h.range = h.range.start + range.start..h.range.end + range.start;
    }
    hits
}

/// True when the lower-cased `text` names the topic.
pub fn topical(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    TOPIC.iter().any(|t| lower.contains(t))
}

/// Adds what `hits` say to `ev`; `level` fixes how close they are (for the paragraph).
fn read(ev: &mut Evidence, claim: &Claim, hits: &[TermHit], level: Option<Bind>) {
    // For a count or a change, a population word naming what is counted (`69,627 trafficking
    // victims`, `trafficking rose 25%`) ties the number to that population's counts.
    let counted = counted_kind(claim);
    for (k, hit) in hits.iter().enumerate() {
        if claim.negated.iter().any(|n| within(&hit.range, n)) {
            continue;
        }
        // A term inside a longer one counts only for the figures that also own the longer one:
        // `child` inside `child labour` is not the subject `child`.
        // A word that is the head of the longer term (`victims` in `victims of trafficking`)
        // still names what it names; a modifier (`child` in `child labour`) does not.
        let longer: Vec<&TermHit> = hits
            .iter()
            .enumerate()
            .filter(|&(j, o)| {
                j != k
                    && within(&hit.range, &o.range)
                    && o.range.len() > hit.range.len()
                    && head_of(&o.term) != hit.term.as_str()
            })
            .map(|(_, o)| o)
            .collect();
        let bind_of = |role: Role| {
            level.unwrap_or(match role {
                Role::Subject
                    if claim
                        .subject_span
                        .as_ref()
                        .is_some_and(|s| overlaps(&hit.range, s)) =>
                {
                    if claim.subject_strong {
                        Bind::Subject
                    } else {
                        Bind::Focus
                    }
                }
                _ if within(&hit.range, &claim.focus) => Bind::Focus,
                _ => Bind::Sentence,
            })
        };
        let specific = !GENERIC.contains(&hit.term.as_str());
        let in_subject = level.is_none()
            && claim
                .subject_span
                .as_ref()
                .is_some_and(|s| overlaps(&hit.range, s));
        let mut owners = Vec::new();
        let mut subject_owners = Vec::new();
        for &(f, role) in &hit.owners {
            if !longer.iter().all(|o| o.owners.iter().any(|&(g, _)| g == f)) {
                continue;
            }
            let bind = bind_of(role);
            if role == Role::Subject {
                subject_owners.push(f);
            }
            if role == Role::Population && counted && in_subject {
                ev.counted.push(f);
            }
            let at = match ev.support.binary_search_by_key(&f, |s| s.figure) {
                Ok(i) => i,
                Err(i) => {
                    ev.support.insert(
                        i,
                        Support {
                            figure: f,
                            subject: Bind::None,
                            population: Bind::None,
                            specific: false,
                        },
                    );
                    i
                }
            };
            let s = &mut ev.support[at];
            match role {
                Role::Subject => s.subject = s.subject.max(bind),
                Role::Population => {
                    s.population = s.population.max(bind);
                    s.specific |= specific;
                    owners.push(f);
                }
            }
        }
        let population_word = !owners.is_empty();
        if !owners.is_empty() {
            ev.populations.push(PopulationTerm {
                term: hit.term.clone(),
                bind: bind_of(Role::Population),
                specific,
                owners,
            });
        }
        let subject_bind = bind_of(Role::Subject);
        if specific && subject_bind >= Bind::Focus {
            ev.named.extend(subject_owners.iter().copied());
        }
        if subject_bind == Bind::Subject && !PERSONS.contains(&hit.term.as_str()) {
            ev.subject_word |= !population_word && !subject_owners.is_empty();
        }
        if !subject_owners.is_empty() {
            ev.subjects.push(PopulationTerm {
                term: hit.term.clone(),
                bind: bind_of(Role::Subject),
                specific,
                owners: subject_owners,
            });
        }
    }
}

/// The head word of a term: the word before `of`, `in` or `for`, else the last word.
fn head_of(term: &str) -> &str {
    let words: Vec<&str> = term.split(' ').collect();
    match words.iter().position(|w| matches!(*w, "of" | "in" | "for")) {
        // `number of victims`: the thing measured is the head.
        Some(1)
            if matches!(
                words[0],
                "number" | "share" | "proportion" | "percentage" | "count" | "total"
            ) =>
        {
            words.get(2).copied().unwrap_or(term)
        }
        Some(at) if at > 0 => words[at - 1],
        _ => words.last().copied().unwrap_or(term),
    }
}

/// Raises the subject binding of figure `f` to at least `bind`.
fn add_subject(ev: &mut Evidence, f: usize, bind: Bind) {
    let at = match ev.support.binary_search_by_key(&f, |s| s.figure) {
        Ok(i) => i,
        Err(i) => {
            ev.support.insert(
                i,
                Support {
                    figure: f,
                    subject: Bind::None,
                    population: Bind::None,
                    specific: false,
                },
            );
            i
        }
    };
    ev.support[at].subject = ev.support[at].subject.max(bind);
}

/// What the sentence of `claim` (its `hits`) says about each figure; `paragraph` is read only
/// when the sentence names no population or not the topic.
pub fn evidence(
    text: &str,
    claim: &Claim,
    hits: &[TermHit],
    table: &Table,
    paragraph: impl FnOnce() -> Range<usize>,
) -> Evidence {
    let mut ev = Evidence::default();
    read(&mut ev, claim, hits, None);
    if !ev.subject_word {
        // `69,627 trafficking victims`, `human trafficking rose 25%`: the words naming what is
        // counted are a population's; they tie the number to the counts of that population
        // whose subject has the same head word (`victims`, `trafficking`).
        // The head noun: the word before the first preposition (`rate` in `the rate of people
        // falling into the hands of traffickers`), else the last word.
        let head = claim.subject.as_deref().map_or("", |s| {
            let words: Vec<&str> = s.split(' ').collect();
            match words
                .iter()
                .position(|w| matches!(*w, "of" | "for" | "in" | "among" | "from" | "into"))
            {
                Some(at) if at > 0 => words[at - 1],
                _ => words.last().copied().unwrap_or(""),
            }
        });
        let mut counted = std::mem::take(&mut ev.counted);
        // `69,627 people were trafficked`: a general word for people, and the population in
        // the clause.
        if counted_kind(claim) && PERSONS.contains(&head) {
            counted.extend(
                ev.support
                    .iter()
                    .filter(|s| s.population >= Bind::Focus)
                    .map(|s| s.figure),
            );
        }
        for f in counted {
            let figure = &table.figures[f];
            // `forced labour accounted for 27.6 million`: the population itself, counted in people.
            let population_only = ev.populations.iter().any(|p| {
                p.owners.contains(&f)
                    && p.bind >= Bind::Focus
                    && !head.is_empty()
                    && p.term.ends_with(head)
                    && claim
                        .subject
                        .as_deref()
                        .is_some_and(|s| p.term.ends_with(s) || s.ends_with(p.term.as_str()))
            });
            let named = !head.is_empty()
                && figure.subject.iter().any(|t| {
                    t.split(' ').any(|w| {
                        w.eq_ignore_ascii_case(head)
                            || ((PERSONS.contains(&head) || population_only)
                                && PERSONS.contains(&w))
                    })
                });
            if named && figure.quantity != Quantity::Share {
                let bind = if claim.subject_strong {
                    Bind::Subject
                } else {
                    Bind::Focus
                };
                add_subject(&mut ev, f, bind);
            }
        }
    }
    let sentence_text = &text[claim.sentence.clone()];
    ev.on_topic = topical_outside(sentence_text, claim)
        || ev
            .populations
            .iter()
            .any(|p| p.specific && p.bind >= Bind::Sentence);
    if !ev.support.is_empty() && (ev.populations.is_empty() || !ev.on_topic) {
        // The sentence names what is counted but not where, or not the topic: read the paragraph.
        let para = paragraph();
        ev.on_topic |= topical(&text[para.clone()]);
        if ev.populations.is_empty() {
            let para_hits: Vec<TermHit> = find(text, &para, table)
                .into_iter()
                .filter(|h| !within(&h.range, &claim.sentence))
                .filter_map(|mut h| {
                    h.owners.retain(|&(_, r)| r == Role::Population);
                    (!h.owners.is_empty()).then_some(h)
                })
                .collect();
            read(&mut ev, claim, &para_hits, Some(Bind::Paragraph));
        }
    }
    if claim.mention.kind == Kind::Money {
        // Amounts of money are few and distinctive: a money figure whose population the
        // sentence names is about the number even when no subject word (`profits`) is used.
        for s in &mut ev.support {
            if table.figures[s.figure].quantity == Quantity::Money && s.population >= Bind::Sentence
            {
                s.subject = s.subject.max(Bind::Focus);
            }
        }
    }
    ev
}

/// True when the sentence names the topic outside the parts it denies.
fn topical_outside(sentence: &str, claim: &Claim) -> bool {
    if claim.negated.is_empty() {
        return topical(sentence);
    }
    let mut kept = String::with_capacity(sentence.len());
    let base = claim.sentence.start;
    let mut at = base;
    for n in &claim.negated {
        if n.start > at {
            kept.push_str(&sentence[at - base..n.start - base]);
        }
        at = at.max(n.end);
    }
    kept.push_str(&sentence[at - base..]);
    topical(&kept)
}
