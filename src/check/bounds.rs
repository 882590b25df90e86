//! What a claim stands for: its value in a figure's unit and the interval its wording allows.

use crate::extract::{Hedge, Kind, Mention};
use crate::table::{Figure, Quantity};

/// How far a written fraction or ratio reaches either side, as a share: `one-third` is 0.298–0.368.
pub const FRACTION_BAND: f64 = 0.035;

/// How far a round percentage (`30 per cent`, `40%`) reaches either side, in points.
pub const ROUND_PERCENT: f64 = 2.5;

/// A claim read as a quantity: its value and the interval its precision and hedge allow.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    /// The unit the claim is in, as the table names it.
    pub quantity: Quantity,
    /// The value, in the table's unit (a share of one for percentages and fractions).
    pub value: f64,
    /// The lowest value the wording allows.
    pub low: f64,
    /// The highest value the wording allows.
    pub high: f64,
}

impl Reading {
    /// True when the interval meets `[low, high]`.
    pub fn meets(&self, (low, high): (f64, f64)) -> bool {
        self.low <= high && low <= self.high
    }
}

/// The quantity a mention's kind expresses.
pub fn quantity_of(kind: Kind) -> Option<Quantity> {
    Some(match kind {
        Kind::Percent | Kind::Fraction | Kind::Ratio => Quantity::Share,
        Kind::Count => Quantity::Count,
        Kind::Multiplier => Quantity::Multiplier,
        Kind::Change => Quantity::Change,
        Kind::Money => Quantity::Money,
        Kind::Rate => Quantity::Rate,
        // `ranked third`, `Tier 2`.
        Kind::Ordinal => Quantity::Rank,
        Kind::Year | Kind::Date | Kind::Other => return None,
    })
}

/// How far `about` and `nearly` reach, as a share of the value, by how precisely the number is
/// written: `about 50 million` (one significant digit) 10%, `about 38%` (two) 5%, `some 46.9
/// million` (three or more) 2%. Fractions and ratios count as one digit, and so do quarters
/// (`nearly $250 billion`, `almost a quarter-trillion dollars` for $236 billion: 25 and 75 are
/// what writers round a number to the nearest quarter with).
fn hedge_reach(m: &Mention, value: f64) -> f64 {
    if matches!(m.kind, Kind::Fraction | Kind::Ratio) {
        return 0.1;
    }
    let step = 2.0 * half_step(m, value);
    let mut n = if step > 0.0 {
        (value.abs() / step).round() as u64
    } else {
        0
    };
    while n >= 10 && n % 10 == 0 {
        n /= 10;
    }
    match n {
        0..=9 | 25 | 75 => 0.10,
        10..=99 => 0.05,
        _ => 0.02,
    }
}

/// Half the resolution of how a number is written: `3.3 million` ±0.05 million, `50,000` ±5,000.
/// Trailing zeros are rounding, up to a tenth of the value: `10 million` stands for 9–11 million.
fn half_step(m: &Mention, value: f64) -> f64 {
    let step = m.step.unwrap_or(1.0);
    if m.kind != Kind::Count || value < 10.0 || step <= 0.0 || (value / step).fract() != 0.0 {
        return step / 2.0;
    }
    let mut place = step;
    while value % (place * 10.0) == 0.0 && value / (place * 10.0) >= 1.0 {
        place *= 10.0;
    }
    if place == step {
        step / 2.0
    } else {
        (place / 2.0).min(0.1 * value).max(step / 2.0)
    }
}

/// True for `2016 - 40.3 million`: a year before a dash labels the number; it is no range.
fn year_label(low: f64, high: f64) -> bool {
    low.fract() == 0.0 && (1900.0..=2100.0).contains(&low) && high > 1000.0 * low
}

/// True when the mention states a range of two different ends (`between $99 billion and $145
/// billion`, `20 million to 40 million`), not one value.
pub fn is_range(m: &Mention) -> bool {
    matches!((m.low, m.high), (Some(low), Some(high)) if low < high && !year_label(low, high))
}

/// The reading of a mention, or `None` when it states no single quantity.
pub fn read(m: &Mention) -> Option<Reading> {
    let quantity = quantity_of(m.kind)?;
    let scale = if m.kind == Kind::Percent { 0.01 } else { 1.0 };
    if let (Some(low), Some(high)) = (m.low, m.high) {
        if year_label(low, high) {
            return read(&Mention {
                low: None,
                high: None,
                value: Some(high),
                ..m.clone()
            });
        }
        let half = m.step.unwrap_or(0.0) / 2.0 * scale;
        return Some(Reading {
            quantity,
            value: (low + high) / 2.0 * scale,
            low: low * scale - half,
            high: high * scale + half,
        });
    }
    let value = m.value? * scale;
    let half = match m.kind {
        Kind::Fraction | Kind::Ratio => FRACTION_BAND.min(0.1 * value.abs()).max(f64::EPSILON),
        Kind::Multiplier if value < 1.0 => 0.1,
        // `30 per cent` is a round number: it stands for 27.5 to 32.5 per cent.
        Kind::Percent
            if m.step.unwrap_or(1.0) >= 1.0 && m.value? >= 10.0 && m.value? % 10.0 == 0.0 =>
        {
            ROUND_PERCENT * scale
        }
        _ => half_step(m, m.value?) * scale,
    };
    let reach = hedge_reach(m, m.value?) * value.abs();
    // `over 50 million` for 49.6 million: a bound written as a round number (trailing zeros
    // rounded away) is itself a rounding, by up to 2 per cent.
    let round = m.kind == Kind::Count && half_step(m, m.value?) > m.step.unwrap_or(1.0) / 2.0;
    // `more than 25 million` for 24.9 million: a count before a scale word is a rounding too,
    // by up to 1 per cent.
    let scaled = m.kind == Kind::Count && m.step.is_some_and(|step| step >= 1e6);
    let slack = if round {
        0.02 * value.abs()
    } else if scaled {
        0.01 * value.abs()
    } else {
        0.0
    };
    // `27 million` for 27.6 million: a writer gives a count in millions to its whole units, cut
    // rather than rounded as often as not, so a count of two or more digits before a scale word
    // reaches three quarters of the way to its next unit (not so far that it meets what another
    // figure's own `about` reaches down to).
    let cut = m.kind == Kind::Count
        && m.step
            .is_some_and(|step| step >= 1e6 && value >= 10.0 * step)
        && half_step(m, m.value?) <= m.step.unwrap_or(1.0) / 2.0;
    // `2.134 million` for 2,134,900: a count of four or more significant digits may be cut at
    // its last, so it reaches nearly to its next unit.
    let truncated = m.kind == Kind::Count
        && m.step
            .is_some_and(|step| step > 0.0 && value >= 1000.0 * step)
        && half_step(m, m.value?) <= m.step.unwrap_or(1.0) / 2.0;
    let (low, high) = match m.hedge {
        None if cut => (value - half, value + 1.5 * half),
        None if truncated => (value - half, value + 1.9 * half),
        None => (value - half, value + half),
        Some(Hedge::About) => {
            let wide = half.max(reach);
            (value - wide, value + wide)
        }
        // `nearly 3.3 million` reaches down to 3.2 million; `nearly 50 million` (a round number,
        // already ±5 million) to 45 million, not 40.
        Some(Hedge::Nearly) => {
            let below = if m.kind == Kind::Count {
                (2.0 * half).min(0.1 * value.abs())
            } else {
                2.0 * half
            };
            (value - below.max(reach), value + half)
        }
        Some(Hedge::MoreThan | Hedge::AtLeast) => (value - slack, value * 1.5 + half),
        Some(Hedge::LessThan | Hedge::UpTo) => (value / 1.5 - half, value + slack),
    };
    let high = if quantity == Quantity::Share {
        high.min(1.0)
    } else {
        high
    };
    Some(Reading {
        quantity,
        value,
        low,
        high,
    })
}

/// Bounds a number barely passes (`just under`, `slightly more than`), in lower case, each
/// with the words that make it near.
const NEAR_BOUNDS: &[&str] = &[
    "just under",
    "just below",
    "just over",
    "just above",
    "just short of",
    "slightly under",
    "slightly below",
    "slightly over",
    "slightly above",
    "slightly more than",
    "slightly less than",
    "a little under",
    "a little over",
    "a little more than",
    "a little less than",
];

/// `reading` of mention `m`, kept within a tenth of the number on its far side when the words
/// right before it (`before`, the text up to the number) make its bound a near one: `just
/// under 25 million` is 22.5 to 25 million, not anything down to 16.7 million.
pub fn near_bound(mut reading: Reading, m: &Mention, before: &str) -> Reading {
    if !matches!(m.hedge, Some(Hedge::LessThan | Hedge::MoreThan)) {
        return reading;
    }
    let tail = before.trim_end();
    // The last few words, at a character boundary.
    let from = tail.char_indices().rev().nth(24).map_or(0, |(i, _)| i);
    let tail = tail.get(from..).unwrap_or_default().to_ascii_lowercase();
    let near = NEAR_BOUNDS.iter().any(|b| {
        tail.strip_suffix(b)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with([' ', '(', '\n']))
    });
    if near {
        let reach = 0.1 * reading.value.abs();
        if m.hedge == Some(Hedge::LessThan) {
            reading.low = reading.low.max(reading.value - reach);
        } else {
            reading.high = reading.high.min(reading.value + reach);
        }
    }
    reading
}

/// The lowest and highest values a figure stands for: its range or value, its tolerance, and
/// its own hedge (`about` reaches 5 per cent of the value either side, `more than` up to a quarter
/// more, `less than` down to four fifths, `nearly` and `almost` down by a tenth, or by five
/// points of a share at most).
pub fn figure_bounds(figure: &Figure) -> (f64, f64) {
    let (low, high) = figure.bounds();
    let Some(v) = figure.central() else {
        return (low, high);
    };
    // `152 million` stands for 151.5 to 152.5 million: a more precise number the source rounded
    // (`151.6 million`) agrees with it.
    let (low, high) = match (figure.value, figure.low, figure.high, figure.tolerance) {
        (Some(_), None, None, None) => {
            let half = written_half_step(v);
            (low - half, high + half)
        }
        _ => (low, high),
    };
    let reach = 0.05 * v.abs();
    // The table spells its hedges with hyphens (`more-than`), as the extractor names them.
    let hedge = figure.hedge.as_deref().map(|h| h.trim().replace('-', " "));
    match hedge.as_deref() {
        Some(
            "about" | "around" | "some" | "roughly" | "approximately" | "an estimated" | "close to",
        ) => (low - reach, high + reach),
        Some("more than" | "over" | "at least" | "above") => (low, high.max(v * 1.25)),
        // `almost four out of five` reaches down a tenth, but no more than five points of a
        // share: not down to 72%.
        Some("nearly" | "almost" | "just under") => {
            let below = if figure.quantity == Quantity::Share {
                (0.1 * v.abs()).min(0.05)
            } else {
                0.1 * v.abs()
            };
            (low.min(v - below), high)
        }
        Some("less than" | "under" | "up to" | "at most" | "below") => (low.min(v / 1.25), high),
        _ => (low, high),
    }
}

/// `14%` for a source's 13.4%: a whole-number percentage with no hedge, against a share the
/// source gives to one decimal, is the writer's rounding of it down or up to a whole number
/// (13% and 14% agree with 13.4%; 15% does not). Only that case: not counts, fractions in
/// words, hedged claims or figures, ranges, nor a figure given as a whole number or to two
/// decimals.
pub fn rounded_percent(m: &Mention, figure: &Figure) -> bool {
    if m.kind != Kind::Percent
        || m.hedge.is_some()
        || is_range(m)
        || m.step.unwrap_or(1.0) < 1.0
        || figure.quantity != Quantity::Share
        || figure.low.is_some()
        || figure.high.is_some()
        || figure.hedge.is_some()
    {
        return false;
    }
    let (Some(n), Some(v)) = (m.value, figure.value) else {
        return false;
    };
    if n.fract() != 0.0 || !v.is_finite() {
        return false;
    }
    let percent = v * 100.0;
    let tenths = percent * 10.0;
    let one_decimal =
        (tenths - tenths.round()).abs() < 1e-6 && (percent - percent.round()).abs() > 1e-6;
    one_decimal && percent.floor() <= n && n <= percent.ceil()
}

/// Just under half the place of the last significant digit of a value written with three or
/// more (`152 million` 0.5 million, `50.4%` 0.05 points), else 0: a value with fewer (`50
/// million`, `$150 billion`) may be a rounding to any place, so it reaches no further. Just
/// under, so that `27.5 million` (27.45 to 27.55) does not meet `27.6 million` (27.55 to 27.65).
fn written_half_step(v: f64) -> f64 {
    let a = v.abs();
    if !a.is_finite() || a == 0.0 {
        return 0.0;
    }
    let mut place = 10f64.powi(a.log10().floor() as i32);
    // The largest power of ten the value is a whole multiple of: the last significant digit's.
    for _ in 0..16 {
        let n = a / place;
        if (n - n.round()).abs() <= 1e-6 * n {
            return if n.round() >= 100.0 {
                place / 2.0 * (1.0 - 1e-6)
            } else {
                0.0
            };
        }
        place /= 10.0;
    }
    0.0
}

/// `$150.2 billion` for a source's `US$150 billion`, `$51.2 billion` for `US$51 billion`: an
/// unhedged claim written with decimals, of a figure given as a whole number of billions, that
/// rounds to the figure at that whole number (the source rounded the same number).
pub fn finer_rounding(m: &Mention, text: &str, reading: &Reading, figure: &Figure) -> bool {
    if m.hedge.is_some()
        || figure.hedge.is_some()
        || figure.low.is_some()
        || figure.high.is_some()
        || figure.tolerance.is_some()
        || !text.contains('.')
    {
        return false;
    }
    let Some(v) = figure.value.filter(|v| v.is_finite() && *v > 0.0) else {
        return false;
    };
    // (Billions only: a count of `16 million` is as often a part of a breakdown that a
    // `16.4 million` of the whole is near by chance.)
    let scale = 1e9;
    let whole = v / scale;
    whole >= 10.0
        && whole == whole.round()
        && (reading.value / scale).round() == whole
        && reading.high - reading.low < scale
}

/// True when the claim's stated value is close to a figure's: within 5 per cent of it, or of
/// the number's own precision. Used where a coincidence must be ruled out, as for wrong-metric.
pub fn tight(reading: &Reading, figure: &Figure) -> bool {
    let Some(v) = figure.central() else {
        return false;
    };
    let slack = (0.05 * reading.value.abs()).max((reading.high - reading.low) / 2.0);
    (v - reading.value).abs() <= slack
}

/// A per-cent figure the sentence makes a change (`soared 47%`), signed by its verb.
pub fn as_change(m: &Mention, sign: i8) -> Option<Reading> {
    let r = read(m)?;
    (r.quantity == Quantity::Share).then(|| {
        let s = f64::from(sign) * 100.0;
        let (a, b) = (r.low * s, r.high * s);
        Reading {
            quantity: Quantity::Change,
            value: r.value * s,
            low: a.min(b),
            high: a.max(b),
        }
    })
}

/// The other way a per-cent figure can be read: `38%` as a rise of 38 per cent, `rose 38%` as
/// a share of 38 per cent. Used only to spot one read as the other.
pub fn alternative(m: &Mention) -> Option<Reading> {
    let r = read(m)?;
    let (quantity, scale) = match (m.kind, r.quantity) {
        (Kind::Percent, Quantity::Share) => (Quantity::Change, 100.0),
        (Kind::Change, Quantity::Change) if r.value > 0.0 => (Quantity::Share, 0.01),
        _ => return None,
    };
    Some(Reading {
        quantity,
        value: r.value * scale,
        low: r.low * scale,
        high: r.high * scale,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    fn reading(text: &str) -> Reading {
        read(&extract(text)[0]).unwrap()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn a_range_has_two_ends_and_a_year_label_is_none() {
        let first = |text: &str| extract(text).into_iter().next().unwrap();
        assert!(is_range(&first("between $99 billion and $145 billion")));
        assert!(is_range(&first("20 million to 40 million")));
        assert!(!is_range(&first("2016 - 40.3 million")));
        assert!(!is_range(&first("40.3 million")));
    }

    #[test]
    fn a_bound_the_number_barely_passes_reaches_a_tenth_past_it() {
        let near = |text: &str| {
            let m = extract(text).into_iter().next().unwrap();
            near_bound(read(&m).unwrap(), &m, &text[..m.start])
        };
        let r = near("just under 25 million");
        assert!(close(r.low, 22_500_000.0), "{r:?}");
        let r = near("slightly more than 40 million");
        assert!(close(r.high, 44_000_000.0), "{r:?}");
        // A bound with nothing before it keeps its reach.
        let r = near("under 25 million");
        assert!(r.low < 17_000_000.0, "{r:?}");
        // `adjust under` is no near bound.
        let r = near("readjust under 25 million");
        assert!(r.low < 17_000_000.0, "{r:?}");
    }

    #[test]
    fn precision_sets_the_interval() {
        let r = reading("3.3 million");
        assert!(
            close(r.low, 3_250_000.0) && close(r.high, 3_350_000.0),
            "{r:?}"
        );
        let r = reading("38%");
        assert!(
            close(r.value, 0.38) && close(r.low, 0.375) && close(r.high, 0.385),
            "{r:?}"
        );
        let r = reading("50,000 victims");
        assert!(close(r.low, 45_000.0) && close(r.high, 55_000.0), "{r:?}");
        let r = reading("10 million more");
        assert!(close(r.low, 9e6) && close(r.high, 11e6), "{r:?}");
    }

    #[test]
    fn round_percentages_reach_two_and_a_half_points() {
        let r = reading("30 per cent");
        assert!(close(r.low, 0.275) && close(r.high, 0.325), "{r:?}");
        let r = reading("38 per cent");
        assert!(close(r.low, 0.375) && close(r.high, 0.385), "{r:?}");
    }

    #[test]
    fn fractions_use_the_band() {
        let r = reading("one-third of victims");
        assert!(
            r.meets((0.34, 0.34)) && r.meets((0.35, 0.35)) && !r.meets((0.38, 0.38)),
            "{r:?}"
        );
    }

    #[test]
    fn hedges_move_the_bounds() {
        assert!(reading("more than 3 million").meets((3_300_000.0, 3_300_000.0)));
        assert!(reading("nearly 40%").meets((0.38, 0.38)));
        assert!(!reading("more than half of them").meets((0.35, 0.35)));
        assert!(!reading("up to 30%").meets((0.38, 0.38)));
        // A round bound is itself a rounding, by up to 2 per cent; a precise one is not.
        assert!(reading("over 50 million").meets((49_600_000.0, 49_600_000.0)));
        assert!(!reading("over 50 million").meets((48_500_000.0, 48_500_000.0)));
        assert!(!reading("more than 28 million").meets((27_600_000.0, 27_600_000.0)));
        assert!(reading("fewer than 40,000").meets((40_500.0, 40_500.0)));
    }

    #[test]
    fn about_reaches_less_the_more_precisely_a_number_is_written() {
        assert!(reading("about 50 million").meets((49_600_000.0, 49_600_000.0)));
        assert!(!reading("some 46.9 million").meets((49_600_000.0, 49_600_000.0)));
        assert!(!reading("about 38%").meets((0.35, 0.35)));
        assert!(reading("nearly 140 million").meets((138_000_000.0, 138_000_000.0)));
        // A quarter's round number reaches as far as one digit does; 24 does not.
        assert!(reading("nearly $250 billion").meets((236e9, 236e9)));
        assert!(reading("about 75%").meets((0.69, 0.69)));
        assert!(!reading("about 24%").meets((0.22, 0.22)));
        // `half a million` is written to a tenth of a million.
        assert!(!reading("nearly half a million").meets((202_478.0, 202_478.0)));
        assert!(reading("nearly half a million").meets((460_000.0, 460_000.0)));
        // A round count is already ±10%; `nearly` reaches no further below.
        assert!(reading("nearly 50 million").meets((45_800_000.0, 45_800_000.0)));
        assert!(!reading("nearly 50 million").meets((40_300_000.0, 40_300_000.0)));
    }

    #[test]
    fn four_digits_reach_nearly_to_the_next_unit() {
        let r = reading("2.134 million");
        assert!(r.meets((2_134_900.0, 2_134_900.0)), "{r:?}");
        assert!(!r.meets((2_135_000.0, 2_135_000.0)), "{r:?}");
        assert!(!reading("1.8 million").meets((1_899_000.0, 1_899_000.0)));
    }

    #[test]
    fn a_figure_written_with_three_digits_stands_for_what_rounds_to_it() {
        assert!(close(
            written_half_step(152_000_000.0),
            500_000.0 * (1.0 - 1e-6)
        ));
        assert!(close(written_half_step(0.504), 0.0005 * (1.0 - 1e-6)));
        assert!(close(written_half_step(202_478.0), 0.5 * (1.0 - 1e-6)));
        // Two digits or one may be a rounding to any place: no reach.
        for v in [
            150_000_000_000.0,
            50_000_000.0,
            0.38,
            0.1,
            1000.0,
            -11.0,
            0.0,
        ] {
            assert_eq!(written_half_step(v), 0.0, "{v}");
        }
        let table = crate::table::Table::builtin_shared().unwrap();
        let figure = &table.figures[table.position("ilo-child-labour-2016").unwrap()];
        let bounds = figure_bounds(figure);
        assert!(reading("151.6 million").meets(bounds));
        assert!(reading("151.5 million").meets(bounds));
        assert!(!reading("151.4 million").meets(bounds));
        assert!(!reading("153 million").meets(bounds));
        // One step off at the figure's own precision still differs.
        let gems = &table.figures[table.position("ilo-gems-2022-forced-labour-total").unwrap()];
        assert!(!reading("27.5 million").meets(figure_bounds(gems)));
        assert!(reading("27.6 million").meets(figure_bounds(gems)));
    }

    #[test]
    fn a_whole_percent_is_a_rounding_of_a_one_decimal_share() {
        let table = crate::table::Table::builtin_shared().unwrap();
        let punjab = &table.figures[table
            .position("pakistan-child-labour-punjab-pcls-5-14")
            .unwrap()];
        assert_eq!(punjab.value, Some(0.134));
        let first = |text: &str| extract(text).into_iter().next().unwrap();
        // 13.4% written as 13% or 14% is the writer's rounding.
        assert!(rounded_percent(&first("13%"), punjab));
        assert!(rounded_percent(&first("14 per cent"), punjab));
        // Another whole number, a decimal, a hedge or a fraction in words is not.
        assert!(!rounded_percent(&first("15%"), punjab));
        assert!(!rounded_percent(&first("12%"), punjab));
        assert!(!rounded_percent(&first("13.9%"), punjab));
        assert!(!rounded_percent(&first("about 14%"), punjab));
        assert!(!rounded_percent(&first("one in seven"), punjab));
        // A figure the source gives as a whole number keeps its own band.
        let children = &table.figures[table.position("unodc-glotip-2024-children-share").unwrap()];
        assert!(!rounded_percent(&first("37%"), children));
        assert!(!rounded_percent(&first("39%"), children));
    }

    #[test]
    fn tripled_is_two_and_a_half_to_three_and_a_half() {
        let r = reading("tripled");
        assert_eq!(
            (r.quantity, r.low, r.high),
            (Quantity::Multiplier, 2.5, 3.5)
        );
    }
}
