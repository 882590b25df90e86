//! Which numbers are claims: dates, times, years, ages, durations, ordinals, references, labels,
//! identifiers, phone numbers, measurements, list numbers and page furniture are mentions that
//! are never claims.

use super::parse::{Parser, Quantity};
use super::token::TokenKind;
use super::{Kind, Mention, number::parse_digits, words};

/// Words after a count that make a preceding plain four-digit number a count (`1993 cases`).
fn is_plural_noun(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !matches!(
            word,
            "this"
                | "was"
                | "has"
                | "is"
                | "its"
                | "his"
                | "hers"
                | "ours"
                | "theirs"
                | "yours"
                | "always"
                | "perhaps"
                | "across"
                | "towards"
                | "afterwards"
                | "besides"
                | "whereas"
                | "unless"
                | "thus"
                | "plus"
                | "minus"
                | "versus"
                | "census"
                | "status"
                | "news"
                | "series"
                | "means"
                | "elections"
                | "olympics"
                | "games"
                | "floods"
                | "riots"
                | "protests"
                | "accords"
                | "rules"
                | "figures"
                | "statistics"
                | "estimates"
                | "data"
                | "results"
        )
}

impl<'t> Parser<'t> {
    /// `July 30`, `30 July 2024`, `Thursday, September 12, 2024`, `8th August, 2016`, `Sept. 24`,
    /// `August 2023`, `2018-09-25`, `25/09/2018`.
    pub fn date_at(&self, i: usize) -> Option<(Mention, usize)> {
        let mut j = i;
        let weekday = self.kind(i) == Some(TokenKind::Word)
            && words::is_weekday(self.low(i))
            && self.raw(i).starts_with(|c: char| c.is_uppercase());
        if weekday {
            j += 1;
            if self.is_punct(j, &[","]) {
                j += 1;
            }
        }
        let end = self.date_body(j)?;
        let mut m = self.mention(i, end, Kind::Date, None, None);
        m.not_claim = Some("date");
        Some((m, end))
    }

    fn month_at(&self, j: usize) -> Option<usize> {
        if self.kind(j) != Some(TokenKind::Word)
            || !self.raw(j).starts_with(|c: char| c.is_uppercase())
        {
            return None;
        }
        words::month(self.low(j))?;
        // `Sept.` takes its full stop.
        Some(
            if self.is_punct(j + 1, &["."]) && self.glued(j + 1) && self.low(j).len() <= 4 {
                j + 2
            } else {
                j + 1
            },
        )
    }

    fn day_at(&self, j: usize) -> Option<usize> {
        if self.kind(j) != Some(TokenKind::Number) {
            return None;
        }
        let raw = self.raw(j);
        if raw.len() > 2 || !raw.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let d: u32 = raw.parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        if self.kind(j + 1) == Some(TokenKind::Word) && self.glued(j + 1) {
            return words::is_ordinal_suffix(self.low(j + 1)).then_some(j + 2);
        }
        Some(j + 1)
    }

    fn year_at(&self, j: usize) -> Option<usize> {
        let raw = self.raw(j);
        (self.kind(j) == Some(TokenKind::Number)
            && raw.len() == 4
            && raw.parse::<u32>().is_ok_and(|y| (1000..=2999).contains(&y))
            && !(self.kind(j + 1) == Some(TokenKind::Word) && self.glued(j + 1)))
        .then_some(j + 1)
    }

    fn date_body(&self, j: usize) -> Option<usize> {
        let comma = |k: usize| if self.is_punct(k, &[","]) { k + 1 } else { k };
        // `July 30`, `September 12, 2024`, `Sept. 24`
        if let Some(k) = self.month_at(j) {
            if let Some(d) = self.day_at(k) {
                if self.is_dash(d)
                    && let Some(d2) = self.day_at(d + 1)
                {
                    return Some(self.year_at(comma(d2)).unwrap_or(d2));
                }
                // `May 2,000 people` is no date; `May 20 people`, rarely written, would be.
                return Some(self.year_at(comma(d)).unwrap_or(d));
            }
            if let Some(y) = self.year_at(comma(k)) {
                return Some(y);
            }
            return None;
        }
        // `30 July 2024`, `8th August, 2016`, `16th of February`, `25-27 July`
        if let Some(d) = self.day_at(j) {
            let mut k = d;
            if self.is_dash(k)
                && let Some(d2) = self.day_at(k + 1)
            {
                k = d2;
            }
            let k = if self.is(k, "of") { k + 1 } else { k };
            if let Some(after_month) = self.month_at(k) {
                return Some(self.year_at(comma(after_month)).unwrap_or(after_month));
            }
        }
        // `2018-09-25`, `25/09/2018`, `5/17/2018`
        if self.kind(j) == Some(TokenKind::Number) {
            let sep = self.raw(j + 1);
            if matches!(sep, "-" | "/" | ".")
                && self.glued(j + 1)
                && self.kind(j + 2) == Some(TokenKind::Number)
                && self.glued(j + 2)
                && self.raw(j + 3) == sep
                && self.glued(j + 3)
                && self.kind(j + 4) == Some(TokenKind::Number)
                && self.glued(j + 4)
            {
                let parts = [self.raw(j), self.raw(j + 2), self.raw(j + 4)];
                let nums: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
                if nums.len() == 3 {
                    let iso = parts[0].len() == 4
                        && (1..=12).contains(&nums[1])
                        && (1..=31).contains(&nums[2]);
                    let dmy = parts[2].len() == 4
                        && (1..=31).contains(&nums[0])
                        && (1..=31).contains(&nums[1])
                        && (nums[0] <= 12 || nums[1] <= 12);
                    if iso || dmy {
                        return Some(j + 5);
                    }
                }
            }
        }
        None
    }

    /// `10:46`, `06:30 PM`, `5.30am`, `10am`, `3 p.m.`, `0600 GMT`, `five o'clock`.
    pub fn time_at(&self, i: usize) -> Option<(Mention, usize)> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let raw = self.raw(i);
        let prev = i.checked_sub(1).map_or("", |p| self.low(p));
        let mut end;
        if self.is_punct(i + 1, &[":"])
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.kind(i + 2) == Some(TokenKind::Number)
            && self.raw(i + 2).len() == 2
            && raw.len() <= 2
            && !matches!(prev, "ratio" | "ratios" | "score" | "odds")
        {
            let h: u32 = raw.parse().ok()?;
            let m: u32 = self.raw(i + 2).parse().ok()?;
            if h > 24 || m > 59 {
                return None;
            }
            end = i + 3;
            if self.is_punct(end, &[":"])
                && self.glued(end)
                && self.kind(end + 1) == Some(TokenKind::Number)
            {
                end += 2;
            }
        } else {
            let (value, _, _, _) = parse_digits(raw)?;
            let clock = raw.len() <= 2 && value <= 12.0
                || raw.len() <= 5
                    && raw.contains('.')
                    && value < 13.0
                    && raw
                        .split('.')
                        .nth(1)
                        .is_some_and(|m| m.len() == 2 && m < "60");
            let four = raw.len() == 4
                && raw.bytes().all(|b| b.is_ascii_digit())
                && value < 2400.0
                && (value % 100.0) < 60.0;
            let next = self.low(i + 1);
            let zone = is_time_zone(next);
            let dotted = raw.len() <= 5
                && raw.contains('.')
                && value < 24.0
                && raw
                    .split('.')
                    .nth(1)
                    .is_some_and(|m| m.len() == 2 && m < "60");
            if (clock && (matches!(next, "am" | "pm" | "hrs" | "o'clock") || self.a_m(i + 1)))
                || (dotted && zone)
            {
                end = i + 1;
            } else if four
                && (matches!(
                    next,
                    "hrs"
                        | "hours"
                        | "gmt"
                        | "utc"
                        | "ist"
                        | "pkt"
                        | "pst"
                        | "est"
                        | "eat"
                        | "wat"
                        | "cat"
                        | "bst"
                        | "gst"
                        | "cet"
                        | "h"
                        | "hr"
                ) && (raw.starts_with('0') || next != "hours"))
            {
                end = i + 2;
                let mut m = self.mention(i, end, Kind::Other, Some(value), None);
                m.not_claim = Some("time of day");
                return Some((m, end));
            } else {
                return None;
            }
        }
        // `am`, `pm`, `a.m.`, time zones
        let next = self.low(end);
        if matches!(next, "am" | "pm" | "hrs" | "o'clock") {
            end += 1;
        } else if self.a_m(end) {
            end += if self.is_punct(end + 3, &["."]) { 4 } else { 3 };
        }
        if matches!(
            self.low(end),
            "gmt"
                | "utc"
                | "ist"
                | "pkt"
                | "pst"
                | "est"
                | "eat"
                | "wat"
                | "cat"
                | "bst"
                | "gst"
                | "cet"
                | "edt"
                | "pdt"
        ) {
            end += 1;
        }
        let mut m = self.mention(i, end, Kind::Other, None, None);
        m.not_claim = Some("time of day");
        Some((m, end))
    }

    /// `a.m.` / `p.m.` starting at token `k`.
    fn a_m(&self, k: usize) -> bool {
        matches!(self.low(k), "a" | "p") && self.is_punct(k + 1, &["."]) && self.is(k + 2, "m")
    }

    /// Decides whether a mention is a claim, and if not, why; may change its kind.
    pub fn classify(&self, m: &mut Mention, q: &Quantity, end: usize) {
        if m.not_claim.is_some() {
            return;
        }
        if self.lines.is_furniture(self.text, m.start) {
            m.not_claim = Some("page furniture");
            return;
        }
        let first = q.first;
        let prev = first.checked_sub(1).map_or("", |p| self.low(p));
        let next = self.low(end);
        // Counters: `17,828 Fans`, `Views: 1,204`, `Comments (3)`.
        let counter_before = |k: usize| {
            matches!(
                self.low(k),
                "views"
                    | "comments"
                    | "shares"
                    | "likes"
                    | "count"
                    | "reads"
                    | "hits"
                    | "visits"
                    | "followers"
                    | "subscribers"
            )
        };
        let counter = words::is_furniture(next) && !self.is(end + 1, "of") && m.kind == Kind::Count
            || first > 0 && counter_before(first - 1)
            || first > 1 && matches!(self.raw(first - 1), ":" | "(") && counter_before(first - 2);
        if counter && matches!(m.kind, Kind::Count | Kind::Other) {
            set(m, Kind::Count, "page furniture");
            return;
        }
        match m.kind {
            Kind::Ordinal => {
                let ranked = (first.saturating_sub(2)..first)
                    .any(|k| words::is_rank_word(self.low(k)))
                    || words::is_superlative(next)
                    || (self.is_dash(end) && words::is_superlative(self.low(end + 1)));
                if !ranked {
                    m.not_claim = Some("ordinal");
                }
                return;
            }
            Kind::Count => {}
            Kind::Year | Kind::Date | Kind::Other => {
                if m.not_claim.is_none() {
                    m.not_claim = Some("not a statistic");
                }
                return;
            }
            _ => {
                if let Some(reason) = self.label_before(first) {
                    set(m, Kind::Other, reason);
                }
                if m.low.is_some() && m.high.is_some() && self.age_before(first) {
                    m.not_claim = Some("age");
                }
                return;
            }
        }
        let num = q.num;
        let range = m.low.is_some() && m.high.is_some() && m.value.is_none();
        // Glued to a word after: `12th` (ordinal, read before), `3pm`, `4G`, `1990s`, `17,828Fans`.
        if num.digits && self.kind(end) == Some(TokenKind::Word) && self.glued(end) && !range {
            let after = self.low(end);
            if after == "s" {
                let decade = num.plain && num.value % 10.0 == 0.0;
                if decade && num.width == 4 {
                    set(m, Kind::Year, "decade");
                } else if decade && num.width == 2 {
                    set(m, Kind::Other, "age");
                } else {
                    set(m, Kind::Other, "number glued to a word");
                }
            } else if furniture_prefix(after) {
                set(m, Kind::Count, "page furniture");
            } else if let Some(unit) = words::measurement_unit(after) {
                m.unit = Some(unit);
                set(m, Kind::Other, "measurement");
            } else if words::is_time_unit(after) {
                set(m, Kind::Other, "length of time");
            } else {
                set(m, Kind::Other, "number glued to a word");
            }
            return;
        }
        // Glued to a word or mark before: `G20`, `FY2023`, `COVID-19`, `mid-2024`, `#1`, `+91`.
        if num.digits && first > 0 {
            let p = first - 1;
            if self.kind(p) == Some(TokenKind::Word) && self.glued(first) {
                if self.is(p, "fy") {
                    set(m, Kind::Year, "fiscal year");
                } else {
                    set(m, Kind::Other, "identifier");
                }
                return;
            }
            if self.is_dash(p)
                && self.glued(first)
                && self.glued(p)
                && p > 0
                && self.kind(p - 1) == Some(TokenKind::Word)
            {
                let w = self.low(p - 1);
                if matches!(
                    w,
                    "mid" | "early" | "late" | "pre" | "post" | "end" | "since"
                ) && is_year(&num)
                {
                    set(m, Kind::Year, "year");
                } else if words::is_label_word(w) {
                    set(m, Kind::Other, "reference or label");
                } else {
                    set(m, Kind::Other, "identifier");
                }
                return;
            }
            if self.is_punct(p, &["#", "№"]) && self.glued(first) {
                set(m, Kind::Other, "reference or label");
                return;
            }
            if self.is_punct(p, &["+"]) && self.glued(first) && !range {
                set(m, Kind::Other, "phone number or code");
                return;
            }
            if self.is_punct(p, &["/", "\\", "_", "@"]) && self.glued(first) {
                set(m, Kind::Other, "identifier");
                return;
            }
        }
        // `120-B`, `498-A`: a section with a letter.
        if num.digits
            && self.is_dash(end)
            && self.glued(end)
            && self.glued(end + 1)
            && self.kind(end + 1) == Some(TokenKind::Word)
            && self.raw(end + 1).len() <= 2
            && self.raw(end + 1).chars().all(|c| c.is_ascii_uppercase())
        {
            set(m, Kind::Other, "reference or label");
            return;
        }
        if num.digits && self.is_punct(end, &["/", "_", "@"]) && self.glued(end) && !range {
            set(m, Kind::Other, "identifier");
            return;
        }
        if num.leading_zero && !range {
            set(m, Kind::Other, "phone number or code");
            return;
        }
        if num.plain && num.width >= 10 {
            set(m, Kind::Other, "phone number or code");
            return;
        }
        let phone_context = (first.saturating_sub(3)..first)
            .any(|k| words::is_phone_word(self.low(k)))
            && (num.width >= 3 || first > 0 && words::is_phone_word(self.low(first - 1)));
        if num.digits
            && num.plain
            && (phone_context && !is_plural_noun(next) || self.after_phone(first))
        {
            set(m, Kind::Other, "phone number or code");
            return;
        }
        // Years.
        if is_year(&num) && !range {
            if self.year_context(first) {
                set(m, Kind::Year, "year");
                return;
            }
            if (1900.0..=2100.0).contains(&num.value) {
                let counted = is_plural_noun(next)
                    && self.kind(end) == Some(TokenKind::Word)
                    && self.raw(end).starts_with(|c: char| c.is_lowercase())
                    && !words::is_determiner(prev)
                    && !matches!(prev, "a" | "an");
                if !counted {
                    set(m, Kind::Year, "year");
                    return;
                }
            }
        }
        if let Some(reason) = self.label_before(first) {
            set(m, Kind::Other, reason);
            return;
        }
        // Ages.
        if self.age_before(first)
            || self.age_after(end)
            || self.age_definition(first, end, &num)
            || self.age_apposition(first, end, &num)
        {
            set(m, Kind::Other, "age");
            return;
        }
        // Street addresses: `12 Mall Road`.
        if num.digits
            && num.plain
            && self.raw(end).starts_with(|c: char| c.is_uppercase())
            && (matches!(
                self.low(end + 1),
                "road"
                    | "street"
                    | "avenue"
                    | "lane"
                    | "boulevard"
                    | "drive"
                    | "square"
                    | "rd"
                    | "st"
                    | "ave"
                    | "way"
                    | "close"
                    | "crescent"
                    | "place"
                    | "highway"
            ) || matches!(self.low(end), "road" | "street" | "avenue"))
        {
            set(m, Kind::Other, "address");
            return;
        }
        // Lengths of time: `15 years`, `three-day`, `over the past decade`.
        let unit_at = if self.is_dash(end) && self.glued(end) {
            end + 1
        } else {
            end
        };
        if words::is_time_unit(self.low(unit_at))
            && !(self.low(unit_at) == "quarter" && unit_at == end)
        {
            let w = self.low(unit_at);
            let h_alone = w == "h" && !self.glued(unit_at);
            if !(h_alone || w == "second" && unit_at == end) {
                set(m, Kind::Other, "length of time");
                return;
            }
        }
        // Compound adjectives that count nothing: `a 10-point plan`, `a 12-page report`.
        if self.is_dash(end)
            && self.glued(end)
            && matches!(
                self.low(end + 1),
                "point"
                    | "page"
                    | "storey"
                    | "story"
                    | "step"
                    | "digit"
                    | "lane"
                    | "seater"
                    | "inch"
                    | "km"
                    | "kilometre"
                    | "mile"
                    | "metre"
                    | "minute"
                    | "hour"
                    | "day"
                    | "week"
                    | "month"
                    | "year"
                    | "member"
            )
        {
            set(m, Kind::Other, "part of a compound word");
            return;
        }
        // Measurements: `3 km`, `10 kg`, `5m tall`.
        if let Some(unit) = self.measurement_after(end) {
            m.unit = Some(unit);
            set(m, Kind::Other, "measurement");
            return;
        }
        // List and table row numbers: `1.` or `2)` opening a line.
        if num.digits && num.plain && num.width <= 3 && self.line_start(first) {
            let marker = self.is_punct(end, &[".", ")", ":"])
                && self.glued(end)
                && self.kind(end + 1) == Some(TokenKind::Word);
            let boxed = first > 0
                && self.is_punct(first - 1, &["("])
                && self.is_punct(end, &[")"])
                && self.line_start(first - 1);
            if marker || boxed {
                set(m, Kind::Other, "list number");
                return;
            }
        }
        if first > 0
            && self.is_punct(first - 1, &["("])
            && self.is_punct(end, &[")"])
            && self.line_start(first - 1)
        {
            set(m, Kind::Other, "list number");
            return;
        }
        // Small numbers in words: `one of`, `the two men`, `zero tolerance`.
        if !num.digits && !num.scaled && !range {
            if num.value <= 1.0 && m.hedge.is_none() {
                set(m, Kind::Count, "the word one or zero");
                return;
            }
            if words::is_determiner(prev) && num.value <= 20.0 {
                set(m, Kind::Count, "refers back to things already counted");
            }
        }
    }

    /// True when the tokens before `first` say a year follows (`in 2024`, `since 2019`, `the 2022 report`).
    fn year_context(&self, first: usize) -> bool {
        let Some(p) = first.checked_sub(1) else {
            return true;
        };
        let w = self.low(p);
        if matches!(
            w,
            "in" | "since"
                | "by"
                | "from"
                | "until"
                | "till"
                | "during"
                | "before"
                | "after"
                | "of"
                | "year"
                | "years"
                | "fiscal"
                | "fy"
                | "between"
                | "to"
                | "through"
                | "early"
                | "late"
                | "mid"
                | "circa"
                | "and"
                | "or"
                | "spring"
                | "summer"
                | "autumn"
                | "winter"
                | "fall"
                | "for"
                | "census"
                | "budget"
                | "vision"
                | "agenda"
                | "class"
                | "batch"
                | "season"
                | "end"
                | "on"
                | "at"
                | "around"
                | "within"
                | "beyond"
                | "toward"
                | "towards"
                | "calendar"
                | "election"
                | "elections"
                | "the"
                | "this"
                | "that"
                | "last"
                | "next"
                | "year's"
                | "copyright"
                | "act"
                | "ordinance"
                | "report"
                | "rules"
                | "law"
                | "bill"
        ) || words::month(w).is_some()
        {
            return true;
        }
        // `(2019)`, `, 2019,`
        matches!(self.raw(p), "(" | "©" | "'" | "’")
    }

    /// Why the token before `first` makes the number a reference or a label, if it does.
    fn label_before(&self, first: usize) -> Option<&'static str> {
        let p = first.checked_sub(1)?;
        if words::is_label_word(self.low(p)) {
            return Some("reference or label");
        }
        // `No. 5`, `p. 23`, `Art. 3`, `Sec. 4`, `Section: 3`; but a full stop after a whole word
        // ends a sentence (`the private sector. 23% of ...`).
        if p > 0 && words::is_label_word(self.low(p - 1)) {
            let abbreviation = matches!(
                self.low(p - 1),
                "no" | "nos"
                    | "p"
                    | "pp"
                    | "art"
                    | "arts"
                    | "sec"
                    | "secs"
                    | "s"
                    | "ss"
                    | "vol"
                    | "fig"
                    | "para"
                    | "ch"
                    | "chap"
                    | "cl"
                    | "r"
                    | "reg"
                    | "sch"
            );
            if self.is_punct(p, &[":"]) || (self.is_punct(p, &["."]) && abbreviation) {
                return Some("reference or label");
            }
        }
        None
    }

    fn age_before(&self, first: usize) -> bool {
        let w = |k: usize| first.checked_sub(k).map_or("", |p| self.low(p));
        matches!(w(1), "aged" | "age" | "ages" | "agegroup")
            || (matches!(w(1), "between" | "from" | "of")
                && matches!(w(2), "aged" | "age" | "ages"))
            || (w(1) == "of" && w(2) == "group" && w(3) == "age")
            || (w(1) == "between" && w(2) == "the" && matches!(w(3), "age" | "ages"))
            || (matches!(w(1), "of" | "between") && matches!(w(2), "ages" | "age"))
            || (w(1) == "between" && matches!(w(2), "aged"))
    }

    /// `26-year-old`, `30 years old`, `five-year-olds`.
    fn age_after(&self, end: usize) -> bool {
        let mut k = end;
        if self.is_dash(k) {
            k += 1;
        }
        if !matches!(
            self.low(k),
            "year" | "years" | "yr" | "yrs" | "month" | "months"
        ) {
            return false;
        }
        k += 1;
        if self.is_dash(k) {
            k += 1;
        }
        matches!(self.low(k), "old" | "olds") || (self.is(k, "of") && self.is(k + 1, "age"))
    }

    /// `under 18`, `below 14`, `over 60` as a definition of who is counted.
    fn age_definition(&self, first: usize, end: usize, num: &super::number::Num) -> bool {
        let Some(p) = first.checked_sub(1) else {
            return false;
        };
        let hedge = matches!(self.low(p), "under" | "below" | "over" | "above")
            || (p > 0
                && matches!(
                    (self.low(p - 1), self.low(p)),
                    ("younger" | "older", "than")
                ));
        if !hedge || num.value > 21.0 || num.value < 1.0 || num.value.fract() != 0.0 || num.scaled {
            return false;
        }
        let next = self.low(end);
        self.kind(end) != Some(TokenKind::Word)
            || matches!(
                next,
                "years"
                    | "year"
                    | "yrs"
                    | "and"
                    | "or"
                    | "to"
                    | "who"
                    | "in"
                    | "are"
                    | "were"
                    | "is"
                    | "was"
                    | "from"
                    | "of"
                    | "at"
                    | "on"
                    | "with"
                    | "for"
                    | "the"
                    | "a"
                    | "s"
                    | "working"
                    | "work"
                    | "years-old"
                    | "may"
                    | "cannot"
                    | "will"
                    | "shall"
                    | "need"
                    | "do"
                    | "did"
                    | "have"
                    | "had"
                    | "not"
                    | "can"
                    | "could"
                    | "should"
                    | "must"
                    | "as"
            )
    }

    /// `Smith, 45, was arrested` and `Kalsoom (45)`: an age after a name.
    fn age_apposition(&self, first: usize, end: usize, num: &super::number::Num) -> bool {
        if !num.digits || !num.plain || num.value > 110.0 || first < 2 {
            return false;
        }
        let name = |k: usize| {
            self.kind(k) == Some(TokenKind::Word)
                && self.raw(k).starts_with(|c: char| c.is_uppercase())
                && !self.raw(k).chars().all(|c| c.is_uppercase())
                && words::month(self.low(k)).is_none()
                && !words::is_weekday(self.low(k))
        };
        let comma = self.is_punct(first - 1, &[","])
            && name(first - 2)
            && (self.is_punct(end, &[","]) || matches!(self.low(end), "from" | "of" | "who"))
            && !self.line_start(first - 2);
        let kin = |k: usize| {
            matches!(
                self.low(k),
                "wife"
                    | "husband"
                    | "son"
                    | "daughter"
                    | "brother"
                    | "sister"
                    | "mother"
                    | "father"
                    | "mr"
                    | "mrs"
                    | "ms"
                    | "named"
                    | "identified"
                    | "as"
                    | "victim"
                    | "girl"
                    | "boy"
                    | "woman"
                    | "man"
                    | "child"
            )
        };
        let paren = self.is_punct(first - 1, &["("])
            && name(first - 2)
            && self.is_punct(end, &[")"])
            && (first >= 3 && (name(first - 3) || kin(first - 3)));
        comma || paren
    }

    /// A physical unit after the number, spaced or glued.
    fn measurement_after(&self, end: usize) -> Option<&'static str> {
        if self.kind(end) != Some(TokenKind::Word) {
            return None;
        }
        let raw = self.raw(end);
        let w = self.low(end);
        // `10 m` is metres; `10 M` could be a million (read before) or a name.
        if w == "m" && raw == "M" {
            return None;
        }
        if matches!(w, "c" | "f") && !(raw == "C" || raw == "F") {
            return None;
        }
        if matches!(w, "t" | "g" | "l" | "ha" | "mi" | "in.") && !self.glued(end) && raw != "t" {
            return None;
        }
        if matches!(w, "sq") && self.kind(end + 1) == Some(TokenKind::Word) {
            return Some("sq");
        }
        words::measurement_unit(w).filter(|_| !self.glued_word_continues(end))
    }

    /// True when the word at `end` runs on into more letters glued after it.
    fn glued_word_continues(&self, end: usize) -> bool {
        self.kind(end + 1) == Some(TokenKind::Word) && self.glued(end + 1)
    }

    /// True when token `i` is the first on its line.
    pub fn line_start(&self, i: usize) -> bool {
        if i == 0 {
            let start = self.byte_start(0);
            return start == 0
                || self.text[..start].ends_with('\n')
                || self.text[..start]
                    .trim_end_matches([' ', '\t'])
                    .ends_with('\n');
        }
        self.line_break_before(i)
    }
}

/// A plain four-digit number that could be a year.
fn is_year(num: &super::number::Num) -> bool {
    num.plain
        && num.width == 4
        && (1000.0..=2100.0).contains(&num.value)
        && num.value.fract() == 0.0
}

/// Counter words glued after a number on web pages (`12,904Fans`).
fn furniture_prefix(word: &str) -> bool {
    [
        "fans",
        "followers",
        "follow",
        "likes",
        "like",
        "shares",
        "comments",
        "views",
        "subscribers",
        "share",
    ]
    .iter()
    .any(|f| word.starts_with(f))
}

/// Marks `m` as no claim, of `kind`, for `why`.
fn set(m: &mut Mention, kind: Kind, why: &'static str) {
    m.kind = kind;
    m.not_claim = Some(why);
}

/// Time-zone abbreviations written after a clock time.
fn is_time_zone(word: &str) -> bool {
    matches!(
        word,
        "gmt"
            | "utc"
            | "ist"
            | "pkt"
            | "pst"
            | "est"
            | "eat"
            | "wat"
            | "cat"
            | "bst"
            | "gst"
            | "cet"
            | "edt"
            | "pdt"
            | "cst"
            | "cdt"
            | "sast"
            | "aest"
            | "jst"
            | "hkt"
            | "sgt"
            | "wib"
    )
}
