//! Reports: one printer per output format, all fed the same file reports.

pub mod html;
pub mod human;
pub mod json;
mod snippet;
mod style;

pub use style::Style;

use crate::FileReport;
use crate::check::{Severity, Verdict};

/// Counts over a whole run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Inputs read.
    pub files: usize,
    /// Claims checked (for `check`) or found (for `extract`).
    pub claims: usize,
    /// Findings per verdict, in [`Verdict::ALL`] order.
    pub verdicts: [usize; 6],
    /// Inputs that could not be read.
    pub errors: usize,
}

impl Summary {
    /// Counts the findings of `files` (or, with no findings, their claims); `errors` unread inputs.
    pub fn of(files: &[FileReport], errors: usize, checked: bool) -> Self {
        let mut s = Summary {
            files: files.len(),
            errors,
            ..Summary::default()
        };
        for file in files {
            if checked {
                s.claims += file.findings.len();
                for f in &file.findings {
                    s.verdicts[verdict_index(f.verdict)] += 1;
                }
            } else {
                s.claims += file.claims.len();
            }
        }
        s
    }

    /// Findings with this verdict.
    pub fn count(&self, verdict: Verdict) -> usize {
        self.verdicts[verdict_index(verdict)]
    }

    /// The most serious severity found, if any finding was made.
    pub fn worst(&self) -> Option<Severity> {
        Verdict::ALL
            .iter()
            .filter(|&&v| self.count(v) > 0)
            .map(|v| v.severity())
            .max()
    }
}

fn verdict_index(verdict: Verdict) -> usize {
    Verdict::ALL.iter().position(|&v| v == verdict).unwrap_or(0)
}
