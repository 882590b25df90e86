//! `--format junit`: JUnit XML for GitLab's test reports (`artifacts:reports:junit`).
//!
//! One test suite per file (per article in an archive), one test case per checked claim and per
//! diagnostic. GitLab keys a test on class name + name, so every name is unique within its
//! file. A case fails when its severity reaches the fail level, as the exit code does.

use std::collections::HashSet;
use std::io::{self, Write};

use super::{Context, FileView, Item, Printer, Summary, items};
use crate::check::Severity;

/// Escapes text for XML attributes and content; drops characters XML 1.0 cannot hold.
pub fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Keeps every suite, then writes the document.
#[derive(Default)]
pub struct Junit {
    suites: String,
    tests: usize,
    failures: usize,
}

impl Printer for Junit {
    fn file(&mut self, _: &mut dyn Write, file: FileView<'_>, ctx: &Context) -> io::Result<()> {
        let doc = &file.report.document;
        let fail_on = ctx.fail_on(file);
        let class = ctx.repo_path(&doc.path).unwrap_or_else(|| doc.path.clone());
        let suite = match &doc.id {
            Some(id) => format!("{class} (article {id})"),
            None => class.clone(),
        };
        // Consistent claims pass; every other finding and diagnostic is its item.
        let problems = items(file, ctx.table);
        let mut problems = problems.iter().peekable();
        let mut list: Vec<Case> = Vec::new();
        for f in &file.report.findings {
            let m = &f.claim.mention;
            let at = doc.locate(m.start, m.end);
            while let Some(item) = problems.next_if(|i| i.location.start < at.start) {
                list.push(Case::of(item));
            }
            let own = |i: &&Item| i.location.start == at.start && i.code == f.verdict.as_str();
            match problems.next_if(own) {
                Some(item) => list.push(Case::of(item)),
                None => list.push(Case {
                    code: f.verdict.as_str(),
                    text: &doc.text[m.start..m.end],
                    line: doc.record_line.unwrap_or(at.line),
                    column: doc.record_line.is_none().then_some(at.column),
                    severity: Severity::Ok,
                    body: None,
                }),
            }
        }
        list.extend(problems.map(Case::of));
        let mut names = HashSet::new();
        let mut cases = String::new();
        let (mut tests, mut failures) = (0, 0);
        for case in list {
            let line = case.line;
            let mut name = match &doc.id {
                Some(id) => format!(
                    "article {id}: {}: “{}” at line {line}",
                    case.code, case.text
                ),
                None => format!("{}: “{}” at line {line}", case.code, case.text),
            };
            if let Some(column) = case.column {
                name.push_str(&format!(", column {column}"));
            }
            let base = name.clone();
            let mut n = 1;
            while !names.insert(name.clone()) {
                n += 1;
                name = format!("{base} ({n})");
            }
            tests += 1;
            cases.push_str(&format!(
                "    <testcase classname=\"{}\" name=\"{}\" file=\"{}\" line=\"{line}\" time=\"0\"",
                xml(&class),
                xml(&name),
                xml(&class)
            ));
            match case.body {
                Some(body) if fail_on.fails(case.severity) => {
                    failures += 1;
                    let message = body.lines().next().unwrap_or_default();
                    cases.push_str(&format!(
                        ">\n      <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>\n",
                        case.code,
                        xml(message),
                        xml(&body)
                    ));
                }
                Some(body) => cases.push_str(&format!(
                    ">\n      <system-out>{}: {}</system-out>\n    </testcase>\n",
                    case.severity.as_str(),
                    xml(&body)
                )),
                None => cases.push_str("/>\n"),
            }
        }
        self.tests += tests;
        self.failures += failures;
        self.suites.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\" time=\"0\">\n{cases}  </testsuite>\n",
            xml(&suite)
        ));
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, _: &Summary, _: &Context) -> io::Result<()> {
        writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
        writeln!(
            out,
            "<testsuites name=\"tipcheck\" tests=\"{}\" failures=\"{}\" errors=\"0\" time=\"0\">",
            self.tests, self.failures
        )?;
        out.write_all(self.suites.as_bytes())?;
        writeln!(out, "</testsuites>")
    }
}

/// One test case: a claim that passes, or a problem.
struct Case<'a> {
    code: &'a str,
    text: &'a str,
    line: usize,
    column: Option<usize>,
    severity: Severity,
    /// The problem's text; `None` for a consistent claim.
    body: Option<String>,
}

impl<'a> Case<'a> {
    fn of(item: &'a Item) -> Self {
        Case {
            code: item.code,
            text: item.text,
            line: item.line,
            column: item.columns.map(|c| c.0),
            severity: item.severity,
            body: Some(body(item)),
        }
    }
}

/// The failure text: the message, then the help and the source.
fn body(item: &Item) -> String {
    let mut body = item.message.to_string();
    if let Some(help) = item.help {
        body.push_str(&format!("\nhelp: {help}"));
    }
    if let Some(figure) = item.figure {
        body.push_str(&format!(
            "\nsource: {}, {}: {}",
            figure.source.publisher, figure.source.title, figure.source.url
        ));
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escapes_markup_and_drops_control_characters() {
        assert_eq!(
            xml("a<b>&\"c\"'\u{1}\n"),
            "a&lt;b&gt;&amp;&quot;c&quot;&apos;\n"
        );
    }
}
