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

/// US dollars to one euro, each year's average. Sources: the Federal Reserve's annual G.5A
/// releases for 2014-2015 (<https://federalreserve.gov/releases/g5a/20160104/default.htm>),
/// 2017-2020 (<https://federalreserve.gov/releases/g5a/20210104>) and 2021-2023
/// (<https://federalreserve.gov/releases/g5a/20240201>); 2016 from the CIA World Factbook's
/// 0.903 euros per dollar (<https://www.indexmundi.com/united_states/exchange_rates.html>);
/// 2024 from the IRS yearly average of 0.924 euros per dollar, as
/// <https://euro2.net/euro/euro-to-usd-conversion-by-date/> quotes it.
const EUR: &[(i32, f64)] = &[
    (2014, 1.3297),
    (2015, 1.1096),
    (2016, 1.1074),
    (2017, 1.1301),
    (2018, 1.1817),
    (2019, 1.1194),
    (2020, 1.1410),
    (2021, 1.1830),
    (2022, 1.0534),
    (2023, 1.0817),
    (2024, 1.0823),
];

/// US dollars to one pound sterling, each year's average. Sources: the same Federal Reserve
/// G.5A releases for 2014-2015 and 2017-2023; 2016 from the IMF's 0.741 pounds per dollar
/// (<https://www.indexmundi.com/facts/united-kingdom/indicator/PA.NUS.FCRF>); 2024 as reported
/// at <https://1arabia.com/2025/01/sterling-declines-to-nine-month-low.html>.
const GBP: &[(i32, f64)] = &[
    (2014, 1.6484),
    (2015, 1.5284),
    (2016, 1.3495),
    (2017, 1.2890),
    (2018, 1.3363),
    (2019, 1.2768),
    (2020, 1.2829),
    (2021, 1.3764),
    (2022, 1.2371),
    (2023, 1.2440),
    (2024, 1.2782),
];

/// The currency's name in a sentence.
pub fn name(code: &str) -> &'static str {
    match code {
        "GBP" => "pound",
        _ => "euro",
    }
}

/// US dollars to one unit of `code` (EUR or GBP) in `year`, with the year whose average it is:
/// a year after the last in the table takes the last year's rate ([`TOLERANCE`] holds a year's
/// usual drift); none before the first.
pub fn dollars_per(code: &str, year: i32) -> Option<(i32, f64)> {
    let rates = match code {
        "EUR" => EUR,
        "GBP" => GBP,
        _ => return None,
    };
    rates.iter().rev().find(|(y, _)| *y <= year).copied()
}

/// An amount of money in `code`, read in US dollars at `year`'s rate, its bounds widened by
/// [`TOLERANCE`]; none for other currencies, other quantities and years without a rate.
pub fn in_dollars(reading: &Reading, code: &str, year: i32) -> Option<Reading> {
    if reading.quantity != Quantity::Money {
        return None;
    }
    let (_, rate) = dollars_per(code, year)?;
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
        // €77 billion in 2024 holds US$84 billion (at 1.0823, 83.3 billion give or take 6%).
        let r = in_dollars(&money(77e9), "EUR", 2024).unwrap();
        assert!(r.low <= 84e9 && 84e9 <= r.high);
        // €47 billion holds US$52 billion, not US$62 billion.
        let r = in_dollars(&money(47e9), "EUR", 2024).unwrap();
        assert!(r.low <= 52e9 && 52e9 <= r.high && r.high < 62e9);
        // £185 billion in 2025 holds US$236 billion, at 2024's rate, the last the table has.
        let r = in_dollars(&money(185e9), "GBP", 2025).unwrap();
        assert!(r.low <= 236e9 && 236e9 <= r.high);
        assert_eq!(dollars_per("GBP", 2026), Some((2024, 1.2782)));
        // The same euros were worth more dollars in 2014.
        let rate = |year| dollars_per("EUR", year).map(|(_, r)| r);
        assert!(rate(2014) > rate(2024));
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
