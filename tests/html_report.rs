//! `check --format html`, parsed with an HTML parser: structure, escaping and no network.

use scraper::{ElementRef, Html, Selector};
use std::collections::HashSet;
use std::process::{Command, Output};

const FIXTURE: &str = "fixtures/trafficking-event.md";
const CONSISTENT: &str = "fixtures/consistent.md";
const HOSTILE: &str = "fixtures/hostile-article.txt";
const HOSTILE_TABLE: &str = "fixtures/hostile-claims.toml";

fn tipcheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tipcheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

/// The HTML report of `args`, checked to have run (exit 0 or 1).
fn report(args: &[&str]) -> String {
    let mut all = vec!["check", "--format", "html"];
    all.extend_from_slice(args);
    let out = tipcheck(&all);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("the report is UTF-8")
}

/// The JSON findings of the same run, to compare against.
fn json(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    serde_json::from_slice(&tipcheck(&all).stdout).expect("valid JSON")
}

fn sel(css: &str) -> Selector {
    Selector::parse(css).expect("a valid selector")
}

fn text(e: ElementRef) -> String {
    e.text().collect()
}

fn all<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    doc.select(&sel(css)).collect()
}

#[test]
fn one_highlight_per_finding_with_its_verdict_and_figure() {
    let html = report(&[FIXTURE]);
    let doc = Html::parse_document(&html);
    let expected = json(&[FIXTURE]);
    let findings = expected["files"][0]["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 3);

    let claims = all(&doc, "article .claim");
    assert_eq!(claims.len(), findings.len(), "one highlight per finding");
    for (claim, f) in claims.iter().zip(findings) {
        let e = claim.value();
        assert_eq!(e.attr("data-verdict"), f["verdict"].as_str());
        assert_eq!(e.attr("data-figure"), f["figure"].as_str());
        let shown = claim.select(&sel(".claim-text")).next().map(text);
        assert_eq!(shown.as_deref(), f["text"].as_str());
        // A text label besides the colour.
        let tag = claim.select(&sel(".tag")).next().map(text).unwrap();
        assert_eq!(tag, f["verdict"].as_str().unwrap().replace('-', " "));
        // Its card: same verdict, the source and its link.
        let card_id = e.attr("aria-controls").unwrap();
        assert_eq!(e.attr("href"), Some(format!("#{card_id}").as_str()));
        let card = doc
            .select(&sel(&format!("section.card#{card_id}")))
            .next()
            .unwrap_or_else(|| panic!("no card {card_id}"));
        assert_eq!(card.value().attr("data-verdict"), f["verdict"].as_str());
        let card_text = text(card);
        for field in ["publisher", "title", "quote"] {
            let want = f["source"][field].as_str().unwrap();
            assert!(card_text.contains(want), "card lacks the {field}: {want}");
        }
        let url = f["source"]["url"].as_str().unwrap();
        assert_eq!(
            card.select(&sel("a[href]"))
                .next()
                .unwrap()
                .value()
                .attr("href"),
            Some(url)
        );
        assert!(card_text.contains(f["help"].as_str().unwrap()));
        assert!(card_text.contains(f["message"].as_str().unwrap()));
        // The date the claim was checked as of, as the JSON gives it.
        let as_of = card
            .select(&sel("dd.as-of"))
            .next()
            .map(text)
            .unwrap_or_default();
        assert!(as_of.starts_with(f["as_of"].as_str().unwrap()), "{as_of}");
    }

    // The 3.3 million claim is the ILO's forced-labour figure.
    let ilo = claims
        .iter()
        .find(|c| text(**c).starts_with("3.3 million"))
        .unwrap();
    assert_eq!(
        ilo.value().attr("data-figure"),
        Some("ilo-gems-2022-children-forced-labour")
    );
}

#[test]
fn the_panel_lists_findings_in_reading_order_and_links_to_them() {
    let doc = Html::parse_document(&report(&[FIXTURE]));
    let items = all(&doc, ".panel .findings li");
    let claims = all(&doc, "article .claim");
    assert_eq!(items.len(), claims.len());
    for (item, claim) in items.iter().zip(&claims) {
        let link = item.select(&sel("a")).next().unwrap();
        let id = claim.value().attr("id").unwrap();
        assert_eq!(link.value().attr("href"), Some(format!("#{id}").as_str()));
        assert_eq!(
            item.value().attr("data-verdict"),
            claim.value().attr("data-verdict")
        );
    }
    let quotes: Vec<String> = items
        .iter()
        .map(|i| text(i.select(&sel(".quote")).next().unwrap()))
        .collect();
    assert_eq!(quotes, ["“one-third”", "“tripled”", "“3.3 million”"]);
}

#[test]
fn the_summary_bar_counts_each_verdict_and_offers_a_filter() {
    let doc = Html::parse_document(&report(&[FIXTURE]));
    let expected = json(&[FIXTURE]);
    let chips = all(&doc, ".summary .chip");
    assert_eq!(chips.len(), 6);
    for chip in chips {
        let input = chip.select(&sel("input[type=checkbox]")).next().unwrap();
        let verdict = input.value().attr("data-verdict").unwrap();
        let n: u64 = text(chip.select(&sel(".n")).next().unwrap())
            .parse()
            .unwrap();
        assert_eq!(Some(n), expected["summary"][verdict].as_u64(), "{verdict}");
    }
    assert!(
        doc.select(&sel(r#".summary input[data-verdict="consistent"]"#))
            .next()
            .is_some()
    );
}

#[test]
fn the_article_keeps_its_paragraphs_and_markdown_structure() {
    let doc = Html::parse_document(&report(&[FIXTURE]));
    let heading = all(&doc, "article h2");
    assert_eq!(heading.len(), 1);
    assert_eq!(
        text(heading[0]).trim(),
        "Partners pledge to shield children from traffickers in Pakistan"
    );
    assert_eq!(text(all(&doc, "article p em")[0]), "Islamabad");
    let paragraphs = all(&doc, "article > p");
    assert!(paragraphs.len() >= 7, "{}", paragraphs.len());
    assert!(!text(doc.root_element()).contains("*Islamabad*"));
}

/// Every place a page could load something from.
fn fetching_attributes(doc: &Html) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for e in doc.select(&sel("*")) {
        for (name, value) in e.value().attrs() {
            if matches!(
                name,
                "href"
                    | "src"
                    | "srcset"
                    | "action"
                    | "formaction"
                    | "poster"
                    | "data"
                    | "xlink:href"
            ) || name.starts_with("on")
            {
                out.push((e.value().name().to_string(), name.into(), value.into()));
            }
        }
    }
    out
}

#[test]
fn nothing_loads_from_the_network_except_the_sources_own_links() {
    let html = report(&[FIXTURE, CONSISTENT]);
    let doc = Html::parse_document(&html);
    let expected = json(&[FIXTURE, CONSISTENT]);
    let sources: HashSet<&str> = expected["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["findings"].as_array().unwrap())
        .filter_map(|f| f["source"]["url"].as_str())
        .collect();
    assert!(!sources.is_empty());
    for (element, name, value) in fetching_attributes(&doc) {
        let local = value.starts_with('#') && name == "href";
        let source = element == "a" && name == "href" && sources.contains(value.as_str());
        assert!(local || source, "<{element} {name}={value:?}>");
    }
    // No web address anywhere else: not in the style, the script or the text.
    let mut rest = html.clone();
    for url in &sources {
        rest = rest.replace(url, "");
    }
    for scheme in ["http:", "https:", "//cdn", "@import", "url("] {
        assert!(!rest.contains(scheme), "the page mentions {scheme}");
    }
    assert!(
        all(
            &doc,
            "link, img, iframe, object, embed, video, audio, source"
        )
        .is_empty()
    );
    let csp = doc
        .select(&sel(r#"meta[http-equiv="Content-Security-Policy"]"#))
        .next()
        .unwrap();
    assert!(
        csp.value()
            .attr("content")
            .unwrap()
            .starts_with("default-src 'none';")
    );
    assert_eq!(all(&doc, "script").len(), 1);
    assert_eq!(all(&doc, "style").len(), 1);
}

#[test]
fn hostile_article_and_table_text_render_as_text() {
    let html = report(&["--claims", HOSTILE_TABLE, HOSTILE]);
    let doc = Html::parse_document(&html);
    // Only the report's own script and style; no element the hostile text tried to add.
    assert_eq!(all(&doc, "script").len(), 1);
    assert!(!text(all(&doc, "script")[0]).contains("__pwned"));
    assert_eq!(all(&doc, "style").len(), 1);
    assert!(all(&doc, "img, iframe, svg[onload], b[onclick], i").is_empty());
    for (element, name, value) in fetching_attributes(&doc) {
        assert!(
            !name.starts_with("on"),
            "<{element} {name}={value:?}> runs script"
        );
        assert!(value.starts_with('#'), "<{element} {name}={value:?}>");
    }
    // The article shows the markup, as text.
    let article = text(all(&doc, "article.article")[0]);
    for shown in [
        r#"<script>window.__pwned = "article";</script>"#,
        r#"<img src=x onerror="window.__pwned='img'">"#,
        r#"</p></article><script>window.__pwned = "breakout";</script>"#,
        r#"<iframe src="https://example.invalid/frame"></iframe>"#,
    ] {
        assert!(article.contains(shown), "the article should show {shown}");
    }
    // So do the table's fields, in the card.
    let cards: String = all(&doc, "section.card").into_iter().map(text).collect();
    for shown in [
        "</blockquote><script>window.__pwned = 'quote';</script> 3.3 million",
        "</cite><script>window.__pwned = 'title';</script>",
        r#"ILO "><svg onload="window.__pwned='publisher'">"#,
        "<style>body { display: none; }</style>",
        "</dd></dl></section><script>window.__pwned = 'caveat';</script>",
        "<script>window.__pwned = 'metric';</script>",
    ] {
        assert!(cards.contains(shown), "the cards should show {shown}");
    }
    // The table's address, broken by its quote, is shown, never linked.
    assert!(cards.contains(r#"https://example.org/r"><script>window.__pwned='url'</script>"#));
    assert!(all(&doc, "section.card a[href]").is_empty());
    // Three findings, three highlights, each with its card.
    assert_eq!(all(&doc, "article .claim").len(), 3);
    assert_eq!(all(&doc, "section.card").len(), 3);
}

#[test]
fn hostile_markdown_drops_raw_html_and_runs_none() {
    let html = report(&[
        "--claims",
        HOSTILE_TABLE,
        "--input-format",
        "markdown",
        HOSTILE,
    ]);
    let doc = Html::parse_document(&html);
    assert_eq!(all(&doc, "script").len(), 1);
    assert!(all(&doc, "img, iframe, b[onclick]").is_empty());
    assert_eq!(all(&doc, "article .claim").len(), 3);
}

#[test]
fn several_files_make_one_page_with_a_file_list() {
    let doc = Html::parse_document(&report(&[FIXTURE, CONSISTENT]));
    let files = all(&doc, "nav.files li a");
    let names: Vec<String> = files.iter().map(|a| text(*a)).collect();
    // Files come in path order, whatever order they were named in.
    assert_eq!(names, [CONSISTENT, FIXTURE]);
    for a in &files {
        let target = a.value().attr("href").unwrap();
        assert!(
            doc.select(&sel(&format!("section{target}")))
                .next()
                .is_some()
        );
    }
    assert_eq!(all(&doc, "section.file").len(), 2);
    let consistent = all(&doc, r#"article .claim[data-verdict="consistent"]"#);
    assert!(!consistent.is_empty());
    // Every id is unique across the page.
    let mut seen = HashSet::new();
    for e in doc.select(&sel("[id]")) {
        let id = e.value().attr("id").unwrap();
        assert!(seen.insert(id.to_string()), "id {id} twice");
    }
    // A single file gets no file list.
    let one = Html::parse_document(&report(&[FIXTURE]));
    assert!(all(&one, "nav.files").is_empty());
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    assert_eq!(
        report(&[FIXTURE, CONSISTENT]),
        report(&[FIXTURE, CONSISTENT])
    );
}

#[test]
fn an_unreadable_input_is_reported_on_the_page_and_the_others_are_checked() {
    let out = tipcheck(&["check", "--format", "html", "no/such/draft.md", FIXTURE]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/draft.md"));
    let doc = Html::parse_document(&String::from_utf8(out.stdout).unwrap());
    assert!(text(all(&doc, ".alert")[0]).contains("1 input could not be read"));
    assert_eq!(all(&doc, "article .claim").len(), 3);
}

#[test]
fn extract_refuses_the_html_format() {
    let out = tipcheck(&["extract", "--format", "html", FIXTURE]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("invalid value 'html' for '--format"), "{err}");
    assert!(out.stdout.is_empty());
}
