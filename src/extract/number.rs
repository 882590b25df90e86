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
    /// A plus sign stands between the digits and their scale (`40+ million`): at least the value.
    pub plus: bool,
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
            plus: false,
        }
    }
}

/// The low single quotation mark (U+201A), which is what a comma becomes when a page in
/// Windows-1252 is decoded the wrong way: between digits it is read as the comma it was.
pub const LOW_QUOTE: char = '\u{201A}';

/// Value, resolution, plainness and width of a run of digits with separators.
///
/// Accepts `17,828`, `1,00,000` (South Asian grouping), `3.3`, `1,234.5`, `.77`, `40 000`,
/// `1e10` and full-width digits; rejects `1.2.3` and `1,2`. Allocates nothing.
pub fn parse_digits(raw: &str) -> Option<(f64, f64, bool, usize)> {
    let bytes = raw.as_bytes();
    // (Its last byte, 0x9A, is in no ASCII digit or separator.)
    if bytes.contains(&0x9A) && raw.contains(LOW_QUOTE) {
        return parse_digits(&raw.replace(LOW_QUOTE, ","));
    }
    if let Some(value) = european(raw) {
        return Some(value);
    }
    // Digits as an integer (exact up to 19 digits), how many came after the point, and the
    // sizes of the groups between separators.
    let mut mantissa: u64 = 0;
    let mut significant = 0usize;
    let mut width = 0usize;
    let mut decimals: Option<usize> = None;
    let mut groups = [0u8; 16];
    let mut group_count = 1usize;
    let mut separators = false;
    let mut exponent: Option<&str> = None;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (digit, len) = match b {
            b'0'..=b'9' => (Some(b - b'0'), 1),
            // A full-width digit, `０` … `９`.
            0xEF => match bytes.get(i + 1..i + 3) {
                Some(&[0xBC, d @ 0x90..=0x99]) => (Some(d - 0x90), 3),
                _ => (None, 1),
            },
            _ => (None, 1),
        };
        if let Some(d) = digit {
            if significant < 19 {
                mantissa = mantissa * 10 + u64::from(d);
                if mantissa > 0 {
                    significant += 1;
                }
            } else if decimals.is_none() {
                return parse_long(raw);
            }
            if let Some(n) = decimals.as_mut()
                && (significant < 19 || mantissa == 0)
            {
                *n += 1;
            }
            width += 1;
            let g = groups.get_mut(group_count - 1)?;
            *g = g.saturating_add(1);
            i += len;
            continue;
        }
        match raw.get(i..)?.chars().next()? {
            '.' => {
                if decimals.is_some() {
                    return None;
                }
                decimals = Some(0);
                separators = true;
                if group_count == groups.len() {
                    return None;
                }
                group_count += 1;
                i += 1;
            }
            // The space of `2, 748` (a comma and one space, which the tokenizer joins only
            // there) parts no group of its own.
            ' ' if i > 0 && bytes.get(i - 1) == Some(&b',') => i += 1,
            c @ (',' | ' ' | '\u{A0}' | '\u{2009}' | '\u{202F}' | '\u{2008}') => {
                if decimals.is_some() || group_count == groups.len() {
                    return None;
                }
                separators = true;
                group_count += 1;
                i += c.len_utf8();
            }
            'e' | 'E' => {
                exponent = Some(raw.get(i + 1..)?);
                break;
            }
            _ => return None,
        }
    }
    let groups = groups.get(..group_count)?;
    let int_groups = groups.get(..group_count - usize::from(decimals.is_some()))?;
    // More than one group before the point: the groups must follow one way of grouping.
    if let [first, rest @ ..] = int_groups
        && let Some((last, middle)) = rest.split_last()
    {
        let first = *first;
        let western = (1..=3).contains(&first) && rest.iter().all(|&g| g == 3);
        let south_asian = (1..=2).contains(&first) && *last == 3 && middle.iter().all(|&g| g == 2);
        if !western && !south_asian {
            return None;
        }
    }
    if width == 0 {
        return None;
    }
    let written_decimals = if decimals.is_some() {
        usize::from(*groups.last()?)
    } else {
        0
    };
    let kept_decimals = decimals.unwrap_or(0);
    let mut value = mantissa as f64 / pow10(kept_decimals as i32);
    let mut step = 1.0 / pow10(written_decimals as i32);
    if let Some(exp) = exponent {
        let e: i32 = exp.trim_start_matches('+').parse().ok()?;
        value *= pow10(e);
        step *= pow10(e);
    }
    let plain = !separators && exponent.is_none();
    Some((value, step, plain, width))
}

/// A number written with a decimal comma: `1,3`, `5,00`, `1.111,11` (and its groups of digits).
fn european(raw: &str) -> Option<(f64, f64, bool, usize)> {
    let (whole, decimals) = raw.split_once(',')?;
    if decimals.contains([',', '.']) || !(1..=2).contains(&decimals.len()) {
        return None;
    }
    let whole_groups: Vec<&str> = whole.split('.').collect();
    let (first, rest) = whole_groups.split_first()?;
    if !(1..=3).contains(&first.len()) || rest.iter().any(|g| g.len() != 3) {
        return None;
    }
    if !raw
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    {
        return None;
    }
    let digits: String = whole.chars().filter(char::is_ascii_digit).collect();
    let value: f64 = format!("{digits}.{decimals}").parse().ok()?;
    let width = digits.len() + decimals.len();
    Some((value, pow10(-(decimals.len() as i32)), false, width))
}

/// `parse_digits` for the rare number with more than 19 significant digits before its point.
fn parse_long(raw: &str) -> Option<(f64, f64, bool, usize)> {
    let digits: String = raw
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let width = digits.bytes().filter(u8::is_ascii_digit).count();
    let plain = !raw.contains([',', '.', ' ', '\u{A0}', '\u{2009}', '\u{202F}']);
    Some((digits.parse().ok()?, 1.0, plain, width))
}

/// Ten to the power `e`, exactly for the powers a number can be written with.
pub fn pow10(e: i32) -> f64 {
    const POWERS: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    match POWERS.get(e.unsigned_abs() as usize) {
        Some(&p) if e >= 0 => p,
        Some(&p) => 1.0 / p,
        None => 10f64.powi(e),
    }
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
    pub fn sign_at(&self, i: usize) -> Option<usize> {
        match self.kind(i)? {
            TokenKind::Word if matches!(self.low(i), "minus" | "negative") => {
                // `plus or minus 1.4 points` is a margin, not a negative number.
                if i >= 2 && self.is(i - 1, "or") && self.is(i - 2, "plus") {
                    return None;
                }
                let next = self.kind(i + 1);
                (next == Some(TokenKind::Number) || self.word(i + 1).small_number().is_some())
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
                let after_sign = i > 0
                    && matches!(
                        self.raw(i - 1),
                        "$" | "£" | "€" | "(" | "₹" | "₦" | "<" | ">" | "≤" | "≥" | "="
                    );
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
        // `1.1^23`, `2.5^-1`, `1.3x10^6`, `2.48×10−5`
        if let Some((power, end)) = self.power_after(i, value) {
            num.value = power;
            num.step = 0.0;
            num.plain = false;
            num.end = end;
            return Some(num);
        }
        // `15th`, `2nd`
        if self.kind(i + 1) == Some(TokenKind::Word)
            && self.glued(i + 1)
            && self.word(i + 1).is_ordinal_suffix()
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

    /// A power written after the digits at `i`: `^23`, `^-1`, `^--23` raise them, `x10^6`,
    /// `×10^-4` and `×10−5` scale them; the value and the token after.
    fn power_after(&self, i: usize, value: f64) -> Option<(f64, usize)> {
        let exponent = |mut j: usize| -> Option<(i32, usize)> {
            let mut negative = false;
            while matches!(self.raw(j), "-" | "−" | "+") && self.glued(j) {
                negative ^= self.raw(j) != "+";
                j += 1;
            }
            if self.kind(j) != Some(TokenKind::Number) || !self.glued(j) {
                return None;
            }
            let e: i32 = self.raw(j).parse().ok().filter(|e: &i32| *e <= 308)?;
            Some((if negative { -e } else { e }, j + 1))
        };
        if self.raw(i + 1) == "^" && self.glued(i + 1) {
            let (e, end) = exponent(i + 2)?;
            return Some((value.powi(e), end));
        }
        let times = matches!(self.raw(i + 1), "x" | "×" | "*") && self.glued(i + 1);
        if times && self.raw(i + 2) == "10" && self.glued(i + 2) {
            let (e, end) = match self.raw(i + 3) {
                "^" if self.glued(i + 3) => exponent(i + 4)?,
                "−" => exponent(i + 3)?,
                _ => return None,
            };
            return Some((value * pow10(e), end));
        }
        None
    }

    /// True when the token after `i` is a word glued to it (`12th-century`, no; `12thX`, yes).
    fn glued_word_after(&self, i: usize) -> bool {
        self.kind(i + 1) == Some(TokenKind::Word) && self.glued(i + 1)
    }

    /// A number that starts with a word.
    fn words_at(&self, i: usize) -> Option<Num> {
        let w = self.low(i);
        let w_entry = self.word(i);
        // `a million`, `a hundred`, `a dozen`
        if matches!(w, "a" | "an") {
            let next = self.low(i + 1);
            let next_entry = self.word(i + 1);
            if next == "hundred"
                || next == "dozen"
                || next_entry.scale_word().is_some_and(|s| s >= 1e3)
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
            let next_entry = self.word(j);
            let scale = if next == "dozen" {
                Some(12.0)
            } else {
                next_entry.scale_word().filter(|&s| s >= 1e3)
            };
            let scale = scale?;
            if next.ends_with('s') {
                return None;
            }
            // `half a million` is written to a tenth of the scale (450,000 to 550,000), not to
            // the whole of its value.
            let step = if scale >= 1e3 {
                scale / 10.0
            } else {
                part * scale
            };
            let mut num = Num::new(part * scale, step, i, j + 1);
            num.scaled = true;
            num.fraction = true;
            num.scale = scale;
            return Some(num);
        }
        // `point 77`: a decimal with nothing before the point.
        if w == "point"
            && self.kind(i + 1) == Some(TokenKind::Number)
            && !(i > 0 && self.word(i - 1).small_number().is_some())
            && let Some((value, places, end)) = self.decimal_words(i + 1)
        {
            return Some(Num::new(value, pow10(-(places as i32)), i, end));
        }
        if let Some((value, ordinal)) = w_entry.glued_tens() {
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
        if let Some(value) = w_entry.small_number() {
            let num = Num::new(value, 1.0, i, i + 1);
            return Some(self.continue_number(
                num,
                Last::Small {
                    value,
                    digits: false,
                },
            ));
        }
        if let Some(value) = w_entry.small_ordinal() {
            let mut num = Num::new(value, 1.0, i, i + 1);
            num.ordinal = true;
            return Some(num);
        }
        if let Some(value) = w_entry.scale_ordinal().filter(|_| !w.ends_with('s')) {
            let mut num = Num::new(value, 1.0, i, i + 1);
            num.ordinal = true;
            return Some(num);
        }
        // A scale word with nothing before it: `hundred and twelve`, `thousand nine hundred`,
        // and a scale repeated after a number (`two thousand thousand`); not after a word that
        // reads it otherwise (`a hundred`, `several hundred`, `the thousand`).
        let leading = w == "hundred" || w_entry.scale_word().is_some_and(|s| s >= 1e3);
        let reads_it = i > 0
            && self.kind(i - 1) == Some(TokenKind::Word)
            && (self.word(i - 1).is_determiner()
                || matches!(
                    self.low(i - 1),
                    "a" | "an"
                        | "one"
                        | "several"
                        | "few"
                        | "many"
                        | "some"
                        | "hundreds"
                        | "of"
                        | "per"
                        | "every"
                        | "each"
                        | "by"
                ));
        // A short form of a scale never stands for a number alone: `LAC (11%)` is a region.
        let short_form = matches!(w, "lac" | "cr" | "lkh" | "koti");
        if leading && !w.ends_with('s') && !reads_it && !short_form {
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
        // `twenty-fifths` with no count before it: the plural of an ordinal.
        if let Last::Small {
            value,
            digits: false,
        } = last
            && words::is_tens(value)
            && j == num.first + 1
            && self.is_dash(j)
            && let Some(u) = self.unit_denominator(j + 1)
            && !(num.first > 0 && self.word(num.first - 1).small_number().is_some())
        {
            num.ordinal = true;
            num.value = value + u;
            num.end = j + 2;
            return num;
        }
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
            let w_entry = self.word(j);
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
            if let Some(v) = w_entry.small_number() {
                // `Rs 5 lakh two years ago`: words do not continue a number begun in digits
                // unless a scale follows them (`1 lakh forty thousand`).
                if num.digits
                    && last == Last::Scale
                    && self.word(j + 1).scale_word().is_none()
                    && !self.is(j + 1, "hundred")
                {
                    break;
                }
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
            if let Some((v, ordinal)) = w_entry.glued_tens() {
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
                let after_entry = self.word(j + 1);
                let next_scale = if after == "hundred" {
                    Some(100.0)
                } else {
                    after_entry.scale_word()
                };
                let and_before = saved.is_some();
                let fits = match next_scale {
                    Some(s) => {
                        s < smallest_scale && v < 1000.0 && !(s == 100.0 && last == Last::Hundred)
                    }
                    None => {
                        (and_before || self.last_group(j, last, smallest_scale))
                            && v > 0.0
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
                    // `two thousand hundred`
                    Last::Scale => w == "hundred" && group == 0.0 && smallest_scale > 100.0,
                    _ => false,
                };
                if !ok || (w == "hundreds" && matches!(last, Last::Start | Last::Scale)) {
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
                // `three hundred and two dozens` is 300 and 24.
                group = match (last, saved) {
                    (Last::Small { value, .. }, Some(_)) if group > value => {
                        group - value + value * 12.0
                    }
                    _ => group.max(1.0) * 12.0,
                };
                num.step = 12.0;
                j += 1;
                saved = None;
                last = Last::Scale;
                continue;
            }
            // `40+ million`: a plus sign glued to the digits, then their scale.
            if self.raw(j) == "+"
                && j == num.end
                && self.glued(j)
                && !self.glued(j + 1)
                && matches!(last, Last::Small { digits: true, .. })
                && self.word(j + 1).scale_word().is_some_and(|s| s >= 1e6)
                && !self.low(j + 1).ends_with('s')
            {
                num.plus = true;
                j += 1;
                continue;
            }
            // `one-lakh`, `two-million`: a hyphen between a number and its scale.
            if self.is_dash(j)
                && self.glued(j)
                && self.glued(j + 1)
                && matches!(last, Last::Small { .. })
                && self.word(j + 1).scale_word().is_some_and(|s| s >= 1e3)
                && !self.low(j + 1).ends_with('s')
            {
                j += 1;
                continue;
            }
            if let Some(scale) = w_entry.scale_word() {
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
            if let Some(v) = w_entry.small_ordinal() {
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
            if let Some(scale) = w_entry.scale_ordinal().filter(|_| !w.ends_with('s')) {
                if matches!(last, Last::Small { .. } | Last::Hundred)
                    && (!num.article || last == Last::Hundred)
                {
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
            // After a first `and` has been followed by more of the number (`one hundred and
            // three and two thirds`), a second may still add a fraction.
            let and_fraction = saved.is_none_or(|s| j > s.2 + 1);
            if w == "and" && and_fraction {
                // `and a half`, `and three quarters`: a fraction added to what came before.
                if let Some((frac, end)) = self.fraction_words(j + 1) {
                    saved = None;
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
                        && let Some(scale) = self.word(j).scale_word().filter(|&s| s >= 1e3)
                        && !self.low(j).ends_with('s')
                    {
                        total = (total + group) * scale;
                        group = 0.0;
                        num.scaled = true;
                        num.scale = scale;
                        num.step = scale / 10.0;
                        j += 1;
                    } else if last == Last::Scale
                        && let Some(scale) = self.word(j).scale_word().filter(|&s| s < last_scale)
                    {
                        // `one billion and a half million`
                        total -= frac * unit;
                        total += frac * scale;
                        j += 1;
                    }
                    last = Last::Point;
                    break;
                }
                if matches!(last, Last::Hundred | Last::Scale) && saved.is_none() {
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

    /// True when the digits at `j`, right after a scale of a thousand or more (`last`), are a
    /// whole group of three that ends the number as a Spanish writer spells it word by word
    /// (`371 thousand 867`, `462 thousand 472` for `462 mil 472`): no `and` needed, but nothing
    /// glued after them that makes them a number of their own (`a million 100-metre dashes`).
    fn last_group(&self, j: usize, last: Last, smallest_scale: f64) -> bool {
        last == Last::Scale
            && smallest_scale >= 1e3
            && matches!(
                self.raw(j).as_bytes(),
                [b'1'..=b'9', b'0'..=b'9', b'0'..=b'9']
            )
            && (!self.glued(j + 1) || self.is_punct(j + 1, &[".", ",", ";", ":", ")"]))
    }

    /// The unit after a tens word and a dash at `j`: `-one` (1), `-fifth` (5, ordinal).
    fn tens_unit(&self, j: usize) -> Option<(f64, bool, usize)> {
        if !self.is_dash(j) {
            return None;
        }
        let unit_entry = self.word(j + 1);
        if let Some(u) = unit_entry
            .small_number()
            .filter(|u| (1.0..10.0).contains(u))
        {
            return Some((u, false, j + 2));
        }
        let u = unit_entry
            .small_ordinal()
            .filter(|u| (1.0..10.0).contains(u))?;
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
        // `2.33 k`, `1,674.5 G`: a letter set apart after a number with decimals, ending it.
        let decimals_then_letter = !glued
            && !num.plain
            && num.step < 1.0
            && matches!(raw, "k" | "K" | "M" | "G" | "B" | "T")
            && !matches!(self.kind(j + 1), Some(TokenKind::Word | TokenKind::Number));
        if !glued && !spaced_ok && !decimals_then_letter {
            return None;
        }
        let scale = words::scale_abbreviation(raw)?;
        let decimal = !num.plain;
        match raw {
            // `1m tall` is a length; `27.6m people` a count.
            // (`120m of them`, `11.8m of the total`, `3.3m of all those` count a group: `of`
            // before a pronoun, `all` or `the total` is no length's.)
            "m" => {
                let next_entry = self.word(j + 1);
                let of_group = self.low(j + 1) == "of"
                    && (matches!(self.low(j + 2), "them" | "these" | "those" | "whom" | "all")
                        || (self.low(j + 2) == "the" && self.low(j + 3) == "total"));
                // (`£2m in support`: money is never a length; nor is `54m in hazardous work`
                // after `138m children` in the same list.)
                if next_entry.is_length_context()
                    && !of_group
                    && !self.money_before(num.first)
                    && !self.listed_million(j, num.first)
                {
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

    /// True when the `m` at `j` goes on with `in` and no word of a dimension (`20m in debt
    /// bondage`, not `2m in diameter`) after a count in millions of the same sentence, whose
    /// first token is before `first` (see [`Parser::counted_millions_before`]).
    fn listed_million(&self, j: usize, first: usize) -> bool {
        self.is(j + 1, "in")
            && !matches!(
                self.low(j + 2),
                "length"
                    | "height"
                    | "width"
                    | "depth"
                    | "diameter"
                    | "size"
                    | "circumference"
                    | "radius"
                    | "thickness"
                    | "places"
                    | "the"
            )
            && self.counted_millions_before(first)
    }

    /// True when an earlier number of the sentence, within 30 tokens of `first`, is a count in
    /// millions written with a glued `m` and a word that is no length's after it (`138m
    /// children …, 54m in …`): a list gives its numbers one unit.
    fn counted_millions_before(&self, first: usize) -> bool {
        let mut k = first;
        while k > 0 && first - k < 30 {
            k -= 1;
            if self.is_punct(k, &[".", "!", "?", ";"]) || self.line_break_before(k + 1) {
                return false;
            }
            if self.kind(k) == Some(TokenKind::Number)
                && self.raw(k + 1) == "m"
                && self.glued(k + 1)
                && self.kind(k + 2) == Some(TokenKind::Word)
                && !self.glued(k + 2)
                && !self.word(k + 2).is_length_context()
                && self.word(k + 2).measurement_unit().is_none()
            {
                return true;
            }
        }
        false
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
        let first_entry = self.word(from);
        if digit(first).is_none()
            && let Some(v) = first_entry.small_number()
        {
            // `point seventy-one`, `point eleven`
            let mut value = v;
            let mut end = from + 1;
            if words::is_tens(v) && self.is_dash(end) {
                if let Some(u) = self
                    .word(end + 1)
                    .small_number()
                    .filter(|u| (1.0..10.0).contains(u))
                {
                    value += u;
                    end += 2;
                }
            } else if words::is_tens(v)
                && let Some(u) = self
                    .word(end)
                    .small_number()
                    .filter(|u| (1.0..10.0).contains(u))
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
    ///
    /// A numerator above one takes a plural (`two thirds`, `fifty-four hundredths`); `one`
    /// before a singular `hundredth`, `thousandth` … is an ordinal (`one hundredth` is 100th)
    /// unless `of` follows.
    pub fn fraction_words(&self, from: usize) -> Option<(f64, usize)> {
        let w = self.low(from);
        let w_entry = self.word(from);
        let (numerator, after) = match w {
            "a" | "an" | "one" => (1.0, from + 1),
            _ => {
                let n = w_entry.small_number()?;
                match self.tens_unit(from + 1).filter(|_| words::is_tens(n)) {
                    Some((u, false, end)) => (n + u, end),
                    _ if n >= 2.0 => (n, from + 1),
                    _ => return None,
                }
            }
        };
        let d_at = if self.is_dash(after) {
            after + 1
        } else {
            after
        };
        let d_word = self.low(d_at);
        let d = words::denominator(d_word)?;
        let plural = d_word.ends_with('s') && !d_word.ends_with("ss");
        if numerator == 1.0 && plural || numerator > 1.0 && !plural {
            return None;
        }
        if numerator > 10.0 && d < 100.0 {
            // `twenty fifths` is read as twenty parts by the caller, `fifty-four hundredths` here.
            return None;
        }
        if w == "one" && d >= 100.0 && !self.is(d_at + 1, "of") {
            return None;
        }
        // `a thirtieth` with no `of` is a rank; parts that small are written `a thirtieth of`.
        if matches!(w, "a" | "an")
            && d > 10.0
            && self.word(d_at).scale_ordinal().is_none()
            && !self.is(d_at + 1, "of")
        {
            return None;
        }
        Some((numerator / d, d_at + 1))
    }

    /// A plural ordinal of a unit used as a denominator after a tens word (`twenty-fifths`,
    /// `twenty firsts`), with its value.
    pub fn unit_denominator(&self, j: usize) -> Option<f64> {
        let w = self.low(j);
        // `seconds` after a number is nearly always time (`one hundred twenty seconds`).
        let singular = w.strip_suffix('s').filter(|s| *s != "second")?;
        words::small_ordinal(singular).filter(|u| (1.0..10.0).contains(u))
    }

    /// True when token `i` is a hyphen or dash joining two words (`twenty-one`, `fifty - two`).
    pub fn is_dash(&self, i: usize) -> bool {
        self.toks
            .list
            .get(i)
            .is_some_and(|t| matches!(t.mark, '-' | '‐' | '‑' | '–' | '—'))
    }
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
        assert_eq!(parse_digits("1,2,3"), None);
        assert_eq!(parse_digits("1,2345"), None);
        // A decimal comma, as much of the world writes it.
        assert_eq!(parse_digits("1,3").map(|v| v.0), Some(1.3));
        assert_eq!(parse_digits("1.111,11").map(|v| v.0), Some(1111.11));
    }
}
