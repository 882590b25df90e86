//! `tipcheck claims lint`: every rule has a broken table that breaks it, and the linter names
//! the file, line and column of the problem, the rule, and exits 2.

mod common;

use common::*;

/// Each broken table under fixtures/tables and the rule it breaks.
const BROKEN: &[(&str, &str)] = &[
    ("syntax", "syntax"),
    ("schema", "schema"),
    ("schema-missing", "schema"),
    ("unknown-key", "unknown-key"),
    ("missing-key", "missing-key"),
    ("wrong-type", "wrong-type"),
    ("bad-value", "bad-value"),
    ("bad-id", "bad-id"),
    ("duplicate-id", "duplicate-id"),
    ("empty-text", "empty-text"),
    ("no-value", "no-value"),
    ("bad-range", "bad-range"),
    ("share-out-of-range", "share-out-of-range"),
    ("bad-tolerance", "bad-tolerance"),
    ("missing-of", "missing-of"),
    ("missing-unit", "missing-unit"),
    ("no-terms", "no-terms"),
    ("bad-term", "bad-term"),
    ("not-https", "not-https"),
    ("empty-quote", "empty-quote"),
    ("bad-date", "bad-date"),
    ("bad-period", "bad-period"),
    ("published-before-period", "published-before-period"),
    ("dangling-reference", "dangling-reference"),
    ("self-reference", "self-reference"),
    ("supersession-cycle", "supersession-cycle"),
    ("superseded-by-older", "superseded-by-older"),
    ("one-sided-confusion", "one-sided-confusion"),
    ("one-spelling", "one-spelling"),
    ("value-not-in-quote", "value-not-in-quote"),
];

/// `FILE:LINE:COLUMN: error[CODE]: …` → (file, line, column, code).
fn parse(diagnostic: &str) -> (String, usize, usize, String) {
    let mut parts = diagnostic.splitn(4, ':');
    let file = parts.next().unwrap().to_string();
    let line = parts.next().unwrap().parse().expect("a line number");
    let column = parts.next().unwrap().parse().expect("a column number");
    let rest = parts.next().unwrap();
    let code = rest
        .trim_start()
        .strip_prefix("error[")
        .and_then(|r| r.split(']').next())
        .expect("error[code]")
        .to_string();
    (file, line, column, code)
}

#[test]
fn every_broken_table_fails_with_its_rule_at_a_place() {
    let mut transcript = String::new();
    for (file, code) in BROKEN {
        let path = format!("fixtures/tables/{file}.toml");
        let out = tipcheck(&["claims", "lint", &path]);
        assert_eq!(out.status.code(), Some(2), "{path}: {}", stdout(&out));
        let text = stdout(&out);
        let diagnostics: Vec<&str> = text.lines().filter(|l| l.contains(": error[")).collect();
        assert!(!diagnostics.is_empty(), "{path}: {text}");
        for d in &diagnostics {
            let (f, line, column, found) = parse(d);
            assert_eq!(f, path, "{d}");
            assert!(line >= 1 && column >= 1, "{d}");
            assert_eq!(&found, code, "{path} breaks only its own rule: {d}");
        }
        // The place is the offending key (or value, for syntax): its line names the problem.
        let (_, line, column, _) = parse(diagnostics[0]);
        let source =
            std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let at = source.lines().nth(line - 1).expect("the line exists");
        assert!(
            at.chars().count() >= column.saturating_sub(1),
            "{d}",
            d = diagnostics[0]
        );
        transcript.push_str(&format!("$ tipcheck claims lint {path}\n{text}\n"));
    }
    insta::assert_snapshot!(transcript);
}

#[test]
fn every_rule_has_a_broken_table() {
    for (code, _) in tipcheck::table::RULES {
        assert!(
            BROKEN.iter().any(|(_, c)| c == code),
            "no broken table for rule {code}"
        );
    }
}

#[test]
fn the_readme_documents_every_rule() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for (code, requires) in tipcheck::table::RULES {
        assert!(
            readme.contains(&format!("| `{code}` | {requires} |")),
            "README.md's table of rules lacks {code}"
        );
    }
}

#[test]
fn the_shipped_table_lints_clean() {
    let out = tipcheck(&["claims", "lint", "claims.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let text = stdout(&out);
    let figures: usize = text
        .strip_prefix("claims.toml: ")
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("a figure count");
    assert!(figures >= 60, "{text}");
    assert!(text.ends_with("figures, no problems found\n"), "{text}");
}

#[test]
fn an_id_defined_in_two_tables_names_both_places() {
    let out = tipcheck(&[
        "claims",
        "lint",
        "fixtures/tables/valid.toml",
        "fixtures/tables/local-duplicate.toml",
    ]);
    assert_eq!(out.status.code(), Some(2));
    insta::assert_snapshot!(stdout(&out), @r"
    fixtures/tables/local-duplicate.toml:6:1: error[duplicate-id]: figure `example-2023-children-share`: this id is already defined at fixtures/tables/valid.toml:23:1; an id names one figure in all the tables in use
    fixtures/tables/valid.toml, fixtures/tables/local-duplicate.toml: 3 figures, 1 error
    ");
}

#[test]
fn tables_read_together_resolve_links_across_files() {
    let out = tipcheck(&[
        "claims",
        "lint",
        "fixtures/tables/valid.toml",
        "fixtures/tables/local-figures.toml",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn lint_writes_json_for_scripts() {
    let out = tipcheck(&[
        "claims",
        "lint",
        "--format",
        "json",
        "fixtures/tables/not-https.toml",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(json["figures"], 1);
    let error = &json["errors"][0];
    assert_eq!(error["code"], "not-https");
    assert_eq!(error["file"], "fixtures/tables/not-https.toml");
    assert_eq!(
        (error["line"].as_u64(), error["column"].as_u64()),
        (Some(17), Some(8))
    );
}

#[test]
fn an_unreadable_table_is_an_error() {
    let out = tipcheck(&["claims", "lint", "fixtures/tables/no-such-table.toml"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("error: cannot read the table fixtures/tables/no-such-table.toml"),
        "{err}"
    );
}
