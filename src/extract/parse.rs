//! The number parser: reads mentions from a token stream, one left-to-right pass.

use super::token::{Token, TokenKind, tokenize};
use super::words;
use super::{Hedge, Kind, Mention};

/// A lower-cased copy of a short ASCII word (empty for anything else), kept on the stack.
#[derive(Clone, Copy)]
struct Lower {
    buf: [u8; 24],
    len: usize,
}

impl Lower {
    const EMPTY: Lower = Lower {
        buf: [0; 24],
        len: 0,
    };

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// A number read from one or more tokens, before any suffix.
#[derive(Debug, Clone, Copy)]
struct Num {
    value: f64,
    step: f64,
    /// Token index after the number.
    end: usize,
    /// Written in digits, not words.
    digits: bool,
    /// A scale word or abbreviation was applied (`million`, `bn`).
    scaled: bool,
    /// Digits only, no separators or decimals (candidates for years and identifiers).
    plain: bool,
    /// Number of digits written, for plain numbers.
    width: usize,
    /// Product of the scales applied (1 when unscaled).
    scale: f64,
}

/// A quantity: a number with its suffix read (`38%`, `one-third`, `US$236bn`), before ranges and hedges.
#[derive(Debug, Clone, Copy)]
struct Quantity {
    /// Token index of the first token (a currency sign or the number).
    first: usize,
    /// Token index after the last token.
    end: usize,
    kind: Kind,
    value: f64,
    step: f64,
    unit: Option<&'static str>,
    num: Num,
}

/// Reads the mentions of one text.
pub struct Parser<'t> {
    text: &'t str,
    toks: Vec<Token>,
}

impl<'t> Parser<'t> {
    /// Tokenizes `text` for parsing.
    pub fn new(text: &'t str) -> Self {
        Parser {
            text,
            toks: tokenize(text),
        }
    }

    /// Every mention, left to right.
    pub fn mentions(self) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            match self.mention_at(i) {
                Some((mention, next)) => {
                    out.push(mention);
                    i = next.max(i + 1);
                }
                None => i += 1,
            }
        }
        out
    }

    // ---- token helpers -------------------------------------------------------------------

    fn tok(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tok(i).map(|t| t.kind)
    }

    fn raw(&self, i: usize) -> &'t str {
        self.tok(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// The lower-cased word at `i`, or an empty string when `i` is not a short ASCII word.
    fn word(&self, i: usize) -> Lower {
        match self.tok(i) {
            Some(t) if t.kind == TokenKind::Word => {
                let mut lower = Lower::EMPTY;
                let raw = &self.text[t.start..t.end];
                if let Some(w) = words::lower(raw, &mut lower.buf) {
                    lower.len = w.len();
                    lower
                } else {
                    Lower::EMPTY
                }
            }
            _ => Lower::EMPTY,
        }
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.word(i).as_str() == word
    }

    fn is_punct(&self, i: usize, chars: &[char]) -> bool {
        self.kind(i) == Some(TokenKind::Punct)
            && self
                .raw(i)
                .chars()
                .next()
                .is_some_and(|c| chars.contains(&c))
    }

    /// True when token `i` touches the token before it (no space between).
    fn glued(&self, i: usize) -> bool {
        match (i.checked_sub(1).and_then(|p| self.tok(p)), self.tok(i)) {
            (Some(prev), Some(this)) => prev.end == this.start,
            _ => false,
        }
    }

    fn byte_start(&self, i: usize) -> usize {
        self.tok(i).map_or(self.text.len(), |t| t.start)
    }

    fn byte_end(&self, end_tok: usize) -> usize {
        end_tok
            .checked_sub(1)
            .and_then(|i| self.tok(i))
            .map_or(0, |t| t.end)
    }

    // ---- mentions ------------------------------------------------------------------------

    fn mention_at(&self, i: usize) -> Option<(Mention, usize)> {
        if let Some(found) = self.date_at(i) {
            return Some(found);
        }
        if let Some(factor) = words::multiplier_word(self.word(i).as_str()) {
            let mention = self.mention(i, i + 1, Kind::Multiplier, Some(factor), None);
            return Some((self.with_hedge(mention, i), i + 1));
        }
        let q = match self.quantity_at(i) {
            Some(q) => q,
            None if self.kind(i) == Some(TokenKind::Number) => {
                // Digits that are no well-formed number (`1.2.3`, `1,2`): a mention, never a claim.
                let mut m = self.mention(i, i + 1, Kind::Other, None, None);
                m.not_claim = Some("not a well-formed number");
                return Some((m, i + 1));
            }
            None => return None,
        };
        if let Some(found) = self.range_from(q) {
            return Some(found);
        }
        let mut mention = self.mention(q.first, q.end, q.kind, Some(q.value), Some(q.step));
        mention.unit = q.unit;
        self.classify(&mut mention, q);
        let mention = self.with_change(self.with_hedge(mention, q.first), q.first, q.end);
        Some((mention, q.end))
    }

    fn mention(
        &self,
        first: usize,
        end: usize,
        kind: Kind,
        value: Option<f64>,
        step: Option<f64>,
    ) -> Mention {
        Mention {
            start: self.byte_start(first),
            end: self.byte_end(end),
            kind,
            value,
            low: None,
            high: None,
            step,
            hedge: None,
            unit: None,
            not_claim: None,
        }
    }

    /// `July 30`, `30 July`, `September 12, 2024`, `September 2024`.
    fn date_at(&self, i: usize) -> Option<(Mention, usize)> {
        let day = |j: usize| {
            self.kind(j) == Some(TokenKind::Number)
                && self.raw(j).len() <= 2
                && self
                    .raw(j)
                    .parse::<u32>()
                    .is_ok_and(|d| (1..=31).contains(&d))
        };
        let year = |j: usize| {
            self.kind(j) == Some(TokenKind::Number)
                && self.raw(j).len() == 4
                && self
                    .raw(j)
                    .parse::<u32>()
                    .is_ok_and(|y| (1000..=2999).contains(&y))
        };
        let month = |j: usize| {
            let w = self.word(j);
            let ambiguous = matches!(
                w.as_str(),
                "may"
                    | "march"
                    | "mar"
                    | "jan"
                    | "dec"
                    | "sep"
                    | "aug"
                    | "jun"
                    | "jul"
                    | "oct"
                    | "nov"
                    | "feb"
                    | "apr"
            );
            words::month(w.as_str()).is_some()
                && (!ambiguous || self.raw(j).starts_with(|c: char| c.is_uppercase()))
        };
        let end = if month(i) && day(i + 1) {
            if self.is_punct(i + 2, &[',']) && year(i + 3) {
                i + 4
            } else if year(i + 2) {
                i + 3
            } else {
                i + 2
            }
        } else if month(i) && year(i + 1) {
            i + 2
        } else if day(i) && month(i + 1) {
            if year(i + 2) { i + 3 } else { i + 2 }
        } else {
            return None;
        };
        let mut m = self.mention(i, end, Kind::Date, None, None);
        m.not_claim = Some("date");
        Some((m, end))
    }

    /// A number with its suffix: percentages, fractions, ratios, multipliers, money, counts.
    fn quantity_at(&self, i: usize) -> Option<Quantity> {
        if let Some(q) = self.fraction_at(i) {
            return Some(q);
        }
        let (unit, j) = match self.currency_at(i) {
            Some((code, j)) => (Some(code), j),
            None => (None, i),
        };
        let num = self.number_at(j)?;
        let q = |kind, end, value: f64, step: f64| Quantity {
            first: i,
            end,
            kind,
            value,
            step,
            unit,
            num,
        };
        let k = num.end;
        if unit.is_some() {
            return Some(q(Kind::Money, k, num.value, num.step));
        }
        let w = self.word(k);
        let w = w.as_str();
        if self.is_punct(k, &['%']) {
            return Some(q(Kind::Percent, k + 1, num.value, num.step));
        }
        match w {
            "percent" | "pct" => return Some(q(Kind::Percent, k + 1, num.value, num.step)),
            "pc" if self.glued(k) => return Some(q(Kind::Percent, k + 1, num.value, num.step)),
            "per" if self.is(k + 1, "cent") => {
                return Some(q(Kind::Percent, k + 2, num.value, num.step));
            }
            "percentage" if matches!(self.word(k + 1).as_str(), "point" | "points") => {
                return Some(q(Kind::Change, k + 2, num.value, num.step));
            }
            "fold" => return Some(q(Kind::Multiplier, k + 1, num.value, num.step)),
            "times" if !num.scaled => return Some(q(Kind::Multiplier, k + 1, num.value, num.step)),
            "x" if self.glued(k) && !num.scaled => {
                return Some(q(Kind::Multiplier, k + 1, num.value, num.step));
            }
            "in" | "out" => {
                if let Some((whole, end)) = self.ratio_whole(k)
                    && whole > num.value
                    && whole > 0.0
                {
                    return Some(q(Kind::Ratio, end, num.value / whole, num.step / whole));
                }
            }
            "rupees" | "dollars" | "euros" | "pounds" | "usd" | "pkr" | "inr" => {
                let mut money = q(Kind::Money, k + 1, num.value, num.step);
                money.unit = Some(currency_code(w));
                return Some(money);
            }
            _ => {}
        }
        if self.is_punct(k, &['-']) && self.glued(k) && self.glued(k + 1) && self.is(k + 1, "fold")
        {
            return Some(q(Kind::Multiplier, k + 2, num.value, num.step));
        }
        Some(q(Kind::Count, k, num.value, num.step))
    }

    /// The whole of a ratio after `in` / `out of`, with an optional `every`: `in 3`, `out of every 10`.
    fn ratio_whole(&self, k: usize) -> Option<(f64, usize)> {
        let mut j = if self.is(k, "out") && self.is(k + 1, "of") {
            k + 2
        } else {
            k + 1
        };
        if self.is(j, "every") {
            j += 1;
        }
        let whole = self.number_at(j)?;
        (!whole.scaled || whole.digits).then_some((whole.value, whole.end))
    }

    /// `one-third`, `a third`, `two-thirds`, `three quarters`, `1/3`, `¾`, `half of`.
    fn fraction_at(&self, i: usize) -> Option<Quantity> {
        let frac = |end: usize, value: f64| Quantity {
            first: i,
            end,
            kind: Kind::Fraction,
            value,
            step: 0.0,
            unit: None,
            num: Num {
                value,
                step: 0.0,
                end,
                digits: false,
                scaled: false,
                plain: false,
                width: 0,
                scale: 1.0,
            },
        };
        if let Some(value) = self.raw(i).chars().next().and_then(vulgar_fraction) {
            return (self.kind(i) == Some(TokenKind::Punct)).then(|| frac(i + 1, value));
        }
        let w = self.word(i);
        let w = w.as_str();
        if w == "half" {
            let scale_follows = matches!(self.word(i + 1).as_str(), "a" | "an")
                && words::scale_word(self.word(i + 2).as_str()).is_some();
            let used_as_share = matches!(
                self.word(i + 1).as_str(),
                "of" | "the" | "their" | "its" | "all"
            ) || self.hedge_before(i).is_some();
            return (!scale_follows && used_as_share).then(|| frac(i + 1, 0.5));
        }
        // Numerator: a, an, a number word up to ten, or small digits.
        let numerator = match w {
            "a" | "an" => 1.0,
            _ => match self.kind(i) {
                Some(TokenKind::Word) => {
                    words::small_number(w).filter(|&n| (1.0..=10.0).contains(&n))?
                }
                Some(TokenKind::Number) => {
                    // `1/3`
                    if self.is_punct(i + 1, &['/']) && self.glued(i + 1) && self.glued(i + 2) {
                        let n: f64 = self.raw(i).parse().ok()?;
                        let d: f64 = self.raw(i + 2).parse().ok()?;
                        return (n < d && [2.0, 3.0, 4.0, 5.0, 8.0, 10.0].contains(&d))
                            .then(|| frac(i + 3, n / d));
                    }
                    return None;
                }
                _ => return None,
            },
        };
        let hyphen = self.is_punct(i + 1, &['-', '‐']) && self.glued(i + 1) && self.glued(i + 2);
        let d_at = if hyphen { i + 2 } else { i + 1 };
        let d_word = self.word(d_at);
        let denominator = words::denominator(d_word.as_str())?;
        let singular = !d_word.as_str().ends_with('s');
        if denominator == 2.0 && !matches!(w, "a" | "one") {
            return None;
        }
        // `a fifth consecutive year` is an ordinal; `a fifth of` a fraction.
        if matches!(w, "a" | "an") && denominator >= 5.0 && singular && !self.is(d_at + 1, "of") {
            return None;
        }
        Some(frac(d_at + 1, numerator / denominator))
    }

    /// A currency sign or code before a number: `$`, `US$`, `£`, `Rs`, `PKR`, `N5,000`.
    fn currency_at(&self, i: usize) -> Option<(&'static str, usize)> {
        let number_at = |j: usize| {
            self.kind(j) == Some(TokenKind::Number)
                || words::small_number(self.word(j).as_str()).is_some()
        };
        match self.kind(i)? {
            TokenKind::Punct => {
                let code = match self.raw(i) {
                    "$" => "USD",
                    "£" => "GBP",
                    "€" => "EUR",
                    "₹" => "INR",
                    "₦" => "NGN",
                    "¥" => "JPY",
                    _ => return None,
                };
                number_at(i + 1).then_some((code, i + 1))
            }
            TokenKind::Word => {
                let w = self.word(i);
                let w = w.as_str();
                // `US$`, `A$`, `HK$`
                if self.is_punct(i + 1, &['$']) && self.glued(i + 1) {
                    let code = match w {
                        "us" => "USD",
                        "a" | "au" => "AUD",
                        "c" | "ca" => "CAD",
                        "hk" => "HKD",
                        "nz" => "NZD",
                        "s" | "sg" => "SGD",
                        _ => return None,
                    };
                    return number_at(i + 2).then_some((code, i + 2));
                }
                let code = match w {
                    "rs" | "pkr" => "PKR",
                    "inr" => "INR",
                    "usd" => "USD",
                    "eur" => "EUR",
                    "gbp" => "GBP",
                    "n" if self.raw(i) == "N"
                        && self.kind(i + 1) == Some(TokenKind::Number)
                        && self.glued(i + 1) =>
                    {
                        "NGN"
                    }
                    _ => return None,
                };
                // `Rs.` takes its full stop.
                let j = if self.is_punct(i + 1, &['.']) {
                    i + 2
                } else {
                    i + 1
                };
                (self.kind(j) == Some(TokenKind::Number)).then_some((code, j))
            }
            TokenKind::Number => None,
        }
    }

    /// A number in digits or words, with any scale after it (`3.3 million`, `27.6m`, `forty lakh`).
    fn number_at(&self, i: usize) -> Option<Num> {
        let mut num = match self.kind(i)? {
            TokenKind::Number => {
                let (value, step, plain) = parse_digits(self.raw(i))?;
                Num {
                    value,
                    step,
                    end: i + 1,
                    digits: true,
                    scaled: false,
                    plain,
                    width: self.raw(i).len(),
                    scale: 1.0,
                }
            }
            TokenKind::Word => self.word_number_at(i)?,
            TokenKind::Punct => return None,
        };
        loop {
            let j = num.end;
            let w = self.word(j);
            let scale = match words::scale_word(w.as_str()) {
                Some(s) if s >= 1e3 || num.digits => Some(s),
                _ if self.glued(j) && num.digits && !self.glued(j + 1) => {
                    words::scale_abbreviation(w.as_str()).filter(|_| {
                        !(w.as_str() == "m" && is_length_context(self.word(j + 1).as_str()))
                    })
                }
                _ => None,
            };
            let Some(scale) = scale else { break };
            num.value *= scale;
            num.step *= scale;
            num.scale *= scale;
            num.scaled = true;
            num.plain = false;
            num.end = j + 1;
        }
        Some(num)
    }

    /// A number in words: `twenty-one`, `two hundred and fifty thousand`, `a million`, `half a million`.
    fn word_number_at(&self, i: usize) -> Option<Num> {
        let first = self.word(i);
        let (mut total, mut current, mut step, mut j) = (0.0, 0.0, 1.0, i);
        let mut any = false;
        let mut last_small: Option<f64> = None;
        match first.as_str() {
            "half" if matches!(self.word(i + 1).as_str(), "a" | "an") => {
                let scale = words::scale_word(self.word(i + 2).as_str()).filter(|&s| s >= 1e3)?;
                return Some(Num {
                    value: scale / 2.0,
                    step: scale / 2.0,
                    end: i + 3,
                    digits: false,
                    scaled: true,
                    plain: false,
                    width: 0,
                    scale,
                });
            }
            "a" | "an" => {
                let next = self.word(i + 1);
                if next.as_str() != "dozen" && words::scale_word(next.as_str()).is_none() {
                    return None;
                }
                current = 1.0;
                j = i + 1;
                any = true;
            }
            _ => {}
        }
        loop {
            let w = self.word(j);
            let w = w.as_str();
            if let Some(v) = words::small_number(w) {
                // `twenty one` joins; `one two` does not.
                if let Some(prev) = last_small
                    && !(prev >= 20.0 && prev % 10.0 == 0.0 && v < 10.0)
                {
                    break;
                }
                if words::is_tens(w)
                    && self.is_punct(j + 1, &['-'])
                    && self.glued(j + 1)
                    && self.glued(j + 2)
                    && let Some(unit) = words::small_number(self.word(j + 2).as_str())
                        .filter(|&u| (1.0..10.0).contains(&u))
                {
                    current += v + unit;
                    j += 3;
                    last_small = Some(v + unit);
                } else {
                    current += v;
                    j += 1;
                    last_small = Some(v);
                }
                step = 1.0;
                any = true;
            } else if w == "hundred" && any {
                current = if current == 0.0 {
                    100.0
                } else {
                    current * 100.0
                };
                step = 100.0;
                j += 1;
                last_small = None;
            } else if w == "dozen" && any {
                current = current.max(1.0) * 12.0;
                j += 1;
                last_small = None;
            } else if let Some(scale) = words::scale_word(w).filter(|&s| s >= 1e3) {
                if !any {
                    break;
                }
                total += current.max(1.0) * scale;
                current = 0.0;
                step = scale;
                j += 1;
                last_small = None;
            } else if w == "and"
                && any
                && last_small.is_none()
                && words::small_number(self.word(j + 1).as_str()).is_some()
            {
                j += 1;
            } else {
                break;
            }
        }
        let scaled = total > 0.0;
        // The last scale word, when nothing smaller follows it (`thirty million`).
        let scale = if scaled && current == 0.0 { step } else { 1.0 };
        any.then_some(Num {
            value: total + current,
            step,
            end: j,
            digits: false,
            scaled,
            plain: false,
            width: 0,
            scale,
        })
    }

    /// Two quantities joined as a range: `between 20 and 30 million`, `20-30%`, `Rs 60 lakh to Rs 80 lakh`.
    fn range_from(&self, low: Quantity) -> Option<(Mention, usize)> {
        let k = low.end;
        let between = low.first > 0 && self.is(low.first - 1, "between");
        let joined = self.is_punct(k, &['-', '–', '—'])
            || self.is(k, "to")
            || (between && self.is(k, "and"));
        if !joined {
            return None;
        }
        let high = self.quantity_at(k + 1)?;
        let (mut kind, mut lo) = (low.kind, low.value);
        // `20-30 million`, `20–30%`, `$20-30 million`: the first end takes the second's scale and unit.
        if !low.num.scaled && high.num.scaled {
            lo *= high.num.scale;
        }
        if low.kind == Kind::Count {
            kind = high.kind;
        }
        let compatible = kind == high.kind || (kind == Kind::Money && high.kind == Kind::Count);
        if !compatible || lo > high.value {
            return None;
        }
        let first = if between { low.first - 1 } else { low.first };
        let mut m = self.mention(low.first, high.end, kind, None, Some(high.step));
        m.low = Some(lo);
        m.high = Some(high.value);
        m.unit = high.unit.or(low.unit);
        if is_year(low.num) && (is_year(high.num) || high.num.width == 2) {
            m.kind = Kind::Year;
            m.not_claim = Some("years");
        } else if let Some(reason) = self.reference_before(low.first) {
            m.kind = Kind::Other;
            m.not_claim = Some(reason);
        }
        let m = if between {
            m
        } else {
            self.with_hedge(m, first)
        };
        Some((m, high.end))
    }

    /// Marks numbers that are not statistics: years, references, identifiers, counters, durations.
    fn classify(&self, m: &mut Mention, q: Quantity) {
        let mut set = |kind: Kind, why: &'static str| {
            m.kind = kind;
            m.not_claim = Some(why);
        };
        if !matches!(q.kind, Kind::Count) {
            if let Some(reason) = self.reference_before(q.first) {
                set(Kind::Other, reason);
            }
            return;
        }
        let k = q.end;
        let next = self.word(k);
        let next = next.as_str();
        if q.num.digits && self.kind(k) == Some(TokenKind::Word) && self.glued(k) {
            if words::is_ordinal_suffix(next) {
                set(Kind::Ordinal, "ordinal");
            } else if matches!(next, "am" | "pm") {
                set(Kind::Other, "time of day");
            } else if furniture_prefix(next) {
                set(Kind::Count, "page furniture");
            } else {
                set(Kind::Other, "number glued to a word");
            }
        } else if is_year(q.num) {
            set(Kind::Year, "year");
        } else if let Some(reason) = self.reference_before(q.first) {
            set(Kind::Other, reason);
        } else if words::is_furniture(next) {
            set(Kind::Count, "page furniture");
        } else if words::is_time_unit(next) {
            set(Kind::Other, "length of time");
        } else if self.is_punct(k, &['-'])
            && self.glued(k)
            && words::is_time_unit(self.word(k + 1).as_str())
        {
            set(Kind::Other, "age or length of time");
        } else if self.is_punct(k, &[':'])
            && self.glued(k)
            && self.kind(k + 1) == Some(TokenKind::Number)
        {
            set(Kind::Other, "time of day");
        } else if q.num.plain
            && (q.num.width >= 7
                || q.num.width > 1 && q.num.value < 10f64.powi(q.num.width as i32 - 1))
        {
            set(Kind::Other, "identifier or phone number");
        } else if self.is_punct(k, &['/']) && self.glued(k)
            || q.first > 0 && self.is_punct(q.first - 1, &['/', '#', '+']) && self.glued(q.first)
        {
            set(Kind::Other, "identifier");
        } else if !q.num.digits && !q.num.scaled && q.value <= 10.0 {
            set(Kind::Count, "small number in words");
        }
    }

    /// Why the number at `first` is a reference or label, judging by the words before it.
    fn reference_before(&self, first: usize) -> Option<&'static str> {
        let prev = first.checked_sub(1)?;
        if words::is_reference_word(self.word(prev).as_str()) {
            return Some("reference or label");
        }
        // `COVID-19`, `H-1B`: a word glued by a hyphen.
        if self.is_punct(prev, &['-'])
            && self.glued(prev)
            && self.glued(first)
            && self.kind(prev.checked_sub(1)?) == Some(TokenKind::Word)
        {
            return Some("identifier");
        }
        None
    }

    /// The hedge written just before token `first`.
    fn hedge_before(&self, first: usize) -> Option<(Hedge, usize)> {
        let one = first.checked_sub(1)?;
        if self.is_punct(one, &['~']) {
            return Some((Hedge::About, one));
        }
        if self.is_punct(one, &['>']) {
            return Some((Hedge::MoreThan, one));
        }
        if self.is_punct(one, &['<']) {
            return Some((Hedge::LessThan, one));
        }
        if let Some(two) = one.checked_sub(1)
            && let Some(h) = words::hedge_pair(self.word(two).as_str(), self.word(one).as_str())
        {
            return Some((h, two));
        }
        words::hedge_word(self.word(one).as_str()).map(|h| (h, one))
    }

    fn with_hedge(&self, mut m: Mention, first: usize) -> Mention {
        if m.kind.is_statistical() {
            m.hedge = self.hedge_before(first).map(|(h, _)| h);
        }
        m
    }

    /// Percentages that state a change: `rose by 25%`, `fell 11 per cent`, `a 47 per cent surge`.
    fn with_change(&self, mut m: Mention, first: usize, end: usize) -> Mention {
        if m.kind != Kind::Percent {
            return m;
        }
        let before = self.hedge_before(first).map_or(first, |(_, at)| at);
        let mut b = before.checked_sub(1);
        if b.is_some_and(|b| self.is(b, "by")) {
            b = b.and_then(|b| b.checked_sub(1));
        }
        let verb = b
            .filter(|&b| {
                // `make up 38 per cent` is a share, not a rise.
                let particle = matches!(self.word(b).as_str(), "up" | "down");
                let make = b.checked_sub(1).is_some_and(|p| {
                    matches!(self.word(p).as_str(), "make" | "makes" | "made" | "making")
                });
                !(particle && make)
            })
            .map(|b| change_direction(self.word(b).as_str()))
            .unwrap_or(0.0);
        let noun = change_direction(self.word(end).as_str());
        let direction = if verb != 0.0 { verb } else { noun };
        if direction != 0.0 {
            m.kind = Kind::Change;
            m.value = m.value.map(|v| v * direction);
        }
        m
    }
}

/// +1 for words of increase, -1 for words of decrease, 0 otherwise.
fn change_direction(word: &str) -> f64 {
    match word {
        "rose" | "risen" | "rise" | "rises" | "increased" | "increase" | "increases" | "grew"
        | "grown" | "growth" | "jumped" | "jump" | "surged" | "surge" | "climbed" | "up"
        | "higher" | "spike" | "spiked" | "hike" => 1.0,
        "fell" | "fallen" | "fall" | "falls" | "dropped" | "drop" | "decreased" | "decrease"
        | "declined" | "decline" | "down" | "lower" | "reduction" | "reduced" | "slumped"
        | "plunged" | "cut" => -1.0,
        _ => 0.0,
    }
}

fn is_year(num: Num) -> bool {
    num.plain && num.width == 4 && (1800.0..=2100.0).contains(&num.value)
}

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
    ]
    .iter()
    .any(|f| word.starts_with(f))
}

fn is_length_context(word: &str) -> bool {
    matches!(
        word,
        "tall" | "high" | "long" | "wide" | "deep" | "away" | "above" | "below" | "from" | "in"
    )
}

fn currency_code(word: &str) -> &'static str {
    match word {
        "rupees" | "pkr" => "PKR",
        "inr" => "INR",
        "euros" => "EUR",
        "pounds" => "GBP",
        _ => "USD",
    }
}

fn vulgar_fraction(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅛' => 0.125,
        _ => return None,
    })
}

/// Value, resolution and plainness of a run of digits with separators.
///
/// Accepts `17,828`, `1,00,000` (South Asian grouping), `3.3`, `1,234.5` and thin-space groups;
/// rejects `1.2.3` and `1,2`.
fn parse_digits(raw: &str) -> Option<(f64, f64, bool)> {
    let mut groups: Vec<&str> = Vec::new();
    let mut seps: Vec<char> = Vec::new();
    let mut start = 0;
    for (i, c) in raw.char_indices() {
        if !c.is_ascii_digit() {
            groups.push(&raw[start..i]);
            seps.push(if c == '.' { '.' } else { ',' });
            start = i + c.len_utf8();
        }
    }
    groups.push(&raw[start..]);
    let (int_groups, decimals) = match seps.iter().rposition(|&s| s == '.') {
        Some(p) if p == seps.len() - 1 && seps[..p].iter().all(|&s| s == ',') => {
            (&groups[..=p], Some(groups[p + 1]))
        }
        Some(_) => return None,
        None => (&groups[..], None),
    };
    if int_groups.len() > 1 {
        let (first, rest) = (int_groups[0], &int_groups[1..]);
        let western = (1..=3).contains(&first.len()) && rest.iter().all(|g| g.len() == 3);
        let (last, middle) = rest.split_last()?;
        let south_asian = (1..=2).contains(&first.len())
            && last.len() == 3
            && middle.iter().all(|g| g.len() == 2);
        if !western && !south_asian {
            return None;
        }
    }
    let mut digits = String::with_capacity(raw.len());
    int_groups.iter().for_each(|g| digits.push_str(g));
    let step = match decimals {
        Some(d) => {
            digits.push('.');
            digits.push_str(d);
            10f64.powi(-(d.len() as i32))
        }
        None => 1.0,
    };
    let value: f64 = digits.parse().ok()?;
    Some((value, step, seps.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use super::*;

    /// (text, kind, value, claim) of each mention.
    fn read(text: &str) -> Vec<(String, &'static str, Option<f64>, bool)> {
        extract(text)
            .into_iter()
            .map(|m| {
                (
                    text[m.start..m.end].to_string(),
                    m.kind.as_str(),
                    m.value.map(|v| (v * 1e4).round() / 1e4),
                    m.is_claim(),
                )
            })
            .collect()
    }

    fn one(text: &str) -> Mention {
        let ms = extract(text);
        assert_eq!(ms.len(), 1, "{text}: {ms:?}");
        ms.into_iter().next().unwrap()
    }

    #[test]
    fn digits_with_separators() {
        assert_eq!(parse_digits("17,828"), Some((17828.0, 1.0, false)));
        assert_eq!(parse_digits("1,00,000"), Some((100000.0, 1.0, false)));
        assert_eq!(parse_digits("12,34,567"), Some((1234567.0, 1.0, false)));
        assert_eq!(parse_digits("3.3"), Some((3.3, 0.1, false)));
        assert_eq!(parse_digits("2024"), Some((2024.0, 1.0, true)));
        assert_eq!(parse_digits("1,234.50").map(|v| v.0), Some(1234.5));
        assert_eq!(parse_digits("1.2.3"), None);
        assert_eq!(parse_digits("1,2"), None);
    }

    #[test]
    fn scales_and_abbreviations() {
        let m = one("3.3 million children");
        assert_eq!(
            (m.kind, m.value, m.step),
            (Kind::Count, Some(3_300_000.0), Some(100_000.0))
        );
        assert_eq!(one("27.6m people").value, Some(27_600_000.0));
        assert_eq!(one("40 lakh").value, Some(4_000_000.0));
        assert_eq!(one("3 crore").value, Some(30_000_000.0));
        let money = one("US$236bn in profits");
        assert_eq!(
            (money.kind, money.value, money.unit),
            (Kind::Money, Some(236e9), Some("USD"))
        );
        assert_eq!(one("Rs720 million").unit, Some("PKR"));
        assert_eq!(one("£1.2bn").value, Some(1.2e9));
    }

    #[test]
    fn a_lone_m_is_a_metre_not_a_million() {
        let m = one("a wall 1m tall");
        assert_eq!(m.value, Some(1.0));
    }

    #[test]
    fn numbers_in_words() {
        assert_eq!(one("twenty-one girls").value, Some(21.0));
        assert_eq!(
            one("two hundred and fifty thousand people").value,
            Some(250_000.0)
        );
        assert_eq!(one("a million people").value, Some(1e6));
        assert_eq!(one("half a million people").value, Some(500_000.0));
        assert_eq!(one("a dozen cases").value, Some(12.0));
    }

    #[test]
    fn shares() {
        assert_eq!(
            read("38% and 38 per cent and 38pc and 38 percent"),
            vec![
                ("38%".into(), "percent", Some(38.0), true),
                ("38 per cent".into(), "percent", Some(38.0), true),
                ("38pc".into(), "percent", Some(38.0), true),
                ("38 percent".into(), "percent", Some(38.0), true),
            ]
        );
        assert_eq!(
            one("one-third of victims").value.map(|v| (v * 1e4).round()),
            Some(3333.0)
        );
        assert_eq!(one("a third of victims").kind, Kind::Fraction);
        assert_eq!(
            one("two-thirds of them").value.map(|v| (v * 1e4).round()),
            Some(6667.0)
        );
        assert_eq!(one("three quarters of all").value, Some(0.75));
        assert_eq!(one("¾ of all").value, Some(0.75));
        assert_eq!(one("more than half of victims").value, Some(0.5));
        let ratio = one("one in every three detected victims");
        assert_eq!(
            (ratio.kind, ratio.value.map(|v| (v * 1e4).round())),
            (Kind::Ratio, Some(3333.0))
        );
        assert_eq!(one("nine out of 10 cases").value, Some(0.9));
        assert_eq!(one("1 in 4 children").value, Some(0.25));
    }

    #[test]
    fn multipliers_and_changes() {
        assert_eq!(
            (one("has tripled").kind, one("has tripled").value),
            (Kind::Multiplier, Some(3.0))
        );
        assert_eq!(one("a five-fold rise").value, Some(5.0));
        assert_eq!(one("a fivefold rise").value, Some(5.0));
        assert_eq!(one("three times more likely").kind, Kind::Multiplier);
        let fell = one("convictions fell 11 per cent");
        assert_eq!((fell.kind, fell.value), (Kind::Change, Some(-11.0)));
        assert_eq!(one("rose by 25%").value, Some(25.0));
        assert_eq!(one("a 47 per cent surge").kind, Kind::Change);
        assert_eq!(one("up 4 percentage points").kind, Kind::Change);
        assert_eq!(one("children make up 38 per cent").kind, Kind::Percent);
    }

    #[test]
    fn ranges_share_their_scale() {
        let m = one("between 20 and 30 million people");
        assert_eq!(
            (m.kind, m.low, m.high),
            (Kind::Count, Some(20e6), Some(30e6))
        );
        let m = one("20–30% of cases");
        assert_eq!(
            (m.kind, m.low, m.high),
            (Kind::Percent, Some(20.0), Some(30.0))
        );
        let m = one("Rs 60 lakh to Rs 80 lakh");
        assert_eq!((m.kind, m.low, m.high), (Kind::Money, Some(6e6), Some(8e6)));
    }

    #[test]
    fn hedges() {
        assert_eq!(one("more than 3 million").hedge, Some(Hedge::MoreThan));
        assert_eq!(one("nearly 40%").hedge, Some(Hedge::Nearly));
        assert_eq!(one("at least half of them").hedge, Some(Hedge::AtLeast));
        assert_eq!(one("an estimated 27.6 million").hedge, Some(Hedge::About));
        assert_eq!(one("up to 30,000").hedge, Some(Hedge::UpTo));
        assert_eq!(one("nearly doubled").hedge, Some(Hedge::Nearly));
    }

    #[test]
    fn numbers_that_are_not_claims() {
        let cases = [
            ("Thursday, September 12, 2024", "date"),
            ("held on July 30 each year", "date"),
            ("in 2022 alone", "year"),
            ("17,828FansLike", "count"),
            ("11,620 Followers", "count"),
            ("over the past 15 years", "other"),
            ("the Act 2018 says", "year"),
            ("Section 3 of", "other"),
            ("COVID-19 closures", "other"),
            ("the 15th report", "ordinal"),
            ("Tier 2 ranking", "other"),
            ("between 2019 and 2022", "year"),
            ("one of the worst", "count"),
            ("call 0300 1234567", "other"),
        ];
        for (text, kind) in cases {
            let ms = extract(text);
            assert!(!ms.is_empty(), "{text}: no mention");
            for m in &ms {
                assert!(!m.is_claim(), "{text}: {m:?} should not be a claim");
            }
            assert_eq!(ms[0].kind.as_str(), kind, "{text}: {ms:?}");
        }
    }

    #[test]
    fn malformed_digits_are_mentions_but_not_claims() {
        let m = one("version 1.2.3");
        assert_eq!(m.kind, Kind::Other);
        assert!(!m.is_claim());
    }
}
