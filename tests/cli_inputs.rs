//! Inputs: walking, file types, standard input, HTML positions and JSON Lines archives.

mod common;

use common::*;

/// The paths (and article ids) a run reports, in order.
fn paths(args: &[&str]) -> Vec<String> {
    let mut full = vec!["check", "--format", "json"];
    full.extend_from_slice(args);
    let out = tipcheck(&full);
    json(&out)["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| match f["id"].as_str() {
            Some(id) => format!("{}#{id}", f["path"].as_str().unwrap()),
            None => f["path"].as_str().unwrap().to_string(),
        })
        .collect()
}

#[test]
fn a_directory_is_walked_for_articles_with_gitignore_hidden_and_config_excludes_respected() {
    assert_eq!(
        paths(&[TREE]),
        [
            "fixtures/tree/archive.jsonl#2023-0117",
            "fixtures/tree/archive.jsonl#2023-0118",
            "fixtures/tree/archive.jsonl#2023-0119",
            "fixtures/tree/articles/briefing.md",
            "fixtures/tree/articles/feature.html",
            "fixtures/tree/notes.txt",
        ],
        "no private-notes.md (.gitignore), .drafts (hidden), drafts/old (config) or figures.csv"
    );
}

#[test]
fn hidden_and_no_ignore_widen_the_walk() {
    let hidden = paths(&["--hidden", TREE]);
    assert!(hidden.contains(&"fixtures/tree/.drafts/hidden.md".to_string()));
    assert!(!hidden.contains(&"fixtures/tree/private-notes.md".to_string()));
    let ignored = paths(&["--no-ignore", TREE]);
    assert!(ignored.contains(&"fixtures/tree/private-notes.md".to_string()));
    assert!(!ignored.contains(&"fixtures/tree/.drafts/hidden.md".to_string()));
}

#[test]
fn globs_select_and_excludes_prune() {
    assert_eq!(
        paths(&["--glob", "*.md", TREE]),
        ["fixtures/tree/articles/briefing.md"],
        "a glob never brings back an ignored or excluded file"
    );
    assert_eq!(
        paths(&["-g", "*.csv", "--input-format", "text", TREE]),
        ["fixtures/tree/figures.csv"]
    );
    assert_eq!(
        paths(&["--exclude", "articles/", "--exclude", "*.jsonl", TREE]),
        ["fixtures/tree/notes.txt"]
    );
}

#[test]
fn walking_for_archives_takes_archives_only() {
    assert_eq!(
        paths(&["--input-format", "jsonl", TREE]),
        [
            "fixtures/tree/archive.jsonl#2023-0117",
            "fixtures/tree/archive.jsonl#2023-0118",
            "fixtures/tree/archive.jsonl#2023-0119",
        ]
    );
}

#[test]
fn files_named_explicitly_are_read_whatever_the_globs_unless_force_exclude() {
    let stale = "fixtures/tree/drafts/old/stale.md";
    assert_eq!(paths(&[stale]), [stale]);
    assert_eq!(paths(&["--exclude", "*.md", stale]), [stale]);
    let out = tipcheck(&["check", "--force-exclude", stale]);
    assert_eq!(code(&out), 0);
    assert!(
        stdout(&out).starts_with("0 claims checked in 0 files"),
        "{}",
        stdout(&out)
    );
    let out = tipcheck(&[
        "check",
        "--force-exclude",
        "--exclude",
        "fixtures/tree/notes.txt",
        "--format",
        "json",
        "fixtures/tree/notes.txt",
        "fixtures/tree/articles/briefing.md",
    ]);
    assert_eq!(json(&out)["summary"]["files"], 1);
}

#[test]
fn paths_are_sorted_and_named_once() {
    assert_eq!(
        paths(&[
            "fixtures/tree/notes.txt",
            "./fixtures/consistent.md",
            "fixtures/tree/notes.txt"
        ]),
        ["fixtures/consistent.md", "fixtures/tree/notes.txt"]
    );
}

#[test]
fn html_positions_point_into_the_original_bytes() {
    let path = "fixtures/tree/articles/feature.html";
    let source = std::fs::read_to_string(root().join(path)).unwrap();
    let out = tipcheck(&["extract", "--format", "json", path]);
    assert_eq!(code(&out), 0);
    let mentions = json(&out)["files"][0]["mentions"].clone();
    let shown: Vec<(&str, &str)> = mentions
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let (start, end) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            (m["text"].as_str().unwrap(), &source[start..end])
        })
        .collect();
    assert_eq!(
        shown,
        [("3.3\u{a0}million", "3.3&nbsp;million"), ("38%", "38&#37;")],
        "nothing from the head, nav, aside or footers; entities decoded, offsets original"
    );
    let first = &mentions[0];
    let line = source
        .lines()
        .nth(first["line"].as_u64().unwrap() as usize - 1)
        .unwrap();
    let column = first["column"].as_u64().unwrap() as usize;
    assert!(
        line.chars()
            .skip(column - 1)
            .collect::<String>()
            .starts_with("3.3&nbsp;million")
    );
    assert_eq!(json(&out)["files"][0]["date"], "2024-10-01");
}

#[test]
fn markdown_code_front_matter_links_and_images_are_not_read() {
    let out = tipcheck(&[
        "extract",
        "--format",
        "json",
        "fixtures/tree/articles/briefing.md",
    ]);
    let texts: Vec<String> = json(&out)["files"][0]["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap().to_string())
        .collect();
    for hidden in ["17828", "42%", "1,000", "99", "55%", "77", "2022"] {
        assert!(
            !texts.iter().any(|t| t.contains(hidden)),
            "{hidden} in {texts:?}"
        );
    }
    assert!(texts.contains(&"3.3 million".to_string()));
    assert!(
        texts.contains(&"2024".to_string()),
        "link text is read: {texts:?}"
    );
}

#[test]
fn input_format_overrides_the_extension() {
    let out = tipcheck(&[
        "extract",
        "--format",
        "json",
        "--input-format",
        "text",
        "fixtures/tree/articles/feature.html",
    ]);
    let texts: Vec<String> = json(&out)["files"][0]["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap().to_string())
        .collect();
    assert!(
        texts.iter().any(|t| t == "12000"),
        "as text the script is read: {texts:?}"
    );
}

#[test]
fn markdown_character_references_are_read_as_their_characters() {
    // A CMS export writes `&nbsp;` between a number and its scale; read literally, `million` alone
    // was a claim of one million children and a false conflict.
    let md =
        b"# Brief\n\nThe ILO counts 3.3&nbsp;million children in forced labour, 12&#37; of all.\n";
    let out = tipcheck_stdin(
        &[
            "check",
            "--format",
            "json",
            "--as-of",
            "2024-01-01",
            "--stdin-filename",
            "brief.md",
            "-",
        ],
        md,
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let json = json(&out);
    let findings = json["files"][0]["findings"].as_array().unwrap();
    let shown: Vec<(&str, &[u8], u64)> = findings
        .iter()
        .map(|f| {
            let (start, end) = (
                f["start"].as_u64().unwrap() as usize,
                f["end"].as_u64().unwrap() as usize,
            );
            (
                f["verdict"].as_str().unwrap(),
                &md[start..end],
                f["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            ("consistent", &b"3.3&nbsp;million"[..], 16),
            ("consistent", &b"12&#37;"[..], 60),
        ]
    );
}

#[test]
fn standard_input_takes_its_name_and_type_from_stdin_filename() {
    let html = b"<nav>Top 25</nav><p>Campaigners say 3.3&nbsp;million children are trafficked.</p>";
    let out = tipcheck_stdin(
        &[
            "check",
            "--format",
            "json",
            "--stdin-filename",
            "web/page.html",
            "-",
        ],
        html,
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let json = json(&out);
    let file = &json["files"][0];
    assert_eq!(file["path"], "web/page.html");
    assert_eq!(file["findings"][0]["verdict"], "wrong-metric");
    let (start, end) = (
        file["findings"][0]["start"].as_u64().unwrap() as usize,
        file["findings"][0]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&html[start..end], b"3.3&nbsp;million");
    let plain = tipcheck_stdin(
        &["check", "--format", "json", "-"],
        b"3.3 million children are trafficked.",
    );
    assert_eq!(json_path(&plain), "<stdin>");
}

fn json_path(out: &std::process::Output) -> String {
    json(out)["files"][0]["path"].as_str().unwrap().to_string()
}

#[test]
fn an_archive_gives_one_file_object_per_article_with_offsets_in_its_text() {
    let out = tipcheck(&["check", "--format", "json", "fixtures/tree/archive.jsonl"]);
    assert_eq!(code(&out), 1);
    let json = json(&out);
    let files = json["files"].as_array().unwrap();
    assert_eq!(files.len(), 3);
    let first = &files[0];
    assert_eq!(first["path"], "fixtures/tree/archive.jsonl");
    assert_eq!(first["id"], "2023-0117");
    assert_eq!(first["archive_line"], 1);
    assert_eq!(first["date"], "2023-03-02");
    let finding = &first["findings"][0];
    assert_eq!(
        (finding["start"].as_u64(), finding["line"].as_u64()),
        (Some(25), Some(1))
    );
    let body = "Aid groups estimate that 3.3 million children are trafficked each year.";
    assert_eq!(&body[25..36], finding["text"].as_str().unwrap());
}

#[test]
fn archive_field_names_come_from_flags_and_bad_lines_are_errors_naming_the_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("feed.ndjson"),
        "{\"slug\": \"a\", \"content\": \"Some 3.3 million children are trafficked.\", \"published\": \"2024-01-05\"}\n\
         {\"slug\": \"b\", \"content\": 7}\n\
         {broken\n\
         {\"slug\": \"c\", \"content\": \"Children are 38 per cent of detected trafficking victims.\"}\n",
    )
    .unwrap();
    let out = tipcheck_in(
        dir.path(),
        &[
            "check",
            "--isolated",
            "--format",
            "jsonl",
            "--id-field",
            "slug",
            "--text-field",
            "content",
            "--date-field",
            "published",
            "feed.ndjson",
        ],
    );
    assert_eq!(code(&out), 2, "bad lines are errors");
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(
        err.contains("error: feed.ndjson:2: article b: the `content` field is not a string"),
        "{err}"
    );
    assert!(
        err.contains("error: feed.ndjson:3: not a JSON object with an article"),
        "{err}"
    );
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "two articles and the summary");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["date"], "2024-01-05");
    assert_eq!(lines[1]["id"], "c");
    assert_eq!(lines[2]["summary"]["errors"], 2);
}

#[test]
fn an_archive_streams_from_standard_input() {
    let archive = "{\"id\": 1, \"text\": \"Some 3.3 million children are trafficked.\"}\n\
                   {\"id\": 2, \"text\": \"Nothing to see.\"}\n";
    let out = tipcheck_stdin(
        &[
            "check",
            "--format",
            "jsonl",
            "--input-format",
            "jsonl",
            "--stdin-filename",
            "batch-7",
            "-",
        ],
        archive.as_bytes(),
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let text = stdout(&out);
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(
        (first["path"].as_str(), first["id"].as_str()),
        (Some("batch-7"), Some("1"))
    );
    assert_eq!(text.lines().count(), 3);
}

#[test]
fn an_archive_line_that_is_not_utf8_is_checked_but_fails_the_run_unless_text() {
    let archive: &[u8] =
        b"{\"id\": 1, \"text\": \"Caf\xe9: half of trafficking victims are children.\"}\n";
    let args = ["check", "--format", "jsonl", "--input-format", "jsonl", "-"];
    let out = tipcheck_stdin(&args, archive);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert_eq!(
        stderr(&out).trim(),
        "error: <stdin>:1: is not valid UTF-8: read with the invalid bytes replaced by U+FFFD; save the archive as UTF-8, or pass --text to accept it"
    );
    let first: serde_json::Value =
        serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!(first["findings"][0]["text"], "half");

    let mut accepted = vec!["check", "--text"];
    accepted.extend_from_slice(&args[1..]);
    let out = tipcheck_stdin(&accepted, archive);
    // 1 for the finding on "half", no longer 2 for the bytes.
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stderr(&out).starts_with("warning: <stdin>:1: is not valid UTF-8"));
}

#[test]
fn a_large_archive_is_checked_in_batches_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = String::new();
    for i in 0..1500 {
        let text = if i % 3 == 0 {
            "Some 3.3 million children are trafficked."
        } else {
            "The council met to discuss the budget."
        };
        archive.push_str(&format!("{{\"id\": \"n{i:04}\", \"text\": \"{text}\"}}\n"));
    }
    std::fs::write(dir.path().join("big.jsonl"), archive).unwrap();
    let run = |j: &str| {
        tipcheck_in(
            dir.path(),
            &[
                "check",
                "--isolated",
                "-j",
                j,
                "--format",
                "jsonl",
                "big.jsonl",
            ],
        )
    };
    let (one, three) = (run("1"), run("3"));
    assert_eq!(one.stdout, three.stdout);
    let ids: Vec<String> = stdout(&three)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["id"].as_str().map(str::to_string))
        .collect();
    assert_eq!(ids.len(), 1500);
    assert!(ids.windows(2).all(|w| w[0] < w[1]));
    let summary: serde_json::Value =
        serde_json::from_str(stdout(&three).lines().last().unwrap()).unwrap();
    assert_eq!(summary["summary"]["wrong-metric"], 500);
}

#[test]
fn unreadable_paths_are_one_line_each_and_the_rest_is_reported() {
    let out = tipcheck(&[
        "check",
        "--format",
        "json",
        "no-such-dir/",
        "fixtures/tree/notes.txt",
    ]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("error: cannot read no-such-dir/: "),
        "{err}"
    );
    assert_eq!(json(&out)["files"][0]["path"], "fixtures/tree/notes.txt");
}

#[test]
fn extract_prints_jsonl_too() {
    let out = tipcheck(&["extract", "--format", "jsonl", "fixtures/tree/notes.txt"]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["mentions"].as_array().unwrap().len() >= 2);
    assert!(lines[1]["summary"].is_object());
}
