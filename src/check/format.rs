//! Numbers written the way a reader expects: `38%`, `3.3 million`, `×3`, `US$236 billion`.

use crate::table::Quantity;

/// `value` in words and digits for a quantity, with `unit` for money.
pub fn quantity(quantity: Quantity, value: f64, unit: Option<&str>) -> String {
    match quantity {
        Quantity::Share => format!("{}%", trim(value * 100.0, 1)),
        Quantity::Count => count(value),
        Quantity::Multiplier => format!("×{}", trim(value, 1)),
        Quantity::Change => format!("{}{}%", if value > 0.0 { "+" } else { "" }, trim(value, 1)),
        Quantity::Money => match unit {
            Some("USD") | None => format!("US${}", count(value)),
            Some(code) => format!("{code} {}", count(value)),
        },
        Quantity::Rate => match unit {
            Some(per) => format!("{} {per}", trim(value, 2)),
            None => trim(value, 2),
        },
        Quantity::Rank => format!("rank {}", trim(value, 0)),
    }
}

/// A count: `3.3 million`, `1.2 billion`, `69,627`.
pub fn count(value: f64) -> String {
    let abs = value.abs();
    for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        if abs >= scale {
            return format!("{} {word}", trim(value / scale, 2));
        }
    }
    // A thousand or more is read to the unit (`US$23,970`, an amount converted at a rate).
    if value.fract() != 0.0 && abs < 1_000.0 {
        return trim(value, 2);
    }
    let digits = format!("{}", abs.round() as u64);
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0.0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `value` with at most `decimals` decimals and no trailing zeros.
fn trim(value: f64, decimals: usize) -> String {
    // A whole number (not -0) prints as an integer: the same digits, without formatting a
    // float at a precision.
    if value.fract() == 0.0 && value.abs() < 1e15 && !(value == 0.0 && value.is_sign_negative()) {
        return (value as i64).to_string();
    }
    let text = format!("{value:.decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_trim_like_formatted_floats() {
        for v in [
            0.0, -0.0, 1.0, -12.0, 38.0, 100.0, 69_627.0, 1e14, 3.3, -2.25, 0.005,
        ] {
            for decimals in 0..3 {
                let text = format!("{v:.decimals$}");
                let slow = if text.contains('.') {
                    text.trim_end_matches('0').trim_end_matches('.').to_string()
                } else {
                    text
                };
                assert_eq!(trim(v, decimals), slow, "{v} at {decimals}");
            }
        }
    }

    #[test]
    fn writes_numbers_for_readers() {
        assert_eq!(quantity(Quantity::Share, 0.38, None), "38%");
        assert_eq!(quantity(Quantity::Share, 0.345, None), "34.5%");
        assert_eq!(quantity(Quantity::Count, 3_300_000.0, None), "3.3 million");
        assert_eq!(quantity(Quantity::Count, 69_627.0, None), "69,627");
        assert_eq!(quantity(Quantity::Money, 23_970.08, None), "US$23,970");
        assert_eq!(quantity(Quantity::Count, 2.25, None), "2.25");
        assert_eq!(quantity(Quantity::Multiplier, 3.0, None), "×3");
        assert_eq!(quantity(Quantity::Change, -11.0, None), "-11%");
        assert_eq!(
            quantity(Quantity::Money, 236e9, Some("USD")),
            "US$236 billion"
        );
    }
}
