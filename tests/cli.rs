//! The command line: output formats, exit codes and errors, run as a user would.

use std::path::Path;
use std::process::{Command, Output};

const FIXTURE: &str = "fixtures/trafficking-event.md";
const CONSISTENT: &str = "fixtures/consistent.md";
/// A fixed check date, so reports do not change with the calendar.
const AS_OF: &str = "2025-06-30";

/// Runs the binary from the project root, without colour.
fn tipcheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tipcheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

#[test]
fn human_report_of_the_fixture() {
    let out = tipcheck(&["check", "--color", "never", "--as-of", AS_OF, FIXTURE]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    insta::assert_snapshot!(stdout(&out));
}

#[test]
fn json_report_of_the_fixture() {
    let out = tipcheck(&["check", "--format", "json", "--as-of", AS_OF, FIXTURE]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    insta::assert_json_snapshot!(json);
}

#[test]
fn the_three_claims_get_their_verdicts_and_nothing_else_does() {
    let out = tipcheck(&["check", "--format", "json", FIXTURE]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = json["files"][0]["findings"].as_array().unwrap();
    let got: Vec<(&str, &str, &str)> = findings
        .iter()
        .map(|f| {
            (
                f["text"].as_str().unwrap(),
                f["verdict"].as_str().unwrap(),
                f["figure"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("one-third", "outdated", "unodc-glotip-2024-children-share"),
            (
                "tripled",
                "wrong-metric",
                "unodc-glotip-2020-children-share-tripled"
            ),
            (
                "3.3 million",
                "wrong-metric",
                "ilo-gems-2022-children-forced-labour"
            ),
        ]
    );
    assert!(findings[0]["message"].as_str().unwrap().contains("38%"));
    assert_eq!(json["summary"]["wrong-metric"], 2);
    assert_eq!(json["summary"]["outdated"], 1);
}

#[test]
fn extract_lists_every_mention_in_the_contract() {
    let out = tipcheck(&["extract", "--format", "json", FIXTURE]);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["version"], 1);
    let mentions = json["files"][0]["mentions"].as_array().unwrap();
    for m in mentions {
        for key in [
            "text", "start", "end", "line", "column", "kind", "value", "low", "high", "hedge",
            "is_claim",
        ] {
            assert!(m.get(key).is_some(), "mention lacks {key}: {m}");
        }
    }
    let claims: Vec<&str> = mentions
        .iter()
        .filter(|m| m["is_claim"] == true)
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert_eq!(claims, ["one-third", "tripled", "3.3 million"]);
    let source =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE)).unwrap();
    for m in mentions {
        let (start, end) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &source[start..end],
            m["text"].as_str().unwrap(),
            "offsets point into the original file"
        );
    }
    let furniture = mentions
        .iter()
        .filter(|m| m["reason"] == "page furniture")
        .count();
    assert_eq!(furniture, 3);
}

#[test]
fn extract_human_output() {
    let out = tipcheck(&["extract", "--color", "never", FIXTURE]);
    insta::assert_snapshot!(stdout(&out));
}

#[test]
fn exit_code_0_when_every_claim_agrees() {
    let out = tipcheck(&["check", CONSISTENT]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("2 consistent"));
}

#[test]
fn fail_on_changes_the_exit_code() {
    assert_eq!(
        tipcheck(&["check", "--fail-on", "never", FIXTURE])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        tipcheck(&["check", "--fail-on", "warning", FIXTURE])
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn check_is_the_default_command() {
    let out = tipcheck(&["--color", "never", FIXTURE]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("error[wrong-metric]"));
}

#[test]
fn a_missing_file_is_reported_in_one_line_while_the_others_are_checked() {
    let out = tipcheck(&["check", "--color", "never", "no-such-draft.md", FIXTURE]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("error: cannot read no-such-draft.md: "),
        "{err}"
    );
    assert!(
        stdout(&out).contains("3 claims checked in 1 file"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tipcheck"))
        .args(["check", "--format", "json", "-"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Some 3.3 million children are trafficked each year.".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["files"][0]["path"], "<stdin>");
    assert_eq!(json["files"][0]["findings"][0]["verdict"], "wrong-metric");
}

#[test]
fn no_input_is_a_usage_error() {
    let out = tipcheck(&["check"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no input"));
}

#[test]
fn binary_and_non_utf8_files_are_refused_by_name() {
    let dir = std::env::temp_dir().join(format!("tipcheck-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let binary = dir.join("image.md");
    std::fs::write(&binary, b"PNG\0\0data").unwrap();
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"caf\xe9 38%").unwrap();
    let out = tipcheck(&["check", binary.to_str().unwrap(), latin1.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("image.md: looks like a binary file"), "{err}");
    assert!(err.contains("latin1.txt: is not UTF-8 text"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_broken_table_is_an_error_with_line_and_column() {
    let dir = std::env::temp_dir().join(format!("tipcheck-table-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let table = dir.join("broken.toml");
    std::fs::write(
        &table,
        "schema = 1\n\n[[figure]]\nid = \"x\"\nvalue = = 3\n",
    )
    .unwrap();
    let out = tipcheck(&["check", "--claims", table.to_str().unwrap(), FIXTURE]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("broken.toml:5:9:"),
        "{}",
        stderr(&out)
    );
    let lint = tipcheck(&["claims", "lint", table.to_str().unwrap()]);
    assert_eq!(lint.status.code(), Some(2));
    assert!(
        stdout(&lint).contains("broken.toml:5:9: error[syntax]"),
        "{}",
        stdout(&lint)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_builtin_table_is_used_outside_a_project() {
    let out = Command::new(env!("CARGO_BIN_EXE_tipcheck"))
        .args([
            "check",
            "--color",
            "never",
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(FIXTURE)
                .to_str()
                .unwrap(),
        ])
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("(table: built-in, "),
        "{}",
        stdout(&out)
    );
}

#[test]
fn claims_lint_list_and_show() {
    let lint = tipcheck(&["claims", "lint"]);
    assert_eq!(lint.status.code(), Some(0));
    assert!(stdout(&lint).starts_with("claims.toml: "));
    let list = stdout(&tipcheck(&["claims", "list"]));
    assert!(list.lines().any(
        |l| l.starts_with("ilo-gems-2022-children-forced-labour") && l.contains("3.3 million")
    ));
    let show = tipcheck(&["claims", "show", "unodc-glotip-2024-children-share"]);
    assert!(stdout(&show).contains("quote:         “we are seeing a resurgence"));
    let missing = tipcheck(&["claims", "show", "no-such-id"]);
    assert_eq!(missing.status.code(), Some(2));
}
