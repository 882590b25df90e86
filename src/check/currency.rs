//! Amounts in euros or pounds read as US dollars, for the agreement with the table's dollar
//! figures that news in Europe converts (`€77 billion`, `£185 billion`).
//!
//! A writer converts at the rate of the day they write, which tipcheck cannot know: the amount
//! is read at the year's average rate, give or take [`TOLERANCE`], which holds most of a year's
//! swing. A converted amount only ever agrees: [`Checker`](super) makes anything else about it
//! unverified, since a rate a few per cent off is no evidence of a wrong figure.

use super::Reading;
use crate::table::Quantity;

/// How far either way of the year's average rate a writer's rate may be.
pub const TOLERANCE: f64 = 0.06;

/// US dollars to one euro, about each year's average (rounded to two digits; [`TOLERANCE`]
/// covers the rounding).
const EUR: &[(i32, f64)] = &[
    (2014, 1.33),
    (2015, 1.11),
    (2016, 1.11),
    (2017, 1.13),
    (2018, 1.18),
    (2019, 1.12),
    (2020, 1.14),
    (2021, 1.18),
    (2022, 1.05),
    (2023, 1.08),
    (2024, 1.08),
    (2025, 1.13),
];

/// US dollars to one pound sterling, about each year's average (rounded to two digits).
const GBP: &[(i32, f64)] = &[
    (2014, 1.65),
    (2015, 1.53),
    (2016, 1.36),
    (2017, 1.29),
    (2018, 1.33),
    (2019, 1.28),
    (2020, 1.28),
    (2021, 1.38),
    (2022, 1.24),
    (2023, 1.24),
    (2024, 1.28),
    (2025, 1.32),
];

/// The currency's name in a sentence.
pub fn name(code: &str) -> &'static str {
    match code {
        "GBP" => "pound",
        _ => "euro",
    }
}

/// US dollars to one unit of `code` (EUR or GBP) in `year`, when the table of rates has it.
pub fn dollars_per(code: &str, year: i32) -> Option<f64> {
    let rates = match code {
        "EUR" => EUR,
        "GBP" => GBP,
        _ => return None,
    };
    rates.iter().find(|(y, _)| *y == year).map(|&(_, r)| r)
}

/// An amount of money in `code`, read in US dollars at `year`'s rate, its bounds widened by
/// [`TOLERANCE`]; none for other currencies, other quantities and years without a rate.
pub fn in_dollars(reading: &Reading, code: &str, year: i32) -> Option<Reading> {
    if reading.quantity != Quantity::Money {
        return None;
    }
    let rate = dollars_per(code, year)?;
    Some(Reading {
        quantity: Quantity::Money,
        value: reading.value * rate,
        low: reading.low * rate * (1.0 - TOLERANCE),
        high: reading.high * rate * (1.0 + TOLERANCE),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(value: f64) -> Reading {
        Reading {
            quantity: Quantity::Money,
            value,
            low: value,
            high: value,
        }
    }

    #[test]
    fn euros_and_pounds_are_read_in_dollars_at_the_years_rate() {
        // €77 billion in 2024 holds US$84 billion (at 1.08, 83.2 billion give or take 6%).
        let r = in_dollars(&money(77e9), "EUR", 2024).unwrap();
        assert!(r.low <= 84e9 && 84e9 <= r.high);
        // €47 billion holds US$52 billion, not US$62 billion.
        let r = in_dollars(&money(47e9), "EUR", 2024).unwrap();
        assert!(r.low <= 52e9 && 52e9 <= r.high && r.high < 62e9);
        // £185 billion in 2025 holds US$236 billion.
        let r = in_dollars(&money(185e9), "GBP", 2025).unwrap();
        assert!(r.low <= 236e9 && 236e9 <= r.high);
        // The same euros were worth more dollars in 2014.
        assert!(dollars_per("EUR", 2014) > dollars_per("EUR", 2024));
    }

    #[test]
    fn other_currencies_quantities_and_years_are_not_converted() {
        assert!(in_dollars(&money(5e9), "PKR", 2024).is_none());
        assert!(in_dollars(&money(5e9), "EUR", 2009).is_none());
        let share = Reading {
            quantity: Quantity::Share,
            ..money(0.5)
        };
        assert!(in_dollars(&share, "EUR", 2024).is_none());
    }
}
