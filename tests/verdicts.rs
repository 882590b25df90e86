//! Table-driven verdicts: every sentence in `fixtures/verdicts/*.tsv` with the verdict and figure a
//! careful fact-checker gives it.
//!
//! Each line is `verdict<TAB>figure<TAB>number<TAB>sentence`: the verdict expected for the number
//! (as the extractor reads it) in the sentence, and the id of the figure it rests on (`-` for
//! none). The verdict `none` means no finding at all (the number is off the topic). A line
//! `# as-of: YYYY-MM-DD` sets the check date for the lines after it (default 2026-01-01, after
//! every figure in the table); other `#` lines are comments. A `\n` in a sentence is a line break
//! (`\n\n` parts paragraphs).

use std::path::Path;

use tipcheck::document::{Date, Document, InputFormat};
use tipcheck::table::Table;

/// The check date when a file does not set one: later than every figure's publication.
const DEFAULT_AS_OF: &str = "2026-01-01";

struct Case {
    file: String,
    line: usize,
    as_of: Date,
    verdict: String,
    figure: String,
    number: String,
    sentence: String,
}

fn cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/verdicts");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures/verdicts exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let mut as_of = Date::parse(DEFAULT_AS_OF).unwrap();
        for (i, line) in text.lines().enumerate() {
            if let Some(date) = line.strip_prefix("# as-of:") {
                as_of = Date::parse(date.trim())
                    .unwrap_or_else(|| panic!("{file}:{}: bad as-of date", i + 1));
                continue;
            }
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(
                cols.len(),
                4,
                "{file}:{}: want verdict, figure, number, sentence separated by tabs",
                i + 1
            );
            out.push(Case {
                file: file.clone(),
                line: i + 1,
                as_of,
                verdict: cols[0].to_string(),
                figure: cols[1].to_string(),
                number: cols[2].to_string(),
                sentence: cols[3].replace("\\n", "\n"),
            });
        }
    }
    out
}

/// The verdict and figure tipcheck gives `case`, or why it cannot say.
fn run(case: &Case, table: &Table) -> Result<(String, String), String> {
    let doc = Document::new("case", case.sentence.clone(), InputFormat::Text);
    let report = tipcheck::check_document(
        doc,
        table,
        tipcheck::check::AsOf::choose(Some(case.as_of), None, case.as_of),
    );
    let text = &report.document.text;
    // A Portuguese or Spanish sentence is read glossed: find its number in the sentence as
    // written, and each mention where the gloss maps it back.
    let glossed = report.document.language != tipcheck::document::language::Language::English;
    let written = if glossed {
        &report.document.source
    } else {
        text
    };
    let at = written
        .find(&case.number)
        .ok_or_else(|| format!("`{}` is not in the sentence", case.number))?;
    let starts_at = |start: usize| {
        if glossed {
            report.document.source_range(start..start + 1).start == at
        } else {
            start == at
        }
    };
    let findings: Vec<_> = report
        .findings
        .iter()
        .filter(|f| starts_at(f.claim.mention.start))
        .collect();
    match findings.as_slice() {
        [] => {
            let read: Vec<&str> = report
                .mentions
                .iter()
                .map(|m| &text[m.start..m.end])
                .collect();
            // No finding: right whether the check set the claim aside or extraction already
            // read the number as no claim (an age group, a label); but it must be read.
            if report.mentions.iter().any(|m| starts_at(m.start)) {
                Ok(("none".into(), "-".into()))
            } else {
                Err(format!(
                    "`{}` is not read at all (mentions: {read:?})",
                    case.number
                ))
            }
        }
        [f] => Ok((
            f.verdict.as_str().to_string(),
            f.figure
                .map_or("-".to_string(), |i| table.figures[i].id.clone()),
        )),
        _ => Err("several findings at one place".into()),
    }
}

#[test]
fn every_fixture_sentence_gets_its_verdict_and_figure() {
    let table = Table::builtin().unwrap();
    let cases = cases();
    let mut failures = Vec::new();
    for case in &cases {
        let want = (case.verdict.clone(), case.figure.clone());
        match run(case, &table) {
            Ok(got) if got == want => {}
            Ok((verdict, figure)) => failures.push(format!(
                "{}:{}: `{}` want {} {}, got {verdict} {figure}\n    {}",
                case.file, case.line, case.number, want.0, want.1, case.sentence
            )),
            Err(why) => failures.push(format!(
                "{}:{}: {why}\n    {}",
                case.file, case.line, case.sentence
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixture sentences failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn the_fixtures_cover_every_verdict_and_are_many() {
    let cases = cases();
    assert!(cases.len() >= 80, "only {} fixture sentences", cases.len());
    for verdict in [
        "consistent",
        "conflict",
        "outdated",
        "wrong-metric",
        "misattributed",
        "unverified",
        "none",
    ] {
        let n = cases.iter().filter(|c| c.verdict == verdict).count();
        assert!(n >= 5, "only {n} fixtures expect {verdict}");
    }
    let table = Table::builtin().unwrap();
    for case in &cases {
        assert!(
            case.figure == "-" || table.get(&case.figure).is_some(),
            "{}:{}: no figure `{}` in the table",
            case.file,
            case.line,
            case.figure
        );
    }
}
