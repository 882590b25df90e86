//! The English vocabulary of numbers: number words, scales, fractions, hedges, currencies and
//! the context words that tell a statistic from a date, a label or a counter.

use super::Hedge;

/// Value of a cardinal word below one hundred: `zero` … `nineteen`, `twenty` … `ninety`.
pub fn small_number(word: &str) -> Option<f64> {
    Some(match word {
        "zero" | "nought" | "naught" => 0.0,
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
        "forty" | "fourty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// True for the tens words that take a unit after them (`twenty-one`, `forty two`).
pub fn is_tens(value: f64) -> bool {
    (20.0..100.0).contains(&value) && value % 10.0 == 0.0
}

/// Value of an ordinal word below one hundred: `first` 1 … `nineteenth` 19, `twentieth` … `ninetieth`.
pub fn small_ordinal(word: &str) -> Option<f64> {
    Some(match word {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" | "nineth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        _ => return None,
    })
}

/// A tens word glued to a unit or an ordinal: `twentyfifth` (25, ordinal), `fortytwo` (42).
pub fn glued_tens(word: &str) -> Option<(f64, bool)> {
    const TENS: [(&str, f64); 9] = [
        ("twenty", 20.0),
        ("thirty", 30.0),
        ("forty", 40.0),
        ("fourty", 40.0),
        ("fifty", 50.0),
        ("sixty", 60.0),
        ("seventy", 70.0),
        ("eighty", 80.0),
        ("ninety", 90.0),
    ];
    let (tens, rest) = TENS
        .iter()
        .find_map(|&(t, v)| word.strip_prefix(t).map(|rest| (v, rest)))?;
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    if let Some(u) = small_number(rest).filter(|u| (1.0..10.0).contains(u)) {
        return Some((tens + u, false));
    }
    let u = small_ordinal(rest).filter(|u| (1.0..10.0).contains(u))?;
    Some((tens + u, true))
}

/// Multiplier of a scale word: `thousand`, `lakh`, `million`, `crore`, `billion` … (`hundred` is apart).
pub fn scale_word(word: &str) -> Option<f64> {
    Some(match word {
        "thousand" | "thousands" => 1e3,
        "lakh" | "lakhs" | "lac" | "lacs" | "lakh's" | "lkh" | "lkhs" => 1e5,
        "million" | "millions" => 1e6,
        "crore" | "crores" | "cr" | "krore" | "krores" | "koti" => 1e7,
        "billion" | "billions" => 1e9,
        "trillion" | "trillions" => 1e12,
        "quadrillion" => 1e15,
        "quintillion" => 1e18,
        "sextillion" => 1e21,
        _ => return None,
    })
}

/// Multiplier of a scale ordinal: `hundredth`, `thousandth`, `millionth` …
pub fn scale_ordinal(word: &str) -> Option<f64> {
    Some(match word {
        "hundredth" | "hundredths" => 1e2,
        "thousandth" | "thousandths" => 1e3,
        "millionth" | "millionths" => 1e6,
        "billionth" | "billionths" => 1e9,
        "trillionth" | "trillionths" => 1e12,
        _ => return None,
    })
}

/// Multiplier of a scale abbreviation glued to or just after digits (`27.6m`, `US$236bn`, `5k`).
///
/// `raw` keeps the case: a capital `M` is a million, a lone lower-case `m` only where money or a
/// count is meant (the caller decides), and `G`, `B`, `T` only in capitals.
pub fn scale_abbreviation(raw: &str) -> Option<f64> {
    Some(match raw {
        "k" | "K" => 1e3,
        "m" | "M" | "mn" | "Mn" | "MN" | "mln" | "Mln" | "mil" | "mill" | "MM" => 1e6,
        "bn" | "Bn" | "BN" | "bln" | "Bln" | "b" | "B" => 1e9,
        "G" => 1e9,
        "tn" | "Tn" | "trn" | "tln" | "T" => 1e12,
        "cr" | "Cr" => 1e7,
        _ => return None,
    })
}

/// Denominator of a fraction word: `half` 2, `third` 3, `quarter` 4 … `tenth` 10, `hundredth` 100.
pub fn denominator(word: &str) -> Option<f64> {
    let singular = word.strip_suffix('s').unwrap_or(word);
    Some(match singular {
        "half" | "halve" => 2.0,
        "quarter" => 4.0,
        _ => {
            if let Some(v) = small_ordinal(singular).filter(|&v| v >= 3.0) {
                v
            } else {
                scale_ordinal(word)?
            }
        }
    })
}

/// Factor of a multiplier verb or adjective: `doubled` 2, `tripled` 3, `halved` 0.5, `fivefold` 5.
pub fn multiplier_word(word: &str) -> Option<f64> {
    Some(match word {
        "doubled" | "doubling" | "doubles" | "twofold" => 2.0,
        "tripled" | "trebled" | "tripling" | "trebling" | "triples" | "trebles" | "threefold" => {
            3.0
        }
        "quadrupled" | "quadrupling" | "quadruples" | "fourfold" => 4.0,
        "quintupled" | "fivefold" => 5.0,
        "sixfold" => 6.0,
        "sevenfold" => 7.0,
        "eightfold" => 8.0,
        "ninefold" => 9.0,
        "tenfold" => 10.0,
        "twentyfold" => 20.0,
        "hundredfold" => 100.0,
        "halved" | "halving" | "halves" => 0.5,
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

/// True for a weekday name or abbreviation.
pub fn is_weekday(word: &str) -> bool {
    matches!(
        word,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "mon"
            | "tue"
            | "tues"
            | "wed"
            | "thu"
            | "thur"
            | "thurs"
            | "fri"
            | "sat"
            | "sun"
    )
}

/// Words after a number that make it a length of time (`15 years`), not a statistic.
pub fn is_time_unit(word: &str) -> bool {
    matches!(
        word,
        "year"
            | "years"
            | "yr"
            | "yrs"
            | "month"
            | "months"
            | "mth"
            | "mths"
            | "week"
            | "weeks"
            | "wk"
            | "wks"
            | "day"
            | "days"
            | "night"
            | "nights"
            | "hour"
            | "hours"
            | "hr"
            | "hrs"
            | "h"
            | "minute"
            | "minutes"
            | "min"
            | "mins"
            | "second"
            | "seconds"
            | "sec"
            | "secs"
            | "decade"
            | "decades"
            | "century"
            | "centuries"
            | "fortnight"
            | "fortnights"
            | "quarter"
            | "quarters"
            | "semester"
            | "term"
            | "terms"
            | "session"
            | "sessions"
            | "round"
            | "rounds"
            | "innings"
            | "overs"
            | "weekend"
            | "weekends"
    )
}

/// Physical units written after a number (`3km`, `10 kg`): measurements, not statistics.
pub fn measurement_unit(word: &str) -> Option<&'static str> {
    Some(match word {
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "m" | "metre" | "metres" | "meter" | "meters" => "m",
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => "cm",
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => "mm",
        "mile" | "miles" | "mi" => "mile",
        "ft" | "foot" | "feet" => "ft",
        "inch" | "inches" | "in." => "inch",
        "kg" | "kgs" | "kilo" | "kilos" | "kilogram" | "kilograms" | "kilogramme"
        | "kilogrammes" => "kg",
        "g" | "gram" | "grams" | "gramme" | "grammes" | "gm" | "gms" => "g",
        "mg" | "milligram" | "milligrams" => "mg",
        "lb" | "lbs" => "lb",
        "oz" | "ounce" | "ounces" => "oz",
        "ton" | "tons" | "tonne" | "tonnes" | "t" => "t",
        "litre" | "litres" | "liter" | "liters" | "l" | "ml" | "millilitre" | "millilitres" => "l",
        "gallon" | "gallons" => "gal",
        "acre" | "acres" => "acre",
        "hectare" | "hectares" | "ha" => "ha",
        "kanal" | "kanals" | "marla" | "marlas" => "kanal",
        "sq" | "sqft" | "sqkm" => "sq",
        "km2" | "km²" => "km2",
        "mph" | "kmph" | "kph" | "km/h" | "knots" => "speed",
        "mw" | "gw" | "kw" | "kwh" | "mwh" | "gwh" | "megawatt" | "megawatts" | "gigawatts" => {
            "power"
        }
        "c" | "°c" | "f" | "°f" | "celsius" | "fahrenheit" | "degrees" => "temperature",
        "mb" | "gb" | "tb" | "kb" | "mbps" | "gbps" => "data",
        "cup" | "cups" => "cup",
        "storey" | "storeys" | "story-high" => "storey",
        _ => return None,
    })
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
            | "view"
            | "subscribers"
            | "subscriber"
            | "replies"
            | "reply"
            | "retweets"
            | "reposts"
            | "reads"
            | "reactions"
            | "votes"
            | "claps"
            | "responses"
            | "members"
            | "pins"
            | "tweets"
            | "posts"
    )
}

/// Words before a number that make it a reference or a label (`Section 3`, `Tier 2`).
pub fn is_label_word(word: &str) -> bool {
    matches!(
        word,
        "act"
            | "section"
            | "sections"
            | "sec"
            | "article"
            | "articles"
            | "art"
            | "clause"
            | "clauses"
            | "rule"
            | "rules"
            | "chapter"
            | "chapters"
            | "page"
            | "pages"
            | "p"
            | "pp"
            | "no"
            | "nos"
            | "nrs"
            | "sdg"
            | "sdgs"
            | "goal"
            | "target"
            | "indicator"
            | "resolution"
            | "paragraph"
            | "para"
            | "paras"
            | "vol"
            | "volume"
            | "tier"
            | "phase"
            | "level"
            | "grade"
            | "class"
            | "standard"
            | "room"
            | "flight"
            | "route"
            | "highway"
            | "motorway"
            | "convention"
            | "protocol"
            | "ordinance"
            | "covid"
            | "version"
            | "edition"
            | "schedule"
            | "part"
            | "item"
            | "annex"
            | "annexure"
            | "appendix"
            | "figure"
            | "fig"
            | "table"
            | "box"
            | "chart"
            | "graph"
            | "zone"
            | "sector"
            | "block"
            | "ward"
            | "plot"
            | "street"
            | "road"
            | "lane"
            | "gate"
            | "platform"
            | "terminal"
            | "unit"
            | "station"
            | "district"
            | "circle"
            | "division"
            | "wave"
            | "season"
            | "episode"
            | "series"
            | "vision"
            | "agenda"
            | "category"
            | "cat"
            | "stage"
            | "step"
            | "bill"
            | "amendment"
            | "order"
            | "regulation"
            | "regulations"
            | "directive"
            | "decree"
            | "law"
            | "code"
            | "ipc"
            | "ppc"
            | "crpc"
            | "bns"
            | "fir"
            | "case"
            | "docket"
            | "file"
            | "form"
            | "model"
            | "channel"
            | "frequency"
            | "rescue"
            | "ext"
            | "extension"
            | "pin"
            | "pincode"
            | "zip"
            | "postcode"
            | "po"
            | "box."
            | "batch"
            | "cohort"
            | "group"
            | "team"
            | "match"
            | "game"
            | "lot"
            | "serial"
            | "id"
            | "roll"
            | "seat"
            | "constituency"
            | "na"
            | "ps"
            | "pk"
            | "pb"
            | "floor"
            | "house"
            | "flat"
            | "apartment"
            | "suite"
            | "villa"
            | "building"
            | "tower"
            | "camp"
            | "parliament"
            | "congress"
            | "assembly"
            | "summit"
            | "cop"
            | "g"
    )
}

/// Words before a number that ask for a phone number or a short code (`call 1098`).
pub fn is_phone_word(word: &str) -> bool {
    matches!(
        word,
        "call"
            | "calling"
            | "dial"
            | "dialling"
            | "dialing"
            | "helpline"
            | "hotline"
            | "phone"
            | "telephone"
            | "tel"
            | "mobile"
            | "cell"
            | "whatsapp"
            | "sms"
            | "texting"
            | "texted"
            | "text"
            | "fax"
            | "contact"
            | "ph"
            | "mob"
            | "tollfree"
            | "uan"
    )
}

/// Ordinal suffixes glued to digits (`15th`).
pub fn is_ordinal_suffix(word: &str) -> bool {
    matches!(word, "st" | "nd" | "rd" | "th" | "d")
}

/// A hedge of one word placed before a number.
pub fn hedge_word(word: &str) -> Option<Hedge> {
    Some(match word {
        "about" | "around" | "approximately" | "roughly" | "some" | "estimated" | "approx"
        | "circa" | "ca" | "c" | "nigh" | "apprx" | "abt" => Hedge::About,
        "nearly" | "almost" | "virtually" => Hedge::Nearly,
        "over" | "above" | "exceeding" | "exceeds" | "exceed" | "surpassing" | "surpass"
        | "topping" | "beyond" => Hedge::MoreThan,
        "under" | "below" => Hedge::LessThan,
        "upto" => Hedge::UpTo,
        _ => return None,
    })
}

/// A hedge of two words placed before a number (`more than`, `at least`, `up to`).
pub fn hedge_pair(first: &str, second: &str) -> Option<Hedge> {
    Some(match (first, second) {
        (
            "more" | "greater" | "larger" | "bigger" | "higher" | "over" | "just" | "well"
            | "slightly" | "comfortably",
            "than" | "over" | "above",
        )
        | ("upwards" | "upward", "of")
        | ("excess", "of")
        | ("north", "of") => Hedge::MoreThan,
        ("less" | "fewer" | "lower" | "smaller", "than")
        | ("just" | "well" | "slightly", "under" | "below")
        | ("short" | "shy", "of") => Hedge::LessThan,
        ("at", "least") | ("minimum", "of") => Hedge::AtLeast,
        ("up", "to") | ("at", "most") | ("maximum", "of") => Hedge::UpTo,
        ("close", "to") | ("nearly", "to") => Hedge::Nearly,
        ("an", "estimated") | ("the", "estimated") | ("some", "estimated") => Hedge::About,
        _ => return None,
    })
}

/// A hedge of three words placed before a number (`as many as`, `in excess of`, `no fewer than`).
pub fn hedge_triple(a: &str, b: &str, c: &str) -> Option<Hedge> {
    Some(match (a, b, c) {
        ("as", "many" | "much" | "high" | "large", "as") => Hedge::UpTo,
        ("as", "few" | "little" | "low", "as") => Hedge::AtLeast,
        ("in", "excess", "of") | ("a", "little", "over" | "above") => Hedge::MoreThan,
        ("no" | "not", "fewer" | "less", "than") => Hedge::AtLeast,
        ("no" | "not", "more", "than") => Hedge::UpTo,
        ("a", "little", "under" | "below") | ("just", "short", "of") => Hedge::LessThan,
        ("more", "or", "less") | ("in", "the", "region") | ("the", "best", "part") => Hedge::About,
        ("a", "maximum", "of") => Hedge::UpTo,
        ("a", "minimum", "of") => Hedge::AtLeast,
        _ => return None,
    })
}

/// Currency of a word written before or after an amount (`Rs`, `PKR`, `dollars`, `naira`).
pub fn currency_word(word: &str) -> Option<&'static str> {
    Some(match word {
        "rs" | "pkr" | "rupees" | "rupee" | "re" => "PKR",
        "inr" => "INR",
        "usd" | "dollars" | "dollar" | "bucks" | "buck" | "usdollars" => "USD",
        "eur" | "euros" | "euro" => "EUR",
        "gbp" | "pounds" | "pound" | "sterling" | "quid" => "GBP",
        "ngn" | "naira" => "NGN",
        "kes" | "ksh" | "kshs" | "sh" | "shs" | "shillings" | "shilling" => "KES",
        "ugx" | "ush" => "UGX",
        "tzs" | "tsh" => "TZS",
        "zar" | "rand" => "ZAR",
        "ghs" | "cedis" | "cedi" => "GHS",
        "bdt" | "tk" | "taka" | "tka" => "BDT",
        "lkr" => "LKR",
        "npr" => "NPR",
        "aed" | "dirhams" | "dirham" | "dhs" => "AED",
        "sar" | "riyals" | "riyal" | "rials" | "rial" | "saudiriyal" => "SAR",
        "qar" => "QAR",
        "kwd" | "dinars" | "dinar" => "KWD",
        "cny" | "rmb" | "yuan" | "renminbi" | "kuai" => "CNY",
        "jpy" | "yen" => "JPY",
        "cad" => "CAD",
        "aud" => "AUD",
        "chf" | "francs" | "franc" => "CHF",
        "myr" | "rm" | "ringgit" | "ringgits" => "MYR",
        "egp" | "le" | "l.e" | "geneh" => "EGP",
        "lbp" => "LBP",
        "bgn" => "BGN",
        "ils" | "shekels" | "shekel" | "nis" => "ILS",
        "uah" | "hryvnia" | "hryvnias" => "UAH",
        "mnt" | "tugriks" | "tugrik" => "MNT",
        "etb" | "birr" => "ETB",
        "php" | "pesos" | "peso" => "PHP",
        "idr" | "rupiah" => "IDR",
        "try" | "lira" => "TRY",
        "rub" | "roubles" | "rubles" | "rouble" | "ruble" => "RUB",
        "brl" | "reais" | "real" => "BRL",
        "afn" | "afghanis" | "afghani" => "AFN",
        "mwk" | "kwacha" => "MWK",
        "xof" | "cfa" => "XOF",
        _ => return None,
    })
}

/// Minor units of a currency (`cents`, `pence`, `paise`): how many make one major unit.
pub fn minor_currency(word: &str) -> Option<f64> {
    Some(match word {
        "cents" | "cent" | "c" | "pence" | "penny" | "pennies" | "p" | "paise" | "paisa"
        | "kobo" | "sen" | "sens" | "kopiykas" | "kopiyka" | "mao" | "jiao" => 100.0,
        _ => return None,
    })
}

/// Currency of a symbol written before or after an amount (`$`, `£`, `€`, `₹`, `₦`).
pub fn currency_symbol(symbol: &str) -> Option<&'static str> {
    Some(match symbol {
        "$" | "＄" => "USD",
        "£" => "GBP",
        "€" => "EUR",
        "₹" => "INR",
        "₦" => "NGN",
        "¥" | "￥" => "JPY",
        "₨" => "PKR",
        "৳" => "BDT",
        "₵" => "GHS",
        "¢" => "cent",
        "₱" => "PHP",
        "₩" => "KRW",
        "₽" => "RUB",
        "₺" => "TRY",
        "₪" => "ILS",
        _ => return None,
    })
}

/// Currency of a prefix before `$` (`US$`, `A$`, `HK$`).
pub fn dollar_prefix(word: &str) -> Option<&'static str> {
    Some(match word {
        "us" | "u.s" => "USD",
        "a" | "au" | "aus" => "AUD",
        "c" | "ca" | "can" => "CAD",
        "hk" => "HKD",
        "nz" => "NZD",
        "s" | "sg" => "SGD",
        "nt" => "TWD",
        "z" => "ZWL",
        "r" => "BRL",
        _ => return None,
    })
}

/// Words that make a percentage a change when they come before it (`rose 5%`, `up 31pc`), with its
/// sign.
pub fn change_direction(word: &str) -> f64 {
    match word {
        "rose" | "risen" | "rise" | "rises" | "rising" | "increased" | "increase" | "increases"
        | "increasing" | "grew" | "grown" | "grow" | "grows" | "growth" | "jumped" | "jump"
        | "jumps" | "surged" | "surge" | "surges" | "climbed" | "climb" | "climbs" | "up"
        | "higher" | "spike" | "spiked" | "hike" | "hiked" | "soared" | "soar" | "rocketed"
        | "leapt" | "leaped" | "leap" | "gained" | "gain" | "gains" | "swelled" | "expanded"
        | "raised" | "raise" | "raises" | "more" | "boosted" | "increment" | "upswing"
        | "uptick" | "appreciated" => 1.0,
        "fell" | "fallen" | "fall" | "falls" | "falling" | "dropped" | "drop" | "drops"
        | "decreased" | "decrease" | "decreases" | "declined" | "decline" | "declines"
        | "declining" | "down" | "lower" | "reduction" | "reduced" | "slumped" | "slump"
        | "plunged" | "plunge" | "cut" | "cuts" | "dipped" | "dip" | "shrank" | "shrunk"
        | "contracted" | "tumbled" | "slid" | "slipped" | "plummeted" | "lost" | "less"
        | "fewer" | "depreciated" | "eased" | "downturn" | "slashed" => -1.0,
        _ => 0.0,
    }
}

/// Nouns after `N times` that make it a multiplier (`three times more`, `five times the`).
pub fn is_comparative(word: &str) -> bool {
    matches!(
        word,
        "more"
            | "less"
            | "fewer"
            | "higher"
            | "lower"
            | "greater"
            | "larger"
            | "bigger"
            | "smaller"
            | "as"
            | "the"
            | "that"
            | "likelier"
            | "likely"
            | "over"
            | "faster"
            | "slower"
            | "worse"
            | "better"
            | "longer"
            | "richer"
            | "poorer"
            | "cheaper"
            | "costlier"
            | "above"
            | "what"
            | "than"
    )
}

/// Verbs and nouns of ranking before an ordinal (`ranked third`): a rank is a claim.
pub fn is_rank_word(word: &str) -> bool {
    matches!(
        word,
        "ranked"
            | "ranks"
            | "rank"
            | "ranking"
            | "placed"
            | "came"
            | "finished"
            | "stood"
            | "stands"
            | "position"
            | "positioned"
            | "slipped"
            | "climbed"
            | "fell"
            | "dropped"
            | "rose"
    )
}

/// Superlatives after an ordinal that rank something (`third-largest`, `second highest`).
pub fn is_superlative(word: &str) -> bool {
    matches!(
        word,
        "largest"
            | "biggest"
            | "highest"
            | "lowest"
            | "most"
            | "least"
            | "worst"
            | "best"
            | "greatest"
            | "smallest"
            | "fastest"
            | "poorest"
            | "richest"
            | "deadliest"
            | "busiest"
            | "top"
            | "leading"
            | "populous"
    )
}

/// Determiners before a small number word that make it a reference, not a count (`the two men`).
pub fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "these"
            | "those"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "your"
            | "my"
            | "both"
            | "all"
            | "every"
            | "each"
            | "whose"
            | "which"
            | "first"
            | "last"
            | "next"
            | "other"
            | "another"
            | "any"
    )
}

/// Nouns after a number that name people or things counted in statistics about people.
pub fn is_population_noun(word: &str) -> bool {
    matches!(
        word,
        "population" | "people" | "persons" | "inhabitants" | "residents" | "births" | "live"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_vocabulary() {
        assert_eq!(small_number("seventeen"), Some(17.0));
        assert!(is_tens(40.0) && !is_tens(4.0));
        assert_eq!(scale_word("lakh"), Some(1e5));
        assert_eq!(scale_abbreviation("bn"), Some(1e9));
        assert_eq!(denominator("thirds"), Some(3.0));
        assert_eq!(denominator("hundredths"), Some(100.0));
        assert_eq!(denominator("second"), None);
        assert_eq!(multiplier_word("trebled"), Some(3.0));
        assert_eq!(month("sept"), Some(9));
        assert_eq!(hedge_pair("more", "than"), Some(Hedge::MoreThan));
        assert_eq!(hedge_word("nearly"), Some(Hedge::Nearly));
        assert_eq!(hedge_triple("as", "many", "as"), Some(Hedge::UpTo));
        assert_eq!(glued_tens("twentyfifth"), Some((25.0, true)));
        assert_eq!(glued_tens("fortytwo"), Some((42.0, false)));
        assert_eq!(currency_word("naira"), Some("NGN"));
    }
}
