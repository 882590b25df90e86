//! Table-driven extraction cases: every form of number and every class of non-claim the
//! extractor knows, from `fixtures/extract/cases.txt`.

use tipcheck::extract::{Mention, extract};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

/// Why the expectation `exp` does not hold for `text`, if it does not.
fn check(text: &str, mentions: &[Mention], exp: &str) -> Option<String> {
    if exp.trim() == "NO CLAIM" {
        let claims: Vec<&str> = mentions
            .iter()
            .filter(|m| m.is_claim())
            .map(|m| &text[m.start..m.end])
            .collect();
        return (!claims.is_empty()).then(|| format!("expected no claim, got {claims:?}"));
    }
    let fields: Vec<&str> = exp.split(" | ").map(str::trim).collect();
    assert_eq!(fields.len(), 4, "malformed expectation {exp:?}");
    let (span, kind, value, claim) = (fields[0], fields[1], fields[2], fields[3]);
    let Some(m) = mentions.iter().find(|m| &text[m.start..m.end] == span) else {
        let got: Vec<&str> = mentions.iter().map(|m| &text[m.start..m.end]).collect();
        return Some(format!("no mention {span:?}; mentions: {got:?}"));
    };
    let mut problems = Vec::new();
    if m.kind.as_str() != kind {
        problems.push(format!("kind {} not {kind}", m.kind.as_str()));
    }
    let value_ok = match value {
        "-" => m.value.is_none(),
        v if v.contains("..") => {
            let (lo, hi) = v.split_once("..").unwrap();
            let (lo, hi): (f64, f64) = (lo.parse().unwrap(), hi.parse().unwrap());
            m.low.is_some_and(|x| close(x, lo)) && m.high.is_some_and(|x| close(x, hi))
        }
        v => {
            let v: f64 = v.parse().unwrap();
            m.value.is_some_and(|x| close(x, v))
        }
    };
    if !value_ok {
        problems.push(format!(
            "value {:?} (low {:?}, high {:?}) not {value}",
            m.value, m.low, m.high
        ));
    }
    let want_claim = match claim {
        "claim" => true,
        "not" => false,
        other => panic!("claim field must be claim or not, not {other:?}"),
    };
    if m.is_claim() != want_claim {
        problems.push(format!("is_claim {} ({:?})", m.is_claim(), m.not_claim));
    }
    (!problems.is_empty()).then(|| format!("{span:?}: {}", problems.join(", ")))
}

#[test]
fn every_case_in_the_table() {
    let table = include_str!("../fixtures/extract/cases.txt");
    let mut cases = 0;
    let mut failures = Vec::new();
    for (n, line) in table.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (text, expectations) = line
            .split_once(" => ")
            .unwrap_or_else(|| panic!("line {}: no ` => `", n + 1));
        cases += 1;
        let mentions = extract(text);
        for exp in expectations.split(" ;; ") {
            if let Some(problem) = check(text, &mentions, exp) {
                failures.push(format!("line {}: {text:?}: {problem}", n + 1));
            }
        }
    }
    assert!(
        cases >= 300,
        "the table should hold at least 300 cases, has {cases}"
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// `up to` bounds a number unless a verb makes it the level reached (`went up to`, `adds up to`).
#[test]
fn up_to_after_a_verb_is_no_bound() {
    let hedge = |text: &str| {
        let mentions = extract(text);
        let m = mentions
            .iter()
            .find(|m| m.is_claim())
            .unwrap_or_else(|| panic!("no claim in {text:?}"));
        m.hedge.map(|h| h.as_str())
    };
    assert_eq!(
        hedge("Up to 50 million people may be affected."),
        Some("up-to")
    );
    assert_eq!(hedge("The count has gone up to 45 million people."), None);
    assert_eq!(hedge("Arrests went up to 1,200 last year."), None);
    assert_eq!(hedge("The fines add up to $4 million a year."), None);
    assert_eq!(
        hedge("It has gone up to close to 50 million people."),
        Some("nearly")
    );
}
