//! The two scalars of a table in the canonical form `claims fmt` writes: basic strings and
//! numbers. Shared with the build script (`build.rs` includes this file), which reads the
//! built-in table with them at compile time; it depends on nothing in the crate.

/// A TOML basic string at the start of `raw`, and the text after it.
pub fn basic_string(raw: &str) -> Option<(String, &str)> {
    let body = raw.strip_prefix('"')?;
    let bytes = body.as_bytes();
    // Most strings have no escape: copy them whole.
    let stop = memchr::memchr2(b'"', b'\\', bytes)?;
    // `stop` is an ASCII byte, so a character boundary.
    let (plain, rest) = body.split_at_checked(stop)?;
    // TOML strings hold no raw control characters (the tab aside, which `claims fmt` escapes).
    if plain
        .bytes()
        .fold(false, |control, b| control | (b < 0x20) | (b == 0x7f))
    {
        return None;
    }
    if let Some(after) = rest.strip_prefix('"') {
        return Some((plain.to_string(), after));
    }
    let mut out = String::with_capacity(stop + 16);
    out.push_str(plain);
    let mut chars = rest.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, rest.get(i + 1..)?)),
            '\\' => {
                let (_, e) = chars.next()?;
                out.push(match e {
                    '\\' => '\\',
                    '"' => '"',
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    'u' => {
                        let hex: String = (0..4)
                            .map(|_| chars.next().map(|(_, h)| h))
                            .collect::<Option<_>>()?;
                        char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?
                    }
                    _ => return None,
                });
            }
            c if (c as u32) < 0x20 || c == '\u{7f}' => return None,
            c => out.push(c),
        }
    }
    None
}

/// A TOML number as `claims fmt` writes it: `-11`, `0.34`, `3_300_000`.
pub fn number(raw: &str) -> Option<f64> {
    let digits = raw.strip_prefix('-').unwrap_or(raw);
    let (whole, fraction) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let grouped = |part: &str| {
        !part.is_empty()
            && !part.starts_with('_')
            && !part.ends_with('_')
            && !part.contains("__")
            && part.bytes().all(|b| b.is_ascii_digit() || b == b'_')
    };
    if !grouped(whole) || (whole.len() > 1 && whole.starts_with('0')) {
        return None;
    }
    if fraction.is_some_and(|f| !grouped(f)) {
        return None;
    }
    raw.replace('_', "").parse().ok()
}
