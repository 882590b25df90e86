//! HTML escaping: every piece of article or table text goes through here before it is written.

use std::fmt;

/// Text made safe for HTML element content and quoted attribute values.
pub struct Esc<'a>(pub &'a str);

impl fmt::Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
            f.write_str(&rest[..at])?;
            f.write_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                _ => "&#39;",
            })?;
            rest = &rest[at + 1..];
        }
        f.write_str(rest)
    }
}

/// A link target safe to put in `href`: only `http` and `https` URLs, and only with characters a
/// URL may hold unencoded (no spaces, controls, quotes or angle brackets).
pub fn web_link(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let web = lower.starts_with("https://") || lower.starts_with("http://");
    let clean = !url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || "\"<>\\^`{|}".contains(c));
    (web && clean && url.len() > "https://".len()).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            Esc(r#"<script>alert("x&y")</script> 'q'"#).to_string(),
            "&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt; &#39;q&#39;"
        );
        assert_eq!(
            Esc("3.3 million – “quoted”").to_string(),
            "3.3 million – “quoted”"
        );
    }

    #[test]
    fn only_web_links_are_links() {
        assert_eq!(
            web_link("https://www.ilo.org/x"),
            Some("https://www.ilo.org/x")
        );
        assert_eq!(
            web_link("HTTP://example.org/a"),
            Some("HTTP://example.org/a")
        );
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>",
            "//evil.example/x",
            "https://",
            "https://a b",
            "vbscript:x",
            "https://e.org/\"><script>",
            "https://e.org/<x>",
        ] {
            assert_eq!(web_link(bad), None, "{bad}");
        }
    }
}
