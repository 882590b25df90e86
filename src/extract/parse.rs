//! The mention grammar: reads quantities (percentages, fractions, ratios, money, rates,
//! multipliers, counts), ranges, hedges and changes from the tokens of one neighbourhood.

use super::number::{self, Num, vulgar_fraction};
use super::token::{TokenKind, Tokens};
use super::{Hedge, Kind, Mention, furniture::Lines, words};
use std::cell::Cell;

/// A quantity: a number with its suffix read (`38%`, `one-third`, `US$236bn`), before ranges,
/// hedges and classification.
#[derive(Debug, Clone, Copy)]
pub struct Quantity {
    /// Token index of the first token (a currency sign or the number).
    pub first: usize,
    /// Token index after the last token.
    pub end: usize,
    /// What the quantity is.
    pub kind: Kind,
    /// Its value as normalised.
    pub value: f64,
    /// Resolution implied by how it is written.
    pub step: f64,
    /// Currency or unit.
    pub unit: Option<&'static str>,
    /// Denominator of a rate (`per 1,000`).
    pub per: Option<f64>,
    /// The number inside.
    pub num: Num,
    /// Why this is no claim, when the grammar already knows (`3 times` is a frequency).
    pub reason: Option<&'static str>,
}

/// A hedge and the token where it starts, if any.
pub type HedgeAt = Option<(Hedge, usize)>;

/// Reads the mentions of one neighbourhood.
pub struct Parser<'t> {
    /// The whole text.
    pub text: &'t str,
    /// The neighbourhood's tokens.
    pub toks: &'t Tokens,
    /// Page furniture found line by line.
    pub lines: &'t Lines,
    /// The last answer of [`Parser::hedge_before`].
    pub hedge_memo: Cell<Option<(usize, HedgeAt)>>,
}

/// What a mention before the current one left for it to inherit (a hedge over a list, a label).
#[derive(Debug, Clone, Copy, Default)]
pub struct Carry {
    /// Token index after the previous mention.
    end: usize,
    /// Its hedge, when written before it.
    hedge: Option<Hedge>,
    /// Its kind.
    kind: Option<Kind>,
    /// Its reason for not being a claim, when that reason carries over a list.
    label: Option<&'static str>,
    /// The sign of its change, when it is one (`rape fell 9.4% and assault 2.8%`).
    sign: f64,
}

impl<'t> Parser<'t> {
    /// Every mention of the neighbourhood, left to right, appended to `out`.
    pub fn mentions(&self, out: &mut Vec<Mention>) {
        let mut i = 0;
        let mut carry = Carry::default();
        let n = self.toks.list.len();
        while i < n {
            if self.kind(i) == Some(TokenKind::Link) {
                self.link_mentions(i, out);
                i += 1;
                continue;
            }
            if !self.may_start(i) {
                i += 1;
                continue;
            }
            if let Some(next) = self.parts_at(i, out) {
                carry = Carry::default();
                i = next;
                continue;
            }
            match self.mention_at(i) {
                Some((mut mention, first, next)) => {
                    let inherited_hedge = self.inherit(&mut mention, first, &carry);
                    self.inherit_over_brackets(&mut mention, out);
                    self.scale_over_brackets(&mut mention, out);
                    if self.merge_bounds(out, &mention, &carry, first) {
                        carry.end = next;
                        i = next.max(i + 1);
                        continue;
                    }
                    carry = Carry {
                        end: next,
                        // A hedge written before the number, or passed down a list, goes on.
                        hedge: self
                            .hedge_before(first)
                            .map(|(h, _)| h)
                            .or(inherited_hedge)
                            .filter(|_| mention.hedge.is_some()),
                        kind: Some(mention.kind),
                        label: mention.not_claim.filter(|r| {
                            matches!(*r, "reference or label" | "identifier" | "age" | "year")
                        }),
                        sign: if mention.kind == Kind::Change {
                            mention.value.map_or(0.0, f64::signum)
                        } else {
                            0.0
                        },
                    };
                    out.push(mention);
                    i = next.max(i + 1);
                }
                None => i += 1,
            }
        }
    }

    /// True when a mention may start at token `i`: a quick test that skips ordinary words.
    fn may_start(&self, i: usize) -> bool {
        match self.kind(i) {
            Some(TokenKind::Number | TokenKind::Link) => true,
            Some(TokenKind::Punct) => {
                let raw = self.raw(i);
                match raw.as_bytes().first() {
                    Some(b'-' | b'(' | b'%' | b'$') => true,
                    Some(&b) if b < 0x80 => false,
                    None => false,
                    Some(_) => {
                        words::currency_symbol(raw).is_some()
                            || vulgar_fraction(raw).is_some()
                            || raw == "−"
                            || raw == "％"
                    }
                }
            }
            Some(TokenKind::Word) => {
                let entry = self.word(i);
                if entry.triggers() {
                    return true;
                }
                if entry.may_start() {
                    // `a`, `some`, `May`, `US`, `Rs`, `Monday` begin a mention only next to a
                    // number, a number word, a currency or a month (`a third`, `Rs. 500`,
                    // `US$5`, `Sept. 24`, `Thursday, September 12`).
                    let next = |k: usize| {
                        self.kind(k) == Some(TokenKind::Number) || self.word(k).may_start()
                    };
                    return next(i + 1)
                        || self.kind(i + 1) == Some(TokenKind::Punct)
                            && matches!(self.raw(i + 1), "$" | "¢" | "₵" | "." | "," | "(")
                            && next(i + 2);
                }
                // Capital letters that start amounts: `N5,000`, `R200`, `Re 1`, `C$`, `A$`,
                // `S$`, `MUSD 3`.
                let Some(t) = self.toks.list.get(i) else {
                    return false;
                };
                let len = t.end - t.start;
                let capital = self
                    .text
                    .as_bytes()
                    .get(t.start)
                    .is_some_and(u8::is_ascii_uppercase);
                capital && (len <= 2 || len == 4) && {
                    let raw = self.raw(i);
                    matches!(raw, "N" | "R" | "Re" | "C" | "A" | "S") || million_code(raw).is_some()
                }
            }
            None => false,
        }
    }

    /// `more than 10 and less than 40`, `at most 100 and at least 20`: two open bounds joined
    /// by `and` make one range; true when `m` was merged into the mention before it.
    fn merge_bounds(&self, out: &mut [Mention], m: &Mention, carry: &Carry, first: usize) -> bool {
        let Some(prev) = out.last_mut() else {
            return false;
        };
        let hedge_at = self.hedge_before(first).map_or(first, |(_, at)| at);
        // `more than 10 and less than 40 dollars`: the currency of the second bound is the first's.
        let same_kind =
            carry.kind == Some(m.kind) || carry.kind == Some(Kind::Count) && m.kind == Kind::Money;
        if !same_kind || hedge_at < carry.end || hedge_at - carry.end > 1 {
            return false;
        }
        if !(carry.end..hedge_at)
            .all(|k| matches!(self.low(k), "and" | "but") || self.is_punct(k, &[","]))
        {
            return false;
        }
        let open = |x: &Mention| (x.low.is_some() != x.high.is_some()) && x.value.is_some();
        let kinds = prev.kind == m.kind || prev.kind == Kind::Count && m.kind == Kind::Money;
        if !open(prev) || !open(m) || !kinds {
            return false;
        }
        let (low, high) = match (prev.low, prev.high, m.low, m.high) {
            (Some(l), None, None, Some(h)) | (None, Some(h), Some(l), None) => (l, h),
            _ => return false,
        };
        if low >= high {
            return false;
        }
        prev.low = Some(low);
        prev.high = Some(high);
        prev.value = None;
        prev.end = m.end;
        if m.kind == Kind::Money {
            prev.kind = Kind::Money;
            prev.unit = m.unit;
        }
        true
    }

    /// Numbers that are parts of one code: `192.168.1.2`, `+1-222-2222/2222`, `111-222-333`
    /// (three parts or more), and lists written without spaces (`22,24,26,31`). Each part is
    /// its own mention, none a claim; returns the token after them.
    fn parts_at(&self, i: usize, out: &mut Vec<Mention>) -> Option<usize> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let mut push = |s: usize, e: usize, why: &'static str| {
            let value = self.text.get(s..e).and_then(|n| n.parse::<f64>().ok());
            let mut m = blank(s, e, Kind::Other, value);
            m.not_claim = Some(why);
            out.push(m);
        };
        if let Some(end) = self.north_american_phone(i) {
            for k in i..end {
                if self.kind(k) == Some(TokenKind::Number)
                    && let Some(t) = self.toks.list.get(k)
                {
                    push(t.start, t.end, "phone number or code");
                }
            }
            return Some(end);
        }
        let raw = self.raw(i);
        let marks = raw.bytes().filter(|&b| b == b'.' || b == b',').count();
        let chained = self.is_punct(i + 1, &["-", "/", "."]) && self.glued(i + 1);
        if marks < 2 && !chained {
            return None;
        }
        let start = self.byte_start(i);
        // One token the tokenizer could not read as a number: split it at its marks.
        if marks >= 2
            && number::parse_digits(raw).is_none()
            && raw
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        {
            let why = if raw.contains(',') {
                "list of numbers"
            } else {
                "address or version number"
            };
            let mut s = start;
            for (k, b) in raw.bytes().enumerate() {
                if !b.is_ascii_digit() {
                    push(s, start + k, why);
                    s = start + k + 1;
                }
            }
            push(s, start + raw.len(), why);
            return Some(i + 1);
        }
        if !chained || self.date_at(i).is_some() {
            return None;
        }
        let mut j = i + 1;
        let mut parts = 1;
        while self.is_punct(j, &["-", "/", "."])
            && self.glued(j)
            && self.glued(j + 1)
            && self.kind(j + 1) == Some(TokenKind::Number)
        {
            parts += 1;
            j += 2;
        }
        if parts < 3 {
            return None;
        }
        for t in self
            .toks
            .list
            .get(i..j)
            .unwrap_or_default()
            .iter()
            .step_by(2)
        {
            push(t.start, t.end, "phone number or code");
        }
        Some(j)
    }

    /// One mention per run of digits inside a web or e-mail address, none a claim.
    fn link_mentions(&self, i: usize, out: &mut Vec<Mention>) {
        let Some(t) = self.toks.list.get(i) else {
            return;
        };
        let link = self.text.get(t.start..t.end).unwrap_or_default();
        let bytes = link.as_bytes();
        let mut k = 0;
        while let Some(&b) = bytes.get(k) {
            if b.is_ascii_digit() {
                let s = k;
                while bytes.get(k).is_some_and(u8::is_ascii_digit) {
                    k += 1;
                }
                let value = link.get(s..k).and_then(|n| n.parse::<f64>().ok());
                let mut m = blank(t.start + s, t.start + k, Kind::Other, value);
                m.not_claim = Some("inside a web or e-mail address");
                out.push(m);
            } else {
                k += 1;
            }
        }
    }

    /// Applies what a list carries: `around 11,000 …, 13,000 … and 7,000` share one hedge;
    /// `Sections 3 and 4` are both references.
    ///
    /// Returns the hedge the mention took from the list, if it took one.
    fn inherit(&self, m: &mut Mention, first: usize, carry: &Carry) -> Option<Hedge> {
        if carry.kind.is_none() || first < carry.end || first - carry.end > 5 {
            return None;
        }
        let between = carry.end..first;
        let mut joined = false;
        for k in between.clone() {
            let w = self.low(k);
            let w_entry = self.word(k);
            if matches!(self.raw(k), "," | "&" | "/" | ";") || matches!(w, "and" | "or") {
                joined = true;
            } else if (self.kind(k) == Some(TokenKind::Punct)
                && matches!(self.raw(k), "." | "!" | "?" | ":"))
                || w_entry.is_verbish()
            {
                return None;
            }
        }
        if !joined {
            return None;
        }
        let separators_only = between.clone().all(|k| {
            matches!(self.raw(k), "," | "&" | "/" | ";") || matches!(self.low(k), "and" | "or")
        });
        if let Some(label) = carry.label
            && between.len() <= 2
            && separators_only
            && matches!(m.kind, Kind::Count | Kind::Other | Kind::Year)
        {
            if label == "year" {
                // (Not a number with a thousands separator: `In 2020, 1,544 referrals`.)
                if m.kind == Kind::Count
                    && m.value.is_some_and(|v| (1000.0..=2100.0).contains(&v))
                    && !self
                        .text
                        .get(m.start..m.end)
                        .is_some_and(|t| t.contains(','))
                {
                    m.kind = Kind::Year;
                    m.not_claim = Some("year");
                }
            } else if m.not_claim.is_none() {
                m.not_claim = Some(label);
                if m.kind.is_statistical() {
                    m.kind = Kind::Other;
                }
            }
            return None;
        }
        // `rape fell 9.4% and aggravated assault 2.8%`: the verb governs the list.
        if m.kind == Kind::Percent
            && carry.kind == Some(Kind::Change)
            && carry.sign != 0.0
            && m.is_claim()
        {
            m.kind = Kind::Change;
            m.value = m.value.map(|v| v.abs() * carry.sign);
        }
        if m.hedge.is_none()
            && let Some(h) = carry.hedge
            && m.is_claim()
            && carry.kind == Some(m.kind)
        {
            m.hedge = Some(h);
            apply_bound(m);
            return Some(h);
        }
        None
    }

    /// `28 million (27.6)`: a bare number in brackets right after a count written with a scale
    /// word restates that count more exactly, in the same scale.
    fn scale_over_brackets(&self, m: &mut Mention, out: &[Mention]) {
        if m.not_claim.is_some() || m.kind != Kind::Count || m.hedge.is_some() {
            return;
        }
        let (Some(v), Some(prev)) = (m.value.filter(|v| *v < 1000.0), out.last()) else {
            return;
        };
        if prev.kind != Kind::Count || prev.not_claim.is_some() {
            return;
        }
        let (Some(was), Some(was_step)) = (prev.value, prev.step) else {
            return;
        };
        let bracketed = self
            .text
            .get(prev.end..m.start)
            .is_some_and(|gap| gap.trim() == "(")
            && self
                .text
                .get(m.end..)
                .is_some_and(|rest| rest.starts_with(')'));
        if !bracketed || was_step < 1000.0 {
            return;
        }
        let Some(scale) = [1e3, 1e5, 1e6, 1e7, 1e9]
            .into_iter()
            .find(|s| (v * s - was).abs() <= 0.1 * was)
        else {
            return;
        };
        m.value = Some(v * scale);
        m.step = m.step.map(|step| step * scale);
    }

    /// Lists whose items carry words in brackets share what the first item is: `sections 374
    /// (unlawful compulsory labour), 344 (wrongful confinement) and 506`, `Zainab (50), Imran (24)
    /// and Ali (9)`.
    fn inherit_over_brackets(&self, m: &mut Mention, out: &[Mention]) {
        if m.not_claim.is_some()
            || m.kind != Kind::Count
            || m.value.is_none_or(|v| v.fract() != 0.0)
        {
            return;
        }
        let Some(prev) = out.iter().rev().take(4).find(|p| {
            matches!(p.not_claim, Some("age" | "reference or label")) && p.end <= m.start
        }) else {
            return;
        };
        let Some(between) = self.text.get(prev.end..m.start).filter(|b| b.len() <= 160) else {
            return;
        };
        let joins = |rest: &str| {
            matches!(
                rest.trim(),
                "," | ";" | "and" | "or" | "&" | ", and" | ", or" | "; and" | "" | "/"
            )
        };
        let label = prev.not_claim.unwrap_or("reference or label");
        let found = if label == "age" {
            // `) , Fatima (` or `) and Hamza (`: the next name in a list of ages.
            let inner = between.trim();
            let between_brackets = inner.strip_prefix(')').and_then(|s| s.strip_suffix('('));
            between_brackets.is_some_and(|words| {
                m.value.is_some_and(|v| v <= 110.0) && {
                    let words = words.trim_start_matches([',', ';']).trim();
                    let words = words.strip_prefix("and ").unwrap_or(words);
                    !words.is_empty()
                        && words.split_whitespace().count() <= 3
                        && words
                            .split_whitespace()
                            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
                }
            })
        } else {
            // ` (wrongful confinement), ` then the next section.
            let inner = between.trim_start();
            inner.strip_prefix('(').is_some_and(|inside| {
                inside.find(['(', ')']).is_some_and(|close| {
                    inside
                        .get(close..)
                        .and_then(|s| s.strip_prefix(')'))
                        .is_some_and(joins)
                })
            })
        };
        if found {
            m.not_claim = Some(label);
            m.kind = Kind::Other;
        }
    }

    // ---- token helpers -------------------------------------------------------------------

    /// The kind of token `i`.
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.list.get(i).map(|t| t.kind)
    }

    /// The text of token `i`, or `""`.
    pub fn raw(&self, i: usize) -> &'t str {
        self.toks
            .list
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// The vocabulary entry of the word at `i` (the empty entry for anything else).
    pub fn word(&self, i: usize) -> &'static words::Word {
        self.toks.word(i)
    }

    /// The lower-cased word at `i`, or `""` for anything else.
    pub fn low(&self, i: usize) -> &'t str {
        self.toks.lower(self.text, i)
    }

    /// True when the word at `i` is `word` (lower-case).
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.low(i) == word
    }

    /// True when token `i` touches the token before it (no space between).
    pub fn glued(&self, i: usize) -> bool {
        self.toks.list.get(i).is_some_and(|t| t.glued)
    }

    /// True when a line break separates token `i` from the token before it.
    pub fn line_break_before(&self, i: usize) -> bool {
        match (
            i.checked_sub(1).and_then(|p| self.toks.list.get(p)),
            self.toks.list.get(i),
        ) {
            (Some(prev), Some(this)) => self
                .text
                .as_bytes()
                .get(prev.end..this.start)
                .is_some_and(|gap| gap.contains(&b'\n')),
            _ => true,
        }
    }

    /// Byte offset where token `i` starts.
    pub fn byte_start(&self, i: usize) -> usize {
        self.toks.list.get(i).map_or(self.text.len(), |t| t.start)
    }

    /// Byte offset where the token before `end_tok` ends.
    pub fn byte_end(&self, end_tok: usize) -> usize {
        end_tok
            .checked_sub(1)
            .and_then(|i| self.toks.list.get(i))
            .map_or(0, |t| t.end)
    }

    /// True when `than` is one of the `n` tokens from `i`, after words only.
    fn than_within(&self, i: usize, n: usize) -> bool {
        for k in i..i + n {
            match self.low(k) {
                "than" => return k > i,
                "" => return false,
                w if w.starts_with(|c: char| c.is_ascii_digit()) => return false,
                _ => {}
            }
        }
        false
    }

    /// True when token `i` is a punctuation mark among `marks`.
    pub fn is_punct(&self, i: usize, marks: &[&str]) -> bool {
        self.toks.list.get(i).is_some_and(|t| {
            t.kind == TokenKind::Punct
                && marks
                    .iter()
                    .any(|m| m.len() == t.mark.len_utf8() && m.starts_with(t.mark))
        })
    }

    // ---- mentions ------------------------------------------------------------------------

    /// The mention starting at token `i`, with its first token (after any hedge) and the token
    /// after it.
    fn mention_at(&self, i: usize) -> Option<(Mention, usize, usize)> {
        if let Some((m, end)) = self.date_at(i) {
            return Some((m, i, end));
        }
        if let Some((m, end)) = self.time_at(i) {
            return Some((m, i, end));
        }
        if let Some((m, end)) = self.score_at(i) {
            return Some((m, i, end));
        }
        if let Some(found) = self.multiplier_word_at(i) {
            return Some(found);
        }
        if let Some(found) = self.vague_at(i) {
            return Some(found);
        }
        // `a small percent`, `the % of`, `a percentage`: a share with no number.
        if matches!(self.low(i), "percent" | "percentage") || self.is_punct(i, &["%", "％"]) {
            let mut m = self.mention(i, i + 1, Kind::Percent, None, None);
            m.not_claim = Some("no number");
            return Some((m, i, i + 1));
        }
        let q = match self.quantity_at(i) {
            Some(q) => q,
            None if self.kind(i) == Some(TokenKind::Number) => {
                // Digits that are no well-formed number (`1.2.3`, `1,2`): a mention, never a claim.
                let mut m = self.mention(i, i + 1, Kind::Other, None, None);
                m.value = self.raw(i).parse().ok();
                m.not_claim = Some("not a well-formed number");
                return Some((m, i, i + 1));
            }
            None => return None,
        };
        if let Some(found) = self.range_from(q) {
            return Some(found);
        }
        let mut m = self.mention(q.first, q.end, q.kind, Some(q.value), Some(q.step));
        m.unit = q.unit;
        m.per = q.per;
        m.not_claim = q.reason;
        let mut m = self.with_hedge(m, q.first);
        if q.num.plus && m.hedge.is_none() {
            m.hedge = Some(Hedge::AtLeast);
            apply_bound(&mut m);
        }
        let (mut m, end) = self.with_suffix_hedge(m, q.end);
        self.classify(&mut m, &q, end);
        let m = self.with_change(m, q.first, end);
        Some((m, q.first, end))
    }

    /// A mention of tokens `first..end` with nothing else set.
    pub fn mention(
        &self,
        first: usize,
        end: usize,
        kind: Kind,
        value: Option<f64>,
        step: Option<f64>,
    ) -> Mention {
        let mut m = blank(self.byte_start(first), self.byte_end(end), kind, value);
        m.step = step;
        m
    }

    /// `doubled`, `tripled`, `halved`, `fivefold`, and `twice`/`thrice` where they compare.
    fn multiplier_word_at(&self, i: usize) -> Option<(Mention, usize, usize)> {
        let w = self.low(i);
        let w_entry = self.word(i);
        let factor = match w_entry.multiplier() {
            // `who doubles as the chair`, `the room doubled as a shelter`: a second role (not
            // `doubled as a result of`, nor `doubled as prices rose`).
            Some(_)
                if matches!(w, "doubles" | "doubled" | "doubling")
                    && self.low(i + 1) == "as"
                    && matches!(
                        self.low(i + 2),
                        "a" | "an" | "the" | "his" | "her" | "its" | "head" | "chair" | "director"
                    )
                    && self.low(i + 3) != "result" =>
            {
                return None;
            }
            Some(f) => f,
            None if matches!(w, "double" | "triple" | "treble" | "quadruple") => {
                let next = self.low(i + 1);
                let before = i.checked_sub(1).map_or("", |p| self.low(p));
                let compares = matches!(
                    next,
                    "the" | "that" | "what" | "its" | "their" | "his" | "her" | "our"
                ) || self.hedge_before(i).is_some()
                    || matches!(before, "to" | "than" | "by");
                if !compares || self.is_dash(i + 1) {
                    return None;
                }
                match w {
                    "double" => 2.0,
                    "quadruple" => 4.0,
                    _ => 3.0,
                }
            }
            None if matches!(w, "twice" | "thrice") => {
                let next = self.low(i + 1);
                let before = i.checked_sub(1).map_or("", |p| self.low(p));
                let compares = matches!(next, "as" | "the" | "that" | "more" | "what" | "over")
                    || matches!(
                        before,
                        "than"
                            | "nearly"
                            | "almost"
                            | "about"
                            | "roughly"
                            | "around"
                            | "increased"
                            | "rose"
                            | "grew"
                    );
                if !compares {
                    return None;
                }
                if w == "twice" { 2.0 } else { 3.0 }
            }
            None => return None,
        };
        // `double-digit` and `halves of` are no changes.
        let m = self.mention(i, i + 1, Kind::Multiplier, Some(factor), Some(1.0));
        let m = self.with_hedge(m, i);
        Some((m, i, i + 1))
    }

    /// `hundreds`, `thousands of`, `tens of thousands`, `millions`, `dozens`, `several hundred`,
    /// `a few thousand`: a magnitude with no exact value; never a claim.
    fn vague_at(&self, i: usize) -> Option<(Mention, usize, usize)> {
        let w = self.low(i);
        let plural_scale = |w: &str| -> Option<f64> {
            match w {
                "hundreds" => Some(1e2),
                "dozens" | "scores" => Some(12.0),
                "tens" => Some(10.0),
                _ if w.ends_with('s') => words::lookup(w).scale_word().filter(|&s| s >= 1e3),
                _ => None,
            }
        };
        // `a couple`, `a pair`: two, loosely.
        if matches!(w, "a" | "an") && matches!(self.low(i + 1), "couple" | "pair") {
            let of = self.is(i + 2, "of");
            if !(of && plural_scale(self.low(i + 3)).is_some() || self.is(i + 3, "hundred")) {
                let mut m = self.mention(i, i + 2, Kind::Count, Some(2.0), None);
                m.not_claim = Some("vague amount");
                return Some((m, i, i + 2));
            }
        }
        let (mut magnitude, mut end) = if let Some(m) = plural_scale(w) {
            if m == 10.0 && !(self.is(i + 1, "of") && plural_scale(self.low(i + 2)).is_some()) {
                return None;
            }
            (m, i + 1)
        } else if matches!(w, "several" | "few" | "many" | "some")
            || (w == "a" && self.is(i + 1, "few"))
        {
            let j = if w == "a" { i + 2 } else { i + 1 };
            let next = self.low(j);
            let next_entry = self.word(j);
            let scale = if next == "hundred" {
                1e2
            } else {
                next_entry.scale_word().filter(|&s| s >= 1e3)?
            };
            if next.ends_with('s') && !matches!(w, "many") {
                return None;
            }
            (scale, j + 1)
        } else {
            return None;
        };
        if magnitude == 12.0 && w == "scores" && !self.is(i + 1, "of") {
            return None;
        }
        // `tens of thousands`, `hundreds of thousands`, `thousands of millions`
        while self.is(end, "of")
            && let Some(m) = plural_scale(self.low(end + 1))
            && m > 10.0
        {
            magnitude *= m;
            end += 2;
        }
        if magnitude == 10.0 {
            return None;
        }
        let mut m = self.mention(i, end, Kind::Count, None, None);
        m.magnitude = Some(magnitude);
        m.not_claim = Some("vague amount");
        Some((m, i, end))
    }

    /// A number with its suffix: percentages, fractions, ratios, multipliers, money, rates, counts.
    pub fn quantity_at(&self, i: usize) -> Option<Quantity> {
        if let Some(q) = self.fraction_at(i) {
            return Some(q);
        }
        if let Some(q) = self.article_money_at(i) {
            return Some(q);
        }
        let (prefix, j) = match self.currency_prefix_at(i) {
            Some((code, j)) => (Some(code), j),
            None => (None, i),
        };
        let num = self.number_at(j)?;
        let mut q = Quantity {
            first: i,
            end: num.end,
            kind: Kind::Count,
            value: num.value,
            step: num.step,
            unit: prefix,
            per: None,
            num,
            reason: None,
        };
        if num.ordinal {
            // `every fifth girl`, `each second child`: one in five, one in two.
            let people = |k: usize| {
                matches!(
                    self.low(k),
                    "girl"
                        | "boy"
                        | "child"
                        | "woman"
                        | "man"
                        | "person"
                        | "victim"
                        | "worker"
                        | "migrant"
                        | "household"
                        | "family"
                        | "adult"
                        | "bride"
                        | "citizen"
                        | "resident"
                        | "employee"
                        | "student"
                        | "pupil"
                        | "survivor"
                )
            };
            if prefix.is_none()
                && i > 0
                && matches!(self.low(i - 1), "every" | "each")
                && (2.0..=100.0).contains(&num.value)
                && (people(num.end) || people(num.end + 1))
            {
                q.kind = Kind::Ratio;
                q.step = num.step / num.value;
                q.value = 1.0 / num.value;
                return Some(q);
            }
            q.kind = Kind::Ordinal;
            return Some(q);
        }
        if prefix.is_some() {
            if million_code(self.raw(i)).is_some() {
                q.value *= 1e6;
                q.step *= 1e6;
                q.num.scaled = true;
                q.num.scale = 1e6;
            }
            q.kind = Kind::Money;
            self.money_suffix(&mut q);
            // `Sh 6 of every Sh 10`: a part of each amount.
            if self.is(q.end, "of")
                && self.is(q.end + 1, "every")
                && let Some(whole) = self.quantity_at(q.end + 2)
                && whole.kind == Kind::Money
                && whole.value > q.value
            {
                q.kind = Kind::Ratio;
                q.value /= whole.value;
                q.step = 0.0;
                q.end = whole.end;
            }
            return Some(q);
        }
        let k = num.end;
        let w = self.low(k);
        // Percentages and points.
        if let Some((kind, unit, end)) = self.percent_suffix(k) {
            q.kind = kind;
            q.unit = unit;
            q.end = end;
            return Some(q);
        }
        // Points of an index or a score that moved: `gained 1,523 points`, `1.5 points lower`
        // (a change); other points are counts (`on 67 points`).
        if matches!(w, "points" | "pts" | "point") && !num.scaled {
            q.unit = Some("points");
            q.end = k + 1;
            let after = self.word(k + 1).change_direction() != 0.0
                && matches!(self.low(k + 1), "higher" | "lower" | "up" | "down");
            let before = (num.first.saturating_sub(3)..num.first).any(|b| {
                matches!(
                    self.low(b),
                    "rose"
                        | "fell"
                        | "gained"
                        | "lost"
                        | "dropped"
                        | "climbed"
                        | "shed"
                        | "added"
                        | "jumped"
                        | "slipped"
                        | "declined"
                        | "increased"
                        | "decreased"
                        | "surged"
                        | "plunged"
                        | "tumbled"
                        | "soared"
                        | "slumped"
                )
            });
            if after || before {
                q.kind = Kind::Change;
            }
            return Some(q);
        }
        // Multipliers: `five-fold`, `5x`, `three times more`.
        let dash = self.is_dash(k) && self.glued(k);
        if w == "fold" || (dash && self.is(k + 1, "fold")) {
            q.kind = Kind::Multiplier;
            q.end = if w == "fold" { k + 1 } else { k + 2 };
            return Some(q);
        }
        if (matches!(w, "x") || self.raw(k) == "×")
            && self.glued(k)
            && !num.scaled
            && self.kind(k + 1) != Some(TokenKind::Number)
            && !self.glued_any(k + 1)
        {
            q.kind = Kind::Multiplier;
            q.end = k + 1;
            return Some(q);
        }
        // `three times`, and hyphenated, `a three-times greater risk`.
        let times = if w == "times" {
            Some(k)
        } else {
            (dash && self.is(k + 1, "times") && self.glued(k + 1)).then_some(k + 1)
        };
        if let Some(t) = times
            && !num.scaled
        {
            q.end = t + 1;
            let before = num.first.checked_sub(1).map_or("", |p| self.low(p));
            // The word before a hedge of the number: `grew by an estimated five times`.
            let before_hedge = self
                .hedge_before(num.first)
                .and_then(|(_, at)| at.checked_sub(1))
                .map_or("", |p| self.low(p));
            if self.word(t + 1).is_comparative()
                || words::change_direction(before) != 0.0
                || matches!(
                    before,
                    "by" | "than" | "nearly" | "almost" | "about" | "roughly"
                )
                || before_hedge == "by"
                || words::change_direction(before_hedge) != 0.0
            {
                q.kind = Kind::Multiplier;
            } else if num.value >= 1000.0 {
                // `the hotline was contacted 48,258 times`: a count of events, not a factor.
                q.kind = Kind::Count;
            } else {
                q.kind = Kind::Other;
                q.reason = Some("how often");
            }
            return Some(q);
        }
        // Ratios: `one in three`, `nine out of 10`, `one of every five`, `one-in-three`.
        let ratio = if self.is_dash(k) && self.is(k + 1, "in") && self.is_dash(k + 2) {
            self.ratio_whole_after_dash(k + 1)
        } else if matches!(w, "in" | "out" | "of") {
            self.ratio_whole(k)
        } else if num.value == 1.0
            && !num.digits
            && matches!(
                w,
                "child" | "person" | "woman" | "man" | "girl" | "boy" | "worker" | "victim"
            )
            && (self.is(k + 1, "in") || self.is(k + 1, "of") || self.is(k + 1, "out"))
            && (self.is(k + 2, "every") || (self.is(k + 2, "of") && self.is(k + 3, "every")))
        {
            // `one child in every ten`, `one person out of every 150`: the noun inside.
            self.ratio_whole(k + 1)
        } else {
            None
        };
        if let Some((whole, end)) = ratio
            && whole > num.value.abs()
            && num.value > 0.0
            && !num.scaled
        {
            q.kind = Kind::Ratio;
            q.value = num.value / whole;
            q.step = num.step / whole;
            q.end = end;
            return Some(q);
        }
        // `one over three`, `1 over 20`: a fraction only where nothing follows the denominator.
        if w == "over"
            && !num.scaled
            && let Some(d) = self
                .number_at(k + 1)
                .filter(|d| !d.scaled && !d.ordinal && d.value > 0.0)
            && !matches!(self.kind(d.end), Some(TokenKind::Word | TokenKind::Number))
        {
            q.kind = Kind::Fraction;
            q.value = num.value / d.value;
            q.step = 0.0;
            q.end = d.end;
            return Some(q);
        }
        // `2 1/4`, `2 ½`: digits or a fraction sign after the number (a fraction in words
        // starting at `k` has no digits and no sign, so a word there is not read as one).
        if num.digits
            && num.plain
            && num.value < 1000.0
            && matches!(self.kind(k), Some(TokenKind::Number | TokenKind::Punct))
            && let Some(f) = self
                .fraction_at(k)
                .filter(|f| f.kind == Kind::Fraction && f.value < 1.0 && f.first == k)
            && (f.num.digits || vulgar_fraction(self.raw(k)).is_some())
        {
            q.kind = Kind::Fraction;
            q.value = num.value + f.value;
            q.step = 0.0;
            q.end = f.end;
            return Some(q);
        }
        if let Some(q) = self.word_fraction(q) {
            return Some(q);
        }
        // `one hundred and forty two divided by eleven`, `forty two / eleven` (words only)
        let over = self
            .is_punct(k, &["/"])
            .then(|| self.number_at(k + 1))
            .flatten()
            .filter(|d| !num.digits && !d.digits && !d.ordinal && d.value != 0.0)
            .map(|d| (d.value, d.end));
        if let Some((d, end)) = self
            .divided_by(k)
            .or(over)
            .filter(|_| !num.scaled || over.is_some())
        {
            q.kind = Kind::Fraction;
            q.value = num.value / d;
            q.step = 0.0;
            q.end = end;
            return Some(q);
        }
        if self.money_suffix(&mut q) {
            return Some(q);
        }
        if let Some(end) = self.rate_suffix(&mut q) {
            q.end = end;
            q.kind = Kind::Rate;
        }
        Some(q)
    }

    /// A number in words over a plural ordinal: `twenty fifths` (4), `three twenty-firsts` (1/21),
    /// `one hundred thirty-fifths` (100/35), `one million two thousand two hundred three fifths`.
    fn word_fraction(&self, mut q: Quantity) -> Option<Quantity> {
        let num = q.num;
        if num.digits || num.ordinal || num.fraction || num.value.abs() < 1.0 {
            return None;
        }
        let sign = num.value.signum();
        let k = num.end;
        let mut set = |value: f64, end: usize| {
            q.kind = Kind::Fraction;
            q.value = value;
            q.step = 0.0;
            q.end = end;
            Some(q)
        };
        // A tens word and a unit after the number make the denominator: `three twenty firsts`.
        if let Some(tens) = self.word(k).small_number().filter(|&t| words::is_tens(t)) {
            let u_at = if self.is_dash(k + 1) { k + 2 } else { k + 1 };
            if let Some(u) = self.unit_denominator(u_at) {
                return set(num.value / (tens + u), u_at + 1);
            }
        }
        // The number ended with a tens word: it belongs to the denominator
        // (`one hundred thirty fifths`, `one hundred thirty-fifths`).
        // Not after `and`: `one hundred and thirty fifths` is 130 fifths.
        let last = num.end - 1;
        if last > num.first
            && !self.is(last - 1, "and")
            && let Some(tens) = self
                .word(last)
                .small_number()
                .filter(|&t| words::is_tens(t))
        {
            let u_at = if self.is_dash(k) { k + 1 } else { k };
            if let Some(u) = self.unit_denominator(u_at) {
                return set(sign * (num.value.abs() - tens) / (tens + u), u_at + 1);
            }
        }
        // `five hundred fifths`, `five hundred-fifths` (after a tens word the dash makes a
        // compound ordinal: `twenty-fifths`)
        let after_tens = self
            .word(num.end - 1)
            .small_number()
            .is_some_and(words::is_tens);
        let d_at = if self.is_dash(k) && self.glued(k) && self.glued(k + 1) && !after_tens {
            k + 1
        } else {
            k
        };
        let w = self.low(d_at);
        let d = words::denominator(w).filter(|_| w.ends_with('s') && !w.ends_with("ss"))?;
        set(num.value / d, d_at + 1)
    }

    /// `divided by eleven`, `divided by 4` at `k`: the divisor and the token after it.
    fn divided_by(&self, k: usize) -> Option<(f64, usize)> {
        if !(self.is(k, "divided") && self.is(k + 1, "by")) {
            return None;
        }
        let d = self
            .number_at(k + 2)
            .filter(|d| !d.ordinal && d.value != 0.0)?;
        Some((d.value, d.end))
    }

    /// `a dollar`, `a grand`, `a dime`, `nickel`: money named by one word.
    fn article_money_at(&self, i: usize) -> Option<Quantity> {
        let article = matches!(self.low(i), "a" | "an");
        let at = if article { i + 1 } else { i };
        let w = self.low(at);
        let w_entry = self.word(at);
        let value = match w {
            "dollar" | "euro" | "pound" | "rupee" | "buck" | "quid" if article => 1.0,
            "grand" if article => 1000.0,
            "penny" | "cent" if article => 1.0,
            _ => w_entry.coin().filter(|_| !w.ends_with('s'))?,
        };
        if !article && i > 0 && self.kind(i - 1) == Some(TokenKind::Word) {
            return None;
        }
        let unit = if matches!(w, "penny" | "cent") {
            "cent"
        } else {
            w_entry.currency().unwrap_or("USD")
        };
        Some(Quantity {
            first: i,
            end: at + 1,
            kind: Kind::Money,
            value,
            step: value,
            unit: Some(unit),
            per: None,
            num: self.number_stub(i, at + 1, value),
            reason: None,
        })
    }

    /// True when token `i` touches the token after it.
    fn glued_any(&self, i: usize) -> bool {
        self.kind(i).is_some() && self.glued(i)
    }

    /// `%`, `per cent`, `percent`, `pc`, `pct`, `percentage points`, `basis points`, `pp` after `k`.
    fn percent_suffix(&self, k: usize) -> Option<(Kind, Option<&'static str>, usize)> {
        let w = self.low(k);
        if self.is_punct(k, &["%", "％"]) {
            return Some((Kind::Percent, None, k + 1));
        }
        let (k, w) = if self.is_dash(k) && self.glued(k) && self.glued(k + 1) {
            (k + 1, self.low(k + 1))
        } else {
            (k, w)
        };
        match w {
            "percent" | "pct" | "pc" | "per-cent" | "pct." => Some((Kind::Percent, None, k + 1)),
            "per" if self.is(k + 1, "cent") => Some((Kind::Percent, None, k + 2)),
            "per" if self.is_dash(k + 1) && self.is(k + 2, "cent") => {
                Some((Kind::Percent, None, k + 3))
            }
            "percentage" if matches!(self.low(k + 1), "point" | "points" | "pts") => {
                Some((Kind::Change, Some("percentage points"), k + 2))
            }
            "percentage"
                if self.is_dash(k + 1) && matches!(self.low(k + 2), "point" | "points") =>
            {
                Some((Kind::Change, Some("percentage points"), k + 3))
            }
            "pp" | "ppt" | "ppts" | "ppc" => Some((Kind::Change, Some("percentage points"), k + 1)),
            "basis" if matches!(self.low(k + 1), "point" | "points" | "pts") => {
                Some((Kind::Change, Some("basis points"), k + 2))
            }
            "basis" if self.is_dash(k + 1) && matches!(self.low(k + 2), "point" | "points") => {
                Some((Kind::Change, Some("basis points"), k + 3))
            }
            "bps" | "bp" | "bpts" => Some((Kind::Change, Some("basis points"), k + 1)),
            _ => None,
        }
    }

    /// The whole of a ratio written `one-in-three`: the number after the dash that follows `in`
    /// at `k`.
    fn ratio_whole_after_dash(&self, k: usize) -> Option<(f64, usize)> {
        let whole = self.number_at(k + 2)?;
        (!whole.ordinal && !whole.fraction && whole.value > 0.0).then_some((whole.value, whole.end))
    }

    /// The whole of a ratio after `in` / `out of` / `of every` at `k`: `in 3`, `out of every 10`.
    fn ratio_whole(&self, k: usize) -> Option<(f64, usize)> {
        let mut j = match self.low(k) {
            "out" if self.is(k + 1, "of") => k + 2,
            "in" => k + 1,
            "of" if self.is(k + 1, "every") => k + 1,
            _ => return None,
        };
        if matches!(self.low(j), "every" | "the") {
            j += 1;
        }
        let whole = self.number_at(j)?;
        if whole.ordinal || whole.fraction {
            return None;
        }
        // `2 in 1979` is a year, not a ratio.
        if whole.plain && whole.width == 4 && (1900.0..=2100.0).contains(&whole.value) {
            return None;
        }
        if whole.scaled && !whole.digits && !self.is(j - 1, "every") {
            return None;
        }
        Some((whole.value, whole.end))
    }

    /// `one-third`, `a third`, `two-thirds`, `three quarters`, `1/3`, `¾`, `half of`, with any
    /// scale after (`two-thirds of a million`).
    fn fraction_at(&self, i: usize) -> Option<Quantity> {
        let frac = |end: usize, value: f64| Quantity {
            first: i,
            end,
            kind: Kind::Fraction,
            value,
            step: 0.0,
            unit: None,
            per: None,
            num: self.number_stub(i, end, value),
            reason: None,
        };
        if self.kind(i) == Some(TokenKind::Punct)
            && let Some(value) = vulgar_fraction(self.raw(i))
        {
            return Some(self.scaled_fraction(frac(i + 1, value)));
        }
        let w = self.low(i);
        if self.kind(i) == Some(TokenKind::Punct)
            && let Some(j) = self.sign_at(i)
            && let Some(f) = self.fraction_at(j).filter(|f| f.num.digits)
        {
            // `-4/5`
            return Some(Quantity {
                first: i,
                value: -f.value,
                ..f
            });
        }
        if self.kind(i) == Some(TokenKind::Number) {
            // `1/3`, `3/15`
            if self.is_punct(i + 1, &["/", "⁄"]) && self.glued(i + 1) && self.glued(i + 2) {
                let n: f64 = self.raw(i).parse().ok()?;
                let d: f64 = self.raw(i + 2).parse().ok()?;
                let chained = self.is_punct(i + 3, &["/", "-", "."]) && self.glued(i + 3);
                let special = matches!((self.raw(i), self.raw(i + 2)), ("9", "11") | ("24", "7"));
                let ok = n < d
                    && d <= 100.0
                    && n >= 1.0
                    && !chained
                    && !special
                    && self.kind(i + 2) == Some(TokenKind::Number)
                    && !self.glued_word_after_tok(i + 2);
                return ok.then(|| frac(i + 3, n / d));
            }
            return None;
        }
        // `a further third`, `another third`, `the remaining third are …`: one more part of a
        // whole told in parts, a fraction though no `a` or number word opens it.
        if let Some(value) = self.further_part(i) {
            return Some(frac(i + 1, value));
        }
        // In words a fraction begins with `a`, `an`, `half` or a number word.
        if self.kind(i) != Some(TokenKind::Word)
            || !(self.word(i).small_number().is_some() || matches!(w, "a" | "an" | "half"))
        {
            return None;
        }
        if w == "half" {
            let next = self.low(i + 1);
            let next_entry = self.word(i + 1);
            let prev = i.checked_sub(1).map_or("", |p| self.low(p));
            // The word before, past a hyphen or an emphasis mark (`first-half`, `first
            // **half**`), and `1st` or `2nd` read as one word.
            let before = (1..=3)
                .filter_map(|k| i.checked_sub(k))
                .find(|&p| !(self.is_dash(p) || matches!(self.raw(p), "*" | "_")));
            let ordinal_digits = before.is_some_and(|p| {
                matches!(self.low(p), "st" | "nd")
                    && self.glued(p)
                    && p.checked_sub(1)
                        .is_some_and(|q| matches!(self.raw(q), "1" | "2"))
            });
            let before = before.map_or("", |p| self.low(p));
            let scale_follows = (matches!(next, "a" | "an")
                && self.word(i + 2).scale_word().is_some())
                || next_entry.scale_word().is_some()
                || next == "dozen";
            if scale_follows {
                return None;
            }
            let period = ordinal_digits
                || matches!(
                    before,
                    "first"
                        | "second"
                        | "latter"
                        | "former"
                        | "other"
                        | "last"
                        | "next"
                        | "each"
                        | "second-half"
                        | "earlier"
                        | "later"
                )
                // `half-year 2024`, `a half year`: six months.
                || (self.is_dash(i + 1) && self.glued(i + 1) && self.low(i + 2) == "year");
            let used_as_share = matches!(
                next,
                "of" | "the"
                    | "their"
                    | "its"
                    | "all"
                    | "them"
                    | "those"
                    | "these"
                    | "that"
                    | "his"
                    | "her"
                    | "our"
            ) || self.hedge_before(i).is_some()
                || matches!(
                    prev,
                    "by" | "in" | "a" | "than" | "nearly" | "almost" | "about" | "roughly" | "over"
                )
                || (self.kind(i + 1) != Some(TokenKind::Word) && !self.is_dash(i + 1));
            return (!period && used_as_share).then(|| frac(i + 1, 0.5));
        }
        let (value, end) = self.fraction_words_ext(i)?;
        // `a fifth consecutive year` is an ordinal; `a fifth of`, `nearly a third` are fractions.
        if matches!(w, "a" | "an") {
            let d_word = self.low(end - 1);
            let plural = d_word.ends_with('s');
            let next = self.low(end);
            let next_entry = self.word(end);
            let prev = i.checked_sub(1).map_or("", |p| self.low(p));
            // `a thirtieth` alone is a rank; a part so small is written `a thirtieth of`.
            let as_fraction = value == 0.5
                || plural
                || matches!(next, "of" | "")
                // `a third were children`, `and a third from the police`: the part is the
                // subject of a verb, or its source follows.
                || matches!(next, "were" | "was" | "are" | "is" | "from")
                || next_entry.scale_word().is_some()
                || self.is_dash(end) && self.word(end + 1).scale_word().is_some()
                || self.hedge_before(i).is_some()
                || matches!(
                    prev,
                    "by" | "than"
                        | "to"
                        | "about"
                        | "almost"
                        | "nearly"
                        | "roughly"
                        | "around"
                        | "over"
                        | "just"
                        | "some"
                        | "only"
                );
            if !as_fraction {
                return None;
            }
        }
        Some(self.scaled_fraction(frac(end, value)))
    }

    /// The value of one more part of a whole told in parts, its denominator at `i`: `another
    /// third`, `a further quarter`, `the remaining third`, `the other fifth`, a part from a third
    /// to a tenth followed by no noun it would rank (`another third country` is an ordinal): a
    /// verb, `of`, `from` or punctuation.
    fn further_part(&self, i: usize) -> Option<f64> {
        if self.kind(i) != Some(TokenKind::Word) || i == 0 {
            return None;
        }
        let d_word = self.low(i);
        if d_word.ends_with('s') {
            return None;
        }
        let d = words::denominator(d_word).filter(|d| (3.0..=10.0).contains(d))?;
        let w = self.low(i - 1);
        let prev = i.checked_sub(2).map_or("", |p| self.low(p));
        let opens = w == "another"
            || matches!((prev, w), ("a", "further") | ("the", "remaining" | "other"));
        if !opens {
            return None;
        }
        let next = self.low(i + 1);
        let ends = self.kind(i + 1) != Some(TokenKind::Word)
            || matches!(
                next,
                "of" | "from" | "are" | "were" | "is" | "was" | "come" | "came" | "live" | "lives"
            );
        ends.then_some(1.0 / d)
    }

    /// A fraction in words at `i`, with compound denominators (`three twenty-firsts`).
    fn fraction_words_ext(&self, i: usize) -> Option<(f64, usize)> {
        if let Some(found) = self.fraction_words(i) {
            return Some(found);
        }
        // `one twenty-fifth`, `three twenty-firsts`, `a twenty-first`
        let w = self.low(i);
        let w_entry = self.word(i);
        let numerator = match w {
            "a" | "an" | "one" => 1.0,
            _ => w_entry
                .small_number()
                .filter(|&n| (2.0..=10.0).contains(&n))?,
        };
        let tens = self
            .word(i + 1)
            .small_number()
            .filter(|&t| words::is_tens(t))?;
        if !self.is_dash(i + 2) {
            return None;
        }
        let unit_word = self.low(i + 3);
        let unit = words::denominator(unit_word)
            .or_else(|| (unit_word == "first" || unit_word == "firsts").then_some(1.0))
            .or_else(|| (unit_word == "second" || unit_word == "seconds").then_some(2.0))?;
        if unit >= 10.0 {
            return None;
        }
        let plural = unit_word.ends_with('s');
        if numerator > 1.0 && !plural {
            return None;
        }
        Some((numerator / (tens + unit), i + 4))
    }

    /// A number standing for a fraction read without `number_at` (`½`, `a third`).
    fn number_stub(&self, first: usize, end: usize, value: f64) -> Num {
        Num {
            value,
            step: 0.0,
            first,
            end,
            digits: self.kind(first) == Some(TokenKind::Number),
            scaled: false,
            plain: false,
            width: 0,
            scale: 1.0,
            ordinal: false,
            fraction: true,
            leading_zero: false,
            article: false,
            plus: false,
        }
    }

    fn glued_word_after_tok(&self, i: usize) -> bool {
        self.kind(i + 1) == Some(TokenKind::Word) && self.glued(i + 1)
    }

    /// `two-thirds of a million`, `a quarter-trillion dollars`: a fraction of a scale is a count.
    fn scaled_fraction(&self, mut q: Quantity) -> Quantity {
        let mut j = q.end;
        if self.is(j, "of") && matches!(self.low(j + 1), "a" | "an") {
            j += 2;
        } else if matches!(self.low(j), "a" | "an") || (self.is_dash(j) && self.glued(j)) {
            j += 1;
        }
        let w = self.low(j);
        let w_entry = self.word(j);
        if let Some(scale) = w_entry
            .scale_word()
            .filter(|&s| s >= 1e3 && !w.ends_with('s'))
        {
            q.value *= scale;
            q.step = scale / 100.0;
            q.num.scaled = true;
            q.num.scale = scale;
            q.kind = Kind::Count;
            q.end = j + 1;
            q.num.end = j + 1;
            self.money_suffix(&mut q);
        }
        q
    }

    /// A currency sign or code before a number at `i`: `$`, `US$`, `£`, `Rs`, `PKR`, `N5,000`,
    /// `(PKR) 260,000`; with the token index of the number.
    pub fn currency_prefix_at(&self, i: usize) -> Option<(&'static str, usize)> {
        let starts_number = |j: usize| {
            self.kind(j) == Some(TokenKind::Number)
                || self.word(j).small_number().is_some()
                || (matches!(self.low(j), "a" | "an" | "half" | "quarter")
                    && self.word(j + 1).scale_word().is_some())
                || (self.raw(j) == "-"
                    && self.kind(j + 1) == Some(TokenKind::Number)
                    && self.glued(j + 1))
                || (matches!(self.low(j), "minus" | "negative"))
        };
        match self.kind(i)? {
            TokenKind::Punct => {
                if self.raw(i) == "(" && self.glued(i + 1) && self.raw(i + 2) == ")" {
                    // `(PKR) 260,000`
                    let code = self
                        .word(i + 1)
                        .currency()
                        .filter(|_| self.raw(i + 1).chars().all(|c| c.is_ascii_uppercase()))?;
                    return starts_number(i + 3).then_some((code, i + 3));
                }
                let code = words::currency_symbol(self.raw(i)).filter(|&c| c != "cent")?;
                starts_number(i + 1).then_some((code, i + 1))
            }
            TokenKind::Word => {
                let w = self.low(i);
                let w_entry = self.word(i);
                let raw = self.raw(i);
                // `US$`, `A$`, `HK$`, `US $`
                if self.is_punct(i + 1, &["$"])
                    && (self.glued(i + 1) || w == "us" || w == "hk" || w == "c")
                {
                    let code = w_entry.dollar_prefix()?;
                    return starts_number(i + 2).then_some((code, i + 2));
                }
                // `GH¢`, `GH₵`
                if w == "gh" && self.is_punct(i + 1, &["¢", "₵"]) && self.glued(i + 1) {
                    return starts_number(i + 2).then_some(("GHS", i + 2));
                }
                let glued_digits = self.kind(i + 1) == Some(TokenKind::Number) && self.glued(i + 1);
                let code = match w {
                    // `N5,000`, `N30m`: the naira, not the letter in `N95`.
                    "n" if raw == "N" && glued_digits && self.naira_like(i + 1) => "NGN",
                    "r" if raw == "R" && glued_digits && self.naira_like(i + 1) => "ZAR",
                    "k" | "n" | "r" | "c" | "a" | "s" | "l" | "re" => {
                        if w == "re"
                            && (glued_digits || self.kind(i + 1) == Some(TokenKind::Number))
                            && raw == "Re"
                        {
                            "INR"
                        } else {
                            return None;
                        }
                    }
                    // `MAUD 60`: millions of Australian dollars (the caller scales it).
                    _ if million_code(raw).is_some() => {
                        let code = million_code(raw)?;
                        return (self.kind(i + 1) == Some(TokenKind::Number))
                            .then_some((code, i + 1));
                    }
                    "rupees" | "rupee" | "ringgit" | "ringgits" | "naira" | "taka"
                    | "shillings" | "cedis" | "riyals" | "dirhams" | "yuan" | "euros"
                    | "dollars"
                        if self.kind(i + 1) == Some(TokenKind::Number) =>
                    {
                        w_entry.currency()?
                    }
                    _ if w_entry.is_nationality()
                        && matches!(
                            self.low(i + 1),
                            "ringgit" | "ringgits" | "rupees" | "dollars" | "shillings"
                        )
                        && self.kind(i + 2) == Some(TokenKind::Number) =>
                    {
                        return Some((self.word(i + 1).currency()?, i + 2));
                    }
                    _ => {
                        let code = w_entry.currency()?;
                        // Codes before a number are written in capitals or as `Rs`, `Tk`, `Sh`.
                        // Three-letter codes that are no English word may be lower-case (`rmb 10`).
                        let prefix_ok = raw.chars().all(|c| c.is_ascii_uppercase())
                            || matches!(
                                w,
                                "rs" | "tk" | "sh" | "ksh" | "kshs" | "shs" | "ush" | "tsh" | "dhs"
                            )
                            || (w.len() == 3
                                && !matches!(
                                    w,
                                    "try"
                                        | "sar"
                                        | "cad"
                                        | "aud"
                                        | "php"
                                        | "nis"
                                        | "ils"
                                        | "rub"
                                        | "mnt"
                                        | "all"
                                        | "idr"
                                ));
                        if !prefix_ok || w.len() > 4 && !matches!(w, "kshs") {
                            return None;
                        }
                        if matches!(w, "le" | "try" | "real" | "rand" | "cup") {
                            return None;
                        }
                        code
                    }
                };
                // `Rs.` and `Tk.` take their full stop.
                let j = if self.is_punct(i + 1, &["."]) && self.glued(i + 1) {
                    i + 2
                } else {
                    i + 1
                };
                if !(self.kind(j) == Some(TokenKind::Number) || starts_number(j)) {
                    return None;
                }
                Some((code, j))
            }
            _ => None,
        }
    }

    /// True when digits at `i` after a capital `N` or `R` look like an amount (`N5,000`, `N30m`).
    fn naira_like(&self, i: usize) -> bool {
        let raw = self.raw(i);
        let scale_after = self.glued(i + 1) && words::scale_abbreviation(self.raw(i + 1)).is_some()
            || self.word(i + 1).scale_word().is_some();
        raw.contains(',') || raw.len() >= 3 || scale_after
    }

    /// The currency sign or code just before `first` (for scale abbreviations like `$2.1T`).
    pub fn currency_prefix_before(&self, first: usize) -> Option<&'static str> {
        (first.saturating_sub(3)..first).rev().find_map(|s| {
            self.currency_prefix_at(s)
                .filter(|&(_, j)| j == first)
                .map(|(c, _)| c)
        })
    }

    /// Reads a currency after an amount (`20€`, `500 USD`, `40 lakh rupees`, `3 dollars 50 cents`),
    /// sets it on `q` and returns true when there was one.
    fn money_suffix(&self, q: &mut Quantity) -> bool {
        let k = q.end;
        let mut unit = None;
        let mut end = k;
        let compound = self.is_dash(k)
            && self.glued(k)
            && self.glued(k + 1)
            && matches!(
                self.low(k + 1),
                "rupee"
                    | "dollar"
                    | "pound"
                    | "euro"
                    | "naira"
                    | "shilling"
                    | "taka"
                    | "yuan"
                    | "peso"
                    | "ringgit"
                    | "dirham"
                    | "riyal"
                    | "cedi"
                    | "rand"
            );
        if let Some(code) = self
            .word(k + 1)
            .currency()
            .filter(|&c| compound && q.unit.is_none_or(|u| u == c))
        {
            // `a 1 million-rupee fund`, `a 5-dollar note`: the currency as a compound adjective.
            unit = Some(code);
            end = k + 2;
        } else if let Some(code) =
            words::currency_symbol(self.raw(k)).filter(|_| self.kind(k) == Some(TokenKind::Punct))
        {
            // `20€`, `10k$`
            if q.unit.is_none() || self.glued(k) {
                unit = Some(code);
                end = k + 1;
            }
        } else if self.kind(k) == Some(TokenKind::Word) {
            let w = self.low(k);
            let w_entry = self.word(k);
            let (w, w_entry, adj) =
                if w_entry.is_nationality() && self.word(k + 1).currency().is_some() {
                    (self.low(k + 1), self.word(k + 1), 1)
                } else {
                    (w, w_entry, 0)
                };
            if self.is(k, "us") && self.is_punct(k + 1, &["$"]) && self.glued(k + 1) {
                // `3.14US$`
                unit = Some("USD");
                end = k + 2;
            } else if let Some(code) = w_entry
                .currency()
                .filter(|&c| q.unit.is_none_or(|u| u == c))
            {
                let raw = self.raw(k + adj);
                let upper = raw.len() > 1 && raw.chars().all(|c| c.is_ascii_uppercase());
                let weight = matches!(w, "pounds" | "pound")
                    && (self.is(k + adj + 1, "of") || self.is(k + adj + 1, "in"));
                let ambiguous = matches!(
                    w,
                    "real"
                        | "try"
                        | "le"
                        | "rand"
                        | "sar"
                        | "rm"
                        | "sh"
                        | "shs"
                        | "tk"
                        | "c"
                        | "re"
                        | "cad"
                        | "aud"
                        | "php"
                        | "nis"
                        | "ils"
                ) && !upper
                    // `42 le` ends the amount; `42 le …` may be another language.
                    && !(w == "le" && self.kind(k + 1) != Some(TokenKind::Word));
                if !weight && !ambiguous {
                    unit = Some(code);
                    end = k + adj + 1;
                    if w == "pounds" && self.is(end, "sterling")
                        || w == "genihat" && self.is(end, "masriya")
                    {
                        end += 1;
                    }
                }
            } else if w == "l"
                && self.is_punct(k + 1, &["."])
                && self.is(k + 2, "e")
                && self.glued(k + 1)
                && self.glued(k + 2)
            {
                // `42 L.E`, `42 l.e.`: Egyptian pounds.
                unit = Some("EGP");
                end = if self.is_punct(k + 3, &["."]) && self.glued(k + 3) {
                    k + 4
                } else {
                    k + 3
                };
            } else if (w_entry.minor_currency().is_some()
                && q.unit.is_none()
                && !matches!(w, "c" | "p" | "sen" | "sens"))
                || (w == "c"
                    && self.raw(k) == "c"
                    && q.unit.is_none()
                    && q.num.digits
                    && q.num.plain
                    && q.value < 100.0
                    && self.kind(k + 1).is_none())
                || (matches!(w, "c" | "p")
                    && self.glued(k)
                    && q.unit.is_none()
                    && !(self.glued_any(k + 1) && self.kind(k + 1) != Some(TokenKind::Punct))
                    && q.num.digits
                    && self.raw(k) == w)
            {
                unit = Some("cent");
                end = k + 1;
            } else if let Some(coin) = w_entry.coin().filter(|_| q.unit.is_none()) {
                q.value *= coin;
                q.step *= coin;
                unit = Some("USD");
                end = k + 1;
            } else if let Some(code) = million_code(self.raw(k)).filter(|_| q.unit.is_none()) {
                q.value *= 1e6;
                q.step *= 1e6;
                q.num.scaled = true;
                q.num.scale = 1e6;
                unit = Some(code);
                end = k + 1;
            } else if w == "grand" && q.unit.is_none() && !self.glued_any(k + 1) {
                q.value *= 1000.0;
                q.step *= 1000.0;
                unit = Some("USD");
                end = k + 1;
            }
        }
        if unit.is_none() && q.unit.is_none() {
            return false;
        }
        if let Some(u) = unit {
            q.unit = Some(u);
        }
        q.kind = Kind::Money;
        q.end = end;
        // `75 USD million`
        if let Some(scale) = self.word(end).scale_word().filter(|&s| s >= 1e3)
            && !q.num.scaled
            && !self.low(end).ends_with('s')
        {
            q.value *= scale;
            q.step *= scale;
            q.num.scaled = true;
            q.num.scale = scale;
            q.end = end + 1;
        }
        // `3 dollars 50 cents`, `$20 and 43c`, `thirteen dollars and forty-five cents`, `15 dollars 50.`
        let mut j = q.end;
        if self.is(j, "and") {
            j += 1;
        }
        if !q.num.scaled
            && q.num.value.fract() == 0.0
            && let Some(minor) = self.number_at(j).filter(|n| {
                !n.scaled
                    && n.value < 100.0
                    && n.value >= 0.0
                    && n.value.fract() == 0.0
                    && !n.ordinal
            })
        {
            let w = self.low(minor.end);
            let w_entry = self.word(minor.end);
            if let Some(per) = w_entry.minor_currency()
                && (w.len() > 1 || self.glued(minor.end))
            {
                q.value += minor.value / per;
                q.step = 0.01;
                q.end = minor.end + 1;
                // `one kuai and five mao five`: the last digit is in fen.
                if per == 10.0
                    && let Some(fen) = self.word(q.end).small_number().filter(|&f| f < 10.0)
                    && self.kind(q.end + 1) != Some(TokenKind::Word)
                {
                    q.value += fen / 100.0;
                    q.end += 1;
                }
            } else if !matches!(
                self.kind(minor.end),
                Some(TokenKind::Word | TokenKind::Number)
            ) && !self.is_punct(minor.end, &["%", "-", "–", "/", ":"])
                && words::currency_symbol(self.raw(minor.end)).is_none()
                && (self.kind(k) == Some(TokenKind::Word) || minor.digits && minor.width == 2)
            {
                q.value += minor.value / 100.0;
                q.step = 0.01;
                q.end = minor.end;
            }
        }
        true
    }

    /// `10.6 per 1,000`, `3.5 people per every 1,000`, `28.9 per lakh population`: the end of a
    /// rate written after a count.
    fn rate_suffix(&self, q: &mut Quantity) -> Option<usize> {
        if q.kind != Kind::Count {
            return None;
        }
        let mut k = q.end;
        // Up to two words between the number and `per`.
        for _ in 0..2 {
            if self.kind(k) == Some(TokenKind::Word) && !matches!(self.low(k), "per" | "for" | "in")
            {
                k += 1;
            }
        }
        // Up to five words before `for every` (`3.5 people in forced labour for every thousand`).
        let near =
            self.is(k, "per") || (matches!(self.low(k), "for" | "in") && self.is(k + 1, "every"));
        if !near
            && let Some(far) = (q.end + 1..q.end + 6).find(|&j| {
                self.is(j, "for")
                    && self.is(j + 1, "every")
                    && (q.end..j).all(|w| self.kind(w) == Some(TokenKind::Word))
            })
        {
            k = far;
        }
        let mut j = match (self.low(k), self.low(k + 1)) {
            ("per", _) => k + 1,
            ("for" | "in", "every") => k + 1,
            _ => return None,
        };
        if self.is(j, "every") {
            j += 1;
        }
        let per = if let Some(n) = self.number_at(j) {
            if n.ordinal || n.value <= 1.0 && !n.scaled {
                return None;
            }
            j = n.end;
            n.value
        } else if let Some(s) = self
            .word(j)
            .scale_word()
            .filter(|_| !self.low(j).ends_with('s'))
        {
            j += 1;
            s
        } else if self.is(j, "hundred") {
            j += 1;
            100.0
        } else {
            return None;
        };
        if self.word(j).is_population() {
            j += if self.is(j, "live") { 2 } else { 1 };
        }
        q.per = Some(per);
        q.unit = Some(match per as u64 {
            100 => "per 100",
            1_000 => "per 1,000",
            10_000 => "per 10,000",
            100_000 => "per 100,000",
            1_000_000 => "per million",
            _ => "per",
        });
        Some(j)
    }

    /// Two quantities joined as a range: `between 20 and 30 million`, `20-30%`, `Rs 60 lakh to Rs 80
    /// lakh`, `2019-20`.
    fn range_from(&self, low: Quantity) -> Option<(Mention, usize, usize)> {
        if matches!(low.kind, Kind::Ordinal | Kind::Multiplier | Kind::Rate)
            || low.reason.is_some()
            || low.num.leading_zero
            || self.after_phone(low.first)
        {
            return None;
        }
        let k = low.end;
        // `fell by 14,000 to 831,000`: the change, then the level it reached; but `by 2018–19`
        // is a span of years, a four-digit year and a dash.
        if low.first > 0
            && self.is(low.first - 1, "by")
            && !(low.num.plain && low.num.width == 4 && self.is_dash(k))
        {
            return None;
        }
        // `between 16 and 35`, `between the ages of 16 and 35`, `between the age of 15 and 25`.
        let f = low.first;
        let between = f > 0 && self.is(f - 1, "between")
            || f > 3
                && self.is(f - 1, "of")
                && matches!(self.low(f - 2), "age" | "ages")
                && (self.is(f - 3, "between")
                    || self.is(f - 3, "the") && self.is(f - 4, "between"));
        let from = low.first > 0 && self.is(low.first - 1, "from");
        let dash = self.is_dash(k) || self.is_punct(k, &["~", "/"]);
        let joined = dash
            || matches!(self.low(k), "to" | "through" | "thru" | "till" | "until")
            || (between && self.is(k, "and"));
        if !joined {
            return None;
        }
        if self.is_punct(k, &["/"]) && !(low.num.plain && low.num.width == 4) {
            return None;
        }
        let high = self.quantity_at(k + 1)?;
        if matches!(high.kind, Kind::Ordinal | Kind::Multiplier) || high.reason.is_some() {
            return None;
        }
        // `three-nought-four` and `one-two` are no ranges; `20-30`, `two-thirds to three
        // quarters` and `two to three million` are.
        if dash && !low.num.digits && !high.num.digits && !high.num.scaled && !high.num.fraction {
            return None;
        }
        // `rose from 50 million to 470 million`: two values of a change, not a range; so are
        // `from 2000 to 2015, from 132 to 759`, the values of the years just given.
        if from && (self.change_before(low.first - 1) || self.after_year_span(low.first - 1)) {
            return None;
        }
        // `2019-20`, `2019-2022`, `2023/24`: years.
        let year = |n: &Num| n.plain && n.width == 4 && (1000.0..=2100.0).contains(&n.value);
        if year(&low.num) && low.kind == Kind::Count && high.kind == Kind::Count {
            // `2019-20`, `2023/24`, never `in 2017 to 44 in 2021` (a level reached).
            let fiscal =
                high.num.plain && high.num.width == 2 && (dash || self.is_punct(k, &["/"]));
            if (year(&high.num) && (high.value - low.value) < 200.0) || fiscal {
                let mut m = self.mention(low.first, high.end, Kind::Year, None, None);
                m.low = Some(low.value);
                m.high = Some(if fiscal {
                    (low.value / 100.0).floor() * 100.0 + high.value
                } else {
                    high.value
                });
                m.not_claim = Some(if fiscal { "fiscal year" } else { "years" });
                return Some((m, low.first, high.end));
            }
        }
        if self.is_punct(k, &["/"]) {
            return None;
        }
        // `fell from 79 million in 2020 to 54 million`: a year said with `in`, then the level
        // reached, not a range from 2020.
        if year(&low.num)
            && low.kind == Kind::Count
            && !dash
            && low.first > 0
            && (matches!(self.low(low.first - 1), "in" | "since" | "during" | "by")
                // `from 160 million in the year 2000 to 138 million`.
                || (low.first > 1
                    && self.is(low.first - 1, "year")
                    && self.is(low.first - 2, "the")))
        {
            return None;
        }
        let (mut kind, mut lo) = (low.kind, low.value);
        // `20-30 million`, `20–30%`, `$20-30 million`: the first end takes the second's scale.
        if !low.num.scaled && high.num.scaled && low.value < high.num.value / high.num.scale {
            lo *= high.num.scale;
        }
        if low.kind == Kind::Count {
            kind = high.kind;
        }
        // `20% to 30`: a share on both ends; not `dropped 3% to 570`, a change and a count.
        let percent_then_count = kind == Kind::Percent
            && high.kind == Kind::Count
            && !high.num.scaled
            && !dash
            && high.value <= 100.0
            && !self.change_before(low.first);
        let compatible = kind == high.kind
            || (kind == Kind::Money && high.kind == Kind::Count)
            || percent_then_count;
        if !compatible || lo >= high.value {
            return None;
        }
        // `COVID-19`-like chains and phone numbers are not ranges.
        if self.is_dash(high.end)
            && self.glued(high.end)
            && self.kind(high.end + 1) == Some(TokenKind::Number)
        {
            return None;
        }
        let first = if between { low.first - 1 } else { low.first };
        let mut m = self.mention(low.first, high.end, kind, None, Some(high.step));
        m.low = Some(lo);
        m.high = Some(high.value);
        m.unit = high.unit.or(low.unit);
        let q = Quantity {
            first: low.first,
            end: high.end,
            kind,
            ..high
        };
        m = self.with_hedge(m, first);
        let (m0, end) = self.with_suffix_hedge(m, high.end);
        m = m0;
        let hedge = m.hedge;
        let low_bound = m.low;
        let high_bound = m.high;
        self.classify(&mut m, &Quantity { num: low.num, ..q }, end);
        // A hedge before a range qualifies both ends; the ends stay as written.
        m.hedge = hedge;
        m.low = low_bound;
        m.high = high_bound;
        // A range's value is its midpoint; its ends are in `low` and `high`.
        m.value = match (m.low, m.high) {
            (Some(l), Some(h)) if m.kind.is_statistical() => Some((l + h) / 2.0),
            _ => None,
        };
        if m.kind == Kind::Percent || m.kind == Kind::Count || m.kind == Kind::Money {
            m = self.with_change(m, first, end);
        }
        Some((m, first, end))
    }

    /// True when the tokens just before `first` are the start of a phone number (`+60 3-2148`,
    /// `0800 221 222`), so the number at `first` continues it.
    pub fn after_phone(&self, first: usize) -> bool {
        self.kind(first) == Some(TokenKind::Number) && self.phone_before(first, 4)
    }

    fn phone_before(&self, first: usize, depth: usize) -> bool {
        let Some(mut p) = first.checked_sub(1) else {
            return false;
        };
        if depth == 0 || self.line_break_before(first) {
            return false;
        }
        if (self.is_punct(p, &["-", ")"]) && self.glued(first)) || self.is_punct(p, &[")"]) {
            match p.checked_sub(1) {
                Some(q) => p = q,
                None => return false,
            }
        }
        let digits = self.kind(p) == Some(TokenKind::Number)
            && self.raw(p).bytes().all(|b| b.is_ascii_digit());
        digits
            && (self.raw(p).starts_with('0')
                || p > 0 && self.is_punct(p - 1, &["+"]) && self.glued(p)
                || self.phone_before(p, depth - 1))
    }

    /// The token after a North American phone number starting at token `i`: `(888) 373-7888`,
    /// `1 (888) 373-7888`, `(916) 443-HELP (4357)` (the area code in brackets, then three digits,
    /// a dash and four digits or a word of capitals).
    fn north_american_phone(&self, i: usize) -> Option<usize> {
        let digits = |k: usize, n: usize| {
            self.kind(k) == Some(TokenKind::Number)
                && self.raw(k).len() == n
                && self.raw(k).bytes().all(|b| b.is_ascii_digit())
        };
        let area = if self.raw(i) == "1" && self.is_punct(i + 1, &["("]) {
            i + 2
        } else if i > 0 && self.is_punct(i - 1, &["("]) && self.glued(i) {
            i
        } else {
            return None;
        };
        let shape = digits(area, 3)
            && self.is_punct(area + 1, &[")"])
            && self.glued(area + 1)
            && digits(area + 2, 3)
            && self.is_punct(area + 3, &["-", "."])
            && self.glued(area + 3)
            && self.glued(area + 4);
        if !shape {
            return None;
        }
        if digits(area + 4, 4) {
            return Some(area + 5);
        }
        let word = self.raw(area + 4);
        let vanity = self.kind(area + 4) == Some(TokenKind::Word)
            && (4..=7).contains(&word.len())
            && word.bytes().all(|b| b.is_ascii_uppercase());
        if !vanity {
            return None;
        }
        // `443-HELP (4357)`: the word's digits in brackets after it.
        if self.is_punct(area + 5, &["("]) && digits(area + 6, 4) && self.is_punct(area + 7, &[")"])
        {
            return Some(area + 8);
        }
        Some(area + 5)
    }

    /// True when `from 2000 to 2015,` comes just before token `at`.
    fn after_year_span(&self, at: usize) -> bool {
        let year = |k: usize| {
            self.kind(k) == Some(TokenKind::Number)
                && self.raw(k).len() == 4
                && self
                    .raw(k)
                    .parse::<u32>()
                    .is_ok_and(|y| (1900..=2100).contains(&y))
        };
        at >= 5
            && self.is_punct(at - 1, &[","])
            && year(at - 2)
            && self.is(at - 3, "to")
            && year(at - 4)
            && self.is(at - 5, "from")
    }

    /// True when a verb or noun of change comes just before token `at` (`rose from`, `increase from`).
    fn change_before(&self, at: usize) -> bool {
        (at.saturating_sub(4)..at).any(|k| {
            self.word(k).change_direction() != 0.0
                || matches!(
                    self.low(k),
                    "went"
                        | "gone"
                        | "moved"
                        | "changed"
                        | "doubled"
                        | "tripled"
                        | "halved"
                        | "reduced"
                        | "cut"
                        | "raised"
                        | "lowered"
                        | "revised"
                )
        })
    }

    /// The hedge written just before token `first`, and the token where it starts (remembered
    /// for the last `first` asked: a mention asks several times).
    pub fn hedge_before(&self, first: usize) -> Option<(Hedge, usize)> {
        if let Some((at, found)) = self.hedge_memo.get()
            && at == first
        {
            return found;
        }
        let found = self.find_hedge_before(first);
        self.hedge_memo.set(Some((first, found)));
        found
    }

    fn find_hedge_before(&self, first: usize) -> Option<(Hedge, usize)> {
        let one = first.checked_sub(1)?;
        match self.raw(one) {
            "~" | "≈" | "∼" => return Some((Hedge::About, one)),
            ">" | "≥" => {
                return Some((
                    if self.raw(one) == ">" {
                        Hedge::MoreThan
                    } else {
                        Hedge::AtLeast
                    },
                    one,
                ));
            }
            "<" | "≤" => {
                return Some((
                    if self.raw(one) == "<" {
                        Hedge::LessThan
                    } else {
                        Hedge::UpTo
                    },
                    one,
                ));
            }
            "=" if one > 0 && matches!(self.raw(one - 1), ">" | "<") => {
                let h = if self.raw(one - 1) == ">" {
                    Hedge::AtLeast
                } else {
                    Hedge::UpTo
                };
                return Some((h, one - 1));
            }
            _ => {}
        }
        if !self.word(one).ends_hedge() {
            return self.word(one).hedge().map(|h| (h, one));
        }
        if let Some(two) = one.checked_sub(1)
            && matches!(self.low(one), "to" | "than")
            && self.is(two, "equal")
            && two >= 2
            && self.is(two - 1, "or")
        {
            // `less than or equal to`, `smaller or equal than`, `at least or equal to`
            let k = two - 2;
            let word = self.low(k);
            let (pair_first, pair) = if k > 0 {
                (k - 1, (self.low(k - 1), word))
            } else {
                (k, ("", word))
            };
            let found = match pair {
                ("less" | "fewer" | "lower" | "smaller", "than") => Some((Hedge::UpTo, pair_first)),
                ("more" | "greater" | "higher" | "larger" | "bigger", "than") => {
                    Some((Hedge::AtLeast, pair_first))
                }
                ("at", "least") => Some((Hedge::AtLeast, pair_first)),
                ("at", "most") => Some((Hedge::UpTo, pair_first)),
                (_, "less" | "fewer" | "lower" | "smaller") => Some((Hedge::UpTo, k)),
                (_, "more" | "greater" | "higher" | "larger" | "bigger") => {
                    Some((Hedge::AtLeast, k))
                }
                _ => None,
            };
            if found.is_some() {
                return found;
            }
        }
        if let Some(two) = one.checked_sub(1) {
            if let Some(three) = two.checked_sub(1)
                && let Some(h) = words::hedge_triple(self.low(three), self.low(two), self.low(one))
            {
                return Some((h, three));
            }
            if let Some(h) = words::hedge_pair(self.low(two), self.low(one)) {
                // `has gone up to 50 million`, `adds up to 5,000`: a level reached, no bound.
                if h == Hedge::UpTo
                    && self.is(two, "up")
                    && two > 0
                    && words::rises_up(self.low(two - 1))
                {
                    return None;
                }
                // `no more than` / `not less than` are read as triples above.
                return Some((h, two));
            }
        }
        let w_entry = self.word(one);
        let h = w_entry.hedge()?;
        // `over the past 15 years` is no hedge on `15`.
        Some((h, one))
    }

    /// Sets the hedge written before token `first`; `equal to 20` makes a range of one value.
    pub fn with_hedge(&self, mut m: Mention, first: usize) -> Mention {
        if m.kind.is_statistical() && self.equal_before(first) && m.low.is_none() {
            m.low = m.value;
            m.high = m.value;
            return m;
        }
        if (m.kind.is_statistical() || m.kind == Kind::Other)
            && let Some((h, _)) = self.hedge_before(first)
        {
            // The span stays the number itself (`3 million` in `more than 3 million`), as the
            // JSON contract has it; the hedge is its own field.
            m.hedge = Some(h);
            apply_bound(&mut m);
        }
        m
    }

    /// True when `equal to`, `equals` or `equalling` comes just before token `first`.
    fn equal_before(&self, first: usize) -> bool {
        let Some(one) = first.checked_sub(1) else {
            return false;
        };
        let w = self.low(one);
        if matches!(w, "equals" | "equalling" | "equaling") {
            return true;
        }
        // Not `less than or equal to`, read as a hedge.
        w == "to"
            && one > 0
            && matches!(
                self.low(one - 1),
                "equal" | "equals" | "equalling" | "equaling"
            )
            && !(one > 2 && self.is(one - 2, "or") && self.kind(one - 3) == Some(TokenKind::Word))
    }

    /// Reads a hedge written after a mention (`10,000 or more`, `20-odd`, `5,000+`) and returns
    /// the mention and the token after what it took.
    fn with_suffix_hedge(&self, mut m: Mention, end: usize) -> (Mention, usize) {
        let (w1, w2) = (self.low(end), self.low(end + 1));
        // `more than 10 and less than 40`: the words after the number hedge the next one.
        let starts_number = |k: usize| {
            self.kind(k) == Some(TokenKind::Number) || self.word(k).small_number().is_some()
        };
        let hedges_next = starts_number(end + 2)
            || matches!(self.low(end + 2), "than" | "to" | "of" | "as" | "or")
                && (starts_number(end + 3) || starts_number(end + 4));
        let found = match (w1, w2) {
            ("or" | "and", _) if hedges_next => None,
            ("or" | "and", "more" | "above" | "over" | "greater" | "higher") => {
                Some((Hedge::AtLeast, end + 2, false))
            }
            ("or" | "and", "less" | "fewer" | "below" | "under" | "lower") => {
                Some((Hedge::UpTo, end + 2, false))
            }
            ("or", "so") => Some((Hedge::About, end + 2, false)),
            ("odd", _) | ("plus", _) if !self.glued_any(end + 1) => {
                let h = if w1 == "odd" {
                    Hedge::About
                } else {
                    Hedge::AtLeast
                };
                Some((h, end + 1, false))
            }
            _ if self.is_punct(end, &["+"])
                && self.glued(end)
                && self.kind(end + 1) != Some(TokenKind::Number) =>
            {
                Some((Hedge::AtLeast, end + 1, true))
            }
            _ if self.is_dash(end) && self.glued(end) && matches!(w2, "odd" | "plus") => {
                let h = if w2 == "odd" {
                    Hedge::About
                } else {
                    Hedge::AtLeast
                };
                Some((h, end + 2, true))
            }
            _ => None,
        };
        match found {
            Some((h, next, take)) if m.kind.is_statistical() => {
                // A hedge before the number wins (`some 20-odd`); a sign glued after it
                // (`-odd`, `+`) is part of the mention either way.
                // `about five hundred or more`: the bound after wins over a vague hedge before.
                let vague_before = matches!(m.hedge, Some(Hedge::About | Hedge::Nearly));
                if m.hedge.is_none() || (vague_before && !take) {
                    m.hedge = Some(h);
                    apply_bound(&mut m);
                } else if !take {
                    return (m, end);
                }
                if take {
                    m.end = self.byte_end(next);
                }
                (m, if take { next } else { end })
            }
            _ => (m, end),
        }
    }

    /// Percentages and counts that state a change: `rose by 25%`, `fell 11 per cent`, `a 47 per
    /// cent surge`, `up 31pc`, `a rise of 12%`.
    pub fn with_change(&self, mut m: Mention, first: usize, end: usize) -> Mention {
        if !matches!(m.kind, Kind::Percent | Kind::Change) || !m.is_claim() {
            return m;
        }
        let before = self.hedge_before(first).map_or(first, |(_, at)| at);
        let mut b = before.checked_sub(1);
        let mut via_of = false;
        if b.is_some_and(|b| self.is(b, "by")) {
            // `rose by 25%`, `cut its key rate by 150 basis points`
            let by = b.unwrap_or(0);
            b = (by.saturating_sub(5)..by)
                .rev()
                .take_while(|&k| self.kind(k) == Some(TokenKind::Word))
                .find(|&k| self.word(k).change_direction() != 0.0)
                .or(by.checked_sub(1));
        } else if b.is_some_and(|b| self.is(b, "of")) {
            // `a rise of 12%`, `an increase of more than 500 per cent`
            b = b.and_then(|b| b.checked_sub(1));
            via_of = true;
        }
        let verb = b
            .filter(|&b| {
                // `make up 38 per cent` is a share, not a rise; `up to` is a hedge.
                let particle = matches!(self.low(b), "up" | "down");
                let make = b.checked_sub(1).is_some_and(|p| {
                    matches!(
                        self.low(p),
                        "make" | "makes" | "made" | "making" | "made-up" | "end" | "ended" | "add"
                    )
                });
                !(particle && make)
            })
            .map(|b| {
                let d = self.word(b).change_direction();
                if via_of
                    && matches!(
                        self.low(b),
                        "up" | "down" | "more" | "less" | "fewer" | "higher" | "lower"
                    )
                {
                    0.0
                } else {
                    d
                }
            })
            .unwrap_or(0.0);
        // `growing at 4.7 percent`, `grew at a 2.5% annual rate`: a pace of growth.
        let verb = if verb == 0.0 {
            self.growth_pace_before(before)
        } else {
            verb
        };
        // `a 14% year-over-year increase`, `a 5% annual rise`: a period between number and noun.
        let end = self.after_period_modifier(end);
        let after = self.low(end);
        let after_entry = self.word(end);
        let noun = match after {
            "higher" | "lower" => after_entry.change_direction(),
            "more" | "less" | "fewer" if matches!(self.low(end + 1), "than" | "likely") => {
                after_entry.change_direction()
            }
            // `11% fewer victims worldwide than in 2019`: a few words before `than`.
            "fewer" if self.than_within(end + 1, 3) => after_entry.change_direction(),
            "up" | "down" => after_entry.change_direction(),
            // `25% above 2019 levels`, `10% below its 2016 level`: an amount of change against
            // the level of a base year, never a share.
            "above" | "below" if self.base_level_after(end + 1) => {
                if after == "above" {
                    1.0
                } else {
                    -1.0
                }
            }
            _ if change_noun(after)
                || matches!(
                    after,
                    "spike"
                        | "dip"
                        | "slump"
                        | "uptick"
                        | "gain"
                        | "gains"
                        | "increases"
                        | "rises"
                        | "falls"
                        | "drops"
                        | "declines"
                ) =>
            {
                after_entry.change_direction()
            }
            // `a 37% profit increase`, `a 5% pay rise`: one noun between the number after `a`
            // and the noun of change.
            _ if before > 0
                && matches!(self.low(before - 1), "a" | "an")
                && self.kind(end) == Some(TokenKind::Word)
                && after.bytes().all(|b| b.is_ascii_lowercase())
                && !matches!(
                    after,
                    "of" | "in" | "on" | "to" | "and" | "or" | "for" | "from" | "share" | "stake"
                )
                && change_noun(self.low(end + 1)) =>
            {
                self.word(end + 1).change_direction()
            }
            _ => 0.0,
        };
        let direction = if verb != 0.0 { verb } else { noun };
        if direction != 0.0 {
            if m.kind == Kind::Percent {
                m.kind = Kind::Change;
            }
            m.value = m.value.map(|v| v.abs() * direction);
            if let (Some(l), Some(h)) = (m.low, m.high)
                && direction < 0.0
                && m.value.is_none()
            {
                m.low = Some(-h);
                m.high = Some(-l);
            }
        }
        m
    }
}

impl Parser<'_> {
    /// The token after a period written between a percentage and the change it states
    /// (`year-on-year`, `year-over-year`, `month-on-month`, `annual`), or `end` itself.
    fn after_period_modifier(&self, end: usize) -> usize {
        let unit = |k: usize| matches!(self.low(k), "year" | "month" | "quarter" | "week");
        if unit(end)
            && self.is_dash(end + 1)
            && matches!(self.low(end + 2), "on" | "over")
            && self.is_dash(end + 3)
            && unit(end + 4)
        {
            return end + 5;
        }
        if matches!(
            self.low(end),
            "annual"
                | "annualised"
                | "annualized"
                | "yearly"
                | "monthly"
                | "quarterly"
                | "weekly"
                | "yoy"
        ) {
            return end + 1;
        }
        end
    }

    /// True when the tokens from `k` name the level of a base year or time (`2019 levels`,
    /// `its 2016 level`, `pre-pandemic levels`, `the level of 2019`): a few words, one of
    /// them a year or `pre-pandemic`, up to `level` or `levels` (`2019's pre-pandemic levels`
    /// is eight tokens).
    fn base_level_after(&self, k: usize) -> bool {
        let mut dated = false;
        for at in k..k + 8 {
            let w = self.low(at);
            if matches!(w, "level" | "levels") {
                // `the level of 2019`: the year after it.
                let of_year = self.is(at + 1, "of")
                    && self.kind(at + 2) == Some(TokenKind::Number)
                    && self.raw(at + 2).len() == 4;
                return dated || of_year;
            }
            match self.kind(at) {
                Some(TokenKind::Number) => {
                    let year = self.raw(at).len() == 4
                        && self
                            .raw(at)
                            .parse::<u32>()
                            .is_ok_and(|y| (1950..=2100).contains(&y));
                    if !year {
                        return false;
                    }
                    dated = true;
                }
                Some(TokenKind::Word) => {
                    if matches!(w, "pandemic" | "covid") {
                        dated = true;
                    } else if !matches!(w, "its" | "their" | "the" | "pre" | "s" | "covid-19") {
                        return false;
                    }
                }
                _ if self.is_dash(at) || self.is_punct(at, &["'", "’"]) => {}
                _ => return false,
            }
        }
        false
    }

    /// The direction of a verb of growth before `at` and the number starting at `first`
    /// (`growing at 4.7 percent`, `contracted at a 2.9 percent pace`), or 0.
    fn growth_pace_before(&self, first: usize) -> f64 {
        let mut k = first;
        if k > 0 && matches!(self.low(k - 1), "a" | "an") {
            k -= 1;
        }
        if k < 2 || !self.is(k - 1, "at") {
            return 0.0;
        }
        match self.low(k - 2) {
            "growing" | "grew" | "grow" | "grows" | "expanding" | "expanded" | "expand"
            | "expands" | "rising" | "rose" | "increasing" | "increased" => 1.0,
            "contracting" | "contracted" | "shrinking" | "shrank" | "shrunk" | "falling"
            | "fell" | "declining" | "declined" => -1.0,
            _ => 0.0,
        }
    }
}

/// A mention with only its span, kind and value.
pub fn blank(start: usize, end: usize, kind: Kind, value: Option<f64>) -> Mention {
    Mention {
        start,
        end,
        kind,
        value,
        low: None,
        high: None,
        step: None,
        hedge: None,
        unit: None,
        not_claim: None,
        per: None,
        magnitude: None,
    }
}

/// Open bounds from a hedge: `more than 3 million` has a low of 3 million, `up to 30` a high of 30.
pub fn apply_bound(m: &mut Mention) {
    if m.low.is_some() || m.high.is_some() {
        return;
    }
    let Some(v) = m.value else { return };
    match m.hedge {
        Some(Hedge::MoreThan | Hedge::AtLeast) => m.low = Some(v),
        Some(Hedge::LessThan | Hedge::UpTo) => m.high = Some(v),
        _ => {}
    }
}

/// `MUSD`, `MEUR`: millions of a currency, as some business writing abbreviates them.
fn million_code(raw: &str) -> Option<&'static str> {
    if raw.len() != 4 || !raw.starts_with('M') {
        return None;
    }
    let code = raw
        .strip_prefix('M')
        .filter(|c| c.len() == 3 && c.chars().all(|c| c.is_ascii_uppercase()))?;
    words::currency_word(&code.to_ascii_lowercase())
}

/// A singular noun of change that may follow a percentage (`a 5% rise`) or the noun it qualifies
/// (`a 37% profit increase`).
fn change_noun(word: &str) -> bool {
    matches!(
        word,
        "rise"
            | "increase"
            | "surge"
            | "jump"
            | "hike"
            | "growth"
            | "drop"
            | "decline"
            | "fall"
            | "reduction"
            | "cut"
            | "decrease"
    )
}
