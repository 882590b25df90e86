//! Findings: the figure each claim is about, and whether the source agrees.

mod bounds;
pub mod format;

pub use bounds::{FRACTION_BAND, Reading, read};

use crate::claim::Claim;
use crate::table::{Figure, Quantity, Role, Table};

/// What the check concluded for one claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    /// The value agrees with the newest figure.
    Consistent,
    /// Same measure, value outside what the source allows.
    Conflict,
    /// Agrees with an older edition; the newest one says otherwise.
    Outdated,
    /// A real number for another measure.
    WrongMetric,
    /// Credited to an organisation whose figure it is not.
    Misattributed,
    /// On topic, but no figure in the table covers it.
    Unverified,
}

impl Verdict {
    /// Every verdict, in report order.
    pub const ALL: [Verdict; 6] = [
        Verdict::Consistent,
        Verdict::Conflict,
        Verdict::Outdated,
        Verdict::WrongMetric,
        Verdict::Misattributed,
        Verdict::Unverified,
    ];

    /// The verdict's name as the JSON contract spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Consistent => "consistent",
            Verdict::Conflict => "conflict",
            Verdict::Outdated => "outdated",
            Verdict::WrongMetric => "wrong-metric",
            Verdict::Misattributed => "misattributed",
            Verdict::Unverified => "unverified",
        }
    }

    /// How serious the verdict is.
    pub fn severity(self) -> Severity {
        match self {
            Verdict::Consistent => Severity::Ok,
            Verdict::Conflict | Verdict::WrongMetric => Severity::Error,
            Verdict::Outdated | Verdict::Misattributed => Severity::Warning,
            Verdict::Unverified => Severity::Note,
        }
    }
}

/// How serious a finding is, from `ok` to `error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Nothing to fix.
    Ok,
    /// Worth a look.
    Note,
    /// Probably worth changing.
    Warning,
    /// The text says something the source does not.
    Error,
}

impl Severity {
    /// The severity's name as the JSON contract spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Ok => "ok",
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One claim, its verdict and the evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The claim checked.
    pub claim: Claim,
    /// What the check concluded.
    pub verdict: Verdict,
    /// Index in the table of the figure the verdict rests on.
    pub figure: Option<usize>,
    /// Older editions the claim agrees with (for `outdated`).
    pub agrees_with: Vec<usize>,
    /// The claim's value in the figure's unit.
    pub claimed: Option<f64>,
    /// The figure's value.
    pub expected: Option<f64>,
    /// What is wrong or right, in one sentence.
    pub message: String,
    /// What to write instead, when there is something to suggest.
    pub help: Option<String>,
}

/// Words that put a sentence on the table's topic even when no figure's population is named.
const TOPIC: &[&str] = &[
    "traffick",
    "forced labour",
    "forced labor",
    "child labour",
    "child labor",
    "slavery",
    "bonded",
    "smuggl",
    "exploitation",
    "forced marriage",
];

/// Checks every claim of `text` against `table`; claims off the topic give no finding.
pub fn check(text: &str, claims: &[Claim], table: &Table) -> Vec<Finding> {
    claims
        .iter()
        .filter_map(|claim| check_claim(text, claim, table))
        .collect()
}

/// What the sentence of a claim says about each figure.
struct Evidence {
    subject: Vec<bool>,
    population: Vec<bool>,
    /// Population terms in the sentence, in order, with the figures they belong to.
    population_terms: Vec<(String, Vec<usize>)>,
    on_topic: bool,
}

fn evidence(sentence: &str, table: &Table) -> Evidence {
    let n = table.figures.len();
    let mut ev = Evidence {
        subject: vec![false; n],
        population: vec![false; n],
        population_terms: Vec::new(),
        on_topic: false,
    };
    for hit in table.index().find(sentence) {
        let mut owners = Vec::new();
        for &(f, role) in &hit.owners {
            match role {
                Role::Subject => ev.subject[f] = true,
                Role::Population => {
                    ev.population[f] = true;
                    owners.push(f);
                }
            }
        }
        if !owners.is_empty() {
            ev.on_topic = true;
            ev.population_terms.push((hit.term, owners));
        }
    }
    let lower = sentence.to_lowercase();
    ev.on_topic |= TOPIC.iter().any(|t| lower.contains(t));
    ev
}

/// True when a multiplier or change figure measures what the claim's sentence says changed.
fn same_base(figure: &Figure, claim: &Claim) -> bool {
    match figure.of {
        Some(Quantity::Share) => claim.about_share,
        Some(_) => !claim.about_share,
        None => true,
    }
}

fn check_claim(text: &str, claim: &Claim, table: &Table) -> Option<Finding> {
    let reading = read(&claim.mention)?;
    let sentence = text.get(claim.sentence.clone()).unwrap_or("");
    let ev = evidence(sentence, table);
    let figures = &table.figures;
    let about = |f: usize| ev.subject[f] && figures[f].quantity == reading.quantity;
    let agrees = |f: usize| reading.meets(figures[f].bounds());
    let finding = |verdict, figure: Option<usize>, message: String| Finding {
        claim: claim.clone(),
        verdict,
        figure,
        agrees_with: Vec::new(),
        claimed: Some(reading.value),
        expected: figure.and_then(|f| figures[f].central()),
        message,
        help: None,
    };
    let quoted = format!("“{}”", &text[claim.mention.start..claim.mention.end]);

    // Same subject, population and quantity.
    let exact: Vec<usize> = (0..figures.len())
        .filter(|&f| about(f) && ev.population[f] && same_base(&figures[f], claim))
        .collect();
    let current: Vec<usize> = exact
        .iter()
        .copied()
        .filter(|&f| figures[f].superseded_by.is_none())
        .collect();
    if let Some(&f) = current.iter().find(|&&f| agrees(f)) {
        return Some(consistent_or_misattributed(
            claim,
            table,
            f,
            finding(Verdict::Consistent, Some(f), String::new()),
            &quoted,
        ));
    }
    let older: Vec<usize> = exact
        .iter()
        .copied()
        .filter(|&f| figures[f].superseded_by.is_some() && agrees(f))
        .collect();
    if let Some(&first) = older.first() {
        let newest = table.newest(first);
        let nf = &figures[newest];
        let editions: Vec<String> = older
            .iter()
            .map(|&f| format!("{} in {}", value_of(&figures[f]), figures[f].source.title))
            .collect();
        let mut out = finding(
            Verdict::Outdated,
            Some(newest),
            format!(
                "{quoted} agrees with older editions ({}), but the newest, {}, reports {} (data for {})",
                editions.join(", "),
                nf.source.title,
                value_of(nf),
                nf.period
            ),
        );
        out.agrees_with = older;
        out.help = Some(suggest(nf));
        return Some(out);
    }

    // A real number, but for another measure.
    if let Some(found) = wrong_metric(claim, &reading, &ev, table, &quoted) {
        return Some(found);
    }

    if let Some(f) = closest(
        &reading,
        if current.is_empty() { &exact } else { &current },
        figures,
    ) {
        let figure = &figures[f];
        let mut out = finding(
            Verdict::Conflict,
            Some(f),
            format!(
                "{quoted} does not match {}: {} is {} ({}, data for {})",
                figure.source.publisher,
                figure.metric,
                value_of(figure),
                figure.source.title,
                figure.period
            ),
        );
        out.help = Some(suggest(figure));
        return Some(out);
    }

    ev.on_topic.then(|| {
        finding(
            Verdict::Unverified,
            None,
            format!("{quoted} is on the topic, but no figure in the table covers it"),
        )
    })
}

/// A claim whose value belongs to a figure for another population or another base.
fn wrong_metric(
    claim: &Claim,
    reading: &Reading,
    ev: &Evidence,
    table: &Table,
    quoted: &str,
) -> Option<Finding> {
    let figures = &table.figures;
    let make = |f: usize, message: String| {
        let figure = &figures[f];
        Finding {
            claim: claim.clone(),
            verdict: Verdict::WrongMetric,
            figure: Some(f),
            agrees_with: Vec::new(),
            claimed: Some(reading.value),
            expected: figure.central(),
            message,
            help: Some(suggest(figure)),
        }
    };
    for (f, figure) in figures.iter().enumerate() {
        if !(ev.subject[f] && figure.quantity == reading.quantity && reading.meets(figure.bounds()))
        {
            continue;
        }
        // The share grew, but the sentence speaks of the number (or the reverse).
        if ev.population[f] && !same_base(figure, claim) {
            let (measured, read_as) = match figure.of {
                Some(Quantity::Share) => ("a share", "the number"),
                _ => ("a number", "a share"),
            };
            return Some(make(
                f,
                format!(
                    "{quoted} is the growth of {measured} ({}), but the sentence makes it the growth of {read_as}",
                    figure.metric
                ),
            ));
        }
        // The number is right for another population: forced labour, not trafficking.
        if !ev.population[f]
            && let Some((term, _)) = ev
                .population_terms
                .iter()
                .find(|(_, owners)| !owners.contains(&f))
        {
            return Some(make(
                f,
                format!(
                    "{quoted} is the figure for {} ({}); the sentence applies it to “{term}”",
                    figure.metric, figure.source.publisher
                ),
            ));
        }
    }
    None
}

fn consistent_or_misattributed(
    claim: &Claim,
    table: &Table,
    f: usize,
    mut out: Finding,
    quoted: &str,
) -> Finding {
    let figure = &table.figures[f];
    let credited = claim.attribution.as_deref().filter(|&org| org != "UN");
    match credited {
        Some(org) if !figure.source.publisher.contains(org) => {
            out.verdict = Verdict::Misattributed;
            out.message = format!(
                "{quoted} is credited to {org}, but the figure is from {} ({})",
                figure.source.publisher, figure.source.title
            );
            out.help = Some(format!("credit {}", figure.source.publisher));
        }
        _ => {
            out.message = format!(
                "{quoted} agrees with {}, {}: {}, {} (data for {})",
                figure.source.publisher,
                figure.source.title,
                value_of(figure),
                figure.metric,
                figure.period
            );
        }
    }
    out
}

/// The wording to suggest: the figure's value, what it measures and its source.
fn suggest(figure: &Figure) -> String {
    format!(
        "write {}: {} ({}, {}, data for {})",
        value_of(figure),
        figure.metric,
        figure.source.publisher,
        figure.source.title,
        figure.period
    )
}

/// The figure among `candidates` whose value is nearest the claim's.
fn closest(reading: &Reading, candidates: &[usize], figures: &[Figure]) -> Option<usize> {
    candidates.iter().copied().min_by(|&a, &b| {
        let d = |f: usize| {
            figures[f]
                .central()
                .map_or(f64::INFINITY, |v| (v - reading.value).abs())
        };
        d(a).total_cmp(&d(b)).then(a.cmp(&b))
    })
}

/// A figure's value as a reader would write it.
pub fn value_of(figure: &Figure) -> String {
    match (figure.value, figure.low, figure.high) {
        (Some(v), _, _) => format::quantity(figure.quantity, v, figure.unit.as_deref()),
        (None, Some(l), Some(h)) => format!(
            "{}–{}",
            format::quantity(figure.quantity, l, figure.unit.as_deref()),
            format::quantity(figure.quantity, h, figure.unit.as_deref())
        ),
        _ => "an unstated value".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::claims;
    use crate::extract::extract;

    fn verdicts(text: &str) -> Vec<(String, &'static str, Option<String>)> {
        let table = Table::builtin().unwrap();
        let claims = claims(text, &extract(text));
        check(text, &claims, &table)
            .into_iter()
            .map(|f| {
                let m = &f.claim.mention;
                (
                    text[m.start..m.end].to_string(),
                    f.verdict.as_str(),
                    f.figure.map(|i| table.figures[i].id.clone()),
                )
            })
            .collect()
    }

    #[test]
    fn forced_labour_count_read_as_trafficking_is_wrong_metric() {
        assert_eq!(
            verdicts("Officials noted that 3.3 million children are trafficked worldwide."),
            [(
                "3.3 million".into(),
                "wrong-metric",
                Some("ilo-gems-2022-children-forced-labour".into())
            )]
        );
    }

    #[test]
    fn a_tripled_share_read_as_a_number_is_wrong_metric() {
        let v = verdicts("Child victims of trafficking have tripled over the past 15 years.");
        assert_eq!(
            v,
            [(
                "tripled".into(),
                "wrong-metric",
                Some("unodc-glotip-2020-children-share-tripled".into())
            )]
        );
        let v =
            verdicts("The share of children among trafficking victims has tripled in 15 years.");
        assert_eq!(
            v,
            [(
                "tripled".into(),
                "consistent",
                Some("unodc-glotip-2020-children-share-tripled".into())
            )]
        );
    }

    #[test]
    fn an_older_edition_is_outdated() {
        let v = verdicts("Children account for one-third of trafficking victims globally.");
        assert_eq!(
            v,
            [(
                "one-third".into(),
                "outdated",
                Some("unodc-glotip-2024-children-share".into())
            )]
        );
    }

    #[test]
    fn the_newest_edition_is_consistent_and_a_wrong_value_conflicts() {
        assert_eq!(
            verdicts("Children are 38% of detected trafficking victims.")[0].1,
            "consistent"
        );
        assert_eq!(
            verdicts("Half of trafficking victims are children.")[0].1,
            "conflict"
        );
    }

    #[test]
    fn credit_to_the_wrong_organisation_is_misattributed() {
        let v = verdicts("According to the ILO, children are 38% of detected trafficking victims.");
        assert_eq!(v[0].1, "misattributed");
    }

    #[test]
    fn off_topic_numbers_give_no_finding_and_on_topic_ones_are_unverified() {
        assert!(verdicts("The drone strike killed 12 people and the index fell 3%.").is_empty());
        assert_eq!(
            verdicts("Police freed 212 trafficking victims in March.")[0].1,
            "unverified"
        );
    }
}
