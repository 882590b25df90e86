//! The built-in table's figures as the build script read them (see `build.rs`): a run makes its
//! figures from them without parsing the table's TOML.

use super::Figure;
use super::figure::{Basis, Grade, HEDGES, Misstatement, Quantity, Source, Timing};
use super::read::Record;
use super::schema::{BASES, GRADES, QUANTITIES, TIMINGS};

/// One figure as the build script read it: each key's value, `None` where none was written.
/// The names (`quantity`, `grade` …) are as written, checked when the figure is made.
struct Raw {
    header: usize,
    id: Option<&'static str>,
    metric: Option<&'static str>,
    quantity: Option<&'static str>,
    of: Option<&'static str>,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    tolerance: Option<f64>,
    hedge: Option<&'static str>,
    unit: Option<&'static str>,
    subject: Option<&'static [&'static str]>,
    population: Option<&'static [&'static str]>,
    scope: Option<&'static str>,
    period: Option<&'static str>,
    published: Option<&'static str>,
    superseded_by: Option<&'static str>,
    confusable_with: Option<&'static [&'static str]>,
    caveats: Option<&'static str>,
    timing: Option<&'static str>,
    basis: Option<&'static str>,
    statement: Option<&'static str>,
    source_publisher: Option<&'static str>,
    source_title: Option<&'static str>,
    source_url: Option<&'static str>,
    source_quote: Option<&'static str>,
    source_locator: Option<&'static str>,
    source_grade: Option<&'static str>,
    misstatements: &'static [RawMisstatement],
}

/// One misstatement as the build script read it.
struct RawMisstatement {
    wording: Option<&'static str>,
    value: Option<f64>,
    seen: Option<&'static str>,
    url: Option<&'static str>,
}

impl Raw {
    /// A figure with no key written.
    const NONE: Raw = Raw {
        header: 0,
        id: None,
        metric: None,
        quantity: None,
        of: None,
        value: None,
        low: None,
        high: None,
        tolerance: None,
        hedge: None,
        unit: None,
        subject: None,
        population: None,
        scope: None,
        period: None,
        published: None,
        superseded_by: None,
        confusable_with: None,
        caveats: None,
        timing: None,
        basis: None,
        statement: None,
        source_publisher: None,
        source_title: None,
        source_url: None,
        source_quote: None,
        source_locator: None,
        source_grade: None,
        misstatements: &[],
    };
}

impl RawMisstatement {
    /// A misstatement with no key written.
    const NONE: RawMisstatement = RawMisstatement {
        wording: None,
        value: None,
        seen: None,
        url: None,
    };
}

include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// The built-in table's records, as the canonical reader gives them for the file's text; `None`
/// when the build script could not read the table or a record breaks the schema (the caller
/// then reads the text).
pub fn records() -> Option<Vec<Record>> {
    RAW?.iter().map(record).collect()
}

/// `name` when it is one of `names`.
fn named(name: &'static str, names: &[&str]) -> Option<&'static str> {
    names.contains(&name).then_some(name)
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn record(raw: &Raw) -> Option<Record> {
    let text = |v: Option<&str>| v.map(str::to_string);
    let misstatements = raw
        .misstatements
        .iter()
        .map(|m| {
            Some(Misstatement {
                wording: m.wording?.to_string(),
                value: m.value,
                seen: m.seen?.to_string(),
                url: text(m.url),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let figure = Figure {
        id: raw.id?.to_string(),
        metric: raw.metric?.to_string(),
        quantity: Quantity::from_name(named(raw.quantity?, QUANTITIES)?)?,
        of: match raw.of {
            Some(name) => Some(Quantity::from_name(named(name, QUANTITIES)?)?),
            None => None,
        },
        value: raw.value,
        low: raw.low,
        high: raw.high,
        tolerance: raw.tolerance,
        hedge: match raw.hedge {
            Some(name) => Some(named(name, &HEDGES)?.to_string()),
            None => None,
        },
        unit: text(raw.unit),
        subject: strings(raw.subject?),
        population: strings(raw.population?),
        scope: raw.scope?.to_string(),
        period: raw.period?.to_string(),
        published: raw.published?.to_string(),
        superseded_by: text(raw.superseded_by),
        confusable_with: raw.confusable_with.map(strings).unwrap_or_default(),
        caveats: text(raw.caveats),
        timing: match raw.timing {
            Some(name) => Some(Timing::from_name(named(name, TIMINGS)?)?),
            None => None,
        },
        basis: match raw.basis {
            Some(name) => Some(Basis::from_name(named(name, BASES)?)?),
            None => None,
        },
        statement: text(raw.statement),
        derived: Default::default(),
        source: Source {
            publisher: raw.source_publisher?.to_string(),
            title: raw.source_title?.to_string(),
            url: raw.source_url?.to_string(),
            quote: raw.source_quote?.to_string(),
            locator: text(raw.source_locator),
            grade: Grade::from_name(named(raw.source_grade?, GRADES)?)?,
        },
        misstatements,
    };
    Some(Record {
        figure,
        file: 0,
        header: raw.header,
        keys: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::BUILTIN;
    use crate::table::fast::read_figures;

    #[test]
    fn the_build_script_reads_the_builtin_table_exactly_as_the_canonical_reader() {
        let built = records().expect("the build script read the built-in table");
        let read = read_figures(BUILTIN).expect("the built-in table is canonical");
        assert_eq!(built.len(), read.len());
        for (a, b) in built.iter().zip(&read) {
            assert_eq!(a, b);
        }
    }
}
