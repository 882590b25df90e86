//! Suppressions: the document's `tipcheck-` directives applied to its findings.
//!
//! A directive hides the findings it covers (never a `consistent` one, which needs no hiding); a
//! directive that hides nothing, or cannot be read, becomes a diagnostic of its own.

use std::ops::Range;

use crate::check::{Finding, Severity, Verdict};
use crate::config::{INVALID_SUPPRESSION, Severities, UNUSED_SUPPRESSION};
use crate::document::{Directive, DirectiveKind, Document};

/// A problem with the file itself rather than a claim: an unused or unreadable directive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Stable code: `unused-suppression` or `invalid-suppression`.
    pub code: &'static str,
    /// How serious it is, after the configuration's overrides.
    pub severity: Severity,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Byte range in the original file.
    pub source: Range<usize>,
}

/// The findings left to report, and what the directives did.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// Findings still reported, in order (verdicts switched `off` removed).
    pub findings: Vec<Finding>,
    /// Findings hidden by a directive.
    pub suppressed: usize,
    /// Diagnostics about the directives, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Where a directive applies, in the original file.
enum Scope {
    Lines(Range<usize>),
    Bytes(Range<usize>),
}

struct Active<'a> {
    directive: &'a Directive,
    scope: Scope,
    used: bool,
}

impl Active<'_> {
    fn covers(&self, verdict: Verdict, line: usize, offset: usize) -> bool {
        let in_scope = match &self.scope {
            Scope::Lines(lines) => lines.contains(&line),
            Scope::Bytes(bytes) => bytes.contains(&offset),
        };
        in_scope
            && (self.directive.verdicts.is_empty()
                || self
                    .directive
                    .verdicts
                    .iter()
                    .any(|v| v == verdict.as_str()))
    }
}

fn unknown_verdict(d: &Directive) -> Option<String> {
    let names: Vec<&str> = Verdict::ALL.iter().map(|v| v.as_str()).collect();
    d.verdicts
        .iter()
        .find(|v| !names.contains(&v.as_str()))
        .map(|v| {
            format!(
                "`{v}` is not a verdict; use one of {}",
                names.get(1..).unwrap_or_default().join(", ")
            )
        })
}

/// Applies `doc`'s directives and `severities` to `findings`.
pub fn apply(doc: &Document, mut findings: Vec<Finding>, severities: &Severities) -> Outcome {
    let mut problems: Vec<(Range<usize>, &'static str, String)> = Vec::new();
    let mut active: Vec<Active> = Vec::new();
    // Open regions; `None` for a `tipcheck-disable` that could not be read, so that its
    // `tipcheck-enable` is not reported as unmatched too.
    let mut open: Vec<Option<usize>> = Vec::new();
    for d in &doc.directives {
        if let Some(problem) = d.problem.clone().or_else(|| unknown_verdict(d)) {
            problems.push((d.source.clone(), INVALID_SUPPRESSION, problem));
            match d.kind {
                DirectiveKind::Enable => {}
                DirectiveKind::Disable => {
                    open.push(None);
                    continue;
                }
                _ => continue,
            }
        }
        let start = doc.source_position(d.source.start).line;
        let end = doc.source_position(d.source.end).line;
        let scope = match d.kind {
            DirectiveKind::DisableNextLine => Scope::Lines(end + 1..end + 2),
            DirectiveKind::DisableLine => Scope::Lines(start..end + 1),
            DirectiveKind::Disable => {
                open.push(Some(active.len()));
                Scope::Bytes(d.source.end..doc.source.len() + 1)
            }
            DirectiveKind::Enable => {
                if open.is_empty() && d.problem.is_none() {
                    problems.push((
                        d.source.clone(),
                        INVALID_SUPPRESSION,
                        "tipcheck-enable without an open tipcheck-disable before it".into(),
                    ));
                }
                for i in open.drain(..).flatten() {
                    if let Some(Active {
                        scope: Scope::Bytes(bytes),
                        ..
                    }) = active.get_mut(i)
                    {
                        bytes.end = d.source.start;
                    }
                }
                continue;
            }
        };
        active.push(Active {
            directive: d,
            scope,
            used: false,
        });
    }

    let mut outcome = Outcome::default();
    // The findings kept are kept in place: no second list, no finding moved but to close a gap.
    findings.retain(|finding| {
        let Some(severity) = severities.verdict(finding.verdict) else {
            return false;
        };
        if severity > Severity::Ok {
            let m = &finding.claim.mention;
            // Regions are ranges of the decoded source, where directives are found.
            let source = doc.source_range(m.start..m.end);
            let line = doc.source_position(source.start).line;
            let mut hidden = false;
            for a in active.iter_mut() {
                if a.covers(finding.verdict, line, source.start) {
                    a.used = true;
                    hidden = true;
                }
            }
            if hidden {
                outcome.suppressed += 1;
                return false;
            }
        }
        true
    });
    outcome.findings = findings;

    for a in active.iter().filter(|a| !a.used) {
        let d = a.directive;
        let what = if d.verdicts.is_empty() {
            "any finding".to_string()
        } else {
            d.verdicts.join(" or ")
        };
        let place = match d.kind {
            DirectiveKind::DisableNextLine => "on the next line",
            DirectiveKind::DisableLine => "on its line",
            _ => "in its region",
        };
        problems.push((
            d.source.clone(),
            UNUSED_SUPPRESSION,
            format!("this suppression hides nothing: there is no {what} {place}; remove it"),
        ));
    }
    problems.sort_by_key(|(range, _, _)| (range.start, range.end));
    outcome.diagnostics = problems
        .into_iter()
        .filter_map(|(source, code, message)| {
            severities.diagnostic(code).map(|severity| Diagnostic {
                code,
                severity,
                message,
                source,
            })
        })
        .collect();
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::InputFormat;
    use crate::table::Table;

    fn run(source: &str, format: InputFormat) -> (Document, Outcome) {
        let doc = Document::new("a", source.to_string(), format);
        let table = Table::builtin().unwrap();
        let report = crate::check_document(
            doc.clone(),
            &table,
            crate::check::AsOf::choose(None, None, crate::document::Date::today()),
        );
        let outcome = apply(&doc, report.findings, &Severities::default());
        (doc, outcome)
    }

    const WRONG: &str = "Some 3.3 million children are trafficked every year.";

    #[test]
    fn disable_next_line_hides_the_named_verdict_on_the_next_line() {
        let (_, o) = run(
            &format!(
                "<!-- tipcheck-disable-next-line wrong-metric: the minister's words -->\n{WRONG}\n\n{WRONG}\n"
            ),
            InputFormat::Markdown,
        );
        assert_eq!(o.suppressed, 1);
        assert_eq!(o.findings.len(), 1);
        assert!(o.diagnostics.is_empty(), "{:?}", o.diagnostics);
    }

    #[test]
    fn another_verdict_is_not_hidden_and_the_directive_is_unused() {
        let (_, o) = run(
            &format!(
                "<!-- tipcheck-disable-next-line conflict: wrong verdict named -->\n{WRONG}\n"
            ),
            InputFormat::Markdown,
        );
        assert_eq!((o.suppressed, o.findings.len()), (0, 1));
        assert_eq!(o.diagnostics.len(), 1);
        assert_eq!(o.diagnostics[0].code, UNUSED_SUPPRESSION);
        assert_eq!(o.diagnostics[0].severity, Severity::Warning);
    }

    #[test]
    fn disable_and_enable_bound_a_region() {
        let (_, o) = run(
            &format!(
                "<!-- tipcheck-disable: quoted report -->\n\n{WRONG}\n\n{WRONG}\n\n<!-- tipcheck-enable -->\n\n{WRONG}\n"
            ),
            InputFormat::Markdown,
        );
        assert_eq!((o.suppressed, o.findings.len()), (2, 1));
        assert!(o.diagnostics.is_empty());
    }

    #[test]
    fn the_plain_text_marker_hides_its_own_line() {
        let (_, o) = run(
            &format!("{WRONG} tipcheck: ignore: a quotation\n{WRONG}\n"),
            InputFormat::Text,
        );
        assert_eq!((o.suppressed, o.findings.len()), (1, 1));
    }

    #[test]
    fn a_directive_without_reason_or_with_a_bad_verdict_does_nothing_and_is_reported() {
        let (doc, o) = run(
            &format!(
                "<!-- tipcheck-disable-next-line wrong-metric -->\n{WRONG}\n\n<!-- tipcheck-disable-next-line wrong-metrics: typo -->\n{WRONG}\n\n<!-- tipcheck-enable -->\n"
            ),
            InputFormat::Markdown,
        );
        assert_eq!((o.suppressed, o.findings.len()), (0, 2));
        let codes: Vec<_> = o.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [INVALID_SUPPRESSION; 3]);
        assert!(o.diagnostics[0].message.contains("needs a reason"));
        assert!(
            o.diagnostics[1]
                .message
                .contains("`wrong-metrics` is not a verdict")
        );
        assert!(o.diagnostics[2].message.contains("without an open"));
        assert!(doc.source[o.diagnostics[2].source.clone()].starts_with("<!--"));
    }

    #[test]
    fn severities_switch_verdicts_and_diagnostics_off() {
        let severities: Severities = crate::config::Config::parse(
            "[severity]\nwrong-metric = \"off\"\nunused-suppression = \"off\"\n",
            "t",
            std::path::Path::new("/"),
        )
        .unwrap()
        .severities;
        let doc = Document::new(
            "a",
            format!("<!-- tipcheck-disable: x -->\n{WRONG}\n"),
            InputFormat::Markdown,
        );
        let table = Table::builtin().unwrap();
        let report = crate::check_document(
            doc.clone(),
            &table,
            crate::check::AsOf::choose(None, None, crate::document::Date::today()),
        );
        let o = apply(&doc, report.findings, &severities);
        assert!(o.findings.is_empty());
        assert!(o.diagnostics.is_empty());
    }
}
