//! Calendar dates: an article's date, a figure's publication date and the date a check is made as of.

use std::fmt;

/// A day of the Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year, e.g. 2024.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31.
    pub day: u8,
}

/// The months, in lower case.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The month a word names (`Sep`, `September`, `sept.`), 1 to 12.
pub fn month_of(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(&w) && (w.len() == m.len() || w.len() <= 4))
        .map(|i| i as u8 + 1)
}

impl Date {
    /// The date, if `year`, `month` and `day` name a real day.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// Reads a full date: `2024-09-12` (a time after it, as in `2024-09-12T10:00:00Z`, is
    /// ignored), `12 September 2024`, `September 12, 2024` or `Thursday, September 12, 2024`.
    pub fn parse(text: &str) -> Option<Date> {
        let text = text.trim().trim_matches(['"', '\'']);
        if let Some(date) = Self::parse_iso(text) {
            return Some(date);
        }
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        // Skip a leading weekday.
        let words = match words.split_first() {
            Some((w, rest)) if w.len() >= 3 && w.to_ascii_lowercase().ends_with("day") => rest,
            _ => words.as_slice(),
        };
        let number = |w: &str| -> Option<i64> {
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
                .then(|| digits.parse().ok())
                .flatten()
        };
        match words {
            [d, m, y] if month_of(m).is_some() => Date::new(
                i32::try_from(number(y)?).ok()?,
                month_of(m)?,
                u8::try_from(number(d)?).ok()?,
            ),
            [m, d, y] if month_of(m).is_some() => Date::new(
                i32::try_from(number(y)?).ok()?,
                month_of(m)?,
                u8::try_from(number(d)?).ok()?,
            ),
            _ => None,
        }
    }

    fn parse_iso(text: &str) -> Option<Date> {
        let head = text.get(..10)?;
        let rest = text.get(10..)?;
        if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
            return None;
        }
        let mut parts = head.split('-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |s: &str, len: usize| s.len() == len && s.bytes().all(|c| c.is_ascii_digit());
        if parts.next().is_some() || !digits(year, 4) || !digits(month, 2) || !digits(day, 2) {
            return None;
        }
        Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }

    /// Reads a date that may be partial (`2024-12`, `2024`), taking the last day it can mean:
    /// a figure published "in 2024-12" counts as published only once December 2024 is over.
    pub fn parse_latest(text: &str) -> Option<Date> {
        let text = text.trim();
        if let Some(date) = Date::parse(text) {
            return Some(date);
        }
        let digits = |s: &str| s.bytes().all(|c| c.is_ascii_digit()) && !s.is_empty();
        match text.split('-').collect::<Vec<_>>()[..] {
            [y] if y.len() == 4 && digits(y) => Date::new(y.parse().ok()?, 12, 31),
            [y, m] if y.len() == 4 && digits(y) && m.len() == 2 && digits(m) => {
                let (year, month) = (y.parse().ok()?, m.parse().ok()?);
                if !(1..=12).contains(&month) {
                    return None;
                }
                Date::new(year, month, days_in_month(year, month))
            }
            _ => None,
        }
    }

    /// Reads a date that may be partial (`2024-12`, `2024`), taking the first day it can mean.
    pub fn parse_earliest(text: &str) -> Option<Date> {
        let text = text.trim();
        if let Some(date) = Date::parse(text) {
            return Some(date);
        }
        let latest = Date::parse_latest(text)?;
        Some(if text.len() == 4 {
            Date::new(latest.year, 1, 1)?
        } else {
            Date::new(latest.year, latest.month, 1)?
        })
    }

    /// The day that contains `seconds` after 1970-01-01T00:00:00Z.
    pub fn from_unix(seconds: i64) -> Date {
        // Howard Hinnant's days-to-civil algorithm.
        let z = seconds.div_euclid(86_400) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Today's date, in UTC, from the system clock.
    pub fn today() -> Date {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        Date::from_unix(seconds)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Every finding prints its date: the usual four-digit year, month and day are written
        // digit by digit, without the formatting machinery's padding.
        let digit = |n: u32| b'0' + (n % 10) as u8;
        match u32::try_from(self.year) {
            Ok(year @ 0..=9999) if self.month < 100 && self.day < 100 => {
                let (month, day) = (u32::from(self.month), u32::from(self.day));
                let text = [
                    digit(year / 1000),
                    digit(year / 100),
                    digit(year / 10),
                    digit(year),
                    b'-',
                    digit(month / 10),
                    digit(month),
                    b'-',
                    digit(day / 10),
                    digit(day),
                ];
                f.write_str(std::str::from_utf8(&text).map_err(|_| fmt::Error)?)
            }
            _ => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }
}

impl std::str::FromStr for Date {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Date::parse(s).ok_or_else(|| {
            format!("`{s}` is not a date: write it as YYYY-MM-DD, for example 2024-09-12")
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn prints_dates_as_the_padded_format_does() {
        for (year, month, day) in [
            (2024, 9, 12),
            (1999, 12, 31),
            (7, 1, 1),
            (0, 10, 5),
            (9999, 2, 29),
            (10000, 1, 1),
            (-5, 3, 4),
            (2024, 0, 0),
            (2024, 200, 7),
        ] {
            let date = super::Date { year, month, day };
            assert_eq!(
                date.to_string(),
                format!("{year:04}-{month:02}-{day:02}"),
                "{year} {month} {day}"
            );
        }
    }

    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn reads_iso_dates_and_timestamps() {
        assert_eq!(Date::parse("2024-09-12"), Some(d(2024, 9, 12)));
        assert_eq!(
            Date::parse("2024-09-12T08:30:00+05:00"),
            Some(d(2024, 9, 12))
        );
        assert_eq!(Date::parse("\"2024-02-29\""), Some(d(2024, 2, 29)));
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2024-13-01"), None);
        assert_eq!(Date::parse("2024-09-123"), None);
        assert_eq!(Date::parse("yesterday"), None);
    }

    #[test]
    fn reads_dates_in_words() {
        assert_eq!(Date::parse("12 September 2024"), Some(d(2024, 9, 12)));
        assert_eq!(
            Date::parse("Thursday, September 12, 2024"),
            Some(d(2024, 9, 12))
        );
        assert_eq!(Date::parse("Sept. 3rd, 2024"), Some(d(2024, 9, 3)));
        assert_eq!(Date::parse("31 June 2024"), None);
    }

    #[test]
    fn partial_dates_mean_their_last_day() {
        assert_eq!(Date::parse_latest("2024"), Some(d(2024, 12, 31)));
        assert_eq!(Date::parse_latest("2024-02"), Some(d(2024, 2, 29)));
        assert_eq!(Date::parse_latest("2024-12-11"), Some(d(2024, 12, 11)));
        assert_eq!(Date::parse_latest("2024-13"), None);
        assert_eq!(Date::parse_earliest("2024"), Some(d(2024, 1, 1)));
        assert_eq!(Date::parse_earliest("2024-02"), Some(d(2024, 2, 1)));
    }

    #[test]
    fn converts_unix_time() {
        assert_eq!(Date::from_unix(0), d(1970, 1, 1));
        assert_eq!(Date::from_unix(1_726_099_200), d(2024, 9, 12));
        assert_eq!(Date::from_unix(951_782_400), d(2000, 2, 29));
        assert_eq!(d(2024, 9, 12).to_string(), "2024-09-12");
        assert!(d(2024, 9, 12) < d(2024, 12, 11));
    }
}
