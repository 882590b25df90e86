//! `claims list`, `claims show`, `claims fmt`, several tables, and lenient loading in `check`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs the binary in `dir`.
fn tipcheck_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tipcheck"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

/// Runs the binary from the project root.
fn tipcheck(args: &[&str]) -> Output {
    tipcheck_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/tables")
        .join(name)
}

/// A fresh directory with no claims.toml above it that tipcheck could find.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tipcheck-table-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn list_shows_one_line_per_figure() {
    let out = tipcheck(&["claims", "list", "--claims", "fixtures/tables/valid.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    insta::assert_snapshot!(stdout(&out), @r"
    example-2020-children-share  30%  children as a share of victims detected in the example survey (2019, Example Agency)
    example-2023-children-share  40%  children as a share of victims detected in the example survey (2022, Example Agency)
    2 figures in fixtures/tables/valid.toml
    ");
}

#[test]
fn list_as_json_gives_every_field_and_the_editions() {
    let out = tipcheck(&[
        "claims",
        "list",
        "--format",
        "json",
        "--claims",
        "fixtures/tables/valid.toml",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let figures = json["figures"].as_array().unwrap();
    assert_eq!(figures.len(), 2);
    let old = figures
        .iter()
        .find(|f| f["id"] == "example-2020-children-share")
        .unwrap();
    assert_eq!(old["superseded_by"], "example-2023-children-share");
    assert_eq!(old["newest"], "example-2023-children-share");
    assert_eq!(old["source"]["grade"], "primary");
    assert_eq!(old["defined_at"], "fixtures/tables/valid.toml:5");
}

#[test]
fn the_builtin_list_holds_every_figure() {
    let dir = scratch("list");
    let out = tipcheck_in(&dir, &["claims", "list", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(json["table"], "built-in");
    assert!(json["figures"].as_array().unwrap().len() >= 60);
}

#[test]
fn show_gives_the_quote_the_url_and_the_editions() {
    let out = tipcheck(&[
        "claims",
        "show",
        "example-2020-children-share",
        "--claims",
        "fixtures/tables/valid.toml",
    ]);
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!(stdout(&out), @r"
    example-2020-children-share
      metric:        children as a share of victims detected in the example survey
      value:         30% (share)
      scope:         global
      period:        2019
      published:     2020-06-01
      source:        Example Agency, Example Survey 2020 (primary)
      quote:         “Children made up 30 per cent of the victims detected in 2019.”
      url:           https://example.org/survey-2020
      superseded by: example-2023-children-share (40%, data for 2022)
      defined at:    fixtures/tables/valid.toml:5
    ");
}

#[test]
fn show_of_a_shipped_figure_names_its_confusions_and_misstatements() {
    let out = tipcheck(&[
        "claims",
        "show",
        "ilo-gems-2022-children-forced-labour-share",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.contains("confused with: unodc-glotip-2024-children-share (38%"),
        "{text}"
    );
    assert!(
        text.contains(
            "misstated:     “Children account for one out of five people in forced labour” [20%]"
        ),
        "{text}"
    );
    assert!(
        text.contains("quote:         “Almost one in eight"),
        "{text}"
    );
}

#[test]
fn show_of_an_unknown_id_suggests_the_nearest() {
    let out = tipcheck(&["claims", "show", "children-share-2024"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: no figure `children-share-2024` in claims.toml; did you mean `unodc-glotip-2024-children-share`?\n"
    );
}

#[test]
fn fmt_rewrites_a_table_in_canonical_form_and_check_reports_it() {
    let dir = scratch("fmt");
    let path = dir.join("claims.toml");
    // Figures out of order, a key out of place, a number written another way.
    let valid = std::fs::read_to_string(fixture("valid.toml")).unwrap();
    let mut blocks: Vec<&str> = valid.split("\n[[figure]]\n").collect();
    let header = blocks.remove(0);
    blocks.reverse();
    let first = blocks[0].replacen("value = 0.4\n", "", 1).replacen(
        "source.grade = \"primary\"",
        "source.grade = \"primary\"\nvalue = 0.40",
        1,
    );
    let reordered = format!("{header}\n[[figure]]\n{first}\n[[figure]]\n{}", blocks[1]);
    assert_ne!(reordered, valid);
    std::fs::write(&path, &reordered).unwrap();

    let check = tipcheck_in(&dir, &["claims", "fmt", "--check"]);
    assert_eq!(check.status.code(), Some(1), "{}", stderr(&check));
    assert!(stdout(&check).starts_with("claims.toml: not in canonical form from line"));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        reordered,
        "--check writes nothing"
    );

    let fmt = tipcheck_in(&dir, &["claims", "fmt"]);
    assert_eq!(fmt.status.code(), Some(0), "{}", stderr(&fmt));
    assert_eq!(stdout(&fmt), "claims.toml: formatted\n");
    let formatted = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        formatted, valid,
        "the fixture is canonical, so formatting restores it"
    );
    let leftovers: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file is left behind");

    let again = tipcheck_in(&dir, &["claims", "fmt", "--check"]);
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(stdout(&again), "");
}

#[test]
fn fmt_refuses_to_lose_comments_or_hide_problems() {
    let dir = scratch("fmt-refuse");
    let path = dir.join("claims.toml");
    let valid = std::fs::read_to_string(fixture("valid.toml")).unwrap();
    let commented = valid.replace(
        "scope = \"global\"\n",
        "scope = \"global\" # checked with the editor\n",
    );
    std::fs::write(&path, &commented).unwrap();
    let out = tipcheck_in(&dir, &["claims", "fmt"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "claims.toml:12:18: error[comment]: `claims fmt` keeps only the comment block at the top of the file; move this comment there or into `caveats`\n\
         claims.toml:29:18: error[comment]: `claims fmt` keeps only the comment block at the top of the file; move this comment there or into `caveats`\n\
         error: claims.toml was not formatted: formatting would lose these comments\n"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), commented);

    let broken = std::fs::read_to_string(fixture("unknown-key.toml")).unwrap();
    std::fs::write(&path, &broken).unwrap();
    let out = tipcheck_in(&dir, &["claims", "fmt", "claims.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("error[unknown-key]"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).ends_with(
        "error: claims.toml was not formatted: fix these problems first (`tipcheck claims lint claims.toml`)\n"
    ));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), broken);
}

#[test]
fn fmt_without_a_table_says_so() {
    let dir = scratch("fmt-none");
    let out = tipcheck_in(&dir, &["claims", "fmt"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: no claims.toml in this directory or above it; name the table file to format\n"
    );
}

#[test]
fn check_leaves_out_a_bad_record_with_a_warning_and_goes_on() {
    let dir = scratch("lenient");
    let article = dir.join("draft.md");
    std::fs::write(
        &article,
        "Police made 1,200 arrests for trafficking in 2024, the ministry said.\n",
    )
    .unwrap();
    let table = fixture("one-bad-record.toml");
    let out = tipcheck_in(
        &dir,
        &[
            "check",
            "--color",
            "never",
            "--claims",
            table.to_str().unwrap(),
            "draft.md",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(
            "one-bad-record.toml:34:8: warning[not-https]: figure `example-2024-convictions`"
        ),
        "{err}"
    );
    assert!(
        err.trim_end().ends_with("; this figure is left out"),
        "{err}"
    );
    let text = stdout(&out);
    assert!(text.contains("1 consistent"), "{text}");
    assert!(
        text.contains("1 figure)"),
        "the broken figure is not used: {text}"
    );

    let lint = tipcheck(&["claims", "lint", "fixtures/tables/one-bad-record.toml"]);
    assert_eq!(lint.status.code(), Some(2), "lint is where it fails hard");
}

#[test]
fn several_tables_are_used_together_and_a_repeated_id_is_left_out() {
    let out = tipcheck(&[
        "claims",
        "list",
        "--claims",
        "fixtures/tables/valid.toml",
        "--claims",
        "fixtures/tables/local-figures.toml",
        "--claims",
        "fixtures/tables/local-duplicate.toml",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.contains("example-province-2024-working-children"),
        "{text}"
    );
    assert!(text.ends_with("3 figures in fixtures/tables/valid.toml, fixtures/tables/local-figures.toml, fixtures/tables/local-duplicate.toml\n"), "{text}");
    assert_eq!(
        stderr(&out),
        "fixtures/tables/local-duplicate.toml:6:1: warning[duplicate-id]: figure `example-2023-children-share`: this id is already defined at fixtures/tables/valid.toml:23:1; an id names one figure in all the tables in use; this figure is left out\n"
    );
}

#[test]
fn extending_the_default_table_keeps_the_builtin_figures() {
    let dir = scratch("extend");
    let mut warnings = Vec::new();
    let table =
        tipcheck::app::load_tables(&[], &[fixture("local-figures.toml")], &dir, &mut warnings)
            .expect("the tables load");
    assert!(warnings.is_empty());
    assert!(
        table
            .get("example-province-2024-working-children")
            .is_some()
    );
    assert!(table.get("unodc-glotip-2024-children-share").is_some());
    assert!(table.origin.starts_with("built-in, "), "{}", table.origin);

    // `--claims` replaces the default table; the extensions still come after it.
    let chosen = tipcheck::app::load_tables(
        &[fixture("valid.toml")],
        &[fixture("local-figures.toml")],
        &dir,
        &mut warnings,
    )
    .unwrap();
    assert_eq!(chosen.figures.len(), 3);
    assert!(chosen.get("unodc-glotip-2024-children-share").is_none());
}

#[test]
fn a_table_that_is_not_toml_stops_check_with_its_place() {
    let dir = scratch("unreadable");
    std::fs::write(dir.join("draft.md"), "Nothing to see.\n").unwrap();
    let table = fixture("syntax.toml");
    let out = tipcheck_in(
        &dir,
        &["check", "--claims", table.to_str().unwrap(), "draft.md"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("syntax.toml:9:9: error[syntax]"),
        "{}",
        stderr(&out)
    );
}
