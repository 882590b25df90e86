//! Every output format on the fixture tree, exit codes, determinism across thread counts.

mod common;

use common::*;
use std::collections::HashSet;

fn tree(format: &str) -> std::process::Output {
    tipcheck(&["check", "--color", "never", "--format", format, TREE])
}

#[test]
fn human_report_of_the_tree() {
    let out = tree("human");
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    insta::assert_snapshot!(stdout(&out));
}

#[test]
fn json_report_of_the_tree_keeps_the_contract() {
    let out = tree("json");
    assert_eq!(code(&out), 1);
    let json = json(&out);
    assert_eq!(json["version"], 1);
    for file in json["files"].as_array().unwrap() {
        for key in ["path", "mentions", "findings", "diagnostics", "suppressed"] {
            assert!(file.get(key).is_some(), "file lacks {key}: {file}");
        }
        for f in file["findings"].as_array().unwrap() {
            for key in [
                "verdict", "severity", "text", "start", "end", "line", "column", "figure",
                "claimed", "expected", "message", "source",
            ] {
                assert!(f.get(key).is_some(), "finding lacks {key}: {f}");
            }
        }
    }
    insta::assert_json_snapshot!(json);
}

#[test]
fn jsonl_prints_one_object_per_file_then_the_summary() {
    let out = tree("jsonl");
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line is JSON"))
        .collect();
    let (summary, files) = lines.split_last().unwrap();
    assert_eq!(summary["summary"]["files"], files.len());
    assert_eq!(summary["version"], 1);
    let json = json(&tree("json"));
    assert_eq!(
        files,
        json["files"].as_array().unwrap().as_slice(),
        "the same file objects as --format json"
    );
    assert_eq!(summary["summary"], json["summary"]);
    insta::assert_snapshot!(text);
}

#[test]
fn sarif_deserialises_and_every_result_is_complete() {
    let out = tree("sarif");
    assert_eq!(code(&out), 1);
    let log: serde_sarif::sarif::Sarif =
        serde_json::from_slice(&out.stdout).expect("valid SARIF 2.1.0");
    assert_eq!(log.runs.len(), 1);
    let run = &log.runs[0];
    let results = run.results.as_ref().expect("results");
    assert_eq!(
        results.len(),
        6,
        "3 wrong-metric, 1 outdated, 1 unverified, 1 unused suppression"
    );
    let rules: Vec<&str> = run
        .tool
        .driver
        .rules
        .as_ref()
        .unwrap()
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    let mut fingerprints = HashSet::new();
    for r in results {
        let rule = r.rule_id.as_deref().expect("ruleId");
        assert!(rules.contains(&rule), "{rule} is a declared rule");
        assert!(
            !r.message.text.as_deref().unwrap_or("").is_empty(),
            "message.text"
        );
        assert!(r.level.is_some(), "level");
        let location = &r.locations.as_ref().expect("locations")[0];
        let physical = location
            .physical_location
            .as_ref()
            .expect("physicalLocation");
        let uri = physical
            .artifact_location
            .as_ref()
            .unwrap()
            .uri
            .as_deref()
            .unwrap();
        assert!(uri.starts_with("fixtures/tree/"), "repo-relative: {uri}");
        assert!(physical.region.as_ref().unwrap().start_line.is_some());
        let fp = r
            .partial_fingerprints
            .as_ref()
            .expect("partialFingerprints");
        assert!(
            fingerprints.insert(fp["tipcheck/claim/v1"].clone()),
            "unique fingerprints"
        );
    }
    let raw: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(raw["runs"][0]["columnKind"], "unicodeCodePoints");
    insta::assert_snapshot!(stdout(&out));
}

#[test]
fn sarif_fingerprints_survive_moved_lines() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("draft.md");
    let text = "Some 3.3 million children are trafficked.\n\nChildren make up one-third of trafficking victims.\n";
    std::fs::write(&article, text).unwrap();
    let fingerprints = |dir: &std::path::Path| -> Vec<(String, u64)> {
        let out = tipcheck_in(
            dir,
            &["check", "--isolated", "--format", "sarif", "draft.md"],
        );
        let raw: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        raw["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["partialFingerprints"]["tipcheck/claim/v1"]
                        .as_str()
                        .unwrap()
                        .to_string(),
                    r["locations"][0]["physicalLocation"]["region"]["startLine"]
                        .as_u64()
                        .unwrap(),
                )
            })
            .collect()
    };
    let before = fingerprints(dir.path());
    std::fs::write(
        &article,
        format!("# A new headline\n\nA new paragraph.\n\n{text}"),
    )
    .unwrap();
    let after = fingerprints(dir.path());
    assert_eq!(before.len(), 2);
    assert_eq!(
        before.iter().map(|f| &f.0).collect::<Vec<_>>(),
        after.iter().map(|f| &f.0).collect::<Vec<_>>(),
        "fingerprints do not depend on lines"
    );
    assert_eq!(after[0].1, before[0].1 + 4, "the lines did move");
}

#[test]
fn github_annotations_of_the_tree() {
    let out = tree("github");
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    for line in text.lines().filter(|l| l.starts_with("::")) {
        assert!(
            line.starts_with("::error file=")
                || line.starts_with("::warning file=")
                || line.starts_with("::notice file="),
            "{line}"
        );
        assert!(!line.contains('\r'));
    }
    insta::assert_snapshot!(text);
}

#[test]
fn github_output_escapes_percent_newlines_colons_and_commas() {
    let dir = tempfile::tempdir().unwrap();
    let name = "50%,a:b\r\nc.md";
    std::fs::write(
        dir.path().join(name),
        "Children make up one-third of trafficking victims.\n",
    )
    .unwrap();
    let out = tipcheck_in(
        dir.path(),
        &["check", "--isolated", "--format", "github", name],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    let annotation = text.lines().next().unwrap();
    assert!(
        annotation.starts_with("::warning file=50%25%2Ca%3Ab%0D%0Ac.md,line=1,endLine=1,col=18,endColumn=27,title=tipcheck%3A outdated::"),
        "{annotation}"
    );
    let message = annotation
        .split_once("::")
        .unwrap()
        .1
        .split_once("::")
        .unwrap()
        .1;
    assert!(
        message.contains("reports 38%25 (data for 2022)")
            && message.contains("%0Ahelp: write: “children made up 38%25 of"),
        "{message}"
    );
    assert!(!message.contains('\n') && !message.contains('\r'));
    assert_eq!(
        text.lines().count(),
        2,
        "one annotation and the summary line: {text}"
    );
}

#[test]
fn github_annotations_stop_at_the_budget_and_the_rest_are_log_lines() {
    let dir = tempfile::tempdir().unwrap();
    let line = "Some 3.3 million children are trafficked.\n\n";
    std::fs::write(dir.path().join("many.md"), line.repeat(12)).unwrap();
    let out = tipcheck_in(
        dir.path(),
        &["check", "--isolated", "--format", "github", "many.md"],
    );
    let text = stdout(&out);
    assert_eq!(
        text.lines().filter(|l| l.starts_with("::error ")).count(),
        10
    );
    assert!(
        text.contains("\nmany.md:21:6: error[wrong-metric]: "),
        "{text}"
    );
    assert!(text.contains("tipcheck: 2 more problems are listed above without annotations"));
}

#[test]
fn junit_names_every_case_uniquely() {
    let out = tree("junit");
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites"));
    let mut seen = HashSet::new();
    for case in text.split("<testcase ").skip(1) {
        let class = case
            .split("classname=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let name = case
            .split(" name=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert!(
            seen.insert((class.to_string(), name.to_string())),
            "duplicate {class} {name}"
        );
    }
    assert_eq!(seen.len(), 9, "8 claims and 1 unused suppression: {text}");
    assert!(
        text.contains("failures=\"3\""),
        "the three wrong-metric errors fail under fail-on error"
    );
    insta::assert_snapshot!(text);
}

#[test]
fn junit_names_stay_unique_for_repeated_claims() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("twice.txt"),
        "3.3 million children are trafficked. 3.3 million children are trafficked.\n",
    )
    .unwrap();
    let out = tipcheck_in(
        dir.path(),
        &["check", "--isolated", "--format", "junit", "twice.txt"],
    );
    let text = stdout(&out);
    assert!(
        text.contains("name=\"wrong-metric: “3.3 million” at line 1, column 1\""),
        "{text}"
    );
    assert!(
        text.contains("name=\"wrong-metric: “3.3 million” at line 1, column 38\""),
        "{text}"
    );
}

#[test]
fn gitlab_code_quality_with_stable_fingerprints() {
    let out = tree("gitlab");
    assert_eq!(code(&out), 1);
    let issues: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(issues.len(), 6);
    let mut seen = HashSet::new();
    for i in &issues {
        for key in [
            "description",
            "check_name",
            "fingerprint",
            "severity",
            "location",
        ] {
            assert!(i.get(key).is_some(), "{key}: {i}");
        }
        assert!(
            ["info", "minor", "major", "critical", "blocker"]
                .contains(&i["severity"].as_str().unwrap())
        );
        assert!(i["location"]["lines"]["begin"].as_u64().unwrap() >= 1);
        assert!(seen.insert(i["fingerprint"].clone()));
    }
    insta::assert_snapshot!(stdout(&out));
}

#[test]
fn output_is_byte_identical_for_any_thread_count() {
    for format in [
        "human", "json", "jsonl", "sarif", "github", "junit", "gitlab",
    ] {
        let one = tipcheck(&[
            "check", "--color", "never", "-j", "1", "--format", format, TREE, "fixtures",
        ]);
        let eight = tipcheck(&[
            "check", "--color", "never", "-j", "8", "--format", format, TREE, "fixtures",
        ]);
        assert!(!one.stdout.is_empty());
        assert_eq!(one.stdout, eight.stdout, "--format {format}");
        assert_eq!(one.stderr, eight.stderr);
        assert_eq!(code(&one), code(&eight));
    }
}

#[test]
fn many_files_in_parallel_come_out_in_path_order() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..150 {
        std::fs::write(
            dir.path().join(format!("a{i:03}.md")),
            format!("Draft {i}: some 3.3 million children are trafficked.\n"),
        )
        .unwrap();
    }
    let run = |j: &str| {
        tipcheck_in(
            dir.path(),
            &["check", "--isolated", "-j", j, "--format", "jsonl", "."],
        )
    };
    let (one, four) = (run("1"), run("4"));
    assert_eq!(one.stdout, four.stdout);
    let paths: Vec<String> = stdout(&four)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["path"].as_str().map(str::to_string))
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths.len(), 150);
    assert_eq!(paths, sorted);
    assert_eq!(stderr(&four), "", "no progress bar when stderr is a pipe");
}

#[test]
fn exit_codes_follow_fail_on() {
    // The tree holds errors (wrong-metric), warnings (outdated, unverified as configured, an
    // unused suppression) and no note-level finding.
    for (fail_on, expected) in [("error", 1), ("warning", 1), ("note", 1), ("never", 0)] {
        let out = tipcheck(&["check", "-q", "--fail-on", fail_on, TREE]);
        assert_eq!(code(&out), expected, "--fail-on {fail_on}");
    }
    let consistent = tipcheck(&["check", "--fail-on", "note", "fixtures/consistent.md"]);
    assert_eq!(code(&consistent), 0);
    let warnings_only = tipcheck(&["check", "--fail-on", "error", "fixtures/tree/notes.txt"]);
    assert_eq!(
        code(&warnings_only),
        0,
        "an unverified warning does not fail at error"
    );
    let warnings_fail = tipcheck(&["check", "--fail-on", "warning", "fixtures/tree/notes.txt"]);
    assert_eq!(code(&warnings_fail), 1);
}

#[test]
fn quiet_prints_findings_only() {
    let loud = stdout(&tree("human"));
    let quiet = stdout(&tipcheck(&["check", "-q", "--color", "never", TREE]));
    assert!(loud.contains("(table: claims.toml, "), "{loud}");
    assert_eq!(
        quiet,
        loud.rsplit_once("\n8 claims").unwrap().0.to_string() + "\n"
    );
    let github = stdout(&tipcheck(&["check", "-q", "--format", "github", TREE]));
    assert!(github.lines().all(|l| l.starts_with("::")), "{github}");
}

#[test]
fn color_always_paints_and_never_does_not() {
    let painted = stdout(&tipcheck(&[
        "check",
        "--color",
        "always",
        "fixtures/trafficking-event.md",
    ]));
    assert!(painted.contains("\x1b[1;31merror[wrong-metric]\x1b[0m"));
    let plain = stdout(&tipcheck(&["check", "fixtures/trafficking-event.md"]));
    assert!(!plain.contains('\x1b'), "auto does not colour a pipe");
}

#[test]
fn summary_appends_a_markdown_table_through_a_rename() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("step-summary.md");
    std::fs::write(&summary, "# Earlier step output\n\n").unwrap();
    let path = summary.to_str().unwrap();
    let out = tipcheck(&["check", "--format", "github", "--summary", path, TREE]);
    assert_eq!(code(&out), 1);
    let text = std::fs::read_to_string(&summary).unwrap();
    assert!(
        text.starts_with("# Earlier step output\n\n## tipcheck\n"),
        "kept what was there: {text}"
    );
    assert_eq!(text.matches("\n| ❌ error |").count(), 3);
    assert!(text.contains(
        "| ⚠️ warning | fixtures/tree/articles/briefing.md:17:1 | `unused-suppression` |"
    ));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left behind");
    insta::assert_snapshot!(text);
}

#[test]
fn summary_of_a_clean_run_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("s.md");
    let out = tipcheck(&[
        "check",
        "--summary",
        summary.to_str().unwrap(),
        "fixtures/consistent.md",
    ]);
    assert_eq!(code(&out), 0);
    let text = std::fs::read_to_string(&summary).unwrap();
    assert!(text.contains("No problems found."), "{text}");
}
