//! The check date on the command line: `--as-of`, else the article's own date, else today; every
//! finding says which it used.

use std::process::{Command, Output};

const DATED: &str = "fixtures/dated-article.md";

fn tipcheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tipcheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

fn findings(out: &Output) -> Vec<serde_json::Value> {
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    json["files"][0]["findings"].as_array().unwrap().clone()
}

fn verdicts(found: &[serde_json::Value]) -> Vec<(String, String)> {
    found
        .iter()
        .map(|f| {
            (
                f["text"].as_str().unwrap().to_string(),
                f["verdict"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn the_article_date_from_front_matter_is_the_check_date() {
    let out = tipcheck(&["check", "--format", "json", DATED]);
    assert_eq!(out.status.code(), Some(1));
    let found = findings(&out);
    assert_eq!(
        verdicts(&found),
        pairs(&[
            ("one-third", "consistent"),
            ("tripled", "wrong-metric"),
            ("3.3 million", "wrong-metric"),
        ])
    );
    for f in &found {
        assert_eq!(f["as_of"], "2024-09-12");
        assert_eq!(f["as_of_source"], "article");
    }
    assert_eq!(found[0]["figure"], "unodc-glotip-2022-children-share");
}

#[test]
fn the_flag_overrides_the_article_date() {
    let out = tipcheck(&["check", "--format", "json", "--as-of", "2025-06-30", DATED]);
    let found = findings(&out);
    assert_eq!(
        verdicts(&found),
        pairs(&[
            ("one-third", "outdated"),
            ("tripled", "wrong-metric"),
            ("3.3 million", "wrong-metric"),
        ])
    );
    assert_eq!(found[0]["as_of_source"], "flag");
    assert_eq!(found[0]["figure"], "unodc-glotip-2024-children-share");
    assert!(
        found[0]["suggestion"]
            .as_str()
            .unwrap()
            .contains("38% of trafficking victims detected"),
        "{}",
        found[0]
    );
}

#[test]
fn text_without_a_date_is_checked_as_of_today() {
    let out = tipcheck(&["check", "--format", "json", "--input-format", "text", DATED]);
    let found = findings(&out);
    assert!(!found.is_empty());
    for f in &found {
        assert_eq!(f["as_of_source"], "today");
    }
}

#[test]
fn the_human_report_says_which_date_it_used_and_suggests_a_rewording() {
    let out = tipcheck(&["check", "--color", "never", DATED]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("= as of: 2024-09-12 (the article's date)"),
        "{text}"
    );
    assert!(
        text.contains("= help: write: “an estimated 3.3 million children were in forced labour on any given day in 2021 (ILO, Walk Free and IOM, 2022)”"),
        "{text}"
    );
}

#[test]
fn a_bad_date_is_a_usage_error() {
    let out = tipcheck(&["check", "--as-of", "2024-13-01", DATED]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("--as-of"), "{err}");
    assert!(err.contains("YYYY-MM-DD"), "{err}");
    assert!(out.stdout.is_empty());
}
