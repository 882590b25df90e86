//! Configuration files, suppressions and the distribution commands (completions, man page,
//! GitHub Action, pre-commit hook).

mod common;

use common::*;
use std::collections::BTreeSet;

fn verdicts(args: &[&str]) -> Vec<(String, String, String)> {
    let mut full = vec!["check", "--format", "json"];
    full.extend_from_slice(args);
    let out = tipcheck(&full);
    json(&out)["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| {
            f["findings"].as_array().unwrap().iter().map(|x| {
                (
                    x["text"].as_str().unwrap().to_string(),
                    x["verdict"].as_str().unwrap().to_string(),
                    x["severity"].as_str().unwrap().to_string(),
                )
            })
        })
        .collect()
}

#[test]
fn the_config_found_above_a_path_sets_severities_and_isolated_ignores_it() {
    let notes = "fixtures/tree/notes.txt";
    let configured = verdicts(&[notes]);
    assert_eq!(
        configured,
        [("212".into(), "unverified".into(), "warning".into())]
    );
    let isolated = verdicts(&["--isolated", notes]);
    assert_eq!(
        isolated,
        [("212".into(), "unverified".into(), "note".into())]
    );
    let tree = verdicts(&["--isolated", TREE]);
    assert!(
        tree.iter()
            .any(|(t, v, _)| t.eq_ignore_ascii_case("half") && v == "conflict"),
        "without the config's exclude, drafts/old/stale.md is read: {tree:?}"
    );
}

#[test]
fn config_flag_names_the_file_for_every_input() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("strict.toml");
    std::fs::write(
        &config,
        "fail-on = \"warning\"\n[severity]\nwrong-metric = \"off\"\n",
    )
    .unwrap();
    let config = config.to_str().unwrap();
    let out = tipcheck(&[
        "check",
        "--config",
        config,
        "--format",
        "json",
        "fixtures/trafficking-event.md",
    ]);
    let json = json(&out);
    assert_eq!(json["summary"]["wrong-metric"], 0, "switched off");
    assert_eq!(json["summary"]["outdated"], 1);
    assert_eq!(code(&out), 1, "fail-on warning from the file");
    let flag_wins = tipcheck(&[
        "check",
        "--config",
        config,
        "--fail-on",
        "error",
        "fixtures/trafficking-event.md",
    ]);
    assert_eq!(code(&flag_wins), 0, "--fail-on beats the file");
}

#[test]
fn unknown_keys_and_bad_values_are_errors_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.md"),
        "Some 3.3 million children are trafficked.\n",
    )
    .unwrap();
    let cases = [
        (
            "fail-on = \"error\"\n[severity]\nwrong-metrc = \"note\"\n",
            "tipcheck.toml:3:1: unknown field `wrong-metrc`",
        ),
        (
            "failon = \"error\"\n",
            "tipcheck.toml:1:1: unknown field `failon`",
        ),
        (
            "fail-on = \"sometimes\"\n",
            "tipcheck.toml:1:11: unknown variant `sometimes`",
        ),
        (
            "as-of = \"last week\"\n",
            "tipcheck.toml:1:9: `last week` is not an as-of policy",
        ),
        (
            "extend-claims = [\"none.toml\"]\n",
            "tipcheck.toml:1:18: the table `none.toml` named in extend-claims does not exist",
        ),
        (
            "[files]\nexclude = [\"{a\"]\n",
            "tipcheck.toml:2:12: `{a` is not a valid glob",
        ),
    ];
    for (config, expected) in cases {
        std::fs::write(dir.path().join("tipcheck.toml"), config).unwrap();
        let out = tipcheck_in(dir.path(), &["check", "a.md"]);
        assert_eq!(code(&out), 2, "{config}");
        let err = stderr(&out);
        assert!(
            err.starts_with(&format!("error: {expected}")),
            "{config}: {err}"
        );
        assert_eq!(stdout(&out), "", "nothing is checked under a broken config");
    }
    std::fs::write(dir.path().join(".tipcheck.toml"), "").unwrap();
    let both = tipcheck_in(dir.path(), &["check", "a.md"]);
    assert!(stderr(&both).contains("keep one"), "{}", stderr(&both));
}

#[test]
fn dump_config_prints_every_key_in_effect() {
    let out = tipcheck(&["check", "--dump-config", "--fail-on", "warning", TREE]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    insta::assert_snapshot!(text);
    let defaults = stdout(&tipcheck(&["check", "--dump-config", "--isolated", TREE]));
    assert!(defaults.starts_with("# tipcheck configuration (no configuration file: defaults)"));
    assert!(defaults.contains("unverified = \"note\""));
    assert!(defaults.contains("fail-on = \"error\""));
}

#[test]
fn extend_claims_adds_a_newsroom_table_to_the_default_one() {
    let article = "fixtures/extend/article.md";
    let out = tipcheck(&["check", "--format", "json", article]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let json = json(&out);
    let origin = json["table"]["origin"].as_str().unwrap();
    assert!(
        origin.ends_with(", fixtures/extend/local-figures.toml"),
        "{origin}"
    );
    let finding = &json["files"][0]["findings"][0];
    assert_eq!(finding["text"], "27.6 million");
    assert_ne!(
        finding["verdict"], "unverified",
        "the local figure covers it: {finding}"
    );
    let alone = tipcheck(&["check", "--isolated", "--format", "json", article]);
    let without = crate::json(&alone)["table"]["figures"].as_u64().unwrap();
    assert_eq!(json["table"]["figures"].as_u64().unwrap(), without + 1);
}

#[test]
fn an_extra_table_that_repeats_an_id_is_left_out_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let local = std::fs::read_to_string(root().join("fixtures/extend/local-figures.toml")).unwrap();
    std::fs::write(dir.path().join("one.toml"), &local).unwrap();
    std::fs::write(dir.path().join("two.toml"), &local).unwrap();
    std::fs::write(
        dir.path().join("tipcheck.toml"),
        "extend-claims = [\"one.toml\", \"two.toml\"]\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("a.md"), "Text.\n").unwrap();
    // `check` keeps going: the second definition is left out with a warning naming both places
    // (`claims lint` is where a repeated id fails hard).
    let out = tipcheck_in(dir.path(), &["check", "a.md"]);
    assert_eq!(code(&out), 0);
    let err = stderr(&out);
    assert!(err.contains("warning[duplicate-id]"), "{err}");
    assert!(
        err.contains("two.toml:5:1") && err.contains("one.toml:5:1"),
        "{err}"
    );
    let lint = tipcheck_in(dir.path(), &["claims", "lint", "one.toml", "two.toml"]);
    assert_eq!(code(&lint), 2);
}

#[test]
fn fail_on_comes_from_the_config_unless_the_flag_says_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("tipcheck.toml"), "fail-on = \"never\"\n").unwrap();
    std::fs::write(
        dir.path().join("a.md"),
        "Some 3.3 million children are trafficked.\n",
    )
    .unwrap();
    assert_eq!(code(&tipcheck_in(dir.path(), &["check", "a.md"])), 0);
    assert_eq!(
        code(&tipcheck_in(
            dir.path(),
            &["check", "--fail-on", "error", "a.md"]
        )),
        1
    );
}

#[test]
fn suppressions_hide_findings_and_unused_ones_are_warnings() {
    let out = tipcheck(&[
        "check",
        "--format",
        "json",
        "fixtures/tree/articles/briefing.md",
        "fixtures/tree/notes.txt",
    ]);
    let json = json(&out);
    assert_eq!(
        json["summary"]["suppressed"], 2,
        "the minister's quote and the notes line"
    );
    assert_eq!(json["summary"]["conflict"], 0);
    let diagnostics = json["files"][0]["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(diagnostics[0]["code"], "unused-suppression");
    assert_eq!(diagnostics[0]["severity"], "warning");
    assert_eq!(diagnostics[0]["line"], 17);
    let unsuppressed = tipcheck(&[
        "check",
        "--format",
        "json",
        "--isolated",
        "--input-format",
        "text",
        "fixtures/tree/articles/briefing.md",
    ]);
    assert_eq!(
        crate::json(&unsuppressed)["summary"]["conflict"],
        1,
        "read as text, the comment is no directive"
    );
}

#[test]
fn a_suppression_needs_a_reason_and_a_real_verdict() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.md"),
        "<!-- tipcheck-disable-next-line wrong-metric -->\nSome 3.3 million children are trafficked.\n\n\
         <!-- tipcheck-disable -->\nHalf of all trafficking victims are children.\n<!-- tipcheck-enable -->\n\n\
         <!-- tipcheck-disable-next-line wrong-metrics: typo -->\nSome 3.3 million children are trafficked.\n",
    )
    .unwrap();
    let out = tipcheck_in(
        dir.path(),
        &["check", "--isolated", "--color", "never", "a.md"],
    );
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    assert_eq!(
        text.matches("warning[invalid-suppression]").count(),
        3,
        "{text}"
    );
    assert!(text.contains("a suppression needs a reason: write `tipcheck-disable-next-line wrong-metric: why the claim stands`"));
    assert!(text.contains("`wrong-metrics` is not a verdict"));
    assert!(
        text.contains("error[conflict]"),
        "an unexplained disable hides nothing: {text}"
    );
    assert_eq!(text.matches("error[wrong-metric]").count(), 2);
}

#[test]
fn disable_regions_and_the_plain_text_marker() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.html"),
        "<article><!-- tipcheck-disable: a quoted campaign leaflet -->\
         <p>Some 3.3 million children are trafficked.</p><p>Half of all trafficking victims are children.</p>\
         <!-- tipcheck-enable --><p>Some 3.3 million children are trafficked.</p></article>",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "Some 3.3 million children are trafficked. tipcheck: ignore wrong-metric: quoting the leaflet\n\
         Half of victims are children. tipcheck: ignore outdated: wrong verdict named\n",
    )
    .unwrap();
    let out = tipcheck_in(
        dir.path(),
        &["check", "--isolated", "--format", "json", "a.html", "b.txt"],
    );
    let json = json(&out);
    assert_eq!(json["summary"]["suppressed"], 3, "{json}");
    assert_eq!(json["summary"]["wrong-metric"], 1);
    assert_eq!(json["summary"]["conflict"], 1);
    let b = &json["files"][1];
    assert_eq!(b["diagnostics"][0]["code"], "unused-suppression");
    assert_eq!(
        b["diagnostics"][0]["text"],
        "tipcheck: ignore outdated: wrong verdict named"
    );
}

#[test]
fn diagnostics_can_be_relevelled() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("tipcheck.toml"),
        "[severity]\nunused-suppression = \"error\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("a.md"),
        "<!-- tipcheck-disable-next-line: stale -->\nNo claims here.\n",
    )
    .unwrap();
    let out = tipcheck_in(dir.path(), &["check", "--color", "never", "a.md"]);
    assert_eq!(code(&out), 1);
    assert!(
        stdout(&out).starts_with("error[unused-suppression]"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = tipcheck(&["completions", shell]);
        assert_eq!(code(&out), 0, "{shell}");
        let script = stdout(&out);
        assert!(script.contains("tipcheck"), "{shell}");
        assert!(
            script.contains("stdin-filename"),
            "{shell}: completes the flags"
        );
    }
    assert_eq!(code(&tipcheck(&["completions", "tcsh"])), 2);
}

#[test]
fn the_man_page_documents_every_flag() {
    let out = tipcheck(&["man"]);
    assert_eq!(code(&out), 0);
    let page = stdout(&out);
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq \\(aq") || page.contains(".TH tipcheck"),
        "{page}"
    );
    let help = stdout(&tipcheck(&["check", "--help"]));
    for flag in long_flags(&help) {
        assert!(
            page.contains(&flag.replace('-', "\\-")),
            "the man page lacks {flag}"
        );
    }
}

/// The long flags (`--name`) a text mentions.
fn long_flags(text: &str) -> BTreeSet<String> {
    let bytes = text.as_bytes();
    let mut flags = BTreeSet::new();
    let mut i = 0;
    while let Some(at) = text[i..].find("--") {
        let start = i + at;
        let mut end = start + 2;
        while end < bytes.len() && (bytes[end].is_ascii_lowercase() || bytes[end] == b'-') {
            end += 1;
        }
        let preceded = start > 0 && bytes[start - 1].is_ascii_alphanumeric();
        if end > start + 2 && !preceded {
            flags.insert(text[start..end].trim_end_matches('-').to_string());
        }
        i = end;
    }
    flags
}

#[test]
fn the_action_and_the_hook_use_only_real_flags() {
    let help = stdout(&tipcheck(&["check", "--help"]));
    let known = long_flags(&help);
    for file in ["action.yml", ".pre-commit-hooks.yaml"] {
        let text = std::fs::read_to_string(root().join(file)).unwrap();
        let used = long_flags(&text);
        assert!(!used.is_empty(), "{file} runs tipcheck with flags");
        for flag in used {
            if ["--locked", "--path", "--root", "--quiet"].contains(&flag.as_str())
                && file == "action.yml"
            {
                continue; // cargo install's own flags
            }
            assert!(
                known.contains(&flag),
                "{file} uses {flag}, which tipcheck check does not have"
            );
        }
    }
}
