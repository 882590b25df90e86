//! The language of a document, and a reading of Portuguese and Spanish prose in the words the
//! check knows.
//!
//! The check reads English. A document whose opening is plainly Portuguese or Spanish (counted by
//! its most common function words against English ones, so an English article that quotes a
//! Spanish phrase stays English) is read through a small glossary: its numbers in the document's
//! own convention (`1,9` and `1.607.000` with a decimal comma, unless the document writes `3.3`),
//! its scale words (`mil`, `milhão`, `millones`, `mil millones`), `por cento`, and the words of the
//! topic and of its populations (`trabalho infantil`, `trata de personas`, `vítimas`, `niños`).
//! Every other word is kept as it is. The glossed prose keeps a map back to the file, so findings
//! point at, and quote, the file's own words.

use super::sourcemap::{Builder, SourceMap};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The language a document is read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    /// English, and every document not plainly in another language.
    #[default]
    English,
    /// Portuguese.
    Portuguese,
    /// Spanish.
    Spanish,
}

/// How many bytes of the prose the language is judged from.
const SAMPLE: usize = 4096;

/// The language of `text`, judged from the function words of its first few kilobytes: English
/// unless Portuguese or Spanish ones are many and outnumber English ones three to one.
pub fn detect(text: &str) -> Language {
    let mut end = text.len().min(SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = text.get(..end).unwrap_or_default();
    // Portuguese and Spanish prose of any length writes accented letters (`não`, `é`, `años`,
    // `según`), all of which start with the byte 0xC3 in UTF-8: without one, the opening is not
    // plainly either, and the words need not be counted.
    if memchr::memchr(0xC3, sample.as_bytes()).is_none() {
        return Language::English;
    }
    let (mut en, mut shared, mut pt, mut es) = (0usize, 0usize, 0usize, 0usize);
    let mut lowered = String::new();
    for word in sample.split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() || word.len() > 4 {
            continue;
        }
        let word = if word.bytes().all(|b| b.is_ascii_lowercase()) {
            word
        } else {
            lowered.clear();
            lowered.extend(word.chars().flat_map(char::to_lowercase));
            lowered.as_str()
        };
        match word {
            "the" | "of" | "and" | "to" | "in" | "is" | "that" | "for" | "with" | "was" | "are"
            | "on" | "by" | "from" | "has" | "have" | "were" | "this" | "it" | "its" | "at"
            | "an" | "as" | "be" | "or" | "not" | "they" | "said" => en += 1,
            "de" | "que" | "para" | "se" | "por" => shared += 1,
            "não" | "em" | "com" | "uma" | "um" | "os" | "do" | "no" | "da" | "dos" | "das"
            | "na" | "nos" | "nas" | "ao" | "são" | "é" | "foi" | "pelo" | "pela" | "e" | "o"
            | "mais" => pt += 1,
            "el" | "la" | "los" | "las" | "del" | "y" | "en" | "con" | "una" | "un" | "es"
            | "al" | "fue" | "lo" | "más" | "su" => es += 1,
            _ => {}
        }
    }
    let romance = shared + pt.max(es);
    if romance < 12 || romance < 3 * en || pt.max(es) < 4 {
        return Language::English;
    }
    if pt > es {
        Language::Portuguese
    } else {
        Language::Spanish
    }
}

/// Words and phrases (lower case, words separated by one space) and what the check reads for
/// them, in both languages; the longest phrase that fits is taken.
const SHARED: &[(&str, &str)] = &[
    ("por cento", "percent"),
    ("por ciento", "percent"),
    ("mil milhões", "billion"),
    ("mil millones", "billion"),
    ("milhão", "million"),
    ("milhões", "million"),
    ("millón", "million"),
    ("millones", "million"),
    ("bilhão", "billion"),
    ("bilhões", "billion"),
    ("mil", "thousand"),
    ("entre", "between"),
    ("hora", "hour"),
    ("horas", "hours"),
    ("mundo", "world"),
    ("brasil", "Brazil"),
    ("méxico", "Mexico"),
    ("perú", "Peru"),
    ("españa", "Spain"),
    ("colômbia", "Colombia"),
    ("estados unidos", "United States"),
    ("adolescentes", "adolescents"),
    ("país", "country"),
];

/// Portuguese words and phrases (see [`SHARED`]).
const PORTUGUESE: &[(&str, &str)] = &[
    ("trabalho infantil", "child labour"),
    ("trabalho escravo", "forced labour"),
    ("trabalho forçado", "forced labour"),
    ("trabalho análogo ao de escravo", "forced labour"),
    ("trabalho análogo à escravidão", "forced labour"),
    ("escravidão moderna", "modern slavery"),
    ("escravidão", "slavery"),
    ("tráfico de pessoas", "human trafficking"),
    ("tráfico de seres humanos", "human trafficking"),
    ("tráfico humano", "human trafficking"),
    ("exploração sexual", "sexual exploitation"),
    ("exploração infantil", "child exploitation"),
    ("casamento infantil", "child marriage"),
    ("casamento forçado", "forced marriage"),
    ("trabalhadores infantis", "child workers"),
    ("crianças trabalhadoras", "working children"),
    ("crianças que trabalham", "working children"),
    ("traficadas", "trafficked"),
    ("traficados", "trafficked"),
    ("resgatadas", "rescued"),
    ("resgatados", "rescued"),
    ("vítimas", "victims"),
    ("vítima", "victim"),
    ("crianças", "children"),
    ("criança", "child"),
    ("meninos", "boys"),
    ("meninas", "girls"),
    ("jovens", "young people"),
    ("pessoas", "people"),
    ("mulheres", "women"),
    ("homens", "men"),
    ("trabalhadores", "workers"),
    ("anos de idade", "years of age"),
    ("anos", "years"),
    ("ano", "year"),
    ("idade", "age"),
    ("mais de", "more than"),
    ("menos de", "less than"),
    ("cerca de", "about"),
    ("quase", "almost"),
    ("pelo menos", "at least"),
    ("em média", "on average"),
    ("do", "of the"),
    ("da", "of the"),
    ("dos", "of the"),
    ("das", "of the"),
    ("no", "in the"),
    ("na", "in the"),
    ("nos", "in the"),
    ("nas", "in the"),
    ("o", "the"),
    ("os", "the"),
    ("as", "the"),
    ("em", "in"),
    ("de", "of"),
    ("e", "and"),
    ("ou", "or"),
];

/// Spanish words and phrases (see [`SHARED`]).
const SPANISH: &[(&str, &str)] = &[
    ("trabajo infantil", "child labour"),
    ("trabajo forzoso", "forced labour"),
    ("trabajo forzado", "forced labour"),
    ("trabajos forzados", "forced labour"),
    ("esclavitud moderna", "modern slavery"),
    ("esclavitud", "slavery"),
    ("trata de personas", "human trafficking"),
    ("trata de seres humanos", "human trafficking"),
    ("tráfico de personas", "human trafficking"),
    ("explotación sexual", "sexual exploitation"),
    ("explotación infantil", "child exploitation"),
    ("matrimonio infantil", "child marriage"),
    ("matrimonio forzado", "forced marriage"),
    ("niños trabajadores", "working children"),
    ("niños que trabajan", "working children"),
    ("tratadas", "trafficked"),
    ("tratados", "trafficked"),
    ("rescatadas", "rescued"),
    ("rescatados", "rescued"),
    ("víctimas", "victims"),
    ("víctima", "victim"),
    ("niños", "children"),
    ("niñas", "girls"),
    ("niño", "child"),
    ("niña", "girl"),
    ("menores", "minors"),
    ("personas", "people"),
    ("mujeres", "women"),
    ("hombres", "men"),
    ("trabajadores", "workers"),
    ("años de edad", "years of age"),
    ("años", "years"),
    ("año", "year"),
    ("edad", "age"),
    ("más de", "more than"),
    ("menos de", "less than"),
    ("cerca de", "about"),
    ("casi", "almost"),
    ("al menos", "at least"),
    ("por lo menos", "at least"),
    ("en promedio", "on average"),
    ("del", "of the"),
    ("al", "to the"),
    ("el", "the"),
    ("la", "the"),
    ("los", "the"),
    ("las", "the"),
    ("en", "in"),
    ("de", "of"),
    ("y", "and"),
    ("o", "or"),
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Word,
    Number,
    Space,
    Other,
}

/// The words, numbers, spaces and other characters of `text`, as byte ranges.
fn tokens(text: &str) -> Vec<(usize, usize, Kind)> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let kind = if c.is_alphabetic() {
            Kind::Word
        } else if c.is_ascii_digit() {
            Kind::Number
        } else if c == ' ' || c == '\u{A0}' {
            Kind::Space
        } else {
            Kind::Other
        };
        let mut end = start + c.len_utf8();
        while let Some(&(at, next)) = chars.peek() {
            let more = match kind {
                Kind::Word => next.is_alphabetic(),
                Kind::Number => {
                    next.is_ascii_digit()
                        || (matches!(next, ',' | '.')
                            && text
                                .get(at + 1..)
                                .is_some_and(|t| t.starts_with(|d: char| d.is_ascii_digit())))
                }
                Kind::Space => next == ' ' || next == '\u{A0}',
                Kind::Other => false,
            };
            if !more {
                break;
            }
            end = at + next.len_utf8();
            chars.next();
        }
        out.push((start, end, kind));
    }
    out
}

/// True when the document writes its decimals with a comma (`4,9`), as Portuguese and most
/// Spanish does, rather than with a point (`3.3`, as in Mexico).
fn decimal_comma(text: &str, toks: &[(usize, usize, Kind)]) -> bool {
    let (mut comma, mut point) = (0, 0);
    for &(s, e, kind) in toks {
        if kind != Kind::Number {
            continue;
        }
        let raw = text.get(s..e).unwrap_or_default();
        if let Some((whole, decimals)) = raw.rsplit_once([',', '.'])
            && !whole.contains([',', '.'])
            && (1..=2).contains(&decimals.len())
        {
            if raw.contains(',') {
                comma += 1;
            } else {
                point += 1;
            }
        }
    }
    comma >= point
}

/// A number written with a decimal comma and dots between its thousands (`1.607.000`, `4,9`,
/// `2.112,5`) in the English way (`1607000`, `4.9`, `2112.5`), or `None` when it is no such number.
fn english_number(raw: &str) -> Option<String> {
    let (whole, decimals) = match raw.split_once(',') {
        Some((w, d)) if !d.contains([',', '.']) => (w, Some(d)),
        Some(_) => return None,
        None => (raw, None),
    };
    let mut groups = whole.split('.');
    let first = groups.next()?;
    let rest: Vec<&str> = groups.collect();
    if !rest.is_empty() && (!(1..=3).contains(&first.len()) || rest.iter().any(|g| g.len() != 3)) {
        return None;
    }
    if rest.is_empty() && decimals.is_none() {
        return None;
    }
    let mut out: String = whole.chars().filter(char::is_ascii_digit).collect();
    if let Some(d) = decimals {
        out.push('.');
        out.push_str(d);
    }
    Some(out)
}

/// The word at token `i` in lower case, if it is a word.
fn lower(text: &str, toks: &[(usize, usize, Kind)], i: usize) -> Option<String> {
    match toks.get(i) {
        Some(&(s, e, Kind::Word)) => text.get(s..e).map(str::to_lowercase),
        _ => None,
    }
}

/// True when token `i` is a number.
fn is_number(toks: &[(usize, usize, Kind)], i: usize) -> bool {
    matches!(toks.get(i), Some(&(_, _, Kind::Number)))
}

/// True when token `i` is one run of spaces.
fn is_space(toks: &[(usize, usize, Kind)], i: usize) -> bool {
    matches!(toks.get(i), Some(&(_, _, Kind::Space)))
}

/// A glossary's phrases by their first word, in the glossary's order.
type ByFirstWord = HashMap<&'static str, Vec<(&'static str, &'static str)>>;

/// The phrases of `lists`, in order, under their first word.
fn by_first_word(lists: &[&'static [(&'static str, &'static str)]]) -> ByFirstWord {
    let mut map = ByFirstWord::new();
    for list in lists {
        for &(phrase, reading) in list.iter() {
            let first = phrase.split(' ').next().unwrap_or(phrase);
            map.entry(first).or_default().push((phrase, reading));
        }
    }
    map
}

/// The glossary of `language` (the shared phrases, then its own), by first word; built once.
fn glossary(language: Language) -> Option<&'static ByFirstWord> {
    static PORTUGUESE_WORDS: OnceLock<ByFirstWord> = OnceLock::new();
    static SPANISH_WORDS: OnceLock<ByFirstWord> = OnceLock::new();
    match language {
        Language::English => None,
        Language::Portuguese => {
            Some(PORTUGUESE_WORDS.get_or_init(|| by_first_word(&[SHARED, PORTUGUESE])))
        }
        Language::Spanish => Some(SPANISH_WORDS.get_or_init(|| by_first_word(&[SHARED, SPANISH]))),
    }
}

/// The longest phrase of `glossary` that starts at word token `i`: its last token and its
/// reading.
fn phrase_at(
    text: &str,
    toks: &[(usize, usize, Kind)],
    i: usize,
    glossary: &ByFirstWord,
) -> Option<(usize, &'static str)> {
    let first = lower(text, toks, i)?;
    let mut best: Option<(usize, &'static str)> = None;
    for &(phrase, reading) in glossary.get(first.as_str())? {
        let mut at = i;
        let mut fits = true;
        for word in phrase.split(' ').skip(1) {
            if !is_space(toks, at + 1) || lower(text, toks, at + 2).as_deref() != Some(word) {
                fits = false;
                break;
            }
            at += 2;
        }
        if fits && best.is_none_or(|(end, _)| at > end) {
            best = Some((at, reading));
        }
    }
    best
}

/// `text` read in English words where `language` has a reading for them, and the map from the
/// new prose back to `text`; `None` for English.
pub fn gloss(text: &str, language: Language) -> Option<(String, SourceMap)> {
    let glossary = glossary(language)?;
    let toks = tokens(text);
    let comma = decimal_comma(text, &toks);
    let mut b = Builder::new();
    let mut copied = 0;
    let mut i = 0;
    while let Some(&(start, end, kind)) = toks.get(i) {
        let mut reading: Option<(usize, String)> = None;
        match kind {
            Kind::Number if comma => {
                if let Some(n) = english_number(text.get(start..end).unwrap_or_default()) {
                    reading = Some((i, n));
                }
            }
            Kind::Word => {
                let word = lower(text, &toks, i).unwrap_or_default();
                let between_numbers = is_number(&toks, i.wrapping_sub(2))
                    && is_space(&toks, i.wrapping_sub(1))
                    && is_space(&toks, i + 1)
                    && is_number(&toks, i + 2);
                // `de 5 a 17`, `entre 5 e 17`: a range of two numbers.
                if between_numbers && matches!(word.as_str(), "a" | "al") {
                    reading = Some((i, "to".to_string()));
                } else if word == "para" && is_space(&toks, i + 1) && is_number(&toks, i + 2) {
                    // `caiu para 4,2%`: fell to.
                    reading = Some((i, "to".to_string()));
                } else if word == "de"
                    && is_number(&toks, i + 2)
                    && lower(text, &toks, i + 4).is_some_and(|w| w == "a" || w == "al")
                    && is_number(&toks, i + 6)
                {
                    reading = Some((i, "from".to_string()));
                } else if let Some((last, r)) = phrase_at(text, &toks, i, glossary) {
                    let mut r = r.to_string();
                    if text
                        .get(start..)
                        .is_some_and(|t| t.starts_with(char::is_uppercase))
                    {
                        let mut cs = r.chars();
                        if let Some(c) = cs.next() {
                            r = c.to_uppercase().chain(cs).collect();
                        }
                    }
                    reading = Some((last, r));
                }
            }
            _ => {}
        }
        if let Some((last, r)) = reading {
            let stop = toks.get(last).map_or(end, |t| t.1);
            b.verbatim(text.get(copied..start).unwrap_or_default(), copied);
            b.replaced(&r, start..stop);
            copied = stop;
            i = last + 1;
            // `1,9 milhão de crianças`: the `de` after a scale word is read as nothing, so the
            // number ends at its scale word (`1.9 million children`).
            if matches!(r.as_str(), "million" | "billion" | "thousand")
                && is_space(&toks, last + 1)
                && lower(text, &toks, last + 2).as_deref() == Some("de")
                && is_space(&toks, last + 3)
            {
                copied = toks.get(last + 2).map_or(copied, |t| t.1);
                i = last + 3;
            }
        } else {
            i += 1;
        }
    }
    b.verbatim(text.get(copied..).unwrap_or_default(), copied);
    Some(b.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> String {
        gloss(text, detect(text)).map_or_else(|| text.to_string(), |(t, _)| t)
    }

    #[test]
    fn english_stays_english() {
        let text = "The minister, who said “la trata de personas es un crimen” at the \
                    summit, added that 1,607 people were rescued in the year.";
        assert_eq!(detect(text), Language::English);
        assert_eq!(read(text), text);
    }

    #[test]
    fn portuguese_numbers_and_topic() {
        let text = "O país tem quase 2,3 milhões de crianças em situação de trabalho \
                    infantil, ou 5,1% das crianças de 5 a 17 anos, e 1.250.000 delas não vão à \
                    escola; são 640 mil a menos que em 2015, segundo o relatório da pesquisa.";
        assert_eq!(detect(text), Language::Portuguese);
        let read = read(text);
        assert!(read.contains("almost 2.3 million children in situação of child labour"));
        assert!(read.contains("The country"));
        assert!(read.contains("5.1%"));
        assert!(read.contains("from 5 to 17 years"));
        assert!(read.contains("1250000"));
        assert!(read.contains("640 thousand"));
    }

    #[test]
    fn spanish_with_a_decimal_point() {
        let text = "En el país, el número de niños en trabajo infantil pasó de 2.1 a 2.6 \
                    millones entre 2017 y 2022, y las víctimas de la trata de personas son \
                    más de 300 al año, según los datos del gobierno y de la encuesta.";
        assert_eq!(detect(text), Language::Spanish);
        let read = read(text);
        assert!(read.contains("children in child labour"));
        assert!(read.contains("from 2.1 to 2.6 million"));
        assert!(read.contains("victims of the human trafficking"));
    }

    #[test]
    fn numbers_in_the_english_way() {
        assert_eq!(english_number("1.607.000").as_deref(), Some("1607000"));
        assert_eq!(english_number("4,9").as_deref(), Some("4.9"));
        assert_eq!(english_number("2.112,5").as_deref(), Some("2112.5"));
        assert_eq!(english_number("20.12.2023"), None);
        assert_eq!(english_number("2023"), None);
    }
}
