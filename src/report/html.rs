//! The HTML report: one self-contained page an editor opens in a browser.
//!
//! The article as written with each claim marked by verdict (colour, icon and word), a panel of
//! findings in reading order, a card per finding, counts and filters per verdict. CSS and script
//! are inline; a Content-Security-Policy lets nothing else load or run. All article and table text
//! is escaped.

mod article;
mod card;
mod escape;

use std::fmt::{self, Write as _};
use std::io::{self, Write};
use std::ops::Range;

use self::article::BlockKind;
use self::card::Ids;
use self::escape::Esc;
use super::Summary;
use crate::FileReport;
use crate::check::{Finding, Verdict};
use crate::table::Table;

const STYLE: &str = include_str!("html/style.css");
const SCRIPT: &str = include_str!("html/script.js");
const ICONS: &str = include_str!("html/icons.svg");

/// `sha256-` and the base64 SHA-256 of [`STYLE`], for the Content-Security-Policy.
const STYLE_HASH: &str = "sha256-NSRQEheM4Rc+cLPwpRUNxUjC21LStts1L+AMkxaGnog=";
/// `sha256-` and the base64 SHA-256 of [`SCRIPT`], for the Content-Security-Policy.
const SCRIPT_HASH: &str = "sha256-q5POztCIxDPG4WgHVsIbg0CC0bB7WnYrY/YQrUo4tEs=";

/// Writes the report of a `check` run as one HTML page.
pub fn write(
    out: &mut dyn Write,
    files: &[FileReport],
    table: &Table,
    summary: &Summary,
) -> io::Result<()> {
    let mut page = String::new();
    write_page(&mut page, files, table, summary)
        .map_err(|_| io::Error::other("cannot lay out the HTML report"))?;
    out.write_all(page.as_bytes())
}

fn write_page(
    out: &mut String,
    files: &[FileReport],
    table: &Table,
    summary: &Summary,
) -> fmt::Result {
    let subject = match files {
        [one] => one.document.path.clone(),
        _ => plural(files.len(), "file", "files"),
    };
    write!(
        out,
        concat!(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ",
            "style-src '{}'; script-src '{}'; base-uri 'none'; form-action 'none'\">\n",
            "<meta name=\"referrer\" content=\"no-referrer\">\n",
            "<meta name=\"generator\" content=\"tipcheck {}\">\n",
            "<title>tipcheck report: {}</title>\n<style>{}</style>\n</head>\n<body>\n{}"
        ),
        STYLE_HASH,
        SCRIPT_HASH,
        env!("CARGO_PKG_VERSION"),
        Esc(&subject),
        STYLE,
        ICONS
    )?;
    summary_bar(out, &subject, table, summary)?;
    out.push_str("<main>\n");
    if files.len() > 1 {
        file_list(out, files)?;
    }
    if files.is_empty() {
        out.push_str("<p class=\"empty\">No file could be read.</p>\n");
    }
    for (i, file) in files.iter().enumerate() {
        file_section(out, i + 1, file, table)?;
    }
    write!(
        out,
        concat!(
            "</main>\n<footer>Made by tipcheck {}. Figures from the table {} ({}). ",
            "This page loads nothing from the network; links open the sources.</footer>\n",
            "<script>{}</script>\n</body>\n</html>\n"
        ),
        env!("CARGO_PKG_VERSION"),
        Esc(&table.origin),
        plural(table.figures.len(), "figure", "figures"),
        SCRIPT
    )
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The title, the counts per verdict (each a filter) and any unreadable inputs.
fn summary_bar(out: &mut String, subject: &str, table: &Table, summary: &Summary) -> fmt::Result {
    write!(
        out,
        "<header class=\"top\">\n<h1>tipcheck report <span class=\"what\">{}</span></h1>\n<p class=\"meta\">{} checked in {} against the table {}.</p>\n",
        Esc(subject),
        plural(summary.claims, "claim", "claims"),
        plural(summary.files, "file", "files"),
        Esc(&table.origin)
    )?;
    if summary.errors > 0 {
        writeln!(
            out,
            "<p class=\"alert\" role=\"alert\">{} could not be read; the terminal says why. This report leaves {} out.</p>",
            plural(summary.errors, "input", "inputs"),
            if summary.errors == 1 { "it" } else { "them" }
        )?;
    }
    out.push_str("<fieldset class=\"summary\"><legend>Claims by verdict</legend>\n");
    for v in Verdict::ALL {
        let n = summary.count(v);
        write!(
            out,
            "<label class=\"chip {}{}\"><input type=\"checkbox\" checked data-verdict=\"{}\" aria-label=\"Show {} claims\">",
            card::severity_class(v),
            if n == 0 { " none" } else { "" },
            v.as_str(),
            card::label(v)
        )?;
        card::tag(out, v)?;
        writeln!(out, "<span class=\"n\">{n}</span></label>")?;
    }
    out.push_str("</fieldset>\n</header>\n");
    Ok(())
}

/// The list of files, with their counts, when several were checked.
fn file_list(out: &mut String, files: &[FileReport]) -> fmt::Result {
    out.push_str("<nav class=\"files\" aria-label=\"Files\"><h2>Files</h2><ol>\n");
    for (i, file) in files.iter().enumerate() {
        write!(
            out,
            "<li><a href=\"#file-{}\">{}</a>",
            i + 1,
            Esc(&file.document.path)
        )?;
        let mut any = false;
        for v in Verdict::ALL {
            let n = file.findings.iter().filter(|f| f.verdict == v).count();
            if n > 0 {
                any = true;
                write!(out, " {n}")?;
                card::tag(out, v)?;
            }
        }
        if !any {
            out.push_str(" <span class=\"empty\">no claims on the topic</span>");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol></nav>\n");
    Ok(())
}

/// The findings of a file in reading order, with the span each highlights: sorted, and clipped so
/// that no two overlap.
fn in_reading_order(file: &FileReport) -> (Vec<&Finding>, Vec<Range<usize>>) {
    let text = &file.document.text;
    let mut findings: Vec<&Finding> = file.findings.iter().collect();
    findings.sort_by_key(|f| (f.claim.mention.start, f.claim.mention.end));
    let mut spans = Vec::with_capacity(findings.len());
    let mut last_end = 0;
    for f in &findings {
        let m = &f.claim.mention;
        let start = char_boundary(text, m.start.max(last_end));
        let end = char_boundary(text, m.end.max(start));
        spans.push(start..end);
        last_end = end;
    }
    (findings, spans)
}

/// The nearest character boundary at or after `at`, within `text`.
fn char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// One checked file: its path, the findings panel and the article with its cards.
fn file_section(out: &mut String, n: usize, file: &FileReport, table: &Table) -> fmt::Result {
    let doc = &file.document;
    let (findings, spans) = in_reading_order(file);
    let ids: Vec<Ids> = (1..=findings.len()).map(|k| Ids::new(n, k)).collect();
    write!(
        out,
        "<section class=\"file\" id=\"file-{n}\" aria-labelledby=\"file-{n}-h\">\n<h2 id=\"file-{n}-h\">{}</h2>\n<div class=\"layout\">\n",
        Esc(&doc.path)
    )?;
    writeln!(
        out,
        "<aside class=\"panel\" aria-label=\"Findings in {}\"><h3>Findings ({})</h3>",
        Esc(&doc.path),
        findings.len()
    )?;
    if findings.is_empty() {
        out.push_str("<p class=\"empty\">No claims about trafficking, forced labour or child labour were found.</p>\n");
    } else {
        out.push_str("<ol class=\"findings\">\n");
        for (f, id) in findings.iter().zip(&ids) {
            card::panel_item(out, doc, f, id)?;
            out.push('\n');
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</aside>\n<article class=\"article\">\n");
    for block in article::blocks(&doc.source, &doc.text, &spans) {
        let tag = match block.kind {
            BlockKind::Paragraph => "p".to_string(),
            BlockKind::Heading(level) => format!("h{}", (level + 1).min(6)),
        };
        write!(out, "<{tag}>")?;
        article::write_inline(
            out,
            &doc.source,
            &doc.text,
            &block,
            &spans,
            &mut |o, i, open| {
                if open {
                    card::open_claim(o, findings[i], table, &ids[i])
                } else {
                    card::close_claim(o, findings[i])
                }
            },
        )?;
        writeln!(out, "</{tag}>")?;
        for i in block.spans.clone() {
            card::card(out, doc, findings[i], table, &ids[i])?;
            out.push('\n');
        }
    }
    out.push_str("</article>\n</div>\n</section>\n");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    fn base64(bytes: &[u8]) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let b = [
                chunk[0],
                chunk.get(1).copied().unwrap_or(0),
                chunk.get(2).copied().unwrap_or(0),
            ];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            for k in 0..4 {
                if k <= chunk.len() {
                    out.push(ALPHABET[(n >> (18 - 6 * k) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }

    fn csp_hash(text: &str) -> String {
        format!("sha256-{}", base64(&Sha256::digest(text.as_bytes())))
    }

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b"Man"), "TWFu");
        assert_eq!(base64(b"Ma"), "TWE=");
        assert_eq!(base64(b"M"), "TQ==");
    }

    #[test]
    fn the_policy_lets_the_inline_style_and_script_run() {
        assert_eq!(
            STYLE_HASH,
            csp_hash(STYLE),
            "style.css changed: set STYLE_HASH to the new hash"
        );
        assert_eq!(
            SCRIPT_HASH,
            csp_hash(SCRIPT),
            "script.js changed: set SCRIPT_HASH to the new hash"
        );
    }

    /// WCAG 2 relative luminance of `#rrggbb`.
    fn luminance(hex: &str) -> f64 {
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }

    fn contrast(a: &str, b: &str) -> f64 {
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    /// The value of CSS custom property `--name` in the stylesheet.
    fn colour(name: &str) -> &'static str {
        let key = format!("--{name}: ");
        let at = STYLE.find(&key).unwrap_or_else(|| panic!("no {key}")) + key.len();
        &STYLE[at..at + 7]
    }

    #[test]
    fn colours_meet_wcag_aa_contrast() {
        let (ink, paper) = (colour("ink"), colour("paper"));
        for sev in ["error", "warning", "note", "ok"] {
            let (tone, tint) = (colour(sev), colour(&format!("{sev}-tint")));
            // Label text on its colour, headings in that colour, claim text on its tint.
            assert!(contrast(paper, tone) >= 4.5, "{sev}: label");
            assert!(contrast(ink, tint) >= 4.5, "{sev}: claim text");
            // The underline against the tint is a graphic: 3:1.
            assert!(contrast(tone, tint) >= 3.0, "{sev}: underline");
        }
        for other in ["muted", "link"] {
            assert!(contrast(colour(other), paper) >= 4.5, "{other}");
            assert!(
                contrast(colour(other), colour("wash")) >= 4.5,
                "{other} on wash"
            );
        }
    }

    #[test]
    fn severities_are_told_apart_without_colour() {
        // Each verdict has its own icon and word, and severities their own underline.
        for v in Verdict::ALL {
            assert!(ICONS.contains(&format!("id=\"i-{}\"", v.as_str())), "{v:?}");
        }
        assert!(STYLE.contains(".sev-warning.claim { border-bottom-style: dashed; }"));
        assert!(STYLE.contains(".sev-note.claim { border-bottom-style: dotted; }"));
    }
}
