//! The shipped table's content: the confirmed figures of the reference notes are all there, and
//! the records follow the conventions the matcher relies on.

use tipcheck::table::{Quantity, Table, is_partial};

/// The ids of the summary table of the reference notes (`../shared/facts.md`, section 12). A
/// line that gives several values is split into figures whose ids extend the line's id.
const SUMMARY_IDS: &[&str] = &[
    "unodc-glotip-2020-children-share",
    "unodc-glotip-2020-children-share-tripled",
    "unodc-glotip-2020-boys-share-fivefold",
    "unodc-glotip-2020-forms",
    "unodc-glotip-2020-coverage",
    "unodc-glotip-2022-victims-change-2020",
    "unodc-glotip-2022-convictions-change",
    "unodc-glotip-2022-sex-age-profile",
    "unodc-glotip-2022-forced-criminality",
    "unodc-glotip-2022-coverage",
    "unodc-glotip-2024-victims-change",
    "unodc-glotip-2024-forced-labour-change",
    "unodc-glotip-2024-child-victims-change",
    "unodc-glotip-2024-children-share",
    "unodc-glotip-2024-women-girls-share",
    "unodc-glotip-2024-girls-sexual",
    "unodc-glotip-2024-boys-forced-labour",
    "unodc-glotip-2024-forced-criminality",
    "unodc-glotip-2024-coverage",
    "ilo-gems-2022-modern-slavery-total",
    "ilo-gems-2022-forced-labour-total",
    "ilo-gems-2022-forced-marriage-total",
    "ilo-gems-2022-children-forced-labour",
    "ilo-gems-2022-fl-breakdown",
    "ilo-gems-2022-increase",
    "ilo-gems-2022-women-children",
    "ilo-gems-2017-totals",
    "ilo-gems-2017-breakdown",
    "ilo-gems-2017-women-children",
    "ilo-unicef-child-labour-2020",
    "ilo-unicef-child-labour-2020-hazardous",
    "ilo-child-labour-2016",
    "ilo-unicef-child-labour-2024",
    "ilo-forced-labour-profits-2024",
    "ilo-forced-labour-profits-2014",
    "walkfree-gsi-2023-pakistan-number",
    "us-tip-2023-pakistan-tier",
    "us-tip-2024-pakistan-tier",
    "pk-gov-2024-arrests-convictions",
    "pk-fia-2022-cases-arrests",
    "pk-fia-2023-2024-ptpa-cases",
    "unodc-pakistan-2015",
    "pakistan-child-labour-punjab-pcls",
    "pakistan-child-labour-sindh-scls",
    "pakistan-child-labour-kp-cls",
    "pakistan-working-children-dol",
    "pakistan-child-labour-1996",
];

fn table() -> Table {
    Table::builtin().expect("the built-in table loads")
}

#[test]
fn every_summary_id_is_there_or_split_into_children() {
    let table = table();
    let missing: Vec<&str> = SUMMARY_IDS
        .iter()
        .copied()
        .filter(|id| {
            let prefix = format!("{id}-");
            table.get(id).is_none() && !table.figures.iter().any(|f| f.id.starts_with(&prefix))
        })
        .collect();
    assert!(missing.is_empty(), "missing: {missing:?}");
    assert!(table.figures.len() >= 60, "{}", table.figures.len());
}

#[test]
fn editions_chain_to_the_newest() {
    let table = table();
    let newest = |id: &str| {
        let i = table.position(id).unwrap_or_else(|| panic!("{id}"));
        table.figures[table.newest(i)].id.clone()
    };
    assert_eq!(
        newest("unodc-glotip-2020-children-share"),
        "unodc-glotip-2024-children-share"
    );
    assert_eq!(
        newest("unodc-glotip-2020-forms-forced-criminality"),
        "unodc-glotip-2024-forced-criminality"
    );
    assert_eq!(
        newest("ilo-gems-2017-totals-modern-slavery"),
        "ilo-gems-2022-modern-slavery-total"
    );
    assert_eq!(
        newest("ilo-child-labour-2016"),
        "ilo-unicef-child-labour-2024-total"
    );
    assert_eq!(
        newest("ilo-forced-labour-profits-2014-total"),
        "ilo-forced-labour-profits-2024-total"
    );
    assert_eq!(
        newest("us-tip-2023-pakistan-tier"),
        "us-tip-2024-pakistan-tier"
    );
}

#[test]
fn the_key_confusions_are_linked_both_ways() {
    let table = table();
    let confused = |a: &str, b: &str| {
        let fa = table.get(a).unwrap_or_else(|| panic!("{a}"));
        let fb = table.get(b).unwrap_or_else(|| panic!("{b}"));
        fa.confusable_with.iter().any(|c| c == b) && fb.confusable_with.iter().any(|c| c == a)
    };
    // Forced labour is not trafficking; estimates are not detections.
    assert!(confused(
        "ilo-gems-2022-children-forced-labour",
        "unodc-glotip-2024-children-share"
    ));
    assert!(confused(
        "ilo-gems-2022-forced-labour-total",
        "unodc-glotip-2024-coverage-victims-2022"
    ));
    // A share that tripled is not a number that grew.
    assert!(confused(
        "unodc-glotip-2020-children-share-tripled",
        "unodc-glotip-2024-child-victims-change"
    ));
    // 38 per cent of victims, and a 38 per cent rise in girl victims.
    assert!(confused(
        "unodc-glotip-2024-children-share",
        "unodc-glotip-2024-girl-victims-change"
    ));
    // Pakistan's 1996 child labour count is not the ILO's children in forced labour.
    assert!(confused(
        "pakistan-child-labour-1996-count",
        "ilo-gems-2022-children-forced-labour"
    ));
}

#[test]
fn records_follow_the_conventions_the_matcher_relies_on() {
    for f in &table().figures {
        // Shares are fractions of one; changes are in per cent.
        if f.quantity == Quantity::Share {
            assert!(f.value.is_some_and(|v| v > 0.0 && v <= 1.0), "{}", f.id);
        }
        if f.quantity == Quantity::Change {
            assert!(
                f.value.is_some_and(|v| v.abs() >= 1.0),
                "{}: a change in per cent",
                f.id
            );
        }
        // A partly confirmed figure says so first thing in its caveats.
        if f.caveats.as_deref().is_some_and(|c| c.contains("PARTIAL")) {
            assert!(is_partial(f), "{}: caveats start with PARTIAL:", f.id);
        }
        // Terms are lower-case, so they read the same as the index stores them.
        for term in f.subject.iter().chain(&f.population) {
            assert_eq!(term, &term.to_lowercase(), "{}", f.id);
        }
        // Population terms name populations, never the people counted.
        for generic in [
            "children", "child", "women", "girls", "men", "boys", "people",
        ] {
            assert!(
                !f.population.iter().any(|t| t == generic),
                "{}: `{generic}` belongs in subject",
                f.id
            );
        }
    }
}

#[test]
fn forced_labour_figures_do_not_match_trafficking_wording() {
    let table = table();
    let trafficking = [
        "trafficking",
        "trafficked",
        "trafficking victims",
        "victims of trafficking",
        "victims",
    ];
    for f in &table.figures {
        if f.id.starts_with("ilo-gems")
            || f.id.starts_with("ilo-unicef")
            || f.id.starts_with("ilo-child")
        {
            for t in trafficking {
                assert!(
                    !f.population.iter().any(|p| p == t),
                    "{} has population `{t}`",
                    f.id
                );
            }
        }
    }
}
