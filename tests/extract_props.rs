//! Property tests: a number written in any supported style is read back to its value.

use proptest::prelude::*;
use tipcheck::extract::{Kind, extract};

/// `1234567` as `1,234,567`.
fn western(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `1234567` as `12,34,567` (South Asian grouping).
fn south_asian(n: u64) -> String {
    let digits = n.to_string();
    if digits.len() <= 3 {
        return digits;
    }
    let (head, last3) = digits.split_at(digits.len() - 3);
    let mut groups = Vec::new();
    let mut rest = head;
    while rest.len() > 2 {
        let (a, b) = rest.split_at(rest.len() - 2);
        groups.push(b.to_string());
        rest = a;
    }
    groups.push(rest.to_string());
    groups.reverse();
    format!("{},{last3}", groups.join(","))
}

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// English words for `n` below a thousand, British style (`two hundred and fifty-one`).
fn below_thousand(n: u64) -> String {
    let (h, rest) = (n / 100, n % 100);
    let tail = if rest < 20 {
        UNITS[rest as usize].to_string()
    } else if rest % 10 == 0 {
        TENS[(rest / 10) as usize].to_string()
    } else {
        format!(
            "{}-{}",
            TENS[(rest / 10) as usize],
            UNITS[(rest % 10) as usize]
        )
    };
    match (h, rest) {
        (0, _) => tail,
        (h, 0) => format!("{} hundred", UNITS[h as usize]),
        (h, _) => format!("{} hundred and {tail}", UNITS[h as usize]),
    }
}

/// English words for `n` below a billion.
fn words(n: u64) -> String {
    if n < 1000 {
        return below_thousand(n);
    }
    let mut parts = Vec::new();
    for (scale, name) in [(1_000_000, "million"), (1_000, "thousand")] {
        let q = (n / scale) % 1000;
        if q > 0 {
            parts.push(format!("{} {name}", below_thousand(q)));
        }
    }
    let rest = n % 1000;
    if rest > 0 {
        if rest < 100 {
            parts.push(format!("and {}", below_thousand(rest)));
        } else {
            parts.push(below_thousand(rest));
        }
    }
    parts.join(" ")
}

/// The value of the only mention of `text` that starts at byte `at`.
fn value_at(text: &str, at: usize) -> Option<(Kind, f64)> {
    extract(text)
        .into_iter()
        .find(|m| m.start == at)
        .and_then(|m| m.value.map(|v| (m.kind, v)))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

proptest! {
    #[test]
    fn digits_with_commas(n in 0u64..1_000_000_000_000) {
        let text = format!("Officials counted {} cases.", western(n));
        let got = value_at(&text, 18);
        prop_assert!(got.is_some_and(|(_, v)| close(v, n as f64)), "{text}: {got:?}");
    }

    #[test]
    fn south_asian_grouping(n in 1000u64..10_000_000_000) {
        let text = format!("Officials counted {} cases.", south_asian(n));
        let got = value_at(&text, 18);
        prop_assert!(got.is_some_and(|(_, v)| close(v, n as f64)), "{text}: {got:?}");
    }

    #[test]
    fn numbers_in_words(n in 0u64..1_000_000_000) {
        let text = format!("Officials counted {} cases.", words(n));
        let got = value_at(&text, 18);
        prop_assert!(got.is_some_and(|(_, v)| close(v, n as f64)), "{text}: {got:?}");
    }

    #[test]
    fn decimals_with_a_scale(whole in 1u64..1000, tenths in 0u64..10, scale in 0usize..5) {
        let (name, factor) = [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("lakh", 1e5), ("crore", 1e7)][scale];
        let text = format!("Officials counted {whole}.{tenths} {name} cases.");
        let want = (whole as f64 + tenths as f64 / 10.0) * factor;
        let got = value_at(&text, 18);
        prop_assert!(got.is_some_and(|(_, v)| close(v, want)), "{text}: {got:?}");
    }

    #[test]
    fn percentages_in_every_spelling(n in 0u64..100, style in 0usize..5) {
        let suffix = ["%", " per cent", " percent", "pc", " pct"][style];
        let text = format!("Officials said {n}{suffix} of cases stalled.");
        let got = value_at(&text, 15);
        prop_assert!(got.is_some_and(|(k, v)| k == Kind::Percent && close(v, n as f64)), "{text}: {got:?}");
    }

    #[test]
    fn money_with_a_sign_or_code(n in 1u64..100_000_000, style in 0usize..5) {
        let amount = western(n);
        let written = match style {
            0 => format!("${amount}"),
            1 => format!("Rs{amount}"),
            2 => format!("Rs {amount}"),
            3 => format!("£{amount}"),
            _ => format!("PKR {amount}"),
        };
        let text = format!("Officials paid {written} to agents.");
        let got = value_at(&text, 15);
        prop_assert!(got.is_some_and(|(k, v)| k == Kind::Money && close(v, n as f64)), "{text}: {got:?}");
    }
}
