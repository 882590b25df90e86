//! The English vocabulary of numbers: number words, scales, fractions, hedges and context words.

use super::Hedge;

/// Lower-cases an ASCII word into `buf`; `None` when it is too long or not ASCII (no number word is).
pub fn lower<'a>(word: &str, buf: &'a mut [u8; 24]) -> Option<&'a str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// Value of a cardinal word below one hundred: `one` … `nineteen`, `twenty` … `ninety`.
pub fn small_number(word: &str) -> Option<f64> {
    Some(match word {
        "zero" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// True for the tens words that take a hyphenated unit (`twenty-one`).
pub fn is_tens(word: &str) -> bool {
    small_number(word).is_some_and(|v| v >= 20.0)
}

/// Multiplier of a scale word: `hundred`, `thousand`, `million`, `lakh`, `crore` …
pub fn scale_word(word: &str) -> Option<f64> {
    Some(match word {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "lakh" | "lakhs" | "lac" | "lacs" => 1e5,
        "million" | "millions" => 1e6,
        "crore" | "crores" => 1e7,
        "billion" | "billions" => 1e9,
        "trillion" | "trillions" => 1e12,
        _ => return None,
    })
}

/// Multiplier of a scale abbreviation written after a number (`27.6m`, `US$236bn`, `5k`).
pub fn scale_abbreviation(word: &str) -> Option<f64> {
    Some(match word {
        "k" => 1e3,
        "m" | "mn" | "mln" => 1e6,
        "bn" | "bln" | "b" => 1e9,
        "tn" | "trn" => 1e12,
        _ => return None,
    })
}

/// Denominator of a fraction word: `half` 2, `third` 3, `quarter` 4 … `tenth` 10.
pub fn denominator(word: &str) -> Option<f64> {
    Some(match word {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" | "fourth" | "fourths" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "seventh" | "sevenths" => 7.0,
        "eighth" | "eighths" => 8.0,
        "ninth" | "ninths" => 9.0,
        "tenth" | "tenths" => 10.0,
        _ => return None,
    })
}

/// Factor of a multiplier verb or adjective: `doubled` 2, `tripled` 3, `halved` 0.5, `fivefold` 5.
pub fn multiplier_word(word: &str) -> Option<f64> {
    Some(match word {
        "doubled" | "doubling" | "twofold" => 2.0,
        "tripled" | "trebled" | "tripling" | "trebling" | "threefold" => 3.0,
        "quadrupled" | "quadrupling" | "fourfold" => 4.0,
        "fivefold" => 5.0,
        "sixfold" => 6.0,
        "sevenfold" => 7.0,
        "eightfold" => 8.0,
        "ninefold" => 9.0,
        "tenfold" => 10.0,
        "halved" | "halving" => 0.5,
        _ => return None,
    })
}

/// Month number of an English month name or its common abbreviation.
pub fn month(word: &str) -> Option<u32> {
    Some(match word {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// Words after a number that make it a length of time (`15 years`), not a statistic.
pub fn is_time_unit(word: &str) -> bool {
    matches!(
        word,
        "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "hour"
            | "hours"
            | "minute"
            | "minutes"
            | "decade"
            | "decades"
            | "century"
            | "centuries"
            | "yrs"
    )
}

/// Words after a number that mark page furniture: social counters and widgets.
pub fn is_furniture(word: &str) -> bool {
    matches!(
        word,
        "fans"
            | "followers"
            | "follower"
            | "likes"
            | "like"
            | "shares"
            | "share"
            | "comments"
            | "comment"
            | "views"
            | "subscribers"
            | "replies"
            | "retweets"
            | "reposts"
            | "reads"
    )
}

/// Words before a number that make it a reference or label (`Section 3`, `Tier 2`), not a statistic.
pub fn is_reference_word(word: &str) -> bool {
    matches!(
        word,
        "act"
            | "section"
            | "sections"
            | "article"
            | "articles"
            | "clause"
            | "rule"
            | "chapter"
            | "page"
            | "p"
            | "pp"
            | "no"
            | "number"
            | "sdg"
            | "goal"
            | "target"
            | "resolution"
            | "paragraph"
            | "para"
            | "vol"
            | "volume"
            | "tier"
            | "phase"
            | "level"
            | "grade"
            | "class"
            | "room"
            | "flight"
            | "route"
            | "convention"
            | "protocol"
            | "ordinance"
            | "covid"
            | "version"
            | "edition"
            | "aged"
            | "age"
            | "ages"
    )
}

/// Ordinal suffixes glued to digits (`15th`).
pub fn is_ordinal_suffix(word: &str) -> bool {
    matches!(word, "st" | "nd" | "rd" | "th")
}

/// A hedge made of one word placed before a number.
pub fn hedge_word(word: &str) -> Option<Hedge> {
    Some(match word {
        "about" | "around" | "approximately" | "roughly" | "some" | "estimated" | "approx"
        | "circa" => Hedge::About,
        "nearly" | "almost" => Hedge::Nearly,
        "over" | "above" | "exceeding" => Hedge::MoreThan,
        "under" | "below" => Hedge::LessThan,
        _ => return None,
    })
}

/// A hedge made of two words placed before a number (`more than`, `at least`, `up to`).
pub fn hedge_pair(first: &str, second: &str) -> Option<Hedge> {
    Some(match (first, second) {
        ("more" | "over" | "just" | "well", "than" | "over") => Hedge::MoreThan,
        ("less" | "fewer", "than") | ("just", "under") => Hedge::LessThan,
        ("at", "least") => Hedge::AtLeast,
        ("up", "to") | ("at", "most") => Hedge::UpTo,
        ("close", "to") => Hedge::Nearly,
        ("an", "estimated") => Hedge::About,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercases_small_ascii_words_only() {
        let mut buf = [0u8; 24];
        assert_eq!(lower("MILLION", &mut buf), Some("million"));
        assert_eq!(lower("naïve", &mut buf), None);
        assert_eq!(lower(&"x".repeat(30), &mut buf), None);
    }

    #[test]
    fn reads_the_vocabulary() {
        assert_eq!(small_number("seventeen"), Some(17.0));
        assert!(is_tens("forty") && !is_tens("four"));
        assert_eq!(scale_word("lakh"), Some(1e5));
        assert_eq!(scale_abbreviation("bn"), Some(1e9));
        assert_eq!(denominator("thirds"), Some(3.0));
        assert_eq!(multiplier_word("trebled"), Some(3.0));
        assert_eq!(month("sept"), Some(9));
        assert_eq!(hedge_pair("more", "than"), Some(Hedge::MoreThan));
        assert_eq!(hedge_word("nearly"), Some(Hedge::Nearly));
    }
}
