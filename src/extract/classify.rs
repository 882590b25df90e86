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
        // Dates begin with digits, a month or a weekday.
        if self.kind(i) != Some(TokenKind::Number)
            && self.word(i).month().is_none()
            && !self.word(i).is_weekday()
        {
            return None;
        }
        let mut j = i;
        let weekday = self.kind(i) == Some(TokenKind::Word)
            && self.word(i).is_weekday()
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
        self.word(j).month()?;
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
            return self.word(j + 1).is_ordinal_suffix().then_some(j + 2);
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
                // `July 1-31`, `July 1 to 31`
                let joined = self.is_dash(d)
                    || matches!(self.low(d), "to" | "through" | "till" | "until" | "and");
                // `Feb. 9 and 12 by the task force`: a word that joins a clause, not a noun the
                // second number counts (`May 1 and 12 people`).
                if joined
                    && let Some(d2) = self.day_at(d + 1)
                    && !self.word(d2).is_time_unit()
                    && (self.kind(d2) != Some(TokenKind::Word)
                        || matches!(
                            self.low(d2),
                            "by" | "and"
                                | "in"
                                | "at"
                                | "on"
                                | "when"
                                | "while"
                                | "with"
                                | "during"
                        ))
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
            } else if matches!(self.low(k), "and" | "to")
                && let Some(d2) = self.day_at(k + 1)
                && self.month_at(d2).is_some()
            {
                // `on 11 and 12 June`, `from 3 to 7 March`: two days of one month.
                k = d2;
            }
            // `11 de June de 2021`: a Spanish or Portuguese date with its month put in English.
            let de = self.is(k, "de");
            let k = if self.is(k, "of") || de { k + 1 } else { k };
            if let Some(after_month) = self.month_at(k) {
                let year = if de && self.is(after_month, "de") {
                    after_month + 1
                } else {
                    comma(after_month)
                };
                return Some(self.year_at(year).unwrap_or(after_month));
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
                let [a, b, c] = parts.map(|p| p.parse::<u32>().ok());
                if let (Some(a), Some(b), Some(c)) = (a, b, c) {
                    let iso = parts[0].len() == 4 && (1..=12).contains(&b) && (1..=31).contains(&c);
                    let dmy = parts[2].len() == 4
                        && (1..=31).contains(&a)
                        && (1..=31).contains(&b)
                        && (a <= 12 || b <= 12);
                    if iso || dmy {
                        return Some(j + 5);
                    }
                }
            }
        }
        None
    }

    /// A result of a match: `a 3-1 win`, `beat Villa 3-1`, `drew 1-1`, `level at 1-1`, bowling
    /// figures `took 4-58`. Never a claim.
    pub fn score_at(&self, i: usize) -> Option<(Mention, usize)> {
        let small = |k: usize| {
            self.kind(k) == Some(TokenKind::Number)
                && self.raw(k).len() <= 3
                && self.raw(k).bytes().all(|b| b.is_ascii_digit())
        };
        if !(small(i) && self.is_dash(i + 1) && small(i + 2)) {
            return None;
        }
        let end = i + 3;
        let before = (i.saturating_sub(3)..i).any(|k| {
            matches!(
                self.low(k),
                "beat"
                    | "beats"
                    | "beating"
                    | "won"
                    | "win"
                    | "wins"
                    | "winning"
                    | "lost"
                    | "lose"
                    | "loses"
                    | "losing"
                    | "drew"
                    | "draw"
                    | "draws"
                    | "defeated"
                    | "thrashed"
                    | "edged"
                    | "level"
                    | "levelled"
                    | "leading"
                    | "led"
                    | "trailing"
                    | "trailed"
                    | "took"
                    | "figures"
                    | "scoreline"
                    | "score"
                    | "aggregate"
            )
        });
        let after = matches!(
            self.low(end),
            "win"
                | "victory"
                | "defeat"
                | "loss"
                | "draw"
                | "lead"
                | "triumph"
                | "thrashing"
                | "scoreline"
                | "aggregate"
                | "home"
                | "away"
                | "result"
                | "drubbing"
                | "rout"
                | "down"
        );
        if !(before || after) {
            return None;
        }
        let mut m = self.mention(i, end, Kind::Other, None, None);
        m.not_claim = Some("score of a match");
        Some((m, end))
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
        if is_time_zone(self.low(end)) {
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
        let next_entry = self.word(end);
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
        // A counter word in a sentence is a count (`won by 16,054 votes`); on a widget it is
        // written with a capital or on a short line of its own (`17,828 Fans`).
        let widget = |k: usize| {
            self.raw(k).starts_with(|c: char| c.is_uppercase())
                || self.short_line(m.start) && !self.is_punct(k + 1, &["."])
        };
        let counter = next_entry.is_furniture()
            && !self.is(end + 1, "of")
            && m.kind == Kind::Count
            && widget(end)
            || first > 0 && counter_before(first - 1)
            || first > 1 && matches!(self.raw(first - 1), ":" | "(") && counter_before(first - 2);
        if counter && matches!(m.kind, Kind::Count | Kind::Other) {
            set(m, Kind::Count, "page furniture");
            return;
        }
        // `the 100 Million Campaign`, `a 100M Campaign coordinator`: a number that opens the
        // name of a campaign or a body is part of the name.
        if m.kind == Kind::Count && self.names_a_body(end) {
            set(m, Kind::Other, "part of a name");
            return;
        }
        // `Twenty (20) agencies`: the digits in brackets restate the word before them (not in
        // a ratio, `One (1) out of every three (3)`, whose words the extractor does not join).
        if m.kind == Kind::Count
            && first >= 2
            && self.raw(first - 1) == "("
            && self.raw(end) == ")"
            && m.value.is_some_and(|v| v >= 2.0)
            && self.word(first - 2).small_number() == m.value
            && !(first >= 3 && self.is(first - 3, "every"))
        {
            m.not_claim = Some("restates the number before");
            return;
        }
        match m.kind {
            Kind::Ordinal => {
                // `in third position`, `second place`; but `in the first place` is an idiom.
                let idiom = m.value == Some(1.0) && prev == "the";
                let position = matches!(next, "position" | "place" | "spot") && !idiom;
                // `rose in first half of 2024`: a part of a year, whatever verb is before it.
                let part_of_year = matches!(next, "half" | "quarter");
                let ranked = !part_of_year
                    && (first.saturating_sub(2)..first).any(|k| self.word(k).is_rank())
                    || position
                    || self.standing(first, end)
                    || next_entry.is_superlative()
                    || (self.is_dash(end) && self.word(end + 1).is_superlative());
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
                // `a third country`, `a second time`: an ordinal before its noun, no share.
                if m.kind == Kind::Fraction
                    && self.low(first) == "a"
                    && end == first + 2
                    && matches!(
                        next,
                        "country"
                            | "countries"
                            | "party"
                            | "time"
                            | "term"
                            | "round"
                            | "wave"
                            | "option"
                            | "person"
                            | "generation"
                    )
                {
                    m.value = m.value.map(|v| (1.0 / v).round());
                    set(m, Kind::Ordinal, "ordinal");
                    return;
                }
                // `a century and a half`, `two years and a half`: a length of time.
                if m.kind == Kind::Fraction
                    && m.value == Some(0.5)
                    && first >= 2
                    && self.low(first - 1) == "and"
                    && self.word(first - 2).is_time_unit()
                {
                    set(m, Kind::Other, "length of time");
                    return;
                }
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
        // (`251and`: a space left out before `and` or `or`, which no unit or suffix is.)
        if num.digits
            && self.kind(end) == Some(TokenKind::Word)
            && self.glued(end)
            && !range
            && !matches!(self.low(end), "and" | "or")
        {
            let after = self.low(end);
            let after_entry = self.word(end);
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
            } else if let Some(unit) = after_entry.measurement_unit() {
                m.unit = Some(unit);
                set(m, Kind::Other, "measurement");
            } else if after_entry.is_time_unit() {
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
            // An em dash sets a clause off (`a troubling picture—138 million children`); it never
            // joins a name to its number as `COVID-19` does.
            if self.is_dash(p)
                && !self.is_punct(p, &["—"])
                && self.glued(first)
                && self.glued(p)
                && p > 0
                && self.kind(p - 1) == Some(TokenKind::Word)
                // `Female children-688 (25.1%)`: a group and its count, a dash for a colon.
                && !is_counted_group(self.low(p - 1))
                // `a troubling picture-138 million children`: a hyphen typed for a dash; no
                // name is joined to a number of millions.
                && !num.scaled
            {
                let w = self.low(p - 1);
                let w_entry = self.word(p - 1);
                if matches!(
                    w,
                    "mid" | "early" | "late" | "pre" | "post" | "end" | "since"
                ) && is_year(&num)
                {
                    set(m, Kind::Year, "year");
                } else if w_entry.is_label() {
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
        let toll_free = |k: usize| {
            self.is(k, "free")
                && (k >= 1 && self.is(k - 1, "toll") || k >= 2 && self.is(k - 2, "toll"))
        };
        // `the hotline for 2019 are 266`: a preposition or verb between the phone word and the
        // number makes it a statistic about the line, not its number.
        let blocked = |k: usize| {
            (k + 1..first).any(|j| {
                matches!(
                    self.low(j),
                    "for"
                        | "are"
                        | "were"
                        | "was"
                        | "in"
                        | "received"
                        | "handled"
                        | "logged"
                        | "recorded"
                        | "reported"
                        | "took"
                        | "answered"
                        | "of"
                )
            })
        };
        let phone_context = (first.saturating_sub(4)..first)
            .any(|k| (self.word(k).is_phone() || toll_free(k)) && !blocked(k))
            && (num.width >= 3 || first > 0 && self.word(first - 1).is_phone());
        // `call 131 444`: groups set apart by spaces are as plain as one run of digits here.
        let spaced = !num.scaled
            && self
                .raw(first)
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b' ');
        if num.digits
            && (num.plain || spaced)
            && (phone_context && !is_plural_noun(next) || self.after_phone(first))
        {
            set(m, Kind::Other, "phone number or code");
            return;
        }
        // `(Uyghur Region).2 Forced labour …`: a marker glued to a sentence's full stop after a
        // bracket, before the next sentence.
        if num.digits
            && num.plain
            && num.value < 100.0
            && first > 1
            && self.is_punct(first - 1, &["."])
            && self.glued(first)
            && self.glued(first - 1)
            && self.is_punct(first - 2, &[")", "]"])
            && (self.kind(end).is_none()
                || self.line_break_before(end)
                || self.raw(end).starts_with(|c: char| c.is_uppercase()))
        {
            set(m, Kind::Other, "footnote marker");
            return;
        }
        // Footnote markers glued to the text they annotate: `in 2011.[6]`, `group.[3][4]`.
        if num.digits
            && num.plain
            && num.value < 1000.0
            && first > 1
            && self.is_punct(first - 1, &["["])
            && self.glued(first)
            && self.glued(first - 1)
            && self.is_punct(end, &["]"])
            && self.glued(end)
        {
            set(m, Kind::Other, "footnote marker");
            return;
        }
        // `quarter 2`, `Quarter 4 2024`: the name of a quarter, not a count.
        if num.digits
            && num.plain
            && num.width == 1
            && (1.0..=4.0).contains(&num.value)
            && prev == "quarter"
        {
            set(m, Kind::Other, "reference or label");
            return;
        }
        // `an 1859 letter`, `his famed 1863 Emancipation Proclamation`: a year before what it
        // dates, after an article or a possessive.
        if is_year(&num) && num.value < 1900.0 && !range && self.kind(end) == Some(TokenKind::Word)
        {
            let owner = |w: &str| matches!(w, "a" | "an" | "his" | "her" | "their" | "its");
            let dated = owner(prev)
                || (first >= 2
                    && owner(self.low(first - 2))
                    && self.kind(first - 1) == Some(TokenKind::Word));
            if dated && !is_plural_noun(next) {
                set(m, Kind::Year, "year");
                return;
            }
        }
        // `India ranked 53 in terms of prevalence`: a place in a ranking.
        if num.digits
            && num.plain
            && !range
            && matches!(prev, "ranked" | "ranks")
            && !is_plural_noun(next)
        {
            set(m, Kind::Other, "rank");
            return;
        }
        // `Sikeston, MO 63801`: a US ZIP code after a state's two capitals.
        if num.digits
            && num.plain
            && num.width == 5
            && first > 0
            && US_STATES.contains(&self.raw(first - 1))
        {
            set(m, Kind::Other, "postcode");
            return;
        }
        // `Trafficking 101`, `Internet Safety 101`: a course's first steps, after its subject.
        if num.plain
            && num.value == 101.0
            && first > 0
            && self.kind(first - 1) == Some(TokenKind::Word)
            && self.raw(first - 1).starts_with(|c: char| c.is_uppercase())
            && !self.line_start(first - 1)
        {
            set(m, Kind::Other, "reference or label");
            return;
        }
        // Years.
        if is_year(&num) && !range {
            if self.year_context(first) && !self.count_like_year(first, end) {
                set(m, Kind::Year, "year");
                return;
            }
            if (1900.0..=2100.0).contains(&num.value) {
                // `25% above 2019 levels`: the year a level is taken from, not a count of levels.
                let counted = is_plural_noun(next)
                    && next != "levels"
                    && self.kind(end) == Some(TokenKind::Word)
                    && self.raw(end).starts_with(|c: char| c.is_lowercase())
                    && !words::lookup(prev).is_determiner()
                    && !matches!(prev, "a" | "an");
                if !counted && !self.count_like_year(first, end) {
                    set(m, Kind::Year, "year");
                    return;
                }
            }
        }
        // `Tier 2`: a country's rank in the US Trafficking in Persons report (tiers 1 to 3), a
        // statistic, not a label.
        if first > 0 && self.low(first - 1) == "tier" && is_tier(num.value) && !range {
            m.kind = Kind::Ordinal;
            m.not_claim = None;
            return;
        }
        // `ranks No. 11 in the nation`, `the No.1 state`, `the number one hotspot`: a rank.
        if !range && (1.0..=200.0).contains(&num.value) && self.numbered_rank(first, num.digits) {
            m.kind = Kind::Ordinal;
            m.not_claim = None;
            return;
        }
        if let Some(reason) = self.label_before(first) {
            set(m, Kind::Other, reason);
            return;
        }
        // `NFHS 5`, `MICS 6`: a survey's round, after its name in capitals (three letters or
        // more, no currency: `USD 5` is money, read before).
        if !range
            && m.kind == Kind::Count
            && num.digits
            && num.plain
            && num.value <= 20.0
            && first > 0
            && !self.glued(first)
            && self.raw(first - 1).len() >= 3
            && self.raw(first - 1).bytes().all(|b| b.is_ascii_uppercase())
            && !is_plural_noun(next)
        {
            set(m, Kind::Other, "reference or label");
            return;
        }
        // `US 75`, `US 59`: a US highway's number (a count after `US` would take a scale or a
        // unit: `US 75 million`).
        if !range
            && num.digits
            && num.plain
            && num.width <= 3
            && first > 0
            && self.raw(first - 1) == "US"
            && !self.glued(first)
            && self.kind(end) != Some(TokenKind::Number)
            && !matches!(
                next,
                "million" | "billion" | "thousand" | "percent" | "per" | "dollars" | "cents" | "%"
            )
            && !self.is_punct(end, &["%"])
        {
            set(m, Kind::Other, "reference or label");
            return;
        }
        // `18 U.S.C. § 1589`, `29 CFR 570`: the title of a code of law.
        if num.digits
            && (matches!(self.raw(end), "CFR" | "USC" | "IPC" | "PPC")
                || self.raw(end) == "U"
                    && self.is_punct(end + 1, &["."])
                    && self.raw(end + 2) == "S"
                    && self.raw(end + 4) == "C")
        {
            set(m, Kind::Other, "reference or label");
            return;
        }
        // `287 for 6`: wickets in a cricket score.
        if num.digits
            && num.plain
            && num.value <= 10.0
            && prev == "for"
            && first >= 2
            && self.kind(first - 2) == Some(TokenKind::Number)
            && self
                .raw(first - 2)
                .parse::<f64>()
                .is_ok_and(|runs| runs >= 20.0)
            && (first.saturating_sub(8)..end + 8).any(|k| {
                matches!(
                    self.low(k),
                    "stumps"
                        | "overs"
                        | "innings"
                        | "wickets"
                        | "declared"
                        | "batting"
                        | "bowled"
                        | "runs"
                        | "test"
                        | "odi"
                        | "t20"
                )
            })
        {
            set(m, Kind::Other, "score of a match");
            return;
        }
        // Ages. `children 12 to 14`: a range of young ages right after the children it spans.
        let young =
            |v: Option<f64>| v.is_some_and(|v| v.fract() == 0.0 && (1.0..=17.0).contains(&v));
        if self.age_before(first)
            || (range
                && young(m.low)
                && young(m.high)
                && first.checked_sub(1).is_some_and(|p| {
                    matches!(
                        self.low(p),
                        "children" | "kids" | "boys" | "girls" | "adolescents"
                    )
                }))
            || self.age_after(end)
            || self.age_definition(first, end, &num)
            || self.age_apposition(first, end, &num)
            || self.age_in_story(first, end, &num)
            || self.legal_age_before(first, m)
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
        // Lengths of time: `15 years`, `three-day`, `ten or more days`, `over the past decade`;
        // but a measured time is a statistic (`the average wait stood at 526 days`).
        let unit_at = if self.is_dash(end) && self.glued(end) {
            end + 1
        } else if matches!(self.low(end), "or" | "and")
            && matches!(
                self.low(end + 1),
                "more" | "less" | "fewer" | "so" | "over" | "under"
            )
        {
            end + 2
        } else {
            end
        };
        if self.word(unit_at).is_time_unit() && !(self.low(unit_at) == "quarter" && unit_at == end)
        {
            let w = self.low(unit_at);
            let h_alone = w == "h" && !self.glued(unit_at);
            if !(h_alone || w == "second" && unit_at == end) {
                if self.measured_time(first, unit_at) {
                    m.unit = time_unit_name(w);
                    return;
                }
                set(m, Kind::Other, "length of time");
                return;
            }
        }
        // Compound adjectives that count nothing: `a 10-point plan`, `a 12-page report`, `the
        // 65-foot chimney`.
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
                    | "foot"
                    | "yard"
                    | "km"
                    | "kilometre"
                    | "kilometer"
                    | "mile"
                    | "nautical"
                    | "metre"
                    | "meter"
                    | "acre"
                    | "hectare"
                    | "square"
                    | "cubic"
                    | "kg"
                    | "kilo"
                    | "kilogram"
                    | "gram"
                    | "tonne"
                    | "ton"
                    | "pound"
                    | "litre"
                    | "liter"
                    | "gallon"
                    | "degree"
                    | "second"
                    | "minute"
                    | "hour"
                    | "day"
                    | "week"
                    | "month"
                    | "year"
                    | "member"
                    | "seat"
                    | "bed"
                    | "room"
            )
        {
            // `a 14-point lead` measures a gap; `a 10-point plan` counts nothing.
            let gap = self.is(end + 1, "point")
                && matches!(
                    self.low(end + 2),
                    "lead"
                        | "edge"
                        | "margin"
                        | "gap"
                        | "advantage"
                        | "swing"
                        | "deficit"
                        | "majority"
                        | "drop"
                        | "fall"
                        | "rise"
                        | "jump"
                        | "increase"
                );
            if !gap {
                set(m, Kind::Other, "part of a compound word");
                return;
            }
        }
        // Measurements: `3 km`, `10 kg`, `5m tall`; an amount on the scale of a statistic is one
        // (`2.3 million acres of crops`, `5,000 tonnes`).
        if let Some(unit) = self.measurement_after(end) {
            m.unit = Some(unit);
            if !(num.scaled || num.value >= 1000.0) {
                set(m, Kind::Other, "measurement");
            }
            return;
        }
        // `1 | California | 7.2 |` under a header whose first cell is `Rank`: a row's rank.
        if num.digits && num.plain && num.width <= 3 && rank_cell(self.text, m.start) {
            set(m, Kind::Other, "rank");
            return;
        }
        // List and table row numbers: `1.` or `2)` opening a line.
        if num.digits && num.plain && num.width <= 3 && self.line_start(first) {
            // The item's text opens with a word or, after a space, a number of its own
            // (`4. 46% of people referred …`).
            let marker = self.is_punct(end, &[".", ")", ":"])
                && self.glued(end)
                && match self.kind(end + 1) {
                    Some(TokenKind::Word) => true,
                    Some(TokenKind::Number) => {
                        !self.glued(end + 1) && !self.line_break_before(end + 1)
                    }
                    _ => false,
                };
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
            // One count of a tally is a statistic, though small: `24 females and one male`.
            let tally = self.in_tally(first, end);
            if num.value <= 1.0 && num.value.fract() == 0.0 && m.hedge.is_none() {
                // `one child is trafficked every two minutes`: a rate, which is a statistic (not
                // `one of the crimes that earn $150 billion every year`).
                let rate = !matches!(self.low(end), "of" | "as") && self.rate_after(m.end);
                if !tally && !rate {
                    set(m, Kind::Count, "the word one or zero");
                }
                return;
            }
            // `the two men` refers back; `five of the seven states`, `two suspects out of the
            // seven found guilty` give a whole.
            let whole = prev == "the"
                && first >= 3
                && self.is(first - 2, "of")
                && (self.kind(first - 3) == Some(TokenKind::Number)
                    || self.word(first - 3).small_number().is_some()
                    || (self.is(first - 3, "out") && tally));
            if words::lookup(prev).is_determiner() && num.value <= 20.0 && !whole {
                set(m, Kind::Count, "refers back to things already counted");
                return;
            }
            if num.value <= 10.0
                && m.hedge.is_none()
                && !tally
                && self.people_in_story(first, end)
                && !self.rate_after(m.end)
                && !self.victims_tallied(first, end)
            {
                set(m, Kind::Count, "a few people in the story");
            }
        }
    }

    /// True when the line holding byte `pos` is short (under 80 bytes), as widgets are.
    fn short_line(&self, pos: usize) -> bool {
        let bytes = self.text.as_bytes();
        let from = pos.saturating_sub(80);
        let to = (pos + 80).min(bytes.len());
        let before = bytes.get(from..pos).unwrap_or_default();
        let after = bytes.get(pos..to).unwrap_or_default();
        let start = memchr::memrchr(b'\n', before).map(|p| from + p + 1);
        let end = memchr::memchr(b'\n', after).map(|p| pos + p);
        let start = start.or((from == 0).then_some(0));
        let end = end.or((to == bytes.len()).then_some(to));
        matches!((start, end), (Some(s), Some(e)) if e - s < 80)
    }

    /// True when a length of time is what is measured (`an average of 19 months`, `stood at 526
    /// days`, `the 280 days recorded`), not the period of something else (`over the past 15 years`,
    /// `sentenced to 15 years`).
    fn measured_time(&self, first: usize, unit_at: usize) -> bool {
        let start = self.hedge_before(first).map_or(first, |(_, at)| at);
        let before = |k: usize| start.checked_sub(k).map_or("", |p| self.low(p));
        // Whole periods frame a story (`15 years`); a measured time has decimals (`2.9 months
        // of imports`) or says what it measures.
        let decimals = self.kind(first) == Some(TokenKind::Number)
            && self.raw(first).contains('.')
            && !matches!(
                self.low(unit_at),
                "overs" | "innings" | "rounds" | "sessions"
            );
        let what = self.is(unit_at + 1, "of")
            && matches!(
                self.low(unit_at + 2),
                "imports" | "import" | "cover" | "salary" | "wages" | "pay"
            );
        // `it would take 300 years`, `it will take another 300 years`, `we should wait 300
        // years`: a projection of how long a trend needs.
        let more = usize::from(matches!(before(1), "another" | "more" | "further"));
        let projected = matches!(before(1 + more), "take" | "takes" | "wait")
            && matches!(
                before(2 + more),
                "would" | "will" | "could" | "might" | "should" | "may"
            );
        // `200 years away from ending it`: the same projection, told as a distance.
        let away = self.is(unit_at + 1, "away") && self.is(unit_at + 2, "from");
        decimals
            || what
            || projected
            || away
            || (1..=3).any(|k| {
                matches!(
                    before(k),
                    "average" | "averaged" | "averaging" | "median" | "mean"
                )
            })
            || before(1) == "at" && matches!(before(2), "stood" | "stands" | "stand" | "remained")
            || matches!(self.low(unit_at + 1), "recorded" | "reported" | "on")
                && !self.is(unit_at + 2, "the")
    }

    /// True when the small number in words at tokens `first..end` is one count of a tally its
    /// clause gives with other counts (`24 females and one male`, `13 for trafficking, nine for
    /// child labour`, `120 victims rescued, including five children`, `One case was dismissed,
    /// and 319 are pending`, `two suspects out of the seven`): a statistic broken down, not
    /// people in a story. Not `one of`, `one as young as`, `number one`, `this one`.
    fn in_tally(&self, first: usize, end: usize) -> bool {
        if matches!(self.low(end), "of" | "as")
            || first.checked_sub(1).is_some_and(|p| {
                matches!(
                    self.low(p),
                    "any" | "number" | "this" | "that" | "no" | "every" | "each"
                )
            })
        {
            return false;
        }
        let stop = |k: usize| self.is_punct(k, &[".", ";", ":", "!", "?"]);
        let joins = |k: usize| {
            self.is_punct(k, &[","])
                || matches!(self.low(k), "and" | "while" | "including" | "whereas")
                || (self.is(k, "out") && self.is(k + 1, "of"))
        };
        // Another count: digits (not a year, an amount or a share) or a number word above one,
        // not a length of time or an age.
        let count_at = |k: usize| {
            let number = match self.kind(k) {
                Some(TokenKind::Number) => {
                    let raw = self.raw(k);
                    let year = raw.len() == 4 && (raw.starts_with("19") || raw.starts_with("20"));
                    let money = k
                        .checked_sub(1)
                        .is_some_and(|p| self.is_punct(p, &["$", "€", "£", "₹", "#"]));
                    !year && !money
                }
                Some(TokenKind::Word) => self.word(k).small_number().is_some_and(|v| v >= 2.0),
                _ => false,
            };
            number
                && !self.is_punct(k + 1, &["%", "-", "–", "/"])
                && !matches!(
                    self.low(k + 1),
                    "percent"
                        | "per"
                        | "years"
                        | "year"
                        | "days"
                        | "day"
                        | "months"
                        | "month"
                        | "weeks"
                        | "week"
                        | "hours"
                        | "yr"
                        | "am"
                        | "pm"
                )
        };
        let before = (first.saturating_sub(6)..first)
            .rev()
            .take_while(|&k| !stop(k))
            .find(|&k| count_at(k));
        if before.is_some_and(|k| (k + 1..first).any(joins)) {
            return true;
        }
        // `120 women were stopped at the border post while four women were rescued`, `some 53
        // victims of human trafficking, including five children`: a count in digits earlier in
        // the clause, joined by `while` or `including`, however far back.
        let far = (first.saturating_sub(24)..first)
            .rev()
            .take_while(|&k| !stop(k))
            .find(|&k| self.kind(k) == Some(TokenKind::Number) && count_at(k));
        if far.is_some_and(|k| {
            (k + 1..first).any(|j| matches!(self.low(j), "while" | "whereas" | "including"))
        }) {
            return true;
        }
        let mut joined = false;
        for k in end..end + 8 {
            if stop(k) || self.kind(k).is_none() {
                break;
            }
            if count_at(k) {
                return joined;
            }
            joined |= joins(k);
        }
        false
    }

    /// True when the sentence around the count at `first..end` tallies victims rather than
    /// telling a story (see [`victims_tallied`]): it names victims identified (`five victims
    /// were identified in 2023`), or one of its counts is what remains of a breakdown (`the
    /// remaining three children`).
    fn victims_tallied(&self, first: usize, end: usize) -> bool {
        let stop = |k: usize| self.is_punct(k, &[".", ";", "!", "?"]);
        let from = (first.saturating_sub(30)..first)
            .rev()
            .take_while(|&k| !stop(k))
            .last()
            .unwrap_or(first);
        let to = (end..end + 30)
            .take_while(|&k| !stop(k) && self.kind(k).is_some())
            .last()
            .map_or(end, |k| k + 1);
        let mut lower = String::new();
        for k in from..to {
            lower.push_str(self.low(k));
            lower.push(' ');
        }
        victims_tallied(&lower)
    }

    /// True when the clause after byte `at` of the text makes a count a rate (see [`rate_in`];
    /// the text is read, not the tokens: they may end before the clause does).
    fn rate_after(&self, at: usize) -> bool {
        rate_in(self.text.get(at..).unwrap_or_default())
    }

    /// True when a small number in words at the token before `end` counts people in a story
    /// (`two men`, `nine suspected traffickers`, `three co-conspirators`, `two of them`, `two were
    /// arrested`) rather than a statistic (`three seats`, `two points clear`).
    fn people_in_story(&self, first: usize, end: usize) -> bool {
        if matches!(
            self.low(end),
            "were" | "was" | "are" | "have" | "had" | "others"
        ) {
            return true;
        }
        // `two of them`, `nine of the convicts`; not `five of the seven states`.
        if self.is(end, "of") {
            return matches!(self.low(end + 1), "them" | "us" | "whom" | "those")
                || (end + 1..end + 4).any(|k| self.word(k).is_person());
        }
        // `police arrest two`: people taken by the verb, nothing counted after.
        if first > 0
            && matches!(
                self.low(first - 1),
                "arrest"
                    | "arrests"
                    | "arrested"
                    | "held"
                    | "detain"
                    | "detains"
                    | "detained"
                    | "rescue"
                    | "rescues"
                    | "rescued"
                    | "kill"
                    | "kills"
                    | "killed"
                    | "injure"
                    | "injures"
                    | "injured"
                    | "free"
                    | "frees"
                    | "freed"
                    | "charge"
                    | "charges"
                    | "charged"
                    | "nab"
                    | "nabs"
                    | "nabbed"
                    | "hold"
                    | "holds"
                    | "save"
                    | "saves"
                    | "saved"
            )
            && (self.kind(end) != Some(TokenKind::Word) || self.line_break_before(end))
        {
            return true;
        }
        // `a mother of two`
        if first >= 2
            && self.is(first - 1, "of")
            && matches!(
                self.low(first - 2),
                "mother" | "father" | "parent" | "parents" | "grandmother" | "grandfather"
            )
        {
            return true;
        }
        // A person noun, maybe after a word or two that describe it (`teenage`, `suspected`).
        (end..end + 3)
            .take_while(|&k| self.kind(k) == Some(TokenKind::Word) || self.is_dash(k))
            .any(|k| self.word(k).is_person())
    }

    /// True when a year-like number at `first..end` is a count by its place: after `more than`
    /// and before `of` (`More than 2000 of these victims`), or in brackets in a list whose other
    /// bracketed numbers are counts (`London (1582), the south-east (418)`).
    fn count_like_year(&self, first: usize, end: usize) -> bool {
        let before = |k: usize| first.checked_sub(k).map_or("", |p| self.low(p));
        if before(1) == "than"
            && matches!(before(2), "more" | "fewer" | "less")
            && self.low(end) == "of"
        {
            return true;
        }
        // `Around 2000 women trafficked abroad`: a hedge before and people after make a round
        // count, not a year.
        if matches!(
            before(1),
            "around" | "about" | "some" | "nearly" | "almost" | "approximately" | "roughly"
        ) && matches!(
            self.low(end),
            "women"
                | "men"
                | "children"
                | "girls"
                | "boys"
                | "victims"
                | "people"
                | "persons"
                | "workers"
                | "migrants"
                | "survivors"
        ) {
            return true;
        }
        // `(1582), the south-east (418)`: a bracketed count follows within a few words.
        first > 0
            && self.is_punct(first - 1, &["("])
            && self.is_punct(end, &[")"])
            && self.is_punct(end + 1, &[","])
            && (end + 2..end + 8).any(|k| {
                self.is_punct(k, &["("])
                    && self.kind(k + 1) == Some(TokenKind::Number)
                    && self.is_punct(k + 2, &[")"])
                    && self.raw(k + 1).len() < 4
            })
    }

    /// True when the tokens before `first` say a year follows (`in 2024`, `since 2019`, `the 2022 report`).
    fn year_context(&self, first: usize) -> bool {
        let Some(p) = first.checked_sub(1) else {
            return true;
        };
        let w = self.low(p);
        let w_entry = self.word(p);
        // `the Global Report on Trafficking in Persons 2022`: a report's title ends in its year
        // (also with its `s` left off: `Trafficking in Person 2024`).
        if matches!(w, "persons" | "person")
            && p >= 2
            && self.low(p - 1) == "in"
            && self.low(p - 2) == "trafficking"
        {
            return true;
        }
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
                | "survey"
                | "index"
                | "review"
                | "outlook"
                | "bulletin"
                | "yearbook"
                | "plan"
                | "strategy"
                | "policy"
                | "rules"
                | "law"
                | "bill"
        ) || w_entry.month().is_some()
        {
            return true;
        }
        // `(2019)`, `, 2019,`
        matches!(self.raw(p), "(" | "©" | "'" | "’")
    }

    /// True when an ordinal at `first..end` stands for a place in a ranking by itself: `is
    /// third overall`, `is now fourth in call volume`, `jumped to fourth` (not `the third
    /// time`, `a third country`, `comes in second`).
    fn standing(&self, first: usize, end: usize) -> bool {
        let w = |k: usize| first.checked_sub(k).map_or("", |p| self.low(p));
        let linked = matches!(w(1), "is" | "was" | "are" | "were" | "now")
            || w(1) == "to" && matches!(w(2), "jumped" | "jumps" | "jump" | "leapt" | "surged");
        linked
            && (matches!(
                self.low(end),
                "overall"
                    | "in"
                    | "among"
                    | "worldwide"
                    | "globally"
                    | "nationally"
                    | "nationwide"
                    | "behind"
            ) || w(1) == "to")
    }

    /// True when the number after `No.` or `number` at `first` is a place in a ranking: `ranks
    /// No. 11`, `the No.1 state`, `the number one hotspot` (not `Act No. 11`, `case No. 4`).
    fn numbered_rank(&self, first: usize, digits: bool) -> bool {
        let w = |k: usize| first.checked_sub(k).map_or("", |p| self.low(p));
        let ranking = |k: usize| {
            first.checked_sub(k).is_some_and(|p| self.word(p).is_rank())
                || matches!(w(k), "the" | "is" | "was")
        };
        if digits {
            w(2) == "no"
                && first >= 2
                && self.is_punct(first - 1, &["."])
                && self.raw(first - 2).starts_with('N')
                && ranking(3)
        } else {
            // `the number one thing to do`, `our number one priority`: first in importance.
            let importance = matches!(
                self.low(first + 1),
                "thing"
                    | "things"
                    | "priority"
                    | "way"
                    | "tip"
                    | "rule"
                    | "fan"
                    | "choice"
                    | "goal"
            );
            w(1) == "number" && ranking(2) && !importance
        }
    }

    /// Why the token before `first` makes the number a reference or a label, if it does.
    fn label_before(&self, first: usize) -> Option<&'static str> {
        let p = first.checked_sub(1)?;
        // Label words that are common words too (`police rescue 41 victims`) count only with a
        // capital (`Rescue 1122`, `Camp 4`).
        let label = |k: usize| {
            let w = self.word(k);
            w.is_label()
                && (w.is_lower_label() || self.raw(k).starts_with(|c: char| c.is_uppercase()))
        };
        if label(p) {
            return Some("reference or label");
        }
        // `the ILO Convention on Forced Labour, number 29`: a convention's number.
        if self.low(p) == "number"
            && (p.saturating_sub(7)..p).any(|k| {
                matches!(
                    self.low(k),
                    "convention" | "conventions" | "protocol" | "recommendation"
                )
            })
        {
            return Some("reference or label");
        }
        // `No. 5`, `p. 23`, `Art. 3`, `Sec. 4`, `Section: 3`, `§ 1589`; but a full stop after a
        // whole word ends a sentence (`the private sector. 23% of ...`).
        let abbreviation = p > 0
            && matches!(
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
        if p > 0
            && label(p - 1)
            && (self.is_punct(p, &[":"]) || (self.is_punct(p, &["."]) && abbreviation))
            || self.is_punct(p, &["§", "¶"])
        {
            return Some("reference or label");
        }
        // `H.B. 1410`, `S.B. 5`: a house or senate bill's number.
        if p > 2
            && self.is_punct(p, &["."])
            && self.raw(p - 1) == "B"
            && self.is_punct(p - 2, &["."])
            && matches!(self.raw(p - 3), "H" | "S")
        {
            return Some("reference or label");
        }
        // `Psalm 82:3-4`, `Section 3:2`: the part after a labelled number's colon.
        if p > 1
            && self.is_punct(p, &[":"])
            && self.glued(first)
            && self.glued(p)
            && self.kind(p - 1) == Some(TokenKind::Number)
            && label(p - 2)
        {
            return Some("reference or label");
        }
        None
    }

    fn age_before(&self, first: usize) -> bool {
        let w = |k: usize| first.checked_sub(k).map_or("", |p| self.low(p));
        matches!(w(1), "aged" | "age" | "ages" | "agegroup")
            // `some as young as five`
            || (w(1) == "as" && w(2) == "young" && w(3) == "as")
            // `boys marry as early as 15`: the age at which they wed.
            || (w(1) == "as"
                && w(2) == "early"
                && w(3) == "as"
                && (4..=6).any(|k| {
                    matches!(
                        w(k),
                        "marry" | "marries" | "married" | "marrying" | "wed" | "wedded" | "weds"
                    )
                }))
            || (matches!(w(1), "between" | "from" | "of")
                && matches!(w(2), "aged" | "age" | "ages"))
            || (w(1) == "of" && w(2) == "group" && w(3) == "age")
            || (w(1) == "between" && w(2) == "the" && matches!(w(3), "age" | "ages"))
            || (matches!(w(1), "of" | "between") && matches!(w(2), "ages" | "age"))
            || (w(1) == "between" && matches!(w(2), "aged"))
            // `the age of the victims was from 12`; not an average over many people, a statistic
            // (`the average age is between 13 and 15`, `the median age was 19`).
            || (matches!(w(1), "between" | "from")
                && matches!(w(2), "is" | "was")
                && (3..=6).any(|k| matches!(w(k), "age" | "ages"))
                && !(3..=6).any(|k| matches!(w(k + 1), "average" | "median" | "mean" | "typical")))
            || (matches!(w(1), "is" | "was")
                && matches!(w(2), "age" | "ages")
                && !matches!(w(3), "average" | "median" | "mean" | "typical"))
            // `aged 5- to 14-years`: the second bound of an age range whose first borrows its unit.
            || (matches!(w(1), "to" | "and" | "or")
                && first >= 3
                && self.is_dash(first - 2)
                && self.kind(first - 3) == Some(TokenKind::Number)
                && self.age_before(first - 3))
    }

    /// A legal age named a few words before: `raise the minimum age of marriage for women from
    /// 18 to 21`, `the age of consent … is 16`, `the legal age of marriage was 16 for women`,
    /// and the second of a pair of them (`is 18 for men and 16 for women`).
    fn legal_age_before(&self, first: usize, m: &Mention) -> bool {
        let young =
            |v: Option<f64>| v.is_some_and(|v| v.fract() == 0.0 && (10.0..=25.0).contains(&v));
        if !(young(m.value) || (young(m.low) && young(m.high))) {
            return false;
        }
        // `18 for males and 16`: the age the pair's first number gives a group, then `and`.
        let w = |k: usize| first.checked_sub(k).map_or("", |p| self.low(p));
        let pair = w(1) == "and"
            && matches!(
                w(2),
                "males" | "females" | "men" | "women" | "boys" | "girls" | "male" | "female"
            )
            && w(3) == "for"
            && first >= 4
            && self.kind(first - 4) == Some(TokenKind::Number)
            && young(self.raw(first - 4).parse().ok());
        let named = |first: usize| self.legal_age_named_before(first);
        named(first) || (pair && named(first - 4))
    }

    /// True when `age` with a legal word (`minimum age`, `age of consent`) is among the nine
    /// tokens before token `first`, in its sentence.
    fn legal_age_named_before(&self, first: usize) -> bool {
        for k in (first.saturating_sub(9)..first).rev() {
            if self.is_punct(k, &[".", ";", "!", "?"]) {
                return false;
            }
            if self.low(k) != "age" {
                continue;
            }
            let before = k.checked_sub(1).map_or("", |p| self.low(p));
            return matches!(
                before,
                "minimum" | "legal" | "marriageable" | "marrying" | "marriage" | "consenting"
            ) || (self.is(k + 1, "of")
                && matches!(self.low(k + 2), "consent" | "marriage" | "majority"));
        }
        false
    }

    /// A person's age told in a story: `Claudia was 14 when she was trafficked`, `said Claudia,
    /// now 19,`, `The youngest was 11.`
    fn age_in_story(&self, first: usize, end: usize, num: &super::number::Num) -> bool {
        if !num.plain || num.value > 99.0 || num.value.fract() != 0.0 || first < 2 {
            return false;
        }
        let w = |k: usize| first.checked_sub(k).map_or("", |p| self.low(p));
        let person = |k: usize| {
            first.checked_sub(k).is_some_and(|p| {
                matches!(self.low(p), "she" | "he" | "i" | "they" | "we" | "you")
                    || (self.kind(p) == Some(TokenKind::Word)
                        && self.raw(p).starts_with(|c: char| c.is_uppercase())
                        && !self.word(p).is_place())
            })
        };
        // `was 14 when`: the age at which something happened to the person named.
        let when = matches!(w(1), "was" | "were") && self.is(end, "when") && person(2);
        // `The youngest was 11.`
        let youngest = matches!(w(1), "was" | "is") && matches!(w(2), "youngest" | "oldest");
        // `Claudia, now 19,`
        let now = w(1) == "now"
            && self.is_punct(first - 2, &[","])
            && self.is_punct(end, &[",", ")", "."])
            && person(3);
        // `a boy of 15`, `girls of 16`: a person's age after `of` (not `children of 5 families`).
        let of_age = w(1) == "of"
            && matches!(
                w(2),
                "boy" | "boys" | "girl" | "girls" | "child" | "man" | "woman" | "son" | "daughter"
            )
            && !is_plural_noun(self.low(end));
        // `Aris (then 34)`: an age at the time of the story.
        let then = w(1) == "then" && self.is_punct(first - 2, &["("]) && self.is_punct(end, &[")"]);
        when || youngest || now || of_age || then
    }

    /// `26-year-old`, `30 years old`, `five-year-olds`, `5-14 age group`.
    fn age_after(&self, end: usize) -> bool {
        // `14 and 15-year-olds`, `16- or 17-year-olds`, `5- to 17-year-olds`: the first of two
        // ages (`to` only after a hyphen that borrows the second's unit).
        let j = if self.is_dash(end) { end + 1 } else { end };
        if (matches!(self.low(j), "and" | "or") || (j > end && self.is(j, "to")))
            && self.kind(j + 1) == Some(TokenKind::Number)
            && self.age_after(j + 2)
        {
            return true;
        }
        let mut k = end;
        if self.is(k, "age") {
            let g = if self.is_dash(k + 1) { k + 2 } else { k + 1 };
            if matches!(
                self.low(g),
                "group" | "groups" | "bracket" | "brackets" | "band" | "bands" | "cohort"
            ) {
                return true;
            }
        }
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
        // `married before 18`
        let marriage = self.is(p, "before")
            && (p.saturating_sub(8)..p).any(|k| {
                matches!(
                    self.low(k),
                    "married" | "marry" | "marriage" | "marriages" | "wed" | "wedded" | "brides"
                )
            });
        let hedge = marriage
            || matches!(self.low(p), "under" | "below" | "over" | "above")
            || (p > 0
                && matches!(
                    (self.low(p - 1), self.low(p)),
                    ("younger" | "older", "than")
                ));
        // `of them are under 30.`: an age limit up to the thirties when people are the subject.
        let people_under = p >= 1
            && matches!(self.low(p - 1), "are" | "were" | "those" | "aged")
            && num.value <= 35.0
            && self.kind(end) != Some(TokenKind::Word);
        if !hedge
            || (num.value > 21.0 && !people_under)
            || num.value < 1.0
            || num.value.fract() != 0.0
            || num.scaled
        {
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
                && self.word(k).month().is_none()
                && !self.word(k).is_weekday()
        };
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
                    | "grandson"
                    | "granddaughter"
                    | "grandchildren"
                    | "grandfather"
                    | "grandmother"
                    | "nephew"
                    | "niece"
                    | "uncle"
                    | "aunt"
                    | "cousin"
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
                    | "defendant"
                    | "accused"
                    | "suspect"
                    | "driver"
                    | "owner"
                    | "worker"
                    | "labourer"
                    | "resident"
                    | "teenager"
                    | "mother-of-two"
                    | "widow"
            )
        };
        // A name and the number after it, `Musa Garba, 34;`, `Ghulam Rasool (58)`; a place
        // heads a count instead (`Niger, 26`, `Kano (17)`, `Burkina Faso (16)`).
        // `Anuj Kumar*, 30,`: an asterisk marks a name changed to protect the person.
        let starred = first >= 3 && self.is_punct(first - 2, &["*"]) && self.glued(first - 2);
        let mut who = if starred { first - 3 } else { first - 2 };
        // `Juan Cano Jr., 33;`: the name before a suffix.
        if who >= 2
            && self.is_punct(who, &["."])
            && matches!(self.low(who - 1), "jr" | "sr")
            && self.glued(who)
        {
            who -= 2;
        }
        let place = self.word(who).is_place();
        // `Scott Fitzgerald, 27 – on charges of`: a spaced dash closes the apposition too.
        let closes = self.is_punct(end, &[",", ";", ")"])
            || self.is_punct(end, &["."])
            || (self.is_dash(end) && !self.glued(end));
        let comma = self.is_punct(first - 1, &[","])
            && closes
            && !self.is_punct(end, &[")"])
            && !place
            && (name(who) || kin(who))
            && (!self.line_start(who) || self.opens_clause(end + 1));
        // One name alone needs a cue that people are meant: `police freed Zainab (50)`.
        let people_verb = (first.saturating_sub(5)..first - 2).any(|k| {
            matches!(
                self.low(k),
                "freed"
                    | "rescued"
                    | "recovered"
                    | "arrested"
                    | "detained"
                    | "killed"
                    | "injured"
                    | "named"
                    | "identified"
                    | "including"
                    | "include"
                    | "includes"
                    | "accused"
                    | "suspects"
                    | "victims"
                    | "survived"
            )
        });
        // `Libyans (13), Indians (9)`: a nationality in the plural heads a count, not an age.
        let nationals = {
            let w = self.raw(first - 2);
            w.len() >= 6
                && ["ians", "eans", "yans", "ese", "inos", "shis"]
                    .iter()
                    .any(|e| w.ends_with(e))
        };
        let paren = self.is_punct(first - 1, &["("])
            && name(first - 2)
            && !place
            && !nationals
            && self.is_punct(end, &[")"])
            && (first >= 3 && (name(first - 3) || kin(first - 3) || people_verb));
        comma || paren
    }

    /// True when token `k` is a lower-case word going on with a sentence (`Mustafa, 15, lives
    /// …`), not another cell of a table row (`Musa, 34, 12`).
    fn opens_clause(&self, k: usize) -> bool {
        self.kind(k) == Some(TokenKind::Word) && self.raw(k).starts_with(|c: char| c.is_lowercase())
    }

    /// A physical unit after the number, spaced or glued.
    fn measurement_after(&self, end: usize) -> Option<&'static str> {
        if self.kind(end) != Some(TokenKind::Word) {
            return None;
        }
        let raw = self.raw(end);
        let w = self.low(end);
        let w_entry = self.word(end);
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
        w_entry
            .measurement_unit()
            .filter(|_| !self.glued_word_continues(end))
    }

    /// True when token `k` is a capitalised word that names a campaign or a body (`Campaign`,
    /// `Initiative`, `Fund`).
    fn names_a_body(&self, k: usize) -> bool {
        self.raw(k).starts_with(|c: char| c.is_uppercase())
            && matches!(
                self.low(k),
                "campaign"
                    | "initiative"
                    | "project"
                    | "challenge"
                    | "fund"
                    | "movement"
                    | "coalition"
                    | "alliance"
                    | "programme"
                    | "program"
                    | "foundation"
            )
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
                || self.text.get(..start).is_some_and(|before| {
                    before.ends_with('\n') || before.trim_end_matches([' ', '\t']).ends_with('\n')
                });
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

/// The name of a unit of time, for a measured length of time.
fn time_unit_name(word: &str) -> Option<&'static str> {
    Some(match word.trim_end_matches('s') {
        "year" | "yr" => "years",
        "month" | "mth" => "months",
        "week" | "wk" => "weeks",
        "day" => "days",
        "hour" | "hr" | "h" => "hours",
        "minute" | "min" => "minutes",
        _ => return None,
    })
}

/// True for the number of a tier of the US Trafficking in Persons report (1, 2 or 3).
fn is_tier(value: f64) -> bool {
    value.fract() == 0.0 && (1.0..=3.0).contains(&value)
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

/// True when lower-case `sentence` tallies victims rather than telling a story of a few people:
/// it names victims identified (`five child victims were identified in Ireland`, `five
/// children were identified as victims in 2023`), or a count in it is what remains of a
/// breakdown of victims (`the remaining nine victims were …`, `two girls were trafficked …,
/// while the remaining three children …`; not `the remaining two suspects`). Such small counts
/// in words are a tally's parts.
pub(crate) fn victims_tallied(sentence: &str) -> bool {
    if !sentence.contains("identified") && !sentence.contains("remaining") {
        return false;
    }
    let words: Vec<&str> = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let victims = words
        .iter()
        .any(|w| matches!(*w, "victim" | "victims" | "trafficked"));
    let identified = words.contains(&"identified") && victims;
    let remaining = victims
        && words.windows(2).any(|p| {
            matches!(p, [r, n] if *r == "remaining"
            && (n.bytes().all(|b| b.is_ascii_digit()) || words::lookup(n).small_number().is_some()))
        });
    identified || remaining
}

/// True when `text` (a clause) says how often: `each day`, `every two minutes`, `per year`. The
/// text is read once, byte by byte, to the first of `.;:!?,` and for 24 words or 240 bytes at
/// most; a word is a run of ASCII letters and digits, most judged by length and first letter.
pub(crate) fn rate_in(text: &str) -> bool {
    let unit = |w: &[u8]| {
        let w = w.strip_suffix(b"s").unwrap_or(w);
        [
            &b"day"[..],
            b"week",
            b"month",
            b"year",
            b"hour",
            b"minute",
            b"second",
            b"night",
        ]
        .iter()
        .any(|u| w.eq_ignore_ascii_case(u))
    };
    let rate = |w: &[u8]| {
        (3..=5).contains(&w.len())
            && matches!(w.first(), Some(b'e' | b'E' | b'p' | b'P'))
            && [&b"each"[..], b"every", b"per"]
                .iter()
                .any(|r| w.eq_ignore_ascii_case(r))
    };
    let number = |w: &[u8]| {
        w.iter().all(u8::is_ascii_digit)
            || (w.len() <= 9
                && std::str::from_utf8(w)
                    .is_ok_and(|w| words::small_number(&w.to_ascii_lowercase()).is_some()))
    };
    // Whether the word before was `each` …, and whether the two before were `every two`.
    let (mut after_rate, mut after_rate_number) = (false, false);
    // A clause's reach: a long text costs no more per number.
    let bytes = text.as_bytes();
    let bytes = bytes.get(..bytes.len().min(240)).unwrap_or(bytes);
    let (mut start, mut seen) = (None, 0);
    for (i, &b) in bytes
        .iter()
        .enumerate()
        .chain(std::iter::once((bytes.len(), &b' ')))
    {
        if b.is_ascii_alphanumeric() {
            start.get_or_insert(i);
            continue;
        }
        if let Some(from) = start.take() {
            let w = bytes.get(from..i).unwrap_or_default();
            if (after_rate || after_rate_number) && unit(w) {
                return true;
            }
            after_rate_number = after_rate && number(w);
            after_rate = rate(w);
            seen += 1;
            if seen == 24 {
                return false;
            }
        }
        if matches!(b, b'.' | b';' | b':' | b'!' | b'?' | b',') {
            return false;
        }
    }
    false
}

/// True when `word` (lower case) names people a count is given for (`children-688`, a dash
/// written for a colon), which no name joined to its number (`COVID-19`, `G-20`) is.
fn is_counted_group(word: &str) -> bool {
    matches!(
        word,
        "children"
            | "adults"
            | "victims"
            | "survivors"
            | "boys"
            | "girls"
            | "men"
            | "women"
            | "males"
            | "females"
            | "persons"
            | "people"
            | "minors"
    )
}

/// The US states' postal abbreviations, as an address writes them before a ZIP code.
const US_STATES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY",
];

/// True when the number at byte `start` of `text` is the first cell of a table row (`1 |
/// California | 7.2 |`, `| 1 | California |`) whose table's header names that column a rank
/// (`Rank`, `#`, `No.`, `Position`): the header is the line above the row of dashes that opens
/// the table's body.
fn rank_cell(text: &str, start: usize) -> bool {
    let bytes = text.as_bytes();
    // The cell closes after the number's digits and spaces (read first: most numbers are in
    // prose, where no `|` follows).
    let mut end = start;
    while bytes.get(end).is_some_and(u8::is_ascii_digit) {
        end += 1;
    }
    while bytes.get(end) == Some(&b' ') {
        end += 1;
    }
    if bytes.get(end) != Some(&b'|') {
        return false;
    }
    // Only spaces, and at most a `|`, between the line's start and the number.
    let mut at = start;
    while at > 0 && bytes.get(at - 1) == Some(&b' ') {
        at -= 1;
    }
    if at > 0 && bytes.get(at - 1) == Some(&b'|') {
        at -= 1;
        while at > 0 && bytes.get(at - 1) == Some(&b' ') {
            at -= 1;
        }
    }
    if at > 0 && bytes.get(at - 1) != Some(&b'\n') {
        return false;
    }
    let line_start = at;
    // Up through the rows above (each holding a `|`) to the dashes under the header.
    let mut lines = text.get(..line_start).unwrap_or_default().lines().rev();
    for _ in 0..200 {
        let Some(line) = lines.next() else {
            return false;
        };
        if !line.contains('|') {
            return false;
        }
        let dashes = line.contains('-') && line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '));
        if dashes {
            let Some(header) = lines.next() else {
                return false;
            };
            let first = header
                .trim()
                .trim_start_matches('|')
                .split('|')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase();
            return matches!(
                first.as_str(),
                "rank"
                    | "ranking"
                    | "#"
                    | "no"
                    | "no."
                    | "s.no"
                    | "s. no."
                    | "sr"
                    | "sr."
                    | "position"
            );
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::rank_cell;

    #[test]
    fn the_first_cell_under_a_rank_header_is_a_rank() {
        let table = "Rank | Region | Cases |\n---|---|---|\n1 | North | 410 |\n2 | South | 380 |\n";
        assert!(rank_cell(table, table.find("1 |").unwrap()));
        assert!(rank_cell(table, table.find("2 |").unwrap()));
        // The other cells, and the first cell of a table whose first column counts.
        assert!(!rank_cell(table, table.find("410").unwrap()));
        let counts = "Cases | Region |\n---|---|\n410 | North |\n";
        assert!(!rank_cell(counts, counts.find("410").unwrap()));
        let piped = "| # | Region |\n|---|---|\n| 1 | North |\n";
        assert!(rank_cell(piped, piped.find("1 |").unwrap()));
        // A line that is no table row.
        assert!(!rank_cell("1 in 4 victims | source\n", 0));
    }
}
