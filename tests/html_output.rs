//! `--output FILE`, for every format: the file replaced whole, or left as it was.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

const FIXTURE: &str = "fixtures/trafficking-event.md";

fn tipcheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tipcheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

fn fixture() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(FIXTURE)
        .display()
        .to_string()
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn every_format_writes_the_same_bytes_to_the_file_as_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["human", "json", "html"] {
        let path = dir.path().join(format!("report.{format}"));
        let file = path.to_str().unwrap();
        let to_file = tipcheck(&[
            "check", "--format", format, "--color", "never", "--output", file, FIXTURE,
        ]);
        // The exit code still reports the findings; nothing goes to stdout.
        assert_eq!(to_file.status.code(), Some(1), "{format}");
        assert!(to_file.stdout.is_empty(), "{format}");
        let to_stdout = tipcheck(&["check", "--format", format, "--color", "never", FIXTURE]);
        assert_eq!(fs::read(&path).unwrap(), to_stdout.stdout, "{format}");
    }
    let out = dir.path().join("mentions.json");
    let extract = tipcheck(&[
        "extract",
        "--format",
        "json",
        "--output",
        out.to_str().unwrap(),
        FIXTURE,
    ]);
    assert_eq!(extract.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&fs::read(&out).unwrap()).unwrap();
    assert!(!json["files"][0]["mentions"].as_array().unwrap().is_empty());
}

#[test]
fn an_old_report_is_replaced_whole_and_no_temporary_file_is_left() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.html");
    fs::write(&path, "old report").unwrap();
    let out = tipcheck(&[
        "check",
        "--format",
        "html",
        "--output",
        path.to_str().unwrap(),
        FIXTURE,
    ]);
    assert_eq!(out.status.code(), Some(1));
    let html = fs::read_to_string(&path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.ends_with("</html>\n"));
    assert_eq!(names(dir.path()), ["report.html"]);
}

#[test]
fn an_unusable_table_leaves_the_old_report_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.html");
    fs::write(&path, "old report").unwrap();
    let out = tipcheck(&[
        "check",
        "--format",
        "html",
        "--claims",
        "no/such/table.toml",
        "--output",
        path.to_str().unwrap(),
        FIXTURE,
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(fs::read_to_string(&path).unwrap(), "old report");
    assert_eq!(names(dir.path()), ["report.html"]);
}

#[test]
fn a_missing_folder_or_a_directory_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no/such/report.html");
    let out = tipcheck(&[
        "check",
        "--format",
        "html",
        "--output",
        missing.to_str().unwrap(),
        FIXTURE,
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("does not exist"), "{err}");
    assert!(!err.contains("panicked"), "{err}");

    let out = tipcheck(&["check", "--output", dir.path().to_str().unwrap(), FIXTURE]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is a directory"));
}

#[test]
fn the_article_itself_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("draft.md");
    fs::copy(fixture(), &draft).unwrap();
    let before = fs::read(&draft).unwrap();
    let d = draft.to_str().unwrap();
    let out = tipcheck(&["check", "--format", "html", "--output", d, d]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("also an input"));
    assert_eq!(fs::read(&draft).unwrap(), before);
}
