//! Reading one number from tokens: digits with separators and scales (`3.3 million`, `27.6m`,
//! `1,00,000`, `1.5 lakh crore`) and numbers in words (`two hundred and fifty thousand`,
//! `twenty-fifth`, `five and a half million`, `two point five`).

use super::parse::Parser;
use super::token::TokenKind;
use super::words;

/// A number read from one or more tokens, before any suffix such as `%` or a currency.
#[derive(Debug, Clone, Copy)]
pub struct Num {
    /// The value, with any scale and sign applied.
    pub value: f64,
    /// Resolution implied by how it is written: 0.1 million for `3.3 million`.
    pub step: f64,
    /// Token index of the first token (a sign word included).
    pub first: usize,
    /// Token index after the number.
    pub end: usize,
    /// Begins with digits, not words.
    pub digits: bool,
    /// A scale word or abbreviation was applied (`million`, `bn`, `lakh`).
    pub scaled: bool,
    /// One run of digits, no separators, decimals or scale (candidates for years and identifiers).
    pub plain: bool,
    /// Number of digits written, for plain numbers.
    pub width: usize,
    /// The last scale applied (1 when unscaled), to share with the other end of a range.
    pub scale: f64,
    /// Ends in an ordinal (`15th`, `twenty-fifth`).
    pub ordinal: bool,
    /// Holds a fraction (`two-thirds`, `five and a half million`).
    pub fraction: bool,
    /// Digits that start with a zero (`0300`), as phone numbers and codes do.
    pub leading_zero: bool,
    /// The value is `a`/`an` alone with a scale (`a million`).
    pub article: bool,
}

impl Num {
    fn new(value: f64, step: f64, first: usize, end: usize) -> Num {
        Num {
            value,
            step,
            first,
            end,
            digits: false,
            scaled: false,
            plain: false,
            width: 0,
            scale: 1.0,
            ordinal: false,
            fraction: false,
            leading_zero: false,
            article: false,
        }
    }
}

/// Value, resolution, plainness and width of a run of digits with separators.
///
/// Accepts `17,828`, `1,00,000` (South Asian grouping), `3.3`, `1,234.5`, `.77`, `40 000`,
/// `1e10` and full-width digits; rejects `1.2.3` and `1,2`.
pub fn parse_digits(raw: &str) -> Option<(f64, f64, bool, usize)> {
    let mut digits = String::with_capacity(raw.len());
    let mut groups: Vec<usize> = vec![0];
    let mut seps: Vec<u8> = Vec::new();
    let mut exponent: Option<&str> = None;
    for (i, c) in raw.char_indices() {
        match c {
            '0'..='9' => {
                digits.push(c);
                *groups.last_mut()? += 1;
            }
            '０'..='９' => {
                digits.push(char::from(b'0' + (c as u32 - '０' as u32) as u8));
                *groups.last_mut()? += 1;
            }
            '.' => {
                seps.push(b'.');
                groups.push(0);
                digits.push('.');
            }
            ',' | ' ' | '\u{A0}' | '\u{2009}' | '\u{202F}' | '\u{2008}' => {
                seps.push(b',');
                groups.push(0);
            }
            'e' | 'E' => {
                exponent = Some(&raw[i + 1..]);
                break;
            }
            _ => return None,
        }
    }
    let points = seps.iter().filter(|&&s| s == b'.').count();
    if points > 1 {
        return None;
    }
    let decimals = if points == 1 {
        let p = seps.iter().rposition(|&s| s == b'.')?;
        if p != seps.len() - 1 {
            return None;
        }
        Some(*groups.last()?)
    } else {
        None
    };
    let int_groups = &groups[..groups.len() - decimals.map_or(0, |_| 1)];
    if int_groups.len() > 1 {
        let (first, rest) = (int_groups[0], &int_groups[1..]);
        let western = (1..=3).contains(&first) && rest.iter().all(|&g| g == 3);
        let (last, middle) = rest.split_last()?;
        let south_asian = (1..=2).contains(&first) && *last == 3 && middle.iter().all(|&g| g == 2);
        if !western && !south_asian {
            return None;
        }
    }
    if digits.starts_with('.') {
        digits.insert(0, '0');
    }
    let mut value: f64 = digits.parse().ok()?;
    let mut step = decimals.map_or(1.0, |d| 10f64.powi(-(d as i32)));
    if let Some(exp) = exponent {
        let e: i32 = exp.trim_start_matches('+').parse().ok()?;
        value *= 10f64.powi(e);
        step *= 10f64.powi(e);
    }
    let plain = seps.is_empty() && exponent.is_none();
    let width = groups.iter().sum();
    Some((value, step, plain, width))
}

/// Where a group of a word number ended, for deciding what may follow.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Last {
    Start,
    Small { value: f64, digits: bool },
    Hundred,
    Scale,
    Point,
}

impl<'t> Parser<'t> {
    /// A number in digits or words with its sign and scales, starting at token `i`.
    pub fn number_at(&self, i: usize) -> Option<Num> {
        if let Some(j) = self.sign_at(i)
            && let Some(mut num) = self.unsigned_at(j)
        {
            num.value = -num.value;
            num.first = i;
            return Some(num);
        }
        self.unsigned_at(i)
    }

    /// The token after a minus sign at `i` (`minus`, `negative`, `−5`, `-5` where it is no dash).
    fn sign_at(&self, i: usize) -> Option<usize> {
        match self.kind(i)? {
            TokenKind::Word if matches!(self.low(i), "minus" | "negative") => {
                let next = self.kind(i + 1);
                (next == Some(TokenKind::Number) || words::small_number(self.low(i + 1)).is_some())
                    .then_some(i + 1)
            }
            TokenKind::Punct => {
                let raw = self.raw(i);
                if self.kind(i + 1) != Some(TokenKind::Number) || !self.glued(i + 1) {
                    return None;
                }
                if raw == "−" {
                    return Some(i + 1);
                }
                let after_sign =
                    i > 0 && matches!(self.raw(i - 1), "$" | "£" | "€" | "(" | "₹" | "₦");
                if raw != "-" || (i > 0 && self.glued(i) && !after_sign) {
                    return None;
                }
                // A hyphen before digits is a minus sign only at the start of a line, after an
                // opening mark or a currency sign, or after a word that sets a value ("was -3").
                let ok = i == 0
                    || self.line_break_before(i)
                    || matches!(
                        self.raw(i - 1),
                        "(" | "=" | ":" | "[" | "$" | "£" | "€" | "≈" | "<" | ">" | "≤" | "≥"
                    )
                    || matches!(
                        self.low(i - 1),
                        "is" | "was"
                            | "were"
                            | "be"
                            | "at"
                            | "of"
                            | "to"
                            | "from"
                            | "by"
                            | "reached"
                            | "hit"
                            | "stood"
                            | "and"
                            | "or"
                            | "between"
                            | "than"
                    );
                ok.then_some(i + 1)
            }
            _ => None,
        }
    }

    /// A number without a sign at token `i`.
    fn unsigned_at(&self, i: usize) -> Option<Num> {
        match self.kind(i)? {
            TokenKind::Number => self.digits_at(i),
            TokenKind::Word => self.words_at(i),
            _ => None,
        }
    }

    /// Digits with what may follow them: an ordinal suffix, a fraction sign, scales.
    fn digits_at(&self, i: usize) -> Option<Num> {
        let raw = self.raw(i);
        let (value, step, plain, width) = parse_digits(raw)?;
        let mut num = Num::new(value, step, i, i + 1);
        num.digits = true;
        num.plain = plain;
        num.width = width;
        num.leading_zero = plain && width > 1 && raw.starts_with('0');
        // `15th`, `2nd`
        if self.kind(i + 1) == Some(TokenKind::Word)
            && self.glued(i + 1)
            && words::is_ordinal_suffix(self.low(i + 1))
            && plain
            && !self.glued_word_after(i + 1)
        {
            num.ordinal = true;
            num.end = i + 2;
            return Some(num);
        }
        // `2½`
        if self.glued(i + 1)
            && let Some(f) = vulgar_fraction(self.raw(i + 1))
        {
            num.value += f;
            num.fraction = true;
            num.plain = false;
            num.end = i + 2;
            return Some(num);
        }
        Some(self.continue_number(
            num,
            Last::Small {
                value,
                digits: true,
            },
        ))
    }

    /// True when the token after `i` is a word glued to it (`12th-century`, no; `12thX`, yes).
    fn glued_word_after(&self, i: usize) -> bool {
        self.kind(i + 1) == Some(TokenKind::Word) && self.glued(i + 1)
    }

    /// A number that starts with a word.
    fn words_at(&self, i: usize) -> Option<Num> {
        let w = self.low(i);
        // `a million`, `a hundred`, `a dozen`
        if matches!(w, "a" | "an") {
            let next = self.low(i + 1);
            if next == "hundred"
                || next == "dozen"
                || words::scale_word(next).is_some_and(|s| s >= 1e3)
            {
                let mut num = Num::new(1.0, 1.0, i, i + 1);
                num.article = true;
                return Some(self.continue_number(
                    num,
                    Last::Small {
                        value: 1.0,
                        digits: false,
                    },
                ));
            }
            return None;
        }
        // `half a million`, `half million`, `quarter million`, `half a dozen`
        if matches!(w, "half" | "quarter") {
            let part = if w == "half" { 0.5 } else { 0.25 };
            let j = if matches!(self.low(i + 1), "a" | "an") {
                i + 2
            } else {
                i + 1
            };
            let next = self.low(j);
            let scale = if next == "dozen" {
                Some(12.0)
            } else {
                words::scale_word(next).filter(|&s| s >= 1e3)
            };
            let scale = scale?;
            if next.ends_with('s') {
                return None;
            }
            let mut num = Num::new(part * scale, part * scale, i, j + 1);
            num.scaled = true;
            num.fraction = true;
            num.scale = scale;
            return Some(num);
        }
        if let Some((value, ordinal)) = words::glued_tens(w) {
            let mut num = Num::new(value, 1.0, i, i + 1);
            num.ordinal = ordinal;
            if ordinal {
                return Some(num);
            }
            return Some(self.continue_number(
                num,
                Last::Small {
                    value,
                    digits: false,
                },
            ));
        }
        if let Some(value) = words::small_number(w) {
            let num = Num::new(value, 1.0, i, i + 1);
            return Some(self.continue_number(
                num,
                Last::Small {
                    value,
                    digits: false,
                },
            ));
        }
        if let Some(value) = words::small_ordinal(w) {
            let mut num = Num::new(value, 1.0, i, i + 1);
            num.ordinal = true;
            return Some(num);
        }
        if let Some(value) = words::scale_ordinal(w).filter(|_| !w.ends_with('s')) {
            let mut num = Num::new(value, 1.0, i, i + 1);
            num.ordinal = true;
            return Some(num);
        }
        // A scale word with nothing before it: `hundred and twelve`, `thousand nine hundred`.
        let leading = w == "hundred" || words::scale_word(w).is_some_and(|s| s >= 1e3);
        if leading && !w.ends_with('s') && !(i > 0 && self.kind(i - 1) == Some(TokenKind::Word)) {
            let num = Num::new(0.0, 1.0, i, i);
            let num = self.continue_number(num, Last::Start);
            return (num.end > i).then_some(num);
        }
        None
    }

    /// Reads hundreds, scales, `and`, decimals in words, ordinals and fractions after a first part.
    fn continue_number(&self, first: Num, last: Last) -> Num {
        let mut num = first;
        let mut total = 0.0;
        let mut group = num.value;
        let mut last = last;
        let mut smallest_scale = f64::INFINITY;
        let mut last_scale = 1.0;
        let mut j = num.end;
        let mut decimals = false;
        // The state before an `and`, restored when what follows does not continue the number.
        let mut saved: Option<(f64, f64, usize, Last, f64)> = None;
        if let Last::Small {
            value,
            digits: false,
        } = last
            && words::is_tens(value)
            && let Some((u, ordinal, end)) = self.tens_unit(j)
        {
            group += u;
            j = end;
            last = Last::Small {
                value: u,
                digits: false,
            };
            if ordinal {
                num.ordinal = true;
                num.value = group;
                num.end = j;
                return num;
            }
        }
        loop {
            let w = self.low(j);
            let raw = self.raw(j);
            let kind = self.kind(j);
            // Scale abbreviations glued to digits, or spaced where unambiguous: `27.6m`, `10 bln`.
            if let Last::Small { digits: true, .. } = last
                && j == num.end
                && kind == Some(TokenKind::Word)
                && let Some(scale) = self.abbreviation_at(j, &num)
            {
                group *= scale;
                num.step *= scale;
                num.scaled = true;
                num.plain = false;
                num.scale = scale;
                last_scale = scale;
                smallest_scale = scale;
                j += 1;
                last = Last::Scale;
                continue;
            }
            if let Some(v) = words::small_number(w) {
                match last {
                    Last::Small {
                        value: prev,
                        digits: false,
                    } if words::is_tens(prev) && v < 10.0 && v > 0.0 && group % 10.0 == 0.0 => {
                        group += v;
                    }
                    Last::Hundred if group % 100.0 == 0.0 => group += v,
                    Last::Scale | Last::Start => group = v,
                    _ => break,
                }
                num.step = 1.0;
                last = Last::Small {
                    value: v,
                    digits: false,
                };
                j += 1;
                // `twenty-one`, `fifty - two`, `twenty—fifth`
                if words::is_tens(v)
                    && let Some((u, ordinal, end)) = self.tens_unit(j)
                {
                    group += u;
                    j = end;
                    last = Last::Small {
                        value: u,
                        digits: false,
                    };
                    if ordinal {
                        num.ordinal = true;
                        break;
                    }
                }
                continue;
            }
            if let Some((v, ordinal)) = words::glued_tens(w) {
                match last {
                    Last::Hundred | Last::Scale | Last::Start => {
                        group = if last == Last::Hundred { group + v } else { v }
                    }
                    _ => break,
                }
                j += 1;
                saved = None;
                if ordinal {
                    num.ordinal = true;
                    break;
                }
                last = Last::Small {
                    value: v,
                    digits: false,
                };
                continue;
            }
            // Digits inside a number in words: `4 thousand 3 hundred and 21`, `1 lakh 40 thousand`.
            if kind == Some(TokenKind::Number)
                && matches!(last, Last::Scale | Last::Hundred)
                && let Some((v, _, true, _)) = parse_digits(raw)
            {
                let after = self.low(j + 1);
                let next_scale = if after == "hundred" {
                    Some(100.0)
                } else {
                    words::scale_word(after)
                };
                let and_before = saved.is_some();
                let fits = match next_scale {
                    Some(s) => {
                        s < smallest_scale && v < 1000.0 && !(s == 100.0 && last == Last::Hundred)
                    }
                    None => {
                        and_before
                            && v < smallest_scale.min(if last == Last::Hundred {
                                100.0
                            } else {
                                f64::INFINITY
                            })
                    }
                };
                if !fits {
                    break;
                }
                group = if last == Last::Hundred { group + v } else { v };
                last = Last::Small {
                    value: v,
                    digits: true,
                };
                j += 1;
                saved = None;
                continue;
            }
            if w == "hundred" || w == "hundreds" {
                let ok = match last {
                    Last::Small { digits, .. } => {
                        group < if digits { 1000.0 } else { 100.0 } && group > 0.0
                    }
                    Last::Start => true,
                    _ => false,
                };
                if !ok || (w == "hundreds" && matches!(last, Last::Start)) {
                    break;
                }
                group = if group == 0.0 { 100.0 } else { group * 100.0 };
                num.step = 100.0;
                last = Last::Hundred;
                j += 1;
                saved = None;
                continue;
            }
            if matches!(w, "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs") {
                if !matches!(last, Last::Small { .. } | Last::Hundred) {
                    break;
                }
                group = group.max(1.0) * 12.0;
                num.step = 12.0;
                j += 1;
                saved = None;
                last = Last::Scale;
                continue;
            }
            if let Some(scale) = words::scale_word(w) {
                let leading = last == Last::Start;
                if group == 0.0 && !leading {
                    // `three lakh crore`, `two thousand millions`: a larger scale multiplies all.
                    if last == Last::Scale && scale > last_scale && saved.is_none() {
                        total *= scale;
                        last_scale = scale;
                        smallest_scale = scale;
                        num.step *= scale;
                        num.scale = scale;
                        j += 1;
                        continue;
                    }
                    break;
                }
                if leading {
                    group = 1.0;
                }
                if let Some((t, g, end, l, step)) = saved.filter(|_| scale >= smallest_scale) {
                    total = t;
                    group = g;
                    j = end;
                    last = l;
                    num.step = step;
                    saved = None;
                    break;
                }
                if scale > smallest_scale && smallest_scale < f64::INFINITY {
                    if scale <= last_scale {
                        break;
                    }
                    total = (total + group) * scale;
                } else if scale == smallest_scale {
                    break;
                } else {
                    total += group * scale;
                }
                smallest_scale = smallest_scale.min(scale);
                last_scale = scale;
                group = 0.0;
                num.step *= scale;
                num.scaled = true;
                num.plain = false;
                num.scale = scale;
                last = Last::Scale;
                j += 1;
                saved = None;
                continue;
            }
            // `one hundred and forty second`, `two thousand and fifth`, `five hundred first`
            if let Some(v) = words::small_ordinal(w) {
                let joins = match last {
                    Last::Small {
                        value: prev,
                        digits: false,
                    } => words::is_tens(prev) && v < 10.0 && group % 10.0 == 0.0,
                    Last::Hundred | Last::Scale => true,
                    _ => false,
                };
                if joins {
                    group += v;
                    num.ordinal = true;
                    j += 1;
                    saved = None;
                    break;
                }
                break;
            }
            if let Some(scale) = words::scale_ordinal(w).filter(|_| !w.ends_with('s')) {
                if matches!(last, Last::Small { .. } | Last::Hundred) && !num.article {
                    group = group.max(1.0) * scale;
                    total += group;
                    group = 0.0;
                    num.ordinal = true;
                    j += 1;
                    saved = None;
                }
                break;
            }
            // `two point five`, `nought point nought three`, `1 point 1`
            if w == "point"
                && !decimals
                && matches!(
                    last,
                    Last::Small { .. } | Last::Hundred | Last::Scale | Last::Start
                )
            {
                if let Some((frac, digits, end)) = self.decimal_words(j + 1) {
                    group += frac;
                    num.step = 10f64.powi(-(digits as i32));
                    decimals = true;
                    j = end;
                    last = Last::Point;
                    saved = None;
                    continue;
                }
                break;
            }
            if w == "and" && saved.is_none() {
                // `and a half`, `and three quarters`: a fraction added to what came before.
                if let Some((frac, end)) = self.fraction_words(j + 1) {
                    let unit = if last == Last::Scale { last_scale } else { 1.0 };
                    if last == Last::Scale {
                        total += frac * unit;
                    } else {
                        group += frac;
                    }
                    num.fraction = true;
                    j = end;
                    // `five and a half million`
                    if last != Last::Scale
                        && let Some(scale) = words::scale_word(self.low(j)).filter(|&s| s >= 1e3)
                        && !self.low(j).ends_with('s')
                    {
                        total = (total + group) * scale;
                        group = 0.0;
                        num.scaled = true;
                        num.scale = scale;
                        num.step = scale / 10.0;
                        j += 1;
                    } else if last == Last::Scale
                        && let Some(scale) =
                            words::scale_word(self.low(j)).filter(|&s| s < last_scale)
                    {
                        // `one billion and a half million`
                        total -= frac * unit;
                        total += frac * scale;
                        j += 1;
                    }
                    last = Last::Point;
                    break;
                }
                if matches!(last, Last::Hundred | Last::Scale) {
                    saved = Some((total, group, j, last, num.step));
                    j += 1;
                    continue;
                }
                break;
            }
            break;
        }
        if let Some((t, g, end, l, step)) = saved.filter(|s| j == s.2 + 1) {
            total = t;
            group = g;
            j = end;
            last = l;
            num.step = step;
        }
        let _ = last;
        num.value = total + group;
        num.end = j;
        if num.end > first.end {
            num.plain = num.plain && !num.scaled;
        }
        num
    }

    /// The unit after a tens word and a dash at `j`: `-one` (1), `-fifth` (5, ordinal).
    fn tens_unit(&self, j: usize) -> Option<(f64, bool, usize)> {
        if !self.is_dash(j) {
            return None;
        }
        let unit = self.low(j + 1);
        if let Some(u) = words::small_number(unit).filter(|u| (1.0..10.0).contains(u)) {
            return Some((u, false, j + 2));
        }
        let u = words::small_ordinal(unit).filter(|u| (1.0..10.0).contains(u))?;
        Some((u, true, j + 2))
    }

    /// A scale abbreviation at `j` right after the digits of `num`.
    fn abbreviation_at(&self, j: usize, num: &Num) -> Option<f64> {
        let raw = self.raw(j);
        let glued = self.glued(j);
        if glued && self.glued_word_after(j) {
            return None;
        }
        // The word must end there: `5km` is no `5k`.
        let spaced_ok = matches!(
            self.low(j),
            "bn" | "mn" | "mln" | "bln" | "tn" | "tln" | "trn" | "mil" | "cr"
        );
        if !glued && !spaced_ok {
            return None;
        }
        let scale = words::scale_abbreviation(raw)?;
        let decimal = !num.plain;
        match raw {
            // `1m tall` is a length; `27.6m people` a count.
            "m" => {
                let next = self.low(j + 1);
                if is_length_context(next) {
                    return None;
                }
            }
            // `5G` is a network, `10G` and `.0012G` a giga.
            "G" if num.width < 2 && !decimal => return None,
            // `$2.174T`, `€10B`: money or decimals only.
            "T" | "B" if !(decimal || self.money_before(num.first)) => return None,
            "b" if !(decimal || self.money_before(num.first)) => return None,
            "MM" if !self.money_before(num.first) => return None,
            _ => {}
        }
        Some(scale)
    }

    /// True when a currency sign or code comes just before token `first`.
    pub fn money_before(&self, first: usize) -> bool {
        first > 0 && self.currency_prefix_before(first).is_some()
    }

    /// Decimal digits in words after `point`: `five`, `nought three`, `seventy-one`.
    fn decimal_words(&self, from: usize) -> Option<(f64, usize, usize)> {
        if self.kind(from) == Some(TokenKind::Number) {
            let raw = self.raw(from);
            if raw.bytes().all(|b| b.is_ascii_digit()) {
                let v: f64 = format!("0.{raw}").parse().ok()?;
                return Some((v, raw.len(), from + 1));
            }
            return None;
        }
        let digit = |w: &str| -> Option<f64> {
            match w {
                "o" | "oh" => Some(0.0),
                _ => words::small_number(w).filter(|&v| v < 10.0),
            }
        };
        let first = self.low(from);
        if digit(first).is_none()
            && let Some(v) = words::small_number(first)
        {
            // `point seventy-one`, `point eleven`
            let mut value = v;
            let mut end = from + 1;
            if words::is_tens(v) && self.is_dash(end) {
                if let Some(u) =
                    words::small_number(self.low(end + 1)).filter(|u| (1.0..10.0).contains(u))
                {
                    value += u;
                    end += 2;
                }
            } else if words::is_tens(v)
                && let Some(u) =
                    words::small_number(self.low(end)).filter(|u| (1.0..10.0).contains(u))
            {
                value += u;
                end += 1;
            }
            return Some((value / 100.0, 2, end));
        }
        let mut k = from;
        let mut text = String::from("0.");
        while let Some(d) = digit(self.low(k)) {
            text.push(char::from(b'0' + d as u8));
            k += 1;
        }
        if k == from {
            return None;
        }
        Some((text.parse().ok()?, k - from, k))
    }

    /// A fraction in words at `from`: `a half`, `a third`, `three quarters`, `two fifths`.
    pub fn fraction_words(&self, from: usize) -> Option<(f64, usize)> {
        let w = self.low(from);
        let numerator = match w {
            "a" | "an" | "one" => 1.0,
            _ => words::small_number(w).filter(|&n| (2.0..=10.0).contains(&n))?,
        };
        let d_at = if self.is_dash(from + 1) {
            from + 2
        } else {
            from + 1
        };
        let d_word = self.low(d_at);
        let d = words::denominator(d_word)?;
        let plural = d_word.ends_with('s') && !d_word.ends_with("ss");
        if numerator == 1.0 && plural {
            return None;
        }
        Some((numerator / d, d_at + 1))
    }

    /// True when token `i` is a hyphen or dash joining two words (`twenty-one`, `fifty - two`).
    pub fn is_dash(&self, i: usize) -> bool {
        matches!(self.raw(i), "-" | "‐" | "‑" | "–" | "—") && self.kind(i) == Some(TokenKind::Punct)
    }
}

/// Words after `1m` that make it a length (`1m tall`), not a million.
pub fn is_length_context(word: &str) -> bool {
    matches!(
        word,
        "tall"
            | "high"
            | "long"
            | "wide"
            | "deep"
            | "away"
            | "above"
            | "below"
            | "under"
            | "from"
            | "in"
            | "race"
            | "sprint"
            | "hurdles"
            | "freestyle"
            | "backstroke"
            | "breaststroke"
            | "butterfly"
            | "relay"
            | "final"
            | "metres"
            | "of"
            | "thick"
            | "apart"
            | "beneath"
            | "underground"
            | "down"
            | "up"
            | "deeper"
            | "higher"
            | "taller"
            | "longer"
    )
}

/// Value of a vulgar fraction sign: `½` 0.5, `¾` 0.75.
pub fn vulgar_fraction(sign: &str) -> Option<f64> {
    Some(match sign {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅖" => 0.4,
        "⅗" => 0.6,
        "⅘" => 0.8,
        "⅙" => 1.0 / 6.0,
        "⅚" => 5.0 / 6.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_with_separators() {
        assert_eq!(parse_digits("17,828"), Some((17828.0, 1.0, false, 5)));
        assert_eq!(parse_digits("1,00,000").map(|v| v.0), Some(100000.0));
        assert_eq!(parse_digits("12,34,567").map(|v| v.0), Some(1234567.0));
        assert_eq!(parse_digits("3.3").map(|v| (v.0, v.1)), Some((3.3, 0.1)));
        assert_eq!(parse_digits("2024"), Some((2024.0, 1.0, true, 4)));
        assert_eq!(parse_digits("1,234.50").map(|v| v.0), Some(1234.5));
        assert_eq!(parse_digits(".77").map(|v| v.0), Some(0.77));
        assert_eq!(parse_digits("40 000").map(|v| v.0), Some(40000.0));
        assert_eq!(parse_digits("1e10").map(|v| v.0), Some(1e10));
        assert_eq!(parse_digits("１２").map(|v| v.0), Some(12.0));
        assert_eq!(parse_digits("1.2.3"), None);
        assert_eq!(parse_digits("1,2"), None);
    }
}
